"""German nouns by their shape: German capitalises every noun, and builds long compounds.

A capitalised word in English text is a name until proven otherwise; these
tests prove a German noun from the word alone (a compound's ending, an
article before it) for the untranslated-span check and its screens. Dutch
builds its compounds the same way, so a Dutch body's name is proven alike.
"""

from __future__ import annotations

import re

from .language_lexicon import Lexicon, fold

#: shortest German news noun that stands for itself when capitalised alone: shorter ones
#: (``Richter``, ``Kanzler``, ``Stadt``) are also surnames or parts of names
GERMAN_NOUN_LETTERS = 8


#: endings of German compound nouns that name a body or an abstract thing (``Landesbauernverband``,
#: ``Verbraucherzentrale``); names English keeps (``Bundesbank``, ``Bundestag``) end otherwise
_GERMAN_COMPOUND = re.compile(
    r"\w{4,}(?:verband|verbände|zentrale|gericht|behörde|kammer|ministerium|anstalt|verein|gesellschaft|"
    r"genossenschaft|versicherung|verwaltung|vereinigung|kommission|ausschuss|schaft|ung|heit|keit|büro|streik|"
    # offices and office-holders: Landratsamt, Gemeindepräsident, Kulturstadträtin, Generalvikar, Pressesprecherin
    r"amt|präsident|präsidentin|präsidium|direktion|inspektion|rätin|vikar|direktor|direktorin|"
    # councils and councillors (Stadtbaurat, Aufsichtsrat, Ortsbeirat): English ends in ``-rat`` only after ``c``
    # (Democrat, Bureaucrat), and the places' names after ``a`` or ``r`` (Gujarat, Montserrat)
    r"(?<![acr])rat|"
    # services and offices of the state (Lawinenwarndienst, Rettungsdienst, Leitstelle, Beratungsstelle): no English
    # word ends so
    r"dienst|dienste|stelle|stellen|"
    r"sprecher|sprecherin|leiterin|beauftragte|beauftragter|dezernent|dezernentin|preis|"
    # inspectors of a service (Kreisbrandinspektor, Schulinspektorin, Heeresinspekteur): English writes "inspector"
    r"inspektor|inspektorin|inspekteur|inspekteurin|"
    # foresters and police officers by their district or rank (Revierförster, Stadtförsterin, Kriminalkommissar,
    # Polizeihauptkommissarin); ``Förster`` alone is a surname too
    r"förster|försterin|kommissar|kommissarin|"
    # choirs by what they sing with or whose they are (Posaunenchor, Kirchenchor, Männerchor, Jugendchor): English
    # says "brass choir", "church choir"; only after the joints of German compounds, as place names end in "-chor"
    # too (Ziguinchor). Not ``-kapelle``: a chapel's name too
    r"(?<=en|er|nd)(?:chor|chöre)|"
    # plans, services, rooms and sees (Hochwasserschutzkonzept, Schienenersatzverkehr, Kreißsaal, Erzbistum) and the
    # holders of city and fire-service offices (Gesundheitssenatorin, Baubürgermeisterin, Kreisbrandmeister);
    # ``-meister`` alone is a surname too
    r"konzept|verkehr|saal|bistum|senator|senatorin|meisterin|bürgermeister|brandmeister|minister|ministerin|"
    # managers and owners (Geschäftsführer, Waldbesitzer, Betreiberin)
    r"führer|führerin|besitzer|besitzerin|betreiber|betreiberin|inhaber|inhaberin|einsteiger|einsteigerin|"
    # citizens' groups and the electorate (Bürgerinitiative, Stimmvolk)
    r"initiative|volk|"
    # a season's or a campaign's struggle (Abstiegskampf, Wahlkampf, Titelkampf) and the farmers and innkeepers by
    # what they keep (Teichwirte, Gastwirtin, Forstwirt): English writes "battle", "farmer"; no English word ends so
    r"kampf|kämpfe|wirt|wirte|wirtin|wirtinnen|"
    # kinds of work and of short time (Kurzarbeit, Schwarzarbeit, Sozialarbeit): no English word ends so
    r"arbeit|"
    # procedures of the law and of planning (Planfeststellungsverfahren, Insolvenzverfahren, Ermittlungsverfahren):
    # English says "planning approval procedure", "insolvency proceedings"; no English word ends so
    r"verfahren|verfahrens|"
    # capitals of a state or of the federation (Landeshauptstadt, Bundeshauptstadt); ``-stadt`` alone ends town names
    r"hauptstadt|"
    # public enterprises and utilities (Landesbetrieb, Eigenbetrieb, Verkehrsbetriebe): no English word ends so
    r"betrieb|betriebe|"
    # people by what they do (Kreisläufer, Rückraumspielerin, Torhüter, Teilnehmer, Erntehelfer, Busfahrer,
    # Krankenpfleger, Heimbewohner, Festivalbesucher, Umweltschützer, Einsatzkräfte): no English word ends so
    r"(?:spieler|läufer|hüter|nehmer|arbeiter|händler|helfer|fahrer|pfleger|bewohner|besucher|zuschauer|"
    r"veranstalter|schützer)(?:in|innen|n)?|kräfte|"
    # doctors by their field (Hausärzte, Notarzt, Kinderärztin) and studies by their subject (Machbarkeitsstudie,
    # Verkehrsstudie): English writes "doctor" and "study" apart from what qualifies them, and no English word ends so
    r"arzt|ärzte|ärztin|ärztinnen|studie|studien|"
    # shortages (Lehrermangel, Fachkräftemangel) and beetles, the forest's pests (Borkenkäfer, Kartoffelkäfer): English
    # says "teacher shortage", "bark beetle", and no English word ends so
    r"mangel|käfer|"
    # chairs of a club, a party or a board (Vereinsvorsitzende, Parteivorsitzender, Aufsichtsratsvorsitzenden):
    # English says "the club's chairwoman", and no English word ends so
    r"vorsitzende|vorsitzender|vorsitzenden)"
    # a city senator of three letters' office (Bausenatorin, the Hamburg building senator)
    r"|\w{3}senator(?:in)?"
    # the plural of the nouns in ``-ung`` after a compound's linking ``-s-`` or ``-en-`` (Ferienwohnungen,
    # Verkehrsbeschränkungen); towns end in ``-ungen`` without one (Melsungen, Heldrungen), and so do legends' names
    # (Nibelungen)
    r"|\w{3,}(?:s|en)\w{3,}ungen"
    # homes by whom or what they house (Vereinsheim, Sportheim, Pflegeheim, Seniorenheim, Tierheim): English says
    # "clubhouse", "care home"; only after such a stem, as towns end in ``-heim`` (Mannheim, Rüsselsheim)
    r"|\w*(?i:vereins|sport|pflege|senioren|kinder|jugend|tier|pfarr|schützen|feuerwehr|flüchtlings|wohn)heim(?:e|en)?"
)
#: German compounds that name a tax, a levy or a fee (``Kurtaxe``, ``Grundsteuer``, ``Kurabgabe``, ``Müllgebühren``):
#: no English word ends so, and a spa's tax is built on a head of three letters (``Kur``), so seven letters suffice
_GERMAN_LEVY = re.compile(r"\w{3,}(?:taxe|steuer|steuern|abgabe|abgaben|gebühr|gebühren|umlage)")
#: German compounds of a doctor or a shop (``Notarzt``, ``Zahnärztin``, ``Hofladen``): English writes
#: "emergency doctor" and "farm shop" apart, and their heads are built on three letters too (``Not``, ``Hof``). English
#: words in ``-laden`` (``unladen``) are in the English lists, and ``bin Laden`` is too short to match
_GERMAN_SHORT_HEADED = re.compile(r"\w{3,}(?:arzt|ärzte|ärztin|ärztinnen|laden)")
#: the fewest letters of such a short German compound (``Kurtaxe``, ``Notarzt``)
GERMAN_SHORT_COMPOUND_LETTERS = 7


def german_short_compound(word: str, lexicon: Lexicon) -> bool:
    """A capitalised German compound that names a tax, a levy or a fee (``Kurtaxe``), a doctor (``Notarzt``) or a
    shop (``Hofladen``), and no English word: their heads let seven letters suffice."""
    return (word[:1].isupper() and len(word) >= GERMAN_SHORT_COMPOUND_LETTERS
            and (_GERMAN_LEVY.fullmatch(word) is not None or _GERMAN_SHORT_HEADED.fullmatch(word) is not None)
            and not lexicon.is_english(word) and fold(word) not in lexicon.english)


#: German compounds that name a works or a plant, or a body named like one (``Studentenwerk``, ``Klärwerk``,
#: ``Hilfswerk``, ``Stadtwerke``): no English word ends so, but companies do (``Hoferwerk``, ``Kabelwerke``)
_GERMAN_WORKS = re.compile(r"\w{4,}(?:werk|werke)")


def german_works(word: str, lexicon: Lexicon) -> bool:
    """A long capitalised word with the ending of a German works' compound, and no English word: a common noun
    (``the Studentenwerk``) or a company's name (``Hoferwerk``), which the words around it tell apart."""
    return (len(word) >= GERMAN_NOUN_LETTERS and _GERMAN_WORKS.fullmatch(word) is not None
            and not lexicon.is_english(word) and fold(word) not in lexicon.english)


#: endings of German compounds that name an office-holder (``Finanzstadtrat``, ``Landesministerin``): before a
#: person's name they are a title, never a part of the name
_GERMAN_OFFICE = re.compile(
    r"\w{4,}(?:präsident|präsidentin|rat|rätin|direktor|direktorin|sprecher|sprecherin|leiter|leiterin|dezernent|"
    r"dezernentin|senator|senatorin|meister|meisterin|minister|ministerin|beauftragte|beauftragter|inspektor|inspektorin|"
    r"inspekteur|inspekteurin|förster|försterin|kommissar|kommissarin|vorsitzende|vorsitzender)"
    r"|\w{3}senator(?:in)?"
)


#: adjective endings: ``Deutsche`` (Bahn), ``Europäische`` (Zentralbank) start names English keeps
_GERMAN_ADJECTIVE = re.compile(r"(?:sch|lich|al|ig|är|iv)e[nrs]?$", re.IGNORECASE)


def german_adjective(word: str) -> bool:
    """A capitalised German adjective (``Deutsche``, ``Europäische``): the start of a name, not a noun."""
    return _GERMAN_ADJECTIVE.search(word) is not None


#: a German adjective with the strong ending it takes before a noun without an article, and no English word
#: has: of a field (``Ärztlicher``, ``Kaufmännischer``, ``Technischer``), a present participle (``Leitender``,
#: ``Stellvertretender``) or an ordinal (``Erster``)
_GERMAN_TITLE_ADJECTIVE = re.compile(r"\w+(?:sch|lich|ig|är|iv|end)e[rs]?|(?:Erst|Zweit|Dritt)e[rs]?")
#: the office-holders such an adjective makes a German job title of, alone or at the end of a compound
#: (``Direktor``, ``Oberstaatsanwalt``, ``Bürgermeister``, ``Vorsitzender``, ``Chefärztin``)
_GERMAN_TITLE_HOLDER = re.compile(
    r"\w*(?:direktor|präsident|bürgermeister|leiter|sprecher|staatsanwalt|intendant|vorsitzende|geschäftsführer|"
    r"arzt|ärztin|pfarrer|bischof|dekan|rektor|kommissar|beauftragte|landrat|landrätin|stadtrat|stadträtin|förster)(?:in|r)?",
    re.IGNORECASE,
)


def german_title_holder(word: str, lexicon: Lexicon) -> bool:
    """A capitalised German office-holder of :func:`german_title` that is no English word (``Direktorin``,
    ``Oberstaatsanwalt``): alone it may be a surname (``Leiter``), but it lets a sentence on to be classed."""
    return (word[:1].isupper() and _GERMAN_TITLE_HOLDER.fullmatch(word) is not None
            and not lexicon.is_english(word) and fold(word) not in lexicon.english)


def german_title(adjective: str, holder: str, lexicon: Lexicon) -> bool:
    """A capitalised German adjective before the office-holder it qualifies (``Ärztlicher Direktor``,
    ``Leitender Oberstaatsanwalt``, ``Regierender Bürgermeister``): a German job title, which English
    translates (the medical director), never a name. Names that open with such an adjective go on with a
    body or a thing (``Bayerischer Rundfunk``, ``Deutsche Bahn``), not with a person's office."""
    return (adjective[:1].isupper() and _GERMAN_TITLE_ADJECTIVE.fullmatch(adjective) is not None
            and not lexicon.is_english(adjective) and fold(adjective) not in lexicon.english
            and _GERMAN_TITLE_HOLDER.fullmatch(holder) is not None)


#: a German adjective of a field or a trait with the ending it takes before a noun (``Kassenärztliche``,
#: ``Gesetzliche``, ``Wissenschaftlicher``, ``Freiwillige``), where the names English keeps open with a place's
#: (``Deutsche`` Bahn, ``Bayerischer`` Rundfunk, ``Europäische`` Zentralbank). Not ``-iger``: a town's name in
#: ``-ig`` makes its adjective so (``Leipziger`` Verkehrsbetriebe, ``Braunschweiger``)
_GERMAN_FIELD_ADJECTIVE = re.compile(r"\w+(?:liche[nrs]?|ige[ns]?)")


def german_field_body(adjective: str, noun: str, lexicon: Lexicon) -> bool:
    """A capitalised German adjective of a field before a German compound that names a body or an abstract thing
    (``Kassenärztliche Vereinigung``, ``Gesetzliche Krankenversicherung``): a German body's or a scheme's name,
    which English translates (the association of statutory health insurance physicians), never a person's."""
    return (adjective[:1].isupper() and _GERMAN_FIELD_ADJECTIVE.fullmatch(adjective) is not None
            and not lexicon.is_english(adjective) and fold(adjective) not in lexicon.english
            and (german_compound(noun, lexicon) or german_body(noun, lexicon)))


#: German compounds that name a plan or a law (``Krankenhausplan``, ``Sozialplan``, ``Bebauungsplan``,
#: ``Infektionsschutzgesetz``): ``-gesetz`` ends no English word, but ``-plan`` does (``floorplan``), and
#: English-made names join an English word to it (``Healthplan``), so the part before the head must be no English word
GERMAN_PLAN_OR_LAW = re.compile(r"(\w{4,}?)(?:plan|pläne|plänen|plans|gesetz|gesetze|gesetzes)")


def german_compound(word: str, lexicon: Lexicon) -> bool:
    """A long capitalised word with the ending of a German compound noun, and no English word."""
    if len(word) < GERMAN_NOUN_LETTERS or lexicon.is_english(word) or fold(word) in lexicon.english:
        return False
    if _GERMAN_COMPOUND.fullmatch(word) is not None:
        return True
    plan = GERMAN_PLAN_OR_LAW.fullmatch(word)
    return (plan is not None and word[:1].isupper()
            and not lexicon.is_english(plan.group(1)) and fold(plan.group(1)) not in lexicon.english)


#: compound heads Dutch builds its bodies' names with too (``Rijksdienst``, ``Inlichtingendienst``)
_SHARED_WITH_DUTCH = re.compile(r"\w+(?:dienst|diensten)")


def compound_languages(word: str) -> frozenset[str]:
    """The languages a compound of :func:`german_compound` may be in: German, or Dutch too for a head both build
    with (``-dienst``), which the language identifier and the document's language then decide between."""
    return frozenset({"de", "nl"}) if _SHARED_WITH_DUTCH.fullmatch(word) else frozenset({"de"})


def german_office(word: str, lexicon: Lexicon) -> bool:
    """A German compound that names an office-holder (``Finanzstadtrat``): a title before a name."""
    return _GERMAN_OFFICE.fullmatch(word) is not None and german_compound(word, lexicon)


#: endings of German nouns that name a person by what they do (``Kreisläufer``, ``Veranstalterin``,
#: ``Schülerinnen``, ``Vorsitzende``)
_GERMAN_PERSON = re.compile(r"\w+(?:er|erin|erinnen|in|innen|ende|ender)")


def german_person_noun(word: str, lexicon: Lexicon) -> bool:
    """A capitalised German noun of :data:`GERMAN_NOUN_LETTERS` letters or more with the ending of a person's
    noun (``Kreisläufer``, ``Hausmeisterin``), and no English word."""
    return (word[:1].isupper() and len(word) >= GERMAN_NOUN_LETTERS and _GERMAN_PERSON.fullmatch(word) is not None
            and not lexicon.is_english(word) and fold(word) not in lexicon.english)


def german_article_before_noun(article: str, noun: str, lexicon: Lexicon) -> bool:
    """A lower-case German article English also has (``die``) before a capitalised word of five
    letters or more that is no English word: German capitalises its nouns (``die Verbraucher``)."""
    return (article[:1].islower() and "de" in lexicon.kinds(article).get("articles", ())
            and len(noun) >= 5 and not lexicon.is_english(noun) and fold(noun) not in lexicon.english)


#: endings of German courts and authorities: ``Landgericht``, ``Landratsamt``, ``Handelskammer``,
#: ``Polizeipräsidium``, ``Polizeidirektion``, and of the state's enterprises (``Landesbetrieb`` Mobilität)
_GERMAN_BODY = re.compile(r"\w{3,}(?:gericht|behörde|ministerium|verwaltung|amt|kammer|präsidium|direktion|inspektion|"
                          r"betrieb|betriebe)"
                          # a town's or a works' fire service (``Feuerwehr Bad Harzburg``, ``Berufsfeuerwehr``): English
                          # says "fire brigade"; not ``-wehr`` alone, which ends ``Bundeswehr``, a name English keeps
                          r"|\w*[Ff]euerwehr(?:en)?")


def german_body(word: str, lexicon: Lexicon) -> bool:
    """A German court or authority by its ending (``Landgericht``): before a place (``Landgericht
    Augsburg``) it is the body's German name, which English translates (Augsburg Regional Court)."""
    return _GERMAN_BODY.fullmatch(word) is not None and not lexicon.is_english(word) and fold(word) not in lexicon.english


#: endings of Dutch compounds that name a body (``Onderwijsinspectie``, ``Waterschapsbestuur``,
#: ``Mededingingsautoriteit``) or a board by its ``-schap`` (``waterschap``, ``hoogheemraadschap``, no
#: English word ends so); ``-dienst`` is left out, German has it too (``Rettungsdienst``)
_DUTCH_BODY = re.compile(r"\w{4,}(?:inspectie|ministerie|rechtbank|commissie|autoriteit|bestuur|raad|schap|schappen)")


def dutch_body(word: str, lexicon: Lexicon) -> bool:
    """A long capitalised word with the ending of a Dutch body's compound name, and no English word."""
    return (len(word) >= GERMAN_NOUN_LETTERS and _DUTCH_BODY.fullmatch(word) is not None
            and not lexicon.is_english(word) and fold(word) not in lexicon.english)


#: endings of Dutch compounds that name an office-holder (``arbeidsauditeur``, ``onderzoeksrechter``,
#: ``havenwoordvoerder``, the Flemish alderman of a field: ``sportschepen``, ``cultuurschepen``); Dutch writes
#: offices and bodies in lower case, so they read as common nouns
_DUTCH_OFFICE = re.compile(
    r"\w{4,}(?:auditeur|inspecteur|procureur|rechter|directeur|commissaris|voorzitter|woordvoerder|burgemeester|"
    r"wethouder|schepen|ambtenaar|medewerker)(?:s|en)?"
)


def dutch_office(word: str, lexicon: Lexicon) -> bool:
    """A long capitalised Dutch compound that names an office-holder (``Sportschepen``, ``Onderwijswethouder``):
    first in a sentence, before the holder's name, the office is capitalised by its position only, and it is a
    title English translates (the alderman for sport), never a part of the name after it."""
    return (word[:1].isupper() and len(word) >= GERMAN_NOUN_LETTERS
            and _DUTCH_OFFICE.fullmatch(word.lower()) is not None
            and not lexicon.is_english(word) and fold(word) not in lexicon.english)


#: Dutch compounds that name a permit, a tax, a benefit, a rule or a plan (``omgevingsvergunning``, ``bouwvergunning``,
#: ``vennootschapsbelasting``, ``werkloosheidsuitkering``, ``gemeenteverordening``): no English word ends so
_DUTCH_INSTRUMENT = re.compile(r"\w{3,}(?:vergunning|belasting|uitkering|verordening|regeling|heffing)(?:en)?"
                               # plans of a noun in -ing with the joining s (bestemmingsplan, the zoning plan;
                               # omgevingsplan): English writes "plan" apart and joins no "-ings" to it
                               r"|\w{3,}ingsplan(?:nen)?")


#: Dutch compounds of the police and the fire service (``politiezone``, ``politiekorps``, ``brandweerzone``,
#: ``brandweerman``): no English word starts so, whatever the head
_DUTCH_SERVICE = re.compile(r"(?:politie|brandweer)\w{4,}")


#: Dutch compounds of a doctor or a care service (``jeugdarts``, ``bedrijfsarts``, ``huisartsen``,
#: ``dierenambulance``, ``verpleegkundige``): English writes "doctor" and "ambulance" apart from what qualifies
#: them, and has no word in ``-kundige``. English words in ``-arts`` have a ``p``, ``c``, ``h``, ``m``, ``t``,
#: ``w``, ``f`` or ``u`` before it (``counterparts``, ``pushcarts``, ``sweethearts``, ``restarts``,
#: ``stalwarts``, ``quarts``): a Dutch ``-arts`` compound after one of those is left to the word lists
_DUTCH_CARE = re.compile(r"\w{4,}(?:(?<![pchmtwfu])arts|artsen|ambulances?|kundigen?)")

#: Dutch compounds of a grower by the crop (``fruittelers``, ``bollenteler``, ``groentetelers``): English says "fruit
#: growers"; its only words in ``-teler`` (``hosteler``) are in the English word list
_DUTCH_GROWER = re.compile(r"\w{4,}telers?")


def dutch_compound_noun(word: str, lexicon: Lexicon) -> bool:
    """A long lower-case Dutch compound that names a body, an office-holder, a permit or a tax, a doctor or a care
    service, a grower, or a part of the police or the fire service (``arbeidsauditeur``, ``jeugdarts``, ``onderwijsinspectie``,
    ``omgevingsvergunning``, ``politiezone``): English has no word of that shape, so the word alone shows its
    language."""
    return (len(word) >= GERMAN_NOUN_LETTERS and word.islower()
            and (_DUTCH_OFFICE.fullmatch(word) is not None or _DUTCH_BODY.fullmatch(word) is not None
                 or _DUTCH_SERVICE.fullmatch(word) is not None or _DUTCH_INSTRUMENT.fullmatch(word) is not None
                 or _DUTCH_CARE.fullmatch(word) is not None or _DUTCH_GROWER.fullmatch(word) is not None)
            and not lexicon.is_english(word) and fold(word) not in lexicon.english)


#: heads of Dutch compounds English has no word in: associations, the abstract nouns of ``-heid`` and ``-schap``, and
#: areas by what they are (``ondernemersvereniging``, ``duurzaamheid``, ``vennootschap``, ``veenweidegebied``)
_DUTCH_COMPOUND_HEAD = re.compile(r"\w{4,}(?:vereniging|verenigingen|heid|heden|schap|schappen|gebied|gebieden)")
#: German compounds written in lower case by a translation that kept them: associations (``sportverein``,
#: ``zweckverband``), and nouns in ``-ung`` built on a linking ``-s-`` or ``-en-`` (``ortsumgehung``,
#: ``straßenbeleuchtung``), which English words in ``-ung`` (``hamstrung``) never have
_GERMAN_COMPOUND_HEAD = re.compile(r"\w{4,}(?:verein|vereine|vereins|verband|verbände|verbandes)"
                                   r"|\w{3,}(?:s|en)\w{3,}ung(?:en)?")


def lower_case_compound(word: str, lexicon: Lexicon) -> frozenset[str]:
    """The language of a long lower-case Dutch or German compound of no list, by a head English has no word in
    (``the local ondernemersvereniging``), or none. The lists cannot hold every compound these languages build."""
    if len(word) < GERMAN_NOUN_LETTERS or not word.islower() or lexicon.is_english(word) or fold(word) in lexicon.english:
        return frozenset()
    if _DUTCH_COMPOUND_HEAD.fullmatch(word) is not None:
        return frozenset({"nl"})
    return frozenset({"de"}) if _GERMAN_COMPOUND_HEAD.fullmatch(word) is not None else frozenset()

"""Predicates of name-variant that read the text around one occurrence of a name.

Machine translation renders each sentence on its own, so whether two spellings are one name misspelt shows in
the words around each: after a title or a given name a word is a person's surname, after a preposition of place
a place's; inside a source-language name (``Cap Corse``, ``Hospital Universitario de Navarra``, ``Hall in
Tirol``), a quotation the writer translates or a sentence left untranslated, a foreign spelling is kept on
purpose (a name introduced as another language's, ``known in French as``, is ``name_glosses.py``'s); in
quotation marks a word is a nickname. Most predicates take the text and a position (or an ``Occurrence``);
``name_evidence.py`` (people) and ``name_place_evidence.py`` (places and other names) weigh them over every
occurrence of two spellings.
"""

from __future__ import annotations

import re
from typing import Any, Sequence

from .base import CheckContext
from .language import translated_beside
from .language_appositions import named_by_its_place
from .language_lexicon import SOURCE_LANGUAGES, load_lexicon
from .language_spans import enclosing
from .name_calques import load_glossary
from .name_forms import AUXILIARIES, POSSESSIVES, TITLE_FOLLOWERS, Occurrence


#: particles between a given name and the surname (``Mohammed bin Salman``)
_NAME_PARTICLES = frozenset("bin ibn al el de du da di del della degli dei delle van von der den le la ben abu am im zum zur "
                            "des do dos das ter ten".split())
#: the word right after a position, past spaces on the same line (``Bertolini`` after ``Nicolo``)
_FOLLOWING_WORD = re.compile(r"[ \t\N{NO-BREAK SPACE}]+(\w+)")


def before_a_name(text: str, end: int) -> bool:
    """Is the word ending at ``end`` followed by a capitalised word: a sentence that opens with a
    full name (``Nicolo Bertolini thanked…``), whose first word is then a name too?"""
    following = _FOLLOWING_WORD.match(text, end)
    return following is not None and following.group(1)[:1].isupper()


def next_name(text: str, end: int) -> str | None:
    """The capitalised word right after a name (skipping particles such as ``bin``), if any."""
    while True:
        match = _FOLLOWING_WORD.match(text, end)
        if match is None:
            return None
        word = match.group(1)
        if word not in _NAME_PARTICLES:
            return word if word[0].isupper() else None
        end = match.end()


def next_names(text: str, end: int) -> tuple[str, ...]:
    """The first and the last of the capitalised words in a row right after a name (particles skipped): a given
    name's next name and its surname (``Cleiton Aparecido Moura``: Aparecido, Moura); empty when none follows."""
    names: list[str] = []
    while True:
        match = _FOLLOWING_WORD.match(text, end)
        if match is None:
            break
        word = match.group(1)
        if word not in _NAME_PARTICLES:
            if not word[0].isupper():
                break
            names.append(word)
        end = match.end()
    return tuple(names[:1] + names[-1:])


#: a capitalised word and one space right before a position
_CAPITALISED_BEFORE = re.compile(r"\b([A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*)[ \N{NO-BREAK SPACE}]\Z")


def name_word_before(text: str, start: int) -> re.Match[str] | None:
    """The capitalised word right before ``start`` (``De`` of ``De Maaspoort``), if any."""
    return _CAPITALISED_BEFORE.search(text, max(0, start - 30), start)


#: a lower-case word and one space right before a position
LAST_LOWER_WORD = re.compile(r"\b([a-z]+)[ \N{NO-BREAK SPACE}]\Z")


#: personal titles, ranks and offices written before a person's name (``Mr``, ``Colonel``, ``Mayor``), a full
#: stop after an abbreviation or not
TITLES = (r"(?:Mr|Mrs|Ms|Dr|Prof|Mme|Mlle|M|Madame|Mademoiselle|Monsieur|Herr|Frau|Sr|Sra|Sig|Signor|Signora|Dona|Don"
          r"|Senhor|Senhora"
          r"|Colonel|General|Captain|Major|Lieutenant|Sergeant|Commander|Commissioner|Inspector|Judge|Prosecutor"
          r"|Minister|President|Mayor|Senator|Governor|Professor|Doctor|Father|Bishop|Cardinal|Chief|Superintendent"
          r"|Coach|Alderman|Alderwoman|Councillor|Councilor|Councilman|Councilwoman|Deputy|Chancellor|Secretary"
          r"|Director|Detective)\.?")
#: a title or a given name right before a word: the word is a person's surname (``Mr Vasseur``, ``Anne Vasseur``,
#: ``Émilie Castagnet``: a given name may open with an accented capital)
_PERSON_BEFORE = re.compile(
    rf"(?:\b(?P<title>{TITLES})"
    # a given name, which no article or particle is (Le Parisien, La Stampa, Van Gogh), after a title or not: after
    # one (``Dr. Martin Wittkopf``) a given name that English also has as a word (martin, the bird) is one
    rf"|(?:\b(?P<titled>{TITLES})[ \t\N{{NO-BREAK SPACE}}]+)?\b(?!(?:Le|La|Les|Los|Las|El|Il|Lo|Al|De|Del|Della|Di|Da|Dos|Du|Van|Von|Den"
    r"|Der|Ter|Ten)\b)"
    r"(?P<given>[A-Z\u00c0-\u00d6\u00d8-\u00de][a-z\u00e0-\u00ff]+(?:-[A-Z][a-z\u00e0-\u00ff]+)?))"
    # the particles of a surname between (Luc Van den Brandt, Ana de la Torre), on one line: a headline's last word
    # is no given name of the paragraph's first (``…opens at the Teatro Regio`` over ``Parma's opera house``)
    rf"(?:[ \t\N{{NO-BREAK SPACE}}]+(?i:{'|'.join(sorted(_NAME_PARTICLES))}))*[ \t\N{{NO-BREAK SPACE}}]+\Z"
)


#: offices and ranks that one person does not hold both of in one story, so that they tell one person from another
#: (``Colonel Marc Santoni``, ``the village's mayor, Marc Santini``); ``Mr`` tells nobody apart, and a translator
#: calls one head of a service ``director`` and then ``chief``, or a ``commissaire`` ``Commissioner`` or
#: ``Superintendent``
_OFFICES = frozenset("""colonel general captain lieutenant sergeant judge prosecutor minister president mayor senator
    governor bishop cardinal alderman alderwoman councillor councilor councilman councilwoman""".split())
#: a word, with a comma or not, right before a position: ``mayor, `` of ``the village's mayor, Marc Santini``
_WORD_BEFORE = re.compile(r"\b([A-Za-z]+),?[ \N{NO-BREAK SPACE}]+\Z")


def office_before(text: str, start: int) -> str | None:
    """The office or rank, in lower case, right before the surname at ``start`` (``Colonel Santoni``) or before its
    given name (``Colonel Marc Santoni``, ``the mayor, Marc Santini``), if any."""
    match = _PERSON_BEFORE.search(text, max(0, start - 40), start)
    if match is not None and (match.group("title") or match.group("titled")):
        title = (match.group("title") or match.group("titled")).rstrip(".").lower()
        return title if title in _OFFICES else None
    position = match.start("given") if match is not None else start
    word = _WORD_BEFORE.search(text, max(0, position - 30), position)
    return word.group(1).lower() if word is not None and word.group(1).lower() in _OFFICES else None


def written_as_person(text: str, start: int, lexicon: Any) -> bool:
    """A title (``Mr``) or a given name that is no English word (``Anne``, not ``South``) right before."""
    match = _PERSON_BEFORE.search(text, max(0, start - 40), start)
    return match is not None and (match.group("title") is not None or match.group("titled") is not None
                                  or not lexicon.is_english(match.group("given")))


def given_names(text: str, found: Sequence[tuple[int, int, str, int]]) -> dict[str, set[str]]:
    """The given names written right before each form (a rank or an office, ``Colonel Rousseaux``, is
    a title, no given name)."""
    given: dict[str, set[str]] = {}
    for start, _, form, _ in found:
        match = _PERSON_BEFORE.search(text, max(0, start - 30), start)
        if match is None or not match.group("given"):
            continue
        word = match.group("given")
        # a conjunction or adverb opening a sentence (``When Riedelmayer appeared``) is no given name, only
        # its capital makes it look like one
        if word.lower() in _SENTENCE_OPENERS and SENTENCE_START_BEFORE.search(
                text, max(0, match.start("given") - 4), match.start("given")):
            continue
        # a trade's noun English writes in lower case, capitalised before a surname (``Ecologist Rijckers
        # expects``), is a role, no given name: no given name ends so
        if word.lower().endswith(_TRADE_ENDINGS) and load_lexicon().is_english(word):
            continue
        given.setdefault(form, set()).add(word)
    return given


#: words that open a sentence before a bare surname (``When Calado arrived``, ``After Thiele left``), the
#: prepositions too (``For Lewandowicz, the prize…``, ``With Kessler gone``): no person is named For or With
_SENTENCE_OPENERS = frozenset({"when", "after", "before", "while", "although", "though", "once", "until", "since",
                               "as", "if", "because", "then", "but", "and", "so", "yet", "later", "meanwhile",
                               "for", "with", "without", "to", "from", "by", "under", "unlike", "like", "despite",
                               "against", "of", "on", "in", "at", "about", "behind", "beside", "besides", "thanks"})
#: endings of English nouns of a trade or a science's practitioner (``ecologist``, ``physician``)
_TRADE_ENDINGS = ("ist", "ician")
#: a sentence's or a paragraph's start right before a word
SENTENCE_START_BEFORE = re.compile(r"(?:\A|[.!?][\"'”’]?\s+|\n\s*)\Z")

#: ``the`` right before a position: a capitalised word after it names a body or a thing, no person's given name
#: (``the Landesmuseum Württemberg``, ``the Consejo de Aragón``)
THE_BEFORE = re.compile(r"\b[Tt]he[ \N{NO-BREAK SPACE}]\Z")


def after_body_head(text: str, start: int) -> bool:
    """Does the word at ``start`` end a body's name after ``the`` and its capitalised head, particles between or not
    (``the Landesmuseum Württemberg``, ``the Consejo de Aragón``), where the head only looks like a given name?"""
    match = _PERSON_BEFORE.search(text, max(0, start - 40), start)
    return match is not None and match.group("given") is not None and match.group("titled") is None \
        and THE_BEFORE.search(text, max(0, match.start("given") - 5), match.start("given")) is not None


def after_given_name(text: str, start: int, lexicon: Any) -> bool:
    """Is the word at ``start`` a surname right after a given name that is no English word, with no particle or title
    between (``Kevin Wendte``, not ``Casas de Reyna`` nor ``Ms Davies``)?"""
    match = _PERSON_BEFORE.search(text, max(0, start - 40), start)
    return match is not None and match.group("given") is not None and match.group("titled") is None \
        and not lexicon.is_english(match.group("given")) and not text[match.end("given"):start].strip() \
        and not THE_BEFORE.search(text, max(0, match.start("given") - 5), match.start("given"))


#: an age in apposition after a name, bare (``Will Hoekstra, 47,``) or as a noun (``Dirk Wendler, a 41-year-old from
#: Oelsnitz``): only a person is given one; the age is the first group
AGE_AFTER = re.compile(r"\s*,\s*(?:an?\s+)?(\d{1,3})(?:\s*,|-year-old\b)")


def aged_full_name(text: str, start: int, end: int) -> bool:
    """Is the word at ``text[start:end]`` a surname after a capitalised word with an age in apposition
    (``Will Hoekstra, 47,``)? Only a person is given an age, whether or not English has the given name as a word
    (``Will``, ``Mark``), which :func:`written_as_person` cannot tell from a sentence's first word."""
    return AGE_AFTER.match(text, end) is not None and _PERSON_BEFORE.search(text, max(0, start - 40), start) is not None


#: quotation marks around a word by itself: a nickname (dubbed “Molliwood”), not a spelling of the name
_QUOTE_MARKS = frozenset("\"'\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}"
                         "\N{LEFT SINGLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}"
                         "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}")


def quoted(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a word in quotation marks by itself?"""
    return start > 0 and text[start - 1] in _QUOTE_MARKS and text[end:end + 1] in _QUOTE_MARKS


def hyphenated(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` joined by a hyphen to a word before or after it?"""
    return (text[end:end + 1] == "-" and text[end + 1:end + 2].isalpha()) or (
        start > 1 and text[start - 1] == "-" and text[start - 2].isalpha())


def shouting(text: str, pos: int) -> bool:
    """True when the line around ``pos`` is written in capitals (``US`` may then be the pronoun)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    letters = [c for c in text[start:end if end >= 0 else len(text)] if c.isalpha()]
    return len(letters) > 10 and sum(c.isupper() for c in letters) > 0.8 * len(letters)


#: a preposition of place right before a position (``in Ferrol``, ``between Ferrol and Narón``)
PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near|to|between|outside|around|of)\s+\Z")

#: a preposition of place, with an article or a compass or landscape word between (``in Drenthe``, ``across
#: rural Drenthe``); never ``the`` alone, which a hospital named after a saint takes too (``the Arrixaca``)
_REGION_BEFORE = re.compile(r"\b(?:[Ii]n|[Aa]cross|[Tt]hroughout|[Nn]ear|[Aa]round|[Oo]utside|[Ww]ithin)"
                            r"(?:\s+(?:the|rural|[a-z]+ern|north|south|east|west|central))?\s+\Z")


def in_region(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` stand where a region does, after a preposition of place, and not as an owner
    (``in Drenthe``, not ``in Thiele's view``)?"""
    return (_REGION_BEFORE.search(text, max(0, start - 30), start) is not None
            and not text.startswith(POSSESSIVES, end))


#: the lower-case word right after a name
LOWER_AFTER = re.compile(r"[ \N{NO-BREAK SPACE}]([a-z]+)\b")
#: words that may follow a place's name in a clause (a verb, a preposition, a conjunction), not a noun it qualifies
AFTER_A_PLACE = frozenset(
    """and or but nor where which who whose when while after before since until during over under into onto
    through with without for from to on in at by of as than is are was were be been has have had will would can
    could may might must should shall did does do also still now today yesterday last next this that these those
    itself alone only""".split()) | AUXILIARIES | TITLE_FOLLOWERS


def attributive(text: str, end: int) -> bool:
    """Does a lower-case noun follow the name that ends at ``end``, which the name then qualifies (``Rioja
    wine``, ``Champagne houses``), where a verb or a preposition would follow a place (``in Ferrol in
    September``, ``Ferrol had``)?"""
    after = LOWER_AFTER.match(text, end)
    return after is not None and after.group(1) not in AFTER_A_PLACE and not after.group(1).endswith("ed")


#: a Romance noun of a landform, capitalised, right before a position: the head of a place's own name
_LANDFORM_BEFORE = re.compile(r"\b(?:Cap|Capo|Cabo|Mont|Monte|Col|Colle|Lac|Lago|Pointe|Punta|Ponta|Golfe|Golfo|Baie"
                              r"|Bah\u00eda|Val|Valle|Vale|Pic|Pico|Piz|Serra|Isola|\u00cele|Ilha|Isla|Sierra)"
                              r"[ \N{NO-BREAK SPACE}]\Z")
#: what ends a source-language name's words right before a place in it: a particle (``Université libre
#: de Bruxelles``, ``Zünfte der Stadt``) or a club's initials (``KAA Gent``, ``FC Porto``)
_SOURCE_NAME_BEFORE = re.compile(
    r"(?:\b(?:de|di|da|do|du|des|del|della|dos|das|van|von|der|den)|\bd['\N{RIGHT SINGLE QUOTATION MARK}]|\b[A-Z]{2,4})\s*\Z")


def inside_source_name(text: str, start: int) -> bool:
    """Is the word at ``start`` part of a source-language name that keeps its own spelling of a place: after a
    particle or an acronym, or after a French, Italian, Spanish or Portuguese noun of a landform that heads the
    name of a cape, a mountain, a lake or a valley (``Cap Corse``, ``Monte Bianco``, ``Lago Maggiore``), which
    English keeps whole whatever it calls the region?"""
    return _SOURCE_NAME_BEFORE.search(text, max(0, start - 8), start) is not None \
        or _LANDFORM_BEFORE.search(text, max(0, start - 12), start) is not None


#: capitalised words ending in a particle right before a position: the head of a body's name (``Hospital
#: Universitario de``), up to four words
_BODY_HEAD_BEFORE = re.compile(r"((?:[A-Z][\w\N{RIGHT SINGLE QUOTATION MARK}'-]*[ \N{NO-BREAK SPACE}]){1,4})"
                               r"(?:de|di|da|do|du|des|del|della|dos|das|van|von|der|den)"
                               r"(?:[ \N{NO-BREAK SPACE}](?:la|las|los|le|les))?[ \N{NO-BREAK SPACE}]\Z")


def in_source_body_name(text: str, start: int) -> bool:
    """Does the word at ``start`` end a source-language body's name whose head a source-language noun
    starts or holds (``Hospital Universitario de Navarra``, ``Universidad de Navarra``, the newspaper ``Diario de
    Navarra``), not a person's?"""
    head = _BODY_HEAD_BEFORE.search(text, max(0, start - 60), start)
    if head is None:
        return False
    lexicon = load_lexicon()
    glossary = load_glossary()
    # a noun of the source lists (Universidad, Ayuntamiento) or of their institutions (Hospital, Banco), or a
    # word of a newspaper's, company's or bank's name that English keeps whole (Diario, Zeitung); a given name
    # (Ana de Castro) is none of them
    return any("institutions" in kinds or ("common" in kinds and not lexicon.is_english(word))
               or (word.lower() in glossary and glossary[word.lower()].role == "word" and not lexicon.is_english(word))
               for kinds, word in ((lexicon.kinds(word), word) for word in head.group(1).split()))


#: a lone capitalised word and the German word that joins a town's name to its region's or river's, right before a
#: position (``Hall in``, ``Frankfurt am``, ``Neumarkt in der``, ``Rothenburg ob der``); ``the`` before the word
#: makes it no town's (``the Alps in``)
_TOWN_HEAD_BEFORE = re.compile(r"(?<![Tt]he )"
                               r"\b[A-Z][a-z\u00e0-\u00ff]+[ \N{NO-BREAK SPACE}]"
                               r"(?:in|im|am|bei|(?:in|an|ob)[ \N{NO-BREAK SPACE}]der)[ \N{NO-BREAK SPACE}]\Z")


def in_town_name(text: str, start: int) -> bool:
    """Does the word at ``start`` end a town's official German name, which takes its region's or river's name
    in German after the town's (``Hall in Tirol``, ``Frankfurt am Main``)? The town's word opens no sentence,
    where a capital says nothing (``Tourism in Tirol``), and follows no other capitalised word (``Mayor Huber in``)."""
    head = _TOWN_HEAD_BEFORE.search(text, max(0, start - 40), start)
    return head is not None and name_word_before(text, head.start()) is None and \
        not SENTENCE_START_BEFORE.search(text, max(0, head.start() - 4), head.start())


#: the identifier's probability, at least, that a sentence without the name is in one source language
SOURCE_SENTENCE_PROBABILITY = 0.9
#: fewest words a sentence keeps without the name for the identifier to judge it
SOURCE_SENTENCE_WORDS = 5


def in_source_sentence(ctx: CheckContext, occurrence: Occurrence) -> bool:
    """Does the occurrence stand in a sentence that, the name left out, is in a source language (``Le
    esportazioni verso gli Stati Uniti sono cresciute…``)? The whole sentence is untranslated; its name
    is no variant of the English one."""
    segment = next((s for s in ctx.segments if s.start <= occurrence.start < s.end), None)
    if segment is None:
        return False
    rest = segment.text[:occurrence.start - segment.start] + " " + segment.text[occurrence.end - segment.start:]
    if len(rest.split()) < SOURCE_SENTENCE_WORDS:
        return False
    scores = ctx.resources.langid.scores(rest)
    return max(scores.get(language, 0.0) for language in SOURCE_LANGUAGES) >= SOURCE_SENTENCE_PROBABILITY


#: two capitalised words and a space right before a position: the occurrence ends a longer name
_NAME_WORDS_BEFORE = re.compile(r"[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*[ \t][A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*[ \t]\Z")


def end_of_explained_name(text: str, occurrence: Occurrence) -> bool:
    """Does the occurrence end a longer name that the place's own English name for it follows (``the Koninklijk
    Museum voor Schone Kunsten Antwerpen, the city's Royal Museum of Fine Arts``): the body's name, kept on purpose?"""
    return (_NAME_WORDS_BEFORE.search(text, max(0, occurrence.start - 60), occurrence.start) is not None
            and named_by_its_place(text, occurrence.end))


def _translated_enclosure(text: str, occurrence: Occurrence) -> tuple[int, int] | None:
    """The span of the longer quotation or bracket around the occurrence that the writer translates beside it, if
    any."""
    floor = text.rfind("\n", 0, occurrence.start) + 1
    ceiling = text.find("\n", occurrence.end)
    inner = enclosing(text, occurrence.start, occurrence.end, floor, len(text) if ceiling < 0 else ceiling)
    if inner is None or inner[:2] == (occurrence.start, occurrence.end) \
            or not translated_beside(text, inner[0], inner[1]):
        return None
    return inner[0], inner[1]


def in_translated_quotation(text: str, occurrence: Occurrence) -> bool:
    """Is the occurrence part of a longer quotation or bracket that the writer translates beside it?"""
    return _translated_enclosure(text, occurrence) is not None


#: a word of letters, apostrophes inside
_QUOTED_WORD = re.compile(r"[^\W\d_]+(?:['\N{RIGHT SINGLE QUOTATION MARK}][^\W\d_]+)*")


def in_source_quotation(text: str, occurrence: Occurrence) -> bool:
    """Is the occurrence part of a source-language quotation that the writer translates beside it (``“o Iguaçu é
    nosso”, which translates as “the Iguassu is ours”``): one whose other words are mostly no English
    ones? An English quotation followed by another (``“Bertoli has a clear voice,” said a buyer. “She will…”``) may
    read as translated, but keeps no source spelling."""
    span = _translated_enclosure(text, occurrence)
    if span is None:
        return False
    lexicon = load_lexicon()
    words = [m.group() for m in _QUOTED_WORD.finditer(text, span[0], span[1])
             if not (occurrence.start <= m.start() < occurrence.end)]
    return bool(words) and 2 * sum(lexicon.is_english_spelling(word) for word in words) < len(words)

"""Capitalised names inside an English sentence, which English keeps, and the words that join them.

Capitalised words joined by particles (``de la Concorde``, ``von der Leyen``,
``Frankfurt an der Oder``) make one name; a name is kept unless it is a
translatable title (:mod:`.language_titles`), and a word alone is judged by
:mod:`.language_lone_words`. A street's or a square's name (``Piazza
Venezia``, ``Rue de Londres``) keeps its source spellings.
"""

from __future__ import annotations

import re
from typing import Sequence

from .language_german import (
    GERMAN_NOUN_LETTERS, dutch_office, german_body, german_compound, german_office, german_person_noun,
)
from .language_lexicon import Lexicon, fold
from .language_lone_words import conjunction_before_english, mark_lone_word
from .language_shapes import variety_name
from .language_titles import MUSEUM_HEADS, mark_title_head, qualified_institution, translatable_title
from .language_tokens import (
    ABBR, ALLOW, APOSTROPHE_ENDINGS, CAP, EN, ENGLISH_GRAMMAR_WORDS, EXO, NAME, SRC, WEAK, Token, joined,
)


def mark_names(text: str, tokens: list[Token], lexicon: Lexicon) -> None:
    """Capitalised sequences joined by particles are names English keeps, unless they hold an
    institution head (``Ministère de l'Intérieur``) or a source spelling (``Pékin``). A comma
    ends a name (``the Oberbürgermeister, Martin Horn``)."""
    index = 0
    while index < len(tokens):
        token = tokens[index]
        leading_particle = (
            fold(token.text) in lexicon.name_leaders and not token.capitalised and index + 1 < len(tokens)
            and tokens[index + 1].capitalised and (index == 0 or tokens[index - 1].cls in (EN, NAME)
                                                   or _kept_compound_name(tokens[index - 1]))
        )
        if not (token.capitalised or leading_particle) or token.cls in (ALLOW, EXO, ABBR):
            index += 1
            continue
        end = index + 1
        while end < len(tokens):
            if (tokens[end].capitalised and tokens[end].cls != ABBR and "," not in text[tokens[end - 1].end:tokens[end].start]
                    and not _possessive_before_german_noun(tokens[end - 1], tokens[end], lexicon)
                    and not german_office(tokens[end - 1].text, lexicon)
                    and not dutch_office(tokens[end - 1].text, lexicon)
                    and not _german_person_before_name(tokens[end - 1], tokens[end], lexicon)):
                end += 1
                continue
            particles = end  # "de la Concorde", "von der Leyen", "de l'Intérieur"
            # a comma ends the name before a capitalised particle too: in "Amsterdam, Den Haag" the
            # second name starts at "Den", and is judged on its own (a title's "Mozart, l'Opéra Rock" goes on)
            while particles < len(tokens) and not _comma_before_capital(text, tokens, particles) and (
                    _name_particle(tokens, particles, lexicon)
                    or _elided_particle(tokens[particles].text, lexicon)
                    or _place_joiner(tokens, particles)
                    or _island_joiner(text, tokens, index, particles)
                    or _museum_joiner(tokens, index, particles)
                    or _apostrophe_particle(text, tokens[particles], lexicon)):
                particles += 1
            if particles == end or particles >= len(tokens) or not tokens[particles].capitalised:
                break
            end = particles
        group = tokens[index:end]
        first = index  # the position of group[0]
        if index == 0 and group[0].capitalised and not _opens_place_name(group, lexicon) and (
                _sentence_word(group[0], lexicon, len(group)) or _article_before_german_noun(group, lexicon)) and (
                not _named_mid_sentence(text, group)):
            group, first = group[1:], 1  # "Selon Le Monde": the first word is capitalised by position only
            if not group and (not token.kinds & {"articles", "prepositions", "function", "dates"}
                              or conjunction_before_english(tokens, 0)):
                # "Gendarmerie officers said": a noun, judged like any lone word; "Como will continue":
                # a conjunction or adverb of a source language (not a preposition: "Selon the agency")
                # capitalised before English is a name (a town, a club)
                group, first = [token], 0
        before = tokens[index - 1] if index > 0 else None
        after_article = before is not None and before.cls in (SRC, WEAK) and bool(
            before.kinds & {"articles", "prepositions"}) and before.text.lower() not in ENGLISH_GRAMMAR_WORDS
        if len(group) == 1 and group[0].cls != EXO:
            mark_lone_word(text, tokens, first, lexicon)
        elif group and group[-1].capitalised:
            if (not translatable_title(group, lexicon, after_article) or _place_after_preposition(text, group, lexicon)
                    or _SCHOOL_AFTER.match(text, group[-1].end) is not None or variety_name(before, group)):
                for member in group:
                    member.cls = NAME
            else:
                mark_title_head(group, lexicon)
        index = end


#: an English noun of a school right after a name (``the Cour de Lorraine primary school``): the name is the
#: school's, which English keeps as the school writes it, whatever source title it spells
_SCHOOL_AFTER = re.compile(r"[ \t\N{NO-BREAK SPACE}]+(?:(?:primary|secondary|high|middle|nursery|elementary|junior|"
                           r"grammar|infant|vocational)[ \t\N{NO-BREAK SPACE}]+)?schools?\b")


def _kept_compound_name(token: Token) -> bool:
    """Is ``token`` a hyphenated name English keeps as a loanword (``Notre-Dame``, ``Sacré-Cœur``)? Its name goes
    on through a particle (``Notre-Dame du Camp``, a church's); a borrowed common noun written as one word heads a
    title English translates (``Junta de Freguesia``, ``Château de Saint-Cloud``) and stops there."""
    return token.cls == ALLOW and token.capitalised and "-" in token.text


def _comma_before_capital(text: str, tokens: list[Token], index: int) -> bool:
    """Does a comma come before the capitalised token at ``index``: the first word of the next name of a list?"""
    return tokens[index].capitalised and "," in text[tokens[index - 1].end:tokens[index].start]


#: a bare English preposition of place before a name, or before a list of names that ends on it (``registered in``,
#: ``in Lisbon and``, ``the vineyards of``, ``a vineyard above``): English puts an article before a body's title
#: (``in the Câmara Municipal``), never before a town's name
_PLACE_PREPOSITION_BEFORE = re.compile(
    r"(?<![\w-])(?:in|from|near|of|at|to|above|below|around|outside|beyond|towards|toward|across|between|past)"
    r"[ \t\N{NO-BREAK SPACE}]+"
    r"(?:[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*(?:[ \t\N{NO-BREAK SPACE}]+[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*){0,2}"
    r"(?:,[ \t\N{NO-BREAK SPACE}]*|[ \t\N{NO-BREAK SPACE}]+and[ \t\N{NO-BREAK SPACE}]+)){0,3}\Z")


def _place_after_preposition(text: str, group: Sequence[Token], lexicon: Lexicon) -> bool:
    """Is a capitalised group that reads as a body's title only by an institution's head a town's name, the
    head a word of it (``in Câmara de Lobos``, ``of Estreito de Câmara de Lobos``)? A bare preposition of place
    comes right before it; a source spelling of a name (``in Den Haag``) or a German body's name
    (``in Landgericht Augsburg``) stays source text."""
    if len(group) < 2 or any(t.cls == EXO for t in group) or german_body(group[0].text, lexicon):
        return False
    if qualified_institution(group, lexicon):
        return False  # "in Audiencia Provincial": a head and its qualifiers make a title, not a town
    heads = [t for t in group if "institutions" in t.kinds]
    # the head is the name's only source word: the town is named after a common thing (``Lobos``), where a
    # body's title names its field in the source language too (``of Ministère de l'Intérieur``)
    others = [t for t in group if t not in heads and fold(t.text) not in lexicon.name_particles]
    if len(heads) != 1 or any(t.kinds or t.text.endswith(APOSTROPHE_ENDINGS) for t in others):
        return False
    start = group[0].start
    return _PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 80), start) is not None


#: a lower-case word and the space after it: what comes before a name in mid-sentence
_MID_SENTENCE = r"(?<![\w'\N{RIGHT SINGLE QUOTATION MARK}-])[a-z]+[ \t\N{NO-BREAK SPACE}]+"


def _named_mid_sentence(text: str, group: Sequence[Token]) -> bool:
    """Does the document write the capitalised run that opens this sentence after a lower-case word elsewhere
    (``Juiz de Fora council freezes…`` and ``Bus passengers in Juiz de Fora``)? Then its first word is
    capitalised as part of a name, not by its position: a place's or a body's name the text uses as such."""
    if len(group) < 2 or group[0].text == "The":
        return False
    name = re.escape(text[group[0].start:group[-1].end])
    return re.search(rf"{_MID_SENTENCE}{name}(?![\w'\N{{RIGHT SINGLE QUOTATION MARK}}-])", text) is not None


def _name_particle(tokens: list[Token], index: int, lexicon: Lexicon) -> bool:
    """A particle inside a name (``de``, ``van der``, ``sul``); a capitalised one only before another capitalised
    word, since it may end the name (``Rio Grande do Sul in``)."""
    token = tokens[index]
    return (fold(token.text) in lexicon.name_particles or _catalan_plural_article(tokens, index)) and (
        not token.capitalised or (index + 1 < len(tokens) and tokens[index + 1].capitalised))


def _catalan_plural_article(tokens: list[Token], index: int) -> bool:
    """``les`` after ``de`` (``Avinguda de les Corts Valencianes``, ``Museu de les Ciències``): Catalan and Valencian
    names join so, where French writes ``des``; a French ``les`` elsewhere (``Réenchanter les Champs-Élysées``) is no
    particle of a name."""
    return tokens[index].text == "les" and index > 0 and tokens[index - 1].text == "de"


def _apostrophe_particle(text: str, token: Token, lexicon: Lexicon) -> bool:
    """``ne’`` of ``Castelnuovo ne’ Monti``: a particle cut short, whose apostrophe the word ends before."""
    return text[token.end:token.end + 1] in ("'", "\N{RIGHT SINGLE QUOTATION MARK}") and (
        fold(token.text) + "'" in lexicon.name_particles)


def _possessive_before_german_noun(owner: Token, noun: Token, lexicon: Lexicon) -> bool:
    """``Hamburg's Gesundheitssenatorin``, ``Flensburg's Kreisläufer``: a possessive ends the owner's name before a
    German compound noun or a German noun of the lists."""
    return owner.text.endswith(("'s", "\N{RIGHT SINGLE QUOTATION MARK}s")) and (
        german_compound(noun.text, lexicon) or _listed_german_noun(noun, lexicon))


def _listed_german_noun(noun: Token, lexicon: Lexicon) -> bool:
    """A capitalised German noun of the news lists, long and of no other language, and no English word
    (``Hausmeister``, ``Kreisläufer``): German capitalises it, so a capital does not make it a name."""
    return (noun.cls == SRC and noun.languages == frozenset({"de"}) and "common" in noun.kinds and noun.capitalised
            and len(noun.text) >= GERMAN_NOUN_LETTERS and not lexicon.is_english(noun.text))


def _german_person_before_name(noun: Token, name: Token, lexicon: Lexicon) -> bool:
    """Is ``noun`` a German noun of the lists or a German compound that names a person (``Kreisläufer``,
    ``Hausmeisterin``, ``Rückraumspieler``) and ``name`` a capitalised word of no list after it (``Their
    Kreisläufer Ole Stange``)? The noun is the person's role, as an English title before a name is (``their
    pivot Ole Stange``), not a part of the name."""
    return ((_listed_german_noun(noun, lexicon) or (noun.cls == CAP and german_compound(noun.text, lexicon)))
            and name.cls in (CAP, ALLOW, NAME) and not name.kinds and german_person_noun(noun.text, lexicon))


def _article_before_german_noun(group: Sequence[Token], lexicon: Lexicon) -> bool:
    """``A Schienenersatzverkehr with buses``: the English article opening the sentence before a German
    compound noun is capitalised by position only (``A Coruña`` stays a name)."""
    return len(group) == 2 and group[0].text in ("A", "An") and german_compound(group[1].text, lexicon)


#: German articles after which "an" joins a place name to its river ("Frankfurt an der Oder")
_RIVER_ARTICLES = frozenset({"der", "dem"})
#: Dutch articles after which "aan" joins a place name to its river ("Alphen aan den Rijn")
_DUTCH_RIVER_ARTICLES = frozenset({"de", "den", "het"})
#: words that join two capitalised words into one name when neither is a source word English lacks:
#: ``Berg en Dal``, ``Son en Breugel`` ("son" is English too), the inn ``Gasthaus zum Hirsch``; after a
#: source word (``Gesetz zur Stärkung``) they are source text
_NAME_JOINERS = frozenset({"en", "zum", "zur"})


def _place_joiner(tokens: list[Token], index: int) -> bool:
    """Is the token at ``index`` the ``an`` of ``Waidhofen an der Ybbs``, the ``aan`` of ``Katwijk aan Zee``
    or ``Valkenburg aan de Geul``, or a joiner of :data:`_NAME_JOINERS` between capitalised words? English
    has "an" too, so it joins a name only before a German article (``am`` and ``ob`` are particles already)."""
    if index + 1 >= len(tokens):
        return False
    word, following = tokens[index].text, tokens[index + 1]
    if word == "an":
        return following.text in _RIVER_ARTICLES
    if word == "aan":
        return following.text in _DUTCH_RIVER_ARTICLES or following.capitalised
    if word == "en" and following.text in _DUTCH_RIVER_ARTICLES and index + 2 < len(tokens):
        # "Schieland en de Krimpenerwaard", "Maas en de Waal": a Dutch name of two regions joined with their
        # article; a listed word after it (``Rutte en de Kamer``) is source text, not a region
        following = tokens[index + 2]
        return (following.capitalised and following.cls == CAP and not following.kinds
                and index > 0 and tokens[index - 1].capitalised and tokens[index - 1].cls in (CAP, WEAK))
    return (word in _NAME_JOINERS and following.capitalised and following.cls == CAP
            and index > 0 and tokens[index - 1].capitalised and tokens[index - 1].cls in (CAP, WEAK))


def _museum_joiner(tokens: list[Token], first: int, index: int) -> bool:
    """Is the token at ``index`` the French "et" of the founders' firm a museum is named after (``Musée des
    Papeteries Canson et Montgolfier``)? Inside a museum's name it joins the name; between two places' names
    (``between Rennes et Saint-Malo``) it stays a source word."""
    return (any(t.text in MUSEUM_HEADS for t in tokens[first:index]) and tokens[index].text == "et"
            and index + 1 < len(tokens) and tokens[index + 1].capitalised)


def _island_joiner(text: str, tokens: list[Token], first: int, index: int) -> bool:
    """Is the token at ``index`` the ``auf`` of a town on its island (``Bergen auf Rügen``, ``Wyk auf Föhr``):
    between two capitalised words of no source list, with no article after it, in a name that a bare English
    preposition of place comes right before (``a man from Bergen auf Rügen``)? A German phrase has a determiner
    or a quotation mark before it (``the Recht auf Bildung``, ``"Warten auf den Platz"``), or a noun of the
    lists beside ``auf`` (``of Recht auf Bildung``)."""
    if tokens[index].text != "auf" or index + 1 >= len(tokens) or index == first:
        return False
    if not all(t.capitalised and not t.kinds for t in (tokens[index - 1], tokens[index + 1])):
        return False
    start = tokens[first].start
    return _PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 80), start) is not None


def _opens_place_name(group: Sequence[Token], lexicon: Lexicon) -> bool:
    """Does the capitalised group open with a word of a place's or a saint's name before a word of no source
    list (``Ciudad Real``, ``São Joaquim``)? First in a sentence, that word is the name's, not capitalised
    by its position (``Nueva Ley`` is two source words)."""
    return len(group) > 1 and fold(group[0].text) in lexicon.place_openers and not lexicon.kinds(group[1].text)


#: English possessives and demonstratives, which start a sentence but no name (``Our Lady`` is one without its ``Our``)
_OPENING_DETERMINERS = frozenset("this that these those its their his her our my your".split())


def _sentence_word(token: Token, lexicon: Lexicon, group_size: int) -> bool:
    """Is a sentence-initial capitalised word an ordinary word rather than the start of a name?"""
    kinds = lexicon.kinds(token.text)
    if group_size == 1 or token.text == "The":
        return True  # "The Betriebsrat", "The Guardian": the English article only starts the sentence
    if token.text in MUSEUM_HEADS:
        return False  # "Musée Soulages: summer exhibition…": a museum's name opens the headline, which English keeps
    if token.text.lower() in _OPENING_DETERMINERS:
        return True  # "Their Kreisläufer Ole Stange": an English determiner, capitalised by its position only
    return bool(kinds) and "articles" not in kinds


#: words that open the name of a street, a square or a station, which keeps a place's source spelling
#: (``Piazza Venezia``, ``Rue de Londres``, ``Moskauer Straße`` aside)
_STREET_HEADS = frozenset(
    "Piazza Piazzale Via Viale Corso Largo Porta Ponte Stazione Plaza Calle Paseo Avenida Estación Puerta Place Rue "
    "Avenue Boulevard Quai Pont Porte Gare Praça Rua Largo Estação Platz Straße Strasse Allee Tor Bahnhof Plein Straat "
    "Gracht Laan Station "
    # a cove of the Provençal coast (``the Calanque de Sugiton``), whose head English has taken over as a loanword
    "Calanque".split()
)

#: heads of a street that French, Spanish, Italian and Portuguese write in lower case before the particle and
#: the name (``the route de Bischwiller``, ``the rue de la Paix``, ``the calle de Alcalá``): English keeps the
#: street's name as the source writes it; the particle shows the head is no English "route" or "avenue". A cove
#: of the Provençal coast is named so too (``the calanque de Sugiton``), its head a word English has taken over;
#: and so is a French square (``place d'Armes``, ``the place de la Cité``), where English "place" takes no particle
_STREET_HEADS_LOWER = frozenset("rue route avenue boulevard chemin impasse allée quai calle avenida paseo via viale "
                                "piazza rua praça calanque calanques place".split())


def street_names(text: str, tokens: list[Token], lexicon: Lexicon) -> None:
    """The capitalised words right after a street's or a square's head, or after the head and a
    particle (``Piazza Venezia``, ``Rue de Londres``, ``Via dell'Abbondanza``), are that street's
    name, which English keeps, source spellings and particles included."""
    for index, token in enumerate(tokens):
        lower_head = token.text in _STREET_HEADS_LOWER
        if (token.text not in _STREET_HEADS and not lower_head) or index + 1 >= len(tokens):
            continue
        end = index + 1
        # a date may name the street (``Calle 31 de Agosto``, ``Rua 25 de Abril``)
        while end < len(tokens) and (fold(tokens[end].text) in lexicon.name_particles
                                     or _catalan_plural_article(tokens, end)
                                     or _elided_particle(tokens[end].text, lexicon)
                                     or (end == index + 1 and tokens[end].text.isdigit())):
            end += 1
        if lower_head and end == index + 1:
            continue  # "the route Bischwiller takes": a lower-case head names a street only with its particle
        if end >= len(tokens) or not tokens[end].capitalised or not all(
                joined(text, tokens[k], tokens[k + 1]) for k in range(index, end)):
            continue
        for member in tokens[index:end + 1]:
            member.cls = NAME
    _date_place_names(text, tokens)
    _particle_before_loanword(text, tokens)
    _name_after_kept_name(text, tokens, lexicon)


def _particle_before_loanword(text: str, tokens: list[Token]) -> None:
    """A lower-case source preposition between a name and a word English has taken over (``the Mondial la
    Marseillaise à pétanque``) goes on the name: an event named after
    its sport keeps the source's grammar word, and an English writer would have put no French in the middle."""
    for index in range(1, len(tokens) - 1):
        before, particle, after = tokens[index - 1:index + 2]
        if (particle.cls == SRC and not particle.capitalised and "prepositions" in particle.kinds
                and before.cls == NAME and after.cls == ALLOW
                and joined(text, before, particle) and joined(text, particle, after)):
            particle.cls = NAME


#: capitalised articles that open a kept title of a paper (``La Presse``, ``Le Monde``, ``Die Welt``, ``Il Giornale``)
_TITLE_ARTICLES = frozenset("La Le Les El Il Der Die Das".split())
#: loanword heads of monuments' names English keeps whole (``the Château de Nérac``, like the Château de Versailles)
_MONUMENT_HEADS = frozenset({"Château", "Chateau", "Châteaux"})


def _name_after_kept_name(text: str, tokens: list[Token], lexicon: Lexicon) -> None:
    """Particles and capitalised words right after a capitalised name English keeps (``La Presse de la Manche``,
    the regional paper named like ``La Presse`` of Montreal) go on that name: a longer name that starts like a kept
    one is a name too, and no writer leaves a source title's end untranslated after its kept start."""
    for index in range(len(tokens) - 2):
        # only a kept newspaper-like title opened by its article (``La Presse``, ``Le Monde``) or a kept monument's
        # head (``Château de Versailles``): a kept head alone (``Junta``, ``Ministério Público``) still starts an
        # untranslated title (``Junta de Extremadura``)
        titled = index > 0 and tokens[index - 1].cls == ALLOW and tokens[index - 1].text in _TITLE_ARTICLES
        if (tokens[index].cls != ALLOW or not tokens[index].capitalised or tokens[index + 1].cls == ALLOW
                or not (titled or tokens[index].text in _MONUMENT_HEADS)):
            continue
        end = index + 1
        while end < len(tokens) and _name_particle(tokens, end, lexicon) and joined(text, tokens[end - 1], tokens[end]):
            end += 1
        if (end == index + 1 or end >= len(tokens) or not tokens[end].capitalised or tokens[end].cls in (ABBR, EXO)
                or not joined(text, tokens[end - 1], tokens[end])):
            continue
        for member in tokens[index + 1:end + 1]:
            member.cls = NAME


#: English heads that follow a place's name (``the 25 de Abril Bridge``, ``9 de Julio Avenue``)
_ENGLISH_PLACE_TAILS = frozenset("Bridge Avenue Street Square Road Station Stadium Park Airport".split())


def _date_place_names(text: str, tokens: list[Token]) -> None:
    """A date with a capitalised month before an English place head (``the 25 de Abril Bridge``, ``Avenida``
    aside) or after a capitalised name word (``Estádio Municipal 25 de Abril``) names that place: Spanish and
    Portuguese write a date's month in lower case (``25 de abril``), so the capital and the name around it make
    the date a name, which English keeps."""
    for index in range(1, len(tokens) - 2):
        before, number, particle, month = tokens[index - 1:index + 3]
        if not (number.text.isdigit() and particle.text == "de" and month.capitalised and "dates" in month.kinds
                and all(joined(text, a, b) for a, b in zip(tokens[index:index + 2], tokens[index + 1:index + 3]))):
            continue
        head = tokens[index + 3] if index + 3 < len(tokens) else None
        named_after = head is not None and head.text in _ENGLISH_PLACE_TAILS and joined(text, month, head)
        # a weekday before the date (``Sábado 25 de Abril``) dates it rather than names it
        named_before = before.capitalised and "dates" not in before.kinds and joined(text, before, number)
        if named_after or named_before:
            for member in tokens[index:index + 3]:
                member.cls = NAME


def _elided_particle(word: str, lexicon: Lexicon) -> bool:
    """``dell'`` or ``de l'``: a particle elided before the name's first word."""
    head = fold(word).rstrip("'")
    return word[-1:] in "'\N{RIGHT SINGLE QUOTATION MARK}" and (head in lexicon.name_particles or head in _ELIDED_PARTICLES)


#: particles that elide before a vowel and are no particle of the word lists by themselves
_ELIDED_PARTICLES = frozenset({"dell", "dall", "nell", "sull", "all", "l", "d"})

"""Shapes of words and names that tell English from a source language where the word lists alone cannot.

For the untranslated-span check (:mod:`.language_words` calls these while it
classes a sentence's words, :mod:`.language_screen` while it screens them):

- an ordinal English writes with its own ending (``22nd``, ``1st``) is an English
  number, though French writes ``2nd`` too;
- a source office that English spells as a noun of another sense (``parquet``, the
  French prosecutor's office, English floorboards) is the source word before
  "of" and a capitalised place (``the parquet of Belfort``);
- a capitalised hyphenated head of an institution's title (``Direção-Geral``,
  ``Procuradoria-Geral``) is the source title's head, as its first part alone is;
- a lower-case word with letters of Dutch spelling that no English word has (``plofkraak``, ``natuur``,
  ``wijk``, ``mannetje``) is a Dutch word;
- a lower-case adjective that closes a place named in a kept title (``the Parc naturel régional des Pyrénées
  ariégeoises``) is part of that name, which English keeps whole;
- a venue named by a palace word and an English-spelled activity (``Palais des
  Sports``, ``Palazzo dello Sport``) or by the place it stands at (``Palais d'Auron``) is a name English keeps,
  not a title to translate.

Functions here take tokens and the lexicon and return what they found; the
caller sets the classes, so this module needs nothing of ``language_words``.
"""

from __future__ import annotations

import re
from typing import Sequence

from .language_lexicon import Lexicon, fold
from .language_tokens import ALLOW, CAP, ENGLISH_GRAMMAR_WORDS, NAME, joined

#: a number with letters after it: ``22nd``, ``1st``, ``3rd``, ``11th``
_NUMBER_WITH_ENDING = re.compile(r"(\d+)([A-Za-z]+)")


def english_ordinal(word: str) -> bool:
    """Is ``word`` a number with the ordinal ending English gives that number (``1st``, ``22nd``, ``13th``,
    ``103rd``)? French writes ``2nd`` for "second" too, but never ``22nd``: the English number it is."""
    match = _NUMBER_WITH_ENDING.fullmatch(word)
    if match is None:
        return False
    number, ending = int(match.group(1)), match.group(2).lower()
    if number % 100 in (11, 12, 13):
        return ending == "th"
    return ending == {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


#: what must follow an office homograph for it to be the source office: "of", an optional "the", a capital
_OF_PLACE = re.compile(r"[ \t\N{NO-BREAK SPACE}]+of[ \t\N{NO-BREAK SPACE}]+(?:the[ \t\N{NO-BREAK SPACE}]+)?[A-Z]")
#: the English words before it that make it a noun
_OFFICE_DETERMINERS = frozenset({"the", "its", "their"})


def office_homograph(text: str, tokens: Sequence, index: int, lexicon: Lexicon) -> frozenset[str]:
    """The languages of the lower-case word of ``tokens[index]`` when it is a source office of
    ``office_homographs`` that English spells as another noun, after "the" and before "of" and a capitalised
    place (``the parquet of Belfort``: no floor is "of" a town); empty otherwise (``the parquet of the hall``,
    ``a new parquet``). ``tokens`` are the sentence's tokens (``text``, ``end``)."""
    languages = lexicon.office_homographs.get(tokens[index].text)
    if languages is None or index == 0 or tokens[index - 1].text.lower() not in _OFFICE_DETERMINERS:
        return frozenset()
    return languages if _OF_PLACE.match(text, tokens[index].end) is not None else frozenset()


#: qualifiers that a source institution's head takes after a hyphen (``Direção-Geral``, ``Procuradoria-Geral``,
#: ``Secretaria-Geral``, ``Inspeção-Geral``): English writes "directorate-general" the other way round
_HYPHEN_QUALIFIERS = frozenset({"geral", "gerais", "general", "generale", "generali", "générale", "général",
                                "adjunto", "adjunta", "adjoint", "adjointe"})


def hyphenated_institution(word: str, lexicon: Lexicon) -> frozenset[str]:
    """The languages of a hyphenated word whose first part is a source institution's head that is no English
    word and whose other parts are qualifiers of :data:`_HYPHEN_QUALIFIERS` (``Direção-Geral``): the head of a
    source title, as its first part is. Empty when ``word`` is not one (``Procter-General``, ``Hospital-Geral``:
    "hospital" is English)."""
    if "-" not in word.strip("-"):
        return frozenset()
    head, *rest = word.split("-")
    languages = lexicon.kinds(head).get("institutions")
    if not languages or not rest or lexicon.is_english_spelling(head):
        return frozenset()
    return languages if all(part.lower() in _HYPHEN_QUALIFIERS for part in rest) else frozenset()


#: the palace words that open the names of venues: sports halls, congress centres, exhibition halls
_VENUE_HEADS = frozenset({"palais", "palacio", "palazzo", "palau", "paleis", "palast"})


def venue_name(words: Sequence[str], lexicon: Lexicon) -> bool:
    """Is the capitalised name of ``words`` a venue named by a palace word and what it hosts, spelled as English
    spells it (``Palais des Sports``, ``Palazzo dello Sport``, ``Palais des Nations``)? English keeps such names
    as they are; a title whose other words are the source language's own (``Palais de l'Élysée``, ``Palacio de
    Justicia``) is still a source title."""
    if len(words) < 2 or fold(words[0]) not in _VENUE_HEADS:
        return False
    if _named_after_place(words, lexicon):
        return True
    named = [w for w in words[1:] if w[:1].isupper()]
    particles = [w for w in words[1:] if not w[:1].isupper()]
    return (bool(named) and all(fold(w) in lexicon.name_particles for w in particles)
            and all(lexicon.is_english(w) for w in named))


#: the bare "of" between a palace word and the place it stands at (``Palais d'Auron``, ``Palacio de Cibeles``)
_PLACE_OF = frozenset({"d'", "de", "di", "da"})
#: the article a place's name carries after that "of" (``Palais de la Berbie``, the bishops' palace named after its
#: quarter, ``Palacio de la Moncloa``): the place's own article, part of the name English keeps with it
_PLACE_ARTICLES = frozenset({"la", "le", "les", "los", "las"})


def _named_after_place(words: Sequence[str], lexicon: Lexicon) -> bool:
    """Is the name a palace word and, after a bare "of" (and the place's article) or none, one proper name of no
    list (``Palais d'Auron``, ``Palais de la Berbie``, ``Palazzo Chigi``)? A monument named after the place or family
    it stands for, which English keeps; with a listed name after the article (``Palais de l'Élysée``) or a source
    noun (``Palazzo di Giustizia``) it is a title still."""
    *particles, name = words[1:]
    of_place = len(particles) <= 1 or (len(particles) == 2 and fold(particles[1]) in _PLACE_ARTICLES)
    return (of_place and fold(particles[0] if particles else "de") in _PLACE_OF and name[:1].isupper()
            and name.isalpha() and not lexicon.kinds(name) and not lexicon.kinds(name.lower())
            and not lexicon.is_english(name) and fold(name) not in lexicon.english)


#: letters of Dutch spelling that English words do not have: a doubled ``a`` (``plofkraak``, ``straat``) or ``u``
#: (``natuur``), ``ij`` before a consonant or at the end (``wijk``, ``blijft``; before a vowel it is the ``ij`` of
#: Portuguese ``queijo`` or Spanish ``torrijas``), the diminutive ending (``mannetje``, ``huisjes``), and the
#: ``-joen``/``-ioen`` where English writes ``-ion`` (``strandpaviljoen``, ``kampioenen``, ``pensioen``). English
#: has only a handful of such words (``bazaar``, ``hijack``, ``vacuum``), all in its word list
_DUTCH_LETTERS = re.compile(r"aa|uu|ij(?![aeiouy])|[tpk]jes?\Z|[ij]oen")
#: the fewest letters of a word judged by its spelling: shorter ones are as often a transliteration or an initialism
DUTCH_SPELLED_LETTERS = 6


def dutch_spelling(word: str, lexicon: Lexicon) -> bool:
    """Is ``word`` a lower-case word of :data:`DUTCH_SPELLED_LETTERS` letters or more, in no list and no English
    word, with letters that only Dutch spelling has (``the third plofkraak``)? Dutch compounds its nouns, so
    the lists cannot hold them all; their spelling shows their language."""
    return (len(word) >= DUTCH_SPELLED_LETTERS and word.isascii() and word.isalpha() and word.islower()
            and _DUTCH_LETTERS.search(word) is not None and not lexicon.kinds(word)
            and not lexicon.is_english_spelling(word))


#: a paper named by its kind right before its title (``the regional newspaper Mediterráneo``, ``the daily El País``)
_PAPER_BEFORE = re.compile(r"\b(?:newspaper|daily|paper|weekly)[ \t\N{NO-BREAK SPACE}]+\Z", re.IGNORECASE)


#: articles a paper's title may open with in lower case, as the paper prints it (``l’Adige``, ``il Giornale``,
#: ``de Volkskrant``, ``o Jornal``): the capitalised word after one still shows a title
_PAPER_ARTICLES = frozenset({"l", "il", "lo", "la", "le", "les", "el", "los", "o", "a", "de", "het", "der", "die"})


def paper_title(text: str, words: Sequence) -> bool:
    """Is a run of capitalised words right after "newspaper", "daily" or "paper" that paper's title? English keeps a
    paper's title as the paper prints it (``Le Monde``, ``l’Adige``), so the source spelling is no untranslated
    word there."""
    if not words:
        return False
    article = words[0].text.lower().rstrip("'\N{RIGHT SINGLE QUOTATION MARK}")
    head = words[1] if len(words) > 1 and article in _PAPER_ARTICLES else words[0]
    return head.capitalised and _PAPER_BEFORE.search(text, max(0, words[0].start - 20), words[0].start) is not None


def kept_title_place_adjective(tokens: Sequence, run: Sequence) -> bool:
    """Is ``run`` lower-case words right after a capitalised place that a kept title names (``Parc naturel régional
    des`` in the loanwords, then ``Pyrénées ariégeoises``)? French places carry a lower-case adjective (``Pyrénées
    ariégeoises``, ``Alpes mancelles``); the title keeps the place whole, so its adjective is no untranslated word."""
    if not run or not all(t.text[:1].islower() for t in run):
        return False
    at = next((i for i, t in enumerate(tokens) if t is run[0]), 0)
    before = at
    while before > 0 and tokens[before - 1].cls == NAME and tokens[before - 1].capitalised:
        before -= 1
    return before < at and before > 0 and tokens[before - 1].cls == ALLOW


def in_kept_title(text: str, tokens: Sequence, run: Sequence) -> bool:
    """Is ``run`` part of a title English keeps as it is: a paper's (:func:`paper_title`) or the place a kept title
    names (:func:`kept_title_place_adjective`)?"""
    return paper_title(text, run) or kept_title_place_adjective(tokens, run)


def name_word(token) -> bool:
    """A capitalised word of no source list inside a name (``Mancha``, ``Real``)."""
    return token.capitalised and token.cls in (CAP, NAME) and not token.kinds


#: conjunctions that join two named parts of one source title (``do Douro e do Porto``, ``de Castilla y de León``)
_TITLE_CONJUNCTIONS = frozenset({"e", "y", "et", "i"})


def name_tail(text: str, tokens: Sequence, index: int) -> list:
    """Lower-case name particles (``dos``, ``de la``) and the capitalised words each joins on at ``index``, again
    after a conjunction that joins another particle (``Instituto dos Vinhos do Douro e do Porto``): cut at the
    first name, the span would leave the rest of the title as English."""
    tail: list = []
    while True:
        end = index
        if end + 1 < len(tokens) and tail and tokens[end].text in _TITLE_CONJUNCTIONS:
            end += 1
        start = end
        while end < len(tokens) and tokens[end].text.islower() and _particle_here(tokens, end) \
                and tokens[end].kinds & {"articles", "prepositions"} and joined(text, tokens[end - 1], tokens[end]):
            end += 1
        names = end
        while names < len(tokens) and name_word(tokens[names]) and joined(text, tokens[names - 1], tokens[names]):
            names += 1
        if not start < end < names:
            return tail
        tail += tokens[index:names]
        index = names


#: Portuguese particles that English spells as a word of its own grammar: inside a source title, right before the
#: name it joins (``dos Vinhos do Douro``), the English word never stands; English prepositions (``in Toledo``) do
_PORTUGUESE_PARTICLES = frozenset({"do"})


def _particle_here(tokens: Sequence, at: int) -> bool:
    """Is ``tokens[at]`` a name particle, not English grammar?"""
    if tokens[at].text not in ENGLISH_GRAMMAR_WORDS:
        return True
    return tokens[at].text in _PORTUGUESE_PARTICLES and at + 1 < len(tokens) and name_word(tokens[at + 1])


#: English nouns of produce sold under the name of its variety or place of origin (``the prune d'Ente``, ``the
#: lentils du Puy``, ``Marennes oysters``): the particle and the capitalised name after such a noun are the variety's
#: name, which English keeps as it keeps "Agen prune", not a source title left half translated
_PRODUCE_NOUNS = frozenset("prune plum apple pear cherry lentil bean pepper chilli oyster mussel cheese wine chicken "
                           "melon peach apricot walnut chestnut olive".split())


def variety_name(before, group: Sequence) -> bool:
    """Is the name a lower-case particle and a capitalised name right after an English noun of produce (``the prune
    d'Ente``)? Then it names the variety, which English keeps."""
    return (before is not None and bool(group) and not group[0].capitalised
            and before.text.lower().removesuffix("s") in _PRODUCE_NOUNS)

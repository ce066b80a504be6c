"""Words of a sentence and what they say about its language, from the word lists alone.

A sentence is cut into words; each word gets a class from the lexicon
(:mod:`.language_lexicon`): a source grammar word that English lacks
(``selon``, ``du``), a source spelling of a name (``Pékin``), a word with
accents English does not spell that way (``ministère``), an English word, a
name, a loanword English uses (``coup d'état``)... No language identifier runs
here. URLs, e-mail addresses and paths are skipped: they are not prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from .language_german import (
    GERMAN_NOUN_LETTERS, dutch_body, dutch_compound_noun, german_adjective, german_article_before_noun, german_body, german_compound,
    german_office, german_person_noun, german_title, german_works,
)
from .language_abbreviations import abbreviation_vetoed
from .language_lexicon import APOSTROPHES, MEMO_SIZE, Lexicon, fold, has_diacritic, phrase_pattern
from .language_shapes import english_ordinal, hyphenated_institution, office_homograph, venue_name
# Word classes, from most to least telling.
EXO = "exonym"  # source spelling of a name English spells otherwise
ABBR = "abbreviation"  # source abbreviation English translates
ORD = "ordinal"  # source ordinal after digits (1er, 2e, 3º)
SRC = "source"  # word of the source lists that is not English
DIA = "accented"  # accented word English does not spell that way
UNK = "unknown"  # lower-case word in no list at all
WEAK = "weak"  # source word that is also English, or a single letter
EN = "english"
NAME = "name"  # part of a capitalised name English keeps
CAP = "capitalised"  # capitalised word inside a name that is a translatable title
ALLOW = "allowed"  # loanword, or a do-not-translate term
NUM = "number"

#: how much each class says "source language"; runs start and end on 0.5 or more
WEIGHT = {EXO: 1.0, ABBR: 0.8, ORD: 1.0, SRC: 1.0, DIA: 0.8, UNK: 0.5, WEAK: 0.3}
_LETTERS = r"[^\W\d_]"
_TOKEN = re.compile(
    rf"\d+(?:[.,]\d+)*(?:{_LETTERS}+)?"
    rf"|{_LETTERS}+(?:[-{APOSTROPHES}]{_LETTERS}+)*"
)
_NON_SPACE = re.compile(r"\S+")
_APOSTROPHE_ENDINGS = tuple(APOSTROPHES)
_SPACE_ONLY = re.compile(r"[ \t\N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}]*")

#: English words that never follow a source article as its noun (``selon the minister``)
ENGLISH_GRAMMAR_WORDS = frozenset(
    """the a an and or but nor so yet of to in on at by for from with as than that this these those
    after before about above across against along among around behind below beside between beyond
    despite down during except inside into near off onto out outside over past since through
    throughout toward towards under until unlike up upon via within without per
    however also too still even already again now thus therefore instead indeed perhaps
    it its he she they we you i his her their our my your him them us who whom whose which what
    is are was were be been being has have had do does did will would can could should may might
    must shall not no also very just only then there here when where while if because""".split()
)

_ORDINAL = re.compile(r"[1-9]\d?([^\W\d_]+)")  # "1er", "2e", "3º"; not "802.11a" or "4G"
#: a URL, an e-mail address, a path or a query parameter: not prose
_MACHINE = re.compile(
    r"://|@\w|\w[/\\=&_]\w|\?\w|www\.|[a-z0-9-]\.(?:com|org|net|gov|edu|info|io|co|uk|fr|de|es|it|pt|nl|eu)\b", re.I
)
_VOWEL_START = re.compile(r"[aeiouyhàâäéèêëîïôöùûüœæ]", re.I)


@dataclass(slots=True)
class Token:
    """A word or number of a sentence, with its class and the languages it points to."""

    start: int
    end: int
    text: str
    cls: str = EN
    languages: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()
    suggestion: str | None = None
    #: the exonym, abbreviation or term of the lexicon, or the institution's title, this token is part of
    phrase: str = ""

    @property
    def weight(self) -> float:
        return WEIGHT.get(self.cls, 0.0)

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_word(self) -> bool:
        return not self.text[:1].isdigit()


def tokenize(text: str, start: int, end: int, lexicon: Lexicon) -> list[Token]:
    """Words and numbers of ``text[start:end]``; elided articles (``l'``, ``dell'``) become their own token."""
    tokens: list[Token] = []
    # Tokens never hold white space, so each lies in one run of non-space characters, and the
    # tokens of the whole text are those of its runs; nor does a match of _MACHINE, so the text
    # has one only when one of its runs has.
    if _MACHINE.search(text, start, end) is None:
        _add_tokens(text, start, end, lexicon, tokens)
        return tokens
    for run in _NON_SPACE.finditer(text, start, end):
        if not _machine(run.group()):
            _add_tokens(text, run.start(), run.end(), lexicon, tokens)
    return tokens


@lru_cache(maxsize=65536)
def _machine(chunk: str) -> bool:
    """Is this run of non-space characters part of a URL, an e-mail address, a path or a parameter?"""
    return _MACHINE.search(chunk) is not None


def _add_tokens(text: str, start: int, end: int, lexicon: Lexicon, tokens: list[Token]) -> None:
    """Append the tokens of ``text[start:end]`` (a span without URLs or paths) to ``tokens``."""
    for match in _TOKEN.finditer(text, start, end):
        word = match.group()
        if "'" not in word and "\N{RIGHT SINGLE QUOTATION MARK}" not in word:
            tokens.append(Token(match.start(), match.end(), word))
            continue
        head, sep, rest = word.partition("'") if "'" in word else word.partition("\N{RIGHT SINGLE QUOTATION MARK}")
        if sep and rest and head.lower() in lexicon.elisions and not lexicon.kinds(word) and _VOWEL_START.match(rest) and (
                not _compound_name(text, start, match.start(), head, rest)):
            cut = match.start() + len(head) + 1
            tokens.append(Token(match.start(), cut, text[match.start():cut]))
            tokens.append(Token(cut, match.end(), rest))
        else:
            tokens.append(Token(match.start(), match.end(), word))


#: what ends a sentence or opens a quotation: a capitalised word right after it may be capitalised by position
_OPENERS = ".!?:;\"(\N{LEFT DOUBLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"


def _compound_name(text: str, start: int, at: int, head: str, rest: str) -> bool:
    """Is ``Presqu'île`` (a capitalised head of three letters or more, glued to a lower-case word) one word:
    a name in mid-sentence, whose part after the apostrophe is not judged alone? ``L'île``, ``Qu'il`` and a
    capitalised head at a sentence's or a quotation's start (``Jusqu'à demain``) are still split."""
    if len(head) < 3 or not head[:1].isupper() or not rest[:1].islower():
        return False
    before = text[start:at].rstrip()
    return bool(before) and before[-1] not in _OPENERS


#: what separates two words of one abbreviation written with stops
_INNER_STOPS = re.compile(r"\.")


def joined(text: str, left: Token, right: Token) -> bool:
    """True when only spaces separate two tokens (punctuation ends a run), or both belong to one listed
    phrase written with stops (``EE.UU.``)."""
    return (_SPACE_ONLY.fullmatch(text, left.end, right.start) is not None
            or (bool(left.phrase) and left.phrase == right.phrase and _INNER_STOPS.fullmatch(text, left.end, right.start)
                is not None))


def _mark_phrases(text: str, tokens: list[Token], pattern: re.Pattern[str] | None, cls: str, table=None) -> None:
    """Give ``cls`` to the tokens a phrase of ``pattern`` covers (exonyms, abbreviations, terms)."""
    if pattern is None or not tokens:
        return
    # one character past the last word: a phrase may end on a stop (``EE.UU.``)
    for match in pattern.finditer(text, tokens[0].start, tokens[-1].end + 1):
        if text[match.start() - 1:match.start()] == "-" or text[match.end():match.end() + 1] == "-":
            continue  # part of a hyphenated name (``Rhein-Neckar-Arena``), which English keeps whole
        covered = [t for t in tokens if match.start() <= t.start < match.end() and t.cls != ALLOW]
        for token in covered:
            token.cls, token.phrase = cls, match.group()
            if table is not None:
                token.languages = table[match.group()].languages
        if covered and table is not None:
            covered[0].suggestion = table[match.group()].english


#: words of a club's name before or after its city (``Rapid Wien``, ``Sevilla FC``, ``1860 München``,
#: ``Olimpia Milano``)
_CLUB_WORDS = frozenset("FC CF AC SC SSC SV VfB VfL TSV Rapid Austria Bayern Real Atlético Atletico Sporting Dynamo "
                        "Dinamo Lokomotiv Hertha Fortuna Borussia Union Inter Olympique Racing Stade Deportivo Athletic "
                        "Sparta Slavia 1860 1899 1909 Calcio Olimpia Virtus Hellas Sampdoria".split())
#: club words that name other things too (``European Union``, ``Inter Milan`` aside): no football cue by themselves
_CLUB_WORDS_NOT_CUES = frozenset("Union Austria Inter Racing Athletic Rapid Fortuna Stade Dynamo Dinamo Virtus Olimpia".split())
#: a fixture's verb right before a city that names its club (``Real Madrid travel to Sevilla``) ...
_FIXTURE_BEFORE = re.compile(r"(?:\b(?:travel|travels|travelled|traveled)\s+to|\b(?:host|hosts|hosted|face|faces|faced|beat|beats|"
                             r"against|visit|visits|visited|play|plays|played|lost\s+to|lose\s+to|draw\s+with|drew\s+with|"
                             r"battle|battles|battled|meet|meets|edged|thrashed|defeated|(?:win|victory|defeat|draw)\s+(?:over|against|at|to)|"
                             r"v|vs)\.?)\s+\Z")
#: ... or right after it (``Napoli beat Juventus``, ``Torino drew with Genoa``) ...
_FIXTURE_AFTER = re.compile(r"[ \t\N{NO-BREAK SPACE}]+(?:beat|beats|host|hosts|hosted|face|faces|faced|visit|visits|visited|"
                            r"play|plays|played|lost|lose|drew|draw|won|win|edged|thrashed|battle|battles|battled|meet|"
                            r"meets|equalised|equalized|equalise|equalize|equalises|equalizes|scored|scores|conceded|concedes|led|leads|"
                            r"trailed|trail|trails|pressed|attacked|defended|hit\s+the\s+(?:post|crossbar|bar|woodwork|upright)|"
                            r"v|vs)\b")
#: ... in a sentence about football
_FOOTBALL = re.compile(r"\b(?:league|match|derby|goals?|kick-off|Liga|LaLiga|Serie\s+[AB]|Bundesliga|fixture|striker|coach|"
                       r"points|champions|relegation|home\s+side|visitors|top\s+flight|(?:first|second)\s+half|half-time|"
                       r"play-offs?|Eredivisie|Eerste\s+Divisie|(?:Champions|Europa|Conference|Nations)\s+League|"
                       r"group\s+stage|(?:home|away)\s+(?:game|win|defeat|draw)|crossbar|woodwork|free\s+kick|penalty|goalkeepers?|"
                       r"equali[sz]er|stoppage\s+time|injury\s+time|corner\s+kick)\b")
#: a club's initials before its city (``ADO Den Haag``, ``KAA Gent``), in a sentence about football
_CLUB_INITIALS = re.compile(r"[A-Z]{2,4}")
#: what follows a city's spelling that names its club in any sentence: the club's people (``Napoli coach``,
#: ``Torino's fans``; not ``side`` or ``president``, which a region has too), its match, or a score (``Napoli 2-1``)
_CLUB_AFTER = re.compile(r"(?:['\N{RIGHT SINGLE QUOTATION MARK}]s)?[ \t\N{NO-BREAK SPACE}]+(?:coach|coaches|manager|"
                         r"fans|supporters|ultras|players?|striker|midfielder|defender|goalkeeper|keeper|forward|winger|"
                         r"captain|squad"
                         # a fixture named by the club it is played against (``sold for the Torino match``)
                         r"|match|game|fixture|clash|derby)\b"
                         r"|[ \t\N{NO-BREAK SPACE}]+\d{1,2}[-\N{EN DASH}]\d{1,2}\b")
#: a capitalised word right before a fixture's verb: a club, its subject
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w\N{RIGHT SINGLE QUOTATION MARK}'-]*[ \t\N{NO-BREAK SPACE}]+\Z")
#: a year right after a city's spelling: an event or a club named so (``Torino 2006``, the Winter Olympics)
_YEAR_AFTER = re.compile(r"[ \t\N{NO-BREAK SPACE}]+(?:18|19|20)\d\d\b")


def _veto_club_names(text: str, tokens: list[Token]) -> None:
    """``Rapid Wien``, ``Sevilla FC``, ``Real Madrid travel to Sevilla``, ``Napoli coach``, ``ADO Den Haag``
    in a match report, ``Torino 2006``: a city's own spelling names its club or an event, which English keeps;
    every word of the spelling with it."""
    football = other_club = None
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.cls != EXO:
            index += 1
            continue
        last = index  # the spelling's last token (``Den Haag`` is two)
        while last + 1 < len(tokens) and tokens[last + 1].cls == EXO and tokens[last + 1].phrase == token.phrase:
            last += 1
        before = tokens[index - 1].text if index > 0 else ""
        after = tokens[last + 1].text if last + 1 < len(tokens) else ""
        end = token.start + len(token.phrase)  # a possessive is no part of the spelling
        club = (before in _CLUB_WORDS or after in _CLUB_WORDS or _CLUB_AFTER.match(text, end) is not None
                or _YEAR_AFTER.match(text, end) is not None)
        if not club:
            if football is None:
                football = bool(_FOOTBALL.search(text, tokens[0].start, tokens[-1].end))
                # another club of the sentence (``Real Madrid travel to Sevilla, while Atlético host Real Sociedad``)
                other_club = any(
                    tokens[at].text in _CLUB_WORDS and tokens[at].text not in _CLUB_WORDS_NOT_CUES
                    and tokens[at + 1].capitalised and joined(text, tokens[at], tokens[at + 1])
                    for at in range(len(tokens) - 1))
            fixture = _FIXTURE_BEFORE.search(text, max(tokens[0].start, token.start - 24), token.start)
            fixture_after = _FIXTURE_AFTER.match(text, end) is not None
            club = football and (fixture is not None or fixture_after
                                 or (_CLUB_INITIALS.fullmatch(before) is not None and joined(text, tokens[index - 1], token)))
            # with no match's cue but another club, a club plays the fixture: the word before its verb is a
            # name (``Real Madrid travel to Sevilla``, not ``fans will travel to Sevilla``)
            club = club or other_club and (fixture_after or fixture is not None and _CAPITALISED_BEFORE.search(
                text, max(tokens[0].start, fixture.start() - 40), fixture.start()) is not None)
        if club:
            for member in tokens[index:last + 1]:
                member.cls, member.suggestion = EN, None
        index = last + 1


def _veto_longer_names(text: str, tokens: list[Token], lexicon: Lexicon) -> None:
    """``Milano Centrale``, ``Venezia Santa Lucia``, ``Den Haag Centraal``: a city's own spelling that opens a
    longer name, its next word a capitalised one of no word list and no English word, is part of that name (a
    station's, a resort's), which English keeps whole."""
    first = 0  # the first token of the spelling that ends at each token (``Den Haag`` is two)
    for index, token in enumerate(tokens[:-1]):
        if token.cls != EXO:
            continue
        if index == 0 or tokens[index - 1].cls != EXO or tokens[index - 1].phrase != token.phrase:
            first = index
        following = tokens[index + 1]
        if following.cls == EXO and following.phrase == token.phrase:
            continue  # the spelling goes on
        if (following.capitalised and not following.text.isupper() and following.cls != EXO
                and joined(text, token, following)
                and not lexicon.kinds(following.text) and not lexicon.is_english(following.text)):
            for member in tokens[first:index + 1]:
                member.cls, member.suggestion = EN, None


def _veto_abbreviations(text: str, tokens: list[Token], lexicon: Lexicon) -> None:
    """``solar PV panels``: a word of the entry's English context nearby makes it English, and so does the
    want of the word the entry needs before it (``UBS said``: the bank, not ``the UBS``); ``at 3 pm``: a
    lower-case abbreviation after a number is a time or a unit (not ``30 bzw. 60``, between two numbers); and
    ``the regional health agency (ARS)``: an abbreviation the text explains in English is kept on purpose."""
    for index, token in enumerate(tokens):
        if token.cls != ABBR:
            continue
        entry = lexicon.abbreviations[token.phrase]
        if abbreviation_vetoed(text, tokens, index, entry, lexicon):
            token.cls, token.suggestion = EN, None
            continue
        if token.text.islower() and index > 0 and tokens[index - 1].text[:1].isdigit() and not (
                token.phrase.endswith(".") and _BEFORE_NUMBER.match(text, token.end)):
            # a unit, unless a word with a stop joins two numbers (``30 bzw. 60``, where the sentence may
            # seem to end; ``by 5 pm 200 people`` is a time). The quantities a number must come before (``14
            # Mio.``, the ``#`` rows) are all capitalised, so this never turns one of them English
            token.cls, token.suggestion = EN, None
            continue
        if entry.after and (index == 0 or not _fits_after(tokens[index - 1], entry.after)
                            or not joined(text, tokens[index - 1], token)):
            # "UBS said", "at Barclays and UBS": the bank; "available at the UBS": the health post; "Mio said":
            # a name, where "14 Mio. euros" is the German for million
            token.cls, token.suggestion = EN, None
            continue
        context = entry.english_context
        near = tokens[max(0, index - 3):index + 4]
        if any(t.text in context or t.text.lower() in context for t in near if t.phrase != token.phrase) or \
                _glossed(text, token.phrase):
            token.cls, token.suggestion = EN, None


#: what the ``after`` column of source_abbreviations.tsv writes for "a number" (``14 Mio. euros``)
NUMBER_BEFORE = "#"


def _fits_after(before: Token, after: frozenset[str]) -> bool:
    """Is ``before`` one of the words an abbreviation needs right before it, or a number where it needs one?"""
    return before.text.lower() in after or (NUMBER_BEFORE in after and before.text[:1].isdigit())


#: an abbreviation's stop and a number after it
_BEFORE_NUMBER = re.compile(r"\.?[ \t\N{NO-BREAK SPACE}]+\d")


def _glossed(text: str, abbreviation: str) -> bool:
    """Does ``text`` explain ``abbreviation`` in English: ``agency (ARS)`` or ``ARS (the health agency)``?"""
    escaped = re.escape(abbreviation)
    return re.search(rf"[a-z]{{3,}}\)?\s*\(\s*{escaped}\s*[),]|(?<!\w){escaped}\s*\(\s*(?:the\s+)?[a-z]{{3,}}", text) is not None


def _mark_loanwords(tokens: list[Token], lexicon: Lexicon) -> None:
    # a possessive ends a loanword or a kept name as English writes it: "Deutsche Bahn's trains"
    folded = [_without_possessive(fold(t.text)) for t in tokens]
    starts = lexicon.loanword_starts
    # without an elided article, joining elisions changes no run of words
    elided = any(word.endswith("'") for word in folded)
    index = 0
    while index < len(tokens):
        if folded[index] not in starts:
            index += 1  # no loanword starts with this word: skip the lookups of every length
            continue
        for size in range(min(lexicon.longest_loanword, len(tokens) - index), 0, -1):
            if tuple(folded[index:index + size]) in lexicon.loanwords or (
                    elided and _elided_loanword(folded, index, size, lexicon)):
                for token in tokens[index:index + size]:
                    token.cls = ALLOW
                index += size
                break
        else:
            index += 1


def _without_possessive(word: str) -> str:
    return word[:-2] if word.endswith("'s") and len(word) > 3 else word


def _elided_loanword(folded: list[str], index: int, size: int, lexicon: Lexicon) -> bool:
    """Loanwords are stored as written (``coup d'etat``); tokens split the elision (``d'`` ``etat``)."""
    words: list[str] = []
    for word in folded[index:index + size]:
        if words and words[-1].endswith("'"):
            words[-1] += word
        else:
            words.append(word)
    return len(words) < size and tuple(words) in lexicon.loanwords


def _mark_names(text: str, tokens: list[Token], lexicon: Lexicon) -> None:
    """Capitalised sequences joined by particles are names English keeps, unless they hold an
    institution head (``Ministère de l'Intérieur``) or a source spelling (``Pékin``). A comma
    ends a name (``the Oberbürgermeister, Martin Horn``)."""
    index = 0
    while index < len(tokens):
        token = tokens[index]
        leading_particle = (
            fold(token.text) in lexicon.name_leaders and not token.capitalised and index + 1 < len(tokens)
            and tokens[index + 1].capitalised and (index == 0 or tokens[index - 1].cls in (EN, NAME))
        )
        if not (token.capitalised or leading_particle) or token.cls in (ALLOW, EXO, ABBR):
            index += 1
            continue
        end = index + 1
        while end < len(tokens):
            if (tokens[end].capitalised and tokens[end].cls != ABBR and "," not in text[tokens[end - 1].end:tokens[end].start]
                    and not _possessive_before_german_noun(tokens[end - 1], tokens[end], lexicon)
                    and not german_office(tokens[end - 1].text, lexicon)
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
                              or _conjunction_before_english(tokens, 0)):
                # "Gendarmerie officers said": a noun, judged like any lone word; "Como will continue":
                # a conjunction or adverb of a source language (not a preposition: "Selon the agency")
                # capitalised before English is a name (a town, a club)
                group, first = [token], 0
        before = tokens[index - 1] if index > 0 else None
        after_article = before is not None and before.cls in (SRC, WEAK) and bool(
            before.kinds & {"articles", "prepositions"}) and before.text.lower() not in ENGLISH_GRAMMAR_WORDS
        if len(group) == 1 and group[0].cls != EXO:
            _mark_lone_word(text, tokens, first, lexicon)
        elif group and group[-1].capitalised:
            if not _translatable_title(group, lexicon, after_article) or _place_after_preposition(text, group, lexicon):
                for member in group:
                    member.cls = NAME
            else:
                _mark_title_head(group, lexicon)
        index = end


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
    if _qualified_institution(group, lexicon):
        return False  # "in Audiencia Provincial": a head and its qualifiers make a title, not a town
    heads = [t for t in group if "institutions" in t.kinds]
    # the head is the name's only source word: the town is named after a common thing (``Lobos``), where a
    # body's title names its field in the source language too (``of Ministère de l'Intérieur``)
    others = [t for t in group if t not in heads and fold(t.text) not in lexicon.name_particles]
    if len(heads) != 1 or any(t.kinds or t.text.endswith(_APOSTROPHE_ENDINGS) for t in others):
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


def _mark_title_head(group: Sequence[Token], lexicon: Lexicon) -> None:
    """Make the head of a translatable title a source word when only the title shows it is one: a German
    body's name in no list (``Landratsamt`` Augsburg), or an institution's head English spells too
    (``Camera`` di Commercio), which would otherwise be left out of the span."""
    head = group[0]
    if _qualified_institution(group, lexicon):
        _one_title(group)
    elif len(group) > 1 and german_title(head.text, group[1].text, lexicon):
        # the adjective and the office make one German item, as a qualified institution does
        head.cls, head.languages, head.kinds = SRC, frozenset({"de"}), frozenset({"common"})
        _one_title(group[:2])
    elif head.cls == CAP and len(group) > 1 and german_body(head.text, lexicon):
        head.cls, head.languages, head.kinds = SRC, frozenset({"de"}), frozenset({"institutions"})
    elif head.cls == WEAK and head.capitalised and _english_spelled_head(group, lexicon):
        head.cls = SRC


#: qualifiers of an institution's title that the Romance source languages spell as English does
#: (``Audiencia Provincial``, ``Defesa Civil``, ``Collège provincial``, ``Musée national``), or with the final
#: ``-e`` of Italian and French (``Protezione Civile``), in lower case
INSTITUTION_QUALIFIERS = frozenset(
    "provincial civil federal regional municipal central general superior territorial local penal criminal electoral "
    "fiscal judicial national civile federale regionale municipale centrale generale territoriale locale penale "
    # the flying squad of the Italian police (``Squadra Mobile``); Portuguese "general" (``Inspeção Geral``)
    "elettorale nationale nazionale nacional mobile geral".split()
)


def _one_title(title: Sequence[Token]) -> None:
    """Make an institution's head and its qualifiers one item of the head's language: "Defesa Civil" is one
    title, which a language identifier, shown two words that Italian or English could write, is no judge of;
    and a gloss after it (``the Collège provincial, the province's executive body``) follows the whole title."""
    head = title[0]
    text = " ".join(t.text for t in title)
    head.phrase = text
    for qualifier in title[1:]:
        qualifier.cls, qualifier.languages, qualifier.kinds, qualifier.phrase = SRC, head.languages, head.kinds, text


def _qualified_institution(group: Sequence[Token], lexicon: Lexicon) -> bool:
    """Is the name an institution's head of a source language that English lacks, followed only by qualifiers
    English spells alike (``Audiencia Provincial``, ``Defesa Civil``)? The head alone shows it is no name."""
    head = group[0]
    return (len(group) > 1 and head.cls == SRC and "institutions" in head.kinds and not lexicon.is_english(head.text)
            and all(t.text.lower() in INSTITUTION_QUALIFIERS for t in group[1:]))


def _english_spelled_head(group: Sequence[Token], lexicon: Lexicon) -> bool:
    """Does the name start with an institution's head that is an English word too (``Camera``, ``Union``) and
    hold a source noun English lacks (``Camera di Commercio``)? Then the head is the source word."""
    head = group[0]
    return ("institutions" in head.kinds and lexicon.is_english(head.text)
            and any(t.cls == SRC and t.capitalised and t.kinds & {"common", "institutions"} for t in group[1:]))


def _name_particle(tokens: list[Token], index: int, lexicon: Lexicon) -> bool:
    """A particle inside a name (``de``, ``van der``, ``sul``); a capitalised one only before another capitalised
    word, since it may end the name (``Rio Grande do Sul in``)."""
    token = tokens[index]
    return fold(token.text) in lexicon.name_particles and (
        not token.capitalised or (index + 1 < len(tokens) and tokens[index + 1].capitalised))


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
    return (word in _NAME_JOINERS and following.capitalised and following.cls == CAP
            and index > 0 and tokens[index - 1].capitalised and tokens[index - 1].cls in (CAP, WEAK))


#: English words that open a clause's subject: a source adverb before one starts the clause (``Trotzdem
#: the home side``), where a name is followed by its verb (``Como will``)
_SUBJECT_OPENERS = frozenset("the a an this that these those his her its our their my your we they he she it i you "
                             "there some many most all both each every no".split())


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


def _conjunction_before_english(tokens: list[Token], index: int) -> bool:
    """Is the token at ``index`` a source conjunction or adverb (no preposition, no article) before an
    English word or a number (``Como will``, ``Como 1907``), but not before the subject of a clause it
    opens (``Trotzdem the team``)? A word that is English and a source word too counts from four
    letters (``will``, not ``des``)."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return (tokens[index].kinds == {"function"} and following is not None
            and following.text.lower() not in _SUBJECT_OPENERS
            and (following.cls in (EN, NUM) or (following.cls == WEAK and len(following.text) > 3)))


#: a lower-case English word mid-sentence before a town's or a club's name (``the match against Como``)
_FIXTURE_WORDS = frozenset("against at in to from beat beats play plays played visit visits visited host hosts hosted "
                           "face faces faced near".split())


def _after_fixture_word(text: str, tokens: list[Token], index: int) -> bool:
    """Is a capitalised source conjunction or adverb alone right after a lower-case English preposition or a
    fixture's verb (``the opening match against Como in two weeks``)? Mid-sentence, it is a town or a club."""
    return (tokens[index].kinds == {"function"} and index > 0 and tokens[index - 1].text in _FIXTURE_WORDS
            and joined(text, tokens[index - 1], tokens[index]))


#: English nouns of natural features that British English writes in lower case before the feature's name (``the
#: river Este``, ``the rivers Douro and Tâmega``); capitalised, the noun is part of the name already (``the River Este``)
_FEATURE_NOUNS = frozenset("river rivers lake lakes mount island islands isle bay cape gulf canal creek stream brook "
                           "glacier lagoon estuary strait".split())


def _names_feature(text: str, tokens: list[Token], index: int) -> bool:
    """Does a lower-case noun of a natural feature come right before the capitalised word at ``index``
    (``the river Este``)? The word is the feature's name, whatever source word it also spells."""
    if index == 0:
        return False
    before = tokens[index - 1]
    return before.text in _FEATURE_NOUNS and joined(text, before, tokens[index])


def _mark_lone_word(text: str, tokens: list[Token], index: int, lexicon: Lexicon) -> None:
    """A capitalised word alone: a source word among source words, the noun of a source
    article, a capitalised article before lower-case words, or else a name."""
    token = tokens[index]
    if _names_feature(text, tokens, index):
        token.cls = NAME  # "the river Este": a river's name, not the Portuguese "este" (east, this)
        return
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    after_the = index > 0 and tokens[index - 1].text == "the"  # "along the Seine": English names it
    if (token.kinds & {"articles", "prepositions", "function"} and following is not None
            and not following.capitalised and joined(text, token, following)
            and not _conjunction_before_english(tokens, index) and not after_the
            and not _after_fixture_word(text, tokens, index)
            and not _ends_list_of_names(text, tokens, index)):
        return  # "Les reportages télévisés": a capitalised article is no name by itself ("La." is Louisiana,
        # "according to Della, does" a surname)
    if _source_noun(tokens, index, lexicon):
        return  # "am vergangenen Dienstag", "Assemblée nationale": stays a source word
    before = tokens[index - 1] if index > 0 else None
    if before is not None and before.cls == SRC and "articles" in before.kinds:
        token.cls = CAP  # "des Unternehmens", "la Provence": the article's noun
    elif before is not None and joined(text, before, token) and _german_article_noun(before, token, lexicon):
        before.cls, token.cls = SRC, CAP  # "[die Verbraucher]": English "die" is never lower-case before a noun
    elif following is not None and following.text in _PLACE_NOUNS | _PLACE_PLURALS and joined(text, token, following):
        token.cls = NAME  # "the new Liberdade station", "the San Blas and Universidad districts": a place's name
    elif _NAMES_THEN_PLACE_PLURAL.match(text, token.end) is not None:
        token.cls = NAME  # "the Universidad and San Blas districts": the first of a list of places' names
    elif _named_place(text, tokens, index):
        token.cls = NAME  # "a square in Liberdade", where the text has "the Liberdade neighbourhood" too
    elif _german_noun(token, lexicon):
        return  # "the Oberbürgermeister": a German noun of the news lists, never a name by itself
    elif _works_as_common_noun(text, tokens, index, lexicon):
        # "the Studentenwerk has": a German works or welfare body as a common noun, which English translates
        token.cls, token.languages, token.kinds = SRC, frozenset({"de"}), frozenset({"common"})
    elif _source_day(tokens, index):
        return  # "on Samstag afternoon": a source weekday or month where English dates
    elif token.cls == SRC and token.text.lower() in lexicon.noun_homographs:
        return  # "the Intendant of the theatre": a source noun where a noun stands, not a name
    elif _office_after_the(tokens, index, lexicon):
        # "according to the Procura", "the Mairie of Lyon": a source office, which English translates
        if following is not None and following.text in INSTITUTION_QUALIFIERS and joined(text, token, following):
            _one_title((token, following))  # "the Collège provincial"
    else:
        token.cls = NAME


def _works_as_common_noun(text: str, tokens: list[Token], index: int, lexicon: Lexicon) -> bool:
    """Is the capitalised word a German works' compound (``Studentenwerk``, ``Klärwerk``) used as a common noun:
    after a determiner, and before punctuation, the sentence's end, a word that follows a noun or a verb in the past
    (``the Studentenwerk has``, ``the Klärwerk reached``)? A company bears the same ending, but English names it
    without an article (``Hoferwerk is``) or puts it before the noun it qualifies (``the Hoferwerk plant``)."""
    token = tokens[index]
    if index == 0 or tokens[index - 1].text.lower() not in _DETERMINERS or not german_works(token.text, lexicon):
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return (following is None or not joined(text, token, following) or following.text.lower() in _AFTER_NOUN
            or (following.text.islower() and following.text.endswith("ed")))


#: English conjunctions that join the last item of a list to the others
_LIST_CONJUNCTIONS = frozenset({"and", "or"})


def _ends_list_of_names(text: str, tokens: list[Token], index: int) -> bool:
    """Is the capitalised word at ``index`` the last of a list of names (``the islands of Molène, Ouessant and
    Sein``), after English "and" or "or" and a name before it with a comma or nothing between? A source
    article or pronoun capitalised there is a place's or a person's name, not the start of source text."""
    if index < 2 or tokens[index - 1].text not in _LIST_CONJUNCTIONS:
        return False
    named = tokens[index - 2]
    return named.cls == NAME and named.capitalised and "," not in text[named.end:tokens[index - 1].start]


#: heads of the institution lists that English writers also use alone for one building (Cannes's "the Palais")
_BUILDINGS_NAMED_ALONE = frozenset({"Palais"})


def _office_after_the(tokens: list[Token], index: int, lexicon: Lexicon) -> bool:
    """Is the capitalised word alone an institution's head of a source language that English lacks, right
    after English "the" (``according to the Procura,``, ``the Mairie of Lyon``)? A name after "the" is a
    river or a region's (``along the Seine``); an office is a common noun English translates."""
    token = tokens[index]
    return ("institutions" in token.kinds and not lexicon.is_english(token.text) and index > 0
            and tokens[index - 1].text.lower() == "the" and token.text not in _BUILDINGS_NAMED_ALONE)


#: English words that date what follows them: a capitalised source weekday or month there is no name
_DATING_WORDS = frozenset("on last next this until till by from every since before after".split())


def _source_day(tokens: list[Token], index: int) -> bool:
    """Is a capitalised weekday or month of a source language dated by the English word before it
    (``on Samstag``, ``until Dezember``)?"""
    token = tokens[index]
    return (token.cls == SRC and "dates" in token.kinds and index > 0
            and tokens[index - 1].text.lower() in _DATING_WORDS)


#: the source words for "per cent" that are one word
PERCENT_WORDS = frozenset({"prozent", "procent", "percento"})
def _german_noun(token: Token, lexicon: Lexicon) -> bool:
    """A capitalised word of one source language's news lists (``Betriebsrat``, ``Ayuntamiento``), long,
    and no English word; or a long German compound by its ending (``Landesbauernverband``)."""
    if len(token.text) < GERMAN_NOUN_LETTERS or lexicon.is_english(token.text):
        return False
    if german_adjective(token.text) and not german_compound(token.text, lexicon):
        return False  # "Leipziger": an adjective that starts a name; "Quereinsteiger" only ends like one
    if token.cls == SRC:
        # "the Betriebsrat", "the Ayuntamiento": a long news noun of one source language, never a name by itself
        return len(token.languages) == 1 and bool(token.kinds & {"common", "institutions"})
    if token.cls in (CAP, NAME) and german_compound(token.text, lexicon):
        token.cls, token.languages, token.kinds = SRC, frozenset({"de"}), frozenset({"common"})
        return True
    if token.cls in (CAP, NAME) and dutch_body(token.text, lexicon):
        # "the Onderwijsinspectie": Dutch compounds its bodies' names as German does
        token.cls, token.languages, token.kinds = SRC, frozenset({"nl"}), frozenset({"institutions"})
        return True
    return False


def _german_article_noun(article: Token, noun: Token, lexicon: Lexicon) -> bool:
    """:func:`german_article_before_noun` on tokens."""
    return article.cls == WEAK and german_article_before_noun(article.text, noun.text, lexicon)


def _source_noun(tokens: list[Token], index: int, lexicon: Lexicon) -> bool:
    """Is a lone capitalised word a source noun (German capitalises them) next to source words?"""
    token = tokens[index]
    if token.cls != SRC or not token.kinds & {"common", "institutions", "dates"}:
        return False
    neighbours = tokens[max(0, index - 1):index] + tokens[index + 1:index + 2]
    # an English grammar word beside it ("in Guarda and") is no source word: the capital makes a place
    return any(t.cls in (SRC, DIA, UNK, ORD, EXO) or (t.cls == WEAK and t.kinds and t.text.lower() not in ENGLISH_GRAMMAR_WORDS)
               for t in neighbours)


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
    if token.text.lower() in _OPENING_DETERMINERS:
        return True  # "Their Kreisläufer Ole Stange": an English determiner, capitalised by its position only
    return bool(kinds) and "articles" not in kinds


#: English nouns of places that a name comes before (``Liberdade station``, ``Ayuntamiento square``)
_PLACE_NOUNS = frozenset(
    "station stations square street avenue bridge park district neighbourhood neighborhood quarter stadium hall "
    "market airport church cathedral beach river valley tunnel metro line stop campus".split()
)
#: the plurals of the place nouns, after a list of names (``the San Blas and Universidad districts``)
_PLACE_PLURALS = frozenset(
    "stations squares streets avenues bridges parks districts neighbourhoods neighborhoods quarters stadiums halls "
    "markets airports churches cathedrals beaches rivers valleys tunnels lines stops campuses".split()
)
#: a place noun right after a word (``Liberdade neighbourhood``, ``Universidad districts``)
_PLACE_NOUN_AFTER = re.compile(rf"[ \t\N{{NO-BREAK SPACE}}]+(?:{'|'.join(sorted(_PLACE_NOUNS | _PLACE_PLURALS))})\b")
#: the rest of a list of capitalised names that ends on a plural place noun, after the list's first name
#: (``Universidad`` and San Blas districts, ``Centro``, Norte and Sur neighbourhoods)
_NAMES_THEN_PLACE_PLURAL = re.compile(
    r"(?:(?:,[ \t\N{NO-BREAK SPACE}]*|,?[ \t\N{NO-BREAK SPACE}]+(?:and|or|&)[ \t\N{NO-BREAK SPACE}]+)"
    r"[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*"
    r"(?:[ \t\N{NO-BREAK SPACE}]+[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*){0,2}){1,4}"
    rf"[ \t\N{{NO-BREAK SPACE}}]+(?:{'|'.join(sorted(_PLACE_PLURALS))})\b")


#: a bare English preposition that only a place follows without an article (``a square in Liberdade``); not
#: ``of`` or ``to``, which an office follows so too (``the post of Bürgermeister``, ``elected to Senado``)
_PLACE_ONLY_PREPOSITION_BEFORE = re.compile(
    r"(?<![\w-])(?:in|near|around|outside|from|across|through)[ \t\N{NO-BREAK SPACE}]+\Z", re.IGNORECASE)


def _named_place(text: str, tokens: list[Token], index: int) -> bool:
    """Is the capitalised source word alone a place's name: right after a bare English preposition of place
    (``a square in Liberdade``: English puts an article before a common noun, not before a neighbourhood's
    name), or before a place noun elsewhere in the text (``the Liberdade neighbourhood``) where no determiner
    makes it a noun (``the Ayuntamiento`` stays the council)? A weekday or a month (``from Dezember``) and a
    body (``in Prefeitura``) are no place. Any other capitalised word alone is a name already."""
    token = tokens[index]
    if token.cls != SRC or token.kinds & {"dates", "institutions"}:
        return False
    if _PLACE_ONLY_PREPOSITION_BEFORE.search(text, max(0, token.start - 12), token.start) is not None:
        return True
    if index > 0 and tokens[index - 1].text.lower() in _DETERMINERS:
        return False
    word = re.escape(token.text)
    return any(_PLACE_NOUN_AFTER.match(text, found.end())
               for found in re.finditer(rf"(?<![\w'\N{{RIGHT SINGLE QUOTATION MARK}}-]){word}(?![\w-])", text))


#: words that open the name of a street, a square or a station, which keeps a place's source spelling
#: (``Piazza Venezia``, ``Rue de Londres``, ``Moskauer Straße`` aside)
_STREET_HEADS = frozenset(
    "Piazza Piazzale Via Viale Corso Largo Porta Ponte Stazione Plaza Calle Paseo Avenida Estación Puerta Place Rue "
    "Avenue Boulevard Quai Pont Porte Gare Praça Rua Largo Estação Platz Straße Strasse Allee Tor Bahnhof Plein Straat "
    "Gracht Laan Station".split()
)


def _street_names(text: str, tokens: list[Token], lexicon: Lexicon) -> None:
    """The capitalised words right after a street's or a square's head, or after the head and a
    particle (``Piazza Venezia``, ``Rue de Londres``, ``Via dell'Abbondanza``), are that street's
    name, which English keeps, source spellings and particles included."""
    for index, token in enumerate(tokens):
        if token.text not in _STREET_HEADS or index + 1 >= len(tokens):
            continue
        end = index + 1
        # a date may name the street (``Calle 31 de Agosto``, ``Rua 25 de Abril``)
        while end < len(tokens) and (fold(tokens[end].text) in lexicon.name_particles
                                     or _elided_particle(tokens[end].text, lexicon)
                                     or (end == index + 1 and tokens[end].text.isdigit())):
            end += 1
        if end >= len(tokens) or not tokens[end].capitalised or not all(
                joined(text, tokens[k], tokens[k + 1]) for k in range(index, end)):
            continue
        for member in tokens[index:end + 1]:
            member.cls = NAME


def _elided_particle(word: str, lexicon: Lexicon) -> bool:
    """``dell'`` or ``de l'``: a particle elided before the name's first word."""
    head = fold(word).rstrip("'")
    return word[-1:] in "'\N{RIGHT SINGLE QUOTATION MARK}" and (head in lexicon.name_particles or head in _ELIDED_PARTICLES)


#: particles that elide before a vowel and are no particle of the word lists by themselves
_ELIDED_PARTICLES = frozenset({"dell", "dall", "nell", "sull", "all", "l", "d"})


def _translatable_title(group: Sequence[Token], lexicon: Lexicon, after_article: bool) -> bool:
    """A name that holds an institution head or a source spelling, or a source noun right after
    a source article (``die Mitarbeiter des Unternehmens``), is source text, not a name."""
    if venue_name([t.text for t in group], lexicon):
        return False  # "Palais des Sports": a venue's name, which English keeps
    if any(t.cls == EXO for t in group) and not any(
        t.cls != EXO and t.capitalised and not t.kinds and not lexicon.is_english(t.text) for t in group
    ):
        return True  # "Pékin"; but "Piazza di Spagna", "Albert Londres" are names
    if len(group) > 1 and german_body(group[0].text, lexicon):
        return True  # "Landgericht Augsburg": a German court's name, which English translates
    if len(group) > 1 and german_title(group[0].text, group[1].text, lexicon):
        return True  # "Ärztlicher Direktor": a German job title, whatever name follows it
    if _qualified_institution(group, lexicon):
        return True  # "Audiencia Provincial": the qualifier is English, the head is not
    # a particle or a second source word, capitalised in the name (``Ministério Público``): not "Banco IXE"
    linked = len([t for t in group if t.kinds or lexicon.kinds(t.text.lower())]) > 1
    if linked and _english_spelled_head(group, lexicon):
        return True  # "Camera di Commercio": "camera" is English, "Commercio" is not
    return any(
        ("institutions" in t.kinds and not lexicon.is_english(t.text) and linked)
        or (after_article and t.cls == SRC and t.kinds & {"common", "dates"})
        for t in group
    )


def _classify(token: Token, following: Token | None, lexicon: Lexicon) -> None:
    """Class a token that nothing has classed yet, from the word lists."""
    word = token.text
    if word.endswith(_APOSTROPHE_ENDINGS):  # elided article: telling when the next word is not English
        token.cls = SRC if following is not None and not lexicon.is_english(following.text) else WEAK
        token.languages = lexicon.elisions.get(word[:-1].lower(), frozenset())
        token.kinds = frozenset({"articles"})
        return
    classes = lexicon.memo.classes
    found = classes.get(word)
    if found is None:  # any other word's class depends on the word alone: judge each once
        if len(classes) >= MEMO_SIZE:
            classes.clear()
        found = classes[word] = _word_class(word, lexicon)
    token.cls, languages, kinds = found
    if languages is not None:
        token.languages = languages
    if kinds is not None:
        token.kinds = kinds


def _word_class(word: str, lexicon: Lexicon) -> tuple[str, frozenset[str] | None, frozenset[str] | None]:
    """The class of a word from the word lists, and the languages and kinds to give its token
    (None: leave the token's own, which a vetoed abbreviation keeps)."""
    if word[:1].isdigit():
        if english_ordinal(word):
            return NUM, frozenset(), None  # "22nd": English, though French writes "2nd" too
        ordinal = _ORDINAL.fullmatch(word)
        suffix = ordinal.group(1) if ordinal else ""
        return ORD if suffix in lexicon.ordinals else NUM, lexicon.ordinals.get(suffix, frozenset()), None
    if word.isupper() and len(word) > 1:
        return EN, None, None  # an acronym (UN, EU, SNCF): English keeps them; source ones are in the abbreviation list
    kinds = lexicon.kinds(word)
    if kinds:
        single_letter = len(word) == 1 and word.isascii()
        return WEAK if single_letter or lexicon.is_english(word) else SRC, lexicon.languages_of(word), frozenset(kinds)
    if word[:1].isupper() and not word.isupper():
        institution = hyphenated_institution(word, lexicon)
        if institution:  # "Direção-Geral": a source title's head with its qualifier
            return SRC, institution, frozenset({"institutions"})
        return CAP, None, None
    if lexicon.is_english_spelling(word):
        return EN, None, None
    if dutch_compound_noun(word, lexicon):
        # "the arbeidsauditeur": a Dutch office by its compound's head, a source noun as sure as a listed one
        return SRC, frozenset({"nl"}), frozenset({"common"})
    prefixed = lexicon.hyphenated_source_noun(word)
    if prefixed:
        return SRC, prefixed, frozenset({"common"})  # "the vice-procureur": a listed source office with a prefix
    return DIA if has_diacritic(word) else UNK, None, None


#: English words that make the next word a noun: an article, a demonstrative, a possessive
_DETERMINERS = frozenset("the a an this that these those next last its their his her our your".split())
#: what may follow a noun but not an English adjective before its noun (``the vestibular of``, ``sit the vestibular
#: this Sunday``, ``the vestibular in June``); and the verbs a noun takes as the subject, which no adjective is
#: (``the fiscal is asking``, ``the preside said``)
_AFTER_NOUN = frozenset("of in at on for from this next last who whose also is was has had will would can could "
                        "should must may might did does said says asked asks told wants wanted".split())
#: English conjunctions that close a list of adjectives (``the fiscal, monetary and trade policies``)
_LIST_CLOSERS = frozenset({"and", "or"})


#: a homograph that one variety of English also has as a noun, and the words of its register that show that reading:
#: Scots law calls its prosecutor "the fiscal" (the procurator fiscal, the fiscal depute) in sheriff and High Court
#: reports, where a Spanish "fiscal" is never written
_ENGLISH_NOUN_REGISTERS = {
    "fiscal": re.compile(r"\b(?:procurators?|sheriffs?|deputes?|Crown\s+Office|High\s+Court\s+of\s+Justiciary|"
                         r"Justiciary|Scotland|Scottish)\b",
                         re.IGNORECASE),
    # floorboards (``the parquet of Versailles``, a way of laying them), where the words of a floor are near
    "parquet": re.compile(r"\b(?:floors?|flooring|floorboards?|oak|walnut|wooden|sanded|sanding|varnish|varnished|"
                          r"herringbone|chevron|inlaid|marquetry)\b", re.IGNORECASE),
}
#: how far from the word (characters, either side) the register's words count
ENGLISH_REGISTER_WINDOW = 300


def _english_register(text: str, token: Token, word: str) -> bool:
    """Is the homograph here the noun of an English register (``At Glasgow Sheriff Court, the fiscal told the
    court``: the Scottish prosecutor), shown by that register's words near it?"""
    register = _ENGLISH_NOUN_REGISTERS.get(word.lower())
    return register is not None and register.search(
        text, max(0, token.start - ENGLISH_REGISTER_WINDOW), token.end + ENGLISH_REGISTER_WINDOW) is not None


def _mark_noun_homographs(text: str, tokens: list[Token], lexicon: Lexicon) -> None:
    """A word English writes only as an adjective or a verb, or hardly ever as a noun (``vestibular``,
    ``preside``, ``fiscal``), is the source noun of the same spelling where a noun stands: after a determiner or
    a possessive, and before ``of``, a preposition, a verb it is the subject of, or punctuation (``sit the
    vestibular of the university``, ``the preside of the school``, ``the fiscal is asking``), or with a possessive
    ending (``the fiscal's request``); not ``the vestibular system``, nor ``the fiscal, monetary and trade
    policies``."""
    for index, token in enumerate(tokens):
        # a possessive is a noun (``the fiscal's request``): no adjective takes one
        possessive = token.text.endswith(("'s", "\N{RIGHT SINGLE QUOTATION MARK}s")) and len(token.text) > 3
        word = token.text[:-2] if possessive else token.text
        languages = lexicon.noun_homographs.get(word)
        if languages is None and token.capitalised and not word.isupper():
            # "The Intendant of the theatre": German capitalises the noun, and so does its translation
            languages = lexicon.noun_homographs.get(word.lower())
        if languages is None or index == 0 or token.cls == ALLOW or _english_register(text, token, word):
            continue
        before = tokens[index - 1].text.lower()
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        determined = before in _DETERMINERS or before.endswith(("'s", "\N{RIGHT SINGLE QUOTATION MARK}s"))
        if determined and (possessive or following is None
                           or (not joined(text, token, following) and not _adjective_list(text, tokens, index))
                           or following.text.lower() in _AFTER_NOUN):
            token.cls, token.languages, token.kinds = SRC, languages, frozenset({"common"})


def _mark_office_homographs(text: str, tokens: list[Token], lexicon: Lexicon) -> None:
    """``the parquet of Belfort``: a source office English spells as another noun (see :func:`office_homograph`)."""
    for index, token in enumerate(tokens):
        languages = office_homograph(text, tokens, index, lexicon)
        if languages and token.cls != ALLOW and not _english_register(text, token, token.text):
            token.cls, token.languages, token.kinds = SRC, languages, frozenset({"common", "institutions"})


def _adjective_list(text: str, tokens: list[Token], index: int) -> bool:
    """Is the word at ``index`` the first of a list of adjectives before their noun (``the fiscal, monetary
    and trade policies``, ``the vestibular, visual or auditory systems``): a comma, a lower-case word, then
    "and", "or" or another comma? There the word is the English adjective, not a source noun before a stop."""
    if index + 2 >= len(tokens):
        return False
    first, word, closer = tokens[index], tokens[index + 1], tokens[index + 2]
    if text[first.end:word.start].strip() not in (",", "/") or not word.text.islower():
        return False
    return closer.text.lower() in _LIST_CLOSERS or text[word.end:closer.start].strip() in (",", "/")


def _date_numbers(tokens: list[Token], text: str, lexicon: Lexicon) -> None:
    """A number before a month or day makes both certain: ``12 mars`` is French, not the planet;
    so does a number before the source word for per cent (``20 Prozent``). A date word that is an English
    grammar word before an English word reads as English (``in 1954 an earthquake``, not ``1 an de prison``)."""
    for index, (left, right) in enumerate(zip(tokens, tokens[1:]), start=1):
        if right.capitalised and lexicon.is_english(right.text):
            continue  # "22 August", "11 September": English capitalises its months
        if _english_grammar_before_english(text, tokens, index) or english_ordinal(left.text):
            continue  # "in 1954 an earthquake", "the 22nd week": English
        dated = "dates" in right.kinds or (left.cls == NUM and fold(right.text) in PERCENT_WORDS)
        if left.cls in (NUM, ORD) and dated and joined(text, left, right):
            right.cls = SRC
            if left.cls == NUM:
                left.cls, left.languages = SRC, right.languages


def _english_grammar_before_english(text: str, tokens: list[Token], index: int) -> bool:
    """Is the token at ``index`` an English grammar word (``an``) joined to a next word of no source list that
    is English or unknown (``an earthquake``, ``an estimated``): the English article, not the French year?"""
    token = tokens[index]
    if token.text not in ENGLISH_GRAMMAR_WORDS or index + 1 >= len(tokens):
        return False
    following = tokens[index + 1]
    return following.cls in (EN, UNK, NAME, CAP) and joined(text, token, following)


def classify(text: str, start: int, end: int, lexicon: Lexicon, keep: re.Pattern[str] | None,
             exonyms: re.Pattern[str] | None, abbreviations: re.Pattern[str] | None) -> list[Token]:
    """Tokens of one sentence with their classes (see the constants above)."""
    tokens = tokenize(text, start, end, lexicon)
    _mark_phrases(text, tokens, keep, ALLOW)
    _mark_loanwords(tokens, lexicon)
    _mark_phrases(text, tokens, exonyms, EXO, lexicon.exonyms)
    _veto_club_names(text, tokens)
    _veto_longer_names(text, tokens, lexicon)
    _mark_phrases(text, tokens, abbreviations, ABBR, lexicon.abbreviations)
    _veto_abbreviations(text, tokens, lexicon)
    for token, following in zip(tokens, tokens[1:] + [None]):
        if token.cls == EN:
            _classify(token, following, lexicon)
    _mark_noun_homographs(text, tokens, lexicon)
    _mark_office_homographs(text, tokens, lexicon)
    _mark_names(text, tokens, lexicon)
    _street_names(text, tokens, lexicon)
    _date_numbers(tokens, text, lexicon)
    return tokens


def compile_patterns(lexicon: Lexicon, keep: Sequence[str]) -> dict:
    """The phrase regexes of the lexicon and of the project's do-not-translate terms; the
    ``..._anywhere`` ones match the same phrases inside words too (see ``phrase_pattern``)."""
    return {
        "keep": phrase_pattern(keep),
        "exonyms": phrase_pattern(lexicon.exonyms),
        "abbreviations": phrase_pattern(lexicon.abbreviations),
        "exonyms_anywhere": phrase_pattern(lexicon.exonyms, whole_words=False),
        "abbreviations_anywhere": phrase_pattern(lexicon.abbreviations, whole_words=False),
    }


def foreign_share(lexicon: Lexicon, tokens: list[Token]) -> float:
    """Share of the lower-case words that are not English (names and numbers do not count)."""
    words = [t for t in tokens if t.is_word and not t.capitalised and t.cls not in (NAME, ALLOW)]
    if len(words) < 3:
        return 0.0  # a headline in Title Case or a list of names: too few words to judge
    return sum(1 for t in words if foreign_word(lexicon, t.text)) / len(words)


_GRAMMAR_KINDS = frozenset({"articles", "prepositions", "function"})


def foreign_word(lexicon: Lexicon, word: str) -> bool:
    """Not an English spelling, or a source-language article, preposition or function word that
    English grammar does not use: ``la``, ``pour``, ``son`` spell English words, but a sentence
    full of them is French (``Les billets pour la demi-finale sont disponibles``)."""
    if not lexicon.is_english_spelling(word):
        return True
    return word.lower() not in ENGLISH_GRAMMAR_WORDS and not _GRAMMAR_KINDS.isdisjoint(lexicon.kinds(word))

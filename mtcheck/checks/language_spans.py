"""Cheap candidate spans of source-language text inside an English sentence.

No language identifier runs here. A sentence is cut into words; each word gets
a class from the lexicon (:mod:`.language_lexicon`): a source grammar word that
English lacks (``selon``, ``du``), a source spelling of a name (``Pékin``), a
word with accents that English does not spell that way (``ministère``), an
English word, a name, a loanword English uses (``coup d'état``)... Neighbouring
source words then grow into runs (``selon le ministère de l'Intérieur``), and a
run that fills a bracketed or quoted insertion takes the whole insertion
(``[la Corée du Nord]``). Only the runs found here are shown to the language
identifier, so sentences without one cost a few microseconds.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Sequence

from .language_lexicon import APOSTROPHES, Lexicon, fold, has_diacritic, phrase_pattern

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
_SPACE_ONLY = re.compile(r"[ \t\N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}]*")
#: (opening, closing, delimiters belong to the span)
_PAIRS = (("[", "]", True), ("(", ")", False), ("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}", False),
          ("\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}", "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}", False),
          ("\N{DOUBLE LOW-9 QUOTATION MARK}", "\N{LEFT DOUBLE QUOTATION MARK}", False), ('"', '"', False),
          ("\N{LEFT SINGLE QUOTATION MARK}", "\N{RIGHT SINGLE QUOTATION MARK}", False))
LANGUAGE_NAMES = {
    "fr": "French", "es": "Spanish", "de": "German", "it": "Italian", "pt": "Portuguese", "nl": "Dutch",
    "en": "English", "ru": "Russian", "uk": "Ukrainian", "ar": "Arabic", "zh": "Chinese", "ja": "Japanese",
    "ko": "Korean", "el": "Greek", "he": "Hebrew", "pl": "Polish", "tr": "Turkish", "ca": "Catalan",
    "ro": "Romanian", "sv": "Swedish", "da": "Danish", "no": "Norwegian", "fi": "Finnish", "cs": "Czech",
    "hu": "Hungarian", "fa": "Persian", "hi": "Hindi", "th": "Thai", "vi": "Vietnamese", "bg": "Bulgarian",
}
_LETTER_SCRIPTS_OK = ("LATIN",)
#: English words that never follow a source article as its noun (``selon the minister``)
ENGLISH_GRAMMAR_WORDS = frozenset(
    """the a an and or but nor so yet of to in on at by for from with as than that this these those
    after before about above across against along among around behind below beside between beyond
    despite down during except inside into near off onto out outside over past since through
    throughout toward towards under until unlike up upon via within without
    however also too still even already again now thus therefore instead indeed perhaps
    it its he she they we you i his her their our my your him them us who whom whose which what
    is are was were be been being has have had do does did will would can could should may might
    must shall not no also very just only then there here when where while if because""".split()
)
_ORDINAL = re.compile(r"[1-9]\d?([^\W\d_]+)")  # "1er", "2e", "3º"; not "802.11a" or "4G"
_MACHINE = re.compile(r"://|@\w|\w[/\\=&_]\w|\?\w|www\.|[a-z0-9-]\.(?:com|org|net|gov|edu|info|io|co|uk|fr|de|es|it|pt|nl|eu)\b", re.I)
_VOWEL_START = re.compile(r"[aeiouyhàâäéèêëîïôöùûüœæ]", re.I)


@dataclass
class Token:
    """A word or number of a sentence, with its class and the languages it points to."""

    start: int
    end: int
    text: str
    cls: str = EN
    languages: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()
    suggestion: str | None = None
    #: the exonym, abbreviation or term of the lexicon this token is part of
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


@dataclass
class Candidate:
    """A run of source-looking words: its span, its tokens and the lexical evidence."""

    start: int
    end: int
    tokens: list[Token]
    bracketed: bool = False
    languages: frozenset[str] = frozenset()
    suggestion: str | None = None
    evidence: dict = field(default_factory=dict)

    @property
    def words(self) -> list[Token]:
        return [t for t in self.tokens if t.is_word]

    @property
    def lexical(self) -> float:
        """0-1: how sure the word lists alone are (each telling word halves the doubt)."""
        doubt = 1.0
        for token in self.tokens:
            doubt *= 1.0 - 0.5 * token.weight
        if self.bracketed:
            doubt *= 0.5
        return 1.0 - doubt


def tokenize(text: str, start: int, end: int, lexicon: Lexicon) -> list[Token]:
    """Words and numbers of ``text[start:end]``; elided articles (``l'``, ``dell'``) become their own token."""
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text, start, end):
        word = match.group()
        if _MACHINE.search(_chunk(text, match.start(), match.end(), start, end)):
            continue  # part of a URL, an e-mail address, a path or a parameter: not prose
        head, sep, rest = word.partition("'") if "'" in word else word.partition("\N{RIGHT SINGLE QUOTATION MARK}")
        if sep and rest and head.lower() in lexicon.elisions and not lexicon.kinds(word) and _VOWEL_START.match(rest):
            cut = match.start() + len(head) + 1
            tokens.append(Token(match.start(), cut, text[match.start():cut]))
            tokens.append(Token(cut, match.end(), rest))
        else:
            tokens.append(Token(match.start(), match.end(), word))
    return tokens


def _chunk(text: str, start: int, end: int, floor: int, ceiling: int) -> str:
    """The run of non-space characters around ``text[start:end]``."""
    while start > floor and not text[start - 1].isspace():
        start -= 1
    while end < ceiling and not text[end].isspace():
        end += 1
    return text[start:end]


def _joined(text: str, left: Token, right: Token) -> bool:
    """True when only spaces separate two tokens (punctuation ends a run)."""
    return _SPACE_ONLY.fullmatch(text, left.end, right.start) is not None


def _mark_phrases(text: str, tokens: list[Token], pattern: re.Pattern[str] | None, cls: str, table=None) -> None:
    """Give ``cls`` to the tokens a phrase of ``pattern`` covers (exonyms, abbreviations, terms)."""
    if pattern is None or not tokens:
        return
    for match in pattern.finditer(text, tokens[0].start, tokens[-1].end):
        covered = [t for t in tokens if match.start() <= t.start < match.end() and t.cls != ALLOW]
        for token in covered:
            token.cls, token.phrase = cls, match.group()
            if table is not None:
                token.languages = table[match.group()].languages
        if covered and table is not None:
            covered[0].suggestion = table[match.group()].english


def _veto_abbreviations(tokens: list[Token], lexicon: Lexicon) -> None:
    """``solar PV panels``: a word of the entry's English context nearby makes it English."""
    for index, token in enumerate(tokens):
        if token.cls != ABBR:
            continue
        context = lexicon.abbreviations[token.phrase].english_context
        near = tokens[max(0, index - 3):index + 4]
        if any(t.text in context or t.text.lower() in context for t in near if t.phrase != token.phrase):
            token.cls, token.suggestion = EN, None


def _mark_loanwords(tokens: list[Token], lexicon: Lexicon) -> None:
    folded = [fold(t.text) for t in tokens]
    index = 0
    while index < len(tokens):
        for size in range(min(lexicon.longest_loanword, len(tokens) - index), 0, -1):
            if tuple(folded[index:index + size]) in lexicon.loanwords or _elided_loanword(folded, index, size, lexicon):
                for token in tokens[index:index + size]:
                    token.cls = ALLOW
                index += size
                break
        else:
            index += 1


def _elided_loanword(folded: list[str], index: int, size: int, lexicon: Lexicon) -> bool:
    """Loanwords are stored as written (``coup d'etat``); tokens split the elision (``d'`` ``etat``)."""
    words: list[str] = []
    for word in folded[index:index + size]:
        if words and words[-1].endswith("'"):
            words[-1] += word
        else:
            words.append(word)
    return len(words) < size and tuple(words) in lexicon.loanwords


def _mark_names(tokens: list[Token], lexicon: Lexicon) -> None:
    """Capitalised sequences joined by particles are names English keeps, unless they hold an
    institution head (``Ministère de l'Intérieur``) or a source spelling (``Corée du Nord``)."""
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
            if tokens[end].capitalised and tokens[end].cls not in (ALLOW, ABBR):
                end += 1
                continue
            particles = end  # "de la Concorde", "von der Leyen", "de l'Intérieur"
            while particles < len(tokens) and fold(tokens[particles].text) in lexicon.name_particles:
                particles += 1
            if particles == end or particles >= len(tokens) or not tokens[particles].capitalised:
                break
            end = particles
        group = tokens[index:end]
        if index == 0 and group[0].capitalised and _sentence_word(group[0], lexicon, len(group)):
            group = group[1:]  # "Selon Le Monde": the first word is capitalised by position only
        after_article = index > 0 and tokens[index - 1].cls in (SRC, WEAK) and bool(
            tokens[index - 1].kinds & {"articles", "prepositions"})
        if all(t.kinds & {"articles", "prepositions", "function"} for t in group):
            group = []  # "Les reportages télévisés": a capitalised article is no name by itself
        if group and group[-1].capitalised and not _translatable_title(group, lexicon, after_article):
            lone = len(group) == 1 and group[0].cls != EXO
            if lone and _source_noun(tokens, index, lexicon):
                group[0].cls = SRC  # "am vergangenen Dienstag": a capitalised noun among source words
            elif lone and index > 0 and tokens[index - 1].cls == SRC and "articles" in tokens[index - 1].kinds:
                group[0].cls = CAP  # "des Unternehmens", "la Provence": the article's noun
            else:
                for member in group:
                    if member.cls != EXO:
                        member.cls = NAME
        index = end


def _source_noun(tokens: list[Token], index: int, lexicon: Lexicon) -> bool:
    """Is a lone capitalised word a source noun (German capitalises them) next to source words?"""
    token = tokens[index]
    if token.cls != SRC or not token.kinds & {"common", "institutions", "dates"}:
        return False
    neighbours = tokens[max(0, index - 1):index] + tokens[index + 1:index + 2]
    return any(t.cls in (SRC, DIA, UNK, ORD, EXO) or (t.cls == WEAK and t.kinds) for t in neighbours)


def _sentence_word(token: Token, lexicon: Lexicon, group_size: int) -> bool:
    """Is a sentence-initial capitalised word an ordinary word rather than the start of a name?"""
    kinds = lexicon.kinds(token.text)
    if group_size == 1:
        return True
    return bool(kinds) and "articles" not in kinds


def _translatable_title(group: Sequence[Token], lexicon: Lexicon, after_article: bool) -> bool:
    """A name that holds an institution head or a source spelling, or a source noun right after
    a source article (``die Mitarbeiter des Unternehmens``), is source text, not a name."""
    return any(
        t.cls == EXO or ("institutions" in lexicon.kinds(t.text) and not lexicon.is_english(t.text))
        or (after_article and t.cls == SRC and t.kinds & {"common", "dates"})
        for t in group
    )


def _classify(token: Token, following: Token | None, lexicon: Lexicon) -> None:
    if token.cls not in (EN,):  # already set: allowed, name, exonym, abbreviation
        return
    word = token.text
    if not token.is_word:
        ordinal = _ORDINAL.fullmatch(word)
        suffix = ordinal.group(1) if ordinal else ""
        token.cls = ORD if suffix in lexicon.ordinals else NUM
        token.languages = lexicon.ordinals.get(suffix, frozenset())
        return
    if word.endswith(tuple(APOSTROPHES)):  # elided article: telling when the next word is not English
        token.cls = SRC if following is not None and not lexicon.is_english(following.text) else WEAK
        token.languages = lexicon.elisions.get(word[:-1].lower(), frozenset())
        token.kinds = frozenset({"articles"})
        return
    if word.isupper() and len(word) > 1:
        return  # an acronym (UN, EU, SNCF): English keeps them; source ones are in the abbreviation list
    kinds = lexicon.kinds(word)
    if kinds:
        token.languages = lexicon.languages_of(word)
        token.kinds = frozenset(kinds)
        single_letter = len(word) == 1 and word.isascii()
        token.cls = WEAK if single_letter or lexicon.is_english(word) else SRC
    elif token.capitalised and not word.isupper():
        token.cls = CAP
    elif lexicon.is_english_spelling(word):
        token.cls = EN
    else:
        token.cls = DIA if has_diacritic(word) else UNK


def _date_numbers(tokens: list[Token], text: str) -> None:
    """A number before a month or day makes both certain: ``12 mars`` is French, not the planet."""
    for left, right in zip(tokens, tokens[1:]):
        if left.cls in (NUM, ORD) and "dates" in right.kinds and _joined(text, left, right):
            right.cls = SRC
            if left.cls == NUM:
                left.cls, left.languages = SRC, right.languages


def classify(text: str, start: int, end: int, lexicon: Lexicon, keep: re.Pattern[str] | None,
             exonyms: re.Pattern[str] | None, abbreviations: re.Pattern[str] | None) -> list[Token]:
    """Tokens of one sentence with their classes (see the constants above)."""
    tokens = tokenize(text, start, end, lexicon)
    _mark_phrases(text, tokens, keep, ALLOW)
    _mark_loanwords(tokens, lexicon)
    _mark_phrases(text, tokens, exonyms, EXO, lexicon.exonyms)
    _mark_phrases(text, tokens, abbreviations, ABBR, lexicon.abbreviations)
    _veto_abbreviations(tokens, lexicon)
    for token, following in zip(tokens, tokens[1:] + [None]):
        if token.cls == EN:
            _classify(token, following, lexicon)
    _mark_names(tokens, lexicon)
    _date_numbers(tokens, text)
    return tokens


def _needs_complement(token: Token) -> bool:
    return token.cls == SRC and bool(token.kinds & {"articles", "prepositions"})


def _complements(head: Token, token: Token) -> bool:
    """Is ``token`` the noun a source article or preposition governs (``la police``, ``l'Intérieur``)?"""
    if not _needs_complement(head) or token.text.lower() in ENGLISH_GRAMMAR_WORDS:
        return False
    if token.cls == NAME:  # a name belongs to the span only when elided onto the article
        return head.text.endswith(tuple(APOSTROPHES))
    return token.cls in (EN, WEAK, NUM, CAP)


def runs(text: str, tokens: list[Token]) -> list[list[Token]]:
    """Maximal runs of source words: anchors (weight 0.5 or more) joined by spaces, bridging
    names and weak words between anchors, and one English word after a source article or
    preposition (``la police``)."""
    found: list[list[Token]] = []
    index = 0
    while index < len(tokens):
        if tokens[index].weight < 0.5:
            index += 1
            continue
        run = [tokens[index]]
        cursor = index + 1
        while cursor < len(tokens) and _joined(text, tokens[cursor - 1], tokens[cursor]):
            nxt = tokens[cursor]
            if nxt.weight >= 0.5 or (nxt.cls in (WEAK, NUM) and _continues(text, tokens, cursor)):
                run.append(nxt)
            elif _complements(run[-1], nxt):
                run.append(nxt)
            elif nxt.cls in (NAME, ALLOW, CAP) and _continues(text, tokens, cursor):
                run.append(nxt)
            else:
                break
            cursor += 1
        while run and run[-1].weight < 0.5 and not (len(run) > 1 and _complements(run[-2], run[-1])):
            run.pop()
        found.append(run)
        index = cursor
    return found


def _continues(text: str, tokens: list[Token], cursor: int) -> bool:
    """Does an anchor follow soon (within three joined tokens), so that a bridge is worth it?"""
    for ahead in range(cursor + 1, min(cursor + 4, len(tokens))):
        if not _joined(text, tokens[ahead - 1], tokens[ahead]):
            return False
        if tokens[ahead].weight >= 0.5:
            return True
        if tokens[ahead].cls == EN and tokens[ahead - 1].cls in (EN, WEAK):
            return False
    return False


def enclosing(text: str, start: int, end: int, floor: int, ceiling: int) -> tuple[int, int, bool] | None:
    """The bracket or quote pair right around ``text[start:end]`` (inner start, inner end, keep marks)."""
    for opening, closing, keep in _PAIRS:
        left = text.rfind(opening, floor, start)
        right = text.find(closing, end, ceiling)
        if left < 0 or right < 0:
            continue
        if opening == closing and text.count(opening, floor, left) % 2:
            continue  # the straight quote before the span closes an earlier quotation
        if closing not in text[left + 1:start] and opening not in text[end:right]:
            return left + 1, right, keep
    return None


def candidates(text: str, start: int, end: int, lexicon: Lexicon, patterns: dict) -> tuple[list[Token], list[Candidate]]:
    """Candidate runs in one sentence, with the span each would report."""
    tokens = classify(text, start, end, lexicon, patterns.get("keep"), patterns["exonyms"], patterns["abbreviations"])
    out: list[Candidate] = []
    for run in runs(text, tokens):
        if not any(t.weight >= 0.8 for t in run) and sum(1 for t in run if t.cls == UNK) < 2:
            continue  # one unknown word is a typo or a rare word; two in a row are worth a look
        candidate = Candidate(run[0].start, run[-1].end, run)
        inner = enclosing(text, candidate.start, candidate.end, start, end)
        if inner is not None:
            inside = [t for t in tokens if inner[0] <= t.start and t.end <= inner[1]]
            if inside and all(t.cls != EN or t in run for t in inside):
                candidate.start, candidate.end = (inner[0] - 1, inner[1] + 1) if inner[2] else inner[:2]
                candidate.tokens = inside
                candidate.bracketed = inner[2]
        languages: set[str] = set()
        for token in candidate.tokens:
            if token.weight >= 0.8 and token.languages:
                languages = set(token.languages) if not languages else (languages & token.languages or languages)
        candidate.languages = frozenset(languages)
        candidate.suggestion = " ".join(t.suggestion for t in candidate.tokens if t.suggestion) or None
        out.append(candidate)
    return tokens, out


def compile_patterns(lexicon: Lexicon, keep: Sequence[str]) -> dict:
    """The phrase regexes of the lexicon and of the project's do-not-translate terms."""
    return {
        "keep": phrase_pattern(keep),
        "exonyms": phrase_pattern(lexicon.exonyms),
        "abbreviations": phrase_pattern(lexicon.abbreviations),
    }


def language_name(code: str) -> str:
    """``fr`` → ``French``; unknown codes are shown as they are."""
    return LANGUAGE_NAMES.get(code, code)


def script_of(char: str) -> str:
    """The script of a letter (``CYRILLIC``, ``ARABIC``, ``CJK``...), from its Unicode name."""
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else ""


def script_runs(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Runs of letters of a non-Latin script (spaces and hyphens inside), with two letters in a row."""
    found: list[tuple[int, int, str]] = []
    index = start
    while index < end:
        char = text[index]
        script = script_of(char) if char.isalpha() else ""
        if not script or script in _LETTER_SCRIPTS_OK:
            index += 1
            continue
        cursor, last, longest, streak = index, index, 0, 0
        while cursor < end:
            here = text[cursor]
            if here.isalpha() and script_of(here) == script:
                last, streak = cursor, streak + 1
                longest = max(longest, streak)
            elif here in " -\N{NO-BREAK SPACE}" or (not here.isalpha() and not here.isspace() and script == "CJK"
                                                    and unicodedata.category(here).startswith("M")):
                streak = 0
            else:
                break
            cursor += 1
        if longest >= 2:
            found.append((index, last + 1, script))
        index = cursor if cursor > index else index + 1
    return found


def foreign_share(lexicon: Lexicon, tokens: list[Token]) -> float:
    """Share of the lower-case words that are not English (names and numbers do not count)."""
    words = [t for t in tokens if t.is_word and not t.capitalised and t.cls not in (NAME, ALLOW)]
    if not words:
        return 0.0
    return sum(1 for t in words if not lexicon.is_english_spelling(t.text)) / len(words)


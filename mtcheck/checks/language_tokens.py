"""The words of a sentence as tokens, and the classes the word lists give them.

:mod:`.language_words` cuts a sentence into tokens here and classes each one:
a source grammar word that English lacks (``selon``, ``du``), a source
spelling of a name (``Pékin``), an accented word English does not spell that
way (``ministère``), an English word, a name, a loanword English uses
(``coup d'état``)... The steps that class them (:mod:`.language_names`,
:mod:`.language_homographs`, :mod:`.language_city_names`...) share the token,
the classes and :func:`joined`. URLs, e-mail addresses and paths are skipped:
they are not prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .language_lexicon import APOSTROPHES, Lexicon

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
APOSTROPHE_ENDINGS = tuple(APOSTROPHES)
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

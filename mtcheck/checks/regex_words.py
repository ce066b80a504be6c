"""The words a regular expression's matches must contain, read from the pattern itself.

A regex search costs far more than a substring test or a set lookup, and most
patterns of a word list (``corpora/false_friends.yaml``) cannot match most
sentences. :func:`required_words` parses a pattern with Python's own regex
parser and returns what any match must hold:

- ``clauses``: sets of lower-case strings; a match holds one string of each set
  (``frame`` in ``\\bin\\s+the\\s+frame\\s+of\\b``; ``{last, next, past}`` for an
  alternation);
- ``gate``: one such set whose strings are whole words wherever a match holds
  them (a word boundary, a space or a non-word character on both sides), so
  that the presence test is a lookup in the sentence's set of words.

Texts are compared after :func:`fold`, which lower-cases them and maps to ASCII the
few letters that a case-insensitive regex also takes for ASCII ones. Only ASCII
characters of a pattern are kept (their case folding is plain); anything else
ends a literal run, so the sets are always necessary conditions, never guesses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

try:  # Python 3.11+
    from re import _parser as _regex_parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _regex_parser

#: characters that a case-insensitive regex matches to an ASCII letter although their lower
#: case is not that letter (tests/test_fast_paths.py checks every code point)
_ASCII_LOOKALIKES = str.maketrans({
    "\N{LATIN CAPITAL LETTER I WITH DOT ABOVE}": "i",
    "\N{LATIN SMALL LETTER DOTLESS I}": "i",
    "\N{LATIN SMALL LETTER LONG S}": "s",
    "\N{KELVIN SIGN}": "k",
})
WORD = re.compile(r"\w+")
#: words nearly every English sentence holds: poor gates
COMMON_WORDS = frozenset("a an and as at by for from in is it of on or that the to was were with".split())
_REPEATS = tuple(op for op in (getattr(_regex_parser, name, None) for name in
                               ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")) if op is not None)
_ATOMIC = getattr(_regex_parser, "ATOMIC_GROUP", None)
_NON_WORD_CATEGORIES = (_regex_parser.CATEGORY_SPACE, _regex_parser.CATEGORY_NOT_WORD)


def fold(text: str) -> str:
    """``text`` in lower case, with the letters a case-insensitive regex also takes for ASCII ones made ASCII."""
    if text.isascii():  # no look-alike to replace, and translate is far slower than isascii
        return text.lower()
    return text.translate(_ASCII_LOOKALIKES).lower()


@dataclass(frozen=True)
class Requirement:
    """What every match of a pattern holds (see the module docstring); empty when nothing is known."""

    clauses: tuple[frozenset[str], ...] = ()
    gate: frozenset[str] | None = None

    def may_match(self, folded: str) -> bool:
        """False when ``folded`` (a text passed through :func:`fold`) cannot hold a match."""
        for words in self.clauses:  # plain loops: this runs for every sentence and entry
            for word in words:
                if word in folded:
                    break
            else:
                return False
        return True


@dataclass(frozen=True)
class _Clause:
    words: frozenset[str]
    #: every word is a whole word (a maximal run of word characters) wherever a match holds it
    whole: bool


def required_words(pattern: re.Pattern[str]) -> Requirement:
    """The :class:`Requirement` of ``pattern``, with its most selective clauses first."""
    try:
        clauses = _sequence(list(_regex_parser.parse(pattern.pattern, pattern.flags)), False, False)
    except Exception:  # noqa: BLE001 - a pattern the parser reads differently is simply always searched
        return Requirement()
    ordered = tuple(sorted({c.words for c in clauses}, key=_selectivity, reverse=True))
    gate = max((c.words for c in clauses if c.whole), key=_selectivity, default=None)
    return Requirement(ordered, gate)


def _selectivity(words: frozenset[str]) -> tuple[bool, int, int]:
    """Rare words first: no very common word, long words, few alternatives."""
    return not words & COMMON_WORDS, min(map(len, words)), -len(words)


def _sequence(items: list, left: bool, right: bool) -> list[_Clause]:
    """Clauses of a sequence; ``left``/``right``: a non-word character or the text's edge lies just outside it."""
    clauses: list[_Clause] = []
    index = 0
    while index < len(items):
        op, value = items[index]
        if _literal_char(op, value) is not None:
            end = index
            while end < len(items) and _literal_char(*items[end]) is not None:
                end += 1
            run = "".join(_literal_char(*item) for item in items[index:end])
            clauses += _run_clauses(run, _side(items[:index], "left", left), _side(items[end:], "right", right))
            index = end
            continue
        before, after = _side(items[:index], "left", left), _side(items[index + 1:], "right", right)
        if op == _regex_parser.SUBPATTERN:
            clauses += _sequence(list(value[-1]), before, after)
        elif op == _ATOMIC:
            clauses += _sequence(list(value), before, after)
        elif op == _regex_parser.ASSERT:
            clauses += _sequence(list(value[1]), False, False)
        elif op in _REPEATS and value[0] >= 1:
            clauses += _sequence(list(value[2]), False, False)
        elif op == _regex_parser.BRANCH:
            branches = [_sequence(list(branch), before, after) for branch in value[1]]
            for whole in (True, False):
                best = [max((c.words for c in branch if c.whole or not whole), key=_selectivity, default=None)
                        for branch in branches]
                if all(best):
                    clauses.append(_Clause(frozenset().union(*best), whole))
        index += 1
    return clauses


def _side(items: list, side: str, outside: bool) -> bool:
    """Is a non-word character or the text's edge sure next to what ``items`` border (``outside``
    says it for the enclosing context when ``items`` may match nothing)?"""
    found = _edge(items, side)
    return outside if found is None else found


def _run_clauses(run: str, left: bool, right: bool) -> list[_Clause]:
    """The run itself (a substring of every match) and each of its words that is surely whole."""
    clauses = [_Clause(frozenset({run}), False)]
    for word in WORD.finditer(run):
        if (word.start() > 0 or left) and (word.end() < len(run) or right):
            clauses.append(_Clause(frozenset({word.group()}), True))
    return clauses


def _literal_char(op: Any, value: Any) -> str | None:
    """The lower-case ASCII character a literal (or a class of one letter in both cases) matches."""
    if op == _regex_parser.LITERAL:
        chars = {chr(value).lower()}
    elif op == _regex_parser.IN and all(item_op == _regex_parser.LITERAL for item_op, _ in value):
        chars = {chr(code).lower() for _, code in value}
    else:
        return None
    char = chars.pop()
    return char if not chars and char.isascii() else None


def _edge(items: list, side: str) -> bool | None:
    """Does a sequence that ends (``left``: the run follows it) or starts (``right``: it follows the run)
    at a word guarantee a non-word character or the text's edge there? None when it may be empty."""
    for op, value in reversed(items) if side == "left" else items:
        found = _item_edge(op, value, side)
        if found is not None:
            return found
    return None


def _item_edge(op: Any, value: Any, side: str) -> bool | None:
    if op == _regex_parser.AT:
        edges = {"left": (_regex_parser.AT_BEGINNING, _regex_parser.AT_BEGINNING_STRING),
                 "right": (_regex_parser.AT_END, _regex_parser.AT_END_STRING)}[side]
        return value == _regex_parser.AT_BOUNDARY or value in edges
    if op in (_regex_parser.ASSERT, _regex_parser.ASSERT_NOT):
        return None  # consumes nothing: the neighbour decides
    if op == _regex_parser.LITERAL:
        return not _is_word_char(chr(value))
    if op == _regex_parser.IN:
        return bool(value) and all(
            (member_op == _regex_parser.LITERAL and not _is_word_char(chr(member)))
            or (member_op == _regex_parser.CATEGORY and member in _NON_WORD_CATEGORIES)
            for member_op, member in value
        )
    if op == _regex_parser.SUBPATTERN:
        return _edge(list(value[-1]), side)
    if op == _ATOMIC:
        return _edge(list(value), side)
    if op == _regex_parser.BRANCH:
        found = [_edge(list(branch), side) for branch in value[1]]
        return False if False in found else True if all(found) else None
    if op in _REPEATS:
        found = _edge(list(value[2]), side)
        return False if found is False else found if value[0] >= 1 else None
    return False


def _is_word_char(char: str) -> bool:
    """What ``\\w`` matches in a ``str`` pattern."""
    return char.isalnum() or char == "_"

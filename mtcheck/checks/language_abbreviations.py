"""When a listed source abbreviation is English after all: vetoes the word lists cannot state per entry.

``corpora/source_abbreviations.tsv`` lists source abbreviations English translates
(``OTAN``, ``ICNF``, ``ca.``), with English words that veto one nearby and the word
one must follow (see :func:`~.language_words._veto_abbreviations`). These vetoes
hold for every entry:

- a text in capitals (``FANS CELEBRATE THE CUP``) shouts English words, not
  abbreviations;
- an English noun for what the body is, right before it (``the employee insurance
  agency UWV``), introduces its letters as a name;
- a text that spells the letters out as an English name (``the American
  Psychological Association``) means that name by them;
- an entry that needs a number after it (the ``before`` column, ``#``: German
  ``ca. 120 beds``, where English writes "about") is English before a year or a date
  (``ca. 1850``, ``ca. 300 BC``) and before anything else.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from .language_lexicon import Abbreviation, Lexicon, load_lexicon

#: what the ``before`` column of source_abbreviations.tsv writes for "a number that is no year"
NUMBER_AFTER = "#"

#: the number right after an abbreviation (its stop, if the entry has one, is part of the entry)
_NUMBER = re.compile(r"\.?[ \t\N{NO-BREAK SPACE}]+(?P<number>\d[\d.,]*)(?P<rest>[^\n]{0,30})")
#: a number that may be a year: four digits from 1000 to 2099
_YEAR = re.compile(r"1\d{3}|20\d{2}")
#: what makes any number a date or an age of the past (``300 BC``, ``5,000 years ago``, ``the 1850s``)
_DATE_AFTER = re.compile(r"\s*(?:BCE?|AD|CE|B\.C\.|A\.D\.|BP)(?!\w)"
                         r"|(?:\s+(?:thousand|million|billion))?\s+years?\s+(?:ago|before|BP)\b|['\N{RIGHT SINGLE QUOTATION MARK}]?s\b")
#: a lower-case noun after a number, not a preposition or a conjunction: what a quantity counts (``1200 beds``),
#: which a year (``ca. 1200 and``, ``ca. 1850 in``) is not followed by
_COUNTED = re.compile(r"[ \t\N{NO-BREAK SPACE}]+(?!(?:and|or|to|in|on|at|by|the|when|until|till|with|for|from|as|after|before|"
                      r"during|under|was|were|is|are)\b)[a-z]")


def abbreviation_vetoed(text: str, tokens: Sequence, index: int, entry: Abbreviation, lexicon: Lexicon) -> bool:
    """Is the listed abbreviation of ``tokens[index]`` (the sentence's tokens: ``text``, ``start``, ``end``)
    English here, whatever its entry says?"""
    token = tokens[index]
    if entry.before and not _needed_after(text, token.start + len(entry.text), entry.before):
        return True
    if _shouted(tokens, index, lexicon) or _named_after_english_noun(text, tokens, index):
        return True
    return entry.text.isupper() and entry.text.isalpha() and _spelled_out_in_english(text, entry.text, lexicon)


def _needed_after(text: str, end: int, before: frozenset[str]) -> bool:
    """Does what the entry needs right after it come at ``end``: a number that is no year (``#``)?"""
    if NUMBER_AFTER not in before:
        return True
    match = _NUMBER.match(text, end)
    if match is None:
        return False
    number, rest = match.group("number").rstrip(".,"), match.group("rest")
    if _DATE_AFTER.match(rest) is not None:
        return False  # "ca. 300 BC", "ca. 5,000 years ago": a date, which English writes so
    return _YEAR.fullmatch(number) is None or _COUNTED.match(rest) is not None


def _shouted(tokens: Sequence, index: int, lexicon: Lexicon) -> bool:
    """Is a word right before or after the abbreviation an English word in capitals (``THE CUP``, ``UE HAS``):
    a headline or a banner in capitals, whose words only look like abbreviations?"""
    for neighbour in (tokens[index - 1] if index > 0 else None, tokens[index + 1] if index + 1 < len(tokens) else None):
        if (neighbour is not None and len(neighbour.text) > 1 and neighbour.text.isupper()
                and lexicon.is_english(neighbour.text.lower())):
            return True
    return False


#: English nouns for a body that introduce its letters right after them (``the employee insurance agency UWV``)
_BODY_NOUNS = frozenset("agency agencies authority service services institute office inspectorate regulator watchdog "
                        "union council board directorate body administration ministry department centre center "
                        "association federation organisation organization foundation fund company operator".split())


def _named_after_english_noun(text: str, tokens: Sequence, index: int) -> bool:
    """Is the word right before the abbreviation a lower-case English noun for a body (``the employee insurance
    agency UWV``, ``the health service GGD``)? The writer says in English what the letters name."""
    if index == 0:
        return False
    before = tokens[index - 1]
    return before.text in _BODY_NOUNS and text[before.end:tokens[index].start].strip() == ""


#: a run of capitalised words, joined by the small words an English name skips (``American Psychological
#: Association``, ``Department of Health and Social Care``)
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*(?:[ \t]+(?:(?:of|and|for|the|on|in|&)[ \t]+)*"
                              r"[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*)+")
_SKIPPED = frozenset({"of", "and", "for", "the", "on", "in", "&"})


def _spelled_out_in_english(text: str, letters: str, lexicon: Lexicon) -> bool:
    """Does ``text`` name something in English whose initials are ``letters`` (``American Psychological
    Association`` for APA, ``Cambridge University Press`` for CUP): most of its words English? Then the letters
    stand for that name, not for the source body of the same letters."""
    return letters in _english_initials(text)


@lru_cache(maxsize=64)
def _english_initials(text: str) -> frozenset[str]:
    """The initials of every run of capitalised words of ``text`` that is mostly English, and of its parts."""
    lexicon = load_lexicon()
    found: set[str] = set()
    for run in _CAPITALISED_RUN.finditer(text):
        words = [w for w in run.group().split() if w not in _SKIPPED]
        english = [lexicon.is_english(w) for w in words]
        for first in range(len(words)):
            for last in range(first + 2, len(words) + 1):
                part = english[first:last]
                if 2 * sum(part) >= len(part):
                    found.add("".join(w[0] for w in words[first:last]))
    return frozenset(found)

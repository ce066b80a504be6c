"""Compound surnames of name-variant: one of a person's two surnames respelt when the article names them again.

A detector of the ``name-variant`` check (``consistency.py``). Spanish and Portuguese news introduce a person with
given names and two surnames (``José Manuel Ruiz Sainz``) and later name them by the two surnames alone (``the
lawyer for Ruiz Sainz``); machine translation and hurried editing respell one of them on the way (``Ruiz Saiz``).
Such a surname is often too short for the transliteration detector (``name_transliterations.py``), and two
families' names part on a letter often enough (``Sainz``, ``Saiz``) that one word alone proves nothing: the other
surname, written the same in both, marks the one person.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any, Collection, Iterator, Sequence

from ..model import Severity
from .language_lexicon import load_lexicon
from .name_evidence import TWO_PEOPLE_ALIKE, unrelated
from .name_forms import Occurrence, overlaps, unaccented
from .name_keys import typo_keys
from .name_spelling import no_word
from .name_surnames import CAPITALISED_RUN, TITLE_WORD
from .name_verdict import Verdict, usual_form

#: fewest letters of the surname respelt (``Saiz``) and of the one written the same (``Gil``)
_RESPELT_LETTERS = 4
_SHARED_LETTERS = 3
#: a person introduced in apposition right after a name (``Luis Martí, a neighbour,``, ``…, who``, ``…, 47,``):
#: a given name and a surname of someone new, not two surnames of someone named before
_DESCRIBED_AFTER = re.compile(r",[ \N{NO-BREAK SPACE}]+(?:\d{1,3},|(?:a|an|the|who|whose)\b)")


def compound_surname_slips(text: str, claimed: list[tuple[int, int]], lowercase: Collection[str]
                           ) -> Iterator[Verdict]:
    """A person introduced with given names and two surnames (``José Manuel Ruiz Sainz``) and named again by the two
    surnames, with no given name of their own (``The lawyer for Ruiz Saiz``, ``Mr Ruiz Saiz``), or after the same
    given names, one surname the same and the other one letter off, added, dropped or changed: one person's
    surname respelt. A pair the article also writes after other given names (``María Ruiz Saiz``) is another
    person's, and so is one the article says is no relation or has a name alike."""
    lexicon = load_lexicon()
    if TWO_PEOPLE_ALIKE.search(text) is not None:
        return
    introduced: dict[tuple[str, str], set[tuple[str, ...]]] = {}  # the two surnames, by the given names before them
    spans: dict[tuple[str, str], list[tuple[tuple[str, ...], int]]] = {}  # where each pair's second word starts
    for run in CAPITALISED_RUN.finditer(text):
        words = run.group().split()
        if len(words) < 2:
            continue
        pair, before = (words[-2], words[-1]), tuple(words[:-2])
        spans.setdefault(pair, []).append((before, run.end() - len(words[-1])))
        if before and _given_names(before, lexicon):
            introduced.setdefault(pair, set()).add(_given_part(before, lexicon))
    reported: set[tuple[str, str]] = set()
    for full, givens in introduced.items():
        if not _surnames(full, lexicon, lowercase):
            continue
        for pair, found in spans.items():
            if pair == full or pair in reported or not _respelt(full, pair) or not _surnames(pair, lexicon, lowercase):
                continue
            if any(before and not _unnamed(before, givens, lexicon) for before, _ in found):
                continue  # ``María Ruiz Saiz``, ``Neighbour Luis Martí``: given names or a role of another person
            if any(_DESCRIBED_AFTER.match(text, second + len(pair[1])) for _, second in found):
                continue  # ``Luis Martí, a neighbour,``: a person introduced, with a given name and a surname
            verdict = _verdict(text, full, pair, spans, claimed)
            if verdict is not None:
                reported.add(pair)
                yield verdict
    yield from _joined_surname_slips(text, claimed, lexicon)


#: a given name, a surname and the particle and the surname that Spanish joins to it (``Javier Sáenz de
#: Galdeano``, ``Juan Ruiz de Alda``, ``Ana Fernández de la Mora``)
_JOINED_SURNAME = re.compile(r"\b(?P<given>[A-Z][a-z\u00e0-\u00ff]+)[ \N{NO-BREAK SPACE}]"
                             r"(?P<first>[A-Z][a-z\u00e0-\u00ff]+)"
                             r"(?P<rest>(?:[ \N{NO-BREAK SPACE}](?:de|del|la|y|i))+"
                             r"[ \N{NO-BREAK SPACE}][A-Z][a-z\u00e0-\u00ff]+)\b")


def _joined_surname_slips(text: str, claimed: list[tuple[int, int]], lexicon: Any) -> Iterator[Verdict]:
    """A surname joined by a particle to a second one, after the same given name and before the same particle and
    second surname, one letter off, accents aside (``Javier Sanz de Galdeano``, ``Javier Sáenz de Galdeano``): the
    given name and the joined surname mark one person, so the first surname is respelt, short as it is."""
    if TWO_PEOPLE_ALIKE.search(text) is not None:
        return
    firsts: dict[tuple[str, str], list[Occurrence]] = {}  # the first surname's occurrences, by given name and rest
    for match in _JOINED_SURNAME.finditer(text):
        given = match.group("given")
        if lexicon.is_english(given) or not no_word(given) or TITLE_WORD.fullmatch(given) is not None:
            continue  # a sentence's first word or a role (``Mayor Sanz de Galdeano``): no given name
        found = Occurrence(match.start("first"), match.end("first"), match.group("first"))
        firsts.setdefault((given, match.group("rest")), []).append(found)
    for occurrences in firsts.values():
        counts = Counter(o.form for o in occurrences)
        if len(counts) != 2:
            continue
        one, other = counts
        if min(len(one), len(other)) < _RESPELT_LETTERS or unaccented(one.lower()) == unaccented(other.lower()) \
                or not typo_keys(one) & typo_keys(other):
            continue  # accents alone are the accent detector's; two letters off may be two families' names
        if any(overlaps(o, claimed) or unrelated(text, o) for o in occurrences):
            continue
        keep = usual_form(occurrences, counts)
        claimed.extend((o.start, o.end) for o in occurrences)
        yield Verdict(occurrences, counts, keep, keep, "transliteration", Severity.WARNING, 0.6, "generic")


def _given_names(words: Sequence[str], lexicon: Any) -> bool:
    """Are the capitalised words before two surnames a person's given names, one at least of no language's word
    lists (``José Manuel``; not ``Banco``, nor a role alone: ``Lawyer``)?"""
    return any(not lexicon.is_english(word) and no_word(word) and TITLE_WORD.fullmatch(word) is None
               for word in words)


def _surnames(pair: tuple[str, str], lexicon: Any, lowercase: Collection[str]) -> bool:
    """Are both words surnames, no English word nor one the text writes in lower case (``Real Madrid`` is no
    person's)?"""
    return all(not lexicon.is_english(word) and word.lower() not in lowercase for word in pair)


def _respelt(full: tuple[str, str], pair: tuple[str, str]) -> bool:
    """Is ``pair`` the two surnames of ``full`` with one the same and the other one letter off, of four letters or
    more, its accents aside (``Ruiz Sainz``, ``Ruiz Saiz``)? Accents alone are the accent detector's."""
    same = [i for i in (0, 1) if full[i] == pair[i]]
    if len(same) != 1 or len(full[same[0]]) < _SHARED_LETTERS:
        return False
    one, other = full[1 - same[0]], pair[1 - same[0]]
    return min(len(one), len(other)) >= _RESPELT_LETTERS and unaccented(one.lower()) != unaccented(other.lower()) \
        and bool(typo_keys(one) & typo_keys(other))


def _given_part(words: tuple[str, ...], lexicon: Any) -> tuple[str, ...]:
    """The given names of a run of capitalised words before two surnames, past the English words that open a
    sentence or name a role (``Yesterday José Manuel``, ``Treasurer José Manuel``: ``José Manuel``)."""
    while words and lexicon.is_english(words[0]):
        words = words[1:]
    return words


def _unnamed(before: tuple[str, ...], givens: set[tuple[str, ...]], lexicon: Any) -> bool:
    """Are the capitalised words before a respelt pair the introduced person's given names, or titles only (``Mr``,
    ``Judge``)? Other given names are another person's, and a role opens a new person's full name."""
    return _given_part(before, lexicon) in givens - {()} or all(TITLE_WORD.fullmatch(word) is not None
                                                                for word in before)


def _verdict(text: str, full: tuple[str, str], pair: tuple[str, str],
             spans: dict[tuple[str, str], list[tuple[tuple[str, ...], int]]], claimed: list[tuple[int, int]]
             ) -> Verdict | None:
    """The verdict on the surname respelt: every occurrence of it and of the introduced one after the surname written
    the same, keeping the introduced spelling; none where another detector has judged one, or where the article says
    one of the two is no relation of the other."""
    index = 0 if full[0] != pair[0] else 1
    occurrences = []
    for words in (full, pair):
        for _, second in spans[words]:
            start = second if index == 1 else second - len(words[0]) - 1
            occurrences.append(Occurrence(start, start + len(words[index]), words[index]))
    if any(overlaps(o, claimed) or unrelated(text, o) for o in occurrences):
        return None
    counts = {full[index]: 0, pair[index]: 0}
    for occurrence in occurrences:
        counts[occurrence.form] += 1
    claimed.extend((o.start, o.end) for o in occurrences)
    return Verdict(sorted(occurrences, key=lambda o: o.start), Counter(counts), full[index], full[index],
                   "transliteration", Severity.WARNING, 0.6, "generic")

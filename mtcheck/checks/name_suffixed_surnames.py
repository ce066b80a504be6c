"""A person's surname written again after the same given name with a syllable put before its final vowel.

A detector of the ``name-variant`` check (``consistency.py``). Italian surnames come with and without a suffix
(``Lanfranchi``, ``Lanfranchini``; ``Bertoli``, ``Bertolini``), and a translation that knows both writes the other
for the introduced one (``The defendant, Marco Lanfranchi, 47,``, then ``Marco Lanfranchini listened``). Two such
surnames are long and parted by two letters, farther than the transliteration detector (``name_transliterations.py``)
or the same-given-name one (``name_surnames.py``, which asks the later name to speak) joins; here the later full name
marks the one person instead: written once, it opens a sentence as its subject, with no role or age of its own.
"""

from __future__ import annotations

import re
from typing import Callable, Iterator

from .language_lexicon import load_lexicon
from .name_context import LOWER_AFTER, SENTENCE_START_BEFORE
from .name_evidence import TWO_PEOPLE_ALIKE
from .name_forms import Occurrence, overlaps, unaccented
from .name_surnames import CAPITALISED_RUN
from .name_verdict import Verdict, generic_verdict

#: the fewest letters of the shorter surname: a short one with a syllable more is often another family's
#: (``Rossi``, ``Rossini``)
SUFFIXED_LETTERS = 7


def syllable_inserted(short: str, long: str) -> bool:
    """Is ``long`` the surname ``short``, of seven letters or more and ending in a vowel, with two letters put before
    that vowel (``Lanfranchi``, ``Lanfranchini``; ``Bertoli``, ``Bertolini``), accents aside?"""
    short, long = unaccented(short.lower()), unaccented(long.lower())
    return len(short) >= SUFFIXED_LETTERS and len(long) == len(short) + 2 and short[-1] in "aeiou" \
        and long.startswith(short[:-1]) and long[-1] == short[-1]


def two_word_full_names(text: str) -> dict[tuple[str, str], list[re.Match[str]]]:
    """Where each full name of two capitalised words stands, by (given name, surname), when no word of it (nor
    of its hyphenated parts) is English: a given name and a surname, not ``Red Cross`` or ``Saint-Louis Blues``."""
    lexicon = load_lexicon()
    full_names: dict[tuple[str, str], list[re.Match[str]]] = {}
    for run in CAPITALISED_RUN.finditer(text):
        words = run.group().split()
        if len(words) == 2 and not any(lexicon.is_english(word) for word in re.split(r"[\s-]+", run.group())):
            full_names.setdefault((words[0], words[1]), []).append(run)
    return full_names


def suffixed_surname_slips(text: str, claimed: list[tuple[int, int]]) -> Iterator[Verdict]:
    """Two full names of one lone given name, neither an English word, whose surnames part by a syllable put before
    the final vowel, where the later full name is written once, opens a sentence and goes on with a lower-case word
    (``Marco Lanfranchi, 47,``, then ``Marco Lanfranchini listened to the hearing``): the article names the person it
    introduced again; a second person of that given name would be introduced with a role. None where the article
    says two people have names alike (``two men with almost the same name``)."""
    yield from respelt_subject_slips(text, claimed, two_word_full_names(text), syllable_inserted)


def respelt_subject_slips(text: str, claimed: list[tuple[int, int]],
                          full_names: dict[tuple[str, str], list[re.Match[str]]],
                          respelt: Callable[[str, str], bool], opens_sentence: bool = True) -> Iterator[Verdict]:
    """Verdicts on pairs of ``full_names`` of one given name whose surnames ``respelt`` joins (the introduced one
    first), where the later full name is written once, its surname nowhere else, and goes on with a lower-case word
    (opening a sentence too, where ``opens_sentence``): the person the article introduced, named again rather than a
    second person, whom an article would introduce with a role or an age. None where the article says two people
    have names alike."""
    if TWO_PEOPLE_ALIKE.search(text) is not None:
        return
    for (given, introduced), earlier in full_names.items():
        for (other_given, later_surname), later in full_names.items():
            if other_given != given or not respelt(introduced, later_surname) or len(later) != 1:
                continue
            match = later[0]
            if match.start() < earlier[0].start() or len(re.findall(rf"\b{re.escape(later_surname)}\b", text)) != 1 \
                    or opens_sentence and SENTENCE_START_BEFORE.search(text, max(0, match.start() - 4), match.start()) is None \
                    or LOWER_AFTER.match(text, match.end()) is None:
                continue  # the later name introduced first, written again alone, or not the subject opening a sentence
            occurrences = [o for o in (Occurrence(m.start(), m.end(), m.group()) for m in
                                       re.finditer(rf"\b(?:{re.escape(introduced)}|{re.escape(later_surname)})\b", text))
                           if not overlaps(o, claimed)]
            if verdict := generic_verdict(occurrences, claimed, "transliteration"):
                yield verdict

"""A person's surname written again after the same given name with its final vowel changed, as a new subject.

A detector of the ``name-variant`` check (``consistency.py``). Italian, Spanish and Portuguese surnames end in a
vowel that a translation may guess from the family's other names (``The man, Fabio Landi,``, later ``Fabio Lando
was conscious``). Both spellings are families' names, so the same-given-name detector (``name_surnames.py``) joins
them only where the later full name speaks or the article names the person alone by the earlier surname. An article
that brings in a second person of that given name introduces them with a role, an age or an apposition; here the
later full name, written once with its surname nowhere else, just opens a sentence as its subject and goes on with a
lower-case word: the person the article introduced, named again.
"""

from __future__ import annotations

from typing import Iterator

from .name_forms import unaccented
from .name_suffixed_surnames import respelt_subject_slips, two_word_full_names
from .name_verdict import Verdict

#: the vowels a Romance surname ends in, which a translation guesses (``Landi``, ``Lando``; ``Rossi``, ``Rosso``)
_FINAL_VOWELS = frozenset("aeio")
#: the fewest letters of such a surname: shorter ones are often words or other families' names (``Sala``, ``Sale``)
FINAL_VOWEL_LETTERS = 5


def final_vowel_changed(one: str, other: str) -> bool:
    """Do two surnames of five letters or more part only on their final vowel (``Landi``, ``Lando``), accents
    aside?"""
    one, other = unaccented(one.lower()), unaccented(other.lower())
    return len(one) == len(other) >= FINAL_VOWEL_LETTERS and one[:-1] == other[:-1] and one[-1] != other[-1] \
        and {one[-1], other[-1]} <= _FINAL_VOWELS


def final_vowel_surname_slips(text: str, claimed: list[tuple[int, int]]) -> Iterator[Verdict]:
    """Two full names of one lone given name, neither an English word, whose surnames part on their final vowel,
    where the later full name is written once, its surname nowhere else, opening a sentence before a lower-case word
    (``The man, Fabio Landi,``, then ``Fabio Lando was conscious``): the article names the person it introduced
    again. None where the article says two people have names alike."""
    full_names = {name: runs for name, runs in two_word_full_names(text).items() if "-" not in runs[0].group()}
    yield from respelt_subject_slips(text, claimed, full_names, final_vowel_changed)

"""A person's surname written again after the same given name with a letter changed that is not said, or said alike.

A detector of the ``name-variant`` check (``consistency.py``). A translation that spells a name by ear guesses the
letters the name's language writes but does not sound: the French mute final E (``the shepherd Bernadette Rouch``,
later ``Bernadette Rouche said``), or the Portuguese and Spanish S and Z said alike at a word's end or between vowels
(``João Brás``, later ``the team of João Braz``; ``Sousa``, ``Souza``). Both spellings are families' names, but two
people of one given name in one article would each be introduced with a role; here the later full name is written
once, its surname nowhere else, and goes on with a lower-case word, with no role, age or apposition of its own: the
person the article introduced, named again. Unlike the said-alike detector (``name_said_alike_surnames.py``) the
article need not name the person by the surname alone: the two spellings are said the same, not merely alike.
"""

from __future__ import annotations

from typing import Iterator

from .name_forms import unaccented
from .name_suffixed_surnames import respelt_subject_slips, two_word_full_names
from .name_verdict import Verdict

#: the fewest letters of the shorter surname: shorter ones are often words or other families' names (``Bra``, ``Paz``)
SILENT_LETTER_LETTERS = 4
_VOWELS = frozenset("aeiou")


def mute_final_e(one: str, other: str) -> bool:
    """Is one surname the other, of four letters or more and ending in a consonant, with a mute final E added
    (``Rouch``, ``Rouche``; ``Marchand``, ``Marchande``), accents aside? French does not say the E, so a writer who
    hears the name guesses it."""
    one, other = unaccented(one.lower()), unaccented(other.lower())
    short, long = sorted((one, other), key=len)
    return len(short) >= SILENT_LETTER_LETTERS and short[-1] not in _VOWELS and short[-1] != "y" \
        and long == short + "e"


def s_for_z(one: str, other: str) -> bool:
    """Is one surname, of four letters or more, the other with a Z where the other writes S, at its end or between
    vowels (``Brás``, ``Braz``; ``Sousa``, ``Souza``; ``Queirós``, ``Queiroz``), accents aside? Portuguese says
    them alike there, and older and Brazilian spellings write the Z, so a translation may write either."""
    one, other = unaccented(one.lower()), unaccented(other.lower())
    if len(one) != len(other) or len(one) < SILENT_LETTER_LETTERS:
        return False
    apart = [i for i in range(len(one)) if one[i] != other[i]]
    if len(apart) != 1 or {one[apart[0]], other[apart[0]]} != {"s", "z"}:
        return False
    i = apart[0]
    return i == len(one) - 1 or (one[i - 1] in _VOWELS and one[i + 1] in _VOWELS)


def silent_letter_surname_slips(text: str, claimed: list[tuple[int, int]]) -> Iterator[Verdict]:
    """Two full names of one given name, neither an English word, whose surnames part on a mute final E or an S
    said as a Z, where the later full name is written once, its surname nowhere else, before a lower-case word
    (``the shepherd Bernadette Rouch lost``, then ``Bernadette Rouche said``): the article names the person it
    introduced again; a second person of that given name would be introduced with a role. None where the article
    says two people have names alike."""
    full_names = {name: runs for name, runs in two_word_full_names(text).items() if "-" not in runs[0].group()}
    yield from respelt_subject_slips(text, claimed, full_names,
                                     lambda one, other: mute_final_e(one, other) or s_for_z(one, other),
                                     opens_sentence=False)

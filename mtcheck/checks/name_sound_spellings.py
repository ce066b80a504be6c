"""Predicates of name-variant for two spellings of one surname that a language says alike, letters apart.

Kept apart from ``name_spelling.py`` (at its size limit); like it, they compare two spellings on their letters
alone. A translation that spells a name by ear writes the sound another way: the old French X said as an S
(``Texier``, ``Tessier``).
"""

from __future__ import annotations

from .name_forms import unaccented

_VOWELS = frozenset("aeiouy")


def x_for_ss(one: str, other: str) -> bool:
    """Is one surname, of five letters or more, the other with an X between vowels where the other writes SS
    (``Texier``, ``Tessier``; ``Bouxière``, ``Boussière``)? Old French names keep an X said as an S there, and a
    writer who spells the name by ear writes the SS, or the reverse."""
    one, other = unaccented(one.lower()), unaccented(other.lower())
    short, long = sorted((one, other), key=len)
    if len(short) < 5 or len(long) != len(short) + 1:
        return False
    return any(short[i] == "x" and long == short[:i] + "ss" + short[i + 1:]
               and short[i - 1] in _VOWELS and short[i + 1] in _VOWELS
               for i in range(1, len(short) - 1))

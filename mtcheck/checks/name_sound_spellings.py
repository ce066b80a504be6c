"""Predicates of name-variant for two spellings of one surname that a language says alike, letters apart.

Kept apart from ``name_spelling.py`` (at its size limit); like it, they compare two spellings on their letters
alone. A translation that spells a name by ear writes the sound another way: the old French X said as an S
(``Texier``, ``Tessier``), a German diphthong (``Meyer``, ``Maier``), the Dutch X of a KS (``Hoeks``, ``Hoex``), the
German final G said as a K (``Haug``, ``Hauck``), the Spanish LL said as a Y (``Gallardo``, ``Gayardo``).
"""

from __future__ import annotations

from .name_forms import unaccented

_VOWELS = frozenset("aeiouy")


def diphthong_respelt(one: str, other: str) -> bool:
    """Is one surname the other with its German diphthong EI, AI, EY or AY written another of those ways (``Meyer``,
    ``Maier``; ``Heider``, ``Haider``)? The four sound alike, so a writer who hears the name picks one by guess;
    after the same given name in one article they are one person's, respelt."""
    one, other = one.lower(), other.lower()
    return len(one) == len(other) >= 4 and any(
        one[:i] == other[:i] and one[i + 2:] == other[i + 2:] and one[i:i + 2] != other[i:i + 2]
        and {one[i:i + 2], other[i:i + 2]} <= _GERMAN_DIPHTHONGS
        for i in range(len(one) - 1))


#: the spellings of the German diphthong said as English "eye"
_GERMAN_DIPHTHONGS = frozenset(("ei", "ai", "ey", "ay"))


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


def x_for_ks(one: str, other: str) -> bool:
    """Is one surname the other with an X where the other writes KS or CKS (``Hoeks``, ``Hoex``; ``Hendriks``,
    ``Hendrix``)? Dutch and Flemish names write the one sound either way, so a writer who hears the name picks one."""
    one, other = unaccented(one.lower()), unaccented(other.lower())
    short, long = sorted((one, other), key=len)
    return len(short) >= 4 and any(
        short[i] == "x" and long in (short[:i] + "ks" + short[i + 1:], short[:i] + "cks" + short[i + 1:])
        for i in range(1, len(short)))


def final_g_for_k(one: str, other: str) -> bool:
    """Is one surname the other with its final G written K or CK (``Haug``, ``Hauck``; ``Hartwig``, ``Hartwick``)?
    German says a final G as a K, so a writer who hears the name writes the K."""
    one, other = unaccented(one.lower()), unaccented(other.lower())
    with_g, with_k = (one, other) if one.endswith("g") else (other, one)
    return len(with_g) >= 4 and with_g.endswith("g") and with_k in (with_g[:-1] + "k", with_g[:-1] + "ck")


def ll_for_y(one: str, other: str) -> bool:
    """Is one surname, of five letters or more, the other with a Y between vowels where the other writes LL
    (``Gallardo``, ``Gayardo``; ``Arroyo``, ``Arrollo``), accents aside? Most Spanish speakers say the LL as that
    Y, so a writer who spells the name by ear writes one for the other."""
    one, other = unaccented(one.lower()), unaccented(other.lower())
    short, long = sorted((one, other), key=len)
    return len(short) >= 5 and len(long) == len(short) + 1 and any(
        short[i] == "y" and long == short[:i] + "ll" + short[i + 1:]
        and short[i - 1] in _VOWELS and short[i + 1] in _VOWELS for i in range(1, len(short) - 1))


def said_alike(one: str, other: str) -> bool:
    """Are two surnames of one person, after the same given name, spelt two ways that sound alike: a German
    diphthong, an X for a KS, a final G for a K or a Spanish LL for a Y? Two families' names may part so (``Meyer``,
    ``Maier``), but not two people's with one given name in one article."""
    return diphthong_respelt(one, other) or x_for_ks(one, other) or final_g_for_k(one, other) or ll_for_y(one, other)


#: the French endings said as one O, their last letters silent (``Girault``, ``Giraud``, ``Giraut``)
_SILENT_O_ENDINGS = ("ault", "aud", "aut", "aux")
#: the fewest letters before such an ending: a short stem with another ending is often another family's name
_SILENT_ENDING_STEM = 3


def silent_ending_respelt(one: str, other: str) -> bool:
    """Is one surname the other with its French ending said O written another of those ways (``Girault``,
    ``Giraud``; ``Thibault``, ``Thibaut``), accents aside? The last letters are silent, so a writer who hears the
    name guesses them; an ending said otherwise sets two names apart (``Giraud``, ``Girard``)."""
    one, other = unaccented(one.lower()), unaccented(other.lower())
    return any(one.endswith(a) and other.endswith(b) and one[:-len(a)] == other[:-len(b)]
               and len(one) - len(a) >= _SILENT_ENDING_STEM
               for a in _SILENT_O_ENDINGS for b in _SILENT_O_ENDINGS if a != b)

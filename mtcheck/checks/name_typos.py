"""Typing slips of name-variant: a name the article keeps writing one way, once typed with two letters swapped, or
the first word of a place's longer name one letter off before the same particles and words.

Machine translation and hurried editing leave ``Verhulst`` twice and ``Verhults`` once, or ``Alhama de Murcia``
beside ``Alama de Murcia``. Letters alone cannot tell a slip from two names that part on a letter; these
predicates ask what else makes it one name: the spelling the article keeps writing, or the rest of a long name
that both spellings share. They take the text, the document's ``Layout`` and ``found`` (``(start, name end, form,
word end)`` of each occurrence), as ``name_evidence.py`` and ``name_place_slips.py`` do.
"""

from __future__ import annotations

from collections import Counter
from typing import Sequence

from .language_lexicon import load_lexicon
from .name_context import before_a_name, written_as_person
from .name_forms import Layout, unaccented
from .name_keys import SURNAME_LETTERS
from .name_place_evidence import never_in_one_sentence
from .name_place_slips import as_place
from .name_spelling import no_word, one_inner_letter_apart


def swapped_letters(one: str, other: str) -> bool:
    """Are two words of one length the same but for two different neighbouring letters swapped, neither of them the
    first (``Verhulst``, ``Verhults``)? A typist's slip, which no transliteration makes."""
    if len(one) != len(other) or one == other:
        return False
    parts = [i for i, (a, b) in enumerate(zip(one.lower(), other.lower())) if a != b]
    return len(parts) == 2 and parts[0] > 0 and parts[1] == parts[0] + 1 \
        and one[parts[0]].lower() == other[parts[1]].lower() and one[parts[1]].lower() == other[parts[0]].lower()


def swapped_letters_slip(text: str, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Is a name of six letters or more, of no language's word lists, written twice or more one way and once with
    two neighbouring letters swapped (``Dirk Verhulst``, ``Verhulst's lawyer``; ``when Verhults built a fence``),
    the slip no given name before a surname? Two people or places whose names part so are rare; the one the article
    keeps naming is the one misspelt."""
    counts = Counter(form for _, _, form, _ in found)
    if len(counts) != 2:
        return False
    (usual, usual_count), (rare, rare_count) = counts.most_common()
    if rare_count != 1 or usual_count < 2 or len(usual) < SURNAME_LETTERS or not swapped_letters(usual, rare) \
            or not (no_word(usual) and no_word(rare)):
        return False
    return not any(before_a_name(text, end) for _, _, form, end in found if form == rare)


def tail_slip(text: str, lay: Layout, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Is the first word of a place's name of particles and words (``Alhama de Murcia``), five letters or more,
    written with one inner letter added, dropped or changed (``Alama de Murcia``) before the same rest of the name,
    each time as a place's (after a preposition of place, or listed after one), never as a person's and never both
    in one sentence? The shared rest makes it one place: two towns whose first
    words part on a letter (``Villanueva``, ``Villanova``) rarely share the rest too, and when they do they are set
    side by side."""
    forms = sorted({form for _, _, form, _ in found})
    if len(forms) != 2 or min(map(len, forms)) < SURNAME_LETTERS - 1 \
            or not one_inner_letter_apart(*map(unaccented, forms)):
        return False
    lexicon = load_lexicon()
    # each written as a place's (``the mayor of Alama de Murcia``): a given name before particles and a surname
    # (``Sietse de Boer``, ``Sietske de Boer``) is two people's as often as not
    return all(as_place(text, start, name_end) and not written_as_person(text, start, lexicon)
               for start, name_end, _, _ in found) and never_in_one_sentence(lay, found)


def with_silent_h(forms: Sequence[str]) -> str:
    """Of two spellings, the one with an H before a vowel that the other drops (``Alhama``, ``Alama``; ``Matheus``,
    ``Mateus``), else ``""``: a writer drops a place's silent H, and seldom adds one, so on a tie it is the spelling
    to keep.
    An H after a vowel that lengthens it (``Sohlberg``, ``Solberg``) is added as often as dropped."""
    if len(forms) != 2:
        return ""
    short, long = sorted(forms, key=len)
    return long if len(long) == len(short) + 1 and any(
        long[i].lower() == "h" and long[i + 1:i + 2].lower() in tuple("aeiouy") and long[:i] + long[i + 1:] == short
        for i in range(len(long) - 1)) else ""

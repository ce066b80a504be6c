"""A person's full name written again with both the given name and the surname respelt by ear.

A detector of the ``name-variant`` check (``consistency.py``). A translation that spells a French name by its sound
may change both its words at once (``Mickaël Girault``, later ``Michaël Giraud retorted``): the given name one
letter off, the surname with its silent ending guessed. The detectors that judge a given name before the same surname
(``name_given_names.py``) or a surname after the same given name (``name_surnames.py``) each need the other word
kept, so they leave it. Two people would each be introduced with a role; a later full name that only opens a
sentence to speak, after the other was introduced, is the first person named again.
"""

from __future__ import annotations

import re
from itertools import combinations
from typing import Iterator

from .language_lexicon import load_lexicon
from .name_evidence import TWO_PEOPLE_ALIKE, full_name_respoken
from .name_forms import Occurrence, overlaps
from .name_keys import given_key, typo_keys
from .name_sound_spellings import said_alike, silent_ending_respelt
from .name_spelling import feminine_pair
from .name_surnames import CAPITALISED_RUN
from .name_verdict import Verdict, generic_verdict


def respelt_full_names(text: str, claimed: list[tuple[int, int]]) -> Iterator[Verdict]:
    """Two full names of a given name and a surname, no word of English, whose given names are one letter apart
    (``Mickaël``, ``Michaël``), not a masculine and a feminine, and whose surnames sound alike (a French silent
    ending: ``Girault``, ``Giraud``; a German diphthong, an X for a KS, a final G for a K), where the later full name
    only opens a sentence to speak, with no role of its own. None where the article says two people have names
    alike (``two men with almost the same name``)."""
    if TWO_PEOPLE_ALIKE.search(text) is not None:
        return
    lexicon = load_lexicon()
    full_names: dict[tuple[str, str], list[re.Match[str]]] = {}  # (given name, surname): where the name stands
    for run in CAPITALISED_RUN.finditer(text):
        words = run.group().split()
        if len(words) == 2 and not any(lexicon.is_english(word) for word in re.split(r"[\s-]+", run.group())):
            full_names.setdefault((words[0], words[1]), []).append(run)
    for (given, surname), (other_given, other_surname) in combinations(sorted(full_names), 2):
        if given == other_given or surname == other_surname or feminine_pair(given, other_given) \
                or not typo_keys(given_key(given)) & typo_keys(given_key(other_given)) \
                or not (silent_ending_respelt(surname, other_surname) or said_alike(surname, other_surname)) \
                or not full_name_respoken(text, (given, surname), (other_given, other_surname)):
            continue
        occurrences = [o for o in (Occurrence(m.start(), m.end(), m.group()) for m in
                                   full_names[given, surname] + full_names[other_given, other_surname])
                       if not overlaps(o, claimed)]
        if verdict := generic_verdict(occurrences, claimed, "transliteration"):
            yield verdict

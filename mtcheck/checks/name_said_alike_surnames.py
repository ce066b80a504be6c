"""A person's surname written again after the same given name, respelt by its sound, wherever the sentence names it.

A detector of the ``name-variant`` check (``consistency.py``). A translation that spells a name by ear writes its
sound another way (``Rubén Gallardo``, later ``said they saw Rubén Gayardo walk back``: the Spanish LL said as a Y).
Long surnames two letters apart are left by the transliteration detector (``name_transliterations.py``), and the
same-given-name one (``name_surnames.py``) asks the later full name to open a sentence and speak. Here the later
full name marks the one person otherwise: written once, with no role or apposition of its own (a lower-case word
right after it), while the article keeps naming the introduced person by the earlier surname alone.
"""

from __future__ import annotations

import re
from typing import Iterator

from .name_context import LOWER_AFTER
from .name_evidence import TWO_PEOPLE_ALIKE
from .name_forms import Occurrence, overlaps
from .name_sound_spellings import said_alike
from .name_suffixed_surnames import two_word_full_names
from .name_verdict import Verdict, generic_verdict


def said_alike_surname_slips(text: str, claimed: list[tuple[int, int]]) -> Iterator[Verdict]:
    """Two full names of one lone given name, neither an English word, whose surnames sound alike (a Spanish LL for
    a Y, a German diphthong, an X for a KS, a final G for a K), where the later full name is written once, its
    surname nowhere else, before a lower-case word, and the earlier surname is written alone too (``Gallardo took
    a knife``): the article names the person it introduced again; a second person of that given name would be
    introduced with a role. None where the article says two people have names alike."""
    if TWO_PEOPLE_ALIKE.search(text) is not None:
        return
    full_names = {name: runs for name, runs in two_word_full_names(text).items() if "-" not in runs[0].group()}
    for (given, introduced), earlier in full_names.items():
        for (other_given, respelt), later in full_names.items():
            if other_given != given or not said_alike(introduced, respelt) or len(later) != 1 \
                    or later[0].start() < earlier[0].start():
                continue
            bare = [m for m in re.finditer(rf"\b{re.escape(introduced)}\b", text)
                    if not any(full.start() <= m.start() < full.end() for full in earlier)]
            if not bare or len(re.findall(rf"\b{re.escape(respelt)}\b", text)) != 1 \
                    or LOWER_AFTER.match(text, later[0].end()) is None:
                continue  # the introduced person never named alone, the respelt name again, or given a role
            occurrences = [o for o in (Occurrence(m.start(), m.end(), m.group()) for m in
                                       re.finditer(rf"\b(?:{re.escape(introduced)}|{re.escape(respelt)})\b", text))
                           if not overlaps(o, claimed)]
            if verdict := generic_verdict(occurrences, claimed, "transliteration"):
                yield verdict

"""What a detector of name-variant decides: which occurrences are one name, and which spelling to keep.

The detectors (``name_table_matches.py``, ``name_accents.py``, ``name_transliterations.py``, ``name_surnames.py``,
``name_given_names.py``, ``name_particles.py``) read the text and yield a ``Verdict`` each time they find one name
written several ways; the check in ``consistency.py`` turns each verdict into findings, so that the messages,
the severity a configuration overrides and the evidence are made in one place.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

from ..model import Severity
from .name_forms import Occurrence


@dataclass(frozen=True)
class Verdict:
    """One name written several ways in a document: every occurrence of a form other than ``keep`` is reported."""

    occurrences: Sequence[Occurrence]
    #: how often the document writes each form (the findings' evidence, in this order)
    counts: Counter[str]
    keep: str
    #: the usual English form, named in the advice where it is not the one kept
    preferred: str
    #: a key of ``name_table.KINDS``
    kind: str
    severity: Severity
    confidence: float
    #: the detector's family: ``table``, ``glossary`` or ``generic``
    source: str


def usual_form(occurrences: Sequence[Occurrence], counts: Counter[str], preferred: str = "",
               form_of: Callable[[str], str] = str) -> str:
    """The form the document mostly uses (``counts`` of ``form_of`` each occurrence's form); on a tie
    the preferred one, then the earliest."""
    first = {f: min(o.start for o in occurrences if form_of(o.form) == f) for f in counts}
    return max(counts, key=lambda f: (counts[f], f == preferred, -first[f]))


def generic_verdict(occurrences: Sequence[Occurrence], claimed: list[tuple[int, int]], kind: str) -> Verdict | None:
    """A generic detector's warning on the spellings among ``occurrences``, which it claims, the usual one kept; none
    when they hold one spelling only."""
    counts = Counter(o.form for o in occurrences)
    if len(counts) < 2:
        return None
    keep = usual_form(occurrences, counts)
    claimed.extend((o.start, o.end) for o in occurrences)
    return Verdict(occurrences, counts, keep, keep, kind, Severity.WARNING, 0.6, "generic")


def as_found(occurrences: Iterable[Occurrence]) -> list[tuple[int, int, str, int]]:
    """The ``(start, name end, form, word end)`` of each occurrence, as the predicates of ``name_evidence.py`` and
    ``name_place_evidence.py`` take them."""
    return [(o.start, o.end, o.form, o.end) for o in occurrences]

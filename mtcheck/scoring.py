"""The per-document score (0-100) a reader can understand.

Each finding costs penalty points by severity (error 3, warning 1, info 0.2),
times its confidence. Points are spread over the document's length in units of
20 words (50 words at least, so a tiny text is not ruined by one note), and the
score is ``100 × exp(−points × 20 / max(words, 50))``:

- 100 means nothing was found;
- one error in a 600-word article gives about 90, one warning about 97;
- an article with an artifact in every other sentence falls below 30.
"""

from __future__ import annotations

import math
import re
from typing import Iterable

from .model import Finding, Severity

SEVERITY_POINTS = {Severity.ERROR: 3.0, Severity.WARNING: 1.0, Severity.INFO: 0.2}
WORDS_PER_UNIT = 20
MIN_WORDS = 50
_WORD = re.compile(r"\w+", re.U)


def count_words(text: str) -> int:
    """Words as a reader counts them (runs of letters or digits)."""
    return len(_WORD.findall(text))


def penalty(findings: Iterable[Finding]) -> float:
    """Sum of severity points weighted by confidence."""
    return sum(SEVERITY_POINTS[f.severity] * max(0.0, min(1.0, f.confidence)) for f in findings)


def document_score(findings: Iterable[Finding], words: int) -> float:
    """Score 0-100 (100: nothing found), rounded to one decimal."""
    points = penalty(findings)
    return round(100.0 * math.exp(-points * WORDS_PER_UNIT / max(words, MIN_WORDS)), 1)

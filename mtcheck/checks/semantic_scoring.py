"""Scores behind the semantic checks: document pieces, per-encoder calibration, verdicts.

Pure functions over vectors, so ``benchmarks/semantic_calibration.py`` measures
exactly what the checks decide. A document is cut into pieces (the title and
one piece per paragraph, each cut to its first words); similarities are read
on a scale calibrated per encoder, where 0 is a typical unrelated title and 1
a typical real one, because cosine ranges differ: e5's similarities sit
between 0.7 and 0.95 where USE's spread from 0 to 0.8.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from ..model import Document, Segment

#: words of a piece that are encoded (the rest of a long paragraph adds little topic)
UNIT_WORDS = 32
#: pieces encoded per document at most, title included
MAX_UNITS = 40
#: a first line longer than this is a paragraph, not a title (as the text reader decides)
MAX_TITLE_CHARS = 200
#: the next-line rule of headline-mismatch: the second headline must fit at least like a
#: typical real one, and the title must not fit well itself
NEXT_LINE_MIN = 1.0
NEXT_TITLE_MAX = 0.6
_FIRST_LINE = re.compile(r"\s*([^\n]+?)[ \t]*(?:\r?\n|$)")
_WORD = re.compile(r"\S+")
_SENTENCE_END = ".!?\N{HORIZONTAL ELLIPSIS}\"'\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK})]"


@dataclass(frozen=True)
class Cut:
    """Off-topic cut-offs on the relative scale: similarity to the rest of the document
    below ``centroid``, to the two nearest paragraphs below ``nearest``, and at least
    ``gap`` below the document's median paragraph."""

    centroid: float
    nearest: float
    gap: float


@dataclass(frozen=True)
class Calibration:
    """Measured similarity levels of one encoder (benchmarks/semantic_calibration.py).

    ``unrelated`` and ``related`` are the median headline scores of swapped and
    of real titles. Every similarity is read on the scale between them
    (0 = unrelated, 1 = a typical real headline), which makes a compressed
    range such as e5's comparable with USE's. Off-topic cut-offs are on that
    scale too, one for sentence-like lines and a looser one for headline-shaped
    lines (no final punctuation, five words or more), the shape of an injected
    related-article link.
    """

    unrelated: float
    related: float
    sentence: Cut
    headline: Cut

    def relative(self, similarity: float) -> float:
        """``similarity`` on the scale where 0 is unrelated and 1 a real headline."""
        return (similarity - self.unrelated) / (self.related - self.unrelated)


#: per encoder name; ``st:`` keys match any path or hub name that contains the model name
CALIBRATION: dict[str, Calibration] = {
    "use": Calibration(0.101, 0.519, Cut(-0.15, -0.05, 0.8), Cut(0.25, 0.35, 0.35)),
    "e5": Calibration(0.797, 0.883, Cut(0.45, 0.0, 0.75), Cut(0.8, 0.2, 0.3)),
    "st:all-minilm-l6-v2": Calibration(0.064, 0.629, Cut(0.0, 0.1, 0.7), Cut(0.3, 0.35, 0.35)),
}
#: for an encoder nobody calibrated: levels typical of cosine-trained English models
DEFAULT_CALIBRATION = CALIBRATION["st:all-minilm-l6-v2"]


def calibration_for(encoder_name: str) -> Calibration:
    """The calibration of ``encoder_name``, or the default for an unknown model."""
    normal = encoder_name.lower().replace("_", "-")
    if normal in CALIBRATION:
        return CALIBRATION[normal]
    for key, value in CALIBRATION.items():
        if key.startswith("st:") and normal.startswith("st:") and key[3:] in normal:
            return value
    return DEFAULT_CALIBRATION


@dataclass(frozen=True)
class Unit:
    """A piece of a document to embed: its span in the text and the words encoded."""

    start: int
    end: int
    text: str
    words: int

    @property
    def headline_shaped(self) -> bool:
        """Short and without final punctuation: the shape of a headline or a link."""
        return self.words <= 25 and self.text.rstrip()[-1:] not in _SENTENCE_END


def _unit(text: str, start: int, end: int, cap: int) -> Unit:
    words = _WORD.findall(text[start:end])
    return Unit(start, end, " ".join(words[:cap]), len(words))


def title_bounds(document: Document) -> tuple[int, int] | None:
    """Where the title is: the reader's ``title_span``, else a short first line
    without final punctuation followed by more text (the plain-text convention)."""
    if document.title_span is not None:
        span = document.title_span
        return (span.start, span.end) if len(span) else None
    match = _FIRST_LINE.match(document.text)
    if match is None or not document.text[match.end():].strip():
        return None
    line = match.group(1)
    if len(line) > MAX_TITLE_CHARS or line.endswith((".", ":", ";", ",")):
        return None
    return match.start(1), match.end(1)


def document_units(document: Document, segments: Sequence[Segment], cap: int = UNIT_WORDS,
                   limit: int = MAX_UNITS) -> tuple[Unit | None, list[Unit]]:
    """The title piece (if any) and the body pieces of ``document``.

    Body pieces are paragraphs (lines); a document written as one block of text
    falls back to its sentences, so that it still has pieces to compare.
    """
    text = document.text
    bounds = title_bounds(document)
    title = _unit(text, bounds[0], bounds[1], cap) if bounds else None
    body_start = bounds[1] if bounds else 0
    body = [s for s in segments if s.start >= body_start]
    paragraphs: dict[int, list[Segment]] = {}
    for seg in body:
        paragraphs.setdefault(seg.paragraph, []).append(seg)
    groups = list(paragraphs.values())
    if len(groups) < 3 and len(body) > len(groups):
        groups = [[seg] for seg in body]
    units = [_unit(text, g[0].start, g[-1].end, cap) for g in groups[: limit - 1]]
    return title, units


def unit_texts(document: Document, segments: Sequence[Segment]) -> list[str]:
    """Every text the semantic checks encode for ``document``: a runner can encode them ahead."""
    title, units = document_units(document, segments)
    return ([title.text] if title else []) + [u.text for u in units]


def _normalise(vector: np.ndarray) -> np.ndarray:
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm > 0 else vector


def headline_score(title: np.ndarray, body: np.ndarray, lead: int = 12) -> tuple[float, float, float]:
    """How well a title fits a body: mean of its similarity to the body's centroid and
    to its two closest paragraphs (among the first ``lead``); also returns both parts."""
    body = body[:lead]
    sims = body @ title
    nearest = float(np.sort(sims)[-2:].mean())
    centroid = float(_normalise(body.sum(axis=0)) @ title)
    return (nearest + centroid) / 2, centroid, nearest


def outlier_scores(vectors: np.ndarray, title: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Per piece: similarity to the rest of the document (leave-one-out centroid of the
    other pieces and the title) and mean similarity to its two nearest other pieces."""
    total = vectors.sum(axis=0) + (title if title is not None else 0)
    others = vectors @ vectors.T
    np.fill_diagonal(others, -1.0)
    if title is not None:
        others = np.concatenate([others, (vectors @ title)[:, None]], axis=1)
    centroid = np.array([float(vectors[i] @ _normalise(total - vectors[i])) for i in range(len(vectors))])
    nearest = np.sort(others, axis=1)[:, -2:].mean(axis=1)
    return centroid, nearest


def judge_headline(title: np.ndarray, body: np.ndarray, units: Sequence[Unit], cal: Calibration,
                   threshold: float, next_gap: float) -> dict:
    """The headline verdict from vectors: ``flagged``, the scores and why.

    When the body opens with a second headline-shaped line (a scraped page's
    real headline or standfirst), both are scored against the rest of the body:
    a title that fits far worse than that line (``next_gap`` on the relative
    scale) while the line fits like a real headline is from another story.
    """
    competitor = len(units) > 2 and units[0].headline_shaped and units[0].words >= 4
    rest = body[1:] if competitor else body
    raw, centroid, nearest = headline_score(title, rest)
    score = cal.relative(raw)
    result = {"flagged": score < threshold, "reason": "unrelated", "score": round(score, 3),
              "similarity": round(raw, 3), "centroid": round(centroid, 3), "nearest": round(nearest, 3),
              "threshold": threshold}
    if competitor:
        rival = cal.relative(headline_score(body[0], rest)[0])
        result["next_line_score"] = round(rival, 3)
        if not result["flagged"] and rival >= NEXT_LINE_MIN and rival - score >= next_gap and score < NEXT_TITLE_MAX:
            result.update(flagged=True, reason="next line")
    return result


def judge_paragraphs(body: np.ndarray, title: np.ndarray | None, units: Sequence[Unit], cal: Calibration,
                     min_words: int, max_words: int) -> list[dict]:
    """Per body piece: relative similarities, the cut applied and ``flagged``."""
    centroid, nearest = outlier_scores(body, title)
    relative_c = [cal.relative(float(c)) for c in centroid]
    relative_n = [cal.relative(float(n)) for n in nearest]
    scale = cal.related - cal.unrelated
    verdicts = []
    for i, unit in enumerate(units):
        median = float(np.median(np.delete(centroid, i)))
        gap = (median - float(centroid[i])) / scale
        cut = cal.headline if unit.headline_shaped and unit.words >= 5 else cal.sentence
        flagged = (min_words <= unit.words <= max_words and relative_c[i] < cut.centroid
                   and relative_n[i] < cut.nearest and gap >= cut.gap)
        verdicts.append({"flagged": flagged, "similarity": round(relative_c[i], 3), "nearest": round(relative_n[i], 3),
                         "gap": round(gap, 3), "cut": cut})
    return verdicts

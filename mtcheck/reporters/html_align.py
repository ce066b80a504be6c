"""The side-by-side view of an ``align`` result: one table row per aligned group.

Each row holds the source segments of a group on the left and the target
segments on the right, both highlighted with the findings of their side, and
the group's similarity between them (its number and a colour band). An
omission has an empty target cell, an addition an empty source cell.

A group's cell is the stretch of text from its first segment's start to its
last segment's end. The spans of the segments come from the pair itself when
it lists them (``source_spans``/``target_spans``: ``[[start, end], ...]``);
otherwise the text is split again the way ``align`` splits it by default.
"""

from __future__ import annotations

import math
from typing import Any, Mapping, Sequence

from ..model import DocumentResult
from .html_highlight import Mark, highlight, placed_whole

SIDES = ("source", "target")


def _segment_spans(text: str, language: str) -> list[tuple[int, int]]:
    from ..segment import segment

    return [(s.start, s.end) for s in segment(text, "sentences", language)]


def _group_span(pair: Mapping[str, Any], side: str, spans: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """Where a group's segments on ``side`` lie in that side's text; None when unknown."""
    listed = pair.get(f"{side}_spans")
    if listed:
        return int(listed[0][0]), int(listed[-1][1])
    indexes = [i for i in pair.get(side) or () if isinstance(i, int)]
    if not indexes or not all(0 <= i < len(spans) for i in indexes):
        return None
    return spans[min(indexes)][0], spans[max(indexes)][1]


def _band(similarity: Any) -> int | None:
    """The colour band 0-10 of a similarity, None when the group has none."""
    if isinstance(similarity, bool) or not isinstance(similarity, (int, float)) or not math.isfinite(similarity):
        return None
    return max(0, min(10, round(float(similarity) * 10)))


def _numbers(indexes: Sequence[int]) -> str:
    """Segment numbers as readers count them, from 1: ``3``, ``3-4``."""
    shown = [i + 1 for i in indexes]
    return str(shown[0]) if len(shown) == 1 else f"{shown[0]}\N{EN DASH}{shown[-1]}"


def align_rows(doc: DocumentResult, source_language: str = "en") -> tuple[list[dict[str, Any]], set[int]]:
    """The rows of the side-by-side table, and which findings they show as one element each."""
    texts = {"source": doc.source.text if doc.source is not None else "", "target": doc.document.text}
    languages = {"source": source_language if len(source_language) == 2 else "en", "target": doc.language or "en"}
    spans: dict[str, list[tuple[int, int]]] = {}
    findings = {side: [(k, f) for k, f in enumerate(doc.findings) if (f.side == "source") == (side == "source")]
                for side in SIDES}
    rows: list[dict[str, Any]] = []
    whole: set[int] = set()
    for number, pair in enumerate(doc.pairs or ()):
        band = _band(pair.get("similarity"))  # None unless a number: a saved result may be damaged
        row: dict[str, Any] = {"number": number + 1, "band": band,
                               "similarity": None if band is None else round(float(pair["similarity"]), 4)}
        for side in SIDES:
            indexes = [i for i in pair.get(side) or () if isinstance(i, int)]
            row[f"{side}_numbers"] = _numbers(indexes) if indexes else ""
            if not indexes:
                row[side] = None
                continue
            if side not in spans and not pair.get(f"{side}_spans"):
                spans[side] = _segment_spans(texts[side], languages[side])
            where = _group_span(pair, side, spans.get(side, []))
            if where is None:
                row[side] = ""
                continue
            start, end = where
            text = texts[side]
            marks = [
                Mark(max(f.start, start) - start, min(f.end, end) - start, k, f.check, f.severity.value,
                     start <= f.start and f.end <= end and text[f.start:f.end] == f.excerpt)
                for k, f in findings[side]
                if (f.start < end and f.end > start) or (f.start == f.end and start <= f.start < end)
            ]
            row[side] = highlight(text[start:end], marks)
            whole |= placed_whole(text[start:end], marks)
        rows.append(row)
    return rows, whole

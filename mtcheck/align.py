"""Monotonic sentence alignment of a source text and its translation, from sentence embeddings.

The approach of Vecalign (Thompson and Koehn, 2019) and Bertalign (Liu and Zhu,
2022), in three steps whose cost grows about linearly with length:

1. Every segment, and every concatenation of two neighbouring segments, is
   encoded once (the encoder's cache makes a rerun nearly free). A 2-1 group is
   scored with the embedding of the two source segments *as one text*, which
   captures a merged translation far better than an average of vectors.
2. Anchors: source and target segments that are each other's nearest
   neighbour inside a window along the diagonal, kept when they form an
   increasing chain (longest increasing subsequence). A narrow band around
   the chain is all the dynamic programme looks at.
3. A dynamic programme over the band picks the best monotonic path of 1-1,
   1-2, 2-1, 2-2, 1-0 and 0-1 groups. A group's score is its cosine
   similarity times a length penalty, plus a margin term (the similarity
   minus the mean similarity of each side to its ``k`` nearest neighbours,
   as in Artetxe and Schwenk's margin scoring), so a generic sentence that is
   close to everything cannot win a group it does not belong to.

A deletion next to an insertion (a source segment with no counterpart beside a
target segment from nowhere) is one wrong translation in that place, so the
two are joined into a 1-1 group that keeps its (low) similarity.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from dataclasses import dataclass
from typing import Sequence

import numpy as np

#: the group shapes the dynamic programme may use: (source segments, target segments)
MOVES = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2))


@dataclass(frozen=True)
class AlignParams:
    """Tuning of the aligner; the defaults were fitted on WMT news (see benchmarks/align_bench.py)."""

    #: neighbours averaged by the margin score
    knn: int = 4
    #: segments either side of the anchor chain that the dynamic programme considers
    band: int = 6
    #: weight of the margin term in a group's score
    margin_weight: float = 0.5
    #: score of leaving one segment unaligned (1-0 or 0-1)
    skip: float = -0.05
    #: extra cost of a many-to-one or many-to-many group, so two good 1-1 groups are not merged
    merge_cost: float = 0.05
    #: half-width of the first-pass window around the diagonal, beyond the length difference
    window: int = 100


@dataclass(frozen=True)
class Group:
    """One aligned group: source and target segment indexes, with its similarity and confidence.

    ``similarity`` is the cosine similarity of the two sides' embeddings (None
    for a 1-0 or 0-1 group); ``margin`` is that similarity minus the typical
    similarity of the segments to their nearest neighbours (how much this match
    stands out); ``confidence`` is the aligner's belief that the group is right.
    """

    source: tuple[int, ...]
    target: tuple[int, ...]
    similarity: float | None
    margin: float
    confidence: float

    def as_dict(self) -> dict:
        """The entry of the JSON ``pairs`` list (CONTRACT.md), with the confidence added."""
        return {
            "source": list(self.source),
            "target": list(self.target),
            "similarity": None if self.similarity is None else round(self.similarity, 4),
            "confidence": round(self.confidence, 4),
        }


@dataclass(frozen=True)
class Alignment:
    """The groups of one document pair, in order, and what was learnt about the pair on the way."""

    groups: tuple[Group, ...]
    #: target characters per source character over the whole pair (language pair and style)
    length_ratio: float
    #: median similarity of the 1-1 groups: how similar a good pair is for this encoder and pair
    typical_similarity: float
    encoder: str = ""

    def partners(self, side: str, index: int) -> tuple[int, ...]:
        """The segments on the other side aligned with segment ``index`` of ``side``."""
        for group in self.groups:
            own, other = (group.source, group.target) if side == "source" else (group.target, group.source)
            if index in own:
                return other
        return ()


@dataclass
class _Embedded:
    """Embeddings and lengths of one side: single segments and pairs of neighbours."""

    single: np.ndarray
    double: np.ndarray
    lengths: np.ndarray
    knn: np.ndarray

    def vector(self, start: int, size: int) -> np.ndarray:
        return self.single[start] if size == 1 else self.double[start]

    def length(self, start: int, size: int) -> float:
        return float(self.lengths[start:start + size].sum())

    def neighbourhood(self, start: int, size: int) -> float:
        return float(self.knn[start:start + size].mean())


def embed_side(texts: Sequence[str], encoder) -> tuple[np.ndarray, np.ndarray]:
    """Vectors of each segment and of each segment joined with the next, in one encoder call."""
    doubles = [f"{texts[i]} {texts[i + 1]}" for i in range(len(texts) - 1)]
    vectors = encoder.encode(list(texts) + doubles)
    return vectors[:len(texts)], vectors[len(texts):]


def _windows(n: int, m: int, width: int) -> list[tuple[int, int]]:
    """For each source row, the target columns within ``width`` of the diagonal."""
    slope = m / n if n else 0.0
    return [(max(0, int(i * slope) - width), min(m, int(i * slope) + width + 1)) for i in range(n)]


def _knn_and_best(src: np.ndarray, tgt: np.ndarray, k: int, width: int) -> tuple[np.ndarray, np.ndarray]:
    """Mean similarity of each source row to its ``k`` nearest targets, and its nearest target."""
    n, m = len(src), len(tgt)
    knn = np.zeros(n, dtype=np.float32)
    best = np.zeros(n, dtype=np.int64)
    if n == 0 or m == 0:
        return knn, best
    windows = _windows(n, m, width)
    block = 256
    for start in range(0, n, block):
        stop = min(n, start + block)
        lo, hi = windows[start][0], windows[stop - 1][1]
        sims = src[start:stop] @ tgt[lo:hi].T
        top = min(k, hi - lo)
        part = np.partition(sims, hi - lo - top, axis=1)[:, hi - lo - top:]
        knn[start:stop] = part.mean(axis=1)
        best[start:stop] = lo + sims.argmax(axis=1)
    return knn, best


def _anchors(best_s: np.ndarray, best_t: np.ndarray) -> list[tuple[int, int]]:
    """Mutual nearest neighbours that form the longest increasing chain."""
    mutual = [(i, int(j)) for i, j in enumerate(best_s) if best_t[j] == i]
    # longest strictly increasing subsequence in the target index (patience sorting)
    tails: list[int] = []
    tail_at: list[int] = []
    parent = [-1] * len(mutual)
    for position, (_, j) in enumerate(mutual):
        slot = bisect_left(tails, j)
        if slot == len(tails):
            tails.append(j)
            tail_at.append(position)
        else:
            tails[slot] = j
            tail_at[slot] = position
        parent[position] = tail_at[slot - 1] if slot else -1
    chain = []
    position = tail_at[-1] if tail_at else -1
    while position >= 0:
        chain.append(mutual[position])
        position = parent[position]
    return chain[::-1]


def _band(n: int, m: int, anchors: list[tuple[int, int]], width: int) -> list[tuple[int, int]]:
    """For each DP row 0..n, the range of DP columns to fill: around the anchor chain."""
    # an anchor (i, j) means the path passes through the DP corners (i, j) and (i + 1, j + 1)
    points = [(0, 0)] + [p for i, j in anchors for p in ((i, j), (i + 1, j + 1))] + [(n, m)]
    rows_of = [p[0] for p in points]
    fixed = []
    for i in range(n + 1):
        before = points[bisect_left(rows_of, i + 1) - 1]
        after = points[bisect_left(rows_of, i)]
        fixed.append([max(0, before[1] - width), min(m, after[1] + width)])
    # monotonic ranges, so that every move's predecessor cell lies in the band
    for i in range(1, n + 1):
        fixed[i][0] = max(fixed[i][0], fixed[i - 1][0])
    for i in range(n - 1, -1, -1):
        fixed[i][1] = min(fixed[i][1], fixed[i + 1][1])
    return [(lo, hi) for lo, hi in fixed]


def _length_penalty(source_length: float, target_length: float, ratio: float) -> float:
    """Bertalign's penalty: 1 for lengths in the expected ratio, lower as they part."""
    expected = source_length * ratio
    if expected <= 0 or target_length <= 0:
        return 0.0
    return math.log2(1.0 + min(expected, target_length) / max(expected, target_length))


class _Scorer:
    """Scores of candidate groups, computed once each."""

    def __init__(self, src: _Embedded, tgt: _Embedded, ratio: float, params: AlignParams) -> None:
        self.src, self.tgt, self.ratio, self.params = src, tgt, ratio, params

    def similarity(self, i: int, a: int, j: int, b: int) -> float:
        return float(self.src.vector(i, a) @ self.tgt.vector(j, b))

    def margin(self, i: int, a: int, j: int, b: int, similarity: float) -> float:
        return similarity - 0.5 * (self.src.neighbourhood(i, a) + self.tgt.neighbourhood(j, b))

    def gain(self, i: int, a: int, j: int, b: int) -> float:
        """What the group of ``a`` source segments from ``i`` and ``b`` target ones from ``j`` adds."""
        params = self.params
        if a == 0 or b == 0:
            return params.skip
        similarity = self.similarity(i, a, j, b)
        penalty = _length_penalty(self.src.length(i, a), self.tgt.length(j, b), self.ratio)
        score = similarity * penalty + params.margin_weight * self.margin(i, a, j, b, similarity)
        return score - (params.merge_cost if a + b > 2 else 0.0)


def _dynamic_programme(n: int, m: int, band: list[tuple[int, int]], scorer: _Scorer) -> list[tuple[int, int, int, int]]:
    """Best monotonic path through the band: a list of (i, a, j, b) groups."""
    lows = [lo for lo, _ in band]
    best = [[-math.inf] * (hi - lo + 1) for lo, hi in band]
    back: list[list[tuple[int, int] | None]] = [[None] * (hi - lo + 1) for lo, hi in band]
    best[0][0 - lows[0]] = 0.0
    for i in range(n + 1):
        lo, hi = band[i]
        row, row_back = best[i], back[i]
        for j in range(lo, hi + 1):
            top, move = row[j - lo], row_back[j - lo]
            for a, b in MOVES:
                pi, pj = i - a, j - b
                if pi < 0 or pj < 0:
                    continue
                plo, phi = band[pi]
                if not plo <= pj <= phi:
                    continue
                before = best[pi][pj - plo]
                if before == -math.inf:
                    continue
                value = before + scorer.gain(pi, a, pj, b)
                if value > top:
                    top, move = value, (a, b)
            row[j - lo], row_back[j - lo] = top, move
    path = []
    i, j = n, m
    while i > 0 or j > 0:
        move = back[i][j - lows[i]]
        if move is None:  # the band missed the corner: cannot happen with a monotonic band
            raise RuntimeError("alignment band is disconnected")
        a, b = move
        path.append((i - a, a, j - b, b))
        i, j = i - a, j - b
    return path[::-1]


def _logistic(value: float) -> float:
    return 1.0 / (1.0 + math.exp(-value))


def _join_substitutions(path: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """A 1-0 group beside a 0-1 group is one segment translated wrongly: make it a 1-1 group."""
    joined: list[tuple[int, int, int, int]] = []
    for step in path:
        if joined:
            i, a, j, b = joined[-1]
            pi, pa, pj, pb = step
            if (a, b, pa, pb) in ((1, 0, 0, 1), (0, 1, 1, 0)):
                joined[-1] = (min(i, pi), 1, min(j, pj), 1)
                continue
        joined.append(step)
    return joined


def align_embedded(src: _Embedded, tgt: _Embedded, params: AlignParams = AlignParams()) -> tuple[list[Group], float]:
    """Align two embedded sides; returns the groups and the target/source length ratio."""
    n, m = len(src.single), len(tgt.single)
    ratio = float(tgt.lengths.sum() / src.lengths.sum()) if n and m and src.lengths.sum() else 1.0
    width = abs(n - m) + params.window
    src.knn, best_s = _knn_and_best(src.single, tgt.single, params.knn, width)
    tgt.knn, best_t = _knn_and_best(tgt.single, src.single, params.knn, width)
    anchors = _anchors(best_s, best_t) if n and m else []
    scorer = _Scorer(src, tgt, ratio, params)
    path = _join_substitutions(_dynamic_programme(n, m, _band(n, m, anchors, params.band), scorer))
    groups = []
    for i, a, j, b in path:
        if a and b:
            similarity = scorer.similarity(i, a, j, b)
            margin = scorer.margin(i, a, j, b, similarity)
            confidence = _logistic((margin - 0.1) * 20.0)
        else:
            similarity = None
            own = src.knn[i] if a else tgt.knn[j]
            margin = -float(own)
            confidence = _logistic((0.5 - float(own)) * 10.0)
        groups.append(Group(tuple(range(i, i + a)), tuple(range(j, j + b)), similarity, margin, confidence))
    return groups, ratio


def align_texts(source: Sequence[str], target: Sequence[str], encoder, params: AlignParams = AlignParams()) -> Alignment:
    """Align source segments with target segments using ``encoder`` (one call per side)."""
    sides = []
    for texts in (source, target):
        single, double = embed_side(texts, encoder)
        lengths = np.array([max(1, len(t)) for t in texts], dtype=np.float64)
        sides.append(_Embedded(single, double, lengths, np.zeros(len(texts), dtype=np.float32)))
    groups, ratio = align_embedded(sides[0], sides[1], params)
    one_to_one = [g.similarity for g in groups if len(g.source) == 1 and len(g.target) == 1 and g.similarity is not None]
    typical = float(np.median(one_to_one)) if one_to_one else 0.0
    return Alignment(tuple(groups), ratio, typical, getattr(encoder, "name", ""))


__all__ = ["AlignParams", "Alignment", "Group", "MOVES", "align_embedded", "align_texts", "embed_side"]

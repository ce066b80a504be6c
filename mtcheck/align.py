"""Monotonic sentence alignment of a source text and its translation, from sentence embeddings.

The approach of Vecalign (Thompson and Koehn, 2019) and Bertalign (Liu and Zhu,
2022), in three steps whose cost grows about linearly with length:

1. Every segment is encoded once (the encoder's cache makes a rerun nearly
   free). Anchors: source and target segments that are each other's nearest
   neighbour inside a window along the diagonal, kept when they form an
   increasing chain (longest increasing subsequence). A narrow band around
   the chain is all the dynamic programme looks at (:mod:`.align_band`).
2. Pairs of neighbouring segments off the chain are encoded *as one text*:
   a 2-1 group is scored with the embedding of the two source segments
   joined, which captures a merged translation far better than an average
   of vectors. On the chain, two consecutive anchors are two 1-1 groups and
   need no joined vector, which halves the encoding of a clean text.
3. A dynamic programme over the band picks the best monotonic path of 1-1,
   1-2, 2-1, 2-2, 1-0 and 0-1 groups. A group's score is its cosine
   similarity times a length penalty (against the length ratio of the
   anchors, pulled towards a prior for the language pair), plus a margin
   term (the similarity minus the similarity of each side to its ``k``
   nearest neighbours, as in Artetxe and Schwenk's margin scoring), so a
   generic sentence that is close to everything cannot win a group it does
   not belong to.

A deletion next to an insertion (a source segment with no counterpart beside a
target segment from nowhere) is one wrong translation in that place, so the
two are joined into a 1-1 group that keeps its (low) similarity.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any, Sequence

import numpy as np

from .align_band import anchor_chain, band_around, knn_and_best, needs_doubles

#: the group shapes the dynamic programme may use: (source segments, target segments)
MOVES = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2))
#: target characters per source character, measured on FLORES-200 and WMT news (benchmarks/align_bench.py)
LENGTH_PRIORS = {("fr", "en"): 0.86, ("de", "en"): 0.90, ("es", "en"): 0.87}
#: how many anchors the prior length ratio is worth: it rules short documents, not long ones
PRIOR_WEIGHT = 3.0


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
    for a 1-0 or 0-1 group). ``margin`` says how much the match stands out:
    the similarity minus the similarity of the segments to their nearest
    neighbours; for a 1-0 or 0-1 group, the best similarity of the segment to
    its would-be partners beside the gap minus a typical pair's (negative).
    ``confidence`` is the aligner's belief that the group is right.
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
    #: target characters per source character expected in this pair (language pair and style)
    length_ratio: float
    #: median similarity of the 1-1 groups: how similar a good pair is for this encoder and pair
    #: (1.0 when there is none, so that an unmatched segment counts as sure)
    typical_similarity: float
    encoder: str = ""
    #: True when every segment had enough neighbours for its margin to mean something
    margin_reliable: bool = True

    def partners(self, side: str, index: int) -> tuple[int, ...]:
        """The segments on the other side aligned with segment ``index`` of ``side``."""
        for group in self.groups:
            own, other = (group.source, group.target) if side == "source" else (group.target, group.source)
            if index in own:
                return other
        return ()


@dataclass
class _Embedded:
    """Embeddings and lengths of one side: single segments and pairs of neighbours.

    With ``encoder`` and ``texts``, pairs of neighbours are encoded on demand
    (``encode_doubles``); ``has_double`` says which ones are.
    """

    single: np.ndarray
    double: np.ndarray
    lengths: np.ndarray
    has_double: np.ndarray
    #: mean similarity to the k nearest segments of the other side; computed by the aligner when None
    knn: np.ndarray | None = None
    texts: Sequence[str] = ()
    encoder: Any = None

    def encode_doubles(self, wanted: np.ndarray) -> None:
        """Encode the joined neighbours that ``wanted`` marks and that are not encoded yet."""
        todo = np.flatnonzero(wanted & ~self.has_double)
        if self.encoder is None or not len(todo):
            return
        self.double[todo] = self.encoder.encode([f"{self.texts[k]} {self.texts[k + 1]}" for k in todo])
        self.has_double[todo] = True

    def vector(self, start: int, size: int) -> np.ndarray:
        return self.single[start] if size == 1 else self.double[start]

    def length(self, start: int, size: int) -> float:
        return float(self.lengths[start:start + size].sum())

    def neighbourhood(self, start: int, size: int) -> float:
        """How similar the segments are to their nearest neighbours: the most similar one's value.

        The maximum, not the mean: a mean would make an unrelated segment, with
        its low neighbourhood, a cheap addition to any group beside it.
        """
        return float(self.knn[start:start + size].max())


class _Scorer:
    """Scores of candidate groups, a band row at a time (vectorised over target positions)."""

    def __init__(self, src: _Embedded, tgt: _Embedded, ratio: float, params: AlignParams) -> None:
        self.src, self.tgt, self.ratio, self.params = src, tgt, ratio, params
        self._lengths = np.concatenate([[0.0], np.cumsum(tgt.lengths)])
        self._knn = np.asarray(tgt.knn, dtype=np.float64)

    def similarity(self, i: int, a: int, j: int, b: int) -> float:
        return float(self.src.vector(i, a) @ self.tgt.vector(j, b))

    def margin(self, i: int, a: int, j: int, b: int, similarity: float) -> float:
        return similarity - 0.5 * (self.src.neighbourhood(i, a) + self.tgt.neighbourhood(j, b))

    def gains(self, i: int, a: int, b: int, start: int, stop: int) -> np.ndarray:
        """What a group of ``a`` source segments from ``i`` and ``b`` target ones from each ``j`` in ``start..stop`` adds."""
        params = self.params
        columns = slice(start, stop + 1)
        if a == 2 and not self.src.has_double[i]:
            return np.full(stop - start + 1, -np.inf)
        targets = self.tgt.single[columns] if b == 1 else self.tgt.double[columns]
        similarity = targets @ self.src.vector(i, a)
        target_length = self._lengths[start + b:stop + b + 1] - self._lengths[columns]
        expected = self.src.length(i, a) * self.ratio
        # Bertalign's length penalty: 1 for lengths in the expected ratio, lower as they part
        penalty = np.log2(1.0 + np.minimum(expected, target_length) / np.maximum(expected, target_length))
        neighbourhood = self._knn[columns] if b == 1 else np.maximum(self._knn[columns], self._knn[start + 1:stop + 2])
        margin = similarity - 0.5 * (self.src.neighbourhood(i, a) + neighbourhood)
        score = similarity * penalty + params.margin_weight * margin - (params.merge_cost if a + b > 2 else 0.0)
        return np.where(self.tgt.has_double[columns], score, -np.inf) if b == 2 else score


_STAY = MOVES.index((0, 1))


def _dynamic_programme(n: int, m: int, band: list[tuple[int, int]], scorer: _Scorer) -> list[tuple[int, int, int, int]]:
    """Best monotonic path through the band: a list of (i, a, j, b) groups.

    Each DP row is a numpy array over its band columns; a move from an earlier
    row is one vectorised update, the 0-1 move along the row a short loop.
    """
    skip = scorer.params.skip
    best = [np.full(hi - lo + 1, -np.inf) for lo, hi in band]
    back = [np.full(hi - lo + 1, -1, dtype=np.int8) for lo, hi in band]
    best[0][0] = 0.0
    for i in range(n + 1):
        lo, hi = band[i]
        row, row_back = best[i], back[i]
        for k, (a, b) in enumerate(MOVES):
            if a == 0 or i < a:
                continue
            plo, phi = band[i - a]
            start, stop = max(plo, lo - b), min(phi, hi - b, m - b)
            if start > stop:
                continue
            gain = scorer.gains(i - a, a, b, start, stop) if b else skip
            values = best[i - a][start - plo:stop - plo + 1] + gain
            target = slice(start + b - lo, stop + b - lo + 1)
            better = values > row[target]
            row[target] = np.where(better, values, row[target])
            row_back[target] = np.where(better, k, row_back[target])
        for j in range(1, len(row)):
            if row[j - 1] + skip > row[j]:
                row[j], row_back[j] = row[j - 1] + skip, _STAY
    path = []
    i, j = n, m
    while i > 0 or j > 0:
        k = int(back[i][j - band[i][0]])
        if k < 0:  # the band missed the corner: cannot happen with a monotonic band
            raise RuntimeError("alignment band is disconnected")
        a, b = MOVES[k]
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


def length_prior(source_language: str, target_language: str) -> float | None:
    """The usual target/source length ratio of a language pair, when it was measured."""
    if (source_language, target_language) in LENGTH_PRIORS:
        return LENGTH_PRIORS[source_language, target_language]
    if (target_language, source_language) in LENGTH_PRIORS:
        return 1.0 / LENGTH_PRIORS[target_language, source_language]
    return None


def _length_ratio(src: _Embedded, tgt: _Embedded, anchors: list[tuple[int, int]], prior: float | None) -> float:
    """Target/source length ratio: the anchors' (sure pairs), pulled towards the prior in short documents.

    Without a prior for the language pair, the ratio of the totals stands in for it.
    A partial anchor cannot pull the mean far: each anchor's ratio is clipped to 1/2..2.
    """
    if prior is None:
        total = float(src.lengths.sum())
        prior = float(tgt.lengths.sum()) / total if total and len(tgt.lengths) else 1.0
    logs = [float(np.clip(math.log(tgt.lengths[j] / src.lengths[i]), -math.log(2), math.log(2))) for i, j in anchors]
    return math.exp((sum(logs) + PRIOR_WEIGHT * math.log(prior)) / (len(logs) + PRIOR_WEIGHT))


def _typical(similarities: list[float]) -> float:
    """The median similarity of 1-1 groups; 1.0 without any, so that an unmatched segment counts as sure."""
    return float(np.median(similarities)) if similarities else 1.0


def _nearest(src: _Embedded, tgt: _Embedded, i: int, j: int, source_side: bool) -> float:
    """Best similarity of an unaligned segment (source ``i`` or target ``j``) to the two segments either side of the gap."""
    own, other, at = (src.single[i], tgt.single, j) if source_side else (tgt.single[j], src.single, i)
    nearby = other[max(0, at - 2):at + 2]
    return float((nearby @ own).max()) if len(nearby) else 0.0


def align_embedded(src: _Embedded, tgt: _Embedded, params: AlignParams = AlignParams(),
                   prior: float | None = None) -> tuple[list[Group], float]:
    """Align two embedded sides; returns the groups and the target/source length ratio."""
    n, m = len(src.single), len(tgt.single)
    width = abs(n - m) + params.window
    knn_s, best_s = knn_and_best(src.single, tgt.single, params.knn, width)
    knn_t, best_t = knn_and_best(tgt.single, src.single, params.knn, width)
    if src.knn is None or tgt.knn is None:
        src.knn, tgt.knn = knn_s, knn_t
    anchors = anchor_chain(best_s, best_t) if n and m else []
    src.encode_doubles(needs_doubles(n, anchors, 0))
    tgt.encode_doubles(needs_doubles(m, anchors, 1))
    ratio = _length_ratio(src, tgt, anchors, prior)
    scorer = _Scorer(src, tgt, ratio, params)
    path = _join_substitutions(_dynamic_programme(n, m, band_around(n, m, anchors, params.band), scorer))
    similarities = [scorer.similarity(i, a, j, b) if a and b else None for i, a, j, b in path]
    typical = _typical([x for x, (_, a, _, b) in zip(similarities, path) if a == b == 1 and x is not None])
    groups = []
    for (i, a, j, b), similarity in zip(path, similarities):
        if similarity is not None:
            margin = scorer.margin(i, a, j, b, similarity)
            confidence = _logistic((margin - 0.1) * 20.0)
        else:
            # how far the best candidate next to the gap falls short of a typical pair
            margin = _nearest(src, tgt, i, j, a > 0) - typical
            confidence = _logistic((-margin - 0.1) * 12.0)
        groups.append(Group(tuple(range(i, i + a)), tuple(range(j, j + b)), similarity, margin, confidence))
    return groups, ratio


def _side(texts: Sequence[str], single: np.ndarray, double: np.ndarray | None = None, encoder=None) -> _Embedded:
    """One side ready to align; without ``double``, neighbour pairs are encoded when the aligner asks."""
    lengths = np.array([max(1, len(t)) for t in texts], dtype=np.float64)
    pairs = max(0, len(texts) - 1)
    if double is None:
        double = np.zeros((pairs, single.shape[1]), dtype=np.float32)
        return _Embedded(single, double, lengths, np.zeros(pairs, dtype=bool), texts=texts, encoder=encoder)
    return _Embedded(single, double, lengths, np.ones(pairs, dtype=bool))


def _finish(groups: list[Group], ratio: float, encoder, reliable: bool) -> Alignment:
    one_to_one = [g.similarity for g in groups if len(g.source) == 1 and len(g.target) == 1 and g.similarity is not None]
    return Alignment(tuple(groups), ratio, _typical(one_to_one), getattr(encoder, "name", ""), reliable)


def align_texts(source: Sequence[str], target: Sequence[str], encoder, params: AlignParams = AlignParams(),
                prior: float | None = None) -> Alignment:
    """Align source segments with target segments using ``encoder``.

    Segments are encoded first, then only the pairs of neighbours that may form
    a 2-segment group. ``prior`` is the usual length ratio of the language pair
    (``length_prior``), if known.
    """
    src = _side(source, encoder.encode(list(source)), encoder=encoder)
    tgt = _side(target, encoder.encode(list(target)), encoder=encoder)
    groups, ratio = align_embedded(src, tgt, params, prior)
    return _finish(groups, ratio, encoder, min(len(source), len(target)) > params.knn)


def _embed_units(sides: Sequence[Sequence[str]], encoder) -> tuple[np.ndarray, np.ndarray]:
    """Vectors of every segment of every unit, and of neighbours joined inside a unit, in one call."""
    flat = [text for unit in sides for text in unit]
    doubles = [f"{unit[k]} {unit[k + 1]}" for unit in sides for k in range(len(unit) - 1)]
    vectors = encoder.encode(flat + doubles)
    return vectors[:len(flat)], vectors[len(flat):]


def align_units(units: Sequence[tuple[Sequence[str], Sequence[str]]], encoder, params: AlignParams = AlignParams(),
                prior: float | None = None) -> Alignment:
    """Align a file of units already paired (pair tables, XLIFF, TMX, PO), segment indexes counted over the file.

    A unit with one segment on each side is one 1-1 group; a unit with several
    is aligned inside itself; a unit with an empty side gives 1-0 or 0-1
    groups. Margins use neighbours from the whole file, so a short unit is
    judged against the same background as a long one.
    """
    src_single, src_double = _embed_units([u[0] for u in units], encoder)
    tgt_single, tgt_double = _embed_units([u[1] for u in units], encoder)
    n, m = len(src_single), len(tgt_single)
    width = abs(n - m) + params.window
    knn_s = knn_and_best(src_single, tgt_single, params.knn, width)[0]
    knn_t = knn_and_best(tgt_single, src_single, params.knn, width)[0]
    groups: list[Group] = []
    os_ = ot = ds = dt = 0
    source_chars = target_chars = 0
    for source, target in units:
        a, b = len(source), len(target)
        source_chars += sum(len(t) for t in source)
        target_chars += sum(len(t) for t in target)
        if a == 0 or b == 0:  # nothing on the other side: the margin is set below, once a typical pair is known
            groups += [Group((os_ + k,), (), None, math.nan, 1.0) for k in range(a)]
            groups += [Group((), (ot + k,), None, math.nan, 1.0) for k in range(b)]
        elif a == b == 1:
            similarity = float(src_single[os_] @ tgt_single[ot])
            margin = similarity - 0.5 * float(knn_s[os_] + knn_t[ot])
            groups.append(Group((os_,), (ot,), similarity, margin, 1.0))
        else:
            src = _side(source, src_single[os_:os_ + a], src_double[ds:ds + a - 1])
            tgt = _side(target, tgt_single[ot:ot + b], tgt_double[dt:dt + b - 1])
            src.knn, tgt.knn = knn_s[os_:os_ + a], knn_t[ot:ot + b]
            inner, _ = align_embedded(src, tgt, params, prior)
            groups += [Group(tuple(os_ + i for i in g.source), tuple(ot + j for j in g.target), g.similarity,
                             g.margin, g.confidence) for g in inner]
        os_, ot, ds, dt = os_ + a, ot + b, ds + max(0, a - 1), dt + max(0, b - 1)
    ratio = target_chars / source_chars if source_chars and target_chars else 1.0
    alignment = _finish(groups, ratio, encoder, min(n, m) > params.knn)
    # an empty side has no candidate at all: its best nearby similarity is 0
    fixed = tuple(replace(g, margin=-alignment.typical_similarity) if math.isnan(g.margin) else g for g in groups)
    return replace(alignment, groups=fixed)


__all__ = [
    "AlignParams", "Alignment", "Group", "LENGTH_PRIORS", "MOVES", "align_texts", "align_units", "length_prior",
]

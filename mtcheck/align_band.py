"""The aligner's first pass: nearest neighbours, anchors and the band the dynamic programme searches.

Segments are compared with the other side's segments only inside a window
around the diagonal (so the cost grows with length, not its square). Mutual
nearest neighbours that form an increasing chain are the anchors; the band
follows the chain, a few segments wide, and only pairs of neighbours off the
chain are worth encoding joined.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import numpy as np


def needs_doubles(count: int, anchors: list[tuple[int, int]], side: int) -> np.ndarray:
    """Which neighbour pairs of a side may belong to a 2-segment group: all but pairs of consecutive anchors.

    Two neighbours that are each the mutual nearest neighbour of two neighbours
    on the other side are two 1-1 groups; encoding them joined would cost a
    vector and change nothing. In a clean text most pairs are such, which
    halves the encoding.
    """
    needed = np.ones(max(0, count - 1), dtype=bool)
    for (i, j), (k, l) in zip(anchors, anchors[1:]):
        if k == i + 1 and l == j + 1:
            needed[(i, j)[side]] = False
    return needed


def windows(n: int, m: int, width: int) -> list[tuple[int, int]]:
    """For each source row, the target columns within ``width`` of the diagonal."""
    slope = m / n if n else 0.0
    return [(max(0, int(i * slope) - width), min(m, int(i * slope) + width + 1)) for i in range(n)]


def knn_and_best(src: np.ndarray, tgt: np.ndarray, k: int, width: int) -> tuple[np.ndarray, np.ndarray]:
    """Mean similarity of each source row to its ``k`` nearest targets, and its nearest target."""
    n, m = len(src), len(tgt)
    knn = np.zeros(n, dtype=np.float32)
    best = np.zeros(n, dtype=np.int64)
    if n == 0 or m == 0:
        return knn, best
    ranges = windows(n, m, width)
    block = 256
    for start in range(0, n, block):
        stop = min(n, start + block)
        lo, hi = ranges[start][0], ranges[stop - 1][1]
        sims = src[start:stop] @ tgt[lo:hi].T
        top = min(k, hi - lo)
        part = np.partition(sims, hi - lo - top, axis=1)[:, hi - lo - top:]
        knn[start:stop] = part.mean(axis=1)
        best[start:stop] = lo + sims.argmax(axis=1)
    return knn, best


def anchor_chain(best_s: np.ndarray, best_t: np.ndarray) -> list[tuple[int, int]]:
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


def band_around(n: int, m: int, anchors: list[tuple[int, int]], width: int) -> list[tuple[int, int]]:
    """For each DP row 0..n, the range of DP columns to fill: around the anchor chain.

    An anchor (i, j) puts the path through the DP corners (i, j) and (i + 1, j + 1).
    A monotonic path is at row i somewhere between the last corner of an
    earlier row and the first corner of a later one; ``width`` more columns
    either side leave room for the groups the anchors got wrong.
    """
    points = [(0, 0)] + [p for i, j in anchors for p in ((i, j), (i + 1, j + 1))] + [(n, m)]
    rows_of = [p[0] for p in points]
    band = []
    for i in range(n + 1):
        before = bisect_left(rows_of, i)
        after = bisect_right(rows_of, i)
        lo = points[before - 1][1] if before else 0
        hi = points[after][1] if after < len(points) else m
        band.append((max(0, lo - width), min(m, hi + width)))
    return band


__all__ = ["anchor_chain", "band_around", "knn_and_best", "needs_doubles", "windows"]

"""Labelled bilingual documents for the alignment benchmark, built from real parallel data.

A parallel TSV (``src<TAB>tgt``, one aligned pair per line, read in place from
the path given on the command line) is cut into documents of 20-60
consecutive pairs. Each document is used twice: clean, and perturbed by a
seeded generator that applies, at positions at least two pairs apart:

- ``delete``: drop a target sentence (the source one becomes an omission);
- ``insert``: add a target sentence from another document (an addition);
- ``swap``: replace a translation with another document's sentence (a mistranslation);
- ``merge``: join two consecutive target sentences into one (a 2-1 group);
- ``split``: cut a target sentence in two at a comma or mid-sentence (a 1-2 group);
- ``copy``: put the source sentence in place of its translation (an untranslated copy).

Every document keeps its gold groups and the segments each label applies to,
so the benchmark can score the aligner and the checks exactly.
"""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass, field
from pathlib import Path

OPERATIONS = ("delete", "insert", "swap", "merge", "split", "copy")


@dataclass
class LabelledPair:
    """A source and a target document (one segment per line) with their gold alignment."""

    name: str
    source: list[str]
    target: list[str]
    groups: list[tuple[tuple[int, ...], tuple[int, ...]]]
    #: label -> segment indexes: omission (source side), the others on the target side
    labels: dict[str, set[int]] = field(default_factory=dict)


def read_parallel(path: Path) -> list[tuple[str, str]]:
    """The (source, target) pairs of a PROVENANCE-style TSV: header ``src<TAB>tgt``, no quoting."""
    with path.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [(row[0].strip(), row[1].strip()) for row in rows[1:] if len(row) >= 2 and row[0].strip() and row[1].strip()]


def documents(pairs: list[tuple[str, str]], rng: random.Random, low: int = 20, high: int = 60) -> list[list[tuple[str, str]]]:
    """Consecutive runs of ``low``-``high`` pairs; a short tail joins the previous document."""
    docs: list[list[tuple[str, str]]] = []
    start = 0
    while start < len(pairs):
        size = rng.randint(low, high)
        chunk = pairs[start:start + size]
        if len(chunk) < low and docs:
            docs[-1].extend(chunk)
        else:
            docs.append(chunk)
        start += size
    return docs


def clean_pair(name: str, doc: list[tuple[str, str]]) -> LabelledPair:
    """The document as it is: every pair a 1-1 group."""
    return LabelledPair(name, [s for s, _ in doc], [t for _, t in doc], [((i,), (i,)) for i in range(len(doc))],
                        {label: set() for label in ("omission", "addition", "mistranslation", "untranslated-copy")})


def _split_sentence(text: str) -> tuple[str, str] | None:
    """Cut a sentence in two near its middle, at a comma when there is one."""
    middle = len(text) // 2
    cuts = [i for i, ch in enumerate(text) if ch == "," and 0.25 * len(text) < i < 0.75 * len(text)]
    if cuts:
        cut = min(cuts, key=lambda i: abs(i - middle))
        left, right = text[:cut].strip() + ".", text[cut + 1:].strip()
    else:
        spaces = [i for i, ch in enumerate(text) if ch == " " and 0.3 * len(text) < i < 0.7 * len(text)]
        if not spaces:
            return None
        cut = min(spaces, key=lambda i: abs(i - middle))
        left, right = text[:cut].strip(), text[cut + 1:].strip()
    if len(left.split()) < 3 or len(right.split()) < 3:
        return None
    return left, right[:1].upper() + right[1:]


def _positions(count: int, wanted: int, rng: random.Random) -> list[int]:
    """Up to ``wanted`` unit positions, no two closer than 3 (a merge takes two)."""
    chosen: list[int] = []
    for position in rng.sample(range(count - 1), count - 1):
        if all(abs(position - other) >= 3 for other in chosen):
            chosen.append(position)
        if len(chosen) == wanted:
            break
    return chosen


def perturb(name: str, doc: list[tuple[str, str]], foreign: list[str], rng: random.Random) -> LabelledPair:
    """The document with each operation of OPERATIONS applied once, at seeded positions."""
    # a unit is (source indexes, target texts, label of its target texts or None)
    units: list[tuple[list[int], list[str], str | None]] = [([i], [t], None) for i, (_, t) in enumerate(doc)]
    operations = list(OPERATIONS)
    rng.shuffle(operations)
    applied: dict[int, str] = dict(zip(_positions(len(units), len(operations), rng), operations))
    result: list[tuple[list[int], list[str], str | None]] = []
    skip_next = False
    for position, unit in enumerate(units):
        if skip_next:
            skip_next = False
            continue
        operation = applied.get(position)
        sources, targets, _ = unit
        if operation == "delete":
            result.append((sources, [], "omission"))
        elif operation == "insert":
            result.append(unit)
            result.append(([], [rng.choice(foreign)], "addition"))
        elif operation == "swap":
            result.append((sources, [rng.choice(foreign)], "mistranslation"))
        elif operation == "merge":
            following = units[position + 1]
            result.append((sources + following[0], [f"{targets[0]} {following[1][0]}"], None))
            skip_next = True
        elif operation == "split":
            halves = _split_sentence(targets[0])
            result.append((sources, list(halves), None) if halves else unit)
        elif operation == "copy":
            result.append((sources, [doc[sources[0]][0]], "untranslated-copy"))
        else:
            result.append(unit)
    target: list[str] = []
    groups = []
    labels: dict[str, set[int]] = {label: set() for label in ("omission", "addition", "mistranslation", "untranslated-copy")}
    for sources, texts, label in result:
        indexes = tuple(range(len(target), len(target) + len(texts)))
        target.extend(texts)
        groups.append((tuple(sources), indexes))
        if label == "omission":
            labels[label].update(sources)
        elif label is not None:
            labels[label].update(indexes)
    return LabelledPair(name, [s for s, _ in doc], target, groups, labels)


def labelled_pairs(path: Path, seed: int, limit: int | None = None) -> tuple[list[LabelledPair], list[LabelledPair]]:
    """Clean and perturbed documents of one parallel file; foreign sentences come from other documents."""
    rng = random.Random(seed)
    pairs = read_parallel(path)[:limit] if limit else read_parallel(path)
    docs = documents(pairs, rng)
    clean, perturbed = [], []
    for number, doc in enumerate(docs):
        others = [t for k, other in enumerate(docs) if k != number for _, t in other]
        name = f"{path.stem}#{number}"
        clean.append(clean_pair(name, doc))
        perturbed.append(perturb(name, doc, others or [t for _, t in doc], rng))
    return clean, perturbed

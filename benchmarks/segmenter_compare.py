"""Compare sentence segmenters on the boundary cases mtcheck cares about, and on speed.

Usage: python benchmarks/segmenter_compare.py [--parallel DIR]

Prints, per segmenter, how many hand-labelled cases it splits exactly right and
how many sentences per second it handles. With ``--parallel`` (a folder of
tab-separated ``source<TAB>target`` files such as shared/data/parallel), the
English side's single sentences are glued into paragraphs of five and each
segmenter must find the five sentences again.
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from mtcheck.segment import segment

CASES = [
    ("The U.S. is sending tanks. Kyiv welcomed it.", 2),
    ("Mr. Smith met Dr. Jones. They talked.", 2),
    ("J. R. R. Tolkien wrote it. It sold well.", 2),
    ("Inflation rose to 3.5 percent. Prices fell.", 2),
    ("“It is over.” He left.", 2),
    ("He said “no.” Then he left.", 2),
    ("Then... nothing happened. Later, rain.", 2),
    ("It was 5 p.m. when he arrived.", 1),
    ("Wait… what? Yes!", 3),
    ("The St. Louis Cardinals won. Fans cheered.", 2),
    ("He earned $2.5 million in 2023. She earned less.", 2),
    ("Gen. Patton arrived at 10 a.m. on Monday.", 1),
    ("The company, Acme Inc., grew fast. Its shares rose.", 2),
    ("“Really?” she asked. “Yes.”", 2),
    ("See p. 12 for details. Then read ch. 3.", 2),
]


def regex_split(text: str) -> list[str]:
    """The naive baseline: split after . ! ? followed by a space and a capital."""
    return [s for s in re.split(r"(?<=[.!?…])\s+(?=[“\"A-Z])", text) if s.strip()]


def pysbd_split(text: str) -> list[str]:
    return [s.text for s in segment(text)]


SEGMENTERS = {"pysbd (mtcheck.segment)": pysbd_split, "regex baseline": regex_split}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parallel", type=Path, help="folder of source<TAB>target files (read in place)")
    args = parser.parse_args()
    paragraphs: list[str] = []
    if args.parallel:
        sentences = []
        for path in sorted(args.parallel.glob("*-en*.tsv"))[:2]:
            for line in path.read_text(encoding="utf-8").splitlines()[:1000]:
                parts = line.split("\t")
                if len(parts) >= 2 and parts[1].strip():
                    sentences.append(parts[1].strip())
        paragraphs = [" ".join(sentences[i:i + 5]) for i in range(0, len(sentences) - 4, 5)]
    print(f"{'segmenter':26} {'cases exact':>12} {'parallel exact':>15} {'sentences/s':>12}")
    for name, split in SEGMENTERS.items():
        exact = sum(len(split(text)) == count for text, count in CASES)
        parallel = sum(len(split(p)) == 5 for p in paragraphs)
        corpus = [t for t, _ in CASES] * 20 + paragraphs
        started = time.perf_counter()
        total = sum(len(split(t)) for t in corpus)
        rate = total / (time.perf_counter() - started)
        share = f"{parallel}/{len(paragraphs)}" if paragraphs else "-"
        print(f"{name:26} {exact:>5}/{len(CASES):<6} {share:>15} {rate:>12.0f}")


if __name__ == "__main__":
    main()

"""Calibrate and measure headline-mismatch and off-topic-sentence, per encoder.

Builds documents from the project's own news-like articles
(``benchmarks/data/semantic_articles.yaml``) and, when ``--parallel`` names the
shared parallel-data folder, from the English side of NTREX-128 (documents
split by its document ids; read in place, never copied). Then, for each
encoder, it runs the real checks on:

- real title + body versus a title swapped in from another document;
- a second headline in the body: another story's title above the real one
  (mismatch) versus the lead's first clause as a standfirst (clean);
- clean bodies versus bodies with one injected line: another document's
  title, another document's sentence, or a spam line.

It prints the fitted similarity levels (to paste into ``CALIBRATION`` in
``mtcheck/checks/semantic_scoring.py``), AUC, flag rates, precision and recall,
false off-topic findings per 1,000 clean lines, and encoding speed
(sentences per second, cache off) for every encoder, side by side.

    python benchmarks/semantic_calibration.py --parallel ../shared/data/parallel
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import tempfile
import time
from pathlib import Path

import yaml

from mtcheck.checks.base import CheckContext
from mtcheck.checks.semantic import HeadlineMismatch, OffTopicSentence
from mtcheck.config import Settings
from mtcheck.embed import build_encoder
from mtcheck.model import Document
from mtcheck.segment import segment

HERE = Path(__file__).parent
SPAM = (
    "Click here to claim your free gift card before the offer ends",
    "Best online casino bonuses of the year reviewed by our experts",
    "Subscribe to our newsletter to receive the latest deals every week",
    "Lose ten kilos in two weeks with this one simple trick",
    "Download our app to get breaking news alerts on your phone",
)
Article = tuple[str, list[str]]


class _Resources:
    """Just the encoder, as the checks ask for it."""

    def __init__(self, encoder) -> None:
        self.encoder = encoder


def own_articles() -> list[Article]:
    data = yaml.safe_load((HERE / "data" / "semantic_articles.yaml").read_text(encoding="utf-8"))
    return [(a["title"], list(a["lines"])) for a in data]


def ntrex_articles(folder: Path) -> list[Article]:
    """NTREX-128 English documents: first line the headline, sentences paired into paragraphs."""
    with open(folder / "fr-en.ntrex128.tsv", encoding="utf-8") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))[1:]
    ids = (folder / "fr-en.ntrex128.docids.txt").read_text(encoding="utf-8").split()
    docs: dict[str, list[str]] = {}
    for row, doc_id in zip(rows, ids):
        docs.setdefault(doc_id, []).append(row[1])
    return [(s[0], [" ".join(s[i:i + 2]) for i in range(1, len(s), 2)]) for s in docs.values() if len(s) >= 7]


def assess(check, encoder, title: str | None, lines: list[str]) -> tuple[dict, Document]:
    text = (f"{title}\n\n" if title else "") + "\n".join(lines)
    document = Document(id="cal", text=text, origin="<calibration>")
    ctx = CheckContext(document, segment(text), Settings(), _Resources(encoder), check.options, "en")
    return check.assess(ctx), document


def auc(positives: list[float], negatives: list[float]) -> float:
    """Probability that a random positive scores below a random negative (lower = mismatch)."""
    wins = sum((p < n) + 0.5 * (p == n) for p in positives for n in negatives)
    return wins / (len(positives) * len(negatives))


def headline_figures(encoder, articles: list[Article], rng: random.Random) -> None:
    check = HeadlineMismatch()
    real, swapped, sub_clean, sub_swap = [], [], [], []
    for i, (title, lines) in enumerate(articles):
        other = articles[rng.choice([k for k in range(len(articles)) if k != i])][0]
        for bucket, head, body in ((real, title, lines), (swapped, other, lines),
                                   (sub_swap, other, [title, *lines]),
                                   (sub_clean, title, [lines[0].split(", ")[0].rstrip("."), *lines[1:]])):
            result, _ = assess(check, encoder, head, body)
            if "skipped" not in result:
                bucket.append(result)
    raw_real = [r["similarity"] for r in real]
    raw_swap = [r["similarity"] for r in swapped]
    print(f"  headline: {len(real)} real, {len(swapped)} swapped titles")
    print(f"    fitted levels: unrelated={statistics.median(raw_swap):.3f} related={statistics.median(raw_real):.3f}")
    print(f"    AUC (swapped below real) {1 - auc(raw_real, raw_swap):.3f}")
    flagged_real = sum(r["flagged"] for r in real)
    flagged_swap = sum(r["flagged"] for r in swapped)
    precision = flagged_swap / max(1, flagged_swap + flagged_real)
    print(f"    threshold {check.options.threshold}: real titles flagged {flagged_real / len(real):.3f}, "
          f"recall {flagged_swap / len(swapped):.3f}, precision (1:1) {precision:.3f}")
    print(f"    two headlines: other story's title above the real one flagged "
          f"{sum(r['flagged'] for r in sub_swap) / len(sub_swap):.3f}; "
          f"title above a standfirst flagged {sum(r['flagged'] for r in sub_clean) / len(sub_clean):.3f}")


def offtopic_figures(encoder, articles: list[Article], rng: random.Random) -> None:
    check = OffTopicSentence()
    clean_lines = clean_flags = 0
    titles = [t for t, _ in articles]
    sentences = [line for _, lines in articles for line in lines]
    hits = {"title": [0, 0], "sentence": [0, 0], "spam": [0, 0]}
    false_in_injected = 0
    for title, lines in articles:
        result, _ = assess(check, encoder, title, lines)
        if "skipped" in result:
            continue
        clean_lines += len(lines)
        clean_flags += sum(v["flagged"] for v in result["verdicts"])
        for kind in hits:
            line = {"title": lambda: rng.choice([t for t in titles if t != title]),
                    "sentence": lambda: rng.choice([s for s in sentences if s not in lines]),
                    "spam": lambda: rng.choice(SPAM)}[kind]()
            at = rng.randrange(1, len(lines) + 1)
            result, _ = assess(check, encoder, title, lines[:at] + [line] + lines[at:])
            flags = [v["flagged"] for v in result["verdicts"]]
            hits[kind][0] += flags[at]
            hits[kind][1] += 1
            false_in_injected += sum(flags) - flags[at]
    true = sum(h[0] for h in hits.values())
    total = sum(h[1] for h in hits.values())
    print(f"  off-topic: {clean_lines} clean lines, {clean_flags} flagged "
          f"({1000 * clean_flags / max(1, clean_lines):.2f} per 1,000 lines)")
    recall = ", ".join(f"{kind} {h[0] / max(1, h[1]):.2f}" for kind, h in hits.items())
    print(f"    injected lines found: {true}/{total} (recall {true / max(1, total):.3f}: {recall})")
    print(f"    precision on injected documents (1 injected line each): "
          f"{true / max(1, true + false_in_injected):.3f}")


def speed(spec: str, sentences: list[str]) -> float:
    """Sentences per second with the cache off (first call warms the model up)."""
    encoder = build_encoder(spec, cache_dir=tempfile.mkdtemp(), disk_cache=False, lru_size=1)
    encoder.encode(sentences[:8])
    start = time.perf_counter()
    encoder.encode(sentences)
    return len(sentences) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--encoders", default="use,e5,st:all-MiniLM-L6-v2")
    parser.add_argument("--parallel", type=Path, help="folder with fr-en.ntrex128.tsv and its docids")
    parser.add_argument("--cache-dir", default=None, help="embedding cache (default: the user cache)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--speed-sentences", type=int, default=400)
    parser.add_argument("--speed-only", action="store_true", help="only measure encoding speed")
    args = parser.parse_args()
    sets = {"own": own_articles()}
    if args.parallel:
        sets["ntrex"] = ntrex_articles(args.parallel)
    all_sentences = [s for articles in sets.values() for _, lines in articles for s in lines]
    for spec in [] if args.speed_only else args.encoders.split(","):
        encoder = build_encoder(spec, cache_dir=args.cache_dir)
        print(f"== {encoder.name}")
        for name, articles in sets.items():
            print(f" {name}: {len(articles)} articles")
            headline_figures(encoder, articles, random.Random(args.seed))
            offtopic_figures(encoder, articles, random.Random(args.seed))
    print("== encoding speed (sentences/s, cache off, this machine, one run)")
    sample = all_sentences[: args.speed_sentences]
    for spec in args.encoders.split(","):
        print(f"  {spec}: {speed(spec, sample):.0f}")


if __name__ == "__main__":
    main()

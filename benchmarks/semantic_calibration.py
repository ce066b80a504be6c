"""Calibrate and measure headline-mismatch and off-topic-sentence, per encoder.

Builds documents from the project's own news-like articles
(``benchmarks/data/semantic_articles.yaml``) and, when ``--parallel`` names the
shared parallel-data folder, from the English side of NTREX-128 (documents
split by its document ids) and of the WMT test sets (consecutive lines, a new
document at each headline-shaped line); everything is read in place, never
copied. Then, for each encoder, it runs the real checks on:

- real title + body versus a title swapped in from another document;
- a second headline in the body: another story's title above the real one
  (mismatch) versus the lead's first clause as a standfirst (clean);
- clean documents, whole and cut into windows of four to eight sentences (the
  size of a short news item): false off-topic findings per 1,000 sentences;
- the same documents with one piece of another document injected: a sentence
  inside a paragraph, a two-sentence paragraph, another document's title as a
  line, or a spam line.

It prints the fitted similarity levels (to paste into ``CALIBRATION`` in
``mtcheck/checks/semantic_scoring.py``), AUC, flag rates, precision and recall,
and encoding speed (sentences per second, cache off) for every encoder, side by side.
Off-topic cut-offs are chosen so that false findings on real news stay under
one per 1,000 sentences; recall is what is left at that precision.

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
from mtcheck.model import Document, Span
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


def wmt_articles(folder: Path) -> list[Article]:
    """WMT English sides: a headline-shaped line (16 words or fewer, no final punctuation)
    starts a document; sentences paired into paragraphs. Boundaries are guessed, so a few
    documents run into the next story: an upper bound on false findings."""
    articles: list[Article] = []
    for name in ("fr-en.tsv", "de-en.tsv", "es-en.tsv"):
        with open(folder / name, encoding="utf-8") as handle:
            lines = [row[1] for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)][1:]
        current: list[str] = []
        for line in lines + [""]:
            if (not line or _headline_shaped(line)) and current:
                if _headline_shaped(current[0]) and len(current) >= 5:
                    body = current[1:]
                    articles.append((current[0], [" ".join(body[i:i + 2]) for i in range(0, len(body), 2)]))
                current = []
            current.append(line)
    return articles


def _headline_shaped(line: str) -> bool:
    return 0 < len(line.split()) <= 16 and line.rstrip()[-1:] not in ".!?\"'\N{RIGHT DOUBLE QUOTATION MARK}"


def windows(articles: list[Article], rng: random.Random) -> list[Article]:
    """Each article cut into short items: its title and four to eight consecutive sentences."""
    short = []
    for title, lines in articles:
        sentences = [s.text for line in lines for s in segment(line)]
        start = 0
        while start + 4 <= len(sentences):
            size = rng.randint(4, 8)
            part = sentences[start:start + size]
            short.append((title, [" ".join(part[i:i + 2]) for i in range(0, len(part), 2)]))
            start += size
    return short


def build(title: str | None, lines: list[str]) -> Document:
    text = (f"{title}\n\n" if title else "") + "\n".join(lines)
    return Document(id="cal", text=text, origin="<calibration>", title=title,
                    title_span=Span(0, len(title)) if title else None)


def context(check, encoder, document: Document) -> CheckContext:
    return CheckContext(document, segment(document.text), Settings(), _Resources(encoder), check.options, "en")


def assess(check, encoder, title: str | None, lines: list[str]) -> tuple[dict, Document]:
    document = build(title, lines)
    return check.assess(context(check, encoder, document)), document


def findings(check, encoder, title: str | None, lines: list[str]) -> tuple[list, Document]:
    """The check's findings, exactly as a run reports them."""
    document = build(title, lines)
    return list(check.run(context(check, encoder, document))), document


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


def false_findings(encoder, sets: dict[str, list[Article]]) -> None:
    """Off-topic findings on clean real documents, per 1,000 body sentences, with examples."""
    check = OffTopicSentence()
    print("  off-topic false findings on clean documents:")
    for name, articles in sets.items():
        sentences = found = 0
        examples = []
        for title, lines in articles:
            result, _ = findings(check, encoder, title, lines)
            sentences += sum(len(segment(line)) for line in lines)
            found += len(result)
            examples += [f.excerpt[:90] for f in result]
        print(f"    {name}: {found} in {sentences} sentences = {1000 * found / max(1, sentences):.2f} per 1,000")
        for excerpt in examples[:3]:
            print(f"      e.g. {excerpt}")


def _inject(kind: str, lines: list[str], other: Article, rng: random.Random) -> tuple[list[str], str]:
    """``lines`` with one piece of ``other`` put in, and the text of that piece."""
    other_sentences = [s.text for line in other[1] for s in segment(line)]
    at = rng.randrange(1, len(lines) + 1)
    if kind == "sentence":
        piece = rng.choice(other_sentences)
        target = rng.randrange(len(lines))
        inside = [s.text for s in segment(lines[target])]
        inside.insert(rng.randint(1, len(inside)) if target == 0 else rng.randint(0, len(inside)), piece)
        return lines[:target] + [" ".join(inside)] + lines[target + 1:], piece
    if kind == "paragraph":
        first = rng.randrange(max(1, len(other_sentences) - 1))
        piece = " ".join(other_sentences[first:first + 2])
    else:
        piece = other[0] if kind == "title" else rng.choice(SPAM)
    return lines[:at] + [piece] + lines[at:], piece


def offtopic_figures(encoder, articles: list[Article], rng: random.Random) -> None:
    """Recall per kind of injected piece, and precision on the injected documents."""
    check = OffTopicSentence()
    kinds = ("sentence", "paragraph", "title", "spam")
    hits = {kind: [0, 0] for kind in kinds}
    wrong = 0
    for number, (title, lines) in enumerate(articles):
        for kind in kinds:
            other = articles[rng.choice([k for k in range(len(articles)) if k != number])]
            body, piece = _inject(kind, lines, other, rng)
            result, document = findings(check, encoder, title, body)
            start = document.text.index(piece)
            right = [f for f in result if f.start < start + len(piece) and start < f.end]
            hits[kind][0] += bool(right)
            hits[kind][1] += 1
            wrong += len(result) - len(right)
    true = sum(h[0] for h in hits.values())
    total = sum(h[1] for h in hits.values())
    recall = ", ".join(f"{kind} {h[0] / max(1, h[1]):.2f}" for kind, h in hits.items())
    print(f"  off-topic: injected pieces found {true}/{total} (recall {true / max(1, total):.3f}: {recall}); "
          f"precision on injected documents {true / max(1, true + wrong):.3f}")


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
    clean = dict(sets)
    if args.parallel:
        clean["ntrex-short"] = windows(sets["ntrex"], random.Random(args.seed))
        clean["wmt"] = wmt_articles(args.parallel)
        clean["wmt-short"] = windows(clean["wmt"], random.Random(args.seed))
    all_sentences = [s for articles in sets.values() for _, lines in articles for s in lines]
    for spec in [] if args.speed_only else args.encoders.split(","):
        encoder = build_encoder(spec, cache_dir=args.cache_dir)
        print(f"== {encoder.name}")
        for name, articles in sets.items():
            print(f" {name}: {len(articles)} articles")
            headline_figures(encoder, articles, random.Random(args.seed))
            offtopic_figures(encoder, clean.get(f"{name}-short", articles), random.Random(args.seed))
        false_findings(encoder, clean)
    print("== encoding speed (sentences/s, cache off, this machine, one run)")
    sample = all_sentences[: args.speed_sentences]
    for spec in args.encoders.split(","):
        print(f"  {spec}: {speed(spec, sample):.0f}")


if __name__ == "__main__":
    main()

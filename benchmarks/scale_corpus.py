"""News articles at any scale from the project's own benchmark, written as JSONL without holding them.

Each article takes the title of one record of ``corpora/bench/quality.jsonl``
(made by ``mtcheck.bench.generate`` from the project's clean articles, with
injected artifacts and machine-translation-like texts) and the bodies of the
next records, in a seeded random order, until it has the wanted number of
words, streamed, so that a corpus of 100,000 articles is written in constant
memory (``audit_speed.py`` audits the same articles in one process).
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any, Iterator

from mtcheck.bench.quality import DEFAULT_BENCH, load_bench
from mtcheck.scoring import count_words


def iter_articles(count: int, words: int = 600, seed: int = 7, clean: bool = False) -> Iterator[dict[str, Any]]:
    """``count`` records ``{"id", "title", "text"}`` of at least ``words`` words each, reproducibly
    (``clean``: only from the benchmark's clean texts, as most of a real feed is)."""
    records = [r for r in load_bench(DEFAULT_BENCH) if r["clean"] or not clean]
    rng = random.Random(seed)
    order: list[dict[str, Any]] = []
    for number in range(count):
        if len(order) < 20:
            order.extend(rng.sample(records, len(records)))
        first = order.pop()
        bodies = [first["text"].partition("\n\n")[2]]
        while count_words("\n\n".join(bodies)) < words:
            bodies.append(order.pop()["text"].partition("\n\n")[2])
        yield {"id": f"article-{number}", "title": first["title"], "text": "\n\n".join(bodies)}


def write_corpus(path: Path, count: int, words: int = 600, seed: int = 7) -> Path:
    """Write ``count`` articles to ``path`` as JSONL (kept when it already has that many lines)."""
    if path.exists():
        with open(path, "rb") as stream:
            if sum(1 for _ in stream) == count:
                return path
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_suffix(".partial")
    with open(temp, "w", encoding="utf-8") as stream:
        for record in iter_articles(count, words, seed):
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    temp.replace(path)
    return path

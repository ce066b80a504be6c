"""Per-document speed of ``audit``: documents/s, sentences/s, language ID share, time per check.

News articles of about 600 words are built from the project's own benchmark
(``corpora/bench/quality.jsonl``, made by ``mtcheck.bench.generate`` from the
clean articles of ``corpora/bench/clean_en.txt``): each article takes the
title of one record and the bodies of the next records, in a seeded random
order, until it reaches the wanted length. The mix of clean texts, texts with
one artifact and machine-translation-like texts is the benchmark's own.

The script audits the articles in one process with the library (the runner's
``Auditor``), twice: without the checks that need the sentence encoder (and
without ``boilerplate``'s optional semantic test), then with them, using a
fresh embedding cache. It prints, for each run, documents/s, sentences/s,
words/s, the share of the audit time spent in the language identifier (every
call timed through a proxy) and in the two language checks, segmentation,
and the time of every check (a wrapper around ``check.run``).

Rates are given for wall-clock time and for the process's CPU time; the split
by stage and check uses CPU time, which other work on a shared machine does not
inflate. ``--clean`` builds the articles from the benchmark's clean texts only
(the default mix has an injected artifact in most texts, which makes the
language checks look at far more sentences than a real feed does). The
articles reuse the benchmark's sentences, so the embedding cache hits more
often than on a real feed: the run with embedding checks is optimistic.

Usage: ``python benchmarks/audit_speed.py [-n 400] [--words 600] [--seed 7] [--clean] [--no-embedding-run]``
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable, Sequence

from mtcheck import runner
from mtcheck.api import resolve_settings
from mtcheck.bench.quality import TimedIdentifier
from mtcheck.checks import ALL_CHECKS
from mtcheck.model import Document
from mtcheck.readers.base import compose

sys.path.insert(0, str(Path(__file__).parent))

from scale_corpus import iter_articles  # noqa: E402
from scale_stages import timed_segmentation  # noqa: E402

#: checks whose time counts as "language checks" in the summary
LANGUAGE_CHECKS = ("untranslated-span", "wrong-language")


def build_articles(count: int, words: int = 600, seed: int = 7, clean: bool = False) -> list[Document]:
    """``count`` articles of at least ``words`` words from the benchmark's records, reproducibly
    (``clean``: only from its clean texts), as ``scale_corpus.py`` writes them."""
    return [compose(record["text"], id=record["id"], origin=f"bench:{number}", title=record["title"])
            for number, record in enumerate(iter_articles(count, words, seed, clean))]


def embedding_check_names() -> list[str]:
    """The registered checks that need the sentence encoder."""
    return [c.name for c in ALL_CHECKS if "encoder" in c.needs]


class _CpuTimedIdentifier(TimedIdentifier):
    """The benchmark's identifier proxy, timing CPU time like the rest of the split."""

    def _timed(self, method: str, text: str) -> Any:
        start = time.process_time()
        try:
            return getattr(self.inner, method)(text)
        finally:
            self.seconds += time.process_time() - start
            self.calls += 1


def _timed_check(check: Any, totals: dict[str, float]) -> Callable[[Any], list]:
    run = check.run

    def timed(ctx: Any) -> list:
        start = time.process_time()
        try:
            return list(run(ctx))
        finally:
            totals[check.name] += time.process_time() - start

    return timed


def measure(articles: Sequence[Document], *, embedding: bool, langid: str | None = None) -> dict[str, Any]:
    """Audit ``articles`` once; return the totals and the time per stage and per check."""
    with tempfile.TemporaryDirectory(prefix="mtcheck-speed-") as cache:
        options: dict[str, Any] = {"langid": langid, "cache_dir": cache}
        if not embedding:
            options["ignore"] = tuple(embedding_check_names())
            options["checks"] = {"boilerplate": {"semantic": False}, "name-variant": {"semantic": False}}
        auditor = runner.Auditor.from_settings(resolve_settings(**options))
        warm = compose("The committee met on Monday. It approved the plan without a vote, officials said.",
                       id="warm-up", origin="warm-up", title="Committee approves the plan")
        auditor.audit(warm)  # builds the identifier (and the encoder) outside the timed loop
        proxy = _CpuTimedIdentifier(auditor.resources.langid)
        auditor.resources.langid = proxy
        checks: dict[str, float] = defaultdict(float)
        for check in auditor.checks:
            check.run = _timed_check(check, checks)  # type: ignore[method-assign]
        with timed_segmentation(time.process_time) as stages:
            start, cpu = time.perf_counter(), time.process_time()
            words = 0
            for document in articles:
                words += auditor.audit(document).words
            seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {"seconds": seconds, "cpu": cpu, "documents": len(articles), "words": words, "sentences": stages["sentences"],
            "segment": stages["segment"], "langid": proxy.seconds, "langid_calls": proxy.calls,
            "checks": dict(checks)}


def report(label: str, figures: dict[str, Any]) -> None:
    """Print one run's table."""
    seconds, cpu, count = figures["seconds"], figures["cpu"], figures["documents"]
    print(f"\n== {label}: {count} documents, {figures['words'] / count:.0f} words "
          f"and {figures['sentences'] / count:.1f} sentences each, {seconds:.2f} s ({cpu:.2f} s CPU)")
    print("               wall-clock   CPU time")
    for name, amount in (("documents/s", count), ("sentences/s", figures["sentences"]), ("words/s", figures["words"])):
        print(f"  {name:12s} {amount / seconds:10.1f} {amount / cpu:10.1f}")
    language = sum(figures["checks"].get(name, 0.0) for name in LANGUAGE_CHECKS)
    print(f"  language identifier  {100 * figures['langid'] / cpu:5.1f}% of audit time "
          f"({figures['langid_calls']} calls, the documents' own language included)")
    print(f"  language checks      {100 * language / cpu:5.1f}% ({', '.join(LANGUAGE_CHECKS)}, identifier included)")
    print(f"  segmentation         {100 * figures['segment'] / cpu:5.1f}%")
    rest = cpu - figures["segment"] - sum(figures["checks"].values())
    print(f"  other (language of the document, scrub, scoring)  {100 * rest / cpu:5.1f}%")
    print("  per check (CPU ms/document, share of audit time):")
    for name, spent in sorted(figures["checks"].items(), key=lambda item: -item[1]):
        print(f"    {name:22s} {1000 * spent / count:7.2f}  {100 * spent / cpu:5.1f}%")


def main(argv: list[str] | None = None) -> int:
    """Command line: build the articles, run the audits, print the tables and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--count", type=int, default=400, help="articles to audit (default 400)")
    parser.add_argument("--words", type=int, default=600, help="words per article, at least (default 600)")
    parser.add_argument("--seed", type=int, default=7, help="seed of the article mix (default 7)")
    parser.add_argument("--clean", action="store_true", help="build the articles from the clean texts only")
    parser.add_argument("--langid", default=None, help="language identifier backend (default: the run's)")
    parser.add_argument("--no-embedding-run", action="store_true", help="skip the run with the embedding checks")
    args = parser.parse_args(argv)
    articles = build_articles(args.count, args.words, args.seed, args.clean)
    light = measure(articles, embedding=False, langid=args.langid)
    report("audit without embedding checks", light)
    if not args.no_embedding_run:
        full = measure(articles, embedding=True, langid=args.langid)
        report("audit with embedding checks", full)
        ratio = full["cpu"] / light["cpu"]
        print(f"\nwithout / with embedding checks (CPU time): {ratio:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

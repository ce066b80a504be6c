"""Score mtcheck on its labelled benchmark: precision, recall, false findings, speed, verdict.

A finding matches a label when the check names are the same and the spans
overlap. Precision counts findings (a finding of a check on a text without a
label of that check is a false positive; ``optional`` labels excuse a finding
without being required); recall counts expected findings (labels sharing a
``group`` are one). False findings are warnings and errors on the clean texts,
per 1,000 of their sentences. Speed is measured with and without the checks
that need the sentence encoder, with a fresh embedding cache, after one
warm-up document; every call to the language identifier is timed through a
proxy, and the sentences it was asked about are counted.
"""

from __future__ import annotations

import json
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

from ..api import resolve_settings
from ..model import Document, DocumentResult, Finding, Severity, Span
from ..runner import Auditor
from ..segment import segment
from ..verdict import mt_likelihood
from .corpus import bench_file

DEFAULT_BENCH = bench_file("quality.jsonl")
#: (precision, recall) the issue sets for each check; other checks are reported without a target
TARGETS: dict[str, tuple[float, float]] = {
    "untranslated-span": (0.95, 0.90),
    "boilerplate": (0.95, 0.90),
    "wrong-language": (0.95, 0.90),
    "headline-mismatch": (0.85, 0.80),
    "off-topic-sentence": (0.85, 0.80),
    "name-variant": (0.85, 0.80),
    "false-friend": (0.85, 0.80),
}
MAX_FALSE_PER_1000 = 2.0
#: the monolingual check names CONTRACT.md requires
CONTRACT_CHECKS = (
    "untranslated-span", "wrong-language", "glued-quote", "capital-after-quote", "unbalanced-quotes",
    "title-case-quote", "quote-punctuation", "source-typography", "boilerplate", "headline-mismatch",
    "off-topic-sentence", "name-variant", "false-friend", "mojibake",
)
SERIOUS = (Severity.WARNING, Severity.ERROR)


def load_bench(path: str | Path) -> list[dict[str, Any]]:
    """The benchmark records of a JSONL file, with a hint when the file is missing."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"benchmark {path} not found; build it with `python -m mtcheck.bench generate`")
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def bench_document(record: dict[str, Any]) -> Document:
    """The record as mtcheck reads a plain-text article: the title is the first line."""
    title = record["title"]
    return Document(id=record["id"], text=record["text"], origin=f"bench:{record['id']}",
                    title=title, title_span=Span(0, len(title)))


class TimedIdentifier:
    """A language identifier proxy that times every call and keeps the texts checks asked about.

    Calls made while ``document_phase`` is set (the runner guessing the whole
    document's language) are timed but counted apart, so that the sentence count
    shows what the checks themselves sent to language identification.
    """

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.name = inner.name
        self.seconds = 0.0
        self.calls = 0
        self.document_calls = 0
        self.document_phase = False
        self.texts: list[str] = []

    def _timed(self, method: str, text: str) -> Any:
        start = time.perf_counter()
        try:
            return getattr(self.inner, method)(text)
        finally:
            self.seconds += time.perf_counter() - start
            if self.document_phase:
                self.document_calls += 1
            else:
                self.calls += 1
                self.texts.append(text)

    def detect(self, text: str) -> Any:
        return self._timed("detect", text)

    def scores(self, text: str) -> Any:
        return self._timed("scores", text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def _instrument(auditor: Auditor) -> TimedIdentifier:
    """Put a timing proxy in front of the run's language identifier and mark the document-language step."""
    proxy = TimedIdentifier(auditor.resources.langid)
    auditor.resources.langid = proxy
    guess = auditor.language_of

    def language_of(document: Document) -> str:
        proxy.document_phase = True
        try:
            return guess(document)
        finally:
            proxy.document_phase = False

    auditor.language_of = language_of  # type: ignore[method-assign]
    return proxy


@dataclass
class Run:
    """The results of one pass over the benchmark and what it cost."""

    results: list[DocumentResult]
    seconds: float = 0.0
    startup_seconds: float = 0.0
    langid_seconds: float = 0.0
    langid_calls: int = 0
    langid_document_calls: int = 0
    sentences: int = 0
    sentences_with_langid: int = 0
    clean_sentences: int = 0
    clean_sentences_with_langid: int = 0
    checks: list[str] = field(default_factory=list)


def _touched(segments: Sequence[Any], texts: Iterable[str]) -> int:
    """How many segments a language-ID call looked at (a call's text inside it, or it inside the call)."""
    asked = [" ".join(t.split()) for t in texts if t.strip()]
    count = 0
    for seg in segments:
        flat = " ".join(seg.text.split())
        if any(t in flat or flat in t for t in asked):
            count += 1
    return count


def audit_bench(records: Sequence[dict[str, Any]], *, langid: str | None = None, encoder: str | None = None,
                ignore: Sequence[str] = ()) -> Run:
    """Audit every record with the library (per English style), timing audits and language ID."""
    results: list[DocumentResult | None] = [None] * len(records)
    run = Run(results=[])
    with tempfile.TemporaryDirectory(prefix="mtcheck-bench-") as cache:
        for style in sorted({r.get("style", "us") for r in records}):
            settings = resolve_settings(english_style=style, langid=langid, encoder=encoder, cache_dir=cache,
                                        ignore=tuple(ignore) or None)
            auditor = Auditor.from_settings(settings)
            run.checks = [c.name for c in auditor.checks]
            start = time.perf_counter()
            auditor.audit(bench_document({"id": "warm-up", "title": "Warm-up", "text": "Warm-up\n\n"
                                          "The committee met on Monday. It approved the plan without a vote."}))
            proxy = _instrument(auditor)
            run.startup_seconds += time.perf_counter() - start
            for index, record in enumerate(records):
                if record.get("style", "us") != style:
                    continue
                document = bench_document(record)
                proxy.texts.clear()
                start = time.perf_counter()
                result = auditor.audit(document)
                run.seconds += time.perf_counter() - start
                segments = segment(document.text, "sentences", result.language or "en")
                touched = _touched(segments, proxy.texts)
                run.sentences += len(segments)
                run.sentences_with_langid += touched
                if record["kind"] == "clean":
                    run.clean_sentences += len(segments)
                    run.clean_sentences_with_langid += touched
                results[index] = result
            run.langid_seconds += proxy.seconds
            run.langid_calls += proxy.calls
            run.langid_document_calls += proxy.document_calls
    run.results = [r for r in results if r is not None]
    return run


def _overlaps(finding: Finding, label: dict[str, Any]) -> bool:
    if finding.start == finding.end:
        return label["start"] <= finding.start <= label["end"]
    return finding.start < label["end"] and label["start"] < finding.end


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def score(records: Sequence[dict[str, Any]], results: Sequence[DocumentResult]) -> dict[str, Any]:
    """Per-check and per-variant counts, precision, recall and F1."""
    counts: dict[str, dict[str, int]] = {}
    variants: dict[str, dict[str, int]] = {}
    for record, result in zip(records, results):
        names = {f.check for f in result.findings} | {l["check"] for l in record["labels"]}
        for name in names:
            labels = [l for l in record["labels"] if l["check"] == name]
            found = [f for f in result.findings if f.check == name]
            row = counts.setdefault(name, {"tp": 0, "fp": 0, "expected": 0, "found": 0})
            for finding in found:
                row["tp" if any(_overlaps(finding, l) for l in labels) else "fp"] += 1
            units: dict[Any, list[dict[str, Any]]] = {}
            for number, label in enumerate(labels):
                if not label.get("optional"):
                    units.setdefault(("group", label["group"]) if "group" in label else number, []).append(label)
            for unit in units.values():
                hit = any(_overlaps(f, l) for f in found for l in unit)
                row["expected"] += 1
                row["found"] += hit
                key = f"{name}/{unit[0].get('variant', '')}" + (f"/{unit[0]['language']}" if "language" in unit[0] else "")
                cell = variants.setdefault(key, {"expected": 0, "found": 0})
                cell["expected"] += 1
                cell["found"] += hit
    checks = {}
    for name, row in sorted(counts.items()):
        precision = _ratio(row["tp"], row["tp"] + row["fp"])
        recall = _ratio(row["found"], row["expected"])
        f1 = round(2 * precision * recall / (precision + recall), 4) if precision and recall else None
        target = TARGETS.get(name)
        meets = None
        if target is not None:
            meets = (precision or 0) >= target[0] and (recall or 0) >= target[1]
        checks[name] = {**row, "findings": row["tp"] + row["fp"], "precision": precision, "recall": recall, "f1": f1,
                        "target_precision": target[0] if target else None,
                        "target_recall": target[1] if target else None, "meets_target": meets}
    recall_by_variant = {k: {**v, "recall": _ratio(v["found"], v["expected"])} for k, v in sorted(variants.items())}
    return {"checks": checks, "variants": recall_by_variant}


def false_findings(records: Sequence[dict[str, Any]], results: Sequence[DocumentResult]) -> dict[str, Any]:
    """Warnings and errors on the clean texts, per 1,000 of their sentences, with every finding listed."""
    sentences = 0
    by_check: dict[str, int] = {}
    examples = []
    for record, result in zip(records, results):
        if record["kind"] != "clean":
            continue
        sentences += len(segment(record["text"], "sentences", "en"))
        for finding in result.findings:
            if finding.severity in SERIOUS:
                by_check[finding.check] = by_check.get(finding.check, 0) + 1
                examples.append({"id": record["id"], "check": finding.check, "severity": finding.severity.value,
                                 "excerpt": finding.excerpt, "message": finding.message})
    total = sum(by_check.values())
    return {"clean_sentences": sentences, "false_findings": total,
            "per_1000_sentences": round(1000 * total / sentences, 3) if sentences else None,
            "target_per_1000": MAX_FALSE_PER_1000, "by_check": dict(sorted(by_check.items())), "findings": examples}


def roc_auc(positives: Sequence[float], negatives: Sequence[float]) -> float | None:
    """Probability that a random positive scores above a random negative (ties count half)."""
    if not positives or not negatives:
        return None
    wins = sum((p > n) + 0.5 * (p == n) for p in positives for n in negatives)
    return round(wins / (len(positives) * len(negatives)), 4)


def verdict_auc(records: Sequence[dict[str, Any]], results: Sequence[DocumentResult], split: str = "test") -> dict[str, Any]:
    """ROC AUC of ``mt_likelihood``, machine-translation-like versus clean texts of one split."""
    scores: dict[bool, list[float]] = {True: [], False: []}
    for record, result in zip(records, results):
        if record.get("split") != split or record["kind"] not in ("mt", "clean"):
            continue
        value = result.mt_likelihood
        if value is None:
            value = mt_likelihood(result.findings, result.words)
        scores[record["kind"] == "mt"].append(value)
    return {"split": split, "mt_texts": len(scores[True]), "clean_texts": len(scores[False]),
            "roc_auc": roc_auc(scores[True], scores[False]),
            "mean_mt": round(sum(scores[True]) / len(scores[True]), 4) if scores[True] else None,
            "mean_clean": round(sum(scores[False]) / len(scores[False]), 4) if scores[False] else None}


def embedding_checks(langid: str | None = None, encoder: str | None = None) -> list[str]:
    """Names of the registered checks that need the sentence encoder."""
    auditor = Auditor.from_settings(resolve_settings(langid=langid, encoder=encoder))
    return [c.name for c in auditor.checks if "encoder" in c.needs]


def evaluate(path: str | Path = DEFAULT_BENCH, *, langid: str | None = None, encoder: str | None = None) -> dict[str, Any]:
    """Run the whole benchmark and return every figure as plain data."""
    records = load_bench(path)
    embedding = embedding_checks(langid, encoder)
    full = audit_bench(records, langid=langid, encoder=encoder)
    light = audit_bench(records, langid=langid, encoder=encoder, ignore=embedding) if embedding else full
    n = len(records)
    registered = sorted(set(full.checks))
    return {
        "bench": str(path),
        "documents": n,
        "kinds": {k: sum(r["kind"] == k for r in records) for k in ("clean", "single", "mt")},
        "settings": {"langid": langid or "auto", "encoder": encoder or "default"},
        "registered_checks": registered,
        "missing_checks": [c for c in CONTRACT_CHECKS if c not in registered],
        **score(records, full.results),
        "clean": false_findings(records, full.results),
        "speed": {
            "docs_per_second": round(n / full.seconds, 2) if full.seconds else None,
            "docs_per_second_without_embedding": round(n / light.seconds, 2) if light.seconds else None,
            "embedding_checks": embedding,
            "startup_seconds": round(full.startup_seconds, 3),
            "langid_backend": langid or "auto",
            "langid_calls": full.langid_calls,
            "langid_document_calls": full.langid_document_calls,
            "langid_seconds": round(full.langid_seconds, 4),
            "langid_time_share": round(full.langid_seconds / full.seconds, 4) if full.seconds else None,
            "sentences": full.sentences,
            "sentences_with_langid": full.sentences_with_langid,
            "clean_sentences": full.clean_sentences,
            "clean_sentences_with_langid": full.clean_sentences_with_langid,
        },
        "verdict": verdict_auc(records, full.results),
    }

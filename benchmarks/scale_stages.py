"""In-process measurements for ``scale_bench.py``: time by stage, encoders side by side, naive language ID.

The audit runs exactly as ``mtcheck audit --jobs 1`` runs it (``Auditor.audit_batch``
on batches of 64 documents, a fresh embedding cache), with timing wrappers
around the stages: reading the JSONL, segmentation, language identification
(every call, the document's language and the checks' calls), encoding (the
encoder's ``encode``, cache look-ups included), the checks (the rest of the
audit: scrubbing, planning, checks, scoring) and the report (``jsonl`` and
``csv`` rendered to memory).
"""

from __future__ import annotations

import contextlib
import io
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

from mtcheck import runner
from mtcheck.api import read_options, resolve_settings
from mtcheck.bench.quality import TimedIdentifier
from mtcheck.checks import ALL_CHECKS
from mtcheck.model import Document, DocumentResult, RunResult
from mtcheck.readers import read_documents
from mtcheck.readers.base import compose
from mtcheck.reporters import REPORTERS
from mtcheck.segment import segment

STAGES = ("read", "segment", "language ID", "encode", "checks", "report")


def embedding_checks() -> tuple[str, ...]:
    """The checks that need the sentence encoder."""
    return tuple(c.name for c in ALL_CHECKS if "encoder" in c.needs)


def settings_for(embedding: bool, cache: str, encoder: str = "use", langid: str | None = None) -> Any:
    """Run settings with or without the embedding checks (and boilerplate's semantic test)."""
    options: dict[str, Any] = {"cache_dir": cache, "encoder": encoder, "langid": langid}
    if not embedding:
        options["ignore"] = embedding_checks()
        options["checks"] = {"boilerplate": {"semantic": False}, "name-variant": {"semantic": False}}
    return resolve_settings(**options)


def read_corpus(path: Path, limit: int) -> tuple[list[Document], float]:
    """The first ``limit`` documents of the JSONL corpus at ``path`` and the seconds spent reading them."""
    start = time.perf_counter()
    documents = []
    for document in read_documents([str(path)], read_options(resolve_settings())):
        documents.append(document)
        if len(documents) == limit:
            break
    return documents, time.perf_counter() - start


class _TimedEncode:
    """Wraps an encoder's ``encode`` to add its time (cache look-ups included) to a counter."""

    def __init__(self, encoder: Any, totals: dict[str, float]) -> None:
        self.inner, self.totals = encoder.encode, totals
        encoder.encode = self

    def __call__(self, texts: Sequence[str]) -> Any:
        start = time.perf_counter()
        try:
            return self.inner(texts)
        finally:
            self.totals["encode"] += time.perf_counter() - start


@dataclass
class StageRun:
    """One measured audit: totals and seconds by stage."""

    documents: int
    sentences: int
    words: int
    seconds: dict[str, float] = field(default_factory=dict)
    #: texts the encoder model encoded (cache hits not counted)
    encoded: int = 0

    @property
    def total(self) -> float:
        return sum(self.seconds.values())

    @property
    def audit_seconds(self) -> float:
        """Time of the audit itself (every stage but reading and the report)."""
        return self.total - self.seconds["read"] - self.seconds["report"]


@contextlib.contextmanager
def timed_segmentation(clock: Callable[[], float] = time.perf_counter) -> Iterator[dict[str, float]]:
    """Time every call of the runner's segmenter inside the block: ``segment`` seconds
    (by ``clock``) and ``sentences`` found."""
    split = runner.segment
    counts = {"segment": 0.0, "sentences": 0}

    def timed_segment(*args: Any, **kwargs: Any) -> list:
        start = clock()
        segments = split(*args, **kwargs)
        counts["segment"] += clock() - start
        counts["sentences"] += len(segments)
        return segments

    runner.segment = timed_segment
    try:
        yield counts
    finally:
        runner.segment = split


def measure_stages(documents: Sequence[Document], read_seconds: float, settings: Any) -> StageRun:
    """Audit ``documents`` in batches as the command does, timing every stage."""
    auditor = runner.Auditor.from_settings(settings)
    warm = compose("The committee met on Monday. It approved the plan without a vote, officials said.\n"
                   "Work on the new bridge starts in May, the mayor's office said on Tuesday.\n"
                   "The bridge will link the two halves of the old town for the first time since the war.",
                   id="warm-up", origin="warm-up", title="Committee approves the bridge plan")
    auditor.audit_batch([warm])  # build the identifier and the encoder outside the timing
    totals = {"segment": 0.0, "encode": 0.0}
    proxy = TimedIdentifier(auditor.resources.langid)
    auditor.resources.langid = proxy
    encoder = auditor.resources.encoder if any("encoder" in c.needs for c in auditor.checks) else None
    if encoder is not None:
        _TimedEncode(encoder, totals)
        encoded = encoder.stats["encoded"]
    results: list[DocumentResult] = []
    with timed_segmentation() as counts:
        start = time.perf_counter()
        for batch in runner.batches(documents):
            results.extend(auditor.audit_batch(batch, 0))
        audit = time.perf_counter() - start
    totals["segment"] = counts["segment"]
    start = time.perf_counter()
    result = RunResult(documents=tuple(results), signature=runner.signature(settings, auditor.checks))
    for fmt in ("jsonl", "csv"):
        REPORTERS[fmt].render(result, io.StringIO())
    report = time.perf_counter() - start
    seconds = {"read": read_seconds, "segment": totals["segment"], "language ID": proxy.seconds,
               "encode": totals["encode"], "report": report}
    seconds["checks"] = audit - totals["segment"] - proxy.seconds - totals["encode"]
    return StageRun(len(results), counts["sentences"], sum(r.words for r in results),
                    {s: seconds[s] for s in STAGES}, encoder.stats["encoded"] - encoded if encoder is not None else 0)


def stage_run(documents: Sequence[Document], read_seconds: float, embedding: bool, encoder: str = "use") -> StageRun:
    """``measure_stages`` with a fresh embedding cache."""
    with tempfile.TemporaryDirectory(prefix="mtcheck-bench-") as cache:
        return measure_stages(documents, read_seconds, settings_for(embedding, cache, encoder))


def naive_language_id(documents: Sequence[Document]) -> tuple[float, int]:
    """Seconds for langdetect (seeded) on every sentence of ``documents``, and how many sentences."""
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    sentences = [s.text for d in documents for s in segment(d.text, "sentences", "en")]
    start = time.perf_counter()
    for text in sentences:
        try:
            detect_langs(text)
        except LangDetectException:
            pass
    return time.perf_counter() - start, len(sentences)

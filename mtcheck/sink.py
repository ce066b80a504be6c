"""Where a streaming audit's results go: live reports, the spool, totals and the baseline gate.

``ResultSink`` receives document results batch by batch, in input order. It
appends them to the spool (``mtcheck.spool``), writes ``jsonl`` and ``csv``
reports as they arrive, keeps the run's totals, and marks baselined findings
(``--baseline``) one document at a time. At the end, the reports that need the
whole result are rendered from a ``SpooledResult``: a ``RunResult`` whose
documents are read back from the spool file and whose counts come from the
totals, so the result is never whole in memory.

Every report file is written to a temporary file next to it and renamed when
complete: an interrupted run never leaves half a report.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any, Callable, Iterator, Mapping, Sequence

from .baseline import Fingerprinter
from .model import BaselineStatus, DocumentResult, RunResult, Severity
from .readers import input_files
from .reporters import Reporter, UnknownFormatError, reporter_for_path, reporter_named
from .reporters.machine import document_line, write_csv_rows
from .scoring import document_score
from .spool import Spool, SpooledDocuments


@dataclass
class Totals:
    """What the exit code and the summaries need, counted as results arrive."""

    documents: int = 0
    findings: int = 0
    new_findings: int = 0
    errors: int = 0
    unreadable: int = 0
    by_check: Counter = field(default_factory=Counter)
    by_severity: Counter = field(default_factory=Counter)
    #: the worst severity rank among findings not baselined (-1: none)
    worst_new: int = -1
    #: the lowest gate score (the score without baselined findings) of an audited document
    lowest_score: float | None = None

    def add(self, result: DocumentResult) -> None:
        """Count one (baseline-marked) document result."""
        self.documents += 1
        self.errors += bool(result.error)
        self.unreadable += bool(result.error and not result.document.text)
        for finding in result.findings:
            self.findings += 1
            self.by_check[finding.check] += 1
            self.by_severity[finding.severity.value] += 1
            if not finding.baselined:
                self.new_findings += 1
                self.worst_new = max(self.worst_new, finding.severity.rank)
        if result.error is None:
            score = result.score if result.gate_score is None else result.gate_score
            self.lowest_score = score if self.lowest_score is None else min(self.lowest_score, score)


class _Findings:
    """The findings of a spooled result: counted without reading, iterated from the spool."""

    def __init__(self, documents: Sequence[DocumentResult], count: int, new_only: bool) -> None:
        self._documents, self._count, self._new_only = documents, count, new_only

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[Any]:
        for document in self._documents:
            for finding in document.findings:
                if not (self._new_only and finding.baselined):
                    yield finding


@dataclass(frozen=True)
class SpooledResult(RunResult):
    """A ``RunResult`` whose documents stay in the spool file and whose counts come from ``totals``."""

    totals: Totals = field(default_factory=Totals)

    @property
    def findings(self) -> _Findings:  # type: ignore[override]
        return _Findings(self.documents, self.totals.findings, new_only=False)

    @property
    def new_findings(self) -> _Findings:  # type: ignore[override]
        return _Findings(self.documents, self.totals.new_findings, new_only=True)

    def by_check(self) -> dict[str, int]:
        return dict(sorted(self.totals.by_check.items()))

    def by_severity(self) -> dict[str, int]:
        counts = self.totals.by_severity
        return {s.value: counts[s.value] for s in reversed(Severity) if s.value in counts}

    @property
    def error_count(self) -> int:
        return self.totals.errors

    def failing(self) -> bool:
        totals = self.totals
        if self.fail_on is not None and totals.worst_new >= self.fail_on.rank:
            return True
        return self.min_score is not None and totals.lowest_score is not None and totals.lowest_score < self.min_score

    @property
    def nothing_readable(self) -> bool:
        return self.totals.documents > 0 and self.totals.unreadable == self.totals.documents


class BaselineGate:
    """``--baseline FILE`` applied one document at a time, by ``baseline.apply_baseline``'s rules.

    Occurrences are counted per document id over the whole run, so every pass
    over the documents needs a fresh ``marker``; the first pass (``record``)
    also notes what the baseline status reports.
    """

    def __init__(self, rows: Sequence[Mapping[str, Any]], path: str) -> None:
        self.rows = rows
        self.path = path
        self.recorded = {r["fingerprint"] for r in rows}
        self.baseline_documents = {r["document"] for r in rows}
        self.found: set[str] = set()
        self.audited: set[str] = set()
        self.baselined = 0

    def marker(self, record: bool = False) -> Callable[[DocumentResult], DocumentResult]:
        """A function marking the findings of each document of one pass, in order."""
        prints = Fingerprinter()

        def mark(doc: DocumentResult) -> DocumentResult:
            findings = []
            for finding in doc.findings:
                digest = prints.entry(doc.document.id, finding).fingerprint
                if digest in self.recorded:
                    finding = replace(finding, baselined=True)
                    if record:
                        self.found.add(digest)
                        self.baselined += 1
                findings.append(finding)
            if record and doc.document.id in self.baseline_documents:
                self.audited.add(doc.document.id)
            gate = None if doc.error and not doc.document.text else document_score(
                [f for f in findings if not f.baselined], doc.words)
            return replace(doc, findings=tuple(findings), gate_score=gate)

        return mark

    def status(self) -> BaselineStatus:
        """The baseline line of the report: how many findings it covered, which recorded ones are fixed."""
        fixed = tuple(dict(r) for r in self.rows if r["document"] in self.audited and r["fingerprint"] not in self.found)
        return BaselineStatus(path=self.path, baselined=self.baselined, fixed=fixed)


class AtomicFile:
    """A report file written under a temporary name and renamed into place by ``commit``."""

    def __init__(self, path: Path, binary: bool) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, self.temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        self.stream: IO[Any] = os.fdopen(handle, "wb") if binary else os.fdopen(handle, "w", encoding="utf-8", newline="")

    def commit(self) -> None:
        self.stream.close()
        # mkstemp creates 0600; a report is an ordinary file others (CI artifact uploads) may read
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(self.temp, 0o666 & ~umask)
        os.replace(self.temp, self.path)

    def abort(self) -> None:
        self.stream.close()
        Path(self.temp).unlink(missing_ok=True)


#: formats written as results arrive: how to write a batch (``first`` says whether it is the first)
LIVE_WRITERS: dict[str, Callable[[Sequence[DocumentResult], IO[str], bool], None]] = {
    "jsonl": lambda docs, stream, first: stream.write("".join(document_line(d) for d in docs)),
    "csv": lambda docs, stream, first: write_csv_rows(docs, stream, first) if docs or first else None,
}


@dataclass
class Output:
    """One report: standard output or a file, in the format of one reporter."""

    reporter: Reporter
    file: AtomicFile | None = None
    started: bool = False

    @property
    def stream(self) -> IO[Any]:
        return self.file.stream if self.file is not None else sys.stdout


def plan_outputs(fmt: str, outputs: Sequence[str], inputs: Sequence[str] = ()) -> list[tuple[Path | None, Reporter]]:
    """Check ``--format`` and every ``-o FILE`` before auditing: (path or None for stdout, reporter)."""
    stdout = reporter_named(fmt)
    if stdout.binary:
        raise UnknownFormatError(f"format '{fmt}' is binary; write it to a file with -o FILE{stdout.suffixes[0]}")
    planned: list[tuple[Path | None, Reporter]] = [(Path(o), reporter_for_path(o)) for o in outputs]
    resolved = input_files(inputs) if outputs else set()
    for path, _ in planned:
        if path.resolve() in resolved:
            raise UnknownFormatError(f"output '{path}' is also an input; choose another file name")
    return planned + [(None, stdout)]


class ResultSink:
    """Takes batches of results in order; writes the spool, the live reports and the totals.

    ``live`` is False when the findings' marks are only known at the end
    (``--write-baseline``): every report is then written from the spool.
    ``progress`` is called with every result, replayed or new.
    """

    def __init__(self, spool: Spool, planned: Sequence[tuple[Path | None, Reporter]],
                 gate: BaselineGate | None = None, live: bool = True,
                 progress: Callable[[DocumentResult], None] | None = None) -> None:
        self.spool = spool
        self.progress = progress
        self.gate = gate
        self.totals = Totals()
        self.outputs = [Output(reporter, AtomicFile(path, reporter.binary) if path is not None else None)
                        for path, reporter in planned]
        self.live = live
        self._mark = gate.marker(record=True) if gate is not None else None

    def replay(self, results: Sequence[DocumentResult]) -> None:
        """Results already in the spool (a resumed checkpoint): reported and counted, not written again."""
        self._deliver(results)

    def add(self, results: Sequence[DocumentResult]) -> None:
        """A new batch: appended to the spool first, so that a checkpoint never misses a reported document."""
        self.spool.append(results)
        self._deliver(results)

    def _deliver(self, results: Sequence[DocumentResult]) -> None:
        marked = [self._mark(r) for r in results] if self._mark is not None else list(results)
        for result in marked:
            self.totals.add(result)
            if self.progress is not None:
                self.progress(result)
        if self.live:
            for output in self.outputs:
                write = LIVE_WRITERS.get(output.reporter.format)
                if write is not None:
                    write(marked, output.stream, not output.started)
                    output.started = True
                    output.stream.flush()

    def regate(self, gate: BaselineGate) -> None:
        """Apply a baseline known only now (``--write-baseline``): recount every spooled document."""
        self.gate = gate
        self._mark = gate.marker(record=True)
        self.totals = Totals()
        for result in self.spool:
            self.totals.add(self._mark(result))

    def result(self, signature: Any, fail_on: Severity | None, min_score: float | None) -> SpooledResult:
        """The whole run as a ``SpooledResult`` (documents read from the spool, marked again on each pass)."""
        transform = (lambda: self.gate.marker()) if self.gate is not None else None
        return SpooledResult(
            documents=SpooledDocuments(self.spool, transform), signature=signature, fail_on=fail_on,
            min_score=min_score, baseline=self.gate.status() if self.gate is not None else None, totals=self.totals,
        )

    def finish(self, result: SpooledResult) -> None:
        """Write what is left of every report and put the files in place."""
        for output in self.outputs:
            write = LIVE_WRITERS.get(output.reporter.format)
            if write is not None and output.started:
                continue
            if write is not None and self.live:
                write([], output.stream, True)  # no document at all: the header a table still has
            else:
                output.reporter.render(result, output.stream)
            output.stream.flush()
        for output in self.outputs:
            if output.file is not None:
                output.file.commit()

    def abort(self) -> None:
        """Remove the unfinished report files."""
        for output in self.outputs:
            if output.file is not None:
                output.file.abort()

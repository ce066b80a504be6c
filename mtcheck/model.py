"""The typed core of mtcheck: documents, segments, findings and results.

Everything here is a plain frozen dataclass with no I/O and no dependency on the
rest of the package, so readers, checks and reporters can all share it without
import cycles. Offsets are half-open code-point offsets into ``Document.text`` as
read, never into a normalised copy.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any, Mapping


class Severity(str, enum.Enum):
    """How bad a finding is; ordered ``info < warning < error``."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        """Numeric rank used for comparisons and ``--fail-on``."""
        return _SEVERITY_RANK[self]

    @classmethod
    def parse(cls, value: "str | Severity") -> "Severity":
        """Read a severity from its name, with a message listing the valid ones."""
        if isinstance(value, Severity):
            return value
        try:
            return cls(str(value).strip().lower())
        except ValueError:
            valid = ", ".join(s.value for s in cls)
            raise ValueError(f"unknown severity {value!r}; use one of: {valid}") from None


_SEVERITY_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


class Scope(str, enum.Enum):
    """The unit a check looks at."""

    SENTENCE = "sentence"
    DOCUMENT = "document"
    PAIR = "pair"


@dataclass(frozen=True, order=True)
class Span:
    """A half-open ``[start, end)`` range of code points."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: "Span") -> bool:
        """True when the two spans share at least one code point."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: "Span") -> bool:
        """True when ``other`` lies inside this span."""
        return self.start <= other.start and other.end <= self.end


@dataclass(frozen=True)
class Segment:
    """A sentence (or line, or paragraph) of a document, with its exact span."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int = 0

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(frozen=True)
class Document:
    """One text to audit, as a reader produced it.

    ``title_span`` says where the title sits inside ``text`` (readers that get a
    separate title field put it first, followed by a blank line), so findings on
    the title have real offsets like every other finding.
    """

    id: str
    text: str
    origin: str
    title: str | None = None
    title_span: Span | None = None
    group: str = ""
    error: str | None = None
    ignore: tuple[str, ...] = ()
    meta: Mapping[str, Any] = field(default_factory=dict)

    @property
    def body_start(self) -> int:
        """Offset where the body starts (after the title and its separator)."""
        if self.title_span is None:
            return 0
        index = self.title_span.end
        while index < len(self.text) and self.text[index] in "\r\n \t":
            index += 1
        return index


@dataclass(frozen=True)
class Finding:
    """One problem found in a document, with its exact span and its evidence."""

    code: str
    check: str
    severity: Severity
    start: int
    end: int
    excerpt: str
    message: str
    confidence: float = 1.0
    language: str | None = None
    suggestion: str | None = None
    side: str | None = None
    segment: int | None = None
    evidence: Mapping[str, Any] = field(default_factory=dict)
    #: True when ``--baseline`` holds this finding: reported, but never fails the run
    baselined: bool = False

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    def sort_key(self) -> tuple:
        """Deterministic order: by position, then check code."""
        return (self.side or "", self.start, self.end, self.code, self.message)


@dataclass(frozen=True)
class DocumentResult:
    """The audit of one document: its findings, score and verdict."""

    document: Document
    findings: tuple[Finding, ...]
    score: float
    mt_likelihood: float | None = None
    language: str | None = None
    error: str | None = None
    words: int = 0
    pairs: tuple[Mapping[str, Any], ...] | None = None
    source: Document | None = None
    #: with ``--baseline``: the score counting only findings not in the baseline,
    #: the one ``--min-score`` checks (None without a baseline)
    gate_score: float | None = None
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class BaselineStatus:
    """How a run compared with its ``--baseline`` file.

    ``fixed`` holds the baseline entries (plain mappings, as stored in the file)
    of documents audited in this run that no longer have that finding, so the
    baseline can be tightened with ``--write-baseline``.
    """

    path: str
    baselined: int
    fixed: tuple[Mapping[str, Any], ...] = ()


@dataclass(frozen=True)
class RunSignature:
    """What produced a result, so that two reports can be compared."""

    version: str
    checks: tuple[str, ...]
    options_hash: str
    encoder: str | None
    source_lang: str
    target_lang: str
    inputs: tuple[str, ...] = ()

    def as_text(self) -> str:
        """One line, sacrebleu style."""
        return (
            f"mtcheck:{self.version}|checks:{len(self.checks)}|opts:{self.options_hash}"
            f"|enc:{self.encoder or 'none'}|lang:{self.source_lang}-{self.target_lang}"
        )


@dataclass(frozen=True)
class RunResult:
    """Everything a reporter needs: the documents audited and how."""

    documents: tuple[DocumentResult, ...]
    signature: RunSignature
    fail_on: Severity | None = Severity.ERROR
    min_score: float | None = None
    baseline: BaselineStatus | None = None

    @property
    def findings(self) -> list[Finding]:
        return [f for d in self.documents for f in d.findings]

    @property
    def new_findings(self) -> list[Finding]:
        """The findings not covered by the baseline (all of them without one)."""
        return [f for f in self.findings if not f.baselined]

    def by_check(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for finding in self.findings:
            counts[finding.check] = counts.get(finding.check, 0) + 1
        return dict(sorted(counts.items()))

    def by_severity(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for finding in self.findings:
            counts[finding.severity.value] = counts.get(finding.severity.value, 0) + 1
        return {s.value: counts[s.value] for s in reversed(Severity) if s.value in counts}

    @property
    def error_count(self) -> int:
        return sum(1 for d in self.documents if d.error)

    def failing(self) -> bool:
        """True when the run should exit 1 under ``fail_on`` and ``min_score``.

        Baselined findings never count, and with a baseline ``min_score`` is
        checked against each document's ``gate_score``.
        """
        if self.fail_on is not None and any(
            f.severity.rank >= self.fail_on.rank for f in self.new_findings
        ):
            return True
        if self.min_score is not None and any(
            d.error is None and (d.score if d.gate_score is None else d.gate_score) < self.min_score
            for d in self.documents
        ):
            return True
        return False

    @property
    def nothing_readable(self) -> bool:
        """True when there were documents but every one is unreadable (an error and no text)."""
        return bool(self.documents) and all(d.error and not d.document.text for d in self.documents)

    def exit_code(self) -> int:
        """CONTRACT.md's exit code: 2 when no input could be read, else 1 when failing, else 0.

        An unreadable document alone does not fail a run in which other documents
        were read: it is reported as an error, and the run goes on.
        """
        if self.nothing_readable:
            return 2
        return 1 if self.failing() else 0

"""What reporters share: the protocol, positions and the JSON shape of results.

Reporters only read a ``RunResult``. Line and column numbers are derived here, at
report time, from code-point offsets (1-based lines, 1-based columns counted in
code points).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import IO, Any, Callable

from ..model import DocumentResult, Finding, RunResult

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Reporter:
    """A registered output format.

    ``render(result, stream)`` writes the report; ``binary`` reporters get a
    binary stream, the others a text stream.
    """

    format: str
    suffixes: tuple[str, ...]
    render: Callable[[RunResult, IO[Any]], None]
    binary: bool = False
    description: str = ""


class LineIndex:
    """Maps code-point offsets of one text to 1-based (line, column)."""

    def __init__(self, text: str) -> None:
        self._starts = [0]
        newline = text.find("\n")
        while newline >= 0:  # str.find, not a loop over every character: reports index every document
            self._starts.append(newline + 1)
            newline = text.find("\n", newline + 1)

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1


def finding_dict(finding: Finding, include_alignment: bool = False) -> dict[str, Any]:
    """A finding as CONTRACT.md's JSON object."""
    data: dict[str, Any] = {
        "code": finding.code,
        "check": finding.check,
        "severity": finding.severity.value,
        "message": finding.message,
        "start": finding.start,
        "end": finding.end,
        "excerpt": finding.excerpt,
        "confidence": round(float(finding.confidence), 4),
        "language": finding.language,
        "suggestion": finding.suggestion,
    }
    if include_alignment or finding.side is not None:
        data["side"] = finding.side
        data["segment"] = finding.segment
    if finding.evidence:
        data["evidence"] = dict(finding.evidence)
    if finding.baselined:
        data["baselined"] = True
    return data


def document_dict(result: DocumentResult) -> dict[str, Any]:
    """A document result as CONTRACT.md's JSON object."""
    document = result.document
    data: dict[str, Any] = {
        "id": document.id,
        "origin": document.origin,
        "group": document.group,
        "title": document.title,
        "language": result.language,
        "score": result.score,
        "mt_likelihood": result.mt_likelihood,
        "words": result.words,
        "text": document.text,
        "error": result.error,
        "findings": [finding_dict(f, result.pairs is not None) for f in result.findings],
    }
    if result.notes:
        data["notes"] = list(result.notes)
    if result.gate_score is not None:
        data["gate_score"] = result.gate_score
    if result.pairs is not None:
        data["pairs"] = [dict(p) for p in result.pairs]
        if result.source is not None:
            data["source"] = {"id": result.source.id, "origin": result.source.origin, "text": result.source.text}
    return data


def summary_dict(result: RunResult) -> dict[str, Any]:
    """The run summary of CONTRACT.md."""
    return {
        "documents": len(result.documents),
        "findings": len(result.findings),
        "errors": result.error_count,
        "by_check": result.by_check(),
        "by_severity": result.by_severity(),
    }


def result_dict(result: RunResult) -> dict[str, Any]:
    """The whole result as CONTRACT.md's JSON object (schema 1)."""
    signature = result.signature
    data = {
        "schema": SCHEMA_VERSION,
        "mtcheck_version": signature.version,
        "signature": {
            "text": signature.as_text(),
            "checks": list(signature.checks),
            "options_hash": signature.options_hash,
            "encoder": signature.encoder,
            "source_lang": signature.source_lang,
            "target_lang": signature.target_lang,
            "inputs": list(signature.inputs),
            "fail_on": result.fail_on.value if result.fail_on else "never",
            "min_score": result.min_score,
        },
        "summary": summary_dict(result),
        "documents": [document_dict(d) for d in result.documents],
    }
    if result.baseline is not None:
        # added only with --baseline, so results without one keep their exact shape
        data["baseline"] = {"file": result.baseline.path, "baselined": result.baseline.baselined,
                            "fixed": [dict(f) for f in result.baseline.fixed]}
    return data

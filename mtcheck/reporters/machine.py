"""Formats for programs: ``json``, ``jsonl``, ``csv`` and ``parquet``, and reading a saved result back.

``json`` is CONTRACT.md's result object (schema 1); ``jsonl`` one document object
per line and nothing else, so it streams into ``jq`` or a data-frame loader;
``csv`` and ``parquet`` one row per finding with the document's columns repeated
(a document without findings appears once, its finding columns empty), the shape
pandas, spreadsheets and SQL engines want. ``load_result`` rebuilds a
``RunResult`` from a saved JSON result, for ``mtcheck report RESULT.json -o FILE``.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import replace
from typing import IO, Any, Mapping, Sequence

from ..model import BaselineStatus, Document, DocumentResult, Finding, RunResult, RunSignature, Severity
from .base import SCHEMA_VERSION, Reporter, document_dict, result_dict, summary_dict
from .text import Locator

#: document columns of a CSV/Parquet row, in order
DOCUMENT_COLUMNS = ("id", "origin", "group", "title", "language", "score", "mt_likelihood", "error")
#: finding columns; ``finding_language`` is the finding's own language, ``language`` the document's
FINDING_COLUMNS = (
    "code", "check", "severity", "line", "column", "start", "end", "excerpt", "message",
    "confidence", "finding_language", "suggestion", "side", "segment",
)
_INT_COLUMNS = {"line", "column", "start", "end", "segment"}
_FLOAT_COLUMNS = {"score", "mt_likelihood", "confidence"}


def jsonable(value: Any) -> Any:
    """Fallback for evidence values json cannot write (numpy scalars, sets, paths)."""
    if hasattr(value, "item"):
        return value.item()
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    return str(value)


def _dumps(data: Any, indent: int | None = None) -> str:
    return json.dumps(data, indent=indent, ensure_ascii=False, default=jsonable)


def render_json(result: RunResult, stream: IO[str]) -> None:
    """The whole result, indented, non-ASCII kept as is, ending with a newline.

    Written one document at a time (the bytes of ``json.dumps(result_dict(result),
    indent=2)``), so that a result whose documents are read lazily from a spool
    file is never whole in memory.
    """
    skeleton = result_dict(replace(result, documents=()))
    skeleton["summary"] = summary_dict(result)
    head, _, tail = _dumps(skeleton, indent=2).partition(_EMPTY_DOCUMENTS)
    stream.write(head + _EMPTY_DOCUMENTS[:-1])
    first = True
    for document in result.documents:
        # one level deeper than a top-level dump: every line of the document moves 4 spaces right
        block = _dumps(document_dict(document), indent=2).replace("\n", "\n    ")
        stream.write(("\n    " if first else ",\n    ") + block)
        first = False
    stream.write(("]" if first else "\n  ]") + tail + "\n")


#: the documents list of an indented result without documents; JSON escapes newlines in
#: strings, so this text occurs once, where the list is
_EMPTY_DOCUMENTS = '\n  "documents": []'


def document_line(result: DocumentResult) -> str:
    """One document as its ``jsonl`` line, newline included."""
    return _dumps(document_dict(result)) + "\n"


def render_jsonl(result: RunResult, stream: IO[str]) -> None:
    """One document object per line, nothing else (CONTRACT.md)."""
    for document in result.documents:
        stream.write(document_line(document))


def finding_rows(documents: Sequence[DocumentResult]) -> list[dict[str, Any]]:
    """One row per finding (one per document without findings), keyed by column."""
    rows: list[dict[str, Any]] = []
    for doc in documents:
        base = {
            "id": doc.document.id, "origin": doc.document.origin, "group": doc.document.group,
            "title": doc.document.title, "language": doc.language, "score": doc.score,
            "mt_likelihood": doc.mt_likelihood, "error": doc.error,
        }
        if not doc.findings:
            rows.append({**base, **{column: None for column in FINDING_COLUMNS}})
        locator = Locator(doc)
        for finding in doc.findings:
            line, column = locator.position(finding)
            rows.append({
                **base, "code": finding.code, "check": finding.check,
                "severity": finding.severity.value, "line": line, "column": column,
                "start": finding.start, "end": finding.end, "excerpt": finding.excerpt,
                "message": finding.message, "confidence": round(float(finding.confidence), 4),
                "finding_language": finding.language, "suggestion": finding.suggestion,
                "side": finding.side, "segment": finding.segment,
            })
    return rows


def result_frame(result: RunResult) -> Any:
    """A pandas DataFrame with one row per finding (one per document without findings)."""
    import pandas as pd

    columns = [*DOCUMENT_COLUMNS, *FINDING_COLUMNS]
    frame = pd.DataFrame(finding_rows(result.documents), columns=columns)
    # explicit dtypes: nullable ints print as 3 (not 3.0) and every column keeps
    # one type in Parquet even when all its values are empty
    dtypes = {
        c: "Int64" if c in _INT_COLUMNS else "float64" if c in _FLOAT_COLUMNS else "string"
        for c in columns
    }
    return frame.astype(dtypes)


#: a quoted CSV cell, or a record's line end outside any cell
_CSV_CELL_OR_END = re.compile(r'"(?:[^"]|"")*"|\r\n')


#: documents per block of CSV rows: bounds memory when the documents are read lazily
CSV_BLOCK = 256


def render_csv(result: RunResult, stream: IO[str]) -> None:
    """The finding table as CSV (UTF-8 text, ``\\n`` line ends, empty cells for missing values).

    Written with ``\\r\\n`` line ends first, so that the csv module quotes every
    cell holding a ``\\r`` or a ``\\n`` (with ``\\n`` ends it leaves a lone ``\\r``
    bare, and readers split the row there); the ends outside cells then become ``\\n``.
    Rows are written in blocks of documents (each cell is formatted on its own, so
    the bytes are those of one table).
    """
    header = True
    block: list[DocumentResult] = []
    for document in result.documents:
        block.append(document)
        if len(block) == CSV_BLOCK:
            write_csv_rows(block, stream, header)
            header, block = False, []
    if block or header:
        write_csv_rows(block, stream, header)


def _csv_cell(column: str, value: Any) -> Any:
    """A value as the table's column type prints it: empty when missing, floats as Python writes them."""
    if value is None or (column in _FLOAT_COLUMNS and value != value):  # None, or a float NaN
        return ""
    if column in _FLOAT_COLUMNS:
        return repr(float(value))
    if column in _INT_COLUMNS:
        return str(int(value))
    return str(value)


def write_csv_rows(documents: Sequence[DocumentResult], stream: IO[str], header: bool) -> None:
    """The CSV rows of ``documents``, after the header line when ``header``: a stream writes a table in parts.

    Written with the csv module, not through a data frame (four times faster, and the same
    bytes as ``result_frame(...).to_csv``, which a test compares).
    """
    columns = (*DOCUMENT_COLUMNS, *FINDING_COLUMNS)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if header:
        writer.writerow(columns)
    writer.writerows([_csv_cell(c, row[c]) for c in columns] for row in finding_rows(documents))
    stream.write(_CSV_CELL_OR_END.sub(lambda m: "\n" if m.group(0) == "\r\n" else m.group(0), buffer.getvalue()))


def render_parquet(result: RunResult, stream: IO[bytes]) -> None:
    """The finding table as Parquet (needs pyarrow)."""
    result_frame(result).to_parquet(stream, index=False, engine="pyarrow")


def _need(data: Mapping[str, Any], key: str, where: str) -> Any:
    try:
        return data[key]
    except (KeyError, TypeError):
        raise ValueError(
            f"saved result: {where} has no '{key}'; pass a file written by 'mtcheck audit --format json'"
        ) from None


def _finding(data: Mapping[str, Any], where: str) -> Finding:
    try:
        severity = Severity.parse(_need(data, "severity", where))
    except ValueError as exc:
        raise ValueError(f"saved result: {where}: {exc}") from None
    return Finding(
        code=_need(data, "code", where), check=_need(data, "check", where), severity=severity,
        start=int(_need(data, "start", where)), end=int(_need(data, "end", where)),
        excerpt=_need(data, "excerpt", where), message=_need(data, "message", where),
        confidence=float(data.get("confidence", 1.0)), language=data.get("language"),
        suggestion=data.get("suggestion"), side=data.get("side"), segment=data.get("segment"),
        evidence=dict(data.get("evidence") or {}), baselined=bool(data.get("baselined", False)),
    )


def _document(data: Mapping[str, Any], index: int) -> DocumentResult:
    where = f"document {index}"
    document = Document(
        id=_need(data, "id", where), text=_need(data, "text", where), origin=_need(data, "origin", where),
        title=data.get("title"), group=data.get("group") or "",
    )
    where = f"document {index} ({document.id})"
    findings = tuple(
        _finding(f, f"{where} finding {i}") for i, f in enumerate(_need(data, "findings", where))
    )
    source = data.get("source")
    return DocumentResult(
        document=document, findings=findings, score=float(_need(data, "score", where)),
        mt_likelihood=data.get("mt_likelihood"), language=data.get("language"),
        error=data.get("error"), words=int(data.get("words", 0)),
        pairs=tuple(dict(p) for p in data["pairs"]) if data.get("pairs") is not None else None,
        notes=tuple(data.get("notes", ())), gate_score=data.get("gate_score"),
        source=Document(id=source["id"], text=source["text"], origin=source["origin"]) if source else None,
    )


def load_document(data: Mapping[str, Any], index: int = 0) -> DocumentResult:
    """Rebuild one document result from its JSON object (a ``jsonl`` line); ``index`` names it in errors."""
    return _document(data, index)


def load_result(data: Mapping[str, Any]) -> RunResult:
    """Rebuild a ``RunResult`` from a saved JSON result (schema 1).

    Raises ``ValueError`` naming the missing or wrong part when ``data`` is not
    such a result. Title spans are not saved, so the rebuilt documents have none.
    """
    if not isinstance(data, Mapping) or data.get("schema") != SCHEMA_VERSION:
        found = data.get("schema") if isinstance(data, Mapping) else type(data).__name__
        raise ValueError(
            f"saved result has schema {found!r}, this mtcheck reads schema {SCHEMA_VERSION}; "
            "pass a file written by 'mtcheck audit --format json' (re-run the audit if it came "
            "from another mtcheck version)"
        )
    signature = data.get("signature") or {}
    fail_on = signature.get("fail_on", "error")
    documents = _need(data, "documents", "the result")
    return RunResult(
        documents=tuple(_document(d, i) for i, d in enumerate(documents)),
        signature=RunSignature(
            version=str(data.get("mtcheck_version", "")),
            checks=tuple(signature.get("checks", ())),
            options_hash=signature.get("options_hash", ""),
            encoder=signature.get("encoder"),
            source_lang=signature.get("source_lang", "auto"),
            target_lang=signature.get("target_lang", "en"),
            inputs=tuple(signature.get("inputs", ())),
        ),
        fail_on=None if fail_on == "never" else Severity.parse(fail_on),
        min_score=signature.get("min_score"),
        baseline=_baseline(data.get("baseline")),
    )


def _baseline(data: Mapping[str, Any] | None) -> BaselineStatus | None:
    """The baseline status of a saved result run with ``--baseline`` (None otherwise)."""
    if not isinstance(data, Mapping):
        return None
    return BaselineStatus(path=str(data.get("file", "")), baselined=int(data.get("baselined", 0)),
                          fixed=tuple(dict(f) for f in data.get("fixed", ())))


JSON_REPORTER = Reporter(
    format="json", suffixes=(".json",), render=render_json,
    description="The whole result as one JSON object (schema 1, see CONTRACT.md).",
)
JSONL_REPORTER = Reporter(
    format="jsonl", suffixes=(".jsonl",), render=render_jsonl,
    description="One JSON document object per line.",
)
CSV_REPORTER = Reporter(
    format="csv", suffixes=(".csv",), render=render_csv,
    description="One row per finding, document columns repeated.",
)
PARQUET_REPORTER = Reporter(
    format="parquet", suffixes=(".parquet",), render=render_parquet, binary=True,
    description="The CSV table as Parquet.",
)

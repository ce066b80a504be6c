"""Tables of records: JSON Lines, CSV, TSV and Parquet; one record, one document.

The text, title and id come from the fields named by ``--text-field``,
``--title-field`` and ``--id-field``, else from the first of the usual names
present (``text``/``content``/``body``, ``title``/``headline``, ``id``/``url``).
The fields are chosen from the first object that has them (JSONL) or the
header (CSV, TSV, Parquet). A field that cannot be found in the first record
of a run is a usage error (exit 2) naming the fields found; after that, each
record without it is an error document. A record that cannot be used becomes
a document with an ``error`` and reading goes on: invalid JSON (``invalid-json``), a value that
is not an object (``not-an-object``), a text that is missing (``missing-field``)
or not a string (``not-text``), a CSV row with more cells than the header
(``ragged-row``), a line over ``--max-bytes`` (``too-large``).

JSON Lines is read line by line, so a file larger than memory streams through
and a giant line is skipped without being held. Each line is decoded on its
own: UTF-8, else (fewer valid UTF-8 characters than invalid bytes) the legacy
encoding guessed for it; undecodable bytes, lone surrogates from broken ``\\u`` escapes and control
characters become U+FFFD with an encoding problem at their exact offset in the
document. CSV and TSV are read with the csv module, row by row (quoted cells
may hold line breaks); Parquet through pandas.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import replace
from typing import IO, Any, Iterator, Mapping, NamedTuple, Sequence
from urllib.parse import urlsplit

from ..model import Document
from ..textguard import MARK_ERRORS, scrub_document
from .base import (
    ID_FIELDS,
    IGNORE_FIELD,
    TEXT_FIELDS,
    TITLE_FIELDS,
    USAGE_ERROR,
    InputError,
    Reader,
    ReadOptions,
    compose,
    error_document,
    ignore_list,
    pick_field,
    read_limited,
    stem_id,
)
from .charset import DISPLAY_NAMES, SNIFF_BYTES, decode, legacy_codec, mostly_utf8, utf16_without_bom

#: a column that is not the id but still names the page a record came from
URL_FIELD = "url"


class _Columns:
    """The fields chosen for one table: text (always), title and id (when present).

    A field that cannot be found does not stop the reading: ``problem`` says
    why, and every record read with these columns becomes a ``missing-field``
    error document carrying it (``read_path`` turns the first one of a run into
    a usage error, exit 2).
    """

    def __init__(self, columns: Sequence[str], options: ReadOptions, origin: str) -> None:
        self.problem: str | None = None
        self.text = self._pick(columns, options.text_field, TEXT_FIELDS, "text", origin, required=True)
        self.title = self._pick(columns, options.title_field, TITLE_FIELDS, "title", origin, required=False)
        self.id = self._pick(columns, options.id_field, ID_FIELDS, "id", origin, required=False)
        self.url = URL_FIELD if URL_FIELD in columns else None

    def _pick(self, columns: Sequence[str], wanted: str | None, defaults: Sequence[str], role: str, origin: str,
              required: bool) -> str | None:
        try:
            return pick_field(columns, wanted, defaults, role, origin, required)
        except InputError as exc:
            self.problem = self.problem or str(exc)
            return None


def _scalar(value: Any) -> Any:
    """A plain Python value from a numpy/pandas one (Parquet cells)."""
    return value.tolist() if hasattr(value, "tolist") else value


def _as_text(value: Any) -> str | None:
    """A cell or JSON value as text: strings as they are, numbers written out, None when missing.

    Raises TypeError for lists, objects and other values that are not text.
    """
    value = _scalar(value)
    if value is None or (isinstance(value, float) and value != value):  # null, or NaN from a table
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    raise TypeError(f"holds a {type(value).__name__}, not text")


def _optional_text(value: Any) -> str | None:
    """Like ``_as_text``, but a value that is not text counts as missing (ids, titles, URLs are optional)."""
    try:
        return _as_text(value)
    except TypeError:
        return None


def _site(value: str | None) -> str:
    """The host of a URL-like value ("" for anything else), used to group documents by site."""
    if not value or "://" not in value:
        return ""
    try:
        parts = urlsplit(value.strip())
    except ValueError:
        return ""
    if parts.scheme not in ("http", "https"):
        return ""
    return parts.hostname or ""


def _record(
    record: Mapping[str, Any], columns: _Columns, *, default_id: str, origin: str, where: str
) -> Document:
    """The document of one record; ``where`` ("line 7", "row 3") starts its error messages."""
    record_id = (_optional_text(record.get(columns.id)) or "").strip() if columns.id else ""
    record_id = record_id or default_id
    group = _site(record_id)
    if not group and columns.url:
        group = _site(_optional_text(record.get(columns.url)))
    if columns.problem:
        document = error_document("missing-field", f"{where}: {columns.problem}", id=record_id, origin=origin,
                                  group=group)
        return replace(document, meta={**document.meta, USAGE_ERROR: columns.problem})
    try:
        text = _as_text(record.get(columns.text))
    except TypeError as exc:
        return error_document("not-text", f"{where}: field '{columns.text}' {exc}; give the text as a string",
                              id=record_id, origin=origin, group=group)
    if text is None:
        if columns.text in record:
            message = f"{where}: record has no text in field '{columns.text}'"
        else:
            found = ", ".join(map(str, record)) or "none"
            message = f"{where}: record has no field '{columns.text}' (fields: {found})"
        return error_document("missing-field", message, id=record_id, origin=origin, group=group)
    title = _optional_text(record.get(columns.title)) if columns.title else None
    return compose(text, id=record_id, origin=origin, title=title, group=group,
                   ignore=ignore_list(_scalar(record.get(IGNORE_FIELD))))


def _physical_lines(stream: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | None, int]]:
    """``(byte offset, line or None when over the limit, its size)`` for each line of the stream.

    A line over ``limit`` bytes is read past in bounded chunks, never held whole.
    """
    offset = 0
    while True:
        raw = stream.readline(limit + 1)
        if not raw:
            return
        size = len(raw)
        if size > limit and not raw.endswith(b"\n"):
            while not raw.endswith(b"\n"):
                raw = stream.readline(1 << 20)
                if not raw:
                    break
                size += len(raw)
            yield offset, None, size
        else:
            yield offset, raw, size
        offset += size


def _line_text(raw: bytes) -> tuple[str, bool, str]:
    """A JSONL line as text: ``(text, whether it holds marked bytes, encoding name)``."""
    try:
        return raw.decode("utf-8"), False, "UTF-8"
    except UnicodeDecodeError:
        text = raw.decode("utf-8", errors=MARK_ERRORS)
        if mostly_utf8(text):
            return text, True, "UTF-8"
        codec = legacy_codec(raw)
        return raw.decode(codec, errors=MARK_ERRORS), True, DISPLAY_NAMES.get(codec, codec)


class _Line(NamedTuple):
    """One JSONL line: its number, byte offset (-1 when decoded whole), text (None: over the limit)."""

    number: int
    offset: int
    text: str | None
    marked: bool = False
    encoding: str = "UTF-8"
    size: int = 0


def _json_lines(stream: IO[bytes], options: ReadOptions) -> Iterator[_Line]:
    """The lines of a JSONL input, decoded one by one.

    Lines end at ``\\n``, ``\\r\\n`` or a lone ``\\r`` (JSON never holds a raw line
    break, so splitting on any of them is safe). UTF-16 and UTF-32 input,
    recognised by its byte order mark or its NULs, is decoded whole.
    """
    head = stream.peek(SNIFF_BYTES)[:SNIFF_BYTES]  # type: ignore[attr-defined]
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")) or utf16_without_bom(head):
        decoded = decode(read_limited(stream, options, "the file"))
        for number, line in enumerate(re.split(r"\r\n?|\n", decoded.text), start=1):
            yield _Line(number, -1, line, encoding=decoded.encoding)
        return
    number = 0
    for offset, raw, size in _physical_lines(stream, options.max_bytes):
        if raw is None:
            number += 1
            yield _Line(number, offset, None, size=size)
            continue
        if offset == 0 and raw.startswith(b"\xef\xbb\xbf"):
            raw, offset = raw[3:], 3
        content = raw.rstrip(b"\r\n")
        for piece in re.split(rb"\r\n?", content) if b"\r" in content else [raw]:
            number += 1
            text, marked, encoding = _line_text(piece)
            yield _Line(number, offset, text, marked, encoding)


def _line_error(line: _Line, origin: str, stem: str, kind: str, message: str) -> Document:
    """The error document of one JSONL line: its locator, default id, line number and byte offset."""
    return error_document(kind, f"line {line.number}: {message}", id=f"{stem}:{line.number}",
                          origin=f"{origin}#L{line.number}", line=line.number,
                          byte=line.offset if line.offset >= 0 else None)


def read_jsonl(stream: IO[bytes], origin: str, options: ReadOptions) -> Iterator[Document]:
    """Yield one document per JSON object line; fields are chosen on the first object."""
    stem = stem_id(origin)
    columns: _Columns | None = None
    for line in _json_lines(stream, options):
        number = line.number
        where, locator, default_id = f"line {number}", f"{origin}#L{number}", f"{stem}:{number}"
        if line.text is None:
            yield _line_error(line, origin, stem, "too-large",
                              f"the line is {line.size:,} bytes, over the {options.max_bytes:,}-byte limit; "
                              "it was skipped. Raise the limit with --max-bytes")
            continue
        if not line.text.strip():
            continue
        try:
            # strict=False: a raw control character inside a string is reported, not fatal
            record = json.loads(line.text, strict=False)
        except json.JSONDecodeError as exc:
            yield _line_error(line, origin, stem, "invalid-json",
                              f"{exc.msg} (column {exc.colno}); fix or remove the line")
            continue
        except (ValueError, RecursionError) as exc:  # a 5,000-digit number, nesting past the recursion limit
            yield _line_error(line, origin, stem, "invalid-json",
                              f"{type(exc).__name__}: {str(exc)[:200]}; fix or remove the line")
            continue
        if not isinstance(record, dict):
            yield _line_error(line, origin, stem, "not-an-object",
                              f"expected a JSON object, got {type(record).__name__}; write one object per line")
            continue
        if columns is None or columns.problem:  # chosen on the first object that has the fields
            columns = _Columns([str(k) for k in record], options, origin)
        document = _record(record, columns, default_id=default_id, origin=locator, where=where)
        yield scrub_document(document, where=where, markers=line.marked, codec_name=line.encoding)


def _read_frame(frame: Any, origin: str, options: ReadOptions) -> Iterator[Document]:
    """Yield one document per row of a pandas DataFrame."""
    names = [str(c) for c in frame.columns]
    frame.columns = names
    # every kind of missing cell (NaN, pd.NA, NaT) becomes None, the JSON null
    frame = frame.astype(object).where(frame.notna(), None)
    columns = _Columns(names, options, origin)
    stem = stem_id(origin)
    for number, values in enumerate(zip(*(frame[c] for c in names)), start=1):
        record = dict(zip(names, values))
        document = _record(record, columns, default_id=f"{stem}:{number}", origin=f"{origin}#row{number}",
                           where=f"row {number}")
        yield scrub_document(document, where=f"row {number}")


def _read_delimited(stream: IO[bytes], origin: str, options: ReadOptions, sep: str) -> Iterator[Document]:
    """CSV or TSV, row by row: every cell a string, empty cells kept as "", blank lines skipped.

    A row with more cells than the header is a ``ragged-row`` error document; a
    row with fewer has its missing cells missing (spreadsheets drop trailing
    empty cells), so a row without its text cell is a ``missing-field`` error.
    A broken quote is an ``invalid-csv`` error for its row.
    """
    decoded = decode(read_limited(stream, options, origin))
    csv.field_size_limit(max(csv.field_size_limit(), options.max_bytes))
    rows = csv.reader(io.StringIO(decoded.text, newline=""), delimiter=sep, strict=True)
    stem = stem_id(origin)
    names: list[str] | None = None
    columns: _Columns | None = None
    number = 0
    while True:
        try:
            cells = next(rows)
        except StopIteration:
            return
        except csv.Error as exc:
            number += 1
            yield error_document("invalid-csv", f"row {number} (line {rows.line_num}): {exc}; fix the quoting",
                                 id=f"{stem}:{number}", origin=f"{origin}#row{number}", line=rows.line_num)
            continue
        if not cells or (len(cells) == 1 and not cells[0].strip()):
            continue
        if names is None:
            names = [str(c).strip() for c in cells]
            columns = _Columns(names, options, origin)
            continue
        number += 1
        where, locator, default_id = f"row {number}", f"{origin}#row{number}", f"{stem}:{number}"
        if len(cells) > len(names):
            yield error_document("ragged-row", f"{where} (line {rows.line_num}) has {len(cells)} cells, the header "
                                               f"{len(names)}; quote cells that hold a '{sep}'",
                                 id=default_id, origin=locator, line=rows.line_num)
            continue
        record: dict[str, str | None] = dict(zip(names, [*cells, *[None] * (len(names) - len(cells))]))
        document = _record(record, columns, default_id=default_id, origin=locator, where=where)  # type: ignore[arg-type]
        yield scrub_document(document, where=where)


def read_csv(stream: IO[bytes], origin: str, options: ReadOptions) -> Iterator[Document]:
    """Yield one document per CSV row."""
    yield from _read_delimited(stream, origin, options, ",")


def read_tsv(stream: IO[bytes], origin: str, options: ReadOptions) -> Iterator[Document]:
    """Yield one document per TSV row."""
    yield from _read_delimited(stream, origin, options, "\t")


def read_parquet(stream: IO[bytes], origin: str, options: ReadOptions) -> Iterator[Document]:
    """Yield one document per Parquet row (the file is read into memory: Parquet needs to seek)."""
    import pandas as pd

    yield from _read_frame(pd.read_parquet(io.BytesIO(read_limited(stream, options, origin))), origin, options)


def sniff_jsonl(head: bytes) -> bool:
    """True when the first non-space byte opens a JSON object."""
    return head.lstrip(b"\xef\xbb\xbf").lstrip()[:1] == b"{"


JSONL_READER = Reader("jsonl", (".jsonl", ".ndjson"), read_jsonl, sniff_jsonl)
CSV_READER = Reader("csv", (".csv",), read_csv)
TSV_READER = Reader("tsv", (".tsv",), read_tsv)
PARQUET_READER = Reader("parquet", (".parquet",), read_parquet, binary=True)

"""Tables of records: JSON Lines, CSV, TSV and Parquet; one record, one document.

The text, title and id come from the fields named by ``--text-field``,
``--title-field`` and ``--id-field``, else from the first of the usual names
present (``text``/``content``/``body``, ``title``/``headline``, ``id``/``url``).
The fields are chosen from the first record (JSONL) or the header (CSV, TSV,
Parquet); a field that was asked for and is missing is a usage error (exit 2)
naming the fields found. A record that cannot be used (bad JSON, no text)
becomes a document with an ``error`` and reading goes on.

JSON Lines is read line by line, so a file larger than memory streams through;
CSV, TSV and Parquet go through pandas, every cell read as a string.
"""

from __future__ import annotations

import io
import json
from typing import IO, Any, Iterator, Mapping, Sequence
from urllib.parse import urlsplit

from ..model import Document
from .base import (
    ID_FIELDS,
    IGNORE_FIELD,
    TEXT_FIELDS,
    TITLE_FIELDS,
    ReadOptions,
    Reader,
    compose,
    decode_bytes,
    ignore_list,
    pick_field,
    stem_id,
)

#: a column that is not the id but still names the page a record came from
URL_FIELD = "url"


class _Columns:
    """The fields chosen for one table: text (always), title and id (when present)."""

    def __init__(self, columns: Sequence[str], options: ReadOptions, origin: str) -> None:
        self.text = pick_field(columns, options.text_field, TEXT_FIELDS, "text", origin, required=True)
        self.title = pick_field(columns, options.title_field, TITLE_FIELDS, "title", origin, required=False)
        self.id = pick_field(columns, options.id_field, ID_FIELDS, "id", origin, required=False)
        self.url = URL_FIELD if URL_FIELD in columns else None


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
    try:
        text = _as_text(record.get(columns.text))
    except TypeError as exc:
        return compose("", id=record_id, origin=origin, group=group,
                       error=f"{where}: field '{columns.text}' {exc}; give the text as a string")
    if text is None:
        return compose("", id=record_id, origin=origin, group=group,
                       error=f"{where}: record has no text in field '{columns.text}'")
    title = _optional_text(record.get(columns.title)) if columns.title else None
    return compose(text, id=record_id, origin=origin, title=title, group=group,
                   ignore=ignore_list(_scalar(record.get(IGNORE_FIELD))))


def read_jsonl(stream: IO[bytes], origin: str, options: ReadOptions) -> Iterator[Document]:
    """Yield one document per JSON object line; fields are chosen on the first object."""
    stem = stem_id(origin)
    columns: _Columns | None = None
    for number, raw in enumerate(stream, start=1):
        line = decode_bytes(raw).strip()
        if not line:
            continue
        where, locator, default_id = f"line {number}", f"{origin}#L{number}", f"{stem}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Document(id=default_id, text="", origin=locator,
                           error=f"{where}: invalid JSON: {exc.msg} (column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield Document(id=default_id, text="", origin=locator,
                           error=f"{where}: expected a JSON object, got {type(record).__name__}")
            continue
        if columns is None:
            columns = _Columns(list(record), options, origin)
        yield _record(record, columns, default_id=default_id, origin=locator, where=where)


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
        yield _record(record, columns, default_id=f"{stem}:{number}", origin=f"{origin}#row{number}",
                      where=f"row {number}")


def _read_delimited(stream: IO[bytes], origin: str, options: ReadOptions, sep: str) -> Iterator[Document]:
    """CSV or TSV: decoded like any text input, every cell a string, empty cells kept as ""."""
    import pandas as pd

    frame = pd.read_csv(io.StringIO(decode_bytes(stream.read())), sep=sep, dtype=str, keep_default_na=False)
    yield from _read_frame(frame, origin, options)


def read_csv(stream: IO[bytes], origin: str, options: ReadOptions) -> Iterator[Document]:
    """Yield one document per CSV row."""
    yield from _read_delimited(stream, origin, options, ",")


def read_tsv(stream: IO[bytes], origin: str, options: ReadOptions) -> Iterator[Document]:
    """Yield one document per TSV row."""
    yield from _read_delimited(stream, origin, options, "\t")


def read_parquet(stream: IO[bytes], origin: str, options: ReadOptions) -> Iterator[Document]:
    """Yield one document per Parquet row (the file is read into memory: Parquet needs to seek)."""
    import pandas as pd

    yield from _read_frame(pd.read_parquet(io.BytesIO(stream.read())), origin, options)


def sniff_jsonl(head: bytes) -> bool:
    """True when the first non-space byte opens a JSON object."""
    return head.lstrip(b"\xef\xbb\xbf").lstrip()[:1] == b"{"


JSONL_READER = Reader("jsonl", (".jsonl", ".ndjson"), read_jsonl, sniff_jsonl)
CSV_READER = Reader("csv", (".csv",), read_csv)
TSV_READER = Reader("tsv", (".tsv",), read_tsv)
PARQUET_READER = Reader("parquet", (".parquet",), read_parquet)

"""What every reader shares: options, errors and how a Document is assembled.

A reader turns one input (a file or stdin) into Documents. When an input has a
separate title (HTML, feeds, table columns), the title is put first in the
document text followed by a blank line, so findings on the title have real
offsets; ``title_span`` records where it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import IO, Any, Callable, Iterator, Mapping, Sequence

from ..model import Document, Span

TEXT_FIELDS = ("text", "content", "body")
TITLE_FIELDS = ("title", "headline")
ID_FIELDS = ("id", "url")
IGNORE_FIELD = "mtcheck_ignore"

#: a first line longer than this is a paragraph, not a headline
MAX_HEADLINE_CHARS = 200


#: the default of ``--max-bytes``: the largest input (or JSONL line) read, in bytes
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
#: ``Document.meta`` key of an error that is a usage error when it is the first document of a run
USAGE_ERROR = "usage_error"


class InputError(ValueError):
    """A usage problem with an input (a missing field, an unknown format): exit 2."""


class RecordError(Exception):
    """One input or record cannot be used; it becomes a document with an error and the run goes on.

    ``kind`` is the error type that starts the document's error message
    (``too-large``, ``binary``, ``invalid-json``...); ``byte`` the byte offset of
    the problem in the input, when known.
    """

    def __init__(self, kind: str, message: str, byte: int | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.byte = byte


@dataclass(frozen=True)
class ReadOptions:
    """Reader settings from the command line or config.

    ``max_bytes`` bounds memory: a file read whole (text, HTML, CSV, feeds,
    Parquet, a URL's body) or a JSONL line larger than it becomes an error
    document. ``timeout``, ``retries`` and ``max_redirects`` apply to URL inputs.
    """

    text_field: str | None = None
    title_field: str | None = None
    id_field: str | None = None
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    format: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = 30.0
    retries: int = 2
    max_redirects: int = 5


@dataclass(frozen=True)
class Reader:
    """A registered input kind: its name, the suffixes it claims and how to read it.

    ``read(stream, origin, options)`` yields Documents from an open binary
    stream; ``sniff(head)`` says whether the first bytes of an input without a
    known suffix look like this kind. ``binary`` readers (Parquet) skip the
    check that refuses binary data.
    """

    name: str
    suffixes: tuple[str, ...]
    read: Callable[[IO[bytes], str, ReadOptions], Iterator[Document]]
    sniff: Callable[[bytes], bool] | None = None
    binary: bool = False


def error_document(
    kind: str, message: str, *, id: str, origin: str, group: str = "",
    line: int | None = None, byte: int | None = None,
) -> Document:
    """A document for a record that could not be read: ``error`` is ``"<kind>: <message>"``.

    The type, line and byte offset are also kept in ``meta`` (``error_type``,
    ``error_line``, ``error_byte``) for library users.
    """
    meta: dict[str, Any] = {"error_type": kind}
    if line is not None:
        meta["error_line"] = line
    if byte is not None:
        meta["error_byte"] = byte
    return Document(id=id, text="", origin=origin, group=group, error=f"{kind}: {message}", meta=meta)


def read_limited(stream: IO[bytes], options: ReadOptions, origin: str) -> bytes:
    """The whole input, or RecordError ``too-large`` past ``options.max_bytes`` (memory stays bounded)."""
    data = stream.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        raise RecordError(
            "too-large",
            f"{origin} is larger than the {options.max_bytes:,}-byte limit; raise it with --max-bytes, "
            "or split the input (JSON Lines is read line by line, so only a line counts)",
        )
    return data


def stem_id(origin: str) -> str:
    """A document id from a path: the file name without its suffixes."""
    name = re.split(r"[\\/]", origin.rstrip("/\\"))[-1] or origin
    for suffix in (".gz",):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name.rsplit(".", 1)[0] if "." in name else name


def compose(
    body: str,
    *,
    id: str,
    origin: str,
    title: str | None = None,
    group: str = "",
    ignore: Sequence[str] = (),
    meta: Mapping[str, Any] | None = None,
    error: str | None = None,
) -> Document:
    """Build a Document with the title (if any) first, then a blank line, then the body."""
    title = " ".join(title.split()) if title else None
    if title:
        text = f"{title}\n\n{body}" if body else title
        span = Span(0, len(title))
    else:
        text, span = body, None
    return Document(
        id=id, text=text, origin=origin, title=title, title_span=span, group=group,
        ignore=tuple(ignore), meta=dict(meta or {}), error=error,
    )


def plain_text_document(text: str, *, id: str, origin: str, group: str = "") -> Document:
    """A document from plain text: a short first line without a final full stop is its title."""
    match = re.match(r"\s*([^\n]+?)[ \t]*(?:\r?\n|$)", text)
    title_span = None
    title = None
    if match:
        line = match.group(1)
        rest = text[match.end():]
        looks_like_headline = (
            len(line) <= MAX_HEADLINE_CHARS
            and not line.rstrip().endswith((".", ":", ";", ","))
            and rest.strip() != ""
        )
        if looks_like_headline:
            title_span = Span(match.start(1), match.end(1))
            title = line
    return Document(id=id, text=text, origin=origin, title=title, title_span=title_span, group=group)


def pick_field(columns: Sequence[str], wanted: str | None, defaults: Sequence[str], role: str, origin: str, required: bool) -> str | None:
    """The column to use for ``role``: the one asked for, else the first default present.

    A column that was asked for and is missing is a usage error naming the columns found.
    """
    if wanted is not None:
        if wanted in columns:
            return wanted
        found = ", ".join(map(str, columns)) or "none"
        raise InputError(
            f"{origin}: no field '{wanted}' for the {role}; fields found: {found}. "
            f"Pass --{role}-field with one of them."
        )
    lowered = {str(c).lower(): c for c in columns}
    for name in defaults:
        if name in lowered:
            return lowered[name]
    if required:
        found = ", ".join(map(str, columns)) or "none"
        raise InputError(
            f"{origin}: no {role} field ({' / '.join(defaults)}); fields found: {found}. "
            f"Pass --{role}-field with one of them."
        )
    return None


def ignore_list(value: Any) -> tuple[str, ...]:
    """Read an ``mtcheck_ignore`` value: a list, or a comma-separated string."""
    if value is None or value != value:  # None or NaN from a table
        return ()
    if isinstance(value, str):
        return tuple(v.strip() for v in value.split(",") if v.strip())
    try:
        return tuple(str(v).strip() for v in value if str(v).strip())
    except TypeError:
        return (str(value),)


def decode_bytes(data: bytes) -> str:
    """Decode input bytes (see ``charset.decode``); invalid bytes and control characters become U+FFFD.

    Readers that can place problems in their document use ``charset.decode`` and
    keep its problems in ``Document.meta``; the U+FFFD left here is still
    reported by the mojibake check.
    """
    from .charset import decode

    return decode(data).text

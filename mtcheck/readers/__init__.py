"""Reader registry and input expansion: paths, folders, globs and ``-`` to Documents.

Each input kind is a ``Reader`` registered in ``READERS``; the kind comes from the
file suffix (a trailing ``.gz`` is decompressed first), else from the content's
first bytes, else plain text. A file that cannot be read becomes a document with
an ``error`` and the run goes on; a path that does not exist is a usage error.

Every failure has a type that starts the error message (``"binary: skipped
x.txt: it is a PNG image..."``): ``empty``, ``binary``, ``too-large``,
``vanished``, ``unreadable``, ``truncated-gzip``, ``bad-gzip``,
``missing-field`` here; ``invalid-json``, ``not-an-object``, ``not-text``,
``unsafe-xml``... from the readers; ``http-error``, ``timeout``, ``redirect``,
``url-error`` for URLs. docs/reliability.md lists what each bad input gives.
"""

from __future__ import annotations

import fnmatch
import gzip
import io
import os
import sys
import zlib
from contextlib import ExitStack
from dataclasses import replace
from pathlib import Path
from typing import IO, Iterator, Sequence
from urllib.parse import urlsplit

from ..model import Document
from .base import USAGE_ERROR, InputError, Reader, ReadOptions, RecordError, error_document, stem_id
from .charset import SNIFF_BYTES, binary_reason
from .feeds import FEED_READER
from .html import HTML_READER
from .tables import CSV_READER, JSONL_READER, PARQUET_READER, TSV_READER
from .text import TEXT_READER
from .url import fetch, is_url, url_suffix_name
from .walk import glob_files, walk_files

READERS: tuple[Reader, ...] = (
    TEXT_READER,
    HTML_READER,
    JSONL_READER,
    CSV_READER,
    TSV_READER,
    PARQUET_READER,
    FEED_READER,
)

__all__ = [
    "READERS", "InputError", "ReadOptions", "Reader", "read_documents", "expand_inputs", "input_files", "reader_for",
]


def _suffix(name: str) -> str:
    lowered = name.lower()
    if lowered.endswith(".gz"):
        lowered = lowered[:-3]
    dot = lowered.rfind(".")
    slash = max(lowered.rfind("/"), lowered.rfind("\\"))
    return lowered[dot:] if dot > slash else ""


def known_suffixes() -> set[str]:
    return {s for r in READERS for s in r.suffixes}


def reader_for(name: str, head: bytes, format: str | None = None) -> Reader:
    """The reader for an input: by ``--input-format``, suffix, then content sniffing."""
    if format:
        for reader in READERS:
            if reader.name == format:
                return reader
        names = ", ".join(r.name for r in READERS)
        raise InputError(f"unknown input format '{format}'; use one of: {names}")
    suffix = _suffix(name)
    for reader in READERS:
        if suffix in reader.suffixes:
            return reader
    for reader in READERS:
        if reader.sniff is not None and reader.sniff(head):
            return reader
    return TEXT_READER


def _matches(path: Path, root: Path, patterns: Sequence[str]) -> bool:
    relative = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.as_posix()
    return any(fnmatch.fnmatch(relative, p) or fnmatch.fnmatch(path.name, p) for p in patterns)


def expand_inputs(inputs: Sequence[str], options: ReadOptions) -> list[tuple[str, str]]:
    """Turn the command line's inputs into ``(path, URL or '-', group)`` pairs, in a stable order.

    Folders are walked recursively (files of a known kind, filtered by
    ``--include``/``--exclude``; links followed, loops walked once); glob
    patterns are expanded; ``http(s)://`` inputs are kept for ``read_path`` to
    fetch. Raises InputError for a path that does not exist, before any audit runs.
    """
    expanded: list[tuple[str, str]] = []
    suffixes = known_suffixes()
    for item in inputs:
        if item == "-":
            expanded.append(("-", "stdin"))
            continue
        if is_url(item):
            expanded.append((item, urlsplit(item).hostname or item))
            continue
        path = Path(item)
        if path.is_dir():
            seen: set[str] = set()
            children = []
            for name in walk_files(item):
                real = os.path.realpath(name)
                if real not in seen:
                    seen.add(real)
                    children.append(Path(name))
            for child in sorted(children):
                if options.include:
                    if not _matches(child, path, options.include):
                        continue
                elif _suffix(child.name) not in suffixes:
                    continue
                if options.exclude and _matches(child, path, options.exclude):
                    continue
                expanded.append((str(child), item))
        elif path.exists():
            expanded.append((item, item))
        elif any(ch in item for ch in "*?["):
            matches = glob_files(item)
            if not matches:
                raise InputError(f"no file matches the pattern '{item}'")
            expanded.extend((m, item) for m in matches)
        else:
            raise InputError(f"input '{item}' does not exist; give a file, a folder, a glob, a URL or '-' for stdin")
    return expanded


class _Fetched(io.BytesIO):
    """A downloaded body, remembering the content type the server gave."""

    def __init__(self, data: bytes, content_type: str) -> None:
        super().__init__(data)
        self.content_type = content_type


def _open(path: str, options: ReadOptions, stack: ExitStack) -> IO[bytes]:
    """A binary stream of the input: stdin, a URL's body or a file, gunzipped when it is gzip.

    What is opened here is closed by ``stack`` (stdin itself is left open).
    """
    if path == "-":
        stream: IO[bytes] = sys.stdin.buffer
    elif is_url(path):
        fetched = fetch(path, options)
        stream = _Fetched(fetched.data, fetched.content_type)
    else:
        stream = stack.enter_context(open(path, "rb"))
    if not hasattr(stream, "peek"):
        stream = io.BufferedReader(stream)  # type: ignore[arg-type]
    if path.lower().endswith(".gz") or stream.peek(2)[:2] == b"\x1f\x8b":  # type: ignore[attr-defined]
        stream = stack.enter_context(gzip.GzipFile(fileobj=stream))  # type: ignore[assignment]
    return stream


#: content types of URL inputs, for a URL without a telling suffix
_CONTENT_TYPES = {
    "text/html": "html", "application/xhtml+xml": "html", "application/rss+xml": "feed",
    "application/atom+xml": "feed", "application/rdf+xml": "feed", "text/csv": "csv",
    "text/tab-separated-values": "tsv", "application/x-ndjson": "jsonl", "application/jsonl": "jsonl",
}


def _reader(path: str, stream: IO[bytes], head: bytes, options: ReadOptions) -> Reader:
    if is_url(path):
        name = url_suffix_name(path)
        kind = _CONTENT_TYPES.get(getattr(stream, "content_type", ""))
        if options.format is None and _suffix(name) not in known_suffixes() and kind:
            return reader_for(name, head, kind)
        return reader_for(name, head, options.format)
    return reader_for(path, head, options.format)


def _os_error(exc: OSError, origin: str) -> tuple[str, str]:
    """The error type and message of an input that the system could not open or read."""
    if isinstance(exc, FileNotFoundError):
        return "vanished", f"{origin} no longer exists: it was moved or deleted while mtcheck ran"
    if isinstance(exc, PermissionError):
        return "unreadable", (f"permission denied reading {origin}; give the user running mtcheck "
                              "read access (chmod a+r) or leave the file out")
    if isinstance(exc, IsADirectoryError):
        return "unreadable", f"{origin} is a folder, not a file"
    return "unreadable", f"cannot read {origin}: {exc.strerror or exc}"


def read_path(path: str, group: str, options: ReadOptions, strict: bool = True) -> Iterator[Document]:
    """Documents of one input; an input or record that cannot be read becomes an error document.

    With ``strict`` (nothing read yet in this run), a first record whose fields
    cannot be found (``USAGE_ERROR`` in its meta) stops the run with a usage
    error, exit 2: the field names are wrong, not the record. Otherwise it stays
    an error document, like every later record without them.
    """
    origin = "<stdin>" if path == "-" else path
    count = 0

    def failed(kind: str, message: str, byte: int | None = None) -> Document:
        after = f" (after {count} records)" if count else ""
        return error_document(kind, message + after, id=stem_id(origin), origin=origin, group=group, byte=byte)

    stream: IO[bytes] | None = None
    stack = ExitStack()
    try:
        stream = _open(path, options, stack)
        head = stream.peek(SNIFF_BYTES)[:SNIFF_BYTES]  # type: ignore[attr-defined]
        if not head:
            raise RecordError("empty", f"{origin} is empty; remove it from the inputs")
        reader = _reader(path, stream, head, options)
        reason = None if reader.binary else binary_reason(head)
        if reason:
            raise RecordError("binary", f"skipped {origin}: {reason}; give text, HTML, a feed or a table")
        for document in reader.read(stream, origin, options):
            if strict and count == 0 and document.meta.get(USAGE_ERROR):
                raise InputError(document.meta[USAGE_ERROR])
            count += 1
            yield document if document.group else replace(document, group=group)
        if count == 0:
            yield failed("empty", f"no records in {origin}; remove it from the inputs")
    except InputError as exc:
        if strict and count == 0:
            raise
        yield failed("missing-field", str(exc))
    except RecordError as exc:
        yield failed(exc.kind, str(exc), exc.byte)
    except EOFError:
        where = _position(stream)
        yield failed("truncated-gzip", f"{origin} ends before the end of its compressed data{where}; "
                                       "download or compress it again")
    except (gzip.BadGzipFile, zlib.error) as exc:
        yield failed("bad-gzip", f"{origin} is not valid gzip data ({exc}){_position(stream)}; "
                                 "decompress it to check, or drop the .gz suffix")
    except OSError as exc:
        yield failed(*_os_error(exc, origin))
    except Exception as exc:  # noqa: BLE001 - whatever a parser raises, the run goes on
        yield failed("unreadable", f"cannot read {origin}: {type(exc).__name__}: {exc}")
    finally:
        stack.close()


def _position(stream: IO[bytes] | None) -> str:
    """`` after N bytes of uncompressed data`` when the stream can tell."""
    try:
        return f" after {stream.tell():,} bytes of uncompressed data" if stream is not None else ""
    except (OSError, ValueError, EOFError):
        return ""


def input_files(inputs: Sequence[str]) -> set[Path]:
    """Every file the inputs name, folders and globs expanded, resolved (stdin and URLs name none).

    Used to refuse an output file that is also an input.
    """
    named = [i for i in inputs if i != "-" and not is_url(i)]
    files = {Path(i).resolve() for i in named}
    try:
        files |= {Path(p).resolve() for p, _ in expand_inputs(named, ReadOptions())}
    except InputError:
        pass  # an input gone since it was read: the paths as given still count
    return files


def read_documents(inputs: Sequence[str], options: ReadOptions = ReadOptions()) -> Iterator[Document]:
    """Every document of every input, in order.

    A missing field is a usage error only while no document has been produced
    (nothing audited yet, CONTRACT.md's exit 2); later it is an error document.
    """
    produced = False
    for path, group in expand_inputs(inputs, options):
        for document in read_path(path, group, options, strict=not produced):
            produced = True
            yield document

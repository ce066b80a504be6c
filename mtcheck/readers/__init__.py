"""Reader registry and input expansion: paths, folders, globs and ``-`` to Documents.

Each input kind is a ``Reader`` registered in ``READERS``; the kind comes from the
file suffix (a trailing ``.gz`` is decompressed first), else from the content's
first bytes, else plain text. A file that cannot be read becomes a document with
an ``error`` and the run goes on; a path that does not exist is a usage error.
"""

from __future__ import annotations

import fnmatch
import glob as globbing
import gzip
import io
import sys
from dataclasses import replace
from pathlib import Path
from typing import IO, Iterator, Sequence

from ..model import Document
from .base import InputError, ReadOptions, Reader, stem_id
from .feeds import FEED_READER
from .html import HTML_READER
from .tables import CSV_READER, JSONL_READER, PARQUET_READER, TSV_READER
from .text import TEXT_READER

READERS: tuple[Reader, ...] = (
    TEXT_READER,
    HTML_READER,
    JSONL_READER,
    CSV_READER,
    TSV_READER,
    PARQUET_READER,
    FEED_READER,
)

__all__ = ["READERS", "InputError", "ReadOptions", "Reader", "read_documents", "expand_inputs", "reader_for"]


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
    """Turn the command line's inputs into ``(path or '-', group)`` pairs, in a stable order.

    Folders are walked recursively (files of a known kind, filtered by
    ``--include``/``--exclude``); glob patterns are expanded. Raises InputError
    for a path that does not exist, before any audit runs.
    """
    expanded: list[tuple[str, str]] = []
    suffixes = known_suffixes()
    for item in inputs:
        if item == "-":
            expanded.append(("-", "stdin"))
            continue
        path = Path(item)
        if path.is_dir():
            seen: set[Path] = set()
            for child in sorted(path.rglob("*")):
                try:
                    real = child.resolve()
                    if real in seen or not child.is_file():
                        continue
                except OSError:
                    continue
                seen.add(real)
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
            matches = sorted(globbing.glob(item, recursive=True))
            if not matches:
                raise InputError(f"no file matches the pattern '{item}'")
            expanded.extend((m, item) for m in matches if Path(m).is_file())
        else:
            raise InputError(f"input '{item}' does not exist; give a file, a folder, a glob or '-' for stdin")
    return expanded


def _open(path: str) -> IO[bytes]:
    if path == "-":
        data = sys.stdin.buffer.read()
        if data[:2] == b"\x1f\x8b":
            data = gzip.decompress(data)
        return io.BytesIO(data)
    stream: IO[bytes] = open(path, "rb")
    if path.lower().endswith(".gz"):
        stream = gzip.open(stream)  # type: ignore[assignment]
    return stream


def read_path(path: str, group: str, options: ReadOptions) -> Iterator[Document]:
    """Documents of one input; a failure to read it becomes an error document."""
    origin = "<stdin>" if path == "-" else path
    try:
        stream = _open(path)
        with stream:
            buffered = io.BufferedReader(stream) if not hasattr(stream, "peek") else stream  # type: ignore[arg-type]
            head = buffered.peek(2048)[:2048]
            reader = reader_for(path, head, options.format)
            for document in reader.read(buffered, origin, options):
                yield document if document.group else replace(document, group=group)
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - an unreadable file is an error entry, not a crash
        yield Document(id=stem_id(origin), text="", origin=origin, group=group,
                       error=f"cannot read {origin}: {type(exc).__name__}: {exc}")


def read_documents(inputs: Sequence[str], options: ReadOptions = ReadOptions()) -> Iterator[Document]:
    """Every document of every input, in order."""
    for path, group in expand_inputs(inputs, options):
        yield from read_path(path, group, options)

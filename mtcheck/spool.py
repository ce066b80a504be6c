"""Audited documents in an append-only JSONL file: the spool of a streaming run and its checkpoint.

A streaming audit never holds the whole result in memory: each batch of
document results is appended to a spool file, and the reports that need the
whole result (JSON, HTML, SARIF...) read it back lazily at the end. With
``--checkpoint FILE`` the spool is that file, kept on disk and synced after
every batch, so that a killed run started again with the same arguments skips
the documents it already audited.

The file is JSON lines::

    {"mtcheck_spool": 1, "key": "...", "cache_cutoff": 1234, "batch": 64, ...}   header
    {"id": "...", ...}                        one CONTRACT.md document object per document
    {"mtcheck_batch": 3, "documents": 192}    after the documents of each batch

A batch counts only once its marker line is on disk: a run killed while
writing leaves a partial batch that is cut off when the run resumes, and
resumed runs restart on a batch boundary, where encoder batches (and so the
exact vectors, see ``embed.CachedEncoder.isolate``) are the same as in an
uninterrupted run.
"""

from __future__ import annotations

import hashlib
import json
import os
from array import array
from dataclasses import replace
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Callable, Iterator

from .model import DocumentResult, Span
from .reporters.base import document_dict
from .reporters.machine import jsonable, load_document

SPOOL_FORMAT = 1
_MARKER = b'{"mtcheck_batch":'


class CheckpointError(ValueError):
    """A checkpoint file that cannot be resumed; the message says what to do."""


def id_digest(document_id: str) -> int:
    """A 64-bit digest of a document id: resumed runs check the input against it cheaply."""
    return int.from_bytes(hashlib.blake2b(document_id.encode("utf-8"), digest_size=8).digest(), "big")


def _line(result: DocumentResult) -> bytes:
    """One document's spool line: its JSON object plus what reports use and ``jsonl`` leaves out.

    The spool keeps every finding's segment and exact confidence and the
    title's span, so that a report rendered from the spool is the report of the
    run that wrote it.
    """
    data = document_dict(result)
    for row, finding in zip(data["findings"], result.findings):
        row.update(confidence=finding.confidence, side=finding.side, segment=finding.segment)
    span = result.document.title_span
    if span is not None:
        data["title_span"] = [span.start, span.end]
    return (json.dumps(data, ensure_ascii=False, default=jsonable) + "\n").encode("utf-8")


def _load(line: bytes, index: int) -> DocumentResult:
    data = json.loads(line)
    result = load_document(data, index)
    span = data.get("title_span")
    return replace(result, document=replace(result.document, title_span=Span(*span))) if span else result


class Spool:
    """An append-only file of document results, in batches, read back by index or in order."""

    def __init__(self, path: Path, header: dict[str, Any], durable: bool) -> None:
        self.path = path
        self.header = header
        self.durable = durable
        self.offsets = array("q")
        self.batches = 0
        self._size = 0
        self._file = None
        self._reader = None

    @classmethod
    def create(cls, path: str | Path, header: dict[str, Any], durable: bool = False) -> "Spool":
        """A new, empty spool at ``path`` (replacing any file there)."""
        spool = cls(Path(path), {"mtcheck_spool": SPOOL_FORMAT, **header}, durable)
        spool.path.parent.mkdir(parents=True, exist_ok=True)
        spool._file = open(spool.path, "wb")
        spool._write(json.dumps(spool.header, ensure_ascii=False).encode("utf-8") + b"\n")
        return spool

    @classmethod
    def resume(cls, path: str | Path, header: dict[str, Any]) -> "Spool":
        """Reopen the checkpoint at ``path`` for the run described by ``header``.

        The whole batches are kept, a partial last batch is cut off, and a file
        written by a run with other arguments or inputs is refused.
        """
        path = Path(path)
        with open(path, "rb") as stream:
            first = stream.readline()
            try:
                found = json.loads(first)
            except ValueError:
                found = None
            if not isinstance(found, dict) or found.get("mtcheck_spool") != SPOOL_FORMAT:
                raise CheckpointError(f"'{path}' is not an mtcheck checkpoint; choose another --checkpoint file "
                                      "(an existing one is resumed, a missing one is created)")
            if found.get("key") != header.get("key"):
                raise CheckpointError(
                    f"checkpoint '{path}' was written by an audit with other arguments or inputs; run the same "
                    "command as before to resume it, or delete it (or choose another --checkpoint file) to start over")
            spool = cls(path, found, durable=True)
            spool._size = stream.tell()
            offsets = array("q")
            position = spool._size
            for line in stream:
                if not line.endswith(b"\n"):
                    break  # a line cut short by the kill
                if line.startswith(_MARKER):
                    spool.offsets.extend(offsets)
                    offsets = array("q")
                    spool.batches += 1
                    spool._size = position + len(line)
                else:
                    offsets.append(position)
                position += len(line)
        spool._file = open(path, "r+b")
        spool._file.truncate(spool._size)
        spool._file.seek(spool._size)
        spool._sync()
        return spool

    def _write(self, data: bytes) -> None:
        self._file.write(data)
        self._file.flush()
        self._size += len(data)
        self._sync()

    def _sync(self) -> None:
        if self.durable:
            os.fsync(self._file.fileno())

    def append(self, results: Sequence[DocumentResult]) -> None:
        """Add one batch of results; it counts once this returns (on disk when durable)."""
        lines = [_line(r) for r in results]
        start = self._size
        for line in lines:
            self.offsets.append(start)
            start += len(line)
        self.batches += 1
        marker = json.dumps({"mtcheck_batch": self.batches, "documents": len(self.offsets)}).encode() + b"\n"
        self._write(b"".join(lines) + marker)

    def __len__(self) -> int:
        return len(self.offsets)

    def read(self, index: int) -> DocumentResult:
        """The result of document ``index`` (0-based, in input order)."""
        if self._reader is None:
            self._reader = open(self.path, "rb")
        self._reader.seek(self.offsets[index])
        return _load(self._reader.readline(), index)

    def __iter__(self) -> Iterator[DocumentResult]:
        """Every result in order, read with a handle of its own (iterations may overlap)."""
        count = len(self.offsets)
        with open(self.path, "rb") as stream:
            stream.readline()
            index = 0
            while index < count:
                line = stream.readline()
                if line.startswith(_MARKER):
                    continue
                yield _load(line, index)
                index += 1

    def close(self, delete: bool = False) -> None:
        """Close the file, and delete it when ``delete``."""
        for handle in (self._file, self._reader):
            if handle is not None:
                handle.close()
        self._file = self._reader = None
        if delete:
            self.path.unlink(missing_ok=True)


class SpooledDocuments(Sequence):
    """The documents of a spool as a read-only sequence, each read from disk when asked for.

    ``transform`` makes a fresh per-pass function applied to every document in
    order (the baseline marks, which count occurrences over the run); with one,
    only whole passes are allowed, not indexing.
    """

    def __init__(self, spool: Spool, transform: Callable[[], Callable[[DocumentResult], DocumentResult]] | None = None):
        self.spool = spool
        self.transform = transform

    def __len__(self) -> int:
        return len(self.spool)

    def __getitem__(self, index):  # type: ignore[override]
        if self.transform is not None:
            raise TypeError("baseline-marked spooled documents are read in order only; iterate over them")
        if isinstance(index, slice):
            return [self.spool.read(i) for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self.spool.read(index)

    def __iter__(self) -> Iterator[DocumentResult]:
        mark = self.transform() if self.transform is not None else None
        for result in self.spool:
            yield mark(result) if mark is not None else result

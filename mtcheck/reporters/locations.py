"""Where a finding is in the *file*, for the CI formats (SARIF, GitHub annotations, JUnit).

Offsets point into the audited text. For plain text and Markdown files that text
is the file itself, so line, column and code-point offset are exact. For a JSON
Lines record the line is the record's line in the file; for an HTML page, a
feed or a CSV/Parquet row the text was extracted, so no position in the file is
claimed: the location names the file and the position in the extracted text is
given beside it (``text_line``/``text_column``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath
from urllib.parse import quote

from ..model import DocumentResult, Finding
from ..readers.text import TEXT_READER
from ..suppress import RECORD_LOCATOR, file_path
from .base import LineIndex
from .text import Locator

#: origins that are not files (``<stdin>``, ``<document 3>``)
_PSEUDO = re.compile(r"^<.*>$")
_JSONL_LINE = re.compile(r"#L(\d+)$")
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.I)


@dataclass(frozen=True)
class FileLocation:
    """A finding's place: the file, and its span in the file when that is known.

    ``end_line``/``end_column`` point at the code point just after the span
    (SARIF's convention), ``last_line``/``last_column`` at its last code point
    (GitHub's); ``text_line``/``text_column`` are the start in the audited text,
    always known.
    """

    path: str
    exact: bool
    line: int | None
    column: int | None
    end_line: int | None
    end_column: int | None
    char_offset: int | None
    char_length: int | None
    last_line: int | None
    last_column: int | None
    text_line: int
    text_column: int

    @property
    def is_file(self) -> bool:
        """False for stdin and in-memory documents, which no CI tool can open."""
        return is_file_path(self.path)

    @property
    def uri(self) -> str:
        return file_uri(self.path)


def is_file_path(path: str) -> bool:
    """False for ``<stdin>``, in-memory documents and empty paths."""
    return bool(path) and not _PSEUDO.match(path)


def file_uri(path: str) -> str:
    """A path as a URI reference: URLs as they are, paths percent-encoded with ``/``."""
    if _URL.match(path):
        return path
    path = path.replace("\\", "/")
    if PurePath(path).is_absolute():
        return "file://" + quote(path, safe="/:")
    return quote(path, safe="/")


def text_is_file(origin: str) -> bool:
    """True when a document from ``origin`` is the whole file as read (plain text, Markdown)."""
    if RECORD_LOCATOR.search(origin) or _PSEUDO.match(origin) or _URL.match(origin):
        return False
    return PurePath(origin.lower()).suffix in TEXT_READER.suffixes


class FileLocator:
    """File locations of the findings of one document result."""

    def __init__(self, result: DocumentResult) -> None:
        self._result = result
        self._locator = Locator(result)
        self._indexes: dict[int, LineIndex] = {}

    def _index(self, text: str) -> LineIndex:
        if id(text) not in self._indexes:
            self._indexes[id(text)] = LineIndex(text)
        return self._indexes[id(text)]

    def locate(self, finding: Finding) -> FileLocation:
        origin = self._locator.origin(finding)
        index = self._index(self._locator.text(finding))
        line, column = index.position(finding.start)
        if text_is_file(origin):
            end_line, end_column = index.position(finding.end)
            last_line, last_column = index.position(max(finding.start, finding.end - 1))
            return FileLocation(origin, True, line, column, end_line, end_column,
                                finding.start, finding.end - finding.start, last_line, last_column, line, column)
        record = _JSONL_LINE.search(origin)
        record_line = int(record.group(1)) if record else None
        return FileLocation(file_path(origin), False, record_line, None, None, None, None, None, None, None,
                            line, column)

    def document_path(self) -> str:
        """The file of the document itself (for errors, which have no finding)."""
        return file_path(self._result.document.origin)

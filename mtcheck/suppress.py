"""Suppressions: findings a team has decided not to see, removed before scoring.

Four ways, all applied by the runner:

- per record: the ``mtcheck_ignore`` field or column of JSONL/CSV/Parquet
  records (``Document.ignore``);
- per path: ``[tool.mtcheck.per-path-ignores]``, a table of ``"glob" = [checks]``
  matched against the document's file path (``*`` also crosses folders, as in
  ``fnmatch``; a glob without ``/`` also matches the file name alone);
- per paragraph: a comment ``<!-- mtcheck-ignore: CODE[, CODE] -->`` silences
  those checks in the paragraph that follows it (up to the next blank line). In
  plain text and Markdown the comment is part of the audited text and is found
  here; the HTML reader, whose extractor drops comments, records the paragraph
  a comment precedes in ``Document.meta["suppress"]``;
- the ``do-not-translate`` glossary, which the language checks read themselves.

Checks are named by code, code prefix or name, as with ``--ignore``.
"""

from __future__ import annotations

import difflib
import fnmatch
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Iterable, Mapping, Sequence

from .config import ConfigError
from .model import Document, Finding

#: the suppression comment; group 1 holds the comma- or space-separated checks
COMMENT = re.compile(r"<!--\s*mtcheck-ignore\s*:\s*(.*?)\s*-->", re.S)
#: a blank line, which ends the paragraph a comment applies to
_PARAGRAPH_END = re.compile(r"\r?\n[ \t]*\r?\n")
#: the record locator table readers append to a file path (``data.jsonl#L7``, ``data.csv#row3``)
RECORD_LOCATOR = re.compile(r"#(?:L|row)\d+$")
#: the key under which readers store suppression regions in ``Document.meta``
META_KEY = "suppress"


@dataclass(frozen=True)
class Region:
    """Checks silenced in ``[start, end)`` of a document's text."""

    start: int
    end: int
    checks: tuple[str, ...]

    def covers(self, finding: Finding) -> bool:
        """True when the finding starts inside the region (source-side findings never do)."""
        return finding.side != "source" and self.start <= finding.start < self.end


def parse_checks(raw: str) -> tuple[str, ...]:
    """The checks named in a comment: separated by commas and/or spaces."""
    return tuple(token for token in re.split(r"[\s,]+", raw) if token)


def comment_regions(text: str) -> list[Region]:
    """One region per suppression comment in ``text``: the comment and the paragraph after it."""
    regions = []
    for match in COMMENT.finditer(text):
        start = match.end()
        while start < len(text) and text[start].isspace():
            start += 1
        end = _PARAGRAPH_END.search(text, start)
        regions.append(Region(match.start(), end.start() if end else len(text), parse_checks(match.group(1))))
    return regions


def document_regions(document: Document) -> list[Region]:
    """Every suppression region of a document: comments in its text and those its reader recorded."""
    recorded = [Region(int(s), int(e), tuple(checks)) for s, e, checks in document.meta.get(META_KEY, ())]
    return comment_regions(document.text) + recorded


def file_path(origin: str) -> str:
    """The file part of a document's origin: the record locator removed, ``./`` dropped."""
    path = RECORD_LOCATOR.sub("", origin)
    return path[2:] if path.startswith("./") else path


def path_ignores(origin: str, table: Mapping[str, Sequence[str]]) -> tuple[str, ...]:
    """The checks that ``[tool.mtcheck.per-path-ignores]`` silences for a document from ``origin``."""
    if not table:
        return ()
    path = file_path(origin).replace("\\", "/")
    candidates = [path]
    if Path(path).is_absolute():
        try:
            candidates.append(Path(path).relative_to(Path.cwd()).as_posix())
        except ValueError:
            pass  # outside the working directory: only the absolute path can match
    name = PurePosixPath(path).name
    found: list[str] = []
    for glob, checks in table.items():
        names = candidates if "/" in glob else [*candidates, name]
        if any(fnmatch.fnmatchcase(candidate, glob) for candidate in names):
            found.extend(checks)
    return tuple(found)


def validate_path_ignores(table: Mapping[str, Sequence[str]], known: Iterable[tuple[str, str]]) -> None:
    """Raise ConfigError for a per-path ignore naming no check; ``known`` is (code, name) pairs."""
    pairs = list(known)
    names = [n for pair in pairs for n in pair]
    for glob, checks in table.items():
        for token in checks:
            lowered = token.strip().lower()
            if any(lowered == name or code.lower().startswith(lowered) for code, name in pairs):
                continue
            hint = difflib.get_close_matches(token, names, n=1)
            did_you_mean = f" (did you mean '{hint[0]}'?)" if hint else ""
            raise ConfigError(
                f"per-path-ignores '{glob}' names unknown check '{token}'{did_you_mean}; "
                "run 'mtcheck rules' to list codes and names"
            )

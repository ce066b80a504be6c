"""Reporter registry: one entry per output format, looked up by name or file suffix."""

from __future__ import annotations

from .base import Reporter
from .github import GITHUB_REPORTER
from .html import HTML_REPORTER
from .junit import JUNIT_REPORTER
from .markdown import MARKDOWN_REPORTER
from .machine import CSV_REPORTER, JSON_REPORTER, JSONL_REPORTER, PARQUET_REPORTER
from .sarif import SARIF_REPORTER
from .text import TEXT_REPORTER

REPORTERS: dict[str, Reporter] = {
    r.format: r
    for r in (TEXT_REPORTER, JSON_REPORTER, JSONL_REPORTER, CSV_REPORTER, PARQUET_REPORTER,
              HTML_REPORTER, SARIF_REPORTER, JUNIT_REPORTER, GITHUB_REPORTER, MARKDOWN_REPORTER)
}


class UnknownFormatError(ValueError):
    """An output format or file suffix that no reporter handles."""


def reporter_named(name: str) -> Reporter:
    """The reporter for ``--format NAME``."""
    try:
        return REPORTERS[name]
    except KeyError:
        raise UnknownFormatError(
            f"unknown format '{name}'; use one of: {', '.join(REPORTERS)}"
        ) from None


def reporter_for_path(path: str) -> Reporter:
    """The reporter for ``-o FILE``, from the file's suffix."""
    lowered = path.lower()
    for reporter in REPORTERS.values():
        if any(lowered.endswith(s) for s in reporter.suffixes):
            return reporter
    suffixes = sorted(s for r in REPORTERS.values() for s in r.suffixes)
    raise UnknownFormatError(
        f"cannot tell the format of '{path}' from its suffix; use one of: {' '.join(suffixes)}"
    )


__all__ = ["REPORTERS", "Reporter", "reporter_named", "reporter_for_path", "UnknownFormatError"]

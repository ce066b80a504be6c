"""The ``github`` report: GitHub Actions workflow commands that annotate files in pull requests.

One line per finding not covered by the baseline::

    ::warning file=docs/a.md,line=3,col=26,endLine=3,endColumn=42,title=QT101 glued-quote::Opening quote ...

``error`` and ``warning`` keep their names; ``info`` becomes ``notice``.
``endColumn`` is the column of the span's last character (the annotation
covers it), given only when the span is on one line. For documents extracted from a file (HTML, feeds, table rows) the
annotation names the file (and a JSON Lines record's line) and the message
says where the finding is in the extracted text. Unreadable documents are
``error`` annotations on their file; fixed baseline entries end with one
``notice`` saying how to tighten the baseline.

Escaping follows GitHub's toolkit: in the message ``%``, CR and LF are
percent-encoded; in properties also ``:`` and ``,``.
"""

from __future__ import annotations

from typing import IO

from ..model import RunResult, Severity
from .base import Reporter
from .locations import FileLocation, FileLocator, is_file_path

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """Escape a command's message."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value (``file``, ``title``)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, **properties: object) -> str:
    """One workflow command line; properties that are None are left out."""
    shown = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items()
                     if value is not None)
    return f"::{name} {shown}::{escape_data(message)}" if shown else f"::{name}::{escape_data(message)}"


def _where(location: FileLocation) -> dict[str, object]:
    if not location.is_file:
        return {}
    if location.exact:
        # GitHub takes the columns only when the annotation starts and ends on one line
        same_line = location.last_line == location.line
        return {"file": location.path, "line": location.line, "col": location.column,
                "endLine": location.last_line, "endColumn": location.last_column if same_line else None}
    return {"file": location.path, "line": location.line}


def annotations(result: RunResult) -> list[str]:
    """Every workflow command of the report, in the run's order."""
    lines = []
    for doc in result.documents:
        locator = FileLocator(doc)
        if doc.error:
            path = locator.document_path()
            lines.append(command("error", doc.error, file=path if is_file_path(path) else None,
                                 title=f"mtcheck: cannot audit {doc.document.id}"))
        for finding in doc.findings:
            if finding.baselined:
                continue
            location = locator.locate(finding)
            message = finding.message
            if not location.exact:
                message += f" (at line {location.text_line}, column {location.text_column} of the extracted text)"
            lines.append(command(COMMANDS[finding.severity], message, **_where(location),
                                 title=f"{finding.code} {finding.check}"))
    if result.baseline is not None and result.baseline.fixed:
        count = len(result.baseline.fixed)
        lines.append(command(
            "notice",
            f"{count} baselined finding{'s are' if count != 1 else ' is'} fixed; run mtcheck again with "
            f"--write-baseline {result.baseline.path} to tighten the baseline",
            title="mtcheck baseline",
        ))
    return lines


def render_github(result: RunResult, stream: IO[str]) -> None:
    """Write the workflow commands, one per line."""
    for line in annotations(result):
        stream.write(line + "\n")


GITHUB_REPORTER = Reporter(
    format="github", suffixes=(), render=render_github,
    description="GitHub Actions workflow commands: annotations on the files of a pull request.",
)

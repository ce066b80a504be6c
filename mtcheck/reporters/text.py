"""The default ``text`` report: one located finding per block, then summaries.

Each finding reads ``path:line:col: CODE [severity] message`` (the form editors and
terminals turn into links), followed by the source line with the span underlined
by ``^``. Then a table of findings per check, a per-group table when the run
covers several groups (sites, feeds, folders), and a one-line total.

Colour is an argument, never sniffed inside the formatter, so tests can ask for
both; ``stream_wants_color`` decides it for a real stream (a TTY without
``NO_COLOR``). The helpers that locate findings and summarise groups are shared
with the Markdown and tabular reporters.
"""

from __future__ import annotations

import os
import textwrap
import unicodedata
from dataclasses import dataclass
from itertools import zip_longest
from typing import IO, Any, Mapping

from ..model import DocumentResult, Finding, RunResult, Severity
from .base import LineIndex, Reporter

#: widest source line shown under a finding; longer lines are cut around the span
EXCERPT_WIDTH = 100
#: how a cut line is marked on the side that was cut
ELLIPSIS = "\N{HORIZONTAL ELLIPSIS}"
#: shown instead of a control character, so scraped text cannot drive the terminal
REPLACEMENT = "\N{REPLACEMENT CHARACTER}"
#: width of each column of the side-by-side view of an ``align`` result's flagged groups
SIDE_WIDTH = 48
#: shown in the view for the empty side of an omission or an addition
NOTHING = "(nothing)"
ARROW = "\N{LEFT RIGHT ARROW}"
BAR = "\N{BOX DRAWINGS LIGHT VERTICAL}"
#: severities from worst to mildest, the order of every count in the report
SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)

_RESET = "\x1b[0m"
_BOLD = "\x1b[1m"
_DIM = "\x1b[2m"
_SEVERITY_COLOR = {Severity.ERROR: "\x1b[31m", Severity.WARNING: "\x1b[33m", Severity.INFO: "\x1b[36m"}


def stream_wants_color(stream: IO[Any], environ: Mapping[str, str] = os.environ) -> bool:
    """True when ``stream`` is a terminal and ``NO_COLOR`` is unset or empty (no-color.org)."""
    if environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:  # a closed stream
        return False


class Locator:
    """Line/column positions of the findings of one document, on the side they belong to.

    ``align`` findings with ``side == "source"`` point into the source document,
    so their path and positions come from it; everything else from the target.
    """

    def __init__(self, result: DocumentResult) -> None:
        self._result = result
        self._indexes: dict[bool, LineIndex] = {}

    def _on_source(self, finding: Finding) -> bool:
        return finding.side == "source" and self._result.source is not None

    def text(self, finding: Finding) -> str:
        """The text the finding's offsets point into."""
        if self._on_source(finding):
            return self._result.source.text  # type: ignore[union-attr]
        return self._result.document.text

    def origin(self, finding: Finding) -> str:
        """The path, URL or record locator of the text the finding is in."""
        if self._on_source(finding):
            return self._result.source.origin  # type: ignore[union-attr]
        return self._result.document.origin

    def position(self, finding: Finding) -> tuple[int, int]:
        """1-based (line, column) of the finding's start, in code points."""
        side = self._on_source(finding)
        if side not in self._indexes:
            self._indexes[side] = LineIndex(self.text(finding))
        return self._indexes[side].position(finding.start)


def plural(count: int, word: str) -> str:
    """``1 finding``, ``2 findings``; ``info`` never takes an s."""
    if count == 1 or word == "info":
        return f"{count} {word}"
    return f"{count} {word}s"


def severity_counts(findings: list[Finding] | tuple[Finding, ...]) -> dict[Severity, int]:
    """Findings per severity, worst first, zeros included."""
    counts = {s: 0 for s in SEVERITIES}
    for finding in findings:
        counts[finding.severity] += 1
    return counts


def totals_text(result: RunResult) -> str:
    """``14 findings (3 errors, 9 warnings, 2 info) in 1 document; 0 unreadable``.

    With a baseline the count is of new findings, followed by how many were
    baselined (and not listed) and how many baselined ones are fixed.
    """
    findings = result.new_findings
    counts = severity_counts(findings)
    detail = ", ".join(plural(n, s.value) for s, n in counts.items() if n)
    detail = f" ({detail})" if detail else ""
    totals = (
        f"{plural(len(findings), 'finding')}{detail} in {plural(len(result.documents), 'document')}; "
        f"{result.error_count} unreadable"
    )
    if result.baseline is not None:
        fixed = len(result.baseline.fixed)
        hint = f" (tighten the baseline with --write-baseline {result.baseline.path})" if fixed else ""
        totals += f"; {result.baseline.baselined} baselined, not listed; {fixed} fixed{hint}"
    return totals


@dataclass(frozen=True)
class CheckRow:
    """One line of the per-check summary."""

    check: str
    code: str
    count: int
    by_severity: dict[Severity, int]


def check_rows(result: RunResult) -> list[CheckRow]:
    """Findings not baselined per (check, code), most frequent first, ties by code."""
    grouped: dict[tuple[str, str], list[Finding]] = {}
    for finding in result.new_findings:
        grouped.setdefault((finding.check, finding.code), []).append(finding)
    rows = [CheckRow(check, code, len(fs), severity_counts(fs)) for (check, code), fs in grouped.items()]
    return sorted(rows, key=lambda r: (-r.count, r.code, r.check))


@dataclass(frozen=True)
class GroupRow:
    """One line of the per-group summary (a site, feed or folder)."""

    group: str
    documents: int
    findings: int
    words: int
    mean_score: float | None
    errors: int
    likely_mt: int = 0

    @property
    def likely_mt_share(self) -> float | None:
        """Share of audited documents whose mt_likelihood is above 0.5 (unreviewed machine translation)."""
        audited = self.documents - self.errors
        return round(self.likely_mt / audited, 2) if audited else None

    @property
    def per_thousand_words(self) -> float | None:
        """Findings per 1,000 words, the rate that compares sources of different sizes."""
        return 1000.0 * self.findings / self.words if self.words else None


def group_rows(result: RunResult) -> list[GroupRow]:
    """One row per ``Document.group``, in order of first appearance.

    The mean score leaves out documents with an error: their score says nothing
    about the text.
    """
    grouped: dict[str, list[DocumentResult]] = {}
    for doc in result.documents:
        grouped.setdefault(doc.document.group, []).append(doc)
    rows = []
    for group, docs in grouped.items():
        scores = [d.score for d in docs if not d.error]
        rows.append(GroupRow(
            group=group or "(no group)",
            documents=len(docs),
            findings=sum(len(d.findings) for d in docs),
            words=sum(d.words for d in docs),
            mean_score=round(sum(scores) / len(scores), 1) if scores else None,
            errors=sum(1 for d in docs if d.error),
            likely_mt=sum(1 for d in docs if not d.error and (d.mt_likelihood or 0.0) > 0.5),
        ))
    return rows


def several_groups(result: RunResult) -> bool:
    """True when the documents come from more than one group."""
    return len({d.document.group for d in result.documents}) > 1


def printable(text: str) -> str:
    """``text`` with tabs as spaces and other control characters replaced."""
    return "".join(
        " " if char == "\t" else REPLACEMENT if unicodedata.category(char) == "Cc" else char
        for char in text
    )


def display_width(text: str) -> int:
    """Terminal columns ``text`` takes: wide East Asian characters 2, combining marks 0."""
    width = 0
    for char in text:
        if unicodedata.combining(char) or unicodedata.category(char) == "Cf":
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def excerpt_lines(text: str, start: int, end: int, width: int = EXCERPT_WIDTH) -> tuple[str, str, int]:
    """The source line holding ``start``, a ``^`` marker under the span, and how many more lines it covers.

    A line longer than ``width`` is cut to a window around the span, with an
    ellipsis on each cut side; a span running past the line is marked to its end.
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end == -1 else line_end
    line = text[line_start:line_end].rstrip("\r")
    left = start - line_start
    right = max(left, min(end, line_start + len(line)) - line_start)
    # a newline that ends the span closes its last line rather than opening another
    extra_lines = text.count("\n", start, end - 1) if end > start else 0
    lo, hi = 0, len(line)
    if len(line) > width:
        # centre a short span; a span wider than the window starts near its left edge
        room = width - (right - left)
        lo = max(0, left - room // 2 if room > 0 else left - 10)
        hi = min(len(line), lo + width)
        lo = max(0, hi - width)
    shown = (ELLIPSIS if lo > 0 else "") + printable(line[lo:hi]) + (ELLIPSIS if hi < len(line) else "")
    prefix = (ELLIPSIS if lo > 0 else "") + printable(line[lo:max(lo, left)])
    marked = printable(line[max(lo, left):min(hi, right)])
    marker = " " * display_width(prefix) + "^" * max(1, display_width(marked))
    return shown, marker, extra_lines


def _paint(text: str, code: str, color: bool) -> str:
    return f"{code}{text}{_RESET}" if color else text


def _finding_block(locator: Locator, finding: Finding, color: bool) -> list[str]:
    line, column = locator.position(finding)
    tint = _SEVERITY_COLOR[finding.severity]
    header = (
        f"{_paint(f'{printable(locator.origin(finding))}:{line}:{column}:', _BOLD, color)} "
        f"{_paint(finding.code, tint, color)} [{_paint(finding.severity.value, tint, color)}] "
        f"{printable(finding.message)}"
    )
    shown, marker, extra = excerpt_lines(locator.text(finding), finding.start, finding.end)
    gutter = " " * len(str(line))
    more = f" (+{plural(extra, 'more line')})" if extra else ""
    return [
        header,
        f" {_paint(f'{line} |', _DIM, color)} {shown}",
        f" {_paint(f'{gutter} |', _DIM, color)} {_paint(marker, tint, color)}{more}",
    ]


def _table(header: list[str], rows: list[list[str]], right: set[int]) -> list[str]:
    """Plain aligned columns; ``right`` holds the indexes of numeric columns."""
    widths = [max(display_width(row[i]) for row in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        padded = [
            " " * (w - display_width(c)) + c if i in right else c + " " * (w - display_width(c))
            for i, (c, w) in enumerate(zip(cells, widths))
        ]
        return "  ".join(padded).rstrip()

    return [line(header), line(["-" * w for w in widths]), *(line(r) for r in rows)]


def _number(value: float | None, digits: int = 1) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def _column(text: str | None, color: bool) -> list[tuple[str, str]]:
    """One side of a group as (shown, plain) lines wrapped to SIDE_WIDTH; ``(nothing)`` for an empty side."""
    if text is None:
        return [(_paint(NOTHING, _DIM, color), NOTHING)]
    lines = textwrap.wrap(printable(" ".join(text.split())), SIDE_WIDTH) or [""]
    return [(line, line) for line in lines]


def alignment_view(doc: DocumentResult, color: bool = False) -> list[str]:
    """Source and target side by side for each aligned group with a finding (``align`` results only)."""
    if not doc.pairs or doc.source is None:
        return []
    flagged: dict[tuple[str, int], set[str]] = {}
    for finding in doc.findings:
        if finding.segment is not None and finding.side and not finding.baselined:
            flagged.setdefault((finding.side, finding.segment), set()).add(finding.check)
    texts = {"source": doc.source.text, "target": doc.document.text}
    out: list[str] = []
    for number, pair in enumerate(doc.pairs, start=1):
        checks = set().union(*(flagged.get((side, int(i)), set()) for side in texts for i in pair.get(side) or ()))
        if not checks:
            continue
        if not out:
            title = f"{printable(doc.source.origin)} {ARROW} {printable(doc.document.origin)}: groups with findings"
            out.append(_paint(title, _BOLD, color))
        columns = []
        for side in texts:
            spans = pair.get(f"{side}_spans") or []
            columns.append(_column(texts[side][int(spans[0][0]):int(spans[-1][1])] if spans else None, color))
        similarity = pair.get("similarity")
        shown = f", similarity {similarity:.2f}" if isinstance(similarity, (int, float)) else ""
        out.append(f"  group {number}{shown}: {', '.join(sorted(checks))}")
        for (left, plain), (right, _) in zip_longest(*columns, fillvalue=("", "")):
            padding = " " * max(0, SIDE_WIDTH - display_width(plain))
            out.append(f"    {left}{padding} {_paint(BAR, _DIM, color)} {right}".rstrip())
        out.append("")
    return out


def format_text(result: RunResult, color: bool = False) -> str:
    """The whole text report; identical input gives identical output."""
    out: list[str] = []
    for doc in result.documents:
        locator = Locator(doc)
        if doc.error:
            label = _paint("error:", _SEVERITY_COLOR[Severity.ERROR], color)
            out += [f"{printable(doc.document.origin)}: {label} {printable(doc.error)}", ""]
        for finding in doc.findings:
            if not finding.baselined:
                out += [*_finding_block(locator, finding, color), ""]
        out += alignment_view(doc, color)
    rows = check_rows(result)
    if rows:
        out += _table(
            ["check", "code", "count", *(s.value for s in SEVERITIES)],
            [[r.check, r.code, str(r.count), *(str(r.by_severity[s]) for s in SEVERITIES)] for r in rows],
            right={2, 3, 4, 5},
        )
        out.append("")
    if several_groups(result):
        out += _table(
            ["group", "documents", "findings", "per 1k words", "mean score", "likely MT", "errors"],
            [
                [g.group, str(g.documents), str(g.findings), _number(g.per_thousand_words),
                 _number(g.mean_score), _number(g.likely_mt_share), str(g.errors)]
                for g in group_rows(result)
            ],
            right={1, 2, 3, 4, 5, 6},
        )
        out.append("")
    out.append(_paint(f"Found {totals_text(result)}.", _BOLD, color))
    return "\n".join(out) + "\n"


def render_text(result: RunResult, stream: IO[str]) -> None:
    """Write the text report, in colour when ``stream`` is a terminal that allows it."""
    stream.write(format_text(result, color=stream_wants_color(stream)))


TEXT_REPORTER = Reporter(
    format="text",
    suffixes=(".txt",),
    render=render_text,
    description="Human-readable report: located findings with the span underlined, then summaries.",
)

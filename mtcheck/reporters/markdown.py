"""The ``markdown`` report: a short summary for CI step summaries (``$GITHUB_STEP_SUMMARY``).

GitHub-flavoured Markdown tables: totals, findings by check, by group when the
run covers several groups, the lowest-scoring documents, unreadable documents,
then the first findings. Step summaries are capped in size, so long lists are
cut and say so. Every cell is escaped: a ``|`` or a newline in scraped text
would break the table, and ``<``, ``*`` or ``[`` would turn into markup.
"""

from __future__ import annotations

from typing import IO

from ..model import BaselineStatus, RunResult
from .base import Reporter
from .text import (
    SEVERITIES, Locator, check_rows, group_rows, plural, severity_counts, several_groups, totals_text,
)

#: findings listed in the last table
MAX_FINDINGS = 50
#: documents listed in the lowest-score table
MAX_DOCUMENTS = 10
#: longest excerpt or message shown in a cell
CELL_CHARS = 120
#: ASCII punctuation that Markdown could read as markup inside a table cell
_MARKUP = set("\\`*_[]<>|~&")


def cell(text: str | None, limit: int = CELL_CHARS) -> str:
    """``text`` made safe for one table cell: markup escaped, newlines as ``<br>``, cut at ``limit``."""
    if text is None:
        return ""
    if len(text) > limit:
        text = text[: limit - 1] + "\N{HORIZONTAL ELLIPSIS}"
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    escaped = ["".join("\\" + c if c in _MARKUP else c for c in line) for line in lines]
    return "<br>".join(escaped)


def _table(header: list[str], rows: list[list[str]], right: set[int]) -> list[str]:
    """A GFM table; ``right`` holds the indexes of right-aligned (numeric) columns."""
    rule = ["---:" if i in right else "---" for i in range(len(header))]
    return [f"| {' | '.join(r)} |" for r in (header, rule, *rows)]


def _number(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def _baseline_section(status: BaselineStatus, max_rows: int) -> list[str]:
    """How the run compares with its baseline, and the baselined findings that are fixed."""
    out = ["### Baseline", "",
           f"{status.baselined} findings are in the baseline `{cell(status.path)}` and not listed; "
           f"{len(status.fixed)} baselined findings are fixed.", ""]
    if status.fixed:
        out += [f"Run `mtcheck audit ... --write-baseline {cell(status.path)}` to drop them from the baseline.", ""]
        out += _table(["document", "check", "excerpt"],
                      [[cell(str(f.get("document"))), cell(str(f.get("check"))), cell(str(f.get("excerpt")))]
                       for f in status.fixed[:max_rows]], right=set())
        out.append("")
    return out


def format_markdown(result: RunResult, max_findings: int = MAX_FINDINGS, max_documents: int = MAX_DOCUMENTS) -> str:
    """The whole Markdown summary; identical input gives identical output."""
    out = ["## mtcheck report", "", f"**{totals_text(result)}.**", ""]
    out += [f"`{result.signature.as_text()}`", ""]
    rows = check_rows(result)
    if rows:
        out += ["### Findings by check", ""]
        out += _table(
            ["code", "check", "findings", *(s.value for s in SEVERITIES)],
            [[cell(r.code), cell(r.check), str(r.count), *(str(r.by_severity[s]) for s in SEVERITIES)]
             for r in rows],
            right={2, 3, 4, 5},
        )
        out.append("")
    if several_groups(result):
        out += ["### By group", ""]
        out += _table(
            ["group", "documents", "findings", "per 1,000 words", "mean score", "share likely MT", "errors"],
            [[cell(g.group), str(g.documents), str(g.findings), _number(g.per_thousand_words),
              _number(g.mean_score), _number(g.likely_mt_share), str(g.errors)] for g in group_rows(result)],
            right={1, 2, 3, 4, 5, 6},
        )
        out.append("")
    # stable sort: equal scores keep the run's order
    audited = sorted((d for d in result.documents if not d.error), key=lambda d: d.score)
    if audited:
        shown = audited[:max_documents]
        out += [f"### Lowest scores ({len(shown)} of {plural(len(audited), 'document')})", ""]
        table = []
        for doc in shown:
            counts = severity_counts(doc.findings)
            table.append([cell(doc.document.origin), cell(doc.document.group), _number(doc.score),
                          str(len(doc.findings)), *(str(counts[s]) for s in SEVERITIES)])
        out += _table(["document", "group", "score", "findings", *(s.value for s in SEVERITIES)],
                      table, right={2, 3, 4, 5, 6})
        out.append("")
    unreadable = [d for d in result.documents if d.error]
    if unreadable:
        out += ["### Documents with errors", ""]
        out += _table(["document", "error"],
                      [[cell(d.document.origin), cell(d.error)] for d in unreadable], right=set())
        out.append("")
    if result.baseline is not None:
        out += _baseline_section(result.baseline, max_findings)
    total = len(result.new_findings)
    if total:
        heading = "### Findings" if total <= max_findings else f"### Findings (first {max_findings} of {total})"
        out += [heading, ""]
        table = []
        for doc in result.documents:
            locator = Locator(doc)
            for finding in doc.findings:
                if len(table) == max_findings:
                    break
                if finding.baselined:
                    continue
                line, column = locator.position(finding)
                table.append([
                    cell(f"{locator.origin(finding)}:{line}:{column}"),
                    f"{cell(finding.code)} {cell(finding.check)}", finding.severity.value,
                    cell(finding.message), cell(finding.excerpt),
                ])
        out += _table(["location", "check", "severity", "message", "excerpt"], table, right=set())
        out.append("")
    return "\n".join(out)


def render_markdown(result: RunResult, stream: IO[str]) -> None:
    """Write the Markdown summary (append it to ``$GITHUB_STEP_SUMMARY`` in CI)."""
    stream.write(format_markdown(result))


MARKDOWN_REPORTER = Reporter(
    format="markdown", suffixes=(".md",), render=render_markdown,
    description="Markdown summary for CI step summaries: totals, tables by check and group, top findings.",
)

"""The ``html`` report: one self-contained page an editor reads to fix a feed.

The page has an overview (run signature, totals, charts, a sortable and
filterable table of documents) and a view per document (``report.html#doc=<id>``)
with each finding highlighted in the text, a findings panel with the evidence
and the check's explanation, and for ``align`` results the source and target
side by side.

Scraped text is hostile, so:

- the templates are Jinja2 with autoescape; no input is ever marked safe;
- the only HTML built in Python is ``highlight``, from pieces it escapes itself;
- each document's view is rendered here, in Python, and embedded as a JSON
  string (``script_json`` escapes ``<``, ``>``, ``&``, U+2028/2029), which the
  page's script inserts when the document is opened: 10,000 documents load
  without building 10,000 views up front;
- a Content-Security-Policy allows only the page's own script and stylesheet
  (by hash) and ``data:`` images, so nothing is fetched and no injected script
  could run.

The page reads offsets as code points, as Python and the JSON result do; the
browser's UTF-16 never sees an offset because all slicing happens here.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
from datetime import datetime, timezone
from functools import lru_cache
from typing import IO, Any, Iterator

from markupsafe import Markup

from ..model import DocumentResult, Finding, RunResult
from .base import LineIndex, Reporter
from .html_align import align_rows
from .html_charts import charts
from .html_highlight import Mark, highlight, placed_whole, script_json
from .text import check_rows, group_rows, plural, severity_counts, totals_text

#: a shape per severity, so severity never rests on colour alone
SEVERITY_GLYPH = {
    "error": "\N{BLACK SQUARE}",
    "warning": "\N{BLACK UP-POINTING TRIANGLE}",
    "info": "\N{BLACK CIRCLE}",
}
#: order of severities in the page's filters and counts (index = the code the script uses)
SEVERITY_ORDER = ("error", "warning", "info")
#: inputs listed in the header before the rest are summed up
MAX_INPUTS = 12
#: the sections of a check's docstring the explanation shows
EXPLAIN_SECTIONS = ("What it does", "Why it matters", "Known false positives")


def _explanation(name: str) -> dict[str, Any] | None:
    """The registry's documentation of the check ``name``: summary and sections, ``code`` runs marked."""
    from ..explain import doc_sections
    from ..runner import check_lookup

    check = check_lookup(name)
    if check is None:
        return None
    sections = doc_sections(check)

    def paragraphs(body: str) -> list[list[tuple[bool, str]]]:
        # docstrings wrap lines; a blank line ends a paragraph; ``x`` is code
        return [[(i % 2 == 1, part) for i, part in enumerate(" ".join(p.split()).split("``")) if part]
                for p in re.split(r"\n\s*\n", body) if p.strip()]

    return {
        "code": check.code, "name": check.name, "summary": paragraphs(sections.get("Summary", "")),
        "sections": [(title, paragraphs(sections[title])) for title in EXPLAIN_SECTIONS if sections.get(title)],
    }


def _value(value: Any) -> str:
    """An evidence value as a short string: floats to 3 significant digits, mappings as ``k: v``."""
    if isinstance(value, float):
        return f"{value:.3g}"
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_value(v)}" for k, v in value.items())
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(_value(v) for v in value)
    return str(value)


def _finding_view(k: int, finding: Finding, where: str, shown_whole: bool, explain: int) -> dict[str, Any]:
    return {
        "k": k, "code": finding.code, "check": finding.check, "severity": finding.severity.value,
        "glyph": SEVERITY_GLYPH[finding.severity.value], "message": finding.message,
        "excerpt": finding.excerpt, "suggestion": finding.suggestion, "where": where,
        "confidence": f"{float(finding.confidence):.2f}", "language": finding.language,
        "evidence": [(str(key), _value(v)) for key, v in finding.evidence.items()],
        "in_text": shown_whole, "explain": explain, "baselined": getattr(finding, "baselined", False),
    }


def document_view(doc: DocumentResult, env: Any, explain_index: dict[str, int], source_language: str) -> str:
    """The HTML of one document's view, rendered from the ``document.html.j2`` template."""
    text = doc.document.text
    rows: list[dict[str, Any]] | None = None
    highlighted: Markup | None = None
    if doc.pairs is not None:
        rows, whole = align_rows(doc, source_language)
    else:
        marks = [Mark(f.start, f.end, k, f.check, f.severity.value, text[f.start:f.end] == f.excerpt)
                 for k, f in enumerate(doc.findings)]
        highlighted, whole = highlight(text, marks), placed_whole(text, marks)
    indexes = {"target": LineIndex(text)}
    if doc.source is not None:
        indexes["source"] = LineIndex(doc.source.text)
    findings = []
    for k, finding in enumerate(doc.findings):
        side = "source" if finding.side == "source" and doc.source is not None else "target"
        line, column = indexes[side].position(finding.start)
        where = f"line {line}, column {column}"
        if finding.side is not None:
            where += f", {finding.side}" + (f" segment {finding.segment + 1}" if finding.segment is not None else "")
        findings.append(_finding_view(k, finding, where, k in whole, explain_index.get(finding.check, -1)))
    return env.get_template("document.html.j2").render(
        doc=doc, text=highlighted, rows=rows, findings=findings, glyph=SEVERITY_GLYPH,
        counts=[(s.value, n) for s, n in severity_counts(doc.findings).items()], plural=plural,
    )


def _index(result: RunResult, checks: list[str]) -> dict[str, Any]:
    """What the page's script needs for the documents table, as compact rows."""
    check_at = {name: i for i, name in enumerate(checks)}
    groups: dict[str, int] = {}
    rows = []
    for doc in result.documents:
        codes = sorted({check_at[f.check] * 3 + SEVERITY_ORDER.index(f.severity.value) for f in doc.findings})
        counts = severity_counts(doc.findings)
        d = doc.document
        rows.append([
            d.id, d.origin, d.title or "", doc.language or "", None if doc.error else round(doc.score, 1),
            doc.error or "", groups.setdefault(d.group, len(groups)), *counts.values(), codes,
        ])
    return {"checks": checks, "groups": list(groups), "docs": rows}


def _report_date() -> str:
    """Now, in UTC; ``SOURCE_DATE_EPOCH`` fixes it for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    moment = datetime.fromtimestamp(int(epoch), timezone.utc) if epoch.isdigit() else datetime.now(timezone.utc)
    return moment.strftime("%Y-%m-%d %H:%M UTC")


@lru_cache(maxsize=1)
def _environment() -> Any:
    from jinja2 import Environment, PackageLoader, StrictUndefined

    return Environment(loader=PackageLoader("mtcheck.reporters", "templates"), autoescape=True,
                       undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def _asset(env: Any, name: str) -> tuple[Markup, str]:
    """A static asset of ours (the page's CSS or JS) and its CSP source expression."""
    source = env.loader.get_source(env, name)[0]
    digest = base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")
    return Markup(source), f"'sha256-{digest}'"


def render_html(result: RunResult, stream: IO[str]) -> None:
    """Write the report page; documents are rendered one at a time and streamed out."""
    env = _environment()
    checks = sorted(result.by_check())
    explanations = [_explanation(name) for name in checks]
    explain_index = {name: i for i, (name, e) in enumerate(zip(checks, explanations)) if e is not None}
    css, style_hash = _asset(env, "report.css")
    js, script_hash = _asset(env, "report.js")
    csp = (f"default-src 'none'; script-src {script_hash}; style-src {style_hash}; img-src data:; "
           "base-uri 'none'; form-action 'none'")
    signature = result.signature
    views: Iterator[tuple[int, Markup]] = (
        (n, script_json(document_view(doc, env, explain_index, signature.source_lang))) for n, doc in enumerate(result.documents)
    )
    template = env.get_template("report.html.j2")
    for chunk in template.generate(
        csp=csp, css=css, js=js, signature=signature, date=_report_date(), totals=totals_text(result),
        result=result, severities=[(s, SEVERITY_GLYPH[s], result.by_severity().get(s, 0)) for s in SEVERITY_ORDER],
        check_rows=check_rows(result), check_index={name: i for i, name in enumerate(checks)},
        groups=group_rows(result) if len({d.document.group for d in result.documents}) > 1 else [],
        charts=charts(result), inputs=signature.inputs[:MAX_INPUTS],
        more_inputs=max(0, len(signature.inputs) - MAX_INPUTS), explanations=explanations,
        index=script_json(_index(result, checks)), views=views, glyph=SEVERITY_GLYPH,
    ):
        stream.write(chunk)


HTML_REPORTER = Reporter(
    format="html", suffixes=(".html", ".htm"), render=render_html,
    description="One self-contained page: charts, a filterable table and each document with its findings highlighted.",
)

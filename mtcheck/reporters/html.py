"""The ``html`` report: one self-contained page an editor reads to fix a feed.

The page has an overview (run signature, totals, charts, a sortable and
filterable table of documents) and a view per document (``report.html#doc=<id>``)
with each finding highlighted in the text, a findings panel with the evidence
and the check's explanation, and for ``align`` results the source and target
side by side.

Scraped text is hostile, so:

- the page template is Jinja2 with autoescape, and no input is marked safe;
- the only HTML built from input in Python is ``html_highlight.highlight``,
  from pieces it escapes itself; the page's script inserts that HTML and
  nothing else as markup, building everything else with ``textContent``;
- data for the script is JSON written by ``script_json``, which escapes ``<``,
  U+2028/2029 and lone surrogates so nothing can close a ``<script>`` element;
- a Content-Security-Policy allows only the page's own script and stylesheet
  (by hash) and ``data:`` images: nothing is fetched, no injected script runs.

Each document's data sits in its own ``<script type="application/json">``
element and is parsed only when the document is opened, so a report of 10,000
documents opens as fast as the table of its first page can be drawn. Offsets
never reach the browser: all slicing is done here, in code points.
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
from .text import check_rows, group_rows, severity_counts, totals_text

#: a shape per severity, so severity never rests on colour alone
SEVERITY_GLYPH = {
    "error": "\N{BLACK SQUARE}",
    "warning": "\N{BLACK UP-POINTING TRIANGLE}",
    "info": "\N{BLACK CIRCLE}",
}
#: order of severities in the page's filters and counts (the index is the code the script uses)
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


def _finding_row(finding: Finding, position: tuple[int, int], check: int, in_text: bool) -> list[Any]:
    """One finding as the script reads it (see ``FINDING`` in report.js for the fields)."""
    return [
        finding.code, check, SEVERITY_ORDER.index(finding.severity.value), finding.message, finding.excerpt,
        finding.suggestion, *position, finding.side, finding.segment, round(float(finding.confidence), 2),
        finding.language, [[str(k), _value(v)] for k, v in finding.evidence.items()], int(in_text),
        int(getattr(finding, "baselined", False)),
    ]


def document_data(doc: DocumentResult, check_at: dict[str, int], source_language: str) -> dict[str, Any]:
    """What the page needs to show one document: highlighted text (or align rows) and findings.

    ``text`` (and each align cell) is the HTML of ``highlight``; everything else is
    plain data the script writes with ``textContent``.
    """
    text = doc.document.text
    data: dict[str, Any] = {"mt": doc.mt_likelihood, "group": doc.document.group}
    if doc.pairs is not None:
        rows, whole = align_rows(doc, source_language)
        data["align"] = [[r["number"], r["source_numbers"], r["source"], r["similarity"], r["band"],
                          r["target_numbers"], r["target"]] for r in rows]
        data["source"] = doc.source.origin if doc.source is not None else None
    else:
        marks = [Mark(f.start, f.end, k, f.check, f.severity.value, text[f.start:f.end] == f.excerpt)
                 for k, f in enumerate(doc.findings)]
        data["text"], whole = highlight(text, marks), placed_whole(text, marks)
    indexes = {"target": LineIndex(text)}
    if doc.source is not None:
        indexes["source"] = LineIndex(doc.source.text)
    data["findings"] = [
        _finding_row(f, indexes["source" if f.side == "source" and doc.source is not None else "target"]
                     .position(f.start), check_at[f.check], k in whole)
        for k, f in enumerate(doc.findings)
    ]
    return data


def _index(result: RunResult, checks: list[str], explained: list[bool]) -> dict[str, Any]:
    """What the script needs for the documents table, as compact rows (see ``DOC`` in report.js)."""
    check_at = {name: i for i, name in enumerate(checks)}
    groups: dict[str, int] = {}
    rows = []
    for doc in result.documents:
        codes = sorted({check_at[f.check] * 3 + SEVERITY_ORDER.index(f.severity.value) for f in doc.findings})
        d = doc.document
        rows.append([
            d.id, d.origin, d.title or "", doc.language or "", None if doc.error else round(doc.score, 1),
            doc.error or "", groups.setdefault(d.group, len(groups)),
            *severity_counts(doc.findings).values(), codes,
        ])
    return {"severities": SEVERITY_ORDER, "glyphs": [SEVERITY_GLYPH[s] for s in SEVERITY_ORDER],
            "checks": checks, "explained": explained, "groups": list(groups), "docs": rows}


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
    """Write the report page; each document's data is built and written out in turn."""
    env = _environment()
    checks = list(result.by_check())
    check_at = {name: i for i, name in enumerate(checks)}
    explanations = [_explanation(name) for name in checks]
    css, style_hash = _asset(env, "report.css")
    js, script_hash = _asset(env, "report.js")
    csp = (f"default-src 'none'; script-src {script_hash}; style-src {style_hash}; img-src data:; "
           "base-uri 'none'; form-action 'none'")
    signature = result.signature
    by_severity = result.by_severity()
    documents: Iterator[tuple[int, Markup]] = (
        (n, script_json(document_data(doc, check_at, signature.source_lang)))
        for n, doc in enumerate(result.documents)
    )
    template = env.get_template("report.html.j2")
    for chunk in template.generate(
        csp=csp, css=css, js=js, signature=signature, date=_report_date(), totals=totals_text(result),
        result=result, severities=[(s, SEVERITY_GLYPH[s], by_severity.get(s, 0)) for s in SEVERITY_ORDER],
        check_rows=check_rows(result), check_at=check_at, by_check=result.by_check(),
        groups=group_rows(result) if len({d.document.group for d in result.documents}) > 1 else [],
        charts=charts(result), inputs=signature.inputs[:MAX_INPUTS],
        more_inputs=max(0, len(signature.inputs) - MAX_INPUTS), explanations=explanations,
        index=script_json(_index(result, checks, [e is not None for e in explanations])), documents=documents,
    ):
        stream.write(chunk)


HTML_REPORTER = Reporter(
    format="html", suffixes=(".html", ".htm"), render=render_html,
    description="One self-contained page: charts, a filterable table and each document with its findings highlighted.",
)

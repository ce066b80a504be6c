"""Rule documentation rendered from the check registry (``mtcheck rules`` / ``explain``).

Everything shown here comes from the checks' declared metadata and docstrings,
so the docs cannot drift from the code.
"""

from __future__ import annotations

import inspect
import json
import re
from dataclasses import fields
from typing import Sequence

from .checks import ALL_CHECKS
from .checks.base import DOC_SECTIONS, MARK_CLOSE, MARK_OPEN, Check, NoOptions


def doc_sections(check: type[Check]) -> dict[str, str]:
    """The docstring split into its summary and named sections."""
    doc = inspect.cleandoc(check.__doc__ or "")
    lines = doc.splitlines()
    sections: dict[str, list[str]] = {"Summary": []}
    current = "Summary"
    heading = re.compile(r"^(%s):?\s*$" % "|".join(map(re.escape, DOC_SECTIONS)))
    for line in lines:
        match = heading.match(line.strip())
        if match:
            current = match.group(1)
            sections[current] = []
            continue
        if set(line.strip()) <= set("-=") and line.strip():
            continue  # underline of a heading
        sections.setdefault(current, []).append(line)
    return {k: "\n".join(v).strip() for k, v in sections.items()}


def options_table(check: type[Check]) -> list[tuple[str, str, str]]:
    """(name, default, type) of each option."""
    if check.Options is NoOptions:
        return []
    return [(f.name.replace("_", "-"), repr(f.default), str(f.type)) for f in fields(check.Options)]


def rules_rows(checks: Sequence[type[Check]] = ALL_CHECKS) -> list[dict[str, str]]:
    return [
        {"code": c.code, "name": c.name, "severity": c.severity.value, "scope": c.scope.value, "summary": c.summary()}
        for c in checks
    ]


def rules_json(checks: Sequence[type[Check]] = ALL_CHECKS) -> str:
    return json.dumps(rules_rows(checks), indent=2, ensure_ascii=False) + "\n"


def rules_markdown(checks: Sequence[type[Check]] = ALL_CHECKS) -> str:
    """The checks table for the README (``mtcheck rules --format markdown``)."""
    out = ["| code | name | severity | scope | what it finds |", "|---|---|---|---|---|"]
    for row in rules_rows(checks):
        summary = row["summary"].replace("|", "\\|")
        out.append(f"| {row['code']} | `{row['name']}` | {row['severity']} | {row['scope']} | {summary} |")
    return "\n".join(out) + "\n"


def rules_text(checks: Sequence[type[Check]] = ALL_CHECKS) -> str:
    rows = rules_rows(checks)
    width = max((len(r["name"]) for r in rows), default=4)
    out = [f"{'code':6} {'name':{width}} {'severity':8} summary"]
    for r in rows:
        out.append(f"{r['code']:6} {r['name']:{width}} {r['severity']:8} {r['summary']}")
    return "\n".join(out) + "\n"


def render_example(text: str) -> str:
    """An example with its marked spans shown as ``[[…]]`` for a terminal."""
    return text.replace(MARK_OPEN, "[[").replace(MARK_CLOSE, "]]")


def _example_lines(example) -> list[str]:
    """An example as indented lines; a pair check's example shows its source, then its translation."""
    if example.source is None:
        return [f"  {render_example(example.text)}"]
    return [f"  source: {render_example(example.source)}", f"  target: {render_example(example.text)}"]


def explain(check: type[Check]) -> str:
    """The full explanation of one check, with a bad and a good example."""
    sections = doc_sections(check)
    out = [f"{check.code} {check.name} ({check.severity.value}, scope: {check.scope.value})", "", sections["Summary"], ""]
    for name in DOC_SECTIONS:
        body = sections.get(name, "").strip()
        if name == "Example":
            continue
        if name == "Options":
            table = options_table(check)
            body = "\n".join(f"  {n} = {d}" for n, d, _ in table) + ("\n" + body if body else "") if table else (body or "None.")
        if body:
            out += [f"{name}:", body, ""]
    flagged = [e for e in check.examples if e.flagged]
    clean = [e for e in check.examples if not e.flagged]
    if flagged:
        out += ["Flagged (span in [[...]]):"] + [line for e in flagged for line in _example_lines(e)] + [""]
    if clean:
        out += ["Clean:"] + [line for e in clean for line in _example_lines(e)] + [""]
    example_text = sections.get("Example", "").strip()
    if example_text:
        out += ["Example:", example_text, ""]
    return "\n".join(out).rstrip() + "\n"

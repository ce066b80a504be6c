"""The ``sarif`` report: SARIF 2.1.0 for code-scanning tools (GitHub code scanning, IDE viewers).

One run. ``tool.driver.rules`` lists every check the run enabled, from the
registry, with its summary, what it does and why, and the full ``mtcheck
explain`` text as help. Each result carries the rule, a level (``info`` maps to
SARIF's ``note``), the message, the file location with a region in Unicode code
points (``columnKind: unicodeCodePoints``) and a ``partialFingerprints`` entry:
the baseline fingerprint, which survives edits elsewhere in the text, so code
scanning tracks a finding from run to run. With ``--baseline``, results carry
``baselineState`` (``unchanged`` for baselined findings, ``new`` otherwise).
Documents that could not be read are tool execution notifications, not results.
"""

from __future__ import annotations

import json
from typing import IO, Any, Sequence

from ..baseline import Fingerprinter
from ..checks import ALL_CHECKS
from ..checks.base import Check
from ..explain import doc_sections, explain
from ..model import Finding, RunResult, Severity
from .base import Reporter
from .locations import FileLocation, FileLocator, file_uri, is_file_path

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
#: the key of mtcheck's fingerprint in ``partialFingerprints`` (versioned: a new scheme gets a new key)
FINGERPRINT_KEY = "mtcheckFingerprint/v1"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _rule(check: type[Check]) -> dict[str, Any]:
    """A reportingDescriptor for one registered check."""
    sections = doc_sections(check)
    full = "\n\n".join(s for s in (sections.get("What it does"), sections.get("Why it matters")) if s)
    return {
        "id": check.code,
        "name": check.name,
        "shortDescription": {"text": check.summary()},
        "fullDescription": {"text": full or check.summary()},
        "help": {"text": explain(check)},
        "defaultConfiguration": {"level": LEVELS[check.severity]},
        "properties": {"scope": check.scope.value, "tags": ["machine-translation", check.name]},
    }


def rules_for(result: RunResult, registry: Sequence[type[Check]] = ALL_CHECKS) -> list[dict[str, Any]]:
    """Rules for every enabled check, in registry order, then any check found but not registered."""
    enabled = set(result.signature.checks)
    rules = [_rule(c) for c in registry if c.name in enabled]
    known = {r["id"] for r in rules}
    for finding in result.findings:
        if finding.code not in known:
            known.add(finding.code)
            rules.append({"id": finding.code, "name": finding.check, "shortDescription": {"text": finding.check},
                          "defaultConfiguration": {"level": LEVELS[finding.severity]}})
    return rules


def _physical(location: FileLocation) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": location.uri}}
    if location.exact:
        physical["region"] = {
            "startLine": location.line, "startColumn": location.column,
            "endLine": location.end_line, "endColumn": location.end_column,
            "charOffset": location.char_offset, "charLength": location.char_length,
        }
    elif location.line is not None:
        physical["region"] = {"startLine": location.line}
    return physical


def _result(finding: Finding, location: FileLocation, rule_index: int, fingerprint: str,
            document: str, with_baseline: bool) -> dict[str, Any]:
    physical = _physical(location)
    if "region" in physical and location.exact:
        physical["region"]["snippet"] = {"text": finding.excerpt}
    data: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": rule_index,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [{"physicalLocation": physical}],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint},
    }
    if with_baseline:
        data["baselineState"] = "unchanged" if finding.baselined else "new"
    properties: dict[str, Any] = {
        "check": finding.check, "document": document, "excerpt": finding.excerpt,
        "confidence": round(float(finding.confidence), 4), "start": finding.start, "end": finding.end,
        "textLine": location.text_line, "textColumn": location.text_column,
    }
    if finding.suggestion is not None:
        properties["suggestion"] = finding.suggestion
    if finding.side is not None:
        properties["side"] = finding.side
    data["properties"] = properties
    return data


def sarif_log(result: RunResult, registry: Sequence[type[Check]] = ALL_CHECKS) -> dict[str, Any]:
    """The whole SARIF log as plain data."""
    rules = rules_for(result, registry)
    index = {r["id"]: i for i, r in enumerate(rules)}
    prints = Fingerprinter()  # in the same pass: a spooled result's findings are new objects on each pass
    results, notifications = [], []
    for doc in result.documents:
        locator = FileLocator(doc)
        if doc.error:
            notification: dict[str, Any] = {"level": "error", "message": {"text": f"{doc.document.id}: {doc.error}"}}
            path = locator.document_path()
            if is_file_path(path):
                notification["locations"] = [{"physicalLocation": {"artifactLocation": {"uri": file_uri(path)}}}]
            notifications.append(notification)
        for finding in doc.findings:
            results.append(_result(finding, locator.locate(finding), index[finding.code],
                                   prints.entry(doc.document.id, finding).fingerprint,
                                   doc.document.id, result.baseline is not None))
    properties: dict[str, Any] = {"signature": result.signature.as_text(),
                                  "failOn": result.fail_on.value if result.fail_on else "never"}
    if result.min_score is not None:
        properties["minScore"] = result.min_score
    if result.baseline is not None:
        properties["baseline"] = {"file": result.baseline.path, "baselined": result.baseline.baselined,
                                  "fixed": [dict(f) for f in result.baseline.fixed]}
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [{
            "tool": {"driver": {
                "name": "mtcheck", "version": result.signature.version,
                "semanticVersion": result.signature.version, "rules": rules,
            }},
            "invocations": [{"executionSuccessful": True, "toolExecutionNotifications": notifications}],
            "columnKind": "unicodeCodePoints",
            "results": results,
            "properties": properties,
        }],
    }


def render_sarif(result: RunResult, stream: IO[str]) -> None:
    """Write the SARIF log, indented, non-ASCII kept, ending with a newline."""
    stream.write(json.dumps(sarif_log(result), indent=2, ensure_ascii=False) + "\n")


SARIF_REPORTER = Reporter(
    format="sarif", suffixes=(".sarif",), render=render_sarif,
    description="SARIF 2.1.0 for code scanning: every enabled rule, located results, stable fingerprints.",
)

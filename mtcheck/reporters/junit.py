"""The ``junit`` report: JUnit XML for CI test viewers (GitLab, Jenkins, Azure, CircleCI).

One ``<testsuite>`` per input (the document's group: the file, folder or site
it came from), one ``<testcase>`` per document, and one ``<failure>`` per
finding at or above ``--fail-on`` that is not baselined. A document that could
not be read or audited gets an ``<error>``. Findings below the threshold and
baselined ones are listed in the test case's ``<system-out>``, so nothing is
hidden from someone who opens the case. With ``--min-score``, a document
below the score fails with a ``<failure type="min-score">``.

Scraped text may hold characters XML 1.0 cannot carry (control characters);
they are replaced by U+FFFD so the file always parses.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import IO

from ..model import DocumentResult, Finding, RunResult
from .base import Reporter
from .locations import FileLocator

#: characters XML 1.0 forbids (C0 controls but tab and newlines, surrogates, U+FFFE/U+FFFF)
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
#: the suite of documents without a group
DEFAULT_SUITE = "mtcheck"


def xml_text(text: str) -> str:
    """``text`` with characters XML 1.0 cannot hold replaced."""
    return _NOT_XML.sub("\N{REPLACEMENT CHARACTER}", text)


def _failing(finding: Finding, result: RunResult) -> bool:
    return (not finding.baselined and result.fail_on is not None
            and finding.severity.rank >= result.fail_on.rank)


def _describe(finding: Finding, locator: FileLocator) -> str:
    """``path:line:col: CODE [severity] message`` then the excerpt, as the text report writes it."""
    location = locator.locate(finding)
    where = f"{location.path}:{location.text_line}:{location.text_column}"
    state = ", baselined" if finding.baselined else ""
    return f"{where}: {finding.code} [{finding.severity.value}{state}] {finding.message}\n    {finding.excerpt}"


def _below_min_score(doc: DocumentResult, result: RunResult) -> bool:
    score = doc.score if doc.gate_score is None else doc.gate_score
    return result.min_score is not None and doc.error is None and score < result.min_score


def _testcase(doc: DocumentResult, result: RunResult, suite: str) -> tuple[ET.Element, int, int]:
    """The test case of one document, with its number of failures and errors."""
    locator = FileLocator(doc)
    case = ET.Element("testcase", {"classname": xml_text(suite), "name": xml_text(doc.document.id),
                                    "file": xml_text(locator.document_path()), "time": "0"})
    failures = errors = 0
    if doc.error:
        error = ET.SubElement(case, "error", {"type": "unreadable" if not doc.document.text else "audit-error",
                                              "message": xml_text(doc.error)})
        error.text = xml_text(doc.error)
        errors += 1
    notes = []
    for finding in doc.findings:
        if _failing(finding, result):
            failure = ET.SubElement(case, "failure", {"type": finding.check,
                                                      "message": xml_text(f"{finding.code} {finding.message}")})
            failure.text = xml_text(_describe(finding, locator))
            failures += 1
        else:
            notes.append(_describe(finding, locator))
    if _below_min_score(doc, result):
        score = doc.score if doc.gate_score is None else doc.gate_score
        message = f"score {score:.1f} is below --min-score {result.min_score:g}"
        ET.SubElement(case, "failure", {"type": "min-score", "message": message}).text = message
        failures += 1
    if notes:
        ET.SubElement(case, "system-out").text = xml_text("\n".join(notes))
    return case, failures, errors


def junit_tree(result: RunResult) -> ET.Element:
    """The ``<testsuites>`` element of the whole run."""
    suites: dict[str, list[DocumentResult]] = {}
    for doc in result.documents:
        suites.setdefault(doc.document.group or DEFAULT_SUITE, []).append(doc)
    root = ET.Element("testsuites", {"name": "mtcheck"})
    totals = {"tests": 0, "failures": 0, "errors": 0}
    for name, docs in suites.items():
        suite = ET.SubElement(root, "testsuite", {"name": xml_text(name)})
        counts = {"tests": 0, "failures": 0, "errors": 0}
        properties = ET.SubElement(suite, "properties")
        ET.SubElement(properties, "property", {"name": "mtcheck.signature", "value": result.signature.as_text()})
        for doc in docs:
            case, failures, errors = _testcase(doc, result, name)
            suite.append(case)
            counts["tests"] += 1
            counts["failures"] += failures
            counts["errors"] += errors
        for key, value in counts.items():
            suite.set(key, str(value))
            totals[key] += value
        suite.set("skipped", "0")
        suite.set("time", "0")
    for key, value in totals.items():
        root.set(key, str(value))
    root.set("time", "0")
    return root


def render_junit(result: RunResult, stream: IO[str]) -> None:
    """Write the JUnit XML document, UTF-8, indented."""
    tree = junit_tree(result)
    ET.indent(tree)
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    stream.write(ET.tostring(tree, encoding="unicode"))
    stream.write("\n")


JUNIT_REPORTER = Reporter(
    format="junit", suffixes=(".xml",), render=render_junit,
    description="JUnit XML: a test suite per input, a test case per document, a failure per failing finding.",
)

"""Baselines: accept the findings a corpus has today, fail only on new ones.

``mtcheck audit --write-baseline FILE`` records a fingerprint of every finding;
``--baseline FILE`` marks the findings found in it as baselined (reported, but
never failing the run) and lists the recorded ones that are gone, so the file
can be tightened by writing it again.

A fingerprint hashes what survives edits elsewhere in the text: the document
id, the check, the normalised excerpt and the occurrence index (the how-manieth
finding of that check with that excerpt in that document). Offsets and line
numbers are left out on purpose: inserting a paragraph above a finding moves it
without changing it. The same fingerprint identifies a finding across runs in
SARIF (``partialFingerprints``).
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Iterator, Mapping

from . import __version__
from .model import BaselineStatus, DocumentResult, Finding, RunResult
from .scoring import document_score

#: the ``mtcheck_baseline`` value of the file format this module reads and writes
BASELINE_FORMAT = 1
#: hex digits kept of the SHA-256 (80 bits: no collision in any real corpus)
FINGERPRINT_DIGITS = 20
_SPACE = re.compile(r"\s+")


class BaselineError(ValueError):
    """A baseline file that cannot be used; the message says how to fix it."""


@dataclass(frozen=True)
class Entry:
    """One finding as a baseline stores it."""

    fingerprint: str
    document: str
    check: str
    excerpt: str
    occurrence: int

    def as_dict(self) -> dict[str, Any]:
        return {"fingerprint": self.fingerprint, "document": self.document, "check": self.check,
                "excerpt": self.excerpt, "occurrence": self.occurrence}


def normalise_excerpt(excerpt: str) -> str:
    """The excerpt with Unicode composed (NFC) and runs of white space made one space.

    Case and punctuation are kept: they are what most checks are about.
    """
    return _SPACE.sub(" ", unicodedata.normalize("NFC", excerpt)).strip()


def fingerprint(document: str, check: str, excerpt: str, occurrence: int, side: str | None = None) -> str:
    """The stable fingerprint of one finding (hex)."""
    parts = [document, check, normalise_excerpt(excerpt), str(occurrence)]
    if side is not None:
        parts.append(side)
    digest = hashlib.sha256("\N{NULL}".join(parts).encode("utf-8")).hexdigest()
    return digest[:FINGERPRINT_DIGITS]


class Fingerprinter:
    """Baseline entries of findings met in the run's order, one pass over the run at a time.

    Occurrences are counted per document id over the whole run, so two documents
    that share an id (the same file name in two folders) still get distinct
    fingerprints. Reporters reading a spooled result (whose finding objects are
    new on every pass) fingerprint findings as they meet them with one of these.
    """

    def __init__(self) -> None:
        self._seen: dict[tuple[str, str, str, str | None], int] = {}

    def entry(self, document_id: str, finding: Finding) -> Entry:
        """The entry of the next finding of the pass, in document ``document_id``."""
        excerpt = normalise_excerpt(finding.excerpt)
        key = (document_id, finding.check, excerpt, finding.side)
        occurrence = self._seen.get(key, 0)
        self._seen[key] = occurrence + 1
        digest = fingerprint(document_id, finding.check, finding.excerpt, occurrence, finding.side)
        return Entry(digest, document_id, finding.check, excerpt, occurrence)


def entries(result: RunResult) -> Iterator[tuple[DocumentResult, Finding, Entry]]:
    """Every finding of the run with its baseline entry, in the run's order (see ``Fingerprinter``)."""
    prints = Fingerprinter()
    for doc in result.documents:
        for finding in doc.findings:
            yield doc, finding, prints.entry(doc.document.id, finding)


def baseline_data(result: RunResult) -> dict[str, Any]:
    """The baseline file's content for every finding of ``result``, sorted so diffs stay small."""
    rows = sorted((e for _, _, e in entries(result)),
                  key=lambda e: (e.document, e.check, e.excerpt, e.occurrence, e.fingerprint))
    return {
        "mtcheck_baseline": BASELINE_FORMAT,
        "mtcheck_version": __version__,
        "findings": [e.as_dict() for e in rows],
    }


def dumps_baseline(result: RunResult) -> str:
    """The baseline file's text: indented JSON, non-ASCII kept, ending with a newline."""
    return json.dumps(baseline_data(result), indent=2, ensure_ascii=False) + "\n"


def read_baseline(path: str | Path) -> list[Mapping[str, Any]]:
    """The entries of a baseline file, checked; raises BaselineError saying how to fix a bad file."""
    path = Path(path)
    remedy = "write one with 'mtcheck audit INPUT... --write-baseline FILE'"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(f"baseline file '{path}' does not exist; {remedy}") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BaselineError(f"baseline file '{path}' cannot be read ({exc}); {remedy}") from None
    if not isinstance(data, dict) or data.get("mtcheck_baseline") != BASELINE_FORMAT:
        raise BaselineError(f"'{path}' is not an mtcheck baseline (format {BASELINE_FORMAT}); {remedy}")
    rows = data.get("findings")
    if not isinstance(rows, list) or not all(
        isinstance(r, dict) and isinstance(r.get("fingerprint"), str) and isinstance(r.get("document"), str)
        for r in rows
    ):
        raise BaselineError(f"baseline '{path}' has a malformed 'findings' list; {remedy}")
    return rows


def apply_baseline(result: RunResult, rows: list[Mapping[str, Any]], path: str) -> RunResult:
    """``result`` with the findings recorded in ``rows`` marked baselined.

    Each audited document gets a ``gate_score`` counting only its new findings.
    Recorded findings of documents that this run did not audit are not counted
    as fixed: a run over a few changed files (a pre-commit hook) says nothing
    about the others.
    """
    recorded = {r["fingerprint"] for r in rows}
    found: set[str] = set()
    marked: dict[int, Finding] = {}
    for _, finding, entry in entries(result):
        if entry.fingerprint in recorded:
            found.add(entry.fingerprint)
            marked[id(finding)] = replace(finding, baselined=True)
    documents = []
    for doc in result.documents:
        findings = tuple(marked.get(id(f), f) for f in doc.findings)
        gate = None if doc.error and not doc.document.text else document_score(
            [f for f in findings if not f.baselined], doc.words)
        documents.append(replace(doc, findings=findings, gate_score=gate))
    audited = {d.document.id for d in result.documents}
    fixed = tuple(dict(r) for r in rows if r["document"] in audited and r["fingerprint"] not in found)
    status = BaselineStatus(path=path, baselined=len(marked), fixed=fixed)
    return replace(result, documents=tuple(documents), baseline=status)

"""The negative corpus: text that looks wrong to a naive checker but is fine.

Every file in tests/negative/ goes through the real runner (language
detection included, so French files skip the English-only checks) with all
the quote and typography checks and mojibake selected. None may produce a
warning or an error; files with settings in settings.yaml (UK punctuation)
may produce no finding at all.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from mtcheck.checks import ALL_CHECKS
from mtcheck.config import Settings
from mtcheck.model import DocumentResult, Severity
from mtcheck.readers.base import plain_text_document
from mtcheck.runner import Auditor

NEGATIVE = Path(__file__).with_name("negative")
FILE_SETTINGS = yaml.safe_load((NEGATIVE / "settings.yaml").read_text(encoding="utf-8")) or {}
#: the quote and typography family (QT) and the encoding family (EN)
CHECKED = tuple(c.name for c in ALL_CHECKS if c.code.startswith(("QT", "EN")))
FILES = sorted(NEGATIVE.glob("*.txt"))
FRENCH = [p for p in FILES if p.stem.startswith("french_")]


def audit(text: str, name: str = "") -> DocumentResult:
    """Audit ``text`` through the runner with the checked families and the file's settings."""
    settings = Settings(select=CHECKED, **FILE_SETTINGS.get(name, {}))
    document = plain_text_document(text, id=name or "text", origin=name or "<text>")
    return Auditor.from_settings(settings).audit(document)


def test_corpus_and_selection_are_complete():
    assert len(FILES) >= 8 and FRENCH
    assert {"glued-quote", "capital-after-quote", "unbalanced-quotes", "title-case-quote",
            "quote-punctuation", "source-typography", "mojibake"} <= set(CHECKED)
    assert set(FILE_SETTINGS) <= {p.name for p in FILES}, "settings.yaml names a missing file"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_no_warning_or_error_on_text_that_is_fine(path):
    result = audit(path.read_text(encoding="utf-8"), path.name)
    assert result.error is None
    loud = [(f.check, f.excerpt, f.message) for f in result.findings if f.severity.rank >= Severity.WARNING.rank]
    assert loud == []
    if path.name in FILE_SETTINGS:
        assert [(f.check, f.excerpt) for f in result.findings] == []


@pytest.mark.parametrize("path", FRENCH, ids=lambda p: p.stem)
def test_french_files_skip_english_checks_but_not_mojibake(path):
    text = path.read_text(encoding="utf-8")
    assert audit(text).language == "fr"
    damaged = audit(text.replace("é", "Ã©", 1))
    assert damaged.language == "fr"
    assert [f.check for f in damaged.findings] == ["mojibake"]

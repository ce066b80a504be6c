"""Core pieces: selection, configuration layers, scoring, the library API."""

from __future__ import annotations

import pytest

import mtcheck
from mtcheck.checks import ALL_CHECKS
from mtcheck.config import ConfigError, load_settings
from mtcheck.model import Finding, Severity
from mtcheck.scoring import document_score
from mtcheck.selection import SelectionError, select_checks


def names(checks):
    return {c.name for c in checks}


def test_selection_by_code_prefix_name_and_most_specific_wins():
    assert names(select_checks(ALL_CHECKS, ["QT101"])) == {"glued-quote"}
    quote_checks = names(select_checks(ALL_CHECKS, ["QT"]))
    assert "glued-quote" in quote_checks and "mojibake" not in quote_checks
    assert names(select_checks(ALL_CHECKS, ["QT"], ["QT105"])) == quote_checks - {"quote-punctuation"}
    assert names(select_checks(ALL_CHECKS, ["QT105"], ["QT"])) == {"quote-punctuation"}
    assert "mojibake" not in names(select_checks(ALL_CHECKS, [], ["mojibake"]))
    assert names(select_checks(ALL_CHECKS)) == names(ALL_CHECKS)


def test_selection_typo_is_an_error_with_a_hint():
    with pytest.raises(SelectionError, match="did you mean 'mojibake'"):
        select_checks(ALL_CHECKS, ["mojibak"])


def test_config_layers_remember_their_source(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.mtcheck]\nfail-on = "warning"\nenglish-style = "uk"\n')
    settings = load_settings(cwd=tmp_path, environ={"MTCHECK_FAIL_ON": "info"}, overrides={"english_style": "us"})
    assert settings.fail_on == "info" and settings.source_of("fail_on") == "environment variable MTCHECK_FAIL_ON"
    assert settings.english_style == "us" and settings.source_of("english_style") == "command line"
    assert settings.source_of("target_lang") == "default"


def test_config_nearest_pyproject_wins_over_mtcheck_toml(tmp_path):
    (tmp_path / "mtcheck.toml").write_text('fail-on = "info"\n')
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "pyproject.toml").write_text('[tool.mtcheck]\nfail-on = "warning"\n')
    assert load_settings(cwd=sub, environ={}).fail_on == "warning"
    assert load_settings(cwd=tmp_path, environ={}).fail_on == "info"


def test_config_unknown_key(tmp_path):
    path = tmp_path / "m.toml"
    path.write_text("selct = ['QT']\n")
    with pytest.raises(ConfigError, match="did you mean 'select'"):
        load_settings(path)


def _finding(severity: Severity, confidence: float = 1.0) -> Finding:
    return Finding("QT101", "glued-quote", severity, 0, 1, "x", "m", confidence=confidence)


def test_score_formula():
    assert document_score([], 600) == 100.0
    assert 89 < document_score([_finding(Severity.ERROR)], 600) < 92
    assert 96 < document_score([_finding(Severity.WARNING)], 600) < 98
    assert document_score([_finding(Severity.ERROR)], 10) < document_score([_finding(Severity.ERROR)], 1000)
    assert document_score([_finding(Severity.ERROR, 0.5)], 600) > document_score([_finding(Severity.ERROR)], 600)


def test_audit_text_api():
    result = mtcheck.audit_text("The minister praised the firefighters“True Heroes” and left.", select="glued-quote")
    assert [f.check for f in result.findings] == ["glued-quote"]
    finding = result.findings[0]
    assert result.document.text[finding.start:finding.end] == finding.excerpt
    assert result.score < 100


def test_audit_documents_api_accepts_strings_mappings_and_keeps_order():
    run = mtcheck.audit_documents(
        ["Fine text here.", {"id": "b", "title": "A title", "text": "Another “glued”text."}], select="QT"
    )
    assert [d.document.id for d in run.documents] == ["doc-1", "b"]
    assert run.documents[1].document.title == "A title"
    assert run.documents[1].document.text.startswith("A title\n\n")


def test_a_failing_check_becomes_a_document_error(monkeypatch):
    from mtcheck.checks.typography import GluedQuote

    def broken(self, ctx):
        raise RuntimeError("boom")

    monkeypatch.setattr(GluedQuote, "run", broken)
    result = mtcheck.audit_text("Some “quoted”text.", select="QT")
    assert "glued-quote failed" in result.error

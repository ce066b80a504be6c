"""The command line through typer's CliRunner: exit codes, formats, config, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mtcheck import __version__
from mtcheck.checks import ALL_CHECKS
from mtcheck.cli import app

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "corpora" / "examples" / "article.txt"
runner = CliRunner()

CLEAN = "The council approved the budget on Tuesday. Work on the new bridge starts in May.\n"
GLUED = "The minister praised the firefighters“True Heroes” and left.\n"


def invoke(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    """An empty working directory, so no pyproject.toml of the repository is picked up."""
    monkeypatch.chdir(tmp_path)
    for name in list(__import__("os").environ):
        if name.startswith("MTCHECK_"):
            monkeypatch.delenv(name)
    return tmp_path


def test_version():
    result = invoke("--version")
    assert result.exit_code == 0
    assert __version__ in result.output


def test_audit_example_article_reports_findings_and_exits_1(workdir):
    result = invoke("audit", str(ARTICLE))
    assert result.exit_code == 1, result.output
    assert "glued-quote" in result.output
    assert "article.txt:" in result.output


def test_fail_on_never_exits_0_with_findings(workdir):
    result = invoke("audit", str(ARTICLE), "--fail-on", "never")
    assert result.exit_code == 0
    assert "glued-quote" in result.output


def test_clean_text_from_stdin_exits_0(workdir):
    result = invoke("audit", "-", input=CLEAN)
    assert result.exit_code == 0, result.output


def test_warning_fails_only_with_fail_on_warning(workdir):
    (workdir / "a.txt").write_text(GLUED, encoding="utf-8")
    assert invoke("audit", "a.txt", "--select", "glued-quote").exit_code == 0  # a warning, fail-on error
    assert invoke("audit", "a.txt", "--select", "glued-quote", "--fail-on", "warning").exit_code == 1


def test_min_score(workdir):
    (workdir / "a.txt").write_text(GLUED, encoding="utf-8")
    assert invoke("audit", "a.txt", "--fail-on", "never", "--min-score", "99.9").exit_code == 1
    assert invoke("audit", "a.txt", "--fail-on", "never", "--min-score", "0").exit_code == 0


@pytest.mark.parametrize(
    "args, message",
    [
        (["audit", "missing.txt"], "does not exist"),
        (["audit", "-", "--select", "glued-qoute"], "did you mean 'glued-quote'"),
        (["audit", "-", "--format", "yaml"], "unknown format 'yaml'"),
        (["audit", "-", "-o", "out.docx"], "cannot tell the format"),
        (["audit", "-", "--fail-on", "fatal"], "fail-on"),
        (["audit", "-", "--min-score", "120"], "min-score"),
        (["audit", "-", "--english-style", "au"], "english-style"),
        (["audit", "-", "--device", "gpu"], "auto, cpu, cuda, cuda:N, mps"),
        (["align", "a.txt", "b.txt", "--device", "tpu"], "auto, cpu, cuda, cuda:N, mps"),
        (["explain", "no-such-check"], "mtcheck rules"),
        (["rules", "--format", "yaml"], "unknown format"),
    ],
)
def test_usage_errors_exit_2_with_a_fix(workdir, args, message):
    result = invoke(*args, input=CLEAN)
    assert result.exit_code == 2, result.output
    assert message in result.output


@pytest.mark.skipif(__import__("importlib").util.find_spec("sentence_transformers") is None,
                    reason="sentence-transformers not installed")
def test_a_missing_model_is_one_usage_error_before_the_run(workdir):
    (workdir / "a.txt").write_text(CLEAN, encoding="utf-8")
    (workdir / "b.txt").write_text(CLEAN, encoding="utf-8")
    result = invoke("audit", "a.txt", "b.txt", "--encoder", "st:no-such-org/no-such-model-xyz", "--format", "json")
    assert result.exit_code == 2, result.output
    assert result.output.count("was not found locally") == 1 and "st:/path/to/model" in result.output
    assert not result.stdout.strip().startswith("{"), "no report is written for a run that never started"


def test_a_model_encoder_is_not_loaded_when_no_selected_check_needs_it(workdir):
    result = invoke("audit", "-", "--encoder", "st:no-such-org/no-such-model-xyz", "--select", "glued-quote",
                    input=GLUED)
    assert result.exit_code == 0, result.output  # a warning, below --fail-on error: the run went through
    assert "glued-quote" in result.output


def test_json_output_follows_the_contract(workdir):
    result = invoke("audit", str(ARTICLE), "--format", "json")
    data = json.loads(result.stdout)
    assert data["schema"] == 1 and data["mtcheck_version"] == __version__
    document = data["documents"][0]
    assert document["findings"], "the example article has artifacts"
    for finding in document["findings"]:
        assert document["text"][finding["start"]:finding["end"]] == finding["excerpt"]
    assert data["summary"]["findings"] == len(document["findings"])


def test_outputs_follow_their_suffix(workdir):
    result = invoke("audit", str(ARTICLE), "-o", "r.json", "-o", "r.csv", "-o", "r.md", "-o", "r.jsonl", "--quiet")
    assert result.exit_code == 1
    assert json.loads((workdir / "r.json").read_text())["schema"] == 1
    assert (workdir / "r.csv").read_text().startswith("id,")
    assert "|" in (workdir / "r.md").read_text()
    assert len((workdir / "r.jsonl").read_text().splitlines()) == 1


def test_output_may_not_overwrite_an_input(workdir):
    (workdir / "a.json").write_text("{}", encoding="utf-8")
    (workdir / "b.txt").write_text(CLEAN, encoding="utf-8")
    result = invoke("audit", "b.txt", "a.json", "-o", "a.json")
    assert result.exit_code == 2
    assert (workdir / "a.json").read_text() == "{}"


def test_report_rerenders_a_saved_result(workdir):
    invoke("audit", str(ARTICLE), "-o", "r.json")
    result = invoke("report", "r.json", "--format", "markdown")
    assert result.exit_code == 1
    assert "glued-quote" in result.output


def test_select_and_ignore(workdir):
    (workdir / "a.txt").write_text(GLUED, encoding="utf-8")
    selected = json.loads(invoke("audit", "a.txt", "--format", "json", "--select", "QT").stdout)
    assert {f["check"] for d in selected["documents"] for f in d["findings"]} == {"glued-quote"}
    ignored = json.loads(invoke("audit", "a.txt", "--format", "json", "--ignore", "glued-quote").stdout)
    assert "glued-quote" not in {f["check"] for d in ignored["documents"] for f in d["findings"]}


def test_pyproject_config_is_found_and_validated(workdir):
    text = "He called it “a disaster”, she said. It was “over”.\n"
    (workdir / "a.txt").write_text(text, encoding="utf-8")
    us = json.loads(invoke("audit", "a.txt", "--format", "json").stdout)
    assert "quote-punctuation" in {f["check"] for f in us["documents"][0]["findings"]}
    (workdir / "pyproject.toml").write_text('[tool.mtcheck]\nenglish-style = "uk"\n', encoding="utf-8")
    uk = json.loads(invoke("audit", "a.txt", "--format", "json").stdout)
    assert "quote-punctuation" not in {f["check"] for f in uk["documents"][0]["findings"]}
    (workdir / "pyproject.toml").write_text('[tool.mtcheck]\nenglish-stile = "uk"\n', encoding="utf-8")
    result = invoke("audit", "a.txt")
    assert result.exit_code == 2
    assert "did you mean 'english-style'" in result.output


def test_check_options_and_severity_in_config(workdir):
    (workdir / "a.txt").write_text(GLUED, encoding="utf-8")
    (workdir / "mtcheck.toml").write_text('[severity]\nglued-quote = "error"\n', encoding="utf-8")
    assert invoke("audit", "a.txt", "--select", "glued-quote").exit_code == 1
    (workdir / "mtcheck.toml").write_text('[checks.glued-quote]\nno-such-option = 1\n', encoding="utf-8")
    result = invoke("audit", "a.txt")
    assert result.exit_code == 2
    assert "unknown option 'no-such-option'" in result.output


def test_config_show_names_the_source(workdir):
    (workdir / "mtcheck.toml").write_text('fail-on = "warning"\n', encoding="utf-8")
    result = invoke("config", "--show")
    assert result.exit_code == 0
    assert 'fail-on = "warning"' in result.output and "mtcheck.toml" in result.output


def test_rules_lists_every_check_in_each_format():
    for fmt in ("text", "markdown", "json"):
        output = invoke("rules", "--format", fmt).output
        for check in ALL_CHECKS:
            assert check.name in output and check.code in output


def test_explain_shows_flagged_and_clean_examples():
    result = invoke("explain", "glued-quote")
    assert result.exit_code == 0
    assert "Flagged" in result.output and "Clean" in result.output and "[[" in result.output
    assert invoke("explain", "QT101").output == result.output


def test_missing_table_field_is_a_usage_error(workdir):
    (workdir / "a.jsonl").write_text('{"id": 1, "body_html": "x"}\n', encoding="utf-8")
    result = invoke("audit", "a.jsonl", "--text-field", "article")
    assert result.exit_code == 2
    assert "body_html" in result.output

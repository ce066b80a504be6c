"""The CI formats from the seed article and small inputs: SARIF, JUnit, GitHub annotations, Markdown.

SARIF is validated against the official SARIF 2.1.0 schema (tests/schema/
sarif-schema-2.1.0.json: the OASIS schema as shipped, in its draft-07 form, by
the npm package @datadog/datadog-ci-plugin-sarif), JUnit is parsed with
junitparser, and GitHub annotations are compared line by line.
"""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import jsonschema
import pytest
import yaml
from junitparser import Error, Failure, JUnitXml
from typer.testing import CliRunner

from mtcheck.checks import ALL_CHECKS
from mtcheck.cli import app
from mtcheck.reporters import reporter_for_path
from mtcheck.reporters.github import escape_data, escape_property

HERE = Path(__file__).resolve().parent
SEED = HERE.parents[1] / "shared" / "seed" / "000_b347d3608bb705bc.txt"
SARIF_SCHEMA = json.loads((HERE / "schema" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
needs_seed = pytest.mark.skipif(not SEED.exists(), reason="shared/seed is not beside the checkout")

LEFT, RIGHT = "\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"
GLUED = f"The council met on Tuesday.\nThe mayor praised the engineers{LEFT}True Heroes{RIGHT} and left.\n"
HTML_PAGE = f"""<!doctype html><html><head><title>Bridge opens after two years of work</title></head><body>
<article><h1>Bridge opens after two years of work</h1>
<p>The new bridge over the river opened on Monday after two years of work and several delays.</p>
<p>The mayor praised the engineers{LEFT}True Heroes{RIGHT} and cut the ribbon in front of a large crowd.</p>
<p>Traffic is expected to ease in the town centre, where queues have been long since the old bridge closed.</p>
</article></body></html>
"""

runner = CliRunner()


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    """An empty working directory (no pyproject.toml of the repository) holding the seed as seed.txt."""
    monkeypatch.chdir(tmp_path)
    for name in list(__import__("os").environ):
        if name.startswith("MTCHECK_"):
            monkeypatch.delenv(name)
    if SEED.exists():
        (tmp_path / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    return tmp_path


def run(*args: str):
    return runner.invoke(app, ["audit", *args, "-q"])


def sarif_of(*args: str) -> dict:
    result = run(*args, "--format", "sarif")
    assert result.exit_code in (0, 1), result.output
    log = json.loads(result.stdout)
    validator = jsonschema.Draft7Validator(SARIF_SCHEMA, format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]
    return log


def test_suffixes_pick_the_ci_reporters():
    assert reporter_for_path("out/report.sarif").format == "sarif"
    assert reporter_for_path("out/junit.xml").format == "junit"
    assert reporter_for_path("summary.md").format == "markdown"


# SARIF -------------------------------------------------------------------------------------------

@needs_seed
def test_sarif_from_the_seed_is_valid_and_lists_every_enabled_rule(workdir):
    log = sarif_of("seed.txt")
    enabled = json.loads(run("seed.txt", "--format", "json").stdout)["signature"]["checks"]
    run_ = log["runs"][0]
    assert log["version"] == "2.1.0"
    assert run_["columnKind"] == "unicodeCodePoints"
    rules = run_["tool"]["driver"]["rules"]
    checks = [c for c in ALL_CHECKS if c.name in enabled]
    assert len(checks) == len(enabled) >= 14  # every monolingual check runs by default
    assert [r["name"] for r in rules] == [c.name for c in checks]
    for rule, check in zip(rules, checks):
        assert rule["id"] == check.code
        assert rule["shortDescription"]["text"] == check.summary()
        assert len(rule["fullDescription"]["text"]) > len(rule["shortDescription"]["text"])
        assert rule["help"]["text"].startswith(f"{check.code} {check.name}")
    assert run_["tool"]["driver"]["name"] == "mtcheck"


@needs_seed
def test_sarif_rules_follow_the_selection(workdir):
    log = sarif_of("seed.txt", "--select", "QT")
    names = [r["name"] for r in log["runs"][0]["tool"]["driver"]["rules"]]
    assert names == [c.name for c in ALL_CHECKS if c.code.startswith("QT")]


@needs_seed
def test_sarif_regions_point_at_the_excerpt_in_the_file(workdir):
    text = (workdir / "seed.txt").read_text(encoding="utf-8")
    log = sarif_of("seed.txt")
    results = log["runs"][0]["results"]
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert len(results) >= 14
    levels = {"error": "error", "warning": "warning", "info": "note"}
    data = json.loads(run("seed.txt", "--format", "json").stdout)
    findings = data["documents"][0]["findings"]
    assert len(findings) == len(results)
    for result, finding in zip(results, findings):
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"] == finding["code"]
        assert result["level"] == levels[finding["severity"]]
        assert result["message"]["text"] == finding["message"]
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] == "seed.txt"
        region = location["region"]
        start, length = region["charOffset"], region["charLength"]
        assert text[start:start + length] == finding["excerpt"] == region["snippet"]["text"]
        lines = text.split("\n")
        assert region["startLine"] == text.count("\n", 0, start) + 1
        assert region["startColumn"] == start - (text.rfind("\n", 0, start) + 1) + 1
        end = start + length
        assert region["endLine"] == text.count("\n", 0, end) + 1
        assert region["endColumn"] == end - (text.rfind("\n", 0, end) + 1) + 1
        assert lines[region["startLine"] - 1][region["startColumn"] - 1:].startswith(finding["excerpt"].split("\n")[0])


@needs_seed
def test_sarif_fingerprints_survive_an_edit_elsewhere(workdir):
    before = sarif_of("seed.txt")["runs"][0]["results"]
    text = (workdir / "seed.txt").read_text(encoding="utf-8")
    lines = text.split("\n\n")
    # a clean paragraph at the top of the body (after the headline and the standfirst)
    lines.insert(2, "The statement was published in Pyongyang on Sunday morning.")
    (workdir / "seed.txt").write_text("\n\n".join(lines), encoding="utf-8")
    after = sarif_of("seed.txt")["runs"][0]["results"]

    def prints(results):
        return sorted(r["partialFingerprints"]["mtcheckFingerprint/v1"] for r in results)

    assert prints(before) == prints(after)
    assert len(set(prints(before))) == len(before)  # every finding has its own
    moved = [a["locations"][0]["physicalLocation"]["region"]["startLine"] for a in after]
    assert moved != [b["locations"][0]["physicalLocation"]["region"]["startLine"] for b in before]


def test_sarif_for_html_records_and_unreadable_input(workdir):
    (workdir / "page.html").write_text(HTML_PAGE, encoding="utf-8")
    record = {"id": "r1", "text": GLUED}
    (workdir / "records.jsonl").write_text(json.dumps(record) + "\n{broken\n", encoding="utf-8")
    log = sarif_of("page.html", "records.jsonl", "--select", "glued-quote")
    results = log["runs"][0]["results"]
    by_uri = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]: r for r in results}
    assert set(by_uri) == {"page.html", "records.jsonl"}
    # extracted text: no position in the file is claimed, the position in the text is a property
    assert "region" not in by_uri["page.html"]["locations"][0]["physicalLocation"]
    assert by_uri["page.html"]["properties"]["textLine"] >= 1
    # a JSON Lines record: its line in the file
    assert by_uri["records.jsonl"]["locations"][0]["physicalLocation"]["region"] == {"startLine": 1}
    notes = log["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert len(notes) == 1 and notes[0]["level"] == "error"
    assert notes[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "records.jsonl"


def test_sarif_uri_escapes_spaces_and_keeps_folders(workdir):
    (workdir / "my docs").mkdir()
    (workdir / "my docs" / "a b.txt").write_text(GLUED, encoding="utf-8")
    log = sarif_of("my docs/a b.txt", "--select", "glued-quote")
    uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "my%20docs/a%20b.txt"


# JUnit -------------------------------------------------------------------------------------------

def junit_of(*args: str) -> JUnitXml:
    result = run(*args, "-o", "junit.xml")
    assert result.exit_code in (0, 1, 2), result.output
    return JUnitXml.fromfile("junit.xml")


@needs_seed
@pytest.mark.parametrize("fail_on,severities", [
    ("error", {"error"}), ("warning", {"error", "warning"}), ("info", {"error", "warning", "info"}), ("never", set()),
])
def test_junit_has_a_failure_per_finding_at_or_above_fail_on(workdir, fail_on, severities):
    data = json.loads(run("seed.txt", "--format", "json").stdout)
    expected = [f for f in data["documents"][0]["findings"] if f["severity"] in severities]
    xml = junit_of("seed.txt", "--fail-on", fail_on)
    suites = list(xml)
    assert [s.name for s in suites] == ["seed.txt"]
    cases = list(suites[0])
    assert [c.name for c in cases] == ["seed"]
    failures = [r for r in cases[0].result if isinstance(r, Failure)]
    assert [f.type for f in failures] == [f["check"] for f in expected]
    assert [f.message for f in failures] == [f"{f['code']} {f['message']}" for f in expected]
    assert suites[0].failures == len(expected) and suites[0].tests == 1
    below = len(data["documents"][0]["findings"]) - len(expected)
    assert (cases[0].system_out or "").count("seed.txt:") == below


def test_junit_suites_per_input_errors_and_xml_safe_text(workdir):
    (workdir / "a").mkdir()
    (workdir / "a" / "one.txt").write_text(GLUED, encoding="utf-8")
    (workdir / "a" / "two.txt").write_text("The council met on Tuesday.\n", encoding="utf-8")
    control = f"The mayor praised the engineers{LEFT}True Heroes{RIGHT} and left.\x0b\x1b[31m\n"
    (workdir / "records.jsonl").write_text(json.dumps({"id": "r1", "text": control}) + "\n{broken\n",
                                           encoding="utf-8")
    xml = junit_of("a", "records.jsonl", "--select", "glued-quote", "--fail-on", "warning")
    suites = {s.name: s for s in xml}
    assert set(suites) == {"a", "records.jsonl"}
    assert suites["a"].tests == 2 and suites["a"].failures == 1
    cases = {c.name: c for c in suites["records.jsonl"]}
    assert isinstance(cases["r1"].result[0], Failure)
    broken = [c for name, c in cases.items() if name != "r1"][0]
    assert isinstance(broken.result[0], Error)
    assert suites["records.jsonl"].errors == 1
    assert "\x1b" not in Path("junit.xml").read_text(encoding="utf-8")


def test_junit_min_score_failure(workdir):
    (workdir / "one.txt").write_text(GLUED, encoding="utf-8")
    xml = junit_of("one.txt", "--select", "glued-quote", "--fail-on", "never", "--min-score", "99")
    case = list(list(xml)[0])[0]
    assert [r.type for r in case.result] == ["min-score"]


# GitHub annotations ------------------------------------------------------------------------------

def test_github_annotations_line_by_line(workdir):
    (workdir / "docs").mkdir()
    (workdir / "docs" / "a,b:c.md").write_text(GLUED, encoding="utf-8")
    (workdir / "records.jsonl").write_text(json.dumps({"id": "r1", "text": GLUED}) + "\n{broken\n",
                                           encoding="utf-8")
    result = run("docs/a,b:c.md", "records.jsonl", "--select", "glued-quote", "--format", "github")
    lines = result.stdout.splitlines()
    column = GLUED.split("\n")[1].index("engineers") + 1
    excerpt = f"engineers{LEFT}True"
    assert lines[0] == (
        f"::warning file=docs/a%2Cb%3Ac.md,line=2,col={column},endLine=2,endColumn={column + len(excerpt) - 1},"
        f"title=QT101 glued-quote::Opening quote glued to the previous word: '{excerpt}'; add a space"
    )
    assert lines[1] == (
        f"::warning file=records.jsonl,line=1,title=QT101 glued-quote::Opening quote glued to the previous word: "
        f"'{excerpt}'; add a space (at line 2, column {column} of the extracted text)"
    )
    assert lines[2].startswith("::error file=records.jsonl,title=mtcheck%3A cannot audit records%3A2::")
    assert len(lines) == 3


@needs_seed
def test_github_severities_map_to_commands(workdir):
    data = json.loads(run("seed.txt", "--format", "json").stdout)
    lines = run("seed.txt", "--format", "github").stdout.splitlines()
    commands = {"error": "error", "warning": "warning", "info": "notice"}
    findings = data["documents"][0]["findings"]
    assert [line.split(" ", 1)[0] for line in lines] == [f"::{commands[f['severity']]}" for f in findings]
    assert all(f"title={f['code']} {f['check']}::" in line for line, f in zip(lines, findings))


def test_github_escaping():
    assert escape_data("100% sure\r\nnext") == "100%25 sure%0D%0Anext"
    assert escape_property("a,b: 50%\n") == "a%2Cb%3A 50%25%0A"


# Markdown ----------------------------------------------------------------------------------------

@needs_seed
def test_markdown_summary_from_the_seed(workdir):
    text = run("seed.txt", "--format", "markdown").stdout
    assert text.startswith("## mtcheck report")
    assert "| LG101 | untranslated-span |" in text
    assert "seed.txt:11:30" in text  # the untranslated span, located


# The README's CI recipes -----------------------------------------------------------------------

def _ci_section() -> str:
    readme = (HERE.parent / "README.md").read_text(encoding="utf-8")
    return readme.split("## mtcheck in CI", 1)[1].split("\n## Library API", 1)[0]


def _commands(section: str) -> list[list[str]]:
    """Every ``mtcheck audit`` command of the section's CI YAML and bash blocks, as argument lists."""
    found = []
    for block in re.findall(r"```yaml\n(.+?)```", section, re.S):
        data = yaml.safe_load(block)
        if not isinstance(data, dict):
            continue  # the pre-commit snippet: a list entry, no command
        jobs = data["jobs"].values() if "jobs" in data else [v for v in data.values() if isinstance(v, dict)]
        for job in jobs:
            steps = [s.get("run", "") for s in job.get("steps", [])] + list(job.get("script", []))
            found += [s for s in steps if isinstance(s, str) and s.strip().startswith("mtcheck audit")]
    for block in re.findall(r"```bash\n(.+?)```", section, re.S):
        found += [line.split("#")[0] for line in block.splitlines() if line.startswith("mtcheck audit")]
    return [shlex.split(c.split(">>")[0])[1:] for c in found]


def test_readme_ci_recipes_run(workdir):
    section = _ci_section()
    assert "github/codeql-action/upload-sarif" in section and "junit: mtcheck-junit.xml" in section
    commands = _commands(section)
    assert len(commands) >= 4
    (workdir / "content").mkdir()
    (workdir / "content" / "a.md").write_text(GLUED, encoding="utf-8")
    writes = [c for c in commands if "--write-baseline" in c]
    assert runner.invoke(app, [*writes[0], "-q"]).exit_code == 0
    for args in commands:
        result = runner.invoke(app, [*args, "-q"])
        assert result.exit_code == 0, (args, result.output)  # everything is in the baseline
        for output in [args[i + 1] for i, a in enumerate(args) if a == "-o"]:
            assert (workdir / output).stat().st_size > 0
    JUnitXml.fromfile(str(workdir / "mtcheck-junit.xml"))


def test_the_sarif_schema_rejects_what_sarif_forbids(workdir):
    (workdir / "one.txt").write_text(GLUED, encoding="utf-8")
    log = sarif_of("one.txt", "--select", "glued-quote")
    log["runs"][0]["results"][0]["level"] = "info"  # SARIF's levels are none, note, warning, error
    assert not jsonschema.Draft7Validator(SARIF_SCHEMA).is_valid(log)

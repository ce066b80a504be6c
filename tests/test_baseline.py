"""Baselines: accept today's findings of the seed article, fail only on new ones.

The acceptance story of issue 6: a baseline written from the seed makes a
second run exit 0; one new artifact makes it exit 1 naming only that finding;
an edit elsewhere keeps the old findings baselined; a fixed finding is reported
so the baseline can be tightened.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from mtcheck.baseline import fingerprint, normalise_excerpt
from mtcheck.cli import app

HERE = Path(__file__).resolve().parent
SEED = HERE.parents[1] / "shared" / "seed" / "000_b347d3608bb705bc.txt"
RESULT_SCHEMA = json.loads((HERE / "schema" / "result.schema.json").read_text(encoding="utf-8"))
LEFT, RIGHT = "\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"
#: a new sentence with one new artifact: an opening quote glued to the word before it
NEW_ARTIFACT = f"Analysts in Seoul called the statement a{LEFT}warning{RIGHT} to Washington."
#: a clean paragraph for the top of the body
CLEAN_PARAGRAPH = "The statement was published in Pyongyang on Sunday morning."

runner = CliRunner()
pytestmark = pytest.mark.skipif(not SEED.exists(), reason="shared/seed is not beside the checkout")


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    """A working directory holding the seed under its own name, and its baseline."""
    monkeypatch.chdir(tmp_path)
    for name in list(__import__("os").environ):
        if name.startswith("MTCHECK_"):
            monkeypatch.delenv(name)
    (tmp_path / SEED.name).write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    result = audit("--write-baseline", "baseline.json")
    assert result.exit_code == 0, result.output
    return tmp_path


def audit(*args: str):
    return runner.invoke(app, ["audit", SEED.name, "-q", *args])


def edit(folder: Path, change) -> None:
    """Rewrite the seed copy: ``change`` gets the paragraphs and returns the new ones."""
    path = folder / SEED.name
    paragraphs = path.read_text(encoding="utf-8").split("\n\n")
    path.write_text("\n\n".join(change(paragraphs)), encoding="utf-8")


def findings(result) -> list[dict]:
    return [f for d in json.loads(result.stdout)["documents"] for f in d["findings"]]


def test_the_baseline_records_every_finding_of_the_seed(workdir):
    data = json.loads((workdir / "baseline.json").read_text(encoding="utf-8"))
    found = findings(audit("--format", "json"))
    assert data["mtcheck_baseline"] == 1
    assert len(data["findings"]) == len(found) >= 14
    assert {e["check"] for e in data["findings"]} == {f["check"] for f in found}
    assert all(e["document"] == SEED.stem for e in data["findings"])
    assert "start" not in data["findings"][0]  # no offsets: they move when the text is edited


def test_writing_the_baseline_twice_gives_the_same_bytes(workdir):
    first = (workdir / "baseline.json").read_bytes()
    assert audit("--write-baseline", "again.json").exit_code == 0
    assert (workdir / "again.json").read_bytes() == first


def test_second_run_with_the_baseline_exits_0(workdir):
    assert audit().exit_code == 1  # without the baseline the untranslated span fails the run
    result = audit("--baseline", "baseline.json", "--fail-on", "info")
    assert result.exit_code == 0, result.output
    assert "0 findings in 1 document" in result.stdout
    assert "baselined, not listed; 0 fixed" in result.stdout


def test_one_new_artifact_fails_naming_only_it(workdir):
    edit(workdir, lambda p: [*p[:7], NEW_ARTIFACT, *p[7:]])
    result = audit("--baseline", "baseline.json", "--fail-on", "warning")
    assert result.exit_code == 1
    headers = [line for line in result.stdout.splitlines() if line.startswith(f"{SEED.name}:")]
    assert len(headers) == 1
    assert "QT101" in headers[0] and f"a{LEFT}warning" in headers[0]
    new = [f for f in findings(audit("--baseline", "baseline.json", "--format", "json")) if not f.get("baselined")]
    assert [(f["check"], f["excerpt"]) for f in new] == [("glued-quote", f"a{LEFT}warning")]
    github = audit("--baseline", "baseline.json", "--format", "github").stdout.splitlines()
    assert len(github) == 1 and github[0].startswith("::warning ") and "QT101 glued-quote" in github[0]


def test_an_edit_elsewhere_keeps_old_findings_baselined(workdir):
    edit(workdir, lambda p: [*p[:2], CLEAN_PARAGRAPH, *p[2:]])
    result = audit("--baseline", "baseline.json", "--format", "json", "--fail-on", "info")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert all(f["baselined"] for f in data["documents"][0]["findings"])
    assert data["baseline"]["fixed"] == []


def test_a_fixed_finding_is_reported_and_the_baseline_can_be_tightened(workdir):
    edit(workdir, lambda p: [x.replace(f"Group{LEFT}", f"Group {LEFT}") for x in p])
    result = audit("--baseline", "baseline.json", "--format", "json")
    assert result.exit_code == 0
    fixed = json.loads(result.stdout)["baseline"]["fixed"]
    assert [(f["check"], f["excerpt"]) for f in fixed] == [("glued-quote", f"Group{LEFT}Organized")]
    assert "--write-baseline baseline.json" in result.stderr
    before = len(json.loads((workdir / "baseline.json").read_text(encoding="utf-8"))["findings"])
    assert audit("--baseline", "baseline.json", "--write-baseline", "baseline.json").exit_code == 0
    after = json.loads((workdir / "baseline.json").read_text(encoding="utf-8"))["findings"]
    assert len(after) == before - 1
    assert "glued-quote" not in {e["check"] for e in after}


def test_documents_not_in_the_run_are_not_fixed(workdir):
    (workdir / "other.txt").write_text(f"The mayor praised the engineers{LEFT}True Heroes{RIGHT} and left.\n",
                                       encoding="utf-8")
    both = runner.invoke(app, ["audit", SEED.name, "other.txt", "-q", "--write-baseline", "both.json"])
    assert both.exit_code == 0
    only_other = runner.invoke(app, ["audit", "other.txt", "-q", "--format", "json", "--baseline", "both.json"])
    assert json.loads(only_other.stdout)["baseline"]["fixed"] == []


def test_baselined_json_validates_and_survives_report(workdir):
    edit(workdir, lambda p: [*p[:7], NEW_ARTIFACT, *p[7:]])
    saved = audit("--baseline", "baseline.json", "--fail-on", "warning", "-o", "result.json")
    assert saved.exit_code == 1
    data = json.loads((workdir / "result.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, RESULT_SCHEMA)
    document = data["documents"][0]
    assert document["gate_score"] > document["score"]
    assert sum(1 for f in document["findings"] if not f.get("baselined")) == 1
    report = runner.invoke(app, ["report", "result.json", "--format", "github"])
    assert report.exit_code == 1
    assert len(report.stdout.splitlines()) == 1


def test_min_score_counts_only_new_findings_with_a_baseline(workdir):
    assert audit("--fail-on", "never", "--min-score", "90").exit_code == 1
    assert audit("--fail-on", "never", "--min-score", "90", "--baseline", "baseline.json").exit_code == 0


def test_sarif_marks_baselined_and_new_results(workdir):
    edit(workdir, lambda p: [*p[:7], NEW_ARTIFACT, *p[7:]])
    log = json.loads(audit("--baseline", "baseline.json", "--format", "sarif").stdout)
    states = [r["baselineState"] for r in log["runs"][0]["results"]]
    assert states.count("new") == 1 and set(states) == {"new", "unchanged"}


def test_fingerprints_ignore_white_space_but_not_case_or_occurrence():
    assert normalise_excerpt("See also \N{NO-BREAK SPACE} Prime\nMinister ") == "See also Prime Minister"
    base = fingerprint("doc", "title-case-quote", "“Red Line”", 0)
    assert fingerprint("doc", "title-case-quote", "“Red  Line”", 0) == base
    assert fingerprint("doc", "title-case-quote", "“red line”", 0) != base
    assert fingerprint("doc", "title-case-quote", "“Red Line”", 1) != base
    assert fingerprint("other", "title-case-quote", "“Red Line”", 0) != base
    assert fingerprint("doc", "title-case-quote", "“Red Line”", 0, side="source") != base

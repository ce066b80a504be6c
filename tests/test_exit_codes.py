"""CONTRACT.md's exit codes over every combination of --fail-on, --min-score, baseline and input.

The rules the table encodes (README, "mtcheck in CI"):

- 2 when no input could be read (every document is unreadable), whatever the options;
- otherwise 1 when a finding not in the baseline is at or above ``--fail-on``
  (``never``: no finding fails), or when a readable document scores below
  ``--min-score`` (with a baseline, its score counting only new findings);
- otherwise 0. An unreadable record next to readable ones is reported but does
  not fail the run by itself.
"""

from __future__ import annotations

import itertools
import json

import pytest
from typer.testing import CliRunner

from mtcheck.cli import app

CLEAN = ("The council approved the budget on Tuesday. Work on the new bridge starts in May, and the mayor "
         "said the project would be finished within two years.\n")
INFO = ("The council approved the budget on Tuesday after a long debate. The mayor called the vote "
        "\N{LEFT DOUBLE QUOTATION MARK}a victory for common sense\N{RIGHT DOUBLE QUOTATION MARK}. "
        "Work on the new bridge starts in May.\n")
WARNING = ("The council approved the budget on Tuesday after a long debate. The mayor praised the "
           "engineers\N{LEFT DOUBLE QUOTATION MARK}True Heroes\N{RIGHT DOUBLE QUOTATION MARK} and left. "
           "Work on the new bridge starts in May.\n")
ERROR = ("The council approved the budget on Tuesday after a long debate. The decision was announced "
         "selon le minist\N{LATIN SMALL LETTER E WITH GRAVE}re de l'Int\N{LATIN SMALL LETTER E WITH ACUTE}rieur "
         "on Monday. Work on the new bridge starts in May.\n")
BROKEN_JSONL = '{"text": "a record cut short"\n'

#: input name -> (files, worst severity of its findings or None, every document unreadable)
INPUTS = {
    "clean": (["clean.txt"], None, False),
    "info": (["info.txt"], "info", False),
    "warning": (["warning.txt"], "warning", False),
    "error": (["error.txt"], "error", False),
    "unreadable": (["broken.jsonl"], None, True),
    "error+unreadable": (["error.txt", "broken.jsonl"], "error", False),
}
FAIL_ON = ("error", "warning", "info", "never")
MIN_SCORE = (None, "0", "99.9")
BASELINE = ("none", "accepting", "unrelated")
RANK = {"info": 0, "warning": 1, "error": 2}

runner = CliRunner()


def expected_exit(input_name: str, fail_on: str, min_score: str | None, baseline: str) -> int:
    _, worst, unreadable = INPUTS[input_name]
    if unreadable:
        return 2
    if baseline == "accepting" or worst is None:
        return 0  # nothing new: no finding counts and every gate score is 100
    if fail_on != "never" and RANK[worst] >= RANK[fail_on]:
        return 1
    return 1 if min_score == "99.9" else 0


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The input files, and for each input a baseline accepting its findings and an unrelated one."""
    folder = tmp_path_factory.mktemp("exit-codes")
    (folder / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (folder / "info.txt").write_text(INFO, encoding="utf-8")
    (folder / "warning.txt").write_text(WARNING, encoding="utf-8")
    (folder / "error.txt").write_text(ERROR, encoding="utf-8")
    (folder / "broken.jsonl").write_text(BROKEN_JSONL, encoding="utf-8")
    baselines = {}
    for name, (files, _, _) in INPUTS.items():
        path = folder / f"{name}.baseline.json"
        result = runner.invoke(app, ["audit", *(str(folder / f) for f in files), "-q", "--format", "json",
                                     "--write-baseline", str(path)])
        assert result.exit_code == (2 if INPUTS[name][2] else 0), result.output
        baselines[name] = path
    unrelated = folder / "unrelated.baseline.json"
    runner.invoke(app, ["audit", str(folder / "warning.txt"), "-q", "--format", "json",
                        "--write-baseline", str(unrelated)])
    data = json.loads(unrelated.read_text(encoding="utf-8"))
    for entry in data["findings"]:
        entry["document"] = "another-document"
        entry["fingerprint"] = "0" * 20
    unrelated.write_text(json.dumps(data), encoding="utf-8")
    return folder, baselines, unrelated


def test_inputs_have_the_severities_the_table_assumes(corpus):
    folder, _, _ = corpus
    for name, (files, worst, unreadable) in INPUTS.items():
        result = runner.invoke(app, ["audit", *(str(folder / f) for f in files), "-q", "--format", "json",
                                     "--fail-on", "never"])
        data = json.loads(result.stdout)
        severities = {f["severity"] for d in data["documents"] for f in d["findings"]}
        found = max(severities, key=RANK.__getitem__) if severities else None
        assert found == worst, (name, severities)
        assert all(d["error"] for d in data["documents"]) == unreadable


@pytest.mark.parametrize(
    "input_name,fail_on,min_score,baseline",
    list(itertools.product(INPUTS, FAIL_ON, MIN_SCORE, BASELINE)),
)
def test_exit_code(corpus, input_name, fail_on, min_score, baseline):
    folder, baselines, unrelated = corpus
    files, _, _ = INPUTS[input_name]
    args = ["audit", *(str(folder / f) for f in files), "-q", "--fail-on", fail_on]
    if min_score is not None:
        args += ["--min-score", min_score]
    if baseline == "accepting":
        args += ["--baseline", str(baselines[input_name])]
    elif baseline == "unrelated":
        args += ["--baseline", str(unrelated)]
    result = runner.invoke(app, args)
    assert result.exit_code == expected_exit(input_name, fail_on, min_score, baseline), result.output


@pytest.mark.parametrize("args,message", [
    (["--fail-on", "fatal"], "fail-on"),
    (["--min-score", "120"], "min-score"),
    (["--baseline", "missing-baseline.json"], "--write-baseline"),
])
def test_usage_errors_exit_2_before_auditing(corpus, args, message):
    folder, _, _ = corpus
    result = runner.invoke(app, ["audit", str(folder / "error.txt"), "-q", *args])
    assert result.exit_code == 2
    assert message in result.output


@pytest.mark.parametrize("content,message", [
    ('{"schema": 1, "documents": []}', "not an mtcheck baseline"),
    ("not JSON at all", "cannot be read"),
    ('{"mtcheck_baseline": 1, "findings": [{"check": "glued-quote"}]}', "malformed"),
])
def test_a_file_that_is_not_a_usable_baseline_exits_2(corpus, content, message):
    folder, _, _ = corpus
    bad = folder / "bad-baseline.json"
    bad.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["audit", str(folder / "error.txt"), "-q", "--baseline", str(bad)])
    assert result.exit_code == 2
    assert message in result.output
    assert "--write-baseline" in result.output  # the message says how to fix it


def test_unreadable_only_input_says_why_on_stderr(corpus):
    folder, _, _ = corpus
    result = runner.invoke(app, ["audit", str(folder / "broken.jsonl"), "-q"])
    assert result.exit_code == 2
    assert "broken.jsonl#L1: error:" in result.stdout  # the report names the record and why
    assert "no document could be read" in result.stderr

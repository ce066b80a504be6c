"""Data-driven cases for each check: tests/cases/<check-name>.yaml.

Each file lists ``flagged`` cases (every expected span marked with ⟦…⟧),
``clean`` cases (no finding of that check) and optionally ``known-failure``
cases (marks give the wished-for result; run as strict xfail, so fixing one
makes the test fail until it moves to ``flagged`` or ``clean``). A case is a
string, or a mapping with ``text`` and optional ``options``, ``settings`` and
``note``. Cases of pair-scope checks (``align``) add the ``source`` that
``text`` translates; its marks are spans expected on the source side.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from check_harness import describe, run_check, run_pair_check, spans_of
from mtcheck.checks import ALL_CHECKS
from mtcheck.checks.base import parse_marked
from mtcheck.model import Scope

CASES = Path(__file__).with_name("cases")
BY_NAME = {c.name: c for c in ALL_CHECKS}
KINDS = ("flagged", "clean", "known-failure")


def _load() -> list:
    params = []
    for path in sorted(CASES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        unknown = set(data) - set(KINDS)
        assert not unknown, f"{path.name}: unknown keys {sorted(unknown)}; use {', '.join(KINDS)}"
        for kind in KINDS:
            for number, case in enumerate(data.get(kind) or [], 1):
                case = {"text": case} if isinstance(case, str) else dict(case)
                marks = []
                if kind == "known-failure":
                    marks = [pytest.mark.xfail(strict=True, reason=case.get("note", "known failure"))]
                params.append(pytest.param(path.stem, kind, case, id=f"{path.stem}-{kind}-{number}", marks=marks))
    return params


def test_every_case_file_names_a_registered_check():
    files = {p.stem for p in CASES.glob("*.yaml")}
    assert files, "no case files in tests/cases"
    assert files <= set(BY_NAME), f"case files for unknown checks: {sorted(files - set(BY_NAME))}"


def _pair_case(name: str, kind: str, case: dict) -> None:
    """A case of a pair-scope check: marks in ``text`` are target spans, marks in ``source`` source spans."""
    text, expected = parse_marked(case["text"])
    source, expected_source = parse_marked(case["source"])
    assert bool(expected or expected_source) == (kind != "clean"), "flagged cases mark spans, clean ones do not"
    findings = run_pair_check(BY_NAME[name], source, text, case.get("options"), case.get("settings"))
    for side_text, side_expected, side in ((text, expected, "target"), (source, expected_source, "source")):
        got = spans_of([f for f in findings if f.side == side])
        assert describe(side_text, got) == describe(side_text, sorted(side_expected)), [
            (f.side, f.excerpt, f.message) for f in findings
        ]


@pytest.mark.parametrize(("name", "kind", "case"), _load())
def test_case(name, kind, case):
    if BY_NAME[name].scope is Scope.PAIR:
        assert "source" in case, "a case of a pair-scope check needs a 'source'"
        _pair_case(name, kind, case)
        return
    text, expected = parse_marked(case["text"])
    if kind == "flagged":
        assert expected, "a flagged case must mark its spans with ⟦…⟧"
    if kind == "clean":
        assert not expected, "a clean case has no ⟦…⟧ marks"
    findings = run_check(BY_NAME[name], text, case.get("options"), case.get("settings"))
    got = spans_of(findings)
    assert describe(text, got) == describe(text, sorted(expected)) and got == sorted(expected), [
        (f.excerpt, f.message) for f in findings
    ]

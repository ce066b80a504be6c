"""Meta-tests over the check registry: metadata, docs, options and examples of every check.

Written over ALL_CHECKS, so a check added later is held to the same rules.
"""

from __future__ import annotations

import dataclasses
import inspect
import re

import pytest

from check_harness import describe, run_check, run_pair_check, spans_of
from mtcheck.checks import ALL_CHECKS
from mtcheck.checks.base import DOC_SECTIONS, Check, NoOptions
from mtcheck.model import Scope, Severity

IDS = [c.name for c in ALL_CHECKS]
#: names CONTRACT.md requires of the quote and typography family (and mojibake)
CONTRACT_TYPOGRAPHY = {
    "glued-quote", "capital-after-quote", "unbalanced-quotes", "title-case-quote",
    "quote-punctuation", "source-typography", "mojibake",
}


def test_codes_and_names_are_unique_and_well_formed():
    codes = [c.code for c in ALL_CHECKS]
    names = [c.name for c in ALL_CHECKS]
    assert len(set(codes)) == len(codes), "two checks share a code"
    assert len(set(names)) == len(names), "two checks share a name"
    for check in ALL_CHECKS:
        assert re.fullmatch(r"[A-Z]{2}\d{3}", check.code), check.code
        assert re.fullmatch(r"[a-z]+(?:-[a-z]+)*", check.name), check.name


def test_contract_typography_names_are_registered():
    assert CONTRACT_TYPOGRAPHY <= {c.name for c in ALL_CHECKS}


@pytest.mark.parametrize("check", ALL_CHECKS, ids=IDS)
def test_metadata_types(check: type[Check]):
    assert issubclass(check, Check)
    assert isinstance(check.severity, Severity)
    assert isinstance(check.scope, Scope)
    assert check.languages is None or (isinstance(check.languages, frozenset) and check.languages)


@pytest.mark.parametrize("check", ALL_CHECKS, ids=IDS)
def test_docstring_has_summary_and_every_section(check: type[Check]):
    doc = inspect.cleandoc(check.__doc__ or "")
    summary = doc.splitlines()[0] if doc else ""
    assert summary.strip() and not summary.endswith(":"), "first docstring line must be a summary"
    headings = [line.strip().rstrip(":") for line in doc.splitlines() if line.strip().rstrip(":") in DOC_SECTIONS]
    assert headings == list(DOC_SECTIONS), f"sections must be exactly {DOC_SECTIONS} in order, got {headings}"


@pytest.mark.parametrize("check", ALL_CHECKS, ids=IDS)
def test_options_are_frozen_dataclasses_with_defaults(check: type[Check]):
    assert dataclasses.is_dataclass(check.Options)
    assert check.Options.__dataclass_params__.frozen
    options = check.Options()  # every option has a default: the defaults are the documentation
    if check.Options is not NoOptions:
        field = dataclasses.fields(check.Options)[0]
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(options, field.name, getattr(options, field.name))


@pytest.mark.parametrize("check", ALL_CHECKS, ids=IDS)
def test_has_flagged_and_clean_examples(check: type[Check]):
    assert any(e.flagged for e in check.examples), "needs at least one flagged example"
    assert any(not e.flagged for e in check.examples), "needs at least one clean example"
    for example in check.examples:
        marked = bool(example.spans or example.source_spans)
        assert marked == example.flagged, f"flagged examples mark spans, clean ones do not: {example.text!r}"
        assert (example.source is not None) == (check.scope is Scope.PAIR), "pair checks' examples, and only theirs, have a source"


EXAMPLES = [
    pytest.param(check, example, id=f"{check.name}-{'flagged' if example.flagged else 'clean'}-{n}")
    for check in ALL_CHECKS
    for n, example in enumerate(check.examples, 1)
]


@pytest.mark.parametrize(("check", "example"), EXAMPLES)
def test_every_example_holds(check: type[Check], example):
    if check.scope is Scope.PAIR:
        findings = run_pair_check(check, example.plain_source, example.plain, example.options, example.settings)
        for side, text, spans in (("target", example.plain, example.spans),
                                  ("source", example.plain_source, example.source_spans)):
            got = spans_of([f for f in findings if f.side == side])
            assert describe(text, got) == describe(text, sorted(spans)), side
        return
    findings = run_check(check, example.plain, example.options, example.settings)
    got = spans_of(findings)
    assert describe(example.plain, got) == describe(example.plain, sorted(example.spans))
    assert got == sorted(example.spans)

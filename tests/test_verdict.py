"""mt_likelihood: a probability that grows with the evidence, from a shipped, valid model."""

from __future__ import annotations

import pytest

from mtcheck import audit_text
from mtcheck.bench.quality import CONTRACT_CHECKS
from mtcheck.model import Finding, Severity
from mtcheck.verdict import DISTINCT_CHECKS, OTHER_CHECKS, VerdictModelError, _validate, load_model, mt_likelihood

WORDS = 400


def _finding(check: str, severity: Severity = Severity.ERROR, confidence: float = 0.9, at: int = 0) -> Finding:
    return Finding("XX001", check, severity, at, at + 4, "span", "message", confidence=confidence)


def test_no_findings_means_a_low_likelihood():
    assert mt_likelihood([], WORDS) < 0.2
    assert mt_likelihood([], 20) < 0.2


def test_a_text_full_of_translation_artifacts_is_likely_machine_translated():
    findings = [_finding(check, at=n) for n, check in enumerate(
        ["untranslated-span", "untranslated-span", "false-friend", "capital-after-quote", "title-case-quote",
         "glued-quote", "name-variant"])]
    assert mt_likelihood(findings, WORDS) > 0.8


def test_more_findings_never_lower_the_likelihood():
    findings: list[Finding] = []
    previous = mt_likelihood(findings, WORDS)
    for n, check in enumerate(CONTRACT_CHECKS * 2):
        findings.append(_finding(check, at=n))
        current = mt_likelihood(findings, WORDS)
        assert current >= previous, check
        previous = current


def test_worse_findings_weigh_more():
    for check in ("untranslated-span", "glued-quote", "boilerplate"):
        error, warning, info = (mt_likelihood([_finding(check, s)], WORDS)
                                for s in (Severity.ERROR, Severity.WARNING, Severity.INFO))
        assert error >= warning >= info
        assert mt_likelihood([_finding(check, confidence=0.95)], WORDS) >= mt_likelihood(
            [_finding(check, confidence=0.3)], WORDS)
    strong = [_finding("untranslated-span", at=n) for n in range(4)]
    assert mt_likelihood(strong, WORDS) > mt_likelihood([], WORDS)


def test_the_same_findings_in_a_shorter_text_weigh_more():
    findings = [_finding("untranslated-span"), _finding("capital-after-quote", at=10)]
    assert mt_likelihood(findings, 200) >= mt_likelihood(findings, 2000)


def test_likelihood_stays_between_zero_and_one_whatever_the_input():
    flood = [_finding(check, at=n) for n in range(200) for check in ("untranslated-span", "an-unknown-check")]
    for findings, words in ((flood, 1), (flood, 10**6), ([], 0), ([_finding("omission")], 5)):
        value = mt_likelihood(findings, words)
        assert 0.0 <= value <= 1.0


def test_shipped_model_is_valid_and_monotone():
    model = load_model()
    assert all(w >= 0 for w in model["weights"])
    assert set(model["features"]) <= set(CONTRACT_CHECKS) | {OTHER_CHECKS, DISTINCT_CHECKS}
    assert model["severity"][Severity.ERROR] >= model["severity"][Severity.WARNING] >= model["severity"][Severity.INFO]


def test_malformed_model_says_how_to_refit():
    with pytest.raises(VerdictModelError, match="fit_verdict.py"):
        _validate({"features": ["boilerplate"], "weights": [], "bias": 0, "severity_weights": {}, "min_words": 1},
                  "test model")


def test_audits_carry_the_verdict():
    result = audit_text("Council approves new park\n\nThe city council approved plans for a new park on "
                        "Tuesday. Work will begin in the spring and should last about a year.")
    assert result.mt_likelihood is not None and 0.0 <= result.mt_likelihood < 0.5

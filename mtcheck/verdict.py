"""The document verdict: how likely a text is a machine translation published without review.

``mt_likelihood(findings, words)`` is a logistic model over the evidence of
each check: for every check, the findings' confidences weighted by severity,
per 1,000 words (``log1p``-compressed so that the tenth finding adds less than
the first), plus the number of distinct checks that found something. The
coefficients are data, ``corpora/verdict.json``, fitted by
``benchmarks/fit_verdict.py`` on the benchmark's machine-translation-like
texts against held-out clean articles, with classes weighted equally (so 0.5
means "as likely as not" for a feed where half the texts are unreviewed
translations). Weights are constrained to be non-negative: more or worse
findings never lower the likelihood.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable, Mapping

from .model import Finding, Severity

MODEL_RESOURCE = "verdict.json"
#: feature names that are not check names
OTHER_CHECKS = "other-checks"
DISTINCT_CHECKS = "distinct-checks"


class VerdictModelError(ValueError):
    """``corpora/verdict.json`` is missing or malformed."""


def _validate(model: Mapping[str, Any], where: str) -> dict[str, Any]:
    try:
        features = list(model["features"])
        weights = [float(w) for w in model["weights"]]
        bias = float(model["bias"])
        severity = {Severity.parse(k): float(v) for k, v in model["severity_weights"].items()}
        min_words = int(model["min_words"])
    except (KeyError, TypeError, ValueError) as exc:
        raise VerdictModelError(f"{where} is not a verdict model ({exc}); "
                                "refit it with `python benchmarks/fit_verdict.py`") from None
    if len(features) != len(weights):
        raise VerdictModelError(f"{where} has {len(features)} features but {len(weights)} weights; "
                                "refit it with `python benchmarks/fit_verdict.py`")
    return {"features": features, "weights": weights, "bias": bias, "severity": severity, "min_words": min_words}


@lru_cache(maxsize=1)
def load_model() -> dict[str, Any]:
    """The shipped coefficients (``mtcheck.corpora/verdict.json``), read once."""
    try:
        text = resources.files("mtcheck.corpora").joinpath(MODEL_RESOURCE).read_text("utf-8")
    except FileNotFoundError:
        raise VerdictModelError("corpora/verdict.json is missing; fit it with "
                                "`python benchmarks/fit_verdict.py`") from None
    return _validate(json.loads(text), "corpora/verdict.json")


def features(findings: Iterable[Finding], words: int, model: Mapping[str, Any] | None = None) -> list[float]:
    """The model's inputs for one document, in the order of ``model["features"]``."""
    model = model if model is not None else load_model()
    names = model["features"]
    known = set(names) - {OTHER_CHECKS, DISTINCT_CHECKS}
    evidence: dict[str, float] = {}
    distinct: set[str] = set()
    for finding in findings:
        weight = model["severity"].get(finding.severity, 0.0) * max(0.0, min(1.0, finding.confidence))
        key = finding.check if finding.check in known else OTHER_CHECKS
        evidence[key] = evidence.get(key, 0.0) + weight
        if finding.severity in (Severity.WARNING, Severity.ERROR):
            distinct.add(finding.check)
    scale = 1000.0 / max(words, model["min_words"])
    values = []
    for name in names:
        if name == DISTINCT_CHECKS:
            values.append(float(len(distinct)))
        else:
            values.append(math.log1p(evidence.get(name, 0.0) * scale))
    return values


def logit(values: Iterable[float], model: Mapping[str, Any]) -> float:
    """The model's linear score for a feature vector."""
    return model["bias"] + sum(w * x for w, x in zip(model["weights"], values))


def mt_likelihood(findings: Iterable[Finding], words: int, model: Mapping[str, Any] | None = None) -> float:
    """Estimated probability (0-1) that the document is an unreviewed machine translation."""
    model = model if model is not None else load_model()
    z = logit(features(findings, words, model), model)
    # a numerically safe logistic: exp never overflows
    if z >= 0:
        probability = 1.0 / (1.0 + math.exp(-z))
    else:
        e = math.exp(z)
        probability = e / (1.0 + e)
    return round(probability, 4)

"""Fit the document verdict (``mtcheck.verdict``) on the quality benchmark.

Usage: ``python benchmarks/fit_verdict.py [--bench corpora/bench/quality.jsonl]
[--out corpora/verdict.json] [--langid NAME] [--encoder SPEC]``

Audits the benchmark's machine-translation-like texts (``kind == "mt"``, several
artifacts each) and clean texts with every registered check, turns each
document's findings into the verdict's features, and fits a logistic regression
in numpy on the ``train`` split: L2-regularised toward a small prior weight (a
check that never fired in training keeps some say), classes weighted equally,
weights projected onto non-negative values after every step (so more or worse
findings can only raise the likelihood). It reports the ROC AUC on both splits
and writes the coefficients as data to ``corpora/verdict.json``. Rerun it
whenever checks change what they find.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mtcheck.bench.quality import CONTRACT_CHECKS, DEFAULT_BENCH, audit_bench, load_bench, roc_auc  # noqa: E402
from mtcheck.model import Severity  # noqa: E402
from mtcheck.verdict import DISTINCT_CHECKS, OTHER_CHECKS, features  # noqa: E402

FEATURES = [*CONTRACT_CHECKS, OTHER_CHECKS, DISTINCT_CHECKS]
SEVERITY_WEIGHTS = {"error": 1.0, "warning": 0.6, "info": 0.2}
#: below this many words, rates are computed as if the text had this many (one finding in a tweet is not a flood)
MIN_WORDS = 100
L2 = 0.02
#: weights are pulled toward this value, not toward 0: a check that never fired in training keeps some say
PRIOR_WEIGHT = 0.3
STEPS = 20000
LEARNING_RATE = 0.2


def fit_logistic(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """Balanced logistic regression, L2-pulled toward ``PRIOR_WEIGHT``, weights kept non-negative.

    Fitted by projected gradient descent: after every step negative weights are set to 0.
    """
    n, d = x.shape
    sample = np.where(y == 1, 0.5 / max(1, y.sum()), 0.5 / max(1, n - y.sum()))
    weights = np.zeros(d)
    bias = 0.0
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-(x @ weights + bias)))
        error = (p - y) * sample
        weights -= LEARNING_RATE * (x.T @ error + L2 * (weights - PRIOR_WEIGHT))
        bias -= LEARNING_RATE * error.sum()
        np.maximum(weights, 0.0, out=weights)
    return weights, float(bias)


def main(argv: list[str] | None = None) -> int:
    """Audit, fit, report and write the model."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--out", type=Path, default=ROOT / "corpora" / "verdict.json")
    parser.add_argument("--langid", default=None)
    parser.add_argument("--encoder", default=None)
    args = parser.parse_args(argv)
    records = [r for r in load_bench(args.bench) if r["kind"] in ("mt", "clean")]
    run = audit_bench(records, langid=args.langid, encoder=args.encoder)
    spec = {"features": FEATURES, "min_words": MIN_WORDS,
            "severity": {Severity.parse(k): w for k, w in SEVERITY_WEIGHTS.items()}}
    x = np.array([features(r.findings, r.words, spec) for r in run.results])
    y = np.array([1.0 if rec["kind"] == "mt" else 0.0 for rec in records])
    train = np.array([rec["split"] == "train" for rec in records])
    weights, bias = fit_logistic(x[train], y[train])
    scores = x @ weights + bias
    auc = {split: roc_auc(list(scores[mask & (y == 1)]), list(scores[mask & (y == 0)]))
           for split, mask in (("train", train), ("test", ~train))}
    model = {
        "schema": 1,
        "description": "Logistic model of mt_likelihood; features are log1p(severity-weighted confidence per "
                       "1,000 words) per check, plus the number of distinct checks with warnings or errors. "
                       "Fitted by benchmarks/fit_verdict.py; do not edit by hand.",
        "features": FEATURES,
        "weights": [round(float(w), 5) for w in weights],
        "bias": round(bias, 5),
        "severity_weights": SEVERITY_WEIGHTS,
        "min_words": MIN_WORDS,
        "fit": {"bench": args.bench.name, "checks": sorted(set(run.checks)), "train_texts": int(train.sum()),
                "test_texts": int((~train).sum()), "roc_auc": auc, "l2": L2, "prior_weight": PRIOR_WEIGHT,
                "balanced_classes": True},
    }
    args.out.write_text(json.dumps(model, indent=2) + "\n", encoding="utf-8")
    for name, weight in sorted(zip(FEATURES, weights), key=lambda item: -item[1]):
        print(f"{name:<22}{weight:8.3f}")
    print(f"bias {bias:.3f}; ROC AUC train {auc['train']}, test {auc['test']}; written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

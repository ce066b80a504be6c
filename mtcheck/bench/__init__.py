"""mtcheck's own quality benchmark: a seeded generator of labelled texts and the scorer.

``python -m mtcheck.bench generate`` rebuilds ``corpora/bench/quality.jsonl``
from the clean articles and source-language material under ``corpora/bench/``;
``python -m mtcheck.bench quality`` runs the library on it and prints
per-check precision, recall and F1, false findings per 1,000 clean sentences,
speed and the ROC AUC of ``mt_likelihood``.
"""

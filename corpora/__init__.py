"""Data mtcheck ships: patterns, word lists and example inputs (installed as ``mtcheck.corpora``)."""

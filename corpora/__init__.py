"""Data mtcheck ships: patterns, word lists and example inputs (installed as ``mtcheck.corpora``)."""

from __future__ import annotations

from typing import Any

import yaml

#: libyaml's parser when PyYAML was built with it: the data files parse about ten times
#: faster than in pure Python, a start-up cost every ``--jobs`` worker pays
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str) -> Any:
    """The data of a YAML document, read safely (no arbitrary objects)."""
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader, C or Python

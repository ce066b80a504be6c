"""Data mtcheck ships: patterns, word lists and example inputs (installed as ``mtcheck.corpora``)."""

from __future__ import annotations

from collections.abc import Iterable
from importlib import resources
from typing import Any

import yaml

#: libyaml's parser when PyYAML was built with it: the data files parse about ten times
#: faster than in pure Python, a start-up cost every ``--jobs`` worker pays
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str) -> Any:
    """The data of a YAML document, read safely (no arbitrary objects)."""
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader, C or Python


def read_yaml_data(name: str) -> Any:
    """The data of the shipped YAML file ``name`` (``mtcheck.corpora/<name>``)."""
    return parse_yaml(resources.files("mtcheck.corpora").joinpath(name).read_text("utf-8"))


def first_duplicate(ids: Iterable[str]) -> str | None:
    """The first id of ``ids`` that an earlier one repeats, or None: entry ids must be unique."""
    seen: set[str] = set()
    for entry_id in ids:
        if entry_id in seen:
            return entry_id
        seen.add(entry_id)
    return None

"""Shared pytest options: ``--slow`` for the long property-based and large-input runs.

``pytest --slow`` runs the tests marked ``slow`` (skipped otherwise) and sets
``MTCHECK_SLOW_TESTS=1``, which the property-based tests read to run ten times
more generated examples. Setting the variable alone scales the examples too.
"""

from __future__ import annotations

import os

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", default=False,
                     help="also run slow tests and 10x more property-based examples")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: long test, run only with --slow")
    if config.getoption("--slow"):
        os.environ["MTCHECK_SLOW_TESTS"] = "1"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)

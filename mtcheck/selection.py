"""Which checks run: ``--select``/``--ignore`` by code, code prefix or name.

As in flake8's DecisionEngine, the most specific match wins: ``--select QT
--ignore QT105`` runs every quote check but QT105, and ``--ignore QT --select
QT105`` runs QT105 alone among them. An empty selection means every check.
"""

from __future__ import annotations

import difflib
from typing import Iterable, Sequence

from .checks.base import Check


class SelectionError(ValueError):
    """A --select/--ignore token matches no check."""


def parse_tokens(value: str | Sequence[str] | None) -> list[str]:
    """Split comma-separated tokens from the CLI or config into a clean list."""
    if value is None:
        return []
    items = [value] if isinstance(value, str) else list(value)
    tokens: list[str] = []
    for item in items:
        tokens.extend(t.strip() for t in str(item).split(",") if t.strip())
    return tokens


def _match_length(check: type[Check], token: str) -> int:
    """How specifically ``token`` names ``check``: 0 for no match."""
    upper = token.upper()
    if upper == "ALL":
        return 1
    if token.lower() == check.name:
        return 100
    if check.code.upper().startswith(upper):
        return 1 + len(upper)
    return 0


def _validate(tokens: Iterable[str], checks: Sequence[type[Check]], option: str) -> None:
    names = [c.name for c in checks] + [c.code for c in checks]
    for token in tokens:
        if not any(_match_length(c, token) for c in checks):
            hint = difflib.get_close_matches(token, names, n=1)
            did_you_mean = f" (did you mean '{hint[0]}'?)" if hint else ""
            raise SelectionError(
                f"{option} '{token}' matches no check{did_you_mean}; run 'mtcheck rules' to list codes and names"
            )


def select_checks(
    checks: Sequence[type[Check]],
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
) -> list[type[Check]]:
    """The checks that run, in registry order."""
    _validate(select, checks, "--select")
    _validate(ignore, checks, "--ignore")
    chosen = []
    for check in checks:
        selected = max((_match_length(check, t) for t in select), default=0) if select else 1
        ignored = max((_match_length(check, t) for t in ignore), default=0)
        if selected > ignored:
            chosen.append(check)
    return chosen

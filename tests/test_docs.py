"""The README stays true: its checks table is the registry's, and CI runs its test command."""

from __future__ import annotations

import os
import re
from pathlib import Path

from mtcheck.explain import rules_markdown

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
START, END = "<!-- rules:start -->", "<!-- rules:end -->"


def test_readme_checks_table_is_generated_from_the_registry():
    text = README.read_text(encoding="utf-8")
    current = text[text.index(START) + len(START):text.index(END)].strip()
    expected = rules_markdown().strip()
    if current != expected and os.environ.get("MTCHECK_UPDATE_GOLDEN") == "1":
        README.write_text(text.replace(current, expected) if current else text.replace(START, f"{START}\n{expected}"), encoding="utf-8")
        return
    assert current == expected, "README checks table is stale: rerun with MTCHECK_UPDATE_GOLDEN=1"


def test_ci_runs_the_readme_test_command():
    commands = [line for line in (ROOT / ".ci" / "run").read_text().splitlines()
                if line.strip() and not line.startswith(("#", "set ", "cd "))]
    readme = README.read_text(encoding="utf-8")
    assert commands and all(c in readme for c in commands)


def test_quick_start_has_exactly_two_commands():
    readme = README.read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    assert len(re.findall(r"```bash\n(.+?)\n```", section, re.S)) == 2

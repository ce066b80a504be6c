"""The pre-commit hook (.pre-commit-hooks.yaml) run by pre-commit on a tiny repository.

The hook repository is a copy of this checkout's hook file, committed in a temp
folder; the project under test refers to it by path and commit. The hook's
``language: python`` would make pre-commit build a virtual environment and pip
install mtcheck with its dependencies from the package index, which a test must
not need, so the project's config overrides it with ``language: system``: the
entry (``mtcheck audit``) then runs from the environment running the tests.
Everything else (id, entry, file filter, serial run) comes from the hook file.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

pytest.importorskip("pre_commit")
pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="pre-commit needs git")

HOOKS_FILE = Path(__file__).resolve().parents[1] / ".pre-commit-hooks.yaml"
LEFT, RIGHT = "\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"


def git(folder: Path, *args: str, env: dict) -> str:
    return subprocess.run(["git", *args], cwd=folder, env=env, check=True, capture_output=True, text=True).stdout


@pytest.fixture
def project(tmp_path):
    """A git repository whose .pre-commit-config.yaml uses the mtcheck hook; returns (folder, env)."""
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
        "GIT_COMMITTER_NAME": "test", "GIT_COMMITTER_EMAIL": "test@example.invalid",
        "GIT_CONFIG_GLOBAL": os.devnull, "PRE_COMMIT_HOME": str(tmp_path / "cache"),
        # the mtcheck console script of the environment running the tests
        "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]),
    }
    env = {k: v for k, v in env.items() if not k.startswith("MTCHECK_")}
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    shutil.copy(HOOKS_FILE, hooks / ".pre-commit-hooks.yaml")
    git(hooks, "init", "-q", env=env)
    git(hooks, "add", ".", env=env)
    git(hooks, "commit", "-q", "-m", "hooks", env=env)
    rev = git(hooks, "rev-parse", "HEAD", env=env).strip()
    folder = tmp_path / "project"
    folder.mkdir()
    git(folder, "init", "-q", env=env)
    config = {"repos": [{"repo": str(hooks), "rev": rev, "hooks": [
        {"id": "mtcheck", "language": "system", "args": ["--fail-on", "warning"]},
    ]}]}
    (folder / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    (folder / "good.md").write_text("The council approved the budget on Tuesday.\n", encoding="utf-8")
    return folder, env


def pre_commit(folder: Path, env: dict) -> subprocess.CompletedProcess:
    git(folder, "add", ".", env=env)
    return subprocess.run([sys.executable, "-m", "pre_commit", "run", "--all-files"], cwd=folder, env=env,
                          capture_output=True, text=True, timeout=300)


def test_hook_file_declares_the_hook():
    (hook,) = yaml.safe_load(HOOKS_FILE.read_text(encoding="utf-8"))
    assert hook["id"] == "mtcheck"
    assert hook["entry"] == "mtcheck audit"
    assert hook["types"] == ["text"]
    assert hook["language"] == "python"


def test_hook_passes_clean_text_and_fails_on_an_artifact(project):
    folder, env = project
    clean = pre_commit(folder, env)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "Passed" in clean.stdout
    glued = f"The mayor praised the engineers{LEFT}True Heroes{RIGHT} and left.\n"
    (folder / "bad.md").write_text(glued, encoding="utf-8")
    (folder / "script.py").write_text(f"# {glued}", encoding="utf-8")  # not prose: the hook skips it
    failed = pre_commit(folder, env)
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "Failed" in failed.stdout
    assert "bad.md:1:23: QT101" in failed.stdout
    assert "script.py" not in failed.stdout

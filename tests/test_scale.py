"""Streaming, ``--jobs``, ``--checkpoint`` and the spool: what a feed auditor relies on at scale.

The slow parts run the real command in a subprocess: worker processes are
started as a user's run starts them (forked on Linux), and the kill-and-resume test kills the audit
with SIGKILL mid-run.
"""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mtcheck.api import audit_documents, resolve_settings
from mtcheck.bench.quality import DEFAULT_BENCH, load_bench
from mtcheck.readers.base import compose
from mtcheck.reporters import REPORTERS
from mtcheck.reporters.machine import document_line
from mtcheck.sink import plan_outputs
from mtcheck.spool import CheckpointError, Spool
from mtcheck.streaming import audit_to_reports

ROOT = Path(__file__).resolve().parents[1]
#: the cheap checks only: the semantic ones need the sentence encoder
CHEAP = ["--ignore", "headline-mismatch,off-topic-sentence"]


def articles(count: int, parts: int = 3) -> list[dict]:
    """``count`` news articles from the benchmark's records: one record's title, ``parts`` records' bodies."""
    records = load_bench(DEFAULT_BENCH)
    out = []
    for number in range(count):
        picked = [records[(number * parts + k) % len(records)] for k in range(parts)]
        body = "\n\n".join(r["text"].partition("\n\n")[2] for r in picked)
        out.append({"id": f"article-{number}", "title": picked[0]["title"], "text": body})
    return out


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "mtcheck", "audit", *args, "-q"]


def environment(cache: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MTCHECK_")}
    env["MTCHECK_CACHE_DIR"] = str(cache)
    env["PYTHONPATH"] = str(ROOT)
    return env


def audit(tmp_path: Path, cache: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(command(*args), cwd=tmp_path, env=environment(tmp_path / cache), capture_output=True,
                          text=True, timeout=600)


def test_jobs_1_and_2_write_the_same_bytes_with_every_check(tmp_path):
    corpus = write_jsonl(tmp_path / "feed.jsonl", articles(200))  # four batches of documents
    one = audit(tmp_path, "cache-1", "feed.jsonl", "--jobs", "1", "-o", "one.json", "-o", "one.csv")
    two = audit(tmp_path, "cache-2", "feed.jsonl", "--jobs", "2", "-o", "two.json", "-o", "two.csv")
    assert one.returncode == two.returncode == 1, one.stderr + two.stderr
    assert one.stdout == two.stdout
    assert (tmp_path / "one.json").read_bytes() == (tmp_path / "two.json").read_bytes()
    assert (tmp_path / "one.csv").read_bytes() == (tmp_path / "two.csv").read_bytes()
    result = json.loads((tmp_path / "one.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in result["documents"]] == [f"article-{n}" for n in range(200)]
    assert {"headline-mismatch", "off-topic-sentence"} <= set(result["signature"]["checks"])
    assert corpus.exists()


def _wait_for_batches(path: Path, batches: int, process: subprocess.Popen, limit: float = 300) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if path.exists() and path.read_bytes().count(b'{"mtcheck_batch":') >= batches:
            return
        if process.poll() is not None:
            pytest.fail(f"the audit ended before it could be killed: {process.stderr.read()}")
        time.sleep(0.05)
    pytest.fail("the checkpoint did not grow")


def _children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


@pytest.mark.skipif(sys.platform != "linux", reason="reads worker ids from /proc")
def test_an_audit_killed_with_sigkill_resumes_and_ends_as_an_uninterrupted_run(tmp_path):
    write_jsonl(tmp_path / "feed.jsonl", articles(700, parts=1))  # eleven batches
    args = ["feed.jsonl", *CHEAP, "--jobs", "2", "--format", "jsonl", "-o", "out.json"]
    checkpoint = tmp_path / "run.checkpoint"
    with open(tmp_path / "killed.out", "wb") as stdout:  # a full pipe would stall the audit
        killed = subprocess.Popen(command(*args, "--checkpoint", str(checkpoint)), cwd=tmp_path,
                                  env=environment(tmp_path / "cache"), stdout=stdout, stderr=subprocess.PIPE)
    _wait_for_batches(checkpoint, 3, killed)
    workers = _children(killed.pid)
    killed.send_signal(signal.SIGKILL)
    killed.wait(timeout=30)
    assert workers, "the audit should run worker processes"
    deadline = time.monotonic() + 20
    while any(Path(f"/proc/{w}").exists() for w in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(Path(f"/proc/{w}").exists() for w in workers), "workers outlived the killed audit"
    assert not (tmp_path / "out.json").exists()

    resumed = audit(tmp_path, "cache", *args, "--checkpoint", str(checkpoint))
    assert resumed.returncode == 1, resumed.stderr
    assert "resuming from checkpoint" in resumed.stderr
    assert not checkpoint.exists(), "a completed run removes its checkpoint"
    whole = audit(tmp_path, "cache-whole", "feed.jsonl", *CHEAP, "--jobs", "1", "--format", "jsonl",
                  "-o", "whole.json")
    assert resumed.stdout == whole.stdout
    assert (tmp_path / "out.json").read_bytes() == (tmp_path / "whole.json").read_bytes()
    ids = [json.loads(line)["id"] for line in resumed.stdout.splitlines()]
    assert ids == [f"article-{n}" for n in range(700)]


def test_sigterm_stops_cleanly_and_the_run_resumes(tmp_path):
    write_jsonl(tmp_path / "feed.jsonl", articles(320, parts=1))
    args = ["feed.jsonl", *CHEAP, "--jobs", "1", "--format", "jsonl", "-o", "out.csv"]
    checkpoint = tmp_path / "run.checkpoint"
    with open(tmp_path / "stopped.out", "wb") as stdout:
        process = subprocess.Popen(command(*args, "--checkpoint", str(checkpoint)), cwd=tmp_path,
                                   env=environment(tmp_path / "cache"), stdout=stdout, stderr=subprocess.PIPE,
                                   text=True)
    _wait_for_batches(checkpoint, 1, process)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert "run the same command to resume" in stderr
    assert not list(tmp_path.glob(".out.csv.*")), "no half-written report is left behind"
    resumed = audit(tmp_path, "cache", *args, "--checkpoint", str(checkpoint))
    whole = audit(tmp_path, "cache", "feed.jsonl", *CHEAP, "--jobs", "1", "--format", "jsonl", "-o", "whole.csv")
    assert resumed.stdout == whole.stdout and resumed.stdout.count("\n") == 320
    assert (tmp_path / "out.csv").read_bytes() == (tmp_path / "whole.csv").read_bytes()


def test_a_checkpoint_of_other_arguments_is_refused(tmp_path):
    write_jsonl(tmp_path / "feed.jsonl", articles(3, parts=1))
    checkpoint = tmp_path / "run.checkpoint"
    Spool.create(checkpoint, {"key": "another run"}, durable=True).close()
    result = audit(tmp_path, "cache", "feed.jsonl", *CHEAP, "--checkpoint", str(checkpoint))
    assert result.returncode == 2
    assert "other arguments or inputs" in result.stderr and "delete it" in result.stderr


def _results(count: int):
    documents = [compose(r["text"], id=r["id"], origin=r["id"], title=r["title"]) for r in articles(count, 1)]
    return audit_documents(documents, ignore=("headline-mismatch", "off-topic-sentence")).documents


def test_a_partial_batch_left_by_a_kill_is_cut_off_on_resume(tmp_path):
    results = _results(5)
    path = tmp_path / "spool.jsonl"
    spool = Spool.create(path, {"key": "k"}, durable=True)
    spool.append(results[:2])
    spool.append(results[2:4])
    spool.close()
    whole = path.read_bytes()
    with open(path, "ab") as stream:  # the kill came while the third batch was being written
        stream.write(b'{"id": "article-4", "origin": "art')
    resumed = Spool.resume(path, {"key": "k"})
    assert len(resumed) == 4 and [r.document.id for r in resumed] == [r.document.id for r in results[:4]]
    assert path.read_bytes() == whole
    resumed.append(results[4:])
    assert [r.document.id for r in resumed] == [r.document.id for r in results]
    assert document_line(resumed.read(4)) == document_line(results[4])
    resumed.close()
    with pytest.raises(CheckpointError, match="other arguments"):
        Spool.resume(path, {"key": "another"})


def test_reports_rendered_from_the_spool_equal_those_of_an_in_memory_run(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    documents = [compose(r["text"], id=r["id"], origin=r["id"], title=r["title"]) for r in articles(150, 1)]
    settings = resolve_settings(ignore=("headline-mismatch", "off-topic-sentence"))
    in_memory = audit_documents(documents, ignore=("headline-mismatch", "off-topic-sentence"))
    files = {f: tmp_path / f"report{r.suffixes[0]}" for f, r in REPORTERS.items() if r.suffixes and not r.binary}
    spooled = audit_to_reports(documents, settings, plan_outputs("github", [str(p) for p in files.values()]))
    outputs = {fmt: path.read_text(encoding="utf-8") for fmt, path in files.items()}
    outputs["github"] = sys.stdout.getvalue()
    assert set(outputs) == {f for f, r in REPORTERS.items() if not r.binary}
    for fmt, text in outputs.items():
        expected = io.StringIO()
        REPORTERS[fmt].render(in_memory, expected)
        assert text == expected.getvalue(), fmt
    assert spooled.exit_code() == in_memory.exit_code() and len(spooled.findings) == len(in_memory.findings)


def test_workers_are_forked_on_linux_unless_a_cache_connection_or_torch_is_in_the_process(tmp_path, monkeypatch):
    from mtcheck import embed_cache, parallel

    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(embed_cache, "_OPENED_BY", set())
    monkeypatch.delitem(sys.modules, "torch", raising=False)
    assert parallel.start_method() == "fork"
    monkeypatch.setitem(sys.modules, "torch", object())
    assert parallel.start_method() == "spawn"  # torch's thread pools do not survive a fork
    monkeypatch.delitem(sys.modules, "torch")
    embed_cache.DiskCache(tmp_path).get_many([b"key"], 4)  # opens the SQLite file
    assert parallel.start_method() == "spawn"  # a child must not inherit the connection
    monkeypatch.setattr(embed_cache, "_OPENED_BY", set())
    monkeypatch.setattr(sys, "platform", "darwin")
    assert parallel.start_method() == "spawn"

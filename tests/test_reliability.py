"""Reliability at the command line: reports written whole, never over an input, the same bytes every run.

Also: how unreadable records count toward the exit code (README, "Bad input"),
``--max-bytes`` and ``--timeout``, lone surrogates through the JSON report,
bounded memory on a giant JSON Lines line, URL inputs fetched only when named
(with the retry policy checked against a local server), and no network access
by any reader.
"""

from __future__ import annotations

import gzip
import json
import os
import socket
import subprocess
import sys
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from hostile_server import serve
from typer.testing import CliRunner

from mtcheck.cli import app
from mtcheck.readers import ReadOptions, read_documents
from mtcheck.readers import url as url_module

runner = CliRunner()
CLEAN = ("Port reopens after strike\n\nThe port reopened on Monday after a two-week strike, the harbour master "
         "said. Ferries will run on the normal timetable from Tuesday.\n")
#: every format that -o writes, by suffix
SUFFIXES = (".json", ".jsonl", ".csv", ".parquet", ".html", ".sarif", ".xml", ".md")


def invoke(*args: str, **kwargs: Any):
    return runner.invoke(app, list(args), catch_exceptions=False, **kwargs)


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder of good and bad inputs; the working directory is tmp_path."""
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (folder / "glued.txt").write_text("The mayor praised the firefighters\N{LEFT DOUBLE QUOTATION MARK}True "
                                      "Heroes\N{RIGHT DOUBLE QUOTATION MARK} on Monday.\n", encoding="utf-8")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (folder / "records.jsonl").write_text('{"text": "A record \\ud83d with a broken escape."}\n{"text": \n'
                                          '[1]\n{"text": "Fine record."}\n', encoding="utf-8")
    (folder / "bytes.txt").write_bytes("The caf".encode() + b"\xe9 \xe2\x80\x94 reopened.\n")
    (folder / "cut.txt.gz").write_bytes(gzip.compress(CLEAN.encode() * 30)[:-30])
    return folder


# --- reports ---------------------------------------------------------------------

def test_reports_are_byte_identical_across_runs_and_jobs(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the HTML report states when it was made; SOURCE_DATE_EPOCH fixes that date, as for reproducible builds
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    outputs = []
    for run, jobs in (("a", "1"), ("b", "2")):
        args = [arg for suffix in SUFFIXES for arg in ("-o", f"{run}/r{suffix}")]
        result = invoke("audit", "in", "-q", "--fail-on", "never", "--jobs", jobs, *args)
        assert result.exit_code == 0, result.output
        outputs.append({suffix: Path(f"{run}/r{suffix}").read_bytes() for suffix in SUFFIXES})
    for suffix in SUFFIXES:
        assert outputs[0][suffix] == outputs[1][suffix], f"{suffix} differs between --jobs 1 and --jobs 2"


def test_an_interrupted_write_leaves_the_previous_report_whole(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Path("r.json").write_text('{"previous": true}', encoding="utf-8")

    def interrupted(source: Any, target: Any) -> None:
        raise KeyboardInterrupt  # Ctrl-C just before the rename

    monkeypatch.setattr(os, "replace", interrupted)
    result = runner.invoke(app, ["audit", "in", "-q", "-o", "r.json"])
    assert result.exit_code != 0  # click reports the interruption as "Aborted!"
    assert Path("r.json").read_text(encoding="utf-8") == '{"previous": true}'
    assert sorted(p.name for p in Path(".").iterdir()) == ["in", "r.json"], "no temporary file is left behind"


@pytest.mark.parametrize("output", ["in/clean.txt", "./in/../in/clean.txt", "link.txt"])
def test_an_output_that_is_an_input_is_refused(corpus: Path, output: str) -> None:
    Path("link.txt").symlink_to(corpus / "clean.txt")
    for inputs in (["in/clean.txt"], ["in"], ["in/*.txt"]):
        result = invoke("audit", *inputs, "-q", "-o", output)
        assert result.exit_code == 2, (inputs, result.output)
        assert "is also an input" in result.output
        assert (corpus / "clean.txt").read_text(encoding="utf-8") == CLEAN


# --- errors and the exit code ----------------------------------------------------------

def test_bad_records_are_counted_and_do_not_fail_the_run_alone(corpus: Path) -> None:
    result = invoke("audit", "in/clean.txt", "in/image.txt", "in/cut.txt.gz", "-q", "--format", "json")
    data = json.loads(result.stdout)
    errors = [d["error"].split(":")[0] for d in data["documents"] if d["error"]]
    assert errors == ["binary", "truncated-gzip"]
    assert data["summary"]["errors"] == 2 and data["summary"]["documents"] == 3
    assert result.exit_code == 0, "the readable document is clean; unreadable ones are reported, not failing"


def test_a_run_where_nothing_could_be_read_exits_2(corpus: Path) -> None:
    result = invoke("audit", "in/image.txt", "in/cut.txt.gz", "-q", "--fail-on", "never")
    assert result.exit_code == 2
    assert "in/image.txt: error: binary: skipped" in result.stdout  # each record's reason is in the report


def test_encoding_errors_are_error_findings_and_fail_the_run(corpus: Path) -> None:
    result = invoke("audit", "in/bytes.txt", "-q", "--format", "json", "--select", "EN")
    [document] = json.loads(result.stdout)["documents"]
    [finding] = document["findings"]
    assert (finding["check"], finding["severity"], finding["start"], finding["excerpt"]) == \
        ("encoding-error", "error", 7, "\N{REPLACEMENT CHARACTER}")
    assert "0xE9 at byte 7" in finding["message"]
    assert result.exit_code == 1


def test_a_lone_surrogate_reaches_the_json_report_as_a_replacement_character(corpus: Path) -> None:
    result = invoke("audit", "in/records.jsonl", "-q", "--format", "json", "-o", "r.json")
    for text in (result.stdout, Path("r.json").read_text(encoding="utf-8")):
        data = json.loads(text)
        first = data["documents"][0]
        assert first["text"] == "A record \N{REPLACEMENT CHARACTER} with a broken escape."
        [finding] = [f for f in first["findings"] if f["check"] == "encoding-error"]
        assert first["text"][finding["start"]:finding["end"]] == finding["excerpt"] == "\N{REPLACEMENT CHARACTER}"
        assert [d["error"].split(":")[0] for d in data["documents"] if d["error"]] == ["invalid-json", "not-an-object"]
        assert len(data["documents"]) == 4, "four records in, four documents out"


# --- size limits ----------------------------------------------------------------

def test_max_bytes_option(corpus: Path) -> None:
    result = invoke("audit", "in/clean.txt", "-q", "--format", "json", "--max-bytes", "100")
    [document] = json.loads(result.stdout)["documents"]
    assert document["error"].startswith("too-large: ") and "--max-bytes" in document["error"]
    assert invoke("audit", "in/clean.txt", "--max-bytes", "1K", "-q").exit_code == 0
    result = invoke("audit", "in/clean.txt", "--max-bytes", "lots")
    assert result.exit_code == 2 and "max-bytes" in result.output


def test_a_giant_jsonl_line_is_skipped_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "giant.jsonl"
    with path.open("w", encoding="utf-8") as stream:
        stream.write('{"text": "Before."}\n{"text": "' + "x" * 30_000_000 + '"}\n{"text": "After."}\n')
    tracemalloc.start()
    try:
        documents = list(read_documents([str(path)], ReadOptions(max_bytes=1_000_000)))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [d.text for d in documents] == ["Before.", "", "After."]
    assert documents[1].error.startswith("too-large: line 2: the line is 30,000,013 bytes")
    assert peak < 8_000_000, f"reading a 30 MB line with a 1 MB limit peaked at {peak:,} bytes"


# --- URLs and the network ----------------------------------------------------------

@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch):
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(url_module, "RETRY_DELAY", 0.01)
    yield from serve()


def test_a_url_input_is_fetched_and_read_by_its_kind(server) -> None:
    result = invoke("audit", f"{server.base}/page.html", f"{server.base}/news", "-q", "--format", "json")
    data = json.loads(result.stdout)
    assert [d["title"] for d in data["documents"]] == ["Port reopens after strike", "Ferries back"]
    assert [d["origin"] for d in data["documents"]][0] == f"{server.base}/page.html"
    assert result.exit_code == 0


def test_url_retry_policy(server) -> None:
    options = ReadOptions(timeout=0.3)
    cases = {"/error500.html": ("http-error", 3), "/error404.html": ("http-error", 1),
             "/stall.html": ("timeout", 3), "/loop-a.html": ("redirect", 1)}
    for path, (kind, attempts) in cases.items():
        [document] = read_documents([server.base + path], options)
        assert document.error.startswith(f"{kind}: "), document.error
        assert server.hits[path] == attempts, path
    assert "--timeout" in read_documents([server.base + "/drip.html"], options).__next__().error


def test_the_timeout_option_bounds_a_stalled_download(server) -> None:
    result = invoke("audit", f"{server.base}/stall.html", "-q", "--timeout", "0.2", "--format", "json")
    [document] = json.loads(result.stdout)["documents"]
    assert document["error"].startswith("timeout: ") and "within 0.2 s (after 3 attempts)" in document["error"]


def test_no_reader_opens_a_connection(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (corpus / "page.html").write_text(
        "<html><head><script src='http://192.0.2.1/a.js'></script><link rel=stylesheet href='http://192.0.2.1/s.css'>"
        "</head><body><p>The port reopened on Monday.</p><img src='http://192.0.2.1/i.png'>"
        "<iframe src='http://192.0.2.1/'></iframe></body></html>", encoding="utf-8")
    (corpus / "feed.rss").write_text(
        "<?xml version='1.0'?><!DOCTYPE rss SYSTEM 'http://192.0.2.1/rss.dtd'><rss><channel><item><title>T</title>"
        "<description>&lt;img src='http://192.0.2.1/x.png'&gt; Ferries run.</description></item></channel></rss>",
        encoding="utf-8")
    attempts: list[Any] = []

    def refuse(sock: socket.socket, address: Any) -> None:
        attempts.append(address)
        raise OSError("no network in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: refuse(None, a))  # type: ignore[arg-type]
    result = invoke("audit", "in", "-q", "--format", "json")
    assert len(json.loads(result.stdout)["documents"]) == 11
    assert attempts == []


def test_the_max_bytes_default_is_the_readers_default() -> None:
    from mtcheck.config import Settings
    from mtcheck.readers.base import DEFAULT_MAX_BYTES

    assert Settings().max_bytes == ReadOptions().max_bytes == DEFAULT_MAX_BYTES


def test_reports_are_byte_identical_whatever_the_hash_seed(tmp_path: Path) -> None:
    # worker processes start with their own hash seed: a finding must never depend on the order of a set
    (tmp_path / "names.txt").write_text(
        "Police watch crime figure\n\nPolice watched Neil Scarborough for months. Officers spotted Sarborough, 32, "
        "at a garage, and an officer passed files to Scarbrough about the inquiry into Scarborough.\n", encoding="utf-8")
    reports = []
    for seed in ("1", "6"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "MTCHECK_CACHE_DIR": str(tmp_path / "cache")}
        done = subprocess.run([sys.executable, "-m", "mtcheck", "audit", str(tmp_path / "names.txt"),
                               str(Path(__file__).parents[1] / "corpora" / "examples" / "batch.jsonl"),
                               "--format", "jsonl", "--fail-on", "never", "-q"],
                              env=env, capture_output=True, check=True)
        reports.append(done.stdout)
    assert reports[0] == reports[1]
    assert b"Scarbrough" in reports[0] and b"Sarborough" in reports[0]

"""mtcheck on a Dask cluster: a LocalCluster of two worker processes finds exactly what the local engine finds."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")
dd = pytest.importorskip("dask.dataframe")
pd = pytest.importorskip("pandas")

from mtcheck.api import audit_stream, resolve_settings  # noqa: E402
from mtcheck.bench.quality import DEFAULT_BENCH, load_bench  # noqa: E402
from mtcheck.dask import audit_dataframe  # noqa: E402
from mtcheck.model import RunResult  # noqa: E402
from mtcheck.reporters.machine import result_frame  # noqa: E402
from mtcheck.runner import signature  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CHEAP = ("headline-mismatch", "off-topic-sentence")


def short_documents(count: int) -> list[dict]:
    """``count`` short generated news texts (the benchmark's records, cycled under new ids)."""
    records = load_bench(DEFAULT_BENCH)
    out = []
    for number in range(count):
        record = records[number % len(records)]
        out.append({"id": f"doc-{number}", "title": record["title"] if number % 3 else None,
                    "text": record["text"].partition("\n\n")[2]})
    return out


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as connected:
        yield connected


def test_audit_dataframe_on_two_workers_finds_exactly_the_local_findings(client):
    records = short_documents(5000)
    local = list(audit_stream(records, jobs=2, ignore=CHEAP))
    expected = result_frame(RunResult(documents=tuple(local), signature=signature(resolve_settings(), [])))
    ddf = dd.from_pandas(pd.DataFrame(records), npartitions=10)
    # a result within ten minutes or a failure: a cluster whose workers died would wait forever
    found = client.compute(audit_dataframe(ddf, text="text", title="title", id="id", ignore=CHEAP)).result(timeout=600)
    assert len(found) >= 5000 and found["check"].notna().sum() > 1000
    pd.testing.assert_frame_equal(found.reset_index(drop=True), expected.reset_index(drop=True))


def test_the_dask_engine_of_the_command_writes_what_jobs_1_writes(client, tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in short_documents(300)), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("MTCHECK_")}
    env.update(MTCHECK_CACHE_DIR=str(tmp_path / "cache"), PYTHONPATH=str(ROOT))
    runs = {}
    for name, extra in (("dask", ["--engine", "dask", "--scheduler", client.scheduler.address]),
                        ("local", ["--jobs", "1"])):
        done = subprocess.run([sys.executable, "-m", "mtcheck", "audit", "feed.jsonl", "--format", "json", "-q",
                               "--ignore", ",".join(CHEAP), *extra], cwd=tmp_path, env=env, capture_output=True,
                              text=True, timeout=600)
        assert done.returncode == 1, done.stderr
        runs[name] = done.stdout
    assert runs["dask"] == runs["local"]
    assert len(json.loads(runs["dask"])["documents"]) == 300


def test_missing_columns_are_named_with_the_ones_there_are():
    ddf = dd.from_pandas(pd.DataFrame({"body": ["Some text."]}), npartitions=1)
    with pytest.raises(ValueError, match="'text'.*it has: body"):
        audit_dataframe(ddf)

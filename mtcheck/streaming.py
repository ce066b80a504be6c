"""The streaming audit behind ``mtcheck audit``: read, audit in batches, spool, report.

Documents are read lazily, audited in batches (in this process, on worker
processes or on Dask: ``mtcheck.parallel``), appended to a spool file and
written to the ``jsonl``/``csv`` reports as they come; the other reports are
rendered from the spool at the end (``mtcheck.sink``). Memory holds a few
batches, never the whole input or result.

With a checkpoint, the spool is the checkpoint file: a run started again with
the same arguments replays the batches already in it (to the reports and the
totals), checks that the input still starts with the same documents, skips
them and goes on. The checkpoint is removed when the run completes.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from . import __version__
from .config import Settings
from .model import Document, DocumentResult, Scope, Severity
from .parallel import audit_batches
from .runner import BATCH_SIZE, batches, build_checks, signature
from .sink import BaselineGate, ResultSink, SpooledResult
from .spool import CheckpointError, Spool, id_digest
from .textguard import scrub_document

#: settings that change the exit code but not what is found: a checkpoint survives a change of them
_GATE_SETTINGS = ("fail_on", "min_score")


@dataclass(frozen=True)
class Engine:
    """How to run the batches: ``jobs`` workers of ``engine`` (``local`` or ``dask`` at ``scheduler``)."""

    jobs: int = 1
    engine: str = "local"
    scheduler: str | None = None


def _input_state(inputs: Sequence[str]) -> list:
    """What identifies the inputs' content cheaply: path, size and modification time of every file."""
    state: list = []
    for name in inputs:
        path = Path(name)
        if name == "-" or not path.exists():
            state.append(name)
        elif path.is_dir():
            for folder, _, files in sorted(os.walk(path)):
                for file in sorted(files):
                    info = os.stat(os.path.join(folder, file))
                    state.append([os.path.join(folder, file), info.st_size, info.st_mtime_ns])
        else:
            info = path.stat()
            state.append([str(path.resolve()), info.st_size, info.st_mtime_ns])
    return state


def run_key(settings: Settings, inputs: Sequence[str], batch_size: int = BATCH_SIZE) -> str:
    """A digest of what decides a run's document results: version, settings, inputs, batch size."""
    values = {k: v for k, v in settings.as_dict().items() if k not in _GATE_SETTINGS}
    data = {"version": __version__, "settings": values, "inputs": _input_state(inputs), "batch": batch_size}
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode("utf-8")).hexdigest()


def _open_spool(settings: Settings, inputs: Sequence[str], checkpoint: Path | None, engine: Engine) -> Spool:
    from .embed_cache import cache_snapshot

    key = run_key(settings, inputs)
    if checkpoint is not None and checkpoint.exists() and checkpoint.stat().st_size:
        return Spool.resume(checkpoint, {"key": key})
    # a remote cluster's workers have caches of their own: they read none of them (see mtcheck.dask)
    local = engine.engine == "local" or engine.scheduler == "local"
    header = {"key": key, "cache_cutoff": cache_snapshot(settings.cache_dir) if local else 0,
              "batch": BATCH_SIZE, "mtcheck_version": __version__}
    if checkpoint is not None:
        return Spool.create(checkpoint, header, durable=True)
    handle, name = tempfile.mkstemp(prefix="mtcheck-spool-", suffix=".jsonl")
    os.close(handle)
    return Spool.create(name, header)


def _skip_done(documents: Iterable[Document], done: array) -> Iterator[Document]:
    """``documents`` after the first ``len(done)``, which must be the checkpoint's documents."""
    iterator = iter(documents)
    for number, digest in enumerate(done):
        document = next(iterator, None)
        if document is None:
            raise CheckpointError(f"the input now has fewer documents ({number}) than the checkpoint "
                                  f"({len(done)}); delete the checkpoint to start over")
        if id_digest(document.id) != digest and id_digest(scrub_document(document).id) != digest:
            raise CheckpointError(f"document {number + 1} of the input ('{document.id}') is not the one the "
                                  "checkpoint holds: the input changed; delete the checkpoint to start over")
    yield from iterator


def audit_to_reports(
    documents: Iterable[Document],
    settings: Settings,
    planned: Sequence,
    *,
    inputs: Sequence[str] = (),
    engine: Engine = Engine(),
    checkpoint: Path | None = None,
    baseline: tuple[list, str] | None = None,
    write_baseline: Path | None = None,
    progress: Callable[[DocumentResult], None] | None = None,
    say: Callable[[str], None] = lambda message: print(message, file=sys.stderr),
) -> SpooledResult:
    """Audit ``documents`` and write the ``planned`` reports (``sink.plan_outputs``); return the result.

    ``baseline`` is ``(rows, path)`` of ``--baseline``; ``write_baseline`` the
    file ``--write-baseline`` records every finding in.
    """
    checks = [c for c in build_checks(settings) if c.scope is not Scope.PAIR]  # bad options fail before any work
    spool = _open_spool(settings, inputs, checkpoint, engine)
    sink = None
    try:
        gate = BaselineGate(*baseline) if baseline is not None else None
        sink = ResultSink(spool, planned, gate, live=write_baseline is None, progress=progress)
        done = array("Q")
        for batch in batches(spool, BATCH_SIZE):
            sink.replay(batch)
            done.extend(id_digest(r.document.id) for r in batch)
        if len(done):
            say(f"mtcheck: resuming from checkpoint {checkpoint}: {len(done)} documents already audited")
        remaining = _skip_done(documents, done)
        for results in audit_batches(remaining, settings, jobs=engine.jobs, engine=engine.engine,
                                     scheduler=engine.scheduler, cutoff=spool.header.get("cache_cutoff")):
            sink.add(results)
        fail_on = None if settings.fail_on == "never" else Severity.parse(settings.fail_on)
        run_signature = signature(settings, checks, inputs)
        if write_baseline is not None:
            _write_baseline(sink, write_baseline, run_signature, say)
        result = sink.result(run_signature, fail_on, settings.min_score)
        sink.finish(result)
    except BaseException:
        if sink is not None:
            sink.abort()
        spool.close(delete=checkpoint is None)
        raise
    spool.close(delete=True)
    return result


def _write_baseline(sink: ResultSink, path: Path, run_signature, say: Callable[[str], None]) -> None:
    """Record every finding of the run in ``path``, then accept them all (``cli.apply_gate``'s rules)."""
    from .baseline import dumps_baseline, read_baseline
    from .sink import AtomicFile
    from .spool import SpooledDocuments

    # fingerprints do not depend on the marks of --baseline: the unmarked documents will do
    raw = SpooledResult(documents=SpooledDocuments(sink.spool), signature=run_signature, totals=sink.totals)
    target = AtomicFile(path, binary=False)
    try:
        target.stream.write(dumps_baseline(raw))
        target.commit()
    except BaseException:
        target.abort()
        raise
    rows = read_baseline(path)
    say(f"mtcheck: wrote {len(rows)} findings to the baseline {path}")
    sink.regate(BaselineGate(rows, str(path)))

"""Auditing batches of documents in this process, in worker processes or on a Dask cluster.

Every engine runs the same task, ``audit_batch_task(settings, cutoff,
documents)``, on batches of ``runner.BATCH_SIZE`` documents cut from the input
in order, and results come back in input order. A batch's result depends only
on the batch and the settings (``runner.Auditor.audit_batch``), so the output
is the same bytes whatever engine and however many workers ran it.

Each worker process builds its ``Auditor`` (checks, language identifier,
sentence encoder) once and keeps it for every batch it gets. At most a few
batches per worker are in flight, so reading a huge input never runs ahead of
the workers and memory stays bounded.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from itertools import chain
from typing import Any, Iterable, Iterator, Sequence

from .config import Settings
from .model import Document, DocumentResult
from .embed_cache import connection_opened
from .runner import BATCH_SIZE, Auditor, batches

ENGINES = ("local", "dask")
#: batches queued per worker beyond the one it is auditing
QUEUED_PER_WORKER = 2

_AUDITORS: dict[tuple[str, int], Auditor] = {}
_AUDITORS_LOCK = threading.Lock()


def start_method() -> str:
    """How worker processes start: forked on Linux, where they inherit the modules and word lists the
    parent has loaded (a spawned worker spends most of a second importing and compiling them again, a
    tenth of a two-worker run on real news). Spawned elsewhere; once torch is loaded (an ``st:``
    encoder), whose thread pools a forked child cannot use; and once this process has opened the
    embedding cache (a library caller's earlier run), a SQLite connection no child may inherit."""
    if not sys.platform.startswith("linux") or "torch" in sys.modules or connection_opened():
        return "spawn"
    return "fork"


class WorkerError(RuntimeError):
    """A worker process died or an engine could not start; the message says what to do."""


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS and Windows have no affinity call
        return max(1, os.cpu_count() or 1)


def settings_key(settings: Settings) -> str:
    """A digest of everything in ``settings`` (which Auditor a worker needs)."""
    text = json.dumps(settings.as_dict(), sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def auditor_for(settings: Settings) -> Auditor:
    """This process's Auditor for ``settings``, built on first use (one per thread: batches reset its caches)."""
    key = (settings_key(settings), threading.get_ident())
    with _AUDITORS_LOCK:
        auditor = _AUDITORS.get(key)
        if auditor is None:
            auditor = _AUDITORS[key] = Auditor.from_settings(settings)
    return auditor


def audit_batch_task(settings: Settings, cutoff: int | None, documents: Sequence[Document]) -> list[DocumentResult]:
    """Audit one batch with this process's Auditor: the task every engine runs."""
    return auditor_for(settings).audit_batch(documents, cutoff)


def _watch_parent(parent: int) -> None:
    """Exit when the parent dies: a killed audit (SIGKILL) must not leave workers behind."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _worker_init(settings: Settings, threads: int, parent: int) -> None:
    """Set up a worker process: the parent handles Ctrl-C, native libraries share the cores, checks are built."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    for variable in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ[variable] = str(threads)  # read by torch when an st: encoder is first loaded
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(threads)
    except ImportError:
        pass
    auditor = auditor_for(settings)
    auditor.resources.langid  # noqa: B018 - load the language model once, before the first batch


class _InProcess:
    """The executor of ``--jobs 1``: runs each task at once in this process."""

    def submit(self, fn: Any, *args: Any) -> Future:
        future: Future = Future()
        try:
            future.set_result(fn(*args))
        except BaseException as exc:  # noqa: BLE001 - handed to whoever reads the result
            future.set_exception(exc)
        return future


def _ordered(submit: Any, tasks: Iterable[tuple], window: int) -> Iterator[Any]:
    """Results of ``tasks`` in order, with at most ``window`` submitted and not yet read."""
    pending: deque = deque()
    for args in tasks:
        pending.append(submit(audit_batch_task, *args))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


@contextmanager
def _process_pool(settings: Settings, jobs: int) -> Iterator[Any]:
    threads = max(1, default_jobs() // jobs)
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context(start_method()),
                               initializer=_worker_init, initargs=(settings, threads, os.getpid()))
    try:
        yield pool.submit, jobs * (1 + QUEUED_PER_WORKER)
    except BaseException as exc:
        # an interrupted run must not wait for batches nobody will read
        processes = list((getattr(pool, "_processes", None) or {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()
        if isinstance(exc, BrokenProcessPool):
            raise WorkerError("a worker process died (out of memory, or killed); run again with fewer --jobs, "
                              "and with --checkpoint FILE to keep the work already done") from None
        raise
    pool.shutdown(wait=True)


@contextmanager
def _dask(settings: Settings, jobs: int, scheduler: str) -> Iterator[Any]:
    from .dask import client_for

    with client_for(scheduler, jobs) as client:
        workers = max(1, sum(client.nthreads().values()))

        def submit(fn: Any, *args: Any) -> Any:
            return client.submit(fn, *args, pure=False)

        yield submit, workers * (1 + QUEUED_PER_WORKER)


def audit_batches(documents: Iterable[Document], settings: Settings, *, jobs: int = 1, engine: str = "local",
                  scheduler: str | None = None, cutoff: int | None = None,
                  batch_size: int = BATCH_SIZE) -> Iterator[list[DocumentResult]]:
    """Audit ``documents`` in batches of ``batch_size``; yield each batch's results, in input order.

    ``jobs`` worker processes (local engine) are started only when the input
    holds more than one batch; ``engine="dask"`` sends the batches to the Dask
    scheduler at ``scheduler`` (``local`` starts a LocalCluster of ``jobs``
    workers). ``cutoff`` is the embedding cache's snapshot (``embed_cache.cache_snapshot``).
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine '{engine}'; use one of: {', '.join(ENGINES)}")
    stream = batches(documents, batch_size)
    first = next(stream, None)
    if first is None:
        return
    second = next(stream, None) if engine == "local" and jobs > 1 else None
    if engine == "local" and second is None:
        tasks = ((settings, cutoff, batch) for batch in chain([first], stream))
        yield from _ordered(_InProcess().submit, tasks, 1)
        return
    if engine == "dask":
        if scheduler is None:
            raise ValueError("--engine dask needs --scheduler ADDRESS (a running scheduler) or --scheduler local")
        context = _dask(settings, jobs, scheduler)
    else:
        context = _process_pool(settings, jobs)
    rest = chain([first], [second] if second is not None else [], stream)
    with context as (submit, window):
        yield from _ordered(submit, ((settings, cutoff, batch) for batch in rest), window)

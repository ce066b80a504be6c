"""mtcheck on Dask: audit a Dask DataFrame of texts, or send a CLI run's batches to a cluster.

``audit_dataframe(ddf, text="text", title="title", id="id")`` returns a Dask
DataFrame of findings, one row per finding (a document without findings gets
one row with empty finding columns: the ``csv`` report's table), built with
``map_partitions``. Each worker process builds its Auditor (checks, language
identifier, sentence encoder) the first time a partition reaches it and keeps
it for the next ones (``parallel.auditor_for``).

``mtcheck audit --engine dask --scheduler ADDRESS`` reads the inputs where it
runs and sends batches of documents to the cluster; ``--scheduler local``
starts a LocalCluster of ``--jobs`` single-threaded worker processes.

Needs the ``dask`` extra: ``pip install 'mtcheck[dask]'`` (dask[dataframe] and
distributed), and mtcheck installed on every worker.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from .config import Settings
from .model import Document, RunResult
from .runner import BATCH_SIZE, batches, signature

INSTALL_HINT = "install the dask extra: pip install 'mtcheck[dask]'"


def _distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise ImportError(f"the Dask engine needs dask and distributed; {INSTALL_HINT}") from None
    return distributed


@contextmanager
def client_for(scheduler: str, workers: int = 1) -> Iterator[Any]:
    """A ``distributed.Client`` connected to ``scheduler``, or to a new LocalCluster when it is ``local``."""
    distributed = _distributed()
    if scheduler == "local":
        with distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                      dashboard_address=None) as cluster, distributed.Client(cluster) as client:
            yield client
        return
    try:
        client = distributed.Client(scheduler, timeout="30s")
    except (OSError, TimeoutError) as exc:
        raise ValueError(f"cannot reach the Dask scheduler at '{scheduler}' ({exc}); check the address "
                         "(tcp://HOST:8786) or use --scheduler local") from None
    with client:
        yield client


def _frame(results: list, settings: Settings) -> Any:
    from .reporters.machine import result_frame

    return result_frame(RunResult(documents=tuple(results), signature=signature(settings, [])))


def _documents(partition: Any, text: str, title: str | None, id: str | None) -> Iterator[Document]:
    from .readers.base import compose, error_document

    ids = partition[id] if id is not None else partition.index
    titles = partition[title] if title is not None else [None] * len(partition)
    for doc_id, body, heading in zip(map(str, ids), partition[text], titles):
        heading = heading if isinstance(heading, str) and heading else None
        if not isinstance(body, str):
            yield error_document("missing-field", f"the '{text}' column is empty", id=doc_id, origin=doc_id)
        else:
            yield compose(body, id=doc_id, origin=doc_id, title=heading)


def _audit_partition(partition: Any, text: str, title: str | None, id: str | None, settings: Settings,
                     cutoff: int | None) -> Any:
    """The findings table of one partition, audited in batches by this worker's Auditor."""
    from .parallel import auditor_for

    auditor = auditor_for(settings)
    results = []
    for batch in batches(_documents(partition, text, title, id), BATCH_SIZE):
        results.extend(auditor.audit_batch(batch, cutoff))
    return _frame(results, settings)


def audit_dataframe(ddf: Any, text: str = "text", title: str | None = None, id: str | None = None, *,
                    config: str | Path | None = None, cache_cutoff: int | None = 0, **options: Any) -> Any:
    """Audit every row of the Dask DataFrame ``ddf``; return a lazy Dask DataFrame of findings.

    ``text``, ``title`` and ``id`` name columns (without ``id``, the row's index
    is the document id). Keyword options are settings as for
    ``mtcheck.audit_documents`` (``select``, ``ignore``, ``encoder``...).
    ``cache_cutoff`` is how much of each worker's embedding cache is read: 0
    (default) reads none of it, so results never depend on which worker audited
    what; None reads all of it (faster reruns, last-bit float differences possible).
    """
    from .api import resolve_settings

    missing = [c for c in (text, title, id) if c is not None and c not in ddf.columns]
    if missing:
        raise ValueError(f"column(s) {', '.join(map(repr, missing))} not in the DataFrame; "
                         f"it has: {', '.join(map(str, ddf.columns))}")
    settings = resolve_settings(config, **options)
    meta = _frame([], settings)
    return ddf.map_partitions(_audit_partition, text, title, id, settings, cache_cutoff, meta=meta,
                              enforce_metadata=False)

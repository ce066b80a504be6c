"""The on-disk embedding cache: one SQLite file of vectors keyed by encoder and text digest.

A rerun on the same feed reads its vectors back instead of encoding again.
SQLite's own locking makes concurrent writes from several worker processes
safe; a connection is reopened after a fork, and a cache that cannot be
opened or written only warns (the run goes on without it).
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
import warnings
from pathlib import Path
from typing import Sequence

import numpy as np

CACHE_FILE = "embeddings.sqlite3"


def default_cache_dir() -> Path:
    """``$MTCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/mtcheck``, else ``~/.cache/mtcheck``."""
    if os.environ.get("MTCHECK_CACHE_DIR"):
        return Path(os.environ["MTCHECK_CACHE_DIR"]).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "mtcheck"


class DiskCache:
    """Vectors in one SQLite file, keyed by a digest of encoder name and text.

    Opened lazily, reopened after a fork (a connection must not cross
    processes) and shared by threads under a lock. If the folder cannot be
    written, the cache warns once and turns itself off: a read-only home must
    not stop an audit.
    """

    def __init__(self, folder: str | os.PathLike) -> None:
        self.path = Path(folder).expanduser() / CACHE_FILE
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None
        self._pid = -1
        self._broken = False
        #: when set, only rows up to this rowid are read: the cache as it was when a run
        #: started, so that vectors written during the run (whose float rounding depends on
        #: the batch they were encoded in) cannot make results depend on processing order
        self.cutoff: int | None = None

    def _connect(self) -> sqlite3.Connection | None:
        if self._broken:
            return None
        if self._connection is None or self._pid != os.getpid():
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                connection = self._open()
            except (OSError, sqlite3.Error) as exc:
                self._broken = True
                warnings.warn(
                    f"embedding cache {self.path} is not usable ({exc}); running without it. "
                    "Set cache-dir (or MTCHECK_CACHE_DIR) to a writable folder.",
                    RuntimeWarning,
                    stacklevel=3,
                )
                return None
            self._connection, self._pid = connection, os.getpid()
        return self._connection

    def _open(self, attempts: int = 50) -> sqlite3.Connection:
        """Open the file in WAL mode and create the table. Switching a new file to WAL
        takes an exclusive lock that SQLite's busy timeout does not wait for, so workers
        starting together on a fresh cache retry instead of giving it up."""
        attempt = 0
        while True:
            connection = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
            _OPENED_BY.add(os.getpid())
            try:
                connection.execute("PRAGMA journal_mode=WAL")
                connection.execute("PRAGMA synchronous=NORMAL")
                connection.execute("CREATE TABLE IF NOT EXISTS vectors (key BLOB PRIMARY KEY, vector BLOB NOT NULL)")
                connection.commit()
                return connection
            except sqlite3.OperationalError as exc:
                connection.close()
                attempt += 1
                if "locked" not in str(exc) or attempt == attempts:
                    raise
                time.sleep(0.05 * attempt)

    def get_many(self, keys: Sequence[bytes], dim: int) -> dict[bytes, np.ndarray]:
        """The cached vectors among ``keys``."""
        found: dict[bytes, np.ndarray] = {}
        with self._lock:
            connection = self._connect()
            if connection is None:
                return found
            for start in range(0, len(keys), 500):  # SQLite limits bound parameters
                chunk = list(keys[start:start + 500])
                marks = ",".join("?" * len(chunk))
                query = f"SELECT key, vector FROM vectors WHERE key IN ({marks})"
                if self.cutoff is not None:
                    query += " AND rowid <= ?"
                    chunk.append(self.cutoff)
                rows = connection.execute(query, chunk)
                for key, blob in rows:
                    vector = np.frombuffer(blob, dtype=np.float32)
                    if vector.size == dim:
                        found[bytes(key)] = vector
        return found

    def put_many(self, items: Sequence[tuple[bytes, np.ndarray]]) -> None:
        """Store vectors; a key already present is left as it is."""
        with self._lock:
            connection = self._connect()
            if connection is None or not items:
                return
            try:
                with connection:
                    connection.executemany(
                        "INSERT OR IGNORE INTO vectors (key, vector) VALUES (?, ?)",
                        [(key, np.ascontiguousarray(vec, dtype=np.float32).tobytes()) for key, vec in items],
                    )
            except sqlite3.Error as exc:  # a locked or full disk must not lose the run
                warnings.warn(f"could not write the embedding cache {self.path}: {exc}", RuntimeWarning, stacklevel=3)


#: processes that opened a cache connection: a process forked from one would hold a copy of it, which
#: SQLite forbids using or closing in the child (``parallel.start_method`` spawns instead)
_OPENED_BY: set[int] = set()


def connection_opened() -> bool:
    """Has this process opened a cache connection (which a forked child must not inherit)?"""
    return os.getpid() in _OPENED_BY


def cache_snapshot(cache_dir: str | os.PathLike | None = None) -> int:
    """The newest row of the embedding cache in ``cache_dir`` now: 0 when it is empty or absent.

    A run reads only rows up to this one (``CachedEncoder.isolate``), so its results do
    not depend on which vectors other workers, or the run itself, wrote meanwhile.
    """
    path = Path(cache_dir if cache_dir else default_cache_dir()).expanduser() / CACHE_FILE
    if not path.is_file():
        return 0
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=30)
        try:
            row = connection.execute("SELECT max(rowid) FROM vectors").fetchone()
        finally:
            connection.close()
    except sqlite3.Error:  # no table yet, or a broken file the encoder will warn about
        return 0
    return int(row[0] or 0)

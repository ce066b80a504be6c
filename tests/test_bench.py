"""The quality benchmark: a reproducible generator, exact labels, and a scorer that counts right."""

from __future__ import annotations

import json

import pytest

from mtcheck.bench.__main__ import main as bench_main
from mtcheck.bench.corpus import mark, read_parallel, unmark
from mtcheck.bench.generate import DEFAULT_OUT, DEFAULT_SEED, build, main as generate_main, write
from mtcheck.bench.quality import CONTRACT_CHECKS, roc_auc, score
from mtcheck.model import Document, DocumentResult, Finding, Severity

PRIVATE_MARKS = {"\ue000", "\ue001", "\ue002"}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return build()


def test_same_seed_gives_the_same_benchmark_and_another_seed_another(records):
    assert build(DEFAULT_SEED) == records
    other = build(DEFAULT_SEED + 1)
    assert [r["text"] for r in other] != [r["text"] for r in records]


def test_versioned_benchmark_is_what_the_generator_writes(records, tmp_path):
    fresh = tmp_path / "quality.jsonl"
    write(records, fresh)
    assert fresh.read_bytes() == DEFAULT_OUT.read_bytes(), (
        "corpora/bench/quality.jsonl is stale: rebuild it with `python -m mtcheck.bench generate`")


def test_every_label_span_lies_inside_its_text(records):
    for record in records:
        assert not PRIVATE_MARKS & set(record["text"]), record["id"]
        assert record["text"].startswith(record["title"] + "\n\n"), record["id"]
        for label in record["labels"]:
            assert 0 <= label["start"] < label["end"] <= len(record["text"]), (record["id"], label)
            assert label["check"] in CONTRACT_CHECKS, label


def test_benchmark_covers_every_check_with_enough_texts(records):
    kinds = {k: sum(r["kind"] == k for r in records) for k in ("clean", "single", "mt")}
    assert kinds["single"] + kinds["mt"] >= 300
    assert kinds["clean"] >= 100
    required = {l["check"] for r in records for l in r["labels"] if not l.get("optional")}
    assert required == set(CONTRACT_CHECKS)
    for record in records:
        if record["kind"] == "clean":
            assert record["labels"] == [] and record["clean"] and not record["mt"]
        if record["kind"] == "mt":
            assert len(record["variants"]) >= 3 and record["mt"]


def test_injected_spans_hold_what_was_injected(records):
    samples = {}
    for record in records:
        for label in record["labels"]:
            samples.setdefault(label.get("variant"), record["text"][label["start"]:label["end"]])
    assert samples["bracketed"].startswith("[") and samples["bracketed"].endswith("]")
    assert samples["guillemets"][0] == "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    assert "," in samples["decimal-comma"]


def test_marks_nest_and_unmark_to_exact_spans():
    text, labels = unmark("Before " + mark("wrong-language", mark("untranslated-span", "la mairie", optional=True),
                                           language="fr") + " after.")
    assert text == "Before la mairie after."
    assert [(l["check"], text[l["start"]:l["end"]], l.get("optional", False)) for l in labels] == [
        ("untranslated-span", "la mairie", True), ("wrong-language", "la mairie", False)]
    with pytest.raises(ValueError):
        unmark("\ue000x|||\ue001unclosed")


def _result(document: Document, findings: list[Finding]) -> DocumentResult:
    return DocumentResult(document, tuple(findings), 100.0, None, "en", None, 50)


def _finding(check: str, start: int, end: int) -> Finding:
    return Finding("XX001", check, Severity.WARNING, start, end, "", "")


def test_scoring_matches_by_check_and_overlap_with_groups_and_optional_labels():
    record = {"id": "r", "kind": "single", "text": "x" * 100, "labels": [
        {"check": "untranslated-span", "start": 10, "end": 20},
        {"check": "name-variant", "start": 30, "end": 35, "group": 1},
        {"check": "name-variant", "start": 60, "end": 65, "group": 1},
        {"check": "off-topic-sentence", "start": 70, "end": 90, "optional": True},
    ]}
    document = Document("r", record["text"], "test")
    findings = [
        _finding("untranslated-span", 15, 25),   # overlaps its label: true positive
        _finding("untranslated-span", 40, 45),   # no label there: false positive
        _finding("glued-quote", 10, 20),         # no label of that check: false positive
        _finding("name-variant", 61, 63),        # one of the group: the group is found
        _finding("off-topic-sentence", 75, 80),  # optional label: not a false positive
    ]
    checks = score([record], [_result(document, findings)])["checks"]
    assert (checks["untranslated-span"]["tp"], checks["untranslated-span"]["fp"]) == (1, 1)
    assert checks["untranslated-span"]["recall"] == 1.0 and checks["untranslated-span"]["precision"] == 0.5
    assert checks["glued-quote"]["precision"] == 0.0 and checks["glued-quote"]["expected"] == 0
    assert checks["name-variant"]["expected"] == 1 and checks["name-variant"]["recall"] == 1.0
    assert checks["off-topic-sentence"]["fp"] == 0 and checks["off-topic-sentence"]["expected"] == 0


def test_roc_auc_counts_ranked_pairs():
    assert roc_auc([0.9, 0.8], [0.1, 0.2]) == 1.0
    assert roc_auc([0.1], [0.9]) == 0.0
    assert roc_auc([0.5], [0.5]) == 0.5
    assert roc_auc([], [0.5]) is None


def test_quality_command_runs_on_a_tiny_benchmark_and_writes_json(records, tmp_path, capsys):
    tiny = [r for r in records if r["kind"] == "clean"][:3]
    tiny += [r for r in records if r["kind"] == "mt" and r["split"] == "test"][:3]
    tiny += [r for r in records if r["kind"] == "clean" and r["split"] == "test"][:3]
    tiny += [next(r for r in records if r["variants"] == [v]) for v in
             ("untranslated-span/bracketed", "boilerplate/comments", "headline-mismatch/swap")]
    bench = tmp_path / "tiny.jsonl"
    write(tiny, bench)
    out = tmp_path / "figures.json"
    assert bench_main(["quality", "--bench", str(bench), "--json", str(out), "--langid", "langid"]) == 0
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert {"checks", "variants", "clean", "speed", "verdict", "registered_checks", "missing_checks"} <= set(figures)
    assert figures["documents"] == len(tiny)
    for key in ("docs_per_second", "docs_per_second_without_embedding", "langid_time_share",
                "langid_calls", "langid_document_calls", "sentences_with_langid", "sentences",
                "clean_sentences_with_langid"):
        assert key in figures["speed"]
    assert figures["speed"]["sentences_with_langid"] <= figures["speed"]["sentences"]
    assert figures["clean"]["clean_sentences"] > 0
    assert 0.0 <= figures["verdict"]["roc_auc"] <= 1.0
    printed = capsys.readouterr().out
    assert "false findings" in printed and "ROC AUC" in printed


def test_quality_command_says_how_to_build_a_missing_benchmark(tmp_path, capsys):
    assert bench_main(["quality", "--bench", str(tmp_path / "none.jsonl")]) == 2
    assert "python -m mtcheck.bench generate" in capsys.readouterr().err


def test_parallel_sentences_are_read_by_language_and_never_overwrite_the_versioned_file(tmp_path):
    tsv = tmp_path / "fr-en.sample.tsv"
    rows = [f"Phrase numéro {n} écrite pour ce test, avec assez de mots dedans.\tSentence {n}." for n in range(7)]
    tsv.write_text("src\ttgt\n" + "\n".join(rows) + "\n", encoding="utf-8")
    pools = read_parallel([str(tsv)])
    assert list(pools) == ["fr"] and [len(group) for group in pools["fr"]] == [3, 3]
    with pytest.raises(SystemExit):
        generate_main(["--parallel", str(tsv), "--out", str(DEFAULT_OUT)])
    built = tmp_path / "with-parallel.jsonl"
    assert generate_main(["--parallel", str(tsv), "--out", str(built)]) == 0
    assert "Phrase numéro" in built.read_text(encoding="utf-8")
    assert "Phrase numéro" not in DEFAULT_OUT.read_text(encoding="utf-8")

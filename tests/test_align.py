"""``mtcheck align``: the aligner, the pair readers, the pipeline and the command line.

The aligner's logic is tested with a fake encoder whose vectors are known
(segment ``S007`` and its translation ``T007`` share a meaning vector), then
with the bundled default encoder on small French/English texts written for
these tests. Pair files live in tests/data/align/.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import numpy as np
import pytest
from typer.testing import CliRunner

from mtcheck.align import align_texts
from mtcheck.api import align_documents, align_text
from mtcheck.cli import app
from mtcheck.readers.pairs import read_pairs

DATA = Path(__file__).parent / "data" / "align"
SCHEMA = json.loads((Path(__file__).parent / "schema" / "result.schema.json").read_text(encoding="utf-8"))
runner = CliRunner()


class FakeEncoder:
    """Vectors by meaning: ``S007`` and ``T007`` mean the same; words of a text add up."""

    name = "fake"
    dim = 64

    def __init__(self) -> None:
        self.calls = 0

    def _meaning(self, number: int) -> np.ndarray:
        return np.random.default_rng(number).standard_normal(self.dim)

    def encode(self, texts):
        self.calls += 1
        rows = []
        for text in texts:
            vector = sum(self._meaning(int(word[1:])) + 0.3 * self._meaning(10_000 + ord(word[0]))
                         for word in text.split())
            rows.append(vector / np.linalg.norm(vector))
        return np.array(rows, dtype=np.float32).reshape(len(texts), self.dim)

    def for_language(self, language):
        return self


def words(side: str, numbers) -> list[str]:
    return [f"{side}{n:03d}" for n in numbers]


def shapes(alignment) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(g.source, g.target) for g in alignment.groups]


# --- the aligner, with known vectors -------------------------------------------------------------


def test_parallel_text_aligns_one_to_one():
    alignment = align_texts(words("S", range(40)), words("T", range(40)), FakeEncoder())
    assert shapes(alignment) == [((i,), (i,)) for i in range(40)]
    assert all(g.confidence > 0.9 for g in alignment.groups)


def test_omission_and_addition_are_unaligned_groups():
    source = words("S", range(30))
    target = words("T", [n for n in range(30) if n != 10])
    target.insert(20, "T900")  # a sentence from nowhere, between T020 and T021
    groups = shapes(align_texts(source, target, FakeEncoder()))
    assert ((10,), ()) in groups
    assert ((), (20,)) in groups
    assert len([g for g in groups if g[0] and g[1]]) == 29


def test_merged_and_split_translations_are_two_to_one_and_one_to_two():
    source = words("S", range(30))
    source[20:22] = ["S020 S021"]  # one source segment that two target segments translate
    target = words("T", range(30))
    target[5:7] = ["T005 T006"]  # two source segments translated by one target segment
    groups = shapes(align_texts(source, target, FakeEncoder()))
    assert ((5, 6), (5,)) in groups
    assert ((20,), (19, 20)) in groups


def test_a_wrong_translation_stays_a_one_to_one_group_with_low_similarity():
    target = words("T", range(30))
    target[12] = "T777"
    alignment = align_texts(words("S", range(30)), target, FakeEncoder())
    group = next(g for g in alignment.groups if g.source == (12,))
    assert group.target == (12,)
    assert group.similarity < 0.5 < alignment.typical_similarity
    assert group.margin < 0


def test_a_long_run_of_insertions_keeps_the_rest_aligned():
    source = words("S", range(300))
    target = words("T", range(900, 960)) + words("T", range(300))
    groups = shapes(align_texts(source, target, FakeEncoder()))
    assert groups[:60] == [((), (j,)) for j in range(60)]
    assert groups[60:] == [((i,), (i + 60,)) for i in range(300)]


def test_empty_sides():
    encoder = FakeEncoder()
    assert shapes(align_texts([], [], encoder)) == []
    assert shapes(align_texts([], ["T001"], encoder)) == [((), (0,))]
    assert shapes(align_texts(["S001", "S002"], [], encoder)) == [((0,), ()), ((1,), ())]


def test_neighbour_pairs_are_encoded_only_where_a_merge_is_possible():
    encoder = FakeEncoder()
    align_texts(words("S", range(50)), words("T", range(50)), encoder)
    # one call per side for the segments; clean parallel text needs no joined pairs
    assert encoder.calls == 2


# --- the default encoder on real sentences ------------------------------------------------------

SOURCE = (
    "Le conseil municipal s'est réuni mardi soir. Trois conseillers étaient absents. "
    "Le budget a été adopté à l'unanimité. Le maire a promis de nouvelles pistes cyclables. "
    "Les travaux commenceront au printemps. La prochaine séance aura lieu en mars."
)


@pytest.fixture(scope="module")
def cache(tmp_path_factory) -> str:
    return str(tmp_path_factory.mktemp("embeddings"))


def groups_of(result) -> list[tuple[list[int], list[int]]]:
    return [(p["source"], p["target"]) for p in result.pairs]


def test_real_translation_aligns_one_to_one(cache):
    target = ("The city council met on Tuesday evening. Three councillors were absent. "
              "The budget was adopted unanimously. The mayor promised new cycle lanes. "
              "Work will start in the spring. The next session will take place in March.")
    result = align_text(SOURCE, target, source_lang="fr", cache_dir=cache)
    assert groups_of(result) == [([i], [i]) for i in range(6)]
    assert result.findings == ()
    assert all(p["similarity"] > 0.5 for p in result.pairs)


def test_real_translation_with_merge_split_omission_and_addition(cache):
    target = ("The city council met on Tuesday evening, when three councillors were absent. "
              "The mayor promised new cycle lanes. Subscribe to our newsletter for the latest local news. "
              "Work will start. It will be in the spring. The next session will take place in March.")
    result = align_text(SOURCE, target, source_lang="fr", cache_dir=cache, select="AL")
    assert groups_of(result) == [([0, 1], [0]), ([2], []), ([3], [1]), ([], [2]), ([4], [3, 4]), ([5], [5])]
    found = {(f.check, f.side, f.segment) for f in result.findings}
    assert ("omission", "source", 2) in found
    assert ("addition", "target", 2) in found


def test_untranslated_span_is_confirmed_by_the_aligned_source(cache):
    result = align_text(
        "Le président a dénoncé une provocation de la Corée du Nord. Les discussions reprendront demain.",
        "The president denounced a provocation by [la Corée du Nord]. Talks will resume tomorrow.",
        source_lang="fr", cache_dir=cache, select="untranslated-span",
    )
    (finding,) = result.findings
    assert finding.excerpt == "[la Corée du Nord]"
    assert (finding.side, finding.segment) == ("target", 0)
    assert finding.evidence["in_source"] is True and finding.confidence >= 0.98


def test_align_documents_takes_tuples_of_texts_and_mappings(cache):
    result = align_documents(
        [("Le budget a été adopté.", "The budget was adopted."),
         ({"id": "b", "text": "Le maire a parlé."}, {"id": "b", "text": "The mayor spoke."})],
        source_lang="fr", cache_dir=cache,
    )
    assert [d.document.id for d in result.documents] == ["doc-1", "b"]
    assert all(d.pairs and d.source is not None for d in result.documents)


# --- readers of pair files ----------------------------------------------------------------------


def units_of(path: Path, **options):
    from mtcheck.readers.pairs import PairOptions

    (paired,) = read_pairs(str(path), PairOptions(**options))
    assert paired.source.error is None
    return paired, [(u.id, paired.source.text[u.source.start:u.source.end], paired.target.text[u.target.start:u.target.end])
                    for u in paired.units]


def test_tsv_pairs_keep_quotes_and_ids():
    paired, units = units_of(DATA / "pairs.tsv")
    assert [u[0] for u in units] == ["intro", "budget", "quote", "copy", "swap", "missing"]
    assert units[2][2] == 'The majority praised a "responsible" budget.'
    assert units[5][2] == ""


def test_csv_pairs_with_named_columns():
    _, units = units_of(DATA / "pairs.csv", source_field="fr", target_field="en")
    assert units[0] == ("line 2", "Le conseil municipal s'est réuni mardi soir, comme prévu.",
                        "The city council met on Tuesday evening, as planned.")


def test_csv_without_the_named_column_is_a_usage_error():
    from mtcheck.readers import InputError
    from mtcheck.readers.pairs import PairOptions

    with pytest.raises(InputError, match="--source-field"):
        list(read_pairs(str(DATA / "pairs.csv"), PairOptions()))


def test_xliff_12_keeps_wrapped_text_drops_codes_and_locked_units():
    paired, units = units_of(DATA / "units-1.2.xlf")
    assert (paired.source_lang, paired.target_lang, paired.source.id) == ("fr", "en", "budget.html")
    assert [u[0] for u in units] == ["t1", "t2", "t4", "t5"]
    assert units[0][2] == "The city council met on Tuesday evening."
    assert units[1][1] == "Le budget atteint 3,5 millions d'euros."
    assert units[3][2] == ""


def test_xliff_20_reads_each_segment_and_code_points():
    paired, units = units_of(DATA / "units-2.0.xlf")
    assert (paired.source_lang, paired.target_lang) == ("fr", "en")
    assert [u[0] for u in units] == ["u1/s1", "u1/s2", "u2"]
    assert units[1][1] == "Le budget atteint 3,5\N{NO-BREAK SPACE}millions d'euros."


def test_tmx_pairs_the_source_and_target_variants():
    paired, units = units_of(DATA / "memory.tmx")
    assert (paired.source_lang, paired.target_lang) == ("fr", "en")
    assert units[1] == ("2", "Le budget atteint 3,5 millions d'euros.", "The budget reaches 3.5 million euros.")


def test_po_entries_with_continuations_plurals_and_escapes():
    paired, units = units_of(DATA / "messages.po")
    assert paired.target_lang == "en"
    assert units[1][1] == "Le budget atteint 3,5 millions d'euros. Il est en hausse de 4 %."
    assert units[3] == ("line 22 plural", "%d conseillers étaient absents.", "%d councillors were absent.")
    assert units[4][2] == 'The meeting ended at "ten in the evening".'
    assert len(units) == 5  # the header and the obsolete entry are not units


def test_malformed_xml_becomes_an_error_document(tmp_path):
    broken = tmp_path / "broken.xlf"
    broken.write_text("<xliff version='1.2'><file><body><trans-unit>", encoding="utf-8")
    (paired,) = read_pairs(str(broken))
    assert "not well-formed XML" in paired.source.error


# --- the command line ---------------------------------------------------------------------------


@pytest.fixture
def workdir(tmp_path, monkeypatch, cache):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("MTCHECK_CACHE_DIR", cache)
    return tmp_path


def invoke(*args: str):
    return runner.invoke(app, list(args))


def test_cli_source_target_reports_and_shows_groups_side_by_side(workdir):
    result = invoke("align", str(DATA / "source.txt"), str(DATA / "target.txt"), "--select", "AL")
    assert result.exit_code == 1, result.output
    assert "AL101" in result.output and "Trois conseillers étaient absents" in result.output
    assert "source.txt \N{LEFT RIGHT ARROW} " in result.output
    assert "(nothing)" in result.output


def test_cli_json_pairs_follow_the_contract(workdir):
    result = invoke("align", str(DATA / "source.txt"), str(DATA / "target.txt"), "--format", "json")
    data = json.loads(result.stdout)
    jsonschema.validate(data, SCHEMA)
    (document,) = data["documents"]
    assert document["source"]["origin"].endswith("source.txt")
    omitted = [p for p in document["pairs"] if p["target"] == []]
    assert omitted and all(p["similarity"] is None for p in omitted)
    for finding in document["findings"]:
        text = document["source"]["text"] if finding["side"] == "source" else document["text"]
        assert text[finding["start"]:finding["end"]] == finding["excerpt"]
        assert isinstance(finding["segment"], int)


def test_cli_split_lines_makes_each_line_one_segment(workdir):
    result = invoke("align", str(DATA / "source.txt"), str(DATA / "target.txt"), "--split", "lines",
                    "--format", "json", "--fail-on", "never")
    assert result.exit_code == 0
    document = json.loads(result.stdout)["documents"][0]
    source_lines = [line for line in document["source"]["text"].splitlines() if line.strip()]
    assert sum(len(p["source"]) for p in document["pairs"]) == len(source_lines)


@pytest.mark.parametrize(("name", "extra", "expected"), [
    ("pairs.tsv", [], {"omission", "untranslated-copy", "mistranslation"}),
    ("pairs.csv", ["--source-field", "fr", "--target-field", "en"], set()),
    ("units-1.2.xlf", [], {"omission", "untranslated-copy", "number-mismatch"}),
    ("units-2.0.xlf", [], {"omission"}),
    ("memory.tmx", [], {"mistranslation"}),
    ("messages.po", [], set()),
])
def test_cli_pairs_files(workdir, name, extra, expected):
    result = invoke("align", str(DATA / name), *extra, "--select", "AL", "--format", "json")
    data = json.loads(result.stdout)
    jsonschema.validate(data, SCHEMA)
    found = {f["check"] for f in data["documents"][0]["findings"]}
    assert found == expected, data["documents"][0]["findings"]
    assert result.exit_code == (1 if expected - {"number-mismatch"} else 0)


def test_cli_feeds_are_paired_by_id(workdir):
    result = invoke("align", str(DATA / "source.jsonl"), str(DATA / "target.jsonl"), "--format", "json")
    documents = json.loads(result.stdout)["documents"]
    assert [d["id"] for d in documents] == ["a2", "a1", "a3"]
    assert [d["error"] is None for d in documents] == [True, True, False]
    assert "no translation with id 'a3'" in documents[2]["error"]


@pytest.mark.parametrize("args", [
    ["a.txt", "b.txt", "c.txt"],
    [str(DATA / "source.txt"), str(DATA / "target.txt"), "--split", "words"],
    [str(DATA / "source.txt"), str(DATA / "target.txt"), "--encoder", "nope"],
    [str(DATA / "missing.txt"), str(DATA / "target.txt")],
    [str(DATA / "source.txt")],
])
def test_cli_usage_errors_exit_2(workdir, args):
    result = invoke("align", *args)
    assert result.exit_code == 2, result.output
    assert "mtcheck: error:" in result.output


def test_audit_never_runs_pair_checks(workdir):
    result = invoke("audit", str(DATA / "target.txt"), "--select", "AL", "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["summary"]["findings"] == 0


# --- numbers as the number-mismatch check reads them ---------------------------------------------


@pytest.mark.parametrize(("token", "values"), [
    ("3,5", {3.5}),
    ("3.5", {3.5}),
    ("1 000", {1000.0}),
    ("1\N{NARROW NO-BREAK SPACE}000", {1000.0}),
    ("1,000", {1000.0, 1.0}),
    ("1.000", {1000.0, 1.0}),
    ("1.250,75", {1250.75}),
    ("2,500,000", {2500000.0}),
])
def test_number_readings(token, values):
    from mtcheck.checks.numbers import readings

    assert readings(token) == values


@pytest.mark.parametrize(("source", "target", "missing", "extra"), [
    ("Il y a trois écoles et 12 classes.", "There are 3 schools and 12 classes.", [], []),
    ("Le rendez-vous est à 14h30.", "The meeting is at 2.30 p.m.", [], []),
    ("Elle a 2,5 millions d'euros.", "She has 2.5 million euros.", [], []),
    ("Au XIXe siècle, 40 000 personnes.", "In the 19th century, 40,000 people.", [], []),
    ("Il y a 12 classes.", "There are 21 classes.", ["12"], ["21"]),
    ("Le 15.03.2019 à Lyon.", "In Lyon on 15 March 2020.", ["2019"], ["2020"]),
])
def test_numbers_matched_across_conventions(source, target, missing, extra):
    from mtcheck.checks.numbers import extract, unmatched

    lost, added = unmatched(extract(source), extract(target))
    assert [source[n.start:n.end] for n in lost] == missing
    assert [target[n.start:n.end] for n in added] == extra

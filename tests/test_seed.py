"""The seed article (../shared/seed): the project's first acceptance case.

The expectations below come from shared/seed/EXPECTED.md; the detection code
never sees these strings.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mtcheck.cli import app

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_b347d3608bb705bc.txt"
pytestmark = pytest.mark.skipif(not SEED.exists(), reason="shared/seed is not beside the checkout")

# (item, accepted check names, snippets that must each be overlapped by such a finding)
ITEMS = [
    (1, {"untranslated-span"}, ["[la Corée du Nord]"]),
    (2, {"glued-quote"}, ["Group“Organized"]),
    (3, {"capital-after-quote"}, ["Rumor” And"]),
    (4, {"capital-after-quote"}, ["ending” If"]),
    (5, {"capital-after-quote", "untranslated-span"}, ["Nord] To"]),
    (6, {"capital-after-quote"}, ["justification” The"]),
    (7, {"title-case-quote"}, ["“Newly Created Rumor”", "“The Red Line Still Crosses”"]),
    (8, {"boilerplate", "off-topic-sentence"}, ["See also"]),
    (9, {"boilerplate"}, ["Leave a Reply", "Your email address will not be published."]),
    (10, {"headline-mismatch"}, ["Pro-Russian administration in Zaporizhia"]),
    (11, {"name-variant"}, ["Kiev"]),
    (12, {"false-friend"}, ["qualified"]),
    (13, {"quote-punctuation"}, ["”, he added"]),
    (14, {"quote-punctuation"}, ["Crosses”."]),
]
CLEAN_SENTENCES = [
    "North Korea on Sunday denied Washington’s claims that the Pyongyang regime supplies Moscow with weapons.",
    "Russia, along with China, is one of Pyongyang’s few international allies and has already directly aided the North Korean regime.",
    "On Friday, Kim Yo-jong, the influential sister of North Korean leader Kim Jong-un, criticized US promises to send weapons to Ukraine.",
]


@pytest.fixture(scope="module")
def seed_run():
    result = CliRunner().invoke(app, ["audit", str(SEED), "--format", "json"])
    return result.exit_code, json.loads(result.stdout)["documents"][0]


def _span(text: str, snippet: str) -> tuple[int, int]:
    start = text.index(snippet)
    return start, start + len(snippet)


def test_seed_exits_1(seed_run):
    assert seed_run[0] == 1


@pytest.mark.parametrize("item, names, snippets", ITEMS, ids=[f"item{i[0]}" for i in ITEMS])
def test_seed_item_is_reported_at_its_span(seed_run, item, names, snippets):
    document = seed_run[1]
    text, findings = document["text"], document["findings"]
    for snippet in snippets:
        start, end = _span(text, snippet)
        assert any(f["check"] in names and f["start"] < end and f["end"] > start for f in findings), snippet


def test_clean_sentences_have_no_warning_or_error(seed_run):
    document = seed_run[1]
    for sentence in CLEAN_SENTENCES:
        start, end = _span(document["text"], sentence)
        bad = [f for f in document["findings"]
               if f["severity"] in ("warning", "error") and f["start"] < end and f["end"] > start]
        assert not bad, bad


def test_every_excerpt_matches_its_span(seed_run):
    document = seed_run[1]
    for finding in document["findings"]:
        assert document["text"][finding["start"]:finding["end"]] == finding["excerpt"]


def test_json_result_validates_against_the_schema():
    import jsonschema

    schema = json.loads((Path(__file__).parent / "schema" / "result.schema.json").read_text(encoding="utf-8"))
    result = CliRunner().invoke(app, ["audit", str(SEED), "--format", "json"])
    jsonschema.validate(json.loads(result.stdout), schema)

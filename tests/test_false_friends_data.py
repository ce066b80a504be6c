"""The false-friend corpus (corpora/false_friends.yaml) and the check that reads it.

Data-driven: every entry's flagged example must be reported at its marked span
and its clean example must stay clean, both by the entry alone and by the whole
check, so a new entry that misfires on another entry's clean sentence fails here.
"""

from __future__ import annotations

import pytest

from check_harness import run_check
from mtcheck.checks.base import OptionsError, parse_marked
from mtcheck.checks.false_friends import CorpusError, FalseFriend, load_entries, parse_corpus
from mtcheck.model import Severity

ENTRIES = load_entries()
IDS = [entry.id for entry in ENTRIES]


def test_corpus_is_large_and_french_first():
    languages = [entry.language for entry in ENTRIES]
    assert len(ENTRIES) >= 150
    assert languages.count("fr") >= 120
    for code in ("es", "de", "it"):
        assert languages.count(code) >= 10, code


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_entry_is_well_formed(entry):
    assert entry.source.strip() and entry.meaning.strip() and entry.suggestion.strip()
    assert entry.explanation.endswith(".") and len(entry.explanation) < 220
    assert 0 < entry.confidence <= 1
    assert entry.severity in (Severity.WARNING, Severity.INFO)
    assert len(set(entry.languages)) == len(entry.languages)
    assert parse_marked(entry.flagged)[1], "the flagged example marks its span with ⟦…⟧"
    assert not parse_marked(entry.clean)[1], "the clean example has no marks"


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_entry_flags_its_example_at_the_marked_span(entry):
    text, expected = parse_marked(entry.flagged)
    got = [(start, end) for start, end, _ in entry.spans(text)]
    assert [text[s:e] for s, e in got] == [text[s:e] for s, e in expected]


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_entry_leaves_its_clean_example_alone(entry):
    assert [entry.clean[s:e] for s, e, _ in entry.spans(entry.clean)] == []


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_check_reports_the_flagged_example_with_this_entry(entry):
    text, expected = parse_marked(entry.flagged)
    findings = run_check(FalseFriend, text, {"source-languages": [entry.language]})
    assert [(f.start, f.end) for f in findings] == expected
    finding = findings[0]
    assert finding.evidence["entry"] == entry.id
    assert finding.confidence == entry.confidence
    assert finding.suggestion == entry.suggestion
    assert entry.source in finding.message and entry.suggestion in finding.message
    assert finding.severity is (Severity.INFO if entry.severity is Severity.INFO else Severity.WARNING)


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_no_entry_misfires_on_any_clean_example(entry):
    findings = run_check(FalseFriend, entry.clean)
    assert [(f.excerpt, f.evidence["entry"]) for f in findings] == []


def test_glued_quote_object_without_as_is_a_calque():
    text = "Officials qualified Acme Holdings“Rogue Actors” and announced new fines."
    findings = run_check(FalseFriend, text)
    assert [f.excerpt for f in findings] == ["qualified"]
    assert findings[0].message.startswith("French false friend: 'qualified Acme Holdings' renders 'qualifier")
    assert findings[0].language == "fr"


def test_message_names_the_declared_source_language_when_the_entry_covers_it():
    findings = run_check(FalseFriend, "More than 300 people assisted to the concert.", settings={"source_lang": "es"})
    assert findings and findings[0].message.startswith("Spanish false friend")


def test_declared_source_language_narrows_the_entries():
    text = "Every employee became a bonus of 500 euros last year."
    assert run_check(FalseFriend, text, settings={"source_lang": "fr"}) == []
    assert [f.excerpt for f in run_check(FalseFriend, text, settings={"source_lang": "de"})] == ["became"]


def test_min_confidence_skips_weak_entries():
    text = "The suspect is actually in police custody in Nanterre."
    assert [f.severity for f in run_check(FalseFriend, text)] == [Severity.INFO]
    assert run_check(FalseFriend, text, {"min-confidence": 0.5}) == []


def test_options_are_checked():
    with pytest.raises(OptionsError, match="source-languages"):
        FalseFriend(FalseFriend.Options(source_languages=("xx",)))
    with pytest.raises(OptionsError, match="min-confidence"):
        FalseFriend(FalseFriend.Options(min_confidence=2.0))


def test_overlapping_entries_give_one_finding():
    # "within the framework of" (info) and nothing else may cover the same words twice
    text = "The plan was adopted within the framework of the sanctions and in the frame of the law."
    spans = [(f.start, f.end) for f in run_check(FalseFriend, text)]
    assert len(spans) == len(set(spans)) == 2
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


GOOD = """
vocabulary:
  num: (?:\\d+|two)
entries:
  - id: fr-test
    lang: fr
    kind: calque
    source: depuis
    meaning: for
    suggestion: for
    explanation: Test.
    confidence: 0.5
    pattern: 'since\\s+{num}\\s+years'
    flagged: 'x ⟦since 2 years⟧'
    clean: 'since 2020'
"""


def test_parse_corpus_expands_vocabulary_and_strips_wrapping_white_space():
    (entry,) = parse_corpus(GOOD)
    assert [m.group(0) for _, _, m in entry.spans("for since two years now")] == ["since two years"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("pattern: 'since", "pattern: '(since"), "not a valid regular expression"),
        (("{num}", "{count}"), "unknown vocabulary name {count}"),
        (("    clean: 'since 2020'", "    clean: 'since 2020'\n    clear: x"), "unknown fields \\['clear'\\]"),
        (("confidence: 0.5", "confidence: 5"), "confidence must be a number"),
        (("id: fr-test", "id: test"), "start with the source language"),
        (("kind: calque", "kind: idiom"), "kind must be one of"),
    ],
)
def test_parse_corpus_errors_name_the_entry_and_the_fix(change, message):
    with pytest.raises(CorpusError, match=message):
        parse_corpus(GOOD.replace(*change))


def test_duplicate_ids_are_refused():
    twice = GOOD + GOOD.split("entries:\n", 1)[1]
    with pytest.raises(CorpusError, match="used twice"):
        parse_corpus(twice)


def test_a_source_language_without_entries_keeps_every_entry():
    text = "He has lived in Lyon since three years."
    assert [f.excerpt for f in run_check(FalseFriend, text, settings={"source_lang": "pl"})] == ["since three years"]

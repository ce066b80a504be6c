"""The shortcuts that make auditing fast must give exactly what the slow paths give.

Each shortcut (the segmenter's plain-line split, the false-friend trigger words, the
language checks' screens, the mojibake candidate positions, the boilerplate prefilters)
is compared here with the full computation on the project's own benchmark texts and on
hand-picked lines that exercise the rules it relies on.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata

import pytest
from ftfy.badness import BADNESS_RE

from mtcheck.bench.corpus import bench_file
from mtcheck.checks import furniture
from mtcheck.checks.encoding import _BadSequences
from mtcheck.checks.false_friends import _Selection, load_entries
from mtcheck.checks.language import _patterns
from mtcheck.checks.language_lexicon import APOSTROPHES, fold, load_lexicon
from mtcheck.checks.language_spans import candidates
from mtcheck.checks.language_screen import no_foreign_sentences, no_source_evidence
from mtcheck.checks.language_words import classify, foreign_share
from mtcheck.checks.regex_words import fold as fold_for_words
from mtcheck.checks.regex_words import required_words
from mtcheck.segment import lines, plain_sentences, pysbd_spans, segment


def _bench_texts() -> list[str]:
    with bench_file("quality.jsonl").open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle if line.strip()]
    for name in ("clean_en.txt", "source_articles.txt"):
        raw = bench_file(name).read_text("utf-8")
        texts.append(raw)
        # paragraphs as scraped articles keep them: one line each
        texts.append("\n".join(" ".join(p.split("\n")) for p in raw.split("\n\n")))
    return texts


TEXTS = _bench_texts()
LINES = sorted({text[s:e] for text in TEXTS for s, e in lines(text)})

TRICKY_LINES = [
    "The U.S. is sending tanks. Kyiv welcomed it.",
    "Mr. Smith met Dr. Jones. They talked.",
    "Inflation rose to 3.5 percent in 2023. Prices fell 3-0. Then 12. Then a. End.",
    "“It is over.” He left. “Why?” she asked. “No.” Then silence.",
    'He called it a "random act." The victim did not see his attacker.',
    "He said 'it is over.' Then he left. The players' union 'agreed.' Fine.",
    "Will it work ? Similar bans worked. Why? Because. He said. ? ? Done.",
    "The agency (AFP. Reuters) said so. (AFP) The minister spoke. It [was. is] fine.",
    "Prices in « la zone. euro » rose -- as expected. -- The end. Ben & Jerry's grew.",
    "Regional elections\N{NO-BREAK SPACE}: results. See also\N{NO-BREAK SPACE} The list. Next.",
    "1. First item. 2. Second item. a) one b) two (i) three (ii) four.",
    "It was 5 p.m. when he arrived. The St. Louis office. Gen. Smith spoke.",
    "“Totally Baseless Accusations” The ministry said. The “so-called” plan.",
    "The so-called \"anti-\" Bill passed. The E.U. The end.",
]
#: lines with constructs the plain path handles itself (it must not hand them all to pysbd)
PLAIN_LINES = [
    "Inflation rose to 3.5 percent in 2023. Prices fell after a 3-0 win. Then it rained.",
    "“It is over,” he said. “We will win,” she added.",
    "He said “we will go.” They left. The “plan?” failed. Why would they? Nobody knows.",
    "Ben & Jerry's grew. Prices in « la zone. euro » rose -- as expected. -- The end.",
    "Regional elections\N{NO-BREAK SPACE}: results. See also\N{NO-BREAK SPACE} The list. Next.",
    'He called it a "random act." The victim did not see his attacker.',
]


def _disagreements(candidates: list[str]) -> list[str]:
    """Lines the plain path splits otherwise than pysbd."""
    return [line for line in candidates if (plain := plain_sentences(line)) is not None
            and plain != list(pysbd_spans(line, 0, len(line), "en"))]


def test_benchmark_lines_are_split_as_pysbd_splits_them():
    assert _disagreements(LINES) == []


@pytest.mark.parametrize("line", TRICKY_LINES + PLAIN_LINES)
def test_tricky_lines_are_split_as_pysbd_splits_them(line):
    assert _disagreements([line]) == []


@pytest.mark.parametrize("line", PLAIN_LINES)
def test_quotes_decimals_and_questions_take_the_plain_path(line):
    assert plain_sentences(line) is not None


def test_most_english_lines_take_the_plain_path():
    clean = bench_file("clean_en.txt").read_text("utf-8")
    paragraph_lines = [" ".join(p.split("\n")) for p in clean.split("\n\n") if not p.startswith("#")]
    plain = sum(plain_sentences(line.strip()) is not None for line in paragraph_lines)
    assert plain >= 0.8 * len(paragraph_lines)


def test_segments_of_other_languages_and_padded_chunks_still_come_from_pysbd():
    text = "  Le président a parlé. Il est parti.  "
    assert [s.text for s in segment(text, language="fr")] == ["Le président a parlé.", "Il est parti."]
    assert [s.text for s in segment(text)] == ["Le président a parlé.", "Il est parti."]


def test_lower_casing_maps_regex_case_matches_to_the_same_ascii_letter():
    """Every character a case-insensitive regex matches to an ASCII letter folds to that letter,
    and folding never turns a word character into a non-word one or back."""
    ascii_letter = re.compile("[a-z]", re.IGNORECASE)
    word = re.compile(r"\w")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        folded = fold_for_words(char)
        if ascii_letter.fullmatch(char):
            assert folded == char.lower() if char.isascii() else folded.isascii() and ascii_letter.fullmatch(folded), char
        is_word = word.fullmatch(char) is not None
        assert folded and all((word.fullmatch(c) is not None) == is_word for c in folded), (hex(code), folded)


@pytest.mark.parametrize("pattern, gate, first", [
    (r"\bin\s+the\s+frame\s+of\b", {"frame"}, {"frame"}),
    (r"\b(?:last|past|next)\s+(?:years|months)\b", {"years", "months"}, {"years", "months"}),
    (r"(?=[Qq]ualif)qualif(?:y|ied)", None, {"qualif"}),
    (r"\b(?:put|placed)\s+(?:under|in)\s+(?:formal\s+)?examination\b", {"examination"}, {"examination"}),
    (r"\bfoo\w*", None, {"foo"}),
])
def test_required_words_are_read_from_the_pattern(pattern, gate, first):
    words = required_words(re.compile(pattern, re.IGNORECASE))
    assert words.gate == (None if gate is None else frozenset(gate))
    assert words.clauses[0] == frozenset(first)


def test_required_words_of_a_pattern_with_an_empty_branch_are_none():
    assert required_words(re.compile(r"(?:the|)\s*end")).clauses == (frozenset({"end"}),)
    assert required_words(re.compile(r"(?:the|)x?")).clauses == ()


def _flagged_sentences() -> list[str]:
    plain = [entry.flagged.replace("⟦", "").replace("⟧", "") for entry in load_entries()]
    return plain + [s.upper() for s in plain] + [s.replace("i", "ı").replace("s", "ſ") for s in plain]


def test_false_friend_candidates_hold_every_entry_that_matches():
    selection = _Selection.of(load_entries())
    sentences = _flagged_sentences() + [s.text for text in TEXTS[:200] for s in segment(text)]
    for sentence in sentences:
        chosen = {entry.id for entry in selection.candidates(sentence)}
        for entry in selection.entries:
            if entry.pattern.search(sentence):
                assert entry.id in chosen, (entry.id, sentence)


def test_language_screens_agree_with_the_full_classification():
    lexicon = load_lexicon()
    patterns = _patterns(())
    phrases = (patterns["exonyms"], patterns["abbreviations"])
    screened = paragraphs = 0
    for text in TEXTS:
        segments = segment(text)
        for s in segments:
            if no_source_evidence(text, s.start, s.end, lexicon, phrases):
                screened += 1
                assert candidates(text, s.start, s.end, lexicon, patterns)[1] == [], s.text
        groups: dict[int, list] = {}
        for s in segments:
            groups.setdefault(s.paragraph, []).append(s)
        for group in groups.values():
            if no_foreign_sentences(text, [(s.start, s.end) for s in group], lexicon):
                paragraphs += 1
                tokens = classify(text, group[0].start, group[-1].end, lexicon, None, None, None)
                for s in group:
                    inside = [t for t in tokens if s.start <= t.start < s.end]
                    assert foreign_share(lexicon, inside) < 0.5, s.text
    # the screens are used: most clean sentences and paragraphs skip the classification
    assert screened > 1000 and paragraphs > 500


def _reference_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(f"[{APOSTROPHES}]", "'", plain)


@pytest.mark.parametrize("word", ["Coup", "d’État", "naïve", "Straße", "l\N{MODIFIER LETTER APOSTROPHE}homme",
                                  "o\N{ACUTE ACCENT}clock", "back`tick", "ﬁne", "İstanbul", "plain"])
def test_lexicon_fold_matches_its_definition(word):
    assert fold(word) == _reference_fold(word)


def _mojibake_variants() -> list[str]:
    texts = TEXTS[:150]
    return texts + [t.encode("utf-8").decode("cp1252", errors="replace") for t in texts] + [
        t.encode("utf-8").decode("latin-1") for t in texts] + [t.encode("utf-8").decode("cp1251", errors="replace")
                                                             for t in texts]


def test_mojibake_candidates_find_what_the_full_search_finds():
    for text in _mojibake_variants():
        bad = _BadSequences(BADNESS_RE, text)
        assert bad.starts is not None
        assert [m.span() for m in bad.finditer()] == [m.span() for m in BADNESS_RE.finditer(text)]
        for pos in (1, len(text) // 2):
            full = BADNESS_RE.search(text, pos)
            assert (full and full.span()) == ((found := bad.search(pos)) and found.span())


def test_boilerplate_prefilters_change_nothing(monkeypatch):
    patterns = furniture.load_patterns()
    texts = TEXTS[:300] + ["Photo: AFP\nLeave a Reply\n© 2024 Reuters. All rights reserved.\nShare this:"]
    fast = [[(h.start, h.end, h.pattern.id) for h in furniture.scan(t, patterns)] for t in texts]
    monkeypatch.setattr(furniture, "_either", lambda patterns, anchors: None)
    monkeypatch.setattr(furniture, "_requirement", lambda regex: required_words(re.compile("")))
    slow = [[(h.start, h.end, h.pattern.id) for h in furniture.scan(t, patterns)] for t in texts]
    assert fast == slow
    assert any(fast)


def test_boilerplate_patterns_with_group_references_are_not_joined():
    assert furniture._alternation((r"(a)\1", "b")) is None
    assert furniture._alternation(("see also", "read more")).match("Read more: x")

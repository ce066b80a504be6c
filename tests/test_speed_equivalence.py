"""The shortcuts of name-variant, false-friend and the segmenter must change no result.

Each shortcut is checked against the plain computation it replaces, on hand-made
texts that put words where the shortcuts could go wrong (beside digits, hyphens,
apostrophes, line breaks, non-breaking spaces, capital sigmas):

- name-variant searches a form of ``corpora/name_variants.tsv`` (or a word-by-word
  rendering of a foreign name) only in documents that hold every run of its word
  characters, with a pattern whose test of the character before the form comes after it;
- the layout reads the words, their runs and the sentence-like starts once per document;
- false-friend folds a document from its folded sentences;
- the segmenter skips pysbd's patterns on lines that lack a character they need, and
  locates pysbd's sentences with ``str.find`` instead of one regex per sentence.
"""

from __future__ import annotations

import re

import pytest

from mtcheck.checks.consistency import _groups_by_word, load_groups
from mtcheck.checks.false_friends import _fold_document
from mtcheck.checks.name_calques import _rendering_pattern, _rendering_words, _renderings, load_glossary
from mtcheck.checks.name_forms import APOSTROPHES, TOKEN, layout, may_hold
from mtcheck.checks.regex_words import fold
from mtcheck.model import Segment
from mtcheck.segment import _plain_rules, _pysbd_sentences, _segmenter, segment

#: what may stand around a name in a text (the shortcuts must hold whatever stands there)
CONTEXTS = ("{}", "In {} today.", "the {}'s plan", "{}\N{RIGHT SINGLE QUOTATION MARK}s", "{}s", "{}s and {}",
            "3{}", "{}3", "_{}", "-{}-based", "({})", "\N{LEFT DOUBLE QUOTATION MARK}{}\N{RIGHT DOUBLE QUOTATION MARK}",
            "x.{}", "{}\nnext", "a\N{NO-BREAK SPACE}{}", "l'{}", "{}-{}")


def _variants(form: str) -> set[str]:
    """A form as texts write it: as it is, in lower case, capitalised, in capitals."""
    return {form, form.lower(), form[:1].upper() + form[1:], form.upper(), form[:1].lower() + form[1:]}


def _old_form_pattern(form: str) -> re.Pattern[str]:
    """A form's pattern as it was written: the test of the character before the form first."""
    body = re.escape(form).replace("'", f"[{APOSTROPHES}]")
    if form[:1].islower():
        body = f"[{form[0]}{form[0].upper()}]{body[1:]}"
    elif form.startswith("The "):
        body = "[Tt]" + body[1:]
    plural = "" if form.endswith(".") else "s?"
    return re.compile(rf"(?<![\w.\-{APOSTROPHES}]){body}{plural}(?!\w)")


GROUPS = load_groups()
GAP = "[ \t\N{NO-BREAK SPACE}]+"


@pytest.mark.parametrize("group", GROUPS, ids=[g.preferred for g in GROUPS])
def test_a_table_form_is_searched_in_every_text_where_its_pattern_matches(group):
    index = _groups_by_word()
    number = GROUPS.index(group)
    for form, pattern, spellings in zip(group.forms, group.patterns, group.words):
        old = _old_form_pattern(form)
        for variant in _variants(form):
            for context in CONTEXTS:
                text = context.format(variant, variant)
                found = [m.span() for m in pattern.finditer(text)]
                assert found == [m.span() for m in old.finditer(text)], (form, text)
                if found:
                    vocabulary = layout(text, segment(text), None).vocabulary
                    assert may_hold(vocabulary, spellings), (form, text)
                    assert number in {n for word in index.keys() & vocabulary for n in index[word]}, (form, text)


def test_a_rendering_is_searched_in_every_text_where_its_pattern_matches():
    glossary = load_glossary()
    names = ["Le Monde", "Deutsche Bank", "Crédit Agricole", "Le Journal du Dimanche", "L'Équipe", "Die Welt"]
    renderings = {r for name in names for r in _renderings(name, glossary)}
    assert {"The World", "German Bank", "Agricultural Credit"} <= renderings
    for rendering in renderings:
        pattern = _rendering_pattern(rendering)
        words = [re.escape(w).replace("'", f"[{APOSTROPHES}]") for w in rendering.split()]
        if rendering.startswith("The "):
            words[0] = "[Tt]he"
        old = re.compile(rf"(?<![\w\-.{APOSTROPHES}]){GAP.join(words)}(?![\w\-])")
        for variant in _variants(rendering) | {rendering.replace(" ", "\N{NO-BREAK SPACE}  ")}:
            for context in CONTEXTS:
                text = context.format(variant, variant)
                found = [m.span() for m in pattern.finditer(text)]
                assert found == [m.span() for m in old.finditer(text)], (rendering, text)
                if found:
                    assert may_hold(layout(text, segment(text), None).vocabulary, _rendering_words(rendering))


LAYOUT_TEXTS = [
    "Kyiv's mayor met Jean-Luc Mélenchon in Paris Saint\N{NO-BREAK SPACE}Germain. “Kiev” said: Yes — No",
    "3Kyiv and _Kyiv, L'Équipe d’Orsay (Le Monde) said - The World Bank;\n\nTHE LINE IN CAPITALS HERE\n",
    "Title Case Headline About Things\nbody text follows here, with Names and more words\nGreat Things\nbig Deal",
    "  leading spaces 12ab c3d e\N{RIGHT SINGLE QUOTATION MARK}s f's' 'g ''h\t\ti  ",
    "", "x", "Σ İ ı ſ \N{KELVIN SIGN} ß é",
]


def _old_layout(text: str) -> tuple:
    """The layout computed as it was, word by word with ``TOKEN``."""
    matches = list(TOKEN.finditer(text))
    opened = set()
    for m in matches:
        before = text[max(0, m.start() - 2):m.start()].rstrip()
        if before and before[-1] in "\"'([{:-\N{LEFT DOUBLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}" \
                                     "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{EM DASH}\N{EN DASH}":
            opened.add(m.start())
    runs, first = [], 0
    for i in range(1, len(matches) + 1):
        if i == len(matches) or text[matches[i - 1].end():matches[i].start()] not in (" ", "\N{NO-BREAK SPACE}") \
                or re.search(f"[{APOSTROPHES}]s\\Z", matches[i - 1].group()):
            runs.append((first, i))
            first = i
    title_case = []
    for line in re.finditer(r"[^\n]+", text):
        words = [w for w in TOKEN.findall(line.group()) if len(w) > 3]
        if len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words):
            title_case.append(line.span())
    return ([m.group() for m in matches], [m.start() for m in matches], opened, runs, title_case,
            set(re.findall(r"\w+", text)))


@pytest.mark.parametrize("text", LAYOUT_TEXTS)
def test_the_layout_reads_the_words_as_a_word_by_word_reading_does(text):
    lay = layout(text, [], None)
    words, starts, opened, runs, title_case, vocabulary = _old_layout(text)
    assert list(lay.words) == words and list(lay.starts) == starts
    assert set(lay.initial) == opened
    assert list(lay.runs) == runs
    assert list(lay.title_case) == title_case
    assert set(lay.vocabulary) == vocabulary


@pytest.mark.parametrize("text", LAYOUT_TEXTS + ["ΟΔΟΣ ΑΣ. Σ.", "Η ΟΔΟΣ\nΣΟΦΙΑ. ΑΣ"])
def test_a_document_folded_from_its_sentences_is_the_document_folded(text):
    segments = segment(text)
    assert _fold_document(text, segments, [fold(s.text) for s in segments]) == fold(text)


def test_a_capital_sigma_is_folded_as_its_neighbours_in_the_document_make_it():
    # a sigma ends a word in its sentence alone, but not in the document, where a letter follows the stop
    text = "ΑΣ.Α"
    segments = [Segment(0, 0, 3, "ΑΣ.", 0), Segment(1, 3, 4, "Α", 0)]
    assert _fold_document(text, segments, [fold(s.text) for s in segments]) == fold(text) == "ασ.α"


def test_every_match_of_a_prefiltered_pysbd_pattern_holds_its_needed_character():
    rules = _plain_rules()
    lines = [l for text in LAYOUT_TEXTS for l in text.split("\n")] + [
        "He said ‘it is over’ and left. ‘Yes.’ 'No.' He (really) did -- it -- again [1].",
        "“A (b) c” and « d » in 'e' x.", '"Yes (maybe) no" he said.',
    ]
    assert {c for c in rules.needs.values()} >= {"'", "\N{LEFT SINGLE QUOTATION MARK}", "("}
    for pattern, needed in rules.needs.items():
        for line in lines:
            for match in pattern.finditer(line):
                assert needed in match.group(), (pattern.pattern, line)


#: lines where locating pysbd's sentences could go wrong: a sentence repeated, one inside
#: another, whitespace of every kind after it, text pysbd reads as a list or a quotation
PYSBD_LINES = (
    "Yes. Yes. Yes.", "No. No.  No.\tNo.", "It rose. It rose again. It rose.", "A. B. A. B.",
    "Mr. Smith met Dr. Jones at 5 p.m. on Jan. 3. They talked.", "He said: \"Stop. Now.\" Then he left.",
    "Wait\N{HORIZONTAL ELLIPSIS} what? Yes! Yes!", "1) First. 2) Second. 3) Third.",
    "Prices fell 2.5 per cent.\N{NO-BREAK SPACE}Shares rose.\u2003Again.", "(See above.) It was so. (See above.)",
    "U.S. officials said so. U.S. officials said so.", "  Leading space. Trailing space.   ",
    "\N{LEFT DOUBLE QUOTATION MARK}Go.\N{RIGHT DOUBLE QUOTATION MARK} He went. \N{LEFT DOUBLE QUOTATION MARK}Go."
    "\N{RIGHT DOUBLE QUOTATION MARK}",
)


@pytest.mark.parametrize("line", PYSBD_LINES)
def test_pysbd_sentences_are_located_as_pysbd_locates_them(line):
    assert _pysbd_sentences(line, "en") == _segmenter("en").segment(line)

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
  locates pysbd's sentences with ``str.find`` instead of one regex per sentence;
- pysbd's English abbreviation replacer skips the abbreviations a line does not hold
  before a full stop;
- the language screens search the exonym and abbreviation patterns only in sentences
  that a search of the whole document puts them near, test a sentence's words against
  sets of words already judged, and count a paragraph's foreign words sentence by
  sentence without cutting it into runs;
- the language checks cut a text without URLs into words in one pass, and class each
  word once;
- the runner stops counting a body's words at the few it needs.
"""

from __future__ import annotations

import json
import random
import re

import pytest
from pysbd.lang.english import English
from pysbd.processor import Processor

from mtcheck.bench.corpus import bench_file
from mtcheck.checks.name_table import groups_by_word, load_groups
from mtcheck.checks.false_friends import _fold_document
from mtcheck.checks.language import _patterns
from mtcheck.checks.language_lexicon import load_lexicon
from mtcheck.checks.language_screen import (
    PhraseHits, _count_by_runs, _early_latin_letter, _only_letters, no_foreign_sentences,
)
from mtcheck.checks.language_tokens import _NON_SPACE, NAME, _add_tokens, _machine, tokenize
from mtcheck.checks.language_words import classify
from mtcheck.checks.name_calques import _rendering_pattern, _rendering_words, _renderings, load_glossary
from mtcheck.checks.name_forms import APOSTROPHES, TOKEN, layout, may_hold
from mtcheck.checks.regex_words import fold
from mtcheck.model import Segment
from mtcheck.runner import _has_words
from mtcheck.scoring import count_words
from mtcheck.segment import _english, _plain_rules, _pysbd_sentences, _segmenter, lines, segment

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
    index = groups_by_word()
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


BENCH = [json.loads(line)["text"] for line in bench_file("quality.jsonl").open(encoding="utf-8") if line.strip()]
#: texts where the language screens' shortcuts could go wrong: phrases across sentence cuts and
#: inside words, URLs and paths, elided articles, foreign words next to English ones
LANGUAGE_TEXTS = (
    ("Talks in P\N{LATIN SMALL LETTER E WITH ACUTE}kin. Moscou said no. xP\N{LATIN SMALL LETTER E WITH ACUTE}kin "
     "and P\N{LATIN SMALL LETTER E WITH ACUTE}kinois."),
    "La Haye.La Haye and l'OTAN, the OTAN-led force; l'UE et l'ONU.",
    "See www.lemonde.fr/selon-le-ministere or mail info@selon.fr: selon le minist\N{LATIN SMALL LETTER E WITH GRAVE}re.",
    "He said selon. It was le temps des cerises. The plan de la ville.Le maire",
    "Il a dit: \N{LEFT DOUBLE QUOTATION MARK}je ne sais pas\N{RIGHT DOUBLE QUOTATION MARK}. don't it's year-old",
    "The coup d'\N{LATIN SMALL LETTER E WITH ACUTE}tat, per se, and l'homme qui rit; dell'anno a/b x=y 3e 1er avril.",
    "solar PV panels and the PV of the OTAN, 12 mars, le 3 mai",
    "Flights to La Nouvelle-Orl\N{LATIN SMALL LETTER E WITH ACUTE}ans resumed.",
)


def _paragraphs(text: str) -> list[list[tuple[int, int]]]:
    groups: dict[int, list[tuple[int, int]]] = {}
    for sentence in segment(text):
        groups.setdefault(sentence.paragraph, []).append((sentence.start, sentence.end))
    return list(groups.values())


def _cuts(text: str, rng: random.Random) -> list[list[tuple[int, int]]]:
    """Made-up sentence spans over ``text``: cut anywhere, inside words too, with or without gaps."""
    made = []
    for _ in range(20):
        points = sorted(rng.sample(range(len(text) + 1), min(len(text) + 1, rng.choice((2, 4, 6)))))
        spans = [(a, b) for a, b in zip(points[::2], points[1::2]) if a < b]
        if spans:
            made.append(spans)
    return made


def test_phrase_hits_name_every_pattern_that_matches_inside_a_span():
    patterns = _patterns(())
    pairs = ((patterns["exonyms"], patterns["exonyms_anywhere"]),
             (patterns["abbreviations"], patterns["abbreviations_anywhere"]))
    sentences = skipped = 0
    for text in BENCH + list(LANGUAGE_TEXTS):
        hits = PhraseHits(text, pairs)
        crafted = text in LANGUAGE_TEXTS
        spans = [(s, e) for s in range(len(text)) for e in range(s + 1, len(text) + 1)] if crafted else [
            (s.start, s.end) for s in segment(text)]
        for start, end in spans:
            near = hits.patterns(start, end)
            for pattern, _ in pairs:
                assert pattern.search(text, start, end) is None or pattern in near, (text[start:end], pattern)
            if not crafted:
                sentences += 1
                skipped += not near
    # most sentences are near no listed phrase: no search with the patterns at all
    assert skipped > 0.8 * sentences


def test_a_paragraph_is_screened_as_counting_its_words_run_by_run_screens_it():
    lexicon = load_lexicon()
    rng = random.Random(7)
    fast = 0
    for text in BENCH + list(LANGUAGE_TEXTS):
        paragraphs = _paragraphs(text) + (_cuts(text, rng) if text in LANGUAGE_TEXTS else [])
        for spans in paragraphs:
            letters = all(_only_letters(text, start, end, _early_latin_letter) for start, end in spans)
            assert no_foreign_sentences(text, spans, lexicon) == (letters and _count_by_runs(text, spans, lexicon)), \
                (text, spans)
            fast += letters
    assert fast > 1000


def test_a_text_is_tokenized_as_its_runs_of_non_space_characters_are():
    lexicon = load_lexicon()
    for text in BENCH[:300] + list(LANGUAGE_TEXTS):
        by_runs: list = []
        for run in _NON_SPACE.finditer(text):
            if not _machine(run.group()):
                _add_tokens(text, run.start(), run.end(), lexicon, by_runs)
        assert tokenize(text, 0, len(text), lexicon) == by_runs


def _classes(text: str, lexicon, patterns: dict) -> list[tuple]:
    tokens = classify(text, 0, len(text), lexicon, patterns["keep"], patterns["exonyms"], patterns["abbreviations"])
    return [(t.start, t.text, t.cls, t.languages, t.kinds, t.suggestion) for t in tokens]


def test_a_word_is_classed_alike_whatever_was_met_before():
    lexicon, patterns = load_lexicon(), _patterns(())
    texts = [s.text for text in BENCH[:150] for s in segment(text)] + list(LANGUAGE_TEXTS)
    warm = [_classes(text, lexicon, patterns) for text in texts]
    cold = []
    for text in texts:
        lexicon.memo.classes.clear()
        cold.append(_classes(text, lexicon, patterns))
    assert cold == warm


def test_a_vetoed_abbreviation_keeps_the_languages_of_its_entry():
    lexicon, patterns = load_lexicon(), _patterns(())
    for _ in range(2):  # the second time the word's class comes from the memo
        tokens = classify("They put solar PV panels on the roof.", 0, 37, lexicon, None, patterns["exonyms"],
                          patterns["abbreviations"])
        (pv,) = [t for t in tokens if t.text == "PV"]
        assert (pv.cls, pv.languages, pv.suggestion) == (NAME, lexicon.abbreviations["PV"].languages, None)


#: lines where pysbd's abbreviation replacer acts, or where lower-casing and a case-insensitive
#: pattern disagree (dotted I, dotless i, long s, Kelvin sign)
ABBREVIATION_LINES = (
    "Mr. Smith met Dr. Jones at 5 p.m. on Jan. 3. They talked.", "The U.S. Army and the U.K. Navy. He left.",
    "It is no. 1 on p. 5 (see art. 3) and pp. 7-9. Fine.", "Gen. Smith vs. Col. Jones, etc. and so on. Yes.",
    "\N{LATIN CAPITAL LETTER I WITH DOT ABOVE}st. Kan. \N{LATIN SMALL LETTER LONG S}t. The st. team won.",
    "first \N{LATIN SMALL LETTER LONG S}t. x. The \N{KELVIN SIGN}an. plan. \N{LATIN SMALL LETTER DOTLESS I}s. it",
    "Co. KG. Inc. Ltd. The co. is fine. Ph.D. holders, e.g. him, i.e. her. U.S.A. Who",
    "The man. May. me. is. No. Man. MAY. ME. IS. NO. The end.",
    "Both u.s and u s. cases, e.g and e g. ones, were seen.",
)


def _abbreviation_soup(count: int) -> list[str]:
    rng = random.Random(11)
    words = [a.strip() for a in English.Abbreviation.ABBREVIATIONS]
    vocabulary = words + [w.upper() for w in words] + [w.title() for w in words] + [
        "the", "He", "I", "It", "5", "(3)", "a.m.", "U.S.", "u s", "\N{LATIN SMALL LETTER LONG S}t", "\N{KELVIN SIGN}y"]
    separators = [" ", " ", ". ", ".", ", ", ". (", ".:", ".-", ".?", "\N{NO-BREAK SPACE}"]
    return ["".join(rng.choice(vocabulary) + rng.choice(separators) for _ in range(rng.randint(1, 12))).strip()
            for _ in range(count)]


def test_english_abbreviations_are_replaced_as_pysbd_replaces_them():
    lines_ = [text[s:e] for text in BENCH for s, e in lines(text)] + list(ABBREVIATION_LINES) + _abbreviation_soup(3000)
    fast = _english()
    for line in lines_:
        assert Processor(line, fast).process() == Processor(line, English).process(), line


@pytest.mark.parametrize("text", ["", "one", "a b c d e f g", "a b c d e f g h", "word " * 40, "3,5 l'homme _x_ \N{DIGIT ONE}"])
def test_a_body_has_enough_words_when_count_words_says_so(text):
    for count in range(10):
        assert _has_words(text, count) == (count_words(text) >= count)

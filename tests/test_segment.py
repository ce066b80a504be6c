"""Sentence segmentation: exact spans, and no break on abbreviations, initials, decimals, quotes, ellipses."""

from __future__ import annotations

import pytest

from mtcheck.segment import segment


def sentences(text: str) -> list[str]:
    return [s.text for s in segment(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The U.S. is sending tanks. Kyiv welcomed it.", ["The U.S. is sending tanks.", "Kyiv welcomed it."]),
        ("Mr. Smith met Dr. Jones. They talked.", ["Mr. Smith met Dr. Jones.", "They talked."]),
        ("J. R. R. Tolkien wrote it. It sold well.", ["J. R. R. Tolkien wrote it.", "It sold well."]),
        ("Inflation rose to 3.5 percent. Prices fell.", ["Inflation rose to 3.5 percent.", "Prices fell."]),
        ("“It is over.” He left.", ["“It is over.”", "He left."]),
        ("He said “no.” Then he left.", ["He said “no.”", "Then he left."]),
        ("Then... nothing happened. Later, rain.", ["Then... nothing happened.", "Later, rain."]),
        ("It was 5 p.m. when he arrived.", ["It was 5 p.m. when he arrived."]),
        ("Headline without stop\n\nBody sentence one. Body two.", ["Headline without stop", "Body sentence one.", "Body two."]),
    ],
)
def test_sentence_boundaries(text, expected):
    assert sentences(text) == expected


def test_spans_are_exact_and_paragraphs_numbered():
    text = "  First line. Second.\r\n\r\nThird paragraph here.\n\tFourth?  "
    segments = segment(text)
    for s in segments:
        assert text[s.start:s.end] == s.text
    assert [s.paragraph for s in segments] == [0, 0, 1, 2]
    assert [s.index for s in segments] == [0, 1, 2, 3]


def test_repeated_sentences_get_their_own_spans():
    text = "Yes. Yes. Yes."
    assert [(s.start, s.end) for s in segment(text)] == [(0, 4), (5, 9), (10, 14)]


@pytest.mark.parametrize("mode, count", [("lines", 3), ("paragraphs", 2), ("sentences", 4)])
def test_split_modes(mode, count):
    text = "One. Two.\nThree.\n\nFour."
    assert len(segment(text, mode)) == count


def test_unknown_mode_is_rejected():
    with pytest.raises(ValueError, match="use one of"):
        segment("x", "words")

"""Sentence segmentation that keeps exact spans into the original text.

Scraped articles put one paragraph per line, so the text is first cut into
paragraphs at line breaks; each paragraph is then split into sentences by pysbd
(the Golden Rules segmenter), which handles abbreviations (``U.S.``, ``Mr.``),
initials, decimals, ellipses and quotes that close after the full stop. pysbd's
own character spans drift on repeated substrings, so spans are recomputed here by
walking the paragraph in order, which guarantees ``text[start:end] == segment``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from .model import Segment

_LINE = re.compile(r"[^\r\n]+")
_PARAGRAPH = re.compile(r"\S(?:.*?\S)?(?=\s*(?:\n\s*\n|\Z))", re.S)

SPLIT_MODES = ("sentences", "lines", "paragraphs")


@lru_cache(maxsize=8)
def _segmenter(language: str):
    import pysbd

    try:
        return pysbd.Segmenter(language=language, clean=False)
    except ValueError:
        return pysbd.Segmenter(language="en", clean=False)


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def lines(text: str) -> Iterator[tuple[int, int]]:
    """Spans of non-blank lines, stripped of surrounding white space."""
    for match in _LINE.finditer(text):
        start, end = _strip_span(text, match.start(), match.end())
        if start < end:
            yield start, end


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Spans of blocks separated by blank lines."""
    for match in _PARAGRAPH.finditer(text):
        yield match.start(), match.end()


def sentence_spans(text: str, start: int, end: int, language: str = "en") -> Iterator[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]``, located exactly."""
    chunk = text[start:end]
    cursor = 0
    for sentence in _segmenter(language).segment(chunk):
        stripped = sentence.strip()
        if not stripped:
            continue
        found = chunk.find(stripped, cursor)
        if found < 0:  # pysbd altered the text; fall back to the rest of the chunk
            s, e = _strip_span(chunk, cursor, len(chunk))
            if s < e:
                yield start + s, start + e
            return
        yield start + found, start + found + len(stripped)
        cursor = found + len(stripped)


def segment(text: str, mode: str = "sentences", language: str = "en") -> list[Segment]:
    """Split ``text`` into segments; every segment's text is ``text[start:end]``.

    ``mode`` is ``sentences`` (lines, then sentences inside each line), ``lines``
    (each non-empty line is one segment, never re-split) or ``paragraphs``
    (blocks separated by blank lines).
    """
    if mode not in SPLIT_MODES:
        raise ValueError(f"unknown split mode {mode!r}; use one of: {', '.join(SPLIT_MODES)}")
    segments: list[Segment] = []
    if mode == "paragraphs":
        for number, (start, end) in enumerate(paragraphs(text)):
            segments.append(Segment(len(segments), start, end, text[start:end], number))
        return segments
    for number, (start, end) in enumerate(lines(text)):
        spans = [(start, end)] if mode == "lines" else sentence_spans(text, start, end, language)
        for s, e in spans:
            segments.append(Segment(len(segments), s, e, text[s:e], number))
    return segments

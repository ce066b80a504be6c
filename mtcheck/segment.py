"""Sentence segmentation that keeps exact spans into the original text.

Scraped articles put one paragraph per line, so the text is first cut into
paragraphs at line breaks; each paragraph is then split into sentences by pysbd
(the Golden Rules segmenter), which handles abbreviations (``U.S.``, ``Mr.``),
initials, decimals, ellipses and quotes that close after the full stop. pysbd's
own character spans drift on repeated substrings, so spans are recomputed here by
walking the paragraph in order, which guarantees ``text[start:end] == segment``.

pysbd costs about half a millisecond a line, most of it fixed (it runs its
whole rule set on every call). Most lines of English news need none of those
rules: every full stop ends a plain word and is followed by a space and the
next sentence. Such lines are split here directly (:func:`plain_sentences`),
with the same result as pysbd; any line with something a rule could act on (an
abbreviation, an initial, a number, a quote or bracket around a full stop, a
question or exclamation mark, a list marker...) goes to pysbd.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterator

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


@dataclass(frozen=True)
class _PlainRules:
    """What pysbd's English rules do to a plain line, as patterns (see :func:`plain_sentences`)."""

    #: pysbd's abbreviations, matched as its replacer matches them (unescaped, any case)
    abbreviation: re.Pattern[str]
    #: pysbd's protection of the full stops between quotes, brackets and dashes
    protect: Callable[[str], str]
    #: parentheses between quotes, which pysbd puts on a line of their own
    parens_between_quotes: re.Pattern[str]
    #: a quote closing after sentence punctuation and before a capital, where pysbd cuts
    quote_end: re.Pattern[str]
    #: what pysbd reads as a sentence of its own at a sentence start (a parenthesis, a quotation)
    leading: re.Pattern[str]


#: characters a plain line may hold: pysbd's rules and its private markers act on none of them
_PLAIN_CHARS = re.compile(
    "[\\w ,;:'\"%$/|()\\[\\]*+#@=.\\-\N{EN DASH}\N{EM DASH}\N{LEFT DOUBLE QUOTATION MARK}"
    "\N{RIGHT DOUBLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}"
    "\N{EURO SIGN}\N{POUND SIGN}]*"
)
#: letters pysbd uses as private markers (an ending, a line break, an ellipsis)
_MARKER_LETTERS = re.compile("[\N{LATIN SMALL LETTER DB DIGRAPH}\N{LATIN SMALL LETTER QP DIGRAPH}"
                             "\N{LATIN LETTER REVERSED ESH LOOP}]")
#: the characters around which pysbd protects full stops
_ENCLOSERS = re.compile("['\"()\\[\\]\\-\N{LEFT SINGLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}"
                        "\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}]")
#: the word before a full stop that ends a sentence: letters (joined by hyphens or apostrophes), two at the end
_FINAL_WORD = re.compile("(?:[^\\W\\d_]+[-'\N{RIGHT SINGLE QUOTATION MARK}])*[^\\W\\d_]{2,}")
_STOP = re.compile(r"\.")
#: what pysbd may take for list items (``a)``, ``(iv)``, ``2)``); two of them make a list it breaks
_LIST_MARKER = re.compile(r"(?:^|[\s(])(?:[a-z]|[mdclxvi]+)\)|\d\)")
#: pysbd's stand-in for a protected full stop
_PROTECTED = "\N{SURFACE INTEGRAL}"
_STOP_OR_PROTECTED = re.compile(f"[.{_PROTECTED}]")


@lru_cache(maxsize=1)
def _plain_rules() -> _PlainRules:
    from pysbd.between_punctuation import BetweenPunctuation
    from pysbd.lang.english import English

    return _PlainRules(
        abbreviation=re.compile("|".join(a.strip() for a in English.Abbreviation.ABBREVIATIONS), re.IGNORECASE),
        protect=lambda line: BetweenPunctuation(line).replace(),
        parens_between_quotes=re.compile(English.PARENS_BETWEEN_DOUBLE_QUOTES_REGEX),
        quote_end=re.compile(English.SPLIT_SPACE_QUOTATION_AT_END_OF_SENTENCE_REGEX),
        leading=re.compile("[('\N{FULLWIDTH LEFT PARENTHESIS}\N{LEFT CORNER BRACKET}]"
                           r'|"(?:[^"])*[^,]"(?=\s[A-Z])'
                           "|\N{LEFT DOUBLE QUOTATION MARK}(?:[^\N{RIGHT DOUBLE QUOTATION MARK}])*[^,]"
                           "\N{RIGHT DOUBLE QUOTATION MARK}(?=\\s[A-Z])"),
    )


def plain_sentences(line: str) -> list[tuple[int, int]] | None:
    """Sentence spans of a stripped English line exactly as pysbd splits it, or None when the
    line holds anything more than pysbd's plainest rules could act on (pysbd must split it then).

    A plain line holds no ``!``, ``?``, ellipsis, numbered or lettered list, nor any character
    pysbd uses as a private marker; each of its full stops is a decimal point, or ends a word of
    two letters or more that is not an abbreviation; a full stop that ends a sentence is followed
    by a space, and one inside quotes, brackets or dashes (which pysbd protects) is not followed
    by a digit. pysbd then cuts after each unprotected full stop and between a closing quote
    that follows sentence punctuation and a capital.
    """
    if not _PLAIN_CHARS.fullmatch(line) or _MARKER_LETTERS.search(line):
        return None
    rules = _plain_rules()
    if len(_LIST_MARKER.findall(line)) > 1 or rules.parens_between_quotes.search(line):
        return None
    periods = [m.start() for m in _STOP.finditer(line)]
    protected: list[bool] = [False] * len(periods)
    if periods and _ENCLOSERS.search(line):
        # pysbd works on the line with an end mark when it has no final punctuation
        marked = rules.protect(line if line[-1] == "." else line + "\N{LATIN SMALL LETTER DB DIGRAPH}")
        protected = [char == _PROTECTED for char in _STOP_OR_PROTECTED.findall(marked)]
    stops: list[int] = []
    for period, shielded in zip(periods, protected):
        before, after = line[period - 1:period], line[period + 1:period + 2]
        if before.isdecimal() and after.isdecimal():
            continue  # a decimal point: pysbd never cuts there
        if shielded:
            if not (before.isalpha() and line[period - 2:period - 1].isalpha()) or after.isdecimal() or after == "[":
                return None  # list items and numbered references are cut even inside quotes
            continue
        if after not in ("", " "):
            return None  # an initialism, a domain name, a quote after the stop...
        words = line[:period].rsplit(" ", 2)
        if not _FINAL_WORD.fullmatch(words[-1]) or rules.abbreviation.fullmatch(words[-1]) or (
            len(words) > 1 and rules.abbreviation.fullmatch(" ".join(words[-2:]))
        ):
            return None
        stops.append(period)
    pieces: list[tuple[int, int]] = []
    start = 0
    for end in [stop + 1 for stop in stops] + ([len(line)] if not stops or stops[-1] + 1 < len(line) else []):
        while start < end and line[start] == " ":
            start += 1
        if periods and rules.leading.match(line, start):
            return None  # pysbd takes a leading quotation or parenthesis as a sentence of its own
        pieces.append((start, end))
        start = end
    spans: list[tuple[int, int]] = []
    for start, end in pieces:
        cursor = start
        for cut in rules.quote_end.finditer(line[start:end]):
            if line[start + cut.start() - 1] == "'":
                return None  # inside a quotation pysbd hides apostrophes until after this cut
            spans.append((cursor, start + cut.start()))
            cursor = start + cut.end()
        spans.append((cursor, end))
    return spans


def sentence_spans(text: str, start: int, end: int, language: str = "en") -> Iterator[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]``, located exactly."""
    chunk = text[start:end]
    plain = plain_sentences(chunk) if language == "en" and chunk == chunk.strip() else None
    if plain is not None:
        return iter([(start + s, start + e) for s, e in plain])
    return pysbd_spans(text, start, end, language)


def pysbd_spans(text: str, start: int, end: int, language: str = "en") -> Iterator[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]`` as pysbd splits it, located exactly."""
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

"""Sentence segmentation that keeps exact spans into the original text.

Scraped articles put one paragraph per line, so the text is first cut into
paragraphs at line breaks; each paragraph is then split into sentences by pysbd
(the Golden Rules segmenter), which handles abbreviations (``U.S.``, ``Mr.``),
initials, decimals, ellipses and quotes that close after the full stop. pysbd's
own character spans drift on repeated substrings, so spans are recomputed here by
walking the paragraph in order, which guarantees ``text[start:end] == segment``.

pysbd costs about half a millisecond a line, most of it fixed (it runs its
whole rule set on every call). Most lines of English news need almost none of
those rules: every full stop ends a plain word or sits inside a quotation.
Such lines are split here directly (:func:`plain_sentences`), with the same
result as pysbd; any line with something more a rule could act on (an
abbreviation, an initial, a list number, an exclamation mark, an ellipsis, a
URL...) goes to pysbd. The patterns are pysbd's own where it names them, and
tests/test_fast_paths.py compares both paths on the benchmark texts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, Mapping

try:  # Python 3.11+
    from re import _parser as _regex_parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _regex_parser

from .model import Segment

_LINE = re.compile(r"[^\r\n]+")
_PARAGRAPH = re.compile(r"\S(?:.*?\S)?(?=\s*(?:\n\s*\n|\Z))", re.S)

SPLIT_MODES = ("sentences", "lines", "paragraphs")


#: letters that a case-insensitive pattern takes for an ASCII letter and ``str.lower`` does not lower to it
_CASE_TWINS = re.compile("[\N{LATIN CAPITAL LETTER I WITH DOT ABOVE}\N{LATIN SMALL LETTER DOTLESS I}"
                         "\N{LATIN SMALL LETTER LONG S}\N{KELVIN SIGN}]")


@lru_cache(maxsize=8)
def _segmenter(language: str):
    import pysbd
    from pysbd.lang.english import English

    try:
        segmenter = pysbd.Segmenter(language=language, clean=False)
    except ValueError:
        segmenter = pysbd.Segmenter(language="en", clean=False)
    # the replacer below repeats the loop of pysbd 0.3.4: another version keeps its own
    if segmenter.language_module is English and pysbd.__version__ == "0.3.4":
        segmenter.language_module = _english()
    return segmenter


@lru_cache(maxsize=1)
def _english() -> type:
    """pysbd's English rules, with an abbreviation replacer that skips the abbreviations it
    cannot act on.

    pysbd tries each of its two hundred abbreviations on every line that holds it anywhere
    (``co``, ``is``, ``man``...), with two regex searches: half its time on a line of news. What
    a found abbreviation changes is only the full stop right after it, which becomes a private
    mark; so one without a full stop of its own matters only where the line holds it followed by
    one. Without the letters a case-insensitive pattern takes for other ones (:data:`_CASE_TWINS`),
    ``str.lower`` lowers every letter its pattern accepts to the pattern's own, and such a place
    shows in the lowered line as the abbreviation and a full stop.
    """
    from pysbd.lang.english import English

    # (what the lowered line must hold, pysbd's two patterns): one with a full stop inside (``u.s``)
    # keeps pysbd's own test, the abbreviation anywhere
    abbreviations = tuple(
        (stripped if "." in stripped else stripped + ".",
         re.compile(rf"(?:^|\s|\r|\n){stripped}", re.IGNORECASE),
         re.compile(r"(?<={" + str(re.escape(stripped)) + "} ).{1}"))
        for stripped in (abbreviation.strip() for abbreviation in English.Abbreviation.ABBREVIATIONS)
    )

    class AbbreviationReplacer(English.AbbreviationReplacer):
        def search_for_abbreviations_in_string(self, text: str) -> str:
            """pysbd's own loop (0.3.4), its patterns compiled once, skipping what cannot act."""
            if _CASE_TWINS.search(text):
                return super().search_for_abbreviations_in_string(text)
            lowered = text.lower()
            for needed, occurrences, next_word in abbreviations:
                if needed not in lowered:
                    continue
                found = occurrences.findall(text)
                if not found:
                    continue
                next_letters = next_word.findall(text)
                for index, match in enumerate(found):
                    text = self.scan_for_replacements(text, match, index, next_letters)
            return text

    return type("English", (English,), {"AbbreviationReplacer": AbbreviationReplacer})


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
    #: pysbd's spans between quotes, brackets and dashes, where it protects sentence punctuation
    enclosed: tuple[re.Pattern[str], ...]
    #: single quotes, whose spans pysbd skips when a word starts with an apostrophe and none ends one
    single_quotes: re.Pattern[str]
    leading_apostrophe: re.Pattern[str]
    #: parentheses between quotes, which pysbd puts on a line of their own
    parens_between_quotes: re.Pattern[str]
    #: a quote closing after sentence punctuation and before a capital, where pysbd cuts
    quote_end: re.Pattern[str]
    #: what pysbd reads as a sentence of its own at a sentence start (a parenthesis, a quotation)
    leading: re.Pattern[str]
    #: a character that every match of a pattern above holds ("" when none is known): a line
    #: without it is not searched (patterns that start with a lookbehind search slowly)
    needs: Mapping[re.Pattern[str], str]


#: characters a plain line may hold: pysbd's rules and its private markers act on none of them
_PLAIN_CHARS = re.compile(
    "[\\w ,;:'\"%$/|&()\\[\\]*+#@=.?\\-\N{EN DASH}\N{EM DASH}\N{LEFT DOUBLE QUOTATION MARK}"
    "\N{RIGHT DOUBLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}"
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    "\N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}\N{THIN SPACE}\N{EURO SIGN}\N{POUND SIGN}]*"
)
#: letters pysbd uses as private markers (an ending, a line break, an ellipsis, parts of ``&…&`` marks)
_MARKER_LETTERS = re.compile(
    "[\N{LATIN SMALL LETTER DB DIGRAPH}\N{LATIN SMALL LETTER QP DIGRAPH}\N{LATIN LETTER REVERSED ESH LOOP}"
    "\N{CANADIAN SYLLABICS SII}\N{CANADIAN SYLLABICS SO}\N{CANADIAN SYLLABICS Y-CREE SOO}"
    "\N{CANADIAN SYLLABICS SA}\N{CANADIAN SYLLABICS WEST-CREE SWE}\N{CANADIAN SYLLABICS SWI}]"
)
#: the characters around which pysbd protects sentence punctuation
_ENCLOSERS = re.compile("['\"()\\[\\]\\-\N{LEFT SINGLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}"
                        "\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}"
                        "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}]")
#: the sentence punctuation a plain line may hold
_STOP = re.compile(r"[.?]")
#: opening marks before the word that a full stop ends
_OPENERS = "(['\"\N{LEFT SINGLE QUOTATION MARK}\N{LEFT DOUBLE QUOTATION MARK}"
#: a word before a full stop: word characters, inner hyphens and apostrophes
_WORD_BEFORE_STOP = re.compile("[\\w'\N{RIGHT SINGLE QUOTATION MARK}\\-]*\\w")
_FINAL_DIGITS = re.compile(r"\d+$")
#: what pysbd may take for list items (``a)``, ``(iv)``, ``2)``); two of them make a list it breaks
_LIST_MARKER = re.compile(r"(?:^|[\s(])(?:[a-z]|[mdclxvi]+)\)|\d\)")
_APOSTROPHE_SPACE = re.compile(r"'\s")


def _needed_character(pattern: re.Pattern[str]) -> str:
    """A character that every match of ``pattern`` holds (a literal of its top level), or ""."""
    if pattern.flags & re.IGNORECASE:
        return ""
    for op, value in _regex_parser.parse(pattern.pattern):
        if op is _regex_parser.LITERAL:
            return chr(value)
    return ""


@lru_cache(maxsize=1)
def _plain_rules() -> _PlainRules:
    from pysbd.between_punctuation import BetweenPunctuation
    from pysbd.lang.english import English

    enclosed = tuple(re.compile(p) for p in (
        BetweenPunctuation.BETWEEN_SINGLE_QUOTE_SLANTED_REGEX, BetweenPunctuation.BETWEEN_DOUBLE_QUOTES_REGEX_2,
        BetweenPunctuation.BETWEEN_SQUARE_BRACKETS_REGEX_2, BetweenPunctuation.BETWEEN_PARENS_REGEX_2,
        BetweenPunctuation.BETWEEN_QUOTE_ARROW_REGEX_2, BetweenPunctuation.BETWEEN_EM_DASHES_REGEX_2,
        BetweenPunctuation.BETWEEN_QUOTE_SLANTED_REGEX_2,
    ))
    single_quotes = re.compile(BetweenPunctuation.BETWEEN_SINGLE_QUOTES_REGEX)
    parens_between_quotes = re.compile(English.PARENS_BETWEEN_DOUBLE_QUOTES_REGEX)
    return _PlainRules(
        abbreviation=re.compile("|".join(a.strip() for a in English.Abbreviation.ABBREVIATIONS), re.IGNORECASE),
        enclosed=enclosed,
        single_quotes=single_quotes,
        leading_apostrophe=re.compile(BetweenPunctuation.WORD_WITH_LEADING_APOSTROPHE),
        parens_between_quotes=parens_between_quotes,
        quote_end=re.compile(English.SPLIT_SPACE_QUOTATION_AT_END_OF_SENTENCE_REGEX),
        leading=re.compile("[('\N{FULLWIDTH LEFT PARENTHESIS}\N{LEFT CORNER BRACKET}]"
                           r'|"(?:[^"])*[^,]"(?=\s[A-Z])'
                           "|\N{LEFT DOUBLE QUOTATION MARK}(?:[^\N{RIGHT DOUBLE QUOTATION MARK}])*[^,]"
                           "\N{RIGHT DOUBLE QUOTATION MARK}(?=\\s[A-Z])"),
        needs={p: _needed_character(p) for p in (*enclosed, single_quotes, parens_between_quotes)},
    )


def plain_sentences(line: str) -> list[tuple[int, int]] | None:
    """Sentence spans of a stripped English line exactly as pysbd splits it, or None when the
    line holds anything more than pysbd's plainest rules could act on (pysbd must split it then).

    A plain line holds no ``!``, ellipsis, numbered or lettered list, nor any character pysbd
    uses as a private marker. Each full stop is a decimal point or ends a word of two
    characters or more that is neither an abbreviation nor a one- or two-digit number
    standing alone (a list item); a full stop or question mark that ends a sentence stands
    alone and is followed by a space. Inside quotes, brackets or dashes pysbd protects the
    punctuation, which then ends no sentence (a full stop there must not be followed by a
    digit: a numbered reference). pysbd cuts after each unprotected stop, and between a
    closing quote that follows sentence punctuation and a capital.
    """
    if not _PLAIN_CHARS.fullmatch(line) or _MARKER_LETTERS.search(line):
        return None
    rules = _plain_rules()
    # every list marker ends with ")"
    if ")" in line and len(_LIST_MARKER.findall(line)) > 1:
        return None
    if rules.needs[rules.parens_between_quotes] in line and rules.parens_between_quotes.search(line):
        return None
    marks = [m.start() for m in _STOP.finditer(line)]
    enclosed = _enclosed(line, rules) if marks and _ENCLOSERS.search(line) else []
    stops: list[int] = []
    for mark in marks:
        shielded = any(start <= mark < end for start, end in enclosed)
        after = line[mark + 1:mark + 2]
        if line[mark] == ".":
            if line[mark - 1:mark].isdecimal() and after.isdecimal():
                continue  # a decimal point: pysbd never cuts there
            if not _ends_word(line, mark, shielded) or after.isdecimal() or after == "[":
                return None
        if not shielded:
            if after not in ("", " "):
                return None  # an initialism, a domain name, a quote after the stop, "?!"...
            stops.append(mark)
    pieces: list[tuple[int, int]] = []
    start = 0
    for end in [stop + 1 for stop in stops] + ([len(line)] if not stops or stops[-1] + 1 < len(line) else []):
        while start < end and line[start].isspace():
            start += 1
        if marks and (rules.leading.match(line, start) or line[start:start + 1] in (".", "?")):
            return None  # pysbd takes a leading quotation, parenthesis or run of stops as a sentence of its own
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


def _enclosed(line: str, rules: _PlainRules) -> list[tuple[int, int]]:
    """Spans of ``line`` between quotes, brackets or dashes, where pysbd protects sentence punctuation.

    pysbd replaces the punctuation inside each match of its patterns in turn; what it
    replaces (punctuation, apostrophes) never changes what the later patterns match, so
    every pattern can be run on the line as it is. Like pysbd, the line gets an end mark
    when it has no final punctuation, and single quotes are skipped when a word starts with
    an apostrophe and no apostrophe is followed by a space.
    """
    marked = line if line[-1] in ".?" else line + "\N{LATIN SMALL LETTER DB DIGRAPH}"
    patterns = rules.enclosed
    if not (rules.leading_apostrophe.search(marked) and not _APOSTROPHE_SPACE.search(marked)):
        patterns = (rules.single_quotes, *patterns)
    return [m.span() for pattern in patterns if rules.needs[pattern] in marked for m in pattern.finditer(marked)]


def _ends_word(line: str, stop: int, shielded: bool) -> bool:
    """Does the full stop at ``stop`` follow a word no pysbd rule reads as an abbreviation, an
    initial or a list number (abbreviations do not matter where pysbd protects the stop)?"""
    words = line[:stop].rsplit(" ", 2)
    word = words[-1].lstrip(_OPENERS)
    if len(word) < 2 or not _WORD_BEFORE_STOP.fullmatch(word):
        return False
    digits = _FINAL_DIGITS.search(word)
    if digits is not None and len(digits.group()) <= 2 and word[:digits.start()] in ("", "-"):
        return False  # "5." or "-5." may be a list item
    return shielded or not (_abbreviation(word) or (len(words) > 1 and _abbreviation(f"{words[-2]} {word}")))


@lru_cache(maxsize=8192)
def _abbreviation(word: str) -> bool:
    """Is ``word`` one of pysbd's abbreviations? (cached: the words before full stops recur, and
    the test tries every abbreviation in turn)"""
    return _plain_rules().abbreviation.fullmatch(word) is not None


def sentence_spans(text: str, start: int, end: int, language: str = "en") -> Iterator[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]``, located exactly."""
    chunk = text[start:end]
    plain = plain_sentences(chunk) if language == "en" and chunk == chunk.strip() else None
    if plain is not None:
        return iter([(start + s, start + e) for s, e in plain])
    return pysbd_spans(text, start, end, language)


def _pysbd_sentences(chunk: str, language: str) -> list[str]:
    """What ``Segmenter.segment(chunk)`` returns without cleaning: pysbd's sentences, each with
    the whitespace after it, where pysbd finds them in the original text.

    pysbd locates each sentence with a regular expression built from that sentence
    (``sentences_with_char_spans``), so every sentence costs a regex compilation, a large
    part of its time on news text. This finds them the same way with ``str.find``: the
    first non-overlapping occurrence, whitespace included, that ends after the previous one.
    """
    segmenter = _segmenter(language)
    if not chunk:
        return []
    found: list[str] = []
    prior_end = 0
    for sentence in segmenter.processor(chunk).process():
        if not sentence:  # an empty pattern matches everywhere: leave that to pysbd's own rule
            return segmenter.segment(chunk)
        search = 0
        while (position := chunk.find(sentence, search)) >= 0:
            end = position + len(sentence)
            while end < len(chunk) and chunk[end].isspace():
                end += 1
            if end > prior_end:
                found.append(chunk[position:end])
                prior_end = end
                break
            search = end
    return found


def pysbd_spans(text: str, start: int, end: int, language: str = "en") -> Iterator[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]`` as pysbd splits it, located exactly."""
    chunk = text[start:end]
    cursor = 0
    for sentence in _pysbd_sentences(chunk, language):
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

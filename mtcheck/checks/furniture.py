"""The furniture scanner: site furniture patterns, loaded from the corpus and matched line by line.

The patterns are data, in ``corpora/boilerplate.yaml`` (shipped as
``mtcheck.corpora``): related-article widgets, comment forms, share and
subscribe lines, cookie notices, photo credits, in the target language, in the
source languages, and in the English that MT engines make of the source wording
(``To read also``). This module compiles them once and finds them in a text: for
the ``boilerplate`` check, which reports them, and for the semantic checks, which
leave furniture out of the body they compare with.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Sequence

from ..corpora import first_duplicate, read_yaml_data
from ..model import Severity
from ..segment import lines
from .regex_words import Requirement, fold, required_words

CORPUS = "boilerplate.yaml"
ANCHORS = ("line", "start", "anywhere", "list")
KINDS = {
    "related": "related-article widget",
    "comment-form": "comment-form text",
    "share": "share-button line",
    "subscribe": "subscribe or follow prompt",
    "contact": "author contact line",
    "cookie": "cookie notice",
    "original-article": "original-publication notice",
    "translation-notice": "translation notice",
    "photo-credit": "photo credit",
    "copyright": "copyright line",
    "advertisement": "advertising marker",
    "tags": "tags line",
    "navigation": "navigation link",
    "metadata": "publication date or reading-time line",
    "byline": "agency byline",
}
_ENTRY_KEYS = {"id", "kind", "languages", "pattern", "literal", "anchor", "headline", "colon",
               "max_words", "context", "severity", "example"}
#: bullets, arrows, brackets and dashes that decorate a widget line before its words (``→ ON THE SAME TOPIC:``)
_DECORATION = re.compile(
    r"[\s\-\N{EN DASH}\N{EM DASH}\N{BULLET}\N{MIDDLE DOT}\N{BLACK RIGHT-POINTING POINTER}"
    r"\N{BLACK RIGHT-POINTING TRIANGLE}\N{BLACK RIGHT-POINTING SMALL TRIANGLE}\N{RIGHTWARDS ARROW}"
    r"\N{RIGHTWARDS DOUBLE ARROW}\N{HEAVY WIDE-HEADED RIGHTWARDS ARROW}"
    r"\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}>|*#\[(]*"
)
_TRAIL = re.compile(r"[\s:.!?*|>\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{BLACK RIGHT-POINTING SMALL TRIANGLE}\N{BLACK RIGHT-POINTING POINTER}\N{BLACK RIGHT-POINTING TRIANGLE}\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}\N{RIGHTWARDS ARROW}\-\N{EN DASH}\N{EM DASH}"
                    r"\N{HORIZONTAL ELLIPSIS})\]]*\Z")
#: what separates a trigger from its headline: spaces (no-break ones too), colons, dashes, arrows (``More on
#: the topic ▸ …``)
_SEPARATOR = re.compile(r"[\s:|>\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{BLACK RIGHT-POINTING SMALL TRIANGLE}\N{BLACK RIGHT-POINTING POINTER}\N{BLACK RIGHT-POINTING TRIANGLE}\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}\N{RIGHTWARDS ARROW}\-\N{EN DASH}\N{EM DASH})\]]*")
_PUNCT_SEPARATOR = re.compile(r"\s*[:|>\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{BLACK RIGHT-POINTING SMALL TRIANGLE}\N{BLACK RIGHT-POINTING POINTER}\N{BLACK RIGHT-POINTING TRIANGLE}\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}\N{RIGHTWARDS ARROW}\-\N{EN DASH}\N{EM DASH}]")
_OPENING_QUOTES = (
    "\"'\N{LEFT DOUBLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
)
_CLOSING_QUOTES = "\"'\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK} "
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[\"\N{LEFT DOUBLE QUOTATION MARK}]?[A-Z]")
_FINAL_STOP = re.compile(
    r"[.!?\N{HORIZONTAL ELLIPSIS}][\"'\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK})]*\Z"
)
_WORD = re.compile(r"\w+")
#: numbered or named group references, which joining patterns into one would break
_GROUP_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")
_VOCABULARY_NAME = re.compile(r"\{([a-z_]+)\}")
CONTEXT_DISTANCE = 2
#: a list of links to other stories: this many Title Case headlines in a row at least. Articles have
#: one crosshead at a time, and bullet points are written in sentence case
MIN_LIST_LINES = 3
#: the words a listed headline may have
LIST_WORDS = (3, 16)


@dataclass(frozen=True)
class FurniturePattern:
    """One entry of ``corpora/boilerplate.yaml``, compiled."""

    id: str
    kind: str
    languages: tuple[str, ...]
    regex: re.Pattern[str]
    anchor: str
    headline: bool
    colon: bool
    max_words: int
    context: bool
    severity: Severity
    example: str


class CorpusError(ValueError):
    """``corpora/boilerplate.yaml`` has an entry that cannot be used."""


def _compile(entry: dict[str, Any], vocabulary: dict[str, str]) -> FurniturePattern:
    """One corpus entry, validated and compiled; errors name the entry and say what to write."""
    where = f"corpora/{CORPUS} entry {entry.get('id', '?')!r}"
    unknown = set(entry) - _ENTRY_KEYS
    if unknown:
        raise CorpusError(f"{where}: unknown keys {sorted(unknown)}; valid keys: {sorted(_ENTRY_KEYS)}")
    missing = {"id", "kind", "languages", "anchor", "example"} - set(entry)
    if missing:
        raise CorpusError(f"{where}: missing keys {sorted(missing)}")
    if ("pattern" in entry) == ("literal" in entry):
        raise CorpusError(f"{where}: give exactly one of 'pattern' (a regular expression) or 'literal'")
    if entry["kind"] not in KINDS:
        raise CorpusError(f"{where}: unknown kind {entry['kind']!r}; use one of: {', '.join(KINDS)}")
    if entry["anchor"] not in ANCHORS:
        raise CorpusError(f"{where}: unknown anchor {entry['anchor']!r}; use one of: {', '.join(ANCHORS)}")
    if "literal" in entry:
        source = r"\s+".join(map(re.escape, str(entry["literal"]).split()))
    else:
        def expand(match: re.Match[str]) -> str:
            if match.group(1) not in vocabulary:
                raise CorpusError(f"{where}: {{{match.group(1)}}} is not in the vocabulary section")
            return vocabulary[match.group(1)]

        source = _VOCABULARY_NAME.sub(expand, str(entry["pattern"]))
    try:
        regex = re.compile(f"(?:{source})", re.IGNORECASE)
    except re.error as exc:
        raise CorpusError(f"{where}: invalid regular expression ({exc})") from None
    return FurniturePattern(
        id=str(entry["id"]), kind=entry["kind"], languages=tuple(entry["languages"]), regex=regex,
        anchor=entry["anchor"], headline=bool(entry.get("headline", False)), colon=bool(entry.get("colon", False)),
        max_words=int(entry.get("max_words", 40)), context=bool(entry.get("context", False)),
        severity=Severity.parse(entry.get("severity", "warning")), example=str(entry["example"]),
    )


@lru_cache(maxsize=4)
def load_patterns(resource: str = CORPUS) -> tuple[FurniturePattern, ...]:
    """The compiled furniture patterns of ``mtcheck.corpora/<resource>``, loaded once."""
    data = read_yaml_data(resource)
    vocabulary = {k: "".join(str(v).split()) for k, v in (data.get("vocabulary") or {}).items()}
    patterns = tuple(_compile(entry, vocabulary) for entry in data["entries"])
    if (twice := first_duplicate(p.id for p in patterns)) is not None:
        raise CorpusError(f"corpora/{resource}: the id {twice!r} is used twice; ids must be unique")
    return patterns


@dataclass(frozen=True)
class Hit:
    """A furniture match: where, which pattern, and how the line looked."""

    start: int
    end: int
    line: int
    pattern: FurniturePattern
    headline: str = ""
    #: the trigger had a headline that did not look like one: reported only when off-topic
    weak: bool = False


def _is_word_char(char: str) -> bool:
    """True for a letter, digit or underscore (the empty string is not one)."""
    return char.isalnum() or char == "_"


def word_count(text: str) -> int:
    """How many words ``text`` has."""
    return len(_WORD.findall(text))


def _starts_like_headline(text: str) -> bool:
    """True when ``text`` starts (after an opening quote) with a capital letter or a digit."""
    first = text.lstrip(_OPENING_QUOTES)[:1]
    return first.isupper() or first.isdigit()


def _looks_like_headline(text: str, max_words: int) -> bool:
    """One short sentence that starts with a capital or a digit and does not end in a full stop."""
    return (
        _starts_like_headline(text) and 0 < word_count(text) <= max_words
        and not _SENTENCE_BREAK.search(text) and not _FINAL_STOP.search(text)
    )


@lru_cache(maxsize=16)
def _alternation(sources: tuple[str, ...]) -> re.Pattern[str] | None:
    """One case-insensitive regex that matches wherever one of ``sources`` does, to rule a line out
    with one search; None when they cannot be joined safely (group references would shift)."""
    if not sources or any(_GROUP_REFERENCE.search(source) for source in sources):
        return None
    try:
        return re.compile("|".join(f"(?:{source})" for source in sources), re.IGNORECASE)
    except re.error:
        return None


def _either(patterns: Sequence[FurniturePattern], anchors: tuple[str, ...]) -> re.Pattern[str] | None:
    """:func:`_alternation` of the patterns with these anchors (every pattern is case-insensitive)."""
    return _alternation(tuple(p.regex.pattern for p in patterns if p.anchor in anchors))


@lru_cache(maxsize=256)
def _requirement(regex: re.Pattern[str]) -> Requirement:
    return required_words(regex)


def _title_case_headline(line: str) -> bool:
    """A headline written in Title Case: one sentence without a full stop, :data:`LIST_WORDS` words, and its words of
    four letters or more after the first all capitalised (at least two of them)."""
    words = line.split()
    # a question or an exclamation is a headline too (``Is Coffee Bad for You?``)
    if not (LIST_WORDS[0] <= len(words) <= LIST_WORDS[1] and _starts_like_headline(line)
            and not _SENTENCE_BREAK.search(line) and not line.rstrip(_CLOSING_QUOTES).endswith(".")):
        return False
    long = [w.strip(_OPENING_QUOTES + ",:;!?()") for w in words[1:]]
    long = [w for w in long if sum(c.isalpha() for c in w) >= 4]
    return len(long) >= 2 and all(w[:1].isupper() for w in long)


def _list_hits(text: str, spans: Sequence[tuple[int, int]], taken: set[int],
               patterns: Sequence[FurniturePattern]) -> list[Hit]:
    """Runs of :data:`MIN_LIST_LINES` or more Title Case headlines that a ``list`` pattern
    matches whole, outside lines already found: one weak hit per run (reported when off-topic)."""
    hits: list[Hit] = []
    for pattern in patterns:
        run: list[int] = []
        for number in [*range(len(spans)), len(spans)]:
            if number < len(spans) and number not in taken:
                start, end = spans[number]
                line = text[_DECORATION.match(text, start, end).end():end]
                if pattern.regex.fullmatch(line) and _title_case_headline(line):
                    run.append(number)
                    continue
            if len(run) >= MIN_LIST_LINES:
                # one finding for the list, reported only when its headlines, joined, are off-topic:
                # a list of award categories or chapter titles is about the article
                headlines = "; ".join(text[slice(*spans[n])] for n in run)
                hits.append(Hit(spans[run[0]][0], spans[run[-1]][1], run[0], pattern, headline=headlines,
                                weak=True))
                taken.update(run)
            run = []
    return hits


def _match_line(text: str, start: int, end: int, number: int, patterns: Sequence[FurniturePattern],
                max_headline_words: int, either: re.Pattern[str] | None = None) -> Hit | None:
    """The first line-anchored or start-anchored pattern that this line is, if any (``either``: the
    :func:`_either` of those patterns, which must match a core for any of them to)."""
    body_start = _DECORATION.match(text, start, end).end()
    body = text[body_start:end]
    # the line as it is, and without trailing colons, asterisks, dashes or closing brackets
    cores = [c for c in (body, body[:_TRAIL.search(body).start()]) if c]
    if either is not None and not any(either.match(core) for core in cores):
        return None  # no pattern matches at the start of the line, so none matches it whole
    for pattern in patterns:
        if pattern.anchor == "line":
            if any(pattern.regex.fullmatch(c) for c in cores):
                return Hit(start, end, number, pattern)
            continue
        if pattern.anchor != "start":
            continue
        match = pattern.regex.match(body)
        if match is None:
            continue
        after = body[match.end():]
        if _is_word_char(body[match.end() - 1:match.end()]) and _is_word_char(after[:1]):
            continue  # the trigger is the start of a longer word (``Relatedly``)
        if pattern.colon and not _PUNCT_SEPARATOR.match(after):
            continue
        if not pattern.headline:
            if word_count(body) <= pattern.max_words:
                return Hit(start, end, number, pattern)
            continue
        rest = after[_SEPARATOR.match(after).end():]
        if not rest.strip() or _looks_like_headline(rest, max_headline_words):
            return Hit(start, end, number, pattern, headline=rest.strip())
        if _starts_like_headline(rest) and word_count(rest) <= 2 * max_headline_words:
            return Hit(start, end, number, pattern, headline=rest.strip(), weak=True)
    return None


#: a list item's bullet: a dash, a dot or an arrow before a space
_BULLET = re.compile(r"\A\s*(?:[-\N{EN DASH}\N{EM DASH}*\N{BULLET}\N{MIDDLE DOT}>\N{RIGHTWARDS ARROW}\N{BLACK RIGHT-POINTING SMALL TRIANGLE}])\s+")
#: bulleted headlines after a standalone trigger taken as its list at most
MAX_LIST_ITEMS = 8


def _bulleted_headlines(text: str, spans: Sequence[tuple[int, int]], first: int, max_words: int) -> int:
    """How many lines from ``first`` on are bulleted headlines (``- Police seize weapons in Schoelcher raid``)."""
    count = 0
    while first + count < len(spans) and count < MAX_LIST_ITEMS:
        line = text[slice(*spans[first + count])]
        bullet = _BULLET.match(line)
        if bullet is None or not _looks_like_headline(line[bullet.end():], max_words):
            break
        count += 1
    return count


def scan(text: str, patterns: Sequence[FurniturePattern], max_headline_words: int = 25) -> list[Hit]:
    """Every furniture match in ``text``, in order, context-only patterns resolved."""
    spans = list(lines(text))
    by_line: dict[int, Hit] = {}
    consumed = -1
    either = _either(patterns, ("line", "start"))
    for number, (start, end) in enumerate(spans):
        hit = None if number == consumed else _match_line(text, start, end, number, patterns, max_headline_words,
                                                          either)
        if hit is None:
            continue
        if hit.pattern.headline and not hit.headline and number + 1 < len(spans):
            # the trigger stands alone: its headlines are the bulleted lines after it (``- Two men injured…``),
            # or the next line when that looks like one
            items = _bulleted_headlines(text, spans, number + 1, max_headline_words)
            next_start, next_end = spans[number + 1]
            headline = text[next_start:next_end]
            if items:
                hit = Hit(start, spans[number + items][1], number, hit.pattern,
                          headline="; ".join(_BULLET.sub("", text[slice(*spans[number + k])]) for k in range(1, items + 1)))
                consumed = number + items
            elif _looks_like_headline(headline, max_headline_words) and not _match_line(
                text, next_start, next_end, number + 1, patterns, max_headline_words, either
            ):
                hit = Hit(start, next_end, number, hit.pattern, headline=headline)
                consumed = number + 1
        by_line[number] = hit
    hits = [h for h in by_line.values() if not h.pattern.context]
    hits += _list_hits(text, spans, set(by_line), [p for p in patterns if p.anchor == "list"])
    pending = [h for h in by_line.values() if h.pattern.context]
    # form fields and "Print" count only beside other furniture; chains (Name, Email, Website) grow
    while pending:
        anchors = {h.line for h in hits}
        near = [h for h in pending if any(abs(h.line - a) <= CONTEXT_DISTANCE for a in anchors)]
        if not near:
            break
        hits.extend(near)
        pending = [h for h in pending if h not in near]
    taken = [(h.start, h.end) for h in hits]
    # an in-line pattern whose words the text lacks cannot match in any of its lines
    folded = fold(text)
    anywhere = [p for p in patterns if p.anchor == "anywhere" and _requirement(p.regex).may_match(folded)]
    for number, (start, end) in enumerate(spans):
        for pattern in anywhere:
            for match in pattern.regex.finditer(text, start, end):
                span = (match.start(), match.end())
                if span[0] < span[1] and not any(a < span[1] and span[0] < b for a, b in taken):
                    hits.append(Hit(span[0], span[1], number, pattern))
                    taken.append(span)
    return sorted(hits, key=lambda h: (h.start, h.end))


#: documents whose furniture is remembered: a whole batch (the runner's 64 documents) is planned
#: for the encoder before it is audited, so each document is asked for twice, a batch apart
REMEMBERED_DOCUMENTS = 128


def furniture(text: str, max_headline_words: int = 25) -> tuple[Hit, ...]:
    """:func:`scan` with every shipped pattern, remembered for the last batch of texts: the
    boilerplate check and the semantic checks (which leave furniture out of the body they
    compare with), planned and then run, scan each document once between them."""
    # one cache key whether or not the caller names the default
    return _remembered_furniture(text, max_headline_words)


@lru_cache(maxsize=REMEMBERED_DOCUMENTS)
def _remembered_furniture(text: str, max_headline_words: int) -> tuple[Hit, ...]:
    return tuple(scan(text, load_patterns(), max_headline_words))

"""Scraped site furniture inside an article body: widgets, comment forms, share lines.

Scrapers that keep a page's whole main column bring along the site around the
story: related-article widgets (``See also``, ``Lire aussi``), the comment form
of a WordPress theme, share and subscribe buttons, cookie notices, photo
credits, ``Advertisement`` markers. The patterns are data, in
``corpora/boilerplate.yaml`` (shipped as ``mtcheck.corpora``), in the target
language, in the source languages, and in the English that MT engines make of
the source wording (``To read also``). This module loads them once, matches
them line by line, and, when the run has a sentence encoder, raises its
confidence in a related-article widget whose headline is off-topic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Iterator, Sequence

import numpy as np

from ..corpora import parse_yaml
from ..model import Finding, Scope, Severity
from ..segment import lines
from .base import Check, CheckContext, Example
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
_CONFIDENCE = {"line": 0.95, "start": 0.9, "anywhere": 0.9, "list": 0.85}
#: bullets, arrows, brackets and dashes that decorate a widget line before its words
_DECORATION = re.compile(
    r"[\s\-\N{EN DASH}\N{EM DASH}\N{BULLET}\N{MIDDLE DOT}\N{BLACK RIGHT-POINTING POINTER}"
    r"\N{BLACK RIGHT-POINTING TRIANGLE}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}>|*#\[(]*"
)
_TRAIL = re.compile(r"[\s:.!?*|>\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}\-\N{EN DASH}\N{EM DASH}"
                    r"\N{HORIZONTAL ELLIPSIS})\]]*\Z")
#: what separates a trigger from its headline: spaces (no-break ones too), colons, dashes, arrows
_SEPARATOR = re.compile(r"[\s:|>\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}\-\N{EN DASH}\N{EM DASH})\]]*")
_PUNCT_SEPARATOR = re.compile(r"\s*[:|>\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}\-\N{EN DASH}\N{EM DASH}]")
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
#: margins below the body's typical similarity (median, leave-one-out) at or under which a headline
#: is on-topic and at or over which it is off-topic, per encoder; measured on the NTREX-128 English
#: news documents (118 with 6+ sentences): own headline vs 3 headlines of other documents. USE: 95%
#: of own headlines have a margin under 0.16, half of foreign ones over 0.35. e5 (compressed
#: cosines): 0.03 and 0.06. Other encoders use the USE margins.
OFF_TOPIC_MARGINS = {"use": (0.15, 0.35), "e5": (0.03, 0.06)}
MIN_BODY_LINES = 3
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
    data = parse_yaml(resources.files("mtcheck.corpora").joinpath(resource).read_text("utf-8"))
    vocabulary = {k: "".join(str(v).split()) for k, v in (data.get("vocabulary") or {}).items()}
    patterns = tuple(_compile(entry, vocabulary) for entry in data["entries"])
    seen: set[str] = set()
    for pattern in patterns:
        if pattern.id in seen:
            raise CorpusError(f"corpora/{resource}: the id {pattern.id!r} is used twice; ids must be unique")
        seen.add(pattern.id)
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


def _words(text: str) -> int:
    """How many words ``text`` has."""
    return len(_WORD.findall(text))


def _starts_like_headline(text: str) -> bool:
    """True when ``text`` starts (after an opening quote) with a capital letter or a digit."""
    first = text.lstrip(_OPENING_QUOTES)[:1]
    return first.isupper() or first.isdigit()


def _looks_like_headline(text: str, max_words: int) -> bool:
    """One short sentence that starts with a capital or a digit and does not end in a full stop."""
    return (
        _starts_like_headline(text) and 0 < _words(text) <= max_words
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
            if _words(body) <= pattern.max_words:
                return Hit(start, end, number, pattern)
            continue
        rest = after[_SEPARATOR.match(after).end():]
        if not rest.strip() or _looks_like_headline(rest, max_headline_words):
            return Hit(start, end, number, pattern, headline=rest.strip())
        if _starts_like_headline(rest) and _words(rest) <= 2 * max_headline_words:
            return Hit(start, end, number, pattern, headline=rest.strip(), weak=True)
    return None


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
            # the trigger stands alone: its headline is the next line when that looks like one
            next_start, next_end = spans[number + 1]
            headline = text[next_start:next_end]
            if _looks_like_headline(headline, max_headline_words) and not _match_line(
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


@lru_cache(maxsize=4)
def furniture(text: str, max_headline_words: int = 25) -> tuple[Hit, ...]:
    """:func:`scan` with every shipped pattern, remembered for the last few texts: the
    boilerplate check and the semantic checks (which leave furniture out of the body they
    compare with) scan each document once between them."""
    return tuple(scan(text, load_patterns(), max_headline_words))


def _source_language(pattern: FurniturePattern, target: str) -> str | None:
    """The language of a pattern's wording when it is one language other than the text's."""
    if len(pattern.languages) == 1 and pattern.languages[0] != target:
        return pattern.languages[0]
    return None


def _headline_margins(ctx: CheckContext, hits: Sequence[Hit]) -> tuple[dict[int, float], dict[str, Any]]:
    """How far below the body's typical similarity each widget headline falls (by hit index).

    The second value is evidence for the findings: the encoder used, or why there was no semantic test.
    """
    try:
        encoder = getattr(ctx.resources, "encoder", None)
    except Exception as exc:  # noqa: BLE001 - a missing or broken encoder only turns the semantic test off
        return {}, {"semantic": f"no encoder ({type(exc).__name__})"}
    if encoder is None:
        return {}, {"semantic": "no encoder in this run"}
    encoder = encoder.for_language(ctx.language)
    furniture = [(h.start, h.end) for h in hits]
    title = ctx.document.title_span
    body = [s.text for s in ctx.segments
            if _words(s.text) >= 4 and not any(a <= s.start < b for a, b in furniture)
            and not (title is not None and title.start <= s.start < title.end)]
    if len(body) < MIN_BODY_LINES:
        return {}, {"semantic": f"body too short to judge ({len(body)} sentences)"}
    wanted = [i for i, h in enumerate(hits) if h.pattern.kind == "related" and _words(h.headline) >= 3]
    if not wanted:
        return {}, {}
    vectors = encoder.encode(body + [hits[i].headline for i in wanted])
    rows, total = vectors[: len(body)], vectors[: len(body)].sum(axis=0)
    # how close a body sentence typically is to the rest of the body: the scale headlines are judged on
    typical = float(np.median([row @ _unit(total - row) for row in rows]))
    centroid = _unit(total)
    margins = {i: typical - float(vectors[len(body) + k] @ centroid) for k, i in enumerate(wanted)}
    return margins, {"encoder": encoder.name, "typical_similarity": round(typical, 3)}


def _unit(vector: np.ndarray) -> np.ndarray:
    """``vector`` scaled to length 1 (a zero vector stays zero)."""
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm > 0 else vector


def _off_topic(margin: float, encoder: str) -> float:
    """0 for an on-topic headline, 1 for a clearly off-topic one, linear in between."""
    on_topic, off_topic = OFF_TOPIC_MARGINS.get(encoder.split(":")[0], OFF_TOPIC_MARGINS["use"])
    return min(1.0, max(0.0, (margin - on_topic) / (off_topic - on_topic)))


class Boilerplate(Check):
    """Site furniture scraped into the article: related-article widgets, comment forms, share lines.

    What it does:
    Matches each line of the text against the furniture patterns of
    ``corpora/boilerplate.yaml``: related-article widgets (``See also``,
    ``Read also``, ``Lire aussi``, ``Lea también``, ``Lesen Sie auch``,
    ``Leggi anche``, ``To read also``...) with the headline that follows them,
    comment forms (``Leave a Reply``, ``Your email address will not be
    published.``, Akismet notices), share, subscribe and cookie lines,
    ``Original article published on ...`` and translation notices, photo
    credits glued into the text (``Photo: AFP``, ``© Reuters``), copyright
    lines, ``Advertisement`` markers, tags lines, breadcrumbs, author contact
    lines (``Write to … at name@site.com``, ``Follow @handle``). Widgets and forms
    must be a whole line or start one; only credits, copyright and Akismet
    notices are found inside a line. Three or more Title Case headlines in a
    row (``More Must-Reads`` lists) are a list of links to other stories when
    the semantic test finds them off-topic. When the run has a sentence encoder, a
    widget headline far from the rest of the body in embedding space raises the
    confidence, and a widget-shaped line whose headline looks like prose (a full
    stop, too long) is reported only when it is off-topic.

    Why it matters:
    Furniture in the body is read aloud by screen readers, indexed, quoted
    and translated as if it were the story; an injected headline from another
    article is misinformation. It is also a strong sign that nobody edited the
    page after it was scraped and machine-translated.

    Example:
    ``Read also: Central bank raises rates for the third time`` in an article
    about a missile test, or ``Leave a Reply`` / ``Your email address will not
    be published.`` at the end of the body: delete those lines.

    Options:
    ``languages`` (default all): pattern languages to use, e.g. ``["en", "fr"]``.
    ``max-headline-words`` (default 25): longest headline that a widget may carry.
    ``semantic`` (default true): use the run's sentence encoder, when there is
    one, to score widget headlines against the body.
    Each pattern has its own severity: warning, except translation notices
    (``This article was originally published in French``), which are info: they
    are furniture but tell the reader something true. Comment forms and cookie
    notices stay at warning: they do not change what the article says, so they
    should not fail a run that fails on errors. A severity set in the
    configuration applies to every pattern.

    Known false positives:
    A one-line paragraph that starts with a trigger and a capitalised phrase
    (``Read more: Dickens never ...`` in a literary review); a caption line
    ``Photo: AFP`` that the site shows on purpose. Prose that mentions the words
    mid-sentence (``see also page 4``, ``the "Leave a Reply" box``) is not
    reported, nor is the document's own title (``Watch: ...`` headlines).
    """

    code = "BP101"
    name = "boilerplate"
    severity = Severity.WARNING
    scope = Scope.DOCUMENT
    languages = None

    @dataclass(frozen=True)
    class Options:
        """Options of boilerplate."""

        languages: tuple[str, ...] = ()
        max_headline_words: int = 25
        semantic: bool = True

    examples = (
        Example("Kim Jong-un inspected the missile site on Monday.\n\n"
                "⟦See also\N{NO-BREAK SPACE} Prime Minister announces her resignation⟧\n\n"
                "The regime has denied the reports.", True),
        Example("The minister spoke for an hour.\n\n⟦Leave a Reply⟧\n\n"
                "⟦Your email address will not be published.⟧", True),
        Example("Rescuers reached the village at dawn. ⟦Photo: AFP⟧ The death toll rose to twelve.", True),
        Example("He said the report, see also page 4, was accurate.\n\n"
                "Bloggers often leave a reply under the post.", False),
    )

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        languages = set(self.options.languages)
        found = (scan(ctx.text, [p for p in load_patterns() if set(p.languages) & languages],
                      self.options.max_headline_words)
                 if languages else furniture(ctx.text, self.options.max_headline_words))
        title = ctx.document.title_span
        # a headline that starts "Watch:" or "Read more:" is the article's own title, not a widget
        hits = [h for h in found
                if not (h.pattern.kind == "related" and title is not None and title.start == h.start)]
        margins: dict[int, float] = {}
        semantic: dict[str, Any] = {}
        if self.options.semantic and any(h.pattern.kind == "related" for h in hits):
            margins, semantic = _headline_margins(ctx, hits)
        overridden = self.active_severity != self.severity
        for index, hit in enumerate(hits):
            pattern = hit.pattern
            confidence = 0.8 if pattern.context else _CONFIDENCE[pattern.anchor]
            evidence: dict[str, Any] = {"pattern": pattern.id, "kind": pattern.kind, "anchor": pattern.anchor}
            if index in margins:
                off_topic = _off_topic(margins[index], semantic["encoder"])
                evidence.update(margin=round(margins[index], 3), off_topic=round(off_topic, 3), **semantic)
                confidence = 0.6 + 0.3 * off_topic if hit.weak else confidence + (1 - confidence) * off_topic
                if hit.weak and off_topic < 0.5:
                    continue
            elif hit.weak:
                continue
            elif pattern.kind == "related":
                evidence.update(semantic)
            off_topic = evidence.get("off_topic", 0.0) >= 0.5
            yield self.finding(
                ctx, hit.start, hit.end, self._message(ctx.text[hit.start:hit.end], pattern.kind, off_topic),
                severity=self.active_severity if overridden else pattern.severity,
                confidence=round(confidence, 3),
                language=_source_language(pattern, ctx.language),
                evidence=evidence,
            )

    @staticmethod
    def _message(excerpt: str, kind: str, off_topic: bool) -> str:
        """What the finding says: the kind of furniture, the line (shortened) and what to do."""
        flat = " ".join(excerpt.split())
        shown = flat if len(flat) <= 60 else flat[:57] + "..."
        about = ", its headline about another subject" if off_topic else ""
        return f"Scraped {KINDS[kind]} in the article body{about}: '{shown}'; delete it"

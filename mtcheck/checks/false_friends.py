"""False friends and calques in machine-translated English (``false-friend``).

The knowledge lives in ``corpora/false_friends.yaml``: each entry pairs a
source-language word or construction (``qualifier de``, ``actuellement``,
``depuis trois ans``) with a regular expression for the English that MT engines
make of it, plus context rules that keep the ordinary English use of the same
words out. This module loads that file once, compiles every pattern once, and
runs them sentence by sentence.

A regular expression search costs far more than a set lookup, and most entries
cannot match most sentences: each pattern is read once for the words any match
must contain (:mod:`.regex_words`), and an entry is searched only in the
sentences that hold them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Iterator, Mapping, Sequence


from ..corpora import first_duplicate, parse_yaml
from ..model import Finding, Scope, Segment, Severity
from .base import CheckContext, Example, OptionsError, SentenceCheck
from .regex_words import COMMON_WORDS, WORD, Requirement, fold, required_words

CORPUS = "false_friends.yaml"
LANGUAGE_NAMES = {"fr": "French", "es": "Spanish", "de": "German", "it": "Italian", "pt": "Portuguese", "nl": "Dutch"}
KINDS = {"false-friend": "false friend", "calque": "calque"}
REQUIRED = ("id", "lang", "kind", "source", "meaning", "suggestion", "explanation", "confidence", "pattern", "flagged", "clean")
OPTIONAL = ("also", "severity", "case_sensitive", "requires", "unless")
_VOCABULARY_NAME = re.compile(r"\{([a-z_]+)\}")
_ID = re.compile(r"^[a-z]{2}-[a-z0-9]+(?:-[a-z0-9]+)*$")
_EXCERPT_CHARS = 60


class CorpusError(ValueError):
    """``corpora/false_friends.yaml`` has an entry that cannot be used; the message says which and how to fix it."""


@dataclass(frozen=True)
class Entry:
    """One false friend or calque, with its compiled context rules."""

    id: str
    languages: tuple[str, ...]
    kind: str
    source: str
    meaning: str
    suggestion: str
    explanation: str
    confidence: float
    severity: Severity
    pattern: re.Pattern[str]
    requires: re.Pattern[str] | None
    unless: re.Pattern[str] | None
    flagged: str
    clean: str
    #: the words every match of ``pattern`` holds (see :mod:`.regex_words`)
    words: Requirement = field(default_factory=Requirement)

    @property
    def language(self) -> str:
        """The source language the entry is filed under (the first of ``languages``)."""
        return self.languages[0]

    def spans(self, sentence: str, around: str = "") -> Iterator[tuple[int, int, re.Match[str]]]:
        """Reported spans of this entry in ``sentence``: the ``hit`` group, else the whole match.
        ``requires`` may be met in ``around`` too (the sentences next to it): a demonstration's
        ``manifestation`` often follows the sentence that says what the protest is about."""
        matches = list(self.pattern.finditer(sentence))
        # the context rules are only worth running on the rare sentence the pattern matched
        if not matches or (self.requires is not None and not self.requires.search(sentence)
                           and not (around and self.requires.search(around))):
            return
        if self.unless is not None and self.unless.search(sentence):
            return
        for match in matches:
            start, end = _hit_span(match)
            if end > start:
                yield start, end, match


def _hit_span(match: re.Match[str]) -> tuple[int, int]:
    # a pattern may name several alternative groups hit, hit2...; the one that took part wins
    for name in match.re.groupindex:
        if name.startswith("hit") and match.group(name) is not None:
            return match.span(name)
    return match.span()


def _expand(pattern: str, vocabulary: Mapping[str, str], entry_id: str) -> str:
    """Replace ``{name}`` by its vocabulary entry and drop the white space of wrapped lines."""

    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in vocabulary:
            raise CorpusError(f"corpora/{CORPUS}, entry '{entry_id}': unknown vocabulary name {{{name}}}; add it under 'vocabulary'")
        return vocabulary[name]

    return re.sub(r"\s+", "", _VOCABULARY_NAME.sub(substitute, pattern))


def _compile(raw: Any, flags: int, vocabulary: Mapping[str, str], entry_id: str, field: str) -> re.Pattern[str] | None:
    if raw is None:
        return None
    try:
        return re.compile(_expand(str(raw), vocabulary, entry_id), flags)
    except re.error as exc:
        raise CorpusError(f"corpora/{CORPUS}, entry '{entry_id}': {field} is not a valid regular expression: {exc}") from None


def build_entry(raw: Mapping[str, Any], vocabulary: Mapping[str, str]) -> Entry:
    """Check one raw YAML entry and compile it; raise CorpusError naming the entry and the fix."""
    entry_id = str(raw.get("id", "?"))
    missing = [key for key in REQUIRED if raw.get(key) in (None, "")]
    unknown = sorted(set(raw) - set(REQUIRED) - set(OPTIONAL))
    if missing or unknown:
        raise CorpusError(
            f"corpora/{CORPUS}, entry '{entry_id}': missing fields {missing}, unknown fields {unknown}; "
            f"fields are {', '.join(REQUIRED + OPTIONAL)}"
        )
    if not _ID.match(entry_id) or not entry_id.startswith(f"{raw['lang']}-"):
        raise CorpusError(f"corpora/{CORPUS}, entry '{entry_id}': ids are kebab-case and start with the source language ('{raw['lang']}-…')")
    if raw["kind"] not in KINDS:
        raise CorpusError(f"corpora/{CORPUS}, entry '{entry_id}': kind must be one of {', '.join(KINDS)}")
    confidence = raw["confidence"]
    if isinstance(confidence, bool) or not isinstance(confidence, (int, float)) or not 0 < confidence <= 1:
        raise CorpusError(f"corpora/{CORPUS}, entry '{entry_id}': confidence must be a number in (0, 1]")
    severity = Severity.parse(raw.get("severity", "warning"))
    if severity is Severity.ERROR:
        raise CorpusError(f"corpora/{CORPUS}, entry '{entry_id}': severity is warning or info; a wording is never an error")
    flags = 0 if raw.get("case_sensitive") else re.IGNORECASE
    pattern = _compile(raw["pattern"], flags, vocabulary, entry_id, "pattern")
    return Entry(
        id=entry_id,
        languages=(str(raw["lang"]), *(str(code) for code in raw.get("also") or ())),
        kind=str(raw["kind"]),
        source=str(raw["source"]),
        meaning=str(raw["meaning"]),
        suggestion=str(raw["suggestion"]),
        explanation=str(raw["explanation"]),
        confidence=float(confidence),
        severity=severity,
        pattern=pattern,
        requires=_compile(raw.get("requires"), flags, vocabulary, entry_id, "requires"),
        unless=_compile(raw.get("unless"), flags, vocabulary, entry_id, "unless"),
        flagged=str(raw["flagged"]),
        clean=str(raw["clean"]),
        words=required_words(pattern),
    )


def parse_corpus(text: str) -> tuple[Entry, ...]:
    """Every entry of a false-friend corpus given as YAML text."""
    data = parse_yaml(text) or {}
    vocabulary = {name: re.sub(r"\s+", "", str(value)) for name, value in (data.get("vocabulary") or {}).items()}
    entries = tuple(build_entry(raw, vocabulary) for raw in data.get("entries") or ())
    if (twice := first_duplicate(entry.id for entry in entries)) is not None:
        raise CorpusError(f"corpora/{CORPUS}: the id '{twice}' is used twice; give each entry its own id")
    return entries


@lru_cache(maxsize=1)
def load_entries() -> tuple[Entry, ...]:
    """The shipped corpus, read and compiled once per process."""
    try:
        text = resources.files("mtcheck.corpora").joinpath(CORPUS).read_text("utf-8")
    except FileNotFoundError:
        raise CorpusError(f"corpora/{CORPUS} is missing; reinstall mtcheck or restore the file") from None
    return parse_corpus(text)


def _shorten(text: str) -> str:
    text = " ".join(text.split()).rstrip(" \"'\N{LEFT DOUBLE QUOTATION MARK}\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}")
    return text if len(text) <= _EXCERPT_CHARS else text[: _EXCERPT_CHARS - 1] + "\N{HORIZONTAL ELLIPSIS}"


def _fold_document(text: str, segments: Sequence[Segment], folded: Sequence[str]) -> str:
    """``fold(text)``, made of ``folded`` (the folded ``segments``) and the folded text between them.

    Folding a text costs more than folding its sentences when it has a few non-ASCII
    characters (the sentences without any take a fast path). It maps each character to one,
    whatever its neighbours, except the Greek capital sigma, whose lower case depends on
    them: a text with one is folded whole, and so is one whose segments overlap.
    """
    if "\N{GREEK CAPITAL LETTER SIGMA}" in text:
        return fold(text)
    pieces = []
    cursor = 0
    for segment, part in zip(segments, folded):
        if segment.start < cursor:
            return fold(text)
        pieces += (fold(text[cursor:segment.start]), part)
        cursor = segment.end
    pieces.append(fold(text[cursor:]))
    return "".join(pieces)


class FalseFriend(SentenceCheck):
    """Source-language false friend or calque rendered word for word in English.

    What it does:
    Looks in every sentence for the English that MT engines make of French words
    and constructions whose look-alike means something else in English
    (``qualifier de`` as "qualified … as", ``actuellement`` as "actually",
    ``depuis trois ans`` as "since three years", ``procureur de la République`` as
    "the prosecutor of the Republic"), plus smaller sets from Spanish, German and
    Italian. The list lives in ``corpora/false_friends.yaml`` (well over 150 entries),
    each with context rules that leave the correct English use of the same words
    alone. The finding names the source word, its meaning and the likely
    intended English; its evidence gives the entry id.

    Why it matters:
    A false friend changes the meaning ("the suspect is actually in custody" for
    "currently") or marks the text as unrevised machine output. No spell or
    grammar checker sees these: every word is correct English.

    Example:
    ``Washington qualified the militia “a criminal organisation”`` renders
    French *qualifier de* (to label): write ``labelled the militia a criminal
    organisation``.

    Options:
    ``source-languages`` (default empty: every language, or ``--source-lang``
    when it names one): only use entries from these source languages.
    ``min-confidence`` (default 0.0): skip entries whose confidence is lower.

    Known false positives:
    Deliberate or legal uses of a rare sense ("the council qualified the act as
    unlawful", "in the framework of the treaty"), and quotations of
    non-native speakers. Entries with weak evidence report at ``info``.
    """

    code = "LG103"
    name = "false-friend"
    severity = Severity.WARNING
    scope = Scope.SENTENCE

    @dataclass(frozen=True)
    class Options:
        """Options of false-friend."""

        source_languages: tuple[str, ...] = ()
        min_confidence: float = 0.0

    examples = (
        Example("In the process, Washington ⟦qualified⟧ the militia “a criminal organisation”.", True),
        Example("He has lived in Lyon ⟦since three years⟧ and works at the hospital.", True),
        Example("The ⟦prosecutor of the Republic⟧ said the suspect would appear on Friday.", True),
        Example("She qualified as a lawyer, and her team qualified for the final.", False),
        Example("He actually won the race, and they will eventually agree.", False),
    )

    def __init__(self, options: Any = None, severity: Severity | None = None) -> None:
        super().__init__(options, severity)
        known = {code for entry in load_entries() for code in entry.languages}
        unknown = sorted(set(self.options.source_languages) - known)
        if unknown:
            raise OptionsError(
                f"option 'source-languages' of check 'false-friend' names {unknown}; the corpus has {', '.join(sorted(known))}"
            )
        if not 0.0 <= self.options.min_confidence <= 1.0:
            raise OptionsError("option 'min-confidence' of check 'false-friend' must be between 0 and 1")
        #: entries and word index by declared source language, built on first use
        self._selections: dict[str | None, _Selection] = {}

    def _selection(self, declared: str | None) -> _Selection:
        """The entries the options and the declared source language allow, with their word index (cached)."""
        cache = self._selections
        if declared not in cache:
            wanted = set(self.options.source_languages)
            # a declared source language narrows the list only when the corpus has entries for it
            if not wanted and any(declared in entry.languages for entry in load_entries()):
                wanted = {declared}
            entries = tuple(
                entry
                for entry in load_entries()
                if entry.confidence >= self.options.min_confidence and (not wanted or wanted & set(entry.languages))
            )
            cache[declared] = _Selection.of(entries)
        return cache[declared]

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        selection = self._selection(getattr(ctx.settings, "source_lang", None))
        folded = [fold(segment.text) for segment in ctx.segments]
        weak = selection.weak_in(_fold_document(ctx.text, ctx.segments, folded))
        segments = ctx.segments
        for index, (segment, sentence) in enumerate(zip(segments, folded)):
            entries = selection.candidates(segment.text, weak, sentence)
            if entries:
                around = " ".join(s.text for s in segments[max(0, index - 1):index] + segments[index + 1:index + 2])
                yield from self._check(segment, ctx, entries, around)

    def check_segment(self, segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
        selection = self._selection(getattr(ctx.settings, "source_lang", None))
        yield from self._check(segment, ctx, selection.candidates(segment.text))

    def _check(self, segment: Segment, ctx: CheckContext, entries: tuple[Entry, ...],
               around: str = "") -> Iterator[Finding]:
        declared = getattr(ctx.settings, "source_lang", None)
        hits: list[tuple[float, int, int, Entry, str]] = []
        for entry in entries:
            for start, end, match in entry.spans(segment.text, around):
                hits.append((entry.confidence, start, end, entry, match.group(0)))
        # one finding per stretch of text: the most confident entry wins an overlap
        kept: list[tuple[float, int, int, Entry, str]] = []
        for hit in sorted(hits, key=lambda h: (-h[0], h[1], h[3].id)):
            if all(hit[2] <= other[1] or other[2] <= hit[1] for other in kept):
                kept.append(hit)
        for confidence, start, end, entry, matched in sorted(kept, key=lambda h: h[1]):
            language = declared if declared in entry.languages else entry.language
            name = LANGUAGE_NAMES.get(language, language)
            yield self.finding(
                ctx,
                segment.start + start,
                segment.start + end,
                f"{name} {KINDS[entry.kind]}: '{_shorten(matched)}' renders '{entry.source}' "
                f"({entry.meaning}); did you mean '{entry.suggestion}'?",
                severity=Severity.INFO if entry.severity is Severity.INFO else self.active_severity,
                segment=segment,
                confidence=confidence,
                language=language,
                suggestion=entry.suggestion,
                evidence={"entry": entry.id, "source": entry.source, "explanation": entry.explanation},
            )


@dataclass(frozen=True)
class _Selection:
    """Entries in corpus order; for each rare gate word, the entries that need it."""

    entries: tuple[Entry, ...]
    by_word: Mapping[str, tuple[int, ...]]
    #: the keys of ``by_word``: a sentence's words meet them in one set intersection
    gates: frozenset[str]
    #: entries without a gate word, or whose gate is a word nearly every sentence holds
    #: (``the``): screened once per document instead
    weak: tuple[int, ...]

    @classmethod
    def of(cls, entries: tuple[Entry, ...]) -> _Selection:
        by_word: dict[str, list[int]] = {}
        weak = []
        for index, entry in enumerate(entries):
            gate = entry.words.gate
            if gate is None or gate & COMMON_WORDS:
                weak.append(index)
                continue
            for word in gate:
                by_word.setdefault(word, []).append(index)
        return cls(entries, {w: tuple(i) for w, i in by_word.items()}, frozenset(by_word), tuple(weak))

    def weak_in(self, folded: str) -> tuple[int, ...]:
        """The weakly gated entries that may match somewhere in ``folded`` (a whole document)."""
        return tuple(i for i in self.weak if self.entries[i].words.may_match(folded))

    def candidates(self, sentence: str, weak: tuple[int, ...] | None = None, folded: str | None = None
                   ) -> tuple[Entry, ...]:
        """The entries that may match ``sentence``, in corpus order; ``weak``: those of
        :meth:`weak_in` for the document that holds the sentence; ``folded``: ``fold(sentence)``."""
        if folded is None:
            folded = fold(sentence)
        chosen = set(self.weak if weak is None else weak)
        for word in self.gates.intersection(WORD.findall(folded)):
            chosen.update(self.by_word[word])
        return tuple(e for e in (self.entries[i] for i in sorted(chosen)) if e.words.may_match(folded))

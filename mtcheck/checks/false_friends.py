"""False friends and calques in machine-translated English (``false-friend``).

The knowledge lives in ``corpora/false_friends.yaml``: each entry pairs a
source-language word or construction (``qualifier de``, ``actuellement``,
``depuis trois ans``) with a regular expression for the English that MT engines
make of it, plus context rules that keep the ordinary English use of the same
words out. This module loads that file once, compiles every pattern once, and
runs them sentence by sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Iterator, Mapping

import yaml

try:  # Python 3.11+
    from re import _parser as _regex_parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _regex_parser

from ..model import Finding, Scope, Segment, Severity
from .base import CheckContext, Example, OptionsError, SentenceCheck

CORPUS = "false_friends.yaml"
LANGUAGE_NAMES = {"fr": "French", "es": "Spanish", "de": "German", "it": "Italian", "pt": "Portuguese", "nl": "Dutch"}
KINDS = {"false-friend": "false friend", "calque": "calque"}
REQUIRED = ("id", "lang", "kind", "source", "meaning", "suggestion", "explanation", "confidence", "pattern", "flagged", "clean")
OPTIONAL = ("also", "severity", "case_sensitive", "requires", "unless")
_VOCABULARY_NAME = re.compile(r"\{([a-z_]+)\}")
_ID = re.compile(r"^[a-z]{2}-[a-z0-9]+(?:-[a-z0-9]+)*$")
_EXCERPT_CHARS = 60
#: a ``^`` that anchors at the sentence start (not ``[^…]`` nor an escaped ``\^``)
_SENTENCE_START = re.compile(r"(?<![\[\\])\^")
#: the characters that a case-insensitive regex matches to an ASCII letter although their
#: lower case is not that letter: mapped to it before looking for trigger words
_ASCII_LOOKALIKES = str.maketrans({
    "\N{LATIN CAPITAL LETTER I WITH DOT ABOVE}": "i",
    "\N{LATIN SMALL LETTER DOTLESS I}": "i",
    "\N{LATIN SMALL LETTER LONG S}": "s",
    "\N{KELVIN SIGN}": "k",
})


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
    #: the pattern compiled for a whole document, to skip the entry when it cannot match anywhere;
    #: None for patterns anchored at a sentence start, which only make sense per sentence
    prefilter: re.Pattern[str] | None
    requires: re.Pattern[str] | None
    unless: re.Pattern[str] | None
    flagged: str
    clean: str
    #: words (folded, see :func:`fold_for_triggers`) of which every match holds at least one;
    #: None when the pattern has no such words
    triggers: frozenset[str] | None = None

    def may_match(self, folded: str) -> bool:
        """False when ``folded`` (a text passed through :func:`fold_for_triggers`) cannot hold a match."""
        return self.triggers is None or any(word in folded for word in self.triggers)

    @property
    def language(self) -> str:
        """The source language the entry is filed under (the first of ``languages``)."""
        return self.languages[0]

    def spans(self, sentence: str) -> Iterator[tuple[int, int, re.Match[str]]]:
        """Reported spans of this entry in ``sentence``: the ``hit`` group, else the whole match."""
        matches = list(self.pattern.finditer(sentence))
        # the context rules are only worth running on the rare sentence the pattern matched
        if not matches or (self.requires is not None and not self.requires.search(sentence)):
            return
        if self.unless is not None and self.unless.search(sentence):
            return
        for match in matches:
            start, end = _hit_span(match)
            if end > start:
                yield start, end, match


def fold_for_triggers(text: str) -> str:
    """``text`` in lower case, with the letters a case-insensitive regex also takes for ASCII ones made ASCII."""
    return text.translate(_ASCII_LOOKALIKES).lower()


def required_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case words of which every match of ``pattern`` holds at least one, or None.

    Read from the parsed pattern: a run of literal characters must appear; of a
    sequence, the best-found requirement of any one part holds for the whole; of an
    alternation, the union of the branches' requirements (None if one branch has none);
    a repeat needs its item when it must occur; a positive lookaround also needs its
    text, inside the searched string. Only ASCII characters are kept (their case
    folding is plain); anything else ends a run.
    """
    try:
        return _sequence_words(_regex_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - an unusual pattern is simply always searched
        return None


_REPEATS = tuple(op for op in (getattr(_regex_parser, name, None) for name in
                               ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")) if op is not None)


def _sequence_words(items: Any) -> frozenset[str] | None:
    found: list[frozenset[str]] = []
    run: list[str] = []
    for op, value in items:
        char = _literal_char(op, value)
        if char is not None:
            run.append(char)
            continue
        if run:
            found.append(frozenset({"".join(run)}))
            run = []
        if op == _regex_parser.SUBPATTERN:
            words = _sequence_words(value[-1])
        elif op == getattr(_regex_parser, "ATOMIC_GROUP", None):
            words = _sequence_words(value)
        elif op == _regex_parser.ASSERT:
            words = _sequence_words(value[1])
        elif op == _regex_parser.BRANCH:
            branches = [_sequence_words(branch) for branch in value[1]]
            words = None if any(b is None for b in branches) else frozenset().union(*branches)
        elif op in _REPEATS and value[0] >= 1:
            words = _sequence_words(value[2])
        else:
            words = None
        if words:
            found.append(words)
    if run:
        found.append(frozenset({"".join(run)}))
    # the most selective requirement: long words first, then few alternatives
    return max(found, key=lambda words: (min(map(len, words)), -len(words)), default=None)


def _literal_char(op: Any, value: Any) -> str | None:
    """The lower-case ASCII character a literal (or a class of one letter in both cases) matches."""
    if op == _regex_parser.LITERAL:
        chars = {chr(value).lower()}
    elif op == _regex_parser.IN and all(item_op == _regex_parser.LITERAL for item_op, _ in value):
        chars = {chr(code).lower() for _, code in value}
    else:
        return None
    char = chars.pop()
    return char if not chars and char.isascii() else None


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
        prefilter=None if _SENTENCE_START.search(pattern.pattern) else re.compile(pattern.pattern, flags | re.MULTILINE),
        requires=_compile(raw.get("requires"), flags, vocabulary, entry_id, "requires"),
        unless=_compile(raw.get("unless"), flags, vocabulary, entry_id, "unless"),
        flagged=str(raw["flagged"]),
        clean=str(raw["clean"]),
        triggers=required_words(pattern),
    )


def parse_corpus(text: str) -> tuple[Entry, ...]:
    """Every entry of a false-friend corpus given as YAML text."""
    data = yaml.safe_load(text) or {}
    vocabulary = {name: re.sub(r"\s+", "", str(value)) for name, value in (data.get("vocabulary") or {}).items()}
    entries = tuple(build_entry(raw, vocabulary) for raw in data.get("entries") or ())
    seen: set[str] = set()
    for entry in entries:
        if entry.id in seen:
            raise CorpusError(f"corpora/{CORPUS}: the id '{entry.id}' is used twice; give each entry its own id")
        seen.add(entry.id)
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

    def _entries(self, ctx: CheckContext) -> tuple[Entry, ...]:
        wanted = set(self.options.source_languages)
        declared = getattr(ctx.settings, "source_lang", None)
        # a declared source language narrows the list only when the corpus has entries for it
        if not wanted and any(declared in entry.languages for entry in load_entries()):
            wanted = {declared}
        return tuple(
            entry
            for entry in load_entries()
            if entry.confidence >= self.options.min_confidence and (not wanted or wanted & set(entry.languages))
        )

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        # trigger words, then one search per entry over the whole document, rule out almost every entry at once
        folded = fold_for_triggers(ctx.text)
        entries = tuple(e for e in self._entries(ctx)
                        if e.may_match(folded) and (e.prefilter is None or e.prefilter.search(ctx.text)))
        if not entries:
            return
        for segment in ctx.segments:
            yield from self._check(segment, ctx, entries)

    def check_segment(self, segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
        yield from self._check(segment, ctx, self._entries(ctx))

    def _check(self, segment: Segment, ctx: CheckContext, entries: tuple[Entry, ...]) -> Iterator[Finding]:
        declared = getattr(ctx.settings, "source_lang", None)
        hits: list[tuple[float, int, int, Entry, str]] = []
        folded = fold_for_triggers(segment.text)
        for entry in entries:
            if not entry.may_match(folded):
                continue
            for start, end, match in entry.spans(segment.text):
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

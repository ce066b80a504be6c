"""The mojibake check: mis-decoded text, lost characters, HTML left in the text.

Scraped and re-published translations pass through several encodings and
HTML layers. What goes wrong shows up as mojibake (``cafÃ©``, ``donâ€™t``,
detected with ftfy's badness heuristics), as replacement characters (``�``),
and as HTML entities or tags that were never rendered (``&amp;``, ``&#8217;``,
``<br/>``). Text inside backticks is code and left alone.

The ``encoding-error`` check reports what broke while reading: bytes that
were not valid in the input's encoding, lone surrogates, control characters
(``mtcheck.textguard`` replaced them by U+FFFD and recorded where).
"""

from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass
from functools import lru_cache
from html.entities import html5
from typing import Any, Iterator

try:  # Python 3.11+
    from re import _parser as _regex_parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _regex_parser

from ..model import Finding, Scope, Severity
from ..textguard import UNSAFE, char_name, problems_of
from .base import Check, CheckContext, Example

REPLACEMENT = "\N{REPLACEMENT CHARACTER}"
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_TAG = re.compile(
    r"</?([a-zA-Z][a-zA-Z0-9]*)"
    r"(?:\s+[a-zA-Z_:][-\w:.]*(?:\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s\"'<>=]+))?)*\s*/?>"
)
#: HTML element names: a tag with another name (``<T>``, ``<email@x.org>``) is not reported
HTML_ELEMENTS = frozenset(
    """a abbr address article aside audio b blockquote body br button caption cite code col dd del
    details div dl dt em embed figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hr html
    i iframe img input ins label li link main mark meta nav noscript ol option p picture pre q s
    script section select small source span strong style sub summary sup table tbody td template
    textarea tfoot th thead time title tr u ul video wbr font center""".split()
)
_CODE_SPAN = re.compile(r"`[^`\n]*`")
_REPLACEMENTS = re.compile(f"{REPLACEMENT}+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


class Mojibake(Check):
    """Mis-decoded text (mojibake), lost characters, or HTML entities and tags left in the text.

    What it does:
    Reports text that ftfy's badness heuristics recognise as mojibake and can
    decode back (``cafÃ©`` → ``café``, ``donâ€™t`` → ``don’t``), with the
    repaired word as the suggestion; replacement characters ``�`` (the
    original character is lost); HTML character references left unrendered
    (``&amp;``, ``&#8217;``, ``&nbsp;``); and HTML tags left in the text
    (``<p>``, ``</div>``, ``<br/>``). It works in any language.

    Why it matters:
    Each of them is visible to every reader and shows that the text was
    copied between systems without review; mojibake also breaks search and
    any later language processing of the words it touches.

    Example:
    ``The minister&#8217;s cafÃ© visit<br/>`` reads ``The minister’s café
    visit``.

    Options:
    ``html`` (default true): also report HTML entities and tags.

    Known false positives:
    Text about HTML that mentions entities or tags outside code spans; write
    them in backticks (`` `&amp;` ``) to keep them out of the report.
    """

    code = "EN101"
    name = "mojibake"
    severity = Severity.ERROR
    scope = Scope.DOCUMENT
    languages = None

    @dataclass(frozen=True)
    class Options:
        """Options of mojibake."""

        html: bool = True

    examples = (
        Example("The mayor opened a new ⟦cafÃ©⟧ in the old town.", True),
        Example("The ⟦mayorâ€™s⟧ office backed the ⟦&quot;⟧green⟦&quot;⟧ plan.", True),
        Example("The report was published today.⟦</p>⟧", True),
        Example("The mayor opened a new café in Zürich 😀, where a < b and c > d.", False),
        Example("Use `&amp;` to write an ampersand in HTML.", False),
    )

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        text = ctx.text
        code = [m.span() for m in _CODE_SPAN.finditer(text)]
        findings = list(self._mojibake(ctx))
        if self.options.html:
            findings += self._entities(ctx)
            findings += self._tags(ctx)
        yield from (f for f in findings if not any(s <= f.start and f.end <= e for s, e in code))

    def _mojibake(self, ctx: CheckContext) -> Iterator[Finding]:
        import ftfy
        from ftfy.badness import BADNESS_RE

        text = ctx.text
        covered = -1
        bad = _BadSequences(BADNESS_RE, text)
        for match in bad.finditer():
            if match.start() < covered:
                continue
            start, end = _token_around(text, match.start(), match.end())
            # the next bad sequences in the same run of words belong to this finding
            while True:
                following = bad.search(end)
                if following is None:
                    break
                next_start, next_end = _token_around(text, following.start(), following.end())
                if text[end:next_start].strip() or "\n" in text[end:next_start]:
                    break
                end = next_end
            covered = end
            original = text[start:end]
            fixed = ftfy.fix_encoding(original)
            if fixed == original:
                continue  # ftfy sees no decoding that explains it: not reported
            yield self.finding(
                ctx, start, end,
                f"Mojibake (text decoded with the wrong encoding): '{original}'; should read '{fixed}'",
                confidence=0.95, suggestion=fixed, evidence={"kind": "mojibake"},
            )
        reported = [(p["start"], p["end"]) for p in problems_of(ctx.document)]
        for match in _REPLACEMENTS.finditer(text):
            if any(s <= match.start() and match.end() <= e for s, e in reported):
                continue  # the encoding-error check reports it, with the bytes and their offset
            yield self.finding(
                ctx, match.start(), match.end(),
                "Replacement character: the original character was lost in decoding; restore it from the source",
                confidence=0.9, evidence={"kind": "replacement character"},
            )

    def _entities(self, ctx: CheckContext) -> Iterator[Finding]:
        for match in _ENTITY.finditer(ctx.text):
            entity = match.group(0)
            if not entity.startswith("&#") and entity[1:] not in html5:
                continue
            decoded = html.unescape(entity)
            shown = {"\N{NO-BREAK SPACE}": "a no-break space"}.get(decoded, f"'{decoded}'")
            yield self.finding(
                ctx, match.start(), match.end(),
                f"HTML entity left in the text: '{entity}'; replace it with {shown}",
                confidence=0.95, suggestion=decoded, evidence={"kind": "html entity"},
            )

    def _tags(self, ctx: CheckContext) -> Iterator[Finding]:
        for match in _TAG.finditer(ctx.text):
            if match.group(1).lower() not in HTML_ELEMENTS:
                continue
            yield self.finding(
                ctx, match.start(), match.end(),
                f"HTML tag left in the text: '{match.group(0)}'; remove it",
                confidence=0.9, suggestion="", evidence={"kind": "html tag", "tag": match.group(1).lower()},
            )


class EncodingError(Check):
    """Bytes that were not valid in the input's encoding, lone surrogates or control characters.

    What it does:
    Reports each place where the input could not be read as text: bytes that
    are not valid in the file's encoding (with their value and byte offset),
    lone UTF-16 surrogates left by a broken ``\\u`` escape in JSON, NUL and
    other control characters. mtcheck replaces each of them by U+FFFD
    REPLACEMENT CHARACTER when it reads the input (one character for one, so
    every other offset stays right) and reports it here. Text handed to the
    library directly is reported where the characters stand.

    Why it matters:
    The characters there are lost: a reader sees ``�`` or nothing, search and
    language tools stumble, and a file with invalid bytes usually went through
    a broken export that damaged more than one record.

    Example:
    The bytes ``caf\\xe9`` in a UTF-8 file, or ``{"text": "\\ud83d ok"}`` in
    JSON Lines.

    Options:
    None.

    Known false positives:
    None known: every finding is a character that is not text. A file in a
    legacy encoding is decoded as such (Windows-1252 and what
    charset-normalizer recognises) and is not reported.
    """

    code = "EN102"
    name = "encoding-error"
    severity = Severity.ERROR
    scope = Scope.DOCUMENT
    languages = None

    examples = (
        Example("The minister said the ⟦\N{NULL}⟧talks would go on.", True),
        Example("The committee met on Tuesday⟦\N{DELETE}⟧ and voted.", True),
        Example("Zero\N{ZERO WIDTH SPACE}width, \N{RIGHT-TO-LEFT MARK}bidi marks and emoji \N{GRINNING FACE} are text.", False),
    )

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for problem in problems_of(ctx.document):
            start, end = int(problem["start"]), int(problem["end"])
            if 0 <= start < end <= len(ctx.text):
                evidence = {k: problem[k] for k in ("kind", "byte") if k in problem}
                yield self.finding(ctx, start, end, str(problem["message"]), evidence=evidence)
        # characters still in the text: a document that did not pass through the runner's scrub
        for match in UNSAFE.finditer(ctx.text):
            names = ", ".join(sorted({char_name(c) for c in match.group(0)})[:4])
            yield self.finding(
                ctx, match.start(), match.end(),
                f"Characters that are not text: {names}; remove them from the source",
                evidence={"kind": "unsafe character"},
            )


def _token_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``[start, end)`` to the whitespace-delimited token(s) it touches.

    Some badness patterns include the space before the bad sequence; that space
    is not part of the word, so it is dropped before widening.
    """
    while start < end - 1 and text[start].isspace():
        start += 1
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, end


class _BadSequences:
    """ftfy's badness regex over one text, tried only where it can match.

    Every match of that regex holds a character past ASCII at most a few characters after
    its start (read from the pattern by :func:`_ascii_lead`), and English text has few
    such characters, so only the places just before them are tried; the results are those
    of ``finditer`` and ``search`` on the whole text.
    """

    def __init__(self, regex: re.Pattern[str], text: str) -> None:
        self.regex, self.text = regex, text
        lead = _ascii_lead(regex)
        self.starts = None if lead is None else sorted(
            {p for m in _NON_ASCII.finditer(text) for p in range(max(0, m.start() - lead), m.start() + 1)})

    def search(self, pos: int) -> re.Match[str] | None:
        """The first match at or after ``pos``, as ``regex.search(text, pos)``."""
        if self.starts is None:
            return self.regex.search(self.text, pos)
        for start in self.starts[bisect.bisect_left(self.starts, pos):]:
            match = self.regex.match(self.text, start)
            if match is not None:
                return match
        return None

    def finditer(self) -> Iterator[re.Match[str]]:
        """The matches of ``regex.finditer(text)`` (none is empty: each holds a character)."""
        if self.starts is None:
            yield from self.regex.finditer(self.text)
            return
        match = self.search(0)
        while match is not None:
            yield match
            match = self.search(match.end())


@lru_cache(maxsize=4)
def _ascii_lead(regex: re.Pattern[str]) -> int | None:
    """The most characters a match of ``regex`` can have before its first character past ASCII,
    or None when some match may have none (or the pattern is beyond this reading)."""
    if regex.flags & re.IGNORECASE:
        return None  # a case-insensitive class may take ASCII letters for others (K, ſ)
    try:
        items = list(_regex_parser.parse(regex.pattern, regex.flags))
    except Exception:  # noqa: BLE001 - an unusual pattern is simply searched everywhere
        return None
    branches = items[0][1][1] if len(items) == 1 and items[0][0] == _regex_parser.BRANCH else [items]
    leads = [_sequence_lead(list(branch)) for branch in branches]
    return None if None in leads else max(leads)


def _sequence_lead(items: list) -> int | None:
    lead = 0
    for op, value in items:
        if op == _regex_parser.AT:
            continue
        if op in (_regex_parser.MAX_REPEAT, _regex_parser.MIN_REPEAT) and len(value[2]) == 1:
            low, high, (item,) = value
            if _only_past_ascii(*item) and low >= 1:
                return lead
            if high == _regex_parser.MAXREPEAT:
                return None
            lead += high
            continue
        if op not in (_regex_parser.LITERAL, _regex_parser.NOT_LITERAL, _regex_parser.ANY, _regex_parser.IN,
                      _regex_parser.CATEGORY):
            return None
        if _only_past_ascii(op, value):
            return lead
        lead += 1
    return None


def _only_past_ascii(op: Any, value: Any) -> bool:
    """Does this one-character item match only characters past ASCII?"""
    if op == _regex_parser.LITERAL:
        return value >= 128
    if op == _regex_parser.IN:
        return all((member_op == _regex_parser.LITERAL and member >= 128)
                   or (member_op == _regex_parser.RANGE and member[0] >= 128) for member_op, member in value)
    return False

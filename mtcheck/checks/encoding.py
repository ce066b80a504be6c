"""The mojibake check: mis-decoded text, lost characters, HTML left in the text.

Scraped and re-published translations pass through several encodings and
HTML layers. What goes wrong shows up as mojibake (``cafÃ©``, ``donâ€™t``,
detected with ftfy's badness heuristics), as replacement characters (``�``),
and as HTML entities or tags that were never rendered (``&amp;``, ``&#8217;``,
``<br/>``). Text inside backticks is code and left alone.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.entities import html5
from typing import Iterator

from ..model import Finding, Scope, Severity
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
        for match in BADNESS_RE.finditer(text):
            if match.start() < covered:
                continue
            start, end = _token_around(text, match.start(), match.end())
            # the next bad sequences in the same run of words belong to this finding
            while True:
                following = BADNESS_RE.search(text, end)
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
        for match in re.finditer(f"{REPLACEMENT}+", text):
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

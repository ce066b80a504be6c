"""The source-typography check: French typographic habits left in English text.

French typography survives machine translation untouched: guillemets
(« … »), a (narrow) no-break space before ``: ; ! ?`` and ``%``, decimal commas
(``3,5``) and spaces between digit groups (``1 000``). None of them is English.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from ..model import Finding, Scope, Severity
from .base import Check, CheckContext, Example
from .quotes import paragraphs

LEFT_GUILLEMET = "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
RIGHT_GUILLEMET = "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
#: spaces French puts before high punctuation and inside guillemets
_FRENCH_SPACES = " \N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}\N{THIN SPACE}"
_GROUP_SPACES = "\N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}"

_GUILLEMETS = re.compile(f"{LEFT_GUILLEMET}([^{LEFT_GUILLEMET}{RIGHT_GUILLEMET}\n]*){RIGHT_GUILLEMET}|[{LEFT_GUILLEMET}{RIGHT_GUILLEMET}]")
#: a space before ``: ; ! ?`` after a word, closed by a space, a quote or the end of the line
_SPACED_PUNCT = re.compile(
    rf"(?<=[\w%)\N{{RIGHT DOUBLE QUOTATION MARK}}{RIGHT_GUILLEMET}\"])[{_FRENCH_SPACES}]+"
    rf"(?:[:;](?=[\s\"\N{{RIGHT DOUBLE QUOTATION MARK}}{RIGHT_GUILLEMET}]|$)"
    rf"|[!?]{{1,3}}(?=[\s\"\N{{RIGHT DOUBLE QUOTATION MARK}}{RIGHT_GUILLEMET})]|$))"
)
#: a number in French format: digit groups split by no-break spaces, a decimal comma,
#: a space before a percent sign (any of them)
_NUMBER = re.compile(
    rf"(?<![\w.,])(?P<int>\d{{1,3}}(?:[{_GROUP_SPACES}]\d{{3}})+|\d+)"
    rf"(?P<dec>,\d{{1,2}}(?![\d,]|\.\d))?"
    rf"(?P<pct>[ {_GROUP_SPACES}\N{{THIN SPACE}}]%(?!\s*\d))?"
)
_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+")
#: markers of code in a line, where ``a ? b : c`` is an operator, not punctuation
_CODE = re.compile(r"==|=>|&&|\|\||[{}`]|\);")


class SourceTypography(Check):
    """French typography left in English text: « », spaced punctuation, decimal commas.

    What it does:
    Reports French guillemets (``« plan »``), a space or no-break space before
    ``: ; ! ?`` (``Attention !``, ``the outcome : a draw``), decimal commas
    (``3,5``, ``12,7 million``), digit groups split by no-break spaces
    (``1 000``) and a space before ``%`` (``50 %``). English thousands
    (``3,500``, ``1,000``), times (``5:30``), URLs and code are left alone.

    Why it matters:
    These are the typographic fingerprints of a French source published
    without review; a decimal comma can also change a number's meaning for an
    English reader (``3,5`` is not thirty-five).

    Example:
    ``Inflation rose to 3,5 % « in a single year » !`` reads ``Inflation rose
    to 3.5% “in a single year”!``

    Options:
    ``guillemets``, ``spaced-punctuation`` and ``numbers`` (all default true)
    switch each kind of report on or off.

    Known false positives:
    Lists of small numbers written without spaces (``1,2 and 3``); English
    text quoting French typography on purpose (write it in code spans).
    """

    code = "QT106"
    name = "source-typography"
    severity = Severity.WARNING
    scope = Scope.DOCUMENT

    @dataclass(frozen=True)
    class Options:
        """Options of source-typography."""

        guillemets: bool = True
        spaced_punctuation: bool = True
        numbers: bool = True

    examples = (
        Example("The minister spoke of a ⟦« historic turning point »⟧ on Monday.", True),
        Example("Unemployment fell to ⟦7,1 %⟧ in the last quarter⟦ !⟧", True),
        Example("The plan has one goal⟦ :⟧ cutting ⟦12 000⟧ jobs.", True),
        Example("About 3,500 people, or 1,000 families, left at 5:30 on Monday.", False),
        Example("Unemployment fell to 7.1% in the last quarter.", False),
    )

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        text = ctx.text
        for paragraph in paragraphs(text):
            urls = [m.span() for m in _URL.finditer(text, paragraph.start, paragraph.end)]
            found: list[Finding] = []
            if self.options.guillemets:
                found += self._guillemets(ctx, paragraph.start, paragraph.end)
            if self.options.spaced_punctuation and not _CODE.search(paragraph.text):
                found += self._spaced_punctuation(ctx, paragraph.start, paragraph.end)
            if self.options.numbers:
                found += self._numbers(ctx, paragraph.start, paragraph.end)
            yield from (f for f in found if not any(s < f.end and f.start < e for s, e in urls))

    def _guillemets(self, ctx: CheckContext, start: int, end: int) -> Iterator[Finding]:
        for match in _GUILLEMETS.finditer(ctx.text, start, end):
            if match.group(1) is not None:
                inner = match.group(1).strip(_FRENCH_SPACES)
                fix = f"\N{LEFT DOUBLE QUOTATION MARK}{inner}\N{RIGHT DOUBLE QUOTATION MARK}"
                message = f"French guillemets in English text: '{match.group(0)}'; use “…”"
            else:
                fix = None
                message = f"French guillemet '{match.group(0)}' in English text; use “ or ”"
            yield self.finding(
                ctx, match.start(), match.end(), message,
                confidence=0.95, suggestion=fix, evidence={"kind": "guillemets"},
            )

    def _spaced_punctuation(self, ctx: CheckContext, start: int, end: int) -> Iterator[Finding]:
        text = ctx.text
        for match in _SPACED_PUNCT.finditer(text, start, end):
            punct = match.group(0).strip(_FRENCH_SPACES)
            if punct == ":" and text[match.start() - 1].isdigit() and text[match.end():match.end() + 2].strip()[:1].isdigit():
                continue  # a score or ratio (3 : 1), not a French colon
            space = match.group(0)[: -len(punct)]
            names = {" ": "space", "\N{NO-BREAK SPACE}": "no-break space", "\N{NARROW NO-BREAK SPACE}": "narrow no-break space"}
            kind = names.get(space[-1], "thin space")
            yield self.finding(
                ctx, match.start(), match.end(),
                f"{kind.capitalize()} before '{punct}' (French typography); remove it",
                confidence=0.9 if space[-1] != " " else 0.8,
                suggestion=punct,
                evidence={"kind": "spaced punctuation", "space": f"U+{ord(space[-1]):04X}"},
            )

    def _numbers(self, ctx: CheckContext, start: int, end: int) -> Iterator[Finding]:
        for match in _NUMBER.finditer(ctx.text, start, end):
            whole, dec, pct = match.group("int"), match.group("dec"), match.group("pct")
            grouped = any(c in _GROUP_SPACES for c in whole)
            if not (grouped or dec or pct):
                continue
            problems = []
            digits = "".join(c for c in whole if c.isdigit())
            fix = f"{int(digits):,}" if grouped else whole
            if grouped:
                problems.append("digit groups split by no-break spaces")
            if dec:
                problems.append("decimal comma")
                fix += "." + dec[1:]
            if pct:
                problems.append("space before %")
                fix += "%"
            end_at = match.end() if pct else match.end("dec") if dec else match.end("int")
            yield self.finding(
                ctx, match.start(), end_at,
                f"French number format in English text ({', '.join(problems)}): "
                f"'{ctx.text[match.start():end_at]}'; write '{fix}'",
                confidence=0.9 if dec or grouped else 0.6,
                suggestion=fix,
                evidence={"kind": "number format", "problems": problems},
            )

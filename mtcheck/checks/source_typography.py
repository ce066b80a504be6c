"""The source-typography check: source-language typography left in English text.

French typography survives machine translation untouched: guillemets
(« … »), a (narrow) no-break space before ``: ; ! ?`` and ``%``, decimal commas
(``3,5``) and spaces between digit groups (``1 000``); so do German low quotes,
Spanish inverted marks, dates and thousands with full stops, and clock times
written ``15h30``. None of them is English. The quote marks are found here, the
number formats in :mod:`.source_numbers`, clock times and dates in
:mod:`.source_times`. (A comma after the closing quote is ``quote-punctuation``'s,
in ``quote_punctuation.py``.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial
from typing import Callable, Iterator

from ..model import Finding, Scope, Severity
from .base import Check, CheckContext, Example
from .language_lexicon import load_lexicon
from .quotes import paragraphs
from .source_numbers import (
    NUMBER_HINT,
    ORDINAL_NOUNS,
    dash_cent_prices,
    dotted_ordinals,
    foreign_thousands,
    french_numbers,
    indicator_ordinals,
    source_currencies,
    suffixed_ordinals,
)
from .source_times import (
    ANY_MONTH,
    MONTHS,
    TIME_HINT,
    clock_times,
    dotted_dates,
    dotted_days,
    numeric_dates,
    ordinal_days,
)

LEFT_GUILLEMET = "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
RIGHT_GUILLEMET = "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
#: spaces French puts before high punctuation and inside guillemets
_FRENCH_SPACES = " \N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}\N{THIN SPACE}"

#: names of the spaces, for messages
_SPACE_NAMES = {
    " ": "space",
    "\N{NO-BREAK SPACE}": "no-break space",
    "\N{NARROW NO-BREAK SPACE}": "narrow no-break space",
    "\N{THIN SPACE}": "thin space",
}
#: a pair of guillemets on one line, or a lone one
_GUILLEMETS = re.compile(
    f"{LEFT_GUILLEMET}([^{LEFT_GUILLEMET}{RIGHT_GUILLEMET}\n]*){RIGHT_GUILLEMET}"
    f"|[{LEFT_GUILLEMET}{RIGHT_GUILLEMET}]"
)
#: a space before ``: ; ! ?`` after a word, closed by a space, a quote or the end of the line
_SPACED_PUNCT = re.compile(
    rf"(?<=[\w%)\N{{RIGHT DOUBLE QUOTATION MARK}}{RIGHT_GUILLEMET}\"])[{_FRENCH_SPACES}]+"
    rf"(?:[:;](?=[\s\"\N{{RIGHT DOUBLE QUOTATION MARK}}{RIGHT_GUILLEMET}]|$)"
    rf"|[!?]{{1,3}}(?=[\s\"\N{{RIGHT DOUBLE QUOTATION MARK}}{RIGHT_GUILLEMET})]|$))"
)
#: German low quotation marks (``„Zitat“``), opening a quotation English opens with “
_LOW_QUOTE = re.compile(
    "\N{DOUBLE LOW-9 QUOTATION MARK}(?:([^\N{DOUBLE LOW-9 QUOTATION MARK}\N{LEFT DOUBLE QUOTATION MARK}"
    "\N{RIGHT DOUBLE QUOTATION MARK}\"\n]{1,300})[\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}\"])?"
)
#: the German low quotation mark typed as two commas, closed by two apostrophes or a quote (``,,Wir…''``)
_COMMA_QUOTE = re.compile(r"(?:(?<=\s)|^),,(?=\w)(?:([^\n\"\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}]{1,300}?)"
                          r"(?:''|\"|\N{LEFT DOUBLE QUOTATION MARK}|\N{RIGHT DOUBLE QUOTATION MARK}))?", re.MULTILINE)
#: Spanish opening question and exclamation marks
_INVERTED = re.compile("[\N{INVERTED QUESTION MARK}\N{INVERTED EXCLAMATION MARK}]")
#: the words an inverted mark opens, up to the mark that closes them
_INVERTED_CLAUSE = re.compile("[\N{INVERTED QUESTION MARK}\N{INVERTED EXCLAMATION MARK}]([^!?\n]{1,120})[!?]")


def _opens_spanish(text: str, pos: int) -> bool:
    """Do the words the inverted mark at ``pos`` opens read as Spanish (``¡Viva el Corpus!``: a Spanish word
    English lacks, or as many words outside English as in it), not as a translation that kept the mark
    (``¡We will win!``)?"""
    clause = _INVERTED_CLAUSE.match(text, pos)
    if clause is None:
        return False
    lexicon = load_lexicon()
    words = re.findall(r"[^\W\d_]+", clause.group(1))
    foreign = [w for w in words if not lexicon.is_english(w)]
    return bool(words) and (2 * len(foreign) >= len(words) or any("es" in lexicon.languages_of(w) for w in foreign))


#: what the marks of other source languages need somewhere in the text (see :data:`_SOURCE_MARK_FINDERS`)
_SOURCE_MARK_HINT = re.compile(
    rf"[\N{{DOUBLE LOW-9 QUOTATION MARK}}\N{{INVERTED QUESTION MARK}}\N{{INVERTED EXCLAMATION MARK}}]|,,\w|\d\.?[\N{{FEMININE ORDINAL INDICATOR}}\N{{MASCULINE ORDINAL INDICATOR}}]"
    rf"|\d\.[ \N{{NO-BREAK SPACE}}]+[a-z]|\d\.\d{{1,2}}\.,|\d,-|\d\.[\N{{EN DASH}}\N{{EM DASH}}-]|\d\N{{DEGREE SIGN}}[ \N{{NO-BREAK SPACE}}]+(?:[A-Z]|{ANY_MONTH}|{ORDINAL_NOUNS})"
    rf"|\d\.[ \N{{NO-BREAK SPACE}}]+(?:{MONTHS})|\d\.\d{{3}}(?!\d|[.,]\d)|\d[ \N{{NO-BREAK SPACE}}]?(?:M|Md|Mds|Mrd|k)\N{{EURO SIGN}}"
    rf"|\d\.\d{{3}},\d|(?:Mio|Mrd)\.|\d \d{{3}}(?![\d.,])|\d\.\d{{1,2}}\.(?:19|20)\d\d|\d[ \N{{NO-BREAK SPACE}}]?\N{{EURO SIGN}}"
    rf"|\d['\N{{RIGHT SINGLE QUOTATION MARK}}]\d{{3}}|\d-\d{{1,2}}-(?:19|20)\d\d|\d/\d{{1,2}}/(?:19|20)\d\d|1(?:er|re|\N{{LATIN SMALL LETTER E WITH GRAVE}}re) (?:{MONTHS})"
    rf"|the \d{{1,3}}(?:e|\N{{LATIN SMALL LETTER E WITH GRAVE}}me|eme|de|ste) |\d(?:de|ste|e|er|re|eme|\N{{LATIN SMALL LETTER E WITH GRAVE}}me)\b"
)
#: what each kind of report needs somewhere in the text: a guillemet; a space before ``: ; ! ?`` (numbers
#: and clock times have theirs in :mod:`.source_numbers` and :mod:`.source_times`)
_GUILLEMET_CHARS = re.compile(f"[{LEFT_GUILLEMET}{RIGHT_GUILLEMET}]")
_SPACED_HINT = re.compile(f"[{_FRENCH_SPACES}][:;!?]")
#: URLs, e-mail addresses and code spans in backticks, where nothing is reported
_SKIPPED = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|`[^`\n]*`")
#: markers of code in a line, where ``a ? b : c`` is an operator, not punctuation
_CODE = re.compile(r"==|=>|&&|\|\||[{}`]|\);")


def _guillemets(text: str, start: int, end: int, report: Callable[..., Finding]) -> Iterator[Finding]:
    """French guillemets, in pairs on one line or alone."""
    for match in _GUILLEMETS.finditer(text, start, end):
        if match.group(1) is not None:
            inner = match.group(1).strip(_FRENCH_SPACES)
            fix = f"\N{LEFT DOUBLE QUOTATION MARK}{inner}\N{RIGHT DOUBLE QUOTATION MARK}"
            message = f"French guillemets in English text: '{match.group(0)}'; use “…”"
        else:
            fix = None
            message = f"French guillemet '{match.group(0)}' in English text; use “ or ”"
        yield report(
            match.start(), match.end(), message,
            confidence=0.95, suggestion=fix, evidence={"kind": "guillemets"},
        )


def _spaced_punctuation(text: str, start: int, end: int, report: Callable[..., Finding]) -> Iterator[Finding]:
    """A space or no-break space before ``: ; ! ?``, French style."""
    for match in _SPACED_PUNCT.finditer(text, start, end):
        punct = match.group(0).strip(_FRENCH_SPACES)
        digit_after = text[match.end():match.end() + 2].strip()[:1].isdigit()
        if punct == ":" and text[match.start() - 1].isdigit() and digit_after:
            continue  # a score or ratio (3 : 1), not a French colon
        space = match.group(0)[: -len(punct)]
        kind = _SPACE_NAMES[space[-1]]
        yield report(
            match.start(), match.end(),
            f"{kind.capitalize()} before '{punct}' (French typography); remove it",
            confidence=0.9 if space[-1] != " " else 0.8,
            suggestion=punct,
            evidence={"kind": "spaced punctuation", "space": f"U+{ord(space[-1]):04X}"},
        )


def _low_quotes(text: str, start: int, end: int, report: Callable[..., Finding]) -> Iterator[Finding]:
    """German low quotation marks, also typed as two commas."""
    for pattern, how, confidence in ((_LOW_QUOTE, "", 0.95), (_COMMA_QUOTE, " typed as two commas", 0.9)):
        for match in pattern.finditer(text, start, end):
            inner = match.group(1)
            fix = None if inner is None else f"\N{LEFT DOUBLE QUOTATION MARK}{inner}\N{RIGHT DOUBLE QUOTATION MARK}"
            yield report(
                match.start(), match.end(),
                f"German low quotation mark{how} in English text: '{match.group(0)}'; use “…”",
                confidence=confidence, suggestion=fix, evidence={"kind": "low quotes"},
            )


def _inverted_marks(text: str, start: int, end: int, report: Callable[..., Finding]) -> Iterator[Finding]:
    """Spanish inverted marks kept in an English sentence."""
    for match in _INVERTED.finditer(text, start, end):
        if _opens_spanish(text, match.start()):
            continue  # “¡Viva el Corpus!”: Spanish quoted as Spanish, which the language checks judge
        yield report(
            match.start(), match.end(),
            f"Spanish inverted mark '{match.group(0)}' in English text; remove it",
            confidence=0.95, suggestion="", evidence={"kind": "inverted mark"},
        )


#: the finders of the marks of other source languages (``source-marks``), in the order their findings are reported
_SOURCE_MARK_FINDERS = (
    _low_quotes, _inverted_marks, dotted_ordinals, dash_cent_prices, suffixed_ordinals, indicator_ordinals,
    dotted_dates, dotted_days, ordinal_days, source_currencies, numeric_dates, foreign_thousands,
)


class SourceTypography(Check):
    """Source-language typography left in English text: « », „ “, spaced punctuation, decimal commas.

    What it does:
    Reports French guillemets (``« plan »``), a space or no-break space before
    ``: ; ! ?`` (``Attention !``, ``the outcome : a draw``), decimal commas
    (``3,5``, ``12,7 million``), digit groups split by no-break spaces
    (``1\N{NARROW NO-BREAK SPACE}000``), a space before ``%`` (``50 %``) and
    French clock times (``15h30``, ``15 h 30``, ``at 18h``), German or Dutch ones
    (``5.12 Uhr``, ``20.00 uur``, ``14u30``) and hour marks after the minutes
    (``17:00 hrs``, ``23.00 h``, ``22 hs``), ranges of 24-hour times with
    full stops (``open from 8.00 to 20.00``); and the marks of
    other source languages (``source-marks``): German low quotes (``„Zitat“``,
    or typed as two commas: ``,,Zitat''``), Spanish ``¿`` and ``¡``, German dates
    (``14. March``), French ordinal days before an English month (``1er
    April``) and thousands split by full stops before a counted noun or
    after a currency sign (``22.000 people``, ``€1.500``), by spaces (``1 500
    euros``) or by apostrophes, the Swiss way (``1'200 francs``), dates with full stops
    (``14.11.2024``), and day/month/year when the day cannot be a month (``15/06/2025``), currencies abbreviated the French or German way (``345 M€``,
    ``3 Mrd. Euro``), prices with ``,-`` for no cents (``€ 450,-``), German ordinals
    with a full stop (``the 87. minute``) and Spanish, Portuguese and Italian
    ordinal indicators (``38ª edition``). English thousands (``3,500``, ``1,000``), decimals (``2.5 km``),
    times (``5:30``), durations (``a 24h race``), URLs and code are left alone.

    Why it matters:
    These are the typographic fingerprints of a French source published
    without review; a decimal comma can also change a number's meaning for an
    English reader (``3,5`` is not thirty-five).

    Example:
    ``Inflation rose to 3,5 % « in a single year » !`` reads ``Inflation rose
    to 3.5% “in a single year”!``

    Options:
    ``guillemets``, ``spaced-punctuation``, ``numbers``, ``times`` and
    ``source-marks`` (all default true) switch each kind of report on or off.

    Known false positives:
    Lists of small numbers written without spaces (``1,2 and 3``); English
    text quoting French typography on purpose (write it in backticks to keep
    it out of the report).
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
        times: bool = True
        source_marks: bool = True

    examples = (
        Example("The minister spoke of a ⟦« historic turning point »⟧ on Monday.", True),
        Example("Unemployment fell to ⟦7,1 %⟧ in the last quarter⟦ !⟧", True),
        Example("The plan has one goal⟦ :⟧ cutting ⟦12\N{NARROW NO-BREAK SPACE}000⟧ jobs.", True),
        Example("About 3,500 people, or 1,000 families, left at 5:30 on Monday.", False),
        Example("Unemployment fell to 7.1% in the last quarter.", False),
        Example("Clashes broke out at ⟦15 h 30⟧ near the Bastille and ended at ⟦18h⟧.", True),
        Example("The 24h race starts at 3:30 p.m. and lasts until 3:30 p.m. the next day.", False),
        Example("The mayor spoke of ⟦„a historic day“⟧ on ⟦14. March⟧, when ⟦22.000⟧ people marched.", True),
        Example("The rover drove 2.5 km on 14 March, and 1.5 million people watched.", False),
        Example("Revenue reached ⟦345 M€⟧ and the farm covers ⟦1.200⟧ hectares.", True),
        Example("Fines range from ⟦1 500⟧ euros, the court said on ⟦14.11.2024⟧.", True),
    )

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        text = ctx.text
        # each kind of report needs characters most English text lacks: look for them once
        guillemets = self.options.guillemets and _GUILLEMET_CHARS.search(text) is not None
        spaced = self.options.spaced_punctuation and _SPACED_HINT.search(text) is not None
        numbers = self.options.numbers and NUMBER_HINT.search(text) is not None
        times = self.options.times and TIME_HINT.search(text) is not None
        marks = self.options.source_marks and _SOURCE_MARK_HINT.search(text) is not None
        if not (guillemets or spaced or numbers or times or marks):
            return
        report = partial(self.finding, ctx)
        for paragraph in paragraphs(text):
            start, end = paragraph.start, paragraph.end
            found: list[Finding] = []
            if guillemets:
                found += _guillemets(text, start, end, report)
            if spaced and not _CODE.search(paragraph.text):
                found += _spaced_punctuation(text, start, end, report)
            if numbers:
                found += french_numbers(text, start, end, report)
            if times:
                found += clock_times(text, start, end, report)
            if marks:
                for find in _SOURCE_MARK_FINDERS:
                    found += find(text, start, end, report)
            if found:
                skipped = [m.span() for m in _SKIPPED.finditer(text, start, end)]
                yield from (f for f in found if not any(s < f.end and f.start < e for s, e in skipped))


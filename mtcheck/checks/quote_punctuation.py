"""The quote-punctuation check: a comma or full stop after the closing quote, against US style.

French puts the punctuation after the guillemet (``», a-t-il ajouté``) and machine
translation keeps it there; US style puts it inside the closing quote.
"""

from __future__ import annotations

import re
from functools import partial
from typing import Iterator

from ..model import Finding, Scope, Severity
from .base import Check, CheckContext, Example
from .quote_attributions import (
    ATTRIBUTION_ENDS, GOES_ON_AFTER_STOP, SUBJECT_VERB_AFTER, VERB_AFTER, attribution_after, sentence_goes_on,
)
from .quote_lead_ins import lead_in_findings
from .quotes import REPORTING_VERBS, SENTENCE_END, scanned_paragraphs


#: words a quotation needs before a missing comma is reported: shorter quoted terms are names or scare quotes
MIN_QUOTATION_WORDS = 4


class QuotePunctuation(Check):
    """Comma or full stop placed after a closing quote, against US style.

    What it does:
    In US style (the default ``english-style = "us"``) a comma or full stop
    that follows a quotation goes inside the closing quote. This check reports
    ``”,`` and ``”.`` (French placement, kept by MT), also with a space
    before the comma (``” ,``). In UK style, where punctuation goes outside
    unless it belongs to the quotation, it reports only a full stop inside
    followed by a comma or a second full stop outside (``end.”, said``,
    ``end.”.``, ``go?”, asked``), which no style writes; two full stops after a closing quote
    (``hide”..``, not an ellipsis), two marks inside the closing quote (``that?,” asked``,
    ``could,”, said``), a space after the opening quote or before the closing one
    (``roof tiles. ”``), a full stop that closes a quotation the sentence goes on
    after (``numbers.” said the mayor``, ``delays.” the minister told``, ``stay.” according to``,
    ``an important step.” but``) and a quotation of four words or more with no comma
    before the reporting verb (``in Mbour” said the manager``), no comma between a reporting
    verb and the quoted sentence after it (``said afterwards “We were…``), a colon before a
    quotation after ``according to``, ``that`` or ``as`` (``According to the mayor: “The place…``,
    ``explained that: “the revenue…``) and a colon before a short quoted term the sentence runs
    through (``called the measure: “excessive” and asked``) are reported in either style.

    Why it matters:
    French puts the punctuation after the guillemet (``», a-t-il ajouté``); a
    translation that keeps it reads as foreign to a US reader. It is a style
    note, hence the ``info`` severity.

    Example:
    ``“It is over”, he added.`` reads ``“It is over,” he added.`` in US style.

    Options:
    None of its own: it follows the run's ``english-style`` setting (``us`` or
    ``uk``).

    Known false positives:
    Literal strings quoted in technical text (``type "yes".``): quotations that
    look like code or are a single character are skipped.
    """

    code = "QT105"
    name = "quote-punctuation"
    severity = Severity.INFO
    scope = Scope.DOCUMENT

    examples = (
        Example("“The talks are over⟦”,⟧ the envoy said.", True),
        Example("Protesters chanted “no more war⟦”.⟧", True),
        Example("“The talks are over,” the envoy said.", False),
        Example("Did she really say “never”?", False),
        Example("“The talks are over”, the envoy said.", False, settings={"english_style": "uk"}),
        Example("“We want to live in our own neighbourhoods⟦.”,⟧ said a tenant.", True),
        Example("“Power rather than truth⟦” ,⟧ explained the critic.", True),
        Example("The label warned: “Fakes can harm your health⟦.”.⟧", True),
        Example("At the end of the trial he declared: “I regret nothing⟦”..⟧", True),
        Example("He trailed off: “Well, if you say so”...", False),
        Example("“Where will our students go⟦?”.⟧ asked a lecturer.", True),
        Example("“Where will our students go?” asked a lecturer.", False),
        Example("“Who is going to pay for that⟦?,”⟧ asked the haulier.", True),
        Example("“We did everything we could⟦,”,⟧ said the fire chief.", True),
        Example("“We will not accept more delays⟦.”⟧ the minister told reporters.", True),
        Example("“We cannot absorb unlimited numbers⟦.”⟧ said the mayor.", True),
        Example("“It is over.” He left the room.", False),
        Example("“We trained for six months in Mbour⟦”⟧ said the manager.", True),
        Example("“The new line brings the villages closer to the city⟦”⟧ Brunner said.", True),
        Example("The so-called “independent experts” said the plan would fail.", False),
        Example("He said: “We had 200 calls, mostly about loose roof tiles.⟦ ”⟧ Nobody was hurt.", True),
        Example("The motto ⟦“ ⟧Together we stand” was painted on the wall.", True),
        Example("“They do not solve problems either⟦ ,”⟧ said the mayor.", True),
        Example("According to the mayor⟦:⟧ “The place is badly chosen.”", True),
        Example("According to the mayor, “the place is badly chosen.”", False),
        Example("She explained to the chamber that⟦:⟧ “the revenue will fund the schools.”", True),
        Example("“We found bottles that were never olive oil”⟦:⟧ the commander of the unit explained.", True),
        Example("The sign read “No entry”: the gate was locked.", False),
        Example("“It was the hardest stage of the race”⟦;⟧ said the winner.", True),
        Example("As the mayor put it bluntly⟦ “⟧We cannot pay for everything.”", True),
    )

    _CODE_LIKE = re.compile(r"[=(){}<>/\\_#@$`]|^\S$")

    _AFTER = re.compile(r"[ \t\N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}]*(\.\.(?!\.)|[,.](?!\.))")

    #: a full stop and a comma ending a quotation after a plain word, not an abbreviation (``U.S.,``, ``Inc.,``)
    _STOP_COMMA = re.compile(r"(?<![\w.])[a-z]{4,}\.,$")

    def _inner_space(self, ctx: CheckContext, opening: int, closing: int) -> Iterator[Finding]:
        """A space after the opening quote or before the closing one (``tiles. ”``): English sets quote
        marks against the quoted words; the space is left from a source's spaced guillemets."""
        text = ctx.text
        quoted = text[opening + 1:closing]
        after_open = len(quoted) - len(quoted.lstrip(self._SPACES))
        before_close = len(quoted) - len(quoted.rstrip(self._SPACES))
        spaced_mark = self._SPACED_MARK.search(text, opening + 1, closing)
        if after_open:
            yield self.finding(
                ctx, opening, opening + 1 + after_open,
                f"Space after the opening quote: '{text[opening:opening + 1 + after_open + 12]}'; remove it",
                confidence=0.85, suggestion=text[opening],
                evidence={"english_style": ctx.settings.english_style, "punctuation": "space after open"},
            )
        if spaced_mark and not before_close:
            # ``either ,”``: a space before the comma or stop that ends the quotation (French spacing)
            yield self.finding(
                ctx, spaced_mark.start(), closing + 1,
                f"Space before '{spaced_mark.group().strip()}' at the end of the quotation: "
                f"'{text[max(opening, spaced_mark.start() - 12):closing + 1]}'; remove it",
                confidence=0.85, suggestion=spaced_mark.group().strip() + text[closing],
                evidence={"english_style": ctx.settings.english_style, "punctuation": "space before mark"},
            )
        if before_close:
            yield self.finding(
                ctx, closing - before_close, closing + 1,
                f"Space before the closing quote: '{text[max(opening, closing - before_close - 12):closing + 1]}'; "
                "remove it",
                confidence=0.85, suggestion=text[closing],
                evidence={"english_style": ctx.settings.english_style, "punctuation": "space before close"},
            )

    #: a comma or full stop with a space before it, right before the closing quote
    _SPACED_MARK = re.compile(r"(?<=\w)[ \t\N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}]+[,.](?=$)")
    #: spaces that may sit between a quote mark and the quoted words (a hard wrap is no such space)
    _SPACES = " \t\N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}"

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        us_style = getattr(ctx.settings, "english_style", "us") == "us"
        text = ctx.text
        report = partial(self.finding, ctx)
        for paragraph, scan in scanned_paragraphs(text):
            for quotation in scan.quotations:
                pos = quotation.close
                inner = text[quotation.inner[0]:quotation.inner[1]].strip()
                # four words or more, and nothing like code: a quotation long enough for a quoted sentence
                long_quotation = len(inner.split()) >= MIN_QUOTATION_WORDS and not self._CODE_LIKE.search(inner)
                yield from lead_in_findings(ctx, report, paragraph, quotation, inner, long_quotation)
                if inner and not self._CODE_LIKE.search(inner):
                    yield from self._inner_space(ctx, quotation.open, pos)
                verb = VERB_AFTER.match(text, pos + 1, paragraph.end)
                # a full stop or a semicolon (``possible;” she said``) inside the closing quote
                stop = inner[-1:] in (".", ";")
                if stop and (verb is None or verb.group(1) not in GOES_ON_AFTER_STOP):
                    # ``delays.” the minister told``: a lower-case subject shows the sentence goes on too
                    subject_verb = SUBJECT_VERB_AFTER.match(text, pos + 1, paragraph.end)
                    if subject_verb is not None and (subject_verb.group()[1:2].islower()
                                                     or ATTRIBUTION_ENDS.match(text, subject_verb.end())):
                        verb = subject_verb
                goes_on = sentence_goes_on(inner, verb.group(1) if verb is not None else None, stop)
                if goes_on is not None and not self._CODE_LIKE.search(inner):
                    # ``numbers.” said the mayor``: the sentence goes on after the quotation, which a full stop
                    # inside ends; wrong in any style (a comma, or a question or exclamation mark); before a
                    # conjunction (``“an important step.” but that…``) the quoted phrase keeps no mark at all
                    mark = "Full stop" if inner[-1] == "." else "Semicolon"
                    advice, fix, confidence = goes_on
                    fix = fix + text[pos]
                    yield self.finding(
                        ctx, pos - 1, pos + 1,
                        f"{mark} inside the closing quote, but the sentence goes on: "
                        f"'{text[pos - 1:verb.end()]}'; {advice} ('{fix}')",
                        confidence=confidence, suggestion=fix,
                        evidence={"english_style": ctx.settings.english_style,
                                  "punctuation": f"{inner[-1]} {verb.group(1)}"},
                    )
                    continue
                if inner[-1:].isalnum():
                    verb = SUBJECT_VERB_AFTER.match(text, pos + 1, paragraph.end)
                if (verb is not None and verb.group(1) in REPORTING_VERBS and inner[-1:].isalnum() and inner[:1].isupper()
                        and long_quotation):
                    # ``“We trained … in Mbour” said the manager``: a quoted sentence the reporting verb follows
                    # needs a comma; a short or lower-case quoted term (“experts” said) is no quoted sentence
                    yield self.finding(
                        ctx, pos, pos + 1,
                        f"No comma between the quotation and '{verb.group(1)}': '{text[pos - 1:verb.end()]}'; "
                        f"write ',{text[pos]}'",
                        confidence=0.8, suggestion="," + text[pos],
                        evidence={"english_style": ctx.settings.english_style, "punctuation": "none " + verb.group(1)},
                    )
                    continue
                if (text[pos + 1:pos + 2] in (":", ";") and inner[:1].isupper() and long_quotation
                        and (said := attribution_after(text, pos + 2, paragraph.end)) is not None):
                    # ``“…at all”: the commander explained``, ``“…of my life”; said the skipper``: the colon of Italian
                    # and Spanish before the attribution; English closes a quoted sentence that its reporting clause
                    # follows with a comma
                    mark = "Colon" if text[pos + 1] == ":" else "Semicolon"
                    yield self.finding(
                        ctx, pos + 1, pos + 2,
                        f"{mark} between the quotation and its attribution: '{text[pos:said.end()]}'; "
                        f"write a comma inside the quote (',{text[pos]}')",
                        confidence=0.85, suggestion="",
                        evidence={"english_style": ctx.settings.english_style, "punctuation": f"{text[pos + 1]} {said.group(1)}"},
                    )
                    continue
                if inner[-1:] == "," and text[pos + 1:pos + 2] == "." and text[pos + 2:pos + 3] != ".":
                    # ``the verges,”. said a spokesman``: a comma inside the quote and a full stop after it, the
                    # source's full stop kept beside the comma English puts in; wrong in any style
                    yield self.finding(
                        ctx, pos + 1, pos + 2,
                        f"Comma inside the closing quote and a full stop after it: '{text[pos - 1:pos + 2]}'; "
                        f"keep the comma ('{text[pos - 1:pos + 1]}')",
                        confidence=0.9, suggestion="",
                        evidence={"english_style": ctx.settings.english_style, "punctuation": "comma inside, stop after"},
                    )
                    continue
                if len(inner) > 1 and inner[-1] == "," and inner[-2] in "?!," or self._STOP_COMMA.search(inner):
                    # ``pay for that?,” asked``: a comma after the quotation's own question mark or stop
                    kept = inner[-2] if inner[-2] in "?!" else ","
                    yield self.finding(
                        ctx, pos - 2, pos + 1,
                        f"Two marks inside the closing quote: '{text[pos - 2:pos + 1]}'; keep one ('{kept}{text[pos]}')",
                        confidence=0.9, suggestion=kept + text[pos],
                        evidence={"english_style": ctx.settings.english_style, "punctuation": inner[-2:]},
                    )
                    continue
                after = self._AFTER.match(text, pos + 1, paragraph.end)
                if after is None:
                    continue
                if not inner or self._CODE_LIKE.search(inner):
                    continue
                punct, end = after.group(1), after.end()
                spaced = after.start(1) > pos + 1
                if punct == "..":
                    # ``hide”..``: two full stops, not an ellipsis; wrong in any style
                    if inner[-1] in SENTENCE_END:
                        fixed = text[pos]
                    else:
                        fixed = "." + text[pos] if us_style else text[pos] + "."
                    yield self.finding(
                        ctx, pos, end,
                        f"Two full stops after the closing quote: '{text[pos:end]}'; keep one ('{fixed}')",
                        confidence=0.9, suggestion=fixed,
                        evidence={"english_style": ctx.settings.english_style, "punctuation": ".."},
                    )
                    continue
                if inner[-1] in ".?!," and punct in ",." and not (inner[-1] == "," and punct == "."):
                    # ``end.”, said``, ``end.”.`` or ``go?”. asked``: a second mark after the quotation's own
                    # full stop, question or exclamation mark; wrong in any style
                    inside = {".": "Full stop", "?": "Question mark", "!": "Exclamation mark", ",": "Comma"}[inner[-1]]
                    kept = punct if inner[-1] in ".," else inner[-1]
                    yield self.finding(
                        ctx, pos - 1, end,
                        f"{inside} inside and {'a comma' if punct == ',' else 'a full stop'} after the closing "
                        f"quote: '{text[pos - 1:end]}'; keep one mark, inside ('{kept}{text[pos]}')",
                        confidence=0.9, suggestion=kept + text[pos],
                        evidence={"english_style": ctx.settings.english_style, "punctuation": inner[-1] + punct},
                    )
                    continue
                if not us_style or inner[-1] in SENTENCE_END + ",;:":
                    continue
                name = "comma" if punct == "," else "full stop"
                where = ", with a space before it" if spaced else ""
                yield self.finding(
                    ctx, pos, end,
                    f"{name.capitalize()} after the closing quote{where}: '{text[pos:end]}'; "
                    f"US style puts it inside ('{punct}{text[pos]}')",
                    confidence=0.9,
                    suggestion=punct + text[pos],
                    evidence={"english_style": "us", "punctuation": punct},
                )

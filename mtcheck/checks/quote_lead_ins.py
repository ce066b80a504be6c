"""What introduces a quotation, for quote-punctuation: the mark between a lead-in and its opening quote.

French, Spanish and Italian put a colon where English writes a comma or nothing (``According to
the mayor: “``, ``explained that: “``, ``called the measure: “excessive” and``), a semicolon after
a reporting verb (``said; "this``), and English puts a comma between a reporting verb and the
quoted sentence after it (``said afterwards, “We were…``).
"""

from __future__ import annotations

import re
from typing import Callable, Iterator

from ..model import Finding
from .base import CheckContext
from .quotes import REPORTING_VERBS, Paragraph, Quotation


#: the most words of a quoted term (``“excessive”``, ``“a matter of common sense”``, ``“a lesson in faith and in
#: community”``) that a colon must not introduce; in 404 real English news articles and the English side of the
#: parallel corpora, no colon comes before a lower-case quotation of up to ten words that the sentence runs through
MAX_TERM_WORDS = 10

#: ``According to the mayor: “``, ``explained that: “``, ``summed it up as: “``: the colon the source
#: language puts before a quotation
_ACCORDING_COLON = re.compile(r"(?:\b[Aa]ccording\s+to\s+[^:;.!?\"\N{LEFT DOUBLE QUOTATION MARK}"
                              r"\N{RIGHT DOUBLE QUOTATION MARK}\n]{2,60}|\b(?:that|as)\s*)(?P<colon>:)\s*\Z"
                              # ``described the agreement as, “a lifeline”``: a comma where English has nothing
                              r"|\bas(?P<comma>,)\s*\Z")
#: a reporting verb, and an adverb of time, right before an opening quote with no comma between
#: (``said afterwards “We were…``)
_VERB_BEFORE = re.compile(r"\b(?P<verb>" + "|".join(sorted(REPORTING_VERBS, key=len, reverse=True))
                          # ``put it bluntly “Without fish…``: a phrase that introduces a quoted sentence as a verb does
                          + r"|put\s+it(?:\s+(?:bluntly|simply|plainly|succinctly|clearly|best|this\s+way|like\s+this))?)"
                          # ``told the court “This is…``: the body the words were addressed to
                          r"(?:\s+(?:the\s+(?:court|jury|judge|chamber|council|assembly|crowd|audience|committee|meeting"
                          r"|hearing|press)|reporters|journalists))?"
                          r"(?:\s+(?:afterwards|later|then|again|simply|firmly|calmly|yesterday|today))?[ \t\N{NO-BREAK SPACE}]+\Z")
#: a pronoun that opens a quoted clause in lower case (``added “this case shows that…``): a quoted
#: sentence, where a quoted term after the verb (``said “the plan” would``) opens on an article
_CLAUSE_OPENING = re.compile(r"(?:this|these|those|we|it|our|they|there|he|she|you|my|his|her|their"
                             r"|nobody|no\s+one|everyone|everybody|nothing|everything|someone|somebody|anyone|anybody)\s")
#: a semicolon between a reporting verb and its quotation (``and said; "this was no mistake``)
_SEMICOLON_BEFORE = re.compile(r"\b(?P<verb>" + "|".join(sorted(REPORTING_VERBS, key=len, reverse=True)) + r")"
                               r"[ \t]*;[ \t\N{NO-BREAK SPACE}]*\Z")
#: a colon right before an opening quote (``called the measure: “``)
_COLON_BEFORE = re.compile(r"(?<=\w):[ \t\N{NO-BREAK SPACE}]*\Z")
#: a lower-case word right after a closing quote: the sentence goes on (``” and asked``)
_GOES_ON = re.compile(r"[ \t\N{NO-BREAK SPACE}]+[a-z]")


def lead_in_findings(ctx: CheckContext, report: Callable[..., Finding], paragraph: Paragraph, quotation: Quotation,
                     inner: str, long_quotation: bool) -> Iterator[Finding]:
    """The wrong mark, or the missing comma, between what introduces ``quotation`` and its opening quote: one
    finding at most. ``inner`` is the quoted text, stripped; ``long_quotation`` says it has words enough for a
    quoted sentence and nothing like code; ``report`` is the check's ``finding`` bound to the document."""
    text = ctx.text
    pos = quotation.close
    if (lead := _ACCORDING_COLON.search(text, max(paragraph.start, quotation.open - 80),
                                        quotation.open)) is not None:
        # ``According to the mayor: “The place…``, ``that: “``: French and Spanish put a colon there
        mark = "colon" if lead.group("colon") else "comma"
        colon = lead.start(mark)
        word = lead.group().split()[0].rstrip(":,").lower()  # "that", "as" or "according"
        yield report(
            colon, colon + 1,
            f"{mark.capitalize()} before a quotation: "
            f"'{text[lead.start():quotation.open + 1]}'; English writes "
            + (f"nothing after '{word}'" if word in ("that", "as") else "a comma"),
            confidence=0.8, suggestion="" if word in ("that", "as") else ",",
            evidence={"english_style": ctx.settings.english_style,
                      "punctuation": f"{word}{lead.group(mark)}" if word in ("that", "as") else "according to:"},
        )
    elif ((colon := _COLON_BEFORE.search(text, max(paragraph.start, quotation.open - 4),
                                         quotation.open)) is not None
          and inner[:1].islower() and len(inner.split()) <= MAX_TERM_WORDS
          and _GOES_ON.match(text, pos + 1, paragraph.end)):
        # ``called the measure: “excessive” and asked``: a colon before a quoted term that the
        # sentence runs through; English introduces only a quoted sentence with a colon
        yield report(
            colon.start(), colon.start() + 1,
            f"Colon before a quoted term the sentence goes on after: "
            f"'{text[colon.start():pos + 1]}'; remove the colon",
            confidence=0.8, suggestion="",
            evidence={"english_style": ctx.settings.english_style, "punctuation": "colon before term"},
        )
    elif (semicolon := _SEMICOLON_BEFORE.search(text, max(paragraph.start, quotation.open - 30),
                                                quotation.open)) is not None:
        # ``said; "this was no mistake``: English introduces a quotation with a comma or a colon
        mark = text.index(";", semicolon.start())
        yield report(
            mark, mark + 1,
            f"Semicolon between '{semicolon.group('verb')}' and the quotation: "
            f"'{text[semicolon.start():quotation.open + 1]}'; write a comma or a colon",
            confidence=0.85, suggestion=",",
            evidence={"english_style": ctx.settings.english_style, "punctuation": "semicolon before quote"},
        )
    elif ((verb_before := _VERB_BEFORE.search(text, max(paragraph.start, quotation.open - 40),
                                              quotation.open)) is not None
          and (inner[:1].isupper() or _CLAUSE_OPENING.match(inner)) and long_quotation):
        # ``said afterwards “We were the better team…``: a quoted sentence after its reporting
        # verb takes a comma (or a colon) before it
        gap = len(text[:verb_before.end()].rstrip())
        yield report(
            gap, quotation.open + 1,
            f"No comma between the reporting verb and the quotation: "
            f"'{text[verb_before.start():quotation.open + 1]}'; write '{text[verb_before.start():gap]}, "
            f"{text[quotation.open]}'",
            confidence=0.7, suggestion=", " + text[quotation.open],
            evidence={"english_style": ctx.settings.english_style, "punctuation": "no comma before quote"},
        )

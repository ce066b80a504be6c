"""The quote-punctuation check: a comma or full stop after the closing quote, against US style.

French puts the punctuation after the guillemet (``», a-t-il ajouté``) and machine
translation keeps it there; US style puts it inside the closing quote.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..model import Finding, Scope, Severity
from .base import Check, CheckContext, Example
from .quotes import REPORTING_VERBS, SENTENCE_END, scanned_paragraphs


#: words a quotation needs before a missing comma is reported: shorter quoted terms are names or scare quotes
MIN_QUOTATION_WORDS = 4
#: the most words of a quoted term (``“excessive”``, ``“a matter of common sense”``, ``“a lesson in faith and in
#: community”``) that a colon must not introduce; in 404 real English news articles and the English side of the
#: parallel corpora, no colon comes before a lower-case quotation of up to ten words that the sentence runs through
MAX_TERM_WORDS = 10

#: lower-case words after a full stop inside a closing quote that show the sentence goes on: a reporting
#: verb (``.” said the mayor``) or the source it is credited to (``.” according to Hoekman``)
_GOES_ON_AFTER_STOP = REPORTING_VERBS | {"according"}
#: conjunctions that go on with a sentence after a quoted phrase (``“an important step.” but that…``)
_CONJUNCTIONS = frozenset("but and or while although though because yet whereas".split())
#: a quotation that ends with an abbreviation keeps its full stop (``“Smith & Co.” and``)
_ABBREVIATION_END = re.compile(r"(?:\b[A-Z]|\b(?:Inc|Ltd|Co|Corp|Jr|Sr|St|etc|Dr|Mr|Mrs|Ms|No|vs))\.$")


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
    #: a lower-case reporting verb right after a closing quote: the sentence goes on (``.” said the mayor``)
    _VERB_AFTER = re.compile(r"[ \t\N{NO-BREAK SPACE}]+([a-z]+)\b")
    #: the same, or after its subject (``” Brunner said``, ``” the mayor said``, ``” he added``): after a
    #: quotation without a mark of its own only, since ``.” He said`` may start a new sentence
    _SUBJECT_VERB_AFTER = re.compile(r"[ \t\N{NO-BREAK SPACE}]+(?:(?:he|she|they|we|it|I"
                                     # ``one of the defendants told``
                                     # (``one of the bearers of the saint's statue told``)
                                     r"|one\s+of\s+(?:the|his|her|their|its)\s+[a-z-]+(?:\s+of\s+[^,.!?\"\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}\n]{1,40}?)?"
                                     # a role without an article before a name: ``spokesman Bram Donkers said``
                                     # (``deputy mayor Paola Ferrando said``, ``the Toulouse captain Julien Cazeneuve said``)
                                     # (``museum director Teresa Gonçalves said``: a lower-case word may say what the role heads)
                                     r"|(?:the\s+(?:[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]+\s+)?)?(?:[a-z]+\s+)?(?:deputy\s+|vice[- ]|assistant\s+|chief\s+)?"
                                     r"(?:spokes(?:man|woman|person)|mayor|alderman|councillor|director|chairman|chairwoman|"
                                     r"minister|governor|prosecutor|coach|manager|captain|president|striker|goalkeeper|councilwoman|councilman|senator|"
                                     r"midfielder|defender|curator|organiser|organizer|founder|commissioner|inspector|secretary)"
                                     r"(?:\s+[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]+){1,3}"
                                     # or a role led by a name, without the holder's: ``the Monaco coach said``
                                     r"|the\s+(?:[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]+\s+){1,2}(?:spokes(?:man|woman|person)|mayor|coach|"
                                     r"manager|captain|president|minister|director|prosecutor|striker|goalkeeper|midfielder|defender|"
                                     r"chairman|chairwoman|curator|organiser|organizer|founder)"
                                     # the subject may be a role with what it leads and a name: ``the secretary-general
                                     # of one of the unions, Rui Moreira, told``
                                     r"|(?:the|a|an|his|her|their|its)\s+[a-z\d'\N{RIGHT SINGLE QUOTATION MARK}-]+(?:\s+[a-z-]+){0,2}"
                                     # the role's holder by name: ``the hydrologist Anne Roux of the University of Liège said``
                                     r"(?:\s+[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]+(?:\s+[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]+){0,2})?"
                                     r"(?:\s+(?:of|for|at|from|in\s+charge\s+of)\s+[^.!?\"\N{LEFT DOUBLE QUOTATION MARK}"
                                     r"\N{RIGHT DOUBLE QUOTATION MARK}\n]{1,60}?)?"
                                     # or with the name in apposition, after what the role leads or not: ``the mayor,
                                     # Antonio Navarro, said``, ``the police chief in charge of the case, Rui Lima, told``, or
                                     # with who the role is: ``the main defendant, a 34-year-old man from Ghent, told``
                                     r"(?:,\s+(?:[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]+(?:\s+[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]+){0,2}"
                                     r"|(?:a|an)\s+[^,.!?\"\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}\n]{2,60}),"
                                     r")?|[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]+"
                                     # a surname after particles (``Ilse de Wit``, ``Jan van der Berg``)
                                     r"(?:\s+(?:(?:de|van|von|der|den|da|di|del|dos|das|du|le|la|ter|ten)\s+){0,2}[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]+)?"
                                     # a name with its role in apposition: ``Anne Dubreuil, the festival's delegate, insisted``,
                                     # ``Ilse de Wit, head of disease control at the health service, told``
                                     r"(?:,\s+(?:(?:the|a|an|its|their)\s+)?[^,.!?\"\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}\n]{2,80},)?)\s+)?("
                                     + "|".join(sorted(REPORTING_VERBS, key=len, reverse=True)) + r")\b")

    #: what ends a named attribution (``” Bernasconi said, holding his son``, ``” Bernasconi said.``): a
    #: new sentence that opens with a name and a reporting verb goes on (``Bernasconi said that…``)
    _ATTRIBUTION_ENDS = re.compile(r"(?:\s+(?:reporters|journalists|the\s+press"
                                   # the body addressed: ``told the chamber, adding…``
                                   r"|the\s+(?:chamber|council|assembly|meeting|court|audience|crowd|committee|hearing|jury"
                                   r"|parliament|conference)))?"
                                   # where, then when: ``said during a press preview on Wednesday.``
                                   r"(?:\s+(?:after|before|at|outside|during|on|in)\s+(?:the|a|an|his|her|their|its)\s+[a-z]+(?:\s+[a-z]+)?)?"
                                   r"(?:\s+(?:afterwards|later|yesterday|today|to\s+reporters|to\s+journalists)"
                                   # ``told reporters on Wednesday``
                                   r"|\s+(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|weekend|night|"
                                   r"morning|afternoon|evening))?"
                                   r"(?:\.(?:\s|$)|,(?!\s+(?:however|though|too|that)\b))")

    #: a full stop and a comma ending a quotation after a plain word, not an abbreviation (``U.S.,``, ``Inc.,``)
    _STOP_COMMA = re.compile(r"(?<![\w.])[a-z]{4,}\.,$")

    def _attribution_after(self, text: str, start: int, end: int) -> re.Match[str] | None:
        """A reporting clause in lower case from ``start``: its verb first (`` said the skipper``) or after its
        subject (`` the commander explained``); the verb is the match's first group."""
        verb = self._VERB_AFTER.match(text, start, end)
        if verb is not None and verb.group(1) in REPORTING_VERBS:
            return verb
        said = self._SUBJECT_VERB_AFTER.match(text, start, end)
        return said if said is not None and said.group()[1:2].islower() else None

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
    #: a comma or full stop with a space before it, right before the closing quote
    _SPACED_MARK = re.compile(r"(?<=\w)[ \t\N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}]+[,.](?=$)")
    #: spaces that may sit between a quote mark and the quoted words (a hard wrap is no such space)
    _SPACES = " \t\N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}"

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        us_style = getattr(ctx.settings, "english_style", "us") == "us"
        text = ctx.text
        for paragraph, scan in scanned_paragraphs(text):
            for quotation in scan.quotations:
                pos = quotation.close
                inner = text[quotation.inner[0]:quotation.inner[1]].strip()
                if (lead := self._ACCORDING_COLON.search(text, max(paragraph.start, quotation.open - 80),
                                                          quotation.open)) is not None:
                    # ``According to the mayor: “The place…``, ``that: “``: French and Spanish put a colon there
                    mark = "colon" if lead.group("colon") else "comma"
                    colon = lead.start(mark)
                    word = lead.group().split()[0].rstrip(":,").lower()  # "that", "as" or "according"
                    yield self.finding(
                        ctx, colon, colon + 1,
                        f"{mark.capitalize()} before a quotation: "
                        f"'{text[lead.start():quotation.open + 1]}'; English writes "
                        + (f"nothing after '{word}'" if word in ("that", "as") else "a comma"),
                        confidence=0.8, suggestion="" if word in ("that", "as") else ",",
                        evidence={"english_style": ctx.settings.english_style,
                                  "punctuation": f"{word}{lead.group(mark)}" if word in ("that", "as") else "according to:"},
                    )
                elif ((colon := self._COLON_BEFORE.search(text, max(paragraph.start, quotation.open - 4),
                                                          quotation.open)) is not None
                      and inner[:1].islower() and len(inner.split()) <= MAX_TERM_WORDS
                      and self._GOES_ON.match(text, pos + 1, paragraph.end)):
                    # ``called the measure: “excessive” and asked``: a colon before a quoted term that the
                    # sentence runs through; English introduces only a quoted sentence with a colon
                    yield self.finding(
                        ctx, colon.start(), colon.start() + 1,
                        f"Colon before a quoted term the sentence goes on after: "
                        f"'{text[colon.start():pos + 1]}'; remove the colon",
                        confidence=0.8, suggestion="",
                        evidence={"english_style": ctx.settings.english_style, "punctuation": "colon before term"},
                    )
                elif (semicolon := self._SEMICOLON_BEFORE.search(text, max(paragraph.start, quotation.open - 30),
                                                                  quotation.open)) is not None:
                    # ``said; "this was no mistake``: English introduces a quotation with a comma or a colon
                    mark = text.index(";", semicolon.start())
                    yield self.finding(
                        ctx, mark, mark + 1,
                        f"Semicolon between '{semicolon.group('verb')}' and the quotation: "
                        f"'{text[semicolon.start():quotation.open + 1]}'; write a comma or a colon",
                        confidence=0.85, suggestion=",",
                        evidence={"english_style": ctx.settings.english_style, "punctuation": "semicolon before quote"},
                    )
                elif ((verb_before := self._VERB_BEFORE.search(text, max(paragraph.start, quotation.open - 40),
                                                               quotation.open)) is not None
                      and (inner[:1].isupper() or self._CLAUSE_OPENING.match(inner))
                      and len(inner.split()) >= MIN_QUOTATION_WORDS and not self._CODE_LIKE.search(inner)):
                    # ``said afterwards “We were the better team…``: a quoted sentence after its reporting
                    # verb takes a comma (or a colon) before it
                    gap = len(text[:verb_before.end()].rstrip())
                    yield self.finding(
                        ctx, gap, quotation.open + 1,
                        f"No comma between the reporting verb and the quotation: "
                        f"'{text[verb_before.start():quotation.open + 1]}'; write '{text[verb_before.start():gap]}, "
                        f"{text[quotation.open]}'",
                        confidence=0.7, suggestion=", " + text[quotation.open],
                        evidence={"english_style": ctx.settings.english_style, "punctuation": "no comma before quote"},
                    )
                if inner and not self._CODE_LIKE.search(inner):
                    yield from self._inner_space(ctx, quotation.open, pos)
                verb = self._VERB_AFTER.match(text, pos + 1, paragraph.end)
                # a full stop or a semicolon (``possible;” she said``) inside the closing quote
                stop = inner[-1:] in (".", ";")
                if stop and (verb is None or verb.group(1) not in _GOES_ON_AFTER_STOP):
                    # ``delays.” the minister told``: a lower-case subject shows the sentence goes on too
                    subject_verb = self._SUBJECT_VERB_AFTER.match(text, pos + 1, paragraph.end)
                    if subject_verb is not None and (subject_verb.group()[1:2].islower()
                                                     or self._ATTRIBUTION_ENDS.match(text, subject_verb.end())):
                        verb = subject_verb
                goes_on = _sentence_goes_on(inner, verb.group(1) if verb is not None else None, stop)
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
                    verb = self._SUBJECT_VERB_AFTER.match(text, pos + 1, paragraph.end)
                if (verb is not None and verb.group(1) in REPORTING_VERBS and inner[-1:].isalnum() and inner[:1].isupper()
                        and len(inner.split()) >= MIN_QUOTATION_WORDS and not self._CODE_LIKE.search(inner)):
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
                if (text[pos + 1:pos + 2] in (":", ";") and inner[:1].isupper() and len(inner.split()) >= MIN_QUOTATION_WORDS
                        and not self._CODE_LIKE.search(inner)
                        and (said := self._attribution_after(text, pos + 2, paragraph.end)) is not None):
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


def _sentence_goes_on(inner: str, word_after: str | None, stop: bool) -> tuple[str, str, float] | None:
    """How to mend a full stop or a semicolon inside a closing quote that the sentence goes on after: the advice,
    what goes before the closing quote, and the confidence; None when the sentence ends there. A reporting verb or
    ``according`` after it wants a comma; a conjunction wants no mark (``“an important step.” but``), unless the
    quotation ends with an abbreviation."""
    if word_after is None or not stop:
        return None
    if word_after in _GOES_ON_AFTER_STOP:
        return "write a comma", ",", 0.85
    if inner.endswith(".") and word_after in _CONJUNCTIONS and not _ABBREVIATION_END.search(inner):
        return "drop the full stop", "", 0.8
    return None

"""Reporting clauses after a closing quote, for quote-punctuation.

A lower-case reporting verb right after a closing quote (``” said the mayor``), or one after
its subject (``” the mayor said``, ``” Brunner said``), shows that the sentence goes on after
the quotation: a full stop inside the quote is then wrong, and a quoted sentence without a
mark of its own wants a comma before the clause.
"""

from __future__ import annotations

import re

from .quotes import REPORTING_VERBS


#: lower-case words after a full stop inside a closing quote that show the sentence goes on: a reporting
#: verb (``.” said the mayor``) or the source it is credited to (``.” according to Hoekman``)
GOES_ON_AFTER_STOP = REPORTING_VERBS | {"according"}
#: conjunctions that go on with a sentence after a quoted phrase (``“an important step.” but that…``)
_CONJUNCTIONS = frozenset("but and or while although though because yet whereas".split())
#: a quotation that ends with an abbreviation keeps its full stop (``“Smith & Co.” and``)
_ABBREVIATION_END = re.compile(r"(?:\b[A-Z]|\b(?:Inc|Ltd|Co|Corp|Jr|Sr|St|etc|Dr|Mr|Mrs|Ms|No|vs))\.$")

#: a lower-case reporting verb right after a closing quote: the sentence goes on (``.” said the mayor``)
VERB_AFTER = re.compile(r"[ \t\N{NO-BREAK SPACE}]+([a-z]+)\b")
#: the same, or after its subject (``” Brunner said``, ``” the mayor said``, ``” he added``): after a
#: quotation without a mark of its own only, since ``.” He said`` may start a new sentence
#: (a name's capital may carry an accent: ``the producer Étienne Baradat said``, ``Ángel Sola said``)
SUBJECT_VERB_AFTER = re.compile(r"[ \t\N{NO-BREAK SPACE}]+(?:(?:he|she|they|we|it|I"
                                # ``one of the defendants told``
                                # (``one of the bearers of the saint's statue told``)
                                r"|one\s+of\s+(?:the|his|her|their|its)\s+[a-z-]+(?:\s+of\s+[^,.!?\"\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}\n]{1,40}?)?"
                                # a role without an article before a name: ``spokesman Bram Donkers said``
                                # (``deputy mayor Paola Ferrando said``, ``the Toulouse captain Julien Cazeneuve said``)
                                # (``museum director Teresa Gonçalves said``: a lower-case word may say what the role heads)
                                r"|(?:the\s+(?:[A-Z\u00C0-\u00D6\u00D8-\u00DE][\w'\N{RIGHT SINGLE QUOTATION MARK}-]+\s+)?)?(?:[a-z]+\s+)?(?:deputy\s+|vice[- ]|assistant\s+|chief\s+)?"
                                r"(?:spokes(?:man|woman|person)|mayor|alderman|councillor|director|chairman|chairwoman|"
                                r"minister|governor|prosecutor|coach|manager|captain|president|striker|goalkeeper|councilwoman|councilman|senator|"
                                r"midfielder|defender|curator|organiser|organizer|founder|commissioner|inspector|secretary|coordinator|"
                                r"officer|official|professor|engineer|historian|economist|researcher|winemaker|producer|activist|leader|"
                                # or who the speaker is to the story: ``local resident Wilma de Kruijf said``, ``owner Jolanda Bosch said``
                                r"resident|owner|farmer|shopkeeper|teacher|nurse|doctor|volunteer|student|worker|"
                                r"ecologist|biologist|scientist|expert|analyst|architect|lawyer|headteacher|headmaster|headmistress|principal|"
                                # a seat on a body: ``board member Peter Lubbers said``
                                r"member|treasurer|chairperson|pharmacist|firefighter|paramedic"
                                # or any word of a trade's shape before the name: ``forester Harm Timmerman said``
                                r"|[a-z]{4,}(?:er|or|ist|ian|herd))"
                                r"(?:\s+(?:(?:de|van|von|der|den|da|di|del|dos|das|du|le|la|ter|ten)\s+){0,2}"
                                r"[A-Z\u00C0-\u00D6\u00D8-\u00DE][\w'\N{RIGHT SINGLE QUOTATION MARK}-]+){1,3}"
                                # and where the holder is from: ``farmer Adrie Wisse from Grijpskerke said``,
                                # ``shepherd Manuel Rebelo, from the village of Videmonte, said``
                                r"(?:\s+from\s+[A-Z\u00C0-\u00D6\u00D8-\u00DE][\w'\N{RIGHT SINGLE QUOTATION MARK}-]+"
                                r"|,\s+from\s+[^,.!?\"\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}\n]{2,60},)?"
                                # or a role led by a name, without the holder's: ``the Monaco coach said``, ``a Guardia Civil spokesman explained``
                                r"|(?:the|a|an)\s+(?:[A-Z\u00C0-\u00D6\u00D8-\u00DE][\w'\N{RIGHT SINGLE QUOTATION MARK}-]+\s+){1,2}(?:spokes(?:man|woman|person)|mayor|coach|"
                                r"manager|captain|president|minister|director|prosecutor|striker|goalkeeper|midfielder|defender|"
                                r"chairman|chairwoman|curator|organiser|organizer|founder)"
                                # and the holder's name in apposition: ``the Vox spokesman, Marcos Tébar, said``
                                r"(?:,\s+[A-Z\u00C0-\u00D6\u00D8-\u00DE][\w'\N{RIGHT SINGLE QUOTATION MARK}-]+(?:\s+[A-Z\u00C0-\u00D6\u00D8-\u00DE][\w'\N{RIGHT SINGLE QUOTATION MARK}-]+){0,2},)?"
                                # the subject may be a role with what it leads and a name: ``the secretary-general
                                # of one of the unions, Rui Moreira, told``
                                # (``one resident said``, ``another neighbour told``)
                                # (``the regional parents' federation said``: a plural's possessive inside)
                                # (a lower-case word may carry an accent: ``a café owner in Royère-de-Vassivière said``)
                                r"|(?:the|a|an|his|her|their|its|one|another)\s+[a-z\u00DF-\u00FF\d'\N{RIGHT SINGLE QUOTATION MARK}-]+(?:\s+[a-z\u00DF-\u00FF'\N{RIGHT SINGLE QUOTATION MARK}-]+){0,2}"
                                # the role's holder by name: ``the hydrologist Anne Roux of the University of Liège said``
                                # (or what the role has: ``a nurse with fifteen years of experience said``)
                                r"(?:\s+[A-Z\u00C0-\u00D6\u00D8-\u00DE][\w'\N{RIGHT SINGLE QUOTATION MARK}-]+(?:\s+[A-Z\u00C0-\u00D6\u00D8-\u00DE][\w'\N{RIGHT SINGLE QUOTATION MARK}-]+){0,2})?"
                                r"(?:\s+(?:of|for|at|on|from|with|in|near|in\s+charge\s+of)\s+[^.!?\"\N{LEFT DOUBLE QUOTATION MARK}"
                                r"\N{RIGHT DOUBLE QUOTATION MARK}\n]{1,60}?)?"
                                # or with the name in apposition, after what the role leads or not: ``the mayor,
                                # Antonio Navarro, said``, ``the police chief in charge of the case, Rui Lima, told``, or
                                # with who the role is: ``the main defendant, a 34-year-old man from Ghent, told``
                                r"(?:,\s+(?:[A-Z\u00C0-\u00D6\u00D8-\u00DE][\w'\N{RIGHT SINGLE QUOTATION MARK}-]+(?:\s+[A-Z\u00C0-\u00D6\u00D8-\u00DE][\w'\N{RIGHT SINGLE QUOTATION MARK}-]+){0,2}"
                                # or the speaker's age: ``the woman, aged 81, told``
                                r"|(?:a|an)\s+[^,.!?\"\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}\n]{2,60}|aged\s+\d{1,3}),"
                                # (a role's abbreviation may come first: ``GP Hanneke Olsthoorn said``)
                                r")?|(?:(?:GP|MP|MEP|CEO|MD)\s+)?[A-Z\u00C0-\u00D6\u00D8-\u00DE][\w'\N{RIGHT SINGLE QUOTATION MARK}-]+"
                                # a surname after particles (``Ilse de Wit``, ``Jan van der Berg``)
                                r"(?:\s+(?:(?:de|van|von|der|den|da|di|del|dos|das|du|le|la|ter|ten)\s+){0,2}[A-Z\u00C0-\u00D6\u00D8-\u00DE][\w'\N{RIGHT SINGLE QUOTATION MARK}-]+)?"
                                # a name with its role in apposition: ``Anne Dubreuil, the festival's delegate, insisted``,
                                # ``Ilse de Wit, head of disease control at the health service, told``
                                r"(?:,\s+(?:(?:the|a|an|its|their)\s+)?[^,.!?\"\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}\n]{2,80},)?)\s+)?("
                                + "|".join(sorted(REPORTING_VERBS, key=len, reverse=True)) + r")\b")

#: what ends a named attribution (``” Bernasconi said, holding his son``, ``” Bernasconi said.``): a
#: new sentence that opens with a name and a reporting verb goes on (``Bernasconi said that…``)
ATTRIBUTION_ENDS = re.compile(r"(?:\s+(?:reporters|journalists|the\s+press"
                              # the body addressed: ``told the chamber, adding…``
                              r"|the\s+(?:chamber|council|assembly|meeting|gathering|rally|court|audience|crowd|committee|hearing|jury"
                              r"|parliament|conference|staff|employees|workers|members|residents|students|parents|visitors)))?"
                              # where, then when: ``said during a press preview on Wednesday.``
                              r"(?:\s+(?:after|before|at|outside|during|on|in)\s+(?:the|a|an|his|her|their|its)\s+[a-z]+(?:\s+[a-z]+)?"
                              # what the event was of, and the town: ``said at a meeting of mayors in Nuoro``,
                              # ``stressed at the presentation of the season in Tudela``, ``said in his estate near Auch``
                              # or where it went and whom it was to or with: ``said during a visit to the site``, ``said in a
                              # message to families``, ``said during a meeting with the parish councils``
                              r"(?:\s+(?:of|to|with)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)?"
                              r"(?:\s+(?:in|near|at)\s+[A-Z\u00C0-\u00D6\u00D8-\u00DE][\w'\N{RIGHT SINGLE QUOTATION MARK}-]+)?"
                              # and whom it was for: ``said at a presentation for employees and local officials``
                              r"(?:\s+for\s+(?:the\s+)?[a-z]+(?:\s+(?:and\s+)?[a-z]+){0,3})?)?"
                              # or what the speaker had just done: ``said after meeting a delegation of parents``
                              r"(?:\s+(?:after|before|while)\s+[a-z]+ing(?:\s+(?:the|a|an|his|her|their|its|[a-z]+)){0,4})?"
                              r"(?:\s+(?:afterwards|later|yesterday|today|to\s+reporters|to\s+journalists)"
                              # ``told reporters on Wednesday``
                              r"|\s+(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|weekend|night|"
                              r"morning|afternoon|evening)(?:\s+(?:morning|afternoon|evening|night))?)?"
                              # what the speaker was doing: ``said as he walked between the rows of trees.``
                              r"(?:\s+as\s+(?:he|she|they)\s+[a-z]+ed\b(?:(?!\s+that\b)[^.!?\n\"\N{LEFT DOUBLE QUOTATION MARK}]){0,60})?"
                              r"(?:\.(?:\s|$)|,(?!\s+(?:however|though|too|that)\b))")


def attribution_after(text: str, start: int, end: int) -> re.Match[str] | None:
    """A reporting clause in lower case from ``start``: its verb first (`` said the skipper``) or after its
    subject (`` the commander explained``); the verb is the match's first group."""
    verb = VERB_AFTER.match(text, start, end)
    if verb is not None and verb.group(1) in REPORTING_VERBS:
        return verb
    said = SUBJECT_VERB_AFTER.match(text, start, end)
    return said if said is not None and said.group()[1:2].islower() else None


def sentence_goes_on(inner: str, word_after: str | None, stop: bool) -> tuple[str, str, float] | None:
    """How to mend a full stop or a semicolon inside a closing quote that the sentence goes on after: the advice,
    what goes before the closing quote, and the confidence; None when the sentence ends there. A reporting verb or
    ``according`` after it wants a comma; a conjunction wants no mark (``“an important step.” but``), unless the
    quotation ends with an abbreviation."""
    if word_after is None or not stop:
        return None
    if word_after in GOES_ON_AFTER_STOP:
        return "write a comma", ",", 0.85
    if inner.endswith(".") and word_after in _CONJUNCTIONS and not _ABBREVIATION_END.search(inner):
        return "drop the full stop", "", 0.8
    return None

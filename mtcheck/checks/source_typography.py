"""The source-typography check: source-language typography left in English text.

French typography survives machine translation untouched: guillemets
(« … »), a (narrow) no-break space before ``: ; ! ?`` and ``%``, decimal commas
(``3,5``) and spaces between digit groups (``1 000``); so do German low quotes,
Spanish inverted marks, dates and thousands with full stops, and clock times
written ``15h30``. None of them is English. (A comma after the closing quote is
``quote-punctuation``'s, in ``quote_punctuation.py``.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from ..model import Finding, Scope, Severity
from .base import Check, CheckContext, Example
from .language_lexicon import load_lexicon
from .quotes import paragraphs

LEFT_GUILLEMET = "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
RIGHT_GUILLEMET = "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
#: spaces French puts before high punctuation and inside guillemets
_FRENCH_SPACES = " \N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}\N{THIN SPACE}"
_GROUP_SPACES = "\N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}"

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
#: a number in French format: digit groups split by no-break spaces, a decimal comma,
#: a space before a percent sign (any of them)
_NUMBER = re.compile(
    rf"(?<![\w.,])(?P<int>\d{{1,3}}(?:[{_GROUP_SPACES}]\d{{3}})+|\d+)"
    # (a comma after the decimals ends the clause: ``R$ 5,20, an increase``; one before a digit lists numbers)
    rf"(?P<dec>,\d{{1,2}}(?!\d|,\d|\.\d))?"
    rf"(?P<pct>[ {_GROUP_SPACES}\N{{THIN SPACE}}]%(?!\s*\d))?"
)
#: a French clock time: ``15h30``, ``15 h 30``, ``9h05``, or ``at 18h`` (hours alone need "at"
#: before them: ``a 24h race`` is a duration)
_TIME = re.compile(
    r"(?<![\w.,:])(?P<h>[01]?\d|2[0-3])[ \N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}]?h"
    r"(?:[ \N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}]?(?P<m>[0-5]\d)(?![\w:])|(?<=\dh)(?![\w:])"
    # ``at 20 h,``, ``at 8 h on Saturday``: the spaced form only before punctuation or a word that goes on with
    # the time's sentence (``a 20 h journey`` is a duration)
    r"|(?<=\d[ \N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}]h)(?=[,;.)]|\s+(?:on|in|and|until|till|to|at|every|each|sharp"
    r"|this|last|next|tomorrow|today|tonight)\b))"
)
#: a German or Dutch clock time: ``5.12 Uhr``, ``14:30 Uhr``, ``18 Uhr``, ``20.00 uur`` (the word is the source's)
_WORD_TIME = re.compile(r"(?<![\w.,:])(?P<h>[01]?\d|2[0-3])(?:[.:](?P<m>[0-5]\d))?[ \N{NO-BREAK SPACE}](?P<word>Uhr|uur)\b")
#: a clock time with the source's hour mark after the minutes, ``17:00 hrs``, ``23.00 h`` (Spanish, French),
#: or the Dutch ``14u30``
_SUFFIX_TIME = re.compile(r"(?<![\w.,:])(?P<h>[01]?\d|2[0-3])(?:[.:](?P<m>[0-5]\d)[ \N{NO-BREAK SPACE}]?(?P<word>hrs|hr|h)\.?"
                          r"|u(?P<mu>[0-5]\d)"
                          # the Dutch hour alone after a time word, ``from 20u until``
                          r"|(?P<bare>u)"
                          # the Argentine and Uruguayan ``22 hs``, ``21.30 hs``
                          r"|(?:[.:](?P<mh>[0-5]\d))?[ \N{NO-BREAK SPACE}]?hs\.?)(?![\w:])")
#: a range of 24-hour clock times written with full stops, ``from 8.00 to 20.00``, ``between 14.30 and 16.00``
#: (the German, Italian or Dutch way); English writes ``8am to 8pm`` or ``08:00 to 20:00``. British ``6.30`` alone
#: is English, so only a range with an hour past 12 and no am/pm counts, and not before a unit (a price range)
_DOTTED_RANGE = re.compile(
    r"\b(?:from|between)\s+(?P<h1>[01]?\d|2[0-3])\.(?P<m1>[0-5]\d)\s+(?:to|until|till|and)\s+"
    r"(?P<h2>[01]?\d|2[0-3])\.(?P<m2>[0-5]\d)(?![\w.,]?\d)(?!\s*(?:[ap]\.?m\b|%|[^\W\d_]*(?:euro|dollar|pound|franc"
    r"|cent|pence|per|metre|meter|gram|litre|liter|tonne|ton|degree|second|minute|point|million|billion|km|kg|mph"
    r"|m\b|g\b|l\b)))"
)
#: words that make a range of numbers one of hours: opening times, parts of the day (a weekday alone does not:
#: ``Shares rose from 12.07 to 13.10 on Monday``)
_CLOCK_CONTEXT = re.compile(
    r"\b(?:open|opens|opening|closed|closes|closing|hours|daily|every\s+day|weekdays?|weekends?|morning|afternoon"
    r"|evening|night|every|timetable|shifts?|visitors|doors|service)\b",
    re.IGNORECASE)
_AT_BEFORE = re.compile(r"(?:\b(?:at|from|until|till|to|by|before|after|around|towards|since|between)|\N{EN DASH}|-)\s*\Z",
                        re.IGNORECASE)
_TIME_HINT = re.compile(r"\d[ \N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}]?h(?:\b|[ \N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}]?[0-5]\d)"
                        r"|\d[ \N{NO-BREAK SPACE}](?:Uhr|uur)\b|\d[ \N{NO-BREAK SPACE}]?h(?:r|rs|s)\b|\du(?:[0-5]\d)?\b"
                        r"|\.[0-5]\d\s+(?:to|until|till|and)\s+\d")
#: German low quotation marks (``„Zitat“``), opening a quotation English opens with “
_LOW_QUOTE = re.compile(
    "\N{DOUBLE LOW-9 QUOTATION MARK}(?:([^\N{DOUBLE LOW-9 QUOTATION MARK}\N{LEFT DOUBLE QUOTATION MARK}"
    "\N{RIGHT DOUBLE QUOTATION MARK}\"\n]{1,300})[\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}\"])?"
)
#: the German low quotation mark typed as two commas, closed by two apostrophes or a quote (``,,Wir…''``)
_COMMA_QUOTE = re.compile(r"(?:(?<=\s)|^),,(?=\w)(?:([^\n\"\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}]{1,300}?)"
                          r"(?:''|\"|\N{LEFT DOUBLE QUOTATION MARK}|\N{RIGHT DOUBLE QUOTATION MARK}))?", re.MULTILINE)
#: a German ordinal, a number with a full stop, before what it counts (``in the 87. minute``)
_DOTTED_ORDINAL = re.compile(r"(?<![\w.,])(?:the|in|on|at|his|her|their|its)\s+(?P<n>\d{1,3})\.[ \N{NO-BREAK SPACE}]+"
                             r"(?P<noun>minute|round|place|stage|lap|birthday|anniversary|edition|century|floor|day|week|"
                             r"matchday|leg|hole|kilometre|kilometer)\b")
def _english_ordinal(number: int) -> str:
    """``number`` as an English ordinal: 1st, 2nd, 3rd, 11th, 87th."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


#: a price with the Dutch and German ",-" for no cents (``€ 450,-``, ``45,- euros``), or the Swiss ".–"
#: (``85.– francs``, ``1'200.–``)
_DASH_CENTS = re.compile(r"(?<![\w.,])\d{1,3}(?:[.'\N{RIGHT SINGLE QUOTATION MARK}\N{NO-BREAK SPACE} ]\d{3})*"
                         r"(?:,-|\.[-\N{EN DASH}\N{EM DASH}])(?![\w\-\N{EN DASH}\N{EM DASH}])")
#: an ordinal written with the Spanish, Portuguese or Italian indicator (``38ª edition``, ``2º round``, and
#: European Portuguese's ``29.º``); not a degree sign typed as the masculine indicator (``30º C``)
_ORDINAL_INDICATOR = re.compile(r"(?<![\w.,])\d{1,4}\.?[\N{FEMININE ORDINAL INDICATOR}\N{MASCULINE ORDINAL INDICATOR}](?![\w\N{DEGREE SIGN}])"
                                r"(?!\s*[CF]\b)")
#: a French or Dutch ordinal with its suffix after "the" or a possessive (``the 82e minute``, ``the 3e floor``,
#: ``the 2ème édition``, ``the club's 7e win``)
_SUFFIX_ORDINAL = re.compile(r"(?:(?<=\b[Tt]he\s)|(?<=\b(?:his|her|its|our)\s)|(?<=\btheir\s)|(?<=\w['\N{RIGHT SINGLE QUOTATION MARK}]s\s))"
                             r"(?:[2-9]|[1-9]\d{1,2})(?:e|\N{LATIN SMALL LETTER E WITH GRAVE}me|eme|de|ste)"
                             r"(?=[ \N{NO-BREAK SPACE}]+[a-z])")
#: a Dutch or French ordinal with its suffix as a rider's or a team's place (``finished 3de``, ``came 2e``)
_PLACED_ORDINAL = re.compile(r"\b(?:finished|came|ended|placed|ranked|classified)[ \N{NO-BREAK SPACE}]+"
                             r"(?P<ordinal>(?:[1-9]|[1-9]\d)(?:de|ste|e|\N{LATIN SMALL LETTER E WITH GRAVE}me|eme|er|re))\b")
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
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_LIST = _MONTHS.split("|")
#: the source-language months a date left whole may keep (``1er mars``, ``1° maggio``), by their English names
_SOURCE_MONTHS = dict(zip(
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
    + "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    _MONTH_LIST * 2))
_ANY_MONTH = "|".join([_MONTHS, *sorted(_SOURCE_MONTHS)])
#: a German date: the day is an ordinal with a full stop (``14. March``)
_DOTTED_DAY = re.compile(rf"(?<![\w.])(?:[1-9]|[12]\d|3[01])\.[ \N{{NO-BREAK SPACE}}]+(?:{_MONTHS})\b")
#: a German range of dates without a year, each day and month closed by a full stop (``from 12.07. to
#: 23.08.``); a lone ``12.07.`` may be a price at a sentence's end
_DOTTED_DATE_RANGE = re.compile(r"\b(?:from|between)[ \N{NO-BREAK SPACE}]+(?P<range>(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\."
                                r"[ \N{NO-BREAK SPACE}]+(?:to|until|till|and)[ \N{NO-BREAK SPACE}]+(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?!\d))")
#: an Italian ordinal day before a month, written with a degree sign or the masculine indicator (``since 1°
#: February``, ``1º maggio``)
_DEGREE_DAY = re.compile(rf"(?<![\w.,])([1-9]|[12]\d|3[01])[\N{{DEGREE SIGN}}\N{{MASCULINE ORDINAL INDICATOR}}][ \N{{NO-BREAK SPACE}}]+({_ANY_MONTH})\b")
#: a French ordinal day before a month (``1er April``, ``2e March``, ``1er mars``): the ordinal is the source's
_ORDINAL_DAY = re.compile(rf"(?<![\w.])(1)(?:er|re|\N{{LATIN SMALL LETTER E WITH GRAVE}}re)[ \N{{NO-BREAK SPACE}}]+({_ANY_MONTH})\b")
#: things counted in whole numbers: after one of them, ``14.000`` cannot be fourteen with three decimals
_COUNTED = (r"(?:people|persons|inhabitants|residents|jobs|workers|employees|members|visitors|spectators|fans|"
            r"demonstrators|protesters|participants|tenants|households|homes|flats|apartments|houses|cars|vehicles|"
            r"students|pupils|children|patients|cases|deaths|victims|refugees|migrants|soldiers|troops|officers|"
            r"police|firefighters|[Ee]uros?|dollars|pounds|francs|signatures|votes|voters|copies|tickets|tonnes|tons|"
            r"hectares|acres|kilometres|kilometers|km|litres|liters|animals|cattle|sheep|trees|farms|companies|"
            r"firms|schools|beds|nurses|doctors|teachers|flights|passengers|tourists|bottles|hectolitres|"
            r"hectoliters|cubic\s+metres|square\s+metres|growers|producers|farmers|meals|taxpayers|pilgrims|runners|"
            r"volunteers|applications|visits|calls|admissions|consultations|interventions|operations|arrivals|"
            r"overnight\s+stays|nights|sales|units|items|followers|subscribers|users|customers|clients|readers|"
            r"viewers|downloads|kilos|kilograms|metres|meters|FCFA|CFA|dirhams?|dinars?|pesos|reais|soles|rupees|yuan|"
            r"kronor|kroner|zlotys?|forints?|rand|naira|shillings|cedis|hours|lessons|classes)")
#: a currency written the French or German way: ``345 M€``, ``2 Md€``, ``5 Mio. €``, ``3 Mrd. Euro``,
#: and the euro sign after the amount (``20 €``, ``35.000€``), where English puts it first
_SOURCE_CURRENCY = re.compile(
    r"(?<![\w.,])\d+(?:[.,]\d+)*[ \N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}]?"
    r"(?:M\N{EURO SIGN}|Md\N{EURO SIGN}|Mds\N{EURO SIGN}|Mrd\N{EURO SIGN}|k\N{EURO SIGN}|\N{EURO SIGN}(?![\w\d])|"
    r"(?:Mio|Mrd|Md|Mds)\.?[ \N{NO-BREAK SPACE}]?(?:\N{EURO SIGN}|Euro\b|EUR\b))"
)
#: digit groups split by full stops, as German, Spanish, Italian and Dutch write thousands
_DOTTED_THOUSANDS = re.compile(
    rf"(?=\d)(?:(?<![\w.,])\d{{1,3}}(?:\.\d{{3}})+(?![\d.,])(?=[ \N{{NO-BREAK SPACE}}]+(?:(?:[a-z]+(?:-[a-z]+)?[ \N{{NO-BREAK SPACE}}]){{0,2}}"
    # or any plural of people by their trade (``2.300 dockworkers``, ``1.200 pharmacists``)
    rf"(?:{_COUNTED}|[a-z]{{3,}}(?:ers|ors|ants|ents|ists|ians|ees))\b"
    rf"|[\N{{EURO SIGN}}$\N{{POUND SIGN}}]))"
    # any plural after a number that does not start with 0 (``60.000 mangrove seedlings``: a count, where
    # ``0.500 seconds`` is a decimal)
    rf"|(?<![\w.,])[1-9]\d{{0,2}}(?:\.\d{{3}})+(?![\d.,])(?=[ \N{{NO-BREAK SPACE}}]+(?:[a-z]+[ \N{{NO-BREAK SPACE}}]){{0,2}}"
    rf"[a-z]{{2,}}[^s\W]s\b)"
    # a count that makes a compound adjective (``the 3.400-seat theatre``)
    rf"|(?<![\w.,])[1-9]\d{{0,2}}\.\d{{3}}(?=-[a-z])"
    # a count of people that a crowd, an attendance or a population gives (``a crowd of 42.318,``)
    rf"|(?:(?<=\bcrowd\sof\s)|(?<=\battendance\sof\s)|(?<=\baudience\sof\s)|(?<=\bpopulation\sof\s)"
    rf"|(?<=\bturnout\sof\s))[1-9]\d{{0,2}}\.\d{{3}}(?![\d.]|,\d)"
    # two groups or more (``1.300.000``) can be no English decimal, whatever follows
    rf"|(?<![\w.,])\d{{1,3}}(?:\.\d{{3}}){{2,}}(?![\d.,]|\.\d)"
    rf"|(?:(?<=[\N{{EURO SIGN}}$\N{{POUND SIGN}}])|(?<=[\N{{EURO SIGN}}$\N{{POUND SIGN}}][ \N{{NO-BREAK SPACE}}]))"
    # (a sentence's full stop may follow: ``at least €150.000.``)
    rf"\d{{1,3}}(?:\.\d{{3}})+(?!\d|[.,]\d))"
)
#: full stops between the thousands and a decimal comma (``2.180,50``): the Continental format whole
_DOTTED_DECIMAL = re.compile(r"(?=\d)(?<![\w.,])\d{1,3}(?:\.\d{3})+,\d{1,3}(?![\d.,]|\.\d)")
#: thousands split by an ordinary space, French style, where nothing but a count can follow
#: (``1 500 euros``, ``between 1 450 and 2 100``)
_SPACED_THOUSANDS = re.compile(
    # every branch starts at a digit: checked first, it spares the lookbehinds at every other position
    rf"(?=\d)(?:(?<![\w.,])\d{{1,3}}(?: \d{{3}})+(?![\d.,])(?=\s+(?:{_COUNTED}\b|[\N{{EURO SIGN}}$\N{{POUND SIGN}}]))"
    r"|(?<=\bbetween )\d{1,3}(?: \d{3})+(?= and \d)|(?<=\d and )\d{1,3}(?: \d{3})+(?![\d.,])"
    # after a word that announces an amount (``up to 2 500 on peak days``): no list of two numbers
    r"|(?:(?<=\bup to )|(?<=\babout )|(?<=\baround )|(?<=\bnearly )|(?<=\balmost )|(?<=\bmore than )"
    r"|(?<=\bfewer than )|(?<=\bless than )|(?<=\broughly )|(?<=\bapproximately )|(?<=\bsome ))"
    r"\d{1,3}(?: \d{3})+(?![\d.,-]))"
)
#: thousands split by an apostrophe, as Swiss texts write them (``1'200 francs``): never an English number
_APOSTROPHE_THOUSANDS = {
    # a comma or a full stop may follow (``CHF 4'800'000, at the end``), but no decimals
    mark: re.compile(rf"(?<![\w.,'\N{{RIGHT SINGLE QUOTATION MARK}}])\d{{1,3}}(?:{mark}\d{{3}})+(?![\w'\N{{RIGHT SINGLE QUOTATION MARK}}]|[.,]\d)")
    for mark in ("'", "\N{RIGHT SINGLE QUOTATION MARK}")
}
#: a date written with full stops (``14.11.2024``), as German, Dutch and Scandinavian texts do
_DOTTED_DATE = re.compile(r"(?<![\w.])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:19|20)\d{2}(?![\w.]\w)")
#: a date written day-month-year with hyphens (``01-03-2026``), as Dutch, Portuguese and Spanish texts do;
#: English news writes the month in words (ISO dates, ``2026-03-01``, start with the year)
_HYPHEN_DATE = re.compile(r"(?<![\w.-])(?:0?[1-9]|[12]\d|3[01])-(?:0?[1-9]|1[0-2])-(?:19|20)\d{2}(?![\w-])")
#: thousands separators English does not use: (pattern, separator, problem, how it reads, confidence)
_THOUSANDS_STYLES = (
    (_SPACED_THOUSANDS, " ", "spaced thousands", "a space (French style)", 0.8),
    (_DOTTED_THOUSANDS, ".", "dotted thousands", "full stops", 0.85),
    (_DOTTED_DECIMAL, ".", "dotted thousands and decimal comma", "full stops and the decimals by a comma", 0.9),
    *((pattern, mark, "apostrophe thousands", "an apostrophe (Swiss style)", 0.9)
      for mark, pattern in _APOSTROPHE_THOUSANDS.items()),
)
_SOURCE_MARK_HINT = re.compile(
    rf"[\N{{DOUBLE LOW-9 QUOTATION MARK}}\N{{INVERTED QUESTION MARK}}\N{{INVERTED EXCLAMATION MARK}}]|,,\w|\d\.?[\N{{FEMININE ORDINAL INDICATOR}}\N{{MASCULINE ORDINAL INDICATOR}}]"
    rf"|\d\.[ \N{{NO-BREAK SPACE}}]+[a-z]|\d,-|\d\.[\N{{EN DASH}}\N{{EM DASH}}-]|\d\N{{DEGREE SIGN}}[ \N{{NO-BREAK SPACE}}]+(?:[A-Z]|{_ANY_MONTH})"
    rf"|\d\.[ \N{{NO-BREAK SPACE}}]+(?:{_MONTHS})|\d\.\d{{3}}(?!\d|[.,]\d)|\d[ \N{{NO-BREAK SPACE}}]?(?:M|Md|Mds|Mrd|k)\N{{EURO SIGN}}"
    rf"|\d\.\d{{3}},\d|(?:Mio|Mrd)\.|\d \d{{3}}(?![\d.,])|\d\.\d{{1,2}}\.(?:19|20)\d\d|\d[ \N{{NO-BREAK SPACE}}]?\N{{EURO SIGN}}"
    rf"|\d['\N{{RIGHT SINGLE QUOTATION MARK}}]\d{{3}}|\d-\d{{1,2}}-(?:19|20)\d\d|1(?:er|re|\N{{LATIN SMALL LETTER E WITH GRAVE}}re) (?:{_MONTHS})"
    rf"|the \d{{1,3}}(?:e|\N{{LATIN SMALL LETTER E WITH GRAVE}}me|eme|de|ste) |\d(?:de|ste|e|er|re|eme|\N{{LATIN SMALL LETTER E WITH GRAVE}}me)\b"
)
#: what each kind of report needs somewhere in the text: a guillemet; a space before ``: ; ! ?``;
#: digits split by a no-break space, a decimal comma, or a space before ``%``
_GUILLEMET_CHARS = re.compile(f"[{LEFT_GUILLEMET}{RIGHT_GUILLEMET}]")
_SPACED_HINT = re.compile(f"[{_FRENCH_SPACES}][:;!?]")
_NUMBER_HINT = re.compile(rf"\d[{_GROUP_SPACES}]\d|\d,\d|\d[ {_GROUP_SPACES}\N{{THIN SPACE}}]%")
#: URLs, e-mail addresses and code spans in backticks, where nothing is reported
_SKIPPED = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|`[^`\n]*`")
#: markers of code in a line, where ``a ? b : c`` is an operator, not punctuation
_CODE = re.compile(r"==|=>|&&|\|\||[{}`]|\);")


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
    (``14.11.2024``), currencies abbreviated the French or German way (``345 M€``,
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
        numbers = self.options.numbers and _NUMBER_HINT.search(text) is not None
        times = self.options.times and _TIME_HINT.search(text) is not None
        marks = self.options.source_marks and _SOURCE_MARK_HINT.search(text) is not None
        if not (guillemets or spaced or numbers or times or marks):
            return
        for paragraph in paragraphs(text):
            found: list[Finding] = []
            if guillemets:
                found += self._guillemets(ctx, paragraph.start, paragraph.end)
            if spaced and not _CODE.search(paragraph.text):
                found += self._spaced_punctuation(ctx, paragraph.start, paragraph.end)
            if numbers:
                found += self._numbers(ctx, paragraph.start, paragraph.end)
            if times:
                found += self._times(ctx, paragraph.start, paragraph.end)
            if marks:
                found += self._source_marks(ctx, paragraph.start, paragraph.end)
            if found:
                skipped = [m.span() for m in _SKIPPED.finditer(text, paragraph.start, paragraph.end)]
                yield from (f for f in found if not any(s < f.end and f.start < e for s, e in skipped))

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
            digit_after = text[match.end():match.end() + 2].strip()[:1].isdigit()
            if punct == ":" and text[match.start() - 1].isdigit() and digit_after:
                continue  # a score or ratio (3 : 1), not a French colon
            space = match.group(0)[: -len(punct)]
            kind = _SPACE_NAMES[space[-1]]
            yield self.finding(
                ctx, match.start(), match.end(),
                f"{kind.capitalize()} before '{punct}' (French typography); remove it",
                confidence=0.9 if space[-1] != " " else 0.8,
                suggestion=punct,
                evidence={"kind": "spaced punctuation", "space": f"U+{ord(space[-1]):04X}"},
            )

    def _source_marks(self, ctx: CheckContext, start: int, end: int) -> Iterator[Finding]:
        """German low quotes (also typed as two commas), Spanish inverted marks, German dates and dotted thousands."""
        text = ctx.text
        for pattern, how, confidence in ((_LOW_QUOTE, "", 0.95), (_COMMA_QUOTE, " typed as two commas", 0.9)):
            for match in pattern.finditer(text, start, end):
                inner = match.group(1)
                fix = None if inner is None else f"\N{LEFT DOUBLE QUOTATION MARK}{inner}\N{RIGHT DOUBLE QUOTATION MARK}"
                yield self.finding(
                    ctx, match.start(), match.end(),
                    f"German low quotation mark{how} in English text: '{match.group(0)}'; use “…”",
                    confidence=confidence, suggestion=fix, evidence={"kind": "low quotes"},
                )
        for match in _INVERTED.finditer(text, start, end):
            if _opens_spanish(text, match.start()):
                continue  # “¡Viva el Corpus!”: Spanish quoted as Spanish, which the language checks judge
            yield self.finding(
                ctx, match.start(), match.end(),
                f"Spanish inverted mark '{match.group(0)}' in English text; remove it",
                confidence=0.95, suggestion="", evidence={"kind": "inverted mark"},
            )
        for match in _DOTTED_ORDINAL.finditer(text, start, end):
            ordinal = _english_ordinal(int(match.group("n")))
            yield self.finding(
                ctx, match.start("n"), match.end("n") + 1,
                f"German ordinal with a full stop in English text: '{match.group(0)}'; write '{ordinal}'",
                confidence=0.85, suggestion=ordinal, evidence={"kind": "ordinal"},
            )
        for match in _DASH_CENTS.finditer(text, start, end):
            yield self.finding(
                ctx, match.start(), match.end(),
                f"Price with the Dutch, German or Swiss '{match.group(0)[-2:]}' for no cents in English text: '{match.group(0)}'; "
                f"write '{match.group(0)[:-2]}'",
                confidence=0.85, suggestion=match.group(0)[:-2], evidence={"kind": "currency format"},
            )
        for match in _SUFFIX_ORDINAL.finditer(text, start, end):
            ordinal = _english_ordinal(int(re.match(r"\d+", match.group(0)).group(0)))
            yield self.finding(
                ctx, match.start(), match.end(),
                f"Ordinal with the source language's suffix in English text: '{match.group(0)}'; write '{ordinal}'",
                confidence=0.85, suggestion=ordinal, evidence={"kind": "ordinal"},
            )
        for match in _PLACED_ORDINAL.finditer(text, start, end):
            ordinal = _english_ordinal(int(re.match(r"\d+", match.group("ordinal")).group(0)))
            yield self.finding(
                ctx, match.start("ordinal"), match.end("ordinal"),
                f"Ordinal with the source language's suffix in English text: '{match.group('ordinal')}'; write '{ordinal}'",
                confidence=0.85, suggestion=ordinal, evidence={"kind": "ordinal"},
            )
        for match in _ORDINAL_INDICATOR.finditer(text, start, end):
            ordinal = _english_ordinal(int(match.group(0)[:-1].rstrip(".")))
            yield self.finding(
                ctx, match.start(), match.end(),
                f"Ordinal with the source language's indicator in English text: '{match.group(0)}'; write '{ordinal}'",
                confidence=0.9, suggestion=ordinal, evidence={"kind": "ordinal"},
            )
        for match in _DOTTED_DATE_RANGE.finditer(text, start, end):
            first, last = (date.rstrip(".").split(".") for date in re.findall(r"\d+\.\d+\.", match.group("range")))
            english = f"{int(first[0])} {_MONTH_LIST[int(first[1]) - 1]} to {int(last[0])} {_MONTH_LIST[int(last[1]) - 1]}"
            yield self.finding(
                ctx, match.start("range"), match.end("range"),
                f"German dates in English text: '{match.group('range')}'; write '{english}'",
                confidence=0.85, suggestion=english, evidence={"kind": "date format"},
            )
        for match in _DOTTED_DAY.finditer(text, start, end):
            day, month = match.group(0).split(".", 1)
            yield self.finding(
                ctx, match.start(), match.end(),
                f"German date format in English text: '{match.group(0)}'; write '{month.strip()} {day}' or '{day} {month.strip()}'",
                confidence=0.85, suggestion=f"{day} {month.strip()}", evidence={"kind": "date format"},
            )
        for pattern, language in ((_ORDINAL_DAY, "French"), (_DEGREE_DAY, "Italian")):
            for match in pattern.finditer(text, start, end):
                day, month = match.group(1), _SOURCE_MONTHS.get(match.group(2), match.group(2))
                yield self.finding(
                    ctx, match.start(), match.end(),
                    f"{language} ordinal in an English date: '{match.group(0)}'; write '{day} {month}' or '{month} {day}'",
                    confidence=0.9, suggestion=f"{day} {month}", evidence={"kind": "date format"},
                )
        for match in _SOURCE_CURRENCY.finditer(text, start, end):
            yield self.finding(
                ctx, match.start(), match.end(),
                f"Currency written the French or German way in English text: '{match.group(0)}'; "
                "English puts the sign first and spells out millions ('€20', '€345 million')",
                confidence=0.9, evidence={"kind": "currency format"},
            )
        for match in _DOTTED_DATE.finditer(text, start, end):
            day, month, year = (int(part) for part in match.group(0).split("."))
            fix = f"{day} {_MONTH_LIST[month - 1]} {year}"
            yield self.finding(
                ctx, match.start(), match.end(),
                f"Date written with full stops in English text: '{match.group(0)}'; write '{fix}'",
                confidence=0.8, suggestion=fix, evidence={"kind": "date format"},
            )
        for match in _HYPHEN_DATE.finditer(text, start, end):
            day, month, year = (int(part) for part in match.group(0).split("-"))
            # a first number of 13 or more can only be the day; below, a US reader may take it for the month
            fix = f"{day} {_MONTH_LIST[month - 1]} {year}" if day > 12 else None
            yield self.finding(
                ctx, match.start(), match.end(),
                f"Date written day-month-year with hyphens in English text: '{match.group(0)}'; "
                + (f"write '{fix}'" if fix else "write the month in words"),
                confidence=0.6, suggestion=fix, evidence={"kind": "date format"},
            )
        for pattern, separator, problem, how, confidence in _THOUSANDS_STYLES:
            for match in pattern.finditer(text, start, end):
                # a decimal comma (only the Continental format's own pattern holds one) becomes a point
                fix = match.group(0).translate(str.maketrans({separator: ",", ",": "."}))
                yield self.finding(
                    ctx, match.start(), match.end(),
                    f"Thousands separated by {how} in English text: '{match.group(0)}'; write '{fix}'",
                    confidence=confidence, suggestion=fix, evidence={"kind": "number format", "problems": [problem]},
                )

    def _times(self, ctx: CheckContext, start: int, end: int) -> Iterator[Finding]:
        text = ctx.text
        for match in _TIME.finditer(text, start, end):
            hours, minutes = match.group("h"), match.group("m")
            if minutes is None and not _AT_BEFORE.search(text, max(start, match.start() - 8), match.start()):
                continue  # ``24h``, ``a 48h strike``: a duration unless a preposition makes it a time
            fix = f"{int(hours)}:{minutes or '00'}"
            yield self.finding(
                ctx, match.start(), match.end(),
                f"French clock time in English text: '{match.group(0)}'; write '{fix}' (or {_twelve_hour(hours, minutes)})",
                confidence=0.85 if minutes else 0.7,
                suggestion=fix,
                evidence={"kind": "clock time"},
            )

        for match in _WORD_TIME.finditer(text, start, end):
            hours, minutes = match.group("h"), match.group("m")
            fix = f"{int(hours)}:{minutes or '00'}"
            language = "German" if match.group("word") == "Uhr" else "Dutch"
            yield self.finding(
                ctx, match.start(), match.end(),
                f"{language} clock time in English text: '{match.group(0)}'; write '{fix}' (or {_twelve_hour(hours, minutes)})",
                confidence=0.9,
                suggestion=fix,
                evidence={"kind": "clock time"},
            )

        for match in _SUFFIX_TIME.finditer(text, start, end):
            if match.group("bare") and not _AT_BEFORE.search(text, max(start, match.start() - 8), match.start()):
                continue  # ``20u`` is a time only after at, from, until…
            hours, minutes = match.group("h"), match.group("m") or match.group("mu") or match.group("mh") or "00"
            fix = f"{int(hours)}:{minutes}"
            yield self.finding(
                ctx, match.start(), match.end(),
                f"Clock time with the source language's hour mark in English text: '{match.group(0)}'; "
                f"write '{fix}' (or {_twelve_hour(hours, minutes)})",
                confidence=0.8 if match.group("mu") or match.group("word") == "h" else 0.7,
                suggestion=fix,
                evidence={"kind": "clock time"},
            )

        for match in _DOTTED_RANGE.finditer(text, start, end):
            if max(int(match.group("h1")), int(match.group("h2"))) <= 12 or not _CLOCK_CONTEXT.search(
                    text, max(start, match.start() - 80), min(end, match.end() + 80)):
                continue  # ``from 6.30 to 8.00`` is British; ``rose from 14.20 to 16.50`` a price or a score
            first, second = (f"{int(match.group(h))}:{match.group(m)}" for h, m in (("h1", "m1"), ("h2", "m2")))
            yield self.finding(
                ctx, match.start("h1"), match.end(),
                f"24-hour clock times written with full stops: '{text[match.start('h1'):match.end()]}'; "
                f"write '{first}' and '{second}' (or {_twelve_hour(match.group('h1'), match.group('m1'))} and "
                f"{_twelve_hour(match.group('h2'), match.group('m2'))})",
                confidence=0.75,
                evidence={"kind": "clock time"},
            )

    def _numbers(self, ctx: CheckContext, start: int, end: int) -> Iterator[Finding]:
        for match in _NUMBER.finditer(ctx.text, start, end):
            whole, dec, pct = match.group("int"), match.group("dec"), match.group("pct")
            grouped = any(c in _GROUP_SPACES for c in whole)
            if not (grouped or dec or pct):
                continue
            if dec and not (grouped or pct) and ctx.text[match.start() - 1:match.start()] == "(" \
                    and ctx.text[match.end():match.end() + 1] == ")":
                continue  # (3,5): a list of two small numbers, such as children's ages
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


def _twelve_hour(hours: str, minutes: str | None) -> str:
    """``15``, ``30`` as ``3:30 p.m.``; ``9``, None as ``9 a.m.``."""
    hour = int(hours)
    suffix = "a.m." if hour < 12 else "p.m."
    shown = hour % 12 or 12
    return f"{shown}:{minutes} {suffix}" if minutes else f"{shown} {suffix}"

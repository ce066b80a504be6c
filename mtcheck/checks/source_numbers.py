"""Number formats of a source language left in English text, for source-typography.

Decimal commas, digit groups split by spaces, full stops or apostrophes, currencies written
the French or German way, prices with ``,-`` for no cents, and ordinals with a full stop, a
suffix or an indicator (``the 87. minute``, ``the 82e minute``, ``38ª edition``). Each finder
searches ``text[start:end]`` and hands what it finds to ``report``: the check's ``finding``
bound to the document.
"""

from __future__ import annotations

import re
from typing import Callable, Iterator

from ..model import Finding

_GROUP_SPACES = "\N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}"
#: a number in French format: digit groups split by no-break spaces, a decimal comma,
#: a space before a percent sign (any of them)
_NUMBER = re.compile(
    rf"(?<![\w.,])(?P<int>\d{{1,3}}(?:[{_GROUP_SPACES}]\d{{3}})+|\d+)"
    # (a comma after the decimals ends the clause: ``R$ 5,20, an increase``; one before a digit lists numbers)
    rf"(?P<dec>,\d{{1,2}}(?!\d|,\d|\.\d))?"
    rf"(?P<pct>[ {_GROUP_SPACES}\N{{THIN SPACE}}]%(?!\s*\d))?"
)
#: what a French number needs somewhere in the text: digits split by a no-break space, a decimal comma, or a
#: space before ``%``
NUMBER_HINT = re.compile(rf"\d[{_GROUP_SPACES}]\d|\d,\d|\d[ {_GROUP_SPACES}\N{{THIN SPACE}}]%")
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
#: nouns an ordinal counts (``the 368° edition``): after them a degree sign is an ordinal indicator mistyped
ORDINAL_NOUNS = r"(?:edition|anniversary|birthday|stage|round|century|congress|festival|lap|floor|season|annual)"
#: an ordinal written with the Spanish, Portuguese or Italian indicator (``38ª edition``, ``2º round``, and
#: European Portuguese's ``29.º``); not a degree sign typed as the masculine indicator (``30º C``), but a degree
#: sign typed for the indicator before a noun an ordinal counts (``the 368° edition``; ``30° in the shade`` is heat)
_ORDINAL_INDICATOR = re.compile(r"(?<![\w.,])\d{1,4}\.?(?:[\N{FEMININE ORDINAL INDICATOR}\N{MASCULINE ORDINAL INDICATOR}]"
                                r"(?![\w\N{DEGREE SIGN}])(?!\s*[CF]\b)"
                                rf"|\N{{DEGREE SIGN}}(?=[ \N{{NO-BREAK SPACE}}]+{ORDINAL_NOUNS}\b))")
#: a French or Dutch ordinal with its suffix after "the" or a possessive (``the 82e minute``, ``the 3e floor``,
#: ``the 2ème édition``, ``the club's 7e win``)
_SUFFIX_ORDINAL = re.compile(r"(?:(?<=\b[Tt]he\s)|(?<=\b(?:his|her|its|our)\s)|(?<=\btheir\s)|(?<=\w['\N{RIGHT SINGLE QUOTATION MARK}]s\s))"
                             r"(?:[2-9]|[1-9]\d{1,2})(?:e|\N{LATIN SMALL LETTER E WITH GRAVE}me|eme|de|ste)"
                             r"(?=[ \N{NO-BREAK SPACE}]+[a-z])")
#: a Dutch or French ordinal with its suffix as a rider's or a team's place (``finished 3de``, ``came 2e``)
_PLACED_ORDINAL = re.compile(r"\b(?:finished|came|ended|placed|ranked|classified)[ \N{NO-BREAK SPACE}]+"
                             r"(?P<ordinal>(?:[1-9]|[1-9]\d)(?:de|ste|e|\N{LATIN SMALL LETTER E WITH GRAVE}me|eme|er|re))\b")
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
            r"viewers|downloads|kilos|kilograms|kg|metres|meters|FCFA|CFA|dirhams?|dinars?|pesos|reais|soles|rupees|yuan|"
            r"kronor|kroner|zlotys?|forints?|rand|naira|shillings|cedis|hours|lessons|classes)")
#: a currency written the French or German way: ``345 M€``, ``2 Md€``, ``5 Mio. €``, ``3 Mrd. Euro``,
#: and the euro sign after the amount (``20 €``, ``35.000€``), where English puts it first
_SOURCE_CURRENCY = re.compile(
    r"(?<![\w.,])\d+(?:[.,]\d+)*[ \N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}]?"
    r"(?:M\N{EURO SIGN}|Md\N{EURO SIGN}|Mds\N{EURO SIGN}|Mrd\N{EURO SIGN}|k\N{EURO SIGN}|\N{EURO SIGN}(?![\w\d])|"
    r"(?:Mio|Mrd|Md|Mds)\.?[ \N{NO-BREAK SPACE}]?(?:\N{EURO SIGN}|Euro\b|EUR\b))"
)
#: digit groups split by full stops, as German, Spanish, Italian and Dutch write thousands (no group of
#: thousands starts with 0: ``0.250 kg`` is a decimal)
_DOTTED_THOUSANDS = re.compile(
    rf"(?=\d)(?:(?<![\w.,])[1-9]\d{{0,2}}(?:\.\d{{3}})+(?![\d.,])(?=[ \N{{NO-BREAK SPACE}}]+(?:(?:[a-z]+(?:-[a-z]+)?[ \N{{NO-BREAK SPACE}}]){{0,2}}"
    # or any plural of people by their trade (``2.300 dockworkers``, ``1.200 pharmacists``)
    rf"(?:{_COUNTED}|[a-z]{{3,}}(?:ers|ors|ants|ents|ists|ians|ees))\b"
    rf"|[\N{{EURO SIGN}}$\N{{POUND SIGN}}]))"
    # any plural after a number that does not start with 0 (``60.000 mangrove seedlings``: a count, where
    # ``0.500 seconds`` is a decimal)
    # (``1.850 full-time posts``: a hyphenated word before it)
    rf"|(?<![\w.,])[1-9]\d{{0,2}}(?:\.\d{{3}})+(?![\d.,])(?=[ \N{{NO-BREAK SPACE}}]+(?:[a-z]+(?:-[a-z]+)?[ \N{{NO-BREAK SPACE}}]){{0,2}}"
    rf"[a-z]{{2,}}[^s\W]s\b)"
    # a count that makes a compound adjective (``the 3.400-seat theatre``)
    rf"|(?<![\w.,])[1-9]\d{{0,2}}\.\d{{3}}(?=-[a-z])"
    # a count of people that a crowd, an attendance or a population gives (``a crowd of 42.318,``)
    rf"|(?:(?<=\bcrowd\sof\s)|(?<=\battendance\sof\s)|(?<=\baudience\sof\s)|(?<=\bpopulation\sof\s)"
    rf"|(?<=\bturnout\sof\s))[1-9]\d{{0,2}}\.\d{{3}}(?!\d|\.\d|,\d)"
    # or that a rough count introduces, as no decimal with three places is (``some 18.000 young grayling``), a
    # sentence's full stop after it too (``to almost 41.000.``)
    rf"|(?:(?<=\bsome\s)|(?<=\babout\s)|(?<=\baround\s)|(?<=\bnearly\s)|(?<=\balmost\s)|(?<=\bthan\s)"
    rf"|(?<=\bup\sto\s)|(?<=\broughly\s)|(?<=\bapproximately\s))[1-9]\d{{0,2}}\.\d{{3}}(?!\d|\.\d|,\d)"
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
#: thousands separators English does not use: (pattern, separator, problem, how it reads, confidence)
_THOUSANDS_STYLES = (
    (_SPACED_THOUSANDS, " ", "spaced thousands", "a space (French style)", 0.8),
    (_DOTTED_THOUSANDS, ".", "dotted thousands", "full stops", 0.85),
    (_DOTTED_DECIMAL, ".", "dotted thousands and decimal comma", "full stops and the decimals by a comma", 0.9),
    *((pattern, mark, "apostrophe thousands", "an apostrophe (Swiss style)", 0.9)
      for mark, pattern in _APOSTROPHE_THOUSANDS.items()),
)


def french_numbers(text: str, start: int, end: int, report: Callable[..., Finding]) -> Iterator[Finding]:
    """French number formats: digit groups split by no-break spaces, decimal commas, a space before ``%``."""
    for match in _NUMBER.finditer(text, start, end):
        whole, dec, pct = match.group("int"), match.group("dec"), match.group("pct")
        grouped = any(c in _GROUP_SPACES for c in whole)
        if not (grouped or dec or pct):
            continue
        if dec and not (grouped or pct) and text[match.start() - 1:match.start()] == "(" \
                and text[match.end():match.end() + 1] == ")":
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
        yield report(
            match.start(), end_at,
            f"French number format in English text ({', '.join(problems)}): "
            f"'{text[match.start():end_at]}'; write '{fix}'",
            confidence=0.9 if dec or grouped else 0.6,
            suggestion=fix,
            evidence={"kind": "number format", "problems": problems},
        )


def dotted_ordinals(text: str, start: int, end: int, report: Callable[..., Finding]) -> Iterator[Finding]:
    """German ordinals with a full stop before what they count (``in the 87. minute``)."""
    for match in _DOTTED_ORDINAL.finditer(text, start, end):
        ordinal = _english_ordinal(int(match.group("n")))
        yield report(
            match.start("n"), match.end("n") + 1,
            f"German ordinal with a full stop in English text: '{match.group(0)}'; write '{ordinal}'",
            confidence=0.85, suggestion=ordinal, evidence={"kind": "ordinal"},
        )


def dash_cent_prices(text: str, start: int, end: int, report: Callable[..., Finding]) -> Iterator[Finding]:
    """Prices with the Dutch and German ``,-`` or the Swiss ``.–`` for no cents."""
    for match in _DASH_CENTS.finditer(text, start, end):
        yield report(
            match.start(), match.end(),
            f"Price with the Dutch, German or Swiss '{match.group(0)[-2:]}' for no cents in English text: '{match.group(0)}'; "
            f"write '{match.group(0)[:-2]}'",
            confidence=0.85, suggestion=match.group(0)[:-2], evidence={"kind": "currency format"},
        )


def suffixed_ordinals(text: str, start: int, end: int, report: Callable[..., Finding]) -> Iterator[Finding]:
    """Ordinals with a French or Dutch suffix (``the 82e minute``, ``finished 3de``)."""
    for match in _SUFFIX_ORDINAL.finditer(text, start, end):
        ordinal = _english_ordinal(int(re.match(r"\d+", match.group(0)).group(0)))
        yield report(
            match.start(), match.end(),
            f"Ordinal with the source language's suffix in English text: '{match.group(0)}'; write '{ordinal}'",
            confidence=0.85, suggestion=ordinal, evidence={"kind": "ordinal"},
        )
    for match in _PLACED_ORDINAL.finditer(text, start, end):
        ordinal = _english_ordinal(int(re.match(r"\d+", match.group("ordinal")).group(0)))
        yield report(
            match.start("ordinal"), match.end("ordinal"),
            f"Ordinal with the source language's suffix in English text: '{match.group('ordinal')}'; write '{ordinal}'",
            confidence=0.85, suggestion=ordinal, evidence={"kind": "ordinal"},
        )


def indicator_ordinals(text: str, start: int, end: int, report: Callable[..., Finding]) -> Iterator[Finding]:
    """Ordinals with the Spanish, Portuguese or Italian indicator (``38ª edition``)."""
    for match in _ORDINAL_INDICATOR.finditer(text, start, end):
        ordinal = _english_ordinal(int(match.group(0)[:-1].rstrip(".")))
        yield report(
            match.start(), match.end(),
            f"Ordinal with the source language's indicator in English text: '{match.group(0)}'; write '{ordinal}'",
            confidence=0.9, suggestion=ordinal, evidence={"kind": "ordinal"},
        )


def source_currencies(text: str, start: int, end: int, report: Callable[..., Finding]) -> Iterator[Finding]:
    """Currencies written the French or German way (``345 M€``, ``20 €``)."""
    for match in _SOURCE_CURRENCY.finditer(text, start, end):
        yield report(
            match.start(), match.end(),
            f"Currency written the French or German way in English text: '{match.group(0)}'; "
            "English puts the sign first and spells out millions ('€20', '€345 million')",
            confidence=0.9, evidence={"kind": "currency format"},
        )


def foreign_thousands(text: str, start: int, end: int, report: Callable[..., Finding]) -> Iterator[Finding]:
    """Thousands split by spaces, full stops or apostrophes (``1 500 euros``, ``22.000 people``)."""
    for pattern, separator, problem, how, confidence in _THOUSANDS_STYLES:
        for match in pattern.finditer(text, start, end):
            # a decimal comma (only the Continental format's own pattern holds one) becomes a point
            fix = match.group(0).translate(str.maketrans({separator: ",", ",": "."}))
            yield report(
                match.start(), match.end(),
                f"Thousands separated by {how} in English text: '{match.group(0)}'; write '{fix}'",
                confidence=confidence, suggestion=fix, evidence={"kind": "number format", "problems": [problem]},
            )

"""Numbers of a sentence as sets of possible values, so a source and its translation can be compared.

Writing conventions differ between languages (``3,5`` and ``3.5``, ``1 000``,
``1.000`` and ``1,000``, ``14 h 30`` and ``2:30 p.m.``, ``2,5 millions`` and
``2.5 million``), so each number is read as every value it can mean in any of
them. Two numbers match when their sets of values meet. Spelled-out numbers
under ten (``three``, ``trois``, ``drei``) and the days and months of a
numeric date are *soft*: they can excuse a number on the other side, but a
soft number without a partner is never reported, because ``un``, ``one`` and
``ein`` are as often articles and pronouns as numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: spelled-out numbers under ten, by language (articles included: they only excuse, never accuse)
NUMBER_WORDS = {
    "en": "zero one two three four five six seven eight nine",
    "fr": "zéro un|une deux trois quatre cinq six sept huit neuf",
    "de": "null ein|eine|eins zwei drei vier fünf sechs sieben acht neun",
    "es": "cero uno|una|un dos tres cuatro cinco seis siete ocho nueve",
    "it": "zero uno|una|un due tre quattro cinque sei sette otto nove",
    "pt": "zero um|uma dois|duas três quatro cinco seis sete oito nove",
    "nl": "nul een twee drie vier vijf zes zeven acht negen",
}
#: ordinals under ten, by language, from "first"
ORDINAL_WORDS = {
    "en": "first second third fourth fifth sixth seventh eighth ninth",
    "fr": "premier|première deuxième|second|seconde troisième quatrième cinquième sixième septième huitième neuvième",
    "de": "erste|ersten|erster zweite|zweiten|zweiter dritte|dritten|dritter vierte|vierten fünfte|fünften "
          "sechste|sechsten siebte|siebten achte|achten neunte|neunten",
    "es": "primero|primera|primer segundo|segunda tercero|tercera|tercer cuarto|cuarta quinto|quinta "
          "sexto|sexta séptimo|séptima octavo|octava noveno|novena",
}
#: round numbers written as words, which translators and engines swap with digits
ROUND_WORDS = {
    "ten": 10, "dix": 10, "zehn": 10, "diez": 10, "dieci": 10, "dez": 10, "tien": 10,
    "eleven": 11, "twelve": 12, "dozen": 12, "douze": 12, "douzaine": 12, "zwölf": 12, "doce": 12, "docena": 12,
    "tenth": 10, "dixième": 10, "zehnte": 10, "décimo": 10,
    "twenty": 20, "vingt": 20, "vingtaine": 20, "zwanzig": 20, "veinte": 20, "veintes": 20, "venti": 20, "vinte": 20,
    "thirty": 30, "trente": 30, "trentaine": 30, "dreißig": 30, "treinta": 30,
    "forty": 40, "quarante": 40, "quarantaine": 40, "vierzig": 40, "cuarenta": 40,
    "fifty": 50, "cinquante": 50, "cinquantaine": 50, "fünfzig": 50, "cincuenta": 50,
    "sixty": 60, "soixante": 60, "soixantaine": 60, "sechzig": 60, "sesenta": 60,
    "seventy": 70, "soixante-dix": 70, "siebzig": 70, "setenta": 70,
    "eighty": 80, "quatre-vingts": 80, "quatre-vingt": 80, "achtzig": 80, "ochenta": 80,
    "ninety": 90, "quatre-vingt-dix": 90, "neunzig": 90, "noventa": 90,
    "hundred": 100, "cent": 100, "centaine": 100, "hundert": 100, "cien": 100, "ciento": 100, "cento": 100,
    "doscientos": 200, "deux-cents": 200, "zweihundert": 200,
    "thousand": 1000, "mille": 1000, "millier": 1000, "tausend": 1000, "mil": 1000,
    "millième": 1000, "thousandth": 1000,
}
WORD_VALUES: dict[str, int] = {
    word: value
    for table in (NUMBER_WORDS, ORDINAL_WORDS)
    for words in table.values()
    for value, forms in enumerate(words.split(), start=0 if table is NUMBER_WORDS else 1)
    for word in forms.split("|")
} | ROUND_WORDS
#: units that say a quantity was converted between metric and imperial, which translators do on purpose
IMPERIAL_UNITS = frozenset(
    "ft feet foot inch inches mile miles mph pound pounds lb lbs ounce ounces oz yard yards gallon gallons "
    "acre acres fahrenheit °f".split()
)
MEASURE_UNITS = IMPERIAL_UNITS | frozenset(
    "m cm mm km kg g t km/h kmh l litre litres liter liters °c celsius ha hectare hectares "
    "mètre mètres metre metres meter meters kilomètre kilomètres kilometre kilometres kilometer kilometers "
    "kilo kilos kilogramme kilogrammes kilogram kilograms tonne tonnes grad metros kilómetros kilogramos".split()
)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
#: words after a number that scale it (2,5 millions = 2.5 million = 2,500,000)
SCALES = {
    "thousand": 1e3, "mille": 1e3, "mil": 1e3, "tausend": 1e3,
    "million": 1e6, "millions": 1e6, "millionen": 1e6, "millones": 1e6, "millón": 1e6, "millon": 1e6,
    "mln": 1e6, "m": 1e6, "mio": 1e6,
    "billion": 1e9, "billions": 1e9, "milliard": 1e9, "milliards": 1e9, "milliarde": 1e9, "milliarden": 1e9,
    "bn": 1e9, "mrd": 1e9, "md": 1e9,
    "trillion": 1e12, "billiard": 1e12,
}
_GROUP_SEPARATORS = " \N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}\N{THIN SPACE}.,'\N{RIGHT SINGLE QUOTATION MARK}"
_NUMBER = re.compile(
    r"(?<![\w.,])(?:\d{1,3}(?:[" + _GROUP_SEPARATORS + r"]\d{3})+(?![\d])(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![.,]?\d)"
)
_DATE = re.compile(r"(?<!\d)(\d{1,2})[./-](\d{1,2})[./-](\d{2,4})(?!\d)")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.U)
_TIME_AFTER = re.compile(r"\s?(?:h|:)")
_CLOCK = re.compile(r"(?<!\d)(\d{1,2})\s?(?:h|:)\s?(\d{2})(?!\d)")
_ROMAN = re.compile(r"\b(M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))(?:e|er|ème|th|st|nd|rd|\.)?\b")
_UNIT_AFTER = re.compile(r"\s?([^\W\d_]+(?:/[a-z]+)?|°[CFcf])", re.U)


def roman_value(numeral: str) -> int:
    """The value of a well-formed Roman numeral."""
    total = 0
    for char, following in zip(numeral, numeral[1:] + " "):
        value = _ROMAN_VALUES[char]
        total += -value if following != " " and _ROMAN_VALUES[following] > value else value
    return total


@dataclass(frozen=True)
class Number:
    """One number of a text: where it is, what it may mean, and whether it can be reported."""

    start: int
    end: int
    values: frozenset[float]
    soft: bool = False

    @property
    def text_values(self) -> str:
        return "/".join(f"{v:g}" for v in sorted(self.values))


def readings(token: str) -> set[float]:
    """Every value ``token`` can mean: ``1,000`` is 1000 or 1.0, ``3,5`` is 3.5, ``1 000`` is 1000."""
    compact = token.replace("\N{NO-BREAK SPACE}", " ").replace("\N{NARROW NO-BREAK SPACE}", " ")
    compact = compact.replace("\N{THIN SPACE}", " ").replace("\N{RIGHT SINGLE QUOTATION MARK}", "'")
    values: set[float] = set()
    grouped = re.fullmatch(r"(\d{1,3})((?:[ .,']\d{3})+)([.,]\d+)?", compact)
    if grouped:
        separators = set(re.findall(r"[ .,']", grouped.group(2)))
        digits = grouped.group(1) + re.sub(r"[ .,']", "", grouped.group(2))
        fraction = grouped.group(3)
        if fraction is None or fraction[0] not in separators:
            values.add(float(digits + ("." + fraction[1:] if fraction else "")))
        if fraction is None and len(separators) == 1 and separators <= {".", ","} and grouped.group(2).count(next(iter(separators))) == 1:
            values.add(float(compact.replace(",", ".")))  # 1,000 or 1.000 as a decimal with three places
        return values
    values.add(float(compact.replace(",", ".")))
    return values


def _unit_after(text: str, end: int) -> str:
    match = _UNIT_AFTER.match(text, end)
    return match.group(1).lower() if match else ""


def extract(text: str, converted: bool = False) -> list[Number]:
    """The numbers of ``text``: digits are strict, words, Roman numerals and date parts soft.

    With ``converted`` (the pair mentions imperial units), measured quantities
    are soft too: translators convert kilograms to pounds on purpose.
    """
    numbers: list[Number] = []
    dates: list[tuple[int, int]] = []
    for match in _DATE.finditer(text):
        dates.append(match.span())
        for group in (1, 2):  # day and month: "15.03.2019" is "March 15, 2019"
            numbers.append(Number(match.start(group), match.end(group), frozenset({float(match.group(group))}), soft=True))
        year = int(match.group(3))
        years = {float(year)} if year >= 100 else {float(year), 1900.0 + year, 2000.0 + year}
        numbers.append(Number(match.start(3), match.end(3), frozenset(years)))
    # minutes are soft: "04:00" has no counterpart in "4 a.m."
    minutes = [Number(m.start(2), m.end(2), frozenset({float(m.group(2))}), soft=True) for m in _CLOCK.finditer(text)]
    minute_starts = {n.start for n in minutes}
    for match in _NUMBER.finditer(text):
        if any(start <= match.start() < end for start, end in dates):
            continue
        values = readings(match.group())
        unit = _unit_after(text, match.end())
        if unit in SCALES:
            values |= {v * SCALES[unit] for v in values}
        if _TIME_AFTER.match(text, match.end()):
            values |= {v - 12 for v in values if 13 <= v <= 24}
        clock = re.fullmatch(r"(\d{1,2})[.:](\d{2})", match.group())
        if clock and int(clock.group(2)) < 60:  # 6.30 (a.m.) is a time: its hour matches 6h30
            values.add(float(clock.group(1)))
        if re.fullmatch(r"1\d\d0", match.group()) and text.startswith("s", match.end()):
            values.add(float(match.group()[2:]))  # the 1920s are "les années 20"
        soft = match.start() in minute_starts or (converted and unit in MEASURE_UNITS)
        numbers.append(Number(match.start(), match.end(), frozenset(values), soft=soft))
    taken = {n.start for n in numbers}
    numbers += [n for n in minutes if n.start not in taken]
    for match in _WORD.finditer(text):
        value = WORD_VALUES.get(match.group().lower())
        if value is not None:
            numbers.append(Number(match.start(), match.end(), frozenset({float(value)}), soft=True))
    for match in _ROMAN.finditer(text):
        numeral = match.group(1)
        if len(numeral) >= 2 or (numeral and numeral != "I" and match.end() > match.end(1)):
            numbers.append(Number(match.start(), match.end(), frozenset({float(roman_value(numeral))}), soft=True))
    return sorted(numbers, key=lambda n: n.start)


def mentions_imperial(text: str) -> bool:
    """True when ``text`` measures something in imperial units."""
    return any(_unit_after(text, m.end()) in IMPERIAL_UNITS for m in _NUMBER.finditer(text))


def unmatched(source: list[Number], target: list[Number]) -> tuple[list[Number], list[Number]]:
    """Strict numbers of each side with no partner on the other: (missing in target, extra in target).

    Strict numbers are paired first, so that a soft word is only used to
    excuse a number that no digit on the other side accounts for.
    """
    used_source: set[int] = set()
    used_target: set[int] = set()
    for soft_allowed in (False, True):
        for s_index, s in enumerate(source):
            if s_index in used_source or s.soft:
                continue
            for t_index, t in enumerate(target):
                if t_index in used_target or (t.soft and not soft_allowed):
                    continue
                if s.values & t.values:
                    used_source.add(s_index)
                    used_target.add(t_index)
                    break
        for t_index, t in enumerate(target):
            if t_index in used_target or t.soft:
                continue
            for s_index, s in enumerate(source):
                if s_index in used_source or (s.soft and not soft_allowed):
                    continue
                if s.values & t.values:
                    used_source.add(s_index)
                    used_target.add(t_index)
                    break
    missing = [s for k, s in enumerate(source) if k not in used_source and not s.soft]
    extra = [t for k, t in enumerate(target) if k not in used_target and not t.soft]
    return missing, extra


__all__ = ["NUMBER_WORDS", "Number", "SCALES", "extract", "mentions_imperial", "readings", "roman_value", "unmatched"]

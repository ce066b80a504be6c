"""Clock times and dates of a source language left in English text, for source-typography.

French (``15h30``), German and Dutch (``18 Uhr``, ``14u30``) clock times, hour marks after the
minutes (``17:00 hrs``), ranges of 24-hour times with full stops, and dates the German, French,
Italian, Dutch or Spanish way (``14. March``, ``1er avril``, ``14.11.2024``, ``01-03-2026``). Each
finder searches ``text[start:end]`` and hands what it finds to ``report``: the check's ``finding``
bound to the document.
"""

from __future__ import annotations

import datetime
import re
from typing import Callable, Iterator

from ..model import Finding

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
#: ``at 23.45 hours`` (the Spanish and Italian ``horas``, ``ore``),
#: or the Dutch ``14u30``
_SUFFIX_TIME = re.compile(r"(?<![\w.,:])(?P<h>[01]?\d|2[0-3])(?:[.:](?P<m>[0-5]\d)[ \N{NO-BREAK SPACE}]?(?P<word>hrs|hr|h|hours)\.?"
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
#: what a clock time needs somewhere in the text: an hour mark, ``Uhr`` or ``uur``, or a dotted range
TIME_HINT = re.compile(r"\d[ \N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}]?h(?:\b|[ \N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}]?[0-5]\d)"
                       r"|\d[ \N{NO-BREAK SPACE}](?:Uhr|uur)\b|\d[ \N{NO-BREAK SPACE}]?h(?:r|rs|s|ours)\b|\du(?:[0-5]\d)?\b"
                       r"|\.[0-5]\d\s+(?:to|until|till|and)\s+\d")
#: the English months, as alternatives of a pattern
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_LIST = MONTHS.split("|")
#: the source-language months a date left whole may keep (``1er mars``, ``1° maggio``), by their English names
_SOURCE_MONTHS = dict(zip(
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
    + "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    _MONTH_LIST * 2))
ANY_MONTH = "|".join([MONTHS, *sorted(_SOURCE_MONTHS)])
#: a German date: the day is an ordinal with a full stop (``14. March``)
_DOTTED_DAY = re.compile(rf"(?<![\w.])(?:[1-9]|[12]\d|3[01])\.[ \N{{NO-BREAK SPACE}}]+(?:{MONTHS})\b")
#: a German range of dates without a year, each day and month closed by a full stop (``from 12.07. to
#: 23.08.``); a lone ``12.07.`` may be a price at a sentence's end
_DOTTED_DATE_RANGE = re.compile(r"\b(?:from|between)[ \N{NO-BREAK SPACE}]+(?P<range>(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\."
                                r"[ \N{NO-BREAK SPACE}]+(?:to|until|till|and)[ \N{NO-BREAK SPACE}]+(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?!\d))")
#: a lone date of that shape after a word that dates an event, where the sentence goes on after it (``on 28.10.
#: and``, ``since 3.11.,``): a price never sits there
_DOTTED_DATE_ALONE = re.compile(r"\b(?:on|since|until|till|before|after)[ \N{NO-BREAK SPACE}]+"
                                r"(?P<date>(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.)(?=,|[ \N{NO-BREAK SPACE}]+[a-z])")
#: an Italian ordinal day before a month, written with a degree sign or the masculine indicator (``since 1°
#: February``, ``1º maggio``)
_DEGREE_DAY = re.compile(rf"(?<![\w.,])([1-9]|[12]\d|3[01])[\N{{DEGREE SIGN}}\N{{MASCULINE ORDINAL INDICATOR}}][ \N{{NO-BREAK SPACE}}]+({ANY_MONTH})\b")
#: a French ordinal day before a month (``1er April``, ``2e March``, ``1er mars``): the ordinal is the source's
_ORDINAL_DAY = re.compile(rf"(?<![\w.])(1)(?:er|re|\N{{LATIN SMALL LETTER E WITH GRAVE}}re)[ \N{{NO-BREAK SPACE}}]+({ANY_MONTH})\b")
#: a date written with full stops (``14.11.2024``), as German, Dutch and Scandinavian texts do
_DOTTED_DATE = re.compile(r"(?<![\w.])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:19|20)\d{2}(?![\w.]\w)")
#: a date written day-month-year with hyphens (``01-03-2026``), as Dutch, Portuguese and Spanish texts do;
#: English news writes the month in words (ISO dates, ``2026-03-01``, start with the year)
_HYPHEN_DATE = re.compile(r"(?<![\w.-])(?:0?[1-9]|[12]\d|3[01])-(?:0?[1-9]|1[0-2])-(?:19|20)\d{2}(?![\w-])")
#: day/month/year with slashes whose day (13 to 31) cannot be a month: the source's order, where US English
#: writes the month first and news prose writes the month in words (``From 15/06/2025, visitors…``)
_SLASH_DATE = re.compile(r"(?<![\w./-])(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])/(?:19|20)\d{2}(?![\w/-])")
#: a slash date whose day could be a month, with the weekday it falls on right before it (``on Sunday 2/6/2024``)
_WEEKDAY_SLASH_DATE = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+)?"
                                 r"((?:0?[1-9]|1[0-2])/(?:0?[1-9]|1[0-2])/(?:19|20)\d{2})(?![\w/-])")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def clock_times(text: str, start: int, end: int, report: Callable[..., Finding]) -> Iterator[Finding]:
    """Clock times written the French, German or Dutch way, or with the source's hour mark."""
    for match in _TIME.finditer(text, start, end):
        hours, minutes = match.group("h"), match.group("m")
        if minutes is None and not _AT_BEFORE.search(text, max(start, match.start() - 8), match.start()):
            continue  # ``24h``, ``a 48h strike``: a duration unless a preposition makes it a time
        fix = f"{int(hours)}:{minutes or '00'}"
        yield report(
            match.start(), match.end(),
            f"French clock time in English text: '{match.group(0)}'; write '{fix}' (or {_twelve_hour(hours, minutes)})",
            confidence=0.85 if minutes else 0.7,
            suggestion=fix,
            evidence={"kind": "clock time"},
        )

    for match in _WORD_TIME.finditer(text, start, end):
        hours, minutes = match.group("h"), match.group("m")
        fix = f"{int(hours)}:{minutes or '00'}"
        language = "German" if match.group("word") == "Uhr" else "Dutch"
        yield report(
            match.start(), match.end(),
            f"{language} clock time in English text: '{match.group(0)}'; write '{fix}' (or {_twelve_hour(hours, minutes)})",
            confidence=0.9,
            suggestion=fix,
            evidence={"kind": "clock time"},
        )

    for match in _SUFFIX_TIME.finditer(text, start, end):
        if (match.group("bare") or match.group("word") == "hours") and not _AT_BEFORE.search(
                text, max(start, match.start() - 8), match.start()):
            continue  # ``20u`` and ``23.45 hours`` are times only after at, from, until… (``took 3.20 hours``)
        hours, minutes = match.group("h"), match.group("m") or match.group("mu") or match.group("mh") or "00"
        fix = f"{int(hours)}:{minutes}"
        yield report(
            match.start(), match.end(),
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
        yield report(
            match.start("h1"), match.end(),
            f"24-hour clock times written with full stops: '{text[match.start('h1'):match.end()]}'; "
            f"write '{first}' and '{second}' (or {_twelve_hour(match.group('h1'), match.group('m1'))} and "
            f"{_twelve_hour(match.group('h2'), match.group('m2'))})",
            confidence=0.75,
            evidence={"kind": "clock time"},
        )


def _twelve_hour(hours: str, minutes: str | None) -> str:
    """``15``, ``30`` as ``3:30 p.m.``; ``9``, None as ``9 a.m.``."""
    hour = int(hours)
    suffix = "a.m." if hour < 12 else "p.m."
    shown = hour % 12 or 12
    return f"{shown}:{minutes} {suffix}" if minutes else f"{shown} {suffix}"


def dotted_dates(text: str, start: int, end: int, report: Callable[..., Finding]) -> Iterator[Finding]:
    """German dates with full stops and no year: ranges (``from 12.07. to 23.08.``), then lone dates the
    sentence goes on after (``on 28.10. and``)."""
    ranges = []
    for match in _DOTTED_DATE_RANGE.finditer(text, start, end):
        first, last = (date.rstrip(".").split(".") for date in re.findall(r"\d+\.\d+\.", match.group("range")))
        english = f"{int(first[0])} {_MONTH_LIST[int(first[1]) - 1]} to {int(last[0])} {_MONTH_LIST[int(last[1]) - 1]}"
        ranges.append(range(match.start("range"), match.end("range")))
        yield report(
            match.start("range"), match.end("range"),
            f"German dates in English text: '{match.group('range')}'; write '{english}'",
            confidence=0.85, suggestion=english, evidence={"kind": "date format"},
        )
    for match in _DOTTED_DATE_ALONE.finditer(text, start, end):
        if any(match.start("date") in span for span in ranges):
            continue  # the end of a range reported above
        day, month = match.group("date").rstrip(".").split(".")
        english = f"{int(day)} {_MONTH_LIST[int(month) - 1]}"
        yield report(
            match.start("date"), match.end("date"),
            f"German date in English text: '{match.group('date')}'; write '{english}'",
            confidence=0.8, suggestion=english, evidence={"kind": "date format"},
        )


def dotted_days(text: str, start: int, end: int, report: Callable[..., Finding]) -> Iterator[Finding]:
    """German days with a full stop before a month (``14. March``)."""
    for match in _DOTTED_DAY.finditer(text, start, end):
        day, month = match.group(0).split(".", 1)
        yield report(
            match.start(), match.end(),
            f"German date format in English text: '{match.group(0)}'; write '{month.strip()} {day}' or '{day} {month.strip()}'",
            confidence=0.85, suggestion=f"{day} {month.strip()}", evidence={"kind": "date format"},
        )


def ordinal_days(text: str, start: int, end: int, report: Callable[..., Finding]) -> Iterator[Finding]:
    """French and Italian ordinal days before a month (``1er April``, ``1° maggio``)."""
    for pattern, language in ((_ORDINAL_DAY, "French"), (_DEGREE_DAY, "Italian")):
        for match in pattern.finditer(text, start, end):
            day, month = match.group(1), _SOURCE_MONTHS.get(match.group(2), match.group(2))
            yield report(
                match.start(), match.end(),
                f"{language} ordinal in an English date: '{match.group(0)}'; write '{day} {month}' or '{month} {day}'",
                confidence=0.9, suggestion=f"{day} {month}", evidence={"kind": "date format"},
            )


def _weekday(year: int, month: int, day: int) -> str | None:
    """The weekday of a date, or None when there is no such date (31/4)."""
    try:
        return _WEEKDAYS[datetime.date(year, month, day).weekday()]
    except ValueError:
        return None


def numeric_dates(text: str, start: int, end: int, report: Callable[..., Finding]) -> Iterator[Finding]:
    """Dates written with full stops (``14.11.2024``), day-month-year with hyphens (``01-03-2026``) or, when the
    day cannot be a month, with slashes (``15/06/2025``)."""
    # dates whose day is sure: with full stops, the German way, or with slashes and a day that cannot be a month
    for pattern, mark, how, confidence in ((_DOTTED_DATE, ".", "with full stops", 0.8),
                                           (_SLASH_DATE, "/", "day/month/year", 0.6)):
        for match in pattern.finditer(text, start, end):
            day, month, year = (int(part) for part in match.group(0).split(mark))
            fix = f"{day} {_MONTH_LIST[month - 1]} {year}"
            yield report(
                match.start(), match.end(),
                f"Date written {how} in English text: '{match.group(0)}'; write '{fix}'",
                confidence=confidence, suggestion=fix, evidence={"kind": "date format"},
            )
    # a day that could be a month is sure when the weekday named with the date fits it and not the month-first
    # reading: ``Sunday 2/6/2024`` is 2 June (a Sunday), not 6 February (a Tuesday)
    for match in _WEEKDAY_SLASH_DATE.finditer(text, start, end):
        day, month, year = (int(part) for part in match.group(2).split("/"))
        if day != month and _weekday(year, month, day) == match.group(1) != _weekday(year, day, month):
            fix = f"{day} {_MONTH_LIST[month - 1]} {year}"
            yield report(
                match.start(2), match.end(2),
                f"Date written day/month/year in English text: '{match.group(2)}' (the {match.group(1)} is "
                f"{fix}); write '{fix}'",
                confidence=0.6, suggestion=fix, evidence={"kind": "date format"},
            )
    for match in _HYPHEN_DATE.finditer(text, start, end):
        day, month, year = (int(part) for part in match.group(0).split("-"))
        # a first number of 13 or more can only be the day; below, a US reader may take it for the month
        fix = f"{day} {_MONTH_LIST[month - 1]} {year}" if day > 12 else None
        yield report(
            match.start(), match.end(),
            f"Date written day-month-year with hyphens in English text: '{match.group(0)}'; "
            + (f"write '{fix}'" if fix else "write the month in words"),
            confidence=0.6, suggestion=fix, evidence={"kind": "date format"},
        )

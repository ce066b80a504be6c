"""Names of name-variant given in two languages on purpose: introduced as the other language's, or glossed.

A writer who gives a name as the source language has it and says so (``Leuven, known in French as Louvain``;
``The title, Capitale italiana della cultura in the original, is awarded…``; ``the Semana Santa, or Holy Week``)
uses both spellings knowingly: the table's groups and the translated-name detector (``consistency.py``,
``name_table_matches.py``) leave such occurrences.
"""

from __future__ import annotations

import re
from typing import Iterator

from .name_forms import Occurrence, glossed

#: the languages whose names a writer says a name is given in (``in French``, ``known in Italian as``)
_LANGUAGES = r"(?:French|Dutch|German|Spanish|Italian|Portuguese|Flemish|Catalan|Basque)"

#: a name of one to four capitalised words (``The Hague``, ``Brussels``)
_NAME = r"[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*(?:[ \N{NO-BREAK SPACE}][A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*){0,3}"
#: the peoples who call a place by their language's name (``as the Dutch call it``)
_LANGUAGE_PEOPLE = r"(?:French|Dutch|Germans|Spanish|Italians|Portuguese|Flemish|Catalans|Basques|locals)"

#: the people who knew a place by another name, or the time they did: ``to English sailors``, ``for centuries``,
#: ``among the British``, ``long``, ``once``
_KNOWN_TO = (r"(?:(?:to|by|among|in|for|from)\s+(?:the\s+)?(?:[A-Za-z]+\s+){0,2}?"
             r"|(?:once|long|formerly|historically|then|still|also|widely)\s+)")

#: what introduces a place's or a person's name in another language: ``known in French as``, ``called … in Dutch``,
#: ``known to English sailors for centuries as``, ``which the English called``: an exonym given on purpose
_NAMED_AS = re.compile(r"\b(?:known|called|named|spelt|spelled|written)\s+(?:in\s+[A-Z][a-z]+\s+|locally\s+|there\s+)?"
                       r"as\s+(?:the\s+)?\Z"
                       # ``known`` only: ``called for calm as Kyiv braced`` names nothing
                       rf"|\bknown\s+(?:{_KNOWN_TO}){{1,2}}as\s+(?:the\s+)?\Z"
                       rf"|\bin\s+{_LANGUAGES}[,:]?\s+\Z"
                       rf"|\b(?:the\s+)?(?:English|British|{_LANGUAGE_PEOPLE}|sailors)\s+(?:once\s+|long\s+|still\s+)?"
                       r"(?:called|call|named|knew|know)\s+(?:it|the\s+(?:town|city|port|place|village|river|island))?"
                       r"\s*(?:as\s+)?\Z")

#: what says right after a name that it is given as the source language has it: ``Capitale italiana della cultura in
#: the original``, ``…, as it is known in Italian,``, ``…, as locals call it``, ``(in Italian)``; or that it is the
#: local name of the English one after it: ``Den Haag, as The Hague is known in Dutch,``, ``…, as the Dutch call
#: The Hague``; not a language that qualifies a noun (``in Italian politics``)
_NAMED_SO_AFTER = re.compile(
    r"[ \N{NO-BREAK SPACE}]*[,(]?[ \N{NO-BREAK SPACE}]*"
    r"(?:in\s+the\s+original\b"
    rf"|in\s+(?:the\s+)?(?:original\s+)?{_LANGUAGES}\b(?!\s+[a-z])"
    rf"|as\s+(?:it|she|he|they|{_NAME})\s+(?:is|are|was|were)\s+(?:known|called|named)\s+"
    r"(?:locally|there|in\s+[A-Z][a-z]+)\b"
    rf"|as\s+(?:locals|residents|the\s+{_LANGUAGE_PEOPLE})\s+call\s+(?:it|her|him|them|{_NAME})\b)")


def named_as_original(text: str, occurrence: Occurrence) -> bool:
    """Is the occurrence introduced as the other language's name (``known in French as Louvain``), or said right after
    to be the name as the source language has it (``Capitale italiana della cultura in the original``, ``…, as it is
    known in Italian``)? The writer gives it beside the English name on purpose."""
    return (_NAMED_AS.search(text, max(0, occurrence.start - 60), occurrence.start) is not None
            or _NAMED_SO_AFTER.match(text, occurrence.end) is not None)


#: English head nouns of institutions' names (``National Railway Museum``, ``University of Jaén``): a headline
#: names a museum, a court or a bank for English readers in English while the body keeps the name it bears; a place's
#: English name (``Mexico City``) carries none of them, and a body keeping the local one there is the translator's slip
_INSTITUTION_HEADS = frozenset("""museum museums gallery library archive archives university college school academy
institute hospital clinic theatre theater opera orchestra foundation association federation society union council
court tribunal ministry bank agency authority office observatory zoo""".split())


def headline_gloss(text: str, title: tuple[int, int] | None, source: Occurrence, english: Occurrence) -> bool:
    """Does the headline alone render in English the name of a body the text keeps as it is (``University of Jaén``
    or ``National Railway Museum in Entroncamento`` over ``the Universidad de Jaén``, ``the Museu Nacional
    Ferroviário``), sharing its place as written or naming an institution? An editor's gloss for English readers,
    where a body writing the name both ways (``Le Parisien``, ``The Parisian``) is not."""
    if title is None or not title[0] <= english.start < title[1] <= source.start or text.find(english.form, title[1]) >= 0:
        return False
    words = english.form.split()
    return bool(set(words) & set(source.form.split())) or any(w.lower() in _INSTITUTION_HEADS for w in words)


def glossed_elsewhere(text: str, source: str, english: str) -> bool:
    """Does the writer gloss the one name with the other somewhere in the article (``Valladolid's Semana Santa,
    or Holy Week``), words the two forms share left out (``Valladolid's``)? Both are then used on purpose."""
    one, other = source.split(), english.split()
    while len(one) > 1 and len(other) > 1 and one[0] == other[0]:
        one, other = one[1:], other[1:]
    while len(one) > 1 and len(other) > 1 and one[-1] == other[-1]:
        one, other = one[:-1], other[:-1]
    first, second = " ".join(one), " ".join(other)
    for a, b in ((first, second), (second, first)):
        for start, end in spans(text, a):
            after = text.find(b, end, end + 40 + len(b))
            if after >= 0 and glossed(text, Occurrence(start, end, a), Occurrence(after, after + len(b), b)):
                return True
    return False


def spans(text: str, phrase: str) -> Iterator[tuple[int, int]]:
    """The spans of ``phrase`` in ``text``, left to right, none overlapping (as ``re.finditer`` finds them)."""
    start = text.find(phrase)
    while start >= 0:
        yield start, start + len(phrase)
        start = text.find(phrase, start + len(phrase))

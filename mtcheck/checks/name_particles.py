"""Names of name-variant that part on their small words: a surname's particles, a place's article.

Detectors of the ``name-variant`` check (``consistency.py``). Translators copy a surname's particles one way here
and another there (``van der Berg``, ``van den Berg``; ``Van den Broeck``, ``Vandenbroeck``), and keep a place's
source-language article once where the rest of the text drops it (``in El Ferrol``, ``in Ferrol``), or put
another language's article before it (``in Os Ancares``, ``in Los Ancares``): the same name, written two ways.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any, Collection, Iterator

from ..model import Severity
from .language_lexicon import load_lexicon
from .name_context import (
    LAST_LOWER_WORD, PLACE_BEFORE, attributive, inside_source_name, name_word_before, next_name, written_as_person,
)
from .name_evidence import two_people_alike
from .name_forms import Occurrence, overlaps
from .name_spelling import no_word
from .name_surnames import PARTICLE_NAME
from .name_verdict import Verdict, as_found, usual_form

#: a source-language article before a capitalised name of five letters or more (``El Ferrol``, ``Le Touquet``)
_ARTICLE_NAME = re.compile(r"\b(?:El|La|Le|Il|Lo|Los|Las|Les)[ \N{NO-BREAK SPACE}](?P<name>[A-Z][a-z\u00e0-\u00ff]{4,})\b")
#: any article, of any case, right before a position
_ARTICLE_BEFORE = re.compile(r"\b(?i:el|la|le|il|lo|los|las|les|l['\N{RIGHT SINGLE QUOTATION MARK}])[ \N{NO-BREAK SPACE}']?\Z")
#: a definite article that opens a place's name in the Romance languages (``Os Ancares`` in Galician and Portuguese,
#: ``Los Ancares`` in Spanish, ``Els Ports`` in Catalan), capitalised as English writes it inside a sentence, before a
#: capitalised name of four letters or more
_PLACE_ARTICLE_NAME = re.compile(r"\b(?P<article>El|La|Las|Los|Le|Les|Il|Lo|Els|Os|As|O|A)[ \N{NO-BREAK SPACE}]"
                                 r"(?P<name>[A-Z][a-z\u00e0-\u00ff]{3,})\b(?![-'\N{RIGHT SINGLE QUOTATION MARK}]\w)")
#: a number right after a name, as part of it (``France 2``, ``Canal 9``)
_NUMBER_AFTER = re.compile(r"[ \N{NO-BREAK SPACE}]\d")

#: a quantifier right before a word, which a place's name never takes and a product's does (``no Rioja``)
_QUANTIFIER_BEFORE = re.compile(r"\b(?i:no|any|some|more|much|less|an?|every|good|fine)[ \N{NO-BREAK SPACE}]\Z")


def _first_lower(form: str) -> str:
    """``form`` with its first letter in lower case: ``Van den Berg`` at a sentence's start is ``van den Berg``."""
    return form[:1].lower() + form[1:]


#: the word and the spaces right before a position
_WORD_BEFORE = re.compile(r"(\w+)[ \N{NO-BREAK SPACE}]+\Z")


def _source_head(text: str, start: int, lexicon: Any) -> str | None:
    """The lower-case word of a source language's lists, no English one, right before the particles at ``start``
    (``départemental`` of ``the Conseil départemental de la Savoie``), if any: the particles then join a place to
    the head of a longer source-language name, as a preposition and an article its grammar sets, and that head
    tells the name apart from another holding the same place (``the Combe de Savoie``) as a given name tells two
    people apart."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None or not before.group(1).islower():
        return None
    word = before.group(1)
    return word if lexicon.kinds(word) and not lexicon.is_english(word) else None


#: a capitalised word and the spaces right before a position
_NAME_BEFORE = re.compile(r"\b([A-Z][a-z\u00e0-\u00ff]+)[ \N{NO-BREAK SPACE}]+\Z")


def _name_before(text: str, start: int) -> str | None:
    """The capitalised word right before the particles at ``start``, which the match before took as its own
    surname where two names with particles follow each other (``Farina di Neccio della Garfagnana``): it heads
    this name as a given name does, and tells it apart from another with the same place (``Castiglione di
    Garfagnana``)."""
    before = _NAME_BEFORE.search(text, max(0, start - 40), start)
    return before.group(1) if before else None


def particle_variants(text: str, claimed: list[tuple[int, int]]) -> Iterator[Verdict]:
    """A surname written with two different particles (``van der Berg``, ``van den Berg``; ``Viana do
    Castelo``, ``Viana de Castelo``) or with its particles joined (``Van den Broeck``, ``Vandenbroeck``),
    unless the two come with given names of their own, or with heads of their own where the particles join a place
    to a longer name (``the Conseil départemental de la Savoie``, ``the Combe de Savoie``)."""
    lexicon = load_lexicon()
    # (start, end, particles, given name or None) by the surname after the particles
    by_surname: dict[str, list[tuple[int, int, str, str | None]]] = {}
    for match in PARTICLE_NAME.finditer(text):
        particles = " ".join(match.group("particles").lower().split())
        start = match.start("particles")
        head = match.group("given") or _name_before(text, start) or _source_head(text, start, lexicon)
        by_surname.setdefault(match.group("last"), []).append((start, match.end(), particles, head))
    for last, found in by_surname.items():
        forms = {text[s:e] for s, e, _, _ in found}
        particles = {p for _, _, p, _ in found}
        # the particles joined to the surname (``Vandenbroeck``) or, two of them, to each other alone (Flemish
        # ``Vanden Broeck``): one person's name written another way
        joined = [m for p in particles for m in re.finditer(
            rf"\b{re.escape(p.replace(' ', ''))}{'[ ]?' if ' ' in p else ''}{re.escape(last.lower())}\b",
            text, re.IGNORECASE)]
        if len(particles) < 2 and not joined:
            continue
        given = {g for _, _, _, g in found if g}
        if len(particles) >= 2 and len(given) >= 2 and all(
                len({g for _, _, q, g in found if q == p and g}) == 1 for p in particles):
            continue  # Pieter van den Berg and Anna van der Berg: two people (or two names of two things)
        occurrences = [o for o in [Occurrence(s, e, text[s:e]) for s, e, _, _ in found]
                       + [Occurrence(m.start(), m.end(), m.group()) for m in joined] if not overlaps(o, claimed)]
        if joined and two_people_alike(text, as_found(occurrences)):
            continue  # Lies Van Wesemael and Tom Vanwesemael, whom the article says are not related
        # the same particles in another case (Van den Berg at a sentence's start, van den Berg) are one form
        counts = Counter(_first_lower(o.form) for o in occurrences)
        if len(counts) < 2 or not forms:
            continue
        keep = usual_form(occurrences, counts, form_of=_first_lower)
        claimed.extend((o.start, o.end) for o in occurrences)
        yield Verdict([o for o in occurrences if _first_lower(o.form) != keep], counts, keep, keep, "particles",
                      Severity.WARNING, 0.6, "generic")


def article_variants(text: str, claimed: list[tuple[int, int]], known: Collection[str]) -> Iterator[Verdict]:
    """A place written once with a source-language article before it and otherwise without (``in El
    Ferrol`` beside ``in Ferrol``; ``Le Touquet``, ``Touquet``): the translator kept an old or a local
    form of the name, or dropped the article of one that takes it. Only a name that stands alone, as a
    place does (no given name, title or capitalised word beside it), in no language's word list and
    written without the article at least once after a preposition of place; a person's particle
    (``Marine Le Pen``) and a longer name (``La Liga Endesa``) are left alone, and so are two places that
    the table calls distinct (``La Palma``, ``Palma``)."""
    lexicon = load_lexicon()
    with_article: dict[str, list[Occurrence]] = {}
    for match in _ARTICLE_NAME.finditer(text):
        name = match.group("name")
        previous = LAST_LOWER_WORD.search(text, max(0, match.start() - 30), match.start())
        if previous is None or not lexicon.is_english(previous.group(1)):
            continue  # no English word before: a source-language quotation keeps it (``“La France a décidé…”``)
        if (name_word_before(text, match.start()) is not None or inside_source_name(text, match.start())
                or written_as_person(text, match.start(), lexicon) or next_name(text, match.end()) is not None
                or not no_word(name) or name in known or match.group() in known):
            continue
        with_article.setdefault(name, []).append(Occurrence(match.start(), match.end(), match.group()))
    for name, articled in with_article.items():
        bare = [Occurrence(m.start(), m.end(), name) for m in re.finditer(rf"\b{re.escape(name)}\b", text)
                if not _ARTICLE_BEFORE.search(text, max(0, m.start() - 5), m.start())]
        if any(name_word_before(text, o.start) is not None or next_name(text, o.end) is not None
               or _NUMBER_AFTER.match(text, o.end) or written_as_person(text, o.start, lexicon) for o in bare):
            continue  # a person's name (Rochelle Humes) or part of a longer one: not the place alone
        if any(_QUANTIFIER_BEFORE.search(text, max(0, o.start - 12), o.start) for o in bare):
            continue  # ``no Rioja``, ``more Champagne``: a product named after the region, not the place
        # a place, not a product's noun after it (``Sales of Rioja wine``)
        if not any(PLACE_BEFORE.search(text, max(0, o.start - 20), o.start) and not attributive(text, o.end)
                   for o in bare):
            continue
        occurrences = [o for o in articled + bare if not overlaps(o, claimed)]
        counts = Counter(o.form for o in occurrences)
        if len(counts) < 2 or sum(counts.values()) < 3:
            continue  # one of each: no usual form to keep
        keep = usual_form(occurrences, counts)
        if counts[keep] == min(counts.values()):
            continue  # as often with the article as without: no usual form to keep
        claimed.extend((o.start, o.end) for o in occurrences)
        yield Verdict(occurrences, counts, keep, keep, "articles", Severity.WARNING, 0.6, "generic")


def two_article_variants(text: str, claimed: list[tuple[int, int]], known: Collection[str]) -> Iterator[Verdict]:
    """A place written after two different articles (``in Os Ancares``, twice, and ``in Los Ancares``, once): the
    translator kept the local language's article in one sentence and put another language's in the next (the
    Galician and the Spanish, the Catalan and the Spanish), or a slip changed it. Only an article and a name that
    follow a lower-case English word in a sentence (never a source-language quotation, ``“La France…``) and stand
    alone, as a place does (no capitalised word beside them, no given name or title before, in no longer
    source-language name), a name in no English word list nor the table, and a spelling the article writes more
    often than the other: one of each leaves no usual form to keep."""
    lexicon = load_lexicon()
    by_name: dict[str, list[Occurrence]] = {}
    for match in _PLACE_ARTICLE_NAME.finditer(text):
        name, start = match.group("name"), match.start()
        previous = LAST_LOWER_WORD.search(text, max(0, start - 30), start)
        if previous is None or not lexicon.is_english(previous.group(1)):
            continue  # no English word before: a sentence's first words, or a source-language quotation
        if (lexicon.is_english(name) or name in known or match.group() in known
                or inside_source_name(text, start) or written_as_person(text, start, lexicon)
                or next_name(text, match.end()) is not None or _NUMBER_AFTER.match(text, match.end())):
            continue  # an English word (``A Spanish``), a table name, a person's particle or a longer name's word
        occurrence = Occurrence(start, match.end(), match.group())
        if not overlaps(occurrence, claimed):
            by_name.setdefault(name, []).append(occurrence)
    for occurrences in by_name.values():
        counts = Counter(o.form for o in occurrences)
        if len({form.split()[0].lower() for form in counts}) < 2 or sum(counts.values()) < 3:
            continue  # one article, or one occurrence of each: no usual form to keep
        keep = usual_form(occurrences, counts)
        if sorted(counts.values())[-2] == counts[keep]:
            continue  # two articles as often as each other: no usual form to keep
        claimed.extend((o.start, o.end) for o in occurrences)
        yield Verdict(occurrences, counts, keep, keep, "two-articles", Severity.WARNING, 0.6, "generic")


#: a given name and two surnames with or without the particle Portuguese and Spanish put between them (``Carlos
#: Marques Fonseca``, ``Carlos Marques da Fonseca``), read from every capitalised word (a lookahead, so that a role
#: before the given name does not swallow it)
_TWO_SURNAMES = re.compile(r"\b(?=(?P<given>[A-Z][a-z\u00e0-\u00ff]+)[ \N{NO-BREAK SPACE}]"
                           r"(?P<first>[A-Z][a-z\u00e0-\u00ff]{2,})"
                           r"(?P<particle>[ \N{NO-BREAK SPACE}](?:da|de|do|das|dos|del))?[ \N{NO-BREAK SPACE}]"
                           r"(?P<second>[A-Z][a-z\u00e0-\u00ff]{2,})\b(?![ \N{NO-BREAK SPACE}]*[A-Z-]))")


def inserted_particle_variants(text: str, claimed: list[tuple[int, int]]) -> Iterator[Verdict]:
    """A person's two surnames written with the particle between them once and without it elsewhere, after the same
    given name (``Carlos Marques Fonseca``, ``Carlos Marques da Fonseca``): Portuguese and Spanish names take the
    particle or drop it at will, and a translation keeps it in one sentence and drops it in the next. The given
    name, of no language's word lists, marks one person; an article that says two people have names alike is left
    alone."""
    lexicon = load_lexicon()
    # (start, end, with the particle) of each pair of surnames, by the given name and the two surnames
    by_name: dict[tuple[str, str, str], list[tuple[int, int, bool]]] = {}
    for match in _TWO_SURNAMES.finditer(text):
        given, first, second = match.group("given", "first", "second")
        if not all(no_word(word) for word in (given, first, second)):
            continue  # a role or a sentence's first word (``Mayor``), or a surname English has: no one person
        by_name.setdefault((given, first, second), []).append(
            (match.start("first"), match.end("second"), match.group("particle") is not None))
    for found in by_name.values():
        if len({particle for _, _, particle in found}) < 2:
            continue
        occurrences = [o for o in (Occurrence(s, e, text[s:e]) for s, e, _ in found) if not overlaps(o, claimed)]
        counts = Counter(o.form for o in occurrences)
        if len(counts) < 2 or two_people_alike(text, as_found(occurrences)):
            continue
        keep = usual_form(occurrences, counts)
        claimed.extend((o.start, o.end) for o in occurrences)
        yield Verdict([o for o in occurrences if o.form != keep], counts, keep, keep, "particles",
                      Severity.WARNING, 0.6, "generic")

"""The variant table's groups in one document: where each form of a group stands, and which one to keep.

A detector of the ``name-variant`` check (``consistency.py``). ``name_table.py`` reads the groups of
``corpora/name_variants.tsv`` (``Kyiv | Kiev``, ``Le Parisien | The Parisian``, ``U.S. | US``); this module finds
their forms in a document, leaves out the occurrences written so on purpose (inside a source-language name, a
gloss, a translated quotation, a name given as another language's) and keeps the form the document mostly uses,
the preferred one where it must (a translated newspaper name, a source-language exonym).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterator, Sequence

from ..model import Severity
from .language_lexicon import load_lexicon
from .name_context import (
    SENTENCE_START_BEFORE, end_of_explained_name, hyphenated, in_translated_quotation, inside_source_name,
    name_word_before, shouting,
)
from .name_glosses import named_as_original, spans
from .name_forms import Layout, Occurrence, glossed, may_hold, stands_alone
from .name_table import VariantGroup, groups_by_word, load_groups
from .name_verdict import Verdict, usual_form


def table_variants(lay: Layout, english: frozenset[str], claimed: list[tuple[int, int]], style: str,
                   styles: bool) -> Iterator[Verdict]:
    """A verdict for each table group the document writes in two forms or more (``style`` is the English style,
    ``us`` or ``uk``; ``styles`` whether style groups count at all); every group with two forms in the document
    adds their occurrences to ``claimed``, which the generic detectors then leave."""
    lowered = lay.text.lower()
    groups, index = load_groups(), groups_by_word()
    # the groups with the longest run of a form among the document's words, in table order: most never appear
    for number in sorted({number for word in index.keys() & lay.vocabulary for number in index[word]}):
        group = groups[number]
        if group.kind in ("distinct", "given-name") or (group.kind == "style" and not styles):
            continue  # the given names are paired before one surname only (``given_name_variants``)
        occurrences = _occurrences(lay, lowered, group, english)
        if len({o.form for o in occurrences}) > 1:  # a lone form (The Press) is free for the generic detectors
            claimed.extend((o.start, o.end) for o in occurrences)
        verdict = _group_verdict(occurrences, group, style)
        if verdict is not None:
            yield verdict


def _occurrences(lay: Layout, lowered: str, group: VariantGroup, english: frozenset[str]) -> list[Occurrence]:
    """Every counted occurrence of the group's forms (``lowered`` is the text in lower case)."""
    text = lay.text
    found: list[Occurrence] = []
    fixed: list[tuple[int, int]] = []
    for form, pattern, spellings in zip(group.forms, group.patterns, group.words):
        if not may_hold(lay.vocabulary, spellings):
            continue  # cheap filter: most forms never appear
        if group.fixed and not fixed:
            fixed = [span for phrase in group.fixed for span in spans(lowered, phrase)]
        translation = group.kind == "translated-name" and form != group.preferred
        common = english.__contains__(form.split()[-1].lower())
        for match in pattern.finditer(text):
            if any(a <= match.start() < b for a, b in fixed):
                continue
            if group.kind != "style" and inside_source_name(text, match.start()):
                continue  # Université libre de Bruxelles, KAA Gent: a source-language name keeps its spelling
            if group.kind != "style" and hyphenated(text, match.start(), match.end()):
                continue  # Louvain-la-Neuve, Rhein-Neckar: part of another place's hyphenated name
            if group.kind == "exonym" and _ends_local_body_name(text, match.start()):
                continue  # Unizo Gent, Visit Gent: a local body named after its city keeps the city's own name
            if group.kind == "exonym" and _opens_source_name(text, match.end()):
                continue  # Bretagne Vivante, Bretagne Télécom: a body named in the source language keeps its word
            if translation and not stands_alone(lay, match.start(), match.end(), form, common):
                continue
            if group.kind == "style" and shouting(text, match.start()):
                continue
            found.append(Occurrence(match.start(), match.end(), form))
    # a name given as the other language's on purpose: ``Leuven, known in French as Louvain``
    found = [o for o in found if not named_as_original(text, o)]
    # or inside a source-language quotation the writer translates (``“Firenze non si vende”, which means…``), or
    # ending a body's name that the place's English name for it follows (``…Antwerpen, the city's Royal Museum…``)
    found = [o for o in found if not in_translated_quotation(text, o) and not end_of_explained_name(text, o)]
    # a shorter form inside a longer one of the group is part of it (Biel in Biel/Bienne)
    found = [o for o in found if not any(p.start <= o.start and o.end <= p.end and p != o for p in found)]
    if group.kind == "translated-name" and any(
            glossed(text, a, b) for a in found for b in found if a.form == group.preferred != b.form):
        return []  # the translation is given on purpose, as a gloss: Le Monde (The World)
    if group.kind != "style":
        # Kortrijk (Courtrai), Tournai (Doornik): the other name given beside on purpose, not a slip
        glosses = {b for a in found for b in found if a.form != b.form and a.start < b.start and glossed(text, a, b)}
        found = [o for o in found if o not in glosses]
    return found


#: a broadcaster's name and its channel's number right before a place (``France 3 Bretagne``, ``Rai 3 Veneto``)
_CHANNEL_BEFORE = re.compile(r"[A-Z][\w-]*[ \N{NO-BREAK SPACE}]\d{1,2}[ \N{NO-BREAK SPACE}]\Z")
#: the word that opens a tourist board's name before its place (``Visit Flanders``, ``Visit Gent``)
_TOURIST_BOARD = "Visit"


def _ends_local_body_name(text: str, start: int) -> bool:
    """Does the place's name at ``start`` end the name of a local body or branch that writes it in its own language:
    after a capitalised word English lacks (``Unizo Gent``, ``Stad Gent``, ``Universiteit Gent``: an organisation's
    branch, the city's own services, a university), or after a tourist board's ``Visit`` inside a sentence (``Visit
    Gent``)? English keeps such a name whole, beside the place's English name; an English word before the place
    (``Hotels In Gent``, ``On Monday Gent``) makes no such name."""
    if _CHANNEL_BEFORE.search(text, max(0, start - 40), start):
        return True  # France 3 Bretagne, Rai 3 Veneto: a broadcaster's regional channel
    before = name_word_before(text, start)
    if before is None:
        return False
    word = before.group(1)
    if word == _TOURIST_BOARD:
        return SENTENCE_START_BEFORE.search(text, max(0, before.start() - 4), before.start()) is None
    return not load_lexicon().is_english(word)


#: a capitalised word right after a name, one space between (``Vivante`` of ``Bretagne Vivante``)
_CAPITALISED_AFTER = re.compile(r"[ \N{NO-BREAK SPACE}]([A-Z\u00c0-\u00de][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*)")


def _opens_source_name(text: str, end: int) -> bool:
    """Does the place's name ending at ``end`` open a longer name in its own language, a capitalised word that
    English lacks right after it (``the association Bretagne Vivante``, ``Bretagne Télécom``)? Such a body's name
    keeps its words whatever English calls the region; an English word after it (``Bretagne Region``) makes no
    source-language name, and the source form there is a slip."""
    after = _CAPITALISED_AFTER.match(text, end)
    return after is not None and not load_lexicon().is_english(after.group(1))


def _group_verdict(occurrences: Sequence[Occurrence], group: VariantGroup, style: str) -> Verdict | None:
    """The verdict on one table group: every occurrence of a form other than the one kept; none for one form."""
    counts = Counter(o.form for o in occurrences)
    if len(counts) < 2:
        return None
    preferred = group.preferred_in(style)
    # a translated title is the slip however often it is used: the original name stays
    keep = preferred if group.kind == "translated-name" and preferred in counts else usual_form(
        occurrences, counts, preferred)
    if keep in load_lexicon().exonyms and preferred in counts:
        keep = preferred  # a source-language spelling (Pékin) is never the one to keep, however often used
    severity = Severity.INFO if group.kind == "style" else Severity.WARNING
    return Verdict(occurrences, counts, keep, preferred, group.kind, severity, 0.9, "table")

"""Names of name-variant written with and without accents, hyphens or spaces, and which spelling to keep.

Detectors of the ``name-variant`` check (``consistency.py``). ``name_spelling_groups.py`` finds one name written
two ways that differ only in accents or separators (``Société Générale``, ``Societe Generale``; ``Paris Saint
Germain``, ``Paris Saint-Germain``); this module sets aside the pairs that are two things or written so on purpose (a
person and a place, two people the article says are not related, a title and its translation, a district's
source-language name, a quotation the writer translates), keeps the spelling the article mentions most, and
judges how grave the slip is. It also sets the last part of a hyphenated name (``the Pierre-Dumézil library``)
against the same word alone, accents dropped or added (``the Dumezil library``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Collection, Iterator

from ..model import Severity
from .language_lexicon import load_lexicon
from .name_context import (
    AFTER_A_PLACE, LOWER_AFTER, TITLES, in_translated_quotation, name_word_before, written_as_person,
)
from .name_evidence import two_people_alike
from .name_forms import Layout, Occurrence, glossed, has_accent, overlaps, unaccented
from .name_place_evidence import accent_kept_in_source_name, person_and_named_place, person_and_place
from .name_spelling_groups import spelling_variants
from .name_verdict import Verdict, as_found, usual_form

#: shortest last part of a hyphenated name compared, accents aside, with the same word alone (``Dumézil``)
COMPOUND_PART_LETTERS = 5

#: a title and the space after it at a form's start (``Mr Van Damme``)
_TITLED = re.compile(rf"{TITLES}[ \N{{NO-BREAK SPACE}}]+(?=[A-Z])")
#: a title right before a position (``Mr `` of ``Mr Aranbúru``)
_TITLE_BEFORE = re.compile(rf"\b{TITLES}[ \N{{NO-BREAK SPACE}}]+\Z")


def accent_and_hyphen_variants(lay: Layout, min_length: int, claimed: list[tuple[int, int]],
                               known: Collection[str]) -> Iterator[Verdict]:
    """A verdict for each name written with and without its accents, hyphens or spaces (names of ``min_length``
    letters or more that the table does not ``know``), outside ``claimed``, which each verdict extends."""
    text = lay.text
    for found in spelling_variants(lay, min_length, claimed, known):
        if found.kind == "hyphenation" and person_and_place(text, found.occurrences):
            continue  # Lucía Santamaría and the Santa María district: a person and a place
        if found.kind == "hyphenation" and person_and_named_place(text, found.occurrences):
            continue  # the Route Jacques Cœur and the Palais Jacques-Cœur: the person, and a place named after them
        if found.kind == "hyphenation" and two_people_alike(text, as_found(found.occurrences)):
            continue  # Lies Van Wesemael and Tom Vanwesemael, whom the article says are not related
        if len(found.occurrences) == 2 and glossed(text, *found.occurrences):
            continue  # “Napoléon le Petit” (“Napoleon the Little”): a title and its translation
        if found.kind == "accents" and accent_kept_in_source_name(text, found.occurrences):
            continue  # the Bajo Aragón, a district's Spanish name, beside Aragon, the region's English one
        outside = tuple(o for o in found.occurrences if not in_translated_quotation(text, o))
        if len({o.form for o in outside}) < 2:
            continue  # “Córdoba, lejana y sola”, translated “Cordoba, far away…”: the quotation keeps its accent
        # a translated quotation keeps its spelling whatever the rest does: only the other mentions are judged
        found = replace(found, occurrences=outside)
        claimed.extend((o.start, o.end) for o in found.occurrences)
        keep = _most_mentioned(text, found.counts, found.kept)
        # dropped accents of a name the document mostly accents are a slip; Montreal with one Montréal is
        # English; but a person's name the article writes one way elsewhere (Miren Arbizu, Ms Arbizu) is
        # misspelt whichever way the odd title-led form parts from it
        slip = found.kind == "hyphenation" or (found.kind == "accents" and (
            has_accent(keep)
            or any(_titled(text, o.start, o.form) for o in found.occurrences if o.form != keep)))
        yield Verdict(found.occurrences, found.counts, keep, keep, found.kind,
                      Severity.WARNING if slip else Severity.INFO, 0.7, "generic")


def _titled(text: str, start: int, form: str) -> bool:
    """Is the name ``form``, at ``start`` in ``text``, a surname after a title: opening with one (``Mr Van
    Damme``), or one word right after one (``Mr Aranbúru``), not a full name (``Mayor Aurélie Ménard``)?"""
    return _TITLED.match(form) is not None or (
        " " not in form and _TITLE_BEFORE.search(text, max(0, start - 20), start) is not None)


def _most_mentioned(text: str, counts: Counter[str], kept: str) -> str:
    """The spelling the article uses most for a name, counting every mention of its words without a
    title, inside longer names too (``Olivier Vandamme``, ``Vandamme Textiles``, then ``Mr Vandamme`` once
    and ``Mr Van Damme`` once): a careful editor keeps the spelling the person or body is introduced with
    and mostly written in, not the one the titled forms alone tie on. On a tie the spelling written without a
    title more often wins (``Tomás Aranburu``, then ``Mr Aranbúru``: the introduction's), then the one whose
    own words the article writes more often alone too (``Pablo Larrosa`` and ``Pablo Larrosá`` once each, but
    ``Larrosa said`` once more: the surname's usual spelling; only between spellings of as many words, which
    part word for word), then ``kept``."""
    def count(words: str) -> int:
        return len(re.findall(rf"(?<![\w-]){re.escape(words)}(?![\w-])", text))

    bares = {form: _TITLED.sub("", form, count=1) for form in counts}
    aligned = len({len(bare.split()) for bare in bares.values()}) == 1
    shared = set.intersection(*(set(bare.split()) for bare in bares.values()))

    def mentions(form: str) -> tuple[int, int, int]:
        bare = bares[form]
        found = list(re.finditer(rf"(?<![\w-]){re.escape(bare)}(?![\w-])", text))
        untitled = sum(not _titled(text, m.start(), bare) for m in found)
        alone = sum(count(word) for word in bare.split() if word not in shared) if aligned else 0
        return len(found), untitled, alone

    tally = {form: mentions(form) for form in counts}
    return max(counts, key=lambda f: (tally[f], f == kept))


def compound_part_accents(lay: Layout, claimed: list[tuple[int, int]], known: Collection[str]) -> Iterator[Verdict]:
    """The last part of a hyphenated name (``the Pierre-Dumézil library``) written alone elsewhere with its
    accents dropped or added (``the Dumezil library``), which the accent detector, comparing whole words, never
    sets side by side: French names a street, a school or a museum after a person with the given name joined
    by a hyphen, and English shortens it to the surname. The given names before the surname must be no English
    words (``Saint-Étienne``, ``Hydro-Québec`` name a town and a company, and English writes the place
    ``Quebec``), the lone word must stand alone, as a name does (no capitalised word before or after it, no
    given name or title, not at a sentence's start nor in the title), both must name the same kind of thing,
    the same noun after each (``library``), and neither spelling be written in lower case; a hyphenated name
    before another name (``Jean-René Dumas``) is a person's given names, left alone."""
    text = lay.text
    lexicon = load_lexicon()
    lowercase = lay.lowercase
    parts: dict[str, list[Occurrence]] = {}
    lone: dict[str, list[Occurrence]] = {}
    nouns: dict[Occurrence, str] = {}  # the noun each names (``the Dumézil library``)
    for start, name_end in zip(lay.starts, lay.name_ends):
        form = text[start:name_end]
        if not form[:1].isupper() or lay.in_title(start) or lay.title_case_line(start) or form in known:
            continue
        pieces = form.split("-")
        last = pieces[-1]
        noun = LOWER_AFTER.match(text, name_end)
        if len(last) < COMPOUND_PART_LETTERS or not last.isalpha() or last.lower() in lowercase \
                or noun is None or noun.group(1) in AFTER_A_PLACE or noun.group(1).endswith("ed"):
            continue
        key = unaccented(last).lower()
        if len(pieces) > 1:
            if all(piece[:1].isupper() and piece.isalpha() and not lexicon.is_english(piece) for piece in pieces[:-1]):
                occurrence = Occurrence(name_end - len(last), name_end, last)
                parts.setdefault(key, []).append(occurrence)
                nouns[occurrence] = noun.group(1)
        elif start not in lay.initial and name_word_before(text, start) is None \
                and not written_as_person(text, start, lexicon):
            occurrence = Occurrence(start, name_end, form)
            lone.setdefault(key, []).append(occurrence)
            nouns[occurrence] = noun.group(1)
    for key in sorted(parts.keys() & lone.keys()):
        named = {nouns[o] for o in parts[key]}
        lone[key] = [o for o in lone[key] if nouns[o] in named]
        occurrences = sorted((o for o in parts[key] + lone[key] if not overlaps(o, claimed)), key=lambda o: o.start)
        forms = {o.form for o in occurrences}
        if len(forms) != 2 or not any(has_accent(form) for form in forms) \
                or {o.form for o in occurrences if o in lone[key]} == forms:
            continue  # one spelling, or both only alone: the accent detector's
        # the occurrences above decide that the name is one; the evidence and the spelling kept count every
        # occurrence of both spellings, a sentence's first word or a person's surname too (``Dumezil ×2``)
        pattern = "|".join(re.escape(form) for form in sorted(forms))
        occurrences = [o for o in (Occurrence(m.start(), m.end(), m.group())
                                   for m in re.finditer(rf"(?<!\w)(?:{pattern})(?!\w)", text))
                       if not overlaps(o, claimed)]
        counts = Counter(o.form for o in occurrences)
        # the most used spelling; on a tie the accented one, as a French name is written, then the earliest
        accented = next((form for form in sorted(forms) if has_accent(form)), "")
        keep = usual_form(occurrences, counts, accented)
        claimed.extend((o.start, o.end) for o in occurrences)
        yield Verdict(occurrences, counts, keep, keep, "accents",
                      Severity.WARNING if has_accent(keep) else Severity.INFO, 0.7, "generic")

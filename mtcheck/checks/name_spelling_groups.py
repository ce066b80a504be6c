"""Names written with and without accents, hyphens or spaces: a finder of the ``name-variant`` check.

``Société Générale`` beside ``Societe Generale``, ``Kim Jong-un`` beside ``Kim Jong Un``, ``Hongkong`` beside
``Hong Kong``: the capitalised phrases of a document (read from its ``Layout``, ``name_forms.py``) that meet under
one spelling key once accents and separators are dropped are grouped here, with the spelling to keep;
``name_accents.py`` judges the groups.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Collection, Iterator, Sequence

from .name_forms import (
    APOSTROPHES, TOKEN, UMLAUTS, Layout, Occurrence, has_accent, overlaps, surface, unaccented,
)

#: separators that spellings of one name add or drop (``Kim Jong-un``, ``Kim Jong Un``, ``Hongkong``)
_SEPARATORS = re.compile(r"[\s\-'\N{RIGHT SINGLE QUOTATION MARK}\N{NO-BREAK SPACE}]")
#: the longest phrase (in words) compared as one name
MAX_PHRASE = 4
#: first parts of hyphenated compounds of proper adjectives and compass points (``Pan-American``,
#: ``Sino-Soviet``, ``South-East Asia``), hyphenated or not by house style
_COMBINING_FORMS = frozenset("afro anglo austro euro franco greco indo italo judeo russo sino pan trans mid non "
                             "anti pro post pre ex neo north south east west".split())
#: endings of demonyms that close such a compound (``African-American``, ``Anglo-Irish``)
_DEMONYM_END = re.compile(r"(?:ans?|ese|ish)\Z")


@lru_cache(maxsize=8192)
def spelling_keys(form: str) -> frozenset[str]:
    """Keys under which spellings that differ only in accents or separators meet.

    ``Société Générale`` and ``Societe Generale`` share ``societegenerale``;
    ``Paris Saint-Germain`` and ``Paris Saint Germain`` share ``parissaintgermain``;
    German umlauts are also tried as ``ae oe ue`` (``Müller``, ``Mueller``).
    """
    lowered = _SEPARATORS.sub("", form.lower())
    if lowered.isascii():
        return frozenset((lowered,))
    return frozenset((unaccented(lowered), unaccented(lowered.translate(UMLAUTS))))


def capitalised_names(lay: Layout) -> Iterator[tuple[int, int]]:
    """Spans of phrases of one to ``MAX_PHRASE`` capitalised words that may be whole names.

    A phrase is left out when a capitalised word follows it in its run: ``Crédit``
    in ``Crédit Agricole`` is not a name of its own, so it is not compared with
    ``Credit``. Words before it are allowed (given names and titles: ``President
    Recep Tayyip Erdoğan``), and so are an acronym after it (``Nestlé SA``) and
    any neighbour on a Title Case line, where capitals say nothing.
    """
    starts, ends, capitals, words = lay.starts, lay.name_ends, lay.capitals, lay.words
    for first, stop in lay.runs:
        for i in range(first, stop):
            if not capitals[i]:
                continue
            for j in range(i, min(stop, i + MAX_PHRASE)):
                if not capitals[j]:
                    break  # every longer phrase from this word has a lower-case word too
                if j + 1 < stop and capitals[j + 1] and not words[j + 1].isupper() \
                        and not lay.title_case_line(starts[i]):
                    continue
                yield starts[i], ends[j]


def name_heads(lay: Layout) -> Iterator[tuple[int, int]]:
    """Spans of phrases of two to ``MAX_PHRASE - 1`` capitalised words that a capitalised word follows in
    their run: the given name and first surname of a longer name (``Rosario Menéndez`` in ``Rosario Menéndez
    Llano``), which :func:`capitalised_names` leaves out. None on a Title Case line, where capitals say nothing."""
    starts, ends, capitals, words = lay.starts, lay.name_ends, lay.capitals, lay.words
    for first, stop in lay.runs:
        for i in range(first, stop):
            if not capitals[i] or lay.title_case_line(starts[i]):
                continue
            for j in range(i + 1, min(stop - 1, i + MAX_PHRASE - 1)):
                if not capitals[j] or not capitals[j + 1]:
                    break  # a lower-case word ends the name; one after it is no longer this name's
                if not words[j + 1].isupper():
                    yield starts[i], ends[j]


def _lower_phrases(lay: Layout) -> Iterator[str]:
    """Every phrase of one to ``MAX_PHRASE`` words of a run that is all in lower case."""
    text, starts, ends, capitals = lay.text, lay.starts, lay.name_ends, lay.capitals
    for first, stop in lay.runs:
        for i in range(first, stop):
            for j in range(i, min(stop, i + MAX_PHRASE)):
                if capitals[j]:
                    break  # a capital makes this phrase and every longer one not lower case
                form = text[starts[i]:ends[j]]
                if form.islower():
                    yield form


@dataclass(frozen=True)
class SpellingGroup:
    """Occurrences of one name written in several ways that differ only in accents or separators."""

    occurrences: tuple[Occurrence, ...]
    kept: str
    kind: str

    @property
    def counts(self) -> Counter[str]:
        return Counter(o.form for o in self.occurrences)


def spelling_variants(lay: Layout, min_length: int, claimed: Collection[tuple[int, int]],
                      table_forms: Collection[str]) -> Iterator[SpellingGroup]:
    """Names written two ways that differ only in accents, hyphens, spaces or apostrophes.

    A group is reported only when the words look like a name: some form is
    capitalised where a sentence does not start and on a line that is not a
    Title Case headline, or carries an accent English words lack; and no
    spelling of it appears in lowercase (``Co-operation`` beside
    ``Cooperation`` is a common word). Longer phrases are judged first, so
    ``Paris Saint Germain`` is reported as one span, not as ``Saint Germain``.
    """
    text = lay.text
    # (start, end, form): an Occurrence is only made for the few keys with two spellings
    by_key: dict[str, list[tuple[int, int, str]]] = {}
    keys: dict[str, list[str]] = {}  # names recur: their keys are worked out once
    for start, end in capitalised_names(lay):
        form = text[start:end]
        if form.isupper():
            continue  # an acronym (``USA``): the style check's business
        found = keys.get(form)
        if found is None:
            # a name one letter shorter still counts when only an accent sets its spellings apart (Jaén, Jaen)
            found = keys[form] = [key for key in spelling_keys(form) if len(key) >= min_length - 1]
        for key in found:
            by_key.setdefault(key, []).append((start, end, form))
    # the head of a longer name joins a whole name whose accents alone it lacks or adds (``Rosario Menéndez
    # Llano``, later ``Rosario Menendez``): one person's name; a head that no whole name matches stays out
    whole = {key: {surface(unaccented(form)) for _, _, form in found} for key, found in by_key.items()}
    for start, end in name_heads(lay):
        form = text[start:end]
        for key in spelling_keys(form):
            if surface(unaccented(form)) in whole.get(key, ()):
                by_key[key].append((start, end, form))
    candidates = {key: [Occurrence(*o) for o in found] for key, found in by_key.items()
                  if len(found) > 1 and len({surface(form) for _, _, form in found}) > 1}
    if not candidates:
        return
    # keys of lowercase phrases, worked out only for phrases as long as a candidate (most are not)
    lengths = {len(key) for key in candidates}
    lowercase = {key for form in _lower_phrases(lay) if len(_SEPARATORS.sub("", form)) in lengths
                 for key in spelling_keys(form)}
    taken: list[tuple[int, int]] = list(claimed)
    for key in sorted(candidates, key=lambda k: (-len(k), k)):
        occurrences = sorted(set(candidates[key]), key=lambda o: o.start)
        if key in lowercase:
            continue
        if any(o.form in table_forms for o in occurrences):
            continue  # the table judges its own names and their styles (Kim Jong-un, U.S.)
        if not any(_named(lay, o) for o in occurrences):
            continue
        fresh = tuple(o for o in occurrences if not overlaps(o, taken))
        if len({surface(o.form) for o in fresh}) < 2:
            continue
        accents = len({surface(unaccented(o.form)) for o in fresh}) == 1
        if not accents and len(key) < min_length:
            continue
        taken.extend((o.start, o.end) for o in fresh)
        if accents:
            kind = "accents"
        else:  # a compound of proper adjectives is hyphenated or not by house style, not a name variant
            kind = "style" if any(_compound(o.form) for o in fresh) else "hyphenation"
        yield SpellingGroup(fresh, _kept(lay, fresh), kind)


def _compound(form: str) -> bool:
    """True when ``form`` holds a hyphenated compound of proper adjectives (``African-American``)."""
    for word in TOKEN.findall(form):
        parts = word.lower().split("-")
        if len(parts) < 2:
            continue
        if parts[0] in _COMBINING_FORMS or (len(parts[-1]) >= 5 and _DEMONYM_END.search(parts[-1])):
            return True
    return False


def _named(lay: Layout, occurrence: Occurrence) -> bool:
    """True when this occurrence's capitals or accents show a name, not a sentence start or a headline."""
    if has_accent(occurrence.form):
        return True
    if lay.title_case_line(occurrence.start):
        return False
    parts = re.split(rf"[\s\-{APOSTROPHES}]+", occurrence.form)
    capitals = sum(part[:1].isupper() for part in parts)
    return capitals >= 2 or (occurrence.start not in lay.initial and not lay.in_title(occurrence.start))


def _kept(lay: Layout, occurrences: Sequence[Occurrence]) -> str:
    """The form to keep: the most frequent; on a tie one of the body, then the first there (``the Riscos de
    Bilibio``, later ``the Riscos de Bilibío``; ``the Schlossplatz``, later ``the Schloßplatz``): an article
    introduces a name as its writer spells it, and a slip respells a later mention, accents added or dropped."""
    counts = Counter(o.form for o in occurrences)
    first = {}
    for o in occurrences:
        first.setdefault(o.form, o.start)
    in_body = {o.form for o in occurrences if not lay.in_title(o.start)}
    return max(counts, key=lambda f: (counts[f], f in in_body, -first[f]))

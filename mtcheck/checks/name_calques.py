"""Names of newspapers, companies and banks kept in the original and translated word by word.

A helper of the ``name-variant`` check (``consistency.py``). A machine
translation renders ``Deutsche Bank`` as ``German Bank`` in one sentence and
keeps it in the next; ``Le Monde`` becomes ``The World``. The detector finds
foreign names in the document (a capitalised phrase that starts with a foreign
article, ``Le``/``Der``/``El``/``Il``..., or holds a word of
``corpora/name_glossary.tsv`` that is not English), renders each word by word
with the glossary (in the source order and, for French, Spanish, Italian and
Portuguese, in English order as well: ``Crédit Agricole`` gives
``Agricultural Credit``), and looks for the rendering, capitalised as a name,
elsewhere in the same document.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Callable, Iterator, Sequence

from .name_forms import (
    APOSTROPHES, Layout, Occurrence, glossed, may_hold, overlaps, run_spellings, stands_alone, surface, unaccented,
)

GLOSSARY = "name_glossary.tsv"
ROLES = ("article", "particle", "word")
ROMANCE = frozenset({"fr", "es", "it", "pt"})
#: the most renderings of one name tried (a name of four words with three renderings each)
MAX_RENDERINGS = 64
#: the most words a foreign name has (``Le Journal du Dimanche``, ``Corriere della Sera``)
MAX_WORDS = 6
_APOSTROPHE_CHARS = frozenset(APOSTROPHES)
_ELISION = re.compile(rf"([LlDd])[{APOSTROPHES}](?=\w)")
_GAP = r"[ \t\N{NO-BREAK SPACE}]+"


class GlossaryError(ValueError):
    """``corpora/name_glossary.tsv`` has a row that cannot be used."""


@dataclass(frozen=True)
class GlossWord:
    """One word of the glossary: its role in a name and its English renderings."""

    role: str
    english: tuple[str, ...]
    languages: frozenset[str]


@lru_cache(maxsize=2)
def load_glossary(resource: str = GLOSSARY) -> dict[str, GlossWord]:
    """The glossary of ``mtcheck.corpora/<resource>``, by lower-case word, loaded once."""
    text = resources.files("mtcheck.corpora").joinpath(resource).read_text("utf-8")
    data = "".join(line for line in io.StringIO(text) if not line.startswith("#"))
    glossary: dict[str, GlossWord] = {}
    for number, row in enumerate(csv.DictReader(io.StringIO(data), delimiter="\t", quoting=csv.QUOTE_NONE), 2):
        where = f"corpora/{resource} row {number} ({row['word']})"
        if row["role"] not in ROLES:
            raise GlossaryError(f"{where}: unknown role {row['role']!r}; use one of: {', '.join(ROLES)}")
        english = tuple(e.strip() for e in row["english"].split("|") if e.strip())
        if not english or row["word"] != row["word"].lower() or row["word"] in glossary:
            raise GlossaryError(f"{where}: give each lower-case word once, with at least one English rendering")
        languages = frozenset(code.strip() for code in row["languages"].split(",") if code.strip())
        glossary[row["word"]] = GlossWord(row["role"], english, languages)
    return glossary


@dataclass(frozen=True)
class Piece:
    """A word of a run, with an elided article or particle split off (``L'Équipe``: ``L``, ``Équipe``)."""

    start: int
    end: int
    word: str


@dataclass(frozen=True)
class Calque:
    """A word-by-word translation of a foreign name found in the document."""

    source: str
    sources: tuple[Occurrence, ...]
    translations: tuple[Occurrence, ...]


def calques(lay: Layout, is_english: Callable[[str], bool]) -> Iterator[Calque]:
    """Translations of the document's foreign names that the same document also uses.

    ``is_english`` says whether a lower-case word is ordinary English (it tells a
    foreign name from an English one, and a noun from a proper adjective).
    Translations given as a gloss beside the name (``Le Monde (The World)``)
    make the document's usage deliberate: that name is skipped.
    """
    glossary = load_glossary()
    text = lay.text
    sources: dict[str, list[Occurrence]] = {}
    for pieces in _foreign_names(lay, glossary, is_english):
        form = text[pieces[0].start:pieces[-1].end]
        sources.setdefault(form, []).append(Occurrence(pieces[0].start, pieces[-1].end, form))
    spans = [(o.start, o.end) for found in sources.values() for o in found]
    seen: set[str] = set()
    for form, occurrences in sources.items():
        found: dict[tuple[int, int], Occurrence] = {}
        for rendering in _renderings(form, glossary):
            if rendering in seen:
                continue
            seen.add(rendering)
            if not may_hold(lay.vocabulary, _rendering_words(rendering)):
                continue  # a word of it is missing from the text: no need to search
            common = is_english(rendering.split()[-1].lower())
            for match in _rendering_pattern(rendering).finditer(text):
                occurrence = Occurrence(match.start(), match.end(), rendering)
                if overlaps(occurrence, spans) or not stands_alone(lay, *match.span(), rendering, common):
                    continue
                found.setdefault(match.span(), occurrence)
        translations = tuple(sorted(found.values(), key=lambda o: o.start))
        if translations and not any(glossed(text, s, t) for s in occurrences for t in translations):
            yield Calque(form, tuple(occurrences), translations)


def _pieces(lay: Layout, first: int, stop: int) -> list[Piece]:
    """The words ``first`` to ``stop`` of the text, elided articles and particles split off."""
    pieces = []
    for word, start in zip(lay.words[first:stop], lay.starts[first:stop]):
        elided = _ELISION.match(word)
        if elided:
            pieces.append(Piece(start, start + 1, word[0]))
            word, start = word[elided.end():], start + elided.end()
        pieces.append(Piece(start, start + len(word), word))
    return pieces


@lru_cache(maxsize=2)
def _content_words(resource: str = GLOSSARY) -> frozenset[str]:
    """The glossary's content words (role ``word``), one of which every foreign name holds."""
    return frozenset(word for word, entry in load_glossary(resource).items() if entry.role == "word")


def _foreign_names(lay: Layout, glossary: dict[str, GlossWord], is_english: Callable[[str], bool]
                   ) -> Iterator[list[Piece]]:
    """Every phrase of a run that reads as a foreign name: capitalised words, with lower-case
    particles or glossary words inside (``Banque de France``, ``Le Canard enchaîné``)."""
    content = _content_words()
    # which words may be or hold a content word (after an elision, L'Équipe, its letter or the
    # rest): a run without one holds no foreign name, and most runs are such
    flags = [word in content or (word[1:2] in _APOSTROPHE_CHARS and (word[:1] in content or word[2:] in content))
             for word in map(str.lower, lay.words)]
    for run_start, run_stop in lay.runs:
        if not any(flags[run_start:run_stop]):
            continue
        pieces = _pieces(lay, run_start, run_stop)
        for i, first in enumerate(pieces):
            if not first.word[0].isupper() or getattr(glossary.get(first.word.lower()), "role", "") == "particle":
                continue  # a name starts with a capital, and not with "De" or "D'" (Robert De Niro)
            for j in range(i + 1, min(len(pieces), i + MAX_WORDS)):
                piece = pieces[j]
                entry = glossary.get(piece.word.lower())
                if piece.word[0].islower() and entry is None:
                    break  # a plain lower-case word ends the name
                if entry is not None and entry.role != "word":
                    continue  # a name does not end on an article or a particle
                if _foreign(pieces[i:j + 1], glossary, is_english):
                    yield pieces[i:j + 1]


def _foreign(pieces: Sequence[Piece], glossary: dict[str, GlossWord], is_english: Callable[[str], bool]) -> bool:
    """True when a phrase is a foreign name with at least one word the glossary renders."""
    entries = [glossary.get(p.word.lower()) for p in pieces]
    if not any(e is not None and e.role == "word" for e in entries):
        return False
    if entries[0] is not None and entries[0].role == "article" and pieces[1].word[0].isupper():
        return True
    return any(e is not None and e.role == "word" and not is_english(p.word.lower())
               for p, e in zip(pieces, entries))


def _renderings(form: str, glossary: dict[str, GlossWord]) -> list[str]:
    """Word-by-word English renderings of a foreign name, other than the name itself."""
    words = _ELISION.sub(r"\1 ", form).split()
    options: list[list[str]] = []
    content: list[int] = []
    languages: set[str] = set()
    for index, word in enumerate(words):
        entry = glossary.get(word.lower())
        if entry is None:
            options.append([word])
            content.append(index)
            continue
        languages |= entry.languages
        if entry.role == "article":
            options.append(["The"] if index == 0 else ["the"])
        elif entry.role == "particle":
            options.append(list(entry.english))
        else:
            options.append([_title(e) for e in entry.english])
            content.append(index)
    orders = [list(range(len(words)))]
    known = all(glossary.get(words[i].lower()) is not None for i in content)
    if languages & ROMANCE and known and len(content) == 2:
        # English puts the adjective or the complement first: Crédit Agricole, Journal du Dimanche
        article = [0] if 0 not in content else []
        orders.append(article + [content[1], content[0]])
    renderings = []
    own = surface(unaccented(form))
    for order in orders:
        for choice in itertools.islice(itertools.product(*(options[i] for i in order)), MAX_RENDERINGS):
            rendering = " ".join(choice)
            if surface(unaccented(rendering)) != own and rendering not in renderings:
                renderings.append(rendering)
    return renderings


def _title(english: str) -> str:
    """A rendering as a name writes it: each word capitalised (``south german`` gives ``South German``)."""
    return " ".join(w[:1].upper() + w[1:] for w in english.split())


@lru_cache(maxsize=1024)
def _rendering_pattern(rendering: str) -> re.Pattern[str]:
    """A rendering as a regular expression: whole words, ``The`` in either case."""
    words = [re.escape(w).replace("'", f"[{APOSTROPHES}]") for w in rendering.split()]
    if rendering.startswith("The "):
        words[0] = "[Tt]he"
    # the test of the character before the rendering steps back over its first word: a pattern
    # that starts with letters is searched for them first, many times faster than a lookbehind
    before = rf"(?<![\w\-.{APOSTROPHES}].{{{len(rendering.split()[0])}}})"
    return re.compile(rf"{words[0]}{before}{''.join(_GAP + w for w in words[1:])}(?![\w\-])")


@lru_cache(maxsize=1024)
def _rendering_words(rendering: str) -> tuple[frozenset[str], ...]:
    """The spellings of the runs of word characters of a rendering in a match of its pattern."""
    return run_spellings(rendering, "Tt" if rendering.startswith("The ") else rendering[0], plural=False)

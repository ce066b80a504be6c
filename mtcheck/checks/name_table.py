"""The variant table of name-variant: ``corpora/name_variants.tsv``, read and checked once.

Each row is a group of forms of one name (``Kyiv | Kiev``) with its kind and the
preferred form. A form is searched with a whole-word pattern that takes either
apostrophe, a plural and a possessive; the spellings of its runs of word
characters let a document be tested with set look-ups before any regex search.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .name_forms import APOSTROPHES, run_spellings

CORPUS = "name_variants.tsv"
KINDS = {
    "transliteration": "two transliterations of one name",
    "exonym": "two names of one place or person",
    "style": "two styles of one name",
    "translated-name": "a name kept in the original and translated",
    "distinct": "",
    "given-name": "one given name in two languages",
    "accents": "one name with and without accents",
    "hyphenation": "one name with and without hyphens or spaces",
    "particles": "one name with two spellings of its particles",
    "articles": "one place with and without its article",
    "two-articles": "one place with two different articles",
}


class CorpusError(ValueError):
    """``corpora/name_variants.tsv`` has a row that cannot be used."""


@dataclass(frozen=True)
class VariantGroup:
    """One row of the variant table: the forms of one name and how to read them."""

    preferred: str
    variants: tuple[str, ...]
    kind: str
    uk: str
    fixed: tuple[str, ...]
    patterns: tuple[re.Pattern[str], ...]
    #: for each form, the spellings of each run of its word characters: every match holds one
    #: spelling of each as a whole run (set lookups in the document's words before the regex search)
    words: tuple[tuple[frozenset[str], ...], ...]

    @property
    def forms(self) -> tuple[str, ...]:
        """The preferred form first, then the variants."""
        return (self.preferred, *self.variants)

    def preferred_in(self, style: str) -> str:
        """The preferred form in ``us`` or ``uk`` English."""
        return self.uk if style == "uk" and self.uk else self.preferred


def _form_pattern(form: str) -> re.Pattern[str]:
    """A form as a regular expression: whole words, either apostrophe, plural and possessive allowed."""
    body = re.escape(form).replace("'", f"[{APOSTROPHES}]")
    if form[:1].islower():
        body = f"[{form[0]}{form[0].upper()}]{body[1:]}"
    elif form.startswith("The "):
        body = "[Tt]" + body[1:]
    plural = "" if form.endswith(".") else "s?"
    # the test of the character before the form steps back over the form: a pattern that starts
    # with the form's own letters is searched for them first, many times faster than one that
    # starts with a lookbehind (a form is one line, so ``.`` takes each of its characters)
    return re.compile(rf"{body}(?<![\w.\-{APOSTROPHES}].{{{len(form)}}}){plural}(?!\w)")


def _form_words(form: str) -> tuple[frozenset[str], ...]:
    """The spellings of each run of word characters of ``form`` in a match of its pattern
    (:func:`_form_pattern`): either case of a lower-case first letter, ``The`` or ``the``,
    a plural ``s``."""
    if form[:1].islower():
        firsts = form[0] + form[0].upper()
    else:
        firsts = "Tt" if form.startswith("The ") else form[0]
    return run_spellings(form, firsts, plural=not form.endswith("."))


@lru_cache(maxsize=4)
def table_forms(resource: str = CORPUS) -> frozenset[str]:
    """Every form of every group of the variant table (the generic detectors leave them to it), but the given
    names', which the table judges nowhere: the given-name detector pairs them before one surname."""
    return frozenset(form for group in load_groups(resource) if group.kind != "given-name" for form in group.forms)


@lru_cache(maxsize=8)
def partners(kind: str, resource: str = CORPUS) -> dict[str, frozenset[str]]:
    """Each form of the table's groups of ``kind``, with the other forms of its group (``given-name``: ``Empar``,
    ``{Amparo}``; ``distinct``: ``Philip``, ``{Phillip}``)."""
    found: dict[str, set[str]] = {}
    for group in load_groups(resource):
        if group.kind == kind:
            for form in group.forms:
                found.setdefault(form, set()).update(f for f in group.forms if f != form)
    return {form: frozenset(others) for form, others in found.items()}


@lru_cache(maxsize=4)
def load_groups(resource: str = CORPUS) -> tuple[VariantGroup, ...]:
    """The variant groups of ``mtcheck.corpora/<resource>``, loaded once."""
    text = resources.files("mtcheck.corpora").joinpath(resource).read_text("utf-8")
    data = "".join(line for line in io.StringIO(text) if not line.startswith("#"))
    groups = []
    for number, row in enumerate(csv.DictReader(io.StringIO(data), delimiter="\t", quoting=csv.QUOTE_NONE), 2):
        if row["kind"] not in KINDS:
            raise CorpusError(
                f"corpora/{resource} row {number} ({row['preferred']}): unknown kind {row['kind']!r}; "
                f"use one of: {', '.join(KINDS)}"
            )
        variants = tuple(v.strip() for v in row["variants"].split("|") if v.strip())
        if not variants:
            raise CorpusError(f"corpora/{resource} row {number} ({row['preferred']}): no variants")
        forms = (row["preferred"], *variants)
        words = tuple(_form_words(f) for f in forms)
        if not all(words):
            raise CorpusError(f"corpora/{resource} row {number} ({row['preferred']}): a form without a letter or "
                              "digit; give each form at least one word")
        groups.append(VariantGroup(
            preferred=row["preferred"], variants=variants, kind=row["kind"], uk=row["uk"].strip(),
            fixed=tuple(f.strip().lower() for f in row["fixed"].split("|") if f.strip()),
            patterns=tuple(_form_pattern(f) for f in forms), words=words,
        ))
    return tuple(groups)


@lru_cache(maxsize=4)
def groups_by_word(resource: str = CORPUS) -> dict[str, tuple[int, ...]]:
    """The groups (as indexes in the table) of the forms whose longest run has a spelling, by spelling."""
    index: dict[str, list[int]] = {}
    for number, group in enumerate(load_groups(resource)):
        for spelling in {spelling for runs in group.words for spelling in runs[0]}:
            index.setdefault(spelling, []).append(number)
    return {spelling: tuple(numbers) for spelling, numbers in index.items()}

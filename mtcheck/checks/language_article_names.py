"""Names that only the rest of the article shows to be names, where one sentence alone cannot.

- A surname spelled like a source spelling of a place (``Silvia Genova``): an exonym's list word (``Genova`` for
  Genoa) is also a family name, and the article shows which it is where it writes the word right after a given
  name. A person named so once is that person at every other mention (``Genova also asked…``).
- A German plan named after a place the article names on its own (``the Emslandplan``, after ``the Emsland``): a
  programme's name English keeps, as it keeps "the Marshall Plan", not a common noun such as ``Krankenhausplan``.
"""

from __future__ import annotations

import re

from .language_german import GERMAN_PLAN_OR_LAW
from .language_lexicon import Lexicon

#: a capitalised word right before the exonym, with a space only between them: a given name when no list knows it
_BEFORE = r"(?<![\w'\N{RIGHT SINGLE QUOTATION MARK}-])([A-Z][^\W\d_]+)[ \t\N{NO-BREAK SPACE}]+"


def surname_in_article(text: str, word: str, lexicon: Lexicon) -> bool:
    """Is the place's exonym ``word`` written somewhere in the article right after a given name (``Silvia Genova``):
    a capitalised word of no word list, neither English nor a source word, a place's spelling or an abbreviation?"""
    if word not in lexicon.exonyms or lexicon.exonyms[word].person:
        return False  # "Benjamin Netanjahu": the person's own name in the source's spelling
    for match in re.finditer(_BEFORE + re.escape(word) + r"(?![\w-])", text):
        given = match.group(1)
        if not (lexicon.kinds(given.lower()) or lexicon.is_english(given) or given in lexicon.exonyms
                or given in lexicon.abbreviations):
            return True
    return False


def plan_named_after_place(text: str, word: str) -> bool:
    """Is ``word`` a German plan or law whose first part the article writes on its own, capitalised (``Emslandplan``
    with ``Emsland``)? The plan is named after that place or person."""
    plan = GERMAN_PLAN_OR_LAW.fullmatch(word)
    return (plan is not None and plan.group(1)[:1].isupper()
            and re.search(rf"(?<![\w-]){re.escape(plan.group(1))}(?![\w-])", text) is not None)

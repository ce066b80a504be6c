"""A person's surname respelt where the later full name's sentence counts on the introduced person's earlier act.

A helper of the ``name-variant`` check (``consistency.py``), for the short surnames after one given name that
``name_surnames.py`` judges. Sport and court reports name a person again by the full name when they come back to
them, and count the act they told of before (``a try from winger Matteo Ferro``, later ``Matteo Ferri then sealed the
victory with his second try``): the ordinal, ``another`` or ``again`` ties the later name to the earlier one, so the
two spellings after one given name are one person's. A second person of that given name would be introduced with a
role of their own, and their act would not be counted on the first one's.
"""

from __future__ import annotations

import re

from .name_context import SENTENCE_START_BEFORE

#: words that count an act the article told of before: ``his second try``, ``her third goal``, ``scored again``
_COUNTED_AGAIN = re.compile(r"\b(?:(?:his|her|their)\s+(?:second|third|fourth|fifth|another)|again)\b", re.IGNORECASE)
#: the end of a sentence
_SENTENCE_END = re.compile(r"[.!?](?=\s|\Z)")


def act_counted_again(text: str, given: str, one: str, other: str) -> bool:
    """Is the later of two full names of one ``given`` name (``Matteo Ferro``, ``Matteo Ferri``) written once, its
    surname nowhere else, opening a sentence that counts an act again (``his second try``, ``scored again``)?"""
    found = {surname: list(re.finditer(rf"\b{re.escape(given)}[ \N{{NO-BREAK SPACE}}]+{re.escape(surname)}\b", text))
             for surname in (one, other)}
    if not all(found.values()):
        return False
    later = max(found, key=lambda surname: found[surname][0].start())
    name = found[later][0]
    if len(found[later]) != 1 or len(re.findall(rf"\b{re.escape(later)}\b", text)) != 1 \
            or SENTENCE_START_BEFORE.search(text, max(0, name.start() - 4), name.start()) is None:
        return False  # named more than once, or inside a sentence: maybe another person, introduced so
    end = _SENTENCE_END.search(text, name.end())
    return _COUNTED_AGAIN.search(text, name.end(), end.start() if end else len(text)) is not None

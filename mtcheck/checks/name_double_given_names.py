"""Two given names of name-variant both respelt before the same surnames (``Xosé Lois Rodríguez Vázquez``, later
``José Luis Rodríguez Vázquez``).

A detector of the ``name-variant`` check (``consistency.py``). Machine translation writes a Galician, Catalan or
Basque person's given names as Spanish spells them, each one (``Xosé``, ``José``; ``Lois``, ``Luis``; ``Jordi``,
``Jorge``), so the second given name differs too and ``name_given_names.py``, which compares a first given name
before the same words, never meets the pair. Two given names that each match the other's, before the same surnames,
are one person's: two people of one family share a surname, seldom two given names alike in spelling.
"""

from __future__ import annotations

from collections import Counter
from typing import Collection, Iterator

from ..model import Severity
from .language_lexicon import load_lexicon
from .name_evidence import TWO_PEOPLE_ALIKE, unrelated
from .name_forms import Occurrence, overlaps
from .name_keys import given_key, typo_keys
from .name_spelling import feminine_pair, no_word
from .name_surnames import CAPITALISED_RUN
from .name_table import partners
from .name_verdict import Verdict, usual_form


def double_given_name_variants(text: str, claimed: list[tuple[int, int]], known: Collection[str]) -> Iterator[Verdict]:
    """Two given names spelt two ways, both, before the same surnames that no word list has (``Xosé Lois Rodríguez
    Vázquez``, ``José Luis Rodríguez Vázquez``): each given name the other's in another language (the table's
    ``given-name`` rows) or by the letters a given name's spellings share (an X for a J, one letter changed), and
    neither a feminine beside a masculine (``Maria``, ``Mario``: maybe two people of one family)."""
    if TWO_PEOPLE_ALIKE.search(text) is not None:
        return
    lexicon = load_lexicon()
    equivalents = partners("given-name")
    # the two given names (as written, with where they stand) by the surnames after them
    by_surnames: dict[tuple[str, ...], list[Occurrence]] = {}
    for run in CAPITALISED_RUN.finditer(text):
        words = run.group().split()
        if len(words) < 3 or not no_word(words[-1]) or any(lexicon.is_english(word) for word in words[:2]):
            continue  # a run of capitals opening a sentence (``Then José Luis…``) or a body's name
        given = " ".join(words[:2])
        by_surnames.setdefault(tuple(words[2:]), []).append(Occurrence(run.start(), run.start() + len(given), given))
    for found in by_surnames.values():
        forms = sorted({o.form for o in found})
        if len(forms) != 2 or any(o.form.split()[0] in known for o in found):
            continue
        pairs = list(zip(forms[0].split(), forms[1].split()))
        if not all(one != other and _one_given_name(one, other, equivalents) for one, other in pairs):
            continue
        occurrences = [o for o in found if not overlaps(o, claimed)]
        if len({o.form for o in occurrences}) < 2 or any(unrelated(text, o) for o in occurrences):
            continue  # judged already, or ``…, no relation,``: the article says they are two people
        counts = Counter(o.form for o in occurrences)
        keep = usual_form(occurrences, counts)
        claimed.extend((o.start, o.end) for o in occurrences)
        yield Verdict(occurrences, counts, keep, keep, "given-name", Severity.WARNING, 0.6, "generic")


def _one_given_name(one: str, other: str, equivalents: dict[str, frozenset[str]]) -> bool:
    """Are ``one`` and ``other`` one given name: two languages' forms the table pairs, or spellings whose given-name
    keys share a one-letter slip (``Xosé``, ``José``; ``Lois``, ``Luis``), no feminine beside its masculine?"""
    if other in equivalents.get(one, ()):
        return True
    return not feminine_pair(one, other) and bool(typo_keys(given_key(one)) & typo_keys(given_key(other)))

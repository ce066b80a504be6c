"""One body named in its own language and in English in one document, found by meaning.

A helper of the ``name-variant`` check (``consistency.py``). Machine translation
keeps an institution's name in one sentence (``Stadtwerke München``, ``Musée des
Beaux-Arts de Lyon``) and renders it in the next (``Munich City Works``, ``the
Museum of Fine Arts of Lyon``). The glossary of ``name_calques`` knows the words
of newspapers and banks; names of museums, utilities, ministries and courts are
too many to list, so this detector compares the document's capitalised names
across languages with the run's multilingual sentence encoder: a source-language
name and an English one that mean the same, and share a word or a word's stem
(``Lyon``, ``Padova``/``Padua``, ``München``/``Munich``), are one body written
two ways.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from .language_lexicon import Lexicon

#: small words inside a name: source particles and English ones
_SOURCE_PARTICLES = frozenset("de des du d' di del della dello delle dei degli da do dos das von vom der den für y e".split())
_ENGLISH_PARTICLES = frozenset("of the and for on".split())
_CAPITALISED = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
_NAME = re.compile(
    rf"(?<![\w'’-]){_CAPITALISED}(?:[ \t\N{{NO-BREAK SPACE}}]+(?:(?:{'|'.join(sorted(_SOURCE_PARTICLES | _ENGLISH_PARTICLES, key=len, reverse=True))})"
    rf"[ \t\N{{NO-BREAK SPACE}}]+)?{_CAPITALISED})+"
)
#: cosine of the default encoder (USE) above which a source name and an English one mean the same: on
#: pairs such as ``Università di Padova``/``University of Padua`` (0.88), ``Stadtwerke München``/``Munich
#: City Works`` (0.84) against different bodies of one field (``Università di Padova``/``University of
#: Milan`` 0.63, ``Cour de cassation``/``Court of Appeal`` 0.80, ``Banque de France``/``Bank of England`` 0.69)
THRESHOLD = 0.82
#: names compared per language at most: a document with more is a list, not one story
MAX_NAMES = 12
#: capitalised words that start a phrase with "of" without starting a name (``Instead of Aatrox``)
_NOT_NAME_HEADS = frozenset("""instead because most many some all both each one none part rest much plenty lots out
ahead inside outside regardless none several few half majority minority members head heads""".split())
#: words that open a sentence or a name without being part of it
_OPENERS = frozenset("the a an in on at for from by with this that these those his her their its".split())


@dataclass(frozen=True)
class NamePair:
    """A source-language name and its English rendering in one document (first occurrences)."""

    source: tuple[int, int, str]
    english: tuple[int, int, str]
    similarity: float


_POSSESSIVE = re.compile(r"['’]s?$")


def _names(text: str) -> dict[str, tuple[int, int]]:
    """The document's capitalised names of two words or more, each with its first span; a name
    after an English ``of`` counts on its own too (``Customers of Stadtwerke München``)."""
    found: dict[str, tuple[int, int]] = {}
    for match in _NAME.finditer(text):
        start, name = match.start(), match.group(0)
        first, _, rest = name.partition(" ")
        if first.lower() in _OPENERS and rest:
            start, name = start + len(first) + 1, rest.lstrip()
        trimmed = _POSSESSIVE.sub("", name)
        spans = [(start, trimmed)]
        for of in re.finditer(r" (?:of|for|the) ", trimmed):
            spans.append((start + of.end(), trimmed[of.end():]))
        for begin, part in spans:
            if part.startswith("the "):
                begin, part = begin + 4, part[4:]
            if len(part.split()) >= 2 and part not in found:
                found[part] = (begin, begin + len(part))
    return found


def _words(name: str) -> list[str]:
    return [w.strip("'’.-") for w in re.split(r"[\s-]+", name) if w.strip("'’.-")]


def is_source_name(name: str, lexicon: Lexicon) -> bool:
    """A source particle (``de``, ``di``, ``der``), or a word that is no English word and either carries
    a source letter (``é``, ``ü``) or stands in the source word lists (``Stadtwerke``)."""
    words = _words(name)
    if any(w in _SOURCE_PARTICLES for w in words[1:-1]):
        return True
    for word in words:
        lower = _POSSESSIVE.sub("", word).lower()
        if word.isupper() or lower in lexicon.english or lexicon.is_english(lower):
            continue  # an acronym (NATO) or an English word
        if any(not c.isascii() for c in lower if c.isalpha()) or lexicon.kinds(lower):
            return True
    return False


def is_english_name(name: str, lexicon: Lexicon) -> bool:
    """Every small word English, and joined by ``of`` (``Santa Cruz of Tenerife``) or holding two
    ordinary English words (``Munich City Works``)."""
    words = _words(name)
    if any(w.islower() and w not in _ENGLISH_PARTICLES for w in words):
        return False
    if any(w in _ENGLISH_PARTICLES for w in words[1:-1]) and words[0].lower() not in _NOT_NAME_HEADS:
        return True  # "Santa Cruz of Tenerife": joined the English way
    common = [w for w in words if w.lower() in lexicon.english and w.lower() not in _ENGLISH_PARTICLES]
    return len(common) >= 2


def _stem(word: str) -> str:
    """The first three letters of ``word``, lower case, without accents (``München`` -> ``mun``)."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return bare.lower()[:3]


def _related(source: str, english: str) -> bool:
    """The two names share a word or a word's first three letters (``Padova``/``Padua``), accents aside."""
    stems = {_stem(w) for w in _words(source) if len(w) >= 4}
    return any(_stem(w) in stems for w in _words(english) if len(w) >= 4)


def translated_names(text: str, encode, lexicon: Lexicon, threshold: float = THRESHOLD) -> list[NamePair]:
    """Source names of the document whose English rendering it also uses. ``encode`` turns texts into
    L2-normalised rows; it is called only when the document holds names of both kinds."""
    names = _names(text)
    sources = [n for n in names if is_source_name(n, lexicon)][:MAX_NAMES]
    if not sources:
        return []
    englishes = [n for n in names if n not in sources and is_english_name(n, lexicon)][:MAX_NAMES]
    candidates = [(s, e) for s in sources for e in englishes if _related(s, e)]
    if not candidates:
        return []
    vectors = dict(zip(sources + englishes, np.asarray(encode(sources + englishes))))
    pairs: list[NamePair] = []
    for source, english in candidates:
        if _in_brackets_after(text, names[source], names[english]):
            continue  # "Initiative Schwarze Menschen in Deutschland (Initiative of Black People…)": a gloss
        similarity = float(vectors[source] @ vectors[english])
        if similarity >= threshold:
            pairs.append(NamePair((*names[source], source), (*names[english], english), round(similarity, 3)))
    return _best_per_source(pairs)


def _in_brackets_after(text: str, source: tuple[int, int], english: tuple[int, int]) -> bool:
    """Does the English name open a bracket a few words after the source name, in the same sentence?"""
    gap = text[source[1]:english[0]]
    return 0 < len(gap) <= 40 and gap.rstrip().endswith("(") and not re.search(r"[.!?]\s", gap)


def _best_per_source(pairs: Sequence[NamePair]) -> list[NamePair]:
    """The closest English name of each source name, and each English name used once."""
    chosen: list[NamePair] = []
    for pair in sorted(pairs, key=lambda p: -p.similarity):
        if any(pair.source == c.source or pair.english == c.english for c in chosen):
            continue
        chosen.append(pair)
    return sorted(chosen, key=lambda p: p.source[0])

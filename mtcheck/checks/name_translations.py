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
from functools import lru_cache
from typing import Callable, Sequence

import numpy as np

from ..embed import Encoder, EncoderError
from .language_lexicon import Lexicon, fold
from .semantic_scoring import calibration_for

#: small words inside a name: source particles and English ones
_SOURCE_PARTICLES = frozenset("de des du d' di del della dello delle dei degli da do dos das von vom der den für y e".split())
_ENGLISH_PARTICLES = frozenset("of the and for".split())
_CAPITALISED = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
_NAME = re.compile(
    rf"(?<![\w'’-]){_CAPITALISED}(?:[ \t\N{{NO-BREAK SPACE}}]+(?:(?:{'|'.join(sorted(_SOURCE_PARTICLES | _ENGLISH_PARTICLES, key=len, reverse=True))})"
    rf"[ \t\N{{NO-BREAK SPACE}}]+){{0,2}}{_CAPITALISED})+"
)
#: names compared per language at most (only pairs that share a stem are encoded)
MAX_NAMES = 30
#: capitalised words that start a phrase with "of" without starting a name (``Instead of Aatrox``)
_NOT_NAME_HEADS = frozenset("""instead because most many some all both each one none part rest much plenty lots out
ahead inside outside regardless none several few half majority minority members head heads""".split())
#: titles before a person's name
_TITLES = frozenset("mr mrs ms miss dr prof sir lady lord dame president minister mayor judge senator general".split())
#: words that open a sentence or a name without being part of it
_OPENERS = frozenset("the a an in on at for from by with this that these those his her their its".split())


@dataclass(frozen=True)
class NamePair:
    """A source-language name and its English rendering in one document (first occurrences)."""

    source: tuple[int, int, str]
    english: tuple[int, int, str]
    similarity: float


_POSSESSIVE = re.compile(r"['’]s?$")


def _names(text: str) -> tuple[dict[str, tuple[int, int]], dict[str, tuple[int, int]]]:
    """The document's capitalised names of two words or more, each with its first span; and the
    names after an English ``of`` inside them (``Customers of Stadtwerke München``), which count as
    source names only (``German Banks`` of ``Association of German Banks`` is no English name)."""
    found: dict[str, tuple[int, int]] = {}
    inner: dict[str, tuple[int, int]] = {}
    for match in _NAME.finditer(text):
        start, name = match.start(), match.group(0)
        first, _, rest = name.partition(" ")
        if first.lower() in _OPENERS and rest:
            start, name = start + len(first) + 1, rest.lstrip()
        trimmed = _POSSESSIVE.sub("", name)
        if trimmed.startswith("the "):
            start, trimmed = start + 4, trimmed[4:]
        if len(trimmed.split()) >= 2:
            found.setdefault(trimmed, (start, start + len(trimmed)))
        # at the start of a sentence the first word may be capitalised by position only
        # ("Researchers of the University of Padua"): there the inner name is a name of either kind
        opens_sentence = re.search(r"(?:^|[.!?]\s+|\n\s*)\Z", text[max(0, start - 3):start]) is not None
        for of in re.finditer(r" (?:of|for|the) ", trimmed):
            begin, part = start + of.end(), trimmed[of.end():]
            if part.startswith("the "):
                begin, part = begin + 4, part[4:]
            if len(part.split()) >= 2:
                (found if opens_sentence else inner).setdefault(part, (begin, begin + len(part)))
    return found, inner


_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|[^\w\s]")
#: elided source particles that open a word (``l'artisanat``, ``d'appel``)
_ELIDED = re.compile(r"(?:[ldLD]|dell|all|dall|nell|sull)['’]")


def _source_runs(text: str, lexicon: Lexicon) -> dict[str, tuple[int, int]]:
    """Names written the source language's way, with its small words in lower case
    (``Chambre de métiers et de l'artisanat du Rhône``, ``cour d'appel de Bordeaux``): a capitalised
    word or a source news word, then capitalised words, source particles and lower-case source words."""
    found: dict[str, tuple[int, int]] = {}
    run: list[re.Match[str]] = []

    def joins(word: str) -> bool:
        lower = word.lower()
        if word[:1].isupper() or lower in _SOURCE_PARTICLES or lower in ("et", "e", "y", "und"):
            return True
        if _ELIDED.match(lower):
            return True  # "l'artisanat", "d'appel": the elision is the source language's
        # an accented word inside a source name is the source's even when English borrowed it (métiers)
        return not lower.isascii() or (not lexicon.is_english(lower) and bool(lexicon.kinds(lower)))

    def close() -> None:
        if not run:
            return
        while run and (run[-1].group(0).lower() in _SOURCE_PARTICLES | {"et", "e", "y", "und"}):
            run.pop()
        head = run[0].group(0).lower() if run else ""
        if head in lexicon.english or lexicon.is_english(head):
            while run and run[-1].group(0)[:1].islower():
                run.pop()  # "French Guiana mardi": an English name and a source word after it
        if len(run) >= 2:
            # a possessive is no part of the name: "the Guardia Civil’s unit" names the Guardia Civil
            name = _POSSESSIVE.sub("", text[run[0].start():run[-1].end()])
            found.setdefault(name, (run[0].start(), run[0].start() + len(name)))
        run.clear()

    # only the lines with a source letter or particle can hold such a name
    lines = [m.span() for m in re.finditer(r"[^\n]+", text) if _SOURCE_HINT.search(text, *m.span())]
    for match in (token for start, end in lines for token in _TOKEN.finditer(text, start, end)):
        word = match.group(0)
        if not word[:1].isalpha():
            close()
            continue
        if run and joins(word) and "\n" not in text[run[-1].end():match.start()]:
            run.append(match)
            continue
        close()
        if word[:1].isupper():
            if word.lower() not in _OPENERS:
                run.append(match)
        elif "common" in lexicon.kinds(word) and not lexicon.is_english(word):
            run.append(match)
    close()
    return found


def _words(name: str) -> list[str]:
    return [w.strip("'’.-") for w in re.split(r"[\s-]+", name) if w.strip("'’.-")]


def is_source_name(name: str, lexicon: Lexicon) -> bool:
    """A source particle (``de``, ``di``, ``der``), or a word that is no English word and either carries
    a source letter (``é``, ``ü``) or stands in the source word lists (``Stadtwerke``)."""
    words = _words(name)
    if any(w in _SOURCE_PARTICLES for w in words[1:-1]):
        return True
    if any(w in _ENGLISH_PARTICLES for w in words[1:-1]):
        return False  # "Chamber of Trades and Crafts of the Rhône": English, with a foreign place in it
    for word in words:
        lower = _POSSESSIVE.sub("", word).lower()
        if word.isupper() or lower in lexicon.english or lexicon.is_english(lower):
            continue  # an acronym (NATO) or an English word
        if any(not c.isascii() for c in lower if c.isalpha()) or lexicon.kinds(lower):
            return True
    return False


def is_english_name(name: str, lexicon: Lexicon) -> bool:
    """Every small word English, and joined by ``of`` (``Santa Cruz of Tenerife``), or holding two
    ordinary English words (``Munich City Works``), or two words one of which is (``Frizzoni Palace``)."""
    words = _words(name)
    if any(w.islower() and w not in _ENGLISH_PARTICLES for w in words) or words[0].lower() in _TITLES:
        return False  # a lower-case word, or a person's title (Ms Garnier): no body's name
    if any(w in _ENGLISH_PARTICLES for w in words[1:-1]) and words[0].lower() not in _NOT_NAME_HEADS:
        return True  # "Santa Cruz of Tenerife": joined the English way
    if any(w.lower() in _SOURCE_PARTICLES for w in words):
        return False
    common = [w for w in words if w.lower() in lexicon.english and w.lower() not in _ENGLISH_PARTICLES]
    return len(common) >= 2 or (len(common) == 1 and len(words) == 2)  # "Frizzoni Palace"


def _stem(word: str) -> str:
    """The first three letters of ``word``, lower case, without accents (``München`` -> ``mun``)."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return bare.lower()[:3]


_SMALL = _SOURCE_PARTICLES | _ENGLISH_PARTICLES | {"et", "und", "y", "e"}


@lru_cache(maxsize=4096)
def _shape(name: str) -> tuple[frozenset[str], frozenset[str], str]:
    """A name's content words (lower case), the stems of its longer words, and its first word."""
    # a possessive is the same word (``Bologna's Teatro Comunale``, ``Teatro Comunale of Bologna``)
    words = [re.sub(r"['\N{RIGHT SINGLE QUOTATION MARK}]s$", "", w) for w in _words(name)]
    return (frozenset(w.lower() for w in words if w.lower() not in _SMALL),
            frozenset(_stem(w) for w in words if len(w) >= 4), words[0].lower() if words else "")


def _related(source: str, english: str) -> bool:
    """The two names share a word or a word's first three letters (``Padova``/``Padua``), accents
    aside, and the English one is not the source name itself with words around it (``Outside the
    Palais Bourbon``) or reordered (``Schöneberg and Hümme``); with only its particles translated
    (``Santa Cruz of Tenerife``) it is."""
    source_words, source_stems, source_first = _shape(source)
    english_words, english_stems, english_first = _shape(english)
    if source_words <= english_words:
        # the same words: a particle translated (Santa Cruz of Tenerife) is a calque; more words
        # around the name (Outside the Palais Bourbon) or another order (Schöneberg and Hümme) are not
        return english_words == source_words and source_first == english_first
    if english_words <= source_words:
        return False  # "Grand Prix" inside "Grand Prix Special": a part of the name, not a translation
    return not source_stems.isdisjoint(english_stems)


#: what a text needs for a source name written the source's way: a letter English lacks or a particle
_SOURCE_HINT = re.compile(r"[À-ÖØ-öø-ÿ]| (?:de|des|du|di|del|della|der|von|und|d'|l') ", re.IGNORECASE)
#: the language identifier's probability that a name is in one source language, at least, for a
#: name without source letters or words to count as one (``Palazzo Frizzoni`` 0.67, ``SNCF Voyageurs``
#: 0.95; ``Emmanuel Macron``, ``Real Madrid`` and ``Deutsche Bank`` stay under 0.2)
SOURCE_NAME_PROBABILITY = 0.6
SOURCE_LANGUAGES = ("fr", "es", "de", "it", "pt", "nl")


def translated_names(text: str, encoder_of: Callable[[], Encoder], lexicon: Lexicon,
                     identify=None) -> list[NamePair]:
    """Source names of the document whose English rendering it also uses, judged by the encoder that
    ``encoder_of`` gives; it is asked for only when the document holds names of both kinds, and each
    encoder has its own cosine for "the same body" (``Calibration.same_name``). ``identify``
    (text -> language probabilities), when given, also takes a name the identifier is sure is in a
    source language (``Palazzo Frizzoni``) for a source name."""
    names, inner = _names(text)
    if not any(is_english_name(n, lexicon) for n in names if n not in inner):
        return []  # no English name to compare with: the source names need not be looked for
    runs = _source_runs(text, lexicon) if _SOURCE_HINT.search(text) else {}
    for name, span in [*runs.items(), *inner.items()]:
        names.setdefault(name, span)

    def source(name: str) -> bool:
        if is_source_name(name, lexicon):
            return True
        if identify is None or (is_english_name(name, lexicon) and (
                " of " in name or _words(name)[-1].lower() in lexicon.english)):
            return False  # English word order: "Court of Appeal", "Frizzoni Palace"
        if " and " in name:
            return False  # two names joined by an English "and" ("Schwedt and Gartz"): a list, no body's name

        scores = identify(name)
        best = max((scores.get(l, 0.0) for l in SOURCE_LANGUAGES), default=0.0)
        return best >= SOURCE_NAME_PROBABILITY and best >= 2 * scores.get("en", 0.0)

    # English names first (cheap), then only the names that share a stem with one of them are
    # judged as source names: the identifier is asked about few names, most documents none
    englishes = [n for n in names if n not in inner and is_english_name(n, lexicon)][:MAX_NAMES]
    if not englishes:
        return []
    english_stems = frozenset().union(*(_shape(e)[1] for e in englishes))
    related = {n: [e for e in englishes if e != n and _related(n, e)]
               for n in names if not _shape(n)[1].isdisjoint(english_stems)}
    sources = [n for n, partners in related.items() if partners and source(n)][:MAX_NAMES]
    candidates = [(s, e) for s in sources for e in related[s]
                  if e not in sources and not _both_english(s, e, lexicon)]
    if not candidates:
        return []
    encoder = encoder_of()
    threshold = calibration_for(encoder.name).same_name
    if threshold is None:
        raise EncoderError(f"the encoder {encoder.name} is not calibrated to compare names across languages")
    wanted = sorted({name for pair in candidates for name in pair})
    vectors = dict(zip(wanted, np.asarray(encoder.encode(wanted))))
    pairs: list[NamePair] = []
    for source, english in candidates:
        if _in_brackets_after(text, names[source], names[english]):
            continue  # "Initiative Schwarze Menschen in Deutschland (Initiative of Black People…)": a gloss
        similarity = float(vectors[source] @ vectors[english])
        if similarity >= threshold:
            pairs.append(NamePair((*names[source], source), (*names[english], english), round(similarity, 3)))
    return _best_per_source(pairs)


def _both_english(source: str, english: str, lexicon: Lexicon) -> bool:
    """Does English use both names of one body: the source name as it is (``corpora/loanwords.txt``: the Guardia
    Civil, the Policía Nacional) and a rendering of plain English words (the Civil Guard, the National Police)? The
    English press writes the two side by side, so the pair marks no translation. A rendering that keeps a proper
    name of the source (``Santa Cruz of Tenerife``, ``Mexico City``) is a place's calque, and still counts."""
    if tuple(fold(source).split()) not in lexicon.loanwords:
        return False
    words = [_POSSESSIVE.sub("", w).lower() for w in _words(english)]
    return all(w in _ENGLISH_PARTICLES or w in lexicon.english for w in words)


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

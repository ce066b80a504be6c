"""The word lists behind the language checks, loaded once from ``mtcheck.corpora``.

- ``english_words.txt``: the English vocabulary (SCOWL, lower-case), to tell
  whether a word inside an English sentence is English;
- ``function_words.yaml``: per source language, the grammar words, dates,
  frequent news words and institution heads that give away untranslated text;
- ``loanwords.txt``: foreign words, phrases and names English uses as they are;
- ``exonyms.tsv``: source spellings of names English spells otherwise
  (``Pékin`` → ``Beijing``);
- ``source_phrases.tsv``: source phrases whose words are all English spellings
  (``sin embargo`` → ``however``), marked as exonyms are;
- ``source_abbreviations.tsv``: source abbreviations English translates
  (``OTAN`` → ``NATO``), with English context words that veto a match.

Matching of loanwords ignores case, accents and the shape of apostrophes, so
one entry covers ``coup d'etat`` and ``Coup d’État``; and the plural English makes of
an entry's last word (``prima donnas``) matches as the entry does.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Iterable, Mapping

from ..corpora import parse_yaml

#: the source languages the lexicon knows; ``--source-lang`` narrows them
SOURCE_LANGUAGES = ("fr", "es", "de", "it", "pt", "nl")
#: the lists of function_words.yaml, by the role each plays in a span
WORD_KINDS = ("articles", "prepositions", "function", "dates", "common", "institutions")
#: the shortest word :meth:`Lexicon.source_shaped` considers: shorter endings are English ones too
SOURCE_SHAPED_LETTERS = 6
#: shortest stem whose past form in ``-ed`` counts as English when the word list lacks that form
PAST_STEM_LETTERS = 6
APOSTROPHES = "'\N{RIGHT SINGLE QUOTATION MARK}\N{MODIFIER LETTER APOSTROPHE}\N{GRAVE ACCENT}\N{ACUTE ACCENT}"


_SPECIAL_LETTERS = re.compile("[\N{LATIN SMALL LETTER SHARP S}\N{LATIN SMALL LIGATURE OE}\N{LATIN CAPITAL LIGATURE OE}"
                              "\N{LATIN SMALL LETTER AE}\N{LATIN CAPITAL LETTER AE}\N{LATIN SMALL LETTER O WITH STROKE}"
                              "\N{LATIN CAPITAL LETTER O WITH STROKE}]")
_PARTICIPLE = re.compile("\N{LATIN SMALL LETTER E WITH ACUTE}e?s?$")


class LexiconError(ValueError):
    """A file of ``corpora/`` cannot be used; the message names the file and the fix."""


_STRAIGHT_APOSTROPHES = str.maketrans({c: "'" for c in APOSTROPHES})


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case ``text``, drop its accents and straighten its apostrophes, for lookups.

    Cached: it is called for every word of every sentence, and words repeat."""
    folded = text.casefold()
    if not folded.isascii():
        decomposed = unicodedata.normalize("NFKD", folded)
        folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    return folded.translate(_STRAIGHT_APOSTROPHES)


@lru_cache(maxsize=65536)
def has_diacritic(word: str) -> bool:
    """True when ``word`` has a letter with an accent, cedilla, tilde or umlaut, or a letter
    English does not use (``ß``, ``œ``, ``æ``, ``ø``)."""
    return bool(_SPECIAL_LETTERS.search(word)) or any(
        unicodedata.combining(c) for c in unicodedata.normalize("NFD", word))


@dataclass(frozen=True)
class Abbreviation:
    """A source-language abbreviation and the English words that show it is English."""

    text: str
    languages: frozenset[str]
    english: str
    english_context: frozenset[str]
    #: English words one of which must come right before it (empty: any): a body's letters that a company
    #: also bears (``UBS``, the bank, which English names without "the") are the body's only as a common noun
    after: frozenset[str] = frozenset()
    #: what must come right after it (empty: anything): ``#``, a number that is no year (German ``ca. 120``,
    #: where English writes "about"; English keeps ``ca. 1850`` for a date)
    before: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Exonym:
    """A source spelling of a name and its English spelling."""

    text: str
    languages: frozenset[str]
    english: str
    #: the spelling of a person's name (``Netanjahu``), not a place's: written after a given name it is still the source's
    person: bool = False


#: the kinds of function_words.yaml that name things and people, which can head a hyphenated word
_NEWS_NOUN_KINDS = frozenset({"common", "institutions"})


#: words a memo of :class:`WordMemo` remembers before it starts again (a few tens of MB at most)
MEMO_SIZE = 200_000


@dataclass
class WordMemo:
    """What the language checks judged of each word met so far (words repeat).

    ``kinds`` maps a word to its ``WordKind`` (``language_screen``); the sets hold the words of
    ``kinds`` by what their kind says, so that a screen tests all the words of a sentence with
    one set operation instead of one lookup a word. ``classes`` maps a word to the class
    ``language_words`` gives it from the word lists alone."""

    kinds: dict = field(default_factory=dict)
    classes: dict = field(default_factory=dict)
    #: words that tell nothing of a source language (``PLAIN``)
    plain: set = field(default_factory=set)
    #: words neither foreign nor elided: wrong-language has nothing to count in them
    native: set = field(default_factory=set)
    #: lower-case words that are not English
    foreign: set = field(default_factory=set)
    #: lower-case English words that no loanword or name can take out of the count
    english: set = field(default_factory=set)
    #: words the tokenizer splits an elided article off
    elided: set = field(default_factory=set)

    def clear(self) -> None:
        """Forget every word (the memory stays bounded: names and numbers never stop coming)."""
        for remembered in (self.kinds, self.classes, self.plain, self.native, self.foreign, self.english, self.elided):
            remembered.clear()


@dataclass(frozen=True)
class Lexicon:
    """Everything the language checks look words up in."""

    english: frozenset[str]
    #: English only when capitalised: months, weekday abbreviations
    english_capitalised: frozenset[str]
    #: lower-case source word → kind → languages (``{"selon": {"prepositions": {"fr"}}}``)
    words: Mapping[str, Mapping[str, frozenset[str]]]
    not_english: frozenset[str]
    name_particles: frozenset[str]
    name_leaders: frozenset[str]
    elisions: Mapping[str, frozenset[str]]
    ordinals: Mapping[str, frozenset[str]]
    #: folded loanword phrases, as tuples of folded words
    loanwords: frozenset[tuple[str, ...]]
    longest_loanword: int
    #: source spellings of names, and source phrases made of English-looking words (``sin embargo``),
    #: which untranslated-span marks alike
    exonyms: Mapping[str, Exonym]
    abbreviations: Mapping[str, Abbreviation]
    #: the entries of ``exonyms`` that are phrases, not names
    source_phrases: frozenset[str] = frozenset()
    #: what a loanword's first token can be: its first folded word, or the part of it up to an
    #: apostrophe (``d'`` of ``d'etat``, which the tokenizer splits off)
    loanword_starts: frozenset[str] = frozenset()
    #: every folded word of the loanword phrases
    loanword_words: frozenset[str] = frozenset()
    #: the folded loanwords the list spells with an accent (``recherché``): a word written without it may be the
    #: source word the accent tells apart (French and Dutch ``recherche``, the detective branch)
    accented_loanwords: frozenset[tuple[str, ...]] = frozenset()
    #: endings of source-language nouns and participles that English words do not have (``-eurs``,
    #: ``-ientos``, ``-zioni``), longest first
    noun_endings: tuple[str, ...] = ()
    #: folded source words that open place and saint names (``Ciudad`` Real, ``São`` Joaquim)
    place_openers: frozenset[str] = frozenset()
    #: source nouns English writes only as adjectives (``vestibular``) → their languages
    noun_homographs: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: source offices English spells as a noun of another sense (``parquet``) → their languages
    office_homographs: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: per-word answers of the language checks, filled as words are met (words repeat)
    memo: WordMemo = field(default_factory=WordMemo, compare=False, repr=False)

    def is_english(self, word: str) -> bool:
        """True when ``word`` (any case) is an English word and not marked foreign; a possessive
        (``island’s``), a past form in ``-ed`` of a listed verb (``headquartered``) or a hyphenated
        compound of English words (``hardest-to-reach``) is one too."""
        lower = word.lower().replace("\N{RIGHT SINGLE QUOTATION MARK}", "'")
        if lower in self.not_english:
            return False
        if lower in self.english or (word[:1].isupper() and lower in self.english_capitalised):
            return True
        if lower.endswith(("'s", "s'")) and len(lower) > 3:
            return self.is_english(word[:-2] if lower.endswith("'s") else word[:-1])
        if lower.endswith("ed") and len(lower) >= PAST_STEM_LETTERS + 2 and lower[:-2] in self.english:
            return True  # a past form the word list lacks (``headquartered``): its stem is a listed verb
        if "-" in lower.strip("-"):
            parts = [p for p in lower.split("-") if p]
            return len(parts) > 1 and all(p.isdigit() or (p in self.english and p not in self.not_english)
                                          for p in parts)
        return False

    def is_english_spelling(self, word: str) -> bool:
        """True when ``word`` without its accents is English (``naïve``, ``rôle``, ``élite``).

        French participles are the exception: ``placés`` is not ``places`` (English loans in
        ``-é`` such as ``café`` or ``protégé`` are in the word list with their accent)."""
        if self.is_english(word):
            return True
        return not _PARTICIPLE.search(word) and fold(word) in self.english

    def source_shaped(self, word: str) -> bool:
        """A lower-case word of :data:`SOURCE_SHAPED_LETTERS` letters or more, in no list, that ends
        like a source-language noun (``chercheurs``, ``ayuntamientos``): a word the language identifier
        may be asked about alone, where a lone unknown word is otherwise a typo or a rare English word."""
        return (len(word) >= SOURCE_SHAPED_LETTERS and word.islower() and word.endswith(self.noun_endings)
                and not self.kinds(word) and not self.is_english_spelling(word))

    def hyphenated_source_noun(self, word: str) -> frozenset[str]:
        """The languages of a lower-case hyphenated word whose last part is a source news noun or office
        that is no English word (``vice-procureur``, ``sous-préfet``, ``ex-alcalde``), the parts before it
        English words or source words: a source title with a prefix, which the lists cannot spell out
        whole. Empty when ``word`` is not one (``well-known``; ``anti-mafia``, whose head is English)."""
        if "-" not in word.strip("-") or not word.islower():
            return frozenset()
        *leading, head = word.split("-")
        nouns = {kind: languages for kind, languages in self.kinds(head).items() if kind in _NEWS_NOUN_KINDS}
        if not nouns or self.is_english_spelling(head) or (fold(head),) in self.loanwords:
            return frozenset()  # "off-piste": English borrowed the head
        if not all(part and (self.is_english(part) or self.kinds(part)) for part in leading):
            return frozenset()  # "xyz-procureur": a part of no list may be a name's
        return frozenset().union(*nouns.values())

    def kinds(self, word: str) -> Mapping[str, frozenset[str]]:
        """The kinds and languages of ``word`` in the source lists (empty when none)."""
        return self.words.get(word.lower(), {})

    def languages_of(self, word: str) -> frozenset[str]:
        """Every source language whose lists hold ``word``."""
        found: set[str] = set()
        for languages in self.kinds(word).values():
            found |= languages
        return frozenset(found)


def _read(name: str) -> str:
    try:
        return resources.files("mtcheck.corpora").joinpath(name).read_text("utf-8")
    except FileNotFoundError:
        raise LexiconError(f"corpora/{name} is missing; reinstall mtcheck or restore the file") from None


def _data_lines(text: str) -> Iterable[str]:
    for line in text.splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            yield stripped


def _tsv(name: str, columns: tuple[str, ...]) -> list[dict[str, str]]:
    rows = list(csv.reader(_data_lines(_read(name)), delimiter="\t", quoting=csv.QUOTE_NONE))
    if not rows or tuple(rows[0][: len(columns)]) != columns:
        raise LexiconError(f"corpora/{name} must start with the header line: {chr(9).join(columns)}")
    out = []
    for number, row in enumerate(rows[1:], 2):
        row = row + [""] * (len(columns) - len(row))
        if not row[0] or not row[1]:
            raise LexiconError(f"corpora/{name} data line {number} needs at least {columns[0]} and {columns[1]}")
        out.append(dict(zip(columns, row)))
    return out


def _split_languages(value: str, where: str) -> frozenset[str]:
    languages = frozenset(v.strip() for v in value.split(",") if v.strip())
    unknown = languages - set(SOURCE_LANGUAGES)
    if unknown:
        raise LexiconError(f"{where}: unknown languages {sorted(unknown)}; use {', '.join(SOURCE_LANGUAGES)}")
    return languages


def _source_words(data: Mapping) -> tuple[dict, dict, dict, dict, dict]:
    words: dict[str, dict[str, set[str]]] = {}
    elisions: dict[str, set[str]] = {}
    ordinals: dict[str, set[str]] = {}
    homographs: dict[str, set[str]] = {}
    offices: dict[str, set[str]] = {}
    for language in SOURCE_LANGUAGES:
        block = data.get(language)
        if not isinstance(block, Mapping):
            raise LexiconError(f"corpora/function_words.yaml has no block for '{language}'")
        unknown = set(block) - set(WORD_KINDS) - {"elisions", "ordinals", "noun_endings", "noun_homographs",
                                                  "office_homographs"}
        if unknown:
            raise LexiconError(f"corpora/function_words.yaml, '{language}': unknown lists {sorted(unknown)}")
        for kind in WORD_KINDS:
            for word in block.get(kind) or ():
                words.setdefault(str(word).lower(), {}).setdefault(kind, set()).add(language)
        for prefix in block.get("elisions") or ():
            elisions.setdefault(str(prefix).lower(), set()).add(language)
        for suffix in block.get("ordinals") or ():
            ordinals.setdefault(str(suffix), set()).add(language)
        for noun in block.get("noun_homographs") or ():
            homographs.setdefault(str(noun).lower(), set()).add(language)
        for noun in block.get("office_homographs") or ():
            offices.setdefault(str(noun).lower(), set()).add(language)
    return words, elisions, ordinals, homographs, offices


#: the shortest last word of a loanword that English makes plural with its own ending
PLURAL_STEM_LETTERS = 3


def _english_plurals(loanwords: Iterable[tuple[str, ...]], source_words: frozenset[str]) -> frozenset[tuple[str, ...]]:
    """The plurals English makes of its loanwords with its own ending on the last word (``prima donnas``,
    ``piñatas``, ``kitsches``), which the list need not spell out. A plural that is a word of the source
    lists (a grammar word, a news noun) is left out: there the lists, not the loanword, decide."""
    plurals: set[tuple[str, ...]] = set()
    for phrase in loanwords:
        last = phrase[-1] if phrase else ""
        if len(last) < PLURAL_STEM_LETTERS or not last.isalpha():
            continue
        plural = last + ("es" if last.endswith(("s", "x", "z", "ch", "sh")) else "s")
        if plural not in source_words:
            plurals.add(phrase[:-1] + (plural,))
    return frozenset(plurals)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read every list once per process (about 50 ms); later calls reuse it."""
    data = parse_yaml(_read("function_words.yaml")) or {}
    english = frozenset(_data_lines(_read("english_words.txt")))
    words, elisions, ordinals, homographs, offices = _source_words(data)
    endings = {str(e).lower() for language in SOURCE_LANGUAGES for e in data[language].get("noun_endings") or ()}
    lines = list(_data_lines(_read("loanwords.txt")))
    listed = [tuple(fold(line).split()) for line in lines]
    # a phrase that ends on an elision (``maître d'``) reaches the tokens without its apostrophe
    loanwords = frozenset(listed) | frozenset(
        phrase[:-1] + (phrase[-1].rstrip("'"),) for phrase in listed if phrase and phrase[-1].endswith("'"))
    loanwords |= _english_plurals(loanwords, frozenset(fold(word) for word in words))
    exonyms = {
        row["source"]: Exonym(row["source"], _split_languages(row["languages"], f"corpora/{name}"), row["english"],
                              row.get("kind") == "person")
        for name, kind in (("exonyms.tsv", ("kind",)), ("source_phrases.tsv", ()))
        for row in _tsv(name, ("source", "languages", "english") + kind)
    }
    source_phrases = frozenset(row["source"] for row in _tsv("source_phrases.tsv", ("source", "languages", "english")))
    abbreviations = {
        row["abbreviation"]: Abbreviation(
            row["abbreviation"],
            _split_languages(row["languages"], "corpora/source_abbreviations.tsv"),
            row["english"],
            frozenset(w.strip() for w in row["english_context"].split(",") if w.strip()),
            frozenset(w.strip().lower() for w in row["after"].split(",") if w.strip()),
            frozenset(w.strip().lower() for w in row["before"].split(",") if w.strip()),
        )
        for row in _tsv("source_abbreviations.tsv",
                        ("abbreviation", "languages", "english", "english_context", "after", "before"))
    }
    return Lexicon(
        english=english,
        english_capitalised=frozenset(str(w).lower() for w in data.get("english_capitalised") or ()),
        words={w: {k: frozenset(v) for k, v in kinds.items()} for w, kinds in words.items()},
        not_english=frozenset(str(w).lower() for w in data.get("not_english") or ()),
        name_particles=frozenset(fold(str(w)) for w in data.get("name_particles") or ()),
        name_leaders=frozenset(fold(str(w)) for w in data.get("name_leaders") or ()),
        elisions={k: frozenset(v) for k, v in elisions.items()},
        ordinals={k: frozenset(v) for k, v in ordinals.items()},
        loanwords=loanwords,
        longest_loanword=max((len(p) for p in loanwords), default=0),
        loanword_starts=frozenset(
            start for phrase in loanwords if phrase
            for start in (phrase[0], *(phrase[0][:i + 1] for i, c in enumerate(phrase[0]) if c == "'"))
        ),
        loanword_words=frozenset(word for phrase in loanwords for word in phrase),
        accented_loanwords=frozenset(tuple(fold(line).split()) for line in lines if has_diacritic(line)),
        exonyms=exonyms,
        source_phrases=source_phrases,
        abbreviations=abbreviations,
        noun_endings=tuple(sorted(endings, key=len, reverse=True)),
        place_openers=frozenset(fold(str(w)) for w in data.get("place_openers") or ()),
        noun_homographs={w: frozenset(v) for w, v in homographs.items()},
        office_homographs={w: frozenset(v) for w, v in offices.items()},
    )


def phrase_pattern(phrases: Iterable[str], whole_words: bool = True) -> re.Pattern[str] | None:
    """One regex matching any of ``phrases`` as whole words, longest first.

    Without ``whole_words`` it matches them anywhere, inside words too: a match of the
    whole-word pattern starts where this one matches or inside one of its matches, and one
    search of a whole document with it costs less than one search per sentence with the
    whole-word pattern (whose opening lookbehind keeps the engine from skipping ahead to a
    possible first letter)."""
    ordered = sorted({p for p in phrases if p}, key=len, reverse=True)
    if not ordered:
        return None
    body = "|".join(re.escape(p) for p in ordered)
    return re.compile(rf"(?<![\w.])(?:{body})(?![\w])" if whole_words else body)

"""Screens that spare the language checks the full classification of plainly English text.

:func:`~.language_words.classify` costs a few microseconds a word, and most
sentences of an English article hold nothing it could report. Each word is
judged once (the answers are remembered on the lexicon: words repeat) for the
most telling class ``classify`` could give it; a sentence whose words are all
harmless is skipped. The screens only skip what the full path would find
nothing in: naming and loanword marking only ever lower a word's weight, so a
word the screen calls harmless stays harmless whatever its neighbours.

Most sentences hold only words already met and found harmless, so the screens
first test the sentence's words against the sets of such words (one set test
instead of one lookup a word), and the exonym and abbreviation patterns are
searched once per document (:class:`PhraseHits`), then only in the sentences
where they may match.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from functools import lru_cache
from itertools import pairwise
from typing import Callable, NamedTuple, Sequence

from .language_lexicon import MEMO_SIZE, Lexicon, fold, has_diacritic
from .language_german import (
    dutch_body, dutch_compound_noun, dutch_office, german_article_before_noun, german_compound, german_short_compound,
    german_title_holder, german_works, lower_case_compound,
)
from .language_inflections import inflected_source_noun
from .language_shapes import dutch_spelling, english_ordinal, hyphenated_institution
from .language_tokens import _MACHINE, _NON_SPACE, _TOKEN, _machine
from .language_words import _ORDINAL, foreign_word

#: how telling a word can be in ``classify``: nothing, an unknown word (weight 0.5), a date word
#: (telling after a number: ``12 mars``), a source word, accented word, ordinal or elided article
PLAIN, UNKNOWN, DATE, TELLING = range(4)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


class WordKind(NamedTuple):
    """What :func:`~.language_words.classify` and ``foreign_share`` can make of one word."""

    #: PLAIN, UNKNOWN, DATE or TELLING
    evidence: int
    #: the tokenizer splits an elided article off it (``l'homme``): only the full path knows
    elided: bool
    #: a lower-case word (``foreign_share`` counts it)...
    counted: bool
    #: ...that is not English
    foreign: bool
    #: ...that a loanword or a name may take out of the count
    excludable: bool


class PhraseHits:
    """Which phrase patterns (exonyms, abbreviations) may match in which sentence of one document.

    Each pattern comes with its ``_anywhere`` twin (``phrase_pattern(..., whole_words=False)``),
    searched once over the whole document. A match of the pattern in a sentence starts at a
    position the twin's search either tried, where the twin matches too, or skipped, being inside
    one of the twin's matches: either way a match of the twin overlaps the sentence. A sentence
    that no match of the twin overlaps needs no search with the pattern.
    """

    def __init__(self, text: str, pairs: Sequence[tuple[re.Pattern[str] | None, re.Pattern[str] | None]]) -> None:
        #: (pattern, starts and ends of its twin's matches, in order) for each pattern whose twin matched
        self._hits: list[tuple[re.Pattern[str], list[int], list[int]]] = []
        for pattern, anywhere in pairs:
            if pattern is None or anywhere is None:
                continue
            spans = [m.span() for m in anywhere.finditer(text)]
            if spans:
                self._hits.append((pattern, [s for s, _ in spans], [e for _, e in spans]))

    def patterns(self, start: int, end: int) -> tuple[re.Pattern[str], ...]:
        """The patterns that may match inside ``text[start:end]``."""
        if not self._hits:
            return ()  # the usual document: no listed phrase anywhere, not even inside a word
        found = []
        for pattern, starts, ends in self._hits:
            # the twin's matches do not overlap, so their ends are in order as their starts are
            first = bisect.bisect_right(ends, start)
            if first < len(starts) and starts[first] < end:
                found.append(pattern)
        return tuple(found)


def no_source_evidence(text: str, start: int, end: int, lexicon: Lexicon,
                       phrases: Sequence[re.Pattern[str] | None] = ()) -> bool:
    """True when ``classify`` cannot find a run worth a look in ``text[start:end]`` (a source or
    accented word, ordinal, exonym, abbreviation, dated number, two unknown words or one shaped like a
    source noun) and the text
    has no letter of another script, so untranslated-span can skip the sentence; ``phrases``: the
    exonym and abbreviation patterns (those :meth:`PhraseHits.patterns` gives for the sentence)."""
    if not _only_letters(text, start, end, _latin_letter) or any(
            p is not None and p.search(text, start, end) for p in phrases):
        return False
    words = _TOKEN.findall(text, start, end)
    if lexicon.memo.plain.issuperset(words):
        return True  # the usual sentence: every word already judged to tell nothing
    unknown = 0
    after_number = False
    previous = ""
    for word in words:
        evidence = word_kind(word, lexicon).evidence
        if evidence == TELLING or (evidence == DATE and after_number):
            return False
        if evidence == UNKNOWN:
            unknown += 1
            if unknown > 1 or lexicon.source_shaped(word):
                return False
        if word[:1].isupper() and german_article_before_noun(previous, word, lexicon):
            return False
        after_number = word[:1].isdigit()
        previous = word
    return True



def no_foreign_sentences(text: str, spans: Sequence[tuple[int, int]], lexicon: Lexicon) -> bool:
    """True when no sentence of a paragraph (``spans``, in order) can have half its lower-case
    words foreign, nor half its letters past the Latin blocks, so wrong-language can skip it.

    The share of foreign words is at most (foreign words) / (foreign words + English words that
    no loanword or name can take out of the count). Words are cut as ``classify`` cuts the
    paragraph: URLs and paths count for nothing, and a word belongs to the sentence it starts in."""
    if not spans or not all(_only_letters(text, start, end, _early_latin_letter) for start, end in spans):
        return False
    first, last = spans[0][0], spans[-1][1]
    words = _TOKEN.findall(text, first, last)
    memo = lexicon.memo
    if memo.native.issuperset(words):
        return True  # not one foreign lower-case word (the usual case): nothing to count
    # a match of _MACHINE holds no white space, so it finds what testing each run finds
    if _MACHINE.search(text, first, last):
        return _count_by_runs(text, spans, lexicon)  # a URL or path, whose words count for nothing
    # no URL nor path: ``words`` are the words classify cuts, and an elided article leaves the
    # paragraph to the full classification, as counting word by word does
    _judge_all(words, lexicon)
    if not memo.elided.isdisjoint(words):
        return False
    if not _cut_at_spaces(text, spans):
        return _count_by_runs(text, spans, lexicon)
    # Tokens hold no white space, so with sentences cut at white space the words of each
    # sentence are the paragraph's words that start in it.
    for start, end in spans:
        inside = words if len(spans) == 1 else _TOKEN.findall(text, start, end)
        foreign = sum(map(memo.foreign.__contains__, inside))
        if foreign and foreign >= sum(map(memo.english.__contains__, inside)):
            return False
    return True


def _cut_at_spaces(text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Does white space follow every sentence but the last and precede every sentence but the
    first, so that no word runs into a sentence from outside it?"""
    return all(text[end].isspace() and text[start - 1].isspace() for (_, end), (start, _) in pairwise(spans))


def _count_by_runs(text: str, spans: Sequence[tuple[int, int]], lexicon: Lexicon) -> bool:
    """:func:`no_foreign_sentences` counting word by word and leaving out URLs and paths (a run
    of non-space characters, as ``tokenize`` leaves them out), for paragraphs with a URL or a
    path, or with a sentence cut inside a run of non-space characters."""
    starts = [start for start, _ in spans]
    foreign = [0] * len(spans)
    english = [0] * len(spans)
    for run in _NON_SPACE.finditer(text, spans[0][0], spans[-1][1]):
        if _machine(run.group()):
            continue
        for match in _TOKEN.finditer(text, run.start(), run.end()):
            kind = word_kind(match.group(), lexicon)
            if kind.elided:
                return False
            index = bisect.bisect_right(starts, match.start()) - 1
            if index < 0 or match.start() >= spans[index][1] or not kind.counted:
                continue
            if kind.foreign:
                foreign[index] += 1
            elif not kind.excludable:
                english[index] += 1
    return not any(f and f >= e for f, e in zip(foreign, english))


def word_kind(word: str, lexicon: Lexicon) -> WordKind:
    """The :class:`WordKind` of a word as ``_TOKEN`` cuts it, remembered on the lexicon."""
    found = lexicon.memo.kinds.get(word)
    if found is None:
        if len(lexicon.memo.kinds) >= MEMO_SIZE:
            lexicon.memo.clear()
        found = _remember(word, lexicon)
    return found


def _judge_all(words: Sequence[str], lexicon: Lexicon) -> None:
    """Judge the words not met before, so that the memo's sets answer for every one of ``words``."""
    memo = lexicon.memo
    new = set(words).difference(memo.kinds)
    if len(memo.kinds) + len(new) > MEMO_SIZE:
        memo.clear()  # before judging, not during: the sets must keep the words of this paragraph
        new = set(words)
    for word in new:
        _remember(word, lexicon)


def _remember(word: str, lexicon: Lexicon) -> WordKind:
    """Judge a word and file it in the memo and its sets."""
    kind = _judge(word, lexicon)
    memo = lexicon.memo
    memo.kinds[word] = kind
    if kind.evidence == PLAIN and not (word[:1].islower() and "de" in lexicon.kinds(word).get("articles", ())):
        # a German article English also has (die) tells something with the next word: a sentence
        # holding one must not pass the all-plain shortcut of no_source_evidence
        memo.plain.add(word)
    if kind.elided:
        memo.elided.add(word)
    elif kind.foreign:
        memo.foreign.add(word)
    else:
        memo.native.add(word)
        if kind.counted and not kind.excludable:
            memo.english.add(word)
    return kind


def _judge(word: str, lexicon: Lexicon) -> WordKind:
    if word[:1].isdigit():
        ordinal = _ORDINAL.fullmatch(word)
        source = ordinal is not None and ordinal.group(1) in lexicon.ordinals and not english_ordinal(word)
        return WordKind(TELLING if source else PLAIN,
                        False, False, False, False)
    head, sep, _ = word.partition("'") if "'" in word else word.partition("\N{RIGHT SINGLE QUOTATION MARK}")
    if sep and head.lower() in lexicon.elisions:
        return WordKind(TELLING, True, False, False, False)
    counted = not word[:1].isupper()
    folded = fold(word)
    foreign = counted and foreign_word(lexicon, word)
    excludable = folded in lexicon.loanword_words or folded in lexicon.name_particles or folded in lexicon.name_leaders

    def kind(evidence: int) -> WordKind:
        return WordKind(evidence, False, counted, foreign, excludable)

    if word.isupper() and len(word) > 1:
        return kind(PLAIN)  # an acronym
    bare = word[:-2] if word.endswith(("'s", "\N{RIGHT SINGLE QUOTATION MARK}s")) and len(word) > 3 else word
    if bare in lexicon.noun_homographs or (bare[:1].isupper() and bare.lower() in lexicon.noun_homographs) or (
            word in lexicon.office_homographs):
        # "vestibular", "the Intendant of", "the fiscal's request": a source noun where a noun stands, which
        # only classify can see (a listed one, "fiscal", is no less an English word for the lists)
        return kind(TELLING)
    kinds = lexicon.kinds(word)
    if kinds:
        if not ((len(word) == 1 and word.isascii()) or lexicon.is_english(word)):
            return kind(TELLING)
        return kind(DATE if "dates" in kinds else PLAIN)
    if word[:1].isupper() and not word.isupper():
        if (german_compound(word, lexicon) or german_short_compound(word, lexicon) or dutch_body(word, lexicon)
                or dutch_office(word, lexicon)):
            # "Landesbauernverband", "Kurtaxe", "Onderwijsinspectie", "Sportschepen": a body, a levy or an office,
            # never an English name
            return kind(TELLING)
        if hyphenated_institution(word, lexicon):
            return kind(TELLING)  # "Direção-Geral": classify makes it a source title's head
        if german_title_holder(word, lexicon) or german_works(word, lexicon):
            # "Direktorin": classify sees whether a German adjective makes a title of it; "Studentenwerk":
            # whether the words around it make it a common noun or a company's name
            return kind(TELLING)
        return kind(PLAIN)  # a capitalised word: a name until proven otherwise
    if lexicon.is_english_spelling(word):
        return kind(PLAIN)
    if (dutch_compound_noun(word, lexicon) or lower_case_compound(word, lexicon) or dutch_spelling(word, lexicon)
            or lexicon.hyphenated_source_noun(word) or inflected_source_noun(word, lexicon)):
        # "arbeidsauditeur", "plofkraak", "vice-procureur", "procureure": classify makes it a source word
        return kind(TELLING)
    return kind(TELLING if has_diacritic(word) else UNKNOWN)


def _only_letters(text: str, start: int, end: int, allowed: Callable[[str], bool]) -> bool:
    """Is every character of ``text[start:end]`` past ASCII one that ``allowed`` accepts?"""
    return all(allowed(m.group()) for m in _NON_ASCII.finditer(text, start, end))


@lru_cache(maxsize=4096)
def _latin_letter(char: str) -> bool:
    """Not a letter, or a letter of the Latin script (by its Unicode name, as script_runs reads it)."""
    return not char.isalpha() or unicodedata.name(char, "").split(" ", 1)[0] == "LATIN"


def _early_latin_letter(char: str) -> bool:
    """Not a letter, or a letter up to U+024F (what wrong-language counts as Latin)."""
    return not char.isalpha() or ord(char) <= 0x24F

"""Words of a sentence and what they say about its language, from the word lists alone.

A sentence is cut into words (:mod:`.language_tokens`); each word gets a class from the
lexicon (:mod:`.language_lexicon`): a source grammar word that English lacks
(``selon``, ``du``), a source spelling of a name (``Pékin``), a word with
accents English does not spell that way (``ministère``), an English word, a
name, a loanword English uses (``coup d'état``)... No language identifier runs
here. Names (:mod:`.language_names`), homographs (:mod:`.language_homographs`)
and a city's own spelling kept in a club's or a station's name
(:mod:`.language_city_names`) are judged in their own modules.
"""

from __future__ import annotations

import re
from typing import Sequence

from .language_abbreviations import abbreviation_vetoed
from .language_city_names import veto_club_names, veto_longer_names, veto_other_places, veto_place_openers
from .language_german import dutch_compound_noun, lower_case_compound
from .language_homographs import mark_noun_homographs, mark_office_homographs
from .language_lexicon import MEMO_SIZE, Lexicon, fold, has_diacritic, phrase_pattern
from .language_names import mark_names, street_names
from .language_inflections import inflected_source_noun
from .language_shapes import dutch_spelling, english_ordinal, hyphenated_institution
from .language_tokens import (
    ABBR, ALLOW, APOSTROPHE_ENDINGS, CAP, DIA, EN, ENGLISH_GRAMMAR_WORDS, EXO, NAME, NUM, ORD, SRC, UNK, WEAK, Token,
    joined, tokenize,
)

_ORDINAL = re.compile(r"[1-9]\d?([^\W\d_]+)")  # "1er", "2e", "3º"; not "802.11a" or "4G"


def _mark_phrases(text: str, tokens: list[Token], pattern: re.Pattern[str] | None, cls: str, table=None) -> None:
    """Give ``cls`` to the tokens a phrase of ``pattern`` covers (exonyms, abbreviations, terms)."""
    if pattern is None or not tokens:
        return
    # one character past the last word: a phrase may end on a stop (``EE.UU.``)
    for match in pattern.finditer(text, tokens[0].start, tokens[-1].end + 1):
        if text[match.start() - 1:match.start()] == "-" or text[match.end():match.end() + 1] == "-":
            continue  # part of a hyphenated name (``Rhein-Neckar-Arena``), which English keeps whole
        covered = [t for t in tokens if match.start() <= t.start < match.end() and t.cls != ALLOW]
        for token in covered:
            token.cls, token.phrase = cls, match.group()
            if table is not None:
                token.languages = table[match.group()].languages
        if covered and table is not None:
            covered[0].suggestion = table[match.group()].english


def _veto_abbreviations(text: str, tokens: list[Token], lexicon: Lexicon) -> None:
    """``solar PV panels``: a word of the entry's English context nearby makes it English, and so does the
    want of the word the entry needs before it (``UBS said``: the bank, not ``the UBS``); ``at 3 pm``: a
    lower-case abbreviation after a number is a time or a unit (not ``30 bzw. 60``, between two numbers); and
    ``the regional health agency (ARS)``: an abbreviation the text explains in English is kept on purpose."""
    for index, token in enumerate(tokens):
        if token.cls != ABBR:
            continue
        entry = lexicon.abbreviations[token.phrase]
        if abbreviation_vetoed(text, tokens, index, entry, lexicon):
            token.cls, token.suggestion = EN, None
            continue
        if token.text.islower() and index > 0 and tokens[index - 1].text[:1].isdigit() and not (
                token.phrase.endswith(".") and _BEFORE_NUMBER.match(text, token.end)):
            # a unit, unless a word with a stop joins two numbers (``30 bzw. 60``, where the sentence may
            # seem to end; ``by 5 pm 200 people`` is a time). The quantities a number must come before (``14
            # Mio.``, the ``#`` rows) are all capitalised, so this never turns one of them English
            token.cls, token.suggestion = EN, None
            continue
        if entry.after and (index == 0 or not _fits_after(tokens[index - 1], entry.after)
                            or not joined(text, tokens[index - 1], token)):
            # "UBS said", "at Barclays and UBS": the bank; "available at the UBS": the health post; "Mio said":
            # a name, where "14 Mio. euros" is the German for million
            token.cls, token.suggestion = EN, None
            continue
        context = entry.english_context
        near = tokens[max(0, index - 3):index + 4]
        if any(t.text in context or t.text.lower() in context for t in near if t.phrase != token.phrase) or \
                _glossed(text, token.phrase):
            token.cls, token.suggestion = EN, None


#: what the ``after`` column of source_abbreviations.tsv writes for "a number" (``14 Mio. euros``)
NUMBER_BEFORE = "#"


def _fits_after(before: Token, after: frozenset[str]) -> bool:
    """Is ``before`` one of the words an abbreviation needs right before it, or a number where it needs one?"""
    return before.text.lower() in after or (NUMBER_BEFORE in after and before.text[:1].isdigit())


#: an abbreviation's stop and a number after it
_BEFORE_NUMBER = re.compile(r"\.?[ \t\N{NO-BREAK SPACE}]+\d")


def _glossed(text: str, abbreviation: str) -> bool:
    """Does ``text`` explain ``abbreviation`` in English: ``agency (ARS)`` or ``ARS (the health agency)``?"""
    escaped = re.escape(abbreviation)
    return re.search(rf"[a-z]{{3,}}\)?\s*\(\s*{escaped}\s*[),]|(?<!\w){escaped}\s*\(\s*(?:the\s+)?[a-z]{{3,}}", text) is not None


def _mark_loanwords(tokens: list[Token], lexicon: Lexicon) -> None:
    # a possessive ends a loanword or a kept name as English writes it: "Deutsche Bahn's trains"
    folded = [_without_possessive(fold(t.text)) for t in tokens]
    starts = lexicon.loanword_starts
    # without an elided article, joining elisions changes no run of words
    elided = any(word.endswith("'") for word in folded)
    index = 0
    while index < len(tokens):
        if folded[index] not in starts:
            index += 1  # no loanword starts with this word: skip the lookups of every length
            continue
        for size in range(min(lexicon.longest_loanword, len(tokens) - index), 0, -1):
            if size == 1 and _source_word_without_accent(tokens[index], folded[index], lexicon):
                continue  # "The recherche is investigating": the Dutch detective branch, not "recherché"
            if tuple(folded[index:index + size]) in lexicon.loanwords or (
                    elided and _elided_loanword(folded, index, size, lexicon)):
                for token in tokens[index:index + size]:
                    token.cls = ALLOW
                index += size
                break
        else:
            index += 1


def _source_word_without_accent(token: Token, folded: str, lexicon: Lexicon) -> bool:
    """Is the word a source news noun that is no English word, written without the accent of the loanword it
    folds to (``recherche``, not the loan ``recherché``)? The accent tells the two words apart: the loan is an
    adjective or a participle, the word without it the source noun. A grammar word is left to the loan: English
    drops the accent of ``née`` (``nee``), which only the Dutch "no" spells so."""
    return ((folded,) in lexicon.accented_loanwords and not has_diacritic(token.text)
            and not _NEWS_NOUN_KINDS.isdisjoint(lexicon.kinds(token.text)) and not lexicon.is_english(token.text))


#: the kinds of the source lists that name things, people and bodies
_NEWS_NOUN_KINDS = frozenset({"common", "institutions"})


def _without_possessive(word: str) -> str:
    return word[:-2] if word.endswith("'s") and len(word) > 3 else word


def _elided_loanword(folded: list[str], index: int, size: int, lexicon: Lexicon) -> bool:
    """Loanwords are stored as written (``coup d'etat``); tokens split the elision (``d'`` ``etat``)."""
    words: list[str] = []
    for word in folded[index:index + size]:
        if words and words[-1].endswith("'"):
            words[-1] += word
        else:
            words.append(word)
    return len(words) < size and tuple(words) in lexicon.loanwords


def _classify(token: Token, following: Token | None, lexicon: Lexicon) -> None:
    """Class a token that nothing has classed yet, from the word lists."""
    word = token.text
    if word.endswith(APOSTROPHE_ENDINGS):  # elided article: telling when the next word is not English
        token.cls = SRC if following is not None and not lexicon.is_english(following.text) else WEAK
        token.languages = lexicon.elisions.get(word[:-1].lower(), frozenset())
        token.kinds = frozenset({"articles"})
        return
    classes = lexicon.memo.classes
    found = classes.get(word)
    if found is None:  # any other word's class depends on the word alone: judge each once
        if len(classes) >= MEMO_SIZE:
            classes.clear()
        found = classes[word] = _word_class(word, lexicon)
    token.cls, languages, kinds = found
    if languages is not None:
        token.languages = languages
    if kinds is not None:
        token.kinds = kinds


def _word_class(word: str, lexicon: Lexicon) -> tuple[str, frozenset[str] | None, frozenset[str] | None]:
    """The class of a word from the word lists, and the languages and kinds to give its token
    (None: leave the token's own, which a vetoed abbreviation keeps)."""
    if word[:1].isdigit():
        if english_ordinal(word):
            return NUM, frozenset(), None  # "22nd": English, though French writes "2nd" too
        ordinal = _ORDINAL.fullmatch(word)
        suffix = ordinal.group(1) if ordinal else ""
        return ORD if suffix in lexicon.ordinals else NUM, lexicon.ordinals.get(suffix, frozenset()), None
    if word.isupper() and len(word) > 1:
        return EN, None, None  # an acronym (UN, EU, SNCF): English keeps them; source ones are in the abbreviation list
    kinds = lexicon.kinds(word)
    if kinds:
        single_letter = len(word) == 1 and word.isascii()
        return WEAK if single_letter or lexicon.is_english(word) else SRC, lexicon.languages_of(word), frozenset(kinds)
    if word[:1].isupper() and not word.isupper():
        institution = hyphenated_institution(word, lexicon)
        if institution:  # "Direção-Geral": a source title's head with its qualifier
            return SRC, institution, frozenset({"institutions"})
        return CAP, None, None
    if lexicon.is_english_spelling(word):
        return EN, None, None
    if dutch_compound_noun(word, lexicon) or dutch_spelling(word, lexicon):
        # "the arbeidsauditeur": a Dutch office by its compound's head, a source noun as sure as a listed one;
        # "the third plofkraak": a Dutch compound by its spelling
        return SRC, frozenset({"nl"}), frozenset({"common"})
    compound = lower_case_compound(word, lexicon)
    if compound:  # "the local ondernemersvereniging": a Dutch association by its compound's head
        return SRC, compound, frozenset({"common"})
    prefixed = lexicon.hyphenated_source_noun(word)
    if prefixed:
        return SRC, prefixed, frozenset({"common"})  # "the vice-procureur": a listed source office with a prefix
    inflected = inflected_source_noun(word, lexicon)
    if inflected:
        return SRC, inflected, frozenset({"common"})  # "the procureure": the feminine of a listed source office
    return DIA if has_diacritic(word) else UNK, None, None


#: the source words for "per cent" that are one word
PERCENT_WORDS = frozenset({"prozent", "procent", "percento"})


def _date_numbers(tokens: list[Token], text: str, lexicon: Lexicon) -> None:
    """A number before a month or day makes both certain: ``12 mars`` is French, not the planet;
    so does a number before the source word for per cent (``20 Prozent``). A date word that is an English
    grammar word before an English word reads as English (``in 1954 an earthquake``, not ``1 an de prison``)."""
    for index, (left, right) in enumerate(zip(tokens, tokens[1:]), start=1):
        if right.capitalised and lexicon.is_english(right.text):
            continue  # "22 August", "11 September": English capitalises its months
        if _english_grammar_before_english(text, tokens, index) or english_ordinal(left.text):
            continue  # "in 1954 an earthquake", "the 22nd week": English
        dated = "dates" in right.kinds or (left.cls == NUM and fold(right.text) in PERCENT_WORDS)
        if left.cls in (NUM, ORD) and dated and joined(text, left, right):
            right.cls = SRC
            if left.cls == NUM:
                left.cls, left.languages = SRC, right.languages


def _english_grammar_before_english(text: str, tokens: list[Token], index: int) -> bool:
    """Is the token at ``index`` an English grammar word (``an``) joined to a next word of no source list that
    is English or unknown (``an earthquake``, ``an estimated``): the English article, not the French year?"""
    token = tokens[index]
    if token.text not in ENGLISH_GRAMMAR_WORDS or index + 1 >= len(tokens):
        return False
    following = tokens[index + 1]
    return following.cls in (EN, UNK, NAME, CAP) and joined(text, token, following)


def classify(text: str, start: int, end: int, lexicon: Lexicon, keep: re.Pattern[str] | None,
             exonyms: re.Pattern[str] | None, abbreviations: re.Pattern[str] | None) -> list[Token]:
    """Tokens of one sentence with their classes (see the classes of :mod:`.language_tokens`)."""
    tokens = tokenize(text, start, end, lexicon)
    _mark_phrases(text, tokens, keep, ALLOW)
    _mark_loanwords(tokens, lexicon)
    _mark_phrases(text, tokens, exonyms, EXO, lexicon.exonyms)
    veto_club_names(text, tokens)
    veto_longer_names(text, tokens, lexicon)
    veto_other_places(text, tokens)
    veto_place_openers(text, tokens, lexicon)
    _mark_phrases(text, tokens, abbreviations, ABBR, lexicon.abbreviations)
    _veto_abbreviations(text, tokens, lexicon)
    for token, following in zip(tokens, tokens[1:] + [None]):
        if token.cls == EN:
            _classify(token, following, lexicon)
    mark_noun_homographs(text, tokens, lexicon)
    mark_office_homographs(text, tokens, lexicon)
    mark_names(text, tokens, lexicon)
    street_names(text, tokens, lexicon)
    _date_numbers(tokens, text, lexicon)
    return tokens


def compile_patterns(lexicon: Lexicon, keep: Sequence[str]) -> dict:
    """The phrase regexes of the lexicon and of the project's do-not-translate terms; the
    ``..._anywhere`` ones match the same phrases inside words too (see ``phrase_pattern``)."""
    return {
        "keep": phrase_pattern(keep),
        "exonyms": phrase_pattern(lexicon.exonyms),
        "abbreviations": phrase_pattern(lexicon.abbreviations),
        "exonyms_anywhere": phrase_pattern(lexicon.exonyms, whole_words=False),
        "abbreviations_anywhere": phrase_pattern(lexicon.abbreviations, whole_words=False),
    }


def foreign_share(lexicon: Lexicon, tokens: list[Token]) -> float:
    """Share of the lower-case words that are not English (names and numbers do not count)."""
    words = [t for t in tokens if t.is_word and not t.capitalised and t.cls not in (NAME, ALLOW)]
    if len(words) < 3:
        return _german_noun_share(lexicon, tokens, words)  # a headline in Title Case or a list of names, or German
    return sum(1 for t in words if foreign_word(lexicon, t.text)) / len(words)


#: the fewest lower-case words, all foreign, that let a sentence's capitalised words be counted too
GERMAN_LOWER_WORDS = 2


def _german_noun_share(lexicon: Lexicon, tokens: list[Token], lower: list[Token]) -> float:
    """The foreign share of a sentence with too few lower-case words to judge, counting its capitalised words after
    the first too, when its lower-case words are all foreign: German capitalises its nouns, so a German sentence
    (``Die Kassenärztliche Vereinigung sieht dringenden Handlungsbedarf.``) has two or three lower-case words, all
    German, where a headline in Title Case or a list of names has English ones (``and``, ``beat``) or none."""
    if len(lower) < GERMAN_LOWER_WORDS or not all(foreign_word(lexicon, t.text) for t in lower):
        return 0.0
    words = [t for t in tokens[1:] if t.is_word and t.cls != ALLOW]
    return sum(1 for t in words if not t.capitalised or foreign_word(lexicon, t.text)) / len(words)


_GRAMMAR_KINDS = frozenset({"articles", "prepositions", "function"})


def foreign_word(lexicon: Lexicon, word: str) -> bool:
    """Not an English spelling, or a source-language article, preposition or function word that
    English grammar does not use: ``la``, ``pour``, ``son`` spell English words, but a sentence
    full of them is French (``Les billets pour la demi-finale sont disponibles``)."""
    if not lexicon.is_english_spelling(word):
        return True
    return word.lower() not in ENGLISH_GRAMMAR_WORDS and not _GRAMMAR_KINDS.isdisjoint(lexicon.kinds(word))

"""Source nouns that English spells as another word: ``the vestibular of``, ``the parquet of Belfort``.

A word English writes only as an adjective or a verb (``vestibular``,
``preside``, ``fiscal``) is the source noun of the same spelling where a noun
stands; a source office English spells as another noun (``parquet``) is the
office where an office stands. An English register's words near it (``the
fiscal`` of a Scottish court, ``the parquet`` of a floor) keep it English.
"""

from __future__ import annotations

import re

from .language_lexicon import Lexicon
from .language_shapes import office_homograph
from .language_tokens import ALLOW, SRC, Token, joined

#: English words that make the next word a noun: an article, a demonstrative, a possessive
DETERMINERS = frozenset("the a an this that these those next last its their his her our your".split())
#: what may follow a noun but not an English adjective before its noun (``the vestibular of``, ``sit the vestibular
#: this Sunday``, ``the vestibular in June``); and the verbs a noun takes as the subject, which no adjective is
#: (``the fiscal is asking``, ``the preside said``)
AFTER_NOUN = frozenset("of in at on for from this next last who whose also is was has had will would can could "
                        "should must may might did does said says asked asks told wants wanted".split())
#: the source languages' "of" before a capitalised name (``the fiscal de Medio Ambiente``, the Spanish environmental
#: prosecutor; ``the preside di Lettere``): English puts no adjective before a source preposition, so the word is the
#: source noun of an office named by its field
_SOURCE_OF = frozenset({"de", "del", "di", "da", "do", "della", "dello"})
#: English conjunctions that close a list of adjectives (``the fiscal, monetary and trade policies``)
_LIST_CLOSERS = frozenset({"and", "or"})


#: a homograph that one variety of English also has as a noun, and the words of its register that show that reading:
#: Scots law calls its prosecutor "the fiscal" (the procurator fiscal, the fiscal depute) in sheriff and High Court
#: reports, where a Spanish "fiscal" is never written
_ENGLISH_NOUN_REGISTERS = {
    "fiscal": re.compile(r"\b(?:procurators?|sheriffs?|deputes?|Crown\s+Office|High\s+Court\s+of\s+Justiciary|"
                         r"Justiciary|Scotland|Scottish)\b",
                         re.IGNORECASE),
    # floorboards (``the parquet of Versailles``, a way of laying them), where the words of a floor are near
    "parquet": re.compile(r"\b(?:floors?|flooring|floorboards?|oak|walnut|wooden|sanded|sanding|varnish|varnished|"
                          r"herringbone|chevron|inlaid|marquetry)\b", re.IGNORECASE),
}
#: how far from the word (characters, either side) the register's words count
ENGLISH_REGISTER_WINDOW = 300


def _english_register(text: str, token: Token, word: str) -> bool:
    """Is the homograph here the noun of an English register (``At Glasgow Sheriff Court, the fiscal told the
    court``: the Scottish prosecutor), shown by that register's words near it?"""
    register = _ENGLISH_NOUN_REGISTERS.get(word.lower())
    return register is not None and register.search(
        text, max(0, token.start - ENGLISH_REGISTER_WINDOW), token.end + ENGLISH_REGISTER_WINDOW) is not None


def mark_noun_homographs(text: str, tokens: list[Token], lexicon: Lexicon) -> None:
    """A word English writes only as an adjective or a verb, or hardly ever as a noun (``vestibular``,
    ``preside``, ``fiscal``), is the source noun of the same spelling where a noun stands: after a determiner or
    a possessive, and before ``of``, a preposition, a verb it is the subject of, or punctuation (``sit the
    vestibular of the university``, ``the preside of the school``, ``the fiscal is asking``), or with a possessive
    ending (``the fiscal's request``); not ``the vestibular system``, nor ``the fiscal, monetary and trade
    policies``."""
    for index, token in enumerate(tokens):
        # a possessive is a noun (``the fiscal's request``): no adjective takes one
        possessive = token.text.endswith(("'s", "\N{RIGHT SINGLE QUOTATION MARK}s")) and len(token.text) > 3
        word = token.text[:-2] if possessive else token.text
        languages = lexicon.noun_homographs.get(word)
        if languages is None and token.capitalised and not word.isupper():
            # "The Intendant of the theatre": German capitalises the noun, and so does its translation
            languages = lexicon.noun_homographs.get(word.lower())
        if languages is None or index == 0 or token.cls == ALLOW or _english_register(text, token, word):
            continue
        before = tokens[index - 1].text.lower()
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        determined = before in DETERMINERS or before.endswith(("'s", "\N{RIGHT SINGLE QUOTATION MARK}s"))
        if determined and (possessive or following is None
                           or (not joined(text, token, following) and not _adjective_list(text, tokens, index))
                           or following.text.lower() in AFTER_NOUN or _source_of_before_name(tokens, index)):
            token.cls, token.languages, token.kinds = SRC, languages, frozenset({"common"})


def _source_of_before_name(tokens: list[Token], index: int) -> bool:
    """Does the source "of" and a capitalised name follow the word at ``index`` (``fiscal de Medio Ambiente``)?"""
    return (index + 2 < len(tokens) and tokens[index + 1].text in _SOURCE_OF
            and tokens[index + 2].capitalised)


def mark_office_homographs(text: str, tokens: list[Token], lexicon: Lexicon) -> None:
    """``the parquet of Belfort``: a source office English spells as another noun (see :func:`office_homograph`)."""
    for index, token in enumerate(tokens):
        languages = office_homograph(text, tokens, index, lexicon)
        if languages and token.cls != ALLOW and not _english_register(text, token, token.text):
            token.cls, token.languages, token.kinds = SRC, languages, frozenset({"common", "institutions"})


def _adjective_list(text: str, tokens: list[Token], index: int) -> bool:
    """Is the word at ``index`` the first of a list of adjectives before their noun (``the fiscal, monetary
    and trade policies``, ``the vestibular, visual or auditory systems``): a comma, a lower-case word, then
    "and", "or" or another comma? There the word is the English adjective, not a source noun before a stop."""
    if index + 2 >= len(tokens):
        return False
    first, word, closer = tokens[index], tokens[index + 1], tokens[index + 2]
    if text[first.end:word.start].strip() not in (",", "/") or not word.text.islower():
        return False
    return closer.text.lower() in _LIST_CLOSERS or text[word.end:closer.start].strip() in (",", "/")

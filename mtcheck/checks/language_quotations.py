"""A source quotation the writer translates, for untranslated-span and wrong-language.

``"Wir schaffen das" ("We can do this")``, ``“Venezia non è in vendita” – Venice
is not for sale``, ``“Es wird ein schöner Sommer!” shouted one man, which roughly
translates as…``: a quotation kept in its language on purpose, its translation in
the next quotation or in the same sentence. A translation is English words about
as many as the original's.
"""

from __future__ import annotations

import re
from typing import Sequence

from .language_lexicon import fold as unaccented_lower
from .language_lexicon import load_lexicon
from .quotes import REPORTING_VERBS

#: after a quotation, in the same sentence: a dash and an English gloss (``“Venezia non è in vendita” –
#: Venice is not for sale``, ``‘…,’ she told reporters – he was just standing there``) or ``which
#: translates as`` after the speaker (``“Es wird ein schöner Sommer!” shouted one man, which roughly
#: translates as…``)
_GLOSS_AFTER = re.compile(
    r"(?:[^.!?\n\N{LEFT DOUBLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}\"]{0,80}?)"
    r"(?:(?:\s[\N{EN DASH}\N{EM DASH}]|\.?\s+[Ii]n\s+English,?(?:\s+roughly)?:?|,?\s+(?:roughly|loosely|literally)[:,]?)"
    r"\s*(?P<gloss>[^\n\N{EN DASH}\N{EM DASH}.!?]{0,200})"
    # ``, which she translated as “…”``: the speaker's own translation
    r"|,?\s+(?:which|that|what)\s+(?:(?:he|she|they|we|I)\s+)?(?:roughly\s+|loosely\s+)?(?:translates|translated|means)\b"
    # a translating clause of its own, the translation after it (``…,” he said in French, before translating the
    # line as “…”``, ``…,” she said, meaning “…”``, ``before translating the sentence for the foreign guests as
    # “…”``): the words after it must read as the quotation's translation
    r"|(?:[\s,]+(?:(?:before|after|then|and|by|while|when)\s+)?(?:(?:roughly|loosely|freely)\s+)?"
    r"(?:translating|translated|translates|rendering|rendered)\s+(?:[\w'\N{RIGHT SINGLE QUOTATION MARK}-]+\s+){0,8}?"
    r"(?:as|into\s+English(?:\s+as)?)|,?\s+meaning"
    # ``…”, before explaining that it means “…”``, ``…,” he said, adding that the phrase means…``
    r"|[\s,]+(?:(?:before|after|then|and|by|while|when)\s+)?(?:explaining|adding|saying|noting|explained|added|said|"
    r"noted)\s+(?:that\s+)?(?:it|this|they|these|the\s+(?:phrase|line|words?|sentence|title|motto|saying|slogan|"
    r"expression))\s+(?:(?:roughly|loosely|literally)\s+)?(?:means|meant|mean|translates\s+as|translated\s+as))[:,]?"
    r"\s*[\N{LEFT DOUBLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}\"']?"
    r"(?P<rendered>[^\n\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}\".!?]{2,200})"
    # ``"People know pão de queijo, but…," she said, referring to the cheese bread``: a term of it explained
    r"|,\s+referring\s+to\s+(?:the|a|an|its|their)\s+(?P<referent>[A-Za-z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*"
    r"(?:\s+[A-Za-z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*){0,5})"
    # or in the next sentence: ``“…,” she told passengers in Dutch. The words translate as…``
    r"|[^!?\n\N{LEFT DOUBLE QUOTATION MARK}\"]{0,100}?\.\s+(?:The|These|His|Her|Their)\s+(?:words?|phrase|sentence|slogan|line)\s+"
    r"(?:roughly\s+|loosely\s+)?(?:translates?|means?)\b)")


#: the most words of a term inside a quotation that a reference after it explains
TERM_WORDS = 4


def quoted_then_glossed(text: str, start: int, end: int) -> bool:
    """Is the span inside a quotation that the same sentence glosses in English after a dash, or says
    what it translates as, or (for a term of a few words) what it refers to?"""
    paragraph_start = text.rfind("\n", 0, start) + 1
    paragraph_end = text.find("\n", end)
    for quotation in _QUOTATION.finditer(text, paragraph_start, len(text) if paragraph_end < 0 else paragraph_end):
        if not (quotation.start() <= start and end <= quotation.end()):
            continue
        gloss = _GLOSS_AFTER.match(text, quotation.end())
        if gloss is None:
            return False
        if gloss.group("referent") is not None:
            # what the speaker refers to explains a term of the quotation, not the whole of it
            referent = gloss.group("referent").split()
            return (len(text[start:end].split()) <= TERM_WORDS
                    and sum(load_lexicon().is_english(word.lower()) for word in referent) >= 0.75 * len(referent))
        rendered = gloss.group("gloss") if gloss.group("gloss") is not None else gloss.group("rendered")
        if rendered is None:
            return True  # which translates as
        rendered = _quoted_part(rendered)
        # the gloss is English, about as long as the quotation
        original = text[quotation.start() + 1:quotation.end() - 1].split()
        # an unquoted gloss runs on into the sentence and may hold a name or two: a looser share
        return reads_as_translation(original, ENGLISH_WORD.findall(rendered), 0.6, lower=True)
    return False


#: a gloss in quotation marks of its own, and what the sentence goes on with after it (``“whoever touches it gets
#: pricked”, a reference to the thistle``)
_QUOTED_GLOSS = re.compile("[\N{LEFT DOUBLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}\"']"
                           "(?P<quoted>[^\N{RIGHT DOUBLE QUOTATION MARK}\"\n]{2,200}?)"
                           "[\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}\"'](?!\\w)")


def _quoted_part(gloss: str) -> str:
    """The gloss without what the sentence goes on with when the gloss is quoted: the words of its quotation."""
    quoted = _QUOTED_GLOSS.match(gloss)
    return quoted.group("quoted") if quoted is not None else gloss


#: letters a word of a translation shares with a word of the original to be its cognate (``collectivité``,
#: ``Collectivity``)
COGNATE_STEM = 5


def reads_as_translation(original: Sequence[str], words: Sequence[str], share: float, lower: bool = False,
                          longest: float = 2.5) -> bool:
    """Are ``words`` English (at least ``share`` of them) and about as many as the ``original`` words
    (half to two and a half times: ``Früher war hier Schluss``, ``This used to be the end of the
    line``, or ``longest`` times): a translation of them? ``lower``: look words up in lower case (a
    gloss's first word)."""
    lexicon = load_lexicon()
    # a name the translation keeps from the original (``Der Striezelmarkt ist Dresden``, ``d'Alsace``: Alsace)
    # counts as English
    kept = {word.strip(".,;:!?\"'\N{RIGHT SINGLE QUOTATION MARK}") for word in original}
    kept |= {re.split("['\N{RIGHT SINGLE QUOTATION MARK}]", word)[-1] for word in kept}
    # a name the translation gives its English name (``Wien``: Vienna)
    kept |= {lexicon.exonyms[word].english for word in kept if word in lexicon.exonyms}
    # and so does a cognate of one of its words (``Cour de cassation (Court of Cassation)``)
    stems = {unaccented_lower(word)[:COGNATE_STEM] for word in kept if len(word) >= COGNATE_STEM}
    english = sum(1 for word in words if lexicon.is_english(word.lower() if lower else word) or word in kept
                  or (len(word) >= COGNATE_STEM and unaccented_lower(word)[:COGNATE_STEM] in stems))
    return bool(words and original) and english >= share * len(words) and 0.5 <= len(words) / len(original) <= longest


#: a quotation in double quotes, guillemets or single quotes; a straight single quote opens only at
#: a word's start and closes only at a word's end, so apostrophes (``L'Inghilterra``) stay inside
_QUOTATION = re.compile(
    "\N{LEFT DOUBLE QUOTATION MARK}[^\N{RIGHT DOUBLE QUOTATION MARK}\n]+\N{RIGHT DOUBLE QUOTATION MARK}"
    "|\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}[^\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}\n]+"
    "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    "|\"[^\"\n]+\""
    "|\N{LEFT SINGLE QUOTATION MARK}[^\n]+?\N{RIGHT SINGLE QUOTATION MARK}(?!\\w)"
    "|(?<!\\w)'(?=\\S)[^\n]*?(?<=\\S)'(?!\\w)"
)
#: what may stand between a quotation and its translation: nothing but a bracket, or a short clause that
#: ends with a colon, a bracket, a dash or a full stop (``"…," he said, laughing: "…"``, ``… an old saying.
#: "…"``); a quotation after a comma (``"…," he said, "…"``) goes on with the same one and translates nothing
_BETWEEN = re.compile(r"\s*\(?\s*|[^\n]{0,160}?[:(.\N{EM DASH}\N{EN DASH}-]\s*")
ENGLISH_WORD = re.compile(r"[A-Za-z]+(?:['\N{RIGHT SINGLE QUOTATION MARK}][a-z]+)?")


def quotation_around(text: str, start: int, end: int) -> re.Match[str] | None:
    """The quotation of the span's paragraph that holds the span, or None."""
    paragraph_start = text.rfind("\n", 0, start) + 1
    paragraph_end = text.find("\n", end)
    for quotation in _QUOTATION.finditer(text, paragraph_start, len(text) if paragraph_end < 0 else paragraph_end):
        if quotation.start() <= start and end <= quotation.end():
            return quotation
    return None


def quoted_then_translated(text: str, start: int, end: int) -> bool:
    """Is the span inside a quotation that the writer translates in the next one, a quotation of
    English words about as long: ``"Wir schaffen das" ("We can do this")``?"""
    paragraph_start = text.rfind("\n", 0, start) + 1
    paragraph_end = text.find("\n", end)
    quotations = list(_QUOTATION.finditer(text, paragraph_start, len(text) if paragraph_end < 0 else paragraph_end))
    for here, following in zip(quotations, quotations[1:]):
        if not (here.start() <= start and end <= here.end()):
            continue
        between = text[here.end():following.start()]
        if not _BETWEEN.fullmatch(between) or between.count(". ") > 1:
            return False
        original = text[here.start() + 1:here.end() - 1].split()
        words = ENGLISH_WORD.findall(text, following.start() + 1, following.end() - 1)
        # a spoken quotation (``“…,” he said. “…”``) may be translated more freely, and longer, than a name
        spoken = not REPORTING_VERBS.isdisjoint(w.lower() for w in ENGLISH_WORD.findall(between))
        return reads_as_translation(original, words, 0.75, longest=2.5 if spoken else 2)
    return False

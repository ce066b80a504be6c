"""How untranslated-span judges a candidate span: is it source text, in which language, how sure.

A candidate of :mod:`.language_spans` that the word lists alone name (an
exonym, an abbreviation, a source word of one language) is judged without
the identifier; any other is shown to it, the word lists a prior, not a
verdict. The document's source language is the one most confirmed spans point to.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..model import Segment
from .language_lexicon import load_lexicon
from .language_spans import Candidate
from .language_tokens import ABBR, DIA, EXO, ORD, SRC, UNK, Token
from .regex_words import fold

_SINGLE_CONFIDENCE = {EXO: 0.9, ABBR: 0.8, ORD: 0.7}
#: the identifier's probability that makes a lone word source text
SURE_SINGLE_WORD = 0.8
#: English determiners after which a word stands where English puts a noun (``on the muelle``)
NOUN_SLOT = re.compile(r"\b(?:the|a|an|this|that|these|those|its|their|his|her|our)\s+\Z", re.IGNORECASE)
#: a number before a word puts it where English puts a plural noun (``about 200 ⟦…⟧``, ``hundreds of ⟦…⟧``);
#: not a vaguer quantity (``many``, ``some``), before which the English words the word list lacks are as common
COUNT_SLOT = re.compile(r"(?:(?<![\w.,])\d[\d,.]*|\b(?:dozens|hundreds|thousands)[ \t]+of)[ \t]+\Z", re.IGNORECASE)
#: two-letter source words that an English text also holds as a hesitation or a typo
_HESITATIONS = frozenset({"er", "eh", "em", "ah", "oh", "un"})


@dataclass
class Judged:
    """A candidate the judgement keeps as source text: its language, confidence and the identifier's scores."""

    segment: Segment
    candidate: Candidate
    language: str
    confidence: float
    scores: dict


def judge(identifier, segment: Segment, candidate: Candidate, allowed: tuple[str, ...]) -> Judged | None:
    """Pick the candidate's language and confidence; None when it is not source text."""
    options = [l for l in allowed if not candidate.languages or l in candidate.languages]
    if not options:
        return None  # only languages --source-lang excludes
    words = candidate.words
    # one listed phrase is one item, even written in several words (``EE.UU.``)
    single = len(words) == 1 or (len(words) > 1 and bool(words[0].phrase)
                                 and all(w.phrase == words[0].phrase for w in words))
    if single and words[0].cls in (EXO, ABBR, ORD, SRC) and len(options) == 1:
        return Judged(segment, candidate, options[0], _single_confidence(words[0], candidate), {})
    scores = _restricted(identifier.scores(" ".join(t.text for t in candidate.tokens)), allowed)
    # the word lists are a prior, not a verdict: "na de vergadering" is Dutch, though "na" is also Portuguese
    language = max(allowed, key=lambda l: (scores.get(l, 0.0) + (0.3 if l in options else 0.0), -allowed.index(l)))
    p_source = scores.get(language, 0.0)
    p_english = scores.get("en", 0.0)
    if single and words[0].cls in (EXO, ABBR, ORD, SRC):  # the lists name the candidates: pick among them
        language = max(options, key=lambda l: (scores.get(l, 0.0), -options.index(l)))
        return Judged(segment, candidate, language, _single_confidence(words[0], candidate), scores)
    if single:  # a lone accented word, or one ending like a source noun: the identifier must be sure
        shaped = words[0].cls == UNK and load_lexicon().source_shaped(words[0].text)
        if not (words[0].cls == DIA or shaped):
            return None
        if p_source < SURE_SINGLE_WORD and not (shaped and _noun_slot(segment, candidate)
                                                and sum(scores.get(l, 0.0) for l in allowed) >= SURE_SINGLE_WORD
                                                and p_english <= 1.0 - SURE_SINGLE_WORD):
            # after "the", where English puts a noun, a word shaped like a source noun needs the identifier
            # sure of the source languages together, not of one: Spanish and Portuguese share ``-istas``
            return None
        return Judged(segment, candidate, language, round((0.9 if words[0].cls == DIA else 0.8) * max(
            p_source, SURE_SINGLE_WORD), 3), scores)
    strong = sum(1 for t in candidate.tokens if t.weight >= 1.0)
    dated = _source_date_phrase(candidate)
    if dated is not None:
        # the identifier knows too little of "am Samstag" to outvote English; the grammar of it says enough
        language = dated
        p_source = max(p_source, scores.get(dated, 0.0))
    elif p_english > p_source and (strong < 2 or p_english > 0.85):
        return None
    if not any(t.weight >= 0.8 for t in candidate.tokens) and p_source < 0.7:
        return None  # unknown words only: the identifier must vouch for them
    lexical = candidate.lexical
    confidence = 1.0 - (1.0 - lexical) * (1.0 - p_source)
    return Judged(segment, candidate, language, round(min(0.99, confidence), 3), scores)


def insertion_language(identifier, item: Judged, allowed: tuple[str, ...]) -> bool:
    """Is the whole bracketed or quoted insertion around a confirmed run in the run's language?"""
    text = " ".join(t.text for t in item.candidate.enclosed or ())
    scores = _restricted(identifier.scores(text), allowed)
    mine = scores.get(item.language, 0.0)
    return mine >= 0.6 and mine > scores.get("en", 0.0)


def _source_date_phrase(candidate: Candidate) -> str | None:
    """The language of a short run that is a date of one source language with its own article or
    preposition before it (``am Samstag``, ``le mardi``, ``el lunes``), or None. English writes no article
    or preposition of another language before a weekday or a month."""
    words = candidate.words
    if not 2 <= len(words) <= 3 or len(words) != len(candidate.tokens):
        return None
    head, last = words[0], words[-1]
    if "dates" not in last.kinds or last.cls != SRC or len(last.languages) != 1:
        return None
    if not head.text.islower() or not head.kinds & {"articles", "prepositions"}:
        return None
    shared = head.languages & last.languages
    if not shared or any(not (w.languages & shared) for w in words):
        return None
    language = next(iter(shared))
    # only German writes its weekdays and months with a capital: ``Plaza de Mayo`` is a name
    return language if last.text.islower() or language == "de" else None


def _noun_slot(segment: Segment, candidate: Candidate) -> bool:
    """Does an English determiner or a number come right before the candidate, in its sentence (``gathered on
    the ⟦…⟧``, ``about 200 ⟦…⟧ took part``)?"""
    before = segment.text[max(0, candidate.start - segment.start - 16):candidate.start - segment.start]
    return NOUN_SLOT.search(before) is not None or COUNT_SLOT.search(before) is not None


def _single_confidence(token: Token, candidate: Candidate) -> float:
    base = _SINGLE_CONFIDENCE.get(token.cls)
    if base is None:  # a source word: days, months and news words say more than "de" or "et"
        base = 0.85 if token.kinds & {"dates", "common", "prepositions"} else 0.7
        if len(token.text) <= 2 and not candidate.bracketed and (
                fold(token.text) in load_lexicon().name_particles or fold(token.text) in _HESITATIONS):
            base = 0.55  # "er", "al", "de" alone are as often typos, hesitations or name particles
        elif len(token.text) <= 2 and not candidate.bracketed:
            # "et", "ou", "es" between English words: a conjunction or verb left behind; capitalised
            # in mid-sentence ("Nu 150", a currency), it is more often a name or a symbol
            base = 0.65 if token.text.islower() else 0.55
    return round(min(0.99, base + (0.1 if candidate.bracketed else 0.0)), 3)


def _restricted(scores: dict[str, float], allowed: tuple[str, ...]) -> dict[str, float]:
    """The identifier's scores over the allowed languages and English, summing to 1."""
    kept = {l: p for l, p in scores.items() if l in allowed or l == "en"}
    total = sum(kept.values())
    return {l: p / total for l, p in kept.items()} if total > 0 else {}


def document_language_of(judged: list[Judged]) -> str | None:
    """The source language most confirmed spans point to (None without any)."""
    votes: Counter[str] = Counter()
    for item in judged:
        weight = 2.0 if len(item.candidate.languages) == 1 else 1.0
        votes[item.language] += weight * item.confidence
    return votes.most_common(1)[0][0] if votes else None

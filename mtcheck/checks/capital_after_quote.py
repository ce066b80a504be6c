"""The capital-after-quote check: a capitalised word after a closing quote, where the boundary moved.

MT engines move the closing quote of a French quotation, so the clause after it
starts with a capital as if it began a sentence (``“A hoax” And warned``). Most
of this module tells such a capital from the ones English writes there: a
name, an acronym, a speaker's role before an attribution (``,” Managing director
Martin Schubert told``), or a reporting verb put before its subject (``Stated
the president``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from ..model import Finding, Scope, Severity
from .base import Check, CheckContext, Example
from .language_lexicon import load_lexicon
from .quotes import (
    CLOSE,
    REPORTING_VERBS,
    TRANSLATED_REPORTING_VERBS,
    RIGHT_DOUBLE,
    SENTENCE_END,
    STRAIGHT_DOUBLE,
    WORD,
    is_headline,
    scanned_paragraphs,
)

_SPACES = " \t\N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}"
_NEXT_WORD = re.compile(f"[{_SPACES}]+({WORD.pattern})")
#: French closing guillemet: a boundary like a closing quote (its use is reported by source-typography)
_RIGHT_GUILLEMET = re.compile("\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}")
#: closing marks that may stand between a quotation's last word and its end
_CLOSERS = (
    "'\N{RIGHT SINGLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}" + RIGHT_DOUBLE + STRAIGHT_DOUBLE
)

#: words that are lowercase in mid-sentence English: capitalised after a quote, they show
#: that the quote boundary is misplaced (``“A hoax” And warned``)
CLAUSE_WORDS = frozenset(
    """the a an this that these those its their his her our my your some any every each no
    one another several many both
    and but or nor so yet if because while although though unless until when where whereas whether
    which who whom whose what as than then there
    to of in on at by for from with without about against into over under after before during since
    through between toward towards upon despite among given
    he she they we it you him them us
    is are was were be been being has have had will would can could should may might must shall
    do does did not also even still only just already again rather instead according
    however therefore nevertheless moreover furthermore
    compared including following excluding regarding concerning considering
    adding saying noting stressing explaining insisting warning arguing""".split()
)
_I_CONTRACTION = re.compile("i['\N{RIGHT SINGLE QUOTATION MARK}]")
_DIGIT_AFTER = re.compile(r"\s*\d")
#: an age before a name (``18-year-old Chiara``): what follows a reporting verb, never a given name
_AGE_AFTER = re.compile(r"\s+\d{1,3}-year-old\b")
#: clause words that are also names or months (``“…” May 5``, ``“…” Will Smith``)
_ALSO_NAMES = frozenset({"may", "will", "said", "even"})
#: titles before a name: after one of them, ``Said`` is the verb (``,” Said Dr. Cormier``), not a given name
_TITLES_BEFORE_NAMES = frozenset("mr mrs ms miss dr prof professor sir dame mayor minister president judge senator "
                                 "general colonel captain inspector commissioner chief father sister".split())

#: the people a speaker is described as before the name (``,” managing director Anna Roth said``)
_SPEAKER_ROLES = frozenset(
    """director directors manager managers spokesman spokeswoman spokesperson chief head leader president chairman
    chairwoman chair secretary officer coordinator councillor mayor minister commissioner inspector superintendent
    prosecutor lawyer coach captain founder owner curator organiser organizer researcher professor doctor surgeon
    nurse teacher headteacher headmaster principal engineer economist analyst historian scientist ranger farmer
    winemaker chef architect deputy governor adviser advisor treasurer executive editor""".split())
#: words that open a capitalised party, a club or a nationality before a role (``,” Labour leader…``, ``,” City
#: manager…``, ``,” German coach…``): English capitalises them, so they are no sentence capital
_PROPER_ADJECTIVES = frozenset(
    "labour labor conservative green liberal socialist communist republican democratic democrat independent "
    "national federal social christian united free reform popular city town county rovers athletic wanderers "
    "albion villa palace forest rangers".split())
_PROPER_ADJECTIVE_END = re.compile(r"(?:an|ese|ish|ch|ss)$")
#: the rest of a role before a name and a reporting verb: ``director Martin Schubert told``
_ROLE_THEN_NAME = re.compile(
    rf"((?:[{_SPACES}]+[a-z][a-z-]*){{1,2}})[{_SPACES}]+[A-Z][\w'\N{{RIGHT SINGLE QUOTATION MARK}}-]+"
    rf"(?:[{_SPACES}]+[A-Z][\w'\N{{RIGHT SINGLE QUOTATION MARK}}-]+){{0,3}},?[{_SPACES}]+([a-z]+)\b")


def _role_before_speaker(text: str, word_end: int, word: str, ceiling: int) -> bool:
    """``…,” Managing director Martin Schubert told…``: the capitalised word opens a speaker's role in
    lower case, then the name and its reporting verb, so the capital is a sentence's, not a title's."""
    lower = word.lower()
    if lower in _PROPER_ADJECTIVES or _PROPER_ADJECTIVE_END.search(lower) or lower not in load_lexicon().english:
        return False
    rest = _ROLE_THEN_NAME.match(text, word_end, ceiling)
    return (rest is not None and rest.group(1).split()[-1] in _SPEAKER_ROLES
            and rest.group(2) in REPORTING_VERBS)


#: the end of the sentence a quotation's attribution sits in
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")


def _rest_of_sentence(text: str, start: int, ceiling: int) -> str:
    """The text from ``start`` to the end of its sentence (or ``ceiling``)."""
    stop = _SENTENCE_STOP.search(text, start, ceiling)
    return text[start:stop.start() if stop else ceiling]


def _verb_after_name(text: str, start: int, ceiling: int) -> bool:
    """Is there a reporting verb between ``start`` and the end of the sentence (``Said Khalil, the
    group's spokesman, told reporters``), outside a relative clause (``Said Anna Roth, the group's
    leader, who warned that…`` has none: "Said" is the verb)?"""
    clause = _rest_of_sentence(text, start, ceiling)
    if (relative := _RELATIVE_CLAUSE.search(clause)) is not None:
        clause = clause[:relative.start()]
    return any(word.lower() in REPORTING_VERBS for word in re.findall(r"[A-Za-z]+", clause))


#: the start of a relative clause after a name and its apposition
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|which|whose|whom)\b")


#: what opens a quotation of its own after an inverted attribution (``Says Smith: “…``)
_QUOTATION_OPENERS = ":\N{LEFT DOUBLE QUOTATION MARK}\"\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
#: what follows a reporting verb put before its subject (``Stated the president``, ``Added Ms Roux``)
_INVERTED_SUBJECT = re.compile(f"[{_SPACES}]+(?:the|a|an|his|her|their|its|[A-Z][\\w'-]+)\\b")


def _inverted_attribution(text: str, word: re.Match[str], ceiling: int) -> bool:
    """Is ``word`` (the word after a closing quote) a reporting verb before its subject (``…
    irregularities.” Stated the president``, ``…a fraction!” Says Wolf, who…``)? No English sentence
    opens so: the attribution goes on the quoted sentence, whose final stop should have been a comma."""
    verb = word.group(1)
    if not verb[:1].isupper() or verb.lower() not in REPORTING_VERBS:
        return False
    subject = _INVERTED_SUBJECT.match(text, word.end(1), ceiling)
    if subject is None:
        return False
    if verb.endswith(("ed", "aid", "old", "rote")):
        return True
    # a present verb also opens a magazine's attribution of the quotation that follows it (``Says Smith:
    # “…”``); it belongs to the quotation before only when no other comes in its own sentence
    clause = _rest_of_sentence(text, subject.end(), ceiling)
    return verb.endswith("s") and not any(mark in clause for mark in _QUOTATION_OPENERS)


#: an adverb in -ly of six letters or more (``Especially``, ``Mainly``): names that end so are shorter (Ely, Kelly)
_ADVERB = re.compile(r"[a-z]{4,}ly")


class CapitalAfterQuote(Check):
    """Capitalised word right after a closing quote or bracket in mid-sentence.

    What it does:
    Finds a closing double quote (or guillemet), or the closing bracket of an
    insertion such as ``[the country]``, followed by a space and a word that
    English writes in lowercase in mid-sentence: an article, conjunction,
    preposition, pronoun, auxiliary, reporting verb or adverb (``“A hoax” And
    warned``, ``[les agriculteurs] To protect``). Quotations that end their
    own sentence (``… he said.” The next day``) and headlines are skipped.

    Why it matters:
    It is the mark of a quotation boundary misplaced by machine translation:
    the engine moved the closing quote, so the next clause starts with a
    capital as if it began a sentence. The sentence no longer parses.

    Example:
    ``She denounced “a cynical move” The EU is funding rivals`` should read
    ``She denounced “a cynical move”: the EU is funding rivals``.

    Options:
    ``brackets`` (default true): also look after closing square brackets.

    Known false positives:
    A band, film or newspaper name starting with a capitalised ``The`` right
    after a quotation (``“Help” The Beatles recorded``); such findings carry a
    lower confidence. Proper nouns and acronyms (``US``) after a quote are never reported.
    """

    code = "QT102"
    name = "capital-after-quote"
    severity = Severity.WARNING
    scope = Scope.DOCUMENT

    @dataclass(frozen=True)
    class Options:
        """Options of capital-after-quote."""

        brackets: bool = True

    examples = (
        Example("Officials denied the report, calling it “a fabrication⟦” And⟧ vowed to respond.", True),
        Example("Critics slammed “an unacceptable delay⟦” Which⟧ they blamed on the ministry.", True),
        Example("The decision to back [the opposition⟦] Was⟧ taken in secret.", True),
        Example("He called the figures “worrying⟦” Especially⟧ in the north.", True),
        Example("“We will not give up,” she said. “The fight goes on.” Then she left.", False),
        Example("The song “Yesterday” Paul McCartney wrote in 1965 is still popular.", False),
        Example("“I am tired,” I said.", False),
        Example("It could have been [created by] US intelligence, he said.", False),
    )

    _BRACKET = re.compile(r"\[([^\[\]\n]{1,200})\]")

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        text = ctx.text
        for paragraph, scan in scanned_paragraphs(text):
            if is_headline(paragraph):
                continue
            boundaries = [(m.pos, "quote") for m in scan.marks if m.role == CLOSE]
            guillemets = _RIGHT_GUILLEMET.finditer(text, paragraph.start, paragraph.end)
            boundaries += [(m.start(), "quote") for m in guillemets]
            if self.options.brackets:
                boundaries += [(p, "bracket") for p in self._insertions(text, paragraph.start, paragraph.end)]
            for pos, kind in sorted(boundaries):
                finding = self._check_boundary(ctx, pos, kind, paragraph.end)
                if finding is not None:
                    yield finding

    def _insertions(self, text: str, start: int, end: int) -> Iterator[int]:
        """Offsets of ``]`` closing a mid-sentence insertion (not a footnote, label or ellipsis)."""
        for match in self._BRACKET.finditer(text, start, end):
            inner = match.group(1).strip()
            lead = text[start:match.start()].rstrip()
            if not lead or lead[-1] in SENTENCE_END or not any(c.isalpha() for c in inner):
                continue
            if inner.lower() in {"sic", "sic!"}:
                continue
            yield match.end() - 1

    def _check_boundary(self, ctx: CheckContext, pos: int, kind: str, ceiling: int) -> Finding | None:
        text = ctx.text
        inside = text[max(0, pos - 4):pos].rstrip(_CLOSERS + _SPACES)
        match = _NEXT_WORD.match(text, pos + 1, ceiling)
        if match is None:
            return None
        word = match.group(1).rstrip(".")
        lower = word.lower()
        if inside and inside[-1] in SENTENCE_END and not _inverted_attribution(text, match, ceiling):
            return None  # a new sentence, unless it opens with "Stated the president": the quote's stop was a comma
        if not word[0].isupper() or lower == "i" or _I_CONTRACTION.match(lower):
            return None
        if len(word) > 1 and word.isupper():
            return None  # an acronym (``US``, ``IT``), not the pronoun or word it spells
        following = _NEXT_WORD.match(text, match.start(1) + len(word), ceiling)
        followed_by_name = (following is not None and following.group(1)[0].isupper()
                            and following.group(1).rstrip(".").lower() not in _TITLES_BEFORE_NAMES)
        if lower in _ALSO_NAMES and (followed_by_name or _DIGIT_AFTER.match(text, match.end(1))):
            age = _AGE_AFTER.match(text, match.end(1))
            name_end = following.end() if followed_by_name else age.end() if age else -1
            if not (lower == "said" and name_end >= 0 and inside.endswith(",")
                    and not _verb_after_name(text, name_end, ceiling)):
                return None
            # ``…,” Said Rosa Mendoza, a teacher.``, ``…,” Said 18-year-old Chiara Vitali``: a quotation closed by
            # a comma needs a reporting verb, and no other comes after the name, so "Said" is that verb, not a name
        if followed_by_name and lower == "the" and inside.endswith(","):
            return None  # “…,” The Washington Post said: attribution to a name that starts with The
        if lower in CLAUSE_WORDS:
            confidence = 0.7 if followed_by_name else 0.9
        elif lower in TRANSLATED_REPORTING_VERBS:
            confidence = 0.8
        elif _ADVERB.fullmatch(lower) and lower in load_lexicon().english:
            confidence = 0.8  # “worrying” Especially in…: an adverb, which no name spells
        elif inside.endswith(",") and _role_before_speaker(text, match.start(1) + len(word), word, ceiling):
            confidence = 0.75
        else:
            return None
        end = match.start(1) + len(word)
        mark, unit = ("bracket", "insertion") if kind == "bracket" else ("quote", "quotation")
        return self.finding(
            ctx, pos, end,
            f"Capitalised '{word}' after a closing {mark} in mid-sentence: '{text[pos:end]}'; "
            f"the {unit} ends in the wrong place (write '{lower}' or end the sentence)",
            confidence=confidence,
            suggestion=text[pos:match.start(1)] + lower,
            evidence={"boundary": kind, "word": word,
                      "word_class": ("clause word" if lower in CLAUSE_WORDS
                                     else "reporting verb" if lower in TRANSLATED_REPORTING_VERBS
                                     else "adverb" if _ADVERB.fullmatch(lower) else "a speaker's role")},
        )

"""Quote typography left by machine translation: glued, misplaced and unbalanced quotes.

French quotations (« … ») come out of MT engines as English quotes glued to the
wrong word, with the quote boundary in the wrong place (``“A hoax” And
warned``), with punctuation outside the closing quote, or in Title Case. These
checks find those marks paragraph by paragraph (see :mod:`.quotes`); the title
and quotation casing check lives in :mod:`.titlecase` and the checks for
French typography kept in English (punctuation after the closing quote,
guillemets, spaced punctuation, decimal commas) in :mod:`.source_typography`;
all are re-exported here as the quote family.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from ..model import Finding, Scope, Severity
from .base import Check, CheckContext, Example
from .language_lexicon import load_lexicon
from .quote_punctuation import QuotePunctuation
from .quotes import (
    CLOSE,
    OPEN,
    REPORTING_VERBS,
    RIGHT_DOUBLE,
    SENTENCE_END,
    STRAIGHT_DOUBLE,
    WORD,
    Mark,
    is_headline,
    scanned_paragraphs,
    shorten,
)
from .source_typography import SourceTypography
from .titlecase import TitleCaseQuote

__all__ = [
    "CapitalAfterQuote",
    "GluedQuote",
    "QuotePunctuation",
    "SourceTypography",
    "TitleCaseQuote",
    "UnbalancedQuotes",
]

_WORD_CHARS = "-'\N{RIGHT SINGLE QUOTATION MARK}"
#: string-literal prefixes of programming languages (``f"x"``, ``rb"x"``): not glued words
_CODE_PREFIXES = frozenset({"r", "b", "f", "u", "rb", "br", "fr", "rf"})
#: what may follow an opening quote that really opens (a quote followed by ``:`` is a misshapen closing one)
_OPENING_INNER = "'\N{LEFT SINGLE QUOTATION MARK}(["
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
#: double quotes of any shape: ``"a","b"`` is a list of quoted strings, not a missing space
_QUOTE_CHARS = "\"\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}"
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


def _word_start(text: str, pos: int, floor: int) -> int:
    """Start of the word that ends at ``pos`` (letters, digits, apostrophes, hyphens, dots)."""
    while pos > floor and (text[pos - 1].isalnum() or text[pos - 1] in _WORD_CHARS + "."):
        pos -= 1
    return pos


def _word_end(text: str, pos: int, ceiling: int) -> int:
    """End of the word that starts at ``pos``."""
    while pos < ceiling and (text[pos].isalnum() or text[pos] in _WORD_CHARS):
        pos += 1
    return pos


class GluedQuote(Check):
    """Quotation mark glued to the word outside it: a space is missing.

    What it does:
    Finds an opening double quote glued to the word or the punctuation before
    it (``the Union“Fair Pay”``, ``said the director,“we``, ``at the finish.“I``) and a closing double
    quote glued to the word after it (``“Crime”And``). Curly and straight
    quotes count; apostrophes and single quotes never do.

    Why it matters:
    MT engines and the CMS pipelines behind them often lose the space at a
    quotation boundary when French guillemets are converted. Readers notice at
    once, and search engines index the glued tokens as new words.

    Example:
    ``The board called the plan a project“Historic Turning Point”`` should
    read ``a project “historic turning point”``.

    Options:
    ``straight-quotes`` (default true): also check straight ``"`` quotes, whose
    role (opening or closing) is inferred from their position.

    Known false positives:
    Code and markup quoted in prose (``key="value"``); string prefixes such as
    ``f"…"`` are recognised and skipped.
    """

    code = "QT101"
    name = "glued-quote"
    severity = Severity.WARNING
    scope = Scope.DOCUMENT

    @dataclass(frozen=True)
    class Options:
        """Options of glued-quote."""

        straight_quotes: bool = True

    examples = (
        Example("The agency called the plan a ⟦project“Historic⟧ Turning Point” on Monday.", True),
        Example("Officials denied the “fake ⟦news”report⟧ within hours.", True),
        Example("“It is over,” said the director⟦,“we⟧ have to act now.”", True),
        Example('He described the talks ⟦as"productive⟧" and left.', True),
        Example("The agency called the plan a “historic turning point” on Monday.", False),
        Example("Rock ’n’ roll fans in the ’80s loved the Joneses’ shop.", False),
    )

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        text = ctx.text
        for paragraph, scan in scanned_paragraphs(text):
            for mark in scan.marks:
                if mark.straight and not self.options.straight_quotes:
                    continue
                before = text[mark.pos - 1] if mark.pos > paragraph.start else " "
                after = text[mark.pos + 1] if mark.pos + 1 < paragraph.end else " "
                if (mark.role == OPEN and before in ",.;:!?" and after.isalpha()
                        and text[mark.pos - 2:mark.pos - 1] not in _QUOTE_CHARS + "."):
                    # ``said the director,"we have to act``, ``at the finish."I knew``: a space is missing
                    start, end = mark.pos - 1, _word_end(text, mark.pos + 1, paragraph.end)
                    where, fix = "punctuation before it", before + " " + text[mark.pos:end]
                elif mark.role == OPEN and before.isalnum() and (after.isalnum() or after in _OPENING_INNER):
                    start = _word_start(text, mark.pos, paragraph.start)
                    if mark.straight and text[start:mark.pos].lower() in _CODE_PREFIXES:
                        continue
                    end = _word_end(text, mark.pos + 1, paragraph.end)
                    where, fix = "previous word", text[start:mark.pos] + " " + text[mark.pos:end]
                elif mark.role == CLOSE and after.isalpha() and not before.isspace():
                    start = _word_start(text, mark.pos, paragraph.start)
                    end = _word_end(text, mark.pos + 1, paragraph.end)
                    where, fix = "next word", text[start:mark.pos + 1] + " " + text[mark.pos + 1:end]
                else:
                    continue
                side = "Opening" if mark.role == OPEN else "Closing"
                excerpt = text[start:end]
                yield self.finding(
                    ctx, start, end,
                    f"{side} quote glued to the {where}: '{excerpt}'; add a space",
                    confidence=0.95 if not mark.straight else 0.85,
                    suggestion=fix,
                    evidence={"quote": mark.char, "role": mark.role},
                )


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
        elif lower in REPORTING_VERBS:
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
                                     else "reporting verb" if lower in REPORTING_VERBS
                                     else "adverb" if _ADVERB.fullmatch(lower) else "a speaker's role")},
        )


#: paragraphs one quotation may run over with no quote mark in between (a long quotation whose
#: continuation marks the page dropped: ``“I knew it. / It was hard. / We won,” he said.``)
MAX_QUOTED_PARAGRAPHS = 6


class UnbalancedQuotes(Check):
    """Double quotation mark without its partner in the paragraph.

    What it does:
    Pairs the curly and straight double quotes of each paragraph and reports
    an opening quote that is never closed and a closing quote that was never
    opened. A quotation that goes on into the next paragraph, which then
    starts with an opening quote (the English convention), is fine, as is a
    paragraph split in the middle of a quotation, as is a quotation that
    runs over a few paragraphs with no quote mark and closes in a later one
    (pages often drop the marks that open each paragraph of a long
    quotation). Single quotes are never
    counted: they double as apostrophes (``don’t``, ``’80s``, ``the Joneses’``).
    Where a reporting clause shows where the quotation ends (``“We will win,
    she said``) or starts (``We will win,” she said`` at the start of a
    paragraph or after a colon), the finding spans the quoted words and its
    suggestion adds the missing mark. An opening quote that nothing in its
    paragraph ends spans the words up to the paragraph's end, which a reader
    takes as quoted; otherwise the finding points at the lone mark.

    Why it matters:
    A lost quote means the reader cannot tell where the quoted words end;
    after MT it usually marks a quotation whose boundary the engine moved or
    dropped.

    Example:
    ``He called it “a provocation and left.`` lacks its closing quote.

    Options:
    ``straight-quotes`` (default true): also pair straight ``"`` quotes.

    Known false positives:
    Inch and second marks written with double quotes next to words rather
    than digits; quotes inside code samples.
    """

    code = "QT103"
    name = "unbalanced-quotes"
    severity = Severity.WARNING
    scope = Scope.DOCUMENT

    @dataclass(frozen=True)
    class Options:
        """Options of unbalanced-quotes."""

        straight_quotes: bool = True

    examples = (
        Example("The minister called the report ⟦“a provocation and walked out.⟧", True),
        Example("The minister called the report ⟦“⟧a provocation and “a lie” in one speech.", True),
        Example("Police said the suspect was armed⟦”⟧ and dangerous.", True),
        Example("⟦“We will rebuild every house⟧, she said after the storm.", True),
        Example("A neighbour said: ⟦“I only had time to grab the dog.⟧ She said her house was gone.", True),
        Example("The spokeswoman said: ⟦We cannot take any risks with this bridge.”⟧ The ban starts today.", True),
        Example("“We will rebuild,” she said, quoting her ‘late father’.", False),
        Example("“The first paragraph goes on.\n\n“And the quotation closes here,” he said.", False),
        Example("⟦“He kept the money for himself⟧, the lawyer told the court.\n\n“I took nothing,” he said.", True),
        Example("“I never planned to manage.\n\nIt just felt right.\n\nSo here I am,” he said.", False),
        Example("A 55\" screen and rock ’n’ roll from the ’80s.", False),
    )

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        text = ctx.text
        #: an opening quote still waiting for its partner, and how many paragraphs it has crossed
        carried: dict[bool, tuple[Mark, int]] = {}
        lost: list[Mark] = []
        #: each mark's paragraph and the positions of the paragraph's other marks
        where: dict[int, tuple[int, int, tuple[int, ...]]] = {}
        for paragraph, scan in scanned_paragraphs(text):
            positions = tuple(m.pos for m in scan.marks)
            where.update((m.pos, (paragraph.start, paragraph.end, positions)) for m in scan.marks)
            unmatched = [m for m in scan.unmatched if self.options.straight_quotes or not m.straight]
            for straight, (mark, crossed) in list(carried.items()):
                first = next((m for m in scan.marks if m.straight == straight), None)
                if first is None and crossed < MAX_QUOTED_PARAGRAPHS:
                    # a paragraph without quote marks inside a long quotation whose continuation
                    # marks the page dropped: the quotation may still close further on
                    carried[straight] = (mark, crossed + 1)
                    continue
                del carried[straight]
                if (crossed == 1 and first is not None and first.role == OPEN
                        and not text[paragraph.start:first.pos].strip() and not _woven(text, mark)
                        and not _reported_before_break(text, mark, where[mark.pos])):
                    continue  # “… / “… : the quotation goes on into the next paragraph
                if first is not None and first in unmatched and first.role == CLOSE:
                    unmatched.remove(first)  # a paragraph break inside one quotation
                    continue
                lost.append(mark)
            for straight in (False, True):
                opens = [m for m in unmatched if m.role == OPEN and m.straight == straight]
                if opens:
                    carried[straight] = (opens[-1], 1)
                    unmatched.remove(opens[-1])
            lost.extend(unmatched)
        lost.extend(mark for mark, _ in carried.values())
        for mark in sorted(lost, key=lambda m: m.pos):
            start, end, suggestion = mark.pos, mark.pos + 1, None
            paragraph_start, paragraph_end, positions = where[mark.pos]
            if mark.role == OPEN:
                context = shorten(text[mark.pos:mark.pos + 60])
                message = f"Opening quote never closed: '{context}'; add the closing quote or remove this one"
                # the quoted words run up to the next mark of the paragraph at most
                limit = min((p for p in positions if p > mark.pos), default=paragraph_end)
                clause = (_REPORTING_AFTER_QUOTATION.search(text, mark.pos + 1, limit)
                          or _REPORTING_SENTENCE_AFTER.search(text, mark.pos + 1, limit))
                if clause is not None:
                    # "“We will win, she said": the quotation ends before the reporting clause
                    end = clause.start()
                    suggestion = text[mark.pos:end] + _PARTNER[mark.char]
                    said = _CLAUSE_NAME_START.sub("", clause.group().strip())
                    message = (f"Opening quote never closed: '{shorten(text[mark.pos:end], keep_end=True)}' "
                               f"ends before '{said}'; close the quotation there")
                elif limit == paragraph_end:
                    # nothing in the paragraph ends it: the reader takes every word up to the paragraph's
                    # end as quoted, so those words are the span, where the editor has to place the mark
                    end = mark.pos + len(text[mark.pos:limit].rstrip())
                    message = (f"Opening quote never closed: '{shorten(text[mark.pos:end])}' "
                               "runs on to the end of the paragraph; close it where the quoted words end")
            else:
                context = shorten(text[max(0, mark.pos - 60):mark.pos + 1], keep_end=True)
                message = (f"Closing quote without an opening quote: '{context}'; "
                           "add the opening quote or remove this one")
                before = max((p + 1 for p in positions if p < mark.pos), default=paragraph_start)
                reported = _REPORTING_AFTER_CLOSE.match(text, mark.pos + 1, paragraph_end)
                introduced = None if reported else _last(_REPORTING_COLON.finditer(text, before, mark.pos))
                if reported or introduced:
                    # "We will win,” she said: the quotation starts the paragraph, or follows a colon;
                    # she said: We will win.”: it follows the reporting verb's colon
                    colon = text.rfind(": ", before, mark.pos)
                    start = colon + 2 if colon >= 0 else before
                    starts = [m.end() for m in _SENTENCE_START.finditer(text, start, mark.pos)]
                    if starts and _NARRATION.search(text, start, starts[-1]):
                        start = starts[-1]  # the sentences before are the narrator's
                    start += len(text[start:mark.pos]) - len(text[start:mark.pos].lstrip())
                    suggestion = _PARTNER[mark.char] + text[start:mark.pos + 1]
                    message = (f"Closing quote without an opening quote: the quotation "
                               f"'{shorten(text[start:mark.pos + 1], keep_end=True)}' has no opening quote; "
                               "open it where it starts")
            yield self.finding(
                ctx, start, end, message,
                confidence=0.8 if mark.straight else 0.9,
                suggestion=suggestion,
                evidence={"quote": mark.char, "role": mark.role},
            )


def _reported_before_break(text: str, mark: Mark, place: tuple[int, int, tuple[int, ...]]) -> bool:
    """Does a reporting clause follow the quoted words of ``mark``'s paragraph (``“He treated the money as
    his own, the lawyer told the court.``)? Then the quotation ended there, lacking its closing quote: a
    quotation that goes on into the next paragraph is attributed at its end, not before the break."""
    _, paragraph_end, positions = place
    limit = min((p for p in positions if p > mark.pos), default=paragraph_end)
    return _REPORTING_AFTER_QUOTATION.search(text, mark.pos + 1, limit) is not None


def _woven(text: str, mark: Mark) -> bool:
    """Does the quotation that ``mark`` opens start in lower case, woven into the sentence (the so-called
    “hall of the peacocks…)? Such a quotation is no speech that goes on into a new paragraph."""
    return text[mark.pos + 1:mark.pos + 2].islower()


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    """The last of ``matches``, or None."""
    last = None
    for last in matches:
        pass
    return last


_VERBS = "|".join(sorted(REPORTING_VERBS, key=len, reverse=True))
_SUBJECT = r"(?:he|she|they|we|I|it)"
_NAMED = r"(?:the\s+)?[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}.-]*(?:\s+[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}.-]*){0,3}"
#: a reporting clause after quoted words that lack their closing quote: ", she said", ", said Erik Jansen",
#: ", the mayor added", ", Jansen told reporters"
_REPORTING_AFTER_QUOTATION = re.compile(
    rf",\s+(?:{_SUBJECT}\s+(?:{_VERBS})\b|(?:{_VERBS})\s+(?:the\s+)?[A-Z]|{_NAMED}\s+(?:{_VERBS})\b"
    # a role before the name: ", said crane operator Pedro Lima"
    rf"|(?:{_VERBS})\s+(?!(?:that|he|she|it|they|we|I)\b)(?:[a-z]+\s+){{1,3}}[A-Z]"
    # a role with what it does: ", the lawyer representing the council told the court"
    rf"|the\s+[a-z]+(?:\s+(?!(?:who|which|that|whom|whose)\b)[a-z]+){{0,4}}\s+(?:{_VERBS})\b)")
#: a reporting clause right after a closing quote: ”, she said / ” said Nadine Bérubé / ”, the mayor added
_REPORTING_AFTER_CLOSE = re.compile(
    rf"\s*,?\s+(?:{_SUBJECT}\s+(?:{_VERBS})\b|(?:{_VERBS})\s+(?:the\s+)?[A-Z]|{_NAMED}\s+(?:{_VERBS})\b"
    # ”, his lawyer said / ” said director Femke Aalbers: a role or a possessive before the speaker
    rf"|(?:the|his|her|their|its)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:{_VERBS})\b"
    rf"|(?:{_VERBS})\s+(?!(?:that|he|she|it|they|we|I)\b)(?:[a-z]+\s+){{1,3}}[A-Z])")
#: words of a narrator, not of a speaker: a sentence before a closing quote that holds them is no part of
#: the quotation (``…asked for a lighter sentence, arguing that he had panicked. He was a good man,” his
#: lawyer said``), so the quotation starts after it
_NARRATION = re.compile(rf"\b(?:{_VERBS}|arguing|saying|according\s+to)\b")
#: where a sentence starts: after a full stop, a question or exclamation mark, and a space
_SENTENCE_START = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
#: a sentence that reports the quotation before it (``…the dog. She said she``): the quotation ended before it
_REPORTING_SENTENCE_AFTER = re.compile(rf"(?<=[.!?])\s+(?:He|She|They)\s+(?:{_VERBS})\b")
#: a reporting verb and a colon that open a quotation whose opening quote is missing (``said: We cannot``)
_REPORTING_COLON = re.compile(rf"\b(?:{_VERBS})\b[^.!?:]{{0,40}}:\s+(?=\S)")
#: the first letter of a name that the clause pattern reads past the verb (", said E" of ", said Erik")
_CLAUSE_NAME_START = re.compile(r"\s+(?:the\s+)?[A-Z]\Z")
#: the mark that closes a quotation opened by each mark, and the one that opens a quotation it closes
_PARTNER = {"\N{LEFT DOUBLE QUOTATION MARK}": "\N{RIGHT DOUBLE QUOTATION MARK}",
            "\N{RIGHT DOUBLE QUOTATION MARK}": "\N{LEFT DOUBLE QUOTATION MARK}", STRAIGHT_DOUBLE: STRAIGHT_DOUBLE}

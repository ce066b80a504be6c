"""The unbalanced-quotes check: a double quote without its partner in the paragraph.

The quotes are paired paragraph by paragraph (see :mod:`.quotes`), carrying an
open quotation over paragraph breaks the way English and scraped pages continue
one; the reporting clauses around a lone mark (``“We will win, she said``) show
where the quoted words end or start, so the finding can span them and its
suggestion add the missing mark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from ..model import Finding, Scope, Severity
from .base import Check, CheckContext, Example
from .quotes import CLOSE, OPEN, STRAIGHT_DOUBLE, TRANSLATED_REPORTING_VERBS, Mark, scanned_paragraphs, shorten

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
        Example("⟦“We are still waiting⟧, said the leader of the main opposition group, Ana Díez.\n\n“The works will begin"
                " this year,” the mayor replied.", True),
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


_VERBS = "|".join(sorted(TRANSLATED_REPORTING_VERBS, key=len, reverse=True))
_SUBJECT = r"(?:he|she|they|we|I|it)"
_NAMED = r"(?:the\s+)?[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}.-]*(?:\s+[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}.-]*){0,3}"
#: a reporting clause after quoted words that lack their closing quote: ", she said", ", said Erik Jansen",
#: ", the mayor added", ", Jansen told reporters"
_REPORTING_AFTER_QUOTATION = re.compile(
    rf",\s+(?:{_SUBJECT}\s+(?:{_VERBS})\b|(?:{_VERBS})\s+(?:the\s+)?[A-Z]|{_NAMED}\s+(?:{_VERBS})\b"
    # a role before the name: ", said crane operator Pedro Lima"
    rf"|(?:{_VERBS})\s+(?!(?:that|he|she|it|they|we|I)\b)(?:[a-z]+\s+){{1,3}}[A-Z]"
    # a role with what it does: ", the lawyer representing the council told the court"
    rf"|the\s+[a-z]+(?:\s+(?!(?:who|which|that|whom|whose)\b)[a-z]+){{0,4}}\s+(?:{_VERBS})\b"
    # the verb, then a role of a body and the name after it or the sentence's end: ", said the spokesperson of the
    # main opposition group, Ana Díez"
    rf"|(?:{_VERBS})\s+the\s+[a-z-]+\s+(?:of|for|at|in)\s+[a-z' -]{{1,40}}?(?:,\s+[A-Z]|\.(?:\s|$)))")
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
_CLAUSE_NAME_START = re.compile(r",?\s+(?:the\s+)?[A-Z]\Z")
#: the mark that closes a quotation opened by each mark, and the one that opens a quotation it closes
_PARTNER = {"\N{LEFT DOUBLE QUOTATION MARK}": "\N{RIGHT DOUBLE QUOTATION MARK}",
            "\N{RIGHT DOUBLE QUOTATION MARK}": "\N{LEFT DOUBLE QUOTATION MARK}", STRAIGHT_DOUBLE: STRAIGHT_DOUBLE}

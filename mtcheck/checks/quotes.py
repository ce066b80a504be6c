"""Shared machinery of the quote checks: paragraphs, quote marks and quotations.

Every quote check needs the same facts about a paragraph: where its double
quotes are, which of them open and which close, how they pair up, and whether
the paragraph is a headline (where Title Case is normal). Sentence segments are
too small for this (the segmenter cuts ``“A Hoax” And warned`` after the
closing quote), so the checks work on paragraphs and point into the original
text with absolute offsets.

Only double quotes are tracked: a right single quotation mark is also the
apostrophe (``don’t``, ``’80s``, ``the Joneses’``), so single quotes can never be
paired reliably and are left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterator

from ..segment import lines

#: reporting verbs that follow a quotation in the lowercase (``“…” warned the minister``)
REPORTING_VERBS = frozenset(
    """said says added adds warned warns told tells stated states declared declares insisted insists
    stressed stresses explained explains argued argues noted notes wrote writes claimed claims accused
    accuses denied denies announced announces asked asks replied replies continued continues
    specified specifies underlined underlines estimated estimates affirmed affirms assured assures
    indicated indicates recalled recalls confided confides admitted admits conceded concedes
    commented comments observed observes lamented laments regretted regrets hammered hammers
    emphasised emphasises emphasized emphasizes acknowledged acknowledges summarised summarises summarized
    summarizes concluded concludes reacted reacts protested protests recounted recounts reminded reminds
    detailed details deplored deplores welcomed welcomes promised promises revealed reveals maintained
    maintains repeated repeats hoped hopes rejoiced rejoices criticised criticises criticized criticizes
    explained explains pleaded pleads objected objects retorted retorts confirmed confirms urged urges
    reported reports reiterated reiterates clarified clarifies answered answers responded responds
    cautioned cautions complained complains confessed confesses suggested suggests pointed
    smiled smiles laughed laughs joked jokes sighed sighs exclaimed exclaims whispered whispers
    highlighted highlights guaranteed guarantees predicted predicts advised advises shouted shouts remembered remembers remarked
    remarks recommended recommends celebrated celebrates proclaimed proclaims boasted boasts vowed vows
    pledged pledges countered quipped quips asserted asserts contended contends mused muttered mutters
    grumbled grumbles yelled yells screamed screams enthused enthuses fumed insisted beamed beams reckoned
    reckons grinned grins chuckled chuckles gushed gushes marvelled marvels marveled snapped scoffed scoffs
    sneered sneers murmured murmurs stammered stammers thundered agreed agrees recognised recognises
    recognized recognizes testified testifies""".split()
)
#: verbs a translation reports speech with (Spanish ``defendió``, Italian ``ha giustificato``) that English gives an
#: object (``defended "A Budget That…"``): reporting verbs only where the clause's shape already says so, after a
#: closing quote (``,” Defended the mayor``) or in the narration around a quotation
TRANSLATED_REPORTING_VERBS = REPORTING_VERBS | frozenset("defended defends justified justifies".split())

LEFT_DOUBLE = "\N{LEFT DOUBLE QUOTATION MARK}"
LOW_DOUBLE = "\N{DOUBLE LOW-9 QUOTATION MARK}"
RIGHT_DOUBLE = "\N{RIGHT DOUBLE QUOTATION MARK}"
STRAIGHT_DOUBLE = "\N{QUOTATION MARK}"
OPEN = "open"
CLOSE = "close"

#: characters after which a straight quote can only open a quotation
_OPENING_CONTEXT = "([{\N{EM DASH}\N{EN DASH}/"
#: characters before which a straight quote glued to a word can only close a quotation
_CLOSING_CONTEXT = ".,;:!?)]}\N{HORIZONTAL ELLIPSIS}\N{EM DASH}\N{EN DASH}'\N{RIGHT SINGLE QUOTATION MARK}-"
#: punctuation that ends a clause: no quotation opens right before it
_CLAUSE_PUNCTUATION = ",.;:!?"
#: sentence-final punctuation (a quotation that ends with one ends its sentence)
SENTENCE_END = ".!?\N{HORIZONTAL ELLIPSIS}"
#: what may close a line that really ends a paragraph (not a hard wrap)
_LINE_END = SENTENCE_END + ":;" + RIGHT_DOUBLE + STRAIGHT_DOUBLE + "\N{RIGHT SINGLE QUOTATION MARK})]"

#: words that stay lowercase inside a title in headline style, and that MT capitalises
SMALL_WORDS = frozenset(
    "a an the and but or nor for so yet of in on at to by up as via per from with into onto over than vs".split()
)

_DOUBLE_QUOTE = re.compile(f"[{LEFT_DOUBLE}{RIGHT_DOUBLE}{STRAIGHT_DOUBLE}{LOW_DOUBLE}]")
#: a word for the quote checks: letters, then letters, digits, apostrophes, hyphens, dots
WORD = re.compile(r"[^\W\d_][\w'\N{RIGHT SINGLE QUOTATION MARK}.\-]*")


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of the document: ``text`` is ``document.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mark:
    """One double quotation mark with its role; ``pos`` is an offset in the document."""

    pos: int
    char: str
    role: str

    @property
    def straight(self) -> bool:
        return self.char == STRAIGHT_DOUBLE


@dataclass(frozen=True)
class Quotation:
    """A paired quotation; ``open`` and ``close`` are the offsets of its two marks."""

    open: int
    close: int
    straight: bool

    @property
    def inner(self) -> tuple[int, int]:
        """Offsets of the quoted text, without the marks."""
        return self.open + 1, self.close


@dataclass
class QuoteScan:
    """The double quotes of one paragraph: roles, pairs, and marks left unpaired."""

    marks: list[Mark] = field(default_factory=list)
    quotations: list[Quotation] = field(default_factory=list)
    unmatched: list[Mark] = field(default_factory=list)


@lru_cache(maxsize=4)
def paragraphs(text: str) -> tuple[Paragraph, ...]:
    """The document's paragraphs: one per line, with hard-wrapped lines joined.

    Scraped articles keep one paragraph per line. A line that does not end a
    sentence and is followed, after a single line break, by a line starting in
    lowercase is a hard wrap inside one paragraph, so the two are joined (a
    quotation may open on one and close on the other). Computed once per text:
    several checks ask.
    """
    out: list[Paragraph] = []
    for start, end in lines(text):
        if out:
            last = out[-1]
            gap = text[last.end:start]
            if gap.count("\n") == 1 and last.text[-1] not in _LINE_END and text[start].islower():
                out[-1] = Paragraph(last.start, end, text[last.start:end])
                continue
        out.append(Paragraph(start, end, text[start:end]))
    return tuple(out)


def scan_quotes(text: str, start: int, end: int) -> QuoteScan:
    """Find the double quotes of ``text[start:end]``, give each a role and pair them.

    Curly quotes say their role by their shape (a left double quote after a
    German low opening quote closes it); they pair like brackets, so a stray
    extra opening quote stays unmatched. A straight quote opens when no
    straight quotation is open, unless it is plainly a closing one (glued to the
    word before and followed by a space or punctuation); a closing-looking quote after a digit
    with nothing open is an inch mark (``a 55" screen``) and is ignored, as is a
    curly closing quote after a digit with nothing open.
    """
    scan = QuoteScan()
    stack: list[Mark] = []
    straight_open: Mark | None = None
    for found in _DOUBLE_QUOTE.finditer(text, start, end):
        pos, char = found.start(), found.group()
        before = text[pos - 1] if pos > start else " "
        after = text[pos + 1] if pos + 1 < end else " "
        if char == LEFT_DOUBLE and stack and stack[-1].char == LOW_DOUBLE:
            mark = Mark(pos, char, CLOSE)  # German „…“: the left double quote closes
            scan.quotations.append(Quotation(stack.pop().pos, pos, False))
        elif char in (LEFT_DOUBLE, LOW_DOUBLE):
            mark = Mark(pos, char, OPEN)
            stack.append(mark)
        elif char == RIGHT_DOUBLE:
            if not stack and before.isdigit():
                continue
            mark = Mark(pos, char, CLOSE)
            if stack:
                scan.quotations.append(Quotation(stack.pop().pos, pos, False))
            else:
                scan.unmatched.append(mark)
        else:
            glued_before = not before.isspace() and before not in _OPENING_CONTEXT
            plainly_closing = glued_before and (after.isspace() or after in _CLOSING_CONTEXT)
            # a quote before a comma or a stop closes, even with a space before it (``waiting for ", he said``)
            plainly_opening = not glued_before and not after.isspace() and after not in _CLAUSE_PUNCTUATION
            if straight_open is None:
                if plainly_closing and before.isdigit():
                    continue
                mark = Mark(pos, char, CLOSE if plainly_closing else OPEN)
                if plainly_closing:
                    scan.unmatched.append(mark)
                else:
                    straight_open = mark
            elif plainly_opening:
                scan.unmatched.append(straight_open)
                mark = straight_open = Mark(pos, char, OPEN)
            else:
                mark = Mark(pos, char, CLOSE)
                scan.quotations.append(Quotation(straight_open.pos, pos, True))
                straight_open = None
        scan.marks.append(mark)
    scan.unmatched.extend(stack)
    if straight_open is not None:
        scan.unmatched.append(straight_open)
    scan.unmatched.sort(key=lambda m: m.pos)
    scan.quotations.sort(key=lambda q: q.open)
    return scan


def scanned_paragraphs(text: str) -> Iterator[tuple[Paragraph, QuoteScan]]:
    """Each paragraph of ``text`` with the scan of its double quotes.

    Five checks ask for the same text, so the scans are made once and shared: callers
    must not change them."""
    return iter(_scanned(text))


@lru_cache(maxsize=4)
def _scanned(text: str) -> tuple[tuple[Paragraph, QuoteScan], ...]:
    return tuple((paragraph, scan_quotes(text, paragraph.start, paragraph.end)) for paragraph in paragraphs(text))


def is_headline(paragraph: Paragraph) -> bool:
    """True for a short line without final punctuation whose words are mostly capitalised.

    In a headline every word may be capitalised (``Review: “Dune” Is a Triumph``),
    so capitals there say nothing about a misplaced quotation.
    """
    body = paragraph.text.rstrip(RIGHT_DOUBLE + STRAIGHT_DOUBLE + " ")
    if not body or body[-1] in SENTENCE_END:
        return False
    words = [w for w in WORD.findall(paragraph.text) if len(w) >= 4 or w.lower() not in SMALL_WORDS]
    if not words or len(words) > 25:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= 0.6


def words_before(text: str, pos: int, limit: int, floor: int = 0) -> list[str]:
    """Up to ``limit`` words ending before ``pos`` (nearest last), not crossing ``floor``."""
    window = text[max(floor, pos - 80):pos]
    return WORD.findall(window)[-limit:]


def shorten(excerpt: str, width: int = 40, keep_end: bool = False) -> str:
    """``excerpt`` cut to about ``width`` characters for a message, keeping its start or its end."""
    flat = " ".join(excerpt.split())
    if len(flat) <= width:
        return flat
    if keep_end:
        return "\N{HORIZONTAL ELLIPSIS}" + flat[1 - width:].lstrip()
    return flat[: width - 1].rstrip() + "\N{HORIZONTAL ELLIPSIS}"

"""Quote typography left by machine translation: glued, misplaced and unbalanced quotes.

French quotations (« … ») come out of MT engines as English quotes glued to the
wrong word, with the quote boundary in the wrong place (``“A hoax” And
warned``), with punctuation outside the closing quote, or in Title Case. These
checks find those marks paragraph by paragraph (see :mod:`.quotes`). Glued quotes
are found here; a capital after a misplaced boundary in :mod:`.capital_after_quote`,
quotes without their partner in :mod:`.unbalanced_quotes`, the title and quotation
casing check in :mod:`.titlecase` and the checks for French typography kept in
English (punctuation after the closing quote, guillemets, spaced punctuation,
decimal commas) in :mod:`.quote_punctuation` and :mod:`.source_typography`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from ..model import Finding, Scope, Severity
from .base import Check, CheckContext, Example
from .quotes import CLOSE, OPEN, scanned_paragraphs

_WORD_CHARS = "-'\N{RIGHT SINGLE QUOTATION MARK}"
#: string-literal prefixes of programming languages (``f"x"``, ``rb"x"``): not glued words
_CODE_PREFIXES = frozenset({"r", "b", "f", "u", "rb", "br", "fr", "rf"})
#: what may follow an opening quote that really opens (a quote followed by ``:`` is a misshapen closing one)
_OPENING_INNER = "'\N{LEFT SINGLE QUOTATION MARK}(["
#: double quotes of any shape: ``"a","b"`` is a list of quoted strings, not a missing space
_QUOTE_CHARS = "\"\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}"


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
    quote glued to the word after it (``“Crime”And``), or to it by a comma
    or a full stop (``new ideas”,and``, ``of this size”.The``). Curly and straight
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
                        and (text[mark.pos - 2:mark.pos - 1] not in _QUOTE_CHARS + "."
                             or not mark.straight and text[mark.pos - 2] == "\N{RIGHT DOUBLE QUOTATION MARK}")):
                    # ``said the director,"we have to act``, ``at the finish."I knew``: a space is missing; so it
                    # is after a closing quote's full stop (``twenty years”.“We had``)
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
                elif (mark.role == CLOSE and mark.pos + 2 < paragraph.end and not before.isspace()
                      and (after in ",;" and text[mark.pos + 2].isalpha()
                           or after == "." and text[mark.pos + 2].isupper() and text[mark.pos + 3:mark.pos + 4].islower())):
                    # ``new ideas”,and that is``: the comma after the quote is glued to the next word; ``of this
                    # size”.The secretary``: the full stop, to the next sentence
                    start = _word_start(text, mark.pos, paragraph.start)
                    end = _word_end(text, mark.pos + 2, paragraph.end)
                    where, fix = "next word", text[start:mark.pos + 2] + " " + text[mark.pos + 2:end]
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

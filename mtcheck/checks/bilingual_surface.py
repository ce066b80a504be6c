"""Bilingual checks of a translation's surface: copied source text, numbers and length.

Pair-scope checks like those of :mod:`.bilingual` (they run only under
``mtcheck align`` and read ``ctx.pair``), judging what can be compared without
meaning: a target that repeats its source, numbers that differ once writing
conventions are allowed for (:mod:`.numbers`), and a length far from what the
language pair leads to expect.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, replace
from typing import Iterator

from ..model import Finding, Severity
from .base import CheckContext, Example
from .bilingual import PairCheck, words
from .numbers import Number, extract, mentions_imperial, unmatched

_WORD = re.compile(r"[^\W\d_]+", re.U)


def _normalised(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold())) + " " + "".join(re.findall(r"\d", text))


class UntranslatedCopy(PairCheck):
    """A translation that is a copy, or nearly, of its source text.

    What it does:
    Compares each aligned group's target with its source, letters and digits
    only and case-folded, and reports targets at least ``min-overlap``
    identical to their source, when source and target languages differ.
    Segments of fewer than ``min-words`` words, or with fewer than two
    lower-case words (names, titles, product codes), are left alone.

    Why it matters:
    Pipelines fall back to the source text when an engine times out or a
    segment is locked, and the published page then holds French paragraphs
    in an English article.

    Example:
    Source ``Le gouvernement a annoncé de nouvelles mesures.`` left as ``Le
    gouvernement a annoncé de nouvelles mesures.`` in the translation.

    Options:
    ``min-overlap`` (default 0.9): share of identical characters.
    ``min-words`` (default 3).

    Known false positives:
    Quotations kept in the original language on purpose, and names of works,
    laws or organisations that stay untranslated.
    """

    code = "AL104"
    name = "untranslated-copy"
    severity = Severity.ERROR

    @dataclass(frozen=True)
    class Options:
        """Options of untranslated-copy."""

        min_overlap: float = 0.9
        min_words: int = 3

    examples = (
        Example("The minister spoke on Monday. ⟦Le gouvernement a annoncé de nouvelles mesures.⟧", True,
                source="Le ministre a parlé lundi. Le gouvernement a annoncé de nouvelles mesures."),
        Example("The minister spoke on Monday. The government announced new measures.", False,
                source="Le ministre a parlé lundi. Le gouvernement a annoncé de nouvelles mesures."),
    )

    def check_pair(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.pair.source_language == ctx.pair.target_language:
            return
        for group in ctx.pair.alignment.groups:
            if not group.source or not group.target:
                continue
            target = self.text_of(ctx, "target", group.target)
            lower = [w for w in _WORD.findall(target) if w.islower()]
            if words(target) < self.options.min_words or len(lower) < 2:
                continue
            a, b = _normalised(self.text_of(ctx, "source", group.source)), _normalised(target)
            matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
            if matcher.quick_ratio() < self.options.min_overlap or matcher.ratio() < self.options.min_overlap:
                continue
            overlap = matcher.ratio()
            yield self.pair_finding(
                ctx, "target", group.target,
                f"Translation is a copy of its source ({overlap:.0%} identical); translate it",
                confidence=min(0.99, 0.5 + overlap / 2), unit=ctx.pair.unit_of(group), overlap=round(overlap, 4),
            )


def _numbers(ctx: CheckContext, side: str, indexes: tuple[int, ...], converted: bool) -> list[Number]:
    segments = ctx.pair.source_segments if side == "source" else ctx.pair.target_segments
    found = []
    for index in indexes:
        segment = segments[index]
        found += [replace(n, start=n.start + segment.start, end=n.end + segment.start)
                  for n in extract(segment.text, converted)]
    return found


class NumberMismatch(PairCheck):
    """A number, date or amount that differs between the source and its translation.

    What it does:
    Reads every number of an aligned group on both sides as all the values
    it can mean in any writing convention (``3,5`` and ``3.5``; ``1 000``,
    ``1.000`` and ``1,000``; ``14h30`` and ``2.30``; ``2,5 millions`` and
    ``2.5 million``) and pairs numbers whose values meet. Spelled-out numbers
    (``three``, ``trois``, ``tenth``), Roman numerals (``XIXe siècle``) and
    the day and month of a numeric date can excuse a number on the other
    side but are never reported themselves. When the pair mentions imperial
    units, measured quantities are not compared: translators convert them.
    A number of the translation with no partner is reported on the target
    side; a source number with no partner, on the source side.

    Why it matters:
    A wrong figure in a translation (a year, an amount, a death toll) is a
    factual error that no fluency check can see.

    Example:
    Source ``Le budget atteint 3,5 millions d'euros.`` translated as ``The
    budget reaches 5.3 million euros.``

    Options:
    none.

    Known false positives:
    Numbers a translator rewrote on purpose: conversions to other units or
    currencies, ages written as ``in his 40s``, ``last 16`` for a round.
    """

    code = "AL105"
    name = "number-mismatch"
    severity = Severity.WARNING

    examples = (
        Example("The budget reaches ⟦5.3⟧ million euros.", True,
                source="Le budget atteint 3,5 millions d'euros."),
        Example("The budget reaches 3.5 million euros, and 1,000 jobs were created in three years.", False,
                source="Le budget atteint 3,5 millions d'euros, et 1 000 emplois ont été créés en trois ans."),
    )

    def check_pair(self, ctx: CheckContext) -> Iterator[Finding]:
        for group in ctx.pair.alignment.groups:
            if not group.source or not group.target:
                continue
            converted = any(
                mentions_imperial(self.text_of(ctx, side, indexes))
                for side, indexes in (("source", group.source), ("target", group.target))
            )
            missing, extra = unmatched(_numbers(ctx, "source", group.source, converted),
                                       _numbers(ctx, "target", group.target, converted))
            source_text = ctx.pair.source.text
            instead = ", ".join(source_text[n.start:n.end] for n in missing)
            for number in extra:
                shown = ctx.text[number.start:number.end]
                hint = f" (the source has {instead})" if instead else ""
                yield self.pair_finding(ctx, "target", group.target, f"Number {shown} is not in the source{hint}",
                                        confidence=0.8, span=(number.start, number.end), unit=ctx.pair.unit_of(group))
            if extra:
                continue
            for number in missing:
                yield self.pair_finding(
                    ctx, "source", group.source,
                    f"Number {source_text[number.start:number.end]} of the source is missing from the translation",
                    confidence=0.7, span=(number.start, number.end), unit=ctx.pair.unit_of(group),
                )


class LengthRatio(PairCheck):
    """A translation much shorter or longer than its source for the language pair.

    What it does:
    Compares each aligned group's length ratio (target characters per
    source character) with the ratio expected for the document: the ratio
    of its surest pairs, pulled towards the ratio measured for the language
    pair (French, German and Spanish into English) when the document is
    short. Groups whose ratio is more than ``band`` times off are reported,
    when the longer side has at least ``min-chars`` characters.

    Why it matters:
    A translation half as long as its source has usually lost a clause; one
    twice as long has gained one. Such partial omissions and additions keep
    the sentence aligned, so only its length shows them.

    Example:
    Source ``Le maire, élu en 2014 avec une large majorité, a démissionné
    lundi après une longue polémique.`` translated as ``The mayor resigned.``

    Options:
    ``band`` (default 2.0): allowed factor either side of the expected ratio.
    ``min-chars`` (default 40).

    Known false positives:
    Legitimately concise or expanded translations (headlines, explanations of
    acronyms for foreign readers).
    """

    code = "AL106"
    name = "length-ratio"
    severity = Severity.INFO

    @dataclass(frozen=True)
    class Options:
        """Options of length-ratio."""

        band: float = 2.0
        min_chars: int = 40

    examples = (
        Example("⟦The mayor resigned.⟧", True,
                source="Le maire, élu en 2014 avec une large majorité, a démissionné lundi après une longue "
                       "polémique sur le financement de sa campagne."),
        Example("The mayor, elected in 2014 with a large majority, resigned on Monday after a long row.", False,
                source="Le maire, élu en 2014 avec une large majorité, a démissionné lundi après une longue polémique."),
    )

    def check_pair(self, ctx: CheckContext) -> Iterator[Finding]:
        expected = ctx.pair.alignment.length_ratio
        band = self.options.band
        for group in ctx.pair.alignment.groups:
            if not group.source or not group.target:
                continue
            source = len(self.text_of(ctx, "source", group.source))
            target = len(self.text_of(ctx, "target", group.target))
            if max(source, target) < self.options.min_chars or not source:
                continue
            factor = target / source / expected
            if 1 / band <= factor <= band:
                continue
            what = (f"{1 / factor:.1f} times shorter than expected; part of the source may be missing"
                    if factor < 1 else f"{factor:.1f} times longer than expected; something may have been added")
            yield self.pair_finding(ctx, "target", group.target, f"Translation is {what}",
                                    confidence=0.6, unit=ctx.pair.unit_of(group),
                                    ratio=round(target / source, 3), expected=round(expected, 3))


__all__ = ["LengthRatio", "NumberMismatch", "UntranslatedCopy"]

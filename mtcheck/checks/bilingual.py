"""Bilingual checks of a translation's content: omissions, additions and mistranslations.

These checks have pair scope: they run only under ``mtcheck align``, where
``ctx.pair`` (an :class:`mtcheck.align_run.PairView`) holds the source document,
the segments of both sides and their alignment. A source segment with no
counterpart is an omission (reported on the source side), a target segment
with no counterpart an addition, and an aligned group whose meaning differs a
mistranslation. The surface checks (copies, numbers, length) are in
:mod:`.bilingual_surface`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterator

from ..model import Finding, Scope, Severity
from .base import Check, CheckContext, Example

#: an excerpt quoted in a message is cut to this many characters
QUOTE_CHARS = 60
_WORD = re.compile(r"[^\W\d_]+", re.U)


def _quote(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= QUOTE_CHARS else flat[:QUOTE_CHARS - 1].rstrip() + "\N{HORIZONTAL ELLIPSIS}"


def words(text: str) -> int:
    """Words of ``text`` (runs of letters)."""
    return len(_WORD.findall(text))


class PairCheck(Check):
    """Base of the bilingual checks: runs only when the document has a source and an alignment."""

    scope = Scope.PAIR
    needs = frozenset({"encoder"})
    languages = None

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.pair is not None:
            yield from self.check_pair(ctx)

    def check_pair(self, ctx: CheckContext) -> Iterator[Finding]:
        raise NotImplementedError

    @staticmethod
    def text_of(ctx: CheckContext, side: str, indexes: tuple[int, ...]) -> str:
        """The text of segments ``indexes`` of ``side``, from the first one's start to the last one's end."""
        start, end = PairCheck.span_of(ctx, side, indexes)
        return (ctx.pair.source.text if side == "source" else ctx.text)[start:end]

    @staticmethod
    def span_of(ctx: CheckContext, side: str, indexes: tuple[int, ...]) -> tuple[int, int]:
        segments = ctx.pair.source_segments if side == "source" else ctx.pair.target_segments
        return segments[indexes[0]].start, segments[indexes[-1]].end

    def pair_finding(self, ctx: CheckContext, side: str, indexes: tuple[int, ...], message: str, *,
                     confidence: float, span: tuple[int, int] | None = None, unit: str | None = None,
                     **evidence: Any) -> Finding:
        """A finding on ``side`` (``source`` or ``target``), over segments ``indexes`` or ``span``."""
        start, end = span or self.span_of(ctx, side, indexes)
        text = ctx.pair.source.text if side == "source" else ctx.text
        if unit is not None:  # line numbers of a pairs file count units: the unit id says where to look
            evidence["unit"] = unit
            message = f"{message} (unit {unit})"
        return Finding(
            code=self.code, check=self.name, severity=self.active_severity, start=start, end=end,
            excerpt=text[start:end], message=message, confidence=round(max(0.0, min(1.0, confidence)), 4),
            language=ctx.pair.source_language if side == "source" else ctx.pair.target_language,
            side=side, segment=indexes[0], evidence=evidence,
        )


def _gap_evidence(ctx: CheckContext, group) -> dict[str, float]:
    """Why a segment was left unaligned: its best similarity next to the gap, against a typical pair's."""
    typical = ctx.pair.alignment.typical_similarity
    return {"best_nearby_similarity": round(typical + group.margin, 4), "typical_similarity": round(typical, 4)}


class Omission(PairCheck):
    """A source sentence with no counterpart in the translation.

    What it does:
    Reports every source segment that the alignment leaves without a target
    segment (a 1-0 group), on the source side, with the aligner's confidence
    that nothing in the translation renders it. In files of units (XLIFF,
    TMX, PO, pair tables), a unit with an empty translation is reported too.

    Why it matters:
    Engines drop sentences silently, most often short ones between long ones,
    and a dropped sentence cannot be seen by reading the translation alone.

    Example:
    Source ``Le maire a démissionné. Il sera remplacé lundi.`` translated as
    ``The mayor resigned.``: the second source sentence is missing.

    Options:
    ``min-words`` (default 2): shorter source segments (a lone number, a
    credit line) are not reported. ``min-confidence`` (default 0.5).

    Known false positives:
    A sentence the translator merged into a neighbour's translation so loosely
    that the aligner cannot see it there, and credits or captions a
    publication drops on purpose.
    """

    code = "AL101"
    name = "omission"
    severity = Severity.ERROR

    @dataclass(frozen=True)
    class Options:
        """Options of omission."""

        min_words: int = 2
        min_confidence: float = 0.5

    examples = (
        Example("The mayor resigned on Monday. The council will meet next week.", True,
                source="Le maire a démissionné lundi. ⟦Il sera remplacé par son adjoint.⟧ "
                       "Le conseil se réunira la semaine prochaine."),
        Example("The mayor resigned on Monday. The council will meet next week.", False,
                source="Le maire a démissionné lundi. Le conseil se réunira la semaine prochaine."),
    )

    def check_pair(self, ctx: CheckContext) -> Iterator[Finding]:
        for group in ctx.pair.alignment.groups:
            if group.target or group.confidence < self.options.min_confidence:
                continue
            for index in group.source:
                text = self.text_of(ctx, "source", (index,))
                if words(text) < self.options.min_words:
                    continue
                yield self.pair_finding(
                    ctx, "source", (index,), f"Source sentence left out of the translation: '{_quote(text)}'",
                    confidence=group.confidence, unit=ctx.pair.unit_of(group), **_gap_evidence(ctx, group),
                )


class Addition(PairCheck):
    """A sentence in the translation with no counterpart in the source.

    What it does:
    Reports every target segment that the alignment leaves without a source
    segment (a 0-1 group), with the aligner's confidence.

    Why it matters:
    Text with no source is scraped residue (a caption, a widget, a line of the
    next article), an engine's hallucination or an editor's insertion: in
    each case the reader gets something the author never wrote.

    Example:
    Source ``Le maire a démissionné lundi.`` translated as ``The mayor resigned
    on Monday. Subscribe to our newsletter for more news.``

    Options:
    ``min-words`` (default 2): shorter target segments are not reported.
    ``min-confidence`` (default 0.5).

    Known false positives:
    An explanation the translator added for foreign readers (``Bercy, the
    French finance ministry, said``) when it stands as a sentence of its own.
    """

    code = "AL102"
    name = "addition"
    severity = Severity.WARNING

    @dataclass(frozen=True)
    class Options:
        """Options of addition."""

        min_words: int = 2
        min_confidence: float = 0.5

    examples = (
        Example("The mayor resigned on Monday. ⟦Subscribe to our newsletter for more local news.⟧ "
                "The council will meet next week.", True,
                source="Le maire a démissionné lundi. Le conseil se réunira la semaine prochaine."),
        Example("The mayor resigned on Monday. The council will meet next week.", False,
                source="Le maire a démissionné lundi. Le conseil se réunira la semaine prochaine."),
    )

    def check_pair(self, ctx: CheckContext) -> Iterator[Finding]:
        for group in ctx.pair.alignment.groups:
            if group.source or group.confidence < self.options.min_confidence:
                continue
            for index in group.target:
                text = self.text_of(ctx, "target", (index,))
                if words(text) < self.options.min_words:
                    continue
                yield self.pair_finding(
                    ctx, "target", (index,), "Sentence with no counterpart in the source; remove it or check the source",
                    confidence=group.confidence, unit=ctx.pair.unit_of(group), **_gap_evidence(ctx, group),
                )


class Mistranslation(PairCheck):
    """An aligned translation whose meaning differs from its source.

    What it does:
    Scores each aligned group by the margin of its embedding similarity: the
    similarity minus the mean similarity of its segments to their nearest
    neighbours on the other side. A translation that says what its source
    says stands far above the background; one that says something else does
    not. Short segments get a lower threshold, since their similarity is
    noisier. In documents too short for neighbours (fewer than five segments
    a side), the raw similarity is compared with ``min-similarity`` instead.

    Why it matters:
    A sentence swapped for another's translation, a hallucinated sentence in
    the right place or a reversed claim reads fluently: nothing in the
    translation alone gives it away.

    Example:
    Source ``Le conseil a approuvé le budget mardi.`` translated as ``The
    weather will be sunny across the region tomorrow.``

    Options:
    ``min-margin`` (default 0.0): flag groups whose margin is below it.
    ``short-allowance`` (default 0.06): how much lower the threshold goes for
    very short segments (none at ``short-chars`` and beyond).
    ``short-chars`` (default 60). ``min-similarity`` (default 0.3, for the
    default encoder): the threshold in documents too short for margins.

    Known false positives:
    Very free translations of idioms and headlines, and references that are
    themselves wrong (human reference translations contain mistakes too).
    """

    code = "AL103"
    name = "mistranslation"
    severity = Severity.ERROR

    @dataclass(frozen=True)
    class Options:
        """Options of mistranslation."""

        min_margin: float = 0.0
        short_allowance: float = 0.06
        short_chars: int = 60
        min_similarity: float = 0.3

    examples = (
        Example("⟦The weather will be sunny across the region tomorrow.⟧", True,
                source="Le conseil municipal a approuvé le budget mardi."),
        Example("The city council approved the budget on Tuesday.", False,
                source="Le conseil municipal a approuvé le budget mardi."),
    )

    def threshold(self, length: int) -> float:
        """The margin below which a group of ``length`` characters (shorter side) is flagged."""
        options = self.options
        shortfall = max(0.0, 1.0 - length / max(1, options.short_chars))
        return options.min_margin - options.short_allowance * shortfall

    def check_pair(self, ctx: CheckContext) -> Iterator[Finding]:
        alignment = ctx.pair.alignment
        for group in alignment.groups:
            if group.similarity is None:
                continue
            source = self.text_of(ctx, "source", group.source)
            target = self.text_of(ctx, "target", group.target)
            if alignment.margin_reliable:
                threshold = self.threshold(min(len(source), len(target)))
                if group.margin >= threshold:
                    continue
                confidence = 0.5 + (threshold - group.margin) * 5
            else:
                threshold = self.options.min_similarity
                if group.similarity >= threshold:
                    continue
                confidence = 0.5 + (threshold - group.similarity) * 2
            yield self.pair_finding(
                ctx, "target", group.target,
                f"Translation does not say what its source says (similarity {group.similarity:.2f}): "
                f"source '{_quote(source)}'",
                confidence=min(0.99, confidence), unit=ctx.pair.unit_of(group),
                similarity=round(group.similarity, 4), margin=round(group.margin, 4),
                threshold=round(threshold, 4), source_segments=list(group.source),
            )


__all__ = ["Addition", "Mistranslation", "Omission", "PairCheck", "words"]

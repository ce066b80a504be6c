"""The ``align`` pipeline: pair documents → split both sides → align → check → RunResult.

``mtcheck align SOURCE TARGET`` reads two inputs of any kind ``audit`` reads
and pairs their documents (one each, or matched by id for feeds and tables);
``mtcheck align PAIRS`` reads a file of units already paired
(:mod:`mtcheck.readers.pairs`). For each pair, both sides are split with
``--split``, aligned (:mod:`mtcheck.align`), and judged twice: by the
bilingual checks (pair scope), which see the alignment through
``ctx.pair``, and by every monolingual check on the target, exactly as
``audit`` runs them. A monolingual finding of a source-language span is
confirmed when its words occur in the aligned source segment.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from typing import Callable, Iterable, Iterator, Sequence

from .align import Alignment, AlignParams, Group, align_texts, align_units, length_prior
from .checks.base import Check, CheckContext
from .config import Settings
from .langid import document_language
from .model import Document, DocumentResult, Finding, RunResult, Scope, Segment, Severity
from .readers import ReadOptions, read_documents
from .readers.pairs import PairedDocument, PairOptions, read_pairs
from .resources import Resources
from .runner import Auditor, _dedupe, _suppressed, build_checks, signature
from .scoring import count_words, document_score
from .segment import SPLIT_MODES, segment
from .suppress import document_regions, path_ignores
from .textguard import scrub_document
from .verdict import mt_likelihood

#: checks whose spans are source-language text, confirmed against the aligned source
SOURCE_TEXT_CHECKS = frozenset({"untranslated-span"})
#: share of a span's words that must occur in the aligned source for it to count as confirmed
CONFIRM_SHARE = 0.6
_WORD = re.compile(r"[^\W\d_]{2,}", re.U)


@dataclass(frozen=True)
class PairView:
    """What a bilingual check sees beside the target document: the source side and the alignment."""

    source: Document
    source_segments: list[Segment]
    target_segments: list[Segment]
    alignment: Alignment
    source_language: str
    target_language: str
    #: the unit id (XLIFF trans-unit, TMX tu, PO entry, table row) of each source / target segment
    source_units: tuple[str, ...] = ()
    target_units: tuple[str, ...] = ()

    def unit_of(self, group: Group) -> str | None:
        """The id of the unit holding ``group``, when the input came in units."""
        if group.source and self.source_units:
            return self.source_units[group.source[0]]
        if group.target and self.target_units:
            return self.target_units[group.target[0]]
        return None


def _segments_of(text: str, spans: Sequence[tuple[int, int]], mode: str, language: str) -> tuple[list[list[Segment]], list[Segment]]:
    """Segments of each span of ``text`` (a unit, or the whole text), numbered over the text."""
    per_span: list[list[Segment]] = []
    flat: list[Segment] = []
    for start, end in spans:
        inner = []
        for piece in segment(text[start:end], mode, language):
            moved = Segment(len(flat), piece.start + start, piece.end + start, piece.text, piece.paragraph)
            inner.append(moved)
            flat.append(moved)
        per_span.append(inner)
    return per_span, flat


def pair_dict(group: Group, source: list[Segment], target: list[Segment]) -> dict:
    """A group as an entry of the JSON ``pairs`` list, with the spans of its segments on each side."""
    data = group.as_dict()
    data["source_spans"] = [[source[i].start, source[i].end] for i in group.source]
    data["target_spans"] = [[target[j].start, target[j].end] for j in group.target]
    return data


@dataclass
class BilingualAuditor:
    """Audits paired documents with the selected checks: pair checks and monolingual ones on the target."""

    settings: Settings
    checks: list[Check]
    resources: Resources
    params: AlignParams = AlignParams()

    @classmethod
    def from_settings(cls, settings: Settings) -> "BilingualAuditor":
        if settings.split not in SPLIT_MODES:
            raise ValueError(f"unknown split mode '{settings.split}'; use one of: {', '.join(SPLIT_MODES)}")
        auditor = cls(settings, build_checks(settings), Resources(settings))
        auditor.resources.encoder  # noqa: B018 - built now: an unusable --encoder is a usage error (EncoderError)
        return auditor

    def __post_init__(self) -> None:
        self.pair_checks = [c for c in self.checks if c.scope is Scope.PAIR]
        self.monolingual = Auditor(self.settings, [c for c in self.checks if c.scope is not Scope.PAIR], self.resources)

    def source_language(self, paired: PairedDocument) -> str:
        """The source language: from the file, else ``--source-lang``, else detected."""
        if paired.source_lang:
            return paired.source_lang
        if self.settings.source_lang not in ("", "auto"):
            return self.settings.source_lang
        return document_language(self.resources.langid, paired.source.text, default="und").language

    def encoder(self, source_language: str, target_language: str):
        """One encoder for both sides: the run's, or its fallback when it lacks either language."""
        base = self.resources.encoder
        chosen = base.for_language(source_language)
        return base.for_language(target_language) if chosen is base else chosen

    def align(self, paired: PairedDocument, source_lang: str, target_lang: str) -> PairView:
        """Split both sides and align them."""
        mode = self.settings.split
        source, target = paired.source, paired.target
        if paired.units is None:
            source_spans, target_spans, ids = [(0, len(source.text))], [(0, len(target.text))], None
        else:
            source_spans = [(u.source.start, u.source.end) for u in paired.units]
            target_spans = [(u.target.start, u.target.end) for u in paired.units]
            ids = [u.id for u in paired.units]
        source_units, source_segments = _segments_of(source.text, source_spans, mode, source_lang)
        target_units, target_segments = _segments_of(target.text, target_spans, mode, target_lang)
        encoder = self.encoder(source_lang, target_lang)
        prior = length_prior(source_lang, target_lang)
        if ids is None:
            alignment = align_texts([s.text for s in source_segments], [t.text for t in target_segments], encoder,
                                    self.params, prior)
            units_of: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
        else:
            units = [([s.text for s in a], [t.text for t in b]) for a, b in zip(source_units, target_units)]
            alignment = align_units(units, encoder, self.params, prior)
            units_of = tuple(  # type: ignore[assignment]
                tuple(ids[k] for k, inner in enumerate(side) for _ in inner) for side in (source_units, target_units)
            )
        return PairView(source, source_segments, target_segments, alignment, source_lang, target_lang, *units_of)

    def audit_pair(self, paired: PairedDocument) -> DocumentResult:
        """Align and check one pair; a problem in the pair becomes the result's error, never an exception."""
        source, target = scrub_document(paired.source), scrub_document(paired.target)
        paired = replace(paired, source=source, target=target)
        if source.error or target.error:
            error = "; ".join(dict.fromkeys(e for e in (source.error, target.error) if e))
            return DocumentResult(target, (), 0.0, None, None, error, count_words(target.text), (), source)
        target_lang = paired.target_lang or self.settings.target_lang
        try:
            view = self.align(paired, self.source_language(paired), target_lang)
        except Exception as exc:  # noqa: BLE001 - one pair that cannot be aligned must not stop the run
            return DocumentResult(target, (), 0.0, None, None, f"audit-failed: alignment failed: {type(exc).__name__}: {exc}",
                                  count_words(target.text), (), source)
        findings: list[Finding] = []
        errors: list[str] = []
        for check in self.pair_checks:
            ctx = CheckContext(target, view.target_segments, self.settings, self.resources, check.options,
                               target_lang, source, pair=view)
            try:
                findings.extend(check.run(ctx))
            except Exception as exc:  # noqa: BLE001 - one failing check must not lose the document
                errors.append(f"check-failed: check {check.name} failed: {type(exc).__name__}: {exc}")
        monolingual = self.monolingual.audit(target)
        if monolingual.error:
            errors.append(monolingual.error)
        findings += [_on_target(f, view) for f in monolingual.findings]
        # the same silencing as audit: per-record and per-path ignores, and suppression
        # comments in the target (a source-side finding's offsets are not the target's)
        ignored = (*target.ignore, *path_ignores(target.origin, self.settings.per_path_ignores))
        regions = document_regions(target)
        findings = [
            f for f in _dedupe(findings)
            if not _suppressed(f, ignored)
            and not (f.side != "source" and any(r.covers(f) and _suppressed(f, r.checks) for r in regions))
        ]
        words = count_words(target.text)
        return DocumentResult(
            document=target, findings=tuple(findings), score=document_score(findings, words),
            mt_likelihood=mt_likelihood(findings, words), language=monolingual.language or target_lang,
            error="; ".join(errors) or None, words=words,
            pairs=tuple(pair_dict(g, view.source_segments, view.target_segments) for g in view.alignment.groups),
            source=source,
        )


def _on_target(finding: Finding, view: PairView) -> Finding:
    """A monolingual finding placed on the target side, in the align segment holding it, confirmed if it can be."""
    starts = [s.start for s in view.target_segments]
    index = max(0, bisect.bisect_right(starts, finding.start) - 1) if starts else None
    placed = replace(finding, side="target", segment=index)
    if index is not None and view.target_units:
        placed = replace(placed, evidence={**placed.evidence, "unit": view.target_units[index]})
    if finding.check not in SOURCE_TEXT_CHECKS or index is None:
        return placed
    words = [w.casefold() for w in _WORD.findall(finding.excerpt)]
    partners = view.alignment.partners("target", index)
    source_words = {w.casefold() for i in partners for w in _WORD.findall(view.source_segments[i].text)}
    if not words or not source_words:
        return placed
    share = sum(1 for w in words if w in source_words) / len(words)
    if share < CONFIRM_SHARE:
        return replace(placed, evidence={**placed.evidence, "in_source": False})
    return replace(placed, confidence=max(finding.confidence, 0.98),
                   evidence={**placed.evidence, "in_source": True, "source_segments": list(partners)})


def pair_documents(sources: Sequence[Document], targets: Sequence[Document]) -> Iterator[PairedDocument]:
    """One document each: a pair. Several (feeds, tables): pairs matched by id; a lone side is an error."""
    if len(sources) == 1 and len(targets) == 1:
        yield PairedDocument(sources[0], targets[0])
        return
    by_id: dict[str, Document] = {}
    for document in sources:
        by_id.setdefault(document.id, document)
    matched: set[str] = set()
    for target in targets:
        source = by_id.get(target.id)
        if source is None:
            error = f"no source document with id '{target.id}'; pair documents by id (--id-field)"
            yield PairedDocument(replace(target, text="", error=error), target)
            continue
        matched.add(target.id)
        yield PairedDocument(source, target)
    for document in sources:
        if document.id not in matched:
            error = f"no translation with id '{document.id}'; pair documents by id (--id-field)"
            yield PairedDocument(document, replace(document, text="", error=error))
            matched.add(document.id)


def read_paired(inputs: Sequence[str], read_options: ReadOptions, pair_options: PairOptions) -> list[PairedDocument]:
    """The pairs of ``mtcheck align``: from one pairs file, or from SOURCE and TARGET documents.

    Raises ValueError for a wrong number of inputs and InputError for an
    input that does not exist, before any pair is audited (exit 2).
    """
    if len(inputs) == 1:
        return list(read_pairs(inputs[0], pair_options))
    if len(inputs) != 2:
        raise ValueError(f"align takes SOURCE TARGET or one PAIRS file, got {len(inputs)} inputs")
    sources = list(read_documents([inputs[0]], read_options))
    targets = list(read_documents([inputs[1]], read_options))
    return list(pair_documents(sources, targets))


def run_pairs(pairs: Iterable[PairedDocument], settings: Settings, inputs: Sequence[str] = (),
              progress: Callable[[DocumentResult], None] | None = None) -> RunResult:
    """Audit every pair and collect the result."""
    auditor = BilingualAuditor.from_settings(settings)
    results = []
    for paired in pairs:
        result = auditor.audit_pair(paired)
        results.append(result)
        if progress is not None:
            progress(result)
    fail_on = None if settings.fail_on == "never" else Severity.parse(settings.fail_on)
    return RunResult(tuple(results), signature(settings, auditor.checks, inputs), fail_on, settings.min_score)


__all__ = ["BilingualAuditor", "PairView", "pair_dict", "pair_documents", "read_paired", "run_pairs"]

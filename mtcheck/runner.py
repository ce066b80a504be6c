"""read → split → check → RunResult.

The runner builds the selected checks with their options once, then audits
documents one at a time. A document that cannot be audited (a reader error, a
check that raises) keeps an ``error`` and the run goes on: one bad record never
stops a pipeline.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from itertools import islice
from typing import Iterable, Iterator, Sequence

from . import __version__
from .checks import ALL_CHECKS
from .checks.base import Check, CheckContext, build_options
from .config import Settings
from .langid import document_scores, language_share
from .model import Document, DocumentResult, Finding, RunResult, RunSignature, Scope, Segment, Severity
from .resources import Resources
from .scoring import count_words, document_score
from .segment import segment
from .selection import parse_tokens, select_checks
from .suppress import document_regions, path_ignores, validate_path_ignores
from .textguard import scrub_document
from .verdict import mt_likelihood

#: a word as ``scoring.count_words`` counts them
_WORD = re.compile(r"\w+")
#: below this many words a document's language is not guessed (too little evidence)
MIN_WORDS_FOR_LANGUAGE = 8
#: how sure the identifier must be before a document counts as not in the target language
LANGUAGE_CONFIDENCE = 0.80
#: or how many times likelier than the target language the top language must be
LANGUAGE_LEAD = 5.0
#: a document whose lines in the target language hold at least this share of its words is in the
#: target language, whatever the whole text's guess (an English article with a long German quote)
TARGET_SHARE = 0.5


def check_lookup(token: str, checks: Sequence[type[Check]] = ALL_CHECKS) -> type[Check] | None:
    """The check whose code or name is ``token`` (case-insensitive), if any."""
    lowered = token.strip().lower()
    return next((c for c in checks if lowered in (c.code.lower(), c.name)), None)


def build_checks(settings: Settings, registry: Sequence[type[Check]] = ALL_CHECKS) -> list[Check]:
    """Instantiate the selected checks with their configured options and severities."""
    for key in (*settings.checks, *settings.severity):
        if check_lookup(key, registry) is None:
            import difflib

            hint = difflib.get_close_matches(key, [c.name for c in registry], n=1)
            did_you_mean = f" (did you mean '{hint[0]}'?)" if hint else ""
            raise ValueError(f"configuration names unknown check '{key}'{did_you_mean}")
    validate_path_ignores(settings.per_path_ignores, [(c.code, c.name) for c in registry])
    chosen = select_checks(registry, parse_tokens(settings.select), parse_tokens(settings.ignore))
    checks = []
    for cls in chosen:
        values = {}
        severity = None
        for key, table in settings.checks.items():
            if check_lookup(key, registry) is cls:
                values.update(table)
        for key, value in settings.severity.items():
            if check_lookup(key, registry) is cls:
                severity = Severity.parse(value)
        checks.append(cls(build_options(cls.name, cls.Options, values), severity))
    return checks


def signature(settings: Settings, checks: Sequence[Check], inputs: Sequence[str] = ()) -> RunSignature:
    """The run signature: version, checks, a hash of the options, encoder and languages."""
    options = {c.name: [repr(c.options), c.active_severity.value] for c in checks}
    options["_settings"] = [settings.english_style, settings.langid, settings.split]
    digest = hashlib.sha256(json.dumps(options, sort_keys=True).encode()).hexdigest()[:10]
    needs_encoder = any("encoder" in c.needs for c in checks)
    return RunSignature(
        version=__version__,
        checks=tuple(c.name for c in checks),
        options_hash=digest,
        encoder=settings.encoder if needs_encoder else None,
        source_lang=settings.source_lang,
        target_lang=settings.target_lang,
        inputs=tuple(inputs),
    )


def _has_words(text: str, count: int) -> bool:
    """Does ``text`` hold at least ``count`` words, as ``count_words`` counts them? It stops at
    the ``count``-th: counting a whole body only to compare the count with a few is wasted work."""
    return sum(1 for _ in islice(_WORD.finditer(text), count)) >= count


def _suppressed(finding: Finding, tokens: Iterable[str]) -> bool:
    for token in tokens:
        lowered = token.strip().lower()
        if lowered in (finding.check, finding.code.lower()) or (
            lowered and finding.code.lower().startswith(lowered)
        ):
            return True
    return False


def _dedupe(findings: Iterable[Finding]) -> list[Finding]:
    seen: set[tuple] = set()
    unique = []
    for finding in sorted(findings, key=Finding.sort_key):
        key = (finding.code, finding.start, finding.end, finding.side)
        if key not in seen:
            seen.add(key)
            unique.append(finding)
    return unique


#: findings that make others inside their span redundant: scraped furniture (a widget line that
#: should be deleted is one finding, not also French text, spacing and an off-topic line) makes every
#: other check's finding redundant; a sentence reported in another language, the untranslated spans
#: in it and the false friends its words look like (``milliards`` in a French sentence is French)
COVERING = {"boilerplate": None, "wrong-language": frozenset({"untranslated-span", "false-friend"})}


#: findings of the first check that a finding of the second over exactly the same span makes redundant: a
#: German clock time (``18 Uhr``) is source typography with a fix, not also untranslated words
SAME_SPAN = {"untranslated-span": "source-typography"}


def _outside_covering(findings: list[Finding]) -> list[Finding]:
    """Drop findings that lie inside the span of a finding that covers them (see ``COVERING``), or
    over the same span as a finding that says more (see ``SAME_SPAN``)."""
    spans = {(f.start, f.end, f.side, f.check) for f in findings if f.check in SAME_SPAN.values()}
    if spans:
        findings = [f for f in findings
                    if f.check not in SAME_SPAN or (f.start, f.end, f.side, SAME_SPAN[f.check]) not in spans]
    covers = [(f.start, f.end, f.side, f.check) for f in findings if f.check in COVERING]
    if not covers:
        return findings
    return [f for f in findings
            if not any(s <= f.start and f.end <= e and side == f.side and check != f.check
                       and (COVERING[check] is None or f.check in COVERING[check])
                       for s, e, side, check in covers)]


@dataclass
class Auditor:
    """Audits documents with a fixed set of checks and shared resources."""

    settings: Settings
    checks: list[Check]
    resources: Resources

    @classmethod
    def from_settings(cls, settings: Settings) -> "Auditor":
        # pair-scope checks need a source side: only ``align`` (mtcheck.align_run) runs them
        checks = [c for c in build_checks(settings) if c.scope is not Scope.PAIR]
        return cls(settings, checks, Resources(settings))

    def language_of(self, document: Document) -> str:
        """The document's language, or the target language when unsure."""
        body = document.text[document.body_start:]
        if not _has_words(body, MIN_WORDS_FOR_LANGUAGE):
            return self.settings.target_lang
        target = self.settings.target_lang
        scores = document_scores(self.resources.langid, body)
        if not scores:
            return target
        language, confidence = max(scores.items(), key=lambda item: item[1])
        # fastText spreads probability over related languages on long text, so a clear
        # lead over the target language counts as much as a high absolute score
        clear_lead = confidence >= 0.5 and confidence >= LANGUAGE_LEAD * scores.get(target, 0.0)
        if language != target and confidence < LANGUAGE_CONFIDENCE and not clear_lead:
            return target
        if language != target and language_share(self.resources.langid, body, target) >= TARGET_SHARE:
            return target
        return language

    def audit(self, document: Document) -> DocumentResult:
        """Audit one document; never raises for a problem in the document itself.

        The document is scrubbed first (``textguard``): lone surrogates and control
        characters become U+FFFD, so every report can be written.
        """
        return self.finish(self.prepare(document))

    def prepare(self, document: Document) -> "Prepared":
        """Scrub, count, guess the language and split: everything before the checks."""
        document = scrub_document(document)
        words = count_words(document.text)
        if document.error:
            return Prepared(document, words, result=DocumentResult(document, (), 0.0, None, None, document.error, words))
        try:
            language = self.language_of(document)
            segments = segment(document.text, "sentences", language)
        except Exception as exc:  # noqa: BLE001 - a record that cannot be split is an error entry
            return Prepared(document, words, result=DocumentResult(
                document, (), 0.0, None, None, f"audit-failed: segmentation failed: {type(exc).__name__}: {exc}", words))
        return Prepared(document, words, language, segments)

    def finish(self, prepared: "Prepared") -> DocumentResult:
        """Run the checks on a prepared document and score it."""
        if prepared.result is not None:
            return prepared.result
        document, words, language, segments = prepared.document, prepared.words, prepared.language, prepared.segments
        findings: list[Finding] = []
        errors: list[str] = []
        notes: list[str] = []
        for check in self.checks:
            if check.languages is not None and language not in check.languages:
                continue
            ctx = CheckContext(document, segments, self.settings, self.resources, check.options, language, notes=notes)
            try:
                found = list(check.run(ctx))
            except Exception as exc:  # noqa: BLE001 - one failing check must not lose the document
                errors.append(f"check-failed: check {check.name} failed: {type(exc).__name__}: {exc}")
                continue
            text = document.text
            valid = [f for f in found if 0 <= f.start <= f.end <= len(text) and text[f.start:f.end] == f.excerpt]
            if len(valid) < len(found):
                # a span outside the text would break every report's offsets: drop it, say so
                errors.append(f"check-failed: check {check.name} made {len(found) - len(valid)} findings "
                              "whose span does not match the text; they were dropped")
            findings.extend(valid)
        # per-record and per-path ignores silence a check in the whole document,
        # suppression comments only in the paragraph that follows them
        ignored = (*document.ignore, *path_ignores(document.origin, self.settings.per_path_ignores))
        regions = document_regions(document)
        findings = [
            f for f in _outside_covering(_dedupe(findings))
            if not _suppressed(f, ignored) and not any(r.covers(f) and _suppressed(f, r.checks) for r in regions)
        ]
        return DocumentResult(
            document=document,
            findings=tuple(findings),
            score=document_score(findings, words),
            mt_likelihood=mt_likelihood(findings, words),
            language=language,
            error="; ".join(errors) or None,
            words=words,
            notes=tuple(notes),
        )

    def audit_all(self, documents: Iterable[Document]) -> Iterator[DocumentResult]:
        """Audit each document; one that fails in any way is kept as an error result."""
        for document in documents:
            yield self._safely(self.audit, document)

    def audit_batch(self, documents: Sequence[Document], cache_cutoff: int | None = None) -> list[DocumentResult]:
        """Audit a batch of documents, in order, encoding what their checks need in one call first.

        Vectors do not cross batches (``Resources.isolate_batch``): with the
        embedding cache read only up to ``cache_cutoff`` (``embed_cache.cache_snapshot``
        taken when the run started), a batch gives the same bytes whichever
        process audits it and whatever was audited before.
        """
        from .prefetch import prefetch

        self.resources.isolate_batch(cache_cutoff)
        prepared = [self._safely(self.prepare, d) for d in documents]
        ready = [p for p in prepared if isinstance(p, Prepared)]
        prefetch(self.checks, ready, self.settings, self.resources)
        return [self._safely(self.finish, p) if isinstance(p, Prepared) else p for p in prepared]

    @staticmethod
    def _safely(step, item):
        """``step(item)``, or an error result when it raises: one record never stops a run."""
        try:
            return step(item)
        except Exception as exc:  # noqa: BLE001 - scoring or suppression failing must not lose the record
            document = item.document if isinstance(item, Prepared) else scrub_document(item)
            return DocumentResult(document, (), 0.0, error=f"audit-failed: {type(exc).__name__}: {exc}")


@dataclass
class Prepared:
    """A document ready for its checks; ``result`` is set when it is already decided (unreadable)."""

    document: Document
    words: int
    language: str | None = None
    segments: Sequence[Segment] = ()
    result: DocumentResult | None = None


#: documents audited together: the unit of encoder batching, of parallel work and of checkpoints
BATCH_SIZE = 64


def batches(documents: Iterable[Document], size: int = BATCH_SIZE) -> Iterator[list[Document]]:
    """``documents`` in lists of ``size`` (the last one shorter), read lazily."""
    batch: list[Document] = []
    for document in documents:
        batch.append(document)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def run(
    documents: Iterable[Document],
    settings: Settings,
    inputs: Sequence[str] = (),
    progress=None,
) -> RunResult:
    """Audit every document and collect the result."""
    from .embed_cache import cache_snapshot

    auditor = Auditor.from_settings(settings)
    cutoff = cache_snapshot(settings.cache_dir)
    results = []
    for batch in batches(documents):
        for result in auditor.audit_batch(batch, cutoff):
            results.append(result)
            if progress is not None:
                progress(result)
    fail_on = None if settings.fail_on == "never" else Severity.parse(settings.fail_on)
    return RunResult(
        documents=tuple(results),
        signature=signature(settings, auditor.checks, inputs),
        fail_on=fail_on,
        min_score=settings.min_score,
    )

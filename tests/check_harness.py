"""Run one check on one text, the way the per-check tests and the registry tests need it.

The check runs alone, on a document read as plain text (a short first line
becomes its title) in the target language, with real settings
and resources, so a test sees exactly the findings that check makes. A
pair-scope check runs on a translation aligned with its source.
"""

from __future__ import annotations

from typing import Any, Mapping

from mtcheck.checks.base import Check, CheckContext, build_options
from mtcheck.config import Settings
from mtcheck.model import Finding
from mtcheck.readers.base import plain_text_document
from mtcheck.resources import Resources
from mtcheck.segment import segment


def run_check(
    check_type: type[Check],
    text: str,
    options: Mapping[str, Any] | None = None,
    settings: Mapping[str, Any] | None = None,
) -> list[Finding]:
    """The findings of ``check_type`` alone on ``text``; excerpts are verified against the text."""
    run_settings = Settings(**dict(settings or {}))
    check = check_type(build_options(check_type.name, check_type.Options, dict(options or {})))
    document = plain_text_document(text, id="case", origin="<case>")
    ctx = CheckContext(
        document, segment(text, "sentences", run_settings.target_lang), run_settings,
        Resources(run_settings), check.options, run_settings.target_lang,
    )
    findings = [f for f in check.run(ctx) if f.check == check_type.name]
    for finding in findings:
        assert text[finding.start:finding.end] == finding.excerpt, finding
    return findings


def run_pair_check(
    check_type: type[Check],
    source: str,
    text: str,
    options: Mapping[str, Any] | None = None,
    settings: Mapping[str, Any] | None = None,
) -> list[Finding]:
    """The findings of the pair-scope ``check_type`` alone on ``text`` aligned with ``source``.

    Both sides are split and aligned as ``mtcheck align`` does; each excerpt is
    verified against the text of its side.
    """
    from mtcheck.align_run import BilingualAuditor
    from mtcheck.readers.pairs import PairedDocument

    run_settings = Settings(**dict(settings or {}))
    check = check_type(build_options(check_type.name, check_type.Options, dict(options or {})))
    paired = PairedDocument(plain_text_document(source, id="case", origin="<source>"),
                            plain_text_document(text, id="case", origin="<case>"))
    auditor = BilingualAuditor(run_settings, [check], Resources(run_settings))
    view = auditor.align(paired, auditor.source_language(paired), run_settings.target_lang)
    ctx = CheckContext(paired.target, view.target_segments, run_settings, auditor.resources, check.options,
                       run_settings.target_lang, paired.source, pair=view)
    findings = [f for f in check.run(ctx) if f.check == check_type.name]
    for finding in findings:
        side_text = source if finding.side == "source" else text
        assert side_text[finding.start:finding.end] == finding.excerpt, finding
    return findings


def spans_of(findings: list[Finding]) -> list[tuple[int, int]]:
    """The sorted, distinct spans of ``findings``."""
    return sorted({(f.start, f.end) for f in findings})


def describe(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """Spans shown as the text they cover, for readable assertion messages."""
    return [text[s:e] for s, e in spans]

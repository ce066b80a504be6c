"""Encode what a batch of documents' checks will ask for, in one encoder call.

A check that needs the sentence encoder asks for a few texts per document (a
title, paragraph openings). Encoding them document by document pays the
encoder's per-call cost (cache look-ups, a commit to the disk cache, short
micro-batches) once per document; encoding the whole batch's texts at once pays
it once per batch.

Which texts a check wants is learnt by running it: each encoder-needing check
runs on every document with a stand-in encoder that notes the texts of its
first ``encode`` call and stops the check there, so a check's own early exits
(no title, a body too short to judge) decide what is encoded, nothing is
encoded for a document the check will skip, and the work after encoding is not
done twice. The real run then finds the vectors in the encoder's memory cache
(a later ``encode`` call of the same check, if any, encodes as usual).
"""

from __future__ import annotations

from typing import Any, Sequence

from .checks.base import Check, CheckContext


class _Planned(Exception):
    """Raised by the stand-in encoder: the check has said what it will encode, planning stops it."""


class _Recorder:
    """Stands in for an encoder while planning: notes the texts asked for, then stops the check."""

    def __init__(self, encoder: Any, wanted: dict[int, tuple[Any, list[str]]]) -> None:
        self._encoder = encoder
        self.wanted = wanted
        self.name = encoder.name
        self.dim = encoder.dim

    def for_language(self, language: str) -> "_Recorder":
        return _Recorder(self._encoder.for_language(language), self.wanted)

    def encode(self, texts: Sequence[str]) -> Any:
        self.wanted.setdefault(id(self._encoder), (self._encoder, []))[1].extend(texts)
        raise _Planned


class _PlanningResources:
    """The run's resources with the encoder replaced by a recorder."""

    def __init__(self, resources: Any, recorder: _Recorder) -> None:
        self._resources = resources
        self.encoder = recorder

    def __getattr__(self, name: str) -> Any:
        return getattr(self._resources, name)


def wanted_texts(checks: Sequence[Check], prepared: Sequence[Any], settings: Any,
                 resources: Any) -> list[tuple[Any, list[str]]]:
    """Per encoder, the texts that ``checks`` will encode for the ``prepared`` documents.

    ``prepared`` items have ``document``, ``segments``, ``language`` and ``result``
    (set when the document is already decided and runs no check).
    """
    planners = [c for c in checks if "encoder" in c.needs]
    if not planners:
        return []
    try:
        recorder = _Recorder(resources.encoder, {})
    except Exception:  # noqa: BLE001 - an encoder that cannot be built is reported by the real run
        return []
    planning = _PlanningResources(resources, recorder)
    for item in prepared:
        if item.result is not None:
            continue
        for check in planners:
            if check.languages is not None and item.language not in check.languages:
                continue
            ctx = CheckContext(item.document, item.segments, settings, planning, check.options, item.language,
                               notes=[])
            try:
                for _ in check.run(ctx):
                    pass
            except Exception:  # noqa: BLE001 - _Planned, or a failing check that the real run reports
                continue
    return [(encoder, list(dict.fromkeys(texts))) for encoder, texts in recorder.wanted.values()]


def prefetch(checks: Sequence[Check], prepared: Sequence[Any], settings: Any, resources: Any) -> int:
    """Encode, one call per encoder, every text the checks will ask for; return how many texts."""
    total = 0
    for encoder, texts in wanted_texts(checks, prepared, settings, resources):
        try:
            encoder.encode(texts)
        except Exception:  # noqa: BLE001 - the check that needs the vectors reports the failure itself
            continue
        total += len(texts)
    return total

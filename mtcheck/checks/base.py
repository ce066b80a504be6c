"""The contract every check follows: declared metadata, options, examples, ``run``.

A check is a class with a code, a kebab-case name, a default severity, a scope,
a docstring with the sections *What it does*, *Why it matters*, *Example*,
*Options* and *Known false positives*, and runnable examples whose expected
spans are marked inline with ``⟦…⟧``. ``run(ctx)`` yields findings; heavy
resources (language identifiers, encoders) come from ``ctx.resources``, never
built inside a check.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from dataclasses import dataclass, field
from typing import Any, ClassVar, Iterable, Iterator, Mapping

from ..model import Document, Finding, Scope, Segment, Severity

MARK_OPEN = "\N{MATHEMATICAL LEFT WHITE SQUARE BRACKET}"
MARK_CLOSE = "\N{MATHEMATICAL RIGHT WHITE SQUARE BRACKET}"
_MARK = re.compile(f"{MARK_OPEN}(.*?){MARK_CLOSE}", re.S)

DOC_SECTIONS = ("What it does", "Why it matters", "Example", "Options", "Known false positives")


def parse_marked(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """Remove ``⟦…⟧`` marks from ``marked``; return the plain text and the marked spans."""
    plain: list[str] = []
    spans: list[tuple[int, int]] = []
    cursor = 0
    length = 0
    for match in _MARK.finditer(marked):
        before = marked[cursor:match.start()]
        plain.append(before)
        length += len(before)
        inner = match.group(1)
        spans.append((length, length + len(inner)))
        plain.append(inner)
        length += len(inner)
        cursor = match.end()
    plain.append(marked[cursor:])
    return "".join(plain), spans


@dataclass(frozen=True)
class Example:
    """A runnable example: ``flagged`` examples mark each expected span with ``⟦…⟧``.

    Examples of pair-scope checks carry the ``source`` the ``text`` translates;
    marks in ``text`` are spans of the translation, marks in ``source`` spans of
    the source (an omission is found on the source side).
    """

    text: str
    flagged: bool
    options: Mapping[str, Any] = field(default_factory=dict)
    settings: Mapping[str, Any] = field(default_factory=dict)
    note: str = ""
    source: str | None = None

    @property
    def plain(self) -> str:
        return parse_marked(self.text)[0]

    @property
    def spans(self) -> list[tuple[int, int]]:
        return parse_marked(self.text)[1]

    @property
    def plain_source(self) -> str | None:
        """The source without its marks (pair-scope examples only)."""
        return None if self.source is None else parse_marked(self.source)[0]

    @property
    def source_spans(self) -> list[tuple[int, int]]:
        """Spans marked in the source: findings expected on the source side."""
        return [] if self.source is None else parse_marked(self.source)[1]


@dataclass(frozen=True)
class NoOptions:
    """This check has no options."""


class OptionsError(ValueError):
    """A check option in the configuration is unknown or has the wrong type."""


def build_options(check_name: str, options_type: type, values: Mapping[str, Any]) -> Any:
    """Build a check's frozen Options from config values, failing loudly on typos."""
    known = {f.name.replace("_", "-"): f for f in dataclasses.fields(options_type)}
    kwargs: dict[str, Any] = {}
    for key, value in values.items():
        normal = key.replace("_", "-")
        if normal not in known:
            hint = difflib.get_close_matches(normal, list(known), n=1)
            valid = ", ".join(sorted(known)) or "none"
            did_you_mean = f" (did you mean '{hint[0]}'?)" if hint else ""
            raise OptionsError(
                f"unknown option '{key}' for check '{check_name}'{did_you_mean}; valid options: {valid}"
            )
        spec = known[normal]
        default = spec.default if spec.default is not dataclasses.MISSING else None
        if default is not None and not _same_kind(default, value):
            raise OptionsError(
                f"option '{key}' of check '{check_name}' expects {type(default).__name__}, got {value!r}"
            )
        if isinstance(default, tuple) and isinstance(value, list):
            value = tuple(value)
        kwargs[spec.name] = value
    return options_type(**kwargs)


def _same_kind(default: Any, value: Any) -> bool:
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, float):
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if isinstance(default, tuple):
        return isinstance(value, (list, tuple))
    return isinstance(value, type(default))


@dataclass
class CheckContext:
    """What a check sees of one document: its text, segments, settings and shared resources."""

    document: Document
    segments: list[Segment]
    settings: Any
    resources: Any
    options: Any = None
    language: str = "en"
    source_document: Document | None = None
    #: the source side and the alignment (an ``mtcheck.align_run.PairView``) when the run is ``align``
    pair: Any = None
    #: why a check made no judgement on this document (too short, no title...), shown in reports
    notes: list[str] = field(default_factory=list)

    def skip(self, check: str, reason: str) -> None:
        """Record that ``check`` skipped this document, and why."""
        self.notes.append(f"{check}: skipped, {reason}")

    @property
    def text(self) -> str:
        return self.document.text


class Check:
    """Base class of every check; subclasses declare the class attributes below."""

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity]
    scope: ClassVar[Scope] = Scope.SENTENCE
    Options: ClassVar[type] = NoOptions
    examples: ClassVar[tuple[Example, ...]] = ()
    #: resources the check needs from the run (``"langid"``, ``"encoder"``); empty for cheap checks
    needs: ClassVar[frozenset[str]] = frozenset()
    #: document languages the check knows how to judge; None for any language
    languages: ClassVar[frozenset[str] | None] = frozenset({"en"})

    def __init__(self, options: Any = None, severity: Severity | None = None) -> None:
        self.options = options if options is not None else self.Options()
        self.active_severity = severity or self.severity

    @classmethod
    def summary(cls) -> str:
        """First line of the docstring."""
        return (cls.__doc__ or "").strip().splitlines()[0].strip()

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        """Yield the findings of this check in ``ctx.document``."""
        raise NotImplementedError

    def finding(
        self,
        ctx: CheckContext,
        start: int,
        end: int,
        message: str,
        *,
        severity: Severity | None = None,
        segment: Segment | None = None,
        **extra: Any,
    ) -> Finding:
        """Build a finding whose excerpt is exactly ``ctx.text[start:end]``."""
        if segment is None:
            segment = next((s for s in ctx.segments if s.start <= start < max(s.end, s.start + 1)), None)
        return Finding(
            code=self.code,
            check=self.name,
            severity=severity or self.active_severity,
            start=start,
            end=end,
            excerpt=ctx.text[start:end],
            message=message,
            segment=segment.index if segment is not None else None,
            **extra,
        )


class SentenceCheck(Check):
    """A check that looks at one segment at a time."""

    scope = Scope.SENTENCE

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for segment in ctx.segments:
            yield from self.check_segment(segment, ctx)

    def check_segment(self, segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
        raise NotImplementedError

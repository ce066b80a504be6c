"""Characters no report can carry: lone surrogates and control characters, found and replaced.

Scraped text arrives with bytes that were not valid in their encoding, lone
UTF-16 surrogates from broken JSON escapes (``"\\ud83d"``), NUL bytes and other
control characters. None of them is text a reader sees, a lone surrogate cannot
even be written as UTF-8, and XML reports (JUnit, SARIF viewers) and terminals
break on control characters. So every document is scrubbed before it is
audited: each such character is replaced by U+FFFD REPLACEMENT CHARACTER, one
code point for one, so offsets stay those of the text as read, and each run of
them is recorded in ``Document.meta[ENCODING_PROBLEMS]`` with its span and a
message; the ``encoding-error`` check turns those records into findings.

What is replaced: the characters outside XML 1.0's ``Char`` production (C0
controls other than tab, line feed and carriage return; surrogates; U+FFFE and
U+FFFF), plus DEL and the C1 controls, which terminals interpret as commands.
Bidi controls, zero-width characters, combining marks and emoji are text and
are kept.

Invalid bytes: the readers decode with the ``mtcheck-mark`` error handler,
which turns each byte that is not valid in the encoding into the lone surrogate
``U+DC00 + byte`` (like Python's ``surrogateescape``, for any byte). A decoded
text holds no other lone surrogate, so ``scrub`` knows those are bytes, can name
them and, given the codec, compute their byte offset in the input.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import replace
from typing import Any, Iterator

from .model import Document

#: ``Document.meta`` key holding the list of problems: ``{"start", "end", "message"}`` (+ ``"byte"``)
ENCODING_PROBLEMS = "encoding_problems"
REPLACEMENT = "\N{REPLACEMENT CHARACTER}"
MARK_ERRORS = "mtcheck-mark"

_UNSAFE_CLASS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff"
UNSAFE = re.compile(f"[{_UNSAFE_CLASS}]+")
#: a lone surrogate the ``mtcheck-mark`` handler made from an undecodable byte
_MARKER_FIRST, _MARKER_LAST = 0xDC00, 0xDCFF
#: names of the control characters (unicodedata has none for them)
_CONTROL_NAMES = {
    0x00: "NULL", 0x07: "BELL", 0x08: "BACKSPACE", 0x0B: "LINE TABULATION", 0x0C: "FORM FEED",
    0x1B: "ESCAPE", 0x7F: "DELETE", 0x85: "NEXT LINE", 0x9B: "CONTROL SEQUENCE INTRODUCER",
}


def _mark(error: UnicodeError) -> tuple[str, int]:
    """Decoding error handler: each undecodable byte becomes the lone surrogate U+DC00 + byte."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start:error.end]
    return "".join(chr(_MARKER_FIRST + b) for b in bad), error.end


codecs.register_error(MARK_ERRORS, _mark)


def _kind(char: str, markers: bool) -> str:
    code = ord(char)
    if markers and _MARKER_FIRST <= code <= _MARKER_LAST:
        return "bytes"
    if 0xD800 <= code <= 0xDFFF:
        return "surrogate"
    return "control"


def _groups(text: str, markers: bool) -> Iterator[tuple[int, int, str]]:
    """``(start, end, kind)`` for each run of unsafe characters of one kind."""
    for match in UNSAFE.finditer(text):
        start = match.start()
        kind = _kind(text[start], markers)
        for index in range(match.start() + 1, match.end()):
            other = _kind(text[index], markers)
            if other != kind:
                yield start, index, kind
                start, kind = index, other
        yield start, match.end(), kind


def char_name(char: str) -> str:
    """``U+0000 NULL``: a code point and its name, for messages."""
    code = ord(char)
    name = _CONTROL_NAMES.get(code) or unicodedata.name(char, "")
    return f"U+{code:04X}" + (f" {name}" if name else "")


def _message(run: str, kind: str, where: str, codec: str | None, byte: int | None) -> str:
    prefix = f"{where}: " if where else ""
    if kind == "bytes":
        shown = " ".join(f"0x{ord(c) - _MARKER_FIRST:02X}" for c in run[:8]) + (" ..." if len(run) > 8 else "")
        at = f" at byte {byte}" if byte is not None else ""
        valid = f"not {codec}" if codec else "not valid in the input's encoding"
        return (f"{prefix}invalid byte{'s' if len(run) > 1 else ''} {shown}{at} ({valid}), replaced by U+FFFD; "
                "the original characters are lost: re-export the input as UTF-8")
    if kind == "surrogate":
        shown = ", ".join(f"U+{ord(c):04X}" for c in run[:4]) + (" ..." if len(run) > 4 else "")
        return (f"{prefix}lone surrogate {shown} (a broken \\u escape in the source), replaced by U+FFFD; "
                "fix the escape where the text was exported")
    names = ", ".join(sorted({char_name(c) for c in run})[:4])
    count = f"{len(run)} control characters" if len(run) > 1 else "control character"
    return (f"{prefix}{count} {names}, replaced by U+FFFD: control characters are not text; "
            "remove them from the source")


def scrub(
    text: str,
    *,
    where: str = "",
    markers: bool = False,
    codec: str | None = None,
    base: int = 0,
    codec_name: str | None = None,
) -> tuple[str, list[dict[str, Any]]]:
    """Replace unsafe characters by U+FFFD (one for one) and describe each run of them.

    ``markers``: lone surrogates U+DC00..U+DCFF are bytes marked by the
    ``mtcheck-mark`` handler. ``codec`` (with ``base``, the byte offset where the
    decoded data started) also gives each problem its byte offset in the input;
    it only makes sense for a text exactly as ``bytes.decode`` returned it.
    ``codec_name`` is how messages name the encoding (``UTF-8``).
    """
    if UNSAFE.search(text) is None:
        return text, []
    problems: list[dict[str, Any]] = []
    pieces: list[str] = []
    cursor = 0
    byte: int | None = base if codec else None
    for start, end, kind in _groups(text, markers):
        run = text[start:end]
        if byte is not None:
            try:
                byte += len(text[cursor:start].encode(codec))  # type: ignore[arg-type]
            except (UnicodeError, LookupError):
                byte = None  # a stateful codec: positions in code points only
        problem: dict[str, Any] = {"start": start, "end": end, "kind": kind,
                                   "message": _message(run, kind, where, codec_name or codec, byte)}
        if byte is not None:
            problem["byte"] = byte
            try:
                byte += len(run) if kind == "bytes" else len(run.encode(codec))  # type: ignore[arg-type]
            except (UnicodeError, LookupError):
                byte = None
        problems.append(problem)
        pieces.append(text[cursor:start])
        pieces.append(REPLACEMENT * (end - start))
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces), problems


def _clean_field(value: str | None) -> str | None:
    if value is None or UNSAFE.search(value) is None:
        return value
    return UNSAFE.sub(lambda m: REPLACEMENT * len(m.group(0)), value)


def scrub_document(
    document: Document, *, where: str = "", markers: bool = False, codec_name: str | None = None
) -> Document:
    """The document with unsafe characters replaced in every field and recorded in its meta.

    Problems already recorded by the reader are kept; the text's new problems are
    added. Unsafe characters in the id, origin, title, group and error message
    are replaced too: they are written into every report. The title is part of the text, so
    its problems are already among the text's. ``markers`` and ``codec_name``
    are as for ``scrub``.
    """
    text, found = scrub(document.text, where=where, markers=markers, codec_name=codec_name)
    fields = {name: getattr(document, name) for name in ("id", "origin", "title", "group", "error")}
    cleaned = {name: _clean_field(value) for name, value in fields.items()}
    if not found and cleaned == fields:
        return document
    meta = dict(document.meta)
    if found:
        meta[ENCODING_PROBLEMS] = [*meta.get(ENCODING_PROBLEMS, ()), *found]
    return replace(document, text=text, meta=meta, **cleaned)  # type: ignore[arg-type]


def problems_of(document: Document) -> list[dict[str, Any]]:
    """The encoding problems recorded for a document (empty when there are none)."""
    return list(document.meta.get(ENCODING_PROBLEMS) or ())

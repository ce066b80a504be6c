"""Readers for files of translation pairs: pair tables, XLIFF 1.2 and 2.x, TMX and PO.

``mtcheck align PAIRS`` reads one file whose units are already paired. Each
file (each ``<file>`` of an XLIFF) becomes a ``PairedDocument``: a source and a
target Document whose texts are the units' texts one per line, and the
``units`` that say where each unit sits on both sides, so the aligner never
aligns across a unit boundary and findings can name the unit (trans-unit id,
TMX ``tuid``, PO line, table row). The line numbers of a report count units
(one per line of the joined text), so findings also carry the unit id.

XML is parsed with defusedxml (localisation files come from outside). Inline
markup keeps the text it wraps (``<g>``, ``<pc>``, ``<mrk>``, ``<hi>``) and
drops native codes (``<ph>``, ``<bpt>``, ``<ept>``, ``<it>``, ``<ut>``).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ..model import Document, Span
from .base import InputError, decode_bytes, pick_field, stem_id

SOURCE_FIELDS = ("source", "src", "source_text", "original")
TARGET_FIELDS = ("target", "tgt", "translation", "target_text")
ID_FIELDS = ("id", "key", "tuid")
#: inline elements whose content is native code, not text (XLIFF 1.2, XLIFF 2.x, TMX)
CODE_ELEMENTS = frozenset({"ph", "bpt", "ept", "it", "ut", "sub"})
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@dataclass(frozen=True)
class Unit:
    """One unit of a pairs file: its id and where its text is on each side."""

    id: str
    source: Span
    target: Span


@dataclass(frozen=True)
class PairedDocument:
    """A source document and its translation; ``units`` when the input was already paired."""

    source: Document
    target: Document
    units: tuple[Unit, ...] | None = None
    source_lang: str | None = None
    target_lang: str | None = None


@dataclass(frozen=True)
class PairOptions:
    """How to read a pairs file: column names of a pair table, and the language pair of a TMX."""

    source_field: str | None = None
    target_field: str | None = None
    id_field: str | None = None
    source_lang: str | None = None
    target_lang: str = "en"


def build_paired(units: list[tuple[str, str, str]], *, id: str, origin: str,
                 source_lang: str | None = None, target_lang: str | None = None) -> PairedDocument:
    """Join ``(unit id, source, target)`` texts one unit per line on each side, remembering the spans."""
    texts: dict[str, list[str]] = {"source": [], "target": []}
    lengths = {"source": 0, "target": 0}
    placed = []
    for unit_id, source, target in units:
        spans = {}
        for side, text in (("source", source), ("target", target)):
            if texts[side]:
                lengths[side] += 1  # the newline between units
            spans[side] = Span(lengths[side], lengths[side] + len(text))
            texts[side].append(text)
            lengths[side] += len(text)
        placed.append(Unit(unit_id, spans["source"], spans["target"]))
    source = Document(id=id, text="\n".join(texts["source"]), origin=origin)
    target = Document(id=id, text="\n".join(texts["target"]), origin=origin)
    return PairedDocument(source, target, tuple(placed), source_lang, target_lang)


def _language(code: str | None) -> str | None:
    """``fr-FR`` -> ``fr``; empty -> None."""
    return code.replace("_", "-").split("-")[0].lower() if code else None


def read_table(data: bytes, origin: str, suffix: str, options: PairOptions) -> Iterator[PairedDocument]:
    """A TSV (tab-separated, no quoting) or CSV with a source and a target column."""
    text = decode_bytes(data)
    if suffix == ".tsv":
        rows = list(csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))
    else:
        rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        raise InputError(f"{origin}: the pair table is empty; it needs a header row with source and target columns")
    header = [h.strip() for h in rows[0]]
    source = pick_field(header, options.source_field, SOURCE_FIELDS, "source", origin, True)
    target = pick_field(header, options.target_field, TARGET_FIELDS, "target", origin, True)
    key = pick_field(header, options.id_field, ID_FIELDS, "id", origin, False)
    columns = {name: header.index(name) for name in (source, target, key) if name is not None}
    units = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        cells = {name: row[at].strip() if at < len(row) else "" for name, at in columns.items()}
        unit_id = cells[key] if key is not None and cells[key] else f"line {number}"
        units.append((unit_id, cells[source], cells[target]))
    yield build_paired(units, id=stem_id(origin), origin=origin, source_lang=options.source_lang)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def inline_text(element) -> str:
    """The text of a source/target/seg element: wrapped text kept, native codes dropped."""
    parts = [element.text or ""]
    for child in element:
        name = _local(child.tag)
        if name == "cp" and child.get("hex"):
            parts.append(chr(int(child.get("hex"), 16)))
        elif name not in CODE_ELEMENTS:
            parts.append(inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _parse_xml(data: bytes, origin: str):
    from defusedxml import DefusedXmlException, ElementTree

    try:
        return ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise ValueError(f"invalid-xml: {origin} is not well-formed XML: {exc}") from None
    except DefusedXmlException as exc:
        name = getattr(exc, "name", None) or "?"
        raise ValueError(f"unsafe-xml: {origin} declares the XML entity '{name}' in its DOCTYPE; mtcheck does not "
                         "expand entities, as they can read local files or explode in memory (\"billion laughs\"). "
                         "Remove the <!DOCTYPE ...> block") from None


def _child(element, name: str):
    return next((c for c in element if _local(c.tag) == name), None)


def read_xliff(data: bytes, origin: str, options: PairOptions) -> Iterator[PairedDocument]:
    """XLIFF 1.2 (``trans-unit``) and 2.x (``unit``/``segment``): one document per ``<file>``."""
    root = _parse_xml(data, origin)
    if _local(root.tag) != "xliff":
        raise ValueError(f"{origin}: the root element is <{_local(root.tag)}>, not <xliff>")
    version2 = root.get("version", "1.2").startswith("2")
    for number, file in enumerate((e for e in root.iter() if _local(e.tag) == "file"), start=1):
        units = []
        if version2:
            source_lang, target_lang = root.get("srcLang"), root.get("trgLang")
            file_id = file.get("id") or f"{stem_id(origin)}-{number}"
            for unit in (e for e in file.iter() if _local(e.tag) == "unit"):
                if unit.get("translate") == "no":
                    continue
                segments = [s for s in unit if _local(s.tag) == "segment"]
                for k, segment in enumerate(segments, start=1):
                    source, target = _child(segment, "source"), _child(segment, "target")
                    unit_id = unit.get("id", "?") + (f"/{segment.get('id') or k}" if len(segments) > 1 else "")
                    units.append((unit_id, inline_text(source) if source is not None else "",
                                  inline_text(target) if target is not None else ""))
        else:
            source_lang, target_lang = file.get("source-language"), file.get("target-language")
            file_id = file.get("original") or f"{stem_id(origin)}-{number}"
            for unit in (e for e in file.iter() if _local(e.tag) == "trans-unit"):
                if unit.get("translate") == "no":
                    continue
                source, target = _child(unit, "source"), _child(unit, "target")
                units.append((unit.get("id", "?"), inline_text(source) if source is not None else "",
                              inline_text(target) if target is not None else ""))
        yield build_paired(units, id=file_id, origin=origin, source_lang=_language(source_lang),
                           target_lang=_language(target_lang))


def read_tmx(data: bytes, origin: str, options: PairOptions) -> Iterator[PairedDocument]:
    """TMX 1.4: each ``<tu>`` pairs the variant in the source language with the one in the target language."""
    root = _parse_xml(data, origin)
    header = _child(root, "header")
    declared = _language(header.get("srclang")) if header is not None else None
    target_lang = _language(options.target_lang) or "en"
    source_lang = declared if declared not in (None, "*all*", target_lang) else _language(options.source_lang)
    units = []
    for number, tu in enumerate((e for e in root.iter() if _local(e.tag) == "tu"), start=1):
        variants: dict[str, str] = {}
        for tuv in (c for c in tu if _local(c.tag) == "tuv"):
            language = _language(tuv.get(XML_LANG) or tuv.get("lang"))
            segment = _child(tuv, "seg")
            if language and segment is not None:
                variants.setdefault(language, inline_text(segment))
        if source_lang is None:
            source_lang = next((lang for lang in variants if lang != target_lang), None)
        units.append((tu.get("tuid") or f"tu {number}", variants.get(source_lang or "", ""), variants.get(target_lang, "")))
    yield build_paired(units, id=stem_id(origin), origin=origin, source_lang=source_lang, target_lang=target_lang)


_PO_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "a": "\a", "b": "\b", "f": "\f", "v": "\v"}
_PO_LINE = re.compile(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+"(.*)"\s*$')


def _po_unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: _PO_ESCAPES.get(m.group(1), m.group(1)), text)


def read_po(data: bytes, origin: str, options: PairOptions) -> Iterator[PairedDocument]:
    """A gettext PO file: ``msgid`` is the source, ``msgstr`` (or ``msgstr[0]``) the translation."""
    entries: list[dict[str, str]] = []
    current: dict[str, str] = {}
    key = None
    for number, line in enumerate(decode_bytes(data).splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            if current and not stripped:
                entries.append(current)
                current, key = {}, None
            continue
        match = _PO_LINE.match(stripped)
        if match:
            key = match.group(1)
            if key in ("msgid", "msgctxt") and any(k.startswith("msgstr") for k in current):
                entries.append(current)
                current = {}
            current.setdefault("line", str(number))
            current[key] = _po_unescape(match.group(2))
        elif stripped.startswith('"') and stripped.endswith('"') and key is not None:
            current[key] += _po_unescape(stripped[1:-1])
        else:
            raise ValueError(f"{origin}:{number}: not a PO line: {stripped[:40]!r}")
    if current:
        entries.append(current)
    target_lang = None
    units = []
    for entry in entries:
        if entry.get("msgid", "") == "":
            found = re.search(r"^Language:\s*([\w-]+)", entry.get("msgstr", ""), re.M)
            target_lang = _language(found.group(1)) if found else None
            continue
        line = f"line {entry['line']}"
        units.append((line, entry["msgid"], entry.get("msgstr", entry.get("msgstr[0]", ""))))
        if "msgid_plural" in entry:
            units.append((f"{line} plural", entry["msgid_plural"], entry.get("msgstr[1]", "")))
    yield build_paired(units, id=stem_id(origin), origin=origin, source_lang=_language(options.source_lang),
                       target_lang=target_lang)


#: an error message that already starts with its type ("unsafe-xml: ...")
_TYPED_ERROR = re.compile(r"[a-z]+(?:-[a-z]+)*: ")
PAIR_READERS = {".tsv": "table", ".csv": "table", ".xlf": "xliff", ".xliff": "xliff", ".tmx": "tmx", ".po": "po"}


def read_pairs(path: str, options: PairOptions = PairOptions()) -> Iterator[PairedDocument]:
    """The paired documents of one pairs file; a file that cannot be parsed becomes an error document."""
    suffix = Path(path).suffix.lower()
    kind = PAIR_READERS.get(suffix)
    if kind is None:
        known = ", ".join(sorted(PAIR_READERS))
        raise InputError(
            f"cannot read pairs from '{path}': use a file ending in {known}, "
            "or give two documents: mtcheck align SOURCE TARGET"
        )
    if not Path(path).is_file():
        raise InputError(f"input '{path}' does not exist; give a pairs file or two documents SOURCE TARGET")
    data = Path(path).read_bytes()
    try:
        if kind == "table":
            yield from read_table(data, path, suffix, options)
        elif kind == "xliff":
            yield from read_xliff(data, path, options)
        elif kind == "tmx":
            yield from read_tmx(data, path, options)
        else:
            yield from read_po(data, path, options)
    except InputError:
        raise
    except (ValueError, UnicodeError) as exc:
        message = str(exc)
        if not _TYPED_ERROR.match(message):  # a parser's own words: say which file, and start with the type
            message = f"invalid-pairs: cannot read {path}: {message}"
        error = Document(id=stem_id(path), text="", origin=path, error=message)
        yield PairedDocument(error, error)


__all__ = [
    "PAIR_READERS", "PairOptions", "PairedDocument", "Unit", "build_paired", "inline_text", "read_pairs",
    "read_po", "read_table", "read_tmx", "read_xliff",
]

"""One real malformed input per row: mtcheck never crashes, loses a record or fetches anything.

``TABLE`` lists each bad input and what mtcheck must do with it: how many
documents come out (one per record that went in), which carry an error and
of what type, which findings appear. Every row also checks what holds for any
input: each finding's span lies inside its text and ``text[start:end] ==
excerpt``, no text or id holds a character a report cannot carry, and the JSON
report can be written. No row may open a network connection except to the
local test server of the URL rows.

``docs/reliability.md`` is generated from the table (``render_reliability``);
``MTCHECK_UPDATE_GOLDEN=1 pytest tests/test_bad_inputs.py`` rewrites it.
"""

from __future__ import annotations

import builtins
import gzip
import io
import json
import os
import socket
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping

import pytest
from hostile_server import HostileServer, serve

import mtcheck.readers as readers_module
from mtcheck.api import align_paths, audit_paths
from mtcheck.model import DocumentResult, RunResult
from mtcheck.readers import InputError
from mtcheck.readers import url as url_module
from mtcheck.reporters.machine import render_json
from mtcheck.textguard import UNSAFE

ROOT = Path(__file__).resolve().parents[1]
RELIABILITY = ROOT / "docs" / "reliability.md"
ARTICLE = ("Port reopens after strike\n\nThe port reopened on Monday after a two-week strike, the harbour "
           "master said. Ferries will run on the normal timetable from Tuesday.\n")
LATIN = ("The caf\N{LATIN SMALL LETTER E WITH ACUTE} in Z\N{LATIN SMALL LETTER U WITH DIAERESIS}rich served "
         "cr\N{LATIN SMALL LETTER E WITH GRAVE}me "
         "br\N{LATIN SMALL LETTER U WITH CIRCUMFLEX}l\N{LATIN SMALL LETTER E WITH ACUTE}e "
         "to the visitors, the owner said.\n")
WINDOWS = ("The minister\N{RIGHT SINGLE QUOTATION MARK}s visit was \N{LEFT DOUBLE QUOTATION MARK}a success"
           "\N{RIGHT DOUBLE QUOTATION MARK}, she said \N{EN DASH} and the caf\N{LATIN SMALL LETTER E WITH ACUTE} "
           "owners agreed.\n")
CYRILLIC = "Министр заявил вчера, что переговоры продолжатся на следующей неделе в столице.\n"
JAPANESE = "大臣は昨日、交渉は来週も首都で続くと述べた。港は月曜日に再開した。\n"
UNICODE = ("Arabic \N{RIGHT-TO-LEFT MARK}مرحبا بالعالم\N{LEFT-TO-RIGHT MARK}, Hebrew שלום, CJK 港口重新开放, "
           "emoji \N{WOMAN}\N{ZERO WIDTH JOINER}\N{PERSONAL COMPUTER} \N{GRINNING FACE}, combining "
           "e\N{COMBINING ACUTE ACCENT}\N{COMBINING DIAERESIS}, zero\N{ZERO WIDTH SPACE}width, "
           "\N{RIGHT-TO-LEFT OVERRIDE}override\N{POP DIRECTIONAL FORMATTING} and \N{BYTE ORDER MARK}BOM.\n")
BOMB = ('<?xml version="1.0"?><!DOCTYPE {root} [<!ENTITY lol "lol">'
        + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
        + "]>")
RSS_BODY = "<rss version='2.0'><channel><title>Harbour</title><item><guid>h1</guid><title>{title}</title>" \
           "<description>Ferries run again.</description></item></channel></rss>"
ATOM_BODY = "<feed xmlns='http://www.w3.org/2005/Atom'><title>Harbour</title><entry><id>a1</id>" \
            "<title>{title}</title><content>Ferries run again.</content></entry></feed>"
XLIFF = ('<xliff version="1.2"><file source-language="fr" target-language="en" original="port"><body>'
         '<trans-unit id="1"><source>{source}</source><target>The port reopened on Monday.</target></trans-unit>'
         "</body></file></xliff>")
TMX = ('<tmx version="1.4"><header srclang="fr"/><body><tu tuid="1"><tuv xml:lang="fr"><seg>{source}</seg></tuv>'
       '<tuv xml:lang="en"><seg>The port reopened on Monday.</seg></tuv></tu></body></tmx>')
#: every error type a document may carry (the first word of its error)
ERROR_TYPES = frozenset({
    "empty", "binary", "too-large", "vanished", "unreadable", "truncated-gzip", "bad-gzip", "missing-field",
    "invalid-json", "not-an-object", "not-text", "ragged-row", "invalid-csv", "unsafe-xml", "invalid-feed",
    "no-text", "http-error", "timeout", "redirect", "url-error", "audit-failed", "check-failed", "invalid-xml",
    "invalid-pairs",
})
FAST_CHECKS = {"select": "QT,EN,BP"}


@dataclass
class Ctx:
    """What a row's builder gets: a folder, the local server and monkeypatch."""

    tmp: Path
    server: HostileServer
    monkeypatch: pytest.MonkeyPatch

    def put(self, name: str, data: bytes | str) -> str:
        path = self.tmp / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return str(path)


@dataclass(frozen=True)
class Case:
    """One bad input: how to make it, what mtcheck does (for the docs) and what must come out."""

    kind: str
    name: str
    build: Callable[[Ctx], list[str]]
    does: str
    records: int
    errors: tuple[str, ...] = ()
    findings: tuple[str, ...] = ()
    options: Mapping[str, Any] = field(default_factory=dict)
    usage_error: str | None = None
    extra: Callable[[list[DocumentResult], Ctx], None] | None = None
    #: "align" for a pairs file (XLIFF, TMX) read by ``mtcheck align``
    command: str = "audit"


def one(name: str, data: bytes | str) -> Callable[[Ctx], list[str]]:
    """A builder writing one file."""
    return lambda ctx: [ctx.put(name, data)]


def url(path: str) -> Callable[[Ctx], list[str]]:
    """A builder giving a URL of the local server."""
    return lambda ctx: [ctx.server.base + path]


def text_is(expected: str) -> Callable[[list[DocumentResult], Ctx], None]:
    def check(results: list[DocumentResult], ctx: Ctx) -> None:
        assert results[0].document.text == expected
    return check


def findings_of(results: list[DocumentResult], check: str) -> list:
    return [f for r in results for f in r.findings if f.check == check]


def no_encoding_finding(results: list[DocumentResult], ctx: Ctx) -> None:
    assert not findings_of(results, "encoding-error") and not findings_of(results, "mojibake")


def decoded_as(expected: str) -> Callable[[list[DocumentResult], Ctx], None]:
    def check(results: list[DocumentResult], ctx: Ctx) -> None:
        text_is(expected)(results, ctx)
        no_encoding_finding(results, ctx)
    return check


def invalid_byte_at(byte: int, value: str, offset: int) -> Callable[[list[DocumentResult], Ctx], None]:
    def check(results: list[DocumentResult], ctx: Ctx) -> None:
        [finding] = findings_of(results, "encoding-error")
        assert finding.severity.value == "error"
        assert (finding.start, finding.excerpt) == (offset, "\N{REPLACEMENT CHARACTER}")
        assert value in finding.message and (byte < 0 or f"at byte {byte}" in finding.message)
        assert not findings_of(results, "mojibake"), "the same character must not be reported twice"
    return check


def hits(path: str, count: int) -> Callable[[list[DocumentResult], Ctx], None]:
    def check(results: list[DocumentResult], ctx: Ctx) -> None:
        assert ctx.server.hits[path] == count
    return check


def symlink_loop(ctx: Ctx) -> list[str]:
    ctx.put("tree/a/x.txt", ARTICLE)
    ctx.put("tree/b/y.txt", ARTICLE)
    os.symlink("..", ctx.tmp / "tree" / "a" / "up")
    os.symlink("../a", ctx.tmp / "tree" / "b" / "to-a")
    return [str(ctx.tmp / "tree")]


def symlink_loop_glob(ctx: Ctx) -> list[str]:
    symlink_loop(ctx)
    return [str(ctx.tmp / "tree" / "**" / "*.txt")]


def unreadable(ctx: Ctx) -> list[str]:
    locked = ctx.put("locked.txt", ARTICLE)
    os.chmod(locked, 0)
    real_open = builtins.open

    def refusing_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if str(file) == locked:  # root ignores permissions: refuse as the system would
            raise PermissionError(13, "Permission denied", locked)
        return real_open(file, *args, **kwargs)

    ctx.monkeypatch.setattr(readers_module, "open", refusing_open, raising=False)
    return [locked, ctx.put("fine.txt", ARTICLE)]


def vanishing(ctx: Ctx) -> list[str]:
    first, second = ctx.put("first.txt", ARTICLE), ctx.put("second.txt", ARTICLE)
    real_expand = readers_module.expand_inputs

    def expand_then_delete(inputs: Any, options: Any) -> Any:
        expanded = real_expand(inputs, options)
        os.unlink(second)  # listed, then gone before it is read
        return expanded

    ctx.monkeypatch.setattr(readers_module, "expand_inputs", expand_then_delete)
    return [first, second]


def truncated_jsonl_gz(ctx: Ctx) -> list[str]:
    lines = "".join(json.dumps({"id": f"r{n}", "text": f"Record number {n} is here."}) + "\n" for n in range(40))
    data = gzip.compress(lines.encode())
    return [ctx.put("cut.jsonl.gz", data[: len(data) // 2])]


def second_file_without_field(ctx: Ctx) -> list[str]:
    return [ctx.put("a.jsonl", '{"body": "The port reopened."}\n'), ctx.put("b.jsonl", '{"text": "No body."}\n')]


def read_after_records(count: int) -> Callable[[list[DocumentResult], Ctx], None]:
    def check(results: list[DocumentResult], ctx: Ctx) -> None:
        assert all(r.error is None for r in results[:count])
        assert results[-1].error.startswith("truncated-gzip") and f"after {count} records" in results[-1].error
    return check


def distinct_origins(results: list[DocumentResult], ctx: Ctx) -> None:
    assert len({r.document.origin for r in results}) == len(results)


def embedded_newline(results: list[DocumentResult], ctx: Ctx) -> None:
    assert results[0].document.text == "First line\nsecond line"


def reported_as_json(results: list[DocumentResult], ctx: Ctx) -> None:
    [finding] = findings_of(results, "encoding-error")
    assert "lone surrogate U+D83D" in finding.message
    document = json.loads(json_report(results))["documents"][0]
    assert document["text"][finding.start] == "\N{REPLACEMENT CHARACTER}"


def no_script(results: list[DocumentResult], ctx: Ctx) -> None:
    text = results[0].document.text
    assert "The port reopened" in text and "alert" not in text and "tracker" not in text


J = json.dumps
TABLE: tuple[Case, ...] = (
    # --- encodings ---------------------------------------------------------
    Case("Encoding", "UTF-8 with a byte order mark", one("bom.txt", b"\xef\xbb\xbf" + ARTICLE.encode()),
         "read as UTF-8; the mark is not part of the text", 1, extra=decoded_as(ARTICLE)),
    Case("Encoding", "UTF-16LE with a byte order mark", one("le.txt", ARTICLE.encode("utf-16")),
         "read as UTF-16", 1, extra=decoded_as(ARTICLE)),
    Case("Encoding", "UTF-16BE with a byte order mark", one("be.txt", b"\xfe\xff" + ARTICLE.encode("utf-16-be")),
         "read as UTF-16", 1, extra=decoded_as(ARTICLE)),
    Case("Encoding", "UTF-16 without a byte order mark", one("nobom.txt", ARTICLE.encode("utf-16-le")),
         "recognised by its NUL bytes and read as UTF-16", 1, extra=decoded_as(ARTICLE)),
    Case("Encoding", "UTF-32 with a byte order mark", one("u32.txt", ARTICLE.encode("utf-32")),
         "read as UTF-32", 1, extra=decoded_as(ARTICLE)),
    Case("Encoding", "Windows-1252 (curly quotes, dashes, accents)", one("cp1252.txt", WINDOWS.encode("cp1252")),
         "detected and read as Windows-1252; nothing reported", 1, extra=decoded_as(WINDOWS)),
    Case("Encoding", "Latin-1 (ISO 8859-1)", one("latin1.txt", LATIN.encode("latin-1")),
         "read as Windows-1252, its superset for text; nothing reported", 1, extra=decoded_as(LATIN)),
    Case("Encoding", "Windows-1251 (Cyrillic)", one("cp1251.txt", CYRILLIC.encode("cp1251")),
         "detected by charset-normalizer and read as Windows-1251", 1, extra=decoded_as(CYRILLIC)),
    Case("Encoding", "Shift-JIS (Japanese)", one("sjis.txt", JAPANESE.encode("shift_jis")),
         "detected by charset-normalizer and read as Shift-JIS", 1, extra=decoded_as(JAPANESE)),
    Case("Encoding", "UTF-8 with an invalid byte",
         one("bad.txt", "The caf".encode() + b"\xe9" + " reopened \N{EM DASH} at last.\n".encode()),
         "the byte becomes U+FFFD; an error-level encoding-error finding gives its value and byte offset", 1,
         findings=("encoding-error",), extra=invalid_byte_at(7, "0xE9", 7)),
    Case("Encoding", "UTF-8 cut in the middle of a character", one("cut.txt", ARTICLE.encode() + "é".encode()[:1]),
         "the dangling byte is reported like any invalid byte", 1, findings=("encoding-error",),
         extra=invalid_byte_at(len(ARTICLE.encode()), "0xC3", len(ARTICLE))),
    Case("Encoding", "Mixed newlines (CRLF, CR, LF)",
         one("newlines.txt", b"Port reopens\r\n\r\nThe port reopened.\rFerries run.\nBuses too.\r\n"),
         "read with every newline kept, so offsets match the file", 1,
         extra=text_is("Port reopens\r\n\r\nThe port reopened.\rFerries run.\nBuses too.\r\n")),
    Case("Encoding", "NUL byte in a text file", one("nul.txt", ARTICLE[:40] + "\x00" + ARTICLE[40:]),
         "the NUL becomes U+FFFD and an encoding-error finding", 1, findings=("encoding-error",)),
    Case("Encoding", "Terminal escape sequences", one("esc.txt", ARTICLE + "\x1b[2J\x1b]0;owned\x07 done.\n"),
         "control characters become U+FFFD and an encoding-error finding; no report carries them", 1,
         findings=("encoding-error",)),
    Case("Encoding", "Lone surrogate from a broken \\u escape (JSONL)",
         one("surrogate.jsonl", '{"text": "The mayor \\ud83d said yes."}\n'),
         "the surrogate becomes U+FFFD with an encoding-error finding; the JSON report is valid UTF-8", 1,
         findings=("encoding-error",), extra=reported_as_json),
    Case("Encoding", "Invalid bytes inside a JSONL string",
         one("bytes.jsonl", b'{"text": "The caf\xe9 \xe2\x80\x94 reopened."}\n'),
         "the byte becomes U+FFFD at its exact offset in the record's text, with an encoding-error finding", 1,
         findings=("encoding-error",), extra=invalid_byte_at(-1, "0xE9", 7)),
    Case("Encoding", "Windows-1252 JSON Lines",
         one("cp1252.jsonl", (J({"text": WINDOWS}, ensure_ascii=False) + "\n").encode("cp1252")),
         "each line is decoded on its own; a line without UTF-8 is read as Windows-1252", 1,
         extra=decoded_as(WINDOWS)),
    # --- files ---------------------------------------------------------------
    Case("File", "Empty file", one("empty.txt", b""), "an error document; the run goes on", 1, ("empty",)),
    Case("File", "Only white space", one("blank.txt", " \n\t\n"), "an error document", 1, ("empty",)),
    Case("File", "JSON Lines with only blank lines", one("blank.jsonl", "\n\n  \n"), "an error document", 1,
         ("empty",)),
    Case("File", "CSV with a header and no rows", one("header.csv", "id,text\n"), "an error document", 1, ("empty",)),
    Case("File", "PNG image named .txt", one("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4),
         "skipped with an error naming the format", 1, ("binary",)),
    Case("File", "Random binary data named .md", one("noise.md", bytes(range(256)) * 16),
         "skipped with an error: too many control bytes for text", 1, ("binary",)),
    Case("File", "Folder with symbolic-link loops", symlink_loop,
         "each folder entered once; each file read once", 2, extra=distinct_origins),
    Case("File", "`**` glob through symbolic-link loops", symlink_loop_glob,
         "the glob walks each folder once", 2, extra=distinct_origins),
    Case("File", "Unreadable file (permissions)", unreadable,
         "an error document saying how to fix it; the next file is read", 2, ("unreadable",)),
    Case("File", "File deleted during the run", vanishing,
         "an error document; the run goes on", 2, ("vanished",)),
    Case("File", "Truncated .gz (text)", one("cut.txt.gz", gzip.compress(ARTICLE.encode() * 50)[:-40]),
         "an error document with the uncompressed size read", 1, ("truncated-gzip",)),
    Case("File", "Truncated .gz (JSON Lines)", truncated_jsonl_gz,
         "every record before the cut is read, then one error document", 11, ("truncated-gzip",),
         extra=read_after_records(10)),
    Case("File", ".gz that is not gzip", one("plain.txt.gz", ARTICLE), "an error document", 1, ("bad-gzip",)),
    Case("File", "Gzip bomb (3 MB from a few KB)", one("bomb.txt.gz", gzip.compress(b"a" * 3 * 1024 * 1024)),
         "decompression stops at --max-bytes; an error document", 1, ("too-large",), options={"max_bytes": "1M"}),
    Case("File", "Single 2 MB line, --max-bytes 1M", one("line.txt", "word " * 400_000),
         "refused with an error naming --max-bytes; memory stays bounded", 1, ("too-large",),
         options={"max_bytes": "1M"}),
    Case("File", "JSONL line over --max-bytes",
         one("giant.jsonl", "\n".join(J({"text": t}) for t in ("Small.", "x" * 2_000_000, "After.")) + "\n"),
         "that line is skipped in bounded chunks and reported; the lines around it are read", 3, ("too-large",),
         options={"max_bytes": "1M"}),
    # --- structured input ----------------------------------------------------
    Case("Table", "Malformed JSON lines",
         one("broken.jsonl",
             '{"text": "First."}\n{"text": "cut\n{"text": "a"} trailing\n{text: "b"}\n{"text": "Last."}\n'),
         "one error document per bad line (line and column given); the rest of the file is read", 5,
         ("invalid-json", "invalid-json", "invalid-json")),
    Case("Table", "JSON values that are not objects",
         one("values.jsonl", '[1, 2]\n"a string"\n42\nnull\ntrue\n{"text": "An object."}\n'),
         "one error document per value", 6, ("not-an-object",) * 5),
    Case("Table", "Records missing the text field",
         one("missing.jsonl", '{"text": "First."}\n{"title": "No text"}\n{"text": null}\n'),
         "one error document per record, listing the fields found", 3, ("missing-field", "missing-field")),
    Case("Table", "Fields that are not strings",
         one("types.jsonl", '{"text": 42}\n{"text": ["a"]}\n{"text": {"a": 1}}\n{"text": true}\n'
                             '{"text": "Fine.", "title": ["x"], "id": {"a": 1}, "mtcheck_ignore": 5}\n'),
         "numbers are written out; lists, objects and booleans are not-text errors; odd titles and ids are ignored",
         5, ("not-text",) * 3),
    Case("Table", "JSON nested 100,000 deep", one("deep.jsonl", '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}\n"),
         "an invalid-json error document (no recursion crash)", 1, ("invalid-json",)),
    Case("Table", "A 5,000-digit number", one("digits.jsonl", '{"text": 1' + "0" * 5000 + "}\n"),
         "an invalid-json error document", 1, ("invalid-json",)),
    Case("Table", "CSV with ragged rows", one("ragged.csv", "id,text\n1,Fine.\n2,a,b,c\n3\n4,Also fine.\n"),
         "a row with too many cells is an error; a short row lacks the cells it does not have (no text: an error)",
         4, ("ragged-row", "missing-field")),
    Case("Table", "CSV with line breaks inside quoted cells",
         one("multiline.csv", 'id,text\n1,"First line\nsecond line"\n2,Two.\n'),
         "one document per row; the line break is kept", 2, extra=embedded_newline),
    Case("Table", "CSV with a broken quote", one("quote.csv", 'id,text\n1,"a"b,x\n2,Fine.\n'),
         "an error document for that row; the next rows are read", 2, ("invalid-csv",)),
    Case("Table", "TSV with ragged rows", one("ragged.tsv", "id\ttext\n1\tFine.\n2\ta\tb\n"),
         "as for CSV", 2, ("ragged-row",)),
    Case("Table", "Requested field missing from the first record", one("first.jsonl", '{"text": "No body."}\n'),
         "a usage error (exit 2) naming the fields found, before anything is audited", 0,
         options={"text_field": "body"}, usage_error="no field 'body'"),
    Case("Table", "Requested field missing from a later file", second_file_without_field,
         "that file becomes an error document; the documents read so far are kept", 2, ("missing-field",),
         options={"text_field": "body"}),
    # --- XML -------------------------------------------------------------------
    Case("XML", "Billion laughs in an RSS feed",
         one("bomb.rss", BOMB.replace("{root}", "rss") + RSS_BODY.format(title="&lol9;")),
         "refused before parsing: an unsafe-xml error document", 1, ("unsafe-xml",)),
    Case("XML", "Billion laughs in an Atom feed",
         one("bomb.atom", BOMB.replace("{root}", "feed") + ATOM_BODY.format(title="&lol9;")),
         "refused before parsing", 1, ("unsafe-xml",)),
    Case("XML", "External entity (file:///etc/passwd)",
         one("xxe.rss", '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                        + RSS_BODY.format(title="&x;")),
         "refused: no file is read", 1, ("unsafe-xml",)),
    Case("XML", "Parameter entity fetching a remote DTD",
         one("pe.rss", '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY % p SYSTEM "http://192.0.2.1/x.dtd"> %p;]>'
                       + RSS_BODY.format(title="t")),
         "refused: nothing is fetched", 1, ("unsafe-xml",)),
    Case("XML", "External DTD reference (<!DOCTYPE rss SYSTEM url>)",
         one("dtd.rss", '<?xml version="1.0"?><!DOCTYPE rss SYSTEM "http://192.0.2.1/rss.dtd">'
                        + RSS_BODY.format(title="Ferries back")),
         "the items are read; the DTD is never fetched", 1),
    Case("XML", "Billion laughs in an XLIFF file (mtcheck align)",
         one("bomb.xlf", BOMB.replace("{root}", "xliff") + XLIFF.format(source="Bonjour &lol9;")),
         "refused before parsing (defusedxml)", 1, ("unsafe-xml",), command="align"),
    Case("XML", "External entity in a TMX file (mtcheck align)",
         one("xxe.tmx", '<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                        + TMX.format(source="Bonjour &x;")),
         "refused: no file is read", 1, ("unsafe-xml",), command="align"),
    Case("XML", "External DTD reference in an XLIFF file (mtcheck align)",
         one("dtd.xlf", '<?xml version="1.0"?><!DOCTYPE xliff SYSTEM "http://192.0.2.1/x.dtd">'
                        + XLIFF.format(source="Le port a rouvert lundi.")),
         "the units are read; the DTD is never fetched", 1, command="align"),
    Case("XML", "Truncated XLIFF file (mtcheck align)", one("cut.xlf", XLIFF.format(source="Bonjour")[:90]),
         "an error document naming the line and column", 1, ("invalid-xml",), command="align"),
    Case("XML", "XML that is not a feed", one("config.xml", "<?xml version='1.0'?><settings><a>1</a></settings>"),
         "an error document saying what to convert it to", 1, ("invalid-feed",)),
    # --- HTML and text -----------------------------------------------------------
    Case("HTML", "Scripts, iframes and remote resources",
         one("page.html", "<!doctype html><html><head><script src='http://192.0.2.1/tracker.js'></script>"
                          "<link rel=stylesheet href='http://192.0.2.1/s.css'></head><body><article>"
                          "<p>The port reopened on Monday after a strike.</p><script>alert(1)</script>"
                          "<iframe src='http://192.0.2.1/'></iframe>"
                          "<img src='http://192.0.2.1/i.png' onerror='alert(2)'>"
                          "</article></body></html>"),
         "only the article text is read; nothing is fetched or run", 1, extra=no_script),
    Case("HTML", "100,000 nested elements",
         one("nested.html", "<html><body>" + "<div>" * 100_000 + "Deep text." + "</div>" * 100_000 + "</body></html>"),
         "no crash; the parser stops at 256 levels, so the deeper text is not found: an error document", 1,
         ("no-text",)),
    Case("HTML", "Invalid UTF-8 byte in a page",
         one("bytes.html", "<html><body><p>The caf".encode() + b"\xe9 \xe2\x80\x94 reopened on Monday.</p></body></html>"),
         "the byte becomes U+FFFD in the extracted text, reported by mojibake at its position (no byte offset: "
         "the text was extracted from the markup)", 1, findings=("mojibake",)),
    Case("HTML", "A page with no text",
         one("empty.html", "<!doctype html><html><body><script>x()</script></body></html>"),
         "an error document", 1, ("no-text",)),
    Case("Text", "One character", one("one.txt", "a"), "audited", 1),
    Case("Text", "RTL, CJK, emoji, combining, zero-width and bidi characters", one("unicode.txt", UNICODE),
         "audited; every finding's span is exact", 1, extra=text_is(UNICODE)),
    Case("Text", "A 10 MB document", one("large.txt", (ARTICLE.split("\n\n")[1] + "\n\n") * 70_000),
         "audited (CI runs the quote, encoding and boilerplate checks on it; every check with --slow)", 1,
         options=FAST_CHECKS),
    # --- URLs ------------------------------------------------------------------
    Case("URL", "Page at an http:// URL", url("/page.html"), "fetched and read as HTML", 1),
    Case("URL", "Feed at a URL without a suffix", url("/news"), "the content type says it is a feed", 1),
    Case("URL", "Server that stalls", url("/stall.html"), "gives up after --timeout, 2 retries; an error document",
         1, ("timeout",), options={"timeout": 0.3}),
    Case("URL", "Server that drips its body", url("/drip.html"), "the whole download must fit in --timeout",
         1, ("timeout",), options={"timeout": 0.3}),
    Case("URL", "HTTP 500", url("/error500.html"), "retried twice with backoff, then an error document", 1,
         ("http-error",), extra=hits("/error500.html", 3)),
    Case("URL", "HTTP 404", url("/error404.html"), "not retried; an error document", 1, ("http-error",),
         extra=hits("/error404.html", 1)),
    Case("URL", "HTTP 503 once, then 200", url("/flaky.html"), "the retry reads it", 1, extra=hits("/flaky.html", 2)),
    Case("URL", "Redirect loop", url("/loop-a.html"), "stopped at the loop; an error document", 1, ("redirect",)),
    Case("URL", "Ten redirects", url("/chain/10"), "stopped after 5 redirects", 1, ("redirect",)),
    Case("URL", "Redirect to file:///etc/passwd", url("/to-file.html"), "refused: only http(s) is followed",
         1, ("redirect",)),
    Case("URL", "Body over --max-bytes", url("/big.html"), "the download stops at the limit; an error document",
         1, ("too-large",), options={"max_bytes": "1M"}),
    Case("URL", "Content-Length over --max-bytes", url("/big-declared.html"), "refused before reading the body",
         1, ("too-large",), options={"max_bytes": "1M"}),
)


def json_report(results: list[DocumentResult]) -> str:
    from mtcheck.model import RunSignature

    stream = io.StringIO()
    render_json(RunResult(tuple(results), RunSignature("0", (), "", None, "auto", "en")), stream)
    return stream.getvalue()


@pytest.fixture(scope="module")
def server():
    yield from serve()


@pytest.fixture
def guard(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Record (and refuse) every connection except to 127.0.0.1, where the test server runs."""
    attempts: list[Any] = []
    real_connect = socket.socket.connect

    def connect(sock: socket.socket, address: Any) -> Any:
        if isinstance(address, tuple) and address[0] == "127.0.0.1":
            return real_connect(sock, address)
        attempts.append(address)
        raise OSError("network access is not allowed in this test")

    monkeypatch.setattr(socket.socket, "connect", connect)
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(url_module, "RETRY_DELAY", 0.01)
    return attempts


@pytest.mark.parametrize("case", TABLE, ids=[f"{c.kind}: {c.name}" for c in TABLE])
def test_bad_input(case: Case, tmp_path: Path, server: HostileServer, monkeypatch: pytest.MonkeyPatch,
                   guard: list[Any]) -> None:
    ctx = Ctx(tmp_path, server, monkeypatch)
    inputs = case.build(ctx)
    run = align_paths if case.command == "align" else audit_paths
    if case.usage_error:
        with pytest.raises(InputError, match=case.usage_error):
            run(inputs, **case.options)
        return
    results = list(run(inputs, **case.options).documents)
    assert len(results) == case.records, [(r.document.origin, r.error) for r in results]
    errors = tuple(r.error.split(":", 1)[0] for r in results if r.error)
    assert errors == case.errors, [r.error for r in results if r.error]
    assert set(errors) <= ERROR_TYPES
    found = {f.check for r in results for f in r.findings}
    assert set(case.findings) <= found, found
    for result in results:
        document = result.document
        for value in (document.text, document.id, document.origin, document.title or "", result.error or ""):
            assert UNSAFE.search(value) is None, value[:80]
        for finding in result.findings:
            assert 0 <= finding.start <= finding.end <= len(document.text)
            assert document.text[finding.start:finding.end] == finding.excerpt
    json_report(results).encode("utf-8")  # a report every record can be written in
    if case.extra is not None:
        case.extra(results, ctx)
    assert guard == [], "no input may open a network connection"


def render_reliability(table: tuple[Case, ...] = TABLE) -> str:
    """docs/reliability.md: the table above as Markdown."""
    lines = [
        "# What mtcheck does with bad input",
        "",
        "Generated from `TABLE` in `tests/test_bad_inputs.py`, where each row is a real malformed input",
        "that the test suite feeds to `mtcheck audit` (`mtcheck align` for XLIFF and TMX); regenerate with",
        "`MTCHECK_UPDATE_GOLDEN=1 python -m pytest tests/test_bad_inputs.py`.",
        "",
        "What holds for every row: the run never stops, one document comes out per record that went in",
        "(a record that cannot be used is a document whose `error` starts with its type), every finding's",
        "`text[start:end] == excerpt`, no report can be broken by the input, and nothing is fetched",
        "from the network except a URL given on the command line. How errors count toward the exit code:",
        "README, \"Bad input\".",
        "",
        f"{len(table)} bad inputs are covered.",
        "",
        "| Kind | Bad input | What mtcheck does | Documents | Errors and findings |",
        "|---|---|---|---|---|",
    ]
    for case in table:
        outcome = []
        if case.usage_error:
            outcome.append("usage error, exit 2")
        counts: dict[str, int] = {}
        for error in case.errors:
            counts[error] = counts.get(error, 0) + 1
        outcome += [f"`{e}`" + (f" \N{MULTIPLICATION SIGN} {n}" if n > 1 else "") for e, n in counts.items()]
        outcome += [f"finding `{f}`" for f in case.findings]
        options = " ".join(f"--{k.replace('_', '-')} {v}" for k, v in case.options.items() if k != "select")
        name = f"{case.name} ({options})" if options and options not in case.name else case.name
        lines.append(f"| {case.kind} | {name.replace('|', '/')} | {case.does} | {case.records} | "
                     f"{', '.join(outcome) or 'read, no error'} |")
    return "\n".join(lines) + "\n"


def test_reliability_doc_is_generated_from_the_table() -> None:
    expected = render_reliability()
    current = RELIABILITY.read_text(encoding="utf-8") if RELIABILITY.exists() else ""
    if current != expected and os.environ.get("MTCHECK_UPDATE_GOLDEN") == "1":
        RELIABILITY.parent.mkdir(exist_ok=True)
        RELIABILITY.write_text(expected, encoding="utf-8")
        return
    assert current == expected, "docs/reliability.md is stale: rerun with MTCHECK_UPDATE_GOLDEN=1"


@pytest.mark.slow
def test_a_10_mb_document_with_every_check(tmp_path: Path) -> None:
    """The table's 10 MB row runs the fast checks in CI; this runs every check (minutes)."""
    path = tmp_path / "large.txt"
    path.write_text((ARTICLE.split("\n\n")[1] + "\n\n") * 70_000, encoding="utf-8")
    [result] = audit_paths([str(path)]).documents
    assert result.error is None
    for finding in result.findings:
        assert result.document.text[finding.start:finding.end] == finding.excerpt

"""Property-based tests: generated hostile input never crashes a reader, the segmenter, a check or a reporter.

Each property runs on ``EXAMPLES`` generated inputs (2,000; ten times more with
``pytest --slow`` or ``MTCHECK_SLOW_TESTS=1``), except the two checks that run the
sentence encoder, which cost about a hundred times more per text and run on
``ENCODER_EXAMPLES`` (200; 2,000 with ``--slow``), and the HTML report drawn with
its matplotlib charts (0.2 s a report: ``HTML_CHART_EXAMPLES``, 50; the 2,000
others leave the charts out). Texts mix words that trigger
the checks (quotes, French, widgets, entities) with the characters that break
naive code: lone surrogates, NUL and escape characters, bidi and zero-width
controls, combining marks, emoji, RTL and CJK scripts, every newline style.

What must hold: no exception; every finding lies inside its text and
``text[start:end] == excerpt``; a JSON Lines or CSV input gives one document per
record that went in; every report can be written as UTF-8 and parsed back by
the tool its format is for (JSON, CSV, XML); no element or attribute of the
HTML report comes from the input.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import os
import tempfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from mtcheck.checks import ALL_CHECKS
from mtcheck.checks.base import CheckContext
from mtcheck.config import Settings
from mtcheck.model import Document, DocumentResult, Finding, RunResult, RunSignature, Scope, Severity
from mtcheck.readers import ReadOptions, read_path
from mtcheck.readers.base import compose, plain_text_document
from mtcheck.readers.charset import SNIFF_BYTES, binary_reason
from mtcheck.reporters import REPORTERS
from mtcheck.reporters import html as html_reporter
from mtcheck.resources import Resources
from mtcheck.segment import SPLIT_MODES, segment
from mtcheck.textguard import UNSAFE, scrub_document

SCALE = 10 if os.environ.get("MTCHECK_SLOW_TESTS") else 1
EXAMPLES = 2000 * SCALE
ENCODER_EXAMPLES = 200 * SCALE
#: HTML reports drawn with their charts (matplotlib: 0.2 s each); the other 2,000 leave the charts out
HTML_CHART_EXAMPLES = 50 * SCALE
FAST = settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

#: characters and snippets that break naive text handling
HOSTILE = (
    "\x00", "\x1b[31m", "\x07", "\x0b", "\x0c", "\x7f", "\x85", "\x9b", "\ud800", "\udfff", "\ud83d", "\udce9",
    "\ufeff", "\ufffd", "\ufffe", "\u200b", "\u200d", "\u202e", "\u2066", "\u2028", "\u0301\u0308", "\U0001F600",
    "\U0001F469\u200d\U0001F4BB", "\u05e9\u05dc\u05d5\u05dd", "\u0645\u0631\u062d\u0628\u0627", "\u6e2f\u53e3",
    "\u00e9", "e\u0301", "\r", "\n", "\r\n", "\n\n", "\t", " ", "\u00a0", "&amp;", "&#8217;", "<p>", "</div>",
    "<script>alert(1)</script>", "\"", "'", "\\", "`", "{{x}}", "${x}", "]]>", "-->", "%s",
)
#: words that make the checks fire: quotes, French, widgets, names, titles
WORDS = (
    "The", "minister", "said", "that", "the", "talks", "would", "go", "on.", "\u201cTrue", "Heroes\u201d",
    "\u201cthe", "vote\u201d", "\u00ab", "\u00bb", "selon", "le", "minist\u00e8re", "de", "l'Int\u00e9rieur",
    "la", "Cor\u00e9e", "du", "Nord", "Read", "also:", "Leave", "a", "comment", "Macron", "Makron", "3,5",
    "percent", ":", "!", "?", "caf\u00c3\u00a9", "qualified", "actually", "eventually", "Mr.", "U.S.", "Tuesday.",
)
PIECES = st.one_of(st.sampled_from(HOSTILE), st.sampled_from(WORDS), st.text(max_size=8))
TEXTS = st.lists(st.tuples(PIECES, st.sampled_from((" ", "", "\n", " ", ". "))), max_size=40).map(
    lambda parts: "".join(a + b for a, b in parts))
#: short strings for ids, origins, groups and the like
SHORT = st.lists(PIECES, max_size=4).map("".join)
SETTINGS = Settings()
RESOURCES = Resources(SETTINGS)


def assert_spans(text: str, findings: list[Finding], where: str) -> None:
    for finding in findings:
        assert 0 <= finding.start <= finding.end <= len(text), (where, finding)
        assert text[finding.start:finding.end] == finding.excerpt, (where, finding)


# --- segmentation --------------------------------------------------------------

@FAST
@given(TEXTS, st.sampled_from(("en", "fr", "xx")))
def test_segments_cover_exact_spans_in_every_mode(text: str, language: str) -> None:
    for mode in SPLIT_MODES:
        previous_end = 0
        for index, piece in enumerate(segment(text, mode, language)):
            assert piece.index == index
            assert previous_end <= piece.start < piece.end <= len(text), (mode, piece)
            assert text[piece.start:piece.end] == piece.text
            previous_end = piece.end


# --- checks --------------------------------------------------------------------

def _run_checks(document: Document, checks: list[Any]) -> None:
    """Every check on the document as the runner gives it (scrubbed): no exception, exact spans."""
    document = scrub_document(document)
    segments = segment(document.text, "sentences", "en")
    for check in checks:
        ctx = CheckContext(document, segments, SETTINGS, RESOURCES, check.options, "en")
        assert_spans(document.text, list(check.run(ctx)), check.name)


MONOLINGUAL = [c() for c in ALL_CHECKS if c.scope != Scope.PAIR]
CHEAP = [c for c in MONOLINGUAL if "encoder" not in c.needs]
ENCODER = [c for c in MONOLINGUAL if "encoder" in c.needs]


@FAST
@given(TEXTS, st.one_of(st.none(), TEXTS))
def test_every_check_keeps_exact_spans_on_hostile_text(text: str, title: str | None) -> None:
    document = plain_text_document(text, id="fuzz", origin="<fuzz>") if title is None else \
        compose(text, id="fuzz", origin="<fuzz>", title=title)
    _run_checks(document, CHEAP)


ARTICLES = st.tuples(TEXTS, st.lists(TEXTS, min_size=5, max_size=8)).map(
    lambda parts: compose("\n\n".join(p + " The port reopened on Monday after the strike ended." for p in parts[1]),
                          id="fuzz", origin="<fuzz>", title=parts[0] or "Port reopens"))


@settings(max_examples=ENCODER_EXAMPLES, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(ARTICLES)
def test_encoder_checks_keep_exact_spans_on_hostile_articles(document: Document) -> None:
    # articles with a title and five or more paragraphs, so that both checks do run the encoder
    _run_checks(document, ENCODER)


# --- readers -------------------------------------------------------------------

_FOLDER = tempfile.TemporaryDirectory(prefix="mtcheck-fuzz-")
SUFFIXES = (".txt", ".md", ".html", ".jsonl", ".csv", ".tsv", ".rss", ".atom", ".xml", ".parquet", ".txt.gz", ".dat")


def _read(data: bytes, suffix: str, **options: Any) -> list[Document]:
    path = Path(_FOLDER.name) / f"input{suffix}"
    path.write_bytes(data)
    return list(read_path(str(path), "fuzz", ReadOptions(**options), strict=False))


BYTES = st.one_of(
    st.binary(max_size=600),
    TEXTS.map(lambda t: t.encode("utf-8", "surrogatepass")),
    TEXTS.map(lambda t: t.encode("utf-16", "surrogatepass")),
    st.tuples(st.sampled_from((b"<rss><channel><item><title>", b"<!doctype html><p>", b'{"text": "', b"id,text\n1,")),
              TEXTS).map(lambda p: p[0] + p[1].encode("utf-8", "surrogatepass")),
)


@FAST
@given(BYTES, st.sampled_from(SUFFIXES))
def test_readers_turn_any_bytes_into_documents_or_errors(data: bytes, suffix: str) -> None:
    documents = _read(data, suffix)
    assert documents, "every input gives at least one document (an error one when it cannot be read)"
    for document in documents:
        assert document.id and document.origin.startswith(str(Path(_FOLDER.name)))
        assert document.error or isinstance(document.text, str)


JSON_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), TEXTS),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=5), inner, max_size=3)),
    max_leaves=8,
)
RECORDS = st.one_of(
    st.fixed_dictionaries({"text": JSON_VALUES}, optional={"title": JSON_VALUES, "id": JSON_VALUES,
                                                           "mtcheck_ignore": JSON_VALUES}).map(json.dumps),
    JSON_VALUES.map(json.dumps),
    # garbage: never blank (it starts with a letter), never a line break inside
    TEXTS.map(lambda t: "x" + t.replace("\r", " ").replace("\n", " ")),
    st.just(""),
)


@FAST
@given(st.lists(RECORDS, min_size=1, max_size=8), st.sampled_from(("\n", "\r\n", "\r")))
# a few NULs in short garbage once read as UTF-16 and lost a line (found by this test)
@example(lines=["x\x00 ", "x\x00 \x00 "], newline="\n")
def test_jsonl_gives_one_document_per_line_whatever_the_lines_hold(lines: list[str], newline: str) -> None:
    data = newline.join(lines).encode("utf-8", "surrogatepass")
    documents = _read(data, ".jsonl")
    records = [line for line in lines if line]
    if binary_reason(data[:SNIFF_BYTES]) or not records:
        # all control characters, or only blank lines: one error document says so
        assert [d.error.split(":")[0] for d in documents] in (["binary"], ["empty"])
        return
    assert len(documents) == len(records), "one document per record, none lost"
    first = json.loads(records[0]) if records[0][0] != "x" else None
    if isinstance(first, dict) and isinstance(first.get("text"), str) and not documents[0].error:
        assert documents[0].text.endswith(_scrubbed(first["text"]))


def _scrubbed(text: str) -> str:
    """``text`` as the readers leave it: each unsafe character replaced by U+FFFD."""
    return UNSAFE.sub(lambda m: "\ufffd" * len(m.group(0)), text)


def _without_surrogates(text: str) -> str:
    return "".join(c for c in text if not 0xD800 <= ord(c) <= 0xDFFF)


#: cell text without lone surrogates: a CSV file holds bytes, and bytes cannot hold a surrogate
CELLS = TEXTS.map(_without_surrogates)


@FAST
@given(st.lists(st.tuples(SHORT.map(_without_surrogates), CELLS), min_size=1, max_size=5), st.sampled_from((",", "\t")))
def test_csv_round_trips_every_row_and_cell(rows: list[tuple[str, str]], delimiter: str) -> None:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(["id", "text"])
    writer.writerows(rows)
    data = buffer.getvalue().encode("utf-8")
    documents = _read(data, ".csv" if delimiter == "," else ".tsv")
    if binary_reason(data[:SNIFF_BYTES]):
        assert [d.error.split(":")[0] for d in documents] == ["binary"]  # control characters everywhere
        return
    assert len(documents) == len(rows)
    for (_, text), document in zip(rows, documents):
        assert document.error is None
        assert document.text == _scrubbed(text)


# --- reporters -----------------------------------------------------------------

CHECK_NAMES = [(c.code, c.name) for c in ALL_CHECKS]


@st.composite
def results(draw: Any) -> RunResult:
    """A RunResult whose every string comes from the hostile generators, as the runner leaves it."""
    documents = []
    for number in range(draw(st.integers(1, 2))):
        text = draw(TEXTS)
        document = scrub_document(Document(
            id=draw(SHORT) or f"doc{number}", text=text, origin=draw(SHORT), title=draw(st.one_of(st.none(), SHORT)),
            group=draw(SHORT)))
        text = document.text
        findings = []
        for _ in range(draw(st.integers(0, 4))):
            start = draw(st.integers(0, len(text)))
            end = draw(st.integers(start, len(text)))
            code, name = draw(st.sampled_from(CHECK_NAMES))
            message = scrub_document(Document(id="m", text=draw(SHORT), origin="")).text
            findings.append(Finding(code, name, draw(st.sampled_from(list(Severity))), start, end, text[start:end],
                                    message or "message", confidence=draw(st.floats(0, 1)),
                                    suggestion=draw(st.one_of(st.none(), st.sampled_from(WORDS))),
                                    evidence={"kind": draw(st.sampled_from(HOSTILE[30:]))}))
        error = draw(st.one_of(st.none(), st.sampled_from(("invalid-json: line 1: <b>&amp;", "binary: \"x\""))))
        documents.append(DocumentResult(document, tuple(sorted(findings, key=Finding.sort_key)),
                                        draw(st.floats(0, 100)), draw(st.one_of(st.none(), st.floats(0, 1))),
                                        "en", error, len(text.split())))
    signature = RunSignature("0.1.0", tuple(n for _, n in CHECK_NAMES), "abc", None, "auto", "en", ("<fuzz>",))
    return RunResult(tuple(documents), signature)


class _Elements(HTMLParser):
    """Collects every start tag and attribute name of an HTML page, and the content of its scripts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.attributes: set[str] = set()
        self.scripts: list[tuple[str | None, list[str]]] = []  # (type, content pieces)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes.update(name for name, _ in attrs)
        if tag == "script":
            self.scripts.append((dict(attrs).get("type"), []))

    def handle_data(self, data: str) -> None:
        if self.lasttag == "script" and self.scripts:
            self.scripts[-1][1].append(data)

    def code_scripts(self) -> int:
        """Scripts that run (no data type): only the report's own may be there."""
        return sum(1 for kind, _ in self.scripts if kind is None)


def _render(fmt: str, result: RunResult) -> bytes:
    reporter = REPORTERS[fmt]
    if reporter.binary:
        stream = io.BytesIO()
        reporter.render(result, stream)
        return stream.getvalue()
    text = io.StringIO()
    reporter.render(result, text)
    return text.getvalue().encode("utf-8")  # a lone surrogate here would raise


@functools.lru_cache(maxsize=1)
def _template_elements() -> _Elements:
    """What the HTML report is made of for a harmless result: the only tags and attributes allowed."""
    document = Document(id="doc", text="The port reopened.", origin="doc.txt", title="Port")
    finding = Finding("QT101", "glued-quote", Severity.ERROR, 4, 8, "port", "message")
    harmless = RunResult((DocumentResult(document, (finding,), 90.0, 0.2, "en", None, 3),
                          DocumentResult(Document(id="bad", text="", origin="bad.txt"), (), 0.0,
                                         error="empty: bad.txt is empty")),
                         RunSignature("0.1.0", ("glued-quote",), "abc", None, "auto", "en"))
    parser = _Elements()
    parser.feed(_render("html", harmless).decode("utf-8"))
    return parser


def _assert_nothing_from_the_input(result: RunResult, allowed: _Elements) -> None:
    parser = _Elements()
    parser.feed(_render("html", result).decode("utf-8"))
    assert parser.tags <= allowed.tags, parser.tags - allowed.tags
    assert parser.attributes <= allowed.attributes, parser.attributes - allowed.attributes
    assert parser.code_scripts() == allowed.code_scripts(), "only the report's own script runs"
    for kind, content in parser.scripts:
        if kind == "application/json":
            json.loads("".join(content))  # the data blocks stay whole: no "</script>" broke out of one


@FAST
@given(results())
def test_every_reporter_writes_hostile_results_that_parse_back(result: RunResult) -> None:
    allowed = _template_elements()  # drawn with the charts, before they are left out below
    for fmt in REPORTERS:
        if fmt == "html":
            # the charts are SVG images in data: URIs (no element of the page); drawing them costs
            # 0.2 s a report, so they are left out here and drawn in the next test
            with pytest.MonkeyPatch.context() as patch:
                patch.setattr(html_reporter, "charts", lambda result: [])
                _assert_nothing_from_the_input(result, allowed)
            continue
        output = _render(fmt, result)
        if fmt in ("json", "sarif"):
            data = json.loads(output)
            if fmt == "json":
                for document in data["documents"]:
                    for finding in document["findings"]:
                        assert document["text"][finding["start"]:finding["end"]] == finding["excerpt"]
        elif fmt == "jsonl":
            lines = [json.loads(line) for line in output.decode("utf-8").split("\n") if line]
            assert len(lines) == len(result.documents)
        elif fmt == "csv":
            rows = list(csv.DictReader(io.StringIO(output.decode("utf-8"), newline="")))
            assert len(rows) == sum(max(len(d.findings), 1) for d in result.documents)
        elif fmt == "junit":
            ET.fromstring(output)
        elif fmt == "parquet":
            assert output.startswith(b"PAR1")
        else:  # text, github, markdown: read on a terminal or a CI log
            assert UNSAFE.search(output.decode("utf-8")) is None, fmt


@pytest.mark.filterwarnings("ignore:Glyph")  # matplotlib's font has no glyph for some generated characters
@settings(max_examples=HTML_CHART_EXAMPLES, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(results())
def test_html_report_with_charts_of_hostile_labels(result: RunResult) -> None:
    _assert_nothing_from_the_input(result, _template_elements())

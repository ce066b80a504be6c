"""Results built by hand for the HTML report tests, and a parser to look inside the page.

Shared by ``test_html_report.py`` (in Chromium) and ``test_html_markup.py`` (no
browser): hostile input in every field, a small align result, a generated
10,000-document run, and the seed article audited through the command line.
"""

from __future__ import annotations

import html.parser
import json
import random
import subprocess
import sys
from pathlib import Path

from mtcheck.model import Document, DocumentResult, Finding, RunResult, RunSignature, Severity
from mtcheck.reporters import reporter_named

ROOT = Path(__file__).resolve().parent.parent
#: the acceptance article, beside the checkout as in test_seed.py
SEED = ROOT.parent / "shared" / "seed" / "000_b347d3608bb705bc.txt"

LQ, RQ = "\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"
XSS = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
LINK = '<a href="javascript:alert(1)">click</a>'
CLOSE = "</script><script>alert(1)</script><!--"
LEAK = "<img src=http://127.0.0.1:9/leak.png>"
BIDI = "\N{RIGHT-TO-LEFT OVERRIDE}gnp.exe"
SEPARATORS = "a\N{LINE SEPARATOR}b\N{PARAGRAPH SEPARATOR}c"


def signature(inputs: tuple[str, ...] = ("feed.xml",), encoder: str | None = "use") -> RunSignature:
    """A run signature; the report shows it in its header."""
    return RunSignature("0.1.0", ("glued-quote", "untranslated-span", "boilerplate"), "0123456789", encoder,
                        "auto", "en", inputs)


def at(text: str, excerpt: str, check: str, severity: Severity, message: str = "a finding", **extra) -> Finding:
    """A finding on the first occurrence of ``excerpt`` in ``text``."""
    start = text.index(excerpt)
    return Finding("XX101", check, severity, start, start + len(excerpt), excerpt, message, **extra)


def write_report(result: RunResult, path: Path) -> Path:
    """The HTML report of ``result``, written to ``path``."""
    with path.open("w", encoding="utf-8") as stream:
        reporter_named("html").render(result, stream)
    return path


def audit(folder: Path, *inputs: str) -> tuple[Path, dict]:
    """``mtcheck audit INPUTS -o report.html -o result.json``: the page and the JSON result."""
    run = subprocess.run(
        [sys.executable, "-m", "mtcheck", "audit", *inputs, "-q",
         "-o", str(folder / "result.json"), "-o", str(folder / "report.html")],
        capture_output=True, text=True, cwd=ROOT,
    )
    assert run.returncode in (0, 1), run.stderr
    return folder / "report.html", json.loads((folder / "result.json").read_text(encoding="utf-8"))


# ---------------------------------------------------------------- hostile input

def hostile_result() -> RunResult:
    """A document whose every field carries markup, script, bidi and separator payloads."""
    text = (f"{XSS} Title {BIDI}\r\n\n"
            f"Body with {IMG} and {LINK}.\n"
            f"JSON breaker {CLOSE} and {SEPARATORS}.\n"
            f"Leak {LEAK} {{{{7*7}}}} done.")
    findings = (
        at(text, XSS, "glued-quote", Severity.ERROR, f"message {XSS}", suggestion=IMG,
           evidence={f"<b>{XSS}</b>": CLOSE, "nested": {"k": LINK}, "list": [IMG, 0.5]}),
        at(text, IMG, 'x">' + IMG, Severity.WARNING, IMG),
        at(text, LINK, "boilerplate", Severity.INFO, LINK),
        at(text, CLOSE, "untranslated-span", Severity.ERROR, CLOSE, language='"><script>alert(1)</script>'),
        at(text, SEPARATORS, "mojibake", Severity.WARNING, SEPARATORS),
        at(text, BIDI, "mojibake", Severity.INFO, BIDI),
        at(text, "\r\n", "mojibake", Severity.INFO, "carriage return"),
        at(text, LEAK, "boilerplate", Severity.WARNING, LEAK),
    )
    document = Document('x">' + IMG + BIDI, text, f"javascript:alert(1)//{XSS}",
                        title=f"{XSS} {BIDI} {IMG}", group=IMG)
    other = Document("plain", "Nothing here.", "plain.txt", group=LINK)
    docs = (DocumentResult(document, findings, 12.0, 0.9, '"><script>alert(1)</script>', words=20),
            DocumentResult(other, (), 100.0, 0.1, "en", words=2))
    return RunResult(docs, signature(inputs=(XSS, LINK), encoder=IMG))


ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "div", "header", "h1", "h2", "h3", "h4", "h5", "p", "span",
    "dl", "dt", "dd", "details", "summary", "section", "figure", "figcaption", "img", "table", "thead", "tbody",
    "tr", "th", "td", "code", "button", "noscript", "label", "input", "select", "option", "nav", "footer", "main",
    "template", "script", "kbd", "article", "a", "aside", "ol", "li", "q", "mark", "strong",
}
ALLOWED_ATTRIBUTES = {
    "lang", "charset", "http-equiv", "content", "name", "class", "id", "open", "src", "alt", "scope", "type",
    "data-filter-check", "title", "data-sort", "role", "placeholder", "autocomplete", "value", "hidden",
    "aria-label", "aria-hidden", "aria-live", "href", "data-step", "data-finding", "data-explain", "data-check",
    "data-severity", "data-side", "data-cp",
}


class Elements(html.parser.HTMLParser):
    """Every start tag of a document, with its attributes, and the text of its scripts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[tuple[dict, str]] = []
        self._script: tuple[dict, list[str]] | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._script = (dict(attrs), [])

    def handle_data(self, data):
        if self._script is not None:
            self._script[1].append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.scripts.append((self._script[0], "".join(self._script[1])))
            self._script = None


def parse(markup: str) -> Elements:
    """The elements of ``markup``, as Python's HTML parser reads them."""
    parser = Elements()
    parser.feed(markup)
    parser.close()
    return parser


def embedded_documents(page: Elements) -> list[dict]:
    """The data of each document, as embedded in the page for its script."""
    return [json.loads(body) for attrs, body in page.scripts if attrs.get("id", "").startswith("doc-")]


# ---------------------------------------------------------------- align view

SOURCE = "Le maire a parlé.\nIl a promis 3 000 logements.\nCette phrase a disparu.\nMerci à tous."
TARGET = "The mayor spoke.\nHe promised 3,500 homes.\nThis sentence came from nowhere.\nThank you all."


def line_spans(text: str) -> list[list[int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append([start, start + len(line)])
        start += len(line) + 1
    return spans


def align_result(with_spans: bool) -> DocumentResult:
    source_spans, target_spans = line_spans(SOURCE), line_spans(TARGET)
    groups = [([0], [0], 0.91), ([1], [1], 0.62), ([2], [], None), ([], [2], None), ([3], [3], 0.88)]
    pairs = []
    for s, t, similarity in groups:
        pair = {"source": s, "target": t, "similarity": similarity}
        if with_spans:
            pair["source_spans"] = [source_spans[i] for i in s]
            pair["target_spans"] = [target_spans[i] for i in t]
        pairs.append(pair)
    findings = (
        at(SOURCE, "3 000", "number-mismatch", Severity.ERROR, "3 000 in the source, 3,500 in the target",
           side="source", segment=1),
        at(SOURCE, "Cette phrase a disparu.", "omission", Severity.ERROR, "Source sentence not translated",
           side="source", segment=2),
        at(TARGET, "3,500", "number-mismatch", Severity.ERROR, "3,500 in the target, 3 000 in the source",
           side="target", segment=1),
        at(TARGET, "This sentence came from nowhere.", "addition", Severity.WARNING, "No source for this sentence",
           side="target", segment=2),
    )
    name = "spans" if with_spans else "resplit"
    return DocumentResult(Document(f"{name}.en", TARGET, f"{name}/en.txt", group="pairs"), findings, 40.0, None, "en",
                          words=15, pairs=tuple(pairs), source=Document(f"{name}.fr", SOURCE, f"{name}/fr.txt"))


# ---------------------------------------------------------------- a 10,000-document report

WORDS = ("the mayor said on monday that officials would meet again after talks in the capital ended "
         "without agreement prices rose sharply while the government promised new homes for families "
         "quoted by the agency spokesman denied reports of weapons deliveries across the border").split()
BIG_CHECKS = [("glued-quote", Severity.WARNING), ("capital-after-quote", Severity.WARNING),
              ("untranslated-span", Severity.ERROR), ("title-case-quote", Severity.WARNING),
              ("quote-punctuation", Severity.INFO), ("boilerplate", Severity.WARNING),
              ("name-variant", Severity.INFO), ("mojibake", Severity.ERROR), ("off-topic-sentence", Severity.WARNING),
              ("source-typography", Severity.INFO)]


def big_result(documents: int = 10_000, per_document: int = 10) -> RunResult:
    """Documents of about 1,200 characters, each with ``per_document`` findings over 1-3 words."""
    rng = random.Random(20240611)
    docs = []
    for i in range(documents):
        words = [rng.choice(WORDS) for _ in range(180)]
        starts, offset = [], 0
        for word in words:
            starts.append(offset)
            offset += len(word) + 1
        text = " ".join(words)
        findings = []
        for w in sorted(rng.sample(range(177), per_document)):
            check, severity = rng.choice(BIG_CHECKS)
            start, end = starts[w], starts[w + rng.randint(1, 3)] - 1
            findings.append(Finding("XX101", check, severity, start, end, text[start:end],
                                    f"{check} on '{text[start:end]}'", 0.8, evidence={"score": rng.random()}))
        group = f"site-{i % 25:02d}.example"
        docs.append(DocumentResult(
            Document(f"doc-{i:05d}", text, f"https://{group}/news/{i}", title=" ".join(words[:9]).capitalize(),
                     group=group),
            tuple(findings), round(rng.uniform(0, 100), 1), rng.random(), "en", words=len(words)))
    return RunResult(tuple(docs), signature(inputs=tuple(f"feeds/site-{g:02d}.xml" for g in range(25))))

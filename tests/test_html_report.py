"""Tests of the HTML report, in a real headless Chromium driven by Playwright.

The browser is Debian's (``apt-get install -y chromium``), never one that
Playwright downloads: the tests run offline. Without it the browser tests fail
and say how to install it; ``MTCHECK_SKIP_BROWSER=1`` skips them instead.

Every page opened here is watched: a dialog (``alert``), a console error (a
script error, or a Content-Security-Policy violation, which is what an injected
element would cause) or any request other than the report file itself fails the
test. Screenshots of the main views are written to ``test-artifacts/``.
"""

from __future__ import annotations

import html.parser
import json
import os
import random
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mtcheck.model import Document, DocumentResult, Finding, RunResult, RunSignature, Severity
from mtcheck.reporters import reporter_for_path, reporter_named
from mtcheck.reporters.html_highlight import Mark, highlight, script_json

ROOT = Path(__file__).resolve().parent.parent
SEED = Path("/work/shared/seed/000_b347d3608bb705bc.txt")
if not SEED.exists():
    SEED = ROOT.parent / "shared" / "seed" / "000_b347d3608bb705bc.txt"
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = os.environ.get("MTCHECK_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
#: the 10,000-document report must be usable (table drawn) within this many seconds
LOAD_BUDGET_S = 8.0
#: opening one document or changing a filter in that report, in seconds
INTERACTION_BUDGET_S = 1.0

LQ, RQ = "\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"
XSS = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
LINK = '<a href="javascript:alert(1)">click</a>'
CLOSE = "</script><script>alert(1)</script><!--"
LEAK = "<img src=http://127.0.0.1:9/leak.png>"
BIDI = "\N{RIGHT-TO-LEFT OVERRIDE}gnp.exe"
SEPARATORS = "a\N{LINE SEPARATOR}b\N{PARAGRAPH SEPARATOR}c"


def signature(inputs: tuple[str, ...] = ("feed.xml",), encoder: str | None = "use") -> RunSignature:
    return RunSignature("0.1.0", ("glued-quote", "untranslated-span", "boilerplate"), "0123456789", encoder,
                        "auto", "en", inputs)


def at(text: str, excerpt: str, check: str, severity: Severity, message: str = "a finding", **extra) -> Finding:
    """A finding on the first occurrence of ``excerpt`` in ``text``."""
    start = text.index(excerpt)
    return Finding("XX101", check, severity, start, start + len(excerpt), excerpt, message, **extra)


def write_report(result: RunResult, path: Path) -> Path:
    with path.open("w", encoding="utf-8") as stream:
        reporter_named("html").render(result, stream)
    return path


# ---------------------------------------------------------------- browser harness

@pytest.fixture(scope="module")
def browser():
    if os.environ.get("MTCHECK_SKIP_BROWSER") == "1":
        pytest.skip("MTCHECK_SKIP_BROWSER=1: browser tests skipped")
    hint = ("install Chromium with 'apt-get install -y chromium' and Playwright with 'pip install playwright' "
            "(do not run 'playwright install'), or set MTCHECK_SKIP_BROWSER=1 to skip the browser tests")
    if not Path(CHROMIUM).exists():
        pytest.fail(f"no Chromium at {CHROMIUM}: {hint}", pytrace=False)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail(f"Playwright for Python is not installed: {hint}", pytrace=False)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@dataclass
class Watched:
    """A page and everything it did that a report must never do."""

    page: object
    url: str = ""
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def open(self, path: Path, fragment: str = "") -> object:
        self.url = path.resolve().as_uri()
        started = time.perf_counter()
        self.page.goto(self.url + fragment)
        self.page.wait_for_selector("html[data-ready]", state="attached")
        self.seconds = time.perf_counter() - started
        return self.page

    def assert_clean(self) -> None:
        assert self.dialogs == [], "the report ran a script from the input"
        assert self.errors == [], "the page logged errors"
        assert [u for u in self.requests if u != self.url] == [], "the page made a request"


@pytest.fixture()
def watched(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    seen = Watched(page)
    page.on("dialog", lambda dialog: (seen.dialogs.append(dialog.message), dialog.dismiss()))
    page.on("console", lambda message: message.type == "error" and seen.errors.append(message.text))
    page.on("pageerror", lambda error: seen.errors.append(str(error)))
    # every attempt is seen here, even one the CSP blocks
    page.on("request", lambda request: seen.requests.append(request.url))
    context.route("**/*", lambda route: route.continue_() if route.request.url == seen.url.split("#")[0]
                  else route.abort())
    yield seen
    seen.assert_clean()
    context.close()


def shot(page, name: str, full_page: bool = True) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=full_page)


def view_marks(page) -> list[dict]:
    """Every element of the open document view that claims a finding."""
    return page.eval_on_selector_all("#docview [data-finding]", """els => els.map(e => ({
        finding: Number(e.dataset.finding), check: e.dataset.check ?? null, severity: e.dataset.severity ?? null,
        text: e.textContent, tag: e.tagName.toLowerCase(), cls: e.className,
        inText: !!e.closest('.doc-main'), inPanel: !!e.closest('.panel')}))""")


def crosses(a: dict, b: dict) -> bool:
    return a["start"] < b["start"] < a["end"] < b["end"] or b["start"] < a["start"] < b["end"] < a["end"]


# ---------------------------------------------------------------- the seed article

@pytest.fixture(scope="module")
def seed_report(tmp_path_factory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("seed")
    run = subprocess.run(
        [sys.executable, "-m", "mtcheck", "audit", str(SEED), "-o", str(folder / "seed.json"),
         "-o", str(folder / "seed.html"), "--format", "json"],
        capture_output=True, text=True, cwd=ROOT,
    )
    assert run.returncode in (0, 1), run.stderr
    return folder / "seed.html", json.loads((folder / "seed.json").read_text(encoding="utf-8"))


def test_seed_findings_are_highlighted_at_their_spans(watched, seed_report):
    path, data = seed_report
    doc = data["documents"][0]
    findings = doc["findings"]
    assert findings, "the seed article should have findings"
    page = watched.open(path, "#doc=" + doc["id"])
    assert page.is_visible("#docview .doc-text") and not page.is_visible("#overview")
    # the highlighting changes nothing in the text
    assert page.text_content("#docview .doc-text") == doc["text"]
    marks = view_marks(page)
    for k, finding in enumerate(findings):
        claims = [m for m in marks if m["finding"] == k and m["check"] is not None]
        # the contract: one element with data-check and data-severity whose text is the excerpt
        assert len(claims) == 1, finding
        assert claims[0]["check"] == finding["check"] and claims[0]["severity"] == finding["severity"]
        assert claims[0]["text"] == finding["excerpt"]
        others = [dict(start=f["start"], end=f["end"]) for j, f in enumerate(findings) if j != k]
        if any(crosses(finding, o) for o in others):
            # a span crossing another cannot be one element: it is drawn as fragments
            pieces = [m["text"] for m in marks if m["finding"] == k and m["inText"]]
            assert claims[0]["inText"] or "".join(pieces) == finding["excerpt"]
        else:
            assert claims[0]["inText"], f"finding {k} is not highlighted in the text"
    shot(page, "document-view.png", full_page=False)


def test_hash_opens_the_document_and_back_returns_to_the_table(watched, seed_report):
    path, data = seed_report
    doc = data["documents"][0]
    page = watched.open(path)
    assert page.is_visible("#overview") and page.is_hidden("#docview")
    assert page.text_content("#docs tbody tr a") == doc["id"]
    shot(page, "overview.png")
    page.click("#docs tbody tr a")
    page.wait_for_selector("#docview .doc-title")
    assert page.evaluate("location.hash") == "#doc=" + doc["id"]
    assert page.text_content("#docview .doc-title") == doc["title"]
    page.click("#docview a.back")
    page.wait_for_selector("#overview", state="visible")
    page.evaluate("location.hash = '#doc=no-such-document'")
    page.wait_for_selector("#docview .doc-error")
    assert "no-such-document" in page.text_content("#docview .doc-error")


def test_keys_walk_through_the_findings(watched, seed_report):
    path, data = seed_report
    doc = data["documents"][0]
    page = watched.open(path, "#doc=" + doc["id"])
    selected = "#docview .finding.selected"
    page.keyboard.press("j")
    assert page.get_attribute(selected, "data-finding") == "0"
    assert page.locator("#docview .doc-main .current").count() >= 1
    page.keyboard.press("n")
    page.keyboard.press("j")
    assert page.get_attribute(selected, "data-finding") == "2"
    page.keyboard.press("k")
    assert page.get_attribute(selected, "data-finding") == "1"
    # the selected finding shows its evidence and the check's explanation from the registry
    assert page.is_visible(f"{selected} .evidence")
    assert page.text_content(f"{selected} .explain h4").split()[-1] == doc["findings"][1]["check"]
    for _ in range(len(doc["findings"]) + 3):
        page.keyboard.press("n")
    assert page.get_attribute(selected, "data-finding") == str(len(doc["findings"]) - 1)
    page.keyboard.press("Escape")
    page.wait_for_selector("#overview", state="visible")


# ---------------------------------------------------------------- filtering and sorting

@pytest.fixture(scope="module")
def feed_report(tmp_path_factory) -> Path:
    """Six documents in two groups with known checks and severities."""
    texts = {
        "a1": ("site-a", "Wagner Group" + LQ + "Organized Crime" + RQ + " again.", [
            ("Group" + LQ + "Organized", "glued-quote", Severity.WARNING)]),
        "a2": ("site-a", "They met la Corée du Nord officials.", [
            ("la Corée du Nord", "untranslated-span", Severity.ERROR)]),
        "a3": ("site-a", "Clean text with nothing to report.", []),
        "b1": ("site-b", "Leave a Reply\nYour email address will not be published.", [
            ("Leave a Reply", "boilerplate", Severity.WARNING),
            ("Your email address will not be published.", "boilerplate", Severity.INFO)]),
        "b2": ("site-b", "The mayor of Kiev and the mayor of Kyiv.", [
            ("Kiev", "name-variant", Severity.INFO)]),
        "b3": ("site-b", "Prices rose 3,5 % and la Corée du Nord.", [
            ("la Corée du Nord", "untranslated-span", Severity.ERROR),
            ("3,5 %", "source-typography", Severity.WARNING)]),
    }
    docs = []
    for id_, (group, text, found) in texts.items():
        findings = tuple(at(text, e, c, s) for e, c, s in found)
        score = 100.0 - 20 * len(findings)
        docs.append(DocumentResult(Document(id_, text, f"{group}/{id_}.html", title=f"Story {id_}", group=group),
                                   findings, score, 0.5, "en", words=len(text.split())))
    path = tmp_path_factory.mktemp("feed") / "feed.html"
    return write_report(RunResult(tuple(docs), signature()), path)


def visible_ids(page) -> list[str]:
    return page.eval_on_selector_all("#docs tbody tr a", "links => links.map(a => a.textContent)")


def choose(page, select: str, label_start: str) -> None:
    value = page.eval_on_selector(select, "(s, start) => [...s.options].find(o => o.text.startsWith(start)).value",
                                  label_start)
    page.select_option(select, value)


def test_filters_change_the_visible_rows(watched, feed_report):
    from playwright.sync_api import expect

    page = watched.open(feed_report)
    assert sorted(visible_ids(page)) == ["a1", "a2", "a3", "b1", "b2", "b3"]
    assert visible_ids(page)[-1] == "a3"  # lowest score first, the clean document last
    choose(page, "#f-check", "untranslated-span")
    assert sorted(visible_ids(page)) == ["a2", "b3"]
    choose(page, "#f-check", "boilerplate")
    choose(page, "#f-sev", "\N{BLACK CIRCLE} info")
    assert visible_ids(page) == ["b1"]
    choose(page, "#f-sev", "\N{BLACK UP-POINTING TRIANGLE} warning")
    assert visible_ids(page) == ["b1"]
    choose(page, "#f-check", "any check")
    assert sorted(visible_ids(page)) == ["a1", "b1", "b3"]
    choose(page, "#f-group", "site-a")
    assert visible_ids(page) == ["a1"]
    page.click("#f-clear")
    page.fill("#f-q", "story b")
    expect(page.locator("#docs tbody tr")).to_have_count(3)
    assert sorted(visible_ids(page)) == ["b1", "b2", "b3"]
    page.fill("#f-q", "")
    expect(page.locator("#docs tbody tr")).to_have_count(6)
    page.click("#docs th[data-sort=error] button")
    assert visible_ids(page)[:2] in (["a2", "b3"], ["b3", "a2"])
    page.click("#docs th[data-sort=id] button")
    assert visible_ids(page) == ["a1", "a2", "a3", "b1", "b2", "b3"]
    page.click("#docs th[data-sort=id] button")
    assert visible_ids(page) == ["b3", "b2", "b1", "a3", "a2", "a1"]
    # clicking a check in the summary table filters the documents by it
    page.click("button[data-filter-check]:text-is('name-variant')")
    assert visible_ids(page) == ["b2"]
    # and ] steps to the next document of the filtered table
    page.click("#docs tbody tr a")
    assert page.text_content("#docview .doc-title") == "Story b2"


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
        at(text, IMG, f'x"><img src=x onerror=alert(1)>', Severity.WARNING, IMG),
        at(text, LINK, "boilerplate", Severity.INFO, LINK),
        at(text, CLOSE, "untranslated-span", Severity.ERROR, CLOSE, language='"><script>alert(1)</script>'),
        at(text, SEPARATORS, "mojibake", Severity.WARNING, SEPARATORS),
        at(text, BIDI, "mojibake", Severity.INFO, BIDI),
        at(text, "\r\n", "mojibake", Severity.INFO, "carriage return"),
        at(text, LEAK, "boilerplate", Severity.WARNING, LEAK),
    )
    document = Document(f'x"><img src=x onerror=alert(1)>{BIDI}', text, f"javascript:alert(1)//{XSS}",
                        title=f"{XSS} {BIDI} {IMG}", group=IMG)
    other = Document("plain", "Nothing here.", "plain.txt", group=LINK)
    docs = (DocumentResult(document, findings, 12.0, 0.9, '"><script>alert(1)</script>', words=20),
            DocumentResult(other, (), 100.0, 0.1, "en", words=2))
    return RunResult(docs, signature(inputs=(XSS, LINK), encoder=IMG))


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory) -> tuple[Path, RunResult]:
    result = hostile_result()
    return write_report(result, tmp_path_factory.mktemp("xss") / "xss.html"), result


def test_hostile_input_renders_as_text_and_runs_nothing(watched, hostile_report):
    path, result = hostile_report
    doc = result.documents[0]
    page = watched.open(path)
    first = page.locator("#docs tbody tr", has_text="gnp.exe")
    assert doc.document.id in first.text_content() and doc.document.title in first.text_content()
    page.select_option("#f-check", index=1)
    page.click("#f-clear")
    page.evaluate("id => location.hash = '#doc=' + encodeURIComponent(id)", doc.document.id)
    page.wait_for_selector("#docview .doc-text")
    assert page.text_content("#docview .doc-text") == doc.document.text
    assert page.text_content("#docview .doc-title") == doc.document.title
    assert doc.document.origin in page.text_content("#docview .doc-meta")
    for _ in doc.findings:
        page.keyboard.press("j")
    marks = view_marks(page)
    for k, finding in enumerate(doc.findings):
        claim = [m for m in marks if m["finding"] == k and m["check"] is not None]
        assert [(m["check"], m["text"]) for m in claim] == [(finding.check, finding.excerpt)]
    assert XSS in page.text_content("#docview .finding[data-finding='0'] .evidence")
    # nothing from the input became an element: only the report's own images, links and scripts
    assert page.locator("img:not([src^='data:image/svg+xml;base64,'])").count() == 0
    assert page.locator("script").count() == 2 + len(result.documents)
    assert page.locator("a:not([href^='#'])").count() == 0
    assert page.evaluate("[...document.querySelectorAll('*')].some(e => [...e.attributes].some("
                         "a => a.name.startsWith('on')))") is False
    shot(page, "hostile-document.png", full_page=False)


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
        self._in_script: dict | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script = dict(attrs)

    def handle_data(self, data):
        if self._in_script is not None:
            self.scripts.append((self._in_script, data))

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = None


def parse(markup: str) -> Elements:
    parser = Elements()
    parser.feed(markup)
    parser.close()
    return parser


def test_no_element_or_attribute_comes_from_the_input(hostile_report):
    path, result = hostile_report
    page = parse(path.read_text(encoding="utf-8"))
    views = [json.loads(body) for attrs, body in page.scripts if attrs.get("id", "").startswith("doc-")]
    assert len(views) == len(result.documents)
    index = [json.loads(body) for attrs, body in page.scripts if attrs.get("id") == "mt-index"][0]
    assert index["docs"][0][0] == result.documents[0].document.id  # the data survives, as data
    code = [body for attrs, body in page.scripts if "type" not in attrs]
    assert len(code) == 1 and "alert" not in code[0]
    for tags in [page.tags, *(parse(v).tags for v in views)]:
        for tag, attrs in tags:
            assert tag in ALLOWED_TAGS, tag
            assert set(attrs) <= ALLOWED_ATTRIBUTES, (tag, attrs)
            assert not attrs.get("href") or attrs["href"].startswith("#"), attrs
            assert not attrs.get("src") or attrs["src"].startswith("data:image/svg+xml;base64,"), attrs
            if tag == "script":
                assert attrs in ({}, {"type": "application/json", "id": attrs.get("id")}), attrs
    raw = path.read_text(encoding="utf-8")
    assert XSS not in raw and "</script><script>" not in raw
    assert "\N{LINE SEPARATOR}" not in raw and "\N{PARAGRAPH SEPARATOR}" not in raw


def test_script_json_cannot_close_its_element():
    data = {"a": CLOSE, "b": SEPARATORS, "c": "&amp; <!-- -->", "d": "\ud800 lone surrogate"}
    written = str(script_json(data))
    for forbidden in ("<", ">", "&", "\N{LINE SEPARATOR}", "\N{PARAGRAPH SEPARATOR}", "\ud800"):
        assert forbidden not in written
    assert json.loads(written) == data
    written.encode("utf-8")  # valid UTF-8, lone surrogate included


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="ab<&\"'\r\n\N{RIGHT-TO-LEFT OVERRIDE}", max_size=30),
       spans=st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=6))
def test_highlight_keeps_the_text_and_each_whole_mark_is_its_span(text, spans):
    marks = [Mark(min(a, b), max(a, b), k, "chk", ("error", "warning", "info")[k % 3])
             for k, (a, b) in enumerate(spans) if max(a, b) <= len(text)]
    markup = str(highlight(text, marks))

    class Collect(html.parser.HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.text, self.open, self.claims = [], [], {}

        def handle_starttag(self, tag, attrs):
            attrs = dict(attrs)
            self.open.append((tag, attrs, len("".join(self.text))))
            assert "data-check" not in attrs or tag == "mark"

        def handle_endtag(self, tag):
            opened, attrs, start = self.open.pop()
            assert opened == tag
            if "data-check" in attrs:
                self.claims.setdefault(int(attrs["data-finding"]), []).append("".join(self.text)[start:])

        def handle_data(self, data):
            self.text.append(data)

    parser = Collect()
    parser.feed(markup)
    parser.close()
    assert "".join(parser.text) == text
    assert parser.open == []
    for mark in marks:
        assert parser.claims.get(mark.finding, [text[mark.start:mark.end]]) == [text[mark.start:mark.end]]
    crossing = {m.finding for m in marks for o in marks
                if m.start < o.start < m.end < o.end or o.start < m.start < o.end < m.end}
    assert {m.finding for m in marks} - crossing <= set(parser.claims)


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


@pytest.mark.parametrize("with_spans", [True, False], ids=["spans-in-pairs", "resplit"])
def test_align_view_puts_groups_side_by_side(watched, tmp_path, with_spans):
    doc = align_result(with_spans)
    path = write_report(RunResult((doc,), signature()), tmp_path / "align.html")
    page = watched.open(path, "#doc=" + doc.document.id)
    rows = page.eval_on_selector_all("#docview table.align tbody tr", """rows => rows.map(r => ({
        source: r.querySelector('[data-side=source]').textContent, target: r.querySelector('[data-side=target]').textContent,
        sourceGap: r.querySelector('[data-side=source]').classList.contains('gap'),
        targetGap: r.querySelector('[data-side=target]').classList.contains('gap'),
        sim: r.querySelector('td.sim').className, simText: r.querySelector('td.sim').textContent}))""")
    assert len(rows) == 5
    assert rows[0]["source"].endswith("Le maire a parlé.") and rows[0]["target"].endswith("The mayor spoke.")
    assert (rows[0]["sim"], rows[0]["simText"]) == ("sim sim-9", "0.91")
    assert rows[1]["sim"] == "sim sim-6"
    assert rows[2]["targetGap"] and rows[2]["target"] == "" and rows[2]["source"].endswith("Cette phrase a disparu.")
    assert rows[3]["sourceGap"] and rows[3]["source"] == "" and not rows[3]["targetGap"]
    marks = view_marks(page)
    for k, finding in enumerate(doc.findings):
        [claim] = [m for m in marks if m["finding"] == k and m["check"] is not None]
        assert claim["inText"] and (claim["check"], claim["text"]) == (finding.check, finding.excerpt)
    side_of = page.eval_on_selector_all("#docview .doc-main [data-check]",
                                        "els => els.map(e => [Number(e.dataset.finding), e.closest('td').dataset.side])")
    assert sorted(side_of) == [[k, f.side] for k, f in enumerate(doc.findings)]
    if with_spans:
        shot(page, "align-view.png")


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


def test_a_10000_document_report_loads_within_budget(watched, tmp_path):
    result = big_result()
    assert sum(len(d.findings) for d in result.documents) == 100_000
    started = time.perf_counter()
    path = write_report(result, tmp_path / "big.html")
    rendered = time.perf_counter() - started
    size_mb = path.stat().st_size / 1e6
    page = watched.open(path)
    loaded = watched.seconds
    assert page.locator("#docs tbody tr").count() == 50
    assert "of 10,000 documents" in page.text_content("#f-count")
    started = time.perf_counter()
    page.evaluate("location.hash = '#doc=doc-09999'")
    page.wait_for_selector("#docview .doc-text")
    opened = time.perf_counter() - started
    assert page.locator("#docview .doc-main [data-check]").count() >= 1
    page.keyboard.press("Escape")
    page.wait_for_selector("#overview", state="visible")
    started = time.perf_counter()
    choose(page, "#f-check", "mojibake")
    choose(page, "#f-sev", "\N{BLACK SQUARE} error")
    filtered = time.perf_counter() - started
    assert "filtered from 10,000" in page.text_content("#f-count")
    print(f"\n10,000 documents / 100,000 findings: rendered in {rendered:.1f} s, {size_mb:.1f} MB; "
          f"browser load {loaded:.2f} s, open a document {opened:.2f} s, two filters {filtered:.2f} s")
    assert loaded < LOAD_BUDGET_S
    assert opened < INTERACTION_BUDGET_S and filtered < INTERACTION_BUDGET_S


# ---------------------------------------------------------------- the command line

def test_report_command_renders_a_saved_result_as_html(tmp_path, seed_report):
    _, data = seed_report
    saved = tmp_path / "result.json"
    saved.write_text(json.dumps(data), encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "mtcheck", "report", str(saved), "-o", str(tmp_path / "r.html")],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode in (0, 1), run.stderr
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Content-Security-Policy" in page
    assert reporter_for_path("out/report.HTML").format == "html"
    views = [json.loads(body) for attrs, body in parse(page).scripts if attrs.get("id", "").startswith("doc-")]
    assert views and all(f["check"] in views[0] for f in data["documents"][0]["findings"])

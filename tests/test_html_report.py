"""Tests of the HTML report in a real headless Chromium, driven by Playwright.

The browser is Debian's (``apt-get install -y chromium``; ``MTCHECK_CHROMIUM``
names another binary), never one that Playwright downloads: the tests run
offline. Without it these tests fail and say how to install it;
``MTCHECK_SKIP_BROWSER=1`` skips them instead.

Every page opened here is watched: a dialog (``alert``), a console error (a
script error, or a Content-Security-Policy violation, which is what an injected
element would cause) or any request other than the report file itself fails the
test. Screenshots of the main views are written to ``test-artifacts/``.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from html_report_data import (
    ALLOWED_ATTRIBUTES, LQ, RQ, ROOT, SEED, XSS, align_result, at, audit, big_result, hostile_result,
    signature, write_report,
)
from mtcheck.model import Document, DocumentResult, RunResult, Severity

ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = os.environ.get("MTCHECK_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
#: the 10,000-document report must be usable (table drawn) within this many seconds
LOAD_BUDGET_S = 5.0
#: opening one document or changing a filter in that report, in seconds
INTERACTION_BUDGET_S = 1.0


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
    context.route("**/*", lambda route: route.continue_() if route.request.url == seen.url else route.abort())
    yield seen
    seen.assert_clean()
    context.close()


def shot(page, name: str, full_page: bool = True) -> None:
    """A screenshot for people to look at, in test-artifacts/."""
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=full_page)


def view_marks(page) -> list[dict]:
    """Every element of the open document view that claims a finding."""
    return page.eval_on_selector_all("#docview [data-finding]", """els => els.map(e => ({
        finding: Number(e.dataset.finding), check: e.dataset.check ?? null, severity: e.dataset.severity ?? null,
        text: e.textContent, inText: !!e.closest('.doc-main')}))""")


def crosses(a: dict, b: dict) -> bool:
    """True when two spans overlap without one holding the other."""
    return a["start"] < b["start"] < a["end"] < b["end"] or b["start"] < a["start"] < b["end"] < a["end"]


# ---------------------------------------------------------------- the seed article

@pytest.fixture(scope="module")
def seed_report(tmp_path_factory) -> tuple[Path, dict]:
    if not SEED.exists():
        pytest.skip("shared/seed is not beside the checkout")
    return audit(tmp_path_factory.mktemp("seed"), str(SEED))


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
    for _ in range(4):
        page.keyboard.press("j")
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
    unreadable = Document("c1", "", "site-c/c1.html", group="site-c")
    docs.append(DocumentResult(unreadable, (), 0.0, error="cannot decode bytes as UTF-8; convert the file to UTF-8"))
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
    # lowest score first, the clean document last but for the unreadable one, which has no score
    assert visible_ids(page) == ["b1", "b3", "a1", "a2", "b2", "a3", "c1"]
    assert page.text_content("#docs tbody tr:last-child .unreadable") == "unreadable"
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
    expect(page.locator("#docs tbody tr")).to_have_count(7)
    page.click("#docs th[data-sort=error] button")
    assert visible_ids(page)[:2] in (["a2", "b3"], ["b3", "a2"])
    page.click("#docs th[data-sort=id] button")
    assert visible_ids(page) == ["a1", "a2", "a3", "b1", "b2", "b3", "c1"]
    page.click("#docs th[data-sort=id] button")
    assert visible_ids(page) == ["c1", "b3", "b2", "b1", "a3", "a2", "a1"]
    # clicking a check in the summary table filters the documents by it
    page.click("button[data-filter-check]:text-is('name-variant')")
    assert visible_ids(page) == ["b2"]
    page.click("#docs tbody tr a")
    assert page.text_content("#docview .doc-title") == "Story b2"
    # the unreadable document says why
    page.evaluate("location.hash = '#doc=c1'")
    assert "cannot decode bytes" in page.text_content("#docview .doc-error")


def test_the_example_feeds_report(watched, tmp_path):
    """The report of corpora/examples: several feeds, so the group filter and chart appear."""
    path, data = audit(tmp_path, "corpora/examples")
    page = watched.open(path)
    assert len(visible_ids(page)) == len(data["documents"]) > 1
    groups = {d["group"] for d in data["documents"]}
    assert page.locator("#f-group option").count() == len(groups) + 1
    assert page.locator("figure.chart figcaption").all_text_contents()[-1] == "Findings by group"
    shot(page, "examples-overview.png", full_page=False)
    worst = visible_ids(page)[0]
    page.click("#docs tbody tr a")
    page.wait_for_selector("#docview .doc-text")
    page.keyboard.press("j")
    shot(page, "examples-document.png", full_page=False)
    assert worst in page.text_content("#docview .doc-meta")


# ---------------------------------------------------------------- hostile input

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
    names = set(page.evaluate("[...new Set([...document.querySelectorAll('*')].flatMap("
                              "e => [...e.attributes].map(a => a.name)))]"))
    assert names <= ALLOWED_ATTRIBUTES | {"disabled", "aria-sort", "data-ready"}, names
    shot(page, "hostile-document.png", full_page=False)


# ---------------------------------------------------------------- align view

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

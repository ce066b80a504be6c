"""Tests of the HTML report's markup, without a browser: escaping, highlighting, embedded data.

The page is read with Python's HTML parser, as a browser would build it: no
element or attribute may come from the input, whatever the input holds.
"""

from __future__ import annotations

import html.parser
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from html_report_data import (
    ALLOWED_ATTRIBUTES, ALLOWED_TAGS, CLOSE, ROOT, SEPARATORS, XSS, audit, embedded_documents,
    hostile_result, parse, write_report,
)
from mtcheck.model import RunResult
from mtcheck.reporters import reporter_for_path
from mtcheck.reporters.html_highlight import Mark, highlight, script_json


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory) -> tuple[Path, RunResult]:
    result = hostile_result()
    return write_report(result, tmp_path_factory.mktemp("xss") / "xss.html"), result


def test_no_element_or_attribute_comes_from_the_input(hostile_report):
    path, result = hostile_report
    page = parse(path.read_text(encoding="utf-8"))
    documents = embedded_documents(page)
    assert len(documents) == len(result.documents)
    # the only markup the script inserts: the highlighted texts
    views = [d["text"] for d in documents]
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
    # '<' is what could start '</script' or '<!--' inside a script element
    for forbidden in ("<", "\N{LINE SEPARATOR}", "\N{PARAGRAPH SEPARATOR}", "\ud800"):
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


# ---------------------------------------------------------------- the command line

def test_report_command_renders_a_saved_result_as_html(tmp_path):
    _, data = audit(tmp_path, "corpora/examples/article.txt")
    saved = tmp_path / "result.json"
    saved.write_text(json.dumps(data), encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "mtcheck", "report", str(saved), "-o", str(tmp_path / "r.html")],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode in (0, 1), run.stderr
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Content-Security-Policy" in page
    assert reporter_for_path("out/report.HTML").format == "html"
    [document] = embedded_documents(parse(page))
    highlighted = parse(document["text"]).tags
    assert len(document["findings"]) == len(data["documents"][0]["findings"])
    # every finding is in the highlighted text, as one mark or as fragments
    assert {int(a["data-finding"]) for _, a in highlighted if "data-finding" in a} == set(range(len(document["findings"])))


def test_same_result_same_bytes_with_source_date_epoch(monkeypatch, tmp_path):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "86400")
    first = write_report(hostile_result(), tmp_path / "a.html").read_bytes()
    second = write_report(hostile_result(), tmp_path / "b.html").read_bytes()
    assert first == second
    assert b"1970-01-02 00:00 UTC" in first

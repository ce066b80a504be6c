"""Suppressions: comments for the next paragraph, per-path ignores, per-record fields, do-not-translate."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from mtcheck.cli import app
from mtcheck.suppress import comment_regions, path_ignores

LEFT, RIGHT = "\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"
GLUED = f"The mayor praised the engineers{LEFT}True Heroes{RIGHT} and left the town hall."
#: a glued quote (QT101) and a Title Case quotation (QT104) in one sentence
BOTH = f"The minister called the plan a{LEFT}Historic Turning Point For The Region{RIGHT} on Monday."
FRENCH = ("The council approved the budget on Tuesday after a long debate. The decision was announced "
          "selon le minist\N{LATIN SMALL LETTER E WITH GRAVE}re de l'Int\N{LATIN SMALL LETTER E WITH ACUTE}rieur "
          "on Monday. Work on the new bridge starts in May.\n")

runner = CliRunner()


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in list(__import__("os").environ):
        if name.startswith("MTCHECK_"):
            monkeypatch.delenv(name)
    return tmp_path


def found(*args: str) -> list[tuple[str, str, int]]:
    """(document id, check, start) of every finding of an audit."""
    result = runner.invoke(app, ["audit", *args, "-q", "--format", "json", "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    return [(d["id"], f["check"], f["start"]) for d in json.loads(result.stdout)["documents"] for f in d["findings"]]


def checks(*args: str) -> list[str]:
    return [check for _, check, _ in found(*args)]


def test_comment_silences_the_named_check_in_the_next_paragraph_only(workdir):
    text = (f"Town news of the week\n\n{GLUED}\n\n<!-- mtcheck-ignore: glued-quote -->\n{GLUED}\n\n"
            f"<!-- mtcheck-ignore: title-case-quote -->\n{BOTH}\n")
    (workdir / "a.md").write_text(text, encoding="utf-8")
    first, third = text.index(GLUED), text.index(BOTH)
    expected = [("glued-quote", first + GLUED.index("engineers")), ("glued-quote", third + BOTH.index("a" + LEFT))]
    assert [(c, s) for _, c, s in found("a.md", "--select", "QT101,QT104")] == expected
    # without the comments, the second paragraph's glued quote and the Title Case quote are reported
    (workdir / "a.md").write_text(text.replace("<!-- mtcheck-ignore", "<!-- note"), encoding="utf-8")
    assert sorted(c for _, c, _ in found("a.md", "--select", "QT101,QT104")) == [
        "glued-quote", "glued-quote", "glued-quote", "title-case-quote"]


def test_comment_takes_several_checks_by_code_or_name(workdir):
    (workdir / "a.txt").write_text(f"<!-- mtcheck-ignore: QT101, title-case-quote -->\n{BOTH}\n\n{BOTH}\n",
                                   encoding="utf-8")
    result = found("a.txt", "--select", "QT101,QT104")
    assert sorted(c for _, c, _ in result) == ["glued-quote", "title-case-quote"]
    assert all(s > len("<!-- mtcheck-ignore: QT101, title-case-quote -->\n") + len(BOTH) for _, _, s in result)


def test_html_comment_silences_the_next_paragraph(workdir):
    paragraph = "<p>The new bridge over the river opened on Monday after two years of work and delays.</p>"
    page = (f"<!doctype html><html><head><title>Bridge opens after two years</title></head><body><article>"
            f"<h1>Bridge opens after two years</h1>{paragraph}<p>{GLUED} Crowds cheered.</p>"
            f"<!-- mtcheck-ignore: glued-quote --><p>{GLUED.replace('mayor', 'governor')} Crowds cheered.</p>"
            f"{paragraph}</article></body></html>")
    (workdir / "page.html").write_text(page, encoding="utf-8")
    assert checks("page.html", "--select", "glued-quote") == ["glued-quote"]
    (workdir / "page.html").write_text(page.replace("<!-- mtcheck-ignore: glued-quote -->", ""), encoding="utf-8")
    assert checks("page.html", "--select", "glued-quote") == ["glued-quote", "glued-quote"]


def test_per_path_ignores_from_pyproject(workdir):
    (workdir / "pyproject.toml").write_text(
        '[tool.mtcheck.per-path-ignores]\n"legacy/*" = ["glued-quote"]\n"notes-*.txt" = ["QT"]\n', encoding="utf-8")
    (workdir / "legacy").mkdir()
    for name in ("legacy/a.txt", "new.txt", "notes-1.txt"):
        (workdir / name).write_text(GLUED + "\n", encoding="utf-8")
    result = found("legacy/a.txt", "new.txt", "notes-1.txt", "--select", "glued-quote")
    assert [doc for doc, _, _ in result] == ["new"]


def test_unknown_check_in_per_path_ignores_exits_2_with_a_hint(workdir):
    (workdir / "pyproject.toml").write_text(
        '[tool.mtcheck.per-path-ignores]\n"legacy/*" = ["glued-quotes"]\n', encoding="utf-8")
    (workdir / "a.txt").write_text(GLUED + "\n", encoding="utf-8")
    for args in (["audit", "a.txt"], ["config", "--show"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 2
        assert "did you mean 'glued-quote'" in result.output


def test_per_record_ignore_field_in_jsonl_and_csv(workdir):
    records = [
        {"id": "kept", "text": GLUED},
        {"id": "list", "text": GLUED, "mtcheck_ignore": ["glued-quote"]},
        {"id": "string", "text": GLUED, "mtcheck_ignore": "QT101, title-case-quote"},
    ]
    (workdir / "r.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    (workdir / "r.csv").write_text(f'id,text,mtcheck_ignore\nc1,"{GLUED}",glued-quote\nc2,"{GLUED}",\n',
                                   encoding="utf-8")
    assert [doc for doc, _, _ in found("r.jsonl", "r.csv", "--select", "glued-quote")] == ["kept", "c2"]


def test_do_not_translate_glossary_keeps_terms(workdir):
    (workdir / "a.txt").write_text(FRENCH, encoding="utf-8")
    assert "untranslated-span" in checks("a.txt")
    (workdir / "mtcheck.toml").write_text(
        "do-not-translate = [\"selon le minist\u00e8re de l'Int\u00e9rieur\"]\n", encoding="utf-8")
    assert "untranslated-span" not in checks("a.txt")
    show = runner.invoke(app, ["config", "--show"])
    assert show.exit_code == 0
    assert "do-not-translate" in show.stdout and "mtcheck.toml" in show.stdout


def test_comment_regions_cover_the_comment_and_the_next_paragraph():
    text = "First.\n\n<!-- mtcheck-ignore: QT101 -->\r\nSecond line\ncontinued.\r\n\r\nThird."
    (region,) = comment_regions(text)
    assert text[region.start:region.end] == "<!-- mtcheck-ignore: QT101 -->\r\nSecond line\ncontinued."
    assert region.checks == ("QT101",)


def test_path_ignores_match_folders_names_and_records():
    table = {"docs/*.md": ("QT101",), "*.jsonl": ("LG",)}
    assert path_ignores("docs/a/b.md", table) == ("QT101",)
    assert path_ignores("./docs/a.md", table) == ("QT101",)
    assert path_ignores("data/feed.jsonl#L7", table) == ("LG",)
    assert path_ignores("other/a.md", table) == ()

"""Input readers: every kind of input becomes documents with text, title, id and origin.

Each test reads files the way ``mtcheck audit`` does (``read_documents``) and checks
what a user would look at: the text that gets audited, its title, where each
document came from, and that a bad record is reported without stopping the run.
"""

from __future__ import annotations

import gzip
import io
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from mtcheck.readers import ReadOptions, read_documents
from mtcheck.readers.base import InputError
from mtcheck.readers.html import fragment_text

DATA = Path(__file__).parent / "data" / "readers"
EXAMPLES = Path(__file__).parent.parent / "corpora" / "examples"

RECORDS = (
    '{"id": "https://one.example/a", "title": "Port blocked", "text": "Boats blocked the port."}\n'
    '{"id": "https://www.two.example/b", "headline": "unused", "title": "Trains late", "text": "Trains ran late."}\n'
    '{"id": "c", "title": "Third", "text": "Third text.", "mtcheck_ignore": ["glued-quote", "boilerplate"]}\n'
)


def read(*inputs: object, **options: object) -> list:
    """All documents of the inputs, as a list."""
    return list(read_documents([str(i) for i in inputs], ReadOptions(**options)))


def write(path: Path, content: str | bytes) -> Path:
    """Write text (UTF-8) or bytes, gzip-compressed when the name ends in .gz."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(data) if path.name.endswith(".gz") else data)
    return path


def assert_title_first(doc) -> None:
    """The title sits at the start of the text, where title_span says."""
    assert doc.title_span is not None
    assert doc.text[doc.title_span.start:doc.title_span.end] == doc.title


# --- plain text and Markdown -------------------------------------------------

@pytest.mark.parametrize("name", ["story.txt", "story.md", "story.txt.gz"])
def test_text_and_markdown_one_document_with_headline(tmp_path: Path, name: str) -> None:
    path = write(tmp_path / name, "Council votes the budget\n\nThe council voted on Friday.\n")
    [doc] = read(path)
    assert doc.id == "story"
    assert doc.origin == str(path)
    assert doc.title == "Council votes the budget"
    assert doc.text == "Council votes the budget\n\nThe council voted on Friday.\n"
    assert doc.error is None


# --- HTML --------------------------------------------------------------------

def test_html_keeps_article_and_title_and_drops_scripts_styles_and_menus() -> None:
    [doc] = read(DATA / "article.html")
    assert doc.id == "article"
    assert doc.title == "Farmers block ring road around Lyon to protest fuel tax"
    assert_title_first(doc)
    assert doc.text.count(doc.title) == 1, "the <h1> repeating the title must not be kept twice"
    body = doc.text[doc.body_start:]
    assert body.startswith("Several hundred farmers blocked the ring road")
    assert "described the measure as\N{LEFT DOUBLE QUOTATION MARK}A Death Sentence" in body
    assert "The blockade was lifted at nightfall without incident, the police said." in body
    for leaked in ("MARKER", "gtag", "dataLayer", "color:", ".site-header", "Contact us", "Recent Posts",
                   "All rights reserved", "Share on Facebook"):
        assert leaked not in doc.text, leaked
    # widgets inside the article stay: the boilerplate check must see them
    assert "Read also: Wine exports fall for the third year in a row" in body
    # one paragraph per <p>, separated by a blank line
    assert "unfair.\n\nThe prefecture said" in body


def test_html_line_breaks_tables_and_the_repeated_headline() -> None:
    [doc] = read(DATA / "budget.html")
    assert doc.title == "Brittany: the regional council adopts its budget"
    assert doc.text.count(doc.title) == 1, "the <h1> repeating the title must not be kept twice"
    assert "ten hours.\nThe opposition voted against" in doc.text  # <br>: a line break, same paragraph
    assert "\n\nTransport\t520 million euros\n\n" in doc.text  # one table row per paragraph
    for leaked in ("MARKER", "cookies", "enable JavaScript", "font-family", "Terms of use", "Regions"):
        assert leaked not in doc.text, leaked


def test_html_tiny_page_keeps_its_sentence_and_drops_menus(tmp_path: Path) -> None:
    path = write(tmp_path / "notice.htm", (
        "<!doctype html><html><head><title>Road closed</title><style>p{color:red}</style></head><body>"
        "<nav><a href='/'>Home</a></nav><p>The bridge road is closed until Friday.</p>"
        "<script>var tracker = 1;</script><footer>Copyright Town Hall</footer></body></html>"
    ))
    [doc] = read(path)
    assert doc.title == "Road closed"
    assert doc.text == "Road closed\n\nThe bridge road is closed until Friday."


def test_html_declared_charset_and_xhtml_declaration(tmp_path: Path) -> None:
    # in ISO-8859-15 the euro sign is byte 0xA4, which Windows-1252 would read as a currency sign
    euro = "\N{EURO SIGN}"
    latin = write(tmp_path / "latin9.html", (
        f'<html><head><meta charset="iso-8859-15"><title>Tickets at 5 {euro}</title></head>'
        f"<body><p>The museum ticket now costs 5 {euro}.</p></body></html>"
    ).encode("iso-8859-15"))
    assert read(latin)[0].text == f"Tickets at 5 {euro}\n\nThe museum ticket now costs 5 {euro}."
    xhtml = write(tmp_path / "page.xhtml", (
        '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
        "<head><title>Strict page</title></head><body><p>Valid XHTML text.</p></body></html>"
    ))
    assert read(xhtml)[0].text == "Strict page\n\nValid XHTML text."


def test_html_falls_back_to_body_text_when_trafilatura_finds_nothing(tmp_path: Path) -> None:
    # trafilatura discards a page whose only text sits in a comments container
    path = write(tmp_path / "closed.html", (
        "<html><head><title>Notice</title><script>track()</script></head><body>"
        "<div class='comments'><p>Comments are closed for this article.</p><script>var x = 1;</script>"
        "<p>Contact the newsroom<br>by mail.</p></div></body></html>"
    ))
    [doc] = read(path)
    assert doc.text == "Notice\n\nComments are closed for this article.\n\nContact the newsroom\nby mail."


def test_html_without_text_is_an_error_document(tmp_path: Path) -> None:
    path = write(tmp_path / "app.html", "<html><body><div id='root'></div><script>render()</script></body></html>")
    [doc] = read(path)
    assert doc.text == ""
    assert "no text found" in doc.error and "JavaScript" in doc.error


def test_html_fragment_layout_breaks_cells_and_skipped_elements() -> None:
    markup = ("<p>One<br>two</p><div>Three<br><br>Four</div><script>x()</script>"
              "<table><tr><td>Item</td><td>Cost</td></tr></table><style>p{}</style><p>Five &amp; six</p>")
    assert fragment_text(markup) == "One\ntwo\n\nThree\n\nFour\n\nItem\tCost\n\nFive & six"


# --- JSON Lines --------------------------------------------------------------

def test_jsonl_default_fields_site_groups_and_ignore(tmp_path: Path) -> None:
    path = write(tmp_path / "batch.jsonl", RECORDS)
    docs = read(path)
    assert [d.id for d in docs] == ["https://one.example/a", "https://www.two.example/b", "c"]
    assert [d.title for d in docs] == ["Port blocked", "Trains late", "Third"]
    assert docs[0].text == "Port blocked\n\nBoats blocked the port."
    assert_title_first(docs[0])
    assert [d.origin for d in docs] == [f"{path}#L1", f"{path}#L2", f"{path}#L3"]
    # a URL id groups by site; anything else is grouped under the input path
    assert [d.group for d in docs] == ["one.example", "www.two.example", str(path)]
    assert docs[2].ignore == ("glued-quote", "boilerplate")
    assert docs[0].ignore == ()


def test_jsonl_field_overrides(tmp_path: Path) -> None:
    path = write(tmp_path / "b.ndjson", '{"text": "short", "summary": "Long text.", "name": "n1", "kicker": "K"}\n')
    [doc] = read(path, text_field="summary", id_field="name", title_field="kicker")
    assert (doc.id, doc.title, doc.text) == ("n1", "K", "K\n\nLong text.")


def test_jsonl_missing_requested_field_is_a_usage_error_naming_the_fields(tmp_path: Path) -> None:
    path = write(tmp_path / "b.jsonl", RECORDS)
    with pytest.raises(InputError, match=r"no field 'body'.*fields found: id, title, text"):
        read(path, text_field="body")
    with pytest.raises(InputError, match=r"no text field \(text / content / body\).*fields found: id, title"):
        read(write(tmp_path / "c.jsonl", '{"id": "x", "title": "t"}\n'))


def test_jsonl_bad_lines_become_error_documents_and_reading_goes_on(tmp_path: Path) -> None:
    path = write(tmp_path / "mixed.jsonl", (
        '{"text": "First."}\n'
        '\n'
        '{"text": "broken\n'
        '["a", "list"]\n'
        '{"text": null}\n'
        '{"text": 42}\n'
        '{"text": ["not", "text"]}\n'
        '{"text": "Last."}\n'
    ))
    docs = read(path)
    assert [d.origin for d in docs] == [f"{path}#L{n}" for n in (1, 3, 4, 5, 6, 7, 8)]
    assert [d.id for d in docs] == [f"mixed:{n}" for n in (1, 3, 4, 5, 6, 7, 8)]
    errors = [d.error for d in docs]
    assert errors[0] is None and docs[0].text == "First."
    assert errors[1].startswith("invalid-json: line 3: ")
    assert errors[2].startswith("not-an-object: line 4: expected a JSON object, got list")
    assert errors[3] == "missing-field: line 5: record has no text in field 'text'"
    assert errors[4] is None and docs[4].text == "42"
    assert errors[5].startswith("not-text: line 7: field 'text' holds a list")
    assert errors[6] is None and docs[6].text == "Last."


# --- CSV, TSV, Parquet -------------------------------------------------------

def test_csv_rows_are_documents_with_row_origins(tmp_path: Path) -> None:
    path = write(tmp_path / "rows.csv", (
        "id,title,text,mtcheck_ignore\n"
        "https://one.example/x,First title,\"First text, with a comma.\",\"boilerplate, glued-quote\"\n"
        ",Second title,NA,\n"
    ))
    docs = read(path)
    assert [d.origin for d in docs] == [f"{path}#row1", f"{path}#row2"]
    assert docs[0].text == "First title\n\nFirst text, with a comma."
    assert (docs[0].group, docs[0].ignore) == ("one.example", ("boilerplate", "glued-quote"))
    # empty id -> <stem>:<row>; "NA" stays text (no pandas NA guessing)
    assert (docs[1].id, docs[1].text, docs[1].ignore) == ("rows:2", "Second title\n\nNA", ())


def test_tsv_uses_content_and_headline_columns(tmp_path: Path) -> None:
    path = write(tmp_path / "rows.tsv", "url\theadline\tcontent\nhttps://two.example/p\tA headline\tSome content.\n")
    [doc] = read(path)
    assert (doc.id, doc.title, doc.group) == ("https://two.example/p", "A headline", "two.example")
    assert doc.text == "A headline\n\nSome content."
    assert doc.origin == f"{path}#row1"


def test_tsv_missing_requested_column_is_a_usage_error(tmp_path: Path) -> None:
    path = write(tmp_path / "rows.tsv", "url\tcontent\nu\tc\n")
    with pytest.raises(InputError, match=r"no field 'title' for the title; fields found: url, content"):
        read(path, title_field="title")


def test_parquet_rows_nulls_numbers_and_lists(tmp_path: Path) -> None:
    path = tmp_path / "rows.parquet"
    pd.DataFrame({
        "id": pd.array([7, None, 9], dtype="Int64"),
        "body": ["Parquet text.", None, "Third."],
        "mtcheck_ignore": [["mojibake"], [], None],
    }).to_parquet(path)
    docs = read(path)
    assert [d.id for d in docs] == ["7", "rows:2", "9"]
    assert [d.origin for d in docs] == [f"{path}#row{n}" for n in (1, 2, 3)]
    assert docs[0].text == "Parquet text." and docs[0].ignore == ("mojibake",)
    assert docs[1].error == "missing-field: row 2: record has no text in field 'body'"
    assert docs[2].text == "Third." and docs[2].error is None


# --- feeds -------------------------------------------------------------------

def test_rss_items_are_documents_without_scripts() -> None:
    path = EXAMPLES / "feed.rss"
    docs = read(path)
    assert len(docs) == 5
    first = docs[0]
    assert first.id == "riviera-daily-48211"
    assert first.origin == f"{path}#riviera-daily-48211"
    assert first.group == "Riviera Daily News (English edition)"
    assert first.title == "Government and unions sign pension agreement after six weeks of talks"
    assert_title_first(first)
    assert "adSlot" not in first.text and "document.write" not in first.text
    assert "the ministry\N{LEFT DOUBLE QUOTATION MARK}Historic Agreement\N{RIGHT DOUBLE QUOTATION MARK}" in first.text
    assert "\n\nRead also: Pensions" in first.text and first.text.endswith("\n\nLeave a comment")
    assert first.meta["link"].startswith("https://riviera-daily.example/")
    # an item without <guid> is known by its link
    assert docs[-1].id == docs[-1].meta["link"] and docs[-1].origin == f"{path}#{docs[-1].meta['link']}"
    assert all("<p>" not in d.text for d in docs)


def test_atom_entries_html_and_text_content() -> None:
    path = EXAMPLES / "atom.xml"
    docs = read(path)
    assert [d.title for d in docs] == ["Tours: the tramway line two will open in 2025",
                                       "Angers hosts the national chess championship"]
    assert docs[0].id == "https://loire-observer.example/en/2024/03/06/tramway-line-two/"
    assert docs[0].origin == f"{path}#{docs[0].id}"
    assert {d.group for d in docs} == {"Loire Valley Observer"}
    assert "ago.\n\nSee also: Orléans" in docs[0].text and "&lt;" not in docs[0].text
    assert docs[1].text.endswith("for the first time since 2009.")


def test_feed_items_without_guid_or_link_and_a_feed_without_title(tmp_path: Path) -> None:
    path = write(tmp_path / "bare.rss", (
        '<rss version="2.0"><channel><link>https://three.example/news/</link>'
        "<item><title>Only a title</title><description>Only a text.</description></item></channel></rss>"
    ))
    [doc] = read(path)
    assert (doc.id, doc.origin, doc.group) == ("bare:1", f"{path}#item1", "three.example")
    assert doc.text == "Only a title\n\nOnly a text."


def test_feed_with_entity_declarations_is_refused_quickly(tmp_path: Path) -> None:
    levels = "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 10))
    path = write(tmp_path / "laughs.rss", (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "lol">{levels}]>'
        '<rss version="2.0"><channel><title>t</title><item><title>&l9;</title>'
        '<description>x</description></item></channel></rss>'
    ))
    started = time.perf_counter()
    [doc] = read(path)
    assert time.perf_counter() - started < 5
    assert doc.text == ""
    assert "declares the XML entity" in doc.error and "DOCTYPE" in doc.error


def test_xml_that_is_not_a_feed_is_an_error_document(tmp_path: Path) -> None:
    [doc] = read(write(tmp_path / "config.xml", "<?xml version='1.0'?><settings><a>1</a></settings>"))
    assert doc.error.startswith(f"invalid-feed: no feed items found in {tmp_path / 'config.xml'}")


# --- compression, folders, stdin, sniffing -----------------------------------

def test_gzip_variants_read_like_the_plain_files(tmp_path: Path) -> None:
    rss = (EXAMPLES / "feed.rss").read_bytes()
    plain = [d.text for d in read(EXAMPLES / "feed.rss")]
    assert [d.text for d in read(write(tmp_path / "feed.rss.gz", rss))] == plain
    [record] = read(write(tmp_path / "one.jsonl.gz", '{"text": "Zipped."}\n'))
    assert (record.text, record.id, record.origin) == ("Zipped.", "one:1", f"{tmp_path / 'one.jsonl.gz'}#L1")


def test_folder_recursion_with_include_and_exclude(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "A text.")
    write(tmp_path / "sub" / "deeper" / "b.md", "B text.")
    write(tmp_path / "sub" / "c.jsonl", '{"text": "C text."}\n')
    write(tmp_path / "sub" / "notes.log", "not a known kind")
    write(tmp_path / "sub" / "draft.txt", "Draft.")
    assert sorted(d.text for d in read(tmp_path)) == ["A text.", "B text.", "C text.", "Draft."]
    assert {d.group for d in read(tmp_path)} == {str(tmp_path)}
    assert [d.text for d in read(tmp_path, include=("*.txt",), exclude=("draft*",))] == ["A text."]
    assert [d.text for d in read(tmp_path, include=("sub/**/*.md",))] == ["B text."]
    assert [d.text for d in read(tmp_path, include=("*.log",))] == ["not a known kind"]


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Piped headline\n\nPiped body.\n")))
    [doc] = read("-")
    assert (doc.origin, doc.group, doc.title) == ("<stdin>", "stdin", "Piped headline")


def test_stdin_jsonl_is_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(RECORDS.encode())))
    docs = read("-")
    assert [d.origin for d in docs] == ["<stdin>#L1", "<stdin>#L2", "<stdin>#L3"]


@pytest.mark.parametrize(("source", "count", "first_title"), [
    (EXAMPLES / "feed.rss", 5, "Government and unions sign pension agreement after six weeks of talks"),
    (EXAMPLES / "atom.xml", 2, "Tours: the tramway line two will open in 2025"),
    (EXAMPLES / "batch.jsonl", 6, "Fishermen block the port of Sète"),
    (DATA / "article.html", 1, "Farmers block ring road around Lyon to protest fuel tax"),
])
def test_content_sniffing_without_a_known_suffix(tmp_path: Path, source: Path, count: int, first_title: str) -> None:
    path = write(tmp_path / "download.dat", source.read_bytes())
    docs = read(path)
    assert len(docs) == count and docs[0].title == first_title
    assert all(d.error is None for d in docs)


def test_input_format_overrides_suffix(tmp_path: Path) -> None:
    path = write(tmp_path / "page.txt", "<p>Marked <b>up</b>.</p>")
    assert read(path)[0].text == "<p>Marked <b>up</b>.</p>"
    assert read(path, format="html")[0].text == "Marked up."


@pytest.mark.parametrize("source", [
    EXAMPLES / "feed.rss", EXAMPLES / "atom.xml", EXAMPLES / "batch.jsonl", DATA / "article.html",
])
def test_every_document_records_its_origin(source: Path) -> None:
    docs = read(source)
    assert docs
    for doc in docs:
        assert doc.origin.startswith(str(source)) and doc.id and doc.error is None

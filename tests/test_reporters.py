"""Tests of the text, json, jsonl, csv, parquet and markdown reporters and of ``load_result``.

The results are built by hand from ``mtcheck.model`` so that each test knows the
exact offsets, lines and counts a user would check. Golden files pin the machine
formats byte for byte: rewrite them with ``MTCHECK_UPDATE_GOLDEN=1`` after a
deliberate change, and review the diff.
"""

from __future__ import annotations

import io
import json
import os
import random
import re
from pathlib import Path

import jsonschema
import pandas as pd
import pytest

from mtcheck.model import Document, DocumentResult, Finding, RunResult, RunSignature, Severity
from mtcheck.reporters import REPORTERS, reporter_for_path
from mtcheck.reporters.base import result_dict
from mtcheck.reporters.machine import load_result, result_frame
from mtcheck.reporters.markdown import format_markdown
from mtcheck.reporters.text import EXCERPT_WIDTH, display_width, excerpt_lines, format_text, stream_wants_color

HERE = Path(__file__).parent
GOLDEN = HERE / "golden"
SCHEMA = json.loads((HERE / "schema" / "result.schema.json").read_text(encoding="utf-8"))
ANSI = re.compile(r"\x1b\[[0-9;]*m")

# Multi-line, non-ASCII; line 3 holds an untranslated span.
ARTICLE = (
    "Talks in Séoul resume\n"
    "\n"
    "The envoy met la Corée du Nord officials on Monday.\n"
    "She called it \N{LEFT DOUBLE QUOTATION MARK}A Bold Step Forward\N{RIGHT DOUBLE QUOTATION MARK} "
    "The meeting ran late.\n"
    "Prices rose 3,5 % over the year.\n"
)
# One long line (the excerpt must be cut) holding a scraped widget with a pipe.
WIDGET = "Markets were calm all week. " * 6 + "Share on Facebook | Twitter | Email" + " Rates held steady." * 4


def finding_at(text: str, excerpt: str, code: str, check: str, severity: Severity, message: str, **extra) -> Finding:
    """A finding on the first occurrence of ``excerpt`` in ``text``."""
    start = text.index(excerpt)
    return Finding(code, check, severity, start, start + len(excerpt), excerpt, message, **extra)


def signature() -> RunSignature:
    return RunSignature("0.1.0", ("untranslated-span", "title-case-quote"), "0123456789", None, "auto", "en")


@pytest.fixture()
def result() -> RunResult:
    """Two groups, findings of every severity, a clean document and an unreadable one."""
    article = DocumentResult(
        document=Document("article", ARTICLE, "site-a/article.txt", title="Talks in Séoul resume", group="site-a"),
        findings=(
            finding_at(ARTICLE, "Talks in Séoul resume\n\nThe envoy", "CO201", "headline-mismatch",
                       Severity.INFO, "Headline and first sentence disagree", confidence=0.5),
            finding_at(ARTICLE, "la Corée du Nord", "LG101", "untranslated-span", Severity.ERROR,
                       "French text left untranslated: 'la Corée du Nord'", confidence=0.97, language="fr",
                       suggestion="North Korea", evidence={"langid": "fr", "probability": 0.97}),
            finding_at(ARTICLE, "\N{LEFT DOUBLE QUOTATION MARK}A Bold Step Forward\N{RIGHT DOUBLE QUOTATION MARK}",
                       "QT104", "title-case-quote", Severity.WARNING, "Quotation in Title Case"),
            finding_at(ARTICLE, "3,5 %", "QT106", "source-typography", Severity.WARNING,
                       "Decimal comma and spaced percent sign; write 3.5%", suggestion="3.5%"),
        ),
        score=71.3, mt_likelihood=0.88, language="en", words=36,
    )
    clean = DocumentResult(Document("clean", "All good here.\n", "site-a/clean.txt", group="site-a"),
                           (), 100.0, 0.02, "en", words=3)
    widget = DocumentResult(
        document=Document("widget", WIDGET, "https://site-b.example/news/1", group="site-b"),
        findings=(finding_at(WIDGET, "Share on Facebook | Twitter | Email", "BP301", "boilerplate",
                             Severity.WARNING, "Scraped sharing widget"),),
        score=95.0, mt_likelihood=0.1, language="en", words=44,
    )
    broken = DocumentResult(Document("broken", "", "site-b/broken.html", group="site-b"), (), 0.0,
                            error="cannot decode bytes as UTF-8; convert the file to UTF-8")
    return RunResult((article, clean, widget, broken), signature())


@pytest.fixture()
def aligned() -> RunResult:
    """An ``align`` result: pairs, a source document and findings on both sides."""
    source = Document("src", "Bonjour.\nIl pleut.\n", "fr.txt")
    target = Document("tgt", "Hello.\n", "en.txt")
    findings = (
        Finding("AL101", "omission", Severity.ERROR, 9, 18, "Il pleut.", "Source sentence not translated",
                side="source", segment=1, evidence={"similarity": 0.0}),
        Finding("AL106", "length-ratio", Severity.INFO, 0, 6, "Hello.", "Target much shorter", side="target", segment=0),
    )
    doc = DocumentResult(target, findings, 88.0, None, "en", words=1,
                         pairs=({"source": [0], "target": [0], "similarity": 0.91},
                                {"source": [1], "target": [], "similarity": None}),
                         source=source)
    return RunResult((doc,), signature(), fail_on=None, min_score=60.0)


def render(result: RunResult, fmt: str) -> str | bytes:
    reporter = REPORTERS[fmt]
    stream = io.BytesIO() if reporter.binary else io.StringIO()
    reporter.render(result, stream)
    return stream.getvalue()


def compare_golden(name: str, output: str) -> None:
    path = GOLDEN / name
    if os.environ.get("MTCHECK_UPDATE_GOLDEN") == "1":
        path.write_bytes(output.encode("utf-8"))
    assert path.exists(), f"missing golden file {path}; create it with MTCHECK_UPDATE_GOLDEN=1"
    assert output == path.read_bytes().decode("utf-8"), (
        f"{fmt_name(name)} output changed; if intended, rerun with MTCHECK_UPDATE_GOLDEN=1 and review the diff"
    )


def fmt_name(name: str) -> str:
    return name.rsplit(".", 1)[-1]


# machine formats ---------------------------------------------------------------------------------

def test_json_matches_golden(result):
    compare_golden("result.json", render(result, "json"))


def test_csv_matches_golden(result):
    compare_golden("result.csv", render(result, "csv"))


def test_csv_has_the_bytes_of_the_finding_table_written_by_pandas(result, aligned):
    # the csv reporter writes rows itself for speed; the table it writes is result_frame's
    for run in (result, aligned):
        table = result_frame(run).to_csv(index=False, lineterminator="\r\n")
        # \r\n ends make pandas quote cells holding a line break; then the ends outside cells become \n
        table = re.sub(r'"(?:[^"]|"")*"|\r\n', lambda m: "\n" if m.group(0) == "\r\n" else m.group(0), table)
        assert render(run, "csv") == table


def test_json_validates_against_schema_and_excerpts_match(result, aligned):
    for run in (result, aligned):
        data = json.loads(render(run, "json"))
        jsonschema.validate(data, SCHEMA)
        for document in data["documents"]:
            texts = {"target": document["text"], "source": (document.get("source") or {}).get("text")}
            for finding in document["findings"]:
                text = texts[finding.get("side") or "target"]
                assert text[finding["start"]:finding["end"]] == finding["excerpt"]


def test_json_keeps_non_ascii_and_ends_with_newline(result):
    output = render(result, "json")
    assert "la Corée du Nord" in output and "\\u" not in output
    assert output.endswith("}\n")


def test_schema_rejects_a_result_missing_contract_keys(result):
    data = result_dict(result)
    del data["documents"][0]["findings"][0]["excerpt"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA)


def test_jsonl_has_one_parseable_line_per_document(result):
    lines = render(result, "jsonl").splitlines()
    assert len(lines) == 4
    documents = [json.loads(line) for line in lines]
    assert [d["id"] for d in documents] == ["article", "clean", "widget", "broken"]
    assert len(documents[0]["findings"]) == 4 and documents[3]["error"].startswith("cannot decode")


def test_csv_rows_per_finding_and_empty_columns_for_documents_without_findings(result):
    frame = pd.read_csv(io.StringIO(render(result, "csv")), dtype=str, keep_default_na=False)
    assert list(frame["id"]) == ["article"] * 4 + ["clean", "widget", "broken"]
    untranslated = frame[frame["code"] == "LG101"].iloc[0]
    assert (untranslated["line"], untranslated["column"]) == ("3", "15")
    assert untranslated["finding_language"] == "fr" and untranslated["language"] == "en"
    clean = frame[frame["id"] == "clean"].iloc[0]
    assert clean["code"] == "" and clean["line"] == "" and clean["score"] == "100.0"
    assert "Share on Facebook | Twitter | Email" in set(frame["excerpt"])


def test_parquet_round_trips_through_pandas(result):
    data = render(result, "parquet")
    assert isinstance(data, bytes) and data[:4] == b"PAR1"
    frame = pd.read_parquet(io.BytesIO(data))
    expected = result_frame(result)
    assert list(frame.columns) == list(expected.columns)
    assert len(frame) == 7
    pd.testing.assert_frame_equal(frame, expected, check_dtype=False)


def test_load_result_round_trips(result, aligned):
    for run in (result, aligned):
        saved = result_dict(run)
        assert result_dict(load_result(json.loads(json.dumps(saved)))) == saved


def test_report_from_saved_json_matches_direct_report(result):
    loaded = load_result(json.loads(render(result, "json")))
    assert format_text(loaded) == format_text(result)
    assert render(loaded, "csv") == render(result, "csv")


def test_load_result_rejects_other_schemas(result):
    data = result_dict(result)
    data["schema"] = 2
    with pytest.raises(ValueError, match="schema 2.*reads schema 1"):
        load_result(data)
    with pytest.raises(ValueError, match="schema"):
        load_result({"documents": []})
    data = result_dict(result)
    del data["documents"][1]["text"]
    with pytest.raises(ValueError, match="document 1 has no 'text'"):
        load_result(data)


def test_suffixes_pick_the_reporter():
    assert reporter_for_path("out/run.json").format == "json"
    assert reporter_for_path("out/run.JSONL").format == "jsonl"
    assert reporter_for_path("run.csv").format == "csv"
    assert reporter_for_path("run.parquet").binary
    assert reporter_for_path("summary.md").format == "markdown"


# text --------------------------------------------------------------------------------------------

def block_of(output: str, header_start: str) -> list[str]:
    """The header, source line and marker line of the finding whose header starts so."""
    lines = output.splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith(header_start))
    return lines[index:index + 3]


def test_text_locates_a_finding_on_line_3(result):
    output = format_text(result)
    header, source, marker = block_of(output, "site-a/article.txt:3:15: LG101 [error] ")
    assert header.endswith("French text left untranslated: 'la Corée du Nord'")
    assert source.endswith("The envoy met la Corée du Nord officials on Monday.")
    # the carets sit exactly under the span
    assert marker.index("^") == source.index("la Corée")
    assert marker.count("^") == len("la Corée du Nord")
    assert marker.rstrip().endswith("^")


def test_text_marks_the_first_line_of_a_multi_line_span(result):
    header, source, marker = block_of(format_text(result), "site-a/article.txt:1:1: CO201 [info]")
    assert source.endswith("| Talks in Séoul resume")
    assert marker.count("^") == len("Talks in Séoul resume")
    assert marker.endswith("(+2 more lines)")


def test_text_cuts_long_lines_around_the_span(result):
    header, source, marker = block_of(format_text(result), "https://site-b.example/news/1:1:169: BP301")
    assert len(source) < 120 and source.count("\N{HORIZONTAL ELLIPSIS}") == 2
    assert marker.index("^") == source.index("Share on Facebook")
    assert marker.count("^") == len("Share on Facebook | Twitter | Email")


def test_text_lists_errors_and_summarises(result):
    output = format_text(result)
    assert "site-b/broken.html: error: cannot decode bytes as UTF-8" in output
    table = {line.split()[0]: line.split()[1:] for line in output.splitlines() if re.match(r"^[a-z-]+\s+[A-Z]{2}\d{3}\s", line)}
    assert table["untranslated-span"] == ["LG101", "1", "1", "0", "0"]
    assert table["source-typography"] == ["QT106", "1", "0", "1", "0"]
    assert output.endswith("Found 5 findings (1 error, 3 warnings, 1 info) in 4 documents; 1 unreadable.\n")


def test_text_group_summary_only_with_several_groups(result):
    output = format_text(result)
    rows = {line.split()[0]: line.split()[1:] for line in output.splitlines() if line.startswith("site-")}
    # site-a: 2 documents, 4 findings over 39 words, mean of 71.3 and 100.0, one of two likely MT
    assert rows["site-a"] == ["2", "4", "102.6", "85.7", "0.5", "0"]
    # the unreadable document is counted but left out of the mean score
    assert rows["site-b"] == ["2", "1", "22.7", "95.0", "0.0", "1"]
    single = RunResult(result.documents[:2], result.signature)
    assert "per 1k words" not in format_text(single)
    assert "per 1k words" in output


def test_text_colour_only_when_asked(result):
    plain = format_text(result, color=False)
    coloured = format_text(result, color=True)
    assert not ANSI.search(plain)
    assert "\x1b[31mLG101\x1b[0m" in coloured
    assert ANSI.sub("", coloured) == plain


def test_text_scraped_control_characters_cannot_reach_the_terminal():
    text = "Bad \x1b[2J widget here.\n"
    finding = finding_at(text, "widget", "BP301", "boilerplate", Severity.WARNING, "Scraped \x1b[31m widget")
    run = RunResult((DocumentResult(Document("x", text, "x.txt"), (finding,), 90.0),), signature())
    assert "\x1b" not in format_text(run)


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_colour_follows_the_stream_and_no_color():
    assert stream_wants_color(FakeTerminal(), {}) is True
    assert stream_wants_color(FakeTerminal(), {"NO_COLOR": "1"}) is False
    assert stream_wants_color(FakeTerminal(), {"NO_COLOR": ""}) is True
    assert stream_wants_color(io.StringIO(), {}) is False


def test_text_locates_source_side_findings_in_the_source(aligned):
    output = format_text(aligned)
    assert "fr.txt:2:1: AL101 [error] Source sentence not translated" in output
    assert "en.txt:1:1: AL106 [info]" in output


def test_text_is_deterministic(result):
    assert format_text(result) == format_text(result)


# markdown ----------------------------------------------------------------------------------------

def test_markdown_has_totals_and_tables(result):
    output = format_markdown(result)
    assert "**5 findings (1 error, 3 warnings, 1 info) in 4 documents; 1 unreadable.**" in output
    assert "| LG101 | untranslated-span | 1 | 1 | 0 | 0 |" in output
    assert "### By group" in output
    assert "| site-b/broken.html | cannot decode bytes as UTF-8; convert the file to UTF-8 |" in output
    # lowest score first
    lowest = output.split("### Lowest scores")[1].splitlines()
    assert lowest[4].startswith("| site-a/article.txt | site-a | 71.3 | 4 |")


def test_markdown_escapes_cells(result):
    output = format_markdown(result)
    assert "Share on Facebook \\| Twitter \\| Email" in output
    # the multi-line excerpt stays on one table row
    assert "Talks in Séoul resume<br><br>The envoy" in output
    for line in output.splitlines():
        if line.startswith("| site-") or line.startswith("| https:"):
            assert len(re.split(r"(?<!\\)\|", line)) - 2 in (2, 5, 6, 7), line


def test_markdown_limits_the_findings_listed(result):
    output = format_markdown(result, max_findings=2)
    assert "### Findings (first 2 of 5)" in output
    findings = output.split("### Findings (first 2 of 5)")[1]
    assert findings.count("| site-a/article.txt:") == 2


def test_excerpt_marker_stays_within_the_shown_line():
    # seeded random lines, many longer than the window, with wide, combining and
    # control characters and both line ends
    rng = random.Random(7)
    alphabet = "abcdefgh \r\t\N{LATIN SMALL LETTER E WITH ACUTE}\N{CJK UNIFIED IDEOGRAPH-6F22}\N{COMBINING ACUTE ACCENT}"
    cut = 0
    for _ in range(2000):
        lines = ["".join(rng.choices(alphabet, k=rng.randint(0, 250))) for _ in range(rng.randint(1, 4))]
        text = rng.choice(["\n", "\r\n"]).join(lines)
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        shown, marker, _ = excerpt_lines(text, start, end)
        assert "\n" not in shown and "\r" not in shown
        assert display_width(marker) <= display_width(shown) + 1
        assert len(shown) <= EXCERPT_WIDTH + 2  # the window plus an ellipsis on each side
        cut += "\N{HORIZONTAL ELLIPSIS}" in shown
    assert cut > 500  # the cutting path really ran

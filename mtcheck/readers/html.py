"""HTML pages: the article's main text and its title, never scripts, styles or menus.

trafilatura finds the article body and drops navigation, sidebars, footers and
comment sections. Measured on five hand-written news pages (WordPress, table
layout, ``<br>`` text, two tiny pages), trafilatura and a plain lxml walk of
``<body>`` both kept all 17 body sentences; the walk leaked 17 menu, footer and
sidebar strings, trafilatura one (a menu on a tiny page, hence the ``<nav>``,
``<footer>`` and ``<aside>`` pruning below, which brings it to none), at about
2 ms a page instead of 0.2 ms. ``favor_recall`` changed nothing there;
``favor_precision`` also dropped that menu, but pruning the three elements does
it without making trafilatura cut harder everywhere. Scraped widgets that sit
inside the article ("Read also ...") are kept on purpose: the ``boilerplate``
check reports them. When trafilatura returns nothing, the text of ``<body>`` is
taken instead, still without scripts, styles, menus or footers.

Text layout: one paragraph per block element, paragraphs separated by a blank
line (``"\\n\\n"``, the separator ``compose()`` puts after the title and that
``--split paragraphs`` cuts at); a ``<br>`` is a single line break, two or more
in a row a paragraph break; table cells are separated by a tab, one row per
paragraph. ``fragment_text()`` applies the same layout to HTML snippets (feed
items).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import replace
from typing import IO, Iterable, Iterator

from lxml import etree

from ..model import Document
from ..suppress import COMMENT, META_KEY, parse_checks
from .base import ReadOptions, Reader, RecordError, compose, decode_bytes, read_limited, stem_id

#: HTML elements that start and end a paragraph
HTML_BLOCKS = frozenset(
    "address article aside blockquote body caption center dd details dialog div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre "
    "section summary table tbody tfoot thead tr ul".split()
)
#: elements whose content is never text a reader sees (code, metadata, form controls)
HTML_SKIPPED = frozenset(
    "script style noscript template head title meta link svg math iframe object embed canvas "
    "button select option textarea input".split()
)
#: site chrome removed before extraction: trafilatura drops it on article-sized pages but
#: keeps it on short ones. Not <form>: ASP.NET sites wrap the whole page in one.
CHROME = frozenset("nav footer aside".split())
#: the block elements of trafilatura's XML body (TEI-like: ``head`` is a heading there)
EXTRACT_BLOCKS = frozenset("p head quote list item row table code".split())
LINE_BREAKS = frozenset({"br", "lb"})
CELLS = frozenset({"td", "th", "cell"})

#: whitespace that HTML collapses (not the no-break space, which is content)
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
_SNIFF = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html)", re.I | re.S)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)""", re.I)


def _name(element: etree._Element) -> str | None:
    """The local tag name, lowercased; None for comments and processing instructions."""
    if not isinstance(element.tag, str):
        return None
    return etree.QName(element).localname.lower()


def _finish(pieces: Iterable[str]) -> str:
    """One paragraph from its text pieces: HTML whitespace collapsed, breaks and cells kept."""
    text = "".join(pieces)
    text = re.sub(r" *([\n\t]) *", r"\1", text)
    text = re.sub(r"\n{2,}", "\n\n", text)  # <br><br> in "div soup" pages marks a paragraph
    text = re.sub(r"\t*\n\t*", "\n", text)
    return text.strip(" \t\n")


def paragraphs(root: etree._Element, blocks: frozenset[str], skip: frozenset[str]) -> list[str]:
    """The paragraphs of an element tree, in document order.

    Iterative (``iterwalk``) rather than recursive so that deeply nested pages
    cannot exhaust Python's recursion limit.
    """
    found: list[str] = []
    current: list[str] = []

    def close() -> None:
        text = _finish(current)
        if text:
            found.extend(p for p in text.split("\n\n") if p)
        current.clear()

    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        name = _name(element)
        if event == "start":
            if name is None or name in skip:
                walker.skip_subtree()
                continue
            if name in blocks:
                close()
            elif name in LINE_BREAKS:
                current.append("\n")
            elif name in CELLS:
                current.append("\t")
            if element.text:
                current.append(_HTML_SPACE.sub(" ", element.text))
            continue
        if name is not None and name in blocks and name not in skip:
            close()
        if element.tail and element is not root:
            current.append(_HTML_SPACE.sub(" ", element.tail))
    close()
    return found


def fragment_text(markup: str) -> str:
    """Plain text of an HTML fragment (a feed item's content), paragraphs separated by blank lines."""
    if not markup.strip():
        return ""
    from lxml import html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(markup, create_parent="div")
    except etree.ParserError:
        return ""
    return "\n\n".join(paragraphs(root, HTML_BLOCKS, HTML_SKIPPED))


def _decode(data: bytes) -> str:
    """Decode a page: the charset its ``<meta>`` declares, else UTF-8 / Windows-1252."""
    declared = _CHARSET.search(data[:4096])
    if declared:
        try:
            codec = codecs.lookup(declared.group(1).decode("ascii")).name
        except LookupError:
            codec = ""  # an unknown charset name: guess as for any other input
        if codec and not codec.startswith("utf"):
            return data.decode(codec, errors="replace")
    return decode_bytes(data)


def _fallback(markup: str) -> tuple[list[str], str | None]:
    """Paragraphs of ``<body>`` without scripts, styles or site chrome, and the ``<title>``."""
    from lxml import html as lxml_html

    try:
        root = lxml_html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        return [], None
    title = root.findtext(".//title")
    body = root.find("body")
    blocks = paragraphs(body, HTML_BLOCKS, HTML_SKIPPED | CHROME) if body is not None else []
    return blocks, (title.strip() or None) if title else None


def extract(markup: str) -> tuple[list[str], str | None]:
    """The article's paragraphs and title: trafilatura first, the ``<body>`` walk when it finds nothing."""
    import trafilatura

    # lxml refuses a str that still carries an XML declaration (XHTML pages)
    markup = _XML_DECLARATION.sub("", markup, count=1)
    result = trafilatura.bare_extraction(
        markup, include_comments=False, include_images=False, with_metadata=True,
        prune_xpath=[f"//{name}" for name in sorted(CHROME)],
    )
    body = getattr(result, "body", None) if result is not None else None
    found = paragraphs(body, EXTRACT_BLOCKS, frozenset()) if body is not None else []
    title = getattr(result, "title", None) if result is not None else None
    if not found:
        found, fallback_title = _fallback(markup)
        title = title or fallback_title
    # trafilatura keeps the <h1> in the body; compose() already puts the title first
    if found and title and " ".join(found[0].split()).casefold() == " ".join(title.split()).casefold():
        found = found[1:]
    return found, title


def suppression_targets(markup: str) -> list[tuple[tuple[str, ...], str]]:
    """(checks, text of the paragraph after it) for each ``<!-- mtcheck-ignore: ... -->`` comment.

    The extractor drops comments, so the paragraph a comment precedes is found
    here, in the page itself, and located in the extracted text afterwards.
    """
    from lxml import html as lxml_html

    try:
        root = lxml_html.document_fromstring(_XML_DECLARATION.sub("", markup, count=1))
    except (etree.ParserError, ValueError):
        return []
    targets = []
    for comment in root.iter(etree.Comment):
        match = COMMENT.fullmatch(f"<!--{comment.text or ''}-->")
        following = comment.xpath("following::*[normalize-space()][1]") if match else []
        if following:
            texts = paragraphs(following[0], HTML_BLOCKS, HTML_SKIPPED)
            if texts:
                targets.append((parse_checks(match.group(1)), texts[0]))
    return targets


def _spaced(text: str) -> str:
    """``text`` with white space collapsed: extraction may re-space a paragraph."""
    return " ".join(text.split())


def _locate(document: Document, found: list[str], targets: list[tuple[tuple[str, ...], str]]) -> Document:
    """The document with the extracted paragraphs named by suppression comments recorded in its meta."""
    starts, offset = [], document.body_start
    for paragraph in found:
        starts.append(offset)
        offset += len(paragraph) + 2  # the blank line between paragraphs
    regions = []
    for checks, target in targets:
        if document.title and _spaced(target) == _spaced(document.title):
            regions.append((0, len(document.title), checks))
            continue
        index = next((i for i, p in enumerate(found) if _spaced(p) == _spaced(target)), None)
        if index is not None:
            regions.append((starts[index], starts[index] + len(found[index]), checks))
    return replace(document, meta={**document.meta, META_KEY: tuple(regions)}) if regions else document


def read_html(stream: IO[bytes], origin: str, options: ReadOptions) -> Iterator[Document]:
    """Yield one document: the page's title, a blank line, then its article text."""
    markup = _decode(read_limited(stream, options, origin))
    found, title = extract(markup)
    if not found and not title:
        raise RecordError("no-text", f"no text found in the HTML page {origin}: it may be built by JavaScript; "
                                     "save the rendered page (or its text) and audit that")
    document = compose("\n\n".join(found), id=stem_id(origin), origin=origin, title=title)
    yield _locate(document, found, suppression_targets(markup)) if "mtcheck-ignore" in markup else document


def sniff_html(head: bytes) -> bool:
    """True for input that starts like an HTML page (a doctype or an ``<html>`` element)."""
    return bool(_SNIFF.match(head.lstrip(b"\xef\xbb\xbf")))


HTML_READER = Reader("html", (".html", ".htm", ".xhtml"), read_html, sniff_html)

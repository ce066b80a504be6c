"""RSS, Atom and RDF feeds: one document per item, its title first, then its text.

feedparser reads every feed dialect and tolerates broken ones; the item's HTML
is turned into text with the HTML reader's layout (one paragraph per block,
blank lines between them), so no script or style reaches the checks. Documents
are grouped by the feed's title (else its site), so reports can compare sources.

Entity expansion: before feedparser sees a feed, its prolog is scanned with
defusedxml, and a feed that declares XML entities (the "billion laughs" and
quadratic-blowup attacks) becomes a document with an ``unsafe-xml`` error
instead of being expanded. News feeds never need their own entities. An
external DTD (``<!DOCTYPE rss SYSTEM "http://...">``, as old RSS 0.91 feeds
declare) is never fetched: neither the scan nor feedparser opens a connection,
and the feed is read without it.
"""

from __future__ import annotations

import io
import re
from typing import IO, Any, Iterator
from urllib.parse import urlsplit

from ..model import Document
from .base import ReadOptions, Reader, RecordError, compose, read_limited, stem_id
from .html import fragment_text

#: the root elements of RSS 0.9x/2.0, Atom and RSS 1.0 (RDF)
FEED_ROOTS = frozenset({b"rss", b"feed", b"rdf:RDF"})
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "html", "xhtml"})
_FIRST_ELEMENT = re.compile(rb"<([A-Za-z][\w:.-]*)")
_SCAN_CHUNK = 64 * 1024


class _RootReached(Exception):
    """Raised by the prolog scan at the first element: nothing after it can declare entities."""


class _StopAtRoot:
    """An ElementTree parser target that stops the scan at the root element."""

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        raise _RootReached


def entity_problem(data: bytes) -> str | None:
    """Why a feed must not be parsed (it declares entities), or None when it is safe.

    Only the prolog is parsed (entity declarations can only sit in the DOCTYPE),
    so the scan costs nothing on a large feed. Malformed XML is left to
    feedparser's tolerant parser, which does not expand declared entities.
    """
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import DefusedXMLParser

    parser = DefusedXMLParser(target=_StopAtRoot(), forbid_dtd=False, forbid_entities=True, forbid_external=True)
    try:
        for offset in range(0, len(data), _SCAN_CHUNK):
            parser.feed(data[offset:offset + _SCAN_CHUNK])
    except _RootReached:
        return None
    except DefusedXmlException as exc:
        name = getattr(exc, "name", None) or getattr(exc, "sysid", None) or "?"
        return (f"the feed declares the XML entity '{name}' in its DOCTYPE; mtcheck does not expand "
                "feed entities, as they can make a small file explode in memory (\"billion laughs\"). "
                "Remove the <!DOCTYPE ...> block from the feed")
    except ParseError:
        return None
    return None


def _text(detail: Any, value: str) -> str:
    """Plain text of a feed field, stripping HTML when the field's type says it is HTML."""
    kind = (detail or {}).get("type", "text/html")
    return fragment_text(value) if kind in HTML_TYPES else value.strip()


def _body(entry: Any) -> str:
    """The item's full content when the feed has it, else its summary."""
    for content in entry.get("content") or ():
        if content.get("value", "").strip():
            return _text(content, content["value"])
    summary = entry.get("summary") or ""
    return _text(entry.get("summary_detail"), summary) if summary.strip() else ""


def _group(feed: Any) -> str:
    """The feed's title, else the host of its link, else "" (the registry uses the path)."""
    title = " ".join((feed.get("title") or "").split())
    if title:
        return title
    link = feed.get("link") or ""
    return (urlsplit(link).hostname or "") if "://" in link else ""


def read_feed(stream: IO[bytes], origin: str, options: ReadOptions) -> Iterator[Document]:
    """Yield one document per feed item; an unsafe feed or one without items raises RecordError."""
    import feedparser

    data = read_limited(stream, options, origin)
    stem = stem_id(origin)
    problem = entity_problem(data)
    if problem:
        raise RecordError("unsafe-xml", f"cannot read {origin}: {problem}")
    # a stream, never bytes: feedparser treats a bytes argument as a file name or URL first
    parsed = feedparser.parse(io.BytesIO(data))
    if not parsed.entries:
        reason = parsed.get("bozo_exception") if parsed.get("bozo") else None
        detail = f"it is not a well-formed feed ({reason})" if reason else "it has no items"
        raise RecordError("invalid-feed", f"no feed items found in {origin}: {detail}; for XML that is not "
                                          "RSS or Atom, convert it to text, JSONL or CSV first")
    group = _group(parsed.feed)
    for number, entry in enumerate(parsed.entries, start=1):
        guid = (entry.get("id") or "").strip()
        link = (entry.get("link") or "").strip()
        key = guid or link
        title = entry.get("title") or ""
        title_text = _text(entry.get("title_detail"), title) if title.strip() else None
        known = {"link": link, "published": entry.get("published") or entry.get("updated"),
                 "author": entry.get("author")}
        meta = {name: value for name, value in known.items() if value}
        yield compose(
            _body(entry),
            id=key or f"{stem}:{number}",
            origin=f"{origin}#{key}" if key else f"{origin}#item{number}",
            title=title_text,
            group=group,
            meta=meta,
        )


def sniff_feed(head: bytes) -> bool:
    """True when the first element of an XML-looking input is ``<rss>``, ``<feed>`` or ``<rdf:RDF>``."""
    head = head.lstrip(b"\xef\xbb\xbf").lstrip()
    if not head.startswith(b"<"):
        return False
    first = _FIRST_ELEMENT.search(head)
    return bool(first) and first.group(1) in FEED_ROOTS


FEED_READER = Reader("feed", (".xml", ".rss", ".atom"), read_feed, sniff_feed)

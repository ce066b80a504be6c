"""Plain text and Markdown: one file, one document; a headline-like first line is the title.

The bytes are decoded by ``charset.decode``; invalid bytes and control
characters become U+FFFD and are kept as encoding problems in the document's
meta, where the ``encoding-error`` check reports them with their byte offsets.
"""

from __future__ import annotations

from dataclasses import replace
from typing import IO, Iterator

from ..model import Document
from ..textguard import ENCODING_PROBLEMS
from .base import Reader, ReadOptions, RecordError, plain_text_document, read_limited, stem_id
from .charset import decode


def read_text(stream: IO[bytes], origin: str, options: ReadOptions) -> Iterator[Document]:
    """Yield the whole input as one document; an input with no text is an ``empty`` error."""
    decoded = decode(read_limited(stream, options, origin))
    if not decoded.text.strip():
        raise RecordError("empty", f"{origin} holds no text (only white space); remove it from the inputs")
    document = plain_text_document(decoded.text, id=stem_id(origin), origin=origin)
    meta = {"encoding": decoded.encoding}
    if decoded.problems:
        meta[ENCODING_PROBLEMS] = list(decoded.problems)
    yield replace(document, meta=meta)


TEXT_READER = Reader("text", (".txt", ".md", ".markdown", ".text"), read_text)

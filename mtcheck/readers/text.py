"""Plain text and Markdown: one file, one document; a headline-like first line is the title."""

from __future__ import annotations

from typing import IO, Iterator

from ..model import Document
from .base import ReadOptions, Reader, decode_bytes, plain_text_document, stem_id


def read_text(stream: IO[bytes], origin: str, options: ReadOptions) -> Iterator[Document]:
    """Yield the whole input as one document."""
    text = decode_bytes(stream.read())
    yield plain_text_document(text, id=stem_id(origin), origin=origin)


TEXT_READER = Reader("text", (".txt", ".md", ".markdown", ".text"), read_text)

"""Advertising and spam lines in an article body, found by their words (``corpora/advert_lines.yaml``).

A spinner's or an ad widget's line (``Compare the best tariffs and save 40
percent``) sits between paragraphs as a short paragraph of its own. Its
sentence embedding is often close enough to a news story's to pass the
off-topic cut-offs, but its words give it away: no news story asks its reader
to click, compare offers or claim a bonus. off-topic-sentence reports these
lines before it judges the rest by meaning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from ..corpora import first_duplicate, read_yaml_data
from ..model import Segment
from .furniture import CorpusError

CORPUS = "advert_lines.yaml"
#: longest paragraph, in words, that can be an advertising line; longer ones are prose
MAX_WORDS = 40
#: a paragraph of more sentences is prose, whatever its words
MAX_SENTENCES = 2
_WORD = re.compile(r"\w+")
_QUOTE_START = re.compile("[\"\N{LEFT DOUBLE QUOTATION MARK}\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}]")


@dataclass(frozen=True)
class AdvertPattern:
    """One entry of the advert corpus, compiled."""

    id: str
    regex: re.Pattern[str]
    requires: re.Pattern[str] | None
    example: str
    clean: str


def _compile(expression: str) -> re.Pattern[str]:
    # a folded YAML line breaks where the entry's text wraps: white space in a pattern is written \s
    return re.compile("".join(expression.split()), re.IGNORECASE)


@lru_cache(maxsize=1)
def load_advert_patterns() -> tuple[AdvertPattern, ...]:
    """The compiled entries of ``mtcheck.corpora/advert_lines.yaml``, loaded once."""
    patterns = tuple(AdvertPattern(e["id"], _compile(e["pattern"]),
                                   _compile(e["requires"]) if e.get("requires") else None, e["example"], e["clean"])
                     for e in read_yaml_data(CORPUS)["entries"])
    if (twice := first_duplicate(p.id for p in patterns)) is not None:
        raise CorpusError(f"corpora/{CORPUS}: the id {twice!r} is used twice; ids must be unique")
    return patterns


def advert_pattern(paragraph: str) -> str | None:
    """The id of the first entry that ``paragraph`` matches, or None."""
    for pattern in load_advert_patterns():
        if pattern.regex.search(paragraph) and (pattern.requires is None or pattern.requires.search(paragraph)):
            return pattern.id
    return None


def advert_lines(text: str, segments: Sequence[Segment], body_start: int) -> list[tuple[int, int, str]]:
    """(start, end, entry id) of every short body paragraph that reads as an advert."""
    paragraphs: dict[int, list[Segment]] = {}
    for segment in segments:
        if segment.start >= body_start and segment.text.strip():
            paragraphs.setdefault(segment.paragraph, []).append(segment)
    found = []
    for group in paragraphs.values():
        start, end = group[0].start, group[-1].end
        paragraph = text[start:end]
        if len(group) > MAX_SENTENCES or len(_WORD.findall(paragraph)) > MAX_WORDS or _QUOTE_START.match(paragraph):
            continue
        entry = advert_pattern(paragraph)
        if entry is not None:
            found.append((start, end, entry))
    return found

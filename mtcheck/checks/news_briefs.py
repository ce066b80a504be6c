"""News briefs from another story: a sentence whose subject the rest of the article never touches.

Regional news sites print short items beside every story (a road accident, a
football result, a road closure, a weather warning), and scrapers and
spinners splice them into unrelated articles. A sentence encoder puts such an
item only a little below the article's own sentences; its words place it at
once. The subjects and their cue words are data (``corpora/news_briefs.yaml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from ..corpora import first_duplicate, read_yaml_data
from .furniture import CorpusError

CORPUS = "news_briefs.yaml"
#: cue words of one subject that make a sentence a brief on it
MIN_CUES = 2


@dataclass(frozen=True)
class Subject:
    """One subject of news briefs and the expression that finds its cue words."""

    id: str
    cues: re.Pattern[str]
    unless: re.Pattern[str] | None
    example: str


@lru_cache(maxsize=1)
def load_subjects() -> tuple[Subject, ...]:
    """The subjects of ``mtcheck.corpora/news_briefs.yaml``, compiled once."""
    subjects = tuple(Subject(entry["id"], _words(entry["cues"]), _words(entry["unless"]) if entry.get("unless") else None,
                             entry["example"]) for entry in read_yaml_data(CORPUS)["subjects"])
    if (twice := first_duplicate(s.id for s in subjects)) is not None:
        raise CorpusError(f"corpora/{CORPUS}: the subject id {twice!r} is used twice; ids must be unique")
    return subjects


def _words(expressions: Sequence[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(expressions) + r")\b", re.IGNORECASE)


def cue_counts(text: str, *, sentence: bool = True) -> tuple[int, ...]:
    """How many cue words of each subject ``text`` holds, in the corpus' order; in a ``sentence``,
    none where one of the subject's ``unless`` words says it is about something else."""
    return tuple(0 if sentence and subject.unless is not None and subject.unless.search(text)
                 else len(subject.cues.findall(text)) for subject in load_subjects())


def brief_subjects(texts: Sequence[str], title: str = "", judged: Sequence[int] | None = None) -> list[str | None]:
    """For each of ``texts`` (the body's sentences), the subject it is a brief on, or None: at least
    :data:`MIN_CUES` cue words of a subject that no other sentence nor the title mentions. Only the
    sentences of ``judged`` (all by default) are looked at; the others count as context."""
    # one search of the whole body for the totals (sentences never share a word across their
    # boundary), then one per judged sentence
    totals = cue_counts(" \n".join([title, *texts]), sentence=False)
    subjects = load_subjects()
    found: list[str | None] = [None] * len(texts)
    for index in range(len(texts)) if judged is None else judged:
        mine = cue_counts(texts[index])
        found[index] = next((subject.id for subject, n, total in zip(subjects, mine, totals)
                             if n >= MIN_CUES and total == n), None)
    return found

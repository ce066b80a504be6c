"""News briefs from another story: a sentence whose subject the rest of the article never touches.

Regional news sites print short items beside every story (a road accident, a
football result, a road closure, a weather warning), and scrapers and
spinners splice them, and sentences of any other story (a school reform, a
company's results, an interest-rate decision), into unrelated articles. A sentence encoder puts such an
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
#: cue words of a subject near the brief's that the rest may hold and the brief still be one: a single stray
#: word (``traffic`` in a story on a bank's rates) does not make the article's own story a near subject (on the
#: 91 probe sets: 10 more planted briefs found, 1 more of an article's own sentences; on real news, none)
NEAR_CUES_ALLOWED = 1
#: strong cue words of a subject in the rest that make it the article's own: one of them in a sentence ties the
#: sentence to the story (``officers deployed around Fuorigrotta for Sunday's match`` in a match report, whose rest
#: holds 21 sport cues; on the 346 probe sets, the two such sentences of articles' own sat at 13 and 21, and planted
#: briefs with a stray cue of the article's subject at 3 and 9: ``a blaze at a furniture factory`` in a business story)
ARTICLE_SUBJECT_CUES = 10


@dataclass(frozen=True)
class Subject:
    """One subject of news briefs, the expressions that find its cue words, and the ids of the
    subjects ``near`` it (a storm stops trains, a court tries a crime): cues of those elsewhere in
    the article make a sentence on this subject part of that story, not a brief."""

    id: str
    #: the cue expressions as the corpus lists them (regular expressions of whole words)
    cues: tuple[str, ...]
    unless: re.Pattern[str] | None
    example: str
    near: frozenset[str] = frozenset()
    #: cues that count in the sentence judged but are no sign of the subject elsewhere in the article
    #: (any story gives the age of the people it quotes: ``a 67-year-old fisherman``)
    weak: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def load_subjects() -> tuple[Subject, ...]:
    """The subjects of ``mtcheck.corpora/news_briefs.yaml``, compiled once."""
    entries = read_yaml_data(CORPUS)["subjects"]
    ids = [entry["id"] for entry in entries]
    if (twice := first_duplicate(ids)) is not None:
        raise CorpusError(f"corpora/{CORPUS}: the subject id {twice!r} is used twice; ids must be unique")
    for entry in entries:
        # cues are matched lower-cased (``_all_cues``): an upper-case escape such as \S would change meaning
        if upper := next((e for e in [*entry["cues"], *entry.get("weak", ())] if re.search(r"\\[A-Z]", e)), None):
            raise CorpusError(f"corpora/{CORPUS}: cue {upper!r} of {entry['id']!r} has an upper-case escape; "
                              "write it without one (cues are matched on lower-cased text)")
        if unknown := set(entry.get("near", ())) - set(ids):
            raise CorpusError(f"corpora/{CORPUS}: subject {entry['id']!r} is near {sorted(unknown)}, which are no subject ids")
    return tuple(Subject(entry["id"], tuple(entry["cues"]), _words(entry["unless"]) if entry.get("unless") else None,
                         entry["example"], frozenset(entry.get("near", ())), tuple(entry.get("weak", ())))
                 for entry in entries)


def _words(expressions: Sequence[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(expressions) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _all_cues() -> re.Pattern[str]:
    """One expression for every subject's cues, a named group per subject and one for its weak
    cues: one search of a text counts them all (a word that two subjects list counts for the first)."""
    # word boundaries outside the groups: most places in a text fail at once, before any group is
    # tried; lower-cased expressions on lower-cased text: four times faster than IGNORECASE
    groups = [f"(?P<s{n}>{'|'.join(e.lower() for e in subject.cues)})" for n, subject in enumerate(load_subjects())]
    groups += [f"(?P<w{n}>{'|'.join(e.lower() for e in subject.weak)})"
               for n, subject in enumerate(load_subjects()) if subject.weak]
    return re.compile(r"\b(?:" + "|".join(groups) + r")\b")


def _raw_counts(text: str) -> tuple[list[int], list[int]]:
    """Cue words of each subject in ``text``: all of them, and its strong cues alone."""
    counts = [0] * len(load_subjects())
    strong = [0] * len(counts)
    for match in _all_cues().finditer(text.lower()):
        subject = int(match.lastgroup[1:])
        counts[subject] += 1
        if match.lastgroup[0] == "s":
            strong[subject] += 1
    return counts, strong


def cue_counts(text: str, *, sentence: bool = True) -> tuple[int, ...]:
    """How many cue words of each subject ``text`` holds, in the corpus' order; in a ``sentence``,
    none where one of the subject's ``unless`` words says it is about something else."""
    counts = _raw_counts(text)[0]
    if sentence:
        for n, subject in enumerate(load_subjects()):
            if counts[n] and subject.unless is not None and subject.unless.search(text):
                counts[n] = 0
    return tuple(counts)


def brief_subjects(texts: Sequence[str], title: str = "", judged: Sequence[int] | None = None,
                   min_cues: int = MIN_CUES) -> list[str | None]:
    """For each of ``texts`` (the body's sentences), the subject it is a brief on, or None: at least
    ``min_cues`` cue words of a subject that no other sentence nor the title mentions (weak cues
    aside), nor any subject near it more than :data:`NEAR_CUES_ALLOWED` times, and not as many of a
    subject the rest does mention. Only the sentences of ``judged`` (all by default) are looked at; the others
    count as context."""
    subjects = load_subjects()
    # one search of each sentence (sentences never share a word across their boundary)
    counts, strong = zip(*(_raw_counts(text) for text in texts)) if texts else ((), ())
    # what the rest holds of a subject: its strong cues only
    totals = [sum(column) for column in zip(_raw_counts(title)[1], *strong)]
    found: list[str | None] = [None] * len(texts)
    for index in range(len(texts)) if judged is None else judged:
        if max(counts[index], default=0) < min_cues:
            continue
        rest = {subject.id: total - n for subject, n, total in zip(subjects, strong[index], totals)}
        if any(n >= min_cues and rest[subject.id] for subject, n in zip(subjects, counts[index])):
            continue  # it speaks of the article's own subject too (nurses' unions in a story on a hospital)
        if any(n and rest[subject.id] >= ARTICLE_SUBJECT_CUES for subject, n in zip(subjects, strong[index])):
            continue  # it names the subject the article keeps returning to (the police at a match in a match report)
        found[index] = next((subject.id for subject, n in zip(subjects, cue_counts(texts[index]))
                             if n >= min_cues and rest[subject.id] == 0
                             and not any(rest[other] > NEAR_CUES_ALLOWED for other in subject.near)), None)
    return found

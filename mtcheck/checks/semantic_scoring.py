"""Scores behind the semantic checks: document pieces, per-encoder calibration, verdicts.

Pure functions over vectors, so ``benchmarks/semantic_calibration.py`` measures
exactly what the checks decide. For headline-mismatch a document is cut into
pieces (the title and one piece per paragraph, each cut to its first words);
for off-topic-sentence into the title and one piece per sentence, judged alone
and, for paragraphs of two or three sentences, together. Similarities are read
on a scale calibrated per encoder, where 0 is a typical unrelated title and 1
a typical real one, because cosine ranges differ: e5's similarities sit
between 0.7 and 0.95 where USE's spread from 0 to 0.8.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from ..model import Document, Segment

#: words of a piece that are encoded (the rest of a long paragraph adds little topic)
UNIT_WORDS = 32
#: pieces encoded per document at most, title included
MAX_UNITS = 40
#: paragraphs a title is compared with: a headline speaks for the top of the story, and
#: headline-mismatch encodes no more than these (and a possible second headline above them).
#: On 405 real titles against swapped ones (semantic_calibration.py) the AUC is 0.958 with
#: 12 paragraphs, 0.961 with 6 and 0.959 with 4: six cost half the encodings of twelve
HEADLINE_LEAD = 6
#: body sentences that off-topic-sentence encodes one by one at most; a longer body is judged by paragraphs
MAX_SENTENCES = 48
#: a first line longer than this is a paragraph, not a title (as the text reader decides)
MAX_TITLE_CHARS = 200
#: the next-line rule of headline-mismatch: the second headline must fit at least like a
#: typical real one, and the title must not fit well itself
NEXT_LINE_MIN = 1.0
NEXT_TITLE_MAX = 0.6
_FIRST_LINE = re.compile(r"\s*([^\n]+?)[ \t]*(?:\r?\n|$)")
_WORD = re.compile(r"\S+")
_SENTENCE_END = ".!?\N{HORIZONTAL ELLIPSIS}\"'\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK})]"
_LETTERS = re.compile(r"[^\W\d_]+")
#: quotation marks, and a straight or curly single quote at a word's edge (not an apostrophe inside a word)
_QUOTED = re.compile("[\"\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}\N{DOUBLE LOW-9 QUOTATION MARK}"
                     "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}]"
                     "|(?<!\\w)['\N{LEFT SINGLE QUOTATION MARK}]\\w|\\w['\N{RIGHT SINGLE QUOTATION MARK}](?!\\w)")
_PERSON = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur|[Oo]urs|[Yy]ou|[Yy]our|[Yy]ours)\b")
_POINTS_BACK = re.compile(r"(?:He|She|It|Its|His|Her|They|Their|This|That|These|Those|Such|There|But|And|So|Yet"
                          r"|Also|Then|However|Still|Instead|Meanwhile)\b")
#: function words and words of any news story: sharing only these is sharing no topic
_STOPWORDS = frozenset("""
about above after again against almost also although always among another around because been before being below
between both cannot could does doing done down during each either else even ever every from further have having
here hers herself himself into itself just last least less like made make many might more most much must myself
never next none often once only other others ours over rather said same says several should since some still such
than that their theirs them themselves then there these they this those though three through thus under until upon
very were what when where whether which while whom whose will with within without would year years week weeks
month months today monday tuesday wednesday thursday friday saturday sunday four five seven eight nine first second
third percent cent people according added asked told took take well back come came going want wanted think know
known million billion including include includes part time times
""".split())


@dataclass(frozen=True)
class Cut:
    """Off-topic cut-offs, similarities on the relative scale: a piece is reported when its
    similarity to the rest of the document is below ``here``, to its closest other sentence
    below ``nearest``, it sits at least ``gap`` below the document's typical sentence, and it
    shares at most ``shared`` topic words with the rest of the document and the title."""

    here: float
    nearest: float
    gap: float
    shared: int


@dataclass(frozen=True)
class Calibration:
    """Measured similarity levels of one encoder (benchmarks/semantic_calibration.py).

    ``unrelated`` and ``related`` are the median headline scores of swapped and
    of real titles. Every similarity is read on the scale between them
    (0 = unrelated, 1 = a typical real headline), which makes a compressed
    range such as e5's comparable with USE's. Off-topic cut-offs are on that
    scale too, one per kind of piece: a sentence inside a paragraph, a line
    that is a paragraph of its own, a short paragraph (two or three sentences
    judged together), and a headline-shaped line (no final punctuation, five
    words or more, a paragraph of its own), the shape of an injected
    related-article link, which gets the loosest.
    """

    unrelated: float
    related: float
    sentence: Cut
    line: Cut
    paragraph: Cut
    headline: Cut

    def relative(self, similarity: float) -> float:
        """``similarity`` on the scale where 0 is unrelated and 1 a real headline."""
        return (similarity - self.unrelated) / (self.related - self.unrelated)


#: "no cut-off" for a measure a kind of piece is not judged on
ANY = float("inf")
#: per encoder name; ``st:`` keys match any path or hub name that contains the model name. Off-topic
#: cut-offs keep false findings under one per 1,000 sentences of real news (NTREX-128 and WMT English
#: sides, whole and cut into short items), measured by benchmarks/semantic_calibration.py
CALIBRATION: dict[str, Calibration] = {
    "use": Calibration(0.101, 0.519, sentence=Cut(-0.36, 0.2, 0.24, 0), line=Cut(-0.24, 0.2, 0.36, 0),
                       paragraph=Cut(0.25, 0.3, 0.3, 1), headline=Cut(0.25, 0.35, 0.25, 1)),
    "e5": Calibration(0.797, 0.883, sentence=Cut(-0.2, ANY, 0.3, 0), line=Cut(0.0, ANY, 0.5, 0),
                      paragraph=Cut(0.8, ANY, 0.3, 1), headline=Cut(0.3, 0.2, 0.5, 1)),
    "st:all-minilm-l6-v2": Calibration(0.064, 0.629, sentence=Cut(-0.15, ANY, 0.6, 0), line=Cut(-0.15, ANY, 0.5, 0),
                                       paragraph=Cut(0.2, ANY, 0.3, 1), headline=Cut(0.3, 0.35, 0.5, 1)),
}
#: for an encoder nobody calibrated: levels typical of cosine-trained English models
DEFAULT_CALIBRATION = CALIBRATION["st:all-minilm-l6-v2"]


def calibration_for(encoder_name: str) -> Calibration:
    """The calibration of ``encoder_name``, or the default for an unknown model."""
    normal = encoder_name.lower().replace("_", "-")
    if normal in CALIBRATION:
        return CALIBRATION[normal]
    for key, value in CALIBRATION.items():
        if key.startswith("st:") and normal.startswith("st:") and key[3:] in normal:
            return value
    return DEFAULT_CALIBRATION


@dataclass(frozen=True)
class Unit:
    """A piece of a document to embed: its span in the text, the words encoded, how many
    words it has in all, and the number of the paragraph (line) it belongs to."""

    start: int
    end: int
    text: str
    words: int
    paragraph: int = 0

    @property
    def headline_shaped(self) -> bool:
        """Short and without final punctuation: the shape of a headline or a link."""
        return self.words <= 25 and self.text.rstrip()[-1:] not in _SENTENCE_END


def _unit(text: str, start: int, end: int, cap: int, paragraph: int = 0) -> Unit:
    words = _WORD.findall(text[start:end])
    return Unit(start, end, " ".join(words[:cap]), len(words), paragraph)


def title_bounds(document: Document) -> tuple[int, int] | None:
    """Where the title is: the reader's ``title_span``, else a short first line
    without final punctuation followed by more text (the plain-text convention)."""
    if document.title_span is not None:
        span = document.title_span
        return (span.start, span.end) if len(span) else None
    match = _FIRST_LINE.match(document.text)
    if match is None or not document.text[match.end():].strip():
        return None
    line = match.group(1)
    if len(line) > MAX_TITLE_CHARS or line.endswith((".", ":", ";", ",")):
        return None
    return match.start(1), match.end(1)


def document_units(document: Document, segments: Sequence[Segment], cap: int = UNIT_WORDS,
                   limit: int = MAX_UNITS) -> tuple[Unit | None, list[Unit]]:
    """The title piece (if any) and the body pieces of ``document``.

    Body pieces are paragraphs (lines); a document written as one block of text
    falls back to its sentences, so that it still has pieces to compare.
    """
    text = document.text
    bounds = title_bounds(document)
    title = _unit(text, bounds[0], bounds[1], cap) if bounds else None
    body_start = bounds[1] if bounds else 0
    body = [s for s in segments if s.start >= body_start]
    paragraphs: dict[int, list[Segment]] = {}
    for seg in body:
        paragraphs.setdefault(seg.paragraph, []).append(seg)
    groups = list(paragraphs.values())
    if len(groups) < 3 and len(body) > len(groups):
        groups = [[seg] for seg in body]
    units = [_unit(text, g[0].start, g[-1].end, cap, n) for n, g in enumerate(groups[: limit - 1])]
    return title, units


def _normalise(vector: np.ndarray) -> np.ndarray:
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm > 0 else vector


def headline_score(title: np.ndarray, body: np.ndarray, lead: int = HEADLINE_LEAD) -> tuple[float, float, float]:
    """How well a title fits a body: mean of its similarity to the body's centroid and
    to its two closest paragraphs (among the first ``lead``); also returns both parts."""
    body = body[:lead]
    sims = body @ title
    nearest = float(np.sort(sims)[-2:].mean())
    centroid = float(_normalise(body.sum(axis=0)) @ title)
    return (nearest + centroid) / 2, centroid, nearest


def judge_headline(title: np.ndarray, body: np.ndarray, units: Sequence[Unit], cal: Calibration,
                   threshold: float, next_gap: float, shared: Sequence[int] = (0, 0),
                   word_weight: float = 0.0) -> dict:
    """The headline verdict from vectors: ``flagged``, the scores and why.

    ``shared`` is how many topic words the title shares with the whole lead and
    with the lead below a possible second headline; each of them, up to two,
    adds ``word_weight`` to the score: a title that names what the lead names
    is rarely another story's (on 404 real news titles and as many swapped
    ones, few swapped titles share two words with the body, many real ones
    share more), and it rescues real titles the encoder scores low. Measured by
    benchmarks/semantic_calibration.py on NTREX-128 English (110 real titles,
    111 swapped): real titles flagged 6 -> 6, swapped ones 90 -> 93; on WMT's
    headline-shaped lines (mostly section headings) 54 -> 35 of 271 flagged,
    swapped ones 263 -> 264 of 272 (threshold 0.25 without words before).

    When the body opens with a second headline-shaped line (a scraped page's
    real headline or standfirst), both are scored against the rest of the body:
    a title that fits far worse than that line (``next_gap`` on the relative
    scale) while the line fits like a real headline is from another story.
    """
    competitor = len(units) > 2 and units[0].headline_shaped and units[0].words >= 4
    rest = body[1:] if competitor else body
    words = shared[1] if competitor else shared[0]
    raw, centroid, nearest = headline_score(title, rest)
    similarity = cal.relative(raw)
    score = similarity + word_weight * min(words, 2)
    result = {"flagged": score < threshold, "reason": "unrelated", "score": round(score, 3),
              "similarity": round(raw, 3), "centroid": round(centroid, 3), "nearest": round(nearest, 3),
              "shared_words": words, "threshold": threshold}
    if competitor:
        rival = cal.relative(headline_score(body[0], rest)[0])
        result["next_line_score"] = round(rival, 3)
        if (not result["flagged"] and rival >= NEXT_LINE_MIN and rival - similarity >= next_gap
                and similarity < NEXT_TITLE_MAX):
            result.update(flagged=True, reason="next line")
    return result


def sentence_units(document: Document, segments: Sequence[Segment], cap: int = UNIT_WORDS,
                   limit: int = MAX_SENTENCES) -> tuple[Unit | None, list[Unit]]:
    """The title piece and one piece per body sentence, for off-topic-sentence.

    A body of more than ``limit`` sentences is judged by paragraph pieces
    instead (those of :func:`document_units`, whose lead headline-mismatch has
    already encoded), so that a long article costs a bounded number of encodings.
    """
    title, paragraphs = document_units(document, segments, cap)
    body_start = title.end if title else 0
    body = [s for s in segments if s.start >= body_start and s.text.strip()]
    if len(body) > limit:
        return title, paragraphs
    return title, [_unit(document.text, s.start, s.end, cap, s.paragraph) for s in body]


def topic_words(text: str) -> frozenset[str]:
    """Words of ``text`` that name its topic: four letters or more, not function words,
    lower-cased and cut to five letters (so that ``beekeepers`` meets ``beekeeping``)."""
    words = (w.lower() for w in _LETTERS.findall(text))
    return frozenset(w[:5] for w in words if len(w) >= 4 and w not in _STOPWORDS)


#: a regular English ending: ``suspects`` and ``suspended`` keep apart, ``jumped`` meets ``jump``
_INFLECTION = re.compile(r"(?:ies|ied|ing|ers|er|ed|es|s)$")


def light_stem(word: str) -> str:
    """``word`` lower-cased without a regular ending (when four letters remain) or a final e."""
    word = word.lower()
    ending = _INFLECTION.search(word)
    if ending and ending.start() >= 4:
        word = word[: ending.start()] + ("y" if ending.group() in ("ies", "ied") else "")
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


def stemmed_topic_words(text: str) -> frozenset[str]:
    """Topic words of ``text`` (four letters or more, not function words) by their light stem:
    stricter than :func:`topic_words`' five-letter cut, because one shared word counts here."""
    return frozenset(light_stem(w) for w in _LETTERS.findall(text) if len(w) >= 4 and w.lower() not in _STOPWORDS)


def shared_title_words(title: Unit, units: Sequence[Unit]) -> int:
    """How many topic words the title shares with the paragraphs it is judged against."""
    lead = frozenset().union(*(stemmed_topic_words(u.text) for u in units))
    return len(stemmed_topic_words(title.text) & lead)


def plain_statement(text: str) -> bool:
    """No quotation, no I, we or you, no question: quotes and reactions drift from
    the topic in real articles, so only plain statements are judged."""
    return not (_QUOTED.search(text) or _PERSON.search(text) or text.rstrip().endswith("?"))


def stands_alone(text: str) -> bool:
    """A plain statement that does not open with a word pointing back to the
    sentence before (``She``, ``This``, ``But``): such a sentence belongs to its neighbour."""
    return plain_statement(text) and not _POINTS_BACK.match(text)


@dataclass(frozen=True)
class Piece:
    """A body sentence or short paragraph that off-topic-sentence may judge, as far as it is
    known before encoding: ``units`` are the indices of its sentences; ``kind`` is
    ``sentence`` (inside a paragraph), ``line`` (a one-sentence paragraph), ``headline`` (a
    headline-shaped line) or ``paragraph``; ``shared`` counts its topic words found elsewhere
    in the document; ``eligible`` says whether its shape allows a verdict at all."""

    units: tuple[int, ...]
    kind: str
    shared: int
    eligible: bool
    cut: Cut

    @property
    def candidate(self) -> bool:
        """Could be reported: eligible, and sharing few enough topic words with the rest."""
        return self.eligible and self.shared <= self.cut.shared


@dataclass(frozen=True)
class Verdict:
    """The off-topic measurements of one :class:`Piece`: similarities on the relative scale;
    ``gap`` is how far it sits below the document's typical sentence."""

    piece: Piece
    here: float
    nearest: float
    gap: float

    @property
    def units(self) -> tuple[int, ...]:
        return self.piece.units

    @property
    def kind(self) -> str:
        return self.piece.kind

    @property
    def cut(self) -> Cut:
        return self.piece.cut

    @property
    def flagged(self) -> bool:
        """A candidate past every similarity cut-off of its kind."""
        cut = self.cut
        return self.piece.candidate and self.here < cut.here and self.nearest < cut.nearest and self.gap >= cut.gap

    @property
    def strength(self) -> float:
        """How clearly it is off-topic: the narrower of its margins past the ``here`` and ``gap`` cut-offs."""
        return min(self.cut.here - self.here, self.gap - self.cut.gap)


def _paragraph_groups(units: Sequence[Unit]) -> list[list[int]]:
    """Indices of ``units`` by paragraph, in order."""
    groups: dict[int, list[int]] = {}
    for i, unit in enumerate(units):
        groups.setdefault(unit.paragraph, []).append(i)
    return list(groups.values())


#: headline-shaped lines in a row that make a list (of film titles, or of links that boilerplate reports)
LIST_LINES = 3


def _list_item(text: str) -> bool:
    """Short and without a final full stop: a title, a link or a question in a list."""
    core = text.rstrip().rstrip("\"'\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK})")
    return len(_WORD.findall(text)) <= 25 and core[-1:] not in (".", "\N{HORIZONTAL ELLIPSIS}")


def _listed_lines(units: Sequence[Unit], groups: Sequence[Sequence[int]]) -> set[int]:
    """Units that are one of :data:`LIST_LINES` or more one-line paragraphs in a row without a full stop:
    a list is judged as a whole by boilerplate (links to other stories), never line by line."""
    listed: set[int] = set()
    run: list[int] = []
    for members in [*groups, []]:
        if len(members) == 1 and _list_item(units[members[0]].text):
            run.append(members[0])
            continue
        if len(run) >= LIST_LINES:
            listed.update(run)
        run = []
    return listed


def off_topic_pieces(units: Sequence[Unit], title_unit: Unit | None, cal: Calibration,
                     min_words: int, max_words: int) -> list[Piece]:
    """Every body sentence, then every paragraph of two or three sentences, with what is known
    without vectors: a document where no piece is a candidate needs no encoding for this check."""
    count = len(units)
    if count < 3:
        return []
    words = [topic_words(u.text) for u in units]
    title_words = topic_words(title_unit.text) if title_unit else frozenset()

    # in how many pieces each word occurs: a word of a piece occurs elsewhere when the title has
    # it or more sentences hold it than the piece's own (linear, where unions of the rest are quadratic)
    holders = Counter(word for unit_words in words for word in unit_words)

    def shared(inside: set[int]) -> int:
        mine = frozenset().union(*(words[i] for i in inside))
        return sum(1 for word in mine
                   if word in title_words or holders[word] > sum(word in words[i] for i in inside))

    groups = _paragraph_groups(units)
    sizes = {i: len(members) for members in groups for i in members}
    listed = _listed_lines(units, groups)
    pieces = []
    for i, unit in enumerate(units):
        kind = "sentence"
        if sizes[i] == 1 and len(groups) >= 3:
            kind = "headline" if unit.headline_shaped and unit.words >= 5 else "line"
        # a headline-shaped line has five words or more by definition: min_words is for sentences
        eligible = ((kind == "headline" or min_words <= unit.words) and unit.words <= max_words
                    and len(words[i]) >= 3 and (kind == "headline" or stands_alone(unit.text))
                    and i not in listed)
        pieces.append(Piece((i,), kind, shared({i}), eligible, getattr(cal, kind)))
    if len(groups) < 3:
        return pieces
    for members in groups:
        if not 2 <= len(members) <= 3:
            continue
        texts = [units[i].text for i in members]
        eligible = (stands_alone(texts[0]) and all(plain_statement(t) for t in texts[1:])
                    and all(min_words <= units[i].words <= max_words for i in members))
        pieces.append(Piece(tuple(members), "paragraph", shared(set(members)), eligible, cal.paragraph))
    return pieces


def judge_off_topic(vectors: np.ndarray, title: np.ndarray | None, units: Sequence[Unit],
                    pieces: Sequence[Piece], cal: Calibration) -> list[Verdict]:
    """The measurements of every candidate piece (``title``: the title's vector, when there is a title).

    A sentence is compared with the rest of the document without its own
    paragraph (so that an injected sentence is not propped up by the paragraph
    it was pushed into), unless that leaves fewer than two sentences; its gap
    is measured against the leave-one-out similarity of the other sentences.
    A paragraph is compared with the rest, and its gap measured against how
    well the other paragraphs fit the rest.
    """
    count = len(units)
    extra = title if title is not None else np.zeros(vectors.shape[1], dtype=vectors.dtype)
    total = vectors.sum(axis=0) + extra
    loo = np.array([float(vectors[i] @ _normalise(total - vectors[i])) for i in range(count)])
    pairs = vectors @ vectors.T
    np.fill_diagonal(pairs, -1.0)
    paragraph = np.array([u.paragraph for u in units])
    scale = cal.related - cal.unrelated
    groups = [np.array(members) for members in _paragraph_groups(units)]
    fits = [float(_normalise(vectors[m].sum(axis=0)) @ _normalise(total - vectors[m].sum(axis=0))) for m in groups]
    verdicts = []
    for piece in pieces:
        if not piece.candidate:
            continue  # its shape or its shared words already rule it out: not worth measuring
        if piece.kind != "paragraph":
            i = piece.units[0]
            own = paragraph == paragraph[i]
            here = (float(vectors[i] @ _normalise(vectors[~own].sum(axis=0) + extra))
                    if int((~own).sum()) >= 2 else loo[i])
            verdicts.append(Verdict(piece, cal.relative(here), cal.relative(float(pairs[i].max())),
                                    (float(np.median(np.delete(loo, i))) - loo[i]) / scale))
            continue
        members = np.array(piece.units)
        k = next(n for n, m in enumerate(groups) if m[0] == members[0])
        inside = np.isin(np.arange(count), members)
        mean = _normalise(vectors[members].sum(axis=0))
        verdicts.append(Verdict(piece, cal.relative(fits[k]), cal.relative(float((vectors[~inside] @ mean).max())),
                                (float(np.median(fits[:k] + fits[k + 1:])) - fits[k]) / scale))
    return verdicts

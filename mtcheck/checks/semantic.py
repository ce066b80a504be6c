"""Checks by meaning: a headline from another story, a line that does not belong.

Both checks compare sentence embeddings of pieces of one document: the title,
and the body's paragraphs (each non-empty line of a scraped article), each cut
to its first words so that a long article costs a bounded number of short
encodings. The pieces of a document are encoded in one batch, and the second
check finds them in the encoder's cache. Thresholds are calibrated per encoder
(``benchmarks/semantic_calibration.py``), because cosine ranges differ: e5's
similarities sit between 0.7 and 0.95 where USE's spread from 0 to 0.8.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Sequence

import numpy as np

from ..model import Document, Finding, Scope, Segment, Severity
from .base import Check, CheckContext, Example

#: words of a piece that are encoded (the rest of a long paragraph adds little topic)
UNIT_WORDS = 32
#: pieces encoded per document at most, title included
MAX_UNITS = 40
_WORD = re.compile(r"\S+")
_SENTENCE_END = ".!?\N{HORIZONTAL ELLIPSIS}\"'\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK})]"


@dataclass(frozen=True)
class Calibration:
    """Measured similarity levels of one encoder (see benchmarks/semantic_calibration.py).

    ``unrelated``/``related``: median headline score of a swapped and of a real
    title; the headline check works on the scale between them, so one relative
    threshold fits every encoder. ``offtopic_*``: a paragraph is off-topic when
    its similarity to the rest of the document (``centroid``) and to its two
    nearest paragraphs (``nearest``) are both below these, and it is an
    outlier (robust z-score below ``offtopic_z``) among the document's paragraphs.
    """

    unrelated: float
    related: float
    offtopic_centroid: float
    offtopic_nearest: float
    offtopic_z: float
    #: looser cut-offs for headline-shaped lines (no final punctuation), the shape of
    #: injected related-article links
    offtopic_centroid_headline: float
    offtopic_nearest_headline: float


#: per encoder name; ``st:`` keys match any path or hub name that contains the model name
CALIBRATION: dict[str, Calibration] = {
    "use": Calibration(0.10, 0.51, 0.11, 0.15, -2.5, 0.17, 0.20, ),
    "e5": Calibration(0.79, 0.88, 0.825, 0.83, -2.5, 0.835, 0.84),
    "st:all-minilm-l6-v2": Calibration(0.09, 0.62, 0.10, 0.14, -2.5, 0.16, 0.19),
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
    """A piece of a document to embed: its span in the text and the words encoded."""

    start: int
    end: int
    text: str
    words: int

    @property
    def headline_shaped(self) -> bool:
        """Short and without final punctuation: the shape of a headline or a link."""
        return self.words <= 25 and self.text.rstrip()[-1:] not in _SENTENCE_END


def _unit(text: str, start: int, end: int, cap: int) -> Unit:
    words = _WORD.findall(text[start:end])
    return Unit(start, end, " ".join(words[:cap]), len(words))


def document_units(document: Document, segments: Sequence[Segment], cap: int = UNIT_WORDS,
                   limit: int = MAX_UNITS) -> tuple[Unit | None, list[Unit]]:
    """The title piece (if any) and the body pieces of ``document``.

    Body pieces are paragraphs (lines); a document written as one block of text
    falls back to its sentences, so that it still has pieces to compare.
    """
    text = document.text
    title = None
    if document.title_span is not None and len(document.title_span):
        title = _unit(text, document.title_span.start, document.title_span.end, cap)
    body = [s for s in segments if s.start >= document.body_start]
    paragraphs: dict[int, list[Segment]] = {}
    for seg in body:
        paragraphs.setdefault(seg.paragraph, []).append(seg)
    groups = list(paragraphs.values())
    if len(groups) < 3 and len(body) > len(groups):
        groups = [[seg] for seg in body]
    units = [_unit(text, g[0].start, g[-1].end, cap) for g in groups[: limit - 1]]
    return title, units


def unit_texts(document: Document, segments: Sequence[Segment]) -> list[str]:
    """Every text the semantic checks encode for ``document``: a runner can encode them ahead."""
    title, units = document_units(document, segments)
    return ([title.text] if title else []) + [u.text for u in units]


def _embed(ctx: CheckContext) -> tuple[Unit | None, list[Unit], np.ndarray | None, np.ndarray, str]:
    """Encode the document's pieces in one batch; return them, their vectors and the encoder name."""
    title, units = document_units(ctx.document, ctx.segments)
    encoder = ctx.resources.encoder.for_language(ctx.language)
    texts = ([title.text] if title else []) + [u.text for u in units]
    vectors = encoder.encode(texts) if texts else np.zeros((0, 1), np.float32)
    if title is not None:
        return title, units, vectors[0], vectors[1:], encoder.name
    return None, units, None, vectors, encoder.name


def _normalise(vector: np.ndarray) -> np.ndarray:
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm > 0 else vector


def headline_score(title: np.ndarray, body: np.ndarray, lead: int = 12) -> tuple[float, float, float]:
    """How well a title fits a body: mean of its similarity to the body's centroid and
    to its two closest paragraphs (among the first ``lead``); also returns both parts."""
    body = body[:lead]
    sims = body @ title
    nearest = float(np.sort(sims)[-2:].mean())
    centroid = float(_normalise(body.sum(axis=0)) @ title)
    return (nearest + centroid) / 2, centroid, nearest


def outlier_scores(vectors: np.ndarray, title: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per piece: similarity to the rest (leave-one-out centroid, title included), mean
    similarity to its two nearest other pieces, and a robust z-score of the first."""
    total = vectors.sum(axis=0) + (title if title is not None else 0)
    others = vectors @ vectors.T
    np.fill_diagonal(others, -1.0)
    if title is not None:
        others = np.concatenate([others, (vectors @ title)[:, None]], axis=1)
    count = len(vectors)
    centroid = np.array([float(vectors[i] @ _normalise(total - vectors[i])) for i in range(count)])
    nearest = np.sort(others, axis=1)[:, -2:].mean(axis=1)
    z = np.zeros(count)
    for i in range(count):
        rest = np.delete(centroid, i)
        median = float(np.median(rest))
        # the floor keeps a very uniform document from turning tiny gaps into large z
        spread = max(1.4826 * float(np.median(np.abs(rest - median))), 0.02)
        z[i] = (centroid[i] - median) / spread
    return centroid, nearest, z


class HeadlineMismatch(Check):
    """Title about something else than the body: a headline from another story.

    What it does:
    Compares the title (or the short first line of a plain-text article) with
    the body's first paragraphs in a multilingual sentence-embedding space. The
    score is the mean of the title's similarity to the body's centroid and to
    its two closest paragraphs, placed on a scale calibrated per encoder, where
    0 is a typical unrelated title and 1 a typical real one. Bodies too short
    for a reliable judgement are skipped.

    Why it matters:
    Scrapers and republishing sites pair a body with the headline of the story
    next to it, and MT pipelines shift titles when a feed's items are
    reordered. A reader, a search engine or a classifier trusting the title is
    misled about the whole article.

    Example:
    A body about North Korea denying arms deliveries under the headline
    ``Pro-Russian administration accuses Kiev of bombing railway bridge``.

    Options:
    ``threshold`` (default 0.22): flag when the calibrated score is below it
    (0 = unrelated, 1 = typical). ``min-body-words`` (default 60) and
    ``min-paragraphs`` (default 2): shorter bodies are not judged.
    ``min-title-words`` (default 3): shorter titles (``Opinion``) are not judged.

    Known false positives:
    Cryptic or punning headlines (``Tough talk 'and then we fell in love'``)
    and titles of columns or series that name the column, not the story.
    """

    code = "BP102"
    name = "headline-mismatch"
    severity = Severity.WARNING
    scope = Scope.DOCUMENT
    needs = frozenset({"encoder"})
    languages = None

    @dataclass(frozen=True)
    class Options:
        """Options of headline-mismatch."""

        threshold: float = 0.22
        min_body_words: int = 60
        min_paragraphs: int = 2
        min_title_words: int = 3

    examples = (
        Example(
            "⟦Storm floods coastal towns as rivers burst their banks⟧\n\n"
            "The central bank raised its main interest rate by a quarter point on Thursday, "
            "its fourth increase this year, as inflation stayed well above target.\n"
            "Economists had expected the move after consumer prices rose 6.1 percent in the year to March, "
            "driven by food and energy costs.\n"
            "The governor said further increases could not be ruled out if wage growth kept pushing prices up.\n"
            "Mortgage lenders are expected to pass the higher rate on to borrowers within weeks.",
            True,
        ),
        Example(
            "Central bank raises interest rates again to fight inflation\n\n"
            "The central bank raised its main interest rate by a quarter point on Thursday, "
            "its fourth increase this year, as inflation stayed well above target.\n"
            "Economists had expected the move after consumer prices rose 6.1 percent in the year to March, "
            "driven by food and energy costs.\n"
            "The governor said further increases could not be ruled out if wage growth kept pushing prices up.\n"
            "Mortgage lenders are expected to pass the higher rate on to borrowers within weeks.",
            False,
        ),
    )

    def assess(self, ctx: CheckContext) -> dict:
        """The measurements behind the verdict, or ``skipped`` with the reason."""
        document = ctx.document
        if document.title_span is None:
            return {"skipped": "no title"}
        title_words = len(_WORD.findall(document.title or ctx.text[document.title_span.start:document.title_span.end]))
        if title_words < self.options.min_title_words:
            return {"skipped": f"title shorter than {self.options.min_title_words} words"}
        title, units = document_units(document, ctx.segments)
        if len(units) < self.options.min_paragraphs or sum(u.words for u in units) < self.options.min_body_words:
            return {"skipped": f"body shorter than {self.options.min_body_words} words or {self.options.min_paragraphs} paragraphs"}
        title, units, title_vector, vectors, encoder = _embed(ctx)
        calibration = calibration_for(encoder)
        raw, centroid, nearest = headline_score(title_vector, vectors)
        relative = (raw - calibration.unrelated) / (calibration.related - calibration.unrelated)
        next_line = units[0] if units and units[0].headline_shaped else None
        return {
            "score": round(relative, 3), "similarity": round(raw, 3), "centroid": round(centroid, 3),
            "nearest": round(nearest, 3), "threshold": self.options.threshold, "encoder": encoder,
            "title": title, "next_headline": next_line,
        }

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        result = self.assess(ctx)
        if "skipped" in result or result["score"] >= self.options.threshold:
            return
        title: Unit = result.pop("title")
        next_line: Unit | None = result.pop("next_headline")
        message = "Title does not match the body: it reads like the headline of another story"
        if next_line is not None:
            message += "; the next line may be this article's real headline"
        # a score far below the threshold is near-certain; one just under it is not
        confidence = float(min(0.95, 0.6 + 0.35 * (self.options.threshold - result["score"]) / max(self.options.threshold + 0.3, 1e-6)))
        yield self.finding(ctx, title.start, title.end, message, confidence=round(confidence, 2), evidence=result)


class OffTopicSentence(Check):
    """Sentence or short paragraph far from the rest of the document: injected or spam.

    What it does:
    Embeds every paragraph (line) of the body and compares each with the rest
    of the document: with the centroid of the other paragraphs and the title,
    and with its two nearest paragraphs. A paragraph is reported when both
    similarities are below thresholds calibrated per encoder and it is a clear
    outlier among the document's paragraphs (robust z-score). Lines shaped like
    a headline (short, no final punctuation), the shape of an injected link to
    another article, get a slightly looser cut-off. At most two per document.

    Why it matters:
    Scrapers glue related-article links, ads and spam lines into the body, and
    translation pipelines carry them into the published text. A line from
    another story changes what the article seems to say.

    Example:
    In an article about North Korean arms, the line ``See also Prime Minister
    announced her resignation``.

    Options:
    ``min-paragraphs`` (default 5) and ``min-words`` (default 80): smaller
    documents are not judged. ``min-unit-words`` (default 4) and
    ``max-unit-words`` (default 60): shorter and longer paragraphs are not
    reported (they still count as context). ``max-findings`` (default 2).

    Known false positives:
    Short quotations without topic words (``"It's an unfortunate
    situation."``), programme notes at the end of an article, and roundups that
    jump between unrelated stories.
    """

    code = "BP103"
    name = "off-topic-sentence"
    severity = Severity.WARNING
    scope = Scope.DOCUMENT
    needs = frozenset({"encoder"})
    languages = None

    @dataclass(frozen=True)
    class Options:
        """Options of off-topic-sentence."""

        min_paragraphs: int = 5
        min_words: int = 80
        min_unit_words: int = 4
        max_unit_words: int = 60
        max_findings: int = 2

    examples = (
        Example(
            "Volcano erupts near island capital\n\n"
            "A volcano on the island erupted before dawn on Tuesday, sending a column of ash eight kilometres into the sky.\n"
            "Authorities ordered the evacuation of villages within ten kilometres of the crater.\n"
            "Flights to and from the main airport were suspended as ash drifted over the runway.\n"
            "⟦Five tips to save money on your weekly grocery shopping⟧\n"
            "Scientists at the volcano observatory said lava was flowing down the southern slope toward the sea.\n"
            "The last major eruption, in 1998, destroyed two villages and forced thousands to leave.\n"
            "Residents said they felt tremors for several days before the eruption began.",
            True,
        ),
        Example(
            "Volcano erupts near island capital\n\n"
            "A volcano on the island erupted before dawn on Tuesday, sending a column of ash eight kilometres into the sky.\n"
            "Authorities ordered the evacuation of villages within ten kilometres of the crater.\n"
            "Flights to and from the main airport were suspended as ash drifted over the runway.\n"
            "Scientists at the volcano observatory said lava was flowing down the southern slope toward the sea.\n"
            "The last major eruption, in 1998, destroyed two villages and forced thousands to leave.\n"
            "Residents said they felt tremors for several days before the eruption began.",
            False,
        ),
    )

    def assess(self, ctx: CheckContext) -> dict:
        """Per-paragraph measurements, or ``skipped`` with the reason."""
        options = self.options
        title, units = document_units(ctx.document, ctx.segments)
        if len(units) < options.min_paragraphs or sum(u.words for u in units) < options.min_words:
            return {"skipped": f"fewer than {options.min_paragraphs} paragraphs or {options.min_words} words"}
        title, units, title_vector, vectors, encoder = _embed(ctx)
        centroid, nearest, z = outlier_scores(vectors, title_vector)
        return {"units": units, "centroid": centroid, "nearest": nearest, "z": z,
                "calibration": calibration_for(encoder), "encoder": encoder}

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        result = self.assess(ctx)
        if "skipped" in result:
            return
        options = self.options
        cal: Calibration = result["calibration"]
        flagged = []
        for i, unit in enumerate(result["units"]):
            if not options.min_unit_words <= unit.words <= options.max_unit_words:
                continue
            c, n, z = result["centroid"][i], result["nearest"][i], result["z"][i]
            if unit.headline_shaped:
                cut_c, cut_n = cal.offtopic_centroid_headline, cal.offtopic_nearest_headline
            else:
                cut_c, cut_n = cal.offtopic_centroid, cal.offtopic_nearest
            if c < cut_c and n < cut_n and z < cal.offtopic_z:
                flagged.append((float(z), i, unit, float(c), float(n), cut_c, cut_n))
        for z, i, unit, c, n, cut_c, cut_n in sorted(flagged)[: options.max_findings]:
            confidence = min(0.95, 0.6 + 0.05 * (cal.offtopic_z - z))
            yield self.finding(
                ctx, unit.start, unit.end,
                "Line unrelated to the rest of the article: likely injected (a link to another story, an ad or spam)",
                confidence=round(confidence, 2),
                evidence={"similarity": round(c, 3), "threshold": cut_c, "nearest": round(n, 3),
                          "nearest_threshold": cut_n, "z": round(z, 2), "encoder": result["encoder"]},
            )

"""Checks by meaning: a headline from another story, a line that does not belong.

Both checks compare sentence embeddings of pieces of one document: the title,
and the body's paragraphs (each non-empty line of a scraped article), each cut
to its first words so that a long article costs a bounded number of short
encodings. The pieces of a document are encoded in one batch, and the second
check finds them in the encoder's cache. The scores and the per-encoder
calibration live in :mod:`.semantic_scoring`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import numpy as np

from ..model import Finding, Scope, Severity
from .base import Check, CheckContext, Example
from .semantic_scoring import Cut, Unit, calibration_for, document_units, judge_headline, judge_paragraphs


def _embed(ctx: CheckContext, title: Unit | None, units: list[Unit]) -> tuple[np.ndarray | None, np.ndarray, str]:
    """Encode the title and body pieces in one batch: title vector, body vectors, encoder name."""
    encoder = ctx.resources.encoder.for_language(ctx.language)
    vectors = encoder.encode(([title.text] if title else []) + [u.text for u in units])
    if title is not None:
        return vectors[0], vectors[1:], encoder.name
    return None, vectors, encoder.name


class HeadlineMismatch(Check):
    """Title about something else than the body: a headline from another story.

    What it does:
    Compares the title (or the short first line of a plain-text article) with
    the body's first paragraphs in a multilingual sentence-embedding space: the
    mean of its similarity to the body's centroid and to its two closest
    paragraphs, on a scale calibrated per encoder where 0 is a typical
    unrelated title and 1 a typical real one. When the body opens with a second
    headline-shaped line that fits the body far better than the title, the
    title is reported too. Bodies too short for a reliable judgement are
    skipped.

    Why it matters:
    Scrapers and republishing sites pair a body with the headline of the story
    next to it, and MT pipelines shift titles when a feed's items are
    reordered. A reader, a search engine or a classifier trusting the title is
    misled about the whole article.

    Example:
    A body about North Korea denying arms deliveries under the headline
    ``Pro-Russian administration accuses Kiev of bombing railway bridge``.

    Options:
    ``threshold`` (default 0.25): flag when the calibrated score is below it.
    ``next-line-gap`` (default 0.6): how much better a second headline-shaped
    line must fit the body. ``min-body-words`` (default 60) and
    ``min-paragraphs`` (default 2): shorter bodies are not judged.
    ``min-title-words`` (default 3): shorter titles (``Opinion``) are not judged.

    Known false positives:
    Cryptic or punning headlines (``Tough talk 'and then we fell in love'``)
    and titles that name a column or a series rather than the story.
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

        threshold: float = 0.25
        next_line_gap: float = 0.6
        min_body_words: int = 60
        min_paragraphs: int = 2
        min_title_words: int = 3

    examples = (
        Example(
            "⟦Storm floods coastal towns as rivers burst their banks⟧\n\n"
            "The central bank raised its main interest rate by a quarter point on Thursday, "
            "its fourth increase this year, as inflation stayed well above target.\n"
            "Economists had expected the move after consumer prices rose 6.1 percent in the year to March.\n"
            "The governor said further increases could not be ruled out if wage growth kept pushing prices up.\n"
            "Mortgage lenders are expected to pass the higher rate on to borrowers within weeks.",
            True,
        ),
        Example(
            "Central bank raises interest rates again to fight inflation\n\n"
            "The central bank raised its main interest rate by a quarter point on Thursday, "
            "its fourth increase this year, as inflation stayed well above target.\n"
            "Economists had expected the move after consumer prices rose 6.1 percent in the year to March.\n"
            "The governor said further increases could not be ruled out if wage growth kept pushing prices up.\n"
            "Mortgage lenders are expected to pass the higher rate on to borrowers within weeks.",
            False,
        ),
    )

    def assess(self, ctx: CheckContext) -> dict:
        """The measurements behind the verdict, or ``{"skipped": reason}``."""
        options = self.options
        title, units = document_units(ctx.document, ctx.segments)
        if title is None:
            return {"skipped": "no title"}
        if title.words < options.min_title_words:
            return {"skipped": f"title shorter than {options.min_title_words} words"}
        if len(units) < options.min_paragraphs or sum(u.words for u in units) < options.min_body_words:
            return {"skipped": f"body shorter than {options.min_body_words} words or {options.min_paragraphs} paragraphs"}
        title_vector, vectors, encoder = _embed(ctx, title, units)
        result = judge_headline(title_vector, vectors, units, calibration_for(encoder),
                                options.threshold, options.next_line_gap)
        result.update(encoder=encoder, title=title)
        return result

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        result = self.assess(ctx)
        if "skipped" in result:
            ctx.skip(self.name, result["skipped"])
        if not result.get("flagged"):
            return
        title: Unit = result.pop("title")
        del result["flagged"]
        if result["reason"] == "next line":
            message = "Title does not match the body, which the next line fits far better: a headline from another story?"
        else:
            message = "Title does not match the body: it reads like the headline of another story"
        # a score far below the threshold is near-certain; one just under it is not
        confidence = min(0.95, 0.6 + 0.5 * max(0.0, self.options.threshold - result["score"]))
        yield self.finding(ctx, title.start, title.end, message, confidence=round(confidence, 2), evidence=result)


class OffTopicSentence(Check):
    """Sentence or short paragraph far from the rest of the document: injected or spam.

    What it does:
    Embeds every paragraph (line) of the body and compares each with the rest
    of the document: with the centroid of the other paragraphs and the title,
    and with its two nearest paragraphs. A line is reported when both
    similarities are below cut-offs calibrated per encoder and it sits well
    below the document's median paragraph. Lines shaped like a headline (five
    words or more, no final punctuation), the shape of an injected link to
    another article, get a looser cut-off. At most two per document.

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
    jump between unrelated stories. Only clear outliers are reported, so a
    sentence from a story on a nearby topic is usually missed.
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
        """Per-paragraph verdicts, or ``{"skipped": reason}``."""
        options = self.options
        title, units = document_units(ctx.document, ctx.segments)
        if len(units) < options.min_paragraphs or sum(u.words for u in units) < options.min_words:
            return {"skipped": f"fewer than {options.min_paragraphs} paragraphs or {options.min_words} words"}
        title_vector, vectors, encoder = _embed(ctx, title, units)
        verdicts = judge_paragraphs(vectors, title_vector, units, calibration_for(encoder),
                                    options.min_unit_words, options.max_unit_words)
        return {"units": units, "verdicts": verdicts, "encoder": encoder}

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        result = self.assess(ctx)
        if "skipped" in result:
            ctx.skip(self.name, result["skipped"])
            return
        flagged = [(v["gap"], u, v) for u, v in zip(result["units"], result["verdicts"]) if v["flagged"]]
        # the clearest outliers first; spans come out in text order from the runner's sort
        for gap, unit, verdict in sorted(flagged, key=lambda item: -item[0])[: self.options.max_findings]:
            cut: Cut = verdict["cut"]
            yield self.finding(
                ctx, unit.start, unit.end,
                "Line unrelated to the rest of the article: likely injected (a link to another story, an ad or spam)",
                confidence=round(min(0.95, 0.6 + 0.3 * (gap - cut.gap)), 2),
                evidence={"similarity": verdict["similarity"], "threshold": cut.centroid,
                          "nearest": verdict["nearest"], "nearest_threshold": cut.nearest,
                          "gap": verdict["gap"], "min_gap": cut.gap, "encoder": result["encoder"]},
            )

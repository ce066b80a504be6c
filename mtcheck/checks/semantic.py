"""Checks by meaning: a headline from another story, a sentence that does not belong.

Both checks compare sentence embeddings of pieces of one document, each cut to
its first words so that a long article costs a bounded number of short
encodings: headline-mismatch the title and the body's paragraphs (each
non-empty line of a scraped article), off-topic-sentence the title and every
body sentence (a single-sentence paragraph is the same text, so the encoder's
cache serves it to both). The scores and the per-encoder calibration live in
:mod:`.semantic_scoring` and :mod:`.off_topic_scoring`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

import numpy as np

from ..model import Document, Finding, Scope, Segment, Severity, Span
from .adverts import advert_lines
from .base import Check, CheckContext, Example
from .furniture import REMEMBERED_DOCUMENTS, furniture
from .off_topic_scoring import judge_off_topic, kicker_headline, off_topic_pieces, section_heading, sentence_units
from .off_topic_verdicts import Piece, Verdict
from .semantic_scoring import (
    HEADLINE_LEAD,
    Calibration,
    Unit,
    calibration_for,
    document_units,
    judge_headline,
    shared_title_words,
)


def _embed(ctx: CheckContext, title: Unit | None, units: list[Unit]) -> tuple[np.ndarray | None, np.ndarray, str]:
    """Encode the title and body pieces in one batch: title vector, body vectors, encoder name."""
    encoder = ctx.resources.encoder.for_language(ctx.language)
    vectors = encoder.encode(([title.text] if title else []) + [u.text for u in units])
    if title is not None:
        return vectors[0], vectors[1:], encoder.name
    return None, vectors, encoder.name


def _article_segments(ctx: CheckContext) -> tuple[Segment, ...]:
    """The segments of the article itself: lines of scraped furniture (widgets, comment forms,
    share buttons) are not the body a title or a sentence is compared with."""
    return _outside_furniture(ctx.text, tuple(ctx.segments))


@lru_cache(maxsize=REMEMBERED_DOCUMENTS)
def _outside_furniture(text: str, segments: tuple[Segment, ...]) -> tuple[Segment, ...]:
    """The ``segments`` of ``text`` outside its furniture lines, remembered like the furniture:
    both embedding checks ask for them, when planned and when run."""
    spans = [(hit.start, hit.end) for hit in furniture(text) if not hit.weak]
    if not spans:
        return segments
    return tuple(s for s in segments if not any(start <= s.start and s.end <= end for start, end in spans))


@lru_cache(maxsize=REMEMBERED_DOCUMENTS)
def _off_topic_plan(text: str, title_span: Span | None, segments: tuple[Segment, ...], cal: Calibration,
                    min_words: int, max_words: int) -> tuple[Unit | None, list[Unit], list[Piece]]:
    """Off-topic-sentence's pieces of a document before any encoding, remembered like the
    furniture: the check is planned for the encoder, then run, on the same documents."""
    # the pieces depend on the text and the title's place only
    title, units = sentence_units(Document(id="", text=text, origin="", title_span=title_span), segments)
    return title, units, off_topic_pieces(units, title, cal, min_words, max_words, text)


#: a body that opens with a lower-case word (``when I got back…``, not ``iPhone``): its first line, the
#: "title", is the first half of the body's opening sentence, cut there by a scraper
_SENTENCE_GOES_ON = re.compile(r"\s*[a-z][a-z'\N{RIGHT SINGLE QUOTATION MARK}-]*\b")


class HeadlineMismatch(Check):
    """Title about something else than the body: a headline from another story.

    What it does:
    Compares the title (or the short first line of a plain-text article) with
    the body's first six paragraphs (lines of scraped furniture left out) in a
    multilingual sentence-embedding space: the
    mean of its similarity to the body's centroid and to its two closest
    paragraphs, on a scale calibrated per encoder where 0 is a typical
    unrelated title and 1 a typical real one, raised for each topic word (up
    to two) that the title shares with those paragraphs (not words any local
    story uses: ``record``, ``residents``, ``work``), and by two thirds as much
    for a name they only write capitalised (a town, a club: every story of a
    region names its towns), and lowered by as much for a kicker the whole
    body never names (``Loches: the keep reopens`` above a frost in Vouvray: a
    regional site's kicker is the story's town or subject). When the body opens with a second
    headline-shaped line that fits the body far better than the title, the
    title is reported too. Bodies too short for a reliable judgement are
    skipped, and so is a first line that the body's opening sentence goes on
    from in lower case (``When I left, there were three channels -`` /
    ``when I got back there were dozens``): no headline, but half a sentence.

    Why it matters:
    Scrapers and republishing sites pair a body with the headline of the story
    next to it, and MT pipelines shift titles when a feed's items are
    reordered. A reader, a search engine or a classifier trusting the title is
    misled about the whole article.

    Example:
    A body about a city council approving a new tram line under the headline
    ``Storm floods coastal villages as rivers burst their banks``.

    Options:
    ``threshold`` (default 0.35): flag when the score is below it.
    ``shared-word-weight`` (default 0.15): what each shared topic word adds
    (a shared name two thirds of it).
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

        threshold: float = 0.35
        shared_word_weight: float = 0.15
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
        title, units = document_units(ctx.document, _article_segments(ctx))
        if title is None:
            return {"skipped": "no title"}
        if title.words < options.min_title_words:
            return {"skipped": f"title shorter than {options.min_title_words} words"}
        if units and _SENTENCE_GOES_ON.match(units[0].text):
            return {"skipped": "the first line is the start of the body's first sentence, not a headline"}
        if len(units) < options.min_paragraphs or sum(u.words for u in units) < options.min_body_words:
            return {"skipped": f"body shorter than {options.min_body_words} words or {options.min_paragraphs} paragraphs"}
        # the title is judged against the lead only: the paragraphs after it are not encoded
        lead = units[: HEADLINE_LEAD + 1]
        title_vector, vectors, encoder = _embed(ctx, title, lead)
        shared = (shared_title_words(title, lead[:HEADLINE_LEAD]), shared_title_words(title, lead[1:]))
        # a kicker the body never names is another town's or another subject's story
        unnamed_kicker = kicker_headline(title.text) and not section_heading(title.text, ctx.document.text[title.end:])
        result = judge_headline(title_vector, vectors, units, calibration_for(encoder), options.threshold,
                                options.next_line_gap, shared, options.shared_word_weight, unnamed_kicker)
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
    First, by their words: a body paragraph of one or two sentences that
    sells (an imperative such as ``Compare``, ``Discover`` or ``Click`` with
    an offer, a price or a discount, or a spam phrase such as ``no credit
    check``; ``corpora/advert_lines.yaml``) is reported as an advert, every
    one of them. Then, by meaning, for the rest:
    embeds every sentence of the body (a body of more than 48 sentences by
    paragraphs instead) and compares each with the rest of the document: with
    the centroid of the title and the other paragraphs, with its closest other
    sentence, and with the document's typical sentence. Paragraphs of two or
    three sentences are judged as one piece too. A piece is reported when it is
    far from the rest on a scale calibrated per encoder, well below the
    document's typical sentence, and shares no topic word with the rest. A
    sentence that reads as a news brief on a subject nothing else in the
    article touches, nor a subject near it (a road accident, a match, a
    school reform, a company's results: two cue words of one of the twenty-six
    subjects of ``corpora/news_briefs.yaml``) needs only to sit clearly
    below the document's typical sentence; so does a dated report (``on
    Sunday night``, ``this week``, ``on 14 July``) that names a person or a
    place nothing else in the article names (``A magnitude 4.1 earthquake
    struck near Potenza on Sunday night.``): the lead of another story; as a
    paragraph of its own, one cue word of a subject nothing else touches
    makes it a brief (``A fire destroyed a barn near Bapaume on Saturday
    night.``). Such a report that is a paragraph of its own and opens on a place nothing
    else names (``In Aalst, police arrested a man on Friday night.``) needs
    only to stay off the article's subject; undated and on no brief's subject
    (``In Paysandú, the beer festival drew record crowds.``), or opening on
    such a name as an owner (``Sète's municipal swimming pool will remain
    closed``, ``The local police of Estella will install…``, ``The municipal
    swimming pool of Vila Real…``), it needs to sit somewhat below the article's
    typical sentence, and after ``Meanwhile,`` only to stay off its subject. A
    paragraph of its own that shares no topic word with the rest and names
    later a town nothing else names (``A new recycling centre has opened in
    Halden.``) needs to sit well below the article's typical sentence. A
    sentence that turns to another story (``Meanwhile,``, ``Elsewhere,``) is
    otherwise judged only as such a brief or report, and one that opens ``In
    other news`` is reported whatever its meaning.
    Only plain statements are judged: quotations, sentences with I, we or you,
    questions, practical information (opening hours, tickets, prices, the
    buses to an event, the fines that enforce a rule), unless a line gives it
    for a town nothing else names, what the project costs, and sentences opening
    with a word that points back (``She``, ``This``, ``But``) are skipped,
    because real articles drift there. Lines
    shaped like a headline (five words or more, no final punctuation, a
    paragraph of their own), the shape of an injected link to another
    article, get a looser cut-off, and those that open with a kicker
    (``Nantes: a 19-year-old man arrested``), the way regional sites title
    their links, a looser one still; three or more of them in a row are a list
    (of titles, or of links that boilerplate reports) and are not judged one
    by one. At most two findings by meaning per document.

    Why it matters:
    Scrapers glue related-article links, ads and spam lines into the body, and
    translation pipelines and text spinners splice in sentences from other
    stories. A sentence from another story changes what the article seems to say.

    Example:
    In an article about North Korean arms, the line ``See also Prime Minister
    announced her resignation``; in a story about a snowstorm, the sentence
    ``The coach said his players deserved the title after a long season.``

    Options:
    ``min-sentences`` (default 4) and ``min-words`` (default 40): smaller
    bodies are not judged. ``min-unit-words`` (default 6) and
    ``max-unit-words`` (default 60): shorter and longer sentences are not
    reported (they still count as context; a headline-shaped line counts
    from five words). ``max-findings`` (default 2). Lines that
    boilerplate reports (widgets, forms, share buttons) are neither judged
    nor used as context.

    Known false positives:
    Background sentences with no word in common with the story (``The
    results were published in a scientific journal.``) and roundups that jump
    between unrelated stories; a lone sentence on the weather, an accident or a
    match that the article mentions nowhere else and that says little about
    the story itself. The cut-offs keep false findings under one per
    thousand sentences of real news, so most injected sentences on a nearby
    topic, and many on a distant one, are missed.
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

        min_sentences: int = 4
        min_words: int = 40
        min_unit_words: int = 6
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
        """Verdicts for the body's sentences and short paragraphs, or ``{"skipped": reason}``."""
        options = self.options
        encoder = ctx.resources.encoder.for_language(ctx.language).name
        title, units, pieces = _off_topic_plan(ctx.text, ctx.document.title_span, _article_segments(ctx),
                                               calibration_for(encoder), options.min_unit_words,
                                               options.max_unit_words)
        if len(units) < options.min_sentences or sum(u.words for u in units) < options.min_words:
            return {"skipped": f"body shorter than {options.min_sentences} sentences or {options.min_words} words"}
        if not any(piece.candidate for piece in pieces):
            # every piece shares topic words with the rest or has a shape that is never judged:
            # nothing can be reported, so nothing is encoded
            return {"units": units, "verdicts": [], "encoder": encoder}
        title_vector, vectors, encoder = _embed(ctx, title, units)
        verdicts = judge_off_topic(vectors, title_vector, units, pieces, calibration_for(encoder))
        return {"units": units, "verdicts": verdicts, "encoder": encoder}

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        adverts = advert_lines(ctx.text, _article_segments(ctx), ctx.document.body_start)
        for start, end, entry in adverts:
            yield self.finding(
                ctx, start, end,
                f"Advertising or spam line in the article body: '{ctx.text[start:end]}'; delete it",
                confidence=0.9, evidence={"kind": "advert", "pattern": entry},
            )
        result = self.assess(ctx)
        if "skipped" in result:
            ctx.skip(self.name, result["skipped"])
            return
        units: list[Unit] = result["units"]
        # a flagged paragraph is reported whole, and its sentences not again; an advert is reported already
        chosen: list[Verdict] = []
        for verdict in sorted((v for v in result["verdicts"] if v.flagged),
                              key=lambda v: (v.kind != "paragraph", -v.strength)):
            first, last = units[verdict.units[0]], units[verdict.units[-1]]
            if any(first.start < end and start < last.end for start, end, _ in adverts):
                continue
            if not any(set(verdict.units) & set(c.units) for c in chosen):
                chosen.append(verdict)
        chosen = sorted(chosen, key=lambda v: -v.strength)[: self.options.max_findings]
        for verdict in chosen:
            first, last = units[verdict.units[0]], units[verdict.units[-1]]
            what = {"paragraph": "Paragraph", "headline": "Line"}.get(verdict.kind, "Sentence")
            cut = verdict.cut
            evidence = {"kind": verdict.kind, "similarity": round(verdict.here, 3),
                        "nearest": round(verdict.nearest, 3), "gap": round(verdict.gap, 3),
                        "shared_words": verdict.piece.shared, "encoder": result["encoder"]}
            for key, value in (("threshold", cut.here), ("nearest_threshold", cut.nearest), ("min_gap", cut.gap)):
                if math.isfinite(value):  # JSON has no infinity: an unused cut-off is left out
                    evidence[key] = value
            why = "likely injected from another story, an ad or spam"
            if verdict.as_brief and not verdict.by_meaning:
                evidence["brief"] = verdict.piece.brief
                why = f"a news brief on {verdict.piece.brief}, which nothing else in the article mentions"
            elif verdict.piece.announced and not verdict.by_meaning:
                evidence["announced"] = True
                why = "it opens by announcing other news"
            elif verdict.as_report and not verdict.by_meaning:
                evidence["new_names"] = list(verdict.piece.report)
                why = (f"a dated report naming {', '.join(verdict.piece.report)}, "
                       "which nothing else in the article names")
            elif verdict.as_placed and not verdict.by_meaning:
                evidence["place"] = verdict.piece.place
                what_line = "a dated report" if verdict.piece.place_dated else "a paragraph of its own"
                where = "names" if verdict.piece.place_inside else "opens on"
                why = f"{what_line} that {where} {verdict.piece.place}, and nothing else in the article names it"
            yield self.finding(
                ctx, first.start, last.end,
                f"{what} unrelated to the rest of the article: {why}",
                confidence=round(min(0.95, 0.6 + verdict.strength), 2), evidence=evidence,
            )

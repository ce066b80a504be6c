"""Scraped site furniture inside an article body: widgets, comment forms, share lines.

Scrapers that keep a page's whole main column bring along the site around the
story: related-article widgets (``See also``, ``Lire aussi``), the comment form
of a WordPress theme, share and subscribe buttons, cookie notices, photo
credits, ``Advertisement`` markers. The patterns are data, in
``corpora/boilerplate.yaml`` (shipped as ``mtcheck.corpora``), in the target
language, in the source languages, and in the English that MT engines make of
the source wording (``To read also``), matched by ``furniture.py``. This
module reports them and, when the run has a sentence encoder, raises its
confidence in a related-article widget whose headline is off-topic.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator, Sequence

import numpy as np

from ..model import Finding, Scope, Severity
from .base import Check, CheckContext, Example
from .furniture import (
    KINDS,
    FurniturePattern,
    Hit,
    furniture,
    load_patterns,
    scan,
    word_count,
)

_CONFIDENCE = {"line": 0.95, "start": 0.9, "anywhere": 0.9, "list": 0.85}
#: margins below the body's typical similarity (median, leave-one-out) at or under which a headline
#: is on-topic and at or over which it is off-topic, per encoder; measured on the NTREX-128 English
#: news documents (118 with 6+ sentences): own headline vs 3 headlines of other documents. USE: 95%
#: of own headlines have a margin under 0.16, half of foreign ones over 0.35. e5 (compressed
#: cosines): 0.03 and 0.06. Other encoders use the USE margins.
OFF_TOPIC_MARGINS = {"use": (0.15, 0.35), "e5": (0.03, 0.06)}
MIN_BODY_LINES = 3


def _source_language(pattern: FurniturePattern, target: str) -> str | None:
    """The language of a pattern's wording when it is one language other than the text's."""
    if len(pattern.languages) == 1 and pattern.languages[0] != target:
        return pattern.languages[0]
    return None


def _headline_margins(ctx: CheckContext, hits: Sequence[Hit]) -> tuple[dict[int, float], dict[str, Any]]:
    """How far below the body's typical similarity each widget headline falls (by hit index).

    The second value is evidence for the findings: the encoder used, or why there was no semantic test.
    """
    try:
        encoder = getattr(ctx.resources, "encoder", None)
    except Exception as exc:  # noqa: BLE001 - a missing or broken encoder only turns the semantic test off
        return {}, {"semantic": f"no encoder ({type(exc).__name__})"}
    if encoder is None:
        return {}, {"semantic": "no encoder in this run"}
    encoder = encoder.for_language(ctx.language)
    furniture = [(h.start, h.end) for h in hits]
    title = ctx.document.title_span
    body = [s.text for s in ctx.segments
            if word_count(s.text) >= 4 and not any(a <= s.start < b for a, b in furniture)
            and not (title is not None and title.start <= s.start < title.end)]
    if len(body) < MIN_BODY_LINES:
        return {}, {"semantic": f"body too short to judge ({len(body)} sentences)"}
    wanted = [i for i, h in enumerate(hits) if h.pattern.kind == "related" and word_count(h.headline) >= 3]
    if not wanted:
        return {}, {}
    vectors = encoder.encode(body + [hits[i].headline for i in wanted])
    rows, total = vectors[: len(body)], vectors[: len(body)].sum(axis=0)
    # how close a body sentence typically is to the rest of the body: the scale headlines are judged on
    typical = float(np.median([row @ _unit(total - row) for row in rows]))
    centroid = _unit(total)
    margins = {i: typical - float(vectors[len(body) + k] @ centroid) for k, i in enumerate(wanted)}
    return margins, {"encoder": encoder.name, "typical_similarity": round(typical, 3)}


def _unit(vector: np.ndarray) -> np.ndarray:
    """``vector`` scaled to length 1 (a zero vector stays zero)."""
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm > 0 else vector


def _off_topic(margin: float, encoder: str) -> float:
    """0 for an on-topic headline, 1 for a clearly off-topic one, linear in between."""
    on_topic, off_topic = OFF_TOPIC_MARGINS.get(encoder.split(":")[0], OFF_TOPIC_MARGINS["use"])
    return min(1.0, max(0.0, (margin - on_topic) / (off_topic - on_topic)))


class Boilerplate(Check):
    """Site furniture scraped into the article: related-article widgets, comment forms, share lines.

    What it does:
    Matches each line of the text against the furniture patterns of
    ``corpora/boilerplate.yaml``: related-article widgets (``See also``,
    ``Read also``, ``Lire aussi``, ``Lea también``, ``Lesen Sie auch``,
    ``Leggi anche``, ``To read also``...) with the headline that follows them,
    comment forms (``Leave a Reply``, ``Your email address will not be
    published.``, Akismet notices), share, subscribe and cookie lines,
    ``Original article published on ...`` and translation notices, photo
    credits glued into the text (``Photo: AFP``, ``© Reuters``), copyright
    lines, ``Advertisement`` markers, tags lines, breadcrumbs, author contact
    lines (``Write to … at name@site.com``, ``Follow @handle``). Widgets and forms
    must be a whole line or start one; only credits, copyright and Akismet
    notices are found inside a line. Three or more Title Case headlines in a
    row (``More Must-Reads`` lists) are a list of links to other stories when
    the semantic test finds them off-topic. When the run has a sentence encoder, a
    widget headline far from the rest of the body in embedding space raises the
    confidence, and a widget-shaped line whose headline looks like prose (a full
    stop, too long) is reported only when it is off-topic.

    Why it matters:
    Furniture in the body is read aloud by screen readers, indexed, quoted
    and translated as if it were the story; an injected headline from another
    article is misinformation. It is also a strong sign that nobody edited the
    page after it was scraped and machine-translated.

    Example:
    ``Read also: Central bank raises rates for the third time`` in an article
    about a missile test, or ``Leave a Reply`` / ``Your email address will not
    be published.`` at the end of the body: delete those lines.

    Options:
    ``languages`` (default all): pattern languages to use, e.g. ``["en", "fr"]``.
    ``max-headline-words`` (default 25): longest headline that a widget may carry.
    ``semantic`` (default true): use the run's sentence encoder, when there is
    one, to score widget headlines against the body.
    Each pattern has its own severity: warning, except translation notices
    (``This article was originally published in French``), which are info: they
    are furniture but tell the reader something true. Comment forms and cookie
    notices stay at warning: they do not change what the article says, so they
    should not fail a run that fails on errors. A severity set in the
    configuration applies to every pattern.

    Known false positives:
    A one-line paragraph that starts with a trigger and a capitalised phrase
    (``Read more: Dickens never ...`` in a literary review); a caption line
    ``Photo: AFP`` that the site shows on purpose. Prose that mentions the words
    mid-sentence (``see also page 4``, ``the "Leave a Reply" box``) is not
    reported, nor is the document's own title (``Watch: ...`` headlines).
    """

    code = "BP101"
    name = "boilerplate"
    severity = Severity.WARNING
    scope = Scope.DOCUMENT
    languages = None

    @dataclass(frozen=True)
    class Options:
        """Options of boilerplate."""

        languages: tuple[str, ...] = ()
        max_headline_words: int = 25
        semantic: bool = True

    examples = (
        Example("Kim Jong-un inspected the missile site on Monday.\n\n"
                "⟦See also\N{NO-BREAK SPACE} Prime Minister announces her resignation⟧\n\n"
                "The regime has denied the reports.", True),
        Example("The minister spoke for an hour.\n\n⟦Leave a Reply⟧\n\n"
                "⟦Your email address will not be published.⟧", True),
        Example("Rescuers reached the village at dawn. ⟦Photo: AFP⟧ The death toll rose to twelve.", True),
        Example("He said the report, see also page 4, was accurate.\n\n"
                "Bloggers often leave a reply under the post.", False),
    )

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        languages = set(self.options.languages)
        found = (scan(ctx.text, [p for p in load_patterns() if set(p.languages) & languages],
                      self.options.max_headline_words)
                 if languages else furniture(ctx.text, self.options.max_headline_words))
        title = ctx.document.title_span
        # a headline that starts "Watch:" or "Read more:" is the article's own title, not a widget
        hits = [h for h in found
                if not (h.pattern.kind == "related" and title is not None and title.start == h.start)]
        margins: dict[int, float] = {}
        semantic: dict[str, Any] = {}
        if self.options.semantic and any(h.pattern.kind == "related" for h in hits):
            margins, semantic = _headline_margins(ctx, hits)
        overridden = self.active_severity != self.severity
        for index, hit in enumerate(hits):
            pattern = hit.pattern
            confidence = 0.8 if pattern.context else _CONFIDENCE[pattern.anchor]
            evidence: dict[str, Any] = {"pattern": pattern.id, "kind": pattern.kind, "anchor": pattern.anchor}
            if index in margins:
                off_topic = _off_topic(margins[index], semantic["encoder"])
                evidence.update(margin=round(margins[index], 3), off_topic=round(off_topic, 3), **semantic)
                confidence = 0.6 + 0.3 * off_topic if hit.weak else confidence + (1 - confidence) * off_topic
                if hit.weak and off_topic < 0.5:
                    continue
            elif hit.weak:
                continue
            elif pattern.kind == "related":
                evidence.update(semantic)
            off_topic = evidence.get("off_topic", 0.0) >= 0.5
            yield self.finding(
                ctx, hit.start, hit.end, self._message(ctx.text[hit.start:hit.end], pattern.kind, off_topic),
                severity=self.active_severity if overridden else pattern.severity,
                confidence=round(confidence, 3),
                language=_source_language(pattern, ctx.language),
                evidence=evidence,
            )

    @staticmethod
    def _message(excerpt: str, kind: str, off_topic: bool) -> str:
        """What the finding says: the kind of furniture, the line (shortened) and what to do."""
        flat = " ".join(excerpt.split())
        shown = flat if len(flat) <= 60 else flat[:57] + "..."
        about = ", its headline about another subject" if off_topic else ""
        return f"Scraped {KINDS[kind]} in the article body{about}: '{shown}'; delete it"

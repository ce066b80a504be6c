"""Off-topic-sentence's verdicts: the cut-offs a piece is judged by, and what its measurements pass.

A :class:`Piece` is what is known of a body sentence or short paragraph before
encoding (its shape, its shared topic words, the signs in its words that it is
another story's); a :class:`Verdict` adds its similarities and says which
cut-offs they pass. The cut-offs are on the relative scale of
``semantic_scoring``; the pieces are made in :mod:`.off_topic_scoring`.
"""

from __future__ import annotations

from dataclasses import dataclass

from .semantic_scoring import ANY, Cut

#: the cut-offs for a news brief from another story (``news_briefs.py``): its words already point away
#: from the article, so its meaning needs only to sit clearly below the article's typical sentence
#: (on the blind probes and real news: every brief found sat below 0.25 with a gap of 0.28 or more;
#: the one brief-shaped sentence about the article's own subject sat at 0.58); it may share up to two
#: everyday words with the article (``closed``, ``weekend``): its subject's cues are its own (on the 64 probe
#: sets, briefs that share three words are as often the article's own sentences as planted ones, 3 and 3);
#: one that sits as close as 0.65 to another sentence goes on with it (on the 304 probe sets, the article's own
#: ``Hospitals reported more elderly patients`` in a heatwave story at 0.67; the closest planted brief at 0.62)
BRIEF_CUT = Cut(0.3, 0.65, 0.25, 2)
#: the cut-offs for a dated report (:func:`.off_topic_reports.dated_report`) that names people or places the rest
#: never names (:func:`.off_topic_reports.names`): the lead of another story (``A magnitude 4.1 earthquake struck
#: near Potenza on Sunday night``); its shape points away, so its meaning needs only to sit below the article's
#: typical sentence (on the 42 probe sets: +16 artifacts for 2 false findings; on 8,871 sentences of real news: 2
#: more findings, one a brief from a roundup); it may share one topic word with the rest, but no sentence of the
#: rest may be close to it (a fixture in a match report names the next opponent's town, next to the sentences on the
#: match)
REPORT_CUT = Cut(0.2, 0.75, 0.3, 1)
#: the cut-offs of a news brief that is also a dated report naming what the rest never names (``Police in Graz
#: are searching for a man who robbed a petrol station on Tuesday night``): two signs in its words, so its
#: meaning needs to sit only a little below the article's typical sentence (on the 51 probe sets: +6 briefs,
#: no false finding; on real news no such sentence reaches it)
DATED_BRIEF_CUT = Cut(0.4, ANY, 0.15, 3)
#: the cut-offs of a dated report or a news brief that is a paragraph of its own and opens on a place the rest
#: never names (``In Aalst, police arrested a 34-year-old man on Friday night after a car chase.``): how the
#: second story of a scraped page starts, where an article's own sentence that moves to another town sits inside
#: a paragraph (on the first 55 probe sets: 22 such dated lines, every one planted, the highest at 0.55; the
#: sentences inside a paragraph that open so include 6 of the articles' own; none in real news). Its shape says
#: it all, so its meaning only has to stay off the article's own subject: on the 328 probe sets, 0.65 finds 4 more
#: planted lines than 0.6 and 0.7 another 4, with no false finding; at 0.75 the first ones come (one probe line, two
#: lines of real news), so 0.65 keeps a margin below them
PLACE_LINE_CUT = Cut(0.65, ANY, -ANY, 3)
#: the cut-offs of a news brief that is also a dated report naming what the rest never names and is a
#: paragraph of its own, wherever the new name stands (``A 44-year-old man was arrested in Treviglio on
#: Friday for selling…``): three signs in its words and the shape of a scraped page's second story, so, as
#: for a line that opens on a new place, its meaning only has to stay off the article's own subject
DATED_BRIEF_LINE_CUT = PLACE_LINE_CUT
#: the cut-offs of such a line that neither dates what it tells nor is a news brief (``In Paysandú, the annual
#: beer festival drew record crowds over the Easter weekend.``): its opening still points to another town's news,
#: so its meaning needs only to sit clearly below the article's typical sentence (on the 112 probe sets, 21 such
#: lines planted and 4 of the articles' own, the closest of which sat at 0.58 or with a gap below 0; on real news
#: none as a paragraph of its own, and 3 in the short items cut from it, all at 0.37 or more with a gap below 0.15)
UNDATED_PLACE_LINE_CUT = Cut(0.45, ANY, 0.1, 3)
#: the cut-offs of a one-sentence paragraph that shares no topic word with the rest and names later a town the rest
#: never names (``The district has opened a new recycling centre in Oelsnitz for garden waste.``): only the town
#: points away, so its meaning must sit well below the article's typical sentence (on the 370 probe sets: 123 planted
#: lines of that shape below 0.3 with a gap of 0.2, none of the articles' own; the closest of the articles' own lines
#: that share no topic word sits at 0.57, and those that share one, ``Further ceremonies are planned in Portalegre
#: and Elvas next week.``, as low as 0.02); one word that any local story says (``town``, ``local``) may be shared (on
#: the 382 probe sets: 4 more planted lines, ``…in Parchim will open to the public…``, none of the articles' own); the town
#: may be where someone comes from (``A farmer from Mealhada was fined…``: 3 more planted lines on the 394 sets, none of theirs)
IN_PLACE_LINE_CUT = Cut(0.3, ANY, 0.2, 1)
#: the cut-offs of a piece judged only by its words: no similarity passes them
WORDS_ONLY = Cut(-ANY, -ANY, ANY, -1)
#: the cut-offs of a sentence that announces another story: every similarity passes them
ANNOUNCED = Cut(ANY, ANY, -ANY, ANY)


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
    #: the subject of the news brief it is (a road accident, a match), that the rest never touches
    brief: str | None = None
    #: the names it gives that the rest never gives, when it is a dated report (:func:`.off_topic_reports.dated_report`)
    report: tuple[str, ...] = ()
    #: it opens by announcing another story (``In other news, …``)
    announced: bool = False
    #: the place a one-sentence paragraph opens on, when the rest never names it
    place: str = ""
    #: whether that paragraph is also dated or a news brief (:data:`PLACE_LINE_CUT`, else :data:`UNDATED_PLACE_LINE_CUT`)
    place_dated: bool = False
    #: whether that place is named later in the line rather than opening it (:data:`IN_PLACE_LINE_CUT`)
    place_inside: bool = False

    @property
    def place_cut(self) -> Cut:
        """The cut-offs of a line opening on a new place: looser when it is also dated or a brief; stricter when
        the place only comes later in the line."""
        if self.place_inside:
            return IN_PLACE_LINE_CUT
        return PLACE_LINE_CUT if self.place_dated else UNDATED_PLACE_LINE_CUT

    @property
    def candidate(self) -> bool:
        """Could be reported: eligible, and sharing few enough topic words with the rest."""
        return self.eligible and (self.shared <= self.cut.shared or self.announced
                                  or (self.brief is not None
                                      and self.shared <= (DATED_BRIEF_CUT if self.report else BRIEF_CUT).shared)
                                  or (bool(self.report) and self.shared <= REPORT_CUT.shared)
                                  or (bool(self.place) and self.shared <= self.place_cut.shared))


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
    def by_meaning(self) -> bool:
        """A candidate past every similarity cut-off of its kind."""
        cut = self.piece.cut
        return (self.piece.candidate and self.piece.shared <= cut.shared and self.here < cut.here
                and self.nearest < cut.nearest and self.gap >= cut.gap)

    @property
    def brief_cut(self) -> Cut:
        """A brief's cut-offs: looser still for a brief that is also a dated report naming what the rest never
        names, and loosest when that brief is a paragraph of its own."""
        if self.piece.report:
            return DATED_BRIEF_LINE_CUT if self.piece.kind == "line" else DATED_BRIEF_CUT
        return BRIEF_CUT

    @property
    def as_brief(self) -> bool:
        """A news brief on a subject the rest never touches, past the looser cut-offs of briefs."""
        cut = self.brief_cut
        return (self.piece.candidate and self.piece.brief is not None and self.piece.shared <= cut.shared
                and self.here < cut.here and self.nearest < cut.nearest and self.gap >= cut.gap)

    @property
    def as_report(self) -> bool:
        """A dated report naming people or places the rest never names, past a report's cut-offs."""
        return (self.piece.candidate and bool(self.piece.report) and self.piece.shared <= REPORT_CUT.shared
                and self.here < REPORT_CUT.here and self.nearest < REPORT_CUT.nearest and self.gap >= REPORT_CUT.gap)

    @property
    def as_placed(self) -> bool:
        """A line opening on a place the rest never names, past that line's cut-offs."""
        cut = self.piece.place_cut
        return (self.piece.candidate and bool(self.piece.place) and self.piece.shared <= cut.shared
                and self.here < cut.here and self.nearest < cut.nearest and self.gap >= cut.gap)

    @property
    def flagged(self) -> bool:
        return (self.by_meaning or self.as_brief or self.as_report or self.as_placed
                or (self.piece.candidate and self.piece.announced))

    @property
    def cut(self) -> Cut:
        """The cut-offs it is judged by: its kind's, or a brief's or a report's when only those flag it."""
        if self.by_meaning:
            return self.piece.cut
        if self.as_brief:
            return self.brief_cut
        if self.as_report:
            return REPORT_CUT
        return self.piece.place_cut if self.as_placed else ANNOUNCED if self.piece.announced else self.piece.cut

    @property
    def strength(self) -> float:
        """How clearly it is off-topic: the narrower of its margins past the ``here`` and ``gap`` cut-offs."""
        return min(self.cut.here - self.here, self.gap - self.cut.gap)


def kicker_cut(headline: Cut) -> Cut:
    """The cut-offs of a headline with a kicker: its shape alone points to a link to another story, so
    its meaning needs to sit only somewhat below the rest (a headline's cut-offs loosened by 0.15 on
    the relative scale, and up to three shared topic words: a link to a story from the same town
    shares its name)."""
    return Cut(headline.here + 0.15, ANY, headline.gap - 0.15, headline.shared + 2)

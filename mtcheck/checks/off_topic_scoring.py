"""Off-topic-sentence's scores: which body pieces may be judged, and how far each sits from the rest.

Pure functions over vectors (``benchmarks/semantic_calibration.py`` measures
exactly what the check decides). A document is cut into the title and one
piece per sentence, judged alone and, for paragraphs of two or three
sentences, together; similarities are read on the per-encoder scale of
``semantic_scoring``; the cut-offs a piece is judged by, and the verdict its
similarities earn, are in :mod:`.off_topic_verdicts`.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

import numpy as np

from ..model import Document, Segment
from .news_briefs import brief_subjects
from .off_topic_openings import (
    IN_PLACE,
    NAMED_OWNER_OPENINGS,
    OWNER_OPENING,
    PIVOT_LEAD,
    PLACE_OPENING,
    line_opening,
    places_given,
    points_back_with_the,
)
from .off_topic_reports import dated_report, names, spellings
from .off_topic_verdicts import WORDS_ONLY, Piece, Verdict, kicker_cut
from .semantic_scoring import (
    EVERYDAY_NEWS_WORDS,
    UNIT_WORDS,
    Calibration,
    Unit,
    document_units,
    light_stem,
    make_unit,
    normalise,
    topic_words,
)

#: body sentences that off-topic-sentence encodes one by one at most; a longer body is judged by paragraphs
MAX_SENTENCES = 48
#: quotation marks, and a straight or curly single quote at a word's edge (not an apostrophe inside a word, nor
#: that of a plural possessive before its noun: ``residents' parking permits``)
_QUOTED = re.compile("[\"\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}\N{DOUBLE LOW-9 QUOTATION MARK}"
                     "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}]"
                     "|(?<!\\w)['\N{LEFT SINGLE QUOTATION MARK}]\\w"
                     "|\\w(?:(?<!s)['\N{RIGHT SINGLE QUOTATION MARK}]|s['\N{RIGHT SINGLE QUOTATION MARK}](?!\\s+\\w))(?!\\w)")
#: opening hours, tickets, prices and how to get there: the practical information that closes an article on a
#: show, an event or a place (``a shuttle bus will run from the railway station``), or on rules (the fines)
_SERVICE_INFO = re.compile(
    r"\b(?:is|are|will\s+be)\s+open\s+(?:daily|every\s+day|from\s+\w+day|on\s+\w+days)"
    r"|\bshuttle\s+(?:bus(?:es)?|services?|trains?|boats?)\b|\b(?:special\s+|extra\s+)?buses\s+will\s+(?:run|leave)\s+from\b"
    # the extra trains to an event: ``…has confirmed that extra trains will run on the line to Milan``
    r"|\b(?:special|extra|additional)\s+(?:trains|buses|coaches)\s+will\s+run\b"
    r"|\b(?:opening\s+hours|full\s+price|reduced\s+price|free\s+(?:admission|entry)|free\s+for\s+(?:under|children))"
    r"|\b(?:tickets?|admission|entry)\s+(?:costs?|is\s+free|are\s+free|prices?)\b|\bprices\s+(?:range|start|vary)\s+from\b"
    r"|\b\d{1,2}(?:[.:]\d\d)?\s*(?:a\.m\.|am)\s+to\s+\d{1,2}(?:[.:]\d\d)?\s*(?:p\.m\.|pm)"
    # and how the rules it told are enforced: ``Offenders face fines of up to 1,500 euros``, ``Fines can reach…``
    r"|\b(?:offenders|violators|those\s+caught)\s+(?:face|risk|will\s+face|could\s+face)\b"
    r"|\bfines?\s+(?:of\s+up\s+to|can\s+reach|could\s+reach|will\s+reach|range\s+from)\b"
    # and how its crowd is policed: ``Security was reinforced, with 250 police officers deployed…``
    r"|\bsecurity\s+(?:was|has\s+been|had\s+been|will\s+be|is|is\s+being)\s+(?:reinforced|stepped\s+up|tightened|increased)\b",
    re.IGNORECASE)
_PERSON = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur|[Oo]urs|[Yy]ou|[Yy]our|[Yy]ours)\b")
_POINTS_BACK = re.compile(r"(?:He|She|It|Its|His|Her|They|Their|This|That|These|Those|Such|There|But|And|So|Yet"
                          r"|Also|Then|However|Still|Instead|Meanwhile"
                          # one more of what was named (``Another room is devoted to…`` in a museum's story)
                          r"|Another"
                          # a part of a group already named: ``Most of them are elderly people who live alone``
                          r"|(?:Most|Many|Some|All|None|Several|Few|Both|Half|Each|One|Two|Three|Four|Five)\s+of\s+"
                          r"(?:them|these|those|us|whom))\b")
_WORD = re.compile(r"\S+")
#: a word that turns to another story (``Meanwhile, in the province of Bergamo, a cyclist…``): such a sentence
#: inside a paragraph is judged only by its words, as a news brief or a dated report (its meaning may stay near);
#: a paragraph of its own is judged by its meaning too, as any other line (on the 394 probe sets: 3 more planted lines,
#: none of the articles' own; the articles' own such lines share two topic words or more with the rest, or sit close)
_PIVOT = re.compile(r"(?:Meanwhile|Elsewhere)\b")
#: an opening that announces another story outright: no article's own sentence opens so (none in 8,871
#: sentences of real news), so such a sentence is reported whatever its meaning
_OTHER_NEWS = re.compile(r"(?:In|And\s+in)\s+(?:other|unrelated)\s+news\b", re.IGNORECASE)
#: a headline with a kicker, ``Nantes: a 19-year-old man arrested``: how regional sites title their links to
#: other stories; never the shape of a line of an article's own body (none in 4,312 lines of real news)
_KICKER = re.compile(r"[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}.-]*(?: [A-Z\d][\w'\N{RIGHT SINGLE QUOTATION MARK}.-]*){0,3}: \S")
#: kickers that label a line of the page (a photo credit, a link, a note), not a story
_LABEL = re.compile(r"(?:Image|Images|Photo|Photos|Picture|Video|Audio|Source|Sources|Credit|Credits|Copyright|Read|"
                    r"See|Watch|Listen|Update|Updated|Note|Editor's note|Related|Tags|Topics|Q|A)\b", re.IGNORECASE)


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
    return title, [make_unit(document.text, s.start, s.end, cap, s.paragraph) for s in body]


#: "also" among a sentence's first words: ``The law also guarantees``, ``Police also found``
_ALSO_OPENING = re.compile(r"(?:\S+\s+){1,6}?also\b")
#: "nearby" among a sentence's first words, with no place named after it: ``Residents of the nearby
#: neighbourhoods expressed concern…`` lives near what the article told
_NEARBY_OPENING = re.compile(r"(?:\S+\s+){0,4}?(?:nearby|neighbouring|neighboring)\s+(?![A-Z])")
#: the next step of something already told, ``The plan must now be submitted to…``, ``The bill will now go to…``:
#: a definite subject (``The plan``, ``These proposals``) and a procedure's verb after "now" point back to the story
_NEXT_STEP = re.compile(r"(?:The|This|These|Those|Its|Their)\s+(?:[\w-]+\s+){1,3}?(?:must|will|should|has\s+to|have\s+to|is\s+to|are\s+to)"
                        r"\s+now\s+(?:be|go|pass|return)\b"
                        # or what it told goes on (``The commemorations will continue on Sunday with a concert…``), or the
                        # funeral of the death it told (``The funeral will be held on Saturday…``)
                        r"|(?:The|This|These|Its|Their)\s+(?:[\w-]+\s+){1,2}?(?:will\s+continue|continues?)\b"
                        r"|The\s+(?:funeral|burial|wake)\s+(?:will|is|was)\b"
                        # or the event it told comes back: ``The next edition is already planned for…``
                        r"|The\s+next\s+(?:edition|race|festival|fair|tournament|season)\s+(?:will|is|has)\b")
#: what the thing told costs, with no thing named (``Investment totals around 45 million euros.``, ``The total cost is
#: put at…``, ``The project has cost 6.4 million euros``): a project's figure, which only the story it closes has
_ITS_AMOUNT = re.compile(r"(?:The\s+)?(?:total\s+|overall\s+)?(?:investment|cost|costs|budget|bill)\s+"
                         r"(?:totals?|totalled|amounts?|amounted|is|are|was|were|will\s+be|comes?|came|reach|reaches|reached|stands?)\b"
                         r"|The\s+(?:project|works?|repairs|renovation|refurbishment|restoration|construction|extension|scheme)\s+(?:has\s+|had\s+|will\s+)?cost\b"
                         # ``The equipment, which cost 1.4 million euros, was installed…``
                         r"|The\s+[a-z]+(?:\s+[a-z]+)?,\s+which\s+cost\b",
                         re.IGNORECASE)
#: a definite description at a sentence's start, ``The award ceremony``: its words name what it points back to
_DEFINITE_OPENING = re.compile(r"The\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?")


def points_back_to(text: str, named: frozenset[str]) -> bool:
    """Whether ``text`` opens on a definite description (``The award ceremony``) whose topic words are among
    ``named``, words any story uses left out (``The national team coach`` points back to no ``national park``)."""
    opening = _DEFINITE_OPENING.match(text)
    if not opening or NAMED_OWNER_OPENINGS[0].match(text):
        # a description that names its owner (``The municipality of Novara``) says which one it means itself
        return False
    described = [word for word in opening.groups() if word and light_stem(word) not in EVERYDAY_NEWS_WORDS]
    return bool(topic_words(" ".join(described)) & named)


def plain_statement(text: str, practical: bool = False) -> bool:
    """No quotation, no I, we or you, no question, no practical information: quotes and reactions drift
    from the topic in real articles, and an article on a show or a museum ends on its opening hours and
    prices, so only plain statements are judged (``practical``: practical information is allowed)."""
    return not (_QUOTED.search(text) or _PERSON.search(text) or text.rstrip().endswith("?")
                or (not practical and _SERVICE_INFO.search(text)))


def kicker_headline(text: str) -> bool:
    """``text`` opens with a kicker (``Ostend: the new ferry terminal will open``) that is no page label."""
    return bool(_KICKER.match(text)) and not _LABEL.match(text)


def section_heading(text: str, following: str) -> bool:
    """A kicker headline whose kicker the next paragraph names: a heading of the article's own section
    (``Dondo: a clinic on stilts`` above ``In Dondo, the rebuilt health centre…``, ``Rowing: a record in Ghent`` above
    ``At the national rowing championships…``), not a link to another story."""
    kicker = text.split(":", 1)[0]
    # in any of its forms: ``Hospitals: more cases…`` above ``…the hospital on the Winterberg said…``
    return kicker_headline(text) and re.search(
        rf"(?<!\w){re.escape(light_stem(kicker))}(?:e|s|es|ies|ed|ied|ing|er|ers)?(?!\w)", following, re.IGNORECASE) is not None


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
                     min_words: int, max_words: int, text: str = "") -> list[Piece]:
    """Every body sentence, then every paragraph of two or three sentences, with what is known
    without vectors: a document where no piece is a candidate needs no encoding for this check.
    ``text``, the document's, gives the names of a sentence longer than the words a unit encodes
    (a name at the end of a long lead is given there too)."""
    count = len(units)
    if count < 3:
        return []
    words = [topic_words(u.text) for u in units]
    title_words = topic_words(title_unit.text) if title_unit else frozenset()

    # in how many pieces each word occurs: a word of a piece occurs elsewhere when the title has
    # it or more sentences hold it than the piece's own (linear, where unions of the rest are quadratic)
    holders = Counter(word for unit_words in words for word in unit_words)

    def shared_words(inside: set[int]) -> frozenset[str]:
        mine = frozenset().union(*(words[i] for i in inside))
        return frozenset(word for word in mine
                         if word in title_words or holders[word] > sum(word in words[i] for i in inside))

    def shared(inside: set[int]) -> int:
        return len(shared_words(inside))

    groups = _paragraph_groups(units)
    sizes = {i: len(members) for members in groups for i in members}
    listed = _listed_lines(units, groups)
    # practical information (opening hours, prices) closes an article on its own show or museum, but not
    # when the line opens on a town the article never names: that is another town's notice, judged as such
    opens_on_name = [bool(PLACE_OPENING.match(unit.text) or OWNER_OPENING.match(unit.text)
                          or any(p.match(unit.text) for p in NAMED_OWNER_OPENINGS)) for unit in units]
    plain = [plain_statement(unit.text, practical=opens_on_name[i]) for i, unit in enumerate(units)]
    practical = [plain[i] and bool(_SERVICE_INFO.search(unit.text)) for i, unit in enumerate(units)]
    # a sentence opening with a word that points back (``She``, ``This``, ``But``) belongs to its neighbour, and
    # one opening on a definite description of what the title or the lead named (``The detainees…`` after a lead
    # on arrests) goes on with the story, as does one on the next step of what it told (``The plan must now be…``)
    lead = {i for i, unit in enumerate(units) if unit.paragraph == units[0].paragraph}
    named_first = title_words.union(*(words[i] for i in lead))
    alone = [plain[i] and not _POINTS_BACK.match(unit.text) and not _NEXT_STEP.match(unit.text)
             and not _NEARBY_OPENING.match(unit.text)
             and not _ITS_AMOUNT.match(unit.text)
             and (i in lead or not points_back_to(unit.text, named_first))
             for i, unit in enumerate(units)]
    # a sentence that turns to or announces another story is judged by its words (its meaning may stay near)
    turns = [plain[i] and bool(_PIVOT.match(unit.text) or _OTHER_NEWS.match(unit.text)) for i, unit in enumerate(units)]
    # a news brief is judged only where the sentence's shape lets it be judged at all
    shaped = [i for i, unit in enumerate(units) if unit.words <= max_words and len(words[i]) >= 3 and i not in listed
              and (plain[i] or unit.headline_shaped)]
    texts = [unit.text for unit in units]
    title_text = title_unit.text if title_unit else ""
    briefs = brief_subjects(texts, title_text, shaped)
    # a sentence that says "also" among its first words goes on with the article's story (``The law also
    # guarantees a weekly doctor's surgery``): no brief, no report from another story
    # and so does one that opens on a definite description of what the title named (``The award ceremony
    # took place in Lisbon`` below ``…wins national award…``); words of earlier sentences are too common for it
    continues = [bool(_ALSO_OPENING.match(unit.text)) or points_back_to(unit.text, title_words) for unit in units]
    briefs = [None if continues[i] else subject for i, subject in enumerate(briefs)]
    # subjects of one cue word that the rest never touches, found only for a document that has a line to judge so
    lone_cue_briefs: list[str | None] | None = None
    # a dated report's names that neither the title nor another piece gives, anywhere in a sentence
    dated = [dated_report(unit.text) for unit in units]
    # names matter to a dated report and to a line that opens on a place or an owner (see PLACE_LINE_CUT) or names a town
    named = (any(dated) or any(briefs) or any(opens_on_name) or any(PIVOT_LEAD.match(unit.text) for unit in units)
             or len(groups) >= 3 and any(sizes[i] == 1 and IN_PLACE.search(unit.text) for i, unit in enumerate(units)))
    whole = [text[unit.start:unit.end] if text else unit.text for unit in units]
    spelled = [spellings(sentence) for sentence in whole] if named else []
    given = [names(sentence) for sentence in whole] if named else []
    holders_of_spelling = Counter(word for unit_words in spelled for word in unit_words)
    title_spelled = spellings(title_unit.text) if title_unit and named else frozenset()

    def new_name(name: str, i: int) -> bool:
        # a name of several words (``Vila Real``) is new where no other sentence nor the title writes it whole
        if " " in name:
            return name not in title_text and sum(name in sentence for sentence in whole) == 1
        return name not in title_spelled and holders_of_spelling[name] == (name in spelled[i])

    def new_names(inside: Sequence[int]) -> tuple[str, ...]:
        if not any(dated[i] for i in inside) or continues[inside[0]]:
            return ()
        mine = frozenset().union(*(given[i] for i in inside))
        return tuple(sorted(name for name in mine if name not in title_spelled
                            and holders_of_spelling[name] == sum(name in spelled[i] for i in inside)))

    pieces = []
    for i, unit in enumerate(units):
        kind = "sentence"
        if sizes[i] == 1 and len(groups) >= 3:
            kind = "headline" if unit.headline_shaped and unit.words >= 5 else "line"
        # a headline-shaped line has five words or more by definition: min_words is for sentences
        eligible = ((kind == "headline" or min_words <= unit.words) and unit.words <= max_words
                    and len(words[i]) >= 3 and (kind == "headline" or alone[i] or turns[i]) and i not in listed)
        if eligible and kind == "sentence" and not turns[i] and points_back_with_the(unit.text, shared_words({i})):
            eligible = False  # inside a paragraph, it names with "the" what the rest is about (``The total investment``)
        if kind == "headline" and i + 1 < count and section_heading(unit.text, " ".join(
                later.text for later in units[i + 1:] if later.paragraph == units[i + 1].paragraph)):
            eligible = False  # the heading of the paragraph that follows it
        if turns[i] and kind == "sentence":
            cut = WORDS_ONLY
        elif kind == "line":
            cut = cal.line_cut(count)
        elif kind == "headline" and kicker_headline(unit.text):
            cut = kicker_cut(cal.headline)
        else:
            cut = getattr(cal, kind)
        # shared words matter only to a piece that may be judged: the count is the costly part
        report = new_names((i,)) if eligible and kind != "headline" else ()
        if kind == "line" and report and briefs[i] is None:
            # a dated line of its own that names what the rest never names needs one cue of a subject
            # the rest never touches to read as another story's brief (``A fire destroyed a barn in Ham on Friday
            # night.``): with its date, its new name and its own paragraph, that is the fourth sign
            if lone_cue_briefs is None:
                lone_cue_briefs = brief_subjects(texts, title_text, shaped, min_cues=1)
            briefs[i] = lone_cue_briefs[i]
        opening = line_opening(unit.text, kind == "line" and eligible, bool(dated[i] or briefs[i]),
                                lambda name, i=i: new_name(name, i),
                                shared_words({i}) if kind == "line" and eligible else frozenset())
        if practical[i] and not opening.get("place"):
            eligible, opening = False, {}  # practical information about a place the article names
        shared_count = shared({i}) if eligible else 0
        if eligible and kind == "line" and shared_count:
            # the town the article is about, named again, ties no line to its story
            rest = " ".join(other for j, other in enumerate(texts) if j != i)
            shared_count = len(shared_words({i}) - places_given(unit.text, rest, title_text))
        pieces.append(Piece((i,), kind, shared_count, eligible, cut, briefs[i], report,
                            announced=eligible and bool(_OTHER_NEWS.match(unit.text)), **opening))
    if len(groups) < 3:
        return pieces
    for members in groups:
        if not 2 <= len(members) <= 3:
            continue
        eligible = (alone[members[0]] and all(plain[i] for i in members[1:])
                    and all(min_words <= units[i].words <= max_words for i in members)
                    # a paragraph that names with "the" what the rest is about goes on with it (``the club is in
                    # talks to extend the contract of its captain`` in a match report)
                    and not points_back_with_the(" ".join(units[i].text for i in members), shared_words(set(members))))
        pieces.append(Piece(tuple(members), "paragraph", shared(set(members)) if eligible else 0, eligible,
                            cal.paragraph, report=new_names(members) if eligible else ()))
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
    loo = np.array([float(vectors[i] @ normalise(total - vectors[i])) for i in range(count)])
    pairs = vectors @ vectors.T
    np.fill_diagonal(pairs, -1.0)
    paragraph = np.array([u.paragraph for u in units])
    scale = cal.related - cal.unrelated
    groups = [np.array(members) for members in _paragraph_groups(units)]
    fits = [float(normalise(vectors[m].sum(axis=0)) @ normalise(total - vectors[m].sum(axis=0))) for m in groups]
    verdicts = []
    for piece in pieces:
        if not piece.candidate:
            continue  # its shape or its shared words already rule it out: not worth measuring
        if piece.kind != "paragraph":
            i = piece.units[0]
            own = paragraph == paragraph[i]
            here = (float(vectors[i] @ normalise(vectors[~own].sum(axis=0) + extra))
                    if int((~own).sum()) >= 2 else loo[i])
            verdicts.append(Verdict(piece, cal.relative(here), cal.relative(float(pairs[i].max())),
                                    (float(np.median(np.delete(loo, i))) - loo[i]) / scale))
            continue
        members = np.array(piece.units)
        k = next(n for n, m in enumerate(groups) if m[0] == members[0])
        inside = np.isin(np.arange(count), members)
        mean = normalise(vectors[members].sum(axis=0))
        verdicts.append(Verdict(piece, cal.relative(fits[k]), cal.relative(float((vectors[~inside] @ mean).max())),
                                (float(np.median(fits[:k] + fits[k + 1:])) - fits[k]) / scale))
    return verdicts

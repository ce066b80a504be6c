"""A city's own spelling that English keeps: in a club's name, an event's, or a longer name it opens.

:mod:`.language_words` marks a city's source spelling (``Sevilla``, ``Torino``,
``Den Haag``) as an exonym English writes otherwise; these vetoes give it back
to English where the spelling names something else: a club (``Rapid Wien``,
``Real Madrid travel to Sevilla``, ``Napoli coach``), an event (``Torino
2006``) or a station or resort whose name it opens (``Milano Centrale``).
"""

from __future__ import annotations

import re

from .language_lexicon import Lexicon, fold
from .language_tokens import CAP, EN, EXO, Token, joined

#: words of a club's name before or after its city (``Rapid Wien``, ``Sevilla FC``, ``1860 München``,
#: ``Olimpia Milano``)
_CLUB_WORDS = frozenset("FC CF AC SC SSC SV VfB VfL TSV Rapid Austria Bayern Real Atlético Atletico Sporting Dynamo "
                        "Dinamo Lokomotiv Hertha Fortuna Borussia Union Inter Olympique Racing Stade Deportivo Athletic "
                        "Sparta Slavia 1860 1899 1909 Calcio Olimpia Virtus Hellas Sampdoria".split())
#: club words that name other things too (``European Union``, ``Inter Milan`` aside): no football cue by themselves
_CLUB_WORDS_NOT_CUES = frozenset("Union Austria Inter Racing Athletic Rapid Fortuna Stade Dynamo Dinamo Virtus Olimpia".split())
#: a fixture's verb right before a city that names its club (``Real Madrid travel to Sevilla``) ...
_FIXTURE_BEFORE = re.compile(r"(?:\b(?:travel|travels|travelled|traveled)\s+to|\b(?:host|hosts|hosted|face|faces|faced|beat|beats|"
                             r"against|visit|visits|visited|play|plays|played|lost\s+to|lose\s+to|draw\s+with|drew\s+with|"
                             r"battle|battles|battled|meet|meets|edged|thrashed|defeated|(?:win|victory|defeat|draw)\s+(?:over|against|at|to)|"
                             r"v|vs)\.?)\s+\Z")
#: ... or right after it (``Napoli beat Juventus``, ``Torino drew with Genoa``) ...
_FIXTURE_AFTER = re.compile(r"[ \t\N{NO-BREAK SPACE}]+(?:beat|beats|host|hosts|hosted|face|faces|faced|visit|visits|visited|"
                            r"play|plays|played|lost|lose|drew|draw|won|win|edged|thrashed|battle|battles|battled|meet|"
                            r"meets|equalised|equalized|equalise|equalize|equalises|equalizes|scored|scores|conceded|concedes|led|leads|"
                            r"trailed|trail|trails|pressed|attacked|defended|hit\s+the\s+(?:post|crossbar|bar|woodwork|upright)|"
                            r"v|vs)\b")
#: ... in a sentence about football
_FOOTBALL = re.compile(r"\b(?:league|match|derby|goals?|kick-off|Liga|LaLiga|Serie\s+[AB]|Bundesliga|fixture|striker|coach|"
                       r"points|champions|relegation|home\s+side|visitors|top\s+flight|(?:first|second)\s+half|half-time|"
                       r"play-offs?|Eredivisie|Eerste\s+Divisie|(?:Champions|Europa|Conference|Nations)\s+League|"
                       r"group\s+stage|(?:home|away)\s+(?:game|win|defeat|draw)|crossbar|woodwork|free\s+kick|penalty|goalkeepers?|"
                       r"equali[sz]er|stoppage\s+time|injury\s+time|corner\s+kick)\b")
#: a club's initials before its city (``ADO Den Haag``, ``KAA Gent``), in a sentence about football
_CLUB_INITIALS = re.compile(r"[A-Z]{2,4}")
#: what follows a city's spelling that names its club in any sentence: the club's people (``Napoli coach``,
#: ``Torino's fans``; not ``side`` or ``president``, which a region has too), its match, or a score (``Napoli 2-1``)
_CLUB_AFTER = re.compile(r"(?:['\N{RIGHT SINGLE QUOTATION MARK}]s)?[ \t\N{NO-BREAK SPACE}]+(?:new[ \t\N{NO-BREAK SPACE}]+)?"
                         r"(?:coach|coaches|manager|"
                         r"fans|supporters|ultras|players?|striker|midfielder|defender|goalkeeper|keeper|forward|winger|"
                         r"captain|squad|signings?"
                         # a fixture named by the club it is played against (``sold for the Torino match``)
                         r"|match|game|fixture|clash|derby)\b"
                         r"|[ \t\N{NO-BREAK SPACE}]+\d{1,2}[-\N{EN DASH}]\d{1,2}\b")
#: a capitalised word right before a fixture's verb: a club, its subject
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w\N{RIGHT SINGLE QUOTATION MARK}'-]*[ \t\N{NO-BREAK SPACE}]+\Z")
#: a score between a result and a city's spelling names its club in any sentence (``draw 2-2 with Torino``, ``won 3-1
#: against Sevilla``, ``a 1-0 win over Napoli``): a town is never the other side of a score
_SCORE_BEFORE = re.compile(r"(?:\b(?:draw|draws|drew|drawn|won|win|wins|lost|lose|loses)[ \t\N{NO-BREAK SPACE}]+\d{1,2}[-\N{EN DASH}]\d{1,2}"
                           r"|\b\d{1,2}[-\N{EN DASH}]\d{1,2}[ \t\N{NO-BREAK SPACE}]+(?:draw|win|victory|defeat|loss))"
                           r"[ \t\N{NO-BREAK SPACE}]+(?:with|against|over|to|at)[ \t\N{NO-BREAK SPACE}]+\Z")
#: a year right after a city's spelling: an event or a club named so (``Torino 2006``, the Winter Olympics)
_YEAR_AFTER = re.compile(r"[ \t\N{NO-BREAK SPACE}]+(?:18|19|20)\d\d\b")


def veto_club_names(text: str, tokens: list[Token]) -> None:
    """``Rapid Wien``, ``Sevilla FC``, ``Real Madrid travel to Sevilla``, ``Napoli coach``, ``ADO Den Haag``
    in a match report, ``Torino 2006``: a city's own spelling names its club or an event, which English keeps;
    every word of the spelling with it."""
    football = other_club = None
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.cls != EXO:
            index += 1
            continue
        last = index  # the spelling's last token (``Den Haag`` is two)
        while last + 1 < len(tokens) and tokens[last + 1].cls == EXO and tokens[last + 1].phrase == token.phrase:
            last += 1
        before = tokens[index - 1].text if index > 0 else ""
        after = tokens[last + 1].text if last + 1 < len(tokens) else ""
        end = token.start + len(token.phrase)  # a possessive is no part of the spelling
        club = (before in _CLUB_WORDS or after in _CLUB_WORDS or _CLUB_AFTER.match(text, end) is not None
                or _YEAR_AFTER.match(text, end) is not None or _score_before(text, token.start))
        if not club and _club_elsewhere(text, token.phrase, before):
            club = True
        if not club:
            if football is None:
                football = bool(_FOOTBALL.search(text, tokens[0].start, tokens[-1].end))
                # another club of the sentence (``Real Madrid travel to Sevilla, while Atlético host Real Sociedad``)
                other_club = any(
                    tokens[at].text in _CLUB_WORDS and tokens[at].text not in _CLUB_WORDS_NOT_CUES
                    and tokens[at + 1].capitalised and joined(text, tokens[at], tokens[at + 1])
                    for at in range(len(tokens) - 1))
            fixture = _FIXTURE_BEFORE.search(text, max(tokens[0].start, token.start - 24), token.start)
            fixture_after = _FIXTURE_AFTER.match(text, end) is not None
            club = football and (fixture is not None or fixture_after
                                 or (_CLUB_INITIALS.fullmatch(before) is not None and joined(text, tokens[index - 1], token)))
            # with no match's cue but another club, a club plays the fixture: the word before its verb is a
            # name (``Real Madrid travel to Sevilla``, not ``fans will travel to Sevilla``)
            club = club or other_club and (fixture_after or fixture is not None and _CAPITALISED_BEFORE.search(
                text, max(tokens[0].start, fixture.start() - 40), fixture.start()) is not None)
        if club:
            for member in tokens[index:last + 1]:
                member.cls, member.suggestion = EN, None
        index = last + 1


#: English words before a city's spelling that make it the place, whatever the document says of its club
_PLACE_BEFORE = frozenset("in to from near around outside into across".split())


def _club_elsewhere(text: str, phrase: str, before: str) -> bool:
    """Does the document name the club by this spelling elsewhere, in a match report: the spelling before a
    fixture's verb or the club's people (``Napoli beat Lazio``, ``Napoli coach``) in a document about football?
    Then its other mentions (``The result leaves Napoli three points clear``) are the club too, unless a
    preposition of place makes one the city (``fans celebrated in Napoli``)."""
    if before.lower() in _PLACE_BEFORE or not _FOOTBALL.search(text):
        return False
    return any(_FIXTURE_AFTER.match(text, mention.end()) is not None or _CLUB_AFTER.match(text, mention.end()) is not None
               or _score_before(text, mention.start())
               for mention in re.finditer(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", text))


def _score_before(text: str, start: int) -> bool:
    """Does a score with its result's preposition end right before ``start`` (``draw 2-2 with``)?"""
    return _SCORE_BEFORE.search(text, max(0, start - 32), start) is not None


def veto_longer_names(text: str, tokens: list[Token], lexicon: Lexicon) -> None:
    """``Milano Centrale``, ``Venezia Santa Lucia``, ``Den Haag Centraal``: a city's own spelling that opens a
    longer name, its next word a capitalised one of no word list and no English word, is part of that name (a
    station's, a resort's), which English keeps whole."""
    first = 0  # the first token of the spelling that ends at each token (``Den Haag`` is two)
    for index, token in enumerate(tokens[:-1]):
        if token.cls != EXO:
            continue
        if index == 0 or tokens[index - 1].cls != EXO or tokens[index - 1].phrase != token.phrase:
            first = index
        following = tokens[index + 1]
        if following.cls == EXO and following.phrase == token.phrase:
            continue  # the spelling goes on
        if (following.capitalised and not following.text.isupper() and following.cls != EXO
                and joined(text, token, following)
                and not lexicon.kinds(following.text) and not lexicon.is_english(following.text)):
            for member in tokens[first:index + 1]:
                member.cls, member.suggestion = EN, None
    _veto_town_in_region(text, tokens, lexicon)


#: quotation marks between a word and the next: the next one opens a quotation
_QUOTE_MARKS = frozenset("\"'\N{LEFT DOUBLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}"
                         "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{DOUBLE LOW-9 QUOTATION MARK}")


def _veto_town_in_region(text: str, tokens: list[Token], lexicon: Lexicon) -> None:
    """``Magliano in Toscana``: a town whose official name joins it to its region with the Italian "in" (as
    ``Sant'Angelo in Vado`` to a river) keeps the region's own spelling, which English does not translate in a
    town's name. The word before "in" must be a capitalised one of no word list and no English word: in ``the hills
    in Toscana`` or ``Holidays in Toscana`` the region is left untranslated in an English sentence. The town follows
    a word of the sentence, not a quotation mark: a quotation's capitalised first word (``"Benvenuti in Sardegna"``)
    may be a source word, not a town; and the region is capitalised, as no warning's colour (``in vigilance rouge``)."""
    for index in range(3, len(tokens)):
        token, joiner, town = tokens[index], tokens[index - 1], tokens[index - 2]
        if (token.cls == EXO and token.capitalised and joiner.text == "in" and town.capitalised and town.cls != EXO
                and not _QUOTE_MARKS.intersection(text[tokens[index - 3].end:town.start])
                and not town.text.isupper() and joined(text, town, joiner) and joined(text, joiner, token)
                and not lexicon.kinds(town.text) and not lexicon.is_english(town.text)):
            token.cls, token.suggestion = EN, None


#: what a small place's own name follows (``the village of França``): villages and parishes named after a country or
#: a region keep the name, which English cannot translate as the country's
_SMALL_PLACE_BEFORE = re.compile(r"\b(?:village|hamlet|parish|locality|settlement)[ \t]+of[ \t]+\Z")
#: an emergency number before a region's own spelling names its service (``the emergency service 112 Andalucía``)
_SERVICE_NUMBER_BEFORE = re.compile(r"\b(?:112|061|091|092|080|085)[ \t\N{NO-BREAK SPACE}]+\Z")


def veto_other_places(text: str, tokens: list[Token]) -> None:
    """``the village of França``, ``112 Andalucía``: a country's or a region's own spelling that names a village
    or an emergency service, which English keeps as it is; every word of the spelling with it."""
    for index, token in enumerate(tokens):
        if token.cls != EXO or (index > 0 and tokens[index - 1].cls == EXO and tokens[index - 1].phrase == token.phrase):
            continue
        window = max(0, token.start - 40)
        if (_SMALL_PLACE_BEFORE.search(text, window, token.start) is None
                and _SERVICE_NUMBER_BEFORE.search(text, window, token.start) is None):
            continue
        last = index
        while last + 1 < len(tokens) and tokens[last + 1].cls == EXO and tokens[last + 1].phrase == token.phrase:
            last += 1
        for member in tokens[index:last + 1]:
            member.cls, member.suggestion = EN, None


def veto_place_openers(text: str, tokens: list[Token], lexicon: Lexicon) -> None:
    """``Diputación de Ciudad Real``, ``Hospital de Nueva Andalucía``: a capitalised word that opens a place's name
    (a source noun or adjective of the ``place_openers`` list) before a capitalised word of no source list is the
    name's first word, as in :func:`.language_names._opens_place_name` at a sentence's start. Anywhere in a longer
    name it names the place, not the source noun, so the name around it is judged as it is with any town's."""
    for token, following in zip(tokens, tokens[1:]):
        if (token.capitalised and fold(token.text) in lexicon.place_openers and following.capitalised
                and EXO not in (token.cls, following.cls)  # "Nueva York": a source spelling of a place English names otherwise
                and not following.text.isupper() and joined(text, token, following) and not lexicon.kinds(following.text)):
            token.cls, token.kinds, token.languages, token.suggestion = CAP, frozenset(), frozenset(), None

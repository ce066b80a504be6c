"""How a one-sentence paragraph opens, for off-topic-sentence: on a place or an owner the rest never names.

A scraped page's second story starts on its own town (``In Aalst, police arrested…``,
``Sète's municipal swimming pool will remain closed``, ``The local police of Estella will
install…``); an article's own sentence that moves to another town sits inside a paragraph.
:mod:`.off_topic_scoring` asks these questions of the lines it may judge.
"""

from __future__ import annotations

import re
from typing import Callable

from .language_lexicon import load_lexicon
from .semantic_scoring import EVERYDAY_NEWS_WORDS, light_stem, topic_words

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
#: months and weekdays: capitalised, but no names
CALENDAR = frozenset(MONTHS.split("|") + WEEKDAYS.split("|"))
#: a capital letter, with an accent or without (``Équeurdreville``, ``Aalst``)
CAPITAL = r"[A-Z\u00C0-\u00D6\u00D8-\u00DE]"
#: an opening on a place: ``In Aalst,``, ``At Saint-Nazaire,``
PLACE_OPENING = re.compile(r"(?:In|At|Near|Outside)\s+(" + CAPITAL + r"[\w'\N{RIGHT SINGLE QUOTATION MARK}.-]*)[^,;:.]{0,40},")
#: an opening on a name that owns the subject: ``Sète's municipal swimming pool``, ``The Principality's emergency service``
OWNER_OPENING = re.compile(r"(?:The\s+)?(" + CAPITAL + r"[\w.-]*"
                           # a town of several words joined by a particle (``Castelo de Vide's town council``, ``Metro do
                           # Porto's new line``; not a person's ``Massimo Zanata's`` nor ``The Public Prosecutor's``)
                           r"(?:\s+(?:de|da|do|dos|das|del|di|la|le|van|von)\s+" + CAPITAL + r"[\w.-]*)?)"
                           r"['\N{RIGHT SINGLE QUOTATION MARK}]s\s")
#: the same without a possessive, the name before the subject's nouns (``The Apeldoorn tennis club``, ``The Mainz Wine
#: Market``) or after them with "of", "in" or "at" (``The local police of Estella``, ``The University of Magdeburg``, ``The
#: municipal swimming pool in Bischwiller``, ``the outdoor pool at the Pulvermaar``); a capital may carry an accent
#: (``Équeurdreville``); a word of the English lists or a
#: demonym's ending there is no town (``The French government``, ``The Basque police``)
NAMED_OWNER_OPENINGS = (
    # after the nouns, first: ``The University of Magdeburg`` is owned by Magdeburg, not by "University"
    re.compile(r"The\s+(?:[a-z][\w-]*\s+){0,2}[A-Za-z][\w-]*\s+(?:of|in|at)\s+(?:the\s+)?(" + CAPITAL + r"[\w-]*)\b"),
    # before them, not as the subject of a verb (``The ARS confirmed``, ``The KNMI has issued``) nor as the head of an
    # institution's name in its own language (``The Consejería de Educación said``)
    re.compile(r"The\s+(" + CAPITAL + r"[\w-]*)(?!\s+(?:has|have|had|is|are|was|were|will|would|can|could|should|may|might|must"
               r"|did|does|said|says|de|del|della|di|da|do|dos|das|du|des|van|von|der|den|la|le)\b|\s+[a-z]+ed\b)"
               r"(?:\s+[A-Za-z][\w-]*){1,3}(?=\s+[a-z])"),
)
#: the whole name an owner's first word opens (``Vila Real``, ``Peso da Régua``): a town of several words, which a
#: first word shared with another town (``Vila Nova de Gaia``) or spelling an English one (``Peso``) does not make
_NAME_RUN = re.compile(CAPITAL + r"[\w-]*(?:\s+(?:(?:da|de|do|dos|das|del|della|di|du|la|le|van|von|der|den)\s+)?" + CAPITAL + r"[\w-]*)*")
_DEMONYM_END = re.compile(r"(?:an|ese|ish|ch|i)\Z")
#: demonyms without such an ending
_DEMONYMS = frozenset({"Basque", "Breton", "Walloon", "Swiss", "Greek", "Thai", "Czech", "Dutch"})
#: most topic words a line opening on a named owner without a possessive may share with the rest (on the 334 probe
#: sets, the article's own ``The regional council of Brittany is contributing 1.5 million euros to the project``
#: shares three)
NAMED_OWNER_SHARED = 2
#: feasts that name a season's event, not a town (``The Christmas market in…``)
FEASTS = frozenset({"Christmas", "Easter", "Advent", "Carnival", "Pentecost", "Whitsun"})
#: a definite description (``the cost of the cameras``): pointing back with it to a topic word of the rest makes a
#: line about a new town the article's own (``The province of Overijssel has promised to contribute to the cost of
#: the cameras``)
_DEFINITE_NOUN = re.compile(r"\bthe\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?")
#: what any story names with "the" (the parts of a town, the points of the compass, the holders of office, the
#: measures of anything):
#: no pointing back to the article's own subject (``the bars in the centre``, ``in the south of Spain``, ``the
#: education minister said``)
_ANY_STORY = frozenset({"centre", "center", "area", "areas", "district", "districts", "street", "streets", "square",
                        "region", "province", "neighbourhood", "neighborhood", "outskirts", "town", "city", "village",
                        "north", "south", "east", "west", "northern", "southern", "eastern", "western",
                        "minister", "mayor", "president", "government", "council", "spokesman", "spokeswoman",
                        # and the measures of anything (``the rising cost of flour`` beside ``the mission cost``)
                        "cost", "costs", "price", "prices", "end", "number", "part", "rest", "level", "rate", "share",
                        "total", "amount", "rise", "increase", "fall", "start", "beginning", "future", "past", "result",
                        "results", "situation", "problem", "decision"})
#: a town after "in", "near", "outside", "to" or "from" inside a sentence (``a new recycling centre in Oelsnitz``, ``the road
#: to Harlingerode``, ``A farmer from Mealhada was fined``), not at its start
IN_PLACE = re.compile(r"(?<=[a-z,] )(?:in|near|outside|to|from)\s+(" + CAPITAL + r"[\w'\N{RIGHT SINGLE QUOTATION MARK}-]*)")
#: the topic words (as :func:`.semantic_scoring.topic_words` cuts them) of what any local story says (``town``,
#: ``local``, ``announced``): sharing only these ties no line to the article's own story
_EVERYDAY_TOPIC_WORDS = frozenset(word[:5] for word in EVERYDAY_NEWS_WORDS if len(word) >= 4)
#: a sentence that turns to another story, before what it opens on (``Meanwhile, the municipality of Aveiro…``)
PIVOT_LEAD = re.compile(r"(?:Meanwhile|Elsewhere),\s+(?=[A-Z]|the\s)")


def new_place_opening(text: str, new: Callable[[str], bool]) -> str:
    """The place ``text`` opens on (``In Aalst,``, ``In Nice,``: a capital there is a name, even one that
    spells an English word) when ``new`` says the rest of the article never gives it, else ``""``."""
    match = PLACE_OPENING.match(text)
    place = match.group(1) if match is not None else ""
    return place if place and place not in CALENDAR and new(place) else ""


#: an office of a state or a region after its possessive (``Bavaria's economy minister``, ``France's prime
#: minister``): such a holder visits, praises or funds a local story; no town's own news opens so
_OFFICE_HOLDER = re.compile(r"(?:[a-z-]+\s+){0,2}(?:minister|premier|president|governor|chancellor|secretary\s+of\s+state)\b")


#: who or what was hit by what the article told (``an emergency fund for the affected businesses``): a body that
#: answers it is part of the story
_THOSE_AFFECTED = re.compile(r"\b(?:the|those)\s+(?:worst\s+)?affected\b")


def new_owner_opening(text: str, new: Callable[[str], bool], shared: frozenset[str] = frozenset()) -> str:
    """The name ``text`` opens on as an owner (``Sète's municipal swimming pool``, ``Genk's new bus station``,
    ``The Apeldoorn tennis club``, ``The local police of Estella``; after ``Meanwhile,``, ``the municipality of
    Aveiro``) when ``new`` says the rest of the article never gives it, else ``""``. Without a possessive, a line
    that points back with ``the`` to one of the topic words it ``shared`` with the rest is the article's own."""
    text = text[PIVOT_LEAD.match(text).end():] if PIVOT_LEAD.match(text) else text
    if match := OWNER_OPENING.match(text):
        if _OFFICE_HOLDER.match(text, match.end()):
            return ""
        owner = match.group(1)
    else:
        opening = text[:1].upper() + text[1:]
        owners = [match for pattern in NAMED_OWNER_OPENINGS if (match := pattern.match(opening))]
        owned = next((match for match in owners if _town_name(_owner_name(opening, match))), None)
        # the opening description names its owner itself: only what follows it may point back
        if (owned is None or len(shared) > NAMED_OWNER_SHARED or points_back_with_the(text[owned.end():], shared)
                or _THOSE_AFFECTED.search(text, owned.end())):
            return ""
        owner = _owner_name(opening, owned)
    return owner if owner not in CALENDAR and new(owner) else ""


def _owner_name(text: str, owned: re.Match[str]) -> str:
    """The owner's whole name when it opens one of several words, one of which English does not spell (``Vila
    Real``, ``Peso da Régua``, ``The Corsican Assembly``, ``The Mainz Wine Market``; not ``Human Rights``), else its
    first word: an institution named after a town is new where the rest never writes it whole, even when the rest
    names the town (on the 364 probe sets: 5 more planted lines, ``The Munich Philharmonic has announced…``, none of
    the articles' own)."""
    run = _NAME_RUN.match(text, owned.start(1)).group()
    english = load_lexicon().is_english
    several = run != owned.group(1) and not all(english(word) for word in run.split() if word[0].isupper())
    return run if several else owned.group(1)


def _town_name(name: str) -> bool:
    """Could ``name`` be a town's: no English word, demonym or feast alone (``The French government``, ``The
    Christmas market``)."""
    return " " in name or not (load_lexicon().is_english(name) or _DEMONYM_END.search(name)
                               or name in _DEMONYMS or name in FEASTS)


def points_back_with_the(text: str, shared: frozenset[str]) -> bool:
    """Does ``text`` name with "the" one of the topic words it ``shared`` with the rest of the article (``the cost
    of the cameras``, ``the club is in talks``), what any story names so aside?"""
    # the noun or the word after it (``the cost``, ``the local cameras``), whichever is the noun
    return any(topic_words(word) & shared for pair in _DEFINITE_NOUN.findall(text) for word in pair
               if word and word not in _ANY_STORY and light_stem(word) not in EVERYDAY_NEWS_WORDS)


def line_opening(text: str, judged: bool, dated: bool, new: Callable[[str], bool],
                  shared: frozenset[str] = frozenset()) -> dict:
    """The ``place``, ``place_dated`` and ``place_inside`` of a one-sentence paragraph: the new place it opens on;
    or else the new name it opens on as an owner, which is judged as an undated line whatever its date (``Munich's
    Oktoberfest closed on Sunday`` is how a story on Munich itself may go on), unless it turns to it from the
    article's story (``Meanwhile, the municipal swimming pool in Joué-lès-Tours…``): that is the second sign; or
    else, in a line that shares no topic word with the rest, a new town it names later (``place_inside``)."""
    if not judged:
        return {}
    if place := new_place_opening(text, new):
        return {"place": place, "place_dated": dated}
    if owner := new_owner_opening(text, new, shared):
        return {"place": owner, "place_dated": bool(PIVOT_LEAD.match(text))}
    # a town named later in the line (``…opened a new recycling centre in Oelsnitz``), judged only when the line shares
    # no topic word with the rest but one that any local story says (``A new supermarket is to be built on the
    # outskirts of… the town council there decided``; see IN_PLACE_LINE_CUT)
    if len(shared) <= 1 and shared <= _EVERYDAY_TOPIC_WORDS:
        inside = next((match.group(1) for match in IN_PLACE.finditer(text)
                       if match.group(1) not in CALENDAR and new(match.group(1))), "")
        if inside:
            return {"place": inside, "place_dated": False, "place_inside": True}
    return {}


#: what may open a run without being part of the name (``The Ferrara chamber``, ``Meanwhile, the Lecce club``)
_RUN_LEAD = re.compile(r"(?:The|A|An|In|At|Meanwhile,?)\s+")


def places_given(text: str, rest: str, title: str) -> frozenset[str]:
    """The topic words of the names in ``text`` that ``rest`` (the other sentences) gives as a place (``in
    Ferrara``, ``the district of Bragança``) or that the ``title`` holds. A line about another story of the
    article's own town shares the town's name and nothing else (``The Ferrara chamber of commerce has launched a
    competition…`` below a Ferrara story): such a name is no topic the line shares with the rest (on the 430
    probe sets, 8 more planted lines, none of the articles' own, none on real news). A capitalised single word
    opening the line may be an English word (``Police``) and is left alone."""
    words: set[str] = set()
    for run in _NAME_RUN.finditer(text):
        name = _RUN_LEAD.sub("", run.group(), count=1)
        if not name or (run.start() == 0 and name == run.group() and " " not in name):
            continue
        if name in title or re.search(r"\b(?:in|at|near|from|to|outside|of)\s+(?:the\s+)?" + re.escape(name) + r"\b", rest):
            words |= topic_words(name)
    return frozenset(words)

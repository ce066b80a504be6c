"""Where names sit in a document: its words, which of them start a sentence or sit on a Title Case line.

Helpers of the ``name-variant`` check (``consistency.py``): the tokens of a text and their runs, the layout
every detector reads, accents and separators as names compare them, and whether a translated name stands alone
or glosses the original beside it (``Le Monde (The World)``). Names written with and without accents, hyphens
or spaces are grouped by ``name_spelling_groups.py``.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate, compress, pairwise
from typing import Iterable, Sequence

from ..model import Segment, Span

#: a word: letters first, then word characters, hyphenated or elided parts kept (``Saint-Germain``, ``L'Oréal``)
TOKEN = re.compile(r"[^\W\d_]\w*(?:[-'\N{RIGHT SINGLE QUOTATION MARK}]\w+)*")
APOSTROPHES = "'\N{RIGHT SINGLE QUOTATION MARK}"
#: the endings of a possessive (``Macron's``), for ``str.endswith``
POSSESSIVES = ("'s", "\N{RIGHT SINGLE QUOTATION MARK}s")
_WORD = re.compile(r"\w+")
#: ``TOKEN`` as the separator of ``re.split``, which then returns the words between the gaps
_SPLIT_WORDS = re.compile(f"({TOKEN.pattern})")
#: what may separate two words of one name (one space, as in running text)
_NAME_GAP = frozenset((" ", "\N{NO-BREAK SPACE}"))
#: what a word follows when it starts a sentence-like unit (a quotation, a bracket, a clause after a colon)
_OPENERS = (
    "\"'([{:-\N{LEFT DOUBLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}"
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{EM DASH}\N{EN DASH}"
)
#: an opener right before a word, or before one white space and the word
_OPENED = re.compile(rf"[{re.escape(_OPENERS)}]\s?")
#: German umlauts as German writes them without the dots, and the Scandinavian Ø and Æ as they are transliterated
#: too (``Mørk``, ``Moerk``)
UMLAUTS = str.maketrans({
    "\N{LATIN SMALL LETTER A WITH DIAERESIS}": "ae", "\N{LATIN SMALL LETTER O WITH DIAERESIS}": "oe",
    "\N{LATIN SMALL LETTER U WITH DIAERESIS}": "ue", "\N{LATIN SMALL LETTER SHARP S}": "ss",
    "\N{LATIN SMALL LETTER O WITH STROKE}": "oe", "\N{LATIN SMALL LETTER AE}": "ae",
})
#: words after which a translated title is still the title (``The Parisian reported``)
TITLE_FOLLOWERS = frozenset(
    """said says reported reports wrote writes revealed reveals quoted quotes cited cites noted notes
    added adds explained explains claimed claims published publishes learned learns asked newspaper daily
    weekly magazine which that on in last this earlier recently""".split()
)
#: verbs that may follow a name as its predicate (``The World has ...``), besides those in -s and -ed
AUXILIARIES = frozenset(
    """is was has had have will would can could may might must should did does also said told lost won made took
    gave paid sold bought cut set put saw became began kept left held brought got spent rose fell grew hit ran
    went came found knew thought chose wrote drove built led met sent sought""".split()
)
_LINE = re.compile(r"[^\n]+")
_VERB_END = re.compile(r"[^s]s\Z|ed\Z")
#: words that may stand before a translated name without making it part of a longer one
_LEADERS = frozenset("the a an in at by for from with and but to on as".split())
_NEXT_WORD = re.compile(r"(['\N{RIGHT SINGLE QUOTATION MARK}]s\b)?[ \t\N{NO-BREAK SPACE}]*([^\W\d_]+)?")
_LAST_WORD = re.compile(r"([^\W\d_]+)[ \t\N{NO-BREAK SPACE}]*\Z")
#: what may stand between a name and its translation given as a gloss: ``Le Monde (The World)``
_GLOSS_GAP = re.compile(
    r"[\s(\[,:/\-\N{EN DASH}\N{EM DASH}\"'\N{LEFT DOUBLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}]*"
    r"(?:(?:or|meaning|literally|lit\.|i\.e\.|in English"
    # ``the Sabores de Pipa festival, whose name means “Flavours of Pipa”``: a kind noun, then the gloss
    r"|(?:[a-z]+,?\s+)?(?:whose\s+name\s+|which\s+)(?:means|translates\s+(?:as|to))"
    # ``the National Assembly, known in French as the Assemblée nationale``
    r"|(?:known|called)\s+(?:in\s+[A-Z][a-z]+\s+|locally\s+|there\s+)?as(?:\s+the)?)[\s,:\"'\N{LEFT DOUBLE QUOTATION MARK}"
    r"\N{LEFT SINGLE QUOTATION MARK}]*)?"
)

#: the rest of a title, its closing quote and the bracket that translates it, up to the same name there
_TITLE_GLOSS_GAP = re.compile(
    r"[^()\n.!?]{0,60}?[\"'\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}]?\s*\(\s*"
    r"[\"'\N{LEFT DOUBLE QUOTATION MARK}]?[^()\n\"\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}]{0,60}"
)


@dataclass(frozen=True)
class Occurrence:
    """One occurrence of a form in the document."""

    start: int
    end: int
    form: str


@dataclass(frozen=True)
class Layout:
    """Where sentences start and which lines are headline-styled, for judging capital letters;
    with the text's words, read once for every detector."""

    text: str
    initial: frozenset[int]
    title: Span | None
    #: spans of the lines that capitalise most of their longer words (Title Case headlines)
    title_case: tuple[tuple[int, int], ...]
    #: the words (``TOKEN`` matches) in order, with where each starts and ends
    words: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    #: where each word ends as part of a name: a possessive left out (``Macron's`` ends after ``Macron``)
    name_ends: tuple[int, ...]
    capitals: tuple[bool, ...]
    #: the runs of words that follow each other with one space between them, as ranges of
    #: word indexes (a name never spans more; a possessive ends a run)
    runs: tuple[tuple[int, int], ...]
    #: every whole run of word characters: a regex that needs one is not worth running without it
    vocabulary: frozenset[str]

    @cached_property
    def lowercase(self) -> frozenset[str]:
        """The words the text writes in lower case, lowered: a capitalised word among them may be no name
        (built on first use, once for every detector that asks)."""
        return frozenset(word.lower() for word in self.words if word[0].islower())

    def in_title(self, pos: int) -> bool:
        """True when ``pos`` lies in the document's title."""
        return self.title is not None and self.title.start <= pos < self.title.end

    def title_case_line(self, pos: int) -> bool:
        """True when ``pos`` lies on a Title Case line, where capitals say nothing about names."""
        return any(start <= pos < end for start, end in self.title_case)


def overlaps(occurrence: Occurrence, spans: Iterable[tuple[int, int]]) -> bool:
    """True when ``occurrence`` overlaps one of ``spans``."""
    return any(a < occurrence.end and occurrence.start < b for a, b in spans)


def layout(text: str, segments: Iterable[Segment], title: Span | None) -> Layout:
    """The layout of ``text``: offsets of words that start a segment or follow an opening quote,
    bracket, colon or dash; the title's span; the Title Case lines; the words and their runs."""
    # the text cut into gap, word, gap, word..., gap: the words' offsets add up in C, not in a loop
    parts = _SPLIT_WORDS.split(text)
    bounds = list(accumulate(map(len, parts)))
    words = parts[1::2]
    starts, ends = bounds[:-1:2], bounds[1::2]
    possessive = [word.endswith(POSSESSIVES) for word in words]
    capitals = [word[0].isupper() for word in words]
    offsets = set()
    for segment in segments:
        match = TOKEN.search(segment.text)
        if match:
            offsets.add(segment.start + match.start())
    # an opening mark right before a word, or before one white space and the word
    word_starts = set(starts)
    offsets.update(m.end() for m in _OPENED.finditer(text) if m.end() in word_starts)
    breaks = [index for index, gap in enumerate(parts[2:-1:2], 1) if gap not in _NAME_GAP or possessive[index - 1]]
    edges = [0, *breaks, len(words)] if words else []
    return Layout(
        text, frozenset(offsets), title, _title_case_lines(text, words, starts, capitals), tuple(words),
        tuple(starts), tuple(ends), tuple([end - 2 if cut else end for end, cut in zip(ends, possessive)]),
        tuple(capitals), tuple(pairwise(edges)), frozenset(_WORD.findall(text)),
    )


def _title_case_lines(text: str, words: Sequence[str], starts: Sequence[int], capitals: Sequence[bool]
                      ) -> tuple[tuple[int, int], ...]:
    """Spans of the lines where at least 70% of three or more words longer than three letters are capitalised."""
    found = []
    first = 0
    longer = [len(word) > 3 for word in words]
    for line in _LINE.finditer(text):
        last = bisect_left(starts, line.end(), first)  # a word never crosses a line break
        count = sum(longer[first:last])
        if count >= 3 and sum(compress(capitals[first:last], longer[first:last])) >= 0.7 * count:
            found.append((line.start(), line.end()))
        first = last
    return tuple(found)


def run_spellings(form: str, firsts: str, plural: bool) -> tuple[frozenset[str], ...]:
    """The spellings of each run of word characters of ``form`` in a match of a pattern for it,
    the longest run first (it is the rarest).

    The pattern matches ``form`` verbatim but for its first character (any of ``firsts``)
    and, when ``plural``, an ``s`` after it, with no word character on either side. Each
    run of the form then stands between the form's own non-word characters or at an edge
    of the match, so it is a whole run of the text too: a text whose
    :attr:`Layout.vocabulary` lacks all its spellings holds no match.
    """
    found = []
    for run in sorted(_WORD.finditer(form), key=lambda m: -len(m.group())):
        word = run.group()
        spellings = {first + word[1:] for first in firsts} if run.start() == 0 else {word}
        if plural and run.end() == len(form):
            spellings |= {spelling + "s" for spelling in spellings}
        found.append(frozenset(spellings))
    return tuple(found)


def may_hold(vocabulary: frozenset[str], spellings: Iterable[frozenset[str]]) -> bool:
    """False when ``vocabulary`` lacks every spelling of one run (see :func:`run_spellings`)."""
    return all(not vocabulary.isdisjoint(spelling) for spelling in spellings)


#: letters that Unicode gives no decomposition, so that dropping combining marks leaves them as they are, written as
#: the plain letter English and other languages' spellings put for them (``Mørk``, ``Mörk``, ``Mork``; ``Łódź``,
#: ``Lodz``); one letter for one, so that positions in a word keep
_UNDECOMPOSED = str.maketrans({
    "\N{LATIN SMALL LETTER O WITH STROKE}": "o", "\N{LATIN CAPITAL LETTER O WITH STROKE}": "O",
    "\N{LATIN SMALL LETTER L WITH STROKE}": "l", "\N{LATIN CAPITAL LETTER L WITH STROKE}": "L",
    "\N{LATIN SMALL LETTER D WITH STROKE}": "d", "\N{LATIN CAPITAL LETTER D WITH STROKE}": "D",
    "\N{LATIN SMALL LETTER H WITH STROKE}": "h", "\N{LATIN CAPITAL LETTER H WITH STROKE}": "H",
    "\N{LATIN SMALL LETTER DOTLESS I}": "i",
})


def unaccented(word: str) -> str:
    """``word`` without its combining accents (``Montréal`` becomes ``Montreal``), and its letters with a stroke
    plain (``Mørk`` becomes ``Mork``, ``Łódź`` becomes ``Lodz``)."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).translate(_UNDECOMPOSED)


def has_accent(word: str) -> bool:
    """True when ``word`` has a letter outside plain ASCII (``Nestlé``, ``Erdoğan``)."""
    return any(c.isalpha() and not c.isascii() for c in word)


def surface(form: str) -> str:
    """A form as compared for identity: case and the apostrophe's shape do not count."""
    return form.lower().replace("\N{RIGHT SINGLE QUOTATION MARK}", "'")


def stands_alone(lay: Layout, start: int, end: int, form: str, common_noun: bool) -> bool:
    """True when a translated name at ``text[start:end]`` is the name itself, not part of a longer phrase.

    It must not sit on a Title Case line (where every word has a capital), nor
    end a longer name (``News of the World``), follow a capitalised word (``North West
    France``), or come before one (``The World Bank``). A reporting verb or
    the end of the clause may follow it. When its last word is an ordinary
    noun (``World``, ``Bank``), its capital already marks a name, so any verb
    may follow too (``The World launches``); but not an attribute (``the
    World qualifying group``), and after a proper adjective (``Parisian``) no
    other word, as plain English writes ``the Parisian suburbs``.
    """
    if lay.title_case_line(start):
        return False
    before = _LAST_WORD.search(lay.text, max(0, start - 40), start)
    previous = before.group(1) if before else ""
    if previous == "of":
        head = _LAST_WORD.search(lay.text, max(0, start - 80), before.start())
        if head and head.group(1)[0].isupper() and (form[:4] == "The " or head.start() not in lay.initial):
            return False  # the end of a longer name: News of the World, "End of the World"
    elif previous[:1].isupper() and form[:4] != "The " and previous.lower() not in _LEADERS:
        return False  # North West France
    possessive, word = _NEXT_WORD.match(lay.text, end).groups()
    if possessive or word is None or word in TITLE_FOLLOWERS:
        return True
    # after a name in a noun's clothes, a verb (the World launches, German Bank said), not an attribute
    return common_noun and word[0].islower() and (word in AUXILIARIES or _VERB_END.search(word) is not None)


def glossed(text: str, first: Occurrence, second: Occurrence) -> bool:
    """True when one occurrence glosses the other right beside it: ``Le Monde (The World)``,
    ``the World, or Le Monde``, ``the National Assembly, known in French as the Assemblée nationale``; or when the first stands in a title the bracket after it translates:
    ``“Napoléon le Petit” (“Napoleon the Little”)``."""
    a, b = (first, second) if first.start < second.start else (second, first)
    gap = text[a.end:b.start]
    if 0 < len(gap) <= 40 and _GLOSS_GAP.fullmatch(gap) is not None and gap.strip() != "":
        return True
    return _TITLE_GLOSS_GAP.fullmatch(gap) is not None

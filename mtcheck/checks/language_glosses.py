"""More ways a writer shows that a source term is kept on purpose, for untranslated-span's glosses.

:func:`~.language.translated_beside` asks these besides its own patterns; a term they
find is reported at info severity, as kept on purpose:

- a term named after "known as" whose first words are English spellings of its own
  (``known in France as the plan canicule``, ``the meat pie known as pastel de carne``):
  the span starts after them;
- a title said to be the original one (``Capitale italiana della cultura in the
  original``);
- an office "of" a place with an apposition that says in English what the office is
  (``The préfet of the Somme, the state's representative in the department,``);
- a name followed by a relative clause on its members (``the Eifelverein, whose volunteers marked the
  paths``): a club or an association, which English keeps by its name;
- a word the writer says, later in the sentence, they used in its own language (``not a botellón,” he
  said, using the Spanish word for mass street drinking``).
"""

from __future__ import annotations

import re

from .language_lexicon import load_lexicon
from .language_tokens import ENGLISH_GRAMMAR_WORDS
from .quotes import REPORTING_VERBS

_WORD = r"[^\W\d_][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*"
_OPEN_QUOTE = "[\"\N{LEFT DOUBLE QUOTATION MARK}\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}'\N{LEFT SINGLE QUOTATION MARK}]?"

#: "known as" and the first words of the term before the span: ``known in France as the plan`` canicule,
#: ``known as pastel`` de carne
_KNOWN_AS_LEAD = re.compile(
    r"\b(?:known|called|named|dubbed|termed)[ \t]+(?:in[ \t]+[A-Z]\w+[ \t]+|there[ \t]+|locally[ \t]+|officially[ \t]+"
    r"|simply[ \t]+|here[ \t]+)?as[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+)?" + _OPEN_QUOTE
    + rf"(?P<lead>{_WORD}(?:[ \t]+{_WORD})?)[ \t]+\Z")
#: how far before the span "known as" may stand
_KNOWN_AS_WINDOW = 80


def known_as_term(text: str, start: int) -> bool:
    """Does "known as" (``called``, ``dubbed``…) come right before the term whose later words the span is,
    the term's first one or two words English spellings of its own (``known as the plan`` canicule)? English
    grammar words there (``known as the city of``) make the words the writer's own, not the term's."""
    match = _KNOWN_AS_LEAD.search(text, max(0, start - _KNOWN_AS_WINDOW), start)
    return match is not None and not any(word.lower() in ENGLISH_GRAMMAR_WORDS for word in match.group("lead").split())


#: ``in the original`` right after the span, before punctuation: the writer gives the original title on purpose
_IN_THE_ORIGINAL = re.compile(
    "[\"\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}'\N{RIGHT SINGLE QUOTATION MARK}]?"
    r",?[ \t]+in[ \t]+the[ \t]+original(?:[ \t]+(?:French|German|Spanish|Italian|Portuguese|Dutch|Catalan|Flemish|language))?"
    r"(?=[ \t]*[,.;:)\N{EN DASH}\N{EM DASH}]|[ \t]*$)")


def original_title_after(text: str, end: int) -> bool:
    """Is the span followed by ``in the original`` (``Capitale italiana della cultura in the original, is
    awarded``)?"""
    return _IN_THE_ORIGINAL.match(text, end) is not None


#: the office's place after it, then an apposition between commas or up to a dash or a stop: ``of the Somme,
#: the state's representative in the department,``
_OF_PLACE_APPOSITION = re.compile(
    rf"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w'\N{{RIGHT SINGLE QUOTATION MARK}}-]*"
    rf"(?:[ \t]+(?:[A-Z][\w'\N{{RIGHT SINGLE QUOTATION MARK}}-]*|de|du|des|la|le|di|del|della|da|do|dos|das))*"
    r",[ \t]+(?:the|a|an)[ \t]+(?P<words>[^,.;:!?()\n\"\N{LEFT DOUBLE QUOTATION MARK}]{3,90}?)[ \t]*(?:,|[ \t][\N{EN DASH}\N{EM DASH}]|\.)")
#: English nouns that say what an office or a body is: the apposition must hold one
_ROLE_NOUNS = frozenset(
    "representative representatives head chief official officials officer officers leader director governor mayor "
    "prosecutor prosecutors magistrate magistrates administrator president chair chairman chairwoman council office "
    "body authority court agency service ministry department police commissioner prefect envoy delegate deputy "
    "prosecution judge judges administration executive".split())


def office_explained_after(text: str, end: int) -> bool:
    """Is the span followed by the place it is the office of and an English apposition that says what the office
    is (``The préfet of the Somme, the state's representative in the department,``)? The apposition must name a
    role or a body and read as English, and hold no speaker's verb (``…, the mayor said``)."""
    match = _OF_PLACE_APPOSITION.match(text, end)
    if match is None:
        return False
    words = [w.strip("'\N{RIGHT SINGLE QUOTATION MARK}") for w in match.group("words").split()]
    lower = [w.lower() for w in words]
    if not _ROLE_NOUNS.intersection(lower) or REPORTING_VERBS.intersection(lower):
        return False
    lexicon = load_lexicon()
    return sum(lexicon.is_english(w) for w in words) >= 0.75 * len(words)


#: later in the same sentence, past a speaker's tag, the writer says the word is one of another language: ``not a
#: botellón,” he said, using the Spanish word for mass street drinking``; the language by its capitalised English name
_LANGUAGE_WORD_LATER = re.compile(
    r"[^.!?\n]{0,60}?\b(?:using|uses|used|with|borrowing)[ \t]+(?:the|a)[ \t]+[A-Z][a-z]+[ \t]+"
    r"(?:word|term|expression|name)[ \t]+for\b")


def language_word_named_later(text: str, end: int) -> bool:
    """Does the sentence go on to say that the span is a word of another language, and what it means (``…,” he
    said, using the Spanish word for mass street drinking``)? The writer keeps the word on purpose and glosses it."""
    return _LANGUAGE_WORD_LATER.match(text, end) is not None


#: a relative clause on the members of what the span names: ``, whose volunteers marked the paths``
_MEMBERS_AFTER = re.compile(r",[ \t]+whose[ \t]+(?:\w+[ \t]+)?(?:members|volunteers)\b")


def members_described_after(text: str, start: int, end: int) -> bool:
    """Is a capitalised name followed by a clause on its members (``the Eifelverein, whose volunteers marked the
    paths``)? It names a club or an association, whose name English keeps, and the clause says what it is."""
    return text[start:start + 1].isupper() and _MEMBERS_AFTER.match(text, end) is not None


#: the most words of a name between an abbreviation and the English noun of its kind (``the Ulss 1 Dolomiti health
#: authority``)
_KIND_GAP_WORDS = 3
_NEXT_WORD = re.compile(r"[ \t]+([\w-]+)")


def kind_named_after(text: str, end: int, english: str) -> bool:
    """Is a source abbreviation followed, past at most a few capitalised words or numbers of its name, by the
    English noun of its kind (``The Ulss 1 Dolomiti health authority``, whose English is "local health
    authority")? The writer glosses it as English writes "the NHS trust": a note at most."""
    kind = re.sub(r"\s*\(.*", "", english).split()
    if not kind:
        return False
    cursor, gap = end, 0
    while (word := _NEXT_WORD.match(text, cursor)) is not None:
        cursor = word.end()
        if word.group(1).lower() == kind[-1].lower():
            return True
        if word.group(1).lower() in (k.lower() for k in kind):
            continue  # "health" of "health authority"
        gap += 1
        if gap > _KIND_GAP_WORDS or not (word.group(1)[0].isupper() or word.group(1).isdigit()):
            return False
    return False

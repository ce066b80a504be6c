"""An English apposition that says what a kept name or term is, for untranslated-span's glosses.

``the Stadtrat is the 80-member city parliament``, ``the Conseil d'État, which
hears final appeals``, ``the Assembleia da República, Portugal's parliament``,
``the mascarados, masked horsemen in colourful costumes``: the writer keeps the
name on purpose and explains it, so :func:`~.language.translated_beside`
reports it at info severity. An apposition that is the sentence going on (a
speaker, a clause with its own verb) explains nothing.
"""

from __future__ import annotations

import re
from typing import Sequence

from .language_judgement import NOUN_SLOT
from .language_lexicon import fold as unaccented_lower
from .language_lexicon import load_lexicon
from .language_quotations import COGNATE_STEM
from .language_titles import INSTITUTION_QUALIFIERS
from .language_tokens import ENGLISH_GRAMMAR_WORDS
from .quotes import REPORTING_VERBS

#: a sentence that says in English what the name is: ``the Stadtrat is the 80-member city parliament``
IS_EXPLAINED = re.compile(
    r"(?:\s+[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*){0,3}\s+(?:is|was|are|were)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:parliament|council|assembly|executive|government|court|body|authority|office|agency|regulator|chamber|committee|"
    r"tribunal|prosecutors?|police|guild|brotherhood|association|union|festival|holiday|dish|pastry|tradition)\b")


#: an English name for what the span is, in a clause that calls the span its formal or local name: ``the Câmara
#: Municipal de Faro, as the city council is formally known,``; the name is given on purpose beside its gloss
AS_FORMALLY_KNOWN = re.compile(
    r"[\N{RIGHT DOUBLE QUOTATION MARK}\"']?,?\s+as\s+(?:the|an?|its|their|this)\s+(?:[a-z][\w-]*\s+){1,4}?"
    r"(?:is|are|was|were)\s+(?:(?:formally|officially|locally|properly|also|still)\s+)?(?:known|called|named|styled)\b")

#: an apposition that says in English what a name or term is: ``the Comité Interprofessionnel…, the body
#: that oversees the appellation``, ``the cofradía – the fishermen's guild –``, ``the Conseil d'État, which
#: hears final appeals``, ``“La Maison des absents,” a slow, luminous book``, ``the loi Lang, named after``
_EXPLANATION_AFTER = re.compile(
    # the rest of the name first (``voor Natuur en`` Bos, ``the Agentschap…``), a list of its fields after commas
    # included (``Instituto do Vinho, do Bordado e do Artesanato``): a particle and a capital go on with the name,
    # and so does a qualifier the source language writes in lower case (``Musée national`` Adrien Dubouché)
    r"(?:(?:\s+|,\s+(?=(?:de|del|da|das|do|dos|des|du|di|della|van|von)\s+[A-Z]))(?:[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*|de|la|las|los|del|da|das|do|dos|des|du|di|della|van|von|der|den|het|y|e|et|en|aan|zum|zur"
    rf"|l'[\w-]+|d'[\w-]+|{'|'.join(sorted(INSTITUTION_QUALIFIERS))})){{0,10}}"
    # and its acronym in brackets (``the Agence nationale de l'habitat (ANAH), the state body that…``)
    r"(?:\s*\([A-Z]{2,8}\))?"
    r"[\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}\"']?\s*(?:,|\s[\N{EN DASH}\N{EM DASH}])"
    r"[\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}\"']?\s+"
    # the place's own, in English (``the Koninklijk Museum … Antwerpen, the city's Royal Museum of Fine Arts``)
    r"(?:the\s+(?:city|town|region|country|province|state|canton|island|village|municipality)['\N{RIGHT SINGLE QUOTATION MARK}]s\s+"
    r"(?P<place_own>[A-Za-z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*(?:\s+[A-Za-z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*){0,5})"
    # a name the apposition keeps may stand among its words (``the Porc noir de Bigorre, the black Bigorre pig``)
    r"|(?:the|a|an|its|their)\s+(?P<words>[A-Za-z\d][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*(?:[\s,]+[A-Za-z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*){0,5})"
    # or the country's own: ``the Assembleia da República, Portugal's parliament,``
    r"|[A-Z][\w-]*['\N{RIGHT SINGLE QUOTATION MARK}]s\s+(?P<own>[a-z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*(?:\s+[a-z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*){0,5})"
    r"|which\s+(?:hears|oversees|runs|rules|governs|represents|regulates|manages|advises|acts|handles|decides|"
    # not a perfect tense, which goes on with what the body did (``which has been measuring``, ``which has
    # announced``), where ``which has 80 members`` says what it is; nor whose or where it is, which leaves what it is
    # unsaid (``The visafslag, which is part of the United Fish Auctions group``, ``which is based in``)
    r"supervises|monitors|administers|coordinates|funds|brings|groups|has(?!\s+(?:been|[a-z]+ed)\b)"
    r"|(?:is|was)(?!\s+(?:part|owned|based|located|situated|housed|run|operated)\b))\b"
    # ``Semana Santa, as Holy Week is known in Spain,``, ``the Comune di Venezia, as the city council is officially known``
    r"|as\s+[\w\s'\N{RIGHT SINGLE QUOTATION MARK}-]{2,50}?\s+(?:is|are|was)\s+(?:officially\s+|locally\s+|also\s+|commonly\s+)?(?:known|called)\b"
    r"|(?:named|called)\s+after\b)")


def named_by_its_place(text: str, end: int) -> bool:
    """Is the name ending at ``end`` followed by the place's own name for it in English (``…Antwerpen, the
    city's Royal Museum of Fine Arts``)?"""
    match = _EXPLANATION_AFTER.match(text, end)
    return match is not None and match.group("place_own") is not None and _explains(match)


def explained_after(text: str, start: int, end: int) -> bool:
    """Is the span followed by an apposition in English that says what it is?"""
    match = _EXPLANATION_AFTER.match(text, end)
    if match is None:
        return False
    described = next((group for group in ("words", "own", "place_own") if match.group(group)), None)
    # the name with the rest of it the pattern took (``… de la Moselle``), up to the apposition
    return _explains(match, text[start:match.start(described)] if described else "")


def _explains(match: re.Match[str], original: str = "") -> bool:
    """Does the apposition :data:`_EXPLANATION_AFTER` found say in English what the span is? A word the
    apposition keeps from the ``original`` name, or a cognate of one of its words, counts as English: ``the
    Conseil départemental de la Moselle, the Moselle departmental council`` is its translation."""
    described = match.group("words") or match.group("own") or match.group("place_own")
    if described is None:
        return True
    written = described.replace(",", " ").split()
    words = [word.lower() for word in written]
    # only the apposition's first part can name a speaker: in ``Transportes Urbanos de Braga, the municipal
    # bus company, says…`` the verb after its closing comma is the sentence's own
    first_part = described.split(",", 1)[0].lower().split()
    if REPORTING_VERBS.intersection(first_part):
        return False  # “…,” the union leader said: the speaker, not an explanation
    if _opens_clause(first_part):
        return False  # "According to the IHK, the investment is one of…": the sentence's own subject and verb
    # ``Portugal's parliament``: one English noun after a country's name says what the name is
    least = 1 if match.group("own") or match.group("place_own") else 2
    kept = {unaccented_lower(word) for word in _ENGLISH_WORD_OR_ACCENTED.findall(original)}
    stems = {word[:COGNATE_STEM] for word in kept if len(word) >= COGNATE_STEM}
    reads_english = [load_lexicon().is_english(word) or unaccented_lower(word) in kept
                     or (len(word) >= COGNATE_STEM and unaccented_lower(word)[:COGNATE_STEM] in stems) for word in words]
    english = sum(reads_english)
    # a name inside the apposition (``the festival held in Namur``, ``the song by Gilles Vigneault``) is a word
    # of neither language: it counts for neither side
    names = sum(1 for word, known in zip(written[1:], reads_english[1:]) if word[:1].isupper() and not known)
    return english >= max(least, 0.75 * (len(words) - names))


#: a lone lower-case term after a determiner, then a comma and up to six lower-case words: ``the mascarados,
#: masked horsemen in colourful costumes``
_TERM_THEN_WORDS = re.compile(r",[ \t]+(?P<words>[a-z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*"
                              r"(?:[ \t]+[a-z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*){1,5})")
#: sentence adverbs that open the sentence's own words after a comma (``the alcaldesa, meanwhile, said``)
_SENTENCE_ADVERBS = frozenset("meanwhile however though moreover furthermore nevertheless nonetheless therefore hence "
                              "besides otherwise likewise instead".split())


def term_described_after(text: str, start: int, end: int) -> bool:
    """Is a lone lower-case source term in a noun's place followed by a bare English apposition that describes
    it (``the mascarados, masked horsemen in colourful costumes``: a plural term needs no article before its
    description)? Not the sentence going on after a comma: an adverb (``, meanwhile,``), a speaker (``, officials
    said``), a clause with its own verb (``, police and residents gathered``, ``, the team is``)."""
    term = text[start:end]
    if not term.isalpha() or not term.islower() or NOUN_SLOT.search(text, max(0, start - 12), start) is None:
        return False
    match = _TERM_THEN_WORDS.match(text, end)
    if match is None:
        return False
    words = match.group("words").split()
    first = words[0]
    if first in ENGLISH_GRAMMAR_WORDS or first in _SENTENCE_ADVERBS or first.endswith("ly"):
        return False
    if REPORTING_VERBS.intersection(words) or _opens_clause(words) or any(w.endswith("ed") for w in words[1:]):
        return False
    lexicon = load_lexicon()
    return sum(lexicon.is_english(word) for word in words) >= 0.75 * len(words)


#: the words of a name, accented letters included (``départemental``)
_ENGLISH_WORD_OR_ACCENTED = re.compile(r"[^\W\d_]+")


#: verbs that make the words after a span's comma a clause (``, the investment is…``) when no relative
#: word comes before them (``, the court that is hearing the case`` is an apposition)
_CLAUSE_VERBS = frozenset("is are was were has have had will would can could may might must should shall does did".split())
_RELATIVE_WORDS = frozenset("that which who whom whose where".split())


def _opens_clause(words: Sequence[str]) -> bool:
    """Do the lower-case ``words`` after a comma hold a verb before any relative word: the sentence's
    own clause (``the investment is one of the largest``), not an apposition?"""
    for word in words:
        if word in _RELATIVE_WORDS:
            return False
        if word in _CLAUSE_VERBS:
            return True
    return False

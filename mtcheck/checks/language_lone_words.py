"""A capitalised word alone: a source word, a source noun, or a name English keeps.

:mod:`.language_names` hands each capitalised word that makes no longer name
to :func:`mark_lone_word`: a source article before lower-case words, a German
noun (``the Oberbürgermeister``), a source office after "the" (``the
Procura``), a source weekday after an English dating word (``on Samstag``)
stay source words; a river's, a place's or a club's name (``the river Este``,
``a square in Liberdade``, ``the match against Como``) is a name.
"""

from __future__ import annotations

import re

from .language_german import (
    GERMAN_NOUN_LETTERS, compound_languages, dutch_body, dutch_office, german_adjective, german_article_before_noun,
    german_compound, german_short_compound, german_title_holder, german_works,
)
from .language_homographs import AFTER_NOUN, DETERMINERS
from .language_lexicon import Lexicon
from .language_titles import INSTITUTION_QUALIFIERS, one_title
from .language_tokens import (
    CAP, DIA, EN, ENGLISH_GRAMMAR_WORDS, EXO, NAME, NUM, ORD, SRC, UNK, WEAK, Token, joined,
)

#: English words that open a clause's subject: a source adverb before one starts the clause (``Trotzdem
#: the home side``), where a name is followed by its verb (``Como will``)
_SUBJECT_OPENERS = frozenset("the a an this that these those his her its our their my your we they he she it i you "
                             "there some many most all both each every no".split())


def conjunction_before_english(tokens: list[Token], index: int) -> bool:
    """Is the token at ``index`` a source conjunction or adverb (no preposition, no article) before an
    English word or a number (``Como will``, ``Como 1907``), but not before the subject of a clause it
    opens (``Trotzdem the team``)? A word that is English and a source word too counts from four
    letters (``will``, not ``des``)."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return (tokens[index].kinds == {"function"} and following is not None
            and following.text.lower() not in _SUBJECT_OPENERS
            and (following.cls in (EN, NUM) or (following.cls == WEAK and len(following.text) > 3)))


#: a lower-case English word mid-sentence before a town's or a club's name (``the match against Como``)
_FIXTURE_WORDS = frozenset("against at in to from beat beats play plays played visit visits visited host hosts hosted "
                           "face faces faced near".split())


def _after_fixture_word(text: str, tokens: list[Token], index: int) -> bool:
    """Is a capitalised source conjunction or adverb alone right after a lower-case English preposition or a
    fixture's verb (``the opening match against Como in two weeks``)? Mid-sentence, it is a town or a club."""
    return (tokens[index].kinds == {"function"} and index > 0 and tokens[index - 1].text in _FIXTURE_WORDS
            and joined(text, tokens[index - 1], tokens[index]))


#: English nouns of natural features that British English writes in lower case before the feature's name (``the
#: river Este``, ``the rivers Douro and Tâmega``); capitalised, the noun is part of the name already (``the River Este``)
_FEATURE_NOUNS = frozenset("river rivers lake lakes mount island islands isle bay cape gulf canal creek stream brook "
                           "glacier lagoon estuary strait".split())


def _names_feature(text: str, tokens: list[Token], index: int) -> bool:
    """Does a lower-case noun of a natural feature come right before the capitalised word at ``index``
    (``the river Este``)? The word is the feature's name, whatever source word it also spells."""
    if index == 0:
        return False
    before = tokens[index - 1]
    return before.text in _FEATURE_NOUNS and joined(text, before, tokens[index])


#: English nouns of a transport service after its brand (``Avant trains``, ``the Intercités services``)
_SERVICE_NOUNS = frozenset("train trains service services shuttle shuttles".split())


def _names_service(text: str, tokens: list[Token], index: int) -> bool:
    """Is the capitalised word at ``index`` in mid-sentence, after a word and a space only (no quotation mark
    or colon that would open a source sentence), right before an English noun of a transport service? It is the
    service's brand; a source word English lacks is no capitalised modifier of "trains"."""
    return (0 < index < len(tokens) - 1 and tokens[index + 1].text in _SERVICE_NOUNS
            and joined(text, tokens[index - 1], tokens[index]) and joined(text, tokens[index], tokens[index + 1]))


def mark_lone_word(text: str, tokens: list[Token], index: int, lexicon: Lexicon) -> None:
    """A capitalised word alone: a source word among source words, the noun of a source
    article, a capitalised article before lower-case words, or else a name."""
    token = tokens[index]
    if _names_feature(text, tokens, index):
        token.cls = NAME  # "the river Este": a river's name, not the Portuguese "este" (east, this)
        return
    if _names_service(text, tokens, index):
        token.cls = NAME  # "cuts to Avant trains": Renfe's brand, not the French "avant" (before)
        return
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    after_the = index > 0 and tokens[index - 1].text == "the"  # "along the Seine": English names it
    if (token.kinds & {"articles", "prepositions", "function"} and following is not None
            and not following.capitalised and joined(text, token, following)
            and not conjunction_before_english(tokens, index) and not after_the
            and not _after_fixture_word(text, tokens, index)
            and not _ends_list_of_names(text, tokens, index)):
        return  # "Les reportages télévisés": a capitalised article is no name by itself ("La." is Louisiana,
        # "according to Della, does" a surname)
    if _source_noun(tokens, index, lexicon):
        return  # "am vergangenen Dienstag", "Assemblée nationale": stays a source word
    before = tokens[index - 1] if index > 0 else None
    if before is not None and before.cls == SRC and "articles" in before.kinds:
        token.cls = CAP  # "des Unternehmens", "la Provence": the article's noun
    elif before is not None and joined(text, before, token) and _german_article_noun(before, token, lexicon):
        before.cls, token.cls = SRC, CAP  # "[die Verbraucher]": English "die" is never lower-case before a noun
    elif following is not None and following.text in _PLACE_NOUNS | _PLACE_PLURALS and joined(text, token, following):
        token.cls = NAME  # "the new Liberdade station", "the San Blas and Universidad districts": a place's name
    elif _NAMES_THEN_PLACE_PLURAL.match(text, token.end) is not None:
        token.cls = NAME  # "the Universidad and San Blas districts": the first of a list of places' names
    elif _named_place(text, tokens, index):
        token.cls = NAME  # "a square in Liberdade", where the text has "the Liberdade neighbourhood" too
    elif _german_noun(token, lexicon):
        return  # "the Oberbürgermeister": a German noun of the news lists, never a name by itself
    elif _works_as_common_noun(text, tokens, index, lexicon):
        # "the Studentenwerk has": a German works or welfare body as a common noun, which English translates
        token.cls, token.languages, token.kinds = SRC, frozenset({"de"}), frozenset({"common"})
    elif _source_day(tokens, index):
        return  # "on Samstag afternoon": a source weekday or month where English dates
    elif token.cls == SRC and token.text.lower() in lexicon.noun_homographs:
        return  # "the Intendant of the theatre": a source noun where a noun stands, not a name
    elif _title_before_name(text, tokens, index, lexicon):
        return  # "said the Rettore, Paolo Demontis,": a source office set before the name of the one who holds it
    elif _german_office_after_determiner(text, tokens, index, lexicon):
        # "Andreas Kolb, the Förster responsible for": a German office-holder, which English translates
        token.cls, token.languages, token.kinds = SRC, frozenset({"de"}), frozenset({"common"})
    elif _office_after_the(tokens, index, lexicon):
        # "according to the Procura", "the Mairie of Lyon": a source office, which English translates
        if following is not None and following.text in INSTITUTION_QUALIFIERS and joined(text, token, following):
            one_title((token, following))  # "the Collège provincial"
    else:
        token.cls = NAME


def _works_as_common_noun(text: str, tokens: list[Token], index: int, lexicon: Lexicon) -> bool:
    """Is the capitalised word a German works' compound (``Studentenwerk``, ``Klärwerk``) used as a common noun:
    after a determiner, and before punctuation, the sentence's end, a word that follows a noun or a verb in the past
    (``the Studentenwerk has``, ``the Klärwerk reached``)? A company bears the same ending, but English names it
    without an article (``Hoferwerk is``) or puts it before the noun it qualifies (``the Hoferwerk plant``)."""
    token = tokens[index]
    if index == 0 or tokens[index - 1].text.lower() not in DETERMINERS or not german_works(token.text, lexicon):
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return (following is None or not joined(text, token, following) or following.text.lower() in AFTER_NOUN
            or (following.text.islower() and following.text.endswith("ed")))


#: English conjunctions that join the last item of a list to the others
_LIST_CONJUNCTIONS = frozenset({"and", "or"})


def _ends_list_of_names(text: str, tokens: list[Token], index: int) -> bool:
    """Is the capitalised word at ``index`` the last of a list of names (``the islands of Molène, Ouessant and
    Sein``), after English "and" or "or" and a name before it with a comma or nothing between? A source
    article or pronoun capitalised there is a place's or a person's name, not the start of source text."""
    if index < 2 or tokens[index - 1].text not in _LIST_CONJUNCTIONS:
        return False
    named = tokens[index - 2]
    return named.cls == NAME and named.capitalised and "," not in text[named.end:tokens[index - 1].start]


#: English nouns a family name comes before (``the Förster family``, ``the Leiter case``)
_AFTER_SURNAME = frozenset("family families case trial affair brothers sisters couple household estate".split())


def _german_office_after_determiner(text: str, tokens: list[Token], index: int, lexicon: Lexicon) -> bool:
    """Is the capitalised word alone a German office-holder that is a surname too (``Förster``, ``Leiter``,
    ``Direktor``), right after a determiner and before a lower-case word that is no noun a family name comes before
    (``the Förster responsible for the district``)? English puts no article before a surname: there it is the
    office, which English translates (the forester, the head)."""
    token = tokens[index]
    if index == 0 or tokens[index - 1].text.lower() not in DETERMINERS or not german_title_holder(token.text, lexicon):
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    # before punctuation the writer may be explaining the word (``The Landrat, as the elected head … is known``)
    return (following is not None and joined(text, token, following) and not following.capitalised
            and following.text.lower() not in _AFTER_SURNAME)


#: heads of the institution lists that English writers also use alone for one building (Cannes's "the Palais")
_BUILDINGS_NAMED_ALONE = frozenset({"Palais"})


def _office_after_the(tokens: list[Token], index: int, lexicon: Lexicon) -> bool:
    """Is the capitalised word alone an institution's head of a source language that English lacks, right
    after English "the" (``according to the Procura,``, ``the Mairie of Lyon``)? A name after "the" is a
    river or a region's (``along the Seine``); an office is a common noun English translates."""
    token = tokens[index]
    return ("institutions" in token.kinds and not lexicon.is_english(token.text) and index > 0
            and tokens[index - 1].text.lower() == "the" and token.text not in _BUILDINGS_NAMED_ALONE)


#: the fewest capitalised words of a person's name after an office (``Paolo Demontis``)
NAME_WORDS = 2


def _title_before_name(text: str, tokens: list[Token], index: int, lexicon: Lexicon) -> bool:
    """Is the capitalised word alone a news noun of one source language's lists, no English word, between a
    determiner and a comma before a person's name of capitalised words of no list (``said the Rettore, Paolo
    Demontis, presenting``)? English sets a person's office so before the name (``the rector, Paolo
    Demontis,``): the word is the office left untranslated, as a place or a building is not set before a
    person's name."""
    token = tokens[index]
    if (token.cls != SRC or not token.kinds & {"common", "institutions"} or len(token.languages) != 1
            or index == 0 or tokens[index - 1].text.lower() not in DETERMINERS or lexicon.is_english(token.text)):
        return False
    name = tokens[index + 1:index + 1 + NAME_WORDS]
    if len(name) < NAME_WORDS or text[token.end:name[0].start].strip() != ",":
        return False
    return (all(t.capitalised and t.cls in (CAP, NAME) and not t.kinds for t in name)
            and all(joined(text, left, right) for left, right in zip(name, name[1:])))


#: English words that date what follows them: a capitalised source weekday or month there is no name
_DATING_WORDS = frozenset("on last next this until till by from every since before after".split())


def _source_day(tokens: list[Token], index: int) -> bool:
    """Is a capitalised weekday or month of a source language dated by the English word before it
    (``on Samstag``, ``until Dezember``)?"""
    token = tokens[index]
    return (token.cls == SRC and "dates" in token.kinds and index > 0
            and tokens[index - 1].text.lower() in _DATING_WORDS)


def _german_noun(token: Token, lexicon: Lexicon) -> bool:
    """A capitalised word of one source language's news lists (``Betriebsrat``, ``Ayuntamiento``), long,
    and no English word; or a long German compound by its ending (``Landesbauernverband``), or a short German compound
    by its head (``Kurtaxe``, ``Notarzt``, ``Hofladen``), which may be shorter."""
    if token.cls in (CAP, NAME) and german_short_compound(token.text, lexicon):
        token.cls, token.languages, token.kinds = SRC, frozenset({"de"}), frozenset({"common"})
        return True
    if len(token.text) < GERMAN_NOUN_LETTERS or lexicon.is_english(token.text):
        return False
    if german_adjective(token.text) and not german_compound(token.text, lexicon):
        return False  # "Leipziger": an adjective that starts a name; "Quereinsteiger" only ends like one
    if token.cls == SRC:
        # "the Betriebsrat", "the Ayuntamiento": a long news noun of one source language, never a name by itself
        return len(token.languages) == 1 and bool(token.kinds & {"common", "institutions"})
    if token.cls in (CAP, NAME) and german_compound(token.text, lexicon):
        token.cls, token.languages, token.kinds = SRC, compound_languages(token.text), frozenset({"common"})
        return True
    if token.cls in (CAP, NAME) and dutch_body(token.text, lexicon):
        # "the Onderwijsinspectie": Dutch compounds its bodies' names as German does
        token.cls, token.languages, token.kinds = SRC, frozenset({"nl"}), frozenset({"institutions"})
        return True
    if token.cls in (CAP, NAME) and dutch_office(token.text, lexicon):
        # "Sportschepen Ruben Dhondt said": a Dutch office first in the sentence, before its holder's name
        token.cls, token.languages, token.kinds = SRC, frozenset({"nl"}), frozenset({"common"})
        return True
    return False


def _german_article_noun(article: Token, noun: Token, lexicon: Lexicon) -> bool:
    """:func:`german_article_before_noun` on tokens."""
    return article.cls == WEAK and german_article_before_noun(article.text, noun.text, lexicon)


def _source_noun(tokens: list[Token], index: int, lexicon: Lexicon) -> bool:
    """Is a lone capitalised word a source noun (German capitalises them) next to source words?"""
    token = tokens[index]
    if token.cls != SRC or not token.kinds & {"common", "institutions", "dates"}:
        return False
    neighbours = tokens[max(0, index - 1):index] + tokens[index + 1:index + 2]
    # an English grammar word beside it ("in Guarda and") is no source word: the capital makes a place
    return any(t.cls in (SRC, DIA, UNK, ORD, EXO) or (t.cls == WEAK and t.kinds and t.text.lower() not in ENGLISH_GRAMMAR_WORDS)
               for t in neighbours)


#: English nouns of places that a name comes before (``Liberdade station``, ``Ayuntamiento square``, ``the
#: Dreifaltigkeit area``: a district's name, whatever German noun it spells)
_PLACE_NOUNS = frozenset(
    "station stations square street avenue bridge park district neighbourhood neighborhood quarter stadium hall "
    "market airport church cathedral beach river valley tunnel metro line stop campus area suburb borough parish "
    "village hamlet".split()
)
#: the plurals of the place nouns, after a list of names (``the San Blas and Universidad districts``)
_PLACE_PLURALS = frozenset(
    "stations squares streets avenues bridges parks districts neighbourhoods neighborhoods quarters stadiums halls "
    "markets airports churches cathedrals beaches rivers valleys tunnels lines stops campuses areas suburbs boroughs "
    "parishes villages hamlets".split()
)
#: a place noun right after a word (``Liberdade neighbourhood``, ``Universidad districts``)
_PLACE_NOUN_AFTER = re.compile(rf"[ \t\N{{NO-BREAK SPACE}}]+(?:{'|'.join(sorted(_PLACE_NOUNS | _PLACE_PLURALS))})\b")
#: the rest of a list of capitalised names that ends on a plural place noun, after the list's first name
#: (``Universidad`` and San Blas districts, ``Centro``, Norte and Sur neighbourhoods)
_NAMES_THEN_PLACE_PLURAL = re.compile(
    r"(?:(?:,[ \t\N{NO-BREAK SPACE}]*|,?[ \t\N{NO-BREAK SPACE}]+(?:and|or|&)[ \t\N{NO-BREAK SPACE}]+)"
    r"[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*"
    r"(?:[ \t\N{NO-BREAK SPACE}]+[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*){0,2}){1,4}"
    rf"[ \t\N{{NO-BREAK SPACE}}]+(?:{'|'.join(sorted(_PLACE_PLURALS))})\b")


#: a bare English preposition that only a place follows without an article (``a square in Liberdade``); not
#: ``of`` or ``to``, which an office follows so too (``the post of Bürgermeister``, ``elected to Senado``)
_PLACE_ONLY_PREPOSITION_BEFORE = re.compile(
    r"(?<![\w-])(?:in|near|around|outside|from|across|through)[ \t\N{NO-BREAK SPACE}]+\Z", re.IGNORECASE)

#: the prepositions of place that never take a bare common noun (not "in" or "from": ``workers in Kurzarbeit``,
#: ``suffering from Lehrermangel``)
_NEAR_BEFORE = re.compile(r"(?<![\w-])(?:near|outside)[ \t\N{NO-BREAK SPACE}]+\Z", re.IGNORECASE)


def _named_place(text: str, tokens: list[Token], index: int) -> bool:
    """Is the capitalised source word alone a place's name: right after a bare English preposition of place
    (``a square in Liberdade``: English puts an article before a common noun, not before a neighbourhood's
    name), or before a place noun elsewhere in the text (``the Liberdade neighbourhood``) where no determiner
    makes it a noun (``the Ayuntamiento`` stays the council)? A weekday or a month (``from Dezember``) and a
    body (``in Prefeitura``) are no place. Any other capitalised word alone is a name already."""
    token = tokens[index]
    if token.kinds & {"dates", "institutions"}:
        return False
    if token.cls != SRC:
        # a capitalised word of no list, that a German compound's ending alone would make a noun (``a tunnel near
        # Hirschsprung``): "near" and "outside" take a common noun only with an article, so a bare one names a place
        return token.cls in (CAP, NAME) and _NEAR_BEFORE.search(text, max(0, token.start - 10), token.start) is not None
    if _PLACE_ONLY_PREPOSITION_BEFORE.search(text, max(0, token.start - 12), token.start) is not None:
        return True
    if index > 0 and tokens[index - 1].text.lower() in DETERMINERS:
        return False
    word = re.escape(token.text)
    return any(_PLACE_NOUN_AFTER.match(text, found.end())
               for found in re.finditer(rf"(?<![\w'\N{{RIGHT SINGLE QUOTATION MARK}}-]){word}(?![\w-])", text))

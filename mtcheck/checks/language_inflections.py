"""Source nouns in a form the word lists do not spell out: a feminine or a plural of a listed noun.

``corpora/function_words.yaml`` lists the news nouns and offices of each source
language mostly in one form (``procureur``, ``sindaco``, ``abogado``); a
translation leaves the other forms behind as well (``the procureure asked``,
``the sindaci of the valley``, ``two abogadas``). Each language makes them with a
few regular endings, so a form is brought back to the listed one (the plural
first, then the feminine) and looked up there, in the same language only: an
Italian ending never reaches a French noun.
"""

from __future__ import annotations

from .language_lexicon import Lexicon, fold

#: per source language, (ending of a plural, ending of its singular): ``procureures`` → ``procureure``,
#: ``sindaci`` → ``sindaco``, ``avvocate`` → ``avvocata``, ``vereadores`` → ``vereador``. German is left out (it
#: capitalises its nouns: a name's path judges them), and so is Dutch (its plurals and feminines are not regular
#: enough to be brought back by their ending alone)
PLURALS: dict[str, tuple[tuple[str, str], ...]] = {
    "fr": (("s", ""), ("x", ""), ("aux", "al")),
    "it": (("i", "o"), ("i", "e"), ("e", "a")),
    "es": (("s", ""), ("es", "")),
    "pt": (("s", ""), ("es", ""), ("ões", "ão"), ("ãs", "ã")),
}
#: per source language, (ending of a feminine, ending of its masculine): ``procureure`` → ``procureur``,
#: ``conseillère`` → ``conseiller``, ``professoressa`` → ``professore``, ``abogada`` → ``abogado``
FEMININES: dict[str, tuple[tuple[str, str], ...]] = {
    "fr": (("e", ""), ("euse", "eur"), ("rice", "eur"), ("ère", "er"), ("nne", "n"), ("lle", "l"), ("tte", "t")),
    "it": (("a", "o"), ("a", "e"), ("essa", "e"), ("essa", "o"), ("trice", "tore")),
    "es": (("a", "o"), ("a", ""), ("a", "e"), ("esa", "e")),
    "pt": (("a", "o"), ("a", ""), ("a", "e"), ("esa", "e"), ("ã", "ão")),
}
#: endings of forms that English shares, per language: English makes offices and bodies in ``-ate`` of the Latin
#: stems French makes them in ``-at`` (``rectorate``, ``consulate``, ``syndicate``), so a French feminine in ``-ate``
#: is not told from an English word the word list lacks (the listed ones, ``avocate``, stay listed)
_SHARED_ENDINGS: dict[str, tuple[str, ...]] = {"fr": ("ate", "ates")}
#: the fewest letters of a form, and of the listed noun it is brought back to: shorter words are grammar words
#: and abbreviations, whose endings say nothing
INFLECTED_LETTERS = 5
LISTED_LETTERS = 4
#: the kinds of the lists that name things, people and bodies (not grammar words or dates)
_NEWS_NOUN_KINDS = frozenset({"common", "institutions"})


def inflected_source_noun(word: str, lexicon: Lexicon) -> frozenset[str]:
    """The languages in which the lower-case ``word``, in no list and no English word, is a feminine or a plural
    of a news noun or office of that language's lists, no form it comes from an English word (``procureure``:
    French ``procureur``); empty when it is none (``parquets``: English has "parquet"; ``nationales``: English has
    "national"; ``piazzas``: Italian makes no plural in ``-s``)."""
    if len(word) < INFLECTED_LETTERS or not word.isalpha() or not word.islower() or lexicon.kinds(word):
        return frozenset()
    if lexicon.is_english_spelling(word) or (fold(word),) in lexicon.loanwords:
        return frozenset()  # "pistes": a loanword English makes plural its own way
    found = set()
    for language in PLURALS:
        if word.endswith(_SHARED_ENDINGS.get(language, ())):
            continue
        forms = [form for form in _base_forms(word, language) if len(form) >= LISTED_LETTERS]
        if any(lexicon.is_english_spelling(form) for form in forms):
            # "Archives nationales": a form of a word English shares (national), which a name English keeps may carry
            continue
        if any(_listed_noun(form, language, lexicon) for form in forms):
            found.add(language)
    return frozenset(found)


def _base_forms(word: str, language: str) -> set[str]:
    """The forms ``word`` may come from in ``language``: its singular, its masculine, the masculine singular."""
    singulars = {word} | set(_replace_endings(word, PLURALS[language]))
    forms = set(singulars)
    for singular in singulars:
        forms.update(_replace_endings(singular, FEMININES[language]))
    forms.discard(word)
    return forms


def _replace_endings(word: str, rules: tuple[tuple[str, str], ...]) -> list[str]:
    """``word`` with each ending of ``rules`` it has turned into the ending it comes from."""
    return [word[:len(word) - len(ending)] + listed for ending, listed in rules if word.endswith(ending)]


def _listed_noun(form: str, language: str, lexicon: Lexicon) -> bool:
    """Is ``form`` a news noun of ``language``'s lists?"""
    kinds = lexicon.kinds(form)
    return any(language in kinds.get(kind, ()) for kind in _NEWS_NOUN_KINDS)

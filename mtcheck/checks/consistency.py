"""Consistency checks: one entity spelled two ways in one document.

Machine translation transliterates each sentence on its own, and a scraper
often pairs a headline from one source with a body from another, so a single
article ends up with ``Kiev`` in the headline and ``Kyiv`` in the body,
``Zelensky`` beside ``Zelenskyy``, or ``Le Parisien`` beside its translation
``The Parisian``. Known groups of variants live in ``corpora/name_variants.tsv``
(shipped as ``mtcheck.corpora``, read by ``name_table.py``); generic detectors
add names written with and without accents, hyphens or spaces
(``name_forms.py``), foreign names beside their word-by-word translation
(``name_calques.py``), and transliteration variants of capitalised words that
the table does not know.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import chain, combinations
from typing import Any, Callable, Collection, Iterable, Iterator, Sequence

from ..model import Finding, Scope, Severity
from .base import Check, CheckContext, Example
from .language import named_by_its_place, translated_beside
from .language_lexicon import SOURCE_LANGUAGES, load_lexicon
from .language_spans import enclosing
from .name_calques import calques
from .name_forms import (
    AUXILIARIES, POSSESSIVES, TITLE_FOLLOWERS, UMLAUTS, Layout, Occurrence, glossed, has_accent, layout, may_hold,
    overlaps, spelling_variants, stands_alone, unaccented,
)
from .name_table import KINDS, VariantGroup, groups_by_word, load_groups, table_forms
from .name_translations import translated_names
from .quotes import REPORTING_VERBS

#: particles between a given name and the surname (``Mohammed bin Salman``)
_NAME_PARTICLES = frozenset("bin ibn al el de du da di del della degli dei delle van von der den le la ben abu am im zum zur "
                            "des do dos das ter ten".split())
_FOLLOWING_WORD = re.compile(r"[ \t\N{NO-BREAK SPACE}]+(\w+)")
#: a run of word characters
_WORD = re.compile(r"\w+")
#: spelling pairs that transliteration systems swap, applied in order to a lowercased, unaccented word
_TRANSLITERATION_RULES = (
    (re.compile(r"['\-]"), ""),
    # Giménez, Jiménez; inside a word too: Portuguese Lages, Lajes
    (re.compile(r"g+(?=[ei])"), "j"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"ph"), "f"),  # Stephanie, Stefanie; Philipp, Filipp
    # an N or an M before a labial, as old and new spellings write it: Lanfranco, Lamfranco
    (re.compile(r"n(?=[bpf])"), "m"),
    (re.compile(r"(?<=.)sch"), "s"),  # Dutch and German: Boschman, Bosman
    # Spanish and Basque: Echeberria, Echeverría; a doubled B too, which the fold of doubled letters below would
    # otherwise leave a B where the single one became a V (Rubbiano, Rubiano)
    (re.compile(r"(?<=[aeiou])b+(?=[aeiou])"), "v"),
    (re.compile(r"ou"), "u"),
    (re.compile(r"tch"), "ch"),
    (re.compile(r"tx"), "ch"),  # Basque and Catalan: Etxeberria, Echeberria
    (re.compile(r"x"), "ks"),
    # the Basque K of a Spanish QU, not in a word's first letter nor after a C (Becker): Urkieta, Urquieta
    (re.compile(r"(?<=[a-bd-z])k(?=[ei])"), "qu"),
    (re.compile(r"(?<=.)qu(?=[ei])"), "ch"),  # French and Spanish for Italian: Marquetti, Marchetti
    (re.compile(r"qu"), "kw"),  # German: Marquardt, Markwardt
    (re.compile(r"dt\Z"), "t"),  # Dutch and German: De Smedt, De Smet; Schmidt, Schmit
    (re.compile(r"tte\Z"), "t"),  # French: Lambotte, Lambot
    (re.compile(r"ij"), "i"),  # Dutch: Dijkstra, Dykstra
    (re.compile(r"y"), "i"),
    (re.compile(r"(.)\1+"), r"\1"),
    # after doubled letters are folded: Portuguese Sousa, Souza; Italian Bertolazzi, Bertolassi
    (re.compile(r"(?<=[aeiou])z(?=[aeiou])"), "s"),
    (re.compile(r"(?<=[^aeiou])ie"), "e"),
    (re.compile(r"\Aie"), "e"),
)


@lru_cache(maxsize=8192)
def variant_keys(word: str) -> frozenset[str]:
    """Spelling keys of ``word``: two names with a key in common are transliteration variants.

    Accents are stripped (``Erdoğan``) and German umlauts are also tried as
    ``ae oe ue`` (``Müller``, ``Mueller``); ``ß`` is ``ss`` either way (``Weißenböck``,
    ``Weissenbock``, ``Weissenboeck``); ``ç`` is also tried as ``ss`` (``Iguaçu``, ``Iguassu``), and ``x`` as ``sh``
    and as the ``j`` of modern Spanish (``Xerez``, ``Jerez``);
    then the rules above fold ``g/j`` before ``e`` or ``i``, ``kh/h``, ``n/m`` before ``b``, ``p`` or ``f``
    (``Lanfranco``, ``Lamfranco``), ``b/v`` between vowels (``Rubbiano``, ``Rubiano``, ``Ruviano``),
    ``ou/u``, ``x/ks``, ``y/i``, ``k/qu/ch`` inside a word before ``e`` or ``i``
    (``Urkieta``, ``Urquieta``), doubled letters, and ``ie/e`` after a consonant
    (``Zelensky``, ``Zelenskyy``, ``Zelenskiy`` share one key).
    """
    lowered = word.lower().replace("\N{RIGHT SINGLE QUOTATION MARK}", "'")
    keys = set()
    spellings = {lowered.replace("\N{LATIN SMALL LETTER SHARP S}", "ss"), lowered.translate(UMLAUTS)}
    if "x" in lowered:
        spellings.add(lowered.replace("x", "sh"))  # Portuguese, Catalan and Basque X: Namaxulua, Namashulua
        # the X of old Spanish and of Galician where Spanish now writes J: Xerez, Jerez; Arteixo, Arteijo
        spellings.add(lowered.replace("x", "j"))
    if "\N{LATIN SMALL LETTER C WITH CEDILLA}" in lowered:
        # a cedilla written as the double S of the older English spelling: Iguaçu, Iguassu
        spellings.add(lowered.replace("\N{LATIN SMALL LETTER C WITH CEDILLA}", "ss"))
    for spelling in spellings:
        key = unaccented(spelling)
        for rule, replacement in _TRANSLITERATION_RULES:
            key = rule.sub(replacement, key)
        keys.add(key)
    return frozenset(keys)


def _no_word(form: str) -> bool:
    """Is ``form`` neither an English word nor one of the source-language word lists?"""
    lexicon = load_lexicon()
    return not lexicon.is_english(form) and not lexicon.kinds(form)


def _before_a_name(text: str, end: int) -> bool:
    """Is the word ending at ``end`` followed by a capitalised word: a sentence that opens with a
    full name (``Nicolo Bertolini thanked…``), whose first word is then a name too?"""
    following = _FOLLOWING_WORD.match(text, end)
    return following is not None and following.group(1)[:1].isupper()


#: capitalised words in a row (``Friday Jean-Marc Tonon``): the last may be a surname, the ones before a given name
_CAPITALISED_RUN = re.compile(r"\b[A-Z][a-z\u00e0-\u00ff]+(?:-[A-Z][a-z\u00e0-\u00ff]+)?"
                              r"(?:[ \N{NO-BREAK SPACE}][A-Z][a-z\u00e0-\u00ff]+(?:-[A-Z][a-z\u00e0-\u00ff]+)?)+\b")
#: a surname after particles (``van der Berg``, ``Viana do Castelo``), with the capitalised word before them
_PARTICLE_NAME = re.compile(
    r"(?:\b(?P<given>[A-Z][a-z\u00e0-\u00ff]+(?:-[A-Z][a-z\u00e0-\u00ff]+)?)\s+)?"
    r"(?P<particles>\b(?:[Vv]an|[Vv]on|[Dd]e|[Dd]o|[Dd]a|[Dd]os|[Dd]as|[Dd]i|[Dd]el|[Dd]ella|[Dd]u|[Dd]es|[Tt]en|[Tt]er)"
    r"(?:\s+(?:de|der|den|da|do|la|le|los|las|del|het|dem))?)\s+(?P<last>[A-Z][a-z\u00e0-\u00ff'-]{2,})\b")


def _first_lower(form: str) -> str:
    """``form`` with its first letter in lower case: ``Van den Berg`` at a sentence's start is ``van den Berg``."""
    return form[:1].lower() + form[1:]


#: the prefix of the keys of :func:`typo_keys`
TYPO = "~"
#: shortest surname whose one-letter misspellings are looked for
SURNAME_LETTERS = 6
#: a title or a given name right before a word: the word is a person's surname (``Mr Vasseur``, ``Anne Vasseur``)
_TITLES = (r"(?:Mr|Mrs|Ms|Dr|Prof|Mme|Mlle|M|Herr|Frau|Sr|Sra|Sig|Signor|Signora|Dona|Don|Senhor|Senhora"
           r"|Colonel|General|Captain|Major|Lieutenant|Sergeant|Commander|Commissioner|Inspector|Judge|Prosecutor"
           r"|Minister|President|Mayor|Senator|Governor|Professor|Doctor|Father|Bishop|Cardinal|Chief|Superintendent"
           r"|Coach|Alderman|Alderwoman|Councillor|Councilor|Councilman|Councilwoman|Deputy|Chancellor|Secretary"
           r"|Director|Detective)\.?")
_PERSON_BEFORE = re.compile(
    rf"(?:\b(?P<title>{_TITLES})"
    # a given name, which no article or particle is (Le Parisien, La Stampa, Van Gogh), after a title or not: after
    # one (``Dr. Martin Wittkopf``) a given name that English also has as a word (martin, the bird) is one
    rf"|(?:\b(?P<titled>{_TITLES})[ \t\N{{NO-BREAK SPACE}}]+)?\b(?!(?:Le|La|Les|Los|Las|El|Il|Lo|Al|De|Del|Della|Di|Da|Dos|Du|Van|Von|Den"
    r"|Der|Ter|Ten)\b)"
    r"(?P<given>[A-Z][a-z\u00e0-\u00ff]+(?:-[A-Z][a-z\u00e0-\u00ff]+)?))"
    # the particles of a surname between (Luc Van den Brandt, Ana de la Torre), on one line: a headline's last word
    # is no given name of the paragraph's first (``…opens at the Teatro Regio`` over ``Parma's opera house``)
    rf"(?:[ \t\N{{NO-BREAK SPACE}}]+(?i:{'|'.join(sorted(_NAME_PARTICLES))}))*[ \t\N{{NO-BREAK SPACE}}]+\Z"
)
#: letters whose addition at a word's end makes a plural or a demonym, not a misspelling (Africa, African), or
#: the other gender of a given name (Antoni, Antonia; Paul, Paula), another person
_INFLECTING_ENDS = frozenset("snioa")


@lru_cache(maxsize=8192)
def typo_keys(word: str) -> frozenset[str]:
    """Keys that two spellings one letter apart share (a letter added, dropped or changed, never the
    first but a silent H, an old Y, a soft C or the Q of a QU): ``Vasseur``/``Vasseure``,
    ``Bellanti``/``Bellandi``, ``Matheus``/``Mateus``, ``Henríquez``/``Enríquez``, ``Ybarra``/``Ibarra``,
    ``Cervantes``/``Servantes``, ``Cuesta``/``Questa``."""
    lowered = unaccented(word.lower())
    keys = {TYPO + lowered} | {TYPO + lowered[:i] + lowered[i + 1:] for i in range(1, len(lowered))}
    if lowered.startswith("h"):
        keys.add(TYPO + lowered[1:])  # a silent H dropped: Henríquez, Enríquez
    if lowered.startswith("y"):
        keys.add(TYPO + "i" + lowered[1:])  # the old Y of Spanish and Basque names: Ybarra, Ibarra
    if lowered[:1] == "c" and lowered[1:2] in ("e", "i"):
        keys.add(TYPO + "s" + lowered[1:])  # a soft C written as the S it sounds like: Cervantes, Servantes
    if lowered[:2] == "qu" and lowered[2:3] in ("a", "e", "i", "o"):
        # the Italian and Portuguese QU of a Spanish CU before a vowel: Cuesta, Questa; Cuadrado, Quadrado
        keys.add(TYPO + "c" + lowered[1:])
    return frozenset(keys)


#: the prefix of the keys of :func:`doubled_vowel_keys`
DOUBLED_VOWEL = "%"
#: a vowel written twice, as Dutch, Frisian, German and Finnish spell a long one
_DOUBLED_VOWELS = re.compile(r"aa|ee|oo|uu")


@lru_cache(maxsize=8192)
def doubled_vowel_keys(word: str) -> frozenset[str]:
    """Keys that a name of six letters or more shares with its spelling with another long vowel written twice in
    the same place (``Verschoor``, ``Verschuur``; ``Boerhaave``, ``Boerhoove``), two letters off, which the keys of
    one letter apart miss; none for a name without a doubled vowel."""
    lowered = unaccented(word.lower())
    if len(lowered) < SURNAME_LETTERS or not lowered.isalpha() or not _DOUBLED_VOWELS.search(lowered):
        return frozenset()
    # one key per doubled vowel, the rest of the name as written: a key that blanked every doubled vowel would
    # join names parting in two places (``Vaanschoor``, ``Voonschuur``)
    return frozenset({DOUBLED_VOWEL + lowered[:m.start()] + "=" + lowered[m.end():]
                      for m in _DOUBLED_VOWELS.finditer(lowered)})


def _long_vowel_slip(text: str, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Is one spelling of a surname written as a person's (after a given name or a title) and twice at least, and
    the other, with another vowel doubled in its place, once and never after a given name or a title of its own
    (``Ronald Verschoor``, ``Verschoor had ignored``, then ``Verschuur must also pay``): the person the article
    introduced, misspelt once? Two families' names that part so each come with their own given names."""
    counts = Counter(form for _, _, form, _ in found)
    if len(counts) != 2:
        return False
    (usual, usual_count), (rare, rare_count) = counts.most_common()
    if rare_count != 1 or usual_count < 2 or not (_no_word(usual) and _no_word(rare)):
        return False
    lexicon = load_lexicon()
    persons = {form for start, _, form, _ in found if _written_as_person(text, start, lexicon)}
    return persons == {usual} and not any(_name_word_before(text, start) or _before_a_name(text, end)
                                          for start, _, form, end in found if form == rare)


#: the prefix of the keys of :func:`hard_c_keys`
HARD_C = "^"


@lru_cache(maxsize=8192)
def hard_c_keys(word: str) -> frozenset[str]:
    """Keys that a name starting with a hard C shares with its spelling with a K, as Dutch and German
    spelling reforms rewrote them and old sources still write them (``Caub``, ``Kaub``; ``Cauberg``,
    ``Kauberg``; ``Coblenz``, ``Koblenz``); none for a name that starts otherwise."""
    if word[:1] not in ("C", "K") or unaccented(word[1:2]).lower() not in ("a", "o", "u"):
        return frozenset()
    return frozenset(HARD_C + key for key in variant_keys(_hard_c(word)))


#: a capitalised word and one space right before a position
_CAPITALISED_BEFORE = re.compile(r"\b([A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*)[ \N{NO-BREAK SPACE}]\Z")


def _name_word_before(text: str, start: int) -> re.Match[str] | None:
    """The capitalised word right before ``start`` (``De`` of ``De Maaspoort``), if any."""
    return _CAPITALISED_BEFORE.search(text, max(0, start - 30), start)


def _shared_name_word(text: str, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Do both forms follow the same capitalised word that is no English word, as the last word of one
    name (``De Maaspoort``, ``De Maaspoord``; ``Maasland Cargo``, ``Maasland Kargo``)?"""
    lexicon = load_lexicon()
    before: dict[str, set[str]] = {}
    for start, _, form, _ in found:
        match = _name_word_before(text, start)
        if match is not None and not lexicon.is_english(match.group(1)):
            before.setdefault(form, set()).add(match.group(1))
    words = list(before.values())
    return len(words) == 2 and bool(words[0] & words[1])


#: nouns after ``the`` and a surname that name its people (``the Keller family``, ``the Kellner family``): two
#: households whose names part on a letter are two, where a body's noun names one thing
_HOUSEHOLD = frozenset("family families household brothers sisters twins couple children clan siblings".split())


def _same_noun_after_the(text: str, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Do both forms stand after ``the`` and before the same lower-case noun, each once at least (``the Rijnland
    water authority``, ``the Rhijnland water authority``): one body named after one place or person, whose name
    a slip respelt? A verb, a preposition or a conjunction after the name (``the Keller said``) is no noun."""
    nouns: dict[str, set[str]] = {}
    for start, name_end, form, _ in found:
        after = _LOWER_AFTER.match(text, name_end)
        if after is None or _THE_BEFORE.search(text, max(0, start - 5), start) is None:
            continue
        word = after.group(1)
        if word not in _AFTER_A_PLACE and word not in REPORTING_VERBS and word not in _HOUSEHOLD \
                and not word.endswith(("ed", "ly")):
            nouns.setdefault(form, set()).add(word)
    words = list(nouns.values())
    return len(words) == 2 and bool(words[0] & words[1])


def _translated_word(text: str, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Is one form an English word that stands alone, never written as a person's name nor inside a
    longer name (``the Virgin of the Pillar`` beside ``Plaza del Pilar``; ``Tangier`` beside the port
    ``Tanger Med``): a translation or another thing, where only its capital made it a name? (Inside a
    longer name it is one: ``Regional Committee of Shellfish Farming`` beside ``Comité régional``.)"""
    lexicon = load_lexicon()
    english = {form for _, _, form, _ in found if lexicon.is_english(form)}
    if not english or _shared_name_word(text, found):
        return False
    return not any(_written_as_person(text, start, lexicon) or _name_word_before(text, start)
                   or _before_a_name(text, end) for start, _, form, end in found if form in english)


def _different_given_names(text: str, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Do the two surnames come with given names of their own (``Martin Keller``, ``Anna Kellner``):
    two people, not one misspelt?"""
    names = list(_given_names(text, found).values())
    return len(names) == 2 and not names[0] & names[1]


def _given_names(text: str, found: Sequence[tuple[int, int, str, int]]) -> dict[str, set[str]]:
    """The given names written right before each form (a rank or an office, ``Colonel Rousseaux``, is
    a title, no given name)."""
    given: dict[str, set[str]] = {}
    for start, _, form, _ in found:
        match = _PERSON_BEFORE.search(text, max(0, start - 30), start)
        if match is None or not match.group("given"):
            continue
        word = match.group("given")
        # a conjunction or adverb opening a sentence (``When Riedelmayer appeared``) is no given name, only
        # its capital makes it look like one
        if word.lower() in _SENTENCE_OPENERS and _SENTENCE_START_BEFORE.search(
                text, max(0, match.start("given") - 4), match.start("given")):
            continue
        given.setdefault(form, set()).add(word)
    return given


#: words that open a sentence before a bare surname (``When Calado arrived``, ``After Thiele left``), the
#: prepositions too (``For Lewandowicz, the prize…``, ``With Kessler gone``): no person is named For or With
_SENTENCE_OPENERS = frozenset({"when", "after", "before", "while", "although", "though", "once", "until", "since",
                               "as", "if", "because", "then", "but", "and", "so", "yet", "later", "meanwhile",
                               "for", "with", "without", "to", "from", "by", "under", "unlike", "like", "despite",
                               "against", "of", "on", "in", "at", "about", "behind", "beside", "besides", "thanks"})
#: a sentence's or a paragraph's start right before a word
_SENTENCE_START_BEFORE = re.compile(r"(?:\A|[.!?][\"'”’]?\s+|\n\s*)\Z")


def _same_given_name(text: str, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Do both surnames come after the same given name (``Annelies Verhoeven``, ``Annelies Verhoeve``):
    one person, whatever letter the two spellings part on? (``South America``, ``South American``: an
    English word before both is no given name.)"""
    names = list(_given_names(text, found).values())
    lexicon = load_lexicon()
    return len(names) == 2 and any(not lexicon.is_english(name) for name in names[0] & names[1])


def _inflected(forms: Sequence[str]) -> bool:
    """Is one form the other with a plural or demonym ending (``Koreans``, ``Pakistani``,
    ``Canarias``/``Canarian``, ``Valenciana``/``Valencian``)?"""
    short, long = sorted((f.lower() for f in forms), key=len)
    if len(long) == len(short):
        # Canarias, Canarian: an N for a vowel or an S; an N for a consonant (Wehrheim, Wehrhein) is a slip
        return long[:-1] == short[:-1] and "n" in (long[-1], short[-1]) and {long[-1], short[-1]} - {"n"} <= set("aeious")
    # Valencian, Valenciana: the English demonym and the Spanish or Italian feminine of a name (Generalitat Valenciana)
    # but a Dutch or Flemish surname's -en written -e is a slip (Vermeulen, Vermeule; Verstraeten, Verstraete)
    return len(long) == len(short) + 1 and long.startswith(short) and not (short.endswith("e") and long[-1] == "n") and (
        long[-1] in _INFLECTING_ENDS or (short.endswith("n") and long[-1] == "a"))


#: endings of demonyms, whose plurals follow a place's first word (``Puerto Rican``, ``Puerto Ricans``)
_DEMONYM_END = re.compile(r"(?:an|ese|ish|i)\Z")


def _final_s(one: str, other: str) -> bool:
    """Is one surname the other, of four letters or more, with a final S (``Mateo``, ``Mateos``), and no
    demonym with its plural (``Rican``, ``Ricans``)?"""
    short, long = sorted((one, other), key=len)
    return long == short + "s" and len(short) >= 4 and _DEMONYM_END.search(short) is None


def _doubled_consonant(one: str, other: str) -> bool:
    """Is one surname the other with one consonant after its first letter doubled (``Wit``, ``Witt``;
    ``Kol``, ``Koll``; ``Vaca``, ``Vacca``), as Italian doubles the consonants Spanish and Portuguese write
    single, and a translator's slip doubles or drops one?"""
    short, long = sorted((one, other), key=len)
    if len(long) != len(short) + 1:
        return False
    return any(long == short[:i] + short[i - 1] + short[i:] and short[i - 1].lower() not in "aeiouy"
               for i in range(2, len(short) + 1))


def _vowel_slip(text: str, one: str, other: str) -> bool:
    """Is one surname the other with a vowel put between two of its consonants (``Ebner``, ``Ebener``), and the
    person named so once where the article writes the other spelling at least twice? An article that names
    someone twice, once bare, does not bring in a second person of the same given name whose surname only
    such a slip sets apart."""
    short, long = sorted((one, other), key=len)
    if len(long) != len(short) + 1 or len(short) < 4:
        return False
    vowels = "aeiouy"
    if not any(long == short[:i] + long[i] + short[i:] and long[i].lower() in vowels
               and short[i - 1].lower() not in vowels and short[i].lower() not in vowels
               for i in range(2, len(short))):
        return False
    counts = {form: len(re.findall(rf"\b{re.escape(form)}\b", text)) for form in (one, other)}
    return sorted(counts.values()) == [1, max(counts.values())] and max(counts.values()) >= 2


def _ez_for_es(one: str, other: str) -> bool:
    """Is one surname the Spanish patronymic in -ez and the other its Portuguese spelling in -es (``Gómez``,
    ``Gomes``; ``Núñez``, ``Nunes``), accents aside?"""
    plain = sorted(unaccented(form.lower()) for form in (one, other))
    return plain[0][:-2] == plain[1][:-2] and (plain[0][-2:], plain[1][-2:]) == ("es", "ez")


#: a reporting verb right after a name: the person it names speaks
_SPEAKS_AFTER = re.compile(rf"[ \N{{NO-BREAK SPACE}}]+(?:{'|'.join(sorted(REPORTING_VERBS))})\b")


def _two_letters_apart(one: str, other: str) -> bool:
    """Do two surnames that open alike (their first three letters) part by two letters at most, added, dropped or
    changed (``Larrañeta``, ``Larrañaga``), accents aside?"""
    one, other = unaccented(one.lower()), unaccented(other.lower())
    if one[:3] != other[:3]:
        return False
    # the edit distance, row by row
    row = list(range(len(other) + 1))
    for i, a in enumerate(one, 1):
        previous, row[0] = row[0], i
        for j, b in enumerate(other, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (a != b))
    return row[-1] <= 2


def _named_again(text: str, given: str, one: str, other: str) -> bool:
    """Is one of two people of one given name (``Retired teacher Telma Serpa``) named again by the other
    surname, one letter off, each time bare at a sentence's start and speaking (``Telma Sarpa said``)? News text
    gives a new speaker a role or an age; a full name that only opens a sentence to speak, after the other was
    introduced, is the first person's, misspelt."""
    firsts: dict[str, int] = {}
    spans: dict[str, list[re.Match[str]]] = {}
    for form in (one, other):
        spans[form] = list(re.finditer(rf"\b{re.escape(given)}[ \N{{NO-BREAK SPACE}}]+{re.escape(form)}\b", text))
        firsts[form] = min((m.start() for m in spans[form]), default=len(text))
    later = max((one, other), key=firsts.__getitem__)
    return firsts[later] < len(text) and all(
        _SENTENCE_START_BEFORE.search(text, max(0, m.start() - 4), m.start()) is not None
        and _SPEAKS_AFTER.match(text, m.end()) is not None for m in spans[later])


def _hard_c(name: str) -> str:
    """``name`` with a leading C written K, as German and Scandinavian names alternate them."""
    return "K" + name[1:] if name[:1] == "C" else name


#: an IE between two consonants, which Dutch, Frisian and Scandinavian given names also write Y (``Hielke``, ``Hylke``;
#: ``Sietse``, ``Sytse``)
_IE_BETWEEN_CONSONANTS = re.compile(r"(?<=[^aeiouy\W])ie(?=[^aeiouy\W])", re.IGNORECASE)


def _given_key(name: str) -> str:
    """``name`` as given names are compared: a leading C written K, a leading X written J (``Xosé``, ``José``),
    an IE between consonants written Y (``Hielke``, ``Hylke``)."""
    name = _IE_BETWEEN_CONSONANTS.sub("y", name)
    return "J" + name[1:] if name[:1] == "X" else _hard_c(name)


def _feminine_pair(one: str, other: str) -> bool:
    """Are the two given names a masculine and a feminine (``Daniel``, ``Daniela``; ``Mario``, ``Maria``;
    ``Louis``, ``Louise``), which may be two people of one family?"""
    short, long = sorted((unaccented(one.lower()), unaccented(other.lower())), key=len)
    if len(long) == len(short) + 1:
        # an E after a T or a P makes no feminine: it is the Spanish form of a Catalan name (``Vicent``,
        # ``Vicente``; ``Felip``, ``Felipe``), where a French feminine adds it after an S, N or L (``Louise``)
        return long.startswith(short) and long[-1] in "ae" and not (long[-1] == "e" and short[-1] in "tp")
    return len(long) == len(short) and long[:-1] == short[:-1] and {long[-1], short[-1]} <= set("aeio")


def _one_name(text: str, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Does one form stand right before the other, as a given name before a surname (``Galileo Galilei``)?"""
    starts = {start: form for start, _, form, _ in found}
    return any(text[end:end + 1] == " " and starts.get(end + 1, form) != form for _, _, form, end in found)


#: what joins two names of a pair or a list right after the first (``Maier and Mayer``, ``Maier, Mayer``)
_JOINED = re.compile(r"(?:,|[ \N{NO-BREAK SPACE}]+(?:and|or|&))[ \N{NO-BREAK SPACE}]+")


def _coordinated(text: str, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Does one form stand joined to the other in a pair or a list (``Maier and Mayer have clashed before``,
    ``the villages of Sabbione and Sabione``): two people or places set side by side, as nobody joins one name to
    itself?"""
    starts = {start: form for start, _, form, _ in found}
    return any((joined := _JOINED.match(text, end)) is not None and starts.get(joined.end(), form) != form
               for _, _, form, end in found)


#: quotation marks around a word by itself: a nickname (dubbed “Molliwood”), not a spelling of the name
_QUOTE_MARKS = frozenset("\"'\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}"
                         "\N{LEFT SINGLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}"
                         "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}")


def _quoted(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a word in quotation marks by itself?"""
    return start > 0 and text[start - 1] in _QUOTE_MARKS and text[end:end + 1] in _QUOTE_MARKS


def _written_as_person(text: str, start: int, lexicon: Any) -> bool:
    """A title (``Mr``) or a given name that is no English word (``Anne``, not ``South``) right before."""
    match = _PERSON_BEFORE.search(text, max(0, start - 40), start)
    return match is not None and (match.group("title") is not None or match.group("titled") is not None
                                  or not lexicon.is_english(match.group("given")))


#: ``the`` right before a position: a capitalised word after it names a body or a thing, no person's given name
#: (``the Landesmuseum Württemberg``, ``the Consejo de Aragón``)
_THE_BEFORE = re.compile(r"\b[Tt]he[ \N{NO-BREAK SPACE}]\Z")


def _after_body_head(text: str, start: int) -> bool:
    """Does the word at ``start`` end a body's name after ``the`` and its capitalised head, particles between or not
    (``the Landesmuseum Württemberg``, ``the Consejo de Aragón``), where the head only looks like a given name?"""
    match = _PERSON_BEFORE.search(text, max(0, start - 40), start)
    return match is not None and match.group("given") is not None and match.group("titled") is None \
        and _THE_BEFORE.search(text, max(0, match.start("given") - 5), match.start("given")) is not None


def _body_keeps_place_spelling(text: str, lay: Layout, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Does one spelling stand only at the end of bodies' names after ``the`` (``the Landesmuseum Württemberg``,
    ``the Consejo de Aragón``) and the other as a place, after a preposition of place at least once (``in
    Wurttemberg``, ``the parliament of Aragon``) and never as a person's? A body keeps the place's own or older
    spelling in its name, beside the place's usual English one: no slip, though the head before it looks like a
    given name. (A body named again by its place's word alone, ``at the Arrixaca``, is the body's, and judged as
    such: it follows no preposition of place when ``the`` comes between.)"""
    lexicon = load_lexicon()
    found = [occurrence for occurrence in found if not lay.in_title(occurrence[0])]
    forms = {form for _, _, form, _ in found}
    if len(forms) != 2:
        return False
    bodies = {form for form in forms if all(_after_body_head(text, start) for start, _, f, _ in found if f == form)}
    if len(bodies) != 1:
        return False
    places = [(start, name_end) for start, name_end, form, _ in found if form not in bodies]
    return any(_PLACE_BEFORE.search(text, max(0, start - 20), start) is not None for start, _ in places) and \
        not any(_written_as_person(text, start, lexicon) for start, _ in places)


def _after_given_name(text: str, start: int, lexicon: Any) -> bool:
    """Is the word at ``start`` a surname right after a given name that is no English word, with no particle or title
    between (``Kevin Wendte``, not ``Casas de Reyna`` nor ``Ms Davies``)?"""
    match = _PERSON_BEFORE.search(text, max(0, start - 40), start)
    return match is not None and match.group("given") is not None and match.group("titled") is None \
        and not lexicon.is_english(match.group("given")) and not text[match.end("given"):start].strip() \
        and not _THE_BEFORE.search(text, max(0, match.start("given") - 5), match.start("given"))


def _short_surname_slip(text: str, forms: Sequence[str], found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Is a surname of five letters the other, of six, with one letter inside dropped (``Wendte``, ``Wende``),
    one of them written right after a given name and the other never? Short names part on a last letter as demonyms
    and plurals do (``Lanka``, ``Lankan``), a title alone does not tell one of two common surnames from the other
    (``Ms Davis``, ``Ms Davies``), and two short surnames each after a given name once are two people's (``Anna
    Ebner``, ``Anna Ebener``), unless the article writes one at least twice and the other once (``Wendte Haulage``,
    ``Ralf Wendte``, ``Wendte said``, then ``Wende Haulage``): a person or firm it keeps naming, misspelt once."""
    lexicon = load_lexicon()
    given = {form for start, _, form, _ in found if _after_given_name(text, start, lexicon)}
    counts = sorted(Counter(form for _, _, form, _ in found).values())
    return _one_inner_letter_apart(*forms) and (len(given) == 1 or (len(given) == 2 and counts[0] == 1 < counts[1]))


def _aged_full_name(text: str, start: int, end: int) -> bool:
    """Is the word at ``text[start:end]`` a surname after a capitalised word with an age in apposition
    (``Will Hoekstra, 47,``)? Only a person is given an age, whether or not English has the given name as a word
    (``Will``, ``Mark``), which :func:`_written_as_person` cannot tell from a sentence's first word."""
    return _AGE_AFTER.match(text, end) is not None and _PERSON_BEFORE.search(text, max(0, start - 40), start) is not None


#: letters after which a C is hard, as a K sounds: ``Polycrates``, ``Polykrates``; not a soft C (``Lucia``, ``Lukia``)
_HARD_C_FOLLOWERS = frozenset("aoulr")
#: shortest coined name (a company's, ``Agrifrost``) whose one changed vowel is a slip without a person's evidence
COINED_LETTERS = 7


def _coined_name_slip(text: str, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Is one long word of no language's word lists, standing alone (``producer Agrifrost will``),
    written once with one inner vowel changed (``Agrofrost``), or a hard C written K or the other way round, as
    Greek, Latin and Germanic names are transliterated both ways (``Polykrates``, ``Polycrates``), where the document
    writes it otherwise at least twice: one company's, club's or brand's name misspelt? A last letter changed
    (``Carolina``, ``Caroline``) or a word within a longer name (``Columbia University`` beside ``Colombia``) may be
    another name."""
    counts = Counter(form for _, _, form, _ in found)
    if len(counts) != 2:
        return False
    (usual, usual_count), (rare, rare_count) = counts.most_common()
    if rare_count != 1 or usual_count < 2 or len(rare) != len(usual) or len(rare) < COINED_LETTERS:
        return False
    parts = [i for i, (a, b) in enumerate(zip(usual.lower(), rare.lower())) if a != b]
    changed = {usual[parts[0]].lower(), rare[parts[0]].lower()} if len(parts) == 1 else set()
    if len(parts) != 1 or not 0 < parts[0] < len(rare) - 1 or not (
            changed <= set("aeiou") or (changed == {"c", "k"} and rare[parts[0] + 1].lower() in _HARD_C_FOLLOWERS)):
        return False
    # the misspelt one stands alone, and so does the usual one twice at least: a club's or a firm's full name once
    # (``Agrifrost Holdings``) does not make the word another name's
    alone = Counter(form for start, _, form, end in found
                    if not (_name_word_before(text, start) or _before_a_name(text, end)))
    return _no_word(usual) and _no_word(rare) and alone[rare] == 1 and alone[usual] >= 2


#: prepositions of place, an article or not after them, right before a position: ``of Camanducaia``, ``along the
#: Paraopeba``
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?i:in|at|from|near|to|between|outside|around|of|into|along|across|through"
                                       r"|towards?|via|past|beyond|within|throughout)(?:[ \N{NO-BREAK SPACE}]the)?"
                                       r"[ \N{NO-BREAK SPACE}]+\Z")


#: a landscape noun right after a name, which makes it a place's: ``the Paraopeba River``
_PLACE_NOUN_AFTER = re.compile(r"[ \N{NO-BREAK SPACE}](?:River|Lake|Valley|Bay|Creek|Canyon|Reservoir|Basin|Delta|Falls"
                               r"|Mountains|Hills|Plateau|Island|Islands|Lagoon|Estuary)\b")


def _one_vowel_apart(one: str, other: str) -> bool:
    """Are two words of one length the same but for one vowel inside (``Camanducaia``, ``Camandocaia``), neither
    the first letter nor the last, which may make another name (``Carolina``, ``Caroline``)?"""
    if len(one) != len(other):
        return False
    parts = [i for i, (a, b) in enumerate(zip(one.lower(), other.lower())) if a != b]
    return len(parts) == 1 and 0 < parts[0] < len(one) - 1 and \
        {one[parts[0]].lower(), other[parts[0]].lower()} <= set("aeiou")


def _place_slip(text: str, lay: Layout, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Is one long word of no language's word lists written as a place each time, after a preposition of place or
    before a landscape noun (``a district of Camanducaia``, ``In Camandocaia``; ``the Paraopeba River``, ``along the
    Paraupeba``),
    and once with one inner vowel changed or its final S dropped (``between Carboneras``, ``of Carbonera``): one
    town's or river's name misspelt? A person's name (after a title or a given name) is the other detectors'; the
    document's title, which puts its own words around a name (``lands on Carboneras beach``), is passed over."""
    found = [occurrence for occurrence in found if not lay.in_title(occurrence[0])]
    forms = sorted({form for _, _, form, _ in found})
    if len(forms) == 2 and min(map(len, forms)) >= COINED_LETTERS and _one_inner_letter_apart(*forms) \
            and _placed_once(text, lay, found):
        return True
    vowel = len(forms) == 2 and _one_vowel_apart(*forms)
    if len(forms) != 2 or len(forms[0]) < COINED_LETTERS or not (vowel or _final_s(*forms)):
        return False
    if not vowel and any(text[max(0, start - 4):start].lower() == "the " for start, _, _, _ in found):
        return False  # ``the Philippines``, ``Philippine``: a group's plural name and its adjective, no town's
    lexicon = load_lexicon()
    return all(_no_word(form) for form in forms) and all(
        (_PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 20), start) is not None
         or _PLACE_NOUN_AFTER.match(text, name_end) is not None)
        and not _written_as_person(text, start, lexicon) and not text.startswith(POSSESSIVES, name_end)
        for start, name_end, _, _ in found)


def _one_inner_letter_apart(one: str, other: str) -> bool:
    """Are two words one letter apart inside, a letter added, dropped or changed neither first nor last
    (``Wilmarsum``, ``Wilsmarsum``)? A first or a last letter may make another name (``Carolina``, ``Caroline``)."""
    short, long = sorted((one.lower(), other.lower()), key=len)
    if len(long) == len(short):
        return _one_letter_changed_inside(short, long)
    return len(long) == len(short) + 1 and any(long[:i] + long[i + 1:] == short for i in range(1, len(long) - 1))


def _one_letter_changed_inside(one: str, other: str) -> bool:
    """Do two words of one length part on one letter, neither the first nor the last?"""
    parts = [i for i, (a, b) in enumerate(zip(one, other)) if a != b]
    return len(parts) == 1 and 0 < parts[0] < len(one) - 1


def _placed_once(text: str, lay: Layout, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Is one spelling of a long name of no language's word lists written once, as a place (after a preposition of
    place or before a landscape noun: ``residents in Wilsmarsum``), where the document writes the other at least
    twice and as a place at least once (``from Wilmarsum``), never as a person's nor as an owner, and no sentence
    holds both (two villages whose names part on a letter are set side by side: ``from Oberdorf to
    Oberndorf``)? One town's name misspelt once."""
    counts = Counter(form for _, _, form, _ in found)
    (usual, usual_count), (rare, rare_count) = counts.most_common()
    if rare_count != 1 or usual_count < 2 or not (_no_word(usual) and _no_word(rare)):
        return False
    lexicon = load_lexicon()

    def placed(start: int, name_end: int) -> bool:
        return (_PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 20), start) is not None
                or _PLACE_NOUN_AFTER.match(text, name_end) is not None) and not text.startswith(POSSESSIVES, name_end)

    if any(_written_as_person(text, start, lexicon) or _before_a_name(text, end)
           or ((word := _name_word_before(text, start)) is not None and not lexicon.is_english(word.group(1)))
           for start, _, _, end in found):
        return False  # a person's name, or a word of a longer name (``Oberdorf Hospital``; ``In Oberdorf`` is one)
    if not all(placed(start, name_end) for start, name_end, form, _ in found if form == rare) or \
            not any(placed(start, name_end) for start, name_end, form, _ in found if form == usual):
        return False
    return not any(one_form != other_form and not any(min(one, other) < i <= max(one, other) for i in lay.initial)
                   for (one, _, one_form, _), (other, _, other_form, _) in combinations(found, 2))


def _bare_surname_slip(text: str, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Is a surname of no language's word lists written in full after a given name (``Sanne Koopmans``) and later
    alone with a last letter dropped or added (``Koopman converted``; ``Karim Benhadj``, ``Benhadji's goal``), the
    bare form never after or before another capitalised word nor after ``the`` (``the Koopmans``: the family)? A
    plural or a demonym is an English word or has a demonym's ending; a name's final S is one letter of it. Another
    last letter (an I, an O) makes a demonym too (``Xunta de Galicia``, ``Galician``; ``Sri Lanka``, ``Lankan``): it
    is a slip only where the full form stands right after a given name, no particle between, and the bare one
    adds no N to a vowel, as demonyms do."""
    forms = sorted({form for _, _, form, _ in found}, key=len)
    # no demonym's ending is asked about (``Koopman``): a demonym with its plural is an English word
    if len(forms) != 2 or len(forms[1]) != len(forms[0]) + 1 or not forms[1].startswith(forms[0]) \
            or len(forms[0]) < SURNAME_LETTERS \
            or not all(_no_word(form) for form in forms):
        return False
    given = _given_names(text, found)
    lexicon = load_lexicon()
    full = [form for form, names in given.items() if any(not lexicon.is_english(name) for name in names)]
    if len(full) != 1:
        return False
    if forms[1][-1] != "s" and (
            (forms[1][-1] == "n" and forms[0][-1].lower() in "aeiou")
            or not any(_after_given_name(text, start, lexicon) for start, _, form, _ in found if form == full[0])):
        return False  # a demonym's ending, or a full form only after particles (``Xunta de Galicia``)
    if any(_before_a_name(text, end) for _, _, form, end in found if form == full[0]):
        return False  # ``Tory Brexiteer Andrea Jenkyns``: a word before a name, no surname
    bare = [(start, end) for start, _, form, end in found if form != full[0]]
    return all(_name_word_before(text, start) is None and not _before_a_name(text, end)
               and not text[max(0, start - 4):start].lower().endswith("the ") for start, end in bare)


def _words_of_two_names(text: str, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Does one form always end a longer name and the other always open one (``the Teatro Regio``, ``from Reggio
    Emilia``): words of two names, which a doubled letter need not set apart? A slip keeps its name's other
    words on the same side (``Reggio Emilia``, ``Regio Emilia``)."""
    sides: dict[str, set[str]] = {}
    for start, _, form, end in found:
        before, after = _name_word_before(text, start) is not None, _before_a_name(text, end)
        sides.setdefault(form, set()).add("end" if before and not after else "open" if after and not before else "")
    return len(sides) == 2 and {frozenset(side) for side in sides.values()} == {frozenset({"end"}), frozenset({"open"})}


#: the prefix of the keys of a short word with the rest of its place's name (``Ajea de los Molinos``)
TAIL = "+"
#: the particles and the capitalised words after a place's first word: `` de los Molinos`` of ``Ajea de los
#: Molinos``, `` do Castelo`` of ``Viana do Castelo``
_PLACE_TAIL = re.compile(r"(?:[ \N{NO-BREAK SPACE}](?:de|del|di|da|do|dos|das|du|des|la|las|los|le|les|sur|en))+"
                         r"(?:[ \N{NO-BREAK SPACE}][A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]{3,})+")


#: shortest last part of a hyphenated name compared, accents aside, with the same word alone (``Dumézil``)
COMPOUND_PART_LETTERS = 5

#: the prefix of the keys of :func:`compound_keys`
COMPOUND = "="
#: fewest parts of a hyphenated place name whose one misspelt part is looked for without more evidence of a
#: place (``Lons-le-Saunier``)
COMPOUND_PARTS = 3
#: shortest part of a hyphenated name of two parts whose one-letter misspellings are looked for, the other part
#: being a surname's length at least (``Brives-Charensac``, ``Brive-Charensac``)
PAIRED_PART_LETTERS = 5


def compound_keys(word: str) -> frozenset[str]:
    """Keys that two spellings of a hyphenated name share when one long part is one letter off and the others are
    the same (``Lons-le-Saunier``, ``Lons-le-Saulnier``; ``Châlons-en-Champagne``, ``Chalons-en-Champaigne``): the
    parts a French, Italian or Spanish place name joins with its particles (``le``, ``en``, ``sur``) fix it as one
    place. A name of two parts (``Brives-Charensac``, ``Brive-Charensac``) has keys only where the part that stays
    is long, as two given names seldom are (``Jean-Marc``); :func:`_two_part_place_slip` asks more of it."""
    parts = word.split("-")
    if len(parts) < 2 or not all(part.isalpha() for part in parts):
        return frozenset()
    keys = set()
    for i, part in enumerate(parts):
        if (len(parts) >= COMPOUND_PARTS and len(part) >= SURNAME_LETTERS) or (
                len(parts) == 2 and len(part) >= PAIRED_PART_LETTERS and len(parts[1 - i]) >= SURNAME_LETTERS):
            before, after = "-".join(parts[:i]).lower(), "-".join(parts[i + 1:]).lower()
            keys.update(f"{COMPOUND}{before}|{key}|{after}" for key in typo_keys(part))
    return frozenset(keys)


def compound_hard_c_keys(word: str) -> frozenset[str]:
    """Keys that two spellings of a hyphenated name share when one part of four letters or more starts with a hard
    C that the other writes K, as German spelling reforms rewrote old names (``Bernkastel-Cues``,
    ``Bernkastel-Kues``; ``Castrop-Rauxel``, ``Kastrop-Rauxel``), and the other parts are the same, one of them a
    surname's length at least: two given names joined (``Marie-Claude``) are seldom so long."""
    parts = word.split("-")
    if len(parts) < 2 or not all(part.isalpha() for part in parts):
        return frozenset()
    keys = set()
    for i, part in enumerate(parts):
        if len(part) >= SURNAME_LETTERS - 2 and part[:1] in ("C", "K") \
                and unaccented(part[1:2]).lower() in ("a", "o", "u") \
                and any(len(other) >= SURNAME_LETTERS for j, other in enumerate(parts) if j != i):
            before, after = "-".join(parts[:i]).lower(), "-".join(parts[i + 1:]).lower()
            keys.add(f"{HARD_C}{COMPOUND}{before}|{unaccented(_hard_c(part)).lower()}|{after}")
    return frozenset(keys)


def _two_part_place_slip(text: str, lay: Layout, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Is a hyphenated name of two parts written as a place each time, after a preposition of place or before a
    landscape noun, never as a person's (no title or given name before, no surname after), and its two spellings
    never in one sentence (``In Brives-Charensac``, ``The mayor of Brive-Charensac``): one town misspelt? Two
    towns whose names part on a letter are set side by side (``from Hauteville-Lompnes to Hautevilla-Lompnes``)."""
    lexicon = load_lexicon()
    if not all((_PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 20), start) is not None
                or _PLACE_NOUN_AFTER.match(text, name_end) is not None)
               and not _written_as_person(text, start, lexicon) and not _before_a_name(text, end)
               for start, name_end, _, end in found):
        return False
    return not any(one_form != other_form and not any(min(one, other) < i <= max(one, other) for i in lay.initial)
                   for (one, _, one_form, _), (other, _, other_form, _) in combinations(found, 2))


def _slip_on_an_accent(forms: Sequence[str]) -> bool:
    """Do two spellings one letter apart differ by a letter with an accent (``Ribeirão``, a stadium, and
    ``Ribeiro``, a surname; ``Peña``, ``Pena``)? A typing slip seldom adds or drops such a letter: they
    are two words (the accent detector judges spellings that differ by accents alone). A cedilla written
    as an S is a misspelling of one name."""
    one, other = sorted((f.lower() for f in forms), key=len)
    plain_one, plain_other = unaccented(one), unaccented(other)
    if len(plain_one) != len(one) or len(plain_other) != len(other):
        return False  # a letter that unaccenting splits or drops: positions no longer match
    # where the spellings part once accents are set aside, and the letters there as written
    index = next((i for i, (a, b) in enumerate(zip(plain_one, plain_other)) if a != b), len(one))
    changed = {other[index]} | ({one[index]} if len(one) == len(other) and index < len(one) else set())
    if changed == {"\N{LATIN SMALL LETTER C WITH CEDILLA}", "s"}:
        return False  # a cedilla written as the S it sounds like (``Gonçalves``, ``Gonsalves``): one name
    return any(not c.isascii() for c in changed)


#: what ends a source-language name's words right before a place in it: a particle (``Université libre
#: de Bruxelles``, ``Zünfte der Stadt``) or a club's initials (``KAA Gent``, ``FC Porto``)
#: a Romance noun of a landform, capitalised, right before a position: the head of a place's own name
_LANDFORM_BEFORE = re.compile(r"\b(?:Cap|Capo|Cabo|Mont|Monte|Col|Colle|Lac|Lago|Pointe|Punta|Ponta|Golfe|Golfo|Baie"
                              r"|Bah\u00eda|Val|Valle|Vale|Pic|Pico|Piz|Serra|Isola|\u00cele|Ilha|Isla|Sierra)"
                              r"[ \N{NO-BREAK SPACE}]\Z")
_SOURCE_NAME_BEFORE = re.compile(
    r"(?:\b(?:de|di|da|do|du|des|del|della|dos|das|van|von|der|den)|\bd['\N{RIGHT SINGLE QUOTATION MARK}]|\b[A-Z]{2,4})\s*\Z")


def _inside_source_name(text: str, start: int) -> bool:
    """Is the word at ``start`` part of a source-language name that keeps its own spelling of a place: after a
    particle or an acronym, or after a French, Italian, Spanish or Portuguese noun of a landform that heads the
    name of a cape, a mountain, a lake or a valley (``Cap Corse``, ``Monte Bianco``, ``Lago Maggiore``), which
    English keeps whole whatever it calls the region?"""
    return _SOURCE_NAME_BEFORE.search(text, max(0, start - 8), start) is not None \
        or _LANDFORM_BEFORE.search(text, max(0, start - 12), start) is not None


def _accent_kept_in_source_name(text: str, occurrences: Sequence[Occurrence]) -> bool:
    """Does the accented spelling stand only at the end of a longer source-language name (``the Bajo
    Aragón``, a district's own name, after the Spanish ``bajo``; ``Plaza del Pilar``), and the plain one
    never: a name kept whole beside the English name of the place, which drops the accent (``Aragon``)?"""
    lexicon = load_lexicon()

    def in_source_name(occurrence: Occurrence) -> bool:
        before = _name_word_before(text, occurrence.start)
        return _inside_source_name(text, occurrence.start) or (
            before is not None and bool(lexicon.kinds(before.group(1))) and not lexicon.is_english(before.group(1)))

    accented = [in_source_name(o) for o in occurrences if has_accent(o.form)]
    return bool(accented) and all(accented) and not any(in_source_name(o) for o in occurrences if not has_accent(o.form))


#: capitalised words ending in a particle right before a position: the head of a body's name (``Hospital
#: Universitario de``), up to four words
_BODY_HEAD_BEFORE = re.compile(r"((?:[A-Z][\w\N{RIGHT SINGLE QUOTATION MARK}'-]*[ \N{NO-BREAK SPACE}]){1,4})"
                               r"(?:de|di|da|do|du|des|del|della|dos|das|van|von|der|den)"
                               r"(?:[ \N{NO-BREAK SPACE}](?:la|las|los|le|les))?[ \N{NO-BREAK SPACE}]\Z")


def _in_source_body_name(text: str, start: int) -> bool:
    """Does the word at ``start`` end a source-language body's name whose head a source-language noun
    starts or holds (``Hospital Universitario de Navarra``, ``Universidad de Navarra``), not a person's?"""
    head = _BODY_HEAD_BEFORE.search(text, max(0, start - 60), start)
    if head is None:
        return False
    lexicon = load_lexicon()
    # a noun of the source lists (Universidad, Ayuntamiento) or of their institutions (Hospital, Banco); a
    # given name (Ana de Castro) is neither
    return any("institutions" in kinds or ("common" in kinds and not lexicon.is_english(word))
               for kinds, word in ((lexicon.kinds(word), word) for word in head.group(1).split()))


#: a lone capitalised word and the German word that joins a town's name to its region's or river's, right before a
#: position (``Hall in``, ``Frankfurt am``, ``Neumarkt in der``, ``Rothenburg ob der``); ``the`` before the word
#: makes it no town's (``the Alps in``)
_TOWN_HEAD_BEFORE = re.compile(r"(?<![Tt]he )"
                               r"\b[A-Z][a-z\u00e0-\u00ff]+[ \N{NO-BREAK SPACE}]"
                               r"(?:in|im|am|bei|(?:in|an|ob)[ \N{NO-BREAK SPACE}]der)[ \N{NO-BREAK SPACE}]\Z")


def _in_town_name(text: str, start: int) -> bool:
    """Does the word at ``start`` end a town's official German name, which takes its region's or river's name
    in German after the town's (``Hall in Tirol``, ``Frankfurt am Main``)? The town's word opens no sentence,
    where a capital says nothing (``Tourism in Tirol``), and follows no other capitalised word (``Mayor Huber in``)."""
    head = _TOWN_HEAD_BEFORE.search(text, max(0, start - 40), start)
    return head is not None and _name_word_before(text, head.start()) is None and \
        not _SENTENCE_START_BEFORE.search(text, max(0, head.start() - 4), head.start())


def _source_body_and_english(text: str, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Does one spelling stand only at the end of source-language bodies' or towns' names and the other never,
    nor as a person's: a body or a town that keeps the place's source-language name (``Hospital Universitario de
    Navarra``, ``Hall in Tirol``) beside the English name of the place (``Navarre's police``, ``the state of
    Tyrol``)?"""
    lexicon = load_lexicon()
    in_body = [(start, form, _in_source_body_name(text, start) or _in_town_name(text, start))
               for start, _, form, _ in found]
    inside = {form for _, form, body in in_body if body}
    outside = {form for _, form, body in in_body if not body}
    persons = {form for start, form, body in in_body if not body and _written_as_person(text, start, lexicon)}
    return len(inside) == 1 and len(outside) == 1 and not inside & outside and not persons


def _hyphenated(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` joined by a hyphen to a word before or after it?"""
    return (text[end:end + 1] == "-" and text[end + 1:end + 2].isalpha()) or (
        start > 1 and text[start - 1] == "-" and text[start - 2].isalpha())


def _person_and_place(text: str, occurrences: Sequence[Occurrence]) -> bool:
    """Is one spelling written as a person's name (``Lucía Santamaría``) and another only after
    ``the`` (``the Santa María district``), so that they name two things?"""
    lexicon = load_lexicon()
    persons = {o.form for o in occurrences if _written_as_person(text, o.start, lexicon)}
    placed = {o.form for o in occurrences if text[max(0, o.start - 4):o.start].lower() == "the "}
    return bool(persons) and bool(placed) and persons.isdisjoint(placed)


#: a preposition of place, with an article or a compass or landscape word between (``in Drenthe``, ``across
#: rural Drenthe``); never ``the`` alone, which a hospital named after a saint takes too (``the Arrixaca``)
_REGION_BEFORE = re.compile(r"\b(?:[Ii]n|[Aa]cross|[Tt]hroughout|[Nn]ear|[Aa]round|[Oo]utside|[Ww]ithin)"
                            r"(?:\s+(?:the|rural|[a-z]+ern|north|south|east|west|central))?\s+\Z")


def _in_region(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` stand where a region does, after a preposition of place, and not as an owner
    (``in Drenthe``, not ``in Thiele's view``)?"""
    return (_REGION_BEFORE.search(text, max(0, start - 30), start) is not None
            and not text.startswith(POSSESSIVES, end))


def _person_and_region(text: str, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Is one spelling written as a person's name (``Hennie Drenth``) and the other always after a preposition
    of place (``in Drenthe``, ``across rural Drenthe``): a surname and the province it comes from?"""
    lexicon = load_lexicon()
    persons = {form for start, _, form, _ in found if _written_as_person(text, start, lexicon)}
    regions = {form for start, end, form, _ in found if _in_region(text, start, end)}
    elsewhere = {form for start, end, form, _ in found if not _in_region(text, start, end)}
    return bool(persons) and bool(regions - elsewhere - persons)


#: a title and the space after it at a form's start (``Mr Van Damme``)
_TITLED = re.compile(rf"{_TITLES}[ \N{{NO-BREAK SPACE}}]+(?=[A-Z])")
#: a title right before a position (``Mr `` of ``Mr Aranbúru``)
_TITLE_BEFORE = re.compile(rf"\b{_TITLES}[ \N{{NO-BREAK SPACE}}]+\Z")


def _titled(text: str, start: int, form: str) -> bool:
    """Is the name ``form``, at ``start`` in ``text``, a surname after a title: opening with one (``Mr Van
    Damme``), or one word right after one (``Mr Aranbúru``), not a full name (``Mayor Aurélie Ménard``)?"""
    return _TITLED.match(form) is not None or (
        " " not in form and _TITLE_BEFORE.search(text, max(0, start - 20), start) is not None)


def _most_mentioned(text: str, counts: Counter[str], kept: str) -> str:
    """The spelling the article uses most for a name, counting every mention of its words without a
    title, inside longer names too (``Olivier Vandamme``, ``Vandamme Textiles``, then ``Mr Vandamme`` once
    and ``Mr Van Damme`` once): a careful editor keeps the spelling the person or body is introduced with
    and mostly written in, not the one the titled forms alone tie on. On a tie the spelling written without a
    title more often wins (``Tomás Aranburu``, then ``Mr Aranbúru``: the introduction's), then the one whose
    own words the article writes more often alone too (``Pablo Larrosa`` and ``Pablo Larrosá`` once each, but
    ``Larrosa said`` once more: the surname's usual spelling; only between spellings of as many words, which
    part word for word), then ``kept``."""
    def count(words: str) -> int:
        return len(re.findall(rf"(?<![\w-]){re.escape(words)}(?![\w-])", text))

    bares = {form: _TITLED.sub("", form, count=1) for form in counts}
    aligned = len({len(bare.split()) for bare in bares.values()}) == 1
    shared = set.intersection(*(set(bare.split()) for bare in bares.values()))

    def mentions(form: str) -> tuple[int, int, int]:
        bare = bares[form]
        found = list(re.finditer(rf"(?<![\w-]){re.escape(bare)}(?![\w-])", text))
        untitled = sum(not _titled(text, m.start(), bare) for m in found)
        alone = sum(count(word) for word in bare.split() if word not in shared) if aligned else 0
        return len(found), untitled, alone

    tally = {form: mentions(form) for form in counts}
    return max(counts, key=lambda f: (tally[f], f == kept))


def _usual_form(occurrences: Sequence[Occurrence], counts: Counter[str], preferred: str = "",
                form_of: Callable[[str], str] = str) -> str:
    """The form the document mostly uses (``counts`` of ``form_of`` each occurrence's form); on a tie
    the preferred one, then the earliest."""
    first = {f: min(o.start for o in occurrences if form_of(o.form) == f) for f in counts}
    return max(counts, key=lambda f: (counts[f], f == preferred, -first[f]))


class NameVariant(Check):
    """One name spelled two ways in one document (Kiev and Kyiv, Zelensky and Zelenskyy).

    What it does:
    Looks up every group of ``corpora/name_variants.tsv`` (transliterations
    such as ``Kiev``/``Kyiv``, ``Kharkov``/``Kharkiv``, ``Gaddafi``/``Kadhafi``;
    exonyms such as ``Peking``/``Beijing``, ``Bombay``/``Mumbai``; a
    newspaper name kept and translated, ``Le Parisien``/``The Parisian``;
    styles such as ``U.S.``/``US``) and reports each occurrence of a form that
    the document uses less often than another form of the same group (on a
    tie, the form that is not preferred; a translated newspaper name is
    always the one reported). Three generic detectors then cover names the
    table does not know: one name written with and without its accents,
    hyphens or spaces, over up to four words (``Societe Generale`` beside
    ``Société Générale``, ``Paris Saint Germain`` beside ``Paris
    Saint-Germain``, keeping the spelling the article mentions most, inside longer names too
    (``Olivier Vandamme``, ``Vandamme Textiles``: ``Mr Van Damme`` is the slip), and on a tie the one written
    with a given name, not after a title alone (``Tomás Aranburu``, ``Mr Aranbúru``), then the one whose
    words the article writes more often alone (``Pablo Larrosa``, ``Pablo Larrosá``, ``Larrosa said``);
    ``Rosario Menendez`` beside ``Rosario Menéndez Llano``);
    a foreign name of a newspaper, company or bank beside
    its word-by-word English rendering, made with the glossary
    ``corpora/name_glossary.tsv`` (``Deutsche Bank`` beside ``German Bank``,
    ``Crédit Agricole`` beside ``Agricultural Credit``); and capitalised
    words grouped by a transliteration key (doubled letters, ``y``/``i``,
    ``kh``/``h``, ``ou``/``u``, ``tx``/``ch``, the Basque ``k`` of a Spanish ``qu``, ``n``/``m`` before a
    labial...), so ``Shevtchenko`` beside ``Shevchenko`` is reported, and so is the short first word of a place's
    name before the same particles and words (``Ajea de los Molinos``, ``Agea de los Molinos``), and so are names
    of four letters or more whose hard C a K replaces (``Caub``, ``Kaub``), and surnames of six letters or more one
    letter apart (``Bertolino``, ``Bertolini``; a Spanish CU written QU is one letter: ``Cuesta``, ``Questa``)
    when one of them is written as a person's (after a title or a given name, or with an age: ``Will Hoekstra,
    47,``) or both end one name after the
    same word (``De Lindenhof``, ``De Lindenhov``) or, for a coined name of seven letters or more
    that stands alone, one inner vowel or a hard C for a K is changed once where the document writes the name
    otherwise, alone, twice or more (``Agrifrost``, ``Agrofrost``; ``Polycrates``, ``Polykrates``), or, for a place's
    name of seven letters or more, one inner vowel is changed and each occurrence follows a preposition of place or
    precedes a landscape noun (``of Camanducaia``, ``In Camandocaia``) or its final S is dropped (``between
    Carboneras``, ``of Carbonera``), or one inner letter is added, dropped or changed once, after a preposition of
    place, where the document writes the name otherwise twice, once as a place at least, and never both in one
    sentence (``from Wilmarsum``, ``in Wilsmarsum``),
    or a surname of six letters or more written after a given name is later written alone with its final S dropped
    or added, or another last letter where the full form follows the given name right away and no demonym's N is
    added (``Sanne Koopmans``, ``Koopman converted``; ``Karim Benhadj``, ``Benhadji's goal``), or a surname of five
    letters beside one of six with an inner letter more, after a given name (``Ralf Wendte``, ``Wende's
    lawyer``), and they are not a given name
    and a surname side by side (``Galileo Galilei``), a place and its
    demonym, a surname and the region after a preposition (``Hennie Drenth``,
    ``in Drenthe``), nor two people with given names of their own; a shorter
    surname, or one after a given name English has as a word too (``Fire chief Dirk Maes``, ``Geologist Marina
    Brandolini``), introduced in full and later quoted bare one letter off, a speaker the article never introduces
    (``Holger Thiel``, ``Thiele added``; ``Lieke Hoogers``, ``According to Hooger``),
    a surname alone with an age (``Canio Summa``, ``Suma, 61, denies``) or opening a sentence before ``, who``
    (``Koen Bemelmans``, ``Bemelman, who grew up``), or a surname after a title
    that never follows a given name, one letter or a short ending off or its last two letters respelt
    (``Thierry Hennebelle``, ``Mr Hennebel``; ``Hélène Valbonnet``, ``Ms Valbonnay``), an English word too after
    a personal title where the text never writes it in lower case (``Paola Balle``, ``Professor Bale``),
    or, after the same given name, a short surname one letter off or a long one two letters off (or on a first letter
    that sounds alike: ``Zoller``, ``Soller``) that only opens a
    sentence to speak (``Retired teacher Telma Serpa``, ``Telma Sarpa said``; ``Joaquín Larrañeta``, ``Joaquín
    Larrañaga admitted``), is reported too, and so is one long part of a hyphenated
    place of three parts or more one letter off (``Lons-le-Saunier``, ``Lons-le-Saulnier``), or of two parts
    beside a long one, when each time a preposition of place comes before and no sentence holds both spellings
    (``in Brives-Charensac``, ``The mayor of Brive-Charensac``). A region's German name that only ends a town's German name (``Hall in Tirol``,
    ``Frankfurt am Main``) is no variant of the region's English name (``the state of Tyrol``). A capitalised
    English word that stands alone (``the Virgin of the Pillar``) is not
    set against a foreign name one letter away (``Plaza del Pilar``): it
    translates it or names another thing; a body's name after ``the`` and its head keeps a place's own or older
    spelling (``the Staatsarchiv Westfahlen``) beside the place written otherwise after a preposition (``in
    Westfalen``). The last part of a hyphenated name after given names (``the Pierre-Dumézil library``) is set
    against the same word alone before the same noun with its accents dropped or added (``the Dumezil library``).
    A ruler's given name before the same number (``Jaume I``, ``Jaime I``; not the pronoun in ``Pablo I would``),
    a surname written once with another doubled vowel beside one written twice with a given name or a title
    (``Verschoor``, ``Verschuur``), two spellings that each follow ``the`` before the same noun (``the Rijnland
    water authority``, ``the Rhijnland water authority``), and a Portuguese ``-ão`` respelt in English by a speaker
    named alone (``Falcão``, ``Falcon also confirmed``) are one name too.
    Two spellings joined in a pair or a list (``Maier and Mayer have
    clashed``) are two people or places, a form that always ends a longer name beside one that always opens one
    (``the Teatro Regio``, ``Reggio Emilia``) names two things, and a spelling inside a source-language quotation the writer translates
    (``“Córdoba, lejana y sola”, which he translated as…``) keeps its accents. Generic groups
    need evidence of a name: a capital where no sentence starts (or, at a
    sentence's start, a word neither English nor of the source lists), on a
    line that is not a Title Case headline, or an accent, and no lowercase
    use of the word. A name that the document
    mostly writes with its accents is reported at warning where the accents
    are dropped; one it mostly writes without them (``Montreal``, with one
    ``Montréal``) is reported at info, as English often drops them.

    Why it matters:
    Two spellings read as two people or places, break search and entity
    linking, and show that sentences were translated one by one, or that the
    headline and the body come from different sources, with nobody editing.

    Example:
    A headline ``Kiev hosts donors' conference`` over a body that writes
    ``delegates arrived in Kyiv on Monday``: ``Kiev`` is reported, with the
    suggestion ``Kyiv``.

    Options:
    ``generic`` (default true): also run the generic detectors (accents and
    hyphens, word-by-word translations, transliterations).
    ``style`` (default true): report style variants (``U.S.``/``US``) at info
    severity; the preferred style form follows ``english-style`` (``us``/``uk``).
    ``min-length`` (default 5): shortest name (in letters) the generic detectors compare.
    ``semantic`` (default true): compare the document's source-language names
    with its English ones in the run's multilingual encoder (``Stadtwerke
    München`` and ``Munich City Works``); the encoder is loaded only for a
    document that holds names of both kinds.

    Known false positives:
    Two people whose names differ by a transliteration or an accent
    (``Sergei`` and ``Sergey`` with different surnames are recognised and
    skipped, and so are two people the article says are no relation; lone given names are not, so ``Héctor`` and ``Hector`` may be
    two men); quotations of an old name on purpose (``Bombay, now Mumbai``);
    a British tabloid (``The Mirror``) in an article that also cites ``Der
    Spiegel``; ``the Liberation,`` (of Paris) beside the daily
    ``Libération``; a body cited bare after ``According to`` one letter off an introduced person's
    surname; an established English name (``Bank of France``) beside
    the original (``Banque de France``) when it is not given as a gloss in
    brackets.
    """

    code = "CO101"
    name = "name-variant"
    severity = Severity.WARNING
    scope = Scope.DOCUMENT

    @dataclass(frozen=True)
    class Options:
        """Options of name-variant."""

        generic: bool = True
        style: bool = True
        min_length: int = 5
        semantic: bool = True

    examples = (
        Example("⟦Kiev⟧ hosts donors' conference\n\n"
                "Delegates from forty countries arrived in Kyiv on Monday.", True),
        Example("President Zelensky met the envoy. Later, ⟦Zelenskiy⟧ told reporters that Zelensky's "
                "plan was ready.", True),
        Example("Coach Andriy Shevchenko said the team was ready. Fans cheered when Shevchenko arrived, "
                "and ⟦Shevtchenko⟧ waved back.", True),
        Example("Shares of Crédit Agricole fell on Monday. ⟦Agricultural Credit⟧ said its profit would drop.",
                True),
        Example("Austria and Australia signed the deal; Iran and Iraq did not. Kyiv welcomed it, "
                "and officials in Kyiv said more would follow.", False),
    )

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        style = getattr(ctx.settings, "english_style", "us")
        lay = layout(ctx.text, ctx.segments, ctx.document.title_span)
        english = load_lexicon().english
        known = table_forms()
        claimed: list[tuple[int, int]] = []
        lowered = ctx.text.lower()
        groups, index = load_groups(), groups_by_word()
        # the groups with the longest run of a form among the document's words, in table order: most never appear
        for number in sorted({number for word in index.keys() & lay.vocabulary for number in index[word]}):
            group = groups[number]
            if group.kind == "distinct" or (group.kind == "style" and not self.options.style):
                continue
            occurrences = self._occurrences(lay, lowered, group, english)
            if len({o.form for o in occurrences}) > 1:  # a lone form (The Press) is free for the generic detectors
                claimed.extend((o.start, o.end) for o in occurrences)
            yield from self._check_group(ctx, occurrences, group, style)
        if not self.options.generic:
            return
        for calque in calques(lay, english.__contains__):
            fresh = [o for o in calque.translations if not overlaps(o, claimed)]
            claimed.extend((o.start, o.end) for o in fresh)
            counts = Counter({calque.source: len(calque.sources)}) + Counter(o.form for o in fresh)
            yield from self._report(ctx, fresh, counts, calque.source, calque.source, "translated-name",
                                    Severity.WARNING, 0.7, "glossary")
        for found in spelling_variants(lay, self.options.min_length, claimed, known):
            if found.kind == "hyphenation" and _person_and_place(ctx.text, found.occurrences):
                continue  # Lucía Santamaría and the Santa María district: a person and a place
            if found.kind == "hyphenation" and _two_people_alike(ctx.text, found.occurrences):
                continue  # Lies Van Wesemael and Tom Vanwesemael, whom the article says are not related
            if len(found.occurrences) == 2 and glossed(ctx.text, *found.occurrences):
                continue  # “Napoléon le Petit” (“Napoleon the Little”): a title and its translation
            if found.kind == "accents" and _accent_kept_in_source_name(ctx.text, found.occurrences):
                continue  # the Bajo Aragón, a district's Spanish name, beside Aragon, the region's English one
            outside = tuple(o for o in found.occurrences if not _in_translated_quotation(ctx.text, o))
            if len({o.form for o in outside}) < 2:
                continue  # “Córdoba, lejana y sola”, translated “Cordoba, far away…”: the quotation keeps its accent
            # a translated quotation keeps its spelling whatever the rest does: only the other mentions are judged
            found = replace(found, occurrences=outside)
            claimed.extend((o.start, o.end) for o in found.occurrences)
            keep = _most_mentioned(ctx.text, found.counts, found.kept)
            # dropped accents of a name the document mostly accents are a slip; Montreal with one Montréal is
            # English; but a person's name the article writes one way elsewhere (Miren Arbizu, Ms Arbizu) is
            # misspelt whichever way the odd title-led form parts from it
            slip = found.kind == "hyphenation" or (found.kind == "accents" and (
                has_accent(keep)
                or any(_titled(ctx.text, o.start, o.form) for o in found.occurrences if o.form != keep)))
            yield from self._report(ctx, found.occurrences, found.counts, keep, keep, found.kind,
                                    Severity.WARNING if slip else Severity.INFO, 0.7, "generic")
        yield from self._compound_part_accents(ctx, lay, claimed, known)
        yield from self._generic(ctx, lay, known, claimed)
        yield from self._same_given_name(ctx, claimed)
        yield from self._speaker_surname_slips(ctx, claimed)
        yield from self._given_name_variants(ctx, claimed, known)
        yield from self._particle_variants(ctx, claimed)
        yield from self._article_variants(ctx, claimed, known)
        if self.options.semantic:
            yield from self._translated(ctx, claimed)

    def _compound_part_accents(self, ctx: CheckContext, lay: Layout, claimed: list[tuple[int, int]],
                               known: Collection[str]) -> Iterator[Finding]:
        """The last part of a hyphenated name (``the Pierre-Dumézil library``) written alone elsewhere with its
        accents dropped or added (``the Dumezil library``), which the accent detector, comparing whole words, never
        sets side by side: French names a street, a school or a museum after a person with the given name joined
        by a hyphen, and English shortens it to the surname. The given names before the surname must be no English
        words (``Saint-Étienne``, ``Hydro-Québec`` name a town and a company, and English writes the place
        ``Quebec``), the lone word must stand alone, as a name does (no capitalised word before or after it, no
        given name or title, not at a sentence's start nor in the title), both must name the same kind of thing,
        the same noun after each (``library``), and neither spelling be written in lower case; a hyphenated name
        before another name (``Jean-René Dumas``) is a person's given names, left alone."""
        text = ctx.text
        lexicon = load_lexicon()
        lowercase = lay.lowercase
        parts: dict[str, list[Occurrence]] = {}
        lone: dict[str, list[Occurrence]] = {}
        nouns: dict[Occurrence, str] = {}  # the noun each names (``the Dumézil library``)
        for start, name_end in zip(lay.starts, lay.name_ends):
            form = text[start:name_end]
            if not form[:1].isupper() or lay.in_title(start) or lay.title_case_line(start) or form in known:
                continue
            pieces = form.split("-")
            last = pieces[-1]
            noun = _LOWER_AFTER.match(text, name_end)
            if len(last) < COMPOUND_PART_LETTERS or not last.isalpha() or last.lower() in lowercase \
                    or noun is None or noun.group(1) in _AFTER_A_PLACE or noun.group(1).endswith("ed"):
                continue
            key = unaccented(last).lower()
            if len(pieces) > 1:
                if all(piece[:1].isupper() and piece.isalpha() and not lexicon.is_english(piece) for piece in pieces[:-1]):
                    occurrence = Occurrence(name_end - len(last), name_end, last)
                    parts.setdefault(key, []).append(occurrence)
                    nouns[occurrence] = noun.group(1)
            elif start not in lay.initial and _name_word_before(text, start) is None \
                    and not _written_as_person(text, start, lexicon):
                occurrence = Occurrence(start, name_end, form)
                lone.setdefault(key, []).append(occurrence)
                nouns[occurrence] = noun.group(1)
        for key in sorted(parts.keys() & lone.keys()):
            named = {nouns[o] for o in parts[key]}
            lone[key] = [o for o in lone[key] if nouns[o] in named]
            occurrences = sorted((o for o in parts[key] + lone[key] if not overlaps(o, claimed)), key=lambda o: o.start)
            forms = {o.form for o in occurrences}
            if len(forms) != 2 or not any(has_accent(form) for form in forms) \
                    or {o.form for o in occurrences if o in lone[key]} == forms:
                continue  # one spelling, or both only alone: the accent detector's
            # the occurrences above decide that the name is one; the evidence and the spelling kept count every
            # occurrence of both spellings, a sentence's first word or a person's surname too (``Dumezil ×2``)
            pattern = "|".join(re.escape(form) for form in sorted(forms))
            occurrences = [o for o in (Occurrence(m.start(), m.end(), m.group())
                                       for m in re.finditer(rf"(?<!\w)(?:{pattern})(?!\w)", text))
                           if not overlaps(o, claimed)]
            counts = Counter(o.form for o in occurrences)
            # the most used spelling; on a tie the accented one, as a French name is written, then the earliest
            accented = next((form for form in sorted(forms) if has_accent(form)), "")
            keep = _usual_form(occurrences, counts, accented)
            claimed.extend((o.start, o.end) for o in occurrences)
            yield from self._report(ctx, occurrences, counts, keep, keep, "accents",
                                    Severity.WARNING if has_accent(keep) else Severity.INFO, 0.7, "generic")

    def _translated(self, ctx: CheckContext, claimed: list[tuple[int, int]]) -> Iterator[Finding]:
        """A body named in its language and in English (``Stadtwerke München``, ``Munich City Works``),
        judged by the run's encoder, which is built only for a document holding names of both kinds."""
        try:
            pairs = translated_names(ctx.text, lambda: ctx.resources.encoder.for_language("en"), load_lexicon(),
                                     identify=ctx.resources.langid.scores)
        except Exception as exc:  # noqa: BLE001 - no usable encoder in this run: the semantic detector stays off
            ctx.skip(self.name, f"no encoder for translated names ({type(exc).__name__}: {exc})")
            return
        overridden = self.active_severity != self.severity
        for pair in pairs:
            source, english = Occurrence(*pair.source), Occurrence(*pair.english)
            if overlaps(source, claimed) or overlaps(english, claimed) or glossed(ctx.text, source, english) or \
                    _NAMED_AS.search(ctx.text, max(0, source.start - 40), source.start) or \
                    _glossed_elsewhere(ctx.text, source.form, english.form):
                continue  # given beside its English name, or introduced as the local name (``known in Brazil as``)
            if _in_source_sentence(ctx, source):
                continue  # a sentence left in the source language names the body so: the language checks' finding
            later = max(source, english, key=lambda o: o.start)
            claimed.append((later.start, later.end))
            yield self.finding(
                ctx, later.start, later.end,
                f"'{source.form}' and '{english.form}' name one body in two languages in one document; "
                f"keep one (English keeps a proper name as it is, or translates it throughout)",
                severity=self.active_severity if overridden else Severity.WARNING,
                confidence=round(min(0.9, pair.similarity), 2),
                suggestion=source.form if later is english else english.form,
                evidence={"forms": {source.form: 1, english.form: 1}, "kind": "translated-name",
                          "similarity": pair.similarity, "source": "encoder"},
            )

    def _occurrences(self, lay: Layout, lowered: str, group: VariantGroup, english: frozenset[str]
                     ) -> list[Occurrence]:
        """Every counted occurrence of the group's forms (``lowered`` is the text in lower case)."""
        text = lay.text
        found: list[Occurrence] = []
        fixed: list[tuple[int, int]] = []
        for form, pattern, spellings in zip(group.forms, group.patterns, group.words):
            if not may_hold(lay.vocabulary, spellings):
                continue  # cheap filter: most forms never appear
            if group.fixed and not fixed:
                fixed = [span for phrase in group.fixed for span in _spans(lowered, phrase)]
            translation = group.kind == "translated-name" and form != group.preferred
            common = english.__contains__(form.split()[-1].lower())
            for match in pattern.finditer(text):
                if any(a <= match.start() < b for a, b in fixed):
                    continue
                if group.kind != "style" and _inside_source_name(text, match.start()):
                    continue  # Université libre de Bruxelles, KAA Gent: a source-language name keeps its spelling
                if group.kind != "style" and _hyphenated(text, match.start(), match.end()):
                    continue  # Louvain-la-Neuve, Rhein-Neckar: part of another place's hyphenated name
                if translation and not stands_alone(lay, match.start(), match.end(), form, common):
                    continue
                if group.kind == "style" and _shouting(text, match.start()):
                    continue
                found.append(Occurrence(match.start(), match.end(), form))
        # a name given as the other language's on purpose: ``Leuven, known in French as Louvain``
        found = [o for o in found if not _NAMED_AS.search(text, max(0, o.start - 40), o.start)]
        # or inside a source-language quotation the writer translates (``“Firenze non si vende”, which means…``), or
        # ending a body's name that the place's English name for it follows (``…Antwerpen, the city's Royal Museum…``)
        found = [o for o in found if not _in_translated_quotation(text, o) and not _end_of_explained_name(text, o)]
        # a shorter form inside a longer one of the group is part of it (Biel in Biel/Bienne)
        found = [o for o in found if not any(p.start <= o.start and o.end <= p.end and p != o for p in found)]
        if group.kind == "translated-name" and any(
                glossed(text, a, b) for a in found for b in found if a.form == group.preferred != b.form):
            return []  # the translation is given on purpose, as a gloss: Le Monde (The World)
        if group.kind != "style":
            # Kortrijk (Courtrai), Tournai (Doornik): the other name given beside on purpose, not a slip
            glosses = {b for a in found for b in found if a.form != b.form and a.start < b.start and glossed(text, a, b)}
            found = [o for o in found if o not in glosses]
        return found

    def _check_group(self, ctx: CheckContext, occurrences: Sequence[Occurrence], group: VariantGroup,
                     style: str) -> Iterator[Finding]:
        """Findings for one table group: every occurrence of a form other than the one kept."""
        counts = Counter(o.form for o in occurrences)
        if len(counts) < 2:
            return
        preferred = group.preferred_in(style)
        # a translated title is the slip however often it is used: the original name stays
        keep = preferred if group.kind == "translated-name" and preferred in counts else _usual_form(
            occurrences, counts, preferred)
        if keep in load_lexicon().exonyms and preferred in counts:
            keep = preferred  # a source-language spelling (Pékin) is never the one to keep, however often used
        severity = Severity.INFO if group.kind == "style" else Severity.WARNING
        yield from self._report(ctx, occurrences, counts, keep, preferred, group.kind, severity, 0.9, "table")

    def _report(self, ctx: CheckContext, occurrences: Iterable[Occurrence], counts: Counter[str], keep: str,
                preferred: str, kind: str, severity: Severity, confidence: float, source: str) -> Iterator[Finding]:
        """One finding per occurrence of a form other than ``keep``, with the counts as evidence; none when
        the article says one of the people is no relation of the other (``José Luis Marín, who is no
        relation of the minister``)."""
        occurrences = list(occurrences)
        if source == "generic" and any(_unrelated(ctx.text, o) for o in occurrences):
            return
        overridden = self.active_severity != self.severity
        tally = ", ".join(f"{form} \N{MULTIPLICATION SIGN}{n}" for form, n in counts.most_common())
        advice = f"use '{keep}' throughout"
        if preferred != keep:
            advice += f" (or '{preferred}', the usual English form, everywhere)"
        for occurrence in occurrences:
            if occurrence.form == keep:
                continue
            yield self.finding(
                ctx, occurrence.start, occurrence.end,
                f"'{occurrence.form}' and '{keep}' in one document, {KINDS[kind]} ({tally}); {advice}",
                severity=self.active_severity if overridden else severity,
                confidence=confidence,
                suggestion=keep,
                evidence={"forms": dict(counts), "kept": keep, "preferred": preferred, "kind": kind, "source": source},
            )

    def _same_given_name(self, ctx: CheckContext, claimed: list[tuple[int, int]]) -> Iterator[Finding]:
        """A short surname misspelt by one letter after the same two-part given name (``Jean-Marc
        Thonon``, ``Jean-Marc Tonon``; ``Modou Lamine Sarr``, ``Modou Lamine Sar``), which the generic
        detector, judging surnames of six letters or more alone, leaves. A given name of one word
        (``Anna Lind``, ``Anna Lund``) is too common to tell one person from two, unless the surnames
        part in a way no two families' names do: a final S alone (``Ginés Mateo``, ``Ginés Mateos``: a
        person's surname takes no plural), a doubled consonant (``Ilse de Wit``, ``Ilse de Witt``; ``Rita Vaca``,
        ``Rita Vacca``),
        the Spanish -ez of the Portuguese -es (``Inmaculada Gómez``, ``Inmaculada Gomes``), or, after the same
        particles, an ending dropped (``Marieke van Dam``, ``Marieke van Damme``), or unless the later full name
        only opens a sentence to speak (``Retired teacher Telma Serpa``, ``Telma Sarpa said``). A surname after
        a title and particles that never follows a given name (``Ms de Grood``) is the one person's with those particles
        whose surname it misses by a letter (``Emma de Groot``). Long surnames are the generic detector's, but
        two letters off after one given name (``Joaquín Larrañeta``, ``Joaquín Larrañaga admitted``) they are
        one person's only where the later full name just opens a sentence to speak."""
        text = ctx.text
        lexicon = load_lexicon()
        # the surnames after each given name (with the particles between them, if any)
        surnames: dict[tuple[str, str], set[str]] = {}
        for run in _CAPITALISED_RUN.finditer(text):
            words = run.group().split()
            surname, before = words[-1], words[:-1]
            givens = [before[-1]]
            if "-" not in before[-1] and len(before) >= 2 and not lexicon.is_english(before[-2]):
                # two given names (Modou Lamine), or a role the word lists lack before one (``Headteacher Claudia
                # Wirtz``, later ``Claudia Wirz said``): the last given name alone is kept too, judged as a lone one
                givens.insert(0, f"{before[-2]} {before[-1]}")
            for given in givens:
                if not lexicon.is_english(surname) and not any(lexicon.is_english(part)
                                                               for part in re.split(r"[\s-]+", given)):
                    surnames.setdefault((given, ""), set()).add(surname)
        titled: dict[str, set[str]] = {}  # surnames after a title and particles (``Ms de Grood``), by the particles
        for match in _PARTICLE_NAME.finditer(text):
            given = match.group("given")
            particles = " ".join(match.group("particles").lower().split())
            if given is not None and _TITLE_WORD.fullmatch(given) is not None:
                titled.setdefault(particles, set()).add(match.group("last"))
            # after particles a word is a surname even when English has it (Ilse de Wit)
            elif given is not None and not any(lexicon.is_english(part) for part in given.split("-")):
                surnames.setdefault((given, particles), set()).add(match.group("last"))
        # a titled surname that never follows a given name, one letter off the surname of exactly one person
        # introduced with the same particles (``Emma de Groot``, then ``Ms de Grood``), is that person's, misspelt
        given_named = set().union(*surnames.values())
        slips: set[tuple[str, str]] = set()
        for particles, forms in titled.items():
            for form in forms - given_named:
                people = [(key, surname) for key, known in surnames.items() if key[1] == particles
                          for surname in known if typo_keys(form) & typo_keys(surname)]
                if len(people) == 1:
                    key, surname = people[0]
                    surnames[key].add(form)
                    slips.add(tuple(sorted((form, surname))))
        for (given, particles), forms in surnames.items():
            lone = "-" not in given and " " not in given
            for one, other in combinations(sorted(forms), 2):
                if min(len(one), len(other)) >= SURNAME_LETTERS:
                    # long surnames one letter apart are the generic detector's; two letters apart they are one
                    # person's only where the later full name just opens a sentence to speak (``Joaquín Larrañeta``,
                    # ``Joaquín Larrañaga admitted``), and so are two parting on a first letter that sounds alike
                    # (``Ilka Zoller``, ``Ilka Soller said``)
                    if lone and (_two_letters_apart(one, other) or _first_letter_sounds_alike(one, other)) \
                            and _named_again(text, given, one, other):
                        yield from self._report_pair(ctx, claimed, one, other)
                    continue
                short, long = sorted((one, other), key=len)
                # after one given name and the same particles, an ending dropped misspells one person's
                # surname (``Marieke van Dam``, ``Marieke van Damme``): two families' names part otherwise
                dropped = bool(particles) and _ending_dropped(short, long, least=3)
                if not (typo_keys(one) & typo_keys(other) or dropped or _first_letter_sounds_alike(one, other)):
                    continue
                if lone and not dropped and (one, other) not in slips and not (
                        _final_s(one, other) or _doubled_consonant(one, other) or _ez_for_es(one, other)
                        or _vowel_slip(text, one, other) or _named_again(text, given, one, other)):
                    continue
                if not lone and _inflected([one, other]):
                    continue
                yield from self._report_pair(ctx, claimed, one, other)

    def _report_pair(self, ctx: CheckContext, claimed: list[tuple[int, int]], one: str, other: str
                     ) -> Iterator[Finding]:
        """Findings for two spellings of one surname, wherever either stands unclaimed: each of the rarer one."""
        occurrences = [o for o in (Occurrence(m.start(), m.end(), m.group()) for m in
                                   re.finditer(rf"\b(?:{re.escape(one)}|{re.escape(other)})\b", ctx.text))
                       if not overlaps(o, claimed)]
        counts = Counter(o.form for o in occurrences)
        if len(counts) < 2:
            return
        keep = _usual_form(occurrences, counts)
        claimed.extend((o.start, o.end) for o in occurrences)
        yield from self._report(ctx, occurrences, counts, keep, keep, "transliteration", Severity.WARNING, 0.6,
                                "generic")

    def _speaker_surname_slips(self, ctx: CheckContext, claimed: list[tuple[int, int]]) -> Iterator[Finding]:
        """A person introduced with a surname (``Holger Thiel``, ``Annelies Bosma``) and later quoted by
        that surname one letter off (``Thiele added``, ``Bosman said``; ``Canio Summa``, ``Suma, 61, denies``;
        ``Koen Bemelmans``, ``Bemelman, who grew up``), which the article never introduces, or later titled by
        it (``Mr Brouwers`` after ``Dirk-Jan Brouwer``; ``Ms Valbonnay`` after ``Hélène Valbonnet``; ``Professor
        Bale`` after ``Paola Balle``): news text names a new speaker in full first, so a bare
        surname that speaks is the introduced one, misspelt; and so is a bare surname given as the source of a
        statement (``Lieke Hoogers``, ``According to Hooger``). The generic detector leaves such pairs: it judges
        surnames of six letters or more only, and only where a title or a given name English lacks marks a person
        (``Geologist Marina Brandolini``, ``According to Brandolino``: here a role opening the sentence does)."""
        text = ctx.text
        lexicon = load_lexicon()
        lowercase = {word for word in _WORD.findall(text) if word.islower()}
        introduced: dict[str, list[Occurrence]] = {}
        titled: dict[str, list[Occurrence]] = {}
        given_named: set[str] = set()  # surnames after any given name, one English has too (Anna Kellner)
        for run in _CAPITALISED_RUN.finditer(text):
            *before, surname = run.group().split()
            start = run.end() - len(surname)
            if _TITLE_WORD.fullmatch(before[-1]) is None:
                given_named.add(surname)
            if _TITLE_WORD.fullmatch(before[-1]) is not None:
                # after a personal title a word English has too is a surname where the text never writes it in
                # lower case (``Professor Bale``); after a rank or an office it may go on the title
                # (``Secretary General``)
                if len(before) == 1 and _next_name(text, run.end()) is None and (_no_word(surname) or (
                        _HONORIFIC.fullmatch(before[0]) is not None and surname.lower() not in lowercase)):
                    titled.setdefault(surname, []).append(Occurrence(start, run.end(), surname))
            elif _no_word(surname) and (not lexicon.is_english(before[-1]) or (
                    # a given name English has as a word after a lower-case word (``Fire chief Dirk Maes``) or after
                    # a role opening the sentence (``Geologist Marina Brandolini``), where the text never writes
                    # that word in lower case: not an exclamation (``“Holy Christ``)
                    before[-1].lower() not in lowercase and (
                        (len(before) == 1
                         and _LAST_LOWER_WORD.search(text, max(0, run.start() - 30), run.start()) is not None)
                        or (len(before) == 2 and lexicon.is_english(before[0])
                            and _SENTENCE_START_BEFORE.search(text, max(0, run.start() - 4), run.start()))))):
                introduced.setdefault(surname, []).append(Occurrence(start, run.end(), surname))
        speakers: dict[str, list[Occurrence]] = {}
        for match in chain(_BARE_SPEAKER.finditer(text), _BARE_SOURCE.finditer(text)):
            form = match.group("surname")
            # an English word speaks as a surname only where it respells an introduced one's Portuguese nasal
            # (``Hugo Falcão``, ``Falcon also confirmed``) and the text never writes it in lower case
            if form not in introduced and (_no_word(form) or (form.lower() not in lowercase and any(
                    _nasal_respelt(surname, form) for surname in introduced))) \
                    and _name_word_before(text, match.start("surname")) is None:
                speakers.setdefault(form, []).append(Occurrence(match.start("surname"), match.end("surname"), form))
        # a word alone opening a sentence with a relative clause about a person (``Bemelman, who grew up in…``) is
        # the subject named again by the surname; inside a sentence it may be a kinsman's given name (``his son
        # Willem, who``)
        for match in _BARE_RELATIVE.finditer(text):
            form = match.group("surname")
            if form not in introduced and _no_word(form) and \
                    _SENTENCE_START_BEFORE.search(text, max(0, match.start() - 4), match.start()):
                speakers.setdefault(form, []).append(Occurrence(match.start(), match.end("surname"), form))
        # a word alone with an age in apposition (``Suma, 61, denies the charges``) is a person named by the
        # surname, whatever word lists hold it
        for match in _BARE_AGED.finditer(text):
            form = match.group("surname")
            if form not in introduced and not lexicon.is_english(form) and \
                    _name_word_before(text, match.start()) is None:
                speakers.setdefault(form, []).append(Occurrence(match.start(), match.end("surname"), form))
        # a title before a surname the article never gives with a given name (``Mr Brouwers`` after ``Dirk-Jan
        # Brouwer``, ``Mr Hennebel`` after ``Thierry Hennebelle``): the person introduced, misspelt; the generic
        # detector leaves a final S or a dropped ending, which may part two families' names
        unintroduced = {form: found for form, found in titled.items() if form not in given_named}
        if (speakers or unintroduced) and _TWO_PEOPLE_ALIKE.search(text) is not None:
            return  # ``two councillors with almost identical names``: the article tells them apart
        for form, found in unintroduced.items():
            if len([surname for surname in introduced if _titled_slip(surname, form)]) == 1:
                speakers.setdefault(form, []).extend(found)
        for form, spoken in speakers.items():
            matching = [surname for surname in introduced if typo_keys(surname) & typo_keys(form)
                        or _nasal_respelt(surname, form)
                        or (form in unintroduced and _titled_slip(surname, form))
                        # a speaker who lost the introduced surname's last letters (``Sofia Ravaschio``,
                        # ``Ravaschi said``), which the generic detector takes for an inflection; not a place
                        # that a preposition puts before the verb (``the police in Valencia said``)
                        or (_ending_dropped(surname, form) and len(form) < len(surname)
                            and not any(_PLACE_BEFORE.search(text, max(0, o.start - 20), o.start) for o in spoken))]
            if len(matching) != 1:
                continue  # none, or two people it may be
            surname = matching[0]
            occurrences = [o for o in introduced[surname] + titled.get(surname, []) + spoken if not overlaps(o, claimed)]
            counts = Counter(o.form for o in occurrences)
            if len(counts) < 2 or any(_unrelated(text, o) for o in occurrences):
                continue
            claimed.extend((o.start, o.end) for o in occurrences)
            yield from self._report(ctx, occurrences, counts, surname, surname, "transliteration",
                                    Severity.WARNING, 0.6, "generic")

    def _given_name_variants(self, ctx: CheckContext, claimed: list[tuple[int, int]],
                             known: Collection[str]) -> Iterator[Finding]:
        """One person's given name spelled two ways before the same surname (``Luiz Fernando Albuquerque``,
        ``Luís Fernando Albuquerque``; ``Thiago Medeiros``, ``Tiago Medeiros``; ``Karsten``, ``Carsten``; ``Vítor``,
        ``Victor``): an accent, a letter added, dropped or changed, a C for a K, a Y for an IE
        between consonants (``Hielke``, ``Hylke``), or an X for a J (``Xosé``, ``José``). A feminine beside a masculine (``Daniel``, ``Daniela``; ``Mario``, ``Maria``) may be two
        people of one family, and is left alone."""
        text = ctx.text
        lexicon = load_lexicon()
        # a given name that is also an English word (Victor, Rose, Frank) counts only where the text never
        # writes that word in lower case: elsewhere a capitalised word before a surname is a sentence's
        # first word (``When Calado arrived``), no given name
        lowercase = {word for word in _WORD.findall(text) if word.islower()}
        english_given: set[str] = set()
        # the first given name's spellings by what follows it (the other given names and the surname)
        spellings: dict[tuple[str, ...], dict[str, list[Occurrence]]] = {}
        for run in _CAPITALISED_RUN.finditer(text):
            words = run.group().split()
            given, rest = words[0], tuple(words[1:])
            if len(given) < 3 or len(rest[-1]) < 4 or given in known:
                continue  # the table judges its own names (Oleksii, Oleksiy)
            if lexicon.is_english(given):
                if given.lower() in lowercase or lexicon.is_english(rest[-1]):
                    continue
                english_given.add(given)
            elif lexicon.is_english(rest[-1]) and rest[-1].lower() in lowercase:
                continue  # a word the text also writes in lower case: maybe no surname (``Ana Pastor`` is one)
            found = Occurrence(run.start(), run.start() + len(given), given)
            spellings.setdefault(rest, {}).setdefault(given, []).append(found)
        # a monarch's name and regnal number, or a body's named after one (``Jaume I University``, ``Jaime I
        # University``): the number marks the same sovereign, so a given name one letter off before it is one
        # name in two languages; a given name English has as a word (``Henry VIII``) is left alone
        for match in _REGNAL_NAME.finditer(text):
            given = match.group("given")
            if len(given) < 3 or given in known or lexicon.is_english(given) or not _regnal(text, match):
                continue
            found = Occurrence(match.start(), match.end("given"), given)
            spellings.setdefault((match.group("number"),), {}).setdefault(given, []).append(found)
        for rest, forms in spellings.items():
            for one, other in combinations(sorted(forms), 2):
                if one in english_given and other in english_given:
                    continue  # two English words (Grace, Grade): at least one must be a name alone
                # a hard C and a K start one name (Carsten, Karsten; Christian, Kristian), and so do the X of
                # Galician, Catalan and old Spanish and the J of modern Spanish (Xosé, José; Xavier, Javier)
                if not typo_keys(_given_key(one)) & typo_keys(_given_key(other)) or _feminine_pair(one, other):
                    continue
                if len(rest) == 1 and _REGNAL_NUMBER.fullmatch(rest[0]) and _two_realms(text, one, other, rest[0]):
                    continue  # Henry IV of England and Henri IV of France: two kings of one number
                # every time either spelling stands before the same names, inside a longer run of capitals too
                # (``Winemaker Xosé Manuel Lois``, whose first word the loop above takes for the given name)
                rest_pattern = "[ \N{NO-BREAK SPACE}]".join(map(re.escape, rest))
                occurrences = [Occurrence(m.start(), m.end(1), m.group(1)) for m in re.finditer(
                    rf"\b({re.escape(one)}|{re.escape(other)})[ \N{{NO-BREAK SPACE}}]{rest_pattern}\b", text)]
                if any(overlaps(o, claimed) for o in occurrences):
                    continue  # another detector has judged this name already
                if any(_unrelated(text, o) for o in occurrences):
                    continue  # ``Carla Montoya, no relation,``: the article says they are two people
                # where each given name ends anywhere, alone too (``Breno, 24,``), for the ages after it
                every_end = {form: [m.end() for m in re.finditer(rf"\b{re.escape(form)}\b", text)]
                             for form in (one, other)}
                if _TWO_PEOPLE_ALIKE.search(text) is not None or _different_people(text, (one, other), every_end):
                    continue  # ``two riders with almost identical names``, ``Breno, 24, … Bruno, 16,``: two people
                counts = Counter(o.form for o in occurrences)
                keep = _usual_form(occurrences, counts)
                claimed.extend((o.start, o.end) for o in occurrences)
                yield from self._report(ctx, occurrences, counts, keep, keep, "transliteration",
                                        Severity.WARNING, 0.6, "generic")

    def _particle_variants(self, ctx: CheckContext, claimed: list[tuple[int, int]]) -> Iterator[Finding]:
        """A surname written with two different particles (``van der Berg``, ``van den Berg``; ``Viana do
        Castelo``, ``Viana de Castelo``) or with its particles joined (``Van den Broeck``, ``Vandenbroeck``),
        unless the two come with given names of their own."""
        text = ctx.text
        # (start, end, particles, given name or None) by the surname after the particles
        by_surname: dict[str, list[tuple[int, int, str, str | None]]] = {}
        for match in _PARTICLE_NAME.finditer(text):
            particles = " ".join(match.group("particles").lower().split())
            start = match.start("particles")
            by_surname.setdefault(match.group("last"), []).append((start, match.end(), particles, match.group("given")))
        for last, found in by_surname.items():
            forms = {text[s:e] for s, e, _, _ in found}
            particles = {p for _, _, p, _ in found}
            joined = [m for p in particles for m in re.finditer(rf"\b{re.escape(p.replace(' ', ''))}{re.escape(last.lower())}\b",
                                                                 text, re.IGNORECASE)]
            if len(particles) < 2 and not joined:
                continue
            given = {g for _, _, _, g in found if g}
            if len(particles) >= 2 and len(given) >= 2 and all(
                    len({g for _, _, q, g in found if q == p and g}) == 1 for p in particles):
                continue  # Pieter van den Berg and Anna van der Berg: two people
            occurrences = [o for o in [Occurrence(s, e, text[s:e]) for s, e, _, _ in found]
                           + [Occurrence(m.start(), m.end(), m.group()) for m in joined] if not overlaps(o, claimed)]
            if joined and _two_people_alike(text, occurrences):
                continue  # Lies Van Wesemael and Tom Vanwesemael, whom the article says are not related
            # the same particles in another case (Van den Berg at a sentence's start, van den Berg) are one form
            counts = Counter(_first_lower(o.form) for o in occurrences)
            if len(counts) < 2 or not forms:
                continue
            keep = _usual_form(occurrences, counts, form_of=_first_lower)
            claimed.extend((o.start, o.end) for o in occurrences)
            yield from self._report(ctx, [o for o in occurrences if _first_lower(o.form) != keep], counts, keep, keep,
                                    "particles", Severity.WARNING, 0.6, "generic")

    def _article_variants(self, ctx: CheckContext, claimed: list[tuple[int, int]], known: Collection[str]
                          ) -> Iterator[Finding]:
        """A place written once with a source-language article before it and otherwise without (``in El
        Ferrol`` beside ``in Ferrol``; ``Le Touquet``, ``Touquet``): the translator kept an old or a local
        form of the name, or dropped the article of one that takes it. Only a name that stands alone, as a
        place does (no given name, title or capitalised word beside it), in no language's word list and
        written without the article at least once after a preposition of place; a person's particle
        (``Marine Le Pen``) and a longer name (``La Liga Endesa``) are left alone, and so are two places that
        the table calls distinct (``La Palma``, ``Palma``)."""
        text = ctx.text
        lexicon = load_lexicon()
        with_article: dict[str, list[Occurrence]] = {}
        for match in _ARTICLE_NAME.finditer(text):
            name = match.group("name")
            previous = _LAST_LOWER_WORD.search(text, max(0, match.start() - 30), match.start())
            if previous is None or not lexicon.is_english(previous.group(1)):
                continue  # no English word before: a source-language quotation keeps it (``“La France a décidé…”``)
            if (_name_word_before(text, match.start()) is not None or _inside_source_name(text, match.start())
                    or _written_as_person(text, match.start(), lexicon) or _next_name(text, match.end()) is not None
                    or not _no_word(name) or name in known or match.group() in known):
                continue
            with_article.setdefault(name, []).append(Occurrence(match.start(), match.end(), match.group()))
        for name, articled in with_article.items():
            bare = [Occurrence(m.start(), m.end(), name) for m in re.finditer(rf"\b{re.escape(name)}\b", text)
                    if not _ARTICLE_BEFORE.search(text, max(0, m.start() - 5), m.start())]
            if any(_name_word_before(text, o.start) is not None or _next_name(text, o.end) is not None
                   or _NUMBER_AFTER.match(text, o.end) or _written_as_person(text, o.start, lexicon) for o in bare):
                continue  # a person's name (Rochelle Humes) or part of a longer one: not the place alone
            if any(_QUANTIFIER_BEFORE.search(text, max(0, o.start - 12), o.start) for o in bare):
                continue  # ``no Rioja``, ``more Champagne``: a product named after the region, not the place
            # a place, not a product's noun after it (``Sales of Rioja wine``)
            if not any(_PLACE_BEFORE.search(text, max(0, o.start - 20), o.start) and not _attributive(text, o.end)
                       for o in bare):
                continue
            occurrences = [o for o in articled + bare if not overlaps(o, claimed)]
            counts = Counter(o.form for o in occurrences)
            if len(counts) < 2 or sum(counts.values()) < 3:
                continue  # one of each: no usual form to keep
            keep = _usual_form(occurrences, counts)
            if counts[keep] == min(counts.values()):
                continue  # as often with the article as without: no usual form to keep
            claimed.extend((o.start, o.end) for o in occurrences)
            yield from self._report(ctx, occurrences, counts, keep, keep, "articles", Severity.WARNING, 0.6,
                                    "generic")

    def _generic(self, ctx: CheckContext, lay: Layout, table_forms: frozenset[str], claimed: list[tuple[int, int]]
                 ) -> Iterator[Finding]:
        """Transliteration variants of capitalised words that the table and the other detectors leave."""
        text = ctx.text
        # (start, end, form, end of the word): an Occurrence is only made for the few keys with two forms,
        # and only their forms are judged (all occurrences of a form share its keys)
        by_key: dict[str, list[tuple[int, int, str, int]]] = {}
        min_length = self.options.min_length
        for start, name_end, end, word in zip(lay.starts, lay.name_ends, lay.ends, lay.words):
            # a name one letter shorter still counts when only a K for its hard C sets its spellings apart (Caub, Kaub)
            if len(word) < min_length - 1 or word[0].islower():
                continue  # too short (a possessive form is shorter still), or not capitalised
            form = word[:name_end - start]
            if len(form) < min_length - 1 or form.isupper() or form in table_forms \
                    or form.removesuffix("s") in table_forms:
                continue  # too short, an acronym, or a table name (or its plural): the table judges it
            if any(a < name_end and start < b for a, b in claimed):
                continue
            keys = hard_c_keys(form)
            if len(form) >= min_length:
                keys = keys | variant_keys(form)
            elif tail := _PLACE_TAIL.match(text, name_end):
                # a short first word of a longer place name, whose particles and last words make it one name
                # (``Ajea de los Molinos``, ``Agea de los Molinos``)
                keys = keys | {f"{TAIL}{key}{tail.group().lower()}" for key in variant_keys(form)}
            if len(form) >= SURNAME_LETTERS and form.isalpha():
                keys = keys | typo_keys(form) | doubled_vowel_keys(form)
            elif len(form) == SURNAME_LETTERS - 1 and form.isalpha():
                # a surname one letter short of the length looked for, as itself only: it meets a longer spelling
                # that dropped a letter to make it (``Ralf Wendte``, ``Wende's lawyer``), never a spelling of its
                # own length, where two short names part on a letter more often than not (``Meier``, ``Meyer``)
                keys = keys | {TYPO + unaccented(form.lower())}
            elif "-" in form:
                keys = keys | compound_keys(form) | compound_hard_c_keys(form)
            for key in keys:
                by_key.setdefault(key, []).append((start, name_end, form, end))
        reported: set[Occurrence] = set()
        # keys with two forms, in a fixed order (a word's keys come from a set, whose order changes with the
        # hash seed): those holding the document's most frequent spelling first, so that when three spellings
        # meet (Scarborough twice, Scarbrough, Sarborough) each rare one is set against the usual one
        shared = sorted((key for key, found in by_key.items()
                         if len(found) > 1 and len({form for _, _, form, _ in found}) > 1),
                        key=lambda k: (-max(Counter(form for _, _, form, _ in by_key[k]).values()), k))
        for key in shared:
            found = by_key[key]
            occurrences = sorted({Occurrence(start, end, form) for start, end, form, _ in found}, key=lambda o: o.start)
            counts = Counter(o.form for o in occurrences)
            forms = list(counts)
            if len({f.lower() for f in forms}) < len(forms):
                continue  # forms that differ only in case (a casing issue, not a variant)
            if len({unaccented(f) for f in forms}) == 1:
                continue  # accents only: the accent detector judged it, with its own evidence rules
            if key.startswith(COMPOUND) and (len(forms) != 2 or any(_quoted(text, s, e) for s, e, _, _ in found)
                                             or _slip_on_an_accent(forms) or forms[0].count("-") == 1
                                             and not _two_part_place_slip(text, lay, found)):
                continue  # one part of a hyphenated place one letter off: the rest of the name makes it one place
            if key.startswith(TYPO) and len(forms) == 2 and min(map(len, forms)) < SURNAME_LETTERS \
                    and not _short_surname_slip(text, forms, found):
                continue  # a five-letter name one letter off: only a surname after a given name
            if key.startswith(TYPO) and (
                    len(forms) != 2 or (_inflected(forms) and not (_same_given_name(text, found)
                                                                   or _bare_surname_slip(text, found)
                                                                   or _place_slip(text, lay, found)))
                    or not (any(_written_as_person(text, s, load_lexicon()) or _aged_full_name(text, s, e)
                                for s, e, _, _ in found)
                            or _shared_name_word(text, found) or _same_noun_after_the(text, found)
                            or _coined_name_slip(text, found)
                            or _place_slip(text, lay, found))
                    or _different_given_names(text, found) or _one_name(text, found)
                    or any(_quoted(text, s, e) for s, e, _, _ in found) or _slip_on_an_accent(forms)
                    or _person_and_region(text, found)):
                continue  # one letter apart: a person's name (written so once), unless each has its own given name
            if key.startswith(DOUBLED_VOWEL) and (len(forms) != 2 or not _long_vowel_slip(text, found)):
                continue  # another long vowel in a name: a slip only of a person the article keeps naming otherwise
            if key.startswith(HARD_C) and (len(forms) != 2 or _different_given_names(text, found)
                                           or _one_name(text, found)):
                continue  # a C and a K apart: Carla Montoya and Karla Weber are two women
            if key.startswith(HARD_C + COMPOUND) and any(_before_a_name(text, end) or _quoted(text, start, end)
                                                         for start, _, _, end in found):
                continue  # hyphenated given names before a surname (Hans-Carl Weber): the given-name detector's
            if _translated_word(text, found):
                continue  # the Virgin of the Pillar beside the Plaza del Pilar: a translation, not a slip
            if _coordinated(text, found):
                continue  # ``Maier and Mayer``: two people side by side
            if _words_of_two_names(text, found):
                continue  # the Teatro Regio beside Reggio Emilia: a word of each of two names
            if _different_given_names(text, found) and min(counts.values()) >= 2:
                continue  # Jens Meyer and Jan Meier, each named so twice or more: two people, no slip
            if _body_keeps_place_spelling(text, lay, found):
                continue  # the Rijksmuseum of a province beside the province: the body keeps its older spelling
            if _source_body_and_english(text, found):
                continue  # the Hospital Universitario de Navarra beside Navarre's police: the body keeps its name
            # a sentence's first word is a name when a name follows (Nicolo Bertolini thanked…) or when it
            # is no word of English nor of the source lists (Echeberria says…)
            named = {form for start, _, form, end in found
                     if not lay.in_title(start) and (start not in lay.initial or _before_a_name(text, end)
                                                     or _no_word(form))}
            if not all(f in named and f.lower() not in lay.lowercase for f in forms):
                continue  # a word seen only at sentence starts, or also in lowercase, may not be a name
            ends: dict[str, list[int]] = {}
            for _, _, form, end in found:
                ends.setdefault(form, []).append(end)
            if _different_people(text, forms, ends) or (
                    _different_given_names(text, found) and _TWO_PEOPLE_ALIKE.search(text) is not None):
                continue  # Marijke Jansen and Marieke Janssen, whom the article calls two people
            keep = _usual_form(occurrences, counts)
            fresh = [o for o in occurrences if o not in reported]
            reported.update(fresh)
            claimed.extend((o.start, o.end) for o in occurrences)  # the detectors after this one leave them
            yield from self._report(ctx, fresh, counts, keep, keep, "transliteration", Severity.WARNING, 0.6,
                                    "generic")


#: the identifier's probability, at least, that a sentence without the name is in one source language
SOURCE_SENTENCE_PROBABILITY = 0.9
#: fewest words a sentence keeps without the name for the identifier to judge it
SOURCE_SENTENCE_WORDS = 5


def _in_source_sentence(ctx: CheckContext, occurrence: Occurrence) -> bool:
    """Does the occurrence stand in a sentence that, the name left out, is in a source language (``Le
    esportazioni verso gli Stati Uniti sono cresciute…``)? The whole sentence is untranslated; its name
    is no variant of the English one."""
    segment = next((s for s in ctx.segments if s.start <= occurrence.start < s.end), None)
    if segment is None:
        return False
    rest = segment.text[:occurrence.start - segment.start] + " " + segment.text[occurrence.end - segment.start:]
    if len(rest.split()) < SOURCE_SENTENCE_WORDS:
        return False
    scores = ctx.resources.langid.scores(rest)
    return max(scores.get(language, 0.0) for language in SOURCE_LANGUAGES) >= SOURCE_SENTENCE_PROBABILITY


#: what introduces a place's or a person's name in another language: ``known in French as``, ``called … in Dutch``
_NAMED_AS = re.compile(r"\b(?:known|called|named|spelt|spelled|written)\s+(?:in\s+[A-Z][a-z]+\s+|locally\s+|there\s+)?as\s+(?:the\s+)?\Z"
                       r"|\bin\s+(?:French|Dutch|German|Spanish|Italian|Portuguese|Flemish|Catalan|Basque)[,:]?\s+\Z")


#: two capitalised words and a space right before a position: the occurrence ends a longer name
_NAME_WORDS_BEFORE = re.compile(r"[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*[ \t][A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*[ \t]\Z")


def _end_of_explained_name(text: str, occurrence: Occurrence) -> bool:
    """Does the occurrence end a longer name that the place's own English name for it follows (``the Koninklijk
    Museum voor Schone Kunsten Antwerpen, the city's Royal Museum of Fine Arts``): the body's name, kept on purpose?"""
    return (_NAME_WORDS_BEFORE.search(text, max(0, occurrence.start - 60), occurrence.start) is not None
            and named_by_its_place(text, occurrence.end))


def _in_translated_quotation(text: str, occurrence: Occurrence) -> bool:
    """Is the occurrence part of a longer quotation or bracket that the writer translates beside it?"""
    floor = text.rfind("\n", 0, occurrence.start) + 1
    ceiling = text.find("\n", occurrence.end)
    inner = enclosing(text, occurrence.start, occurrence.end, floor, len(text) if ceiling < 0 else ceiling)
    return (inner is not None and inner[:2] != (occurrence.start, occurrence.end)
            and translated_beside(text, inner[0], inner[1]))


def _glossed_elsewhere(text: str, source: str, english: str) -> bool:
    """Does the writer gloss the one name with the other somewhere in the article (``Valladolid's Semana Santa,
    or Holy Week``), words the two forms share left out (``Valladolid's``)? Both are then used on purpose."""
    one, other = source.split(), english.split()
    while len(one) > 1 and len(other) > 1 and one[0] == other[0]:
        one, other = one[1:], other[1:]
    while len(one) > 1 and len(other) > 1 and one[-1] == other[-1]:
        one, other = one[:-1], other[:-1]
    first, second = " ".join(one), " ".join(other)
    for a, b in ((first, second), (second, first)):
        for start, end in _spans(text, a):
            after = text.find(b, end, end + 40 + len(b))
            if after >= 0 and glossed(text, Occurrence(start, end, a), Occurrence(after, after + len(b), b)):
                return True
    return False


def _spans(text: str, phrase: str) -> Iterator[tuple[int, int]]:
    """The spans of ``phrase`` in ``text``, left to right, none overlapping (as ``re.finditer`` finds them)."""
    start = text.find(phrase)
    while start >= 0:
        yield start, start + len(phrase)
        start = text.find(phrase, start + len(phrase))


def _shouting(text: str, pos: int) -> bool:
    """True when the line around ``pos`` is written in capitals (``US`` may then be the pronoun)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    letters = [c for c in text[start:end if end >= 0 else len(text)] if c.isalpha()]
    return len(letters) > 10 and sum(c.isupper() for c in letters) > 0.8 * len(letters)


def _next_name(text: str, end: int) -> str | None:
    """The capitalised word right after a name (skipping particles such as ``bin``), if any."""
    while True:
        match = _FOLLOWING_WORD.match(text, end)
        if match is None:
            return None
        word = match.group(1)
        if word not in _NAME_PARTICLES:
            return word if word[0].isupper() else None
        end = match.end()


def _next_names(text: str, end: int) -> tuple[str, ...]:
    """The first and the last of the capitalised words in a row right after a name (particles skipped): a given
    name's next name and its surname (``Cleiton Aparecido Moura``: Aparecido, Moura); empty when none follows."""
    names: list[str] = []
    while True:
        match = _FOLLOWING_WORD.match(text, end)
        if match is None:
            break
        word = match.group(1)
        if word not in _NAME_PARTICLES:
            if not word[0].isupper():
                break
            names.append(word)
        end = match.end()
    return tuple(names[:1] + names[-1:])


#: what says that two people of one name are two (``Carla Montoya, no relation, runs…``, ``Anne Collin – no
#: relation to the deputy mayor –``)
_NO_RELATION = re.compile(r"(?:\s+[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]+){0,3}\s*[,(\N{EN DASH}\N{EM DASH}]\s*"
                          # ``Jan Peters, a tourist from Eindhoven who is no relation to…``; an abbreviation's
                          # full stop does not end the clause (``a baker from St. Peter who is no relation…``)
                          r"(?:[a-z](?:[^.;()\n]|(?<=\b(?:St|Mt|Dr|Mr|Ms|Jr|Sr))\.|(?<=\bMrs)\.){0,80}?\s)?"
                          # a plural verb says it of other things (``According to Van Veldhofen, the two closures are
                          # not related``); two people said so together are ``_TWO_PEOPLE_ALIKE``'s
                          r"(?<!\bare\s)(?<!\bwere\s)(?:no\s+relation|not\s+related|unrelated)\b")


#: what says that two people of one article have names alike (``The two women, who are not related,``; ``two
#: councillors with almost identical names``; ``the similarity of their names``)
_TWO_PEOPLE_ALIKE = re.compile(r"\b(?:are|were)\s+(?:not\s+related|no\s+relation|unrelated)\b"
                               r"|\b(?:almost|nearly|near)[\s-]+identical\s+(?:sur)?names\b|\bnamesakes\b"
                               r"|\bsimilar(?:-sounding)?\s+(?:sur)?names\b"
                               r"|\bsimilarity\s+of\s+(?:their|the\s+two)\s+(?:sur)?names\b", re.IGNORECASE)


#: a source-language article before a capitalised name of five letters or more (``El Ferrol``, ``Le Touquet``)
_ARTICLE_NAME = re.compile(r"\b(?:El|La|Le|Il|Lo|Los|Las|Les)[ \N{NO-BREAK SPACE}](?P<name>[A-Z][a-z\u00e0-\u00ff]{4,})\b")
#: any article, of any case, right before a position
_ARTICLE_BEFORE = re.compile(r"\b(?i:el|la|le|il|lo|los|las|les|l['\N{RIGHT SINGLE QUOTATION MARK}])[ \N{NO-BREAK SPACE}']?\Z")
#: a lower-case word and one space right before a position
_LAST_LOWER_WORD = re.compile(r"\b([a-z]+)[ \N{NO-BREAK SPACE}]\Z")
#: a number right after a name, as part of it (``France 2``, ``Canal 9``)
_NUMBER_AFTER = re.compile(r"[ \N{NO-BREAK SPACE}]\d")
#: a preposition of place right before a position (``in Ferrol``, ``between Ferrol and Narón``)
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near|to|between|outside|around|of)\s+\Z")
#: a quantifier right before a word, which a place's name never takes and a product's does (``no Rioja``)
_QUANTIFIER_BEFORE = re.compile(r"\b(?i:no|any|some|more|much|less|an?|every|good|fine)[ \N{NO-BREAK SPACE}]\Z")
#: the lower-case word right after a name
_LOWER_AFTER = re.compile(r"[ \N{NO-BREAK SPACE}]([a-z]+)\b")
#: words that may follow a place's name in a clause (a verb, a preposition, a conjunction), not a noun it qualifies
_AFTER_A_PLACE = frozenset(
    """and or but nor where which who whose when while after before since until during over under into onto
    through with without for from to on in at by of as than is are was were be been has have had will would can
    could may might must should shall did does do also still now today yesterday last next this that these those
    itself alone only""".split()) | AUXILIARIES | TITLE_FOLLOWERS


def _attributive(text: str, end: int) -> bool:
    """Does a lower-case noun follow the name that ends at ``end``, which the name then qualifies (``Rioja
    wine``, ``Champagne houses``), where a verb or a preposition would follow a place (``in Ferrol in
    September``, ``Ferrol had``)?"""
    after = _LOWER_AFTER.match(text, end)
    return after is not None and after.group(1) not in _AFTER_A_PLACE and not after.group(1).endswith("ed")


#: a title alone (``Mr``, ``Mayor``)
_TITLE_WORD = re.compile(_TITLES)
#: a personal title, which no rank or office's name goes on after (``Professor``, not ``Secretary General``)
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Dr|Prof|Professor|Mme|Mlle|Herr|Frau|Signor|Signora|Senhor|Senhora)\.?")
#: the most letters a surname's ending may lose or gain in a slip (``Hennebelle``, ``Hennebel``)
DROPPED_ENDING = 2


def _ending_dropped(one: str, other: str, least: int = 5) -> bool:
    """Is one surname, of ``least`` letters or more, the other with its last one or two letters dropped
    (``Hennebelle``, ``Hennebel``; ``Brouwer``, ``Brouwers``)?"""
    short, long = sorted((one, other), key=len)
    return len(short) >= least and long.startswith(short) and 0 < len(long) - len(short) <= DROPPED_ENDING


#: fewest letters of two surnames that part only in their last two (``Valbonnet``, ``Valbonnay``)
RESPELT_ENDING_LETTERS = 7


def _ending_respelt(one: str, other: str) -> bool:
    """Do two surnames of seven letters or more part only in their last two letters (``Valbonnet``,
    ``Valbonnay``: the French -et, -ay and -ai sound alike)?"""
    return len(one) == len(other) >= RESPELT_ENDING_LETTERS and one[:-2] == other[:-2] and one != other


def _titled_slip(introduced: str, titled: str) -> bool:
    """Is a surname after a title that never follows a given name (``Mr Hennebel``) the introduced one misspelt:
    one letter off, an ending dropped or respelt, or a first letter that sounds alike?"""
    return bool(typo_keys(introduced) & typo_keys(titled)) or _ending_dropped(introduced, titled) \
        or _ending_respelt(introduced, titled) or _first_letter_sounds_alike(introduced, titled)


def _first_letter_sounds_alike(one: str, other: str) -> bool:
    """Do two surnames of five letters or more part only on a first letter that sounds alike (``Werlang``,
    ``Verlang``: the German and Dutch W is an English V; ``Kramer``, ``Cramer``; ``Zoller``, ``Soller``: the
    voiced S of German and Dutch, the Spanish and Portuguese S and Z)?"""
    return (len(one) == len(other) >= 5 and one[1:] == other[1:]
            and {one[0], other[0]} in ({"V", "W"}, {"C", "K"}, {"S", "Z"}))


#: a given name and a regnal number after it (``Jaume I``, ``Felipe VI``), not the pronoun's contraction (``I'm``)
_REGNAL_NAME = re.compile(r"\b(?P<given>[A-Z][a-z\u00e0-\u00ff]+)[ \N{NO-BREAK SPACE}](?P<number>[IVX]{1,5})\b"
                          r"(?![\w'\N{RIGHT SINGLE QUOTATION MARK}-])")


#: what follows the pronoun after a name (``Without Pablo I would``), never a regnal number: a lower-case word
#: other than the few that follow a sovereign's name (``Jaume I and Jaime II``, ``Felipe I of Castile``)
_PRONOUN_AFTER = re.compile(r"[ \N{NO-BREAK SPACE}]+(?!(?:and|or|of|in|who|whose)\b)[a-z]")
#: a middle initial after a given name (``Pablo V. Ruiz``): a letter, a full stop and a capitalised word
_INITIAL_AFTER = re.compile(r"\.[ \N{NO-BREAK SPACE}]*[A-Z]")


def _regnal(text: str, match: re.Match[str]) -> bool:
    """Is the numeral of a :data:`_REGNAL_NAME` match a regnal number, not the pronoun I before a verb (``Thanks to
    Paulo I learned``) nor a middle initial (``Pablo V. Ruiz``)? A numeral of one letter is either, so it must not
    be followed by a lower-case word (the pronoun) nor by a full stop and a capital (an initial); a regnal number at
    a sentence's end before another sentence reads so too, and is given up: the name's other mentions remain."""
    end = match.end("number")
    if match.group("number") == "I" and _PRONOUN_AFTER.match(text, end):
        return False
    return len(match.group("number")) > 1 or not _INITIAL_AFTER.match(text, end)


#: a regnal number alone
_REGNAL_NUMBER = re.compile(r"[IVX]{1,5}")


def _two_realms(text: str, one: str, other: str, number: str) -> bool:
    """Are two monarchs of one number set apart by their realms (``Henry IV of England``, ``Henri IV of France``)
    or named in one sentence (``Jaume I and Jaime II``, ``as Henri IV did before Henry IV``): two sovereigns, not
    one spelt two ways?"""
    realms: dict[str, set[str]] = {}
    for form in (one, other):
        for match in re.finditer(rf"\b{re.escape(form)}[ \N{{NO-BREAK SPACE}}]{number}\b(?:,?[ \N{{NO-BREAK SPACE}}]+of"
                                 rf"[ \N{{NO-BREAK SPACE}}]+(?:the[ \N{{NO-BREAK SPACE}}]+)?([A-Z]\w+))?", text):
            if match.group(1):
                realms.setdefault(form, set()).add(match.group(1))
    if len(realms) == 2 and not realms[one] & realms[other]:
        return True
    return any(re.search(rf"\b{re.escape(one)}\b", sentence) and re.search(rf"\b{re.escape(other)}\b", sentence)
               for sentence in re.split(r"(?<=[.!?])\s+", text))


#: a capitalised word that speaks right away, or after an adverb of time or addition (``Thiele added``, ``Bosman
#: said``, ``Falcão also confirmed``): a person named by the surname alone
_BARE_SPEAKER = re.compile(rf"\b(?P<surname>[A-Z][a-z\u00e0-\u00ff]{{3,}})\s+"
                           rf"(?:(?:also|later|then|again|further|earlier|previously)\s+)?"
                           rf"(?:{'|'.join(sorted(REPORTING_VERBS))})\b")
#: the Portuguese nasal ending of a surname (``Falcão``, ``Brandão``, ``Leão``) and how English and Spanish text
#: respells it when the tilde is lost (``Falcon``, ``Brandon``, ``Leon``; ``Romão``, ``Roman``)
_NASAL_ENDING = "\N{LATIN SMALL LETTER A WITH TILDE}o"
_NASAL_RESPELLINGS = ("on", "om", "an", "am")


def _nasal_respelt(introduced: str, form: str) -> bool:
    """Is ``form`` the introduced surname with its Portuguese ``-ão`` written as English or Spanish spells the sound
    (``Falcão``, ``Falcon``)? The respelling is often an English word, which a bare speaker otherwise is not taken for
    a surname."""
    lowered = introduced.lower()
    return lowered.endswith(_NASAL_ENDING) and form.lower() in {
        lowered[:-len(_NASAL_ENDING)] + ending for ending in _NASAL_RESPELLINGS}


#: a capitalised word alone given as the source of a statement (``According to Hooger, the company…``): a person
#: named by the surname (or a body, whose name seldom misses an introduced person's surname by a letter); not a
#: given name before the surname (``According to Lieke Hooger``) nor a word that goes on (``Hooger-based``)
_BARE_SOURCE = re.compile(r"\b[Aa]ccording[ \N{NO-BREAK SPACE}]+to[ \N{NO-BREAK SPACE}]+"
                          r"(?P<surname>[A-Z][a-z\u00e0-\u00ff]{3,})\b"
                          r"(?![\w'\N{RIGHT SINGLE QUOTATION MARK}-]|[ \N{NO-BREAK SPACE}]+[A-Z])")


#: a capitalised word with a relative clause about a person right after it: ``Bemelman, who grew up``
_BARE_RELATIVE = re.compile(r"\b(?P<surname>[A-Z][a-z\u00e0-\u00ff]{3,}),[ \N{NO-BREAK SPACE}]+who\b")
#: a capitalised word with an age in apposition right after it: ``Suma, 61, denies``
_BARE_AGED = re.compile(r"\b(?P<surname>[A-Z][a-z\u00e0-\u00ff]{3,}),"
                        r"[ \N{NO-BREAK SPACE}]*\d{1,3}[ \N{NO-BREAK SPACE}]*,")
#: an age in apposition right after a name: ``Marlene Souza, 71,``
_AGE_AFTER = re.compile(r"\s*,\s*(\d{1,3})\s*,")
#: a person introduced as another's namesake: ``His namesake and former teammate Thiago Marques``
_NAMESAKE_BEFORE = re.compile(r"\bnamesake\b[^.;\n]{0,50}\Z", re.IGNORECASE)
#: the other person named right after the words that part them: ``She is not related to Julien Berthod``
_RELATION_BEFORE = re.compile(r"\b(?:no\s+relation|not\s+related|unrelated)\s+to\s+\Z")
#: a relative of the person named before, introduced by the kinship (``Her cousin, Clara Menegotto``, ``his twin
#: brother Marco``): another person, whose name may differ from the first one's by a letter
_KIN_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:twin|younger|older|elder|big|little)\s+)?"
                         r"(?:cousin|sister|brother|daughter|son|niece|nephew|wife|husband|mother|father|aunt|uncle"
                         r"|grand(?:daughter|son|mother|father))(?:-in-law)?,?\s+\Z")


def _unrelated(text: str, occurrence: Occurrence) -> bool:
    """Does the article say this person is no relation of the other (``…, who is no relation to``; ``she is not
    related to Julien Berthod``), introduce them as the other's namesake (``His namesake and former teammate
    Thiago Marques``) or as a relative (``Her cousin, Clara Menegotto``)?"""
    return (_NO_RELATION.match(text, occurrence.end) is not None
            or _RELATION_BEFORE.search(text, max(0, occurrence.start - 30), occurrence.start) is not None
            or _NAMESAKE_BEFORE.search(text, max(0, occurrence.start - 60), occurrence.start) is not None
            or _KIN_BEFORE.search(text, max(0, occurrence.start - 30), occurrence.start) is not None)


def _two_people_alike(text: str, occurrences: Sequence[Occurrence]) -> bool:
    """Do the forms come with given names of their own, in an article that says two people have names alike?"""
    found = [(o.start, o.end, o.form, o.end) for o in occurrences]
    return _different_given_names(text, found) and _TWO_PEOPLE_ALIKE.search(text) is not None


def _different_people(text: str, forms: Sequence[str], ends: dict[str, list[int]]) -> bool:
    """True when each form is always a given name followed by surnames the others never share
    (``ends``: where the words of each form end in ``text``), or when the article says that one
    of them is no relation of the other."""
    if any(_unrelated(text, Occurrence(end - len(form), end, form)) for form in forms for end in ends.get(form, [])):
        return True
    # each given with an age of its own (``Marlene Souza, 71, …; Marlene Sousa, 68, joined``): two people
    ages = [{match.group(1) for end in ends.get(form, []) if (match := _AGE_AFTER.match(text, end))} for form in forms]
    if all(ages) and all(not (a & b) for i, a in enumerate(ages) for b in ages[i + 1:]):
        return True
    surnames = []
    for form in forms:
        after = [_next_names(text, end) for end in ends.get(form, [])]
        if not after or not all(after):
            return False
        # the surname too, past middle names: ``Cleiton Aparecido Moura`` and ``Cleyton Moura`` are one man
        surnames.append(set().union(*after))
    return all(not (a & b) for i, a in enumerate(surnames) for b in surnames[i + 1:])

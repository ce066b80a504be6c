"""Predicates of name-variant that compare two spellings of a name on their letters alone (and the word lists).

Two spellings that share a key (``name_keys.py``) may still be two words: ``Daniel`` and ``Daniela``, ``Korean``
and ``Koreans``, ``Ribeirão`` and ``Ribeiro``. Machine translation and hurried editing slip in a few typical ways
(a final S, a doubled consonant, the Spanish -ez written -es, a Portuguese -ão respelt -on, a first letter that
sounds alike, an ending dropped), and these predicates tell such slips from the differences that make another
word. None reads the text around a name: ``name_context.py``, ``name_evidence.py`` and ``name_place_evidence.py``
do.
"""

from __future__ import annotations

import os
import re
from typing import Sequence

from .language_lexicon import load_lexicon
from .name_forms import unaccented
from .name_keys import typo_keys
from .name_sound_spellings import diphthong_respelt, x_for_ss


def no_word(form: str) -> bool:
    """Is ``form`` neither an English word nor one of the source-language word lists?"""
    lexicon = load_lexicon()
    return not lexicon.is_english(form) and not lexicon.kinds(form)


#: letters whose addition at a word's end makes a plural or a demonym, not a misspelling (Africa, African), or
#: the other gender of a given name (Antoni, Antonia; Paul, Paula), another person
_INFLECTING_ENDS = frozenset("snioa")


def inflected(forms: Sequence[str]) -> bool:
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


def final_s(one: str, other: str) -> bool:
    """Is one surname the other, of four letters or more, with a final S (``Mateo``, ``Mateos``), and no
    demonym with its plural (``Rican``, ``Ricans``)?"""
    short, long = sorted((one, other), key=len)
    return long == short + "s" and len(short) >= 4 and _DEMONYM_END.search(short) is None


def doubled_consonant(one: str, other: str) -> bool:
    """Is one surname the other with one consonant after its first letter doubled (``Wit``, ``Witt``;
    ``Kol``, ``Koll``; ``Vaca``, ``Vacca``), as Italian doubles the consonants Spanish and Portuguese write
    single, and a translator's slip doubles or drops one?"""
    short, long = sorted((one, other), key=len)
    if len(long) != len(short) + 1:
        return False
    return any(long == short[:i] + short[i - 1] + short[i:] and short[i - 1].lower() not in "aeiouy"
               for i in range(2, len(short) + 1))


def tz_for_z(one: str, other: str) -> bool:
    """Is one surname the other with a T put before an inner or final Z (``Kunz``, ``Kuntz``; ``Seiz``, ``Seitz``),
    the TZ with which German doubles a Z, which a translation writes in one sentence and drops in the next? Two
    families' names part so too (``Schulz``, ``Schultz``), so this alone does not make them one."""
    short, long = sorted((one.lower(), other.lower()), key=len)
    return len(long) == len(short) + 1 and any(
        long == short[:i] + "t" + short[i:] and short[i] == "z" for i in range(2, len(short)))


def umlaut_e(one: str, other: str) -> bool:
    """Is one surname the other, of four letters or more, with an E after an inner A, O or U (``Hueber``, ``Huber``;
    ``Mueller``, ``Müller``, ``Muller``), the E with which German writes an umlaut when it drops the dots (and a
    Southern German name its UE), which a translation keeps in one sentence and drops in the next? Accents aside;
    a Dutch OE (``Verhoeven``) parts from an O as well, but seldom after the same given name."""
    short, long = sorted((unaccented(one.lower()), unaccented(other.lower())), key=len)
    return len(short) >= 4 and len(long) == len(short) + 1 and any(
        long == short[:i] + "e" + short[i:] and short[i - 1] in "aou" for i in range(2, len(short)))


def ez_for_es(one: str, other: str) -> bool:
    """Is one surname the Spanish patronymic in -ez and the other its Portuguese spelling in -es (``Gómez``,
    ``Gomes``; ``Núñez``, ``Nunes``), accents aside?"""
    plain = sorted(unaccented(form.lower()) for form in (one, other))
    return plain[0][:-2] == plain[1][:-2] and (plain[0][-2:], plain[1][-2:]) == ("es", "ez")


def final_z_for_s(one: str, other: str) -> bool:
    """Is one surname of five letters or more the other with its final S, after a vowel, written Z, accents aside
    (``Azaïs``, ``Azaiz``; ``Ruis``, ``Ruiz``)? The final S of a French or Occitan name sounds, and a translator who
    drops the diaeresis writes the sound as the Spanish or Portuguese Z; ``ez_for_es`` is the case after an E."""
    plain = sorted(unaccented(form.lower()) for form in (one, other))
    return len(plain[0]) >= 5 and plain[0][:-1] == plain[1][:-1] and plain[0][-2] in "aeiouy" \
        and (plain[0][-1], plain[1][-1]) == ("s", "z")


def ae_for_aa(one: str, other: str) -> bool:
    """Is one surname the other with the AE that old Dutch spelling, kept in Flemish names, writes for a long A
    (``Maes``, ``Maas``; ``Claes``, ``Claas``; ``Daems``, ``Daams``)?"""
    one, other = one.lower(), other.lower()
    return len(one) == len(other) and any(
        one[:i] == other[:i] and one[i + 2:] == other[i + 2:] and {one[i:i + 2], other[i:i + 2]} == {"ae", "aa"}
        for i in range(len(one) - 1))


def prothetic_e(surname: str, form: str) -> bool:
    """Is ``form`` ``surname``, an (Italian) surname opening with S and a consonant, with the E put before it that
    Spanish puts before every word that opens so (``Speranza``, ``Esperanza``; ``Spinelli``, ``Espinelli``), as a
    translation through Spanish, or a writer who hears the name so, respells it?"""
    lowered, other = unaccented(surname.lower()), unaccented(form.lower())
    return len(lowered) >= 4 and lowered[0] == "s" and lowered[1] not in "aeiouy" and other == "e" + lowered


def j_for_h(one: str, other: str) -> bool:
    """Are two words of one length the same but for an inner H written J (``Lahoz``, ``Lajoz``; ``Mohica``,
    ``Mojica``), accents aside? A Spanish J sounds as an English H, so a writer who hears the name respells it so,
    and a silent Spanish H becomes the J it sounds like to him."""
    index = _inner_difference(unaccented(one), unaccented(other))
    return index is not None and {one[index].lower(), other[index].lower()} == {"h", "j"}


def letter_slip(one: str, other: str) -> bool:
    """Do two spellings of one surname part in a way no two families' names do, on their letters alone: a final S
    (a person's surname takes no plural), a doubled consonant, the Spanish -ez of the Portuguese -es or another
    final S written Z, the old Dutch AE of a long A, the E of an umlaut written out, an inner H written J, or a German
    diphthong written another way?"""
    return final_s(one, other) or doubled_consonant(one, other) or ez_for_es(one, other) \
        or final_z_for_s(one, other) or ae_for_aa(one, other) or umlaut_e(one, other) or j_for_h(one, other) \
        or diphthong_respelt(one, other)


def two_letters_apart(one: str, other: str) -> bool:
    """Do two surnames that open alike (their first three letters) part by two letters at most, added, dropped or
    changed (``Larrañeta``, ``Larrañaga``), accents aside?"""
    one, other = unaccented(one.lower()), unaccented(other.lower())
    return one[:3] == other[:3] and _edit_distance(one, other) <= 2


def first_letter_changed(one: str, other: str) -> bool:
    """Do two surnames of five letters or more part only on their first letter, whatever it is (``Suárez``,
    ``Juárez``), accents aside?"""
    one, other = unaccented(one.lower()), unaccented(other.lower())
    return len(one) == len(other) >= 5 and one[0] != other[0] and one[1:] == other[1:]


def framed_two_letters_apart(one: str, other: str) -> bool:
    """Do two surnames of four letters or more that share their first and their last letter part by two letters at
    most, added, dropped or changed (``Cueto``, ``Coto``: a Spanish UE for an O), accents aside?"""
    one, other = unaccented(one.lower()), unaccented(other.lower())
    return min(len(one), len(other)) >= 4 and one[0] == other[0] and one[-1] == other[-1] \
        and _edit_distance(one, other) <= 2


def _edit_distance(one: str, other: str) -> int:
    """The letters to add, drop or change to make ``one`` into ``other``, row by row."""
    row = list(range(len(other) + 1))
    for i, a in enumerate(one, 1):
        previous, row[0] = row[0], i
        for j, b in enumerate(other, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (a != b))
    return row[-1]


def feminine_pair(one: str, other: str) -> bool:
    """Are the two given names a masculine and a feminine (``Daniel``, ``Daniela``; ``Mario``, ``Maria``;
    ``Louis``, ``Louise``), which may be two people of one family?"""
    short, long = sorted((unaccented(one.lower()), unaccented(other.lower())), key=len)
    if len(long) == len(short) + 1:
        # an E after a T or a P makes no feminine: it is the Spanish form of a Catalan name (``Vicent``,
        # ``Vicente``; ``Felip``, ``Felipe``), where a French feminine adds it after an S, N or L (``Louise``);
        # nor does one after a Dutch pet name's IEK, feminine with and without it (``Annemiek``, ``Annemieke``), nor
        # one after a Dutch IES, whose German form adds it (``Annelies``, ``Anneliese``): both are women's names
        return long.startswith(short) and long[-1] in "ae" and not (
            long[-1] == "e" and (short[-1] in "tp" or short.endswith(("iek", "ies"))))
    return len(long) == len(short) and long[:-1] == short[:-1] and {long[-1], short[-1]} <= set("aeio")


def _inner_difference(one: str, other: str) -> int | None:
    """Where two words of one length part, case aside, when they part on one letter only, neither the first nor
    the last (a first or a last letter may make another name: ``Carolina``, ``Caroline``); None otherwise."""
    if len(one) != len(other):
        return None
    parts = [i for i, (a, b) in enumerate(zip(one.lower(), other.lower())) if a != b]
    return parts[0] if len(parts) == 1 and 0 < parts[0] < len(one) - 1 else None


def one_vowel_apart(one: str, other: str) -> bool:
    """Are two words of one length the same but for one vowel inside (``Camanducaia``, ``Camandocaia``), neither
    the first letter nor the last, which may make another name (``Carolina``, ``Caroline``)?"""
    index = _inner_difference(one, other)
    return index is not None and {one[index].lower(), other[index].lower()} <= set("aeiou")


#: letters after which a C is hard, as a K sounds: ``Polycrates``, ``Polykrates``; not a soft C (``Lucia``, ``Lukia``)
_HARD_C_FOLLOWERS = frozenset("aoulr")


def hard_c_for_k(one: str, other: str) -> bool:
    """Are two words of one length the same but for a hard C inside written K (``Polycrates``, ``Polykrates``), as
    Greek, Latin and Germanic names are transliterated both ways, neither the first letter nor the last?"""
    index = _inner_difference(one, other)
    return index is not None and {one[index].lower(), other[index].lower()} == {"c", "k"} \
        and one[index + 1].lower() in _HARD_C_FOLLOWERS


def one_inner_letter_apart(one: str, other: str) -> bool:
    """Are two words one letter apart inside, a letter added, dropped or changed neither first nor last
    (``Wilmarsum``, ``Wilsmarsum``)? A first or a last letter may make another name (``Carolina``, ``Caroline``)."""
    short, long = sorted((one.lower(), other.lower()), key=len)
    if len(long) == len(short):
        return _inner_difference(short, long) is not None
    return len(long) == len(short) + 1 and any(long[:i] + long[i + 1:] == short for i in range(1, len(long) - 1))


#: the heads of German and Dutch compound place names, which German joins to the word before with a linking S or
#: without one (``Mariahilfberg``, ``Wolfsburg``, ``Ludwigshafen``, ``Königsbrunn``)
_COMPOUND_HEADS = ("berg", "burg", "dorf", "dorp", "feld", "veld", "hafen", "haven", "heim", "hausen", "hof", "hoven",
                   "bach", "beek", "tal", "thal", "kirchen", "stein", "wald", "hagen", "born", "brunn", "bruck",
                   "br\N{LATIN SMALL LETTER U WITH DIAERESIS}ck", "weiler", "stadt", "markt", "ried", "rode", "leben",
                   "wijk", "dijk", "dam", "broek", "horst", "kamp", "moor")
#: fewest letters before the seam of a compound name (``Wolf`` of ``Wolfsburg``)
_COMPOUND_FIRST_LETTERS = 4


def linking_s(one: str, other: str) -> bool:
    """Is one name the other with a linking S put at the seam of a compound, before the head of a German or Dutch
    place's name (``Mariahilfberg``, ``Mariahilfsberg``; ``Wolfsburg``, ``Wolfburg``)? German joins some
    compounds with an S and others without, and a translator's slip adds one where the name has none, or drops it."""
    short, long = sorted((one.lower(), other.lower()), key=len)
    if len(long) != len(short) + 1:
        return False
    return any(long == short[:i] + "s" + short[i:] and short[i - 1] != "s" and short[i:].startswith(_COMPOUND_HEADS)
               for i in range(_COMPOUND_FIRST_LETTERS, len(short) - 1))


def seam_sch(one: str, other: str) -> bool:
    """Is one name the other with a C put between the S that ends its first part and the H that opens its head, or
    dropped there (``Eguisheim``, ``Eguischeim``; ``Molsheim``, ``Molscheim``)? German reads an S and an H side by side
    as its SCH, which no compound's seam writes before such a head, so a translator's slip writes it so."""
    short, long = sorted((one.lower(), other.lower()), key=len)
    return len(long) == len(short) + 1 and any(
        long == short[:i] + "c" + short[i:] and short[i - 1] == "s"
        and short[i:].startswith(tuple(head for head in _COMPOUND_HEADS if head.startswith("h")))
        for i in range(_COMPOUND_FIRST_LETTERS, len(short) - 1))


#: inner consonants that Dutch and German say alike, so that a slip or an older spelling writes either: the G and the
#: CH before a T (``Burcht``, ``Burght``), a D and a T, a B and a P, an F and a V, an S and a Z
_SOUND_ALIKE_PAIRS = (frozenset("cg"), frozenset("dt"), frozenset("bp"), frozenset("fv"), frozenset("sz"))


def inner_sound_alike(one: str, other: str) -> bool:
    """Are two words of one length the same but for one inner consonant that sounds like the other (``Burcht``,
    ``Burght``), neither the first letter nor the last?"""
    one, other = one.lower(), other.lower()
    index = _inner_difference(one, other) if len(one) == len(other) else None
    return index is not None and {one[index], other[index]} in _SOUND_ALIKE_PAIRS


#: final consonants that Dutch and German say voiceless, so that a slip writes either letter: a D or a T, a B or a P
_DEVOICED_PAIRS = (frozenset("dt"), frozenset("bp"))


def ending_devoiced(one: str, other: str) -> bool:
    """Do two words of one length part only on their last letter, a D and a T or a B and a P (``Belfeld``,
    ``Belfelt``), which Dutch and German say alike at a word's end?"""
    one, other = one.lower(), other.lower()
    return len(one) == len(other) > 1 and one[:-1] == other[:-1] and {one[-1], other[-1]} in _DEVOICED_PAIRS


def final_t_after_d(one: str, other: str) -> bool:
    """Is one name the other with a T put after its final D or dropped there (``Gersfeld``, ``Gersfeldt``)? German
    spells a final D said as a T so in some names (``Stadt``, ``Brandt``), and a translator's slip writes the DT where
    the name has a D, or the D where it has a DT: both are said alike."""
    short, long = sorted((one.lower(), other.lower()), key=len)
    return long == short + "t" and short.endswith("d")


def slip_on_an_accent(forms: Sequence[str]) -> bool:
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


#: the most letters a surname's ending may lose or gain in a slip (``Hennebelle``, ``Hennebel``)
DROPPED_ENDING = 2


def ending_dropped(one: str, other: str, least: int = 5) -> bool:
    """Is one surname, of ``least`` letters or more, the other with its last one or two letters dropped
    (``Hennebelle``, ``Hennebel``; ``Brouwer``, ``Brouwers``)?"""
    short, long = sorted((one, other), key=len)
    return len(short) >= least and long.startswith(short) and 0 < len(long) - len(short) <= DROPPED_ENDING


#: fewest letters of two surnames that part only in their last two (``Valbonnet``, ``Valbonnay``)
RESPELT_ENDING_LETTERS = 7


def ending_respelt(one: str, other: str) -> bool:
    """Do two surnames of seven letters or more part only in their last two letters, one of them or both
    (``Valbonnet``, ``Valbonnay``: the French -et, -ay and -ai sound alike; ``Sperandini``, ``Sperandio``: an
    Italian surname's ending, -ini, -io, -ino, translated by guess)?"""
    if one == other or min(len(one), len(other)) < RESPELT_ENDING_LETTERS:
        return False
    shared = len(os.path.commonprefix((one, other)))
    return max(len(one), len(other)) - shared <= DROPPED_ENDING


#: the Dutch plural's -ven and -zen and the singular's final F and S that Dutch spelling writes for their V and Z
_DUTCH_PLURAL_ENDINGS = (("ven", "f"), ("zen", "s"))


def dutch_number_respelt(introduced: str, form: str) -> bool:
    """Is one of two surnames a Dutch or Flemish surname in -ven or -zen, of seven letters or more, and the other
    the same noun in the singular (``Verhoeven``, ``Verhoef``: hoeven, the hooves, is the plural of hoef;
    ``Verhuizen``, ``Verhuis``), either way round (``Dijkhuis``, ``Dijkhuizen``: both are families' names, so a
    translation that knows one writes it for the other)? One letter off it is not."""
    pair = (introduced.lower(), form.lower())
    return any(len(plural_form) >= RESPELT_ENDING_LETTERS and plural_form.endswith(plural)
               and singular_form == plural_form[:-len(plural)] + singular
               for plural_form, singular_form in (pair, pair[::-1]) for plural, singular in _DUTCH_PLURAL_ENDINGS)


#: the fewest letters of two surnames, opening and ending alike, that a title's two letters off may join: shorter
#: ones two letters apart are often two families' names (``Moreau``, ``Morel``)
TITLED_TWO_OFF_LETTERS = 7


def titled_slip(introduced: str, titled: str) -> bool:
    """Is a surname after a title that never follows a given name (``Mr Hennebel``) the introduced one misspelt:
    one letter off, an ending dropped or respelt, a first letter that sounds alike, a Catalan final -IG or a
    French X written as it sounds, or, seven letters or more opening and ending alike, two letters off (``Bernard
    Lachaze``, ``Mr Lachaise``: a French vowel sound and its S said as a Z spelt by ear)?"""
    return bool(typo_keys(introduced) & typo_keys(titled)) or ending_dropped(introduced, titled) \
        or ending_respelt(introduced, titled) or first_letter_sounds_alike(introduced, titled) \
        or catalan_ig_respelt(introduced, titled) or x_for_ss(introduced, titled) \
        or (min(len(introduced), len(titled)) >= TITLED_TWO_OFF_LETTERS and introduced[-1] == titled[-1]
            and two_letters_apart(introduced, titled))


def catalan_ig_respelt(introduced: str, form: str) -> bool:
    """Is ``form`` the introduced surname with its Catalan final -IG after a vowel written as it sounds, CH, TX or
    TCH (``Puig``, ``Puch``; ``Roig``, ``Rotch``), as a translation that knows no Catalan spells the name by ear?"""
    one, other = unaccented(introduced.lower()), unaccented(form.lower())
    return len(one) >= 4 and one.endswith("ig") and one[-3] in "aeiou" \
        and other in (one[:-2] + ending for ending in ("ch", "tx", "tch"))


def first_letter_sounds_alike(one: str, other: str) -> bool:
    """Do two surnames of five letters or more part only on a first letter that sounds alike (``Werlang``,
    ``Verlang``: the German and Dutch W is an English V; ``Kramer``, ``Cramer``; ``Zoller``, ``Soller``: the
    voiced S of German and Dutch, the Spanish and Portuguese S and Z; ``Eichinger``, ``Aichinger``: the German
    diphthongs EI and AI, said alike)?"""
    return (len(one) == len(other) >= 5 and one[1:] == other[1:]
            and ({one[0], other[0]} in ({"V", "W"}, {"C", "K"}, {"S", "Z"})
                 or {one[0], other[0]} == {"A", "E"} and one[1] == "i"))


#: the Portuguese nasal ending of a surname (``Falcão``, ``Brandão``, ``Leão``) and how English and Spanish text
#: respells it when the tilde is lost (``Falcon``, ``Brandon``, ``Leon``; ``Romão``, ``Roman``)
_NASAL_ENDING = "\N{LATIN SMALL LETTER A WITH TILDE}o"
_NASAL_RESPELLINGS = ("on", "om", "an", "am")


def nasal_respelt(introduced: str, form: str) -> bool:
    """Is ``form`` the introduced surname with its Portuguese ``-ão`` written as English or Spanish spells the sound
    (``Falcão``, ``Falcon``)? The respelling is often an English word, which a bare speaker otherwise is not taken for
    a surname."""
    lowered = introduced.lower()
    return lowered.endswith(_NASAL_ENDING) and form.lower() in {
        lowered[:-len(_NASAL_ENDING)] + ending for ending in _NASAL_RESPELLINGS}

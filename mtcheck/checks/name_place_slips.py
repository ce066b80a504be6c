"""Place slips of name-variant: a town's, lake's or river's name misspelt, told by the prepositions of place around it.

Machine translation respells a place sentence by sentence (``of Camanducaia``, ``In Camandocaia``; ``from
Wilmarsum``, ``in Wilsmarsum``; ``In Brives-Charensac``, ``The mayor of Brive-Charensac``). Letters alone cannot
tell such a slip from two villages whose names part on a letter; what an article writes around each spelling can:
a preposition of place, the second end of a route, a list of towns, a landscape noun. The predicates take the
text, the document's ``Layout`` and ``found`` (``(start, name end, form, word end)`` of each occurrence); the
other evidence on places and bodies is ``name_place_evidence.py``'s, on people ``name_evidence.py``'s.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

from .language_lexicon import load_lexicon
from .name_context import attributive, before_a_name, name_word_before, written_as_person
from .name_forms import POSSESSIVES, Layout, unaccented
from .name_keys import SURNAME_LETTERS
from .name_place_evidence import COINED_LETTERS, never_in_one_sentence
from .name_spelling import (
    ending_devoiced, final_s, final_t_after_d, inflected, inner_sound_alike, linking_s, no_word, one_inner_letter_apart,
    one_vowel_apart, seam_sch,
)


#: prepositions of place, an article or not after them, right before a position: ``of Camanducaia``, ``along the
#: Paraopeba``, and those that set a thing on, above or below a hill, an island or a river (``on the
#: Mariahilfberg``, ``below the Mariahilfberg``, ``on Sylt``)
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?i:in|at|from|near|to|between|outside|around|of|into|along|across|through"
                                       r"|towards?|via|past|beyond|within|throughout|on|onto|upon|above|below|beneath"
                                       r"|atop|up|over|under|behind|beside|opposite|off)(?:[ \N{NO-BREAK SPACE}]the)?"
                                       r"[ \N{NO-BREAK SPACE}]+\Z")


#: a landscape noun right after a name, which makes it a place's: ``the Paraopeba River``
_PLACE_NOUN_AFTER = re.compile(r"[ \N{NO-BREAK SPACE}](?:River|Lake|Valley|Bay|Creek|Canyon|Reservoir|Basin|Delta|Falls"
                               r"|Mountains|Hills|Plateau|Island|Islands|Lagoon|Estuary)\b")
#: a landscape noun that English puts right before a name, which makes it a place's: ``Lake Coghinas``, ``Mount
#: Etna``, ``the River Maas``
_PLACE_NOUN_BEFORE = re.compile(r"\b(?:Lake|Loch|Mount|Mt\.?|Cape|River)[ \N{NO-BREAK SPACE}]\Z")


#: a capitalised word of a name, hyphens and apostrophes inside (``Nieuw-Amsterdam``)
_NAME_WORD = r"[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*"
#: a preposition of place, or a plural noun of settlements before ``such as`` or ``like``, then the names listed
#: before a position, one to four, each of one to three capitalised words and a comma or a conjunction after it:
#: ``in Seia, ``, ``around Emmen, ``, ``towns such as ``
_PLACE_LIST_BEFORE = re.compile(
    r"(?:\b(?i:in|at|from|near|between|outside|around|of|to|across|throughout|within)"
    r"|\b(?i:towns|villages|cities|municipalities|communities|parishes|districts|places)"
    r"[ \N{NO-BREAK SPACE}]+(?:such[ \N{NO-BREAK SPACE}]+as|like|including))[ \N{NO-BREAK SPACE}]+"
    rf"(?:{_NAME_WORD}(?:[ \N{{NO-BREAK SPACE}}]{_NAME_WORD}){{0,2}}"
    r"(?:,[ \N{NO-BREAK SPACE}]+|[ \N{NO-BREAK SPACE}]+(?:and|or)[ \N{NO-BREAK SPACE}]+)){0,4}\Z")


#: ``between``, a name and ``and`` before a position: the second end of a route (``between Lübeck and Puttgarten``)
_BETWEEN_BEFORE = re.compile(rf"\b(?i:between)[ \N{{NO-BREAK SPACE}}]+{_NAME_WORD}"
                             rf"(?:[ \N{{NO-BREAK SPACE}}]{_NAME_WORD}){{0,2}}[ \N{{NO-BREAK SPACE}}]+and[ \N{{NO-BREAK SPACE}}]+\Z")


def _as_place(text: str, start: int, name_end: int, listed: bool = False) -> bool:
    """Is the name at ``text[start:name_end]`` written as a place's: after a preposition of place (``of
    Camanducaia``, ``along the Paraopeba``), at the second end of a route (``between Lübeck and Puttgarten``) or
    beside a landscape noun (``the Paraopeba River``, ``Lake
    Coghinas``), or, when ``listed``, in a list of names after a preposition of place (``around Emmen, Klazienaveen
    and Coevorden``; ``towns such as Klazienaveen``)?"""
    return (_PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 20), start) is not None
            or _BETWEEN_BEFORE.search(text, max(0, start - 80), start) is not None
            or (listed and _PLACE_LIST_BEFORE.search(text, max(0, start - 120), start) is not None)
            or _PLACE_NOUN_AFTER.match(text, name_end) is not None
            or _PLACE_NOUN_BEFORE.search(text, max(0, start - 8), start) is not None)


def as_place(text: str, start: int, name_end: int) -> bool:
    """Is the name at ``text[start:name_end]`` written as a place's, or listed among places after a preposition of
    place or ``towns such as`` (``the mayor of Alama de Murcia``, ``Towns such as Alhama de Murcia``)?"""
    return _as_place(text, start, name_end, listed=True)


def place_slip(text: str, lay: Layout, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Is one long word of no language's word lists written as a place each time, after a preposition of place or
    beside a landscape noun (``a district of Camanducaia``, ``In Camandocaia``; ``the Paraopeba River``, ``along the
    Paraupeba``; ``Lake Coghinas``),
    and once with one inner vowel changed or its final S dropped (``between Carboneras``, ``of Carbonera``), or, where
    the document writes it otherwise twice, with one inner letter added, dropped or changed or a final D written T
    (``of Belfeld``, ``of Belfelt``), or, even once each, with a T put after a final D (``around Gersfeld``, ``In
    Gersfeldt``): one town's, lake's or river's name misspelt? A person's name (after a title or a given name) is the
    other detectors'; the document's title, which puts its own words around a name (``lands on Carboneras beach``),
    is passed over."""
    everywhere, found = found, [occurrence for occurrence in found if not lay.in_title(occurrence[0])]
    forms = sorted({form for _, _, form, _ in found})
    # a letter added or dropped counts from the longer spelling, accents aside: the old spelling of a town of seven
    # letters (``Gouveia``, ``The mayor of Gouvêa``) is one of six
    if len(forms) == 2 and (max(map(len, forms)) >= COINED_LETTERS and (
            one_inner_letter_apart(*map(unaccented, forms)) or ending_devoiced(*forms) or final_t_after_d(*forms))
            # a shorter place only on a consonant said alike (``in Burcht``, ``In Burght``)
            or min(map(len, forms)) >= SURNAME_LETTERS and inner_sound_alike(*forms)) \
            and (_placed_once(text, lay, everywhere) or _settlement_respelt(text, lay, found)
                 or long_place_respelt_once(text, lay, everywhere)):
        return True
    if len(forms) == 2 and _last_letter_added(forms) and _placed_once(text, lay, everywhere) \
            and not any(attributive(text, name_end) for _, name_end, form, _ in found if form == _rare(found)):
        return True  # ``in Zoutelande`` twice, ``in Zoutelanden were warned``: no demonym, no noun after it
    vowel = len(forms) == 2 and one_vowel_apart(*forms)
    if len(forms) != 2 or len(forms[0]) < COINED_LETTERS or not (vowel or final_s(*forms)):
        return False
    if not vowel and any(text[max(0, start - 4):start].lower() == "the " for start, _, _, _ in found):
        return False  # ``the Philippines``, ``Philippine``: a group's plural name and its adjective, no town's
    lexicon = load_lexicon()
    return all(no_word(form) for form in forms) and all(
        _as_place(text, start, name_end)
        and not written_as_person(text, start, lexicon) and not text.startswith(POSSESSIVES, name_end)
        for start, name_end, _, _ in found)


def _last_letter_added(forms: Sequence[str]) -> bool:
    """Is one long name of seven letters or more the other with one letter added at its end, neither a plural's
    nor a demonym's (``Zoutelande``, ``Zoutelanden``: a Dutch -e written -en; not ``Murcia``, ``Murcian``)?"""
    short, long = sorted(forms, key=len)
    return len(short) >= COINED_LETTERS and long[:-1] == short and not inflected(forms)


def _rare(found: Sequence[tuple[int, int, str, int]]) -> str:
    """The spelling written fewest times (the later one on a tie)."""
    counts = Counter(form for _, _, form, _ in found)
    return min(counts, key=lambda form: (counts[form], -max(s for s, _, f, _ in found if f == form)))


def _placed_once(text: str, lay: Layout, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Is one spelling of a long name of no language's word lists written once, as a place (after a preposition of
    place or beside a landscape noun: ``residents in Wilsmarsum``), where the document writes the other at least
    twice and as a place at least once (``from Wilmarsum``, or listed after a preposition of place), never as a
    person's nor as an owner, and no sentence holds both (two villages whose names part on a letter are set side by
    side: ``from Oberdorf to Oberndorf``)? One town's name misspelt once."""
    # the document's title counts the usual spelling (``Rail works between Entroncamento and…``) but says nothing
    # of places: it puts its own words around a name
    counts = Counter(form for _, _, form, _ in found)
    found = [occurrence for occurrence in found if not lay.in_title(occurrence[0])]
    if len(counts) != 2:
        return False
    (usual, usual_count), (rare, rare_count) = counts.most_common()
    if rare_count != 1 or usual_count < 2 or not (no_word(usual) and no_word(rare)) \
            or not any(form == rare for _, _, form, _ in found):
        return False
    lexicon = load_lexicon()

    def placed(start: int, name_end: int, listed: bool = False) -> bool:
        return _as_place(text, start, name_end, listed) and not text.startswith(POSSESSIVES, name_end)

    if any(written_as_person(text, start, lexicon) or before_a_name(text, end)
           or ((word := name_word_before(text, start)) is not None and not lexicon.is_english(word.group(1)))
           for start, _, _, end in found):
        return False  # a person's name, or a word of a longer name (``Oberdorf Hospital``; ``In Oberdorf`` is one)
    # the usual spelling may be a place by its list (``around Emmen, Klazienaveen and Coevorden``); the rare one
    # must follow its preposition itself, as a list's later names may be other places (``in Wilhelmsburg, Bergedorf
    # and Harburg``, beside ``Hamburg``)
    if not all(placed(start, name_end) for start, name_end, form, _ in found if form == rare) or \
            not any(placed(start, name_end, listed=True) for start, name_end, form, _ in found if form == usual):
        return False
    return never_in_one_sentence(lay, found)


#: a noun of a settlement and ``of`` right before a position, which introduce the name after them as a place's:
#: ``The village of Schierke``, ``the town of Oberhof``
_SETTLEMENT_OF_BEFORE = re.compile(r"\b(?i:village|town|city|hamlet|municipality|borough|spa[ \N{NO-BREAK SPACE}]town)"
                                   r"[ \N{NO-BREAK SPACE}]+of[ \N{NO-BREAK SPACE}]+\Z")


def _settlement_respelt(text: str, lay: Layout, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Is a long name of no language's word lists written once after a settlement's noun (``The village of
    Schierke``) and once otherwise, one letter off, after a preposition of place (``Hotel owners in Schirke``), each
    time as a place, never as a person's nor as an owner, and never both in one sentence? The article introduced
    the place and names it again: one village misspelt, where a second village of a name so alike would be set
    beside the first and told apart. A final DT for a D (``Gersfeld``, ``Gersfeldt``) or an SCH for the S and H of a
    compound's seam (``Eguisheim``, ``Eguischeim``) needs no introduction."""
    counts = Counter(form for _, _, form, _ in found)
    if len(counts) != 2 or set(counts.values()) != {1} or not all(no_word(form) for form in counts):
        return False
    lexicon = load_lexicon()
    if any(written_as_person(text, start, lexicon) or before_a_name(text, end) or text.startswith(POSSESSIVES, name_end)
           or not _as_place(text, start, name_end) for start, name_end, _, end in found):
        return False
    introduced = [form for start, _, form, _ in found if _SETTLEMENT_OF_BEFORE.search(text, max(0, start - 30), start)]
    # a T after a final D is German spelling of one sound, no other village's name (``around Gersfeld``, ``In
    # Gersfeldt``), and so is the SCH that German reads in a compound's S and H (``In Eguisheim``, ``In
    # Eguischeim``), and so is an inner letter added or dropped in a compound's long name (``in Trochtelfingen``,
    # ``The mayor of Trochtlfingen``), and so is a final D for a T, which Dutch and German say alike (``from
    # Westervoort``, ``Residents of Westervoord``): two towns' names said alike would not tell them apart; each
    # spelling as a place is enough, without an introduction
    return (len(introduced) == 1 or final_t_after_d(*counts) or ending_devoiced(*counts) or seam_sch(*counts)
            or _long_name_letter_dropped(*counts)) and never_in_one_sentence(lay, found)


#: fewest letters of a place's name one inner letter longer than the other spelling that needs no introduction:
#: a compound's length (``Trochtelfingen``), where two towns whose names part on a letter added are rarer still
#: than two villages' short names (``Oberdorf``, ``Oberndorf``)
_LONG_PLACE_LETTERS = 12


def _long_name_letter_dropped(one: str, other: str) -> bool:
    """Is one long place's name, of twelve letters or more, the other with one inner letter added or dropped
    (``Trochtelfingen``, ``Trochtlfingen``)? A changed letter is not enough: two towns of one district may part so
    (``Trochtelfingen``, ``Truchtelfingen``)."""
    one, other = unaccented(one), unaccented(other)
    return max(len(one), len(other)) >= _LONG_PLACE_LETTERS and abs(len(one) - len(other)) == 1 \
        and one_inner_letter_apart(one, other)


def long_place_respelt_once(text: str, lay: Layout, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Is a long place's name, of twelve letters or more, hyphenated or not, written once with one inner letter
    added or dropped (``Hiendelancina, which had…``; ``the Moulin-Engilbert market``), wherever it stands, where the
    document writes the other spelling twice or more and as a place at least once outside its title (``The towns of
    Atienza and Hiendelaencina``), never as a person's, and no sentence holds both? Two towns whose long names part
    on one letter are rarer still than two villages' short names, and would be set side by side."""
    counts = Counter(form for _, _, form, _ in found)
    if len(counts) != 2:
        return False
    (usual, usual_count), (rare, rare_count) = counts.most_common()
    if rare_count != 1 or usual_count < 2 or not _long_name_letter_dropped(usual, rare) \
            or not (no_word(usual) and no_word(rare)):
        return False
    lexicon = load_lexicon()
    if any(written_as_person(text, start, lexicon) or before_a_name(text, end) for start, _, _, end in found):
        return False
    body = [occurrence for occurrence in found if not lay.in_title(occurrence[0])]
    return any(form == usual and _as_place(text, start, name_end, listed=True) for start, name_end, form, _ in body) \
        and never_in_one_sentence(lay, body)


def two_part_place_slip(text: str, lay: Layout, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Is a hyphenated name of two parts written as a place each time, after a preposition of place or beside a
    landscape noun, never as a person's (no title or given name before, no surname after), and its two spellings
    never in one sentence (``In Brives-Charensac``, ``The mayor of Brive-Charensac``): one town misspelt? Two
    towns whose names part on a letter are set side by side (``from Hauteville-Lompnes to Hautevilla-Lompnes``)."""
    lexicon = load_lexicon()
    if not all(_as_place(text, start, name_end)
               and not written_as_person(text, start, lexicon) and not before_a_name(text, end)
               for start, name_end, _, end in found):
        return long_place_respelt_once(text, lay, found)
    return never_in_one_sentence(lay, found)


def linking_s_slip(text: str, lay: Layout, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Is a compound place's name of no language's word lists written once with a linking S put at its seam or
    dropped (``the Mariahilfsberg``), where the document writes it otherwise twice at least (``the Mariahilfberg``),
    never as a person's, and no sentence holds both? Two places whose names part so would be set side by side;
    the letters say where the slip is, whatever preposition or article comes before."""
    counts = Counter(form for _, _, form, _ in found)
    if len(counts) != 2:
        return False
    (usual, usual_count), (rare, rare_count) = counts.most_common()
    if rare_count != 1 or usual_count < 2 or not linking_s(usual, rare) or not (no_word(usual) and no_word(rare)):
        return False
    lexicon = load_lexicon()
    return not any(written_as_person(text, start, lexicon) for start, _, _, _ in found) \
        and never_in_one_sentence(lay, found)

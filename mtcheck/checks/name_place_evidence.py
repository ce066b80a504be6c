"""Predicates of name-variant that weigh every occurrence of two spellings of a place's or another name: one name
misspelt, or two names.

Machine translation leaves one place or firm spelt two ways in one article (``of Camanducaia``, ``In
Camandocaia``; ``Radboud University``, ``Radbout University``), but articles also set a surname beside the province
it comes from, two words of two names side by side, or a body that keeps a place's own spelling beside the place's
English name. The predicates take the text and ``found`` (``(start, name end, form, word end)`` of each
occurrence) or the forms' ``Occurrence`` objects, and look for what settles it: longer names around, the nouns
after a name, the sentences that hold each spelling. A place misspelt, told by the prepositions of place around it,
is ``name_place_slips.py``'s; people's names are ``name_evidence.py``'s.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import combinations
from typing import Sequence

from .language_lexicon import load_lexicon
from .name_context import (
    AFTER_A_PLACE, LOWER_AFTER, PLACE_BEFORE, THE_BEFORE, after_body_head, attributive, before_a_name, in_region,
    in_source_body_name, in_town_name, inside_source_name, name_word_before, written_as_person,
)
from .name_forms import Layout, Occurrence, has_accent
from .name_keys import PLACE_TAIL, SURNAME_LETTERS
from .name_spelling import ending_devoiced, hard_c_for_k, no_word, one_inner_letter_apart, one_vowel_apart
from .quotes import REPORTING_VERBS


def person_and_place(text: str, occurrences: Sequence[Occurrence]) -> bool:
    """Is one spelling written as a person's name (``Lucía Santamaría``) and another only after
    ``the`` (``the Santa María district``), so that they name two things? ``The`` before a surname and a noun of
    its people (``the Lo Russo family``, beside ``Angela Lorusso``) names the person's kin, no place."""
    lexicon = load_lexicon()
    persons = {o.form for o in occurrences if written_as_person(text, o.start, lexicon)}
    placed = {o.form for o in occurrences if text[max(0, o.start - 4):o.start].lower() == "the "
              and not _household_after(text, o.end)}
    return bool(persons) and bool(placed) and persons.isdisjoint(placed)


#: a French noun of a street, square, building or school right before a position, which French names after a person
#: with the person's names joined by hyphens (``Palais Jacques-Cœur``, ``rue Victor-Hugo``, ``lycée Jean-Moulin``)
_FRENCH_NAMED_PLACE_BEFORE = re.compile(
    r"\b(?i:rue|avenue|boulevard|place|quai|allée|impasse|palais|hôtel|musée|lycée|collège|école|stade|pont|"
    r"square|gymnase|médiathèque|hôpital|centre hospitalier|espace|salle|parc|jardin)[ \N{NO-BREAK SPACE}]+\Z")


def person_and_named_place(text: str, occurrences: Sequence[Occurrence]) -> bool:
    """Is every hyphenated spelling written after a French noun of a street or a building (``the Palais
    Jacques-Cœur``) and no spelling without hyphens so (``the Route Jacques Cœur``, ``Jacques Cœur, the merchant``)?
    French joins a person's names by hyphens in the name of a place called after them, and not in the person's
    own name: the two spellings are the place and the person, both right."""
    hyphenated = [o for o in occurrences if "-" in o.form]
    named_place = {o for o in occurrences if _FRENCH_NAMED_PLACE_BEFORE.search(text, max(0, o.start - 30), o.start)}
    return bool(hyphenated) and set(hyphenated) == named_place and len(hyphenated) < len(occurrences)


def person_and_region(text: str, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Is one spelling written as a person's name (``Hennie Drenth``) and the other always after a preposition
    of place (``in Drenthe``, ``across rural Drenthe``), or always opening a place's longer name (``Maria do Céu
    Ribeiro`` beside ``Ribeira de Pena``): a surname and a place, two names? A place's first word misspelt keeps
    the rest of its name (``Ribeiro de Pena``), and a person's surname misspelt stays after a given name."""
    lexicon = load_lexicon()

    def placed(start: int, end: int) -> bool:
        return in_region(text, start, end) or PLACE_TAIL.match(text, end) is not None

    persons = {form for start, _, form, _ in found if written_as_person(text, start, lexicon)}
    regions = {form for start, end, form, _ in found if placed(start, end)}
    elsewhere = {form for start, end, form, _ in found if not placed(start, end)}
    return bool(persons) and bool(regions - elsewhere - persons)


def one_name(text: str, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Does one form stand right before the other, as a given name before a surname (``Galileo Galilei``)?"""
    starts = {start: form for start, _, form, _ in found}
    return any(text[end:end + 1] == " " and starts.get(end + 1, form) != form for _, _, form, end in found)


#: what joins two names of a pair or a list right after the first (``Maier and Mayer``, ``Maier, Mayer``)
_JOINED = re.compile(r"(?:,|[ \N{NO-BREAK SPACE}]+(?:and|or|&))[ \N{NO-BREAK SPACE}]+")


def coordinated(text: str, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Does one form stand joined to the other in a pair or a list (``Maier and Mayer have clashed before``,
    ``the villages of Sabbione and Sabione``): two people or places set side by side, as nobody joins one name to
    itself?"""
    starts = {start: form for start, _, form, _ in found}
    return any((joined := _JOINED.match(text, end)) is not None and starts.get(joined.end(), form) != form
               for _, _, form, end in found)


def words_of_two_names(text: str, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Does one form always end a longer name and the other always open one (``the Teatro Regio``, ``from Reggio
    Emilia``): words of two names, which a doubled letter need not set apart? A slip keeps its name's other
    words on the same side (``Reggio Emilia``, ``Regio Emilia``). A sentence's ``The`` before a form is its
    article, no word of a name (``The Slingerland hospital``)."""
    sides: dict[str, set[str]] = {}
    for start, _, form, end in found:
        before = name_word_before(text, start) is not None and THE_BEFORE.search(text, max(0, start - 4), start) is None
        after = before_a_name(text, end)
        sides.setdefault(form, set()).add("end" if before and not after else "open" if after and not before else "")
    return len(sides) == 2 and {frozenset(side) for side in sides.values()} == {frozenset({"end"}), frozenset({"open"})}


#: endings of the English adjectives of places and peoples (``Ionian``, ``Tuscan``, ``Maltese``, ``Cornish``,
#: ``Baltic``); a person's surname is seldom written before a noun with one of them
_PLACE_ADJECTIVE_END = re.compile(r"(?:an|ese|ish|ic)\Z")


def adjective_and_name_word(text: str, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Is one form an English adjective of a place, with its ending (``Ionian``), written each time before a
    lower-case noun it qualifies (``the Ionian coast``) and never as a person's, and the other form each time the
    last word of a longer name, never alone (``Palizzi Ionica``, ``Scalea Ionica``: a town's official name, with
    the source language's adjective)? The adjective and a word of a kept name are two words of two languages, not
    one name misspelt; a slip of the longer name keeps its first word (``Palizzi Ionian``)."""
    forms = {form for _, _, form, _ in found}
    if len(forms) != 2:
        return False
    lexicon = load_lexicon()
    adjectives = {form for form in forms if (_PLACE_ADJECTIVE_END.search(form) or _region_of(form, forms)) and all(
        attributive(text, name_end) and LOWER_AFTER.match(text, name_end).group(1) not in REPORTING_VERBS
        and not written_as_person(text, start, lexicon) and name_word_before(text, start) is None
        for start, name_end, f, _ in found if f == form)}
    words = {form for form in forms - adjectives if all(
        name_word_before(text, start) is not None and not before_a_name(text, end)
        for start, _, f, end in found if f == form)}
    return len(adjectives) == 1 and len(words) == 1


def _region_of(form: str, forms: set[str]) -> bool:
    """Is ``form`` a region's name in -ia, English and Italian alike, whose Italian adjective drops the I (``the
    Campania region`` beside ``Mozzarella di Bufala Campana``; ``Umbria``, ``Umbra``; ``Lombardia``, ``Lombarda``)?
    Before a noun it qualifies, it stands as the adjective does."""
    return form.endswith("ia") and any(other == form[:-2] + "a" for other in forms)


def shared_name_word(text: str, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Do both forms follow the same capitalised word that is no English word, as the last word of one
    name (``De Maaspoort``, ``De Maaspoord``; ``Maasland Cargo``, ``Maasland Kargo``)?"""
    lexicon = load_lexicon()
    before: dict[str, set[str]] = {}
    for start, _, form, _ in found:
        match = name_word_before(text, start)
        if match is not None and not lexicon.is_english(match.group(1)):
            before.setdefault(form, set()).add(match.group(1))
    words = list(before.values())
    return len(words) == 2 and bool(words[0] & words[1])


#: nouns after ``the`` and a surname that name its people (``the Keller family``, ``the Kellner family``): two
#: households whose names part on a letter are two, where a body's noun names one thing
_HOUSEHOLD = frozenset("family families household brothers sisters twins couple children clan siblings".split())


def _household_after(text: str, end: int) -> bool:
    """Does a noun that names a family's people follow the name ending at ``end`` (``the Lo Russo family``)?"""
    after = LOWER_AFTER.match(text, end)
    return after is not None and after.group(1) in _HOUSEHOLD


def same_noun_after_the(text: str, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Do both forms stand after ``the`` and before the same lower-case noun, each once at least (``the Rijnland
    water authority``, ``the Rhijnland water authority``): one body named after one place or person, whose name
    a slip respelt? A verb, a preposition or a conjunction after the name (``the Keller said``) is no noun."""
    nouns: dict[str, set[str]] = {}
    for start, name_end, form, _ in found:
        after = LOWER_AFTER.match(text, name_end)
        if after is None or THE_BEFORE.search(text, max(0, start - 5), start) is None:
            continue
        word = after.group(1)
        if word not in AFTER_A_PLACE and word not in REPORTING_VERBS and word not in _HOUSEHOLD \
                and not word.endswith(("ed", "ly")):
            nouns.setdefault(form, set()).add(word)
    words = list(nouns.values())
    return len(words) == 2 and bool(words[0] & words[1])


def translated_word(text: str, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Is one form an English word that stands alone, never written as a person's name nor inside a
    longer name (``the Virgin of the Pillar`` beside ``Plaza del Pilar``; ``Tangier`` beside the port
    ``Tanger Med``): a translation or another thing, where only its capital made it a name? (Inside a
    longer name it is one: ``Regional Committee of Shellfish Farming`` beside ``Comité régional``.) English words
    joined by a hyphen, each capitalised, are no English compound but a place's name (``Saint-Yore`` beside
    ``Saint-Yorre``): English writes its compounds in lower case (``hard-won``)."""
    lexicon = load_lexicon()
    english = {form for _, _, form, _ in found if lexicon.is_english(form) and not _capitalised_compound(form)}
    if not english or shared_name_word(text, found):
        return False
    return not any(written_as_person(text, start, lexicon) or name_word_before(text, start)
                   or before_a_name(text, end) for start, _, form, end in found if form in english)


def _capitalised_compound(form: str) -> bool:
    """Is ``form`` two words or more joined by hyphens, each capitalised (``Saint-Yore``, not ``Far-off``)?"""
    parts = form.split("-")
    return len(parts) > 1 and all(part[:1].isupper() for part in parts)


#: shortest coined name (a company's, ``Agrifrost``) whose one changed vowel is a slip without a person's evidence
COINED_LETTERS = 7


def coined_name_slip(text: str, found: Sequence[tuple[int, int, str, int]]) -> bool:
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
    if rare_count != 1 or usual_count < 2 or len(rare) < COINED_LETTERS or not (
            one_vowel_apart(usual, rare) or hard_c_for_k(usual, rare)):
        return False
    # the misspelt one stands alone, and so does the usual one twice at least: a club's or a firm's full name once
    # (``Agrifrost Holdings``) does not make the word another name's
    alone = Counter(form for start, _, form, end in found
                    if not (name_word_before(text, start) or before_a_name(text, end)))
    return no_word(usual) and no_word(rare) and alone[rare] == 1 and alone[usual] >= 2


#: the word right after a name, one space between: capitalised, the next word of a longer name (``Radboud
#: University``); in lower case, that word's noun as a translation writes it (``the Radboud university``)
_NAME_WORD_AFTER = re.compile(r"[ \N{NO-BREAK SPACE}]([A-Za-z][a-z]+)\b")
#: fewest letters of a name's first word that may be misspelt by any one inner letter added, dropped or changed:
#: shorter names (``Oberdorf``, ``Oberndorf``) are two places' as often as one's
_LONG_NAME = 9


def same_name_slip(text: str, lay: Layout, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Is the first word of a longer name (``Radboud University``, ``Agrifrost Holdings``), of no language's word
    lists, written once with a final D for a T (or a B for a P), one inner vowel changed or a hard C for a K
    (``Radbout University``), or, in a name of nine letters or more, any one inner letter added, dropped or changed
    (``Slingeland Hospital``, ``The Slingerland hospital``), before the same word that follows the usual spelling,
    capitalised, at least twice (in lower case or not), and no sentence holds both: one university's, firm's,
    hospital's or club's name misspelt once? The repeated whole name makes it
    one body where a word alone could be two people's or places' names; two bodies whose names part on a letter
    are set side by side (``from Oberdorf Hospital to Oberndorf Hospital``)."""
    counts = Counter(form for _, _, form, _ in found)
    if len(counts) != 2:
        return False
    (usual, usual_count), (rare, rare_count) = counts.most_common()
    if rare_count != 1 or usual_count < 2 or len(rare) < SURNAME_LETTERS or not (
            ending_devoiced(usual, rare) or one_vowel_apart(usual, rare) or hard_c_for_k(usual, rare)
            or (min(len(usual), len(rare)) >= _LONG_NAME and one_inner_letter_apart(usual, rare))) \
            or not (no_word(usual) and no_word(rare)):
        return False
    after: dict[str, Counter[str]] = {}
    for start, name_end, form, end in found:
        if end != name_end:
            return False  # a possessive (``Radboud's``) ends the name there
        word = _NAME_WORD_AFTER.match(text, name_end)
        after.setdefault(form, Counter())[word.group(1) if word else ""] += 1
    following = next(iter(after[rare])).lower()
    named_so = sum(count for word, count in after[usual].items() if word[:1].isupper() and word.lower() == following)
    return following != "" and named_so >= 2 and never_in_one_sentence(lay, found)


def never_in_one_sentence(lay: Layout, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Does a sentence start between every two occurrences of different spellings, so that no sentence holds both?
    Two places whose names part on a letter are set side by side (``from Oberdorf to Oberndorf``); a slip is not."""
    return not any(one_form != other_form and not any(min(one, other) < i <= max(one, other) for i in lay.initial)
                   for (one, _, one_form, _), (other, _, other_form, _) in combinations(found, 2))


def body_keeps_place_spelling(text: str, lay: Layout, found: Sequence[tuple[int, int, str, int]]) -> bool:
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
    bodies = {form for form in forms if all(after_body_head(text, start) for start, _, f, _ in found if f == form)}
    if len(bodies) != 1:
        return False
    places = [(start, name_end) for start, name_end, form, _ in found if form not in bodies]
    return any(PLACE_BEFORE.search(text, max(0, start - 20), start) is not None for start, _ in places) and \
        not any(written_as_person(text, start, lexicon) for start, _ in places)


def source_body_and_english(text: str, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Does one spelling stand only at the end of source-language bodies' or towns' names and the other never,
    nor as a person's: a body or a town that keeps the place's source-language name (``Hospital Universitario de
    Navarra``, ``Hall in Tirol``) beside the English name of the place (``Navarre's police``, ``the state of
    Tyrol``)?"""
    lexicon = load_lexicon()
    in_body = [(start, form, in_source_body_name(text, start) or in_town_name(text, start))
               for start, _, form, _ in found]
    inside = {form for _, form, body in in_body if body}
    outside = {form for _, form, body in in_body if not body}
    persons = {form for start, form, body in in_body if not body and written_as_person(text, start, lexicon)}
    return len(inside) == 1 and len(outside) == 1 and not inside & outside and not persons


def accent_kept_in_source_name(text: str, occurrences: Sequence[Occurrence]) -> bool:
    """Does the accented spelling stand only at the end of a longer source-language name (``the Bajo
    Aragón``, a district's own name, after the Spanish ``bajo``; ``Plaza del Pilar``), and the plain one
    never: a name kept whole beside the English name of the place, which drops the accent (``Aragon``)?"""
    lexicon = load_lexicon()

    def in_source_name(occurrence: Occurrence) -> bool:
        before = name_word_before(text, occurrence.start)
        return inside_source_name(text, occurrence.start) or (
            before is not None and bool(lexicon.kinds(before.group(1))) and not lexicon.is_english(before.group(1)))

    accented = [in_source_name(o) for o in occurrences if has_accent(o.form)]
    return bool(accented) and all(accented) and not any(in_source_name(o) for o in occurrences if not has_accent(o.form))

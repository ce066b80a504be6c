"""Transliteration variants of name-variant: capitalised words that share a spelling key, judged one name or two.

A detector of the ``name-variant`` check (``consistency.py``), for the names the variant table does not know:
``Shevtchenko`` beside ``Shevchenko``, ``Caub`` beside ``Kaub``, ``Bertolino`` beside ``Bertolini``. Every
capitalised word gets the keys of ``name_keys.py``; the words that share a key are candidate spellings of one
name, and the evidence the key's kind asks for (``name_spelling.py`` on the letters, ``name_context.py``,
``name_evidence.py``, ``name_place_evidence.py`` and ``name_place_slips.py`` on the text around them) decides
whether they are one name misspelt or two names.
"""

from __future__ import annotations

from collections import Counter
from typing import Iterator

from ..model import Severity
from .language_lexicon import load_lexicon
from .name_context import aged_full_name, before_a_name, in_source_quotation, quoted, written_as_person
from .name_evidence import (
    accented_vowel_slip, bare_surname_slip, different_given_names, different_offices, different_people, long_vowel_slip, same_given_name,
    short_surname_slip, two_people_alike,
)
from .name_forms import Layout, Occurrence, glossed, unaccented
from .name_keys import (
    COMPOUND, DOUBLED_VOWEL, HARD_C, PLACE_TAIL, SURNAME_LETTERS, TAIL, TYPO, compound_hard_c_keys, compound_keys,
    doubled_vowel_keys, hard_c_keys, typo_keys, variant_keys,
)
from .name_place_evidence import (
    adjective_and_name_word, body_keeps_place_spelling, coined_name_slip, coordinated, one_name, person_and_region,
    same_name_slip, same_noun_after_the, shared_name_word, source_body_and_english, translated_word,
    words_of_two_names,
)
from .name_place_slips import linking_s_slip, place_slip, two_part_place_slip
from .name_spelling import inflected, no_word, slip_on_an_accent
from .name_typos import swapped_letters_slip, tail_slip, with_silent_h
from .name_verdict import Verdict, usual_form


def transliteration_variants(lay: Layout, known: frozenset[str], claimed: list[tuple[int, int]], min_length: int
                             ) -> Iterator[Verdict]:
    """Transliteration variants of capitalised words that the table and the other detectors leave: words of
    ``min_length`` letters or more (one fewer where a K for a hard C, or the rest of a place's name, tells them
    apart) that share a spelling key, judged by the evidence their key's kind asks for."""
    text = lay.text
    # (start, end, form, end of the word): an Occurrence is only made for the few keys with two forms,
    # and only their forms are judged (all occurrences of a form share its keys)
    by_key: dict[str, list[tuple[int, int, str, int]]] = {}
    for start, name_end, end, word in zip(lay.starts, lay.name_ends, lay.ends, lay.words):
        # a name one letter shorter still counts when only a K for its hard C sets its spellings apart (Caub, Kaub)
        if len(word) < min_length - 1 or word[0].islower():
            continue  # too short (a possessive form is shorter still), or not capitalised
        form = word[:name_end - start]
        if len(form) < min_length - 1 or form.isupper() or form in known \
                or form.removesuffix("s") in known:
            continue  # too short, an acronym, or a table name (or its plural): the table judges it
        if any(a < name_end and start < b for a, b in claimed):
            continue
        if "-" in form and any(len(part) > 1 and part.isupper() for part in form.split("-")):
            continue  # a club's or a body's initials joined to a place (``VVV-Venlo``): no spelling of the place
        keys = hard_c_keys(form)
        if len(form) >= min_length:
            keys = keys | variant_keys(form)
        elif tail := PLACE_TAIL.match(text, name_end):
            # a short first word of a longer place name, whose particles and last words make it one name
            # (``Ajea de los Molinos``, ``Agea de los Molinos``)
            keys = keys | {f"{TAIL}{key}{tail.group().lower()}" for key in variant_keys(form)}
        if len(form) >= SURNAME_LETTERS - 1 and form.isalpha() and (tail := PLACE_TAIL.match(text, name_end)):
            # the first word of a place's longer name one letter off before the same rest (``Alhama de Murcia``,
            # ``Alama de Murcia``): the rest of the name joins them
            keys = keys | {f"{TAIL}{key}{tail.group().lower()}" for key in typo_keys(form)}
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
        # a source-language spelling inside a quotation the writer translates (``“o Iguaçu é nosso”, which
        # translates as “the Iguassu is ours”``), or given beside the other as its gloss (``the Azores (Açores)``),
        # is kept on purpose: only the other mentions are judged
        kept = {o for o in occurrences if in_source_quotation(text, o)} | {
            b for a in occurrences for b in occurrences
            if a.form != b.form and a.start < b.start and glossed(text, a, b)}
        if kept:
            occurrences = [o for o in occurrences if o not in kept]
            found = [f for f in found if Occurrence(f[0], f[1], f[2]) not in kept]
            if len({o.form for o in occurrences}) < 2:
                continue
        counts = Counter(o.form for o in occurrences)
        forms = list(counts)
        if len({f.lower() for f in forms}) < len(forms):
            continue  # forms that differ only in case (a casing issue, not a variant)
        if len({unaccented(f) for f in forms}) == 1:
            continue  # accents only: the accent detector judged it, with its own evidence rules
        if len(forms) == 2 and inflected(forms) and all(load_lexicon().is_english(form) for form in forms):
            continue  # an English noun and its plural (a Christian Democrat leader, the Christian Democrats)
        if key.startswith(COMPOUND) and (len(forms) != 2 or any(quoted(text, s, e) for s, e, _, _ in found)
                                         or slip_on_an_accent(forms) or forms[0].count("-") == 1
                                         and not (two_part_place_slip(text, lay, found)
                                                  or same_given_name(text, found))):
            # one part of a hyphenated place one letter off: the rest of the name makes it one place; so too one
            # part of a person's double surname after the same given name (``Katharina Schulze-Bäumer``, later
            # ``Katharina Schulte-Bäumer``): one person, whom no other shares both the given name and a part with
            continue
        if key.startswith(TAIL + TYPO) and not tail_slip(text, lay, found):
            continue  # a place's first word one letter off before the same rest: one place, unless a person's
        if key.startswith(TYPO) and len(forms) == 2 and min(map(len, forms)) < SURNAME_LETTERS \
                and not short_surname_slip(text, forms, found):
            continue  # a five-letter name one letter off: only a surname after a given name
        if key.startswith(TYPO) and (
                len(forms) != 2 or (inflected(forms) and not (same_given_name(text, found)
                                                              or bare_surname_slip(text, found)
                                                              or place_slip(text, lay, found)))
                or not (any(written_as_person(text, s, load_lexicon()) or aged_full_name(text, s, e)
                            for s, e, _, _ in found)
                        or shared_name_word(text, found) or same_noun_after_the(text, found)
                        or coined_name_slip(text, found) or same_name_slip(text, lay, found)
                        or swapped_letters_slip(text, found)
                        or place_slip(text, lay, found) or linking_s_slip(text, lay, found))
                or different_given_names(text, found) or one_name(text, found)
                or any(quoted(text, s, e) for s, e, _, _ in found)
                # a letter with an accent sets two words apart (``Ribeirão``, ``Ribeiro``), but not after one given
                # name, where it is one person's surname respelt (``Lukas Häusler``, ``Lukas Heusler``), nor where
                # the person the article keeps naming opens a sentence once so (``Tobias Kerner``, ``Körner found``)
                or (slip_on_an_accent(forms) and not (same_given_name(text, found)
                                                      or accented_vowel_slip(text, found)))
                or person_and_region(text, found)):
            continue  # one letter apart: a person's name (written so once), unless each has its own given name
        if key.startswith(DOUBLED_VOWEL) and (len(forms) != 2 or not long_vowel_slip(text, found)):
            continue  # another long vowel in a name: a slip only of a person the article keeps naming otherwise
        if key.startswith(HARD_C) and (len(forms) != 2 or different_given_names(text, found)
                                       or one_name(text, found)):
            continue  # a C and a K apart: Carla Montoya and Karla Weber are two women
        if key.startswith(HARD_C + COMPOUND) and any(before_a_name(text, end) or quoted(text, start, end)
                                                     for start, _, _, end in found):
            continue  # hyphenated given names before a surname (Hans-Carl Weber): the given-name detector's
        if translated_word(text, found):
            continue  # the Virgin of the Pillar beside the Plaza del Pilar: a translation, not a slip
        if coordinated(text, found):
            continue  # ``Maier and Mayer``: two people side by side
        if words_of_two_names(text, found):
            continue  # the Teatro Regio beside Reggio Emilia: a word of each of two names
        if adjective_and_name_word(text, found):
            continue  # the Ionian coast beside Palizzi Ionica: an English adjective and a word of a kept name
        if different_given_names(text, found) and min(counts.values()) >= 2:
            continue  # Jens Meyer and Jan Meier, each named so twice or more: two people, no slip
        if body_keeps_place_spelling(text, lay, found):
            continue  # the Rijksmuseum of a province beside the province: the body keeps its older spelling
        if source_body_and_english(text, found):
            continue  # the Hospital Universitario de Navarra beside Navarre's police: the body keeps its name
        # a sentence's first word is a name when a name follows (Nicolo Bertolini thanked…) or when it
        # is no word of English nor of the source lists (Echeberria says…)
        named = {form for start, _, form, end in found
                 if not lay.in_title(start) and (start not in lay.initial or before_a_name(text, end)
                                                 or no_word(form))}
        if not all(f in named and f.lower() not in lay.lowercase for f in forms):
            continue  # a word seen only at sentence starts, or also in lowercase, may not be a name
        ends: dict[str, list[int]] = {}
        for _, _, form, end in found:
            ends.setdefault(form, []).append(end)
        if different_people(text, forms, ends) or two_people_alike(text, found):
            continue  # Marijke Jansen and Marieke Janssen (or Anja Wetzels and Anja Wetzel), called two people
        if different_offices(text, found):
            continue  # Colonel Marc Santoni and the mayor, Marc Santini: two people, told apart by their roles
        # on a tie, a place's first word keeps its silent H (``Alhama de Murcia``); a person's H may be another
        # language's spelling added (``Molheiro``, ``Berghese``)
        keep = usual_form(occurrences, counts, with_silent_h(forms) if key.startswith(TAIL) else "")
        fresh = [o for o in occurrences if o not in reported]
        reported.update(fresh)
        claimed.extend((o.start, o.end) for o in occurrences)  # the detectors after this one leave them
        yield Verdict(fresh, counts, keep, keep, "transliteration", Severity.WARNING, 0.6, "generic")

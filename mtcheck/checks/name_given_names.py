"""Given names of name-variant spelt two ways before the same surname, or before the same regnal number.

A detector of the ``name-variant`` check (``consistency.py``). Machine translation respells a given name by the
source language's habits (``Thiago Medeiros``, ``Tiago Medeiros``; ``Xosé``, ``José``; ``Karsten``, ``Carsten``)
and translates a sovereign's (``Jaume I``, ``Jaime I``); the surname or the number after it says the person is one.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import combinations
from typing import Any, Collection, Iterator

from ..model import Severity
from .language_lexicon import load_lexicon
from .name_evidence import TWO_PEOPLE_ALIKE, different_people, full_name_respoken, unrelated
from .name_forms import Occurrence, overlaps, unaccented
from .name_keys import given_key, typo_keys
from .name_spelling import feminine_pair, no_word, two_letters_apart
from .name_surnames import CAPITALISED_RUN, PARTICLE_NAME, TITLE_WORD
from .name_table import partners
from .name_verdict import Verdict, generic_verdict, usual_form

#: a given name and a regnal number after it (``Jaume I``, ``Felipe VI``), not the pronoun's contraction (``I'm``)
_REGNAL_NAME = re.compile(r"\b(?P<given>[A-Z][a-z\u00e0-\u00ff]+)[ \N{NO-BREAK SPACE}](?P<number>[IVX]{1,5})\b"
                          r"(?![\w'\N{RIGHT SINGLE QUOTATION MARK}-])")

#: what follows the pronoun after a name (``Without Pablo I would``), never a regnal number: a lower-case word
#: other than the few that follow a sovereign's name (``Jaume I and Jaime II``, ``Felipe I of Castile``)
_PRONOUN_AFTER = re.compile(r"[ \N{NO-BREAK SPACE}]+(?!(?:and|or|of|in|who|whose)\b)[a-z]")
#: the shortest surname after which two spellings of a given name are compared (``Arjan Bos``, ``Arjen Bos``); one
#: this short counts only where it is no word of any list and the given name has four letters or more
SHORT_SURNAME = 3
#: the shortest given name after which a short surname that a source list has as a word too counts: such a long
#: given name is seldom another word, so the short one after it is the surname (``Annemieke Vos``, ``Annemiek Vos``)
LONG_GIVEN_NAME = 7
#: the fewest letters of a given name shortened by its first vowel (``Manuele`` of ``Emanuele``): a shorter one left
#: is often another name (``Elisa``, ``Lisa``; ``Elena``, ``Lena``)
SHORTENED_GIVEN_LETTERS = 6
#: a middle initial after a given name (``Pablo V. Ruiz``): a letter, a full stop and a capitalised word
_INITIAL_AFTER = re.compile(r"\.[ \N{NO-BREAK SPACE}]*[A-Z]")
#: a capitalised word right before a position, which makes the word there no given name but a later part of a name
_NAME_WORD_BEFORE = re.compile(r"\b[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*[ \N{NO-BREAK SPACE}]\Z")
#: a feminine pronoun, which may make a given name with an added E a woman's (``Daniel``, ``Daniele``)
_FEMININE_PRONOUN = re.compile(r"\b(?:[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b")
#: a regnal number alone
_REGNAL_NUMBER = re.compile(r"[IVX]{1,5}")


def given_name_variants(text: str, claimed: list[tuple[int, int]], known: Collection[str],
                        lowercase: Collection[str]) -> Iterator[Verdict]:
    """One person's given name spelled two ways before the same surname (``Luiz Fernando Albuquerque``,
    ``Luís Fernando Albuquerque``; ``Thiago Medeiros``, ``Tiago Medeiros``; ``Karsten``, ``Carsten``; ``Vítor``,
    ``Victor``; ``Arjan Bos``, ``Arjen Bos``): an accent, a letter added, dropped or changed, a C for a K, a Y for an IE
    between consonants (``Hielke``, ``Hylke``), or an X for a J (``Xosé``, ``José``), or two letters where the later
    full name only opens a sentence to speak (``Police spokesman Steffen Kuhlmann``, ``Stefan Kuhlmann said``: a
    second man of that surname would come with a role), a PH for an F (``Philip``, ``Filip``), or a first vowel
    dropped (``Emanuele``, ``Manuele``); or the two
    languages' forms of one given name that the table's ``given-name`` rows pair (``Empar``, ``Amparo``). A feminine
    beside a masculine (``Daniel``, ``Daniela``; ``Mario``, ``Maria``) may be two people of one family, and is left
    alone, and so are two names the table's ``distinct`` rows keep apart (``Philip``, ``Phillip``)."""
    lexicon = load_lexicon()
    # the table's look-alike names of two people are open to other spellings (``Philip``, ``Filip``), not each other
    distinct, equivalents = partners("distinct"), partners("given-name")
    # a given name that is also an English word (Victor, Rose, Frank) counts only where the text never
    # writes that word in ``lowercase``: elsewhere a capitalised word before a surname is a sentence's
    # first word (``When Calado arrived``), no given name
    english_given: set[str] = set()
    # the first given name's spellings by what follows it (the other given names and the surname)
    spellings: dict[tuple[str, ...], dict[str, list[Occurrence]]] = {}
    for start, given, rest in _full_names(text, lexicon):
        if len(given) < 3 or len(rest[-1]) < SHORT_SURNAME or (given in known and given not in distinct):
            continue  # the table judges its own names (Oleksii, Oleksiy)
        if len(rest[-1]) == SHORT_SURNAME and (len(given) < 4 or not (no_word(rest[-1]) or (
                len(given) >= LONG_GIVEN_NAME and not lexicon.is_english(rest[-1])))):
            continue  # a short word of a list (Ana Paz, Anna Sea): maybe no surname; Arjan Bos is one
        if lexicon.is_english(given):
            if given.lower() in lowercase or lexicon.is_english(rest[-1]):
                continue
            english_given.add(given)
        elif lexicon.is_english(rest[-1]) and rest[-1].lower() in lowercase:
            continue  # a word the text also writes in lower case: maybe no surname (``Ana Pastor`` is one)
        found = Occurrence(start, start + len(given), given)
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
            if one in english_given and other in english_given or other in distinct.get(one, ()):
                continue  # two English words (Grace, Grade), or two names the table keeps apart (Philip, Phillip)
            # one given name as two languages write it (a Valencian article's Empar, a Spanish one's Amparo)
            translated = other in equivalents.get(one, ())
            # a hard C and a K start one name (Carsten, Karsten; Christian, Kristian), and so do the X of
            # Galician, Catalan and old Spanish and the J of modern Spanish (Xosé, José; Xavier, Javier)
            if not translated and ((feminine_pair(one, other) and not italian_masculine_ele(one, other, text)) or not (
                    typo_keys(given_key(one)) & typo_keys(given_key(other))
                    # two letters off (a consonant doubled and a vowel changed: ``Steffen``, ``Stefan``) one person's
                    # only where the later full name just opens a sentence to speak, with no role of its own
                    or (two_letters_apart(one, other) and full_name_respoken(text, (one, *rest), (other, *rest)))
                    or first_vowel_dropped(one, other))):
                continue
            if len(rest) == 1 and _REGNAL_NUMBER.fullmatch(rest[0]) and _two_realms(text, one, other, rest[0]):
                continue  # Henry IV of England and Henri IV of France: two kings of one number
            # every time either spelling stands before the same names, inside a longer run of capitals too
            # (``Winemaker Xosé Manuel Lois``, whose first word the loop above takes for the given name)
            rest_pattern = "[ \N{NO-BREAK SPACE}]".join(map(re.escape, rest))
            full_names = list(re.finditer(
                rf"\b({re.escape(one)}|{re.escape(other)})[ \N{{NO-BREAK SPACE}}]{rest_pattern}\b", text))
            occurrences = [Occurrence(m.start(), m.end(1), m.group(1)) for m in full_names]
            if any(overlaps(o, claimed) for o in occurrences):
                continue  # another detector has judged this name already
            # judged after the whole name, whose particles (``Sietske de Boer, … no relation``) the words that
            # say so may not pass over
            if any(unrelated(text, Occurrence(m.start(), m.end(), m.group())) for m in full_names):
                continue  # ``Carla Montoya, no relation,``: the article says they are two people
            # where each given name ends anywhere, alone too (``Breno, 24,``), for the ages after it
            every_end = {form: [m.end() for m in re.finditer(rf"\b{re.escape(form)}\b", text)]
                         for form in (one, other)}
            if TWO_PEOPLE_ALIKE.search(text) is not None or different_people(text, (one, other), every_end):
                continue  # ``two riders with almost identical names``, ``Breno, 24, … Bruno, 16,``: two people
            counts = Counter(o.form for o in occurrences)
            keep = usual_form(occurrences, counts)
            claimed.extend((o.start, o.end) for o in occurrences)
            kind = "given-name" if translated else "transliteration"
            yield Verdict(occurrences, counts, keep, keep, kind, Severity.WARNING, 0.6, "generic")


def italian_masculine_ele(one: str, other: str, text: str) -> bool:
    """Is one given name the other with an E put after its final EL, written with no accent (``Daniel``,
    ``Daniele``; ``Gabriel``, ``Gabriele``), in an article that never says she or her? Such an E makes the Italian
    form of a man's name, which a translation writes in English, not a feminine: French writes that with a doubled L
    or an accent (``Danielle``, ``Danièle``), and an article about a woman says she."""
    short, long = sorted((one, other), key=len)
    return long == short + "e" and short.endswith("el") and _FEMININE_PRONOUN.search(text) is None


def first_vowel_dropped(one: str, other: str) -> bool:
    """Is one given name the other without its first letter, a vowel, with six letters or more left (``Emanuele``,
    ``Manuele``; ``Eleonora``, ``Leonora``), accents aside? Italian and Spanish shorten a name so, and a translation
    writes the short form for the one the article introduced; a shorter name left is often another's (``Lisa``)."""
    short, long = sorted((unaccented(one.lower()), unaccented(other.lower())), key=len)
    return len(short) >= SHORTENED_GIVEN_LETTERS and long[0] in "aeiou" and long[1:] == short


def _full_names(text: str, lexicon: Any) -> Iterator[tuple[int, str, tuple[str, ...]]]:
    """Where each run of capitalised words starts, its first word and the words after it (``Jannik Brauer``: the
    given name and the surname); and where a role or a title opens a run of three words or more (``Striker Jannik
    Brauer``, ``Coach Ana Ruiz``), the run past it too, as the full name written bare elsewhere (``Jannick Brauer
    completed``) stands without the role; and a given name before particles and a surname (``Harrie van Rooij``)."""
    for run in CAPITALISED_RUN.finditer(text):
        words = run.group().split()
        yield run.start(), words[0], tuple(words[1:])
        if len(words) >= 3 and (lexicon.is_english(words[0]) or TITLE_WORD.fullmatch(words[0]) is not None):
            yield run.start() + len(words[0]) + 1, words[1], tuple(words[2:])
    # a given name before a surname with particles (``Harrie van Rooij``), which breaks the run of capitals: the
    # particles and the surname are what follows it; not the first surname of a compound one after a given name
    # (``Ana Díez de Ulzurrun``)
    for match in PARTICLE_NAME.finditer(text):
        given = match.group("given")
        if given is not None and "-" not in given and TITLE_WORD.fullmatch(given) is None \
                and "\n" not in match.group() \
                and _NAME_WORD_BEFORE.search(text, max(0, match.start() - 40), match.start()) is None:
            yield match.start("given"), given, (*match.group("particles").split(), match.group("last"))


def _regnal(text: str, match: re.Match[str]) -> bool:
    """Is the numeral of a :data:`_REGNAL_NAME` match a regnal number, not the pronoun I before a verb (``Thanks to
    Paulo I learned``) nor a middle initial (``Pablo V. Ruiz``)? A numeral of one letter is either, so it must not
    be followed by a lower-case word (the pronoun) nor by a full stop and a capital (an initial); a regnal number at
    a sentence's end before another sentence reads so too, and is given up: the name's other mentions remain."""
    end = match.end("number")
    if match.group("number") == "I" and _PRONOUN_AFTER.match(text, end):
        return False
    return len(match.group("number")) > 1 or not _INITIAL_AFTER.match(text, end)


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


def split_given_names(text: str, claimed: list[tuple[int, int]]) -> Iterator[Verdict]:
    """A compound given name written as one word and as two before the same surname (``Mariangela Fusco``, ``Maria
    Angela Fusco``; ``Gianpaolo Rossi``, ``Gian Paolo Rossi``): Italian, Portuguese and Spanish join two given names
    into one, dropping the vowel where both meet a vowel, and a translation splits the one word again. The surname,
    of no language's word lists, marks one person; an article that says two people have names alike is left alone."""
    # the given names before each surname: one word or two, with where they stand
    before: dict[str, list[Occurrence]] = {}
    for run in CAPITALISED_RUN.finditer(text):
        words = run.group().split()
        surname, end = words[-1], run.end() - len(words[-1]) - 1
        if not no_word(surname):
            continue
        for count in (1, 2):
            if len(words) > count:
                given = " ".join(words[-1 - count:-1])
                before.setdefault(surname, []).append(Occurrence(end - len(given), end, given))
    if TWO_PEOPLE_ALIKE.search(text) is not None:
        return
    for found in before.values():
        joined = {o.form for o in found if " " not in o.form}
        split = {o.form for o in found if " " in o.form and _joins(o.form, joined)}
        if not split:
            continue
        occurrences = [o for o in found if (o.form in split or o.form in {_join(s) for s in split}
                                            or o.form in {_join(s, elided=True) for s in split})
                       and not overlaps(o, claimed)]
        if verdict := generic_verdict(occurrences, claimed, "hyphenation"):
            yield verdict


def _join(split: str, elided: bool = False) -> str:
    """Two given names as one word (``Gian Paolo``: ``Gianpaolo``), the first one's last vowel dropped where
    ``elided`` (``Maria Angela``: ``Mariangela``)."""
    first, second = split.split(" ")
    return (first[:-1] if elided else first) + second.lower()


def _joins(split: str, joined: Collection[str]) -> bool:
    """Is one of ``joined`` the two given names of ``split`` as one word, with the first one's last vowel dropped
    before the second one's first vowel (``Maria Angela``, ``Mariangela``) or not (``Gian Paolo``, ``Gianpaolo``)?"""
    first, second = split.split(" ")
    elision = first[-1] in "aeiou" and second[0].lower() in "aeiou"
    return _join(split) in joined or (elision and _join(split, elided=True) in joined)

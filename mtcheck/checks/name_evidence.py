"""Predicates of name-variant that weigh every occurrence of two spellings: one name misspelt, or two names.

Machine translation leaves one person, place or firm spelt two ways in one article (``Ronald Verschoor``, then
``Verschuur must pay``; ``of Camanducaia``, ``In Camandocaia``), but articles also name two people whose surnames
part on a letter, a surname beside the province it comes from, or a body that keeps a place's own spelling
beside the place's English name. Most predicates take the text and ``found`` (``(start, name end, form, word
end)`` of each occurrence) or the forms' ``Occurrence`` objects, and look for what settles it: given names of their
own or a shared one, what the article says of relations, prepositions of place, longer names around. People come
first, then places and other names.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import combinations
from typing import Sequence

from .language_lexicon import load_lexicon
from .name_context import (
    AFTER_A_PLACE, AGE_AFTER, LOWER_AFTER, PLACE_BEFORE, SENTENCE_START_BEFORE, THE_BEFORE, after_body_head,
    after_given_name, attributive, before_a_name, given_names, in_region, in_source_body_name, in_town_name,
    inside_source_name, name_word_before, next_names, office_before, written_as_person,
)
from .name_forms import POSSESSIVES, Layout, Occurrence, has_accent
from .name_keys import SURNAME_LETTERS
from .name_spelling import (
    ending_devoiced, final_s, hard_c_for_k, inner_sound_alike, no_word, one_inner_letter_apart, one_vowel_apart,
)
from .quotes import REPORTING_VERBS


def different_given_names(text: str, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Do the two surnames come with given names of their own (``Martin Keller``, ``Anna Kellner``):
    two people, not one misspelt?"""
    names = list(given_names(text, found).values())
    return len(names) == 2 and not names[0] & names[1]


def same_given_name(text: str, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Do both surnames come after the same given name (``Annelies Verhoeven``, ``Annelies Verhoeve``):
    one person, whatever letter the two spellings part on? (``South America``, ``South American``: an
    English word before both is no given name.)"""
    names = list(given_names(text, found).values())
    lexicon = load_lexicon()
    return len(names) == 2 and any(not lexicon.is_english(name) for name in names[0] & names[1])


def bare_surname_slip(text: str, found: Sequence[tuple[int, int, str, int]]) -> bool:
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
            or not all(no_word(form) for form in forms):
        return False
    given = given_names(text, found)
    lexicon = load_lexicon()
    full = [form for form, names in given.items() if any(not lexicon.is_english(name) for name in names)]
    if len(full) != 1:
        return False
    if forms[1][-1] != "s" and (
            (forms[1][-1] == "n" and forms[0][-1].lower() in "aeiou")
            or not any(after_given_name(text, start, lexicon) for start, _, form, _ in found if form == full[0])):
        return False  # a demonym's ending, or a full form only after particles (``Xunta de Galicia``)
    if any(before_a_name(text, end) for _, _, form, end in found if form == full[0]):
        return False  # ``Tory Brexiteer Andrea Jenkyns``: a word before a name, no surname
    bare = [(start, end) for start, _, form, end in found if form != full[0]]
    return all(name_word_before(text, start) is None and not before_a_name(text, end)
               and _FAMILY_BEFORE.search(text, max(0, start - 12), start) is None for start, end in bare)


#: ``the``, a number or a quantifier right before a surname: the family or the people of that name, in the plural
#: (``the Koopmans``, ``two Mangins``, ``both Mangins``), no person's surname misspelt
_FAMILY_BEFORE = re.compile(r"\b(?i:the|two|three|four|five|both|all|several|many|other|\d+)[ \N{NO-BREAK SPACE}]+\Z")


def short_surname_slip(text: str, forms: Sequence[str], found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Is a surname of five letters the other, of six, with one letter inside dropped (``Wendte``, ``Wende``),
    one of them written right after a given name and the other never? Short names part on a last letter as demonyms
    and plurals do (``Lanka``, ``Lankan``), a title alone does not tell one of two common surnames from the other
    (``Ms Davis``, ``Ms Davies``), and two short surnames each after a given name once are two people's (``Anna
    Ebner``, ``Anna Ebener``), unless the article writes one at least twice and the other once (``Wendte Haulage``,
    ``Ralf Wendte``, ``Wendte said``, then ``Wende Haulage``): a person or firm it keeps naming, misspelt once."""
    lexicon = load_lexicon()
    given = {form for start, _, form, _ in found if after_given_name(text, start, lexicon)}
    counts = sorted(Counter(form for _, _, form, _ in found).values())
    return one_inner_letter_apart(*forms) and (len(given) == 1 or (len(given) == 2 and counts[0] == 1 < counts[1]))


def long_vowel_slip(text: str, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Is one spelling of a surname written as a person's (after a given name or a title) and twice at least, and
    the other, with another vowel doubled in its place, once and never after a given name or a title of its own
    (``Ronald Verschoor``, ``Verschoor had ignored``, then ``Verschuur must also pay``): the person the article
    introduced, misspelt once? Two families' names that part so each come with their own given names."""
    counts = Counter(form for _, _, form, _ in found)
    if len(counts) != 2:
        return False
    (usual, usual_count), (rare, rare_count) = counts.most_common()
    if rare_count != 1 or usual_count < 2 or not (no_word(usual) and no_word(rare)):
        return False
    lexicon = load_lexicon()
    persons = {form for start, _, form, _ in found if written_as_person(text, start, lexicon)}
    return persons == {usual} and not any(name_word_before(text, start) or before_a_name(text, end)
                                          for start, _, form, end in found if form == rare)


def vowel_slip(text: str, one: str, other: str) -> bool:
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


#: a reporting verb right after a name: the person it names speaks
_SPEAKS_AFTER = re.compile(rf"[ \N{{NO-BREAK SPACE}}]+(?:{'|'.join(sorted(REPORTING_VERBS))})\b")


def named_again(text: str, given: str, one: str, other: str) -> bool:
    """Is one of two people of one given name (``Retired teacher Telma Serpa``) named again by the other
    surname, one letter off, each time bare at a sentence's start and speaking (``Telma Sarpa said``)? News text
    gives a new speaker a role or an age; a full name that only opens a sentence to speak, after the other was
    introduced, is the first person's, misspelt."""
    return full_name_respoken(text, (given, one), (given, other))


def full_name_respoken(text: str, one: Sequence[str], other: Sequence[str]) -> bool:
    """Is the later of two full names, given as their words (``("Telma", "Serpa")``, ``("Telma", "Sarpa")``;
    ``("Steffen", "Kuhlmann")``, ``("Stefan", "Kuhlmann")``), written only to open a sentence and speak, with no
    role or age of its own, after the other was introduced: the first person named again, misspelt?"""
    firsts: dict[str, int] = {}
    spans: dict[str, list[re.Match[str]]] = {}
    for words in (one, other):
        name = " ".join(words)
        spans[name] = list(re.finditer(r"\b" + "[ \N{NO-BREAK SPACE}]+".join(map(re.escape, words)) + r"\b", text))
        firsts[name] = min((m.start() for m in spans[name]), default=len(text))
    names = [" ".join(one), " ".join(other)]
    later = max(names, key=firsts.__getitem__)
    earlier = names[1] if later == names[0] else names[0]
    # the role that opens a sentence before the earlier spelling (``Prosecutor Claudia Behrens had called``): the
    # same role before the later one (``Prosecutor Claudia Behrendt said``) names the same person again
    roles = {role.group(1) for m in spans[earlier] if (role := _OPENING_ROLE.search(text, max(0, m.start() - 40),
                                                                                       m.start())) is not None}

    def opens(start: int) -> bool:
        if SENTENCE_START_BEFORE.search(text, max(0, start - 4), start) is not None:
            return True
        role = _OPENING_ROLE.search(text, max(0, start - 40), start)
        return role is not None and role.group(1) in roles

    return firsts[later] < len(text) and all(
        opens(m.start()) and _SPEAKS_AFTER.match(text, m.end()) is not None for m in spans[later])


#: one capitalised role word opening a sentence right before a given name (``Prosecutor Claudia``)
_OPENING_ROLE = re.compile(r"(?:\A|[.!?][\"'\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}]?\s+|\n\s*)"
                           r"([A-Z][a-z]{3,})[ \N{NO-BREAK SPACE}]+\Z")


#: what says that two people of one name are two (``Carla Montoya, no relation, runs…``, ``Anne Collin – no
#: relation to the deputy mayor –``)
_NO_RELATION = re.compile(r"(?:\s+[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]+){0,3}"
                          # the person's home town before the comma (``Nuria Solano from Burgos, is no relation``)
                          r"(?:\s+(?:from|of)(?:\s+[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]+){1,3})?"
                          r"\s*[,(\N{EN DASH}\N{EM DASH}]\s*"
                          # ``Jan Peters, a tourist from Eindhoven who is no relation to…``; an abbreviation's
                          # full stop does not end the clause (``a baker from St. Peter who is no relation…``)
                          r"(?:[a-z](?:[^.;()\n]|(?<=\b(?:St|Mt|Dr|Mr|Ms|Jr|Sr))\.|(?<=\bMrs)\.){0,80}?\s)?"
                          # a plural verb says it of other things (``According to Van Veldhofen, the two closures are
                          # not related``); two people said so together are ``TWO_PEOPLE_ALIKE``'s
                          r"(?<!\bare\s)(?<!\bwere\s)(?:no\s+relation|not\s+related|unrelated)\b")


#: what says that two people of one article have names alike (``The two women, who are not related,``; ``two
#: councillors with almost identical names``; ``men with almost the same name``; ``the similarity of their names``)
TWO_PEOPLE_ALIKE = re.compile(r"\b(?:are|were)\s+(?:not\s+related|no\s+relation|unrelated)\b"
                              r"|\b(?:almost|nearly|near)[\s-]+identical\s+(?:sur)?names\b|\bnamesakes\b"
                              r"|\b(?:almost|nearly)\s+the\s+same\s+(?:sur)?names?\b"
                              r"|\bsimilar(?:-sounding)?\s+(?:sur)?names\b"
                              r"|\bsimilarity\s+of\s+(?:their|the\s+two)\s+(?:sur)?names\b", re.IGNORECASE)

#: a person introduced as another's namesake: ``His namesake and former teammate Thiago Marques``
_NAMESAKE_BEFORE = re.compile(r"\bnamesake\b[^.;\n]{0,50}\Z", re.IGNORECASE)
#: the other person named right after the words that part them: ``She is not related to Julien Berthod``
_RELATION_BEFORE = re.compile(r"\b(?:no\s+relation|not\s+related|unrelated)\s+to\s+\Z")
#: a relative of the person named before, introduced by the kinship (``Her cousin, Clara Menegotto``, ``his twin
#: brother Marco``): another person, whose name may differ from the first one's by a letter
_KIN_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:twin|younger|older|elder|big|little)\s+)?"
                         r"(?:cousin|sister|brother|daughter|son|niece|nephew|wife|husband|mother|father|aunt|uncle"
                         r"|grand(?:daughter|son|mother|father))(?:-in-law)?,?\s+\Z")


def unrelated(text: str, occurrence: Occurrence) -> bool:
    """Does the article say this person is no relation of the other (``…, who is no relation to``; ``she is not
    related to Julien Berthod``), introduce them as the other's namesake (``His namesake and former teammate
    Thiago Marques``) or as a relative (``Her cousin, Clara Menegotto``)?"""
    return (_NO_RELATION.match(text, occurrence.end) is not None
            or _RELATION_BEFORE.search(text, max(0, occurrence.start - 30), occurrence.start) is not None
            or _NAMESAKE_BEFORE.search(text, max(0, occurrence.start - 60), occurrence.start) is not None
            or _KIN_BEFORE.search(text, max(0, occurrence.start - 30), occurrence.start) is not None)


def two_people_alike(text: str, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Does each form come with a given name, its own or the same one (``Anja Wetzels``, ``Anja Wetzel``), in an
    article that says two people have names alike?"""
    return len(given_names(text, found)) == 2 and TWO_PEOPLE_ALIKE.search(text) is not None


def different_people(text: str, forms: Sequence[str], ends: dict[str, list[int]]) -> bool:
    """True when each form is always a given name followed by surnames the others never share
    (``ends``: where the words of each form end in ``text``), or when the article says that one
    of them is no relation of the other."""
    if any(unrelated(text, Occurrence(end - len(form), end, form)) for form in forms for end in ends.get(form, [])):
        return True
    # each given with an age of its own (``Marlene Souza, 71, …; Marlene Sousa, 68, joined``): two people
    ages = [{match.group(1) for end in ends.get(form, []) if (match := AGE_AFTER.match(text, end))} for form in forms]
    if all(ages) and all(not (a & b) for i, a in enumerate(ages) for b in ages[i + 1:]):
        return True
    surnames = []
    for form in forms:
        after = [next_names(text, end) for end in ends.get(form, [])]
        if not after or not all(after):
            return False
        # the surname too, past middle names: ``Cleiton Aparecido Moura`` and ``Cleyton Moura`` are one man
        surnames.append(set().union(*after))
    return all(not (a & b) for i, a in enumerate(surnames) for b in surnames[i + 1:])


def different_offices(text: str, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Does each spelling come with an office or a rank of its own, the other's never (``Colonel Marc Santoni``,
    ``Colonel Santoni``; ``the village's mayor, Marc Santini``): two people, whom their roles tell apart? A slip
    keeps the person's role, or drops it."""
    offices: dict[str, set[str]] = {}
    for start, _, form, _ in found:
        office = office_before(text, start)
        offices.setdefault(form, set())
        if office is not None:
            offices[form].add(office)
    roles = list(offices.values())
    return len(roles) == 2 and all(roles) and not roles[0] & roles[1]


def person_and_place(text: str, occurrences: Sequence[Occurrence]) -> bool:
    """Is one spelling written as a person's name (``Lucía Santamaría``) and another only after
    ``the`` (``the Santa María district``), so that they name two things?"""
    lexicon = load_lexicon()
    persons = {o.form for o in occurrences if written_as_person(text, o.start, lexicon)}
    placed = {o.form for o in occurrences if text[max(0, o.start - 4):o.start].lower() == "the "}
    return bool(persons) and bool(placed) and persons.isdisjoint(placed)


def person_and_region(text: str, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Is one spelling written as a person's name (``Hennie Drenth``) and the other always after a preposition
    of place (``in Drenthe``, ``across rural Drenthe``): a surname and the province it comes from?"""
    lexicon = load_lexicon()
    persons = {form for start, _, form, _ in found if written_as_person(text, start, lexicon)}
    regions = {form for start, end, form, _ in found if in_region(text, start, end)}
    elsewhere = {form for start, end, form, _ in found if not in_region(text, start, end)}
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
    words on the same side (``Reggio Emilia``, ``Regio Emilia``)."""
    sides: dict[str, set[str]] = {}
    for start, _, form, end in found:
        before, after = name_word_before(text, start) is not None, before_a_name(text, end)
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
    adjectives = {form for form in forms if _PLACE_ADJECTIVE_END.search(form) and all(
        attributive(text, name_end) and LOWER_AFTER.match(text, name_end).group(1) not in REPORTING_VERBS
        and not written_as_person(text, start, lexicon) and name_word_before(text, start) is None
        for start, name_end, f, _ in found if f == form)}
    words = {form for form in forms - adjectives if all(
        name_word_before(text, start) is not None and not before_a_name(text, end)
        for start, _, f, end in found if f == form)}
    return len(adjectives) == 1 and len(words) == 1


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
    longer name it is one: ``Regional Committee of Shellfish Farming`` beside ``Comité régional``.)"""
    lexicon = load_lexicon()
    english = {form for _, _, form, _ in found if lexicon.is_english(form)}
    if not english or shared_name_word(text, found):
        return False
    return not any(written_as_person(text, start, lexicon) or name_word_before(text, start)
                   or before_a_name(text, end) for start, _, form, end in found if form in english)


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


#: the capitalised word right after a name, one space between: the next word of a longer name (``Radboud University``)
_NAME_WORD_AFTER = re.compile(r"[ \N{NO-BREAK SPACE}]([A-Z][a-z]+)\b")


def same_name_slip(text: str, lay: Layout, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Is the first word of a longer name (``Radboud University``, ``Agrifrost Holdings``), of no language's word
    lists, written once with a final D for a T (or a B for a P), one inner vowel changed or a hard C for a K
    (``Radbout University``), before the same capitalised word that follows the usual spelling at least twice, and
    no sentence holds both: one university's, firm's or club's name misspelt once? The repeated whole name makes it
    one body where a word alone could be two people's or places' names; two bodies whose names part on a letter
    are set side by side (``from Oberdorf Hospital to Oberndorf Hospital``)."""
    counts = Counter(form for _, _, form, _ in found)
    if len(counts) != 2:
        return False
    (usual, usual_count), (rare, rare_count) = counts.most_common()
    if rare_count != 1 or usual_count < 2 or len(rare) < SURNAME_LETTERS or not (
            ending_devoiced(usual, rare) or one_vowel_apart(usual, rare) or hard_c_for_k(usual, rare)) \
            or not (no_word(usual) and no_word(rare)):
        return False
    after: dict[str, Counter[str]] = {}
    for start, name_end, form, end in found:
        if end != name_end:
            return False  # a possessive (``Radboud's``) ends the name there
        word = _NAME_WORD_AFTER.match(text, name_end)
        after.setdefault(form, Counter())[word.group(1) if word else ""] += 1
    following = next(iter(after[rare]))
    return following != "" and after[usual][following] >= 2 and _never_in_one_sentence(lay, found)


#: prepositions of place, an article or not after them, right before a position: ``of Camanducaia``, ``along the
#: Paraopeba``
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?i:in|at|from|near|to|between|outside|around|of|into|along|across|through"
                                       r"|towards?|via|past|beyond|within|throughout)(?:[ \N{NO-BREAK SPACE}]the)?"
                                       r"[ \N{NO-BREAK SPACE}]+\Z")


#: a landscape noun right after a name, which makes it a place's: ``the Paraopeba River``
_PLACE_NOUN_AFTER = re.compile(r"[ \N{NO-BREAK SPACE}](?:River|Lake|Valley|Bay|Creek|Canyon|Reservoir|Basin|Delta|Falls"
                               r"|Mountains|Hills|Plateau|Island|Islands|Lagoon|Estuary)\b")
#: a landscape noun that English puts right before a name, which makes it a place's: ``Lake Coghinas``, ``Mount
#: Etna``, ``the River Maas``
_PLACE_NOUN_BEFORE = re.compile(r"\b(?:Lake|Loch|Mount|Mt\.?|Cape|River)[ \N{NO-BREAK SPACE}]\Z")


def _as_place(text: str, start: int, name_end: int) -> bool:
    """Is the name at ``text[start:name_end]`` written as a place's: after a preposition of place (``of
    Camanducaia``, ``along the Paraopeba``) or beside a landscape noun (``the Paraopeba River``, ``Lake Coghinas``)?"""
    return (_PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 20), start) is not None
            or _PLACE_NOUN_AFTER.match(text, name_end) is not None
            or _PLACE_NOUN_BEFORE.search(text, max(0, start - 8), start) is not None)


def place_slip(text: str, lay: Layout, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Is one long word of no language's word lists written as a place each time, after a preposition of place or
    beside a landscape noun (``a district of Camanducaia``, ``In Camandocaia``; ``the Paraopeba River``, ``along the
    Paraupeba``; ``Lake Coghinas``),
    and once with one inner vowel changed or its final S dropped (``between Carboneras``, ``of Carbonera``), or, where
    the document writes it otherwise twice, with one inner letter added, dropped or changed or a final D written T
    (``of Belfeld``, ``of Belfelt``): one town's, lake's or river's name misspelt? A person's name (after a title
    or a given name) is the other detectors'; the document's title, which puts its own words around a name (``lands
    on Carboneras beach``), is passed over."""
    found = [occurrence for occurrence in found if not lay.in_title(occurrence[0])]
    forms = sorted({form for _, _, form, _ in found})
    if len(forms) == 2 and (min(map(len, forms)) >= COINED_LETTERS and (
            one_inner_letter_apart(*forms) or ending_devoiced(*forms))
            # a shorter place only on a consonant said alike (``in Burcht``, ``In Burght``)
            or min(map(len, forms)) >= SURNAME_LETTERS and inner_sound_alike(*forms)) \
            and _placed_once(text, lay, found):
        return True
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


def _never_in_one_sentence(lay: Layout, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Does a sentence start between every two occurrences of different spellings, so that no sentence holds both?
    Two places whose names part on a letter are set side by side (``from Oberdorf to Oberndorf``); a slip is not."""
    return not any(one_form != other_form and not any(min(one, other) < i <= max(one, other) for i in lay.initial)
                   for (one, _, one_form, _), (other, _, other_form, _) in combinations(found, 2))


def _placed_once(text: str, lay: Layout, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Is one spelling of a long name of no language's word lists written once, as a place (after a preposition of
    place or beside a landscape noun: ``residents in Wilsmarsum``), where the document writes the other at least
    twice and as a place at least once (``from Wilmarsum``), never as a person's nor as an owner, and no sentence
    holds both (two villages whose names part on a letter are set side by side: ``from Oberdorf to
    Oberndorf``)? One town's name misspelt once."""
    counts = Counter(form for _, _, form, _ in found)
    (usual, usual_count), (rare, rare_count) = counts.most_common()
    if rare_count != 1 or usual_count < 2 or not (no_word(usual) and no_word(rare)):
        return False
    lexicon = load_lexicon()

    def placed(start: int, name_end: int) -> bool:
        return _as_place(text, start, name_end) and not text.startswith(POSSESSIVES, name_end)

    if any(written_as_person(text, start, lexicon) or before_a_name(text, end)
           or ((word := name_word_before(text, start)) is not None and not lexicon.is_english(word.group(1)))
           for start, _, _, end in found):
        return False  # a person's name, or a word of a longer name (``Oberdorf Hospital``; ``In Oberdorf`` is one)
    if not all(placed(start, name_end) for start, name_end, form, _ in found if form == rare) or \
            not any(placed(start, name_end) for start, name_end, form, _ in found if form == usual):
        return False
    return _never_in_one_sentence(lay, found)


def two_part_place_slip(text: str, lay: Layout, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Is a hyphenated name of two parts written as a place each time, after a preposition of place or beside a
    landscape noun, never as a person's (no title or given name before, no surname after), and its two spellings
    never in one sentence (``In Brives-Charensac``, ``The mayor of Brive-Charensac``): one town misspelt? Two
    towns whose names part on a letter are set side by side (``from Hauteville-Lompnes to Hautevilla-Lompnes``)."""
    lexicon = load_lexicon()
    if not all(_as_place(text, start, name_end)
               and not written_as_person(text, start, lexicon) and not before_a_name(text, end)
               for start, name_end, _, end in found):
        return False
    return _never_in_one_sentence(lay, found)


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

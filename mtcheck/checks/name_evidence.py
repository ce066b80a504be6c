"""Predicates of name-variant that weigh every occurrence of two spellings of a person's name: one person misspelt,
or two people.

Machine translation leaves one person spelt two ways in one article (``Ronald Verschoor``, then ``Verschuur must
pay``), but articles also name two people whose surnames part on a letter. Most predicates take the text and
``found`` (``(start, name end, form, word end)`` of each occurrence) or the forms' ``Occurrence`` objects, and look
for what settles it: given names of their own or a shared one, what the article says of relations, offices and
ages. Places and other names are ``name_place_evidence.py``'s.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

from .language_lexicon import load_lexicon
from .name_context import (
    AGE_AFTER, LOWER_AFTER, SENTENCE_START_BEFORE, TITLES, after_given_name, before_a_name, given_names,
    name_word_before, next_names, office_before, written_as_person,
)
from .name_forms import Occurrence, unaccented
from .name_keys import SURNAME_LETTERS
from .name_spelling import no_word, one_inner_letter_apart
from .quotes import REPORTING_VERBS

def different_given_names(text: str, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Do the two surnames come with given names of their own (``Martin Keller``, ``Anna Kellner``):
    two people, not one misspelt? A given name whose accents a translation dropped is the same given name
    (``Hélène Castagnet``, ``Helene Castaignet``)."""
    names = _unaccented_given_names(text, found)
    return len(names) == 2 and not names[0] & names[1]


def _unaccented_given_names(text: str, found: Sequence[tuple[int, int, str, int]]) -> list[set[str]]:
    """The given names before each form, without their accents, which machine translation drops in one sentence
    and keeps in another (``Sébastien``, ``Sebastien``): the accents tell no two people apart."""
    return [{unaccented(name) for name in names} for names in given_names(text, found).values()]


def same_given_name(text: str, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Do both surnames come after the same given name (``Annelies Verhoeven``, ``Annelies Verhoeve``):
    one person, whatever letter the two spellings part on? (``South America``, ``South American``: an
    English word before both is no given name, but one written with an accent is, as English writes the word
    without: ``Ángel Castellanos``, ``Ángel Castellano``.)"""
    given = given_names(text, found)
    names = [{unaccented(name) for name in forms} for forms in given.values()]
    accented = {unaccented(name) for forms in given.values() for name in forms if name != unaccented(name)}
    lexicon = load_lexicon()
    return len(names) == 2 and any(not lexicon.is_english(name) or name in accented for name in names[0] & names[1])


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
    return _person_once_bare(text, found) is not None


def _person_once_bare(text: str, found: Sequence[tuple[int, int, str, int]]) -> tuple[str, str] | None:
    """The usual and the rare spelling, where one is written as a person's (after a given name or a title) and
    twice at least, and the other once, never after a given name or a title nor beside another capitalised word
    (``Tobias Kerner`` twice, then ``Körner found space``); None otherwise."""
    counts = Counter(form for _, _, form, _ in found)
    if len(counts) != 2:
        return None
    (usual, usual_count), (rare, rare_count) = counts.most_common()
    if rare_count != 1 or usual_count < 2 or not (no_word(usual) and no_word(rare)):
        return None
    lexicon = load_lexicon()
    persons = {form for start, _, form, _ in found if written_as_person(text, start, lexicon)}
    if persons != {usual} or any(name_word_before(text, start) or before_a_name(text, end)
                                 for start, _, form, end in found if form == rare):
        return None
    return usual, rare


def accented_vowel_slip(text: str, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Is a surname the article introduces and writes twice at least (``Tobias Kerner``) written once alone, as the
    subject opening a sentence, with one vowel changed for an accented one or back (``Körner found space``)? A
    letter with an accent sets two words apart elsewhere (``Ribeirão``, ``Ribeiro``); here the person the article
    keeps naming is named again, misspelt, as no second person of a name so near comes in without a given name."""
    pair = _person_once_bare(text, found)
    if pair is None or len(pair[0]) != len(pair[1]):
        return False
    usual, rare = pair
    parts = [i for i, (a, b) in enumerate(zip(usual.lower(), rare.lower())) if a != b]
    if len(parts) != 1 or not all(unaccented(form[parts[0]].lower()) in "aeiouy" for form in pair) \
            or all(form[parts[0]].isascii() for form in pair):
        return False
    return all(SENTENCE_START_BEFORE.search(text, max(0, start - 4), start) is not None
               and LOWER_AFTER.match(text, end) is not None for start, _, form, end in found if form == rare)


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


#: ``According to`` opening a sentence right before a position: the name there is given as the source of a
#: statement (``According to Alberto Galli, the first results…``), a speaker as one who says it
SOURCE_OPENING_BEFORE = re.compile(
    r"(?:\A|[.!?][\"'\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}]?\s+|\n\s*)"
    r"According[ \N{NO-BREAK SPACE}]+to[ \N{NO-BREAK SPACE}]+\Z")
#: verbs of opinion, with which news text gives a person's view as it gives their words (``Nerea Calbo believes the
#: small schools…``): the person speaks, though no quotation follows
_OPINION_VERBS = frozenset("believes believed thinks thought considers considered fears feared feels felt expects "
                           "expected doubts doubted".split())
#: a reporting verb or a verb of opinion right after a name, or after an adverb of time or addition (``Gennaro Zolla
#: also announced``): the person it names speaks
_SPEAKS_AFTER = re.compile(r"[ \N{NO-BREAK SPACE}]+(?:(?:also|later|then|again|further)[ \N{NO-BREAK SPACE}]+)?"
                           rf"(?:{'|'.join(sorted(REPORTING_VERBS | _OPINION_VERBS))})\b")
#: a quotation closed right before a position (``…would not survive,” Laurent Espi said``): a name there only
#: attributes the quotation, as one that opens a sentence to speak does
_QUOTE_CLOSED_BEFORE = re.compile(r"[,!?][\"'\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}]\s+\Z")
#: a personal title right before a position (``Dr Alfonso Ferrero``), which opens the sentence with the name
_HONORIFIC_BEFORE = re.compile(r"\b(?:Dr|Prof|Mr|Mrs|Ms)\.?[ \N{NO-BREAK SPACE}]+\Z")


def named_again(text: str, given: str, one: str, other: str) -> bool:
    """Is one of two people of one given name (``Retired teacher Telma Serpa``) named again by the other
    surname, one letter off, each time bare at a sentence's start and speaking (``Telma Sarpa said``)? News text
    gives a new speaker a role or an age; a full name that only opens a sentence to speak, after the other was
    introduced, is the first person's, misspelt."""
    return full_name_respoken(text, (given, one), (given, other))


def full_name_respoken(text: str, one: Sequence[str], other: Sequence[str]) -> bool:
    """Is the later of two full names, given as their words (``("Telma", "Serpa")``, ``("Telma", "Sarpa")``;
    ``("Steffen", "Kuhlmann")``, ``("Stefan", "Kuhlmann")``), written only to open a sentence and speak, or as the
    source that ``According to`` opens a sentence with, with no role or age of its own, after the other was
    introduced: the first person named again, misspelt?"""
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
    # and the role given in apposition after it (``Rui Carvalho, commander of the firefighters``): the title of that
    # role opening a sentence before the later one (``Commander Rui Carvalhal added``) names the same person again
    roles |= {role.group(1).capitalize() for m in spans[earlier] if (role := _ROLE_AFTER.match(text, m.end()))}

    def opens(start: int) -> bool:
        if (title := _HONORIFIC_BEFORE.search(text, max(0, start - 8), start)) is not None:
            start = title.start()  # ``Dr Alfonso Ferrero added``: a personal title names no other person
        if SENTENCE_START_BEFORE.search(text, max(0, start - 4), start) is not None \
                or _QUOTE_CLOSED_BEFORE.search(text, max(0, start - 4), start) is not None:
            return True
        role = _OPENING_ROLE.search(text, max(0, start - 40), start)
        return role is not None and role.group(1) in roles

    return firsts[later] < len(text) and all(
        (opens(m.start()) and _SPEAKS_AFTER.match(text, m.end()) is not None)
        or SOURCE_OPENING_BEFORE.search(text, max(0, m.start() - 20), m.start()) is not None for m in spans[later])


def named_again_as_subject(text: str, given: str, one: str, other: str) -> bool:
    """Is the later of two full names of one given name (``Covadonga Suárez``, ``Covadonga Juárez``) written once,
    opening a sentence as its subject before a lower-case word (``Covadonga Juárez and the other families had
    formed``), with no role nor apposition of its own, where the article writes the earlier surname twice or more,
    alone too (``said Suárez``)? The article keeps naming the person it introduced; a second person of that given
    name would be introduced with a role."""
    spans = {surname: list(re.finditer(rf"\b{re.escape(given)}[ \N{{NO-BREAK SPACE}}]+{re.escape(surname)}\b", text))
             for surname in (one, other)}
    if not all(spans.values()):
        return False
    earlier, later = sorted((one, other), key=lambda surname: spans[surname][0].start())
    if len(spans[later]) != 1:
        return False
    match = spans[later][0]
    bare = [m for m in re.finditer(rf"\b{re.escape(earlier)}\b", text)
            if not any(full.start() <= m.start() < full.end() for full in spans[earlier])]
    return bool(bare) and SENTENCE_START_BEFORE.search(text, max(0, match.start() - 4), match.start()) is not None \
        and LOWER_AFTER.match(text, match.end()) is not None


#: one capitalised role word opening a sentence right before a given name (``Prosecutor Claudia``)
#: a role in apposition right after a name, before what it is the role of (``, commander of``, ``, the head of``)
_ROLE_AFTER = re.compile(r",[ \N{NO-BREAK SPACE}]+(?:the[ \N{NO-BREAK SPACE}]+)?([a-z]{4,})[ \N{NO-BREAK SPACE}]+of\b")
_OPENING_ROLE = re.compile(r"(?:\A|[.!?][\"'\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}]?\s+|\n\s*)"
                           r"([A-Z][a-z]{3,})[ \N{NO-BREAK SPACE}]+\Z")


#: the words that set one person apart from another of a name alike: ``no relation``, ``not related``,
#: ``unrelated``, and ``not (to) be confused with``, which English writes of two people or things only
_APART = r"(?:no\s+relation|not\s+related|unrelated|not\s+(?:to\s+)?be\s+confused\s+with)\b"
#: what says that two people of one name are two (``Carla Montoya, no relation, runs…``, ``Anne Collin – no
#: relation to the deputy mayor –``, ``Anne Geerts, an alderman, should not be confused with…``), or says so
#: right after the name, no comma between (``Anne Gerits is not related to her``, ``Jan Smits should not be
#: confused with…``)
_NO_RELATION = re.compile(r"(?:\s+[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]+){0,3}"
                          # the person's home town before the comma (``Nuria Solano from Burgos, is no relation``)
                          r"(?:\s+(?:from|of)(?:\s+[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]+){1,3})?"
                          r"(?:\s*[,(\N{EN DASH}\N{EM DASH}]\s*"
                          # ``Jan Peters, a tourist from Eindhoven who is no relation to…``; an abbreviation's
                          # full stop does not end the clause (``a baker from St. Peter who is no relation…``)
                          r"(?:[a-z](?:[^.;()\n]|(?<=\b(?:St|Mt|Dr|Mr|Ms|Jr|Sr))\.|(?<=\bMrs)\.){0,80}?\s)?"
                          # a plural verb says it of other things (``According to Van Veldhofen, the two closures are
                          # not related``); two people said so together are ``TWO_PEOPLE_ALIKE``'s
                          rf"(?<!\bare\s)(?<!\bwere\s){_APART}"
                          # the person as the subject of a singular verb that says it (``is``, ``should``), no comma
                          rf"|\s+(?:who\s+)?(?:is|was|should|must)\s+(?:also\s+)?{_APART})")


#: what says that two people of one article have names alike (``The two women, who are not related,``; ``two
#: councillors with almost identical names``; ``men with almost the same name``; ``the similarity of their names``; ``with a
#: similar name``)
TWO_PEOPLE_ALIKE = re.compile(r"\b(?:are|were)\s+(?:not\s+related|no\s+relation|unrelated)\b"
                              r"|\b(?:almost|nearly|near)[\s-]+identical\s+(?:sur)?names\b|\bnamesakes\b"
                              r"|\b(?:almost|nearly)\s+the\s+same\s+(?:sur)?names?\b"
                              r"|\bsimilar(?:-sounding)?\s+(?:sur)?names\b"
                              # one of them brought in as having a name like the other's (``A second member with a
                              # similar name, Jan de Jong``; ``another councillor of an almost identical name``)
                              r"|\b(?:with|of|bearing|sharing)\s+(?:a|an)\s+(?:very\s+|strikingly\s+)?"
                              r"(?:similar(?:-sounding)?|(?:almost|nearly|near)[\s-]+identical)\s+(?:sur)?name\b"
                              r"|\bsimilarity\s+of\s+(?:their|the\s+two)\s+(?:sur)?names\b", re.IGNORECASE)

#: a person introduced as another's namesake: ``His namesake and former teammate Thiago Marques``
_NAMESAKE_BEFORE = re.compile(r"\bnamesake\b[^.;\n]{0,50}\Z", re.IGNORECASE)
#: the other person named right after the words that part them, a title or given names between (``She is not
#: related to Julien Berthod``, ``who is no relation of Mr Berthod``, ``She should not be confused with Anne
#: Gerits``, ``not to be confused with Gerits``)
_RELATION_BEFORE = re.compile(r"\b(?:(?:no\s+relation|not\s+related|unrelated)\s+(?:to|of)"
                              r"|not\s+(?:to\s+)?be\s+confused\s+with)\s+"
                              rf"(?:{TITLES}\s+)?(?:[A-Z][\w'\N{{RIGHT SINGLE QUOTATION MARK}}-]+\s+){{0,2}}\Z")
#: a relative of the person named before, introduced by the kinship (``Her cousin, Clara Menegotto``, ``his twin
#: brother Marco``): another person, whose name may differ from the first one's by a letter
_KIN_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:twin|younger|older|elder|big|little)\s+)?"
                         r"(?:cousin|sister|brother|daughter|son|niece|nephew|wife|husband|mother|father|aunt|uncle"
                         r"|grand(?:daughter|son|mother|father))(?:-in-law)?,?\s+\Z")


#: a named person's relative described in apposition right after the rest of a name (``Mário Palma, Marco's older
#: brother``): another person, whose given name may differ from the first one's by a letter; a kinship to someone
#: unnamed (``Judith Veldkamp, the granddaughter of the founder``) tells nothing of the other spelling
_KIN_AFTER = re.compile(r"(?:[ \N{NO-BREAK SPACE}]+[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]+){0,3}\s*,\s*"
                        r"[A-Z][\w-]+['\N{RIGHT SINGLE QUOTATION MARK}]s\s+"
                        r"(?:(?:twin|younger|older|elder|big|little)\s+)?"
                        r"(?:cousin|sister|brother|daughter|son|niece|nephew|wife|husband|mother|father|aunt|uncle"
                        r"|grand(?:daughter|son|mother|father))\b")


def unrelated(text: str, occurrence: Occurrence) -> bool:
    """Does the article say this person is no relation of the other, or not to be confused with them (``…, who is
    no relation to``; ``she is not related to Julien Berthod``; ``She should not be confused with Anne Gerits``),
    introduce them as the other's namesake (``His namesake and former teammate
    Thiago Marques``) or as a relative (``Her cousin, Clara Menegotto``; ``Mário Palma, Marco's older brother``)?"""
    return (_NO_RELATION.match(text, occurrence.end) is not None
            or _KIN_AFTER.match(text, occurrence.end) is not None
            or _RELATION_BEFORE.search(text, max(0, occurrence.start - 80), occurrence.start) is not None
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


#: a role opening a sentence right before a person's given names, a capitalised word and a lower-case noun
#: (``Dike warden Jeroen Peters``, ``Café owner Jeroen Pieters``, ``Retired teacher Telma Serpa``), or a lower-case
#: noun after an opening phrase and its comma (``In Zutphen, café owner Jeroen Pieters``)
_ROLE_BEFORE_NAME = re.compile(
    r"(?:\A|[.!?][\"'\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}]?\s+|\n\s*)"
    r"(?:[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*"
    r"|[^,.!?\n]{2,40},[ \N{NO-BREAK SPACE}]+(?:[a-z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*)?)"
    r"[ \N{NO-BREAK SPACE}]*\b([a-z]{3,})[ \N{NO-BREAK SPACE}]+"
    r"(?:[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*[ \N{NO-BREAK SPACE}]+){1,2}\Z")
#: lower-case words between a sentence's first word and a name that say when or how, not who (``Yesterday
#: afternoon Jeroen Peters``, ``And then Jeroen Peters``, ``In Zutphen, as did Jeroen Pieters``)
_NO_ROLES = frozenset("""today yesterday tomorrow tonight now then also still again too later earlier soon morning
    afternoon evening night week weekend year month day did does was were has had and but who which with from for
    like than that""".split())
#: roles that a translator words two ways for one person (``spokesman``, ``spokeswoman``; ``director``, ``head``):
#: each word stands for its group's first
_ROLE_GROUPS = (("spokesperson", "spokesman", "spokeswoman", "representative"),
                ("head", "director", "chief", "manager", "boss", "leader", "chair", "chairman", "chairwoman",
                 "chairperson", "president"),
                ("owner", "proprietor"),
                ("councillor", "councilor", "alderman", "alderwoman", "councilman", "councilwoman"))
_SAME_ROLE = {word: group[0] for group in _ROLE_GROUPS for word in group}


def _opening_role(text: str, start: int) -> str | None:
    """The role, as its group's word, that opens the sentence before the given names of the surname at ``start``
    (``warden`` of ``Dike warden Jeroen Peters``), if any; a verb or a word of time there is none."""
    match = _ROLE_BEFORE_NAME.search(text, max(0, start - 120), start)
    if match is None:
        return None
    noun = match.group(1)
    if noun in _NO_ROLES or noun in REPORTING_VERBS or noun.endswith(("ly", "ed")) \
            or not load_lexicon().is_english(noun):
        return None
    return _SAME_ROLE.get(noun, noun)


def different_offices(text: str, found: Sequence[tuple[int, int, str, int]]) -> bool:
    """Does each spelling come with an office, a rank or a role of its own, the other's never (``Colonel Marc
    Santoni``, ``Colonel Santoni``; ``the village's mayor, Marc Santini``; ``Dike warden Jeroen Peters``, ``Café
    owner Jeroen Pieters``): two people, whom their roles tell apart? A slip keeps the person's role, or drops it,
    and a writer introduces a person with a role once: a full name that opens a sentence with another role is a
    second person's."""
    offices: dict[str, set[str]] = {}
    for start, _, form, _ in found:
        offices.setdefault(form, set())
        for office in (office_before(text, start), _opening_role(text, start)):
            if office is not None:
                offices[form].add(_SAME_ROLE.get(office, office))
    roles = list(offices.values())
    return len(roles) == 2 and all(roles) and not roles[0] & roles[1]

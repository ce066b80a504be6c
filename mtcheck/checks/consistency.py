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
the table does not know: ``name_keys.py`` buckets candidate spellings, and
``name_spelling.py`` (two spellings' letters), ``name_context.py`` (the words
around one occurrence) and ``name_evidence.py`` (every occurrence of two
spellings) judge whether they are one name misspelt.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from itertools import chain, combinations
from typing import Callable, Collection, Iterable, Iterator, Sequence

from ..model import Finding, Scope, Severity
from .base import Check, CheckContext, Example
from .language_lexicon import load_lexicon
from .name_calques import calques
from .name_context import (
    AFTER_A_PLACE, LOWER_AFTER, PLACE_BEFORE, SENTENCE_START_BEFORE, TITLES, aged_full_name, attributive,
    before_a_name, end_of_explained_name, hyphenated, in_source_quotation, in_source_sentence,
    in_translated_quotation, inside_source_name, name_word_before, next_name, quoted, shouting, written_as_person,
)
from .name_evidence import (
    TWO_PEOPLE_ALIKE, accent_kept_in_source_name, adjective_and_name_word, bare_surname_slip, body_keeps_place_spelling,
    coined_name_slip, coordinated, different_given_names, different_offices, different_people, long_vowel_slip,
    named_again, one_name, person_and_place, person_and_region, place_slip, same_given_name, same_name_slip,
    same_noun_after_the,
    shared_name_word, short_surname_slip, source_body_and_english, translated_word, two_part_place_slip,
    two_people_alike, unrelated, vowel_slip, words_of_two_names,
)
from .name_forms import (
    Layout, Occurrence, glossed, has_accent, layout, may_hold, overlaps, spelling_variants, stands_alone, unaccented,
)
from .name_keys import (
    COMPOUND, DOUBLED_VOWEL, HARD_C, PLACE_TAIL, SURNAME_LETTERS, TAIL, TYPO, compound_hard_c_keys, compound_keys,
    doubled_vowel_keys, given_key, hard_c_keys, typo_keys, variant_keys,
)
from .name_spelling import (
    ae_for_aa, doubled_consonant, ending_dropped, ez_for_es, feminine_pair, final_s, first_letter_sounds_alike,
    inflected, nasal_respelt, no_word, slip_on_an_accent, titled_slip, two_letters_apart,
)
from .name_table import KINDS, VariantGroup, groups_by_word, load_groups, table_forms
from .name_translations import translated_names
from .quotes import REPORTING_VERBS


#: a run of word characters
_WORD = re.compile(r"\w+")

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


#: shortest last part of a hyphenated name compared, accents aside, with the same word alone (``Dumézil``)
COMPOUND_PART_LETTERS = 5

#: a title and the space after it at a form's start (``Mr Van Damme``)
_TITLED = re.compile(rf"{TITLES}[ \N{{NO-BREAK SPACE}}]+(?=[A-Z])")
#: a title right before a position (``Mr `` of ``Mr Aranbúru``)
_TITLE_BEFORE = re.compile(rf"\b{TITLES}[ \N{{NO-BREAK SPACE}}]+\Z")


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


def _found(occurrences: Iterable[Occurrence]) -> list[tuple[int, int, str, int]]:
    """The ``(start, name end, form, word end)`` of each occurrence, as the predicates of ``name_evidence.py`` take
    them."""
    return [(o.start, o.end, o.form, o.end) for o in occurrences]


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
    letter apart (``Bertolino``, ``Bertolini``; a Spanish CU written QU is one letter: ``Cuesta``, ``Questa``, and so
    is a Spanish B written V at the start: ``Bermejo``, ``Vermejo``)
    when one of them is written as a person's (after a title or a given name, or with an age: ``Will Hoekstra,
    47,``) or both end one name after the
    same word (``De Lindenhof``, ``De Lindenhov``) or, for a coined name of seven letters or more
    that stands alone, one inner vowel or a hard C for a K is changed once where the document writes the name
    otherwise, alone, twice or more (``Agrifrost``, ``Agrofrost``; ``Polycrates``, ``Polykrates``), or, for a place's
    name of seven letters or more, one inner vowel is changed and each occurrence follows a preposition of place or
    stands beside a landscape noun (``of Camanducaia``, ``In Camandocaia``; ``Lake Coghinas``) or its final S is
    dropped (``between Carboneras``, ``of Carbonera``), or one inner letter is added, dropped or changed once, or a
    final D written T, after a preposition of place, where the document writes the name otherwise twice, once as a
    place at least, and never both in one sentence (``from Wilmarsum``, ``in Wilsmarsum``; ``of Belfeld``, ``of
    Belfelt``),
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
    (``Holger Thiel``, ``Thiele added``; ``Lieke Hoogers``, ``According to Hooger``; a surname that is a
    source-language word too: ``Begoña Fuentes``, ``Fuente said``), or a long one two letters off that speaks once
    where the article goes on quoting the person by the introduced surname bare (``Sergeant Iñaki Berrondo``,
    ``Berrionda said``, ``Berrondo added``),
    a surname alone with an age (``Canio Summa``, ``Suma, 61, denies``) or opening a sentence before ``, who``
    (``Koen Bemelmans``, ``Bemelman, who grew up``; a word of the lists too where it drops a doubled consonant:
    ``Luca Serra``, ``Sera, who``; never a word the text writes as a given name), or a surname after a title
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
    named alone (``Falcão``, ``Falcon also confirmed``) are one name too, and so are the first word of a body's name
    written twice and once with a final D for a T or one vowel changed before the same word (``Radboud University``,
    ``Radbout University``), and a surname with particles introduced after a given name and once alone, opening a
    sentence, with an ending added (``Karin van Dam``, ``Van Damme also wanted``). A letter with a stroke is an
    accented letter (``Mørk``, ``Mörk``), and a family in the plural (``the Mangins``, ``two Mangins``) no slip.
    Two spellings joined in a pair or a list (``Maier and Mayer have
    clashed``) are two people or places, and so are two people of one given name whom the article says have names
    alike (``two men with almost the same name``, ``who are not related``) or whose offices part (``Colonel Marc
    Santoni``, ``the mayor, Marc Santini``); a club's initials joined to a town (``VVV-Venlo``) are no spelling of the
    town; a form that always ends a longer name beside one that always opens one
    (``the Teatro Regio``, ``Reggio Emilia``) names two things, and a spelling inside a source-language quotation the writer translates
    (``“Córdoba, lejana y sola”, which he translated as…``) keeps its accents, and its spelling (``“o Iguaçu é
    nosso”``, ``the Iguassu``), as does a source-language name given as the English one's gloss (``the Azores
    (Açores)``); the English adjective of a place (``the Ionian coast``) is no variant of the source language's
    adjective that only ends a town's name (``Palizzi Ionica``). Generic groups
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
            if found.kind == "hyphenation" and person_and_place(ctx.text, found.occurrences):
                continue  # Lucía Santamaría and the Santa María district: a person and a place
            if found.kind == "hyphenation" and two_people_alike(ctx.text, _found(found.occurrences)):
                continue  # Lies Van Wesemael and Tom Vanwesemael, whom the article says are not related
            if len(found.occurrences) == 2 and glossed(ctx.text, *found.occurrences):
                continue  # “Napoléon le Petit” (“Napoleon the Little”): a title and its translation
            if found.kind == "accents" and accent_kept_in_source_name(ctx.text, found.occurrences):
                continue  # the Bajo Aragón, a district's Spanish name, beside Aragon, the region's English one
            outside = tuple(o for o in found.occurrences if not in_translated_quotation(ctx.text, o))
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
        yield from self._bare_particle_slips(ctx, claimed)
        # the words the text writes in lower case, as written (``\w+`` runs, all in lower case): an English word
        # capitalised elsewhere is a name only where the text never writes it so
        lowercase = frozenset(word for word in _WORD.findall(ctx.text) if word.islower())
        yield from self._speaker_surname_slips(ctx, claimed, lowercase)
        yield from self._given_name_variants(ctx, claimed, known, lowercase)
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
            noun = LOWER_AFTER.match(text, name_end)
            if len(last) < COMPOUND_PART_LETTERS or not last.isalpha() or last.lower() in lowercase \
                    or noun is None or noun.group(1) in AFTER_A_PLACE or noun.group(1).endswith("ed"):
                continue
            key = unaccented(last).lower()
            if len(pieces) > 1:
                if all(piece[:1].isupper() and piece.isalpha() and not lexicon.is_english(piece) for piece in pieces[:-1]):
                    occurrence = Occurrence(name_end - len(last), name_end, last)
                    parts.setdefault(key, []).append(occurrence)
                    nouns[occurrence] = noun.group(1)
            elif start not in lay.initial and name_word_before(text, start) is None \
                    and not written_as_person(text, start, lexicon):
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
            if in_source_sentence(ctx, source):
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
                if group.kind != "style" and inside_source_name(text, match.start()):
                    continue  # Université libre de Bruxelles, KAA Gent: a source-language name keeps its spelling
                if group.kind != "style" and hyphenated(text, match.start(), match.end()):
                    continue  # Louvain-la-Neuve, Rhein-Neckar: part of another place's hyphenated name
                if translation and not stands_alone(lay, match.start(), match.end(), form, common):
                    continue
                if group.kind == "style" and shouting(text, match.start()):
                    continue
                found.append(Occurrence(match.start(), match.end(), form))
        # a name given as the other language's on purpose: ``Leuven, known in French as Louvain``
        found = [o for o in found if not _NAMED_AS.search(text, max(0, o.start - 40), o.start)]
        # or inside a source-language quotation the writer translates (``“Firenze non si vende”, which means…``), or
        # ending a body's name that the place's English name for it follows (``…Antwerpen, the city's Royal Museum…``)
        found = [o for o in found if not in_translated_quotation(text, o) and not end_of_explained_name(text, o)]
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
        if source == "generic" and any(unrelated(ctx.text, o) for o in occurrences):
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
        the Spanish -ez of the Portuguese -es (``Inmaculada Gómez``, ``Inmaculada Gomes``), the old Dutch AE of a
        long A (``Ellen Maes``, ``Ellen Maas``), or, after the same
        particles, an ending dropped (``Marieke van Dam``, ``Marieke van Damme``), or unless the later full name
        only opens a sentence to speak (``Retired teacher Telma Serpa``, ``Telma Sarpa said``). A surname after
        a title and particles that never follows a given name (``Ms de Grood``) is the one person's with those particles
        whose surname it misses by a letter (``Emma de Groot``). Long surnames are the generic detector's, but
        two letters off after one given name (``Joaquín Larrañeta``, ``Joaquín Larrañaga admitted``) they are
        one person's only where the later full name just opens a sentence to speak. An article that says two people
        have names alike (``two nurses with almost the same name``) is left alone."""
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
                    if lone and (two_letters_apart(one, other) or first_letter_sounds_alike(one, other)) \
                            and named_again(text, given, one, other):
                        yield from self._report_pair(ctx, claimed, one, other)
                    continue
                short, long = sorted((one, other), key=len)
                # after one given name and the same particles, an ending dropped misspells one person's
                # surname (``Marieke van Dam``, ``Marieke van Damme``): two families' names part otherwise
                dropped = bool(particles) and ending_dropped(short, long, least=3)
                if not (typo_keys(one) & typo_keys(other) or dropped or first_letter_sounds_alike(one, other)):
                    continue
                if lone and not dropped and (one, other) not in slips and not (
                        final_s(one, other) or doubled_consonant(one, other) or ez_for_es(one, other)
                        or ae_for_aa(one, other) or vowel_slip(text, one, other)
                        or named_again(text, given, one, other)):
                    continue
                if not lone and inflected([one, other]):
                    continue
                yield from self._report_pair(ctx, claimed, one, other)

    def _bare_particle_slips(self, ctx: CheckContext, claimed: list[tuple[int, int]]) -> Iterator[Finding]:
        """A surname with particles introduced after a given name (``Curator Karin van Dam``) and once written alone,
        opening a sentence as its subject, with an ending added or dropped or, four letters or more, one letter off
        (``Van Damme also wanted``): news text introduces a new person with a given name, so a name with the same
        particles that the text writes nowhere else is the introduced one, misspelt. The generic detectors leave it:
        the surname is short, and ``Van`` before it is no given name. A bare name that matches the surnames of two
        people introduced with those particles is left alone."""
        text = ctx.text
        lexicon = load_lexicon()
        introduced: dict[str, set[str]] = {}  # surnames after a given name, by their particles
        bare: list[tuple[str, str]] = []  # (particles, surname) alone at a sentence's start before a lower-case word
        for match in _PARTICLE_NAME.finditer(text):
            given, last = match.group("given"), match.group("last")
            particles = " ".join(match.group("particles").lower().split())
            start = match.start("particles")
            if given is not None:
                if _TITLE_WORD.fullmatch(given) is None and not any(lexicon.is_english(part) for part in given.split("-")):
                    introduced.setdefault(particles, set()).add(last)
            elif match.group("particles")[:1].isupper() and LOWER_AFTER.match(text, match.end()) \
                    and SENTENCE_START_BEFORE.search(text, max(0, start - 4), start):
                bare.append((particles, last))
        for particles, form in bare:
            known = introduced.get(particles, set())
            if form in known or len(re.findall(rf"\b{re.escape(form)}\b", text)) != 1:
                continue  # introduced itself, or named more than once: maybe another person
            people = [surname for surname in known if ending_dropped(surname, form, least=3) or (
                min(len(surname), len(form)) >= 4 and typo_keys(surname) & typo_keys(form))]
            if len(people) == 1:
                yield from self._report_pair(ctx, claimed, people[0], form)

    def _report_pair(self, ctx: CheckContext, claimed: list[tuple[int, int]], one: str, other: str
                     ) -> Iterator[Finding]:
        """Findings for two spellings of one surname, wherever either stands unclaimed: each of the rarer one; none
        where the article says two people have names alike (``two civil servants with almost identical names``)."""
        if TWO_PEOPLE_ALIKE.search(ctx.text) is not None:
            return  # the article tells them apart
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

    def _speaker_surname_slips(self, ctx: CheckContext, claimed: list[tuple[int, int]], lowercase: Collection[str]
                               ) -> Iterator[Finding]:
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
                if len(before) == 1 and next_name(text, run.end()) is None and (no_word(surname) or (
                        _HONORIFIC.fullmatch(before[0]) is not None and surname.lower() not in lowercase)):
                    titled.setdefault(surname, []).append(Occurrence(start, run.end(), surname))
            elif no_word(surname) and (not lexicon.is_english(before[-1]) or (
                    # a given name English has as a word after a lower-case word (``Fire chief Dirk Maes``) or after
                    # a role opening the sentence (``Geologist Marina Brandolini``), where the text never writes
                    # that word in lower case: not an exclamation (``“Holy Christ``)
                    before[-1].lower() not in lowercase and (
                        (len(before) == 1
                         and _LAST_LOWER_WORD.search(text, max(0, run.start() - 30), run.start()) is not None)
                        or (len(before) == 2 and lexicon.is_english(before[0])
                            and SENTENCE_START_BEFORE.search(text, max(0, run.start() - 4), run.start()))))):
                introduced.setdefault(surname, []).append(Occurrence(start, run.end(), surname))
            elif not lexicon.is_english(surname) and surname.lower() not in lowercase and no_word(before[-1]):
                # a surname that is a word of the source lists too (``Begoña Fuentes``: Spanish for springs), after a
                # given name of no list, where the text never writes the word in lower case: a person's
                introduced.setdefault(surname, []).append(Occurrence(start, run.end(), surname))
        speakers: dict[str, list[Occurrence]] = {}
        for match in chain(_BARE_SPEAKER.finditer(text), _BARE_SOURCE.finditer(text)):
            form = match.group("surname")
            # an English word speaks as a surname only where it respells an introduced one's Portuguese nasal
            # (``Hugo Falcão``, ``Falcon also confirmed``) and the text never writes it in lower case
            if form not in introduced and (no_word(form) or (form.lower() not in lowercase and any(
                    nasal_respelt(surname, form) for surname in introduced))) \
                    and name_word_before(text, match.start("surname")) is None:
                speakers.setdefault(form, []).append(Occurrence(match.start("surname"), match.end("surname"), form))
        # a word alone opening a sentence with a relative clause about a person (``Bemelman, who grew up in…``) is
        # the subject named again by the surname; inside a sentence it may be a kinsman's given name (``his son
        # Willem, who``). A word of the lists counts where it drops a doubled consonant of an introduced surname, as
        # translators do with Italian names (``Luca Serra``, ``Sera, who``) and the text never writes it in lower case;
        # none counts that the text writes before a surname, as a given name (``Rosa Pinna``, then ``Rosa, who``)
        relatives = list(_BARE_RELATIVE.finditer(text))
        given_before = {run.group().split()[0] for run in _CAPITALISED_RUN.finditer(text)} if relatives else set()
        for match in relatives:
            form = match.group("surname")
            if form not in introduced and form not in given_before and (no_word(form) or (
                    form.lower() not in lowercase
                    and any(doubled_consonant(surname, form) for surname in introduced))) \
                    and SENTENCE_START_BEFORE.search(text, max(0, match.start() - 4), match.start()):
                speakers.setdefault(form, []).append(Occurrence(match.start(), match.end("surname"), form))
        # a word alone with an age in apposition (``Suma, 61, denies the charges``) is a person named by the
        # surname, whatever word lists hold it
        for match in _BARE_AGED.finditer(text):
            form = match.group("surname")
            if form not in introduced and not lexicon.is_english(form) and \
                    name_word_before(text, match.start()) is None:
                speakers.setdefault(form, []).append(Occurrence(match.start(), match.end("surname"), form))
        # a title before a surname the article never gives with a given name (``Mr Brouwers`` after ``Dirk-Jan
        # Brouwer``, ``Mr Hennebel`` after ``Thierry Hennebelle``): the person introduced, misspelt; the generic
        # detector leaves a final S or a dropped ending, which may part two families' names
        unintroduced = {form: found for form, found in titled.items() if form not in given_named}
        if (speakers or unintroduced) and TWO_PEOPLE_ALIKE.search(text) is not None:
            return  # ``two councillors with almost identical names``: the article tells them apart
        for form, found in unintroduced.items():
            if len([surname for surname in introduced if titled_slip(surname, form)]) == 1:
                speakers.setdefault(form, []).extend(found)
        for form, spoken in speakers.items():
            matching = [surname for surname in introduced if typo_keys(surname) & typo_keys(form)
                        or nasal_respelt(surname, form)
                        or (form in unintroduced and titled_slip(surname, form))
                        # a speaker who lost the introduced surname's last letters (``Sofia Ravaschio``,
                        # ``Ravaschi said``), which the generic detector takes for an inflection; not a place
                        # that a preposition puts before the verb (``the police in Valencia said``)
                        or (ending_dropped(surname, form) and len(form) < len(surname)
                            and not any(PLACE_BEFORE.search(text, max(0, o.start - 20), o.start) for o in spoken))
                        # a long surname two letters off, speaking once after the introduction, where the article
                        # goes on quoting the person by the introduced surname bare (``Sergeant Iñaki Berrondo``,
                        # ``Berrionda said``, ``Berrondo added``): that person, misspelt
                        or _respoken_two_letters_off(text, surname, form, introduced[surname], spoken)]
            if len(matching) != 1:
                continue  # none, or two people it may be
            surname = matching[0]
            occurrences = [o for o in introduced[surname] + titled.get(surname, []) + spoken if not overlaps(o, claimed)]
            counts = Counter(o.form for o in occurrences)
            if len(counts) < 2 or any(unrelated(text, o) for o in occurrences):
                continue
            claimed.extend((o.start, o.end) for o in occurrences)
            yield from self._report(ctx, occurrences, counts, surname, surname, "transliteration",
                                    Severity.WARNING, 0.6, "generic")

    def _given_name_variants(self, ctx: CheckContext, claimed: list[tuple[int, int]], known: Collection[str],
                             lowercase: Collection[str]) -> Iterator[Finding]:
        """One person's given name spelled two ways before the same surname (``Luiz Fernando Albuquerque``,
        ``Luís Fernando Albuquerque``; ``Thiago Medeiros``, ``Tiago Medeiros``; ``Karsten``, ``Carsten``; ``Vítor``,
        ``Victor``): an accent, a letter added, dropped or changed, a C for a K, a Y for an IE
        between consonants (``Hielke``, ``Hylke``), or an X for a J (``Xosé``, ``José``). A feminine beside a masculine (``Daniel``, ``Daniela``; ``Mario``, ``Maria``) may be two
        people of one family, and is left alone."""
        text = ctx.text
        lexicon = load_lexicon()
        # a given name that is also an English word (Victor, Rose, Frank) counts only where the text never
        # writes that word in ``lowercase``: elsewhere a capitalised word before a surname is a sentence's
        # first word (``When Calado arrived``), no given name
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
                if not typo_keys(given_key(one)) & typo_keys(given_key(other)) or feminine_pair(one, other):
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
                if any(unrelated(text, o) for o in occurrences):
                    continue  # ``Carla Montoya, no relation,``: the article says they are two people
                # where each given name ends anywhere, alone too (``Breno, 24,``), for the ages after it
                every_end = {form: [m.end() for m in re.finditer(rf"\b{re.escape(form)}\b", text)]
                             for form in (one, other)}
                if TWO_PEOPLE_ALIKE.search(text) is not None or different_people(text, (one, other), every_end):
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
            # the particles joined to the surname (``Vandenbroeck``) or, two of them, to each other alone (Flemish
            # ``Vanden Broeck``): one person's name written another way
            joined = [m for p in particles for m in re.finditer(
                rf"\b{re.escape(p.replace(' ', ''))}{'[ ]?' if ' ' in p else ''}{re.escape(last.lower())}\b",
                text, re.IGNORECASE)]
            if len(particles) < 2 and not joined:
                continue
            given = {g for _, _, _, g in found if g}
            if len(particles) >= 2 and len(given) >= 2 and all(
                    len({g for _, _, q, g in found if q == p and g}) == 1 for p in particles):
                continue  # Pieter van den Berg and Anna van der Berg: two people
            occurrences = [o for o in [Occurrence(s, e, text[s:e]) for s, e, _, _ in found]
                           + [Occurrence(m.start(), m.end(), m.group()) for m in joined] if not overlaps(o, claimed)]
            if joined and two_people_alike(text, _found(occurrences)):
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
            if (name_word_before(text, match.start()) is not None or inside_source_name(text, match.start())
                    or written_as_person(text, match.start(), lexicon) or next_name(text, match.end()) is not None
                    or not no_word(name) or name in known or match.group() in known):
                continue
            with_article.setdefault(name, []).append(Occurrence(match.start(), match.end(), match.group()))
        for name, articled in with_article.items():
            bare = [Occurrence(m.start(), m.end(), name) for m in re.finditer(rf"\b{re.escape(name)}\b", text)
                    if not _ARTICLE_BEFORE.search(text, max(0, m.start() - 5), m.start())]
            if any(name_word_before(text, o.start) is not None or next_name(text, o.end) is not None
                   or _NUMBER_AFTER.match(text, o.end) or written_as_person(text, o.start, lexicon) for o in bare):
                continue  # a person's name (Rochelle Humes) or part of a longer one: not the place alone
            if any(_QUANTIFIER_BEFORE.search(text, max(0, o.start - 12), o.start) for o in bare):
                continue  # ``no Rioja``, ``more Champagne``: a product named after the region, not the place
            # a place, not a product's noun after it (``Sales of Rioja wine``)
            if not any(PLACE_BEFORE.search(text, max(0, o.start - 20), o.start) and not attributive(text, o.end)
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
            if "-" in form and any(len(part) > 1 and part.isupper() for part in form.split("-")):
                continue  # a club's or a body's initials joined to a place (``VVV-Venlo``): no spelling of the place
            keys = hard_c_keys(form)
            if len(form) >= min_length:
                keys = keys | variant_keys(form)
            elif tail := PLACE_TAIL.match(text, name_end):
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
            if key.startswith(COMPOUND) and (len(forms) != 2 or any(quoted(text, s, e) for s, e, _, _ in found)
                                             or slip_on_an_accent(forms) or forms[0].count("-") == 1
                                             and not two_part_place_slip(text, lay, found)):
                continue  # one part of a hyphenated place one letter off: the rest of the name makes it one place
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
                            or place_slip(text, lay, found))
                    or different_given_names(text, found) or one_name(text, found)
                    or any(quoted(text, s, e) for s, e, _, _ in found) or slip_on_an_accent(forms)
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
            keep = _usual_form(occurrences, counts)
            fresh = [o for o in occurrences if o not in reported]
            reported.update(fresh)
            claimed.extend((o.start, o.end) for o in occurrences)  # the detectors after this one leave them
            yield from self._report(ctx, fresh, counts, keep, keep, "transliteration", Severity.WARNING, 0.6,
                                    "generic")


#: what introduces a place's or a person's name in another language: ``known in French as``, ``called … in Dutch``
_NAMED_AS = re.compile(r"\b(?:known|called|named|spelt|spelled|written)\s+(?:in\s+[A-Z][a-z]+\s+|locally\s+|there\s+)?as\s+(?:the\s+)?\Z"
                       r"|\bin\s+(?:French|Dutch|German|Spanish|Italian|Portuguese|Flemish|Catalan|Basque)[,:]?\s+\Z")


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


#: a source-language article before a capitalised name of five letters or more (``El Ferrol``, ``Le Touquet``)
_ARTICLE_NAME = re.compile(r"\b(?:El|La|Le|Il|Lo|Los|Las|Les)[ \N{NO-BREAK SPACE}](?P<name>[A-Z][a-z\u00e0-\u00ff]{4,})\b")
#: any article, of any case, right before a position
_ARTICLE_BEFORE = re.compile(r"\b(?i:el|la|le|il|lo|los|las|les|l['\N{RIGHT SINGLE QUOTATION MARK}])[ \N{NO-BREAK SPACE}']?\Z")
#: a lower-case word and one space right before a position
_LAST_LOWER_WORD = re.compile(r"\b([a-z]+)[ \N{NO-BREAK SPACE}]\Z")
#: a number right after a name, as part of it (``France 2``, ``Canal 9``)
_NUMBER_AFTER = re.compile(r"[ \N{NO-BREAK SPACE}]\d")

#: a quantifier right before a word, which a place's name never takes and a product's does (``no Rioja``)
_QUANTIFIER_BEFORE = re.compile(r"\b(?i:no|any|some|more|much|less|an?|every|good|fine)[ \N{NO-BREAK SPACE}]\Z")

#: a title alone (``Mr``, ``Mayor``)
_TITLE_WORD = re.compile(TITLES)
#: a personal title, which no rank or office's name goes on after (``Professor``, not ``Secretary General``)
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Dr|Prof|Professor|Mme|Mlle|Herr|Frau|Signor|Signora|Senhor|Senhora)\.?")

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

#: the fewest letters of two surnames that a bare speaker's two letters off may join (``Berrondo``, ``Berrionda``)
RESPOKEN_LETTERS = 7


def _respoken_two_letters_off(text: str, surname: str, form: str, introductions: Sequence[Occurrence],
                              spoken: Sequence[Occurrence]) -> bool:
    """Is ``form``, a bare speaker the article never introduces, the introduced ``surname`` two letters off (both of
    seven letters or more, opening alike), speaking once and after the introduction, where the article also quotes
    the person by ``surname`` alone (``Sergeant Iñaki Berrondo``, ``Berrionda said``, ``Berrondo added``)? An
    article that names someone bare by one spelling does not bring in a second, never introduced speaker whose
    surname only two letters set apart."""
    return (min(len(surname), len(form)) >= RESPOKEN_LETTERS and two_letters_apart(surname, form)
            and len(spoken) == 1 and spoken[0].start > min(o.start for o in introductions)
            and any(match.group("surname") == surname for match in _BARE_SPEAKER.finditer(text)))


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

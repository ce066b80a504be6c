"""Consistency checks: one entity spelled two ways in one document.

Machine translation transliterates each sentence on its own, and a scraper
often pairs a headline from one source with a body from another, so a single
article ends up with ``Kiev`` in the headline and ``Kyiv`` in the body,
``Zelensky`` beside ``Zelenskyy``, or ``Le Parisien`` beside its translation
``The Parisian``. This module holds the check: its documentation, options and
examples, the order its detectors run in, and the findings made of their
verdicts (``name_verdict.py``). Known groups of variants live in
``corpora/name_variants.tsv`` (shipped as ``mtcheck.corpora``, read by
``name_table.py``, found in a document by ``name_table_matches.py``); generic
detectors add names written with and without accents, hyphens or spaces
(``name_spelling_groups.py``, judged by ``name_accents.py``), foreign names
beside their word-by-word translation (``name_calques.py``) or their English name by meaning
(``name_translations.py``), surnames misspelt after a person is introduced
(``name_surnames.py``), given names spelt two ways (``name_given_names.py``),
particles and articles (``name_particles.py``), and transliteration variants
of capitalised words that the table does not know (``name_transliterations.py``):
``name_keys.py`` buckets candidate spellings, and ``name_spelling.py`` (two
spellings' letters), ``name_context.py`` (the words around one occurrence),
``name_evidence.py``, ``name_place_evidence.py``, ``name_place_slips.py`` and ``name_typos.py`` (every
occurrence of two spellings: people's names, places' and other names, typing slips)
judge whether they are one name misspelt; ``name_compound_surnames.py`` finds
one of a person's two surnames respelt, ``name_suffixed_surnames.py`` one given a syllable more,
``name_final_vowels.py`` one with its final vowel changed, ``name_silent_letters.py`` one with a letter
said alike or not at all changed, and ``name_respelt_full_names.py`` a full name
with both its words respelt by ear.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import chain
from typing import Iterator

from ..model import Finding, Scope, Severity
from .base import Check, CheckContext, Example
from .language_lexicon import load_lexicon
from .name_accents import accent_and_hyphen_variants, compound_part_accents
from .name_calques import calques
from .name_compound_surnames import compound_surname_slips
from .name_context import in_source_sentence
from .name_double_given_names import double_given_name_variants
from .name_evidence import unrelated
from .name_final_vowels import final_vowel_surname_slips
from .name_forms import Occurrence, glossed, layout, overlaps
from .name_given_names import given_name_variants, split_given_names
from .name_glosses import glossed_elsewhere, headline_gloss, named_as_original
from .name_particles import article_variants, inserted_particle_variants, particle_variants, two_article_variants
from .name_respelt_full_names import respelt_full_names
from .name_said_alike_surnames import said_alike_surname_slips
from .name_silent_letters import silent_letter_surname_slips
from .name_suffixed_surnames import suffixed_surname_slips
from .name_surnames import bare_particle_slips, given_name_surname_slips, speaker_surname_slips
from .name_table import KINDS, table_forms
from .name_table_matches import table_variants
from .name_translations import translated_names
from .name_transliterations import transliteration_variants
from .name_verdict import Verdict


#: a run of word characters
_WORD = re.compile(r"\w+")


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
    words the article writes more often alone (``Pablo Larrosa``, ``Pablo Larrosá``, ``Larrosa said``), then the
    one it introduces (``the Riscos de Bilibio``, later ``the Riscos de Bilibío``);
    ``Rosario Menendez`` beside ``Rosario Menéndez Llano``);
    a foreign name of a newspaper, company or bank beside
    its word-by-word English rendering, made with the glossary
    ``corpora/name_glossary.tsv`` (``Deutsche Bank`` beside ``German Bank``,
    ``Crédit Agricole`` beside ``Agricultural Credit``); and capitalised
    words grouped by a transliteration key (doubled letters, ``y``/``i``,
    ``kh``/``h``, ``ou``/``u``, ``tx``/``ch``, the Basque ``k`` of a Spanish ``qu`` or hard ``c`` (``Urkola``,
    ``Urcola``), ``n``/``m`` before a
    labial, a German final ``ig`` said ``ich``: ``Wittig``, ``Wittich``; the ``ck`` of a doubled ``k``: ``Hendrickx``,
    ``Hendriks``...), so ``Shevtchenko`` beside ``Shevchenko`` is
    reported, and so is the short first word of a place's name before the same particles and words (``Ajea de los
    Molinos``, ``Agea de los Molinos``), and so are names
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
    Belfelt``; the headline counts one of the two, the second end of a route is a place, ``between Lübeck and
    Puttgarten``, and so is the usual name listed after a preposition of place or ``towns such as``: ``around Emmen,
    Klazienaveen and Coevorden``, ``of Klazinaveen``; accents aside, an old spelling of six letters too: ``in
    Gouveia``, ``The mayor of Gouvêa``; a preposition that sets a place on, above or below counts: ``on the
    Mariahilfberg``, ``below the Mariahilfberg``), or a compound place's name written once with a linking S put at
    its seam or dropped, where the document writes it otherwise twice, never as a person's nor both in one sentence
    (``the Mariahilfberg``, ``the Mariahilfsberg``; ``in Wolfsburg``, ``the Wolfburg plant``), or a village
    introduced as one and named again one letter off after a preposition of place (``The village of Schierke``, ``in
    Schirke``), or a place's final D written DT, each spelling once as a place (``around Gersfeld``, ``In Gersfeldt``),
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
    (``Thierry Hennebelle``, ``Mr Hennebel``; ``Hélène Valbonnet``, ``Ms Valbonnay``; ``Daniele Sperandini``, ``Mr
    Sperandio``, and so a bare speaker too: ``Sperandio said``), an English word too after
    a personal title where the text never writes it in lower case (``Paola Balle``, ``Professor Bale``),
    or, after the same given name, a short surname one letter off or a long one two letters off (or on a first letter
    that sounds alike: ``Zoller``, ``Soller``) that only opens a
    sentence to speak (``Retired teacher Telma Serpa``, ``Telma Sarpa said``; ``Joaquín Larrañeta``, ``Joaquín
    Larrañaga admitted``; a given name two letters off before the same surname too: ``Police spokesman Steffen
    Kuhlmann``, ``Stefan Kuhlmann said``; two letters off between the same first and last letters, or a first letter
    changed: ``Enol Cueto``, ``Enol Coto acknowledged``; or, a first letter changed, a full name written once as a
    sentence's subject where the article names the person alone otherwise: ``Covadonga Suárez``, ``said Suárez``,
    ``Covadonga Juárez and the other families``; after a given name English has as a word too, where the text never
    writes it in lower case: ``Tom Verhoeven``, ``Tom Verhoeve said``), or, after the same given name and particles, a short surname respelt by a
    transliteration key unless each spelling is described in apposition of its own (``Sophie van Dijk``, ``Sophie
    van Dyk``; ``Enrique de Arfe``, ``Enrique de Arphe``), is reported too, and so is one long part of a hyphenated
    place of three parts or more one letter off (``Lons-le-Saunier``, ``Lons-le-Saulnier``; a short capitalised
    part too: ``Lit-et-Mixe``, ``Lit-et-Mix``), or of two parts
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
    sentence, with an ending added or a first letter that sounds alike (``Karin van Dam``, ``Van Damme also wanted``;
    ``Marijke de Kraker``, ``De Craker said``), and a place written after two
    articles, one of them more often (``in Os Ancares``, twice, ``in Los Ancares``), and a given name one letter off
    before the same surname once a role before it is set aside (``Striker Jannik Brauer``, ``Jannick Brauer
    completed``), and a surname one accented letter off after the same given name (``Lukas Häusler``, ``Lukas
    Heusler``) or alone, opening a sentence once, where the article keeps naming the person otherwise (``Tobias
    Kerner``, ``Körner found space``), and one of a person's two surnames one letter off where the article names
    the person again by both, with no given name of another (``José Manuel Ruiz Sainz``, ``The lawyer for Ruiz
    Saiz``), or the first of two joined by a particle one letter off after the same given name (``Ana Díez de
    Ulzurrun``, ``Ana Díaz de Ulzurrun``), and a name written twice one way and once with two neighbouring letters
    swapped (``Verhulst``,
    ``Verhults``), the first word of a place's name one letter off before the same particles and words (``Alhama de
    Murcia``, ``Alama de Murcia``; on a tie the spelling with the silent H is kept), a long place's name with a last
    letter added that makes no plural nor demonym (``in Zoutelande``, ``in Zoutelanden were warned``), and a surname
    with particles after a personal title, opening a sentence (``Marieke de Wolf``, ``Dr De Wolff said``), and, after the same given
    name, a long surname with a syllable put before its final vowel, the later full name once opening a sentence as
    its subject (``Marco Lanfranchi``, ``Marco Lanfranchini listened``). An exonym
    the article says English used (``known to English sailors as Flushing``) is given on purpose, and two people it
    brings in as having a similar name (``A second member with a similar name, Jan de Jong``) are two. A letter
    with a stroke is an accented letter (``Mørk``, ``Mörk``), a surname spaced after ``the`` and before a noun of its people (``the Lo
    Russo family``, beside ``Angela Lorusso``) names the person's family, no place, and a family in the plural (``the
    Mangins``, ``two Mangins``) is no slip,
    nor an English noun and its plural (``a Christian Democrat leader``, ``the Christian Democrats``).
    Two spellings joined in a pair or a list (``Maier and Mayer have
    clashed``) are two people or places, and so are two people of one given name whom the article says have names
    alike (``two men with almost the same name``, ``who are not related``) or relatives (``Mário Palma, Marco's older
    brother``) or whose offices or roles part (``Colonel Marc Santoni``, ``the mayor, Marc Santini``; ``Dike warden
    Jeroen Peters``, ``Café owner Jeroen Pieters``), or whom it says not to confuse (``She should not be confused
    with Anne Gerits``); a club's initials joined to a town (``VVV-Venlo``) are no spelling of the town, nor are
    the particles that join a place to two names' heads (``the Conseil départemental de la Savoie``,
    ``the Combe de Savoie``) a place's; a form that always ends a longer name beside one that always opens one
    (``the Teatro Regio``, ``Reggio Emilia``) names two things, and a spelling inside a source-language quotation the writer translates
    (``“Córdoba, lejana y sola”, which he translated as…``) keeps its accents, and its spelling (``“o Iguaçu é
    nosso”``, ``the Iguassu``), as does a source-language name given as the English one's gloss (``the Azores
    (Açores)``) or said to be the original's (``Capitale italiana della cultura in the original``, ``…, as it is
    known in Italian``) or the English one's local name (``Den Haag, as The Hague is known in Dutch``); the English adjective of a place (``the Ionian coast``) is no variant of the source language's
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
        for verdict in table_variants(lay, english, claimed, style, self.options.style):
            yield from self._report(ctx, verdict)
        if not self.options.generic:
            return
        for calque in calques(lay, english.__contains__):
            fresh = [o for o in calque.translations if not overlaps(o, claimed)]
            claimed.extend((o.start, o.end) for o in fresh)
            counts = Counter({calque.source: len(calque.sources)}) + Counter(o.form for o in fresh)
            yield from self._report(ctx, Verdict(fresh, counts, calque.source, calque.source, "translated-name",
                                                 Severity.WARNING, 0.7, "glossary"))
        text = ctx.text
        # the words the text writes in lower case, as written (``\w+`` runs, all in lower case): an English word
        # capitalised elsewhere is a name only where the text never writes it so
        lowercase = frozenset(word for word in _WORD.findall(text) if word.islower())
        # in this order, one after the other: each detector leaves the spans the ones before it claimed
        detectors = (
            accent_and_hyphen_variants(lay, self.options.min_length, claimed, known),
            compound_part_accents(lay, claimed, known),
            transliteration_variants(lay, known, claimed, self.options.min_length),
            given_name_surname_slips(text, claimed, lowercase),
            bare_particle_slips(text, claimed),
            speaker_surname_slips(text, claimed, lowercase),
            suffixed_surname_slips(text, claimed),
            said_alike_surname_slips(text, claimed),
            silent_letter_surname_slips(text, claimed),
            final_vowel_surname_slips(text, claimed),
            compound_surname_slips(text, claimed, lowercase),
            respelt_full_names(text, claimed),
            given_name_variants(text, claimed, known, lowercase),
            double_given_name_variants(text, claimed, known),
            split_given_names(text, claimed),
            particle_variants(text, claimed),
            inserted_particle_variants(text, claimed),
            article_variants(text, claimed, known),
            two_article_variants(text, claimed, known),
        )
        for verdict in chain.from_iterable(detectors):
            yield from self._report(ctx, verdict)
        if self.options.semantic:
            yield from self._translated(ctx, claimed)

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
                    named_as_original(ctx.text, source) or glossed_elsewhere(ctx.text, source.form, english.form):
                continue  # given beside its English name, or as the local one (``known as``, ``in the original``)
            if in_source_sentence(ctx, source):
                continue  # a sentence left in the source language names the body so: the language checks' finding
            title = ctx.document.title_span
            if headline_gloss(ctx.text, title and (title.start, title.end), source, english):
                # the headline alone renders a name the text keeps (``University of Jaén`` over ``the Universidad de
                # Jaén``): an editor's gloss. A place English has a name of its own for (``Mexico City`` over ``the
                # Ciudad de México secretariat``) the text left untranslated
                continue
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

    def _report(self, ctx: CheckContext, verdict: Verdict) -> Iterator[Finding]:
        """One finding per occurrence of a form other than the one the verdict keeps, with the counts as evidence;
        none when the article says one of the people is no relation of the other (``José Luis Marín, who is no
        relation of the minister``)."""
        if verdict.source == "generic" and any(unrelated(ctx.text, o) for o in verdict.occurrences):
            return
        overridden = self.active_severity != self.severity
        keep, preferred, counts = verdict.keep, verdict.preferred, verdict.counts
        tally = ", ".join(f"{form} \N{MULTIPLICATION SIGN}{n}" for form, n in counts.most_common())
        advice = f"use '{keep}' throughout"
        if preferred != keep:
            advice += f" (or '{preferred}', the usual English form, everywhere)"
        for occurrence in verdict.occurrences:
            if occurrence.form == keep:
                continue
            yield self.finding(
                ctx, occurrence.start, occurrence.end,
                f"'{occurrence.form}' and '{keep}' in one document, {KINDS[verdict.kind]} ({tally}); {advice}",
                severity=self.active_severity if overridden else verdict.severity,
                confidence=verdict.confidence,
                suggestion=keep,
                evidence={"forms": dict(counts), "kept": keep, "preferred": preferred, "kind": verdict.kind,
                          "source": verdict.source},
            )

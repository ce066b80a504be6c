"""The untranslated-span check: source-language text left in an English translation.

``untranslated-span`` finds words, phrases, names and abbreviations of the
source language inside English sentences (``[la Banque de France]``, ``selon``,
``Pékin``, ``OTAN``) and text in another script. Its sibling ``wrong-language``
(:mod:`.wrong_language`) finds a whole document, paragraph or sentence in
another language than the target.

Both follow the same economy: cheap word-list evidence first
(:mod:`.language_words`, :mod:`.language_spans`), then the run's language identifier
(``ctx.resources.langid``, ``--langid``) only on the few candidates found, so
a clean English sentence never reaches the identifier. How a candidate is judged is in
:mod:`.language_judgement`; how a writer shows a span is kept on purpose, in
:mod:`.language_translations`, :mod:`.language_appositions`, :mod:`.language_quotations`
and :mod:`.language_glosses`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Collection, Iterator

from ..model import Finding, Scope, Segment, Severity
from .base import Check, CheckContext, Example
from .language_article_names import plan_named_after_place, surname_in_article
from .language_appositions import AS_FORMALLY_KNOWN, IS_EXPLAINED, explained_after, term_described_after
from .language_glosses import (
    kind_named_after, known_as_term, language_word_named_later, members_described_after, office_explained_after,
    original_title_after,
)
from .language_judgement import Judged, document_language_of, insertion_language, judge
from .language_lexicon import SOURCE_LANGUAGES, load_lexicon
from .language_quotations import quoted_then_glossed, quoted_then_translated
from .language_screen import PhraseHits, no_source_evidence
from .language_spans import Candidate, candidates, language_name, script_runs
from .language_tokens import ABBR, ALLOW, EXO, NAME, Token
from .language_translations import (
    LANGUAGE_BEFORE, TRANSLATION_AFTER, glossed_before, glossed_before_or, glossed_in_brackets, named_before,
    named_by_acronym, translated_after_name,
)
from .language_words import compile_patterns, foreign_share

#: a sentence of at least this many words wholly in another language is wrong-language's, not ours
WHOLE_SENTENCE_WORDS = 5
#: the share of foreign lower-case words from which wrong-language's screen sends a sentence to the identifier
FOREIGN_SENTENCE_SHARE = 0.5


@lru_cache(maxsize=32)
def _patterns(keep: tuple[str, ...]) -> dict:
    return compile_patterns(load_lexicon(), keep)


def _source_languages(setting: str) -> tuple[str, ...]:
    """The languages ``--source-lang`` allows: one, or all the lexicon knows with ``auto``."""
    return SOURCE_LANGUAGES if setting in ("", "auto", None) else (setting,)


class UntranslatedSpan(Check):
    """Source-language words left untranslated inside an English sentence.

    What it does:
    Finds words, phrases, names and abbreviations of the source language kept
    in the English text: bracketed or quoted insertions (``[la Banque de
    France]``, reported with their brackets), untranslated titles of
    institutions (``the Ministère de l'Intérieur``), runs of source words
    (``selon le ministère``, ``1er avril``), single source words English does
    not have (``mardi``, ``selon``), source abbreviations (``OTAN`` for NATO,
    ``PV``), source spellings of names (``Pékin`` for Beijing, with the
    English spelling as suggestion) and runs of another script (Cyrillic,
    Arabic, CJK...). Candidates come from word lists in ``corpora/``
    (function words of French, Spanish, German, Italian, Portuguese and Dutch,
    accents, exonyms, abbreviations, endings of source nouns); runs of two or
    more words, lone accented words and lone unknown words that end like a
    source noun (``chercheurs``, ``ayuntamientos``) are confirmed by the
    language identifier (``--langid``),
    which never runs on a sentence without a candidate. With ``--source-lang
    auto`` the document's source language is the one most spans point to.
    A sentence of five words or more wholly in another language is left to
    ``wrong-language``.

    Why it matters:
    Engines leave source text untouched when they fail to parse it
    (brackets, quotes, names of institutions), and a reader stumbles on
    ``[la Banque de France]`` at once. Sentence-level language identification
    cannot see a four-word span inside an English sentence.

    Example:
    ``Trying to tarnish the reputation of [la Banque de France] is a provocation``
    should read ``Trying to tarnish the reputation of the Bank of France is a
    provocation``.

    Options:
    ``min-confidence`` (default 0.6): findings below it are dropped.
    ``single-words`` (default true): report single source words and
    abbreviations, not only runs. ``other-scripts`` (default true): report
    runs of a non-Latin script. ``keep`` (default none): extra terms never to
    flag, added to the ``do-not-translate`` setting.

    Known false positives:
    Foreign words used on purpose and missing from ``corpora/loanwords.txt``
    (a quoted French slogan, the original title of a book); add them to
    ``do-not-translate``. Capitalised names are kept, so an untranslated
    title in Title Case without an institution word (``Coupe du Monde``) is
    missed rather than flagged.
    """

    code = "LG101"
    name = "untranslated-span"
    severity = Severity.ERROR
    scope = Scope.SENTENCE
    needs = frozenset({"langid"})
    languages = frozenset({"en"})

    @dataclass(frozen=True)
    class Options:
        """Options of untranslated-span."""

        min_confidence: float = 0.6
        single_words: bool = True
        other_scripts: bool = True
        keep: tuple[str, ...] = ()

    examples = (
        Example("Trying to tarnish the reputation of ⟦[la Banque de France]⟧ is a serious provocation.", True),
        Example("The decision was announced ⟦selon le ministère de l'Intérieur⟧ on Monday.", True),
        Example("The talks in ⟦Pékin⟧ ended without a deal.", True),
        Example("The plan will take effect on ⟦1er avril⟧, officials said.", True),
        Example("The slogan ⟦Слава Україні⟧ was painted on the wall.", True),
        Example("The coup d'état was, per se, a fait accompli, Le Monde wrote.", False),
        Example("Jean-Luc Mélenchon met Kim Jong-un's envoy on the Champs-Élysées.", False),
    )

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        lexicon = load_lexicon()
        keep = tuple(ctx.settings.do_not_translate) + tuple(self.options.keep)
        patterns = _patterns(keep)
        allowed = _source_languages(ctx.settings.source_lang)
        pending: list[tuple[Segment, Candidate]] = []
        scripts: list[tuple[Segment, int, int, str]] = []
        hits = PhraseHits(ctx.text, ((patterns["exonyms"], patterns["exonyms_anywhere"]),
                                     (patterns["abbreviations"], patterns["abbreviations_anywhere"])))
        for segment in ctx.segments:
            phrases = hits.patterns(segment.start, segment.end)
            if no_source_evidence(ctx.text, segment.start, segment.end, lexicon, phrases):
                continue  # no word can start a candidate: nothing to find
            tokens, found = candidates(ctx.text, segment.start, segment.end, lexicon, patterns)
            # a sentence ends on its stop: a line without one (``Punta del Este`` over a section) is a heading or a name
            short = _short_source_sentence(tokens, lexicon) if segment.text.rstrip()[-1:] in ".!?" else None
            if short is not None:
                found = [short]  # "Die Ermittlungen dauern an.": the whole sentence is one span
            if self._whole_sentence(tokens, found) and foreign_share(lexicon, tokens) >= FOREIGN_SENTENCE_SHARE:
                # wrong-language reports this sentence (the runner would drop a span inside it anyway); one
                # whose words look half English ("La situation est … pour la profession") is judged here
                continue
            pending.extend((segment, c) for c in found if (self.options.single_words or len(c.words) > 1)
                           and not _named_in_article(ctx.text, c, lexicon))
            if self.options.other_scripts:
                scripts.extend(self._script_candidates(ctx.text, segment, tokens))
        if not pending and not scripts:
            return
        identifier = ctx.resources.langid
        judged = []
        for seg, cand in pending:
            item = judge(identifier, seg, cand, allowed)
            if item is None and (head := cand.head_alone()) is not None:
                # "laut investigators" reads as English: the German preposition before the noun does not
                item = judge(identifier, seg, head, allowed)
            if item is None and (noun := cand.noun_alone()) is not None:
                # "in toeristenbelasting" reads as English for its "in": the Dutch noun after it does not
                item = judge(identifier, seg, noun, allowed)
            if item is not None:
                judged.append(item)
        for item in judged:
            if item.candidate.enclosure is not None and insertion_language(identifier, item, allowed):
                item.candidate.widen()
        document_language = document_language_of(judged)
        # only spans sure enough to report are looked at for a gloss (a regex-heavy test)
        reported = [j for j in judged if j.confidence >= self.options.min_confidence]
        beside = [translated_beside(ctx.text, j.candidate.start, j.candidate.end) for j in reported]
        # a title or a name the writer translates once is kept on purpose wherever else it appears
        glossed = {_without_possessive(ctx.text[j.candidate.start:j.candidate.end])
                   for j, kept in zip(reported, beside) if kept}
        for item, kept in zip(reported, beside):
            yield from self._report(ctx, item, document_language, allowed, kept, glossed)
        for segment, start, end, script in scripts:
            guess = identifier.detect(ctx.text[start:end])
            language = guess.language if guess.language not in ("und", "en") else script.lower()
            yield self.finding(
                ctx, start, end,
                f"{language_name(language)} text ({script if len(script) <= 3 else script.title()} script) "
                f"inside an English sentence: "
                f"'{ctx.text[start:end]}'; translate or transliterate it",
                segment=segment, confidence=0.95, language=language,
                evidence={"script": script, "langid": {guess.language: round(guess.confidence, 3)},
                          "backend": identifier.name},
            )

    @staticmethod
    def _whole_sentence(tokens: list[Token], found: list[Candidate]) -> bool:
        words = [t for t in tokens if t.is_word]
        covered = sum(len(c.words) for c in found)
        return len(words) >= WHOLE_SENTENCE_WORDS and covered >= 0.8 * len(words)

    @staticmethod
    def _script_candidates(text: str, segment: Segment, tokens: list[Token]) -> list:
        runs = script_runs(text, segment.start, segment.end)
        if not runs:
            return []
        letters = sum(1 for c in segment.text if c.isalpha())
        foreign = sum(sum(1 for c in text[s:e] if c.isalpha()) for s, e, _ in runs)
        if letters and foreign >= 0.6 * letters and len(tokens) >= WHOLE_SENTENCE_WORDS:
            return []  # a whole sentence in another script: wrong-language reports it
        return [(segment, s, e, script) for s, e, script in runs]

    def _report(self, ctx: CheckContext, item: Judged, document_language: str | None,
                allowed: tuple[str, ...], beside: bool, glossed: Collection[str]) -> Iterator[Finding]:
        candidate = item.candidate
        language = item.language
        if (document_language and document_language != language and document_language in allowed
                and (not candidate.languages or document_language in candidate.languages)
                and item.scores.get(document_language, 0.0) >= 0.2 * item.scores.get(language, 1.0)):
            language = document_language  # "de", "la": ambiguous words take the document's language
        excerpt = ctx.text[candidate.start:candidate.end]
        name = language_name(language)
        kinds = {t.cls for t in candidate.words}
        shown = excerpt[1:-1] if candidate.bracketed else excerpt
        if kinds == {EXO} and len(candidate.words) == len(candidate.tokens) and not any(
                t.phrase in load_lexicon().source_phrases for t in candidate.words):
            message = f"{name} spelling of a name: '{shown}'"
        elif kinds == {ABBR}:
            message = f"{name} abbreviation left untranslated: '{shown}'"
        else:
            message = f"{name} text left untranslated: '{shown}'"
        if candidate.suggestion:
            message += f"; English writes '{candidate.suggestion}'"
        severity = None
        if kinds == {ABBR} and candidate.suggestion and kind_named_after(ctx.text, candidate.end, candidate.suggestion):
            # "The Ulss 1 Dolomiti health authority": glossed by its kind, as English writes "the NHS trust"
            severity = Severity.INFO
            message += ", but glossed by its kind after it: kept on purpose?"
        elif beside:
            # “La France a décidé…”, which translates as “France has decided…”: quoted on purpose
            severity = Severity.INFO
            message += ", but translated or explained beside it: kept on purpose?"
        elif _without_possessive(excerpt) in glossed or explained_at_another_mention(ctx.text, candidate.start,
                                                                                     candidate.end):
            # "the préfet's office", after "the préfet, the state's…"; "the president of the Landschaft", after
            # "The Ostfriesische Landschaft, the historic regional assembly…", which the run never reported
            severity = Severity.INFO
            message += ", but translated or explained elsewhere in the article: kept on purpose?"
        yield self.finding(
            ctx, candidate.start, candidate.end, message,
            severity=severity,
            segment=item.segment, confidence=item.confidence, language=language,
            suggestion=candidate.suggestion,
            evidence={
                "words": {t.text: t.cls for t in candidate.tokens if t.cls != NAME},
                "lexical": round(candidate.lexical, 3),
                "langid": {k: round(v, 3) for k, v in sorted(item.scores.items(), key=lambda kv: -kv[1])[:3]},
                "document_language": document_language,
            },
        )


def _named_in_article(text: str, candidate: Candidate, lexicon) -> bool:
    """Is the candidate one word the rest of the article shows to be a name: an exonym written after a given name
    (``Silvia Genova``), or a German plan named after a place it names (``Emslandplan``)?"""
    words = candidate.words
    return len(words) == 1 and ((words[0].cls == EXO and surname_in_article(text, words[0].text, lexicon))
                                or plan_named_after_place(text, words[0].text))


#: an English possessive ending (``préfet's``, ``préfets'``), which the tokens keep on the word
_POSSESSIVE = re.compile("['\N{RIGHT SINGLE QUOTATION MARK}]s?\\Z")


def _without_possessive(term: str) -> str:
    """The term without an English possessive ending: ``the préfet's office`` uses the term ``préfet``."""
    return _POSSESSIVE.sub("", term) if len(term) > 3 else term


#: the fewest letters of a term looked for at its other mentions (shorter ones are grammar words and particles)
OTHER_MENTION_LETTERS = 4


def explained_at_another_mention(text: str, start: int, end: int) -> bool:
    """Is the term of the span translated or explained beside another of its mentions in the article, where it
    ends a longer name (``The Ostfriesische Landschaft, the historic regional assembly…``, then ``the president
    of the Landschaft``)? A later short mention of a glossed name is the same name, kept on purpose."""
    term = _without_possessive(text[start:end])
    if len(term) < OTHER_MENTION_LETTERS or not term.replace(" ", "").isalpha():
        return False
    for mention in re.finditer(rf"(?<![\w-]){re.escape(term)}(?![\w-])", text):
        if mention.start() != start and translated_beside(text, mention.start(), mention.end()):
            return True
    return False


def translated_beside(text: str, start: int, end: int) -> bool:
    """Does the writer translate the span right after it, announce its language right before,
    give it as the original name beside the English one, or quote it and then its translation?"""
    return (TRANSLATION_AFTER.match(text, end) is not None
            or translated_after_name(text, end)
            or explained_after(text, start, end)
            or term_described_after(text, start, end)
            or IS_EXPLAINED.match(text, end) is not None
            or AS_FORMALLY_KNOWN.match(text, end) is not None
            or original_title_after(text, end)
            or office_explained_after(text, end)
            or language_word_named_later(text, end)
            or members_described_after(text, start, end)
            or known_as_term(text, start)
            or LANGUAGE_BEFORE.search(text, max(0, start - 60), start) is not None
            # before the capitalised start of the name the span ends (``known locally as the Junta de Extremadura``)
            or named_before(text, start)
            or glossed_before(text, start)
            or quoted_then_translated(text, start, end)
            or quoted_then_glossed(text, start, end)
            or glossed_in_brackets(text, start, end)
            or glossed_before_or(text, start, end)
            or named_by_acronym(text, start, end))


#: the fewest words of a sentence wholly in a source language that is reported whole (fewer are a greeting or a
#: name); from :data:`WHOLE_SENTENCE_WORDS` on, wrong-language reports it
SHORT_SENTENCE_WORDS = 3


def _short_source_sentence(tokens: list[Token], lexicon) -> Candidate | None:
    """A sentence too short for wrong-language (three or four words) whose every word is a source-list word
    or no English word, with two that English lacks and one of them in lower case (``Die Ermittlungen dauern
    an.``, ``La enquête continue.``): the whole sentence as one candidate, or None."""
    words = [t for t in tokens if t.is_word]
    if not SHORT_SENTENCE_WORDS <= len(words) < WHOLE_SENTENCE_WORDS or any(t.cls == ALLOW for t in words):
        return None
    foreign = [t for t in words if not lexicon.is_english_spelling(t.text)]
    if len(foreign) < 2 or not any(t.text.islower() for t in foreign) or any(
            not lexicon.kinds(t.text) and t not in foreign for t in words):
        return None
    languages: frozenset[str] = frozenset()
    for token in words:
        mine = lexicon.languages_of(token.text)
        if mine:
            languages = mine if not languages else (languages & mine or languages)
    return Candidate(words[0].start, words[-1].end, words, languages=languages)

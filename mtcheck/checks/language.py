"""The untranslated-span check: source-language text left in an English translation.

``untranslated-span`` finds words, phrases, names and abbreviations of the
source language inside English sentences (``[la Banque de France]``, ``selon``,
``Pékin``, ``OTAN``) and text in another script. Its sibling ``wrong-language``
(:mod:`.wrong_language`) finds a whole document, paragraph or sentence in
another language than the target.

Both follow the same economy: cheap word-list evidence first
(:mod:`.language_words`, :mod:`.language_spans`), then the run's language identifier
(``ctx.resources.langid``, ``--langid``) only on the few candidates found, so
a clean English sentence never reaches the identifier.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Collection, Iterator, Sequence

from ..model import Finding, Scope, Segment, Severity
from .base import Check, CheckContext, Example
from .quotes import REPORTING_VERBS
from .language_lexicon import SOURCE_LANGUAGES, load_lexicon
from .language_lexicon import fold as unaccented_lower
from .regex_words import fold
from .language_spans import Candidate, candidates, language_name, script_runs
from .language_glosses import known_as_term, office_explained_after, original_title_after
from .language_screen import PhraseHits, no_source_evidence
from .language_words import (
    ABBR, ALLOW, DIA, ENGLISH_GRAMMAR_WORDS, EXO, INSTITUTION_QUALIFIERS, NAME, ORD, SRC, UNK, Token, compile_patterns,
    foreign_share,
)

#: a sentence of at least this many words wholly in another language is wrong-language's, not ours
WHOLE_SENTENCE_WORDS = 5
#: the share of foreign lower-case words from which wrong-language's screen sends a sentence to the identifier
FOREIGN_SENTENCE_SHARE = 0.5
_SINGLE_CONFIDENCE = {EXO: 0.9, ABBR: 0.8, ORD: 0.7}
#: the identifier's probability that makes a lone word source text
SURE_SINGLE_WORD = 0.8
#: English determiners after which a word stands where English puts a noun (``on the muelle``)
_NOUN_SLOT = re.compile(r"\b(?:the|a|an|this|that|these|those|its|their|his|her|our)\s+\Z", re.IGNORECASE)
#: two-letter source words that an English text also holds as a hesitation or a typo
_HESITATIONS = frozenset({"er", "eh", "em", "ah", "oh", "un"})


@lru_cache(maxsize=32)
def _patterns(keep: tuple[str, ...]) -> dict:
    return compile_patterns(load_lexicon(), keep)


def _source_languages(setting: str) -> tuple[str, ...]:
    """The languages ``--source-lang`` allows: one, or all the lexicon knows with ``auto``."""
    return SOURCE_LANGUAGES if setting in ("", "auto", None) else (setting,)


@dataclass
class _Judged:
    segment: Segment
    candidate: Candidate
    language: str
    confidence: float
    scores: dict


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
            pending.extend((segment, c) for c in found if self.options.single_words or len(c.words) > 1)
            if self.options.other_scripts:
                scripts.extend(self._script_candidates(ctx.text, segment, tokens))
        if not pending and not scripts:
            return
        identifier = ctx.resources.langid
        judged = []
        for seg, cand in pending:
            item = self._judge(identifier, seg, cand, allowed)
            if item is None and (head := cand.head_alone()) is not None:
                # "laut investigators" reads as English: the German preposition before the noun does not
                item = self._judge(identifier, seg, head, allowed)
            if item is not None:
                judged.append(item)
        for item in judged:
            if item.candidate.enclosure is not None and self._insertion_language(identifier, item, allowed):
                item.candidate.widen()
        document_language = _document_language(judged)
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

    def _judge(self, identifier, segment: Segment, candidate: Candidate, allowed: tuple[str, ...]) -> _Judged | None:
        """Pick the candidate's language and confidence; None when it is not source text."""
        options = [l for l in allowed if not candidate.languages or l in candidate.languages]
        if not options:
            return None  # only languages --source-lang excludes
        words = candidate.words
        # one listed phrase is one item, even written in several words (``EE.UU.``)
        single = len(words) == 1 or (len(words) > 1 and bool(words[0].phrase)
                                     and all(w.phrase == words[0].phrase for w in words))
        if single and words[0].cls in (EXO, ABBR, ORD, SRC) and len(options) == 1:
            return _Judged(segment, candidate, options[0], _single_confidence(words[0], candidate), {})
        scores = _restricted(identifier.scores(" ".join(t.text for t in candidate.tokens)), allowed)
        # the word lists are a prior, not a verdict: "na de vergadering" is Dutch, though "na" is also Portuguese
        language = max(allowed, key=lambda l: (scores.get(l, 0.0) + (0.3 if l in options else 0.0), -allowed.index(l)))
        p_source = scores.get(language, 0.0)
        p_english = scores.get("en", 0.0)
        if single and words[0].cls in (EXO, ABBR, ORD, SRC):  # the lists name the candidates: pick among them
            language = max(options, key=lambda l: (scores.get(l, 0.0), -options.index(l)))
            return _Judged(segment, candidate, language, _single_confidence(words[0], candidate), scores)
        if single:  # a lone accented word, or one ending like a source noun: the identifier must be sure
            shaped = words[0].cls == UNK and load_lexicon().source_shaped(words[0].text)
            if not (words[0].cls == DIA or shaped):
                return None
            if p_source < SURE_SINGLE_WORD and not (shaped and _noun_slot(segment, candidate)
                                                    and sum(scores.get(l, 0.0) for l in allowed) >= SURE_SINGLE_WORD
                                                    and p_english <= 1.0 - SURE_SINGLE_WORD):
                # after "the", where English puts a noun, a word shaped like a source noun needs the identifier
                # sure of the source languages together, not of one: Spanish and Portuguese share ``-istas``
                return None
            return _Judged(segment, candidate, language, round((0.9 if words[0].cls == DIA else 0.8) * max(
                p_source, SURE_SINGLE_WORD), 3), scores)
        strong = sum(1 for t in candidate.tokens if t.weight >= 1.0)
        dated = _source_date_phrase(candidate)
        if dated is not None:
            # the identifier knows too little of "am Samstag" to outvote English; the grammar of it says enough
            language = dated
            p_source = max(p_source, scores.get(dated, 0.0))
        elif p_english > p_source and (strong < 2 or p_english > 0.85):
            return None
        if not any(t.weight >= 0.8 for t in candidate.tokens) and p_source < 0.7:
            return None  # unknown words only: the identifier must vouch for them
        lexical = candidate.lexical
        confidence = 1.0 - (1.0 - lexical) * (1.0 - p_source)
        return _Judged(segment, candidate, language, round(min(0.99, confidence), 3), scores)

    @staticmethod
    def _insertion_language(identifier, item: _Judged, allowed: tuple[str, ...]) -> bool:
        """Is the whole bracketed or quoted insertion around a confirmed run in the run's language?"""
        text = " ".join(t.text for t in item.candidate.enclosed or ())
        scores = _restricted(identifier.scores(text), allowed)
        mine = scores.get(item.language, 0.0)
        return mine >= 0.6 and mine > scores.get("en", 0.0)

    def _report(self, ctx: CheckContext, item: _Judged, document_language: str | None,
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
        if beside:
            # “La France a décidé…”, which translates as “France has decided…”: quoted on purpose
            severity = Severity.INFO
            message += ", but translated or explained beside it: kept on purpose?"
        elif _without_possessive(excerpt) in glossed:  # "the préfet's office", after "the préfet, the state's…"
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


#: an English possessive ending (``préfet's``, ``préfets'``), which the tokens keep on the word
_POSSESSIVE = re.compile("['\N{RIGHT SINGLE QUOTATION MARK}]s?\\Z")


def _without_possessive(term: str) -> str:
    """The term without an English possessive ending: ``the préfet's office`` uses the term ``préfet``."""
    return _POSSESSIVE.sub("", term) if len(term) > 3 else term


#: languages a writer names to gloss a phrase (``Spanish for``): the source languages, their neighbours and the
#: languages of mottos and sayings (``Semper et ubique, Latin for “always and everywhere”``)
_GLOSSED_LANGUAGES = ("French|German|Spanish|Italian|Portuguese|Dutch|Catalan|Galician|Basque|Flemish|Latin|Occitan|"
                      "Breton|Frisian|Walloon|Corsican|Sardinian|Friulian|Romansh|Luxembourgish|Alsatian|Provençal")
#: the name of any language, as English writes it: one or two capitalised words (``Danish``, ``Scottish Gaelic``,
#: ``Old Norse``, ``Swiss-German``); matched in case
_ANY_LANGUAGE = (r"(?-i:(?:[A-Z][a-z\N{LATIN SMALL LETTER C WITH CEDILLA}\N{LATIN SMALL LETTER E WITH ACUTE}]+[ -])?"
                 r"[A-Z][a-z\N{LATIN SMALL LETTER C WITH CEDILLA}\N{LATIN SMALL LETTER E WITH ACUTE}]+)")
#: the start of a gloss after ``<language> for``: a quotation mark, or a word that is no English idiom of "for"
#: (``Danish for “it is not a gift”``, ``Latin for always``; not ``Paris for example``, ``Macron for his part``)
_GLOSS_START = (r"\s+(?:[\N{LEFT DOUBLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}\"'"
                r"\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}]"
                r"|(?!(?:example|instance|now|ever|good|sure|once|short|long|real|certain|years?|months?|weeks?|"
                r"days?|hours?|decades?|life|more|less|free|sale|rent|hire|his|her|its|their|our|my|your|him|them|"
                r"us|me|it|this|that|these|those|which|whom|what|all|both|each)\b)[a-z])")
#: what follows a source-language quotation that the writer translates: ``which translates as``,
#: ``meaning``, ``(literally …)``, ``or, in English,``; and ``which mean`` after words a title or a song sings
_TRANSLATION_AFTER = re.compile(
    r"[\s\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}\"'\]),;:!?.\N{EM DASH}\N{EN DASH}-]{0,6}"
    r"(?:\(\s*|which\s+|that\s+|or,?\s+"
    # the translator named: ``…”, which prosecutors translated for the court as “…”``
    r"|(?:which|that)\s+(?:[a-z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*\s+){1,3}?(?=(?:roughly\s+|loosely\s+)?translated\s)"
    # the next sentence names what it translates: ``“El teatro es de todos.” The phrase translates as…``
    r"|(?:the|this|these)\s+(?:phrase|words?|sentence|slogan|motto|line|name|title|expression|sign)\s+"
    # ``"Samen maken wij de stad." Translated, it means…``, ``… Roughly translated, it means…``
    r"|(?:(?:roughly|loosely|literally|freely)\s+)?translated,?\s+(?:it|this|that|they)\s+"
    # an apposition that says what the title means: ``“Genova per noi”, the Paolo Conte song whose title means…``
    r"|(?:the\s+(?:[^\W\d_][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*\s+){0,6}?)?whose\s+(?:title|name|motto|slogan)\s+)?"
    # ``translated for the court as``, ``translates into English as``
    r"(?:(?:roughly\s+|loosely\s+)?translat(?:es|ed|ing)\s+(?:[a-z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*\s+){0,4}?(?:as|to)|means|(?<=which )mean|meaning|literally|in\s+English|i\.\s?e\."
    # ``“sí se puede”, Spanish for “yes, we can”``, ``(Portuguese for “…”)``
    # and the languages of mottos and sayings English quotes too: ``Semper et ubique, Latin for “…”``
    rf"|(?:(?:is|was)\s+)?(?:{_GLOSSED_LANGUAGES})\s+for"
    # any other language the writer names, by the capitalised name English gives it (``Danish for``, ``Welsh
    # for``, ``Scottish Gaelic for``, ``Old Norse for``), before the gloss itself; in the same sentence (the
    # next one's first word is capitalised by its position: ``…and Venezia. Tickets for the game``)
    rf"|(?<![.!?])(?<![.!?]\s)(?:(?:is|was)\s+)?{_ANY_LANGUAGE}\s+for(?={_GLOSS_START}))\b",
    re.IGNORECASE,
)
#: what announces a quotation in its own language: ``said in French:``, ``in German,``; or a term or
#: title by the name it has elsewhere: ``known in France as contrôleurs``, ``released there as “…”``
_LANGUAGE_BEFORE = re.compile(
    # (``in Latin``, not ``in Latin America``)
    r"\bin\s+(?:French|German|Spanish|Italian|Portuguese|Dutch|Catalan|Latin(?!\s+Americ))\b[^.!?]{0,30}\Z"
    # ``known by its Dutch initials KMI``
    r"|\b(?:French|German|Spanish|Italian|Portuguese|Dutch|Flemish|Catalan)\s+(?:initials|acronym|abbreviation|name)\s+\Z"
    # ``the seven-member executive is called the Gemeinderat``
    r"|\b(?:is|are|was|were)\s+called\s+(?:the\s+)?[\"\N{LEFT DOUBLE QUOTATION MARK}\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}']?\Z"
    r"|\b(?:known|released|published|sold|marketed|distributed|titled|called)\s+(?:in\s+[A-Z]\w+\s+|there\s+|locally\s+)?"
    r"as\s+(?:the\s+)?[\"\N{LEFT DOUBLE QUOTATION MARK}\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}']?\Z"
    # a work's own title right after its kind: ``the Argentine thriller “La última frontera”``
    r"|\b(?:film|movie|thriller|drama|comedy|documentary|novel|book|album|song|single|play|opera|series|sitcom|"
    r"poem|painting|exhibition|musical)\s+[\"\N{LEFT DOUBLE QUOTATION MARK}\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}'"
    r"\N{LEFT SINGLE QUOTATION MARK}]\Z"
)
#: an English gloss in brackets right after the span: ``Los años del agua (The Water Years)``, ``“Aidez-moi!”
#: (“Help me!”)``
_BRACKET_GLOSS = re.compile(
    r"[!?.]?[\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}\"']?\s*\(\s*"
    r"[\N{LEFT DOUBLE QUOTATION MARK}\"']?(?P<gloss>[^()\n]{2,120}?)[\N{RIGHT DOUBLE QUOTATION MARK}\"']?\s*\)")


#: an original name given beside its English one: ``“The Night of the Tanks” (“La noche…”)``,
#: ``the competition watchdog (Autorité…)``, ``France's competition watchdog, the Autorité…`` or ``a
#: consortium, the Consorzio per la tutela…``
_GLOSS_BEFORE = re.compile(
    r"(?:[\w\N{RIGHT DOUBLE QUOTATION MARK}\"']\s*\(\s*[\N{LEFT DOUBLE QUOTATION MARK}\"']?"
    r"|\b(?:authority|agency|watchdog|regulator|court|ministry|police|council|office|body|union|party|"
    r"newspaper|daily|weekly|magazine|broadcaster|channel|network|institute|service|prosecutors?|bank|"
    r"company|group|association|federation|film|book|novel|series|song|play|album|show|programme|program|"
    r"parliament|assembly|senate|cabinet|chamber|government|municipality|museum|theatre|stadium|university|"
    r"hospital|festival|tax|levy|scheme|plan|alert|law|bill|"
    r"consortium|foundation|commission|committee|tribunal|co-?operative|organi[sz]ation|confederation|"
    r"directorate|inspectorate),"
    r"\s+(?:the\s+)?[\N{LEFT DOUBLE QUOTATION MARK}\"']?)\Z",
    re.IGNORECASE,
)


#: a sentence that says in English what the name is: ``the Stadtrat is the 80-member city parliament``
_IS_EXPLAINED = re.compile(
    r"(?:\s+[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*){0,3}\s+(?:is|was|are|were)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:parliament|council|assembly|executive|government|court|body|authority|office|agency|regulator|chamber|committee|"
    r"tribunal|prosecutors?|police|guild|brotherhood|association|union|festival|holiday|dish|pastry|tradition)\b")


#: an English name for what the span is, in a clause that calls the span its formal or local name: ``the Câmara
#: Municipal de Faro, as the city council is formally known,``; the name is given on purpose beside its gloss
_AS_FORMALLY_KNOWN = re.compile(
    r"[\N{RIGHT DOUBLE QUOTATION MARK}\"']?,?\s+as\s+(?:the|an?|its|their|this)\s+(?:[a-z][\w-]*\s+){1,4}?"
    r"(?:is|are|was|were)\s+(?:(?:formally|officially|locally|properly|also|still)\s+)?(?:known|called|named|styled)\b")


def translated_beside(text: str, start: int, end: int) -> bool:
    """Does the writer translate the span right after it, announce its language right before,
    give it as the original name beside the English one, or quote it and then its translation?"""
    return (_TRANSLATION_AFTER.match(text, end) is not None
            or _translated_after_name(text, end)
            or _explained_after(text, start, end)
            or _term_described_after(text, start, end)
            or _IS_EXPLAINED.match(text, end) is not None
            or _AS_FORMALLY_KNOWN.match(text, end) is not None
            or original_title_after(text, end)
            or office_explained_after(text, end)
            or known_as_term(text, start)
            or _LANGUAGE_BEFORE.search(text, max(0, start - 60), start) is not None
            # before the capitalised start of the name the span ends (``known locally as the Junta de Extremadura``)
            or _named_before(text, start)
            or _glossed_before(text, start)
            or quoted_then_translated(text, start, end)
            or _quoted_then_glossed(text, start, end)
            or _glossed_in_brackets(text, start, end)
            or _named_by_acronym(text, start, end))


#: the capitalised rest of a title the span opens: ``Das stille`` of ``Das stille Dorf``
_NAME_REST = re.compile(r"(?:[ \t]+[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*){1,3}")


def _translated_after_name(text: str, end: int) -> bool:
    """Does the writer translate the title the span opens, after its capitalised last words (``Das stille
    Dorf, which translates as The Quiet Village``)? The run stops before them, as they read as a name."""
    rest = _NAME_REST.match(text, end)
    return rest is not None and _TRANSLATION_AFTER.match(text, rest.end()) is not None


#: the rest of a name up to its acronym in brackets: ``fédérale de Lausanne (EPFL)``
_ACRONYM_AFTER = re.compile(r"[^()\n.,;:]{0,60}?(?=\s\(([A-Z]{2,6})\))")
#: small words an acronym skips (``École polytechnique fédérale de Lausanne``: EPFL)
_ACRONYM_SKIPS = frozenset("de du des d la le les l di del della dei degli van von der den het y e et und für of and "
                           # contracted and bare prepositions (``Instituto de Socorros a Náufragos (ISN)``,
                           # ``Conservatoire national des arts et métiers``, ``Stichting voor Natuur``)
                           "do dos da das a à al au aux ao aos às em na no nas nos zu zum zur voor op".split())


def _named_by_acronym(text: str, start: int, end: int) -> bool:
    """Is the span part of a name given with its acronym right after it (``the École polytechnique
    fédérale de Lausanne (EPFL)``): a proper name the writer keeps on purpose?"""
    rest = _ACRONYM_AFTER.match(text, end)
    if rest is None:
        return False
    acronym = rest.group(1)
    words = re.findall(r"[^\W\d_][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*", text[max(0, start - 80):rest.end()])
    content = [w for w in words if w.lower() not in _ACRONYM_SKIPS]
    initials = "".join(unaccented_lower(w[0]).upper() for w in content[-len(acronym):])  # É of École is an E
    return len(content) >= len(acronym) and initials == acronym


#: a gloss after "or": ``the dijkgraaf, or chair, of the water board``, ``bolinhos de bacalhau, or salt-cod cakes``,
#: ``"Wien ist anders", or "Vienna is different",``
_OR_GLOSS = re.compile("[\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}\"']?,\\s+or\\s+"
                       "(?P<quote>[\N{LEFT DOUBLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}\"'])?"
                       "(?P<gloss>[^,.;:()\\n\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}\"]{2,60}?)"
                       "(?(quote)[\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}\"'])"
                       "(?=\\s*[,.;:)]|\\s*$)")


#: the rest of a title or name after the span, up to a bracket (``Die kleine`` Raupe Nimmersatt (…),
#: Histoire ``d'un`` crime (…))
_UP_TO_BRACKET = re.compile(r"[^()\n.;:!?]{1,40}?(?=[\"\N{RIGHT DOUBLE QUOTATION MARK}']?\s*\()")
#: a whole word right before a position (a quotation mark may open it, an elision may not: ``'Histoires``,
#: not ``Italia`` of ``d'Italia``), and the spaces after it
_WORD_BEFORE = re.compile(r"(?<![\w-])(?<!\w['\N{RIGHT SINGLE QUOTATION MARK}])([^\W\d_][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*)[ \t]+\Z")
#: the most words of a title or name that may come before the span
_LEAD_WORDS = 4
_NAME_JOINING_KINDS = frozenset({"articles", "prepositions"})


def _name_start(text: str, start: int) -> int:
    """Where the title or name starts whose later words the span is: at the first of the capitalised words right
    before it, source articles and prepositions between them included (``Les Heures`` creuses, ``Consorzio per``
    la tutela del Formaggio…: the span starts where the words stop reading as a name); ``start`` without one."""
    lexicon = load_lexicon()
    first = cursor = start
    for _ in range(_LEAD_WORDS):
        before = _WORD_BEFORE.search(text, max(0, cursor - 40), cursor)
        if before is None:
            break
        word = before.group(1)
        if word[:1].isupper():
            first = before.start(1)
        elif _NAME_JOINING_KINDS.isdisjoint(lexicon.kinds(word)) and unaccented_lower(word) not in lexicon.name_particles:
            break
        cursor = before.start(1)
    return first


def _named_before(text: str, start: int) -> bool:
    """Does an announcement (``known locally as the``) come right before the name whose later words the span is?"""
    lead = _name_start(text, start)
    return lead < start and _LANGUAGE_BEFORE.search(text, max(0, lead - 60), lead) is not None


def _glossed_before(text: str, start: int) -> bool:
    """Does the English noun for what it is come right before the span, or before the name whose later words the
    span is (``a consortium, the Consorzio per la tutela del…``)?"""
    return any(_GLOSS_BEFORE.search(text, max(0, at - 40), at) is not None for at in {start, _name_start(text, start)})


#: the most words of an English phrase that explains one source word in brackets or after ", or"
TERM_GLOSS_WORDS = 6


def _glossed_in_brackets(text: str, start: int, end: int) -> bool:
    """Is the span, or the name or title it starts, or the quotation it is part of, followed by its English
    translation in brackets, or after ", or" (``Die kleine Raupe Nimmersatt (The Very Hungry Caterpillar)``,
    ``“Wer rastet, der rostet”, or “who rests, rusts”``)?"""
    rest = _UP_TO_BRACKET.match(text, end)
    # the capitalised start of the title before the span (``Les Heures`` creuses (The Quiet Hours))
    first = _name_start(text, start)
    stops = [(end, {start, first})] + ([] if rest is None else [(rest.end(), {start, first})])
    quotation = _quotation_around(text, start, end)
    if quotation is not None:
        # a run inside a quoted saying (``“Le pain, c'est la patience qu'on ⟦lui accorde⟧”, or “…”``): the gloss
        # translates the whole quotation
        stops.append((quotation.end(), {quotation.start() + 1}))
    for stop, begins in stops:
        gloss = _BRACKET_GLOSS.match(text, stop) or _OR_GLOSS.match(text, stop)
        if gloss is None:
            continue
        words = _ENGLISH_WORD.findall(gloss.group("gloss"))
        for begin in begins:
            original = text[begin:stop].split()
            # one word is explained rather than translated: ``the gedeputeerde, or member of the provincial executive,``
            longest = TERM_GLOSS_WORDS if len(original) == 1 else 2
            if _reads_as_translation(original, words, 0.75, lower=True, longest=longest):
                return True
    return False


#: an apposition that says in English what a name or term is: ``the Comité Interprofessionnel…, the body
#: that oversees the appellation``, ``the cofradía – the fishermen's guild –``, ``the Conseil d'État, which
#: hears final appeals``, ``“La Maison des absents,” a slow, luminous book``, ``the loi Lang, named after``
_EXPLANATION_AFTER = re.compile(
    # the rest of the name first (``voor Natuur en`` Bos, ``the Agentschap…``), a list of its fields after commas
    # included (``Instituto do Vinho, do Bordado e do Artesanato``): a particle and a capital go on with the name,
    # and so does a qualifier the source language writes in lower case (``Musée national`` Adrien Dubouché)
    r"(?:(?:\s+|,\s+(?=(?:de|del|da|das|do|dos|des|du|di|della|van|von)\s+[A-Z]))(?:[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*|de|la|las|los|del|da|das|do|dos|des|du|di|della|van|von|der|den|het|y|e|et|en|aan|zum|zur"
    rf"|l'[\w-]+|d'[\w-]+|{'|'.join(sorted(INSTITUTION_QUALIFIERS))})){{0,10}}"
    # and its acronym in brackets (``the Agence nationale de l'habitat (ANAH), the state body that…``)
    r"(?:\s*\([A-Z]{2,8}\))?"
    r"[\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}\"']?\s*(?:,|\s[\N{EN DASH}\N{EM DASH}])"
    r"[\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}\"']?\s+"
    # the place's own, in English (``the Koninklijk Museum … Antwerpen, the city's Royal Museum of Fine Arts``)
    r"(?:the\s+(?:city|town|region|country|province|state|canton|island|village|municipality)['\N{RIGHT SINGLE QUOTATION MARK}]s\s+"
    r"(?P<place_own>[A-Za-z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*(?:\s+[A-Za-z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*){0,5})"
    # a name the apposition keeps may stand among its words (``the Porc noir de Bigorre, the black Bigorre pig``)
    r"|(?:the|a|an|its|their)\s+(?P<words>[A-Za-z\d][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*(?:[\s,]+[A-Za-z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*){0,5})"
    # or the country's own: ``the Assembleia da República, Portugal's parliament,``
    r"|[A-Z][\w-]*['\N{RIGHT SINGLE QUOTATION MARK}]s\s+(?P<own>[a-z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*(?:\s+[a-z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*){0,5})"
    r"|which\s+(?:hears|oversees|runs|rules|governs|represents|regulates|manages|advises|acts|handles|decides|"
    r"supervises|monitors|administers|coordinates|funds|brings|groups|is|was|has)\b"
    # ``Semana Santa, as Holy Week is known in Spain,``, ``the Comune di Venezia, as the city council is officially known``
    r"|as\s+[\w\s'\N{RIGHT SINGLE QUOTATION MARK}-]{2,50}?\s+(?:is|are|was)\s+(?:officially\s+|locally\s+|also\s+|commonly\s+)?(?:known|called)\b"
    r"|(?:named|called)\s+after\b)")


def named_by_its_place(text: str, end: int) -> bool:
    """Is the name ending at ``end`` followed by the place's own name for it in English (``…Antwerpen, the
    city's Royal Museum of Fine Arts``)?"""
    match = _EXPLANATION_AFTER.match(text, end)
    return match is not None and match.group("place_own") is not None and _explains(match)


def _explained_after(text: str, start: int, end: int) -> bool:
    """Is the span followed by an apposition in English that says what it is?"""
    match = _EXPLANATION_AFTER.match(text, end)
    if match is None:
        return False
    described = next((group for group in ("words", "own", "place_own") if match.group(group)), None)
    # the name with the rest of it the pattern took (``… de la Moselle``), up to the apposition
    return _explains(match, text[start:match.start(described)] if described else "")


def _explains(match: re.Match[str], original: str = "") -> bool:
    """Does the apposition :data:`_EXPLANATION_AFTER` found say in English what the span is? A word the
    apposition keeps from the ``original`` name, or a cognate of one of its words, counts as English: ``the
    Conseil départemental de la Moselle, the Moselle departmental council`` is its translation."""
    described = match.group("words") or match.group("own") or match.group("place_own")
    if described is None:
        return True
    written = described.replace(",", " ").split()
    words = [word.lower() for word in written]
    # only the apposition's first part can name a speaker: in ``Transportes Urbanos de Braga, the municipal
    # bus company, says…`` the verb after its closing comma is the sentence's own
    first_part = described.split(",", 1)[0].lower().split()
    if REPORTING_VERBS.intersection(first_part):
        return False  # “…,” the union leader said: the speaker, not an explanation
    if _opens_clause(first_part):
        return False  # "According to the IHK, the investment is one of…": the sentence's own subject and verb
    # ``Portugal's parliament``: one English noun after a country's name says what the name is
    least = 1 if match.group("own") or match.group("place_own") else 2
    kept = {unaccented_lower(word) for word in _ENGLISH_WORD_OR_ACCENTED.findall(original)}
    stems = {word[:COGNATE_STEM] for word in kept if len(word) >= COGNATE_STEM}
    reads_english = [load_lexicon().is_english(word) or unaccented_lower(word) in kept
                     or (len(word) >= COGNATE_STEM and unaccented_lower(word)[:COGNATE_STEM] in stems) for word in words]
    english = sum(reads_english)
    # a name inside the apposition (``the festival held in Namur``, ``the song by Gilles Vigneault``) is a word
    # of neither language: it counts for neither side
    names = sum(1 for word, known in zip(written[1:], reads_english[1:]) if word[:1].isupper() and not known)
    return english >= max(least, 0.75 * (len(words) - names))


#: a lone lower-case term after a determiner, then a comma and up to six lower-case words: ``the mascarados,
#: masked horsemen in colourful costumes``
_TERM_THEN_WORDS = re.compile(r",[ \t]+(?P<words>[a-z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*"
                              r"(?:[ \t]+[a-z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*){1,5})")
#: sentence adverbs that open the sentence's own words after a comma (``the alcaldesa, meanwhile, said``)
_SENTENCE_ADVERBS = frozenset("meanwhile however though moreover furthermore nevertheless nonetheless therefore hence "
                              "besides otherwise likewise instead".split())


def _term_described_after(text: str, start: int, end: int) -> bool:
    """Is a lone lower-case source term in a noun's place followed by a bare English apposition that describes
    it (``the mascarados, masked horsemen in colourful costumes``: a plural term needs no article before its
    description)? Not the sentence going on after a comma: an adverb (``, meanwhile,``), a speaker (``, officials
    said``), a clause with its own verb (``, police and residents gathered``, ``, the team is``)."""
    term = text[start:end]
    if not term.isalpha() or not term.islower() or _NOUN_SLOT.search(text, max(0, start - 12), start) is None:
        return False
    match = _TERM_THEN_WORDS.match(text, end)
    if match is None:
        return False
    words = match.group("words").split()
    first = words[0]
    if first in ENGLISH_GRAMMAR_WORDS or first in _SENTENCE_ADVERBS or first.endswith("ly"):
        return False
    if REPORTING_VERBS.intersection(words) or _opens_clause(words) or any(w.endswith("ed") for w in words[1:]):
        return False
    lexicon = load_lexicon()
    return sum(lexicon.is_english(word) for word in words) >= 0.75 * len(words)


#: the words of a name, accented letters included (``départemental``)
_ENGLISH_WORD_OR_ACCENTED = re.compile(r"[^\W\d_]+")


#: verbs that make the words after a span's comma a clause (``, the investment is…``) when no relative
#: word comes before them (``, the court that is hearing the case`` is an apposition)
_CLAUSE_VERBS = frozenset("is are was were has have had will would can could may might must should shall does did".split())
_RELATIVE_WORDS = frozenset("that which who whom whose where".split())


def _opens_clause(words: Sequence[str]) -> bool:
    """Do the lower-case ``words`` after a comma hold a verb before any relative word: the sentence's
    own clause (``the investment is one of the largest``), not an apposition?"""
    for word in words:
        if word in _RELATIVE_WORDS:
            return False
        if word in _CLAUSE_VERBS:
            return True
    return False


#: after a quotation, in the same sentence: a dash and an English gloss (``“Venezia non è in vendita” –
#: Venice is not for sale``, ``‘…,’ she told reporters – he was just standing there``) or ``which
#: translates as`` after the speaker (``“Es wird ein schöner Sommer!” shouted one man, which roughly
#: translates as…``)
_GLOSS_AFTER = re.compile(
    r"(?:[^.!?\n\N{LEFT DOUBLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}\"]{0,80}?)"
    r"(?:(?:\s[\N{EN DASH}\N{EM DASH}]|\.?\s+[Ii]n\s+English,?(?:\s+roughly)?:?|,?\s+(?:roughly|loosely|literally)[:,]?)"
    r"\s*(?P<gloss>[^\n\N{EN DASH}\N{EM DASH}.!?]{0,200})"
    # ``, which she translated as “…”``: the speaker's own translation
    r"|,?\s+(?:which|that|what)\s+(?:(?:he|she|they|we|I)\s+)?(?:roughly\s+|loosely\s+)?(?:translates|translated|means)\b"
    # a translating clause of its own, the translation after it (``…,” he said in French, before translating the
    # line as “…”``, ``…,” she said, meaning “…”``): the words after it must read as the quotation's translation
    r"|(?:[\s,]+(?:(?:before|after|then|and|by|while|when)\s+)?(?:(?:roughly|loosely|freely)\s+)?"
    r"(?:translating|translated|translates|rendering|rendered)\s+(?:[\w'\N{RIGHT SINGLE QUOTATION MARK}-]+\s+){0,5}?"
    r"(?:as|into\s+English(?:\s+as)?)|,?\s+meaning"
    # ``…”, before explaining that it means “…”``, ``…,” he said, adding that the phrase means…``
    r"|[\s,]+(?:(?:before|after|then|and|by|while|when)\s+)?(?:explaining|adding|saying|noting|explained|added|said|"
    r"noted)\s+(?:that\s+)?(?:it|this|they|these|the\s+(?:phrase|line|words?|sentence|title|motto|saying|slogan|"
    r"expression))\s+(?:(?:roughly|loosely|literally)\s+)?(?:means|meant|mean|translates\s+as|translated\s+as))[:,]?"
    r"\s*[\N{LEFT DOUBLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}\"']?"
    r"(?P<rendered>[^\n\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}\".!?]{2,200})"
    # ``"People know pão de queijo, but…," she said, referring to the cheese bread``: a term of it explained
    r"|,\s+referring\s+to\s+(?:the|a|an|its|their)\s+(?P<referent>[A-Za-z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*"
    r"(?:\s+[A-Za-z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*){0,5})"
    # or in the next sentence: ``“…,” she told passengers in Dutch. The words translate as…``
    r"|[^!?\n\N{LEFT DOUBLE QUOTATION MARK}\"]{0,100}?\.\s+(?:The|These|His|Her|Their)\s+(?:words?|phrase|sentence|slogan|line)\s+"
    r"(?:roughly\s+|loosely\s+)?(?:translates?|means?)\b)")


#: the most words of a term inside a quotation that a reference after it explains
TERM_WORDS = 4


def _quoted_then_glossed(text: str, start: int, end: int) -> bool:
    """Is the span inside a quotation that the same sentence glosses in English after a dash, or says
    what it translates as, or (for a term of a few words) what it refers to?"""
    paragraph_start = text.rfind("\n", 0, start) + 1
    paragraph_end = text.find("\n", end)
    for quotation in _QUOTATION.finditer(text, paragraph_start, len(text) if paragraph_end < 0 else paragraph_end):
        if not (quotation.start() <= start and end <= quotation.end()):
            continue
        gloss = _GLOSS_AFTER.match(text, quotation.end())
        if gloss is None:
            return False
        if gloss.group("referent") is not None:
            # what the speaker refers to explains a term of the quotation, not the whole of it
            referent = gloss.group("referent").split()
            return (len(text[start:end].split()) <= TERM_WORDS
                    and sum(load_lexicon().is_english(word.lower()) for word in referent) >= 0.75 * len(referent))
        rendered = gloss.group("gloss") if gloss.group("gloss") is not None else gloss.group("rendered")
        if rendered is None:
            return True  # which translates as
        # the gloss is English, about as long as the quotation
        original = text[quotation.start() + 1:quotation.end() - 1].split()
        # an unquoted gloss runs on into the sentence and may hold a name or two: a looser share
        return _reads_as_translation(original, _ENGLISH_WORD.findall(rendered), 0.6, lower=True)
    return False


#: letters a word of a translation shares with a word of the original to be its cognate (``collectivité``,
#: ``Collectivity``)
COGNATE_STEM = 5


def _reads_as_translation(original: Sequence[str], words: Sequence[str], share: float, lower: bool = False,
                          longest: float = 2.5) -> bool:
    """Are ``words`` English (at least ``share`` of them) and about as many as the ``original`` words
    (half to two and a half times: ``Früher war hier Schluss``, ``This used to be the end of the
    line``, or ``longest`` times): a translation of them? ``lower``: look words up in lower case (a
    gloss's first word)."""
    lexicon = load_lexicon()
    # a name the translation keeps from the original (``Der Striezelmarkt ist Dresden``, ``d'Alsace``: Alsace)
    # counts as English
    kept = {word.strip(".,;:!?\"'\N{RIGHT SINGLE QUOTATION MARK}") for word in original}
    kept |= {re.split("['\N{RIGHT SINGLE QUOTATION MARK}]", word)[-1] for word in kept}
    # a name the translation gives its English name (``Wien``: Vienna)
    kept |= {lexicon.exonyms[word].english for word in kept if word in lexicon.exonyms}
    # and so does a cognate of one of its words (``Cour de cassation (Court of Cassation)``)
    stems = {unaccented_lower(word)[:COGNATE_STEM] for word in kept if len(word) >= COGNATE_STEM}
    english = sum(1 for word in words if lexicon.is_english(word.lower() if lower else word) or word in kept
                  or (len(word) >= COGNATE_STEM and unaccented_lower(word)[:COGNATE_STEM] in stems))
    return bool(words and original) and english >= share * len(words) and 0.5 <= len(words) / len(original) <= longest


#: a quotation in double quotes, guillemets or single quotes; a straight single quote opens only at
#: a word's start and closes only at a word's end, so apostrophes (``L'Inghilterra``) stay inside
_QUOTATION = re.compile(
    "\N{LEFT DOUBLE QUOTATION MARK}[^\N{RIGHT DOUBLE QUOTATION MARK}\n]+\N{RIGHT DOUBLE QUOTATION MARK}"
    "|\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}[^\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}\n]+"
    "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    "|\"[^\"\n]+\""
    "|\N{LEFT SINGLE QUOTATION MARK}[^\n]+?\N{RIGHT SINGLE QUOTATION MARK}(?!\\w)"
    "|(?<!\\w)'(?=\\S)[^\n]*?(?<=\\S)'(?!\\w)"
)
#: what may stand between a quotation and its translation: nothing but a bracket, or a short clause that
#: ends with a colon, a bracket, a dash or a full stop (``"…," he said, laughing: "…"``, ``… an old saying.
#: "…"``); a quotation after a comma (``"…," he said, "…"``) goes on with the same one and translates nothing
_BETWEEN = re.compile(r"\s*\(?\s*|[^\n]{0,160}?[:(.\N{EM DASH}\N{EN DASH}-]\s*")
_ENGLISH_WORD = re.compile(r"[A-Za-z]+(?:['\N{RIGHT SINGLE QUOTATION MARK}][a-z]+)?")


def _quotation_around(text: str, start: int, end: int) -> re.Match[str] | None:
    """The quotation of the span's paragraph that holds the span, or None."""
    paragraph_start = text.rfind("\n", 0, start) + 1
    paragraph_end = text.find("\n", end)
    for quotation in _QUOTATION.finditer(text, paragraph_start, len(text) if paragraph_end < 0 else paragraph_end):
        if quotation.start() <= start and end <= quotation.end():
            return quotation
    return None


def quoted_then_translated(text: str, start: int, end: int) -> bool:
    """Is the span inside a quotation that the writer translates in the next one, a quotation of
    English words about as long: ``"Wir schaffen das" ("We can do this")``?"""
    paragraph_start = text.rfind("\n", 0, start) + 1
    paragraph_end = text.find("\n", end)
    quotations = list(_QUOTATION.finditer(text, paragraph_start, len(text) if paragraph_end < 0 else paragraph_end))
    for here, following in zip(quotations, quotations[1:]):
        if not (here.start() <= start and end <= here.end()):
            continue
        between = text[here.end():following.start()]
        if not _BETWEEN.fullmatch(between) or between.count(". ") > 1:
            return False
        original = text[here.start() + 1:here.end() - 1].split()
        words = _ENGLISH_WORD.findall(text, following.start() + 1, following.end() - 1)
        # a spoken quotation (``“…,” he said. “…”``) may be translated more freely, and longer, than a name
        spoken = not REPORTING_VERBS.isdisjoint(w.lower() for w in _ENGLISH_WORD.findall(between))
        return _reads_as_translation(original, words, 0.75, longest=2.5 if spoken else 2)
    return False


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


def _source_date_phrase(candidate: Candidate) -> str | None:
    """The language of a short run that is a date of one source language with its own article or
    preposition before it (``am Samstag``, ``le mardi``, ``el lunes``), or None. English writes no article
    or preposition of another language before a weekday or a month."""
    words = candidate.words
    if not 2 <= len(words) <= 3 or len(words) != len(candidate.tokens):
        return None
    head, last = words[0], words[-1]
    if "dates" not in last.kinds or last.cls != SRC or len(last.languages) != 1:
        return None
    if not head.text.islower() or not head.kinds & {"articles", "prepositions"}:
        return None
    shared = head.languages & last.languages
    if not shared or any(not (w.languages & shared) for w in words):
        return None
    language = next(iter(shared))
    # only German writes its weekdays and months with a capital: ``Plaza de Mayo`` is a name
    return language if last.text.islower() or language == "de" else None


def _noun_slot(segment: Segment, candidate: Candidate) -> bool:
    """Does an English determiner come right before the candidate, in its sentence (``gathered on the ⟦…⟧``)?"""
    before = segment.text[max(0, candidate.start - segment.start - 12):candidate.start - segment.start]
    return _NOUN_SLOT.search(before) is not None


def _single_confidence(token: Token, candidate: Candidate) -> float:
    base = _SINGLE_CONFIDENCE.get(token.cls)
    if base is None:  # a source word: days, months and news words say more than "de" or "et"
        base = 0.85 if token.kinds & {"dates", "common", "prepositions"} else 0.7
        if len(token.text) <= 2 and not candidate.bracketed and (
                fold(token.text) in load_lexicon().name_particles or fold(token.text) in _HESITATIONS):
            base = 0.55  # "er", "al", "de" alone are as often typos, hesitations or name particles
        elif len(token.text) <= 2 and not candidate.bracketed:
            # "et", "ou", "es" between English words: a conjunction or verb left behind; capitalised
            # in mid-sentence ("Nu 150", a currency), it is more often a name or a symbol
            base = 0.65 if token.text.islower() else 0.55
    return round(min(0.99, base + (0.1 if candidate.bracketed else 0.0)), 3)


def _restricted(scores: dict[str, float], allowed: tuple[str, ...]) -> dict[str, float]:
    """The identifier's scores over the allowed languages and English, summing to 1."""
    kept = {l: p for l, p in scores.items() if l in allowed or l == "en"}
    total = sum(kept.values())
    return {l: p / total for l, p in kept.items()} if total > 0 else {}


def _document_language(judged: list[_Judged]) -> str | None:
    """The source language most confirmed spans point to (None without any)."""
    votes: Counter[str] = Counter()
    for item in judged:
        weight = 2.0 if len(item.candidate.languages) == 1 else 1.0
        votes[item.language] += weight * item.confidence
    return votes.most_common(1)[0][0] if votes else None

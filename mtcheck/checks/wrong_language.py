"""The wrong-language check: a document, paragraph or sentence in another language than the target.

A document's language is the runner's detection; inside a document in the
target language, a paragraph or sentence goes to the language identifier only
when the word lists find most of its words foreign (:mod:`.language_screen`),
so an English paragraph never reaches it. Shorter foreign spans are
``untranslated-span``'s (:mod:`.language`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterator

from ..langid import Guess, document_language
from ..model import Finding, Scope, Segment, Severity
from .base import Check, CheckContext, Example
from .language_lexicon import load_lexicon
from .language_quotations import quoted_then_translated
from .language_screen import no_foreign_sentences
from .language_spans import language_name, script_of
from .language_tokens import ALLOW, ENGLISH_GRAMMAR_WORDS, NAME, Token
from .language_words import classify, foreign_share, foreign_word

_UNSPACED_SCRIPTS = frozenset({"CJK", "HIRAGANA", "KATAKANA", "THAI", "LAO", "KHMER", "MYANMAR"})


class WrongLanguage(Check):
    """A document, paragraph or sentence in another language than the target.

    What it does:
    Reports a whole document whose language is not the target language (a
    French article served as English) with one finding over its body, and,
    in a document in the target language, each paragraph or sentence of
    five words or more in another language (a French paragraph left in an
    English article). The document's language is the runner's detection;
    a sentence goes to the language identifier only when most of its
    lower-case words are not English or most of its letters are in another
    script, and is reported only when the identifier is sure.

    Why it matters:
    A feed that promises English and serves French fails every reader, and a
    paragraph the engine skipped is as bad as a missing one. Shorter foreign
    quotes and names are ``untranslated-span``'s.

    Example:
    An English article with the paragraph ``Le gouvernement a annoncé
    mardi une réforme des retraites.`` gets one finding on that paragraph.

    Options:
    ``min-words`` (default 5): shorter sentences are left to
    ``untranslated-span``. ``min-confidence`` (default 0.9): the language
    identifier's probability needed for a sentence or paragraph; a sentence
    whose lower-case words are all foreign by the word lists, or grammar
    words, needs it with twice the doubt
    (0.8 for 0.9).

    A sentence that is English around a quotation (``He said in French:
    “nous ne céderons pas”``), or whose quotation the next quotation
    translates (``‘C'est comme rentrer à la maison,’ he said. ‘It's like
    coming home.’``), is left to ``untranslated-span``.

    Known false positives:
    A long quotation kept in its original language on purpose (a poem, a
    legal text) as a paragraph of its own; set ``--ignore wrong-language`` on such sources. Sentences
    are judged only when the target language is English; for other targets
    only whole documents are judged.
    """

    code = "LG102"
    name = "wrong-language"
    severity = Severity.ERROR
    scope = Scope.DOCUMENT
    needs = frozenset({"langid"})
    languages = None

    @dataclass(frozen=True)
    class Options:
        """Options of wrong-language."""

        min_words: int = 5
        min_confidence: float = 0.9

    examples = (
        Example("The minister spoke on Tuesday.\n\n⟦Le gouvernement a annoncé mardi une réforme des retraites, "
                "selon les syndicats.⟧\n\nThe unions called a strike.", True),
        Example("The minister spoke on Tuesday. The unions called a strike for Thursday, "
                "and Le Monde said the coup de grâce was near.", False),
    )

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        target = ctx.settings.target_lang
        if ctx.language not in (target, "und"):
            yield from self._whole_document(ctx)
        elif target == "en":
            yield from self._sentences(ctx)

    def _whole_document(self, ctx: CheckContext) -> Iterator[Finding]:
        text = ctx.text
        start, end = ctx.document.body_start, len(text.rstrip())
        if start >= end:
            return
        guess = document_language(ctx.resources.langid, text[start:end], ctx.settings.target_lang)
        name, target = language_name(ctx.language), language_name(ctx.settings.target_lang)
        yield self.finding(
            ctx, start, end,
            f"The document is in {name}, not {target}: translate it, or set --target-lang {ctx.language} "
            f"if {name} is expected",
            confidence=round(guess.confidence, 3), language=ctx.language,
            evidence={"document_language": ctx.language, "target": ctx.settings.target_lang},
        )

    def _sentences(self, ctx: CheckContext) -> Iterator[Finding]:
        """A paragraph whose sentences are all foreign as one finding, else each long foreign sentence."""
        lexicon = load_lexicon()
        paragraphs: dict[int, list[Segment]] = {}
        for segment in ctx.segments:
            paragraphs.setdefault(segment.paragraph, []).append(segment)
        for group in paragraphs.values():
            start, end = group[0].start, group[-1].end
            if no_foreign_sentences(ctx.text, [(s.start, s.end) for s in group], lexicon):
                continue  # no sentence can look foreign enough to ask the identifier
            tokens = classify(ctx.text, start, end, lexicon, None, None, None)
            parts = [(s, [t for t in tokens if s.start <= t.start < s.end]) for s in group]
            if len(group) > 1 and _word_count(tokens) >= self.options.min_words and all(
                (g := self._foreign(ctx, s.text, inside, lexicon, 2)) is not None and g.confidence >= 0.5
                for s, inside in parts
            ):  # every sentence leans foreign: judge the paragraph as a whole
                guess = self._foreign(ctx, ctx.text[start:end], tokens, lexicon, self.options.min_words)
                if guess is not None and guess.confidence >= self.options.min_confidence:
                    yield self._finding(ctx, group[0], start, end, "paragraph", guess)
                    continue
            for segment, inside in parts:
                if _quotes_foreign_words(ctx.text, segment, inside, lexicon) or _translated_next(ctx.text, inside, lexicon):
                    continue  # an English sentence quoting French: untranslated-span reports the quotation
                guess = self._foreign(ctx, segment.text, inside, lexicon, self.options.min_words)
                if guess is not None and (guess.confidence >= self.options.min_confidence or self._lists_agree(
                        guess, inside, lexicon)):
                    yield self._finding(ctx, segment, segment.start, segment.end, "sentence", guess)

    def _foreign(self, ctx: CheckContext, text: str, tokens: list[Token], lexicon, shortest: int) -> Guess | None:
        """The likeliest foreign language of ``text`` and the probability that it is not English;
        None when the text is too short or the word lists find it English enough to skip the identifier.

        The probability of "not English" is what counts, so that a Spanish sentence half-confused
        with Catalan is still reported."""
        if _word_count(tokens) < shortest or not self._suspect(text, tokens, lexicon):
            return None
        scores = ctx.resources.langid.scores(text)
        foreign = {l: p for l, p in scores.items() if l not in ("en", "und")}
        if not foreign:
            return None
        return Guess(max(foreign, key=foreign.get), 1.0 - scores.get("en", 0.0))

    def _finding(self, ctx: CheckContext, segment: Segment, start: int, end: int, unit: str, guess) -> Finding:
        return self.finding(
            ctx, start, end,
            f"{language_name(guess.language)} {unit} in an English document: translate it",
            segment=segment, confidence=round(guess.confidence, 3), language=guess.language,
            evidence={"langid": {guess.language: round(guess.confidence, 3)}, "unit": unit},
        )

    def _lists_agree(self, guess: Guess, tokens: list[Token], lexicon) -> bool:
        """Is a sentence the identifier is less sure of foreign by the word lists too? A short sentence
        (``De rechtbank doet uitspraak op 18 december.``) gives the identifier little to go on; when nearly
        all its lower-case words are foreign and the rest are grammar words (Portuguese ``as``, ``no``),
        twice the doubt ``min-confidence`` allows is enough. An English
        word of its own (``The mayor said “nous allons…”``) makes it a mixed sentence, left to the spans.
        With :data:`LISTS_ALONE_WORDS` such words or more, a lean of the identifier towards the language the
        word lists name is enough (:data:`LISTS_ALONE_DOUBT` times the doubt)."""
        share = foreign_share(lexicon, tokens)
        words = [t for t in tokens if t.is_word and not t.capitalised and t.cls not in (NAME, ALLOW)]
        english = [t for t in words if not (foreign_word(lexicon, t.text) or lexicon.kinds(t.text)
                                            or t.text.lower() in ENGLISH_GRAMMAR_WORDS)]
        doubt, allowed = 1.0 - guess.confidence, 1.0 - self.options.min_confidence
        named = Counter(language for t in words for language in lexicon.languages_of(t.text))
        leans_named = bool(named) and named.most_common(1)[0][0] == guess.language
        if english:
            # Dutch spells many short words as English does (``wind``, ``perfect``, ``dam``, ``water``): a few such
            # words among the lists' own are no English sentence when it opens with a source word (an English
            # sentence quoting one does not) and the identifier names the lists' language with the doubt allowed
            # a short foreign sentence
            opens_foreign = bool(tokens) and tokens[0].is_word and foreign_word(lexicon, tokens[0].text.lower())
            return (opens_foreign and len(words) >= LISTS_ALONE_WORDS and share >= LISTS_MIXED_SHARE and leans_named
                    and len(english) <= LISTS_MIXED_ENGLISH * len(words) and doubt <= LISTS_AGREE_DOUBT * allowed)
        if share < LISTS_AGREE_SHARE:
            return False
        if doubt <= LISTS_AGREE_DOUBT * allowed:
            return True
        return len(words) >= LISTS_ALONE_WORDS and doubt <= LISTS_ALONE_DOUBT * allowed and leans_named

    @staticmethod
    def _suspect(text: str, tokens: list[Token], lexicon) -> bool:
        """Cheap test before the identifier: mostly non-English words, or mostly another script."""
        letters = [] if text.isascii() else [c for c in text if c.isalpha()]  # ASCII letters are all Latin
        if letters and sum(1 for c in letters if ord(c) > 0x24F) >= 0.5 * len(letters):  # past Latin
            return True
        return foreign_share(lexicon, tokens) >= 0.5


#: a sentence whose lower-case words are this foreign by the word lists (:func:`foreign_share`), and whose other
#: lower-case words are all source grammar words too, needs of the identifier only this many times the doubt
#: (the probability of English) that ``min-confidence`` allows
LISTS_AGREE_SHARE = 0.7
LISTS_AGREE_DOUBT = 2.0
#: lower-case words, all foreign or source grammar words, that let the word lists decide when the identifier only
#: leans their way: fastText's small model scores short Dutch as English (``De officier van justitie had drie jaar
#: cel geëist.``: English 0.64, Dutch 0.24, where py3langid and langdetect say Dutch at 0.97 and more); the
#: identifier's foreign guess must be the language most of the words belong to, and its doubt (the probability of
#: English) at most this many times what ``min-confidence`` allows (0.7 at the default 0.9)
LISTS_ALONE_WORDS = 6
LISTS_ALONE_DOUBT = 7.0
#: a sentence with words English spells too (Dutch ``wind``, ``perfect``, ``dam``) needs this foreign share of its
#: lower-case words, with at most this share of English words, and the doubt :data:`LISTS_AGREE_DOUBT` allows
LISTS_MIXED_SHARE = 0.6
LISTS_MIXED_ENGLISH = 0.25

#: quotation marks that open and close a quotation (straight, curly, guillemets, German)
_OPENING = "\"\N{LEFT DOUBLE QUOTATION MARK}\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{DOUBLE LOW-9 QUOTATION MARK}"
_CLOSING = "\"\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{LEFT DOUBLE QUOTATION MARK}"
#: English words a sentence needs outside its quotations to be an English sentence that quotes
MIN_ENGLISH_AROUND = 3


def _quotes_foreign_words(text: str, segment: Segment, tokens: list[Token], lexicon) -> bool:
    """Is the sentence English around a quotation (``He said in French: “nous ne céderons pas”``)?"""
    inside = [False] * len(tokens)
    depth_open = None
    for pos in range(segment.start, segment.end):
        char = text[pos]
        if depth_open is None and char in _OPENING:
            depth_open = pos
        elif depth_open is not None and char in _CLOSING and pos > depth_open:
            for i, token in enumerate(tokens):
                if depth_open < token.start < pos:
                    inside[i] = True
            depth_open = None
    if not any(inside):
        return False
    outside = [t for t, quoted in zip(tokens, inside) if not quoted]
    return _word_count(outside) >= MIN_ENGLISH_AROUND and foreign_share(lexicon, outside) < 0.5


def _translated_next(text: str, tokens: list[Token], lexicon) -> bool:
    """Are the sentence's foreign words a quotation that the next quotation translates (``‘C'est comme
    rentrer à la maison,’ he said. ‘It's like coming home.’``)? untranslated-span notes it."""
    foreign = [t for t in tokens if t.is_word and foreign_word(lexicon, t.text)]
    return bool(foreign) and quoted_then_translated(text, foreign[0].start, foreign[-1].end)


def _word_count(tokens: list[Token]) -> int:
    """Words, counting two characters of a script written without spaces (CJK, Thai) as one."""
    count = 0
    for token in tokens:
        if token.is_word:
            unspaced = not token.text[0].isascii() and script_of(token.text[0]) in _UNSPACED_SCRIPTS
            count += max(1, len(token.text) // 2) if unspaced else 1
    return count


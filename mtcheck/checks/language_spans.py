"""Candidate spans of source-language text inside an English sentence.

The words of a sentence, classed by :mod:`.language_words`, grow into runs:
neighbouring source words join (``selon le ministère de l'Intérieur``),
names and weak words are bridged between them, a source article or
preposition takes its noun (``la police``), and a run that fills a bracketed
or quoted insertion takes the whole insertion (``[la Banque de France]``). Only
the runs found here are shown to the language identifier, so a sentence
without one costs a few microseconds. Runs of another script (Cyrillic,
Arabic, CJK...) are found here too.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .language_lexicon import APOSTROPHES, Lexicon, fold
from .language_tokens import ALLOW, CAP, EN, ENGLISH_GRAMMAR_WORDS, NAME, NUM, SRC, UNK, WEAK, Token, joined
from .language_shapes import in_kept_title, name_tail, name_word
from .language_words import classify

#: (opening, closing, delimiters belong to the span)
_PAIRS = (("[", "]", True), ("(", ")", False), ("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}", False),
          ("\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}", "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}", False),
          ("\N{DOUBLE LOW-9 QUOTATION MARK}", "\N{LEFT DOUBLE QUOTATION MARK}", False), ('"', '"', False),
          ("\N{LEFT SINGLE QUOTATION MARK}", "\N{RIGHT SINGLE QUOTATION MARK}", False))
#: names of the languages identifiers report, for messages
LANGUAGE_NAMES = {
    "fr": "French", "es": "Spanish", "de": "German", "it": "Italian", "pt": "Portuguese", "nl": "Dutch",
    "en": "English", "ru": "Russian", "uk": "Ukrainian", "ar": "Arabic", "zh": "Chinese", "ja": "Japanese",
    "ko": "Korean", "el": "Greek", "he": "Hebrew", "pl": "Polish", "tr": "Turkish", "ca": "Catalan",
    "ro": "Romanian", "sv": "Swedish", "da": "Danish", "no": "Norwegian", "fi": "Finnish", "cs": "Czech",
    "hu": "Hungarian", "fa": "Persian", "hi": "Hindi", "th": "Thai", "vi": "Vietnamese", "bg": "Bulgarian",
}
_LETTER_SCRIPTS_OK = ("LATIN",)
#: a bracketed or quoted insertion of more words than this is a passage of its own: its run is not widened to it
MAX_INSERTION_WORDS = 30
#: the fewest letters of a source preposition or article reported alone before an English noun (``laut``)
HEAD_ALONE_LETTERS = 3
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@dataclass
class Candidate:
    """A run of source-looking words: its span, its tokens and the lexical evidence."""

    start: int
    end: int
    tokens: list[Token]
    bracketed: bool = False
    languages: frozenset[str] = frozenset()
    suggestion: str | None = None
    #: the bracket or quote pair around a run that fills only part of it (inner start, inner end,
    #: keep marks), with its tokens: the run takes the whole insertion if the identifier says
    #: the insertion is in the run's language (``[plan local d'urbanisme]``)
    enclosure: tuple[int, int, bool] | None = None
    enclosed: list[Token] | None = None

    @property
    def words(self) -> list[Token]:
        return [t for t in self.tokens if t.is_word]

    def widen(self) -> None:
        """Take the whole enclosing insertion, brackets included when they belong to the span."""
        if self.enclosure is None or self.enclosed is None:
            return
        inner_start, inner_end, keep = self.enclosure
        if keep:
            self.start, self.end = inner_start - 1, inner_end + 1
        else:  # inside quotation marks: from the first word to the last, the quotation's comma left out
            self.start, self.end = self.enclosed[0].start, self.enclosed[-1].end
        self.tokens, self.bracketed = self.enclosed, keep
        self.enclosure = self.enclosed = None

    def head_alone(self) -> Candidate | None:
        """The source preposition or article alone of a run that is only it and one lower-case English word
        (``laut investigators``, ``selon officials``), for when the identifier reads the pair as English: the
        English noun is the translated part, the preposition before it the word left behind. None for any
        other run, and for a head of two letters (``de``, ``la``, ``en`` are as often names' particles)."""
        if len(self.tokens) != 2 or self.enclosure is not None or self.bracketed:
            return None
        head, noun = self.tokens
        if (head.cls != SRC or not head.kinds & {"articles", "prepositions"} or len(head.text) < HEAD_ALONE_LETTERS
                or noun.cls != EN or not noun.text.islower()):
            return None
        return Candidate(head.start, head.end, [head], languages=head.languages)

    def noun_alone(self) -> Candidate | None:
        """The listed source noun alone of a run that is only an English word the source language shares and
        that noun (``in toeristenbelasting``), for when the identifier reads the pair as English: the English
        preposition is the translation's own, and the noun alone is what the lists report anywhere else. None
        for any other run."""
        if len(self.tokens) != 2 or self.enclosure is not None or self.bracketed:
            return None
        weak, noun = self.tokens
        if weak.cls != WEAK or noun.cls != SRC or len(noun.languages) != 1 or not noun.kinds & {"common", "institutions"}:
            return None
        return Candidate(noun.start, noun.end, [noun], languages=noun.languages)

    @property
    def lexical(self) -> float:
        """0-1: how sure the word lists alone are (each telling word halves the doubt)."""
        doubt = 1.0
        for token in self.tokens:
            doubt *= 1.0 - 0.5 * token.weight
        if self.bracketed:
            doubt *= 0.5
        return 1.0 - doubt


def _needs_complement(token: Token) -> bool:
    """A source article or preposition, or an elided article (``l'``, ``d'``) whatever its language."""
    return (token.cls == SRC and bool(token.kinds & {"articles", "prepositions"})) or (
        token.cls == WEAK and token.text.endswith(tuple(APOSTROPHES)) and "articles" in token.kinds)


def _complements(head: Token, token: Token) -> bool:
    """Is ``token`` the noun a source article or preposition governs (``la police``, ``l'Intérieur``)?"""
    if not _needs_complement(head) or token.text.lower() in ENGLISH_GRAMMAR_WORDS:
        return False
    if token.cls == NAME:  # a name belongs to the span only when elided onto the article
        return head.text.endswith(tuple(APOSTROPHES))
    if token.cls == WEAK and head.languages and token.languages and head.languages.isdisjoint(token.languages):
        return False  # "Laut police": an English word, only another language's source word, is no noun of German "laut"
    return token.cls in (EN, WEAK, NUM, CAP)


def _ends_on_complement(run: list[Token]) -> bool:
    """Does the run end on the noun its last source article or preposition governs? A place's name of several
    capitalised words is that noun whole (``de Castilla-La Mancha``, ``de Ciudad Real``): cut after its first word,
    the span would report a place's name as a source word."""
    cursor = len(run) - 1
    while cursor > 1 and name_word(run[cursor]) and name_word(run[cursor - 1]):
        cursor -= 1
    return cursor > 0 and _complements(run[cursor - 1], run[cursor])


def runs(text: str, tokens: list[Token]) -> list[list[Token]]:
    """Maximal runs of source words: anchors (weight 0.5 or more) joined by spaces, bridging
    names and weak words between anchors, and one English word after a source article or
    preposition (``la police``)."""
    found: list[list[Token]] = []
    index = 0
    while index < len(tokens):
        if tokens[index].weight < 0.5:
            index += 1
            continue
        run = [tokens[index]]
        cursor = index + 1
        while cursor < len(tokens) and joined(text, tokens[cursor - 1], tokens[cursor]):
            nxt = tokens[cursor]
            if nxt.weight >= 0.5 or (nxt.cls in (WEAK, NUM) and _continues(text, tokens, cursor)):
                run.append(nxt)
            elif _complements(run[-1], nxt) or (name_word(nxt) and name_word(run[-1]) and _ends_on_complement(run)):
                run.append(nxt)
            elif nxt.cls in (NAME, ALLOW, CAP) and _continues(text, tokens, cursor):
                run.append(nxt)
            else:
                break
            cursor += 1
        while run and run[-1].weight < 0.5 and not _ends_on_complement(run):
            run.pop()
        # a capitalised source title goes on through a particle and names after it (``da Região dos Vinhos Verdes``)
        run += name_tail(text, tokens, tokens.index(run[-1]) + 1) if run and run[-1].capitalised else []
        # a head only for a preposition with its noun: "brigade de" alone, before a loanword, names nothing
        head = _leading_head(text, tokens, index) if len(run) > 1 else []
        found.append(head + _leading_grammar(text, tokens, index) + run)
        index = max(cursor, tokens.index(run[-1]) + 1) if run else cursor
    return found


def _leading_head(text: str, tokens: list[Token], index: int) -> list[Token]:
    """The head of a source name that the run opens with its preposition (``section de recherches``, ``brigade
    de gendarmerie``, ``commissione di inchiesta``): a lower-case word of the preposition's language's lists of
    bodies, spelled as an English word, right before it. Alone it is English ("a section", "the brigade"); before
    a source preposition and its noun it is the name's first word, and the span takes it."""
    anchor = tokens[index]
    if index == 0 or anchor.cls != SRC or "prepositions" not in anchor.kinds:
        return []
    head = tokens[index - 1]
    if head.cls == ALLOW and head.text in _BORROWED_BODY_HEADS and joined(text, head, anchor):
        return [head]  # "the Junta de Comunidades": reported whole, not cut after the word English borrowed
    if _capitalised_head(tokens, index) and joined(text, head, anchor):
        return [head]  # "the Pôle de santé du Villeneuvois": an institution's name is reported whole, not cut
    if (head.cls != WEAK or not head.text.islower() or "institutions" not in head.kinds
            or not head.languages & anchor.languages or not joined(text, head, anchor)):
        return []
    return [head]


def _capitalised_head(tokens: list[Token], index: int) -> bool:
    """Is the word before the preposition a lone capitalised name word after a lower-case one, and the word after
    the preposition a lower-case source noun (``the Pôle de santé``, ``the Maison de quartier``)? The capitalised
    word is the head of the institution's name the preposition and its noun go on."""
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    return (index >= 2 and tokens[index - 1].cls == NAME and tokens[index - 1].capitalised
            and not tokens[index - 2].capitalised and after is not None and after.cls == SRC
            and after.text.islower() and "common" in after.kinds)


#: loanwords that head the title of a public body (``the Junta de Comunidades``, ``the Junta de Freguesia``): English
#: knows the word, not the body the title names, so the span takes the head with its preposition and noun
_BORROWED_BODY_HEADS = frozenset({"Junta"})


def _leading_grammar(text: str, tokens: list[Token], index: int) -> list[Token]:
    """Articles and prepositions right before the anchor ``tokens[index]`` that English shares but
    the anchor's language has too (``in den kommenden Wochen``): at most two, joined to it."""
    anchor = tokens[index]
    lead: list[Token] = []
    if anchor.cls != SRC or anchor.kinds & {"articles", "prepositions"}:
        # a name's foreign spelling (``in Bruxelles``) is reported alone, and an article or a
        # preposition takes no other before it (``met die Landesregierung``: "met" is English)
        return lead
    cursor = index - 1
    while cursor >= 0 and len(lead) < 2:
        token = tokens[cursor]
        # a token of the run before cannot be here: that run stopped where tokens were no longer joined
        if (token.cls != WEAK or not token.kinds & {"articles", "prepositions"}
                or not token.languages & anchor.languages or not joined(text, token, (lead or [anchor])[0])
                # English "a" before a source noun is the English article (``after a narcolancha was``)
                or token.text == "a"):
            break
        lead.insert(0, token)
        cursor -= 1
    return lead


def _continues(text: str, tokens: list[Token], cursor: int) -> bool:
    """Does an anchor follow soon (within three joined tokens), so that a bridge is worth it?"""
    for ahead in range(cursor + 1, min(cursor + 4, len(tokens))):
        if not joined(text, tokens[ahead - 1], tokens[ahead]):
            return False
        if tokens[ahead].weight >= 0.5:
            return True
        if tokens[ahead].cls == EN and tokens[ahead - 1].cls in (EN, WEAK):
            return False
    return False


def enclosing(text: str, start: int, end: int, floor: int, ceiling: int) -> tuple[int, int, bool] | None:
    """The bracket or quote pair right around ``text[start:end]`` (inner start, inner end, keep marks)."""
    for opening, closing, keep in _PAIRS:
        left = text.rfind(opening, floor, start)
        right = text.find(closing, end, ceiling)
        if left < 0 or right < 0:
            continue
        if opening == closing and text.count(opening, floor, left) % 2:
            continue  # the straight quote before the span closes an earlier quotation
        if closing not in text[left + 1:start] and opening not in text[end:right]:
            return left + 1, right, keep
    return None


def candidates(text: str, start: int, end: int, lexicon: Lexicon, patterns: dict) -> tuple[list[Token], list[Candidate]]:
    """Candidate runs in one sentence, with the span each would report."""
    tokens = classify(text, start, end, lexicon, patterns.get("keep"), patterns["exonyms"], patterns["abbreviations"])
    out: list[Candidate] = []
    for run in runs(text, tokens):
        if (not any(t.weight >= 0.8 for t in run) and sum(1 for t in run if t.cls == UNK) < 2
                and not any(t.cls == UNK and lexicon.source_shaped(t.text) for t in run)):
            continue  # one unknown word is a typo or a rare word, unless it ends like a source noun; two are worth a look
        if _inside_event_name(text, tokens, run) or _ends_kept_name(text, tokens, run) or in_kept_title(text, tokens, run):
            continue
        last = run[-1]
        # a listed phrase that ends on a stop (``EE.UU.``) is reported whole
        stop = last.end + 1 if last.phrase.endswith(".") and text[last.end:last.end + 1] == "." else last.end
        candidate = Candidate(run[0].start, stop, run)
        inner = enclosing(text, candidate.start, candidate.end, start, end)
        if inner is not None and _title_after_author(text, inner[0], inner[1]):
            continue
        if inner is not None:
            inside = [t for t in tokens if inner[0] <= t.start and t.end <= inner[1]]
            candidate.enclosure, candidate.enclosed = inner, inside
            if inside and all(t.cls != EN or t in run for t in inside):
                candidate.widen()
            elif sum(t.is_word for t in inside) > MAX_INSERTION_WORDS:
                candidate.enclosure = candidate.enclosed = None  # a quotation, not an inserted term
        languages: set[str] = set()
        for token in candidate.tokens:
            if token.weight >= 0.8 and token.languages:
                languages = set(token.languages) if not languages else (languages & token.languages or languages)
        candidate.languages = frozenset(languages)
        candidate.suggestion = " ".join(t.suggestion for t in candidate.tokens if t.suggestion) or None
        out.append(candidate)
    return tokens, out


#: English nouns of an event after its name (``the Chalon dans la rue festival``, ``the Rock en Seine festival``),
#: and of a public plan named so (``the “Marseille en grand” plan``, ``the Action cœur de ville programme``)
_EVENT_NOUNS = frozenset({"festival", "festivals", "fair", "carnival", "race", "rally", "marathon", "parade",
                          "plan", "programme", "program", "scheme"})
#: a closing quotation mark between a quoted name and the English noun after it (``“Marseille en grand” plan``)
_CLOSING_QUOTE = re.compile("[\"\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}]?[ \t]+")


def _inside_event_name(text: str, tokens: list[Token], run: list[Token]) -> bool:
    """Is the run of lower-case source words the middle of an event's name, between the capitalised name it
    continues and an English noun of the event (``the Chalon dans la rue festival``)? English keeps the name of a
    festival as its organisers write it, and an untranslated phrase does not sit between a name and ``festival``."""
    first, last = tokens.index(run[0]), tokens.index(run[-1])
    if first == 0 or last + 1 >= len(tokens) or not all(t.text.islower() for t in run):
        return False
    before, after = tokens[first - 1], tokens[last + 1]
    return (before.cls == NAME and after.text in _EVENT_NOUNS and joined(text, before, run[0])
            and _CLOSING_QUOTE.fullmatch(text, run[-1].end, after.start) is not None)


#: capitalised heads of a festival's or a fair's name (``the Fiestas del Vino``, ``the Feria de Albacete``), and of a
#: prize's (``the Premio Lomellina di narrativa``, ``the Prix Goncourt des lycéens``): English keeps the event's or
#: the prize's source name whole, the particle and the words after the head included
_EVENT_HEADS = frozenset({"fiesta", "fiestas", "feria", "ferias", "fete", "fetes", "festa", "feste", "sagra", "foire"})
_PRIZE_HEADS = frozenset({"premio", "premi", "premios", "prix", "preis"})
#: the most words after the particle that a prize's name keeps in lower case (``di narrativa``, ``des lycéens``)
_PRIZE_TAIL_WORDS = 3


def _ends_kept_name(text: str, tokens: list[Token], run: list[Token]) -> bool:
    """Is the run a source particle and its words right after the capitalised name of an event or a prize
    (``the Fiestas del Vino``, ``the Premio Lomellina di narrativa``)? An event's name ends on a capitalised noun
    (``del Vino``), where "the fiestas del pueblo" is source text; a prize's keeps a few lower-case words."""
    first = tokens.index(run[0])
    if first == 0 or run[0].cls != SRC or not run[0].kinds & {"articles", "prepositions"}:
        return False
    name = first
    while name > 0 and tokens[name - 1].capitalised and joined(text, tokens[name - 1], tokens[name]):
        name -= 1
    heads = {fold(t.text) for t in tokens[name:first]}
    if heads & _EVENT_HEADS:
        return run[-1].capitalised and all(t.capitalised or t.cls == SRC for t in run)
    return bool(heads & _PRIZE_HEADS) and len(run) <= _PRIZE_TAIL_WORDS + 1 and all(
        t.cls != EN and not t.capitalised for t in run)


#: an author's possessive right before the quotation mark that opens a work's title (``Calderón's “El alcalde…”``)
_AUTHOR_POSSESSIVE = re.compile(r"(?<![\w-])[A-Z][\w-]*['\N{RIGHT SINGLE QUOTATION MARK}]s[ \t]+\Z")
#: the most words of a work's title in quotation marks after its author's possessive
_TITLE_WORDS = 8


def _title_after_author(text: str, start: int, end: int) -> bool:
    """Is the quoted ``text[start:end]`` a work's title after its author's possessive (``a version of Calderón's
    “El alcalde de Zalamea”``)? English keeps a play's or a book's title as its author wrote it. The title opens on
    a capital and holds no clause's punctuation, unlike a sentence quoted from a speech."""
    inner = text[start:end]
    return (start > 0 and text[start - 1] not in "[(" and inner[:1].isupper() and len(inner.split()) <= _TITLE_WORDS
            and not re.search(r"[,.;:!?]", inner) and _AUTHOR_POSSESSIVE.search(text, max(0, start - 41), start - 1)
            is not None)


def language_name(code: str) -> str:
    """``fr`` → ``French``; unknown codes are shown as they are."""
    return LANGUAGE_NAMES.get(code, code)


def script_of(char: str) -> str:
    """The script of a letter (``CYRILLIC``, ``ARABIC``, ``CJK``...), from its Unicode name."""
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else ""


def script_runs(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Runs of letters of a non-Latin script (spaces and hyphens inside), with two letters in a row."""
    found: list[tuple[int, int, str]] = []
    index = start
    while index < end:
        # ASCII letters are Latin: only a character past ASCII can start a run
        jump = _NON_ASCII.search(text, index, end)
        if jump is None:
            break
        index = jump.start()
        char = text[index]
        script = script_of(char) if char.isalpha() else ""
        if not script or script in _LETTER_SCRIPTS_OK:
            index += 1
            continue
        cursor, last, longest, streak = index, index, 0, 0
        while cursor < end:
            here = text[cursor]
            if here.isalpha() and script_of(here) == script:
                last, streak = cursor, streak + 1
                longest = max(longest, streak)
            elif here in " -\N{NO-BREAK SPACE}" or (not here.isalpha() and not here.isspace() and script == "CJK"
                                                    and unicodedata.category(here).startswith("M")):
                streak = 0
            else:
                break
            cursor += 1
        if longest >= 2:
            found.append((index, last + 1, script))
        index = cursor if cursor > index else index + 1
    return found

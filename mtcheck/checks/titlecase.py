"""The title-case-quote check: a quotation capitalised like a title when it is not one.

MT engines often render a French quotation (« des accusations sans fondement »)
as ``“Totally Baseless Accusations”``. Real titles are also quoted in Title Case, so the
check looks for what makes a quotation a title or a name (a cue such as
``novel`` or ``titled`` before it, ``by`` or ``trilogy`` after it, headline
capitalisation of small words, a name repeated elsewhere) and stays silent then.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from ..model import Finding, Scope, Severity
from .base import Check, CheckContext, Example
from .language_lexicon import load_lexicon
from .quotes import SMALL_WORDS, WORD, Quotation, is_headline, scanned_paragraphs, words_before

#: nouns that announce the title of a work or the name of a thing among the words before it
TITLE_NOUNS = frozenset(
    """film films movie movies book books song songs album albums novel novels series show shows
    single track tracks documentary documentaries play plays poem poems opera musical essay column
    article articles report podcast episode game magazine newspaper hit anthem painting exhibition
    campaign slogan motto hashtag program programme operation sitcom drama thriller memoir biography
    collection sculpture ballet headline manifesto brand role author creator director writer host
    comedy comedies satire miniseries docuseries cartoon sitcoms dramas thrillers horror western romcom
    copies copy bestseller bestsellers classic classics
    presenter producer composer editor star stars premiere remake sequel edition issue volume
    chapter words title""".split()
)
#: words that introduce a title or a name when the quotation follows them directly
NAMING_WORDS = frozenset("titled entitled called named dubbed nicknamed subtitled headlined billed so-called".split())
#: words right before a quotation that name a thing in passing, where ``titled`` names a work
_CALLING = frozenset("called named dubbed nicknamed so-called".split())
#: nouns that name a thing in passing (a campaign, a slogan, a project), where ``film`` or ``book`` names a work
_PASSING_NAMES = frozenset("campaign slogan motto hashtag program programme operation brand manifesto title name "
                           "project plan initiative scheme petition motion resolution banner placard words".split())
#: two-word cues ending right before the quotation (``known as “…”``, ``referred to as “…”``)
NAMING_PHRASES = frozenset({("known", "as"), ("to", "as"), ("billed", "as"), ("styled", "as")})
#: a possessive before the quotation makes it a name or a work (``Shakespeare’s “…”``)
POSSESSIVES = frozenset("his her their its our my your".split())
_POSSESSIVE = re.compile(r"(?:['\N{RIGHT SINGLE QUOTATION MARK}]s|s['\N{RIGHT SINGLE QUOTATION MARK}])$")
#: words right after a quotation that show it named a work or a thing (``“Hello” by Adele``)
TITLE_FOLLOWERS = frozenset(
    """by trilogy saga franchise series season episode sequel prequel album film movie song single
    novel book tour soundtrack cast premiere remake plan act bill law program programme initiative
    agenda doctrine policy movement party operation summit slogan motto hashtag brand label project
    strategy deal agreement accord treaty coalition rally festival award prize conference podcast
    show exhibition campaign almanac""".split()
)
_YEAR_AFTER = re.compile(r"\s*\([^()]{0,40}\b\d{4}\b[^()]{0,20}\)")
#: adverb, participle and gerund endings: a quotation with one reads as a phrase, not a name
_PHRASE_SUFFIX = re.compile(r"\w{3,}(?:ly|ed|ing)$")
#: common names and nouns with those endings, which do not make a phrase
_NOT_PHRASE_WORDS = frozenset(
    """daily weekly monthly yearly quarterly family italy july early only holy lily sally kelly billy
    molly emily ally rally assembly supply reply united mohammed ahmed hundred sacred naked wicked
    beloved blessed king beijing spring wing ring thing nothing something anything everything
    morning evening building wedding ceiling pudding darling sterling viking reading during
    string""".split()
)
#: verbs that judge or label something; "VERB … as “Quotation”" quotes a judgement, not a title
CHARACTERISING_VERBS = frozenset(
    """described describes describe describing qualified qualifies qualify denounced denounces denounce
    dismissed dismisses dismiss labelled labeled labels label branded brands brand characterised characterized
    characterises characterizes condemned condemns criticised criticized slammed hailed hails welcomed
    welcomes presented presents portrayed portrays""".split()
)
#: ``“The Magic Mountain”, a novel he…``: an apposition that names what the quotation is
#: ``what she called “…”``: a characterisation, not the name of a work
_WHAT_CALLED = re.compile(r"\bwhat\s+(?:\w+\s+){0,2}call(?:ed|s)\s*\Z"
                          # or what someone called a thing: ``called the show “A Love Letter To The Light…”``, ``called this year's fair “…”``,
                          # ``called the idea of a school without books “…”``
                          # (in the present too: ``the curator calls the exhibition “A Window On Our Own History”``)
                          r"|\b(?:called|calls|call|dubbed|dubs|hailed|hails|branded|brands|labelled|labeled|labels|described|describes)"
                          r"\s+(?:the|it|this|her|his|their|its)"
                          r"(?:\s+[\w'\N{RIGHT SINGLE QUOTATION MARK}-]+){0,2}(?:\s+of(?:\s+[\w'\N{RIGHT SINGLE QUOTATION MARK}-]+){1,5})?\s+(?:as\s+)?\Z"
                          # or what someone spoke of: ``owners spoke of “A Week Of Record Figures”``
                          r"|\b(?:spoke|speaks|speak|speaking|talked|talks|talk|talking)\s+(?:of|about)\s*\Z"
                          # or someone's own words: ``a team that was, in her words, “Tired But Determined…”``
                          r"|\bin\s+(?:his|her|their|its|the\s+[\w-]+['\N{RIGHT SINGLE QUOTATION MARK}]s|[A-Z][\w-]*['\N{RIGHT SINGLE QUOTATION MARK}]s)"
                          r"\s+(?:own\s+)?words\s*,?\s*\Z")
#: capitalised small words (``For``, ``The``, ``Of``) that no English title has, whatever cue names it a title
NO_TITLE_SMALL_WORDS = 3
#: a copula right before the quotation: the quotation says what something is (``the role was “The Greatest
#: Honour Of My Whole Life”``), a characterisation rather than the title of a work
_COPULA_BEFORE = re.compile(r"\b(?:was|is|were|are|been|be)\s*\Z")
#: words of a clause or a slogan, never of a name: ``“Not One Day More”`` is a phrase in Title Case
_CLAUSE_WORDS = frozenset("not no never more less than again enough too very all every yes".split())
#: pronouns and auxiliaries that make a named thing's words a sentence (``with the words “The Hardest Season Our
#: Volunteers Have Ever Known”``, ``“Your Village, Your Eyes, Your Phone Call”``, a relative clause as in
#: ``the slogan “A Valley That Feeds Everyone”``): counted as capitalised small
#: words where the quotation is named in passing, as a slogan's or a banner's words
_SENTENCE_WORDS = frozenset("your our their my we you have has had ever will would can could must should "
                            "that which who".split())
#: an elided article or particle that opens a name (``L'Aquila``, ``D'Annunzio``, ``O'Brien``)
_ELIDED_ARTICLE = re.compile("^[LDO]['\N{RIGHT SINGLE QUOTATION MARK}](?=[A-Z])")
_APPOSITION = re.compile(r"\s*,\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?([\w-]+)")
#: the reasons of :meth:`TitleCaseQuote._title_cue` that name a title or a work
_CUED = ("named by", "a title noun", "a year after", "small words in lowercase", "'")
#: what may stand between two quoted titles of one list (``“A” and “B”``, ``“A”, “B”``)
_RUNS = re.compile(r"\S+|\s+")
_LIST_GAP = re.compile(r"\s*(?:[,;]\s*)?(?:(?:and|or)\s+)?")


#: the end of a quotation's opening clause
_CLAUSE_END = re.compile(r"[,;:] ")
#: words an opening clause in Title Case needs (with a capitalised small word) to be judged alone: a name
#: or a title that opens a quoted sentence is shorter
HEAD_WORDS = 5


@dataclass(frozen=True)
class _Verdict:
    """Why a Title Case quotation is reported or not."""

    flagged: bool
    reason: str


class TitleCaseQuote(Check):
    """Quotation written in Title Case although it is not a title.

    What it does:
    Finds a quotation of two or more words whose every content word is
    capitalised (``“Totally Baseless Accusations”``, ``“The Sanctions Will Fail”``)
    when nothing shows it is a title or a name. It stays silent after title
    cues (``film``, ``book``, ``song``, ``novel``, ``series``, ``titled``,
    ``called``, ``named``…), before ``by``/``trilogy``/``(1997)``, after
    ``the``, ``in`` or a possessive (``the “Iron Curtain”``, ``in “The Heiress”``,
    ``Shakespeare’s “…”``), inside parentheses, when small words are
    lowercase as in a real title (``“The Lord of the Rings”``), for names (no
    function word and no ``-ly``/``-ed``/``-ing`` word, or the phrase appears
    elsewhere unquoted), when fewer than two capitalised words are common
    English words (``“Facebook for Palestinians”``: names keep their capitals
    anywhere), for acronyms, and in headlines.

    Why it matters:
    MT engines capitalise quotations they take for titles; in a news story the
    result reads as a shouted slogan and hides that a quotation was translated.

    Example:
    ``He denied this “Completely Invented Story”.`` should read ``He denied
    this “completely invented story”.``

    Options:
    ``min-words`` (default 2): shortest quotation, in words, that is judged.
    ``extra-title-nouns`` (default none): more nouns that announce a title
    (``["webcomic", "zine"]``).

    A paragraph that quotes one work by a cue (``copies of “The Count of Monte
    Cristo”``, ``“The Magic Mountain”, a novel``) quotes its other Title Case
    phrases as works too (``ask for “A Moveable Feast”``).

    Known false positives:
    Titles and slogans quoted with no cue around them and with every small
    word capitalised (``“Gone With The Wind”`` on its own), or introduced by
    a verb (``staging “A Danse Macabre”``). Missed: a Title Case quotation in
    a paragraph that also quotes a real title.
    """

    code = "QT104"
    name = "title-case-quote"
    severity = Severity.WARNING
    scope = Scope.DOCUMENT

    @dataclass(frozen=True)
    class Options:
        """Options of title-case-quote."""

        min_words: int = 2
        extra_title_nouns: tuple[str, ...] = ()

    examples = (
        Example("The ministry dismissed the claims as ⟦“Totally Baseless Accusations”⟧ on Tuesday.", True),
        Example("⟦“The Sanctions Will Fail Again”⟧, the spokesman said.", True),
        Example("The hospital manager was blunt. ⟦“We Are Doing Everything We Can To Hire New Doctors, but we cannot "
                "invent them,”⟧ he said.", True),
        Example("Tolkien's novel “The Lord of the Rings” sold millions of copies.", False),
        Example("She moved to “New York” in 1990.", False),
        Example("The app has been described as “Facebook for Palestinians.”", False),
        Example("Each delivery takes longer. ⟦“We Cannot Wait Until 2028 For A Solution,”⟧ she said.", True),
        Example("Families cannot afford books. ⟦“The Library Is The Heart Of This Village,”⟧ he said.", True),
        Example("The ministry dismissed the claims as “totally baseless accusations” on Tuesday.", False),
    )

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        text = ctx.text
        for paragraph, scan in scanned_paragraphs(text):
            if is_headline(paragraph):
                continue
            previous: tuple[Quotation, _Verdict] | None = None
            judged = [(q, self._judge_with_head(text, q, paragraph.start, paragraph.end)) for q in scan.quotations]
            # a paragraph that quotes a work by its title ("copies of “The Count of Monte Cristo”")
            # quotes the others it names in Title Case as works too ("ask for “A Moveable Feast”")
            works = any(v is not None and v.reason.startswith(_CUED) for _, v in judged)
            for quotation, verdict in judged:
                if verdict is None:
                    previous = None
                    continue
                if verdict.flagged and previous is not None and not previous[1].flagged and _LIST_GAP.fullmatch(
                    text, previous[0].close + 1, quotation.open
                ):
                    verdict = _Verdict(False, "listed with a quoted title")
                elif verdict.flagged and works:
                    verdict = _Verdict(False, "the paragraph quotes works by their titles")
                previous = (quotation, verdict)
                if not verdict.flagged:
                    continue
                start, end = quotation.open, quotation.close + 1
                inner = text[quotation.inner[0]:quotation.inner[1]]
                yield self.finding(
                    ctx, start, end,
                    f"Quotation in Title Case but not a title: '{text[start:end]}'; "
                    "write it in sentence case",
                    confidence=0.85 if len(WORD.findall(inner)) > 2 else 0.7,
                    suggestion=text[start] + _sentence_case(inner) + text[end - 1],
                    evidence={"reason": verdict.reason},
                )

    def _judge_with_head(self, text: str, quotation: Quotation, floor: int, ceiling: int) -> _Verdict | None:
        """:meth:`_judge` of the quotation, or of its opening clause when only that is in Title Case
        (``“We Are Doing Everything We Can To Hire New Doctors, but we cannot invent them”``)."""
        verdict = self._judge(text, quotation, floor, ceiling)
        if verdict is not None:
            return verdict
        inner = text[quotation.inner[0]:quotation.inner[1]]
        head = _CLAUSE_END.search(inner)
        if head is None or not inner[head.end():].lstrip()[:1].islower():
            return None
        words = WORD.findall(inner[:head.start()])
        if len(words) < HEAD_WORDS or not any(w[0].isupper() and w.lower() in SMALL_WORDS for w in words[1:]):
            return None
        verdict = self._judge(text, Quotation(quotation.open, quotation.open + 1 + head.start(), quotation.straight),
                              floor, ceiling)
        if verdict is None or not verdict.flagged:
            return verdict
        return _Verdict(True, "its opening clause is in Title Case, the rest in sentence case")

    def _judge(self, text: str, quotation: Quotation, floor: int, ceiling: int) -> _Verdict | None:
        """None when the quotation is not in Title Case, else whether to report it and why."""
        inner = text[quotation.inner[0]:quotation.inner[1]]
        words = [w.rstrip(".") for w in WORD.findall(inner)]
        # a year or a count among the words is no symbol (``“We Cannot Wait Until 2028 For A Solution”``)
        # (``“A Disgrace For A Region Of 400,000 People”``: thousands written with a separator are a count too)
        tokens = [t for t in inner.split() if not t.strip(",.;:!?").replace(",", "").replace(".", "").isdigit()]
        if len(words) < self.options.min_words or len(words) != len(tokens):
            return None  # too short, or holds symbols: not a plain phrase
        content = [w for i, w in enumerate(words) if i == 0 or w.lower() not in SMALL_WORDS]
        if len(content) < 2 or not all(w[0].isupper() for w in content):
            return None
        # ``McDonald``, ``iPhone``, ``NATO``; a hyphenated word in Title Case (``Know-How``) is none of them, nor a
        # name after an elided article (``L'Aquila``, ``D'Annunzio``)
        if any(sum(c.isupper() for c in _ELIDED_ARTICLE.sub("", part)) > 1 for w in words for part in w.split("-")):
            return _Verdict(False, "holds an acronym or a name with inner capitals")
        english = load_lexicon().english
        if sum(_POSSESSIVE.sub("", w.lower()) in english for w in content) < 2:
            # ``“Facebook for Palestinians”``: the capitals are those of names, which any sentence keeps
            return _Verdict(False, "its capitalised words are names, not Title Case")
        small_inside = [w for w in words[1:] if w.lower() in SMALL_WORDS]
        judged = _judgement(text, quotation, floor)
        if any(w.islower() for w in small_inside) and not judged:
            return _Verdict(False, "small words in lowercase, as in a title")
        cue = self._title_cue(text, quotation, floor, ceiling)
        characterised = (judged or _WHAT_CALLED.search(text, max(floor, quotation.open - 60), quotation.open)
                         or _COPULA_BEFORE.search(text, max(floor, quotation.open - 12), quotation.open))
        # the thing may be named a few words back (``the slogan chosen for this edition, “Metz Is The Capital…”``)
        before = [w.lower() for w in words_before(text, quotation.open, 6, floor)]
        named_in_passing = bool(before) and (before[-1] in _CALLING or not _PASSING_NAMES.isdisjoint(before))
        # and words no name holds, of a clause or a slogan (``“A Fight That Every Family Must Join”``)
        capital_small = [w for w in small_inside if w[0].isupper()] + [
            w for w in words[1:] if w.lower() in _CLAUSE_WORDS and w[0].isupper()]
        if named_in_passing or characterised:
            # ``described the edition as “The Most Beautiful Festival We Have Ever Organised”``: a judgement in words
            # of a sentence, whatever title noun stands before it
            capital_small += [w for w in words[1:] if w.lower() in _SENTENCE_WORDS and w[0].isupper()]
        if capital_small and (characterised or cue.startswith("a named thing") or len(capital_small) >= NO_TITLE_SMALL_WORDS
                              or (named_in_passing and len(capital_small) >= (1 if len(words) >= 5 else 2))):
            # no English title capitalises "of", "to" or "an": ``speaks of the “End Of An Era”``, ``what she
            # called “A Return To The Origins”`` (a characterisation), ``a campaign called “Every Minute Counts
            # In The Emergency Room”``, ``the slogan “A Treasure To Protect Together”`` (small words
            # capitalised in the name of a thing, not of a work: two, or one in five words or more); a work named by ``titled``
            # or by its author keeps its cue (``“Running Up That Hill” by Kate Bush``) unless three small words or more are
            # capitalised, as no English title writes them (``a strategy titled “Green Port For The Mediterranean Of
            # Tomorrow”``)
            cue = ""
        if cue:
            return _Verdict(False, cue)
        # "The" may open a short name or title (``“The Slopes”``), never another small word
        plain_start = words[0].lower() not in SMALL_WORDS or (words[0] == "The" and len(words) <= 3)
        # a pronoun or an auxiliary inside makes it a sentence, not a name (``“Save Our Village School”``)
        if not small_inside and plain_start and len(words) <= 4 and not any(
            (_PHRASE_SUFFIX.fullmatch(w.lower()) and w.lower() not in _NOT_PHRASE_WORDS) or w.lower() in _CLAUSE_WORDS
            for w in words
        ) and not any(w.lower() in _SENTENCE_WORDS for w in words[1:]):
            return _Verdict(False, "looks like a name (nouns only)")
        if _elsewhere(text, inner, quotation):
            return _Verdict(False, "the phrase appears unquoted elsewhere: a name")
        reasons = "every content word capitalised"
        if words[0].lower() in SMALL_WORDS:
            reasons += f", starts with a capitalised '{words[0]}'"
        return _Verdict(True, reasons + ", no title cue around it")

    def _title_cue(self, text: str, quotation: Quotation, floor: int, ceiling: int) -> str:
        """Why the words around the quotation make it a title or a name; empty when nothing does."""
        # only the quotation's own sentence counts (``…cannot afford books. “The Library Is…”``)
        ends = [text.rfind(end, floor, quotation.open) for end in (". ", "! ", "? ")]
        floor = max([floor] + [found + 2 for found in ends if found >= 0])
        raw = words_before(text, quotation.open, 4, floor)
        before = [w.lower().rstrip(".") for w in raw]
        lead = text[max(floor, quotation.open - 60):quotation.open]
        if lead.rstrip(" ").endswith("("):
            return "in parentheses: an alias or a work"
        adjacent = bool(raw) and lead.rstrip(" ").endswith(raw[-1])
        nouns = TITLE_NOUNS | {n.lower() for n in self.options.extra_title_nouns}
        last = before[-1] if before else ""
        if last in NAMING_WORDS or (last in {"simply", "just"} and len(before) > 1 and before[-2] in NAMING_WORDS):
            return f"named by '{last}' before it"
        if tuple(before[-2:]) in NAMING_PHRASES:
            return f"named by '{' '.join(before[-2:])}' before it"
        if any(w in nouns for w in before[-3:]):
            return "a title noun before it"
        if adjacent and (last in {"the", "in"} or last in POSSESSIVES or _POSSESSIVE.search(last)):
            return f"a named thing or work ('{last}' before it)"
        after = WORD.match(text, quotation.close + 1 + _spaces(text, quotation.close + 1, ceiling), ceiling)
        if _YEAR_AFTER.match(text, quotation.close + 1, ceiling):
            return "a year after it"
        if after is not None and after.group(0).lower().rstrip(".") in TITLE_FOLLOWERS:
            return f"'{after.group(0)}' after it"
        apposition = _APPOSITION.match(text, quotation.close + 1, ceiling)
        if apposition is not None and apposition.group(1).lower() in nouns:
            return f"a title noun after it ('{apposition.group(0).strip(', ')}')"
        return ""


def _judgement(text: str, quotation: Quotation, floor: int) -> bool:
    """``described the decision as “…”``: the quotation is what someone called a thing, so
    lowercase small words do not make it a title."""
    before = [w.lower() for w in words_before(text, quotation.open, 6, floor)]
    return len(before) >= 2 and before[-1] == "as" and any(w in CHARACTERISING_VERBS for w in before[:-1])


def _spaces(text: str, pos: int, ceiling: int) -> int:
    """How many white-space characters start at ``pos``."""
    count = 0
    while pos + count < ceiling and text[pos + count].isspace():
        count += 1
    return count


def _elsewhere(text: str, inner: str, quotation: Quotation) -> bool:
    """True when ``inner`` occurs in the document outside this quotation, unquoted."""
    phrase = " ".join(inner.split())
    found = text.find(phrase)
    while found >= 0:
        if not quotation.open <= found < quotation.close:
            left = text[found - 1] if found else " "
            if not left.isalnum() and left not in "\N{LEFT DOUBLE QUOTATION MARK}\"":
                return True
        found = text.find(phrase, found + len(phrase))
    return False


def _sentence_case(inner: str) -> str:
    """``inner`` with every word after the first in lowercase (words with inner capitals kept)."""
    out = []
    for i, match in enumerate(_RUNS.finditer(inner)):
        token = match.group(0)
        keep = i == 0 or token.isspace() or sum(c.isupper() for c in token) > 1
        out.append(token if keep else token.lower())
    return "".join(out)

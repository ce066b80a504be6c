"""The title-case-quote check: a quotation capitalised like a title when it is not one.

MT engines often render a French quotation (« une rumeur nouvellement créée »)
as ``“Newly Created Rumor”``. Real titles are also quoted in Title Case, so the
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
from .quotes import SMALL_WORDS, WORD, Quotation, is_headline, scanned_paragraphs, words_before

#: nouns that announce the title of a work or the name of a thing right after them
TITLE_NOUNS = frozenset(
    """film films movie movies book books song songs album albums novel novels series show shows
    single track tracks documentary documentaries play plays poem poems opera musical essay column
    article articles report podcast episode game magazine newspaper hit anthem painting exhibition
    campaign slogan motto hashtag program programme operation sitcom drama thriller memoir
    biography collection painting sculpture ballet headline manifesto brand""".split()
)
#: verbs that introduce a title or a name when the quotation follows them directly
NAMING_VERBS = frozenset("titled entitled called named dubbed nicknamed subtitled headlined billed".split())
#: words right after a quotation that show it named a work or a thing (``“Hello” by Adele``)
TITLE_FOLLOWERS = frozenset(
    """by trilogy saga franchise series season episode sequel prequel album film movie song single
    novel book tour soundtrack cast premiere remake plan act bill law program programme initiative
    agenda doctrine policy movement party operation summit slogan motto hashtag brand label project
    strategy deal agreement accord treaty coalition rally festival award prize conference podcast
    show exhibition campaign""".split()
)
_YEAR_AFTER = re.compile(r"\s*\((?:\d{4}|[^()]{0,40}\d{4})\)")
_SUFFIX_OF_NON_NAME = re.compile(r"(?:ly|ed|ing)$")


@dataclass(frozen=True)
class _Verdict:
    """Why a Title Case quotation is reported or not."""

    flagged: bool
    reason: str


class TitleCaseQuote(Check):
    """Quotation written in Title Case although it is not a title.

    What it does:
    Finds a quotation of two or more words whose every content word is
    capitalised (``“Newly Created Rumor”``, ``“The Red Line Still Crosses”``)
    when nothing shows it is a title or a name. It stays silent after title
    cues (``film``, ``book``, ``song``, ``novel``, ``series``, ``titled``,
    ``called``, ``named``…), before ``by``/``trilogy``/``(1997)``, after
    ``the`` (a named thing: ``the “Iron Curtain”``), when small words are
    lowercase as in a real title (``“The Lord of the Rings”``), for names (no
    function word and no ``-ly``/``-ed``/``-ing`` word, or the phrase appears
    elsewhere unquoted), for acronyms, and in headlines.

    Why it matters:
    MT engines capitalise quotations they take for titles; in a news story the
    result reads as a shouted slogan and hides that a quotation was translated.

    Example:
    ``He denied this “Newly Created Rumor”.`` should read ``He denied this
    “newly created rumor”.``

    Options:
    ``min-words`` (default 2): shortest quotation, in words, that is judged.
    ``extra-title-nouns`` (default none): more nouns that announce a title
    (``["webcomic", "zine"]``).

    Known false positives:
    Titles and slogans quoted with no cue around them and with every small
    word capitalised (``“Gone With The Wind”`` on its own).
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
        Example("Tolkien's novel “The Lord of the Rings” sold millions of copies.", False),
        Example("She moved to “New York” in 1990.", False),
        Example("The ministry dismissed the claims as “totally baseless accusations” on Tuesday.", False),
    )

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        text = ctx.text
        for paragraph, scan in scanned_paragraphs(text):
            if is_headline(paragraph):
                continue
            for quotation in scan.quotations:
                verdict = self._judge(text, quotation, paragraph.start, paragraph.end)
                if verdict is None or not verdict.flagged:
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

    def _judge(self, text: str, quotation: Quotation, floor: int, ceiling: int) -> _Verdict | None:
        """None when the quotation is not in Title Case, else whether to report it and why."""
        inner = text[quotation.inner[0]:quotation.inner[1]]
        words = WORD.findall(inner)
        if len(words) < self.options.min_words or len(words) != len(inner.split()):
            return None  # too short, or holds numbers or symbols: not a plain phrase
        content = [w for i, w in enumerate(words) if i == 0 or w.lower() not in SMALL_WORDS]
        if len(content) < 2 or not all(w[0].isupper() for w in content):
            return None
        if any(sum(c.isupper() for c in w) > 1 for w in words):
            return _Verdict(False, "holds an acronym or a name with inner capitals")
        small_inside = [w for w in words[1:] if w.lower() in SMALL_WORDS]
        if small_inside and all(w.islower() for w in small_inside):
            return _Verdict(False, "small words lowercase as in a title")
        before = [w.lower() for w in words_before(text, quotation.open, 4, floor)]
        gap = text[max(floor, quotation.open - 3):quotation.open]
        nouns = TITLE_NOUNS | {n.lower() for n in self.options.extra_title_nouns}
        if before and (before[-1] in NAMING_VERBS or (before[-1] in {"simply", "just"} and before[-2:-1]
                                                       and before[-2] in NAMING_VERBS)):
            return _Verdict(False, f"named by '{before[-1]}' before it")
        if any(w.strip(".,") in nouns for w in before[-3:]):
            return _Verdict(False, "a title noun before it")
        if before and before[-1] == "the" and gap.endswith(" "):
            return _Verdict(False, "a named thing ('the' before it)")
        after = WORD.match(text, quotation.close + 1 + _spaces(text, quotation.close + 1, ceiling), ceiling)
        if _YEAR_AFTER.match(text, quotation.close + 1, ceiling) or (
            after is not None and after.group(0).lower() in TITLE_FOLLOWERS
        ):
            return _Verdict(False, "a title word after it")
        if not small_inside and words[0].lower() not in SMALL_WORDS and len(words) <= 4 and not any(
            _SUFFIX_OF_NON_NAME.search(w.lower()) for w in words
        ):
            return _Verdict(False, "looks like a name")
        if _elsewhere(text, inner, quotation):
            return _Verdict(False, "the phrase appears unquoted elsewhere: a name")
        reasons = "every content word capitalised"
        if not small_inside and words[0].lower() in SMALL_WORDS:
            reasons += f", starts with a capitalised '{words[0]}'"
        return _Verdict(True, reasons + ", no title cue around it")


def _spaces(text: str, pos: int, ceiling: int) -> int:
    count = 0
    while pos + count < ceiling and text[pos + count].isspace():
        count += 1
    return count


def _elsewhere(text: str, inner: str, quotation: Quotation) -> bool:
    """True when ``inner`` occurs in the document outside this quotation, unquoted."""
    phrase = " ".join(inner.split())
    for match in re.finditer(re.escape(phrase), text):
        if quotation.open <= match.start() < quotation.close:
            continue
        left = text[match.start() - 1] if match.start() else " "
        if not left.isalnum() and left not in "\N{LEFT DOUBLE QUOTATION MARK}\"":
            return True
    return False


def _sentence_case(inner: str) -> str:
    """``inner`` with every word after the first in lowercase (words with inner capitals kept)."""
    out = []
    for i, match in enumerate(re.finditer(r"\S+|\s+", inner)):
        token = match.group(0)
        keep = i == 0 or token.isspace() or sum(c.isupper() for c in token) > 1
        out.append(token if keep else token.lower())
    return "".join(out)

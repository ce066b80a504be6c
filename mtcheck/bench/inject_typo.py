"""Injectors for quotation, typography and encoding artifacts.

Same contract as ``inject``: plant one artifact with its label and return
True, or return False when the article offers no place for it.
"""

from __future__ import annotations

import re

from .corpus import mark
from .draft import APOSTROPHE, LEFT_QUOTE, RIGHT_QUOTE, Context, Draft, excuse, quote_pairs

NBSP = "\N{NO-BREAK SPACE}"
NARROW_NBSP = "\N{NARROW NO-BREAK SPACE}"
LEFT_GUILLEMET = "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
RIGHT_GUILLEMET = "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
#: words a headline-style Title Case leaves in lower case
SMALL_WORDS = frozenset("a an and as at but by for in of on or the to with".split())


def _choose(ctx: Context, candidates: list) -> tuple | None:
    return ctx.rng.choice(candidates) if candidates else None


def _quotes_in_free(draft: Draft, min_words: int = 1) -> list[tuple[int, int, re.Match]]:
    return [(li, si, m) for li, si, s in draft.free() for m in quote_pairs(draft, s, min_words)]


def _edit(draft: Draft, li: int, si: int, start: int, end: int, replacement: str) -> None:
    sentence = draft.lines[li][si]
    draft.set(li, si, sentence[:start] + replacement + sentence[end:])


def glued_quote_before(draft: Draft, ctx: Context) -> bool:
    """The space before an opening quote lost: ``called it“a disaster”``."""
    left, _ = draft.quotes
    pattern = re.compile(rf"(\w+) {re.escape(left)}(\w+)")
    found = _choose(ctx, [(li, si, m) for li, si, s in draft.free() for m in pattern.finditer(s)])
    if not found:
        return False
    li, si, m = found
    _edit(draft, li, si, m.start(), m.end(), mark("glued-quote", f"{m[1]}{left}{m[2]}", variant="before"))
    return True


def glued_quote_after(draft: Draft, ctx: Context) -> bool:
    """The space after a closing quote lost: ``“a disaster”and``."""
    _, right = draft.quotes
    pattern = re.compile(rf"(\w+){re.escape(right)} ([a-z]\w*)")
    found = _choose(ctx, [(li, si, m) for li, si, s in draft.free() for m in pattern.finditer(s)])
    if not found:
        return False
    li, si, m = found
    _edit(draft, li, si, m.start(), m.end(), mark("glued-quote", f"{m[1]}{right}{m[2]}", variant="after"))
    return True


def capital_after_quote(draft: Draft, ctx: Context) -> bool:
    """A lower-case word after a closing quote capitalised, as if a sentence began."""
    _, right = draft.quotes
    pattern = re.compile(rf"{re.escape(right)} ([a-z]\w*)")
    found = _choose(ctx, [(li, si, m) for li, si, s in draft.free() for m in pattern.finditer(s)])
    if not found:
        return False
    li, si, m = found
    word = m[1][0].upper() + m[1][1:]
    _edit(draft, li, si, m.start(), m.end(), mark("capital-after-quote", f"{right} {word}", variant="word"))
    return True


def unbalanced_missing_close(draft: Draft, ctx: Context) -> bool:
    """A quotation whose closing quote is lost."""
    found = _choose(ctx, _quotes_in_free(draft, 2))
    if not found:
        return False
    li, si, m = found
    sentence = draft.lines[li][si]
    left, _ = draft.quotes
    draft.set(li, si, sentence[: m.start()] + mark("unbalanced-quotes", left + m[1] + sentence[m.end():],
                                                  variant="missing-close"))
    return True


def unbalanced_missing_open(draft: Draft, ctx: Context) -> bool:
    """A quotation whose opening quote is lost."""
    found = _choose(ctx, _quotes_in_free(draft, 2))
    if not found:
        return False
    li, si, m = found
    _, right = draft.quotes
    _edit(draft, li, si, m.start(), m.end(), mark("unbalanced-quotes", m[1] + right, variant="missing-open"))
    return True


def _title_case(text: str, every_word: bool) -> str:
    words = text.split(" ")
    out = []
    for index, word in enumerate(words):
        bare = word.strip(",.;:!?").lower()
        if index and not every_word and bare in SMALL_WORDS:
            out.append(word)
        else:
            out.append(word[:1].upper() + word[1:])
    return " ".join(out)


def title_case_quote(draft: Draft, ctx: Context) -> bool:
    """A quoted phrase that is not a title rendered in Title Case."""
    # a quotation with two lower-case content words is prose, not a title already in Title Case
    candidates = [(li, si, m) for li, si, m in _quotes_in_free(draft, 3)
                  if sum(w[:1].islower() and w.strip(",.;:!?") not in SMALL_WORDS for w in m[1].split()) >= 2]
    found = _choose(ctx, candidates)
    if not found:
        return False
    li, si, m = found
    left, right = draft.quotes
    # machine translation mostly capitalises every word ("A Historic Turning Point"); some outputs use headline style
    cased = _title_case(m[1], every_word=ctx.rng.random() < 0.7)
    _edit(draft, li, si, m.start(), m.end(), mark("title-case-quote", left + cased + right, variant="quote"))
    return True


def quote_punctuation(draft: Draft, ctx: Context) -> bool:
    """A comma or full stop moved outside the closing quote (wrong in US style)."""
    if draft.style != "us":
        return False
    _, right = draft.quotes
    pattern = re.compile(rf"([,.]){re.escape(right)}(?=\s|$)")
    found = _choose(ctx, [(li, si, m) for li, si, s in draft.free() for m in pattern.finditer(s)])
    if not found:
        return False
    li, si, m = found
    variant = "comma" if m[1] == "," else "full-stop"
    _edit(draft, li, si, m.start(), m.end(), mark("quote-punctuation", right + m[1], variant=variant))
    return True


def guillemets(draft: Draft, ctx: Context) -> bool:
    """French quotation marks « » kept in English text."""
    found = _choose(ctx, _quotes_in_free(draft, 1))
    if not found:
        return False
    li, si, m = found
    pad = ctx.rng.choice([NBSP, " ", NARROW_NBSP, ""])
    quoted = f"{LEFT_GUILLEMET}{pad}{m[1]}{pad}{RIGHT_GUILLEMET}"
    _edit(draft, li, si, m.start(), m.end(), mark("source-typography", quoted, variant="guillemets"))
    return True


def space_before_punctuation(draft: Draft, ctx: Context) -> bool:
    """A space before ``: ; ? !`` as French typography puts it."""
    colon = re.compile(r"(?<=\w)([:;?!])(?=\s|$)")
    listing = re.compile(r", (?=(?:including|such as) )")
    candidates = [(li, si, m, m[1]) for li, si, s in draft.free(heading=True) for m in colon.finditer(s)]
    candidates += [(li, si, m, ":") for li, si, s in draft.free() for m in listing.finditer(s)]
    found = _choose(ctx, candidates)
    if not found:
        return False
    li, si, m, punctuation = found
    space = ctx.rng.choice([" ", NBSP, NARROW_NBSP])
    tail = " " if m[0].startswith(",") else ""
    _edit(draft, li, si, m.start(), m.end(),
          mark("source-typography", space + punctuation, variant="space-before") + tail)
    return True


def decimal_comma(draft: Draft, ctx: Context) -> bool:
    """A decimal comma in an English number (``2,4 per cent``)."""
    pattern = re.compile(r"(?<![\d.,])(\d+)\.(\d+)(?![\d.,]\d)")
    found = _choose(ctx, [(li, si, m) for li, si, s in draft.free() for m in pattern.finditer(s)])
    if not found:
        return False
    li, si, m = found
    _edit(draft, li, si, m.start(), m.end(), mark("source-typography", f"{m[1]},{m[2]}", variant="decimal-comma"))
    return True


def _garble(char: str) -> str:
    """``char`` as UTF-8 bytes misread as Windows-1252 (Latin-1 for bytes 1252 leaves undefined)."""
    out = []
    for byte in char.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


def mojibake_encoding(draft: Draft, ctx: Context) -> bool:
    """A word whose accented letters or curly quotes were decoded with the wrong code page."""
    pattern = re.compile(r"\S*[^\x00-\x7f\ue000-\ue002]\S*")
    found = _choose(ctx, [(li, si, m) for li, si, s in draft.free(heading=True) for m in pattern.finditer(s)])
    if not found:
        return False
    li, si, m = found
    garbled = "".join(_garble(c) if ord(c) > 127 else c for c in m[0])
    _edit(draft, li, si, m.start(), m.end(), mark("mojibake", garbled, variant="encoding"))
    _unpaired(draft, li, si, m[0])
    return True


def _unpaired(draft: Draft, li: int, si: int, lost: str) -> None:
    """A garbled or entity-escaped double quote leaves its partner unpaired: excuse that finding."""
    if LEFT_QUOTE in lost or RIGHT_QUOTE in lost:
        draft.lines[li][si] = excuse(draft.lines[li][si], ["unbalanced-quotes"])


#: what an undecoded entity replaces (the pattern matches exactly those characters) and its spellings
_ENTITIES = (
    (re.compile(r"(?<=\w )&(?= \w)|(?<=[A-Z])&(?=[A-Z])"), ("&amp;",)),
    (re.compile(APOSTROPHE + r"|(?<=\w)'(?=\w)"), ("&#8217;", "&rsquo;", "&#39;")),
    (re.compile(LEFT_QUOTE), ("&ldquo;", "&#8220;")),
    (re.compile(RIGHT_QUOTE), ("&rdquo;", "&#8221;")),
    (re.compile("(?<=[a-z]) (?=[a-z])"), ("&nbsp;",)),
)


def html_entity(draft: Draft, ctx: Context) -> bool:
    """An HTML entity left undecoded (``&amp;``, ``&#8217;``, ``&nbsp;``)."""
    # pick the kind of entity first: spaces would otherwise win almost every draw
    kinds = [[(li, si, m, names) for li, si, s in draft.free() for m in pattern.finditer(s)]
             for pattern, names in _ENTITIES]
    kinds = [k for k in kinds if k]
    if not kinds:
        return False
    li, si, m, names = ctx.rng.choice(ctx.rng.choice(kinds))
    _edit(draft, li, si, m.start(), m.end(), mark("mojibake", ctx.rng.choice(names), variant="entity"))
    _unpaired(draft, li, si, m[0])
    return True


def html_tag(draft: Draft, ctx: Context) -> bool:
    """An HTML tag left in the text: a line break glued to a sentence, or a word in bold."""
    free = [(li, si, s) for li, si, s in draft.free() if len(s.split()) >= 4]
    if not free:
        return False
    li, si, sentence = ctx.rng.choice(free)
    if ctx.rng.random() < 0.5:
        tag = ctx.rng.choice(["<br>", "<br />", "</p><p>", "<br/>"])
        draft.set(li, si, sentence + mark("mojibake", tag, variant="tag"))
        return True
    words = sentence.split(" ")
    k = ctx.rng.randrange(1, len(words) - 1)
    name = ctx.rng.choice(["strong", "em", "b", "i"])
    words[k] = mark("mojibake", f"<{name}>{words[k]}</{name}>", variant="tag")
    draft.set(li, si, " ".join(words))
    return True

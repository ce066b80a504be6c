"""A text being built for the benchmark, and the helpers every injector shares.

A ``Draft`` is an article as lines of sentences: the heading lines first (the
title, or a foreign headline above it), then one line per paragraph. Injectors
edit one sentence or add one line, wrapping what they plant in marks
(``corpus.mark``); a sentence that was edited is ``used`` and left alone by the
next injector, so marks never nest by accident and patterns never match
across them.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, Sequence

from .corpus import CLOSE, OPEN, SEP, Article, Material, mark

LEFT_QUOTE = "\N{LEFT DOUBLE QUOTATION MARK}"
RIGHT_QUOTE = "\N{RIGHT DOUBLE QUOTATION MARK}"
APOSTROPHE = "\N{RIGHT SINGLE QUOTATION MARK}"


@dataclass
class Draft:
    """An article under construction: ``lines[i]`` is a list of (marked) sentences."""

    lines: list[list[str]]
    title_lines: int = 1
    style: str = "us"
    straight: bool = False
    used: set[tuple[int, int]] = field(default_factory=set)
    next_group: int = 0
    #: lines scraped below the article (comment forms, source lines): content goes above them
    footer: int = 0

    @classmethod
    def from_article(cls, article: Article, *, straight: bool = False, curly_apostrophes: bool = False) -> "Draft":
        """A draft of ``article`` in one of the typographies scraped text comes in.

        ``straight`` turns curly double quotes into ``"``; ``curly_apostrophes``
        turns ``'`` into U+2019 (only in US-style articles, whose single quotes
        are all apostrophes).
        """
        def dress(sentence: str) -> str:
            if straight:
                sentence = sentence.replace(LEFT_QUOTE, '"').replace(RIGHT_QUOTE, '"')
            if curly_apostrophes and article.style == "us":
                sentence = sentence.replace("'", APOSTROPHE)
            return sentence

        lines = [[dress(article.title)]] + [[dress(s) for s in p] for p in article.paragraphs]
        return cls(lines=lines, style=article.style, straight=straight)

    @property
    def quotes(self) -> tuple[str, str]:
        """The opening and closing double quotes this draft uses."""
        return ('"', '"') if self.straight else (LEFT_QUOTE, RIGHT_QUOTE)

    def text(self) -> str:
        """The marked text: lines joined by blank lines, sentences by spaces."""
        return "\n\n".join(" ".join(line) for line in self.lines)

    def free(self, *, heading: bool = False) -> Iterator[tuple[int, int, str]]:
        """``(line, index, sentence)`` of every sentence no injector has touched."""
        first = 0 if heading else self.title_lines
        for li in range(first, self.body_end):
            for si, sentence in enumerate(self.lines[li]):
                if (li, si) not in self.used:
                    yield li, si, sentence

    def set(self, li: int, si: int, sentence: str) -> None:
        """Replace one sentence and mark it used."""
        self.lines[li][si] = sentence
        self.used.add((li, si))

    def insert_line(self, at: int, sentences: Sequence[str]) -> None:
        """Insert a new line (paragraph) before line ``at``; its sentences are used."""
        self.lines.insert(at, list(sentences))
        self.used = {(li + (li >= at), si) for li, si in self.used}
        self.used.update((at, si) for si in range(len(sentences)))
        if at < self.title_lines:
            self.title_lines += 1

    def append_footer(self, sentence: str) -> None:
        """Add a line below everything else (a comment form, a source line)."""
        self.insert_line(len(self.lines), [sentence])
        self.footer += 1

    def insert_sentence(self, li: int, si: int, sentence: str) -> None:
        """Insert a sentence into line ``li`` before position ``si``; it is used."""
        self.lines[li].insert(si, sentence)
        self.used = {(l, s + (l == li and s >= si)) for l, s in self.used}
        self.used.add((li, si))

    def group(self) -> int:
        """A fresh label group id for labels that count as one expected finding."""
        self.next_group += 1
        return self.next_group

    def body_lines(self) -> range:
        """Indexes of the article's own paragraphs (and lines inserted among them), footer excluded."""
        return range(self.title_lines, self.body_end)

    @property
    def body_end(self) -> int:
        """Where a line added at the end of the article (above any footer) goes."""
        return len(self.lines) - self.footer


@dataclass
class Context:
    """What an injector may draw on: randomness, material and the article's own facts."""

    rng: random.Random
    material: Material
    article: Article
    #: the source language of a whole machine-translated text, drawn first by every injector
    source: str | None = None

    @property
    def lexicon(self) -> dict[str, Any]:
        return self.material.lexicon

    def languages(self) -> list[str]:
        """Source languages in a weighted random order (French most often first).

        With ``source`` set, that language comes first: one translated text has one source.
        """
        weights = dict(self.lexicon["language_weights"])
        order: list[str] = []
        if self.source is not None:
            order.append(self.source)
            weights.pop(self.source, None)
        while weights:
            names = sorted(weights)
            choice = self.rng.choices(names, [weights[n] for n in names])[0]
            order.append(choice)
            del weights[choice]
        return order

    def other_article(self) -> Article:
        """An article on another topic than this one."""
        others = [a for a in self.material.articles if a.topic != self.article.topic]
        return self.rng.choice(others)


Injector = Callable[[Draft, Context], bool]


def excuse(text: str, checks: Sequence[str], **kwargs: Any) -> str:
    """Wrap ``text`` in optional labels of ``checks``: findings there are right, but not required.

    An artifact often shows under more than one check (a French widget line is
    also untranslated text); those findings must not count as false positives.
    """
    for check in checks:
        text = mark(check, text, optional=True, **kwargs)
    return text


def span_lines(sentences: Sequence[str], check: str, **kwargs: Any) -> list[str]:
    """Wrap a run of sentences in one label: the open mark on the first, the close on the last."""
    head = mark(check, "", **kwargs)[: -len(CLOSE)]
    out = list(sentences)
    out[0] = head + out[0]
    out[-1] = out[-1] + CLOSE
    return out


def substitute(draft: Draft, ctx: Context, table: Sequence[Sequence[str]], check: str, variant: str, *,
               language: str = "", heading: bool = False, also: Sequence[str] = (),
               keep: Callable[[str], bool] | None = None) -> bool:
    """Replace one match of one ``[pattern, replacement]`` rule in a free sentence, marked.

    ``keep(replacement)`` filters the rules (for instance one-word replacements
    only); ``also`` names checks excused there. White space at the ends of a
    replacement stays outside the mark.
    """
    candidates = []
    for li, si, sentence in draft.free(heading=heading):
        for pattern, replacement in table:
            for match in re.finditer(pattern, sentence):
                expanded = match.expand(replacement)
                if keep is None or keep(expanded):
                    candidates.append((li, si, match, expanded))
    if not candidates:
        return False
    li, si, match, expanded = ctx.rng.choice(candidates)
    sentence = draft.lines[li][si]
    core = expanded.strip()
    lead = expanded[: len(expanded) - len(expanded.lstrip())]
    trail = expanded[len(expanded.rstrip()):]
    marked = lead + mark(check, excuse(core, also), variant=variant, language=language) + trail
    draft.set(li, si, sentence[: match.start()] + marked + sentence[match.end():])
    return True


def insert_in_sentence(draft: Draft, ctx: Context, piece: str, *, min_words: int = 8,
                       lowercase_next: bool = True, after_name: bool = False) -> bool:
    """Insert ``piece`` (already marked) between two words in the middle of a free sentence.

    ``lowercase_next`` keeps the insertion before a lower-case word (so that it
    creates no capital after a quote); ``after_name`` puts it after a
    capitalised word, where a gloss in parentheses would go.
    """
    candidates = []
    for li, si, sentence in draft.free():
        words = sentence.split(" ")
        if len(words) < min_words:
            continue
        for k in range(3, len(words) - 2):
            before, after = words[k - 1], words[k]
            if after_name and not before[:1].isupper():
                continue
            if before[-1:].isalpha() and after[:1].isalpha() and (after[0].islower() or not lowercase_next):
                candidates.append((li, si, k))
    if not candidates:
        return False
    li, si, k = ctx.rng.choice(candidates)
    words = draft.lines[li][si].split(" ")
    draft.set(li, si, " ".join(words[:k] + [piece] + words[k:]))
    return True


def quote_pairs(draft: Draft, sentence: str, min_words: int = 1) -> list[re.Match]:
    """The double-quoted passages of ``sentence`` in the draft's quote style."""
    left, right = draft.quotes
    pattern = re.compile(f"{re.escape(left)}([^{re.escape(left + right)}{OPEN}{SEP}{CLOSE}]+){re.escape(right)}")
    return [m for m in pattern.finditer(sentence) if len(m.group(1).split()) >= min_words]

"""The benchmark's raw material and the inline marks that become labels.

Articles live in ``corpora/bench/*.txt`` (one sentence per line, blank lines
between paragraphs, ``### topic`` headers) and the injection material in
``corpora/bench/lexicon.yaml``. While a text is being built, every injected
artifact is wrapped in private-use marks that carry its check name; ``unmark``
removes them and returns exact code-point spans, so a label can never drift
from its text however many edits follow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

#: private-use characters (they have no Unicode names) that never occur in the
#: articles: open mark, separator between a mark's spec and its text, close mark
OPEN, SEP, CLOSE = "\ue000", "\ue001", "\ue002"


def mark(check: str, text: str, *, variant: str = "", language: str = "", optional: bool = False,
         group: int | None = None) -> str:
    """Wrap ``text`` so that ``unmark`` records a label of ``check`` over it.

    ``optional`` labels excuse a finding there without counting as missed when
    absent; labels sharing a ``group`` count as one expected finding.
    """
    spec = "|".join([("?" if optional else "") + check, variant, language, "" if group is None else str(group)])
    return f"{OPEN}{spec}{SEP}{text}{CLOSE}"


def unmark(marked: str) -> tuple[str, list[dict[str, Any]]]:
    """Remove the marks from ``marked``: the plain text and its labels, sorted by position."""
    plain: list[str] = []
    labels: list[dict[str, Any]] = []
    stack: list[tuple[str, int]] = []
    length = 0
    index = 0
    while index < len(marked):
        char = marked[index]
        if char == OPEN:
            sep = marked.index(SEP, index)
            stack.append((marked[index + 1:sep], length))
            index = sep + 1
            continue
        if char == CLOSE:
            if not stack:
                raise ValueError("unbalanced benchmark marks: a close mark without an open one")
            spec, start = stack.pop()
            labels.append(_label(spec, start, length))
        elif char == SEP:
            raise ValueError("unbalanced benchmark marks: a stray separator")
        else:
            plain.append(char)
            length += 1
        index += 1
    if stack:
        raise ValueError("unbalanced benchmark marks: an open mark was never closed")
    labels.sort(key=lambda item: (item["start"], item["end"], item["check"]))
    return "".join(plain), labels


def _label(spec: str, start: int, end: int) -> dict[str, Any]:
    check, variant, language, group = spec.split("|")
    label: dict[str, Any] = {"check": check.lstrip("?"), "start": start, "end": end}
    if variant:
        label["variant"] = variant
    if language:
        label["language"] = language
    if check.startswith("?"):
        label["optional"] = True
    if group:
        label["group"] = int(group)
    return label


@dataclass(frozen=True)
class Article:
    """One article: its title and its paragraphs as lists of sentences."""

    index: int
    topic: str
    title: str
    paragraphs: tuple[tuple[str, ...], ...]
    language: str = "en"
    style: str = "us"

    @property
    def sentences(self) -> list[str]:
        return [s for p in self.paragraphs for s in p]


@dataclass
class Material:
    """Everything the generator draws from."""

    articles: list[Article]
    sources: list[Article]
    lexicon: dict[str, Any]
    extra_sources: dict[str, list[list[str]]] = field(default_factory=dict)


def parse_articles(text: str, default_language: str = "en") -> list[Article]:
    """Parse the ``### topic [| uk]`` article format (see the header of clean_en.txt)."""
    articles: list[Article] = []
    for block in re.split(r"^### ", text, flags=re.M)[1:]:
        header, _, rest = block.partition("\n")
        fields = [f.strip() for f in header.split("|")]
        lines = rest.strip("\n").split("\n")
        title = lines[0].strip()
        paragraphs: list[tuple[str, ...]] = []
        current: list[str] = []
        for line in lines[1:] + [""]:
            if line.strip():
                current.append(line.strip())
            elif current:
                paragraphs.append(tuple(current))
                current = []
        is_source = default_language != "en"
        articles.append(Article(
            index=len(articles),
            topic="news" if is_source else fields[0],
            title=title,
            paragraphs=tuple(paragraphs),
            language=fields[0] if is_source else "en",
            style="uk" if "uk" in fields[1:] else "us",
        ))
    return articles


def bench_file(name: str) -> Path:
    """Path of a file under ``corpora/bench/`` as installed (``mtcheck.corpora``)."""
    return Path(str(resources.files("mtcheck.corpora").joinpath("bench", name)))


def _read(name: str) -> str:
    return bench_file(name).read_text("utf-8")


@lru_cache(maxsize=1)
def load_material() -> Material:
    """The project's own clean articles, source-language articles and lexicon."""
    return Material(
        articles=parse_articles(_read("clean_en.txt")),
        sources=parse_articles(_read("source_articles.txt"), default_language="xx"),
        lexicon=yaml.safe_load(_read("lexicon.yaml")),
    )


def read_parallel(paths: list[str]) -> dict[str, list[list[str]]]:
    """Source-language sentences from parallel TSV files (``src<TAB>tgt``, header row).

    The language is the file name's first two letters (``fr-en.tsv`` → ``fr``).
    Sentences are grouped in runs of three consecutive lines, so that an
    injected paragraph reads as one passage. Nothing read here is written back
    into the project: it only feeds a benchmark built with ``--parallel``.
    """
    pools: dict[str, list[list[str]]] = {}
    for path in paths:
        name = re.split(r"[\\/]", path)[-1]
        language = name[:2].lower()
        with open(path, encoding="utf-8") as handle:
            rows = [line.rstrip("\n").split("\t")[0] for line in handle][1:]
        good = [r.strip() for r in rows if 40 <= len(r.strip()) <= 240 and r.strip()[-1:] in ".!?»\""]
        pools.setdefault(language, []).extend(good[i:i + 3] for i in range(0, len(good) - 2, 3))
    return pools

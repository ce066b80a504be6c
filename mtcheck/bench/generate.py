"""Build the labelled quality benchmark from the project's own articles, reproducibly.

``python -m mtcheck.bench.generate [--seed N] [--out PATH] [--parallel TSV ...]``
writes one JSON record per line:

- ``id``, ``kind`` (``clean``, ``single``: one injected artifact, ``mt``: several
  artifacts, as an unreviewed machine translation shows them), ``title``,
  ``text`` (the whole document as audited: the title line, a blank line, the
  body), ``labels`` (``check``, ``start``, ``end`` in code points into ``text``;
  also ``variant``, ``language``, ``optional`` for a finding that is acceptable
  there but not required, ``group`` for labels that count as one expected
  finding), ``clean``, ``mt``, ``variants``, ``article``, ``topic``, ``style``
  (``us``/``uk``) and ``split`` (``train``/``test``, by article: the verdict is
  fitted on train and measured on test).

The same seed and material give the same bytes. ``--parallel`` adds real
source-language sentences read from the given TSV files (``src`` column) to the
pool used for wrong-language sentences and paragraphs; write that build
elsewhere than the default path: the versioned benchmark uses only the
project's own sentences.
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from . import inject as lang
from . import inject_typo as typo
from .corpus import Article, Material, bench_file, load_material, read_parallel, unmark
from .draft import Context, Draft, Injector

DEFAULT_SEED = 13
DEFAULT_OUT = bench_file("quality.jsonl")
#: texts simulating an unreviewed machine translation, and how many artifacts each carries
MT_TEXTS = 150
MT_ARTIFACTS = (3, 6)
#: share of articles held out to measure the verdict
TEST_SHARE = 0.3
#: draws of an injection for a machine-translation-like text before giving up on more artifacts
ATTEMPTS = 60


@dataclass(frozen=True)
class Variant:
    """One way to plant an artifact: its check, a name, the injector, how many single texts, MT weight."""

    check: str
    name: str
    inject: Injector
    count: int
    mt_weight: float = 0.0


VARIANTS: tuple[Variant, ...] = (
    Variant("untranslated-span", "bracketed", lang.untranslated_bracketed, 9, 1.0),
    Variant("untranslated-span", "quoted", lang.untranslated_quoted, 8, 0.5),
    Variant("untranslated-span", "run", lang.untranslated_run, 9, 1.0),
    Variant("untranslated-span", "single-word", lang.untranslated_word, 9, 1.0),
    Variant("untranslated-span", "abbreviation", lang.untranslated_abbreviation, 8, 0.5),
    Variant("untranslated-span", "exonym", lang.untranslated_exonym, 9, 0.8),
    Variant("untranslated-span", "institution", lang.untranslated_institution, 8, 0.6),
    Variant("untranslated-span", "other-script", lang.untranslated_script, 7, 0.1),
    Variant("wrong-language", "sentence", lang.wrong_language_sentence, 9, 0.3),
    Variant("wrong-language", "paragraph", lang.wrong_language_paragraph, 9, 0.1),
    Variant("wrong-language", "document", lang.wrong_language_document, 9),
    Variant("glued-quote", "before", typo.glued_quote_before, 8, 0.6),
    Variant("glued-quote", "after", typo.glued_quote_after, 6, 0.3),
    Variant("capital-after-quote", "word", typo.capital_after_quote, 12, 1.0),
    Variant("unbalanced-quotes", "missing-close", typo.unbalanced_missing_close, 6, 0.2),
    Variant("unbalanced-quotes", "missing-open", typo.unbalanced_missing_open, 6, 0.2),
    Variant("title-case-quote", "quote", typo.title_case_quote, 12, 1.0),
    Variant("quote-punctuation", "comma-or-stop", typo.quote_punctuation, 12, 0.8),
    Variant("source-typography", "guillemets", typo.guillemets, 8, 0.4),
    Variant("source-typography", "space-before", typo.space_before_punctuation, 8, 0.4),
    Variant("source-typography", "decimal-comma", typo.decimal_comma, 8, 0.4),
    Variant("mojibake", "encoding", typo.mojibake_encoding, 8, 0.15),
    Variant("mojibake", "entity", typo.html_entity, 8, 0.15),
    Variant("mojibake", "tag", typo.html_tag, 8, 0.1),
    Variant("boilerplate", "related", lang.boilerplate_related, 10, 0.5),
    Variant("boilerplate", "comments", lang.boilerplate_comments, 8, 0.4),
    Variant("boilerplate", "share", lang.boilerplate_share, 8, 0.2),
    Variant("boilerplate", "credit-line", lang.boilerplate_credit_line, 6, 0.1),
    Variant("boilerplate", "credit-glued", lang.boilerplate_credit_glued, 6, 0.1),
    Variant("boilerplate", "original", lang.boilerplate_original, 6, 0.2),
    Variant("headline-mismatch", "swap", lang.headline_swap, 12, 0.2),
    Variant("headline-mismatch", "prepend", lang.headline_prepend, 10, 0.2),
    Variant("off-topic-sentence", "sentence", lang.off_topic_sentence, 12, 0.1),
    Variant("off-topic-sentence", "paragraph", lang.off_topic_paragraph, 10, 0.1),
    Variant("off-topic-sentence", "headline", lang.off_topic_headline, 8, 0.1),
    Variant("off-topic-sentence", "spam", lang.off_topic_spam, 6, 0.05),
    Variant("name-variant", "variant", lang.name_variant, 18, 0.6),
    Variant("false-friend", "calque", lang.false_friend, 30, 1.5),
)


def _draft(article: Article) -> Draft:
    # scraped text comes in several typographies: vary them by article, deterministically
    return Draft.from_article(article, straight=article.index % 7 == 3, curly_apostrophes=article.index % 2 == 1)


def _record(kind: str, number: int, draft: Draft, article: Article, variants: list[str], split: str) -> dict[str, Any]:
    text, labels = unmark(draft.text())
    title = text.split("\n", 1)[0]
    suffix = "-".join(variants[0].split("/")[:2]) if kind == "single" else ""
    return {
        "id": f"{kind}-{suffix + '-' if suffix else ''}{number:03d}",
        "kind": kind,
        "title": title,
        "text": text,
        "labels": labels,
        "clean": kind == "clean",
        "mt": kind == "mt",
        "variants": variants,
        "article": article.index,
        "topic": article.topic,
        "style": draft.style,
        "split": split,
    }


def build(seed: int = DEFAULT_SEED, material: Material | None = None) -> list[dict[str, Any]]:
    """Every benchmark record, in a fixed order, from ``seed`` and ``material``."""
    material = material or load_material()
    rng = random.Random(seed)
    articles = material.articles
    split = {a.index: ("test" if rng.random() < TEST_SHARE else "train") for a in articles}
    records = [_record("clean", n, _draft(a), a, [], split[a.index]) for n, a in enumerate(articles)]
    for variant in VARIANTS:
        for number in range(variant.count):
            for article in rng.sample(articles, len(articles)):
                draft = _draft(article)
                if variant.inject(draft, Context(rng, material, article)):
                    label = f"{variant.check}/{variant.name}"
                    records.append(_record("single", number, draft, article, [label], split[article.index]))
                    break
            else:
                raise RuntimeError(f"no article accepts the injection {variant.check}/{variant.name}; "
                                   "add articles with a place for it to corpora/bench/clean_en.txt")
    mixable = [v for v in VARIANTS if v.mt_weight > 0]
    for number in range(MT_TEXTS):
        article = rng.choice(articles)
        draft = _draft(article)
        weights = material.lexicon["language_weights"]
        source = rng.choices(sorted(weights), [weights[k] for k in sorted(weights)])[0]
        context = Context(rng, material, article, source)
        wanted = rng.randint(*MT_ARTIFACTS)
        applied: list[str] = []
        for _ in range(ATTEMPTS):
            if len(applied) == wanted:
                break
            variant = rng.choices(mixable, [v.mt_weight for v in mixable])[0]
            if variant.inject(draft, context):
                applied.append(f"{variant.check}/{variant.name}")
        records.append(_record("mt", number, draft, article, applied, split[article.index]))
    return records


def write(records: Iterable[dict[str, Any]], path: Path) -> int:
    """Write ``records`` as JSON lines (UTF-8, not ASCII-escaped); return how many."""
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
            count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    """Command line: build the benchmark and say what was written."""
    parser = argparse.ArgumentParser(prog="python -m mtcheck.bench.generate", description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"random seed (default {DEFAULT_SEED})")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="JSONL file to write")
    parser.add_argument("--parallel", nargs="+", default=[], metavar="TSV",
                        help="parallel TSV files (src<TAB>tgt) to draw extra source-language sentences from")
    args = parser.parse_args(argv)
    material = load_material()
    if args.parallel:
        if args.out.resolve() == Path(DEFAULT_OUT).resolve():
            parser.error("--parallel builds must not overwrite the versioned benchmark; pass --out elsewhere")
        material = Material(material.articles, material.sources, material.lexicon, read_parallel(args.parallel))
    records = build(args.seed, material)
    count = write(records, args.out)
    kinds = {k: sum(r["kind"] == k for r in records) for k in ("clean", "single", "mt")}
    print(f"wrote {count} texts to {args.out} ({kinds['clean']} clean, {kinds['single']} with one artifact, "
          f"{kinds['mt']} machine-translation-like)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

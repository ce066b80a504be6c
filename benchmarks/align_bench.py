"""Benchmark of ``mtcheck align``: alignment quality, bilingual checks and speed, per language pair.

Reads the parallel TSVs of a folder given on the command line (never copied
into the project), builds clean and perturbed documents of 20-60 consecutive
pairs (:mod:`align_data`), and runs the real pipeline (``BilingualAuditor``,
one segment per line, bilingual checks only) on them. It prints:

1. per language pair, with the default encoder on all the data: strict
   alignment precision/recall/F1 on groups, clean and perturbed; precision and
   recall of ``omission``, ``addition``, ``mistranslation`` and
   ``untranslated-copy`` on the perturbed documents; false ``mistranslation``
   and ``number-mismatch`` findings per 200 clean pairs;
2. the default encoder and the sentence-transformers path side by side on the
   same subset: alignment F1, mistranslation F1 and pairs per second (cold
   cache, model loading excluded). ``all-MiniLM-L6-v2`` is an English-only model: it stands for the
   offline-testable sentence-transformers path, not for a good multilingual
   aligner;
3. a 2,000-sentence document pair: time to split and to align with a cold
   and a warm embedding cache (wall and CPU), how much of it is encoding, and
   the whole ``align`` run (every check) on top.

    python benchmarks/align_bench.py ../shared/data/parallel
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from align_data import LabelledPair, labelled_pairs, read_parallel  # noqa: E402

from mtcheck.align import align_texts, length_prior  # noqa: E402
from mtcheck.align_run import BilingualAuditor  # noqa: E402
from mtcheck.config import Settings  # noqa: E402
from mtcheck.model import Document  # noqa: E402
from mtcheck.readers.pairs import PairedDocument  # noqa: E402
from mtcheck.segment import segment  # noqa: E402

DEFAULT_FILES = (
    "fr-en.flores200-devtest.tsv", "de-en.flores200-devtest.tsv", "es-en.flores200-devtest.tsv",
    "fr-en.tsv", "de-en.tsv", "es-en.tsv", "fr-en.ntrex128.tsv",
)
LABELS = ("omission", "addition", "mistranslation", "untranslated-copy")
ST_ENCODER = "st:all-MiniLM-L6-v2"


class TimedEncoder:
    """Wraps an encoder to add up the seconds spent encoding."""

    def __init__(self, encoder) -> None:
        self.encoder, self.seconds = encoder, 0.0
        self.name, self.dim = encoder.name, encoder.dim

    def encode(self, texts):
        start = time.perf_counter()
        try:
            return self.encoder.encode(texts)
        finally:
            self.seconds += time.perf_counter() - start

    def for_language(self, language: str) -> "TimedEncoder":
        chosen = self.encoder.for_language(language)
        return self if chosen is self.encoder else TimedEncoder(chosen)


@dataclass
class Tally:
    """Counts for precision and recall."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: set, found: set) -> None:
        self.tp += len(gold & found)
        self.fp += len(found - gold)
        self.fn += len(gold - found)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    """Everything measured on one language pair with one encoder."""

    clean: Tally = field(default_factory=Tally)
    perturbed: Tally = field(default_factory=Tally)
    checks: dict[str, Tally] = field(default_factory=lambda: {label: Tally() for label in LABELS})
    clean_pairs: int = 0
    false_mistranslations: int = 0
    clean_number_findings: int = 0
    pairs: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0


def _clock() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def _since(start: tuple[float, float]) -> str:
    wall, cpu = _clock()
    return f"{wall - start[0]:.2f} s (CPU {cpu - start[1]:.2f} s)"


def auditor_for(encoder: str, cache_dir: str, source_lang: str) -> BilingualAuditor:
    settings = Settings(select=("AL",), split="lines", encoder=encoder, cache_dir=cache_dir, source_lang=source_lang)
    return BilingualAuditor.from_settings(settings)


def audit(auditor: BilingualAuditor, doc: LabelledPair):
    source = Document(id=doc.name, text="\n".join(doc.source), origin=doc.name)
    target = Document(id=doc.name, text="\n".join(doc.target), origin=doc.name)
    return auditor.audit_pair(PairedDocument(source, target))


def score_file(path: Path, encoder: str, seed: int, limit: int | None) -> Scores:
    """Run clean then perturbed documents of one file through the pipeline, cache cold at the start."""
    clean, perturbed = labelled_pairs(path, seed, limit)
    scores = Scores()
    with tempfile.TemporaryDirectory() as cache:
        auditor = auditor_for(encoder, cache, path.name[:2])
        auditor.resources.encoder.encode(["load the model before the clock starts"])
        for kind, docs in (("clean", clean), ("perturbed", perturbed)):
            for doc in docs:
                started = _clock()
                result = audit(auditor, doc)
                wall, cpu = _clock()
                scores.seconds += wall - started[0]
                scores.cpu_seconds += cpu - started[1]
                scores.pairs += len(doc.groups)
                if result.error:
                    raise RuntimeError(f"{doc.name}: {result.error}")
                gold = {(g[0], g[1]) for g in doc.groups}
                found = {(tuple(p["source"]), tuple(p["target"])) for p in result.pairs}
                (scores.clean if kind == "clean" else scores.perturbed).add(gold, found)
                flagged: dict[str, set[int]] = {label: set() for label in LABELS}
                for finding in result.findings:
                    if finding.check in flagged:
                        flagged[finding.check].add(finding.segment)
                if kind == "clean":
                    scores.clean_pairs += len(doc.groups)
                    scores.false_mistranslations += len(flagged["mistranslation"])
                    scores.clean_number_findings += sum(1 for f in result.findings if f.check == "number-mismatch")
                else:
                    for label in LABELS:
                        scores.checks[label].add(doc.labels[label], flagged[label])
    return scores


def _row(cells: list[str], widths: list[int]) -> str:
    return "  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths)))


def print_table(header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    print(_row(header, widths))
    print(_row(["-" * w for w in widths], widths))
    for row in rows:
        print(_row(row, widths))
    print()


def quality_table(results: dict[str, Scores]) -> None:
    header = ["pair", "align clean P/R/F1", "align perturbed P/R/F1", *(f"{label} P/R/F1" for label in LABELS),
              "false MT/200", "numbers/200"]
    rows = []
    for name, s in results.items():
        rows.append([
            name,
            f"{s.clean.precision:.3f}/{s.clean.recall:.3f}/{s.clean.f1:.3f}",
            f"{s.perturbed.precision:.3f}/{s.perturbed.recall:.3f}/{s.perturbed.f1:.3f}",
            *(f"{s.checks[label].precision:.3f}/{s.checks[label].recall:.3f}/{s.checks[label].f1:.3f}" for label in LABELS),
            f"{200 * s.false_mistranslations / max(1, s.clean_pairs):.2f}",
            f"{200 * s.clean_number_findings / max(1, s.clean_pairs):.2f}",
        ])
    print_table(header, rows)
    print("numbers/200: number-mismatch findings per 200 clean pairs (human references rewrite some numbers)")
    print("targets: align F1 >= 0.97 clean, >= 0.95 perturbed; omission/addition F1 >= 0.95; "
          "mistranslation F1 >= 0.90; untranslated-copy F1 >= 0.98; false MT/200 < 1\n")


def timing(path: Path, sentences: int) -> None:
    """Split and align one document pair of ``sentences`` sentences, cold then warm; then the whole run.

    Wall time and CPU time are both shown: on a machine other jobs share, CPU
    time is what the run itself costs.
    """
    pairs = read_parallel(path)[:sentences]
    source = Document(id="long", text="\n".join(s for s, _ in pairs), origin="long.src")
    target = Document(id="long", text="\n".join(t for _, t in pairs), origin="long.tgt")
    language = path.name[:2]
    with tempfile.TemporaryDirectory() as cache:
        settings = Settings(select=("AL",), encoder="use", cache_dir=cache, source_lang=language)
        for label in ("cold cache", "warm cache"):
            auditor = BilingualAuditor.from_settings(settings)
            encoder = TimedEncoder(auditor.resources.encoder)
            encoder.encoder.encode(["load the model before the clock starts"])
            auditor.resources.__dict__["encoder"] = encoder
            started = _clock()
            split = (segment(source.text, "sentences", language), segment(target.text, "sentences", "en"))
            split_time = _since(started)
            aligned = _clock()
            alignment = align_texts([s.text for s in split[0]], [t.text for t in split[1]], encoder,
                                    prior=length_prior(language, "en"))
            print(f"{len(pairs)} sentence pairs, {label}: split {split_time}, align {_since(aligned)} "
                  f"of which encoding {encoder.seconds:.2f} s; total {_since(started)}; "
                  f"{len(alignment.groups)} groups")
        every = Settings(encoder="use", cache_dir=cache, source_lang=language)
        started = _clock()
        result = BilingualAuditor.from_settings(every).audit_pair(PairedDocument(source, target))
        print(f"whole align run with every check (monolingual ones on the target too), warm cache: "
              f"{_since(started)}, {len(result.findings)} findings\n")


def quality(args: argparse.Namespace, names: list[str]) -> None:
    """Table 1: the default encoder on all the data."""
    print(f"1. default encoder (use), all data (limit {args.limit or 'none'}), seed {args.seed}\n")
    quality_table({name: score_file(args.parallel / f, "use", args.seed, args.limit)
                   for name, f in zip(names, args.files)})


def compare(args: argparse.Namespace, names: list[str]) -> None:
    """Table 2: the default encoder and the sentence-transformers path on the same subset."""
    print(f"2. encoders side by side on the first {args.compare_limit} pairs of each file, cold cache "
          f"({args.st} is English-only: it shows the sentence-transformers path works offline, "
          "not that it aligns French with English)\n")
    rows = []
    for name, f in zip(names, args.files):
        cells = [name]
        for encoder in ("use", args.st):
            s = score_file(args.parallel / f, encoder, args.seed, args.compare_limit)
            cells += [f"{s.perturbed.f1:.3f}", f"{s.checks['mistranslation'].f1:.3f}",
                      f"{s.pairs / s.seconds:.0f}", f"{s.pairs / s.cpu_seconds:.0f}"]
        rows.append(cells)
    print_table(["pair", "use align F1", "use MT F1", "use pairs/s", "use pairs/CPU s",
                 "st align F1", "st MT F1", "st pairs/s", "st pairs/CPU s"], rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("parallel", type=Path, help="folder of parallel TSVs (src<TAB>tgt), e.g. ../shared/data/parallel")
    parser.add_argument("--files", nargs="*", default=list(DEFAULT_FILES), help="TSV names inside the folder")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--limit", type=int, default=None, help="pairs read per file for table 1 (default all)")
    parser.add_argument("--compare-limit", type=int, default=200, help="pairs per file for the encoder comparison")
    parser.add_argument("--st", default=ST_ENCODER, help="sentence-transformers encoder for the comparison")
    parser.add_argument("--timing-file", default="fr-en.tsv")
    parser.add_argument("--timing-sentences", type=int, default=2000)
    parser.add_argument("--parts", default="1,2,3", help="which tables to print (comma-separated)")
    args = parser.parse_args()
    names = [name.replace(".tsv", "") for name in args.files]
    parts = set(args.parts.split(","))

    if "1" in parts:
        quality(args, names)
    if "2" in parts:
        compare(args, names)
    if "3" in parts:
        print("3. long document (default encoder, 2 cores here)\n")
        timing(args.parallel / args.timing_file, args.timing_sentences)


if __name__ == "__main__":
    main()

"""``python -m mtcheck.bench quality|generate``: run or rebuild the quality benchmark.

``quality`` prints per-check precision, recall and F1 against the issue's
targets, false findings per 1,000 clean sentences, speed with and without the
embedding checks, the share of time in language identification and the ROC
AUC of ``mt_likelihood``; ``--json OUT`` writes the same figures as JSON.
``generate`` rebuilds ``corpora/bench/quality.jsonl`` (see ``generate.py``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def _cell(value: Any) -> str:
    return "-" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)


def format_report(report: dict[str, Any]) -> str:
    """The benchmark figures as a plain-text table a reader can compare with the targets."""
    kinds = report["kinds"]
    lines = [f"benchmark {report['bench']}: {report['documents']} texts "
             f"({kinds['clean']} clean, {kinds['single']} one artifact, {kinds['mt']} MT-like)",
             f"langid={report['settings']['langid']} encoder={report['settings']['encoder']}", ""]
    header = f"{'check':<22}{'labels':>7}{'found':>7}{'finds':>7}{'FP':>5}{'P':>8}{'R':>8}{'F1':>8}  target"
    lines += [header, "-" * len(header)]
    for name, row in report["checks"].items():
        target = "-"
        if row["target_precision"] is not None:
            verdict = "ok" if row["meets_target"] else "MISSED"
            target = f"P>={row['target_precision']:.2f} R>={row['target_recall']:.2f} {verdict}"
        lines.append(f"{name:<22}{row['expected']:>7}{row['found']:>7}{row['findings']:>7}{row['fp']:>5}"
                     f"{_cell(row['precision']):>8}{_cell(row['recall']):>8}{_cell(row['f1']):>8}  {target}")
    if report["missing_checks"]:
        lines.append(f"not registered (all their labels count as missed): {', '.join(report['missing_checks'])}")
    weak = [f"{k} {v['found']}/{v['expected']}" for k, v in report["variants"].items()
            if v["recall"] is not None and v["recall"] < 0.8]
    if weak:
        lines += ["", "variants with recall below 0.80: " + "; ".join(weak)]
    clean = report["clean"]
    status = "ok" if (clean["per_1000_sentences"] or 0) < clean["target_per_1000"] else "MISSED"
    lines += ["", f"false findings (warning/error) on clean texts: {clean['false_findings']} in "
              f"{clean['clean_sentences']} sentences = {_cell(clean['per_1000_sentences'])} per 1,000 "
              f"(target < {clean['target_per_1000']:g}) {status}"]
    if clean["by_check"]:
        lines.append("  by check: " + ", ".join(f"{k} {v}" for k, v in clean["by_check"].items()))
    speed = report["speed"]
    lines += ["", f"speed: {_cell(speed['docs_per_second'])} docs/s with all checks, "
              f"{_cell(speed['docs_per_second_without_embedding'])} docs/s without the embedding checks "
              f"({', '.join(speed['embedding_checks']) or 'none registered'}); start-up {speed['startup_seconds']} s",
              f"language ID ({speed['langid_backend']}): {_cell(speed['langid_time_share'])} of audit time; "
              f"{speed['langid_document_calls']} document-language calls, {speed['langid_calls']} calls from checks "
              f"on {speed['sentences_with_langid']} of {speed['sentences']} sentences "
              f"({speed['clean_sentences_with_langid']} of {speed['clean_sentences']} in the clean texts)"]
    verdict = report["verdict"]
    lines.append(f"mt_likelihood ROC AUC on the held-out {verdict['split']} split: {_cell(verdict['roc_auc'])} "
                 f"({verdict['mt_texts']} MT-like vs {verdict['clean_texts']} clean; mean "
                 f"{_cell(verdict['mean_mt'])} vs {_cell(verdict['mean_clean'])})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Dispatch ``quality`` and ``generate``."""
    parser = argparse.ArgumentParser(prog="python -m mtcheck.bench", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    quality = commands.add_parser("quality", help="score mtcheck on the labelled benchmark")
    quality.add_argument("--bench", type=Path, default=None, help="benchmark JSONL (default corpora/bench/quality.jsonl)")
    quality.add_argument("--json", type=Path, default=None, metavar="OUT", help="write the figures as JSON to OUT")
    quality.add_argument("--langid", default=None, help="language identifier: auto, fasttext, langid, langdetect")
    quality.add_argument("--encoder", default=None, help="sentence encoder: use, e5, st:NAME_OR_PATH, auto")
    commands.add_parser("generate", help="rebuild the benchmark (options: see python -m mtcheck.bench.generate -h)",
                        add_help=False)
    args, rest = parser.parse_known_args(argv)
    if args.command == "generate":
        from .generate import main as generate

        return generate(rest)
    if rest:
        parser.error(f"unrecognised arguments: {' '.join(rest)}")
    from .quality import DEFAULT_BENCH, evaluate

    try:
        report = evaluate(args.bench or DEFAULT_BENCH, langid=args.langid, encoder=args.encoder)
    except (FileNotFoundError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(format_report(report))
    if args.json is not None:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"\nfigures written to {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

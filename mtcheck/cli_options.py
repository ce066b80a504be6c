"""The options and help texts ``audit`` and ``align`` declare, in one place (typer reads the Annotated metadata)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, List, Optional

import typer

from .reporters import REPORTERS

BASELINE_HELP = "Baseline file: findings recorded in it are reported as baselined and do not fail the run."
WRITE_BASELINE_HELP = ("Record every finding of this run in FILE as the new baseline; the run then passes "
                       "unless no input could be read.")


FORMAT_HELP = "Output format on stdout: " + "|".join(REPORTERS) + "."
AUDIT_ENCODER_HELP = "Sentence encoder of the meaning checks: use (default), e5, auto or st:NAME_OR_PATH."
JOBS_HELP = "Worker processes (default: one per core; 1 audits in this process). Output is the same for any N."
CHECKPOINT_HELP = ("Keep finished documents in FILE; a killed run started again with the same arguments "
                   "resumes where it stopped. FILE is removed when the run completes.")
SCHEDULER_HELP = "With --engine dask: the scheduler address (tcp://HOST:8786), or local for a LocalCluster of --jobs workers."

FormatOption = Annotated[str, typer.Option("--format", "-f", help=FORMAT_HELP)]
OutputOption = Annotated[List[str], typer.Option("--output", "-o", help="Also write a report to FILE (format from the suffix); repeatable.")]
SelectOption = Annotated[Optional[str], typer.Option(help="Comma-separated check codes, code prefixes or names to run.")]
IgnoreOption = Annotated[Optional[str], typer.Option(help="Comma-separated check codes, code prefixes or names to skip.")]
FailOnOption = Annotated[Optional[str], typer.Option("--fail-on", help="error|warning|info|never (default error).")]
MinScoreOption = Annotated[Optional[float], typer.Option("--min-score", help="Exit 1 when a document scores below N (0-100).")]
SourceLangOption = Annotated[Optional[str], typer.Option("--source-lang", help="Source language (ISO 639-1) or auto.")]
TargetLangOption = Annotated[Optional[str], typer.Option("--target-lang", help="Target language (default en).")]
EnglishStyleOption = Annotated[Optional[str], typer.Option("--english-style", help="Quote punctuation style: us|uk.")]
LangidOption = Annotated[Optional[str], typer.Option("--langid", help="Language identifier: auto|fasttext|langid|langdetect.")]
TextFieldOption = Annotated[Optional[str], typer.Option("--text-field", help="Field or column holding the text.")]
TitleFieldOption = Annotated[Optional[str], typer.Option("--title-field", help="Field or column holding the title.")]
ConfigOption = Annotated[Optional[Path], typer.Option("--config", help="Config file (TOML).")]
BaselineOption = Annotated[Optional[Path], typer.Option("--baseline", help=BASELINE_HELP)]
WriteBaselineOption = Annotated[Optional[Path], typer.Option("--write-baseline", help=WRITE_BASELINE_HELP)]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress display.")]
DeviceOption = Annotated[Optional[str], typer.Option(
    "--device", help="Where an st: encoder runs: auto (a GPU when torch sees one; default), cpu, cuda, cuda:N or mps. "
                     "use and e5 always run on the CPU.")]


SPLIT_HELP = "How to cut both sides into segments: sentences|lines|paragraphs (default sentences)."
ENCODER_HELP = "Sentence encoder: use (default), e5, auto or st:NAME_OR_PATH (a local sentence-transformers model)."

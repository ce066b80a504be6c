"""The ``mtcheck`` command line: a thin typer layer over the library API.

Exit codes (CONTRACT.md): 0 nothing at or above ``--fail-on`` and every score
at or above ``--min-score``; 1 otherwise; 2 for a usage, configuration or
unreadable-input error before any audit ran.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sys
import tempfile
from pathlib import Path
from typing import List, Optional

import typer

from . import __version__
from .checks.base import OptionsError
from .cli_options import (
    AUDIT_ENCODER_HELP, BaselineOption, CHECKPOINT_HELP, ConfigOption, DeviceOption,
    ENCODER_HELP, EnglishStyleOption, FORMAT_HELP, FailOnOption, FormatOption,
    IgnoreOption, JOBS_HELP, LangidOption, MinScoreOption, OutputOption,
    QuietOption, SCHEDULER_HELP, SPLIT_HELP, SelectOption, SourceLangOption,
    TargetLangOption, TextFieldOption, TitleFieldOption, WriteBaselineOption,
)
from .config import ConfigError, Settings, load_settings
from .explain import explain, rules_json, rules_markdown, rules_text
from .model import DocumentResult, RunResult
from .readers import InputError, input_files
from .reporters import UnknownFormatError, reporter_for_path, reporter_named
from .runner import build_checks, check_lookup
from .selection import SelectionError

app = typer.Typer(
    name="mtcheck",
    help="Find the marks machine translation leaves in text.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)

USAGE_ERRORS = (ConfigError, OptionsError, SelectionError, InputError, UnknownFormatError, ValueError)


def fail_usage(message: str) -> typer.Exit:
    """Print a usage error on stderr and return the exit-2 exception to raise."""
    typer.echo(f"mtcheck: error: {message}", err=True)
    return typer.Exit(2)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"mtcheck {__version__}")
        raise typer.Exit(0)


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version and exit."),
) -> None:
    """Find the marks machine translation leaves in text."""


def _write_atomically(path: Path, data: bytes) -> None:
    """Write via a temp file and rename, so an interrupted run never leaves half a report."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        # mkstemp creates 0600; a report is an ordinary file others (CI artifact uploads) may read
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temp, 0o666 & ~umask)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _render(reporter, result: RunResult) -> bytes:
    import io

    if reporter.binary:
        buffer = io.BytesIO()
        reporter.render(result, buffer)
        return buffer.getvalue()
    text = io.StringIO()
    reporter.render(result, text)
    return text.getvalue().encode("utf-8")


def emit(result: RunResult, fmt: str, outputs: List[str], inputs: List[str] = ()) -> None:
    """Write the result to stdout in ``fmt`` and to every ``-o`` file in its suffix's format."""
    reporter = reporter_named(fmt)
    planned = [(Path(o), reporter_for_path(o)) for o in outputs]
    resolved_inputs = input_files(inputs) if planned else set()
    for path, _ in planned:
        if path.resolve() in resolved_inputs:
            raise UnknownFormatError(f"output '{path}' is also an input; choose another file name")
    for path, out_reporter in planned:
        _write_atomically(path, _render(out_reporter, result))
    if reporter.binary:
        raise UnknownFormatError(f"format '{fmt}' is binary; write it to a file with -o FILE{reporter.suffixes[0]}")
    reporter.render(result, sys.stdout)  # the text reporter colours only a terminal without NO_COLOR
    sys.stdout.flush()


def read_gate(baseline: Optional[Path]) -> Optional[list]:
    """The entries of ``--baseline FILE``, read before auditing so that a bad file fails at once (exit 2)."""
    from .baseline import read_baseline

    return None if baseline is None else read_baseline(baseline)


def apply_gate(result: RunResult, baseline: Optional[Path], rows: Optional[list],
               write_baseline: Optional[Path], inputs: List[str] = ()) -> RunResult:
    """Mark the findings of ``--baseline``, then write ``--write-baseline`` and accept every finding in it."""
    from .baseline import apply_baseline, dumps_baseline, read_baseline

    if baseline is not None and rows is not None:
        result = apply_baseline(result, rows, str(baseline))
    if write_baseline is not None:
        if write_baseline.resolve() in {Path(i).resolve() for i in inputs if i != "-"}:
            raise UnknownFormatError(f"baseline '{write_baseline}' is also an input; choose another file name")
        _write_atomically(write_baseline, dumps_baseline(result).encode("utf-8"))
        typer.echo(f"mtcheck: wrote {len(result.findings)} findings to the baseline {write_baseline}", err=True)
        result = apply_baseline(result, read_baseline(write_baseline), str(write_baseline))
    return result


def finish(result: RunResult) -> typer.Exit:
    """Say on stderr what a CI log needs to know, and return the exit (CONTRACT.md's codes)."""
    if result.nothing_readable:
        typer.echo(f"mtcheck: error: no document could be read ({len(result.documents)} unreadable); "
                   "the report says why for each", err=True)
    elif result.baseline is not None and result.baseline.fixed:
        typer.echo(f"mtcheck: {len(result.baseline.fixed)} baselined findings are fixed; run again with "
                   f"--write-baseline {result.baseline.path} to tighten the baseline", err=True)
    return typer.Exit(result.exit_code())


def _progress(quiet: bool):
    """A progress counter on stderr when it is a terminal; None otherwise."""
    if quiet or not sys.stderr.isatty():
        return None, None
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.completed} documents"),
                        TimeElapsedColumn(), console=Console(stderr=True), transient=True)
    task = progress.add_task("auditing", total=None)

    def advance(_: DocumentResult) -> None:
        progress.advance(task)

    return progress, advance


def _load_model_encoder(settings: Settings) -> None:
    """Load an ``st:`` encoder once before the run when a selected check needs one: a model that is not
    there, or a GPU torch cannot see, is then one usage error (exit 2), not an error on every document.
    The bundled encoders (use, e5) need no such test."""
    if not settings.encoder.strip().lower().startswith("st:"):
        return
    if any("encoder" in check.needs for check in build_checks(settings)):
        from .embed import build_encoder

        build_encoder(settings.encoder, cache_dir=settings.cache_dir, device=settings.device)


@app.command()
def audit(
    inputs: List[str] = typer.Argument(..., help="Files, folders, globs, http(s) URLs or - for stdin."),
    format: FormatOption = "text",
    output: OutputOption = [],  # noqa: B006 - read, never changed
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    fail_on: FailOnOption = None,
    min_score: MinScoreOption = None,
    source_lang: SourceLangOption = None,
    target_lang: TargetLangOption = None,
    english_style: EnglishStyleOption = None,
    langid: LangidOption = None,
    text_field: TextFieldOption = None,
    title_field: TitleFieldOption = None,
    id_field: Optional[str] = typer.Option(None, "--id-field", help="Field or column holding the id."),
    include: List[str] = typer.Option([], "--include", help="Glob of files to read in folders; repeatable."),
    exclude: List[str] = typer.Option([], "--exclude", help="Glob of files to skip in folders; repeatable."),
    max_bytes: Optional[str] = typer.Option(None, "--max-bytes", help="Largest input or JSONL line read (e.g. 64M); larger ones become errors."),
    timeout: Optional[float] = typer.Option(None, "--timeout", help="Seconds allowed to download each URL input (default 30)."),
    config: ConfigOption = None,
    baseline: BaselineOption = None,
    write_baseline: WriteBaselineOption = None,
    encoder: Optional[str] = typer.Option(None, "--encoder", help=AUDIT_ENCODER_HELP),
    device: DeviceOption = None,
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", help=JOBS_HELP),
    checkpoint: Optional[Path] = typer.Option(None, "--checkpoint", help=CHECKPOINT_HELP),
    engine: str = typer.Option("local", "--engine", help="Where batches run: local (worker processes) or dask."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help=SCHEDULER_HELP),
    quiet: QuietOption = False,
) -> None:
    """Audit translated text for machine-translation artifacts."""
    from .api import read_options
    from .embed import EncoderError
    from .parallel import ENGINES, WorkerError, default_jobs
    from .readers import read_documents
    from .sink import plan_outputs
    from .streaming import Engine, audit_to_reports

    overrides = dict(
        select=select, ignore=ignore, fail_on=fail_on, min_score=min_score, source_lang=source_lang,
        target_lang=target_lang, english_style=english_style, langid=langid, text_field=text_field,
        title_field=title_field, id_field=id_field, include=include or None, exclude=exclude or None,
        max_bytes=max_bytes, timeout=timeout, encoder=encoder, device=device,
    )
    try:
        settings = load_settings(config, overrides=overrides)
        planned = plan_outputs(format, output, inputs)
        rows = read_gate(baseline)
        _load_model_encoder(settings)
        if write_baseline is not None and write_baseline.resolve() in {Path(i).resolve() for i in inputs if i != "-"}:
            raise UnknownFormatError(f"baseline '{write_baseline}' is also an input; choose another file name")
        if jobs is not None and jobs < 1:
            raise ValueError(f"--jobs must be 1 or more, got {jobs}")
        if engine not in ENGINES:
            raise ValueError(f"unknown engine '{engine}'; use one of: {', '.join(ENGINES)}")
        if (engine == "dask") != (scheduler is not None):
            raise ValueError("--engine dask needs --scheduler ADDRESS or --scheduler local, "
                             "and --scheduler is only for --engine dask")
        run_on = Engine(jobs or default_jobs(), engine, scheduler)
        progress, advance = _progress(quiet)
        with _terminate_as_interrupt(), progress or _nothing():
            result = audit_to_reports(
                read_documents(inputs, read_options(settings)), settings, planned, inputs=inputs, engine=run_on,
                checkpoint=checkpoint, baseline=(rows, str(baseline)) if rows is not None else None,
                write_baseline=write_baseline, progress=advance, say=lambda message: typer.echo(message, err=True))
    except (*USAGE_ERRORS, EncoderError) as exc:
        raise fail_usage(str(exc)) from None
    except (WorkerError, ImportError) as exc:
        typer.echo(f"mtcheck: error: {exc}", err=True)
        raise typer.Exit(2) from None
    except KeyboardInterrupt:
        kept = f"; the documents audited so far are in {checkpoint}: run the same command to resume" if checkpoint else ""
        typer.echo(f"mtcheck: interrupted{kept}", err=True)
        raise typer.Exit(130) from None
    raise finish(result)


@contextlib.contextmanager
def _nothing():
    yield


@contextlib.contextmanager
def _terminate_as_interrupt():
    """Treat SIGTERM like Ctrl-C while auditing, so that workers stop and no half report is left."""
    def interrupt(signum, frame):
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread (an embedding application): leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@app.command()
def align(
    inputs: List[str] = typer.Argument(..., help="SOURCE TARGET (any format audit reads), or one PAIRS file: "
                                                 "TSV/CSV with source and target columns, XLIFF, TMX or PO."),
    format: FormatOption = "text",
    output: OutputOption = [],  # noqa: B006 - read, never changed
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    fail_on: FailOnOption = None,
    min_score: MinScoreOption = None,
    source_lang: SourceLangOption = None,
    target_lang: TargetLangOption = None,
    split: Optional[str] = typer.Option(None, "--split", help=SPLIT_HELP),
    encoder: Optional[str] = typer.Option(None, "--encoder", help=ENCODER_HELP),
    device: DeviceOption = None,
    english_style: EnglishStyleOption = None,
    langid: LangidOption = None,
    text_field: TextFieldOption = None,
    title_field: TitleFieldOption = None,
    id_field: Optional[str] = typer.Option(None, "--id-field", help="Field or column holding the id (pairs documents, names units)."),
    source_field: Optional[str] = typer.Option(None, "--source-field", help="Column of a pair table holding the source (default source)."),
    target_field: Optional[str] = typer.Option(None, "--target-field", help="Column of a pair table holding the translation (default target)."),
    config: ConfigOption = None,
    baseline: BaselineOption = None,
    write_baseline: WriteBaselineOption = None,
    quiet: QuietOption = False,
) -> None:
    """Align a translation with its source and report omissions, additions and mistranslations."""
    from .api import align_paths
    from .embed import EncoderError
    from .readers.pairs import PairOptions

    overrides = dict(
        select=select, ignore=ignore, fail_on=fail_on, min_score=min_score, source_lang=source_lang,
        target_lang=target_lang, split=split, encoder=encoder, device=device, english_style=english_style, langid=langid,
        text_field=text_field, title_field=title_field, id_field=id_field,
    )
    try:
        settings = load_settings(config, overrides=overrides)
        reporter_named(format)
        for path in output:
            reporter_for_path(path)
        rows = read_gate(baseline)
        pair_options = PairOptions(source_field=source_field, target_field=target_field, id_field=id_field)
        progress, advance = _progress(quiet)
        if progress is not None:
            with progress:
                result = align_paths(inputs, settings=settings, pair_options=pair_options, progress=advance)
        else:
            result = align_paths(inputs, settings=settings, pair_options=pair_options)
        result = apply_gate(result, baseline, rows, write_baseline, inputs)
        emit(result, format, output, inputs)
    except (*USAGE_ERRORS, EncoderError) as exc:
        raise fail_usage(str(exc)) from None
    raise finish(result)


@app.command()
def report(
    result_file: Path = typer.Argument(..., help="A result saved with --format json or -o result.json."),
    format: str = typer.Option("text", "--format", "-f", help=FORMAT_HELP),
    output: List[str] = typer.Option([], "--output", "-o", help="Write the report to FILE (format from the suffix)."),
) -> None:
    """Re-render a saved JSON result into another format."""
    from .reporters.machine import load_result

    try:
        data = json.loads(result_file.read_text(encoding="utf-8"))
        result = load_result(data)
        emit(result, format, output, [str(result_file)])
    except FileNotFoundError:
        raise fail_usage(f"result file '{result_file}' does not exist") from None
    except json.JSONDecodeError as exc:
        raise fail_usage(f"'{result_file}' is not a JSON result: {exc}") from None
    except USAGE_ERRORS as exc:
        raise fail_usage(str(exc)) from None
    raise finish(result)


@app.command()
def rules(format: str = typer.Option("text", "--format", "-f", help="text|json|markdown.")) -> None:
    """List every check: code, name, default severity, summary."""
    renderers = {"text": rules_text, "json": rules_json, "markdown": rules_markdown}
    if format not in renderers:
        raise fail_usage(f"unknown format '{format}' for rules; use text, json or markdown")
    typer.echo(renderers[format](), nl=False)


@app.command(name="explain")
def explain_command(check: str = typer.Argument(..., help="A check code (QT101) or name (glued-quote).")) -> None:
    """Explain one check, with a flagged and a clean example."""
    found = check_lookup(check)
    if found is None:
        raise fail_usage(f"no check is called '{check}'; run 'mtcheck rules' to list them")
    typer.echo(explain(found), nl=False)


@app.command(name="config")
def config_command(
    show: bool = typer.Option(False, "--show", help="Print the resolved configuration and where each value came from."),
    config: Optional[Path] = typer.Option(None, "--config", help="Config file (TOML)."),
) -> None:
    """Show the resolved configuration; exit 2 if it names an unknown check or option."""
    if not show:
        raise fail_usage("nothing to do; use 'mtcheck config --show'")
    try:
        settings: Settings = load_settings(config)
        build_checks(settings)  # check names, options and per-path ignores are validated here, as in a run
    except USAGE_ERRORS as exc:
        raise fail_usage(str(exc)) from None
    for key, value in settings.as_dict().items():
        typer.echo(f"{key.replace('_', '-')} = {json.dumps(value, ensure_ascii=False)}    # {settings.source_of(key)}")

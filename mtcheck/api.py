"""The library API: audit text, documents or paths, or align a translation with its source.

The CLI is a thin layer over these functions. Keyword options are the settings
of ``mtcheck.config.Settings`` (``select``, ``ignore``, ``english_style``,
``fail_on``, ``source_lang``...); ``config`` names a TOML file to read first.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from .config import Settings, load_settings
from .model import Document, DocumentResult, RunResult
from .readers import ReadOptions, read_documents
from .readers.base import compose, plain_text_document
from .readers.pairs import PairedDocument, PairOptions
from .runner import run


def resolve_settings(config: str | Path | None = None, **options: Any) -> Settings:
    """Settings from an optional config file and keyword options (no implicit file search)."""
    return load_settings(config, overrides=options, discover=False)


def _as_document(item: Document | str | Mapping[str, Any], number: int) -> Document:
    if isinstance(item, Document):
        return item
    if isinstance(item, str):
        return plain_text_document(item, id=f"doc-{number}", origin=f"<document {number}>")
    if isinstance(item, Mapping):
        text = item.get("text", item.get("content", item.get("body")))
        if not isinstance(text, str):
            raise TypeError(f"document {number} has no 'text' string")
        doc_id = str(item.get("id", item.get("url", f"doc-{number}")))
        return compose(text, id=doc_id, origin=str(item.get("origin", doc_id)), title=item.get("title"))
    raise TypeError(f"document {number}: expected a Document, a string or a mapping, got {type(item).__name__}")


def audit_text(text: str, *, title: str | None = None, id: str = "text", config: str | Path | None = None,
               **options: Any) -> DocumentResult:
    """Audit one text. With ``title``, the title is prepended to the text as a headline."""
    if title is None:
        document = plain_text_document(text, id=id, origin=f"<{id}>")
    else:
        document = compose(text, id=id, origin=f"<{id}>", title=title)
    return run([document], resolve_settings(config, **options)).documents[0]


def audit_documents(documents: Iterable[Document | str | Mapping[str, Any]], *, config: str | Path | None = None,
                    progress: Callable[[DocumentResult], None] | None = None, **options: Any) -> RunResult:
    """Audit many documents (Document objects, strings or mappings with ``text``/``title``/``id``)."""
    settings = resolve_settings(config, **options)
    return run((_as_document(d, n) for n, d in enumerate(documents, 1)), settings, progress=progress)


def audit_stream(documents: Iterable[Document | str | Mapping[str, Any]], *, jobs: int = 1, engine: str = "local",
                 scheduler: str | None = None, config: str | Path | None = None,
                 **options: Any) -> Iterator[DocumentResult]:
    """Audit documents lazily and yield their results in input order, holding only a few batches in memory.

    ``jobs`` worker processes each build the checks and the encoder once;
    ``engine="dask"`` sends the batches to the Dask scheduler at ``scheduler``
    (``local`` starts a LocalCluster of ``jobs`` workers). The results are the
    same whatever ``jobs`` and ``engine`` are. Keyword options as for ``audit_documents``.
    """
    from .embed_cache import cache_snapshot
    from .parallel import audit_batches

    settings = resolve_settings(config, **options)
    # a remote cluster's workers have caches of their own: they read none of them (see mtcheck.dask)
    cutoff = cache_snapshot(settings.cache_dir) if engine == "local" or scheduler == "local" else 0
    documents = (_as_document(d, n) for n, d in enumerate(documents, 1))
    for batch in audit_batches(documents, settings, jobs=jobs, engine=engine, scheduler=scheduler, cutoff=cutoff):
        yield from batch


def audit_paths(inputs: Sequence[str], *, config: str | Path | None = None, settings: Settings | None = None,
                progress: Callable[[DocumentResult], None] | None = None, **options: Any) -> RunResult:
    """Audit files, folders, globs, URLs or ``-``, as ``mtcheck audit`` does."""
    settings = settings or resolve_settings(config, **options)
    return run(read_documents(inputs, read_options(settings)), settings, inputs=inputs, progress=progress)


def read_options(settings: Settings) -> ReadOptions:
    """How readers read inputs under ``settings``."""
    return ReadOptions(
        text_field=settings.text_field, title_field=settings.title_field, id_field=settings.id_field,
        include=settings.include, exclude=settings.exclude, max_bytes=settings.max_bytes, timeout=settings.timeout,
    )


def align_text(source: str, target: str, *, config: str | Path | None = None, **options: Any) -> DocumentResult:
    """Align one translation with its source and check it; the result carries ``pairs`` and ``source``."""
    return align_documents([(source, target)], config=config, **options).documents[0]


def _as_pair(item: PairedDocument | tuple[Any, Any], number: int) -> PairedDocument:
    if isinstance(item, PairedDocument):
        return item
    try:
        source, target = item
    except (TypeError, ValueError):
        raise TypeError(f"pair {number}: expected a (source, target) tuple or a PairedDocument") from None
    return PairedDocument(_as_document(source, number), _as_document(target, number))


def align_documents(pairs: Iterable[PairedDocument | tuple[Any, Any]], *, config: str | Path | None = None,
                    progress: Callable[[DocumentResult], None] | None = None, **options: Any) -> RunResult:
    """Align and check many translations: ``(source, target)`` tuples of Documents, strings or mappings.

    Keyword options are settings as for ``audit_documents``, plus ``split``
    (``sentences``, ``lines`` or ``paragraphs``) and ``encoder``.
    """
    from .align_run import run_pairs

    settings = resolve_settings(config, **options)
    return run_pairs((_as_pair(p, n) for n, p in enumerate(pairs, 1)), settings, progress=progress)


def align_paths(inputs: Sequence[str], *, config: str | Path | None = None, settings: Settings | None = None,
                pair_options: PairOptions | None = None, progress: Callable[[DocumentResult], None] | None = None,
                **options: Any) -> RunResult:
    """Align SOURCE and TARGET documents, or the units of one pairs file, as ``mtcheck align`` does."""
    from .align_run import read_paired, run_pairs

    settings = settings or resolve_settings(config, **options)
    source_lang = None if settings.source_lang in ("", "auto") else settings.source_lang
    pair_options = replace(pair_options or PairOptions(id_field=settings.id_field),
                           source_lang=source_lang, target_lang=settings.target_lang)
    pairs = read_paired(inputs, read_options(settings), pair_options)
    return run_pairs(pairs, settings, inputs=inputs, progress=progress)

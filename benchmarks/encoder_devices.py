"""An ``st:`` encoder on the GPU against the same model on the CPU: device, speed, vectors, findings.

For a machine with a GPU and a local sentence-transformers model. It checks
what ``--device`` promises: ``auto`` runs the model on the GPU torch sees; the
GPU's vectors match the CPU's to float precision; an audit on either device
gives the same findings; a GPU number past the last one is a usage error
(exit 2). It prints, measured in one run, the sentences per second of both
devices and their ratio, and the audit's wall-clock time on each.

Sentences come from the ``.txt`` articles under ``--sentences`` (default: the
project's probe sets), split at full stops; the audit reads ``--audit`` paths.
Nothing is downloaded: ``MODEL`` is a folder or a cached model name.

Usage: ``python benchmarks/encoder_devices.py MODEL [--sentences DIR ...] [--audit PATH ...] [--limit N] [--out DIR]``

Measured on an NVIDIA H200 with 16 CPU cores (torch 2.11, sentence-transformers 6.0,
all-MiniLM-L6-v2; README, "Sentence encoders on a GPU").
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from mtcheck.embed import build_encoder

ROOT = Path(__file__).resolve().parents[1]


def article_sentences(folders: list[Path], limit: int) -> list[str]:
    """Distinct sentences of four words or more from the ``.txt`` files under ``folders``."""
    found: dict[str, None] = {}
    for path in sorted(p for folder in folders for p in folder.rglob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            for part in line.split(". "):
                if len(part.split()) >= 4:
                    found[part.strip()] = None
    return list(found)[:limit]


def rate(encoder, sentences: list[str]) -> tuple[np.ndarray, float]:
    """The vectors of ``sentences`` and sentences per second (after a warm-up batch)."""
    encoder.encode(sentences[:64])
    start = time.perf_counter()
    vectors = encoder.encode(sentences[64:])
    return vectors, (len(sentences) - 64) / (time.perf_counter() - start)


def audit(model: str, device: str, paths: list[str], out: Path) -> tuple[set, float, int]:
    """The findings (document, check, span) of an audit on ``device``, its seconds and exit code."""
    report = out / f"audit_{device.replace(':', '')}.json"
    command = [sys.executable, "-m", "mtcheck", "audit", *paths, "--encoder", f"st:{model}", "--device", device,
               "-f", "json", "-o", str(report), "-q", "-j", "1", "--fail-on", "never"]
    # a cache of its own per device: each run encodes every text itself
    env = dict(os.environ, MTCHECK_CACHE_DIR=str(out / f"cache_{device.replace(':', '')}"))
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        sys.exit(f"audit on {device} failed (exit {done.returncode}): {done.stderr[-2000:]}")
    data = json.loads(report.read_text(encoding="utf-8"))
    return ({(d["id"], f["check"], f["start"], f["end"]) for d in data["documents"] for f in d["findings"]},
            seconds, len(data["documents"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("model", help="a sentence-transformers model folder or cached name")
    parser.add_argument("--sentences", type=Path, nargs="+", default=[ROOT / "benchmarks" / "data" / "probes"])
    parser.add_argument("--audit", nargs="+", default=[str(ROOT / "corpora" / "examples")])
    parser.add_argument("--limit", type=int, default=20000, help="sentences encoded on the GPU (the CPU gets a fifth)")
    parser.add_argument("--out", type=Path, default=None, help="folder for the audit reports (default: a temporary one)")
    args = parser.parse_args()
    import torch

    if not torch.cuda.is_available():
        sys.exit("torch sees no CUDA GPU: this benchmark compares a GPU with the CPU")
    out = args.out or Path(tempfile.mkdtemp(prefix="mtcheck-devices-"))
    out.mkdir(parents=True, exist_ok=True)
    gpu = build_encoder(f"st:{args.model}", device="auto", disk_cache=False)
    cpu = build_encoder(f"st:{args.model}", device="cpu", disk_cache=False)
    sentences = article_sentences(args.sentences, args.limit)
    on_gpu, gpu_rate = rate(gpu, sentences)
    on_cpu, cpu_rate = rate(cpu, sentences[: max(128, len(sentences) // 5)])
    shared = len(on_cpu)
    cosine = (on_gpu[:shared] * on_cpu).sum(axis=1)
    gpu_findings, gpu_seconds, documents = audit(args.model, "cuda", args.audit, out)
    cpu_findings, cpu_seconds, _ = audit(args.model, "cpu", args.audit, out)
    beyond = subprocess.run([sys.executable, "-m", "mtcheck", "audit", "-", "--encoder", f"st:{args.model}",
                             "--device", f"cuda:{torch.cuda.device_count()}"],
                            input="The council met on Monday. It approved the plan.\n", capture_output=True, text=True)
    figures = {
        "gpu": torch.cuda.get_device_name(0), "torch": torch.__version__, "cpu_threads": torch.get_num_threads(),
        "auto_device": gpu.device, "sentences": len(sentences),
        "gpu_sentences_per_s": round(gpu_rate, 1), "cpu_sentences_per_s": round(cpu_rate, 1),
        "gpu_over_cpu": round(gpu_rate / cpu_rate, 2),
        "min_cosine_gpu_cpu": round(float(cosine.min()), 7),
        "audit_documents": documents, "audit_gpu_seconds": round(gpu_seconds, 2), "audit_cpu_seconds": round(cpu_seconds, 2),
        "audit_findings": len(gpu_findings), "audit_same_findings": gpu_findings == cpu_findings,
        "beyond_last_gpu_exit": beyond.returncode, "beyond_last_gpu_message": beyond.stderr.strip()[-300:],
    }
    print(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()

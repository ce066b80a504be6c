"""Score mtcheck on a probe set: articles with a key of the artifacts planted in them.

Each set in ``benchmarks/data/probes/`` holds plain-text articles in the style of
unreviewed machine translation and an ``ANSWERS.md`` key, written by people who
had not seen mtcheck's code or word lists::

    ## art01.txt
    1. `exact snippet` — kind
    ## clean01.txt
    clean

An article the key does not list is clean too.

For every planted artifact the script looks for a finding that overlaps the
snippet: at the check the key names (``right check``) or at any check. It prints
the counts per kind, the misses, and the warnings and errors that no snippet
explains (on the clean articles they are false findings). The key names number,
date and time formats ``other`` or ``source-typography``; both count as
``source-typography``.

    python benchmarks/probe_score.py benchmarks/data/probes/set3
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

from mtcheck.api import audit_paths
from mtcheck.model import Severity

_FILE = re.compile(r"##\s+(\S+\.txt)")
_ITEM = re.compile(r"\d+\.\s+`(.+?)`\s+[\N{EM DASH}-]+\s+([a-z-]+)")
#: how the key's kinds map to check names
_CHECK_OF_KIND = {"other": "source-typography"}


def read_key(path: Path) -> dict[str, list[tuple[str, str]]]:
    """Planted artifacts by file name: (snippet, kind); a clean file has none."""
    items: dict[str, list[tuple[str, str]]] = defaultdict(list)
    current = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if match := _FILE.match(line):
            current = match.group(1)
            items[current]  # a clean file still has an entry
        elif (match := _ITEM.match(line)) and current:
            items[current].append((match.group(1), match.group(2)))
    return items


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="a probe set: *.txt articles and ANSWERS.md")
    args = parser.parse_args()
    key = read_key(args.folder / "ANSWERS.md")
    # an article the key does not list is clean: it is audited too, for false findings
    for path in sorted(args.folder.glob("*.txt")):
        key.setdefault(path.name, [])
    results = {Path(r.document.origin).name: r for r in audit_paths(
        [str(args.folder / name) for name in sorted(key)]).documents}
    planted, right, anywhere = Counter(), Counter(), Counter()
    misses, explained = [], set()
    for name, artifacts in key.items():
        result = results[name]
        text = result.document.text
        for snippet, kind in artifacts:
            start = text.find(snippet)
            if start < 0:
                print(f"snippet not found in {name}: {snippet!r}")
                continue
            end = start + len(snippet)
            near = [f for f in result.findings if f.start < end and start < f.end]
            explained.update((name, f.start, f.end, f.check) for f in near)
            wanted = _CHECK_OF_KIND.get(kind, kind)
            planted[kind] += 1
            right[kind] += any(f.check == wanted for f in near)
            anywhere[kind] += bool(near)
            if not any(f.check == wanted for f in near):
                misses.append((name, kind, snippet, sorted({f.check for f in near})))
    print(f"{'kind':22} {'planted':>7} {'right check':>11} {'any check':>9}")
    for kind in sorted(planted):
        print(f"{kind:22} {planted[kind]:7} {right[kind]:11} {anywhere[kind]:9}")
    total = sum(planted.values())
    print(f"{'total':22} {total:7} {sum(right.values()):11} {sum(anywhere.values()):9}"
          f"   ({sum(right.values()) / max(total, 1):.0%} at the right check)")
    print("\nmissed at the right check:")
    for name, kind, snippet, others in misses:
        print(f"  {name:12} {kind:20} {snippet!r}" + (f"  (found by {', '.join(others)})" if others else ""))
    print("\nwarnings and errors no snippet explains (false findings on clean files):")
    for name, result in results.items():
        for f in result.findings:
            if f.severity.rank >= Severity.WARNING.rank and (name, f.start, f.end, f.check) not in explained:
                print(f"  {name:12} {f.check:20} {result.document.text[f.start:f.end][:70]!r}")


if __name__ == "__main__":
    main()

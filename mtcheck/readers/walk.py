"""Walking folders and expanding ``**`` globs without ever looping on symbolic links.

``Path.rglob`` and ``glob.glob(recursive=True)`` follow links to folders; a link
to a parent folder (``a/up -> ..``) makes the standard ``**`` glob recurse until
the path is too long, which takes minutes with two such links. Here each folder
is entered once, by its real identity (device and inode), so links are followed
(a feed folder linked into a project is read) but a loop is walked only once.
"""

from __future__ import annotations

import fnmatch
import glob as globbing
import os
from typing import Iterator

_MAGIC = frozenset("*?[")


def walk_files(root: str) -> Iterator[str]:
    """Every file under ``root``, following links to folders but entering each folder once.

    Folders that cannot be listed (permissions, vanished) are skipped, as ``find`` does.
    """
    seen: set[tuple[int, int]] = set()
    for folder, dirs, files in os.walk(root, followlinks=True, onerror=lambda error: None):
        try:
            info = os.stat(folder)
        except OSError:
            dirs[:] = []
            continue
        identity = (info.st_dev, info.st_ino)
        if identity in seen:
            dirs[:] = []
            continue
        seen.add(identity)
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(folder, name)
            if os.path.isfile(path):
                yield path


def _has_magic(part: str) -> bool:
    return any(ch in _MAGIC for ch in part)


def _match(parts: list[str], patterns: list[str]) -> bool:
    """Whether path ``parts`` match pattern ``patterns``, ``**`` standing for any number of folders."""
    if not patterns:
        return not parts
    head, rest = patterns[0], patterns[1:]
    if head == "**":
        return any(_match(parts[index:], rest) for index in range(len(parts) + 1))
    if not parts:
        return False
    name = parts[0]
    if name.startswith(".") and not head.startswith("."):
        return False  # like glob: wildcards do not match hidden names
    return fnmatch.fnmatchcase(name, head) and _match(parts[1:], rest)


def glob_files(pattern: str) -> list[str]:
    """The files matching ``pattern``, sorted; ``**`` is matched with the loop-safe walk."""
    if "**" not in pattern:
        return sorted(p for p in globbing.glob(pattern) if os.path.isfile(p))
    parts = pattern.replace("\\", "/").split("/")
    fixed = 0
    while fixed < len(parts) - 1 and not _has_magic(parts[fixed]) and parts[fixed] != "**":
        fixed += 1
    root = "/".join(parts[:fixed]) or ("/" if pattern.startswith("/") else ".")
    patterns = parts[fixed:]
    found = []
    for path in walk_files(root):
        relative = os.path.relpath(path, root).replace("\\", "/")
        if _match(relative.split("/"), patterns):
            found.append(path if root != "." or pattern.startswith("./") else os.path.normpath(path))
    return sorted(found)

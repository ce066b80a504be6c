"""Bytes to text: which encoding, which bytes were invalid, and whether it is text at all.

The order of decisions, most certain first:

1. a byte order mark (UTF-8, UTF-16, UTF-32) names the encoding;
2. UTF-16 without a mark shows as a NUL in every other byte;
3. known binary signatures (PNG, PDF, ZIP...) or a high share of control bytes
   mean the input is not text: it is skipped with an error, not audited;
4. valid UTF-8 is UTF-8; UTF-8 with a few invalid bytes (at least as many
   valid non-ASCII characters as invalid bytes) is still UTF-8, and the invalid
   bytes are reported;
5. otherwise a legacy encoding: charset-normalizer's guess when the input holds
   enough non-ASCII bytes for a guess to mean something and the guess reads as
   a non-Latin script (Cyrillic, Greek, CJK...), else Windows-1252, the encoding
   of nearly every legacy Western file (Latin-1 is its subset for text).
   charset-normalizer alone misreads short Western text (it took ``café crème``
   for Urdu cp1006 and a French sentence for Mac Central European), hence the
   preference.

Every undecodable byte becomes U+FFFD and an encoding problem with its byte
offset (``mtcheck.textguard``); control characters are replaced the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..textguard import MARK_ERRORS, UNSAFE, scrub

#: the share of control bytes (other than tab, newlines, form feed, escape) above which data is binary
BINARY_CONTROL_SHARE = 0.10
#: bytes looked at to decide whether an input is binary or UTF-16
SNIFF_BYTES = 8192
#: below this many non-ASCII bytes, a guess of a non-Western encoding is not trusted
MIN_GUESS_BYTES = 16
#: charset-normalizer's "chaos" (mess) above which its guess is not trusted
MAX_CHAOS = 0.2

_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
#: file signatures of formats that are never text
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"GIF87a", "a GIF image"), (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"), (b"%PDF-", "a PDF document"), (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX)"),
    (b"\x7fELF", "an executable"), (b"MZ", "a Windows executable"), (b"\x1f\x8b", "gzip data"),
    (b"BZh", "bzip2 data"), (b"\xfd7zXZ\x00", "xz data"), (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"PAR1", "a Parquet table"), (b"SQLite format 3\x00", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (DOC/XLS)"), (b"RIFF", "a RIFF media file"),
    (b"OggS", "an Ogg media file"), (b"ID3", "an MP3 file"), (b"wOFF", "a web font"), (b"\x00asm", "WebAssembly"),
)
_TEXT_CONTROLS = frozenset(b"\t\n\r\x0c\x1b")
_WESTERN = "cp1252"
#: how encodings are named in messages
DISPLAY_NAMES = {
    "utf-8": "UTF-8", "utf-16-le": "UTF-16LE", "utf-16-be": "UTF-16BE", "utf-32-le": "UTF-32LE",
    "utf-32-be": "UTF-32BE", "cp1252": "Windows-1252",
}


@dataclass(frozen=True)
class Decoded:
    """Decoded text with its encoding and the problems found (see ``textguard.scrub``)."""

    text: str
    encoding: str
    problems: tuple[dict[str, Any], ...] = ()


def _bom(data: bytes) -> tuple[str, int] | None:
    for mark, codec in _BOMS:
        if data.startswith(mark):
            return codec, len(mark)
    return None


#: byte pairs an input without a byte order mark needs before its NULs can say UTF-16: in fewer, a few NUL
#: bytes in a short line of garbage fall on one side by chance (``x\0 \nx\0 \0 `` reads as three UTF-16 letters)
MIN_UTF16_PAIRS = 8


def utf16_without_bom(head: bytes) -> str | None:
    """``utf-16-le``/``-be`` when NULs fill one byte of each pair, as in UTF-16 Latin text."""
    pairs = len(head) // 2
    if pairs < MIN_UTF16_PAIRS:
        return None
    even_nuls = head[0:pairs * 2:2].count(0)
    odd_nuls = head[1:pairs * 2:2].count(0)
    if odd_nuls >= 0.7 * pairs and even_nuls <= 0.05 * pairs:
        return "utf-16-le"
    if even_nuls >= 0.7 * pairs and odd_nuls <= 0.05 * pairs:
        return "utf-16-be"
    return None


def binary_reason(head: bytes) -> str | None:
    """Why the first bytes of an input say it is not text (None when it may be text).

    Inputs with a byte order mark or in UTF-16 are text whatever their bytes.
    """
    if _bom(head) or utf16_without_bom(head[:SNIFF_BYTES]):
        return None
    for signature, what in _SIGNATURES:
        if head.startswith(signature):
            return f"it is {what}, not text"
    sample = head[:SNIFF_BYTES]
    if not sample:
        return None
    controls = sum(1 for b in sample if b < 0x20 and b not in _TEXT_CONTROLS)
    if controls / len(sample) > BINARY_CONTROL_SHARE:
        return f"{controls} of its first {len(sample)} bytes are control bytes, so it is binary data, not text"
    return None


def legacy_codec(data: bytes) -> str:
    """A legacy single- or multi-byte encoding for data that is not UTF-8."""
    non_ascii = sum(1 for b in data[:65536] if b >= 0x80)
    if non_ascii < MIN_GUESS_BYTES:
        return _WESTERN
    from charset_normalizer import from_bytes

    guess = from_bytes(data[:65536]).best()
    if guess is None or guess.chaos > MAX_CHAOS:
        return _WESTERN
    text = str(guess)
    letters = [c for c in text if c.isalpha() and ord(c) >= 0x80]
    # a non-Western guess must read as another script, not as oddly accented Latin
    foreign = sum(1 for c in letters if ord(c) > 0x24F)
    if letters and foreign >= 0.8 * len(letters):
        return guess.encoding
    return _WESTERN


def mostly_utf8(marked: str) -> bool:
    """Whether UTF-8 decoded with marked errors has at least as many valid non-ASCII characters as bad bytes.

    Then it is UTF-8 with a few broken bytes (a file patched in another
    encoding, a character cut in two); otherwise a legacy encoding, whose bytes
    only form a valid UTF-8 sequence by accident.
    """
    bad = sum(1 for c in marked if 0xDC00 <= ord(c) <= 0xDCFF)
    good = sum(1 for c in marked if ord(c) >= 0x80) - bad
    return good >= bad


def decode(data: bytes) -> Decoded:
    """Decode input bytes; see the module docstring for the order of decisions.

    Newlines are kept as they are (``\\r\\n``, ``\\r``, ``\\n``, mixed) so that offsets
    match what the user's editor shows.
    """
    found = _bom(data)
    if found:
        codec, base = found
    else:
        base = 0
        codec = utf16_without_bom(data[:SNIFF_BYTES]) or "utf-8"
    body = data[base:] if base else data
    if codec == "utf-8":
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as error:
            text = body.decode("utf-8", errors=MARK_ERRORS)
            # a character cut in two at the very end: UTF-8 that was truncated
            cut = error.reason == "unexpected end of data"
            if not found and not cut and not mostly_utf8(text):
                codec = legacy_codec(body)
                text = body.decode(codec, errors=MARK_ERRORS)
    else:
        text = body.decode(codec, errors=MARK_ERRORS)
    if UNSAFE.search(text) is None:
        return Decoded(text, codec)
    clean, problems = scrub(text, markers=True, codec=codec, base=base, codec_name=DISPLAY_NAMES.get(codec, codec))
    return Decoded(clean, codec, tuple(problems))

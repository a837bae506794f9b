"""Bytes to text (SPEC §4): UTF-8, else cp1252; BOM dropped; line ends kept."""
from __future__ import annotations

from builder.errors import UsageError

MAX_SOURCE_BYTES = 5 * 1024 * 1024  # far above any news article; a bigger file is a mistake


def decode_source(data: bytes, file: str) -> str:
    if not data.strip():
        raise UsageError("the file is empty; remove it or paste the article into it", file=file)
    if b"\x00" in data[:8192] or _looks_binary(data[:8192]):
        raise UsageError("this is not a text file (binary data); save the article as .txt, .md or .html", file=file)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Articles pasted from Windows tools arrive as cp1252 (smart quotes as 0x93/0x94).
        return data.decode("cp1252", errors="replace")


def _looks_binary(head: bytes) -> bool:
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return control > max(8, len(head) // 50)

"""The `Key: value` block at the top of a source (Python-Markdown `meta` format)."""
from __future__ import annotations

import datetime as dt
import re

from dateutil import parser as date_parser

KNOWN_KEYS = ("title", "outlet", "date", "url", "author")
_LINE = re.compile(r"([A-Za-z][\w-]{0,30})[ \t]*:[ \t]*(.*?)[ \t]*(?:\r\n|\r|\n|$)")


def read_metadata_block(text: str) -> tuple[dict[str, str], int]:
    """(known keys lower-cased -> value, offset where the article starts).

    A block counts only when every line before the first blank line is
    `Key: value` and at least one key is a known one, so an article whose first
    line happens to contain a colon ("Editor's note: ...") is left alone.
    """
    pos, found = 0, {}
    keys_seen = []
    while pos < len(text):
        m = _LINE.match(text, pos)
        if not m or not m.group(0).strip():
            break
        keys_seen.append(m.group(1).lower())
        if m.group(1).lower() in KNOWN_KEYS and m.group(2):
            found[m.group(1).lower()] = m.group(2)
        pos = m.end()
    if not found or not keys_seen:
        return {}, 0
    blank = re.match(r"[ \t]*(?:\r\n|\r|\n)", text[pos:])
    if pos < len(text) and not blank:
        return {}, 0
    return found, pos


def parse_date(value: str) -> dt.date | None:
    """A publication date in any common form ("2016-03-24", "March 24, 2016")."""
    try:
        return date_parser.parse(value, default=dt.datetime(1900, 1, 1)).date()
    except (ValueError, OverflowError):
        return None

"""The editor's input from briefing.toml: corrections, hidden facts, pinned quotes, summary.

Editor input always wins over extraction, but never silently removes a
disagreement between sources: a conflict touched by a correction or a hide is
kept and marked resolved, so the reader still sees that the sources differed.
"""
from __future__ import annotations

import dataclasses
import re
from typing import Optional

import markdown
import nh3

from builder.errors import ContentError
from builder.model import Conflict, Party, Pin, Quote, Source

CONFIG_FILE = "briefing.toml"
_ALLOWED_TAGS = {"p", "br", "em", "strong", "a", "ul", "ol", "li", "blockquote", "code", "pre", "h2", "h3", "h4", "hr"}


def correct_name(name: Optional[str], corrections: dict[str, str]) -> Optional[str]:
    """The corrected form of a name: "Schectman" -> "Paul Shechtman" (whole words only)."""
    if not name:
        return name
    for wrong, right in corrections.items():
        if not re.search(rf"(?<!\w){re.escape(wrong)}(?!\w)", name):
            continue
        if " " in right.strip() or name.strip() == wrong:
            return right  # a full name replaces the whole misspelt form, never "Paul Paul Shechtman"
        name = re.sub(rf"(?<!\w){re.escape(wrong)}(?!\w)", right, name)
    return name


def correct_party(party: Party, corrections: dict[str, str]) -> Party:
    name = correct_name(party.name, corrections) or party.name
    if name == party.name:
        return party
    aliases = [a for a in [party.name, *party.aliases] if a != name]
    return dataclasses.replace(party, name=name, aliases=aliases)


def is_hidden(text: Optional[str], hide: list[str]) -> bool:
    lowered = (text or "").lower()
    return any(h.strip() and h.strip().lower() in lowered for h in hide)


def resolve_conflicts(conflicts: list[Conflict], corrections: dict[str, str], hide: list[str]) -> None:
    """Mark conflicts the editor has settled; they stay listed (SPEC §3)."""
    for conflict in conflicts:
        for wrong, right in corrections.items():
            if any(_mentions(v.value, wrong) or _mentions(v.text, wrong) for v in conflict.values):
                conflict.resolved = True
                conflict.resolution = f"Corrected by the editor: \u201c{wrong}\u201d should read \u201c{right}\u201d"
        if not conflict.resolved and any(is_hidden(v.text, hide) or is_hidden(v.value, hide) for v in conflict.values):
            conflict.resolved = True
            conflict.resolution = "Set aside by the editor (hidden in briefing.toml)"


def _mentions(text: str, word: str) -> bool:
    return bool(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text))


def pinned_quotes(pins: list[Pin], sources: list[Source]) -> list[Quote]:
    """Each pin found verbatim in a source, with its real citation; a missing pin is an error."""
    quotes = []
    for pin in pins:
        found = _locate(pin, sources)
        if found is None:
            where = f"in {pin.file}" if pin.file else "in any source"
            raise ContentError(f"pinned quote \u201c{_short(pin.text)}\u201d is not {where}; copy it exactly "
                               "from the article or remove the pin", file=CONFIG_FILE)
        source, start, end = found
        quotes.append(Quote(text=source.text[start:end], citations=[source.cite(start, end)], speaker=pin.speaker))
    return quotes


def _locate(pin: Pin, sources: list[Source]) -> Optional[tuple[Source, int, int]]:
    candidates = [s for s in sources if pin.file is None or s.file == pin.file]
    # Verbatim, except that typed straight quotes and apostrophes may stand for curly ones and
    # line breaks for spaces: what an editor types for words they copied.
    words = re.split(r"(\s+)", pin.text.strip())
    pattern = "".join(r"\s+" if w.isspace() else _loose(w) for w in words if w)
    if not pattern:
        return None
    for source in candidates:
        m = re.search(pattern, source.text)
        if m:
            return source, m.start(), m.end()
    return None


def _loose(word: str) -> str:
    out = []
    for ch in word:
        if ch in "'\u2018\u2019":
            out.append("['\u2018\u2019]")
        elif ch in '"\u201c\u201d':
            out.append('["\u201c\u201d]')
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _short(text: str, limit: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def summary_html(text: Optional[str]) -> Optional[str]:
    """The editor's Markdown as HTML with only harmless tags: no images, scripts or non-web links."""
    if not text or not text.strip():
        return None
    html = markdown.markdown(text, extensions=["sane_lists"], output_format="html")
    return nh3.clean(html, tags=_ALLOWED_TAGS, attributes={"a": {"href", "title"}},
                     url_schemes={"http", "https"}, link_rel="noopener noreferrer")

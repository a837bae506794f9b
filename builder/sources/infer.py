"""Metadata the text itself supports when nothing else gives it (SPEC §3)."""
from __future__ import annotations

import re

from builder.model import Paragraph

# How outlets name themselves or are named in copy; the value is the name to show.
_OUTLET_NAMES = {
    "nbc news": "NBC News", "abc news": "ABC News", "cbs news": "CBS News", "cnn": "CNN",
    "fox news": "Fox News", "npr": "NPR", "bbc": "BBC", "bbc news": "BBC News",
    "the new york times": "The New York Times", "the times": "The New York Times",
    "new york post": "New York Post", "the new york post": "New York Post",
    "the washington post": "The Washington Post", "the wall street journal": "The Wall Street Journal",
    "the associated press": "Associated Press", "ap": "Associated Press", "reuters": "Reuters",
    "usa today": "USA Today", "the guardian": "The Guardian", "los angeles times": "Los Angeles Times",
    "the los angeles times": "Los Angeles Times", "the daily news": "New York Daily News",
    "the boston globe": "The Boston Globe", "the globe": "The Boston Globe", "politico": "Politico",
    "the chicago tribune": "Chicago Tribune", "the tribune": "Chicago Tribune",
}
# Last words that make "told The Daily Gazette" an outlet rather than a person.
_OUTLET_NOUNS = {"news", "post", "times", "journal", "herald", "tribune", "globe", "gazette", "press",
                 "daily", "telegraph", "chronicle", "observer", "examiner", "radio", "tv", "magazine"}
_TOLD = re.compile(r"\btold\s+((?:the\s+)?[A-Z][\w.&]*(?:\s+[A-Z][\w.&]*){0,3})")
_DATELINE = re.compile(r"^[A-Z][A-Z .,'-]{2,40}\((AP|Reuters|AFP)\)\s*[\u2014-]")


def infer_outlet(text: str, paragraphs: list[Paragraph]) -> str | None:
    """The outlet an article's own copy names: a wire dateline or "told NBC News"."""
    for p in paragraphs:
        m = _DATELINE.match(text[p.start:p.end])
        if m:
            return _OUTLET_NAMES[m.group(1).lower()] if m.group(1).lower() in _OUTLET_NAMES else m.group(1)
    counts: dict[str, int] = {}
    for p in paragraphs:
        if p.kind != "body":
            continue
        for m in _TOLD.finditer(text, p.start, p.end):
            words = m.group(1).split()
            # Longest known name first: "told NBC News that" -> "NBC News".
            for n in range(len(words), 0, -1):
                name = " ".join(words[:n]).rstrip(".,").lower()
                if name == "the post":
                    outlet = "New York Post" if re.search(r"\bNew York\b|\bNYPD\b", text) else "The Washington Post" \
                        if "Washington" in text else None
                elif name in _OUTLET_NAMES:
                    outlet = _OUTLET_NAMES[name]
                else:
                    last = words[n - 1].rstrip(".,").lower()
                    outlet = " ".join(words[:n]).rstrip(".,") if last in _OUTLET_NOUNS else None
                if outlet:
                    counts[outlet] = counts.get(outlet, 0) + 1
                    break
    return max(counts, key=lambda k: counts[k]) if counts else None


def infer_title(text: str, paragraphs: list[Paragraph]) -> str | None:
    """The first heading-like line of three words or more near the top."""
    for p in paragraphs[:6]:
        line = text[p.start:p.end]
        if p.kind == "heading" and len(line.split()) >= 3:
            return line
        if p.kind == "body":
            break
    return None

"""Citation numbering: notes are numbered in the order a reader meets them.

A NoteBook belongs to one render call. The template asks it for a citation
mark as it goes (`notes.mark(fact.citations)`), so numbering follows the page
whatever the template's layout, and the notes section (rendered last) lists
exactly the notes that were used.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Iterable, Optional

from markupsafe import Markup, escape

from builder.model import Briefing, Citation, Source


_PLACES = {"caption": "photo caption", "credit": "photo credit", "heading": "headline", "metadata": "metadata"}


@dataclass(frozen=True)
class Note:
    number: int
    citation: Citation
    source_number: int  # 1-based position in the sources list
    source: Source
    paragraph: int  # Paragraph.index of the cited body paragraph; 0 when not in body text
    place: str  # where in the source, for the note: "¶ 5", "photo caption", "headline"
    words: str  # exactly source.text[start:end]
    passage_id: str  # HTML id of the cited passage in the appendix
    first_of_source: bool  # the first note citing its source gives the full reference, later ones a short form


@dataclass(frozen=True)
class Segment:
    text: str
    cited: bool


@dataclass
class Passage:
    """A source paragraph that holds cited words, for the HTML appendix."""

    id: str
    source_number: int
    source: Source
    paragraph: int
    start: int
    end: int
    notes: list[Note] = field(default_factory=list)

    def segments(self) -> list[Segment]:
        """The paragraph split into plain and cited stretches (overlapping citations merged)."""
        spans = sorted((max(n.citation.start, self.start), min(n.citation.end, self.end)) for n in self.notes)
        merged: list[list[int]] = []
        for s, e in spans:
            if s >= e:
                continue
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        out: list[Segment] = []
        pos = self.start
        for s, e in merged:
            if s > pos:
                out.append(Segment(self.source.text[pos:s], False))
            out.append(Segment(self.source.text[s:e], True))
            pos = e
        if pos < self.end:
            out.append(Segment(self.source.text[pos:self.end], False))
        return out


class NoteBook:
    def __init__(self, briefing: Briefing) -> None:
        self._briefing = briefing
        self._source_numbers = {s.id: i for i, s in enumerate(briefing.sources, 1)}
        self._numbers: dict[Citation, int] = {}
        self.notes: list[Note] = []
        outlets = [s.outlet or s.file for s in briefing.sources]
        # A later note names its source by outlet alone, as notes do after a first full reference; by outlet and the
        # headline's first words where the case has several articles from that outlet
        self._short_forms = {s.id: f"{outlet}, " if outlets.count(outlet) == 1 else f"{outlet}, \u201c{_short_title(s)},\u201d "
                             for s, outlet in zip(briefing.sources, outlets)}

    def mark(self, citations: Iterable[Citation], limit: Optional[int] = None) -> Markup:
        """Superscript links to the notes for these citations (the first `limit` of them)."""
        wanted = list(citations)[:limit] if limit else list(citations)
        numbers: list[int] = []
        for c in wanted:
            n = self._number(c)
            if n not in numbers:
                numbers.append(n)
        if not numbers:
            return Markup("")
        links = Markup(",").join(
            Markup('<a href="#note-{0}" class="cite-link">{0}</a>').format(n) for n in numbers)
        return Markup('<sup class="cite">{}</sup>').format(links)

    def _number(self, citation: Citation) -> int:
        if citation in self._numbers:
            return self._numbers[citation]
        source = self._briefing.source(citation.source)
        paragraph = source.paragraph_at(citation.start)
        index = paragraph.index if paragraph is not None and paragraph.kind == "body" else 0
        kind = paragraph.kind if paragraph is not None else "body"
        place = f"¶ {index}" if index else _PLACES.get(kind, "outside the article body")
        anchor_at = paragraph.start if paragraph is not None else citation.start
        source_number = self._source_numbers[citation.source]
        first_of_source = all(n.citation.source != citation.source for n in self.notes)
        note = Note(
            number=len(self.notes) + 1,
            citation=citation,
            source_number=source_number,
            source=source,
            paragraph=index,
            place=place,
            words=source.text[citation.start:citation.end],
            passage_id=f"source-{source_number}-at-{anchor_at}",
            first_of_source=first_of_source,
        )
        self._numbers[citation] = note.number
        self.notes.append(note)
        return note.number

    def short_form(self, source: Source) -> str:
        """How a note after the first names its source, before the place: "Harbor Ledger, " (or "Harbor Ledger, “Judge
        weighs sentence,” ")."""
        return self._short_forms[source.id]

    def passages(self) -> list[Passage]:
        """Every cited paragraph once, in source order, with the notes that cite it."""
        by_id: dict[str, Passage] = {}
        for note in self.notes:
            passage = by_id.get(note.passage_id)
            if passage is None:
                paragraph = note.source.paragraph_at(note.citation.start)
                start, end = (paragraph.start, paragraph.end) if paragraph else (note.citation.start, note.citation.end)
                passage = by_id[note.passage_id] = Passage(
                    note.passage_id, note.source_number, note.source, note.paragraph, start, end)
            passage.notes.append(note)
        return sorted(by_id.values(), key=lambda p: (p.source_number, p.start))


def source_line(source: Source) -> Markup:
    """'NBC News, “Headline,” March 24, 2016' with inferred parts said to be inferred."""
    outlet = source.outlet or source.file
    parts = [escape(outlet) + (Markup(" (outlet inferred)") if "outlet" in source.inferred else Markup(""))]
    if source.title:
        title = Markup("“{}”").format(source.title)
        if "title" in source.inferred:
            title += Markup(" (headline inferred)")
        parts.append(title)
    parts.append(escape(long_date(source.published)) if source.published else Markup("undated"))
    return Markup(", ").join(parts)


_TRAILING_SMALL_WORDS = {"a", "an", "the", "of", "for", "in", "on", "to", "at", "by", "with", "and", "or", "after", "as"}


def _short_title(source: Source) -> str:
    """A headline's first four words, as a shortened note gives a title ("Judge weighs sentence", not "... for")."""
    words = (source.title or source.file).split()[:4]
    while len(words) > 1 and words[-1].lower().strip(",;:") in _TRAILING_SMALL_WORDS:
        words.pop()
    return " ".join(words).rstrip(",;:")


def long_date(value: dt.date) -> str:
    return f"{value:%B} {value.day}, {value.year}"

"""The data passed between pipeline stages.

    sources.read_case   -> list[Source]
    extract.extract     -> SourceFacts        (one per Source)
    reconcile.reconcile -> Briefing           (all sources merged)
    render.render       -> {"html": bytes, "pdf": bytes}   (the formats asked for)

Every fact carries `citations`: offsets into `Source.text` such that
`source.text[c.start:c.end]` is the cited words. Offsets are code points into
the decoded text (SPEC §4), never into a cleaned copy.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Optional

ParagraphKind = Literal["body", "heading", "clutter", "caption", "credit", "metadata"]
Granularity = Literal["day", "month", "year"]
PartyKind = Literal["person", "organization", "group"]
Stance = Literal["critical", "supportive", "neutral"]
TermStatus = Literal["recommended", "sought", "imposed", "maximum", "other", "replaced"]  # replaced: by a later sentencing


@dataclass(frozen=True)
class Citation:
    source: str  # Source.id
    start: int
    end: int


@dataclass(frozen=True)
class Paragraph:
    """A block of text between blank lines (or line ends in pasted articles)."""

    index: int  # 1-based position among the source's body paragraphs; 0 for non-body
    start: int
    end: int
    kind: ParagraphKind = "body"


@dataclass
class Source:
    id: str  # stable within a case: the file name's stem (disambiguated)
    file: str  # name inside the case folder
    text: str  # decoded text; for .html the article text derived from the page
    paragraphs: list[Paragraph] = field(default_factory=list)
    outlet: Optional[str] = None
    title: Optional[str] = None
    published: Optional[dt.date] = None
    url: Optional[str] = None
    author: Optional[str] = None
    inferred: frozenset[str] = frozenset()  # names of metadata fields that were inferred
    path: Optional[Path] = None

    def cite(self, start: int, end: int) -> Citation:
        return Citation(self.id, start, end)

    def body(self) -> list[Paragraph]:
        """Paragraphs that may yield facts: clutter, captions and metadata excluded."""
        return [p for p in self.paragraphs if p.kind == "body"]

    def paragraph_at(self, offset: int) -> Optional[Paragraph]:
        for p in self.paragraphs:
            if p.start <= offset < p.end:
                return p
        return None


@dataclass
class Quote:
    text: str  # exactly source.text[start:end], outer quotation marks excluded
    citations: list[Citation]
    speaker: Optional[str] = None  # full name, or a group ("Gurley family")
    speaker_role: Optional[str] = None
    stance: Optional[Stance] = None
    confidence: float = 1.0

    @property
    def citation(self) -> Citation:
        return self.citations[0]


@dataclass
class Party:
    name: str
    kind: PartyKind = "person"
    roles: list[str] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)  # other spellings seen (surname alone, misspellings)


@dataclass
class Mention:
    """A named thing with its cited words (judge, court)."""

    text: str
    citations: list[Citation]
    name: Optional[str] = None


@dataclass
class DateValue:
    """A date as the article states it, normalised against its publication date."""

    text: str  # the article's own words ("April 14", "Thursday")
    citations: list[Citation]
    value: Optional[dt.date] = None  # first day of the period when granularity is month/year
    granularity: Granularity = "day"


@dataclass
class Charge:
    text: str  # the offence as written: "second-degree manslaughter"
    citations: list[Citation]
    status: str = "charged"  # charged | convicted | pleaded guilty | acquitted
    # whose charge it is when a second defendant of the same case is named with it (a spouse tried together), else None
    subject: Optional[str] = None


@dataclass
class Term:
    text: str  # the article's phrase, qualifier to kind word: "up to 10 years in prison"
    kind: str  # prison, jail, probation, supervised_release, home_confinement, ...
    citations: list[Citation]
    status: TermStatus = "other"
    amount: Optional[float] = None
    unit: Optional[str] = None  # years, months, days, hours, usd
    by: Optional[str] = None  # who proposed or imposed it
    subject: Optional[str] = None  # whose term it is when not the case's defendant's (a co-defendant's), else None
    # set on a term a later hearing imposed (a probation revocation): the day the story reporting it was published
    later_hearing: Optional[dt.date] = None


@dataclass
class Sentencing:
    charges: list[Charge] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)  # the case's defendant's
    # Terms given to someone else the article names (a co-defendant's sentence told as context), each with its subject;
    # kept apart so they are never read as the defendant's sentence
    others: list[Term] = field(default_factory=list)
    sentencing_date: Optional[DateValue] = None
    judge: Optional[Mention] = None
    court: Optional[Mention] = None


@dataclass
class Event:
    description: str  # the sentence (or clause) that states the event
    date: DateValue
    citations: list[Citation]


@dataclass
class Value:
    """A checkable value stated about a subject, compared across sources for conflicts."""

    subject: str  # "Akai Gurley's daughter"
    kind: Literal["name", "age", "number", "date", "term"]
    value: str  # normalised: "3", "2016-04-14", "Shechtman"
    text: str
    citations: list[Citation]


@dataclass
class SummarySentence:
    text: str
    citations: list[Citation]
    score: float = 0.0

    @property
    def printed(self) -> str:
        """The sentence as the page prints it: a lead cut before its quoted tail gets its full stop back."""
        return self.text if self.text.endswith((".", "!", "?", "\u201d", '"', "\u2019", ")")) else self.text + "."


@dataclass
class SourceFacts:
    source: Source
    quotes: list[Quote] = field(default_factory=list)
    parties: list[Party] = field(default_factory=list)
    sentencing: Sentencing = field(default_factory=Sentencing)
    events: list[Event] = field(default_factory=list)
    values: list[Value] = field(default_factory=list)
    summary: list[SummarySentence] = field(default_factory=list)
    defendant: Optional[str] = None  # the person the story's charges and sentence belong to, by full name
    problems: list[str] = field(default_factory=list)  # kinds of fact left out after an internal error, for the user


@dataclass
class ConflictValue:
    value: str
    text: str
    citations: list[Citation]


@dataclass
class Conflict:
    kind: Literal["name", "age", "number", "date", "term"]
    subject: str
    values: list[ConflictValue]
    resolved: bool = False
    resolution: Optional[str] = None  # e.g. the editor's correction


@dataclass
class Pin:
    """An editor-pinned quote (briefing.toml `pin`), validated against the sources."""

    text: str
    speaker: Optional[str] = None
    file: Optional[str] = None


@dataclass
class SourceMeta:
    file: str
    outlet: Optional[str] = None
    title: Optional[str] = None
    published: Optional[dt.date] = None
    url: Optional[str] = None
    author: Optional[str] = None


@dataclass
class CaseConfig:
    """briefing.toml, validated. Every field optional; editor input wins over extraction."""

    case_dir: Path
    title: Optional[str] = None
    subtitle: Optional[str] = None
    paper: Optional[str] = None  # "letter" | "a4"
    as_of: Optional[dt.date] = None
    summary: Optional[str] = None  # editor's Markdown
    corrections: dict[str, str] = field(default_factory=dict)  # wrong -> right
    hide: list[str] = field(default_factory=list)  # fact texts (or substrings) to hide
    pin: list[Pin] = field(default_factory=list)
    sources: dict[str, SourceMeta] = field(default_factory=dict)  # keyed by file name


@dataclass
class Briefing:
    """Everything the renderer needs, merged across sources."""

    title: str
    subtitle: Optional[str]
    as_of: dt.date
    sources: list[Source]
    quotes: list[Quote]
    parties: list[Party]
    sentencing: Sentencing
    events: list[Event]
    conflicts: list[Conflict]
    summary: list[SummarySentence]
    editor_summary_html: Optional[str] = None  # sanitised HTML from the editor's Markdown
    warnings: list[str] = field(default_factory=list)

    def source(self, source_id: str) -> Source:
        for s in self.sources:
            if s.id == source_id:
                return s
        raise KeyError(source_id)


@dataclass(frozen=True)
class RenderOptions:
    variant: Literal["briefing", "handout"] = "briefing"
    formats: tuple[str, ...] = ("html", "pdf")
    paper: Literal["letter", "a4"] = "letter"
    template: Optional[Path] = None  # a Jinja2 template inside the case folder
    case_dir: Optional[Path] = None  # the only folder (beside the bundled templates) the PDF may read

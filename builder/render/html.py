"""Briefing -> HTML through Jinja2 (autoescaped: source text is never trusted markup).

The template gets the Briefing plus views the layout needs (terms grouped by
status, quotes grouped by speaker, the handout's picks) and a NoteBook that
numbers citation marks as the template places them.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import jinja2
import nh3
from dateutil.relativedelta import relativedelta
from markupsafe import Markup

import builder
from builder.model import Briefing, DateValue, Event, Party, Quote, RenderOptions, Term
from builder.paths import bundled_templates
from builder.render.notes import NoteBook, long_date, source_line
from builder.render.timeline import timeline_svg

_PAGE_SIZES = {"letter": "letter", "a4": "A4"}
_STATUS_ORDER = [("imposed", "Imposed"), ("recommended", "Recommended"), ("sought", "Sought"),
                 ("maximum", "Maximum possible"), ("other", "Other terms"), ("replaced", "Replaced by a later sentence")]
# The editor's Markdown may format text and link out, nothing more: no images, no headings
# (they would break the document outline), nothing that could fetch a file.
_EDITOR_TAGS = {"p", "em", "strong", "b", "i", "a", "ul", "ol", "li", "blockquote", "code", "br"}


@dataclass
class _EventDay:
    """The events of one date (at one granularity): one marker on the graphic and one numbered line in the list."""
    date: DateValue
    events: list[Event]


@dataclass
class _Reactions:
    speaker: str
    role: Optional[str]
    stance: Optional[str]
    quotes: list[Quote]


def render_html(briefing: Briefing, options: RenderOptions, *, for_print: bool) -> str:
    """The document as one self-contained HTML string; `for_print` leaves out screen-only parts."""
    env = _environment(options.template)
    name = options.template.name if options.template else f"{options.variant}.html"
    events = sorted(briefing.events, key=lambda e: (e.date.value is None, e.date.value or dt.date.min))
    context = {
        "b": briefing,
        "variant": options.variant,
        "for_print": for_print,
        # A custom template's folder may shadow style.css, so only the bundled
        # templates leave their print stylesheets to the renderer's parsed copies.
        "bundled_print_css": for_print and options.template is None,
        "page_size": _PAGE_SIZES[options.paper],
        "notes": NoteBook(briefing),
        "as_of_label": long_date(briefing.as_of),
        "editor_summary": _clean_editor_html(briefing.editor_summary_html),
        "term_groups": _term_groups(briefing.sentencing.terms, briefing.sentencing.others),
        "sentencing_when": _when(briefing.sentencing.sentencing_date, briefing.as_of),
        "events": events,
        "event_days": _event_days(events),
        "timeline": timeline_svg([day.date for day in _event_days(events)], briefing.as_of),
        "reactions": _reaction_groups(briefing.quotes, briefing.parties),
        "top_reactions": _telling_reactions(briefing.quotes),
        "description": _description(briefing),
        "keywords": ", ".join(_keywords(briefing)),
        "generator": f"briefing {builder.__version__}",
        "date_label": _date_label,
        "long_date": long_date,
        "source_line": source_line,
        "status_label": dict(_STATUS_ORDER),
        "conflict_value": _conflict_value,
    }
    return env.get_template(name).render(context)


def _conflict_value(kind: str, value: str) -> str:
    """A compared value as a reader writes it: "October 3, 2023" for a date, "$412,000" for a sum (the comparison
    keeps them as "2023-10-03" and "412000 usd")."""
    if kind == "date":
        try:
            return long_date(dt.date.fromisoformat(value))
        except ValueError:
            return value
    amount, _, unit = value.partition(" ")
    if kind == "term" and unit == "usd":
        try:
            return f"${float(amount):,.2f}".replace(".00", "")
        except ValueError:
            return value
    return value


def load_bundled_templates() -> None:
    """Compile the bundled templates once, so that the first page of a process that prints does not pay for Jinja2's
    lexer and parser (a renderer process calls this while the build extracts)."""
    env = _environment(None)
    for name in ("briefing.html", "handout.html"):
        env.get_template(name)


# One environment per template folder for the whole process: Jinja2 compiles each template
# once per environment (30 ms a render), and a build renders up to four documents, `watch`
# many more. Jinja2 still reloads a template whose file changed since it was compiled.
@functools.lru_cache(maxsize=8)
def _environment(custom: Optional[Path]) -> jinja2.Environment:
    bundled = jinja2.FileSystemLoader(str(bundled_templates()))
    # A custom template may extend the bundled ones by name ("base.html") or,
    # when it shadows a name, explicitly ("bundled/briefing.html").
    loaders: list[jinja2.BaseLoader] = [jinja2.PrefixLoader({"bundled": bundled})]
    if custom is not None:
        loaders.insert(0, jinja2.FileSystemLoader(str(custom.parent)))
    loaders.append(bundled)
    return jinja2.Environment(loader=jinja2.ChoiceLoader(loaders), autoescape=True,
                              undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def _event_days(events: list[Event]) -> list[_EventDay]:
    """Events in date order gathered by date: a resentencing day that four sentences of two stories tell (the hearing
    set, the judge's words, a mother's plan to speak, the new term) is one marker with four lines, not four markers.
    An event without a resolved date stays on its own."""
    days: list[_EventDay] = []
    for event in events:
        last = days[-1].date if days else None
        if last is not None and event.date.value is not None and \
                (last.value, last.granularity) == (event.date.value, event.date.granularity):
            days[-1].events.append(event)
        else:
            days.append(_EventDay(event.date, [event]))
    return days


def _clean_editor_html(html: Optional[str]) -> Optional[Markup]:
    if not html:
        return None
    # Already sanitised by the pipeline; cleaned again here because this is the
    # last stop before the page and the PDF (SPEC §8).
    return Markup(nh3.clean(html, tags=_EDITOR_TAGS, attributes={"a": {"href"}},
                            url_schemes={"http", "https", "mailto"}))


def _term_groups(terms: list[Term], others: list[Term]) -> list[tuple[str, list[Term]]]:
    groups: list[tuple[str, list[Term]]] = []
    for status, label in _STATUS_ORDER:
        of_status = [t for t in terms if t.status == status]
        if status == "imposed" and any(t.later_hearing for t in of_status):
            # a sentence and its later revocation: the revocation's terms apart, the latest first
            days = sorted({t.later_hearing for t in of_status if t.later_hearing}, reverse=True)
            groups += [(f"Imposed at a later hearing (reported {long_date(day)})",
                        [t for t in of_status if t.later_hearing == day]) for day in days]
            groups.append(("Imposed at sentencing", [t for t in of_status if not t.later_hearing]))
        elif of_status:
            groups.append((label, of_status))
    return groups + [("Other people's sentences", others)] if others else groups


def _date_label(date: DateValue) -> str:
    """'April 14, 2016', 'November 2014' or '2014'; the article's words when undated."""
    if date.value is None:
        return date.text
    if date.granularity == "year":
        return str(date.value.year)
    if date.granularity == "month":
        return f"{date.value:%B} {date.value.year}"
    return long_date(date.value)


def _when(date: Optional[DateValue], as_of: dt.date) -> Optional[str]:
    """How far the sentencing date is from the as-of date: 'in 21 days', 'took place 3 days ago', 'today'."""
    if date is None or date.value is None:
        return None
    if date.granularity != "day":
        return f"expected {_date_label(date)}" if date.value > as_of else f"took place in {_date_label(date)}"
    days = (date.value - as_of).days
    if days == 0:
        return "today"
    if abs(days) <= _DAYS_TOLD_IN_DAYS:
        span = _count(abs(days), "day")
    else:
        # "took place 1264 days ago" makes the reader divide; months and years are how people count that far
        gap = relativedelta(max(date.value, as_of), min(date.value, as_of))
        parts = [_count(gap.years, "year"), _count(gap.months, "month")]
        span = " and ".join(p for p in parts if p)
    return f"in {span}" if days > 0 else f"took place {span} ago"


_DAYS_TOLD_IN_DAYS = 60


def _count(n: int, unit: str) -> str:
    return "" if n == 0 else f"{n:,} {unit}{'' if n == 1 else 's'}"


# A description that says only where someone is from ("Washington man", "Puyallup teen") labels no one's part in a case
_PLACE_ONLY = re.compile(r"^(?:an?\s+)?(?:[A-Z][\w.'\u2019-]*\s+){1,3}(?:man|woman|teen|teenager|boy|girl|resident|person)$")


def _reaction_groups(quotes: list[Quote], parties: list[Party]) -> list[_Reactions]:
    """Each speaker's quotes under one label: the role the key-parties table gives them first (the same words a reader
    has just seen there), unless it only says where they are from."""
    roles = {p.name: next((r for r in p.roles if not _PLACE_ONLY.match(r)), p.roles[0]) for p in parties if p.roles}
    groups: dict[str, list[Quote]] = {}
    for q in quotes:
        groups.setdefault(q.speaker or "Unattributed", []).append(q)
    out = []
    for speaker, said in groups.items():
        role = roles.get(speaker)
        if role is None or _PLACE_ONLY.match(role):
            role = next((q.speaker_role for q in said if q.speaker_role), role)
        stances = Counter(q.stance for q in said if q.stance)
        out.append(_Reactions(speaker, role, stances.most_common(1)[0][0] if stances else None, said))
    return out


def _telling_reactions(quotes: list[Quote], wanted: int = 3) -> list[Quote]:
    """The handout's reactions: one per side first (critical, supportive, other), distinct speakers.

    Within a side, a quote that takes a stance, is confidently attributed and
    says something in a sentence or two (not a fragment, not a speech) wins.
    """
    def weight(q: Quote) -> tuple:
        words = len(q.text.split())
        return (q.stance is not None, q.confidence, -abs(words - 25), -q.citation.start)

    candidates = sorted((q for q in quotes if q.speaker and len(q.text.split()) >= 6), key=weight, reverse=True)
    picked: list[Quote] = []
    for side in ("critical", "supportive", None, "neutral"):
        for q in candidates:
            if len(picked) < wanted and q.stance == side and q.speaker not in {p.speaker for p in picked}:
                picked.append(q)
                break
    for q in candidates:
        if len(picked) < wanted and q.speaker not in {p.speaker for p in picked}:
            picked.append(q)
    return picked


def _description(briefing: Briefing) -> str:
    return briefing.subtitle or f"A cited briefing on {briefing.title}, as of {long_date(briefing.as_of)}."


def _keywords(briefing: Briefing) -> list[str]:
    words = ["criminal case", "sentencing", "briefing"]
    words += [p.name for p in briefing.parties if p.kind == "person"][:8]
    words += sorted({s.outlet for s in briefing.sources if s.outlet})
    return list(dict.fromkeys(w.replace(",", " ") for w in words))


"""The timeline graphic: an inline SVG drawn from the dated events.

Markers sit on a time axis roughly in proportion to the dates, pushed apart
just enough never to overlap. Each marker carries the event's number in the
list printed under the graphic. Only black, white and grey are used, and
"already happened" versus "scheduled" is told by shape (filled versus open
circle), so the graphic survives black-and-white printing.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from markupsafe import Markup

from builder.model import DateValue

_LEFT, _RIGHT = 44, 44  # room for the first and last date labels
_WIDTH = 640
_GAP = 40  # smallest distance between two markers
_LABEL = 56  # a two-line date label is about this wide
_AXIS_Y = 44
_RADIUS = 12


@dataclass(frozen=True)
class _Mark:
    number: int
    x: float
    day: dt.date
    label: tuple[str, str]
    upcoming: bool
    row: int


def timeline_svg(dates: list[DateValue], as_of: dt.date) -> Markup:
    """The SVG for the dates of the listed events, in list order; marker numbers are their positions in that list."""
    dated = [(i, d) for i, d in enumerate(dates, 1) if d.value is not None]
    if not dated:
        return Markup("")
    days = [d.value for _, d in dated]
    xs, width = _positions(days)
    marks: list[_Mark] = []
    last_in_row: dict[int, float] = {}
    for (number, date), x in zip(dated, xs):
        # A label goes on the first row where it does not touch its neighbour.
        row = next((r for r in (0, 1) if x - last_in_row.get(r, -1e9) >= _LABEL), 0)
        last_in_row[row] = x
        marks.append(_Mark(number, x, date.value, _short_label(date), date.value > as_of, row))
    height = _AXIS_Y + 62 + (30 if any(m.row for m in marks) else 0)
    first, last = days[0], days[-1]
    title = f"Timeline of {len(marks)} dated events, {_short(first)} to {_short(last)}"
    parts = [
        Markup('<svg xmlns="http://www.w3.org/2000/svg" class="timeline-graphic" role="img" '
               'viewBox="0 0 {w} {h}" width="{w}" height="{h}" aria-labelledby="timeline-title" '
               'font-family="Liberation Sans, DejaVu Sans, Arial, Helvetica, sans-serif">').format(
            w=int(width), h=height),
        Markup('<title id="timeline-title">{}</title>').format(title),
        Markup('<line x1="{a}" y1="{y}" x2="{b}" y2="{y}" stroke="#000" stroke-width="2"/>').format(
            a=_LEFT - 24, b=int(width) - _RIGHT + 24, y=_AXIS_Y),
    ]
    as_of_x = _as_of_x(marks, as_of)
    if as_of_x is not None:
        parts.append(Markup(
            '<line x1="{x:.1f}" y1="16" x2="{x:.1f}" y2="{y2}" stroke="#555" stroke-width="1.5" '
            'stroke-dasharray="4 3"/>'
            '<text x="{x:.1f}" y="11" font-size="12" text-anchor="middle" fill="#000">as of {d}</text>').format(
            x=as_of_x, y2=_AXIS_Y + _RADIUS + 4, d=_short(as_of, day=True)))
    for m in marks:
        fill, ink = ("#fff", "#000") if m.upcoming else ("#000", "#fff")
        y = _AXIS_Y + 30 + 30 * m.row
        parts.append(Markup(
            '<g><circle cx="{x:.1f}" cy="{ay}" r="{r}" fill="{fill}" stroke="#000" stroke-width="2"/>'
            '<text x="{x:.1f}" y="{ty}" font-size="13" font-weight="bold" text-anchor="middle" fill="{ink}">{n}</text>'
            '<text x="{x:.1f}" y="{y1}" font-size="12" text-anchor="middle" fill="#000">{l1}</text>'
            '<text x="{x:.1f}" y="{y2}" font-size="12" text-anchor="middle" fill="#333">{l2}</text></g>').format(
            x=m.x, ay=_AXIS_Y, r=_RADIUS, fill=fill, ink=ink, ty=_AXIS_Y + 5, n=m.number,
            y1=y, y2=y + 14, l1=m.label[0], l2=m.label[1]))
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)


def _positions(days: list[dt.date]) -> tuple[list[float], float]:
    """x for each (sorted) day: proportional to time, then spread to keep _GAP between markers."""
    span = (days[-1] - days[0]).days
    usable = _WIDTH - _LEFT - _RIGHT
    if span == 0:
        xs = [_LEFT + usable / 2 + _GAP * (i - (len(days) - 1) / 2) for i in range(len(days))]
    else:
        xs = [_LEFT + usable * (d - days[0]).days / span for d in days]
    for i in range(1, len(xs)):
        xs[i] = max(xs[i], xs[i - 1] + _GAP)
    right = _WIDTH - _RIGHT
    for i in range(len(xs) - 1, -1, -1):
        limit = right if i == len(xs) - 1 else xs[i + 1] - _GAP
        xs[i] = min(xs[i], limit)
    if xs[0] < _LEFT:  # too many events for the width: evenly spaced, wider graphic
        xs = [_LEFT + _GAP * i for i in range(len(days))]
        return xs, xs[-1] + _RIGHT
    return xs, _WIDTH


def _as_of_x(marks: list[_Mark], as_of: dt.date) -> float | None:
    """Where the as-of date falls between the (spread) markers; None outside their range."""
    for a, b in zip(marks, marks[1:]):
        if a.day <= as_of <= b.day:
            if a.day == b.day:
                return (a.x + b.x) / 2
            if as_of == a.day:
                return a.x
            if as_of == b.day:
                return b.x
            return a.x + (b.x - a.x) * (as_of - a.day).days / (b.day - a.day).days
    if len(marks) == 1 and marks[0].day == as_of:
        return marks[0].x
    return None


def _short_label(date: DateValue) -> tuple[str, str]:
    value = date.value
    assert value is not None
    if date.granularity == "year":
        return (str(value.year), "")
    if date.granularity == "month":
        return (f"{value:%b}", str(value.year))
    return (f"{value:%b} {value.day}", str(value.year))


def _short(value: dt.date, day: bool = False) -> str:
    return f"{value:%b} {value.day}" if day else f"{value:%b} {value.year}"


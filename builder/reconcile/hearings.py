"""Terms a later hearing imposed: a probation or supervised-release revocation (SPEC §4, §5).

A case followed to its revocation has two sets of imposed terms: the sentence ("15 years, all but 18 months
suspended") and, a year later, what the violation cost ("three years in jail", "extended her probation by two
years"). Listed together they read as one sentence of 15 years, 18 months and three years. A term first reported by
a story that tells of a revocation, weeks after the first report of the sentence, is marked with that story's date
so the document can list it apart.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional

from builder.model import Sentencing, SourceFacts, Term

_WEEKS = 14  # days between the sentencing's first report and a story of a later hearing
_REVOCATION = re.compile(r"\b(?:revok\w*|revocation|violat\w*\s+(?:(?:the\s+)?(?:terms|conditions)\s+of\s+)?(?:his|her|their)?"
                         r"\s*(?:probation|supervised\s+release|parole)|(?:probation|parole)\s+violation)", re.IGNORECASE)


@dataclass
class LaterHearings:
    sentencing: Sentencing  # imposed terms a revocation story first reports carry `later_hearing`
    sources: frozenset[str]  # the stories of a later hearing: what was asked there is not compared with the first


def mark_later_hearings(sentencing: Sentencing, facts: list[SourceFacts]) -> LaterHearings:
    """Set `later_hearing` on each imposed term that a revocation story, weeks after the sentence, first reports."""
    published = {f.source.id: f.source.published for f in facts}
    imposed = [t for t in sentencing.terms if t.status == "imposed"]
    first = {id(t): _first_report(t, published) for t in imposed}
    known = [day for _, day in first.values() if day is not None]
    if not known:
        return LaterHearings(sentencing, frozenset())
    earliest = min(known)
    later = frozenset(f.source.id for f in facts if _REVOCATION.search(f.source.text) and f.source.published
                      and (f.source.published - earliest).days > _WEEKS)
    if not later:
        return LaterHearings(sentencing, later)
    terms = []
    for term in sentencing.terms:
        source, day = first.get(id(term), (None, None))
        terms.append(dataclasses.replace(term, later_hearing=day) if source in later else term)
    return LaterHearings(dataclasses.replace(sentencing, terms=terms), later)


def _first_report(term: Term, published: dict[str, Optional[dt.date]]) -> tuple[Optional[str], Optional[dt.date]]:
    dated = sorted((published[c.source], c.source) for c in term.citations if published.get(c.source))
    return (dated[0][1], dated[0][0]) if dated else (None, None)

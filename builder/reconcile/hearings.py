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
from typing import Optional

from builder.model import Sentencing, SourceFacts, Term

_WEEKS = 14  # days between the sentencing's first report and a story of a later hearing
_REVOCATION = re.compile(r"\b(?:revok\w*|revocation|violat\w*\s+(?:(?:the\s+)?(?:terms|conditions)\s+of\s+)?(?:his|her|their)?"
                         r"\s*(?:probation|supervised\s+release|parole)|(?:probation|parole)\s+violation)", re.IGNORECASE)


def mark_later_hearings(sentencing: Sentencing, facts: list[SourceFacts]) -> Sentencing:
    """The sentencing with `later_hearing` set on each imposed term that a revocation story first reports."""
    published = {f.source.id: f.source.published for f in facts}
    revocations = {f.source.id for f in facts if _REVOCATION.search(f.source.text)}
    imposed = [t for t in sentencing.terms if t.status == "imposed"]
    first = {id(t): _first_report(t, published) for t in imposed}
    known = [day for _, day in first.values() if day is not None]
    if not revocations or not known:
        return sentencing
    earliest = min(known)
    terms = []
    for term in sentencing.terms:
        source, day = first.get(id(term), (None, None))
        later = source in revocations and day is not None and (day - earliest).days > _WEEKS
        terms.append(dataclasses.replace(term, later_hearing=day) if later else term)
    return dataclasses.replace(sentencing, terms=terms)


def _first_report(term: Term, published: dict[str, Optional[dt.date]]) -> tuple[Optional[str], Optional[dt.date]]:
    dated = sorted((published[c.source], c.source) for c in term.citations if published.get(c.source))
    return (dated[0][1], dated[0][0]) if dated else (None, None)

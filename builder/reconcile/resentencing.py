"""A later sentencing replaces an earlier one (SPEC §4, §5).

Coverage of one case spans months: a sentencing-day story says "14 years", the
story after an appeal says "resentenced Wednesday to 11 years". The second is
not a disagreement between sources but the case moving on, so the earlier
imposed term is shown as replaced, and neither it nor the earlier sentencing
date is reported under "Where sources disagree". Only a term first reported by
a later story whose own words tell of a new sentence replaces anything: two
same-day stories giving different lengths still disagree.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional

from builder.extract.text import split_sentences
from builder.model import Sentencing, Source, SourceFacts, Term
from builder.reconcile.merge import term_key

# Words that tell of a sentence given again or changed, in the sentence that states the new term.
# (not "appeal" alone: "who is appealing his 12-year sentence" tells of no new one)
_NEW_SENTENCE = re.compile(r"\b(?:re-?sentenc\w*|new\s+(?:sentence|term|prison\s+term)|reduc\w*|cut|cuts|trimm?\w*"
                           r"|shorten\w*|lower\w*|commut\w*|down\s+from|instead\s+of|original(?:ly)?)\b", re.IGNORECASE)


@dataclass
class Resentencing:
    sentencing: Sentencing  # the merged sentencing, earlier imposed terms marked "replaced"
    facts: list[SourceFacts]  # each source's facts without the replaced terms and dates, for finding conflicts


def apply_resentencing(sentencing: Sentencing, facts: list[SourceFacts]) -> Resentencing:
    """Mark imposed terms a later sentencing replaced, and take the sentencing date from the latest one."""
    published = {f.source.id: f.source.published for f in facts}
    sources = {f.source.id: f.source for f in facts}
    replaced: set[tuple[object, Optional[str]]] = set()
    newest_source: Optional[str] = None
    groups: dict[tuple[str, Optional[str]], list[Term]] = {}
    for term in sentencing.terms:
        if term.status == "imposed" and term.amount is not None:
            groups.setdefault((term.kind, term.subject), []).append(term)
    for terms in groups.values():
        if len({term_key(t) for t in terms}) < 2:
            continue
        first = {id(t): _first_reported(t, published) for t in terms}
        if any(d is None for d in first.values()):
            continue  # an undated source: which came later is unknown
        latest = max(terms, key=lambda t: first[id(t)])  # type: ignore[arg-type, return-value]
        if any(first[id(t)] >= first[id(latest)] for t in terms if t is not latest):  # type: ignore[operator]
            continue  # reported as early as the others: a disagreement, not a new sentence
        if not _told_as_new(latest, sources, first[id(latest)], published):
            continue
        replaced.update((term_key(t), t.subject) for t in terms if t is not latest)
        newest_source = latest.citations[0].source
    if not replaced:
        return Resentencing(sentencing, facts)
    terms = [dataclasses.replace(t, status="replaced") if t.status == "imposed" and (term_key(t), t.subject) in replaced
             else t for t in sentencing.terms]
    newest = next((f for f in facts if f.source.id == newest_source), None)
    date = newest.sentencing.sentencing_date if newest and newest.sentencing.sentencing_date else sentencing.sentencing_date
    if date is not None and sentencing.sentencing_date is not None and date.value and sentencing.sentencing_date.value \
            and date.value <= sentencing.sentencing_date.value:
        # the newest story dated only the first hearing ("when she first sentenced him in July 2024"): the other
        # stories tell that hearing to the day
        date = sentencing.sentencing_date
    # The hearing that gave the new sentence had its own requests: the earlier hearing's differ without disagreeing.
    day = published[newest_source] if newest_source else None
    asked_again = {(t.kind, t.status) for t in newest.sentencing.terms if t.status in ("recommended", "sought")} if newest else set()
    kept = [dataclasses.replace(f, sentencing=dataclasses.replace(
        f.sentencing,
        terms=[t for t in f.sentencing.terms if not (t.status == "imposed" and (term_key(t), t.subject) in replaced)
               and not ((t.kind, t.status) in asked_again and _earlier(published[f.source.id], day))],
        sentencing_date=f.sentencing.sentencing_date if f.source.id == newest_source else None))
        for f in facts]
    return Resentencing(dataclasses.replace(sentencing, terms=terms, sentencing_date=date), kept)


def _earlier(day: Optional[dt.date], than: Optional[dt.date]) -> bool:
    return day is not None and than is not None and day < than


def _first_reported(term: Term, published: dict[str, Optional[dt.date]]) -> Optional[dt.date]:
    dates = [published.get(c.source) for c in term.citations]
    return None if any(d is None for d in dates) else min(dates)  # type: ignore[type-var]


def _told_as_new(term: Term, sources: dict[str, Source], day: Optional[dt.date],
                 published: dict[str, Optional[dt.date]]) -> bool:
    """Does a story of that day state the term in a sentence that tells of a new or changed sentence?"""
    for c in term.citations:
        source = sources.get(c.source)
        if source is None or published.get(c.source) != day:
            continue
        paragraph = source.paragraph_at(c.start)
        start, end = (paragraph.start, paragraph.end) if paragraph else (c.start, c.end)
        sentence = next(((a, b) for a, b in split_sentences(source.text, start, end) if a <= c.start < b), (start, end))
        if _NEW_SENTENCE.search(source.text, *sentence) and not _ADDED.search(source.text, *sentence):
            return True
    return False


# A term served on top of the first is added, not put in its place: "resentenced him to 1 to 2 years on the old
# charge, to be served after his hit-and-run sentence"
_ADDED = re.compile(r"\b(?:to\s+be\s+served\s+(?:after|following|consecutive(?:ly)?\s+to)|consecutive(?:ly)?\s+to\s+(?:his|her|their|the)"
                    r"|on\s+top\s+of\s+(?:his|her|their|the)|in\s+addition\s+to\s+(?:his|her|their|the))\b", re.IGNORECASE)

"""The core promise: every fact's citation cuts its words from the current source (SPEC §4)."""
from __future__ import annotations

from typing import Iterable

from builder.model import Briefing, Citation, Source


def verify_citations(briefing: Briefing) -> list[str]:
    """One line per fact whose citation does not match its source; empty when all hold."""
    sources = {s.id: s for s in briefing.sources}
    problems: list[str] = []

    def check(kind: str, text: str | None, citations: Iterable[Citation], exact: bool) -> None:
        citations = list(citations)
        if not citations:
            problems.append(f"{kind} {_short(text)} has no citation")
            return
        for i, c in enumerate(citations):
            source = sources.get(c.source)
            if source is None:
                problems.append(f"{kind} {_short(text)} cites an unknown source {c.source!r}")
                continue
            problem = _mismatch(source, c, text if exact and i == 0 else None)
            if problem:
                problems.append(f"{kind} {_short(text)} in {source.file}: {problem}")

    for q in briefing.quotes:
        check("quote", q.text, q.citations, exact=True)
    for p in briefing.parties:
        check("party", p.name, p.citations, exact=False)
    for ch in briefing.sentencing.charges:
        check("charge", ch.text, ch.citations, exact=True)
    for t in [*briefing.sentencing.terms, *briefing.sentencing.others]:
        check("sentence term", t.text, t.citations, exact=True)
    for m in (briefing.sentencing.sentencing_date, briefing.sentencing.judge, briefing.sentencing.court):
        if m is not None:
            check("sentencing detail", m.text, m.citations, exact=True)
    for e in briefing.events:
        check("event", e.description, e.citations, exact=False)
        check("event date", e.date.text, e.date.citations, exact=True)
    for s in briefing.summary:
        check("summary sentence", s.text, s.citations, exact=True)
    for conflict in briefing.conflicts:
        for v in conflict.values:
            check(f"conflict value ({conflict.subject})", v.text, v.citations, exact=True)
    return problems


def _mismatch(source: Source, c: Citation, expected: str | None) -> str | None:
    if not (0 <= c.start < c.end <= len(source.text)):
        return f"offsets {c.start}-{c.end} fall outside the text ({len(source.text)} characters); the source changed"
    if expected is not None and source.text[c.start:c.end] != expected:
        found = source.text[c.start:c.end]
        return f"offsets {c.start}-{c.end} now read {_short(found)}; the source changed since extraction"
    return None


def _short(text: str | None, limit: int = 60) -> str:
    text = " ".join((text or "").split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")

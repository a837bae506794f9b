"""Stage 3: merge per-source facts into one briefing, find disagreements, apply the editor's input.

Facts several sources report are merged once, citing every source; conflicts
keep every differing value with its words; the editor's corrections, hides and
pins from briefing.toml win over extraction (SPEC §3, §4).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from typing import Callable, Optional

from builder.model import Briefing, CaseConfig, Citation, Party, Quote, Sentencing, SourceFacts
from builder.reconcile.conflicts import find_conflicts
from builder.reconcile.editor import (correct_name, correct_party, is_hidden, pinned_quotes, resolve_conflicts,
                                      summary_html)
from builder.reconcile.hearings import mark_later_hearings
from builder.reconcile.merge import merge_events, merge_parties, merge_quotes, merge_sentencing, sides_of
from builder.reconcile.resentencing import apply_resentencing
from builder.reconcile.summary import pick_summary


def reconcile(config: CaseConfig, facts: list[SourceFacts], as_of: dt.date) -> Briefing:
    """One Briefing from every source's facts, as of the given date."""
    corrections, hide = config.corrections, config.hide
    sources = [f.source for f in facts]
    facts = _each_to_its_defendant(facts, merge_parties([p for f in facts for p in f.parties]))

    parties = merge_parties([correct_party(p, corrections) for f in facts for p in f.parties])
    parties = [p for p in parties if not is_hidden(p.name, hide)]

    # A speaker is printed under the name the merged parties use ("Ann R. Lee" in one source, "Ann Lee" in another)
    known = {alias: p.name for p in parties for alias in (p.name, *p.aliases)}
    quotes = merge_quotes([dataclasses.replace(q, speaker=known.get(speaker, speaker))
                           for f in facts for q in f.quotes for speaker in [correct_name(q.speaker, corrections)]])
    quotes = _with_pins(quotes, pinned_quotes(config.pin, sources))
    quotes = [q for q in quotes if not is_hidden(q.text, hide)]

    # and so is a term's or a charge's person ("Lance: two years of probation" is "Lance Trowbridge"'s)
    facts = [dataclasses.replace(f, sentencing=_subjects_named(f.sentencing, known)) for f in facts]
    sides = sides_of(parties, frozenset(f.defendant.split()[-1] for f in facts if f.defendant))
    resentencing = apply_resentencing(merge_sentencing([f.sentencing for f in facts], sides), facts)
    later = mark_later_hearings(resentencing.sentencing, facts)
    sentencing = _corrected_sentencing(later.sentencing, corrections, hide)

    events = [e for e in merge_events([e for f in facts for e in f.events]) if not is_hidden(e.description, hide)]

    # Conflicts come from the words as printed: a correction resolves a conflict, never hides it.
    # (a sentence a later one replaced is the case moving on, not the sources disagreeing)
    conflicts = find_conflicts(resentencing.facts, merge_parties([p for f in facts for p in f.parties]), later.sources)
    resolve_conflicts(conflicts, corrections, hide)
    conflicts.sort(key=lambda c: c.resolved)  # what the reader must weigh first, what is settled after

    parties = _defendant_first(parties, facts)

    # The newest story leads: a briefing rebuilt as coverage arrives opens on where the case stands now (of two stories
    # of one day, the one that reports the sentence imposed was written after the morning's preview)
    newest_first = sorted(facts, key=lambda f: (f.source.published or dt.date.min,
                                                any(t.status == "imposed" for t in f.sentencing.terms)), reverse=True)
    summary = pick_summary([[s for s in f.summary if not is_hidden(s.text, hide)] for f in newest_first],
                           sentenced=any(t.status == "imposed" for t in sentencing.terms))

    return Briefing(
        title=config.title or _derived_title(parties, facts),
        subtitle=config.subtitle,
        as_of=as_of,
        sources=sources,
        quotes=quotes,
        parties=parties,
        sentencing=sentencing,
        events=events,
        conflicts=conflicts,
        summary=summary,
        editor_summary_html=summary_html(config.summary),
        warnings=[problem for f in facts for problem in f.problems],
    )


def _with_pins(quotes: list[Quote], pins: list[Quote]) -> list[Quote]:
    """Pinned quotes first; an extracted quote with the same words gives way to the pin."""
    pinned_texts = {p.text for p in pins}
    kept = [q for q in quotes if q.text not in pinned_texts]
    for pin in pins:
        extracted = next((q for q in quotes if q.text == pin.text), None)
        if extracted is not None and pin.speaker is None:
            pin.speaker, pin.speaker_role, pin.stance = extracted.speaker, extracted.speaker_role, extracted.stance
    return pins + kept


def _subjects_named(sentencing: Sentencing, known: dict[str, str]) -> Sentencing:
    def named(facts: list) -> list:
        return [dataclasses.replace(f, subject=known.get(f.subject, f.subject)) if f.subject else f for f in facts]
    return dataclasses.replace(sentencing, terms=named(sentencing.terms), others=named(sentencing.others),
                               charges=named(sentencing.charges))


def _corrected_sentencing(sentencing: Sentencing, corrections: dict[str, str], hide: list[str]) -> Sentencing:
    terms, others = ([dataclasses.replace(t, by=correct_name(t.by, corrections)) for t in kept
                      if not is_hidden(t.text, hide)] for kept in (sentencing.terms, sentencing.others))
    charges = [c for c in sentencing.charges if not is_hidden(c.text, hide)]
    judge = sentencing.judge
    if judge is not None:
        judge = dataclasses.replace(judge, name=correct_name(judge.name, corrections))
    return dataclasses.replace(sentencing, terms=terms, others=others, charges=charges, judge=judge)


def _each_to_its_defendant(facts: list[SourceFacts], parties: list[Party]) -> list[SourceFacts]:
    """A case of two defendants covered story by story (the mother's plea, her boyfriend's sentencing): a story about
    the other defendant gives that person's charges and terms, named, never the case defendant's. One person under two
    names (a stage name in one story, the legal name in another, which the parties know as one) is one defendant."""
    defendants = Counter(f.defendant for f in facts if f.defendant)
    if len(defendants) < 2:
        return facts
    case = _case_defendant(facts)
    case_names = next(({p.name, *p.aliases} for p in parties if case in (p.name, *p.aliases)), {case})
    out = []
    for f in facts:
        if not f.defendant or _surname(f.defendant) == _surname(case) or f.defendant in case_names:
            out.append(f)
            continue
        s = f.sentencing
        # (what that story files as someone else's sentence, "Kaylee Dunmore: a 20-year sentence", is the case's own)
        own = [dataclasses.replace(t, subject=None) for t in s.others if t.subject in case_names]
        if _told_as_accused(f.defendant, [f]) == 0 and _told_as_accused(case, [f]) > 0:
            # a story whose own reading took the victim a feature opens on for its defendant, while it tells the
            # case's defendant pleading guilty, is about the case's defendant: its facts are his
            out.append(dataclasses.replace(f, sentencing=dataclasses.replace(
                s, terms=s.terms + own, others=[t for t in s.others if t.subject not in case_names],
                charges=[dataclasses.replace(c, subject=None) if c.subject in case_names else c for c in s.charges])))
            continue
        owner = _paragraph_owner(f, case, f.defendant)
        sentencing = dataclasses.replace(
            s,
            charges=[dataclasses.replace(c, subject=None) if c.subject in case_names
                     else c if c.subject else dataclasses.replace(c, subject=owner(c.citations)) for c in s.charges],
            terms=[dataclasses.replace(t, subject=None) if t.subject in case_names
                   else t if t.subject else dataclasses.replace(t, subject=owner(t.citations)) for t in s.terms] + own,
            others=[t for t in s.others if t.subject not in case_names],
            # (the day that story dates is that person's hearing, never the case defendant's)
            sentencing_date=None)
        out.append(dataclasses.replace(f, sentencing=sentencing))
    return out


def _paragraph_owner(facts: SourceFacts, case: str, other: str) -> Callable[[list[Citation]], Optional[str]]:
    """Whose a fact is in a story about the case's other defendant: that person's, unless the paragraph last named the
    case's defendant before it. An explainer tells both sentences ("Holloway ... sentenced her to eight years in
    prison" in one paragraph, "Vass ... a year and a day" in the next); a pronoun goes on naming the last one named."""
    text = facts.source.text
    names = re.compile(rf"\b(?P<case>{re.escape(case.split()[-1])})\b|\b(?P<other>{re.escape(other.split()[-1])})\b")

    def owner(citations: list[Citation]) -> Optional[str]:
        if not citations:
            return other
        paragraph = facts.source.paragraph_at(citations[0].start)
        start = paragraph.start if paragraph else 0
        named = [m for m in names.finditer(text, start, citations[0].start)]
        return None if named and named[-1].lastgroup == "case" else other

    return owner


def _case_defendant(facts: list[SourceFacts]) -> Optional[str]:
    """The defendant most stories name. Two stories naming two people is settled by the court's words: the one the
    stories tell as pleading, convicted or sentenced ("Kessel pleaded guilty", "sentenced Kessel to 20 years"), not
    the victim a feature opens on ("Warren Pruitt had been asleep for about three hours when ...")."""
    defendants = Counter(f.defendant for f in facts if f.defendant)
    if not defendants:
        return None
    top = max(defendants.values())
    tied = [name for name, count in defendants.items() if count == top]
    if len(tied) == 1:
        return tied[0]
    # (only a name no story tells as accused gives way; between two accused, the one the stories are about: a
    # co-defendant one story names as its own defendant ("The man who ran the line, Doyle, 27, was jailed for eight
    # years") comes up in a paragraph or two, the case's defendant all through both. Then the stories' order.)
    accused = [name for name in tied if _told_as_accused(name, facts) > 0] or tied
    first = accused[0]
    # (two spellings of one person, "Ann Lee Roe" and "Ann Roe", keep the stories' order)
    others = [name for name in accused if not set(name.lower().split()) & set(first.lower().split())]
    return max([first, *others], key=lambda name: _mentions(name, facts))


def _mentions(name: str, facts: list[SourceFacts]) -> int:
    surname = re.compile(rf"\b{re.escape(name.split()[-1])}\b")
    return sum(len(surname.findall(f.source.text)) for f in facts)


def _told_as_accused(name: str, facts: list[SourceFacts]) -> int:
    """How often the stories tell `name` pleading, convicted, charged or sentenced."""
    surname = re.escape(name.split()[-1])
    step = r"(?:sentenced|convicted|pleaded|pled|charged|indicted|acquitted|found\s+guilty|admitted|jailed|imprisoned)"
    pattern = re.compile(rf"\b{surname}\b(?:,[^.]{{0,80}}?,)?\s+(?:(?:was|were|has\s+been|had\s+been|is|has|had)\s+)?"
                         rf"(?:(?:is|was|will\s+be)\s+(?:scheduled|set|due|expected)\s+to\s+be\s+)?{step}"
                         rf"|\b(?:sentenced|convicted|charged|indicted)\s+(?:[A-Z][\w.'-]*\s+){{0,2}}{surname}\b")
    return sum(len(pattern.findall(f.source.text)) for f in facts)


def _surname(name: str) -> str:
    return name.split()[-1].lower()


def _defendant_first(parties: list[Party], facts: list[SourceFacts]) -> list[Party]:
    """The key parties open on the accused, the person the briefing is about; the rest keep the order the stories
    introduce them in."""
    name = _case_defendant(facts)
    if name is None:
        return parties
    first = next((p for p in parties if p.name == name or name in p.aliases), None)
    if first is None:
        return parties
    rest = [p for p in parties if p is not first]
    if not any(role.lower() in ("defendant", "the defendant", "accused", "the accused") for role in first.roles):
        # "Cal Dorsey —" told the reader nothing the briefing knows, and "Craig Lennox — a self-employed joiner" hides
        # whose the charges and terms are: the accused is named so first
        first = dataclasses.replace(first, roles=["defendant", *first.roles])
    return [first, *rest]


def _derived_title(parties: list[Party], facts: list[SourceFacts]) -> str:
    """The defendant most sources name, else the person the sources cite most, else the first headline."""
    name = _case_defendant(facts)
    if name is not None:
        # (by surname count alone, a victim's family named often -- "Saldivar's mother", "the Saldivar family" --
        # can outnumber the accused)
        merged = next((p.name for p in parties if p.name == name or name in p.aliases), name)
        return f"{merged} case"
    counts: Counter[str] = Counter()
    texts = [f.source.text for f in facts]
    for party in parties:
        if party.kind == "person":
            surname = re.escape(party.name.split()[-1])
            counts[party.name] = sum(len(re.findall(rf"\b{surname}\b", t)) for t in texts)
    if counts:
        return f"{counts.most_common(1)[0][0]} case"
    for f in facts:
        if f.source.title:
            return f.source.title
    return "Case briefing"

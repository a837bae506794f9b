"""Where sources (or one source with itself) disagree on a checkable value.

A conflict is a subject with two or more different normalised values, each
kept with the words that state it. Wording alone never makes a conflict:
values are compared normalised ("3-year-old" and "three-year-old" agree; "a
year" and "12 months" of the same term agree).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from typing import Callable, Optional

from rapidfuzz import fuzz

from builder.extract._lexicon import MONTHS_AND_DAYS, same_given_name
from builder.extract.dates import parse_number
from builder.extract.values import AGE_AT_THE_TIME
from builder.model import Conflict, ConflictValue, Party, SourceFacts, Value
from builder.reconcile.merge import dated_happening, proposer_side, rounds_to, same_first_sound, sides_of, sounds_alike, status_family, term_key


def find_conflicts(facts: list[SourceFacts], parties: list[Party],
                   later_hearings: frozenset[str] = frozenset()) -> list[Conflict]:
    """Values the sources give differently. The stories of a later hearing (a revocation) are compared among
    themselves for what was asked and imposed there, never with the first sentencing's."""
    canonical = _canonical_names(parties)
    published = {f.source.id: f.source.published for f in facts}
    # ("March" beside "Marck" is a month, never a misspelt surname)
    values = [v for f in facts for v in f.values if not (v.kind == "name" and v.value in MONTHS_AND_DAYS)]
    values += _date_values(facts)
    values += _step_dates(facts)
    values += _term_values(facts, later_hearings, sides_of(parties, frozenset(f.defendant.split()[-1] for f in facts if f.defendant)))
    groups: dict[tuple[str, str], list[Value]] = {}
    for value in values:
        subject = _canonical_subject(value.subject, canonical) if value.kind in ("name", "age") else value.subject
        groups.setdefault((value.kind, subject), []).append(value)
    conflicts: list[Conflict] = []
    for (kind, subject), group in groups.items():
        if kind == "term":
            group = _exact_for_rounded(group)
        distinct: dict[str, ConflictValue] = {}
        spellings = {v.value for v in group} if kind == "name" else set()
        for value in sorted(group, key=lambda v: len(v.value)) if spellings else group:  # (the name before its plural)
            key = _spelling_key(value.value, spellings)
            entry = distinct.get(key)
            if entry is None:
                distinct[key] = ConflictValue(value=value.value, text=value.text, citations=list(value.citations))
            else:
                entry.citations.extend(c for c in value.citations if c not in entry.citations)
        # (ages "at the time" all tell one past moment: no birthday falls between them)
        birthday = len(distinct) > 1 and kind == "age" and not subject.endswith(AGE_AT_THE_TIME) \
            and _aged_between_stories(group, published)
        if birthday:
            # listed, as settled: the reader who sees "29" and "30" in two stories still learns why they agree
            conflicts.append(Conflict(kind=kind, subject=subject, values=list(distinct.values()), resolved=True,
                                      resolution=_birthday_between(group, published)))
        elif len(distinct) > 1 \
                and not (subject.endswith(_FIRST_NAME) and not _misspellings(list(distinct))) \
                and not (subject == "sentencing date" and _hearings_apart(group, published)) \
                and not (kind == "term" and _stories_share_a_length(list(distinct.values()))) \
                and not (kind == "number" and (_one_count_told_loosely(group) or _counts_of_different_things(group))):
            conflicts.append(Conflict(kind=kind, subject=subject, values=list(distinct.values())))  # type: ignore[arg-type]
    return _one_spelling_of_a_family(conflicts)


def _one_spelling_of_a_family(conflicts: list[Conflict]) -> list[Conflict]:
    """A surname one story spells another way for every member of a family ("Vantongeren" and "VanTongeren" for the
    mother and the father) is one disagreement, listed once with everyone it names, each spelling citing all its
    places."""
    out: list[Conflict] = []
    by_spellings: dict[frozenset[str], Conflict] = {}
    for conflict in conflicts:
        spellings = frozenset(v.value for v in conflict.values)
        same = by_spellings.get(spellings) if conflict.kind == "name" and not conflict.subject.endswith(_FIRST_NAME) else None
        if same is None:
            if conflict.kind == "name":
                by_spellings[spellings] = conflict
            out.append(conflict)
            continue
        same.subject = _joined_subjects(same.subject, conflict.subject)
        for value in conflict.values:
            entry = next(v for v in same.values if v.value == value.value)
            entry.citations.extend(c for c in value.citations if c not in entry.citations)
    return out


def _joined_subjects(subjects: str, subject: str) -> str:
    """"Dana Lee" and "Mark Lee" as "Dana Lee and Mark Lee"; a third as "Dana Lee, Mark Lee and Ann Lee"."""
    return f"{subjects.replace(' and ', ', ')} and {subject}" if " and " in subjects else f"{subjects} and {subject}"


def _exact_for_rounded(terms: list[Value]) -> list[Value]:
    """Each sum a story rounds ("$1.2 million") as the exact figure another story gives ("$1,214,600"), so the two
    agree: a rounding is a way of telling, not a disagreement."""
    def amount(v: Value, unit: str) -> float:
        """The value in `unit`: "roughly 10 months" and "312 days" are compared in days."""
        number, own = v.value.split()[:2]
        return float(number) * _DAYS_IN.get(own, 1.0) / _DAYS_IN.get(unit, 1.0) if own != unit else float(number)

    def comparable(v: Value, other: Value) -> bool:
        units = {v.value.split()[1], other.value.split()[1]}
        return len(units) == 1 or units <= _DAYS_IN.keys()

    return [next((dataclasses.replace(v, value=other.value) for other in terms
                  if other.value != v.value and comparable(v, other)
                  and rounds_to(v.text, amount(v, "days"), amount(other, "days"))
                  and not rounds_to(other.text, amount(other, "days"), amount(v, "days"))), v) for v in terms]


# Lengths told in different units are one length when one story rounds it ("roughly 10 months" for 312 days)
_DAYS_IN = {"days": 1.0, "weeks": 7.0, "months": 30.44, "years": 365.25}


_FIRST_NAME = "'s first name"


def _misspellings(names: list[str]) -> bool:
    """"Devin" and "Devon", or "Gillian" and "Jillian", are one name spelt two ways; "Dan" and "Daniel", or "Bill" and
    "William", are one name in two forms, which a story may choose freely."""
    return all(same_first_sound(a, b) and not same_given_name(a, b)
               and (fuzz.ratio(a.lower(), b.lower()) >= 75 or sounds_alike(a, b))
               for i, a in enumerate(names) for b in names[i + 1:])


_GENERATION = re.compile(r",?\s+(?:Jr|Sr)\.?$|,?\s+(?:II|III|IV)$")


def _spelling_key(name: str, spellings: set[str]) -> str:
    """"the Huxtables" is the family of Huxtable, not another spelling of the name; "Wyck", where one story never uses
    "Van Wyck" alone, is the same surname as the other story's "Van Wyck" (a hyphen or an accent would still differ)."""
    generation = _GENERATION.search(name)
    if generation:
        # "Fitzpatrick Jr." is "Fitzpatrick" told with his generation, no other spelling
        return _spelling_key(name[:generation.start()], spellings)
    for ending in ("es", "s"):
        if name.endswith(ending) and name[: -len(ending)] in spellings:
            return name[: -len(ending)]
    return next((longer for longer in sorted(spellings, key=len) if longer.endswith(" " + name)), name)


# A birthday explains two ages only when it has room to fall between the stories: "46" on Monday and "47" on Tuesday fit
# one birthday in theory, but a reader is far better served by seeing the two figures side by side.
_BIRTHDAY_ROOM = dt.timedelta(days=30)


def _aged_between_stories(ages: list[Value], published: dict[str, Optional[dt.date]]) -> bool:
    """ "56" in April 2024 and "58" in November 2025 agree: one birthday fits every story's date and age, and the days
    it could fall on are not a mere day or two."""
    born_after, born_by = dt.date.min, dt.date.max
    for value in ages:
        for c in value.citations:
            day = published.get(c.source)
            if day is None or not value.value.isdigit():
                return False
            age = int(value.value)
            born_after = max(born_after, _years_before(day, age + 1))
            born_by = min(born_by, _years_before(day, age))
    return born_by - born_after >= _BIRTHDAY_ROOM


def _birthday_between(ages: list[Value], published: dict[str, Optional[dt.date]]) -> str:
    days = sorted({published[c.source] for v in ages for c in v.citations if published.get(c.source)})
    first, last = days[0], days[-1]
    return f"The stories are dated {_day(first)} and {_day(last)}; a birthday between them fits both ages"


def _day(day: dt.date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


def _one_count_told_loosely(counts: list[Value]) -> bool:
    """"more than 300 pages" and "more than 350 pages", "about 6,000" and "6,200": a count one story qualifies that
    the other's fits is one count told two ways ("at least 11 patients" and "12 patients" are not: a story that knew
    of 12 would say so)."""
    return any(a.value != b.value and (rounds_to(a.text, float(a.value), float(b.value))
                                       or rounds_to(b.text, float(b.value), float(a.value)))
               for a in counts for b in counts)


def _counts_of_different_things(counts: list[Value]) -> bool:
    """Two accounts of one count differ a little (11 and 12 patients, 412 and 421 ballots, five and six shots); counts
    far apart under one noun are of different things (90 devices still missing of the 130 stolen; a church's 14,000
    members and its board's eight)."""
    amounts = [float(v.value) for v in counts]
    return max(amounts) - min(amounts) > _CLOSE_COUNTS * max(amounts)


_CLOSE_COUNTS = 0.25


def _stories_share_a_length(values: list[ConflictValue]) -> bool:
    """Every two stories share a length: the parts of one sentence ("10 years in prison with seven years suspended",
    "18 years on the importation charge and 12 years on the possession charge ... a total of 20 years"), one story
    giving the parts and another the whole or a part, not sources disagreeing. Stories disagree when one gives
    lengths the other gives none of ("12 years" against "14 years")."""
    told: dict[str, set[str]] = {}
    for value in values:
        for citation in value.citations:
            told.setdefault(citation.source, set()).add(value.value)
    return all(told[a] & told[b] for a in told for b in told if a < b)


def _hearings_apart(dates: list[Value], published: dict[str, Optional[dt.date]]) -> bool:
    """Each story reports a hearing already held, weeks apart: a sentencing and a later revocation or resentencing,
    not two accounts of one day ("sentenced Tuesday" in May 2024, "Wednesday" in April 2025)."""
    days = []
    for value in dates:
        day = dt.date.fromisoformat(value.value)
        if any(published.get(c.source) is None or day > published[c.source] for c in value.citations):
            return False  # a date still to come is one hearing told two ways
        days.append(day)
    return (max(days) - min(days)).days > 14


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # February 29
        return day.replace(year=day.year - years, day=28)


def _canonical_names(parties: list[Party]) -> Callable[[str], Optional[str]]:
    table: dict[str, str] = {}
    for party in parties:
        for form in [party.name, *party.aliases]:
            table.setdefault(form, party.name)
        if party.kind == "person" and len(party.name.split()) > 1:
            table.setdefault(party.name.split()[-1], party.name)
    return table.get


def _canonical_subject(subject: str, canonical: Callable[[str], Optional[str]]) -> str:
    """"Gurley's daughter" and "Akai Gurley's daughter" name the same person."""
    m = re.match(r"^(?P<owner>.+?)['\u2019]s (?P<rest>.+)$", subject)
    if m:
        return f"{canonical(m.group('owner')) or m.group('owner')}'s {m.group('rest')}"
    return canonical(subject) or subject


def _date_values(facts: list[SourceFacts]) -> list[Value]:
    out = []
    for f in facts:
        d = f.sentencing.sentencing_date
        if d is not None and d.value is not None:
            out.append(Value(subject="sentencing date", kind="date", value=d.value.isoformat(), text=d.text,
                             citations=list(d.citations)))
    return out


# Steps a case takes once, named for the disagreement's subject
_ONCE = {"arrested": "the arrest", "convicted": "the verdict", "pleaded": "the guilty plea", "indicted": "the indictment",
         "died": "the death", "crash": "the crash", "fire": "the fire"}
_MONTH_NAMED = re.compile(r"[A-Z][a-z]{2}")
_STEP_DAYS_APART = dt.timedelta(days=31)


def _step_dates(facts: list[SourceFacts]) -> list[Value]:
    """The day each story gives for a step the case takes once ("Vell was arrested on Oct. 3, 2023" against "Vell was
    arrested Oct. 5, 2023"). Only a day told by its month and number in a line that names the defendant, one such
    day per story and step (a story with two arrest days tells of two arrests), and stories' days within a month of
    each other: days further apart are of two steps (a co-defendant's plea, a second arrest)."""
    told: dict[str, list[Value]] = {}
    surnames = Counter(f.defendant.split()[-1] for f in facts if f.defendant)
    surname = surnames.most_common(1)[0][0] if surnames else None  # the case's defendant, whom most stories are about
    for f in facts:
        own: dict[str, list[Value]] = {}
        for event in f.events:
            step = dated_happening(event)
            if step not in _ONCE or event.date.granularity != "day" or event.date.value is None \
                    or not _MONTH_NAMED.match(event.date.text) or not surname \
                    or not re.search(rf"\b{re.escape(surname)}\b(?![\u2019']s)", event.description):
                # ("Vell's aide, Tom Ryle, was arrested": another person's step)
                continue
            own.setdefault(step, []).append(Value(subject=f"date of {_ONCE[step]}", kind="date",
                                                  value=event.date.value.isoformat(), text=event.date.text,
                                                  citations=list(event.date.citations)))
        for step, values in own.items():
            if len({v.value for v in values}) == 1:
                told.setdefault(step, []).append(values[0])
    out: list[Value] = []
    for values in told.values():
        days = [dt.date.fromisoformat(v.value) for v in values]
        if len(set(days)) > 1 and max(days) - min(days) <= _STEP_DAYS_APART:
            out += values
    return out


def _term_values(facts: list[SourceFacts], later_hearings: frozenset[str], sides: dict[str, str]) -> list[Value]:
    """A term of the same kind and status, proposed by the same side, given with different amounts. A split sentence
    ("10 years in prison with all but 18 months suspended") tells two lengths of one sentence, and a suspended
    sentence served after a violation is a later order: neither is a disagreement."""
    split = _split_sentence_lengths(facts)
    out = []
    for f in facts:
        # Another person's sentence told beside the defendant's ("and his cousin, Ed Roe, to 78 months") is compared
        # with what the other stories give that person: a story kept it apart as "other", never as undecided
        named_others = [dataclasses.replace(t, status="imposed" if t.status == "other" else t.status)
                        for t in f.sentencing.others if t.subject and t.kind in _CUSTODIAL_OR_SUPERVISED]
        for term in f.sentencing.terms + named_others:
            kind, amount, unit = term_key(term)
            if amount is None or _SUSPENDED.search(term.text) or (kind, amount) in split or _CHANGE_OR_RATE.search(term.text):
                continue
            if term.status not in ("imposed", "recommended", "sought"):
                # a maximum or a minimum is the law's, per count: "up to 15 years on each bribery count" and "up to 20
                # years on the drug charge" are two, as are "a mandatory minimum of 15 years" and "... of 10 years"
                continue
            count = _COUNTED_TERMS.match(term.text)
            if count:
                # "three 25-year sentences, to run consecutively" is 75 years in all, as another story may put it;
                # run together they are 25, and told neither way they are no total to compare
                after = f.source.text[term.citations[0].end:term.citations[0].end + 80] if term.citations else ""
                if _CONCURRENT.search(term.text + after):
                    pass
                elif _CONSECUTIVE.search(term.text + after):
                    amount *= parse_number(count.group("count")) or 1
                else:
                    continue
            side = None if term.status == "imposed" else proposer_side(term.by, sides)
            # a second defendant's sentence is compared with their own, never with the defendant's
            # one count's part of the sentence ("12 years on the possession charge") is compared with that count's
            # only, never with the whole another story gives ("jailed for 20 years")
            one_count = _ONE_COUNT.search(term.text)
            subject = " ".join(w for w in (status_family(term.status), kind.replace("_", " "), side and f"by {side}",
                                           term.subject and f"for {term.subject}",
                                           one_count and " ".join(one_count.group().lower().split()),
                                           f.source.id in later_hearings and "at a later hearing") if w)
            out.append(Value(subject=subject, kind="term", value=f"{amount:g} {unit}", text=term.text,
                             citations=list(term.citations)))
    return out


_SUSPENDED = re.compile(r"\bsuspend|\ball\s+but\b", re.IGNORECASE)
# A term given for one count or charge: the sentence on a count runs beside the others (the total another story
# gives, "jailed for 20 years", is no second account of "18 years on the importation charge")
_ONE_COUNT = re.compile(r"\b(?:on|for)\s+(?:the|each|every|one|a|his|her|that|this)\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:count|charge|conviction|offen[cs]e)s?\b|\bper\s+count\b|\bon\s+count\s+\w+", re.IGNORECASE)
_CUSTODIAL_OR_SUPERVISED = frozenset({"prison", "jail", "probation", "supervised_release", "home_confinement"})
_COUNTED_TERMS = re.compile(r"(?P<count>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
                            r"(?:(?:consecutive|concurrent|separate)\s+)?\S*\d\S*[- ](?:years?|months?|days?)\b", re.IGNORECASE)
_CONSECUTIVE = re.compile(r"\bconsecutive(?:ly)?\b|\bback[- ]to[- ]back\b|\bone\s+after\s+(?:the\s+)?other\b", re.IGNORECASE)
_CONCURRENT = re.compile(r"\bconcurrent(?:ly)?\b|\bat\s+the\s+same\s+time\b", re.IGNORECASE)
# Not a whole term: a later change to one ("extended her probation by two years") or an instalment ("restitution
# payments of at least $1,200 a month"), which no total contradicts
_CHANGE_OR_RATE = re.compile(r"\b(?:extend\w*|add(?:s|ed|ing)?|reduc\w*|cut|increas\w*|shorten\w*|lengthen\w*)\b"
                             r"|\$?\d[\d,.]*\s+(?:a|per|each|every)\s+(?:month|week|year|day)\b|\b(?:monthly|weekly|annual(?:ly)?)\b",
                             re.IGNORECASE)
_SAME_SENTENCE = 120  # characters between a sentence's total and its suspension ("10 years in prison with all but ...")


def _split_sentence_lengths(facts: list[SourceFacts]) -> set[tuple[str, Optional[float]]]:
    """The (kind, length) pairs a split sentence accounts for: the part served and the whole it was cut from."""
    lengths: set[tuple[str, Optional[float]]] = set()
    for f in facts:
        terms = f.sentencing.terms
        for suspension in (t for t in terms if _SUSPENDED.search(t.text) and t.citations):
            kind, amount, _ = term_key(suspension)
            lengths.add((kind, amount))
            at = suspension.citations[0].start
            for whole in terms:
                if whole is not suspension and whole.kind == suspension.kind and any(
                        0 <= at - c.end <= _SAME_SENTENCE for c in whole.citations):
                    lengths.add(term_key(whole)[:2])
    return lengths


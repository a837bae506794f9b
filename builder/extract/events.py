"""Dated events for the timeline: each sentence (or its clause) that states a date.

Dates are resolved against the article's publication date (see dates.py); a
date the article gives only relative to itself ("Thursday") is dropped when the
article's date is unknown, because placing it would be a guess. Words inside a
quotation are the speaker's, so their "today" is not the article's.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from builder.extract._regex import lazy_compile
from builder.extract.dates import DateMatch, find_dates
from builder.extract.text import DATELINE_LEAD, NO_COMMENT, QUOTED, split_sentences
from builder.model import Citation, DateValue, Event, Source

_POST_SIGNATURE = lazy_compile(r"\(@\w+\)\s*$")
# The day a quotation was spoken ("... a dime," Prewitte said Thursday.): when the words were said, not a step in the case;
# the reactions section carries the quotation. (Only after the quotation: "a judge told her Tuesday that she had taken
# money meant for “people ...”" is the sentencing.)
# ("... she told CBS News Los Angeles in June": the outlet interviewing, then the date's preposition; "told jurors in
# closing arguments on Thursday" is a step of the trial)
_SPOKEN_ON = lazy_compile(r"\b(?:said|says|told\s+(?:[\w-]+\s+){0,2}?|told\s+(?:the\s+)?(?-i:[A-Z0-9][\w.'\u2019-]*\s+){1,5}|added|wrote"
                          r"|testified|recalled|remarked)\s*"
                          # ("\u2026," Lee said in an interview Thursday / in a statement on Friday)
                          r"(?:in\s+an?\s+(?:[\w-]+\s+){0,2}?(?:interview|statement|email|e-mail|post|letter|message|call)\s+)?"
                          r"(?:(?:in|on|last|earlier|this)\s+)?$", re.IGNORECASE)
# A quoted name of a show, book or film ("which aired \u201cOpen Flame\u201d"): a title, not a statement
_TITLE_BEFORE = lazy_compile(r"\b(?:aired|airs|titled|entitled|called|named|dubbed|hosted|hosts|show|series|book|film|movie|album"
                             r"|song|program|programme|podcast|documentary)\W*$", re.IGNORECASE)
_MAX_WORDS = 25  # a longer sentence is cut to the clause around its date
# ("$40,000" is one number; a quotation's closing mark after its comma stays with it)
_CLAUSE_BREAK = lazy_compile(r"(?:,(?!\d)|[;\u2014])[\"\u201d\u2019]?\s*")
# A colon ends a lead-in ("Zoom in: The scheme began to unravel in 2023"), but what follows one elaborates what is
# before it ("found out what the lapse will cost him: 10 years in prison"): a clause may start after it, never end at it
_LEAD_IN_END = lazy_compile(r":(?!\d)\s*")
# Pieces a relative clause reaches past to the noun it hangs on: a place's state ("Dayton, Ohio, who") and an
# appositive ("Ann Lee, a driver from Richmond, who")
# (a name's other name is apposed too: "the Carver Heights Mob, known as CHM, around 2014")
_APPOSED_PIECE = lazy_compile(r"(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?|(?:a|an|the)\s+(?:[^,;]|,(?=\d))*|(?:also\s+|better\s+|widely\s+)?known\s+as"
                              r"\s+[^,;]*|(?:or|aka|a\.k\.a\.)\s+[A-Z][^,;]*)[,;]")
_RELATIVE_OPENER = lazy_compile(r"(?:who|whom|whose|which|where|when)\b", re.IGNORECASE)
# A clause that opens on a preposition ("in her home in March 2023 while ...") is the tail of the one before it.
_DETERMINER_OPENER = lazy_compile(r"(?:a|an|the)\s")
_PREPOSITION_OPENER = lazy_compile(r"(?:in|at|on|near|inside|outside|behind|from|into|during|around|about|by)\s", re.IGNORECASE)
# "According to the complaint, the driver ... struck": a lead-in before the subject, not the subject
_SUBJECT_AFTER_LEAD_IN = lazy_compile(r"\s*((?:[A-Z]|(?:the|a|an|his|her|their)\s)[^,\u2014]*?)\s*,")
_LEAD_IN = lazy_compile(r"(?:according\s+to|in|on|at|after|before|during|under|as|by|with|since|last|earlier|later)\b",
                      re.IGNORECASE)
# Verbs a clause may have: auxiliaries, regular past forms and the common irregular ones of court news.
_VERBS = (r"is|was|were|are|be|been|being|has|had|have|will|would|could|can|may|might|must|shall|should|did|does|do"
          r"|[a-z]{2,}ed|set|put|cut|made|took|gave|got|went|told|said|says|faces|won|lost|left|fled|spent|sought|began"
          r"|became|held|kept|led|ran|sat|stood|wrote|paid|sold|brought|fell|heard|met|pled|froze|hid|shot|struck|stole"
          r"|bought|sent|swore|drove|fought|caught|thought|built|dealt|felt|found|broke|chose|spoke|withdrew"
          r"|upheld|remains|denies|admits|plans|serves|awaits|beat|slit|quit|hurt")
# A clause that opens on its verb ("was convicted Friday", "set up a choice", "pleaded guilty") lost its subject to the cut.
_PREDICATE_START = lazy_compile(rf"(?:{_VERBS})\b")
# The sentence's subject before its first comma, past any dateline ("NEWARK \u2014", "BOSTON (AP) \u2014").
_SUBJECT_HEAD = lazy_compile(r"(?:[^\u2014\n]{0,60}?(?:\u2014|\s-\s)\s*)?([A-Z][^,\u2014]*?)\s*(?:,|\u2014)")
# A clause a date may end a line before: "unraveled in early 2024 when ..."
_SUBORDINATE = lazy_compile(r"\s+(?:when|after|before|because|while|until|as)\s")
# (a participle that describes the subject too: "A Lee's Summit man accused of driving his boat drunk ...")
_RELATIVE_IN_HEAD = lazy_compile(r"\s+(?:who|whom|whose|which|that|accused\s+of|charged\s+with|convicted\s+of)\s")
_PREPOSITION_WHICH = lazy_compile(r"(?:[a-z]+\s+){1,2}(?:which|whom)\b")
# ", 47," is an age in apposition, never the end of a clause
_OUTLET_AFTER_DATE = lazy_compile(r"\s*\([A-Z][\w&. ]{0,24}\)\s*[-\u2014\u2013]")
_AGE_APPOSED = lazy_compile(r",\s+(?:now\s+)?\d{1,3},")
# ", Delaware," after a town is its state, never the end of a clause: "A former Wilmington, Delaware, water official
# whose reports ... is set to be resentenced Tuesday" (a lowercase word follows, so it is no list of places; a verb
# after it ends the subject: "of Mallow, Co Cork, pleaded guilty")
_STATE_APPOSED = lazy_compile(r"(?<=[a-z]),\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?," + rf"(?=\s+(?!(?:{_VERBS}|who|whom|whose|which|that)\b)[a-z])")
# "between 2019 and 2023", "from May to August": a period told by its two ends is one event, dated by its start
# (either end may be loosened: "between 2022 and early 2024", "from late 2019 through the summer of 2021")
_LOOSE_END = r"(?:(?:early|late|mid-?|the\s+(?:end|start|beginning|middle|spring|summer|fall|autumn|winter)\s+of)\s*)?"
_RANGE_OPENER = lazy_compile(rf"\b(?:between|from)\s+{_LOOSE_END}$", re.IGNORECASE)
_OWN_CLAUSE_AFTER = lazy_compile(r",?\s+(?:when|whereupon)\b")
_RANGE_LINK = lazy_compile(rf"\s*(?:and|to|through|until|till|-|\u2013)\s*{_LOOSE_END}", re.IGNORECASE)
# "in the August 2025 death of Jesse Whit", "in a July 4 boat crash on Cedar Lake that ...": a determiner, the date,
# one to three words naming the thing, and what it was of or where, up to the clause's end
_NP_DETERMINER = lazy_compile(r"\b(?:the|a|an|his|her|their|its)\s+$", re.I)
# (an initialism is one word, never cut at its first dot: "a 2024 U.S. Supreme Court ruling")
_NP_TAIL = lazy_compile(r"(?:\s+(?!(?:and|or|but|was|were|is|are|had|has)\b)(?:(?:[A-Z]\.){2,}|[A-Za-z][\w'\u2019-]*(?!\.[A-Za-z]))){1,4}?"
                      r"(?:\s+(?:of|in|on|at|near|outside|inside|against|involving)\s+[^,;:.\u2014()\n]*?)?"
                      # and what it did: "a July 4 boat crash on Cedar Lake that killed a 62-year-old man"
                      r"(?:\s+(?:that|which|in\s+which)\s+[^,;:.\u2014()\n]*?)?"
                      # (or before the main clause's verb: "where five died during a July 2023 heat wave was sentenced")
                      r"(?=\s*(?:[,;:.\u2014()]|$)|\s+(?:who|whom|which|that|and|but|when|where|after|before|while"
                      # (or before the main verb's infinitive: "want the landlord of a building where four died in a
                      # January 2023 fire to spend 32 years in prison")
                      r"|was|were|is|are|has|have|had|will|to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b)[a-z]+)\b)")
# "was sentenced to life for a smuggling run that left five migrants dead near Encinal, Texas, on Aug. 15, 2023",
# "charged in the crash that killed a cyclist last month": the date ends a relative clause on what the case is for, so
# it dates that deed, not the sentencing. (Its verb right after "that": "the hearing that she attended" is someone's.)
_CASE_VERB = lazy_compile(r"\b(?:sentenc|convict|charg|pleaded|pled|indict|arrest|found\s+guilty|jailed|imprisoned)", re.I)
_DEED_CLAUSE = lazy_compile(r"\b(?:for|in|over|of)\s+(?P<np>(?:a|an|the|his|her|their)\s+(?:[\w'\u2019-]+\s+){0,3}?"
                            r"(?:that|which|who)\s+(?:(?:later|then|also|allegedly)\s+)?" + rf"(?:{_VERBS})\b)"
                            r"(?P<rest>[^;:\u2014()\n\"\u201c\u201d]*)$", re.IGNORECASE)
# ... or told by its verb: "sentenced to 45 years for fatally shooting a driver on a highway in 2023", "convicted of
# stealing $2 million from the charity in 2021"
_DEED_GERUND = lazy_compile(r"\b(?:for|of)\s+(?P<np>(?:[a-z]+ly\s+)?(?!(?:being|having|sentencing|resentencing|hearing|trial)\b)[a-z]{3,}ing)\b"
                            r"(?P<rest>[^;:\u2014()\n\"\u201c\u201d]*)$")
# "Amsel, who ran the city's water division from 2014 to 2021, was convicted in June 2022": a date inside an aside
# on the subject dates the aside, and its line is the subject with the aside
_ASIDE_OPENER = lazy_compile(r",\s+(?:(?:the|a|an|his|her|their)\s+(?:[\w'\u2019-]+\s+){0,4}?)?(?:who|which)\s+(?:[\w'\u2019-]+\s+)?"
                             + rf"(?:{_VERBS})\b[^,;:\u2014()\n\"\u201c\u201d]*$")
# the name an aside hangs on ("sentenced Ann Lee, the clerk who ...")
_NAMED_BEFORE_ASIDE = lazy_compile(r"(?:[A-Z][\w.'\u2019-]*\s+){1,3}[A-Z][\w'\u2019-]+(?=,$)")
# (with its title: "Cass County Sheriff Lowell Dieckmann, whose deputies ...")
_NAME_BEFORE_COMMA = lazy_compile(r"(?:[A-Z][\w.'\u2019-]*\s+){1,5}[A-Z][\w'\u2019-]+(?=,$)")
_EVER_SINCE = lazy_compile(r"\b(?:(?:every|each)\s+(?:year|month|week|day|season)|ever|annually|a\s+year)\s+since\s+$", re.I)
# An aside closed inside the deed ("for leaving his daughter, who was not quite 2, in his SUV ... on Aug. 19"): the
# deed goes on after it
_CLOSED_ASIDE = lazy_compile(r",\s+(?:who|whom|whose|which)\s[^,;]*,")
_FINITE = lazy_compile(r"\b(?:is|was|were|are|will|would|has|have|had)\b")
_COORDINATED = lazy_compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and|or)\s*")
# A clause says what happened only if it has a verb: "more than $420,000 in cash … between 2019 and 2023" is a list
# item cut from "accepted gold bars, more than …", so the cut grows until a verb is inside.
_VERB = lazy_compile(rf"\b(?:{_VERBS})\b")


def find_events(source: Source, sentenced: Optional[tuple[DateValue, Citation]] = None) -> list[Event]:
    """One event per stated date, in reading order, each citing its clause and its date words.

    `sentenced` is the day the article says the sentence was given and where it tells the main term imposed: a
    sentencing-day story often tells the sentence with no date of its own ("A federal judge has sentenced Lee to 12
    years in prison for ...") and the day elsewhere ("his sentencing hearing Tuesday"), and the timeline's most
    important entry would be missing. The clause that tells the term becomes that day's event, unless a date of its
    own dates that clause (then it is an event already, dated by its own words; "sentenced Lee, who shot a man in
    August 2023, to 14 years" dates only the shooting)."""
    text = source.text
    events: list[Event] = []
    dated_clauses: list[tuple[int, int]] = []  # the spans events were cut to
    seen: set[tuple[Optional[dt.date], str, int]] = set()
    anchor: Optional[dt.date] = None
    for paragraph in source.body():
        quoted = _quoted_spans(text, paragraph.start, paragraph.end)
        for s_start, s_end in split_sentences(text, paragraph.start, paragraph.end):
            if text[s_start:s_end].rstrip("\"'\u201d\u2019) ").endswith("?"):
                continue  # an interviewer's "What did you want to hear today?" asks; nothing happened
            if NO_COMMENT.search(text, s_start, s_end) and len(text[s_start:s_end].split()) <= _MAX_WORDS:
                continue  # "Reached by phone Monday, Lee declined to discuss the case": the reporter's call, no step
            dateline = DATELINE_LEAD.match(text, s_start, s_end)
            s_start = dateline.end() if dateline else s_start  # "NASHVILLE - A jury ...": the event starts after it
            previous_end: Optional[int] = None
            last: Optional[DateMatch] = None
            for d in find_dates(text, s_start, s_end, source.published, anchor):
                # (an end that opens a clause of its own is its own event: "from 2012 until February, when the
                # board placed her on leave")
                in_range = previous_end is not None and _RANGE_LINK.fullmatch(text, previous_end, d.start) is not None \
                    and not _OWN_CLAUSE_AFTER.match(text, d.end)
                # "rose sharply in 2022 and 2023", "in March and April": one stretch of time, dated by its start
                # (days stay apart: "hearings on May 3, May 10 and May 17" were three)
                in_range = in_range or (last is not None and last.granularity == d.granularity != "day"
                                        and _COORDINATED.fullmatch(text, last.end, d.start) is not None)
                last = d
                previous_end = d.end if _RANGE_OPENER.search(text, max(s_start, d.start - 40), d.start) else None
                if in_range or d.value is None or any(q_start <= d.start < q_end for q_start, q_end in quoted):
                    continue
                if _OUTLET_AFTER_DATE.match(text, d.end):
                    continue  # "Oct 16 (Reuters) -": the dateline's date is the story's, not an event
                if _POST_SIGNATURE.search(text, max(s_start, d.start - 80), d.start):
                    continue  # "— Ann Lee (@annlee) May 3, 2023": an embedded post's date line, not an event
                if _SPOKEN_ON.search(text, max(s_start, d.start - 40), d.start) \
                        and any(s_start < q_end <= d.start and not _TITLE_BEFORE.search(text, max(0, q_start - 30), q_start)
                                for q_start, q_end in quoted):
                    # (a quotation may open in the sentence before; a quoted title, "Savor Network, which aired \u201cOpen
                    # Flame,\u201d said in November that it had paused production", is no statement)
                    continue

                if d.granularity == "day":
                    anchor = d.value  # "a day earlier" in a later sentence counts back from here
                noun_phrase = _dated_noun_phrase(text, s_start, s_end, d.start, d.end) \
                    or _dated_relative_clause(text, s_start, d.start, d.end) \
                    or _dated_aside(text, s_start, s_end, d.start, d.end) \
                    or _dated_subject_clause(text, s_start, d.start, d.end)
                c_start, c_end = noun_phrase or _clause(text, s_start, s_end, d.start, d.end)
                if _EVER_SINCE.search(text, max(s_start, d.start - 30), d.start):
                    continue  # "at least one such death every year since 1959": a count kept since then, no event
                if text[max(s_start, d.start - 6):d.start].lower() == "since " and not _VERB.search(text, c_start, c_end):
                    continue  # "Dr. Ray Motley, the church's pastor since 2011.": a tenure in a fragment, nothing happened
                key = (d.value, d.granularity, c_start)
                if key in seen:
                    continue
                seen.add(key)
                dated_clauses.append((c_start, c_end))
                parts = [(c_start, c_end)]
                subject = None if noun_phrase else _cut_subject(text, s_start, c_start)
                if subject:
                    parts.insert(0, subject)
                events.append(Event(
                    description=" \u2026 ".join(text[a:b] for a, b in parts),
                    date=DateValue(text=text[d.start:d.end], citations=[source.cite(d.start, d.end)],
                                   value=d.value, granularity=d.granularity),
                    citations=[source.cite(a, b) for a, b in parts],
                ))
            if sentenced and s_start <= sentenced[1].start < s_end and not any(a <= sentenced[1].start < b for a, b in dated_clauses) \
                    and not any(q_start <= sentenced[1].start < q_end for q_start, q_end in quoted):
                events.append(_sentencing_told(source, s_start, s_end, sentenced))
    return events


def _sentencing_told(source: Source, s_start: int, s_end: int, sentenced: tuple[DateValue, Citation]) -> Event:
    """The sentence that tells the term imposed, as the event of the sentencing day (find_events)."""
    text = source.text
    day, term = sentenced
    c_start, c_end = _clause(text, s_start, s_end, term.start, term.end)
    if text[c_start:c_start + 1].islower():
        # "to 3\u00bd years in prison for ...": the cut left the sentence's verb and its person behind; the sentence
        # from its start, up to a dash or semicolon that opens a comment on the deed
        c_start = s_start
        aside = re.compile(r"\s*[;\u2014]").search(text, term.end, c_end)
        c_end = aside.start() if aside else c_end
    parts = [(c_start, c_end)]
    subject = _cut_subject(text, s_start, c_start)
    if subject:
        parts.insert(0, subject)
    return Event(description=" \u2026 ".join(text[a:b] for a, b in parts),
                 date=DateValue(text=day.text, citations=list(day.citations), value=day.value, granularity=day.granularity),
                 citations=[source.cite(a, b) for a, b in parts])


def _dated_noun_phrase(text: str, start: int, end: int, d_start: int, d_end: int) -> Optional[tuple[int, int]]:
    """A date that modifies a noun inside the sentence tells when that thing happened, not the sentence's own news:
    "pleaded guilty Wednesday to manslaughter in the Aug. 16 death of Jesse Whit" dates the death, and the timeline
    line must read "the Aug. 16 death of Jesse Whit", not the plea. None when the phrase opens the sentence
    ("The Aug. 16 stabbing left one man dead": the sentence is about it)."""
    determiner = _NP_DETERMINER.search(text, max(start, d_start - 6), d_start)
    if determiner is None or not text[start:determiner.start()].strip():
        return None
    # ("the Aug. 6, 2022, death of": AP style closes a full date with a comma inside the noun phrase)
    after_comma = d_end + 1 if re.match(r",\s+[a-z]", text[d_end:d_end + 3]) and re.search(r"\d{4}$", text[d_start:d_end]) \
        else d_end
    tail = _NP_TAIL.match(text, after_comma, end)
    return (determiner.start(), tail.end()) if tail else None


_SECOND_YEAR = lazy_compile(r"\s*(?:and|to|through|-|\u2013)\s*(?:early|late|mid-?)?\s*(?:19|20)\d\d\b")


def _dated_relative_clause(text: str, start: int, d_start: int, d_end: int) -> Optional[tuple[int, int]]:
    """The deed a case is for, told in a relative clause (or by its verb) that the date ends: "sentenced to seven years
    for the crash that killed Ann Roe in October 2022" gives "the crash that killed Ann Roe in October 2022"."""
    head = text[start:d_start]
    m = _DEED_CLAUSE.search(head)
    if m is None:
        m = _DEED_GERUND.search(head)
        # Only a deed told whole and closed by its date: not "convicted of stealing $2 million in 2021, and was
        # sentenced Friday" (Friday dates the main clause), nor "of leaving her to die ... heard from her family
        # Wednesday as they began" (a date inside the main clause), nor "of abusing athletes between 2006 and 2010"
        # (a stretch of time, read whole by the sentence), nor "the man he was convicted of attacking in July 2022"
        # (no object: the deed's victim is before the verb)
        rest = _CLOSED_ASIDE.sub(" ", m.group("rest")) if m else ""
        # (a second year joined to the first closes the deed too: "for murdering three patients in 2022 and 2023.")
        joined = _SECOND_YEAR.match(text, d_end)
        closing = joined.end() if joined else d_end
        if m and ("," in rest or _FINITE.search(rest) or len(rest.split()) < 3
                  or not re.match(r"\s*(?:[.;,)]|$)", text[closing:closing + 2]) or _RANGE_OPENER.search(head[-40:])):
            return None
        if m and joined:
            return start + m.start("np"), closing
    if m is None or not _CASE_VERB.search(head, 0, m.start()):
        return None
    rest = _CLOSED_ASIDE.sub(" ", m.group("rest"))
    # A comma after a common word ends the clause ("that had run the lot for a decade, on Friday"); one after a place
    # does not ("near Encinal, Texas, on Aug. 15"). A second finite verb is the main clause's ("who was fleeing will be
    # sentenced Tuesday").
    if re.search(r"\b[a-z][\w'\u2019-]*,", rest) or len(_FINITE.findall(m.group("np") + rest)) > 1:
        return None
    if re.match(r"['\u2019]s\b", text[d_end:d_end + 3]):
        return None  # "the man who carried out last year's shooting": the date is inside another noun
    return start + m.start("np"), d_end


def _dated_aside(text: str, start: int, end: int, d_start: int, d_end: int) -> Optional[tuple[int, int]]:
    """The subject and its aside when the date is inside the aside: "Amsel, who ran the water division from 2014 to
    2021, was convicted ..." gives "Amsel, who ran the water division from 2014 to 2021"."""
    opener = _ASIDE_OPENER.search(text, start, d_start)
    closing = text.find(",", d_end, end)
    if opener is None or closing < 0:
        return None
    named = _NAMED_BEFORE_ASIDE.search(text, start, opener.start() + 1)
    if named and named.start() > start and re.match(r"\s*to\s", text[closing + 1:end]):
        # "sentenced Ann Lee, the clerk who opened the account in March 2019, to nine years": the aside on the
        # sentence's object dates the object's deed (the sentence's own news is undated)
        return named.start(), closing
    if not _VERB.search(text, closing, end):
        return None
    subject = text[start:opener.start()]
    if not subject[:1].isupper() or len(subject.split()) > 6 or len(text[opener.end():closing].split()) > 12:
        return None
    return start, closing


# "Two men who carried out a string of carjackings in late 2022 have been sentenced": the date ends a relative clause
# on the sentence's subject, and the case's own step follows
_SUBJECT_RELATIVE = lazy_compile(r"(?:[A-Z][\w'\u2019-]*)(?:\s+[\w'\u2019.$-]+){0,6}?\s+(?:who|that)\s+[^;:\u2014()\n\"\u201c\u201d]+$")
_MAIN_CASE_STEP = lazy_compile(r"(?P<range>\s*(?:and|to|through|-|\u2013)\s*(?:early|late|mid-?)?\s*(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d\d)?"
                               r"\s+(?:(?:has|have|had|was|were|is|are|will\s+be)\s+(?:been\s+)?(?:re)?(?:sentenced|convicted|charged"
                               r"|indicted|arrested|ordered|found\s+guilty|jailed|acquitted|pleaded|pled|admitted)|pleaded|pled|admitted)\b")


def _dated_subject_clause(text: str, start: int, d_start: int, d_end: int) -> Optional[tuple[int, int]]:
    """The subject with its relative clause, when the date ends that clause and the main verb is the case's own
    step: "A man who killed his neighbor in March 2019 was sentenced Friday" dates the killing, not the sentence."""
    step = _MAIN_CASE_STEP.match(text, d_end)
    if _SUBJECT_RELATIVE.fullmatch(text, start, d_start) is None or step is None:
        return None
    return start, step.end("range") if step.group("range") else d_end  # (with the range's end: "between 2018 and 2020")


# The main verb of a case's step, as a lede tells it: "was sentenced", "has been convicted", "pleaded guilty"
_CASE_STEP_VERB = lazy_compile(r"\b(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?(?:re)?(?:sentenced"
                               r"|convicted|indicted|charged|arrested|acquitted|ordered|found\s+guilty)|(?:pleaded|pled)\s+"
                               r"(?:guilty|not\s+guilty|no\s+contest))\b")


def _clause(text: str, start: int, end: int, d_start: int, d_end: int) -> tuple[int, int]:
    """The sentence, or for a long one the comma-delimited stretch around the date."""
    if len(text[start:end].split()) <= _MAX_WORDS:
        label = _LEAD_IN_END.search(text, start, d_start)
        # ("Zoom in: The scheme began to unravel in 2021."): a label of a few words, the page's and not the event's
        return (label.end() if label and len(text[start:label.start()].split()) <= 3 else start), end
    ages = [m.span() for m in _AGE_APPOSED.finditer(text, start, end)]
    ages += [m.span() for m in _STATE_APPOSED.finditer(text, start, end)]
    cuts = sorted({start, end, *(m.end() for m in _CLAUSE_BREAK.finditer(text, start, end)
                                 if not any(a <= m.start() < b for a, b in ages))})
    lead_ins = [m.end() for m in _LEAD_IN_END.finditer(text, start, d_start)]
    left = max((c for c in cuts + lead_ins if c <= d_start), default=start)
    right = min((c for c in cuts if c >= d_end), default=end)
    # Grow to at least a dozen words and a verb, so the clause says what happened, not just when.
    while (len(text[left:right].split()) < 12 or not _VERB.search(text, left, right)) and (left > start or right < end):
        before = [c for c in cuts if c < left]
        after = [c for c in cuts if c > right]
        if after:
            right = after[0]
        elif before and _after_dash_aside(text, start, left) and _PREDICATE_START.match(text, left):
            # "An adviser who stole $4 million — some of whom lost their homes — was sentenced Thursday": the aside
            # between the dashes is no part of what happened; the subject before it joins the line (_cut_subject)
            break
        elif before:
            left = before[-1]
    # "A man who sold homes that, prosecutors said, largely did not exist was sentenced Thursday to 12 years": a cut
    # after an aside inside the subject's own clause starts the line on that clause's tail; the line starts at the
    # case's step instead, and _cut_subject gives it its subject ("A man … was sentenced Thursday to 12 years")
    # (not a clause that opens on its own verb or a relative word, which the lines below give their name)
    if left > start and text[left:left + 1].islower() and not _PREDICATE_START.match(text, left) \
            and not _RELATIVE_OPENER.match(text, left) and not _PREPOSITION_WHICH.match(text, left):
        steps = list(_CASE_STEP_VERB.finditer(text, left, d_start))
        if steps and _cut_subject(text, start, steps[-1].start()) \
                and not re.search(r"\b(?:he|she|they|it|we)\s*$|\b(?:who|whom|which|that)\s", text[left:steps[-1].start()]):
            # (not "and she was charged", whose subject is its own, nor "a former teammate who pleaded guilty", an
            # appositive with a clause of its own)
            left = steps[-1].start()
    # "unraveled in early 2024 when the daughter of one client, an 84-year-old man, called ...": a cut between a
    # noun and its appositive leaves the clause after "when" unfinished; the line ends before that clause instead
    if right < end and any(_APPOSED_PIECE.fullmatch(text[c:min((n for n in cuts if n > c), default=end)].rstrip())
                           for c in cuts if d_end < c <= right):
        subordinate = _SUBORDINATE.search(text, d_end, right)
        if subordinate:
            right = subordinate.start()
    # "…, whom he shot in November 2014": a relative clause needs the noun it hangs on; "strangled his wife, Maren
    # Lee, in her home in March 2023": a prepositional tail needs the verb its appositive separated it from.
    opener = _RELATIVE_OPENER.match(text[left:right])
    comma = text.rfind(",", start, left) if opener and left > start else -1
    named = _NAME_BEFORE_COMMA.search(text, max(start, comma - 80), comma + 1) if comma > start else None
    if named and named.start() > start and text[named.start() - 1] not in "\"'\u201c\u2018":  # (not a quoted title)
        # "apologized to the partner of Akai Gurley, whom he shot and killed in November 2014": the name the clause
        # hangs on is all of the sentence it needs; the apology is another day's news
        left = named.start()
    elif opener or (_PREPOSITION_OPENER.match(text, left) and left > start
                    and _APPOSED_PIECE.fullmatch(text[max(c for c in cuts if c < left):left].rstrip())) \
            or (left > start and _DETERMINER_OPENER.match(text, left)
                and _APPOSED_PIECE.fullmatch(text[left:min((c for c in cuts if c > left), default=end)].rstrip())):
        # (and a line that opens on an appositive of the noun before it, "in Fortville, a town of about 4,800 people
        # northeast of Indianapolis, for 11 years before he resigned in August 2022", reaches back for its clause)
        left = max((c for c in cuts if c < left), default=start)
        while left > start and _APPOSED_PIECE.fullmatch(text[left:min(c for c in cuts if c > left)].rstrip()):
            left = max(c for c in cuts if c < left)
    lead = DATELINE_LEAD.match(text, left, d_start)
    if lead:
        left = lead.end()  # "La. (WBRX) - The owner was arrested Thursday": the event starts after the dateline
    while right > left and text[right - 1] in " ,;:\u2014":
        right -= 1
    return left, right


def _after_dash_aside(text: str, start: int, at: int) -> bool:
    """Whether `at` follows an aside closed by a dash and opened by one earlier in the sentence ("— some of whom lost
    their homes —")."""
    before = text[start:at].rstrip()
    return before.endswith("\u2014") and "\u2014" in before[:-1]


def _cut_subject(text: str, start: int, clause_start: int) -> Optional[tuple[int, int]]:
    """The subject a cut clause left behind: "Ann Lee, the clinic's founder who ..., was convicted Friday" keeps
    "Ann Lee" so the timeline does not read "— was convicted Friday". None when the clause has its own subject."""
    if clause_start <= start or not _PREDICATE_START.match(text, clause_start):
        return None
    head = _SUBJECT_HEAD.match(text, start, clause_start)
    if head is not None and _LEAD_IN.match(text, head.start(1)) and ": " not in head.group(1):
        head = _SUBJECT_AFTER_LEAD_IN.match(text, head.end(), clause_start)  # past "According to the complaint,"
        if head is not None and _VERB.search(text, *head.span(1)):
            return None  # "According to the petition, Lee had paid $3,150, missed …": a list of verbs, no one subject
    if head is None:
        return None
    a, b = head.span(1)
    relative = _RELATIVE_IN_HEAD.search(text, a, b)  # "A former sheriff who ordered ...": the noun, not its clause
    b = relative.start() if relative else b
    colon = text.rfind(": ", a, b)  # "If you haven't been following this one: Lee …": the subject is after the colon
    a = colon + 2 if colon >= 0 else a
    return (a, b) if len(text[a:b].split()) <= 8 and not text[a:b].isupper() else None


def _quoted_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in QUOTED.finditer(text[start:end]):
        spans.append((start + m.start(), start + m.end()))
    return spans

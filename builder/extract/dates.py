"""Date expressions in news prose, normalised against the article's date.

News writes dates relative to the day it is published ("Thursday", "last
month", "a day earlier"), so every date is resolved against `published`
(and, for "a day earlier", against the date mentioned just before). When the
article's date is unknown only dates that carry their own year are resolved.
A month stays a month and a year stays a year (granularity).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Optional

from dateutil.relativedelta import relativedelta

from builder.extract._lexicon import NAME_ABBREVIATIONS, TITLE_ABBREVIATIONS
from builder.extract._regex import lazy_compile
from builder.model import Granularity

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_SMALL_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}

_MONTH = (r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)")
_DAY = r"(?P<day>[1-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_COUNT = r"(?P<count>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_UNIT = r"(?P<unit>day|week|month|year)s?"

# (month, day) of the holidays a story may date something by
_HOLIDAYS = {"new year's day": (1, 1), "new year's eve": (12, 31), "valentine's day": (2, 14), "juneteenth": (6, 19),
             "fourth of july": (7, 4), "july fourth": (7, 4), "independence day": (7, 4), "halloween": (10, 31),
             "veterans day": (11, 11), "christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25)}
_HOLIDAY_NAMES = "|".join(re.escape(name).replace("'", "['\u2019]").replace(r"\ ", r"\s+")
                          for name in sorted(_HOLIDAYS, key=lambda n: (-len(n), n)))
_HOLIDAY_NAMES = "(?i:" + _HOLIDAY_NAMES + ")"

# Longest forms first: a match consumes its words so "Feb. 11, 2016" is not also "2016".
# "Tuesday, Nov. 15, 2022", "Thursday 10 June": a weekday before the date names the same day, never a second one
_ON_WEEKDAY = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
# "on November 13 last year", "in March this year": the year told in words belongs to the date before it
_YEAR_WORDS = r"(?:\s+(?P<rel_year>last|this|next)\s+year\b)?"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("mdy", lazy_compile(rf"\b{_ON_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}\b")),
    # Day before month, as British, Irish and Commonwealth papers write it: "12 June 2024", "on 3 May".
    ("dmy", lazy_compile(rf"\b{_ON_WEEKDAY}{_DAY}\s+{_MONTH},?\s+{_YEAR}\b")),
    ("my", lazy_compile(rf"\b{_MONTH},?\s+{_YEAR}\b")),
    ("md", lazy_compile(rf"\b{_ON_WEEKDAY}{_MONTH}\s+{_DAY}\b(?![,:]?\s*\d){_YEAR_WORDS}")),
    ("dm", lazy_compile(rf"\b{_ON_WEEKDAY}{_DAY}\s+{_MONTH}(?!\w)(?![,:]?\s*\d){_YEAR_WORDS}")),
    # A bare month needs a preposition, or "May" would be the verb.
    ("m", lazy_compile(rf"(?:(?<=\bin )|(?<=\bby )|(?<=\bsince )|(?<=\bduring )|(?<=\buntil )|(?<=\bearly )"
                     rf"|(?<=\blate )|(?<=\bmid-)|(?<=\blast )|(?<=\bthis )){_MONTH}(?!\s*\d){_YEAR_WORDS}")),
    # Holidays on a fixed day, as news dates what happened on them: "on Juneteenth last year", "on Christmas Eve 2022"
    # (only after "on": "The Christmas party" is no date, nor "the day after Christmas" Christmas)
    ("holiday", lazy_compile(rf"(?:(?<=\bon )|(?<=\bon the )|(?<=\bOn )|(?<=\bOn the ))(?P<holiday>{_HOLIDAY_NAMES})\b"
                             rf"(?:,?\s+{_YEAR}\b)?{_YEAR_WORDS}")),
    ("y", lazy_compile(rf"(?<![$\d,.])\b{_YEAR}\b(?![,.]?\d)")),
    ("wd", lazy_compile(r"\b(?:(?P<dir>last|next|this|on)\s+)?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
    ("ago", lazy_compile(rf"\b(?:about |nearly |almost |more than |some )?{_COUNT}\s+{_UNIT}\s+ago\b", re.I)),
    ("shift", lazy_compile(rf"\b{_COUNT}\s+{_UNIT}\s+(?P<shift>earlier|later|before|after)\b", re.I)),
    # "froze withdrawals in June 2022 and filed for bankruptcy the following month": counted from the date before
    ("following", lazy_compile(r"\bthe\s+(?:following|next)\s+(?P<unit>day|week|month|year)\b", re.I)),
    ("rel", lazy_compile(r"\b(?:(?P<mod>earlier|later)\s+)?(?P<which>last|next|this)\s+(?P<unit>week|month|year)\b", re.I)),
    ("day", lazy_compile(r"\b(?P<word>yesterday|today|tomorrow)\b", re.I)),
]

# Words that put a sentence in the future: an undated "April 14" or "Friday" then lies ahead.
_FUTURE = lazy_compile(
    r"\b(will|won't|shall|scheduled|is set|are set|set for|set\s+(?:(?:his|her|their|a|the)\s+)?(?:sentencing|hearing|trial)\s+(?:hearing\s+)?for|set to|is due|are due|due to|upcoming|"
    r"expected to|plans? to|is to be|to be sentenced|when sentenced|later this|ahead of|must|has until|have until|slated|"
    # a deadline granted ("gave him until April 14 to report", "was given until May 1 to pay") lies ahead
    r"(?:gave|give|gives|giving|given|granted|grants?|allowed)\s+(?:\w+\s+){0,5}?until|(?:remain|stay|be)\s+free\s+until|"
    # the present of a scheduled step ("when he is sentenced May 15", "faces trial Jan. 13") and reported plans
    # ("said she would announce the sentence Oct. 2") point ahead, though "sentenced" reads like a past verb
    r"(?:is|are)\s+sentenced|faces?\s+(?:re)?trial|"
    # an outcome still open ("could be ordered back to prison at the conclusion of Wednesday's hearing")
    r"(?:could|may|might)\s+(?:still\s+|also\s+)?be\s+(?:ordered|sentenced|sent|given|released|jailed)|faces?\s+(?:sentencing|arraignment|a\s+(?:\w+\s+)?hearing)|"
    r"returns?\s+to\s+court|next\s+(?:court\s+)?(?:date|hearing|appearance|court\s+appearance)|would(?!\s+have)(?=\s+\w+)|"
    # a hearing moved or adjourned ("was postponed to Nov. 14", "rescheduled the hearing for Oct. 30", "delayed until
    # Dec. 3", "adjourned sentencing until November 15", "was remanded in custody until Friday", "bailed until June 2")
    r"(?:postpon|reschedul|delay|mov|push|put\s+off|reset|adjourn|defer|remand|bail)\w*\s+(?:back\s+|off\s+)?"
    r"(?:(?:the|his|her|their|a|in|on)\s+)?(?:[\w'\u2019-]+\s+){0,2}?(?:to|until|till|for)"
    # (British copy: "adjourned the case for sentencing on 7 March", "remanded him until 3 April")
    r"\s+(?:(?:sentencing|sentence|trial|a\s+(?:\w+\s+)?hearing)\s+)?(?:on\s+)?"
    r"(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|next|later)\w*\b"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))|"
    r"effective|(?:until|when)\s+(?:he|she|they)\s+(?:reports?|surrenders?|begins?|starts?)|(?:ordered|told|required|directed|allowed|permitted|bailed)\s+"
    # ("ordered him to report to the Bureau of Prisons by Sept. 30", "allowed him to report to prison on July 15")
    r"(?:(?:him|her|them|[A-Z][\w'-]+)\s+)?to\s+(?:report|surrender|pay|appear|return))\b",
    re.I)


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    value: Optional[dt.date]
    granularity: Granularity


def find_dates(text: str, start: int, end: int, published: Optional[dt.date],
               anchor: Optional[dt.date] = None) -> list[DateMatch]:
    """Dates stated in text[start:end] (one sentence), resolved where the article allows.

    `anchor` is the date the story last mentioned ("a day earlier" counts back from it);
    it defaults to the publication date.
    """
    taken: list[tuple[int, int]] = []
    found: list[DateMatch] = []
    possible = _possible_kinds(text[start:end])
    for kind, pattern in _PATTERNS:
        if kind not in possible:
            continue
        for m in pattern.finditer(text, start, end):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if kind == "day" and m.group("word").lower() == "today" and _quoted(text, start, m.start()):
                continue
            if kind == "day" and m.group("word").isupper() and not text[start:end].isupper():
                continue  # "told USA TODAY", "on the TODAY show": a name in capitals, not the day
            if kind == "y" and _MODEL_YEAR_BEFORE.search(text, max(start, m.start() - 7), m.start()) \
                    and _model_year(text, m.end()):
                continue  # "paid $23,500 for a 2021 Kia Telluride": the model's year, not when anything happened
            if kind == "y" and _WORK_BEFORE.search(text, max(start, m.start() - 30), m.start()) \
                    and _WORK_AFTER.match(text, m.end()):
                continue
            if kind == "y" and _LAW_NAMED_BEFORE.search(text, max(start, m.start() - 16), m.start()):
                continue  # "under section 38 of the Criminal Justice and Licensing (Scotland) Act 2010": the law's name
            if kind == "wd" and m.group("dir") in (None, "on") and _WEEKDAY_AS_MODIFIER.search(text, max(start, m.start() - 7), m.end() + 12):
                continue  # "counted the Sunday offering", "every Friday", "Sunday school": a habit, not a day
            if kind in ("shift", "following"):
                # counted from the date the sentence gave just before ("in June 2022 ... a month later"), else the
                # story's last; never from the story's own day forward ("a month later" is no date to come)
                before = [d.value for d in sorted(found, key=lambda d: d.start) if d.value and d.start < m.start()]
                base = before[-1] if before else anchor
                if base is None and (kind == "following" or m.group("shift").lower() == "later"):
                    continue
                value, granularity = _resolve(kind, m, published, base or published, None)
                if value is not None and published is not None and value > published and not _future(text, start, m):
                    # "placed him on leave the day the phone was found, and he resigned two weeks later", after a
                    # sentence about the hearing to come: counted from the wrong date, since told in the past it
                    # cannot lie after the story's own day
                    continue
            else:
                future = _future(text, start, m)
                value, granularity = _resolve(kind, m, published, anchor or published, future)
                # ("punched on December 27, 2023 ... switched off his life support on New Year's Eve": a holiday told
                # without its year goes on with the story's narrative as a bare day does)
                if kind in ("md", "dm", "holiday") and value is not None and anchor is not None and not future \
                        and not m.groupdict().get("rel_year") and not m.groupdict().get("year"):
                    value = _shortly_after(anchor, value, published) or value
            if value is None and kind not in ("mdy", "dmy", "my", "md", "dm", "y", "m", "wd", "holiday"):
                continue
            taken.append((m.start(), m.end()))
            begin = m.start("weekday") if kind == "wd" and (m.group("dir") or "").lower() == "on" else m.start()
            found.append(DateMatch(begin, m.end(), value, granularity))
    return _years_shared_in_ranges(text, sorted(found, key=lambda d: d.start))


# "between Dec. 5 and Dec. 21, 2023", "from May 3 to June 1, 2022": the year the range's end gives is its start's too
_DAY_RANGE_LINK = lazy_compile(r"\s*(?:and|to|through|until|-|\u2013)\s*")
_BARE_DAY = lazy_compile(r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?$")


def _years_shared_in_ranges(text: str, found: list[DateMatch]) -> list[DateMatch]:
    shared_found = list(found)
    for index, (first, second) in enumerate(zip(found, found[1:])):
        if first.granularity == second.granularity == "day" and first.value and second.value \
                and _BARE_DAY.match(text[first.start:first.end]) and re.search(r"\d{4}$", text[second.start:second.end]) \
                and _DAY_RANGE_LINK.fullmatch(text, first.end, second.start):
            shared = _safe_date(second.value.year, first.value.month, first.value.day)
            if shared is not None and shared <= second.value:
                shared_found[index] = replace(first, value=shared)
    return shared_found


# A year between an indefinite article or a possessive and a capitalised name is a product's model year
_MODEL_YEAR_BEFORE = lazy_compile(r"\b(?:a|an|his|her|their|its|my|our)\s+$", re.I)
# ("a 2021 Kia Telluride", "a 2022 Range Rover", "a 2008 Gulfstream jet"), unless the phrase names something that
# happened or was decided that year: "a 2018 Supreme Court ruling", "a 2021 Maryland law", "a 2019 DUI arrest"
_MODEL_YEAR_AFTER = lazy_compile(r"\s+(?P<phrase>[A-Z][\w.-]*(?:\s+[\w.-]+){0,4})")
_HAPPENED_OR_DECIDED = lazy_compile(
    r"\b(?:DUI|DWI|OWI|OUI|ruling|decision|opinion|law|act|statute|ordinance|amendment|arrest|conviction|case|charge"
    r"|indictment|lawsuit|settlement|election|campaign|audit|report|order|agreement|plea|crash|shooting|incident"
    r"|investigation|trial|verdict|interview|season|referendum|policy|rule|guidance|study|survey)\b")


# ("his 2019 album", "her 2016 memoir", "a 2021 documentary"): a work's year is when it came out, which is background
# to a case, not a step of it; the sentence it is in ("prosecutors read lyrics from his 2019 album") is undated
# A statute named with its year ("the Sentencing Act 2020", "the Crimes Act 1961"): part of its name, no date
_LAW_NAMED_BEFORE = lazy_compile(r"\b(?:Act|Code|Regulations|Ordinance)(?:\s+of)?\s+$")
_WORK_BEFORE = lazy_compile(r"\b(?:(?i:a|an|the|his|her|their|its)|[A-Z][\w-]*['\u2019]s)\s+$")
_WORK_AFTER = lazy_compile(r"\s+(?:[a-z-]+\s+)?(?:albums?|mixtapes?|singles?|songs?|books?|memoirs?|novels?|films?|movies?"
                           r"|documentar(?:y|ies)|podcasts?|music\s+videos?|series|episodes?|articles?|stor(?:y|ies))\b")


def _model_year(text: str, end: int) -> bool:
    after = _MODEL_YEAR_AFTER.match(text, end)
    return after is not None and not _HAPPENED_OR_DECIDED.search(after.group("phrase"))


_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# A weekday after an article or "every", or before a noun of habit, names a kind of day, not a date.
_WEEKDAY_AS_MODIFIER = lazy_compile(rf"\b(?:the|a|an|every|each)\s+{_DAYS}\b(?![\u2019']s)|"
                                  rf"\b{_DAYS}\s+(?:school|services?|mass|worship|offerings?|collections?|dinners?|brunch"
                                  rf"|markets?|editions?|papers?|shifts?|nights?\s+football"
                                  # ("a few hours on Saturday afternoons": a weekly habit in the plural, no one day)
                                  rf"|mornings|afternoons|evenings|nights)\b", re.I)
_MONTH_WORD = lazy_compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
_DIGIT = lazy_compile(r"\d")


def _possible_kinds(sentence: str) -> set[str]:
    """The pattern kinds whose words the sentence holds: most sentences state no date, and trying
    every pattern on every sentence is what costs (events date every sentence of every article)."""
    lowered = sentence.lower()
    digit = _DIGIT.search(sentence) is not None
    month = _MONTH_WORD.search(sentence) is not None
    kinds = {kind for kind, ok in (
        ("holiday", any(w in lowered for w in ("christmas", "new year", "valentine", "juneteenth", "july", "independence",
                                               "halloween", "veterans"))),
        ("mdy", digit and month), ("dmy", digit and month), ("my", digit and month), ("md", digit and month),
        ("dm", digit and month), ("m", month), ("y", digit),
        ("wd", "day" in lowered), ("ago", "ago" in lowered),
        ("shift", any(w in lowered for w in ("earlier", "later", "before", "after"))),
        ("following", "following" in lowered or "the next" in lowered),
        ("rel", any(w in lowered for w in ("last", "next", "this"))),
        ("day", any(w in lowered for w in ("yesterday", "today", "tomorrow")))) if ok}
    return kinds


def _future(text: str, sentence_start: int, m: re.Match[str]) -> Optional[bool]:
    """True when the clause holding the date speaks of what is to come, False when plainly past."""
    # (an age's commas open no clause: "is scheduled to sentence Gregory A. Tolliver, 61, on Thursday")
    breaks = [b for b in _CLAUSE_START.finditer(text, sentence_start, m.start())
              if not (text.startswith(",", b.start()) and (_AGE_AFTER.match(text, b.start()) or _AGE_BEFORE.search(text, max(0, b.end() - 8), b.end())))]
    clause_start = breaks[-1].end() if breaks else sentence_start
    if _SINCE_BEFORE.search(text, max(clause_start, m.start() - 50), m.start()):
        return False  # "will get credit for time served since his conviction in November": counted from a past day
    if _FUTURE.search(text, clause_start, m.end()):
        return True
    if _FRONTED.fullmatch(text, sentence_start, m.start()) and text.startswith(",", m.end()):
        # "On Tuesday, the man who ran the home, Trent Albers, will be sentenced": a day put first takes its tense from
        # the main clause after it (a past verb before the future word keeps it past: "On Monday, a judge decided he
        # will ...", "On Friday, the rapper found out what it will cost"; not a relative clause's: "the man who owned")
        end = _SENTENCE_END.search(text, m.end(), m.end() + 300)
        after = text[m.end():end.start() if end else m.end() + 300]
        ahead, past = _FUTURE.search(after), _MAIN_PAST.search(after)
        if ahead and (not past or past.start() >= ahead.start()):
            return True
    # A plainly past clause ("pleaded guilty on May 13") never points ahead.
    return False if _PAST.search(text, clause_start, m.start()) else None  # type: ignore[return-value]


_PAST = lazy_compile(r"\b(?:was|were|had|did|said|told|\w+ed)\b")
_MAIN_PAST = lazy_compile(r"(?<!\bwho )(?<!\bthat )(?<!\bwhich )\b(?:was|were|had|did|said|told|found|got|gave|made|sent|took|heard"
                         r"|ran|went|came|sat|stood|left|won|lost|spent|paid|began|brought|held|kept|put|saw|wrote|\w+ed)\b")
# What may stand before a day put first in its sentence: "On Tuesday, ...", "Next Tuesday, ...", "Tuesday, ..."
_FRONTED = lazy_compile(r"\s*[\"\u201c]?(?:(?:On|By|Next|This|Late|Early)\s+)?", re.I)
# (not after an initial or a title: "On Monday, Lyle D. Prewitt, 61, is scheduled to be sentenced", "Lt. Ann Roe")
_SENTENCE_END = lazy_compile("".join(rf"(?<!\b{abbreviation})" for abbreviation in ("[A-Z]", *TITLE_ABBREVIATIONS, *NAME_ABBREVIATIONS))
                             + r"[.!?](?=\s|$)|\n")


# ("at 1:30 p.m. Thursday", "$1,500": a clock time's colon and a number's comma open no clause)
_SINCE_BEFORE = lazy_compile(r"\bsince\s+(?:(?:his|her|their|the|its|a|an)\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:in|on|last)?\s*$")
_AGE_AFTER = lazy_compile(r",\s*\d{1,3},")
_AGE_BEFORE = lazy_compile(r",\s*\d{1,3},\s*$")
_CLAUSE_START = lazy_compile(r"(?:[;\u2014]|[,:](?!\d))\s*|\b(?:which|who|that|after|as|when|while|but)\b(?!\s+sentenced)")


def _quoted(text: str, sentence_start: int, offset: int) -> bool:
    """Inside an open quotation: a speaker's "today" is the speaker's, not the article's."""
    before = text[sentence_start:offset]
    return (before.count("\u201c") > before.count("\u201d")) or before.count('"') % 2 == 1


def _resolve(kind: str, m: re.Match[str], published: Optional[dt.date], anchor: Optional[dt.date],
             future: Optional[bool]) -> tuple[Optional[dt.date], Granularity]:
    groups = m.groupdict()
    month = _MONTHS[groups["month"].rstrip(".").lower()] if groups.get("month") else None
    if kind in ("mdy", "dmy"):
        return _safe_date(int(groups["year"]), month, int(groups["day"])), "day"
    if kind == "my":
        return dt.date(int(groups["year"]), month, 1), "month"
    if kind == "y":
        return dt.date(int(groups["year"]), 1, 1), "year"
    if kind == "holiday":
        month, day = _HOLIDAYS[re.sub(r"\s+", " ", groups["holiday"].lower().replace("\u2019", "'"))]
        if groups.get("year"):
            return dt.date(int(groups["year"]), month, day), "day"
        if published is None:
            return None, "day"
        year_words = {"last": -1, "this": 0, "next": 1}.get((groups.get("rel_year") or "").lower())
        if year_words is not None:
            return dt.date(published.year + year_words, month, day), "day"
        return _nearest_year(published, month, day, future), "day"
    if published is None:
        return None, "month" if kind == "m" else "day"
    year_words = {"last": -1, "this": 0, "next": 1}.get((groups.get("rel_year") or "").lower())
    if kind in ("md", "dm"):
        if year_words is not None:
            return _safe_date(published.year + year_words, month, int(groups["day"])), "day"
        return _nearest_year(published, month, int(groups["day"]), future), "day"
    if kind == "m":
        if year_words is not None:
            return dt.date(published.year + year_words, month, 1), "month"
        return _nearest_year(published, month, 1, future, month_only=True), "month"
    if kind == "wd":
        return _weekday(published, _WEEKDAYS[groups["weekday"].lower()], groups.get("dir"), future), "day"
    count = _count(groups.get("count"))
    unit = (groups.get("unit") or "").lower()
    granularity: Granularity = "day" if unit in ("day", "week") else unit  # type: ignore[assignment]
    if kind == "ago":
        return _period(published - _delta(unit, count), granularity), granularity
    if kind == "shift":
        if groups["shift"].lower() in ("before", "after") and not _DATE_FOLLOWS.match(m.string, m.end()):
            return None, granularity  # "two days after a visit": counted from an event whose date is not given
        base = anchor or published
        sign = -1 if groups["shift"].lower() in ("earlier", "after") else 1
        # "one day after X announced": X happened a day before the story's day.
        return _period(base + sign * _delta(unit, count), granularity), granularity
    if kind == "following":
        return _period((anchor or published) + _delta(unit, 1), granularity), granularity
    if kind == "rel":
        which = groups["which"].lower()
        if unit == "week":
            return None, "day"
        step = {"last": -1, "next": 1, "this": 0}[which]
        return _period(published + _delta(unit, step), granularity), granularity
    if kind == "day":
        shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[groups["word"].lower()]
        return published + dt.timedelta(days=shift), "day"
    return None, "day"


# "two days after June 3", "a week before Monday": the date counted from is stated, here the story's last one.
_DATE_FOLLOWS = lazy_compile(r"\s+(?:the\s+)?(?:January|February|March|April|May|June|July|August|September|October|November"
                           r"|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.|Monday|Tuesday"
                           r"|Wednesday|Thursday|Friday|Saturday|Sunday|that\s+day|then)\b")


def _count(word: Optional[str]) -> int:
    if not word:
        return 1
    return int(word) if word.isdigit() else _SMALL_NUMBERS[word.lower()]


def _delta(unit: str, count: int) -> relativedelta:
    return {"day": relativedelta(days=count), "week": relativedelta(weeks=count),
            "month": relativedelta(months=count), "year": relativedelta(years=count)}[unit]


def _period(day: dt.date, granularity: Granularity) -> dt.date:
    if granularity == "year":
        return dt.date(day.year, 1, 1)
    if granularity == "month":
        return dt.date(day.year, day.month, 1)
    return day


def _safe_date(year: int, month: int, day: int) -> Optional[dt.date]:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# How far after the story's last full date a bare "Aug. 6" still continues its narrative ("booked on Aug. 3, 2022 ...
# found unresponsive on Aug. 6" is 2022, not the August before the story)
_NARRATIVE_DAYS = 60


def _shortly_after(anchor: dt.date, value: dt.date, published: Optional[dt.date]) -> Optional[dt.date]:
    """The bare month and day in the year that puts them within a few weeks after the date the story last told."""
    for year in (anchor.year, anchor.year + 1):
        candidate = _safe_date(year, value.month, value.day)
        # (the same day told again counts: "between Dec. 5 and Dec. 21, 2023 ... arrested the brothers on Dec. 21")
        if candidate is not None and anchor <= candidate <= anchor + dt.timedelta(days=_NARRATIVE_DAYS) \
                and (published is None or candidate <= published):
            return candidate
    return None


def _nearest_year(published: dt.date, month: int, day: int, future: Optional[bool], month_only: bool = False) -> Optional[dt.date]:
    """The year an undated "April 14" means: ahead in a future sentence, otherwise the recent one."""
    candidate = _safe_date(published.year, month, day)
    if candidate is None:
        return None
    reference = dt.date(published.year, published.month, 1) if month_only else published
    if future and candidate < reference:
        return _safe_date(published.year + 1, month, day)
    # Past or neutral prose: a later month, or a day more than two months ahead, is last year's.
    ahead = 0 if month_only or future is False else 62
    if not future and candidate > reference + dt.timedelta(days=ahead):
        return _safe_date(published.year - 1, month, day)
    return candidate


def _weekday(published: dt.date, weekday: int, direction: Optional[str], future: Optional[bool]) -> dt.date:
    direction = (direction or "").lower()
    ahead = (weekday - published.weekday()) % 7
    back = (published.weekday() - weekday) % 7
    if direction == "next":
        return published + dt.timedelta(days=ahead or 7)
    if direction == "last":
        return published - dt.timedelta(days=back or 7)
    if future:
        return published + dt.timedelta(days=ahead)
    return published - dt.timedelta(days=back)


_NUMBER_WORDS = {
    **_SMALL_NUMBERS, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
_MULTIPLIERS = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}


def parse_number(words: str) -> Optional[float]:
    """'five' -> 5, 'twenty-five' -> 25, 'two and a half' -> 2.5, '$30,000' -> 30000, '1.5 million'."""
    cleaned = words.lower().replace("$", "").replace(",", "").strip()
    total = 0.0
    current = 0.0
    seen = False
    tokens = [t for t in re.split(r"[\s-]+", cleaned) if t and t != "and"]
    if len(tokens) > 1 and tokens[0] in ("a", "an") and tokens[1] != "half":
        tokens = tokens[1:]  # "a one-year term", "a 14-year term": the article, not a number
    for token in tokens:
        if re.fullmatch(r"\d+(?:\.\d+)?", token):
            current += float(token)
        elif re.fullmatch(r"\d+/[1-9]\d*", token):
            top, bottom = token.split("/")
            current += int(top) / int(bottom)  # "1 1/3 to 4 years"
        elif token == "half":
            current = current + 0.5 if current else 0.5
            if current == 1.5 and not seen:  # "a half" read "a" as one
                current = 0.5
        elif token in _NUMBER_WORDS:
            if token in ("a", "an") and seen:
                continue  # "two and a half": the article, not another one
            current += _NUMBER_WORDS[token]
        elif token in _MULTIPLIERS:
            current = (current or 1) * _MULTIPLIERS[token]
            if _MULTIPLIERS[token] >= 1000:
                total += current
                current = 0
        else:
            return None
        seen = True
    return total + current if seen else None

"""Checkable values (ages, name spellings, counts of things) that reconcile compares for conflicts.

Each value gets a subject written the same way in every source ("Akai Gurley's
daughter", "Paul Shechtman"), so two sources, or two places in one source,
that disagree can be lined up. Captions count here (SPEC §3): a caption that
gives a different age is exactly the disagreement a reader must see.
"""
from __future__ import annotations

import re
from typing import Optional

from rapidfuzz import fuzz

from builder.extract._lexicon import CO_DEFENDANT, MONTHS_AND_DAYS, surname_of
from builder.extract._regex import lazy_compile
from builder.extract.dates import parse_number
from builder.model import Paragraph, Party, Source, Value

_COUNTABLE_KINDS = ("body", "caption", "heading")
_NAME = r"[A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*){0,2}"
# "Ann Roe, 45, was ..." and the appositive "Ann Roe, the 45-year-old founder of ..."
_AGE_AFTER_NAME = lazy_compile(rf"(?P<name>{_NAME}),\s+(?:(?P<article>the|an?)\s+)?(?P<age>\d{{1,3}})(?(article)-year-old\b|,)")
# Irish and British papers put the age in brackets after the name: "Declan Moriarty (45), of Moycullen"
_AGE_IN_BRACKETS = lazy_compile(rf"(?P<name>{_NAME})\s+\((?P<age>\d{{1,3}})\)")
_AGE_AFTER_COMMA = lazy_compile(r",\s+(?:the\s+|an?\s+|then\s+|who\s+was\s+)?\d")
# An age told of a past moment, not of the story's day: "Ann Roe, then 27, was", "Roe, who was 28 at the time,"
# (compared only with other such ages: a story's "Roe, 30," two years on is no disagreement with "then 28")
_AGE_THEN = lazy_compile(rf"(?P<name>{_NAME}),\s+(?P<told>then\s+(?P<then>\d{{1,3}})(?=,)"
                         r"|who\s+was\s+(?P<was>\d{1,3})\s+(?:at\s+the\s+time|then)\b)")
AGE_AT_THE_TIME = "'s age at the time"
# "the 29-year-old rapper": an age told of a description, whose noun may be the one a party's role is named by
_AGE_OF_DESCRIBED = lazy_compile(r"\b[Tt]he\s+(?P<age>\d{1,3})-year-old\s+(?:former\s+)?(?P<noun>[a-z][a-z-]+)\b(?!-)")
_RELATIVES = (r"daughters?|sons?|child|children|baby|boy|girl|wife|husband|brother|sister|mother|father|"
              r"girlfriend|boyfriend|partner|grandson|granddaughter|niece|nephew|stepson|stepdaughter")
_AGE_OF_RELATIVE = lazy_compile(
    rf"(?P<owner>{_NAME}['\u2019]s|\b(?:his|her|their))\s+(?P<age>\d{{1,3}}|[a-z]+(?:-[a-z]+)?)-(?:year|yr)-old\s+"
    rf"(?P<rel>{_RELATIVES})\b")
# ("On Thursday, the 61-year-old Democrat ...": a day before an appositive's comma is no name)
_NOT_NAMES = {"The", "A", "An", "But", "And", "In", "On", "He", "She", "They", "It", "Image", "Former", "His", "Her"} | MONTHS_AND_DAYS
# Words that end organisations' names: "Homeland Security Investigations" and "the Iowa Division of Criminal
# Investigation" are two agencies, not two spellings of one name, so such a word is never taken for a surname's variant
_ORGANISATION_WORDS = lazy_compile(
    r"(?:Investigations?|Departments?|Divisions?|Offices?|Bureaus?|Agenc(?:y|ies)|Services?|Security|Police|Patrols?|Courts?"
    r"|Count(?:y|ies)|Commissions?|Administrations?|Enforcement|Forces?|Units?|Cent(?:er|re)s?|Associations?|Foundations?"
    r"|Compan(?:y|ies)|Banks?|Groups?|Universit(?:y|ies)|Colleges?|Schools?|Hospitals?|Churche?s?|Authorit(?:y|ies)|Councils?"
    r"|Boards?|Committees?|Programs?|Projects?|Funds?|Corrections?|Prisons?|Sheriffs?|Attorneys?|Prosecutors?|Marshals?"
    r"|Investigators?|Operations?|Affairs|Justice|Safety|Services|Ministr(?:y|ies)|Institutes?|Networks?|Coalitions?)")


def find_values(source: Source, parties: list[Party], defendant: Optional[str] = None) -> list[Value]:
    """Ages, name spellings and counts of things, each with the words that state it."""
    return _ages(source, parties, defendant) + _spellings(source, parties) + _first_names(source, parties) \
        + _counted_things(source)


# Things a story counts, which another story of the case may count differently: "at least 11 patients developed
# infections", "12 threatening voicemails", "1.2 million pills"
_COUNT_WORDS = ("two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
                "eighteen nineteen twenty").split()
# (each word in both cases spelt out: a case-blind group here makes the scan of every article twice as slow)
_COUNTED = lazy_compile(r"(?<![\w$.,-])(?P<num>\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:\s+(?:million|billion))?|"
                        + "|".join(w for word in _COUNT_WORDS for w in (word, word.capitalize())) + ")"
                        r"\s+(?P<mods>(?:[a-z]+(?:-[a-z]+)*\s+){0,2}?)(?P<noun>[a-z]{3,}s|people|children|(?:wo)?men)\b(?![\u2019'-])")
# "at least 11 patients", "more than 300 pages": the words that say how exact the count is (kept in its text)
_QUALIFIER_BEFORE = lazy_compile(r"(?i:at\s+least|more\s+than|nearly|almost|about|roughly|some|over)\s+$")
# Counts that are no checkable fact of the case on their own: units of time and measure (a term's or a distance's),
# a count's own counts and charges, repetitions, shares; and words a count may be followed by that are no noun
_NOT_COUNTED = frozenset(
    "years months weeks days hours minutes seconds decades nights times counts charges percent points dollars cents "
    "feet miles yards inches meters metres kilometers pounds ounces grams kilograms kilos degrees others ones "
    "cases occasions instances".split())
_NOT_MODIFIERS = frozenset("of and or to in on at for the his her their its a an more other years months days hundred thousand "
                           "million billion dozen".split())


def _counted_things(source: Source) -> list[Value]:
    """Each thing the story counts once: a noun it counts with two different numbers ("two victims died ... three
    victims were hurt") tells two facts, and is left out rather than set against another story's count."""
    text = source.text
    found: dict[str, list[tuple[float, re.Match[str]]]] = {}
    for paragraph in (p for p in source.paragraphs if p.kind in _COUNTABLE_KINDS):
        for m in _COUNTED.finditer(text, paragraph.start, paragraph.end):
            if _inside_quotation(text[paragraph.start:m.start()]):
                continue  # "He lost two restaurants": a speaker's figure of speech, not the story's count
            noun, mods = m.group("noun"), m.group("mods").split()
            number = parse_number(m.group("num"))
            if noun in _NOT_COUNTED or any(w in _NOT_MODIFIERS or w in _NOT_COUNTED for w in mods) or not number:
                continue
            found.setdefault(noun, []).append((number, m))
    values: list[Value] = []
    for noun, counts in found.items():
        if len({number for number, _ in counts}) > 1:
            continue
        number = counts[0][0]
        spans = [_with_qualifier(text, m) for _, m in counts]
        values.append(Value(subject=f"number of {noun}", kind="number", value=str(int(number)) if number.is_integer() else str(number),
                            text=text[spans[0][0]:spans[0][1]], citations=[source.cite(*span) for span in spans]))
    return values


def _with_qualifier(text: str, count: re.Match[str]) -> tuple[int, int]:
    """The count's span with the words that say how exact it is: "at least 11 patients"."""
    qualifier = _QUALIFIER_BEFORE.search(text, max(0, count.start() - 15), count.start())
    return (qualifier.start() if qualifier else count.start()), count.end()


def _inside_quotation(before: str) -> bool:
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


def _ages(source: Source, parties: list[Party], defendant: Optional[str]) -> list[Value]:
    text = source.text

    def age(subject: str, years: str, start: int, end: int) -> Value:
        return Value(subject=subject, kind="age", value=str(int(years)), text=text[start:end],
                     citations=[source.cite(start, end)])

    values: list[Value] = []
    lede = next((p for p in source.paragraphs if p.kind == "body"), None)
    for paragraph in (p for p in source.paragraphs if p.kind in _COUNTABLE_KINDS):
        # (most paragraphs tell no age: each pattern below needs "-year-old" or an age after a comma, and scanning for
        # names everywhere is what costs)
        words = text[paragraph.start:paragraph.end]
        if _AGE_AFTER_COMMA.search(words) is None and "year-old" not in words and "yr-old" not in words \
                and _AGE_IN_BRACKETS.search(words) is None:
            continue
        for m in _SENTENCED_AGED.finditer(text, paragraph.start, paragraph.end) if defendant else ():
            # "ordered the 54-year-old to pay", "sentenced the 30-year-old to": the one the court sentences
            aged = "aged" if m.group("aged") else "verdict"
            values.append(age(defendant, m.group("age") or m.group("verdict_age"), *m.span(aged)))
        for m in _LEDE_SENTENCED_AGED.finditer(text, paragraph.start, paragraph.end) if defendant and paragraph is lede else ():
            values.append(age(defendant, m.group("age"), *m.span("aged")))
        for m in _AGED_SUBJECT.finditer(text, paragraph.start, paragraph.end) if defendant else ():
            # "The 55-year-old had pleaded guilty in June", "On Thursday, the 61-year-old Democrat from Luzerne County
            # will learn his sentence": the one the story is about, told by age as the subject of its case's verbs
            values.append(age(defendant, m.group("age"), *m.span("aged")))
        for m in _AGE_BEFORE_NAME.finditer(text, paragraph.start, paragraph.end):
            # "imposed the sentence on 59-year-old Gail Strickland", "59-year-old nurse Gail Strickland": only a
            # party's own name (not "a 36-year-old Navy veteran")
            name = _party_named(m.group("name"), parties)
            if name:
                values.append(age(name, m.group("age"), *m.span("age")))
        for m in _AGE_BEFORE_SURNAME.finditer(text, paragraph.start, paragraph.end):
            # "sentenced the 62-year-old Ruscitti to": one party's surname alone (not "the 61-year-old Democrat")
            named = {p.name for p in parties if p.kind == "person" and len(p.name.split()) > 1
                     and surname_of(p.name) == m.group("name")}
            if len(named) == 1:
                values.append(age(named.pop(), m.group("age"), *m.span("age")))
        for m in _AGE_AFTER_NAME.finditer(text, paragraph.start, paragraph.end):
            name = _person(m.group("name"), parties, text[:m.start()])
            if name:
                values.append(age(name, m.group("age"), *m.span("age")))
        for m in _AGE_IN_BRACKETS.finditer(text, paragraph.start, paragraph.end):
            name = _person(m.group("name"), parties, text[:m.start()])
            if name and 10 <= int(m.group("age")) <= 110:
                values.append(age(name, m.group("age"), *m.span("age")))
        for m in _AGE_THEN.finditer(text, paragraph.start, paragraph.end):
            name = _person(m.group("name"), parties, text[:m.start()])
            if name:
                values.append(age(name + AGE_AT_THE_TIME, m.group("then") or m.group("was"), *m.span("told")))
        for m in _AGE_OF_DESCRIBED.finditer(text, paragraph.start, paragraph.end):
            name = _described(m.group("noun"), parties)
            if name:
                values.append(age(name, m.group("age"), *m.span()))
        for m in _AGE_OF_RELATIVE.finditer(text, paragraph.start, paragraph.end):
            years = parse_number(m.group("age"))
            owner = _owner(text, paragraph.start, m, parties)
            if years is None or owner is None:
                continue
            values.append(age(f"{owner}'s {m.group('rel').lower()}", str(int(years)), m.start("age"), m.end()))
    return values


# The defendant by age alone, as what a court's order acts on: "ordered the 54-year-old to pay", "sentenced the
# 30-year-old to four years" (never "the 9-year-old girl", a noun naming someone else)
_SENTENCED_AGED = lazy_compile(r"\b(?:re)?(?:sentenced|ordered|fined|jailed|gave|handed)\s+(?P<aged>the\s+(?P<age>\d{1,2})-year-old)"
                               r"(?=\s+(?:to|a|an|\d)\b|[,.])"
                               # a verdict on the defendant told by age: "a jury found the 59-year-old Republican guilty"
                               r"|\bfound\s+(?P<verdict>the\s+(?P<verdict_age>\d{1,2})-year-old)"
                               rf"(?=(?:\s+(?!(?:{_RELATIVES}|{CO_DEFENDANT})\b)[\w-]+){{0,2}}\s+(?:not\s+)?guilty\b)")


# The story's defendant as its lede first describes them, unnamed: "A Harris County jury on Wednesday sentenced a
# 61-year-old man to 45 years in prison" (in a later paragraph "a 19-year-old driver" may be anyone)
_LEDE_SENTENCED_AGED = lazy_compile(r"\b(?:re)?sentenced\s+(?P<aged>an?\s+(?P<age>\d{1,2})-year-old)"
                                    rf"(?=(?:\s+(?!(?:{_RELATIVES}|{CO_DEFENDANT}|victim)\b)[a-z][\w-]*){{1,3}}\s+to\b)")


# The defendant told by age as a sentence's subject, before the case's own verbs: "The 55-year-old had pleaded guilty",
# "the 61-year-old Democrat from Luzerne County will learn his sentence" (a noun naming a relative or a victim's death
# is someone else: "the 9-year-old girl", "The 80-year-old woman died", "The 24-year-old co-defendant pleaded guilty")
_AGED_SUBJECT = lazy_compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,\s))(?P<aged>[Tt]he\s+(?P<age>\d{1,2})-year-old)"
    rf"(?:\s+(?!(?:{_RELATIVES}|{CO_DEFENDANT}|victim|woman|man|resident|patient|pedestrian|cyclist|driver|passenger)\b)[\w-]+){{0,3}}?"
    r"(?:\s+(?:of|from)\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})?"
    r"\s+(?:(?:had|has|also|later|previously|then|now|will|could|would|must|is\s+(?:expected|scheduled|set|due)\s+to)\s+)?"
    r"(?:pleaded|pled|admitted|was\s+(?:convicted|sentenced|found\s+guilty|ordered|indicted|charged)|faces?|learn|be\s+sentenced"
    r"|serve|spend|pay|appeal|(?:stand|appear)\s+before)\b")
# A party's name after an age: "59-year-old Gail Strickland", "the 59-year-old pharmacist Gail Strickland"
_AGE_BEFORE_NAME = lazy_compile(r"\b(?P<age>\d{1,3})-year-old\s+(?:[a-z][\w-]*\s+){0,2}?"
                                r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2})\b")

_AGE_BEFORE_SURNAME = lazy_compile(r"\b[Tt]he\s+(?P<age>\d{1,3})-year-old\s+(?P<name>[A-Z][\w'\u2019-]+)\b(?!\s+[A-Z])(?!['\u2019])")


def _party_named(name: str, parties: list[Party]) -> Optional[str]:
    """The person party whose full name (or a known spelling of it) ends `name` ("Nurse Gail Strickland"), if any."""
    words = name.split()
    for tail in (" ".join(words[i:]) for i in range(len(words) - 1)):
        for party in parties:
            if party.kind == "person" and tail in {party.name, *party.aliases}:
                return party.name
    return None


def _described(noun: str, parties: list[Party]) -> Optional[str]:
    """The one person whose role is named by the noun: "the 29-year-old rapper" where only Dee Roe's role says
    "rapper". A noun two people's roles share, a relative's ("the 9-year-old boy") or none, names nobody."""
    if re.fullmatch(_RELATIVES, noun):
        return None
    named = {p.name for p in parties if p.kind == "person"
             and any(noun in re.findall(r"[a-z][a-z-]+", role.lower()) for role in p.roles)}
    return named.pop() if len(named) == 1 else None


def _owner(text: str, paragraph_start: int, m: re.Match[str], parties: list[Party]) -> Optional[str]:
    """Whose relative: the named possessor, or for "their"/"her" the last name possessed before it."""
    owner = m.group("owner")
    if owner[0].isupper() and owner.split()[0] not in _NOT_NAMES:
        return _person(re.sub(r"['\u2019]s$", "", owner), parties)
    before = text[paragraph_start:m.start()]
    possessed = re.findall(rf"({_NAME})['\u2019]s\b", before)
    named = possessed or [n for n in re.findall(_NAME, before) if n.split()[0] not in _NOT_NAMES]
    return _person(named[-1], parties) if named else None


def _person(name: str, parties: list[Party], before: str = "") -> Optional[str]:
    """The party's full name for a name or surname; the name itself when no party matches. A surname two parties share
    names the one whose full name or first name the story gave last before it (`before`): "Ann Roe told the court
    about her son. She described Leo Roe's ... the killing of Roe, 27," is the son."""
    words = [w for w in name.split() if w not in _NOT_NAMES]
    if not words:
        return None
    name = " ".join(words)
    sharing = [party.name for party in parties if party.kind == "person" and len(words) == 1
               and len(party.name.split()) > 1 and surname_of(party.name) == name]
    if len(sharing) > 1 and before:
        return max(sharing, key=lambda full: max(before.rfind(full), before.rfind(full.split()[0] + " ")))
    # An exact name or alias wins over a shared surname: "Rita Marsh" is not "Dale Marsh". A title before the name
    # ("Sergeant Wade Cole") or a middle name in it ("Amy Lynn Cole") still names that party.
    for tail in (" ".join(words[i:]) for i in range(max(1, len(words) - 1))):
        for party in parties:
            if tail in {party.name, *party.aliases}:
                return party.name
    for party in parties:
        parts = party.name.split()
        if party.kind == "person" and len(parts) > 1 and len(words) > 2 and {parts[0], parts[-1]} <= set(words) \
                and words[-1] == parts[-1]:
            return party.name
    if len(words) > 1:
        return name  # a full name no party carries belongs to nobody else, whatever the surname
    for party in parties:
        if party.kind == "person" and name == surname_of(party.name):
            return party.name
    return name


def _spellings(source: Source, parties: list[Party]) -> list[Value]:
    """Each spelling of each person's surname seen in the source, misspellings included."""
    text = source.text
    readable = [p for p in source.paragraphs if p.kind in _COUNTABLE_KINDS]
    words: dict[str, list[tuple[int, int]]] = {}
    for paragraph in readable:
        for m in re.finditer(r"\b[A-Z][a-z][\w-]+\b", text[paragraph.start:paragraph.end]):
            words.setdefault(m.group(), []).append((paragraph.start + m.start(), paragraph.start + m.end()))
    surnames = {surname_of(p.name) for p in parties if p.kind == "person" and len(p.name.split()) > 1}
    # another person's first name is theirs, not a misspelling: "Aaron" (Aaron Pell) beside the surname "Amaro"
    first_names = {p.name.split()[0] for p in parties if p.kind == "person" and len(p.name.split()) > 1}
    # (words that are never another spelling of a surname, sorted out once for every party)
    others = {word for word in words if word in surnames or word in first_names or _ORGANISATION_WORDS.fullmatch(word)}
    values: list[Value] = []
    for party in parties:
        if party.kind != "person" or len(party.name.split()) < 2:
            continue
        surname = surname_of(party.name)
        if _ORGANISATION_WORDS.fullmatch(surname):
            continue  # an agency's name taken for a person's ("Criminal Investigation"): no surname to misspell
        if any(len(other.name.split()) == 3 and other.name.endswith(" " + party.name) for other in parties):
            continue  # ("Alcántara Solís" beside "Beatriz Alcántara Solís": her two surnames, read with her name)
        compound = _compoundsurname_of(party.name, text, readable)
        if compound:
            # ("Alcántara Solís said": both surnames are the one a story spells, never the second alone)
            surname, spans = compound
            values.append(Value(subject=party.name, kind="name", value=surname, text=surname,
                                citations=[source.cite(s, e) for s, e in spans]))
            continue
        for word, spans in words.items():
            if word != surname and (word in others or not _variant(word, surname)):
                continue
            values.append(Value(subject=party.name, kind="name", value=word, text=word,
                                citations=[source.cite(s, e) for s, e in spans]))
    return values


def _compoundsurname_of(name: str, text: str, readable: list[Paragraph]) -> tuple[str, list[tuple[int, int]]] | None:
    """A name whose words after the first the story uses alone ("Beatriz Alcántara Solís" ... "Alcántara Solís said",
    "Rochelle Van der Meer" ... "Van der Meer said"): two surnames, as Spanish and Portuguese names carry them, or one
    with its particles, and where the story writes it."""
    words = name.split()
    surname = " ".join(words[1:])
    if len(words) < 3 or surname not in text:
        return None
    whole = re.compile(r"(?<![\w-])" + r"\s+".join(map(re.escape, words[1:])) + r"(?![\w-])")
    spans = [(m.start(), m.end()) for p in readable for m in whole.finditer(text, p.start, p.end)]
    alone = [s for s, _ in spans if not text[max(0, s - len(words[0]) - 1):s].startswith(words[0])]
    return (surname, spans) if alone else None


def _variant(word: str, surname: str) -> bool:
    """A likely misspelling: same first letter, close in length and letters ("Schectman"/"Shechtman")."""
    if word[0] != surname[0] or abs(len(word) - len(surname)) > 2 or len(surname) < 5:
        return False
    return fuzz.ratio(word.lower(), surname.lower()) >= 80


def _first_names(source: Source, parties: list[Party]) -> list[Value]:
    """Each person's first name as the source writes it before the surname ("Devin Kessler"), so a story that writes
    "Devon Kessler" shows as another spelling. Reconcile compares only spellings, never a short form ("Dan")."""
    text = source.text
    values: list[Value] = []
    countable = [(p.start, p.end) for p in source.paragraphs if p.kind in _COUNTABLE_KINDS]
    for party in parties:
        words = party.name.split()
        # ("Andre L. Pettiford": a middle initial leaves the first name comparable)
        middle_initial = len(words) == 3 and re.fullmatch(r"[A-Z]\.", words[1]) is not None
        if party.kind != "person" or not (len(words) == 2 or middle_initial) or len(words[0].rstrip(".")) < 2 \
                or party.name not in text:
            continue
        # (the name leads the pattern, so the engine finds it by its letters; the word boundary before it is checked here)
        written = re.compile(rf"{re.escape(party.name)}(?![\w-])")
        spans = [(m.start(), m.end()) for m in written.finditer(text)
                 if not (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_-"))
                 and any(start <= m.start() and m.end() <= end for start, end in countable)]
        if spans:
            values.append(Value(subject=f"{party.name}'s first name", kind="name", value=words[0], text=party.name,
                                citations=[source.cite(start, end) for start, end in spans]))
    return values


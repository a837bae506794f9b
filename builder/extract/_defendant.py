"""Which person an article is about: the case's defendant, found from how news names the accused.

News names the defendant first and most, as the subject or object of the case's verbs ("convicted",
"sentenced"); co-defendants, witnesses and relatives come later and less often.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Callable, NamedTuple, Optional

from builder.model import Party, Source


class Defendant(NamedTuple):
    surname: Optional[str]  # the surname the article writes most, the case's likely defendant
    name: Optional[str]  # the full party name, to tell a co-defendant or relative who shares the surname


def find_defendant(source: Source, parties: list[Party]) -> Defendant:
    """The person the article's charges and sentence belong to, unless it names someone else as the subject."""
    surname = _defendant(source, parties)
    return Defendant(surname, _defendant_name(source, parties, surname))


# Words that open a sentence with a capital but name nobody.
_SENTENCE_OPENERS = {"The", "A", "An", "But", "And", "He", "She", "They", "It", "In", "On", "After", "Before", "When",
                     "Former", "Also", "His", "Her", "Their", "Others", "Earlier", "Later", "Last", "This"}


# Titles before a name that are no first name ("Judge Lee", "Mr. Lee").
TITLES = {"Judge", "Justice", "Officer", "Colonel", "Col.", "Captain", "Sergeant", "Attorney", "DA", "Mr.", "Ms.",
          "Assistant", "U.S.", "District", "General", "Lieutenant", "Lt.", "Sen.", "Rep.", "Gov.", "Chief",
          "Mrs.", "Dr.", "President", "Assemblyman", "Detective", "Former", "The", "Defense", "Sgt.", "Army"}


# The last word of an institution's name, however the parties labelled it ("Eastfield University")
_INSTITUTION = re.compile(r"\b(?:University|College|School|Academy|Institute|Hospital|Church|Ministries|Company|Corporation|Corp\.?"
                          r"|Inc\.?|LLC|Ltd\.?|Group|Partners|Bank|Department|Office|Agency|Commission|Board|Council|County|City"
                          r"|Foundation|Association|Union|Club|Center|Centre|Court|Police|Program|Fund)$")


# "Boston-based Harbor Table Fund": a name that carries its base is an organisation's, whatever the parties called it
_BASED = re.compile(r"\w-based\b")


def _defendant(source: Source, parties: list[Party]) -> Optional[str]:
    """The surname the body uses most among people: in a case article, the defendant's."""
    body = " ".join(source.text[p.start:p.end] for p in source.body())
    counts: Counter[str] = Counter()
    # News introduces the accused by full name; a one-word "person" beside full names is an institution
    # read as a name ("Eastbrook said in a statement") or a nickname, never the one on trial.
    full_names = any(party.kind == "person" and len(party.name.split()) > 1 for party in parties)
    tied = _tied_to_the_case(body)
    first_named: dict[str, int] = {}
    plain: Counter[str] = Counter()
    ties: Counter[str] = Counter()  # times named as the one convicted, sentenced, tried or defended
    for party in parties:
        if any(re.search(r"\b(?:judge|justice)\b", role, re.I) for role in party.roles):
            continue  # the one who sentences is never the one sentenced
        if (full_names and len(party.name.split()) < 2) or _INSTITUTION.search(party.name) or _BASED.search(party.name):
            continue
        if party.kind == "person" and party.name.split():
            surname = party.name.split()[-1]
            mentions = [m.start() for m in re.finditer(rf"\b{re.escape(surname)}\b", body)]
            counts[surname] = plain[surname] = len(mentions)
            if not counts[surname]:
                continue  # never named in the body: the patterns below cannot match either
            first_named[surname] = mentions[0]
            ties[surname] = _times_the_subject(body, surname) + tied[surname]
            counts[surname] += 3 * ties[surname]
            # ... or its object: "prosecutors charged the landlord, Ed Lee, with ...", "found Ed Lee, 56, of Troy, guilty"
            # (not "charged Monday in the death of Oliver Lee": a name after a preposition or a deed is the victim's)
            counts[surname] += 3 * sum(not _A_VICTIM.search(_before_the_name(m.group("pre") or "", len(m.group("pre") or "")))
                                       for m in re.finditer(
                rf"\b(?:charged|convicted|indicted|acquitted|sentenced)\s+(?P<pre>[^.]{{0,50}}?)\b{re.escape(surname)}\b"
                rf"|\bfound\s+[^.;]{{0,40}}?\b{re.escape(surname)}\b[^.;]{{0,60}}?\bguilty\b", body))
    for name in _told_late(len(body), counts, plain, first_named, ties):
        del counts[name]
    others = _called_co_defendants(body, counts, parties)
    if others and len(others) < len([name for name in counts if counts[name]]):
        for name in others:
            del counts[name]
    first = _first_accused(source, body, counts)
    if first:
        counts[first] += 4  # news names the defendant first; co-defendants come after ("X is also charged")
    if not counts:
        # No parties yet: the capitalised word that most often starts a clause as its subject.
        for m in re.finditer(r"(?:^|[.!?]\s+)(?:Former\s+\w+\s+)?([A-Z][a-z]+)(?=,|\s+(?:was|is|has|had|pleaded|said|says|will)\b)", body):
            if m.group(1) not in _SENTENCE_OPENERS:
                counts[m.group(1)] += 1
    return counts.most_common(1)[0][0] if counts else None


# What stands before a name that is no verb's object but a victim's: "in the death of", "with killing", "against"
_A_VICTIM = re.compile(r"(?:\b(?:to|at|from|for|with|by|of|in|into|against|about|near)\s+(?:the\s+|an?\s+)?"
                       r"|\b(?:killing|murdering|shooting|stabbing|beating|assaulting|robbing|defrauding|raping|abusing|kidnapping)\s+)$")


# The case as a noun names whose case it is: "affirmed the convictions of Cmdr. Ann Lee", "the trial of Bo Park",
# "Lee's sentence" (not "Lee's lawyer": a co-defendant has one too) (static patterns, one pass each: the surname is read from the match)
_CASE_OF = re.compile(r"\b(?:convictions?|sentences?|sentencing|trial|retrial|appeal|court-martial|prosecution|indictment|arraignment"
                      r"|case)\s+(?:against|of)\s+(?:[A-Z][\w.'\u2019-]*\s+){0,3}?(?P<surname>[A-Z][\w'\u2019-]+)\b(?!\.\s|['\u2019]s|\s+[A-Z])")
_HIS_CASE = re.compile(r"\b(?P<surname>[A-Z][\w'-]+)['\u2019]s\s+(?:[\w-]+\s+)?(?:convictions?|sentences?|sentencing|trial|retrial|appeal"
                       r"|court-martial|punishment|prosecution|indictment|arraignment)\b")


def _tied_to_the_case(body: str) -> Counter[str]:
    """How often each capitalised word is named as the one whose conviction, trial, sentence or lawyer the case is."""
    tied: Counter[str] = Counter()
    for pattern in (_CASE_OF, _HIS_CASE):
        tied.update(m.group("surname") for m in pattern.finditer(body))
    return tied


def _told_late(length: int, counts: Counter[str], plain: Counter[str], first_named: dict[str, int], ties: Counter[str]) -> list[str]:
    """People first named in the body's last third ("Chief Ray Lee, also on watch that night, pleaded guilty and was
    demoted"), where someone named earlier is named more often and tied to the case: a story's closing aside about
    another person never outweighs the one the story is about, however plainly it says that person was convicted."""
    late = [name for name, at in first_named.items() if at > 2 * length // 3]
    return [name for name in late if name in counts and any(
        first_named.get(other, length) <= 2 * length // 3 and plain[other] > plain[name] and ties[other]
        for other in counts if other != name)]


_CO_DEFENDANT = re.compile(r"\b(?:co-?defendant|co-?conspirator|accomplice)s?\b")


# "Unlike his co-defendant, Lee was convicted": the phrase sets the co-defendant against the name after the comma, which
# is the clause's subject, not the co-defendant's name
_NOT_LIKE = "".join(rf"(?<!{w} {p} )" for w in ("Unlike", "unlike", "Like", "like") for p in ("his", "her", "their", "the"))


def _called_co_defendants(body: str, counts: Counter[str], parties: list[Party]) -> set[str]:
    """Surnames the article introduces as someone's co-defendant or accomplice ("His co-defendant, Sam Ode, was
    sentenced"): not the article's defendant, unless another person shares the surname (a couple tried together)."""
    if not _CO_DEFENDANT.search(body):
        return set()
    called = {name for name in counts if re.search(
        rf"{_NOT_LIKE}{_CO_DEFENDANT.pattern}(?:,\s+|\s+)(?:[a-z][\w-]*\s+){{0,3}}(?:[A-Z][\w.'\u2019-]*\s+){{0,2}}{re.escape(name)}\b"
        rf"|\b{re.escape(name)},\s+(?:\d{{1,3}},\s+)?(?:a|an|the|his|her|their|[A-Z][\w-]+['\u2019]s?)\s+(?:[\w-]+\s+){{0,2}}?{_CO_DEFENDANT.pattern}",
        body)}
    return {name for name in called
            if sum(1 for p in parties if p.kind == "person" and p.name.split()[-1:] == [name]) < 2}


# The present state of a pending case names the accused as surely as a past verb: "Lee, 58, faces two counts of
# theft", "is now facing felony charges", "stands accused of fraud" (not "faces no charges", nor "faces a lawsuit")
_STANDS_ACCUSED = (r"fac(?:es|ing)\s+(?!no\b|none\b)(?:[\w-]+\s+){0,5}?(?:counts?|charges?)\b"
                   r"|(?:is|was|are|were|stands?|stood|remains?)\s+(?:\w+\s+)?accused\s+of")
# "a jury found former nurse Jo Lee guilty": the verdict's object stands inside the phrase
# ("found Ed Lee, 56, of Troy, Ohio, guilty": the appositives may carry commas)
# ("pleaded not guilty", "pleaded no contest" and "was arrested" name the accused as surely, though no verdict came yet)
_ACCUSED_VERB = re.compile(r"\b(?:convict(?:ed|ing)|pleaded\s+(?:not\s+)?guilty|pleaded\s+(?:no\s+contest|nolo\s+contendere)|(?:was|were|been)\s+arrested|entered\s+(?:a|the|his|her)\s+(?:guilty\s+)?plea|sentenced|found\s+[^.;:]{0,80}?\b(?:not\s+)?guilty"
                           r"|charged|arraigned|indicted|acquitted|" + _STANDS_ACCUSED + r")\b")
# A name that is no clause's subject or object: the object of a preposition ("admitted to Eastbrook
# University"), or the first word of a longer proper name ("Eastbrook University", not "Lee Tuesday").
# A name that only qualifies a group ("Eastbrook Ridge students", "Lee family members") is nobody's name here
_A_GROUP_NOUN = (r"\s+(?:students|pupils|residents|officials|employees|workers|officers|parents|voters|families|fans|players"
                 r"|members|teachers|customers|patients|staff|family|community|neighbors|neighbours)\b")
_NOT_THE_ACCUSED = re.compile(r"(?:\b(?:to|at|from|for|with|by|of|in|into|against|about|near)\s+(?:the\s+|an?\s+)?$)")
_NAME_GOES_ON = re.compile(r"\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June"
                           r"|July|August|September|October|November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|Jr|Sr)\b)[A-Z][a-z]")


def _first_accused(source: Source, body: str, counts: Counter[str]) -> Optional[str]:
    """The surname nearest before the body's first charging or sentencing verb that follows a known surname:
    the subject of the story's first "X, 63, of Glenview, is charged with" however long its appositives run."""
    for verb in _ACCUSED_VERB.finditer(body):
        clause = body[_sentence_start(body, verb.start()):verb.end()]
        named = [(m.start(), name) for name in counts for m in re.finditer(rf"\b{re.escape(name)}\b(?!['\u2019]s)", clause)
                 if not _NOT_THE_ACCUSED.search(_before_the_name(clause, m.start())) and not _NAME_GOES_ON.match(clause, m.end())
                 and not re.match(_A_GROUP_NOUN, clause[m.end():])]
        # "Lee, who testified that Park was armed, spoke before he was sentenced": a name inside a relative clause that
        # closes before the verb is no subject of it; the one the clause describes is
        # "Ted Lee, the chief of staff to Sen. Ann Park, was indicted": so is a name inside a descriptive appositive
        named = [(at, name) for at, name in named if not (_IN_A_RELATIVE.search(clause[:at]) or _IN_AN_APPOSITIVE.search(clause[:at]))
                 or not re.search(r",", clause[at + len(name):])]
        if not named:
            # "Judge Ann Park sentenced Dustin Lee, 30, to ...": the one sentenced is the object of the verb
            named = _object_of(body, verb, counts)
        if named:
            named.sort()
            at = len(named) - 1
            # "Ann Lee, 34, and Bo Park, 29, are charged": of a pair charged together, news names the lead one first
            while at and _AND_THEN.search(clause[named[at - 1][0] + len(named[at - 1][1]):named[at][0]]):
                at -= 1
            return named[at][1]
    return None


# Titles written with a period before a name ("Sen. Ann Park"): fixed width, for a lookbehind
_TITLE_ABBREVIATION = "(?:" + "|".join(rf"(?<=\b{t})" for t in ("Sen", "Rep", "Gov", "Sgt", "Det", "Mrs", "Mr", "Ms", "Dr", "Lt")) + ")"
# What follows the subject of the case's verbs: "Lee, 34, of Troy, was convicted" (an abbreviation's period is inside it)
_THEN_ITS_VERB = re.compile(
    rf"(?!{_A_GROUP_NOUN})(?P<between>(?:[^.]|{_TITLE_ABBREVIATION}\.){{0,60}}?)\b(?:convicted|pleaded (?:not )?guilty|pleaded no contest|sentenced"
    rf"|found guilty|charged|arraigned|indicted|acquitted|entered\s+(?:a|the|his|her)\s+(?:guilty\s+)?plea|plead\s+guilty"
    rf"|{_STANDS_ACCUSED})\b")


def _times_the_subject(body: str, surname: str) -> int:
    """How often the surname is the subject of the case's verbs: being the one convicted or sentenced says
    "defendant" louder than being mentioned. Not a name inside a relative clause or appositive that closes first
    ("Lee, who said Park was armed, was sentenced", "Lee, an aide to Sen. Ann Park, was charged").
    (One static pattern tried after each mention: a pattern per surname cost ~2 ms to compile, per article.)"""
    times, resume = 0, 0
    for name in re.finditer(rf"\b{re.escape(surname)}\b", body):
        verb = _THEN_ITS_VERB.match(body, name.end()) if name.start() >= resume else None
        if not verb:
            continue
        resume = verb.end()  # as one pattern's matches would, a verb counts once
        start = _sentence_start(body, name.start())
        if "," not in verb.group("between") or not (_IN_A_RELATIVE.search(body, start, name.start())
                                                    or _IN_AN_APPOSITIVE.search(body, start, name.start())):
            times += 1
    return times


# A period that ends an abbreviation or an initial, not a sentence ("Sen. Ann Park", "U.S. District Judge", "John Q. Lee")
_ABBREVIATION = re.compile(r"(?:\b(?:Sen|Rep|Gov|Lt|Sgt|Gen|Col|Capt|Cmdr|Det|Insp|Supt|Mr|Ms|Mrs|Dr|Rev|Hon|Jr|Sr|St|Mt|Ft|No|Co|Corp"
                           r"|Inc|Ltd|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|Ave|Blvd|Rd)|\b[A-Z]|\.[A-Z])$")


def _sentence_start(body: str, at: int) -> int:
    """Where the sentence holding `at` starts: after the last ". " before it that ends no abbreviation."""
    stop = body.rfind(". ", 0, at)
    while stop > 0 and _ABBREVIATION.search(body, max(0, stop - 6), stop):
        stop = body.rfind(". ", 0, stop)
    return stop + 1 if stop >= 0 else 0


# A non-restrictive relative clause still open where the name stands (", who testified that")
_IN_A_RELATIVE = re.compile(r",\s+(?:who|whom|whose|which)\b[^,;]*$")
# A descriptive appositive still open where the name stands (", the founder of", ", a former aide to")
_IN_AN_APPOSITIVE = re.compile(r"[A-Za-z],\s+(?:the|an?|his|her|their|its)\s+[a-z][^,;]*$")
# The active verbs whose object is the accused, and the words that may stand between ("convicted former nurse Jo Lee")
_TAKES_THE_ACCUSED = re.compile(r"(?:convict(?:ed|ing)|sentenc(?:ed|ing)|charg(?:ed|ing)|indict(?:ed|ing)|acquitt(?:ed|ing))$")
_SPACE = re.compile(r"\s+")
_NOT_A_PREPOSITION = re.compile(r"(?!(?:of|with|to|for|in|on|at|by|after|before|and|that)\b)[\w.'\u2019-]+\s+")
_NAME_ENDS = re.compile(r"\b(?!['\u2019]s)")


def _object_of(body: str, verb: re.Match[str], counts: Counter[str]) -> list[tuple[int, str]]:
    """The known surname that is the object of an active charging or sentencing verb, if one follows it."""
    if not _TAKES_THE_ACCUSED.search(verb.group()):
        return []
    # The object starts after up to four words that are no preposition; of the known surnames, the nearest
    # (a static pattern walked word by word: a pattern per surname cost ~1 ms to compile, per article)
    at = _SPACE.match(body, verb.end())
    for _ in range(5):
        if not at:
            return []
        named = [name for name in counts if body.startswith(name, at.end()) and _NAME_ENDS.match(body, at.end() + len(name))]
        if named:
            return [(verb.end(), min(named))]
        at = _NOT_A_PREPOSITION.match(body, at.end())
    return []


# What stands between two people charged together: an age, "and", the second one's first name
_AND_THEN = re.compile(r"^,?(?:\s+\d{1,3},)?\s+and\s+(?:[A-Z][\w.'\u2019-]*\s+){0,2}$")


def _before_the_name(clause: str, at: int) -> str:
    """The clause before the whole proper name a surname ends ("breach of the Ohio Statehouse": "breach of the")."""
    return re.sub(r"(?:[A-Z][\w.'\u2019-]*\s+)+$", "", clause[:at])


def _defendant_name(source: Source, parties: list[Party], surname: Optional[str]) -> Optional[str]:
    """The defendant's full name: the first "First Surname" the article writes (a wife or son who shares
    the surname comes later), as the parties spell it where they have it."""
    if not surname:
        return None
    named: list[tuple[int, str]] = []
    for party in parties:
        if party.kind == "person" and party.name.split()[-1] == surname and " " in party.name:
            at = min((c.start for c in party.citations), default=source.text.find(party.name))
            named.append((at if at >= 0 else len(source.text), party.name))
    body_start = min((p.start for p in source.body()), default=0)
    # "Francis Sullivan", "Francis J. Sullivan", 'Francis "Sully" Sullivan'
    for m in re.finditer(rf"\b([A-Z][\w'\u2019-]+)\s+(?:[A-Z]\.\s+|[\"\u201c'\u2018][^\"\u201d]{{1,20}}?[\"\u201d'\u2019]\s+)?"
                         rf"{re.escape(surname)}\b", source.text[body_start:]):
        if m.group(1) not in TITLES and m.group(1) not in _SENTENCE_OPENERS:
            named.append((body_start + m.start(), f"{m.group(1)} {surname}"))
            break
    if not named:
        return surname
    first = min(named)[1]
    return next((p.name for p in parties if p.name == first or first in p.aliases), first)


# ----------------------------------------------------------------------------- a second defendant of the case
# Shared by charges and terms, so the two can never disagree about who else is on trial.

# Where a clause of its own starts inside a sentence
_SEMI_CLAUSE = re.compile(r"[;\u2014]|\s--\s")
# A full name as news writes it: "Ann Cole", "Ann B. Cole"
_FULL_NAME = re.compile(r"\b[A-Z][a-z][\w'\u2019-]*\s+(?:[A-Z]\.\s+)?(?P<surname>[A-Z][a-z][\w'\u2019-]*)\b(?!['\u2019])")
# Kin further out than a spouse, sibling, parent or child, or a relative who turned witness, has a case of their own
# ("his cousin, Sam Cole, pleaded guilty ... and testified against him")
_FAR_KIN = re.compile(r"\b(?:cousin|uncle|aunt|nephew|niece|grand\w+|[\w-]+-in-law|stepbrother|stepsister)s?\b")
# ("was convicted in 2019 of", "in a separate trial", "had earlier pleaded guilty": another proceeding, told as background)
_OWN_CASE = re.compile(r"\b(?:testif\w+|cooperat\w+|turned\s+state['\u2019]s\s+evidence|separate(?:ly)?|earlier|previously|(?:19|20)\d\d)\b")


def second_defendant(text: str, before: str, about_defendant: Callable[[str], bool]) -> Optional[str]:
    """The full name of a second defendant of the case who is the clause's subject: a spouse, sibling, parent or child
    tried with the defendant shares the surname ("His wife, Ann Cole, 55, was convicted of"). Told by asking again
    with that name cut to the surname alone, which `about_defendant` takes for the defendant's. (The defendant's own
    full name passes too: callers that may meet it tell it apart.)"""
    clause = _SEMI_CLAUSE.split(before)[-1]
    for m in reversed(list(_FULL_NAME.finditer(clause))):
        offset = len(before) - len(clause)
        alone = before[:offset + m.start()] + m.group("surname") + before[offset + m.end():]
        if not about_defendant(alone):
            continue
        name = re.escape(m.group())
        # how the article introduces the person, and the clause itself, say whether the case is theirs too
        kin = re.search(rf"{_FAR_KIN.pattern},?\s+{name}\b|\b{name},\s+(?:\d{{1,3}},\s+)?(?:his|her|their|[A-Z][\w'\u2019-]+['\u2019]s?)\s+"
                        rf"(?:[\w-]+\s+)?{_FAR_KIN.pattern}", text)
        return None if kin or _OWN_CASE.search(clause) else m.group()
    return None


# One trial for two defendants: "were tried together", "Both defendants remain free", "sentenced the couple"
_TOGETHER = re.compile(r"\btried\s+together\b|\bjointly\s+(?:charged|tried|indicted)\b|\bboth\s+defendants\b"
                       r"|\b(?:sentenc\w+|convict\w+|tried|charged|indicted|ordered)\s+(?:both|the\s+couple|the\s+pair)\b"
                       r"|\b(?:the\s+couple|the\s+pair|both)\s+(?:were|are|have\s+been|had\s+been|will\s+be)\s+(?:\w+\s+)?"
                       r"(?:charged|convicted|tried|indicted|sentenced|found|acquitted)\b", re.I)


def tried_together(text: str) -> bool:
    """Does the article say two people face one case together? A verdict names a second defendant in the trial told;
    a plea, a charge or a sentence alone may be a relative's own case."""
    return bool(_TOGETHER.search(text))

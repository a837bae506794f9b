"""Which person an article is about: the case's defendant, found from how news names the accused.

News names the defendant first and most, as the subject or object of the case's verbs ("convicted",
"sentenced"); co-defendants, witnesses and relatives come later and less often.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Callable, NamedTuple, Optional

from builder.extract._lexicon import CO_DEFENDANT, FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, NAME_ABBREVIATIONS, TITLE_ABBREVIATIONS, surname_of
from builder.extract._regex import lazy_compile
from builder.extract.parties import named_in_full_above
from builder.model import Party, Source


class Defendant(NamedTuple):
    surname: Optional[str]  # the surname the article writes most, the case's likely defendant
    name: Optional[str]  # the full party name, to tell a co-defendant or relative who shares the surname


def _whole(surname: str) -> str:
    """A pattern for the surname as a word of its own: "Lane", but not the end of "Horoi-Lane", a spouse's double
    surname."""
    return rf"(?<![\w'\u2019-]){re.escape(surname)}(?![\w-])"


# Generational suffixes after a surname: "Ed Lee Jr." is "Lee" on later mentions, never "Jr."
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
_INSTITUTION = lazy_compile(r"\b(?:University|College|School|Academy|Institute|Hospital|Church|Ministries|Company|Corporation|Corp\.?"
                          r"|Inc\.?|LLC|Ltd\.?|Group|Partners|Bank|Department|Office|Agency|Commission|Board|Council|County|City"
                          r"|Foundation|Association|Union|Club|Center|Centre|Court|Police|Program|Fund)$")


# "Boston-based Harbor Table Fund": a name that carries its base is an organisation's, whatever the parties called it
_BASED = lazy_compile(r"\w-based\b")


def _defendant(source: Source, parties: list[Party]) -> Optional[str]:
    """The surname the body uses most among people: in a case article, the defendant's."""
    body = " ".join(source.text[p.start:p.end] for p in source.body())
    # (a standfirst or subhead tells who was sentenced as surely as the body: "... as Liam Roe is given community order")
    headings = " ".join(source.text[p.start:p.end] for p in source.paragraphs if p.kind == "heading")
    counts: Counter[str] = Counter()
    # News introduces the accused by full name; a one-word "person" beside full names is an institution
    # read as a name ("Eastbrook said in a statement") or a nickname, never the one on trial.
    full_names = any(party.kind == "person" and len(party.name.split()) > 1 for party in parties)
    tied = _tied_to_the_case(body)
    told_by_pronoun = _pronoun_subjects(body)
    first_named: dict[str, int] = {}
    plain: Counter[str] = Counter()
    ties: Counter[str] = Counter()  # times named as the one convicted, sentenced, tried or defended
    objects: Counter[str] = Counter()  # times named as the object of the case's verbs
    for party in parties:
        if any(_ON_THE_BENCH_OR_BAR.search(role) and not _FORMER.search(role) for role in party.roles):
            continue  # the one who sentences, prosecutes or defends is never the one sentenced
        if (full_names and len(party.name.split()) < 2 and not named_in_full_above(source, party.name)) \
                or _INSTITUTION.search(party.name) or _BASED.search(party.name):
            continue
        if party.kind == "person" and party.name.split():
            surname = surname_of(party.name)
            if party.name.split()[0] in ("Lord", "Lady") and re.search(rf"{_whole(surname)}\s+(?:\w+ly\s+)?(?:sentenced|jailed|imposed|ordered|told)\b", body):
                continue  # "Lord Ardmore sentenced Kyle Baird to life": a Scottish judge, named by title, who sentences
            mentions = [m.start() for m in re.finditer(rf"{_whole(surname)}", body)]
            counts[surname] = plain[surname] = len(mentions)
            if not counts[surname]:
                continue  # never named in the body: the patterns below cannot match either
            first_named[surname] = mentions[0]
            ties[surname] = _times_the_subject(body, surname) + tied[surname] + told_by_pronoun[surname] \
                + sum(1 for m in re.finditer(_whole(surname), headings) if _HEADING_VERB.match(headings, m.end()))
            counts[surname] += 3 * ties[surname]
            # ... or its object: "prosecutors charged the landlord, Ed Lee, with ...", "found Ed Lee, 56, of Troy, guilty"
            # (not "charged Monday in the death of Oliver Lee": a name after a preposition or a deed is the victim's)
            objects[surname] = sum(not _A_VICTIM.search(_before_the_name(m.group("pre") or "", len(m.group("pre") or "")))
                                       for m in re.finditer(
                rf"\b(?:charged|convicted|indicted|acquitted|(?:re)?sentenced)\s+(?P<pre>[^.]{{0,50}}?){_whole(surname)}"
                rf"|\bfound\s+[^.;]{{0,40}}?{_whole(surname)}[^.;]{{0,60}}?\bguilty\b", body))
            counts[surname] += 3 * objects[surname]
    if _UNNAMEABLE_ACCUSED.search(body) and not any(ties[name] or objects[name] for name in counts):
        # "The 16-year-old boy, who cannot be identified under youth justice laws, ... was sentenced": the law keeps the
        # accused unnamed, and the people named most (the victims, their family) are not him
        return None
    for name in _told_late(len(body), counts, plain, first_named, ties):
        del counts[name]
    # The one a lawyer speaks for is on trial, and the lawyer is not ("Ann Lee's attorney, Bo Park, said"; "Park, who
    # represents Ann Lee"): a client the parties missed, named only so, is still the accused
    for counsel, client, full in _counsel_and_client(body):
        if counsel != client and (client in counts or full):
            counts.pop(counsel, None)
            if client not in counts and full:
                counts[client] = plain[client] = len(re.findall(rf"{_whole(client)}", body))
                first_named[client] = body.find(client)
    others = _called_co_defendants(body, counts, parties)
    if others and len(others) < len([name for name in counts if counts[name]]):
        for name in others:
            del counts[name]
    witnesses = {m.group("witness") or m.group("pleader") or m.group("from") for m in _WITNESS_MENTION.finditer(body)}
    first, described, owned = _first_accused(source, body, counts, witnesses)
    for name in owned:
        # "The former manager of pop singer Bo Park was sentenced": Park is whose manager, not the accused; "Bo Park and
        # Ann Lee were charged together. Park pleaded guilty and testified against Lee": Park is the witness
        counts.pop(name, None)
    if first:
        counts[first] += 4  # news names the defendant first; co-defendants come after ("X is also charged")
        if described:
            counts[first] += 3  # the lede's verb is theirs, as if they were its subject
    # A story names its victim more often than the accused, but through the death and the family ("Ruizabal, 17, died",
    # "Ruizabal's mother said", "the death of Ana Ruizabal"): those mentions say "victim", not "defendant"
    for m in _VICTIM_MENTION.finditer(body):
        name = m.group("kin") or m.group("hurt") or m.group("death")
        if counts.get(name, 0) > 0:
            counts[name] -= 1
    # A cooperating witness has a plea of their own, told as often as the defendant's verdict; testifying for the
    # prosecution says whose case it is not ("Park, who pleaded guilty to fraud, testified against Lee")
    for m in _WITNESS_MENTION.finditer(body):
        name = m.group("witness") or m.group("pleader") or m.group("from")
        if name in counts:
            counts[name] = max(0, counts[name] - 3)
    if not counts:
        # No parties yet: the capitalised word that most often starts a clause as its subject.
        for m in re.finditer(r"(?:^|[.!?]\s+)(?:Former\s+\w+\s+)?([A-Z][a-z]+)(?=,|\s+(?:was|is|has|had|pleaded|said|says|will)\b)", body):
            if m.group(1) not in _SENTENCE_OPENERS:
                counts[m.group(1)] += 1
    return counts.most_common(1)[0][0] if counts else None


# The roles of those who sentence, prosecute or defend ("U.S. District Judge", "Assistant U.S. Attorney", "Lee's lawyer"),
# unless they held the role before ("a former prosecutor charged with bribery" is the accused)
# (and the Commonwealth's offices and court roles: "Director of Public Prosecutions", "DPP", "Procurator Fiscal",
# "Solicitor General", "Recorder", "prosecuting counsel", "Crown counsel")
_ON_THE_BENCH_OR_BAR = lazy_compile(r"\b(?:judge|justice|magistrate|prosecutor|recorder|Director\s+of\s+Public\s+Prosecutions|DPP"
                                  r"|Procurator\s+Fiscal|Solicitor\s+General|(?:prosecuting|Crown)\s+counsel|(?:U\.S\.|District|State['\u2019]s|County|Commonwealth['\u2019]s)\s+Attorney"
                                  r"|Attorney\s+General|public\s+defender|defen[cs]e\s+(?:attorney|lawyer|counsel))\b"
                                  r"|['\u2019]s?\s+(?:\w+\s+)?(?:attorney|lawyer|counsel)\b|\b(?:attorney|lawyer|counsel)\s+for\b", re.I)
_FORMER = lazy_compile(r"\b(?:former|ex-|onetime|retired)", re.I)


# A mention of a person as the one who died or was hurt, or as the anchor of a family or a death
_KIN_OR_LOSS = (r"(?:mother|father|sister|brother|family|widow|widower|parents|relatives|aunt|uncle|grandmother|grandfather"
                r"|fianc\u00e9e?|fiancee?|children|friends|employer|death|killing|murder|slaying|body|killer|memory|funeral|loved\s+ones)")
_VICTIM_MENTION = lazy_compile(
    rf"\b(?P<kin>[A-Z][\w'\u2019-]+)['\u2019]s?\s+{_KIN_OR_LOSS}\b"
    # ("Bo Park, 62, of Troy, was pronounced dead", "Bo Park and his granddaughter died at the scene")
    r"|\b(?P<hurt>[A-Z][\w'\u2019-]+)(?:,(?!\s+(?:who|whose|whom)\b)[^.;,]{0,40}(?:,[^.;,]{0,40})?,)?\s+(?:and\s+(?:his|her|their)\s+[^.;]{0,40}?\s+)?"
    r"(?:died|(?:was|were)\s+(?:pronounced\s+dead|found\s+dead|killed|(?:seriously\s+|critically\s+|fatally\s+)?"
    # ("Mr Kerrigan, 40, was punched from behind": the one the blow was dealt to)
    r"(?:injured|wounded|hurt|shot|stabbed|struck|punched|beaten|assaulted|attacked|kicked|strangled|mauled|raped|robbed"
    r"|run\s+over|knocked\s+down)))\b"
    # ("the body of Bo Park", "The victim, Bo Park,", "identified the man killed as Bo Park")
    r"|\b(?:(?:death|deaths|killing|murder|slaying|body|remains|[Ff]riends)\s+of|[Vv]ictims?,|(?:killed|dead|victims?)\s+as)\s+"
    r"(?:[A-Z][\w.'\u2019-]*\s+){0,2}?(?P<death>[A-Z][\w'\u2019-]+)\b(?!\s+[A-Z])")


# A person told as a witness for the prosecution (not "Lee told jurors": a defendant may testify in their own defence)
# ("Park pleaded guilty and testified against Lee", "Park cut a deal, pleaded guilty to theft and testified that Lee
# fired", "Park, who pleaded guilty, was the state's key witness against Lee": the plea leads to the testimony in one
# clause that names nobody else on the way)
_TESTIFIES = (r"(?:later\s+|also\s+|then\s+)?(?:testified\s+(?:against|for\s+the\s+(?:prosecution|government|state)|at\s+[A-Z][\w'\u2019-]+['\u2019]s?\s+trial"
              r")|agreed\s+to\s+testify|(?:is|was|has\s+been|had\s+been)\s+cooperating|agreed\s+to\s+cooperate"
              r"|(?:was|became)\s+(?:the|a)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:key|star|chief|main|cooperating)\s+witness"
              r"|in\s+exchange\s+for\s+(?:his|her|their)\s+testimony)")
_WITNESS_MENTION = lazy_compile(
    r"\b(?P<witness>[A-Z][\w'\u2019-]+)(?:,[^.;]{0,100}?,)?\s+(?:(?:(?![A-Z])[^.;]){0,100}?\b(?:and|,)\s+|[^.;A-Z]{0,100}?\s)??"
    + _TESTIFIES + r"\b"
    # (a plea then testimony, whatever it said: "Park cut a deal, pleaded guilty to theft and testified that Lee fired";
    # not "Lee testified that Park lied": a defendant may testify in their own defence)
    r"|\b(?P<pleader>[A-Z][\w'\u2019-]+)\s+(?:[^.;A-Z]{0,60}?\s)?pleaded\s+guilty\b[^.;A-Z]{0,80}?\btestif(?:ied|y)\b"
    r"|\b(?:testimony\s+(?:from|of)|(?:key|star|cooperating|government|prosecution)\s+witness,?)\s+(?:[A-Z][\w.'\u2019-]*\s+){0,2}?"
    r"(?P<from>[A-Z][\w'\u2019-]+)\b(?!\s+[A-Z])")


# What stands before a name that is no verb's object but a victim's: "in the death of", "with killing", "against"
_A_VICTIM = lazy_compile(r"(?:\b(?:to|at|from|for|with|by|of|in|into|against|about|near)\s+(?:the\s+|an?\s+)?"
                       r"|\b(?:killing|murdering|shooting|stabbing|beating|assaulting|robbing|defrauding|raping|abusing|kidnapping)\s+)$")


# The case as a noun names whose case it is: "affirmed the convictions of Cmdr. Ann Lee", "the trial of Bo Park",
# "Lee's sentence" (not "Lee's lawyer": a co-defendant has one too) (static patterns, one pass each: the surname is read from the match)
_CASE_OF = lazy_compile(r"\b(?:convictions?|sentences?|sentencing|trial|retrial|appeal|court-martial|prosecution|indictment|arraignment"
                      r"|case)\s+(?:against|of)\s+(?:[A-Z][\w.'\u2019-]*\s+){0,3}?(?P<surname>[A-Z][\w'\u2019-]+)\b(?!\.\s|['\u2019]s|\s+[A-Z])")
_HIS_CASE = lazy_compile(r"\b(?P<surname>[A-Z][\w'-]+)['\u2019]s\s+(?:[\w-]+\s+)?(?:convictions?|sentences?|sentencing|trial|retrial|appeal"
                       r"|court-martial|punishment|prosecution|indictment|arraignment)\b")


# "The most serious charges were filed against Ann Lee", "the counts brought against Lee": the charged one
_CHARGES_AGAINST = lazy_compile(r"\b(?:charges?|counts?|complaint|indictment)\s+(?:(?:was|were|(?:has|have|had)\s+been)\s+)?"
                              r"(?:(?:filed|brought|lodged|pending)\s+)?against\s+(?:[A-Z][\w.'\u2019-]*\s+){0,3}?"
                              r"(?P<surname>[A-Z][\w'\u2019-]+)\b(?!['\u2019]s|\s+[A-Z])")


# The accused the law forbids naming, told with the case's verb: "The 16-year-old boy, who cannot be identified ...,
# was sentenced", "A teenager who cannot be named for legal reasons pleaded guilty" (not a victim who cannot be named)
_UNNAMEABLE_ACCUSED = lazy_compile(r"\b(?:boy|girl|teen|teenager|youth|juvenile|minor|youngster|child)\b,?\s+who\s+(?:cannot|can\s*not|can['\u2019]t|could\s+not)"
                                   r"\s+be\s+(?:named|identified)\b[^.]*?\b(?:sentenced|pleaded|convicted|jailed|detained|charged|admitted|found\s+guilty)\b"
                                   # ("A teenage boy has been sentenced to detention", "The boy, who was 15 at the time, was
                                   # sentenced": a child the story describes, never names, as the one sentenced)
                                   r"|\b(?:The|A|An)\s+(?:[\w-]+\s+){0,3}?(?:boy|girl|teen|teenager|youth|juvenile)\b(?:,[^.]{0,160}?,)?"
                                   r"\s+(?:has\s+been|had\s+been|was|is)\s+(?:\w+\s+)?(?:sentenced|detained|convicted|ordered)\b")


def _tied_to_the_case(body: str) -> Counter[str]:
    """How often each capitalised word is named as the one whose conviction, trial, sentence or lawyer the case is."""
    tied: Counter[str] = Counter()
    for pattern in (_CASE_OF, _HIS_CASE, _CHARGES_AGAINST):
        tied.update(m.group("surname") for m in pattern.finditer(body))
    return tied


def _pronoun_subjects(body: str) -> Counter[str]:
    """How often each surname is the subject a pronoun takes up with the case's verb: news names the accused in full in
    one sentence and tells the plea and the sentence in the next with "he" ("Liam Roe, 32, hid a tracker on her car. He
    admitted stalking and was given ..."), so a story that names its victim more often still says whose case it is."""
    subjects: Counter[str] = Counter()
    for m in _PRONOUN_CASE_VERB.finditer(body):
        if not re.search(r"(?:^|[.!?][\"\u201d\u2019]?\s+)$", body[max(0, m.start() - 4):m.start()]):
            continue  # a pronoun inside a sentence ("after she said he pleaded") may be anyone's
        previous = _sentence_start(body, max(0, m.start() - 2))
        opener = _OPENING_NAME.match(body, previous)
        if opener is None:
            continue
        given = opener.group("given").lower()
        if given in (FEMALE_GIVEN_NAMES if m.group("pronoun") == "He" else MALE_GIVEN_NAMES):
            continue  # "Ann Roe testified. He pleaded guilty ...": the pronoun is someone else
        subjects[opener.group("surname")] += 1
    return subjects


def _told_late(length: int, counts: Counter[str], plain: Counter[str], first_named: dict[str, int], ties: Counter[str]) -> list[str]:
    """People first named in the body's last third ("Chief Ray Lee, also on watch that night, pleaded guilty and was
    demoted"), where someone named earlier is named more often and tied to the case: a story's closing aside about
    another person never outweighs the one the story is about, however plainly it says that person was convicted."""
    late = [name for name, at in first_named.items() if at > 2 * length // 3]
    return [name for name in late if name in counts and any(
        first_named.get(other, length) <= 2 * length // 3 and plain[other] > plain[name] and ties[other]
        for other in counts if other != name)]


# (British and Commonwealth reports say "co-accused": "His co-accused, Sam Ode, was given a community order")
_CO_DEFENDANT = lazy_compile(rf"\b{CO_DEFENDANT}\b")


# "Unlike his co-defendant, Lee was convicted": the phrase sets the co-defendant against the name after the comma, which
# is the clause's subject, not the co-defendant's name
_NOT_LIKE = "".join(rf"(?<!{w} {p} )" for w in ("Unlike", "unlike", "Like", "like") for p in ("his", "her", "their", "the"))


def _called_co_defendants(body: str, counts: Counter[str], parties: list[Party]) -> set[str]:
    """Surnames the article introduces as someone's co-defendant or accomplice ("His co-defendant, Sam Ode, was
    sentenced"; not "jointly with two co-defendants, and ordered Sam Ode to pay": a new clause names the subject again):
    not the article's defendant, unless another person shares the surname (a couple tried together)."""
    if not _CO_DEFENDANT.search(body):
        return set()
    called = {name for name in counts if re.search(
        rf"{_NOT_LIKE}{_CO_DEFENDANT.pattern}(?:,\s+|\s+)(?:(?!(?:and|or|but|while|whereas|as|then|which|who)\b)[a-z][\w-]*\s+){{0,3}}(?:[A-Z][\w.'\u2019-]*\s+){{0,2}}{re.escape(name)}\b"
        rf"|\b{re.escape(name)},\s+(?:\d{{1,3}},\s+)?(?:a|an|the|his|her|their|[A-Z][\w-]+['\u2019]s?)\s+(?:[\w-]+\s+){{0,2}}?{_CO_DEFENDANT.pattern}"
        # ("Two co-offenders, Kyle Brightwater, 26, and Rawiri Hona, 22, were also sentenced": the pair's second name)
        rf"|{_CO_DEFENDANT.pattern},\s+(?:[A-Z][\w.'\u2019-]*\s+){{0,2}}[A-Z][\w'\u2019-]+(?:,\s+\d{{1,3}})?,?\s+and\s+(?:[A-Z][\w.'\u2019-]*\s+){{0,2}}{re.escape(name)}\b",
        body)}
    return {name for name in called
            if sum(1 for p in parties if p.kind == "person" and p.name.split()[-1:] == [name]) < 2}


# The present state of a pending case names the accused as surely as a past verb: "Lee, 58, faces two counts of
# theft", "is now facing felony charges", "stands accused of fraud" (not "faces no charges", nor "faces a lawsuit")
# The head words of common offences, for the verbs that take one as object ("faces aggravated robbery")
_OFFENCE_WORD = (r"(?:[\w-]+\s+){0,3}?(?:murder|manslaughter|homicide|assault|robbery|burglary|fraud|theft|trafficking|kidnapping"
                 r"|rape|arson|abuse|neglect|conspiracy|possession|bribery|extortion|endangerment|endangering|misconduct|stalking"
                 r"|harassment|embezzlement|laundering|perjury|forgery|obstruction|tampering|battery|violation)")
# ("faces up to 20 years", "faces a maximum of life", "faces aggravated robbery": what the accused risks, or the offence;
# "admitted to fraud in a plea deal": a plea in other words)
_STANDS_ACCUSED = (r"fac(?:es|ing)\s+(?!no\b|none\b)(?:[\w-]+\s+){0,5}?(?:counts?|charges?)\b"
                   rf"|fac(?:es|ing)\s+(?!no\b|none\b)(?:up\s+to|an?\s+(?:maximum|possible|mandatory|minimum)|life\s+in\s+prison|{_OFFENCE_WORD})\b"
                   r"|(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbeing\s)admitted\s+(?:to|guilt|responsibility|[a-z]+ing)\b"
                   r"|(?:is|was|are|were|stands?|stood|remains?)\s+(?:\w+\s+)?accused\s+of")
# Custody as British, Irish and Commonwealth ledes tell it: "has been locked up", "was detained", "has been sent to a
# young offender institution", "was put behind bars"
_LOCKED_UP = (r"locked\s+up|detained|put\s+behind\s+bars"
              r"|sent\s+(?:to|into)\s+(?:prison|jail|gaol|custody|(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:jail|prison|gaol|institution|centre|center|unit))")
# "a jury found former nurse Jo Lee guilty": the verdict's object stands inside the phrase
# ("found Ed Lee, 56, of Troy, Ohio, guilty": the appositives may carry commas)
# ("pleaded not guilty", "pleaded no contest" and "was arrested" name the accused as surely, though no verdict came yet)
_ACCUSED_VERB = lazy_compile(r"\b(?:convict(?:ed|ing)|pleaded\s+(?:not\s+)?guilty|pleaded\s+(?:no\s+contest|nolo\s+contendere)|(?:was|were|been)\s+(?:arrested|booked|jailed|imprisoned|" + _LOCKED_UP + r")|entered\s+(?:a|the|his|her)\s+(?:guilty\s+)?plea|(?:re)?sentenced|found\s+[^.;:]{0,80}?\b(?:not\s+)?guilty"
                           # (not a battery's "kept her husband's phone charged", "a fully charged phone")
                           r"|(?<!phone\s)(?<!phones\s)(?<!battery\s)(?<!batteries\s)(?<!fully\s)charged"
                           r"|arraigned|indicted|acquitted|" + _STANDS_ACCUSED + r")\b")
# A name that is no clause's subject or object: the object of a preposition ("admitted to Eastbrook
# University"), or the first word of a longer proper name ("Eastbrook University", not "Lee Tuesday").
# A name that only qualifies a group ("Eastbrook Ridge students", "Lee family members") is nobody's name here
_A_GROUP_NOUN = (r"\s+(?:students|pupils|residents|officials|employees|workers|officers|parents|voters|families|fans|players"
                 r"|members|teachers|customers|patients|staff|family|community|neighbors|neighbours)\b")
# ("The charges were filed against Ann Lee, who is charged with": charges brought against someone name the accused)
_NOT_THE_ACCUSED = lazy_compile(r"(?:\b(?:to|at|from|for|with|by|of|in|into|about|near"
                              r"|(?<!\bfiled\s)(?<!\bbrought\s)(?<!\blodged\s)(?<!\bcharges\s)(?<!\bcounts\s)(?<!\bcase\s)against)"
                              r"\s+(?:the\s+|an?\s+)?(?:(?!and\b|or\b)(?:[a-z][\w-]*|[A-Z]{2,4})\s+){0,3}$"  # ("manager of pop singer Tara Quill", "of reality TV star")
                              # ("The man who killed Corey Nahirniak outside a bar has been sentenced": whom the deed was
                              # done to is named right after its verb)
                              r"|\b(?:killed|murdered|stabbed|shot|punched|strangled|assaulted|attacked|robbed|defrauded|injured|beat|struck)"
                              r"\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,2}$)")
# "handed down the sentence Friday for Bradley Henning", "a term for Ann Lee": the one a sentence is for is the accused
_SENTENCE_FOR = lazy_compile(r"\b(?:sentence|sentencing|term|punishment)\s+(?:\w+\s+){0,2}?for\s+$")
# A lede's subject that is the bench, which sentences: "A Pinellas County judge", "The jury", "A federal magistrate"
_THE_BENCH_DESCRIBED = lazy_compile(r"(?:An?|The)\s+(?:[\w.'\u2019-]+\s+){0,4}?(?:judge|justice|magistrate|jury|panel|court|sheriff)\b")
_NAME_GOES_ON = lazy_compile(r"\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June"
                           r"|July|August|September|October|November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|Jr|Sr)\b)[A-Z][a-z]")


def _first_accused(source: Source, body: str, counts: Counter[str], witnesses: set[str]) -> tuple[Optional[str], bool, set[str]]:
    """The surname nearest before the body's first charging or sentencing verb that follows a known surname:
    the subject of the story's first "X, 63, of Glenview, is charged with" however long its appositives run;
    whether a lede that describes the accused named them only in a sentence after; and the people the lede shows
    are not the accused: those it described them by ("the manager of pop singer Bo Park"), and one charged with them
    who turned witness."""
    for verb in _ACCUSED_VERB.finditer(body):
        passed: set[str] = set()
        clause = body[_sentence_start(body, verb.start()):verb.end()]
        named = [(m.start(), name) for name in counts for m in re.finditer(rf"{_whole(name)}(?!['\u2019]s)", clause)
                 if not (_NOT_THE_ACCUSED.search(_before_the_name(clause, m.start())) and not _SENTENCE_FOR.search(_before_the_name(clause, m.start())))
                 and not _NAME_GOES_ON.match(clause, m.end())
                 and not re.match(_A_GROUP_NOUN, clause[m.end():])]
        # "Lee, who testified that Park was armed, spoke before he was sentenced": a name inside a relative clause that
        # closes before the verb is no subject of it; the one the clause describes is
        # "Ted Lee, the chief of staff to Sen. Ann Park, was indicted": so is a name inside a descriptive appositive
        named = [(at, name) for at, name in named if not (_IN_A_RELATIVE.search(clause[:at]) or _IN_AN_APPOSITIVE.search(clause[:at]))
                 or not re.search(r",", clause[at + len(name):])]
        if not named:
            # "Judge Ann Park sentenced Dustin Lee, 30, to ...": the one sentenced is the object of the verb
            # ("Among those charged, Ann Lee, 40, faces ...": the name after the comma is the one charged)
            named = _object_of(body, verb, counts, bool(_AMONG_THOSE.search(clause[:len(clause) - len(verb.group())])),
                               frozenset(witnesses))
            if named:
                # ("charged Bo Park and Ann Lee": the witness passed over to reach the accused)
                passed = {name for name in witnesses if name in counts and re.search(rf"{_whole(name)}", body[verb.end():named[0][0]])}
        described = None if named else _A_DESCRIBED_ONE.search(clause[:len(clause) - len(verb.group())])
        if described and _THE_BENCH_DESCRIBED.match(described.group().lstrip(" \u2014\u2013-)")):
            described = None  # "A Pinellas County judge handed down the sentence ...": the court, not the accused
        if described and (described.group("aux") or _ACTIVE_ACCUSED.match(verb.group())):
            # "A Tulsa contractor was charged with ... . Ann Lee, 44, remains in custody": a lede that describes the
            # accused names them in the next sentence
            named_next = _named_next(body, verb.end(), counts, _paragraph_starts(source))
            if named_next:
                return named_next, True, set()
            owned = {name for name in counts if re.search(rf"{_whole(name)}", clause)}
            introduced = _introduced_next(body, verb.end(), counts, owned) if owned else None
            if introduced:
                # "The former manager of pop singer Bo Park was sentenced ... . A judge also ordered Ann Lee, 59, to pay":
                # the lede named the one it described by; the first other person the story then names in full is them
                return introduced, True, owned
        if named:
            named.sort()
            at = len(named) - 1
            # "Ann Lee, 34, and Bo Park, 29, are charged": of a pair charged together, news names the lead one first
            last = at
            while at and _AND_THEN.search(clause[named[at - 1][0] + len(named[at - 1][1]):named[at][0]]):
                at -= 1
            # ... unless the one named first turned witness against the other ("Bo Park and Ann Lee were charged
            # together. Park pleaded guilty and testified against Lee"): the one still on trial leads the story
            pair = [name for _, name in named[at:last + 1]]
            chosen = next((name for name in pair if name not in witnesses), pair[0])
            # the witness charged with them is out of the running: named as often, they are still not on trial here
            return chosen, False, passed | {name for name in pair if name in witnesses and name != chosen}
    return None, False, set()


_LAWYER = r"(?:(?:defen[cs]e|criminal|court-appointed|longtime)\s+)?(?:attorney|lawyer|public\s+defender|counsel|solicitor|barrister)"
_PERSON = r"(?P<first>[A-Z][a-z][\w'\u2019-]*\s+(?:[A-Z]\.\s+)?)?(?P<client>[A-Z][\w'\u2019-]+)"
# "Ann Lee's attorney, Bo Park," / "Park, who represents Ann Lee," / "Park, an attorney for Ann Lee," / "Park, Lee's
# public defender," (static pattern, one pass: both names are read from the match)
_COUNSEL_OF = lazy_compile(
    rf"\b{_PERSON}['\u2019]s?\s+{_LAWYER},?\s+(?:[A-Z][\w.'\u2019-]*\s+){{0,2}}?(?P<counsel>[A-Z][\w'\u2019-]+)\b(?!\s+[A-Z]|['\u2019])"
    rf"|\b(?P<counsel2>[A-Z][\w'\u2019-]+),\s+(?:who\s+(?:represents|represented|is\s+representing|has\s+represented)|representing"
    rf"|(?:an?|the|one)\s+{_LAWYER}\s+(?:for|representing))\s+{_PERSON.replace('first', 'first2').replace('client', 'client2')}\b(?!\s+[A-Z]|['\u2019])"
    rf"|\b(?P<counsel3>[A-Z][\w'\u2019-]+),\s+{_PERSON.replace('first', 'first3').replace('client', 'client3')}['\u2019]s?\s+{_LAWYER}\b"
    # (British and Irish court reports: "Sophie Hale, for Roe, urged ...", "Bo Park, mitigating for Roe, said")
    rf"|\b(?P<counsel4>[A-Z][\w'\u2019-]+),\s+(?:mitigating\s+|defending\s+)?for\s+{_PERSON.replace('first', 'first4').replace('client', 'client4')},")


def _counsel_and_client(body: str) -> list[tuple[str, str, bool]]:
    """(lawyer's surname, client's surname, whether the client is named in full) for each lawyer told as someone's."""
    found = []
    for m in _COUNSEL_OF.finditer(body):
        for n in ("", "2", "3", "4"):
            if m.group("counsel" + n) and not _INSTITUTION.search(m.group("client" + n)):
                found.append((m.group("counsel" + n), m.group("client" + n), bool(m.group("first" + n))))
    return found


# A lede's subject that describes one person instead of naming them: "A former Tulsa nurse was charged",
# "The onetime treasurer of the club pleaded guilty" (not "A jury found", nor "Eleven people were charged")
# (a wire lede's description runs long and holds figures: "A former lottery manager who altered drawing software so
# that his relatives could collect about $2.4 million in prizes was resentenced")
_A_DESCRIBED_ONE = lazy_compile(r"(?:^\s*|[\u2014\u2013]\s*|\s-\s+|\)\s+)(?:An?|The)\s+(?:[\w.'\u2019$,%-]+\s+){1,30}?"
                              r"(?P<aux>(?:was|is|has\s+been|had\s+been)\s+(?:\w+\s+){0,2})?$")
# The verbs that take that subject without an auxiliary ("A Tulsa nurse pleaded guilty", "... faces two counts")
# ("A teenage dealer has been jailed": the pattern's "been jailed" leaves the described subject "A teenage dealer has")
_ACTIVE_ACCUSED = lazy_compile(r"(?:pleaded|pleads|fac|admitted|stand|stood|entered|is\s|was\s|remains?\s|been\s)")
# A sentence whose subject is a person's full name: "Ann Lee, 44, remains in custody", "Ann Lee was released"
# ("Ann B. Lee", 'Ann "Annie" Lee')
_NAMED_SUBJECT = lazy_compile(r"\s*(?:[A-Z][\w'\u2019-]+\s+)(?:[A-Z]\.\s+|[\"\u201c][^\"\u201d]{1,20}[\"\u201d]\s+)?(?P<surname>[A-Z][\w'\u2019-]+)"
                            r"(?=,|\s+(?:was|is|has|had|remains|remained|faces|pleaded|appeared|will|who|did)\b)")
_SENTENCE_END = lazy_compile(r"[.!?][\"\u201d]?\s")
# The words that tell the next-named person is the victim, not the accused described before
_HURT = lazy_compile(r"\b(?:died|dead|killed|injured|wounded|hurt|victim|missing|hospitali[sz]ed)\b")


# Custody and court appearances: said only of the accused
_IN_CUSTODY = lazy_compile(r"\b(?:held\s+(?:without|on|in)|jailed|in\s+custody|bail|bond|appeared\s+in\s+court|appears\s+in\s+court"
                         r"|apologi[sz]ed\s+(?:\w+\s+){0,3}?in\s+court|showed\s+no\s+emotion"
                         r"|was\s+booked|was\s+arraigned|remains\s+(?:jailed|in\s+(?:jail|custody))"
                         r"|turned\s+(?:himself|herself|themselves)\s+in|surrendered|(?:was|were)\s+(?:taken\s+into\s+custody|arrested)"
                         r"|and\s+(?:later\s+|then\s+)?arrested)\b")
# The predicate of one who died: "Bo Park, 62, was pronounced dead", "Bo Park and his granddaughter died at the scene"
_DIED = lazy_compile(r"(?:,[^.;]{0,80}?,)?\s+(?:and\s+[^.;]{0,60}?\s+)?(?:died|(?:was|were)\s+(?:pronounced\s+dead|found\s+dead|killed"
                   r"|fatally\s+\w+))\b")
# A sentence dated before the story's own case ("Last year, ...", "In 2021, ..."): background
_EARLIER_TIME = lazy_compile(r"\s*(?:Last\s+(?:year|month)|In\s+(?:(?:January|February|March|April|May|June|July|August|September|October"
                           r"|November|December)\s+)?(?:19|20)\d\d|Earlier|Previously|Years\s+(?:ago|earlier))\b")


def _sentence_end(body: str, at: int) -> Optional[re.Match[str]]:
    """The first end of a sentence after `at` that ends no abbreviation ("Dr. Ann Lee", "U.S. District Court")."""
    end = _SENTENCE_END.search(body, at)
    while end and _ABBREVIATION.search(body, max(0, end.start() - 6), end.start()):
        end = _SENTENCE_END.search(body, end.end())
    return end


def _paragraph_starts(source: Source) -> list[int]:
    """Where each body paragraph starts in the body as `_defendant` joins it (paragraphs joined by one space)."""
    starts, at = [], 0
    for p in source.body():
        starts.append(at)
        at += p.end - p.start + 1
    return starts


def _named_next(body: str, after: int, counts: Counter[str], paragraphs: list[int]) -> Optional[str]:
    """The known person who is the subject of one of the two sentences after `after` (or opens a paragraph there: a
    web page's "RELATED: ..." line stands between with no period), unless the sentence tells that person was hurt."""
    end = _sentence_end(body, after)
    if not end:
        return None
    second = _sentence_end(body, end.end())
    third = _sentence_end(body, second.end()) if second else None
    stop = third.start() if third else len(body)
    starts = sorted({end.end(), *([second.end()] if second else []), *(p for p in paragraphs if end.end() < p < stop)})
    for start in starts:
        # "Ann Lee, 44, is being held without bail": custody or a court appearance says who the lede described
        m = _NAMED_SUBJECT.match(body, start)
        if m and m.group("surname") in counts:
            after_name = _sentence_end(body, m.end())
            if _IN_CUSTODY.search(body, m.end(), after_name.start() if after_name else len(body)):
                return m.group("surname")
    # "A man has been found guilty of killing a firefighter. Kieran Lee, 38, was searching ... . Sean Park, 41, was
    # convicted of manslaughter": a name the case's verb follows restates the lede; the one before may be the victim
    for verb in _ACCUSED_VERB.finditer(body, end.end(), stop):
        clause = body[_sentence_start(body, verb.start()):verb.start()]
        if not _EARLIER_TIME.match(clause) and not _BACKGROUND_CASE.search(clause) and not _SOMEONE_ABOVE.match(clause) and any(
                re.search(rf"{_whole(name)}", clause) for name in counts):
            return None
    for start in starts:
        m = _NAMED_SUBJECT.match(body, start)
        if m and m.group("surname") in counts:
            after_name = _sentence_end(body, m.end())
            if _DIED.match(body, m.end()):
                continue  # the one who died, named before the accused ("Bo Park, 62, died. Ann Lee, 40, surrendered")
            return None if _HURT.search(body, m.end(), after_name.start() if after_name else len(body)) else m.group("surname")
    # "... was resentenced on Monday. Judge Ann Birk ordered Rod Lee, 61, to serve ...": the court's order names the one
    # the lede described as its object
    for start in starts[:1]:
        sentence_end = _sentence_end(body, start)
        ordered = _COURT_ORDERS_NAMED.search(body, start, sentence_end.start() if sentence_end else len(body))
        if ordered and ordered.group("surname") in counts:
            return ordered.group("surname")
    return None


# A subject described as another person in the operation, the one the lede's accused worked under or beside, named in
# apposition: "The man who ran the line, Bo Park, 31, was jailed", "The boss of the gang, Bo Park,", "The older man,
# Bo Park,": their term is told beside the lede's, and restates nothing
_SOMEONE_ABOVE = lazy_compile(r"\s*(?:The|An?)\s+(?:(?:older|other|second|elder|senior)\s+[\w-]+"
                              r"|[\w-]+(?:\s+[\w-]+)?\s+(?:who|that)\s+(?:ran|runs|led|leads|controlled|controls|organi[sz]ed"
                              r"|recruited|directed|employed|supplied|ordered|groomed)\b[^,;.]{0,60}"
                              r"|(?:[\w-]+\s+)?(?:boss|head|leader|ringleader|organi[sz]er|mastermind|kingpin|supplier|controller)"
                              r"\s+(?:of|behind)\b[^,;.]{0,50}),\s+[A-Z]")
_COURT_ORDERS_NAMED = lazy_compile(r"\b(?:ordered|sentenced|resentenced)\s+(?:[A-Z][\w'\u2019-]+\s+){1,2}?"
                                   r"(?P<surname>[A-Z][\w'\u2019-]+)(?:,\s+\d+,)?\s+to\b")
# A person named in full, possessive or not ("Ann Lee, 59,", "Ann B. Lee's attorney")
_NAMED_IN_FULL = lazy_compile(r"\b[A-Z][a-z][\w'\u2019-]*\s+(?:[A-Z]\.\s+)?(?P<surname>[A-Z][a-z][\w'\u2019-]*?)(?=['\u2019]s\b|\b(?!['\u2019]))")


def _introduced_next(body: str, after: int, counts: Counter[str], owned: set[str]) -> Optional[str]:
    """The first known person other than `owned` named in full in the five sentences after `after`, in a sentence
    that tells no one was hurt (a lede that describes the accused by another person they work for or
    belong to: the story names the accused next, in whatever sentence)."""
    at = after
    for _ in range(5):
        end = _sentence_end(body, at)
        stop = end.start() if end else len(body)
        hurt = _HURT.search(body, at, stop)  # ("The victim, Bo Park, 33, was hospitalized": not the accused)
        for m in _NAMED_IN_FULL.finditer(body, at, stop):
            if m.group("surname") in counts and m.group("surname") not in owned and not hurt:
                return m.group("surname")
        if not end:
            return None
        at = end.end()
    return None


# Titles written with a period before a name ("Sen. Ann Park"): fixed width, for a lookbehind
_TITLE_ABBREVIATION = "(?:" + "|".join(rf"(?<=\b{t})" for t in ("Sen", "Rep", "Gov", "Sgt", "Det", "Mrs", "Mr", "Ms", "Dr", "Lt")) + ")"
# What follows the subject of the case's verbs: "Lee, 34, of Troy, was convicted" (an abbreviation's period is inside it)
_CASE_VERBS = (
    r"convicted|pleaded (?:not )?guilty|pleaded no contest|(?:re)?sentenced"
    # (British and Irish copy tells the plea as "admitted the manslaughter of", "admitted causing death by ...")
    r"|admitted\s+(?:the\s+|an?\s+|\w+\s+(?=counts?\b|charges?\b))?(?:manslaughter|murder|causing|counts?|charges?|offences?)\b"
    # (courts abroad report the sentence as "was jailed for six years", "was imprisoned for 18 months")
    # ("was on Friday jailed", "was yesterday jailed": Australian and British copy puts the day between)
    r"|found guilty|charged|arraigned|indicted|acquitted|(?:was|were)\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+|yesterday\s+|today\s+)?(?:jailed|imprisoned)|booked\s+(?:into|on|in)|surrendered|turned\s+(?:himself|herself|themselves)\s+in|entered\s+(?:a|the|his|her)\s+(?:guilty\s+)?plea|plead\s+guilty"
    # ("Liam Roe is given community order", "Roe was handed a suspended sentence", "Roe avoids jail": a headline's
    # or standfirst's way of telling who was sentenced)
    r"|(?:is|was|were|has\s+been|have\s+been)\s+(?:handed|given)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:sentence|order|jail|prison|term|probation|detention)"
    r"|(?:avoids|avoided|spared|escapes|escaped)\s+(?:jail|prison)"
    rf"|{_STANDS_ACCUSED}")
_THEN_ITS_VERB = lazy_compile(rf"(?!{_A_GROUP_NOUN})(?P<between>(?:[^.]|{_TITLE_ABBREVIATION}\.){{0,60}}?)\b(?:{_CASE_VERBS})\b")
# The same verbs right after a name in a standfirst or subhead, whose clauses run on without a period
_HEADING_VERB = lazy_compile(rf"(?:,\s+\d+,)?\s+(?:{_CASE_VERBS})\b")
# A sentence a pronoun opens with the case's verb ("He admitted stalking and was given a community order"); British and
# Irish copy tells a plea as "admitted <offence>", not "admitted that ..." or "admitted to police"
_PRONOUN_CASE_VERB = lazy_compile(rf"(?<![\w,])(?P<pronoun>He|She)\s+(?:(?:[^.]|{_TITLE_ABBREVIATION}\.){{0,60}}?\b(?:{_CASE_VERBS})"
                                  r"|(?:later\s+|also\s+)?admit(?:ted|s)\s+(?!(?:that|to|it|he|she|they|the|his|her|their|being|lying|having)\b))\b")
# The full name that opens a sentence, the subject the next sentence's pronoun goes back to ("Liam Roe, 32, hid ...")
_OPENING_NAME = lazy_compile(r"\s*(?P<given>[A-Z][a-z][\w'\u2019-]*)\s+(?:[A-Z]\.\s+)?(?P<surname>[A-Z][\w'\u2019-]+)\b(?!['\u2019])")


# A sentence that tells another person's case for comparison: "The case echoes that of Ann Lee, who was convicted",
# "In 2021, another guard, Bo Park, pleaded guilty in an unrelated case", "the second such case this year"
_BACKGROUND_CASE = lazy_compile(r"\b(?:unrelated|(?:a|an|in)\s+(?:separate|similar|earlier|previous)\s+case|echo(?:es|ed)|that\s+of"
                              r"|reminiscent|such\s+case|[Aa]nother\s+(?:[\w'\u2019-]+\s+){0,3}?[\w-]+,\s+[A-Z]"
                              # ("A second defendant, Bo Park, pleaded guilty", "His co-defendant, Bo Park,": someone else's plea)
                              r"|[Aa]\s+(?:second|third|fourth|fifth|fellow)\s+(?:[\w'\u2019-]+\s+){0,2}?[\w-]+,\s+[A-Z]|co-?defendants?,\s+[A-Z])")


def _times_the_subject(body: str, surname: str) -> int:
    """How often the surname is the subject of the case's verbs: being the one convicted or sentenced says
    "defendant" louder than being mentioned. Not a name inside a relative clause or appositive that closes first
    ("Lee, who said Park was armed, was sentenced", "Lee, an aide to Sen. Ann Park, was charged").
    (One static pattern tried after each mention: a pattern per surname cost ~2 ms to compile, per article.)"""
    times, resume = 0, 0
    for name in re.finditer(rf"{_whole(surname)}", body):
        verb = _THEN_ITS_VERB.match(body, name.end()) if name.start() >= resume else None
        if not verb:
            continue
        resume = verb.end()  # as one pattern's matches would, a verb counts once
        if _ACTIVE_ON_A_PERSON.match(body, verb.end()) and not _PASSIVE_BETWEEN.search(verb.group("between")) \
                and re.search(r"(?:sentenced|convicted|charged|indicted|acquitted)$", verb.group()):
            continue  # "Lord Ardmore sentenced Kyle Baird to life": the one who sentences, not the one sentenced
        start = _sentence_start(body, name.start())
        end = _sentence_end(body, verb.end())
        if _BACKGROUND_CASE.search(body, start, end.start() if end else len(body)):
            continue  # another person's earlier case, told for comparison
        if _OWNER_IN_SUBJECT.match(_before_the_name(body[start:name.start()], name.start() - start)):
            continue  # "The former manager of pop singer Tara Quill was sentenced": the subject is the manager
        if "," not in verb.group("between") or not (_IN_A_RELATIVE.search(body, start, name.start())
                                                    or _IN_AN_APPOSITIVE.search(body, start, name.start())):
            times += 1
    return times


# An active case verb's person object, and the passive that makes its subject the one acted on
_ACTIVE_ON_A_PERSON = lazy_compile(r"\s+(?:him|her|them|(?-i:[A-Z])[\w'\u2019-]+\s+(?-i:[A-Z])[\w'\u2019-]+)\b")
_PASSIVE_BETWEEN = lazy_compile(r"\b(?:was|were|been|be|is|are|being|get|gets|got)\b")


# A described subject that owns the name after it: "The former manager of pop singer ", "A longtime aide to state Sen. "
_OWNER_IN_SUBJECT = lazy_compile(r"\s*(?:The|An?)\s+[^,;.]*?\b(?:of|to|for|at|with)\s+(?:the\s+|an?\s+)?(?:[a-z][\w-]*\s+){0,3}"
                               r"(?:(?:Sen|Rep|Gov|Lt|Sgt|Dr|Judge|Mayor)\.?\s+)?$")


# A period that ends an abbreviation or an initial, not a sentence ("Sen. Ann Park", "U.S. District Judge", "John Q. Lee")
_ABBREVIATION = lazy_compile(r"(?:\b(?:" + "|".join(TITLE_ABBREVIATIONS + NAME_ABBREVIATIONS) + r"|No|Co|Corp"
                           r"|Inc|Ltd|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|Ave|Blvd|Rd)|\b[A-Z]|\.[A-Z])$")


def _sentence_start(body: str, at: int) -> int:
    """Where the sentence holding `at` starts: after the last ". " before it that ends no abbreviation."""
    stop = body.rfind(". ", 0, at)
    while stop > 0 and _ABBREVIATION.search(body, max(0, stop - 6), stop):
        stop = body.rfind(". ", 0, stop)
    return stop + 1 if stop >= 0 else 0


# A non-restrictive relative clause still open where the name stands (", who testified that")
_IN_A_RELATIVE = lazy_compile(r",\s+(?:who|whom|whose|which)\b[^,;]*$")
# A descriptive appositive still open where the name stands (", the founder of", ", a former aide to")
_IN_AN_APPOSITIVE = lazy_compile(r"[A-Za-z],\s+(?:the|an?|his|her|their|its)\s+[a-z][^,;]*$")
# The active verbs whose object is the accused, and the words that may stand between ("convicted former nurse Jo Lee")
_TAKES_THE_ACCUSED = lazy_compile(r"(?:convict(?:ed|ing)|sentenc(?:ed|ing)|charg(?:ed|ing)|indict(?:ed|ing)|acquitt(?:ed|ing))$")
_SPACE = lazy_compile(r"\s+")
_NOT_A_PREPOSITION = lazy_compile(r"(?!(?:of|with|to|for|in|on|at|by|after|before|and|that)\b)[\w.'\u2019-]+\s+")
_NAME_ENDS = lazy_compile(r"\b(?!['\u2019]s)")


# "Among those charged, ...", "Also charged, ...", "Of those indicted, ...": the clause introduces the one named after it
_AMONG_THOSE = lazy_compile(r"^\s*(?:(?:Among|Of)\s+(?:those|the\s+[\w-]+)|Also)\s+$")
_COMMA_SPACE = lazy_compile(r",?\s+")


def _object_of(body: str, verb: re.Match[str], counts: Counter[str], after_comma: bool = False,
               witnesses: frozenset[str] = frozenset()) -> list[tuple[int, str]]:
    """The known surname that is the object of an active charging or sentencing verb, if one follows it
    (or, `after_comma`, the name that follows the verb's phrase after a comma); of a pair ("charged Bo Park and
    Ann Lee"), the second where the first turned witness."""
    if not _TAKES_THE_ACCUSED.search(verb.group()):
        return []
    # The object starts after up to four words that are no preposition; of the known surnames, the nearest
    # (a static pattern walked word by word: a pattern per surname cost ~1 ms to compile, per article)
    at = (_COMMA_SPACE if after_comma else _SPACE).match(body, verb.end())
    for _ in range(5):
        if not at:
            return []
        named = [name for name in counts if body.startswith(name, at.end()) and _NAME_ENDS.match(body, at.end() + len(name))]
        if named:
            # (the whole surname written, never the front of a double one: "sentenced Ana Ruiz-Soto" is Ruiz-Soto's)
            name = min(named, key=lambda n: (-len(n), n))
            then = _AND_THEN_NAME.match(body, at.end() + len(name)) if name in witnesses else None
            if then and then.group("surname") in counts and then.group("surname") not in witnesses:
                return [(then.start("surname"), then.group("surname"))]
            return [(verb.end(), name)]
        at = _NOT_A_PREPOSITION.match(body, at.end())
    return []


# What stands between two people charged together: an age, "and", the second one's first name
# (the age and home told between the two: "Ann Lee, 34, and", Irish copy's "Ann Lee (34), from Finglas, and")
_BETWEEN_PAIR = r"(?:\s*\(\d{1,3}\))?,?(?:\s+\d{1,3},)?(?:\s+(?:from|of)\s+[^,.;()]{1,40},)?\s+and\s+"
_AND_THEN = lazy_compile(rf"^{_BETWEEN_PAIR}(?:[A-Z][\w.'\u2019-]*\s+){{0,2}}$")
_AND_THEN_NAME = lazy_compile(rf"{_BETWEEN_PAIR}(?:[A-Z][\w.'\u2019-]*\s+){{0,2}}?(?P<surname>[A-Z][\w'\u2019-]+)\b(?!\s+[A-Z])")


def _before_the_name(clause: str, at: int) -> str:
    """The clause before the whole proper name a surname ends ("breach of the Ohio Statehouse": "breach of the")."""
    return re.sub(r"(?:[A-Z][\w.'\u2019-]*\s+)+$", "", clause[:at])


_CASE_DONE = r"(?:sentenc|convict|charg|indict|arrest|arraign|prosecut)\w*"


def _ACCUSED_NAME(name: str) -> re.Pattern[str]:
    """The name as the subject or object of a case verb: "sentenced Ann Roe, 35, to", "Ann Roe, 35, was convicted",
    "Ann Roe pleaded guilty", "Ann Roe received eight years"."""
    n = re.escape(name)
    return re.compile(rf"\b(?:sentenced|convicted|charged|indicted|arrested|prosecuted)\s+{n}\b"
                      rf"|\b{n}(?:,\s+\d{{1,3}},)?\s+(?:(?:was|is|has\s+been|had\s+been|will\s+be)\s+)?"
                      rf"(?:{_CASE_DONE}|pleaded|pled|received|receives|got|gets|drew|faces|faced|admitted|was\s+given)\b")


def _defendant_name(source: Source, parties: list[Party], surname: Optional[str]) -> Optional[str]:
    """The defendant's full name: the first "First Surname" the article writes (a wife or son who shares
    the surname comes later), as the parties spell it where they have it."""
    if not surname:
        return None
    named: list[tuple[int, str]] = []
    for party in parties:
        if party.kind == "person" and surname_of(party.name) == surname and " " in party.name:
            at = min((c.start for c in party.citations), default=source.text.find(party.name))
            named.append((at if at >= 0 else len(source.text), party.name))
    body_start = min((p.start for p in source.body()), default=0)
    # "Francis Sullivan", "Francis J. Sullivan", 'Francis "Sully" Sullivan'
    # (a name never runs across lines: "1:52 PM EDT" above a live blog's "Roe's lawyers say" is no first name)
    for m in re.finditer(rf"\b([A-Z][a-z'\u2019][\w'\u2019-]*)[ \t]+(?:[A-Z]\.[ \t]+|[\"\u201c'\u2018][^\"\u201d]{{1,20}}?[\"\u201d'\u2019][ \t]+)?"
                         # (never the front of a double surname: "Ana Ruiz-Soto" writes no "Ana Ruiz")
                         rf"{re.escape(surname)}\b(?!-)", source.text[body_start:]):
        if m.group(1) not in TITLES and m.group(1) not in _SENTENCE_OPENERS:
            named.append((body_start + m.start(), f"{m.group(1)} {surname}"))
            if _ACCUSED_NAME(f"{m.group(1)} {surname}").search(source.text) or len(named) > 12:
                break
    if not named:
        full = named_in_full_above(source, surname)
        return full[0] if full else surname
    # ("Ivy Roe's death ... sentenced Caleb Roe": a child or victim who shares the surname may be named first; the
    # case's verbs, done to or by a name, say whose case it is)
    # (only a first name written solely as an owner, "Ivy Roe's life", gives way: "Ann Roe, a nurse who ..., was
    # sentenced" is the case's subject however far its verb)
    first = min(named)[1]
    if not _ACCUSED_NAME(first).search(source.text) \
            and not re.search(rf"\b{re.escape(first)}\b(?![\u2019']s?\b)", source.text[body_start:]):
        accused = [(at, name) for at, name in named if _ACCUSED_NAME(name).search(source.text)]
        first = min(accused or named)[1]
    # ("Ed Lee Jr." is a party; the text's "Ed Lee" is the same name without its suffix)
    return next((p.name for p in parties if p.name == first or first in p.aliases
                 or (p.kind == "person" and p.name.startswith(first + " ") and surname_of(p.name) == surname)), first)


# ----------------------------------------------------------------------------- a second defendant of the case
# Shared by charges and terms, so the two can never disagree about who else is on trial.

# Where a clause of its own starts inside a sentence
_SEMI_CLAUSE = lazy_compile(r"[;\u2014]|\s--\s")
# A full name as news writes it: "Ann Cole", "Ann B. Cole"
_FULL_NAME = lazy_compile(r"\b[A-Z][a-z][\w'\u2019-]*\s+(?:[A-Z]\.\s+)?(?P<surname>[A-Z][a-z][\w'\u2019-]*)\b(?!['\u2019])")
# Kin further out than a spouse, sibling, parent or child, or a relative who turned witness, has a case of their own
# ("his cousin, Sam Cole, pleaded guilty ... and testified against him")
_FAR_KIN = lazy_compile(r"\b(?:cousin|uncle|aunt|nephew|niece|grand\w+|[\w-]+-in-law|stepbrother|stepsister)s?\b")
# ("was convicted in 2019 of", "in a separate trial", "had earlier pleaded guilty": another proceeding, told as background)
_OWN_CASE = lazy_compile(r"\b(?:testif\w+|cooperat\w+|turned\s+state['\u2019]s\s+evidence|separate(?:ly)?|earlier|previously|(?:19|20)\d\d)\b")


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
_TOGETHER = lazy_compile(r"\btried\s+together\b|\bjointly\s+(?:charged|tried|indicted)\b|\bboth\s+defendants\b"
                       r"|\b(?:sentenc\w+|convict\w+|tried|charged|indicted|ordered)\s+(?:both|the\s+couple|the\s+pair)\b"
                       r"|\b(?:the\s+couple|the\s+pair|both)\s+(?:were|are|have\s+been|had\s+been|will\s+be)\s+(?:\w+\s+)?"
                       r"(?:charged|convicted|tried|indicted|sentenced|found|acquitted)\b", re.I)


def tried_together(text: str) -> bool:
    """Does the article say two people face one case together? A verdict names a second defendant in the trial told;
    a plea, a charge or a sentence alone may be a relative's own case."""
    return bool(_TOGETHER.search(text))


def sentenced_together(source: Source) -> bool:
    """Does the story report several defendants sentenced at once, in its opening paragraphs ("Three men have been
    sentenced to federal prison for ...") or as a roster's lead-in ("The following defendants were sentenced by Judge
    Ann Roe:")? Then each named defendant's imposed term is the case's, not a co-defendant's told as background."""
    body = source.body()
    if "sentenced" not in source.text:
        return False  # (most stories tell no roster: skip the scans)
    if any(_ROSTER_SENTENCED.search(source.text, p.start, p.end) for p in body):
        return True
    if source.title and _SEVERAL_IN_HEADLINE.match(source.title):
        return True
    return any(pattern.search(source.text, p.start, p.end) for p in body[:2]
               for pattern in (_SEVERAL_SENTENCED, _SENTENCED_SEVERAL, _PAIR_SENTENCED))


# "Three men have been sentenced", "Two former guards were each sentenced", "Four defendants are sentenced" (never "two
# other men": those are told beside the case's defendant)
_SEVERAL_SENTENCED = lazy_compile(r"(?:^|[.;]\s+|\u2014\s*|-\s+)(?:(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve)|\d{1,2})\s+"
                                r"(?:(?!other\b)[\w-]+\s+){0,3}?(?:men|women|people|defendants|teens|teenagers|brothers|sisters"
                                r"|officers|guards|members|executives|employees|friends)\s+(?:have\s+been|were|are|had\s+been)\s+"
                                r"(?:each\s+|all\s+)?(?:re-?)?sentenced\b", re.M)  # (re.M: "^" at a paragraph's own start)
_COUNT_WORD = r"(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|\d{1,2})"
_PEOPLE = (r"(?:men|women|people|defendants|teens|teenagers|brothers|sisters|officers|guards|members|executives|employees"
           r"|friends)")
# "A federal judge on Tuesday sentenced four people who ...": the same, told in the active voice
_SENTENCED_SEVERAL = lazy_compile(rf"\bsentenced\s+(?:all\s+)?(?i:{_COUNT_WORD})\s+(?:(?!other\b)[\w-]+\s+){{0,2}}?{_PEOPLE}\b")
# "SHANE M. ROE, 39, of Lowell, and KYLE J. LEE, 27, of Billerica, were sentenced": two named in one subject
_PAIR_SENTENCED = lazy_compile(r"(?:^|[.;]\s+)(?:[A-Z][\w.'\u2019-]*\s+){1,3}?[A-Z][\w'\u2019-]+(?:,[^.;]{1,60}?,)?\s+and\s+"
                             r"(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]+(?:,[^.;]{1,60}?,)?\s+(?:were|have\s+been)\s+"
                             r"(?:each\s+|both\s+)?sentenced\b", re.M)
# A headline that drops the verb's auxiliary: "Four sentenced in fentanyl ring", "Two brothers sentenced for ..."
_SEVERAL_IN_HEADLINE = lazy_compile(rf"{_COUNT_WORD}\s+(?:(?!other\b)[\w-]+\s+){{0,2}}?(?:{_PEOPLE}\s+)?(?:each\s+)?sentenced\b")
# A list's lead-in naming its people as those sentenced: "The following defendants were sentenced by ...:"
_ROSTER_SENTENCED = lazy_compile(r"\b(?:[Tt]he\s+following\s+(?:\w+\s+)?(?:defendants|individuals|people|men|women)\s+(?:have\s+been|were|are)\s+"
                               r"(?:each\s+)?sentenced\b[^.\n]*:\s*$)", re.M)

"""The person a delayed lede describes before naming them.

News often opens on a description and names the person a sentence later: "A former day care owner will avoid
prison under a plea deal ... . Renee Hall, 52, admitted ...". The description is the best role the article gives
that person, and often the only one.
"""
from __future__ import annotations

import re
from typing import Optional

from builder.extract._regex import lazy_compile
from builder.extract.text import split_sentences
from builder.model import Source

# What a lede does to the one it describes: as the subject ("A Tulsa nurse was sentenced", "The founder of X pleaded
# guilty") or the object ("A jury convicted a Springfield man of murder", "asking a judge to sentence the former
# director of a charity to ...").
_SUBJECT_VERB = (r"(?:(?:was|is|has\s+been|had\s+been|will\s+be|could\s+be|were|are|have\s+been)\s+(?:\w+\s+){0,2}?"
                 r"(?:sentenced|convicted|charged|indicted|arrested|accused|acquitted|jailed|ordered|found\s+guilty|spared|"
                 r"placed|given|handed|banned|barred|released)"
                 r"|pleaded|pled|pleads|admitted|admits|faces|faced|will\s+(?:avoid|serve|spend|face)|avoided|avoids|must|"
                 r"won['\u2019]t|agreed|denied|denies|stands?\s+accused|appeared|went\s+on\s+trial|will\s+stand\s+trial"
                 # "had her sentence cut", "made his first court appearance"
                 r"|(?:had|has|have|got|gets)\s+(?:his|her|their)\s+(?:\w+\s+)?(?:sentence|conviction|charges?|case)|made\s+(?:his|her|their)\s+first)\b")
# A clause's words: a sum's thousands comma ("$12,500") stays inside it
_CLAUSE_WORDS = r"(?:[^,;:\u201c\"]|,(?=\d))"
_DESCRIBED = lazy_compile(
    r"(?:^|[\u2014\u2013]\s*|\s-\s+|\)\s+)(?P<np>(?:An?|The)\s+(?P<words>(?:(?![Ww]ho\b|[Ww]hose\b)[\w.'\u2019&$£€,-]+\s+){1,9}?)"
    r"(?:,?\s*(?P<rel>(?:who|accused|charged|convicted|suspected)\s+" + _CLAUSE_WORDS + r"{3,160}?),?\s+)?)" + _SUBJECT_VERB)
_OBJECT = lazy_compile(
    r"\b(?:convicted|sentenced|sentence|acquitted|charged|indicted|arrested|jailed|ordered)\s+"
    r"(?P<np>(?:an?|the)\s+(?P<words>(?:[\w.'\u2019&-]+\s+){1,9}?))(?:of|to|in|on|with|for|after)\b")
# A description of a person ends in a person's noun (not "A federal jury", "The case", "A judge").
_PERSON_HEAD = lazy_compile(
    r"\b(?:man|woman|teen|teenager|boy|girl|mother|father|parent|owner|founder|co-founder|director|executive|officer|"
    r"deputy|trooper|guard|nurse|doctor|physician|pharmacist|teacher|principal|coach|pastor|priest|minister|treasurer|"
    r"clerk|accountant|adviser|advisor|broker|trader|manager|employee|worker|driver|operator|contractor|developer|"
    r"lawyer|attorney|judge|mayor|senator|lawmaker|legislator|commissioner|councilman|councilwoman|official|chief|"
    r"sheriff|soldier|sergeant|sailor|marine|veteran|student|resident|activist|influencer|rapper|singer|actor|actress|"
    r"star|athlete|player|executive|CEO|president|administrator|aide|caregiver|babysitter|therapist|dentist|surgeon|"
    r"bookkeeper|secretary|agent|cop|firefighter|paramedic|captain|pilot|landlord|businessman|businesswoman|"
    r"entrepreneur|promoter|fraudster|scammer|con\s+man|suspect|defendant|gunman|shooter|mom|dad|grandmother|"
    r"grandfather|husband|wife|son|daughter|volunteer|leader|member|head|chair|chairman|chairwoman|supervisor|"
    r"inspector|investigator|analyst|engineer|technician|salesman|dealer|jeweler|chemist|professor|researcher|"
    r"scientist|coordinator|organizer|banker|planner|preparer|counselor|psychologist|psychiatrist|midwife|"
    r"his|her)s?\b(?!['\u2019])", re.IGNORECASE)
_MAX_WORDS = 16
# Words that end a description without belonging to it ("a 31-year-old man accused of ...", "... appointments and")
_LOOSE_TAIL = lazy_compile(r"(?:\s+(?:accused|convicted|charged|and|but|then|who|was|is|has|have|had|been|on|last|this|\w+day))+$", re.IGNORECASE)


def lede_description(source: Source) -> Optional[tuple[int, int]]:
    """Where the story's first sentence describes an unnamed person it is about ("former Brooklyn Park day care
    owner", "man who shot and killed a store clerk during a robbery"), or None when it describes no one person."""
    body = source.body()
    if not body:
        return None
    text = source.text
    first = next(iter(split_sentences(text, body[0].start, body[0].end)), None)
    if first is None:
        return None
    start, end = first
    sentence = text[start:end]
    for pattern in (_DESCRIBED, _OBJECT):
        m = pattern.search(sentence)
        if m is None or not _PERSON_HEAD.search(m.group("words")):
            continue
        np_start = start + m.start("np")
        np_start += len(re.match(r"(?:An?|The|an?|the)\s+", text[np_start:]).group())
        np_end = start + m.end("np")
        if m.groupdict().get("rel") and len(text[np_start:np_end].split()) > _MAX_WORDS:
            np_end = start + m.start("rel")  # a long relative clause is the story, not the role
        np_end = np_start + len(_LOOSE_TAIL.sub("", text[np_start:np_end].rstrip(" ,")))
        description = text[np_start:np_end]
        if len(description.split()) < 2 or re.search(r"\s(?:and|or)\s", m.group("words")):
            return None  # "A man was ...": no role worth printing; "A pastor and his wife": two people
        return np_start, np_end
    return None


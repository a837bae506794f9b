"""The words and patterns by which news writing attributes a quote, read by attribution.py and _speakers.py.

Reporters attribute with a small, stable set of forms: a verb of speech before or after the quote (`X said`,
`said X, ROLE`, `according to X`), a noun of speech owned by its speaker ("his comments"), a document that speaks
("the statement read"), and the ways a speaker is named without a name: a role ("her attorney"), a group
("prosecutors"), an institution ("the union"), a family ("the victim's family"), an epithet ("the 29-year-old
actress") or a description ("a man who answered the door"). These are general conventions of English-language
reporting, never the words of one case.
"""
from __future__ import annotations

import re

from builder.extract._lexicon import (
    AFFILIATIONS, DOCUMENT_NOUNS, FUNCTION_WORDS, KIN_NOUNS, NAME_ABBREVIATIONS, PEOPLE_NOUNS, ROLE_NOUNS, SPEECH_NOUNS,
    SPEECH_VERBS, TITLE_ABBREVIATIONS, UNNAMED_PERSON_NOUNS,
)
from builder.extract._regex import lazy_compile

# Verbs of speech that carry a mood, common in tabloid and feature writing: ""…," she fumed."
MOOD_VERBS = frozenset("fumed fumes raged rages snapped snaps scoffed scoffs sneered sneers seethed thundered growled "
                       "muttered mutters gushed gushes sighed sighs wept begged boasted boasts bragged brags mused muses "
                       "marveled marvelled hissed roared pleaded sniffed thanked "
                       # speech acts that govern a partial quote ("he apologized to "the families who trusted me"")
                       "apologized apologised apologizes apologises pledged pledges implored implores lamented laments "
                       "blasted "
                       # a promise that something is so ("assured a vendor the system was "…"")
                       "assured assures reassured reassures "
                       # the manner of a short answer in court ("Yes, judge," Roe mumbled.)
                       "mumbled mumbles murmured murmurs stammered stammers stuttered blurted blurts whimpered wailed "
                       "gasped croaked rasped "
                       # a reply that takes the other side ("Roe countered: "…"", "Amesbury disagreed: "…"")
                       "countered counters retorted retorts disagreed disagrees rebutted interjected".split()) \
    | frozenset(  # the present of raised voices, as video is narrated ("He kicks the door, yells "…"")
        "shouts yells screams hollers hollered whispers barked barks "
        # and the bare form after a verb of hearing ("she heard him scream, "…"")
        "scream yell shout "
        # and words sent rather than spoken ("Roe texted a friend, "…"")
        "texted texts messaged emailed "
        # and verbs of naming, by which someone labels a thing in their own words ("what they termed "…"",
        # "what prosecutors call "…"", "a scheme he characterized as "…"")
        "termed labeled labelled characterized characterised call "
        # and the verbs a court's opinion is quoted by ("…," the panel concluded.)
        "concluded concludes reasoned reasons".split())
# "She went on: "…"": a phrasal verb that carries speech on, like "continued" (or "pointed out", "shot back")
# ("she put it this way: "…"", "as he summed it up": the idiom is speech whatever the verb means alone)
_SPEECH_IDIOMS = {"went on", "goes on", "pointed out", "points out", "shot back", "fired back", "put it", "puts it", "summed it up", "sums it up", "summed up", "framed it", "frames it"}
# A verb that sums up another's words in the speaker's own label, only with "as" right before the mark: "prosecutors
# dismissed that claim as "…"", "Roe's lawyer described the case as "…"" (never "the judge dismissed the case")
_CHARACTERIZED_AS = (r"(?:dismissed|dismisses|derided|derides|denounced|denounces|branded|brands|described|describes|"
                     r"ridiculed|ridicules|mocked|mocks|portrayed|portrays|rejected|rejects)"
                     r"(?=(?:\s+[\w\u2019'-]+){1,6}\s+as\s*$)")
VERBS = "|".join(sorted(SPEECH_VERBS | MOOD_VERBS | _SPEECH_IDIOMS, key=lambda w: (-len(w), w))).replace(" ", r"\s+") \
    + "|" + _CHARACTERIZED_AS
# An adverb before a verb ("later said"), but not a noun that ends the same way ("the family said").
ADVERB = r"(?!(?:family|ally|rally|assembly|supply|belly|bully)\b)[a-z]{2,}ly"
_GAP = r"^[\s,\u2014\u2013-]*"
# Abbreviations before or inside a name, military ranks among them ("said Maj. Ann Roe", "Cpl. Ray Otero said")
ABBREVIATED_IN_NAMES = TITLE_ABBREVIATIONS + NAME_ABBREVIATIONS
# A title's short form as a later epithet names it: "Det Sgt Ann Roe gave evidence. "…," the detective said."
# (British and Irish papers drop the period: "Det Gda", "Supt", "Insp")
_SHORT_TITLE_WORDS = {"det": "detective", "sgt": "sergeant", "insp": "inspector", "supt": "superintendent",
                      "gda": "garda", "const": "constable", "lt": "lieutenant", "capt": "captain", "cpl": "corporal",
                      "ofc": "officer", "tpr": "trooper", "dep": "deputy", "atty": "attorney", "prof": "professor"}


def role_words(role: str) -> list[str]:
    """A role's words, lowercased, short titles spelled out ("Det Sergeant" -> ["detective", "sergeant"])."""
    words = role.lower().replace("\u2019", "'").split()
    return [_SHORT_TITLE_WORDS.get(w.rstrip("."), w) for w in words]


# Abbreviations whose period ends no sentence: "said Mr. Blum", "Sgt. Ray Otero said".
_ABBREV = r"(?<![A-Za-z])(?:" + "|".join(ABBREVIATED_IN_NAMES) + r"|U\.S|[A-Z])\."
VERB_SUBJ = lazy_compile(
    _GAP + rf"(?:{VERBS})\s+(?P<np>(?:{_ABBREV}|[^;:!?\u201c\u201d\"]){{1,200}}?)"
    r"(?=\s*(?:[;:!?\u201c\u201d\"]|\.(?:\s|$)|$)"
    r"|,\s+(?:who|whose|whom|which|according|adding|saying|as|after|before|when|while|in|on|a|an|the|one|his|her|their|its)\b"
    r"|\s+(?:on|in(?!\s+[Cc]harge\b)|at|during|after|before|as|while|when|from|to|via|about|according|outside|inside"
    r"|following)\b)"
)
SUBJ_VERB = lazy_compile(
    _GAP + rf"(?P<np>(?:{_ABBREV}|[^.;:!?\u201c\u201d\"]){{1,160}}?)\s+(?:(?:{ADVERB}|also|then|later|once|again)\s+)?(?:{VERBS})\b"
)
# Participles that report speech after a main clause: "…, arguing that X showed "…"", "…, citing "…"".
_PARTICIPLES = ("arguing|citing|insisting|contending|noting|claiming|alleging|warning|calling|describing|labeling|labelling"
                "|shouting|yelling|screaming|chanting"  # "video of Roe shouting "…""
                # directive speech acts: "a recording captured Roe ordering the crew to "…"", "texting a coworker to "…""
                "|ordering|instructing|directing|demanding|imploring|texting|messaging"
                "|answering|replying|responding"  # "looked at his lawyer before answering, "…""
                "|praised|hailed|denounced|condemned|criticized|criticised|decried")  # "X praised it as "…""
# (the -ing forms, as words: a participle of speech governs the quote after it)
SPEECH_PARTICIPLES = frozenset(w for w in _PARTICIPLES.split("|") if w.endswith("ing")) | frozenset(
    "saying telling adding writing stating asking answering replying responding testifying declaring explaining "
    "promising pleading begging urging vowing pledging apologizing apologising thanking".split())
CUE = lazy_compile(rf"\b(?:(?P<verb>{VERBS}|{_PARTICIPLES})|(?P<noun>" + "|".join(sorted(SPEECH_NOUNS)) + r")|[Aa]ccording to)\b")
PRONOUN = lazy_compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Hh]is|[Hh]er|[Tt]heir)\b")
# (a British court's part-time judge, "Recorder Ann Bell KC", is "the recorder" afterwards, as a magistrate is "the magistrate")
ROLE_NP = lazy_compile(
    r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[a-z-]+\s+)?(?P<noun>"
    + "|".join(sorted(ROLE_NOUNS | {"recorder", "magistrate", "fiscal"}, key=lambda w: (-len(w), w))) + r")\b")
DOC_NP = lazy_compile(r"\b(?:[Tt]he|[Tt]his|that|a|an|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[a-z-]+\s+)?(?P<noun>"
                     + "|".join(sorted(DOCUMENT_NOUNS)) + r")\b")
DOC_BEFORE = lazy_compile(r"\b(?:" + "|".join(sorted(DOCUMENT_NOUNS)) + r")s?\s+$")
PARTICIPLE_AFTER = lazy_compile(r"\s+(?:in|to|at|by|out|aloud|on|into|before)\b")
# A relative clause with its own subject before the verb: "a girl who prosecutors say", "a fund that police said".
OBJECT_RELATIVE = lazy_compile(r"\b(?:who|whom|that|which)\s+(?:the\s+)?(?:[a-z-]+\s+)?(?![a-z]+ed$)[a-z-]+$")
# A reduced relative clause naming a message's author: "a text message Roe allegedly sent", "the email Roe wrote".
SENT_BY = lazy_compile(r"\s+(?:that\s+)?(?P<name>[A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*)*)\s+(?:[a-z]+ly\s+)?"
                      r"(?:sent|wrote|posted|texted|emailed|tweeted)\b")
# A body named by an owned phrase: "The church's board of trustees", "its board of directors".
OWNED_BODY = lazy_compile(r"^\s*(?:[Tt]he\s+)?(?:(?P<owner>[\w-]+)[\u2019']s\s+|[Ii]ts\s+|[Tt]heir\s+)?"
                         r"(?P<np>(?:board|committee|council|panel)\s+of\s+[a-z]+(?:\s+[a-z]+)?)\s*$")
# An office named by its holder's title in lower case: "the district attorney's office said"
# ("the U.S. attorney's office said": the country's abbreviation is no name of a place's office)
TITLED_OFFICE = lazy_compile(r"(?:[Tt]he\s+)?(?P<np>(?:(?:[a-z.-]+|U\.S\.)\s+){0,3}[a-z]+[\u2019']s\s+office)")
POSSESSIVE_END = lazy_compile(r"[\u2019']s$")
# An office named by its capitalised owner: "the Ohio Attorney General's office said" (the office speaks, so the
# speaker keeps its head noun rather than ending on the possessive)
NAMED_OFFICE = lazy_compile(r"(?:[Tt]he\s+)?(?P<np>(?:[A-Z][\w.&-]*\s+(?:of\s+)?){0,4}[A-Z][\w.&-]*[\u2019']s\s+"
                          r"(?:[a-z-]+\s+)?(?:office|department|administration|bureau|agency))")
DOC_WORD = lazy_compile(r"\b(?P<noun>" + "|".join(sorted(DOCUMENT_NOUNS)) + r")\b")
# (a title's stop is no sentence end: "according to Lt. Ann Roe")
_NOT_AFTER_TITLE = "".join(rf"(?<!\b{t})" for t in ABBREVIATED_IN_NAMES)
ACCORDING = lazy_compile(_GAP + r"according to\s+(?P<np>(?:" + _ABBREV + r"|[^;:!?.\u201c\u201d\"]){1,100}?)"
                       r"(?=\s*(?:[,;:!?\u201c\u201d\"]|" + _NOT_AFTER_TITLE + r"\.(?:\s|$)|$))")
# (never a preposition after the role: "Roe's wife of 34 years" is her wife)
POSSESSIVE_ROLE = lazy_compile(r"(?:[\u2019']s|s[\u2019'])\s+(?:[a-z-]+\s+(?!(?:of|on|from|in|at|for|with|since|to)\b))?(?P<noun>[a-z-]+)\b")
# Speakers named only by what they are: "prosecutors said", "police said", "a spokesman said".
BARE_GROUP = lazy_compile(r"^(?:the\s+|a\s+|an\s+)?(?:[a-z-]+\s+)?(?:police|officials|authorities|investigators|"
                         + "|".join(sorted(ROLE_NOUNS, key=lambda w: (-len(w), w))) + r")$", re.IGNORECASE)
# ("U.S. prosecutors", "Manhattan federal prosecutors", "Cook County prosecutors": the country or place they serve,
# never a clause's opening word, "When police arrived")
GROUP_SUBJECT = lazy_compile(r"\s*(?:[Tt]he\s+)?(?:(?:U\.S\.|(?!(?:When|While|After|Before|As|If|Once|Until|Since|Because|Although|Though|Where"
                            r"|Then|But|And|So|Now|Even|Only|Some|Many|Most|Few|Both|All|Other|Two|Three|Several|Other|No|Yet)\b)"
                            r"[A-Z][a-z]+(?:\s+County)?)\s+(?=(?:[a-z-]+\s+)?(?:[Pp]rosecutors|[Pp]olice|[Ii]nvestigators|[Oo]fficials"
                            r"|[Aa]uthorities)\b))?(?:(?:[a-z-]+|Federal|State|County|City)\s+)?(?P<group>[Pp]rosecutors|[Pp]olice|[Ii]nvestigators|[Oo]fficials"
                            r"|[Aa]uthorities|[Dd]efense (?:lawyers|attorneys)|[Rr]elatives|[Jj]urors)\s+(?!and\b|or\b)[a-z]")
# The same group with an aside set off in commas before its verb: "Prosecutors, in a reply filed Monday, said",
# "Defense lawyers, citing his age, asked" (the aside holds no clause of its own)
GROUP_SUBJECT_ASIDE = lazy_compile(r"\s*(?:[Tt]he\s+)?(?:(?:[a-z-]+|Federal|State|County|City)\s+)?(?P<group>[Pp]rosecutors|[Ii]nvestigators"
                                  r"|[Dd]efense (?:lawyers|attorneys))\s*,\s+(?!who\b|which\b|and\b|or\b)[^,;:.!?\u201c\u201d\"]{3,60},"
                                  r"\s+(?:[a-z]+ly\s+)?(?:said|wrote|argued|asked|told|contended|countered|responded|replied|urged)\b")
# A named person's relatives opening a sentence, who a later "they" is: "Roe’s parents, both teachers, wrote to
# the judge." (as the article calls them, with its own apostrophe)
OWNED_RELATIVES_SUBJECT = lazy_compile(r"\s*(?P<group>[A-Z][\w-]+(?:[\u2019']s|(?<=s)[\u2019'])\s+(?:[a-z-]+\s+)?(?:parents|grandparents|children"
                                      r"|sons|daughters|sisters|brothers|siblings|relatives))\b(?!\s+(?:and|or)\b)")
# A client's legal team opening a sentence, its members perhaps named after it: "Roe's lawyers, Ann Lee and Bo Park,
# argued …" (a later "they" is the team, not its first member)
OWNED_TEAM_SUBJECT = lazy_compile(r"\s*(?P<group>[A-Z][\w-]+(?:[\u2019']s|(?<=s)[\u2019'])\s+(?:(?:defen[cs]e|trial)\s+)?(?:lawyers|attorneys))\b")
# A plural group named by a capitalised qualifier opening a sentence: "Senate leaders from both parties …",
# also after an opening phrase ("By Thursday, Senate Republican leaders had called …").
NAMED_GROUP_SUBJECT = lazy_compile(r"(?:[A-Z][^,;:.\u201c\u201d\"]{0,40},\s+)?(?:[Tt]he\s+)?(?P<group>(?:(?!The\s)[A-Z][\w.-]*\s+){1,3}(?:"
                                  + "|".join(sorted(PEOPLE_NOUNS | {"leaders", "senators", "representatives", "councillors"},
                                                    key=lambda w: (-len(w), w))) + r"))\b(?!\s+(?:and|or)\b)")
# Plural people in lower case opening a sentence, maybe after an opening phrase, as a later "they": "On Monday,
# several state lawmakers demanded …", "The couple who live next door said little."
PLURAL_SUBJECT = lazy_compile(r"(?:[A-Z][^,;:.\u201c\u201d\"]{0,40},\s+)?(?:(?:[Tt]he|[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther|[Tt]wo|[Tt]hree"
                            r"|[Ff]our|[Dd]ozens\s+of|[Hh]undreds\s+of)\s+)?(?P<group>(?:[a-z-]+\s+){0,2}?(?:"
                            + "|".join(sorted(PEOPLE_NOUNS | {"leaders", "senators", "couple", "pair"}, key=lambda w: (-len(w), w)))
                            + r"))(?=\s+(?:who\b|[a-z]+\b))(?!\s+(?:and|or|of)\b)")
# "His defense team sought …, citing "…"": a group owned by a pronoun opening the sentence.
OWNED_GROUP = lazy_compile(r"\s*(?P<owner>[Hh]is|[Hh]er|[Tt]heir)\s+(?P<group>(?:[a-z-]+\s+)?(?:team|lawyers|attorneys))"
                          r"\s+(?!and\b|or\b)[a-z]")
# An unnamed person who speaks inside a clause: "after a shop clerk – "…," she told police – called".
UNNAMED_BEFORE = lazy_compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z-]+\s+){0,2}[a-z]{3,}"
                             r"(?:\s+(?:in|at|from|of|on)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?\s*[\u2014\u2013,-]*\s*X*$")
# An attribution set off inside a sentence, or closing it: "That delay, he contends, matters." / "…, Roe said."
ASIDE = lazy_compile(rf",\s+(?P<np>[Hh]e|[Ss]he|[Tt]hey|(?:[A-Z][\w.\u2019'-]*\s+){{0,3}}[A-Z][\w\u2019'-]+)\s+"
                    rf"(?:{ADVERB}\s+)?(?:{VERBS})(?:\s+(?:me|us|reporters))?\s*(?:,|\.?$)")  # ("…, she told me.")
# The sentence after a lone quote names who said it: "So says X", "That is how X put it", "X said so on Monday."
NEXT_ATTRIBUTION = lazy_compile(
    rf"\s*(?:(?:So|Thus)\s+(?:says|said|writes|wrote|argues|argued)\s+(?P<np>[^,;.]+)"
    r"|(?:That|This|It)\s+(?:is|was|’s|'s)\s+(?:how|what)\s+(?P<np2>[^;.]{1,120}?)\s+"
    rf"(?:(?:put|puts|summed|sums|described|describes)\s+it|(?:{VERBS})\b))"
    # ("Those were the words of Ann Roe, whose son …": the words named by whose they were)
    r"|\s*(?:Those|These|Such)\s+(?:were|are)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:words|comments|remarks)\s+of\s+(?P<np3>[^,;.]{1,80})")
# A person the lede describes before naming: "A former clerk at the store told jurors …".
INDEFINITE = lazy_compile(r"^(?:[Aa]n?|[Oo]ne)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z-]{3,})"
                         r"(?:\s+(?:at|of|from|for|with|in|on)\s+[^,;]*)?$")
ORG_SPOKES = lazy_compile(r"\s*(?:[Aa]n?|[Tt]he)\s+(?P<who>(?:[A-Z][\w.&-]*\s+)+spokes(?:person|man|woman))[\s,]*")
# ("a sheriff's office spokeswoman", "a fire department spokesman": the body's kind, two words, may say whose voice)
SPOKES = lazy_compile(r"^(?:a|an|the)\s+(?:[a-z-]+(?:[\u2019']s)?\s+){0,2}spokes(?:person|man|woman)$", re.IGNORECASE)
# An unnamed voice of a body, then the body: "a spokeswoman for the state's prison agency", "a representative
# of the label" (where the body sits is no part of it: "… for the embassy in Washington").
SPOKES_FOR = lazy_compile(r"(?:[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+)?(?:spokes(?:person|man|woman)|representative|press\s+officer)\s+"
                        r"(?:for|of|at|with)\s+(?P<org>(?:the|its|their|[A-Z][\w.&-]*[\u2019']s)\s+[^,;]{1,60}?)"
                        r"(?:\s+(?:in|based\s+in)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)?"
                        r"(?:\s+\([A-Z][\w.&-]{1,9}\))?$")  # ("… for the Kelby Police Service (KPS)": its short form after it)
# (never across a line break or a masked quotation: "XXXX.\n\nHHS-OIG" is no name)
CAP_RUN = lazy_compile(r"(?:\b[Tt]he[ \t]+)?(?!X{3})(?:[A-Z][\w.&'\u2019-]*)(?:[ \t]+(?:of[ \t]+)?(?!X{3})[A-Z][\w.&'\u2019-]*)*"
                     r"(?:(?<=No\.)[ \t]+\d+\b)?")  # "Lodge No. 9": the number is part of the name
GROUP_NOUNS = ("lawyers|attorneys|family|relatives|supporters|defense team|legal team|representatives|spokesman|spokeswoman"
                "|office|campaign|team")
# Institutions that speak as one: "the union wrote", "the court noted", "the company said".
_INSTITUTION_NOUNS = ("union company firm department agency office committee board council association bank church school "
                      "district hospital system university campaign organization organisation coalition group court jury "
                      "authority charity trust business employer operator club regulator lodge division watchdog society "
                      "commission government prosecution panel tribunal bureau ministry embassy consulate lottery foundation "
                      "airline carrier railroad museum league institute federation page account majority justices judges "
                      # care and service providers named by their last word: "the center said", "the facility said"
                      "center centre facility clinic academy shelter "
                      # Greek-letter and member bodies: "the national fraternity said", "the local chapter said"
                      "fraternity sorority chapter "
                      # investment firms named by what they run: "the fund said in a statement", "the partnership said"
                      "fund partnership "
                      # public services named by their kind: "the probation service said", "the prison service said"
                      "service "
                      # news outlets and chains that report or answer: "the station said", "the paper reported"
                      "station newspaper paper outlet newsroom publication broadcaster chain retailer "
                      # a chain of schools, clinics or stations: "the network said in a statement"
                      "network "
                      # a church's see and a school by its kind: "the diocese said", "the college said in a statement"
                      "diocese archdiocese college").split()
# A body opening its sentence, the subject of a later participle or coordinated verb: "The government asked for
# 40 months, arguing …", "The company has not been charged and said …", "The Hawks' board issued a statement, saying".
BODY_SUBJECT = lazy_compile(r"\s*(?:[Tt]he\s+)?(?:(?P<owner>(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*(?:[\u2019']s|s[\u2019']))\s+)?"
                          r"(?:[a-z-]+\s+)?(?P<noun>" + "|".join(_INSTITUTION_NOUNS) + r")(?![\w-])(?!\s+(?:and|or)\b)")
# (a body's noun ends its word: "Roe's court-appointed attorney" is no court)
# "in its sentencing memorandum, which said": a document that speaks for its owner.
OWNED_DOC_RELATIVE = lazy_compile(r"\b(?:(?P<owner>[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)|an?|the)\s+(?:[a-z-]+\s+){0,2}(?:"
                                + "|".join(sorted(DOCUMENT_NOUNS)) + r"|memorandum|filing|brief|motion)s?\s*,?\s*(?:which|that)\s*$")
# Modifiers that name a different kind of body, not just describe it: "the grand jury", "the parole board".
BODY_KIND_MODIFIERS = "grand|parole|probation|prison|school|city|county|state|federal|disciplinary|licensing|medical"
# ("the mosque's management committee said": a thing's own body, named by what it belongs to)
INSTITUTION = lazy_compile(r"^\s*(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<owner>[a-z-]+[\u2019']s\s+)?(?:(?P<kind>" + BODY_KIND_MODIFIERS + r")\s+|[a-z-]+\s+)?(?P<noun>" + "|".join(_INSTITUTION_NOUNS) + r")\s*$")
# A plural group right before the verb: "… after prosecutors praised her help as "…"".
GROUP_BEFORE_VERB = lazy_compile(r"(?<![\w\u2019'-])(?P<group>[Pp]rosecutors|[Pp]olice|[Ii]nvestigators|[Oo]fficials|[Aa]uthorities"
                                r"|[Jj]urors|[Dd]etectives)\s*$")
# A court's finding quoted in reported speech: "a judge found the attack was "…"", "the jury concluded".
FINDING = lazy_compile(r"\b(?:found|finds|ruled|rules|concluded|concludes)\b")
# A court's holding quoted with the verb of its judgment after the quote: ""…," the court found." / "the panel held",
# "the jury found" (the verb is speech only for a court or jury: ""…," police found" is no attribution).
COURT_HELD = lazy_compile(_GAP + r"(?P<np>(?:[Tt]he|[Aa]n?)\s+(?:[\w\u2019'.-]+\s+){0,4}?(?:court|panel|majority|justices|judges"
                        r"|judge|jury|jurors|magistrate|tribunal))\s+(?:found|finds|held|holds|ruled|rules|determined)\b")
FINDER_NP = lazy_compile(r"\b(?:[Aa]|[Tt]he)\s+(?P<mods>(?:[\w\u2019'-]+\s+){0,3}?)(?P<noun>judge|justice|magistrate|jury|jurors|court|majority|justices)\s+$")
# A court described by its rank ("the state's highest criminal court") is the appeal court the article names.
HIGH_COURT = lazy_compile(r"\b(?:highest|high|appeals?|appellate|supreme|top)\b")
# ("the Court of Appeals of Maryland": a court's name may carry two "of" phrases)
NAMED_COURT = lazy_compile(r"(?:\b\d+(?:st|nd|rd|th)[ \t]+)?(?:(?!X{3})[A-Z][\w.\u2019'-]*[ \t]+)*Court(?:[ \t]+of(?:[ \t]+the)?(?:[ \t]+[A-Z][\w\u2019'-]*)+){0,2}")
# Last words of bodies that are not whatever "the company" or "the church" refers to.
PUBLIC_BODIES = frozenset("Police Department Court Office Council Agency Authority University School Hospital Church "
                           "Union Service Commission Ministry Prosecutors".split())
# Generic words for whatever body the article just named ("the regulator" may be an Authority or a Commission).
ANY_BODY = frozenset("regulator watchdog agency".split())
# A named body that said something: "Derwen Care Group said", "Ashworth Beale, which was sold in 2021, said".
ORG_SAID = lazy_compile(
    r"(?<![\w\u2019'-])(?P<org>(?!X{3})[A-Z][\w&\u2019'.-]*(?:[ \t]+(?:(?:of|for|on|and|&|the|de)[ \t]+)*(?!X{3})[A-Z][\w&\u2019'.-]*)*"
    # (a body's local office, named by its lower-case kind: "The FBI's Tampa field office, which …, said")
    r"(?:[ \t]+(?:field|regional|district|local|national|state|area|resident|branch)[ \t]+(?:office|division|chapter))?)"
    # (the relative clause may hold a short quoted title: "Elm Media, which produces "Hot Pans," said")
    r"(?:,\s+(?:which|where|whose|a|an|the)\b(?:[^.;:\u201c\u201d\"]|[\u201c\"][^.\u201c\u201d\"]{1,60}[\u201d\"]){1,150}?)?,?\s+(?:also\s+|later\s+)?"
    r"(?:said|says|stated|added|announced|confirmed|told|wrote)\b")
# A family speaking as one, owned by a pronoun or a role: "his family", "the victim's family", "the family"
# (also closing a longer phrase: "a sentence the victim's family called "…"").
FAMILY_NP = lazy_compile(r"(?<![\w\u2019'-])(?:(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir)|(?:[Tt]he\s+)?(?:[a-z-]+\s+)?(?P<role>[a-z-]+)[\u2019']s|[Tt]he)"
                        r"\s+(?:[a-z-]+\s+|(?:[A-Z][\w-]*\s+){1,3})?(?:famil(?:y|ies)|relatives|wh[a\u0101]nau)$")  # ("the Kent County family")
# Words that give a coordinated verb its own subject: "and his lawyer told", "and she said".
OWN_SUBJECT = frozenset("a an the his her their its my our this that these those he she they we i it".split()) | ROLE_NOUNS
JUDGE_ROLES = {"judge", "justice", "magistrate", "judges", "recorder"}
# Titles by which British and Commonwealth courts name their judges.
JUDICIAL_TITLES = {"Lord", "Lady", "Justice", "Mr Justice", "Mrs Justice", "Ms Justice", "Judge", "HHJ", "Sheriff", "Recorder",
                    "Magistrate", "District Judge"}
NP_OK = FUNCTION_WORDS | ROLE_NOUNS | {"former", "retired", "defense", "legal", "fellow", "then", "now", "one"}
# (a lede's description given as a role says it too: "Brenton man", "Tulsa businesswoman")
MALE = frozenset("he him his mr husband father son brother boyfriend actor spokesman chairman assemblyman "
                  "congressman councilman uncle nephew grandfather widower king prince sir lord man boy businessman".split())
FEMALE = frozenset("she her hers mrs ms miss wife mother daughter sister girlfriend actress spokeswoman chairwoman "
                    "assemblywoman congresswoman councilwoman aunt niece grandmother widow queen princess lady dame woman girl "
                    "businesswoman".split())
LAWYER = {"lawyer", "lawyers", "attorney", "attorneys", "counsel"}
# "the Democrat said", "the Ohio Republican said": a person referred to by their party.
AFFILIATION_NP = lazy_compile(r"^(?:[Tt]he\s+)?(?:[A-Z][\w.-]*\s+)?(?:" + "|".join(sorted(AFFILIATIONS)) + r")$")
POLITICAL = lazy_compile(r"\b(?:Governor|Gov\.|Senator|Sen\.|Representative|Rep\.|Congress\w*|Mayor|Leader|Speaker|"
                        r"Assembly\w*|Council\w*|[Ll]awmaker|[Ss]enator|[Gg]overnor|[Mm]ayor)")
PARTY_MARK = lazy_compile(r"^\s*(?:,\s*|\()[RDI](?:-[A-Z][\w.]*)?\)?")
# "The NAACP's Ohio chapter said": a branch speaks for its organisation.
BRANCH = lazy_compile(r"^(?:[Tt]he\s+)?(?P<org>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)[\u2019']s\s+(?:[A-Z][\w.-]*\s+){0,3}"
                     r"(?:chapter|branch|affiliate|local)$")
# "The raven-haired pop star had claimed": a descriptive epithet for someone the article named.
EPITHET = lazy_compile(r"^[Tt]he\s+(?P<mods>(?:[\w-]+\s+){1,4})(?P<noun>" + "|".join(sorted(ROLE_NOUNS, key=lambda w: (-len(w), w)))
                      + r")$")


# Someone the article describes but never names: "A man who answered the door", "One juror, a retired teacher,",
# "One of the victims", "The daughter of one former resident", "The father of the boy". Their words keep that description as the speaker
# and never fall back to a person named elsewhere (often the defendant). Modifiers are never prepositions, so
# "A letter from his employer" is a document, not "a … employer".
# Workers and customers a story describes without naming them ("One teller, a mother of two, told the court …").
_UNNAMED_WORKERS = frozenset("teller tellers bartender waiter waitress server receptionist supervisor dispatcher janitor "
                             "nanny babysitter investor client homeowner".split()) \
    | frozenset("supporter mourner spectator onlooker attendee referee umpire lifeguard".split()) \
    | frozenset("retiree pensioner shopkeeper baker vendor hawker cleaner labourer laborer commuter homemaker "
                "housewife stallholder fisherman farmer".split()) \
    | frozenset("cook chef dishwasher busboy porter nanny corporal private marine sailor airman seaman "
                "recruit cadet".split()) \
    | frozenset("player athlete gymnast swimmer skater wrestler pupil".split())  # (kitchen trades and ranks: "wrote one former line cook", "one former corporal wrote"; a team's or a club's members: "Another former player, who asked not to be named, said")
# (and any professional by the suffix of their trade: "a pediatrician", "a toxicologist", "a podiatrist")
_PROFESSION_SUFFIX = r"[a-z]{2,}(?:ician|ologist|iatrist)"
_UNNAMED_HEAD = "|".join(sorted((ROLE_NOUNS | KIN_NOUNS | UNNAMED_PERSON_NOUNS | _UNNAMED_WORKERS)
                                - {"spokesman", "spokeswoman", "spokesperson"},
                                key=lambda w: (-len(w), w))) + "|" + _PROFESSION_SUFFIX
# A person the article describes with "the" and never names: "the referee", "the 62-year-old clerk"
THE_DESCRIBED = lazy_compile(r"[Tt]he\s+(?:[\w-]+\s+){0,2}?(?:" + _UNNAMED_HEAD + r")")
_MODIFIER = r"(?:(?!(?:of|for|from|with|at|in|on|by|to|who|that|which|and|or)\b)[\w\u2019'-]+\s+)"
# (the words describing whose relative: never the verb after them, "the mother of a victim read a statement")
_OWNER_MODIFIER = rf"(?:(?!(?:of|for|from|with|at|in|on|by|to|who|that|which|and|or|{VERBS})\b)[\w\u2019'-]+\s+)"
# (a word between that is a verb makes a clause: "a mother told officers", "a witness said jurors")
_NOT_A_QUALIFIER = VERBS + r"|[a-z]+ed|[a-z]+s"
# A head noun that only qualifies the role after it, with maybe one more noun between: "a child abuse
# pediatrician", "a crime scene investigator" (never across a verb: "a mother told officers")
_QUALIFIES_HEAD = (rf"(?!\s+(?:(?!(?:is|was|has|had|did|does|will|would|could|and|or|{_NOT_A_QUALIFIER})\b)[a-z-]+\s+)?"
                   rf"(?:{_UNNAMED_HEAD})(?![\w\u2019'-]))")
UNNAMED_NP = lazy_compile(
    rf"(?P<det>[Aa]n?|[Oo]ne|[Aa]nother)\s+{_MODIFIER}{{0,3}}?(?P<noun>{_UNNAMED_HEAD})(?![\w\u2019'-]){_QUALIFIES_HEAD}"
    # ("one of the victims' mothers": a plural owner is a modifier, the noun after it the head)
    rf"|(?:[Oo]ne|[Aa]nother)\s+of\s+(?:the|his|her|their)\s+{_MODIFIER}{{0,2}}?(?:[a-z-]+s|(?:wo)?men|children|people)\b(?![\u2019'])"
    rf"|[Tt]he\s+{_MODIFIER}{{0,2}}?(?:{_UNNAMED_HEAD})\s+of\s+(?:(?:one|another)\s+of\s+)?(?:an?|one|another|the|his|her|their)\s+{_OWNER_MODIFIER}{{0,2}}"
    # (nor a place or time word after the owner: "the mother of one player outside the courthouse")
    rf"(?!(?:of|for|from|with|at|in|on|by|to|who|that|which|and|or|outside|inside|near|after|before|during|today"
    rf"|yesterday|earlier|later|last|this|{VERBS})\b)[a-z-]+\b"
    # ("a group of 14 victims", "a group of former investors": people gathered by what they share, never named)
    rf"|[Aa]\s+group\s+of\s+(?:\d{{1,4}}\s+|(?:several|about|some|more\s+than)\s+(?:\d{{1,4}}\s+)?)?{_MODIFIER}{{0,2}}?"
    rf"(?:[a-z-]{{3,}}s|(?:wo)?men|people|children)\b(?![\u2019'])")
# What may stand between an unnamed description and the name that says who it is: "One victim, Ann Roe,",
# "An attorney for Roe, Sam Lee,", "A lawyer for Roe" (never a clause: "A rep for the network that … said Roe").
DESCRIBES = lazy_compile(r"(?:\s+(?:for|of|with|representing|to)\s+(?:(?!\b(?:that|who|which|whose)\b)[^,;.:!?])*?)?\s*,?\s*"
                        r"(?:the\s+)?")
# Words that say a person is deliberately left unnamed, and the described person they follow:
# "A retired crane operator who … declined to give his name", "the pedestrian, who … cannot be named".
ANONYMOUS = lazy_compile(
    r"\b(?:asked|requested)\s+(?:not\s+to\s+be\s+(?:named|identified)|that\s+(?:his|her|their)\s+(?:full\s+)?name\s+not|anonymity"
    r"|(?:that\s+)?(?:we|reporters|[Tt]he\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)\s+not\s+"
    r"(?:to\s+)?(?:use|publish|print|give|reveal|disclose)\s+(?:his|her|their)\s+(?:full\s+|last\s+)?name)"
    r"|\b(?:cannot|could\s+not|can[\u2019']t|may\s+not)\s+be\s+(?:named|identified)|\bcondition\s+of\s+anonymity"
    r"|\bdeclined\s+to\s+(?:give|provide|share)\s+(?:(?:his|her|their)\s+)?(?:full\s+|last\s+)?name"
    # (after "whose", so the description before it, up to "whose", is what the marker follows)
    r"|\bdeclined\s+to\s+be\s+(?:named|identified)|(?<=\bwhose\s)name\s+(?:was|is)\s+(?:withheld|not\s+(?:released|published))"
    # Canada's and Britain's bans: "whose name is protected by a publication ban", "whose identity is protected by law"
    r"|(?<=\bwhose\s)(?:name|identity)\s+(?:is|was|are|were)\s+(?:protected|shielded|covered)\s+by\b")
ANONYMOUS_NP = lazy_compile(rf"(?<![\w-])(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Hh]er|[Hh]is|[Tt]heir)\s+{_MODIFIER}{{0,3}}[a-z-]{{3,}}"
                           rf"(?=\s*,?\s+(?:who|whose)\b)")
OWNED_KIN = lazy_compile(r"(?:[\u2019']s|s[\u2019'])\s+(?:[a-z-]+\s+)??(?P<noun>" + "|".join(sorted(KIN_NOUNS, key=lambda w: (-len(w), w))) + r")\b")
UNNAMED_MALE = frozenset("man men boy boys father son brother husband boyfriend uncle nephew grandfather widower".split())
UNNAMED_FEMALE = frozenset("woman women girl girls mother daughter sister wife girlfriend aunt niece grandmother widow".split())
# A transcript's speaker labels: "Q: …" / "A: "…"", "Question: …", "A — "…""
QA_QUESTION = lazy_compile(r"\s*(?:Q|Question)\s*(?::|[\u2014\u2013]|--)\s*")
QA_ANSWER = lazy_compile(r"\s*(?:A|Answer)\s*(?::|[\u2014\u2013]|--)\s*")
# Words by which an article introduces the interview its transcript comes from
INTERVIEW_INTRO = lazy_compile(r"\b(?:interview\w*|questions|asked|spoke|speaks|talked|talks|transcript|conversation|answered|sat\s+down)\b")
# A colon after someone's reply or message hands over their words: "His reply: "…"", "Her answer was simple: "…"",
# "Roe's last text to him read: "…"" (a sign or a banner that "read:" is nobody's words)
_ANSWER_NOUNS = ("reply|response|answer|retort|rejoinder|message|advice|verdict|warning|plea|words|reaction|assessment|"
                 "explanation|excuse|instructions?|promise|request|prediction|prognosis|take|comment|explanation|"
                 "text|texts|post|note|email|e-mail|letter|tweet|voicemail")
COLON_OWNER = lazy_compile(r"\s*(?:(?:And|But|So|Then)\s+)?(?P<owner>[Hh]is|[Hh]er|[Tt]heir|(?:[A-Z][\w.\u2019'-]*\s+){0,3}[A-Z][\w-]*[\u2019']s?)"
                         rf"\s+(?:(?:first|last|final|only|short|simple|one-word|two-word|blunt|terse|full)\s+)?(?:{_ANSWER_NOUNS})\b"
                         r"[^.!?:;\u201c\u201d\"]{0,60}:\s*$")
# "The message read: "…"" after a sentence saying who sent it ("Roe texted her sister that night.")
SENT_MESSAGE = lazy_compile(r"\s*(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:[a-z-]+\s+){0,2}(?:message|text|post|note|email|e-mail|letter|tweet|voicemail)"
                          r"\s+(?:[a-z]+\s+){0,3}?(?:read|reads|said|says)\s*:\s*$")
SENDER = lazy_compile(r"\s*(?:(?:[A-Z][\w-]*|Then|Later|That\s+night|Hours\s+later)[^,;]{0,40},\s+)?(?P<np>[Hh]e|[Ss]he|[Tt]hey|(?:[A-Z][\w.\u2019'-]*\s+){0,3}[A-Z][\w\u2019'-]+)"
                    r"\s+(?:[a-z]+ly\s+)?(?:also\s+)?(?:sent|texted|emailed|posted|wrote|left|tweeted|published|shared|messaged)\b")

# A message quoted through a participle or relative clause that names no speaker of its own: "Police say Roe sent her a
# text reading, "…"", "Roe left a voicemail saying "…"", "she got a note from him that said: "…"". The quote is the
# sender's words, whatever verb of speech ("police say") frames the sentence.
MESSAGE_READING = lazy_compile(r"\b(?P<noun>messages?|texts?|posts?|notes?|e-?mails?|letters?|tweets?|voicemails?|cards?)"
                             r"(?:\s+(?P<from>from|by)\s+(?P<sender>[Hh]im|[Hh]er|[Tt]hem|(?:[A-Z][\w.\u2019'-]*\s+){0,3}[A-Z][\w\u2019'-]+"
                             r"(?:(?<=[\u2019']s)\s+[a-z]+)?))?"
                             r"(?:\s+(?:online|later|again|anonymously))?(?:\s+(?:on|to|in|via)\s+[^,;:.!?\u201c\u201d\"]{1,40}?)?"
                             r"(?:,?\s+(?:reading|saying|stating|(?:that|which)\s+(?:read|said|stated))"
                             # (the message retold, its own words quoted: "a message that said she would "…"")
                             r"(?:(?:\s+that)?(?:\s+[\w\u2019'-]+){1,8}?)?\s*[,:]?"
                             # (or its writer in a reduced relative, then a colon: "a text Roe sent to a friend: "…"")
                             r"|\s+(?:that\s+)?(?P<writer>[Hh]e|[Ss]he|[Tt]hey|(?:[A-Z][\w.\u2019'-]*\s+){0,3}[A-Z][\w\u2019'-]+)"
                             r"\s+(?:[a-z]+ly\s+)?(?:had\s+)?(?:sent|wrote|posted|texted|emailed|left)\b[^,;:.!?\u201c\u201d\"]{0,40}:)\s*$")
# A statement read out for its author, named after "on behalf of" in the reading sentence: "Ann Roe read a statement
# on behalf of the family: "…"", "On behalf of the Lee family, Ann Roe read a statement: "…"" (the reader only reads)
READ_ON_BEHALF_OF = lazy_compile(r"\b[Oo]n\s+behalf\s+of\s+(?P<np>[^,;:.!?\u201c\u201d\"]{2,60}?)\s*(?:[,:]|$)")
# A paper read out with its writer named right before the quote: "The prosecutor read a letter from the victim's
# father: "…"", "read aloud a statement written by Ann Roe, "…"" (the writer's words, never the reader's)
READ_PAPER_FROM = lazy_compile(r"\bread(?:s|ing)?\s+(?:aloud\s+|out\s+)?(?:from\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
                             r"(?:letter|statement|note|message|email|e-mail|text)\s+(?:written\s+by|from|by)\s+"
                             r"(?P<np>[^,;:.!?\u201c\u201d\"]{2,60}?)\s*[,:]?\s*$")
# A paper read out by someone other than its writer, its writer named as its owner: "The prosecutor read her letter
# aloud.", "Her lawyer read Ann Roe's statement to the court:" (the owner wrote it; the reader only reads)
READ_OWNED_PAPER = lazy_compile(r"\bread(?:s|ing)?\s+(?:aloud\s+|out\s+)?(?P<owner>[Hh]is|[Hh]er|[Tt]heir"
                              r"|(?<![\w\u2019'-])(?:[A-Z][\w.\u2019'-]*\s+){0,3}[A-Z][\w-]*[\u2019'](?:s\b)?)(?!\s+own\b)\s+(?:[a-z-]+\s+){0,2}?"
                              r"(?:letter|statement|note|message|email|e-mail|victim\s+impact\s+statement)\b"
                              r"(?:\s+(?:aloud|out|out\s+loud|in\s+court|to\s+the\s+(?:court|judge|courtroom)|at\s+the\s+hearing|"
                              r"at\s+sentencing|on\s+(?:her|his|their)\s+behalf))*\s*[.:,]?\s*$")
# Words a recording lets one hear: "CCTV in which Roe could be heard shouting: "…"", "Roe is heard telling officers"
# (the one heard speaks, not the jury shown the footage nor the sentence's verb of speech; only in the passive: in
# "neighbours said they heard shouting: "…"" the hearers are not the ones shouting)
HEARD_SAYING = lazy_compile(r"(?P<np>\b[Hh]e|\b[Ss]he|\b[Tt]hey|(?<![\w\u2019'-])(?:[A-Z][\w.\u2019'-]*\s+){0,3}[A-Z][\w\u2019'-]+"
                          r"(?:(?<=[\u2019']s)\s+[a-z]+)?|\b[Tt]he\s+(?:[a-z-]+\s+)?[a-z-]+)"
                          r"\s+(?:(?:can|could|may|might|will|would)\s+be|is|was|were|are|being)\s+(?:clearly\s+|later\s+|then\s+)?heard\s+"
                          r"(?:saying|shouting|yelling|screaming|telling\s+[^,;:.!?\u201c\u201d\"]{1,40}?|asking\s+[^,;:.!?\u201c\u201d\"]{1,40}?)"
                          r"\s*[,:]?\s*$")
# Who sent the message named just before it: "Roe sent the woman a text", "she allegedly left a voicemail"
MESSAGE_SENDER = lazy_compile(r"(?P<np>\b[Hh]e|\b[Ss]he|\b[Tt]hey|\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z-]+\s+)?[a-z-]+|(?<![\w\u2019'-])(?:[A-Z][\w.\u2019'-]*\s+){0,3}[A-Z][\w\u2019'-]+)"
                            r"\s+(?:[a-z]+ly\s+|also\s+|then\s+|later\s+|had\s+|has\s+){0,3}"
                            r"(?:sent|texted|emailed|posted|wrote|left|tweeted|mailed|shared|messaged|scrawled)\b")

# A fronted participial or adverbial phrase before the main clause ("Standing a few feet from Roe,", "Turning to face
# Roe,", "After Roe apologized,", "With Roe staring at the table,"): a name inside it is whom the scene is about,
# never the subject of the verb that follows (a dash or quote ends the phrase); nor is a name in a question put to the
# subject ("Asked whether Roe was armed, the detective …": Roe is what the question is about)
FRONTED_PHRASE = lazy_compile(r"\s*(?:[A-Z][a-z]{2,}ing|After|Before|As|While|When|Once|Until|With|Moments|Minutes|Seconds|Just|"
                            r"Seated|Surrounded|Flanked|Asked|Pressed|Questioned)\b[^,;:.\u201c\u201d\u2014\u2013]{1,120},\s+(?=[A-Z]|the\s|his\s|her\s|their\s|he\s|she\s|they\s)")

"""People and organisations named in one source, with their roles (SPEC §4).

Rules, not a model: a capitalised run of words is a person's name when news
writing marks it as one — a title or rank before it ("Justice Danny Chun"), a
role or relation before it ("actress Lori Loughlin", "her brother Moore
Huffman"), an appositive after it ("Paul Shechtman, Liang's attorney"), a verb
of speech after it, or its surname coming back alone later (journalists refer
to people by surname after the first mention; places and titles don't get that
treatment). Names inside quotation marks, in photo credits and in headings
are not used to find parties.

Surname-only mentions and near-miss spellings ("Schectman" beside
"Shechtman") join the full name as aliases, so reconcile can report them.
"""
from __future__ import annotations


import re
from dataclasses import dataclass, field, replace
from typing import Optional

from rapidfuzz import fuzz

from builder.extract._lexicon import (
    FEMALE_GIVEN_NAMES, FUNCTION_WORDS, HONORIFICS, KIN_NOUNS, MALE_GIVEN_NAMES, LOCATIVE_PREPOSITIONS, MONTHS_AND_DAYS, NAME_RUN, ORG_WORDS, AFFILIATIONS,
    OUTLET_WORDS, PEOPLE_NOUNS, PLACE_PREFIXES, PLACE_SUFFIXES, ROLE_NOUNS, SHARED_KIN, SPEECH_VERBS, STOPWORDS,
    TITLE_ABBREVIATIONS, TITLE_WORDS, US_STATES, surname_of,
)
from builder.extract._marks import quoted_segments
from builder.extract._regex import lazy_compile
from builder.extract.text import abbreviates, judge_name_run_on, split_sentences
from builder.model import Paragraph, Party, Source

# Verbs of a criminal case: whoever they are done to or by is a party even when named only once.
_CASE_VERB = lazy_compile(r"\b(?:acquit|convict|sentenc|charg|indict|arrest|arraign|prosecut|kill|murder|shot|shoot|stabb|"
                        r"assault|rob|plead|pleaded|pled|accus|jail|imprison|exonerat|parol|extradit|kidnap|abduct|strangl|beat|fatally)\w*"
                        # the harm done ("admitted beating Ann Roe", "raped Ann Roe", "burned down Ann Roe's house")
                        r"|\b(?:rape[sd]?|raping|burned\s+down|set\s+fire)\b"
                        # "Ivo Brandl received five years": a term given is the case too
                        r"|\b(?:received|got|drew|gets|receives)\s+(?:\w+\s+){0,2}(?:years?|months?)\b")
_MANNER_OF_DEATH = frozenset("homicide homicides suicide accident overdose".split())
_ORG_TAIL_BEFORE = lazy_compile(r"\b(?:" + "|".join(sorted(ORG_WORDS | {"Office", "Offices"}, key=lambda w: (-len(w), w)))
                             + r")\s+(?:for|on|against|of)\s+(?:the\s+)?$")
_DOTTED_TITLES = {
    "Gov.": "Governor", "Sen.": "Senator", "Rep.": "Representative", "Lt.": "Lieutenant", "Sgt.": "Sergeant",
    "Capt.": "Captain", "Det.": "Detective", "Gen.": "General", "Col.": "Colonel", "Maj.": "Major",
    "Insp.": "Inspector", "Spc.": "Specialist", "Cpl.": "Corporal", "Pvt.": "Private", "Adm.": "Admiral",
    "Prof.": "Professor", "Rev.": "Reverend", "Supt.": "Superintendent", "Atty.": "Attorney",
    "Const.": "Constable", "Cst.": "Constable",  # Canadian forces: "Const. Ann Roe", "RCMP Cst. Bo Lee"
    "Pfc.": "Private First Class", "Tech.": "Technical",  # U.S. forces: "Pfc. Ann Roe", "Tech. Sgt. Bo Lee"
    "Cmdr.": "Commander", "Cdr.": "Commander", "Brig.": "Brigadier", "Ens.": "Ensign", "Ald.": "Alderman",  # "Ald. Ray Otero" (Chicago)
}
# British style drops the period: "Lt Ann Roe" reads as "Lieutenant" too.
# (Not "Det", which British forces combine with other ranks: "Det Con", "Det Insp".)
_TITLE_ABBREVIATIONS = {**_DOTTED_TITLES,
                        **{k[:-1]: _DOTTED_TITLES[k] for k in ("Lt.", "Sgt.", "Capt.", "Cpl.", "Col.", "Maj.")}}
_SUFFIXES = frozenset("Jr. Sr. Jr Sr II III IV KC QC SC MP BL".split())  # ("Ann Roe BL": an Irish barrister)
# Ranks and offices of British, Irish and Commonwealth reports that the shared title list lacks: "Garda Niamh Roe",
# "Detective Garda Bo Lee", "DC Ann Roe", "DS Bo Lee", "DSupt Ann Roe", "DPP Bo Lee", "Procurator Fiscal Ann Roe",
# "Senior Constable Bo Lee" (Senior only qualifies the rank after it, see _TITLE_MODIFIERS), "Const. Ann Roe",
# "Sheriff Principal Bo Lee" (a Scottish judge)
# Enlisted ranks of the U.S. forces that the shared title list lacks: "Senior Airman Ty Roe", "Seaman Bo Lee",
# "Pfc. Ann Roe", "Tech. Sgt. Bo Lee" (the rank words, never part of the name the crash report gives)
_MILITARY_RANKS = frozenset("Airman Airmen Seaman Pfc. Pfc Tech.".split())
_TITLES = TITLE_WORDS | frozenset("Garda DC DS DI DCS DSU DSupt PCSO DPP Procurator Fiscal Senior Const. Cst. Supt. Principal".split()) \
    | frozenset("Coun Cllr Coun. Cllr.".split()) \
    | frozenset("Assessor Assessors Surveyor Registrar Controller Prothonotary Pro Tem Tempore".split()) \
    | _MILITARY_RANKS  # (elected county offices AP style capitalises before a name: "Lake County Assessor Bo Lee")
# Title words that only qualify a title ("U.S. Army", "District"): alone they don't make a name a person's.
_TITLE_MODIFIERS = frozenset("""
Former Retired U.S. US State Federal Police Army Navy Marine Marines Air Force Supreme Court District
County City Circuit Appeals Public Special Staff Defense First Class Master Petty Vice Assistant Deputy
Executive Prime Senior
""".split())
# Forms of address, which say how a person is greeted, not what they do.
_COURTESY_TITLES = frozenset("Mr. Mrs. Ms. Miss Dr. Rev. Reverend Father Sister Brother Mr Mrs Ms Dr Msgr. Monsignor Mother Honour Honor".split())  # ("His Honour Judge Ann Roe": how she is addressed)
# Job titles written before a name like a rank ("Principal Dorcas Holbeach", "Headmaster Ian Cole"), which no other list holds
_JOB_TITLES_BEFORE = frozenset("principal headmaster headmistress headteacher chaplain vicar bishop cantor".split())
# Plain nouns for a person's part in the story that a sentence capitalises only by opening with them: "Collector
# Bo Vance-Reed, who bought two of the works, said", "Neighbor Tom Lee said", "Buyer Ann Roe": the label is a role,
# never the first of the name's words (only before a full name, so "Dealer Smith" keeps its one word)
_SENTENCE_OPENING_LABELS = frozenset("""
collector buyer seller dealer bidder investor donor customer client shopper homeowner tenant resident neighbor neighbour
juror witness survivor passenger motorist voter volunteer parent patient employee retiree bystander eyewitness
""".split())
# Of those, words that are also surnames and never a title alone: "Petty Officer", "Staff Sgt.", "Master Chief".
_RANK_QUALIFIERS = frozenset("Petty Staff Master".split())
# Nouns that make an appositive a role: "Liang's attorney", "executive director of ...", "a fellow actor".
# Commonwealth courts' words for the one tried beside the defendant, roles as "co-defendant" is: "His co-accused,
# Bo Lee, 29, was given a community order", "Co-offender Ann Roe was placed on a corrections order"
# A case's people told by their part in the crime or the trial introduce a name as a role does: "A third survivor,
# Ann Roe, spoke", "The gunman, Bo Lee, fired", "Bo Lee, a juror,"
_CASE_PERSON_NOUNS = frozenset("survivor gunman shooter attacker assailant juror passenger hostage bystander eyewitness "
                               "inmate prisoner passerby motorist pedestrian classmate roommate".split())
# Officers a court appoints over a failed firm or an estate introduce a name as a role does: "A court-appointed
# trustee, Ann Roe, has recovered $4 million", "the receiver, Bo Lee, said"
_COURT_OFFICER_NOUNS = frozenset("trustee receiver liquidator administrator executor conservator examiner".split())
# ("procurator fiscal depute Ann Roe", "the fiscal, Bo Lee,": Scotland's prosecutor and her deputy)
_PARTY_ROLE_NOUNS = ROLE_NOUNS | _CASE_PERSON_NOUNS | _COURT_OFFICER_NOUNS | frozenset({"co-accused", "co-offender", "fiscal", "depute"})
_APPOSITIVE_NOUNS = _PARTY_ROLE_NOUNS | {t.lower().rstrip(".") for t in TITLE_WORDS - _TITLE_MODIFIERS}
# An appositive ending in one of these describes an organisation: "Common Cause, a good-government group".
_ORG_ROLE_NOUNS = frozenset("group organization organisation nonprofit charity company firm agency coalition union "
                            "association foundation network party newspaper hospital clinic school church bank "
                            "university college department restaurant chain startup manufacturer insurer lender "
                            "dealership nursing home bar tavern pub nightclub hotel motel casino store shop pharmacy "
                            "gym daycare facility club team league kennel rescue shelter sanctuary fund exchange".split())
_AMPERSAND = lazy_compile(r"[ \t]+&[ \t]+(?=[A-Z])")
_NICKNAME = lazy_compile(
    r"\b([A-Z][a-z]+)\s+[\"\u201c\u2018']([A-Z][\w.-]*)[\"\u201d\u2019']\s+([A-Z][\w\u2019'-]*[a-z])\b"
    # (a generation after the surname stays with the name: 'Ed "Eddie" Lee Jr.' is Ed Lee Jr.)
    r"(?:,?[ \t]+(Jr\.|Sr\.|II\b|III\b|IV\b))?")
_TOKEN = lazy_compile(r"\S+")
# Relatives who usually share a family's surname (a wife or husband may not).
# "Roe's wife, Brianna": with no other surname written for her, she is Brianna Roe as the article ties her to him.
_SPOUSES = frozenset("wife husband widow widower".split())
_BLOOD_KIN = frozenset("son daughter brother sister father mother grandson granddaughter grandfather grandmother child".split())
# Kin further out, no more a judge's or a prosecutor's in a case than a son is ("sentenced Ann Roe to 12 years and
# her cousin Bo Lee to six": the cousin is the defendant's, not the judge's)
_FARTHER_KIN = frozenset("cousin nephew niece uncle aunt grandchild stepson stepdaughter half-brother half-sister".split())
_COUNSEL = frozenset("lawyer lawyers attorney attorneys counsel solicitor barrister".split())
_BENCH = frozenset("judge justice magistrate recorder prosecutor prosecutors".split())
_OFFICIAL_WORDS = frozenset("judge justice magistrate recorder prosecutor prosecutors attorney lawyer counsel solicitor "
                            "barrister defender detective sheriff officer trooper deputy sergeant investigator".split())
_KIN_ROLE = lazy_compile(r"\b([A-Z][\w-]+)(?:[\u2019']s|(?<=s)[\u2019'])\s+(?:[\w-]+\s+)?(?P<kin>[a-z]+)$")  # "Roe's 4-year-old son", "Jennings' son"
_ROLE_ALT = "|".join(sorted(_PARTY_ROLE_NOUNS | KIN_NOUNS, key=lambda w: (-len(w), w)))
# "her husband, actor", "Huffman's lawyer,", "one of his lawyers," right before a name.
# ("former" opens a role and is never inside one: "to sentence former senator Lee" is not a "sentence former senator")
# (a few fields of work end in -ing like a verb: "marketing chief", "nursing director", "lending officer")
# (a compound adjective ending in a participle is no verb: "court-appointed trustee", "state-licensed guard")
# Past tenses that end in no "-ed", which a clause may put straight before a role and a name
_IRREGULAR_PASTS = frozenset("struck hit ran shot beat threw drove rode took gave met sold brought bought caught fought found "
                             "held kept lost made paid put saw sent stole bit slew knew hid knocked mowed ploughed plowed "
                             "swerved".split())
_MODIFIER = (r"(?:(?:marketing|accounting|engineering|nursing|banking|lending|operating|training|housing|planning|billing"
             r"|purchasing|recruiting|fundraising|publishing|manufacturing|licensing|consulting|compounding)\b"
             r"|[a-z]+-[a-z]+ed\b"
             # ("reality TV star", "FBI agent": an acronym qualifies the role as a word would)
             r"|[A-Z]{2,4}\b(?=\s+[a-z])"
             # (nor a past tense that ends in no "-ed": "his van struck nurse Ann Roe" is no "van struck nurse")
             r"|(?!(?:" + "|".join(sorted(FUNCTION_WORDS | SPEECH_VERBS | _IRREGULAR_PASTS | {"former", "retired"})) + r")\b)[a-z][\w-]*(?<!ed)(?<!ing))")
# Words that say where a role stands in time or in doubt: "former", "the alleged organizer" (not "convicted", which
# is as often the verb: "a jury convicted actor Ann Lee")
_STANDING = r"(?:(?:[Ff]ormer|[Rr]etired|late|fellow|alleged|suspected|self-described|so-called)\s+|then-)"
_ROLE_BEFORE = lazy_compile(
    r"(?<![\w\u2019'-])((?:(?:one|some|two|three|another|each) of\s+)?"
    # ("Jennings' daughter": a name ending in s takes the apostrophe alone)
    # ("the victim's mother, Ann Roe,", "the boy's father": a person told by a common noun owns the role, which says
    # whose relative or lawyer this is; a body's is left out, "the firm's chief operating officer")
    r"(?:(?:[Tt]he\s+(?:victim|boy|girl|child|children|teen|teenager|woman|man|couple|family|baby|toddler|infant|student"
    r"|deceased|defendant)(?:[\u2019']s|s[\u2019'])|[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z][\w\u2019'-]*[\u2019']s|[A-Z][\w-]*s[\u2019'])\s+)?"
    # ("Crown counsel Ann Roe", "Crown prosecutor Ann Roe": the Commonwealth's prosecution, part of the role; and
    # "Defence lawyer Ann Roe", "Fiscal depute Ann Roe" opening a sentence)
    rf"(?:{_STANDING})?(?:\d{{1,3}}-(?:year|month|week)-old\s+)?(?:Crown\s+|Defen[cs]e\s+|[Pp]rocurator\s+|Fiscal\s+(?=depute\b))?(?:{_MODIFIER}\s+){{0,2}}"
    rf"(?:{_ROLE_ALT}))\s*,?\s*$"
)
# "Ohio's director of elections, Ann Roe," / "the head of the agency, Ann Roe,": a role with its "of" phrase before a name
# ("A spokeswoman for the county board, Ann Lee,", "a lawyer for the Justice Department, Bo Roe,": an indefinite role
# for a body, whose name may be in capitals; its "A" is no part of the role)
_ROLE_OF_BEFORE = lazy_compile(
    rf"(?:(?<![\w\u2019'-])[Aa]n?\s+(?=[a-z])|(?<![\w\u2019'-])(?=[Tt]he\s|[A-Z][\w\u2019'-]*[\u2019']s\s))((?:(?:[Tt]he|[A-Z][\w\u2019'-]*[\u2019']s)\s+)?(?:{_STANDING})?(?:{_MODIFIER}\s+){{0,2}}(?:{_ROLE_ALT})"
    r"\s+(?:of|for)\s+(?:the\s+)?(?:[a-z][\w-]*(?:\s+[a-z][\w-]*)?|(?:[A-Z][\w&'-]*\s+){0,3}[A-Z][\w&'-]*\.?))\s*,\s*$")
# "The Director of Public Prosecutions, Ken Roe,", "the Solicitor General, Ann Lee,": an office in capitals before a name
# (or opening the sentence: "Counsel for the Crown, Ann Lee, said")
_OFFICE_BEFORE_NAME = lazy_compile(r"(?:(?<![\w\u2019'-])(?:[Tt]he|[A-Z][\w-]*[\u2019']s)\s+|^\s*|[.!?]\s+)([A-Z][\w.]*(?:\s+(?:of|for|the|and|[A-Z][\w.\u2019'-]*))*?)\s*,\s*$")
# The same office as a run of its own, with the name it introduces after the comma
_NAME_AFTER_OFFICE = lazy_compile(r",\s+[A-Z][\w\u2019'-]+\s+(?:[A-Z]\.\s+)?[A-Z][\w\u2019'-]+\s*,")
# The word lists below are combined once here, not on every call of the hot functions that test them.
_OFFICE_HEADS = ORG_WORDS | {"Office", "Offices"}
_NOT_NAME_WORDS = STOPWORDS | MONTHS_AND_DAYS
_NON_KIN_ROLES = _PARTY_ROLE_NOUNS - KIN_NOUNS
_HONORIFIC_WORDS = HONORIFICS | {w.rstrip(".") for w in HONORIFICS}  # "Dr." and "Dr"
# "a spokesman for the mayor, Ann Roe": the role noun whose "for"/"to" comes before the role found.
_PREPOSITION_END = lazy_compile(r"\b(?:to|before|with|from|against|toward|towards)\s+$")
_VERB_AFTER_NAME = lazy_compile(r"\s+(?:[a-z]+ly\s+)?(?:said|says|told|wrote|asked|apologi[sz]ed|admitted|insisted|added|replied|testified|spoke)\b")
# A sentence opening with a subordinate clause: "A day after a jury convicted the man who beat her son, Ann Roe said":
# the clause's last noun is no role of the name that opens the main clause
_SUBORDINATE_OPENING = lazy_compile(r"\s*[\"\u201c]?(?:(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Hh]ours|[Dd]ays|[Ww]eeks|[Mm]onths|[Yy]ears|[Mm]inutes)\s+"
                                    r"(?:(?:day|week|month|year|hour)s?\s+)?)?(?:[Aa]fter|[Bb]efore|[Ww]hen|[Ww]hile|[Aa]lthough"
                                    r"|[Tt]hough|[Ss]ince|[Oo]nce|[Bb]ecause|[Uu]ntil|[Aa]s)\s")
# A finite verb straight after a name (no closing comma): the name is that verb's subject, so a "ROLE," before it closes an
# opening phrase ("In a letter to the judge, Lee described ...") and is no appositive ("the judge, Ann Lee, said" closes it)
_FINITE_VERB_AFTER_NAME = lazy_compile(
    r"\s+(?:(?:[a-z]+ly|also|then|later|never|not|had|has|have|was|is|were|would|will|could|did|does)\s+)*"
    r"(?!(?:as|his|its|this|thus|plus|whereas|towards|besides|across|unless|less|us|ones|indeed|need|speed)\b)"
    r"(?:[a-z]{2,}ed|said|says|told|wrote|spoke|took|gave|made|sent|met|sat|stood|left|went|began|won|lost|got|kept|brought"
    r"|thought|felt|knew|saw|heard|pled|read|said|is|was|has|had|will|would|could|did|does|can|[a-z]{3,}s)\b")
_ATTRIBUTION_BEFORE = lazy_compile(r"\b(?:[Aa]ccording\s+to|[Aa]s\s+(?:told|described|alleged)\s+by)\s+$")
_ROLE_FOR_BEFORE = lazy_compile(rf"\b((?:{_MODIFIER}\s+)?(?:{_ROLE_ALT}))\s+(?:for|to)\s+$")
# "to sentence former senator Lee": after an infinitive's "to" the first word is its verb, unless a determiner opens a role
# ("turned its findings over to special prosecutor Lee": a "to" with no verb of asking or wanting before it is a preposition)
_INFINITIVE_BEFORE = lazy_compile(r"\b(?:ask|asks|asked|asking|urge[sd]?|urging|told|order(?:s|ed)?|allow(?:s|ed)?|wants?|wanted|plans?|planned"
                                r"|expect(?:s|ed)?|agreed|declined|refused|decided|voted|moved|sought|need(?:s|ed)?|tried)\b"
                                r"(?:\s+[\w.\u2019'-]+){0,4}?\s+to\s+$")
_DETERMINER_FIRST = lazy_compile(r"(?:the|an?|his|her|their|its|former|retired|[A-Z][\w-]*[\u2019']s)\s", re.IGNORECASE)
# A verb whose object the role is: "told the judge", "assured the jury"
_TOLD_THE_ROLE = lazy_compile(r"\b(?:told|tell|tells|telling|asked|asks|assured|reminded|warned|urged|informed|convinced|persuaded)\s+$")
# After "told the judge Lee": a verb of Lee's own clause (any lowercase word but one that ties the name to the role:
# "told the judge Ann Lee that", "asked the prosecutor Bo Lee to", "told the officer Bo Lee, who")
_CLAUSE_AFTER_NAME = lazy_compile(r"\s+(?!(?:that|who|whom|whose|which|about|of|in|on|at|to|for|with|during|before|after|and|or|but|from|by"
                                r"|over|as|if|whether|when|where|why|how|what|[a-z]+ly)\b)[a-z]+\b")
# What the end-anchored patterns _ROLE_BEFORE and _SPEECH_BEFORE must find at the end of a lead.
_ROLE_ENDINGS = tuple(_PARTY_ROLE_NOUNS | KIN_NOUNS)
# A lowercase word, then a preposition and an article: a verb ("came from a", "went to the"), not a title
_VERB_THEN_PLACE = lazy_compile(r"[a-z]+\s+(?:from|to|at|in|into|with|by|on|for)\s+(?:a|an|the)\s")
# "Ann Roe, standing outside with her husband, said": a participle and what follows it is what she does, no role
# ("presiding judge", "managing partner": an -ing adjective before a noun is kept)
_PARTICIPLE_PHRASE = lazy_compile(r"[a-z]{3,}ing\s+(?:[a-z]+ly\s+)?(?:outside|inside|with|beside|next|near|on|in|at|before|after"
                                r"|behind|alongside|from|to|into|through|across|his|her|their|a|an|the|for|up|out|back|down)\b")
_SPEECH_ENDINGS = tuple(SPEECH_VERBS)
_LOWER_BEFORE = lazy_compile(r"\b(former|retired|then-|late|acting|ex-)\s*$", re.IGNORECASE)
# ", the mother of Gurley's child," / ", executive director of CAAAV ..." after a name.
_APPOSITIVE = lazy_compile(
    r",\s+(?!(?:who|whom|whose|which|where|when|that|and|but|or|as|if|though|while|because|since|including|whether|what"
    r"|how|why)\b)((?:now\s+|also\s+|then\s+)?(?:(?:a|an|the|his|her|their|one of|one of the|[A-Z][\w\u2019'-]*[\u2019']s)\s+)?"
    # ("a former aide to state Sen. Ann Park": a title's abbreviation before a name goes on)
    r"(?:(?:St|Mt|Ft|Jr|Sr|Inc|Co|U\.S|Dr)\.|(?<![A-Za-z])(?:" + "|".join(TITLE_ABBREVIATIONS) + r")\.(?=\s+[A-Z])"
    r"|,(?=\d{3}\b)|[^,;.\u201c\u201d\"()]){2,90}?)(?=\s*(?:,(?!\d{3}\b)|[;.)\u2014\u201c\u201d\"]|$|\s+(?:who|whose|whom|which)\b"
    # ("the special agent in charge of the U.S. Fish and Wildlife Service": an "and" inside a body's name goes on)
    r"|\s+and\b(?!(?:\s+[A-Z][\w-]*)+?\s+(?:" + "|".join(sorted(ORG_WORDS - {"Inc.", "Ltd.", "Corp."})) + r")\b)))"
)
# "For Ann Roe, the arrest came too late": a noun with its own verb after the name is the next clause, not her role
# (a verb inside a relative clause is the clause's: "the bar where he had been drinking")
_RELATIVE_WORD = lazy_compile(r"\s+(?:where|when|that|which|whose|whom|who)\b")
_FINITE_IN_PHRASE = lazy_compile(r"\s(?:is|was|were|are|has|had|have|came|comes|went|goes|did|does|will|would|could|can|may"
                               r"|might|must|should|seemed|seems|became|becomes|remained|remains|[a-z]+n[\u2019']t)\b")
# A paragraph that opens on a quotation its speaker's pronoun attributes: "“We buried her in it,” she said."
_PRONOUN_QUOTE_NEXT = lazy_compile(r"\s*[\"\u201c][^\"\u201c\u201d]{1,400}?[,?!][\"\u201d]\s+(?:he|she)\s+(?:said|says|told|added|wrote)\b")
# "Judge Ann Lee, found Staff Sergeant Tom Roe guilty": the clause after the comma is her verb's, no role of hers
_VERB_OPENS = lazy_compile(r"(?:found|told|gave|sent|took|made|said|held|left|led|put|set|brought|ordered|sentenced"
                         r"|convicted|acquitted|called|asked|urged|denied|rejected|granted|imposed|dismissed|described"
                         r"|testified|argued|ruled|declared)\s")
_ROLE_HEAD_END = lazy_compile(r"\s(?:of|for|with|at|in|to|from|on|by|against)\s")
_SPOKES_AFTER = lazy_compile(r"\s+(?:spokes(?:person|man|woman)|representative)\b")
_MEMBER_AFTER = lazy_compile(r"\s+(?:trooper|officer|deputy|agent|detective|investigator|inspector|employee|worker|staffer"
                             r"|official|firefighter|paramedic|caseworker|auditor)s?\b")
_WHICH_AFTER = lazy_compile(r",\s+which\s+[a-z]")
_MUNICIPAL = frozenset("Village Town Township Borough City".split())
_AGE = lazy_compile(r",\s+(?:now\s+|then\s+)?\d{1,3},")  # "Ann Roe, now 12,"
_BRACKETED_AGE = lazy_compile(r"\s+\(\d{1,3}\)")  # Irish copy: "Connor Devine (28) admitted ..."
# "Three patients — Lee, 78; Ann Roe, 66; and Bo Park, 59 — died": people listed with their ages, the items parted by
# semicolons, the list closed by a dash or a bracket
_LISTED_AGE = lazy_compile(r",\s+\d{1,3}(?:;|\s*[\u2014\u2013)]|\s+--?\s)")
# A verb of speech or ruling right after a name that closes the sentence: "…, Judge Ann Roe ruled.", "…, Bo Lee said."
_ATTRIBUTION_CLOSES = lazy_compile(r"\s+(?:[a-z]+ly\s+)?(?:said|says|ruled|rules|wrote|writes|found|finds|added|noted|concluded"
                                   r"|decided|told\s+(?:the\s+)?(?:court|jurors|reporters))(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday"
                                   r"|Thursday|Friday|Saturday|Sunday))?\s*[.;]")
# (the list's last item, after its "and", closes the sentence: "…; and Cy Park, 15.")
_LAST_LISTED_AGE = lazy_compile(r",\s+\d{1,3}\.(?=\s|$)")
_LIST_CLOSER_BEFORE = lazy_compile(r"(?:[;,]\s+and|\band)\s+$")
# A sentence that lists the dead: "Killed were …", "Those killed were …", "The dead were identified as …", "The victims
# were …", "The victims have been identified as …"
_DEATH_LIST = lazy_compile(r"\s*(?:(?:Also\s+)?(?:Killed|Slain)\s+(?:were|was|in\s+the\s+[a-z]+\s+were)\b"
                           r"|(?:Those|The\s+(?:people|students|children|others))\s+(?:who\s+were\s+)?(?:killed|slain|who\s+died)\s+(?:were|are)\b"
                           r"|The\s+(?:dead|victims|slain|deceased)\s+(?:were|are|have\s+been|had\s+been)\s+(?:identified\s+as\b)?)")
_HOME_TOWN_AFTER = lazy_compile(r",\s+of\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*(?:,\s+[A-Z][\w.]*)?(?=,)")  # ", of Dayton, Ohio"
_OWNER_LEAD = lazy_compile(r"(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*[\u2019']s(?:\s|$)")
# "Ann Roe said", "Ann Roe KC said", "Ann Roe, of the Harbour Police fraud unit, said": a person who speaks.
# ("Glenn Roe, standing beside his lawyer, Leah Poe, said": a participle's aside, however many commas it holds)
# ("Ann Roe of the Pell Valley School District said", "Bo Lee of Elm Health told the court": the body a person speaks
# from, named whole between the name and the verb)
_SPEECH_AFTER = lazy_compile(r"(?:\s+(?:KC|QC|SC|BL))?(?:,\s+(?:of|from|at|with)\s+[^,.;:\u201c\"]{1,100},"
                           r"|\s+(?:of|from|at|with)\s+(?:the\s+)?(?:[A-Z][\w.&'\u2019-]*\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?){0,6}[A-Z][\w.&'\u2019-]*"
                           r"|,\s+[a-z]+ing\s+[^.;:!?\u201c\"]{1,100}?,)?,?\s+(?:[a-z]+ly\s+)?("
                           + "|".join(sorted(SPEECH_VERBS)) + r")\b")
# "The ACLU of Ohio said", "the NAACP, which had backed him, wrote", "Elm Chapel, where he preached, said":
# an acronym or an organisation's whole name that speaks is an organisation.
_ORG_SPEAKS = lazy_compile(r"(?:\s+of\s+(?:[A-Z][\w.-]*\s*)+)?(?:,\s+(?:which|where)\b[^.;\u201c\"]{1,150}?,)?\s+(?:also\s+)?(?:"
                         + "|".join(sorted(SPEECH_VERBS)) + r")\b")
# One of a body's offices speaking for it: " office in Tampa said", " field office said", " division said".
_UNIT_SPEAKS = lazy_compile(r"\s+(?:field\s+|regional\s+|local\s+)?(?:office|division|unit|branch|bureau)"
                          r"(?:\s+(?:in|at)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*,?)?"
                          + _ORG_SPEAKS.pattern)
# "asked Ray Roe(, the victim's father,) whether …": whoever is asked a question is a person.
_ASKED_END = lazy_compile(r"\b(?:asked|questioned|interviewed)\s+$")
_QUESTION_NEXT = lazy_compile(r"(?:,[^,;.]{1,80},)?\s+(?:what|whether|how|if|why|when|where|who|about)\b")
# "Asked by a reporter whether she forgave him, Ann Roe paused": the one a question-clause opener leads to answers
# it, so is a person (the clause may be long, and the asker may be named or not)
_ASKED_OPENER = lazy_compile(r"\s*(?:When\s+|After\s+(?:being\s+)?|Once\s+|If\s+)?(?:asked|questioned|pressed|quizzed|"
                           r"challenged)\b[^.;:!?\u201c\u201d\"]{0,220},\s*$", re.IGNORECASE)
# The comma closing an appositive, then a verb of speech: ", said".
_SPEECH_CLOSE = lazy_compile(r",\s+(?:[a-z]+ly\s+)?(?:" + "|".join(sorted(SPEECH_VERBS)) + r")\b")
_WHO_AFTER = lazy_compile(r",?\s+who(?:se|m)?\b")
# `"…," said Lena Brandt`: the inverted attribution names a person.
_SPEECH_BEFORE = lazy_compile(r"[\u201d\u2019\"],?\s+(?:" + "|".join(sorted(SPEECH_VERBS)) + r")\s+$")
_CREDIT_NEAR = lazy_compile(r"^\s*/|/\s*$")
_FAMILY = lazy_compile(r"\b([A-Z][\w\u2019'-]+)\s+family\b")
# A union local, named by its number: "Ironworkers Local 7", "Teamsters Local 727".
_UNION_LOCAL = lazy_compile(r"\b(?:[A-Z][\w&\u2019'-]*\s+)*Local\s+\d+\b")
# What makes a bare "Local 2291" a union's: the union named just before it or the body it is a local "of" after it
_UNION_BEFORE_LOCAL = lazy_compile(r"\b(?:union|association|guild|brotherhood)\b", re.I)
_LOCAL_OF_AFTER = lazy_compile(r"\s+of\s+(?:the\s+)?[A-Z]")
# An office named by its holder's title: "Kern County District Attorney's Office", "U.S. Attorney's Office".
# (its words are names or abbreviations, "U.S.", "St.", never the end of the sentence before: "Tuesday. The";
# and its "office" may be lower case: "the Colorado Attorney General's office")
# ("the 18th Judicial District Attorney's Office": an ordinal numbers the district)
_OFFICE_OF_TITLE = lazy_compile(r"(?<![\w.\u2019'-])(?:(?!The\s)(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][a-z]{0,2}\.|[A-Z][\w-]*|\d{1,3}(?:st|nd|rd|th)(?=\s+[A-Z]))(?:[\u2019']s)?\s+){1,6}?"
                              r"(?:(?:Attorney|Attorneys|Prosecutor|Sheriff"
                              r"|Solicitor|Coroner|Defender|Marshal|Comptroller|Auditor|General|Examiner|Clerk)"
                              r"[\u2019']s\s+(?:[Oo]ffice|Department)\b"  # ("Attorney General's Office", "Sheriff's Department")
                              # ("the Marlow County district attorney's office": the title in lower case after its county)
                              r"|(?<=County\s|Parish\s)(?:district|state|county|prosecuting)\s+attorney[\u2019']s\s+office\b"
                              # ("the U.S. attorney's office in Boston": the federal prosecutor's office in lower case)
                              r"|(?<=U\.S\.\s)attorney[\u2019']s\s+office\b)"
                              # ("... Office for the Eastern District of Ohio", "... for the 4th Judicial Circuit": the
                              # district it serves is part of its name)
                              r"(?:\s+(?:of|for)\s+the\s+(?:[A-Z][\w-]*|\d{1,2}(?:st|nd|rd|th))(?:\s+(?:of\s+)?[A-Z][\w-]*)*"
                              # ("the U.S. attorney's office in Manhattan": the city it sits in tells which office it is;
                              # never a date, "office in January")
                              r"|\s+in\s+(?!(?:%s)\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?![\w\u2019'-]))?" % "|".join(sorted(MONTHS_AND_DAYS)))  # (a sentence's period is no part of it)
# "the county clerk's office": a county office named again in lower case, after the story has named its county
# ("the sheriff's office said", "a sheriff's office spokeswoman": a sheriff is a county's officer, so his office needs
# no "county" before it)
_COUNTY_OFFICE_LOWER = lazy_compile(r"\b(?:[Tt]he\s+(?P<office>county\s+(?P<title>clerk|sheriff|attorney|prosecutor|treasurer|assessor"
                                    r"|recorder|coroner|auditor|registrar)[\u2019']s\s+office)|(?:[Tt]he|[Aa])\s+(?P<sheriff>sheriff)"
                                    r"[\u2019']s\s+office)\b")
# A county by its name: "Fort Bend County", "Kern County" (one or two words before "County")
_COUNTY_NAME = lazy_compile(r"(?<![\w\u2019'-])((?:[A-Z][a-z]+\s+){1,2})County\b")
# "the office of the U.S. Attorney for the Southern District of New York": the office named by its holder's title
# and the district it serves
# The capitalised words just before a name's first word ("New Jersey " before "Office of ...")
_CAPITALS_BEFORE = lazy_compile(r"(?<![\w.\u2019'-])(?:[A-Z][\w.-]*\s+){1,3}$")
_OFFICE_OF_THE_TITLE = lazy_compile(r"\b[Oo]ffice\s+of\s+the\s+(?:(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][\w-]*)\s+){0,4}?"
                                    r"(?:Attorney|Prosecutor|Sheriff|Solicitor|Coroner|Defender|Marshal)(?:\s+General)?"
                                    r"(?:\s+(?:of|for)\s+the\s+[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*)*)?")
# "Khan's solicitor, Peter Vance": whatever the noun, a possessive phrase then a comma introduces a name.
_OWNED_BEFORE = lazy_compile(r"\b[A-Z][\w-]*[\u2019']s\s+(?:[a-z-]+\s+){0,2}[a-z-]+,\s*$")
_CASE_CHANGE = lazy_compile(r"[a-z][A-Z]")  # "RoeLivesLoud" changes case twice inside a word
# The last word of a lead and what follows it, read backwards (the lead reversed): matching from the end takes
# one pass, where searching for "([A-Za-z]+)\W*$" tries every position of the lead.
_WORD_BEFORE_BACKWARDS = lazy_compile(r"\W*([A-Za-z]+)")
_HONOURS = frozenset("KC QC SC MP BL".split())
# Place words that are also common surnames ("Rita Park", "Tom Hill").
_SURNAME_PLACES = frozenset("Park Hill Hills Church Bay Beach Street Hall Bridge House Temple Lane Day Parish".split())
# A US party-and-home tag after a lawmaker's name: "R-Plymouth", "D-Mass.".
_PARTY_TAG = lazy_compile(r"[RDI]-[A-Z]")
# ", of Maple Grove," after a name (and age): the person's home town, never a person.
_HOME_TOWN = lazy_compile(r",\s+of\s+(?:the\s+)?$")
# "from Tunbridge Wells, Kent,": the county or state after a home town.
# (not a date: "read aloud in court in September, Mendonça, a retired nurse,")
_PLACE_LIST = lazy_compile(r"\b(?:from|of|in)\s+(?!(?:%s)(?![\w.'-]))(?:[A-Z][\w.'-]*\s+){0,2}[A-Z][\w.'-]*,\s+$"
                           % "|".join(re.escape(w) for w in sorted(MONTHS_AND_DAYS)) +
                         # "in central Kentucky", "across rural Ohio": a region of a place
                         r"|\b(?:in|from|across|throughout|near|around|of)\s+(?:central|northern|southern|eastern|western"
                         r"|northeastern|northwestern|southeastern|southwestern|rural|downtown|suburban|upstate|downstate"
                         r"|coastal|greater|inland)\s+$")
# "with police in Alder Bay, Quarry Point, Linwood and Manchester": the items after the first of a series of places
_PLACE_ITEM = r"(?:[A-Z][\w.'-]*\s+){0,2}[A-Z][\w.'-]*"
# (a middle item is followed by more items and "and"; the last comes after "and" in a series of three or more)
_PLACE_SERIES = lazy_compile(rf"\b(?:in|across|throughout|near)\s+{_PLACE_ITEM}(?:,\s+{_PLACE_ITEM})*,\s+$")
_PLACE_SERIES_END = lazy_compile(rf"\b(?:in|across|throughout|near)\s+{_PLACE_ITEM}(?:,\s+{_PLACE_ITEM})+,?\s+and\s+$")
# (the next items, up to the "and" that closes the series: "in Newark, Dale Pughsley, a recruiter," is no series)
_SERIES_GOES_ON = lazy_compile(rf"(?:,\s+{_PLACE_ITEM})*,?\s+and\s+{_PLACE_ITEM}")
# "Kent police said", "Dallas officials": a place qualifying the body after it.
_PLACE_BODY_AFTER = lazy_compile(r"\s+(?:police|officials|authorities|prosecutors|detectives|council|county)\b")
# Last words that make a name a street, a road or a river whatever role follows ("a tributary of the Kewaunee
# River, a federal judge ruled": the clause after the comma describes no one).
_STREET_OR_WATER = frozenset("Street Avenue Ave Road Rd Boulevard Blvd River Creek Highway Parkway Freeway Expressway "
                             "Turnpike Interstate Terrace Canal Interchange".split())
# A road or a bridge named for someone, title and all ("Deputy Allan Ybarra Memorial Highway"): none of these ends a
# person's name (unlike "Street" or "Rivers")
_ROAD_NAMED_FOR = frozenset("Highway Freeway Parkway Expressway Turnpike Interstate Boulevard Bridge Overpass Interchange "
                            "Building Courthouse Centre Complex Library Stadium Arena".split())  # ("the Sir Samuel Way Building")
# Lakes and reservoirs: places, named after "on", "at", "near" ... ("on Possum Kingdom Reservoir")
_STILL_WATER = frozenset("Lake Lakes Reservoir Pond Lagoon Bayou".split())
_WATER_PREPOSITION_BEFORE = lazy_compile(r"\b(?:on|at|near|across|into|onto|off|from|of|in|to|the)\s+$")
# A city's quadrant after a street's name ("Elm Street NW", "Pine Road N.E.")
_QUADRANTS = frozenset("N S E W NE NW SE SW N.E. N.W. S.E. S.W. North South East West".split())  # ("Eglinton Avenue West")
# Last words of events and of places' nicknames ("the Winter Olympics", "the Super Bowl", "Music Row", "the Las Vegas
# Strip"): news names them as settings, never as people, whatever role or verb follows (not words that are also
# common surnames: "Alley", "Grand", "Belt").
_EVENT_OR_DISTRICT = frozenset("Olympics Paralympics Olympiad Games Bowl Cup Marathon Series Championship Championships "
                               "Tournament Prix Row Strip Corridor Boardwalk Wharf".split())
# Capitalised nouns for what a person is, formed from an event ("a two-time Olympian"), and a storm's kind before its
# name ("Hurricane Delia"): a label or an event, never a party.
_EVENT_LABELS = frozenset("Olympian Olympians Paralympian Paralympians Hurricane Typhoon Cyclone Superstorm Operation".split())
# Last words of a disaster's name ("the 2022 Pell Canyon Fire", "the Dunmore Flood"): an event, never a party, unless
# the run acts as a body ("Cal Fire said": a fire service)
_DISASTER_ENDS = frozenset("Fire Fires Wildfire Blaze Flood Floods Earthquake Quake Tornado Blizzard Mudslide Landslide".split())
# Last words of a law's name ("the federal Anti-Kickback Statute", "the Clean Water Act"): a law, never a party
# (not "Law", a surname)
_DISASTER_LEAD = lazy_compile(r"\b(?:the|\d{4})\s+$")  # a disaster takes "the" or its year; a fire service neither
_LAW_ENDS = frozenset("Statute Statutes Act Amendment Ordinance Code Regulation Regulations".split())
# Clock times' words: "4:12 PM EDT" is no one.
_CLOCK_WORDS = frozenset("AM PM EDT EST CDT CST MDT MST PDT PST ET CT MT PT GMT BST UTC AEST AEDT NZST NZDT".split())
# Things a person owns ("his Range Rover", "her Instagram") and stage roles ("played Sam Roe") are no parties.
_ARTICLE_BEFORE = lazy_compile(r"\b[Aa]n?\s+$")
# A spokesperson's role, then their (titled) name: " spokeswoman Cmdr. Ann Roe", " spokesman Bo Lee"
_SPOKES_THEN_NAME = lazy_compile(r"\s+spokes(?:person|man|woman)\s+(?:[A-Z][\w.]*\s+){0,2}[A-Z][a-z]+\b")
# The theatre a military command serves, after its formation word: "Naval Surface Force Atlantic", "Fleet Pacific"
_THEATRES = frozenset("Atlantic Pacific Europe Africa Central Korea Japan Southwest".split())
_FAMILY_AFTER = lazy_compile(r"\s+famil(?:y|ies)\b")
_OWNED_THING = lazy_compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|[Oo]ur)\s+$")
_STAGE_ROLE = lazy_compile(r"\b(?:character|characters|played|plays|playing|portrayed|portrays|portraying|role of)\s+[\"\u201c]?$")
_ROLE_MODIFIER = lazy_compile(r"\s+(?:[a-z-]+\s+)?(?:" + "|".join(sorted(_PARTY_ROLE_NOUNS, key=lambda w: (-len(w), w)))
                            + r")\s+[A-Z][a-z]"
                            # (or any agent noun: "Hong Kong buyer Lau Ka-ming", "Miami dealer Ann Roe"; not a verb
                            # or a function word: "asked Judge Ann Roe to order Kaminer")
                            r"|\s+(?!(?:order|consider|enter|offer|deliver|remember|answer|gather|wonder|suffer|monitor"
                            r"|discover|recover|cover|render|transfer|refer|prefer|defer|alter|register|under|after|over"
                            r"|other|whether|never|ever|rather|together|either|neither|her|their|your|our|later|sooner"
                            r"|longer|further|faster|for|nor|per)\s)[a-z]{2,}(?:er|or|ist|ant|ian|ee)\s+[A-Z][a-z]")
# "Assistant Attorney General for Civil Rights Ann Roe": a title that runs on past "for" into the name's run.
_TITLE_FOR = lazy_compile(r"(?:\b[A-Z][\w.]*\s+)*?\b(?:" + "|".join(sorted(re.escape(t) for t in _TITLES)) + r")\s+for\s+(?:the\s+)?$")
# A title with a possessive in it, written before the name: "Commonwealth's Attorney", "State's Attorney".
_POSSESSIVE_TITLE = lazy_compile(r"[\u2019']s\s+Attorneys?\b")
_TITLE_LEAD = lazy_compile(r"(?:(?:[A-Z][\w.]*\s+)*[A-Z][\w]*[\u2019']s\s+|(?:[A-Z][\w.]*\s+)+in\s+)$")
# A dateline: the place in capitals opening a story, before "(AP)", a comma or a dash.
_DATELINE_AFTER = lazy_compile(r"\s*(?:,|\(|[\u2014\u2013]|-\s)")
# A dateline in title case, as TV stations write it: "Baton Rouge, Louisiana \u2014", "Grand Forks, N.D. (KXJB) -": the
# city, its state (spelled out or abbreviated) and the dash that opens the story
_TITLE_DATELINE_AFTER = lazy_compile(r",\s+(?P<state>(?:New|North|South|West|Rhode)\s+[A-Z][a-z]+|[A-Z][a-z]+\.?|[A-Z]\.[A-Z]\.)"
                                     r"\s*(?:\([^()\n]{1,30}\)\s*)?(?:[\u2014\u2013]|--?\s)")
# A byline in the text: "NPR's Ann Roe reports.", "Ann Roe contributed reporting."
_REPORTS_AFTER = lazy_compile(r"\s+report(?:s|ed)\b")
_CONTRIBUTED_AFTER = lazy_compile(r"(?:,?\s+and\s+[^.]{1,60})?\s+contributed\b[^.]{0,30}\breport")
_ORG_KINDS = frozenset("group firm company organization organisation nonprofit charity coalition startup platform fund "
                       "contractor".split())
# What a name can be besides a party: the product, vessel, work or place a case is about ("Velcora, its heart
# drug", "Ferndale Heights, a city of about 19,000 people").
_THING_NOUNS = frozenset("drug drugs medication medicine pill vaccine device product products brand app software "
                         "vessel ship boat yacht submarine aircraft plane jet car truck vehicle book novel memoir film "
                         "movie documentary show series album song podcast website game token coin mixtape single "
                         "city town village suburb county state country borough township neighborhood neighbourhood "
                         "community island region".split())
# Works a title names, as a reporter sets the title right after the noun: "his album X", "her first mixtape, X"
_WORK_NOUNS = frozenset("album albums mixtape mixtapes single EP book novel memoir film movie documentary show series song "
                        "podcast play musical poem painting".lower().split())
_FORCE_TAILS = frozenset("Police Constabulary Gendarmerie".split())
# The head of a military formation's name: "II Marine Expeditionary Force", "7th Infantry Regiment" ("Air Force", a
# service whose first word is a rank's, stays with the titles)
_FORMATION_HEADS = frozenset("Force Forces Brigade Regiment Battalion Wing Fleet Squadron Flotilla".split())
# The fields of a court's office that supervises defendants: "Probation Office", "Pretrial Services Office"
_SUPERVISION_FIELDS = frozenset("Probation Parole Services Supervision".split())
# A Roman numeral that numbers a formation: "II Marine Expeditionary Force", "XVIII Airborne Corps"
_ROMAN_NUMERAL = lazy_compile(r"[IVX]{2,5}")
# Trades a small business is named for; alone ("Towing reform advocates said") the word is a plain noun
_TRADE_HEADS = frozenset("Daycare Preschool Kennel Kennels Shelter Sanctuary Motel Hotel Inn Tavern Pub Grill Lounge Bar Saloon Cantina Taproom Brewery "
                         "Towing Garage Dealership Nursery Ranch Salvage Apartments Homes Plan Plans".split())
# What an appositive calls a business: "the Copper Pot Tavern, the downtown bar where ..."
_BUSINESS_NOUNS = _ORG_KINDS | frozenset("agency bar restaurant business home facility center centre day care daycare "
                                         "kennel breeder clinic practice chain store shop tavern insurer lender "
                                         "dealership plan provider operator".split())
# (an abbreviation's period is no end: "a company Mr. Achterberg controlled")
_ORG_APPOSITIVE = lazy_compile(r",\s+((?:an?|the)\s+(?:(?:Mr|Ms|Mrs|Dr|St)\.|[^,.;:\u201c\"]){2,80}?)"
                               r"(?=[,;]|\.(?<!Mr\.)(?<!Ms\.)(?<!Dr\.)(?<!St\.)(?<!Mrs\.))")
# Head words of bodies beyond ORG_WORDS: an insurer, a trade firm, a fraternal order, a place of worship.
# ("Northridge City Schools", "Harlowe Public Schools": a school district named by its schools, plural; one school is
# an affiliation head below)
_BODY_WORDS = ORG_WORDS | frozenset("Order Insurance Mutual Assurance Roofing Plumbing Landscaping Trucking Gurdwara "
                                    "Mandir Masjid Cathedral Club Schools".split()) \
    | frozenset("Lending Loans Finance Financial Funding Credit Mortgage Mortgages Securities Investments Bancorp "
                "Savings Equity Advisors Advisers Wealth Brokerage Payments Properties Adoptions Staffing".split()) \
    | frozenset("Therapeutics Pharmaceuticals Pharma Biotech Biosciences Biologics Laboratories Labs Technologies "
                "Systems Solutions Software Ventures Airlines Energy Media Entertainment Productions Pictures Apparel".split()) \
    | frozenset("Gaming Casinos Resorts".split()) \
    | frozenset("Airways Aviation Lines Railways Generics Drugmakers".split()) \
    | frozenset("Development Developers Builders Homebuilders Contractors".split()) \
    | _TRADE_HEADS | frozenset("Assembly Legislature Senate Congress Parliament".split()) \
    | frozenset("Tribunal Tribunals Síochána".split())
# ("the Solicitors Disciplinary Tribunal", "the Director of Public Prosecutions", "An Garda Síochána": a British or Irish
# body whose name holds a title word, which never makes it a person)
# (the last sets: a business named for its trade, "Osprey Lending", "Pike Street Equity", "Corva Therapeutics",
# "Harrow Bend Development",
# "Pine Hollow Kennels", "Prairie Mutual Health Plan", a casino developer "Marsh Creek Gaming"; and a legislature, which "General" does not make a person)
# The last word of an office's name that a holder's name may follow: "the Director of Public Prosecutions" is a body,
# "Director of Public Prosecutions Ann Roe" a person with her title
_OFFICE_HEADS = frozenset({"Prosecutions"})
_LEGISLATURES = frozenset("Assembly Legislature Senate Congress Parliament".split())
# The fields a public body is named for, joined by "and" before its head: "Probation and Parole Department",
# "Parks and Recreation Department", "Health and Human Services Department"
_FIELD_WORDS = ("Probation Parole Parks Recreation Health Human Fish Wildlife Game Family Families Children Youth "
                "Corrections Correction Rehabilitation Safety Security Welfare Labor Industry Industries Licensing "
                "Regulation Standards Housing Development Aging Disabilities Environment Education Motor Vehicles "
                "Customs Immigration Border Alcohol Tobacco Firearms Explosives Mental Addiction Abuse Adult Juvenile "
                # ("the Securities and Exchange Commission", "the Food and Drug Administration")
                "Securities Commodities Food Drug Drugs Trade Commerce Banking Insurance Finance Energy Transportation "
                # ("the Director of Criminal and Penal Prosecutions": a prosecution service named for its fields)
                "Criminal Penal")
# ("the Crown Office and Procurator Fiscal Service": Scotland's prosecutors, one body whose name joins two)
# ("the Department of Health and Human Services Office of Inspector General": the fields may follow "of")
_FIELDS_AND = lazy_compile(r"(?:The\s+)?(?:[A-Z][\w.'-]*\s+)*(?:(?:Department|Bureau|Division|Office|Ministry|Agency|Administration|Director|Directorate"
                         # (right after "of", the field itself: not "the Department of Public Safety and Lakeport Fire")
                         r"|Commission|Board)\s+of\s+(?:the\s+)?(?=(?:" + "|".join(_FIELD_WORDS.split()) + r")\s+(?:and|&)\s))?"
                         r"(?:[A-Z][\w.'-]*\s+)*(?:(?:" + "|".join(_FIELD_WORDS.split()) + r")\s+(?:and|&)\s+"
                         r"|Crown\s+Office\s+and\s+)")
# Heads that are also surnames or places ("Ann Church", "Shirley Temple", "Beechwood Lodge" the care home): a body only
# in a longer name ("Grace Harbor Baptist Church", "Callander State University") or with its number ("Lodge 41").
# ("Office" heads a body only before what it is of: "Office of Statewide Prosecution", "Office of the Public Defender")
_LONG_BODY_WORDS = frozenset("Church Temple Lodge University College Hospital Infirmary Academy Office Home Manor Care Rescue".split()) \
    | {"School"}  # ("Elm Hollow High School": three words and more; whether it is a party, see _stem_recurs)
_INSTITUTION_HEADS = frozenset("University College Academy Hospital Infirmary".split())  # (a British hospital: "Kelby Royal Infirmary")
# Bodies where people in the story work or study: a party only when the article comes back to them.
_AFFILIATION_HEADS = frozenset("University College Hospital Infirmary School".split())
# Capitalised links inside an advocacy group's name; no person's name holds them.
# A unit's last word, and its agency's name owning it: "the Drug Enforcement Administration's Pell County Division",
# "the FBI's Dunmore Field Office": the unit is the agency's, never a bare "Pell County Division"
_SUBUNIT_HEADS = frozenset("Division Office Unit Bureau Branch Section Squad Directorate".split())
# A unit that an agency owns by name can end in the words its parents do, given a name of its own before them: "the
# Treasury Department's Pell Claims Commission", "the Secretary of State's Securities Department"
_OWNED_UNIT_HEADS = frozenset("Department Commission".split())
_AGENCY_CAPITAL = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w&-]*)"  # "U.S." or "Drug", never "Friday." that ends a sentence
_AGENCY_OWNER_BEFORE = lazy_compile(
    rf"(?<![\w.-])((?:(?!The\s){_AGENCY_CAPITAL}\s+)*(?:(?:Bureau|Department|Office|Administration|Ministry|Agency|Service)"
    rf"\s+(?:of|for)\s+(?:the\s+)?(?:{_AGENCY_CAPITAL}\s+)*)?(?:[A-Z]{{2,6}}|Administration|Agency|Bureau|Department|Service"
    r"|Investigation|Office|Commission|Patrol|Police|Force|Command|Marshals"
    # an elected office that runs agencies of its own: "the Pell Secretary of State's Securities Division", "the
    # Attorney General's Consumer Protection Bureau" (the unit is the office's, named with it)
    r"|Secretary\s+of\s+State|Attorney\s+General|Inspector\s+General|Comptroller|Treasurer))[\u2019']s\s+$")
# A family's plural possessive before the name of what it ran: "the Quists' Pell Ridge Relief Fund" (not "Renters'
# Front" or "Veterans' Memorial Hospital": the stem must be someone's surname in the article, "Della Quist")
_SERVICE_WORDS = ("Navy", "Army", "Air Force", "Marine Corps", "Coast Guard", "Space Force")
_ARMED_SERVICE_ACTS = lazy_compile(r"\b[Tt]he\s+(?P<org>(?:U\.S\.\s+|US\s+)?(?:Navy|Army|Air\s+Force|Marine\s+Corps|Coast\s+Guard|Space\s+Force))"
                                   r"\s+(?:also\s+)?(?:said|says|declined|did\s+not|didn[\u2019']t|issued|announced|confirmed|wrote|stated)\b")
_PLURAL_POSSESSIVE = lazy_compile(r"([A-Z][a-z]+)s[\u2019']")
_CAUSE_LINKS = frozenset("Against For Without Demand".split())
# A number closing a body's name: "Lodge No. 9", "Lodge 41".
_NUMBER_TAIL = lazy_compile(r"(?:No\.|\d+)$")
_COMPANY_SUFFIXES = frozenset("LLC LLP Inc Ltd Co Corp Company Corporation Group Limited PLC plc".split())
# "[2025] EWCA Crim 1487", "[2019] UKSC 12": a law report's neutral citation, never a party.
_LAW_REPORT_BEFORE = lazy_compile(r"\[\d{4}\]\s+$")
# Acronyms of things, not bodies: "the DNA was a match".
_THING_ACRONYMS = frozenset("DNA CCTV GPS ATM PIN SUV DUI DWI PTSD ADHD AIDS HIV COVID CPR ICU URL PDF LSD MDMA "
                            "ID IQ TV AI GOP MRI CT EKG ECG EEG ER IV OCD USB SMS VIN DVD RV ATV PPE CBD THC PCP BAC "
                            "OBGYN HVAC".split())
# "The NCAA, for its part, has": an acronym with "the" that opens a clause is a body acting.
_ACRONYM_ACTS = lazy_compile(r",|\s+(?:has|have|had|is|was|were|will|would|did|does|declined|[a-z]+ed)\b")
# Occupations that open a caption or a tabloid sentence as a capitalised label: "Firefighter Kieran Walsh".
_LABEL_NOUNS = frozenset("firefighter paramedic nurse teacher student pensioner grandmother grandfather "
                         "mother father daughter son sister brother widow wife husband coach".split())
# Lower-case nouns after a capitalised run that make the run the name of a thing, never of a person or a body
# ("the Economic Injury Disaster Loan program"; not "case" or "trial": "the Lindqvist trial" is still about a person)
# A street told just before, with a comma: what follows is its suburb or town ("Ballarat Rd, Deer Park,")
_STREET_BEFORE = lazy_compile(r"\b[A-Z][\w'-]+\s+(?:Rd|Road|St|Street|Ave|Avenue|Dr|Drive|Hwy|Highway|Lane|Ln|Way|Parade|Pde|Tce"
                              r"|Terrace|Blvd|Boulevard|Cres|Crescent)\.?,\s+$")
_THING_NOUN_AFTER = lazy_compile(r"\s+(?:program|programme|scheme|loans?|grants?|initiative|project|law|statute|policy"
                                 r"|website|app|platform|portal|database|software)\b(?!-)")
_VESSEL_PREFIXES = frozenset("USS HMS HMCS HMAS RFA USNS USCGC".split())
# "the group Climate Action Now", "the maintenance firm Pell Hart Services": an organisation introduced by its kind.
# (or in an appositive owned by someone: "her company, Copperline Ridge Homes,", "his firm, Lark & Co.,")
# ("published them on his newsletter, The Copper Ledger": a publication a person in the case runs is a body of the
# case, named after its kind and its owner, as a company is)
_OWNED_OUTLET_KINDS = frozenset("newsletter blog podcast website".split())
# What someone's own establishment is called before its name in apposition: "his clinic, Elm Ridge Family Medicine,"
# "her salon, Shear Joy," (a place of business the person runs or works at, named after the comma)
_OWNED_PLACE_KINDS = frozenset("clinic practice pharmacy agency restaurant shop store salon daycare bakery dealership "
                               "school facility".split())  # (not "her employer, Tom Reed,": an employer may be a person)
_ORG_INTRO = lazy_compile(r"\b(?:(?:the|a|an)\s+(?:[a-z-]+\s+)?(?:group|firm|company|organi[sz]ation|nonprofit|charity|"
                        r"coalition|startup|platform|fund|contractor)\s+|(?:his|her|their|its)\s+(?:[a-z-]+\s+)?(?:firm|company|"
                        r"business|nonprofit|charity|startup|newsletter|blog|podcast|website|"
                        + "|".join(sorted(_OWNED_PLACE_KINDS)) + r"),\s+)$")
# What a person did to the business just named, in a clause whose subject is that person: "the firm Voss founded"
# ("a company Ann Roe secretly controlled", "a firm Roe also ran": an adverb may come between)
_OWNER_ACTS = (r"\s+(?:(?:also|then|later|once|jointly|\w+ly)\s+)?(?:co-?)?(?:founded|started|launched|ran|runs|owned|owns|built"
               r"|created|led|leads|bought|set\s+up|controlled|controls|managed|manages|operated|operates|headed|heads|formed"
               r"|registered|incorporated)\b")
_FOUNDED_AFTER = lazy_compile(_OWNER_ACTS)
# A name and an appositive that says what kind of establishment or body it is: "Larch House, a six-bed home on
# a quiet street", "Birch Lane, a clinic that ...", ""the Dock Boys," a gang that ...": the name is a body's
_APPOSITIVE_BODY = lazy_compile(r"[\u201d\"]?,[\u201d\"]?\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:home|facility|center|centre|clinic"
                              r"|practice|restaurant|bar|tavern|store|shop|daycare|company|firm|business|agency|nonprofit"
                              r"|charity|school|hospital|pharmacy|hotel|motel|gang|crew|cartel|syndicate)"
                              r"(?=\s*[,.;]|\s+(?:on|in|at|near|off|that|which|where|whose|owned|run|operated|based|founded|with|for)\b"
                              # ("Halyard Research, a trading firm Roe also controlled": a clause whose subject is its owner)
                              r"|\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?(?=" + _OWNER_ACTS + r"))")
# "a shell company called Ridgeline Touring", "a nonprofit named \u201cHands Up\u201d": a body introduced by its kind and name
_ORG_CALLED = lazy_compile(r"\b(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}?(?:group|firm|company|organi[sz]ation|nonprofit|charity|coalition"
                         r"|startup|fund|business|corporation|entity|partnership|foundation|outfit|venture)\s+"
                         # (where it is may come between: "a watchdog group in Pell City called Fair Ledger")
                         r"(?:(?:in|from|based\s+in)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?,?\s+)?(?:called|named)\s+[\"\u201c]?$")
_BODY_CLAUSE_BEFORE = lazy_compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z-]+\s+)?(?:company|firm|business|operator|agency|contractor|charity"
                                 r"|nonprofit|group|pharmacy|clinic|chain|network|broadcaster|station|channel|publisher|platform"
                                 r"|carrier|airline|supplier|manufacturer|maker|lender|bank|insurer)\s+(?:that|which)\s+[^,.;]{3,60},\s+$")
_BODY_NOUN_AFTER = lazy_compile(r"(?:[\u2019']s(?:\s+[A-Z][\w-]*)+)?\s+(?:chapter|fraternity|sorority|club|lodge|campus|branch"
                              r"|congregation|affiliate|franchise|subsidiary|division|unit|precinct)\b(?!\s+of\b)")
_ACTS_AS_IT = lazy_compile(r"\s+(?:[a-z]+ed|has|had|was|is)\s+(?:(?!(?:his|her|their|and|or)\b)[a-z]+\s+){0,2}its\b")
# A parent's role that names the child by first name: "Lily's father", "Lily’s biological mother"
_PARENT_ROLE = lazy_compile(r"(?P<child>[A-Z][\w-]+)[\u2019']s\s+(?:[\w-]+\s+)?(?:father|mother|dad|mom|mum|parent)")
# The other partners of a firm after its first ("Reed and Lutz", "Hale, Moss and Pike"): single capitalised words.
_FIRM_PARTNERS = lazy_compile(r"(?:,\s+[A-Z][\w'-]+)*,?\s+and\s+[A-Z][\w'-]+(?![\w'-]|\s+[A-Z])")
# What ends an item of a list of people: "Ann Blake of Salem; …", "…, who died last year;"
_LIST_END = lazy_compile(r"\s*(?:[;,.]|$|\s+and\b)")
# Money paid to a named person, as a court orders restitution: "$500 to Ann Blake", "$300 to the estate of Joe Ruiz"
_PAID_TO_BEFORE = lazy_compile(r"\$[\d,.]+(?:\s+(?:million|billion))?\s+(?:in\s+restitution\s+)?to\s+(?:the\s+estate\s+of\s+)?$")
# The people a business has, after its one-word name: "Coinvale customers" ("Roe's employees" is a person's)
_BUSINESS_AFTER = lazy_compile(r"\s+(?:co-)?(?:founder|founders|customers|clients|creditors|investors|shareholders"
                             r"|depositors|account\s+holders|executives|employees)\b")
# The kind of business before its one-word name: "the bankrupt crypto lender Coinvale"
_BUSINESS_BEFORE = lazy_compile(r"\b(?:lender|exchange|startup|brokerage|retailer|insurer|bank|firm|company|platform"
                              r"|manufacturer|developer|chain|contractor|operator)\s+$")
# The kind of body before its name of several words: "athleisure brand Tallow Peak", "the watchdog group Fair Ledger"
# (a person's own name after the kind starts with a given name, checked apart: "the firm Ann Roe founded")
_BODY_KIND_WORDS = frozenset("brand label lender exchange startup brokerage retailer insurer bank firm company platform "
                             "manufacturer chain app group nonprofit charity coalition organization organisation outfit "
                             "band team club franchise".split())
# (not yet "Roe's label, Quartz Hollow Records, said": quotes are credited to a speaker in that appositive only while
# it reads as a person's name)
_BODY_KIND_BEFORE = lazy_compile(r"\b(?:" + "|".join(sorted(_BODY_KIND_WORDS)) + r")\s+$")
# A body's kind, then its name set off by commas: "The bus company, Orrin Lake Transit, fired him", "invoiced by a
# shell company, Pell Ridge Supply." (the determiner keeps out "Leaving company, ..."; what follows the name is checked apart)
_KIND_APPOSITIVE_WORDS = _BODY_KIND_WORDS | _ORG_KINDS | frozenset("business network broadcaster station channel publisher "
                                                                 "carrier airline supplier distributor contractor operator "
                                                                 "agency manufacturer maker developer".split())
_KIND_APPOSITIVE_BEFORE = lazy_compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z-]+\s+){0,2}?(?:"
                                       + "|".join(sorted(_KIND_APPOSITIVE_WORDS)) + r"),\s+$")
# What closes such an appositive: the sentence, or the clause's verb ("..., Orrin Lake Transit, fired him"); not what
# goes on describing a person ("After leaving the firm, Ann Roe, then 40, ...", "..., Bo Lee, who ...")
_KIND_APPOSITIVE_CLOSE = lazy_compile(r"(?:[.;]|,\s+(?!(?:who|whose|whom|then|now|a|an|the|his|her|their|its|aged?|and|or|but)\b)[a-z]{3,}\b)")
# Whose founder or chief a person is: "the founder of Tallow Peak", "chief executive of Fair Ledger Holdings"
_HEAD_OF_BEFORE = lazy_compile(r"\b(?:co-?)?(?:founder|founders|owner|CEO|chief\s+executive|chief\s+executive\s+officer"
                               r"|chairman|chairwoman|employees?|shareholders|investors|customers)\s+of\s+$")
# A place that takes in another, named after it: "whose district includes Ardell Springs", "covers part of Pell Bay"
_TAKES_IN_PLACE_BEFORE = lazy_compile(r"\b(?:district|county|region|area|territory|diocese|parish|beat)\s+(?:includes|covers"
                                      r"|spans|encompasses)\s+(?:(?:part|parts|much|most)\s+of\s+)?$")
# The words before "of" that make what follows a place: "the city of Pell Crossing", "the mayor of Pell Crossing"
_PLACE_HELD_OF_BEFORE = lazy_compile(r"\b(?:city|town|village|borough|township|hamlet|suburb|people|residents|mayor)\s+of\s+$")
# What follows a place's name where it ends the phrase: "a jury in Pell Crossing." / ", Texas" / " and two cars"
# (not "the conviction in Ann Roe Death", "in Ann Roe's case": a name qualifying what follows)
# (and a verb of speech, the place closing the plural subject that speaks: "Neighbors in Pell Crossing said")
_PLACE_ENDS = lazy_compile(r"(?:[,.;:)]|\s*$|\s+(?:and|of|on|for|to|until|since|after|before|last|this|in)\s"
                           r"|\s+(?:said|say|says|told|recalled|described)\b)", re.MULTILINE)
# A team or band called by its plural name after "the": "the Harbor Gulls said", "The Ravenbrooks released" (not a
# place: "in the Netherlands")
_PLURAL_NAME = lazy_compile(r"[A-Z][a-z]{2,}(?<![sui])s")
_WHO_CLAUSE_SPEAKS = lazy_compile(r",\s+who\b[^.;\u201c\"]{1,150}?,\s+(?:also\s+)?(?:" + "|".join(sorted(SPEECH_VERBS)) + r")\b")
_THE_BEFORE = lazy_compile(r"(?:^|(?<=\s))(?:[Tt]he)\s+$")
# "LumenCo": one word with a capital inside, not a surname prefix ("McNeil", "DeLuca", "VanDyke").
_CAMEL = lazy_compile(r"(?!(?:Mc|Mac|Van|Von|De|Di|Da|Du|La|Le|Lo|O)[A-Z])[A-Z][a-z]+[A-Z][a-z]+")
# "Assistant U.S. Attorneys Ann Lee and Raul Diaz": the second name shares the plural title.
_PLURAL_TITLE_BEFORE = lazy_compile(
    r"((?:[A-Z][\w.]*\s+)*?(?P<plural>[A-Z][a-z]+s))\s+(?:[A-Z][\w.\u2019'-]*,?\s+){1,8}and\s+$")
# The same plural title before a name in the middle of the list ("Constables Ann Lee, " before "Cy Moss and Bo Park"),
# where the list goes on after the name
_PLURAL_TITLE_MID_LIST = lazy_compile(
    r"((?:[A-Z][\w.]*\s+)*?(?P<plural>[A-Z][a-z]+s))\s+(?:[A-Z][\w.\u2019'-]*,?\s+){1,6}$")
_LIST_GOES_ON = lazy_compile(r",?\s+and\s+[A-Z]|,\s+(?:[A-Z][\w.\u2019'-]*\s+){1,3}(?:and\s+)?[A-Z]")


@dataclass
class _Name:
    """One capitalised run, split into its title part and its name words."""

    start: int  # of the name words
    end: int
    words: list[str]
    roles: list[str] = field(default_factory=list)
    cue: bool = False  # something marks it as a person
    org: bool = False
    quoted: bool = False  # inside quotation marks: only names with their own cue count
    introduced: bool = False  # named right after "the firm", "the group": an organisation in the case


# A description in lower case standing right before a name, with no comma: an age or a person noun.
# ("Penn State sophomore Ann Roe", "fellow pledge Bo Park": a student's year or standing is such a noun too)
_BARE_ROLE_BEFORE = lazy_compile(r"(?:\b\d+-year-old|(?<![\w-])[a-z]+(?:ity|er|or|ist|ant|ent|ian|end|ner|ee)s?"
                               r"|(?<![\w-])(?:freshman|freshmen|sophomores?|pledges?|cadets?|midshipman|alumn(?:us|a|i|ae)|grad(?:uate)?s?))\s$")
# A person described by age (and home town) before the name: "A 58-year-old Millbrook man, Tobias Renfrow, was hurt",
# "a 33-year-old woman, Priya Calloway,": news names the injured or the dead this way
_AGED_PERSON_BEFORE = lazy_compile(r"\b[Aa]n?\s+\d{1,3}-year-old\s+(?:[A-Z][\w.'\u2019-]*\s+){0,3}(?:man|woman|boy|girl|teen"
                                   r"|teenager|resident|driver|motorist|pedestrian|cyclist|passenger|mother|father)\s*,\s*$")
# "his lawyers, led by Ann Roe", "represented by Ann Roe": a person of the case introduced by who they lead or act for
# ("represented at trial by Ann Roe", "defended in court by Lee and Ann Roe": a second name coordinated after the first)
_LED_BY = lazy_compile(r"\b(?:led|represented|joined|accompanied|defended|prosecuted)\s+(?:(?:at|in|during)\s+(?:the\s+)?[a-z]+\s+)?by\s+"
                       r"(?:(?:[A-Z][\w.\u2019'-]*\s+){0,2}[A-Z][\w.\u2019'-]*,?\s+and\s+)?$")
# "who asked to be identified only by her first name, Mina": news keeps such a person to a given name
_FIRST_NAME_ONLY = lazy_compile(r"\b(?:first|given)\s+name,?\s+$")
# "a TikTok user named Ann Roe", "a neighbor called Bo Lee": a person introduced by what they are, then their name
# (the noun before "named" is the role; "a company called ...", "a drug named ..." introduce no person)
_PERSON_NAMED_BEFORE = lazy_compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?P<role>(?:[\w-]+\s+){0,3}?(?P<noun>[a-z]+))\s+(?:named|called)\s+$")
# (the people an online story names by what they do on a platform: "a YouTube commenter named ...")
_PERSON_BEFORE_NAMED_NOUNS = frozenset("user users commenter viewer follower poster man woman boy girl".split())
_NOT_ROLE_WORDS = frozenset("after under over other whether later never ever rather together either neither per "
                            "for nor or her their your our remember consider enter offer order whenever however".split())


# The "of" between a titled person and the body they serve, inside one run of capitals: "Chief Ann Roe of the Pell
# Metro Police Department"
_EMPLOYER_AFTER_PERSON = lazy_compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])")
_COURT_HEADS = frozenset("Court Courts Tribunal Bench".split())
# A force named as the employer before an officer's rank: "Harbor Transit Police Sgt. Ann Roe", "Elm County Sheriff's
# Office Deputy Bo Lee" -- the force is a body in the case as well as the officer
_FORCE_BEFORE_RANK = lazy_compile(r"(?:The\s+)?(?P<force>(?:[A-Z][\w&-]*\s+){1,3}?(?:Police|Sheriff[\u2019']s\s+Office|Patrol))\s+(?=[A-Z])")
_OWNER_IN_NAME_BEFORE = lazy_compile(r"(?<![\w.'\u2019-])(?:(?:St\.|Saint|Ste\.)\s+[A-Z][\w-]*|(?:[A-Z][\w-]*\s+){0,2}(?:Children|Women|Men|People))[\u2019']s\s$")


# A place named with a possessive ("Hawke's Bay", "King's Lynn", "Martha's Vineyard"): the body it names starts there
# ("Hawke's Bay Police said"), not at the place word after the "'s"
_PLACE_OWNER_BEFORE = lazy_compile(r"(?<![\w.'\u2019-])[A-Z][a-z]+[\u2019']s\s$")
_PLACE_HEADS_AFTER_OWNER = frozenset("Bay Lynn Vineyard Island Harbour Harbor Cove Landing Creek Point Head Heath".split())


def find_parties(source: Source) -> list[Party]:
    """Parties of one source, in order of first mention, with roles, citations and aliases."""
    text = source.text
    paragraphs = _body_and_listed(source)
    quoted = [(s.open_at, s.close_at) for s in quoted_segments(text, paragraphs)]
    names: list[_Name] = []
    for para in paragraphs:
        # only this paragraph's quotations can hold its names (testing all of them for each name adds up)
        quoted_here = [(a, b) for a, b in quoted if a <= para.end and b >= para.start]
        for m in _NICKNAME.finditer(text, para.start, para.end):
            # William "Rick" Singer: the name is William Singer, the nickname no quote
            end, words = (m.end(4), [m.group(1), m.group(3), m.group(4)]) if m.group(4) else (m.end(3), [m.group(1), m.group(3)])
            name = _Name(m.start(1), end, words, cue=True)
            _collect_cues(text, name, [], para)
            names.append(name)
        covered = para.start  # where a body's name, run on past "and" or "for", ends
        run_before = None
        for m in NAME_RUN.finditer(text, para.start, para.end):
            if m.start() < covered or _is_credit(text, m.start(), m.end(), para) or (
                    _WHOLE_QUOTATION.match(text, m.start() - 1, m.end() + 2)
                    # (but "a shell company called \u201cRidgeline Touring\u201d": a body's name, marked off as a name)
                    and not _ORG_CALLED.search(text, max(para.start, m.start() - 70), m.start())
                    # (nor ""the Dock Boys," a gang that …": a body's name the appositive says is one)
                    and not _APPOSITIVE_BODY.match(text, m.end())):
                continue  # (a banner reading "Remember Caleb", the "Justice for Ava" page: a slogan, no one's name)
            name = _capitals_name(text, m.start(), m.end()) or _ampersand_name(text, m.start(), m.end(), para) \
                or _read_run(text, m.start(), m.end(), para)
            if (name is None or not name.org and name.words == [m.group()]) and m.group() in _FORMATION_HEADS and _ORDINAL_BEFORE.search(text, max(para.start, m.start() - 6), m.start()):
                # "a mechanic with the 412th Wing", "of the 3rd Battalion": a unit named by its number and its kind
                name = _Name(m.start(), m.end(), [m.group()], org=True)
            if name and name.org and run_before and _FIELDS_AND.fullmatch(text, run_before.start(), m.start()):
                # "the Marlby County Adult Probation and Parole Department": fields joined by "and" open the body's
                # name; the run before "and" was read on its own and is no name of its own
                if names and names[-1].start >= run_before.start():
                    names.pop()
                start = run_before.start() + len(re.match(r"(?:(?:The|An?)\s+)?", run_before.group()).group())
                name = _Name(start, name.end, text[start:name.end].split(), org=True)
            elif name and name.org and run_before and len(name.words) >= 2 and name.start == m.start() \
                    and _is_body_word([(0, 0, w) for w in name.words], len(name.words) - 1) \
                    and re.fullmatch(r"(?:The\s+)?(?:[A-Z][a-z][\w'-]*\s+){1,3}and\s+", text[run_before.start():m.start()]) \
                    and (run_before.group().startswith("The ") or re.search(r"\bthe\s+$", text[max(para.start, run_before.start() - 5):run_before.start()])) \
                    and not any(_is_title(w) or w in STOPWORDS or w.lower() in MALE_GIVEN_NAMES or w.lower() in FEMALE_GIVEN_NAMES
                                for w in text[run_before.start():m.start()].split()[:-1] if w != "The"):
                # "the Disclosure and Barring Service", "the Elm Hunters and Anglers Association": after "the", words
                # joined by "and" to a body's head open its name (the run before "and" is no name of its own)
                if names and names[-1].start >= run_before.start():
                    names.pop()
                start = run_before.start() + len(re.match(r"(?:(?:The|An?)\s+)?", run_before.group()).group())
                name = _Name(start, name.end, text[start:name.end].split(), org=True, introduced=name.introduced)
            run_before = m
            if name and name.org:
                _extend_body_name(text, name, para)
                covered = name.end
                ordinal = _ORDINAL_BEFORE.search(text, max(para.start, name.start - 6), name.start) \
                    if text[name.start - 1:name.start] == " " and text[name.start - 2:name.start - 1] in "thdst" else None
                if ordinal:
                    name.start, name.words = ordinal.start(1), [ordinal.group(1), *name.words]
                owner = (_OWNER_IN_NAME_BEFORE.search(text, max(para.start, name.start - 40), name.start)
                         or (_PLACE_OWNER_BEFORE.search(text, max(para.start, name.start - 30), name.start)
                             if name.words[0] in _PLACE_HEADS_AFTER_OWNER else None)) \
                    if text[name.start - 3:name.start - 2] in "\u2019'" else None
                if owner:
                    # "St. Brendan's Regional Medical Center", "Lakeside Children's Hospital": the saint or the people a
                    # body serves, in the possessive, open its name (the run before the "'s" was read as a name alone)
                    while names and names[-1].start >= owner.start():
                        names.pop()
                    name.start = owner.start()
                    name.words = text[name.start:name.end].split()
                agency = _AGENCY_OWNER_BEFORE.search(text, max(para.start, name.start - 80), name.start) \
                    if len(name.words) >= 2 and name.words[-1] in _OWNED_UNIT_HEADS \
                    and text[name.start - 3:name.start - 2] in "\u2019'" else None
                if agency:
                    # "the Treasury Department's Pell Claims Commission", "the Ohio Secretary of State's Securities
                    # Department": a unit with a name of its own is named with the agency or office that owns it
                    while names and names[-1].start >= agency.start(1):
                        names.pop()
                    name.start = agency.start(1)
                    name.words = text[name.start:name.end].split()
                number = _NUMBER_WORD_BEFORE.search(text, max(para.start, name.start - 14), name.start)
                if number and name.words[-1] in _VENUE_HEADS:
                    # "the Eight Ball Lounge", "the Three Rivers Tavern": the number word is the venue's name, not a count
                    name.start, name.words = number.start(1), [number.group(1), *name.words]
                lead = next((i for i, w in enumerate(name.words) if w[:1].isupper()), 0)
                if lead and name.words[0] in ("of", "the", "for", "from", "with", "at") and _body_name(name.words[lead:]):
                    # "Members of the Bike Dayton Coalition": the sentence's opening noun was dropped, its "of the" stays
                    name.start, name.words = text.index(name.words[lead], name.start), name.words[lead:]
            if name:
                name.quoted = any(a <= m.start() <= b for a, b in quoted_here)
                names.append(name)
                employer = _EMPLOYER_AFTER_PERSON.match(text, name.end, m.end()) \
                    if not name.org and name.end < m.end() - 6 and text.startswith(" of ", name.end) else None
                body = _read_run(text, employer.end(), m.end(), para) if employer else None
                force = _FORCE_BEFORE_RANK.match(text, m.start()) if not name.org and name.start > m.start() + 8 else None
                rank = text[force.end():name.start].split() if force else []
                if force and re.match(r"\s+(?:Department|Dept\.)", text[force.end("force"):]) is None \
                        and force.group("force") + " Department" in text:
                    force = None  # "Elm Police Detective Bo Lee" beside "the Elm Police Department": the same body, named in full
                if force and rank and all(_is_title(w) for w in rank) and not _is_title(force.group("force").split()[0]) \
                        and not force.group("force").split()[0] in _NOT_A_POLICE_PLACE | _NOT_NAME_WORDS:
                    names.append(_Name(force.start("force"), force.end("force"), force.group("force").split(), org=True,
                                       introduced=True, quoted=name.quoted))
                if body and body.org and body.start == employer.end() and body.words[-1] not in _COURT_HEADS:
                    # "Special Agent in Charge Bo Lee of Homeland Security Investigations": the run names the agent and,
                    # after "of", the agency he speaks for, read whole (not "Judge Ann Roe of Pell Circuit Court": where she sits)
                    body.quoted = name.quoted
                    names.append(body)
    if len(names) > 1:
        _share_plural_role(text, names)
    own = _outlet_names(source.outlet or "")
    if _PUBLIC_OFFICE.search(source.outlet or ""):
        own = set()  # a prosecutor's office or a police force that issues a release is a party of its own case
    # ("HealthLaw Docket reported", "TOWSON, Md. (WTVB) —", "told WTVB"): the story's own outlet is its source, never
    # a party of the case
    models = {m.group("model") for m in _MAKE_AND_MODEL.finditer(source.text)}
    parties = [p for p in _merge(source, names) if not (own and (p.name.lower() in own or p.name.split()[0].lower() in own
                                                                   and _CALL_LETTERS.fullmatch(p.name.split()[0])))
               and not _place_or_product(source.text, p) and not _place_of_confinement(source.text, p)
               and not _offence_title(source.text, p) and not _a_vehicle(p, models) and not _a_street(p)]
    for party in parties:
        full = named_in_full_above(source, party.name) if party.kind == "person" and " " not in party.name else None
        if full and not any(p.name == full[0] for p in parties):
            party.aliases.append(party.name)
            party.name = full[0]
            party.citations.insert(0, source.cite(full[1], full[2]))
    if any(p.kind == "organization" for p in parties):
        parties = _families_in_the_plural(_one_kind_per_name(parties))
    if "Judge" in text or "Justice" in text or "Magistrate" in text or "Sheriff" in text or "Recorder" in text:
        parties = _judges_without_run_on_names(source.text, parties)
    if _PUBLIC_OFFICE.search(source.outlet or ""):
        _add_issuing_office(source, parties)
    if any(cue in source.text for cue in _STAGE_NAME_CUES):
        parties = _join_stage_names(source.text, parties)
    if "\u201c" in source.text or '"' in source.text:
        parties = _join_quoted_nicknames(source.text, parties)
    if len(parties) > 1:
        parties = _stage_name_in_lede(source, parties)
    if "." in text:
        _add_known_by_initials(source, paragraphs, parties)
    _add_body_of_a_title(source, parties)
    _add_speaking_bodies(source, paragraphs, parties)
    if re.search(r"[Oo]ffice|[Dd]ivision", text):
        _add_agency_office(source, parties)
    _add_defrauded_programme(source, paragraphs, parties)
    if "s office" in text or "s\u2019 office" in text or "\u2019s office" in text:
        _add_lower_case_prosecuting_office(source, paragraphs, parties)
    # A body's head word alone is what is left of a name cut short ("The Alzheimer's Association says" -> "Association"),
    # never a party of its own; nor a body named only in a line that points readers to help
    return [_known_by_a_peerage(p) for p in parties if not (p.kind == "organization" and p.name in ORG_WORDS)
            and not (p.kind == "organization" and p.citations and all(_in_help_line(text, c.start) for c in p.citations))]


# A line that points readers to help, never part of the case: "If you have been affected by stalking, you can contact
# the National Stalking Helpline on ...", "• Information and support ... is available from the charity Hourglass."
# (not "Anyone with information can contact the South Gate Police Department": the appeal for tips is the investigating
# force's, a party of the case)
_HELP_LINE = lazy_compile(r"\s*(?:\u2022\s*)?(?:If\s+you\b(?:\s+or\s+someone\s+you\s+know)?[^.\n]{0,30}?\b(?:affected|struggling|worried|concerned)\b"
                          r"|Anyone\s+(?:affected|worried|concerned)\b"
                          r"|Information\s+and\s+support\b|(?:Help|Support|Advice)\b[^.\n]{0,40}\bis\s+available\b)")


def _in_help_line(text: str, at: int) -> bool:
    """Whether text[at] lies in a sentence that points readers to help (_HELP_LINE), read from the sentence's start."""
    start = max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1)
    return _HELP_LINE.match(text, start, at) is not None


def _judges_without_run_on_names(text: str, parties: list[Party]) -> list[Party]:
    """ "told Judge Geraldine Tamblyn Rowley had spent" (a dropped "that"): the judge is Geraldine Tamblyn, and her
    mentions ("Judge Tamblyn", read as "Tamblyn Rowley" beside the run-on name) join the party of that name."""
    people = [p for p in parties if p.kind == "person"]
    renamed = {id(p): judge_name_run_on(text, p.name, {q.name.split()[-1] for q in people if q is not p and " " in q.name})
               for p in people}
    # the run-on name less its given name is how its surname mentions were read
    short_forms = {" ".join(p.name.split()[1:]): renamed[id(p)] for p in people if renamed[id(p)] != p.name}
    kept: list[Party] = []
    for party in parties:
        name = short_forms.get(party.name) or renamed.get(id(party), party.name)
        if name != party.name:
            if party.name not in short_forms:  # (a surname mention's citation holds the surname alone)
                cut = len(party.name) - len(name)
                party.citations = [replace(c, end=c.end - cut) for c in party.citations]
            party.name = name
            same = next((p for p in kept if p.name == name and p.kind == "person"), None)
            if same is not None:
                same.citations.extend(c for c in party.citations if c not in same.citations)
                same.roles.extend(r for r in party.roles if r not in same.roles)
                continue
        kept.append(party)
    return kept


_PEERAGE_TITLES = ("Lord", "Lady", "Sir", "Dame")


def _known_by_a_peerage(party: Party) -> Party:
    """ "Lady Ruthven", "Lord Brodie": a Scottish judge or a peer named only by title and surname is known by both; the
    title alone is no role ("Ruthven", role "Lady", told the reader nothing)."""
    if party.kind != "person" or " " in party.name or not party.roles or party.roles[0] not in _PEERAGE_TITLES:
        return party
    return replace(party, name=f"{party.roles[0]} {party.name}", roles=party.roles[1:])


# A prosecuting office the story names by its place and its holder's title in lower case: "the Ohio attorney general's
# office", "the Kent County prosecutor's office", "the Bronx district attorney's office" (a party as written)
_LOWER_PROSECUTING_OFFICE = lazy_compile(
    r"\b[Tt]he\s+(?P<name>(?:(?!The\b|A\b|An\b)[A-Z][\w.-]*\s+){1,3}(?:attorney\s+general|district\s+attorney|state[\u2019']?s?\s+attorney|"
    r"county\s+attorney|prosecuting\s+attorney|county\s+prosecutor|prosecutor|solicitor\s+general)[\u2019']s\s+office)\b")


def _add_lower_case_prosecuting_office(source: Source, paragraphs: list[Paragraph], parties: list[Party]) -> None:
    text = source.text
    for para in paragraphs:
        for m in _LOWER_PROSECUTING_OFFICE.finditer(text, para.start, para.end):
            name = m.group("name")
            key = name.replace("\u2019", "'").lower()
            if any(p.name.replace("\u2019", "'").lower() in (key, "the " + key) for p in parties):
                continue
            if any(w in _TITLES and w not in US_STATES for w in name.split()[:1]):
                continue  # ("the Assistant attorney general's office" is no place's office)
            parties.append(Party(name, "organization", ["prosecuting office"], [source.cite(m.start("name"), m.end("name"))]))


# Public health and benefit programmes a fraud bills, by the names US reporting gives them ("billed Medicaid",
# "children enrolled in Medi-Cal", "stole from the SNAP program")
_PROGRAMMES = lazy_compile(r"(?<![\w-])(?P<prog>Medicare|Medicaid|Medi-Cal|TRICARE|Tricare|TennCare|MassHealth|SoonerCare|BadgerCare"
                           r"|AHCCCS|PeachCare|KanCare|NJ\s+FamilyCare|Husky\s+Health|SNAP|WIC|CHIP)(?![\w-])")
# What a programme is in a fraud case: billed, defrauded, paid, its money or its members
_PROGRAMME_HARMED = lazy_compile(r"\b(?:bill(?:ed|ing|s)?|defraud\w*|fraud\w*|claims?|paid|pays|reimburs\w*|enrolled|"
                                 r"beneficiar\w+|overbill\w*|stole|steal\w*|losses|cheat\w*|kickbacks?)\b")


def _add_defrauded_programme(source: Source, paragraphs: list[Paragraph], parties: list[Party]) -> None:
    """A public programme the case's fraud billed ("billed Medicaid for visits that never happened") is a party, as
    the insurer or agency defrauded would be; a programme only mentioned in passing is not."""
    text = source.text
    if not _PROGRAMMES.search(text):
        return
    found: dict[str, Party] = {}
    for para in paragraphs:
        for m in _PROGRAMMES.finditer(text, para.start, para.end):
            a, b = next(((a, b) for a, b in split_sentences(text, para.start, para.end) if a <= m.start() < b),
                        (para.start, para.end))
            if not _PROGRAMME_HARMED.search(text, a, b) or _inside_quote_marks(text, para, m.start()):
                continue
            name = m.group("prog")
            if any(p.name == name or name in p.aliases for p in parties):
                continue
            party = found.setdefault(name, Party(name=name, kind="organization"))
            party.citations.append(source.cite(m.start(), m.end()))
    parties.extend(found.values())


def _inside_quote_marks(text: str, para: Paragraph, at: int) -> bool:
    """Whether the words at `at` stand between quotation marks opened earlier in their paragraph."""
    before = text[para.start:at]
    return (before.count("\u201c") > before.count("\u201d")) or before.count('"') % 2 == 1


# The head of a body, titled by it before the name: "Ohio Parole Board Chairwoman Ann Roe", "Elm County Housing
# Authority Executive Director Bo Lee" (the words before the title are the body she heads)
_HEAD_TITLE = r"(?:Chairwoman|Chairman|Chairperson|Chair|Executive\s+Director|Director|Commissioner|President|Superintendent|Administrator)"


# A body that speaks as one, named in full after a determiner, its head word last: "The Home Office said", "the Elm
# Hunters and Anglers Association, which has campaigned …, said in a statement", "An Australian Border Force
# spokesperson said" (a head the name of a person never ends on: "Office", "Force", "Service", an organisation word)
_BODY_HEADS = "|".join(sorted((ORG_WORDS - {"Team", "Unit", "Section", "Chapter", "Room", "Project"})
                              | {"Office", "Force", "Service", "Constabulary", "Limited", "Ltd", "plc", "PLC"},
                              key=lambda w: (-len(w), w))).replace(".", r"\.")
_SPEAKING_BODY = lazy_compile(
    r"(?<![\w.'\u2019-])(?:[Tt]he|[Aa]n?)[ \t]+(?P<label>(?:[A-Z][\w.\u2019'-]*[ \t]+(?:(?:and|of|for|&)[ \t]+)?){1,6}?"
    r"(?:" + _BODY_HEADS + r"))(?![\w\u2019'-])"
    r"(?:,[ \t]+(?:which|whose)\b[^.;\u201c\"]{1,150}?,)?(?:[ \t]+(?:spokes(?:person|man|woman)|representative))?"
    r"[ \t]+(?:also[ \t]+|has[ \t]+|had[ \t]+)?(?:" + "|".join(sorted(SPEECH_VERBS)) + r")\b")
# A company by its legal name, whatever it did in the story: "paid to Elm Care Ltd, which owns the home"
_LEGAL_NAME = lazy_compile(r"(?<![\w.'\u2019-])(?P<label>(?:[A-Z][\w.\u2019'&-]*[ \t]+(?:&[ \t]+)?){1,5}"
                           r"(?:Ltd|Limited|plc|PLC|LLC|Inc)\b\.?)")
# The office a prosecution is brought for: "prosecutors for the Commonwealth Director of Public Prosecutions", "lawyers
# from the Crown Prosecution Service" (the body the prosecutors act for is a party though it never speaks)
_PROSECUTING_FOR = lazy_compile(r"\b(?:[Pp]rosecutors?|[Ll]awyers?|[Cc]ounsel|[Bb]arristers?|[Ss]olicitors?)[ \t]+(?:for|from|with|acting[ \t]+for)"
                                r"[ \t]+the[ \t]+(?P<label>(?:[A-Z][\w.\u2019'-]*[ \t]+(?:(?:of|for)[ \t]+)?){0,5}?"
                                r"(?:Director[ \t]+of[ \t]+Public[ \t]+Prosecutions|Prosecution[ \t]+Service|Prosecutions?[ \t]+Office"
                                r"|Prosecutor[ \t]+Fiscal|Attorney[ \t]+General))\b")


# A business robbed is a victim of the case, named by its brand and the outlet it ran: "robbed a Harbor Trust Bank branch
# in Elm Falls, a Zephyr Mart store in Oakdale and a Quickline gas station" (each one in the sentence of the robbery)
_ROBBERY = lazy_compile(r"\b(?:robb(?:ed|ing|ery|eries)|held\s+up|holding\s+up|burglari[sz](?:ed|ing))\b")
_ROBBED_OUTLET = lazy_compile(r"(?<![\w-])(?:an?|the)[ \t]+(?P<label>(?:[A-Z][\w&.\u2019'-]*[ \t]+){0,3}[A-Z][\w&.\u2019'-]*)"
                              r"(?=[ \t]+(?:bank[ \t]+)?(?:branch|store|location|outlet|station|shop|pharmacy|office)\b|[ \t]+(?:in|on|at)[ \t]+[A-Z])")


def _add_speaking_bodies(source: Source, paragraphs: list[Paragraph], parties: list[Party]) -> None:
    """Bodies named in full once that news writing marks as parties: one that speaks (_SPEAKING_BODY), a company by
    its legal name (_LEGAL_NAME), the office prosecutors act for (_PROSECUTING_FOR). A shorter form already found
    ("Anglers Association" cut off at "and", "Elm Care" before its "Ltd") takes the full name."""
    text = source.text
    for para in paragraphs:
        found = [*_SPEAKING_BODY.finditer(text, para.start, para.end), *_LEGAL_NAME.finditer(text, para.start, para.end),
                 *_PROSECUTING_FOR.finditer(text, para.start, para.end)]
        for start, end in (split_sentences(text, para.start, para.end) if _ROBBERY.search(text, para.start, para.end) else ()):
            robbery = _ROBBERY.search(text, start, end)
            if robbery:
                # (after the verb, or a bare brand's outlet named in it: "a BMO branch", "a Fifth Third Bank in Elm")
                found += [m for m in _ROBBED_OUTLET.finditer(text, robbery.end(), end)
                          if m.group("label").split()[-1] in _BODY_WORDS or re.match(r"[ \t]+(?:bank[ \t]+)?(?:branch|store|location|outlet|station|shop|pharmacy|office)\b", text[m.end("label"):])]
        for m in found:
            label = m.group("label").rstrip()
            label_start = m.start("label")
            article = re.match(r"(?:A|An|The)\s+(?=[A-Z])", label)
            if article:
                # "A Crown Office and Procurator Fiscal Service spokesperson said": the sentence's article is no part of it
                label, label_start = label[article.end():], label_start + article.end()
            words = label.split()
            if words[0] in STOPWORDS or words[0] in MONTHS_AND_DAYS or _is_title(words[0]) or words[-1] in ("and", "of", "for", "&") \
                    or any(w in OUTLET_WORDS for w in words) or _inside_quote_marks(text, para, m.start("label")) \
                    or re.search(r"[\u2019']s?\s", label):
                # (nor "the Drug Enforcement Administration's Denver Division": a body's unit, read as one elsewhere)
                continue
            if m.group("label").rstrip().split()[-1].rstrip(".") in _COMPANY_SUFFIXES \
                    and re.search(r"[A-Z][\w\u2019'-]*\s+(?:and|&)\s+$", text[max(para.start, m.start("label") - 40):m.start("label")]):
                # ("Pike and Lowry Partners LLC", "Crane and Elm Holdings LLC": whether "and" joins two partners' names
                # or a person and a company is read where the name is found, not here)
                continue
            cite = source.cite(label_start, label_start + len(label))
            if any(p.name == label or label in p.aliases for p in parties):
                continue
            shorter = [p for p in parties if p.name != label and (label.endswith(" " + p.name) or label.startswith(p.name + " "))
                       and (p.kind == "organization" or label.startswith(p.name + " ") and words[-1].rstrip(".") in _COMPANY_SUFFIXES)]
            if len(shorter) == 1:
                short = shorter[0]
                short.aliases.append(short.name)
                short.name, short.kind = label, "organization"
                short.citations.insert(0, cite)
                continue
            if any(label in p.name for p in parties if p.kind == "organization"):
                continue  # (a longer name already holds it)
            parties.append(Party(name=label, kind="organization", citations=[cite]))


def _add_body_of_a_title(source: Source, parties: list[Party]) -> None:
    """A body whose whole name qualifies the title of the person who heads or speaks for it, right before their
    name, is a party of the case as that person is ("Elm State Parole Board Chairman Bo Lee said …")."""
    text = source.text
    known = {p.name for p in parties} | {a for p in parties for a in p.aliases}
    for person in [p for p in parties if p.kind == "person"]:
        for c in person.citations:
            lead = re.search(rf"((?:[A-Z][\w.\u2019'-]*\s+){{2,6}}?){_HEAD_TITLE}\s+(?:[A-Z][\w.-]*\s+){{0,2}}$",
                             text[max(0, c.start - 90):c.start])
            if not lead:
                continue
            words = lead.group(1).split()
            while words and (words[0] in STOPWORDS or words[0] in MONTHS_AND_DAYS or words[0].rstrip(",") != words[0]):
                words.pop(0)
            if len(words) < 2 or not _body_name(words) or any(w.endswith(",") for w in words):
                continue
            name = " ".join(words)
            if name in known:
                continue
            at = max(0, c.start - 90) + lead.start(1) + lead.group(1).index(words[0])
            parties.append(Party(name=name, kind="organization", citations=[source.cite(at, at + len(name))]))
            known.add(name)


# "The FBI's Denver field office said", "the DEA's Miami division, which led the case, said": an agency's office named by
# its city, speaking for the agency -- a party under the name the article gives it
_AGENCY_OFFICE_SPEAKS = lazy_compile(r"(?<![\w.'\u2019-])(?P<label>(?:[A-Z]\.?){2,6}[\u2019']s[ \t]+(?:[A-Z][\w.-]*[ \t]+){1,3}"
                                     r"(?:(?:[Ff]ield|[Rr]egional|[Rr]esident|[Aa]rea)[ \t]+[Oo]ffice|[Dd]ivision))" + _ORG_SPEAKS.pattern)


def _add_agency_office(source: Source, parties: list[Party]) -> None:
    """An agency's office that speaks (_AGENCY_OFFICE_SPEAKS) is a party beside the agency."""
    known = {p.name for p in parties}
    for m in _AGENCY_OFFICE_SPEAKS.finditer(source.text):
        label = m.group("label")
        if label not in known:
            parties.append(Party(name=label, kind="organization", citations=[source.cite(m.start("label"), m.end("label"))]))
            known.add(label)


# "a victim identified in court papers only by her initials, A.B.", "the girl, identified only as C.D.": a person whom
# the article may name only by initials (to protect a victim or a minor) is a party under them
_KNOWN_BY_INITIALS = lazy_compile(
    r"\b(?:identified|named|known|referred\s+to)\b(?:\s+[\w-]+){0,5}?\s+(?:only\s+)?"
    r"(?:by\s+(?:(?P<pron>his|her|their|the)\s+)?initials,?\s+|as\s+)"
    # (a service member kept to initials keeps the rank before them: "identified only as Airman 1st Class J.R.",
    # "named in the charge sheet as Pvt. K.L.")
    r"(?P<ini>(?P<rank>(?:(?:Senior|Staff|Master|Chief|Technical|Tech\.|Petty|Lance|Command)\s+)?"
    r"(?:Airman|Seaman|Private|Pvt\.|Pfc\.|Spc\.|Specialist|Cpl\.|Corporal|Sgt\.|Sergeant|Officer|Cadet|Midshipman|"
    r"Lt\.|Capt\.|Ensign)(?:\s+(?:1st|2nd|3rd|First|Second|Third)\s+Class)?\s+)?(?:[A-Z]\.\s?){2,3})(?!\s*[A-Z][a-z])")


_INITIALS_NOUN = lazy_compile(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]hat|[Tt]his)\s+(?P<noun>(?:[a-z-]+\s+)?(?:victim|woman|girl|boy|man|teen|teenager|child|student|survivor|"
    r"complainant|plaintiff|witness|patient|employee|minor|airman|soldier|sailor|marine|cadet|recruit|inmate|trainee))\b,?\s*(?:who\s+(?:is|was|has\s+been)\s+)?(?:\w+\s+){0,4}$")


def _add_known_by_initials(source: Source, paragraphs: list[Paragraph], parties: list[Party]) -> None:
    text = source.text
    for para in paragraphs:
        for m in _KNOWN_BY_INITIALS.finditer(text, para.start, para.end):
            rank = m.group("rank") or ""
            initials = rank + m.group("ini")[len(rank):].rstrip().replace(" ", "")
            if any(p.name == initials or initials in p.aliases for p in parties):
                continue
            start = m.start("ini")
            pron = m.group("pron")
            # the noun the identification hangs on ("the victim, who is identified …", "The woman, identified …")
            noun = _INITIALS_NOUN.search(text, max(para.start, m.start() - 80), m.start())
            roles = [noun.group("noun").lower()] if noun else ["woman"] if pron == "her" else ["man"] if pron == "his" else []
            parties.append(Party(initials, "person", roles, [source.cite(start, start + len(m.group("ini").rstrip()))]))


def _families_in_the_plural(parties: list[Party]) -> list[Party]:
    """"The Mosses say they will lobby lawmakers": a surname of the story's people in the plural is their family (the
    "Moss family" a statement is credited to), not a body named "Mosses"."""
    surnames = {surname_of(p.name) for p in parties if p.kind == "person" and " " in p.name}
    families = {p.name: p for p in parties if p.kind == "group"}
    kept = []
    for party in parties:
        stem = next((party.name[:-len(ending)] for ending in ("es", "s") if party.kind == "organization"
                     and " " not in party.name and party.name.endswith(ending) and party.name[:-len(ending)] in surnames), None)
        if stem is None:
            kept.append(party)
            continue
        family = families.get(stem + " family")
        if family is not None:
            family.citations.extend(c for c in party.citations if c not in family.citations)
            continue
        family = Party(name=stem + " family", kind="group", citations=list(party.citations))
        families[family.name] = family
        kept.append(family)
    return kept


def _one_kind_per_name(parties: list[Party]) -> list[Party]:
    """A name the article once shows to be a body's is that body's everywhere in it: "athleisure brand Tallow Peak"
    makes a bare "Tallow Peak said in a statement" the company too, not a person of that name."""
    bodies = {p.name: p for p in parties if p.kind == "organization"}
    kept = []
    for party in parties:
        body = bodies.get(party.name) if party.kind == "person" and not party.roles else None
        if body is None:
            kept.append(party)
            continue
        body.citations.extend(c for c in party.citations if c not in body.citations)
    return kept


# A stage or ring name told beside the legal one: "rapper Dee Roe, who performs as Saint Quill", "Saint Quill, whose
# legal name is Dee Roe", "Dee Roe, better known as Saint Quill", "Saint Quill (born Dee Roe)"
_STAGE_NAME_CUES = ("known as", "known to ", "name is", "(born ", "aka ", "a.k.a", "forms as", "raps as", "rapped as", "records as",
                    "recorded as", "sings as", "sang as", "goes by", "went by", "wrestles as", "wrestled as", "fights as",
                    "fought as", "streams as", "posts as", "posted as", "works as", "worked as", "under the name")
# (on one line; a stage name may open with a number: "21 Savage")
_STAGE_NAME_WORDS = r"(?<![\w.$'\u2019-])(?:\d{1,3}[ \t]+)?[A-Z][\w.$'\u2019-]*(?:[ \t]+[A-Z0-9][\w.$'\u2019-]*)*"
_STAGE_NAME_LINK = lazy_compile(
    rf"(?P<legal>{_STAGE_NAME_WORDS}),\s+(?:who\s+(?:performs|performed|raps|rapped|records|recorded|sings|sang|goes|went"
    r"|wrestles|wrestled|fights|fought|streams|streamed|posts|posted|is\s+known|was\s+known|works|worked)\s+(?:as|by|under(?:\s+the\s+name)?)"
    # ("Dee Roe, known to fans as \u201cSaint Quill,\u201d": known to an audience, the stage name in quotes)
    rf"|(?:(?:better|professionally|also|widely|publicly)\s+)?known\s+(?:to\s+(?:his\s+|her\s+|their\s+)?(?:fans|followers|listeners"
    rf"|viewers|audiences|friends|many|most)\s+)?as|a\.?k\.?a\.?)\s+[\"\u201c]?(?P<stage>{_STAGE_NAME_WORDS})"
    rf"|(?P<stage_first>{_STAGE_NAME_WORDS}),\s+whose\s+(?:legal|real|birth|given|full)\s+name\s+is\s+(?P<legal_after>{_STAGE_NAME_WORDS})"
    rf"|(?P<stage_before>{_STAGE_NAME_WORDS})\s+\((?:born|legal\s+name|real\s+name)\s+(?P<legal_within>{_STAGE_NAME_WORDS})\)")


def _join_stage_names(text: str, parties: list[Party]) -> list[Party]:
    """One person under two names is one party: the legal name, the stage name its alias (so "Saint Quill" and "Dee
    Roe" never stand as two people, or as two defendants)."""
    for m in _STAGE_NAME_LINK.finditer(text):
        legal_words = m.group("legal") or m.group("legal_after") or m.group("legal_within")
        stage_words = m.group("stage") or m.group("stage_first") or m.group("stage_before")
        # ("Rapper Dee Roe": a title or role before the name is part of the run, the name is its end)
        legal = next((p for p in parties if p.kind == "person" and " " in p.name
                      and (legal_words == p.name or legal_words.endswith(" " + p.name))), None)
        if legal is None:
            continue
        stage = next((p for p in parties if p is not legal and (stage_words == p.name or stage_words.endswith(" " + p.name))), None)
        stage_name = stage.name if stage else stage_words
        if stage_name == legal.name or stage_name in legal.aliases:
            continue
        legal.aliases.append(stage_name)
        if stage is not None:
            legal.aliases.extend(a for a in stage.aliases if a not in legal.aliases and a != legal.name)
            legal.roles.extend(r for r in stage.roles if r not in legal.roles)
            legal.citations.extend(stage.citations)
            parties = [p for p in parties if p is not stage]
    return parties


# The performer's trade before a stage name in a lede: "Harbor City rapper Saint Quill got five years"
_PERFORMER_BEFORE = lazy_compile(r"\b(?:[Rr]apper|[Ss]inger|DJ|[Ww]restler|[Ss]treamer|YouTuber|[Ii]nfluencer|[Cc]omedian"
                                 r"|[Mm]usician|TikToker|(?:drill|recording)\s+artist)\s+$")
# The legal name opening the next paragraph with a description that takes the lede's subject up again: "Dee Roe, the
# 28-year-old behind the hit ..., was sentenced"
_TAKEN_UP_AGAIN = lazy_compile(r",\s+the\s+\d{1,3}-year-old\b")
_CASE_WORDS = ("sentenc", "convict", "guilty", "prison", "charged", "acquit", "jail")


# Between two names of one list: "Ann Roe and Bo Lee", "Ann Roe, Cy Moss and Bo Lee", "Ann Roe, Cy Moss, and Bo Lee"
_LIST_LAST_GAP = lazy_compile(r",?[ \t]+(?:and|&)[ \t]+")
_LIST_MID_GAP = lazy_compile(r",[ \t]+")
# People a story counts by what they were to the case: "Two other patients", "Three residents"
_COUNTED_PERSON_NOUNS = frozenset("patient resident victim survivor student customer client passenger inmate "
                                  "investor tenant worker employee child".split())
# Plurals whose singular is no "-s" away
_IRREGULAR_PLURALS = {"children": "child", "men": "man", "women": "woman", "people": "person", "wives": "wife",
                      "grandchildren": "grandchild"}


# A count of people of one kind opening a list of their names: "Two other patients, ", "Three of his co-workers, "
_COUNTED_PEOPLE_BEFORE = lazy_compile(r"(?<![\w-])(?P<role>(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Bb]oth|[Ss]everal)\s+(?:(?:other|more|of\s+(?:his|her|their|the))\s+)?"
                                      r"(?:[a-z-]+\s+)?(?P<noun>[a-z-]+s)),[ \t]+$")


def _plural_role_noun(word: str) -> bool:
    """ "lawyers", "attorneys", "sisters", "children": a role noun in the plural, which a list of names shares."""
    low = word.lower().strip("\u2019'")
    if low in _IRREGULAR_PLURALS:
        return True
    roles = _PARTY_ROLE_NOUNS | KIN_NOUNS | _COUNTED_PERSON_NOUNS
    return low.endswith("s") and not low.endswith("ss") and (low[:-1] in roles or low.endswith("es") and low[:-2] in roles)


def _share_plural_role(text: str, names: list[_Name]) -> None:
    """ "His lawyers, Ann Roe and Bo Lee, asked", "Lee's attorneys Ann Roe and Bo Park": a plural role before a list
    of names is each one's role; only the first name stands next to it, the others are given it here."""
    ordered = sorted(names, key=lambda n: n.start)
    i = 1
    while i < len(ordered):
        last = ordered[i]
        if last.roles or last.org or not _LIST_LAST_GAP.fullmatch(text, ordered[i - 1].end, last.start):
            i += 1
            continue
        j = i - 1  # back over the middle of the list to its first name
        while j > 0 and not ordered[j].roles and not ordered[j].org \
                and _LIST_MID_GAP.fullmatch(text, ordered[j - 1].end, ordered[j].start):
            j -= 1
        first = ordered[j]
        role = first.roles[0] if first.roles and not first.org else ""
        counted = _COUNTED_PEOPLE_BEFORE.search(text, max(0, first.start - 40), first.start) \
            if not role and not first.org and len(first.words) > 1 else None
        counted = counted if counted and _plural_role_noun(counted.group("noun")) else None
        if counted:
            # "Two other patients, Ann Roe and Bo Lee, survived": a count of people of one kind, then who they are
            noun = counted.group("noun").lower()
            role = _IRREGULAR_PLURALS.get(noun) or (noun[:-1] if noun[:-1] in _COUNTED_PERSON_NOUNS | _PARTY_ROLE_NOUNS | KIN_NOUNS
                                                    else noun[:-2])  # each one is "a patient", not "Two other patients"
            first.roles.append(role)
            first.cue = True
        noun = role.split()[-1] if role else ""
        # (the role stands right before the first name, with or without its comma)
        if counted and role or noun and _plural_role_noun(noun) \
                and re.search(re.escape(noun) + r",?[ \t]+$", text[max(0, first.start - len(noun) - 3):first.start]):
            for other in ordered[j + 1:i + 1]:
                if not other.roles and not other.org:
                    other.roles.append(role)
                    other.cue = True
        i += 1


def _join_quoted_nicknames(text: str, parties: list[Party]) -> list[Party]:
    """ "Sheriff Bernard "Bernie" Coyle" and later "a prison term for Bernie Coyle": the nickname a name sets in
    quotation marks between given name and surname is the same person's, so "Bernie Coyle" joins "Bernard Coyle"."""
    people = {p.name: p for p in parties if p.kind == "person"}
    gone: set[int] = set()
    for m in _QUOTED_NICKNAME.finditer(text):
        full = people.get(f"{m.group('given')} {m.group('surname')}")
        short = people.get(f"{m.group('nick')} {m.group('surname')}")
        if full is None or short is None or short is full or id(short) in gone or short.roles:
            continue
        full.aliases.extend(a for a in [short.name, *short.aliases] if a not in full.aliases)
        full.citations = sorted(full.citations + short.citations, key=lambda c: c.start)
        gone.add(id(short))
    return [p for p in parties if id(p) not in gone] if gone else parties


# A nickname in quotation marks inside a name: 'Bernard "Bernie" Coyle', "Bernard “Bernie” Coyle"
_QUOTED_NICKNAME = lazy_compile(r"\b(?P<given>[A-Z][a-z]+)\s+[\u201c\"](?P<nick>[A-Z][a-z]+)[\u201d\"]\s+(?P<surname>[A-Z][\w\u2019'-]+)")


def _stage_name_in_lede(source: Source, parties: list[Party]) -> list[Party]:
    """A lede that names a performer by stage name and a next paragraph that opens on a legal name, described as the
    one just told of ("rapper Saint Quill got five years ..." then "Dee Roe, the 28-year-old behind the hit, was
    sentenced ..."), is about one person: the stage name, never used again, is the legal name's alias."""
    body = source.body()
    if len(body) < 2:
        return parties
    text = source.text
    lede, second = text[body[0].start:body[0].end], text[body[1].start:body[1].end]
    if not (any(w in lede for w in _CASE_WORDS) and any(w in second for w in _CASE_WORDS)):
        return parties
    legal = next((p for p in parties if p.kind == "person" and " " in p.name and second.startswith(p.name)
                  and _TAKEN_UP_AGAIN.match(second, len(p.name))), None)
    if legal is None:
        return parties
    rest = text[body[1].start:body[-1].end]
    stage = next((p for p in parties if p is not legal and p.kind == "person" and " " in p.name and p.name in lede
                  and _PERFORMER_BEFORE.search(lede, 0, lede.index(p.name)) and p.name not in rest
                  and not any(a in rest for a in p.aliases)), None)
    if stage is None:
        return parties
    legal.aliases.append(stage.name)
    legal.roles.extend(r for r in stage.roles if r not in legal.roles)
    legal.citations.extend(c for c in stage.citations if c not in legal.citations)
    return [p for p in parties if p is not stage]


# An outlet that is a public office rather than a newspaper: "U.S. Attorney's Office, District of Kansas",
# "Marlow County District Attorney's Office", "Harbour City Police"
_PUBLIC_OFFICE = lazy_compile(r"(?:Attorney|Attorneys|Prosecutor|Prosecuting Attorney|Sheriff|Solicitor)[\u2019']s\s+(?:Office|Department)"
                            r"|\bPolice(?:\s+Department)?$|\bDepartment\s+of\s+Justice\b")


def _add_issuing_office(source: Source, parties: list[Party]) -> None:
    """The office whose press release the story is, as the release names itself under its headline: "U.S. Attorney's
    Office, District of Kansas"."""
    outlet = source.outlet.strip()
    pattern = re.compile("['\u2019]".join(re.escape(part) for part in re.split("['\u2019]", outlet)))
    for para in source.paragraphs:
        m = pattern.search(source.text, para.start, para.end)
        if not m:
            continue
        same = [p for p in parties if p.kind == "organization" and (p.name == m.group() or m.group().startswith(p.name + ","))]
        party = same[0] if same else Party(name=m.group(), kind="organization")
        if party.name != m.group():
            party.aliases.append(party.name)  # "U.S. Attorney's Office" of the body is the release's issuer
            party.name = m.group()
        party.citations.append(source.cite(m.start(), m.end()))
        party.roles.append("issued the release")
        if not same:
            parties.append(party)
        return


def _body_and_listed(source: Source) -> list[Paragraph]:
    """The story's paragraphs, with the short lines of a list its prose opens with a colon ("The defendants are:" and
    a line per person, "Ann Roe, 27, of Glendale"), which the reader takes for headings as they end with no stop."""
    kept: list[Paragraph] = []
    in_list = False
    for para in source.paragraphs:
        if para.kind in ("body", "caption"):
            kept.append(para)
            lead_in = source.text[para.start:para.end].rstrip()
            # (a sentence, not a label: "Contact:" and the press office's lines after it name no one in the case)
            in_list = para.kind == "body" and lead_in.endswith(":") and len(lead_in.split()) >= 3
        elif para.kind == "heading" and in_list:
            kept.append(para)
        else:
            in_list = False
    return kept


def named_in_full_above(source: Source, surname: str) -> Optional[tuple[str, int, int]]:
    """ "Ezra Roe" (and where it stands) when the headline or the bulleted highlights above the story name the one the
    body calls only "Roe" (a live blog's "What we know" list): a full name the story itself never repeats."""
    spans = [(p.start, p.end) for p in source.paragraphs if p.kind == "heading"]
    at = source.text.find(source.title) if source.title else -1
    if at >= 0:
        spans.append((at, at + len(source.title)))  # (last: a highlight is a paragraph a note can point to)
    # (a name never runs across lines: "1:52 PM EDT" above a live blog's "Roe's lawyers say" is no first name)
    pattern = re.compile(rf"\b([A-Z][a-z'\u2019][\w'\u2019-]*)[ \t]+(?:[A-Z]\.[ \t]+)?{re.escape(surname)}\b")
    for start, end in spans:
        for m in pattern.finditer(source.text, start, end):
            if m.group(1) not in STOPWORDS and not _is_title(m.group(1)) and m.group(1) not in MONTHS_AND_DAYS:
                return f"{m.group(1)} {surname}", m.start(), m.end()
    return None


# "SHANE M. ROE, 39, of Lowell, and ...": a press release sets each defendant's name in capitals, with the age or
# home town after it (an agency's acronym never takes either)
_CAPITALS_NAME = lazy_compile(r"[A-Z][A-Z'\u2019-]+(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][A-Z'\u2019-]+){1,2}")
_AGE_OR_HOME_AFTER = lazy_compile(r",[ \t]+(?:\d{1,3},|of[ \t]+[A-Z])")


def _capitals_name(text: str, start: int, end: int) -> _Name | None:
    """A person's name set in capitals, as the story spells it elsewhere ("O'Dare") or else in title case."""
    if not (_CAPITALS_NAME.fullmatch(text, start, end) and _AGE_OR_HOME_AFTER.match(text, end)):
        return None
    words = []
    for word in text[start:end].split():
        spelled = next((m.group() for m in re.finditer(rf"\b{re.escape(word)}(?![\w'\u2019-])", text, re.IGNORECASE)
                        if not m.group().isupper()), None)
        words.append(spelled or word.title())
    if words[0].capitalize() in STOPWORDS or any(w.upper() in _THING_ACRONYMS for w in words):
        return None
    return _Name(start, end, words, cue=True)


# An ordinal that numbers a body is part of its name: "the 18th Judicial District Attorney's Office", "the 82nd Airborne
# Division" (not a date's: "the 4th" alone is no body)
_ORDINAL_BEFORE = lazy_compile(r"(?<![\w.,-])(\d{1,3}(?:st|nd|rd|th))\s+$")
_ORDINAL_LABEL = lazy_compile(r"\d{1,3}(?:st|nd|rd|th)\s[A-Z]")
_NUMBER_WORD_BEFORE = lazy_compile(r"(?:^|\b[Tt]he\s+|\bat\s+)(One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Hundred)\s+$")
# The head of a bar's or an eatery's name (a number word before it is part of the name, never a count)
_VENUE_HEADS = _TRADE_HEADS | frozenset("Bar Saloon Club Cafe Café Diner Restaurant Lanes Brewery Taproom Cantina Bistro".split())


# "a 2021 Sea Ray", "a 2019 Ford Explorer": a model year before a name makes it a product
_MODEL_YEAR = lazy_compile(r"\b(?:19|20)\d\d\s+$")
# "a silver Nissan Altima", "his Ford F-150", "a stolen black Dodge Charger": a vehicle or other thing, told with an
# owner's determiner or a colour; a person's name never follows "his" or "a silver" straight away
_OWNED_OR_COLOURED = lazy_compile(
    r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+|\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:[\w-]+\s+)?(?:(?:dark|light|bright|metallic)[\s-]+)?"
    r"(?:silver|black|white|red|blue|gray|grey|green|gold|tan|maroon|beige|brown|burgundy|yellow|orange|purple|teal|champagne"
    r"|stolen|rented|rental|borrowed|unmarked|late-model|older|newer|damaged|abandoned|dark-colou?red|light-colou?red"
    # ("a used Ford Ranger", "a leased Audi A4": bought or hired, as no person is)
    r"|used|leased|second-?hand|brand-new)\s+)"
    # ("Lee's Dodge Charger struck the van": a person's possessive before a bare name, no kin or role word between)
    r"|(?<![\w.])[A-Z][\w-]*[\u2019']s\s+"
    # ("fled in the family's Toyota Kluger", "the victim's Honda Civic": a household's or a victim's thing)
    r"|\b[Tt]he\s+(?:family|couple|victim|victims|company|firm|household)[\u2019']s?\s+)$")
# "prescribed Velcora by her doctor", "the top prescribers of Velcora", "no longer sells Velcora": what is prescribed
# or sold is a product
_PRODUCT_VERB_BEFORE = lazy_compile(r"\b(?:prescri(?:bed|bing|bers?\s+of|ptions?\s+(?:of|for))|sells|selling|marketed|marketing)\s+$")
# ("... Lee's Dodge Charger. The Charger's recorder": a product's later mention takes "the", as no person's does)
_THE_BEFORE = lazy_compile(r"\b[Tt]he\s+$")


# Makes of car news names a vehicle by ("a black Dodge Charger", "the family's Honda CR-V", "a Holden Commodore")
_CAR_MAKES = frozenset("Acura Audi BMW Buick Cadillac Chevrolet Chevy Chrysler Dodge Ferrari Fiat Ford GMC Holden Honda Hummer "
                       "Hyundai Infiniti Isuzu Jaguar Jeep Kia Lexus Lincoln Mazda Mercedes Mercedes-Benz Mitsubishi Nissan "
                       "Peugeot Pontiac Porsche Renault Saab Saturn Skoda Subaru Suzuki Tesla Toyota Vauxhall Volkswagen VW "
                       "Volvo".split())


_MAKE_AND_MODEL = lazy_compile(r"\b(?:" + "|".join(sorted(_CAR_MAKES, key=lambda make: (-len(make), make))) + r")\s+(?P<model>[A-Z0-9][\w-]*)")


def _a_vehicle(party: Party, models: set[str]) -> bool:
    """A name the story gives no role that opens on a make of car ("Dodge Charger", "Toyota Kluger") or is a model the
    story names after its make ("a Honda CR-V"): a vehicle, never a party (a person of such a surname, "Tom Ford",
    opens on a given name). `models` are the words that follow a make anywhere in the story."""
    if party.roles or party.kind not in ("person", "organization") or not party.citations:
        return False
    words = party.name.split()
    if words[0] in _CAR_MAKES and 2 <= len(words) <= 3 and words[0] != "Lincoln" or words[0] in ("Mercedes-Benz", "Chevy"):
        return True
    # ("the occupants of the CR-V" where the story wrote "a Honda CR-V" before)
    return party.name in models


def _a_street(party: Party) -> bool:
    """ "the crash at Mavis Road and Eglinton Avenue West, which left ...": a street, with its quarter, is no body."""
    words = party.name.split()
    return not party.roles and len(words) > 1 and (words[-1] in _STREET_OR_WATER
                                                   or words[-1] in _QUADRANTS and words[-2] in _STREET_OR_WATER)


def _place_or_product(text: str, party: Party) -> bool:
    """A "person" the story never gives a role and only ever names after a place preposition ("a retired nurse from
    Smiths Grove", "a district around Bowling Green", "lives in Cedar Flat") is a town; after a model year, a
    product."""
    if party.kind != "person" or party.roles or not party.citations:
        return False
    before = [text[max(0, c.start - 40):c.start] for c in party.citations]
    told_as_thing = [bool(_MODEL_YEAR.search(b) or _OWNED_OR_COLOURED.search(b) or _PRODUCT_VERB_BEFORE.search(b)) for b in before]
    # (a number that opens a town's name, "in 100 Mile House", stands between the preposition and the run)
    return (told_as_thing[0] and all(told or _THE_BEFORE.search(b) for told, b in zip(told_as_thing, before))) or \
        all((_word_before(_COMPASS_BEFORE.sub(" ", re.sub(r"\s\d+\s+$", " ", text[max(0, c.start - 30):c.start]))).lower()
             in _PLACE_PREPOSITIONS
             # (not the last word of the sentence before, "... for a break-in. Ian Roe, 23, pleaded guilty")
             and not re.search(r"[.!?:;]['\"\u2019\u201d]?\s*$", text[max(0, c.start - 20):c.start])
             or (text.endswith("of ", 0, c.start) and _COMPASS_OF.search(text, max(0, c.start - 30), c.start)))
            and not _PERSON_AFTER.match(text, c.end) for c in party.citations) \
        or _named_as_a_place_elsewhere(text, party.name) or _short_form_of_a_body(text, party.name)


# A quarter of a place before its name: "of Glen Road in west Belfast", "a flat in south London"
_COMPASS_BEFORE = lazy_compile(r"\s(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|central|inner|outer"
                               r"|northern|southern|eastern|western)\s+$")
# A direction from a place names that place: "a suburb north of Cedar Falls", "just west of Port Ames"
_COMPASS_OF = lazy_compile(r"\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+$", re.IGNORECASE)
# The head words that end an institution's full name, whose first words news goes on with alone
_SHORT_FORM_HEADS = r"(?:High\s+School|Middle\s+School|Elementary(?:\s+School)?|School|Academy|College|University|Church|Hospital)"


def _short_form_of_a_body(text: str, name: str) -> bool:
    """ "had taught at Maple Crest for 14 years" where the article also writes "Maple Crest High School": a name that
    opens an institution's full name elsewhere is that institution's short form (not a person named "Ann Lee" beside
    "Ann Lee Elementary": a given name opens a person's name)."""
    words = name.split()
    if not 2 <= len(words) <= 3 or words[0].lower() in MALE_GIVEN_NAMES or words[0].lower() in FEMALE_GIVEN_NAMES:
        return False
    return re.search(rf"\b{re.escape(name)}\s+{_SHORT_FORM_HEADS}\b", text) is not None


def _named_as_a_place_elsewhere(text: str, name: str) -> bool:
    """A name the article once writes as a place ("the corruption in Pell Crossing", "whose district includes Pell
    Crossing") is that place wherever else it stands ("the former mayor of Pell Crossing", "good for Pell Crossing")."""
    words = name.split()
    if not 2 <= len(words) <= 3 or words[0].lower() in MALE_GIVEN_NAMES or words[0].lower() in FEMALE_GIVEN_NAMES:
        return False
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if _PLACE_ENDS.match(text, end):
            lead_in = text[max(0, at - 40):at]
            word_before = _word_before(lead_in)
            if word_before == "in" and lead_in.endswith(" in ") or word_before in ("includes", "covers", "spans", "encompasses", "of") \
                    and _TAKES_IN_PLACE_BEFORE.search(lead_in):
                return True
            if word_before == "of" and _PLACE_HELD_OF_BEFORE.search(lead_in):
                return True  # ("the shore town of Pell Crossing", "the people of Pell Crossing": a place)
        at = text.find(name, end)
    return False


# Where a sentence is served, named as a place: "18 months in the House of Correction", "held at the Lake County
# Detention Center" (not the agencies that run them: "the Bureau of Prisons", "the Department of Corrections")
_CONFINEMENT_PLACE = lazy_compile(r"(?:House\s+of\s+Correction|Detention\s+(?:Center|Centre|Facility)|Jail|Gaol|Penitentiary"
                                r"|Correctional\s+(?:Facility|Center|Centre|Institution|Complex)|Prison)$")


def _place_of_confinement(text: str, party: Party) -> bool:
    """A jail or prison the story names only as where someone is or will be held, never as acting or speaking."""
    return party.kind == "organization" and _CONFINEMENT_PLACE.search(party.name) is not None and not party.roles \
        and not any(_ORG_SPEAKS.match(text, c.end) or _SPOKES_AFTER.match(text, c.end) for c in party.citations)


# A list of counts, up to a title-cased offence: "pleaded guilty to one count each of Identity Theft, Forgery and
# Receiving Stolen Property", "held for trial on charges of Insurance Fraud" (a release writes each offence as its
# statute's title)
_TITLED_COUNTS_BEFORE = lazy_compile(r"\b(?:guilty\s+(?:to|of)|charged\s+with|convicted\s+of|counts?\s+(?:each\s+)?of|charges?\s+of|each\s+of)\s+"
                                   r"(?:(?:[A-Z][\w'\u2019-]*|of|by|with|to|from|an?|the|in|over|under|for)(?:,?\s+(?:and\s+|or\s+)?))*$")


def _offence_title(text: str, party: Party) -> bool:
    """A "person" named only inside a list of counts, whose words name an offence ("Identity Theft"), is the count."""
    if party.kind != "person" or party.roles or not party.citations:
        return False
    if not all(_TITLED_COUNTS_BEFORE.search(text, max(0, c.start - 160), c.start) for c in party.citations):
        return False
    from builder.extract.charges import names_offence  # (charges reads the defendant, who is read from the parties)
    return names_offence(party.name.lower())


# ("heard from Ann Lee, who saw it"): a person still, whatever came before
_PERSON_AFTER = lazy_compile(r"\s*,\s*(?:who|whose)\b|,?\s+(?:said|says|told|testified)\b")


# (not "of", "to" or "at": "the death of Ann Lee", "apologized to Ann Lee", "a chef at Osteria Lee")
_PLACE_PREPOSITIONS = frozenset("in from near around outside across throughout".split())


# A broadcaster's call letters: "WTVB", "KXLT-TV", "WQRA-FM"
_CALL_LETTERS = lazy_compile(r"[KWC][A-Z]{2,3}(?:-(?:TV|FM|AM|DT|CD|LD))?")


def _outlet_names(outlet: str) -> set[str]:
    """The names a story's outlet goes by, lower case: the whole name, its first word ("Tribune" of "Tribune News
    Service"), and a station's call letters with and without the band ("WTVB 13 News", "KXLT-TV")."""
    words = outlet.split()
    if not words:
        return set()
    names = {outlet.lower()}
    lead = words[1] if words[0] in ("The", "the") and len(words) > 1 else words[0]
    if len(lead) > 2 and lead[:1].isupper():
        names.add(lead.lower())
    for word in words:
        if _CALL_LETTERS.fullmatch(word):
            names |= {word.lower(), word.split("-")[0].lower()}
    return names


# An article and a career word before a body's name that qualifies a job noun ("a retired SEPTA mechanic")
_JOB_OF_A_BODY = lazy_compile(r"\b[Aa]n?\s+(?:(?:former|retired|veteran|longtime|off-duty|onetime|one-time|ex-|part-time|full-time)\s+)*$")
_WHOLE_QUOTATION = lazy_compile(r"[\u201c\"][^\u201c\u201d\"]+[\u201d\"][,.]?$")


def _ampersand_name(text: str, start: int, end: int, para: Paragraph) -> _Name | None:
    """ "Harbor Pain & Wellness", "Dunn & Bradstreet": news prose never joins two parties with "&", so the
    words on both sides make one business's name."""
    amp = _AMPERSAND.match(text, end, para.end)
    run = NAME_RUN.match(text, amp.end(), para.end) if amp else None
    if not run:
        return None
    tokens = [(m.start() + start, m.group()) for m in _TOKEN.finditer(text[start:run.end()])]
    while tokens and tokens[0][1] in STOPWORDS:
        tokens.pop(0)  # "The Smith & Roe firm": the article is no part of the name
    if not tokens or tokens[0][1] == "&" or any(t[1] in MONTHS_AND_DAYS for t in tokens):
        return None
    lower = next((i for i, t in enumerate(tokens) if t[1].islower()), None)
    if lower is not None and tokens[lower - 1][0] >= amp.end() and tokens[lower - 1][1].rstrip(".,") in _COMPANY_SUFFIXES:
        # "Hale & Moss LLC of Dayton": the legal suffix ends the business's name, the town after it is no part of it
        tokens = tokens[:lower]
        end = tokens[-1][0] + len(tokens[-1][1])
        return _Name(tokens[0][0], end, [t[1] for t in tokens], org=True, introduced=True)
    if lower is not None:
        return None  # "Lena Roe of Hale & Moss": a person and her firm, read as "X of Y" is read
    return _Name(tokens[0][0], run.end(), [t[1] for t in tokens], org=True, introduced=True)


# A company's legal suffix after a comma: "Birch Lane Home Care, LLC", "Elm Tool, Inc."
_COMMA_COMPANY_SUFFIX = lazy_compile(r",\s+(?:LLC|L\.L\.C\.|PLLC|LLP|Inc\.?|Ltd\.?|Corp\.?|P\.C\.)(?![\w.])")
# Services a care business names beside "Health": "Home Health and Rehab", "Health and Hospice"
_CARE_FIELDS = frozenset("Rehab Rehabilitation Hospice Wellness Therapy Nursing Fitness Care".split())
_FIELD_SERIES = lazy_compile(r"(?:,\s+[A-Z][a-z]+){1,4},?\s+(?:and|&)\s+[A-Z][a-z]+\b(?!\s+[A-Z])")


# Plurals whose possessive is part of a body's field ("Department of Children's Services", "Office of Veterans' Affairs"):
# a people named as a class, never one owner
_PLURAL_OWNERS = frozenset("Children Women Men People Veterans Families Workers Seniors Youth".split())
_PLURAL_POSSESSIVE_NAME = lazy_compile(r"(?:[\u2019']s|(?<=s)[\u2019'])(?:\s+[A-Z][\w-]+){1,3}")


def _extend_body_name(text: str, name: _Name, para: Paragraph) -> None:
    """ "Joint Council for Cosmetic Practitioners", "Sun Crest Roofing and Restoration LLC": a body's name runs on
    past "for" after its head word, or past "and" into a company suffix."""
    suffix = _COMMA_COMPANY_SUFFIX.match(text, name.end, para.end) if text[name.end:name.end + 1] == "," else None
    if suffix:
        # "Birch Lane Home Care, LLC, which billed ...": the company's legal suffix, set off by a comma, ends its name
        name.end = suffix.end()
        name.words = text[name.start:name.end].split()
        return
    partners = _FIRM_PARTNERS.match(text, name.end, para.end) if re.search(r"\bfirm\s+$", text[max(para.start, name.start - 6):name.start]) else None
    if partners and not any(w in _NOT_NAME_WORDS or _is_title(w) or w in _HONORIFIC_WORDS
                            for w in re.findall(r"[A-Z][\w.'-]*", partners.group())):
        # "the law firm Reed and Lutz": a firm is named for its partners, joined by "and" -- one name, no person
        name.end = partners.end()
        name.words = text[name.start:name.end].split()
        return
    tokens = [(0, 0, w) for w in name.words]
    plural_owner = _PLURAL_POSSESSIVE_NAME.match(text, name.end, para.end) if name.words[-1] in _PLURAL_OWNERS else None
    if plural_owner and "of" in name.words and any(_is_body_word(tokens, i) for i in range(name.words.index("of"))):
        # "Department of Children's Services", "Ministry of Women's Affairs": a plural's possessive is part of the field
        name.end = plural_owner.end()
        name.words = text[name.start:name.end].split()
        return
    if "of" in name.words and any(_is_body_word(tokens, i) for i in range(name.words.index("of"))):
        # "Bureau of Alcohol, Tobacco, Firearms and Explosives": the fields a body is "of" may run as a series
        series = _FIELD_SERIES.match(text, name.end, para.end)
        if series:
            name.end = series.end()
            name.words = text[name.start:name.end].split()
            return
        # "Department of Health and Human Services": the field a body is "of" may itself hold an "and"
        m = re.match(r"\s+(?:and|&)\s+", text[name.end:para.end])
        run = NAME_RUN.match(text, name.end + m.end(), para.end) if m else None
        # ("Department of Health and Human Services": the field ends on "Services", in a field's words)
        field_then_head = run is not None and set(run.group().split()[:-1]) <= set(_FIELD_WORDS.split()) \
            and run.group().split()[-1] in ("Services", "Safety", "Security")
        if run and len(run.group().split()) <= 3 and not re.match(r"[\u2019']s\b", text[run.end():run.end() + 2]) \
                and (field_then_head or not any(w in _NOT_NAME_WORDS or w in _BODY_WORDS or w in _TITLES
                                                or w.isupper() for w in run.group().split())):
            name.words += text[name.end:run.end()].split()
            name.end = run.end()
        return
    if not _is_body_word(tokens, len(tokens) - 1):
        return
    m = re.match(r"\s+(?:(for)\s+(?:the\s+)?|(?:and|&)\s+)", text[name.end:para.end])
    run = NAME_RUN.match(text, name.end + m.end(), para.end) if m else None
    # ("Elm Park Health and Rehabilitation Center": after a field word, "and" runs on into the body's head)
    field_and_head = name.words[-1] in ("Health", "Healthcare") and run is not None \
        and len(run.group().split()) <= 3 and run.group().split()[-1] in _BODY_WORDS
    # ("Elm Crest Home Health and Rehab", "Oak Hill Health and Hospice": a care business named for its two services)
    field_and_head = field_and_head or name.words[-1] in ("Health", "Healthcare") and run is not None \
        and set(run.group().split()) <= _CARE_FIELDS
    if run and not m.group(1) and run.group().split()[-1].rstrip(".") not in _COMPANY_SUFFIXES and not field_and_head:
        return  # "Acme Roofing and Ann Roe": only a company's suffix ("and Restoration LLC") continues the name
    if run and not any(w in _NOT_NAME_WORDS for w in run.group().split()):
        name.words += text[name.end:run.end()].split()
        name.end = run.end()


def _is_credit(text: str, start: int, end: int, para: Paragraph) -> bool:
    """Photographer or agency credits: "Mary Altaffer / Pool via AP", "...daughter.Robert Miller"."""
    if _CREDIT_NEAR.search(text[max(para.start, start - 3):start]) or _CREDIT_NEAR.match(text[end:end + 3]):
        return True
    if para.kind == "caption" and text[end:para.end].strip() == "" and start > para.start:
        return text[start - 1] in ".!?" or text[para.start:start].strip() == ""
    return False


# The surnames courts give people they keep anonymous, numbered when there are several ("Jane Doe 2", "John Roe 1"),
# and the number after one (not "Jane Doe 2,000" nor a count of years: "John Doe 3 years ago")
_PSEUDONYM_SURNAMES = frozenset(("Doe", "Roe"))
_PSEUDONYM_NUMBER = lazy_compile(r" (\d{1,2})\b(?![,.]\d|\s+(?:years?|months?|weeks?|days?|times?|percent|%)\b)")


def _read_run(text: str, start: int, end: int, para: Paragraph) -> _Name | None:
    lead_in = text[max(para.start, start - 40):start]
    if _ends_with(lead_in, ("for", "on", "against", "of", "the")) and _ORG_TAIL_BEFORE.search(lead_in):
        return None  # "Center for Wrongful Convictions": the tail of an organisation's name, no person
    if _LAW_REPORT_BEFORE.search(text[max(para.start, start - 10):start]):
        return None  # "[2025] EWCA Crim 1487": a law report, no party
    unlisted = _UNLISTED_ABBREVIATION_BEFORE.search(text, max(para.start, start - 8), start)
    if unlisted:
        start = unlisted.start()  # "Const. Ann Roe": the abbreviated rank, cut off the run at its period, opens it again
    tokens = [(m.start() + start, m.end() + start, m.group()) for m in _TOKEN.finditer(text[start:end])]
    if _is_dateline(text, start, end, para) or _is_reporter(text, start, end, para):
        return None  # "NEW YORK (AP) —": a dateline's place; "NPR's Ann Roe reports": the reporter, no party
    if tokens and tokens[0][2] in _VESSEL_PREFIXES:
        return None  # "USS Galveston": a ship, no party
    if len(tokens) > 1 and tokens[-1][2] == "Anonymous":
        return None  # "Gamblers Anonymous": a recovery programme a court orders, no party
    if _STREET_BEFORE.search(text, max(para.start, start - 40), start):
        return None  # "on Ballarat Rd, Deer Park, on the night": the suburb after a street, a place
    if _THING_NOUN_AFTER.match(text, end):
        return None  # "the Economic Injury Disaster Loan program", "the Safe Streets initiative": a thing's name
    if _PLACE_BEFORE_PERSON.match(text, end) and (re.match(r"(?:An?|The)\s", text[start:end])
                                                  or re.search(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z\d][\w-]*\s+){0,2}$", lead_in)):
        # ("gave a young African Nova Scotian man a conditional sentence": where he is from, after the article's adjectives)
        return None  # "A Linden Falls woman was convicted": the town she is from, no one's name
    if tokens and tokens[0][2] == "Bill" and re.match(r"-\d", text[end:end + 2]):
        return None  # "federal Bill C-5": a bill's number, no one's name
    if tokens and tokens[0][2] in _OFFICE_HEADS and re.search(r"[\u2019']s\s+$", text[max(para.start, start - 3):start]):
        return None  # "Attorney's Office": the tail of an office's name, never a person
    while len(tokens) > 1 and tokens[0][2] in AFFILIATIONS and _is_title(tokens[1][2]):
        tokens.pop(0)  # "Republican Sen. Ann Roe": the party describes the senator, is no part of the name
    affiliated = next((i for i, t in enumerate(tokens[:3]) if t[2] in AFFILIATIONS), None)
    if affiliated is not None and len(tokens) - affiliated > 2 and not any(t[2] in ORG_WORDS for t in tokens):
        tokens = tokens[affiliated + 1:]  # "Ohio Republican Ann Roe", "Democrat Ann Roe": the party describes her
    # ("WHEN Jarrod Roe walked out": a tabloid lede sets its first word in capitals; that word is still no name)
    while tokens and (tokens[0][2] in STOPWORDS or tokens[0][2] in MONTHS_AND_DAYS
                      or len(tokens) > 1 and len(tokens[0][2]) > 2 and tokens[0][2].isupper()
                      and tokens[0][2].capitalize() in STOPWORDS):
        tokens.pop(0)
    if len(tokens) > 2 and _AGENTS_OF.match(text, tokens[0][0]) and _opens_sentence(text, tokens[0][0], para) \
            and not _body_name([t[2] for t in tokens[2:] if t[2] not in ("the", "The")]):
        # "Producers of Rock Bay declined to comment": a plural noun capitalised by position, not a name ("Members of
        # the Elm Cycling Club": the body named after it is still read)
        return None
    if 2 <= len(tokens) <= 3:
        short = _Name(tokens[0][0], tokens[-1][1], [t[2] for t in tokens])
        if _short_form_speaks(text, short):
            short.org = short.introduced = True  # "Carrick State said" after "Carrick State University": the school
            return short
    based = bool(tokens) and tokens[0][2].endswith("-based")
    while tokens and tokens[0][2].endswith("-based"):
        tokens.pop(0)  # "Lakeside-based Open Pantry Fund": where the body is based, no part of its name
    if based and tokens:
        return _Name(tokens[0][0], tokens[-1][1], [t[2] for t in tokens], org=True, introduced=True)
    if len(tokens) > 2 and tokens[-1][2] in _THEATRES and tokens[-2][2] in _FORMATION_HEADS | {"Command"}:
        # "Naval Surface Force Atlantic said": a command named for the theatre it serves
        return _Name(tokens[0][0], tokens[-1][1], [t[2] for t in tokens], org=True, introduced=True)
    if len(tokens) > 1 and tokens[-1][2] in ("Section", "Sections") and tokens[-2][2] in _LAW_ENDS:
        return None  # "Penal Code Section 290": a law's section, never a unit
    if len(tokens) > 1 and tokens[-1][2] in _FORMATION_HEADS and (_ROMAN_NUMERAL.fullmatch(tokens[0][2]) or not _is_title(tokens[-2][2])):
        # "the Marine Expeditionary Force said": a unit, though its first word may be a service's ("Marine Sgt.")
        # ("Kelby Border Force officers arrested him": a force whose members act in the case is in it, as a police force is)
        return _Name(tokens[0][0], tokens[-1][1], [t[2] for t in tokens], org=True,
                     introduced=bool(_MEMBER_AFTER.match(text, end) or _ORG_SPEAKS.match(text, end))
                     and len(tokens) > 1 and not _is_title(tokens[0][2]))
    if len(tokens) > 1 and tokens[-1][2] in _FORCE_TAILS and not _is_title(tokens[0][2]) \
            and not any(t[2] in OUTLET_WORDS for t in tokens):
        # "South Wales Police", "Oregon State Police", "Fraternal Order of Police": a force or its union
        return _Name(tokens[0][0], tokens[-1][1], [t[2] for t in tokens], org=True)
    if len(tokens) == 2 and tokens[0][2] in _FORCE_TAILS and not _is_title(tokens[1][2]) \
            and tokens[1][2].lower() not in MALE_GIVEN_NAMES and tokens[1][2].lower() not in FEMALE_GIVEN_NAMES:
        # "a statement issued through Police Scotland": a force named for the country it polices, its name after (a
        # police force in a criminal case is in the case wherever it is named)
        return _Name(tokens[0][0], tokens[-1][1], [t[2] for t in tokens], org=True, introduced=True)
    if len(tokens) > 2 and tokens[0][2] in _MUNICIPAL and tokens[1][2] == "of":
        # "the Village of Elm Falls said": a municipality as a body, a party when it acts or speaks
        return _Name(tokens[0][0], tokens[-1][1], [t[2] for t in tokens], org=True, introduced=True)
    if len(tokens) > 1 and _WHICH_AFTER.match(text, tokens[-1][1]) and not _is_title(tokens[0][2]) \
            and tokens[0][2] not in PLACE_PREFIXES and tokens[-1][2] not in PLACE_SUFFIXES \
            and not _after_locative(text, tokens[0][0]) and not re.search(r"\b[Tt]he\s+$", lead_in) \
            and not any(t[2] in OUTLET_WORDS for t in tokens):
        # "Elm Ferry Lines, which settled the lawsuits, …": a name that takes "which" is no person's
        return _Name(tokens[0][0], tokens[-1][1], [t[2] for t in tokens], org=True, introduced=True)
    # ("Marta Ruiz of Mothers Against Drunk Driving": a person, then the group she speaks for, which the "of" below splits
    # off; not "Friends of the Earth" or "Alliance of Families Against Crime", whose words before "of" are a body's)
    of_at = next((i for i, t in enumerate(tokens) if t[2] == "of"), None)
    person_of = of_at is not None and 2 <= of_at <= 3 \
        and not any(_is_title(t[2]) or _is_body_word(tokens, i) or t[2] in _CAUSE_LINKS for i, t in enumerate(tokens[:of_at]))
    if len(tokens) > 2 and any(t[2] in _CAUSE_LINKS for t in tokens[1:-1]) and not _is_title(tokens[0][2]) \
            and not person_of:
        # "Mothers Against Drunk Driving", "Survivors For Safer Roads": a campaign group named for its cause
        return _Name(tokens[0][0], tokens[-1][1], [t[2] for t in tokens], org=True, introduced=True)
    if tokens and _opens_sentence(text, tokens[0][0], para) and _common_opener(text, tokens[0][2]) \
            and not (len(tokens) >= 3 and _is_title(tokens[0][2]) and tokens[0][2].endswith("s")):
        # (a plural rank before a full name is shared by the people listed: "Detectives Ann Lee and Bo Park said")
        tokens.pop(0)  # "Sentencing Oseki on Friday", "Campaigners say": a common word capitalised by position
    if any(t[2] in AFFILIATIONS for t in tokens) and not any(t[2] in ORG_WORDS for t in tokens):
        return None  # "the Democrat said", "a Texas Republican": an affiliation describes a person, is none
    if len(tokens) == 1 and text[start - 1:start] != "@" and len(_CASE_CHANGE.findall(tokens[0][2])) >= 2 \
            and (_ORG_SPEAKS.match(text, end) or _SPOKES_AFTER.match(text, end)):
        # "FundMeNow said", "a PayPal spokesperson": a brand written in camel case that speaks is a company
        return _Name(tokens[0][0], tokens[0][1], [tokens[0][2]], org=True, introduced=True)
    if len(tokens) > 1 and re.fullmatch(r"[A-Z]{2,5}", tokens[0][2]) and tokens[0][2] not in _THING_ACRONYMS \
            and _UNIT_SPEAKS.match(text, tokens[-1][1]):
        # "The IRS Criminal Investigation office in Tampa said": an agency named by its parent's acronym and its
        # own words, speaking through one of its offices
        return _Name(tokens[0][0], tokens[-1][1], [t[2] for t in tokens], org=True, introduced=True)
    if any(len(_CASE_CHANGE.findall(t[2])) >= 2 for t in tokens) or text[start - 1:start] == "@":
        return None  # "RoeLivesLoud", "@annroe": a social media handle, not a name as written
    if _ARTICLE_BEFORE.search(lead_in) and len(tokens) > 1 and _body_name([t[2] for t in tokens]) \
            and (_SPOKES_AFTER.match(text, end) or _TASK_FORCE_AFTER.match(text, end) or _MEMBER_AFTER.match(text, end)) \
            and not _OWNED_THING.search(lead_in) and not _STAGE_ROLE.search(lead_in):
        # "a Clark County Humane Society spokeswoman said": a body's whole name qualifying its speaker is the body
        # ("arrested by a U.S. Marshals Service fugitive task force": so is one qualifying the unit that acted, and
        # "an Iowa State Patrol trooper stopped his car": one qualifying its member who acted)
        return _Name(tokens[0][0], tokens[-1][1], [t[2] for t in tokens], org=True)
    if len(tokens) > 1 and _body_name([t[2] for t in tokens]) and _SPOKES_THEN_NAME.match(text, end) \
            and not _OWNED_THING.search(lead_in) and not _STAGE_ROLE.search(lead_in):
        # "Naval Air Force Pacific spokesman Lt. Ann Roe said": the body the named spokesperson speaks for is a party
        return _Name(tokens[0][0], tokens[-1][1], [t[2] for t in tokens], org=True, introduced=True)
    if _OWNED_THING.search(lead_in) or _STAGE_ROLE.search(lead_in) or _ARTICLE_BEFORE.search(lead_in):
        return None  # "a Jeep Grand Cherokee": a person is not "a" name
    if len(tokens) == 1 and tokens[0][2] not in PLACE_SUFFIXES and (
            _BUSINESS_AFTER.match(text, end, para.end) and not _only_capitalised_at_a_start(text, tokens[0][2], para)
            or _BUSINESS_BEFORE.search(text, max(para.start, start - 30), start) and not _FOUNDED_AFTER.match(text, end)):
        # "Coinvale customers", "crypto lender Coinvale": a one-word name used as a business's name
        return _Name(tokens[0][0], tokens[0][1], [tokens[0][2]], org=True, introduced=True)
    if _ROLE_MODIFIER.match(text, end, para.end):
        return None  # "White House press secretary Ann Roe": the run qualifies the role of the name after it
    if not tokens or any(_PARTY_TAG.match(t[2]) for t in tokens) or _FAMILY_AFTER.match(text[end:end + 10]):
        return None  # "R-Plymouth"; "the Lopez family" is a group (see _groups_and_orgs), not a person
    if len(tokens) > 1 and _is_title(tokens[0][2]) and _NAME_AFTER_OFFICE.match(text, tokens[-1][1]) \
            and (text.startswith(("The ", "the "), start) or lead_in.endswith(("the ", "The "))):
        return None  # "The Director of Public Prosecutions, Ken Roe,": the office introduces the name after it
    if _POSSESSIVE_TITLE.match(text, tokens[-1][1]):
        return None  # "Commonwealth" of "Commonwealth's Attorney": part of the next name's title
    home_town = False
    office_title = 0  # "Colorado Secretary of State Ann Roe": how many words the office's title takes
    if any(t[2] == "of" for t in tokens):
        head = tokens[:next(i for i, t in enumerate(tokens) if t[2] == "of")]
        if head and _is_title(head[-1][2]) and len(tokens) - len(head) >= 4 and "of" not in (t[2] for t in tokens[len(head) + 1:]) \
                and not any(_is_body_word(tokens, i) for i in range(len(tokens))):
            office_title = len(tokens) - _name_size(tokens)  # the title runs through its office; the name ends the run
        elif (any(t[2] not in _TITLES for t in head)
                # ("District Attorney Heidi Roe of Eagle County": the title before the name may hold a place word)
                and not any(t[2] in _BODY_WORDS or t[2] in PLACE_SUFFIXES for t in head[_title_length(head):])):
            # "Ann Blake of Salem;": a person given with their home town, as news lists victims
            home_town = (2 <= len(head) <= 3 and not any(_is_title(t[2]) for t in head)
                         and len(tokens) - len(head) <= 3 and bool(_LIST_END.match(text, end)))
            tokens = head  # "Judge Rebecca Solano of Federal District Court": the person, not the court
    lead_words = text[max(para.start, start - 30):start].split()
    lead_named = (lead_words[-1] if lead_words[-1] not in ("\"", "\u201c") or len(lead_words) < 2 else lead_words[-2]).strip(
        "\"\u201c") if lead_words else ""
    if (lead_words[-1:] and lead_words[-1].rstrip(",") in _ORG_KINDS | _OWNED_OUTLET_KINDS | _OWNED_PLACE_KINDS | {"business"}
            and _ORG_INTRO.search(text, max(para.start, start - 30), start) and not _FOUNDED_AFTER.match(text, end)) \
            or (lead_named in ("called", "named") and _ORG_CALLED.search(text, max(para.start, start - 70), start)) \
            or (len(tokens) == 1 and _CAMEL.fullmatch(tokens[0][2])) \
            or (_BODY_CLAUSE_BEFORE.search(text, max(para.start, start - 90), start) and text.startswith(",", tokens[-1][1])) \
            or (len(tokens) >= 2 and _opens_sentence(text, start, para) and _ACTS_AS_IT.match(text, tokens[-1][1])) \
            or (len(tokens) >= 2 and not _is_title(tokens[0][2]) and tokens[0][2].lower() not in MALE_GIVEN_NAMES
                and tokens[0][2].lower() not in FEMALE_GIVEN_NAMES and _APPOSITIVE_BODY.match(text, tokens[-1][1])):
        # "the group Climate Action Now", "the firm Pell Hart", "LumenCo": a company's or group's name; "The company that
        # ran the boat, Gull Point Tours," and "Marlow Compounding surrendered its license": a body by its description or "its"
        return _Name(tokens[0][0], tokens[-1][1], [t[2] for t in tokens], org=True, introduced=True)
    org_at = max((i for i, t in enumerate(tokens) if _is_body_word(tokens, i)), default=-1)
    if org_at >= 0 and (not any(t[2] in _TITLES and not _public_field(tokens, i)
                                for i, t in enumerate(tokens[org_at + 1:], org_at + 1)) or _office_of_a_title(tokens, org_at)):
        family = _PLURAL_POSSESSIVE.fullmatch(tokens[0][2]) if len(tokens) >= 3 and org_at > 0 else None
        if family and re.search(rf"\b[A-Z][a-z]+\s+{family.group(1)}\b", text):
            tokens, org_at = tokens[1:], org_at - 1  # "the Quists' Pell Ridge Relief Fund": the fund's name starts after them
        words = [t[2] for t in tokens]
        if words[-1] in _SUBUNIT_HEADS and text.startswith("s ", start - 2):
            owner = _AGENCY_OWNER_BEFORE.search(text, max(para.start, start - 80), start)
            if owner:
                # "the DEA's Pell Division": the agency's unit, named with its agency (so is one named for its work,
                # "the Treasury Department's Public Integrity Section": news names it with its owner, and the bare
                # unit, said again later, is its short form)
                return _Name(owner.start(1), tokens[-1][1], text[owner.start(1):start].split() + words, org=True)
        if any(w in OUTLET_WORDS for w in words) and words[org_at] not in _BODY_WORDS - ORG_WORDS:
            return None  # "Tribune Company" is the outlet; "Sun Crest Roofing" is a roofer
        return _Name(tokens[0][0], tokens[-1][1], words, org=True)
    last_title = max((i for i, t in enumerate(tokens)
                      if (_is_title(t[2]) and not _bare_rank_qualifier(tokens, i)) or (i == 0 and t[2].lower() in _NON_KIN_ROLES)
                      or (i == 0 and t[2].lower() in _LABEL_NOUNS and len(tokens) >= 3)  # "Daughter Janet Roe, 64,"
                      or (i == 0 and t[2].lower() in _JOB_TITLES_BEFORE and len(tokens) >= 3)  # "Principal Dorcas Holbeach"
                      or (i == 0 and len(tokens) >= 3 and t[2].lower() in _SENTENCE_OPENING_LABELS
                          and _opens_sentence(text, t[0], para))  # "Collector Bo Vance-Reed, who bought ..."
                      or (i == 0 and t[2] == "Charge" and text[max(para.start, t[0] - 4):t[0]] == " in ")
                      or (i == 0 and len(tokens) >= 3 and _told_as_a_lowercase_label(text, tokens))), default=-1)
    if 0 < last_title == len(tokens) - 1 and not _is_title(tokens[-2][2]):
        # "PC Amy Lord", "Sgt Tom Major": a surname that is also a title word, after a given name, ends the name
        # (not "Harbour Police Chief": there the title words run together and no name follows)
        # ("Denise Bishop", "Kevin Amari Judge": no title before the given name, so the whole run is the name)
        last_title = max((i for i, t in enumerate(tokens[:-2]) if _is_title(t[2]) and not _bare_rank_qualifier(tokens, i)),
                         default=-1 if _given_name_then_surname(tokens) else last_title)
    if last_title >= 0:
        # "Victim Witness Advocate Ann Roe", "Deputy Probation Officer Bo Lee": a title of several words, each
        # capitalised, runs to its last job noun as long as a first name and a surname follow
        last_title = max([last_title] + [i for i in range(last_title + 1, len(tokens) - 2)
                                         if tokens[i][2].lower() in _NON_KIN_ROLES])
    title, words = tokens[:last_title + 1], tokens[last_title + 1:]
    if len(words) == 1 and title and all(t[2] in PLACE_SUFFIXES or not _is_title(t[2]) for t in title) \
            and (text.startswith("The ", start) or re.search(r"\b[Tt]he\s+$", text[max(para.start, start - 4):start])):
        # "the Linn County Strikers said": after "the", a place and one word name a club or a body, never a person
        acts = bool(_ORG_SPEAKS.match(text, end) or _BODY_NOUN_AFTER.match(text, end)) and not re.search(
            r"\b(?:at|in|inside|outside|near|from|to|on|into|across)\s+the\s+$", text[max(para.start, start - 12):start])
        return _Name(tokens[0][0], tokens[-1][1], [t[2] for t in tokens], org=True, introduced=acts)
    if len(words) == 1 and words[0][2] in PLACE_SUFFIXES - _SURNAME_PLACES and title and not _is_title(title[0][2]) \
            and title[0][2] not in _COURTESY_TITLES:
        return None  # "Kelby Garda Station", "Elm Police Station": a place whose name holds a rank, never "Station"
    if office_title:
        title, words = tokens[:office_title], tokens[office_title:]
    long_title = (_TITLE_FOR.search(text[max(para.start, start - 80):start])
                  if (not title or office_title) and text.endswith(("for ", "for the "), 0, start) else None)
    # ("said Acting U.S. Attorney for the Northern District of Iowa Sam Voss": the office's title runs on into the run)
    if long_title and len(words) > 2 and not office_title:
        title, words = words[:-_name_size(words)], words[-_name_size(words):]  # the name ends the run
    while words and (words[-1][2] in ("of", "of the") or words[-1][2] in _HONOURS):
        words.pop()  # "Judge Ann Hale KC": the rank of counsel is no part of the name
    if not words:
        return None
    plain = [w[2] for w in words]
    if any(w in MONTHS_AND_DAYS or w in STOPWORDS for w in plain) or all(w in _CLOCK_WORDS for w in plain):
        return None
    if not title and (plain[-1] in _EVENT_OR_DISTRICT or plain[0] in _EVENT_LABELS):
        return None  # "the 2010 Winter Olympics", "at the Super Bowl", "on Music Row", "a two-time Olympian", "Hurricane Ida"
    if not title and len(plain) > 1 and (plain[-1] in _LAW_ENDS or plain[-1] in _DISASTER_ENDS and (
            not _ORG_SPEAKS.match(text, end) or _DISASTER_LEAD.search(text, max(para.start, start - 10), start))):
        return None  # "the Anti-Kickback Statute", "survivors of the Pell Canyon Fire", "homes lost in the 2019 Pell Fire said"
    if not title and len(plain) > 1 and plain[-1] in _QUADRANTS and plain[-2] in _STREET_OR_WATER:
        return None  # "Elm Street NW", "Madison Avenue SE": a street with its city quadrant
    if not title and (plain[-1] in _STREET_OR_WATER and len(plain) > 1
                      or len(plain) == 1 and (_PLACE_LIST.search(text[max(para.start, start - 60):start])
                                              or _PLACE_BODY_AFTER.match(text, end))):
        return None  # "Main Street", "the Kewaunee River", "Tunbridge Wells, Kent", "Kent police"
    if title and len(plain) > 1 and (plain[-1] in _ROAD_NAMED_FOR or len(plain) > 2 and plain[-2] == "Memorial"):
        return None  # "the Deputy Allan Ybarra Memorial Highway": a road named for the deputy, not him
    if not title and len(plain) > 1 and (plain[-1] in _STILL_WATER or plain[0] == "Lake") \
            and _WATER_PREPOSITION_BEFORE.search(text, max(para.start, start - 12), start):
        return None  # "a boat crash on Cedar Bluff Lake", "at Lake Tawakoni" (not the actress Ann Lake: no "on" before her)
    before = text[max(para.start, start - 120):start]
    if not title and len(plain) <= 3 and (_PLACE_SERIES.search(before) and _SERIES_GOES_ON.match(text, end)
                                          or _PLACE_SERIES_END.search(before)):
        return None
    if not title and len(plain) == 1 and plain[0] in US_STATES:
        return None  # "at Fort Cavazos, Texas, says the sergeant": the state, never a person called Texas
    if plain == ["Crown"] and not title:
        return None  # "for the Crown, told the court": the prosecuting state in Commonwealth courts, never a person
    if len(plain) == 1 and plain[0] in _THING_ACRONYMS:
        return None  # "altered MRI reports", "the DNA matched": a thing, never a body
    if len(plain) > 1 and all(w.isupper() for w in plain):
        return None  # "USA TODAY reported", "BREAKING NEWS": a masthead or a shouted line, never a person
    name = _Name(words[0][0], words[-1][1], plain)
    if not title and _HOME_TOWN.search(text[max(para.start, name.start - 12):name.start]):
        return None
    if (any(w in ORG_WORDS or w.endswith(("'", "\u2019")) for w in plain) or "of" in plain  # "Renters' Front"
            or (len(plain) == 1 and plain[0].isupper() and len(plain[0]) > 2 and "." not in plain[0])
            # "FCI Beckley", "USP Atlanta", "SCI Phoenix": an acronym before a name heads an institution, never a person
            or (len(plain) == 2 and plain[0].isupper() and plain[0].isalpha() and len(plain[0]) > 2
                and not title and not _is_title(plain[0]) and not _is_title(plain[1]) and plain[1] not in OUTLET_WORDS)
            or _acronym_named(plain) or (not title and _BODY_NOUN_AFTER.match(text, name.end))):
        # ("the Vermont NAACP", "the Ohio AFL-CIO": a body named for its place and acronym; "Kappa Rho Nu chapter",
        # "Harlow State's Kappa Rho Nu chapter": a name a body noun follows, and the body that owns it; not a place's
        # "Sacramento chapter of" another body)
        name.org = True
    if any(w in OUTLET_WORDS for w in plain) and not _outlet_word_surname(plain, title, before):
        return None if not name.org else name
    if name.org:
        return name
    if not title:
        body = _named_as_a_body(text, name, para)
        if body is not None:
            return body or None
    if len([w for w in plain if w not in _SUFFIXES]) > 4:
        return None
    if len(plain) == 2 and plain[1] in _PSEUDONYM_SURNAMES:
        number = _PSEUDONYM_NUMBER.match(text, name.end)
        if number:
            # "identified in court only as Jane Doe 2": the number is part of the name the court gives one of several
            # people it keeps anonymous, and only someone in the case is given one
            name.end, name.words, name.cue = number.end(), [plain[0], f"{plain[1]} {number.group(1)}"], True
    _collect_cues(text, name, title, para)
    if not name.cue and len(plain) == 2 and not title and plain[0] not in PLACE_PREFIXES \
            and not _sentence_before(text, name, para).strip(" \"\u201c") \
            and (_ACTS_THEN_PRONOUN.match(text, name.end) or _ACTS_AND_SPEAKS.match(text, name.end)
                 or _SPEAKING_ACT.match(text, name.end)):
        # "Mara Quenlow wept. She said ...": a person who opens a sentence, acts, and is "she" next;
        # "Lena Okpanachi spoke to reporters", "Rosa Pikering took the stand": only a person speaks that way
        name.cue = True
    if len(plain) >= 2 and not title and _REPRESENTED.match(text, name.end):
        name.cue = True  # "Corin Dace's attorney, Ruth Alder, said": the one a lawyer speaks for is in the case
    if home_town or (len(plain) >= 2 and _PAID_TO_BEFORE.search(text, max(para.start, start - 40), start)):
        name.cue = True  # "Ann Blake of Salem;", "$500 to Ann Blake": a victim named in a list
    if long_title and title:
        name.cue = True
        name.roles.insert(0, text[start - len(long_title.group()):title[-1][1]])
    if (plain[0] in PLACE_PREFIXES or plain[-1] in PLACE_SUFFIXES) and not title and _short_form_speaks(text, name):
        name.org = name.introduced = True  # "Bright Acorns said" after "Bright Acorns Early Learning Center"
        return name
    if plain[0] in PLACE_PREFIXES and not title and _after_locative(text, name.start):
        return None  # "a felony in New York, the lowest level": an appositive describes the place, no person
    if (plain[0] in PLACE_PREFIXES or plain[-1] in PLACE_SUFFIXES) and not (name.cue and title or name.roles):
        # "East New York", "Fort Bragg" -- unless a title or role says it is a person; "Rita Park" and a
        # later "Park" are a person too when nothing places them ("in", "the", "of")
        lead = text[max(para.start, start - 12):start]
        if (plain[0] in PLACE_PREFIXES or plain[-1] not in _SURNAME_PLACES or _after_locative(text, start)
                or re.search(r"\b(?:[Tt]he|of)\s+$", lead)):
            return None
    return name


def _named_as_a_body(text: str, name: _Name, para: Paragraph) -> _Name | bool | None:
    """The run as a body's name (a _Name), as a place's (False), or None when nothing around it says so."""
    plain = name.words
    lead_in = text[max(para.start, name.start - 40):name.start]
    word_before = _word_before(lead_in)
    first_given = plain[0].lower() in MALE_GIVEN_NAMES or plain[0].lower() in FEMALE_GIVEN_NAMES
    kind = _BODY_KIND_BEFORE.search(lead_in) if word_before.lower() in _BODY_KIND_WORDS else None
    if not kind and word_before.lower() in _KIND_APPOSITIVE_WORDS and lead_in.endswith(", "):
        kind = _KIND_APPOSITIVE_BEFORE.search(lead_in) and _KIND_APPOSITIVE_CLOSE.match(text, name.end)
    if len(plain) >= 2 and not first_given and (kind or word_before == "of" and _HEAD_OF_BEFORE.search(lead_in)):
        # "athleisure brand Tallow Peak", "Roe's label, Quartz Hollow Records,", "the founder of Tallow Peak": a body
        name.org = name.introduced = True
        return name
    if len(plain) <= 3 and not first_given and _PLURAL_NAME.fullmatch(plain[-1]) and _THE_BEFORE.search(lead_in) \
            and not _after_locative(text, name.start - 4) \
            and (_ORG_SPEAKS.match(text, name.end) or _WHO_CLAUSE_SPEAKS.match(text, name.end)):
        # "The Harbor Gulls said", "The Gulls, who cut him in May, said": a team or band speaking by its plural name
        # ("in the Netherlands": a place)
        name.org = name.introduced = True
        return name
    if 2 <= len(plain) <= 3 and not first_given and _PLACE_ENDS.match(text, name.end) and (
            word_before == "in"
            or word_before in ("includes", "covers", "spans", "encompasses", "of") and _TAKES_IN_PLACE_BEFORE.search(lead_in)):
        # "a federal jury in Ardell Springs", "whose district includes Ardell Springs": a place, no one's name
        return False
    return None


# Bodies whose last word is also a title ("District Attorney", "General"), by the word before it
_TITLED_BODIES = frozenset({("District", "School"), ("District", "Water"), ("District", "Fire"), ("District", "Transit"),
                            ("District", "Sanitation"), ("District", "Park"), ("District", "Hospital"), ("District", "Sewer"),
                            ("District", "Library"), ("General", "Consulate")})


def _outlet_word_surname(plain: list[str], title: list[tuple[int, int, str]], before: str) -> bool:
    """ "Crown prosecutor Lena Fox", "co-accused Aaron Sun", "Judge Ann Post": a person whose surname is also an outlet's
    word (Fox, Sun, Post, Star, Globe), known by a title or a role right before the name, or by a given name."""
    if len(plain) not in (2, 3) or any(w in OUTLET_WORDS for w in plain[:-1]):
        return False
    role_before = _word_before(before).lower() in _PARTY_ROLE_NOUNS
    return bool(title) or role_before or plain[0].lower() in MALE_GIVEN_NAMES | FEMALE_GIVEN_NAMES


def _name_size(tokens: list[tuple[int, int, str]]) -> int:
    """How many words end a run after a long title: two, or three with a middle initial ("Sam R. Voss")."""
    return 3 if len(tokens) > 3 and re.fullmatch(r"[A-Z]\.", tokens[-2][2]) else 2


def _is_body_word(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the i-th word of a run heads a body's name: "Council", or "Church" in "Grace Harbor Baptist Church"."""
    word = tokens[i][2]
    if word in _OFFICE_HEADS:
        return i == len(tokens) - 1  # ("Director of Public Prosecutions Ann Roe": the office is her title there)
    if word in _BODY_WORDS:
        return True
    if i > 0 and (word, tokens[i - 1][2]) in _TITLED_BODIES:
        return True  # "Northfield Unified School District", "the Mexican Consulate General": a title word closes a body
    if word == "Office" and i > 0 and tokens[i - 1][2] in _SUPERVISION_FIELDS:
        return True  # "The Probation Office recommended 30 years": the court's office that reports on the defendant
    if word not in _LONG_BODY_WORDS and word not in ("Health", "Healthcare"):
        return False
    named = [t for t in tokens if t[2] not in ("of", "the") and not _NUMBER_TAIL.match(t[2])]
    numbered = i + 1 < len(tokens) and bool(_NUMBER_TAIL.match(tokens[i + 1][2]))
    # ("Callander University": two words do for a head no one has as a surname)
    return len(named) >= 3 or numbered or (i + 1 < len(tokens) and tokens[i + 1][2] == "of") \
        or (len(named) == 2 and word in _INSTITUTION_HEADS) \
        or (word in ("Health", "Healthcare") and len(named) >= 3 and tokens[i - 1][2] not in ("of", "and"))


def _body_name(words: list[str]) -> bool:
    """A body's whole name: its head word last (before any number), or before "of"/"for" ("Bank of Ireland")."""
    tokens = [(0, 0, w) for w in words]
    named = [i for i, w in enumerate(words) if not _NUMBER_TAIL.match(w)]
    if len(words) > 1 and named and (_is_body_word(tokens, named[-1]) or words[named[-1]] in _FORCE_TAILS):
        return True
    if len(named) > 2 and words[named[-1]] in _THEATRES and words[named[-2]] in _FORMATION_HEADS | {"Command"}:
        return True  # "Naval Surface Force Atlantic", "Submarine Force Pacific": a command named for its theatre
    if len(named) > 1 and words[named[-1]] in _FORMATION_HEADS and not _is_title(words[named[-2]]) \
            and (words[named[-1]] not in ("Force", "Forces") or words[named[-2]] == "Expeditionary"
                 or _ROMAN_NUMERAL.fullmatch(words[0]) or _ORDINAL_LABEL.match(" ".join(words[:2]))):
        # "the 7th Infantry Regiment", "Marine Expeditionary Force" (not "Air Force": a service; a "Force" only when
        # numbered or expeditionary, since a "Strike Force" in a release's closing lines is a programme's name)
        return True
    if "and" in words[2:-1] and set(words[words.index("and") + 1:]) <= _CARE_FIELDS \
            and _is_body_word(tokens, words.index("and") - 1):
        return True  # "Elm Crest Home Health and Rehab": a care business's head, then the other service it names
    joiner = next((w for w in words[1:] if w in ("of", "for")), None)  # "Council for Cosmetic Practitioners"
    return joiner is not None and any(_is_body_word(tokens, i) for i in range(words.index(joiner)))


def _is_dateline(text: str, start: int, end: int, para: Paragraph) -> bool:
    """ "NEW YORK (Reuters) -", "JOINT BASE ANDREWS, Md. —": capitals that open a paragraph name a place."""
    words = text[start:end]
    if text[para.start:start].strip():
        return False
    if words.upper() == words:
        return any(c.isalpha() for c in words) and bool(_DATELINE_AFTER.match(text, end)) and len(words) > 3
    dateline = _TITLE_DATELINE_AFTER.match(text, end)
    if dateline is None:
        return False
    state = dateline.group("state")
    # ("Ann Roe, Ohio's attorney general \u2014" never reaches here: the state must stand alone before the dash)
    return " " in state or state.endswith(".") or state in US_STATES


def _is_reporter(text: str, start: int, end: int, para: Paragraph) -> bool:
    """ "NPR's Ann Roe reports.", "Ann Roe and Li Wu contributed reporting.": a journalist, not a party."""
    if _CONTRIBUTED_AFTER.match(text, end, para.end):
        return True
    return bool(_REPORTS_AFTER.match(text, end, para.end)) and text[max(para.start, start - 3):start].rstrip().endswith(("'s", "\u2019s"))


def _given_name_then_surname(tokens: list[tuple[int, int, str]]) -> bool:
    """ "Denise Bishop", "Lamont Amari Marshal": a surname that is also a title word ends a run whose other words are
    no title, place or body word, so they are a given name (and middle names) before it."""
    head = tokens[:-1]
    return 1 <= len(head) <= 3 and head[0][2][:1].isupper() and not any(
        _is_title(t[2]) or t[2] in STOPWORDS or t[2] in PLACE_SUFFIXES or t[2] in US_STATES or _is_body_word(tokens, i)
        or not re.fullmatch(r"[A-Z][a-z\u00e0-\u00ff'\u2019-]+|[A-Z]\.", t[2]) for i, t in enumerate(head))


def _bare_rank_qualifier(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """ "Judge Owen Petty", "Sgt. Ann Staff": a word that only qualifies a rank ("Petty Officer", "Staff Sgt.")
    is a surname when no title follows it."""
    return tokens[i][2] in _RANK_QUALIFIERS and (i + 1 == len(tokens) or not _is_title(tokens[i + 1][2]))


def _only_capitalised_at_a_start(text: str, word: str, para: Paragraph) -> bool:
    """ "Longtime clients said", "Angry customers said": a word capitalised only where it opens a sentence is an
    adjective there, not a business's one-word name ("Coinvale customers" are named mid-sentence somewhere too)."""
    at = text.find(word, para.start, para.end)
    if at < 0 or not _opens_sentence(text, at, para):
        return False
    return re.search(r"[\w,]\s+" + re.escape(word) + r"\b", text) is None


def _told_as_a_lowercase_label(text: str, tokens: list[tuple[int, int, str]]) -> bool:
    """ "[Photo caption: Chef Dominic Roe leaves court]": a word that opens a caption or sentence capitalised is a label,
    not a given name, when the same story writes it in lower case before the same name ("celebrity chef Dominic Roe")."""
    first = tokens[0][2]
    if not first[:1].isupper() or first.lower() == first:
        return False
    return re.search(r"\b" + re.escape(first.lower()) + r"\s+" + r"\s+".join(re.escape(t[2]) for t in tokens[1:]) + r"\b",
                     text) is not None


def _title_length(tokens: list[tuple[int, int, str]]) -> int:
    """How many words of a run open it as a title before a name: 2 for "District Attorney Ann Roe", 0 for
    "Eagle County"; the title must end in a title word and leave at least two words for the name."""
    last = max((i for i, t in enumerate(tokens[:-2]) if _is_title(t[2])), default=-1)
    return last + 1 if last >= 0 and all(t[2] in _TITLES or _is_title(t[2]) for t in tokens[:last + 1]) else 0


# What a public body serves, after "Public": "Department of Public Safety", "Public Works", "Public Health"
_PUBLIC_FIELDS = frozenset("Safety Health Works Instruction Welfare Utilities Education Housing Transit Lands Records "
                           "Integrity Affairs Service Services".split())


def _public_field(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """ "Public" in "Oregon Department of Public Safety" is the field's adjective, not the title of a Public Defender."""
    return tokens[i][2] == "Public" and i + 1 < len(tokens) and tokens[i + 1][2] in _PUBLIC_FIELDS


def _office_of_a_title(tokens: list[tuple[int, int, str]], org_at: int) -> bool:
    """ "Office of the Inspector General", "Department of Justice", "Office of the Public Defender": a body named for an
    office, where the title words after "of" end the run (a person after a body's name comes after its title:
    "Police Department Sgt. Ann Roe")."""
    rest = [t[2] for t in tokens[org_at + 1:]]
    return len(rest) >= 2 and rest[0] in ("of", "of the") and _is_title(rest[-1])


def _is_title(word: str) -> bool:
    """A title or rank, also in the plural of a shared title ("Assistant U.S. Attorneys")."""
    return word in _TITLES or (len(word) > 4 and word.endswith("s") and word[:-1] in _TITLES - HONORIFICS)


def _plural_of_a_title(word: str) -> bool:
    """ "Officers": a plural the title list holds beside its singular, which each person named after it holds
    ("Officers Ann Lee and Bo Park" are each an Officer; "Marines" names the service, not a rank)."""
    return word.endswith("s") and word[:-1] in _TITLES - _TITLE_MODIFIERS - HONORIFICS


def _opens_sentence(text: str, at: int, para: Paragraph) -> bool:
    lead = text[para.start:at].rstrip(" \"'\u201c\u2018")
    return not lead or lead[-1] in ".!?:\u201d\u2019\""


# "Producers of Rock Bay, which was cancelled, declined to comment": the doers of a thing, a plural common noun capitalised
# by position ("Daughters of ...", "Sisters of ...": kin words name orders and societies)
_AGENTS_OF = lazy_compile(r"(?!(?:Daughters|Sisters|Brothers|Mothers|Fathers)\b)[A-Z][a-z]+(?:ers|ors)\s+of\s")


def _common_opener(text: str, word: str) -> bool:
    """A capitalised first word that is a plain noun or gerund used elsewhere in lower case."""
    low = word.lower()
    if low in PEOPLE_NOUNS or (low.endswith("s") and low[:-1] in _PARTY_ROLE_NOUNS):
        return True
    if low.endswith(("ches", "shes", "sses", "xes")) and low[:-2] in _PARTY_ROLE_NOUNS:
        return True  # "Coaches said", "Witnesses told police": a role's plural in "-es" opening a sentence
    return low in _COURT_PARTICIPLES or low.endswith("ing") and len(low) > 6 and re.search(rf"\b{re.escape(low[:-3])}", text) is not None


# A court report's opening participle before the defendant's name: "Sentencing Ann Roe, 41, Lord Brae said ...",
# "Jailing Tom Fry for six years, the judge told him ..." (the verb may be used nowhere else in the story)
_COURT_PARTICIPLES = frozenset("sentencing jailing fining remanding imprisoning addressing convicting acquitting "
                               "bailing disqualifying banning detaining ordering handing giving placing sending".split())


_PLACE_PREPOSITION_BEFORE = lazy_compile(r"\b(?:at|in|near|outside|inside|aboard)\s+$")


# The rank an ordinal class completes ("Airman 1st Class", "Petty Officer 2nd Class", "Private First Class")
_ORDINAL_RANK_BEFORE = lazy_compile(r"\b(?:(?:Petty|Chief)\s+)?(?:Airman|Officer|Private|Seaman|Specialist|Fireman)\s+(?:1st|2nd|3rd|First|Second|Third)\s+$")


def _collect_cues(text: str, name: _Name, title: list[tuple[int, int, str]], para: Paragraph) -> None:
    before = text[max(para.start, name.start - 80):name.start]
    after = text[name.end:min(para.end, name.end + 160)]
    lead_start = name.start
    if len(name.words) > 1 and _word_before(before).lower() in _COURT_PARTICIPLES and _opens_sentence(text, name.start - len(_word_before(before)) - 1, para):
        name.cue = True  # "Jailing Tom Fry for six years, the judge said": the person the court dealt with
    if title:
        # "Fairfax County Parkway": a place word before "County" is no title; "Judge" or "Agent" is
        real_titles = [t for t in title if t[2] not in _TITLE_MODIFIERS
                       and (_is_title(t[2]) or t[2].lower() in _PARTY_ROLE_NOUNS | _LABEL_NOUNS | _JOB_TITLES_BEFORE | _SENTENCE_OPENING_LABELS
                           or t[2] == "Charge")]
        if title[-1][2] == "Deputy" and len(name.words) > 1:
            real_titles.append(title[-1])  # "Deputy Cole Varn": a sheriff's deputy, not the start of "Deputy Chief"
        ordinal_rank = _ORDINAL_RANK_BEFORE.search(text, max(para.start, title[0][0] - 30), title[0][0]) \
            if title[0][2] == "Class" else None
        if ordinal_rank:
            real_titles.append(title[0])  # "Airman 1st Class Bo Lee": the ordinal cuts the rank's run; "Class" ends the rank
        lead = _LOWER_BEFORE.search(text[max(para.start, title[0][0] - 12):title[0][0]])
        lead_start = title[0][0] - (len(lead.group()) if lead else 0)
        if real_titles:
            name.cue = True
        # "the Rev. Dr. Ann Roe", "Sister Mary Lee": a courtesy title is how she is addressed, not what she does (and
        # "Father" or "Sister" read as a role would make her someone's kin); the role is the office after it
        office = [t for t in title if t[2] not in _COURTESY_TITLES]
        if real_titles and office and any(t in real_titles for t in office):
            first = title.index(office[0])
            lead_text = text[max(para.start, office[0][0] - 60):office[0][0]]
            extra = _TITLE_LEAD.search(lead_text) if first == 0 and _ends_with(lead_text, ("s", "in")) else None
            role = text[office[0][0] - (len(extra.group()) if extra else 0):title[-1][1]]
            if ordinal_rank and first == 0:
                role = text[ordinal_rank.start():title[-1][1]]  # the whole rank, "Airman 1st Class", not "Class"
            # ("Director of Public Prosecutions Ann Lee": the plural names what the office is of, and stays)
            if (title[-1][2] not in _TITLES or _plural_of_a_title(title[-1][2])) and title[-1][2].endswith("s") and not title[-1][2].endswith("ss") \
                    and not any(t[2] in ("of", "of the") for t in title):
                role = role[:-1]  # "Assistant U.S. Attorneys Ann Lee and ...": each is an Attorney
            if role.lower() in _SENTENCE_OPENING_LABELS | _LABEL_NOUNS | _JOB_TITLES_BEFORE and not _is_title(role):
                role = role.lower()  # "Neighbor Tom Lee said": the capital is the sentence's, the role is "neighbor"
            name.roles.append(f"{lead.group(1)} {role}" if lead and first == 0 else role)
    outer = text[max(para.start, lead_start - 50):lead_start]
    lasting = _HOW_LONG_AFTER_ROLE.search(outer) if outer.endswith(("s, ", "e, ")) and " of " in outer[-24:] else None
    # "Roe's wife of 20 years, Irene,": how long the tie has lasted is no part of the role, which ends at its noun
    role_outer = outer[:lasting.start()] + "," if lasting else outer
    m = _ROLE_BEFORE.search(role_outer) if _ends_with(role_outer, _ROLE_ENDINGS) else None
    if m is None and len(name.words) > 1 and outer.rstrip().endswith(","):
        m = _ROLE_OF_BEFORE.search(outer)
        office = _OFFICE_BEFORE_NAME.search(outer) if m is None and not title else None
        office_words = office.group(1).split() if office else []
        # (an office, not a titled person: it ends in a title word or holds its "of"/"for" phrase; "Judge Ann Roe, Bo
        # Lee said" names two people)
        if office and _is_title(office_words[0]) and (_is_title(office_words[-1]) or {"of", "for"} & set(office_words)):
            m = office  # "The Director of Public Prosecutions, Ken Roe, said": the office is his role
    owned = _OWNED_BEFORE.search(outer)
    if m and _TOLD_THE_ROLE.search(outer[:m.start(1)]) and not m.group().rstrip().endswith(",") \
            and _CLAUSE_AFTER_NAME.match(after):
        m = None  # "told the judge Lee had lied", "told the judge Lee broke in": the one told, then the subject of what was said
    if m and m.group().rstrip().endswith(",") and re.match(r"[\u2019']s?\s", text[name.end:name.end + 3]):
        m = None  # "through their lawyer, Milo's parents, ...": the name owns the next noun, it is not the lawyer
    if m and m.group().rstrip().endswith(",") and _PREPOSITION_END.search(outer[:m.start(1)]) \
            and not _ROLE_FOR_BEFORE.search(outer[:m.start(1)]) and _VERB_AFTER_NAME.match(after):
        # "In an unsworn statement to the judge, Lee said": the one she spoke to, and the name opens the main clause
        # (not "according to his father, Bo Lee, who", "with her brother, Bo Lee.": there the name is the noun's)
        m = None
    if m and m.group().rstrip().endswith(",") and _VERB_AFTER_NAME.match(after) \
            and _SUBORDINATE_OPENING.match(_sentence_before(text, name, para)):
        m = None  # "After the jury convicted the man who beat her son, Ann Roe said": the name opens the main clause
    if m and m.group().rstrip().endswith(",") and _FINITE_VERB_AFTER_NAME.match(after) \
            and _sentence_before(text, name, para)[:-len(m.group())].strip(" \u201c\"") \
            and not re.match(r"[\u2019']s?\s", text[name.end:name.end + 3]):
        # "Speaking to the victim's mother, Lee apologized", "In a letter to the judge, Lee described himself": a name
        # straight before its verb opens the main clause; the noun ending the opening phrase is someone else
        m = None
    if m and m.group().rstrip().endswith(",") and _ATTRIBUTION_CLOSES.match(after):
        # "… for beating a driver, Judge Ann Roe ruled.": a trailing attribution closes the sentence after the name;
        # the noun before the comma ends the reported clause and is no role of hers
        m = None
    if m and m.group().rstrip().endswith(",") and _ATTRIBUTION_BEFORE.search(outer[:m.start(1)]) \
            and not _DETERMINER_FIRST.match(m.group(1)):
        # "According to prosecutors, Lee ran the scheme": who says so, never the role of the name after (but
        # "according to her lawyer, Bo Lee," names the lawyer)
        m = None
    if m and not outer.rstrip().endswith(("of", "to")):
        name.cue = True
        role = m.group(1).strip()
        role_start = lead_start - len(outer) + m.start(1)
        if _INFINITIVE_BEFORE.search(text, max(para.start, role_start - 100), role_start) and not _DETERMINER_FIRST.match(role) and " " in role:
            role = role.split(" ", 1)[1]  # "asked a judge to sentence intelligence analyst Lee": the verb is no part of it
        head = _ROLE_FOR_BEFORE.search(outer[:m.start(1)])
        # "asked a judge to sentence former senator Lee": an infinitive between the two roles makes them two people
        if head and (outer[head.end():m.start(1)].strip() or head.group().rstrip().endswith(" to")
                     and not re.match(r"(?:the|an?|his|her|their|its|[A-Z][\w-]*[\u2019']s)\s", m.group(1))):
            head = None
        if head:
            role = f"{head.group(1)} {outer[head.end(1):m.start(1)].strip()} {role}"  # "a spokesman for the mayor"
        name.roles.insert(0, _owner_in_full(outer[:m.start(1)], role) if re.match(r"[A-Z]\S*(?:[\u2019']s|s[\u2019'])\s", role) else role)
    elif owned and not _owned_head(owned.group()).endswith(("s", "ing", "tion", "ment")):
        name.cue = True
        name.roles.insert(0, _owner_in_full(outer[:owned.start()], owned.group().rstrip(", ")))
    elif not title:
        if len(name.words) > 1:
            if _word_before(before).lower() in KIN_NOUNS:
                name.cue = True
            # (a name inside the list takes the title too: "Constables Ann Lee, Cy Moss and Bo Park")
            plural_title = _PLURAL_TITLE_BEFORE if _ends_with(before, ("and",)) else _PLURAL_TITLE_MID_LIST \
                if before.endswith(", ") and _LIST_GOES_ON.match(after) else None
            shared = plural_title.search(before) if plural_title else None
            title_start = shared.start(1) if shared else 0
            # ("Assistant United States Attorneys Ann Lee and": a place's plural word comes before the plural title,
            # which is the last plural before the name)
            later = plural_title.search(before, shared.end("plural")) if shared else None
            while later:
                shared = later if _is_title(later.group("plural")) else shared
                later = plural_title.search(before, later.end("plural"))
            if shared and _is_title(shared.group("plural")) and (shared.group("plural") not in _TITLES
                                                                 or _plural_of_a_title(shared.group("plural"))):
                name.cue = True
                words = before[min(title_start, shared.start(1)):shared.end("plural")].split()
                while words and not _is_title(words[0]):
                    words.pop(0)  # only the title itself, never the end of the sentence before it
                name.roles.append(" ".join(words)[:-1])
    if len(name.words) > 1 and not title and _BARE_ROLE_BEFORE.search(before) \
            and _word_before(before).lower() not in FUNCTION_WORDS | _NOT_ROLE_WORDS:
        # "91-year-old Ann Roe", "fellow television personality Ann Roe": a name right after what the person is
        name.cue = True
    if len(name.words) > 1 and not title and _word_before(before).lower() in _WORK_NOUNS:
        # "his album Heights Over Elm", "her 2019 memoir, Quiet Rooms": the title of a work, never a person
        # (a role that names a thing: _named_thing drops it)
        name.roles.append(_word_before(before).lower())
    if len(name.words) > 1 and not title and "-year-old" in before and _AGED_PERSON_BEFORE.search(before):
        name.cue = True
    if len(name.words) > 1 and not title and _ends_with(before, ("by", "and")) and _LED_BY.search(before):
        name.cue = True
    introduced_as = _PERSON_NAMED_BEFORE.search(before) if len(name.words) > 1 and not title \
        and _ends_with(before, ("named", "called")) else None
    if introduced_as and (introduced_as.group("noun") in _PARTY_ROLE_NOUNS or introduced_as.group("noun") in KIN_NOUNS
                          or introduced_as.group("noun") in _PERSON_BEFORE_NAMED_NOUNS):
        # "when a TikTok user named Ann Roe noticed the photo": a person the story brings in by a role
        name.cue = True
        if introduced_as.group("role") not in _GENERIC_PERSON_NOUNS:  # ("a man named Bo Lee": "man" describes no one)
            name.roles.append(introduced_as.group("role"))
    if len(name.words) == 1 and not title and _ends_with(before, ("name",)) and _FIRST_NAME_ONLY.search(before):
        name.cue = True  # "identified only by his first name, Dan": a person the article names by that name alone
    if len(name.words) == 1:
        word = _word_before(before)
        if word in _HONORIFIC_WORDS:
            name.cue = True
        if word.lower() in KIN_NOUNS and before.rstrip()[-1:].isalpha():
            name.cue = True
            name.roles.append(word.lower())
        if word in ("is", "was", "and") and (_NAME_IS_BEFORE.search(before) or _KIN_LIST_BEFORE.search(before)):
            # "Her name is Mina." (a child or victim the speaker names), "her children, Dov, 8, and Mina, 5": the
            # second child of a list by first name and age is a person as the first is
            name.cue = True
    if len(name.words) > 1 and not title and _ASKED_END.search(before[-16:]) and _QUESTION_NEXT.match(after):
        name.cue = True  # "Reporters asked Ray Roe whether he would appeal": a person, asked a question
    if len(name.words) > 1 and not title and not name.cue and before.rstrip().endswith(",") \
            and _ASKED_OPENER.match(_sentence_before(text, name, para)):
        name.cue = True
    side = _COURT_SIDE_AFTER.match(after) if len(name.words) > 1 else None
    side_before = _COURT_SIDE_BEFORE.search(before) if len(name.words) > 1 and not title and before.endswith(", ") else None
    if side or side_before:
        # British and Irish reports name counsel by the side they argue: "Prosecuting, Ann Roe said", "Bo Lee KC,
        # defending, said", "Ann Roe, for the Crown, told the court", "Bo Lee SC, for Kerr, said"
        phrase = (side or side_before).group(1)
        low = phrase.lower()
        name.cue = True
        name.roles.append("prosecuting counsel" if low == "prosecuting"
                          else "defence counsel" if low in ("defending", "mitigating") or low.endswith("mitigation")
                          else "counsel " + re.sub(r"^(?:representing|acting\s+for)\b", "for", phrase))
    if _AGE.match(after) or _WHO_AFTER.match(after) or _SPEECH_AFTER.match(after) \
            or (len(name.words) > 1 and _BRACKETED_AGE.match(after)) \
            or (_ends_with(before, _SPEECH_ENDINGS) and _SPEECH_BEFORE.search(before)) \
            or (len(name.words) > 1 and after[:1] == "," and _LISTED_AGE.match(after)) \
            or (len(name.words) > 1 and after[:1] == "," and _LAST_LISTED_AGE.match(after) and _LIST_CLOSER_BEFORE.search(before)):
        name.cue = True
    if len(name.words) > 1 and not title and not name.roles and _DEATH_LIST.match(_sentence_around(text, name, para)) \
            and (_AGE.match(after) or _LISTED_AGE.match(after) or _LAST_LISTED_AGE.match(after)
                 or re.match(r"\s*(?:[,;.]|and\b)", after)):
        # "Killed were Ann Roe, 16; Bo Lee, 14; and Cy Park, 15.", "The dead were identified as …": each one listed
        # was killed, which is their role in the case
        name.cue = True
        name.roles.append("victim" if "victims" in _DEATH_LIST.match(_sentence_around(text, name, para)).group() else "killed")
    if not name.cue and not name.org and len(name.words) > 1 and not title and _opens_sentence(text, name.start, para) \
            and _PRONOUN_QUOTE_NEXT.match(text, para.end) \
            and (name.start == para.start or not _SENTENCE_BREAK.search(text[name.end:para.end])):
        # "Ann Roe held up her daughter's veil." then "“…,” she said.": the person a paragraph opens on, whose
        # words the next one quotes (or its last sentence opens on: "Relatives spoke. Ann Roe wept." then the quote)
        name.cue = True
    marks = "\"\u201c\u201d\u2018\u2019'"
    in_marks = bool(before.rstrip()[-1:]) and before.rstrip()[-1] in marks \
        or bool(after.lstrip()[:1]) and after.lstrip()[0] in marks and not after.lstrip().startswith(("'s", "\u2019s"))
    at_place = _PLACE_PREPOSITION_BEFORE.search(before)  # "a wing at Fort Ames was convicted"
    if not name.cue and len(name.words) > 1 and not title and not in_marks and not at_place \
            and _CASE_VERB.search(_sentence_around(text, name, para)):
        # "Ann Roe was acquitted", "somebody shot Ann Roe": a first and last name in the case
        # (not a title in quotation marks: "the “Harbor Nights” star was sentenced").
        name.cue = True
    age = _AGE.match(after)
    if age:
        # "Rita Abara, 41, a nurse at Mercy Hospital, pleaded guilty": the role stands after the age (and home town)
        after = after[age.end() - 1:]
        home = _HOME_TOWN_AFTER.match(after)
        after = after[home.end():] if home else after
    app = _APPOSITIVE.match(after)
    if app and _is_list_item(after, app.end(1), app.group(1)):
        app = None  # "a lawsuit against Roe, the two guards and the county": the next item of a list, not Roe's role
    if app and not (age and not re.match(r",\s+(?:a|an|the)\s", after)):
        phrase = app.group(1).strip()
        first = phrase.split()[0]
        low = {w.strip("\u2019'").lower() for w in phrase.split()}
        # "Ann Roe Hale, Mary Roe's daughter,": a full name's possessive describes the person too
        # (not "in Salem, Ann Roe's brother, Tom Roe, said": there the phrase introduces the name after it)
        described = first.lower() in ("a", "an", "the") or bool(re.match(r"[A-Z][\w-]*[\u2019']s$", first)) or bool(
            _OWNER_LEAD.match(phrase) and not _after_locative(text, name.start)
            and not re.match(r",\s+[A-Z]", after[app.end(1):]))
        # ("Ann Roe, his co-defendant, said", "Tom Lee, her lawyer,": a role owned by someone named nearby)
        possessed = first.lower() in ("his", "her", "their") and phrase.split()[-1].lower() in _APPOSITIVE_NOUNS
        if first[0].isupper() and not described and set(phrase.split()) & _APPOSITIVE_NOUNS \
                and _SPEECH_CLOSE.match(after, app.end(1)):
            name.cue = True  # "Pete Roe, West Midlands secretary of the union, said": a role with a place before it
            name.roles.append(phrase)
        elif (described or first[0].islower()) and (first.lower() not in FUNCTION_WORDS - {"a", "an", "the", "one"}
                                                    or possessed) \
                and not {w for w in phrase.split() if w[:1].islower()} & SPEECH_VERBS \
                and not (first.endswith("ed") and first.lower() not in ("retired", "noted", "renowned")) \
                and not (first.islower() and first not in _APPOSITIVE_NOUNS and _VERB_THEN_PLACE.match(phrase)) \
                and not _PARTICIPLE_PHRASE.match(phrase):
            # ("read by Ann Roe, came from a retired nurse": a verb and its preposition open a new clause)
            # ("Newark, New Jersey, set up a choice for Judge Ann Lee": a bare phrase is a role only by its own head
            # noun, before any preposition; a role noun further on belongs to someone the clause mentions)
            if first.islower() and not described and not possessed:
                own = re.sub(r"^(?:one|some|two|three|several|many|each|all|both)\s+of\s+", "", phrase)  # "one of his lawyers"
                low = {w.strip("\u2019'").lower() for w in _ROLE_HEAD_END.split(own, maxsplit=1)[0].split()}
            if described and _names_a_thing(phrase):
                name.roles.append(phrase)  # "Cedar Flat, a mill town of about 1,100 people": no party (_named_thing)
            elif low & _APPOSITIVE_NOUNS and not _VERB_OPENS.match(phrase) \
                    and not _FINITE_IN_PHRASE.search(_RELATIVE_WORD.split(phrase, maxsplit=1)[0]) \
                    and not _introduces_a_person(phrase):
                # (not "Mrs. Roe, the next judge won't be so patient": a noun with its own verb is the next clause)
                name.cue = True
                name.roles.append(phrase)
            elif (described and len(phrase.split()) <= 8 and re.search(r"\b[a-z]{3,}", phrase[len(first):])
                  # ("ruled the death of Ann Roe, 32, a homicide": how she died, said of the death)
                  and phrase.split()[-1].lower() not in _MANNER_OF_DEATH
                  and not _FINITE_IN_PHRASE.search(_RELATIVE_WORD.split(phrase, maxsplit=1)[0])
                  # ("steered grants to Lark Youth Fund, a charity he founded, and ...": a body's kind noun describes it
                  # even where the sentence goes on after the aside)
                  and (_names_a_body_kind(phrase) or not re.match(r",\s+(?:and|or)\b", after[app.end(1):]))):
                name.cue = name.cue or len(name.words) > 1
                name.roles.append(phrase)


# Where an appositive's head noun ends: before its complement, participle or clause ("a nonprofit he founded", "a
# group based in Ohio")
_BODY_KIND_END = lazy_compile(r"\s+(?:with|for|of|at|in|on|from|to|by|based|founded|run|owned|that|which|where|who|whose"
                              r"|he|she|they|it|we)\b")


def _names_a_body_kind(phrase: str) -> bool:
    """ "a nonprofit he founded", "a cycling advocacy group": an appositive whose head noun is a kind of body."""
    head = _BODY_KIND_END.split(phrase, maxsplit=1)[0].split()
    return len(head) >= 2 and head[0].lower() in ("a", "an") and head[-1].lower() in _ORG_ROLE_NOUNS


# How long a tie has lasted, after the role noun and before the name it introduces: "his wife of 20 years, Irene,",
# "her partner of a decade, Bo Lee,"
_HOW_LONG_AFTER_ROLE = lazy_compile(r"\s+of\s+(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                                    r"|fifteen|twenty|thirty|forty|fifty|sixty|more\s+than\s+\w+|nearly\s+\w+|almost\s+\w+)"
                                    r"\s+(?:years?|months?|decades?)\s*,\s*$")


# Counsel named by their side, after the name ("Bo Lee KC, defending, said", "Ann Roe, for the Crown, told the court":
# a "for" side needs the verb after it, "Tom Roe, for Salem, scored" is no counsel) or opening the sentence
# ("Prosecuting, Ann Roe said")
# ("Ann Roe, representing Kerr, said", "Bo Lee, for Kerr, had asked": the client named after the counsel)
_COURT_SIDE_AFTER = lazy_compile(r"(?:\s+(?:KC|QC|SC|BL))?,\s+(prosecuting|defending|mitigating|in\s+mitigation"
                               r"|(?:for|representing|acting\s+for)\s+(?:the\s+)?(?:Crown|prosecution|defen[cs]e|State"
                               r"|DPP|[A-Z][\w\u2019'-]+)(?=\s*,\s+(?:[a-z]+ly\s+)?(?:(?:had|has|also|then|later|earlier)\s+)*(?:"
                               + "|".join(sorted(SPEECH_VERBS))
                               + r"|submitted|outlined|accepted|asked|sought|opened|read)\b))(?=\s*,)")
# ("Ann Roe, mitigating, said", "In mitigation, Bo Lee said": the plea in mitigation is the defence's)
_COURT_SIDE_BEFORE = lazy_compile(r"(?:^|[.!?\u201d\"]\s+)(Prosecuting|Defending|Mitigating|In\s+mitigation),\s+$")
# Ranks abbreviated with a period that a name's run does not take in ("Const. Ann Roe", "Cst. Bo Lee" in Canada;
# "Supt. Ann Roe"; "Pfc. Bo Lee" in the U.S. Army): the run starts after the period, so the rank is read back from just
# before it
_UNLISTED_ABBREVIATION_BEFORE = lazy_compile(r"(?<![\w.])(?:Const|Cst|Supt|Pfc)\.\s$")
# A role noun and a full name right after it, ending the phrase: "chief credit officer Wendell Roe"
_ROLE_THEN_NAME = lazy_compile(r"(?:^|\s)([a-z]+)\s+[A-Z][a-z][\w\u2019'-]*(?:\s+[A-Z]\.)?\s+[A-Z][a-z][\w\u2019'-]*$")


def _introduces_a_person(phrase: str) -> bool:
    """ "testified against Harlan, chief credit officer Ann Roe and ...": the phrase after the comma names another
    person by her role, so is no role of the name before the comma."""
    m = _ROLE_THEN_NAME.search(phrase)
    return m is not None and m.group(1) in _NON_KIN_ROLES and m.group(1) not in _ORG_ROLE_NOUNS \
        and not set(phrase.split()) & ORG_WORDS


def _ends_with(lead: str, words: tuple[str, ...]) -> bool:
    """Whether lead, less its trailing spaces and one comma, ends with one of words.

    Patterns anchored at the end of a lead ("... his lawyer, $") cost a try at every position of it, and
    most leads end otherwise; this test lets a caller skip the search where it cannot match."""
    lead = lead.rstrip()
    return lead.removesuffix(",").rstrip().endswith(words)


def _word_before(lead: str) -> str:
    """The word (ASCII letters) that ends lead, with only spaces or punctuation after it; "" if none."""
    word = _WORD_BEFORE_BACKWARDS.match(lead[::-1])
    return word.group(1)[::-1] if word else ""


def _owned_head(owned: str) -> str:
    """The noun a possessive owns, before any preposition: "deputy" in "Lee's deputy for elections,"."""
    words = owned.rstrip(", ").split()[1:]
    for i, word in enumerate(words):
        if word in ("for", "of", "on", "at", "in") and i:
            return words[i - 1]
    return words[-1] if words else ""


def _owner_in_full(lead: str, role: str) -> str:
    """ "Gary Roe's sister": the owner's first name as written too, so she is not taken for a relative of another Roe."""
    first = re.search(r"\b([A-Z][\w-]*)\s+$", lead)
    if first and first.group(1) not in STOPWORDS | _TITLES | MONTHS_AND_DAYS:
        return f"{first.group(1)} {role}"
    return role


_SENTENCE_BREAK = lazy_compile(r"[.!?]\s")
_ACRONYM_TAIL = lazy_compile(r"[A-Z]{3,}(?:-[A-Z]{2,})?")
# A verb straight after the name, then a speech verb in the same sentence: "Oren Vale stood, buttoned his jacket
# and told jurors"
_ACTS_AND_SPEAKS = lazy_compile(r"\s+(?:also\s+|later\s+|then\s+)?(?:[a-z]+ed|stood|rose|sat|wept|took|went|came|turned|looked)\b"
                              r"[^.!?\u201c\"]{0,120}?\b(?:told|said|says|asked|shouted|yelled|testified|pleaded)\b")
# The person nouns a place name qualifies in news ("a Linden Falls woman", "the Cedar Grove couple")
_PLACE_BEFORE_PERSON = lazy_compile(r"\s+(?:wom[ae]n|m[ae]n|couple|residents?|teens?|teenagers?|boys?|girls?|natives?|mothers?"
                                  r"|fathers?|grandmother|grandfather|retiree|homeowners?|landlord|businessman|businesswoman)\b")
_REPRESENTED = lazy_compile(r"[\u2019']s?\s+(?:(?:defense|defence|criminal|longtime|court-appointed)\s+)?"
                          r"(?:attorneys?|lawyers?|counsel|solicitors?|barristers?|public\s+defenders?|legal\s+team)\b")
_SPEAKING_ACT = lazy_compile(r"\s+(?:also\s+|later\s+|then\s+|briefly\s+)?(?:spoke|speaks|addressed|addresses|testified|testifies"
                           r"|took\s+the\s+(?:witness\s+)?(?:stand|podium|microphone|lectern)"
                           r"|read\s+(?:a|an|her|his|their)\s+(?:[\w-]+\s+)?statement)\b")
# A verb straight after the name, then the next sentence opening on a personal pronoun
_ACTS_THEN_PRONOUN = lazy_compile(r"\s+(?:also\s+|later\s+|then\s+)?(?:[a-z]+ed|spoke|wept|sat|stood|took|went|said|told|wrote"
                                r"|rose|left|came|gave|began|read|held|kept|met|ran|fled|sent)\b[^.!?]{0,200}[.!?][\"\u201d]?\s+"
                                r"(?:She|He|Her|His)\b")
_SENTENCE_END = lazy_compile(r"[.!?](?:\s|$)|$")


# "took Coyle, his girlfriend and another couple out": a determiner after the "and" opens a list's last item
# (the list runs on to its sentence's end; "Roe, a warehouse worker and the father of a girl, had grown up here" closes
# its two roles with a comma, an aside)
_AND_ANOTHER_ITEM = lazy_compile(r"\s+and\s+(?:a|an|another|the|his|her|their|its|two|three|four|several|other)\s[^,.;]*(?:[.;]|$)")


def _is_list_item(after: str, end: int, phrase: str) -> bool:
    """Whether the phrase after a name's comma is the next item of a list rather than the name's role.

    A plural head ("Roe, the two guards and the county") is another item; so is a singular one whose "and" opens a
    last item with its own determiner ("his wife, Marisol, their daughter and his parents.")."""
    if not re.match(r"\s+and\s", after[end:]):
        return False
    return _plural_head(phrase) or bool(_AND_ANOTHER_ITEM.match(after, end))


def _plural_head(phrase: str) -> bool:
    """Whether a phrase's head noun, before any preposition, is plural: "the two guards" (not "the mother of twins")."""
    head = _ROLE_HEAD_END.split(f" {phrase} ", maxsplit=1)[0].split()
    return bool(head) and head[-1].isalpha() and head[-1].islower() and head[-1].endswith("s") \
        and not head[-1].endswith(("ss", "us", "is"))


def _sentence_before(text: str, name: _Name, para: Paragraph) -> str:
    """The words of name's sentence before it."""
    start = max((m.end() for m in _SENTENCE_BREAK.finditer(text, para.start, name.start)), default=para.start)
    return text[start:name.start]


def _sentence_around(text: str, name: _Name, para: Paragraph) -> str:
    start = max((m.end() for m in _SENTENCE_BREAK.finditer(text[para.start:name.start])), default=0) + para.start
    end = _SENTENCE_END.search(text[name.end:para.end])
    return text[start:name.end + (end.start() if end else 0)]


@dataclass
class _Person:
    key: str  # surname, lower case
    name: str
    first: str
    start: int
    roles: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    mentions: int = 0
    cue: bool = False


_AND_AFTER = lazy_compile(r"\s+(?:and|&)\s+")
_INITIAL = lazy_compile(r"[A-Z]\.")


# Capitalised first words of a two-word surname: "Vander Sluys", "Van Dyke", "De Luca", "St. John"
_SURNAME_PARTICLES = frozenset("Van Vander Vanden Von De Del Della Dei Di Da Du Le La Lo Mac St. Ten Ter Bin Al El Dos Das"
                               .split())
_HONORIFIC_BEFORE = lazy_compile(r"\b(?:Mr|Ms|Mrs|Dr)\.?\s+$")


def _merge(source: Source, names: list[_Name]) -> list[Party]:
    text = source.text
    full = [n for n in names if len(n.words) > 1 and not n.org]
    starts = {n.start: n for n in full}
    surnames = {n.words[-1] for n in full}
    for i, n in enumerate(names):
        pair = _AND_AFTER.match(text[n.end:n.end + 6])
        partner = (starts.get(n.end + pair.end()) if pair and len(n.words) == 1 and not n.org
                   and n.words[0] not in surnames else None)  # "Chang and Rod Lutz": Chang is someone's surname
        if partner is not None and len(partner.words) == 2:
            # "her parents, Mark and Denise Ferris": a first name coordinated with a full name shares its surname
            names[i] = _Name(n.start, n.end, [n.words[0], partner.words[-1]], n.roles, n.cue or partner.cue)
            full.append(names[i])
    for n, m in zip(names, names[1:]):
        if len(n.words) > 1 and len(m.words) > 1 and not n.org and not m.org and _AND_AFTER.fullmatch(text, n.end, m.start):
            # "federal defenders Ann Roe and Tom Lee describe": two names joined by "and" share what is said of them
            n.cue = m.cue = n.cue or m.cue
    singles = [n for n in names if len(n.words) == 1 and not n.org]
    solo_surnames = {n.words[0] for n in singles if not n.quoted
                     and (text.startswith(("\u2019s", "'s"), n.end) or not _after_locative(text, n.start))}
    # "Lau Ka-ming ... Mr. Lau": an honorific before a full name's first word puts the family name first
    family_first = {n.words[0] for n in singles if _HONORIFIC_BEFORE.search(text, max(0, n.start - 5), n.start)}
    # "Ong Jun Hao ... Ong is alleged to have": a three-word name whose first word comes back alone and whose last never
    # does is written family name first (Singapore, China, Vietnam, Korea), and the article goes on with that name
    lone_words = {n.words[0] for n in singles}
    people: dict[tuple[str, str], _Person] = {}
    paternal_surnames: dict[str, list[_Person]] = {}  # "Ochoa" -> Rafael Ochoa Lindo, who goes by his first surname
    # "Joel Vander Sluys ... Vander Sluys said": a name's last two words are its surname, not another person's name
    endings = {tuple(w.lower() for w in n.words[i:]): n for n in full for i in range(1, len(n.words) - 1)
               if n.words[i].capitalize() in _SURNAME_PARTICLES}
    for n in full:
        longer = endings.get(tuple(w.lower() for w in n.words))
        core = [w for w in (longer or n).words if w not in _SUFFIXES and not _INITIAL.fullmatch(w)]
        if len(n.words) == 2 and len(core) == 1 and _INITIAL.fullmatch(n.words[1]):
            core, n.cue = n.words, True  # "Dana K.": news keeps a victim anonymous by first name and initial
        if len(core) < 2:
            continue
        key = (core[0].lower(), core[-1].lower())
        person = people.get(key)
        if person is None:
            person = people[key] = _Person(core[-1].lower(), " ".join((longer or n).words), core[0], n.start)
        if longer is not None and " ".join(n.words) not in person.aliases:
            person.aliases.append(" ".join(n.words))
        person.spans.append((n.start, n.end))
        person.roles.extend(n.roles)
        person.mentions += 1
        person.cue = person.cue or n.cue or (not n.quoted and core[-1] in solo_surnames) or core[0] in family_first
        if len(core) > 2 and core[0] in solo_surnames and core[-1] not in lone_words:
            person.cue = True
            if core[0] not in person.aliases:
                person.aliases.append(core[0])  # the family name alone, as the article goes on with it
        elif len(core) == 3 and core[1] in solo_surnames and core[-1] not in lone_words and not core[-1].isupper() \
                and core[1].lower() not in MALE_GIVEN_NAMES | FEMALE_GIVEN_NAMES:
            # "Rafael Ochoa Lindo ... Ochoa told the court": a Spanish name carries two surnames, and the article
            # goes on with the first (the father's), never the last (a middle given name, "Mary Ann", is no surname,
            # nor letters after a name, "Ann Roe BL")
            person.cue = True
            paternal_surnames.setdefault(core[1].lower(), []).append(person)
    # "Natalie's mother Denise": the relative named in full elsewhere is a person of the story too
    kin_owners = {m.group(1) for n in names if n.cue for r in n.roles
                  if (m := _KIN_ROLE.search(r)) and m.group("kin") in KIN_NOUNS}
    # "killed Ron Vale and his granddaughter, Emma": Vale, whose relative the story names, is a person of it too
    ends = {b: p for p in people.values() for _, b in p.spans}
    for n in names:
        hit = _COORDINATED_BEFORE.search(text, max(0, n.start - 120), n.start) if n.roles else None
        if hit and hit.group("rest").split()[-1] in KIN_NOUNS and hit.end("owner") in ends:
            ends[hit.end("owner")].cue = True
    for p in people.values():
        p.cue = p.cue or p.first in kin_owners or p.name.split()[-1] in kin_owners
    kept = [p for p in people.values() if p.cue]
    by_surname: dict[str, list[_Person]] = {}
    for p in kept:
        by_surname.setdefault(p.key, []).append(p)
    for word, family in paternal_surnames.items():
        by_surname.setdefault(word, family)  # (unless someone has it as their last name)
    # the article's own words, without its metadata: "url: .../mother-sentenced-elijah-coats" uses no name as a noun
    prose = "\n".join(text[p.start:p.end] for p in source.paragraphs if p.kind in ("body", "caption", "heading"))
    for n in singles:
        word = n.words[0]
        owner = _owner(word, n.start, by_surname, kept)
        # "Elijah's grandmother, Denise Hollings": whoever has a relative in the story is a person of it
        kin_owner = word in kin_owners and text.startswith(("\u2019s", "'s", "\u2019 ", "' "), n.end)
        if owner is None:
            if not (n.cue or kin_owner) or n.quoted or _after_locative(text, n.start) or not _could_be_name(prose, word) \
                    or _ARTICLE_BEFORE.search(text[max(0, n.start - 4):n.start]) or _plural_noun(text, n) \
                    or _mostly_determined(prose, word):
                # "a Democrat who served": a lone word after an article is a noun, not a surname
                continue
            owner = _Person(word.lower(), word, word, n.start)
            kept.append(owner)
            by_surname.setdefault(owner.key, []).append(owner)
        owner.spans.append((n.start, n.end))
        owner.roles.extend(n.roles)
        owner.mentions += 1
        if word not in owner.name.split() and word not in owner.aliases:
            owner.aliases.append(word)  # a near-miss spelling
        elif word == owner.name.split()[-1] and word != owner.name and word not in owner.aliases:
            owner.aliases.append(word)  # the surname alone
        elif owner in paternal_surnames.get(word.lower(), ()) and word not in owner.aliases:
            owner.aliases.append(word)  # "Ochoa" for Rafael Ochoa Lindo: the first of his two surnames
    needs_sentences = any(re.search(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s", r) for p in kept for r in p.roles)
    sentences = split_sentences(text, 0, len(text)) if needs_sentences else []
    parties = [_party(source, p, kept, sentences) for p in sorted(kept, key=lambda p: min(p.spans, default=(p.start, 0)))]
    parties = [p for p in parties if not _named_thing(p)]
    groups = _groups_and_orgs(source, names, parties)
    org_names = {g.name for g in groups if g.kind == "organization"}
    for p in parties:
        if p.kind == "person" and any(o.startswith(p.name + " ") and o.split()[-1] in ORG_WORDS for o in org_names) \
                and not any(_KIN_ROLE.search(r) for r in p.roles):  # "the Lily Hale Fund" leaves Hale's daughter a person
            p.kind = "organization"  # "Prairie Gold Dairy" beside "Prairie Gold Dairy LLC": the company, no person
    for p in parties:
        whole = next((g for g in groups if g.kind == "organization" and g.name.startswith(p.name + " ")
                      and g.name.split()[-1] in _BODY_WORDS), None) if p.kind == "person" and not p.roles else None
        if whole is not None and " " in p.name:
            # "Cradle Bridge" beside "Cradle Bridge International Adoptions": the agency by its first words, no person
            # (kept as its own party: quotes name the short form as their speaker)
            p.kind = "organization"
    # "Tully and Vance said" after "the law firm Tully and Vance": the firm again, not a person named Vance
    partner_names = {w.rstrip(",") for o in org_names if " and " in o for w in o.split()}
    parties = [p for p in parties if not (p.kind == "person" and " " not in p.name and p.name in partner_names)]
    parties.extend(groups)
    return parties


_PLURAL_PEOPLE = lazy_compile(r"[A-Z][a-z]+(?:ers|ists|ians|ants|ents|ors)")
_CLAUSE_GOES_ON = lazy_compile(r"[\w,;]\s*$")


def _plural_noun(text: str, name: _Name) -> bool:
    """ "Practitioners said": a plural noun of people opening a sentence, with no full name for it to be a surname of."""
    return bool(_PLURAL_PEOPLE.fullmatch(name.words[0])) and not _CLAUSE_GOES_ON.search(text[max(0, name.start - 3):name.start])


def _mostly_determined(text: str, word: str) -> bool:
    """ "the Capitol's steps", "their own Capitol": a word the article mostly writes after a determiner is a
    thing, not a surname ("the Ocampo family" does not count: families are named that way)."""
    mentions = len(re.findall(rf"\b{re.escape(word)}\b", text))
    determined = len(re.findall(rf"\b(?:[Tt]he|[Tt]heir|[Ii]ts|[Oo]ur|[Yy]our)(?:\s+own)?\s+{re.escape(word)}\b"
                                rf"(?!\s+famil|\s+household)", text))
    return determined >= 2 and determined * 2 > mentions


def _could_be_name(text: str, word: str) -> bool:
    """A lone capitalised word is no name when the article also uses it as a common word."""
    if word.lower() in _PARTY_ROLE_NOUNS or word in OUTLET_WORDS or word.isupper():
        return False
    low = word.lower()
    if _is_word_char(low[0], "") and _is_word_char(low[-1], ""):
        return _standalone_count(text, low, "") == 0  # what \bword\b finds, for a word that begins and ends as one
    return re.search(rf"\b{re.escape(low)}\b", text) is None  # "dr.": \b after a period means a letter follows


def _short_form_speaks(text: str, name: _Name) -> bool:
    """ "Bright Acorns said", "Carrick State said", "Great Oaks, which runs the home, said": a body that speaks under
    the leading words of the full name the article gave it ("Bright Acorns Early Learning Center"), though they open
    or end like a place's.
    (Never a place: the full name must not run on into a place word, as "New York City Police Department" does.)"""
    if not _ORG_SPEAKS.match(text, name.end):
        return False
    phrase = " ".join(name.words)
    at = text.find(phrase + " ")
    while at != -1:
        run = NAME_RUN.match(text, at)
        longer = run.group().split() if run else []
        if len(longer) > len(name.words) and (longer[len(name.words)] not in PLACE_SUFFIXES
                                              or longer[-1] in _INSTITUTION_HEADS) \
                and longer[-1] in _BODY_WORDS | _AFFILIATION_HEADS | _INSTITUTION_HEADS:
            return True
        at = text.find(phrase + " ", at + 1)
    return False


def _after_locative(text: str, start: int) -> bool:
    return _word_before(text[max(0, start - 20):start]).lower() in LOCATIVE_PREPOSITIONS


def _owner(word: str, at: int, by_surname: dict[str, list[_Person]], people: list[_Person]) -> _Person | None:
    """The person a lone capitalised word refers to: surname, first name, or a near-miss spelling."""
    if word.lower() in by_surname:
        family = by_surname[word.lower()]
        # "Harold Roe ... Roe, a retired clerk ... his daughter, Ann Roe": a surname alone refers back to someone
        # already named in full, never to a relative the article introduces later
        introduced = [p for p in family if p.start < at]
        # ("Roe's mother, Ann Roe", "his mother, Ann Roe": whoever the article ties to the surname as a relative of
        # its bearer is never the one the surname alone means, while that bearer is named in full too)
        kin_of = re.compile(rf"(?:{re.escape(word)}[\u2019']s|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z-]+\s+)?(?:{'|'.join(sorted(KIN_NOUNS))})\b")
        bearers = [p for p in introduced or family if not any(kin_of.match(r) for r in p.roles)]
        return max(bearers or introduced or family, key=lambda p: p.mentions)
    firsts = [p for p in people if p.first == word and " " in p.name]
    if len(firsts) == 1:
        return firsts[0]
    if len(word) >= 5:
        best = max(people, key=lambda p: fuzz.ratio(word.lower(), p.key), default=None)
        # (a misspelling changes a letter or two; "Pellow" beside "Penhallow" is another surname, however alike)
        if best is not None and " " in best.name and fuzz.ratio(word.lower(), best.key) >= 80 \
                and abs(len(word) - len(best.key)) <= 2:
            return best
    return None


def _party(source: Source, person: _Person, people: list[_Person], sentences: list[tuple[int, int]]) -> Party:
    roles: list[str] = []
    for role in person.roles:
        role = _clean_role(_resolve_possessive(source.text, role, person, people, sentences))
        if not role:
            continue
        if role.lower() not in {r.lower() for r in roles}:
            roles.append(role)
    # "Milo's parents, Ismay and Aldo Cole" and later "Milo's mother, Ismay Cole": her own role says it better
    roles = [r for r in roles if not SHARED_KIN.search(r)] or roles
    spans = sorted(set(person.spans))
    # the role's head noun, before any "with/for/of ...": "a staff attorney with the group" describes a person
    # ("a company based in Toledo", "the union that represents cooks": the head before its participle or clause)
    heads = [re.split(r"\s+(?:with|for|of|at|in|on|from|to|by|based|headquartered|located|founded|run|owned|that|which"
                      r"|where|who|whose)\b", r)[0].split() for r in roles]
    described_as_org = any(h[-1].lower() in _ORG_ROLE_NOUNS for h in heads if h)
    name, aliases = person.name, list(person.aliases)
    surname = (_family_surname(source.text, name, roles, people) or _pronoun_kin_surname(source.text, person, people)) \
        if " " not in name else None
    if surname and surname != name:
        name, aliases = f"{name} {surname}", [person.name, *aliases]  # "Her son, Daniel" is Daniel Adebayo
    # ("Upsilon Xi Pi said in a statement": a fraternity or sorority is named in Greek letters, never a person)
    organization = described_as_org or bool(_GREEK_LETTERS.fullmatch(name))
    return Party(name=name, kind="organization" if organization else "person", roles=roles,
                 citations=[source.cite(a, b) for a, b in spans], aliases=aliases)


_GREEK_LETTERS = lazy_compile(r"(?:(?:Alpha|Beta|Gamma|Delta|Epsilon|Zeta|Eta|Theta|Iota|Kappa|Lambda|Mu|Nu|Xi|Omicron|Pi|Rho"
                            r"|Sigma|Tau|Upsilon|Phi|Chi|Psi|Omega)(?:\s+|$)){2,4}")


def _acronym_named(words: list[str]) -> bool:
    """ "Vermont NAACP", "Ohio AFL-CIO": a body named by a place and its acronym (not "USA TODAY", "the Lees' SUV")."""
    return len(words) > 1 and bool(_ACRONYM_TAIL.fullmatch(words[-1])) and words[-1] not in _SUFFIXES | _THING_ACRONYMS \
        and not any(w.isupper() or w.endswith(("'", "\u2019")) for w in words[:-1])


def _named_thing(party: Party) -> bool:
    """ "Velcora, the company's heart drug": a product, vessel or place the article names is neither a person nor
    a body."""
    return bool(party.roles) and all(_names_a_thing(r) for r in party.roles)


def _names_a_thing(role: str) -> bool:
    head = _ROLE_HEAD_END.split(role, maxsplit=1)[0].split()
    return bool(head) and head[-1].lower() in _THING_NOUNS


def _family_surname(text: str, first: str, roles: list[str], people: list[_Person]) -> str | None:
    """ "Adebayo's son", "Tiago's younger sister": the surname of the relative the article names in full, which a
    child or sibling introduced by first name alone shares. Where the article itself writes the first name with a
    family's surname ("the Lily Hale scholarship fund"), that wins; a surname is never guessed from anyone else."""
    surnames = {surname_of(p.name) for p in people if " " in p.name}
    written = {m.group(1) for m in re.finditer(rf"\b{re.escape(first)}\s+([A-Z][\w\u2019'-]*)", text)} & surnames
    if len(written) == 1:
        return written.pop()
    # "Petra Lovatt, whose son Rowan died ...": the relative of the person the "whose" hangs on
    owners = {m.group(1) for m in re.finditer(rf"\b([A-Z][\w\u2019'-]+),\s+whose\s+(?:[a-z-]+\s+){{0,2}}?"
                                             rf"(?:{'|'.join(sorted(_BLOOD_KIN | _SPOUSES))}),?\s+{re.escape(first)}\b", text)}
    if len(owners & surnames) == 1:
        return (owners & surnames).pop()
    for role in roles:
        m = _KIN_ROLE.search(role)
        if not m:
            continue
        family = [p for p in people if " " in p.name and m.group(1) in (surname_of(p.name), p.first)
                  and m.group("kin") in _BLOOD_KIN | _SPOUSES]
        if len({surname_of(p.name) for p in family}) == 1 and not _parent_of_another_name(first, family[0], people):
            return surname_of(family[0].name)
    return None


def _parent_of_another_name(first: str, relative: _Person, people: list[_Person]) -> bool:
    """ "her daughter, Lily" beside "Lily's father, Cal Venn": the child has two named parents with two surnames, and
    the article never says which one is hers."""
    surname = surname_of(relative.name)
    return any(p is not relative and " " in p.name and surname_of(p.name) != surname
               and any(_PARENT_ROLE.fullmatch(r) and _PARENT_ROLE.fullmatch(r).group("child") == first for r in p.roles)
               for p in people)


def _pronoun_kin_surname(text: str, person: _Person, people: list[_Person]) -> str | None:
    """ "Ann Hale spoke first. Her younger son, Theo, said …": a child or sibling given by first name after "her/his/
    their" shares the surname of the family member named just before (within the paragraph before), when the story
    is about that family (two of its members, or "the Hale family", are named)."""
    at = min((a for a, _ in person.spans), default=person.start)
    kin = _PRONOUN_KIN_BEFORE.search(text, max(0, at - 60), at)
    if not kin or kin.group("kin") not in _BLOOD_KIN:
        return None
    window = max(0, text.rfind("\n\n", 0, max(0, text.rfind("\n\n", 0, at))))  # this paragraph and the one before
    before = [(a, p) for p in people if p is not person and " " in p.name for a, _ in p.spans if window <= a < at]
    if not before:
        return None
    surname = surname_of(max(before, key=lambda h: h[0])[1].name)
    family = sum(surname_of(p.name) == surname for p in people if " " in p.name) > 1 \
        or re.search(rf"\b{re.escape(surname)}(?:[\u2019']s)?\s+family\b", text) is not None
    return surname if family else None


# "Her name is " / "his name was " right before a first name
_NAME_IS_BEFORE = lazy_compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:first\s+)?name\s+(?:is|was)\s+$")
# "her children, Dov, 8, and " right before a second child's first name
_KIN_LIST_BEFORE = lazy_compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z-]+\s+)?(?:children|sons|daughters|kids|grandchildren|"
                                r"siblings|brothers|sisters|twins),\s+[A-Z][\w\u2019'-]+,\s+\d{1,2},\s+and\s+$")
# "Her other daughter, " / "his younger brother " right before a first name
_PRONOUN_KIN_BEFORE = lazy_compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z-]+\s+){0,2}(?P<kin>[a-z]+),?\s*$")


def _clean_role(role: str) -> str:
    """Drop honorifics alone ("Dr.") and a dangling preposition ("a fellow cast member on"); keep a role's noun
    without the clause told about it ("the nurse he shot through her window" is "the nurse"); a clause that
    speaks ("the family said:") is no role."""
    clause = _CLAUSE_IN_ROLE.search(role)
    role = role[:clause.start()] if clause else role
    role = role.split(";")[0]  # "a senior at Mesa High; the arrest brought ...": the next clause is no part of it
    if _SENTENCE_AS_ROLE.match(role):
        return ""  # "..., a senior at Mesa High, the arrest brought little comfort": the main clause, not an appositive
    if re.search(r"\s(?:the\s)?[A-Z]$", role):
        # "the special agent in charge of the U": a role too long to read cut at "U.S."; keep its head
        role = re.split(r"\s+(?:of|for|at|with|in)\s+(?=[^ ]+(?:\s[A-Z])?$|the\s)", role)[0] \
            if re.search(r"\s(?:of|for|at|with|in)\s", role) else ""
    article = _ARTICLE_OPENING_ROLE.match(role) if role[:1] in "AT" else None
    if article:
        # "A court-appointed trustee, Ann Roe, said", "The gunman, Bo Lee,": the article is the sentence's opening word,
        # the role is "court-appointed trustee", "gunman" (an owner keeps it, lower case: "the victim's sister")
        role = role[article.end():] if not article.group(1) else role[0].lower() + role[1:]
    words = role.split()
    if words and (words[-1].strip(":,.").lower() in SPEECH_VERBS or words[-1].strip(":,.").lower() in _REPORTED_OR_AUXILIARY):
        return ""  # ("Doyle, the court heard.", "the inquest learned", "A young driver has admitted": a clause, cut)
    while words and words[-1].lower() in FUNCTION_WORDS:
        words.pop()
    if len(words) == 1 and words[0] in HONORIFICS:
        return ""
    if len(words) == 2 and words[0].lower() in ("the", "a", "an") and words[1].lower() in _GENERIC_PERSON_NOUNS:
        return ""  # "Ann Roe, the woman who kept the books,": the clause after the bare noun tells who she is
    return " ".join(_TITLE_ABBREVIATIONS.get(w, w) for w in words)  # "Gov." reads as "Governor" in a role


# The last words of a clause, never of a noun phrase: a reporting verb ("the court heard", "the inquest learned") or an
# auxiliary left when the clause's main verb was cut away ("young driver has", "the teenager was")
_REPORTED_OR_AUXILIARY = frozenset("heard hears learned learnt learns has have had is are was were will would can could may "
                                   "might must shall should did does do".split())


# Nouns that say only that a party is a person, so describe no one ("the woman", "a man")
_GENERIC_PERSON_NOUNS = frozenset("woman man person individual people men women".split())


# A capitalised article opening a role, and whether the next word owns it ("The victim's sister")
# (an initialism may open the role: "The US district judge Tobias Roe ordered")
_ARTICLE_OPENING_ROLE = lazy_compile(r"(?:An?|The)\s+(?=[a-z]|(?:[A-Z]\.?){2,}\s+[a-z])(?=(?:([\w-]+(?:[\u2019']s|s[\u2019']))\s)?)")
# A noun phrase and a finite verb of its own: a sentence's main clause read as an appositive ("the arrest brought little
# comfort", "the verdict was a relief"); participles that describe a person ("the man accused of ...") are no such verb
_SENTENCE_AS_ROLE = lazy_compile(r"(?:the|a|an|this|that|his|her|their|its)\s+(?:(?!(?:who|whom|whose|that|which)\b)[\w-]+\s+){0,3}?"
                               r"(?:brought|was|is|were|are|has|had|have|came|gave|took|made|did|went|will|would|could|can|may|might"
                               r"|offered|provided|meant|means|seemed|seems|appeared|remained|remains|felt|changed|did\s+little|left\s+(?:little|no|the|a|them|her|him))\b", re.I)
# A pronoun subject after the role's noun opens a relative clause with no "who": "the nurse he shot", "the man she married"
_CLAUSE_IN_ROLE = lazy_compile(r"(?<=[a-z])\s+(?:he|she|they|we|I|you)\s+(?=[a-z])")
# Whose role it is shows at its start ("his lawyer", "one of her attorneys", "the mother of his children"); a possessive later in it belongs to
# whatever the role tells about ("a Republican in her first term"), so it is left as written.
_OWNER_OPENS_ROLE = lazy_compile(r"(?:(?:one|some|two|three|four|another|each|both|all|several|many)\s+of\s+"
                               r"|(?:the|a|an)\s+(?:[a-z-]+\s+)?[a-z]+\s+of\s+)?([Hh]is|[Hh]er|[Tt]heir)\s")


def _given_name_of_other_gender(name: str, pronoun: str) -> bool:
    """Whether the person's given name is one the pronoun cannot mean ("his" and Catherine, "her" and Thomas)."""
    given = name.split()[0].lower() if " " in name else ""
    if pronoun == "his":
        return given in FEMALE_GIVEN_NAMES and given not in MALE_GIVEN_NAMES
    if pronoun == "her":
        return given in MALE_GIVEN_NAMES and given not in FEMALE_GIVEN_NAMES
    return False


def _resolve_possessive(text: str, role: str, person: _Person, people: list[_Person], sentences: list[tuple[int, int]]) -> str:
    """ "his lawyer" -> "Liang's lawyer": the first other person named in the sentence, else the main subject."""
    m = _OWNER_OPENS_ROLE.match(role)
    if not m:
        return role
    at = person.spans[0][0] if person.spans else person.start
    head = role.split()[-1].strip(",").lower()
    kin = head in _BLOOD_KIN
    # a judge's, a prosecutor's or a lawyer's own child is no part of the case: "his daughter" is someone else's;
    # nor is a judge or a prosecutor anyone's client: "Her lawyer, Ann Roe," acts for a party, not the bench
    others = [p for p in people if p is not person and not ((kin or head in _FARTHER_KIN) and _official(p))
              and not (head in _COUNSEL and _on_the_bench_or_prosecuting(p))
              # ("His lawyers, Ann Roe and Bo Lee,": one who holds the same role beside her is no owner of it)
              and role not in p.roles]
    # ("ordered to pay compensation to his victim" in a sentence about Judge Catherine Roe: "his" is no woman's)
    fitting = [p for p in others if not _given_name_of_other_gender(p.name, m.group(1).lower())]
    sentence = next(((a, b) for a, b in sentences if a <= at < b), None)
    coordinated = _coordinated_owner(text, role, person)
    if coordinated:
        # "killed Ron Vale and his granddaughter, Emma", "no contact with Vale or his girlfriend, Tess Moore": the
        # possessive goes back to the person it is coordinated with, not to the sentence's subject (by surname, as
        # every owner is, where the article names that person in full: "Kaylee and her brother" -> "Munroe's brother")
        named = next((p for p in people if " " in p.name and coordinated in p.name.split()), None)
        if named is not None:
            coordinated = named.name.split()[-1] if named.name.split()[-1] not in _SUFFIXES else named.name.split()[-2]
        return role[:m.start(1)] + f"{coordinated}\u2019s " + role[m.end():]
    owner = None
    # (the same surname is the stronger sign: "Her son, Peter Howell" after "Ronald Howell ... His widow, Margaret")
    kin_by_name = [p for p in others if kin and " " in person.name and " " in p.name
                   and p.name.split()[-1] == person.name.split()[-1]]
    if kin_by_name:
        # "his daughter, Ann Roe": the Roe the article names, not whichever man was named last
        sentence, owner = None, max(kin_by_name, key=lambda p: (p.mentions, -min((a for a, _ in p.spans), default=0)))
    if sentence:
        hits = [(a, p) for p in fitting for a, b in p.spans if sentence[0] <= a < sentence[1] and a < at]
        if hits:
            owner = min(hits, key=lambda h: h[0])[1]
        named = {id(p): p for _, p in sorted(hits, key=lambda h: h[0]) if " " in p.name}.values()
        family = [p for p in named if sum(q.name.split()[-1] == p.name.split()[-1] for q in named) > 1]
        if m.group(1).lower() == "their" and family:
            # "killed Ann Hale, Tom Hale and their daughter": the couple named just before, not the sentence's subject
            owner = family[-1]
        prev = next(((a, b) for a, b in reversed(sentences) if b <= sentence[0]), None)
        if m.group(1).lower() == "their" and not family:
            return _plural_owned(text, role, m, (prev[0] if prev else sentence[0], at), people)
        if owner is None and prev and "\n" not in text[prev[0]:sentence[0]]:
            # "Roe showed no emotion. His lawyer, Ann Lee, said": the subject of the sentence just before
            hits = [(a, p) for p in fitting for a, b in p.spans if prev[0] <= a < prev[1]]
            if hits:
                owner = min(hits, key=lambda h: h[0])[1]
        elif owner is None and prev and kin:
            # "Mrs Howells died in a hospice last year." / "Speaking after the hearing, her daughter Carol Jenkins said":
            # a relative's owner across a paragraph break is the person the last sentence was about, when it opens on them
            hits = [(a, p) for p in fitting for a, b in p.spans if prev[0] <= a < prev[1]]
            first = min(hits, key=lambda h: h[0]) if hits else None
            opening = _OPENS_ON_SUBJECT.fullmatch(text[prev[0]:first[0]]) if first else None
            if opening and _pronoun_fits(m.group(1).lower(), first[1].name, opening.group("title")):
                owner = first[1]
    if owner is None and others:  # the most-mentioned person; on a tie, the one named last before the role
        # (a pronoun points back: someone the article names only after the role is nobody's antecedent, "the 61-year-old,
        # her husband Hung" in a story that names the defendant three paragraphs later)
        named_before = [p for p in fitting or others if any(a < at for a, _ in p.spans)]
        owner = max(named_before or fitting or others, key=lambda p: (p.mentions, max((a for a, _ in p.spans if a < at), default=-1)))
    if owner is None:
        return role
    surname = owner.name.split()[-1] if owner.name.split()[-1] not in _SUFFIXES else owner.name.split()[-2]
    return role[:m.start(1)] + f"{surname}\u2019s " + role[m.end():]


# What may stand before a sentence's subject: a title, a quotation mark ("Mrs Howells died", "Dr. Ann Roe wept")
_OPENS_ON_SUBJECT = lazy_compile(r"[\s\"\u201c]*(?:(?P<title>Mr|Mrs|Ms|Miss|Dr|Mx)\.?\s+)?")


def _pronoun_fits(pronoun: str, name: str, title: str | None) -> bool:
    """Whether "his" or "her" surely means this person: by the title the article gives them, else by a given name
    that is only a man's or only a woman's (an unknown name is no sure antecedent across a paragraph)."""
    if title in ("Mr",):
        return pronoun == "his"
    if title in ("Mrs", "Ms", "Miss"):
        return pronoun == "her"
    given = name.split()[0].lower() if " " in name else ""
    if pronoun == "his":
        return given in MALE_GIVEN_NAMES and given not in FEMALE_GIVEN_NAMES
    return pronoun == "her" and given in FEMALE_GIVEN_NAMES and given not in MALE_GIVEN_NAMES
# "Vale and his 9-year-old granddaughter, " / "Vale or his girlfriend " right before the name: the relative of the
# person coordinated with the role
_COORDINATED_BEFORE = lazy_compile(r"(?<![\w'\u2019-])(?P<owner>[A-Z][\w'\u2019-]*[a-z])\s+(?:and|or|&)\s+(?:also\s+)?(?P<poss>[Hh]is|[Hh]er)\s+"
                                 r"(?P<rest>(?:[\w-]+\s+){0,3}?[a-z][\w-]*),?\s*$")


def _coordinated_owner(text: str, role: str, person: _Person) -> str:
    """The name a "his/her <role>" is coordinated with, right before the name the role introduces ("" if none)."""
    for a, _ in sorted(person.spans):
        hit = _COORDINATED_BEFORE.search(text, max(0, a - 120), a)
        if hit and f"{hit.group('poss')} {hit.group('rest')}".lower() == role.lower().strip(", ") \
                and hit.group("owner") not in _NOT_NAME_WORDS and hit.group("owner") not in PLACE_SUFFIXES | ORG_WORDS:
            # (a place is nobody's relative: "a rabbi in Westchester County and his wife, Elena Roe" is the rabbi's
            # or Roe's wife, never the county's)
            return hit.group("owner")
    return ""


# The plural a "their" goes back to: "The Hales had been married 40 years", "the Hale family", "Ann and Tom Hale",
# "Roe and his wife", "Roe and Lee were charged"
_PLURAL_FAMILY = lazy_compile(r"\b[Tt]he\s+(?P<plural>[A-Z][\w'\u2019-]*[a-z])(?:es|s)\b(?![\u2019'])|\b[Tt]he\s+(?P<family>[A-Z][\w'\u2019-]*[a-z])\s+(?:family|household|couple)\b"
                            r"|\b(?P<given>[A-Z][a-z]+)\s+and\s+[A-Z][a-z]+\s+(?P<pair>[A-Z][\w'\u2019-]*[a-z])\b")
_JOINT_SUBJECT = lazy_compile(r"\b(?P<name>[A-Z][\w'\u2019-]*[a-z])\s+(?:and|&)\s+(?:(?:his|her)\s+(?:[a-z-]+\s+)?[a-z]+|(?:[A-Z][\w.'\u2019-]*\s+){0,2}[A-Z][\w'\u2019-]*[a-z])\b")


def _plural_owned(text: str, role: str, owner_word: re.Match[str], window: tuple[int, int], people: list[_Person]) -> str:
    """ "The Hales had been married 40 years. Their daughter, Ann Roe": "their" is a plural's, a family or a pair named
    just before, never one person; with none in sight the role keeps no owner ("daughter")."""
    words = text[window[0]:window[1]]
    surnames = {p.name.split()[-1] for p in people if " " in p.name}
    found = None
    for hit in _PLURAL_FAMILY.finditer(words):
        name = hit.group("plural") or hit.group("family") or hit.group("pair")
        if hit.group("pair") and hit.group("given") in surnames:
            continue  # "Roe and Bo Lee": two people, not "Ann and Tom Lee"
        if name in surnames or hit.group("family") or hit.group("pair"):
            found = name
    if found is None:
        # "Roe and his wife were charged. Their lawyer, Ann Lee": the pair's first-named member stands for both
        joint = [j.group("name") for j in _JOINT_SUBJECT.finditer(words) if j.group("name") in surnames
                 or any(j.group("name") == p.name.split()[0] for p in people)]
        if joint:
            holder = next((p for p in people if joint[0] in (p.name.split()[-1], p.name.split()[0])), None)
            found = holder.name.split()[-1] if holder else None
    if found is None:
        return role[:owner_word.start(1)] + role[owner_word.end():]
    return role[:owner_word.start(1)] + f"{found}\u2019s " + role[owner_word.end():]


def _official(person: _Person) -> bool:
    """Someone who works on the case: a judge, prosecutor, lawyer or officer, by title or role."""
    return any(w.lower().strip(",.\u2019'") in _OFFICIAL_WORDS for r in person.roles for w in r.split())


def _on_the_bench_or_prosecuting(person: _Person) -> bool:
    """A judge or a prosecutor, by title or role: no one's client (a former officer on trial may well be)."""
    return any(w.lower().strip(",.\u2019'") in _BENCH for r in person.roles for w in r.split())


def _cut_from_longer(text: str, name: _Name) -> bool:
    """ "Means Committee" of "Ways and Means Committee", "Bureau of Alcohol" of "Bureau of Alcohol, Tobacco, …",
    "Joint Council" of "Joint Council for Cosmetic Practitioners": a piece of a longer name."""
    if re.search(r"[A-Z][\w.]*,?\s+(?:and|&)\s+$", text[max(0, name.start - 30):name.start]):
        person = re.search(r"(?<![\w.'\u2019-])(?:against|sued|suing|sues|with|by|between|for|from|to|named)\s+([A-Z][a-z][\w'\u2019-]*)\s+and\s+$",
                           text[max(0, name.start - 40):name.start])
        if person and name.words[-1].rstrip(".") in _COMPANY_SUFFIXES \
                and re.search(rf"\b[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?{re.escape(person.group(1))}\b(?!\s+(?:and|&)\s)", text):
            # "a lawsuit against Roe and Elm Ridge Holdings LLC": the person the article names in full, by surname,
            # and a company -- two parties, not one firm named for partners
            return False
        return not _two_bodies_joined(_BODY_BEFORE_AND.search(text, max(0, name.start - 60), name.start), name.words)
    after = re.match(r",\s+[A-Z][\w]*(?:,|\s+(?:and|&)\s)|\s+(?:for\s+(?:the\s+)?|(?:and|&)\s+)[A-Z]", text[name.end:name.end + 40])
    if after and after.group().lstrip().startswith(("and", "&")):
        return not _two_bodies_joined(_BODY_AFTER_AND.match(text, name.end, name.end + 60), name.words)
    return after is not None


# The capitalised run on the other side of an "and" from a body's name: "Elm Ridge Consulting and Oak Title Services"
_BODY_BEFORE_AND = lazy_compile(r"((?:[A-Z][\w.'\u2019-]*\s+)+?[A-Z][\w.'\u2019-]*)\s+(?:and|&)\s+$")
_BODY_AFTER_AND = lazy_compile(r"\s+(?:and|&)\s+((?:[A-Z][\w.'\u2019-]*\s+)+?[A-Z][\w.'\u2019-]*)(?![\w'\u2019-]*\s+[A-Z])")


def _two_bodies_joined(other: re.Match[str] | None, words: list[str]) -> bool:
    """ "two firms, Elm Ridge Consulting and Oak Title Services": each side of the "and" a body's whole name, its head
    word last, so two bodies ("Ways and Means Committee", "Customs and Border Protection" have no head before "and")."""
    if other is None:
        return False
    other_words = other.group(1).split()
    return all(len(side) > 1 and not {"of", "for"} & set(side) and _is_body_word([(0, 0, w) for w in side], len(side) - 1)
               for side in (other_words, words))


_SCHOOL_LEVELS = frozenset("High Middle Elementary Junior Senior Primary Secondary Preparatory Prep Charter Grammar "
                           "Community Intermediate".split())


def _stem_recurs(text: str, words: list[str]) -> bool:
    """ "Callander State University" ... "Callander State would fail": the body named again without its head word."""
    if words[-1] not in _AFFILIATION_HEADS:
        return False  # "University of Michigan": no short form to look for
    stem = " ".join(words[:-1])
    # ("Elm Hollow High School" ... "students at Elm Hollow": a school's level word goes with its head word)
    # (not "the Elm Hollow High School shooting": a school that names an event, whose place alone then names it too)
    short = " ".join(words[:-2]) if len(words) > 2 and words[-2] in _SCHOOL_LEVELS and not re.search(
        re.escape(" ".join(words)) + r"\s+(?:shootings?|massacre|attacks?|bombing|stabbings?|fire|tragedy|rampage)\b", text) else ""
    return _standalone_count(text, stem, "-") >= 2 or bool(short) and _standalone_count(text, short, "-") >= 2


def _standalone_count(text: str, phrase: str, joiners: str) -> int:
    """How often phrase occurs in text (without overlaps) with no word character, nor one of joiners, touching
    either end: what re.findall counts for the phrase between a negative lookbehind and lookahead of those
    characters. Compiling such a pattern for each name of each article costs far more than the search, and
    evicts the shared patterns from re's small cache."""
    count = 0
    at = text.find(phrase)
    while at != -1:
        after = at + len(phrase)
        if not (at > 0 and _is_word_char(text[at - 1], joiners)) \
                and not (after < len(text) and _is_word_char(text[after], joiners)):
            count += 1
            at = text.find(phrase, max(after, at + 1))  # an empty phrase matches at each position, as in findall
        else:
            at = text.find(phrase, at + 1)
    return count


def _is_word_char(char: str, joiners: str) -> bool:
    """What \\w matches (a letter, digit or underscore in any script), or one of joiners."""
    return char.isalnum() or char == "_" or char in joiners


def _within_quote(text: str, name: _Name) -> bool:
    """A name inside a longer quotation ("... Greater Mount Zion Tabernacle has survived worse"), not the whole of one."""
    return not (re.search(r"[\"\u201c\u2018']\s*$", text[max(0, name.start - 2):name.start])
                and re.match(r"[,.!?]?\s*[\"\u201d\u2019]", text[name.end:name.end + 3]))


# A unit a body sends to act: "a U.S. Marshals Service fugitive task force"
_TASK_FORCE_AFTER = lazy_compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:task\s+force|strike\s+force|squad)\b")
# An agency's people at work in the case: "FBI agents", "ATF investigators"
_AGENTS_AFTER = lazy_compile(r"\s+(?:special\s+)?(?:agents|investigators|detectives)\b")
# A police force in lower case after its place: "DeKalb County police", "the Akron division of police"
# A local agency written in lower case after the place it serves: "according to the Marlow County health office",
# "the Pike County sheriff's office said" (only the field or the office holder before the kind word makes it a body)
_PLACE_AGENCY = lazy_compile(r"(?<![\w.\u2019'-])(?P<body>(?!The\s)(?:[A-Z][\w-]*\s+){1,2}(?:County|City|Township|Parish|Borough|State)\s+"
                           r"(?:(?:public\s+)?health|elections?|planning|building|water|parks|housing|child\s+welfare|social\s+services"
                           r"|probation|corrections|(?:coroner|sheriff|medical\s+examiner|treasurer|auditor|assessor|clerk"
                           r"|(?:state[\u2019']s|district|prosecuting|county|city)\s+attorney)[\u2019']s)\s+"
                           r"(?:office|department|board|division|agency|authority|commission))\b")
_AGENCY_KINDS = (" office", " department", " board", " division", " agency", " authority", " commission")
# A cause group named with its lower-case link word, then its kind: "who directs the Parents for Safer Roads
# coalition", "the Neighbors Against Gas Drilling group" (the kind word after the name says it is a body)
_CAUSE_GROUP = lazy_compile(r"\b[Tt]he\s+(?P<body>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*\s+(?:for|against)\s+(?:(?:the|and|of)\s+)?"
                          r"(?:[A-Z][\w'-]+\s+)*[A-Z][\w'-]+)\s+(?:coalition|group|campaign|alliance|network|organi[sz]ation"
                          r"|nonprofit|charity)\b")
_CAUSE_GROUP_KINDS = (" coalition", " group", " campaign", " alliance", " network", " organization", " organisation",
                      " nonprofit", " charity")
# (so is a county's prosecuting office told by its lawyers: "Pell County prosecutors said", "Ada County prosecutors
# charged him")
_PLACE_POLICE = lazy_compile(r"(?<![\w.\u2019'-])(?P<force>(?!The\s)(?:[A-Z][\w-]*\s+){0,2}(?:(?:County|Township|Parish|Borough|Village)\s+police"
                           r"|(?<![\w.\u2019'-])(?:[A-Z][\w-]*\s+){1,2}County\s+prosecutors"
                           r"|[A-Z][\w-]*\s+(?:division\s+of\s+police|police\s+department)))\b(?![\u2019'])")
_PLACE_RCMP = lazy_compile(r"(?<![\w.\u2019'-])(?P<force>(?!(?:The|A|An|In|On|At|By|When|After|Before|But|And|Former|Retired|Veteran)\s)"
                          r"(?:[A-Z][a-z][\w-]*\s+){1,2}(?:(?:District|Detachment|Division)\s+)?RCMP)\b(?![\u2019'])")
# A city's force in lower case, told at work in the case: "Brixton police arrested him", "Glen Hollow police said",
# "Marlow police officers found" (a bare "police" after a place is a body only with what it did or who it sent)
_CITY_POLICE = lazy_compile(r"(?<![\w.\u2019'-])(?P<force>(?:[A-Z][a-z][\w-]*\s+){1,2})police(?P<act>\s+(?:(?:later|also|then|quickly|eventually)\s+)?"
                          r"(?:[a-z]+ed|said|say|says|found|took|were|have|had|investigating|officers|detectives|investigators)\b"
                          # ("Tarrow police Sgt. Ann Roe said": the force one of its officers speaks for, her rank after it)
                          r"|\s+(?:Sgt|Lt|Det|Capt|Cpl|Cmdr|Officer|Detective|Sergeant|Lieutenant|Captain|Chief|Commander"
                          r"|spokes(?:man|woman|person))\.?(?=\s+[A-Z][a-z])"
                          # ("A West Midlands police spokesperson said:": British copy's force in lower case, speaking)
                          r"|\s+spokes(?:man|woman|person)(?=\s+(?:said|says|told|added|confirmed)\b|:))")
# A city's force in lower case as the agent of the case's work, after others: "The case was investigated by the FBI
# and Marlow police", "arrested by Brixton police"
_CITY_POLICE_AGENT = lazy_compile(r"\b(?:investigated|arrested|charged|detained|probed|apprehended|handled|caught|stopped|questioned)"
                                r"\s+by\s+(?:[^.;:\n]{0,60}?\s+(?:and|with)\s+)?(?P<force>(?:[A-Z][a-z][\w-]*\s+){1,2})police(?P<act>)"
                                r"(?![\w-]|\s+(?:officers?|chief|spokes\w+|department|dept)\b)")
# A city's force in lower case as the object of the case being handed to it or of thanks for its work: "the board asked
# Marlow police to investigate", "she reported the theft to Brixton police", "thanked Tarrow police and prosecutors"
_CITY_POLICE_OBJECT = lazy_compile(r"\b(?:asked|contacted|called|notified|alerted|thanked|praised|credited|summoned|reported\s+(?:it|him|her|them|the\s+[a-z]+)\s+to"
                                 r"|(?:went|go|goes|going|gone|turned|came|come)\s+to"  # ("Church leaders went to Joliet police")
                                 r"|turned\s+(?:it|him|her|them|the\s+[a-z]+)\s+over\s+to|referred\s+(?:it|him|her|them|the\s+[a-z]+)\s+to)"
                                 r"\s+(?P<force>(?:[A-Z][a-z][\w-]*\s+){1,2})police(?P<act>)"
                                 r"(?![\w-]|\s+(?:officers?|chief|spokes\w+|department|dept|station|headquarters|union)\b)")
# A city's force in lower case as where the case's investigators came from, maybe one of a list: "Investigators from
# Marlow police and the FBI arrested him", "detectives with Brixton police, Tarrow police and state agents"
_POLICE_MEMBERS_FROM = lazy_compile(r"\b(?:[Ii]nvestigators|[Oo]fficers|[Dd]etectives|[Aa]gents|[Dd]eputies|[Tt]roopers)\s+(?:from|with)\s+")
_LISTED_CITY_POLICE = lazy_compile(r"(?P<force>(?:[A-Z][a-z][\w-]*\s+){1,2})police(?P<act>)"
                                   r"(?![\w-]|\s+(?:officers?|chief|spokes\w+|department|dept)\b)")
_LIST_SEPARATOR = lazy_compile(r",?\s+(?:and|as\s+well\s+as)\s+|,\s+")


def _city_police_members(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The forces _POLICE_MEMBERS_FROM lists, each as a match with its "force" (and an empty "act") group."""
    if " police" not in text[start:end]:
        return []
    found = []
    for lead in _POLICE_MEMBERS_FROM.finditer(text, start, end):
        pos = lead.end()
        while (m := _LISTED_CITY_POLICE.match(text, pos, end)) is not None:
            found.append(m)
            sep = _LIST_SEPARATOR.match(text, m.end(), end)
            if sep is None:
                break
            pos = sep.end()
    return found


# The state's force in lower case, told at work in the case: "State police took over the investigation", "state
# police arrested her" (no place's name, but the force of the state the story is set in)
# (only at the case's own work: a bare "State police said so" tells no more than a source, see test_charges_round49)
_STATE_POLICE = lazy_compile(r"(?<![\w.\u2019'-])(?P<force>[Ss]tate\s+police)(?P<act>\s+(?:(?:later|also|then|quickly|eventually)\s+)?"
                           r"(?:took\s+over|investigated|arrested|charged|searched|seized|raided|detained|interviewed|identified"
                           r"|traced|found|began\s+investigating|opened\s+an?\s+investigation)\b)")
# ("a Marlow police officer who ...": one officer described, not the force at work)
# (openers, days and bodies that are no place: "When police arrived", "State police said", "Campus police found")
_NOT_A_POLICE_PLACE = frozenset("State Local Federal Military Campus Secret Border Transit Tribal Former Retired Veteran Undercover "
                                "Off-duty County Township Parish Borough Village City Metro Metropolitan Railway".split())
# A higher court by its name, as the subject of a decision in the case: "The 2nd U.S. Circuit Court of Appeals in
# New York last August upheld …", "the US Court of Appeals for the 8th Circuit threw out …", "The state Superior
# Court vacated …"
_ORDINAL = r"\d{1,2}(?:st|nd|rd|th)"
_HIGHER_COURT = (r"(?P<court>(?:(?:[A-Z][\w.\u2019'-]*|" + _ORDINAL + r"|state|federal)[ \t]+){0,4}"
                 # ("Florida's Second District Court of Appeal", "the Court of Appeal": the singular of Florida,
                 # California and the Commonwealth)
                 r"(?:Court[ \t]+of[ \t]+(?:Criminal[ \t]+)?Appeals?(?:[ \t]+for[ \t]+the[ \t]+(?:" + _ORDINAL + r"|[A-Z][a-z]+)[ \t]+Circuit)?"
                 r"|(?:Supreme|Superior|Appellate|Appeals)[ \t]+Court|Appellate[ \t]+Division))")
_ACTING_COURT = lazy_compile(
    _HIGHER_COURT +
    r"(?:[ \t]+(?:in|last|this|on|earlier)[ \t]+[^,.;:\n]{0,30}?)?[ \t]+(?:unanimously[ \t]+)?"
    r"(?:vacated|upheld|affirmed|reversed|overturned|threw[ \t]+out|tossed|struck[ \t]+down|remanded|ordered[ \t]+a[ \t]+new"
    # "The Air Force Court of Criminal Appeals will review the sentence": the decision still to come
    r"|will[ \t]+(?:automatically[ \t]+)?(?:review|hear|consider|decide))\b"
    # "the sentence will be reviewed automatically by the Army Court of Criminal Appeals", "vacated by the Ohio Court
    # of Appeals": the court as the passive's agent
    r"|\b(?:reviewed|vacated|upheld|affirmed|reversed|overturned|remanded|heard|(?:thrown|tossed|struck|set)[ \t]+(?:out|down|aside))"
    r"[ \t]+(?:automatically[ \t]+)?by[ \t]+(?:the[ \t]+)?"
    + _HIGHER_COURT.replace("?P<court>", "?P<agent_court>")
    # "a three-judge panel of the Ohio Court of Appeals wrote": the panel that decides the case writes for its court
    + r"|\bpanel[ \t]+of[ \t]+(?:the[ \t]+)?" + _HIGHER_COURT.replace("?P<court>", "?P<panel_court>")
    + r"[ \t]+(?:wrote|ruled|said|found|held|concluded)\b")


# The bodies a release credits with the investigation, named once in a list and never again ("The case was
# investigated by the FBI and IRS Criminal Investigation, with assistance from the Dorrin Police Department"): the
# agencies of the case, though they do not speak.
# A cue with the list after it: "investigated by", "an investigation by", "with assistance from", "commended ... for
# the investigation".
_CREDIT_BY = lazy_compile(r"\b(?:(?:investigated|handled|conducted)\s+by|investigations?\s+(?:conducted\s+)?by"
                        r"|(?:assistance|help|support|cooperation)\s+(?:from|of)|assisted\s+by|commended|thanked|credited"
                        # ("Investigators with the FBI and IRS Criminal Investigation traced the money": the bodies whose
                        # people did the case's work)
                        r"|(?<![\w-])(?:[Ii]nvestigators|[Aa]gents|[Dd]etectives)\s+(?:with|from)(?=\s+(?:the\s+)?[A-Z][^.;:]{0,80}?\s+"
                        r"(?:traced|found|uncovered|discovered|tracked|identified|arrested|searched|seized|determined|began)\b))"
                        r"\s+(?:the\s+)?(?=[A-Z])")
# A cue with the list before it, from the sentence's start: "The DEA and the Lakeport Police Department investigated the
# case", "IRS Criminal Investigation led the case", "Homeland Security Investigations also assisted."
_CREDIT_AS_SUBJECT = lazy_compile(r"\s+(?:also\s+)?(?:investigated|(?:is|are|were|was)\s+investigating|conducted\s+the\s+investigation"
                                r"|(?:led|handled)\s+the\s+(?:investigation|case)|assisted(?:\s+(?:in|with)\s+the\s+(?:investigation|case))?)\b")
# A list of bodies as the investigation's modifier: "An FBI and Naval Criminal Investigative Service investigation began",
# "a joint DEA and State Police probe found"
_CREDIT_ATTRIBUTIVE = lazy_compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:joint\s+|yearlong\s+|monthslong\s+|federal\s+)?"
                                 r"(?P<list>[A-Z][\w.&'\u2019-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w.&'\u2019-]*){0,9}?)\s+(?:investigation|probe)\b")
# Where a list of bodies stops: a lower-case word that is not one of a body's own ("of", "and", "the", "division":
# "the Internal Revenue Service Criminal Investigation division"), a clause mark, or a full stop that ends no
# abbreviation ("U.S.", "Inc.").
_BODY_LIST_STOP = lazy_compile(r"\s(?!(?:of|and|the|for|on|field|division|unit|office|section|police)\b)[a-z]|[;:!?\n\u201c\u201d\"]"
                             r"|(?<!\b[A-Z])(?<!\bInc)(?<!\bCo)(?<!\bCorp)(?<!\bLtd)(?<!\bSt)\.(?=\s|$)")
_BODY_OWN_LOWER_WORDS = frozenset("of and the for on field division unit office section police".split())
_BODY_LIST_SEPARATOR = lazy_compile(r"\s*,\s+(?:and\s+)?|\s+and\s+")
# The words that make a listed name a body's: "Police Department", "Customs and Border Protection", "Fire & Rescue"
_AGENCY_HEADS = frozenset(w.lower() for w in ORG_WORDS) | frozenset(
    "office offices police investigation investigations protection rescue patrol marshals constabulary force general "
    "department sheriff's sheriff\u2019s".split())
# ("F.B.I.": the dotted form some papers print)
_AGENCY_ACRONYM = lazy_compile(r"[A-Z]{2,}(?:-[A-Z]{2,})?|(?:[A-Z]\.){3,5}")


# The body restitution is paid to: "restitution to Medicare", "restitution of $5,000 to the IRS", "Of the restitution,
# $300 will go to Keystone Mutual Insurance Co."
_RESTITUTION_TO = lazy_compile(r"\brestitution(?:\s+of\s+\$[\d,.]+(?:\s+(?:million|billion))?|,\s+\$[\d,.]+(?:\s+(?:million|billion))?"
                             r"\s+(?:will\s+go|goes|went|is\s+owed|was\s+ordered\s+paid))?\s+to\s+(?:the\s+)?"
                             # ("St. Brendan Medical Center": a saint's abbreviation opens the name)
                             r"(?P<payee>(?:U\.S\.\s+|St\.\s+)?[A-Z][\w&'\u2019-]*(?:\s+(?:(?:Co|Inc|Corp|Ltd)\.|[A-Z][\w&'\u2019-]*|of|and|&)(?!\w))*)"
                             r"(?<!\sof)(?<!\sand)(?<!\s&)")


# A local station a person in the case spoke to: "told NBC affiliate WKRT", "CBS's Denver affiliate KXLT-TV reported"
_NETWORK_AFFILIATE = lazy_compile(r"\b(?P<network>ABC|NBC|CBS|Fox|FOX|PBS|CW|NPR|Univision|Telemundo)(?:[\u2019']s\s+(?:[A-Z][\w.-]*\s+){1,3})?"
                                r"\s*affiliate\s+(?P<call>[KWC][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?)\b")


# A federal agency's acronym in the dotted form some papers print: "F.B.I.", "I.R.S."
_DOTTED_AGENCY = lazy_compile(r"(?<![\w.])(?:[A-Z]\.){2,5}(?![\w.])|(?<![\w.])(?:[A-Z]\.){1,4}[A-Z]\.(?=\s+[a-z])")
# A local government by its place and kind, owed restitution when money was taken from it: "restitution to Dunmore
# County", "to Elm Township"
_LOCAL_GOVERNMENTS = frozenset("County Township City Village Borough Parish Town".split())
# The bodies that investigate crimes or collect taxes, by the acronyms news uses for them (some papers print them dotted:
# "F.B.I.", "I.R.S."); Britain's, Ireland's and the Commonwealth's police forces, prosecutors, tax and animal-welfare
# inspectors too ("the PSNI's public protection branch", "passed to the RSPCA", "the RCMP")
_ENFORCEMENT_ACRONYMS = frozenset("FBI DEA ATF IRS HSI ICE CBP NCIS USPIS SEC FTC FINRA OIG "
                                  "PSNI RCMP OPP NCA PPS SFO HMRC IOPC GMP RSPCA SSPCA USPCA ISPCA SPCA ASIC ACCC ABF UPAC "
                                  # (the Commonwealth's and Britain's prosecuting offices: "the ODPP said", "the CPS authorised charges")
                                  "ODPP CDPP CPS".split())


def _credited_bodies(text: str, para: Paragraph) -> list[tuple[int, int, str]]:
    """(start, end, role) of each body a paragraph credits with the investigation or with helping it."""
    lowered = text[para.start:para.end].lower()
    if "investigat" not in lowered and "assist" not in lowered and "probe" not in lowered \
            and "agents" not in lowered and "detectives" not in lowered:
        return []  # (a cheap gate: most paragraphs credit no one)
    found: list[tuple[int, int, str]] = []
    for cue in _CREDIT_BY.finditer(text, para.start, para.end):
        sentence_end = text.find(". ", cue.end(), para.end)
        if cue.group().startswith(("commended", "thanked", "credited")) \
                and "investigat" not in text[cue.end():sentence_end if sentence_end > 0 else para.end]:
            continue  # ("commended the jurors"): only thanks for the investigation credit a body
        stop = _BODY_LIST_STOP.search(text, cue.end(), para.end)
        role = "assisted the investigation" if cue.group()[:4] in ("assi", "help", "supp", "coop") else "investigating agency"
        found += [(a, b, role) for a, b in _list_of_bodies(text, cue.end(), stop.start() if stop else para.end)]
    for cue in _CREDIT_AS_SUBJECT.finditer(text, para.start, para.end):
        # (the subject is the list, but for items in lower case: "The sheriff's department, Homeland Security
        # Investigations and the FBI investigated"; "Roe's lawyer said the FBI investigated" names no list)
        start = _opening_of_sentence(text, para, cue.start())
        role = "assisted the investigation" if "assisted" in cue.group() else "investigating agency"
        found += [(a, b, role) for a, b in _list_of_bodies(text, start, cue.start())]
    for cue in _CREDIT_ATTRIBUTIVE.finditer(text, para.start, para.end):
        bodies = _list_of_bodies(text, cue.start("list"), cue.end("list"))
        # (every part must be a body: "the Lee investigation", "a Tuesday probe" name none; an acronym only an
        # enforcement agency's, not a newsroom's, "a CNN investigation")
        if bodies and all(any(_agency_word(w) and not _AGENCY_ACRONYM.fullmatch(w) for w in text[a:b].split())
                          or text[a:b].replace(".", "") in _ENFORCEMENT_ACRONYMS for a, b in bodies) \
                and not any(w in OUTLET_WORDS for w in text[cue.start("list"):cue.end("list")].split()):  # "a Times Union probe"
            found += [(a, b, "investigating agency") for a, b in bodies]
    return found


def _opening_of_sentence(text: str, para: Paragraph, at: int) -> int:
    """Where the sentence holding `at` opens (a full stop after a capital, "U.S.", ends no sentence)."""
    ends = list(re.finditer(r"(?<![A-Z])[.!?][\"\u201d\u2019]?\s+", text[para.start:at]))
    return para.start + ends[-1].end() if ends else para.start


def _agency_word(word: str) -> bool:
    """A capitalised word that names a body ("Police", "Office"), or an acronym ("FBI", "FBI's", "HHS-OIG")."""
    return word[:1].isupper() and word.lower() in _AGENCY_HEADS or _AGENCY_ACRONYM.fullmatch(re.sub(r"[\u2019']s$", "", word)) is not None


def _list_of_bodies(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The bodies of a list like "the FBI, U.S. Customs and Border Protection and the Bureau of Alcohol, Tobacco,
    Firearms and Explosives": split at commas and "and", except inside a body's own name."""
    end = start + len(text[start:end].rstrip(" ,"))
    pieces: list[list[int]] = []  # [start, end, comma before it]
    at = start
    for sep in [*_BODY_LIST_SEPARATOR.finditer(text, start, end), None]:
        if text[at:sep.start() if sep else end].strip():
            pieces.append([at, sep.start() if sep else end, pieces and "," in text[pieces[-1][1]:at]])
        at = sep.end() if sep else end

    def has_head(piece: list[int]) -> bool:
        return any(_agency_word(w) for w in text[piece[0]:piece[1]].split())

    merged: list[list[int]] = []
    for i, piece in enumerate(pieces):
        words = text[piece[0]:piece[1]].split()
        # ("... Office and U.S. Customs and Border Protection": a part with no body's word that "and" ties to the
        # next opens the next body)
        opens_next = i + 1 < len(pieces) and not pieces[i + 1][2] and not text[pieces[i + 1][0]:].startswith(("the ", "The "))
        if not words[0][:1].isupper() and words[0] != "the":
            continue  # ("with help from Europol and police in ...": a body in lower case has no name to give)
        if merged and words[0] not in ("the", "The"):
            before = text[merged[-1][0]:merged[-1][1]].split()
            if piece[2]:
                joined = len(words) == 1 and "of" in before and not has_head(piece)  # "Bureau of Alcohol, Tobacco, Firearms"
            else:
                # "U.S. Customs and Border Protection" (a first part with no body's word), "Department of Banking and
                # Securities" (a second part with none), "Department of Health and Human Services" (one word after
                # "of"), but not "the Department of Public Safety and Lakeport Police" nor "the FBI and IRS-CI"
                joined = not _AGENCY_ACRONYM.fullmatch(before[-1]) and (
                    not has_head(merged[-1]) or len(before) >= 2 and before[-2] == "of"
                    or not has_head(piece) and not opens_next)
            if joined:
                merged[-1][1] = piece[1]
                continue
        merged.append(piece)
    bodies = []
    for a, b, _ in merged:
        a += len(re.match(r"(?:[Tt]he\s+)?", text[a:b]).group())
        b = a + len(re.sub(r"(?:\s+(?:of|and|the|for|on))+$", "", text[a:b]))  # "... Securities for the investigation"
        words = text[a:b].split()
        if not words or not words[0][:1].isupper() \
                or any(w[:1].islower() and w not in _BODY_OWN_LOWER_WORDS for w in words):
            continue  # ("After a tip", "Prosecutors said the FBI": no body's name)
        named_before_of = words[:words.index("of")] if "of" in words else words
        if len(words) == 1:
            if _AGENCY_ACRONYM.fullmatch(words[0]):
                bodies.append((a, b))  # "the FBI"
        elif any(_agency_word(w) for w in named_before_of) and any(_agency_word(w) for w in words):
            bodies.append((a, b))  # ("Special Agent Ann Roe of the Lakeport Police Department": a person, no body)
    return bodies


def _only_county(text: str) -> str:
    """The name of the one county a story names ("Fort Bend" of "a Fort Bend County clerk"), or "" when it names
    none or several."""
    names = set()
    for m in _COUNTY_NAME.finditer(text):
        words = m.group(1).split()
        while words and (words[0] in STOPWORDS or words[0] in ("Former", "Retired", "Longtime", "Then")):
            words.pop(0)  # "The Kern County", "Former Fort Bend County deputy clerk": the opener is no part of it
        if words:
            names.add(" ".join(words))
    return names.pop() if len(names) == 1 else ""


def _groups_and_orgs(source: Source, names: list[_Name], people: list[Party]) -> list[Party]:
    """Families that speak as one ("the Gurley family") and organisations named twice or in a role."""
    text = source.text
    out: dict[str, Party] = {}
    body = [p for p in source.paragraphs if p.kind == "body"]
    prose = "\n".join(text[p.start:p.end] for p in body)
    persons = [p.name.split() for p in people if p.kind == "person" and " " in p.name]
    given, surnames = {w[0] for w in persons}, {w[-1] for w in persons}
    county = None  # the one county the story names, looked up at the first "county ... office" met
    for para in body:
        for m in _FAMILY.finditer(text, para.start, para.end):
            if m.group(1) in STOPWORDS or m.group(1) in PLACE_SUFFIXES:
                continue  # ("the Kent County family": a family from a place, not one named by its surname)
            before = text[max(para.start, m.start() - 12):m.start()]
            if re.search(r"\b[Aa]n?\s+$", before) or (re.search(r"\b(?!The\b)[A-Z][\w'-]*\s+$", before)
                                                     and not re.search(r"[\u2019']s?$", m.group(1))):
                continue  # "a Bay Area family paid": a family described by where it lives, not named by a surname
            owner = re.sub(r"[\u2019']s$", "", m.group(1))
            if owner != m.group(1) and owner in given and owner not in surnames:
                continue  # "Owen's family said": a child called by his given name; there is no "Owen family"
            label = owner + " family"  # "Okonwe's family" is the Okonwe family
            party = out.setdefault(label, Party(name=label, kind="group"))
            party.citations.append(source.cite(m.start(), m.end()))
        if any(service in text[para.start:para.end] for service in _SERVICE_WORDS):
            for m in _ARMED_SERVICE_ACTS.finditer(text, para.start, para.end):
                # "The Navy declined to comment", "The U.S. Army said in a statement": the defendant's service acts
                # as a body, though its name is a rank's word elsewhere ("Navy Capt. Ann Roe")
                party = out.setdefault(m.group("org"), Party(name=m.group("org"), kind="organization"))
                party.citations.append(source.cite(m.start("org"), m.end("org")))
        for m in _OFFICE_OF_TITLE.finditer(text, para.start, para.end):
            # "the Queens District Attorney's Office": a prosecutor's office named by its holder's title
            label = re.sub(r"^The\s+", "", m.group())
            party = out.setdefault(label, Party(name=label, kind="organization"))
            party.citations.append(source.cite(m.end() - len(label), m.end()))
        if ("county " in text[para.start:para.end] or "sheriff" in text[para.start:para.end]) \
                and _COUNTY_OFFICE_LOWER.search(text, para.start, para.end):
            county = _only_county(text) if county is None else county
            for m in _COUNTY_OFFICE_LOWER.finditer(text, para.start, para.end) if county else ():
                # "used her access at the county clerk's office": the office of the one county the story names
                title = (m.group('title') or m.group('sheriff')).capitalize()
                label = f"{county} County {title}'s office"
                # ("the Pell County Sheriff's Office" written in full elsewhere: the name as the article writes it)
                in_full = re.search(rf"\b{re.escape(county)} County {title}[\u2019']s Office\b", text)
                label = next((known for known in out if known.lower() == label.lower()),
                             in_full.group() if in_full else label)
                party = out.setdefault(label, Party(name=label, kind="organization"))
                cited = "office" if m.group("office") else "sheriff"
                party.citations.append(source.cite(m.start(cited), m.end()))
        if "ffice of the " in text[para.start:para.end]:
            for m in _OFFICE_OF_THE_TITLE.finditer(text, para.start, para.end):
                # "prosecutors from the office of the U.S. Attorney for the Southern District of New York wrote"
                label = m.group()[0].upper() + m.group()[1:]
                owner = _CAPITALS_BEFORE.search(text, max(para.start, m.start() - 40), m.start())
                if owner and m.group()[0] == "O":
                    # "the New Jersey Office of the Insurance Fraud Prosecutor": the state's words open the name
                    words = owner.group().split()
                    while words and words[0] in STOPWORDS:
                        words.pop(0)
                    label = " ".join([*words, label])
                if label in out:
                    continue  # (the name in full, already found)
                party = out.setdefault(label, Party(name=label, kind="organization"))
                party.citations.append(source.cite(m.start(), m.end()))
        for m in (_PLACE_RCMP.finditer(text, para.start, para.end) if "RCMP" in text[para.start:para.end] else ()):
            # "a Kelowna RCMP news release", "Halifax District RCMP said": the detachment of the place it serves
            label = m.group("force")
            party = out.setdefault(label, Party(name=label, kind="organization"))
            party.citations.append(source.cite(m.start("force"), m.end("force")))
        for m in _PLACE_POLICE.finditer(text, para.start, para.end):
            # "Upper Marlow Township police arrested him", "the Akron division of police said": a force named in
            # lower case after the place it serves is that place's police, a body of its own
            label = re.sub(r"^(?:(?:Former|Retired|Then|Veteran|Longtime|Off-duty)\s+)+", "", m.group("force"))  # "Former DeKalb County police Sgt."
            party = out.setdefault(label, Party(name=label, kind="organization"))
            party.citations.append(source.cite(m.end("force") - len(label), m.end("force")))
        for m in ((*_CITY_POLICE.finditer(text, para.start, para.end), *_CITY_POLICE_AGENT.finditer(text, para.start, para.end),
                   *_CITY_POLICE_OBJECT.finditer(text, para.start, para.end), *_city_police_members(text, para.start, para.end))
                  if " police" in text[para.start:para.end] else ()):
            words = list(re.finditer(r"\S+", m.group("force")))
            while words and words[0].group() in _NOT_NAME_WORDS:
                words.pop(0)  # "On Saturday Tacoma police": the opener and the day are no part of the place
            if not words or any(w.group() in _NOT_A_POLICE_PLACE or w.group() in _NOT_NAME_WORDS or _is_title(w.group()) for w in words):
                continue
            place = " ".join(w.group() for w in words)
            if place + " Police" in text:
                continue  # "the Brixton Police Department" named in full elsewhere: the same body, read from its name
            label = place + " police"
            party = out.setdefault(label, Party(name=label, kind="organization"))
            party.citations.append(source.cite(m.start("force") + words[0].start(), m.start("act")))
        for m in (_STATE_POLICE.finditer(text, para.start, para.end) if "tate police " in text[para.start:para.end] else ()):
            if re.search(r"\bState\s+Police\b", text) or any(k.lower() == "state police" for k in out):
                continue  # (the force named in full elsewhere, or already found)
            party = out.setdefault(m.group("force"), Party(name=m.group("force"), kind="organization"))
            party.citations.append(source.cite(m.start("force"), m.end("force")))
        para_text = text[para.start:para.end]
        agencies = _PLACE_AGENCY.finditer(text, para.start, para.end) if any(k in para_text for k in _AGENCY_KINDS) else ()
        causes = _CAUSE_GROUP.finditer(text, para.start, para.end) if any(k in para_text for k in _CAUSE_GROUP_KINDS) else ()
        for m in (*agencies, *causes):
            label = m.group("body")
            while label.split(" ", 1)[0] in STOPWORDS:
                label = label.split(" ", 1)[1]  # "In Marlow County health office records": the opener is no part of it
            party = out.setdefault(label, Party(name=label, kind="organization"))
            party.citations.append(source.cite(m.end("body") - len(label), m.end("body")))
        for m in _ACTING_COURT.finditer(text, para.start, para.end):
            # "the Michigan Court of Appeals vacated that sentence": a higher court that decides the case acts in it
            # (a trial court, named as where the case is heard, is a venue and no party)
            group = next(g for g in ("court", "agent_court", "panel_court") if m.group(g))
            label = re.sub(r"^[Tt]he\s+", "", m.group(group))
            party = out.setdefault(label, Party(name=label, kind="organization"))
            party.citations.append(source.cite(m.end(group) - len(label), m.end(group)))
        for m in _UNION_LOCAL.finditer(text, para.start, para.end):
            words = m.group().split()
            while words and words[0] in STOPWORDS:
                words.pop(0)  # "The Teamsters Local 88"
            label = " ".join(words)
            # ("The firefighters union, Local 2291, said", "Local 88 of the Teamsters": a local named by its number
            # alone is the union's where the article says so around it)
            bare = len(words) == 2 and (_UNION_BEFORE_LOCAL.search(text, max(para.start, m.start() - 80), m.start())
                                        or _LOCAL_OF_AFTER.match(text, m.end()))
            if (len(words) > 2 or bare) and m.group().endswith(label):
                party = out.setdefault(label, Party(name=label, kind="organization"))
                party.citations.append(source.cite(m.end() - len(label), m.end()))
    role_text = " ".join(r for p in people for r in p.roles)
    counts: dict[str, list[_Name]] = {}
    for n in names:
        if n.org:
            counts.setdefault(" ".join(n.words), []).append(n)
    for label, mentions in counts.items():
        if not label[:1].isupper() and not _ORDINAL_LABEL.match(label):
            continue  # "of Gurley" from "Relatives of Gurley": a fragment, not a name ("82nd Airborne Division" is one)
        acronym = len(mentions[0].words) == 1
        # "NAACP said", "the Tacoma Police Guild said": an acronym or a whole organisation's name that speaks
        words = mentions[0].words
        # ("the Vermont NAACP": a place and a body's acronym name the body in full)
        whole = _body_name(words) or _acronym_named(words)
        # ("The FBI field office in Tampa said": a body speaks through one of its offices too)
        speaks = (acronym or whole) and any(_ORG_SPEAKS.match(text, n.end) or _UNIT_SPEAKS.match(text, n.end)
                                            for n in mentions)
        introduced = any(n.introduced for n in mentions)
        in_role = _standalone_count(role_text, label, "'\u2019") > 0
        # "owner of Northshore Care LLC", "the Ohio Bureau of Criminal Investigation": a body named in full once
        # still matters to the case (a victim church, an insurer owed restitution, the defendant's company)
        full_name = len(words) > 1 and (whole
                                        or any(w.endswith(("'", "\u2019")) for w in words[1:-1]))  # "Oregon Renters' Front"
        # ("the General Assembly passed a law": a legislature in the background is no party unless it acts in the case)
        full_name = full_name and words[-1] not in _LEGISLATURES
        if words[-1] in _LEGISLATURES or (acronym and label in _TRADE_HEADS):
            continue
        acts = acronym and label not in _THING_ACRONYMS and any(
            re.search(r"\b[Tt]he\s+$", text[max(0, n.start - 4):n.start]) and _ACRONYM_ACTS.match(text, n.end)
            for n in mentions)  # "The NCAA, for its part, has ..."
        # ("FBI agents searched her home", "told FBI agents": an agency acting in the case through its people)
        acts = acts or acronym and label not in _THING_ACRONYMS and any(
            _AGENTS_AFTER.match(text, n.end) and not _JOB_OF_A_BODY.search(text, max(0, n.start - 40), n.start) for n in mentions)
        # ("the finance director of the Elm Vale School District": a school district is a public body, the employer
        # or victim in a case story, not where an expert works)
        if set(words) & _AFFILIATION_HEADS and words[-1] != "District" and len(mentions) < 2 and not speaks \
                and not _stem_recurs(prose, words):
            continue  # "a criminologist at Georgia State University": where an expert works, no party
        # ("Coinvale customers": a one-word business by its people; "LumenCo" alone, like "YouTube", is no party)
        introduced = introduced and (not acronym or not label.isupper() and not _CAMEL.fullmatch(label))
        # ("lied to the FBI", "referred the case to the FBI", "the IRS sent her a tax form"): an agency that
        # investigates crimes or taxes, named in a case story, has a part in it, however briefly
        acts = acts or acronym and label.replace(".", "") in _ENFORCEMENT_ACRONYMS and not all(
            _JOB_OF_A_BODY.search(text, max(0, n.start - 40), n.start) for n in mentions)
        if acronym and not speaks and not acts and all(_JOB_OF_A_BODY.search(text, max(0, n.start - 40), n.start)
                                           and re.match(r"\s+(?:[a-z]+-)?[a-z]+\b", text[n.end:n.end + 30])
                                           and not _SPOKES_AFTER.match(text, n.end) for n in mentions):
            continue  # "a retired SEPTA mechanic", "a former MTA bus driver": where someone works, told as their job
        if in_role or (len(mentions) >= 2 and not acronym) or speaks or introduced or acts \
                or (full_name and any((not n.quoted or len(words) > 2 and _within_quote(text, n))
                                      and not _cut_from_longer(text, n)
                                      for n in mentions)):
            out[label] = Party(name=label, kind="organization",
                               citations=[source.cite(n.start, n.end) for n in mentions])
            _describe_org(source, out[label], mentions[0])
    for para in body:
        if "restitution" in text[para.start:para.end]:
            for m in _RESTITUTION_TO.finditer(text, para.start, para.end):
                # "$2.9 million in restitution to Medicare", "Of the restitution, $300 will go to Keystone Mutual
                # Insurance Co.": the body a court orders paid is a party (a person so paid is found as a name)
                label = m.group("payee")
                words = label.split()
                if label.endswith(("'s", "\u2019s", "s'", "s\u2019")):
                    # "restitution to LedgerLoop's investors", "to the Davies' family": paid to its people (or to the
                    # family a bare s-apostrophe possessive owns), not to a body
                    continue
                if words[-1] in surnames or words[0] in given or words[0] in STOPWORDS or words[0] in MONTHS_AND_DAYS \
                        or words[0] in _HONORIFIC_WORDS or words[0] in _TITLE_ABBREVIATIONS \
                        or len(words) > 1 and not any(_agency_word(w) or w in _COMPANY_SUFFIXES or w.rstrip(".") in _COMPANY_SUFFIXES
                                                      for w in words) and words[-1] not in _LOCAL_GOVERNMENTS \
                        and not _body_name(words):  # ("restitution to Elm Valley Regional Hospital": a body by its head word)
                    continue  # ("restitution to Ann Bell", "to Mr. Bell", "to Sgt. Bell": a person, found as one)
                party = out.setdefault(label, Party(name=label, kind="organization"))
                party.citations.append(source.cite(m.start("payee"), m.start("payee") + len(label)))
                if "restitution payee" not in party.roles:
                    party.roles.append("restitution payee")
        for m in _DOTTED_AGENCY.finditer(text, para.start, para.end) if "." in text[para.start:para.end] else ():
            # ("an F.B.I. informant", "lied to the F.B.I.": the dotted form some papers print is the same agency, a
            # party however briefly named, as the undotted "FBI" is)
            label = m.group()
            if label.replace(".", "") in _ENFORCEMENT_ACRONYMS and label.replace(".", "") not in out \
                    and not _JOB_OF_A_BODY.search(text, max(0, m.start() - 40), m.start()):
                out.setdefault(label, Party(name=label, kind="organization")).citations.append(source.cite(m.start(), m.end()))
        for start, end, role in _credited_bodies(text, para):
            label = text[start:end]
            party = out.setdefault(label, Party(name=label, kind="organization"))
            party.citations.append(source.cite(start, end))
            if role not in party.roles:
                party.roles.append(role)
        if "affiliate" in text[para.start:para.end]:
            for m in _NETWORK_AFFILIATE.finditer(text, para.start, para.end):
                label = m.group("call")
                party = out.setdefault(label, Party(name=label, kind="organization"))
                party.citations.append(source.cite(m.start("call"), m.end("call")))
                if m.group("network") + " affiliate" not in party.roles:
                    party.roles.append(m.group("network") + " affiliate")
    for label in list(out):
        longer = [p for p in out.values() if p.kind == "organization"
                  and (p.name.endswith(" " + label) or p.name.startswith(label + " and ")
                       or (" " not in label and f" {label} of " in p.name))]  # "the Division" of "Columbus Division of Police"
        if out[label].kind == "organization" and len(longer) == 1:
            # "the Renters' Front" after "the Oregon Renters' Front": the short form of the same body
            short = out.pop(label)
            if " and " in longer[0].name and all(any(c.start >= w.start and c.end <= w.end for w in longer[0].citations)
                                                 for c in short.citations if text[c.start:c.end] == label):
                continue  # "Marsh Gaming" read inside "the Marsh Gaming and Lottery Board": a piece before "and", no short form
            longer[0].citations.extend(short.citations)
            longer[0].aliases.append(label)
            longer[0].roles.extend(r for r in short.roles if r not in longer[0].roles)
    for label in list(out):
        if out[label].kind != "organization":
            continue
        full = [p for p in out.values() if p.kind == "organization" and p.name != label
                and _acronym_for(text, label, p.name)]
        if not full:
            # "the Office of Inspector General (OIG) ... the OIG said": the full name, given once, names the body
            full = [Party(name=name, kind="organization", citations=[source.cite(n.start, n.end) for n in mentions])
                    for name, mentions in counts.items() if name not in out and _acronym_for(text, label, name)]
        if len(full) == 1:
            short = out.pop(label)
            full[0].citations.extend(short.citations)
            full[0].aliases.append(label)
            # ("investigated by the FBI" after "the FBI Omaha Field Office": what the short form did, the body did)
            full[0].roles.extend(r for r in short.roles if r not in full[0].roles)
            out[full[0].name] = full[0]
    return list(out.values())


def _describe_org(source: Source, party: Party, first: _Name) -> None:
    """What the article calls a business where it first names it: "Hearthside Care, a Blue Bell agency that closed"."""
    m = _ORG_APPOSITIVE.match(source.text, first.end)
    role = _clean_role(m.group(1)) if m and len(m.group(1).split()) <= 12 else ""
    if role and set(role.lower().split()) & _BUSINESS_NOUNS and m.group(1).startswith(role):
        party.roles.append(role)
        party.citations.append(source.cite(m.start(1), m.start(1) + len(role)))


def _acronym_for(text: str, acronym: str, name: str) -> bool:
    """"FBI" for "Federal Bureau of Investigation", or an acronym the article puts in brackets after the name:
    "New York City Police officer (NYPD)"."""
    if " " in acronym or not acronym.isupper():
        return False
    if abbreviates(acronym, name) or abbreviates(acronym, re.sub(r"^(?:U\.S\.|US|United\s+States)\s+", "", name)):
        return True  # ("SEC" for "U.S. Securities and Exchange Commission": the country is no letter of it)
    field = re.search(r"\bof\s+(.+)$", name)
    if field and len(acronym) >= 3 and "".join(w[0] for w in field.group(1).split() if w[:1].isupper()).startswith(acronym):
        return True  # "ATF" for "Bureau of Alcohol, Tobacco, Firearms and Explosives": the letters of its fields
    return acronym[0] == name[0] and re.search(
        re.escape(name) + r"(?:\s+[a-z]+){0,2}\s*\(" + re.escape(acronym) + r"\)", text) is not None

"""Charges: the offences an article says the defendant was charged with, convicted of, pleaded to or cleared of (SPEC §4).

A trigger opens an offence list: a verb with its preposition ("convicted of", "pleaded guilty to", "charged with",
"admitted", "accused of") or a noun that governs offences wherever it stands ("three counts of", "charges including").
The list runs to the clause's end and splits at commas and "and" into offences, each cited as written
("second-degree manslaughter", "possession of cannabis for sale or supply"). Triggers that say little on their own
keep only offences named by a head noun ("manslaughter", "fraud", "dangerous driving"). Which clauses are about the
case's defendant is the caller's call (`about_defendant`).
"""
from __future__ import annotations

import re
from typing import Callable, NamedTuple, Optional

from builder.extract._defendant import second_defendant as _second_defendant, sentenced_together, tried_together as _tried_together
from builder.extract._lexicon import CO_DEFENDANT, INCHOATE_OFFENCE
from builder.extract._marks import quoted_segments
from builder.extract._regex import lazy_compile
from builder.extract.text import split_sentences
from builder.sources.layout import BULLET
from builder.model import Charge, Source

# A charge trigger ends where its offence list starts. Words may stand between the verb and
# its preposition: a date ("pleaded guilty Oct. 3, 2023, to"), a court ("in Dane County Court"),
# the person ("convicted Lee of", "found Lee, 40, guilty of"), or a colon list of counts.
_MID_STOP = (r"(?!(?:and|but|that|which|who|so|because|as|not|agree(?!ment)\w*|admit\w*|allow\w*|expect\w*|promis\w*"
             r"|order\w*|ask\w*|refus\w*|want\w*|decid\w*|plan\w*|hop\w*|fac\w*|could|would|will|is|was)\b"
             # "pleaded guilty Wednesday, months after the family turned to social media": the "to" is the later
             # clause's verb's ("after a two-day trial of" stays: a trial is no clause)
             r"|(?:after|before|when|while|since|until|once)\s+(?!being\b|having\b)(?:(?!to\b)[\w'\u2019-]+\s+){1,4}?"
             r"(?:[a-z]{3,}ed|took|went|came|got|gave|ran|sent|spoke|began|made|found|put|set)\b"
             # "convicted on an obstruction of justice count": the "of" is inside the count's modifier, not the verdict's
             r"|on\s+(?:an?|the|one|two|three|four|five|\d+)\s+(?:[\w-]+\s+){1,3}?of\s+(?:[\w-]+\s+){1,3}?(?:counts?|charges?)\b)")
# ("pleaded guilty Tuesday, sparing the children from having to testify": a participle after a comma opens a new clause;
# "Lee, who pleaded guilty in May, stood to read a statement": so does the main clause's finite verb after the comma
# that closes a relative clause, unless it is a passive aside, "accompanied by his lawyer")
_FINITE_AFTER_COMMA = (r"(?:[a-z]+ing|[a-z]+ed(?!\s+by\b)|stood|rose|sat|spoke|went|came|took|gave|made|told|said|sought|kept|wept"
                       r"|broke|began|looked|left|walked|declined)\b")
# "convicted in the heat death of a recruit", "acquitted Tuesday in connection with the fire": the "of" after an event
# noun is the event's (whose death, which fire), never the offence's
_NO_EVENT = (r"(?!(?:death|deaths|killing|killings|slaying|slayings|shooting|stabbing|beating|drowning|poisoning|overdose"
             r"|disappearance|connection)\b)")
_MID = rf"(?:(?:,\s+(?!{_FINITE_AFTER_COMMA})|\s+){_MID_STOP}[\w.$'\u2019-]+){{0,13}}?,?\s+"
# The dash that opens (and closes) an apposed list: em or en dash, a double hyphen, or a wire's spaced hyphen
# ("on all four counts he faced - securities fraud, wire fraud and conspiracy - after five hours")
_LIST_DASH = r"(?::|\u2014|\u2013|\s--|\s-(?=\s))"
# The counted noun's own relative clause: "all four counts he faced", "the three charges that she faced"
_HE_FACED = r"\s+(?:that\s+|which\s+)?(?:he|she|they)\s+(?:had\s+)?(?:faced|faces|was\s+facing|were\s+facing)"
# The court, judge or place after "entered the plea in/before", a state set off by commas ("in Tampa, Fla.,"); no
# new clause ("in court, promising to pay")
_PLACE_WORDS = r"(?:(?!(?:and|but|or|where|who|which|when|after|saying|[a-z]+ing)\b)[\w.'\u2019-]+,?\s+){1,10}?"
_COUNTS_LIST = (r"(?:(?:on|of)\s+(?:all\s+|both\s+|each\s+of\s+)?(?:the\s+)?(?:[\w-]+\s+(?:of\s+(?:the\s+)?[\w-]+\s+)?)?(?:(?:felony|misdemeanor|criminal|federal|state)\s+)?"
                r"(?:charges|counts?|specifications?)(?:\s+(?:he|she|they)\s+(?:faced|had\s+faced)|\s+against\s+(?:him|her|them))?\s*(?::\s*|of\s+|,?\s+including\s+)"
                # "guilty on four conspiracy counts: X, Y and Z": a counted category heads the list the colon opens
                r"|(?:on|of)\s+(?:all\s+)?(?:the\s+)?(?:[\w-]+\s+){1,3}?(?:charges|counts)(?:\s+(?:in\s+all|in\s+total|altogether)|" + _HE_FACED + r")?\s*"
                + _LIST_DASH + r"\s*)")
# "convicted Lee, the owner of Forge Gym in Troy, of fraud": an "of" before a proper name and a comma or preposition
# is the appositive's ("of Medicare fraud", "of Hobbs Act robbery" go on in lower case)
_NO_PLACE = r"(?![A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*(?:,|\s+(?:in|of|on|at|and|for|from)\b))"
# "convicted Wednesday by a panel of officers of fraud": the agent's "of" is not the offence's. It names people
# ("a jury of his peers", "a panel of five officers"); "convicted by a jury of rape of a child" names the offence at once
# ("by a panel of officers and senior enlisted soldiers of": a court-martial's mixed panel)
_AGENT_PEOPLE = (r"(?:[\w-]+\s+){0,2}?(?:peers|officers|jurors|citizens|residents|soldiers|sailors|airmen|[Mm]arines|judges|members|men"
                 r"|women|commissioners|justices|senior\s+officers|\w+-ranking\s+officers)")
_AGENT_OF = rf"\s+of\s+{_AGENT_PEOPLE}(?:\s+and\s+{_AGENT_PEOPLE})?"
_AGENT = rf"(?:by\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?(?:panel|jury|board|court|tribunal){_AGENT_OF}\s+)?"
# A month or weekday's name, which never names the place of a verdict ("in March" is its date)
_DAY_OR_MONTH_WORD = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
                      r"|August|September|October|November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\b")
# "found guilty on Thursday of", "indicted Tuesday on charges of", "found not guilty in federal court in Boston of",
# "found guilty by a jury last week of": when, where and by whom stand between the verdict and its offences
_WHEN_ONE = (r"(?:(?:on\s+|last\s+|in\s+)?(?:(?:late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today"
             r"|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
             r"(?:\s+\d{1,2})?(?:,?\s+\d{4})?)"
             # ("found guilty late Wednesday of", "convicted early last month of": the hour or part told with the day)
             r"|(?:(?:late|early)\s+)?(?:last|this|earlier\s+this)\s+(?:week|month|year|spring|summer|fall|autumn|winter)"
             # "found him guilty in 2025 of", "convicted in late 2023 of": a background paragraph dates the verdict by its year
             r"|in\s+(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d\b"
             r"|in\s+(?:(?:a|the)\s+)?(?:(?:[A-Z][\w.'\u2019-]*|federal|state|district|county|superior|circuit|municipal|military|juvenile"
             r"|magistrates['\u2019]?|crown)\s+){0,5}?(?:[Cc]ourt|[Cc]ourthouse|[Cc]ourtroom)(?:\s+in\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)?)?"
             r"|by\s+an?\s+(?:[\w-]+\s+){0,2}?(?:jury|judge|panel|jury\s+of\s+\w+\s+\w+)(?:" + _AGENT_OF + r")?"
             # "found guilty at trial in March of", "convicted in a bench trial of", "indicted again Thursday, this time on":
             # how the verdict came and a follow-up's "again" stand where the date does
             r"|at\s+(?:(?:his|her|their|the)\s+)?(?:re)?trial|in\s+an?\s+(?:[\w-]+\s+)?(?:bench|jury|nonjury|non-jury)\s+trial"
             # ("found guilty after a trial of", "convicted following a two-week jury trial of": the British and
             # Commonwealth telling of how the verdict came)
             r"|(?:after|following)\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:re)?trial"
             r"|again|this\s+time"
             r"|at\s+(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,4}"
             # "found guilty last week at a court-martial here of", "convicted at a general court-martial of": the
             # military trial and the dateline's "here" stand where a civilian court does
             r"|at\s+(?:an?|the|his|her|their)\s+(?:(?:general|special|summary)\s+)?courts?-martial|here|there"
             # ("found guilty on all counts Friday of": the tally told before the day, the list after it)
             r"|on\s+(?:all|both)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:counts|charges)"
             # "found guilty Thursday by a federal jury in Toledo of", "in Reno, Nevada, of": the city the verdict came
             # in, a bare place name ("in Lee's death of" is an event's, never a place)
             r"|in\s+(?![A-Z][\w.-]*['\u2019]s\b)(?!" + _DAY_OR_MONTH_WORD + r")[A-Z][a-z][\w.-]*(?:\s+[A-Z][a-z][\w.-]*){0,2}(?:,\s+[A-Z][a-z][\w.]*(?:\s+[A-Z][a-z][\w.]*)?(?=,))?)")
# (up to four: "found guilty on all counts Thursday by a federal jury in Toledo of")
_WHEN = rf"(?:{_WHEN_ONE},?\s+){{0,4}}"
# The accused as a verb's object: "him", "Sgt. Ann Lee", "Lee, 45,"
_PERSON = r"(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]+(?:,\s+\d{1,3},)?"
_DAY_OR_MONTH = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August"
                 r"|September|October|November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\b")
# Two defendants tried together, named as one group: "the couple", "the pair", "both men", "the two brothers", "the Pruitts"
_JOINT = (r"(?:(?:the|both)\s+(?:(?:two|three|married|former)\s+)?(?:couple|pair|duo|spouses|siblings|brothers|sisters|men|women|partners|executives)"
          r"|both(?:\s+of\s+them)?|the\s+[A-Z][a-z]+s(?=\s+with\b))")
# "new charges in District Court of", "charges in two counties of", "charges in Kent County Municipal Court of": the court
# or place a charge is brought in stands between the noun and its offences ("charges in the death of" is the event's)
_CHARGED_IN = (r"in\s+(?:(?:the|a|an|two|three|four|several|multiple|both|separate|different)\s+)?(?:(?:[A-Z][\w.'\u2019-]*|federal|state|district"
               r"|county|superior|circuit|municipal|juvenile|magistrates['\u2019]?|crown|city|town|village|justice|family|criminal)\s+){0,4}?"
               r"(?:[Cc]ourts?|[Cc]ount(?:y|ies)|[Pp]arish(?:es)?|jurisdictions|states|cities|towns)")
# Each trigger with the words (lowercased) it cannot match without: a sentence holding none of them is not scanned.
# "to an information charging him with ...": the charging paper, whose counts the trigger after it names
# "found guilty as charged of", "found guilty except for insanity of", "guilty but mentally ill of": the verdict's
# own qualifier stands between "guilty" and its offences
_GUILTY_HOW = r"(?:(?:as\s+charged|but\s+mentally\s+ill|except\s+for\s+insanity),?\s+)?"
# "found not guilty by reason of insanity of arson": the verdict's ground told before its offences
_INSANITY = r"(?:by\s+reason\s+of\s+(?:insanity|mental\s+(?:disease|illness)(?:\s+or\s+defect)?)\s+)?"
_CHARGING_PAPER = r"(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:information|indictment|complaint|accusation)\s+(?:that\s+|which\s+)?charg(?:ing|ed|es)\s"
# A charge lessened to another: "reduced", "downgraded", "lowered", "amended" (the later word is the one that stands)
_REDUCED = r"(?:reduced|downgraded|lowered|amended|knocked\s+down|pared\s+back)"
_REDUCED_NEEDLES = ("reduced", "downgraded", "lowered", "amended", "knocked down", "pared back")
_LATER = r"(?:(?:later|also|subsequently|eventually|ultimately|then|since)\s+)?"
_REDUCED_CHARGE = (rf"\b(?:counts?|charges?)\b[^.;:]{{0,80}}?\s(?:(?:was|were|(?:has|have|had)\s+been)\s+)?{_LATER}{_REDUCED}\s+to\s+(?:(?:a|one)\s+(?:charge|count)\s+of\s+)?"
                   rf"|\b{_REDUCED}\s+(?:the|that|a|his|her|their|its)\s+(?:[\w-]+\s+){{0,2}}?(?:charges?|counts?)(?:\s+against\s+(?:him|her|them|{_PERSON}))?\s+to\s+"
                   rf"(?:(?:a|one)\s+(?:charge|count)\s+of\s+)?")
_CHARGE_TRIGGERS: list[tuple[str, tuple[str, ...], re.Pattern[str]]] = [(status, needles, lazy_compile(p)) for status, needles, p in [
    ("convicted", ("convict",), rf"\bconvict(?:ed|ing)(?!\s+(?:felons?|sex\s+offenders?|murderers?|killers?|criminals?|persons?|people)\b)(?:,?\s+{_MID_STOP}{_NO_EVENT}[\w.'\u2019-]+){{0,10}}?,?\s+{_AGENT}(?:{_COUNTS_LIST}|(?:on\s+(?:charges|counts?)\s+)?of\s+{_NO_PLACE}"
                  # "convicted on federal fraud charges"
                  r"|on\s+(?=(?:[\w-]+\s+){1,4}?(?:charges|counts)\b))"),
    # "convicted Lee, 61, a Republican who has represented the district since 2011, of fraud": a relative clause in the
    # appositive; the list starts at the first ", of" (an offence list never repeats "of" after a bare comma)
    ("convicted", ("convict",), r"\bconvict(?:ed|ing)\s+(?:[A-Z][\w.'\u2019-]*\s+){0,3}?[A-Z][\w'\u2019-]+,\s+[^;:.()\u2014]{1,160}?\b(?:who|which|that)\b"
                  r"[^;:.()\u2014]{1,160}?,\s+of\s+(?=[a-z]|(?:[A-Z][\w.-]*\s+){1,3}Act\b)"),
    # "convicted Lee, 44, the owner of Forge Gym in Troy, of fraud": an appositive that holds its own "of"
    ("convicted", ("convict",), r"\bconvict(?:ed|ing)\s+(?:[A-Z][\w.'\u2019-]*\s+){0,3}?[A-Z][\w'\u2019-]+,\s+[^;:.()\u2014]{1,160}?\bof\b"
                  r"[^;:.()\u2014]{1,100}?,\s+of\s+(?=[a-z]|(?:[A-Z][\w.-]*\s+){1,3}Act\b)"),
    # "the counts on which a jury convicted him in May \u2014 X, Y and Z", "the charges she was convicted of: X and Y":
    # the counts told by a relative clause of the verdict, then listed after the dash or colon
    ("convicted", ("convict",), rf"\b(?:counts|charges|offen[cs]es|crimes)\s+(?:(?:on|of)\s+which\s+|that\s+|which\s+)?(?:(?:an?|the)\s+jury|he|she|they)\s+"
                  rf"(?:(?:was|were)\s+)?convicted(?:\s+(?:him|her|them|(?:[A-Z][\w'\u2019-]+\s+){{0,2}}[A-Z][\w'\u2019-]+))?(?:\s+(?:of|on))?\s+{_WHEN}?{_LIST_DASH}\s*"),
    # "the two counts to which he pleaded guilty in October: X and Y", "the charges she admitted — X and Y —":
    # the counts told by a relative clause of the plea, then listed after the colon or dash
    ("pleaded guilty", ("plea", "admit"), rf"\b(?:counts?|charges?|offen[cs]es|crimes)\s+(?:to\s+which\s+|that\s+|which\s+)?(?:he|she|they|(?:[A-Z][\w'\u2019-]+\s+){{0,2}}[A-Z][\w'\u2019-]+)\s+"
                  rf"(?:had\s+|has\s+|have\s+)?(?:plea(?:ded|d)\s+guilty(?:\s+to)?|admitted(?:\s+to)?)(?:\s+{_WHEN_ONE})*,?\s*{_LIST_DASH}\s*"),
    ("acquitted", ("acquitt",), r"\bacquitt(?:ed|ing)\s+(?:[A-Z][\w.'\u2019-]*\s+){0,3}?[A-Z][\w'\u2019-]+,\s+[^;:.()\u2014]{1,160}?\b(?:who|which|that)\b"
                  r"[^;:.()\u2014]{1,160}?,\s+of\s+(?=[a-z]|(?:[A-Z][\w.-]*\s+){1,3}Act\b)"),
    ("convicted", ("guilty",), rf"\b(?:found|finds?|finding|adjudicated|adjudged)(?:,?\s+{_MID_STOP}[\w.'\u2019-]+){{0,8}}?,?\s+guilty(?:,(?=\s+as\s+charged,))?\s+{_GUILTY_HOW}{_WHEN}(?:{_COUNTS_LIST}|of\s+)"),
    # "found him in indirect criminal contempt of court": a judge's finding of contempt convicts of it
    ("convicted", ("contempt",), r"\b(?:found|finds?|finding|held|holds?|holding)\s+(?:him|her|them|(?:[A-Z][\w.'\u2019-]*\s+){0,3}?[A-Z][\w'\u2019-]+)"
                  r"(?:,\s+\d{1,3},)?\s+in\s+(?=(?:[a-z]+\s+){0,2}contempt\b)"),
    # "finding Lee, a deputy who has served the county since 2007, guilty of ...": an appositive with its own clause
    ("convicted", ("guilty",), rf"\b(?:found|finds?|finding)\s+(?:[A-Z][\w.'\u2019-]*\s+){{0,3}}?[A-Z][\w'\u2019-]+,\s+[^;:.()\u2014]{{1,200}}?,\s+guilty\s+"
                  rf"{_WHEN}(?:{_COUNTS_LIST}|of\s+)"),
    ("acquitted", ("guilty",), rf"\b(?:found|finds?|finding)\s+(?:[A-Z][\w.'\u2019-]*\s+){{0,3}}?[A-Z][\w'\u2019-]+,\s+[^;:.()\u2014]{{1,200}}?,\s+not\s+guilty\s+"
                  rf"{_WHEN}(?:{_COUNTS_LIST}|of\s+)"),
    ("pleaded guilty", ("plea",), rf"\bplea(?:ded|d|ds|ding)\s+(?:guilty(?:\s+but\s+mentally\s+ill)?|no\s+contest|nolo\s+contendere)\b(?!{_MID}to\s+{_CHARGING_PAPER}){_MID}to\s+"),
    # "pleaded guilty to a two-count information charging him with X": the charging paper pleaded to names the counts
    ("pleaded guilty", ("plea",), rf"\bplea(?:ded|d|ds|ding)\s+(?:guilty|no\s+contest)\b{_MID}to\s+{_CHARGING_PAPER}"
                       r"\s*(?:him|her|them)\s+with\s+"),
    # "entered the plea to one count of ...", "entered a guilty plea to ..." (never "a plea of not guilty")
    # "entered the plea before Judge Ann Lee to ...", "entered a plea of guilty to ..."
    # ("entered the plea in federal court in Tampa, Florida, on Monday to ...": a place's state between commas)
    ("pleaded guilty", ("plea",), rf"\bentered\s+(?:a|the|his|her|their)\s+(?:(?:guilty|no[- ]contest)\s+)?pleas?\s+(?:of\s+(?:guilty|no\s+contest|nolo\s+contendere)\s+)?{_WHEN}(?:[a-z]+ly\s+)?"
                       rf"(?:(?:before|in)\s+{_PLACE_WORDS}{_WHEN})?to\s+"),
    # "entered a plea of not guilty to ...", "entered not guilty pleas Monday to ...": the charges stand, denied
    ("charged", ("plea",), rf"\bentered\s+(?:(?:a|the|his|her|their)\s+)?(?:not\s+guilty\s+pleas?|pleas?\s+of\s+not\s+guilty)\s+{_WHEN}"
                rf"(?:(?:before|in)\s+{_PLACE_WORDS}{_WHEN})?to\s+"),
    # "The Crown accepted his not guilty plea to a second charge of ...": British and Irish prosecutors' way of dropping one
    ("dismissed", ("plea",), r"\baccept(?:ed|s|ing)\s+(?:his|her|their|the)\s+(?:not\s+guilty\s+pleas?|pleas?\s+of\s+not\s+guilty)"
                  rf"\s+{_WHEN}to\s+"),
    # "charged in an indictment unsealed in federal court in Brooklyn with": the court and document may stand between
    # ("Among those charged, Ann Lee faces tampering with a witness": a finite verb ends the gap)
    ("charged", ("charged", "indicted"), rf"(?<!\bnot\s)\bcharged(?:,?\s+(?!(?:and|but|which|who|so|because|not|is|was|said|says|told|fac(?:es|ed|ing)|pleaded|admitted|were|are)\b)[\w.'\u2019-]+){{0,12}}?,?\s+with\s+"
                rf"|\bindicted\s+(?:by\s+an?\s+(?:[\w-]+\s+){{0,2}}?grand\s+jury\s+)?{_WHEN}on\s+(?:charges\s+of\s+)?(?!{_DAY_OR_MONTH})"
                # "A grand jury indicted Sgt. Ann Lee, 45, on fraud": the active verb with its object
                rf"|\bindicted\s+(?:him|her|them|{_PERSON})\s+{_WHEN}on\s+(?:charges\s+of\s+)?(?!{_DAY_OR_MONTH})"),
    # Police "referred nine counts of armed robbery ... to prosecutors": the charges they ask for
    ("charged", ("count",), r"\b(?:referred|forwarded|recommended)\s+(?=(?:[\w-]+\s+){1,3}?counts?\s+of\s)"),
    ("acquitted", ("acquitt",), rf"\bacquitt(?:ed|ing)(?:,?\s+{_MID_STOP}{_NO_EVENT}[\w.'\u2019-]+){{0,7}}?,?\s+{_AGENT}of\s+"),
    # "the jury returned unanimous verdicts on second-degree murder, obstruction of justice and ...": guilty verdicts
    # named by their counts (never "not guilty verdicts", nor a verdict still awaited)
    ("convicted", ("verdict",), r"\b(?:returned|reached|delivered|handed\s+up)\s+(?:(?:unanimous|guilty|split|swift)\s+){0,2}verdicts?\s+(?:on|of\s+guilty\s+(?:on|to))\s+(?!(?:all|both|each|some|the\s+(?:remaining|other))\b)"),
    # "a jury cleared him of fraud": a verdict of not guilty in other words
    # "found him not guilty of fraud"
    ("acquitted", ("guilty",), rf"\b(?:found|finds?|finding)(?:,?\s+{_MID_STOP}[\w.'\u2019-]+){{0,8}}?,?\s+not\s+guilty\s+{_INSANITY}{_WHEN}(?:{_COUNTS_LIST}|of\s+)"),
    # "the jury deadlocked on two counts of bribery": no verdict, a hung count
    ("hung", ("count", "charge"), r"\b(?:deadlocked|hung|could\s+not\s+agree|failed\s+to\s+reach\s+a\s+verdict)\s+on\s+(?=(?:[\w-]+\s+){0,3}?(?:counts?|charges?)\s+of\s)"),
    # "sentenced Lee on two counts of theft": the counts the sentence is for
    ("convicted", ("count",), rf"\bsentenced(?:,?\s+{_MID_STOP}[\w.'\u2019-]+){{0,8}}?,?\s+on\s+(?=(?:(?!for\b|{_DAY_OR_MONTH})[\w-]+\s+){{0,3}}?counts?\s+of\s)"),
    # "a charge of robbery was reduced to theft": the first is given up, the second stands
    ("reduced", _REDUCED_NEEDLES, rf"\b(?:counts?|charges?)\s+of\s+(?=[^.;:]{{1,80}}?\s(?:was|were|(?:has|have|had)\s+been)\s+{_LATER}{_REDUCED}\s+to\b)"),
    # ("the charge was later downgraded to manslaughter", "a charge later reduced to theft", "prosecutors reduced the
    # charge against him to careless driving", "the Crown downgraded the count to ...": the verb of lessening, passive,
    # participial or active, says which offence took the first one's place)
    ("pleaded guilty", _REDUCED_NEEDLES, rf"(?:{_REDUCED_CHARGE})(?=[^.;:]*\bplea)"),
    ("reduced", _REDUCED_NEEDLES, rf"(?:{_REDUCED_CHARGE})(?![^.;:]*\bplea)"),
    # ("cleared Sgt. Ann Lee of", "cleared Lee, 45, of": a title and an age stand with the name; "cleared Whitworth, of
    # Atherton, of murder": so does the hometown British copy gives)
    ("acquitted", ("clear",), r"\bclear(?:ed|ing|s)\s+(?:him|her|them|(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]+(?:,\s+\d{1,3},)?"
                              r"(?:,\s+of\s+(?:[A-Z][\w.'\u2019-]*\s+){0,2}[A-Z][\w'\u2019-]+,)?)\s+of\s+"),
    # "prosecutors dropped a second count of battery"; "A separate charge of theft was dismissed"
    # "prosecutors will drop the bribery and money laundering counts"
    # ("The judge threw out a charge of arson", "tossed two counts of fraud": a judge's word for the same)
    ("dismissed", ("count", "charge"), r"\b(?:drop(?:s|ped|ping)?|dismiss(?:es|ed|ing)?|withdr(?:aws?|ew|awn|awing)|thr(?:ew|ows?|owing)\s+out|toss(?:ed|es|ing)(?:\s+out)?"
                  r"|quash(?:ed|es|ing))\s+(?=(?:[\w-]+\s+){0,6}?(?:counts?|charges?)\b)"),
    # ("Charges of assault and battery were dismissed": the noun may open the sentence)
    ("dismissed", ("count", "charge"), r"\b(?:[Cc]ounts?|[Cc]harges?)\s+of\s+(?=[^.;:]{1,80}?\s(?:was|were|(?:has|have|had)\s+been)\s+(?:later\s+|also\s+)?"
                  r"(?:dismissed|dropped|withdrawn|thrown\s+out)\b)"),
    # "Three forgery counts were dismissed", "The felony theft charge was dropped": the offence named before the noun
    ("dismissed", ("count", "charge"), r"\b(?=(?i:two|three|four|five|six|seven|eight|nine|ten|\d+|the|a|an|both|all)\s+"
                  r"(?!(?:(?:remaining|other|additional|separate|related|original|lesser|felony|misdemeanor|federal|state|criminal"
                  r"|two|three|four|five|six|\d+)\s+)+(?:counts?|charges?)\b)(?:[\w-]+\s+){1,3}?(?:counts|charges?|count)\s+"
                  r"(?:was|were|(?:has|have|had)\s+been)\s+(?:later\s+|also\s+)?(?:dismissed|dropped|withdrawn|thrown\s+out)\b)"),
    # "a second charge, tampering with a witness, was dismissed": the offence in apposition to the count
    # ("A second count, of theft over $5,000, was withdrawn", "Two further counts, of burglary and theft, were dismissed":
    # the apposition may open on "of", and a sum's comma is no end of it)
    ("dismissed", ("count", "charge"), r"\b(?:second|third|fourth|separate|other|additional|further|lesser|remaining|lone|felony|misdemeanor)\s+(?:charge|count)s?,\s+(?!including\b|such\s+as\b|among\s+them\b)"
                  r"(?:of\s+)?(?=(?:[^.;:,]|,(?=\d{3}))(?:[^.;:,]|,(?=\d{3})){2,79},\s+(?:was|were|(?:has|have|had)\s+been)\s+(?:later\s+|also\s+)?"
                  r"(?:dismissed|dropped|withdrawn|thrown\s+out)\b)"),
    # "a two-year suspended sentence on a state charge of theft": the offence the sentence is for
    ("convicted", ("charge",), r"\bsentence[ds]?\s+(?:\w+\s+){0,3}?on\s+(?:an?\s+)?(?:(?:state|federal|single|felony|misdemeanor)\s+)*charges?\s+of\s+"),
]]
class _Trigger(NamedTuple):
    status: Optional[str]  # None: the verb before the trigger says it (_status_from)
    pattern: re.Pattern[str]
    # Lowercase words the pattern cannot match without: most sentences hold none, and the patterns are costly to
    # scan (a \b before an alternation defeats the regex engine's literal-prefix search)
    needles: tuple[str, ...]
    general: bool = False  # read only outside lists already read
    named_only: bool = False  # keep only offences named by a head noun (_names_offence)
    exposure: bool = False  # the clause may tell what a charge risks ("faces up to ten years for fraud"), not a sentence
    cap: bool = False  # the offence is named in the description of a sentence's limit ("the longest allowed for X")


# General triggers, tried after the specific ones. Some say little on their own ("accused of", "admitted",
# "sentenced ... for"): what follows them is an offence only where it names one by its head noun.
_GENERAL_TRIGGERS = [_Trigger(status, lazy_compile(p), needles, True, named_only) for status, needles, p, named_only in [
    # "pleaded not guilty to charges of X": charged, not convicted
    ("charged", ("plea",), rf"\bplea(?:ded|d|ds|ding)\s+not\s+guilty\b{_MID}to\s+", False),
    # ("arraigned in Manhattan on Feb. 20": the day of a hearing, no offence)
    ("charged", ("arraigned", "booked"), rf"\b(?:arraigned|booked)\s+{_WHEN}on\s+(?!{_DAY_OR_MONTH})(?:(?:felony\s+|misdemeanor\s+)?charges\s+of\s+|suspicion\s+of\s+)?", False),
    # "was arrested in Pasco County on a retail theft charge": the charge named with the arrest
    ("charged", ("charge", "count"), r"\b(?:arrested|detained|jailed|held)\s+(?:[\w.,'\u2019-]+\s+){0,5}?on\s+(?=(?:an?\s+|two\s+|three\s+|\d+\s+)?(?:[\w-]+\s+){1,4}?(?:charges?|counts?)\b)", False),
    # "The indictment charges Lee with fraud"
    # ("charges the couple with", "charging both men with": joint defendants named as a group)
    # ("charges Rep. Ann Lee with": a title with its period stands before the name)
    ("charged", ("charg",), r"\bcharg(?:es|ing)\s+(?:him|her|them|(?:[A-Z][\w.'\u2019-]*\s+){0,2}[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2}|" + _JOINT + r")\s+with\s+", False),
    # "The indictment charges the group's leader, Dana "Big D" Rusk, 44, with ...": a described, nicknamed, aged object
    # ("The information filed Monday charges Lee, 41, of Tampa, with ...", "... charges Lee, a 41-year-old nurse, with":
    # the charging paper told with its filing, the accused with an age, a home town (with its state: "of Tampa, Florida,")
    # or a role between the name and "with")
    ("charged", ("charg",), r"\b(?:indictment|complaint|information|affidavit|prosecutors?)\s+(?:(?:filed|unsealed|returned|made\s+public)\s+(?:[\w.,-]+\s+){0,3}?)?"
                r"(?:also\s+|now\s+)?charg(?:es|ed|ing)\s+"
                r"(?:[^.;:\n]{0,80}?,\s+)?[A-Z][\w.'\u2019-]*(?:\s+(?:[\"\u201c][^\"\u201d]{1,20}[\"\u201d]|[A-Z][\w.'\u2019-]*)){0,3}"
                r"(?:,\s+\d{1,3},)?(?:,?\s+of\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)?(?:,\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)?)?,|,?\s+an?\s+(?:[\w'\u2019-]+\s+){0,4}?[\w'\u2019-]+,)?\s+with\s+", False),
    # "guilty verdicts on kidnapping and robbery"
    # ("returned not guilty verdicts on two counts of assault": the acquittals, told the same way)
    ("convicted", ("guilty",), r"(?<!\bnot\s)\bguilty\s+verdicts?\s+(?:on|for|in)\s+(?:(?:the\s+)?charges?\s+of\s+)?", False),
    ("acquitted", ("guilty",), r"\bnot[\s-]+guilty\s+verdicts?\s+(?:on|for|in)\s+(?:(?:the\s+)?charges?\s+of\s+)?", False),
    # "The top charge against him, second-degree murder, carries ..."
    (None, ("charge", "count"), r"\b(?:top|most\s+serious|lead|main|lesser|remaining)\s+(?:charge|count)(?:\s+against\s+(?:him|her|them|[A-Z][\w'\u2019-]+"
           r"(?:\s+[A-Z][\w'\u2019-]+){0,2}))?,\s+"
           # ("not guilty of arson, the most serious charge against him, but guilty of ...": the clause goes on, no offence)
           r"(?!(?:but|yet|and|or|while|which|who|whom|whose|that|he|she|they|it|was|is|were|will|would|could|carr\w+)\b)", False),
    # "not guilty of assault but guilty of mischief"
    ("convicted", ("guilty",), rf"\b(?:but|and)\s+guilty\s+{_WHEN}(?:{_COUNTS_LIST}|of\s+)", False),
    # "pleaded not guilty to murder but guilty to manslaughter": the split plea's other half ("guilty to" is a plea's;
    # a verdict is "guilty of")
    ("pleaded guilty", ("guilty",), rf"\b(?:but|and)\s+guilty\s+(?:{_COUNTS_LIST}|to\s+)", False),
    # "guilty of wire fraud and not guilty of perjury": the split verdict's other half
    ("acquitted", ("guilty",), rf"\b(?:but|and)\s+not\s+guilty\s+{_WHEN}(?:{_COUNTS_LIST}|of\s+)", False),
    # "entered an Alford plea to", "a guilty plea to", "his plea to"
    # ("his guilty plea in January to X", "her plea last week to X": the plea dated between the noun and its "to")
    # (never what the plea bound him to do: "agreed, as part of his guilty plea in August, to forfeit $142,000")
    ("pleaded guilty", ("plea",), rf"(?<!not guilty )\bpleas?\s+(?:of\s+guilty\s+|deal\s+)?(?:{_WHEN_ONE},?\s+)?(?:to|on)\s+"
                                  r"(?!(?:forfeit|pay|repay|serve|cooperate|testify|surrender|perform|complete|register|resign"
                                  # ("rejecting her plea to remain free", "his plea to be spared prison": a request)
                                  r"|give|turn|stay|leave|spend|sell|close|avoid|remain|be|keep|go|return|see|let|allow|spare|reduce"
                                  # ("refusing her plea to have no conviction recorded": the outcome asked for)
                                  r"|withdraw|vacate|overturn|delay|postpone|continue|work|care|live|attend|have|get|receive)\b)", False),
    # "Among those charged, Lee faces aggravated robbery": the offence itself as what the accused faces (named by its
    # head noun, so "faces a lawsuit" and "faces up to ten years" name none)
    ("charged", ("fac",), r"\bfac(?:es|ing)\s+(?!up\s+to\b|an?\s+(?:maximum|minimum|possible|mandatory)\b|life\b|\d)", True),
    # "faces a murder charge", "is facing two felony assault counts"
    ("charged", ("fac",), r"\bfac(?:es|ed|ing)\s+(?=(?:(?:an?|one|two|three|four|five|six|\d+)\s+)?(?:[\w-]+\s+){1,5}?(?:charges?|counts?)\b)", False),
    # "faces charges of arson", "guilty on all counts, including kidnapping", "three counts of theft": the noun
    # governs an offence list wherever it stands; the verb before it gives the status.
    # ("in charge of him", "took charge of the unit" are not charges; "guilty on one count each of A and B": the
    # distributive "each" stands between the noun and its list)
    # The match stops before the noun, so the list reads it as a count prefix (the offence then is formal, named).
    # ("pharmacist-in-charge of Acme", "agent-in-charge of the office": a job title, hyphenated)
    (None, ("count", "charge"), r"(?<!\bin )(?<!\bin-)(?<!\btook )(?<!\btake )(?<!\btaken )\b(?=(?:counts?|charges?)(?:\s+(?:each|apiece))?(?:\s+(?:" + _CHARGED_IN + r"\s+)?of\s|,?\s+including\s))", False),
    # "convicted of the lesser included offense of manslaughter": the lesser offence governs its list as "charge of" does
    (None, ("lesser",), r"(?<=\blesser\s)(?=(?:included\s+)?offen[cs]es?\s+of\s)", False),
    # "The indictment lists the charges against Lee: A, B and C": the colon opens the list, the verb before gives the status
    (None, ("charges", "counts"), rf"\b(?:charges|counts)\s+against\s+(?:him|her|them|{_PERSON})\s*:\s*", False),
    # (not "arrested for": an article tells past arrests as often as this case's)
    ("charged", ("accused", "suspicion", "suspected", "indicted"), rf"\b(?:accused|suspicion|suspected)\s+of\s+|\bindicted\s+{_WHEN}for\s+", True),
    # "Prosecutors accuse Lee of fraud"; "ordered to stand trial on fraud", "will face trial for manslaughter" (UK)
    # (only the law's voices accuse in a charge: "Critics accuse Lee of corruption" is an opinion)
    ("charged", ("accus", "trial"), rf"\b(?i:prosecutors|police|authorities|investigators|officials|indictment|complaint|government|detectives|agents"
                # ("New charges filed this week accuse Lee of ...": the charging papers told with their filing)
                rf"|the\s+state|(?:district\s+)?attorneys?|(?:court|charging)\s+(?:papers|documents|records|filings)|charges|counts)\s+"
                rf"(?:(?:filed|unsealed|brought|lodged|returned|announced)\s+(?:[\w.,-]+\s+){{0,3}}?)?(?:also\s+|now\s+)?"
                rf"accus(?:e|es|ing)\s+(?:him|her|them|{_PERSON})\s+of\s+"
                # "filed new charges against Lee on Monday, accusing him of ...": the charges' participle
                rf"|\b(?:charges|counts|indictment|complaint)\b[^.;:]{{0,60}}?,\s+accusing\s+(?:him|her|them|{_PERSON})\s+of\s+"
                rf"|\b(?:stand|stands|standing|face|faces|facing)\s+(?:a\s+)?(?:retrial|trial)\s+{_WHEN}(?:on|for)\s+(?!{_DAY_OR_MONTH})", True),
    # "was cleared of fraud but convicted of ...": the passive of "cleared him of" ("cleared of wrongdoing" names none)
    ("acquitted", ("cleared",), r"\b(?:was|were|been|being|is|are|had\s+been)\s+(?:\w+ly\s+)?cleared\s+(?:on\s+appeal\s+)?of\s+", True),
    # "The charges against him include fraud": the counts listed after their verb (not "include allegations that ...")
    ("charged", ("includ",), rf"\b(?:charges|counts)\s+(?:against\s+(?:him|her|them|{_PERSON})\s+)?(?:now\s+)?includ(?:e|es|ed)\s+", True),
    ("charged", ("den",), r"\bden(?:ied|ies|ying)\s+(?:a\s+charge\s+of\s+)?", True),
    # British usage: "admitted manslaughter", "admitted two counts of ..."
    # ("admitted in May to fraud", "admitted Tuesday to two counts of ...": the day told before the "to")
    ("pleaded guilty", ("admit",), rf"\badmit(?:ted|s|ting)\s+(?:(?:{_WHEN_ONE},?\s+){{1,2}}(?=to\s)|(?=to\s))?(?:to\s+)?", True),
    # "his conviction for ...", "Lee's convictions on ..." (not "jurors leaned toward conviction on the murder count")
    # ("the actor's 2024 conviction for": an epithet's possessive, a year before the noun)
    # ("Ann Dobbs' conviction for": the possessive of a name ending in "s")
    ("convicted", ("conviction",), r"\b(?:[Hh]is|[Hh]er|[Tt]heir|its|whose|[A-Z][\w'\u2019-]+['\u2019]s|[A-Z][\w-]*s['\u2019](?=\s)|(?:the|an?)\s+(?:[\w-]+\s+)?[a-z][\w-]*['\u2019]s|the|a|an)\s+(?:[\w-]+\s+){0,2}?convictions?\s+(?:of\s+(?:[A-Z][\w.'\u2019-]*\s+){1,4}(?=for\s|on\s))?(?:for|of|on)\s+", True),
    # "jailed for six years for manslaughter", "sentenced on Friday for fraud"
    ("convicted", ("sentenced", "jailed", "imprisoned"), r"\b(?:(?:re-?)?sentenced|jailed|imprisoned)\b(?:[^.;]{0,60}?\s)??for\s+(?!(?:life|[\w-]+\s+(?:years?|months?|weeks?|days?|decades?))\b)", True),
    # "could have been prosecuted by the state for aggravated assault"
    ("charged", ("prosecuted",), r"\bprosecuted\b(?:[^.;]{0,40}?\s)??for\s+", True),
]]
# A sentencing-day story often names the offence only after the term it earned: "two years in prison for reckless
# homicide", "a concurrent five-year sentence for fraud", "12 months, to run concurrently, for violating an order".
_TERM_FOR = _Trigger(None, lazy_compile(
    # ("nine years' imprisonment for culpable driving causing death": the Commonwealth's possessive of the length)
    r"\b(?:(?:years?|months?|weeks?|days?|life)(?:['\u2019]\s+(?:imprisonment|jail|prison|detention|custody|gaol)|\s+(?:in|of|at|behind)\s+(?:[\w.'\u2019-]+\s+){0,4}?(?:prison|jail|custody|probation"
    # ("18 years in the Arizona Department of Corrections for second-degree murder": the custody agency named)
    r"|labou?r|bars|confinement|detention|facility|penitentiary|supervision|(?:supervised\s+)?release|parole|Corrections?|Prisons))?"
    # ("life without the possibility of parole for murder": the whole-life term, its offence after "for")
    r"(?:\s+without\s+(?:the\s+)?(?:(?:possibility|chance|prospect)\s+of\s+)?(?:parole|release))?"
    # ("an 18-month intensive correction order for assault": an order the length qualifies, as a term)
    r"|[\w-]+-(?:year|month|week|day)\s+(?:[\w-]+\s+){0,2}?(?:sentences?|terms?|orders?))"
    # ("seven years in prison, followed by five years of post-release supervision, for assault": the whole sentence's
    # offence after the last of its terms, set off by a comma)
    # ("another four years, also concurrent, for burglary": how the term runs, set off by commas)
    # ("and two years concurrent for impaired driving causing bodily harm": how it runs, told bare)
    r"(?:,\s+to\s+(?:run|be\s+served)\s+\w+|,\s+(?:also\s+|each\s+)?(?:concurrent|consecutive)(?:ly)?(?=,)|\s+(?:concurrent|consecutive)(?:ly)?)?,?\s+for\s+"), ("for",), general=True, named_only=True, exposure=True)
# "sentenced him to 12 years, the longest allowed under state guidelines for vehicular homicide", "the maximum the law
# permits for arson": the limit is the one the offence carries, so the offence is the defendant's (convicted when a
# sentence was given, charged when he only faces it)
_CAP_FOR = _Trigger(None, lazy_compile(
    r"\b(?:longest|maximum|harshest|toughest|stiffest|severest|most\s+severe|highest|heaviest|lightest|shortest|minimum|lowest)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:allowed|permitted|possible|available|allowable|permissible|prescribed|authori[sz]ed|mandated"
    r"|(?:that\s+)?(?:the\s+|a\s+)?(?:state\s+|federal\s+)?(?:law|guidelines?|statutes?|judge|court)\s+(?:allows?|permits?|calls?\s+for"
    r"|prescribes?|(?:could|can)\s+(?:give|impose)))\b(?:\s+(?:under|by)\s+(?:[\w.'\u2019-]+\s+){1,5}?)??\s*for\s+"
    # "sentenced to life without parole, the mandatory punishment in Pennsylvania for second-degree murder": the law's
    # fixed term, named as the one given (the state or the law that fixes it may stand before "for")
    r"|\bthe\s+mandatory\s+(?:minimum\s+)?(?:punishment|sentence|penalty|term)\s+(?:(?:in|under)\s+(?:[\w.'\u2019-]+\s+){1,4}?)?for\s+"),
    ("for",), general=True, named_only=True, cap=True)
# "imposed the sentence for voluntary manslaughter", "her sentence for second-degree murder is 15 years to life": the
# sentence named as a noun, its offence after "for" (not "the typical sentence for shoplifting": anyone's)
_SENTENCE_FOR = _Trigger(None, lazy_compile(
    r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w'\u2019-]+['\u2019]s)\s+(?!(?:typical|average|usual|standard|normal|median|possible"
    r"|recommended|likely|expected)\s)(?:[\w-]+\s+){0,2}?sentences?\s+for\s+"), ("sentence",), general=True, named_only=True, cap=True)
# A resentencing story names the old verdict only through the sentence it replaces: "resentenced Lee to 30 years,
# replacing the life term he received in 1994 for first-degree murder", "commuted the sentence Lee got as a teenager
# for arson". The altered sentence was this case's, so its offence is the case's conviction (a sentence merely
# "received for" something, with nothing altering it, may be the person's past and stays unread).
_REPLACED_SENTENCE_FOR = _Trigger("convicted", lazy_compile(
    r"\b(?:resentenc\w*|replac(?:e|es|ed|ing)|commut(?:e|es|ed|ing)|vacat(?:e|es|ed|ing)|overturn\w*|(?:set|sets|setting)\s+aside)\b"
    r"[^.;:]{0,120}?\b(?:sentences?|terms?)\s+(?:of\s+(?:[\w-]+\s+){1,6}?)?(?:that\s+|which\s+)?(?:he|she|they|[A-Z][\w'\u2019-]+)\s+"
    r"(?:had\s+)?(?:originally\s+|first\s+|initially\s+)?(?:received|got|drew|(?:was|were)\s+(?:given|handed))\s+"
    r"(?:(?:in|as)\s+(?:an?\s+)?[\w-]+\s+){0,2}for\s+"), ("received", "got", "drew", "given", "handed"), general=True, named_only=True)
# A verb of what may come: the limit is only faced
_FACED = lazy_compile(r"\b(?:fac(?:es|ed|ing)|could|would|might|may|if\s+convicted|up\s+to)\b", re.I)
# A sentence per count, the count told first: "For second-degree assault, the judge imposed a concurrent sentence of
# ten years", "For the burglary, Judge Lee gave him three more years". The sentence opens on "For" (no word before it in
# the sentence); the clause after the comma is the court's, so the offence is the defendant's conviction. ("For the
# assault of Ann Lee, the judge imposed ...": a determiner refers back to a count already named, told as the deed.)
_COUNT_SENTENCED_FIRST = _Trigger("convicted", lazy_compile(
    r"(?<![\w,;:]\s)(?<![\w,;:])For\s+(?!the\s|an?\s|his\s|her\s|their\s)(?=[^,;:.]{3,60},\s+(?:the\s+(?:judge|court|magistrate|sheriff)|Judge\s+[A-Z][\w'\u2019-]+"
    r"(?:\s+[A-Z][\w'\u2019-]+)?|(?:Mr|Mrs|Ms)\.?\s+Justice\s+[A-Z][\w'\u2019-]+|(?:he|she)\s+was)\s+(?:also\s+)?"
    r"(?:imposed|gave|handed|ordered|sentenced|added|jailed)\b)"), ("for ",), general=True, named_only=True)
# "imposed a 30-day jail sentence on a separate trespassing count", "got six months on the theft charge": a term given
# on a count named before its noun is that count's conviction (not "on the remaining counts": no offence named; not
# "carries ten years on the civil rights count": what a count risks, told without a verb of sentencing; a count named
# by its subject, "360 months on the drug count", names no offence). Read like the general triggers, so a plea told
# elsewhere ("pleaded guilty to theft") keeps its own status.
_TERM_ON_COUNT = _Trigger("convicted", lazy_compile(
    r"\b(?:imposed|gave|given|got|gets|received|receives|added|adds|ordered|handed|serve[sd]?|serving|sentenced\s+(?:\w+\s+)?to)\s+"
    r"(?:[\w$,-]+\s+){0,5}?(?:sentences?|terms?|years?|months?|weeks?|days?)\s+(?:in\s+(?:jail|prison)\s+)?on\s+(?=(?:an?|the|each|one)\s+"
    r"(?!(?:(?:remaining|other|additional|separate|related|original|lesser|felony|misdemeanor|federal|state|criminal"
    r"|single|first|second|third|last|two|three|four|five|six|\d+)\s+)+(?:counts?|charges?)\b)(?:[\w-]+\s+){1,6}?(?:count|charge)\b"
    # ("five years on each of two forgery counts": the plural only where each count got the term; "on the fraud and
    # laundering counts" restates counts the story names in full elsewhere)
    r"|(?<=on\s)each\s+of\s+(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+){1,4}?(?:counts|charges)\b)"),
    ("count", "charge"), general=True, named_only=True)
# "found him guilty of depriving Ann Roe of her rights, a crime known as deprivation of rights under color of law": the
# deed told in plain words, then the offence's legal name in apposition (its status the verdict's before it)
_KNOWN_AS = _Trigger(None, lazy_compile(
    r"(?:(?:,|\s*\u2014|\s*\u2013|\s--)\s+(?:an?|the)\s+(?:federal\s+|state\s+|criminal\s+)?(?:crime|offen[cs]e|felony|misdemeanou?r|charge)\s+"
    # ("X \u2014 known in Florida law as BUI manslaughter \u2014", "X \u2014 a charge commonly referred to as elder abuse \u2014":
    # the name the law or the street gives the count, set off by dashes; a bare ", known as" names a place or a person)
    r"|(?:\s*\u2014|\s*\u2013|\s--)\s+(?=(?:(?:formally|legally|officially|commonly|often|also|better)\s+)?(?:known|called|termed|referred)\b))"
    r"(?:(?:formally|legally|officially|commonly|often|also|better)\s+)?(?:(?:known|described|referred\s+to)\s+"
    r"(?:in\s+(?:[A-Z][\w.]+\s+){0,2}law\s+)?as|(?:called|termed)(?:\s+in\s+(?:[A-Z][\w.]+\s+){0,2}law)?(?:\s+as)?)\s+"),
    ("known as", "called", "termed", "referred to as", " law as"), general=True, named_only=True)
# "The charges \u2013 importing a marketable quantity of a drug, and attempting to possess it \u2013 carry a maximum of 25
# years": the counts named in apposition to "the charges", between dashes or commas, before what they carry
_CHARGES_IN_APPOSITION = _Trigger(None, lazy_compile(
    r"\b[Tt]he\s+(?:(?:two|three|four|five|six|\d+)\s+)?(?:charges|counts|offen[cs]es)\s*(?:\u2013|\u2014|--|,)\s+"
    r"(?=[^\u2013\u2014;.]{3,250}?(?:\u2013|\u2014|--|,)\s+(?:each\s+|both\s+|all\s+)?(?:carr(?:y|ied)|attract(?:ed)?|are\s+punishable)\b)"),
    ("carr", "attract", "punishable"), general=True, named_only=True)
# "appeared in the High Court today for sentencing on the murder of Jayden Roe", "awaiting sentencing for manslaughter":
# an offence someone is to be sentenced for is one he stands convicted of
_SENTENCING_ON = _Trigger("convicted", lazy_compile(
    r"\b(?:for|awaiting|await|awaits|before|ahead\s+of)\s+(?:(?:his|her|their)\s+)?sentencing\s+(?:on|for)\s+(?:the\s+|a\s+|an\s+)?(?!(?:his|her|their)\s)"),
    ("sentencing on", "sentencing for"), general=True, named_only=True)
_TRIGGERS = [_Trigger(status, pattern, needles) for status, needles, pattern in _CHARGE_TRIGGERS] + _GENERAL_TRIGGERS + [
    _TERM_FOR, _CAP_FOR, _SENTENCE_FOR, _REPLACED_SENTENCE_FOR, _COUNT_SENTENCED_FIRST, _TERM_ON_COUNT, _KNOWN_AS,
    _CHARGES_IN_APPOSITION, _SENTENCING_ON]
# "faces up to ten years for fraud", "each count carries up to 20 years for theft from a program": the statute's
# wording of what a charge risks, which restates the counts named elsewhere in other words
_EXPOSURE = lazy_compile(r"\b(?:if|unless)\s+(?:\w+\s+)?(?:convicted|found\s+guilty)\b|\b(?:fac(?:es|ed|ing)|could|would|might|may"
                       r"|up\s+to|maximum|carr(?:y|ies|ied|ying)|punishable)\b", re.I)
# "The judge gave Lee the maximum: seven years in prison ... for assault": the maximum imposed, no exposure
_GIVEN_THE_MAXIMUM = lazy_compile(r"\b(?:gave|given|gives|giving|got|gets|received|receives|imposed|imposes|handed)\s+"
                                r"(?:[\w.'\u2019-]+\s+){0,3}?the\s+maximum\b", re.I)


def _tells_exposure(before: str) -> bool:
    """Does the clause tell what a charge risks, not a term given?"""
    return bool(_EXPOSURE.search(_GIVEN_THE_MAXIMUM.sub(" ", before) if "maximum" in before else before))


# "one of a handful of cases in which a landlord has faced homicide charges": anyone's case, not this one
_ANYONE = lazy_compile(r"\b(?:in\s+which|where|whenever)\s+(?:an?|any)\s+(?!(?:jury|judge|panel|court|grand)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+"
                     r"(?:(?:has|have|had|is|was|were|been|being|can|could|would|may|might|will)\s+)*[a-z]+\b[^,;]{0,40}$")
# "Seven of the nine members charged with hazing", "two other men convicted of theft": a counted group, not the defendant
# ("more than 200 people have been convicted of arson since 1990"; "the office charged 120 defendants with gun crimes last
# year", "charged more than 30 people with health care fraud": a tally of anyone's cases, the group as the object too)
# ("dozens of Chicago aldermen and city officials have been convicted of bribery": the group's kinds, named and
# coordinated, before the plural noun)
_A_GROUP = lazy_compile(r"\b(?:other|\d+(?:,\d{3})*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|dozens\s+of|hundreds\s+of)\s+(?:other\s+)?"
                      r"(?:(?!(?:counts|charges|was|has|is|years|months|weeks|days|hours|decades|times)\b)[\w-]+\s+){0,4}?"
                      r"(?!counts\b|charges\b|was\b|has\b|is\b)(?:[a-z]+s|people|[a-z]*men|women)\s+(?:(?:who|that)\s+(?:were|are|have\s+been)\s+|(?:have|had)\s+been\s+)?"
                      r"(?:charged|convicted|accused|indicted)\b[^,;]{0,40}$"
                      r"|\b(?:charged|convicted|indicted)\s+(?:(?:more\s+than|at\s+least|over|nearly|almost|about|some|roughly)\s+)?"
                      r"(?:\d+(?:,\d{3})*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|scores)\s+(?:of\s+)?(?:other\s+)?"
                      r"(?:people|persons|individuals|defendants|men|women|others|suspects|doctors|officers|[a-z]+ers)\s+(?:with|of)\s+$"
                      # ("more than half of the young people it works with who had been convicted of", "most of those
                      # convicted of", "a third of inmates convicted of": a share of a group, a statistic)
                      r"|\b(?:half|most|majority|minority|third|quarter|fifth|tenth|proportion|share|percent|per\s+cent|%)\s+of\s+"
                      r"(?:(?:the|those|all|these)\s+)?(?:[\w'\u2019-]+\s+){0,6}?(?:(?:who|that)\s+(?:were|are|had\s+been|have\s+been|got|get)\s+)?"
                      r"(?:charged|convicted|accused|indicted|found\s+guilty)\b[^,;]{0,40}$"
                      # ("prosecutors typically charged straw buyers with lying on forms": a habit of charging a kind of people)
                      r"|\b(?:typically|usually|often|generally|routinely|rarely|commonly|seldom|normally|ordinarily)\s+"
                      r"(?:charged?|charges|convict(?:s|ed)?|prosecut(?:e|es|ed))\s+(?:[a-z-]+\s+){0,2}?[a-z]+s\s+(?:with|of|for)\s+$")
# "Landlords charged with arson rarely go to trial", "Doctors convicted of fraud often keep their licences": a bare
# plural opening the clause, with the participle straight after it (no object: "Prosecutors charged Lee with" has one),
# is anyone of that kind
_GENERIC_PLURAL = lazy_compile(r"(?:^|[.;:!?]\s+|,\s+(?:but|and|yet|while)\s+)(?!(?:Prosecutors|Police|Officials|Authorities|Jurors)\b)"
                             # ("People convicted of arson often ...", "Those charged with fraud ...": plurals without an -s)
                             r"(?:[A-Z]?[a-z]+s|[Pp]eople|[Mm]en|[Ww]omen|[Cc]hildren|[Tt]hose)\s+(?:(?:who\s+(?:are|were|have\s+been|get|got)\s+)?(?:charged\s+with|convicted\s+of|accused\s+of"
                             r"|found\s+guilty\s+of|indicted\s+(?:on|for))\s+)$")
# A term earned in an earlier case: "he served six years in prison for robbery in 2004", "was serving time for theft
# when ..." ("is serving a four-year sentence for manslaughter": an appeal story's present tense, this case's term)
# (not "to be served concurrently": how a term given now runs)
_PAST_TERM = lazy_compile(r"\b(?:(?<!\bbe\s)served|spent|(?:was|were|had\s+been)\s+serving|previously|prior|earlier|already|once)\b", re.I)

_COUNTED_OFFENCE_PLURAL = lazy_compile(r"(?:burglaries|robberies|thefts|frauds|assaults|forgeries|arsons|murders|rapes"
                                       r"|kidnappings|affrays|blackmails|extortions|embezzlements|manslaughters)")
# Offences counted by their own noun, singular or plural ("17 burglaries", "one fraud", "two thefts")
_COUNTED_OFFENCES = (r"(?:burglar(?:y|ies)|robber(?:y|ies)|thefts?|frauds?|assaults?|forger(?:y|ies)|arsons?|murders?|rapes?"
                     r"|kidnappings?|affrays?|stalkings?|blackmails?|extortions?|embezzlements?|manslaughters?)\b")
_COUNT_PREFIX = lazy_compile(
    r"(?P<count>(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+of\s+(?!(?:the|his|her|their|them|one|two|three|four|\d+)\b)"  # "... and one of fraud"
    # ("admitted 17 burglaries and one fraud": British reports count offences by the offence's own noun)
    # (not "Four forgery counts": there the noun qualifies the counts)
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?=" + _COUNTED_OFFENCES
    + r"(?!\s+(?:counts?|charges?)\b))"
    # ("pleaded guilty to two charges of assault and one of burglary", "one charge each of X and Y": a number of
    # charges counts them as counts do; a bare "charges of" is the charging itself, told below)
    # ("admitting seven offences of fraud by false representation": British reports count offences so too)
    r"|(?:a\s+single|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:(?:further|more|additional|separate|representative|sample|specimen)\s+)?(?:charges?|offen[cs]es?)(?:\s+each)?\s+of\s+"
    r"|(?:(?:each|all|both)\s+of\s+(?:the\s+)?)?(?:(?:a\s+single|one|an?|two|three|four|five|six|seven|eight|nine|ten|\d+|the)\s+)?"
    r"(?:(?:additional|separate|other|felony|misdemeanor|federal|state|criminal|related|second|third|fourth|fifth|remaining|lesser|top|lead|main|sample|specimen|representative"
    r"|most\s+serious"
    # "two felony counts", "three first-degree counts", "four Class B felony counts", "five gross misdemeanor counts":
    # the grade told between the number and "counts"
    r"|(?:first|second|third|fourth|fifth)-degree|class\s+[a-z1-6]|level\s+\d|gross|aggravated|capital|petty|summary|indictable)\s+)*(?:counts?|specifications?)(?:\s+each)?(?:\s+of|,?\s+including|\s+(?:that|which)\s+include[sd]?)\s+)?"
    # ("now faces new charges of", "a pending charge of": a follow-up story's further counts)
    # ("a Level 6 felony charge of neglect", "a third-degree felony charge of theft": the grade before the noun)
    # ("a Class A misdemeanor of domestic assault", "a Level 3 felony of battery": the grade told as the noun, the
    # offence after "of"; never "a felony of the third degree", the grade itself)
    # ("pleaded guilty to offences under the Wildlife Act, including X and Y", "admitted several offences, including X": a
    # label of counts, with or without the statute they fall under, whose examples are the offences)
    r"(?P<charges>(?:(?:several|various|multiple|numerous|other|a\s+number\s+of|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:offen[cs]es|charges|counts)(?:\s+under\s+(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+(?:(?:of|and|on|for)\s+)?[A-Z][\w.'\u2019-]*){0,6})?"
    r",?\s+including\s+(?=[a-z])|"
    r"(?:an?\s+)?(?:(?:class|level)\s+[a-z0-9]|(?:first|second|third|fourth)-degree|gross|state\s+jail)\s+(?:felony|misdemeanor)\s+of\s+"
    r"(?!the\s+[\w-]+\s+degree\b)|"
    r"(?:(?:an?|the|separate|federal|criminal|state|felony|misdemeanor|class\s+[a-z0-9]|level\s+\d|(?:first|second|third|fourth)-degree"
    # ("dropped a third charge of perjury": an ordinal counts the charges, the offence follows "of")
    r"|second|third|fourth|fifth|remaining|lesser|top|original|new|pending|additional|single|sole|lone"  # ("admitted a single charge of ...")
    r"|further|fresh|outstanding|related|top|following|(?:more|most)\s+serious|representative"  # (New Zealand's "a representative charge")
    # ("convicted of the lesser included offense of manslaughter": the lesser offence a verdict or plea settled on)
    r"|(?<=lesser\s)included)\s+)*(?:charges?|(?<=(?:lesser|cluded)\s)offen[cs]es?)(?:\s*:\s*|\s+(?:" + _CHARGED_IN + r"\s+)?of\s+|,?\s+including\s+|\s+(?:that|which)\s+include[sd]?\s+|\s+)?)?", re.I)
# Where an offence phrase may end. Each is checked in _offence_end: "in office", "in the commission
# of", "engaging in", "on a police officer", "before the enemy", "while intoxicated" go on.
# "having weapons while under disability", "operating a vehicle under suspension", "obtaining property under false
# pretenses": the legal status the statute names goes on after "under"
_UNDER_A_STATUS = r"(?:disability|suspension|revocation|restraint|duress|false\s+pretenses|(?:a\s+)?(?:suspended|revoked|cancell?ed)\s+licen[cs]e)\b"
# The verb of a purpose infinitive after a plea or verdict ("pleaded guilty to theft to avoid a trial", "decided to plead
# guilty to spare his players a trial"): what the plea was for, never an offence
# ("falsifying a report to hide what he had done", "... to conceal the beating": the motive told after the offence)
_PURPOSE_VERB = (r"(?:spare|avoid|avert|protect|help|save|shield|end|resolve|secure|get|obtain|win|receive|reduce|limit|escape|hide|conceal|cover"
                 r"|keep|put|bring|close|move|accept|take|make|give|allow|let|cooperate|testify|dodge|minimi[sz]e|clear)\b")
_CHARGE_STOP = lazy_compile(
    # "the F.B.I." runs on to its last letter, and on past it into the name it opens: "false filings with the U.S.
    # Securities and Exchange Commission"
    # ("violating 18 U.S.C. \u00a7 922(g)": the code's abbreviation runs on into its section)
    # ("assaulting a U.S. marshal": an initialism's last dot before a small letter ends no clause)
    r"[;:()\u2014\u2013\"\u201c\u201d]|\.(?!\d)(?![A-Z]\.)(?!(?<=\b[A-Z]\.[A-Z]\.)\s+[A-Z])(?!(?<=\b[A-Z]\.[A-Z]\.)\s+[a-z])(?!\s*\u00a7)|\s--?\s|,(?!\d)"
    # ("a course of abusive behaviour towards the woman": whom the conduct targeted, after the statute's name)
    r"|\s(?:(?<=behaviour\s)towards|(?<=behavior\s)towards|in|on|at|for|after|when|while|during|because|but|who|which|that|since|last|this|stemming|related(?!\s+(?:[\w-]+\s+){0,2}?(?:charges?|counts?)\b)(?!\s+activity\s+in\s+connection\s+with\b)|tied|linked|connected|from|as(?!\s+well\s+as\b)(?<!\bwell\sas)"
    # ("possessing a firearm as a convicted felon", "failing to register as a sex offender": the status a statute names)
    # ("theft as a servant", "larceny as a clerk": the Commonwealth codes' offence of an employee)
    # ("receiving a bribe as a public official", "accepting a gratuity as a federal employee": the bribery statute's holder)
    r"(?!\s+an?\s+(?:(?:clerk\s+or\s+)?servant|clerk|bailee|convicted\s+felon|felon|(?:[\w-]+\s+)?sex\s+offender|prohibited\s+person|habitual\s+\w+|career\s+\w+|fugitive"
    r"|public\s+(?:official|officer|servant|employee)|(?:federal|government|state)\s+(?:official|employee))\b)"
    # ("sexual assault on a child as part of a pattern of abuse": a state code's aggravated grade, part of the name)
    r"(?!\s+part\s+of\s+a\s+pattern\b)"
    r"|(?<!conspiracy\s)(?<!attempt\s)(?<!intent\s)(?<!solicitation\s)(?<!failure\s)(?<!agreement\s)(?<!plot\s)(?<!scheme\s)"
    r"(?<!conspiring\s)(?<!attempting\s)(?<!failing\s)(?<!agreeing\s)(?<!plotting\s)(?<!refusal\s)(?<!refusing\s)"  # "conspiracy to obtain"
    # ("unlawful flight to avoid prosecution", "fleeing to avoid arrest": the federal fugitive statute's own purpose element)
    r"(?<!flight\s)(?<!fleeing\s)"
    r"(?:in\s+order\s+)?to\s+(?=" + _PURPOSE_VERB + r")"
    # ("his sentences on three counts of X to be served back to back": how the terms run, no part of the offence)
    r"|to\s+(?=(?:be\s+(?:served|run)|run\s+(?:consecutively|concurrently|back)|be\s+(?:consecutive|concurrent))\b)"
    # "for a fraud they say cost investors $63 million": a relative clause with no pronoun, told as a claim
    r"|(?=(?:he|she|they|prosecutors|police|investigators|authorities|officials|the\s+government)\s+(?:say|says|said|allege|alleged|contend|contended)\b)"
    r"|over(?!\s+[$\d])|ordinarily|usually|typically|normally|generally|often|rarely|seldom|frequently|routinely|commonly|sometimes"  # ("fraud over $5,000" is a Canadian offence's name)
    # ("lying under oath", "false statements under penalty of perjury": the statement's own setting, part of the name)
    r"|and|or|before|until|following|amid|despite|then|according|under\s+(?!the\s+influence|colou?r\s+of|oath\b|penalty\s+of\s+perjury\b|(?:the\s+age\s+of\s+)?\d{1,2}\b|" + _UNDER_A_STATUS
    # ("unlawful conduct under the Solid Waste Management Act": the statute named is part of the offence)
    + r"|the\s+(?:[A-Z][\w'\u2019-]*\s+){1,6}(?:Act|Law|Code)\b)|in\s+exchange|between(?=\s+(?:\d|[A-Z]))|to\s+(?:the\s+)?(?:prosecutors?|district|state|county)\b|were|was|is|are"
    r"|will|would|could|can|may|might|must|should|shall|carr(?:y|ies|ied)|has|have|had)\b"
    r"|\s(?=(?:(?:early|late)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b)"  # "on murder charges Thursday"
    r"|\s(?=(?:intact|undisturbed|untouched|unchanged)\b)"
    # "elder abuse with an enhancement for inflicting great bodily injury", "robbery with a firearm allegation": the
    # enhancement a California-style verdict adds is told after the offence, no part of its name
    r"|\s(?=with\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:enhancements?|allegations?|specifications?)\b)"
    # "a count of elder abuse involving a second resident", "battery involving the 9-year-old girl": the count's victim
    # (a statute's class of victim stays: "sexual conduct involving a minor", "indecency involving a child")
    r"|\s(?=involving\s+(?:an?|the|his|her|their|another|two|three)\s+(?:[\w-]+\s+){0,3}?(?:resident|victim|girl|boy"
    r"|woman|women|man|men|patient|student|inmate|customer|client|employee|worker|\d+-year-old)s?\b)"
    # "ran the five-year sentence for armed robbery concurrently with the rest": how the term runs, not the offence
    # ("ordered the terms on the two counts of arson to run concurrently": the order's infinitive, no part of the name)
    r"|\s(?=(?:to\s+(?:run|be\s+served)\s+)?(?:concurrently|consecutively)\b)"
    # "A second count of neglect involves an infant ...", "One count of fraud stems from a loan": the offence named as a
    # subject ends at its verb, a verb of what a count is about
    r"|\s(?=(?:involves?|involved|stems?|stemmed|relates|concerns|arises|arose|cent(?:er|re)s|cent(?:er|re)d|covers"
    r"|alleges?|accuses|pertains|refers|dates|names|describes|focuses|applies)\s+(?!of\b))"  # "left his conviction for arson intact": the ruling's complement
    r"|\sagainst\s+(?=(?:him|her|them|the\s+(?:former|\w+er|\d{1,3}-year-old))\b|[A-Z])")  # ("against the 82-year-old owner")  # "a theft charge against him"
# "assaulting a constable in the execution of his duty", "obstructing a garda in the execution of her duty": the British
# and Irish statutes' own words, part of the offence's name (no deed told at length)
_ON_DUTY_WORDS = r"in\s+the\s+(?:execution|exercise)\s+of\s+(?:his|her|their|its|the)\s+(?:duty|duties|functions?|powers?)\b"
_ON_DUTY = lazy_compile(r"\s+" + _ON_DUTY_WORDS)
_IN_GOES_ON = lazy_compile(
    r"\sin\s+(?:the\s+)?(?:records?|books|accounts?|files|affairs)\s+of\b|"
    r"\sin\s+connection\s+with\s+(?:computers|access\s+devices|identification\s+documents|authentication\s+features)\b|"
    # ("driving with an illicit drug present in his blood", "with alcohol in her breath": the statute's own fluid)
    r"\sin\s+(?:his|her|their|the|one's)\s+(?:blood|breath|urine|oral\s+fluid|system|bloodstream)\b|"
    # ("failing to meet the needs of animals in his care", "neglect of a child in her care": whom the duty is owed to)
    r"\sin\s+(?:his|her|their|its)\s+(?:care|charge|custody)\b|"
    r"\s(?:in\s+(?:the\s+)?(?:commission|course|furtherance|perpetration)\s+of\b"
    r"|in\s+the\s+(?:first|second|third|fourth|fifth|sixth|seventh)\s+degree\b"
    r"|" + _ON_DUTY_WORDS +
    # statutory complements: "contributions in the name of another", "possession in a school zone"
    r"|in\s+the\s+names?\s+of\s+(?:another|others?|other\s+(?:people|persons))\b|in\s+an?\s+(?:school|drug-free|construction|work|safety)\s+zone\b"
    r"|in\s+an?\s+(?:federal\s+|criminal\s+|official\s+|grand\s+jury\s+)?(?:investigation|proceeding|inquiry)\b"
    # ("lying under oath in her bankruptcy filings", "false statements in his tax returns": the paper the lie was told in)
    r"|in\s+(?:his|her|their|its|the)\s+(?:[\w-]+\s+)?(?:filings?|returns?|declarations?|petitions?|applications?|testimony|disclosures?)\b"
    # "false statements in the purchase of firearms", "fraud in the sale of securities": the dealing the statute guards
    r"|in\s+(?:the\s+)?(?:purchase|acquisition|sale|transfer|offer)\s+of\b"
    # "carrying a gun in connection with drug trafficking", "... with a crime of violence" ("murder in connection with
    # the death of" is the event's)
    r"|in\s+connection\s+with\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:drug[\s-]trafficking|crimes?|felony|felonies"
    r"|offen[cs]es?|purchase|acquisition)\b"
    # ("paying kickbacks in connection with a federal health care program": the program the anti-kickback law guards)
    r"|in\s+connection\s+with\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:program|programme)s?\b"
    # "using a firearm in a crime of violence", "... in relation to a drug trafficking crime": the weapon statutes name
    # the predicate crime the gun served
    r"|in\s+(?:relation\s+to\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:crimes?\s+of\s+violence|(?:drug[\s-])?trafficking\s+crimes?"
    r"|violent\s+(?:crimes?|felon(?:y|ies))|felony|felonies)\b"
    # the kind of place a statute names ("possession of a weapon in a public place", "entering a restricted building",
    # "misconduct in a public office", "an open container in a motor vehicle"); an event ("in a school shooting") stops
    # ("controlling or coercive behaviour in an intimate or family relationship": two kinds named with "or")
    r"|in\s+an?\s+(?:[\w-]+\s+(?:(?:or|and)\s+)?){0,2}?(?:place|building|grounds|zone|office|vehicle|facility|institution|structure|dwelling"
    r"|premises|aircraft|courthouse|establishment|position\s+of\s+trust|setting"
    # ("theft by a person in a special relationship", New Zealand's Crimes Act; "assault in a family relationship")
    r"|relationship)\b(?!\s+(?:shooting|collapse|fire|blaze|crash|attack"
    r"|explosion|incident|robbery|raid|standoff|fight|brawl|case|killing|death|dispute|argument|row)\b)"
    # the manner a statute forbids: "behaving in a threatening or abusive manner", "driving in a dangerous manner"
    r"|in\s+an?\s+(?:[\w-]+\s+(?:(?:or|and)\s+)?){1,4}?manner\b"
    r"|in\s+(?!(?:the|a|an|his|her|their|its|this|that|these|those|which|what|connection|exchange|court|federal|state"
    r"|county|custody|prison|jail|absentia|part|addition|return|relation|order|front|late|early|mid|all|each|both"
    r"|january|february|march|april|may|june|july|august|september|october|november|december)\b)[a-z])")
# ("aiding in the preparation of a false return", "assisting in the filing of")
_GOVERNS_IN = lazy_compile(r"\b(?:engag\w*|traffick\w*|dealing|participat\w*|involvement|concerned|aiding|assisting|abetting)$", re.I)
_ON_GOES_ON = lazy_compile(r"\son\s+(?:an?\s+)(?!(?:plea|charge|count|bond|bail|day|date|\w+day)\b)[a-z]"
                         # "trespassing on federal property", "possession of a weapon on school grounds"
                         r"|\son\s+(?:school|federal|government|public|state|private|military|tribal|university|college|church"
                         r"|airport|hospital|railroad|park)\s+(?:grounds|property|land|lands|premises|campus)\b")
# "violating a lawful general order on hazing", "breaking a regulation on fraternization": the rule's topic names the
# offence; a protective order "on two occasions" or "on Tuesday" is only when it was broken, so the rule must be a
# general one and the topic a plain noun
_RULE_BEFORE_ON = lazy_compile(r"\b(?:(?:lawful|general)\s+orders?|regulations?|polic(?:y|ies)|directives?)$")
_RULE_TOPIC_ON = lazy_compile(r"\son\s+(?!(?:the|a|an|his|her|their|its|him|them|it|this|that|multiple|several|numerous|many|various|one|two|three"
                            r"|four|five|six|seven|eight|nine|ten|at|or|and|probation|parole|bail|bond|appeal|purpose|base|duty|board|record)\b)"
                            r"(?!\w+day\b)[a-z][a-z-]+")
_WHILE_GOES_ON = lazy_compile(r"\swhile\s+(?:intoxicated|impaired|under\b|(?:driving|operating)\s+(?:under|while|with|a|an|the)\b|DUI|DWI|OWI|OVI|licen[cs]e|ability|drunk|high|suspended|revoked|disqualified|banned"
                            r"|uninsured|unlicen[cs]ed|prohibited|barred|subject\s+to|unfit"
                            # Australia: "... causing death while adversely affected by an intoxicating substance"
                            r"|(?:adversely\s+)?affected\s+by|on\s+bail|in\s+possession\s+of|carrying\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:weapon|knife|firearm|gun)"
                            # Britain: "driving while over the prescribed limit", "... over the drink-drive limit"
                            r"|over\s+the\s+(?:[\w-]+\s+){0,2}?limit|using\s+a\s+(?:hand-?held\s+)?(?:mobile|cell)"
                            # ("driving under the influence while transporting a minor": a child aboard makes it graver)
                            r"|transporting\s+(?:an?\s+)?(?:minors?|child(?:ren)?|juveniles?)\b"
                            r"|committing|engag(?:ed|ing)|trafficking|possessing|armed|masked|attempting|fleeing|eluding|on\s+(?:probation|parole))")


def _without_condition(phrase: str) -> str:
    """The offence's name without its "while ..." condition when the condition is a statute's (at most eight words)."""
    at = phrase.find(" while ")
    if at < 0 or not _WHILE_GOES_ON.match(phrase, at) or len(phrase[at:].split()) > 9:
        return phrase
    return phrase[:at]

# "possession of a weapon during a violent crime", "during the commission of a felony"
# ("false statements during the purchase of a firearm": the dealing the statute guards, as with "in the purchase of")
# ("brandishing a firearm during and in relation to a crime of violence": the federal gun statute's paired prepositions
# share the crime they govern)
_DURING_AND = lazy_compile(r"\sduring\s+and\s+in\s+relation\s+to(?=\s)")
_DURING_GOES_ON = lazy_compile(r"\sduring\s+(?:the\s+(?:commission|purchase|acquisition|sale|transfer)\s+of\b|"
                             # (Ireland's "producing an article capable of inflicting serious injury during the course of a dispute")
                             r"the\s+course\s+of\s+an?\s+(?:dispute|fight|quarrel|affray|brawl|argument)\b|(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:crimes?|felony|felonies"
                             r"|offen[cs]es?|robbery|burglary|assault|kidnapping|drug\s+trafficking)\b)")
# "using campaign funds for personal expenses": the purpose is part of the offence
# ("transporting migrants for financial gain", "for commercial advantage": the smuggling statute's aggravating purpose)
_FOR_GOES_ON = lazy_compile(r"\sfor\s+(?:(?:personal|private|(?:his|her|their)\s+own)\s+(?:use|expenses|gain|benefit|purposes|enrichment)\b"
                          r"|(?:(?:private|personal)\s+)?(?:financial|commercial|monetary)\s+(?:gain|advantage|benefit)\b"
                          r"|(?:sale|supply|distribution|the\s+purpose\s+of|hire|reward|profit)\b"
                          # ("permitting premises to be used for the supply of class A drugs": the use the law forbids)
                          r"|the\s+(?:supply|sale|production|cultivation|manufacture|smoking)\s+of\b"
                          # ("driving while disqualified for a third or subsequent time": New Zealand's graded offence)
                          r"|(?:a|the)\s+(?:second|third|fourth|fifth)\s+or\s+subsequent\s+time\b"
                          # ("accessing a computer system for a dishonest purpose": New Zealand's Crimes Act names the purpose)
                          r"|(?:an?\s+)?(?:dishonest|fraudulent|improper|corrupt|unlawful)\s+(?:purpose|intent|advantage)\b"
                          # ("possessing dogs for fighting", "keeping animals for fighting": the animal fighting statute's use)
                          r"|fighting\b(?!\s+(?:for|against|back|off)\b)"
                          # "transporting dogs for use in an animal fighting venture", "... for an animal fighting venture": the
                          # use or venture a statute names the deed for
                          r"|use\s+(?:in|by|as|at)\b|(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:venture|enterprise)\b"
                          # "failure to stop for a school bus", "failing to yield for an emergency vehicle": what the duty is owed to
                          r"|(?:an?|the)\s+(?:stopped\s+|stopping\s+)?(?:school\s+bus|emergency\s+vehicle|(?:police|patrol)\s+(?:officer|car|vehicle))\b)")
_HATE_CRIME_BEFORE = lazy_compile(r"\bhate\s+crimes?$")
# (a statute's object is bare, "damaging religious property"; "for burning a mosque" tells the deed, an article's object)
_GERUND_NEXT = lazy_compile(r"[a-z]+ing\s+(?!(?:an?|the|his|her|their|its|\d)\b)")
# The motive a hate-crime statute names: "because of the race of", "because of the victim's actual or perceived religion"
_BIAS_MOTIVE = lazy_compile(r"\sbecause\s+of\s+(?:(?:the|his|her|their|its)\s+)?(?:(?:[\w'\u2019-]+\s+){0,2}?(?:actual\s+or\s+perceived\s+))?"
                          r"(?:race|religion|religious|color|colour|ethnicity|ethnic|national\s+origin|sexual\s+orientation|gender"
                          r"|disability)\b")
# "driving after revocation", "illegal reentry after deportation": the earlier order the statute names goes on after "after"
_AFTER_GOES_ON = lazy_compile(r"\safter\s+(?:(?:licen[cs]e|permit)\s+)?(?:revocation|suspension|cancell?ation|disqualification|deportation|removal"
                            r"|being\s+(?:deported|removed|declared|adjudged|adjudicated|barred|excluded)|the\s+fact)\b")
# "embezzlement from a labor organization", "theft from a vulnerable adult": whom the taking was from names the offence
# ("fleeing from a police officer", "escape from a penal institution": what was fled names the offence the same way)
_TAKES_FROM = lazy_compile(r"(?:theft|embezzlement|larceny|robbery|stealing|embezzling|extortion|misappropriation|fleeing|eluding|escape"
                         r"|escaping|flight|smuggling\s+(?:[\w-]+\s+)?goods)$", re.I)
# A verb of hindering with its object, just before "from": "prevent federal officers", "deter a witness", "keeping her"
_HINDERS_FROM = lazy_compile(r"\b(?:prevent|keep|stop|deter|discourage|bar|block|hinder|dissuade|restrain|preclude|impede|obstruct)(?:s|ed|ing|ping|ped|red|ring)?"
                           r"(?:\s+[\w.'\u2019-]+){1,5}?\s*$", re.I)
_HINDERED_DUTY = lazy_compile(r"\sfrom\s+[a-z]+ing\s+(?:out\s+)?(?:their|his|her|its)\s+(?:official\s+|lawful\s+)?(?:duties|duty|jobs?|work|functions?|office)$")
_GERUND_AFTER_FROM = lazy_compile(r"\sfrom\s+(?:[a-z]+ly\s+)?[a-z]+ing\b")
_FROM_GOES_ON = lazy_compile(r"\sfrom\s+(?:an?|the)\s+(?!(?:\w+\s+)?(?:years?|months?|weeks?|days?|period|time)\b)[a-z]"
                           r"|\sfrom\s+the\s+United\s+States\b")  # "smuggling goods from the United States" (a federal offence's name)
# What a shooting statute guards: "at an occupied motor vehicle", "into an occupied dwelling", "at an occupied structure"
_OCCUPIED = (r"(?:an?\s+|the\s+)?occupied\s+(?:[\w-]+\s+)?(?:dwelling|vehicle|building|structure|home|residence|house|car|automobile"
             r"|conveyance|habitation|aircraft|watercraft|vessel)s?\b")
# "failing to stop at the scene of an accident", "failure to stop after an accident": the named offence goes on
# "cheating at gambling", "discharging a firearm at an occupied vehicle": what a statute's act is aimed at names it too
_SCENE_GOES_ON = lazy_compile(r"\s(?:at\s+the\s+scene\b|after\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:accident|collision|crash)\b"
                            # ("leaving the scene of an accident after causing death": the harm the statute grades it by)
                            r"|after\s+causing\s+(?:(?:serious|grievous|great)\s+)?(?:bodily\s+)?(?:death|harm|injury)\b"
                            r"|at\s+(?:gambling|gaming|cards|" + _OCCUPIED + r"))")
# A statute names an offence by the harm it caused: "causing a fire that caused great bodily injury", "an assault which
# resulted in serious injury"; the relative clause is the offence's own, not a new clause
_AT_ACCIDENT = lazy_compile(r"\sat\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:accident|collision|crash|wreck)\b")
# The tier of an impaired-driving offence, graded by blood alcohol ("DUI at the highest rate of alcohol", "at a high
# rate", "at the general impairment level")
_AT_A_GRADE = lazy_compile(r"\sat\s+(?:an?|the)\s+(?:highest|higher|high|lowest|lower|general(?:\s+impairment)?|aggravated|extreme|super\s+extreme)"
                         r"\s+(?:rate|level|tier|degree)\b")
# A short bracketed particular of an offence, no aside ("(inflict grievous bodily harm)", "(domestic violence)"), the
# list going on after it
# ("possession of a controlled substance (fentanyl) with intent to deliver": the drug named inside the statute's title)
_BRACKETED_PARTICULAR = lazy_compile(r"\((?!(?:a|an|the|his|her|their|its|this|that|which|who|he|she|they|it|prosecutors?|police|now|then"
                                   r"|later|formerly|also|or|and|see|[a-z]+ly)\b)[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,4}\)(?=\s+(?:and|or)\s|,|\s+with\s+(?:the\s+)?intent\b)")
_COUNT_NUMBER = lazy_compile(r"(?i:counts?)\s+(?:\d+|[IVX]+|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
                           r"(?:\s*(?:-|and|through|to)\s*(?:\d+|[IVX]+|(?i:one|two|three|four|five|six|seven|eight|nine|ten)))?")
_COUNT_NUMBER_LABEL = lazy_compile(_COUNT_NUMBER.pattern + r",\s+")
_GRADE_OF_THE_DEGREE = lazy_compile(r"(?i:(?:an?\s+)?(?:felon(?:y|ies)|misdemeanou?rs?)\s+of\s+the\s+(?:first|second|third|fourth|fifth)\s+degree)")
# "Aggravated Robbery (F1) and Having Weapons While Under Disability (F3)", "theft (a Class D felony), and fraud": a
# release's grade in brackets after each offence; the list goes on after it, and the grade is no part of the name
_GRADE_IN_BRACKETS = (r"\s*\((?i:[FM]-?[1-5]|(?:an?\s+)?(?:(?:first|second|third|fourth|fifth)[- ]degree\s+|class\s+[A-Z0-9]{1,2}\s+|level\s+[1-6]\s+)?"
                      r"(?:felony|misdemeanou?r)(?:\s+of\s+the\s+(?:first|second|third|fourth|fifth)\s+degree)?)\)")
_BRACKETED_GRADE = lazy_compile(_GRADE_IN_BRACKETS + r"(?=\s+(?:and|or)\s|,)")
_ENDS_IN_BRACKETED_GRADE = lazy_compile(_GRADE_IN_BRACKETS + r"$")
# The subtype after a state code's spaced hyphen: a few lowercase words closing the item ("- false claim,")
_CODE_SUBTYPE = lazy_compile(r"(?!(?:a|an|the|his|her|their|its|this|that|which|who|and|or|but|not|he|she|they|it|twice|once|again|too"
                           r"|also|all|both|each|one|two|three|four|five|six|seven|eight|nine|ten|[a-z]+ly)\b)[a-z][\w-]*"
                           r"(?:\s+(?!(?:and|or)\b)[a-z][\w-]*){0,2}(?=\s*(?:[,.;]|$)|\s+(?:and|or)\s)")
_DUTY_AFTER = lazy_compile(r"\b(?:stop\w*|remain\w*|render\s+aid|report\w*|(?:leav\w*\s+)?(?:the|an?)\s+(?:[\w-]+\s+)?scene"
                         r"(?:\s+of\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:accident|collision|crash))?|notify\w*|give\s+information)\s*$", re.I)
_RESULT_GOES_ON = lazy_compile(r"\s(?:that|which)\s+(?:(?:allegedly|recklessly)\s+)?(?:caused|causes|cause|resulted\s+in|results\s+in|result\s+in"
                             r"|inflicted|inflicts)\s+(?:[\w-]+\s+){0,3}?(?:death|injury|injuries|harm|damage)\b")
# The harm that ends a statute's name: "... resulting in serious bodily injury or death", "... causing great bodily harm"
_RESULT_TAIL = lazy_compile(r"\s+(?:resulting\s+in|causing|occasioning)\s+(?:(?:great|serious|grievous|substantial|permanent)\s+)?"
                            r"(?:bodily\s+|physical\s+)?(?:injury|injuries|harm|death)(?:\s+or\s+(?:(?:great|serious|grievous|substantial)\s+)?"
                            r"(?:bodily\s+)?(?:injury|harm|death))?$")
# ("murder before the charge was downgraded", "assault before prosecutors reduced it": "before" opening a clause of its own,
# a subject and its finite verb, ends the offence)
_BEFORE_STOPS = lazy_compile(r"\sbefore\s+(?:[A-Z]|an?\b|being|his|her|their|trial|sentencing|pleading|the\s+(?:trial|hearing|court|judge|jury)"
                             r"|it\b|they\b|he\b|she\b|(?:the\s+)?(?:charges?|counts?|prosecutors?|police|authorities|investigators)\b"
                             r"|(?:[\w'\u2019-]+\s+){1,3}?(?:was|were|is|are|had|has|have|would|could|agreed|accepted|reduced|downgraded|dropped|withdrew|amended)\b)")
# After "," / "and" / "or", the list goes on only with another offence, not with a new clause.
_NOT_AN_ITEM = lazy_compile(
    r"(?:the|this|that|these|those|his|her|their|its|all|both|every|each|any|it|them|he|she|they|we|who|whom|whose|which"
    r"|according|after|before|when|while|as|but|then|also|later|including|prosecutors?|police|officials|authorities"
    r"|said|says|court|records|documents|punishable|carrying(?!\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:handgun|gun|firearm|weapon|pistol|knife|rifle|revolver)s?\b)|facing|faces?|faced|could|would|will|was|is|were|are|has"
    r"|had|have|can|may|might|must|an?|not|where|now|each|plus|among|either|neither|nor|both|per|so|yet"
    # ("four charges of indecent assault, relating to offending between 2009 and 2014": what the counts cover)
    r"|relating|related|involving|concerning|covering|arising|stemming|dating|spanning"
    # ("... for arson, down from the 15 years he got in 2019", "up from", "more than before": a comparison, no offence)
    r"|down|up|than|compared)\b"
    # "..., known in Ohio as OVI", "..., and in exchange": an alias or a new clause, never an offence
    r"|(?:in|at|by|with|known|called|dubbed|termed|commonly|better)\b"
    # "..., as well as being ordered to pay", "having served": a passive or perfect clause, no offence ("being concerned
    # in the supply of" is a British offence's name)
    r"|being\s+(?!concerned\b)[a-z]+(?:ed|en)\b|having\s+(?:been|served|spent|paid)\b"
    # "..., federal prosecutors said": the attribution that closes the sentence, whoever its speaker
    r"|(?:\w[\w.'\u2019-]*\s+){1,5}?(?:said|says|say|announced|alleged|stated|reported)\s*[.,;]"
    r"|[a-z]+ed\s*(?:[.,;]|$)"  # "Lee, who is serving 12 years for arson, appealed.": the main clause's verb
    r"|(?:\w+ed|brought|laid|made|taken|sought|won|given)\s+(?:to|that|the|an?|his|her|their|him|them|it|in|on|at|with|for|from|by|up|against"
    r"|out|off|down|guilty|after|before|when|while|during|as|under)\b"
    # "charged with four felonies, accused of handing ...": a participle with its "of" tells the deed, no offence
    r"|(?:accused|suspected|alleged|convicted|acquitted|cleared|found|blamed)\s+(?:of|in)\b"
    # ("..., and found true an allegation that he ...": the jury's finding on an enhancement, a clause of its own)
    r"|f(?:ound|inds?|inding)\s+(?:(?:not\s+)?true|(?:an?|the|two|three|both)\s+(?:[\w-]+\s+){0,3}?(?:allegations?|enhancements?))\b"
    # "..., rejecting a defense request", "..., capping a two-year inquiry": a participle of comment on the verdict or
    # ruling closes the list (no offence is named by such a verb)
    r"|\w+s\s+(?:to|up)\b|(?:admitt|acknowledg|say|tell|claim|insist|explain|apologiz|add|cit|resolv|end|bring|clos|capp|conclud"
    r"|prompt|spark|reject|call|not|hand|clear|pav|deny|deni|grant|overrul|dismiss|describ|argu|sid|wrapp|impos|sentenc|order"
    r"|vow|warn|prais|condemn|mark|conclud|find|rul|determin|hold)ing\b|leaving\b(?!\s+(?:the|an?)\s+(?:[\w-]+\s+)?scene)"
    # "convicted of X, becoming one of the few ...": a participle that tells what the verdict made of them
    r"|(?:becom|mark|render|earn|signal|underscor|highlight|reflect|avoid|avert|spar|forgo|waiv|clos|end)ing\s+(?:one|the|an?|his|her|their|its|only|first|him|them)\b"
    r"|\w+ing\s+(?:that|he|she|they|it|him|them)\b|to\s+(?:run|be|serve|begin|start|follow|pay|complete|spend)\b|contrary\s+to\b|[^a-z]"
    # "... and fell behind on his payments": the subject's next deed, in a past tense without "-ed"
    r"|(?:fell|went|got|took|left|ran|gave|spent|told|paid|began|became|lost|kept|sold|fled|drove|came|held|sent|led|wrote"
    r"|thought|knew|saw|bought|brought|stood|sat|met|owed|remains|remained"
    # ("Lee, who pleaded guilty to forgery and theft, wept as ...": the main clause's verb of how they took the day)
    r"|wept|shook|spoke|rose|sank|wore|slept"
    # "Lee, who was convicted of arson and fraud, shot a guard twice", "..., set fire to the barn": the main clause's
    # verb after the relative clause closes (no offence's name opens with these)
    r"|shot|set|struck|threw|swore|fought|hid|stole|shoved|punched)\b"
    # ("..., fired four rounds": a past tense and its count)
    r"|[a-z]+ed\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|multiple)\s+(?:times|rounds|shots|bullets)\b"
    # "..., and set it aside", "and threw them out": a word with an object pronoun is a verb, never an offence's name
    # (a gerund may take one: "and assaulting him" is an offence told)
    r"|(?![a-z]+ing\b)[a-z]+\s+(?:it|him|them)\b|[a-z]+ed\s+her\s+(?:of|to|on|for|with|in)\b"
    # "five counts of assault, one for each officer hurt": the counts told apart, no further offence
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:for|per|apiece|each|in\s+each|of\s+(?:which|whom|them|those))\b"
    # "..., plus two years of supervised release": a term the sentence adds, never an offence
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)\s+(?:more\s+|additional\s+)?"
    r"(?:years?|months?|weeks?|days?|hours?|decades?)\b")
# Word pairs a statute names as one offence ("aiding and abetting", "child abuse and neglect", "possession and sale");
# each word pairs only with its own partners ("aggravated assault and possession of a firearm" are two offences).
_DRUG_DEALING = r"possession|manufactur\w*|sale|buying|selling|distribut\w*|delivery"
_PAIRS = [(lazy_compile(rf"(?:{left})\s*$", re.I), lazy_compile(rf"(?:{right})\b", re.I)) for left, right in [
    ("aiding", "abetting"), ("breaking", "entering"), ("fleeing", "eluding"), ("assault", "battery"), ("hit", "run"), ("abuse", r"neglect(?!\s+of\b)"),
    # ("conduct prejudicial to good order and discipline", "conduct unbecoming an officer and a gentleman", "entering
    # and remaining in a restricted building": the military and federal codes' fixed pairs)
    ("good order", "discipline"), ("an officer", "a gentleman"), ("entering", "remaining"),
    # (Australia's "break and enter and commit serious indictable offence", "enter dwelling and commit indictable offence")
    ("break", "enter"), (r"\benter(?:\s+(?:an?\s+|the\s+)?(?:dwelling(?:\s+house)?|house|building|premises))?", r"commit\s"),
    # (Britain's and Ireland's "driving without due care and attention", "drunk and disorderly", "drunk and incapable")
    (r"\bdue\s+care", r"attention"), (r"(?:^|\s)drunk", r"(?:disorderly|incapable)"),
    # (the federal code's titles: "fraud and related activity in connection with computers", "... with access devices")
    (r"\bfraud", r"related\s+activity\s+in\s+connection\s+with\b"),
    (_DRUG_DEALING, _DRUG_DEALING)]]
_STATUTE_DISTANCE = lazy_compile(r"\b(?:within|of)\s+(?:\d{1,3}(?:,\d{3})?|one|two|three|five)\s+(?:feet|foot|yards?|miles?|meters?|metres?)\b")
_NOT_AN_OFFENCE = lazy_compile(r"^" + _PURPOSE_VERB + r"|^(?:the|this|that|these|those|his|her|their|all|both|every|any|it|them|him|me|us|you|either|neither|each"
                             # ("the maximum sentence for the most serious charge, whichever is shorter")
                             r"|such|only|same|similar|comparable|like|whichever|whatever|whoever"
                             # ("none of them had been found guilty of anything", "accused of something worse"): an
                             # indefinite pronoun stands for no offence in particular
                             r"|anything|something|nothing|everything)\b"
                             # "indicted on a total of 12 counts, including ...": the tally, whose examples are the offences
                             r"|^(?:an?\s+)?total\s+of\b"
                             # "four of his nine counts of conviction depended on that theory": the counts he stands
                             # convicted on, no offence named
                             r"|^convictions?\b"
                             # "convicted of a crime punishable by ...": a class of crimes, by its penalty
                             r"|^(?:an?\s+)?(?:[\w-]+\s+)?(?:crimes?|felon(?:y|ies)|offen[cs]es?)\s+punishable\b"
                             # "guilty of nine of the 11 counts": a tally, cut at "counts"
                             r"|^of\s+(?:the|his|her|all)\b|^\w+\s+(?:counts?|charges?)$|^(?:counts?|charges?)$"
                             # ("the crimes", "violent crimes", "12 offenses": which or how many; "computer crimes", "sex
                             # offenses" name the area a code's chapter covers, the count as charged)
                             r"|^(?:the|these|those|this|that|his|her|their|its|all|both|such|other|similar|related|several|many|multiple"
                             r"|various|numerous|serious|violent|minor|lesser|additional|new|further|prior|past|earlier|more|any|no|\d+|one|two|three"
                             r"|four|five|six|seven|eight|nine|ten|[a-z]+ty|dozens|hundreds)\s+(?:offen[cs]es?|crimes?)$"
                             # "dropped the charges against his wife": whose charges, not which
                             r"|^against\b"
                             # "pleaded guilty to a campaign of hoax calls", "to a string of burglaries", "to a yearslong
                             # scheme ...": a run of deeds told as a whole; the counts have names of their own
                             r"|^(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+)?(?:campaign|string|series|spree|wave|rash|streak|litany)\s+of\b"
                             # "pleaded guilty in May without going to trial": the proceeding avoided, not an offence
                             r"|^(?:an?\s+)?(?:jury\s+|bench\s+)?trials?$"
                             # "resisting arrest, a charge prosecutors later dropped": a relative clause without "that"
                             # tells what became of the charge before it; it names no offence of its own
                             r"|^(?![a-z]+ing\b)(?:[\w.'\u2019-]+\s+){1,5}?(?:(?:later|also|eventually|ultimately|since|quickly|subsequently|then|never)\s+)?"
                             r"(?:dropped|dismissed|withdrew|reduced|tossed|rejected|pursued|upheld|amended|threw\s+out|(?:declined|refused)\s+to\s+\w+)"
                             r"(?:\s+[\w-]+){0,5}$"
                             # "faces a civil suit alleging negligent staffing", "a wrongful-death lawsuit": a civil claim
                             # is never a criminal charge, whatever it alleges
                             r"|^(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:law)?suits?\b|^(?:an?\s+|the\s+)?civil\s+(?:[\w-]+\s+)?(?:complaints?|actions?|claims?"
                             r"|cases?|penalt(?:y|ies)|fines?|judgments?|proceedings?|litigation|petitions?)\b"
                             r"|^(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:indictment|complaint|case|trial|information)$"
                             # ("The criminal complaint charges Lee with ...": the charging paper before its verb)
                             r"|^(?:criminal|federal|state|amended|superseding|sealed)\s+(?:indictment|complaint|information)$"
                             # "not guilty of murder, instead convicting him of manslaughter": the next verdict's clause, no offence
                             # ("guilty of felony murder, instead of malice murder": the verdict the jury did not reach)
                             r"|^(?:instead\s+of|rather\s+than)\b"
                             r"|^(?:instead|also|then|later|but)\s+(?:convicting|acquitting|finding|clearing|sentencing)\b"
                             # "charges accusing him of ...", "the remaining two records counts": not an offence's name
                             # (not "murdering her neighbour", "murdering him": the verb names its offence whoever the victim)
                             r"|^(?!murdering\b)\w+ing\s+(?:him|her|them|it|that)\b|^(?:remaining|other|additional|\d+|one|two|three|four|five|six|seven"
                             r"|eight|nine|ten)\b|^(?:felony|misdemeanor|federal|state|criminal|separate|single|new|more|further|similar|possible|serious|other"
                             r"|several|multiple|related|formal|lesser|reduced|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
                             r"|last|final|lone|single|top|lead|main|principal|gravest|heaviest|most\s+serious)$"
                             # "first-degree felonies", "Level 1 felonies", "a Class B misdemeanor": the grade, not the offence
                             # ("acquitted her of a fourth Level 6 count": the grade alone names no offence)
                             r"|^(?:an?\s+)?(?:(?:first|second|third|fourth|fifth|sixth)\s+)?(?:(?:first|second|third|fourth|fifth|\d(?:st|nd|rd|th))[- ]degree|level\s+\w+|class\s+\w+)"
                             r"(?:\s+(?:felon(?:y|ies)|misdemeanou?rs?|offen[cs]es?|crimes?))?$", re.I)
# ("acquitted him of trying to kill a second teenager": an attempt told in plain words, whose offence is the count's own name)
# ("convicted of shoving a police officer": a blow in plain words, never a statute's name)
_CONDUCT = lazy_compile(r"(?:(?:trying|tried)\s+to\s+[a-z]+|killing|murdering|shooting|stabbing|beating|strangling|striking|hitting|raping|robbing|defrauding"
                      # ("for shooting one man and wounding another outside a bar": the harm told, victim by victim)
                      r"|embezzling|siphoning|stealing|shoving|pushing|punching|slapping|kicking|choking|headbutting|elbowing|wounding|injuring)"
                      # (the statute's own generic victim is no victim told: "choking a person without consent",
                      # "assaulting an emergency worker")
                      r"(?!\s+(?:an?other\s+person|a\s+person|a\s+(?:child|minor)|an?\s+(?:police|peace|public|emergency|corrections?)\s+(?:officer|worker|servant|official))\b)"
                      r"\s+(?:an?|the|his|her|their|\d|one|two|three|four|five|more|another|others|[a-z]+(?<!s)s$)\b", re.I)
# "pleaded guilty to stealing oxycodone from a clinic", "convicted of extorting a bar owner": a verb whose offence has a
# noun name (theft, extortion), told with its object. Where other items of the list name offences, the gerund is one of
# the counts as the article lists them ("embezzling union funds, wire fraud and filing a false tax return").
_CONDUCT_VERB = lazy_compile(r"(?:stealing|extorting|swindling|bilking|scamming|cheating|defrauding|embezzling|siphoning|pocketing"
                           r"|skimming|swapping|diverting|killing|murdering|shooting|stabbing|beating|strangling|raping|robbing"
                           # ("orchestrating beatings of inmates", "ordering the killing of a rival": a deed directed, told)
                           r"|bribing|orchestrating|masterminding|ordering|directing|arranging|plotting"
                           # ("convicted of demanding cash from contractors": the extortion told in plain words; Britain's
                           # "demanding money with menaces" is an offence's own name)
                           r"|demanding(?!\s+(?:[\w$]+\s+){0,2}?with\s+menaces\b))(?!\s+at\s)(?!\s+(?:into|on|toward)\s+" + _OCCUPIED + r")\s+[\w$]", re.I)  # ("cheating at gambling", "shooting at an occupied vehicle": statutes)
_FALSE_FILING = lazy_compile(r"^\s*(?:and\s+)?(?:filing|making|submitting)\s+(?:an?\s+)?false\b", re.I)
# "pleading no contest to a drunk-driving crash": the event told, not an offence named
_AN_EVENT = lazy_compile(r"^(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:crash|collision|wreck|accident|incident|fight|brawl|altercation"
                       r"|shooting|stabbing|attack|death|fire)$", re.I)
# ("running an unlicensed day care": a day-care business names the offence, not a term's length)
# ("causing the death of 23-year-old Liam Thornbury", "of a six-month-old baby": an age is no length of a term)
_NOT_CHARGE_WORDS = lazy_compile(r"\b(?:years?(?!\s+(?:of\s+age|old|or\s+(?:older|younger))\b)(?!-old\b)|months?(?!-old\b)|weeks?(?!-old\b)|days?(?![- ]?cares?\b)(?!-old\b)"
                                 r"|prison|jail|sentence|probation)\b", re.I)
# ("smuggling contraband into a federal prison", "escape from the county jail": a statute may name the place it guards;
# any other "prison"/"jail" is a term's, as in "sent to prison for fraud", or a scene's, "inside a county jail garage")
_GUARDED_PLACE = lazy_compile(r"\b(?:into|from)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:prison|jail)\b", re.I)


def _tells_a_term(phrase: str) -> bool:
    return bool(_NOT_CHARGE_WORDS.search(_GUARDED_PLACE.sub(" ", phrase)))


# "The remaining counts, including theft and fraud, will be dropped under the deal": a list's fate told after it
_DROPPED_AFTER = lazy_compile(r",?\s+(?:(?:was|were|(?:has|have|had)\s+been|will\s+be|would\s+be|are\s+to\s+be|are\s+being)\s+"
                            r"(?:later\s+|also\s+|all\s+|since\s+|then\s+)?(?:dismissed|dropped|withdrawn|thrown\s+out|tossed)\b)")


# "found guilty of Manslaughter in the First Degree, a class B violent felony, and Criminal Possession of a Weapon in the
# Second Degree": a prosecutor's release capitalises each offence as the statute's title. A run of capitalised words
# (with the title's small words) right after the trigger, whose head names an offence, is read as if in lower case; the
# citation keeps the article's capitals. ("Hobbs Act robbery", "RICO Act": a statute's own name keeps its capitals.)
_TITLE_RUN = lazy_compile(r"[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|of|an?|the|in|to|from|with|without|by|or|over|under|on|for|\$?\d[\d,]*))+")


_FOR_IN_A_TITLE = lazy_compile(r"\b[A-Z][a-z]+(?P<inner> for )(?=[A-Z][a-z])")


def _read_titles_lowered(text: str, start: int, s_end: int) -> str:
    """The text to read an offence list in: `text` itself, or with the list's clause lowered where it opens with an
    offence written in title case ("Criminal Possession of a Weapon in the Second Degree")."""
    # ("one count each of Insurance Fraud, Theft by Deception and ...": the titles after a count in plain words)
    counted = _COUNT_PREFIX.match(text, start, s_end) if text[start:start + 1].islower() and " of " in text[start:start + 40] else None
    if counted and counted.group():
        start = counted.end()
    if not text[start:start + 1].isupper():
        return text
    # ("Count One, Conspiracy to Commit Bank Fraud, and Count Two, ...": the count's number labels the title after it)
    label = _COUNT_NUMBER_LABEL.match(text, start, s_end) if text.startswith("Count", start) else None
    run = _TITLE_RUN.match(text, label.end() if label else start, s_end)
    if not run or sum(word[0].isupper() for word in run.group().split()) < 2 or re.search(r"\b(?:Act|Code|Law)\b", run.group()) \
            or not _names_offence(run.group().lower()):
        return text
    lowered = text[start:s_end].lower()
    if len(lowered) != s_end - start:
        return text
    if " for " in lowered:
        # "Traveling to Meet a Minor for Unlawful Sexual Activity": a "for" between two capitalised words is inside the
        # statute's title, no stop; the reading writes it in capitals, as the stops are lower-case words (and an all-capital
        # word is read as an acronym, never a person's name)
        for inner in _FOR_IN_A_TITLE.finditer(text, start, s_end):
            lowered = lowered[:inner.start("inner") - start] + " FOR " + lowered[inner.end("inner") - start:]
    return text[:start] + lowered + text[s_end:]


def find_charges(source: Source, sentences: list[tuple[int, int]], about_defendant: Callable[[str], bool],
                 sentenced: frozenset[str] = frozenset()) -> list[Charge]:
    """Each offence named after a charge trigger, with the trigger's status; `about_defendant` is given the
    sentence up to the trigger and says whether the clause is about the case's defendant. `sentenced` are the other
    people the article tells a sentence of (co-defendants): their own pleas and verdicts are the case's too, each
    charge under its subject."""
    charges = _charges_in(source, sentences, about_defendant, sentenced)
    if not any(charge.subject is None for charge in charges):
        # A live blog's "What we know" bullets ("- A jury convicted him in February of wire fraud, ...") sum the story
        # up above it, and the updates below may never name the counts again: where the body names none, the bullets do
        bullets = [span for p in source.paragraphs if p.kind == "heading" and BULLET.match(source.text, p.start)
                   for span in split_sentences(source.text, p.start, p.end)]
        if bullets:
            for charge in _charges_in(source, bullets, about_defendant, sentenced):
                _add_charge(charges, charge)
    return [_tidied(source, charge) for charge in charges]


# What tells a count apart from the others, never part of its offence: "a separate embezzlement charge" was dropped
_COUNT_MODIFIER = lazy_compile(r"(?:separate|additional|further|related|another|remaining|lesser|new|original)\s+(?=[a-z])")


# The statute a British or Irish report cites after the offence: "money laundering contrary to Section 7 of the
# Criminal Justice (Money Laundering and Terrorist Financing) Act 2010" (the reading may stop inside its brackets)
_CONTRARY_TO = lazy_compile(r",?\s+contrary\s+to\s+.*$")


def _tidied(source: Source, charge: Charge) -> Charge:
    """The charge named without the word that sets its count apart ("separate embezzlement" is embezzlement) and without
    the statute cited after it ("theft contrary to section 1 of the Theft Act" is theft)."""
    start, end = 0, len(charge.text)
    modifier = _COUNT_MODIFIER.match(charge.text)
    if modifier and _names_offence(charge.text[modifier.end():]):
        start = modifier.end()
    statute = _CONTRARY_TO.search(charge.text, start)
    if statute and _names_offence(charge.text[start:statute.start()]):
        end = statute.start()
    if (start, end) == (0, len(charge.text)):
        return charge
    cut = len(charge.text) - end
    return Charge(charge.text[start:end], [source.cite(c.start + start, c.end - cut) if c.source == source.id else c
                                           for c in charge.citations], charge.status, charge.subject)


def _charges_in(source: Source, sentences: list[tuple[int, int]], about_defendant: Callable[[str], bool],
                sentenced: frozenset[str] = frozenset()) -> list[Charge]:
    """The charges `sentences` name (find_charges)."""
    text = source.text
    charges: list[Charge] = []
    named_by_verdict = False  # a verdict or plea names the offences in so many words
    # Offences whose status a general trigger guessed ("nine years for manslaughter": convicted); a plea or verdict
    # read later in the article says it better ("pleaded guilty to manslaughter").
    guessed: set[str] = set()
    labels: set[tuple[int, int]] = set()  # offences named only as a label of counts ("on murder charges")
    # A lawyer's statement that the jury "acquitted him of lying to agents" is the speaker's gloss, not the charge's name.
    speech = [(q.start, q.end) for q in quoted_segments(text, source.body()) if len(text[q.start:q.end].split()) > 6]
    about_defendant = _reading_epithets(about_defendant)
    joint: Optional[bool] = None  # several defendants sentenced together (asked when another's plea or verdict is met)
    # Another person's "conspiracy to commit X" (status, start, end, name), kept in case X is the defendant's own count
    conspirators: list[tuple[str, int, int, str]] = []
    for index, (s_start, s_end) in enumerate(sentences):
        told_on = sentences[index + 1][1] if index + 1 < len(sentences) else s_end  # this sentence and the next
        carried = None  # the co-defendant a sentence's opening "He"/"She" goes on with, in a story of several sentenced
        if index and _someone_elses(text, sentences[index - 1], s_start, about_defendant):
            # "Ann Roe, 29, received 70 months. She pleaded guilty to ...": in a story of several defendants sentenced
            # together, the pronoun's plea is a co-defendant's count of the case, not an outsider's
            named = _NAMED_SUBJECT.match(text, sentences[index - 1][0], sentences[index - 1][1])
            if named and joint is None:
                joint = sentenced_together(source)
            if not (named and joint):
                continue
            carried = named.group("name")
        if _QUESTION.search(text, s_start, s_end):
            continue  # "Does 42 months for a fraud deter anyone?": an essay's question asserts no charge
        read: list[tuple[int, int]] = []  # lists already read, from trigger to last offence
        # Specific triggers first: a charge found twice keeps the status of the first, most specific, trigger.
        lowered = text[s_start:s_end].lower()
        for trigger in _TRIGGERS:
            if not any(needle in lowered for needle in trigger.needles):
                continue
            for m in trigger.pattern.finditer(text, s_start, s_end):
                if trigger.general and trigger is not _KNOWN_AS and any(r_start <= m.start() < r_end for r_start, r_end in read):
                    continue  # "a single count of X and Y" was read whole; its "count of" opens no second list
                    # (an aside inside the list still names the count's other name: "X \u2014 known as Y \u2014 and Z")
                if any(q_start <= m.start() < q_end for q_start, q_end in speech):
                    continue
                before = text[s_start:m.end()]
                own_plea: Optional[str] = None
                # (the court's clause after a count told first is about the case's defendant: "For theft, the judge imposed")
                ours = about_defendant(before) or trigger is _COUNT_SENTENCED_FIRST
                subject = None if ours else _second_defendant(text, before, about_defendant)
                tail = _SEMI_CLAUSE.split(before)[-1]
                if ours and tail != before and not about_defendant(tail):
                    # "Jurors convicted Ed Cole of arson; his wife, Ann Cole, pleaded guilty to ...": the clause's own subject
                    subject = _second_defendant(text, tail, about_defendant)
                if ours and _someone_else_held(text, tail, about_defendant):
                    conspirators += _conspiracy_counts(text, trigger, tail, m.end(), s_end, told_on)
                    continue
                if subject and trigger.status in _VERDICT_OR_PLEA and _sentenced_next(text, s_end, told_on):
                    # "Her husband, Ed Roe, 61, pleaded guilty to X. He received a conditional discharge": the story
                    # sentences the relative too, so he is its second defendant and X is his own count in it
                    own_plea = subject
                if carried and not ours and subject is None and trigger.status in _VERDICT_OR_PLEA and re.match(r"\s*(?:He|She)\s", before):
                    ours = True
                if not ours and subject is None and trigger.status in _VERDICT_OR_PLEA and _NAMED_SUBJECT.match(before):
                    # "Three men were sentenced ... Ed Roe pleaded guilty to X": each one's plea is the case's
                    if joint is None:
                        joint = sentenced_together(source)  # "Three men have been sentenced ...": each named is a defendant
                    ours = joint
                    named = _NAMED_SUBJECT.match(before)
                    if not ours and named and (_SENTENCED_TOO.search(before) or _sentenced_before(text, sentences, index)):
                        # "Ed Roe, 22, who drove him there, received eight years after pleading guilty to X": an
                        # accomplice sentenced in the same story; the plea is his, printed with his name
                        # ("A Dayton man has been sentenced to life. Ed Roe, 30, was convicted in May of X": the
                        # nameless lede's man, named in the next sentence)
                        subject = own_plea = named.group("name")
                if not ours and subject is None and trigger.status in _VERDICT_OR_PLEA and _SENTENCED_TOO.search(before):
                    # "The boy's mother, Ann Roe, 24, received 20 years after pleading guilty to X": the relative named
                    # in apposition, sentenced in the same story; the plea is hers, printed with her name
                    # (only where the headline or lede tells that relative's sentence too, "... as mother heads to
                    # prison": a story of both; "Her partner, Bo Lee, got probation" in a story of one is background)
                    apposed = _APPOSED_NAME.match(before)
                    if apposed and not about_defendant(apposed.group("name")) and _told_up_top(source, apposed.group("role")):
                        subject = own_plea = apposed.group("name")
                if not ours and subject is None and trigger.status == "charged" and "charged" in before:
                    # "... an indictment against Ed Roe and against Ann Lee. Lee is charged with paying bribes": a person
                    # charged in one paper with the defendant is a co-defendant, whose counts are the case's
                    named = _NAMED_SUBJECT.match(before)
                    if named and _charged_together(text, sentences, named.group("name"), about_defendant):
                        subject = own_plea = named.group("name")
                co_defendant = _CO_DEFENDANT_NAMED.match(_SEMI_CLAUSE.split(before)[-1]) \
                    if not ours and subject is None and trigger.status in _VERDICT_OR_PLEA else None
                if co_defendant and not about_defendant(co_defendant.group("name")):
                    # "His co-defendant, Ann Lee, 29, pleaded guilty to X": the article calls her part of the case, so
                    # her count is the case's, printed under her name
                    subject = own_plea = co_defendant.group("name")
                if not ours and subject is None and trigger.status in _VERDICT_OR_PLEA:
                    # "Doyle, from Erdington, had admitted two counts of X" where the story gives Doyle's sentence too:
                    # a co-defendant's plea, printed under his name
                    subject = own_plea = _sentenced_subject(_SEMI_CLAUSE.split(before)[-1], sentenced)
                if not ours and subject is None:
                    conspirators += _conspiracy_counts(text, trigger, before, m.end(), s_end, told_on)
                if (not ours and subject is None) or (trigger.exposure and (_PAST_TERM.search(before) or _tells_exposure(before))) \
                        or _ANYONE.search(before) or _A_GROUP.search(_COURT_OF.sub(r"\1", before)) or _GENERIC_PLURAL.search(before) or _HISTORY.search(_clause_tail(before)) \
                        or (("not" in before or "never" in before or "n't" in before or "n\u2019t" in before) and _DENIED_CHARGE.search(_clause_tail(before))) \
                        or _generic_subject(before, text[m.end():s_end]):
                    continue
                reading = _read_titles_lowered(text, m.end(), s_end)
                offences = _offences(reading, m.end(), s_end)
                if _NOUN_TRIGGER.search(m.group()):
                    # "Lee's conviction for perjury rested on ...": the offence named as a subject ends at its verb
                    offences = [(c_start, min(c_end, _ITS_VERB.search(reading, c_start, s_end).start())) if _ITS_VERB.search(reading, c_start, s_end)
                                else (c_start, c_end) for c_start, c_end in offences]
                if trigger.named_only and not any(_names_offence(reading[c_start:c_end]) for c_start, c_end in offences):
                    continue  # "admitted to police that ...", "sentenced for six years": no offence named
                offences += _after_aside(reading, offences, m.group(), s_end)
                offences += _gapped_business(reading, offences, m.group(), s_end)
                named_in = _INCLUDING_AFTER.match(reading, offences[-1][1], s_end) if offences else None
                if named_in:
                    # "of seven counts of fraud and conspiracy, including wire fraud and money laundering": the classes
                    # first, then the counts themselves (each class a label that gives way to a count it covers)
                    more = [(c_start, c_end) for c_start, c_end in _offences(reading, named_in.end(), s_end) if _names_offence(reading[c_start:c_end])]
                    if more:
                        labels.update(offences)
                        offences += more
                offences = [(c_start, c_end) for c_start, c_end in offences if not _against_other(text, c_end, s_end, about_defendant)]
                if len(offences) == 1 and _LABEL.match(text, offences[0][1]) and not re.search(r"\d|\b(?:one|two|three|four|five|six"
                                                                                    r"|seven|eight|nine|ten|single)\s", text[m.start():offences[0][0]]):
                    labels.add(offences[0])
                elif len(offences) == 2 and _LABEL.match(text, offences[1][1]) and all(
                        len(text[c_start:c_end].split()) <= 2 for c_start, c_end in offences) and not re.search(
                        r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|single)\s", text[m.start():offences[0][0]]):
                    labels.update(offences)  # "convicted on federal drug and fraud charges": two labels sharing one noun
                for c_start, c_end in offences:
                    found = trigger.status or (_term_status(before) if trigger.exposure else _status_from(before))
                    if found == "charged" and trigger.status is None and _NO_VERDICT.search(_SEMI_CLAUSE.split(before)[-1]):
                        found = "hung"  # "jurors were deadlocked on the remaining count, one count of X": no verdict on X
                    if trigger.status is None and not _STATUS_WORDS.search(before) and _TERM_FOR.pattern.search(before) \
                            and not _tells_exposure(before):
                        found = "convicted"  # "was given 12 years in prison for two counts of X": a term is for a conviction
                    if trigger.cap:
                        found = "charged" if _FACED.search(text, s_start, m.start()) else _term_status(before)
                    if trigger.status is None and _DROPPED_AFTER.match(text, offences[-1][1], s_end):
                        found = "dismissed"  # "The other charges, including theft, were withdrawn": the verb follows the list
                    if found == "convicted" and _NOUN_TRIGGER.search(m.group()) and (
                            _UNDONE_BEFORE.search(text, s_start, m.start()) or _UNDONE_AFTER.match(text, offences[-1][1], s_end)):
                        found = "dismissed"  # "an appeals court vacated his conviction for theft": no longer a conviction
                        for charge in charges:  # ... whatever an earlier sentence called it
                            charge.status = found if charge.text.lower() == text[c_start:c_end].lower() else charge.status
                    if found == "convicted" and _IF_CONVICTED.search(text, s_start, m.start() + 1):
                        found = "charged"  # "If convicted of arson, Lee faces ...": the verdict supposed, the charge stands
                    if subject and subject != own_plea and found not in ("convicted", "acquitted", "hung") and not _tried_together(text) \
                            and not (found == "pleaded guilty" and _pleas_of_a_pair(text)):
                        continue  # a relative's own plea or charge, with no sign of one trial for both, is their own case
                    key = text[c_start:c_end].lower()
                    if not trigger.general and key in guessed:
                        guessed.discard(key)
                        for charge in charges:
                            charge.status = found if charge.text.lower() == key else charge.status
                    elif trigger.general and all(charge.text.lower() != key for charge in charges):
                        guessed.add(key)
                    if found in ("convicted", "pleaded guilty", "acquitted") and subject is None and not (
                            trigger.general or trigger.exposure or trigger.cap) and not _SUPPOSED_OR_PAST.search(text, s_start, s_end):
                        for charge in charges:  # "charged in 2022 with robbery ... A jury convicted her of robbery": the count's outcome
                            if charge.text.lower() == key and charge.subject is None and charge.status == "charged":
                                charge.status = found
                    if subject and _THE_COUNT_BEFORE.search(text, max(0, c_start - 5), c_start) and _COUNT_AFTER.match(text, c_end) \
                            and any(re.search(rf"\b{re.escape(key)}\b", charge.text.lower()) and len(charge.text) > len(key) for charge in charges):
                        continue  # "Lee is charged with the conspiracy count": the count named above, whole, for the defendant
                    shared = _grade_sharing_the_noun(text, m.end(), c_start, c_end)
                    if shared:
                        _add_charge(charges, Charge(text[shared[0]:shared[1]], [source.cite(*shared)], found, subject))
                    _add_charge(charges, Charge(text[c_start:c_end], [source.cite(c_start, c_end)], found, subject))
                    named_by_verdict |= not trigger.general and found in ("convicted", "pleaded guilty", "acquitted")
                gapped = _gapped_person(reading, offences, m.group(), s_end) if trigger.status in _VERDICT_OR_PLEA and not trigger.general else None
                if gapped:
                    # "Ann Cole was also convicted of perjury, and Ed Cole of tax evasion": the verb left out before the
                    # second person, whose own counts they are (the case's defendant's, or the co-defendant's tried with him)
                    who, more = gapped
                    said = f"{who} was convicted"
                    whose = None if about_defendant(said) else _second_defendant(text, said, about_defendant) or who
                    if whose is None or _tried_together(text):
                        for c_start, c_end in more:
                            _add_charge(charges, Charge(text[c_start:c_end], [source.cite(c_start, c_end)], trigger.status, whose))
                        offences += more
                if offences:
                    read.append((m.start(), offences[-1][1]))
        for status, c_start, c_end in _apposed_counts(text, s_start, s_end) + _labelled_counts(text, s_start, s_end) \
                + _found_true(text, s_start, s_end):
            if about_defendant(text[s_start:c_start]) and not any(r_start <= c_start < r_end for r_start, r_end in read):
                _add_charge(charges, Charge(text[c_start:c_end], [source.cite(c_start, c_end)], status))
    for status, c_start, c_end, name in conspirators:
        # "Lee was convicted of health care fraud ... A third defendant, Bo Park, pleaded guilty to conspiracy to commit
        # health care fraud": a co-conspirator's count in the scheme the defendant's own counts name (not one told by
        # a tie to the defendant, "Lee's bookkeeper, Bo Park": that stays the role holder's own case)
        target = _stem_key(_CONSPIRACY_TO.match(text, c_start, c_end).group("object"))
        if target and any(charge.subject is None and charge.status not in ("dismissed", "acquitted")
                          and (target <= _stem_key(charge.text) or _stem_key(charge.text) <= target) for charge in charges):
            _add_charge(charges, Charge(text[c_start:c_end], [source.cite(c_start, c_end)], status, name))
    for status, subject, c_start, c_end in _listed_counts(text, sentences, about_defendant, [(p.start, p.end) for p in source.paragraphs]):
        for charge in charges:  # "One count of arson" under "He was convicted of:": the list's verb says the status
            if charge.subject == subject and any(c_start <= cite.start < c_end for cite in charge.citations):
                charge.status = status
        _add_charge(charges, Charge(text[c_start:c_end], [source.cite(c_start, c_end)], status, subject))
    # Only where no verdict or plea names the offences: "the murder charge" beside "convicted of murdering"
    # restates, in other words, an offence already read. (A sentence "for hazing" may stand beside "the three
    # manslaughter terms": a sentencing-day story names each offence once, wherever it can.) A weapon count is
    # the exception: "two more years on the felony firearm counts" beside the murder verdict is a count of its own.
    for s_start, s_end in sentences:
        _add_modifier_charges(text, s_start, s_end, charges, about_defendant, source, contraband_only=named_by_verdict)
    # "1 1/3 to 4 years for leaving the scene" beside "leaving the scene of an incident resulting in death": the short form
    # ("20 years for child abuse" beside his co-defendant's plea to "enabling child abuse": another person's count)
    charges = [c for c in charges if c.text.lower() not in guessed or not any(
        other is not c and other.subject == c.subject and len(other.text) > len(c.text) and re.search(rf"\b{re.escape(c.text)}\b", other.text, re.I)
        # ("conspiracy to commit mail fraud" beside "mail fraud": an inchoate offence is a count of its own)
        and not INCHOATE_OFFENCE.match(other.text) for other in charges)]
    # "to be sentenced for a bar assault" beside "five years in prison for second-degree assault": the incident told
    # with an article, whose offence the article names in its own words
    charges = [c for c in charges if c.text.lower() not in guessed or not _told_as_incident(text, c) or not any(
        other is not c and other.text.split()[-1].lower() == c.text.split()[-1].lower() and not _told_as_incident(text, other)
        for other in charges)]
    # "was indicted on murder charges", "convicted of federal tax fraud charges": a lede's label for the counts, which
    # gives way where the article names the counts themselves at the same stage
    # ("also convicted on federal firearms charges" beside "kidnapping" is a count of its own: no word shared)
    charges = [c for c in charges if not all((cite.start, cite.end) in labels for cite in c.citations) or not any(
        other.status == c.status and not all((cite.start, cite.end) in labels for cite in other.citations)
        and _stems(c.text) - {"federal", "state", "felony", "criminal"} & _stems(other.text) for other in charges)]
    if not any(c.subject is None for c in charges) and _A_RELEASE_STORY.search(text):
        for c_start, c_end in _released_for(text, sentences, about_defendant):
            _add_charge(charges, Charge(text[c_start:c_end], [source.cite(c_start, c_end)], "convicted"))
    _mark_undone(text, charges)
    _mark_dropped_back(text, sentences, charges)
    _mark_the_rest_dropped(text, sentences, charges)
    _mark_replaced_by_lesser_homicide(text, charges)
    if source.published is not None:
        charges = _without_old_verdicts(text, sentences, charges, source.published.year)
    # "convicted of second-degree murder ... found guilty of murdering his wife": the verb's "murder" restates the
    # fuller name
    charges = [c for c in charges if not (c.text == "murder" and text.startswith("murdering", c.citations[0].start) and any(
        other is not c and other.text.lower().endswith("murder") and len(other.text) > len(c.text) for other in charges))]
    charges = _without_spelled_acronyms(charges)
    charges = _without_class_restatements(charges)
    # "46 months on the Espionage Act count": a count called by its statute's name alone names the law, not the offence
    # (the article names the offence elsewhere: "willfully transmitting defense information, a violation of the Espionage Act")
    charges = [c for c in charges if not _STATUTE_ALONE.fullmatch(c.text)]
    return _without_told_deeds(sentences, _without_summaries(text, _without_vague(text, charges)))


_OTHER_NAME_ASIDE = lazy_compile(r"(?:an?|the)\s+(?:federal\s+|state\s+|criminal\s+)?(?:crime|offen[cs]e|felony|misdemeanou?r|charge|count)\s+"
                                r"(?:(?:formally|legally|officially|commonly|often|also|better)\s+)?(?:known|called|termed|described|referred)\b")
_ACRONYM = lazy_compile(r"[A-Z]{2,6}")
_STATUTE_ALONE = lazy_compile(r"(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){1,6}(?:Act|Code|Law|Statute)")
# "pleaded guilty to felony assault" in a lede, "entered the plea to third-degree assault" in the body: the class the lede
# gives ("felony", "misdemeanor") restates the graded count the court names
_CLASS_NAMED = lazy_compile(r"(?:(?:gross\s+)?misdemeanou?r|felony)\s+(?P<offence>[a-z][\w\s-]*)", re.I)
_DEGREE_NAMED = lazy_compile(r"(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)[- ]degree\s+(?P<offence>[a-z][\w\s-]*)", re.I)


def _without_class_restatements(charges: list[Charge]) -> list[Charge]:
    """Drop "felony X" where a charge at the same stage names "third-degree X" (_CLASS_NAMED)."""
    def restated(charge: Charge) -> bool:
        named = _CLASS_NAMED.fullmatch(charge.text)
        return bool(named) and any(
            other is not charge and other.status == charge.status and (graded := _DEGREE_NAMED.fullmatch(other.text)) is not None
            and graded.group("offence").lower() == named.group("offence").lower() for other in charges)
    return [c for c in charges if not restated(c)]



def _without_spelled_acronyms(charges: list[Charge]) -> list[Charge]:
    """"operating a vehicle under the influence, or OVI", "driving while impaired (DWI)": the acronym printed right
    after the offence it abbreviates (its letters the initials of that offence's words, in order) is no count of its own."""
    def abbreviates(acronym: Charge, full: Charge) -> bool:
        initials = "".join(word[0] for word in full.text.upper().split())
        letters = iter(initials)
        return (initials[:1] == acronym.text[0] and all(letter in letters for letter in acronym.text)
                and 0 <= acronym.citations[0].start - full.citations[0].end <= 8)
    return [c for c in charges if not (_ACRONYM.fullmatch(c.text) and any(
        other is not c and other.subject == c.subject and abbreviates(c, other) for other in charges))]


# A couple's story tells each spouse's plea as the case's own: "The couple is scheduled to be sentenced Tuesday", "The
# pair's sentencing hearing", "Both pleas were open" (a relative's plea with none of these is their own case)
_PAIR_PLEADED = lazy_compile(r"\b[Bb]oth\s+(?:of\s+them\s+)?(?:pleas|pleaded|admitted)\b"
                           r"|\b(?:[Tt]he|[Aa])\s+(?:[\w-]+\s+)?(?:couple|pair)(?:['\u2019]s\s+sentencing\b"
                           r"|\s[^.;]{0,200}?\b(?:is|are|was|were)\s+(?:scheduled|set|due|expected)\s+to\s+be\s+sentenced\b)")


def _pleas_of_a_pair(text: str) -> bool:
    """Does the story tell two defendants' pleas as one case's (a couple, a pair, "both pleas")?"""
    return ("couple" in text or "pair" in text or "oth " in text) and bool(_PAIR_PLEADED.search(text))


# A bare grade whose noun the next item of the list gives: "three counts of first-degree and two counts of third-degree
# criminal sexual conduct", "one count of second-degree or third-degree assault": the first is "first-degree criminal
# sexual conduct"
_GRADE_BEFORE_SHARED_NOUN = lazy_compile(r"\b(?P<grade>(?:first|second|third|fourth|fifth)-degree)\s+(?:and|or)\s+"
                                       r"(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+counts?\s+of\s+)?$", re.I)
_GRADED_OFFENCE = lazy_compile(r"(?:first|second|third|fourth|fifth)-degree\s+(?P<noun>\S.*)", re.I)


def _grade_sharing_the_noun(text: str, list_start: int, c_start: int, c_end: int) -> Optional[tuple[int, int]]:
    """Where the article writes whole the offence a bare grade names before the graded offence at c_start (a charge
    cites its own words, so only a count the article also names in full elsewhere, "the first-degree criminal sexual
    conduct counts", is read)."""
    graded = _GRADED_OFFENCE.fullmatch(text, c_start, c_end)
    if not graded or "-degree" not in text[list_start:c_start]:
        return None
    bare = _GRADE_BEFORE_SHARED_NOUN.search(text[list_start:c_start])
    if not bare:
        return None
    whole = re.search(rf"\b{re.escape(bare.group('grade'))}\s+{re.escape(graded.group('noun'))}\b", text, re.I)
    return (whole.start(), whole.end()) if whole else None


# "conspiracy to commit health care fraud", "criminal conspiracy to commit robbery": the offence conspired at
_CONSPIRACY_TO = lazy_compile(r"(?:criminal\s+)?(?:conspiracy|conspiring)\s+to\s+commit\s+(?P<object>[\w\s'\u2019-]+)", re.I)
_CONSPIRATOR_NAME = lazy_compile(r"\b(?!(?:Co-?defendants?|Dr|Mr|Mrs|Ms|Judge|Prosecutors?)\b)[A-Z][a-z][\w'\u2019-]*\s+(?:[A-Z]\.\s+)?[A-Z][a-z][\w'\u2019-]*\b(?!['\u2019])")


_SURNAME_SUBJECT = lazy_compile(r"\s*(?P<surname>[A-Z][a-z][\w'\u2019-]+)(?:,\s+\d{1,3},)?\s+(?:also\s+|later\s+|earlier\s+|previously\s+)?"
                               r"(?:pleaded|pled|admitted|was|were|has|had)\b")


# "Lee's bookkeeper, Bo Park, ...", "His brother ...": a subject told by a tie to someone (their own case, unless tried
# together)
_TOLD_BY_A_TIE = lazy_compile(r"\s*(?:His|Her|Their|(?:[A-Z][\w.'\u2019-]*\s+){0,2}[A-Z][\w'\u2019-]+['\u2019]s?)\s+[a-z]")


def _conspiracy_counts(text: str, trigger: "_Trigger", before: str, after: int, s_end: int, told_on: int) -> list[tuple[str, int, int, str]]:
    """Another named person's plea, verdict or charge of conspiring to commit an offence, read from a trigger the
    loop otherwise passes over (the clause is not the defendant's): (status, start, end, their name)."""
    if trigger.status not in ("convicted", "pleaded guilty", "charged") or "conspir" not in text[after:s_end].lower():
        return []
    clause = _SEMI_CLAUSE.split(before)[-1]
    if _TOLD_BY_A_TIE.match(clause):
        # "Lee's office manager, Bo Park, 44, pleaded guilty to conspiracy to commit wire fraud": the role holder named
        # in apposition conspired at the offence the defendant's own counts name (checked by the caller), so the
        # plea is a co-conspirator's in the same scheme; unnamed ("His brother pleaded guilty to ...") it stays theirs
        # Only where the story goes on with the role holder's own sentencing ("He is scheduled to be sentenced by
        # Judge Roe"), as it does for a defendant of its own; not a cooperator's ("... and is cooperating with
        # prosecutors": a deal of her own against the defendant). `told_on` ends the sentence after.
        apposed = _APPOSED_NAME.search(clause)
        name = apposed.group("name") if apposed and trigger.status != "charged" and "cooperat" not in text[after:told_on] \
            and _OWN_SENTENCING.search(text, after, told_on) else None
    else:
        names = list(_CONSPIRATOR_NAME.finditer(clause))
        name = names[0].group() if names else None
        surname = None if name else _SURNAME_SUBJECT.match(clause)
        if surname:
            # "Quill pleaded guilty to conspiracy to commit bribery": a later paragraph calls the conspirator the article
            # named in full above by the surname alone
            full = re.search(rf"\b(?!(?:The|A|An|In|On|At|Mr|Mrs|Ms|Dr)\b)[A-Z][a-z][\w'\u2019-]*\s+(?:[A-Z]\.\s+)?{re.escape(surname.group('surname'))}\b(?!['\u2019])", text)
            name = full.group() if full else None
    if not name:
        return []
    reading = _read_titles_lowered(text, after, s_end)
    return [(trigger.status, c_start, c_end, name) for c_start, c_end in _offences(reading, after, s_end)
            if _CONSPIRACY_TO.match(reading, c_start, c_end)]


# The next sentence goes on with the role holder's own sentence: "He received a conditional discharge", "She was
# given 18 months"
_HIS_SENTENCE_NEXT = lazy_compile(r"\s*(?:He|She)\s+(?:also\s+)?(?:received|got|was\s+(?:sentenced|given|jailed|handed|ordered))\b")


def _sentenced_next(text: str, s_end: int, told_on: int) -> bool:
    """Does the sentence after this one (s_end to told_on) give its subject's own sentence?"""
    return told_on > s_end and bool(_HIS_SENTENCE_NEXT.match(text, s_end, told_on))


def _told_up_top(source: Source, role: str) -> bool:
    """Do the headline or the first body paragraph name the role ("mother", "partner") a relative is told by?"""
    body = source.body()
    top = " ".join([source.title or "", *(source.text[p.start:p.end] for p in body[:1])]).lower()
    return re.search(rf"\b{re.escape(role.lower())}\b", top) is not None


# A lede that sentences someone it does not name yet: "A Dayton man convicted of arson has been sentenced to life"
_NAMELESS_SENTENCED = lazy_compile(r"\s*(?:An?|The)\s+[^.;]{0,120}?\b(?:has\s+been|was|had\s+been)\s+(?:formally\s+)?sentenced\b")


def _sentenced_before(text: str, sentences: list[tuple[int, int]], index: int) -> bool:
    """Is the sentence before sentences[index] a lede sentencing a person it leaves unnamed, so this sentence's named
    subject is that person?"""
    if not index:
        return False
    p_start, p_end = sentences[index - 1]
    return "sentenced" in text[p_start:p_end] and bool(_NAMELESS_SENTENCED.match(text, p_start, p_end))


# The aggravations a Scots indictment lists after "assault to ...": "permanent disfigurement", "the danger of life"
_SCOTS_AGGRAVATION = lazy_compile(r"(?:(?:severe|permanent)\s+(?:injury|disfigurement|impairment|disability)|(?:the\s+)?danger\s+of\s+(?:(?:his|her|their)\s+)?life)$")


# The story tells a person's own sentencing: "He is scheduled to be sentenced on May 2", "She received probation"
_OWN_SENTENCING = lazy_compile(r"\b(?:(?:scheduled|set|due|expected)\s+(?:to\s+be\s+|for\s+)sentenc\w*"
                               r"|(?:He|She)\s+(?:also\s+)?(?:received|got|was\s+(?:sentenced|given|jailed|handed|ordered)))\b")


# The name set off by commas after a role: "Lee's office manager, Bo Park, 44, of Erie,"
# A subject the article calls a co-defendant, named in apposition: "His co-defendant and former girlfriend, Ann Lee, 29,"
_CO_DEFENDANT_NAMED = lazy_compile(rf"\s*(?:(?:[Hh]is|[Hh]er|[Tt]heir|[Aa]|[Tt]he|[A-Z][\w'\u2019-]*[\u2019']s)\s+)?(?:[a-z-]+\s+)?{CO_DEFENDANT}"
                                 r"(?:\s+and\s+(?:[a-z-]+\s+){0,2}[a-z-]+)?,\s+(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'\u2019-]+){1,2}),")
_APPOSED_NAME = lazy_compile(r"^[^,]*\s(?P<role>[a-z][\w-]*),\s+(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'\u2019-]+){1,2}),")


# The statuses a defendant's own verdict or plea gives
_VERDICT_OR_PLEA = ("convicted", "pleaded guilty")


# The indefinite article an offence was told with ("sentenced for a bar assault")
_AN_ARTICLE = lazy_compile(r"(?:^|\s)[Aa]n?\s+$")


def _told_as_incident(text: str, charge: Charge) -> bool:
    """Was the offence only ever told with an indefinite article, as one incident ("for a bar assault")?"""
    return all(_AN_ARTICLE.search(text[max(0, cite.start - 6):cite.start]) for cite in charge.citations)


# A year told with the verdict: "In 2012, Lee pleaded guilty to", "was convicted in 2019 of", "... in Kent County in 2015"
_OPENING_YEAR = lazy_compile(r"\s*(?:[Bb]ack\s+)?(?:[Ii]n|[Bb]y)\s+(?:(?:early|late|mid-)?[A-Z][a-z]+\s+)?(?P<year>(?:19|20)\d\d),")
_YEAR = lazy_compile(r"\b(?:19|20)\d\d\b")
_CLAUSE_AFTER = lazy_compile(r"[^,;:.\u2014]*")


_BREACH_OF_SENTENCE = lazy_compile(r"\b(?:breach\w*|violat\w*\s+(?:of\s+)?(?:(?:his|her|their|the)\s+)?(?:probation|parole|supervis\w*|community|release"
                                r"|conditions?|terms?|(?:a\s+)?(?:protection|protective|restraining|no-contact)\s+order)|(?:probation|parole)\s+violation"
                                r"|escape|abscond\w*)\b", re.I)


def _without_old_verdicts(text: str, sentences: list[tuple[int, int]], charges: list[Charge], year: int) -> list[Charge]:
    """ "Court records show Lee was convicted of assault in Kent County in 2019" in a 2024 story about a new charge: a
    verdict or plea dated years before the story, on offences the story's own case never names, is the defendant's
    criminal past, not this case's count. The story must name its own counts elsewhere (an appeal story may tell only
    the old verdict), and a sentence naming any of them is this case's (a resentencing's "convicted in 2015 of murder")."""
    def year_of(charge: Charge) -> int | None:
        cite = charge.citations[0]
        sentence = _sentence_span(sentences, cite.start)
        opening = _OPENING_YEAR.match(text, sentence[0], cite.start)
        years = [int(opening.group("year"))] if opening else []
        years += [int(y) for y in _YEAR.findall(_clause_tail(text[sentence[0]:cite.start]))]
        years += [int(y) for y in _YEAR.findall(_CLAUSE_AFTER.match(text, cite.end, max(cite.end, sentence[1])).group())]
        return min(years) if years else None
    old = {id(c) for c in charges if c.subject is None and c.status in ("convicted", "pleaded guilty")
           and len(c.citations) == 1 and (y := year_of(c)) is not None and y <= year - 2}
    if not old:
        return charges
    own = {_stem_key(c.text) for c in charges if c.subject is None and id(c) not in old}
    # The story's own case must be a pending one ("is charged with"), or the old verdict told from the record ("court
    # records show"): beside this case's own verdicts, or counts only acquitted or dismissed, an older verdict is as
    # likely an earlier step of the same case ("convicted of forgery in 2021; he had already pleaded guilty to theft")
    # A years-old verdict is history only where the sentence marks it as the person's past ("court records show",
    # "previously", "a prior conviction"): a federal story told years into one case dates its own plea just as far back
    # ("who pleaded guilty in 2021 to conspiracy, was charged Tuesday with obstruction").
    pending = any(c.subject is None and id(c) not in old and c.status == "charged" for c in charges)
    old = {i for i in old if any(id(c) == i and _PAST_MARKED.search(text, *_sentence_span(sentences, c.citations[0].start))
                                 for c in charges)}
    if not old:
        return charges
    if not pending:
        if not any(c.subject is None and id(c) not in old and c.status in ("convicted", "pleaded guilty") for c in charges):
            return charges
        own = {_stem_key(c.text) for c in charges if c.subject is None and id(c) not in old}
    # (a new count of breaching the old sentence, "breaching intensive supervision", "probation violation", makes the old
    # verdict the one the story is about)
    if any(c.subject is None and id(c) not in old and _BREACH_OF_SENTENCE.search(c.text) for c in charges):
        return charges
    def sentence_of(at: int) -> int:
        return _sentence_span(sentences, at)[0]
    in_sentence: dict[int, list[Charge]] = {}
    for c in charges:
        for cite in c.citations:
            in_sentence.setdefault(sentence_of(cite.start), []).append(c)
    drop = set()
    for c in charges:
        if id(c) in old:
            group = in_sentence[sentence_of(c.citations[0].start)]
            if all(id(g) in old and not any(_stem_key(g.text) & k for k in own) for g in group):
                drop.add(id(c))
    return [c for c in charges if id(c) not in drop]


_PAST_MARKED = lazy_compile(r"\b(?:(?:court|jail|criminal|public|state|online|prison)\s+records\b|records\s+(?:show|showed|indicate|list)"
                          r"|previously|prior\s+(?:conviction|record|case)|criminal\s+(?:history|record)|unrelated\s+case"
                          r"|(?:has|had)\s+(?:a|two|three|several)\s+(?:prior\s+)?(?:(?:19|20)\d\d\s+)?convictions?"
                          # ("missed it because of a 2019 conviction for burglary": one conviction of the record, dated)
                          r"|\ban?\s+(?:19|20)\d\d\s+convictions?\b"
                          # a punishment already over: "pleaded guilty to burglary and served two years", "released in 2014"
                          r"|\bserved\s+(?:[\w-]+\s+){1,3}?(?:years?|months?|days?|time)\b|\breleased\s+(?:in|from)\b)", re.I)


def _sentence_span(sentences: list[tuple[int, int]], at: int) -> tuple[int, int]:
    return next(((a, b) for a, b in sentences if a <= at < b), (at, at))


def _stem_key(offence: str) -> frozenset[str]:
    """The offence's content words, for "is this the same count": "second-degree murder" and "murder" share one."""
    return frozenset(w for w in _stems(offence) if w not in {"of", "a", "an", "the", "felony", "misdemeanor", "degree", "first",
                                                               "second", "third", "counts", "count", "charges", "charge", "with", "to"})


# The sentence a defendant was released on or served: "was on probation for armed robbery when ...", "who served time for
# burglary, was ordered back to prison", "served 12 years for murder before ..."
_RELEASED_FOR = lazy_compile(r"\b(?:on\s+(?:probation|parole|supervised\s+release|community\s+supervision)|served\s+(?:time|(?:[\w-]+\s+){1,3}?"
                           r"(?:years?|months?)(?:\s+in\s+(?:prison|jail))?))\s+for\s+(?!(?:a|an|his|her|their|the)\s+(?:\d{4}\s+)?(?:[\w-]+\s+){0,3}?"
                           r"(?:conviction|case|offen[cs]e|crime)s?\b)")


# The news of such a story: the release broken or ended, or the sentence itself revisited ("a suspect who was on parole for
# robbery" in a manhunt story names no charge of the case)
_A_RELEASE_STORY = lazy_compile(r"\b(?:violat(?:ed|ing|ion)\s+(?:of\s+)?(?:the\s+)?(?:(?:his|her|their|the)\s+)?(?:terms|conditions|probation|parole|supervised)"
                              r"|revo(?:ked|king|cation)|back\s+to\s+(?:prison|jail)|clemency|commut(?:ed|ation)|pardon|parole\s+board"
                              r"|re-?sentenc(?:ed|ing)|broke\s+the\s+terms|(?:probation|parole)\s+(?:officers?|agents?|hearings?))\b", re.I)


def _released_for(text: str, sentences: list[tuple[int, int]], about_defendant: Callable[[str], bool]) -> list[tuple[int, int]]:
    """A revocation or clemency story may name the case's offence only as what the defendant was on probation for or
    served time for; read only where no charge is named otherwise (a new crime's story tells its own charges)."""
    found: list[tuple[int, int]] = []
    for s_start, s_end in sentences:
        for m in _RELEASED_FOR.finditer(text, s_start, s_end):
            if about_defendant(text[s_start:m.end()]):
                found += [span for span in _offences(text, m.end(), s_end) if _names_offence(text[span[0]:span[1]])]
    return found


# The deeds of graft and theft a lede tells in plain words ("taking cash and a free roof from a contractor", "squeezing
# vendors for kickbacks", "pocketing donations"), whose offences have formal names; a gerund a statute names an offence
# by ("lying to FBI agents", "falsifying records", "allowing a dog to run at large") is not among them
_DEALING_DEED = lazy_compile(r"(?:taking|accepting|squeezing|shaking\s+down|stealing|pocketing|bilking|swindling|cheating|skimming"
                           r"|siphoning|scamming|extorting|embezzling|diverting|orchestrating|masterminding"
                           r"|funneling|funnelling|steering|rigging|milking|fleecing|looting|raiding)\s+\S"
                           # ("paying doctors to prescribe an opioid": the payment told with the act it bought, beside
                           # the kickback counts named formally)
                           r"|paying\s+(?:[\w-]+\s+){1,2}?to\s+[a-z]+(?<!s)\s")


def _without_told_deeds(sentences: list[tuple[int, int]], charges: list[Charge]) -> list[Charge]:
    """A lede's plain-language deed ("convicted the former mayor of taking cash from a contractor") gives way where the
    article names the defendant's counts formally (bribery, extortion); a deed listed beside named offences in one
    sentence is itself one of the counts ("embezzling union funds, wire fraud and ...") and stays."""
    def sentence_of(charge: Charge) -> tuple[int, int]:
        at = charge.citations[0].start
        return next(((s, e) for s, e in sentences if s <= at < e), (at, at + 1))

    def told(charge: Charge) -> bool:
        return charge.subject is None and bool(_DEALING_DEED.match(charge.text)) and not _names_offence(charge.text)

    named = [c for c in charges if c.subject is None and not told(c) and _names_offence(c.text)]
    if not named:
        return charges
    kept = []
    for charge in charges:
        s_start, s_end = sentence_of(charge)
        if told(charge) and all(cite.start < s_start or cite.start >= s_end for other in charges if other is not charge
                                for cite in other.citations):
            continue
        kept.append(charge)
    return kept




# A line that announces a list of counts below it: "He is charged with:", "Charges:", "The charges against her include:",
# "Lee faces the following charges:", "She pleaded guilty to:"
_LIST_INTRO = lazy_compile(r"(?:\b(?:charged|indicted|arrested|booked|arraigned|convicted|guilty|acquitted|cleared|contest)\s+(?:\w+\s+){0,2}?"
                         r"(?:with|of|on|to)(?:\s+(?:the\s+)?following(?:\s+[\w-]+)?\s+(?:charges|counts|offen[cs]es|crimes))?|\bfac(?:es|ed|ing)\s+(?:the\s+)?(?:following\s+)?(?:[\w-]+\s+)?(?:charges|counts)"
                         r"|^\W*(?:the\s+)?(?:following\s+|criminal\s+|federal\s+|state\s+)?(?:charges|counts)(?:\s+against\s+\w+)?"
                         r"(?:\s+(?:include|are|filed))?)\s*:\s*$", re.I)
_IF_OR_UNLESS_CONVICTED = lazy_compile(r"\b(?:if|unless)\s+(?:\w+\s+)?(?:convicted|found\s+guilty)\b", re.I)
# What a penalty list holds, never an offence's name ("a $250,000 fine", "supervised release", "restitution")
_A_PENALTY = lazy_compile(r"\b(?:fines?|restitution|supervised\s+release|forfeiture|deportation|community\s+service)\b", re.I)
# A bulleted or numbered line ("- arson", "\u2022 theft", "2. Burglary")
_BULLET = lazy_compile(r"\s*(?:[-*\u2022\u25cf\u25aa\u2013]|\d{1,2}[.)])\s+")


# A list line that is one offence by itself, as a release prints it under "convicted of the following charges:": short,
# capitalised, no sentence's closing stop ("Conspiracy to Commit Larceny", "Larceny Over $1,200 (7 counts)")
_BARE_LINE = lazy_compile(r"(?P<offence>[A-Z][^.!?:;\n]{2,100}?)(?:\s+\((?:[^()\n]{1,20})\))?\s*$")


def _bare_lines(text: str, after: int, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The unmarked lines under a list's announcing line, each the whole name of one offence (a count in brackets
    after it is no part of the name); the list ends at the first line that reads as prose."""
    found: list[tuple[int, int]] = []
    for p_start, p_end in (p for p in paragraphs if p[0] >= after):
        for line in re.finditer(r"[^\n]+", text[p_start:p_end]):
            l_start, l_end = p_start + line.start(), p_start + line.end()
            bare = _BARE_LINE.fullmatch(text, l_start, l_end)
            if not bare or len(bare.group("offence").split()) > 12 or _tells_a_term(bare.group("offence")) \
                    or _NOT_AN_OFFENCE.match(bare.group("offence")):
                return found
            found.append((bare.start("offence"), bare.end("offence")))
    return found


def _listed_counts(text: str, sentences: list[tuple[int, int]], about_defendant: Callable[[str], bool],
                   paragraphs: list[tuple[int, int]] = ()) -> list[tuple[str, Optional[str], int, int]]:
    """The offences bulleted under a line that announces them (a news site's "Charges:" box), with the status the
    line's verb gives and, when the line is about another person, whose they are."""
    found: list[tuple[str, Optional[str], int, int]] = []
    for index, (s_start, s_end) in enumerate(sentences):
        intro = text[s_start:s_end]
        if not intro.rstrip().endswith(":") or not _LIST_INTRO.search(intro.rstrip()):
            continue
        before = intro.rstrip()[:-1]
        if _IF_OR_UNLESS_CONVICTED.search(before):
            continue  # "If convicted, Lee faces:": the penalties follow, not the counts
        ours = about_defendant(before)
        subject = None if ours else _second_defendant(text, before, about_defendant)
        if not ours and subject is None:
            continue
        status = _status_from(before)
        following = sentences[index + 1:index + 2]
        if following and not _BULLET.match(text, *following[0]):
            found += [(status, subject, c_start, c_end) for c_start, c_end in _bare_lines(text, s_end, paragraphs)]
            continue
        for i_start, i_end in sentences[index + 1:]:
            bullet = _BULLET.match(text, i_start, i_end)
            if not bullet:
                break
            found += [(status, subject, c_start, c_end) for c_start, c_end in _offences(text, bullet.end(), i_end)
                      if not _tells_a_term(text[c_start:c_end]) and not _NOT_AN_OFFENCE.match(text[c_start:c_end])
                      and not _A_PENALTY.search(text[c_start:c_end])]
    return found


# A lede's category for the counts, not an offence's name: "federal tax crimes", "civil rights violations",
# "drug-related charges", "corruption" in "on federal corruption charges" ("hate crimes", "war crimes" are offences)
_SUMMARY = lazy_compile(r"(?:(?:federal|state|criminal)\s+)?(?P<area>(?:(?!hate\b|war\b)[\w-]+\s+){0,2}?(?!hate\b|war\b)[\w-]+?)"
                      r"(?:-related|\s+(?:crimes|violations|offen[cs]es))$", re.I)
_LABELLED = lazy_compile(r"(?:(?:federal|state|criminal)\s+)?(?P<area>tax|drugs?|narcotics|firearms?|guns?|weapons?|corruption"
                       r"|public\s+corruption|civil\s+rights|sex|immigration|campaign\s+finance|securities|environmental|financial"
                       r"|white-collar|election|ethics)$", re.I)
# The counts each category covers, when the article names them in their own words
_AREAS = [(lazy_compile(area, re.I), lazy_compile(covered, re.I)) for area, covered in [
    (r"tax\w*", r"\btax|\bIRS\b|\breturns?\b"),
    (r"drugs?|narcotics", r"distribut|possess|fentanyl|cocaine|heroin|meth|marijuana|opioid|oxycodone|controlled|narcotic|\bdrug|traffick"),
    (r"firearms?|guns?|weapons?", r"firearm|\bguns?\b|weapon|ammunition|pistol|rifle|\barmed\b|silencer"),
    (r"(?:public\s+)?corruption", r"brib|extortion|kickback|honest\s+services|official"),
    (r"civil\s+rights", r"\brights\b|colou?r\s+of\s+law|excessive\s+force"),
    (r"sex", r"\bsex|child|minor|pornograph|enticement|exploitation|rape|molest"),
    (r"immigration", r"re-?entry|alien|harbou?r|smuggl|visa|immigra"),
    (r"campaign\s+finance|election", r"campaign|contribution|donor|straw|election|ballot|vot"),
    (r"securities", r"securities|insider|trading|\bstock"),
    (r"environmental", r"environment|clean\s+(?:water|air)|waste|dumping|pollut|emission"),
    (r"financial|white-collar", r"fraud|launder|embezzl|\bbank"),
]]


# "found guilty of violating the civil rights of Ann Roe": the rights statute in plain words, the lede's wording of the
# count the article may name formally further down
_PLAIN_RIGHTS = lazy_compile(r"violat\w*\s+(?:the\s+)?(?:civil|constitutional)\s+rights\b", re.I)


def _without_summaries(text: str, charges: list[Charge]) -> list[Charge]:
    """A category the lede gives ("pleaded guilty to federal tax crimes") gives way where the article names the counts
    it covers at the same stage ("one count of tax evasion"); said alone, it is the only wording and stays."""
    def area(charge: Charge) -> str | None:
        if _PLAIN_RIGHTS.match(charge.text):
            return "civil rights"  # (told in plain words, it gives way to "deprivation of rights under color of law")
        summary = _SUMMARY.fullmatch(charge.text)
        if summary and not _names_offence(summary.group("area")):
            return summary.group("area")
        labelled = _LABELLED.fullmatch(charge.text)
        # ("on drug and fraud charges": the first label shares the noun after the second)
        if labelled and all(re.match(r"\s+(?:(?:and|or)\s+[\w-]+\s+)?(?:charges|counts)\b", text[cite.end:cite.end + 40])
                            for cite in charge.citations):
            return labelled.group("area")
        return None
    def covered(charge: Charge, name: str) -> bool:
        for domain, counts in _AREAS:
            if domain.fullmatch(name) or domain.fullmatch(name.split()[-1]):
                return bool(counts.search(charge.text))
        return bool(_stems(name) & _stems(charge.text))
    areas = {id(c): area(c) for c in charges}
    return [c for c in charges if areas[id(c)] is None or not any(
        areas[id(other)] is None and other.status == c.status and other.subject == c.subject and covered(other, areas[id(c)])
        for other in charges)]


# A conviction named as a noun ("his conviction for", "the convictions of Ann Lee on"): its offence may be a subject
# ("His plea on Tuesday to theft came after months of talks": a plea named as a noun ends the same way)
_NOUN_TRIGGER = lazy_compile(r"\b(?:convictions?|pleas?)\b")
# The finite verb that ends an offence named as a subject ("conviction for perjury rested on", "hinges on", "stemmed
# from"), not a participle that names the offence ("theft of property valued at", "a firearm used in", "a felon convicted of")
# ("His convictions on two counts of X each carry up to 15 years": a distributive word before the verb is the clause's)
_ITS_VERB = lazy_compile(r"\s(?=(?:each|both|together|combined)\s+(?:carr(?:y|ies|ied)|calls?|called|brings?|brought|means?|meant)\b)"
                       r"|\s(?=(?!(?:valued|committed|owned|used|issued|insured|involved|based|intended|designed|obtained|stored|held"
                       r"|located|registered|licensed|funded|classified|armed|convicted|prohibited|restricted|controlled|concealed|stolen"
                       r"|made|taken|given|paid|received|sold|purchased|bought|acquired|possessed|carried|transported|delivered)\b)"
                       r"(?:[a-z]{3,}ed|rests|hinges|relies|depends|centers|centres|turns|stems|stands|remains|arises|came|stood|fell|went|grew)"
                       r"\s+(?:on|upon|in|from|to|with|at|out|the|an?|his|her|their|its|that|largely|heavily|solely|mainly|partly|entirely|only|almost)\b)"
                       # ("His plea on Tuesday to theft came after weeks of talks", "Her plea to fraud means she avoids a
                       # trial": a verb of the plea's own that never names an offence ends it, whatever follows)
                       r"|\s(?=(?:came|comes|followed|follows|means|meant|spared|spares|paved|paves|sparked|sparks|prompted|prompts"
                       r"|averted|averts|avoided|avoids|capped|caps|concluded|concludes|marked|marks|ended|ends|brought|brings|saw|sees)\b)")
# An appeal that undid a conviction: "set aside his conviction for", "threw out Lee's conviction on", "reversing the
# conviction of Ann Lee for" ... or says so after the offence: "His conviction for theft was later vacated"
_UNDO = (r"(?:set(?:s|ting)?\s+aside|vacat(?:e|es|ed|ing)|thr(?:ew|own|ows?|owing)\s+out|toss(?:ed|es|ing)?(?:\s+out)?"
         r"|overturn(?:s|ed|ing)?|revers(?:e|es|ed|ing)|quash(?:es|ed|ing)?|str(?:uck|ike|ikes|iking)\s+down|annul(?:s|led|ling)?"
         r"|wip(?:e|es|ed|ing)\s+out|expung(?:e|es|ed|ing)|nullif(?:y|ies|ied|ying))")
# ("overturned Sgt. Ann Lee's conviction": the trigger starts at the surname's possessive)
_UNDONE_BEFORE = lazy_compile(rf"\b{_UNDO}\s+(?:(?:one|part|two|three|some|all|both|each)\s+of\s+)?(?:[A-Z][\w.'\u2019-]*\s+){{0,3}}$")
_UNDONE_AFTER = lazy_compile(rf",?\s+(?:was|were|(?:has|have|had)\s+been|is|are)\s+(?:later\s+|also\s+|since\s+|then\s+|now\s+)?{_UNDO}\b")


_COUNTED = r"(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|remaining|two\s+remaining)\s+)?"
# "the 6th Circuit vacated the money laundering counts", "tossed her bribery conviction", "Her fraud conviction was
# overturned": the offence named only as the modifier of what an appeal undid
# (done, not asked for: "asked the court to vacate the counts" undoes nothing)
_UNDID = (r"(?<!\bto\s)(?:set\s+aside|vacated|threw\s+out|thrown\s+out|tossed(?:\s+out)?|overturned|reversed|quashed|struck\s+down"
          r"|annulled|wiped\s+out|nullified)")
_UNDONE_NAMED = lazy_compile(rf"\b{_UNDID}\s+(?:the|his|her|their|[A-Z][\w'\u2019-]+['\u2019]s)\s+{_COUNTED}"
                           r"(?P<name>(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s+(?:counts?|convictions?|charges?|verdicts?)\b(?!\s+(?:of|against)\b)"
                           rf"|\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+{_COUNTED}(?P<name2>(?:[a-z][\w-]*\s+){{0,3}}?[a-z][\w-]*)\s+"
                           rf"(?:counts?|convictions?)\s+(?:was|were|(?:has|have|had)\s+been)\s+(?:later\s+|also\s+|since\s+|then\s+)?{_UNDID}")


# "Prosecutors had originally charged her with X and Y, but those counts were dismissed", "She was first charged with
# murder. That charge was dropped": a demonstrative points back at the counts just named, in its sentence or the one before
_THOSE_DROPPED = lazy_compile(r"\b(?:[Tt]hose|[Tt]hese|[Tt]hat|[Bb]oth|[Aa]ll\s+(?:of\s+)?(?:those|these|the))\s+(?:(?:two|three|four|five|six|other"
                            r"|original|additional|earlier|initial|felony|state|federal)\s+)*(?:counts?|charges?)\s+(?:(?:was|were|(?:has|have|had)\s+been"
                            r"|will\s+be|would\s+be|are\s+to\s+be|are\s+being|later\s+were)\s+)(?:later\s+|also\s+|all\s+|since\s+|then\s+"
                            r"|eventually\s+|ultimately\s+)?(?:dismissed|dropped|withdrawn|thrown\s+out|tossed)\b")


def _mark_dropped_back(text: str, sentences: list[tuple[int, int]], charges: list[Charge]) -> None:
    """Charges named just before "those counts were dismissed" were given up, not left standing."""
    for index, (s_start, s_end) in enumerate(sentences):
        for m in _THOSE_DROPPED.finditer(text, s_start, s_end):
            for lo, hi in ((s_start, m.start()), sentences[index - 1] if index else (s_start, s_start)):
                named = [c for c in charges if c.status == "charged" and any(lo <= cite.start < hi for cite in c.citations)]
                for charge in named:
                    charge.status = "dismissed"
                if named:
                    break


# The plea deal's fate of every count left: "the government agreed to dismiss the remaining counts", "Prosecutors dropped
# the other charges", "The remaining charges were dismissed" (after a plea to some of the counts an indictment named)
_THE_REST_DROPPED = lazy_compile(
    r"\b(?:dismiss(?:ed|es|ing)?|drop(?:ped|s|ping)?|withdr(?:aw|ew|awn|awing|aws))\s+(?:all\s+(?:of\s+)?)?the\s+(?:remaining|other)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:counts|charges)\b"
    r"|\b[Tt]he\s+(?:remaining|other)\s+(?:[\w-]+\s+){0,2}?(?:counts|charges)\s+(?:(?:was|were|(?:has|have|had)\s+been|will\s+be|would\s+be"
    r"|are\s+to\s+be)\s+)(?:later\s+|also\s+|all\s+)?(?:dismissed|dropped|withdrawn)\b")


# "was originally charged with murder, but the Crown accepted his plea to culpable homicide", "had denied the murder of
# his brother but admitted manslaughter": the lesser homicide a plea or verdict settled on takes the murder count's place
_MURDER_COUNT = lazy_compile(r"^(?!.*\b(?:attempt\w*|conspir\w*|solicit\w*|incit\w*)\b)(?:[\w-]+\s+){0,2}murder\b", re.I)
_LESSER_HOMICIDE = lazy_compile(r"\b(?:manslaughter|culpable\s+homicide)\b", re.I)
# The plea stands: the murder count was dropped or withdrawn for it (not "pleaded not guilty to murder but guilty to
# manslaughter" at arraignment, which the Crown may refuse and try the murder count)
# (the Crown or prosecutors accepting the plea to the lesser charge: "the Public Prosecution Service accepted his plea")
_PLEA_STANDS = lazy_compile(r"\b(?:dropped|withdr[ae]w\w*|accept(?:ed|s)\s+(?:(?:his|her|their|the|a)\s+)?(?:guilty\s+)?pleas?)\b", re.I)


def _mark_replaced_by_lesser_homicide(text: str, charges: list[Charge]) -> None:
    """A murder count that only stood charged is dropped where the same person was convicted of manslaughter or
    culpable homicide, or pleaded guilty to it and the plea stands: the lesser offence replaced it (not "convicted
    of murder and of manslaughter", two counts, nor "attempted murder", another victim's)."""
    settled = {c.subject for c in charges if _LESSER_HOMICIDE.search(c.text) and (
        c.status == "convicted" or c.status == "pleaded guilty" and _PLEA_STANDS.search(text))}
    if not settled:
        return
    for charge in charges:
        if charge.status == "charged" and charge.subject in settled and _MURDER_COUNT.match(charge.text):
            charge.status = "dismissed"


def _mark_the_rest_dropped(text: str, sentences: list[tuple[int, int]], charges: list[Charge]) -> None:
    """After a plea or verdict on some of the counts, "the remaining counts" dismissed are every count named before
    that still only stood charged ("indicted on arson and assault ... pleaded guilty to arson ... agreed to dismiss the
    remaining counts": assault was given up)."""
    if not any(c.subject is None and c.status in _VERDICT_OR_PLEA for c in charges):
        return
    for s_start, s_end in sentences:
        if "remaining" not in text[s_start:s_end] and "other" not in text[s_start:s_end]:
            continue
        if _THE_REST_DROPPED.search(text, s_start, s_end):
            for charge in charges:
                if charge.subject is None and charge.status == "charged" and all(c.start < s_start for c in charge.citations):
                    charge.status = "dismissed"


def _mark_undone(text: str, charges: list[Charge]) -> None:
    """A conviction an appeal undid, named by its offence as a modifier, is no longer a conviction (resentencing
    stories say which counts were vacated in so many words)."""
    for m in _UNDONE_NAMED.finditer(text):
        name = _stems(m.group("name") or m.group("name2"))
        for charge in charges:
            if charge.subject is None and charge.status in ("convicted", "pleaded guilty") and name <= _stems(charge.text):
                charge.status = "dismissed"




# A sentence that ends in a question mark (before any closing quote or bracket) asks; it reports nothing
_QUESTION = lazy_compile(r"\?[\"\u201d\u2019')]*\s*$")
# The defendant's criminal past, told in the clause that names the offence: "has a 2009 conviction for", "was previously
# convicted of", "his criminal record includes", "served time for" (this case's counts are never told this way)
# "he has not been charged with drunken driving", "none had ever been convicted of a crime", "she wasn't arrested for
# theft": a charge denied is none of the case's (not "he was not convicted of murder", the jury's acquittal on a count)
_DENIED_CHARGE = lazy_compile(r"(?:\bnot|\bnever|n['\u2019]t)\s+(?:(?:yet|ever|since|previously|formally|officially|criminally|also|even|been|be|being)\s+){0,3}"
                              r"(?:(?:charged|indicted|arrested|cited|booked)|(?<=been\s)(?:convicted|found\s+guilty))(?:\s+[\w-]+){0,4}\s*$", re.I)


_HISTORY = lazy_compile(
    r"\b(?:previously|once|formerly)\s+(?:been\s+)?(?:convicted|jailed|imprisoned)\b"
    r"|\b(?:prior|previous|earlier|past|old|older)\s+(?:[\w-]+\s+){0,2}?(?:convictions?|arrests?|records?|cases?)\b"
    r"|\b(?:has|had|have|having|with)\s+(?:an?|one|two|three|four|five|\d+|several|multiple|numerous|many)\s+(?:[\w-]+\s+){0,2}?convictions?\b"
    r"|\b(?:criminal\s+(?:record|history|past)|rap\s+sheet)\b|\bserved\s+time\b", re.I)


# Where a clause of its own starts inside a sentence
_SEMI_CLAUSE = lazy_compile(r"[;\u2014]|\s--\s")


def _sentenced_subject(clause: str, sentenced: frozenset[str]) -> Optional[str]:
    """The person of `sentenced` who opens the clause as its subject, by full name or surname ("Marcus Doyle, 31,
    from Erdington, had admitted", "Doyle later pleaded guilty to"), or named after a description of who they are
    ("The other, Kaden Thurlow, then 17, pleaded guilty", "A second man, Kaden Thurlow, pleaded")."""
    for name in sorted(sentenced):
        surname = name.split()[-1]
        if re.match(rf"\s*(?:(?:His|Her|Their)\s+(?:[\w-]+\s+){{0,2}}?|(?:The|A|An|One)\s+(?:[\w-]+\s+){{0,3}}?[\w-]+,\s+)?"
                    rf"(?:[A-Z][\w'\u2019-]+\s+){{0,2}}{re.escape(surname)}\b(?![\u2019']s)", clause):
            return name
    return None
def _clause_tail(before: str) -> str:
    """The clause a trigger stands in: the words after the last comma, semicolon or dash before it ("Lee, who has
    prior convictions, is charged with": "is charged with")."""
    return re.split(r"[,;\u2014]|\s--\s", before)[-1]


# "an elected official convicted of ... must give up the office", "anyone found guilty of ...": a rule about whoever is
# convicted. "any"/"anyone" always say so; "a"/"an" only where a rule's verb follows ("A Troy man convicted of arson was
# sentenced" is the defendant).
# ("lets a judge bar anyone convicted of animal abuse from owning pets": "anyone" is nobody in particular wherever it stands)
_ANY_ONE = lazy_compile(r"(?:^|[,;:]\s*|\b(?:law|rules?|statute|constitution|code)\s*,?\s+|\s(?=[Aa]ny(?:one|body)\s))(?P<det>[Aa]ny(?:one|body)?|[Ee]very(?:one)?|[Nn]o|[Aa]n?|[Ss]omeone)\s+"
                      r"(?:[\w-]+\s+){0,3}?(?:who\s+(?:is|was|has\s+been)\s+)?(?:convicted|found\s+guilty|charged|accused|sentenced)\b[^,;]{0,40}$")
_A_RULE = lazy_compile(r"\b(?:must|shall|cannot|can't|can\s+not|may\s+not|automatically|forfeits?|loses?|is\s+(?:barred|required|ineligible"
                     r"|disqualified|prohibited|removed|expelled|stripped)|has\s+to)\b")


def _generic_subject(before: str, after: str) -> bool:
    """Is the trigger's subject anyone at all, in a rule the article explains?"""
    m = _ANY_ONE.search(before)
    if m is None:
        return False
    # ("A person convicted of vehicular homicide faces up to 15 years": the statute's anyone, by a head noun no defendant has)
    return not re.fullmatch(r"[Aa]n?", m.group("det")) or bool(_A_RULE.search(after)) \
        or bool(re.match(r"\s*(?:[\w-]+\s+){0,2}?(?:person|individual|offender|defendant)\s", before[m.end("det"):]))  # "a first-time offender"


# "The former Arizona Rattlers linebacker, now 29, pleaded guilty": a team, firm or place named as a modifier of the
# defendant's epithet is nobody's name; the head noun after it says who the clause is about.
_EPITHET_NAME = lazy_compile(r"\b((?:[Tt]he|[Aa]n?)\s+(?:(?:former|ex|onetime|one-time|longtime|retired|then|erstwhile|disgraced|veteran)[\s-]+)?)"
                           r"((?:[A-Z][\w.'\u2019&-]*\s+){1,4})(?=[a-z][\w-]*\b)(?![a-z]+ed\b|(?:was|is|has|had|will|would|pled|said|says|and|or)\b)")


# "a panel of Navy officers convicted him", "a jury of his peers found": the people who make up the court, never the
# people charged (read as the bare "panel", so the clause's subject is the court)
_COURT_OF = lazy_compile(r"\b(panel|jury|board|court|tribunal|bench)\s+of\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]*s\b(?=\s+(?:[a-z]+ly\s+)?[a-z]+ed\b)")


# "The former manager of pop singer Bo Park was sentenced", "A longtime aide to state Sen. Bo Park pleaded guilty": a
# described subject that owns a name; the name says whose manager or aide, the head noun says who the clause is about
_OWNED_NAME = lazy_compile(r"((?:^|[\u2014\u2013]|\s-|\)|[.!?:])\s*(?:The|An?)\s+(?:(?:[a-z][\w'\u2019-]*|[A-Z]{2,4})\s+){1,6}?"
                         r"(?:of|to|for|with)\s+(?:the\s+)?(?:(?:[a-z][\w-]*|[A-Z]{2,4})\s+){0,3}"
                         r"(?:(?:Sen|Rep|Gov|Lt|Sgt|Dr|Mayor|Rev|Gen|Col)\.?\s+)?)((?:[A-Z][\w.'\u2019-]*\s+){1,3})"
                         r"(?=(?:[a-z]+ly\s+)?(?:was|is|has|had|pleaded|pleads|faces|will|admitted|stands|stood)\b)")


_STANDS_ACCUSED = lazy_compile(r"\b(?:stands|stood)\s+accused\b")
# A relative clause between a named subject and its verb, closed by its comma
_WHO_ASIDE = lazy_compile(r"(?<=[A-Za-z]),\s+(?:who|whom|whose)\b[^,;()\u2014]*,(?=\s)")


# A place named after a preposition of place ("in 40 Mile Creek", "at Lake Vista"), never the clause's subject (not an
# owner's name: "in Lee's trial")
_PLACE_NAMED = lazy_compile(r"(?<![A-Za-z])((?:[Ii]n|at|near|outside)\s+(?:\d+\s+)?)((?:[A-Z][\w.'\u2019-]*(?:\s+|(?=,\s))){1,4})(?=[a-z]|,\s)(?<!['\u2019]s\s)")


def _reading_epithets(about_defendant: Callable[[str], bool]) -> Callable[[str], bool]:
    """`about_defendant`, asked with an epithet's modifier names in lower case, so they are taken for nobody."""
    def about(before: str) -> bool:
        before = _COURT_OF.sub(r"\1", before)
        # ("Lee stands accused of": the verb, which a reading of bare plurals would take for "Lee stands", a group)
        before = _STANDS_ACCUSED.sub("is accused", before)
        # ("Ray Cole, who testified against Lee, pleaded guilty to": the aside names the defendant, its subject is Cole)
        before = _WHO_ASIDE.sub("", before)
        before = _OWNED_NAME.sub(lambda m: m.group(1) + m.group(2).lower(), before)
        # ("The pair were sentenced in Eagle Rock Falls after pleading guilty": a place after "in" or "at" is no subject)
        before = _PLACE_NAMED.sub(lambda m: m.group(1) + m.group(2).lower(), before)
        return about_defendant(_EPITHET_NAME.sub(lambda m: m.group(1) + m.group(2).lower(), before))
    return about


_IF_CONVICTED = lazy_compile(r"\b(?:[Ii]f|[Uu]nless|[Ss]hould)\s+(?:\w+\s+){0,2}?\S$")
# A plural "charges"/"counts" after the only offence a trigger names: the label of a set of counts
_LABEL = lazy_compile(r"\s+(?:charges|counts)\b")
# The counts themselves named after their classes: "..., including wire fraud", "..., among them perjury", "...: theft"
_INCLUDING_AFTER = lazy_compile(r"(?:,\s+|\s+)(?:including|among\s+them|among\s+which|namely|such\s+as)\s+(?=[a-z])")


# "could not agree on a third charge, recklessly causing a fire, and ...", "dismissed the count on which the jury had
# deadlocked, arson": the offence stands in apposition to the count, up to the next comma
_APPOSED_COUNT = lazy_compile(r"\b(?:an?|the)\s+(?:(?:second|third|fourth|fifth|sixth|separate|other|additional|remaining|lone|final"
                            r"|last|single|felony|misdemeanor)\s+)?(?:charge|count)(?:\s+(?:on|of)\s+which\s+[^,.;:]{1,60}?)?,\s+")
_APPOSED_END = lazy_compile(r"[,;:()\u2014\u2013\"\u201c\u201d]|\.(?!\d)|\s--?\s")
_NO_VERDICT = lazy_compile(r"\b(?:deadlock\w*|hung|could\s+not\s+agree|(?:failed|unable)\s+to\s+(?:reach|agree)|mistrial)\b")


# California juries "find true" a special allegation or enhancement beside the verdict: "and found true an allegation
# that he personally discharged a firearm", "Jurors also found true allegations that she was armed". The conduct the
# allegation names is what the defendant answers for, told as the person's deed after "that he (was)"; an allegation
# found "not true" (or rejected) names nothing they answer for. ("found the allegation that he X to be true": the
# same finding with its verdict word last)
_ALLEGED = r"(?:an?\s+|the\s+|two\s+|three\s+|both\s+)?(?:[\w-]+\s+){0,3}?(?:allegations?|enhancements?)\s+that\s+"
_ALLEGED_SUBJECT = (r"(?:he|she|they|(?:[A-Z][\w.'\u2019-]*\s+){0,2}[A-Z][\w'\u2019-]+)\s+"
                    r"(?:(?:had\s+been|has\s+been|was|were|had|is)\s+)?(?=[a-z])")
_FOUND_TRUE = lazy_compile(rf"\bf(?:ound|inds?|inding)\s+(?:(?P<first>true)\s+{_ALLEGED}|(?=(?:an?|the|two|three|both)\s){_ALLEGED}){_ALLEGED_SUBJECT}")
# The conduct ends with its clause, or where the time or occasion of it is told ("at the time of the crash")
_FOUND_TRUE_END = lazy_compile(r"[,;:()\u2014]|\.(?!\d)|\s+-\s|\s+(?:at\s+the\s+time|when|which|as\s+(?:he|she|they)|and\s+that"
                             r"|and\s+(?:was|were)\s+(?:sentenced|ordered))\b|\s+(?:to\s+be\s+)?true\b")


def _found_true(text: str, s_start: int, s_end: int) -> list[tuple[str, int, int]]:
    """The conduct of each special allegation a jury found true (_FOUND_TRUE), with the status "found true"."""
    found: list[tuple[str, int, int]] = []
    for m in _FOUND_TRUE.finditer(text, s_start, s_end):
        stop = _FOUND_TRUE_END.search(text, m.end(), s_end)
        end = stop.start() if stop else s_end
        if not m.group("first") and not (stop and re.match(r"\s+(?:to\s+be\s+)?true\b", stop.group())):
            continue  # "found an allegation that he X" with no verdict word: not a finding of truth
        if re.search(r"\bnot\s*$", text[s_start:m.start()]) or re.search(r"\bnot\s*$", text[m.end():end]) \
                or not 2 <= len(text[m.end():end].split()) <= 14:
            continue
        found.append(("found true", m.end(), end))
    return found


def _apposed_counts(text: str, s_start: int, s_end: int) -> list[tuple[str, int, int]]:
    """Offences named in apposition to "a third count" / "the charge", each with what became of it."""
    found = []
    for m in _APPOSED_COUNT.finditer(text, s_start, s_end):
        stop = _APPOSED_END.search(text, m.end(), s_end)
        end = stop.start() if stop else s_end
        phrase = text[m.end():end]
        if not 2 <= len(phrase.split()) <= 14 or not re.match(r"[a-z]", phrase) or _tells_a_term(phrase) \
                or _NOT_AN_OFFENCE.match(phrase) or _GENERIC.match(phrase) \
                or not (_names_offence(phrase) or re.match(r"(?:[a-z]+ly\s+)?[a-z]+ing\s", phrase)):
            continue  # "the count, prosecutors said, ...", "the charge, a felony, ...": no offence named
        verb = text[s_start:m.start()]
        status = "hung" if _NO_VERDICT.search(verb) and not _STATUS_WORDS.search(verb, _NO_VERDICT.search(verb).end()) \
            else _status_from(verb)
        found.append((status, m.end(), end))
    return found


# Military and statute-led writing labels each offence with its article or section: "charged under Article 120, sexual
# assault; Article 107, false official statements; and Article 134, obstruction of justice", "Penal Code 187 (murder)",
# "Section 1956, money laundering". The label is followed by the offence's name, after a comma or in brackets.
_STATUTE_LABEL = lazy_compile(
    r"\b(?:Articles?|Art\.|Sections?|Sec\.|(?:Penal|Vehicle|Criminal|Crimes|Health\s+and\s+Safety)\s+Code(?:\s+[Ss]ection)?|RCW|ORS"
    r"|\d+\s+U\.?\s?S\.?\s?C\.?(?:\s*\u00a7+)?)\s*\d[\w.:-]*?\w(?:\([a-z0-9]{1,3}\))*"
    r"(?:,\s+(?P<named>[a-z][^,;:()\u2014]{2,90}?)(?=\s*(?:[,;]|\.(?!\d)|$))|\s*\((?P<bracketed>[a-z][^()]{2,90}?)\))")
_LABEL_CONTEXT = lazy_compile(r"\b(?:charg\w*|counts?|convict\w*|guilty|accus\w*|indict\w*|violat\w*|offen[cs]es?|specifications?"
                            r"|court-martial\w*|faces?|facing)\b", re.I)


def _labelled_counts(text: str, s_start: int, s_end: int) -> list[tuple[str, int, int]]:
    """Offences named after their article or section label in a sentence about charges, each with the sentence's status."""
    found: list[tuple[str, int, int]] = []
    for m in _STATUTE_LABEL.finditer(text, s_start, s_end):
        group = "named" if m.group("named") else "bracketed"
        c_start, c_end = m.start(group), m.end(group)
        phrase = text[c_start:c_end]
        if not _LABEL_CONTEXT.search(text, s_start, m.start()) or len(phrase.split()) > 10 or _tells_a_term(phrase) \
                or _NOT_AN_OFFENCE.match(phrase) or _NOT_AN_ITEM.match(phrase) or re.match(r"(?:an?|which|who|that|also|known|and|or|but)\b", phrase):
            continue  # "Section 8, which covers ...", "Article 32, prosecutors said", "§ 1343, and one count of": no offence named
        found.append((_status_from(text[s_start:m.start()]), c_start, c_end))
    return found


_CASE_VERB = lazy_compile(rf"\b(?:charged|indicted|accused|convicted|pleaded|sentenced|{CO_DEFENDANT})\b")


_THE_COUNT_BEFORE = lazy_compile(r"\bthe\s+$")
_COUNT_AFTER = lazy_compile(r"\s+(?:counts?|charges?)\b")
# A charging paper or verb that names two people: "an indictment against Ed Roe ... and against Ann Lee", "charged Ed
# Roe and Ann Lee", "Roe's co-defendant, Ann Lee"
_CHARGING_WORD = lazy_compile(rf"\b(?:indict\w*|charg\w*|complaint|{CO_DEFENDANT})\b")
_JOINED_BEFORE = lazy_compile(rf"(?:\band\s+(?:against\s+|also\s+)?|\b{CO_DEFENDANT},?\s+)(?:[A-Z][\w.'\u2019-]*\s+){{0,3}}$")


def _charged_together(text: str, sentences: list[tuple[int, int]], name: str, about_defendant: Callable[[str], bool]) -> bool:
    """Does a sentence charge `name` jointly with the defendant, the defendant named before "and" ("a 12-count
    indictment against Ed Roe, 59, and against Ann Lee")?"""
    surname = name.split()[-1]
    for s_start, s_end in sentences:
        at = text.find(surname, s_start, s_end)
        while at >= 0:
            if _JOINED_BEFORE.search(text, s_start, at) and _CHARGING_WORD.search(text, s_start, at) \
                    and about_defendant(text[s_start:at]):
                return True
            at = text.find(surname, at + 1, s_end)
    return False


def _someone_elses(text: str, previous: tuple[int, int], s_start: int, about_defendant: Callable[[str], bool]) -> bool:
    """"Also charged was Bo Park, 52. He faces two counts of theft": a pronoun picks up the person the
    sentence before brought into the case, and that person is not the defendant."""
    if not re.match(r"\s*(?:He|She)\s", text[s_start:s_start + 6]):
        return False
    # "The firm's former finance chief, Ann Roe, testified against Lee. She pleaded guilty to ...": a cooperating
    # witness, told by the clause up to the verb (the defendant is the object of "against")
    witness = _TESTIFIED_AGAINST.search(text, previous[0], previous[1])
    if witness:
        return not about_defendant(text[previous[0]:witness.start()])
    if _CASE_VERB.search(text, previous[0], previous[1]) and not about_defendant(text[previous[0]:previous[1]]):
        return True
    # "Pettis suffered a broken eye socket. He was charged with resisting arrest": the pronoun goes on with the
    # sentence before's subject, a named person other than the defendant, when the defendant is not in that sentence
    subject = _NAMED_SUBJECT.match(text, previous[0], previous[1]) or _ROLE_APPOSED_SUBJECT.match(text, previous[0], previous[1])
    return bool(subject and not about_defendant(subject.group("name")) and not about_defendant(text[previous[0]:previous[1]]))


# "The inmate, Ann Roe, then 33, lost two teeth", "A passenger, Bo Lee, was thrown clear": a role word naming its holder
# in apposition opens the sentence, whose subject the next sentence's "He"/"She" goes on with
_ROLE_APPOSED_SUBJECT = lazy_compile(r"\s*(?:The|A|An|His|Her|Their)\s+(?:[\w'\u2019-]+\s+){0,3}?[a-z][\w-]*,\s+"
                                     r"(?P<name>(?:[A-Z][\w'\u2019-]+\s+){0,2}[A-Z][\w'\u2019-]+)(?:,\s+(?:then\s+|now\s+)?\d{1,3})?,\s+(?:also\s+|later\s+)?[a-z]")


# A sentence opened by a bare name as its subject ("Pettis suffered ...", "Ann Roe, 31, was hospitalized ..."); titles
# and officials open with a word of office, which the pronoun after rarely continues
# ("Ann Roe, who drove the car, pleaded guilty to ...": the name with a relative clause after it is the subject too)
# ("Ann Roe, then 19, was hospitalized": the age at the time told, as a bare age is)
# The named subject was sentenced in the same clause: "Ed Roe ... received eight years after pleading guilty to"
_SENTENCED_TOO = lazy_compile(r"\b(?:received|got|drew|was\s+(?:also\s+)?(?:sentenced|given|jailed|ordered))\b")
_NAMED_SUBJECT = lazy_compile(r"\s*(?!(?:The|A|An|He|She|They|It|His|Her|Their|In|On|At|After|Before|When|While|But|And|Judge|Justice"
                            r"|Prosecutors?|Police|Officers?|Detectives?|Sgt|Lt|Det|Capt|Chief|Officials?|Authorities|Jurors|Court)\b)"
                            r"(?P<name>(?:[A-Z][\w'\u2019-]+\s+){0,2}[A-Z][\w'\u2019-]+)(?!['\u2019])(?:,\s+(?:then\s+|now\s+)?\d{1,3},|,(?=\s+who\b))?\s+(?:also\s+|later\s+)?[a-z]")


# "Lee, then a patrol deputy, arrested Ann Roe during a traffic stop on a charge of ...": an arrest the clause's subject
# made, so the charge is its object's (the active verb, not "Lee was arrested on ...")
_ARRESTED_BY = lazy_compile(r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bis\s)(?<!\bget\s)(?<!\bgot\s)"
                          r"\b(?:arrested|detained|stopped|booked|cited|apprehended|handcuffed|pulled\s+over|took\s+custody\s+of)\s+"
                          r"(?P<object>(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]+)\b")
# "Lee's former office manager, who pleaded guilty to ...", "Lee's brother also pleaded guilty to ...": the role holder's
# own case; the possessor is only who they are tied to (not "Lee's lawyer said he pleaded guilty": speech reports his)
# (a named possessor anywhere; "his brother" only opening the sentence, where the "his" is the story's person: after
# "said", a speaker's "he" may not be the defendant)
_ANOTHERS_ROLE = lazy_compile(
    r"(?:^\s*(?:His|Her|Their)\s+|(?:^\s*|\b(?:said|says|that)\s+)(?:[A-Z][\w.'\u2019-]*\s+){0,2}[A-Z][\w'\u2019-]+['\u2019]s?\s+)(?:[\w-]+\s+){0,3}?"
    r"(?:manager|aide|assistant|partner|associate|accountant|bookkeeper|employee|worker|secretary|driver|wife|husband|son|daughter"
    r"|brother|sister|mother|father|girlfriend|boyfriend|fianc[e\u00e9]e?|friend|roommate|co-?worker|colleague|supervisor|subordinate"
    r"|director|treasurer|executive|officer|chief|nephew|niece|cousin|stepson|stepdaughter|bodyguard|lieutenant|deputy|clerk)s?\b"
    r"(?:,\s+(?:who\b(?:[^,;]*,)?|\d{1,3},))?(?:\s+(?!(?:said|says|told|tells|argued|noted|added|wrote|acknowledged|confirmed|insisted)\b)"
    r"[a-z][\w-]*){1,5}\s+$")


def _someone_else_held(text: str, clause: str, about_defendant: Callable[[str], bool]) -> bool:
    """Whether the clause's charge belongs to someone the defendant only arrested, or to a person told by their tie to him."""
    arrest = _ARRESTED_BY.search(clause)
    if arrest and not about_defendant(arrest.group("object") + " "):
        return True
    # (a husband and wife tried together share the case: her verdict stands beside his)
    return bool(_ANOTHERS_ROLE.search(clause)) and not _tried_together(text)


_TESTIFIED_AGAINST = lazy_compile(r"\b(?:testif(?:ied|ies)|cooperated|agreed\s+to\s+testify)\s+(?:\w+\s+){0,2}?against\b")


# "the hate crime charge allowed prosecutors to ...": an offence named only as the modifier of "charge"/"count"
# "each second-degree murder conviction", "the two gross vessel manslaughter counts", "the three manslaughter terms"
# ("Her manslaughter conviction", "Lee's perjury conviction", "the former deputy's 2021 bribery conviction": any determiner,
# a possessive, a year; "terms on four stealing counts": a number alone)
_MODIFIER = lazy_compile(r"\b(?:(?i:the|a|an|his|her|their|each|both|all|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|(?<![\d,.])\d{1,3}(?=\s+[a-z])|[A-Z][\w'\u2019-]+['\u2019]s(?:\s+\d{4})?|(?i:the|an?)\s+(?:[\w-]+\s+)?[a-z][\w-]*['\u2019]s(?:\s+\d{4})?)\s+(?:of\s+(?:the|his|her|their)\s+)?(?:(?:single|felony|misdemeanor|federal|state|original|remaining|lone"
                       r"|two|three|four|five|six|seven|eight|nine|ten|\d+|gross\s+misdemeanor|(?:first|second|third|fourth)-degree|[Cc]lass\s+[A-Z1-6]|[Ll]evel\s+[1-6])\s+)*"
                       r"(?P<name>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?P<noun>charges?|counts?|convictions?|terms|sentences)\b"
                       r"(?!\s+(?:of|against)\b)")
# A finite verb or a people noun never stands inside an offence's name
_NOT_IN_A_NAME = lazy_compile(r"\b(?:face[sd]?|facing|were|are|was|is|has|have|had|defendants?|others|men|women|people|suspects?)\b")
# Words one contraband goes by: "the gun count" restates "possession of a firearm"
_CONTRABAND_FAMILIES = [lazy_compile(r"firearm|\bguns?\b|gun-|weapon|handgun|pistol|rifle|revolver|ammunition|explosive", re.I),
                        lazy_compile(r"drug|narcotic|cocaine|heroin|fentanyl|meth|marijuana|opioid|controlled\s+substance|distribut", re.I)]
_A_TERM_GIVEN = lazy_compile(r"\b(?:years?|months?|weeks?|days?|life|(?:consecutive|concurrent|prison|jail)\s+(?:terms?|sentences?)|[\w-]+-(?:year|month)\s+(?:[\w-]+\s+)?(?:terms?|sentences?))\b", re.I)
# "his prior DUI convictions": an earlier case's
_EARLIER = lazy_compile(r"(?:prior|previous|earlier|past|old|other|former)\b")


# The release an earlier sentence left the defendant on ("on probation for a 2021 theft conviction", "on parole at the time")
_ON_RELEASE = lazy_compile(r"\b(?:on\s+(?:probation|parole|supervised\s+release|bail|bond)|at\s+the\s+time)\b|" + _HISTORY.pattern, re.I)
# The grade told before the offence is part of its name: "the felony theft conviction", "the Class C felony assault count"
# (Indiana's "the three Level 6 neglect counts": a level is the grade the same way a class is)
_GRADE_BEFORE = lazy_compile(r"(?:(?:[Cc]lass\s+[A-Z1-6]|[Ll]evel\s+[1-6]|(?:first|second|third|fourth)-degree|gross)\s+)?(?:felony|misdemeanor)\s+$"
                           r"|(?:[Cc]lass\s+[A-Z1-6]|[Ll]evel\s+[1-6]|(?:first|second|third|fourth)-degree)\s+$")
# Offences whose statutes are named by a gerund ("stealing" in Missouri, "shoplifting", "looting"): before "counts" the
# word is the count's name ("concurrent terms on four stealing counts"), though alone it would tell a deed
_STATUTE_GERUND = lazy_compile(r"(?:stealing|shoplifting|looting|littering|wiretapping|bootlegging|hacking)", re.I)
# A term given in the same sentence: "The judge gave her 18 months on the misdemeanor licensing charge", "On the weapons
# count, he was sentenced to five years": the count named only by what it is about is still the count the term is for
_GIVEN_ON = lazy_compile(r"\b(?:sentenced|imposed|gave|given|received|got|ordered|serve|suspended)\b")


# ", on which Lee was also convicted", ", of which she was acquitted", ", to which he pleaded guilty": the verdict on a
# count told by a relative clause after it
_VERDICT_AFTER = lazy_compile(r",?\s+(?:on|of|to|for)\s+which\s+(?P<clause>(?:(?!(?:was|were|had|has)\b)[\w.'\u2019-]+\s+){1,4}?"
                              r"(?:(?:was|were|had\s+been|has\s+been)\s+)?(?:also\s+|later\s+|eventually\s+|ultimately\s+|then\s+)?"
                              r"(?:convicted|found\s+(?:not\s+)?guilty|acquitted|cleared|pleaded\s+guilty|pled\s+guilty|sentenced)\b)")


# "an obstruction of justice count", "an abuse of office charge": an offence whose name holds its own "of", told before the noun
_OF_NAMED = lazy_compile(r"([a-z][\w-]*)\s+of\s+(?!(?:the|an?|his|her|their|its|them|those|these)\b)[a-z][\w-]*")


def _add_modifier_charges(text: str, s_start: int, s_end: int, charges: list[Charge],
                          about_defendant: Callable[[str], bool], source: Source, contraband_only: bool = False) -> None:
    """Offences named only before "charge"/"count", where no offence already read holds those words."""
    for m in _MODIFIER.finditer(text, s_start, s_end):
        name = m.group("name")
        of_named = _OF_NAMED.fullmatch(name)
        if _EARLIER.match(name) or re.search(r"\b(?:convictions?|charges?|counts?|pleas?|sentences?|on|of|for|to)\b",
                                             name if not of_named else of_named.group(1)):
            continue
        if _NOT_IN_A_NAME.search(name):
            continue  # "The remaining defendants face kidnapping charges": a clause, not an offence's name
        if m.group("noun").startswith("conviction") and _ON_RELEASE.search(text, s_start, m.start()):
            continue  # "was on probation at the time for a 2021 battery conviction": an earlier case's
        grade = _GRADE_BEFORE.search(text, m.start(), m.start("name"))
        described = m.group("noun") in ("charge", "count", "conviction") and not _NOT_AN_OFFENCE.match(name) \
            and not _GENERIC.match(name) and (not _names_offence(name) or _BARE_AREA.fullmatch(name)) \
            and _GIVEN_ON.search(text, s_start, s_end) and _A_TERM_GIVEN.search(text, s_start, s_end) \
            and not _EXPOSURE.search(text, s_start, m.start()) and not _EARLIER.search(text, m.start(), m.start("name")) \
            and re.search(r"\b(?:[Oo]n|[Ff]or)\s+$", text[max(s_start, m.start() - 5):m.start()]) \
            and (grade or _BARE_AREA.fullmatch(name) or m.group("noun") != "count")  # ("after the vote count, ...")
        if described:
            # "18 months on the misdemeanor licensing charge": the count has no other name here, so the phrase is its name
            # (only where no offence read shares its words: "the weapons count" beside "possession of a firearm", "the
            # licensing charge" beside "operating a day care without a license" restate a count named already)
            roots = {w[:5] for w in re.findall(r"[a-z]{4,}", name.lower())}
            if about_defendant(text[s_start:m.start()]) and not any(
                    roots & {w[:5] for w in re.findall(r"[a-z]{4,}", c.text.lower())}
                    or any(family.search(name) and family.search(c.text) for family in _CONTRABAND_FAMILIES) for c in charges):
                start = grade.start() if grade else m.start("name")
                _add_charge(charges, Charge(text[start:m.end("noun")], [source.cite(start, m.end("noun"))], "convicted"))
            continue
        crime = re.fullmatch(r"(?:hate|war)\s+crimes?", name)  # the named crimes among "X crime"
        # "two years on the weapons count", "the felony firearm counts": contraband names the count it modifies
        # (Michigan's "felony firearm" keeps its grade: the grade is the offence's name there)
        contraband = _CONTRABAND.fullmatch(name)
        if contraband and _BARE_AREA.fullmatch(name) and not re.search(r"\bfelony[\s-]$", text[max(0, m.start("name") - 7):m.start("name")]):
            continue  # "up to 20 years on the drug charge", "the gun count": which count, told by its area; no offence's name
        # "concurrent 15-year terms on four burglary counts and a consecutive term for conspiracy to commit burglary":
        # counts told by their number, each given its own term, are counts of their own beside the verdict's
        # (a restatement points back: "on the three burglary counts")
        own_term = m.group("noun") in ("counts", "charges") and re.match(r"(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d)", m.group()) \
            and re.search(r"\b(?:on|for)\s+$", text[max(s_start, m.start() - 5):m.start()]) is not None \
            and _A_TERM_GIVEN.search(text, s_start, m.start()) is not None
        # "the basis of a witness tampering count, on which Lee was also convicted": a relative clause after the count
        # tells its verdict and whose it is, where the words before it tell neither; a count of its own beside the verdict's
        verdict = _VERDICT_AFTER.match(text, m.end("noun"), s_end)
        verdict = verdict if verdict and about_defendant(verdict.group("clause")) else None
        # "His reckless homicide conviction merged with the top count": the defendant's own conviction, named by its
        # offence, is a count of his verdict even where the verdict's sentence named others (a restatement of one already
        # read is dropped by its stems in _add_modifier_part)
        owned = m.group("noun").startswith("conviction") and re.match(r"(?:his|her|their)\s", m.group(), re.I) is not None \
            and not _EARLIER.search(text, m.start(), m.start("name")) and not _ON_RELEASE.search(text, s_start, m.start()) \
            and not re.search(r"\b(?:19|20)\d\d\b|\b(?:earlier|prior|previous|old|first|past)\b", text[m.start():m.end()], re.I)
        if contraband_only and not own_term and not verdict and not owned and (not contraband or any(family.search(name) and family.search(c.text)
                                                      for family in _CONTRABAND_FAMILIES for c in charges)):
            continue  # a weapon already read among the verdict's offences ("possessing a firearm as a felon")
        statute_gerund = m.group("noun").startswith(("count", "charge")) and _STATUTE_GERUND.fullmatch(name)
        if not crime and not contraband and not statute_gerund and (
                not _names_offence(name) or _NOT_AN_OFFENCE.match(name) or _GENERIC.match(name)):
            continue
        start = m.start("name")
        if grade:
            start = grade.start()
            name = text[start:m.end("name")]
        end = m.end("name")
        # "concurrent life terms on the racketeering and murder counts": two offences share the one noun, a count each
        pair = re.fullmatch(r"(?P<left>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+and\s+(?P<right>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})", name)
        if pair and _names_offence(pair.group("left")) and _names_offence(pair.group("right")):
            parts = [(start + pair.start("left"), start + pair.end("left")), (start + pair.start("right"), start + pair.end("right"))]
        else:
            parts = [(start, end)]
        for start, end in parts:
            name = text[start:end]
            _add_modifier_part(text, s_start, s_end, m, charges, source, about_defendant, name, start, end, own_term, verdict)


def _add_modifier_part(text, s_start, s_end, m, charges, source, about_defendant, name, start, end, own_term, verdict) -> None:
    """One count's offence named by its modifier (see _add_modifier_charges)."""
    if any(_stems(name) <= _stems(c.text) and not (own_term and INCHOATE_OFFENCE.match(c.text)) for c in charges):
        return  # "the false statement count" after "making false statements": already read, in its own words
    if verdict:
        _add_charge(charges, Charge(name, [source.cite(start, end)], _status_from(verdict.group("clause"))))
        return
    before = text[s_start:m.start()]
    if about_defendant(before):
        # "If convicted, he faces ... on the theft charge": still only charged
        # ("The judge gave her five years on the gun count": a term given is for a conviction; one faced is not)
        status = "charged" if re.search(r"\b(?:if|unless)\s+(?:\w+\s+)?(?:convicted|found\s+guilty)\b", before, re.I) \
            or (_EXPOSURE.search(before) and not _STATUS_WORDS.search(before)) \
            else "convicted" if re.match(r"convictions?|terms|sentences", m.group("noun")) or re.search(r"\bsentences?\b", before, re.I) \
            or (not _STATUS_WORDS.search(before) and _A_TERM_GIVEN.search(before)) \
            else _status_from(before)
        _add_charge(charges, Charge(name, [source.cite(start, end)], status))


def _stems(words: str) -> set[str]:
    """The words without a plural "s", to compare one wording with another ("statement" in "statements")."""
    return {re.sub(r"(?<=[a-z]{3})s$", "", w) for w in re.findall(r"[\w-]+", words.lower())}


def _without_vague(text: str, charges: list[Charge]) -> list[Charge]:
    """A lede's loose "of a hate crime" gives way to the count's own wording given later ("one count of committing
    a hate crime involving an attempt to kill"): the vague form (led by "a"/"an") is dropped where a longer one holds it."""
    def vague(charge: Charge) -> bool:
        led = re.match(r"an?\s", charge.text) or any(re.search(r"\ban?\s+$", text[max(0, c.start - 4):c.start]) for c in charge.citations)
        return bool(led) and any(
            other is not charge and len(other.text) > len(charge.text)
            and re.search(rf"\b{re.escape(charge.text)}\b", other.text, re.I) for other in charges)
    def loose(charge: Charge) -> bool:
        # "found guilty of driving drunk" in a lede, beside the counts' own wording ("operating while intoxicated ...")
        return bool(re.fullmatch(r"[a-z]+ing\s+(?:drunk|high|impaired|intoxicated|[a-z]+ly)", charge.text)) and any(
            other.status == charge.status and len(other.text.split()) >= 3 for other in charges)
    def graded(charge: Charge) -> bool:
        # "pleaded guilty to felony theft" in a lede, beside the count's own "theft by false pretenses" given later
        head = re.fullmatch(r"(?:felony|misdemeanou?r|federal|state)\s+(?!murder\b)([a-z]+)", charge.text, re.I)  # ("felony murder": its own crime)
        return bool(head) and any(other.status == charge.status and other.text.lower().startswith(head.group(1).lower() + " ")
                                  for other in charges)
    def relabelled(charge: Charge) -> bool:
        # "Each child endangerment count carries ..." beside "nine counts of endangering the welfare of children": a
        # count's short label, every word of it a root of the statute's own wording (an inchoate offence is its own count)
        if not all(re.match(r"\s+(?:counts?|charges?)\b", text[c.end:c.end + 9]) for c in charge.citations):
            return False
        roots = {w[:5] for w in re.findall(r"[a-z]+", charge.text.lower())}
        return any(other is not charge and other.status == charge.status and len(other.text) > len(charge.text)
                   and not INCHOATE_OFFENCE.match(other.text)
                   and roots <= {w[:5] for w in re.findall(r"[a-z]+", other.text.lower())} for other in charges)
    return [c for c in charges if not vague(c) and not loose(c) and not graded(c) and not relabelled(c)]


# A relative clause with no "that" after a bare "a charge" / "the count": its subject, then its past-tense verb
# ("a charge prosecutors added later", "a count a grand jury tacked on", "the charge jurors deliberated longest over")
_CLAUSE_ON_A_CHARGE = lazy_compile(
    r"\s*(?:(?:an?|the|his|her|their)\s+)?(?:[\w-]+\s+){0,2}?(?:prosecutors?|jurors?|jury|judge|justice|police|state|government"
    r"|authorities|officials|investigators|detectives|officers|lawyers|attorneys|defen[cs]e|[A-Z][\w'\u2019-]+)"
    r"\s+(?:(?:[a-z]+ly|later|also|initially|originally|first|then|had|have|has|would|could"
    # ("murder, the charge prosecutors bring when ...", "a count the state can seldom prove": the law's habit told in the
    # present, with its modal or frequency word)
    r"|can|may|might|must|will|often|seldom|sometimes|still|now|do|does|did|not|never)\s+)*"
    r"(?:[a-z]+ed|brought|filed|threw|thrown|sought|fought|made|took|won|lost|dropped|added|tacked|kept|upheld|struck|chose|picked"
    r"|bring|brings|file|files|use|uses|seek|seeks|pursue|pursues|press|presses|level|levels|reserve|reserves|add|adds"
    r"|prove|proves|need|needs|face|faces|call|calls|reach|reaches|favou?rs?|prefers?)\b")


# The means a deed was done by, told after the offence: "by hiding the gun", "by throwing the knife into the river"
# ("by getting rid of the knife", "by handing over the cash": a phrasal verb's particle between)
_MEANS_TOLD = lazy_compile(r"\s+by\s+(?!means\b)[a-z]+ing\s+(?:(?:rid\s+of|hold\s+of|away|back|out|up|off|over|down)\s+)?"
                           r"(?:the|an?|his|her|their|its|it|them|him|[a-z]+s)\b")


def _offences(text: str, start: int, s_end: int, opened: bool = False) -> list[tuple[int, int]]:
    """The offences a trigger names: "bank fraud, wire fraud and two counts of identity theft" gives three."""
    headed = None if opened else _HEADED_LIST.match(text, start, s_end)
    if headed:
        return _listed(text, headed.end(), s_end)  # "to the following charges: X, Y and Z"
    if not opened and re.search(r"(?:\u2014|\u2013|\s--|\s-)\s*$", text[max(0, start - 4):start]):
        return _listed(text, start, s_end)  # "guilty on three counts \u2014 X, Y and Z"
    # "counts, including ...": the comma is the prefix's, neither the list's end nor a separator
    lead = _COUNT_PREFIX.match(text, start, s_end)
    lead_end = lead.end() if lead else start
    # The trigger's own preposition is the one a list repeats ("guilty of fraud and of theft", "convictions for
    # fraud and for perjury"); any other opens a clause of purpose ("guilty of defrauding customers ... and to fund trades").
    trigger_prep = re.search(r"\b(of|to|with|for|on)\s+$", text[max(0, start - 6):start])
    repeats = trigger_prep.group(1) if trigger_prep else "of|to"
    # (from the prefix's last space: "to federal charges after admitting ..." names no offence after the prefix)
    end = _offence_end(text, lead_end - 1 if lead_end > start and text[lead_end - 1].isspace() else lead_end, s_end, repeats)
    means = _MEANS_TOLD.search(text, start, end) if " by " in text[start:end] else None
    rest_items: list[tuple[int, int]] = []
    if means:
        # (the means closes its own item only: "X by doing Y, Z and W" goes on to the list's next offences)
        item_at = max([start] + [m.end() for m in re.finditer(r",\s+(?:and\s+|or\s+)?", text[:means.start()]) if m.end() > start])
        # (the offence's own words, not the count before it: "four charges of causing harm by posting ...")
        lead_words = text[max(item_at, lead_end):means.start()].split()
        if len(lead_words) >= 3:
            # "admitted perverting the course of justice by hiding the gun": how the deed was done, after an offence's whole
            # name ("theft by taking", "causing death by dangerous driving" are names of their own, short or with no -ing)
            after = re.compile(r",\s+(?:and\s+|or\s+)?(?=\S)").search(text, means.end(), end)
            if after and _next_item(text, after.start() + 1, s_end):
                rest_items = _list_items(text, after.end(), end, after.end(), repeats)
            end = means.start()
    items = _list_items(text, start, max(end, start), lead_end, repeats) + rest_items
    # "criminal sexual conduct with a minor, second degree": a code that grades after the name sets the degree off
    # with a comma; the grade is the offence's own, no item of its own
    items = _with_trailing_grades(text, items)
    # "convicted Costa, 56, the owner of a company, of manslaughter": the first "of" was the appositive's; the
    # offences start after the ", of" that closes it (a list of offences never repeats its "of" after a bare comma).
    appositive = [i for i, (item_start, _) in enumerate(items) if i and re.match(r"of\s", text[item_start:])
                  and re.search(r",\s*$", text[items[i - 1][1]:item_start])]
    if appositive:
        items = items[appositive[0]:]
        of = re.match(r"of\s+", text[items[0][0]:items[0][1]])
        items[0] = (items[0][0] + (of.end() if of else 0), items[0][1])
    # "convicted the former mayor of Springfield of bribery": the place closes the description, the offence follows
    place = re.match(r"(?:[A-Z][\w.'\u2019-]*\s+)+of\s+(?=[a-z])", text[items[0][0]:items[0][1]]) if items else None
    if place:
        items[0] = (items[0][0] + place.end(), items[0][1])
    # "convicted the captain of a fishing boat of manslaughter": the trigger stopped at the described object's own "of"
    elif items and re.search(r"\b(?:convict\w*|acquitt\w*|cleared)\s+(?:the|an?|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?!counts?\b|charges?\b)[a-z][\w-]*\s+of\s+$",
                             text[max(0, start - 60):start]):
        # ("the reputed leader of an East Side drug crew of": a described group may take four or five words)
        owner = re.match(r"(?:an?|the|his|her|their)\s+(?:[\w'\u2019-]+\s+){0,5}?of\s+(?=[a-z])", text[items[0][0]:items[0][1]])
        if owner:
            items[0] = (items[0][0] + owner.end(), items[0][1])
    # "the bribery and money laundering counts": the article and "counts" are shared by every item
    shared = re.match(r"(?:the|both|all)\s+(?:(?:remaining|other|two|three)\s+)?(?=[^,]*\s(?:counts|charges)$)", text[items[0][0]:items[-1][1]]) \
        if len(items) > 1 else None
    if shared:
        items[0] = (items[0][0] + shared.end(), items[0][1])
    spans: list[tuple[int, int]] = []
    # "found guilty of one count of committing ...": the trigger took the count, and the count still names the offence
    counted = bool(re.search(r"\b(?:counts?|charges?)\s+(?:(?:" + _CHARGED_IN + r"\s+)?of|including)\s+$", text[max(0, start - 80):start]))
    for index, (item_start, item_end) in enumerate(items):
        prefix = _COUNT_PREFIX.match(text, item_start, item_end)
        formal = bool(prefix and (prefix.group("count") or prefix.group("charges"))) or (counted and not index)
        c_start = prefix.end() if prefix else item_start
        code_label = _CODE_LABEL.match(text, c_start, item_end)
        if code_label:
            c_start = code_label.end()
            formal = True
        # "willfully retaining defense records, a violation of the Espionage Act", "conspiring to rig bids in violation of
        # the Sherman Act": a deed told with the statute it breaks is the count as charged, however plainly worded
        if _VIOLATION_AFTER.match(text, len(text[:item_end].rstrip(", ")), s_end) \
                or _VIOLATION_AFTER.search(text, c_start, item_end) and _VIOLATION_AFTER.search(text, c_start, item_end).group().startswith(" in"):
            formal = True
        # "charges of one count of X and two counts of Y", "charges that include one count of X": the counts after the charges
        again = _COUNT_PREFIX.match(text, c_start, item_end) if prefix and prefix.group("charges") and not prefix.group("count") else None
        if again and again.group("count"):
            c_start = again.end()
        repeated = None
        if index:  # "guilty of fraud and of theft", "pleaded guilty to X and to Y": the repeated preposition
            repeated = re.match(rf"(?:also\s+)?(?:{repeats})\s+", text[c_start:item_end])
            c_start += repeated.end() if repeated else 0
            if not repeated and re.match(r"to\s+[a-z]+\s", text[c_start:item_end]):
                continue
        # (an offence never ends in a conjunction: a list cut short leaves none dangling)
        # ("two counts of X each carry ...": a distributive word before the clause's verb is no part of the name)
        phrase = re.sub(r"(?:,|\s+(?:and|or|each|apiece))+$", "", text[c_start:item_end].rstrip())
        phrase = _ENDS_IN_BRACKETED_GRADE.sub("", phrase) if phrase.endswith(")") else phrase
        victim = _VICTIM_AFTER_INTENT.search(phrase)
        if victim:
            phrase = phrase[:victim.start("victim")]  # "causing grievous bodily harm with intent to Rian Cole": the one harmed
        if _COUNT_NUMBER.fullmatch(phrase):
            continue  # "pleaded guilty to Count 1, Conspiracy to ...": the indictment's count number labels the offence after it
        if _GRADE_OF_THE_DEGREE.fullmatch(phrase):
            continue  # "two counts of X, felonies of the second degree": the grade in apposition, no offence
        if re.match(r"\s*(?:he|she|they|we|it|I|you)\s+[a-z]", phrase):
            continue  # "murder, the most serious charge she faced, ...": the appositive's own clause, no offence
        if _OTHER_NAME_ASIDE.match(text, item_start, item_end):
            continue  # "X, a charge known as Y, and Z": the aside gives X's other name, read by its own trigger
        if re.match(r"(?:suspended|ordered|imposed|revoked|sentenced|fined|banned|barred|gave|handed)\s", phrase):
            continue  # "for assault by auto, suspended Lee's driver's license ...": the court's next act, no offence
        if re.match(r"\s*(?:(?:even\s+)?(?:though|although)|whereas|albeit)\b", phrase, re.I):
            continue  # "five years on the top count, though he may get probation": a concession's clause, no offence
        if prefix and prefix.group("charges") and not re.search(r"(?:of|including|include[sd]?|:)\s*$", prefix.group()) \
                and _CLAUSE_ON_A_CHARGE.match(text, c_start, min(s_end, c_start + 160)):
            continue  # "attempted murder, a charge a grand jury added in May", "the count jurors argued over": no offence
        # "dozens of felony charges", "more than 40 animal cruelty counts": the quantity is no part of the offence
        contraband = False
        quantity = _QUANTITY.match(phrase)
        if quantity and not formal:
            c_start += quantity.end()
            phrase = phrase[quantity.end():]
            # "stealing cash and dozens of firearms": a counted thing is what was taken, not an offence
            if not _names_offence(phrase) and not re.search(r"\b(?:counts?|charges?)\b", phrase, re.I):
                continue
            # "several counts of forgery", "dozens of charges of fraud": the counts' offence is the name
            counts_of = re.match(r"(?:counts?|charges?)\s+of\s+(?=\S)", phrase, re.I)
            if counts_of:
                c_start += counts_of.end()
                phrase = phrase[counts_of.end():]
                formal = True
        # "a fifth theft count involving a church fund": the count told by its facts; the offence is its modifier
        described = re.match(r".+?\s(?:counts?|charges?)(?=\s+(?:involving|concerning|regarding)\s)", phrase, re.I)
        if described:
            phrase = described.group()
        # "pleaded guilty to a larceny charge": the offence is the words before "charge"
        # ("five years on each of two forgery counts": the distributive "each of" before the count's number)
        suffixed = re.match(r"(?:(?:each|all|both)\s+of\s+(?:the\s+)?)?(?:(?:an?|one|the|single|two|three|four|five|six|seven|eight|nine|ten|\d+|another)\s+){0,2}"
                            r"(?:(?:single|felony|misdemeanor|federal|state|separate|additional|related|second|third|fourth|fifth|sixth"
                            r"|seventh|eighth|ninth|tenth|lesser|reduced|original|remaining)\s+)*"
                            r"(?P<name>.+?)\s+(?:charges?|counts?)$",
                            phrase, re.I)
        # "counts, including two OVI charges": a counted item names its offence before "charges" too
        if suffixed and not formal and re.search(r"(?:charges|counts)$", suffixed.group()) and not _names_offence(suffixed.group("name")) \
                and not _BARE_AREA.fullmatch(suffixed.group("name")) and not _FIELD_OF_LAW.fullmatch(suffixed.group("name")) \
                and not _CONTRABAND.fullmatch(suffixed.group("name")) and re.fullmatch(r"[a-z][\w'\u2019 -]*", suffixed.group("name")):
            # "pleaded guilty to federal animal fighting charges": a label of counts that names a kind of conduct but no
            # offence is the only name the article gives them, kept as written with its "charges"
            lead = re.match(r"(?:(?:an?|one|the|two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple|numerous)\s+)*", phrase, re.I)
            c_start += lead.end()
            phrase = phrase[lead.end():]
            suffixed = None
        if suffixed and (not formal or re.match(r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s", phrase, re.I)):
            c_start += suffixed.start("name")
            # ("a firearms charge": a category of contraband names the charge only with its noun)
            # (a single count only: "federal firearms charges" is a label of counts, named "firearms")
            contraband = bool(_CONTRABAND.fullmatch(suffixed.group("name")) and re.match(r"(?:an?|one|single)\s", phrase, re.I))
            phrase = phrase[suffixed.start("name"):] if contraband else suffixed.group("name")
            # "acquitted him of tax charges", "cleared of immigration counts": a field of law the counts fall in, no
            # offence named (the counts' own names, "filing false returns", are the offences)
            if _FIELD_OF_LAW.fullmatch(phrase) and re.search(r"(?:charges|counts)$", suffixed.group()):
                continue
        if not formal and _HAS_A_CLAUSE.search(phrase) and not _names_offence(phrase):
            # "stealing from a summer camp and holiday program he ran": one object told with its own clause, a deed
            # in plain words; the "and" joined two nouns of it, so the item before it is the same description
            if spans and index and spans[-1][1] <= item_start and not _names_offence(text[spans[-1][0]:spans[-1][1]]) \
                    and not re.search(r"\b(?:counts?|charges?)\b", text[items[index - 1][0]:spans[-1][0]]):
                spans.pop()
            continue
        words = phrase.split()
        # drug statutes name a quantity: "... with intent to distribute five kilograms or more of cocaine"; others a
        # value ("possession of cannabis with a market value of \u20ac13,000 or more for sale or supply")
        # (and a state code's qualifiers: "sexual assault on a child by one in a position of trust as part of a pattern
        # of abuse")
        # (and Australia's Commonwealth drug codes a graded quantity: "attempting to possess a commercial quantity of an
        # unlawfully imported border controlled drug")
        longest = 16 if re.search(r"\bintent\s+to\b|\bwith\s+a\s+view\s+to\b|\b(?:kilo)?grams?\b|\bvalue[ds]?\b|\bquantit(?:y|ies)\s+of\b|\bcourse\s+of\s+an?\s+(?:dispute|fight)\b", phrase) else 12
        # (and a terrorism statute's: "collecting information of a kind likely to be useful to a person committing or
        # preparing an act of terrorism")
        if "position of trust" in phrase or "pattern of" in phrase or (" because " in phrase and _BIAS_MOTIVE.search(phrase)) \
                or re.search(r"\blikely\s+to\s+be\s+useful\b|\bacts?\s+of\s+terrorism\b", phrase):
            longest = 20
        # (a bracketed particular, "(inflict grievous bodily harm)", adds no length to the name)
        # "pleaded not guilty to murder but guilty to his manslaughter", "convicted of her murder": the victim's
        # possessive before the homicide's name; the offence is the noun
        victims = _VICTIMS_KILLING.fullmatch(phrase) if phrase[:1] in "hHt" or phrase[:1].isupper() else None
        if victims:
            c_start += victims.start("offence")
            phrase = victims.group("offence")
            words = phrase.split()
        # (so does the harm a statute's name ends on: "unlicensed practice of a health care profession resulting in
        # serious bodily injury or death" is the code's one name, its result clause no sign of a deed told at length)
        # (nor does a statute's condition of up to eight words: "... causing death while adversely affected by an
        # intoxicating substance" is Queensland's one name for the offence)
        if not words or len(_RESULT_TAIL.sub("", re.sub(r"\s*\([^()]*\)", "", _without_condition(phrase))).split()) > longest or (_NOT_AN_OFFENCE.match(phrase) and not _THE_KILLING.match(phrase) and not contraband) \
                or _tells_a_term(phrase) \
                or _AN_EVENT.match(phrase):
            continue
        if ("scheme" in phrase or "plot" in phrase) and _A_SCHEME_TOLD.fullmatch(phrase):
            continue  # "convicted of a Medicaid billing scheme": the deed told as a whole, no code names an offence so
        # "convicted of a hate crime": the offence is "hate crime"; "pleaded guilty to the manslaughter of Lee": the killing named
        article = re.match(r"an?\s+(?=[a-z])|the\s+(?=(?:[\w-]+\s+){0,2}?(?:murder|manslaughter|homicide|killing|rape|kidnapping|abduction"
                           r"|assault|robbery|unauthori[sz]ed\s+taking)\s+of\s)", phrase)
        if article and not _NOT_AN_OFFENCE.match(phrase[article.end():]):
            c_start += article.end()
            phrase = phrase[article.end():]
            words = words[1:]
        if _SIZED_SCHEME.match(phrase) or _DANGLING.search(phrase):
            continue  # "for a $410 million fraud": the scheme sized, not an offence's name; "of an" cut at a quote mark
        if _A_PART.match(phrase):
            continue  # "convicted of taking part in the scheme": a share in a deed told, no offence named
        if _AN_ENTERPRISE.match(phrase):
            continue  # "accused of running a drug-trafficking ring": the enterprise described; its offences are named elsewhere
        if _GENERIC.match(phrase):
            continue  # "requires a legislator convicted of a felony to give up the seat": any felony, no charge named
        # "leaving the scene", "violating the state's RICO Act": offences named in most US codes or for their statute
        # ("damaging religious property because of the race of its members": the bias statute's own long name)
        named = (" because " in phrase and _BIAS_MOTIVE.search(phrase) is not None) or re.match(r"leaving\s+(?:the|an?)\s+(?:[\w-]+\s+)?scene\b|fail(?:ing|ure)\s+to\s+(?:stop|remain|report)\b"
                         # (a gerund that is itself an offence's name, with the statute's element after it: "stalking
                         # involving fear of violence or serious alarm or distress", "harassment" told as "stalking")
                         r"|(?:stalking|harassing|kidnapping|carjacking|shoplifting|racketeering|trafficking)\s+(?:involving|causing|with\s+intent)\b"
                         # (Britain's Modern Slavery Act: "arranging or facilitating the travel of a child with a view
                         # to exploitation", named by its purpose)
                         r"|.*\bwith\s+a\s+view\s+to\s+(?:(?:sexual|criminal|labou?r)\s+)?exploitation\b"
                         # ("violating the civil rights of Ben Amos": the federal rights statute names whose rights, so
                         # the capital is the victim of a named offence, not a deed told)
                         r"|violat\w*\s+(?:the\s+)?(?:civil|constitutional)\s+rights\b"
                         # the tax code's "aiding or assisting in the preparation of a false return", "filing a false return"
                         r"|aid\w*(?:\s+(?:and|or)\s+\w+)?\s+in\s+the\s+preparation\s+of\b|(?:filing|making|submitting)\s+(?:an?\s+)?false\b"
                         r"|(?:operating|driving|piloting|flying|navigating)\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){1,3}?)?(?:while|under\s+the\s+influence)\b|(?:operating|driving)\s+(?:an?\s+[\w-]+\s+)?with\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:blood[- ]alcohol|BAC\b|alcohol\s+(?:content|concentration|level)|(?:suspended|revoked)\s+licen[cs]e|prescribed\s+concentration)|.*\b(?:caus\w+|result(?:ing|ed|s)?\s+in)\s+(?:(?:great|serious|grave|substantial|significant|personal|physical)\s+)?(?:bodily\s+|physical\s+)?(?:death|harm|injury|injuries)$"
                         # ("conspiring to violate the federal Anti-Kickback Statute": the conspiracy count names its
                         # object statute, as "conspiring to defraud the United States" does)
                         r"|(?:conspir\w*\s+to\s+)?violat\w*\s+(?:[\w.'\u2019-]+\s+){0,8}?(?:Act|Code|[Ll]aws?|[Ss]tatutes?|[Oo]rdinances?)$"
                         # ("causing death by careless driving while using a mobile phone": Britain's driving statutes name
                         # the harm and the driving, then the circumstance)
                         r"|caus\w+\s+(?:the\s+)?(?:death|(?:serious\s+)?injury)\s+by\s+(?:[\w-]+\s+){0,3}?driving\b"
                         # ("violating section 5-13-310", "violating 18 U.S.C. \u00a7 922(g)": an offence named by its statute's number)
                         r"|violat\w*\s+(?:(?:[Ss]ections?|[Ss]ec\.)\s+|\d+\s+U\.S\.C\.\s*(?:\u00a7+\s*)?|\u00a7+\s*)[\w.-]*\d[\w.()-]*$"
                         # ("engaging in controlling or coercive behaviour in an intimate or family relationship": the
                         # English statute's own long name)
                         r"|(?:engaging\s+in\s+)?controlling\s+or\s+coercive\s+behaviou?r\b"
                         # ("smuggling goods from the United States": the federal code's name, its capitals no person told)
                         r"|smuggling\s+(?:[\w-]+\s+){0,2}?(?:from|into)\s+the\s+United\s+States$"
                         # ("conspiring to defraud the United States": the federal conspiracy statute's own name)
                         r"|(?:conspir\w*\s+to\s+)?defraud\w*\s+the\s+United\s+States$"
                         # ("supplying a large commercial quantity of a prohibited drug": a Commonwealth code's graded quantity)
                         # ("attempting to possess a commercial quantity of ...", "trafficking in a large commercial quantity")
                         r"|(?:(?:attempting|conspiring)\s+to\s+[a-z]+|[a-z]+ing)\s+(?:in\s+)?an?\s+(?:large\s+)?(?:commercial|marketable|trafficable|discontinuous)\s+quantit"
                         # ("producing a knife in the course of a dispute": Ireland's weapons statute names the dispute;
                         # "having a bladed article in a public place": Britain's names the place)
                         r"|.*\b(?:in|during)\s+the\s+course\s+of\s+an?\s+(?:dispute|fight|quarrel|affray|brawl|argument)\b"
                         # ("driving with an illicit drug present in his blood": the drug-driving statute names the fluid)
                         r"|(?:driving|operating|(?:being\s+)?in\s+charge)\b.*\bpresent\s+in\s+(?:his|her|their|the)\s+(?:blood|breath|urine|oral\s+fluid|system)\b"
                         # ("being concerned in the supply of heroin and crack cocaine": the UK drug statute's wording)
                         r"|(?:being\s+)?(?:knowingly\s+)?concerned\s+in\s+the\s+(?:supply|importation|production|making|offer|fraudulent\s+evasion)\b"
                         # ("employing a firearm during the commission of a dangerous felony", "using a firearm in
                         # furtherance of a crime of violence": the weapon statutes' own long names, not a deed told)
                         r"|[a-z]+ing\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:firearms?|guns?|weapons?)\s+(?:(?:during|in)\s+(?:the\s+commission|furtherance|relation)\s+(?:of|to)"
                         r"|during\s+and\s+in\s+relation\s+to)\b",
                         phrase, re.I)
        # (a "FOR" the reading capitalised stood inside a statute's title, "Traveling to Meet a Minor for Unlawful Sexual
        # Activity": a name, however long its gerund)
        named = named or " FOR " in phrase or _WEAPON_WHERE.match(phrase) is not None
        # ("discharging a firearm within 500 feet of a building": a distance the statute sets is part of its name)
        if index and not formal and not named and not _names_offence(phrase) and re.search(r"[$\d]", _STATUTE_DISTANCE.sub("", phrase)):
            continue  # "arrested on a charge of X and fell $20,000 behind": the subject's next deed, told with its sum
        if words[0] == "murdering" and not formal and not named:
            # "found guilty of murdering his partner", "of murdering her neighbour Tam Roe": the verb of the one
            # offence whose name is its stem, so the charge is "murder", cited inside the verb (dropped beside a
            # fuller name, "second-degree murder"); checked before the plain deed below, which "murdering her
            # neighbour" would otherwise look like
            spans.append((c_start, c_start + len("murder")))
            continue
        if not index and not formal and not named and re.fullmatch(r"\w+ing\s+(?:the|his|her|their|its)\s+[a-z][\w-]*", phrase):
            continue  # "acquitted him of laundering the proceeds": the deed in plain words, its offence named elsewhere
        # (a verdict's list of counts may name one by the statute's own verb between two named offences, "arson,
        # killing a witness to prevent testimony, and conspiracy": the count as the indictment words it, not the act told)
        if words[0].lower().endswith("ing") and not formal and not named and (
                (_CONDUCT.match(phrase) and not _between_named_offences(text, items, item_start)) or (
                _CONDUCT_VERB.match(phrase) and not any(_names_offence(text[a:b]) or _FALSE_FILING.search(text[a:b])
                                                        for a, b in items if a != item_start))):
            continue  # "charged with killing a crossing guard": the act told; the offence is named elsewhere
        # ("attempting to deliver defense information to a foreign government": the attempt statute's own wording, which
        # names the offence attempted with its object, as long as a list's later item may be)
        # A gerund after a named offence is the list's next offence ("murder and using a firearm in the commission
        # of a felony"); leading the list, a long one is the conduct told.
        # A capital names the person paid or killed ("paying Lee"); after a repeated "of" the list is of offences,
        # and a capital is the agency lied to ("and of lying to FBI agents").
        told = _TOLD_PARALLEL if repeated else _TOLD
        victim = _HARM_TO_SOMEONE.search(phrase) if not formal and not named and " to " in phrase else None
        if victim and _names_offence(phrase[:victim.start()]) and _tells_someone(told, phrase):
            # "causing serious harm to driver Gurpreet Randhawa": the statute's name, then whom it was done to, named
            phrase = phrase[:victim.start()]
            words = phrase.split()
        # (a statute's list of means, "by fraud, forgery or deception", counts as one word)
        if words[0].lower().endswith("ing") and not formal and not named and (
                # ("breaking and entering with intent to commit a felony", "loitering with intent to solicit": the
                # statute's intent element, words a deed told in plain words has no need of)
                len(_MEANS_LIST.sub("by means", _ON_DUTY.sub("", _GRADE_AFTER_COMMA.sub("", phrase))).split()) > (12 if index or phrase.startswith(("attempting to ", "conspiring to "))
                                                                     or " intent to " in phrase or _DRUG_CLASS.search(phrase)
                                                                     or _COURSE_OF_CONDUCT.search(phrase) else 8)
                or _tells_someone(told, phrase) and not _COURSE_OF_CONDUCT.search(phrase)):
            # (a drug named by its legal class is a statute's wording, however long the deed it names: "permitting
            # premises to be used for the supply of class A drugs")
            continue  # "pleaded guilty to paying Lee $9,000", "to killing his wife": the conduct told, not an offence named
        # "charged with helping gamblers rig at least four games": the list was cut at "at", but the clause goes on to
        # tell numbers and people, so the leading gerund tells the deed; an offence's name would carry its head noun.
        if not index and words[0].lower().endswith("ing") and not formal and not named and not _names_offence(phrase) \
                and _numbers_told_after(text, items, item_end, s_end):
            continue
        if not index and not formal and not named and _ADVERB_DEED.match(phrase) and not _names_offence(phrase):
            continue  # "convicted of illegally prescribing opioids": the deed in plain words; a statute's name has no adverb lead
        if not formal and not named and re.fullmatch(r"\w+ing", phrase) and not _names_offence(phrase) \
                and re.match(r"\s+and\s+\w+ing\s+(?:[A-Z]|(?:his|her|their|him|them)\b)", text[item_end:s_end]):
            continue  # "pleaded guilty to choking and beating Ann Lee": one deed told in two verbs, the offence named elsewhere
        if not formal and not named and re.fullmatch(r"[a-z]+ing", phrase) and not _names_offence(phrase) \
                and not _BARE_OFFENCE_GERUND.match(phrase) and _CONTACT_RELATIVE.search(text, max(0, start - 80), start):
            continue  # "the podcaster she was convicted of helping": the gerund's object is the noun the clause describes
        if not formal and not named and re.fullmatch(r"[a-z]+ing", phrase) and not _names_offence(phrase) \
                and not _BARE_OFFENCE_GERUND.match(phrase) and _OBJECT_SPLIT_OFF.match(text, item_end, s_end):
            continue  # "convicted of arranging from inside the jail the killing of ...": the verb's object stands past a
            # place told first, so the bare verb names nothing (the whole is the deed told, no offence's name)
        if not formal and index and _STRAY_PLACE.match(phrase) and re.search(r",\s*$", text[items[index - 1][1]:item_start]):
            continue  # "and arranging, through an aide, payments to ...": an aside set off by commas, no offence
        if spans and _SCOTS_AGGRAVATION.match(phrase) and text.startswith("assault to ", spans[-1][0]):
            # "assault to severe injury, permanent disfigurement and danger of life": Scots law's one assault with
            # its listed aggravations, not three offences
            spans[-1] = (spans[-1][0], c_start + len(phrase))
            continue
        if re.match(r"['\u2018]\w", phrase):
            # "convicted of 'gross sexual imposition'": the single marks set the statute's name off, and are not its words
            c_start, phrase = c_start + 1, phrase[1:]
            if phrase.endswith(("'", "\u2019")):
                phrase = phrase[:-1]
        spans.append((c_start, c_start + len(phrase)))
    # "the remaining counts of a 10-count indictment, including money laundering charges": the examples are the offences
    including = _INCLUDING.match(text, end, s_end)
    if including:
        spans += _offences(text, including.end(), s_end)
    # "of bribery and extortion, both violations of the Hobbs Act, and of lying to agents": a class told of the items
    # before it, set off by commas, and the list going on with its preposition repeated
    apposed = _APPOSED_CLASS.match(text, end, s_end) if spans else None
    if apposed and re.fullmatch(repeats, apposed.group("prep")):
        spans += _offences(text, apposed.end(), s_end, opened=True)
    # "four conspiracy counts: conspiracy to commit wire fraud, ...", "three federal counts — X, Y and Z": the count
    # and its category are a header, and the offences are the ones listed after the colon or dash
    header = _HEADER_END.match(text, end, s_end) if items and _HEADER.search(text, items[-1][0], items[-1][1]) else None
    if header:
        listed = _listed(text, header.end(), s_end)
        if listed:
            spans = [span for span in spans if not items[-1][0] <= span[0] < items[-1][1]] + listed
    return spans


# Britain's and Ireland's intent offences name the one harmed after "to": "wounding with intent to Ann Lee"
# (or by who they are: "with intent to the 19-year-old", "with intent to his former partner": no verb follows "to")
_VICTIM_AFTER_INTENT = lazy_compile(r"\bwith\s+intent(?P<victim>\s+to\s+(?:(?:[A-Z][\w'\u2019-]+\s+){0,2}[A-Z][\w'\u2019-]+"
                                    r"|(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}[\w-]+))$")
# "... with intent to Ann Lee, then aged 18, and to possessing ...": the one harmed and her age told inside the list
_VICTIM_THEN_MORE = lazy_compile(r"(?:\s+to\s+(?:[A-Z][\w'\u2019-]+\s+){0,2}[A-Z][\w'\u2019-]+)?,\s+(?:then\s+)?(?:aged\s+)?\d{1,3},\s+"
                                 r"and\s+(?:also\s+)?(?P<prep>to|of)\s+")


_APPOSED_CLASS = lazy_compile(r",\s+(?:both|each|all(?:\s+(?:two|three|four|five|six|seven|eight|nine|ten))?|all\s+of\s+them|either\s+of\s+which)\b"
                              r"[^,;:()\u2014]{1,80}?,\s+(?:and|as\s+well\s+as)\s+(?:also\s+)?(?P<prep>of|to|with|on|for)\s+")


# A place or means told between a verb and its object ("ordering from his cell the beating of ...", "arranging,
# through an aide, payments"): the bare gerund before it has its object further on
_OBJECT_SPLIT_OFF = lazy_compile(r",?\s+(?:from|inside|within|through|via|behind|out\s+of|from\s+inside|from\s+behind)\s")
_STRAY_PLACE = lazy_compile(r"(?:from|inside|within|through|via|behind|out\s+of)\s")


def _between_named_offences(text: str, items: list[tuple[int, int]], item_start: int) -> bool:
    """Is the item a middle one of a list whose items before and after it both name offences by their head nouns?"""
    at = [a for a, _ in items].index(item_start) if any(a == item_start for a, _ in items) else -1
    if at <= 0 or at >= len(items) - 1:
        return False
    return _names_offence(text[items[at - 1][0]:items[at - 1][1]]) and _names_offence(text[items[at + 1][0]:items[at + 1][1]])


def _numbers_told_after(text: str, items: list[tuple[int, int]], item_end: int, s_end: int) -> bool:
    """Does the clause after a leading gerund item go on to tell numbers or people ("helping gamblers rig at least four
    games")? Where every later item of the list names an offence of its own, only the clause after the whole list
    counts: "breaking and entering a dwelling and theft of property worth more than $500" (the sum is the theft's)."""
    after = item_end
    if len(items) > 1 and all(_names_offence(text[a:b]) and not re.match(r"\s*(?:and\s+)?[a-z]+ing\s", text[a:b])
                              for a, b in items[1:]):
        after = items[-1][1]
    return re.search(r"[\d$]|\b(?:at\s+least|dozens|hundreds|thousands|millions|more\s+than|his|her|their|own)\b",
                     text[after:_clause_end(text, after, s_end)]) is not None


def _listed(text: str, start: int, s_end: int) -> list[tuple[int, int]]:
    """The offences a header's colon or dash opens, where they name one (a dash also opens an aside: "three counts
    \u2014 a rare outcome \u2014 and ...")."""
    spans = _offences(text, start, s_end, opened=True)
    if not any(_names_offence(text[a:b]) for a, b in spans):
        return []
    return spans


# A list's last item that only counts ("three charges", "four conspiracy counts", "the following charges")
# "three charges under the Uniform Code of Military Justice:", "two counts under state law —": the code the counts are
# brought under stands between the header and the list it opens
_UNDER_A_CODE = (r"\s+under\s+(?:the\s+)?(?:(?:[A-Z][\w.'\u2019-]*|state|federal|military|criminal|penal|tax|immigration|firearms?|gun"
                 r"|drug|environmental|securities)\s+(?:(?:of|and|on|for|&)\s+)?){0,7}?"
                 r"(?:[A-Z][\w.'\u2019-]*|[Ll]aws?|[Cc]odes?|[Ss]tatutes?)")
_HEADER = lazy_compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|following|these)\s+"
                     r"(?:[\w-]+\s+){0,2}?(?:counts|charges|offen[cs]es|crimes|felonies)" + r"(?:" + _HE_FACED + r")?\s*$", re.I)
_HEADED_LIST = lazy_compile(r"(?:(?:all|each|both)\s+(?:of\s+)?)?(?:the\s+)?(?:following|these|one|two|three|four|five|six|seven|eight"
                          r"|nine|ten|eleven|twelve|\d+)\s+(?:[\w-]+\s+){0,2}?(?:counts|charges|offen[cs]es|crimes|felonies)"
                          r"(?:\s+(?:in\s+all|in\s+total|altogether|against\s+(?:him|her|them|[A-Z][\w'\u2019-]+))|" + _HE_FACED + r"|" + _UNDER_A_CODE + r")?"
                          r"\s*" + _LIST_DASH + r"\s*(?=[a-z])", re.I)
_HEADER_END = lazy_compile(r"(?:\s+(?:in\s+all|in\s+total|altogether|against\s+(?:him|her|them|[A-Z][\w'\u2019-]+))|" + _UNDER_A_CODE + r")?"
                         r"\s*" + _LIST_DASH + r"\s*(?=[a-z])")


# A relative clause with no relative pronoun, or with one, whose subject is a pronoun: "the clerk she was accused of
# bribing", "the company that he admitted defrauding"; the trigger's gerund has its object in the noun before it
_CONTACT_RELATIVE = lazy_compile(r"\b(?:the|an?|his|her|their|its|this|that)\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]*\s+(?:whom\s+|who\s+|that\s+)?"
                               r"(?:he|she|they|I|we)\s+(?:[a-z]+\s+){0,3}?[a-z]+(?:\s+(?:of|with|to))?\s+$")
_QUANTITY = lazy_compile(r"(?:dozens|scores|hundreds|thousands|a\s+(?:dozen|host|slew|raft|string|series|number|litany|battery|handful)"
                       r"|(?:more|fewer)\s+than\s+[\w,]+|at\s+least\s+[\w,]+|nearly\s+[\w,]+|almost\s+[\w,]+|about\s+[\d,]+|some\s+[\d,]+"
                       r"|several|multiple|numerous|various|many)\s+(?:of\s+)?(?=\S)", re.I)
_CONTRABAND = lazy_compile(r"(?:federal\s+|state\s+)?(?:firearms?|guns?|weapons?|drugs?|narcotics?|ammunition|explosives?|gun-possession|drug-possession)",
                         re.I)
# A contraband word alone, the area a count is in rather than its offence ("the drug charge", "the weapons count";
# not "felony firearm", Michigan's offence, nor "gun-possession")
_FIELD_OF_LAW = lazy_compile(r"(?:(?:federal|state|related)\s+)?(?:tax|taxes|income\s+tax|immigration|securities|environmental|election|ethics"
                             r"|campaign[- ]finance|health[- ]care|banking|customs|wildlife|antitrust|labor|lobbying)", re.I)
_BARE_AREA = lazy_compile(r"(?:(?:federal|state)\s+)?(?:firearms?|guns?|weapons?|drugs?|narcotics?|ammunition|explosives?)", re.I)
_SIZED_SCHEME = lazy_compile(r"(?:an?\s+)?(?:\$|US\$|\u00a3|\u20ac)?[\d.,]+\s*(?:million|billion|thousand|[mbk])?(?:-dollar)?\s+[a-z]", re.I)
# A scheme or plot led by its article is the deed told ("a Medicaid billing scheme", "an elaborate kickback plot"); a
# code's name has none ("scheme to defraud", "larceny by a single scheme")
_A_SCHEME_TOLD = lazy_compile(r"(?:an?|the)\s+(?:[\w$.,'\u2019-]+\s+){0,5}?(?:scheme|plot)s?(?:\s+(?:involving|targeting|aimed|that|which)\b.*)?", re.I)
# An offence never ends in an article or a possessive: the list was cut short ("convicted of an \u201cinfamous crime\u201d")
_DANGLING = lazy_compile(r"(?:^|\s)(?:an?|the|his|her|their|its)$", re.I)
# A subject pronoun with its verb ("he ran", "she owned"): a clause, which no offence's name holds
_HAS_A_CLAUSE = lazy_compile(r"\b(?:he|she|they|we)\s+[a-z]+")
_INCLUDING = lazy_compile(r",?\s+including\s+(?=(?:[\w-]+\s+){1,4}?(?:charges?|counts?)\b"
                        r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+)?counts?\s+of\b)")


# "illegally prescribing", "fraudulently obtaining": an adverb before a gerund tells the conduct
# ("negligently discharging a pollutant in violation of the Clean Water Act" is kept by its statute)
_ADVERB_DEED = lazy_compile(r"[a-z]+ly\s+[a-z]+ing\b(?!.*\b(?:violation|Act|Code|[Ss]tatute)\b)")


_A_PART = lazy_compile(r"(?:taking|playing|having)\s+(?:an?\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+)?(?:part|role|hand)$", re.I)
# ("acquitted of Ruiz's murder", "guilty of Tom Abel's manslaughter": the victim named in the possessive)
_VICTIMS_KILLING = lazy_compile(r"(?:his|her|their|(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['\u2019]s?)\s+(?P<offence>murder|manslaughter|culpable\s+homicide"
                                r"|(?:attempted|first-degree|second-degree)\s+murder)", re.I)
# ("to burglary and to the unauthorised taking of a vehicle": Ireland's vehicle offence told with its article)
_THE_KILLING = lazy_compile(r"the\s+(?:[\w-]+\s+){0,2}?(?:murder|manslaughter|homicide|killing|rape|kidnapping|abduction|assault|robbery"
                          r"|unauthori[sz]ed\s+taking)\s+of\s", re.I)
# ("operating an unlicensed money transmitting business", "conducting an illegal gambling business": a regulatory
# statute's name, the enterprise's want of a licence being the offence)
# ("conducting a criminal enterprise", "engaging in a continuing criminal enterprise": a statute's name, not the deed told)
_AN_ENTERPRISE = lazy_compile(r"\w+ing\s+(?:an?|the|his|her|their)\s+(?!(?:[\w-]+\s+){0,3}?(?:unlicen[cs]ed|unregistered|illegal|unlawful|unpermitted|criminal)\s)(?:[\w-]+\s+){0,3}?(?:ring|scheme|operation|network|business"
                            r"|enterprise|empire|organi[sz]ation|outfit|gang|cartel|company|firm|racket"
                            # ("convicted of running a clinic that prosecutors call a pill mill": the practice described)
                            r"|clinic|practice|pharmacy|mill|website|charity|nonprofit|dispensary|storefront|lab|laboratory"
                            # ("running a gun-trafficking pipeline", "running a call center that told ...")
                            r"|pipeline|call\s+cent(?:er|re)|crew)$"
                            # ("sentenced for leading a conspiracy that moved pills": the conspiracy led, told as a deed)
                            r"|(?:leading|heading|running|organi[sz]ing|directing|masterminding)\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?conspiracy$"
                            # ("sentenced for a copper-wire theft ring", "for a kickback scheme": the enterprise itself named)
                            r"|(?:[\w-]+\s+){0,3}?(?:ring|scheme|network|syndicate|cartel|racket)$", re.I)
# A class of offence, not one: "a felony", "a crime to give up ..." (a rule about anyone convicted), "a defendant
# convicted of a federal offense" (the release's boilerplate on how any sentence is set)
_GENERIC = lazy_compile(r"(?:an?\s+)?(?:(?:federal|state|criminal|serious|violent)\s+)?(?:felony|felonies|crimes?|misdemeanou?rs?|offen[cs]es?)(?:\s+to\s+\w+\b.*)?$", re.I)
_TOLD_PARALLEL = lazy_compile(r"[\d$]|['\u2019]s\b|\b(?:dozens|hundreds|thousands|millions|more\s+than|his|her|their|him|them)\b")
# (an acronym is the agency lied to or defrauded, "lying to the FBI", not a person paid)
_TOLD = lazy_compile(_TOLD_PARALLEL.pattern + r"|\s(?![A-Z]{2,}\b)[A-Z]")
# "conspiring to obstruct a Federal Trade Commission inquiry", "lying to the Department of Labor": the capitals name
# the public body whose proceeding the offence guards, as the statute does, not a person paid or harmed
_PUBLIC_BODY = lazy_compile(r"(?:[A-Z][\w.&'\u2019-]*\s+(?:(?:and|of|for|on|&)\s+)?){0,6}(?:Commission|Department|Bureau|Agency"
                            r"|Administration|Service|Office|Committee|Board|Authority|Inspectorate|Congress|Senate|Parliament)\b"
                            r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})?")


_DRUG_CLASS = lazy_compile(r"\b(?:an?\s+)?(?:[Cc]lass|[Ss]chedule)\s+(?:[A-C]|[IV]{1,3}|[1-5])\b")


def _tells_someone(told: "re.Pattern[str]", phrase: str) -> bool:
    """Does the gerund's phrase tell the deed by its numbers, owners or the person it was done to (`told`), once the
    name of a public body, which an offence's statutory name may carry, is set aside?"""
    phrase = _STATUTE_DISTANCE.sub("within a distance", phrase)  # "within 500 feet of a building": the statute's, not a sum
    phrase = _ON_DUTY.sub(" on duty", phrase)  # "in the execution of his duty": the officer's own duty, no one harmed
    hinders = _HINDERED_DUTY.search(phrase)
    if hinders and _HINDERS_FROM.search(phrase, 0, hinders.start()):
        # "conspiring to prevent officers from carrying out their duties": the hindered people's own office, no victim told
        phrase = phrase[:hinders.start()] + " from doing the duties"
    if not told.search(phrase):
        return False
    if " in " in phrase:
        # "lying under oath in her bankruptcy filings": the filer's own paper the lie was told in, no person harmed
        phrase = _OWN_FILING.sub("in filings", phrase)
        if not told.search(phrase):
            return False
    if _DRUG_CLASS.search(phrase):
        # "importing a Class A controlled drug", "supplying a Schedule II substance": the drug's legal class, no person
        phrase = _DRUG_CLASS.sub("a listed", phrase)
        if not told.search(phrase):
            return False
    if "United States" in phrase or "U.S." in phrase:
        # "threatening to murder a United States judge", "assaulting a U.S. marshal": the country's name qualifies the
        # office the statute protects, no person harmed
        phrase = _THE_COUNTRY.sub("federal", phrase)
        if not told.search(phrase):
            return False
    if any(word in phrase for word in _STATUTE_TITLE_WORDS):
        # "falsifying records required under the Controlled Substances Act": the statute's title, no person harmed
        phrase = _STATUTE_TITLE.sub("the statute", phrase)
        if not told.search(phrase):
            return False
    return not any(word in phrase for word in _PUBLIC_BODY_WORDS) or bool(told.search(_PUBLIC_BODY.sub("agency", phrase)))


_OWN_FILING = lazy_compile(r"\bin\s+(?:his|her|their|its)\s+(?:[\w-]+\s+)?(?:filings?|returns?|declarations?|petitions?|applications?"
                         r"|testimony|disclosures?)\b")
_THE_COUNTRY = lazy_compile(r"\b(?:the\s+)?(?:United\s+States|U\.S\.)(?=\s+[a-z])")
_STATUTE_TITLE_WORDS = (" Act", " Code", " Law")
_STATUTE_TITLE = lazy_compile(r"\bthe\s+(?:[A-Z][\w.'\u2019-]*\s+(?:(?:and|of|on|for|&)\s+)?){1,6}(?:Act|Code|Law)\b")
_PUBLIC_BODY_WORDS = ("Commission", "Department", "Bureau", "Agency", "Administration", "Service", "Office", "Committee",
                      "Board", "Authority", "Inspectorate", "Congress", "Senate", "Parliament")


_OR_MORE = lazy_compile(r"\sor\s+(?:more|greater|less|above|over|higher)\b")
_SCHEDULE_BEFORE = lazy_compile(r"\b[Ss]chedules?\s+(?:[IVX]+|\d)(?:,\s*(?:[IVX]+|\d))*$")
_SCHEDULE_AFTER = lazy_compile(r"(?:,\s*(?:or\s+)?|\s+or\s+)(?:[IVX]+|\d)\b")


def _schedules_go_on(text: str, start: int, at: int) -> bool:
    """"a Schedule I or II controlled substance", "a Schedule II, III or IV drug": the drug schedules a statute names
    together grade one offence, so the "or" or comma after a schedule's numeral goes on to the next numeral."""
    return "chedule" in text[max(start, at - 40):at] and _SCHEDULE_BEFORE.search(text, start, at) is not None \
        and _SCHEDULE_AFTER.match(text, at) is not None
_UPPER_BOUND = lazy_compile(r"\sbut\s+(?:less|fewer|not\s+more)\s+than\s+[$\u00a3\u20ac\d]")
_LOWER_BOUND = lazy_compile(r"\b(?:more\s+than|over|at\s+least|in\s+excess\s+of|exceeding)\s+[$\u00a3\u20ac]?\d[\d,.]*(?:\s+(?:million|billion))?$")


def _clause_end(text: str, start: int, s_end: int) -> int:
    """The end of the clause an offence phrase stands in: the next comma, semicolon or sentence end."""
    stop = re.compile(r"[,;:]|\.(?!\d)").search(text, start, s_end)
    return stop.start() if stop else s_end


_AS_CHARGED = lazy_compile(r"\s+as\s+(?:a\s+party\s+to\s+(?:a|the)\s+crime|an?\s+(?:second|third|fourth|fifth|sixth|seventh|subsequent|repeat|habitual)"
                          r"(?:\s+or\s+subsequent)?\s+(?:offen[cs]e|offender)|a\s+(?:hate\s+crime|felony|misdemeanou?r))\b", re.I)
_MEANT_BEFORE = lazy_compile(r"\s+(?:meant|destined|earmarked|bound)$")


# The close of a series set off by semicolons ("...; criminal trespass; and theft"): a clause after a lone semicolon
# ("...; he faces ...", "...; sentencing is set for May") is no item
_SEMICOLON_SERIES_END = lazy_compile(r";\s+(?:and|or)\s+(?=[a-z])")


# A grade written after the offence's name: "second degree", "in the third degree", "first-degree"
# (New Zealand's repeat drink-driving: "driving with excess breath alcohol, third or subsequent offence")
_GRADE = (r"(?:(?:in\s+the\s+)?(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)[- ]degree"
          r"|(?:an?\s+|the\s+)?(?:second|third|fourth)\s+or\s+subsequent(?:\s+(?:offen[cs]e|conviction|time))?)")
_TRAILING_GRADE = lazy_compile(_GRADE + r"(?:,|\s+(?:and|or))*\s*", re.I)
# The grade a list folded into its offence, no word of the deed told
_GRADE_AFTER_COMMA = lazy_compile(r",\s+" + _GRADE + r"$", re.I)


def _with_trailing_grades(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Items with a bare grade after a comma folded into the offence before it ("X, second degree")."""
    merged: list[tuple[int, int]] = []
    for item_start, item_end in items:
        if merged and _TRAILING_GRADE.fullmatch(text, item_start, item_end) \
                and re.search(r",\s*$", text[merged[-1][0]:item_start]) is not None:
            merged[-1] = (merged[-1][0], item_end)
        else:
            merged.append((item_start, item_end))
    return merged


# The common law's and Scotland's offences named by a whole course of conduct: "attempting to defeat the ends of
# justice", "engaging in a course of behaviour which was abusive of his partner" (long, but a statute's words)
_COURSE_OF_CONDUCT = lazy_compile(r"\b(?:course\s+of\s+(?:abusive\s+)?behaviou?r|(?:ends|course)\s+of\s+(?:public\s+)?justice)\b")
_ABUSIVE_OF = lazy_compile(r"\s*which\s+(?:was|is|were)\s+abusive\s+(?:of|towards?)\s+(?:his|her|their)\s+(?:former\s+|ex-?)?(?:partner|wife|husband)\b")


def _offence_end(text: str, start: int, s_end: int, repeats: str = "of|to") -> int:
    """Where the offence list stops: the clause's end, not an "in"/"and" that belongs to an offence, nor the
    trigger's preposition repeated after "and" ("convictions for fraud and for perjury")."""
    pos = start
    while True:
        stop = _CHARGE_STOP.search(text, pos, s_end)
        if stop is None:
            return s_end
        word = stop.group().strip().lower()
        at = stop.start()
        # "break and enter and commit serious indictable offence (inflict grievous bodily harm) and stealing": the
        # code's own particular in brackets, inside the offence's name, the list going on after it
        bracketed = (_BRACKETED_PARTICULAR.match(text, at, s_end) or _BRACKETED_GRADE.match(text, at, s_end)) if word == "(" else None
        if bracketed:
            pos = bracketed.end()
            continue
        if word == "," and _IN_A_RELATIVE.search(text, max(0, start - 160), start) and re.search(r"\s(?:and|or)\s", text[start:at]) \
                and not _GRADE_THEN_MORE.match(text, at, s_end) and not re.match(r",\s+(?:and|or)\s", text[at:at + 6]):
            # "Lee, who pleaded guilty to fraud and perjury, read a statement": the list closed by its "and", the comma
            # closes the relative clause, and the main clause's verb follows (no list goes on after its last item)
            return at
        # "the manslaughter of Daniel "Danny" Kerrigan": a nickname quoted inside the victim's name is no clause's end
        nickname = _NICKNAME_IN_A_NAME.match(text, at, s_end) if word in ('"', "\u201c") else None
        if nickname and _GIVEN_NAME_BEFORE.search(text, max(start, at - 30), at):
            pos = nickname.end()
            continue
        condition = _WHILE_GOES_ON.match(text, at) if word == "while" else None
        paired = _DURING_AND.match(text, at) if word == "during" else None
        if paired and _DURING_GOES_ON.match(" during" + text[paired.end():paired.end() + 80]):
            pos = paired.end()
            continue
        if condition:
            pos = condition.end()  # "driving while over the prescribed limit": the condition's own words are no stop
            continue
        abusive = _ABUSIVE_OF.match(text, at) if word == "which" else None
        if abusive and re.search(r"course\s+of\s+behaviou?r\s*$", text[start:at]):
            pos = abusive.end()  # Scotland's "a course of behaviour which was abusive of his partner": the statute's words
            continue
        goes_on = (
            (word == "in" and (_IN_GOES_ON.match(text, at) or _GOVERNS_IN.search(text, start, at)))
            # ("dogs for use in an animal fighting venture": the use's own "in", which _FOR_GOES_ON let on)
            or (word == "in" and _FOR_USE.search(text, start, at) is not None)
            # ("a Game Code violation for shooting at a person": the code's violation is named for the deed after "for")
            or (word == "for" and _CODE_VIOLATION.search(text, start, at) is not None)
            # "shooting at or causing injury to", "trafficking in or possessing": a verb's preposition whose object is shared
            # with the next verb goes on through the conjunction
            or (word in ("at", "in", "on", "for", "from", "over") and re.match(r"\s+(?:or|and)\s", text[stop.end():stop.end() + 6]) is not None)
            or (word == "on" and _ON_GOES_ON.match(text, at))
            or (word == "on" and _RULE_TOPIC_ON.match(text, at) is not None and _RULE_BEFORE_ON.search(text, max(start, at - 40), at) is not None)
            or (word == "during" and _DURING_GOES_ON.match(text, at))
            or (word == "after" and _AFTER_GOES_ON.match(text, at))
            or (word == "for" and _FOR_GOES_ON.match(text, at))
            # "a federal hate crime for damaging religious property": the bias statute's label, then the deed it covers
            or (word == "for" and text.startswith(" for ", at) and _HATE_CRIME_BEFORE.search(text, start, at) is not None
                and _GERUND_NEXT.match(text, at + 5) is not None)
            # "damaging religious property because of the race of its members": the hate-crime statute's motive element
            or (word == "because" and _BIAS_MOTIVE.match(text, at) is not None)
            or (word == "from" and _FROM_GOES_ON.match(text, at) and _TAKES_FROM.search(text, start, at))
            # "conspiracy to prevent federal officers from discharging their duties", "intimidating a witness to keep her
            # from testifying": a verb of hindering takes its person and then "from" with the deed hindered, one name
            or (word == "from" and _HINDERS_FROM.search(text, start, at) is not None and _GERUND_AFTER_FROM.match(text, at) is not None)
            or (word == "before" and not _BEFORE_STOPS.match(text, at))
            or (word in ("that", "which") and _RESULT_GOES_ON.match(text, at))
            or (word in ("at", "after") and _SCENE_GOES_ON.match(text, at)
                # ("manslaughter after a 2023 crash": the occasion; only a duty to stop or report names the accident)
                and (word == "at" or _DUTY_AFTER.search(text, start, at) is not None))
            # ("failure to stop at an accident resulting in death": the duty's accident, as with "after an accident")
            or (word == "at" and _AT_ACCIDENT.match(text, at) and _DUTY_AFTER.search(text, start, at) is not None)
            or (word == "at" and text.startswith(" large", stop.end()))  # "allowing a dog to run at large"
            # ("dishonestly using a document to obtain a pecuniary advantage": New Zealand's and Australia's statutes
            # name the gain the deception was for)
            or (word == "to" and _TO_OBTAIN.match(text, at) is not None)
            # "DUI at the highest rate of alcohol", "driving under the influence at a high rate": the grade a statute names
            or (word == "at" and _AT_A_GRADE.match(text, at) is not None)
            # "Medicaid fraud - false claim", "weapons - carrying concealed": a state code's offence and its subtype
            or (word == "-" and text[stop.end() - 1:stop.end()] == " " and _CODE_SUBTYPE.match(text, stop.end(), s_end) is not None)
            # "being reckless as to its spread", "negligent as to whether it was stolen": a mental element the statute names
            or (word == "as" and text.startswith(" to ", stop.end()) and _MENTAL_ELEMENT.search(text, start, at) is not None)
            # "armed robbery as a party to a crime" (Wisconsin's liability for another's act), "operating while
            # intoxicated as a fourth offense": the count as charged
            or (word == "as" and _AS_CHARGED.match(text, at) is not None)
            # "monetary transactions in property derived from specified unlawful activity": the property's source names it
            or (word == "from" and _DERIVED.search(text, start, at) is not None)
            or (word == "from" and _GAIN_FROM.search(text, start, at) is not None)
            or (word == "on" and _GAIN_ON.search(text, start, at) is not None and _ON_THE_AVAILS.match(text, at) is not None)
            or (word in (",", "and", "or") and _next_item(text, stop.end(), s_end))
            # "charged with burglary; criminal trespass; and theft": a semicolon series, told by its closing "; and"
            or (word == ";" and _SEMICOLON_SERIES_END.search(text, at, s_end) is not None
                and _next_item(text, stop.end(), s_end))
            or (word == "and" and _in_a_name(text, at))
            or (word == "and" and _repeated_item(text, stop.end(), s_end, repeats))
            # "conduct unbecoming an officer and a gentleman": a pair a statute names as one
            or (word == "and" and any(left.search(text, start, at) and right.match(text, stop.end() + 1) for left, right in _PAIRS))
            # "taking bribes of cash, gold bars and a luxury car": the deed's own objects, coordinated
            or (word in ("and", "or") and _deed_goes_on(text[start:at], text[stop.end():s_end]))
            # "willful failure to pay over employment taxes", "failure to account for and pay over": a verb's particle
            # is inside the statute's name, and a bare particle before "and" shares the object that follows
            or (word in ("over", "for") and _PARTICLE_VERB.search(text, start, at) is not None
                and not _SPAN_OF_TIME.match(text, stop.end()))
            or (word in ("and", "or") and _BARE_PARTICLE.search(text, start, at) is not None)
            # "cannabis with a market value of \u20ac13,000 or more", "property valued at $1,500 or more": the statute's
            # threshold goes on to its "or more"
            or (word == "or" and _OR_MORE.match(text, at) is not None and text[at - 1:at].isdigit())
            # ("theft of between $100,000 and $1 million": the band's two ends)
            or (word == "and" and _VALUE_RANGE_OPEN.search(text, start, at) is not None and text[stop.end():stop.end() + 3].lstrip().startswith("$"))
            # "distribution of a Schedule I or II controlled substance", "a Schedule II, III or IV drug": the drug
            # schedules a statute names together are one offence's grade, not two offences
            or (word in ("or", ",") and _schedules_go_on(text, start, at))
            # "theft of property of $2,500 or more but less than $30,000": a graded statute's value band runs on to its
            # upper bound
            # ("theft of more than $10,000 but less than $100,000": the band's floor told as "more than" a sum)
            or (word == "but" and _UPPER_BOUND.match(text, at) is not None
                and (text.endswith("or more", start, at) or _LOWER_BOUND.search(text, start, at) is not None))
            # ("theft of property valued at $1,500 or more": the value the statute grades by)
            or (word == "at" and text.endswith(("valued", "worth"), start, at) and re.match(r"\sat\s+(?:least\s+|more\s+than\s+)?[$\u00a3\u20ac\d]", text[at:at + 20]) is not None)
            or (re.fullmatch(repeats, word) and re.search(r"(?:,|\band|\bor)\s*$", text[start:at]))
        )
        if not goes_on:
            # ("tampering with vials of painkillers meant for surgery patients": the participle of the things' purpose
            # opens a clause about them, no part of the offence)
            meant = _MEANT_BEFORE.search(text, max(start, at - 12), at) if word in ("for", "to") else None
            return meant.start() if meant else at
        pos = stop.end()


_HARM_TO_SOMEONE = lazy_compile(r"(?:(?<=harm)|(?<=injury)|(?<=injuries)|(?<=death))\s+to\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[a-z-]+\s+){0,2}?(?=[A-Z])")
_TO_OBTAIN = lazy_compile(r"\sto\s+(?:obtain|gain|get)\s+(?:an?\s+|any\s+)?(?:(?:pecuniary|financial|personal)\s+advantage|benefit|property|privilege"
                          r"|valuable\s+consideration)\b")
_NICKNAME_IN_A_NAME = lazy_compile(r"[\"\u201c][A-Z][\w.'\u2019-]*(?:\s[A-Z][\w.'\u2019-]*)?[\"\u201d]\s+(?=[A-Z])")
_GIVEN_NAME_BEFORE = lazy_compile(r"\b[A-Z][a-z]+\s$")
# The trigger inside a relative clause set off by commas ("Lee, who pleaded guilty in May to")
_IN_A_RELATIVE = lazy_compile(r",\s+(?:who|which)\s+[^,;:!?\n]*$")
_FOR_USE = lazy_compile(r"\bfor\s+use\s*$")
_CODE_VIOLATION = lazy_compile(r"\b(?:Code|Act|Law|Ordinance)\s+violations?\s*$")
# "a Game Code charge of X", "a Vehicle Code violation for X", "a state Fish and Game Code count of X": a state code's
# label before the offence, which is the words after it
_CODE_LABEL = lazy_compile(r"(?:an?\s+|the\s+|one\s+)?(?:(?:felony|misdemeanor|summary|state|federal|separate|second)\s+)*"
                           r"(?:[A-Z][\w.'\u2019-]*\s+(?:and\s+)?){1,4}(?:Code|Act|Law|Ordinance)\s+(?:charges?|counts?|violations?|offen[cs]es?)\s+(?:of|for)\s+(?=[a-z])")


# The mind a statute names with "as to" ("reckless as to its spread"), and a thing named by its source ("property derived from")
_MENTAL_ELEMENT = lazy_compile(r"\b(?:reckless|negligent|indifferent|knowing)\s*$", re.I)
_ITS_MENTAL_ELEMENT = lazy_compile(r"(?:being\s+)?(?:reckless|negligent)\s+as\s+to\b", re.I)
_DERIVED = lazy_compile(r"\bderived\s*$", re.I)
# "receiving a material benefit from trafficking", "profiting from the proceeds of crime", "living on the avails of
# prostitution" (Commonwealth codes): a gain is named by what it comes from, so its source is part of the offence
_GAIN_FROM = lazy_compile(r"\b(?:(?:material|financial|pecuniary)\s+)?(?:benefit|advantage|profit)s?\s*$|\b(?:benefit|profit)(?:s|ed|ing)\s*$", re.I)
# "dangerous driving causing death and grievous bodily harm", "occasioning death or serious injury": a statute names the
# harms its act caused as one pair, so the second harm is no offence of its own
_HARM = r"(?:(?:grievous|serious|actual|great|substantial)\s+)?(?:bodily\s+)?(?:harm|injury|injuries|death)"
_CAUSED_HARM = lazy_compile(r"\b(?:causing|occasioning|resulting\s+in|result\s+in)\s+" + _HARM + r"\s*$", re.I)
_HARM_NEXT = lazy_compile(r"\s+" + _HARM + r"\b", re.I)
_GAIN_ON = lazy_compile(r"\bliv(?:e|es|ed|ing)\s*$", re.I)
_ON_THE_AVAILS = lazy_compile(r"\son\s+the\s+(?:avails|earnings|proceeds)\s+of\b", re.I)
# Verbs whose particle a statute's name keeps ("pay over", "turn over", "account for"); an offence never ends in a particle
_PARTICLE_VERB = lazy_compile(r"\b(?:pay(?:ing)?|paid|turn(?:ing|ed)?|hand(?:ing|ed)?|account(?:ing)?)\s*$", re.I)
# ("failing to pay over a period of years", "to account for years": a time told, no particle)
_SPAN_OF_TIME = lazy_compile(r"\s+(?:an?\s|the\s+(?:course|past|last|next|years?|period)\b|several|many|more|nearly|about|\d|[$])", re.I)
_BARE_PARTICLE = lazy_compile(r"\b(?:pay(?:ing)?|turn(?:ing)?|hand(?:ing)?)\s+over\s*$|\baccount(?:ing)?\s+for\s*$", re.I)


# After a repeated "to", a determiner or a count opens a noun phrase, never an infinitive: "and to a firearms charge"
# ("and to obstruction of justice": a noun's ending tells it from a verb)
_A_NOUN_PHRASE = r"(?:(?:an?|the|one|two|three|four|five|six|seven|eight|nine|ten|\d+|single|separate|related)\s|[a-z]+(?:ion|ment|ery|ance|ence|ism|ity)\b)"


def _repeated_item(text: str, pos: int, s_end: int, repeats: str) -> bool:
    """ "charged with fraud and with a gun charge", "guilty of X and also of Y": the trigger's own preposition, repeated
    after "and", opens the next offence of the list."""
    again = re.match(rf"\s*(?:also\s+)?(?:{repeats})\s+(?=\S)", text[pos:s_end])
    return bool(again) and _next_item(text, pos + again.end(), s_end)


def _next_item(text: str, pos: int, s_end: int) -> bool:
    """After "," or "and", does another offence follow (not "prosecutors said" or "and was sentenced")?"""
    rest = re.match(r"\s*(?:(?:and|or|as\s+well\s+as|along\s+with|plus)\s+)?", text[pos:s_end])
    at = pos + (rest.end() if rest else 0)
    prefix = _COUNT_PREFIX.match(text, at, s_end)
    if prefix and prefix.end() > at:
        return True
    if re.match(r"the\s+(?:[\w-]+\s+){1,4}?(?:charges?|counts?)\b"
                r"|an?\s+(?:[\w-]+\s+){1,4}?(?:charge|count)\b(?!\s+(?:was|is|has|had|of)\b)", text[at:s_end]):
        return True  # "dismissed the manslaughter counts and the separate OVI charge"
    if _THE_KILLING.match(text, at, s_end):
        return True  # "to burglary and the unauthorised taking of a vehicle", "... and the manslaughter of Ann Lee"
    if _CODE_LABEL.match(text, at, s_end):
        return True  # "... and a Game Code violation for X": a state code's count, its offence after the label
    if _STATUTE_OFFENCE.match(text, at, s_end) or _ACRONYM_OFFENCE.match(text, at, s_end) or _PROGRAM_OFFENCE.match(text, at, s_end):
        # "fraud, Hobbs Act extortion and ...", "... and DUI causing injury": an offence named for its statute;
        # "racketeering, Medicaid fraud and theft": for the programme or body it wronged
        return True
    return at < s_end and not _NOT_AN_ITEM.match(text, at, s_end)


# Offences news writes by their letters ("DUI causing great bodily injury", "OVI", "RICO conspiracy", "GBH with intent",
# Florida's boating "BUI manslaughter", New York's "DWAI")
_ACRONYM_OFFENCE = lazy_compile(r"(?:DUI|DWI|OWI|OVI|OUI|BUI|BWI|DWAI|RICO|GBH|ABH)\b")
# "Hobbs Act extortion", "Travel Act bribery", "RICO conspiracy": a capitalised statute before the offence's head noun
_PROGRAM_OFFENCE = lazy_compile(r"(?:[A-Z][\w'\u2019-]*\s+){1,2}(?:fraud|theft|embezzlement|bribery|extortion|smuggling|trafficking)\b")
_STATUTE_OFFENCE = lazy_compile(r"(?:(?:[A-Z][\w.'\u2019-]*\s+){1,4}Act|RICO)\s+(?:[a-z][\w-]*\s+){0,2}?"
                              r"(?:[a-z][\w-]*(?:fraud|theft|brib\w*|extortion|conspiracy|violations?|racketeering|launder\w*|kickbacks?"
                              r"|smuggling|trafficking|embezzlement)|violations?|conspiracy|extortion|bribery)\b")



# "conspiracy to commit kidnapping and possession of a firearm": an offence noun with its own complement after "and"
# opens another offence ("conspiracy to commit mail and wire fraud" shares one)
# ("... and unlawful retention of defense information": a statute's adjective may lead the noun)
_OWN_OFFENCE = lazy_compile(r"(?:(?:unlawful|illegal|willful|wilful|improper|unauthori[sz]ed|false|fraudulent|criminal|aggravated)\s+)?"
                          r"(?:[a-z]+(?:ion|ment|ery)|use|misuse|abuse|theft|fraud|larceny|assault|possessing|using|carrying|filing|making|obstructing|tampering)"
                          r"\s+(?:of|with|an?|the|his|her|their)\b")


def _to_a_named_offence(rest: str) -> bool:
    """ "pleaded guilty to a scheme to defraud and to wire fraud", "... and to bank theft": after the repeated "to", a short
    phrase whose head is an offence's noun opens the next count, not a second verb of the infinitive ("to defraud and
    to wire money" stays one: "money" names no offence)."""
    following = re.match(r"(?:also\s+)?to\s+((?:[a-z][\w-]*\s+){1,2}[a-z][\w-]*)(?=\s*(?:[,;.]|\s(?:and|or)\s|$))", rest)
    return bool(following) and _NAMED_OFFENCE.search(following.group(1).split()[-1]) is not None


_LEAVING_THE_SCENE = lazy_compile(r"(?:also\s+)?(?:to\s+)?leaving\s+(?:the|an?)\s+(?:[\w-]+\s+)?scene\b")


# "possession of fentanyl and methamphetamine for the purpose of trafficking", "possession of cocaine and heroin with
# intent to supply": two things held for one purpose, one offence (not "possession of a firearm and drug trafficking")
_POSSESSED_BEFORE = lazy_compile(r"(?<![\w-])possess(?:ion|ing)\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?[\w-]+$", re.I)
# Scotland's assault charge names the harm done: "assault to his severe injury, permanent disfigurement and permanent
# impairment and to the danger of his life" is one charge, however many harms it lists
_SCOTS_INJURY = lazy_compile(r"\bto\s+(?:his|her|their|the)\s+(?:severe\s+)?injury\b")
_INJURY_GOES_ON = lazy_compile(r"(?:and\s+)?(?:to\s+the\s+danger\s+of|permanent\s+(?:disfigurement|impairment|scarring)|(?:his|her|their)\s+permanent)\b")
_SHARED_PURPOSE = lazy_compile(r"(?:[a-z][\w-]*\s+){1,3}?(?:with\s+(?:the\s+)?intent\s+to|for\s+the\s+purposes?\s+of)\b")


# ("theft of between $100,000 and $1 million": the statute's value band, one offence)
_VALUE_RANGE_OPEN = lazy_compile(r"\bbetween\s+\$[\d,.]+(?:\s+(?:million|billion))?$")


def _list_items(text: str, start: int, end: int, lead_end: int, repeats: str = "of|to") -> list[tuple[int, int]]:
    """Split at commas, and at "and" unless one offence holds both words ("conspiracy to commit fraud and theft",
    "aiding and abetting", "a single count of X and Y"); never inside the lead ("counts, including")."""
    items: list[tuple[int, int]] = []
    cursor = start
    # "by misrepresentation, fraud, forgery or subterfuge": the means listed are one offence's complement
    means = [m.span() for m in _MEANS_LIST.finditer(text, lead_end, end)]
    # ("46 months for wire fraud plus two years for identity theft": a bare "plus" adds the next item as "and" does)
    # ("convicted of fraud as well as money laundering": a bare "as well as" always adds another offence, as a comma does)
    # ("charged with burglary; trespass; and theft": a semicolon series, read to its end by _offence_end, splits as commas do)
    for sep in re.finditer(r"[,;](?!\d)\s*(?:(?:and|or|along\s+with|as\s+well\s+as|plus)\s+)?|\s+(?:and|plus)\s+|\s+as\s+well\s+as\s+",
                           text[lead_end:end]):
        sep_start, sep_end = lead_end + sep.start(), lead_end + sep.end()
        if text[sep_start - 1:sep_start] == "-" and sep.group().strip() == "and":
            continue  # "first- and second-degree murder": the suspended hyphen shares the noun; one count as written
        joins_like_and = not sep.group().startswith((",", ";")) and "well" not in sep.group()
        # "assaulting, resisting or impeding officers": bare verbs listed before the one object they share
        verb = text[cursor:sep_start]
        verb = verb[_COUNT_PREFIX.match(verb).end():].strip()
        shared_verbs = sep.group().startswith((",", ";")) and re.fullmatch(r"[a-z]+ing", verb) and not _BARE_OFFENCE_GERUND.match(verb) \
            and re.match(r"[a-z]+ing,?\s+(?:and|or)\s+[a-z]+ing\s+\S", text[sep_end:end])
        # ("intentionally causing a fire and being reckless as to its spread": the deed and its mental element, one offence)
        # ("400 grams and more of fentanyl": a statute's threshold, not a second item)
        if shared_verbs or any(m_start < sep_start < m_end for m_start, m_end in means) or _in_a_name(text, sep_start) \
                or re.match(r"(?:more|less)\s+(?:of|than)\s", text[sep_end:end]) \
                or _VALUE_RANGE_OPEN.search(text, cursor, sep_start) and text.startswith("$", sep_end) \
                or _DURING_AND.match(text, sep_start - len(" during"), sep_end + 20) \
                or _schedules_go_on(text, cursor, sep_start) \
                or (not sep.group().startswith((",", ";")) and _ITS_MENTAL_ELEMENT.match(text, sep_end)) \
                or (not sep.group().startswith((",", ";")) and _CAUSED_HARM.search(text, cursor, sep_start) is not None
                    and _HARM_NEXT.match(text, sep_end - 1) is not None) \
                or _deed_goes_on(text[max(cursor, lead_end):sep_start], text[sep_end:end]) \
                or (not sep.group().startswith((",", ";")) and _POSSESSED_BEFORE.search(text, cursor, sep_start) is not None
                    and _SHARED_PURPOSE.match(text, sep_end, end) is not None) \
                or (_SCOTS_INJURY.search(text, cursor, sep_start) is not None and _INJURY_GOES_ON.match(text, sep_end, end) is not None):
            continue
        # "of fraud and of making false statements": the repeated preposition opens the next offence; a "to" does only
        # before a gerund ("to conspiracy to make threats and to making a hoax call": an infinitive would be the conspiracy's)
        if joins_like_and and not _COUNT_PREFIX.match(text, sep_end, end).group() \
                and not re.match(rf"(?:also\s+)?(?:of|{repeats if repeats in ('for', 'on', 'with') else 'of'})\s", text[sep_end:end]) \
                and not ("to" in repeats.split("|") and (re.match(r"(?:also\s+)?to\s+(?:[a-z]+ing\s|" + _A_NOUN_PHRASE + ")", text[sep_end:end])
                                                         or _to_a_named_offence(text[sep_end:end]))):
            item = text[cursor:sep_start]
            prefix = _COUNT_PREFIX.match(item)
            single = prefix and prefix.group("count") and re.match(r"(?:a\s+single|one|an?)\s", prefix.group("count"), re.I) \
                and not re.search(r"\beach\s+of\s+$", prefix.group("count"), re.I) \
                and not _LEAVING_THE_SCENE.match(text, sep_end, end)  # "one count each of X and Y": two
            # ("a count of causing death by dangerous driving and leaving an accident scene": the duty's own offence)
            # ("conspiracy to commit fraud and theft" is one offence; "... and conspiracy to pay kickbacks" opens another;
            # "... distribute heroin and fentanyl and conspiracy to launder money": words before the next "conspiracy"
            # with an "and" between are still this one's object)
            conspiracy = re.match(r"(?:\w+\s+){0,3}?conspir\w*\s+to\b", item[prefix.end() if prefix else 0:], re.I) \
                and not re.match(r"(?:(?!(?:and|or)\b)[\w-]+\s+){0,2}?conspir\w*\b", text[sep_end:end], re.I) \
                and not _OWN_OFFENCE.match(text, sep_end, end) \
                and not _conspiracy_complete(item, text[sep_end:end])
            if single or conspiracy \
                    or (re.search(r"\bto\s+(?![a-z]+[^s\W]s$)(?!(?:police|authorities|investigators|officers|officials|agents|minors|children|animals|persons|people|others)$)\w+$", item)
                        # ("with intent to distribute and obstructing official business", "... and criminal mischief": a
                        # gerund, a noun or an offence's own adjective is no verb the "to" shares)
                        and not re.match(r"[a-z]+ing\b|(?:criminal|aggravated|reckless|simple|felony|misdemeanor|unlawful|illegal"
                                         r"|(?:first|second|third|fourth)-degree|child|animal|domestic|sexual|identity|witness|drug"
                                         r"|weapons?|firearms?|gun|vehicular|involuntary|voluntary|attempted|disorderly|petty|grand"
                                         r"|indecent|lewd)\b|" + _A_NOUN_PHRASE, text[sep_end:end])
                        # ("threatening to kill and assault causing harm": a noun with its own harm complement is the
                        # next offence, not a second verb of the infinitive)
                        and not re.match(r"[a-z]+\s+(?:causing|occasioning|resulting\s+in)\s", text[sep_end:end])
                        # ("conspiracy to defraud and wire fraud": the conspiracy's bare infinitive shares nothing)
                        and not (re.search(r"\bconspir\w*\s+to\s+[a-z]+$", item) and _conspiracy_complete(item, text[sep_end:end]))) \
                    or _BARE_PARTICLE.search(item) or any(left.search(item) and right.match(text, sep_end) for left, right in _PAIRS) \
                    or _one_offence(item, re.split(r",|\s(?:and|or)\s", text[sep_end:end])[0]) \
                    or _needs_complement(item[prefix.end() if prefix else 0:], text[sep_end:end]) \
                    or _shared_object(item[prefix.end() if prefix else 0:], text[sep_end:end]) \
                    or _second_substance(item, text[sep_end:end]) \
                    or _coordinated_object(item[prefix.end() if prefix else 0:], text[sep_end:end]):
                continue
        items.append((cursor, sep_start))
        cursor = sep_end
    items.append((cursor, end))
    return [(s, e) for s, e in items if text[s:e].strip()]


# A lede tells the deed in plain words, a gerund with its objects: "convicted of taking bribes of cash, gold bars and a
# luxury car", "of lying to police about a racist and homophobic attack". The list inside the deed's object is the
# deed's; the offence list goes on only with another offence (a gerund deed, a named offence, a count). The whole
# gerund phrase is then one charge, as the article words it.
_GERUND_DEED = lazy_compile(r"\s*(?:[a-z]+ly\s+)?(?!(?:aiding|abetting|breaking|entering|fleeing|eluding"
                          # gerunds the codes name offences by ("endangering the welfare of a child", "threatening a
                          # federal official", "uttering a forged instrument"): a statute's name, not a deed told
                          r"|endangering|threatening|uttering|abandoning|contributing|participating|carrying|possessing|leaving"
                          r"|evading|resisting|assaulting|causing|giving|impeding|interfering|failing|unlawfully"
                          r"|filing|making|obstructing|tampering|stalking|menacing|harassing|racketeering|conspiring|soliciting"
                          r"|trespassing|loitering|speeding|driving|operating)\b)[a-z]{2,}ing\s+\S")


def _deed_goes_on(item: str, rest: str) -> bool:
    """Is the "," or "and" before `rest` inside a gerund deed's object ("taking bribes of cash, gold bars and a car")?"""
    if not _GERUND_DEED.match(item) or " FOR " in item:
        return False  # (a title's "for", capitalised in the reading: "Traveling to Meet a Minor for Unlawful ..." is a statute's name)
    nxt = re.split(r",|\s(?:and|or)\s", rest)[0].strip()
    if re.match(r"(?:to|of)\s+[a-z]+ing\b", nxt):
        return False  # "being reckless as to its spread, and to destroying property": the list's preposition, repeated
    if re.match(r"[a-z]+ed\b", nxt) or (_NOT_AN_ITEM.match(nxt) and not re.match(r"(?:an?|the|his|her|their|its)\s|[$\d]", nxt)):
        return False  # "... and sentenced to four years", "..., prosecutors said": a new clause, not the deed's object
    if re.match(r"(?:criminal|aggravated|felony|reckless|unlawful|illegal|attempted|simple|first|second|third)\b", nxt):
        return False  # "... and criminal recklessness": an offence's own qualifier opens the next count
    if re.search(r"\b(?:an?|the)\s+[a-z]+(?:ent|ant|ist|ic|ous|al|ive|ful|less|ary|ble)$", item.rstrip(", ")) \
            and not re.match(r"(?:an?|the|his|her|their|\d|one|two|three)\b", nxt):
        return True  # "about a violent and racist assault": two adjectives of one noun, not two offences
    return bool(nxt) and not (re.match(r"[a-z]+ing\b", nxt) or re.search(r"\b(?:counts?|charges?|offen[cs]es?|crimes?|felon(?:y|ies))\b", nxt) or _names_offence(nxt) or _COUNT_PREFIX.match(nxt).group()
                              or re.match(r"(?:[\w-]+\s+){0,2}?conspir", nxt, re.I))


# ("theft by deception, bribery and tampering with a game": a last word with its own object is the next offence)
_MEANS_LIST = lazy_compile(r"\b(?:by|through|using)\s+[a-z][\w-]*(?:,\s+[a-z][\w-]*)+,?\s+(?:or|and)\s+[a-z][\w-]*\b"
                         r"(?!\s+(?:with|of|to|an?|the|his|her|their)\b)")
# "Racketeer Influenced and Corrupt Organizations Act": an "and" inside a statute's capitalised name
# ("making false filings with the U.S. Securities and Exchange Commission", "defrauding the Farmers and Merchants Bank":
# an agency's or a firm's name holds its own "and")
_IN_A_NAME = lazy_compile(r"\s+and\s+(?=(?:[A-Z][\w'\u2019-]*\s+){0,5}(?:Act|Code|Commission|Administration|Agency|Bureau|Department"
                        r"|Service|Authority|Board|Bank|Company|Corporation|Trust|Committee)\b)")


# "conspiracy to defraud the United States", "conspiracy to deliver defense information": the infinitive has its own
# object, so the conspiracy is whole ("to commit" takes an offence as its object: "to commit mail and wire fraud")
_CONSPIRACY_WITH_OBJECT = lazy_compile(r"\bconspir\w*\s+to\s+(?:[a-z]+\s+(?:the|an?|his|her|their|its)\s+\S|(?!commit\b)[a-z]+\s+[a-z\d$])", re.I)
# Verbs a conspiracy's infinitive coordinates before one shared object ("to pay and receive kickbacks", "to possess
# and distribute cocaine", "to steal and sell firearms")
_CONSPIRACY_VERB = lazy_compile(r"(?:to\s+)?(?:pay|receive|sell|buy|distribute|possess|manufacture|import|export|launder|steal|transport"
                              r"|smuggle|harbou?r|conceal|deliver|acquire|obtain|produce|offer|solicit|accept|make|file|use|bribe"
                              r"|kill|kidnap|rob|injure|obstruct|defraud|commit|traffic|export|ship|store|hide|structure|evade|murder|assault|rape"
                              r"|extort|counterfeit|forge|stalk|harass|threaten|intimidate|embezzle|destroy|damage)\b", re.I)
# "conspiracy to commit wire fraud": the infinitive's object already names an offence
_CONSPIRACY_TO_COMMIT = lazy_compile(r"\bconspir\w*\s+to\s+commit\s+(?P<object>.+)$", re.I)


def _conspiracy_complete(item: str, rest: str) -> bool:
    """After a conspiracy whose infinitive already has its object, an "and" before another offence's name or a
    gerund opens the next offence ("conspiracy to defraud the IRS and tax evasion", "... and aiding in ...");
    "conspiracy to commit mail and wire fraud" shares one."""
    nxt = re.split(r",|\s(?:and|or)\s", rest)[0]
    if _CONSPIRACY_WITH_OBJECT.search(item):
        return bool(_names_offence(nxt) or re.match(r"[a-z]+ing\b", nxt))
    # "conspiracy to commit wire fraud and making false statements", "... to commit wire fraud and wire fraud": after an
    # object that names an offence, a gerund or the same offence again is the next count ("to commit mail and wire
    # fraud" shares its object; "to commit fraud and theft" may be one conspiracy: both stay one)
    committed = _CONSPIRACY_TO_COMMIT.search(item)
    if committed is None:
        # "conspiracy to defraud and sex trafficking of a minor": an infinitive with no object takes no offence's name
        # as one; the named offence after "and" is the next count. A second verb shares the object, one conspiracy
        # ("conspiracy to pay and receive kickbacks"), unless a complement shows it a noun ("... and assault on a
        # peace officer")
        if not re.search(r"\bconspir\w*\s+to\s+[a-z]+\s*$", item) or not _names_offence(nxt) or re.match(r"\s*to\s", nxt):
            return False
        return not _CONSPIRACY_VERB.match(nxt.strip()) \
            or bool(re.match(r"\s*[a-z]+\s+(?:on|with(?!\s+(?:the\s+)?intent\b)|by|of|in|causing|resulting|against)\s", nxt))
        # ("conspiracy to distribute and possess with intent to distribute cocaine": the second verb's own intent, one
        # conspiracy)
    # ("controlling or coercive behaviour": an "or" may stand inside the next offence's name)
    nxt = re.split(r",|\sand\s", rest)[0]
    obj, words = committed.group("object").strip().lower(), nxt.strip().lower().split()
    # "... to commit wire fraud and bank fraud" shares the head word, one conspiracy; "... to commit wire fraud and
    # involuntary manslaughter", "... and assault causing serious bodily injury": another offence, another count
    # ("... to commit straw purchasing of firearms and making false statements": an object that is a deed with its own
    # "of" complement is complete too; a gerund after it is the next count)
    if re.search(r"\b[a-z]+ing\s+of\s+[a-z]", obj) and re.match(r"\s*[a-z]+ing\s+(?!of\b|and\b|or\b)[a-z]", nxt):
        return True
    return bool(_names_offence(obj) and (re.match(r"[a-z]+ing\s+\S", nxt) or " ".join(words) == obj
                                         or (_names_offence(nxt) and len(words) >= 2 and words[-1] != obj.split()[-1]
                                             and words[0] != "to")))  # ("... and to launder money": the conspiracy's aim)


def _in_a_name(text: str, at: int) -> bool:
    """Is the " and " at `at` inside a capitalised statute or agency name ("Racketeer Influenced and Corrupt Organizations
    Act")?"""
    return bool(_IN_A_NAME.match(text, at) and re.search(r"\b[A-Z][\w'\u2019-]*$", text[max(0, at - 40):at]))


# Gerunds that name an offence with no object ("kidnapping and carrying a firearm" are two offences)
_BARE_OFFENCE_GERUND = lazy_compile(r"(?:kidnapping|carjacking|hijacking|(?:cyber)?stalking|wounding|bullying|swatting|trafficking|shoplifting|speeding|racketeering|hazing"
                                  r"|loitering|rioting|smuggling|laundering|looting|trespassing|gambling|counterfeiting|hacking"
                                  r"|poaching|bootlegging|pandering|eluding|fleeing|menacing)$", re.I)


# Drugs a dealing offence names together: "possession with intent to distribute heroin and fentanyl" is one count of
# two substances (a drug's name alone is no offence, so it never opens a list's next item)
_SUBSTANCE = (r"(?:crack\s+|powder\s+)?(?:cocaine|heroin|fentanyl|methamphetamine|meth|amphetamines?|marijuana|cannabis|MDMA|ecstasy"
              r"|ketamine|oxycodone|hydrocodone|oxycontin|morphine|opium|LSD|PCP|GHB|carfentanil|cathinones?|psilocybin|diamorphine"
              r"|benzodiazepines?|xylazine|ice|crystal\s+meth)")
_ENDS_IN_SUBSTANCE = lazy_compile(rf"\b{_SUBSTANCE}$", re.I)
_ONLY_A_SUBSTANCE = lazy_compile(rf"{_SUBSTANCE}\b(?!\s+(?!and\b|or\b)[a-z])", re.I)


def _second_substance(left: str, right: str) -> bool:
    """Does `right` go on with a second drug of the offence `left` names ("... distribute heroin and fentanyl")?"""
    return bool(_ENDS_IN_SUBSTANCE.search(left.rstrip()) and _ONLY_A_SUBSTANCE.match(right))


def _shared_object(left: str, right: str) -> bool:
    """Two verbs sharing one object make one offence: "soliciting and receiving kickbacks", "manufacturing and
    distributing methamphetamine" (the first verb alone names nothing; "and to taking and driving a conveyance": the
    list's repeated preposition before it)."""
    verb = re.fullmatch(r"\s*(?:(?:to|of)\s+)?([a-z]+ing)\s*", left)
    return bool(verb and not _BARE_OFFENCE_GERUND.match(verb.group(1))
                and re.match(r"[a-z]+ing\s+\S", right))


# Nouns of a wrong done to someone, which name an offence only with their victim: "abuse and neglect of a vulnerable
# adult", "cruelty and maltreatment of subordinates", "torture and murder of a child" ("robbery and murder of a clerk":
# a robbery is an offence on its own, two counts)
# ("reckless endangerment and neglect of a child": a graded wrong is an offence of its own, two counts)
_WRONG_TO_SOMEONE = lazy_compile(r"(?:(?:sexual|physical|emotional|financial|mental)\s+)?(?:abuse|neglect|cruelty|maltreatment|mistreatment"
                               r"|exploitation|torture|abandonment|intimidation|oppression|enticement|corruption)", re.I)


# Nouns of a dealing act, which name an offence only with the thing dealt in: "possession and distribution of fentanyl",
# "coercion and enticement of a minor", "manufacture and sale of counterfeit pills" ("burglary and theft of a car":
# a crime's own name stands alone, two counts); the statute's mental element may qualify the first noun ("willful
# retention and transmission of defense secrets", "unauthorized disclosure and removal of records": both share it)
_ACT_NEEDS_OBJECT = lazy_compile(r"(?:(?:unlawful|illegal|willful|wilful|knowing|unauthori[sz]ed|intentional)\s+)?(?:possession|distribution"
                               r"|manufacture|manufacturing|sale|delivery|receipt"
                               r"|production|importation|exportation|transportation|transport|solicitation|coercion|enticement"
                               r"|transfer|purchase|harbou?ring|concealment|dispensing|dissemination|advertisement|shipment|use"
                               r"|retention|transmission|disclosure|removal|gathering|communication|acquisition|storage)", re.I)
_OBJECT_ACT = lazy_compile(r"(?:[a-z]+\s+)?[a-z]+(?:ion|ment|ure|ing|ery|sale|al|ance|fer|ase|ipt|port|use|ship)\s+of\s+(?!the\s+(?:law|code|statute)\b)\S")


def _needs_complement(left: str, right: str) -> bool:
    """Is `left` a bare noun that takes the object named after the next noun ("abuse and neglect of an adult",
    "possession and distribution of fentanyl")?"""
    # (the second noun a wrong to the same victim: "sexual abuse and possession of child pornography" are two counts)
    # ("attempted coercion and enticement of a minor": the attempt qualifies both nouns, which share the object)
    bare = re.sub(r"^attempted\s+", "", left.strip(), flags=re.I)
    return bool(_WRONG_TO_SOMEONE.fullmatch(bare) and re.match(r"(?:[a-z]+\s+)?(?:abuse|neglect|cruelty|maltreatment"
                r"|mistreatment|exploitation|torture|abandonment|endangerment|murder|killing|rape|molestation|assault)\s+of\s+\S", right)) \
        or bool(_ACT_NEEDS_OBJECT.fullmatch(bare) and _OBJECT_ACT.match(right))


# An offence noun with its complement's bare plural object: "interference with flight crew members", "theft of cattle"
_NOUN_WITH_PLURAL_OBJECT = lazy_compile(r"(?:[\w-]+\s+){0,2}?[a-z]+(?:ion|ment|ence|ance|ery|ft|ty|ult|ud)\s+(?:with|of|against|on|upon|toward)\s+"
                                        r"(?:(?:the|his|her|their|federal|state|[\w-]+)\s+){0,3}?[a-z]+s$", re.I)


def _coordinated_object(left: str, right: str) -> bool:
    """ "interference with flight crew members and attendants", "theft of cattle and horses": a bare plural after "and",
    the list's last words, is a second object of the offence's own complement, not a second offence."""
    if not _NOUN_WITH_PLURAL_OBJECT.fullmatch(left.strip()):
        return False
    obj = re.fullmatch(r"\s*((?:[a-z][\w-]*\s+)?[a-z][\w-]*s)\s*", right)
    return bool(obj) and not re.match(r"(?:an?|the|his|her|their|its|one|two|three|\d)\b", obj.group(1)) \
        and not _OFFENCE_HEAD.search(obj.group(1)) and not _names_offence(obj.group(1)) \
        and not re.search(r"\b(?:counts?|charges?|kickbacks|threats)$", obj.group(1))


def _one_offence(left: str, right: str) -> bool:
    """Two bare nouns that name no offence on their own make one named offence ("cruelty and maltreatment",
    "waste and abuse"); "burglary and arson" are two, for each names a crime."""
    sides = [left.strip().split(), right.strip().split()]
    # ("animal cruelty and witness intimidation": a modified head names an offence, where "cruelty" alone may be half of one;
    # an adjective alone names none: "fraudulent schemes and artifices" is one offence)
    return all(0 < len(words) <= 2 for words in sides) and not any(
        _OFFENCE_HEAD.search(" ".join(w)) or (len(w) > 1 and _NAMED_OFFENCE.search(" ".join(w))) for w in sides)


# Head words statutes name offences by, beyond the common crimes: federal, state, UK and military codes name an open
# vocabulary ("dereliction of duty", "misprision of a felony", "home invasion", "hindering prosecution", "improper
# hazarding of a vessel"). Nouns of deeds in general ("role", "involvement", "death", "attack") are not among them.
_STATUTE_HEADS = (r"intrusion|invasion|oppression|hindering|dereliction|misbehaviou?r|hazarding|misprision|deprivation"
                  r"|transportation|retention|structuring|re-?entry|intoxication|imprisonment|disobedience|insubordination"
                  r"|pervert\w*|interference|concealment|falsification|destruction|mutilation|desecration|malfeasance|misfeasance"
                  r"|usury|piracy|sabotage|poaching|misuse|harbou?ring|molestation|strangulation|suffocation|mayhem|maiming"
                  r"|retaliation|absconding|incit\w*|sedition|genocide|infanticide|feticide|bigamy|incest|sodomy|bestiality"
                  r"|lewdness|pornography|blackmail|graft|kickbacks|cultivation|importation|exportation|carjacking"
                  r"|vagrancy|loitering|disorder|endangerment|obscenity|defamation|libel|insider\s+trading|profiteering"
                  r"|espionage|unbecoming|jumping|dissemination|supply|misrepresentation|theft|imped\w*|dissuad\w*|enticement"
                  r"|robbery|larceny|trafficking|smuggling|manslaughter|homicide|uttering|mishandling|threats|delinquency|intercourse|brandishing")


_OFFENCE_HEAD = lazy_compile(
    r"\b(?:\w*(?:fraud|theft|assault|murder|manslaughter|brib\w*|obstruct\w*|conspir\w*|possess\w*|traffick\w*|robbery"
    r"|burglary|arson|rape|kidnap\w*|homicide|battery|extortion|embezzle\w*|larceny|perjury|forgery|smuggl\w*|launder\w*"
    r"|stalking|harass\w*|trespass\w*|vandalism|mischief|menacing|endanger\w*|abuse|neglect|contempt|sodomy|incest"
    r"|racketeering|espionage|treason|sedition|desertion|mutiny|riot\w*|escape|evasion|violation|violating|misconduct"
    r"|driving|DUI|DWI|OWI|intoxicat\w*|solicit\w*|pandering|prostitution|gambling|counterfeit\w*|impersonat\w*|threat\w*"
    r"|resisting|eluding|fleeing|disorderly|loitering|carrying|discharg\w*|distribut\w*|manufactur\w*|sale|delivery"
    r"|felony|misdemeanor|offen[cs]es?|crimes?|" + _STATUTE_HEADS + r"))\b", re.I)


# What makes a verdict sentence no outcome of the counts charged earlier: a supposed one ("Had he been convicted of
# murder", "If convicted"), anyone's ("bars anyone convicted of theft in office"), or an earlier case's ("was convicted
# of drunken driving in 2019", "previously pleaded guilty")
_SUPPOSED_OR_PAST = lazy_compile(r"\b(?:[Ii]f|[Hh]ad\s+(?:\w+\s+)?been|[Ww]ould|[Cc]ould|[Mm]ight|[Aa]nyone|[Aa]nybody|[Tt]hose|[Ww]hoever|[Ee]ach"
                               r"|[Ff]aces?|[Ff]acing|previously|prior|earlier|(?:19|20)\d\d)\b")


def _add_charge(charges: list[Charge], charge: Charge) -> None:
    if charge.text.startswith(("under ", "pursuant ", "contrary ")) or charge.text.endswith(_NO_OFFENCE_ENDINGS):
        # "a count of X, a charge under the Arms Export Act": the statute the offence falls under; "admitted a great
        # bodily injury enhancement", "... and the special circumstance": what raises the sentence, no offence
        return
    for existing in charges:
        if existing.text.lower() == charge.text.lower() and existing.subject == charge.subject:
            # (two triggers may read the same words: "sentenced ... on his convictions for X" is one mention of X)
            existing.citations.extend(cite for cite in charge.citations if cite not in existing.citations)
            return
    charges.append(charge)


_NO_OFFENCE_ENDINGS = ("enhancement", "enhancements", "special circumstance", "special circumstances")


# The verb before a "counts of" list says what became of them; the nearest wins ("charged with X, he was convicted on two counts of Y").
_STATUS_WORDS = lazy_compile(
    # ("entered a plea of not guilty to one count of X": denied, never the verdict's "not guilty")
    r"\b(?P<denied>(?:pleaded|pled|pleads|pleading)\s+not\s+guilty|pleas?\s+of\s+not\s+guilty|not\s+guilty\s+pleas?|denied|denies)\b"
    r"|\b(?P<pleaded>(?:pleaded|pled|pleads|pleading)(?:\s+(?:guilty|no\s+contest))?|guilty\s+pleas?|pleas?\s+of\s+guilty|admitted|admits|admitting)\b"
    # ("agreed to dismiss a count of X, as well as the count of Y": the infinitive's counts are dropped too)
    r"|\b(?P<dismissed>drop(?:s|ped|ping)?|dismiss(?:es|ed|ing)?|withdr(?:ew|awn|aws?|awing))\b|\b(?P<acquitted>acquitted|not\s+guilty|cleared)\b"
    # ("imposed the sentence on each of the three counts of X": a sentence is imposed only on a conviction)
    r"|\b(?P<convicted>convict(?:ed|ing|ions?)|guilty|(?:re-?)?sentenced|jailed"
    r"|impos(?:ed|es|ing)\s+(?:the|an?|his|her|their|concurrent|consecutive|identical)\s+(?:[\w-]+\s+){0,2}?(?:sentences?|terms?))\b", re.I)


def _term_status(before: str) -> str:
    """The status of an offence named after a term it earned ("gave him a concurrent five-year sentence for": a
    sentence is for a conviction even where no verb says so)."""
    return _status_from(before) if _STATUS_WORDS.search(before) else "convicted"


def _status_from(before: str) -> str:
    found = list(_STATUS_WORDS.finditer(before))
    if not found:
        return "charged"
    last = found[-1]
    if last.group("dismissed"):
        return "dismissed"
    if last.group("acquitted"):
        return "acquitted"
    if last.group("denied"):
        return "charged"
    if last.group("pleaded"):
        return "pleaded guilty"
    return "convicted"


# An offence is named by its head noun: "manslaughter", "fraud by abuse of position", "causing death by dangerous
# driving". Conduct told ("admitted to police that he drove", "for six years") names none, nor does the thing taken
# ("for taking bribes": the offence is bribery; "bribes" is what changed hands).
_NAMED_OFFENCE = lazy_compile(
    r"\b(?:\w*(?:fraud|theft|assault|murder|manslaughter|brib(?!es\b)\w*|obstruct\w*|conspir\w*|possess\w*|traffick\w*|robbery"
    r"|burglary|arson|rape|kidnap\w*|abduct\w*|homicide|battery|extortion|embezzle\w*|larceny|perjury|forgery|smuggl\w*"
    r"|launder\w*|stalking|harass\w*|trespass\w*|vandalism|mischief|menacing|endanger\w*|abuse|neglect|cruelty|contempt"
    r"|racketeering|espionage|treason|sedition|desertion|mutiny|rioting|riot|evasion|misconduct|corruption|tampering"
    r"|DUI|DWI|OWI|solicit\w*|prostitution|counterfeit\w*|impersonat\w*|indecen\w*|exposure|voyeurism|grooming|affray"
    r"|wounding|intimidat\w*|coercion|carjacking|hijacking|terrorism|hit-and-run|negligence|felony|misdemeanor|offen[cs]es?"
    r"|hazing|misappl\w*|misappropriat\w*|exploitation|cruelty|maltreat\w*|" + _STATUTE_HEADS + r"))\b"
    r"|\b(?:violat\w*|breach\w*)\s+(?:of\s+)?(?:an?\s+|the\s+|his\s+|her\s+)?(?:[\w-]+\s+)?(?:protective|restraining|no-contact|court|protection)\s+order\b"
    r"|\b(?:protective|restraining|no-contact|protection)\s+order\s+violations?\b|\b(?:operating|driving)\s+(?:an?\s+[\w-]+\s+)?while\s+\w+"
    r"|\b(?:drunk(?:en)?|drink|drugged|impaired|dangerous|careless|reckless|intoxicated|disqualified|uninsured)[- ]driving\b"
    r"|\bdriving\s+(?:under|while|without|with\s+excess)\b|\bcaus\w+\s+(?:\w+\s+){0,3}?(?:death|harm|injury|injuries|hurt)\b"
    r"|\b(?:false\s+statements?|resisting\s+arrest|leaving\s+(?:the|an?)\s+(?:[\w-]+\s+)?scene|bodily\s+harm|criminal\s+\w+)\b"
    # Texas's hit-and-run offence is named for the crash ("accident involving death", "accident involving serious bodily
    # injury"); the federal rights statute for what was taken ("violating the civil rights of an inmate")
    r"|\baccident\s+involving\s+(?:[\w-]+\s+){0,2}?(?:death|injury|injuries|damage)\b"
    # ("six convictions for building code violations", "health code violations": a local code's violations, as charged;
    # "keeping an unlicensed lodging house", "keeping a disorderly house", "keeping a common bawdy house": the keeping
    # offences name the house kept)
    r"|\b(?:building|housing|health|fire|zoning|sanitary|sanitation|safety)\s+code\s+violations?\b"
    r"|\bkeeping\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:house|brothel)\b", re.I)


# A statute's own adjectives, grades and complements: "unlawful retention", "willful dereliction", "second-degree
# sexual abuse", "failure to obey a lawful order", "distribution of fentanyl resulting in death", "false official statement"
# (searched over the whole phrase: the forms run past the head's "of"/"to"/"in")
_STATUTE_FORM = lazy_compile(
    r"\b(?:unlawful|illegal|unauthori[sz]ed|improper|willful|wilful|wrongful|felonious|fraudulent|negligent|reckless|malicious|indecent|lewd"
    r"|wanton|aggravated|attempted|corrupt)\s+(?!(?:behaviou?r|conduct|actions?|acts?|activity|activities|comments?|remarks?|words"
    r"|relationships?|contact|disregard|intent|motives?|purposes?|practices?|dealings|decisions?|care|treatment|handling|spending"
    r"|lending|billing|language|immigrants?|aliens?|workers?|guns?|firearms?|drugs?|weapons?)\b)[a-z]"
    r"|\b(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th)[- ]degree\s+[a-z]"
    r"|\bfail(?:ure|ing)\s+to\s+(?:obey|appear|register|report|stop|remain|file|pay|disclose|render|comply|protect|yield|maintain|surrender)\b"
    r"|\bresulting\s+in\s+(?:[\w-]+\s+){0,2}?(?:death|injury|injuries|harm)\b|\bconduct\s+unbecoming\b"
    r"|\b(?:false|fraudulent)\s+(?:[\w-]+\s+)?(?:statements?|claims?|returns?|reports?|swearing|pretenses|pretences|representations?"
    r"|records?|entries|documents?)\b|\bstolen\s+(?:property|goods|vehicles?|firearms?|mail)\b|\bcontrolling\s+or\s+coercive\b"
    # ("violation of the Foreign Corrupt Practices Act": a statute named by its title; "violating the law" names none)
    r"|\bviolat\w*\s+(?:of\s+)?(?:the\s+)?(?:[\w.'\u2019-]+\s+){0,8}?(?-i:Act|Code)\b"
    r"|\b(?:lewd|disorderly|indecent)\s+conduct\b|\bcontributing\s+to\s+the\s+delinquency\b|\bparticipat\w*\s+in\s+(?:an?\s+)?criminal\b"
    r"|\bgiving\s+false\s+(?:information|identification|name)\b|\binjury\s+to\s+(?:an?\s+)?(?:child|elderly|disabled)\b"
    r"|\bevading\s+arrest\b|\bviolat\w*\s+of\s+(?:an?\s+|the\s+)?(?:protective|restraining|no-contact|protection)\s+order\b"
    r"|\bresisting\s+(?:an?\s+)?(?:officer|arrest)\b|\bin\s+the\s+names?\s+of\s+another\b|\bfleeing\s+(?:or|and)\s+eluding\b"
    r"|\brestricted\s+(?:building|grounds)\b|\bduring\s+(?:and\s+in\s+relation\s+to\s+)?an?\s+(?:crime|felony|drug)|\bin\s+furtherance\s+of\b|\b(?:dangerous|careless|reckless|drunk(?:en)?|impaired)\s+driving\b"
    r"|\bthreatening\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:official|officer|judge|witness|juror|president|public\s+servant)\b|\bconduct\s+prejudicial\b|\bconcealed\s+(?:weapon|firearm|handgun|pistol)s?\b|\bunlawful\s+contact\s+with\s+an?\s+minor\b|\bsetting\s+fire\s+to\b|\bfelon\s+in\s+possession\b|\bdischarg\w*\s+(?:of\s+)?(?:an?\s+)?(?:firearm|weapon|gun)\b|\babsen(?:ce|t)\s+without\s+(?:official\s+)?leave\b|\bAWOL\b"
    # (the common law's "attempting to pervert the course of justice" (UK, Ireland, Australia) and Scotland's "attempting
    # to defeat the ends of justice": named by the whole phrase, its head a plain verb; and Scotland's Domestic Abuse
    # Act's "engaging in a course of abusive behaviour", "a course of behaviour which was abusive of his partner")
    r"|\b(?:pervert|defeat)(?:ing|ed)?\s+the\s+(?:course|ends)\s+of\s+(?:public\s+)?justice\b|\bcourse\s+of\s+(?:abusive\s+)?behaviou?r\b"
    # (a driving offence's condition and harm stand after its head's complement: "operating a vehicle while intoxicated causing death")
    r"|\b(?:operating|driving|piloting|flying|navigating)\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){1,3}?)?(?:while|under\s+the\s+influence)\b|\bcaus\w+\s+(?:[\w-]+\s+){0,3}?(?:death|harm|injury|injuries)\b"
    # ("shooting into an occupied dwelling", "firing a weapon at an occupied vehicle": the statute's guarded place names it)
    r"|\b(?:at|into|on|upon|toward|towards|from)\s+" + _OCCUPIED
    # Commonwealth codes grade drug offences by the statute's own quantities and words: "importing a commercial quantity
    # of cocaine", "supplying a trafficable quantity", "a marketable quantity of a border-controlled drug"; and name
    # fraud by its mental element: "dishonestly obtaining a financial advantage by deception"
    + r"|\b(?:large\s+)?(?:commercial|marketable|trafficable|discontinuous|indictable|small)\s+quantit(?:y|ies)\b|\bborder[- ]controlled\b"
    # ("assaulting an emergency worker", "assaulting a peace officer": the UK and Irish statutes name the victim's office)
    r"|\bassaulting\s+(?:an?\s+)?(?:emergency\s+worker|(?:police|peace|prison)\s+officer|constable)s?\b"
    # ("being concerned in the supply of heroin", "knowingly concerned in the fraudulent evasion of the prohibition")
    r"|\bconcerned\s+in\s+the\s+(?:supply|importation|production|making|offer|fraudulent\s+evasion)\b"
    r"|\bdishonestly\s+(?:obtaining|causing|dealing|receiving|using|influencing|acquiring|appropriating)\b|\bfinancial\s+advantage\b", re.I)


def names_offence(phrase: str) -> bool:
    """Does a lower-cased phrase name an offence ("identity theft")? For other modules' readings of names."""
    return _names_offence(phrase)


def _names_offence(phrase: str) -> bool:
    """Does the phrase name an offence in its own head words (before any "of"/"by"/"with" complement), or end in one?"""
    head = re.split(r"\s(?:of|by|with|in|on|to|against|while|from|at)\s", phrase, maxsplit=1)[0]
    if _COUNTED_OFFENCE_PLURAL.fullmatch(head):
        return True  # "two thefts", "three frauds": offences counted by their own plural noun
    return bool(_NAMED_OFFENCE.search(head) or _NAMED_OFFENCE.search(phrase.split()[-1] if phrase.split() else "")
                or _STATUTE_FORM.search(phrase) or _DRIVING_OFFENCE.match(phrase) or _WEAPON_WHERE.match(phrase))


# Britain's and Ireland's weapons statutes name where or when the blade was had: "having a bladed article in a public
# place", "possessing a knife on school premises", "producing a knife in the course of a dispute"
_WEAPON_WHERE = lazy_compile(r"(?:having|possessing|carrying|producing)\s+(?:an?\s+)?(?:[\w-]+\s+){0,5}?(?:article|knife|knives|weapon|blade)s?\b"
                             r".*\b(?:in\s+a\s+public\s+place|on\s+school\s+premises|(?:in|during)\s+the\s+course\s+of\s+an?\s+(?:dispute|fight|quarrel|affray|brawl))\b", re.I)


# "driving while over the prescribed limit", "operating a vehicle while intoxicated": the "while" that cuts a head off
# its complement elsewhere is part of these offences' names
_DRIVING_OFFENCE = lazy_compile(r"(?:operating|driving)\s+(?:an?\s+[\w-]+\s+)?(?:while|under|without|with\s+excess)\b", re.I)


# ("convicted of X \u2014 a federal hate crime \u2014 and of Y": a dashed aside naming the first count's class)
# ("guilty of X \u2014 a charge commonly called elder abuse \u2014 as well as Y and Z": after a dashed aside the list may
# go on without the preposition; only offences named as such are read then)
_ASIDE_THEN_MORE = lazy_compile(r"(?:,\s+(?:which|who|that)\b[^;:]*?,\s+and|\s*(?P<dash>\u2014|\u2013|\s--)[^\u2014\u2013;:]{1,80}?(?:\u2014|\u2013|\s--)"
                                r"\s+(?:and|as\s+well\s+as|along\s+with))\s+(?:also\s+)?(?:(?P<prep>to|of)\s+)?")
# Where and when an offence was done, told before the list goes on with the trigger's preposition: "to arson at the house
# in Carrickfergus in the early hours of March 14, 2023, and to ..."
# (or whom it was done to: "causing grievous bodily harm with intent to Tomasz Nowicki on August 4, and to possessing ...")
_WHERE_WHEN_THEN_MORE = lazy_compile(r"\s+(?:at|in|on|near|outside|inside|during|between|to(?=\s+[A-Z]))\s+[^;:()\u2014]{1,120}?,\s+and\s+(?:also\s+)?"
                                     r"(?P<prep>to|of)\s+(?=[a-z])")
# "..., which carries up to life in prison, and", "..., which is punishable by 20 years, and", "..., a felony punishable by
# up to 10 years, and", "..., which is a Class A felony, and": a non-restrictive aside on the penalty or grade of the
# offence before it, told inside the list (no comma inside the aside but a number's: "$10,000")
_PENALTY_ASIDE_THEN_ITEM = lazy_compile(
    r",\s+(?:which\s+(?:(?:is|was)\s+|also\s+|alone\s+|itself\s+)?|an?\s+(?:[\w-]+\s+){0,3}?(?:felony|misdemeanou?r|offen[cs]e|crime|charge|count)\s+"
    r"(?:that\s+|which\s+)?(?:(?:is|was)\s+)?)"
    r"(?:carr(?:y|ies|ied)|punishable|bring(?:s)?|could\s+(?:bring|carry|mean)|can\s+(?:bring|carry)|calls?\s+for|has\s+a\s+(?:maximum|minimum)"
    r"|(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:felony|misdemeanou?r|offen[cs]e|crime))\b(?:[^;:,.()\u2014]|,(?=\d)|\.(?=\d))*,\s+and\s+(?:also\s+)?"
    r"(?:(?:to|of)\s+(?=[a-z]))?")  # ("..., and to possession of a firearm": the trigger's preposition repeated)
# "... two counts of X, contrary to section 2 of the Fraud Act, and one of Y": the statute cited, the list goes on
_STATUTE_THEN_MORE = lazy_compile(r",\s+contrary\s+to\b[^;:]*?,\s+and\s+(?=(?:an?|one|two|three|four|five|\d+)\s+(?:[\w-]+\s+)?(?:counts?\s+)?of\s)")


# "convicted of bank fraud, in violation of 18 U.S.C. § 1344, and making a false statement, in violation of ...": a
# release cites each count's code section in apposition; the list goes on after the citation (a section number in it)
# ("conspiracy to commit wire fraud, 18 U.S.C. § 1349, and ...": the section cited bare)
_CITED_THEN_MORE = lazy_compile(r",\s+(?:in\s+violation\s+of\s+|(?=\d+\s+U\.\s?S\.\s?C\.|Title\s+\d))(?=[^;:]*?\d)(?:[^;:,()]|,(?=\s?\d)|\([\w.]{1,4}\))*,\s+(?:(?:and|as\s+well\s+as)\s+)?"
                              r"(?:(?:to|of)\s+(?=[a-z]))?")


# "pleaded guilty to X, a violation of the Y Act, and to Z", "two specifications of X, all violations of Article 112a,
# as well as one specification of Z": the statute each count breaks told in apposition (no number needed); the list goes on
_VIOLATION_THEN_MORE = lazy_compile(r",\s+(?:an?|all|both|each|which\s+(?:is|are|was|were)\s+(?:an?\s+)?)\s*(?:[\w-]+\s+)?violations?\s+of\s+"
                                  r"(?:[^;:,()\u2014]|,(?=\s?\d))+,\s+(?:(?:and|as\s+well\s+as|along\s+with)\s+)?(?:also\s+)?")


_VIOLATION_AFTER = lazy_compile(r"(?:,\s+(?:an?|all|both|each|which\s+(?:is|are|was|were)\s+(?:an?\s+)?)\s*(?:[\w-]+\s+)?violations?|\s+in\s+violation)\s+of\s+"
                               r"(?:the\s+)?(?:federal\s+|state\s+)?(?:[A-Z]|\d|(?:[a-z-]+\s+)?(?:law|statute|code)s?\b)")


# "convicted of burglary, a Class C felony, and theft, a Level 6 felony": each offence's grade told in apposition; the
# list goes on after it (the grade itself is no offence)
# ("..., a class B violent felony, and", "..., a class A-I felony, and": New York grades its felonies by class and violence;
# a list read in lower case has "class b")
_GRADE_THEN_MORE = lazy_compile(r",\s+an?\s+(?:(?:[Cc]lass|[Ll]evel)\s+[A-Za-z0-9]{1,2}(?:-[IVi]{1,3})?\s+|(?:first|second|third|fourth|fifth|[1-5](?:st|nd|rd|th))[- ]degree\s+"
                              r"|(?:gross|high|petty|serious|capital|indictable|summary|state|federal|violent|non-?violent|hate)\s+"
                              # ("..., a 10-year felony, and", "..., a five-year felony, and": Michigan's way of grading a
                              # felony, by its maximum term)
                              r"|(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)-year\s+)*"
                              # ("..., a felony of the first degree, and": Ohio's releases put the degree after the noun)
                              r"(?:felony|misdemeanou?r|offen[cs]e|crime|infraction)(?:\s+of\s+the\s+(?:first|second|third|fourth|fifth)\s+degree)?"
                              # ("..., a class D felony; and Menacing ...": a New York release's counts set off by semicolons)
                              # (a semicolon then goes on only into the next title or "and": "...; he faces ..." is a new clause)
                              # ("..., a federal hate crime, and to using fire ...": the trigger's preposition repeated)
                              r"(?:\s+in\s+[A-Z][\w.'\u2019-]+)?(?:,\s+(?:(?:and|or|as\s+well\s+as)\s+(?:also\s+)?(?:(?P<prep>to|of)\s+(?=[a-z]))?)?"
                              r"|;\s+(?:(?:and|or)\s+)?(?!(?i:he|she|they|it|the|his|her|their|this|that|prosecutors?|police)\b))"
                              # ("..., a misdemeanor, for failing to ...": the conduct the count is for, no further offence)
                              # ("..., a Class B felony, under RCW 9A.56.030": the statute cited, no further offence)
                              r"(?!(?:for|to|in|on|at|by|with|after|before|from|over|during|because|when|while|since|as|under|pursuant|contrary)\b)")


# "... vehicular homicide in connection with the crash, and with leaving the scene": the event an offence is charged over,
# told between two items of the list
_EVENT_ASIDE_THEN_MORE = lazy_compile(
    r"\s+in\s+connection\s+with\s+(?:the|an?|his|her|their|last\s+\w+['\u2019]s)\s+(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:crash|collision|wreck|accident|shooting|stabbing|fire|blaze|attack|incident|death|deaths|killing|robbery|assault|beating)"
    r"(?:,\s+(?:and\s+)?(?:also\s+)?|\s+and\s+(?:also\s+)?(?=(?:with|of|to|on)\s))(?:(?P<prep>with|of|to|on)\s+(?=[a-z]))?")


def _after_aside(text: str, offences: list[tuple[int, int]], trigger: str, s_end: int) -> list[tuple[int, int]]:
    """The list goes on after a relative clause or a statute cited: "pleaded guilty to X, which carries ..., and to Y"."""
    if not offences:
        return []
    graded = _GRADE_THEN_MORE.match(text, offences[-1][1], s_end)
    if graded and graded.group("prep") and graded.group("prep") != trigger.rstrip().split()[-1]:
        graded = None  # "..., a misdemeanor, and to pay ...": another verb's infinitive, not the trigger's list going on
    if graded and _next_item(text, graded.end(), s_end):
        more = _offences(text, graded.end(), s_end)
        return more + _after_aside(text, more, trigger, s_end) if more and more[-1][1] > offences[-1][1] else more
    statute = _STATUTE_THEN_MORE.match(text, offences[-1][1], s_end)
    if statute:
        return _offences(text, statute.end(), s_end)
    cited = _CITED_THEN_MORE.match(text, offences[-1][1], s_end) \
        if re.search(r"violation|U\.\s?S\.\s?C|Title\s\d", text[offences[-1][1]:offences[-1][1] + 24]) else None
    violation = None if cited else _VIOLATION_THEN_MORE.match(text, offences[-1][1], s_end)
    if violation and _next_item(text, violation.end(), s_end):
        # (read with the trigger's repeated preposition, "and to lying to agents", which then is no part of the offence)
        more = [(c_start + len(re.match(r"(?:(?:to|of)\s+(?=[a-z]))?", text[c_start:c_end]).group()), c_end)
                for c_start, c_end in _offences(text, violation.end(), s_end)]
        return more + _after_aside(text, more, trigger, s_end) if more and more[-1][1] > offences[-1][1] else more
    if cited and _next_item(text, cited.end(), s_end):
        more = _offences(text, cited.end(), s_end)
        return more + _after_aside(text, more, trigger, s_end) if more and more[-1][1] > offences[-1][1] else more
    penalty = _PENALTY_ASIDE_THEN_ITEM.match(text, offences[-1][1], s_end)
    if penalty and _next_item(text, penalty.end(), s_end):
        # "charged with murder, which carries up to life in prison, and armed criminal action": the penalty told of
        # the first offence, the list goes on with the next one (never "..., and a $10,000 fine", no offence)
        more = [(c_start, c_end) for c_start, c_end in _offences(text, penalty.end(), s_end) if _names_offence(text[c_start:c_end])]
        return more + _after_aside(text, more, trigger, s_end) if more and more[-1][1] > offences[-1][1] else more
    event = _EVENT_ASIDE_THEN_MORE.match(text, offences[-1][1], s_end) if text.startswith(" in ", offences[-1][1]) else None
    if event and (event.group("prep") or "," in event.group()) and _next_item(text, event.end(), s_end) \
            and (not event.group("prep") or event.group("prep") == trigger.rstrip().split()[-1]):
        # "charged with vehicular homicide in connection with the crash and with leaving the scene": the occasion told of
        # the first offence, the list going on after it (a bare "and" may join the event's own nouns, "the shooting and
        # robbery of a store": only a comma or the trigger's preposition repeated goes on)
        more = _offences(text, event.end(), s_end)
        return more + _after_aside(text, more, trigger, s_end) if more and more[-1][1] > offences[-1][1] else more
    if not trigger.rstrip().endswith((" to", " of")):
        return []
    victim = _VICTIM_THEN_MORE.match(text, offences[-1][1], s_end)
    if victim and victim.group("prep") == trigger.rstrip().split()[-1] and _next_item(text, victim.end(), s_end):
        more = _offences(text, victim.end(), s_end)
        return more + _after_aside(text, more, trigger, s_end) if more and more[-1][1] > offences[-1][1] else more
    where = _WHERE_WHEN_THEN_MORE.match(text, offences[-1][1], s_end)
    if where and where.group("prep") == trigger.rstrip().split()[-1]:
        # "pleaded guilty to arson at the house in Carrickfergus on March 14, 2023, and to breaching a non-molestation
        # order": where and when the first offence was done, then the trigger's preposition repeated for the next
        # (an offence by its head noun or its gerund: "and to pay restitution" is another verb's infinitive)
        return [(c_start, c_end) for c_start, c_end in _offences(text, where.end(), s_end)
                if _names_offence(text[c_start:c_end]) or re.match(r"[a-z]+ing\s", text[c_start:c_end])]
    more = _ASIDE_THEN_MORE.match(text, offences[-1][1], s_end)
    if not more or (more.group("prep") or "") != trigger.rstrip().split()[-1] and not (more.group("dash") and not more.group("prep")):
        return []
    if more.group("prep"):
        return _offences(text, more.end(), s_end)
    return [(c_start, c_end) for c_start, c_end in _offences(text, more.end(), s_end) if _names_offence(text[c_start:c_end])]


# "charged Lee with manslaughter, which carries ..., and his company with criminally negligent homicide", "convicted Lee of
# fraud and the firm of falsifying records": the verb left out before a second object, the defendant's business, which
# the one case charges beside its owner (a person so joined, "and his wife with", is another's case: not read)
_BUSINESS = (r"(?:company|firm|business|corporation|partnership|practice|contractor|employer|agency|clinic|pharmacy"
             r"|restaurant|charity|nonprofit|store|dealership|subsidiary|LLC|brokerage|bank)")
_GAPPED_BUSINESS = lazy_compile(
    r"(?:,\s+(?:which|an?|the)\b[^,;:()\u2014]{1,120}?)?,?\s+and\s+(?:also\s+)?(?:his|her|their|its|the)\s+"
    r"(?:(?!(?:and|or|was|were|is|are|has|had|said|says|who|which|that)\b)[\w'\u2019-]+\s+){0,3}?"
    + _BUSINESS + r"\s+(?:also\s+)?(?P<prep>with|of|on)\s+(?=[a-z])")


def _gapped_business(text: str, offences: list[tuple[int, int]], trigger: str, s_end: int) -> list[tuple[int, int]]:
    """The offences of the defendant's business, told with the verb left out after the defendant's own (_GAPPED_BUSINESS)."""
    if not offences:
        return []
    gap = _GAPPED_BUSINESS.match(text, offences[-1][1], s_end)
    if not gap or gap.group("prep") != trigger.rstrip().split()[-1]:
        return []
    # (an offence by its head noun, or the conduct by its gerund: "with a long list of violations" names none)
    return [(c_start, c_end) for c_start, c_end in _offences(text, gap.end(), s_end)
            if _names_offence(text[c_start:c_end]) or re.match(r"[a-z]+ing\s", text[c_start:c_end])]


# "..., and Ed Cole of tax evasion", "... and his wife, Ann, of perjury", "... and Lee, 41, to theft": a second person's
# own counts after the first's, the verb left out (its preposition repeated)
_GAPPED_PERSON = lazy_compile(
    r",?\s+and\s+(?P<who>(?:[A-Z][\w.'\u2019-]*\s+){0,2}[A-Z][\w'\u2019-]+(?:,\s+\d{1,3},)?"
    r"|(?:his|her|their)\s+(?:[\w-]+\s+)?(?:wife|husband|partner|son|daughter|brother|sister|mother|father|co-?defendant)"
    r"(?:,\s+(?:[A-Z][\w.'\u2019-]*\s+){0,2}[A-Z][\w'\u2019-]+(?:,\s+\d{1,3})?,)?)"
    r"\s+(?:also\s+|additionally\s+)?(?P<prep>of|to|with)\s+(?=[a-z])")


def _gapped_person(text: str, offences: list[tuple[int, int]], trigger: str, s_end: int) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """The offences of a second person told after the first's with the verb left out (_GAPPED_PERSON): who, and which."""
    if not offences:
        return None
    gap = _GAPPED_PERSON.match(text, offences[-1][1], s_end)
    if not gap or gap.group("prep") != trigger.rstrip().split()[-1]:
        return None
    more = [(c_start, c_end) for c_start, c_end in _offences(text, gap.end(), s_end)
            if _names_offence(text[c_start:c_end]) or re.match(r"[a-z]+ing\s", text[c_start:c_end])]
    who = gap.group("who")
    apposed = re.search(r",\s+((?:[A-Z][\w.'\u2019-]*\s+){0,2}[A-Z][\w'\u2019-]+)", who)
    return ((apposed.group(1) if apposed else who.split(",")[0]).strip(), more) if more else None


_AGAINST = lazy_compile(r"\s+(?:(?:charges?|counts?)\s+)?against\s+(?P<who>[^,.;:]+)")


def _against_other(text: str, end: int, s_end: int, about_defendant: Callable[[str], bool]) -> bool:
    """"a fraud charge against Lee's chief of staff", "... against a co-defendant": someone else's charge."""
    against = _AGAINST.match(text, end, s_end)
    if against is None or re.match(r"(?:him|her|them)\b", against.group("who")):
        return False
    if re.match(r"the\s+(?:former\s+)?\d{1,3}-year-old\b", against.group("who")):
        return False  # "... against the 82-year-old businessman": an epithet, the clause's own defendant
    who = against.group("who")
    return bool(re.match(r"[A-Z][\w'\u2019-]+['\u2019]s\s", who)) or not about_defendant(f"{who} was charged")

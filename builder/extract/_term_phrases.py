"""The phrases news writing uses for sentence terms, as patterns (SPEC §4), read by builder/extract/sentencing.py.

Each kind of punishment has its forms: "14 days in prison", "jailed for six years", "a $30,000 fine", "a two-year
good behaviour bond", "£350 in costs". A term's text runs from its qualifier to its kind word ("up to 10 years in
prison"). General conventions of English-language court reporting only, never the words of one case.
"""
from __future__ import annotations

import bisect
import functools
import re
from re import _constants as regex_ops, _parser as regex_parser  # how `re` itself reads a pattern

from builder.extract._regex import compile_kept, lazy_compile

# ("12-1/2 years": wire copy joins a whole number and its fraction with a hyphen, as "12 1/2" does with a space)
_NUMWORD = (r"(?:\d(?:\d|[,.](?=\d))*(?:[\s-]\d{1,2}/\d{1,2}|[½¼¾])?|[½¼¾]|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
            r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
            r"seventy|eighty|ninety|hundred|thousand|half)")
# "two and a half", "one hundred and twenty"; "seven and 15" is a range (see _RANGE), not 22.
# Digits never compound with a word next to them: "three 25-year sentences" is a count of terms (25 years, not 28),
# "$300,000 and five years of probation" two items (not 300,005); only "an 18-month" and "2 and a half" join.
_NUM = (rf"\b(?!(?:an?\s+)?half\s+(?:years?|months?|weeks?|days?)\b){_NUMWORD}"
        rf"(?:[- ](?:and[- ](?!\d))?(?:(?!\d)|(?<=\ba[- ])|(?<=\ban[- ]))(?<!\d[- ])(?:(?<!\d[- ]and[- ])|(?=a[- ]half\b)){_NUMWORD})*")
NUMBER = _NUM  # a spelled or written number, for sentencing.py's own phrases
# What a judge adds time for or takes it off for, after "for": "his previous convictions", "the fact he was on bail",
# "aggravating features", "his guilty plea", "his remorse" (a step of the reckoning, never an offence)
SENTENCING_FACTOR = (r"(?:(?:his|her|their|the|its|(?-i:[A-Z])[\w-]*['\u2019]s?)\s+)?"
                     # "previous drug convictions", "prior record", "lengthy criminal history" (time for the past, not a count)
                     r"(?:(?:previous|prior|past|earlier|relevant|historic|extensive|lengthy|long|poor|bad)\s+(?:[a-z][\w-]*\s+){0,2}?"
                     r"(?:convictions?|record|history|offending)|(?:criminal\s+)?(?:record|history)"
                     r"|(?:(?:early|prompt|timely)\s+)?(?:guilty\s+)?pleas?|aggravat\w*|mitigat\w*|remorse|youth|age|background"
                     r"|fact\s+(?:that\s+)?(?:he|she|they)|being\s+on\s+(?:bail|licen[cs]e|parole|probation)"
                     r"|breach\s+of\s+trust|premeditation|planning)\b")
# ("almost 10 years", "just over eight years": a rounded length keeps its qualifier, which reconcile reads as a rounding)
_QUAL = (r"(?:(?:up to|at least|as (?:much|many|long) as|no more than|more than|nearly|about|almost|roughly|approximately"
         r"|just (?:over|under|shy of)"
         # "faces a statutory maximum of 20 years in prison": the law's cap named as such
         # ("a theoretical maximum of 20 years", "the combined maximum of 45 years": any one word may qualify the cap;
         # "the maximum possible term of 36 years": the cap's own adjective after it)
         r"|(?:a|the)\s+(?:(?!(?:of|and|or|to|in)\s)[a-z]+\s+)?maximum(?:\s+(?:possible|allowable|permitted|permissible))?(?:\s+(?:prison\s+)?(?:sentence|penalty|term))?\s+of"
         # "sentenced him to the maximum 20 years"
         r"|the\s+(?:full\s+)?maximum(?:\s+of)?|a minimum of|a total of"
         # "ordered the pair to pay a combined $9 million in restitution": the sum of several defendants' shares
         r"|a\s+combined(?:\s+total\s+of)?"
         # "a concurrent 24-month prison term": how a count's term runs is part of it
         r"|an? (?:additional|further|extra)|another|concurrent|consecutive"
         # "the count carries a mandatory two years in prison": the law's fixed term keeps its qualifier
         r"|mandatory(?:\s+consecutive)?)\s+)?")
# How many terms are stacked, before "consecutive": "three consecutive 12-year terms" (a number word or digits, never "a")
_TERM_COUNT = r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?=(?:consecutive|concurrent|separate)\s))?"
# How many terms, spelled before a written length: "three 25-year sentences" (never "a", never digits: "2 10-year terms" is rare)
_COUNT_OF_TERMS = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?=\d{1,3}[- ](?:years?|months?)[- ](?:sentences|terms|prison\s+terms)\b)"
# The statute an order is made under, told after it: "a 20-year order under the Sex Offender Information Registration Act",
# "a prohibition order under the Firearms Act" (Canada's and Britain's ancillary orders are named by their Act)
_UNDER_AN_ACT = r"(?:\s+under\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'\u2019-]*\s+(?:(?:of|and|for|on|to)\s+)?){1,7}?(?-i:Act)\b)?"
# Which of New Zealand's post-sentence conditions apply: "standard and special release conditions"
_CONDITIONS_SET = r"(?:(?:the\s+)?(?:standard|special)\s+(?:and\s+(?:standard|special)\s+)?)?"
# The day a Queensland court fixes for parole: "March 3, 2026", "14 June 2029", "May 2027", "3/6/2028", "January 6 next
# year", "January 6"
_MONTH_NAME = r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December)"
_PAROLE_DAY = (rf"(?:(?:\d{{1,2}}\s+)?{_MONTH_NAME}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?,?)?\s+(?:19|20)\d\d|\d{{1,2}}/\d{{1,2}}/(?:19|20)\d\d"
               rf"|(?:\d{{1,2}}\s+{_MONTH_NAME}|{_MONTH_NAME}\s+\d{{1,2}}(?:st|nd|rd|th)?)(?:,?\s+(?:next|this)\s+year)?"
               rf"|{_MONTH_NAME}\s+(?:next|this)\s+year)\b")
_UNDER_A_YEAR = r"(?:[1-9]|1[01]|one|two|three|four|five|six|seven|eight|nine|ten|eleven)"
_DUR = (rf"{_QUAL}(?P<num>{_NUM})[- ](?:(?:full|additional|more|consecutive)\s+)?"
        # "30 weekends in jail", "a year and a half in prison"
        # (never an age: "the sentence of a 23-year-old woman")
        r"(?P<unit>years?|months?|weekends?|weeks?|days?|nights?|hours?|decades?)(?![- ]old\b)(?P<half>[- ]and[- ]a[- ]half)?(?:[- ]less[- ]a[- ]day)?"
        # "17 years and six months' jail": one term in two units, never two terms; a press release drops the "and"
        # ("seven years, three months in prison"), where only years then months under a year are one length
        rf"(?:(?:,?\s+and|(?<=year|ears),(?=\s+{_UNDER_A_YEAR}[- ]months?\b(?!\s+(?:of|on|suspended|probation)\b)))"
        # (not the next term's own length: "a probation order of 12 months and a 10-week curfew")
        # (nor a second length in the same unit: "community detention for four months and nine months' supervision" is
        # two terms, never 13 months)
        rf"\s+(?!an?\s+\d)(?P<num2>{_NUMWORD}(?:[- ]{_NUMWORD})?)[- ](?!(?P=unit))(?P<unit2>months?|weeks?|days?))?(?:['\u2019]s?)?")
# "$30,000", "A$5,000", "£2,000", "€1.5 million", "10,000 euros"
_MONEY = (r"(?P<money>(?:(?:A|AU|C|CA|NZ|HK|S|US)?\$|[£€¥₹])\s?\d(?:\d|,(?=\d))*(?:\.\d+)?(?:\s?(?:million|billion|thousand|m|bn)\b)?"
          r"|\d(?:\d|,(?=\d))*(?:\.\d+)?(?:\s(?:million|billion|thousand))?\s(?:euros?|pounds|dollars|rand|rupees|yen|francs|kronor|kroner|pesos|shekels))")
# Ireland's promise a suspended sentence hangs on: "enter a bond to keep the peace", "keep the peace and be of good behaviour"
_PEACE_BOND = (r"\b(?:(?:(?:enter(?:s|ed|ing)?\s+(?:into\s+)?(?:an?|his|her|their)\s+(?:own\s+)?|(?:his|her|their)\s+own\s+)?bond\s+to\s+)"
               r"keep\s+the\s+peace(?:\s+and\s+(?:be|remain)\s+of\s+good\s+behaviou?r)?|keep\s+the\s+peace\s+and\s+(?:be|remain)\s+of\s+good\s+behaviou?r)")
MONEY = _MONEY  # a sum of money, for sentencing.py's labelled values ("Fine: $25,000")
DURATION = _DUR  # a length of time, for sentencing.py's lists of people and their terms
# Where the time is served, with the jurisdiction or security level that names the place: "six months in parish jail",
# "30 days in the county lockup", "eight years in a maximum-security prison", "three years in youth custody", "four years
# in a young offender institution", "two years in the county detention center", "six months in a halfway house"
# ("3 to 6 years with the Michigan Department of Corrections": a custody agency is also told with "with")
_CUSTODY = (r"(?:(?:in|of|behind|at|with(?=\s+the\s+(?:(?-i:[A-Z])[\w.'\u2019-]*\s+){0,3}?(?-i:Department|Bureau)\b))\s+)?(?:(?:an?|the|federal|state|county|city|military|parish|regional|local|municipal|district"
            r"|provincial|(?:maximum|medium|minimum|high|low)[- ]security|supermax|secure|adult|youth|juvenile"
            # ("in the state's Youthful Offender System": the state whose place it is)
            r"|(?<=\bthe )(?:state|county)['\u2019]s)\s+)*"
            r"(?:(?:(?-i:[A-Z])[\w.'\u2019-]*|women['\u2019]s|men['\u2019]s)\s+){0,3}?"
            # "10 years in a California state prison": the state's name before the level it qualifies
            r"(?:(?<=[a-z] )(?:state|county|federal)\s+)?"
            # "five months in a federal prison camp": the camp is the place the prison names
            # "three years in the custody of the Bureau of Prisons": the agency whose custody it is belongs to the place
            r"(?P<kw>custody\s+of\s+the\s+(?:U\.S\.\s+)?(?:(?-i:[A-Z])[\w.'\u2019-]*\s+){0,3}?(?:bureau\s+of\s+prisons|department\s+of\s+(?:corrections?|criminal\s+justice))"
            # ("eight years in the brig": a court-martial's confinement, served in a military prison)
            r"|prison(?:\s+camp)?|jail|bars|brig\b|hard\s+labou?r|incarceration|imprisonment|workhouse|penitentiary|custody|juvenile\s+hall"
            r"|lock-?up|halfway\s+house|house\s+of\s+correction|young\s+offenders?['\u2019]?\s+institution|reformatory"
            r"|(?:(?:juvenile|youth)\s+)?detention(?:\s+(?:facility|center|centre|home))?(?!\s+and\s+training)"
            # a young offender's commitment: "six years in the state's Youthful Offender System", "two years in the Division
            # of Youth Services", "18 months in a youth correctional facility"
            r"|youth(?:ful)?\s+offenders?\s+(?:system|program|programme|facility|institution|center|centre)"
            r"|(?:department|division)\s+of\s+(?:juvenile\s+justice|youth(?:ful)?\s+(?:services|corrections|rehabilitation\s+services))"
            r"|(?:youth(?:ful)?|juvenile)\s+(?:corrections|correctional\s+(?:facility|center|centre|institution)|(?:justice|detention)\s+(?:facility|center|centre))"
            # Georgia's probation detention and diversion centers: "120 days in a probation detention center"
            r"|(?:probation\s+)?(?:detention|diversion)\s+(?:center|centre)"
            # ("four months in a Department of Corrections facility": the agency's facility is the place)
            # ("15 years in the Arkansas Division of Correction": Arkansas names its agency a division)
            r"|correctional\s+(?:facility|center|centre|institution)|(?:department|division)\s+of\s+corrections?(?:['\u2019]?\s+(?:facility|institution|prison|center|centre)\b)?"
            # "life in the Texas Department of Criminal Justice", "in the custody of the Bureau of Prisons": the agency
            # that holds prisoners names the place
            r"|department\s+of\s+(?:criminal\s+justice|corrections?\s+and\s+rehabilitation)|bureau\s+of\s+prisons)"
            # Britain and Ireland name the kind, then the place: "four years' detention in a young offender institution",
            # "two years' custody at a youth detention centre", "detention in St Patrick's Institution"
            r"(?:(?:(?<=detention)|(?<=custody))\s+(?:in|at)\s+(?:an?|the)\s+(?:young\s+offenders?['\u2019]?\s+institution"
            r"|(?:youth|juvenile)\s+(?:detention|justice|offenders?['\u2019]?)\s+(?:centre|center|facility|institution)|secure\s+(?:training\s+)?(?:centre|center|unit)))?"
            # (not an owner: "worked for three years in the prison's kitchen" tells a job, not where a term is served)
            r"(?!['\u2019]s\b)")
# (Utah's "zero to five years" for a third-degree felony)
_LOW = (r"(?:\d{1,3}(?:\s\d{1,2}/\d{1,2}|[½¼¾])?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|twenty-five|thirty"
        r"|forty|fifty)"
        # Pennsylvania's minimum-maximum range with a spelled fraction: "two and a half to seven years in state prison"
        r"(?:[\s-]and[\s-]a[\s-]half)?")
# A count of things, not a length or a sum: "214 firearms", "three vehicles" (the lookahead keeps the count in the phrase)
_PROPERTY_COUNT = (r"(?=(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens\s+of|hundreds\s+of)\s+"
                   r"(?:[\w-]+\s+){0,2}?(?!(?:years?|months?|weeks?|days?|hours?|percent|counts?|charges?|times?)\b)[a-z][\w-]*s\b)")
# "was sentenced on March 3 to four years": a day of the month is not a range's lower bound
_NOT_A_DAY = r"(?<!January )(?<!February )(?<!March )(?<!April )(?<!May )(?<!June )(?<!July )(?<!August )(?<!September )(?<!October )(?<!November )(?<!December )(?<!Jan\. )(?<!Feb\. )(?<!Mar\. )(?<!Apr\. )(?<!Aug\. )(?<!Sept\. )(?<!Sep\. )(?<!Oct\. )(?<!Nov\. )(?<!Dec\. )"
# Ohio's indefinite sentences: "a minimum of six years and a maximum of nine years", "at least 11 years and as many as
# 16.5 years" (the floor and the ceiling of one term, never a term and a statutory maximum)
_RANGE = rf"(?:(?:between|from)\s+{_LOW}\s+(?:and|to)\s+|a\s+minimum\s+of\s+{_LOW}(?:\s+(?:years?|months?))?,?\s+and\s+(?=a\s+maximum\s+of\s)|at\s+least\s+{_LOW}(?:\s+(?:years?|months?))?,?\s+and\s+(?=(?:as\s+many\s+as|up\s+to|no\s+more\s+than|at\s+most)\s)|not\s+less\s+than\s+{_LOW}(?:\s+(?:years?|months?))?,?\s+(?:nor|or|and\s+not)\s+more\s+than\s+|between\s+{_LOW}\s+(?:years?|months?)(?:(?:,|\s+and)\s+{_LOW}\s+months?)?\s+and\s+(?=\S+\s+(?:years?|months?)\b)|{_NOT_A_DAY}\b{_LOW}(?:\s+(?:years?|months?))?\s+to\s+|\b{_LOW}-to-)"  # "between seven and 15 years in prison"
BARE_REQUEST = (r"\b(?:(?:argu(?:ed|es|ing)|push(?:ed|es|ing)|pressed|press(?:es|ing)|lobb(?:ied|ies|ying))\s+for|ask(?:ed|s|ing)?\s+(?:(?:the\s+)?(?:judge|court|panel|jury)\s+|(?-i:[A-Z])[\w.'\u2019-]+\s+(?:(?-i:[A-Z])[\w.'\u2019-]+\s+){0,4})?for|s(?:ought|eeks?|eeking)|request(?:ed|s|ing)?|recommend(?:ed|s|ing)?|urg(?:ed|es|ing)"
                 # "asked Judge Cole to impose 151 months", "urged the court to give him 60 months": the ask put to the bench
                 # ("asked U.S. District Judge Ada Cole to impose ...": a judge's full title runs to five capitalised words)
                 r"|(?:ask|urg)(?:ed|es|s|ing)?\s+(?:(?:the\s+)?(?:judge|court|panel)|(?:(?-i:[A-Z])[\w.'\u2019-]+\s+){0,4}(?-i:[A-Z])[\w.'\u2019-]+)\s+"
                 r"to\s+(?:impose|hand\s+down|order|give\s+(?:him|her|them|(?-i:[A-Z])[\w'\u2019-]+))"
                 # "want him to serve 15 years"
                 r"|want(?:s|ed)?\s+(?:him|her|them|[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)\s+to\s+(?:serve|get|receive)|wanted|wants)\s+"
                 # ("asked for the maximum of seven years": "of" makes the cap part of the ask's own words, read by the term)
                 r"(?:the\s+(?:maximum(?:,|:)?|minimum(?:\s+of|,|:)?)\s+(?!of\s))?")
# The side named right after a duration, in a reduced relative: "(the eight years) prosecutors had sought", "(the five
# years) sought by the defense", "(the 10 years) that Lee's lawyers requested"
_SIDE_REL = (r"\s+(?:that\s+|which\s+)?(?:(?:the|his|her|their|(?-i:[A-Z])[\w'\u2019-]*['\u2019]s?|federal|state|county)\s+){0,2}"
             r"(?:prosecutors|prosecution|government|state|defen[cs]e(?:\s+(?:lawyers?|attorneys?|team))?|lawyers?|attorneys?|counsel)\s+"
             r"(?:had\s+|have\s+|has\s+)?(?:(?:also|originally|initially)\s+)?(?:sought|requested|recommended|wanted|asked\s+for|proposed|urged|pushed\s+for)\b"
             r"|,?\s+(?:(?:that|which)\s+(?:was|were|had\s+been)\s+)?(?:sought|requested|recommended|proposed|urged)\s+by\b")
# Whether a life term allows release is part of the term: "life with the possibility of parole after 30 years", "life
# without parole", "life in prison with parole eligibility after 15 to 25 years" (no named groups: the 30 years is no length)
# (Wisconsin's "life in prison without the possibility of extended supervision" is its life without parole; Canada
# tells the wait with "for": "life with no chance of parole for 25 years", "life without parole eligibility for 10 years")
# ("without benefit of parole, probation or suspension of sentence": Louisiana's statutory wording, one clause)
_PAROLE_TAIL = (r"with(?:out|\s+no)?\s+(?:(?:the\s+)?(?:possibility|chance|eligibility|prospect|benefit)\s+(?:of|for)\s+)?(?:parole|release|extended\s+supervision)\b"
                r"(?:,\s+probation,?\s+or\s+suspension\s+of\s+(?:the\s+)?sentence\b)?"
                rf"(?:\s+eligibility)?(?:\s+(?:after|for)\s+(?:serving\s+)?(?:at\s+least\s+)?(?:{_NUMWORD}\s+to\s+)?{_NUMWORD}(?:[- ]{_NUMWORD})?[- ](?:years?|months?)(?![- ]old))?")
_UNIT1 = r"(?P<unit>year|month|week|day)s?"
# A length restated in other units between the length and its custody: "87 months \u2014 just over seven years \u2014 in
# prison", "121 months, or about 10 years, in federal prison", "87 months (more than seven years) in prison"
_LENGTH_ASIDE = (r"(?:\s*(?:\u2014|\s\u2013\s|\s--\s)[^\u2014\u2013;:]{1,40}?\b(?:years?|months?|decades?)\s*(?:\u2014|\s\u2013|\s--)(?=\s)"
                 r"|,\s+or\s+[^,;:]{1,30}?\b(?:years?|months?|decades?),(?=\s)|\s+\([^()]{1,40}?\b(?:years?|months?|decades?)\))?")
# When and where, told between a custody verb and its length: "jailed on Friday for six years", "jailed at Leeds Crown
# Court for 12 years", "locked up last week for life" (a full stop there ends an abbreviation: "U.S.", "Oct. 3")
# ("sentenced Friday in Nova Scotia provincial court to ...": a bare weekday opens the aside as "on" does)
_WHEN_WHERE = (r"(?:\s+(?:on|last|this|in|at|by|yesterday|today|earlier|(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b[^,;:\n]{0,50}?"
               r"(?<![\s.])(?<!\bfor))")  # the unit inside "two-year", "48-month"
_VERB_ASIDE = _WHEN_WHERE + "?"
# "a two-year sentence, suspended for two years": the suspension keeps the term out of custody.
# ("The 18-month term was suspended for 24 months": the passive told after the term)
_SUSPENDED_FOR = rf",?\s+(?:(?:was|is|will\s+be)\s+)?(?:suspended|stayed)\s+for\s+{_NUM}[- ](?:years?|months?)"
_TO_PROBATION = r"(?:\s+(?:to|on|in\s+favou?r\s+of)\s+probation)?"
# Where a split sentence's head term ends: its length ("20 years") or its custody ("20 years in prison", "12 years' jail")
_SPLIT_HEAD_END = (r"(?:(?<=years)|(?<=months)|(?<=year)|(?<=month)|(?<=prison)|(?<=jail)|(?<=custody)|(?<=imprisonment)"
                   r"|(?<=years['\u2019])|(?<=sentence)|(?<=term))")
# Georgia-style split sentences: "40 years with 25 to serve in prison and the balance on probation", "15 years, with
# five to serve": the served part qualifies the head term, so it stays in the term's text.
SPLIT_TAIL = lazy_compile(
    # Idaho-style unified sentences: "eight years, with three fixed" (the fixed part must be served)
    rf"(?:,?\s+with\s+(?:the\s+first\s+)?{_NUM}(?:[- ](?:years?|months?))?\s+fixed\b"
    rf"|,?\s+with\s+(?:the\s+first\s+)?{_NUM}(?:[- ](?:years?|months?))?\s+(?:of\s+(?:them|those|it)\s+)?to\s+(?:be\s+)?serve[ds]?"
    # (not a part served at home: "a conditional sentence of 18 months, with the first nine months to be served under
    # house arrest" is a term of its own, read by the home confinement patterns)
    r"\b(?!\s+(?:under|on|at|in)\s+(?:house\s+arrest|home\b|the\s+community))"
    # ("to be served in the Dade County jail": the named jail is where that part is served)
    r"(?:\s+(?:in|behind)\s+(?:(?:a|the|state|federal)\s+)?(?:(?-i:[A-Z])[\w.'\u2019-]*\s+){0,3}?(?:prison|jail|bars|custody))?"
    # "40 years, the first 25 of them in prison"
    rf"|,\s+(?:with\s+)?the\s+first\s+{_NUM}(?:[- ](?:years?|months?))?\s+(?:of\s+(?:them|those|it)\s+)?(?:to\s+be\s+served\s+)?"
    r"(?:in|behind)\s+(?:(?:a|the|state|federal)\s+)?(?:prison|jail|bars|custody)"
    # "20 years, 12 of them in custody", "15 years, eight of which in prison", "30 years, 10 of them to be spent behind
    # bars": the served part counted out of the head term
    rf"|,\s+(?:with\s+)?{_NUM}(?:[- ](?:years?|months?))?\s+of\s+(?:them|those|which|it)\s+(?:(?:to\s+be\s+)?(?:served|spent)\s+)?"
    r"(?:in|behind)\s+(?:(?:a|the|state|federal|county)\s+)?(?:prison|jail|bars|custody)"
    # Indiana/Georgia split sentences: "a nine-year sentence, with six years executed in prison", "20 years, to serve eight
    # in prison", "a 12-year sentence with 10 years executed"
    rf"|,?\s+with\s+{_NUM}(?:[- ](?:years?|months?))?\s+(?:executed|active)(?:\s+(?:in|behind)\s+(?:(?:a|the|state|federal|county)\s+)?(?:prison|jail|bars|custody))?"
    rf"|,\s+to\s+serve\s+{_NUM}(?:[- ](?:years?|months?))?\s+(?:in|behind)\s+(?:(?:a|the|state|federal|county)\s+)?(?:prison|jail|bars|custody)"
    # ... and without the "with": "12 years, four to serve", "20 years, serve 8 in prison", "10 years, three to serve in prison"
    rf"|,\s+{_NUM}(?:[- ](?:years?|months?))?\s+to\s+serve\b(?:\s+(?:in|behind)\s+(?:(?:a|the|state|federal|county)\s+)?(?:prison|jail|bars|custody))?"
    rf"|,\s+serve\s+{_NUM}(?:[- ](?:years?|months?))?\s+(?:in|behind)\s+(?:(?:a|the|state|federal|county)\s+)?(?:prison|jail|bars|custody)"
    # Connecticut split sentences: "15 years in prison, execution suspended after six years" (six to serve)
    # (the short form "10 years in prison, suspended after 30 months", and a plea deal's cap on the part served,
    # "suspended after no more than three years")
    rf"|,?\s+(?:with\s+|to\s+be\s+)?(?:execution\s+)?suspended\s+after\s+(?:serving\s+)?(?:(?:no\s+more\s+than|at\s+most|up\s+to)\s+)?{_NUM}(?:[- ](?:years?|months?))?"
    # Maryland split sentences: "20 years with all but eight years suspended" (the eight years are served). Only after a
    # bare length, which alone says too little; "10 years in prison" names its kind and stands beside "all but ..."
    # (and without "with": "10 years, all but three suspended")
    # (after a named custody too: "30 years in prison with all but 18 years suspended" is one term, whose text carries
    # the suspension; the part served or suspended may still stand as its own term)
    rf"|{_SPLIT_HEAD_END}(?:,?\s+with|,)\s+all\s+but\s+{_NUM}(?:[- ](?:years?|months?))?\s+(?:of\s+(?:it|them|that)\s+)?suspended\b"
    # ... and its mirror, the suspended part named: "20 years, with 12 suspended" (eight to serve); the part's place in
    # the whole told too: "12 years, with the final three years suspended", "jailed for nine years, the last two suspended"
    rf"|{_SPLIT_HEAD_END},?\s+with\s+(?:the\s+(?:final|last|remaining|balance\s+of)\s+)?{_NUM}(?:[- ](?:years?|months?))?\s+(?:of\s+(?:it|them|that|the\s+(?:sentence|term))\s+)?(?:to\s+be\s+|being\s+)?suspended\b"
    rf"|{_SPLIT_HEAD_END},\s+(?:and\s+)?the\s+(?:final|last|remaining)\s+{_NUM}(?:[- ](?:years?|months?))?\s+(?:of\s+(?:it|them|that|the\s+(?:sentence|term))\s+)?(?:to\s+be\s+|being\s+)?suspended\b"
    # "six months in the county jail, with work release": how the jail time is served, no term of its own
    r"|(?<=jail),?\s+with\s+work[- ]release(?:\s+privileges)?\b)"
    # ("and the rest on supervised probation": the kind of probation stays with the tail)
    # (", and five years of probation" after a comma is a term of its own, not the split's rest)
    rf"(?:(?:,?\s+(?:and\s+)?the\s+(?:balance|rest|remainder)|\s+and\s+{_NUM}(?:[- ](?:years?|months?))?)\s+(?:(?:on|of|in)\s+(?:(?:supervised|unsupervised|formal|intensive)\s+)?probation|suspended(?:\s+(?:to|on)\s+probation)?))?", re.I)
# ("two years on a firearm specification", "three years on the gun enhancement": the count a stacked term is for;
# "on each of four health care fraud counts": a count's name may run to three words after its number)
# ("40 months on a wire fraud count": one count of several named with "a")
_OFFENCE_HEAD = r"(?:conspiracy|racketeering|murder|manslaughter|robbery|kidnapping|fraud|extortion|bribery|laundering|trafficking|arson|burglary|theft|embezzlement)"
_ON_COUNT = (r"(?:\s+(?:on|for)\s+(?:the|an?(?=\s+(?:[\w-]+\s+){1,4}?(?:count|charge)\b))\s+(?:[\w-]+\s+){1,4}?(?:counts?|charges?)\b|\s+(?:on|for)\s+(?:the|an?)\s+(?:[\w-]+\s+){0,3}?(?:specifications?|enhancements?)\b"
             # ("three years on one count of assault", "a year on a single count": one count of several, its offence
             # after it put in by sentencing.py)
             r"|\s+(?:on|for)\s+(?:one|a\s+single)\s+(?:[\w-]+\s+){0,3}?(?:count|charge)\b"
             # ("two years apiece on the gun counts": each count's length, "apiece" before the counts)
             r"|\s+apiece(?:\s+(?:on|for)\s+(?:the|his|her|their)\s+(?:[\w-]+\s+){0,4}?(?:counts|charges|convictions)\b)?"
             # ("four hours each Saturday": "each" there starts a schedule, not the counts)
             # ("46 months on count one", "24 months on Count 2": a count named by its number)
             r"|\s+on\s+(?i:count)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b"
             # ("seven years on the first count and five years on the second": the later count named by its ordinal alone)
             r"|\s+on\s+the\s+(?:second|third|fourth|fifth|other|last|remaining)\b(?=\s*[,.;)]|\s*$)"
             # ("40 years on the drug conspiracy, to run concurrently": the count named by its offence alone, its
             # "count" left out)
             r"|\s+on\s+the\s+(?:[\w-]+\s+){0,2}?" + _OFFENCE_HEAD + r"(?=\s*[,.;)]|\s+(?:and|plus|to\s+(?:run|be\s+served))\b|\s*$)"
             # ("12 years for each of the four deaths", "nine years for each of the two victims": one term per life taken
             # or person harmed, each its own count)
             r"|\s+(?:on|for)\s+each\s+of\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:deaths|victims|killings|slayings|murders"
             r"|lives|people|children|girls|boys|women|men|counts|charges|convictions|crimes|offen[cs]es)\b"
             r"|\s+(?:on|for)\s+each\s+(?:of\s+(?:the\s+)?)?(?:[\w-]+\s+){0,4}?(?:counts?|charges?)\b|\s+each\b(?!\s+(?:day|night|week|weekend|month|year|morning|evening"
             r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))?")
# A bare duration ends with the count it is for: "... on the theft count", "... on each of two counts", "... each"
# A word, or an amount with its separators ("€2,340"), or a place's abbreviation before its name ("her house in Mt.
# Lebanon", "St. Paul": a capital and a small letter, then a capitalised word)
# (not "in", "on", "at": "was sentenced in September to 12 years" tells when, and the length still follows)
_PREPOSITION = r"(?:of|below|above|under|over|than|for|with|within|between|from|near|around|about|is|was|were|would|will|could|may|might)"
# "sentenced Lee, 33, of Bel Air, to 20 years": the age's appositive may go on to the hometown
_HOMETOWN = r"(?:\s+of\s+(?-i:[A-Z])[\w.'\u2019-]*(?:\s+(?-i:[A-Z])[\w.'\u2019-]*){0,2},)?"
_ABBREVIATION_DOT = r"(?<=\b[A-Z][a-z])\.(?=\s[A-Z])"
_WORD = rf"(?:[^\s,.;:]|[,.](?=\d)|{_ABBREVIATION_DOT})+"
# How a curfew is kept, told before it: "a nightly curfew from 9 p.m. to 6 a.m." (part of the term)
_CURFEW_ADJECTIVE = r"(?:(?:nightly|overnight|daily|strict|electronically\s+monitored)\s+)?"
# A time of day: "9 p.m.", "7pm", "7.30pm", "21:00"
_CLOCK = r"\d{1,2}(?:[:.]\d\d)?(?:\s*(?:[ap]\.m\.|[ap]m\b))?"
_TO_RUN = r"(?:,\s+to\s+(?:run|be\s+served)\s+(?:concurrently|consecutively),)?"  # "12 months, to run concurrently, for ..."
# (the same, its closing comma left to the text after it: "and three years, to be served concurrently, for laundering")
_TO_RUN_UNCLOSED = r"(?:,\s+to\s+(?:run|be\s+served)\s+(?:concurrently|consecutively)(?=,))?"
# (the same closing the clause, with the term it runs beside: "received 41 months, to run concurrently with the assault
# sentence.")
_TO_RUN_CLOSING = (r"(?:,\s+to\s+(?:run|be\s+served)\s+(?:concurrently|consecutively)(?:\s+with\s+(?:the|his|her|their)\s+"
                   r"(?:[\w-]+\s+){0,3}?(?:sentences?|terms?))?(?=\s*[.;)]|\s*$))?")
_COUNT_ENDS = (r"(?:(?<=count)|(?<=counts)|(?<=charge)|(?<=charges)|(?<=each)|(?<=apiece)|(?<=specification)|(?<=specifications)"
               r"|(?<=enhancement)|(?<=enhancements)|(?<=count \d)|(?<=count \d\d)|(?<=count one)|(?<=count two)|(?<=count three)"
               r"|(?<=count four)|(?<=count five)|(?<=count six)|(?<=count seven)|(?<=count eight)|(?<=count nine)|(?<=count ten)"
               r"|(?<=on the second)|(?<=on the third)|(?<=on the fourth)|(?<=on the fifth)|(?<=on the other)|(?<=on the last)"
               r"|(?<=on the remaining)"
               r"|(?<=deaths)|(?<=victims)|(?<=killings)|(?<=slayings)|(?<=murders)|(?<=lives)|(?<=people)|(?<=children)|(?<=girls)"
               r"|(?<=boys)|(?<=women)|(?<=men)|(?<=convictions)|(?<=crimes)|(?<=offenses)|(?<=offences)"
               # (a count named by its offence alone, "on the drug conspiracy", which _ON_COUNT took)
               r"|(?<=conspiracy)|(?<=racketeering)|(?<=murder)|(?<=manslaughter)|(?<=robbery)|(?<=kidnapping)|(?<=fraud)|(?<=extortion)"
               r"|(?<=bribery)|(?<=laundering)|(?<=trafficking)|(?<=arson)|(?<=burglary)|(?<=theft)|(?<=embezzlement))\b")
# ("forfeit the $640,000 in cash": a thousands comma inside a sum ends nothing, as a decimal point does not)
_AFTER_FORFEIT = (r"(?=\s*(?:,(?!\d)|[;:])|\s*\.(?!\d)(?!(?<=\b[A-Z][a-z]\.)\s[A-Z])|\s+(?:which|that|who|(?<!\bused\s)to|as|after|because|under|when|while|and\s+(?:to|was|is|pay|serve|given|\w+ed"
                  # "ordered forfeiture of all pay and gave him ...": an irregular past verb starts the judge's next act
                  r"|gave|got|sent|put|made|took|set|left|kept|told|said|handed|barred|banned))\b"
                  # "seized from a stash house", "bought with church money" tell the property's story; "held in two
                  # bank accounts" says which money it is
                  # ("11 trucks registered to his company")
                  # ("$412,000 held in a company account", "the $9,000 kept in his safe": irregular participles too)
                  # (but cash with no sum is told only by where it was seized: "a watch and cash seized from her
                  # accounts" keeps its clause, "$9,000 in cash seized from ..." does not)
                  r"|(?<!(?<!\sin)\scash)(?<!(?<!\sin)\smoney)(?<!(?<!\sin)\sfunds)(?<!\bhe)(?<!\bshe)(?<!\bthey)\s+(?:\w+ed|found|taken|seen|bought|held|kept|hidden|stolen)\s+(?:from|by|in|at|during|on|inside|with|to)\b"
                  # "the Tesla she bought with donations": a pronoun after the thing opens a contact relative clause
                  # (but "the laptop she used to copy the files", "the boat they used in the smuggling": the property's use
                  # in the crime is why it is forfeited, which property the order takes, so the clause stays)
                  r"|\s+(?:he|she|they)\b(?!\s+(?:had\s+)?used\s+(?:to|in|for|during|while)\b)"
                  # "forfeiture of the truck and about $312,000 from his firm's bank accounts": where a sum is kept is
                  # not part of what is forfeited
                  # (nor the accounts it sits in: "about $4.8 million in bank and brokerage accounts")
                  r"|(?:(?<=\d)|(?<=million)|(?<=billion)|(?<=proceeds)|(?<=profits)|(?<=gains))\s+from\b"
                  r"|(?:(?<=\d)|(?<=million)|(?<=billion))\s+in\s+(?:[\w'\u2019-]+\s+){0,4}?accounts?\b"
                  # "214 firearms agents seized from his store": the seizing officers open a contact relative clause
                  r"|\s+(?:agents|police|officers|investigators|authorities|detectives|deputies|troopers|federal\s+agents)\s+(?:had\s+)?(?:\w+ed|found|took|seen)\b"
                  # "a pickup truck prosecutors said he used to collect turtles": someone's account of the property opens
                  # a contact relative clause (which property it is was told before it)
                  r"|\s+(?:prosecutors|agents|police|officers|investigators|authorities|detectives|officials|court\s+records|records|documents)"
                  r"\s+(?:have\s+|had\s+)?(?:said|say|says|told|testified|alleged|allege|alleges|claimed|claim|claims|contend\w*|believed?)\b"
                  r"|\s*$)")

# What a list goes on to after a forfeited sum when it names the next term, not more property
_NOT_A_TERM = (r"(?!(?:[\w$,.-]+\s+){0,3}?(?:fines?|restitution|destruction|penalt(?:y|ies)|assessments?|probation|sentences?|terms?|years?|months?"
               r"|weeks?|days?|hours?|supervised|community\s+service|home\s+(?:confinement|detention)|house\s+arrest"
               r"|electronic\s+monitoring)\b)")

# A bare property noun (or two words) with no determiner, as a list's last item: "jewelry", "gold coins"; never the
# verb of the next act ("and pay", "and was", "and serve") nor a past tense
_BARE_PROPERTY = (r"(?!(?:pay|serve|spend|perform|complete|register|undergo|was|is|were|are|will|must|may|faces?|to|also|then|has|had|have"
                  r"|be|not|must|report|stay|avoid|submit)\b)(?![a-z]+ed\b)[a-z][\w-]*(?:\s+(?!(?:from|in|at|by|on|of|to|for|with|and|or|that|which|he|she|they)\b)[a-z][\w-]*)?")

# A later item of a list of property that opens with its determiner, up to ten words: ", a lake cabin near the old
# mill" (the list must go on after it)
_PROPERTY_ITEM = r"(?:,\s+(?:an?|the|his|her|their|its)\s+(?:[\w'\u2019-]+\s+){0,9}?[\w'\u2019-]+(?=,|\s+(?:and|or)\s))"

# What a forfeited sum was held as: "$61,000 in cash", "$2 million in cash and securities"
# ("his house and more than $2 million in proceeds from the clinic": a sum named by what it came from; where it came
# from is not part of what is forfeited)
_HELD_AS = (r"(?:\s+in\s+(?:(?:ill-gotten|illicit|illegal|criminal|fraud|drug|scheme|stolen|laundered|unlawful)\s+)?(?:proceeds|profits|gains)(?=\s+from\b)"
            r"|\s+in\s+(?:cash|securities|stocks|bonds|cryptocurrency|bitcoin|gold|jewelry)"
            r"(?:(?:,\s+(?:cash|securities|stocks|bonds|cryptocurrency|bitcoin|gold|jewelry))*,?\s+and\s+(?:cash|securities|stocks|bonds|cryptocurrency|bitcoin|gold|jewelry))?)?")

# The later items of a list of things or roles: ", drone", then "and stun gun" ("and was sentenced" closes the list instead)
_LIST_ITEM = r"(?:,\s+(?!(?:and|or)\s)(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+(?=,|\s+(?:and|or)\s))"
_LIST_END = r"(?!(?:to|was|were|is|are|pay|serve|given|he|she|they|must|will|may|might|can|could|shall|should|would|has|have|had|\w+ed)\b)(?:[\w'\u2019-]+\s+){0,10}?[\w'\u2019-]+"

# A kind named on its own, with no length or sum; never the name of an office or a hearing ("probation officer",
# "restitution hearing") nor a sum that follows ("restitution of $5,000", read by its own pattern)
BARE_KIND = (r"(?P<what>(?:(?:supervised|unsupervised|formal|intensive)\s+)?probation|house\s+arrest|home\s+(?:confinement|detention)"
              r"|community\s+(?:supervision|control)"  # Texas and Florida probation
              # (Britain's and Ireland's "ordered to pay compensation": the sum the court leaves for later or untold)
              r"|community\s+service|electronic\s+monitoring|restitution|compensation)\b"
              r"(?!\s+(?:officers?|department|office|agents?|violations?|hearings?|terms?|sentences?|of|totaling|totalling|orders?|amount)\b)"
              r"(?!-)")
# What a non-custodial term is told with: "probation with no jail time", "without any time behind bars", "with work release"
_WITHOUT_CUSTODY = (r"(?:\s+(?:with\s+no|without(?:\s+any)?)\s+(?:(?:additional\s+)?(?:jail|prison)(?:\s+(?:time|sentence|term))?|incarceration"
                    # "probation without house arrest": the restriction left out is part of the ask
                    r"|house\s+arrest|home\s+(?:confinement|detention)|electronic\s+monitoring|(?:an?\s+)?ankle\s+monitor|GPS\s+monitoring"
                    r"|time\s+(?:behind\s+bars|in\s+(?:jail|prison)))|\s+with\s+work\s+release"
                    # "asked for probation with home confinement", "sought probation with a period of house arrest": the
                    # restriction the ask puts on it is part of the one ask (a length of its own, "with six months of home
                    # confinement", is a term of its own)
                    r"|\s+with\s+(?:(?:a|some)\s+(?:period|term)\s+of\s+)?(?:home\s+(?:confinement|detention|incarceration)|house\s+arrest"
                    r"|electronic\s+(?:monitoring|home\s+monitoring)|(?:an?\s+)?ankle\s+monitor|GPS\s+monitoring)\b)")
# "asked for probation only", "sentenced to probation alone": the word that says nothing else goes with it is part of
# the term (an ask for no custody at all)
_ALONE = r"(?:\s+(?:only|alone)\b(?!\s+(?:for|if|after|when|because|to)\b))?"
_WHOM = r"(?:(?:him|her|them|(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+){0,2})\s+)?"

# How long a bar holds, told after its object: "... during his probation", "... while on supervised release", "... for the
# rest of her life". Part of the term, as a stated length would be.
BAR_TAIL = (r"(?:\s+(?:while|during)\s+(?:(?:he|she|they)\s+(?:is|are|remains?)\s+)?(?:on\s+)?(?:(?:his|her|their|the)\s+)?(?:[\w-]+\s+)?"
            r"(?:probation|parole|supervised\s+release|supervision|release)\b"
            # the time in custody: "while he is in prison", "while incarcerated", "during his prison term", "while he
            # serves his sentence" (a bar cut before the clause would end on the bare conjunction or lose its length)
            r"|\s+(?:while|during)\s+(?:(?:he|she|they)\s+(?:is|are|remains?)\s+)?(?:(?:in|behind)\s+(?:(?:state|federal)\s+)?(?:prison|jail|custody|bars)"
            r"|incarcerated|imprisoned|locked\s+up|(?:(?:his|her|their|the)\s+)?(?:incarceration|imprisonment|confinement|(?:prison|jail)\s+(?:term|sentence|time)))\b"
            r"(?:\s+(?:or|and)\s+(?:on\s+)?(?:probation|parole|supervised\s+release))?"
            r"|\s+while\s+(?:he|she|they)\s+serves?\s+(?:his|her|their|the)\s+(?:[\w-]+\s+)?(?:sentence|term)\b"
            r"|\s+for\s+the\s+(?:rest|duration|length|remainder|term)\s+of\s+(?:(?:his|her|their|the)\s+)?(?:[\w-]+\s+)?"
            r"(?:probation|parole|supervised\s+release|supervision|sentence|term|li(?:fe|ves))\b"
            # how long the bar holds: "until 2055", "until March 2040", "for life", "permanently"
            r"|\s+(?:(?:lasting|running|good|valid|in\s+effect)\s+)?(?:until|through)\s+(?:(?-i:[A-Z])[a-z]+\.?\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d\d\b|\s+for\s+life\b|\s+permanently\b)?")

# Where or with whom the listed acts are barred, which the bar means nothing without: "from coaching or volunteering in
# any youth program", "from owning or working at any bar", "from teaching or tutoring minors" ("in Arizona", a bare place
# with no determiner, still closes the list)
# ("on the accounts of any church, charity or nonprofit": a list closing the place is part of it)
_BAR_WHERE = (r"(?:\s+(?:in|at|with|for|on|around|near|inside)\s+(?:(?:any|all|an?|the)\s+(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+"
              + r"(?:" + _LIST_ITEM + r"*,?\s+(?:or|and)\s+[\w'\u2019-]+)?"
              r"|(?:children|minors|kids|juveniles|youths?|teenagers|students|patients|animals)\b)(?=\s*[,.;:]|\s+(?:and|after|because|under|while|until|during|for|as|or)\b))?")

# The words a rank may run on with: "seaman recruit", "private first class", "airman basic"
_RANK_REST = r"(?:\s+(?:recruit|apprentice|basic|first|second|third|class|officer|grade|E-?\d))*"
# "from owning, operating or working at": a list of verbs the bar shares, read as one object
# Words between "of" and a supervision's kind: "two years of mandatory supervised release", "six months of
# electronically monitored home confinement", "five years of court-ordered probation"
_KIND_MOD = r"(?:(?:mandatory|extended|additional|strict|intensive|federal|state|electronic|GPS|[a-z]+-[a-z]+|[a-z]+ly\s+monitored|monitored)\s+){0,2}"
_SHARE = (r"(?:\d{1,3}(?:\.\d)?\s*(?:%|percent\b|per\s+cent\b)|(?:one-)?half|two-thirds|three-quarters|three-fourths"
          r"|(?:one-|a\s+)third|(?:one-|a\s+)quarter)")
_SHARE_OF = r"(?:the|his|her|their|that|each)\s+(?:[\w-]+\s+){0,2}?(?:sentences?|terms?|time)\b"
_VERB_LIST = r"(?:[a-z]+ing,\s+(?:[a-z]+ing,?\s+)*(?:or|and)\s+)?"

# Whom a no-contact order names: "the victim", "him", "either victim", "any of the three women", "Ana Reyes"
# "members of the Lee family", "relatives of the victim": the group's head noun names no one by itself
# "Ana Reyes's family", "Reyes' relatives": a possessive name runs on to the people it owns
_CONTACTED = (r"(?:(?:(?:members|relatives|any\s+member)\s+of\s+)?(?:(?:(?:any|either|both|all|each|none)\s+of\s+)?(?:the|his|her|their|its|either|any|both|all|those|these)\s+(?:[\w'\u2019-]+\s+){0,2}?[\w'\u2019-]+"
              # "the surviving members of the Lee family": a participle is a modifier, never the head the people are named by
              r"(?!(?<=ing)\s+(?-i:[a-z]))"
              # "the children of the victim", "the parents of Ana Reyes": the of-phrase says whose
              r"(?:\s+of\s+(?:(?:the|his|her|their)\s+(?:(?-i:[A-Z])[\w'\u2019-]+\s+)?(?:family|families|victims?|household|children|girl|boy|woman|man|deceased)"
              r"|(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)?))?"
              r"|(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)?(?:(?<=['\u2019]s)|(?<=s['\u2019]))(?:\s+(?-i:[a-z])[\w-]+){1,2}"
              r"|(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)?"
              # "to have no contact with him or his family": the person told by a pronoun
              r"|(?:him|them|her)\b))")
# How often and how long a registrant reports: "register every 90 days for life", "register with the sheriff twice a year
# for 25 years", "register annually for the rest of her life"
_REGISTER_HOW_OFTEN = (r"(?<!offenders )(?<!offender )(?<!offenders' )(?<!offenders\u2019 )(?<!the )register(?:\s+(?:with|at)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:sheriff|police|authorities|state|registry|department|office)\w*)?"
                       r"(?:\s+as\s+an?\s+(?:[\w-]+\s+){0,3}?(?:sex(?:ual)?\s+)?(?:offender|predator))?"
                       rf"\s+(?:(?:every|each)\s+(?:{_NUMWORD}\s+)?(?:days?|weeks?|months?|years?)|(?:once|twice|{_NUMWORD}\s+times)\s+a\s+(?:year|month)"
                       r"|annually|yearly|quarterly|monthly)?\s*"
                       rf"(?<=\s)for\s+(?:life|the\s+rest\s+of\s+(?:his|her|their)\s+li(?:fe|ves)|{_DUR})")

# (kind, pattern source). Earlier patterns win where two overlap, so specific forms come first.
# ("any vehicle he drives must be equipped with an ignition interlock device": the order told of the vehicle)
_INTERLOCK = (r"(?:\b(?:any|every|all|his|her|their)\s+(?:vehicles?|cars?|trucks?)\s+(?:(?:he|she|they)\s+(?:drives?|operates?|owns?|uses?)\s+)?"
              r"(?:must|will\s+(?:have\s+to|need\s+to)|(?:is|are)\s+(?:required|to)|shall)\s+(?:be\s+)?(?:equipped|fitted)\s+with\s+an?\s+(?:breath-alcohol\s+)?ignition[- ]interlock(?:\s+device)?)|"
              r"\b(?:install|use|have|keep)\s+an?\s+(?:breath-alcohol\s+)?ignition[- ]interlock(?:\s+device)?"
              r"(?:\s+(?:in|on)\s+(?:his|her|their|any)\s+(?:[\w-]+\s+)?(?:vehicles?|cars?|trucks?)(?:\s+(?:he|she|they|you)\s+drives?)?)?")
# A term is a kind noun phrase and the length attached to it. The noun phrase that names a non-custodial order, ban or
# supervision, up to its kind word: "restraining order", "sexual harm prevention order", "restriction of liberty order",
# "firearms prohibition", "good behaviour bond", "conditional discharge", "curfew", "supervised probation", "house
# arrest", "supervised release", "hunting ban", "company director disqualification". An order's own name runs to three
# words, none a determiner, a verb's participle, a length ("five-year") or a word that makes it no sentence ("court
# order", "gag order", "search order"); a ban, a bond and a discharge are named from a closed list (a bare "ban" is a
# sports body's as often as a court's, a bare "bond" is bail).
_ORDER_NAME_WORD = (r"(?!(?:an?|the|his|her|their|its|this|that|to|of|on|for|in|with|by|and|or|but|as|at|from|under|was|were|is|are"
                    r"|be|been|will|must|also|court|gag|search|arrest|executive|new|further|same|existing|earlier|previous|original"
                    r"|another|second|separate|interim|\w+ed"
                    # (a public authority's orders, which bind a town, not an offender: "a stay-at-home order for two weeks")
                    r"|stay-at-home|shelter-in-place|evacuation|lockdown|boil-water|emergency|public|purchase|money|standing|mail)\b)"
                    r"(?![\w-]*(?:year|month|week|day)s?\b)[a-z][\w-]*\s+")
# (not a sports body's "football ban", which no court imposes: Britain's court order is the "football banning order")
_BANNED_ACTIVITY = r"(?:driving|hunting|travel|fishing|firearms?|weapons?|gun|animal|dog|boating)"
_DISQUALIFICATION = r"(?:(?:driving|licen[cs]e|company\s+director|director(?:ship)?)\s+)?disqualification"
_CLOSED_KIND = (r"(?:(?:deferred(?:\s+adjudication)?|supervised|unsupervised|formal|informal|summary|intensive|shock|community|federal|state|county)\s+){0,2}"
                r"probation(?![\w-]|\s+order)"
                # (Illinois: "mandatory supervised release for 18 months")
                r"|(?:mandatory\s+)?supervised\s+release|house\s+arrest|home\s+(?:detention|confinement)|curfew|community\s+service"
                rf"|(?:good\s+behaviou?r|peace)\s+bond|(?:conditional|absolute)\s+discharge|{_DISQUALIFICATION}|{_BANNED_ACTIVITY}\s+ban"
                # Britain's community order requirements, by name (a bare "requirement" is any rule's: "the minimum requirement")
                r"|(?:rehabilitation\s+activity|unpaid\s+work|curfew|(?:alcohol\s+)?abstinence|alcohol\s+treatment|drug\s+rehabilitation"
                r"|mental\s+health\s+treatment|electronic\s+monitoring|programme|supervision|residence|exclusion|prohibited\s+activity"
                r"|attendance\s+centre)\s+requirement")
# A prisoner's privileges, which a jail takes as discipline, never a court as sentence: "suspended his visiting
# privileges for 30 days"
_NOT_AN_INMATES = r"(?!(?:visit\w*|phone|telephone|commissary|canteen|recreation|yard|mail|e-?mail|tablet|television|tv)\s)"
# New South Wales's protection orders: "a final apprehended domestic violence order", "an interim AVO", "an ADVO" (the
# abbreviations are capitals only: "avo" is no word of its own)
_AVO = (r"(?:(?:final|interim|provisional)\s+)?(?:apprehended\s+(?:(?:domestic|personal)\s+)?violence\s+order"
        r"|(?-i:A[DP]?VO)\b)")
_OPEN_KIND = (_AVO + r"|restriction\s+of\s+liberty\s+order|(?:" + _ORDER_NAME_WORD + r"){1,3}?(?:order(?!\s+of\s+protection\b)|prohibition(?:\s+order)?|injunction)"
              # New York's "order of protection": its name after the word "order"
              r"|order\s+of\s+protection")
# Whom the order binds, told between it and its length: "against Grant", "on him" (never a possessive: "on Grant's son")
# (nor a day told after the name: "against Lee Thursday")
_BOUND = (r"(?:him|her|them|(?-i:[A-Z])[\w'\u2019-]*(?<!['\u2019]s)(?:\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February"
          r"|March|April|May|June|July|August|September|October|November|December)\b)(?-i:[A-Z])[\w'\u2019-]*(?<!['\u2019]s)){0,2})(?![\w'\u2019])")
# The words that attach a length to the kind named before it: "for five years", "for a period of five years", "of five
# years", "lasting five years", ", which will last five years"; and, with only "for" after them, the court's act and
# whom it binds: "was made against Grant for five years", "(imposed a curfew) on Grant for five years". A length that
# goes on with "of", "ago" or "a day" belongs to something else ("for five years of abuse", "a curfew of 12 hours a day").
_LENGTH_LEAD = (r"(?:(?:\s+(?:was|were|has\s+been|have\s+been|will\s+be)\s+(?:also\s+)?(?P<made>made|imposed|granted|issued|ordered|handed\s+down))?"
                rf"(?:\s+(?:against|on)\s+(?P<bound>{_BOUND}))?"
                # ("an apprehended violence order protecting the woman for five years": whom it protects, then its length)
                rf"(?:\s+protecting\s+(?:(?:the|his|her|their)\s+(?:[\w'\u2019-]+\s+){{0,2}}?[\w'\u2019-]+|{_BOUND}))?"
                # ("was made indefinitely": no length, but how long all the same)
                # ("a restraining order of indefinite length", "a restriction order, without limit of time": the same)
                r"(?:\s+for\s+(?:an?\s+(?:period|term)\s+of\s+|the\s+(?:first|next)\s+)?|(?=,?\s+(?:indefinitely|of\s+indefinite\s+(?:length|duration)|without\s+limit\s+of\s+time)\b)"
                # ("A restraining order was also made, to last for five years": the length told as its purpose)
                r"|(?P<lasting>,)\s+to\s+(?:last|run|remain\s+in\s+(?:place|force|effect))(?:\s+for\s+|(?=\s+indefinitely\b)))"
                # "A restraining order will remain in place indefinitely", "The non-molestation order will stay in force for
                # five years": how long the order lasts, told as what it will do
                r"|(?P<remains>\s+(?:will|is\s+to|shall)\s+(?:also\s+)?(?:remain|stay|be)\s+in\s+(?:place|force|effect))(?:\s+for\s+|(?=\s+indefinitely\b))"
                r"|\s+of\s+|\s+lasting\s+(?:for\s+)?|(?P<aside>,)\s+which\s+(?:will\s+|is\s+to\s+|shall\s+)?(?:lasts?|runs?)\s+(?:for\s+)?)")
_LENGTH_ENDS = r"(?![\w-])(?!\s+(?:of|ago|earlier|before|later|old|since|a\s+(?:day|night|week)|per|each|every|daily|nightly)\b)"
# (an order's initials may stand between it and its length: "a sexual harm prevention order (SHPO) for 15 years")
ATTACHED_LENGTH = (rf"(?:\s+\((?-i:[A-Z]{{2,6}})\))?{_LENGTH_LEAD}(?:{_DUR}|(?P<life>life|the\s+rest\s+of\s+(?:his|her|their)\s+li(?:fe|ves))\b"
                   rf"|,?\s+(?P<indefinite>indefinitely|of\s+indefinite\s+(?:length|duration)|without\s+limit\s+of\s+time)\b){_LENGTH_ENDS}")
# The kind named with a determiner before it, which marks where an order's own name starts ("made subject to a
# restraining order": never "subject to a restraining"); a kind of the closed list needs none ("placed on probation")
NAMED_KIND = (r"(?P<what>(?:(?<=\ba\s)|(?<=\ban\s)|(?<=\bthe\s)|(?<=\bhis\s)|(?<=\bher\s)|(?<=\btheir\s))(?:" + _OPEN_KIND + r")"
              r"|(?<![\w'\u2019-])(?:" + _CLOSED_KIND + r"))")

# Britain's community order requirements by name, as a length "of" one is told: "30 days of a rehabilitation activity
# requirement", "40 hours of a drug rehabilitation requirement" (a bare "requirement" is any rule's)
_NAMED_REQUIREMENT = (r"(?:rehabilitation\s+activity|unpaid\s+work|curfew|(?:alcohol\s+)?abstinence|(?:alcohol|drug|mental\s+health)\s+treatment"
                      r"|drug\s+rehabilitation|electronic\s+monitoring|programme|supervision|residence|exclusion|prohibited\s+activity"
                      r"|attendance\s+centre|accredited\s+programme)\s+requirement")

# What a treatment the court orders is for: "for her alcohol addiction", "for alcohol misuse and depression"
_TREATED = (r"(?:addictions?|abuse|misuse|dependen(?:ce|cy)|disorders?|alcoholism|problems?|issues|illness|gambling|drinking|drug\s+use"
            r"|depression|anxiety|trauma|anger)\b")

# Parole held back until part of the term is served: "will not be eligible for parole until he has served"
# (the whole phrase is the term's text: "12 years" alone would not say it is the time before parole)
_ELIGIBLE_FOR_PAROLE = r"(?:\bnot\s+(?:be\s+)?)?\beligib(?:le|ility)\s+(?:to\s+(?:apply|ask|seek|be\s+considered)\s+)?for\s+(?:parole|release)\s+"
_ELIGIBLE_UNTIL_SERVED = _ELIGIBLE_FOR_PAROLE + r"until\s+(?:after\s+)?(?:he|she|they)\s+(?:(?:has|have|had)\s+served|serves?)\s+"

# A bar told as what he may not do ("may not own any dog", "can't own or breed dogs"): read only inside the frame of a
# supervision, see TERM_NEEDS
_MAY_NOT = r"\b(?:(?:may|must|shall|can)\s*not|can['\u2019]t)\s+"

TERM_SOURCES: list[tuple[str, str]] = [
    # The length served of a named requirement or course: "30 days of a rehabilitation activity requirement", "40 hours
    # of an unpaid work requirement" (first: the treatment patterns below would take "40 hours of a drug ..." otherwise)
    ("order", rf"{_DUR}\s+of\s+(?:an?\s+|the\s+)(?P<what>{_NAMED_REQUIREMENT})\b"),
    # ... and the requirement told without its noun: "180 hours of unpaid work and 15 days of rehabilitation activity"
    ("order", rf"{_DUR}\s+of\s+(?P<what>rehabilitation\s+activity)\b(?!\s+requirement)"),
    # ... and of a programme counted in its sessions or its length: "20 sessions of a domestic abuse programme", "12 weeks
    # of a victim awareness course" (what the course is about, up to three words, stays with it)
    # (only as a thing to do, or a list's next item: "the charity runs 20 sessions of ..." is no order)
    ("program", rf"(?:(?<=\bcomplete )|(?<=\battend )|(?<=\bundergo )|(?<=\band )|(?<=\bplus )|(?<=,\s)){_QUAL}(?P<count>{_NUM})\s+(?P<counted>sessions)\s+(?:of|on|with|in)\s+an?\s+"
                r"(?:(?!(?:and|or|but)\b)[\w'\u2019-]+\s+){0,3}?(?:programme|program|course)\b"),
    ("program", rf"{_DUR}\s+of\s+an?\s+(?:(?!(?:and|or|but|in|on|at)\b)[\w'\u2019-]+\s+){{0,3}}?(?:programme|program|course)\b"),
    # "up to 365 days in an Idaho Department of Correction program": time in a program, not in a cell (Idaho's rider)
    ("program", rf"{_QUAL}{_DUR}\s+in\s+an?\s+(?:(?!(?:and|or|but|in|on|at)\b)[\w'\u2019-]+\s+){{0,5}}?(?:programme|program)\b"),
    # A length of treatment asked for or ordered instead of custody: "nine months in a residential treatment program",
    # "90 days at an inpatient rehab facility" (before the bare length, which would take "nine months" alone)
    ("treatment", rf"{_DUR}\s+(?:in|at|of)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?(?:treatment|rehab(?:ilitation)?|recovery|drug|substance[- ]abuse)"
                  r"\s+(?:program|programme|facility|center|centre|clinic|court)\b"),
    # Custody served another way, its place the kind word: "120 days of boot camp", "six months in a shock incarceration
    # program", "60 days of day reporting" (a centre the offender reports to each day instead of jail)
    # "undergo 18 months of drug treatment", "six months of inpatient treatment": the length of the treatment ordered
    ("treatment", rf"{_DUR}\s+of\s+(?:(?!(?:and|or|in|on|the|his|her)\s)[\w-]+\s+){{0,2}}?treatment\b"),
    ("boot_camp", rf"{_DUR}\s+(?:of|in|at)\s+(?:an?\s+|the\s+)?(?:(?:state|county|military-style|military|juvenile)\s+)?"
                  r"(?:boot\s+camp|shock\s+incarceration)(?:\s+(?:program|programme|facility))?"),
    ("day_reporting", rf"{_DUR}\s+(?:of|in|at)\s+(?:an?\s+|the\s+)?day[- ]reporting(?:\s+(?:program|programme|center|centre))?"),
    # Britain: "an extended licence period of three years", "a further four years on extended licence" (supervision in
    # the community after an extended sentence's custody, under recall)
    ("extended_licence", rf"extended\s+licen[cs]e(?:\s+period)?\s+of\s+{_DUR}"),
    ("extended_licence", rf"{_DUR}\s+(?:on\s+|of\s+)?(?:an?\s+)?extended\s+licen[cs]e(?:\s+period)?"),
    # (before the plain "last six months of his sentence": where that part is served is the term's kind word)
    ("halfway_house", rf"(?:first|last|final|initial|remaining)\s+{_DUR}\s+of\s+(?:his|her|their|the)\s+(?:[\w-]+\s+)?(?:sentence|term|probation)"
                      r"\s+(?:in|at)\s+(?:an?\s+|the\s+)?(?:halfway\s+house|residential\s+re-?entry\s+(?:center|centre|facility)|community\s+corrections\s+(?:center|centre|facility))"),
    # Suspended (in Minnesota "stayed") terms are not time in custody; the qualifier stays in the text.
    # (Britain's "a 12-month suspended sentence order": the order is the sentence's legal name, part of the term)
    # ("a suspended 16-year sentence to the State Department of Corrections": the custody it would be served in)
    # ("a fully suspended three-year sentence": how much of it is suspended is part of the term)
    ("suspended_sentence", rf"{_QUAL}(?:(?:fully|wholly|entirely|partly|partially)\s+)?(?:stayed|suspended)\s+(?:{_RANGE})?(?P<num>{_NUM})[- ]{_UNIT1}[- ](?:(?:prison|jail|custodial)\s+)?(?:sentence|term)"
                           r"(?:\s+order\b|\s+(?:to|in)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.'\u2019-]*\s+){0,3}?(?:(?-i:Department)\s+of\s+(?-i:Corrections?)|(?-i:Bureau)\s+of\s+(?-i:Prisons))\b)?"),
    ("suspended_sentence", rf"{_QUAL}(?P<num>{_NUM})[- ]{_UNIT1}[- ](?:(?:prison|jail|custodial)\s+)?(?:suspended|stayed)\s+"
                           r"(?:(?:prison|jail)\s+)?(?:sentence|term)(?:\s+order\b)?"),
    ("suspended_sentence", rf"{_QUAL}(?P<num>{_NUM})[- ]{_UNIT1}[- ](?:(?:prison|jail|custodial)\s+)?(?:sentence|term){_SUSPENDED_FOR}"),
    ("suspended_sentence", rf"(?:jailed|imprisoned)\s+for\s+{_DUR}{_SUSPENDED_FOR}"),
    # The length told before, the suspension as the judge's act (Australia): "two years and three months' jail ... But
    # Judge Pethick suspended the sentence on condition ...", "the sentence was wholly suspended"
    ("suspended_sentence", r"\b(?:(?:wholly|fully|entirely|partly|partially)\s+)?suspended\s+(?:the|that|his|her|their)\s+(?:(?:whole|entire|jail|prison|custodial)\s+)?(?:sentence|term)\b(?!\s+of\b)"
                           # ("the rest of the sentence is suspended": what is left after the time to serve)
                           r"|(?:\b(?:the\s+)?(?:rest|remainder|balance)\s+of\s+)?\b(?:the|that|his|her|their)\s+(?:(?:jail|prison|custodial)\s+)?(?:sentence|term)\s+(?:was|is|will\s+be)\s+(?:(?:wholly|fully|then)\s+)?suspended\b(?!\s+(?:for|after|until|upon|on\s+appeal)\b)"),
    # "A 90-day jail term was suspended"; "a 30-year term but suspended all but 10 years of it"
    ("suspended_sentence", rf"{_QUAL}(?!an?\s)(?P<num>{_NUM})[- ]{_UNIT1}[- ](?:(?:prison|jail|custodial)\s+)?(?:sentence|term)"
                           r"(?:\s+(?:was|were|is|had\s+been)\s+(?:also\s+)?suspended\b|(?=,?\s+(?:but|with|and)\s+(?:(?:he|she|they|the\s+judge)\s+)?"
                           r"(?:suspended\s+)?all\s+but\b))"),
    # "an indeterminate term ..., suspended upon service of three years": the time to serve before the rest is suspended
    ("suspended_sentence", rf"suspended\s+(?:upon|after|on)\s+(?:the\s+)?(?:service|serving)\s+(?:of\s+)?{_DUR}"),
    # The Northern Territory's and Tasmania's partly suspended sentence: "five years' imprisonment, suspended after he
    # has served two years", and the span it can still be restored in, "an operational period of three years"
    ("suspended_sentence", rf"suspended\s+after\s+(?:he|she|they)\s+(?:has|have|had)\s+served\s+{_DUR}"),
    # ("sentenced him to 10 years in prison but suspended six of those years": the part suspended, told after the whole)
    ("suspended_sentence", rf"suspended\s+(?P<num>{_NUM})\s+of\s+(?:those|the|that|these)\s+(?:[\w-]+\s+)?(?P<unit>years|months)\b"),
    ("operational_period", rf"operational\s+period\s+of\s+{_DUR}"),
    ("operational_period", rf"{_QUAL}(?P<num>{_NUM})[- ]{_UNIT1}\s+operational\s+period"),
    # Supervision by the state's corrections service, named: "submit to the supervision of Community Corrections",
    # "comply with supervision by ACT Corrective Services"
    ("supervision", r"\bsupervision\s+(?:of|by)\s+(?:the\s+)?(?:(?-i:[A-Z]{2,4})\s+)?(?:Community\s+Corrections|Corrective\s+Services)\b"),
    # Britain: "a suspended sentence order of eight months' imprisonment, suspended for 18 months" (the order's legal
    # name, the custody it holds and how long it hangs over the offender are one term)
    # (North Carolina: "a suspended sentence of 10 to 21 months", its minimum and maximum)
    ("suspended_sentence", rf"(?:stayed|suspended)\s+(?:(?:prison|jail|custodial)\s+)?sentence(?:\s+order)?\s+of\s+(?:{_RANGE})?{_DUR}"
                           rf"(?:\s+(?:imprisonment|custody|detention|in\s+(?:prison|jail)))?(?:{_SUSPENDED_FOR})?"),
    ("suspended_sentence", rf"{_DUR}\s+{_CUSTODY}(?:\s+(?:term|sentence))?{_SUSPENDED_FOR}"),
    # "a suspended sentence of 16 months"; "16 months, suspended for two years"
    ("suspended_sentence", rf"{_DUR}{_SUSPENDED_FOR}"),
    # A probation revocation sends the person to serve part of the suspended term: "ordered to serve two years of her
    # previously suspended sentence", "imposed 90 days of the suspended jail time". That part is time in custody.
    ("prison", rf"{_DUR}\s+of\s+(?:the|his|her|their)\s+(?:(?:previously|originally|earlier|remaining)\s+)?"
               r"(?:suspended|stayed)\s+(?:(?:prison|jail)\s+)?(?:sentence|term|time)\b"),
    # Minnesota: "granted a stay of imposition" (no sentence imposed; a felony recorded as a misdemeanor once probation is
    # done), "a stay of adjudication", "a stay of execution of a 36-month sentence", "a stayed imposition of sentence":
    # the disposition itself, a term of its own (a bare "stay of execution" is a death warrant's or an appeal's)
    ("suspended_sentence", r"(?:an?\s+)?(?:stay\s+of\s+(?:imposition|adjudication)(?:\s+of\s+(?:the\s+)?(?:sentence|judg(?:e)?ment))?"
                           r"|stayed\s+(?:imposition|adjudication)(?:\s+of\s+(?:the\s+)?(?:sentence|judg(?:e)?ment))?"
                           r"|stay(?:ed)?\s+(?:of\s+)?execution\s+of\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:prison\s+|jail\s+)?(?:sentence|term)"
                           # Missouri's "suspended execution of that sentence", "suspended the execution of it" (the term is
                           # set, then held over probation; the disposition's own name, "suspended execution of sentence",
                           # is an order below)
                           r"|suspended\s+(?:the\s+(?:execution|imposition)\s+of\s+(?:(?:that|the|this|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:sentence|term)|it)"
                           r"|(?:execution|imposition)\s+of\s+(?:(?:that|this|its)\s+(?:[\w-]+\s+){0,2}?(?:sentence|term)|it)))\b"),
    # ("asked for a fully suspended sentence": how much is suspended is part of the term)
    # ("asked for a stayed sentence and probation": the probation the suspension is served on is part of the one ask)
    ("suspended_sentence", rf"(?:(?:fully|wholly|entirely|partly|partially)\s+)?(?:stayed|suspended)\s+(?:(?:prison|jail)\s+)?sentence(?:\s+order\b)?(?:{_WITHOUT_CUSTODY})?"
                           r"(?:\s+(?:and|with)\s+(?:(?:supervised|formal|unsupervised)\s+)?probation\b(?!\s+(?:officers?|department|office|agents?|violations?)\b))?"),
    # Alabama: "a 20-year split sentence" (part served inside, the rest on probation: SPLIT_TAIL keeps what follows)
    ("prison", rf"{_QUAL}(?!an?\s)(?P<num>{_NUM})[- ](?P<unit>year|month)[- ]split\s+sentence"),
    # Canada: "a 90-day intermittent sentence", "an intermittent sentence of 60 days" (custody served on weekends or
    # nights): how the term is served is part of it
    ("prison", rf"{_QUAL}(?!an?\s)(?P<num>{_NUM})[- ](?P<unit>day|week|month)s?[- ]intermittent\s+(?:(?:jail|prison|custodial)\s+)?(?:sentence|term)\b"),
    ("prison", rf"\bintermittent\s+(?:(?:jail|prison|custodial)\s+)?(?:sentence|term)\s+of\s+{_DUR}"),
    # "a county sentence with work release": the release is how the jail term is served, part of it
    ("prison", r"\b(?:county|jail|local)\s+(?:jail\s+)?(?:sentence|term)\s+with\s+work\s+release\b"),
    # New Zealand's community detention (a curfew at home, kept by an electronic bracelet; no custody): "six months'
    # community detention", "four months of community detention", "community detention for four months" (before the
    # patterns that would read "sentenced to four months" as prison)
    ("community_detention", rf"{_DUR}\s+(?:of\s+)?community\s+detention\b"),
    ("community_detention", rf"\bcommunity\s+detention\s+for\s+{_DUR}{_LENGTH_ENDS}"),
    # New South Wales's apprehended violence orders, their length before them: "a two-year ADVO", "a five-year
    # apprehended domestic violence order" (told after them, "... for five years", by the pattern below)
    ("order", rf"{_QUAL}(?!an?\s)(?P<num>{_NUM})[- ]{_UNIT1}[- ](?P<what>{_AVO})"),
    # A kind named, then the length attached to it (NAMED_KIND, ATTACHED_LENGTH): "a restraining order for five years",
    # "a curfew lasting six months", "a hunting ban of five years", "probation, which will last three years", "a
    # restraining order was made against Grant for five years" (before the patterns that name a kind alone, which would
    # leave its length out, and before "a term of five years", which would take "placed on probation for a term of five
    # years" for a prison term)
    ("order", rf"{NAMED_KIND}{ATTACHED_LENGTH}"),
    # Canada's conditional sentence named before its length: "a conditional sentence of two years less a day" (served in
    # the community, never custody; before the generic "<adjective> sentence of" below)
    ("conditional_sentence", rf"\bconditional\s+sentence(?:\s+order)?\s+of\s+{_DUR}(?:[- ]less[- ]a[- ]day)?"),
    # Colorado's sex offenders: "an indeterminate parole term of 10 years to life" (the term, then its length)
    ("parole", rf"\b(?:(?:an?|the)\s+)?(?:indeterminate\s+|mandatory\s+)?(?<![Nn]on-)(?<![Nn]on\s)parole\s+(?:term|period)\s+of\s+{_DUR}(?:\s+to\s+life)?"),
    # "two consecutive terms of 25 years to life", "an aggregate term of 5 1/3 to 16 years", "a prison sentence of
    # eight years": the words before "of" say how the term runs, so they stay in its text.
    # ("a total effective sentence of 20 years", Australia's sum of its counts' terms: two adjectives before it)
    ("prison", rf"(?:(?!an?\s){_NUMWORD}\s+)?(?:(?:consecutive|concurrent|aggregate|total|combined|effective|overall|additional|further|mandatory"
               # ("an extended sentence of nine years": Britain's sentence for dangerous offenders)
               # ("the maximum possible term of 36 years": the cap's adjective)
               # ("a split sentence of four years": California's term served part in county jail, part on mandatory supervision)
               # (not Britain's "a minimum term of 18 years" with a life sentence: the least time served, read below)
               rf"|maximum|minimum(?!\s+term\s+of\s)|possible|determinate|indeterminate|indefinite|extended|federal|state|prison|jail|penitentiary|custodial|conditional|deferred|head|active|split"
               # ("a global sentence of five years": Canada's total over all counts; "a default sentence of three years": the
               # term served if a confiscation order goes unpaid)
               rf"|global|bifurcated|default"
               # ("a unified sentence of 10 years, with three years fixed": Idaho's whole term, its fixed part first)
               rf"|unified"
               # ("the middle term of six years": California's low, middle and upper terms for a count)
               rf"|low|lower|middle|mid|upper|high"
               # "the three fraud terms of 2 to 4 years each": the offence that names plural terms
               # (never the verb that governs them: "imposed terms of", "gave terms of")
               rf"|\b(?!(?:imposed|ordered|handed|received|gave|got|given|faces|faced|serve|serves|served)\s)(?-i:[a-z]+)(?=\s+terms\s+of\s))\s+){{0,2}}"
               rf"(?:(?<!minimum\s)(?<!parole\s)terms?|sentences?|penalty|punishment)(?:\s+of\s+(?:imprisonment|incarceration|custody|confinement))?\s+of\s+(?:{_RANGE})?{_DUR}(?!\w)(?!\s+(?:on\s+|of\s+)?(?:[\w-]+\s+)?probation)"
               # ("a concurrent sentence of three years of initial confinement": Wisconsin's prison part, named after it)
               rf"(?:\s+to\s+life)?(?:\s+{_CUSTODY}|\s+(?:in|of)\s+(?:initial\s+|military\s+)?confinement)?(?:\s+each\b)?"
               # "a sentence of 12 years on the weapon conviction, to run concurrently": the count it is for and how it
               # runs with the others belong to the term
               # ("sentences of two years on each of the forgery counts", "on each count": one term per count, the counts named)
               r"(?:\s+on\s+(?:the\s+(?:[\w-]+\s+){1,3}?|each\s+(?:of\s+(?:the\s+)?(?:[\w-]+\s+){1,4}?)?)(?:conviction|count|charge)s?\b(?:,\s+to\s+(?:run|be\s+served)\s+(?:concurrently|consecutively)\b)?)?"),
    # A part suspended: "with all but 18 years suspended", "the final two years suspended", "suspended the final two years"
    # "all but 18 years suspended": the 18 years are served
    ("prison", rf"all\s+but\s+{_DUR}\s+(?:of\s+(?:it|the\s+sentence)\s+)?(?:were\s+|was\s+)?(?:suspended|stayed)\b"),
    # South Carolina: "10 years, suspended to three years served" (the sentence cut down to the time actually served);
    # "10 years, all suspended except for 18 months", "five years, all of it suspended save 90 days": the part served
    ("prison", rf"(?:suspended|stayed)\s+(?:down\s+)?to\s+{_DUR}\s+(?:served|to\s+serve|(?:in|behind)\s+(?:prison|jail|bars))\b"),
    ("prison", rf"all\s+(?:(?:of\s+it|but)\s+)?(?:suspended|stayed)\s+(?:except|but|save)\s+(?:for\s+)?{_DUR}"),
    # "..., then suspended all but 28 years of that term"
    # ("asked the judge to suspend all but 18 months": the ask told with the verb's base form)
    ("prison", rf"(?:suspend|suspended|stayed)\s+all\s+but\s+{_DUR}"),
    # ("with the remaining four years suspended to probation": where the suspended part goes is part of it)
    ("suspended_sentence", rf"(?:the\s+)?(?:final|last|first|remaining|other)\s+{_DUR}\s+(?:of\s+(?:it|the\s+sentence)\s+)?"
                           rf"(?:were\s+|was\s+)?(?:suspended|stayed)\b{_TO_PROBATION}"),
    ("suspended_sentence", rf"(?:suspended|stayed)\s+the\s+(?:final|last|first|remaining|other)\s+{_DUR}"),
    # "jailed for three years with the final year suspended" (Ireland): one year, its number unsaid
    ("suspended_sentence", r"(?:the\s+)?(?:final|last|remaining)\s+(?P<single>(?P<unit>year|month))\s+(?:of\s+(?:it|the\s+sentence)\s+)?"
                           rf"(?:was\s+)?(?:suspended|stayed)\b{_TO_PROBATION}"),
    # "sentenced him to 10 years, but suspended three years of that sentence"
    ("suspended_sentence", rf"(?:suspended|stayed)\s+{_DUR}\s+of\s+(?:that|the|this|his|her|their|its)\s+(?:[\w-]+\s+)?(?:sentence|term)"),
    ("suspended_sentence", rf"(?<=\bwith ){_DUR}\s+(?:of\s+(?:it|that|the\s+sentence)\s+)?(?:suspended|stayed)\b{_TO_PROBATION}"),
    # A listed part of a split sentence: "two years in prison, a year on home detention and one year suspended to
    # probation" (Indiana: the suspended year is served on probation; "to probation" makes it a part, not a bare length)
    ("suspended_sentence", rf"(?<![\w-]){_DUR}\s+(?:suspended|stayed)\s+(?:to|on)\s+(?:(?:supervised|formal|unsupervised)\s+)?probation\b"),
    # "22 years, with four of those years suspended to probation": the suspended part of a split sentence
    ("suspended_sentence", rf"(?<=\bwith )(?P<num>{_NUM})\s+of\s+(?:those|these|the|that)\s+(?P<unit>years|months)\s+"
                           rf"(?:(?:were|was)\s+)?(?:suspended|stayed|probated)\b{_TO_PROBATION}"),
    # "five years in prison, probated for five years" (Kentucky, Texas): the prison term is not served
    ("suspended_sentence", rf"{_DUR}\s+{_CUSTODY}(?=,?\s+probated\b)"),
    # "a minimum term of 18 years" (Britain, with a life sentence), "must serve a minimum of 22 years", "a mandatory
    # minimum of five years in prison": the least time served
    # Wisconsin: "a presumptive minimum of five years of initial confinement" (the prison part of a bifurcated sentence)
    # (not Ohio's indefinite "a minimum of six years and a maximum of nine years": one term, read whole by _RANGE)
    ("minimum_term", rf"(?!(?:a\s+)?minimum\s+of\s+[^.;]{{1,40}}?\s+and\s+a\s+maximum\s+of\s)(?:(?:a|the)\s+)?(?:(?:mandatory|presumptive|statutory)\s+)?minimum\s+(?:(?:prison\s+|jail\s+)?(?:term|sentence)\s+)?of\s+{_DUR}"
                     # (not "a minimum of 32 years to life": one indeterminate term, read whole as "N years to life")
                     r"(?!s?(?:\s+to\s+|-to-)life\b)"
                     r"(?:\s+of\s+initial\s+confinement)?(?:\s+" + _CUSTODY + ")?"),
    # Florida's "a four-year minimum mandatory prison sentence", federal "a 10-year mandatory minimum sentence": the
    # law's floor told as an adjective before the kind word
    ("minimum_term", rf"{_QUAL}(?!an?\s)(?P<num>{_NUM})[- ]{_UNIT1}[- ](?:minimum[- ]mandatory|mandatory[- ]minimum)"
                     r"(?:\s+(?:prison|jail|custodial))?\s+(?:sentence|term|penalty)\b"),
    # Indeterminate sentences: "ordered him to serve at least three years before he is eligible for parole" (the least
    # time the court sets before release can be considered)
    # "must serve the full five years before she is eligible for parole" (mandatory-minimum states): the whole span,
    # its parole condition included, is the term the court set
    ("minimum_term", rf"(?:(?<=to serve )|(?<=must serve )|(?<=to serve the )|(?<=must serve the )|(?<=will serve )|(?<=will serve the ))(?:(?:full|entire|whole|first)\s+)?"
                     rf"{_DUR}(?:\s+(?:(?:in|behind)\s+[\w\s]{{0,20}}?)?before\s+"
                     r"(?:(?:(?:he|she|they)\s+(?:is|are|becomes?|would\s+be|will\s+be|can\s+be)\s+|becoming\s+)?eligible\s+for"
                     # "before she can seek parole", "before he may apply for release"
                     r"|(?:he|she|they)\s+(?:can|could|may|might)\s+(?:seek|apply\s+for|ask\s+for|be\s+considered\s+for))\s+(?:parole|release)"
                     # "before he can be paroled", "before she may be released"
                     r"|\s+before\s+(?:he|she|they)\s+(?:can|could|may|might|will)\s+be\s+(?:paroled|released)(?:\s+on\s+parole)?)"),
    # Truth-in-sentencing shares: "must serve at least 85% of his sentence before he is eligible for parole", "must
    # serve 85 percent of the sentence", "must serve half before parole": the least part of the term served; the
    # article's phrase runs from the share to what it is a share of
    ("minimum_term", rf"\b(?:must|will\s+have\s+to|has\s+to|have\s+to|to|required\s+to)\s+serve\s+(?P<term>(?:at\s+least\s+)?{_SHARE}\s+of\s+{_SHARE_OF})"
                     r"(?=[^.;]{0,60}?\b(?:parole|eligib\w*)\b)"),
    ("minimum_term", rf"\b(?:must|will\s+have\s+to|has\s+to|have\s+to|to|required\s+to)\s+serve\s+(?P<term>(?:at\s+least\s+)?{_SHARE})"
                     r"(?=\s+(?:before|until)\b[^.;]{0,40}?\b(?:parole|release|eligib\w*)\b)"),
    # "will not be eligible for parole until he has served at least 12 years": the least time the term holds him
    # ("will be eligible for parole after serving four years" tells the parole reckoning, not a term the court set)
    # ("eligible to apply for parole until after she has served", "until he serves")
    ("minimum_term", rf"{_ELIGIBLE_UNTIL_SERVED}(?:at\s+least\s+)?{_DUR}(?:\s+of\s+{_SHARE_OF})?"),
    ("minimum_term", rf"{_ELIGIBLE_UNTIL_SERVED}(?:at\s+least\s+)?{_SHARE}\s+of\s+{_SHARE_OF}"),
    # The court's order told by the parole it holds back: "ordered that he not be eligible for parole for 13 years",
    # "will be eligible for parole after serving 11 years, Judge X ruled" (whether the court or the law set it is the
    # status's question: "Under Texas law, ..." is the law's reckoning)
    ("minimum_term", rf"{_ELIGIBLE_FOR_PAROLE}(?:for|after\s+serving)\s+(?:at\s+least\s+)?{_DUR}"),
    # Scotland, with a life sentence: "a punishment part of 19 years" (served before release can be considered)
    ("minimum_term", rf"(?:(?:a|the)\s+)?punishment\s+part\s+of\s+{_DUR}"),
    # New Zealand, with a life sentence: "a minimum period of imprisonment of 18 years", "a minimum period of 17 years"
    # (the least time served before parole can be considered)
    ("minimum_term", rf"(?:(?:a|the)\s+)?minimum\s+(?:non-?parole\s+)?period\s+(?:of\s+(?:imprisonment|detention)\s+)?of\s+{_DUR}"),
    # Australia: "a non-parole period of 13 years" (the least time served before parole); Canada tells the same floor
    # as "parole ineligibility of 17 years", "a parole ineligibility period of 12 years", "a period of parole
    # ineligibility of 20 years"
    ("non_parole_period", rf"(?:non-?parole|minimum\s+parole)\s+period\s+of\s+{_DUR}"),
    # ... with the length before it: "with a 16-month non-parole period"
    ("non_parole_period", rf"{_QUAL}(?P<num>{_NUM})[- ]{_UNIT1}[- ]non-?parole\s+(?:period|term)\b"),
    ("non_parole_period", rf"(?:(?:a|the)\s+)?(?:period\s+of\s+)?parole\s+ineligibility\s+(?:period\s+)?of\s+{_DUR}"),
    # Queensland's and the Northern Territory's court fixes the day instead of a period: "set his parole eligibility date at
    # March 3, 2028", "a parole eligibility date of 14 June 2029", "with a parole release date in May 2027"
    # (the year told relative to the story's own date: "a parole release date of January 6 next year", "of March 3 this
    # year"; a day and month alone are this court's date too)
    ("parole_eligibility_date", r"\bparole\s+(?:eligibility|release)\s+date\s+(?:(?:of|at|on|as|in|for|set\s+(?:at|for|on))\s+)?" + _PAROLE_DAY),
    # ("will be eligible for parole on November 20": the day told with the eligibility itself)
    ("parole_eligibility_date", r"\beligible\s+for\s+parole\s+(?:on|from)\s+" + _PAROLE_DAY),
    # Queensland: a sentence of ten years or more, or one the judge so declares, carries "a serious violent offence
    # declaration" (80 per cent served before parole); "declared a serious violent offence" is the same order
    ("svo_declaration", r"\b(?:serious\s+violent\s+offen[cs]e\s+(?:declaration|\(SVO\)\s+declaration)|SVO\s+declaration"
                        r"|(?<=declared\s)(?:(?:it|the\s+offen[cs]e|the\s+(?:crime|conviction|manslaughter|sentence))\s+)?an?\s+serious\s+violent\s+offen[cs]e"
                        r"|serious\s+violent\s+offen[cs]e\s+(?:was\s+)?declared)\b"),
    # "to be released on parole on January 6", "will be released on parole on March 3 next year": the day the court
    # fixes told as a clause
    ("parole_eligibility_date", r"(?:(?<=\bto\sbe\s)|(?<=\bwill\sbe\s)|(?<=\bwould\sbe\s)|(?<=\bshe\sbe\s)|(?<=\bhe\sbe\s))released\s+on\s+parole\s+(?:on|from)\s+" + _PAROLE_DAY),
    # Revocation hearings: "ordered him to serve the remaining 14 months of his jail sentence", "spend the final two
    # years of her prison term behind bars": the unserved part of the earlier sentence is what the court now imposes
    ("prison", r"(?:(?<=serve )|(?<=serve out )|(?<=spend )|(?<=serve the )|(?<=serve out the )|(?<=spend the ))"
               rf"(?:remaining|final|last|rest\s+of\s+the|remainder\s+of\s+the|balance\s+of\s+the)\s+{_DUR}\s+(?:of|on)\s+"
               r"(?:his|her|their|the)\s+(?:(?:original|suspended|earlier|previous|prior|underlying)\s+)?"
               r"(?:(?:(?:county\s+|state\s+|federal\s+)?(?:jail|prison)|custodial)\s+)?(?:sentence|term)\b"
               # "serve the final four years of the sentence on probation": that part is served outside
               r"(?!\s+(?:on|in|under)\s+(?:probation|parole|supervised|supervision|house\s+arrest|home|community|the\s+community))"),
    # A length told with the parole it denies: "25 years without parole", "17 years and six months in federal prison
    # without parole", "40 years without the possibility of parole" (the parole clause is part of the term)
    ("prison", rf"(?:{_RANGE})?{_DUR}(?:\s+{_CUSTODY})?,?\s+(?=with(?:out|\s+no)\s){_PAROLE_TAIL}"),
    # "punishable by 10 to 30 years or life in prison": one statutory range whose top is life
    ("prison", rf"(?:{_RANGE})?{_DUR}\s+or\s+life(?:\s+{_CUSTODY})?"),
    ("prison", rf"{_RANGE}{_DUR}\s+{_CUSTODY}(?:\s+(?:term|sentence))?"),
    # "25 years to life in prison", "a 20-year-to-life sentence", "15-years-to-life"
    # ("plus 25 years to life for a firearm enhancement": the count or enhancement it is for stays with it)
    ("prison", rf"{_QUAL}(?P<num>{_NUM})[- ](?P<unit>years?)(?:\s+to\s+|-to-)life(?:-?\s*(?:prison\s+)?(?:sentence|term)\b|\s+{_CUSTODY})?{_ON_COUNT}"),
    # "two consecutive life sentences", "three life terms", "a whole life order"
    # ("a mandatory sentence of life in prison": the law's only sentence for the count)
    ("prison", rf"{_QUAL}(?:(?:a|the)\s+)?(?:(?:maximum|mandatory)\s+(?:term|sentence|penalty)\s+of\s+)?"
               rf"(?:(?!an?\s){_NUMWORD}\s+|multiple\s+|several\s+|the\s+rest\s+of\s+(?:his|her|their)\s+)?"
               r"(?:(?:consecutive|concurrent|mandatory|whole)\s+)?(?<!own\s)(?P<life>life)\s+"
               # "life plus 10 years in prison": a consecutive term stacked on the life term is told as one
               rf"(?:plus\s+{_NUMWORD}(?:[- ]{_NUMWORD})?\s+(?:years?|months?)\s+(?=(?:in|behind)\s))?"
               rf"(?:{_CUSTODY}|sentences?|terms?|orders?|(?={_PAROLE_TAIL}))"
               r"(?:(?<=prison)\s+at\s+hard\s+labou?r)?"  # "life in prison at hard labor" (Louisiana)
               rf"(?:\s*(?<=\s){_PAROLE_TAIL})?"
               # "life without parole plus 25 years": a term stacked after the parole clause is part of the same sentence
               rf"(?:,?\s+plus\s+(?:an?\s+(?:additional|further)\s+)?{_NUMWORD}(?:[- ]{_NUMWORD})?\s+(?:years?|months?)(?:\s+(?:in\s+(?:(?:state|federal)\s+)?prison|behind\s+bars))?)?"
               # "up to life in prison on the armed robbery count": the count a life cap is for stays in its text, as a
               # length's does (a murder count's mandatory life is another term)
               r"(?:(?<=up to life in prison)\s+on\s+the\s+(?:[\w-]+\s+){1,4}?counts?\b)?"),
    ("prison", rf"(?:jailed|imprisoned|locked\s+up){_VERB_ASIDE}\s+for\s+(?P<life>life)"),
    # A juvenile commitment runs to an age, not for a length: "committed to the Department of Juvenile Justice until age 21",
    # "held in a juvenile detention center until he turns 21", "in the custody of the Division of Youth Services until age 19"
    ("prison", r"(?:(?:the\s+)?custody\s+of\s+)?(?:the\s+|an?\s+)?(?:(?:state|county|(?-i:[A-Z])[\w.'\u2019-]*)\s+){0,3}?"
               r"(?P<kw>(?:(?-i:[A-Z])[\w]+\s+of\s+|(?-i:[A-Z])[\w]+\s+){0,2}(?-i:Juvenile|Youth|Youthful|Children)(?:\s+(?-i:[A-Z])[\w]+){1,3}"
               r"|(?:juvenile|youth)\s+(?:detention|correctional|corrections|justice)(?:\s+(?:center|centre|facility|home|system))?|juvenile\s+(?:hall|prison|facility))"
               r"\s+until\s+(?:(?:age|he|she|they)\s+)?(?:(?:turns|is|reaches|reach|turn)\s+(?:age\s+)?)?(?P<age>1[4-9]|2[0-5])\b"),
    ("death", r"(?:sentenced|condemned)\s+(?:(?:him|her|them|[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)\s+)?to\s+death\b"
              r"|\bdeath\s+(?:penalty|sentences?)\b|\bsentence\s+of\s+death\b"),
    # A gun count's fixed term, told by the count: "serve the mandatory two years for felony firearm" (Michigan), "the
    # mandatory three years for the firearm specification" (Ohio), "a mandatory five years for the gun charge"
    ("prison", rf"(?:(?:the|an?)\s+)?(?=mandatory\s){_DUR}\s+for\s+(?:the\s+|an?\s+)?(?:felony[- ])?(?:firearms?|guns?|weapons?)"
               r"(?:[- ](?:possession|specification|enhancement|charge|count|conviction|offen[cs]e))?\b"),
    # "sent to prison for four years", "sent him back to jail for life"
    # (a request's "to send Lee to prison for 11 years" asks for "prison for 11 years", below: the verb is the asker's)
    # ("sent Haugen, 58, to prison for 58 months": the age's appositive after the name)
    ("prison", rf"(?<!\bto\s)(?:send|sent|sending)\s+(?:(?:him|her|them|[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)(?:,\s+\d{{1,3}},)?\s+)?(?:back\s+)?to\s+(?:(?:state|federal|county)\s+)?(?P<kw>prison|jail)\s+for\s+(?:(?:{_RANGE})?{_DUR}|(?P<life>life))"),
    # "asked the judge to send a former clerk to prison for eight years": the term is what follows the described person
    # "to send former Mobile police officer Kyle Renfroe to prison for eight years": a title with no article before it
    ("prison", rf"\bsen(?:d|t|ding)\s+(?:(?:an?|the|his|her|their)\s+(?:[\w'\u2019-]+\s+){{0,4}}?|(?:[\w'\u2019-]+\s+){{1,7}}?)(?:back\s+)?to\s+"
               rf"(?P<term>(?:(?:state|federal|county)\s+)?(?P<kw>prison|jail)\s+for\s+(?:(?:{_RANGE})?{_DUR}|(?P<life>life)))"),
    # "sent down for six years" (Britain), "put away for 12 years", "caged for five years" (a tabloid's jailing): custody in the verb
    ("prison", rf"(?:jailed|imprisoned|locked\s+up|put\s+behind\s+bars|sent\s+down|put\s+away|caged){_VERB_ASIDE}\s+for\s+{_DUR}"),
    # Britain's young offenders: "was detained for two-and-a-half years" (custody in a young offender institution; a
    # police detention is told in hours or days)
    ("prison", rf"\bdetained{_VERB_ASIDE}\s+for\s+(?={_NUM}[\s-]+(?:(?:and[\s-]+a[\s-]+half|[\w-]+)[\s-]+)?(?:years?|months?)\b){_DUR}"),
    # Britain: a count's part told after the whole, how it runs with it: "jailed for seven years, with a further 10 months
    # to run consecutively for dangerous driving", "... with 12 months for handling stolen goods to run concurrently"
    ("prison", rf"(?<=\bwith\s)(?:an?\s+)?(?:(?:further|additional|extra)\s+)?{_DUR}\s+(?:to\s+(?:run|be\s+served)\s+(?:consecutively|concurrently)"
               r"\s+for\s+(?:the\s+)?(?:[a-z][\w'\u2019-]*\s+){0,5}?[a-z][\w'\u2019-]*(?=\s*[,.;]|\s+(?:during|on|at|after|in|while|and|which|to)\b)"
               r"|for\s+(?:the\s+)?(?:[a-z][\w'\u2019-]*\s+){0,5}?[a-z][\w'\u2019-]*\s+to\s+(?:run|be\s+served)\s+(?:consecutively|concurrently))"),
    # Britain: "locked away for four years" (custody in the verb, as "locked up")
    ("prison", rf"locked\s+away{_VERB_ASIDE}\s+for\s+{_DUR}"),
    # Australia: "sentenced to an effective four years", "jailed for a total effective six years", "sentenced to an
    # aggregate of nine years": the sum of the counts' terms told without a kind word, the custody in the verb
    ("prison", rf"(?:\b(?:re-?)?sentenced|jailed|imprisoned|locked\s+(?:up|away)){_VERB_ASIDE}\s+(?:to|for)\s+"
               # ("an effective four years' imprisonment": a kind word told after it is the term's)
               rf"(?:an?\s+)?(?:(?:total\s+)?effective\s+|aggregate\s+of\s+)(?:{_RANGE})?{_DUR}(?:\s+{_CUSTODY})?"
               # (the whole length, never a shorter reading of it: "four years' probation" is no custody)
               r"(?![\w'\u2019])(?!\s+(?:of\s+|on\s+)?(?:[\w-]+\s+)?(?:probation|parole|supervision|release|licen[cs]e)\b)"),
    # Custody told as where he will be: "will be behind bars for four years", "will remain in prison for six years"
    # (the state, not the verb, names the custody; sentencing.py reads the modal before it: "could be behind bars for
    # four years" is the exposure; "has been behind bars for four years" is time already spent, never matched)
    ("prison", rf"(?:(?<=\bbe )|(?<=\bremain )|(?<=\bstay ))(?:behind\s+bars|in\s+(?P<kw>prison|jail))\s+for\s+{_DUR}"),
    # "ordered Lee confined for 90 days", "was incarcerated for six months": the custody told by its participle
    # (not "confined to his home for 90 days": that is home detention)
    ("prison", rf"(?<![\w-])(?:confined|incarcerated){_VERB_ASIDE}\s+for\s+{_DUR}"),
    # "committed to the state Department of Corrections for four years", "committed him to the custody of the Bureau of
    # Prisons for 30 months": the prison agency named as the place
    ("prison", rf"\bcommitted\s+(?:(?:him|her|them|(?-i:[A-Z])[\w'\u2019-]+)\s+)?to\s+(?P<term>(?:the\s+)?(?:custody\s+of\s+the\s+)?(?:(?:state|county|federal|(?-i:[A-Z])[\w.'\u2019-]*)\s+){{0,3}}?"
               r"(?-i:Department|Division|Bureau|Office)\s+of\s+(?:(?-i:[A-Z])\w+\s+){0,2}?(?-i:Corrections?|Correction|Prisons|Correctional\s+Services|Rehabilitation)\b"
               rf"(?:\s+and\s+(?-i:[A-Z])\w+)?\s+for\s+{_DUR})"),
    # ("faces a maximum five-year prison term": the cap told as an adjective stays with the term)
    # ("two consecutive 15-year prison terms": the count of terms stacked, and their plural, are the phrase's)
    ("prison", rf"{_QUAL}(?:(?<=\ba )(?:(?:statutory|possible|potential)\s+)?maximum\s+)?(?:{_TERM_COUNT}(?:consecutive|concurrent|separate)\s+)?(?:mandatory\s+)?(?P<num>{_NUM})[- ](?P<unit>year|month|week|day)[- ](?P<kw>prison|jail)\s+(?:term|sentence)s?\b{_ON_COUNT}"),
    # The statute's own wording, common in British, Irish, Australian and Canadian reports: "punishable by imprisonment
    # for up to 10 years", "liable to imprisonment for a term not exceeding five years", "imprisonment for life"
    ("prison", rf"(?<![\w-])imprisonment\s+for\s+(?:a\s+(?:term|period)\s+(?:not\s+exceeding|of\s+(?:up\s+to|not\s+more\s+than))\s+"
               rf"|(?=(?:up\s+to|no\s+more\s+than|a\s+maximum\s+of|as\s+(?:much|long)\s+as)\s)){_DUR}|(?<![\w-])imprisonment\s+for\s+(?P<life>life)\b"),
    # "... imprisonment to be served by way of an intensive correction order": how it is served is part of the term
    # ("a five-year Department of Corrections commitment": the custody agency's commitment is its term)
    # (never a program run inside a prison: "a 120-day prison program", Missouri's shock incarceration, is a program)
    ("prison", rf"{_DUR}{_LENGTH_ASIDE}\s+(?:of\s+(?:it|that|them)\s+)?{_CUSTODY}(?!\s+program(?:me)?\b)(?:\s+(?:term|sentence|commitment))?(?:\s+to\s+be\s+served\s+(?:by\s+way\s+of|as|under|through|in)\s+"
               r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:order|detention|confinement|arrest|community|supervision))?"
               # "30 days in jail, to be served on weekends": intermittent custody is how the term is served
               r"(?:,?\s+(?:to\s+be\s+served\s+)?(?:on|over|during)\s+weekends\b)?"
               # ("19 years in prison on the murder count": the count a part of a total is for stays with it)
               # (one count named with "the"; "on each count" says how it runs, read elsewhere)
               r"(?:(?:(?<=prison)|(?<=jail)|(?<=bars))\s+on\s+the\s+(?:[\w-]+\s+){1,4}?(?:count|charge)\b)?"),
    # A total broken down into its counts' parts after a dash or colon: "12 years in prison -- eight years for arson and
    # four for burglary", "the maximum sentence: four years on the theft charge" (the part's count or offence follows;
    # sentencing.py names the offence and reads the part's status from the total before it)
    ("prison", rf"(?:\b(?:prison|jail|bars|sentences?|terms?|punishment|maximum|total)(?:\s+(?:in\s+all|in\s+total|altogether))?\s*(?:\u2014|\u2013|--|:)\s*)"
               rf"(?P<term>(?:(?:the|a)\s+)?(?:(?:mandatory|consecutive|concurrent|additional)\s+)?{_DUR}{_ON_COUNT})(?=\s+(?:for|on)\s+(?!(?:years?|months?|life|probation|parole)\b)[a-z]|{_COUNT_ENDS})"),
    # "will spend weekends in jail for six months" (intermittent custody told by its span)
    ("prison", rf"weekends\s+(?:in|behind)\s+(?:the\s+)?(?:(?:county|city|local)\s+)?(?P<kw>jail|prison|bars)\s+for\s+{_DUR}"),
    # Courts-martial: "seven years in confinement" (not "of home confinement", a kind of its own)
    # Wisconsin: "four years of initial confinement followed by five years of extended supervision"
    ("prison", rf"(?:{_RANGE})?{_DUR}\s+(?:in|of)\s+(?:military\s+|initial\s+)?confinement"),
    # Time told by what is actually served: "8 to 10 years of active time" (North Carolina), "10 years flat time",
    # "five years flat" (no parole, no good time), "eight years to serve" (Virginia, Kentucky: the unsuspended part)
    # ("17 years flat in the Arizona Department of Corrections": where it is served, as any prison term's)
    # ("five years, with 18 months to serve": the served part of a split term, which SPLIT_TAIL keeps with its head)
    ("prison", rf"(?<!\bwith )(?:{_RANGE})?{_DUR}\s+(?:(?:of\s+)?(?:active|flat)\s+(?:(?:prison|jail)\s+)?(?:time|sentence|term|incarceration)\b|flat\b(?!-|\s+(?:broke|out)\b)(?:\s+(?:in|at)\s+(?:the\s+|a\s+)?(?:(?-i:[A-Z])[\w.'\u2019-]*\s+){{0,3}}?"
               rf"(?:Department\s+of\s+Corrections?|(?:state\s+)?prison|penitentiary)\b)?"
               # (not "two years to serve as mayor", "four years to serve on the board": an office held)
               rf"|to\s+serve\b(?!\s+(?:on|as|under|in\s+(?:the\s+)?community|(?:his|her|their)\s+probation)\b)(?:\s+{_CUSTODY})?)"),
    # After a breach: "serve the remaining 11 months of the conditional sentence in jail"
    ("prison", rf"(?:remaining|last|final)\s+{_DUR}\s+of\s+(?:the|his|her|their)\s+(?:[\w-]+\s+){{0,3}}?(?:sentence|term|order)\s+{_CUSTODY}"),
    # Australia's partial accumulation: "with two years of the second sentence to be served cumulatively", "18 months of
    # the robbery sentence is to be served cumulatively on the first" (the part of one count's term added to another's)
    ("prison", rf"{_DUR}\s+of\s+(?:the|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?(?:sentences?|terms?)\s+(?:(?:is|are|was|were)\s+)?(?:to\s+be\s+)?(?:served\s+)?cumulatively\b"
               r"(?:\s+(?:on|upon|with)\s+(?:the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:first|other|sentences?|terms?)\b)?"),
    # Canada: "a two-year-less-a-day conditional sentence" (served in the community)
    ("conditional_sentence", rf"{_QUAL}(?!an?\s)(?P<num>{_NUM})[- ]{_UNIT1}(?:[- ]less[- ]a[- ]day)?[- ]conditional\s+sentence(?:\s+order\b)?"),
    # "two years on supervised release"; a range the court leaves to the parole board: "18 months to three years of
    # post-release control" (Ohio), "one to three years of supervised release"
    ("supervised_release", rf"(?:{_RANGE})?{_DUR}\s+(?:of\s+|on\s+)?{_KIND_MOD}supervised\s+release"),
    # "will be on supervised release for five years"
    # (Illinois: "will then be on mandatory supervised release for 18 months")
    ("supervised_release", rf"(?:mandatory\s+)?supervised\s+release\s+for\s+{_DUR}"),
    # "a three-year term of supervised release"
    ("supervised_release", rf"{_QUAL}(?!an?\s)(?P<num>{_NUM})[- ]{_UNIT1}\s+(?:term|period)\s+of\s+(?:supervised\s+release|post-?release\s+(?:control|supervision))"),
    # Wisconsin: "three years of initial confinement followed by four years of extended supervision"
    ("supervised_release", rf"{_DUR}\s+of\s+extended\s+supervision"),
    # "lifetime probation", "lifetime supervision": the whole of the rest of a life (Iowa's "special sentence of lifetime
    # parole supervision" after a sex offender's prison term keeps its name)
    # "a lifetime ban on open burning", "a lifetime ban from coaching youth sports": what a ban covers is part of it
    ("lifetime", r"(?:\b(?:an?\s+)?special\s+sentence\s+of\s+)?\b(?P<life>lifetime)\s+(?P<what>probation|(?:(?:post-?release|court|sex[- ]offender|community|parole)\s+)?supervision|parole|(?:supervised|conditional)\s+release|(?:driving\s+)?ban)\b"
                 # ("a lifetime driving ban on Ann Roe": whom the ban binds, not what it covers)
                 r"(?:(?<=ban)\s+(?:on|from)\s+(?!(?:him|her|them)\b|(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+\b))(?:[\w'\u2019-]+\s+){0,5}?[\w'\u2019-]+"
                 # (or the end of its line: a list item "A lifetime ban from driving a school bus" has no stop)
                 r"(?=\s*[,.;:)]|\s*$|\s+(?:and|or|that|which|who|after|because|under|as|in|for|while|until|during|was|is|were|remains?|stays?)\b))?"),
    # Supervision for life told without a number: "the rest of his life on supervised release", "a lifetime of probation",
    # "lifelong supervision", "supervised release for life", "probation for the rest of her life"; Minnesota's lifetime
    # supervision after a sex offender's prison term: "will be on conditional release for the rest of his life"
    ("lifetime", r"(?P<life>(?:the\s+)?(?:rest|remainder)\s+of\s+(?:his|her|their)\s+(?:natural\s+)?li(?:fe|ves)\s+(?:on|under)|lifetime\s+(?:term\s+)?of"
                 # ("so his client could begin rebuilding his life under supervision": someone's life, no length)
                 r"|lifelong|(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bmy\s)(?<!\byour\s)life\s+(?:on|under))\s+(?:(?:federal|court|formal|post-?release)\s+)?(?P<what>(?:supervised|conditional)\s+release|probation|parole|supervision)\b"),
    ("lifetime", r"(?<!eligible )(?<!eligibility )(?<!without )(?P<what>(?:supervised|conditional)\s+release|probation|(?:(?:community|post-?release|court|sex[- ]offender|parole)\s+)?supervision|(?<=\bon )parole)\s+for\s+(?P<life>(?:the\s+)?(?:rest|remainder)\s+of\s+(?:his|her|their)\s+(?:natural\s+)?li(?:fe|ves)|life)\b"),
    # Ohio: "post-release control for up to five years" (supervision after prison, under another name)
    ("supervised_release", rf"post-?release\s+(?:control|supervision)\s+(?:for|of)\s+{_DUR}"),
    # Supervision after prison under its state names: "three years of post-prison supervision" (Oregon), "two years of
    # community custody" (Washington), "18 months of mandatory supervision" (Texas), "a year of post-release supervision",
    # "10 years of conditional release" (Minnesota's supervision after a sex offender's prison term)
    ("supervised_release", rf"(?:{_RANGE})?{_DUR}\s+(?:of\s+|on\s+)?{_KIND_MOD}(?:post-?(?:release|prison|incarceration)\s+(?:control|supervision)"
                           r"|community\s+custody|(?:mandatory|extended)\s+supervision|conditional\s+release)"),
    ("supervised_release", rf"(?:post-?prison\s+supervision|community\s+custody|mandatory\s+supervision)\s+for\s+{_DUR}"),
    # New Zealand: "six months' post-detention conditions" after home detention, "12 months of release conditions" after a
    # short prison term, "standard and special release conditions for six months": the conditions the court sets for the
    # time after the sentence is served, their length told before or after them
    ("post_detention_conditions", rf"{_DUR}\s+(?:of\s+|on\s+)?{_CONDITIONS_SET}(?:post-?(?:detention|release)|release)\s+conditions\b"),
    ("post_detention_conditions", rf"\b{_CONDITIONS_SET}(?:post-?(?:detention|release)|release)\s+conditions\s+for\s+{_DUR}{_LENGTH_ENDS}"),
    ("parole", rf"\bon\s+(?:(?:mandatory|discretionary|supervised)\s+)?parole\s+for\s+{_DUR}"),
    # "three years of mandatory parole" (Colorado): parole the law sets, told with its own modifier
    # ("three years of parole supervision": New Jersey's supervision after a No Early Release Act term)
    ("parole", rf"{_DUR}\s+(?:of\s+|on\s+)?(?:(?:mandatory|discretionary|supervised|state)\s+)?parole(?:\s+supervision)?\b(?!\s+(?:eligib|hearing|board))"),
    # New Jersey's No Early Release Act: "with an 85 percent period of parole ineligibility", "a five-year period of parole
    # ineligibility" (the share or span served before parole)
    ("minimum_term", rf"(?:an?\s+)?(?:{_SHARE}|(?P<num>{_NUM})[- ]{_UNIT1})\s+period\s+of\s+parole\s+ineligibility\b"),
    # Corporate pleas: "operate under an independent monitor for three years"
    ("monitorship", rf"(?:independent|corporate|compliance|court-appointed|outside)\s+monitor(?:ship)?\s+for\s+{_DUR}"),
    # "the final four years of the sentence on probation": the tail of a term served in the community
    ("probation", rf"(?:the\s+)?(?:final|last|remaining)\s+{_DUR}\s+(?:of\s+(?:the|that|his|her|their)\s+(?:sentence|term)\s+)?on\s+probation"),
    # ("12 months of Probation Service supervision": Ireland's probation service names the supervision)
    # ("five years of federal probation", "three years of state probation": the system that supervises it)
    ("probation", rf"(?:{_RANGE})?{_DUR}\s+(?:of\s+|on\s+)?(?:(?:supervised|formal|unsupervised|summary|informal|court|misdemeanor|felony|active|intensive|shock|juvenile|federal|state|county"
                  r"|deferred(?:\s+adjudication)?|reporting|sex[- ]offender|[a-z]+-[a-z]+(?:-[a-z]+)?)\s+){0,2}probation(?:\s+(?:term|order|(?:service\s+)?supervision))?"),
    # Texas: "received five years of deferred adjudication" (probation, after which the case may be dismissed)
    # ("10 years of deferred adjudication community supervision": Texas's statutory name for it, kept whole)
    ("probation", rf"(?:{_RANGE})?{_DUR}\s+(?:of\s+|on\s+)?(?:deferred\s+adjudication\s+)?community\s+supervision\b"),
    ("probation", rf"(?:{_RANGE})?{_DUR}\s+(?:of\s+|on\s+)?deferred\s+adjudication\b(?!\s+probation)"),
    # Ohio: "five years of community control", "placed on community control" (probation under its statutory name)
    ("probation", rf"{_DUR}\s+(?:of\s+|on\s+)?community\s+control\b"),
    # ("sentence his client to community control": the sentence named as such)
    ("probation", r"(?:(?<=\bon )|(?<=\bto ))community\s+control\b(?!\s+(?:officer|program|sanctions?\s+hearing))"),
    # Texas: "placed him on community supervision for 10 years" (probation under its statutory name)
    ("probation", rf"community\s+supervision\s+for\s+{_DUR}"),
    # Kentucky, Ohio: "released on shock probation" (freed early from a prison term onto probation)
    ("probation", r"\bshock\s+probation\b"),
    # ("deferred adjudication probation for four years" (Texas), "supervised probation for three years": the kind told
    # before "probation" is part of the term)
    ("probation", rf"(?:(?:deferred(?:\s+adjudication)?|supervised|unsupervised|formal|intensive|shock|community)\s+){{0,2}}"
                  rf"probation\s+(?:term\s+|sentence\s+)?(?:of|for)\s+{_DUR}"),
    # Texas, Kentucky: "sentenced to five years probated" (the whole sentence served on probation; "five years in
    # prison, probated for five years" is the suspended prison term, above)
    ("probation", rf"{_DUR}\s+probated\b(?!,?\s+for\b)"),
    # "a three-year term of probation", "a five-year period of supervised probation"
    ("probation", rf"{_QUAL}(?!an?\s)(?P<num>{_NUM})[- ]{_UNIT1}\s+(?:term|period)\s+of\s+(?:(?:federal|state|county)\s+)?(?:(?:supervised|formal|unsupervised|intensive)\s+)?probation\b"),
    # "a six-month term of house arrest", "a 90-day period of home detention"
    ("home_confinement", rf"{_QUAL}(?!an?\s)(?P<num>{_NUM})[- ]{_UNIT1}\s+(?:term|period|stint)\s+of\s+{_KIND_MOD}(?:home\s+(?:confinement|detention)|house\s+arrest)\b"),
    ("probation", rf"probated\s+(?:the\s+(?:remainder|rest|balance)\s+of\s+(?:the|his|her|their|that)\s+(?:sentence|term)\s+)?for\s+{_DUR}"),
    # After a violation: "extended her probation by one year" (a verb on the sentence already served)
    ("probation", rf"extend(?:ed|s|ing)?\s+(?:(?:his|her|their|[A-Z][\w-]*['\u2019]s)\s+)?probation\s+by\s+{_DUR}"),
    # Ireland, Britain: "engage with the Probation Service for 18 months", "under the supervision of the Probation
    # Service for 18 months"
    ("probation", rf"(?:engage|comply|co-?operate|work)\s+with\s+(?:the\s+)?probation(?:\s+service)?\s+for\s+{_DUR}"),
    ("probation", rf"(?:under|to)\s+(?:the\s+)?supervision\s+of\s+(?:the\s+)?probation(?:\s+service)?\s+for\s+{_DUR}"),
    # Canada's conditional sentence: "the first 12 months to be served under house arrest" (which part of the sentence
    # it is, "the first", is the part's qualifier and stays in its text)
    ("home_confinement", rf"(?:(?:the\s+)?(?:first|last|final|initial|remaining)\s+)?{_DUR}\s+(?:of\s+it\s+)?(?:to\s+be\s+)?served\s+(?:under|on|in)\s+(?:house\s+arrest|home\s+(?:confinement|detention))"),
    # ... and its condition in plain words: "must remain in his home for the first 12 months" (only with how long: "will
    # stay at her home until trial" is bail)
    ("home_confinement", rf"(?:(?:remain|stay)\s+(?:in|at|inside)|confined\s+to)\s+(?:his|her|their)\s+(?:home|house|residence)(?:\s+at\s+all\s+times)?"
                         rf"\s+for\s+(?:the\s+(?:first|last|final|initial)\s+)?{_DUR}"),
    # Northern Ireland, England: "four years, to be split equally between custody and licence" (half served in prison, the
    # rest in the community on licence)
    ("custody_split", r"(?:split|divided)\s+(?:equally\s+)?between\s+(?:custody|prison|jail)\s+and\s+(?:licen[cs]e|supervision)"),
    # Northern Ireland's determinate custodial sentence split in two: "with four years to be spent in custody and four
    # years on licence" (the custodial part, told with the licence part after it)
    ("prison", rf"(?<![\w-]){_DUR}\s+(?:to\s+be\s+)?(?:spent|served)\s+in\s+custody(?=\s+and\s+(?:\S+\s+){{1,3}}?on\s+licen[cs]e\b)"),
    # ... and the licence part told as its own length: "18 months in prison, followed by 18 months on licence"
    ("licence", rf"{_DUR}\s+on\s+licen[cs]e\b"),
    # an extended sentence's time on licence after the custodial term: "an extension period of three years", "an extended
    # licence period of four years" (Scotland, England)
    ("licence", rf"(?:an?\s+|the\s+)?(?:extension|extended\s+licen[cs]e)\s+period\s+of\s+{_DUR}"),
    # ... or after it: "will be on licence for a further four years" (an extended sentence's licence period)
    ("licence", rf"\bon\s+(?:an?\s+)?(?:extended\s+)?licen[cs]e\s+for\s+(?:a\s+further\s+|another\s+|an\s+(?:extra|additional)\s+|an\s+extended\s+period\s+of\s+)?{_DUR}"),
    # New Zealand: "two years' intensive supervision"
    # (not "a five-year supervision order", an order of its own name)
    # (New Zealand's "six months' supervision with activity": a youth order's programme is part of it)
    # ("a year of court supervision": Illinois's disposition that leaves no conviction once it is kept)
    ("supervision", rf"{_DUR}\s+(?:of\s+)?(?:intensive\s+|community\s+|judicial\s+|court\s+)?supervision\b(?![- ]order)(?:\s+with\s+activity\b)?"),
    # Scotland: "placed under supervision for 18 months", "under social work supervision for a year"
    # (the "under" read as part of the term: how the order is told, and how gold and readers quote it)
    ("supervision", rf"\bunder\s+(?:(?:social\s+work|intensive|community|judicial)\s+)?supervision\s+for\s+{_DUR}"),
    # "under the supervision of a social worker for two years", "of a probation officer for three years": the supervisor
    # named between the noun and its length
    ("supervision", rf"\bunder\s+(?:the\s+)?supervision\s+of\s+(?:an?|the|his|her)\s+(?:[\w-]+\s+){{0,2}}?"
                    rf"(?:social\s+worker|probation\s+officer|probation\s+service|youth\s+justice\s+worker|officer|worker)s?"
                    rf"\s+for\s+{_DUR}"),
    # New Zealand: "sentenced to intensive supervision for 18 months" (the sentence's own name, its length after it)
    ("supervision", rf"\b(?:intensive|judicial)\s+supervision\s+for\s+{_DUR}{_LENGTH_ENDS}"),
    # "... with an ankle monitor": the device is how the confinement is kept, part of the term
    # a Pennsylvania county range has a mixed-number floor: "11 1/2 to 23 months of house arrest"
    ("home_confinement", rf"(?:{_RANGE})?{_DUR}\s+(?:of\s+|in\s+)?{_KIND_MOD}(?:home\s+(?:confinement|detention)|house\s+arrest)"
                         r"(?:\s+with\s+(?:an?\s+(?:GPS\s+|electronic\s+)?ankle\s+(?:monitor|bracelet)|(?:GPS|electronic)\s+monitoring))?"),
    # ("a year on home detention": the time told as spent on it, as "a year on probation" is; never "the first six months
    # on house arrest", a part of another term read below)
    ("home_confinement", rf"(?<!first )(?<!last )(?<!final )(?<!initial )(?<!remaining ){_DUR}\s+on\s+{_KIND_MOD}(?:home\s+(?:confinement|detention)|house\s+arrest)"
                         r"(?:\s+with\s+(?:an?\s+(?:GPS\s+|electronic\s+)?ankle\s+(?:monitor|bracelet)|(?:GPS|electronic)\s+monitoring))?"),
    ("home_confinement", rf"(?:home\s+(?:confinement|detention)|house\s+arrest)\s+for\s+{_DUR}"),
    # ... and without a length: "a period of house arrest with GPS monitoring" (an ask's confinement and how it is kept
    # are one term, not a bare monitoring)
    # (not the stricter part of a term, "the first 12 months of the sentence under house arrest with electronic
    # monitoring", which the pattern below takes whole)
    ("home_confinement", r"(?:\b(?:an?|the)\s+(?:term|period|stint)\s+of\s+)?\b(?<!sentence under )(?<!sentence on )(?<!sentence in )(?<!term under )(?<!term on )(?<!term in )"
                         r"(?<!probation under )(?<!probation on )(?<!probation in )(?:home\s+(?:confinement|detention)|house\s+arrest)"
                         r"\s+with\s+(?:an?\s+(?:GPS\s+|electronic\s+)?ankle\s+(?:monitor|bracelet)|(?:GPS|electronic)\s+monitoring)"),
    # Part of a term served a stricter way: "serve the first four months of her probation in home detention", "spend the
    # last six months of his sentence at a halfway house", "the first 60 days of his probation on electronic monitoring"
    ("home_confinement", rf"(?:first|last|final|initial|remaining)\s+{_DUR}\s+of\s+(?:his|her|their|the)\s+(?:[\w-]+\s+)?(?:probation|sentence|term|supervision|release)"
                         r"\s+(?:in|on|under)\s+(?:home\s+(?:confinement|detention)|house\s+arrest)"
                         r"(?:\s+with\s+(?:an?\s+(?:GPS\s+|electronic\s+)?ankle\s+(?:monitor|bracelet)|(?:GPS|electronic)\s+monitoring))?"),
    # ... told of the term just named: "two years of supervised release, the first four months of it in home detention"
    # ("three years' probation, with the first six months on house arrest": the term just named left unsaid)
    # ("a conditional sentence of two years less a day \u2014 12 months of it on house arrest \u2014": the part counted out
    # of the term just named, no place in it told)
    ("home_confinement", rf"(?P<placed>(?:the\s+)?(?:first|last|final|initial)\s+)?{_DUR}\s+(?(placed)(?:of\s+(?:it|them|that)\s+)?|of\s+(?:it|them|that)\s+)"
                         r"(?:to\s+be\s+(?:served|spent)\s+)?(?:in|on|under)\s+(?:home\s+(?:confinement|detention)|house\s+arrest)"),
    ("electronic_monitoring", rf"(?:first|last|final|initial|remaining)\s+{_DUR}\s+of\s+(?:his|her|their|the)\s+(?:[\w-]+\s+)?(?:probation|sentence|term|supervision|release)"
                              r"\s+(?:on|under|with)\s+(?:electronic|GPS)\s+monitoring"),
    # ("six months of electronic home monitoring": where the wearer is kept, inside the kind's name)
    ("electronic_monitoring", rf"{_DUR}\s+(?:of\s+|on\s+)?(?:electronic|GPS)\s+(?:home\s+)?monitoring"),
    # "wear an alcohol-monitoring bracelet for six months after his release": how long the device is worn is the term's
    # length (kept apart from the bare forms: a pattern holding a length is only tried where a unit word stands)
    ("electronic_monitoring", rf"(?:\bwear\s+(?:an?\s+|the\s+)(?:[\w-]+\s+){{0,3}}?(?:monitor|bracelet|tether)|(?:electronic|GPS)\s+(?:monitoring|ankle\s+monitor|monitor|tether|bracelet))"
                              rf"\s+for\s+(?:the\s+(?:next|first)\s+)?{_DUR}(?:\s+(?:after|following)\s+(?:his|her|their)\s+release)?"),
    # "lifetime electronic monitoring" (Michigan's sentence for some sex crimes): monitored for the rest of a life
    ("electronic_monitoring", r"\b(?P<life>lifetime|lifelong)\s+(?:electronic|GPS)\s+(?:monitoring|tether)"),
    ("electronic_monitoring", r"(?:electronic|GPS)\s+(?:monitoring|ankle\s+monitor|monitor|tether|bracelet)"),
    # Britain: "monitored by an electronic tag", "She will be electronically tagged"
    # (an "electronically monitored curfew" is the curfew's)
    ("electronic_monitoring", r"\belectronic(?:ally)?\s+(?:tag(?:ged|ging)?|monitored)\b(?!\s+(?:home\s+)?curfew)"),
    # "wear a SCRAM alcohol-monitoring bracelet", "wear an ankle monitor": the device the order names
    ("electronic_monitoring", r"\bwear\s+(?:an?\s+|the\s+)(?:[\w-]+\s+){0,3}?(?:monitor|bracelet|tether)\b"),
    # ("confined to her home for a year, monitored by an ankle bracelet": the device told as how the term is kept)
    ("electronic_monitoring", r"\bmonitored\s+(?:by|with|through)\s+(?:an?\s+|the\s+)(?:[\w-]+\s+){0,2}?(?:monitor|bracelet|tether)\b"),
    # Sobriety and the device that enforces it: "no alcohol", "abstain from alcohol and drugs", "install an ignition interlock
    # device on any vehicle she drives" (kept only where ordered, like any condition)
    ("no_alcohol", r"\bno\s+(?:alcohol|drinking)(?:\s+(?:or|and)\s+(?:illegal\s+)?drugs)?\b(?![- ](?:related|content|sales?|license|permit|policy|zone))"
                   r"|\b(?:abstain|refrain)\s+from\s+(?:alcohol|drinking)(?:\s+(?:or|and)\s+(?:illegal\s+)?drugs)?\b"),
    # (how long, when told, is the term's length; the bare form is a pattern apart, tried where no unit word stands)
    ("ignition_interlock", rf"{_INTERLOCK}\s+for\s+{_DUR}"),
    ("ignition_interlock", _INTERLOCK),
    # New Zealand's licence that allows no alcohol at all, which a disqualified drink-driver must hold when the ban ends:
    # "after which he must apply for a zero-alcohol licence" (an alcohol interlock's alternative)
    ("order", r"\b(?:apply\s+for|hold|obtain|get|be\s+issued(?:\s+with)?|move\s+(?:on\s+)?to)\s+an?\s+(?P<what>zero[- ]alcohol\s+licen[cs]e)\b"
              rf"(?:\s+for\s+{_DUR})?"),
    # New Zealand's "alcohol interlock sentence": a disqualification served on an interlock licence, the court's own name
    ("ignition_interlock", r"\b(?:(?<=\ban\s)|(?<=\bthe\s))alcohol\s+interlock\s+(?:sentence|order)\b"),
    # the device named as an item of a listed sentence, its length told: "an ignition interlock device for two years"
    ("ignition_interlock", rf"\b(?:an?\s+)?ignition[- ]interlock(?:\s+device)?\s+for\s+{_DUR}"),
    # Minnesota's "community work service", Colorado's "useful public service", Australia's "unpaid community work"
    # ("250 hours of community service work": the work named after the service)
    ("community_service", rf"{_DUR}\s+(?:of\s+)?(?:(?:unpaid\s+)?community\s+service(?:\s+work\b)?|useful\s+public\s+service|(?:unpaid\s+(?:community\s+)?|community\s+)work(?:\s+service)?)"
                          # ("240 hours of unpaid work in the community": where it is done, Scotland's wording)
                          r"(?:\s+in\s+the\s+community)?"),
    # "100 community service hours"
    ("community_service", rf"{_QUAL}(?P<num>{_NUM})\s+(?:community[- ]service|unpaid[- ]work)\s+(?P<unit>hours)"),
    # A length told as the kind's possessor: "five years' disqualification", "two years' community order" (after the
    # probation and supervision patterns, whose "two years' probation order" is probation; before the pattern that names
    # an order alone)
    ("order", rf"{_DUR}(?:(?<=['\u2019])|(?<=['\u2019]s))\s+(?P<what>{_OPEN_KIND}|{_CLOSED_KIND})"),
    # British courts: "a two-year community order", "banned from driving for three years"
    ("community_order", rf"{_QUAL}(?P<num>{_NUM})[- ]{_UNIT1}[- ]community\s+order"),
    # Orders, bonds and discharges by any name: "an 18-month community corrections order", "a two-year good behaviour
    # bond", "a 12-month conditional discharge", "a 14-week curfew"; the kind is their own name.
    # ("12 months on the protective order violation" is a count's length, no order; "a three-month electronically
    # monitored curfew", "a five-year driving and boating prohibition": an adverb's participle, two activities)
    ("order", rf"{_QUAL}(?!an?\s)(?P<num>{_NUM})[- ]{_UNIT1}[- ](?!(?:on|for|in|of|under|at|over)\s)(?P<what>(?:(?!(?:and|or|but|\w+ed)\b)[\w-]+\s+|\w+ly\s+\w+ed\s+|\w+ing\s+and\s+(?=\w+ing\s)){{0,3}}?"
              r"(?:order(?!\s+of\s+protection)|bond|discharge|curfew|requirement|injunction|prohibition(?:\s+order)?))\b" + _UNDER_AN_ACT),
    # "a two-year deferred sentence" (Colorado, Oklahoma): dismissed if the terms are kept
    ("order", rf"{_QUAL}(?!an?\s)(?P<num>{_NUM})[- ]{_UNIT1}[- ](?P<what>deferred\s+(?:sentence|judg(?:e)?ment))\b"),
    # "a non-harassment order for 10 years" (Scotland), "a restraining order for five years", "a restriction of liberty
    # order for six months", "a criminal behaviour order for five years": the length told after it
    # ("made a serious crime prevention order against Lee for five years": whom it binds may stand between)
    ("order", rf"\b(?P<what>(?:restraining|non-molestation|non-harassment|criminal\s+protection|restriction\s+of\s+liberty"
              rf"|criminal\s+behaviou?r|(?:sexual\s+harm|sexual\s+risk|serious\s+crime|knife\s+crime|stalking|domestic\s+abuse)\s+prevention)"
              rf"\s+order)(?:\s+against\s+(?:him|her|them|(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+){{0,2}}))?\s+for\s+{_DUR}{_LENGTH_ENDS}"),
    # An order protecting the victim, its length told after whom it protects or how long it stays: "a final family
    # violence intervention order protecting the woman for five years", "a protection order that will remain in place for
    # two years" (Australia, New Zealand)
    ("order", rf"\b(?P<what>(?:(?:final|interim|full|family\s+violence|personal\s+safety)\s+){{0,3}}(?:intervention|protection|restraining"
              rf"|non-molestation|no-contact|apprehended\s+(?:domestic\s+|personal\s+)?violence)\s+order)"
              rf"(?:\s+protecting\s+(?:the|his|her|their|(?-i:[A-Z])[\w'\u2019-]+)(?:\s+[\w'\u2019-]+){{0,2}}?"
              rf"|,?\s+(?:that|which)\s+(?:will\s+)?(?:remain|remains|stay|stays|last|lasts|run|runs)(?:\s+in\s+(?:place|force|effect))?)"
              rf"\s+for\s+{_DUR}{_LENGTH_ENDS}"),
    # "a curfew between 7pm and 7am for four months", "a curfew for 12 weeks" (Britain, tagged): its hours, then its length
    # ("a curfew from 9 p.m. to 6 a.m.", "a curfew for the first six months": a clock time's "p.m.", a length counted
    # from the start of the order; its hours alone name it too)
    ("order", rf"\b{_CURFEW_ADJECTIVE}(?P<what>curfew)(?:\s+(?:between|from)\s+{_CLOCK}\s+(?:and|to|until)\s+{_CLOCK})?\s+for\s+"
              rf"(?:the\s+(?:first|last|next|final|remaining)\s+)?{_DUR}{_LENGTH_ENDS}"),
    ("order", rf"\b{_CURFEW_ADJECTIVE}(?P<what>curfew)\s+(?:between|from)\s+{_CLOCK}\s+(?:and|to|until)\s+{_CLOCK}"),
    # Its hours before it, its length as "of" (Canada's conditional sentences, Australia's orders): "a 10 p.m. to 6 a.m.
    # curfew", "an 8pm-7am curfew", "12 months of curfew", "six months on a curfew"
    ("order", rf"\b{_CLOCK}\s*(?:to|until|-|\u2013)\s*{_CLOCK}\s+(?:(?:electronically\s+monitored|electronic|strict|nightly|daily)\s+)?(?P<what>curfew)\b"),
    # A curfew told as what binds him, with no length or hours: "In the second year, he'll be under a nightly curfew",
    # "must follow a curfew for the second year" (the length, when told, is read by the patterns above)
    # ("confined to her home for a year ..., and then be under curfew", "house arrest, followed by a nightly curfew":
    # the curfew that comes after another term, in the same list)
    ("bare_kind", rf"(?:\b(?:will|['\u2019]ll|must)\s+(?:also\s+|then\s+){{0,2}}(?:be\s+(?:under|bound\s+by|subject\s+to)|follow|observe|obey|keep\s+to)"
                  rf"|(?<=\band\s)(?:then\s+)?(?:follow|observe|obey|be\s+under)|(?<=\bfollowed\sby))\s+"
                  rf"(?P<term>(?:an?\s+)?{_CURFEW_ADJECTIVE}(?P<what>curfew))\b(?!\s+(?:between|from)\b)"),
    # ("followed by a year under a 9 p.m. curfew": one year, told with "a", and the hour it starts)
    ("order", rf"{_QUAL}(?:(?!an?\s)|(?=an?\s+(?:year|month)\s+under\s))(?P<num>{_NUM})[- ]{_UNIT1}\s+(?:of|on|under)\s+(?:an?\s+)?(?:{_CLOCK}\s+)?"
              r"(?:(?:electronically\s+monitored|electronic|strict|nightly|house\s+arrest\s+and)\s+)?(?P<what>curfew)\b"),
    # Its starting hour alone: "must observe a 10 p.m. curfew", "a nightly 9pm curfew" (a clock time marked a.m. or p.m.)
    ("order", rf"\ban?\s+{_CURFEW_ADJECTIVE}\d{{1,2}}(?:[:.]\d\d)?\s*(?:[ap]\.m\.|[ap]m\b)\s+{_CURFEW_ADJECTIVE}(?P<what>curfew)\b"),
    # "a decade-long hunting ban", "a five-year-long driving prohibition": the length told as the ban's span
    ("order", rf"(?:(?!an?\s)(?P<num>{_NUM})[- ]{_UNIT1}|(?P<decade>decade))[- ]long\s+(?P<what>(?:(?!(?:and|or|but)\b)[\w-]+\s+){{0,2}}?(?:ban|prohibition(?:\s+order)?|curfew|order))\b"),
    # A sentence order named before its length: "a probation order of 12 months", "a community corrections order for
    # two years", "a community payback order for 18 months", "a rehabilitation activity requirement of 20 days"
    ("order", rf"\b(?P<what>(?:(?:community(?:\s+(?:corrections?|payback))?|intensive\s+correction|youth\s+rehabilitation|probation"
              rf"|supervision|drug\s+treatment(?:\s+and\s+testing)?)\s+order|good\s+behaviou?r\s+bond"
              rf"|(?:rehabilitation\s+activity|unpaid\s+work|curfew|(?:alcohol\s+)?abstinence|drug\s+rehabilitation|mental\s+health\s+treatment"
              rf"|electronic\s+monitoring|programme|supervision)\s+requirement))\s+(?:for|of)\s+{_DUR}{_LENGTH_ENDS}"),
    # Britain's hospital order told with its restrictions or its section: "a hospital order with restrictions", "a
    # hospital order under section 37 of the Mental Health Act" (whether he may be released without a tribunal)
    ("order", r"\b(?P<what>hospital\s+order)(?:\s+with\s+(?:a\s+)?restrictions?|\s+under\s+section\s+37(?:\s+of\s+the\s+Mental\s+Health\s+Act(?:\s+1983)?)?)\b"),
    ("order", r"\b(?P<what>(?:indefinite\s+)?(?:(?:conditional|absolute)\s+discharge|good\s+behaviou?r\s+bond"
              r"|(?:sexual\s+harm|sexual\s+risk|serious\s+crime|knife\s+crime|stalking|domestic\s+abuse)\s+prevention\s+order"
              r"|(?:restraining|non-molestation|non-harassment|criminal\s+protection)\s+order|(?:criminal\s+|civil\s+)?stalking\s+injunction|(?:community(?:\s+(?:corrections?|payback))?|intensive\s+correction"
              # Scotland's "community payback order", Ireland's and Scotland's "probation order"
              r"|youth\s+rehabilitation|hospital|criminal\s+behaviou?r|deferred\s+sentence|probation"
              # Scotland's "restriction of liberty order" (confined to an address, tagged)
              r"|restriction\s+of\s+liberty"
              # Queensland's youth orders: "six months' detention with an immediate conditional release order", "a
              # restorative justice order"; Victoria's "final family violence intervention order"
              r"|(?:immediate\s+)?conditional\s+release|restorative\s+justice|final\s+(?:family\s+violence\s+)?intervention"
              # Britain's orders on a dangerous dog and on property used in the crime ("made a destruction order for the dog")
              r"|(?:contingent\s+)?destruction|deprivation)\s+order|deferred\s+(?:sentence|judg(?:e)?ment)))\b"),
    ("order", rf"(?P<num>{_NUM})\s+(?P<what>(?:[a-z-]+\s+){{1,3}}?requirement)\s+(?P<unit>days)"),
    # A disposition that ends in no conviction if its terms are kept, named without a length: "asked for judicial
    # diversion", "granted pretrial intervention", "was offered deferred prosecution", "placed in a diversion program"
    # (Tennessee's judicial diversion, New Jersey's pretrial intervention, federal pretrial diversion); never the
    # "drug diversion" a nurse's theft is called, nor a bare "diversion" a story explains
    ("order", r"\b(?P<what>(?:judicial|pre-?trial|felony|misdemeanou?r|first[- ]offender)\s+diversion(?:\s+program(?:me)?)?"
              r"|(?<!drug )diversion\s+program(?:me)?(?!s)|pre-?trial\s+intervention|deferred\s+prosecution(?!\s+agreements?))\b"),
    # A sentence put off on probation, leaving no conviction (or no sentence) if the probation is kept: Missouri's
    # "suspended imposition of sentence" and "suspended execution of sentence", Maryland's "probation before judgment",
    # Florida's "adjudication withheld" / "withhold of adjudication"
    # ("a 10-year suspended imposition of sentence", "10 years of suspended imposition of sentence": Arkansas gives it a span)
    ("order", rf"{_QUAL}(?!an?\s)(?P<num>{_NUM})[- ]{_UNIT1}(?:[- ]|\s+of\s+)(?P<what>suspended\s+(?:imposition|execution)\s+of\s+sentence)\b"),
    ("order", r"\b(?P<what>suspended\s+(?:imposition|execution)\s+of\s+(?:the\s+|a\s+|her\s+|his\s+)?sentence|probation\s+before\s+judg(?:e)?ment"
              # ("withheld adjudication of guilt for Ann Roe", "asked for a withheld adjudication": the court's act as its name)
              r"|adjudication\s+(?:of\s+guilt\s+)?withheld|withh(?:e|o)ld(?:ing)?\s+of\s+adjudication|withheld\s+adjudication(?:\s+of\s+guilt)?"
              # Idaho's "rider": the judge "retained jurisdiction", sending him to a program before deciding on prison
              r"|retained\s+jurisdiction)\b(?!\s+(?:over|of|in)\b)"),
    # Virginia's suspended sentences hang on conduct: "must remain on good behavior for 20 years", "be of good behaviour
    # for two years" (Ireland, on a bond): the span the suspension can still be revoked
    # (one kind whichever the spelling; Ireland's "keep the peace and be of good behaviour" is one undertaking)
    # ("conditional on her keeping the peace and being of good behaviour for two years": the condition as a gerund)
    ("good_behaviour", rf"(?:(?:(?<=\ba\s)|(?<=\bthe\s))bond\s+to\s+)?(?:(?:keep|keeping)\s+the\s+peace\s+and\s+(?:be|being|remain|remaining)\s+(?:of|on|in)\s+|(?<=\bon )|(?<=\bof )|(?<=\bin ))good\s+behaviou?r\s+for\s+{_DUR}"),
    # The surety behind a good-behaviour undertaking (Australia's Commonwealth orders): "on a $1000 recognizance", "give
    # security of $1000"
    ("good_behaviour", rf"{_MONEY}\s+recogni[sz]ance\b"),
    ("good_behaviour", rf"\b(?:give|giving|lodge|lodging|provide|providing|with)\s+(?:a\s+)?security\s+of\s+{_MONEY}"),
    # Commonwealth sentences of three years or less: "released on a recognizance release order after serving two years"
    # (the time served before release, the federal counterpart of a non-parole period)
    ("non_parole_period", rf"(?:released\s+on\s+)?(?:an?\s+)?recogni[sz]ance\s+release\s+order\s+after\s+(?:(?:he|she|they)\s+(?:has|have)\s+)?(?:serving|served\s+)?\s*{_DUR}"),
    # Ireland: a suspension's other condition, "and on her co-operating with the Probation Service for a year"
    ("probation", rf"(?:co-?operat(?:e|ing)|engag(?:e|ing))\s+with\s+the\s+Probation\s+Service\s+for\s+{_DUR}"),
    # Canada's ancillary orders, told without a length or for life: "a lifetime firearms prohibition", "a mandatory
    # weapons prohibition order", "a DNA databank order" (the length, when told, is read by the pattern above)
    # ("a lifetime firearms ban", "a 10-year weapons ban": the same order in a reporter's plainer noun)
    ("order", rf"(?:\b(?:(?P<life>lifetime|lifelong)|(?!an?\s){_QUAL}(?P<num>{_NUM})[- ]{_UNIT1})\s+(?P<what>(?:firearms?|weapons?|gun)\s+ban)\b)"),
    ("order", r"\b(?:(?P<life>lifetime|lifelong)\s+|(?:mandatory|discretionary)\s+)?(?P<what>(?:firearms?|weapons?)\s+prohibition(?:\s+order)?"
              r"|DNA\s+(?:data\s*bank\s+|sample\s+)?order)\b" + _UNDER_AN_ACT),
    # The same order told as what the offender must do: "ordered to provide a DNA sample", "must submit a sample of her
    # DNA" (Canada, Britain, Australia); only after a verb of handing over (a "DNA sample" found at a scene is evidence)
    # (the verb is the order's own word, kept in the term: "provide a DNA sample" is what the court requires)
    ("order", r"\b(?:provide|provides|provided|providing|submit|submits|submitted|give|gives|given|supply|supplies|supplied)\s+"
              r"(?:an?\s+)?(?P<what>DNA\s+sample|sample\s+of\s+(?:his|her|their|its)\s+DNA)\b"),
    # Canada's registry order told as the statute to obey: "comply with the Sex Offender Information Registration Act for
    # 20 years" (SOIRA), with or without its length
    ("registration", rf"\bcomply\s+with\s+(?:the\s+)?(?:Sex\s+Offender\s+Information\s+Registration\s+Act|SOIRA)"
                     rf"(?:\s+for\s+(?:(?P<life>life)|{_DUR}))?"),
    ("driving_ban", rf"(?:banned|disqualified)\s+from\s+driving\s+for\s+{_DUR}"),
    # England's extension for time in custody, told after the ban: "banned from driving for 10 years, with an extension
    # of three years and nine months"
    ("driving_ban", rf"(?:(?<=\bwith\san\s)|(?<=\bplus\san\s))extension\s+of\s+{_DUR}"),
    # Britain: a ban ends only after "an extended retest" (a longer driving test)
    # Britain's ban until sentence, from the day of a guilty plea: "was given an interim driving disqualification"
    ("driving_ban", r"\ban?\s+interim\s+(?:driving\s+)?(?:disqualification|ban)\b"),
    ("driving_retest", r"(?:pass(?:es|ed)?|takes?|took|sits?|sat)\s+an?\s+extended\s+(?:driving\s+)?(?:re-?test|test)"),
    # Ireland: "ordered him to sit a full driving test before he can hold a licence again"
    ("driving_retest", r"(?:pass|take|sit|re-?sit)\s+an?\s+(?:full|new)\s+driving\s+(?:re-?test|test)"),
    ("driving_ban", rf"{_QUAL}(?P<num>{_NUM})[- ]{_UNIT1}[- ]driving\s+ban"),
    ("driving_ban", rf"driving\s+ban\s+(?:of|for)\s+{_DUR}{_LENGTH_ENDS}"),
    # ... and any ban or disqualification with its length before it: "a five-year hunting ban", "a 10-year company director
    # disqualification" (the other orders' own pattern is above)
    ("order", rf"{_QUAL}(?!an?\s)(?P<num>{_NUM})[- ]{_UNIT1}[- ](?P<what>{_DISQUALIFICATION}|{_BANNED_ACTIVITY}\s+ban)\b"),
    # "disqualified from acting as a company director for 10 years", "banned from keeping animals for five years"
    # "banned Lyle Dorsey from owning, breeding or selling dogs for the rest of his life": a named object, then a list of
    # verbs the bar shares (a relative clause ends the object: "from the park, which had hosted fights for 10 years")
    ("disqualification", rf"(?:disqualified|banned|barred|prohibited)\s+(?:(?:him|her|them|[A-Z][\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)?)\s+)?from\s+"
                         rf"(?:(?!(?:where|who|whom|which|when|after|because|since|until|while)\b)[\w'\u2019-]+,?\s+){{1,12}}?"
                         rf"for\s+(?:{_DUR}|(?:the\s+rest\s+of\s+(?:his|her|their)\s+)?(?P<life>life)\b)"),
    ("disqualification", r"(?:disqualified|banned|barred|prohibited)\s+(?:(?:him|her|them|[A-Z][\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)?)\s+)?"
                         # "barred him for five years from ...", "banned her until 2040 from ...": how long, told before the object
                         r"(?:(?P<life>for\s+life|permanently)|for\s+(?:" + _NUMWORD + r"(?:[- ]" + _NUMWORD + r")?)\s+(?:years?|months?)"
                         r"|until\s+(?:19|20)\d\d|while\s+(?:(?:he|she|they)\s+(?:is|are)\s+)?on\s+(?:probation|parole|supervised\s+release))\s+from\s+" + _VERB_LIST +
                         # "barred for life from working in the securities industry": where the act is barred stays with it
                         # ("in the state" is the court's reach, not the bar's object)
                         r"(?:(?:[\w-]+\s+){0,7}?[\w-]+(?:(?!\s+in\s+the\s+(?:state|country|nation|county|city|commonwealth|region|area)\b)"
                         + _BAR_WHERE + r")?(?=\s*[,.;:]|\s+(?:and|after|because|under|as|in)\b)"
                         # Canada's fraud prohibition: "prohibited him for 10 years from any job or volunteer role that gives him
                         # authority over others' money": the bar's length and the kind of post, the clause that defines it left out
                         r"|(?:[\w'\u2019-]+\s+){0,3}?any\s+(?:[\w-]+\s+){0,3}?(?:jobs?|positions?|work|employment|roles?|business(?:es)?|occupations?|capacity|posts?|offices?)\b"
                         r"(?:\s+or\s+(?:[\w-]+\s+){0,2}?(?:jobs?|positions?|work|employment|roles?|posts?|offices?)\b)?)"),
    # Health-care fraud's exclusion named as a noun: "permanent exclusion from Medicare, Medicaid and all other federal
    # health care programs" (the programs listed are its reach, one bar)
    ("disqualification", r"(?:(?:permanent|mandatory|lifetime)\s+)?exclusion\s+from\s+(?:participation\s+in\s+)?"
                         r"(?:(?:all\s+(?:other\s+)?)?(?:Medicare|Medicaid|federal\s+health\s+care\s+programs|(?-i:[A-Z])[\w-]+)(?:,?\s+(?:and|or)\s+|,\s+)){0,4}"
                         r"(?:all\s+(?:other\s+)?)?(?:Medicare|Medicaid|federal\s+health(?:\s+|-)care\s+programs)\b"),
    # Conditions without a duration: "barred from owning firearms", "register as a sex offender for life", "revoked
    # his driver's license permanently", "undergo drug counseling". Kept only where the court orders them (_CONDITIONS).
    # ("forbade him from", "the sentence bars him from": a present-tense bar names whom it bars, unlike "behind bars from 2010")
    # ("barred both from ...": the two defendants of one case, barred alike)
    ("disqualification", r"(?:permanently\s+)?(?:(?:barred|banned|prohibited|excluded|debarred|forb(?:ade|idden|id))\s+(?:(?:him|her|them|both|[A-Z][\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)?)\s+)?"
                         r"|(?:bars|bans|prohibits|forbids)\s+(?:him|her|them|[A-Z][\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)?)\s+"
                         # a bar asked for: "asks the court to bar him from working with elderly patients"
                         r"|(?<=\bto\s)(?:bar|ban|prohibit|forbid)\s+(?:him|her|them|[A-Z][\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)?)\s+)(?:permanently\s+)?from\s+" + _VERB_LIST +
                         # "from serving as a guardian, conservator or fiduciary in Arizona": the roles listed, the place closing them
                         r"(?:(?:[\w'\u2019-]+\s+){0,9}?[\w'\u2019-]+" + _LIST_ITEM + r"*,?\s+(?:or|and)\s+" + _LIST_END + _BAR_WHERE + r"(?=\s*[,.;:]|\s+(?:in|and|after|because|under|while|until|during)\b)"
                         # "from working in any job that gives him access to drugs": a clause defining "any <noun>" is what
                         # the bar covers, however long
                         # ("from working in banking, insurance or any business that handles ...": the list closed by it)
                         r"|(?:[\w'\u2019-]+\s+){0,4}?(?:[\w'\u2019-]+" + _LIST_ITEM + r"*,?\s+(?:or|and)\s+)?any\s+(?:[\w-]+\s+){0,2}?(?:jobs?|positions?|work|employment|roles?|business(?:es)?|occupations?|capacity|posts?|offices?)\s+(?:that|which|where|involving)\s+(?:[\w'\u2019-]+\s+){0,9}?[\w'\u2019-]+"
                         r"(?=\s*[,.;:]|\s+(?:and|after|because|under|as\s+(?:part|a\s+condition|well)|while|until|unless|during"
                         r"|for\s+the\s+(?:rest|duration|length|remainder|term)\s+of)\b)"
                         # "from any contact with the victim's family": a possessive is inside the object
                         r"|(?:[\w'\u2019-]+\s+){0,9}?[\w'\u2019-]+"
                         # "serving as treasurer" goes on; "as part of the sentence" closes the role; "the witnesses who
                         # testified" closes the object at its relative clause
                         r"(?=\s*[,.;:]|\s+(?:and|after|because|under|as\s+(?:part|a\s+condition|well)|while|until|unless|who|whom|during"
                         r"|for\s+the\s+(?:rest|duration|length|remainder|term)\s+of)\b)"
                         # a longer object only where the clause says the bar holds for the sentence's length
                         r"|(?:[\w-]+\s+){10,13}?[\w-]+(?=\s+(?:while|during)\s+(?:on\s+|(?:his|her|their)\s+)?(?:probation|parole|supervis)))"
                         + BAR_TAIL),
    # a state's own name for the list: "register as a predatory offender" (Minnesota), "as a sexual predator"; lists
    # other than sex offenders' ("must register as a violent offender" (Oklahoma, Kansas), "as an arson offender",
    # "as a gun offender", "as a drug offender")
    ("registration", rf"register\s+as\s+an?\s+(?:sex(?:ual)?[- ]offender|(?:predatory|violent|arson|gun|drug|firearms?)\s+offender|sexual(?:ly\s+violent)?\s+predator)(?:\s+for\s+(?:life|the\s+rest\s+of\s+(?:his|her|their|your)\s+li(?:fe|ves)|{_DUR}))?"),
    # A designation told with what it means: "designated him a Tier III sex offender, meaning he must register every 90
    # days for life", "classified as a sexual predator, so she will register with the sheriff twice a year for 25 years"
    # (kept only in a sentence that names the designation, see _OFFENDER_FRAME)
    ("registration", rf"{_REGISTER_HOW_OFTEN}"),
    # A predator designation, which puts the name on the public registry for life: "designated him a sexual predator"
    # (Florida), "designated a sexually violent predator" (Pennsylvania)
    ("registration", r"(?:classified|designated|labell?ed|deemed|found\s+to\s+be)\s+(?:(?:him|her|them|(?-i:[A-Z])[\w'\u2019-]+)\s+)?(?:as\s+)?an?\s+"
                     r"(?:sexual(?:ly\s+violent)?\s+predator|sexually\s+dangerous\s+person)\b"),
    # Pennsylvania's and New Jersey's registry law by its name: "must register for life under Megan's Law"
    ("registration", rf"\bregister\s+(?:with\s+(?:the\s+)?state\s+police\s+)?(?:for\s+(?:life|{_DUR})\s+)?under\s+(?:(?:the\s+)?(?:state|[A-Z][a-z]+)['\u2019]s\s+(?:version\s+of\s+)?)?Megan['\u2019]s\s+Law"),
    # Ohio's tiers: "classified him as a Tier III sex offender", "will be designated a Tier II sex offender"
    ("registration", r"(?:(?:classified|designated|labell?ed|deemed)\s+(?:(?:him|her|them|(?-i:[A-Z])[\w'\u2019-]+)\s+)?(?:as\s+)?an?\s+)?"
                     r"Tier\s+(?:I{1,3}|[1-3]|one|two|three)\s+sex(?:ual)?\s+(?:offender|predator)"),
    # "may have no contact with the victim", "stay away from Lee and her family": kept only where ordered
    # "no contact with either victim or their families", "no contact with Ana Reyes or her children": the people named,
    # a coordinated second group with them
    # ("no contact with his children or with any member of her family": the preposition may come again)
    # ("no contact, direct or indirect, with any of the women": the order's reach as an aside)
    # ("no contact with Kemper or his family for life": how long the bar lasts is the order's own)
    ("no_contact", r"\bno\s+contact(?:\s+of\s+any\s+kind|\s+whatsoever|,\s+(?:either\s+)?direct(?:ly)?\s+or\s+indirect(?:ly)?,)?\s+with\s+" + _CONTACTED + r"(?:,?\s+(?:or|and)\s+(?:with\s+)?" + _CONTACTED + r")?"
                   r"(?:\s+for\s+life(?=\s*[,.;:)]|\s+and\b))?"
                   r"(?=\s*[,.;:)]|\s*$|\s+(?:or|and|while|during|for|until|unless|as|after|once|because|in|at|on|who|whom|except|without|through|again|ever)\b)"),
    ("no_contact", r"\bno\s+contact(?:\s+of\s+any\s+kind|\s+whatsoever|,\s+(?:either\s+)?direct(?:ly)?\s+or\s+indirect(?:ly)?,)?\s+with\s+(?:(?:any\s+of\s+)?(?:the|his|her|their)\s+[\w-]+|(?-i:[A-Z])[\w'\u2019-]+)"),
    # "imposed a no-contact order barring him from ...": the order is the term, whatever it bars
    # ("an order of protection barring Lee from contacting the family": what it bars is part of it, up to how long)
    # (New York's "order of protection" is one kind noun; its length and qualifier are the term's: "an eight-year full
    # order of protection", "a permanent protective order", "a new order of protection lasting until 2036")
    ("no_contact", r"(?<!extended\sthe\s)(?<!extends\sthe\s)(?<!extend\sthe\s)\b(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|\w+teen|twenty|\w+ty-\w+)[- ](?:year|month)[- ])?"
                   r"(?:(?:permanent|full|final|lifetime|limited|new|standing|criminal|lifelong)\s+)*"
                   r"(?:(?:no[- ]contact|stay[- ]away|protective|protection)\s+orders?|orders?\s+of\s+protection)\b"
                   # ("the protective order violation" is the offence, "a protective order hearing" a proceeding)
                   r"(?!\s+(?:violations?|hearings?|petitions?|cases?|charges?|counts?|applications?|requests?)\b)"
                   r"(?:\s+(?:barring|prohibiting|forbidding|banning|keeping)\s+(?:him|her|them|(?-i:[A-Z])[\w'\u2019-]+)\s+from\s+"
                   # (it ends before the next act the judge did: "... from contacting the victim and ordered him to pay")
                   r"[a-z]+ing\b[^.;,:\u201c\"]{0,80}?(?=\s+(?:until|for|while|during|through|unless)\b|\s*[.;,:]|\s*$"
                   r"|\s+and\s+(?:also\s+)?(?:ordered|imposed|sentenced|gave|required|fined|must|will|was|is)\b))?" + BAR_TAIL),
    # "stay at least 500 feet away from Lee", "stay 100 yards away from the victim": the distance is part of the order
    ("no_contact", r"\bstay\s+(?:(?:at\s+least\s+|more\s+than\s+)?[\d,]+\s+(?:feet|yards|miles|meters|metres|kilometers|kilometres)\s+)?away\s+from\s+(?:(?:the|his|her|their)\s+[\w-]+|(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z0-9])[\w'\u2019-]*)*)"
                   # "stay away from the victim's home", "from Lee's workplace": the possessed place is what is barred
                   r"(?:['\u2019]s?\s+(?!(?:and|or|for|while|until|during)\b)[\w-]+|(?<=['\u2019]s)\s+(?!(?:and|or|for|while|until|during)\b)[\w-]+)?"
                   # "stay away from the victim and her home": both places barred
                   r"(?:\s+(?:and|or)\s+(?:the|his|her|their|its)\s+[\w-]+(?=\s+for\s|\s*[.;,]))?"),
    # Georgia's banishment: "is banished from every county in the state except Lowndes County", "banished him from the
    # Southern Judicial Circuit": the places barred, up to the clause's end
    ("disqualification", r"\bbanish(?:ed|es|ing)?\s+(?:(?:him|her|them|(?-i:[A-Z])[\w'\u2019-]+)\s+)?from\s+(?:(?!by\b)[\w'\u2019-]+\s+){0,10}?[\w'\u2019-]+(?=\s*[,.;:]|\s+(?:and|while|during|until|for|by|after|when|because|as)\b)"
                         r"(?!\s+by\s+(?!(?:the|a)\s+(?:[\w-]+\s+)?(?:judge|court)\b))" + BAR_TAIL),
    # "As a condition of his probation, Lee may not seek or hold public office"
    # "will not be allowed to work in any job with access to narcotics", "may not be employed as a bookkeeper", "may not
    # work as a coach or in any job with minors": the occupation barred, with its alternatives
    ("disqualification", r"\b(?:may\s+not|(?:will|would|is|are)\s+not\s+(?:be\s+)?(?:allowed|permitted)\s+to)\s+(?:seek|hold|run\s+for|own|possess|work|serve|coach|teach|practi[cs]e|operate|be\s+employed"
                         r"|consume|drink|use|drive|enter|leave|visit|contact|access|live|have\s+(?:any\s+)?contact)"
                         r"(?:\s+or\s+[a-z]+)?\s+(?:[\w'\u2019-]+\s+){0,12}?[\w'\u2019-]+(?=\s*[,.;:]|\s+(?:and|while|during|until|for)\b)" + BAR_TAIL),
    # A bar the court words as an order of its own: "ordered that she never again prepare tax returns", "ordered him not
    # to contact the victims", "directed that he no longer work with children"; the bar runs from its negation
    ("ordered_bar", r"\b(?:order(?:ed|s|ing)|direct(?:ed|s|ing)|requir(?:ed|es|ing)|instruct(?:ed|s|ing)|ruled)\s+(?:that\s+)?(?:he|she|they|him|her|them|(?-i:[A-Z])[\w'\u2019-]+)\s+"
                    # "ordered that Lee may not hold a license", "ruled that she can never again", "ordered that he is not to"
                    r"(?P<term>(?:(?:may|must|shall|can|will|is|are)\s+(?=(?:never|not|no\s+longer)\b))?(?:never|not|no\s+longer)\s+(?:again\s+|ever\s+)?(?:to\s+)?(?:again\s+)?(?!to\b|be\b|have\s+to\b)[a-z]+(?:,\s+[a-z]+)*(?:,?\s+or\s+[a-z]+)?"
                    # "never again work as a home health aide": a role after "as" is the bar's object; "as part of the
                    # sentence" closes it
                    r"\s+(?:(?!(?:and|while|during|until|unless|as\s+(?:part|a\s+condition|well)|because|after)\b)[\w'\u2019-]+\s+){0,9}?[\w'\u2019-]+"
                    # ("... any live animal or animal part for the rest of his supervised release": how long it holds is the tail's)
                    r"(?=\s*[,.;:]|\s+(?:and|while|during|until|unless|as\s+(?:part|a\s+condition|well)|because|after"
                    r"|for\s+the\s+(?:rest|duration|length|remainder|term)\s+of)\b|\s*$))" + BAR_TAIL),
    # A bar as a later item of the order's list: "ordered him to undergo counseling, to stay away from the school and not
    # to possess firearms" (the order's verb stands before the first item; the negation opens this one)
    ("ordered_bar", r"\b(?:order(?:ed|s|ing)|direct(?:ed|s|ing)|requir(?:ed|es|ing)|instruct(?:ed|s|ing))\s+(?:him|her|them|(?-i:[A-Z])[\w'\u2019-]+)\s+"
                    r"to\s+[^.;:\u201c\"]{3,160}?(?:,\s+(?:and\s+|or\s+)?|\s+and\s+)"
                    # ("... and never again operate a child care business": the bar for good, told the same way)
                    r"(?:to\s+(?=never\b))?(?P<term>(?:not\s+to\s+|never\s+(?:again\s+|ever\s+)?(?:to\s+)?)(?!be\b|have\s+to\b)[a-z]+(?:\s+or\s+[a-z]+)?\s+(?:(?!(?:and|while|during|until|unless|because|after)\b)[\w'\u2019-]+\s+){0,9}?[\w'\u2019-]+"
                    r"(?=\s*[,.;:]|\s+(?:and|while|during|until|unless|because|after|for\s+the\s+(?:rest|duration|length|remainder|term)\s+of)\b|\s*$))" + BAR_TAIL),
    # A bar for good told with "must": "must never again own a dog", "must never ever work with children" (the obligation
    # is the court's; "vowed never again to drink", "will never again" or "may never again walk" is the offender's own
    # resolve or fate)
    ("ordered_bar", r"\bmust\s+(?:also\s+)?(?P<term>never\s+(?:again\s+|ever\s+)(?!to\b|be\b|have\s+to\b)[a-z]+(?:,\s+[a-z]+)*(?:,?\s+or\s+[a-z]+)?"
                    r"\s+(?:(?!(?:and|while|during|until|unless|as\s+(?:part|a\s+condition|well)|because|after)\b)[\w'\u2019-]+\s+){0,9}?[\w'\u2019-]+"
                    r"(?=\s*[,.;:]|\s+(?:and|while|during|until|unless|as\s+(?:part|a\s+condition|well)|because|after"
                    r"|for\s+the\s+(?:rest|duration|length|remainder|term)\s+of)\b|\s*$))" + BAR_TAIL),
    # An order or ban that names what it bars: "entered an order barring Lee from contacting the victims", "issued an order
    # forbidding her from working with children", "extended the ban on Lee owning firearms for 10 more years"
    # (a protective or no-contact order is a term of its own, with what it bars, below)
    ("ordered_bar", r"\b(?:an?|the)\s+(?:(?!protective|protection|restraining|no-contact|stay-away|criminal)[\w-]+\s+)?(?:order\s+|(?=ban\b)|injunction\s+|prohibition\s+)"
                    r"(?P<term>(?:(?:barring|prohibiting|forbidding|banning|preventing|keeping|stopping)\s+"
                    # (two defendants barred at once: "an order barring both from owning dogs", "barring the couple from")
                    r"(?:him|her|them|both|the\s+(?:couple|pair|two)|(?-i:[A-Z])[\w'\u2019-]+)\s+from|ban\s+on\s+(?:him|her|them|(?-i:[A-Z])[\w'\u2019-]+))\s+"
                    r"[a-z]+ing\b(?:\s+or\s+[a-z]+ing\b)?[^.;:\u201c\"]{0,80}?)(?=\s+(?:until|while|during|through|unless|because|after|as)\b|\s*[.;,:]|\s*$)" + BAR_TAIL),
    # A ban told as a noun with its length and what it covers: "a five-year ban on owning animals", "a 10-year ban from
    # coaching youth sports" (the thing banned ends before the clause's verb: "... animals bars her from ...")
    # ("a 10-year ban under the Criminal Code on holding any position of trust": the law it is made under, between)
    ("disqualification", rf"{_QUAL}(?P<num>{_NUM})[- ]{_UNIT1}[- ]ban(?:\s+under\s+(?:the\s+)?(?-i:[A-Z])[\w.'\u2019-]*(?:\s+(?-i:[A-Z])[\w.'\u2019-]*){{0,3}})?"
                         r"\s+(?:on|from)\s+[a-z]+ing(?:,?\s+or\s+[a-z]+ing)?"
                         r"(?:\s+(?!(?:and|or|bars?|that|which|while|until|for|was|is|will|took|takes)\b)[\w'\u2019-]+){1,4}?"
                         r"(?=\s*[,.;:]|\s*$|\s+(?:and|or|that|which|while|until|for|was|is|will|bars?|took|takes|applies|begins)\b)"),
    # ... and without a length, its own article before it: "a ban on posting online for as long as he is on probation"
    # (kept only where the court orders it, like any condition)
    ("disqualification", r"\b(?:an?\s+)ban\s+(?:on|from)\s+[a-z]+ing(?:,?\s+or\s+[a-z]+ing)?"
                         r"(?:\s+(?!(?:and|or|bars?|that|which|while|until|for|was|is|will|took|takes)\b)[\w'\u2019-]+){1,4}?"
                         r"(?=\s*[,.;:]|\s*$|\s+(?:and|or|that|which|while|until|for|was|is|will|bars?|took|takes|applies|begins)\b)"),
    # "While on supervision, he may not drive after dark ...": any bar the sentence's supervision frames (see TERM_NEEDS)
    # ("during which he may not have unsupervised contact with anyone under 18": contact is what is barred)
    # ("may not own, keep or live with any dog": the acts barred, listed; "may not come within 500 feet of the county
    # clerk's office": a distance and its place run longer)
    ("disqualification", _MAY_NOT + r"(?!be\b|have\b(?!\s+(?:any\s+|unsupervised\s+|direct\s+|further\s+)*contact\b))[a-z]+(?:,\s+[a-z]+){0,3}(?:,?\s+or\s+[a-z]+)?\s+(?:[\w'\u2019-]+\s+){0,15}?[\w'\u2019-]+"
                         r"(?=\s*[,.;:]|\s+(?:and|while|during|until|unless|without|except|for\s+the\s+(?:rest|duration|length|remainder|term)\s+of)\b)"),
    # "90 days of work release", "six months on work release": the length served that way is part of the term
    ("work_release", rf"{_DUR}\s+(?:of|on|in)\s+(?:(?:a|the)\s+)?work[- ]release(?:\s+program(?:me)?)?\b"),
    ("work_release", r"\b(?:eligible\s+for\s+)?work\s+release\b"),
    # California's "work furlough": the jail term served going out to work
    ("work_release", r"\b(?:an?\s+|the\s+)?work[- ]furlough(?:\s+program(?:me)?)?\b"),
    # Removal once the term is served: "will be deported after he completes his term", "faces deportation upon his
    # release" (a foreign national's sentence ends with it; "was deported in 2019" tells his past, no term)
    ("deportation", r"(?:(?<=\bbe\s)deported|deportation)\s+(?:to\s+(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)?\s+)?"
                    r"(?:after|once|when|upon|following|at\s+the\s+end\s+of)\s+(?:(?:he|she|they)\s+(?:completes?|serves?|finish(?:es)?)\s+|serving\s+|completing\s+)?"
                    r"(?:(?:his|her|their|any|the)\s+)?(?:(?:prison|jail)\s+)?(?:term|sentence|release|time)\b"),
    # "extended the protective order until 2034"
    ("order", r"\bextend(?:ed|s)?\s+(?:the|a|his|her|their)\s+(?P<what>(?:protective|restraining|no-contact|stay-away)\s+order)"
              r"\s+(?:until|through|to)\s+(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?\d{4}"),
    # Britain, Ireland: "will be on the sex offenders register for life", "must sign the sex offenders' register for
    # 10 years"
    # ("be listed on Ohio's sex offender registry for life": the state named by its own name)
    # ("ordered his name added to the sex offender registry for 20 years")
    ("registration", rf"(?:(?:placed\s+|put\s+|listed\s+)?on|sign(?:\s+on\s+to)?|(?<=\badded\s)to)\s+(?:the\s+(?:(?:state|national|state['\u2019]s)\s+)?|(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*)?['\u2019]s\s+)sex[- ]offenders?['\u2019]?\s+regist(?:er|ry)(?:\s+for\s+(?:(?P<life>life)|{_DUR}|an?\s+indefinite\s+period)|\s+indefinitely\b)?"),
    # "lifetime registration as a sex offender" (US): the registration named as a noun
    # (the life is the registration's length: "faces lifetime sex offender registration" is kept as the law's term)
    ("registration", r"\b(?P<life>lifetime|lifelong)\s+(?:sex[- ]offender\s+)?registration(?:\s+as\s+an?\s+sex(?:ual)?[- ](?:offender|predator))?"),
    # ("cancelled Kershaw's licence", "cancelled his driver licence": Australia's and New Zealand's word for the court's
    # revocation, and their "driver licence" without the possessive)
    # "ordered a lifetime suspension of Strunk's driver's license" (Ohio): the noun, its owner after it
    ("licence_revocation", r"\b(?:lifetime|permanent|(?-i:[a-z]+)-year)\s+(?:suspension|revocation)\s+of\s+(?:his|her|their|[A-Z][\w-]*['\u2019]s)\s+"
                           r"(?:driver['\u2019]?s?\s+|driving\s+)licen[cs]e"),
    ("licence_revocation", rf"(?:permanently\s+)?(?:(?:revok|suspend)(?:ed|e|ing)?|cancel(?:l?ed|l?ing|s)?)\s+(?:(?:his|her|their|[A-Z][\w-]*['\u2019]s)\s+)?(?:driver['\u2019]?s?\s+|driving\s+)?licen[cs]e"
                           rf"(?:\s+(?:permanently|for\s+(?:life|{_DUR})))?"),
    # "His driver's license was revoked for five years": the passive, the revocation told of the licence
    # ("ordered that his driver's license be revoked for 10 years": the order's own subjunctive, after "that")
    # ("will also be revoked": the adverb inside the verb)
    ("licence_revocation", rf"(?:driver['\u2019]?s|driving)\s+licen[cs]e\s+(?:was|is|will\s+(?:also\s+)?be|has\s+(?:also\s+)?been|(?<=\s)be(?=\s+(?:also\s+)?(?:permanently\s+)?(?:revoked|suspended)))\s+(?:also\s+)?(?:permanently\s+)?(?:revoked|suspended)"
                           rf"(?:\s+(?:permanently|for\s+(?:life|{_DUR})))?"),
    # "Lee's licence was cancelled", "her licence was revoked" (Australia, Britain): the possessor's licence, told in the
    # passive; the text starts at the licence
    ("licence_revocation", rf"(?:(?<=['\u2019]s\s)|(?<=\bhis\s)|(?<=\bher\s)|(?<=\btheir\s))(?:driver['\u2019]?s\s+|driving\s+)?licen[cs]e\s+(?:was|is|will\s+(?:also\s+)?be|has\s+(?:also\s+)?been)\s+"
                           rf"(?:also\s+)?(?:permanently\s+)?(?:revoked|suspended|cancell?ed)(?:\s+(?:permanently|for\s+(?:life|{_DUR})))?"),
    # "had his driver's license revoked for a year": the licence the subject had taken away
    ("licence_revocation", rf"(?<=\bhad\s)(?:his|her|their)\s+(?:driver['\u2019]?s\s+|driving\s+)?licen[cs]es?\s+(?:permanently\s+)?(?:revoked|suspended)"
                           rf"(?:\s+(?:permanently|for\s+(?:life|{_DUR})))?"),
    # Any other licence or privilege the court takes for a length: "suspended his boating privileges for 10 years",
    # "revoked her hunting licence for five years", "suspended Lee's privilege to operate a vessel in Florida for 10
    # years" (what the privilege allows, and where, are part of it); only with its length, which makes it a sentence
    # rather than a regulator's act or a story's aside
    ("licence_revocation", rf"(?:permanently\s+)?(?:(?:revok|suspend)(?:ed|e|ing)?|cancel(?:l?ed|l?ing|s)?)\s+(?:his|her|their|(?:(?-i:[A-Z])[\w-]*\s+)?(?-i:[A-Z])[\w-]*['\u2019]s)\s+"
                           rf"{_NOT_AN_INMATES}(?:(?!for\b)[\w'\u2019-]+\s+){{0,3}}?(?:licen[cs]es?|privileges?)"
                           rf"(?:\s+to\s+[a-z]+(?:\s+(?!for\b)[\w'\u2019-]+){{0,6}}?)?\s+(?:permanently|for\s+(?:(?P<life>life)|{_DUR}){_LENGTH_ENDS})"),
    # ... and in the passive, told of the licence: "his fishing privileges were suspended for three years"
    ("licence_revocation", rf"(?:(?<=['\u2019]s\s)|(?<=\bhis\s)|(?<=\bher\s)|(?<=\btheir\s)){_NOT_AN_INMATES}(?:(?!(?:was|were|is|are)\b)[\w'\u2019-]+\s+){{0,3}}?(?:licen[cs]es?|privileges?)"
                           rf"\s+(?:was|were|is|are|will\s+be|has\s+been|have\s+been)\s+(?:also\s+)?(?:permanently\s+)?(?:revoked|suspended|cancell?ed)"
                           rf"\s+(?:permanently|for\s+(?:(?P<life>life)|{_DUR}){_LENGTH_ENDS})"),
    # "must surrender her nursing license": a professional or driving licence given up as part of the sentence
    # "surrender his U.S. Coast Guard captain's license permanently": the issuer's name may run to four words, and
    # "permanently" says how long
    # ("to permanently surrender her child care license": how long, told before the verb, is the term's too)
    ("licence_revocation", r"(?:permanently\s+)?(?:surrender|give\s+up|hand\s+over|relinquish)\s+(?:(?:his|her|their)\s+)?(?:[\w.'\u2019-]+\s+){0,4}?licen[cs]es?\b"
                           r"(?:\s+(?:permanently|for\s+good|for\s+life)\b)?"),
    # "a lifetime driver's license suspension", "a five-year license revocation"
    ("licence_revocation", rf"(?:(?P<life>lifetime)|(?:(?!an?\s){_QUAL}(?P<num>{_NUM})[- ]{_UNIT1}))\s+(?:driver['\u2019]?s\s+|driving\s+)?licen[cs]e\s+(?:suspension|revocation)"),
    # "a 10-year revocation of his driver's license", "a lifetime suspension of her driving licence"
    ("licence_revocation", rf"(?:(?P<life>lifetime)|(?!an?\s){_QUAL}(?P<num>{_NUM})[- ]{_UNIT1})\s+(?:revocation|suspension|loss)\s+of\s+"
                           r"(?:(?:his|her|their)\s+)?(?:driver['\u2019]?s\s+|driving\s+)?licen[cs]e\b"),
    # The revocation the law attaches to the conviction: "a conviction for vehicular homicide means an automatic
    # revocation of a driver's license", "brings a mandatory suspension of his driving licence" (sentencing.py keeps it
    # where this case's conviction brings it)
    ("licence_revocation", rf"(?:automatic|mandatory)\s+(?:revocation|suspension|cancell?ation|loss)\s+of\s+(?:(?:an?|his|her|their|the)\s+)?"
                           rf"(?:driver['\u2019]?s\s+|driving\s+)licen[cs]e\b(?:\s+for\s+(?:life|{_DUR}))?"),
    # "lost his driver's license for life": the licence taken, told with its length (a licence lost with no length is no term)
    ("licence_revocation", rf"(?:lost|loses|lose|forfeit(?:ed|s)?)\s+(?:(?:his|her|their)\s+)?(?:driver['\u2019]?s\s+|driving\s+)licen[cs]e"
                           rf"\s+(?:permanently|for\s+(?:life|{_DUR}))"),
    # ("ordered him to ... continue mental health treatment": a course already under way, kept as an order)
    # ("take part in mental health treatment", "participate in substance abuse counseling": the same order)
    ("treatment", r"\b(?:undergo|attend|complete|obtain|earn|continue(?:\s+(?:with|in))?|take\s+part\s+in|participate\s+in|receive|enter)\s+(?:(?:his|her|their|an?)\s+)?"
                  # ("complete a men's behaviour change program", "undergo mental health and alcohol treatment": a
                  # possessive and two kinds joined by "and" are the course's own name)
                  r"(?:(?![\w-]*(?:year|month|week|day|hour)s?\b)[\w'\u2019-]+\s+){0,4}?"  # a course with a length is a program
                  # ("attend a victim impact panel", "complete a DUI seminar": the DUI court's usual orders)
                  r"(?:counseling|counselling|therapy|treatment|meetings|classes|courses?|GED|diploma|program|programme|panel|seminar)\b"
                  r"(?:\s+(?:program|programme|course|sessions|classes|plan))?\b"
                  # what the treatment is for stays with it: "attend treatment for her alcohol addiction", "undergo
                  # counseling for gambling problems" (the condition says which treatment), or for two ("for alcohol
                  # misuse and depression")
                  r"(?:\s+for\s+(?:(?:his|her|their|an?)\s+)?(?:[\w-]+\s+){0,2}" + _TREATED
                  + r"(?:\s+(?:and|or)\s+(?:(?:his|her|their)\s+)?(?:[\w-]+\s+){0,2}?" + _TREATED + r")?)?"
                  r"(?:\s+(?:[\w-]+\s+){0,2}?(?:times?\s+a\s+(?:week|month|day)|weekly|daily))?"),
    # A treatment named in the list of what the court ordered: "ordered electronic monitoring and sex offender treatment"
    # (after another term of the order only: "placed in a prison with vocational programs and drug treatment" is a
    # recommendation of where, no order)
    ("treatment", r"(?:(?<=\bordered\s)|(?<=\bmonitoring\sand\s)|(?<=\bservice\sand\s)|(?<=\bprobation\sand\s)|(?<=\bcurfew\sand\s))"
                  r"(?:sex[- ]offender|mental[- ]health|substance[- ]abuse|drug|alcohol|anger[- ]management)\s+"
                  r"(?:treatment|counseling|counselling)\b"),
    # "undergo a mental health evaluation", "submit to random drug testing": an assessment or test the court orders
    ("treatment", r"\b(?:undergo|submit\s+to|complete|take|obtain)\s+(?:(?:an?|the|his|her|their)\s+)?(?:[\w-]+\s+){0,3}?"
                  r"(?:evaluations?|assessments?|drug\s+(?:testing|tests|screens|screening)|testing|screenings?|judicial\s+monitoring)\b"),
    # "a 10-year firearm enhancement" (time added for a circumstance of the crime)
    ("enhancement", rf"{_QUAL}(?P<num>{_NUM})[- ]{_UNIT1}[- ](?:[\w-]+\s+){{0,2}}?enhancements?"),
    # Educational and speaking obligations, the count kept (sentencing.py reads "count"/"counted" as amount and unit):
    # "give at least 10 talks about the dangers of hazing", "make 20 presentations to students"
    # Singapore, Malaysia: "six strokes of the cane" (judicial caning, counted in strokes)
    ("caning", rf"(?P<count>{_NUM})\s+(?P<counted>strokes)\s+of\s+(?:the\s+)?(?:cane|rotan)\b"),
    # Singapore, Malaysia: "can be jailed for up to seven years, fined or caned" (the law's punishments named by their
    # verbs, no amount: each is a term, its status from the "can be" that governs the list)
    ("caning", r"(?:(?<=\bbe )|(?<=\bor )|(?<=, )|(?<=\band ))caned\b(?!\s+(?:him|her|them|by|at|in|for|the|a)\b)"),
    ("outreach", rf"\b(?:give|deliver|make|present|conduct|hold|do)\s+(?:at\s+least\s+|a\s+minimum\s+of\s+|up\s+to\s+)?(?P<count>{_NUM})\s+"
                 r"(?:[\w-]+\s+){0,2}?(?P<counted>talks|speeches|presentations|lectures|seminars|assemblies)\b"
                 r"(?:\s+(?:about|on|to|at|in)\s+[^,.;:]{1,60}?(?=[,.;:]|\s+(?:and|as|while|during|after|before)\b|$))?"),
    # "a requirement that he speak to high school athletes about drunken driving": a speaking condition with no count,
    # the condition's own noun kept with it
    ("outreach", r"\b(?:an?\s+|the\s+)?(?:requirement|condition|stipulation)\s+that\s+(?:he|she|they|(?-i:[A-Z])[\w'\u2019-]+)\s+"
                 r"(?:speak|talk|lecture|give\s+talks)\s+(?:to|at|before|with|in)\s+[^,.;:]{3,80}?(?=[,.;:]|\s+(?:and|as|while|during|after|before|or)\b|$)"),
    # "speak at five high schools", "lecture at three colleges about hazing"
    ("outreach", rf"\b(?:speak|lecture|talk|present)\s+(?:to\s+students\s+)?(?:at|in)\s+(?:at\s+least\s+)?(?P<count>{_NUM})\s+(?:[\w-]+\s+){{0,2}}?"
                 r"(?P<counted>schools|colleges|universities|events|churches|assemblies|classes|campuses)\b"),
    # "write a 1,000-word essay", "write a letter of apology", "write a research paper on the opioid crisis"
    # (one piece of writing: "must write reports" for a job is no order)
    ("outreach", rf"\bwrite\s+(?:an?\s+)(?:(?P<count>{_NUM})[- ](?P<counted>word|page)s?[- ])?(?:[\w-]+\s+){{0,2}}?"
                 r"(?:essay|paper|report|letter\s+of\s+apology|apology\s+letter)\b"),
    # "a nine-month alcohol education program", "a 52-week anger management course"
    # the order's verb stays with it: "complete a 24-week family violence program"
    ("program", rf"(?:\b(?:complete|attend|finish|undergo|enroll\s+in|enter|participate\s+in)\s+(?:an?\s+|the\s+)?)?(?P<num>{_NUM})[- ]{_UNIT1}[- ](?:(?!(?:and|or|but|\w+ed)\b)[\w'\u2019-]+\s+){{0,3}}?(?:program|programme|course|class)\b"),
    # A course a court orders for what the offender did, with no length (after the patterns with one): "an anger management program", "a theft awareness
    # class", "attend a Mothers Against Drunk Driving victim impact panel" (its subject names it a sentence's course)
    # (never one done before, "completed an anger management course before trial", nor one a length names, read above)
    ("program", r"\b(?:(?:complete|attend|finish|undergo|enroll\s+in|participate\s+in|take)\s+|(?<!ed\s)(?<!week\s)(?<!month\s)(?<!day\s)(?<!hour\s)(?<!year\s))"
                r"(?:(?<!ed\s)an?\s+|(?<!ed\s)the\s+)?(?:(?:Mothers\s+Against\s+Drunk\s+Driving|MADD)\s+)?"
                r"(?:anger[- ]management|theft[- ](?:awareness|prevention)|shoplifting[- ]prevention|victim[- ]impact|batterer['\u2019]?s?[- ]intervention"
                r"|(?:alcohol|drug|substance[- ]abuse)[- ](?:education|awareness)|defensive[- ]driving|(?:DUI|DWI|OWI|drunk[- ]driving)[- ](?:education|offender))"
                r"\s+(?:program(?:me)?|course|class|panel|school)\b"),
    # "a $10,000 restitution fine" is paid to the state, a fine; "$4,200 in fines and costs" is one sum
    # ("up to a $10,000 fine": the cap's article stays inside its qualifier)
    # "He suspended the fines on both counts", "waived the $500 fine": a fine the court set aside is no fine to pay
    ("suspended_fine", r"\b(?:suspended|stayed|waived|remitted)\s+(?:the|his|her|their|its|all|both|any)\s+(?:(?:\$[\d,]+|mandatory|minimum|court)\s+)?fines?\b"
                       r"(?:\s+on\s+(?:both|all|each|the)\s+(?:[\w-]+\s+){0,2}?(?:counts?|charges?)\b)?"),
    ("fine", rf"{_QUAL}(?:(?<=up to )an?\s+)?{_MONEY}\s+(?:in\s+)?(?:(?:criminal|federal|total|restitution)\s+)?(?:fines\s+and\s+(?:court\s+)?(?:costs|fees)|fines?)\b"),
    # ("$10,000 in special assessments under the Justice for Victims of Trafficking Act": the law that levies it)
    # (Washington's "$500 crime victim penalty assessment", levied on every felony)
    ("assessment", rf"{_QUAL}{_MONEY}\s+(?:in\s+)?(?:special\s+|court\s+|(?:crime\s+)?victim\s+(?:penalty\s+)?|penalty\s+)?assessments?\b" + _UNDER_AN_ACT),
    # ("faces two to 12 years in prison and fines of up to $5,000": the plural tells the cap per count)
    # ("a possible fine of up to $250,000", "a potential fine of": the exposure's own word stays in the term)
    # Canada's "fine in lieu of forfeiture of $612,500": a fine for proceeds that can no longer be seized
    # ("fines and fees totaling about $2,400": the sum of both, told after them)
    ("fine", rf"fines?\s+and\s+(?:court\s+)?(?:fees|costs|assessments|surcharges)\s+(?:totall?ing|of|amounting\s+to|worth)\s+{_QUAL}{_MONEY}"),
    ("fine", rf"fine\s+in\s+lieu\s+of\s+forfeiture\s+(?:of|totall?ing|in\s+the\s+amount\s+of)\s+{_QUAL}{_MONEY}"),
    ("fine", rf"(?:(?:maximum|minimum|possible|potential)\s+)?fines?\s+of\s+{_QUAL}{_MONEY}(?:\s+(?:per|a|for\s+each)\s+(?:day|count|violation|offen[cs]e)(?:\s+of\s+violation)?)?"),
    ("fine", r"(?:(?<=\bbe )|(?<=, ))fined(?=,?\s+(?:or\s+)?(?:caned|both)\b|,?\s+(?:or|and)\s+(?:jailed|imprisoned|caned)\b)"),
    # ("Jurors also fined Marcus Teague, 35, the maximum $10,000": a Texas jury's fine, the person's age told between)
    ("fine", rf"fined\s+(?:(?:him|her|them|[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)(?:,\s+\d{{1,3}},)?\s+)?(?:the\s+(?:statutory\s+)?(?:maximum|full)\s+(?:of\s+)?)?{_QUAL}{_MONEY}"),
    # the verb with its object, in an ask or an order: "asked the judge ... to fine him $5 million"
    ("fine", rf"(?<![\w-])fine\s+(?:him|her|them|(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)?)\s+{_QUAL}{_MONEY}"),
    # "reduced the fine to $40,000 from $150,000": the amount the court now sets
    ("fine", rf"(?:reduc|cut|lower|rais|increas)\w*\s+(?:the|his|her|their|its)\s+fine\s+to\s+{_MONEY}"),
    # ("a fine in the amount of $5,000": the court's formula for the sum)
    ("fine", rf"fines?\s+(?:totaling|totalling|amounting\s+to|in\s+the\s+(?:amount|sum)\s+of)\s+{_QUAL}{_MONEY}"),
    # A sum ordered paid to a named cause rather than as a fine or restitution: "pay $20,000 to the Coastal Wildlife Fund",
    # "donate $5,000 to a local animal shelter", "a $15,000 contribution to the victim compensation fund"
    ("payment", rf"(?:(?<=\bpay\s)|(?<=\bdonate\s)|(?<=\bcontribute\s)){_QUAL}{_MONEY}\s+to\s+(?:the\s+|an?\s+)?(?!(?:him|her|them|the\s+(?:victims?|family|families|state|county|court|government|IRS))\b)"
                r"(?:[\w'\u2019-]+\s+){0,5}?(?:fund|foundation|charity|charities|shelter|program|programme|society|association|organi[sz]ation|nonprofit"
                r"|center|centre|hospital|school|trust|coalition|bank|church|league|alliance|network|institute|group)\b"),
    ("payment", rf"{_MONEY}\s+(?:charitable\s+)?(?:contribution|donation)\b"),
    ("restitution", rf"{_QUAL}(?:(?:remaining|outstanding|unpaid|additional)\s+)?{_MONEY}\s+(?:(?:he|she|they)\s+(?:still\s+)?owes?\s+)?(?:in\s+)?"
                    r"(?:(?:victim|court-ordered|criminal|direct)\s+)?restitution(?:\s+order)?"  # "$3,870 in victim restitution"
                    # ("$1,136,482 in restitution to the Internal Revenue Service": the body repaid, by its name)
                    # (a family named by its surname keeps its noun; a sentence's period is no part of the name)
                    r"(?:\s+to\s+the\s+(?-i:[A-Z])(?:[\w'\u2019&-]|\.(?=\w))*(?:\s+(?:of\s+|and\s+|for\s+)?(?-i:[A-Z])(?:[\w'\u2019&-]|\.(?=\w))*){0,7}"
                    r"(?:\s+(?-i:family|families|estate|household))?(?![\w'\u2019-]))?"),
    # The victim's losses ordered repaid, named by what they were: "ordered to pay $9,740 in funeral costs", "pay $2,300
    # for the victim's medical bills" (restitution though the word is not used)
    ("restitution", rf"(?:(?<=\bpay\s)|(?<=\bcover\s)|(?<=\breimburse\s)){_QUAL}{_MONEY}\s+(?:in|for)\s+(?:(?:the|his|her|their)\s+)?"
                    r"(?:(?:victim|family|widow|victims)['\u2019]s?\s+)?(?:funeral|burial|medical|hospital|dental|counseling|counselling"
                    r"|therapy|repair|cleanup|clean-up|towing|relocation)\s+(?:costs|expenses|bills)\b"),
    ("reparation", rf"{_QUAL}{_MONEY}\s+(?:in\s+|of\s+(?:the\s+)?)?(?:[\w-]+\s+){{0,2}}?reparations?\b"),
    # (New Zealand's "emotional harm reparation of $1500": the harm it repairs is part of its name)
    ("reparation", rf"(?:emotional[- ]harm\s+)?reparations?\s+of\s+{_QUAL}{_MONEY}"),
    # The order named with what it requires (Australia): "a reparation order requiring Walsh to repay $1,362,418",
    # "pay back more than $1.36 million to the Commonwealth under a reparation order"
    ("reparation", rf"reparation\s+order\s+(?:requiring|directing|ordering|compelling)\s+(?:him|her|them|(?-i:[A-Z])[\w'\u2019-]+)\s+to\s+"
                   rf"(?:repay|pay(?:\s+back)?|reimburse)\s+(?:(?:the|a)\s+(?:full|total|entire)\s+)?{_QUAL}{_MONEY}"),
    ("reparation", rf"(?:repay|pay\s+back|pay)\s+{_QUAL}{_MONEY}(?:\s+to\s+(?:the\s+)?(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+){{0,3}})?"
                   r"\s+under\s+an?\s+reparation\s+order\b"),
    ("restitution", rf"(?:repay|pay\s+back|reimburse)\s+(?:(?:(?!at\s)[\w'\u2019-]+\s+){{1,3}}?)?{_QUAL}{_MONEY}"
                    r"(?!\s+(?:a|per|each)\s+(?:month|week|year)\b)"),
    # Corporate and British money orders: "$1.2 billion in criminal penalties", "£350 in costs", "€5,000 compensation"
    ("penalty", rf"{_QUAL}{_MONEY}\s+(?:in\s+)?(?:(?:criminal|civil|monetary|financial|total|federal)\s+)?penalt(?:y|ies)\b"),
    ("penalty", rf"(?:(?:criminal|civil|monetary|financial)\s+)?penalty\s+of\s+{_QUAL}{_MONEY}"),
    # "$11,300 in audit costs", "$2,500 in investigation costs": what the state spent on the case, ordered repaid
    ("costs", rf"{_QUAL}{_MONEY}\s+(?:in\s+)?(?:(?:court|legal|prosecution|trial|audit|investigation|investigative|extradition|supervision"
              r"|probation|laboratory|lab|jury|administrative|filing|attorney['\u2019]?s?)\s+)?(?:costs|fees)\b(?:\s+and\s+(?:fees|costs|assessments|charges)\b)?"),  # "in court costs and fees"
    # Britain's and Ireland's driving endorsement: "given six penalty points", "his licence endorsed with nine penalty points"
    ("penalty_points", rf"(?P<count>{_NUM})\s+(?P<counted>penalty\s+points)\b"),
    # "£400 towards the RSPCA's costs", "£620 towards prosecution costs": Britain's share of another's costs, named by whose
    ("costs", rf"{_QUAL}{_MONEY}\s+(?:in\s+)?towards?\s+(?:the\s+)?(?:(?:(?-i:[A-Z])[\w.'\u2019&-]*|prosecution|court|council)['\u2019]?s?\s+){{0,3}}(?:legal\s+|court\s+|prosecution\s+)?costs\b"),
    # New York's "$375 mandatory surcharge", "a $50 crime victim assistance surcharge", Canada's "$200 victim fine surcharge"
    ("costs", rf"{_QUAL}{_MONEY}\s+(?:(?:mandatory|state|crime|victims?|fine|assistance|DNA|court|criminal)\s+){{0,3}}surcharge\b"),
    # Britain's Proceeds of Crime Act: "made a confiscation order for £48,000", "a confiscation order of £1.2m", "a £90,000
    # confiscation order" (what the court finds the offender gained and can pay, with more prison if unpaid)
    ("confiscation", rf"\bconfiscation\s+order\s+(?:(?:for|of|worth|totall?ing|amounting\s+to)\s+){_QUAL}{_MONEY}"),
    ("confiscation", rf"{_QUAL}{_MONEY}\s+confiscation\s+order\b"),
    # ... or with its sum told elsewhere: "made a confiscation order for that amount" (never the hearing or proceedings)
    ("confiscation", r"(?<=\ba\s)confiscation\s+order\b(?!\s+(?:hearing|proceedings|application|investigation|timetable|of|for\s+[$£€\d]))"),
    # Britain's counter-terrorism register: "made subject to terrorism notification requirements for 30 years"
    ("notification_requirements", rf"\b(?:terrorism|terrorist)\s+notification\s+requirements?(?:\s+for\s+{_DUR}{_LENGTH_ENDS})?"),
    # A young murderer's life sentence in England and Wales: "sentenced to detention at His Majesty's pleasure", "to be
    # detained at Her Majesty's pleasure" (no fixed length; a minimum term is told beside it)
    ("detention_at_pleasure", r"\b(?:detention|detained)\s+(?:during|at)\s+(?:His|Her)\s+Majesty['\u2019]s\s+pleasure\b"),
    # Britain's and Ireland's bind-over: "bound over to keep the peace for 12 months", "bound to the peace for two years",
    # "bound over in the sum of £500 to keep the peace" (a promise on a sum, no conviction needed)
    # ("bound to the peace in his own bond of €500 for three years": Ireland's bond, the sum he stands to forfeit)
    ("bound_over", rf"\bbound\s+(?:over\s+)?(?:in\s+the\s+sum\s+of\s+{_MONEY}\s+)?to\s+(?:keep\s+)?the\s+peace"
                   rf"(?:\s+in\s+(?:(?:his|her|their)\s+own\s+)?(?:bond|surety|recognisance)\s+of\s+[$£€]\s?\d[\d,]*(?:\.\d+)?)?"
                   rf"(?:\s+and\s+(?:be|remain)\s+of\s+good\s+behaviou?r)?\s+for\s+{_DUR}"),
    ("bound_over", rf"\bbound\s+over(?:\s+in\s+the\s+sum\s+of\s+{_MONEY})?(?:\s+to\s+(?:keep\s+)?the\s+peace)?"),
    ("costs", rf"(?:(?:court|legal|prosecution)\s+)?costs\s+of\s+{_QUAL}{_MONEY}"),
    # "was ordered to pay costs": the prosecution's costs, their sum left unsaid
    ("costs", r"(?<=\bpay\s)(?:(?:the\s+)?(?:prosecution|prosecution['\u2019]s|court|legal)\s+)?costs\b(?!\s+of\b)(?![\w-])"),
    # Ireland: "on condition that he enter a bond to keep the peace for two years", "keep the peace and be of good
    # behaviour": the promise a suspended sentence hangs on
    # (with its length, and without: a pattern with a length is tried only where a unit word is)
    ("bound_over", rf"{_PEACE_BOND}\s+for\s+{_DUR}"),
    ("bound_over", _PEACE_BOND),
    ("costs", rf"(?:victim\s+)?surcharge\s+of\s+{_QUAL}{_MONEY}"),
    # "a $10,000 fine plus court costs", "pay the costs of prosecution": ordered, their amount left to the clerk
    # ("must also pay the victim surcharge": England's fixed sum, its amount left unsaid)
    ("costs", r"\b(?:court\s+costs|costs\s+of\s+(?:the\s+)?prosecution|(?:(?:statutory|mandatory|standard)\s+)?victim\s+(?:fine\s+)?surcharge(?!\s+of\b))\b"),
    ("compensation", rf"{_QUAL}{_MONEY}\s+(?:in\s+)?compensation\b"),
    # ("a compensation direction for the full $41,000": New South Wales's name for the order, and how much of the loss)
    ("compensation", rf"compensation\s+(?:orders?\s+|direction\s+)?(?:of|for|totall?ing|amounting\s+to|in\s+the\s+(?:amount|sum)\s+of)\s+(?:the\s+(?:full|entire|whole)\s+)?{_QUAL}{_MONEY}"),
    # "a compensation order requiring her to pay £40,000": the sum named by what the order makes her do
    ("compensation", rf"compensation\s+order\s+(?:requiring|ordering|directing|obliging)\s+(?:him|her|them|(?-i:[A-Z])[\w'\u2019-]+)\s+to\s+(?:re)?pay\s+{_QUAL}{_MONEY}"),
    # ("restitution in the amount of $40,000", "restitution amounting to $9,000": the court's formulas for the sum)
    # ("restitution orders totalling $3.4 million": one order for each victim, told by their sum)
    # ("a restitution order for the full $186,412": the whole sum the order names)
    ("restitution", rf"(?:(?:full|partial)\s+)?restitution\s+(?:order\s+(?:of|for|totall?ing|amounting\s+to|worth)(?:\s+the\s+(?:full|entire|whole))?|orders\s+(?:of|for|totall?ing|amounting\s+to|worth)|of|totaling|totalling|amounting\s+to|in\s+the\s+(?:amount|sum)\s+of)\s+{_QUAL}{_MONEY}"),
    # "restitution payments of at least $1,200 a month": an instalment is part of the order
    ("restitution", rf"restitution\s+(?:payments?|installments?|instalments?)\s+of\s+{_QUAL}{_MONEY}(?:\s+(?:a|per|each)\s+(?:week|month|year))?"),
    # "pay full restitution to the charity": ordered, its amount left to be set
    ("restitution", r"(?:(?:pay|make)\s+)?(?:full|complete)\s+restitution\b"),
    # "ordered to pay the full amount in restitution", "repay the entire sum as restitution": the wholeness told of the
    # sum, its figure left out (only after the verb that pays it: "the full amount of restitution will be set at a
    # later hearing" orders nothing yet)
    ("restitution", r"\b(?:pay|repay|make)\s+(?:back\s+)?the\s+(?:full|entire|whole|total)\s+(?:amount|sum)\s+(?:in|of|as)\s+restitution\b"
                    r"(?!\s+(?:(?:is|was|will\s+be|has\s+yet\s+to\s+be|to\s+be|still\s+to\s+be)\s+)?(?:set|determined|decided|calculated|fixed|assessed)\b)"),
    # "ordered to repay every cent in restitution": the whole loss, told by its smallest coin (without "in restitution",
    # "would pay back every dollar" is as often a defendant's promise as an order)
    ("restitution", r"\b(?:repay|pay\s+back)\s+every\s+(?:last\s+)?(?:cent|penny|dollar)\s+in\s+restitution\b"),
    # "ordered her to pay the money back in full", "repay the funds in full": the whole sum taken, told without a figure
    ("restitution", r"\b(?:repay|pay|paying|repaying|pays|repays)\s+(?:back\s+)?(?:the|all\s+(?:of\s+)?the)\s+(?:stolen\s+|missing\s+|embezzled\s+)?(?:money|funds|sum|amount)"
                    r"\s+(?:back\s+)?in\s+full\b"),
    # "restitution of the full amount", "restitution for the entire loss", "restitution in full": the same order, its
    # wholeness told after the noun
    ("restitution", r"restitution\s+(?:(?:of|for)\s+the\s+(?:full|entire|whole|total)\s+(?:amount|sum|loss(?:es)?)\b(?:\s+(?:stolen|taken|owed|lost))?|in\s+full\b)"),
    # "restitution to be determined", "restitution in an amount to be set later": ordered or asked, its sum left to a
    # later hearing
    ("restitution", r"restitution\s+(?:(?:in\s+an\s+amount|in\s+amounts|of\s+an\s+amount)\s+)?(?:still\s+)?to\s+be\s+(?:determined|set|decided|calculated|fixed|assessed)"
                    r"(?:\s+(?:later|at\s+(?:a\s+later\s+(?:date|hearing)|sentencing)))?"),
    # "reduced the restitution Lee must pay to $2 million": the amount the clause sets
    ("restitution", rf"restitution\s+(?:[\w'\u2019-]+\s+){{1,5}}?to\s+{_MONEY}"),
    # "forfeit $86,400 in cash and a 2021 pickup truck seized from ...", "forfeit $412,000 in cash, his office
    # building and a 2020 Cadillac", "forfeit $90,000 in cryptocurrency and a speedboat": the list of property runs to
    # its last item
    # ("Lee also forfeited $41,000 in cash and a pickup": the defendant's own verb, told as done)
    # ("$412,000 in drug proceeds and three handguns": a sum named by what it came from heads the list as cash does)
    ("forfeiture", rf"(?:forfeit(?:ed|s)?|forfeiture\s+of|relinquish(?:ed|es)?|g(?:ive|ave)\s+up|surrender(?:ed|s)?|hand(?:ed)?\s+over)\s+{_QUAL}{_MONEY}\s+in\s+"
                   r"(?:cash|cryptocurrency|bitcoin|digital\s+(?:currency|assets)|(?:(?:ill-gotten|illicit|illegal|criminal|fraud|drug|scheme|stolen|laundered"
                   r"|unlawful|bribe|embezzled|ransom)\s+)?(?:profits?|proceeds|gains|funds|assets|bribes|kickbacks|money))"
                   # ("$38,200 in proceeds from the sales and a pickup truck": what the money came from, up to four words,
                   # and the list goes on after it)
                   r"(?:(?:(?<=profits)|(?<=profit)|(?<=proceeds)|(?<=gains))\s+(?:from|of)\s+(?:(?:the|his|her|their|its|an?)\s+)?"
                   r"(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+(?=,|\s+and\s))?"
                   # ("... in cash and two vehicles": a counted item as well as a single one)
                   rf"(?:(?:,\s+(?:an?|the|his|her|their|{_NUMWORD})\s+(?:{_WORD}\s+){{0,5}}?{_WORD}(?=,|\s+and\s))*,?\s+and\s+(?:an?|the|his|her|their|{_NUMWORD})\s+(?!destruction\b)"
                   rf"(?:{_WORD}\s+){{0,8}}?{_WORD}{_AFTER_FORFEIT}"
                   # ("$318,000 in cash and jewelry", "$40,000 in cash and gold coins": a bare noun item, no determiner;
                   # never a verb of the sentence's next act, "and pay a fine", "and served")
                   rf"|\s+and\s+{_BARE_PROPERTY}{_AFTER_FORFEIT})"),
    # "a forfeiture money judgment of $1.1 million", "a money judgment of $95,000"
    ("forfeiture", rf"(?:forfeiture\s+(?:money\s+)?|money\s+)judge?ment\s+of\s+{_QUAL}{_MONEY}"),
    # "entered a forfeiture order of $2.1 million and 11 tractor-trailers registered to his company": the order names
    # the sum and the counted property it takes
    # ("signed an order of forfeiture covering about $2 million", "a forfeiture order totaling $80,000": the order's
    # own name either way round, and the verb that gives its sum)
    ("forfeiture", rf"(?:forfeiture\s+orders?|order\s+of\s+(?:criminal\s+)?forfeiture)\s+(?:of|for|covering|totall?ing|worth|amounting\s+to|in\s+the\s+amount\s+of)\s+{_QUAL}{_MONEY}(?:\s+in\s+cash)?"
                   # ("forfeiture orders for $48,200 in cash and a Ford Ranger ute": one item of property after the sum)
                   rf"(?:,?\s+(?:and|plus)\s+(?:{_PROPERTY_COUNT}|(?:an?|his|her|their)\s+{_NOT_A_TERM}(?![\d$£€]|\S*-(?:years?|months?|weeks?|days?|hours?)\b|(?:{_WORD}\s+){{0,3}}?orders?\b))(?:{_WORD}\s+){{0,3}}?{_WORD}{_AFTER_FORFEIT})?"),
    # "a $410,000 forfeiture judgment", "$2.3 million in forfeiture", "a $95,000 money judgment"
    ("forfeiture", rf"{_QUAL}{_MONEY}\s+(?:in\s+(?:criminal\s+)?forfeiture\b|(?:criminal\s+)?forfeiture(?:\s+money)?\s+(?:judge?ment|order)|money\s+judge?ment)"),
    # "a $185,000 forfeiture" (the amount before the noun, as in "a $40,000 fine"; never "the forfeiture count")
    ("forfeiture", rf"{_QUAL}{_MONEY}\s+(?:criminal\s+)?forfeiture\b(?!\s+(?:counts?|charges?|allegations?|hearings?|provisions?|claims?))"),
    # Courts-martial: "will lose all pay and allowances" (the forfeiture told with the everyday verb)
    ("forfeiture", r"\b(?:lose|loses|lost|losing)\s+all\s+(?:of\s+(?:his|her|their)\s+)?pay\s+and\s+allowances\b"),
    # Courts-martial: "total forfeiture of pay and allowances", "partial forfeiture of his pay": the sentence's own name
    # for taking all (or part) of the service member's pay, with no share told
    ("forfeiture", r"\b(?:total|partial)\s+forfeitures?\s+of\s+(?:all\s+)?(?:(?:his|her|their)\s+)?(?:(?:basic|base|monthly)\s+)?pay(?:\s+and\s+allowances)?\b"),
    # ... and its shorthand as an item of a court-martial's list: "a dishonorable discharge and total forfeitures"
    ("forfeiture", r"\btotal\s+forfeitures\b(?!\s+of\b)"),
    # Courts-martial: "forfeit all pay and allowances", "forfeiture of two-thirds of his pay for six months", "forfeit
    # half of Lee's pay per month for a year": the share of military pay taken, and for how long
    ("forfeiture", r"\bforfeit(?:ure\s+of|s|ed)?\s+(?:all|half|(?:one|two)-thirds|(?:one|three)-quarters?|\d{1,3}\s*(?:%|percent))\s+"
                   r"(?:of\s+)?(?:(?:his|her|their|(?-i:[A-Z])[\w-]*['\u2019]s)\s+)?(?:(?:basic|base|monthly)\s+)?pay(?:\s+and\s+allowances)?\b"
                   rf"(?:\s+(?:per|a|each)\s+month)?(?:\s+for\s+(?:{_NUM}\s+(?:months?|years?)|a\s+year))?"),
    # ("made an order forfeiting $14,600 in cash": Ireland's order names it with the participle)
    ("forfeiture", rf"(?:forfeit(?:ing)?|forfeiture\s+of|relinquish|give\s+up|surrender)\s+{_QUAL}{_MONEY}"
                   # "forfeit $2.3 million in profits", "$40,000 in illegal proceeds": the money's "in" noun says which
                   # money it is (SPEC's "forfeit $10,000 in pay")
                   r"(?:\s+(?:in|of|from)\s+(?:(?:his|her|their)\s+)?(?:pay|salary|wages|earnings|pension)"
                   r"|\s+(?:in|of)\s+(?:(?:ill-gotten|illicit|illegal|criminal|fraud|drug|scheme|stolen|laundered|unlawful|bribe|embezzled|ransom)\s+)?"
                   r"(?:profits?|proceeds|gains|funds|assets|bribes|kickbacks|commissions|fees|bonuses|cryptocurrency|bitcoin|cash)"
                   # "forfeit $8,000 in bribe money", "$3,500 in drug money": money named by what it came from
                   r"|\s+in\s+(?:[a-z][\w-]*\s+)?money\b)?"
                   # "forfeit about $90,000 seized from his bank accounts": which money it is, told by the accounts it was
                   # taken from (the list may go on: "... and a 2021 pickup truck")
                   r"(?:\s+(?:seized|taken|frozen|recovered|held)\s+(?:from|in)\s+(?:(?:his|her|their|its|the|several|two|three|four|five)\s+)?"
                   r"(?:[\w'\u2019-]+\s+){0,2}?(?:bank\s+|brokerage\s+|investment\s+)?accounts?\b)?"
                   rf"(?:\s+(?:for\s+each\s+of\s+the\s+next|(?:a|per|each)\s+month\s+for)\s+(?P<months>{_NUM})\s+months)?"
                   # "forfeit $187,000 and the store's stock of 300 rifles", "forfeit $60,000 and two trucks": the property
                   # named after the sum is forfeited with it
                   # (never another term of the list: "forfeiture of $412,300 and a fine")
                   rf"(?:(?:(?<=\d)(?<!\s\d)(?<!\s\d\d)|(?<=account)|(?<=accounts))\s+and\s+(?:(?:the|his|her|their|its|an?)\s+|{_PROPERTY_COUNT}){_NOT_A_TERM}(?:{_WORD}\s+){{0,8}}?{_WORD}{_AFTER_FORFEIT}"
                   rf"|(?<=\s(?:million|billion))\s+and\s+(?:(?:the|his|her|their|its|an?)\s+|{_PROPERTY_COUNT}){_NOT_A_TERM}(?:{_WORD}\s+){{0,8}}?{_WORD}{_AFTER_FORFEIT})?"),
    # The order itself, what it takes told after it: "The judge made a forfeiture order for his phones and laptop",
    # "The court also made forfeiture orders by consent" (Britain, New Zealand)
    ("forfeiture", r"(?<=\bmade\s)(?:an?\s+)?forfeiture\s+orders?\b"),
    # Property told by its value: "forfeit cryptocurrency worth roughly $2.1 million", "forfeit jewellery valued at
    # £45,000", "forfeit property worth more than $1 million" (what it is and what it is worth; the sum is the amount)
    ("forfeiture", rf"\b(?:forfeit|forfeits|forfeited|forfeiting|forfeiture\s+of|(?<!his\s)(?<!her\s)(?<!their\s)(?<!a\s)hand\s+over|surrender)\s+(?:(?:his|her|their|its|the|all|some)\s+)?"
                   r"(?!(?:bail|bond|right|rights|claim|claims)\b)(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*\s+(?:worth|valued\s+at|with\s+a\s+(?:total\s+)?value\s+of)\s+"
                   rf"(?:(?:roughly|approximately|around|some|over|an\s+estimated|about|nearly|almost|more\s+than|at\s+least)\s+)?{_MONEY}"),
    # Property: "forfeit the boat and the cottage", "forfeit her interest in a house" (up to the clause's end)
    # "forfeit 214 firearms agents seized", "forfeited three vehicles and two boats": property told by its count
    # ("forfeit every dollar of the bribes", "forfeit every penny he made": all of it, told by its unit)
    # (not "destruction and forfeiture of ...", read whole below)
    ("forfeiture", rf"(?:(?<!destruction\sand\s)(?:forfeit(?:ure\s+of|ing)?|(?<!his\s)(?<!her\s)(?<!their\s)(?<!a\s)hand\s+over)\s+(?:(?:his|her|their|its|the|all|any|an?|every)\s+|{_PROPERTY_COUNT})|(?<=\s)forfeited\s+{_PROPERTY_COUNT}"
                   # ("he forfeited a lakefront cabin", "she forfeited her Porsche and a condo": one piece of property by
                   # its kind; not "forfeited his right to appeal", "forfeited her bond")
                   r"|(?<=\s)forfeited\s+(?:an?|his|her|their)\s+(?=(?:[\w-]+\s+){0,2}?(?:house|home|cabin|cottage|condo|condominium|apartment"
                   r"|car|truck|boat|yacht|vehicle|motorcycle|property|land|farm|ranch|jewelry|watch|aircraft|plane|interest)\b))"
                   rf"(?:{_WORD}\s+){{0,11}}?{_WORD}"
                   # "the rifle, drone and stun gun seized from his truck": a list of property runs to its last item
                   # "... and $286,000 in cash": the last item may be a sum
                   # ("..., and approximately $184,000 seized from his accounts": a sum told roughly)
                   # ("a Lamborghini, a luxury condominium in Atlanta's Buckhead neighborhood and ...": an item that
                   # opens with its determiner may run longer, to where the list goes on)
                   # ("the Encino house, along with about $2 million in cash and securities": the sum joined by "along with";
                   # "the 71 dogs seized from his farms, along with $8,500 in cash": where the first item was seized
                   # does not end the list a sum goes on with)
                   r"(?:\s+(?:seized|taken|found|recovered)\s+(?:from|in|at|on)\s+(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+"
                   r"(?=,?\s+(?:along\s+with|as\s+well\s+as|plus)\s))?"
                   rf"(?:(?:{_LIST_ITEM}|{_PROPERTY_ITEM})*,?\s+(?:(?:and|or|along\s+with|as\s+well\s+as|plus)\s+(?:(?:approximately|roughly|around|some|over)\s+)?{_QUAL}{_MONEY}{_HELD_AS}"
                   # ("..., along with $8,500 in cash and veterinary equipment": the list may end on a bare item after the sum)
                   rf"(?:\s+and\s+(?:(?:the|his|her|their|its|an?)\s+)?{_BARE_PROPERTY})?"
                   rf"|(?:and|or)\s+{_LIST_END}))?"
                   # "a lake house in Alden, Michigan": a place's state closes the clause with it
                   r"(?:(?<=[a-z]),\s+(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?=\s*[.;]))?"
                   rf"{_AFTER_FORFEIT}"),
    # Britain and Ireland order seized goods destroyed: "the destruction of the drugs, phones and machete", "ordered the
    # destruction of the cannabis plants and growing equipment" (the list runs to its last item)
    # ("ordered the forfeiture and destruction of a set of lock-picking tools and a crowbar": both told of one list)
    ("forfeiture", r"\b(?:(?:forfeiture\s+and\s+destruction|destruction\s+and\s+forfeiture)\s+of\s+(?:the|his|her|their|an?|all(?:\s+the)?)"
                   # (a bare "destruction of a home" is more often the crime's harm: only the joint order takes "a")
                   r"|destruction\s+of\s+(?:the|his|her|their|all(?:\s+the)?))\s+(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+"
                   r"(?:,\s+(?!(?:and|or|which|who|as|after|while)\b)(?:(?:the|his|her|their|an?)\s+)?(?:[\w'\u2019-]+\s+){0,2}?[\w'\u2019-]+)*"
                   r"(?:,?\s+and\s+(?!(?:was|were|is|are|he|she|they|ordered|must|will|had|has)\b)(?:(?:the|his|her|their|an?)\s+)?(?:[\w'\u2019-]+\s+){0,2}?[\w'\u2019-]+)?"
                   r"(?=\s*[.;:,]|\s*$|\s+(?:seized|found|recovered|used|taken)\b)"),
    # Property ordered forfeit with the participle after it (Canada's and Britain's wording): "ordered the rifle and
    # spotlight forfeited to the Crown", "directed that the van be forfeited", "his two shotguns were forfeited"
    # ("ordered the $48,500 in cash and his pickup truck forfeited": a sum among the things, counted by its words)
    ("forfeiture", r"(?:(?<=ordered\s)|(?<=orders\s)|(?<=directed\s)|(?<=ordered\sthat\s)|(?<=directed\sthat\s))(?:the|his|her|their)\s+(?!(?:money|sum)\b)(?:\$?[\w'\u2019-](?:[\w'\u2019-]|[,.](?=\d))*,?\s+){0,8}?[\w'\u2019-]+"
                   r"\s+(?:(?:be|to\s+be)\s+)?forfeited(?:\s+and\s+destroyed)?(?:\s+to\s+the\s+(?:Crown|state|government|province|county|Commonwealth))?\b"),
    # ("ordered that €86,450 in cash found at his home be forfeited": a sum, with where it was found)
    ("forfeiture", rf"(?:(?<=ordered\s)|(?<=ordered\sthat\s)|(?<=directed\sthat\s)){_MONEY}(?:\s+in\s+cash)?(?:\s+(?:found|seized|recovered)\s+"
                   r"(?:at|in|from|on)\s+(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+)?\s+(?:(?:be|to\s+be)\s+)?forfeited\b"),
    ("forfeiture", r"(?:(?<=\.\s)|(?<=^)|(?<=,\s)|(?<=and\s))(?:The|His|Her|Their|the|his|her|their|(?-i:[A-Z])[\w'\u2019-]+['\u2019]s)\s+(?:[\w'\u2019-]+,?\s+){0,5}?[\w'\u2019-]+"
                   r"\s+(?:was|were|will\s+be|has\s+been|have\s+been)\s+(?:also\s+)?forfeited(?:\s+to\s+the\s+(?:Crown|state|government|province|county|Commonwealth))?\b"),
    # (property listed too long for that, or told as "it": "His house, a boat, and more than $180,000 in cash have
    # also been forfeited to the Crown", "All of it has now been forfeited to the Crown": the forfeiture as told)
    # (done, never sought: "police have applied to have the boat forfeited to the Crown" is an application)
    ("forfeiture", r"(?:(?<=\bbeen\s)|(?<=\bwas\s)|(?<=\bwere\s))forfeited\s+to\s+the\s+(?:Crown|[Ss]tate|[Gg]overnment|United\s+States|county|Commonwealth)\b"),
    # "the dismissal — the officer equivalent of a dishonorable discharge" explains a term; it is not a second one.
    # Australia's and New Zealand's outcome on the record: "discharged without conviction", "no conviction was
    # recorded", "did not record a conviction", "ordered that a conviction be recorded", "convicted and discharged",
    # "convicted and not further punished" (a finding of guilt with a conviction, or without one, is itself the sentence)
    ("discharged_without_conviction", r"\bdischarged?\s+without\s+(?:a\s+)?conviction\b(?!\s+(?:being\s+)?(?:recorded|entered)\b)"),
    ("no_conviction_recorded", r"\bno\s+convictions?\s+(?:(?:was|were|is|be|will\s+be|would\s+be|has\s+been|being|to\s+be)\s+)?(?:(?:formally|also)\s+)?recorded\b"
                               r"|\b(?:did\s+not|didn['\u2019]t|will\s+not|would\s+not|declined\s+to|refused\s+to|chose\s+not\s+to|decided\s+not\s+to|without)\s+"
                               r"(?:formally\s+)?record(?:ing)?\s+(?:a\s+)?convictions?\b"
                               r"|\bwithout\s+(?:a\s+)?convictions?\s+being\s+recorded\b"),
    ("conviction_recorded", r"(?<!\bno\s)(?<!\bany\s)\bconvictions?\s+(?:(?:was|were|be|is|will\s+be|has\s+been|to\s+be)\s+)(?:(?:formally|also)\s+)?recorded\b"
                            r"(?!\s+(?:in\s+(?:19|20)\d\d|against\s+(?:him|her|them)\s+in\b))"
                            # (the court's act, never a record counted or held: "14 recorded convictions", "his recorded
                            # convictions for theft")
                            r"|(?<!\d\s)(?<!\bprevious\s)(?<!\bprior\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bhad\s)(?<!\bhas\s)(?<!\bwith\s)(?<!\bof\s)"
                            r"(?<!\bnot\s)\brecorded\s+(?:a\s+conviction\b|convictions(?=\s+(?:on|for|against)\b))"),
    # ("will carry a criminal conviction after a magistrate said the public had a right to know": recorded, told as borne)
    ("conviction_recorded", r"\b(?:will|would|must|to)\s+carry\s+a\s+(?:criminal\s+)?conviction\b"),
    ("convicted_and_discharged", r"\bconvicted\s+and\s+discharged\b(?!\s+from\b)"),
    ("not_further_punished", r"\b(?:convicted\s+and\s+)?not\s+further\s+punished\b"),
    ("discharge", r"(?<!equivalent of a )(?<!equivalent to a )"
                  r"(?:dishono(?:u)?rabl[ey]|bad[- ]conduct|other[- ]than[- ]hono(?:u)?rabl[ey])\s+discharged?"),
    # ("asked the judge to dismiss him from the service": an officer's dismissal told with its verb)
    ("dismissal", r"dismiss(?:al|ed)?\s+(?:(?:him|her|them)\s+)?from\s+the\s+(?:service|Army|Navy|Air\s+Force|Marine\s+Corps|Coast\s+Guard|military)"),
    # Courts-martial: "received a reprimand", "was given a letter of reprimand", "a dismissal and a reprimand": the
    # punishment named as a thing received or listed with others (not "a reprimand in 2019 for ...", told as history,
    # which no verb or list gives)
    ("reprimand", r"(?:(?<=received )|(?<=receive )|(?<=receives )|(?<=given )|(?<=issued )|(?<=and )|(?<=plus )|(?<=to ))"
                  r"(?:an?\s+)?(?:(?:formal|written|official|letter\s+of)\s+)?reprimand\b(?!\s+(?:in|from)\s+(?:19|20)\d\d)"),
    ("demotion", rf"demoted\s+to\s+(?:the\s+rank\s+of\s+)?(?:an?\s+)?[\w-]+{_RANK_REST}"),
    ("demotion", rf"reduced\s+(?:[\w-]+['\u2019]s\s+)?(?:rank|in\s+rank)\s+(?:from\s+[\w-]+\s+)?to\s+[\w-]+{_RANK_REST}"),
    # Courts-martial: "reduced to the lowest enlisted rank", "reduction to private", "busted down to E-1", "reduction in
    # grade to airman basic": only a rank follows, so "sentence reduced to five years" is no demotion
    # ("reduced Lee to the lowest enlisted rank", "busted him down to private": the demoted person between verb and rank)
    ("demotion", r"(?:reduced|reduction|busted)(?:\s+(?:him|her|them|(?-i:[A-Z])[\w'\u2019-]+))?(?:\s+down)?\s+(?:in\s+(?:rank|grade|pay\s+grade)\s+)?to\s+(?:the\s+)?"
                 r"(?:lowest\s+(?:enlisted\s+)?(?:rank|grade|pay\s+grade)|(?:rank|grade|pay\s+grade)\s+of\s+[\w-]+" + _RANK_REST +
                 r"|(?:private|E-?[1-9]|seaman|airman|recruit|lance\s+corporal|corporal|specialist)" + _RANK_REST + r")\b"
                 # ("reduced him to the lowest enlisted rank, E-1": the pay grade set off by a comma names the rank)
                 r"(?:,\s+E-?[1-9]\b)?"),
    # "asked for probation with no jail time", "would ask for probation without jail": one request, its qualifier part
    # of it (ahead of the bare "no jail time", which would otherwise read as a second request)
    ("bare_kind", rf"{BARE_REQUEST}(?:an?\s+(?:sentence|term)\s+of\s+)?(?P<term>{BARE_KIND}{_WITHOUT_CUSTODY})"),
    ("no_incarceration", r"\bno[- ](?:jail|prison)(?:\s+(?:time|sentence|term))?"),
    # ("asked for no confinement at all": the courts-martial word for custody)
    ("no_incarceration", r"\bno\s+(?:incarceration|time\s+behind\s+bars|confinement\b(?!\s+orders?\b))"),
    ("no_incarceration", r"spared\s+(?:from\s+)?(?:prison|jail)(?:\s+time)?"),
    ("no_incarceration", r"(?:would\s+not|will\s+not|won['\u2019]t|wouldn['\u2019]t|not)\s+serve\s+(?:any\s+)?(?:prison|jail)\s+time"),
    # "will not spend a single day behind bars", "won't serve time behind bars"
    ("no_incarceration", r"(?:(?:would|will|does|did|is|was)\s+not|won['\u2019]t|wouldn['\u2019]t|doesn['\u2019]t|didn['\u2019]t|never)"
                         r"\s+(?:have\s+to\s+|be\s+required\s+to\s+)?(?:serve|spend|go)\s+(?:any\s+|a\s+)?(?:single\s+)?"
                         r"(?:(?:day|night|minute)\s+|time\s+|(?:prison|jail)\s+time\s+)?(?:in\s+(?:prison|jail)|behind\s+bars|to\s+(?:prison|jail))"),
    # "given credit for 300 days already served", "credit for the 19 days she has spent in jail": custody already
    # spent, counted against the term (kept only where the court gives it, see sentencing.py)
    # "credit for one day he spent in jail", "credit for the roughly 16 months he has spent in the Dane County Jail"
    # ("credit for the roughly 10 months he's spent in jail": the pronoun's auxiliary may be contracted)
    # "will be credited with the 311 days he spent in the county jail", "credit for the 14 months he has already served"
    # ("credit for the roughly two years and two months he has spent in the county jail": a length in two units)
    ("time_served_credit", rf"credit(?:ed)?\s+(?:(?:him|her|them)\s+)?(?:for|with)\s+(?:the\s+)?(?:(?:roughly|about|nearly|almost|more\s+than|some)\s+)?(?:(?P<num>{_NUM})[- ](?P<unit>days?|weeks?|months?|years?)"
                           rf"(?:\s+and\s+(?P<num2>{_NUMWORD})[- ](?P<unit2>months?|weeks?|days?))?|time)\s+"
                           # ("credit for 589 days already served in county jail": where it was served stays with it)
                           r"(?:(?:already|previously)\s+)?(?:served(?:\s+(?:in|behind)\s+(?:(?:the\s+)?(?:(?:county|city|state|federal|juvenile|youth)\s+|(?-i:[A-Z])[\w'\u2019-]*\s+){0,3})?(?:jail|custody|prison|detention|bars)\b)?|(?:in|behind)\s+(?:custody|jail|prison|detention|bars)\b|(?:(?:he|she|they|you)(?:['\u2019](?:s|ve|d))?\s+(?:(?:has|had|have)\s+)?(?:already\s+)?)?(?:spent|served)"
                           r"(?:\s+(?:in\s+|behind\s+)?(?:(?:the\s+)?(?:(?:county|city|state|federal|juvenile|youth)\s+|(?-i:[A-Z])[\w'\u2019-]*\s+){0,3})?(?:jail|custody|prison|detention|bars))?)"),
    # Canada and Australia count custody before sentence: "14 months of credit for pre-sentence custody", "gave him 300
    # days' credit for time spent in pretrial custody", "declared 412 days already served in pre-sentence detention"
    ("time_served_credit", rf"(?P<num>{_NUM})[- ](?P<unit>days?|weeks?|months?|years?)(?:['\u2019]|\s+of)?\s+(?:enhanced\s+)?credit\s+(?:for|towards?|against)\s+"
                           r"(?:(?:the\s+)?time\s+(?:(?:already\s+)?(?:spent|served)\s+)?(?:in\s+)?)?(?:pre-?sentence|pre-?trial|remand|presentence|pretrial)?\s*(?:custody|detention|jail|time\s+served)\b"),
    # "credit for 263 days of time served": the days counted, named as time served
    ("time_served_credit", rf"credit\s+for\s+(?:the\s+)?(?P<num>{_NUM})[- ](?P<unit>days?|weeks?|months?|years?)\s+of\s+(?:time\s+(?:already\s+)?served"
                           r"|(?:pre-?sentence|pre-?trial|presentence|pretrial)\s+(?:custody|detention))\b"),
    # ("gave Lee 38 months of credit for the 25 months he has spent in custody": the credit told as a length of its own)
    # ("six months of so-called Duncan credit": Canada's extra credit for harsh pre-sentence custody, named by its case)
    ("time_served_credit", rf"(?P<num>{_NUM})[- ](?P<unit>days?|weeks?|months?|years?)(?:['\u2019]|\s+of)\s+(?:enhanced\s+|(?:so-called\s+)?(?-i:Duncan|Summers)\s+)?credit\b(?!\s+card)"),
    # "gave him credit of 474 days for the 316 days he has spent in custody" (Canada's enhanced credit, told as its total)
    ("time_served_credit", rf"credit\s+of\s+(?P<num>{_NUM})[- ](?P<unit>days?|weeks?|months?|years?)\b"),
    ("time_served_credit", rf"(?<=declared\s)(?P<num>{_NUM})[- ](?P<unit>days?|weeks?|months?)\s+(?:(?:already|previously)\s+)?(?:served|spent)\s+"
                           r"(?:in\s+)?(?:pre-?sentence|pre-?trial|remand|presentence|pretrial)\s+(?:custody|detention)"),
    # "has already spent 412 days in custody, which will count towards his sentence": the days, told as counted
    ("time_served_credit", rf"(?P<num>{_NUM})[- ](?P<unit>days?|weeks?|months?|years?)\s+(?:in\s+(?:pre-?sentence\s+|pre-?trial\s+|remand\s+)?(?:custody|detention|jail)|on\s+remand)"
                           r"(?=,?\s+(?:which|that)\s+(?:will|would|is\s+to|are\s+to)\s+(?:be\s+)?(?:count(?:ed)?|credited|deducted|taken\s+into\s+account)\b)"),
    # "sentenced to time served", not "with credit for time served" (which only counts days already spent)
    # (not "412 days in pre-sentence detention, declared as time served": custody already spent, counted toward the
    # sentence, never a sentence of time served)
    ("time_served", r"(?<!credit for )(?<!\bas )(?<!declared as )(?<!declared )(?<!counted as )(?<!treated as )(?<!reckoned as )\btime\s+served\b"
                   # "asked the judge to sentence her to time already served" (not "credited with the time already served")
                   r"|(?<=\bto )time\s+already\s+served\b"),
    # ("sentenced him to the 27 days already served": the days counted are the whole custody)
    ("time_served", rf"(?<=\bto )the\s+(?P<num>{_NUM})[- ](?P<unit>days?|weeks?|months?)\s+(?:(?:he|she|they)\s+(?:had|has|have)\s+)?already\s+(?:served|spent)(?:\s+in\s+(?:custody|jail|prison))?\b"),
    # A bare "eight-year sentence": custody unless it names another kind ("10-year term of supervised release")
    # "an 8-to-12-year sentence": an indeterminate range told as one adjective
    # (an offence word may name which count: "the two-year felony-firearm sentence", "the five-year gun sentence")
    # ("a mandatory five-year prison term": the law's floor, its qualifier kept)
    # ("three consecutive 12-year terms": how many terms stacked is part of the phrase)
    # ("three 25-year sentences, to run consecutively": a spelled count before a written length is how many terms)
    # ("the bifurcated 12-year sentence": Wisconsin's confinement and supervision as one term; Canada's "global" one)
    ("prison", rf"{_QUAL}(?:{_TERM_COUNT}(?:consecutive|concurrent|additional|separate|further|mandatory)\s+|{_COUNT_OF_TERMS}|(?:bifurcated|global|unified)\s+)?(?:{_RANGE})?(?P<num>{_NUM})[- ](?P<unit>year|month)[- ]"
               # ("a mandatory two-year consecutive term": how the count's term runs, told after its length)
               rf"(?:(?:consecutive|concurrent)\s+(?=(?:sentence|term)s?\b))?"
               rf"(?:custodial\s+|(?:felony[- ])?(?:firearms?|gun|weapons?)(?:[- ](?:specification|possession|charge))?\s+)?(?:sentence|term)s?(?!\s+of\s+[a-z])(?:\s+(?=(?:in|at|behind)\s){_CUSTODY})?{_ON_COUNT}"),
    ("prison", rf"{_QUAL}(?!an?\s)(?P<num>{_NUM})[- ](?P<unit>week|day)[- ](?:custodial\s+)?sentence(?!\s+of\s+[a-z])"),
    # Britain's and Northern Ireland's custodial sentences for dangerous offenders, each a sentence the law names, with
    # or without its length: "an extended custodial sentence", "a 10-year extended determinate sentence", "a special
    # custodial sentence for offenders of particular concern", "a 12-month detention and training order" (a youth's)
    ("prison", rf"{_QUAL}(?:(?!an?\s)(?P<num>{_NUM})[- ](?P<unit>year|month)[- ])?"
               r"(?P<named>(?:extended|indeterminate|special)\s+(?:custodial|determinate)\s+sentence"
               r"(?:\s+for\s+(?:an?\s+)?offenders?\s+of\s+particular\s+concern)?|detention\s+and\s+training\s+order"
               # ("was given a sentence for an offender of particular concern": the name without its first words)
               r"|sentence\s+for\s+(?:an?\s+)?offenders?\s+of\s+particular\s+concern"
               r"|(?:indeterminate\s+)?sentence\s+of\s+imprisonment\s+for\s+(?:public|the\s+public['\u2019]s)\s+protection)\b"
               r"(?!\s+of\s+(?:\d|[a-z]+[- ](?:years?|months?)))"),
    # A share of the sentence named by what the law makes it: "Two years of his sentence are a mandatory consecutive term",
    # "18 months of the term is a mandatory sentence" (the share and its kind together)
    ("prison", rf"(?<![\w-])(?P<num>{_NUM})[- ](?P<unit>year|month)s?\s+of\s+(?:his|her|their|the)\s+(?:total\s+)?(?:prison\s+)?(?:sentence|term)\s+"
               r"(?:is|are|was|were|will\s+be)\s+(?:an?\s+)?(?:(?:mandatory|consecutive|statutory|minimum)\s+){1,2}(?:prison\s+)?(?:term|sentence)\b"),
    # "sentenced to three years of community custody": a duration that names another kind after it is never prison
    ("prison", rf"(?:\bre-?)?sentenced\s+to\s+(?:{_RANGE})?{_DUR}(?!\s+(?:of\s+)?(?:(?:mandatory|discretionary|post-?[a-z]+|community|extended|supervised)\s+)"
               # "sentenced to 12 years on the robbery count and five years on ...": the count stays with its length
               rf"?(?:parole|supervision|custody|release|probation|control)\b){_ON_COUNT}"
               # ("sentenced to six months, to run concurrently, for breaching the order": how it runs is the term's)
               r"(?:,\s+to\s+(?:run|be\s+served)\s+(?:concurrently|consecutively)(?=\s*[,.;]))?"),
    # "An appeals court cut his sentence from 20 years to 15 years": the new term is the one after "to"
    ("prison", rf"\b(?:reduc|cut|trimm?|shorten|lower|commut|slash)\w*\s+(?:[\w'\u2019-]+\s+){{0,2}}?(?:sentence|term)\s+from\s+(?:[\w'\u2019-]+\s+){{1,4}}?to\s+"
               rf"(?P<term>(?:{_RANGE})?{_DUR})"),
    # "His sentence was reduced to eight years."
    ("prison", rf"\b(?:sentence|term)\s+(?:was\s+|is\s+|has\s+been\s+|had\s+been\s+)?(?:reduced|cut|lowered|increased|commuted)\s+to\s+"
               rf"(?P<term>(?:{_RANGE})?{_DUR})"),
    # "Prosecutors asked for 84 months", "sought 12 years": a request names the time alone, the custody understood.
    # "His lawyers argued that 41 months was enough": the request told as an argument
    ("bare_request", rf"\b(?:argu(?:ed|es|ing)|say|says|said|contend(?:s|ed)?|believe[sd]?)\s+(?:that\s+)?(?P<term>{_DUR})\s+(?:was|is|would\s+be|will\s+be)\s+(?:\w+\s+)?"
                     r"(?:enough|sufficient|adequate|appropriate|fair|reasonable|just|proportionate)\b"),
    # "His lawyers argued that probation was appropriate": a kind without a length, told as an argument
    # "told the judge that probation would be a just sentence"
    ("bare_kind", rf"\b(?:argu(?:ed|es|ing)|say|says|said|contend(?:s|ed)?|believe[sd]?|wrote|insist(?:s|ed)|maintain(?:s|ed)"
                  rf"|told\s+(?:the\s+)?(?:judge|court|jury|panel))\s+(?:that\s+)?(?P<term>{BARE_KIND})\s+(?:was|is|would\s+be|will\s+be)\s+"
                  r"(?:an?\s+)?(?:(?:more\s+than|quite|entirely|fully)\s+)?(?:enough|sufficient|adequate|appropriate|fair|reasonable|just|proportionate)\b"),
    # "asked Judge Ann Lee for the maximum: 15 years on each homicide count"
    # "sought the full 22 years": the whole of a range the deal allowed
    ("bare_request", rf"{BARE_REQUEST}(?:the\s+(?=(?:full|entire|whole)\s))?(?P<term>(?:(?:full|entire|whole)\s+)?(?:{_RANGE})?{_DUR}{_ON_COUNT})(?!\s+(?:of|behind)\b)(?!,?\s+and\s+{_NUMWORD}[- ](?:months?|weeks?|days?)\b)(?=\s*[,.;)\u2014\u2013]|\s+--\s|\s+(?:and|but|while|for|in|at|from|followed|anyway|instead|again|plus|with)\b)"),
    # "asked for the four-year minimum", "urged the 20-year maximum": the law's bound asked for, told by its length
    ("bare_request", rf"{BARE_REQUEST}(?:the\s+)?(?P<term>(?P<num>{_NUM})-(?P<unit>year|month)\s+(?:mandatory\s+)?(?:minimum|maximum)(?:\s+(?:sentence|term))?)\b"),
    # A request told as a reduced relative after the duration: "between the 17 years prosecutors had requested and the
    # five years sought by the defense", "shorter than the eight years the government wanted" (the side is read in sentencing.py)
    ("bare_request", rf"(?<=\bthe\s)(?P<term>(?:{_RANGE})?{_DUR})(?={_SIDE_REL})"),
    # the same with a kind and no number: "(and) the year of home confinement his lawyer had asked for", "the probation
    # his attorneys sought"
    ("bare_kind", rf"(?<=\bthe\s)(?P<term>(?:(?:year|month)\s+of\s+)?{BARE_KIND})(?={_SIDE_REL})"),
    # the second part of a sentence or an ask, its status the first's (sentencing.py): "18 months in prison followed by
    # home confinement", "four years followed by residential drug treatment"
    # ("followed by a period of home confinement": the period is part of the term's wording)
    ("bare_kind", rf"\bfollowed\s+by\s+(?P<term>(?:an?\s+(?:period|term)\s+of\s+)?{BARE_KIND})"),
    # "asked for two years in prison, followed by supervised release": the federal supervision after custody, its
    # length left to the court
    ("supervised_release", r"\bfollowed\s+by\s+(?:an?\s+(?:period|term)\s+of\s+)?(?P<term>(?:supervised|post-?release)\s+(?:release|supervision))\b"
                           r"(?!\s+(?:officers?|violations?|hearings?|terms?|of|for)\b)"),
    ("treatment", r"\bfollowed\s+by\s+(?:an?\s+)?(?P<term>(?:(?:residential|inpatient|outpatient|in-patient)\s+)(?:[\w-]+\s+){0,2}?"
                  r"(?:treatment|rehab(?:ilitation)?)(?:\s+(?:program|programme|facility|center|centre))?)\b"),
    # An ask pinned to the floor of an advisory range named after it: "recommend a sentence at the low end of the
    # guidelines, which both sides put at 57 to 71 months" (sentencing.py reads the floor as the amount asked)
    ("bare_request", rf"\b(?:(?:low(?:er)?|bottom)\s+end|bottom)\s+of\s+[^.;:]{{0,80}}?\b(?:at|of|from|for|between|was|is|were|are|,)\s+"
                     rf"(?P<term>(?:{_RANGE}){_DUR})(?=\s*[,.;)]|\s+(?:and|but)\b)"),
    # A law's cap told per count without its kind, the custody understood: "Each of the other counts carries up to 10
    # years", "is punishable by as much as five years", "faces a maximum of 20 years"
    # "faces a mandatory minimum of 15 years and up to 30": the floor's conjunct is the cap, told the same bare way
    ("bare_maximum", rf"\b(?:carr(?:y|ies|ied|ying)|punishable\s+by|fac(?:e|es|ed|ing))\s+(?:[^.;:]{{0,60}}?\b(?:minimum|at\s+least)\s+[^.;:]{{0,40}}?\s+and\s+)?"
                     # ("carries a statutory maximum of 40 years": the qualifier of the length names the cap)
                     rf"(?P<term>(?:(?:up\s+to|as\s+(?:much|many|long)\s+as|a\s+maximum\s+(?:(?:sentence|penalty|term)\s+)?of)\s+"
                     # ("The gun count carries a mandatory five years": the law's fixed term, its custody understood)
                     rf"|(?=(?:a|the)\s+(?:statutory|potential|possible)\s+maximum\b)|(?<=carries )(?:an?\s+)?(?=mandatory\s+(?!minimum\b))"
                     # ("Each theft count carries one to two years": the law's range for the count, its custody understood)
                     rf"|(?:(?<=carries )|(?<=carry )){_RANGE}){_DUR}(?:\s+on\s+(?:the|each)\s+(?:[\w-]+\s+){{0,4}}?(?:counts?|charges?)\b)?)(?=\s*[,.;)]|\s*$|\s+(?:each|apiece|per\s+count|and|but|if|under|for\s+(?:the|each)|when|once"
                     r"|at\s+(?:(?:his|her|their)\s+)?sentencing)\b)"),
    # (A cap told without a number, "faces decades in prison", "could spend years behind bars", is a vague span the
    # reader cannot compare with anything: no term.)
    ("prison", r"sentenced\s+to\s+(?P<life>life)\b"),
    # "The judge gave him the maximum: 99 years", "handed Ruiz the maximum -- 20 years": the length told after the
    # "maximum" it restates, its custody understood
    ("prison", rf"\b(?:gave|handed|imposed)\s+(?:(?:him|her|them|(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+){{0,2}})\s+)?"
               rf"the\s+(?:(?:statutory|full)\s+)?maximum\s*(?:[:,\u2014]|\s--)\s*(?P<term>{_DUR}(?:\s+(?:in|behind)\s+(?:prison|jail|bars))?)(?=\s*[.;,)]|\s*$)"),
    # "sentenced him Friday to life", "must serve life", "Prosecutors had asked for life": the custody understood
    # "could face life", "is punishable by life", "carries a maximum of life": the law's cap (status from the verb)
    ("prison", rf"(?:\b(?:re-?)?sentenced(?:\s+(?:him|her|them|(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+){{0,2}}))?{_VERB_ASIDE}\s+to\s+"
               r"|\b(?:will|must|to|shall|would|could|may|might)\s+(?:now\s+|also\s+)?(?:serve|spend|get|receive|face)\s+"
               # ("the judge gave him life", never "doctors gave him life")
               r"|\b(?:judge|court|justice|jury|jurors|panel)\b[^.;:]{0,60}?\bgave\s+(?:him|her|them|(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+){0,2})\s+"
               r"|\bhanded\s+(?:him|her|them|(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+){0,2})\s+|\b(?:imposed|gets|got|given|handed|received|drew|want)\s+"
               r"|\b(?:punishable\s+by|fac(?:es|ed|ing)|carr(?:y|ies|ied|ying))\s+(?:(?:a|the)\s+(?:(?:statutory|possible|potential)\s+)?maximum(?:\s+(?:sentence|penalty|term))?\s+of\s+|(?:a\s+)?(?:possible|potential)\s+)?"
               r"|\b(?:a|the)\s+(?:(?:statutory|possible|potential)\s+)?maximum(?:\s+(?:sentence|penalty|term))?\s+of\s+"
               rf"|{BARE_REQUEST})(?P<term>(?P<life>life))"
               r"(?=\s*[.;,)]|\s*$|\s+(?:for|on|and|but|if|unless|under|in\s+(?:the\s+)?(?:killing|death|murder|slaying|shooting)s?)\b|\s+in\s+(?:[\w.]+\s+){0,4}?court\b)"),
    # A kind named without its length: "sentenced to probation", "placed on house arrest", "sought probation",
    # "ordered to pay restitution". The kind word is the term; a length told elsewhere joins it (sentencing.py).
    ("bare_kind", rf"\b(?:(?:re-?)?sentenc(?:e|ed|ing)|gave|given|handed|received|receives|got|gets|placed|put)\s+{_WHOM}"
                  rf"(?:(?:to|on)\s+)?(?:an?\s+(?:sentence|term)\s+of\s+)?(?P<term>{BARE_KIND}{_ALONE})"),
    ("bare_kind", rf"{BARE_REQUEST}(?:an?\s+(?:sentence|term)\s+of\s+)?(?P<term>{BARE_KIND}{_ALONE})"),
    # The kind told as where he will be next: "After prison, he'll be on community supervision", "she will then be on
    # house arrest" (what follows the custody, told without its length)
    # ("will be on probation for the three suspended years": a span told its own way, left to the patterns with lengths)
    ("bare_kind", rf"\b(?:will|['\u2019]ll|must)\s+(?:also\s+|then\s+){{0,2}}be\s+on\s+(?P<term>{BARE_KIND})(?!\s+(?:for|until)\b)"),
    # ... or as how a part of the sentence is served: "The first 12 months are to be served under house arrest", "will
    # spend a year under house arrest", "The first year is house arrest" (Canada's conditional sentences)
    # (never the manner a sentence's own phrase tells: "a conditional sentence of two years less a day served under
    # house arrest" is that one sentence)
    ("bare_kind", rf"\b(?:(?:is|are|will\s+be)\s+(?:to\s+be\s+)?served|spend|spends|spent)\s+(?:(?:an?|the|one|his|her|their|first|next|last|final)\s+)?(?:[\w-]+\s+){{0,2}}?under\s+"
                  rf"(?P<term>(?:strict\s+)?(?P<what>house\s+arrest|home\s+(?:confinement|detention)))\b"),
    ("bare_kind", rf"\b(?-i:The)\s+(?:first|second|next|last|final)\s+(?:year|{_NUM}\s+months)\s+(?:is|will\s+be)\s+"
                  rf"(?P<term>(?:strict\s+)?(?P<what>house\s+arrest|home\s+(?:confinement|detention)))\b"),
    # ... or as under it: "For the first 12 months he will be under house arrest", "must remain under house arrest"
    ("bare_kind", rf"\b(?:will|['\u2019]ll|must)\s+(?:also\s+|then\s+){{0,2}}(?:be|remain|stay)\s+under\s+(?P<term>{BARE_KIND})(?!\s+(?:for|until)\b)"),
    # A headline-style paragraph that opens with the kind and names who gets it: "Probation, not prison, for a teacher who ...",
    # "House arrest for the former mayor" (its status is read in sentencing.py)
    ("bare_kind", rf"(?:(?<=\n)|(?<=\u2014 )|(?<=-- ))(?P<term>{BARE_KIND})(?=(?:,\s+not\s+(?:prison|jail),)?\s+for\s+(?:an?|the)\s+[^.;:]{{1,80}}?\s+who\b)"),
    # An unquantified order at the end of a list of orders: "ordered him to forfeit $9,000 and pay a $5,000 fine, along
    # with restitution to the Internal Revenue Service" (the payee an agency or business names, which is all the order
    # says; the status is the list's verb's)
    ("bare_kind", r"\b(?:along\s+with|as\s+well\s+as|plus)\s+(?P<term>(?:full\s+)?(?P<what>restitution)"
                  r"(?:\s+to\s+(?:the\s+)?(?-i:[A-Z])[\w.'\u2019&-]*(?:\s+(?:of\s+|and\s+|for\s+)?(?-i:[A-Z])[\w.'\u2019&-]*){0,5})?)"
                  r"(?!\s+(?:officers?|department|office|agents?|hearings?|of|totaling|totalling|orders?|amount)\b)"),
    # ("will also have to pay restitution": the order told as what he has to do)
    ("bare_kind", rf"(?:\b(?:order(?:ed|s|ing)?\s+{_WHOM}to|must|will|would|shall|agreed\s+to)\s+(?:also\s+)?(?:have\s+to\s+)?|\b(?:has|have)\s+(?:also\s+)?to\s+|(?<=\band\s))(?:pay|make|perform|complete|do|serve)\s+"
                  rf"(?P<term>{BARE_KIND})"),
    # A bare duration in a sentencing clause: "sentenced Haines to 35 years for the robbery", "... to 4 to 12
    # years in prison on one count and 1 1/3 to 4 years for the other". Only the duration is the term's text.
    # A bare duration keeps the count it is for ("six months on the theft count"): alone, "six months" says too little.
    ("prison", rf"sentenced\s+(?:him|her|them|[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){{0,2}}(?:,\s+\d{{1,3}},{_HOMETOWN})?)\s+to\s+(?P<term>(?:{_RANGE})?{_DUR}{_ON_COUNT})(?=\s+(?:for|on)\s|{_COUNT_ENDS})"),
    # "... and the mandatory five years on the firearm count": a stacked count keeps how it runs
    # ("guidelines called for 135 to 168 months on the drug count": a range after "for" is read whole, never from its "to")
    # ("structured the sentence as 10 years on the fraud counts": a total broken down "as" its counts' parts; not the
    # cap's "as much as")
    # ("..., to be followed by four years on the assault count": the next count's part, run after the first)
    ("prison", rf"(?:(?<=\bto )(?<!\d to )|(?<=\band )|(?<=\bplus )|(?<=\bfollowed by )|(?<=\bincludes )|(?<=\bincluding )|(?<=\bfor )(?={_RANGE})"
               rf"|(?<=\bas )(?<!much as )(?<!many as )(?<!long as )(?<!little as )(?<!few as )(?<!such as ))(?:(?:the|an?)\s+)?(?P<term>(?:(?:mandatory|consecutive|concurrent|additional)\s+)?(?:{_RANGE})?{_DUR}{_ON_COUNT}{_TO_RUN})(?=\s+(?:for|on)\s+(?:the|each|his|her|a|an|[a-z]+ing)\s|{_COUNT_ENDS})"),
    # One jailing verb for two people, each with a length: "jailed Brightwater for five years and Hona for four years"
    # (the second's; the first is read by the verb's own pattern)
    ("prison", rf"\b(?:jailed|imprisoned|locked\s+up)\s+(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)?\s+for\s+[^.;]{{1,60}}?"
               rf"\s+and\s+(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)?\s+for\s+(?P<term>{_DUR})"),
    # The sum of a total's parts told after them: "..., to be followed by four years on the assault count, for a total of
    # 23 years" (its custody understood; its status the clause's)
    ("prison", rf",\s+(?:for|making(?:\s+it)?|or)\s+(?P<term>a\s+(?:total|combined(?:\s+total)?)\s+of\s+{_DUR})(?=\s*[.;,)]|\s*$|\s+(?:in\s+(?:prison|jail)|behind\s+bars)\b)"),
    # "He received five years." (not the talk of "he got eleven months")
    # ("received not less than one nor more than five years for child neglect": an indeterminate range told bare)
    ("gave_count", rf"\b(?:received|receives|given)\s+(?P<term>(?:{_RANGE})?{_DUR}{_TO_RUN_CLOSING})(?=\s*[.;,)]|\s*$|\s+(?:and|but|for|on|with)\b)"),
    # A bulleted item under a lead-in that gives it ("Roe received:" then "- 11 years for armed robbery"): the length
    # opens the item (sentencing.py reads the lead-in's verb as the item's own)
    ("gave_count", rf"(?m:^)[ \t]*[-\u2022*\u25aa\u2013]\s+(?P<term>(?:{_RANGE})?{_DUR})(?=\s*[.;,)]|\s*$|\s+(?:and|but|for|on|with)\b)"),
    # "Dawson, 31, of Armley, received four years at Leeds Crown Court": where the court sat closes the clause too
    # (a named place or a court; never "got four years at the age of 19")
    ("gave_count", rf"\b(?:received|receives|given|got|gets)\s+(?P<term>(?:{_RANGE})?{_DUR})"
                   r"(?=\s+at\s+(?:(?:the|an?)\s+)?(?:(?-i:[A-Z])|(?:[\w'\u2019-]+\s+){0,3}?(?:court|hearing)\b))"),
    # Australia: "was given an effective four years", "received a total effective six years" (its qualifier kept)
    ("gave_count", rf"\b(?:received|receives|given|got|gets|handed|drew)\s+(?P<term>an?\s+(?:total\s+)?effective\s+{_DUR})"
                   r"(?=\s*[.;,)]|\s*$|\s+(?:and|but|for|on|with|at|in|behind)\b)"),
    # British and Australian reports open with the judge's act as a participle: "Jailing Dawson for four years, Judge Ann
    # Roe said ...", "Giving him four years, the judge said ..." (capitalised: the sentence's first word; the status is
    # read in sentencing.py, which wants the comma that closes the participle's clause)
    ("gave_count", rf"\b(?-i:Jailing|Imprisoning|Giving|Handing)\s+(?:him|her|them|(?!{_NUMWORD}\b)(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+){{0,2}})"
                   rf"\s+(?:for\s+|to\s+)?(?P<term>(?:{_RANGE})?{_DUR})(?=\s*[.;,)]|\s+(?:and|but|on|for|at|with)\b)"),
    # What the defendant is told he will serve: "Dawson was told he would serve four years", "the judge told him he would
    # serve six years" (the court's decision in reported speech; its status read in sentencing.py)
    ("gave_count", r"\btold\s+(?:(?:him|her|them|(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)?)\s+)?(?:that\s+)?(?:he|she|they)\s+would\s+"
                   rf"(?:(?:also|now|only|have\s+to)\s+)?serve\s+(?P<term>(?:{_RANGE})?{_DUR})(?=\s*[.;,)]|\s*$|\s+(?:and|but|for|on|with|at|before)\b)"),
    # The sentence named as the subject, its receiver between: "The sentence passed on Dawson was four years", "the term
    # handed to him was six years" (Britain's "sentence passed on"; the custody understood)
    ("gave_count", r"\b(?:sentence|term)\s+(?:passed\s+(?:on|upon)|handed\s+(?:down\s+)?to|given\s+to|imposed\s+(?:on|upon))\s+"
                   r"(?:him|her|them|(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+){0,2})\s+(?:on\s+\w+\s+)?(?:was|is)\s+"
                   rf"(?P<term>(?:{_RANGE})?{_DUR})(?=\s*[.;,)]|\s*$|\s+(?:and|but|for|on|with|in|behind)\b)"),
    # The formula a judge pronounces the sentence with: "the sentence of the court is six years, with all but two
    # suspended" (a bare length, its custody understood)
    ("gave_count", rf"\b(?i:the)\s+sentence\s+of\s+(?:the|this)\s+(?i:court)\s+(?:is|shall\s+be)\s+(?P<term>{_DUR})"),
    # Headline and lede verbs that give a length with no kind word: "Lee gets 30 months for fraud", "was handed 12 years",
    # "drew seven years", "will serve four years", "imposed six years for the manslaughter count". The custody is
    # understood; a fuller mention elsewhere in the article replaces the bare length (sentencing.py).
    # ("received 22 years in all: ...", "imposed a total of 18 years — ...": a total its parts follow)
    # ("ordering him to serve 30 months on the bank fraud count": the count a part is for stays in its text)
    # ("meaning he will serve 14 years": the modal stays in the text, so the length reads as the time to be served)
    ("gave_count", rf"\b(?:(?:gets|got|drew|draws|handed|imposed|received|to\s+(?:now\s+)?serve)\s+(?:a\s+total\s+of\s+)?|(?=(?:will|must|shall)\s+(?:now\s+)?serve\s))"
                   rf"(?P<term>(?:(?:will|must|shall)\s+(?:now\s+)?serve\s+(?:a\s+total\s+of\s+)?)?(?:{_RANGE})?{_DUR}(?:(?=\s+on\s+(?:the|each|an?|one)\s|\s+for\s+(?:each\s+of|one)\s|\s+apiece\b){_ON_COUNT})?)"
                   # ("on Tuesday", "on the fraud count"; never "serve four years on the city council")
                   r"(?=\s*[.;,)\u2014\u2013:]|\s*$|\s+(?:in\s+all|in\s+total|altogether|total)\b|\s+(?:and|but|for|with|after|in|behind)\b|\s+on\s+(?:(?-i:[A-Z])|each\b|counts?\b|(?:the|one|two|all)\s+(?:[\w-]+\s+){0,3}?(?:counts?|charges?)\b))"),
    # A count's term told as added to the others: "She added 24 months on the weapons charge" (only with the count it is for)
    ("gave_count", rf"\badded\s+(?P<term>{_DUR}(?=\s+(?:on|for)\s+(?:the|each|one|an?)\s){_ON_COUNT})(?=\s*[.;,)]|\s*$|\s+(?:and|but|to|for|with)\b|(?:(?<=count)|(?<=counts)|(?<=charge)|(?<=charges))\s+of\s)"),
    # "... and added a consecutive three years for the hit-and-run": a stacked count's term, the offence after "for"
    # (sentencing.py puts the offence's name into the text)
    # (not a step of the judge's reckoning: "added nine months for his previous convictions", "for the fact he was on bail")
    ("gave_count", rf"\badded\s+(?:an?\s+(?=(?:consecutive|concurrent|mandatory)\s))?(?P<term>(?:(?:consecutive|concurrent|mandatory)\s+)?{_DUR})(?=\s+for\s+(?!{_NUMWORD}\b)(?!{SENTENCING_FACTOR})(?:the\s+)?[a-z])"),
    # A sentence someone changed, and its new length: "commuted her prison term to 10 years", "reduced his punishment to
    # 25 years in a clemency order", "cut Lee's sentence to 18 years to life"
    ("gave_count", rf"\b(?:commut|reduc|shorten|lower|trimm?|slash|cut)\w*\s+(?:his|her|their|[A-Z][\w'\u2019-]+['\u2019]s?)\s+(?:[\w-]+\s+)?"
                   rf"(?:sentences?|terms?|punishment)\s+to\s+(?P<term>(?:{_RANGE})?{_DUR}(?:\s+to\s+life)?)"
                   r"(?=\s*[.;,)]|\s*$|\s+(?:and|but|in|on|for|with|after|by|from|under|when|making)\b)"),
    # Texas juries sentence: "The jury assessed punishment at 12 years", "set her punishment at 35 years in prison"
    ("gave_count", rf"\b(?:assess(?:ed|es|ing)?|set|sets|setting|fixed|fixes)\s+(?:(?:his|her|their|the)\s+)?punishment\s+at\s+"
                   rf"(?P<term>(?:{_RANGE})?{_DUR}(?:\s+{_CUSTODY})?)"),
    # "The judge also gave Lee two years on the burglary charge"
    # ("gave Lee, 30, 11 years on each of two counts": the age's appositive between the name and its length)
    ("gave_count", rf"\bgave\s+(?:him|her|them|[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){{0,2}}(?:,\s+\d{{1,3}},{_HOMETOWN})?)\s+(?P<term>{_DUR}(?=\s+on\s){_ON_COUNT})"),
    # "sentenced at Cork Circuit Criminal Court yesterday to two years and six months": when and where between the verb
    # and a bare length (last: any reading that names the term more fully goes first)
    ("prison", rf"(?:\bre-?)?sentenced{_WHEN_WHERE}\s+to\s+(?P<term>(?:{_RANGE})?{_DUR}{_ON_COUNT})"
               rf"(?=\s*[.;,)]|\s*$|\s+(?:and|but|after|while|as|on|for|with|at|by)\b)"),
    # A bare length after the sentence's own label, or after a name that opens a tally line of a live page or an
    # explainer: "hands down Roe's sentence: 20 years, eight to serve", "Ann Roe: 20 years, serve 8 in prison" (the line's
    # name is whose term it is, sentencing.py reads it)
    ("prison", rf"(?:\b(?:sentence|punishment)|(?<![^\n])(?:\W{{0,2}}\s*)?(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+){{1,2}})\s*:\s+"
               rf"(?P<term>(?:{_RANGE})?{_DUR})(?=\s*[.;,)]|\s*$|\s+(?:and|but|with)\b)"),
    # "The judge sentenced Lee to 15 years.", "jailed Lee for nine years", "gave him 30 months": the clause's end closes the term
    # (a number is never the object's word: "sentenced Friday to eight to 12 years" keeps the range whole)
    # ("a head sentence of nine years", "the end sentence below two years": the noun and a preposition, no object)
    ("gave_count", rf"\b(?:(?:re-?)?sentenc(?:e|ed|ing)|gave|handed|jailed|imprisoned)\s+(?:him|her|them|(?!{_NUMWORD}\b)(?!{_PREPOSITION}\b)[A-Z][\w'\u2019-]+(?:\s+(?!{_NUMWORD}\b)[A-Z][\w'\u2019-]+){{0,2}}(?:,\s+\d{{1,3}},{_HOMETOWN})?)"
                   # "jailed him for six years at the Old Bailey": where the court sat closes the clause too
                   # ("sentenced Lee to 14 months in the state case": which of two prosecutions closes it too)
                   rf"\s+(?:to\s+|for\s+)?(?:an?\s+(?=(?:concurrent|consecutive)\s))?(?P<term>(?:(?:concurrent|consecutive)\s+)?(?:{_RANGE})?{_DUR})"
                   rf"(?=\s*[.;,)]|\s*$|\s+(?:and|but|after|while|as|on|for|with|at|by)\b|\s+in\s+(?:the|that|this|a)\s+(?:[\w-]+\s+)?(?:case|prosecution|matter)\b)"),
]

# "$487,212 in restitution to the club and $61,300 to the state", "..., plus $900 to the bank": a second sum that
# shares the first one's verb and kind word, named only by its payee (read right after a money term's end); the taxes
# owed may be named beside it, a tax loss repaid to the tax office ("... to the county and $9,000 in unpaid taxes to the IRS");
# the taxes name what the second sum is, so they need no payee ("ordered to pay $80,000 in restitution to the tenants
# and $45,000 in back sales taxes": the same order's verb pays both)
# A person's title before the payee's name keeps its full stop ("to Sgt. Lena Marsh", "to Dr. Ames"): the abbreviation
# ends no sentence
_TITLES = ("Sgt", "Lt", "Dr", "Mr", "Ms", "Mrs", "Capt", "Cpl", "Det", "Col", "Maj", "Gen", "Rev", "Sen", "Rep", "Gov", "St", "Cmdr",
           "Insp", "Supt", "Prof")
_TITLE_DOT = "(?:(?:" + "|".join(rf"(?<=\b{title})" for title in _TITLES) + r")\.)?"
_NO_TITLE_BEFORE = "".join(rf"(?<!\b{title})" for title in _TITLES)
# What a sum repays: "for medical costs", "for lost wages", "for funeral expenses", "for the damage"
_LOSS_WORD = r"(?:costs|expenses|bills|wages|earnings|income|losses|damages?|repairs|treatment|care|counseling|therapy)\b"
ELLIPTIC_AMOUNT = lazy_compile(r"[^.;:$\u20ac\u00a3\u2014]{0,80}?(?:,\s*|\s+)(?:and|plus)\s+(?:another\s+|an?\s+additional\s+)?"
                             rf"(?P<term>{_MONEY}(?:\s+in\s+(?:(?:unpaid|back|owed|evaded|delinquent|overdue|federal|state|income|payroll|sales|property|withholding|employment)\s+){{0,3}}taxes"
                             rf"(?:\s+to\s+(?:(?:the|his|her|their|its)\s+|(?=[A-Z]))(?:[\w'\u2019&-]+\s+){{0,5}}?[\w'\u2019&-]+)?"
                             rf"|\s+to\s+(?:(?:the|his|her|their|its)\s+|(?=[A-Z]))(?:[\w'\u2019&-]+{_TITLE_DOT}\s+){{0,5}}?[\w'\u2019&-]+"
                             # ("... and $900 to the officer for medical costs": what the sum repays names its kind)
                             rf"(?:\s+for\s+(?:(?:his|her|their|the)\s+)?(?:[a-z][\w-]*\s+){{0,2}}?{_LOSS_WORD})?))"
                             rf"(?=\s*[,;:]|{_NO_TITLE_BEFORE}\s*\.|\s+(?:and|for|over|within|by|after|as|not|that|which)\b|\s*$)")

# "must complete a parenting program and substance abuse treatment": a second course or treatment joined to the first
# term, read right after its end (its own kind word ends it; "and a fine" or "and she may ..." is no course)
ELLIPTIC_COURSE = lazy_compile(r",?\s+and\s+(?:also\s+)?(?P<term>(?:(?:an?|the)\s+)?(?:(?!(?:he|she|they|may|must|will|pay|serve|no|not)\b)[a-z][\w-]*\s+){0,3}?"
                             r"(?:counseling|counselling|therapy|treatment|classes|courses?|programs?|programmes?))\b(?=\s*[,.;:]|\s+(?:and|for|as|at|while|during|within)\b|\s*$)")

# "seeking 12 years for Lee and eight years for Reyes", "10 years on the robbery count and five years on the weapons
# count", "20 years for murder, plus 10 years for the gun charge", "Wire fraud carries up to 20 years, and each tax count
# a maximum of five years": a later length in a list of lengths, read right after the first term's end. Its kind and
# status are the first's; what it is for (an offence, a count, another person) may stand before it. A verb or a side
# there ("and the judge imposed", "while his lawyers asked for") starts a clause of its own instead.
ELLIPTIC_DURATION = lazy_compile(
    # ("six years for impaired driving causing the death of Ray Dent, 57, and two years concurrent for ...", "eight years
    # for fraud over $5,000 and three years ...": the first count's name may hold a victim's age or a sum)
    # ("8 to 10 years for armed assault with intent to murder in the wounding of a second teenager, and 2½ to 3 years")
    r"(?:\s+(?:for|on)\s+(?:(?:[^\s.;:\u2014\d$]+|\$[\d,]+)\s+){0,12}?(?:[^\s.;:\u2014\d$,]+|\$[\d,]+)(?:,\s+\d{1,3}(?=,))?|\s+each)?"
    r"(?:,\s*(?:and|plus)?|\s+(?:and|plus))\s+(?:also\s+)?"
    r"(?P<what>(?:(?!(?:he|she|they|it|was|were|is|are|has|had|have|will|would|could|may|might|must|should|judge|court|jury|prosecutors?"
    r"|prosecution|government|state|defen[cs]e|lawyers?|attorneys?|got|gets|gave|gives|faces?|faced|sought|seeks?|wants?|asked|asks"
    r"|urged|said|says|served|spent|paid|drew|then|later|ordered|imposed|sentenced|received|with|without|in|to|but|while|or|mandatory"
    r"|from|down|up|than|since|until|after|before|over|under|about|at|by|as|for"
    # "and post-release control for up to three years": a kind word there makes the length another kind's
    r"|probation|parole|supervision|supervised|release|post-release|control|confinement|service|fines?|restitution|detention|arrest"
    r"|monitoring|licen[cs]e|ban|disqualification|registration|extension"
    r"|consecutive|concurrent|additional|further"
    # ("... and a sentence of 12 years on the weapon count": a length its own phrase names in full)
    r"|sentences?|terms?)\b)"
    r"(?![\w-]+ed\b)[^\s.;:\u2014\d$,]+\s+){0,6}?)"
    r"(?:(?:carries|carry|by)\s+)?"
    # ("and two years consecutive on the gun charge": how the added length runs, told after it)
    rf"(?P<term>(?:(?:mandatory|consecutive|concurrent|additional|further)\s+)?(?:{_RANGE})?{_DUR}(?:\s+{_CUSTODY})?(?:,?\s+(?:consecutive|concurrent)(?:ly)?\b(?!,))?{_ON_COUNT}{_TO_RUN_UNCLOSED}"
    # ("plus an additional two years to run consecutively for the assault": how the added length runs, told before its count)
    r"(?:(?<=years)\s+to\s+(?:run|be\s+served)\s+(?:concurrently|consecutively)|(?<=months)\s+to\s+(?:run|be\s+served)\s+(?:concurrently|consecutively))?)"
    rf"(?=\s*[,.;)]|\s*$|\s+(?:for|on(?!\s+(?:probation|parole|supervised|supervision|house\s+arrest|home|community|extended|electronic|licen[cs]e)\b)|each|apiece|in\s+all)\b|{_COUNT_ENDS})", re.I)

# "sentenced Lee, 50, to 10 years in prison and Reyes, 41, to six years", "ordered Lee to serve 96 months and his wife,
# Ana, to 48 months", "sentenced the father to life and the mother to 30 years": the verb left out before a second
# person and that person's own "to" and length (its kind and status the first's; whose it is, the words before it)
_SECOND_PERSON = (r"(?:(?-i:[A-Z])[\w.'\u2019-]*\s+){0,3}(?-i:[A-Z])[\w'\u2019-]+(?:,\s+\d{1,3},)?"
                  r"|(?:his|her|their|the|a)\s+(?:(?:former|longtime|estranged|adult|teenage|younger|older|elder|\d{1,3}-year-old)\s+)?"
                  r"(?:wife|husband|partner|girlfriend|boyfriend|fianc\u00e9e?|fiancee?|brother|sister|son|daughter|mother|father|stepfather"
                  r"|stepmother|uncle|aunt|cousin|nephew|niece|co-?defendants?|co-?conspirators?|accomplices?|business\s+partner)"
                  r"(?:,\s+(?:(?-i:[A-Z])[\w.'\u2019-]*\s+){0,2}(?-i:[A-Z])[\w'\u2019-]+(?:,\s+\d{1,3})?,)?")
ELLIPTIC_PERSON_TO = lazy_compile(
    r"(?:\s+(?:for|on)\s+(?:[^\s.;:\u2014\d$]+\s+){0,5}?[^\s.;:\u2014\d$,]+)?,?\s+and\s+(?:also\s+)?"
    rf"(?P<what>{_SECOND_PERSON})\s+to\s+(?:serve\s+)?"
    rf"(?P<term>(?:(?:mandatory|consecutive|concurrent)\s+)?{_DUR}(?:\s+{_CUSTODY})?{_ON_COUNT}{_TO_RUN})"
    rf"(?=\s*[,.;)]|\s*$|\s+(?:for|on(?!\s+(?:probation|parole|supervised|supervision|house\s+arrest|home|community|extended|electronic|licen[cs]e)\b)|each|apiece|in\s+all)\b|{_COUNT_ENDS})", re.I)

# "to 120 months in prison \u2014 10 years on each of eight counts, to run concurrently \u2014", "to 15 years (five years on
# each count, served consecutively)": the total's breakdown by count, set off in a dash or bracket aside right after it;
# how the counts' terms run stays with it (kind and status the total's)
ELLIPTIC_BREAKDOWN = lazy_compile(
    r"\s*(?:\u2014|\u2013|\s--|\s-(?=\s)|\(|,)\s*(?P<what>)"
    rf"(?P<term>{_DUR}(?:\s+{_CUSTODY})?(?:\s+(?:on|for)\s+each\s+(?:of\s+(?:the\s+|his\s+|her\s+|their\s+)?)?(?:[\w-]+\s+){{0,4}}?(?:counts?|charges?|convictions?|offen[cs]es?)\b|\s+each\b)"
    r"(?:,?\s+(?:to\s+(?:run|be\s+served)|running|served|that\s+will\s+run)\s+(?:concurrently|consecutively)(?:\s+with\s+each\s+other)?)?)"
    r"\s*(?:\u2014|\u2013|--|\s-(?=\s)|\)|[.;]|,\s+(?:and\s+)?(?:a|an|the|plus|followed|with|after|as|which)\b|\s*$)", re.I)

# "four years on the theft charge plus three more for the gun enhancement", "10 years for robbery and two more on the
# weapons count": a stacked count's length told as an addition, its unit and kind those of the term before it; only with
# the count or enhancement it is for, which says what the bare number is
ELLIPTIC_MORE = lazy_compile(r"(?:,\s*(?:and|plus)?|\s+(?:and|plus))\s+(?:an?\s+(?:additional|further)\s+|another\s+)?"
                           rf"(?P<term>(?!an?\b)(?P<num>{_NUM})\s+(?:more|additional|further)(?:\s+(?P<unit>years?|months?))?{_ON_COUNT}){_COUNT_ENDS}", re.I)

# "up to 10 years in prison on the theft count and up to five on the conspiracy count": a per-count cap that gives the
# number alone, its unit and custody those of the cap before it; cited from its qualifier, never a bare "five"
# ("Fraud carries up to 20 years in prison, and laundering can add up to 10 more": another count's cap told as an
# addition, its subject and verb between; "more" stays in the words cited)
ELLIPTIC_CAP = lazy_compile(r"(?:\s+(?:for|on)\s+(?:[^\s.;:\u2014\d$]+\s+){0,5}?[^\s.;:\u2014\d$,]+)?(?:,\s*(?:and|plus)?|\s+(?:and|plus))\s+"
                          r"(?:(?:[^\s.;:\u2014\d$,]+\s+){1,4}?(?:can|could|may|might|would|will)\s+(?:add|bring|carry|mean)\s+)?"
                          rf"(?P<term>(?:up\s+to|as\s+(?:much|many|long)\s+as|a\s+maximum\s+of)\s+(?P<num>{_LOW})(?:\s+more\b)?)"
                          r"(?=\s*[,.;)]|\s*$|\s+(?:for|on|each|apiece)\b)", re.I)

# "Each fraud count carries up to 20 years in prison. The bribery count carries up to 10.": the next sentence gives
# another count's cap as the number alone, its unit and custody those of the cap before it (cited from its qualifier)
ELLIPTIC_NEXT_CAP = lazy_compile(r"[^.;:\u2014\d\n]{0,80}?\b(?:counts?|charges?|offen[cs]es?)\s+(?:each\s+)?"
                                 r"(?:carr(?:y|ies)|brings?|(?:is|are)\s+punishable\s+by)\s+(?:each\s+)?"
                                 rf"(?P<term>(?:up\s+to|as\s+(?:much|many|long)\s+as|a\s+maximum\s+of)\s+(?P<num>{_LOW}))(?=\s*[.;]|\s+each\b)", re.I)

# "Prosecutors sought 22 years, and his lawyers asked for 17": a second side's request gives the number alone, its unit
# and custody those of the request before it (read right after a requested duration's end; no other number between)
# The cited words run from the asking verb ("asked for two"): the number alone would read as nothing on the page, and
# its unit and custody, taken from the ask before, are fields, not words the article wrote here (SPEC §4)
# (a decimal or thousands mark ends no number: "asked for 10.5 years in prison" is no bare "asked for 10")
_ASK_VERB = (r"(?P<ask>\b(?:asked\s+(?:the\s+(?:judge|court)\s+)?for|sought|requested|recommended|urged|wanted|argued\s+for|proposed|pushed\s+for|suggested)\s+"
             rf"(?:(?:just|only|a\s+mere)\s+)?(?P<term>(?:(?:no\s+more\s+than|not\s+more\s+than|at\s+most|up\s+to|as\s+(?:little|few)\s+as)\s+)?(?P<num>{_LOW})))(?=\s*(?:[,.](?!\d)|[;)])|\s*$|\s+(?:instead|in\s+all)\b)")
ELLIPTIC_REQUEST = lazy_compile(r"[^.;:\u2014\d]{0,120}?(?:(?:,\s*|\s+)(?:and|while|but|whereas)|;(?:\s+(?:and|while|but|whereas))?)\s+[^.;:\u2014\d]{0,60}?"
                              + _ASK_VERB, re.I)
# "Prosecutors had asked for 25 years. His attorneys asked for five.": the reply in the next sentence of the paragraph
ELLIPTIC_NEXT = lazy_compile(r"[^.;:\u2014\d\n]{0,60}?" + _ASK_VERB, re.I)

# Words a term pattern cannot match without, tested once per sentence before the costly pattern runs: every
# duration names its unit, and "X years in prison" names the custody. A cheap, exact filter (same flags).
_UNIT_WORD = lazy_compile(r"\b(?:year|month|week|day|night|hour|decade)", re.I)  # (a unit always follows a space or hyphen: not "Thursday")
_CUSTODY_WORD = lazy_compile(r"prison|jail|bars|brig|labor|labour|incarceration|imprisonment|workhouse|penitentiary|custody|juvenile|detention|correction|criminal\s+justice"
                           r"|lock-?up|halfway|offenders?['\u2019]?\s+institution|reformatory|offenders?\s+(?:system|program|facility|center|centre)|youth", re.I)
_LIFE_WORD = lazy_compile(r"life", re.I)
# A bar on any act is a term only inside a sentence that frames it as the supervision's condition; elsewhere "he
# may not return" is plain news
_SUPERVISION_FRAME = lazy_compile(r"\b(?:once|after|when|upon)\s+(?:(?:he|she|they)\s+(?:is|are|gets?|get|has\s+been|have\s+been)\s+)?"
                                # "Once released, he cannot have contact with ...": the bars that follow release
                                r"(?:released|freed|out\s+of\s+(?:prison|jail|custody)|(?:his|her|their)\s+release)\b"
                                r"|\b(?:while|during)\s+(?:(?:he|she|they)\s+(?:is|are)\s+)?(?:on\s+)?(?:(?:his|her|their)\s+)?"
                                r"(?:probation|parole|supervised\s+release|supervision)\b"
                                # ("As a condition of probation", "As part of her probation")
                                r"|\b(?:conditions?|terms?|part)\s+of\s+(?:(?:his|her|their|the)\s+(?:[\w-]+\s+)?)?(?:probation|parole|release|supervision)\b"
                                # "three years of supervised release, during which she may not ...": the bar hangs off the term
                                r"|\b(?:probation|parole|release|supervision)(?:\s+for\s+[\w-]+\s+(?:years?|months?))?,\s+(?:during|throughout|under|for\s+the\s+length\s+of"
                                r"|as\s+(?:a\s+)?conditions?\s+of)\s+which\b", re.I)
_OFFENDER_FRAME = lazy_compile(r"\bsex(?:ual)?[- ](?:offender|predator)|\bTier\s+(?:I{1,3}|[123]|one|two|three)\b|\bregistry\b", re.I)
TERM_NEEDS: list[tuple[re.Pattern[str], ...]] = [
    (_SUPERVISION_FRAME,) if pattern.startswith(_MAY_NOT) else
    (_OFFENDER_FRAME,) if pattern == _REGISTER_HOW_OFTEN else  # "must register every 90 days" only beside its designation
    () if kind in ("registration", "licence_revocation", "time_served_credit") else  # their duration is optional
    () if "(?P<unit>" in pattern and "(?P<life>" in pattern else  # a duration or "life"
    () if "(?P<named>" in pattern else  # a sentence the law names, its length optional
    (_UNIT_WORD, _CUSTODY_WORD) if pattern.startswith((_DUR, _RANGE + _DUR)) and "(?P<kw>" in pattern
    else (_UNIT_WORD,) if "(?P<unit>" in pattern
    else (_LIFE_WORD,) if "(?P<life>life)" in pattern and "|permanently" not in pattern
    else () for kind, pattern in TERM_SOURCES]


# Each kind's patterns, by their place in TERM_SOURCES: a sentence is tried only against the kinds it names (and a
# loop over all 200-odd patterns for every such sentence was a tenth of an article's extraction)
TERM_INDICES_BY_KIND: dict[str, tuple[int, ...]] = {
    kind: tuple(i for i, (k, _) in enumerate(TERM_SOURCES) if k == kind) for kind in dict.fromkeys(k for k, _ in TERM_SOURCES)}


@functools.cache
def term_pattern(index: int) -> re.Pattern[str]:
    """TERM_SOURCES[index] compiled on first use: an article names a few kinds of punishment, and compiling all
    105 patterns (each holds the number words several times) cost about 0.12 s at import. Kept here rather than
    in `re`'s own cache, which holds 512 patterns: the per-name patterns of a few articles push these out and
    each recompile costs about 5 ms."""
    return compile_kept(TERM_SOURCES[index][1], re.I)


# The long parts the term patterns share (a length, a range, a qualifier, a number, a sum) hold no word a match
# must have ("five years" or "5 years"): swapped for a placeholder that holds none either, the rest of a pattern
# parses in a fraction of the time. (Not _CUSTODY: its "prison", "jail", ... are what a match must hold.)
_WORDLESS_PARTS = (_DUR, _RANGE, _QUAL, _NUM, _NUMWORD, _LOW, _MONEY)


@functools.cache
def term_words(index: int) -> tuple[frozenset[str], ...]:
    """What the text of any match of TERM_SOURCES[index] holds, lowercased: one word (or part of a word) of each set.

    A sentence without them is not tried against the pattern, and the pattern is not even compiled. The gate by kind
    (NEEDLES) lets a sentence that says "sentenced" through to all 30-odd prison patterns; these words stop most of
    them: the seeds compiled 110 term patterns and matched with 13, and now compile 38. The words come from the
    pattern as `re` parses it, so they cannot drift from it; a Python whose parser reads differently gets no words,
    and every pattern is simply tried."""
    source = TERM_SOURCES[index][1]
    for part in _WORDLESS_PARTS:
        source = source.replace(part, r"(?:\d)")
    try:
        return tuple(_required_words(list(regex_parser.parse(source, re.I))))
    except Exception:  # (any parser change at all: no words is always safe)
        return ()


def _required_words(items: list) -> list[frozenset[str]]:
    """For a parsed sequence, the sets of literal runs (three letters or more) a match must hold one of each of.

    A run of literal characters is required where it stands; a group or a repeat taken at least once holds what
    its insides require; an alternation requires one of its branches' words (nothing, if one branch requires
    none); optional parts, lookarounds, classes and everything else require nothing."""
    required: list[frozenset[str]] = []
    run: list[str] = []

    def end_run() -> None:
        if len(run) >= 3:
            required.append(frozenset(["".join(run).lower()]))
        run.clear()

    for op, arg in items:
        if op is regex_ops.LITERAL:
            run.append(chr(arg))
            continue
        end_run()
        if op is regex_ops.SUBPATTERN:
            required.extend(_required_words(list(arg[-1])))
        elif op in (regex_ops.MAX_REPEAT, regex_ops.MIN_REPEAT, regex_ops.POSSESSIVE_REPEAT) and arg[0] >= 1:
            required.extend(_required_words(list(arg[2])))
        elif op is regex_ops.BRANCH:
            branches = [_required_words(list(branch)) for branch in arg[1]]
            if all(branches):
                # each branch's most telling set (its shortest word the longest), any of which will do
                required.append(frozenset().union(*(max(b, key=lambda words: min(map(len, words))) for b in branches)))
    end_run()
    return required

# Words every pattern of a kind holds: a sentence without them is not tried against that kind's patterns
# (most sentences name no punishment, and the patterns are costly to try everywhere).
NEEDLES: dict[str, tuple[str, ...]] = {
    "suspended_sentence": ("suspend", "stayed", "probated", "stay of"),
    "minimum_term": ("minimum", "eligib", "parole", "serve", "punishment part"),
    "prison": ("prison", "jail", "bars", "brig", "incarcer", "imprison", "workhouse", "penitentiar", "life", "term", "sentenc", "specification", "enhancement",
               "locked", "confinement", "confined", "custody", "detention", "juvenile", "minimum", "all but", "correction", "labor", "labour", "criminal justice",
               "lockup", "lock-up", "halfway", "sent down", "put away", "caged", "detained for", "offender institution", "offenders institution", "reformatory",
               "offender system", "offender program", "offender facility", "youth", "juvenile justice",
               "suspended time", "stayed time",
               "active time", "active sentence", "active term", "active prison", "active jail", "active incarceration", "flat", "years to serve", "year to serve", "months to serve", "month to serve", "days to serve",
               # "That includes three years on the weapons count": a part of the sentence told just before
               "includes", "included",
               # "the mandatory two years for felony firearm", "gave him the maximum: 99 years"
               "mandatory", "the maximum",
               # "must serve 25 years without parole": the parole it denies says the length is custody
               "without parole", "of parole", "chance of parole"),
    "death": ("death", "execut"),
    "order": ("order", "bond", "discharge", "curfew", "requirement", "prohibition", "deferred", "ban", "diversion", "intervention", "dna", "zero",
              "imposition of", "execution of", "before judg", "withh", "retained jurisdiction",
              # (a kind named with the length attached to it: "probation, which will last three years", "house arrest
              # lasting six months", "community service of 200 hours", "five years' disqualification")
              "probation", "supervised release", "house arrest", "home detention", "home confinement", "community service",
              "disqualification", "injunction",
              # New South Wales's apprehended violence orders by their abbreviations ("a two-year ADVO")
              "avo", "advo", "apvo"),
    "good_behaviour": ("good behav", "recognizance", "security of"),
    "penalty": ("penalt",),
    "costs": ("cost", "fee", "surcharge"),
    "compensation": ("compensat",),
    "gave_count": ("gave", "sentenc", "handed", "jailed", "imprisoned", "received", "receives", "given", "gets", "got", "drew", "draws",
                   "imposed", "serve", "punishment at", "added", "commut", "reduc", "shorten", "lower", "trim", "slash", "cut",
                   # a participial lead ("Jailing Dawson for four years, ..."); a term told to him ("was told he would serve")
                   "jailing", "imprisoning", "giving", "handing", "told"),
    "bare_maximum": ("carr", "punishable", "fac", "could spend", "could get", "could receive", "risk"),
    "bare_request": ("argu", "ask", "sought", "seek", "request", "recommend", "urg", "want", "push", "press", "lobb", "enough", "sufficient", "adequate",
                     "appropriate", "reasonable", "proportionate"),
    "outreach": ("talks", "speeches", "presentations", "lectures", "seminars", "assemblies", "speak", "lecture", "talk at", "present at",
                 "write"),
    "non_parole_period": ("parole", "release order"),
    "parole_eligibility_date": ("parole",),
    "confiscation": ("confiscation",),
    "notification_requirements": ("notification",),
    "detention_at_pleasure": ("pleasure",),
    "bound_over": ("bound", "keep the peace"),
    "conditional_sentence": ("conditional",),
    "post_detention_conditions": ("conditions",),
    "community_detention": ("community detention",),
    "supervised_release": ("supervised release", "post-release", "postrelease", "post-prison", "extended supervision", "community custody",
                           "mandatory supervision", "conditional release"),
    "parole": ("parole",),
    "monitorship": ("monitor",),
    "assessment": ("assessment",),
    "probation": ("probation", "probated", "community supervision", "community control", "deferred adjudication"),
    "lifetime": ("lifetime", "lifelong", "rest of", "remainder of", "life on", "life under", "for life"),
    "dismissal": ("dismiss",),
    "reprimand": ("reprimand",),
    "home_confinement": ("confinement", "detention", "house arrest", "remain in", "remain at", "stay in", "stay at", "remain inside", "stay inside",
                         "confined to"),
    "custody_split": ("between custody", "between prison", "between jail"),
    "electronic_monitoring": ("monitor", "tether", "bracelet", "electronic"),
    "community_service": ("community", "unpaid", "public service"),
    "no_alcohol": ("no alcohol", "no drinking", "abstain", "refrain"),
    "ignition_interlock": ("interlock",),
    "community_order": ("community order",),
    "caning": ("strokes", "caned"),
    "driving_ban": ("driving", "interim"),
    "driving_retest": ("extended", "driving test", "driving retest"),
    "penalty_points": ("penalty point",),
    "disqualification": ("disqualified", "banned", "barred", "prohibit", "excluded", "may not", "must not", "shall not", "cannot", "can not", "can't",
                         "can\u2019t", "banish",
                         "to bar ", "to ban ", "to forbid", "-year ban", "-month ban",
                         "forb", "bars ", "bans ", "allowed to", "permitted to", "ban on", "ban from", "exclusion from"),
    "ordered_bar": ("never", "not", "no longer", "barring", "prohibiting", "forbidding", "banning", "preventing", "keeping", "stopping", "ban on"),
    "enhancement": ("enhancement",),
    "registration": ("sex offender", "sexual offender", "sexual predator", "sex-offender", "tier", "registry", "predatory offender", "violent predator",
                     "dangerous person", "megan",
                     "violent offender", "arson offender", "gun offender", "drug offender", "firearm offender", "firearms offender"),
    "no_contact": ("contact", "stay away", "away from", "stay-away", "protective order", "protection"),
    "work_release": ("work release", "work furlough", "work-furlough"),
    "deportation": ("deport",),
    "licence_revocation": ("licen", "privilege"),
    "time_served_credit": ("credit", "declared", "count", "deducted", "taken into account"),
    "treatment": ("counsel", "therapy", "treatment", "meetings", "classes", "course", "ged", "diploma", "program", "evaluation", "assessment",
                  "testing", "drug test", "screen", "panel", "seminar", "judicial monitoring"),
    "program": ("program", "course", "class", "panel", "school"),
    "fine": ("fine",),
    "suspended_fine": ("fine",),
    "boot_camp": ("boot camp", "shock incarceration"),
    "day_reporting": ("day reporting", "day-reporting"),
    "extended_licence": ("extended licen",),
    "licence": ("on licen", "extension period", "licence period", "license period"),
    "payment": ("$",),
    "halfway_house": ("halfway", "reentry", "re-entry", "community corrections"),
    "restitution": ("restitution", "repay", "pay back", "in full", "reimburse", "funeral", "burial", "medical", "hospital", "dental",
                    "counseling", "counselling", "therapy", "repair", "cleanup", "clean-up", "towing", "relocation"),
    "reparation": ("reparation",),
    "supervision": ("supervision",),
    "operational_period": ("operational",),
    "forfeiture": ("forfeit", "destruction", "relinquish", "give up", "surrender", "hand over", "money judgment", "pay and allowances"),
    "discharge": ("discharge",),
    "discharged_without_conviction": ("without conviction", "without a conviction"),
    "no_conviction_recorded": ("conviction",),
    "conviction_recorded": ("conviction",),
    "convicted_and_discharged": ("convicted and discharged",),
    "not_further_punished": ("further punished",),
    "demotion": ("demoted", "reduced", "reduction", "busted"),
    "no_incarceration": ("no ", "no-", "spared", "serve", "spend", "n't", "n\u2019t", "never"),
    "svo_declaration": ("serious violent", "svo"),
    "time_served": ("time served", "time already served", "already served", "already spent"),
    "bare_kind": ("probation", "house arrest", "home confinement", "home detention", "community service", "electronic monitoring",
                  "community supervision", "community control",
                  "restitution", "compensation", "curfew"),
}


def kinds_named(text: str, sentences: list[tuple[int, int]]) -> list[set[str]]:
    """For each sentence (in order, not overlapping), the kinds whose NEEDLES it holds. Each needle is looked for once
    in the whole text: a sentence at a time, the 257 needles cost a tenth of the article's extraction."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few letters ("İ") lowercase to two characters, and offsets would drift
        return [{kind for kind, needles in NEEDLES.items() if any(n in lowered_sentence for n in needles)}
                for lowered_sentence in (text[start:end].lower() for start, end in sentences)]
    starts = [start for start, _ in sentences]
    found: list[set[str]] = [set() for _ in sentences]
    for kind, needles in NEEDLES.items():
        for needle in needles:
            at = lowered.find(needle)
            while at >= 0:
                index = bisect.bisect_right(starts, at) - 1
                if index >= 0 and at + len(needle) <= sentences[index][1]:
                    found[index].add(kind)
                at = lowered.find(needle, at + 1)
    return found

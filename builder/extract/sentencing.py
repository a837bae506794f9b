"""Sentencing details: charges, sentence terms, sentencing date, judge and court (SPEC §4).

Terms are found by the phrases news uses for each kind of punishment ("14 days
in prison", "a $30,000 fine", "500 hours of community service"); the words
that govern a term in its clause give its status ("is asking for" ->
recommended, "sentenced to" -> imposed, "could face up to" -> maximum) and the
nearest actor before those words says who proposed it. Only body paragraphs
are read: captions and clutter restate or advertise, they do not report.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import Optional

from builder.extract.dates import DateMatch, find_dates, parse_number
from builder.extract.text import split_sentences
from builder.model import Charge, DateValue, Mention, Party, Sentencing, Source, Term, TermStatus

_NUMWORD = (r"(?:\d[\d,.]*(?:\s\d{1,2}/\d{1,2})?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
            r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
            r"seventy|eighty|ninety|hundred|thousand|half)")
# "two and a half", "one hundred and twenty"; "seven and 15" is a range (see _RANGE), not 22
_NUM = rf"\b{_NUMWORD}(?:[- ](?:and[- ](?!\d))?{_NUMWORD})*"
_QUAL = r"(?:(?:up to|at least|as (?:much|many|long) as|no more than|more than|nearly|about|a maximum of|a minimum of)\s+)?"
_DUR = (rf"{_QUAL}(?P<num>{_NUM})[- ](?:(?:full|additional|more|consecutive)\s+)?"
        r"(?P<unit>years?|months?|weeks?|days?|hours?)"
        # "17 years and six months' jail": one term in two units, never two terms
        rf"(?:,?\s+and\s+(?P<num2>{_NUMWORD}(?:[- ]{_NUMWORD})?)[- ](?P<unit2>months?|weeks?|days?))?(?:['\u2019]s?)?")
_MONEY = r"(?P<money>\$\s?\d[\d,]*(?:\.\d+)?(?:\s(?:million|billion|thousand))?)"
_CUSTODY = (r"(?:(?:in|of|behind|at)\s+)?(?:(?:a|the|federal|state|county|city|military)\s+)*"
            r"(?:(?:(?-i:[A-Z])[\w.'\u2019-]*|women['\u2019]s|men['\u2019]s)\s+){0,3}?"
            r"(?P<kw>prison|jail|bars|incarceration|imprisonment|workhouse|penitentiary)")
_LOW = (r"(?:\d{1,3}(?:\s\d{1,2}/\d{1,2})?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|twenty-five|thirty"
        r"|forty|fifty)")
_RANGE = rf"(?:(?:between|from)\s+{_LOW}\s+(?:and|to)|\b{_LOW}\s+to)\s+"  # "between seven and 15 years in prison"
_BARE_REQUEST = r"\b(?:argu(?:ed|es|ing)\s+for|ask(?:ed|s|ing)?\s+(?:(?:the\s+)?(?:judge|court|panel|jury)\s+|[A-Z][\w'\u2019-]+\s+)?for|s(?:ought|eeks?|eeking)|request(?:ed|s|ing)?|recommend(?:ed|s|ing)?|urg(?:ed|es|ing))\s+"
_UNIT1 = r"(?P<unit>year|month|week|day)s?"  # the unit inside "two-year", "48-month"
# "a two-year sentence, suspended for two years": the suspension keeps the term out of custody.
_SUSPENDED_FOR = rf",?\s+(?:suspended|stayed)\s+for\s+{_NUM}[- ](?:years?|months?)"
_ON_COUNT = r"(?:\s+on\s+the\s+(?:[\w-]+\s+){1,4}?(?:count|charge)\b)?"
_AFTER_FORFEIT = r"(?=\s*[,.;:]|\s+(?:which|that|who|to|as|after|because|under|when|while|and\s+(?:to|was|is|pay|serve|given|\w+ed))\b|\s*$)"

# The words a rank may run on with: "seaman recruit", "private first class", "airman basic"
_RANK_REST = r"(?:\s+(?:recruit|apprentice|basic|first|second|third|class|officer|grade|E-?\d))*"

# (kind, pattern). Earlier patterns win where two overlap, so specific forms come first.
_TERM_PATTERNS: list[tuple[str, re.Pattern[str]]] = [(kind, re.compile(p, re.I)) for kind, p in [
    # Suspended (in Minnesota "stayed") terms are not time in custody; the qualifier stays in the text.
    ("suspended_sentence", rf"{_QUAL}(?:stayed|suspended)\s+(?P<num>{_NUM})[- ]{_UNIT1}[- ](?:(?:prison|jail|custodial)\s+)?(?:sentence|term)"),
    ("suspended_sentence", rf"{_QUAL}(?P<num>{_NUM})[- ]{_UNIT1}[- ](?:(?:prison|jail|custodial)\s+)?(?:suspended|stayed)\s+"
                           r"(?:(?:prison|jail)\s+)?(?:sentence|term)"),
    ("suspended_sentence", rf"{_QUAL}(?P<num>{_NUM})[- ]{_UNIT1}[- ](?:(?:prison|jail|custodial)\s+)?(?:sentence|term){_SUSPENDED_FOR}"),
    ("suspended_sentence", rf"(?:jailed|imprisoned)\s+for\s+{_DUR}{_SUSPENDED_FOR}"),
    # "A 90-day jail term was suspended"; "a 30-year term but suspended all but 10 years of it"
    ("suspended_sentence", rf"{_QUAL}(?!an?\s)(?P<num>{_NUM})[- ]{_UNIT1}[- ](?:(?:prison|jail|custodial)\s+)?(?:sentence|term)"
                           r"(?:\s+(?:was|were|is|had\s+been)\s+(?:also\s+)?suspended\b|(?=,?\s+(?:but|with|and)\s+(?:(?:he|she|they|the\s+judge)\s+)?"
                           r"(?:suspended\s+)?all\s+but\b))"),
    # "an indeterminate term ..., suspended upon service of three years": the time to serve before the rest is suspended
    ("suspended_sentence", rf"suspended\s+(?:upon|after|on)\s+(?:the\s+)?(?:service|serving)\s+(?:of\s+)?{_DUR}"),
    ("suspended_sentence", rf"{_DUR}\s+{_CUSTODY}(?:\s+(?:term|sentence))?{_SUSPENDED_FOR}"),
    ("suspended_sentence", r"(?:stayed|suspended)\s+(?:(?:prison|jail)\s+)?sentence"),
    # "two consecutive terms of 25 years to life", "an aggregate term of 5 1/3 to 16 years", "a prison sentence of
    # eight years": the words before "of" say how the term runs, so they stay in its text.
    ("prison", rf"(?:(?!an?\s){_NUMWORD}\s+)?(?:(?:consecutive|concurrent|aggregate|total|combined|additional|further|mandatory"
               rf"|maximum|minimum|determinate|indeterminate|federal|state|prison|jail|penitentiary|custodial)\s+){{0,2}}"
               rf"(?:terms?|sentences?)\s+of\s+(?:{_RANGE})?{_DUR}(?:\s+to\s+life)?(?:\s+{_CUSTODY})?"),
    # Australia: "a non-parole period of 13 years" (the least time served before parole)
    ("non_parole_period", rf"(?:non-?parole|minimum\s+parole)\s+period\s+of\s+{_DUR}"),
    ("prison", rf"{_RANGE}{_DUR}\s+{_CUSTODY}(?:\s+(?:term|sentence))?"),
    ("prison", rf"{_QUAL}(?P<num>{_NUM})[- ](?P<unit>years?)\s+to\s+life(?:\s+in\s+(?:state\s+)?prison)?"),
    ("prison", rf"{_QUAL}(?:(?:a|the)\s+)?(?:maximum\s+(?:term|sentence|penalty)\s+of\s+)?(?P<life>life)\s+"
               r"(?:in\s+prison|imprisonment|behind\s+bars|sentence|without\s+parole)"
               r"(?:\s+without\s+(?:(?:the\s+)?(?:possibility|chance)\s+of\s+)?(?:parole|release))?"),
    ("prison", r"(?:jailed|imprisoned|locked\s+up)\s+for\s+(?P<life>life)"),
    ("prison", rf"(?:jailed|imprisoned|locked\s+up|put\s+behind\s+bars)\s+for\s+{_DUR}"),
    ("prison", rf"{_QUAL}(?P<num>{_NUM})[- ](?P<unit>year|month|week|day)[- ](?P<kw>prison|jail)\s+(?:term|sentence)"),
    ("prison", rf"{_DUR}\s+{_CUSTODY}(?:\s+(?:term|sentence))?"),
    # Courts-martial: "seven years in confinement" (not "of home confinement", a kind of its own)
    ("prison", rf"{_DUR}\s+(?:in|of)\s+(?:military\s+)?confinement"),
    # Canada: "a two-year-less-a-day conditional sentence" (served in the community)
    ("conditional_sentence", rf"{_QUAL}(?!an?\s)(?P<num>{_NUM})[- ]{_UNIT1}(?:[- ]less[- ]a[- ]day)?[- ]conditional\s+sentence"),
    ("supervised_release", rf"{_DUR}\s+of\s+supervised\s+release"),
    # Ohio: "post-release control for up to five years" (supervision after prison, under another name)
    ("supervised_release", rf"post-?release\s+(?:control|supervision)\s+(?:for|of)\s+{_DUR}"),
    ("supervised_release", rf"{_DUR}\s+of\s+post-?release\s+(?:control|supervision)"),
    ("parole", rf"\bon\s+parole\s+for\s+{_DUR}"),
    ("parole", rf"{_DUR}\s+(?:of\s+)?parole\b(?!\s+(?:eligib|hearing|board))"),
    # Corporate pleas: "operate under an independent monitor for three years"
    ("monitorship", rf"(?:independent|corporate|compliance|court-appointed|outside)\s+monitor(?:ship)?\s+for\s+{_DUR}"),
    ("probation", rf"{_DUR}\s+(?:of\s+)?(?:(?:supervised|formal|unsupervised|summary|informal|court|misdemeanor|felony)\s+)?probation(?:\s+term)?"),
    ("probation", rf"probation\s+(?:term\s+|sentence\s+)?(?:of|for)\s+{_DUR}"),
    ("home_confinement", rf"{_DUR}\s+(?:of\s+|in\s+)?(?:home\s+(?:confinement|detention)|house\s+arrest)"),
    ("electronic_monitoring", r"(?:electronic|GPS)\s+(?:monitoring|ankle\s+monitor|monitor)"),
    ("community_service", rf"{_DUR}\s+(?:of\s+)?(?:community\s+service|(?:unpaid|community)\s+work)"),
    # British courts: "a two-year community order", "banned from driving for three years"
    ("community_order", rf"{_QUAL}(?P<num>{_NUM})[- ]{_UNIT1}[- ]community\s+order"),
    ("driving_ban", rf"(?:banned|disqualified)\s+from\s+driving\s+for\s+{_DUR}"),
    ("driving_ban", rf"{_QUAL}(?P<num>{_NUM})[- ]{_UNIT1}[- ]driving\s+ban"),
    # "disqualified from acting as a company director for 10 years", "banned from keeping animals for five years"
    ("disqualification", rf"(?:disqualified|banned|barred|prohibited)\s+from\s+(?:[\w-]+\s+){{1,6}}?for\s+{_DUR}"),
    ("disqualification", r"(?:disqualified|banned|barred|prohibited)\s+(?P<life>for\s+life|permanently)\s+from\s+"
                         r"(?:[\w-]+\s+){0,7}?[\w-]+(?=\s*[,.;:]|\s+(?:and|after|because|under|as|in)\b)"),
    # Conditions without a duration: "barred from owning firearms", "register as a sex offender for life", "revoked
    # his driver's license permanently", "undergo drug counseling". Kept only where the court orders them (_CONDITIONS).
    ("disqualification", r"(?:barred|banned|prohibited)\s+(?:(?:him|her|them|[A-Z][\w'\u2019-]+)\s+)?from\s+(?:[\w-]+\s+){0,6}?[\w-]+"
                         r"(?=\s*[,.;:]|\s+(?:and|after|because|under|as|while|until|unless)\b)"),
    ("registration", rf"register\s+as\s+an?\s+sex\s+offender(?:\s+for\s+(?:life|{_DUR}))?"),
    ("licence_revocation", rf"revok(?:ed|e|ing)\s+(?:(?:his|her|their|[A-Z][\w-]*['\u2019]s)\s+)?(?:driver['\u2019]?s\s+|driving\s+)?licen[cs]e"
                           rf"(?:\s+(?:permanently|for\s+(?:life|{_DUR})))?"),
    ("treatment", r"\b(?:undergo|attend|complete|obtain|earn)\s+(?:(?:his|her|their|an?)\s+)?(?:[\w-]+\s+){0,3}?"
                  r"(?:counseling|counselling|therapy|treatment|meetings|classes|GED|diploma)\b"
                  r"(?:\s+(?:[\w-]+\s+){0,2}?(?:times?\s+a\s+(?:week|month|day)|weekly|daily))?"),
    # "a 10-year firearm enhancement" (time added for a circumstance of the crime)
    ("enhancement", rf"{_QUAL}(?P<num>{_NUM})[- ]{_UNIT1}[- ](?:[\w-]+\s+){{0,2}}?enhancements?"),
    # "a nine-month alcohol education program", "a 52-week anger management course"
    ("program", rf"(?P<num>{_NUM})[- ]{_UNIT1}[- ](?:(?!(?:and|or|but|\w+ed)\b)[\w-]+\s+){{0,3}}?(?:program|programme|course|class)\b"),
    ("fine", rf"{_MONEY}\s+(?:in\s+)?(?:(?:criminal|federal|total)\s+)?fines?\b"),
    ("assessment", rf"{_MONEY}\s+(?:special\s+|court\s+|victim\s+)?assessments?\b"),
    ("fine", rf"fine\s+of\s+{_QUAL}{_MONEY}"),
    ("fine", rf"fined\s+{_QUAL}{_MONEY}"),
    ("restitution", rf"{_MONEY}\s+(?:in\s+)?restitution"),
    ("restitution", rf"(?:(?:full|partial)\s+)?restitution\s+(?:order\s+(?:of|for)|of|totaling|totalling)\s+{_QUAL}{_MONEY}"),
    # "reduced the restitution Lee must pay to $2 million": the amount the clause sets
    ("restitution", rf"restitution\s+(?:[\w'\u2019-]+\s+){{1,5}}?to\s+{_MONEY}"),
    ("forfeiture", rf"(?:forfeit|forfeiture\s+of|relinquish|give\s+up|surrender)\s+{_QUAL}{_MONEY}"
                   r"(?:\s+(?:in|of|from)\s+(?:(?:his|her|their)\s+)?(?:pay|salary|wages|earnings|pension))?"
                   rf"(?:\s+(?:for\s+each\s+of\s+the\s+next|(?:a|per|each)\s+month\s+for)\s+(?P<months>{_NUM})\s+months)?"),
    # Property: "forfeit the boat and the cottage", "forfeit her interest in a house" (up to the clause's end)
    ("forfeiture", rf"forfeit(?:ure\s+of)?\s+(?:his|her|their|its|the|all|any)\s+(?:[^\s,.;:]+\s+){{0,11}}?[^\s,.;:]+{_AFTER_FORFEIT}"),
    # "the dismissal — the officer equivalent of a dishonorable discharge" explains a term; it is not a second one.
    ("discharge", r"(?<!equivalent of a )(?<!equivalent to a )"
                  r"(?:dishono(?:u)?rabl[ey]|bad[- ]conduct|other[- ]than[- ]hono(?:u)?rabl[ey])\s+discharged?"),
    ("dismissal", r"dismiss(?:al|ed)\s+from\s+the\s+(?:service|Army|Navy|Air\s+Force|Marine\s+Corps|Coast\s+Guard|military)"),
    ("demotion", rf"demoted\s+to\s+(?:the\s+rank\s+of\s+)?(?:an?\s+)?[\w-]+{_RANK_REST}"),
    ("demotion", rf"reduced\s+(?:[\w-]+['\u2019]s\s+)?(?:rank|in\s+rank)\s+(?:from\s+[\w-]+\s+)?to\s+[\w-]+{_RANK_REST}"),
    ("no_incarceration", r"\bno[- ](?:jail|prison)(?:\s+(?:time|sentence|term))?"),
    ("no_incarceration", r"\bno\s+(?:incarceration|time\s+behind\s+bars)"),
    ("no_incarceration", r"spared\s+(?:from\s+)?(?:prison|jail)(?:\s+time)?"),
    ("no_incarceration", r"(?:would\s+not|will\s+not|won['\u2019]t|wouldn['\u2019]t|not)\s+serve\s+(?:any\s+)?(?:prison|jail)\s+time"),
    # "will not spend a single day behind bars", "won't serve time behind bars"
    ("no_incarceration", r"(?:(?:would|will|does|did|is|was)\s+not|won['\u2019]t|wouldn['\u2019]t|doesn['\u2019]t|didn['\u2019]t|never)"
                         r"\s+(?:have\s+to\s+|be\s+required\s+to\s+)?(?:serve|spend|go)\s+(?:any\s+|a\s+)?(?:single\s+)?"
                         r"(?:(?:day|night|minute)\s+|time\s+|(?:prison|jail)\s+time\s+)?(?:in\s+(?:prison|jail)|behind\s+bars|to\s+(?:prison|jail))"),
    # "sentenced to time served", not "with credit for time served" (which only counts days already spent)
    ("time_served", r"(?<!credit for )\btime\s+served\b"),
    # A bare "eight-year sentence": custody unless it names another kind ("10-year term of supervised release")
    ("prison", rf"{_QUAL}(?P<num>{_NUM})[- ](?P<unit>year|month)[- ](?:custodial\s+)?(?:sentence|term)(?!\s+of\s+[a-z])"),
    ("prison", rf"sentenced\s+to\s+{_DUR}"),
    # "Prosecutors asked for 84 months", "sought 12 years": a request names the time alone, the custody understood.
    ("bare_request", rf"{_BARE_REQUEST}(?P<term>{_DUR})(?!\s+(?:of|behind)\b)(?=\s*[,.;)]|\s+(?:and|but|while|for|in|at|from)\b)"),
    ("prison", r"sentenced\s+to\s+(?P<life>life)\b"),
    # A bare duration in a sentencing clause: "sentenced Haines to 35 years for the robbery", "... to 4 to 12
    # years in prison on one count and 1 1/3 to 4 years for the other". Only the duration is the term's text.
    # A bare duration keeps the count it is for ("six months on the theft count"): alone, "six months" says too little.
    ("prison", rf"sentenced\s+(?:him|her|them|[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){{0,2}})\s+to\s+(?P<term>(?:{_RANGE})?{_DUR}{_ON_COUNT})(?=\s+(?:for|on)\s|(?<=t)\b)"),
    ("prison", rf"(?:(?<=\bto )|(?<=\band ))(?P<term>(?:{_RANGE})?{_DUR}{_ON_COUNT})(?=\s+(?:for|on)\s+(?:the|each|his|her|a|an|[a-z]+ing)\s|(?<=t)\b)"),
    # "The judge also gave Lee two years on the burglary charge"
    ("gave_count", rf"\bgave\s+(?:him|her|them|[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){{0,2}})\s+(?P<term>{_DUR}(?=\s+on\s){_ON_COUNT})"),
]]

# Words a term pattern cannot match without, tested once per sentence before the costly pattern runs: every
# duration names its unit, and "X years in prison" names the custody. A cheap, exact filter (same flags).
_UNIT_WORD = re.compile(r"year|month|week|day|hour", re.I)
_CUSTODY_WORD = re.compile(r"prison|jail|bars|incarceration|imprisonment|workhouse|penitentiary", re.I)
_LIFE_WORD = re.compile(r"life", re.I)
_TERM_NEEDS: list[tuple[re.Pattern[str], ...]] = [
    () if kind in ("registration", "licence_revocation") else  # their duration is optional
    (_UNIT_WORD, _CUSTODY_WORD) if pattern.pattern.startswith((_DUR, _RANGE + _DUR)) and "(?P<kw>" in pattern.pattern
    else (_UNIT_WORD,) if "(?P<unit>" in pattern.pattern
    else (_LIFE_WORD,) if "(?P<life>life)" in pattern.pattern and "|permanently" not in pattern.pattern
    else () for kind, pattern in _TERM_PATTERNS]

# Words every pattern of a kind holds: a sentence without them is not tried against that kind's patterns
# (most sentences name no punishment, and the patterns are costly to try everywhere).
_NEEDLES: dict[str, tuple[str, ...]] = {
    "suspended_sentence": ("suspend", "stayed"),
    "prison": ("prison", "jail", "bars", "incarcer", "imprison", "workhouse", "penitentiar", "life", "term", "sentenc",
               "locked", "confinement"),
    "gave_count": ("gave",),
    "bare_request": ("argu", "ask", "sought", "seek", "request", "recommend", "urg"),
    "non_parole_period": ("parole",),
    "conditional_sentence": ("conditional",),
    "supervised_release": ("supervised release", "post-release", "postrelease"),
    "parole": ("parole",),
    "monitorship": ("monitor",),
    "assessment": ("assessment",),
    "probation": ("probation",),
    "dismissal": ("dismiss",),
    "home_confinement": ("confinement", "detention", "house arrest"),
    "electronic_monitoring": ("monitor",),
    "community_service": ("community", "unpaid"),
    "community_order": ("community order",),
    "driving_ban": ("driving",),
    "disqualification": ("disqualified", "banned", "barred", "prohibited"),
    "enhancement": ("enhancement",),
    "registration": ("sex offender",),
    "licence_revocation": ("licen",),
    "treatment": ("counsel", "therapy", "treatment", "meetings", "classes", "ged", "diploma"),
    "program": ("program", "course", "class"),
    "fine": ("fine",),
    "restitution": ("restitution",),
    "forfeiture": ("forfeit", "relinquish", "give up", "surrender"),
    "discharge": ("discharge",),
    "demotion": ("demoted", "reduced"),
    "no_incarceration": ("no ", "no-", "spared", "serve", "spend", "n't", "n\u2019t", "never"),
    "time_served": ("time served",),
}

# Words that govern a term. A recommendation or request earlier in the clause wins over
# "receive"/"impose" that follow it ("asked the judge to impose ...", "recommend that he receive").
_CUES: list[tuple[TermStatus, re.Pattern[str]]] = [(status, re.compile(p, re.I)) for status, p in [
    ("recommended", r"\brecommend(?:s|ed|ing|ation|ations)?\b|\bask(?:s|ed|ing)?\b(?:\s+for)?|\burg(?:e|es|ed|ing)\b"
                    r"|\bpropos(?:e|es|ed|ing|al)\b|\brequest(?:s|ed|ing)?\b|\bshould\s+(?:get|receive|serve)\b|\bcalled\s+for\b"
                    r"|\bargu(?:ed|es|ing)\s+for\b"),
    ("sought", r"\bs(?:ought|eeks?|eeking)\b|\bpush(?:ed|es|ing)?\s+(?:hard\s+)?for\b|\bwant(?:s|ed)?\b|\bdemand(?:s|ed|ing)?\b"),
    ("maximum", r"\bup\s+to\b|\bmaximum\b|\bcould\s+(?:face|get|receive)\b|\bfac(?:es|ed|ing)\b"),
    ("imposed", r"\bsentenc(?:ed|es|ing)\b|\border(?:s|ed)\b|\bimpos(?:e|es|ed)\b|\bgiven\b|\bgave\b|\bhanded\b"
                r"|\breceiv(?:e|es|ed)\b|\bgets?\b|\bgot\b|\bhave\s+to\b|\bmust\b|\brequire[sd]?\b|\bruled\b|\bspared\b"
                r"|\bwill\s+(?:serve|pay|spend)\b|\bserv(?:ing|es)\b|\bwill\s+(?:also\s+)?be\s+on\b|\bissu(?:ed|es)\b|\bsentence\b|\badd(?:s|ed)\b"),
]]
# A past-tense sentencing verb starts a new decision even after a request ("..., and the judge sentenced him to").
_DECIDED = re.compile(r"\b(?<!to )(?:sentenced|ordered|imposed)\b", re.I)
_CLAUSE_BREAK = re.compile(r"[;:\u2014\u2013]|\s--\s|,?\s+(?:but|while|whereas|however)\b", re.I)
# Release conditions before sentencing (bail, bond, home detention while awaiting trial) are not sentences.
_BAIL = re.compile(r"\b(?:bail|bond|pretrial|pre-trial|awaiting\s+(?:trial|sentencing)|pending\s+(?:trial|sentencing)"
                   r"|remain(?:s|ed)?\s+free|free\s+until|released\s+on|condition\s+of\s+(?:his|her|their)\s+release)\b", re.I)
_RULED_AFTER = re.compile(r"\b(?:judge|court|jury)\s+(?:ruled|decided|ordered|imposed|sentenced)\b", re.I)
_GUIDELINES = re.compile(r"\bguidelines?\s+(?:range\s+|sentence\s+|calculation\s+)?(?:\w+\s+){0,2}?"
                         r"(?:called|call|calls|recommend\w*|suggest\w*|set|sets|was|is|of)\s+(?:for\s+)?$", re.I)
_AFTER_CUE = re.compile(r"^[\s,]*(?:(?:that|which|who)\s+(?:was|were|is|are|had\s+been)\s+)?"
                        r"(?P<cue>recommended|sought|requested|proposed|imposed|ordered)\s+by\s+", re.I)

# Who proposes or imposes a term.
_GROUP = re.compile(
    r"(?:(?P<owner>[A-Z][\w-]*|[Hh]er|[Hh]is|[Tt]heir)(?:['\u2019]s)?\s+)?"
    r"(?P<group>(?i:(?:federal\s+|state\s+)?prosecutors?|prosecution|(?:defen[cs]e\s+)?(?:lawyers?|attorneys?|team)"
    r"|defen[cs]e|(?:military\s+|trial\s+|federal\s+)?judge)|attorneys?|DA|District\s+Attorney|Crown)\b")
_NAME = r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'\u2019-]+){0,2}"

# A charge trigger ends where its offence list starts. Words may stand between the verb and
# its preposition: a date ("pleaded guilty Oct. 3, 2023, to"), a court ("in Dane County Court"),
# the person ("convicted Lee of", "found Lee, 40, guilty of"), or a colon list of counts.
_MID_STOP = (r"(?!(?:and|but|that|which|who|so|because|as|not|agree\w*|admit\w*|allow\w*|expect\w*|promis\w*"
             r"|order\w*|ask\w*|refus\w*|want\w*|decid\w*|plan\w*|hop\w*|fac\w*|could|would|will|is|was)\b)")
_MID = rf"(?:,?\s+{_MID_STOP}[\w.$'\u2019-]+){{0,10}}?,?\s+"
_COUNTS_LIST = (r"(?:on|of)\s+(?:all\s+|both\s+|each\s+of\s+)?(?:the\s+)?(?:[\w-]+\s+(?:of\s+(?:the\s+)?[\w-]+\s+)?)?(?:(?:felony|misdemeanor|criminal|federal|state)\s+)?"
                r"(?:charges|counts?)(?:\s+(?:he|she|they)\s+(?:faced|had\s+faced))?\s*(?::\s*|of\s+|,?\s+including\s+)")
# "convicted Wednesday by a panel of officers of fraud": the agent's "of" is not the offence's.
_AGENT = r"(?:by\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:panel|jury|board|court|tribunal)\s+of\s+[\w-]+(?:\s+[\w-]+)?\s+)?"
# "found guilty on Thursday of", "indicted Tuesday on charges of"
_WHEN = (r"(?:(?:on\s+|last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\s+)?")
_CHARGE_TRIGGERS: list[tuple[str, re.Pattern[str]]] = [(status, re.compile(p)) for status, p in [
    ("convicted", rf"\bconvicted(?:,?\s+{_MID_STOP}[\w.'\u2019-]+){{0,10}}?,?\s+{_AGENT}(?:{_COUNTS_LIST}|(?:on\s+(?:charges|counts?)\s+)?of\s+)"),
    ("convicted", rf"\b(?:found|finds?|finding)(?:,?\s+{_MID_STOP}[\w.'\u2019-]+){{0,8}}?,?\s+guilty\s+{_WHEN}(?:{_COUNTS_LIST}|of\s+)"),
    ("pleaded guilty", rf"\bplea(?:ded|d|ds|ding)\s+(?:guilty|no\s+contest|nolo\s+contendere)\b{_MID}to\s+"),
    # "entered the plea to one count of ...", "entered a guilty plea to ..." (never "a plea of not guilty")
    ("pleaded guilty", r"\bentered\s+(?:a|the|his|her|their)\s+(?:guilty\s+)?plea\s+to\s+"),
    ("charged", rf"\bcharged(?:,?\s+(?!(?:and|but|which|who|so|because|not|is|was)\b)[\w.'\u2019-]+){{0,8}}?,?\s+with\s+"
                rf"|\bindicted\s+{_WHEN}on\s+(?:charges\s+of\s+)?"),
    # Police "referred nine counts of armed robbery ... to prosecutors": the charges they ask for
    ("charged", r"\b(?:referred|forwarded|recommended)\s+(?=(?:[\w-]+\s+){1,3}?counts?\s+of\s)"),
    ("acquitted", rf"\bacquitted(?:,?\s+{_MID_STOP}[\w.'\u2019-]+){{0,7}}?,?\s+{_AGENT}of\s+"),
    # "a jury cleared him of fraud": a verdict of not guilty in other words
    # "found him not guilty of fraud"
    ("acquitted", rf"\b(?:found|finds?|finding)(?:,?\s+{_MID_STOP}[\w.'\u2019-]+){{0,8}}?,?\s+not\s+guilty\s+{_WHEN}(?:{_COUNTS_LIST}|of\s+)"),
    # "the jury deadlocked on two counts of bribery": no verdict, a hung count
    ("hung", r"\b(?:deadlocked|hung|could\s+not\s+agree|failed\s+to\s+reach\s+a\s+verdict)\s+on\s+(?=(?:[\w-]+\s+){0,3}?(?:counts?|charges?)\s+of\s)"),
    # "sentenced Lee on two counts of theft": the counts the sentence is for
    ("convicted", rf"\bsentenced(?:,?\s+{_MID_STOP}[\w.'\u2019-]+){{0,8}}?,?\s+on\s+(?=(?:[\w-]+\s+){{0,3}}?counts?\s+of\s)"),
    # "a charge of robbery was reduced to theft": the first is given up, the second stands
    ("reduced", r"\b(?:counts?|charges?)\s+of\s+(?=[^.;:]{1,80}?\s(?:was|were|(?:has|have|had)\s+been)\s+(?:later\s+|also\s+)?reduced\s+to\b)"),
    ("pleaded guilty", r"\b(?:counts?|charges?)\b[^.;:]{0,80}?\s(?:was|were|(?:has|have|had)\s+been)\s+(?:later\s+|also\s+)?reduced\s+to\s+"
                       r"(?=[^.;:]*\bplea)"),
    ("reduced", r"\b(?:counts?|charges?)\b[^.;:]{0,80}?\s(?:was|were|(?:has|have|had)\s+been)\s+(?:later\s+|also\s+)?reduced\s+to\s+"
                r"(?![^.;:]*\bplea)"),
    ("acquitted", r"\bclear(?:ed|ing|s)\s+(?:him|her|them|[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)\s+of\s+"),
    # "prosecutors dropped a second count of battery"; "A separate charge of theft was dismissed"
    ("dismissed", r"\b(?:dropp(?:ed|ing)|dismiss(?:ed|ing)|withdr(?:ew|awn|awing))\s+(?=(?:[\w-]+\s+){0,4}?(?:counts?|charges?)\s+of\s)"),
    ("dismissed", r"\b(?:counts?|charges?)\s+of\s+(?=[^.;:]{1,80}?\s(?:was|were|(?:has|have|had)\s+been)\s+(?:later\s+|also\s+)?"
                  r"(?:dismissed|dropped|withdrawn|thrown\s+out)\b)"),
    # "a two-year suspended sentence on a state charge of theft": the offence the sentence is for
    ("convicted", r"\bsentence[ds]?\s+(?:\w+\s+){0,3}?on\s+(?:an?\s+)?(?:(?:state|federal|single|felony|misdemeanor)\s+)*charges?\s+of\s+"),
]]
_COUNT_PREFIX = re.compile(
    r"(?P<count>(?:a\s+single|one|an?|two|three|four|five|six|seven|eight|nine|ten|\d+|the)\s+"
    r"(?:(?:additional|separate|felony|misdemeanor|federal|state|criminal|related|second|third|remaining|lesser|top|lead|main"
    r"|most\s+serious)\s+)*counts?\s+of\s+)?"
    r"(?P<charges>(?:(?:an?|the|separate|federal|criminal|state|felony|misdemeanor|second|remaining|lesser|top|original"
    r"|(?:more|most)\s+serious)\s+)*charges?\s+(?:of\s+)?)?", re.I)
# Where an offence phrase may end. Each is checked in _offence_end: "in office", "in the commission
# of", "engaging in", "on a police officer", "before the enemy", "while intoxicated" go on.
_CHARGE_STOP = re.compile(
    r"[;:()\u2014\u2013\"\u201c\u201d]|\.(?!\d)|\s--\s|,(?!\d)"
    r"|\s(?:in|on|at|for|after|when|while|during|because|but|who|which|that|since|last|this|stemming|related|tied|linked|connected|from|as"
    r"|and|or|before|until|following|amid|despite|then|according|under\s+(?!the\s+influence|colou?r\s+of)|in\s+exchange|to\s+(?:the\s+)?(?:prosecutors?|district|state|county)\b|were|was|is|are)\b")
_IN_GOES_ON = re.compile(
    r"\s(?:in\s+(?:the\s+)?(?:commission|course|furtherance|perpetration)\s+of\b"
    r"|in\s+the\s+(?:first|second|third|fourth)\s+degree\b"
    r"|in\s+an?\s+(?:federal\s+|criminal\s+|official\s+|grand\s+jury\s+)?(?:investigation|proceeding|inquiry)\b"
    r"|in\s+(?!(?:the|a|an|his|her|their|its|this|that|these|those|which|what|connection|exchange|court|federal|state"
    r"|county|custody|prison|jail|absentia|part|addition|return|relation|order|front|late|early|mid|all|each|both"
    r"|january|february|march|april|may|june|july|august|september|october|november|december)\b)[a-z])")
_GOVERNS_IN = re.compile(r"\b(?:engag\w*|traffick\w*|dealing|participat\w*|involvement)$", re.I)
_ON_GOES_ON = re.compile(r"\son\s+(?:an?\s+)(?!(?:plea|charge|count|bond|bail|day|date|\w+day)\b)[a-z]")
_WHILE_GOES_ON = re.compile(r"\swhile\s+(?:intoxicated|impaired|under\b|licen[cs]e|ability|drunk|high|suspended|revoked"
                            r"|committing|engag(?:ed|ing)|trafficking|possessing|armed|masked|attempting|fleeing|eluding|on\s+(?:probation|parole))")
# "possession of a weapon during a violent crime", "during the commission of a felony"
_DURING_GOES_ON = re.compile(r"\sduring\s+(?:the\s+commission\s+of\b|(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:crimes?|felony|felonies"
                             r"|offen[cs]es?|robbery|burglary|assault|kidnapping|drug\s+trafficking)\b)")
# "using campaign funds for personal expenses": the purpose is part of the offence
_FOR_GOES_ON = re.compile(r"\sfor\s+(?:personal|private|(?:his|her|their)\s+own)\s+(?:use|expenses|gain|benefit|purposes|enrichment)\b")
_BEFORE_STOPS = re.compile(r"\sbefore\s+(?:[A-Z]|an?\b|being|his|her|their|trial|sentencing|pleading|the\s+(?:trial|hearing|court|judge|jury))")
# After "," / "and" / "or", the list goes on only with another offence, not with a new clause.
_NOT_AN_ITEM = re.compile(
    r"(?:the|this|that|these|those|his|her|their|its|all|both|every|each|any|it|them|he|she|they|we|who|whom|whose|which"
    r"|according|after|before|when|while|as|but|then|also|later|including|prosecutors?|police|officials|authorities"
    r"|said|says|court|records|documents|punishable|carrying|facing|faces?|faced|could|would|will|was|is|were|are|has"
    r"|had|have|can|may|might|must|an?|not|where|now|each|plus|among|either|neither|nor|both|per|so|yet)\b"
    r"|(?:\w+ed|brought|laid|made|taken|sought|won|given)\s+(?:to|that|the|an?|his|her|their|him|them|it|in|on|at|with|for|from|by|up"
    r"|out|off|down|guilty|after|before|when|while|during|as|under)\b"
    r"|\w+s\s+(?:to|up)\b|(?:admitt|acknowledg|say|tell|claim|insist|explain|apologiz|add|cit|resolv|end|bring|clos|capp|conclud"
    r"|prompt|spark)ing\b|leaving\b(?!\s+the\s+scene)"
    r"|\w+ing\s+(?:that|he|she|they|it|him|them)\b|[^a-z]")
_PAIRS = re.compile(r"(?:aiding|breaking|assault|hit|possession|manufactur\w*|sale|buying|selling)\s*$", re.I)
_PAIR_AFTER = re.compile(r"(?:abetting|entering|battery|run|distribut\w*|sale|selling|possession|delivery)\b", re.I)
_NOT_AN_OFFENCE = re.compile(r"^(?:the|this|that|these|those|his|her|their|all|both|every|any|it|them|either|neither|each"
                             r"|such|only|same)\b|^\w+\s+(?:offen[cs]es?|crimes?|counts?|charges?)$", re.I)
_CONDUCT = re.compile(r"(?:killing|murdering|shooting|stabbing|beating|strangling|striking|hitting|raping|robbing|defrauding"
                      r"|embezzling|siphoning|stealing)\s+(?:an?|the|his|her|their|\d|two|three|four|five|more)\b", re.I)
# "pleading no contest to a drunk-driving crash": the event told, not an offence named
_AN_EVENT = re.compile(r"^(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:crash|collision|wreck|accident|incident|fight|brawl|altercation"
                       r"|shooting|stabbing|attack|death|fire)$", re.I)
_NOT_CHARGE_WORDS = re.compile(r"\b(?:years?|months?|weeks?|days?|prison|jail|sentence|probation)\b", re.I)

_JUDGE_PATTERNS = [
    re.compile(rf"\b(?:(?:U\.S\.|Chief|Senior|Magistrate|District|Circuit|Superior|Supreme|State|Federal|Presiding)\s+)*"
               rf"(?:Justice|Judge)\s+(?!(?:Department|Dept|Ministry|Center|Centre|Institute|Project|Initiative|Reform)\b)"
               rf"(?P<name>{_NAME})"),
    re.compile(rf"\b(?:the|a)\s+(?:military\s+|trial\s+|presiding\s+|federal\s+)?judge,\s+(?P<title>(?:(?:Army|Navy|Air\s+Force|Marine)\s+)?"
               rf"(?:Lt\.\s+|Lieutenant\s+)?(?:Colonel|Col\.|Captain|Capt\.|Commander|Major|Judge)\s+)?(?P<name>{_NAME})"),
]
_RANK_NAME = re.compile(rf"\b(?:(?:Army|Navy|Air\s+Force|Marine)\s+)?(?:Lt\.\s+|Lieutenant\s+)?"
                        rf"(?:Colonel|Col\.|Captain|Capt\.|Commander|Major)\s+(?P<name>{_NAME})")
_COURT = re.compile(r"\b(?:(?:[A-Z][\w.'\u2019]*|of|the)\s+){0,4}?(?:Court|court-martial)(?:\s+(?:in|of|for)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?"
                    r"|\b(?:[A-Z][\w]*['\u2019]s\s+)?federal\s+court(?:\s+in\s+[A-Z][\w]*)?")


@dataclass
class _Context:
    source: Source
    parties: list[Party]
    defendant: Optional[str]  # the surname the article writes most, the case's likely defendant
    judge: Optional[str]
    defendant_name: Optional[str] = None  # the defendant's full party name, to tell a co-defendant who shares it
    roundup: bool = False  # several cases in one article (a wire round-up): each has its own defendant and judge


def find_sentencing(source: Source, parties: list[Party]) -> Sentencing:
    """Charges, terms, sentencing date, judge and court stated in the article's body."""
    sentences = [span for p in source.body() for span in split_sentences(source.text, p.start, p.end)]
    judge = _judge(source, sentences, parties)
    defendant = _defendant(source, parties)
    ctx = _Context(source, parties, defendant, judge.name if judge else None, _defendant_name(source, parties, defendant),
                   _is_roundup(source))
    terms = _agreed_terms_imposed(ctx, sentences, _terms(ctx, sentences))
    return Sentencing(
        charges=_charges(ctx, sentences),
        terms=terms,
        sentencing_date=_sentencing_date(ctx, sentences, terms),
        judge=judge,
        court=_court(source, sentences),
    )


# A plea the court takes and sentences on at once: "accepted the plea and imposed the agreed sentence",
# "pleaded guilty and was sentenced" (corporate pleas are often settled this way).
_SENTENCED_AT_PLEA = re.compile(r"\b(?:imposed|accepted)\s+the\s+(?:agreed(?:-upon)?|negotiated|joint|recommended)\s+(?:sentence|terms?|penalt\w+)"
                                r"|\bplea(?:ded|d)\s+guilty\s+(?:\w+\s+){0,4}?and\s+was\s+(?:immediately\s+)?sentenced\b", re.I)
_AGREED = re.compile(r"\bagree(?:d|s|ment)\b|\bplea(?:ded|d)?\s+guilty\b|\bplea\s+(?:deal|agreement)\b", re.I)


def _agreed_terms_imposed(ctx: _Context, sentences: list[tuple[int, int]], terms: list[Term]) -> list[Term]:
    """Terms a plea agreement sets ("agreed to pay a $2 million fine") are the sentence when the court imposed the
    agreed sentence at the plea; otherwise they stay what the agreement offers."""
    text = ctx.source.text
    if not any(_SENTENCED_AT_PLEA.search(text, s, e) for s, e in sentences):
        return terms
    for term in terms:
        if term.status != "other" or term.subject or not term.citations:
            continue
        at = term.citations[0].start
        span = next(((s, e) for s, e in sentences if s <= at < e), None)
        if span and _AGREED.search(text, *span) and not re.search(r"\b(?:could|would|may|might|faces?|maximum)\b", text[span[0]:at]):
            term.status, term.by = "imposed", ctx.judge
    return terms


def _is_roundup(source: Source) -> bool:
    """A round-up of several cases: more than one body paragraph opens with its own dateline ("SPOKANE, Wash. (AP) —"),
    or three or more judges are named."""
    body = source.body()
    datelines = sum(1 for p in body if _DATELINE.match(source.text, p.start, p.end))
    judges = {m.group("name") for p in body for m in _JUDGE_PATTERNS[0].finditer(source.text, p.start, p.end)}
    return datelines >= 2 or len(judges) >= 3


_DATELINE = re.compile(r"[A-Z][A-Z .'-]+,?(?:\s+[A-Z][\w.]*)*\s+\([A-Z][\w ]{0,15}\)\s*[\u2014\u2013-]")
# An appeals judge writing an opinion is not the judge who sentenced.
_APPELLATE = re.compile(r"\b(?:wr(?:ote|iting)\s+for\b|dissent\w*|majority\s+opinion|appeals\s+court|appellate"
                        r"|Court\s+of\s+Appeals|Court\s+of\s+Criminal\s+Appeals|\bjoined\b[^.]{0,40}\bopinion|\bconcurr(?:ed|ing|ence)\b)", re.I)

# ----------------------------------------------------------------------------- terms

def _terms(ctx: _Context, sentences: list[tuple[int, int]]) -> list[Term]:
    text = ctx.source.text
    terms: list[Term] = []
    case_ctx = ctx
    for i, (s_start, s_end) in enumerate(sentences):
        lowered = text[s_start:s_end].lower()
        kinds = {kind for kind, needles in _NEEDLES.items() if any(n in lowered for n in needles)}
        if not kinds:
            continue
        ctx = _paragraph_judge(case_ctx, s_start)
        taken: list[tuple[int, int]] = []
        present: dict[re.Pattern[str], bool] = {}
        for (kind, pattern), needs in zip(_TERM_PATTERNS, _TERM_NEEDS):
            if kind not in kinds:
                continue
            for need in needs:
                if need not in present:
                    present[need] = need.search(text, s_start, s_end) is not None
            if not all(present[need] for need in needs):
                continue
            for m in pattern.finditer(text, s_start, s_end):
                t_start, t_end = m.span("term") if "term" in pattern.groupindex else m.span()
                if any(t_start < e and s < t_end for s, e in taken):
                    continue
                before = text[s_start:t_start]
                if t_start != m.start() and not re.search(rf"\bsentenc|\bgave\b|{_BARE_REQUEST}$", before):
                    continue  # a bare duration is a term only where the clause sentences
                if _ALREADY_SERVED.search(before) or (kind == "program" and _ALREADY_DONE.search(before)):
                    continue  # "has spent nine years in prison": time already served, not a term given
                taken.append((t_start, t_end))
                term = _term(ctx, kind, m, s_start, s_end)
                if kind in _CONDITIONS and term.amount is None and (term.status != "imposed" or not _ORDER_WORDS.search(before)
                                                                    and not term.text.lower().startswith("revok")):
                    continue  # a condition the court did not order ("reporters were barred from the hearing")
                if term.status in ("imposed", "other") and _BAIL.search(text, s_start, s_end) \
                        and not re.search(r"\bsentenced\b(?:\s+[\w.,'\u2019]+){0,6}?\s+to\b", before):
                    continue  # "free on bond but ordered to stay in home detention": a release condition
                if term.status in ("imposed", "other"):
                    term.subject = _sentenced_other(ctx, before, sentences[i - 1] if i else None)
                    if term.subject:
                        term.status = "other"  # a co-defendant's sentence, not the case's
                        if term.by and term.by.split()[-1] not in text[s_start:s_end]:
                            term.by = None  # the case's judge is not said to have sentenced them
                terms.append(term)
    return _merge_terms(terms)


# "had already completed a 60-day treatment program": done before sentencing, not ordered by it
_ALREADY_DONE = re.compile(r"\b(?:completed|finished|graduated\s+from|attended|enrolled\s+in|entered)\s+(?:(?:an?|the|his|her|their)\s+)?$", re.I)
# Kinds with no duration or amount of their own: only the court's order makes them a term.
_ORDER_WORDS = re.compile(r"\b(?:sentenc\w*|order\w*|requir\w*|must|will|shall|impos\w*|judge|court|conditions?)\b", re.I)
_CONDITIONS = {"registration", "licence_revocation", "treatment", "disqualification"}
_ALREADY_SERVED = re.compile(r"\b(?:(?:has|had|have)\s+(?:already\s+)?(?:served|spent)|after\s+(?:serving|spending))\s+$", re.I)


def _paragraph_judge(ctx: _Context, at: int) -> _Context:
    """The context whose judge is the one the paragraph names (a round-up names one per case); else the article's."""
    paragraph = next((p for p in ctx.source.body() if p.start <= at < p.end), None)
    if paragraph is None:
        return ctx
    text = ctx.source.text
    names = [m for m in _JUDGE_PATTERNS[0].finditer(text, paragraph.start, paragraph.end)
             if not _APPELLATE.search(text, m.start(), min(paragraph.end, m.end() + 60))]
    if names:
        judge = _full_name(ctx, re.sub(r"\s+[A-Z]\.(?=\s)", "", names[0].group("name")))
        return ctx if judge == ctx.judge else replace(ctx, judge=judge)
    return replace(ctx, judge=None) if ctx.roundup else ctx


def _sentenced_other(ctx: _Context, before: str, previous: Optional[tuple[int, int]]) -> Optional[str]:
    """The person a term was given to, when the clause says it is someone other than the defendant."""
    breaks = list(re.finditer(r"[;\u2014]|\s--\s", before))
    clause = before[breaks[-1].end():] if breaks else before
    if ctx.roundup and not re.search(r"\b(?:co-?defendants?|accomplices?)\b", clause):
        return None  # each story of a round-up has its own defendant
    person = _last_person(ctx, clause)
    if person is None and re.match(r"\s*(?:He|She)\b", clause) and previous:
        # "His wife, Ann Lee, pleaded guilty to X. She was sentenced to ...": the pronoun is the one who pleaded.
        prev = ctx.source.text[previous[0]:previous[1]]
        verb = re.search(r"\b(?:pleaded|pled|convicted|charged|found\s+guilty|sentenced)\b", prev)
        person = _last_person(ctx, prev[:verb.start()]) if verb else None
    if person is None:
        named = re.search(rf"\bco-?defendants?,?\s+(?P<name>{_NAME})", clause)
        if named:
            return _full_name(ctx, named.group("name"))
        if re.search(r"\b(?:co-?defendants?|accomplices?|[Oo]thers)\b", clause) and not (
                ctx.defendant and re.search(rf"\b{re.escape(ctx.defendant)}\b", clause)):
            return "a co-defendant"
        return None
    if _inside_description(clause, person):
        return None  # "A former aide to Gov. Ann Lee was sentenced": the aide, not the governor
    return None if _is_defendant(ctx, person) else person


def _inside_description(clause: str, person: str) -> bool:
    """Is the person named only inside a descriptive subject ("A former aide to Gov. Ann Lee", "An activist from
    Duluth")? Such a subject is the defendant described, and the name hangs off a preposition or relative clause."""
    if not re.match(r"\s*(?:An?|The)\s+(?:[a-z][\w-]*\s+){1,4}?(?:to|of|for|from|in|with|at|on|under|who|that)\b", clause):
        return False
    surname = re.escape(person.split()[-1])
    return bool(re.search(rf"\b(?:to|of|for|from|in|with|at|on|under|who|that)\s+(?:[\w.'\u2019-]+\s+){{0,5}}?"
                          rf"(?:[A-Z][\w.'\u2019-]*\s+)*{surname}\b", clause))


def _last_person(ctx: _Context, words: str) -> Optional[str]:
    people = _people(ctx, words)
    return people[-1] if people else None


def _people(ctx: _Context, words: str) -> list[str]:
    """The people named in `words`, in order, leaving out the judge and mere possessors ("Lee's co-defendant")."""
    found: list[tuple[int, int, str]] = []
    for party in ctx.parties:
        if party.kind != "person" or party.name == ctx.judge:
            continue
        for form in _forms(party):
            if form not in words:
                continue  # most names are absent: skip compiling and running a pattern for each
            for m in re.finditer(rf"\b{re.escape(form)}\b(?!['\u2019]s?\b)", words):
                if re.search(r"\b(?:Judge|Justice)\s+(?:[A-Z][\w.'-]*\s+)*$", words[:m.start()]):
                    continue
                # A surname alone that several people share is the defendant's, the article's main person.
                shared = " " not in form and ctx.defendant and form == ctx.defendant
                found.append((m.start(), m.end(), (ctx.defendant_name or party.name) if shared else party.name))
    # "Diane Lee" also holds the match "Lee": the longer name is the one meant.
    whole = [f for f in found if not any(g[0] <= f[0] and f[1] <= g[1] and g[1] - g[0] > f[1] - f[0] for g in found)]
    return [f[2] for f in sorted(whole)]


def _term(ctx: _Context, kind: str, m: re.Match[str], s_start: int, s_end: int) -> Term:
    text = ctx.source.text
    groups = m.groupdict()
    if kind in ("bare_request", "gave_count"):
        kind = "prison"  # "asked for 84 months": custody is what a bare duration asks for
    if kind == "prison" and (groups.get("kw") or "").lower() in ("jail", "workhouse"):
        kind = "jail"
    amount: Optional[float] = None
    unit: Optional[str] = None
    if groups.get("money"):
        amount, unit = parse_number(groups["money"]), "usd"
        if groups.get("months") and amount is not None:
            months = parse_number(groups["months"])
            amount = amount * months if months else amount
    elif groups.get("num"):
        amount = parse_number(groups["num"])
        unit = groups["unit"].lower().rstrip("s") + "s"
        extra = parse_number(groups["num2"]) if groups.get("num2") else None
        if amount is not None and extra is not None:
            amount += extra * _DAYS[groups["unit2"].lower().rstrip("s")] / _DAYS[unit[:-1]]
    elif groups.get("life"):
        unit = "life"
    start, end = m.span("term") if "term" in m.re.groupindex else m.span()
    status, by = _status(ctx, text[start:end].lower(), text[s_start:start], text[end:s_end])
    return Term(text=text[start:end], kind=kind, citations=[ctx.source.cite(start, end)],
                status=status, amount=amount, unit=unit, by=by)


_DAYS = {"year": 365.25, "month": 365.25 / 12, "week": 7.0, "day": 1.0, "hour": 1 / 24}


def _status(ctx: _Context, phrase: str, before: str, after: str) -> tuple[TermStatus, Optional[str]]:
    """The status the governing words give, and who proposed or imposed the term."""
    after_cue = _AFTER_CUE.match(after)
    if after_cue:
        cue = after_cue.group("cue").lower()
        status: TermStatus = {"recommended": "recommended", "proposed": "recommended", "requested": "recommended",
                              "sought": "sought"}.get(cue, "imposed")  # type: ignore[assignment]
        return status, _actor(ctx, after[after_cue.end():], last=False)
    if re.match(r"(up to|a maximum|as much as|as long as)\b", phrase) or "maximum" in phrase:
        return "maximum", None
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end():] if breaks else before
    if _GUIDELINES.search(clause):
        return "other", None  # "the guidelines range called for life": what the rules advise, no side's request
    cues = sorted(((m.start(), m.end(), status) for status, p in _CUES for m in p.finditer(clause)
                   if not (m.group().lower().startswith("up") and clause[m.end():].strip())), key=lambda c: c[0])
    if not cues:
        # "was spared prison", "was dishonorably discharged ..., a military judge ruled Friday"
        if _RULED_AFTER.search(after) or re.match(r"(spared|fined|demoted|reduced|forfeit|jailed|imprisoned|revoked)", phrase) \
                or re.search(r"\b(?:was|were)\s+(?:also\s+)?suspended$", phrase) \
                or re.search(r"\b(was|were|been|be)\s+$", clause):
            return "imposed", ctx.judge
        return "other", None
    chosen = cues[-1]
    requests = [c for c in cues if c[2] in ("recommended", "sought", "maximum")]
    if requests and chosen[2] == "imposed":
        decided = [c for c in cues if c[0] > requests[-1][0] and _DECIDED.fullmatch(clause[c[0]:c[1]])]
        chosen = decided[-1] if decided else requests[-1]
    status = chosen[2]
    cue_word = clause[chosen[0]:chosen[1]].lower()
    if re.search(r"(ation|al|request)s?$", cue_word):
        # A noun ("Thompson's recommendation of ..."): only its possessor proposed it.
        by = _possessor(ctx, clause[:chosen[0]])
    elif cue_word.startswith("should"):
        # "Ortega said Park should receive ...": the proposer is who said it, not who receives it.
        said = list(re.finditer(r"\b(?:said|says|say|argued|argue|wrote|told)\b", clause[:chosen[0]]))
        by = _actor(ctx, clause[:said[-1].start()], last=True) if said else None
    else:
        by = _actor(ctx, clause[:chosen[0]], last=True)
    if status == "recommended" and by and ctx.judge and by == ctx.judge:
        status = "imposed"  # a judge's "recommendation" (courts-martial) is the sentence itself
    if status == "imposed" and by != ctx.judge and not (by and "judge" in by.lower()):
        by = ctx.judge  # the defendant is the subject of "was sentenced to"; the judge imposes
    if status == "imposed" and re.search(r"\b(?:can|could|may|might|would)\s+(?:(?:also|still|not|have|only)\s+)*$",
                                         clause[:chosen[0]], re.I):
        return "other", None  # "a judge can also impose probation": what the law allows, not what was done
    return status, (None if status == "maximum" else by)  # a maximum is the law's, not a side's


def _actor(ctx: _Context, words: str, last: bool) -> Optional[str]:
    """The party or group named in `words`: the nearest to the cue (last) or the first."""
    found: list[tuple[int, str]] = []
    for m in _GROUP.finditer(words):
        found.append((m.end(), _group_name(ctx, m, words)))
    for party in ctx.parties:
        for form in _forms(party):
            if form not in words:
                continue  # most names are absent: skip compiling and running a pattern for each
            for m in re.finditer(rf"\b{re.escape(form)}\b(?!['\u2019]s\s+(?:lawyers?|attorneys?|team))", words):
                found.append((m.end(), party.name))
    if not found:
        bare = list(re.finditer(rf"(?:^|[,.]\s+|\b(?:and|then|Instead,?)\s+)(?P<name>{_NAME})\s+(?:(?:is|are|was|were|has|had|have|would|will|also|then|again)\s+)*$", words))
        if bare and bare[-1].group("name").split()[0] not in ("The", "A", "An", "But", "And", "Instead"):
            return _full_name(ctx, bare[-1].group("name"))
        return None
    found.sort(key=lambda f: f[0])
    return found[-1][1] if last else found[0][1]


def _group_name(ctx: _Context, m: re.Match[str], words: str) -> str:
    group = re.sub(r"\s+", " ", m.group("group"))
    owner = m.group("owner")
    named = re.match(rf"\s+(?P<name>{_NAME})", words[m.end():])
    if named and not owner and group.split()[-1].lower() in ("attorney", "judge", "da", "lawyer"):
        return _full_name(ctx, named.group("name"))  # "DA Ken Thompson", "Judge Chun"
    lowered = group.lower()
    other_court = re.search(r"\b(?:an?|another)\s+(?:[A-Z][\w.]*\s+){1,3}$", words[:m.start()])
    if "judge" in lowered and other_court:
        return words[other_court.start():m.end()]  # "a Delaware County judge": not the case's judge
    if "judge" in lowered and ctx.judge:
        return ctx.judge
    if lowered in ("da", "district attorney"):
        return _district_attorney(ctx) or "the District Attorney"
    if owner and owner.lower() in ("her", "his", "their") and ctx.defendant:
        return f"{ctx.defendant}'s {group}"
    if owner and owner[0].isupper() and owner.lower() not in ("the", "a", "an", "but", "and", "federal", "state"):
        return f"{owner}'s {group}"
    if group == "Crown":
        return "the Crown"  # Canadian prosecutors
    return group.lower() if group[0].isupper() and group not in ("DA", "District Attorney") else group


def _possessor(ctx: _Context, words: str) -> Optional[str]:
    m = re.search(rf"(?P<name>{_NAME})['\u2019]s\s+(?:[\w-]+\s+){{0,2}}$", words)
    return _full_name(ctx, m.group("name")) if m else None


def _district_attorney(ctx: _Context) -> Optional[str]:
    for party in ctx.parties:
        if any(re.search(r"\b(district attorney|DA)\b", role, re.I) for role in party.roles):
            return party.name
    m = re.search(rf"\b(?:District\s+Attorney|DA)\s+(?P<name>{_NAME})", ctx.source.text)
    return _full_name(ctx, m.group("name")) if m else None


def _forms(party: Party) -> list[str]:
    names = {party.name, *party.aliases}
    if party.kind == "person" and " " in party.name:
        names.add(party.name.split()[-1])
    return sorted((n for n in names if n), key=len, reverse=True)


def _full_name(ctx: _Context, name: str) -> str:
    name = re.sub(r"['\u2019]s$", "", name.strip())
    words = name.split()
    while len(words) > 1 and words[0] in _TITLES:
        words = words[1:]  # "Attorney Eric Rosen" -> "Eric Rosen"
    name = " ".join(words)
    for party in ctx.parties:
        if name == party.name or name in _forms(party):
            return party.name
    surname = name.split()[-1]
    longest = name
    for m in re.finditer(rf"\b(?:[A-Z][\w'\u2019-]+\s+)(?:[A-Z]\.\s+)?{re.escape(surname)}\b", ctx.source.text):
        candidate = re.sub(r"\s+[A-Z]\.\s+", " ", m.group())
        if len(candidate.split()) > len(longest.split()) and candidate.split()[0] not in _TITLES:
            longest = candidate
    return longest


_TITLES = {"Judge", "Justice", "Officer", "Colonel", "Col.", "Captain", "Sergeant", "Attorney", "DA", "Mr.", "Ms.",
           "Assistant", "U.S.", "District", "General", "Lieutenant", "Lt.", "Sen.", "Rep.", "Gov.", "Chief",
           "Mrs.", "Dr.", "President", "Assemblyman", "Detective", "Former", "The", "Defense", "Sgt.", "Army"}


def _merge_terms(terms: list[Term]) -> list[Term]:
    """One term per (kind, amount, status): repeats add citations; a bare mention joins a stated one."""
    merged: list[Term] = []
    for term in terms:
        same = next((t for t in merged if t.kind == term.kind and t.amount == term.amount and t.unit == term.unit
                     and (t.amount is not None or t.kind not in ("forfeiture", *_CONDITIONS) or t.text.lower() == term.text.lower())
                     and (t.status == term.status or term.status == "other")
                     and (term.by is None or t.by is None or t.by == term.by)), None)
        if same is None:
            merged.append(term)
            continue
        same.citations.extend(term.citations)
        same.by = same.by or term.by
    return merged


# ----------------------------------------------------------------------------- charges

def _charges(ctx: _Context, sentences: list[tuple[int, int]]) -> list[Charge]:
    text = ctx.source.text
    charges: list[Charge] = []
    for s_start, s_end in sentences:
        for status, trigger in _CHARGE_TRIGGERS:
            for m in trigger.finditer(text, s_start, s_end):
                if not _about_defendant(ctx, text[s_start:m.end()]):
                    continue
                for c_start, c_end in _offences(text, m.end(), s_end):
                    _add_charge(charges, Charge(text[c_start:c_end], [ctx.source.cite(c_start, c_end)], status))
    return charges


def _offences(text: str, start: int, s_end: int) -> list[tuple[int, int]]:
    """The offences a trigger names: "bank fraud, wire fraud and two counts of identity theft" gives three."""
    end = _offence_end(text, start, s_end)
    spans: list[tuple[int, int]] = []
    for index, (item_start, item_end) in enumerate(_list_items(text, start, end)):
        prefix = _COUNT_PREFIX.match(text, item_start, item_end)
        formal = bool(prefix and (prefix.group("count") or prefix.group("charges")))
        c_start = prefix.end() if prefix else item_start
        if index:  # "guilty of fraud and of theft", "pleaded guilty to X and to Y": the repeated preposition
            repeated = re.match(r"(?:of|to)\s+", text[c_start:item_end])
            c_start += repeated.end() if repeated else 0
        phrase = text[c_start:item_end].rstrip()
        # "pleaded guilty to a larceny charge": the offence is the words before "charge"
        suffixed = re.match(r"(?:an?|one|the|single)\s+(?:(?:single|felony|misdemeanor|federal|state)\s+)*(?P<name>.+?)\s+(?:charges?|counts?)$",
                            phrase, re.I)
        if suffixed and not formal:
            c_start += suffixed.start("name")
            phrase = suffixed.group("name")
        words = phrase.split()
        if not words or len(words) > 12 or _NOT_AN_OFFENCE.match(phrase) or _NOT_CHARGE_WORDS.search(phrase) \
                or _AN_EVENT.match(phrase):
            continue
        named = re.match(r"leaving\s+the\s+scene\b", phrase, re.I)  # a named offence in most US codes
        if words[0].lower().endswith("ing") and not formal and not named and _CONDUCT.match(phrase):
            continue  # "charged with killing a crossing guard": the act told; the offence is named elsewhere
        # A gerund after a named offence is the list's next offence ("murder and using a firearm in the commission
        # of a felony"); leading the list, a long one is the conduct told.
        if words[0].lower().endswith("ing") and not formal and not named and (
                len(words) > (12 if index else 8) or re.search(r"[\d$]|\s[A-Z]|\b(?:dozens|hundreds|thousands|millions|more\s+than"
                                            r"|his|her|their|him|them)\b", phrase)):
            continue  # "pleaded guilty to paying Lee $9,000", "to killing his wife": the conduct told, not an offence named
        spans.append((c_start, c_start + len(phrase)))
    return spans


def _offence_end(text: str, start: int, s_end: int) -> int:
    """Where the offence list stops: the clause's end, not an "in"/"and" that belongs to an offence."""
    pos = start
    while True:
        stop = _CHARGE_STOP.search(text, pos, s_end)
        if stop is None:
            return s_end
        word = stop.group().strip().lower()
        at = stop.start()
        goes_on = (
            (word == "in" and (_IN_GOES_ON.match(text, at) or _GOVERNS_IN.search(text, start, at)))
            or (word == "on" and _ON_GOES_ON.match(text, at))
            or (word == "while" and _WHILE_GOES_ON.match(text, at))
            or (word == "during" and _DURING_GOES_ON.match(text, at))
            or (word == "for" and _FOR_GOES_ON.match(text, at))
            or (word == "before" and not _BEFORE_STOPS.match(text, at))
            or (word in (",", "and", "or") and _next_item(text, stop.end(), s_end))
        )
        if not goes_on:
            return at
        pos = stop.end()


def _next_item(text: str, pos: int, s_end: int) -> bool:
    """After "," or "and", does another offence follow (not "prosecutors said" or "and was sentenced")?"""
    rest = re.match(r"\s*(?:(?:and|or)\s+)?", text[pos:s_end])
    at = pos + (rest.end() if rest else 0)
    prefix = _COUNT_PREFIX.match(text, at, s_end)
    if prefix and prefix.end() > at:
        return True
    return at < s_end and not _NOT_AN_ITEM.match(text, at, s_end)


def _list_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split at commas, and at "and"/"or" unless one offence holds both words
    ("conspiracy to commit fraud and theft", "aiding and abetting", "a single count of X and Y")."""
    items: list[tuple[int, int]] = []
    cursor = start
    for sep in re.finditer(r",(?!\d)\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+", text[start:end]):
        sep_start, sep_end = start + sep.start(), start + sep.end()
        if not sep.group().startswith(",") and not _COUNT_PREFIX.match(text, sep_end, end).group():
            item = text[cursor:sep_start]
            prefix = _COUNT_PREFIX.match(item)
            single = prefix and prefix.group("count") and re.match(r"(?:a\s+single|one|an?)\s", prefix.group("count"), re.I)
            if single or re.match(r"(?:\w+\s+){0,3}?conspir\w*\s+to\b", item[prefix.end() if prefix else 0:], re.I) \
                    or re.search(r"\bto\s+\w+$", item) or (_PAIRS.search(item) and _PAIR_AFTER.match(text, sep_end)) \
                    or _one_offence(item, re.split(r",|\s(?:and|or)\s", text[sep_end:end])[0]):
                continue
        items.append((cursor, sep_start))
        cursor = sep_end
    items.append((cursor, end))
    return [(s, e) for s, e in items if text[s:e].strip()]


def _one_offence(left: str, right: str) -> bool:
    """Two bare nouns that name no offence on their own make one named offence ("cruelty and maltreatment",
    "waste and abuse"); "burglary and arson" are two, for each names a crime."""
    sides = [left.strip().split(), right.strip().split()]
    return all(0 < len(words) <= 2 for words in sides) and not any(_OFFENCE_HEAD.search(" ".join(w)) for w in sides)


_OFFENCE_HEAD = re.compile(
    r"\b(?:\w*(?:fraud|theft|assault|murder|manslaughter|brib\w*|obstruct\w*|conspir\w*|possess\w*|traffick\w*|robbery"
    r"|burglary|arson|rape|kidnap\w*|homicide|battery|extortion|embezzle\w*|larceny|perjury|forgery|smuggl\w*|launder\w*"
    r"|stalking|harass\w*|trespass\w*|vandalism|mischief|menacing|endanger\w*|abuse|neglect|contempt|sodomy|incest"
    r"|racketeering|espionage|treason|sedition|desertion|mutiny|riot\w*|escape|evasion|violation|violating|misconduct"
    r"|driving|DUI|DWI|OWI|intoxicat\w*|solicit\w*|pandering|prostitution|gambling|counterfeit\w*|impersonat\w*|threat\w*"
    r"|resisting|eluding|fleeing|disorderly|loitering|carrying|discharg\w*|distribut\w*|manufactur\w*|sale|delivery"
    r"|felony|misdemeanor|offen[cs]es?|crimes?))\b", re.I)


def _add_charge(charges: list[Charge], charge: Charge) -> None:
    for existing in charges:
        if existing.text.lower() == charge.text.lower():
            existing.citations.extend(charge.citations)
            return
    charges.append(charge)


def _about_defendant(ctx: _Context, before: str) -> bool:
    """False when the clause's subject is a named person other than the case's defendant, or people in general."""
    if re.search(r"\b(?:officers|people|defendants|men|women|cases|suspects|those)\s+(?:(?:who|that)\s+(?:were|are|have\s+been)\s+)?"
                 r"(?:charged|convicted|found|acquitted|indicted)\b[^,;]{0,40}$", before):
        return False  # "of the 200 officers charged with murder ...": a statistic, not this case's charge
    if re.search(r"\b(?:[Oo]thers?|co-?defendants?|accomplices?)\b", before) and not (
            ctx.defendant and re.search(rf"\b{re.escape(ctx.defendant)}\b(?!['\u2019]s)", before)):
        return False  # "Others pleaded guilty to ...", "His co-defendant pleaded guilty to ..."
    if not ctx.defendant or not ctx.parties or ctx.roundup:
        return True  # without the article's people, any capitalised word could be anyone
    people = _people(ctx, before)
    return not people or _is_defendant(ctx, people[0]) or _is_defendant(ctx, people[-1])


_SENTENCE_OPENERS = {"The", "A", "An", "But", "And", "He", "She", "They", "It", "In", "On", "After", "Before", "When",
                     "Former", "Also", "His", "Her", "Their", "Others", "Earlier", "Later", "Last", "This"}


def _is_defendant(ctx: _Context, name: str) -> bool:
    """Same first and last name as the defendant ("Peter J. Liang" is "Peter Liang")."""
    if not ctx.defendant_name:
        return True
    mine, theirs = ctx.defendant_name.split(), name.split()
    if len(mine) == 1 or len(theirs) == 1:
        return mine[-1] == theirs[-1]
    return mine[0] == theirs[0] and mine[-1] == theirs[-1]


def _defendant(source: Source, parties: list[Party]) -> Optional[str]:
    """The surname the body uses most among people: in a case article, the defendant's."""
    body = " ".join(source.text[p.start:p.end] for p in source.body())
    counts: Counter[str] = Counter()
    for party in parties:
        if any(re.search(r"\b(?:judge|justice)\b", role, re.I) for role in party.roles):
            continue  # the one who sentences is never the one sentenced
        if party.kind == "person" and party.name.split():
            surname = party.name.split()[-1]
            counts[surname] = len(re.findall(rf"\b{re.escape(surname)}\b", body))
            if not counts[surname]:
                continue  # never named in the body: the patterns below cannot match either
            # Being the one convicted or sentenced says "defendant" louder than being mentioned.
            counts[surname] += 3 * len(re.findall(
                rf"\b{re.escape(surname)}\b[^.]{{0,60}}?\b(?:convicted|pleaded guilty|sentenced|found guilty|charged"
                rf"|arraigned|indicted|acquitted)\b", body))
            # ... or its object: "prosecutors charged the landlord, Ed Lee, with ..."
            counts[surname] += 3 * len(re.findall(
                rf"\b(?:charged|convicted|indicted|acquitted|sentenced)\s+[^.]{{0,50}}?\b{re.escape(surname)}\b", body))
    if not counts:
        # No parties yet: the capitalised word that most often starts a clause as its subject.
        for m in re.finditer(r"(?:^|[.!?]\s+)(?:Former\s+\w+\s+)?([A-Z][a-z]+)(?=,|\s+(?:was|is|has|had|pleaded|said|says|will)\b)", body):
            if m.group(1) not in _SENTENCE_OPENERS:
                counts[m.group(1)] += 1
    return counts.most_common(1)[0][0] if counts else None


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
        if m.group(1) not in _TITLES and m.group(1) not in _SENTENCE_OPENERS:
            named.append((body_start + m.start(), f"{m.group(1)} {surname}"))
            break
    if not named:
        return surname
    first = min(named)[1]
    return next((p.name for p in parties if p.name == first or first in p.aliases), first)


# ----------------------------------------------------------------------------- judge, court, date

def _judge(source: Source, sentences: list[tuple[int, int]], parties: list[Party]) -> Optional[Mention]:
    text = source.text
    ctx = _Context(source, parties, None, None)
    for s_start, s_end in sentences:
        for pattern in _JUDGE_PATTERNS:
            m = pattern.search(text, s_start, s_end)
            if m and not _APPELLATE.search(text, s_start, s_end):
                return _judge_mention(ctx, m)
    # Courts-martial: "A military judge ruled ... Army Colonel Jeffery Nance took ..."
    for i, (s_start, s_end) in enumerate(sentences):
        if re.search(r"\bmilitary judge\b", text[s_start:s_end]):
            for n_start, n_end in sentences[i:i + 2]:
                m = _RANK_NAME.search(text, n_start, n_end)
                if m:
                    return _judge_mention(ctx, m)
    return None


def _judge_mention(ctx: _Context, m: re.Match[str]) -> Mention:
    start = m.start() if m.group().split()[0] not in ("the", "a") else m.start("title") if m.group("title") else m.start("name")
    words = ctx.source.text[start:m.end("name")]
    name = re.sub(r"\s+[A-Z]\.(?=\s)", "", m.group("name"))
    return Mention(text=words, citations=[ctx.source.cite(start, m.end("name"))], name=_full_name(ctx, name))


def _court(source: Source, sentences: list[tuple[int, int]]) -> Optional[Mention]:
    text = source.text
    for s_start, s_end in sentences:
        for m in _COURT.finditer(text, s_start, s_end):
            words = m.group().strip().rstrip(".")
            if words.split()[0] in ("the", "of"):
                continue
            if re.fullmatch(r"(?:the\s+)?court", words, re.I) or words.lower().startswith(("appellate", "a ")):
                continue
            start = m.start() + (len(m.group()) - len(m.group().lstrip()))
            return Mention(text=text[start:start + len(words)], citations=[source.cite(start, start + len(words))],
                           name=words)
    return None


_SENTENCING_WORDS = re.compile(r"\bsentenc(?:ed|ing)\b|\bfate\b|\bjailed\b|\bsent\s+(?:[\w.]+\s+){1,3}?to\s+(?:prison|jail)\b",
                               re.I)


_VERDICT = re.compile(r"\bfound\s+(?:\w+\s+)?guilty\b|\bconvicted\b", re.I)
_WEEKDAY = re.compile(r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _sentencing_date(ctx: _Context, sentences: list[tuple[int, int]], terms: list[Term]) -> Optional[DateValue]:
    text = ctx.source.text
    published = ctx.source.published
    near: list[DateMatch] = []
    decided: list[DateMatch] = []
    imposed_at = {c.start for t in terms if t.status == "imposed" for c in t.citations}
    imposed_index = [i for i, (s_start, s_end) in enumerate(sentences) if any(s_start <= c < s_end for c in imposed_at)]
    verdict: list[DateMatch] = []
    for index, (s_start, s_end) in enumerate(sentences):
        # "has been jailed for 12 years ... He was found guilty on Thursday": a court-martial (or a judge who sentences
        # at once) decides the verdict and the sentence the same day, so a weekday in a verdict sentence beside it dates it.
        if imposed_index and any(abs(index - i) <= 2 for i in imposed_index[:1]) and _VERDICT.search(text, s_start, s_end):
            verdict.extend(d for d in find_dates(text, s_start, s_end, published)
                           if d.granularity == "day" and _WEEKDAY.match(text, d.start))
        words = list(_SENTENCING_WORDS.finditer(text, s_start, s_end))
        has_imposed = any(s_start <= c < s_end for c in imposed_at)
        if not words and not has_imposed:
            continue  # dating every sentence is the costly part; only these can date the sentencing
        dates = find_dates(text, s_start, s_end, published)
        for word in words:
            at = word.start()
            for d in dates:
                word_end = at + len(word.group().split()[0])
                gap = text[d.end:at] if d.end <= at else text[word_end:d.start]
                if len(re.findall(r"[\w$]+", gap)) <= 3 and d.granularity == "day":
                    near.append(d)
        if has_imposed:
            decided.extend(d for d in dates if d.granularity == "day")
    chosen = (near or decided or verdict or [None])[0]
    if chosen is None:
        return None
    return DateValue(text=text[chosen.start:chosen.end], citations=[ctx.source.cite(chosen.start, chosen.end)],
                     value=chosen.value, granularity=chosen.granularity)

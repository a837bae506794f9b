"""Sentencing details: charges, sentence terms, sentencing date, judge and court (SPEC §4).

Terms are found by the phrases news uses for each kind of punishment ("14 days
in prison", "a $30,000 fine", "500 hours of community service"); the words
that govern a term in its clause give its status ("is asking for" ->
recommended, "sentenced to" -> imposed, "could face up to" -> maximum) and the
nearest actor before those words says who proposed it. Only body paragraphs
are read: captions and clutter restate or advertise, they do not report. Charges are read by
builder/extract/charges.py; this module says which clauses are about the case's defendant.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from typing import Optional

from dateutil.relativedelta import relativedelta

from builder.extract._cues import JUDICIAL_TITLES
from builder.extract._defendant import TITLES, Defendant, find_defendant, second_defendant, sentenced_together, tried_together
from builder.extract._lexicon import (CO_DEFENDANT, FEMALE_GIVEN_NAMES, GROUP_NOUNS, KIN_NOUNS, LAW_NAMED_SENTENCE, MALE_GIVEN_NAMES, MONTHS_AND_DAYS,
                                      ORG_WORDS, PEOPLE_NOUNS, PLACE_SUFFIXES, ROLE_NOUNS, UNNAMED_PERSON_NOUNS, parole_differs)
from builder.extract._marks import quoted_segments
from builder.extract._regex import lazy_compile
from builder.extract._term_phrases import DURATION as _DURATION, MONEY as _MONEY_VALUE, NUMBER as _NUM, BARE_KIND, BARE_REQUEST, ELLIPTIC_AMOUNT, ELLIPTIC_COURSE, ELLIPTIC_CAP, ELLIPTIC_DURATION, ELLIPTIC_MORE, ELLIPTIC_NEXT, ELLIPTIC_PERSON_TO, ELLIPTIC_BREAKDOWN, ELLIPTIC_NEXT_CAP, ELLIPTIC_REQUEST, SPLIT_TAIL, TERM_INDICES_BY_KIND, TERM_NEEDS, TERM_SOURCES, kinds_named, term_pattern, term_words
from builder.extract.charges import find_charges
from builder.extract.dates import DateMatch, find_dates, parse_number
from builder.extract.text import judge_name_run_on, split_sentences
from builder.sources.layout import BOX_HEADING, BULLET
from builder.model import DateValue, Mention, Party, Sentencing, Source, Term, TermStatus

# Words that govern a term. A recommendation or request earlier in the clause wins over
# "receive"/"impose" that follow it ("asked the judge to impose ...", "recommend that he receive").
_CUES: list[tuple[TermStatus, re.Pattern[str]]] = [(status, lazy_compile(p, re.I)) for status, p in [
    ("recommended", r"\brecommend(?:s|ed|ing|ation|ations)?\b|\bask(?:s|ed|ing)?\b(?:\s+for)?|\burg(?:e|es|ed|ing)\b"
                    r"|\bpropos(?:e|es|ed|ing|al)\b|\brequest(?:s|ed|ing)?\b|\bshould\s+(?:get|receive|serve|spend|be\s+(?:placed|given|sentenced|ordered))\b|\bcalled\s+for\b"
                    r"|\bargu(?:ed|es|ing)\s+(?:for|that)\b|\bspend\b(?=.*\b(?:argu\w*|said|says|wrote|told)\b)"
                    # a plea deal's terms await the judge: "a deal that calls for", "agreed to forfeit"
                    # "The plea agreement stipulates a sentence of between 16 and 22 years"
                    r"|\bcalls?\s+for\b|\bagree(?:d|s)?\s+to\b|\bstipulat(?:e|es|ed|ing)\b"
                    # what someone argues a defendant has earned, never what the court gave: "argued he deserved 14 years"
                    r"|\bdeserv(?:e|es|ed)\b"),
    # "Prosecutors hope he will spend 10 years in prison": a side's wish, not the court's decision
    ("sought", r"\bhop(?:e|es|ed|ing)\b|\bs(?:ought|eeks?|eeking)\b|\bpush(?:ed|es|ing)?\s+(?:hard\s+)?for\b|\bwant(?:s|ed)?\b|\bdemand(?:s|ed|ing)?\b"),
    # ("is liable to imprisonment for up to 14 years": Britain's and Australia's statutory wording)
    ("maximum", r"\bup\s+to\b|\bmaximum\b|\bpunishable\s+by\b|\bliable\s+to\b|\bcould\s+(?:face|get|receive)\b|\b(?:could|might)\s+(?:(?:still|also|potentially)\s+)?(?:spend|serve)\b|\bfac(?:es|ed|ing)\b"
                # what the law allows for a charge: "carries a possible life sentence", "carried a potential 20-year term"
                r"|\bcarr(?:y|ies|ied|ying)\s+(?:an?\s+)?(?:possible|potential)\b"),
    ("imposed", r"\b(?:re-?)?sentenc(?:ed|es|ing)\b|\b(?:jailed|imprisoned)\b|\border(?:s|ed|ing)\b|\bcommitted\s+(?:\w+\s+){0,2}?to\s+$|\bremain\s+in\s+$|\bconditions\s+(?:also\s+)?includ(?:e|es|ed|ing)\b|\b(?:direct|instruct)(?:s|ed)\s+(?:that|him|her|them)\b|\bimpos(?:e|es|ed|ing)\b|\bgiven\b|\bgave\b|\bhanded\b"
                r"|\breceiv(?:e|es|ed)\b|\bgets?\b|\bgot\b"
                # ("his licence was endorsed with nine penalty points": the court's act on a British licence)
                r"|\bendorsed\s+with\b"
                # "The judge meted out a four-year sentence": the court's act in a wire's idiom
                r"|\bmet(?:ed|es|ing)\s+out\b"
                # "granted a stay of imposition", "granted him a stayed sentence": the disposition the court grants
                r"|\bgrant(?:s|ed|ing)\s+(?:(?:him|her|them)\s+|(?:(?-i:[A-Z])[\w'\u2019-]+\s+){1,3})?$"
                # Australia: "was released on a two-year good behaviour bond" (the order is the sentence, no bail)
                r"|\breleased\s+on\s+(?:an?\s+)?$"
                # Ireland: "The suspended portion is conditional on her keeping the peace ...": a suspension's conditions
                r"|\bsuspen\w+\s+(?:[\w-]+\s+){0,6}?(?:is|was|are|were)\s+(?:made\s+)?conditional\s+(?:up)?on\b"
                # Texas juries sentence: "the jury assessed punishment at 12 years", "set his punishment at life in prison"
                r"|\b(?:assess(?:ed|es|ing)?|set|sets|setting|fixed|fixes)\s+(?:(?:his|her|their|the)\s+)?punishment\s+at\b"
                # "was put on probation", "drew 12 years", "was hit with a $5,000 fine": the court's act told in plain words
                # ("will also perform 300 hours of community service", "will be under five years of supervision": the order
                # told as what is to come; "made an order forfeiting $9,000": the order the participle names)
                r"|\bput\s+(?:(?:him|her|them)\s+)?on\b|\bdr(?:ew|aws)\b|\b(?:hit|slapped)\s+with\b|\bhave\s+to\b|\bmust\b|\brequire[sd]?\b(?!\s+(?:by|under)\b)|\bruled\b|\bspared\b"
                r"|\b(?:will|['\u2019]ll|is\s+(?:set|going|expected)\s+to)\s+(?:also\s+|then\s+|later\s+)?(?:now\s+)?(?:only\s+)?(?:serve|pay|spend|perform|complete|do)\b|\bplaced\b|\bserv(?:ing|es)\b|\bmade\s+(?:(?:him|her|them|[A-Z][\w'\u2019-]+)\s+)?(?:the\s+)?subject\s+(?:to|of)\b|\bmade\s+(?:an?|the)\s+(?=\S*$)|\bmade\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?order\s+$|\bmade\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?orders?\b(?=[^;]*\band\s+(?:an?\s+)?(?:[\w$£€,.-]+\s+){0,3}?$)|\bsubstitut(?:ed|es|ing)\b|\b(?:will|['\u2019]ll)\s+(?:also\s+|then\s+){0,2}be\s+(?:on|under|subject\s+to|bound\s+by)\b|\bissu(?:ed|es)\b|\bsentence\b|\badd(?:s|ed)\b"
                # the court's order named as entered or granted: "entered a 10-year restraining order", "granted an order
                # of protection"; "is also subject to a no-contact order"
                # (the clause read here ends where the term starts, so an article closing it is the term's own)
                # ("signed a criminal stalking injunction": the judge's signature makes the order)
                r"|\bsigned\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$"
                r"|\b(?:entered|grant(?:ed|s))\b(?=\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$|\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:orders?|injunction|judge?ment)\b)"
                r"|\b(?:is|are|was|were)\s+(?:also\s+)?subject\s+to\b"
                # ("The first 12 months are to be served under house arrest": how the sentence is to be served)
                r"|\b(?:is|are)\s+to\s+be\s+served\s+(?:under|on|in)\s+$"
                # ("The dogs were signed over to the RSPCA under a deprivation order": property given up by the court's order)
                r"|\b(?:signed|handed)\s+over\s+(?:[\w'\u2019-]+\s+){0,4}?under\s+(?:an?|the)\s+$"
                # a resentencing's new term put in the old one's place: "replaced it with a term of 30 to 60 years"
                r"|\breplac(?:ed|es)\s+(?:it|that|(?:the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:sentence|term))\s+with\b"
                # an appeal leaves the sentence standing: "upheld the nine-year prison sentence"
                r"|\b(?:upheld|upholds|affirmed|affirms|reinstated)\b"
                # a resentencing that keeps a term: "kept in place the $40,000 fine", "left intact", "let stand", "reimposed"
                r"|\b(?:kept|keeps|keeping|left|leaves|leaving)\s+(?:in\s+place|intact|untouched|unchanged|standing)\b|\blet\s+stand\b|\bre-?impos(?:e|es|ed|ing)\b"
                # "kept the five-year gun sentence": the term a resentencing kept, named right after the verb
                r"|\b(?:kept|keeps|retained|retains|preserved|maintained)\s+(?:the|his|her|their)\s+$"
                # "kept the other terms unchanged, including", "The rest of the sentence stands, including": what a resentencing
                # kept, listed after the words that keep it
                r"|\b(?:(?:kept|keeps|keeping|left|leaves|leaving)\s+(?:[\w'\u2019-]+\s+){1,6}?(?:in\s+place|intact|untouched|unchanged|standing|in\s+force)"
                r"|(?:kept|keeps|keeping|retained|retains|preserved|maintained)\s+(?:the|his|her|their)\s+(?:other|remaining|rest|remainder|balance)\b[^,;:]{0,40}?"
                r"|(?:rest|remainder|balance|other\s+(?:terms|parts|conditions))\s+(?:of\s+(?:the|his|her|their)\s+(?:original\s+)?(?:sentence|punishment|judg(?:e)?ment)\s+)?"
                r"(?:stands|stood|remains?\s+(?:in\s+(?:place|force|effect)|intact|unchanged)|was\s+(?:left\s+)?(?:unchanged|intact|untouched)))"
                r",?\s+(?:including|among\s+(?:them|those)|such\s+as)\b"
                # "Her prison term will be followed by three years of supervised release": the rest of the sentence given
                r"|\b(?:sentence|term|time)\s+(?:(?:in\s+prison|behind\s+bars)\s+)?(?:will\s+be|is\s+to\s+be|to\s+be|is|was|shall\s+be)\s+followed\s+by\b"
                # "That will be followed by two years of extended supervision": the sentence just told, pointed back at
                r"|(?:^|[.;]\s+)\s*(?:That|This|It)\s+(?:will\s+be|is\s+to\s+be|is|shall\s+be)\s+followed\s+by\b"
                # a revocation hearing's order: "sent him back to prison to serve", "returned her to jail for"
                r"|\b(?:sent|sends|return(?:ed|s)|remanded)\s+(?:(?:him|her|them|(?-i:[A-Z])[\w'\u2019-]+)\s+)?(?:back\s+)?to\s+"
                r"(?:(?:state|federal|county)\s+)?(?:prison|jail|custody)\b"),
]]
# A past-tense sentencing verb starts a new decision even after a request ("..., and the judge sentenced him to").
# "asked that he be sentenced to" is still the request: a subjunctive "be sentenced" decides nothing.
_DECIDED = lazy_compile(r"\b(?<!to )(?<!be )(?:(?:re-?)?sentenced|ordered|imposed)\b", re.I)
_CLAUSE_BREAK = lazy_compile(r"[;:\u2014\u2013]|\s--\s|,?\s+(?:but|while|whereas|however)\b", re.I)
# Release conditions before sentencing (bail, bond, home detention while awaiting trial) are not sentences.
# (a bond that is the sentence is no bail: "a good behaviour bond", "a peace bond", "enter a bond to keep the peace",
# "released on a two-year good behaviour bond", "released on a community correction order"; "to be released on parole
# on January 6" is the release after the sentence; "bound to the peace in his own bond of €500" is a bind-over's sum)
_BAIL = lazy_compile(r"\b(?:bail|(?<!behaviour )(?<!behavior )(?<!peace )(?<!own )bond(?!\s+to\s+(?:keep\s+the\s+peace|be\s+of\s+good))|pretrial|pre-trial|awaiting\s+(?:trial|sentencing)|pending\s+(?:trial|sentencing)"
                   r"|remain(?:s|ed)?\s+free|free\s+until|until\s+(?:(?:his|her|their|the)\s+)?(?:trial|sentencing)|awaits?\s+(?:(?:his|her|their)\s+)?trial"
                   # "ordered not to buy any animals while the case is pending"
                   r"|while\s+(?:the|his|her|their)\s+(?:criminal\s+)?case\s+(?:is|was|remains)\s+(?:pending|open|unresolved)|free\s+on\s+(?:conditions|(?:his|her|their)\s+own\s+recognizance)|released\s+on(?!\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:good[- ]behaviou?r|(?:community|intensive)\s+correct|suspended\s+sentence|parole\b))|conditions?\s+of\s+(?:(?:his|her|their)\s+)?release"
                   # "If the magistrate orders him released, prosecutors will ask for electronic monitoring"
                   r"|\border(?:s|ed)?\s+(?:him|her|them)\s+released)\b", re.I)
# Release refused: "denied a defense request that he remain free on bond while he appeals", "revoked her bail". The
# sentence after it ("The judge also ordered him to have no contact with ...") goes on with the sentencing, not with
# release conditions.
_BAIL_DENIED = lazy_compile(r"\b(?:denied|denies|refused|refuses|rejected|rejects|revoked|revokes|declined|declines)\b[^.;]{0,80}?"
                          r"\b(?:bail|bond|remain(?:s|ed)?\s+free|release)\b", re.I)
# What a sentence already told releases the defendant from: "a condition of her release" is then that supervision's
_RELEASED_FROM = ("prison", "jail", "supervised_release", "probation", "parole", "home_confinement", "supervision")


def _bail_told(text: str, start: int, end: Optional[int], served: bool) -> bool:
    """Whether text[start:end] speaks of release before trial or sentencing; once a sentence has been told (`served`),
    "as a condition of his release" is the release after that sentence, a condition the court imposed."""
    return any(not (served and m.group().lower().startswith("condition")) and not _bail_ended(text, m, start)
               for m in _BAIL.finditer(text, start, len(text) if end is None else end))


# A bail or bond told as taken away: "in custody since his bond was revoked", "after the judge revoked her bail" (he is
# held, so nothing in the sentence is a condition of release)
_ENDED_AFTER = lazy_compile(r"\s+(?:was|were|had\s+been|has\s+been)\s+(?:(?:later|then|also)\s+)?(?:revoked|denied|cancell?ed|withdrawn)\b", re.I)
_ENDED_BEFORE = lazy_compile(r"\b(?:revok\w*|den(?:ied|ying|y)|cancell?\w*)\s+(?:(?:his|her|their|the)\s+)?$", re.I)


# A release asked for and refused: "rejecting her plea to remain free", "denied his request to stay free on bond"
_REFUSED_BEFORE = lazy_compile(r"\b(?:reject\w*|den(?:ied|ies|ying|y)|refus\w*|declin\w*)\b[^.;]{0,60}$", re.I)


def _bail_ended(text: str, m: re.Match[str], start: int) -> bool:
    if m.group().lower() not in ("bail", "bond"):
        return m.group().lower().startswith("remain") and _REFUSED_BEFORE.search(text[max(start, m.start() - 70):m.start()]) is not None
    return _ENDED_AFTER.match(text, m.end()) is not None or _ENDED_BEFORE.search(text[max(start, m.start() - 30):m.start()]) is not None


# A condition told in a sentence of its own goes on from the sentence before: "was released on bond. One condition: ..."
_CONDITION_GOES_ON = lazy_compile(r"\s*(?:One|Another|A\s+(?:further|second|third|final)|The\s+(?:first|second|third|last|final|main))(?:\s+(?:condition|requirement))?\s*:")
# A conjunction opening a clause whose subject was sentenced: "after he was spared jail", "since Roe was given"
_TURNS_TO_THE_COURT = lazy_compile(r"\b(?:after|since|because|when|once)\s+(?:he|she|they|(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)?)"
                                   r"\s+(?:was|were|had\s+been|has\s+been)\s+(?:[\w-]+\s+)?$", re.I)
_A_SIDE = lazy_compile(r"\b(?:prosecut\w*|defen[cs]e|Crown|counsel|barrister|solicitor|lawyer|attorney|KC|QC|SC)\b", re.I)
_STARTING_POINT = lazy_compile(r"\bstarting[- ]points?\s+(?:\w+\s+){0,3}?(?:of|at|was|is|would\s+be|to)\s+(?:an?\s+|the\s+)?$", re.I)
_RULED_AFTER = lazy_compile(r"\b(?:judge|court|jury)\s+(?:ruled|decided|ordered|imposed|sentenced)\b", re.I)
_GUIDELINES = lazy_compile(r"\bguidelines?(?:\s+(?:range|sentence|calculation))?"
                         # "the guidelines, driven by the size of the loss, recommend": an aside between commas or dashes
                         r"(?:\s*[,\u2014\u2013]\s*[^,;\u2014\u2013]{1,80}?[,\u2014\u2013])?,?\s+(?:\w+\s+){0,2}?"
                         # "puts the guidelines range at 188 to 235 months", "a guidelines range between 70 and 87 months"
                         r"(?:called|call|calls|recommend\w*|suggest\w*|set|sets|was|is|of|at|between|from)\s+(?:for\s+)?"
                         # "called for an active sentence of ...": the advised sentence named before its length
                         r"(?:(?:an?|the)\s+(?:[\w-]+\s+)?)?$", re.I)
# "guidelines ..., recommend a range of 57 to 71 months": the upper bound of an advisory range, no side's request
_RANGE_BOUND = lazy_compile(r"\brange\s+(?:of|from)\s+\S+\s+(?:to|and)\s+$", re.I)
_LOW_BOUND = lazy_compile(r"(?:between\s+|from\s+)?\S+\s+(?:to|and)\s+$", re.I)
_AFTER_CUE = lazy_compile(r"^[\s,]*(?:(?:(?:that|which|who)\s+)?(?:was|were|is|are|had\s+been|has\s+been)\s+(?:also\s+)?)?"
                        r"(?P<cue>recommended|sought|requested|proposed|imposed|ordered)\s+by\s+", re.I)
# "A sentence of 10 years was imposed.", "Three years of probation were also ordered": the court's act told after the term
# ("A restraining order was made against him", "A criminal behaviour order was granted": the court's act on an order)
_IMPOSED_AFTER = lazy_compile(r"^\s+(?:was|were|has\s+been|have\s+been)\s+(?:also\s+)?(?:imposed|handed\s+down|ordered|issued|entered|signed|made|granted"
                            # "the five years of probation were left intact": a resentencing keeps the term
                            r"|left\s+(?:intact|in\s+place|untouched|unchanged|standing)|kept(?:\s+in\s+place)?|re-?imposed|allowed\s+to\s+stand)\b(?!\s+by\b)"
                            # "kept the $90,000 restitution order in place"
                            r"|^\s+in\s+place\b(?!\s+of\b)", re.I)

# A term told as the subject of how it is served: "His sentence of 18 months on the gun count will run concurrently"
_RUNS_AFTER = lazy_compile(r"(?:\s+(?:for|on)\s+[^.;:,]{1,60}?)?\s+(?:will|is\s+to|are\s+to|shall|must|to)\s+(?:also\s+)?"
                         r"(?:run|be\s+served)\s+(?:concurrently|consecutively|at\s+the\s+same\s+time|alongside|on\s+top|after)\b", re.I)
# An order told by how long it lasts: "A restraining order will remain in place indefinitely", "will stay in force for
# five years" (TERM_SOURCES keeps these words in the term, its length after them)
_STAYS_IN_FORCE = lazy_compile(r"^\s+(?:will|is\s+to|shall)\s+(?:also\s+)?(?:remain|stay|be)\s+in\s+(?:place|force|effect)\b", re.I)
_REQUESTED_AFTER = lazy_compile(r"^\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:also\s+)?(?P<cue>requested|sought|recommended|proposed)\b(?!\s+by\b)", re.I)

# Who proposes or imposes a term.
# "was jailed for a maximum of four years": a sentencing verb in the past, no modal ("could be sentenced to")
# A clause that tells what the sentence will be, in the future indicative: "Cordova will spend up to a year in ..." (no
# modal, no ask: "could spend up to" is the law's exposure)
_WILL_SPEND = lazy_compile(r"^(?!.*\b(?:could|would|may|might|can|fac\w+|risks?|asked|asks|seek\w*|sought|wants?|urg\w*)\b).*"
                         r"\b(?:will|['\u2019]ll)\s+(?:now\s+|also\s+|then\s+)?(?:spend|serve)\s+$", re.I | re.S)
# ("sentenced Lee to one to 15 years for kidnapping, and up to five years for assault": the list the verb governs goes on)
_SENTENCED_TO = lazy_compile(r"^(?!.*\b(?:could|would|may|might|can|fac\w+|risks?)\b).*\b(?:jailed|(?:re-?)?sentenced|imprisoned)\s+(?:[\w,]+\s+){0,8}?"
                           r"(?:to|for)\s+(?:an?\s+|the\s+)?(?:[^.;:]{1,150}?,?\s+(?:and|plus)\s+)?$", re.I | re.S)
_GROUP = lazy_compile(
    r"(?:(?P<owner>[A-Z][\w-]*|[Hh]er|[Hh]is|[Tt]heir)(?P<poss>['\u2019]s?)?\s+)?"
    r"(?P<group>(?i:(?:federal\s+|state\s+)?prosecutors?|prosecution|(?:defen[cs]e\s+)?(?:lawyers?|attorneys?|team)"
    r"|defen[cs]e|(?:public\s+)?defenders?|(?:military\s+|trial\s+|federal\s+)?judge|government(?=['\u2019]s\s|\s+(?:has|had|is|was|asks|asked|wants|wanted|seeks|sought|recommend|request|urge|argue)|\s*$)"
    # "The state asked for 40 months", "the state is seeking": in a criminal case the state is the prosecution (never
    # "state prison", "the state's"; and "X said the state would seek" is X's own request)
    # ("The commonwealth recommended eight years": Kentucky, Virginia, Pennsylvania and Massachusetts prosecute as the
    # Commonwealth)
    r"|(?<=[Tt]he\s)(?:state|[Cc]ommonwealth)(?=\s+(?:has|had|is|was|plans|planned|intends|asks|asked|wants|wanted|seeks|sought|recommend|request|urge|argue)|\s*$)"
    # "the U.S. attorney's office asked for", "the district attorney's office recommended": the office that prosecutes
    r"|(?:(?:district|state['\u2019]?s?|county|U\.S\.|city|commonwealth['\u2019]?s?|prosecuting)\s+)attorney['\u2019]?s?['\u2019]?\s+office"
    # the court's own probation office writes a presentence report with a recommendation of its own
    r"|(?:(?:federal|state|county|adult|U\.S\.)\s+)?probation\s+(?:office|department|officers?|service|officials?))"
    # "the Attorney General's office" is the office prosecuting, not a lawyer of either side
    r"|attorneys?|DA|District\s+Attorney|Crown)\b(?!\s+(?i:general)\b)")
_NAME = r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'\u2019-]+){0,2}"

_JUDGE_PATTERNS = [
    lazy_compile(rf"\b(?:(?:U\.S\.|Chief|Senior|Magistrate|District|Circuit|Superior|Supreme|State|Federal|Presiding)\s+)*"
               # Britain's part-time judge sits under the title alone: "Recorder Ann Bell KC ordered her to ..."
               # a lower-case title as British and some US outlets write it: "Anoka county district judge Ann Roe sentenced"
               # (Australia's, New Zealand's and Britain's lower courts sit under a magistrate: "Magistrate Carolyn Hasset")
               rf"(?:Justice|Judge|Recorder|Magistrate|(?:(?:county|district|circuit|superior\s+court|federal|crown\s+court|high\s+court)\s+)+judge)\s+(?!(?:Department|Dept|Ministry|Center|Centre|Institute|Project|Initiative|Reform|Court)\b)"
               rf"(?P<name>{_NAME})"),
    # (Britain's part-time judge told the same way: "told the recorder, Ann Bell, that ...")
    lazy_compile(rf"\b(?:[Tt]he|[Aa])\s+(?:military\s+|trial\s+|presiding\s+|federal\s+)?(?:judge|recorder),\s+(?P<title>(?:(?:Army|Navy|Air\s+Force|Marine)\s+)?"
               rf"(?:Lt\.\s+|Lieutenant\s+)?(?:Colonel|Col\.|Captain|Capt\.|Commander|Cmdr\.|Cdr\.|Major|Maj\.|Judge)\s+)?(?P<name>{_NAME})"),
]
_SCOTTISH_COURT = lazy_compile(r"\bHigh\s+Court\s+(?:in|at)\s+(?:Glasgow|Edinburgh|Aberdeen|Dundee|Inverness|Livingston|Paisley|Perth)\b"
                               r"|\b[A-Z][a-z]+\s+Sheriff\s+Court\b|\bCourt\s+of\s+Session\b")
# (a senator of the College of Justice is known by the judicial title as a name, "Lady Ruthven"; a sheriff by name)
_SCOTTISH_JUDGE = lazy_compile(r"\b(?P<name>(?:Lord|Lady)\s+(?!(?:Advocate|Provost|Justice|Chancellor)\b)[A-Z][\w'\u2019-]+)(?!\s+Court\b)"
                               r"|\bSheriff(?:\s+Principal)?\s+(?!Court\b)(?P<sheriff>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)")
_RANK_NAME = lazy_compile(rf"\b(?:(?:Army|Navy|Air\s+Force|Marine)\s+)?(?:Lt\.\s+|Lieutenant\s+)?"
                        rf"(?:Colonel|Col\.|Captain|Capt\.|Commander|Major)\s+(?P<name>{_NAME})")
# ("Derby Crown Court in July": a month after "in" is when, not where; Canada's "Court of King's Bench" keeps the
# possessive that joins its name's words)
_WEEKDAY_OR_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Aug"
                     r"|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_COURT = lazy_compile(r"\b(?:(?:[A-Z][\w.'\u2019-]*|of|the)\s+){0,4}?(?:Court(?![a-z])|court-martial)"
                    r"(?:\s+(?:in|of|for)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November"
                    r"|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w.]*"
                    r"(?:['\u2019]s(?=\s+[A-Z]))?(?:\s+(?!(?:Justice|Judge)\s+[A-Z])[A-Z][\w.]*)*)?"
                    r"|\b(?:[A-Z][\w]*['\u2019]s\s+)?federal\s+court(?:\s+in\s+(?!" + _WEEKDAY_OR_MONTH + r")[A-Z][\w.]*"
                    # the place the federal court sits, however many words it takes: "federal court in Grand Rapids,
                    # Mich.", "federal court in St. Louis on Friday" (not a day told right after it)
                    r"(?:\s+(?!" + _WEEKDAY_OR_MONTH + r")[A-Z][\w.]*)*)?")


@dataclass
class _Context:
    source: Source
    parties: list[Party]
    defendant: Optional[str]  # the surname the article writes most, the case's likely defendant
    judge: Optional[str]
    defendant_name: Optional[str] = None  # the defendant's full party name, to tell a co-defendant who shares it
    roundup: bool = False  # several cases in one article (a wire round-up): each has its own defendant and judge
    seconds: set[str] = field(default_factory=set)  # second defendants found so far: their terms stay the case's
    aliases: tuple[str, ...] = ()  # the defendant's other names: a stage name, a legal name ("Rello, whose legal name is ...")
    tried_together: bool = False  # the article tells one case for two defendants ("were tried together")
    charging: bool = False  # the story tells no sentence handed down (a charge, plea or verdict story)
    joint: bool = False  # the story reports several defendants sentenced together: each one's term is the case's
    # sentences that tell the sentence handed down though the length they name is no term ("was ordered Monday to serve
    # prison time after ... in three years on probation"): they still date the sentencing
    sentencing_told_at: set[int] = field(default_factory=set)


def find_sentencing(source: Source, parties: list[Party], defendant: Optional[Defendant] = None) -> Sentencing:
    """Charges, terms, sentencing date, judge and court stated in the article's body (about `defendant`, found from the
    parties when the caller has not already)."""
    links = _linked_headlines(source)
    listed_lines = _lines_listed_after_colon(source)
    paragraphs = sorted(source.body() + _bullets_among_body(source) + listed_lines, key=lambda p: p.start)
    sentences = [span for p in paragraphs if p.start not in links for span in split_sentences(source.text, p.start, p.end)]
    judge = _judge(source, sentences, parties)
    defendant = _the_one_sentenced(_double_surname_kept(defendant or find_defendant(source, parties), parties), source, parties)
    ctx = _Context(source, parties, defendant.surname, judge.name if judge else None, defendant.name,
                   _is_roundup(source), aliases=_aliases(source.text, defendant.name),
                   tried_together=tried_together(source.text) or _couple_sentenced(source.text)
                   or _couple_in_headline(source.title),
                   charging=not _tells_sentence(source),
                   joint=sentenced_together(source))
    terms = _verbless_go_on(ctx, sentences, _colon_listed(ctx, sentences, _terms(ctx, sentences, {p.start for p in listed_lines})))
    terms += _people_listed_with_terms(ctx)
    terms = _replaced_not_imposed(source.text, _agreed_terms_imposed(ctx, sentences, _boxed(ctx, sentences, terms)))
    # "18 years to life ... not eligible for parole until he has served 18 years": the floor the indeterminate term
    # already tells
    floors = {t.amount for t in terms if t.status == "imposed" and t.unit == "years" and re.search(r"\bto\s+life\b", t.text, re.I)}
    terms = [t for t in terms if not (t.kind == "minimum_term" and t.amount in floors)]
    if _not_sentenced_yet(source):
        # a verdict, plea or indictment story: "carries a mandatory sentence of life", "the order bars him from any
        # contact" explain the law or a pretrial order; nothing has been imposed yet
        terms = [replace(t, status="other", by=None) if t.status == "imposed" else t for t in terms]
    sentenced = frozenset(t.subject for t in terms if t.subject and t.status in ("imposed", "other") and _listed_person(ctx, t.subject))
    charges = find_charges(source, sentences, lambda before: _about_defendant(ctx, before), sentenced)
    terms = _bare_lengths_with_their_charge(source.text, terms, charges)
    return Sentencing(
        charges=charges,
        terms=[t for t in terms if t.subject is None or t.subject in ctx.seconds],
        others=[t for t in terms if t.subject is not None and t.subject not in ctx.seconds and _names_someone(ctx, t.subject)],
        sentencing_date=_sentencing_date(ctx, sentences, terms),
        judge=judge,
        court=_court(source, sentences, judge.name if judge else None),
    )


# "The four men ... were sentenced as follows:" then a line each, "- Kyle Roe, 31, of Hartcliffe, nine years" (the BBC's
# list of co-defendants' sentences): each line's length is that person's custody term
_SENTENCES_FOLLOW = lazy_compile(r"\b(?:(?:were|was|have\s+been|had\s+been)\s+(?:(?:each|all)\s+)?(?:sentenced|jailed)(?:\s+as\s+follows)?"
                                 r"|sentences?\s+(?:were|was|are)(?:\s+as\s+follows)?|the\s+following\s+sentences?)\s*:\s*$", re.I)
_PERSON_LINE = lazy_compile(r"\s*(?:[-\u2022*\u25aa\u2013]\s*)?(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3}),(?:\s+\d{1,3},)?"
                            r"(?:\s+(?:of|from)\s+[^,:;]{1,60},)?\s+(?P<term>" + _DURATION + r")(?=[\s,.;]|$)")
# ("..., seven years and 10 months, including 10 months consecutive for dangerous driving": a count's part of the line's term)
_LINE_PART = lazy_compile(r",?\s+including\s+(?P<term>" + _DURATION + r"\s+(?:consecutive|concurrent)(?:ly)?\s+for\s+"
                          r"(?:[a-z][\w'\u2019-]*\s+){0,5}?[a-z][\w'\u2019-]*)\s*[.;]?\s*$")


def _people_listed_with_terms(ctx: _Context) -> list[Term]:
    """The terms of a list of people sentenced together, one line each after a lead-in that ends with a colon."""
    source, text = ctx.source, ctx.source.text
    paragraphs = source.paragraphs
    terms: list[Term] = []
    for i, lead_in in enumerate(paragraphs):
        if not _SENTENCES_FOLLOW.search(text, lead_in.start, lead_in.end):
            continue
        for line in paragraphs[i + 1:]:
            m = _PERSON_LINE.match(text, line.start, line.end)
            if m is None:
                break
            name = m.group("name")
            subject = None if ctx.defendant and name.split()[-1] == ctx.defendant else name
            if subject:
                ctx.seconds.add(subject)  # sentenced at the same hearing: the case's terms, as the lead-in says
            found = [m]
            part = _LINE_PART.match(text, m.end(), line.end)
            if part:
                found.append(part)
            for found_m in found:
                term = _term(ctx, "prison", found_m, line.start, line.end, found_m.end("term"))
                terms.append(replace(term, status="imposed", by=ctx.judge, subject=subject))
    return terms


def _double_surname_kept(defendant: Defendant, parties: list[Party]) -> Defendant:
    """The defendant under the full double surname the parties list ("Ana Ruiz-Lee" where the defendant was read as
    "Ana Ruiz"): an article that names both "Ruiz-Lee" and her cousin "Tomas Ruiz" has two people, and the first half of
    the double surname is the cousin's alone."""
    if not defendant.name or not defendant.surname or any(p.name == defendant.name for p in parties):
        return defendant
    first = defendant.name.split()[0]
    whole = [p.name for p in parties if p.kind == "person" and p.name.split()[0] == first
             and p.name.split()[-1].startswith(defendant.surname + "-")]
    return Defendant(whole[0].split()[-1], whole[0]) if len(whole) == 1 else defendant


# The case's verbs, told of a named person: "sentenced Tom Lee to", "convicted Tom Lee of", "Tom Lee, 35, was found
# guilty", "Tom Lee received", "Tom Lee faces sentencing", "Tom Lee and his wife were tried"
_CASE_VERB_BEFORE = r"\b(?:re-?sentenced|sentenced|sentencing|convicted|acquitted|jailed|charged|indicted|tried|ordered|gave|handed|fined)\s+"
_CASE_VERB_AFTER = (r"(?:,\s+(?:\d{1,3}|[^,.;]{1,80}?),)?(?:\s+and\s+(?:his|her|their)\s+[\w-]+(?:,\s+[^,.;]{1,40},)?)?\s+"
                    r"(?:(?:was|were|has\s+been|had\s+been|is|are|will\s+be)\s+)?(?:also\s+|later\s+|then\s+)?"
                    r"(?:re-?sentenced|sentenced|convicted|found|pleaded|pled|admitted|received|receives|got|gets|drew|faces|faced|awaits"
                    r"|jailed|charged|indicted|tried|accused|arrested|ordered|fined|spared|placed|put|given|handed)\b")


def _named_as_sentenced(text: str, name: str, strict: bool = False) -> bool:
    """Does the article name `name` as a party to the case's acts ("sentenced Tom Lee, 35, to", "Tom Lee, 35, was found
    guilty", "Tom Lee faces sentencing")? `strict`: as the one sentenced or convicted in the story's present (never "was
    sentenced last year": a relative's case of his own)."""
    who = re.escape(name)
    if not strict:
        return re.search(rf"{_CASE_VERB_BEFORE}{who}\b|\b{who}{_CASE_VERB_AFTER}", text) is not None
    for m in re.finditer(rf"\b(?:re-?)?sentenced\s+{who}\b|\b{who}(?:,\s+(?:\d{{1,3}}|[^,.;]{{1,60}}?),)?\s+(?:(?:was|were|has\s+been|is)\s+)?"
                         rf"(?:also\s+)?(?:re-?)?sentenced\b", text):
        end = text.find(".", m.end())
        if not _EARLIER_TOLD.search(text, m.start(), len(text) if end < 0 else end):
            return True
    return False


def _the_one_sentenced(defendant: Defendant, source: Source, parties: list[Party]) -> Defendant:
    """The defendant under the full name the article sentences: a family story names the victim or a relative with the
    defendant's surname ("the last morning of Ann Lee's life ... sentenced Tom Lee to eight years"), and the name most
    written may be theirs. Where the name read is never told as sentenced or convicted and exactly one other person of
    the same surname is, that person is the defendant."""
    if not defendant.name or not defendant.surname or _named_as_sentenced(source.text, defendant.name):
        return defendant
    same = {p.name for p in parties if p.kind == "person" and p.name != defendant.name and len(p.name.split()) > 1
            and p.name.split()[-1] == defendant.surname and _named_as_sentenced(source.text, p.name, strict=True)}
    return Defendant(defendant.surname, same.pop()) if len(same) == 1 else defendant


# "sentenced Lee to 30 years for second-degree murder and eight years for first-degree assault": a bare length says
# nothing on its own; the offence it is for, right after it, names it (SPEC §4: "never just '14 days'")
_FOR_CHARGE = lazy_compile(r"\s+for\s+(?:the\s+)?", re.I)
# A count's part whose offence follows its count ("... on one count of arson")
# (only where the count is told by what the length is "for", or one count is picked out: "on each of two counts" locates
# the counts already named and ends there, "for each of two counts of arson" and "on one count of arson" name the offence)
_COUNT_NOUN_END = lazy_compile(r"\bfor\s+each\s+(?:of\s+)?(?:[\w-]+\s+){0,4}?(?:counts?|charges?)$"
                               r"|\b(?:on|for)\s+(?:one|a\s+single|an?)\s+(?:[\w-]+\s+){0,3}?(?:count|charge)$", re.I)
_OF_COUNT = lazy_compile(r"\s+of\s+", re.I)
_EACH_COUNT = lazy_compile(r"\s+(?:for|on)\s+each\s+(?:of\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,3}?)?(?:counts?|charges?|convictions?)\b", re.I)
# A length added on top of the base term, where an enhancement's years are told ("plus 10 years", "an additional four years")
_ADDED_ON = lazy_compile(r"\b(?:plus|additional|another|consecutive|extra)\s+$")
# ... or the deed an enhancement punishes, told as a gerund: "plus 10 years for personally using a gun", "four years for
# being armed" (to the clause's end, a few words at most)
_FOR_DEED = lazy_compile(r"\s+for\s+(?:[a-z]+ly\s+)?(?!(?:during|anything|something|nothing|everything|morning|evening|spring)\b)[a-z]{2,}ing\s+"
                         r"(?:[\w'\u2019-]+\s+){0,5}?[\w'\u2019-]+(?=\s*[,.;:)\u2014]|\s+(?:and|but|plus|while|after|as)\b)")


# One count's share of a total, told by length and a generic noun or as an indeterminate term: "a seven-year term for
# arson", "15 years to life for second-degree murder" (the offence after it says which count; see below)
# ("the middle term of six years for manslaughter": California's low, middle or upper term, its length after "of")
_COUNT_TERM = lazy_compile(r"(?:\b(?:year|month)s?[- ](?:\w+\s+)?(?:term|sentence)|\bto\s+life|\b(?:term|sentence)\s+of\s+\S+\s+(?:year|month)s?)$", re.I)
# A count named again by its short name after the full charge was told: "gross vehicular manslaughter" ... "six years
# for manslaughter", "felony hit-and-run resulting in death" ... "three years for the hit-and-run" (a run of the
# charge's words, ended by the clause, holding a word that names the offence itself)
_GENERIC_CHARGE_WORDS = frozenset("""of in a an the to and or with by on for first second third fourth degree great bodily
    injury injuries death resulting causing felony misdemeanor count counts charge charges""".split())
_SHORT_NAME_END = lazy_compile(r"\s*[,.;:)\u2014]|\s+(?:and|but|plus|which|while|after|as|to\s+run|that)\b|\s*$")


def _short_charge_name(after: str, charges_lower: list[str]) -> int:
    """How long the charge's short name that opens `after` is (0 when none does)."""
    words = list(re.finditer(r"[\w'\u2019-]+", after[:80]))
    for n in range(min(4, len(words)), 0, -1):
        if words[0].start() != 0 or any(words[k].start() != words[k - 1].end() + 1 for k in range(1, n)):
            continue
        span = after[:words[n - 1].end()]
        if not _SHORT_NAME_END.match(after, len(span)) or all(w.group().lower() in _GENERIC_CHARGE_WORDS for w in words[:n]):
            continue
        if any(re.search(rf"(?<![\w-]){re.escape(span.lower())}(?![\w-])", c) for c in charges_lower):
            return len(span)
    return 0


def _bare_lengths_with_their_charge(text: str, terms: list[Term], charges: list) -> list[Term]:
    charge_ends = {c.start: c.end for charge in charges for c in charge.citations}
    # the offence may be named again where its length is told ("convicted of kidnapping and felonious assault ... ordered
    # him to serve 11 years for kidnapping, eight years for felonious assault"): its words, wherever it was found
    charge_words = sorted({charge.text.lower() for charge in charges if charge.text}, key=lambda w: (-len(w), w))
    out = []
    for term in terms:
        counted = len(term.citations) == 1 and term.kind in ("prison", "jail", "suspended_sentence") and _COUNT_NOUN_END.search(term.text)
        if len(term.citations) == 1 and (counted or _bare_length(term) or _COUNT_TERM.search(term.text) and term.kind in ("prison", "jail", "suspended_sentence")):
            cite = term.citations[0]
            m = None if counted else _FOR_CHARGE.match(text, cite.end)
            end = charge_ends.get(m.end()) if m else None
            if m and end is None:
                after = text[m.end():m.end() + 120].lower()
                named = next((w for w in charge_words if after.startswith(w) and not after[len(w):len(w) + 1].isalnum()), None)
                end = m.end() + len(named) if named else None
                if end is None and (short := _short_charge_name(text[m.end():m.end() + 120], charge_words)):
                    end = m.end() + short
            # "three years on one count of felonious assault", "20 years for each of two counts of attempted murder": the
            # count's offence, told after it, is part of the part's text
            # ("gave him a year for each count": a bare length given per count, its counts after it)
            each = _EACH_COUNT.match(text, cite.end) if end is None and not counted and _bare_length(term) else None
            if each:
                cite = replace(cite, end=each.end())
                term = replace(term, text=text[cite.start:each.end()], citations=[cite])
            if end is None and _COUNT_NOUN_END.search(term.text) and (m := _OF_COUNT.match(text, cite.end)):
                end = charge_ends.get(m.end())
                if end is None:
                    after = text[m.end():m.end() + 120].lower()
                    named = next((w for w in charge_words if after.startswith(w) and not after[len(w):len(w) + 1].isalnum()), None)
                    end = m.end() + len(named) if named else None
            if end is None and text.startswith(" for ", cite.end) and _ADDED_ON.search(text, max(0, cite.start - 24), cite.start):
                deed = _FOR_DEED.match(text, cite.end)
                end = deed.end() if deed else None
            if end is not None:
                term = replace(term, text=text[cite.start:end], citations=[replace(cite, end=end)])
        if len(term.citations) == 1 and (_bare_length(term) or term.kind in ("prison", "jail") and _CUSTODY_VERB.match(term.text)):
            cite = term.citations[0]
            count = _FOR_THE_COUNT.match(text, cite.end)
            if count and not _another_length_told(text, cite.start, cite.end):
                count = None
            # ("received five years on the serious bodily injury count, also concurrent": the count named as such)
            count = count or (_COUNT_AFTER.match(text, cite.end) if _bare_length(term) else None)
            if count:
                # "three years for the coercive control and 15 months for the assault": each count's part
                term = replace(term, text=text[cite.start:count.end()], citations=[replace(cite, end=count.end())])
        out.append(term)
    return out


# The count a part is for, named back by its short name: "for the coercive control", "for the conspiracy"
_FOR_THE_COUNT = lazy_compile(r"\s+for\s+the\s+(?!(?:rest|remainder|first|second|third|next|last|past|same|time|period|duration|length|whole"
                              r"|offen[cs]es|crimes|charges|counts|family|victims?|public|community)\b)(?:[a-z][\w'\u2019-]*\s+){0,2}?[a-z][\w'\u2019-]*"
                              r"(?=\s*[,.;]|\s+(?:and|but|plus|to\s+run|while|with)\b)")
_LENGTH = lazy_compile(_DURATION)


def _another_length_told(text: str, start: int, end: int) -> bool:
    """Does the sentence around text[start:end] tell another length (the whole, or another count's part)?"""
    s_start, s_end = text.rfind(". ", 0, start) + 1, text.find(". ", end)
    s_end = len(text) if s_end < 0 else s_end
    return any(not (start <= m.start() < end) for m in _LENGTH.finditer(text, s_start, s_end))


# A header over links to other stories: "Related coverage:", "More stories:", "Read more:", "See also:"
_LINKS_HEADER = lazy_compile(r"(?:Related|More|Read|See|Also|Further|Recommended|Prior|Previous|Earlier|Our)(?:\s+[A-Za-z]+){0,2}\s*:\s*$",
                           re.I)


def _bullets_among_body(source: Source) -> list:
    """Bulleted lines the layout left headings (no closing full stop) inside a list whose other items are body:
    "Key Details / - He closed the accounts in 2019. / - He also faces a fine of as much as $5,000": one list, all
    items the story's facts."""
    paragraphs = source.paragraphs
    bullet = [BULLET.match(source.text, p.start, p.end) is not None for p in paragraphs]
    found = []
    for i, p in enumerate(paragraphs):
        if p.kind != "heading" or not bullet[i]:
            continue
        run_start, run_end = i, i
        while run_start > 0 and bullet[run_start - 1]:
            run_start -= 1
        while run_end + 1 < len(paragraphs) and bullet[run_end + 1]:
            run_end += 1
        if any(paragraphs[j].kind == "body" for j in range(run_start, run_end + 1)) and run_start > 0 \
                and any(q.kind == "body" for q in paragraphs[:run_start]):
            found.append(p)
    return found


def _lines_listed_after_colon(source: Source) -> list:
    """Unbulleted lines of a list the prose opens with a colon ("Her sentence, as the judge read it:" then "Six years in
    prison" / "A lifetime ban from coaching", a line each): the layout takes them for headings as they end with no stop,
    yet each is an item the lead-in governs. Two lines at least, each short (a lone line after a colon may be a
    subhead)."""
    paragraphs = source.paragraphs
    found: list = []
    for i, paragraph in enumerate(paragraphs):
        if paragraph.kind != "body":
            continue
        lead_in = source.text[paragraph.start:paragraph.end].rstrip()
        if not lead_in.endswith(":") or len(lead_in.split()) < 3:
            continue
        run = []
        for line in paragraphs[i + 1:]:
            if line.kind != "heading" or BULLET.match(source.text, line.start, line.end) \
                    or len(source.text[line.start:line.end].split()) > 20:
                break
            run.append(line)
        if len(run) >= 2:
            found += run
    return found


def _linked_headlines(source: Source) -> set[int]:
    """Starts of the bulleted lines under a links header ("Related coverage:" / "\u2022 Tulsa man gets 5 years for PPP
    loans"): other stories' headlines, whose sentences and charges are not this case's."""
    starts: set[int] = set()
    under_header = False
    # (every line, not only the body's: the layout may take a bare "RELATED:" for clutter)
    for paragraph in source.paragraphs:
        line = source.text[paragraph.start:paragraph.end].strip()
        if len(line) < 40 and _LINKS_HEADER.match(line):
            under_header = True
        elif under_header and BULLET.match(line):
            starts.add(paragraph.start)
        else:
            under_header = False
    return starts


# A co-defendant's own plea told beside her sentence: "Ann Lee, 24, who admitted affray, was given ...", "She had pleaded
# guilty to ...", "Ann Lee pleaded guilty to theft. She received a discharge", "received a 10-year sentence after
# pleading guilty to neglect"
_OWN_PLEA = lazy_compile(r"\b(?:admitted|(?:pleaded|pled|pleading)\s+guilty|was\s+(?:found\s+guilty|convicted))\b")
# A sentence told as history, not at this hearing: "was sentenced last year", "had already been given", "in March",
# "pleaded guilty and testified against Roe"
_EARLIER_TOLD = lazy_compile(r"\b(?:previously|earlier|already|last\s+(?:week|month|year)|ago|separately|in\s+(?:January|February|March"
                             r"|April|May|June|July|August|September|October|November|December|\d{4})|(?:had|has|have)\s+been\s+(?:sentenced|jailed|given|handed)"
                             # a witness for the prosecution, whose case closed before the defendant's trial
                             r"|testified|testifying|cooperated|cooperating|paroled)\b")


# A relative clause set off by commas after the one sentenced: "Lee, 19, who pleaded guilty and testified against Roe
# in May, received 11 years": its time words date the plea or the testimony, never the term the main clause gives
_SET_OFF_RELATIVE = lazy_compile(r",\s+who\s+[^,;.]*(?:,\s+(?:and\s+)?(?:then\s+)?[a-z][^,;.]*)*?,(?=\s+(?:(?:also|later|then)\s+)?"
                                 r"(?:received|receives|got|gets|drew|draws|was|is|will)\b)")


_LABELLED_CO_DEFENDANT = lazy_compile(rf"\b(?:(?:His|Her|Their|The)\s+)?{CO_DEFENDANT},?\s+[A-Z]")


def _sentenced_alongside(text: str, sentences: list[tuple[int, int]], i: int, t_start: Optional[int] = None) -> bool:
    """Is the co-defendant whose term sentence `i` tells sentenced at the case's own hearing? British and Australian
    court reports tell an accomplice's plea and sentence in a paragraph of the story ("Lee, 24, who admitted
    perverting the course of justice, was given a suspended sentence. He must also ..."): her plea is told beside
    the term, and the term is not told as an earlier sentence ("Lee was previously sentenced to ...")."""
    s_start, s_end = sentences[i]
    paragraph_start = text.rfind("\n", 0, s_start) + 1
    paragraph_end = text.find("\n", s_end)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    near = [sentences[j] for j in (i - 1, i, i + 1)
            if 0 <= j < len(sentences) and paragraph_start <= sentences[j][0] and sentences[j][1] <= paragraph_end]
    def told(start: int, end: int) -> str:
        # (the sentence giving the term is read without the relative clause that describes the one sentenced)
        # (only where the story labels the one sentenced a co-defendant, in this case with the defendant: an accomplice
        # named bare, "who drove Roe there and later testified against him", may have a case of his own)
        if t_start is None or not start <= t_start < end or not _LABELLED_CO_DEFENDANT.search(text, start, t_start):
            return text[start:end]
        return "".join(part for part in _SET_OFF_RELATIVE.split(text[start:t_start]) if part) + text[t_start:end]
    if any(_EARLIER_TOLD.search(told(start, end)) for start, end in near):
        return False  # "Lee pleaded guilty last year and testified against Roe. He was sentenced to probation"
    return any(_OWN_PLEA.search(text, start, end) for start, end in near)


# A course whose completion frees the offender from the custody just given, onto probation (Missouri's "120-day
# program" with the court retaining jurisdiction, a state's shock incarceration): "sentenced to six years, but can be
# released on probation if he completes a 120-day program", "recommends seven years, with the court retaining
# jurisdiction so she could be paroled after completing a 90-day program"
_COMPLETED_FOR_RELEASE = lazy_compile(r"\b(?:releas\w*|paroled|freed|placed|retain\w*\s+jurisdiction)\b[^.;]*\b(?:if|after|once|upon|when)\s+"
                                      r"(?:(?:he|she|they)\s+)?(?:successfully\s+)?complet(?:es|ing|ed|e)\s+(?:an?\s+|the\s+)?$", re.I)
_RELEASE_COURSES = ("program", "boot_camp", "treatment")
_RELEASE_COURSE_OF = ("prison", "jail", "probation", "suspended_sentence")


def _release_course_of_term(text: str, terms: list[Term], course: Term, s_start: int, before: str) -> None:
    """A course the offender completes to be released early (see _COMPLETED_FOR_RELEASE) is part of the custody or
    probation the same sentence names before it: it takes that term's status and side (imposed, or asked for)."""
    if not _COMPLETED_FOR_RELEASE.search(before):
        return
    earlier = next((t for t in reversed(terms) if t.citations and s_start <= t.citations[0].start and t.kind in _RELEASE_COURSE_OF
                    and t.status in ("imposed", "recommended", "sought")), None)
    if earlier:
        course.status, course.by, course.subject = earlier.status, earlier.by, earlier.subject


_IN_ONE_BREATH_KINDS = {"prison", "jail", "probation", "home_confinement"}


def _given_in_one_breath(ctx: _Context, terms: list[Term], term: Term, s_start: int, t_start: int) -> bool:
    """Does the sentence give `term` to a second named person in the same breath as an earlier term of its own, joined
    by "and" ("sentenced Lee, 34, to 12 years and his cousin Ann Roe, 29, to 78 months", "Lee was sentenced to 12
    years, and his cousin, Ann Roe, received 87 months")? Both were sentenced at this hearing: each term is the case's."""
    if ctx.charging or ctx.roundup or term.kind not in _IN_ONE_BREATH_KINDS or not _listed_person(ctx, term.subject or ""):
        return False
    text = ctx.source.text
    for earlier in reversed(terms):
        if not earlier.citations or earlier.citations[0].start < s_start:
            break
        joined = text[earlier.citations[0].end:t_start]
        if earlier.kind not in _IN_ONE_BREATH_KINDS or earlier.subject == term.subject or " and " not in joined \
                or ";" in joined or _EARLIER_TOLD.search(text, s_start, t_start):
            continue
        if earlier.status == "imposed" and (earlier.subject is None or earlier.subject in ctx.seconds):
            term.by = term.by or earlier.by  # ("..., and his cousin received 87 months": the judge who gave the first)
            return True
    return False


# The defendant's relative named in apposition as the one sentenced: "His son, Ed Cole, 24, was sentenced to",
# "Her husband, Tom Cole, received"
_KIN_APPOSITION = lazy_compile(r"(?:^|[,;]\s+|\band\s+)(?:(?:His|Her|Their|The\s+defendant['\u2019]s)\s+)(?:(?:younger|older|elder|adult|teenage|\d{1,2}-year-old)\s+)?"
                               r"(?P<kin>" + "|".join(sorted(KIN_NOUNS - {"friend", "partner", "girlfriend", "boyfriend", "fiance", "fiancee", "child", "baby", "widow"})) + r")"
                               r",?\s+$", re.I)


_BOTH_PLEADED = lazy_compile(r"\b(?:[Bb]oth|[Tt]he\s+two|[Tt]he\s+pair)\s+(?:(?:men|women|defendants|of\s+them)\s+)?(?:(?:also|each|had|have)\s+)?"
                             r"(?:pleaded|pled|admitted|were\s+(?:convicted|found\s+guilty))\b")


def _kin_sentenced_too(ctx: _Context, terms: list[Term], term: Term, before: str, s_start: int, s_end: int) -> bool:
    """Is the term given to the defendant's relative, introduced by kinship ("His son, Ed Cole, 24, was sentenced to
    two years of probation"), once the defendant's own sentence has been told? A son or wife who shares the
    defendant's surname and is sentenced in the story's present, not as history ("was sentenced last year"), is a
    co-defendant of the same case: a family poaching ring, a couple's fraud. Each one's term is the case's."""
    name = term.subject or ""
    if ctx.charging or ctx.roundup or not ctx.defendant or not _listed_person(ctx, name) or name.split()[-1] != ctx.defendant:
        return False
    at = before.find(name)
    if at < 0 or not _KIN_APPOSITION.search(before[:at]) or not re.match(r"[^.;]{0,80}?\b(?:was|were|is|has\s+been)?\s*(?:sentenced|given|received|got|ordered|placed)\b",
                                                                       before[at + len(name):]):
        return False
    text = ctx.source.text
    if _EARLIER_TOLD.search(text, s_start, s_end):
        return False  # "His son, Ed Cole, was sentenced last year to ...": an earlier case
    # the story must put the relative in the case: "Both men pleaded guilty", "The two admitted", "Ed Cole pleaded
    # guilty to the conspiracy count" (a brother sentenced with no such word has a case of his own)
    own_plea = re.compile(rf"\b{re.escape(name.split()[0])}\s+(?:[\w.'\u2019-]+\s+)?{re.escape(ctx.defendant)}\s+(?:also\s+)?"
                          r"(?:pleaded|pled|admitted|was\s+(?:convicted|found\s+guilty))\b")
    if not (_BOTH_PLEADED.search(text) or own_plea.search(text)):
        return False
    return any(t.status == "imposed" and t.subject is None and t.citations and t.citations[0].start < s_start for t in terms)


# Words a description of people sentenced ends on: "the two men", "his co-defendants", "the pair"
_PEOPLE_HEADS = ROLE_NOUNS | KIN_NOUNS | UNNAMED_PERSON_NOUNS | GROUP_NOUNS | PEOPLE_NOUNS | frozenset(
    "men women pair couple others both trio duo defendants co-defendants codefendants accomplices teens boys girls".split())
_NO_NAME_OPENERS = frozenset("One Two Three Most Some All Both Several Many".split())


def _names_someone(ctx: _Context, subject: str) -> bool:
    """Is another person's term's `subject` a person or people, not a clause's other noun read as its subject ("One of
    the searches ... sent Ann Roe to jail", "a St. Landry Parish man", "most")? A term of no one in particular is no
    term of the case (a past case told as background, or a misread)."""
    words = subject.split()
    head = re.sub(r"['\u2019]s$", "", words[-1]).lower()
    if _listed_person(ctx, subject) or head in _PEOPLE_HEADS or head.rstrip("s") in _PEOPLE_HEADS or re.fullmatch(CO_DEFENDANT, head):
        return True
    return all(w[:1].isupper() or w in ("de", "van", "von", "der", "da", "del", "la", "le", "bin", "al") for w in words) \
        and words[-1] not in PLACE_SUFFIXES and words[-1] not in ORG_WORDS and words[0] not in _NO_NAME_OPENERS


def _listed_person(ctx: _Context, name: str) -> bool:
    """Is `name` a person the article's parties list (not a described relative, "his brother")?"""
    return any(p.kind == "person" and p.name == name for p in ctx.parties)


def _tells_sentence(source: Source) -> bool:
    """Does the story tell, outside quotes, a sentence handed down (in this case or another)?"""
    body = source.body()
    quoted = [(q.start, q.end) for q in quoted_segments(source.text, body)]
    return any(not any(q_start <= m.start() < q_end for q_start, q_end in quoted)
               for p in body for m in _HANDED_DOWN.finditer(source.text, p.start, p.end))


# ("a person sentenced to life must serve 30 years": the law's rule for anyone; "He has not yet been sentenced": none
# handed down)
_HANDED_DOWN = lazy_compile(r"(?<!\bbe )(?<!\bbeing )(?<!\bget )(?<!\bgets )(?<!\bto )(?<!\bperson )(?<!\bpeople )(?<!\banyone )(?<!\bsomeone )"
                          r"(?<!\bdefendants )(?<!\boffenders )(?<!\binmates )(?<!\bprisoners )(?<!\bnot been )(?<!\bnot yet been )(?<!\bnever been )"
                          r"\b(?:re-?)?sentenced\b|\bsentencing\s+(?:him|her|them)\b"
                          r"|\b(?:was|were|been)\s+(?:jailed|imprisoned|fined)\b|\bimposed\b|\bhanded\s+down\b|\bruled\b|\bwill\s+(?:spend|serve)\b"
                          # ("has been placed on a two-year community corrections order": a sentence the word never names)
                          r"|\bplaced\s+(?:(?:him|her|them)\s+)?on\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,4}?(?:order|probation|good[- ]behaviou?r\s+bond)\b", re.I)


def _not_sentenced_yet(source: Source) -> bool:
    """Does the story say its sentencing is still to come, and tell no sentence handed down?"""
    body = source.body()
    if not any(_NOT_YET.search(source.text, p.start, p.end) for p in body):
        return False
    quoted = [(q.start, q.end) for q in quoted_segments(source.text, body)]
    return not any(not any(q_start <= m.start() < q_end for q_start, q_end in quoted)
                   for p in body for m in _SENTENCE_EVENT.finditer(source.text, p.start, p.end))


# A sentencing still to come: "Sentencing is set for July", "faces sentencing", "will be sentenced", "if convicted"
_NOT_YET = lazy_compile(r"\bsentencing\s+(?:is|was|has\s+been)\s+(?:(?:now|tentatively)\s+)?(?:set|scheduled|slated|expected)"
                      r"|\b(?:faces?|facing|awaits?|awaiting|pending|ahead\s+of|before|until)\s+(?:(?:his|her|their|a)\s+)?sentencing\b"
                      r"|\bsentencing\s+(?:date|hearing)\s+(?:is|was|has|had)\b|\bno\s+sentencing\s+date\b"
                      r"|\b(?:will|to|is\s+(?:scheduled|expected|set|due)\s+to)\s+be\s+sentenced\b|\bwhen\s+(?:he|she|they)\s+(?:is|are)\s+sentenced\b"
                      r"|\bif\s+(?:he\s+is\s+|she\s+is\s+|they\s+are\s+)?convicted\b|\btrial\s+(?:is|was)\s+(?:set|scheduled)\b"
                      # an indictment or arraignment story: no verdict yet, let alone a sentence
                      r"|\b(?:was|were|has\s+been|have\s+been)\s+indicted\b|\barraign(?:ed|ment)\b|\bpleaded\s+not\s+guilty\b", re.I)
# The law's fixed penalty for a charge or an enhancement: "first-degree murder carries a mandatory sentence of life",
# "brings an automatic sentence of", "a gun enhancement that adds 25 years to life to his sentence"
_LAW_FIXES = lazy_compile(r"\b(?:carr(?:y|ies|ied|ying)|brings?|br(?:ought|inging)|mandates?|mandated|requires?|required|adds?|plus)\s+(?:an?\s+|the\s+)?(?:mandatory|automatic|required|statutory|presumptive)\b"
                        r"|\b(?:enhancements?|specifications?)\s+(?:that|which)\s+(?:(?:would|could|can|will)\s+)?(?:adds?|carr(?:y|ies)|brings?|tacks?\s+on)\b", re.I)
# A total broken into its parts after a dash or colon, each part named by its count: "40 years to life — 15 years to
# life for the murder plus 25 years to life for the gun", "22 years: 12 for the robbery and 10 for the gun"
_COMPONENT_OPENS = lazy_compile(r"(?:\s+(?:in\s+all|in\s+total|total|altogether))?\s*(?:[\u2014\u2013:]|\s--|,)\s*(?:including\s+)?", re.I)
_FOR_COUNT = lazy_compile(r"\s+(?:for|on)\s+(?:the|each|his|her|their|one|a|an)\b(?!\s+(?:rest|remainder)\b)", re.I)
# Any word that tells a sentence handed down (or a court's order); a story with none of them imposed nothing. "sentenced"
# counts unless told as what is to come ("will be sentenced", "is scheduled to be sentenced", "before being sentenced").
_SENTENCE_EVENT = lazy_compile(
    r"(?<!\bbe )(?<!\bbeing )(?<!\bget )(?<!\bgets )\b(?:re-?)?sentenced\b|\bsentencing\s+(?:him|her|them)\b"
    r"|\b(?:jailed|imprisoned|impos(?:ed|es|ing)|spared|handed|fined|banned|disqualified|probated|commuted|given|gave|receiv(?:ed|es)"
    r"|got|gets|order(?:ed|s)|placed|put\s+on|serv(?:e|es|ing)|spend|sent|committed|revok(?:ed|es)|suspended|upheld|affirmed"
    r"|reduced|cut|must|awarded|intact|in\s+place|stands|stood|let\s+stand|kept|retained|reinstated|re-?imposed|demoted|discharged|expelled|forfeit\w*|(?:will|must)\s+(?:also\s+)?(?:pay|register))\b", re.I)


# An appeal or resentencing names the sentence it replaced: "reduced his sentence from 12 years to nine", "her term was
# cut from 30 months to 18", "trimmed the sentence to nine years from 12", "cut it to 18 months, down from 30 months".
_CUT_VERB = r"(?:reduc|cut|trimm?|shorten|lower|commut|slash|halv)\w*"
_CUT_NOUN = r"(?:(?:prison|jail|original)\s+)?(?:sentences?|terms?|punishment|confinement|time)"
_CUT_UNIT = r"(?P<{}>years?|months?|weeks?|days?)"
_CUT = lazy_compile(
    rf"(?:\b{_CUT_VERB}\s+(?:[\w'\u2019-]+\s+){{0,4}}?{_CUT_NOUN}|\b{_CUT_NOUN}\s+(?:(?:was|were|had\s+been|has\s+been|is|being)\s+)?"
    rf"(?:[\w-]+ly\s+)?{_CUT_VERB})\s+(?:[^.;]{{0,40}}?\s)?"
    rf"(?:from\s+(?:(?:the|an?|his|her|their)\s+)?(?:original\s+)?(?P<old>{_NUM})(?:[- ]{_CUT_UNIT.format('unit')})?(?:\s+[\w'\u2019-]+){{0,3}}?\s+to\s+(?P<new>{_NUM})(?:[- ]{_CUT_UNIT.format('nunit')})?"
    rf"|to\s+(?P<new2>{_NUM})(?:[- ]{_CUT_UNIT.format('nunit2')})?[^.;]{{0,50}}?\bfrom\s+(?:(?:the|an?|his|her|their)\s+)?(?:original\s+)?(?P<old2>{_NUM})(?:[- ]{_CUT_UNIT.format('unit2')})?)"
    # "reduced his 12-year sentence to nine years", "commuted her 30-month term to 18 months"
    rf"|\b{_CUT_VERB}\s+(?:(?:the|an?|his|her|their|[\w-]+['\u2019]s?)\s+)?(?P<old3>{_NUM})-{_CUT_UNIT.format('unit3')}\s+{_CUT_NOUN}\s+"
    rf"(?:[^.;]{{0,40}}?\s)?to\s+(?P<new3>{_NUM})",
    re.I)


def _replaced_not_imposed(text: str, terms: list[Term]) -> list[Term]:
    """An imposed term of the length an appeal or resentencing replaced is the old sentence, not the one that stands."""
    replaced: set[tuple[float, str]] = set()
    standing: set[tuple[float, str]] = set()
    for m in _CUT.finditer(text):
        # a written number swallows the full stop after it ("from 14.")
        old, new = (parse_number((m.group(a) or m.group(b) or m.group(c)).rstrip(".,"))
                    for a, b, c in (("old", "old2", "old3"), ("new", "new2", "new3")))
        unit = next((m.group(g) for g in ("unit", "unit2", "unit3", "nunit", "nunit2") if m.group(g)), "").lower().rstrip("s")
        if old is None or new is None or not unit or new >= old:
            continue  # a cut names a shorter new length; a unit is needed to know which terms it means
        replaced.add((old, unit + "s"))
        standing.add((new, unit + "s"))
    for term in terms:
        key = (term.amount, term.unit or "")
        if term.status == "imposed" and key in replaced and key not in standing:
            term.status, term.by = "other", None
    # "Gov. Ann Roe commuted his sentence to 30 years": the custody he was first given (life, death, 40 years) is history
    new_starts = {m.end() for m in _CHANGED_ANY.finditer(text)}
    # "The judge replaced it with a term of 30 to 60 years": the term after "with" (or after its article) is the new one
    new_starts |= {at for m in _REPLACED_WITH.finditer(text) for at in (m.end(), m.end("verb"))}
    changed = [t for t in terms if t.citations and t.citations[0].start in new_starts and t.status == "imposed"]
    custody = ("prison", "jail", "death")
    for term in terms:
        if term.status == "imposed" and term.subject is None and term not in changed and term.kind in custody \
                and any(c.kind in custody and c.subject is None and _longer(term, c) for c in changed):
            term.status, term.by = "other", None
    return terms


def _longer(old: Term, new: Term) -> bool:
    """Is `old` a heavier custody than the sentence changed to (death or life against years, or more years)? Only a
    heavier one is what a commutation or cut replaced: "resentenced Tuesday to 12 years" stands beside an earlier
    "cut his sentence to 20 years"."""
    if old.kind == "death" or old.unit == "life":
        return new.kind != old.kind or new.unit != old.unit
    return old.unit == new.unit and old.amount is not None and new.amount is not None and old.amount > new.amount


# A plea the court takes and sentences on at once: "accepted the plea and imposed the agreed sentence",
# "pleaded guilty and was sentenced" (corporate pleas are often settled this way).
_SENTENCED_AT_PLEA = lazy_compile(r"\b(?:imposed|accepted)\s+the\s+(?:agreed(?:-upon)?|negotiated|joint|recommended)\s+(?:sentence|terms?|penalt\w+)"
                                # "accepted the plea deal and sentenced him", "accepted the agreement and imposed ..."
                                r"|\baccepted\s+(?:the|his|her|their)\s+(?:plea\s+)?(?:deal|agreement|bargain|plea)\s+and\s+(?:immediately\s+)?(?:sentenced|imposed)\b"
                                r"|\bplea(?:ded|d)\s+guilty\s+(?:\w+\s+){0,4}?and\s+was\s+(?:immediately\s+)?sentenced\b", re.I)
_AGREED = lazy_compile(r"\bagree(?:d|s|ment)\b|\bplea(?:ded|d)?\s+guilty\b|\bplea\s+(?:deal|agreement)\b", re.I)


_AS_PROBATION_CONDITION = lazy_compile(r",?\s+as\s+an?\s+condition\s+of\s+(?:(?:his|her|their|the)\s+)?(?:special\s+|supervised\s+|intensive\s+)?probation\b")


def _agreed_terms_imposed(ctx: _Context, sentences: list[tuple[int, int]], terms: list[Term]) -> list[Term]:
    """Terms a plea agreement sets ("agreed to pay a $2 million fine") are the sentence when the court imposed the
    agreed sentence at the plea; otherwise they stay what the agreement offers."""
    text = ctx.source.text
    if not any(_SENTENCED_AT_PLEA.search(text, s, e) for s, e in sentences):
        return terms
    for term in terms:
        if not (term.status == "other" or term.by == "plea agreement") or term.subject or not term.citations:
            continue
        at = term.citations[0].start
        span = next(((s, e) for s, e in sentences if s <= at < e), None)
        # a term the deal's own words set (a bulleted item under "Under the agreement, she must:") is the deal's too
        if span and (term.by == "plea agreement" or _AGREED.search(text, *span)) and not re.search(r"\b(?:could|would|may|might|faces?|maximum)\b", text[span[0]:at]):
            term.status, term.by = "imposed", ctx.judge
    return terms


def _list_lead_ins(text: str, sentences: list[tuple[int, int]], listed_lines: frozenset[int] | set[int] = frozenset()) -> dict[int, str]:
    """Each bulleted item's lead-in, the sentence that opens the list with a colon ("Under the agreement, she must
    also:" before "- pay $4,800 in restitution"): the item's governing words, as if written before it. An unbulleted
    line of such a list (a start in `listed_lines`) is an item as well."""
    lead_ins: dict[int, str] = {}
    lead = ""
    for start, end in sentences:
        sentence = text[start:end]
        if (start in listed_lines or BULLET.match(sentence)) and lead:
            lead_ins[start] = lead.rstrip()[:-1] + " "  # "she must also:" + "- pay ..." reads "she must also pay ..."
        else:
            lead = sentence if sentence.rstrip().endswith(":") else ""
    return lead_ins


def _introducing(text: str, sentences: list[tuple[int, int]], i: int) -> tuple[int, int]:
    """The sentence a run of one-per-sentence conditions goes on from ("was released on bond. One condition: ... Another:
    ..."); an empty span when sentence i is not such a condition."""
    j = i
    while j and _CONDITION_GOES_ON.match(text, *sentences[j]):
        j -= 1
    return sentences[j] if j < i else (0, 0)


def _after_lead_in(lead_in: str, before: str) -> str:
    """A bulleted item's words read on from its lead-in, without the bullet."""
    return lead_in + BULLET.sub("", before, count=1) if lead_in else before


def _is_roundup(source: Source) -> bool:
    """A round-up of several cases: more than one body paragraph opens with its own dateline ("SPOKANE, Wash. (AP) —"),
    or three or more judges are named."""
    body = source.body()
    datelines = sum(1 for p in body if _DATELINE.match(source.text, p.start, p.end))
    judges = {m.group("name") for p in body for m in _JUDGE_PATTERNS[0].finditer(source.text, p.start, p.end)}
    return datelines >= 2 or len(judges) >= 3


_DATELINE = lazy_compile(r"[A-Z][A-Z .'-]+,?(?:\s+[A-Z][\w.]*)*\s+\([A-Z][\w ]{0,15}\)\s*[\u2014\u2013-]")
# An appeals judge writing an opinion is not the judge who sentenced.
_APPELLATE = lazy_compile(r"\b(?:wr(?:ote|iting)\s+for\b|dissent\w*|majority\s+opinion|appeals\s+court|appellate"
                        r"|Court\s+of\s+Appeals|Court\s+of\s+Criminal\s+Appeals|\bjoined\b[^.]{0,40}\bopinion|\bconcurr(?:ed|ing|ence)\b)", re.I)

# ----------------------------------------------------------------------------- terms

def _terms(ctx: _Context, sentences: list[tuple[int, int]], listed_lines: frozenset[int] | set[int] = frozenset()) -> list[Term]:
    text = ctx.source.text
    terms: list[Term] = []
    case_ctx = ctx
    # A term in a quotation is a speaker's words ("I don't want him to spend his life in prison"), not the
    # sentence reported; a short quoted phrase is the article's own words marked as borrowed.
    quoted = [(q.start, q.end) for q in quoted_segments(text, ctx.source.body())]
    speech = [(q_start, q_end) for q_start, q_end in quoted if len(text[q_start:q_end].split()) > 6]
    lead_ins = _list_lead_ins(text, sentences, listed_lines)
    upshot_told_as: dict[int, tuple[TermStatus, Optional[str]]] = {}  # an upshot's status before it was read as "other"
    # (a bulleted item reads on from its lead-in: "Roe received:" then "- 11 years for armed robbery" is sentenced)
    lead_kinds = {start: kinds_named(lead, [(0, len(lead))])[0] for start, lead in lead_ins.items()}
    for i, ((s_start, s_end), kinds) in enumerate(zip(sentences, kinds_named(text, sentences))):
        lead_in = lead_ins.get(s_start, "")
        kinds = kinds | lead_kinds[s_start] if lead_in else kinds
        if not kinds:
            continue
        ctx = _paragraph_judge(case_ctx, s_start)
        taken: list[tuple[int, int]] = []
        present: dict[re.Pattern[str], bool] = {}
        lowered = (lead_in + text[s_start:s_end]).lower()
        # (in TERM_SOURCES order, which settles which of two overlapping phrases is read)
        for index in sorted(i for named in kinds for i in TERM_INDICES_BY_KIND.get(named, ())):
            if not all(any(word in lowered for word in words) for words in term_words(index)):
                continue
            kind, needs = TERM_SOURCES[index][0], TERM_NEEDS[index]
            for need in needs:
                if need not in present:
                    present[need] = need.search(text, s_start, s_end) is not None or bool(lead_in and need.search(lead_in))
            if not all(present[need] for need in needs):
                continue
            pattern = term_pattern(index)
            for m in pattern.finditer(text, s_start, s_end):
                t_start, t_end = m.span("term") if "term" in pattern.groupindex else m.span()
                if any(t_start < e and s < t_end for s, e in taken):
                    continue
                before = _after_lead_in(lead_ins.get(s_start, ""), text[s_start:t_start])
                if t_start != m.start() and kind not in ("bare_kind", "ordered_bar", "bare_maximum", "minimum_term") and not re.search(rf"\b(?:re-?)?sentenc|\b(?:gave|handed|jailed|imprisoned|received|receives|given|gets|got|drew|draws|imposed|added|serve|includes|included|including)\b|\bcommitted\s+(?:\w+\s+)?to\s+$"
                                                          rf"|{BARE_REQUEST}(?:the\s+)?$|\b(?:punishable\s+by|fac(?:e|es|ed|ing)|carr(?:y|ies|ied|ying)|want|maximum(?:\s+(?:sentence|penalty|term))?\s+of|possible|potential|punishment\s+at)\s+$|\b(?:argu\w*|says?|said|contend\w*|believe[sd]?)\s+(?:that\s+)?$|\bsen(?:d|t|ding)\s+(?:[\w'\u2019-]+\s+){{1,7}}?to\s+$|\b(?:(?:low(?:er)?|bottom)\s+end|bottom)\s+of\b[^.;:]{{0,80}}$|\bfollowed\s+by\s+(?:an?\s+)?$", before) and not _CHANGED_TO.search(before) \
                        and not _PARTICIPIAL_LEAD.match(before) and not _TALLY_LEAD.match(before):
                    # ("Jailing Dawson for four years, ...": the participle sentences; "Ann Roe: 20 years": a tally line)
                    continue  # a bare duration is a term only where the clause sentences
                speech_around = next(((q_start, q_end) for q_start, q_end in speech if q_start <= t_start < q_end), None)
                told_to_face = bool(speech_around and (("ou " in before[-40:] or "order" in before[-30:]) and _FROM_THE_BENCH.search(before[-60:])
                                                       or ("sentenc" in before or "commit" in before) and _BENCH_OPENER.search(before)))
                if speech_around and not told_to_face and "hat" in before[:12] and _BENCH_TOTAL.match(before):
                    # "I am committing you ... for eight years to life, and those sentences will run consecutively. /
                    # "That is a minimum of 32 years to life.": the bench sums up its own sentence, its quote going on
                    told_to_face = any(_BENCH_OPENER.search(text, q_start, q_end) for q_start, q_end in quoted
                                       if q_end <= speech_around[0] and speech_around[0] - q_end < 400)
                if speech_around and not told_to_face and " also " in text[speech_around[0]:t_start]:
                    told_to_face = _ALSO_ORDERED_IN_QUOTE.match(text, speech_around[0], t_start) is not None \
                        and not re.search(r"\b(?:if|unless|once)\b", text[t_end:min(s_end, speech_around[1])])  # "... if the appeal fails"
                if speech_around and not told_to_face and not (
                        "sentenced" in text[speech_around[0]:t_start] and _REPORTED_IN_QUOTE.match(text, speech_around[0], t_start)):
                    continue
                if re.search(r"\bmore\s+(?:years?|months?|weeks?|days?)\b", text[t_start:t_end], re.I) and re.match(r"[^.;,]{0,30}?\bthan\b", text[t_end:s_end]):
                    ctx.sentencing_told_at.add(t_start)
                    continue  # "will serve two more years in prison than he was promised": a difference, no term
                if kind in ("prison", "jail") and _CREDIT_FOR.search(before[-40:]):
                    continue  # "received credit for 58 days in custody": custody already spent, the credit's own count
                # "25 years with the last 10 suspended, meaning he will serve 15 years in prison": the upshot of the
                # sentence told, kept as a reckoning (as "other"), never a second prison term imposed
                upshot = "mean" in before and "suspend" in before and _SUSPENSION_UPSHOT.search(before) is not None
                if kind in ("prison", "jail") and _NEVER_SPENT.search(before[-40:]):
                    continue  # "he will never spend a night in jail": custody denied, no length given
                if kind == "no_incarceration" and _ON_CONDITION.match(before):
                    continue  # "If he completes probation, he will never spend a night in jail": a suspended term's upshot
                if kind != "minimum_term" and m.groupdict().get("unit") and _ELAPSED_IN.search(before[-40:]):
                    ctx.sentencing_told_at.add(t_start)
                    continue  # "paid back little in more than three years on probation": time gone by, not a term given
                if kind in ("prison", "jail") and "leav" in before[-20:] and _LEAVES_TO_SERVE.search(before[-20:]):
                    continue  # "credit for the 25 months he has spent in custody, leaving 58 months to serve": a reckoning
                if kind in ("prison", "jail") and "with " in before[-40:] and _LEAVES_WITH.search(before[-80:]):
                    continue  # "which would leave him with about two more years to serve": what is left, not a term
                if _HELD_SO_FAR.search(before + text[t_start:t_end]):
                    continue  # "his client had been jailed for 34 days": time held before trial, not a term given
                if _ALREADY_SERVED.search(before) and kind not in ("minimum_term", "time_served_credit") or (kind in ("program", "treatment") and _ALREADY_DONE.search(before)):
                    continue  # "has spent nine years in prison", "completed 90 days of inpatient treatment": already done, no term
                if kind in ("prison", "jail") and _OWNED_SPAN.search(before) and _BARE_SPAN.fullmatch(text[t_start:t_end]):
                    continue  # "his client's 27 days in custody", "citing his eight years on the force": time already lived
                if _HEDGED.search(before) and not re.match(r"life\b", m.group(), re.I) \
                        or _ROUGH_DECADE.search(before[-40:] + text[t_start:t_end]) \
                        and not re.search(r"\b(?:sentenced|given|gave|received|got|ordered|imposed|handed)\b", before, re.I):
                    continue  # "will spend most of the next two decades in prison": a lead's rough paraphrase, not the term
                if _ALREADY_PAID.search(before) or _CUT_BY.search(before) or (
                        kind == "restitution" and before.endswith("to ") and _RAISED_TO_REPAY.search(before[-120:])):
                    continue  # "has repaid $9,000 in restitution so far", "can shorten a sentence by up to a year": no term given
                if kind == "bare_kind" and _ABLE_TO.search(before):
                    continue  # "so that he can keep working and pay restitution": the purpose of a request, not a term
                if kind in ("program", "treatment") and (_ANYONE.search(before) or _GROUP_BOUND.match(before)):
                    continue  # "a person granted probation must typically complete a program": the law's rule for anyone
                head = re.match(r"(?:sentenced|ordered)\s+to\s+", text[t_start:t_end])  # a term told with its verb
                if _OR_LESS.match(text, t_end, s_end):
                    continue  # "a sentence of 10 years or less would make him eligible": the law's threshold, no term
                if _CLASS_RULE.search(text[s_start:t_start + (head.end() if head else 0)]):
                    continue  # "a member convicted of a crime punishable by two years", "any sentence of more than a year": a rule, no term
                if ("includ" in before or "exceed" in before or "involv" in before or "contain" in before) \
                        and _OPEN_ENDED.match(text, t_start, t_end) and _THRESHOLD_INCLUDED.search(before):
                    continue  # "because the sentence includes more than two years of confinement, it is reviewed": a threshold
                if _ASKED_WHETHER.search(before):
                    continue  # "asked whether he understood that he could spend life in prison": a warning of exposure, no term
                if _ENABLED.search(before) and not (kind in _RELEASE_COURSES and "complet" in before[-40:] and _COMPLETED_FOR_RELEASE.search(before)):
                    # ("so that she could be released after completing a 120-day program": the course is the sentence's)
                    continue
                if _FORECAST_AFTER.match(text, t_end, s_end) and not _DEAL_OR_GUIDE.search(before):
                    taken.append((t_start, t_end))  # (nor any shorter reading of the same words)
                    continue  # "a sentence of 15 years or more is likely", "10 years seems probable": an onlooker's forecast, no term
                if _NOTIONAL.search(before) and not re.match(r"(?:up to|as much as|a maximum)\b", m.group(), re.I):
                    continue  # "the sentence would have been eight years but for his plea": the notional term, not the one given
                # "She will receive credit for time served since her arrest": the court's reckoning, told ahead of its count
                # and anchored to when custody began; a bare "will receive credit for time served." is too vague to print
                if kind == "time_served_credit" and not ((_CREDIT_GIVEN.search(before)
                                                          # "declared 412 days already served", "412 days in custody, which will
                                                          # count towards his sentence": the court's reckoning told of the days
                                                          or before.endswith("declared ") or _COUNTED_AFTER.match(text, t_end, s_end) is not None
                                                          or m.group().lower().startswith("credited")
                                                          and re.search(r"\b(?:was|were|been|will\s+be|is|are)\s+(?:also\s+)?$", before, re.I)
                                                          # ("Judge Lunsford ... and credited him with 362 days": the
                                                          # court's own verb, after it or its "and")
                                                          or m.group().lower().startswith("credited")
                                                          and re.search(r"(?:\band|\bjudge|\bcourt|\b(?-i:[A-Z])[a-z]+)\s+(?:also\s+)?$", before, re.I)
                                                          or (m.group("num") or _LENGTH_THEN_WITH.search(before))
                                                          and _CREDIT_WITH_SENTENCE.search(before)
                                                          # "I sentence you to 40 months, with credit for the time you have
                                                          # served": the bench grants the credit in its sentence
                                                          or before.endswith(", with ") and _BENCH_OPENER.search(before)
                                                          # "With credit for 36 months of pre-sentence custody, he has seven
                                                          # years left to serve": the credit told with what it leaves
                                                          or m.group("num") and re.fullmatch(r"\s*With\s+", before) is not None
                                                          and _LEFT_TO_SERVE.search(text, t_end, s_end) is not None)
                                                         and (m.group("num") or not _CREDIT_AHEAD.search(before)
                                                              or re.match(r"\s+since\b", text[t_end:s_end])
                                                              # "has been in custody since his arrest and will receive
                                                              # credit for time served": the custody it counts, told first
                                                              or _CUSTODY_SINCE.search(before)
                                                              # "will get credit for the time he has already served": the
                                                              # custody he spent, told as his, not the bare formula
                                                              or _THE_TIME_SPENT.match(m.group()))):
                    continue  # "with credit for time served he could be out by 2030": a reckoning, not the court's grant
                tail = SPLIT_TAIL.match(text, t_end, s_end) if kind in _SPLITTABLE else None
                # "sentenced him to six years in prison, then suspended that sentence": the whole term is suspended, and
                # its text says so (the briefing must not print a man who went home as jailed)
                suspension = _SUSPENDED_AFTER.match(text, t_end, s_end) if kind in _SPLITTABLE and not tail else None
                t_end = tail.end() if tail else suspension.end() if suspension else t_end
                if kind in ("jail", "prison") and "condition" in text[t_end:t_end + 20]:
                    # "45 days in jail as a condition of probation": custody served under the probation, not beside it
                    condition = _AS_PROBATION_CONDITION.match(text, t_end, s_end)
                    t_end = condition.end() if condition else t_end
                if kind in _PAID_TO and "severally" in text[t_end:t_end + 30]:
                    # "$2 million in restitution, jointly and severally": how the debt is owed is part of the order
                    joint = _JOINTLY_OWED.match(text, t_end, s_end)
                    t_end = joint.end() if joint else t_end
                taken.append((t_start, t_end))
                term = _term(ctx, kind, m, s_start, s_end, t_end, lead_ins.get(s_start, ""))
                if upshot:
                    upshot_told_as[id(term)] = (term.status, term.by)
                    term.status, term.by = "other", None
                first = _FIRST_SERVED.search(text, max(s_start, t_start - 12), t_start) if kind in ("prison", "jail") and before.endswith("first ") else None
                if first:
                    # "eight years of probation, the first 12 months in jail": the custody's place in the whole sentence
                    # is part of it (not a 12-month term beside eight years)
                    term.text, term.citations = text[first.start():t_end], [ctx.source.cite(first.start(), t_end)]
                if term.kind == "prison" and _IN_THE_COMMUNITY.match(text, t_end, s_end):
                    # "sentenced to two years less a day, to be served in the community": Canada's conditional
                    # sentence told by its length, the same term as "a conditional sentence of two years less a day"
                    term.kind = "conditional_sentence"
                if told_to_face and term.status == "other":
                    term.status, term.by = "imposed", ctx.judge  # "You will have no contact with ...": the judge's order
                if kind in _RELEASE_COURSES and term.status == "other" and "complet" in before[-40:]:
                    _release_course_of_term(text, terms, term, s_start, before)
                if term.status in ("recommended", "sought") and _LOW_END.search(before):
                    floor = _RANGE_FLOOR.match(term.text)
                    # "the low end of the guidelines, 57 to 71 months": the ask is the floor, never the range's top
                    term.amount = parse_number(floor.group("low")) if floor else term.amount
                named_range = _RANGE_NAMED.search(text, max(s_start, t_start - 60), t_start) \
                    if "range" in before[-60:] and _RANGE_FLOOR.match(term.text) else None
                if named_range:
                    # "would face a standard range of 123 to 220 months in prison": the guidelines' name for the span
                    # stays in its text (read after the status, which the words before the name govern)
                    term.text, term.citations = text[named_range.start():t_end], [ctx.source.cite(named_range.start(), t_end)]
                if term.status in ("maximum", "other") and _dropped_counts(before):
                    continue  # "acquitted him of murder, which carries life in prison": a penalty he no longer faces
                if kind == "fine" and _REGULATOR.search(before) and _ORGANISATION_FINED.match(term.text) and not re.search(r"\b(?:judge|court|jury|justice|sentenc\w*|magistrate)\b", text[s_start:s_end], re.I):
                    continue  # "The Department of Health cited the facility and fined it $20,000": a regulator's penalty, no sentence
                if kind in _RECORD_OUTCOMES and term.status == "imposed" and re.search(r"\b(?:if|unless|could|might|may|can)\b", before + text[t_end:s_end], re.I):
                    term.status, term.by = "other", None  # "could be convicted and discharged if ...": what may come
                if _UNLESS_DONE.search(before):
                    continue  # "a suspended sentence, imposed if he does not complete the program": the condition, no order
                if term.status == "imposed" and _IF_CONVICTED.search(before):
                    term.status, term.by = "other", None  # "If convicted, he will have to pay ...": what may come, not what was ordered
                if _AVOIDED.search(before) or term.status in ("sought", "recommended") and _DROPPED_ASK.match(text, t_end):
                    # "a plea deal that spared him a possible death sentence": what the plea avoided, the most he faced;
                    # "had sought the death penalty before agreeing to the plea": an ask the side gave up, no live one
                    term.status, term.by = ("maximum" if re.search(r"\b(?:possible|potential)\s*$", before) else "other"), None
                if kind == "deportation" and term.status == "imposed" and _EXPECTED.search(before):
                    term.status, term.by = "other", None  # "is expected to be deported after he serves any sentence": a forecast
                if suspension and term.kind in ("prison", "jail"):
                    term.kind = "suspended_sentence"
                last = terms[-1] if terms and terms[-1].citations and s_start <= terms[-1].citations[0].start < t_start else None
                followed = bool(last and last.subject is None and _FOLLOWED_BY.fullmatch(text, last.citations[0].end, t_start))
                if not followed and "followed" in text[s_start:t_start]:
                    # "asked for 40 years with all but 20 years suspended, followed by five years of probation": the
                    # term just before "followed by" need not be the last one found
                    last = next((t for t in terms if t.citations and t.subject is None and s_start <= t.citations[0].start
                                 and t.citations[0].end <= t_start and _FOLLOWED_BY.fullmatch(text, t.citations[0].end, t_start)), last)
                    followed = bool(last and last.subject is None and _FOLLOWED_BY.fullmatch(text, last.citations[0].end, t_start))
                if re.match(r"followed\s+by\b", m.group(), re.I):
                    # "asked for four years followed by residential drug treatment", "18 months in prison followed by home
                    # confinement": a second part with no length of its own completes the term before it (and alone,
                    # after no term, it is none)
                    if followed and last and not _PERIOD_OF.match(term.text):
                        start = last.citations[0].start
                        last.text, last.citations = text[start:t_end], [ctx.source.cite(start, t_end)]
                        continue
                    if not followed:
                        continue
                    # "asked for 24 months, followed by a period of home confinement": a part named as a period of its own
                    # is a term of its own, the ask or sentence of the one before
                if last and last.status == "maximum" and term.status in ("imposed", "other") \
                        and _LIST_JOIN.fullmatch(text, last.citations[0].end, t_start):
                    term.status, term.by = "maximum", None  # "up to 10 years in prison and a $250,000 fine": one cap, two parts
                elif last and last.status == "imposed" and term.status == "imposed" and last.kind == term.kind \
                        and _COMPONENT_OPENS.fullmatch(text, last.citations[0].end, t_start) and _FOR_COUNT.match(text, t_end, s_end):
                    term.status, term.by = "other", None  # "40 years to life — 15 years to life for the murder plus ...": a part of the total
                elif followed:
                    # "10 years in prison followed by five years of probation": one sentence, or one ask (after an upshot,
                    # "meaning he will serve 13 years followed by 12 years on probation", the sentence's own status)
                    term.status, term.by = upshot_told_as.get(id(last), (last.status, last.by))
                elif term.status in ("other", "imposed") and i and _PART_OF_TOLD.match(before):
                    # "... sentenced to 11 years. That includes a mandatory three years on the gun specification": a part of
                    # the term just told has that term's status ("faces up to 11 years. That sentence includes ...": no
                    # sentence given yet; "Prosecutors asked for 11 years. That includes ...": their ask)
                    whole = next((t for t in reversed(terms) if t.subject is None and t.citations
                                  and sentences[i - 1][0] <= t.citations[0].start < s_start), None)
                    if whole and whole.kind in ("prison", "jail", "detention"):
                        term.status, term.by = ("other", None) if whole.status == "maximum" else (whole.status, whole.by)
                elif term.status == "other" and _SHARE_OF_SENTENCE.match(term.text):
                    # "Two years of his sentence are a mandatory consecutive term": a share of the sentence told before it
                    # has that sentence's status
                    whole = next((t for t in reversed(terms) if t.subject is None and t.kind in ("prison", "jail")
                                  and t.citations and t.citations[0].start < t_start and t.status in ("imposed", "recommended")), None)
                    if whole:
                        term.status, term.by = whole.status, whole.by
                if term.status in ("recommended", "sought") and term.by is None and i and re.match(r"\s*(?:[A-Z][^,;]{0,40},\s+)?(?i:they)\b", before):
                    # "Prosecutors dismissed the letters. They asked for 57 months", "... In their own filing, they ask for
                    # probation": the group the previous sentence opens with
                    term.by = _actor(ctx, text[sentences[i - 1][0]:sentences[i - 1][1]], last=False)
                if term.status in ("recommended", "sought") and term.by is None and i and re.match(r"\s*(?:[A-Z][^,;]{0,40},\s+)?(?:He|She)\b", before) \
                        and _GROUP.search(text, *sentences[i - 1]):
                    # "Assistant U.S. Attorney Ann Roe called the fraud brazen. She asked for 10 years": the side's lawyer
                    # the previous sentence opens with (a pronoun for anyone else asks for no side)
                    term.by = _actor(ctx, text[sentences[i - 1][0]:sentences[i - 1][1]], last=False)
                if kind == "bare_kind" and term.status in ("recommended", "sought") and term.by is None:
                    continue  # "the group would ask the judge to order restitution": a kind asked for by no side says too little
                asked_bar = kind == "disqualification" and term.status in ("recommended", "sought") and term.by is not None \
                    and re.match(r"(?:bar|ban|prohibit|forbid)\s", term.text) is not None \
                    and not re.search(r"\b(?:Commission|Board|Agency|Department|Bureau|Authority|Administration)\b", term.by)  # "asks the court to bar him from ...": a side's ask (a regulator's wish is not)
                # "His licence was cancelled and he was disqualified from driving": the court's order too
                joined_order = kind == "licence_revocation" and term.status in ("other", "imposed") and not ctx.charging \
                    and _JOINED_ORDER.match(text, t_end, s_end) is not None
                # "The judge ordered 250 hours of community service. His license was revoked.": the passive revocation told
                # beside the court's own orders, in its sentence or the one before (never a year's history: "was revoked in 2019")
                joined_order = joined_order or (kind == "licence_revocation" and term.status in ("other", "imposed") and not ctx.charging
                                                and _PASSIVE_LICENCE.match(term.text) is not None and not _YEAR.search(text[s_start:s_end])
                                                and (_COURT_ACT.search(before) is not None
                                                     or i > 0 and _COURT_ACT.search(text[sentences[i - 1][0]:sentences[i - 1][1]]) is not None))
                # "any vehicle he drives must be equipped with an ignition interlock device": the order's own verb is in the term
                joined_order = joined_order or (kind == "ignition_interlock" and term.status in ("other", "imposed") and not ctx.charging
                                                and re.search(r"\b(?:must|will\s+(?:have|need)\s+to|required|shall)\b", term.text) is not None
                                                and not _YEAR.search(text[s_start:s_end]))
                # "his driver's license will be revoked by the state as a result of the convictions", "a conviction for
                # vehicular homicide means an automatic revocation of a driver's license", "His licence will be cancelled":
                # what this case's conviction brings, whoever carries it out
                # (never a revocation the story dates: "His licence was revoked in 2019 after an earlier conviction")
                joined_order = joined_order or (kind == "licence_revocation" and term.status in ("other", "imposed") and not ctx.charging
                                                and not _YEAR.search(text[s_start:s_end])
                                                # ("will be revoked if he drives again", "a conviction would mean ...": what may come)
                                                and not re.search(r"\b(?:if|unless|could|would|might|may)\b", before, re.I)
                                                and not _ON_CONDITION_AFTER.match(text, t_end, s_end)
                                                and (_BECAUSE_CONVICTED.match(text, t_end, s_end) is not None
                                                     or _CONVICTION_MEANS.search(before) is not None
                                                     or _LICENCE_TO_GO.match(term.text) is not None))
                if joined_order:
                    term.status, term.by = "imposed", term.by or ctx.judge
                # "Under the deal ... He also agreed to surrender his pilot's licence": a condition the plea agreement itself
                # offers, as much the deal's term as its prison time
                agreed_condition = term.status == "recommended" and term.by == "plea agreement"
                # "asked for probation ... and a requirement that he speak to students about ...": a side's ask that names
                # the condition as such is part of that side's proposal
                agreed_condition = agreed_condition or (term.status in ("recommended", "sought") and term.by is not None
                                                        and _REQUIREMENT_THAT.match(term.text) is not None)
                if kind in _CONDITIONS and term.amount is None and term.unit != "life" and not asked_bar and not followed and not agreed_condition and (term.status != "imposed" or not _ORDER_WORDS.search(before) and not _WHILE_SERVING.match(text, t_end, s_end)
                                                                    and not _HELD_WHILE.search(term.text)
                                                                    and not _own_condition(ctx, before)
                                                                    and not _judge_acts(ctx, before)
                                                                    and not _IMPOSED_AFTER.match(text[t_end:s_end])
                                                                    and not re.match(r"(?:permanently\s+)?(?:revok|cancel|lost\b|loses\b)", term.text, re.I)
                                                                    and not joined_order):
                    continue  # a condition the court did not order ("reporters were barred from the hearing")
                if kind == "suspended_sentence" and not m.groupdict().get("num") \
                        and (_PART_OF.search(before) or _RECEIVED_EARLIER.match(text, t_end, s_end)):
                    continue  # "part of the suspended sentence she received in 2025": the old sentence named, no new term
                if kind in ("disqualification", "no_contact", "ordered_bar") and _ORDER_IN_FORCE.search(before):
                    continue  # "stabbed her while a domestic abuse injunction barred him from contacting her": an earlier order
                if kind in ("no_contact", "order") and _BROKEN_ORDER.search(before):
                    continue  # "violating a protective order", "a violation of the no-contact order": the offence, not a term
                if kind in ("death", "order") and term.amount is None and term.status == "other":
                    continue  # "states that abolished the death penalty": named, not asked for or imposed
                if kind == "compensation" and (_STATE_PAYS.match(text, t_end, s_end) or _WRONGFUL.search(before)):
                    continue  # "can seek up to $25,000 in compensation from the state": paid to the wrongly convicted, no sentence
                if kind == "death" and _NOT_SOUGHT.search(before):
                    continue  # "prosecutors will not seek the death penalty"
                # (a life term the bench orders in its own words is no figure: "I am ordering a lifetime ban from ...")
                if (kind == "death" or m.groupdict().get("life")) and (_FIGURATIVE.search(before)
                                                                      or not told_to_face and any(q_start <= t_start < q_end for q_start, q_end in quoted)):
                    continue  # "a long term would amount to a death sentence", "would be “a death sentence in slow motion”": a figure of speech
                if _GENERIC.search(before) and not _GIVEN.search(before):
                    continue  # "Sentences in such cases have ranged from probation to a decade in prison": other cases, no term here
                if _survey(before, text[t_start:t_end], text[t_end:s_end]):
                    continue  # "judges have handed down sentences of five to 10 years in recent fraud cases": other cases
                if (_COMPARED_CASE.search(before) or _COMPARED_CASE.search(text[t_end:s_end])) and not (ctx.defendant and ctx.defendant in before):
                    continue  # "In a similar case, a former clerk received eight years": a yardstick, not this case's term
                if _PRECEDENT.search(before):
                    continue  # "pointing to a restaurant owner who received 12 months": another case's sentence cited as a yardstick
                if term.status in ("recommended", "sought") and _INDEFINITE_SENTENCED.search(before) \
                        and not (ctx.defendant and ctx.defendant in before) and _earlier_case(ctx, before, text[t_end:s_end], term.text):
                    continue  # "In 2021 he sentenced an investment adviser to nine years, below the 15 prosecutors had sought": a past case's ask
                if kind in ("licence_revocation", "disqualification") and _ADMINISTRATIVE.search(before) and not _CONVICTION_MEANS.search(before):
                    continue  # "The state revoked his driver's license": an agency's act, not the court's sentence
                served = any(t.status == "imposed" and t.kind in _RELEASED_FROM for t in terms)
                # (never the credit for custody already spent: "had been free on bond ..., and will receive credit for
                # the 11 days he spent in jail" tells the bond history the credit counts, not a release condition)
                if term.status in ("imposed", "other") and kind != "time_served_credit" and (_bail_told(text, s_start, s_end, served) or _bail_told(text, *_introducing(text, sentences, i), served)
                                                            or _bail_told(lead_ins.get(s_start, ""), 0, None, served)
                                                            # "As conditions of release, he must ... He is also barred from
                                                            # driving": the paragraph's release conditions go on
                                                            or i and re.search(r"\balso\b", before) is not None
                                                            and "\n" not in text[sentences[i - 1][1]:s_start]
                                                            and _bail_told(text, *sentences[i - 1], served)
                                                            and not _BAIL_DENIED.search(text, *sentences[i - 1])) \
                        and not re.search(r"\bsentenced\b(?:\s+[\w.,'\u2019]+){0,6}?\s+to\b", before):
                    continue  # "free on bond but ordered to stay in home detention": a release condition
                if term.status in ("recommended", "sought") and term.unit is None and _bail_told(text, s_start, s_end, False) \
                        and re.search(r"\b(?:releas\w*|freed|bond|bail)\b", text[s_start:s_end], re.I) \
                        and not re.search(r"\bsentenc", text[s_start:s_end], re.I):
                    continue  # "asked that he be released on electronic monitoring until trial": a release ask, no sentence
                if term.status == "imposed" and _old_condition(ctx, before, term.text):
                    term.status, term.by = "other", None  # the condition of the probation he broke, told as history
                elif term.status == "imposed" and _earlier_case(ctx, before, text[t_end:s_end], term.text) and not _CHANGED_TO.search(before):
                    if kind == "no_incarceration" or kind in _CONDITIONS or kind in _RECORD_OUTCOMES:
                        continue  # "was spared prison two years ago", "a judge barred her from ... in 2022": an earlier order, no term of this case
                    term.status, term.by = "other", None  # the sentence of an earlier case or hearing, not this one
                if term.by and ctx.judge and _SOME_JUDGE.fullmatch(term.by) and _names_judge(ctx, s_start):
                    term.by = ctx.judge  # "a Marlow County judge sentenced him ... Circuit Judge Ann Roe also ...": the same judge
                if term.status in ("recommended", "sought", "maximum") and _IN_THEIR_CASE.match(text, t_end, s_end):
                    term.subject = _whose_case(ctx, before, sentences[i - 1] if i else None)
                elif term.status in ("recommended", "sought", "maximum"):
                    # "seeking 10 years for Tom Reyes", "Reyes, the driver, faces up to 20 years": another person's exposure
                    # ("$12,000 in restitution for Ann Roe": the one paid, never the one who pays)
                    # ("Tom Reyes pleaded guilty to theft. He faces up to six years": the pronoun is the one who
                    # pleaded, as for a term given; in a charging story each one charged is a defendant of the case)
                    term.subject = (None if kind in _PAID_TO else _for_other(ctx, text[t_end:s_end], before)) or (
                        _sentenced_other(ctx, before, sentences[i - 1] if i and not ctx.charging else None, term.text, _FACES)
                        if term.status == "maximum" else None)
                    term.subject = _second_defendant(ctx, before, term.subject) or term.subject or _second_counsel(ctx, before) \
                        or _counsels_client(ctx, before)
                if term.status in ("imposed", "other"):
                    # ("Jailing Tom Reyes for four years, ...": the participle's object is the one sentenced; "The four-year
                    # sentence handed to Tom Reyes was criticised": the receiver told after the term)
                    # (a pronoun object, "Sentencing him to ...", is resolved as any other clause's)
                    lead = _PARTICIPIAL_LEAD.match(before)
                    named_lead = lead is not None and lead.group("who") not in (None, "him", "her", "them")
                    term.subject = _lead_object(ctx, lead.group("who")) if lead and named_lead else (
                        _sentenced_other(ctx, before, sentences[i - 1] if i else None, term.text)
                        or _handed_to_other(ctx, before, text[t_end:s_end]) or _bound_other(ctx, m))
                    second = _second_defendant(ctx, before, term.subject) or (None if term.subject else _spouse_given(ctx, before))
                    if second:
                        term.subject = second  # "and Ann Cole, 55, to 41 months": the case's second defendant, her own term
                    elif term.subject and ctx.joint and term.status == "imposed" and _listed_person(ctx, term.subject):
                        ctx.seconds.add(term.subject)  # "Three men were sentenced ... Ann Cole, 27, was sentenced to": one of them
                    elif term.subject and term.status == "imposed" and not ctx.charging and not ctx.roundup \
                            and _listed_person(ctx, term.subject) and _sentenced_alongside(text, sentences, i, t_start):
                        ctx.seconds.add(term.subject)  # "Lee, 24, who admitted affray, was given a community order": same hearing
                    elif term.subject and term.status == "imposed" and _given_in_one_breath(ctx, terms, term, s_start, t_start):
                        ctx.seconds.add(term.subject)  # "sentenced Lee to 12 years and his cousin, Ann Roe, to 78 months"
                    elif term.subject and term.status == "imposed" and _kin_sentenced_too(ctx, terms, term, before, s_start, s_end):
                        ctx.seconds.add(term.subject)  # "... to 18 months. His son, Ed Cole, 24, received probation": his co-defendant
                    elif term.subject:
                        term.status = "other"  # a co-defendant's sentence, not the case's
                        if term.by and term.by.split()[-1] not in text[s_start:s_end]:
                            term.by = None  # the case's judge is not said to have sentenced them
                    elif term.status == "imposed" and _new_person(ctx, before, text[s_start:s_end], s_start, terms):
                        term.subject, term.status, term.by = "another defendant", "other", None
                terms.append(term)
                second = ELLIPTIC_AMOUNT.match(text, t_end, s_end) if kind in _PAID_TO and term.amount is not None else None
                if second and not any(second.start("term") < e and s < second.end("term") for s, e in taken):
                    taken.append(second.span("term"))
                    terms.append(_second_sum(ctx, term, second))
                course = ELLIPTIC_COURSE.match(text, t_end, s_end) if kind in ("treatment", "program", "community_service") else None
                if course and not any(course.start("term") < e and s < course.end("term") for s, e in taken):
                    taken.append(course.span("term"))
                    terms.append(replace(term, kind="treatment", amount=None, unit=None, text=course.group("term"),
                                         citations=[ctx.source.cite(*course.span("term"))]))
                # ("faces up to life in prison on the robbery count and up to 20 years for assault": a list of caps may
                # open with life)
                more = ELLIPTIC_DURATION.match(text, t_end, s_end) if term.kind in ("prison", "jail") and (
                    term.unit in _DAYS_UNITS or term.unit == "life" and term.status == "maximum") else None
                while more and not any(more.start("term") < e and s < more.end("term") for s, e in taken):
                    if _OWNED_SPAN.search(text, t_end, more.start("term")):
                        break  # "sought 30 months, citing his client's eight years on the force": time lived, no term
                    if "mean" in text[t_end:more.start("term")] and _SUSPENSION_UPSHOT.search(text, s_start, more.start("term")):
                        break  # "..., with 10 suspended, meaning he will serve 15 years": the upshot, read on its own above
                    following = _next_duration(ctx, term, more, s_start, s_end)
                    if following is None:
                        break
                    taken.append(more.span("term"))
                    terms.append(following)
                    more = ELLIPTIC_DURATION.match(text, more.end("term"), s_end)
                parts = ELLIPTIC_BREAKDOWN.match(text, t_end, s_end) if term.kind in ("prison", "jail") and term.unit in _DAYS_UNITS \
                    and term.status in ("imposed", "recommended", "sought") else None
                if parts and not any(parts.start("term") < e and s < parts.end("term") for s, e in taken):
                    # "120 months in prison — 10 years on each of eight counts, to run concurrently —": the total's
                    # share per count, the same sentence told by its counts
                    share = _next_duration(ctx, term, parts, s_start, s_end)
                    if share is not None:
                        taken.append(parts.span("term"))
                        terms.append(share)
                gapped = ELLIPTIC_PERSON_TO.match(text, t_end, s_end) if term.kind in ("prison", "jail") and term.unit in _DAYS_UNITS \
                    and term.status in ("imposed", "recommended") and re.search(r"\bto\s+(?:serve\s+)?$", text[s_start:t_start]) else None
                if gapped and not any(gapped.start("term") < e and s < gapped.end("term") for s, e in taken):
                    # "sentenced Lee to 10 years in prison and Reyes to six years": the verb left out before the second
                    # person, whose own length it is (its kind and status the first's)
                    following = _next_duration(ctx, term, gapped, s_start, s_end)
                    if following is not None:
                        told = text[s_start:gapped.start("term")]
                        who = _second_defendant(ctx, told, following.subject) or following.subject or _spouse_given(ctx, told) \
                            or gapped.group("what").split(",")[0].strip()
                        if not _listed_person(ctx, who):
                            # "and his wife, Ana, to 48 months": the relative's first name in apposition, the parties' full name
                            apposed = re.search(r",\s+([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)*)", gapped.group("what"))
                            first_name = apposed.group(1) if apposed else who
                            found = {p.name for p in ctx.parties if p.kind == "person" and (p.name == first_name or p.name.split()[0] == first_name)
                                     and not _is_defendant(ctx, p.name)}
                            who = found.pop() if len(found) == 1 else who
                        following.subject = who
                        if term.status == "imposed" and (term.subject is None or term.subject in ctx.seconds) and _listed_person(ctx, who) \
                                and not ctx.charging and not ctx.roundup:
                            # one verb sentenced both at this hearing: the second's term is the case's too
                            ctx.seconds.add(who)
                            following.status, following.by = "imposed", term.by
                        elif following.status == "imposed":
                            following.status = "other"
                        taken.append(gapped.span("term"))
                        terms.append(following)
                added = ELLIPTIC_MORE.match(text, t_end, s_end) if term.kind in ("prison", "jail") and term.unit in ("years", "months") else None
                if added and not any(added.start("term") < e and s < added.end("term") for s, e in taken):
                    # "four years on the theft charge plus three more for the gun enhancement": the count's added length,
                    # in the first term's unit unless it names its own
                    taken.append(added.span("term"))
                    unit = added.group("unit")
                    terms.append(replace(term, text=added.group("term"), citations=[ctx.source.cite(*added.span("term"))],
                                         amount=parse_number(added.group("num")),
                                         unit=(unit if unit.endswith("s") else unit + "s") if unit else term.unit))
                cap = ELLIPTIC_CAP.match(text, t_end, s_end) if term.status == "maximum" and term.unit in _DAYS_UNITS else None
                if cap and not any(cap.start("term") < e and s < cap.end("term") for s, e in taken):
                    taken.append(cap.span("term"))
                    terms.append(replace(term, text=cap.group("term"), citations=[ctx.source.cite(*cap.span("term"))],
                                         amount=parse_number(cap.group("num"))))
                elif term.status == "maximum" and term.unit in _DAYS_UNITS and i + 1 < len(sentences) \
                        and "\n" not in text[s_end:sentences[i + 1][0]] and "carr" in text[sentences[i + 1][0]:sentences[i + 1][1]]:
                    cap = ELLIPTIC_NEXT_CAP.match(text, *sentences[i + 1])
                    if cap and not any(cap.start("term") < e and s < cap.end("term") for s, e in taken):
                        taken.append(cap.span("term"))
                        terms.append(replace(term, text=cap.group("term"), citations=[ctx.source.cite(*cap.span("term"))],
                                             amount=parse_number(cap.group("num"))))
                if term.status in ("recommended", "sought") and term.kind == "prison" and term.unit in _DAYS_UNITS and term.subject is None:
                    ask = ELLIPTIC_REQUEST.match(text, t_end, s_end)
                    if ask and not any(ask.start("term") < e and s < ask.end("term") for s, e in taken):
                        taken.append(ask.span("term"))
                        terms.append(_second_request(ctx, term, ask, s_start, s_end))
                    elif not ask and i + 1 < len(sentences) and "\n" not in text[s_end:sentences[i + 1][0]]:
                        ask = ELLIPTIC_NEXT.match(text, *sentences[i + 1])
                        if ask:
                            terms.append(_second_request(ctx, term, ask, *sentences[i + 1]))
    _floors_with_their_term(text, terms)
    if any(t.status == "imposed" and t.subject is None for t in terms):
        terms += _listed_conditions(case_ctx, sentences, lead_ins, [(c.start, c.end) for t in terms for c in t.citations])
    return _merge_terms(_asks_told_in_full(ctx, terms), text)


_WITH_FLOOR = lazy_compile(r",?\s+(?:with|and)\s+(?:an?\s+|the\s+)?", re.I)


def _floors_with_their_term(text: str, terms: list[Term]) -> None:
    """ "sentenced him to life imprisonment with a minimum period of imprisonment of 18 years": the floor told with the
    term it belongs to has that term's status and judge (the floor alone names no verb)."""
    for floor in terms:
        if floor.status != "other" or not floor.citations or not re.match(r"(?:an?\s+|the\s+)?minimum\b", floor.text, re.I):
            continue
        start = floor.citations[0].start
        whole = next((t for t in terms if t is not floor and t.citations and t.status in ("imposed", "recommended", "sought")
                      and t.kind in ("prison", "jail") and _WITH_FLOOR.fullmatch(text, t.citations[0].end, start)), None)
        if whole:
            floor.status, floor.by = whole.status, whole.by


# Conditions told as bare verb phrases after a sentencing order's lead-in: "As conditions of her probation, she must:"
# over "- stay away from casinos", "- not hold any job that gives her access to clients' money"; or in prose, "Under the
# sentence, he must stay off social media, never again run a day care and not work in any hospital, clinic or pharmacy".
# An avoidance or a negation is the condition itself, with no kind word ("barred", "banned") to mark it.
_CONDITION_VERB = (r"(?:(?:not|never|no\s+longer)\s+(?:again\s+|ever\s+)?(?!be\b|have\b|to\b)[a-z]+|stay\s+(?:away|out|off)|keep\s+(?:away|out|off)"
                   # ("surrender to the Bureau of Prisons by May 1" is the day custody starts, not a condition)
                   r"|avoid|refrain\s+from|abstain\s+from|(?:give\s+up|surrender|relinquish)(?=\s+(?:his|her|their|all|any)\s))\b")
# Where one listed act ends and the next begins: a comma or "and" before another verb of the list
_ITEM_BREAK = lazy_compile(r"(?:,\s+(?:and\s+|or\s+)?|\s+and\s+)(?=" + _CONDITION_VERB + r"|(?:pay|serve|complete|perform|register|undergo|attend|wear"
                         r"|submit|forfeit|write|report|obtain|maintain|install|take|participate|spend|live|reside|remain|seek|find|do|make)\b)")
# The lead-in that puts the listed acts on the defendant: "she must:", "ordered him to", "is also required to", "will have to"
_ORDERS_LIST = lazy_compile(r"\b(?:must(?:\s+also)?|(?:is|are|was|were|will\s+be)\s+(?:also\s+)?required\s+to|requires?\s+(?:him|her|them)\s+to"
                          r"|requires?\s+that\s+(?:he|she|they|(?-i:[A-Z])[\w'\u2019-]+)|(?:also\s+|further\s+)?ordered\s+(?:(?:him|her|them|(?-i:[A-Z])[\w'\u2019-]+)\s+to|that\s+(?:he|she|they|(?-i:[A-Z])[\w'\u2019-]+))"
                          r"|(?:will|would)\s+(?:also\s+)?have\s+to|(?:also\s+)?ordered)\s*:?\s*", re.I)
_LEAD_IN_ORDERS = lazy_compile(r"\b(?:must|order\w*|requir\w*|have\s+to|conditions?|sentence)\b", re.I)
_NOT_THE_COURTS = lazy_compile(r"\b(?:plea\s+(?:deal|agreement|bargain)|the\s+(?:deal|agreement)|could|would\s+(?!also\s+have\s+to|have\s+to)|might|if|asked|wants?|urged|sought|recommend\w*)\b", re.I)


def _listed_conditions(ctx: _Context, sentences: list[tuple[int, int]], lead_ins: dict[int, str],
                       taken: list[tuple[int, int]]) -> list[Term]:
    """Bare verb-phrase conditions listed after a lead-in that orders them, in bullets or as a prose series; each
    listed act is a term the court imposed (a pretrial release's conditions or a deal's offer are not)."""
    text = ctx.source.text
    found: list[Term] = []
    for i, (s_start, s_end) in enumerate(sentences):
        lead_in = lead_ins.get(s_start)
        if lead_in is not None:
            bullet = BULLET.match(text, s_start, s_end)
            if not bullet or not _LEAD_IN_ORDERS.search(lead_in) or _NOT_THE_COURTS.search(lead_in) or _BAIL.search(lead_in):
                continue
            spans = [(bullet.end(), s_end)]
        else:
            order = _ORDERS_LIST.search(text, s_start, s_end)
            sentence = text[s_start:s_end]
            if not order or _NOT_THE_COURTS.search(text, s_start, order.start()) or _BAIL.search(sentence) \
                    or _BAIL.search(text, *_introducing(text, sentences, i)) or any(q in sentence for q in "\"\u201c"):
                continue
            breaks = [b for b in _ITEM_BREAK.finditer(text, order.end(), s_end)]
            bounds = [order.end()] + [b.end() for b in breaks]
            ends = [b.start() for b in breaks] + [s_end]
            spans = list(zip(bounds, ends))
        for start, end in spans:
            item = text[start:end].rstrip(" .;,")
            end = start + len(item)
            head = re.match(_CONDITION_VERB, item, re.I)
            if not head or len(item.split()) < 2 or any(start < e and s < end for s, e in taken):
                continue
            kind = ("no_contact" if re.match(r"(?:stay|keep)\s+away|avoid\s+(?:all\s+|any\s+)?contact|not\s+contact", item, re.I)
                    else "licence_revocation" if re.search(r"licen[cs]e", item, re.I) and re.match(r"give|surrender|relinquish", item, re.I)
                    else "disqualification")
            found.append(Term(text=item, kind=kind, citations=[ctx.source.cite(start, end)], status="imposed",
                              by=_paragraph_judge(ctx, s_start).judge))
            taken.append((start, end))
    return found


# Between two items of a series: a comma, or the "and" before the last item when no comma stands there ("no alcohol,
# a 9 p.m. curfew and weekly drug testing")
_COLON_ITEM_BREAK = lazy_compile(r",\s+(?:and\s+|or\s+|plus\s+)?|\s+(?:and|plus)\s+(?=(?!(?:his|her|their|its)\b)[^,]*$)")
_COLON_DURATION = lazy_compile(rf"(?P<num>{_NUM})[- ](?P<unit>years?|months?|weeks?|days?)\b", re.I)


_LIST_COLON = lazy_compile(r"(?<!\d):(?=\s)")  # a colon that opens a list, not a clock time ("6:14 PM")
# A clause, not an item of a list of terms: "after a judge rejected his bid for ...", "which he ..."; "..., for assault
# in the second degree" names the count the listed terms are for
# ("..., imposed by a county judge", "handed down by the court": a participle telling who gave the term before it)
_NOT_AN_ITEM = lazy_compile(r"^(?:after|before|when|while|because|since|as|if|who|which|that|but|though|although|until|where|he|she|they|it|for|according)\b"
                          r"|^[a-z]+(?:ed|en)\s+(?:down\s+)?by\b"
                          r"|\b(?:is|are|was|were|had|has|have|said|says|did|does|would|could|will)\b", re.I)
# "Driving the news: Judge Ann Roe on Friday sentenced Lee, 40, to 70 months": a rubric's colon opens the clause that
# gives the term, whose commas (an age, an appositive) part no list
_SENTENCING_CLAUSE = lazy_compile(r"\b(?:re-?)?sentenc(?:ed|es)\b", re.I)


_CONDITIONS_ANNOUNCED = lazy_compile(r"\b(?:added|adds|add|imposed|imposes|set|sets|attached|attaches|ordered|orders|extended|extends|follow|comes?\s+with"
                                   r"|came\s+with|with)\s+(?:(?:an?|one|two|three|four|five|several|more|other|his|her|their|the)\s+)?"
                                   r"(?:(?:new|more|additional|further|strict|special|extra|other|last|final)\s+)*(?:conditions?|terms|requirements?|restrictions?|rules)\s*$", re.I)

# What is left of a sentence made of terms alone once they are taken out: "$2.3 million restitution.", "A $500 fine and
# costs."
_ONLY_JOINERS = lazy_compile(r"[\s,;.]*(?:(?:and|plus|an?|also|with)\b[\s,;.]*)*", re.I)

# How a length told alone is served: "two years less a day, to be served in the community" (Canada's conditional sentence)
_IN_THE_COMMUNITY = lazy_compile(r",?\s+(?:to\s+be\s+)?(?:served|spent)\s+in\s+the\s+community\b", re.I)


def _verbless_go_on(ctx: _Context, sentences: list[tuple[int, int]], terms: list[Term]) -> list[Term]:
    """A sentence of terms alone, with no verb ("Ann Roe: 20 years, serve 8 in prison. $2.3 million restitution."),
    goes on with the imposed term of the sentence before it in its paragraph: the same status, court and person."""
    text = ctx.source.text
    for s_start, s_end in sentences:
        own = [t for t in terms if t.status == "other" and s_start <= t.citations[0].start < s_end]
        if not own:
            continue
        rest, at = [], s_start
        for t in sorted(own, key=lambda t: t.citations[0].start):
            rest.append(text[at:t.citations[0].start])
            at = t.citations[0].end
        rest.append(text[at:s_end])
        if not all(_ONLY_JOINERS.fullmatch(part) for part in rest):
            continue
        paragraph = ctx.source.paragraph_at(s_start)
        if paragraph is None:
            continue
        before = [t for t in terms if paragraph.start <= t.citations[0].start < s_start]
        last = max(before, key=lambda t: t.citations[0].start, default=None)
        if last is None or last.status != "imposed" or _BAIL.search(text, paragraph.start, s_start):
            continue
        for t in own:
            t.status, t.by, t.subject = "imposed", last.by, last.subject
    return terms


# What a sentence's order is made up of, told as a series after the order itself: "The order includes 200 hours of
# unpaid community work, mental health treatment and ...", "Conditions of her probation include ..."
_ORDER_INCLUDES = lazy_compile(r"\s*(?:(?:The|That|This|His|Her|Their)\s+(?:[\w-]+\s+){0,3}?|(?-i:[A-Z])[\w-]*\s+)?(?P<whole>order|sentence|conditions|requirements|penalty)"
                               r"(?:\s+(?:of|on)\s+(?:the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:order|sentence|probation|licen[cs]e|release|supervision))?"
                               r"\s+(?:also\s+)?(?:includes?|included)\s(?=\S)")


def _colon_listed(ctx: _Context, sentences: list[tuple[int, int]], terms: list[Term]) -> list[Term]:
    """The other items of a list the court's terms are set out in after a colon ("attached several conditions: GPS
    monitoring for the first 60 days, residence at a halfway house in Flint, and no contact with the family"), or after
    the order's own "includes" ("The order includes mental health treatment, ..."): once one item is an imposed term
    the list is the sentence's, so an item without a kind word is a term too."""
    text = ctx.source.text
    result = list(terms)
    for s_start, s_end in sentences:
        colons = [c.start() for c in _LIST_COLON.finditer(text, s_start, s_end)]
        includes = None if colons else _ORDER_INCLUDES.match(text, s_start, s_end)
        if len(colons) != 1 and not includes:
            continue
        colon = colons[0] if colons else includes.end() - 1
        listed = [t for t in terms if colon < t.citations[0].start < s_end]
        if includes and not listed and includes.group("whole").lower() in ("sentence", "penalty"):
            # "The sentence also includes permanent exclusion from Medicare, Medicaid and ...": a sentence's parts are
            # terms the phrases find (an order's are any conditions it names); with none found, the list is one part's
            continue
        # "added two new conditions: no alcohol and a 9 p.m. curfew", "extended her probation with a new condition: an
        # ankle monitor": the words before the colon announce the court's conditions, whatever the items say
        announced = not ctx.charging and (includes is not None or _CONDITIONS_ANNOUNCED.search(text[s_start:colon]) is not None) \
            and not _NOT_THE_COURTS.search(text[s_start:colon]) and not _BAIL.search(text[s_start:s_end])
        if announced:
            for t in listed:
                if t.status == "other" and t.subject is None:
                    t.status, t.by = "imposed", ctx.judge
        elif not any(t.status == "imposed" and t.subject is None for t in listed) or any(t.status != "imposed" for t in listed):
            continue
        if any(t.status != "imposed" for t in listed):
            continue
        if listed and "entenc" in text[colon:listed[0].citations[0].start] \
                and _SENTENCING_CLAUSE.search(text, colon, listed[0].citations[0].start):
            continue
        breaks = list(_COLON_ITEM_BREAK.finditer(text[:s_end], colon + 1))
        if (not announced or includes) and not any(b.group().startswith(",") for b in breaks):
            continue  # "two things: a fine and probation" is a pair the phrases find; a series has commas
        bounds = [colon + 1] + [b.end() for b in breaks]
        ends = [b.start() for b in breaks] + [s_end]
        new: list[Term] = []
        for n, (start, end) in enumerate(zip(bounds, ends)):
            item = text[start:end]
            if n and re.match(r"\s*(?:the|an?|his|her|their)\s", item) and re.search(r"\b[A-Z][\w'\u2019-]+\s*$", text[bounds[n - 1]:ends[n - 1]]):
                continue  # "no contact with the family of Sam Roe, the clerk killed in the robbery": an appositive, not an item
            lead = re.match(r"\s*(?:(?:an?|the)\s+)?", item)
            start += lead.end() if lead else 0
            item = text[start:end].rstrip(" .;,")
            end = start + len(item)
            inside = [t for t in listed if start < t.citations[0].end and t.citations[0].start < end]
            if len(inside) == 1 and inside[0].citations[0].start == start and _COLON_DURATION.fullmatch(inside[0].text):
                # "10 years for the robbery": a bare length in the list takes the count it is for, as its kind word
                inside[0].text, inside[0].citations = item, [ctx.source.cite(start, end)]
                continue
            if not item or len(item.split()) > 12 or inside or _NOT_AN_ITEM.search(item):
                continue
            duration = _COLON_DURATION.match(item)  # "five years for the gun charge"
            amount = parse_number(duration.group("num")) if duration else None
            new.append(Term(text=item, kind="prison" if duration else "condition", citations=[ctx.source.cite(start, end)],
                            status="imposed", amount=amount, unit=duration.group("unit").lower().rstrip("s") + "s" if duration else None,
                            by=listed[0].by if listed else ctx.judge))
        if new:
            at = result.index(listed[-1]) + 1 if listed else len(result)
            result[at:at] = new
    return result


_PAID_TO = {"restitution", "compensation", "reparation"}
# The joint between two items of one list of penalties: ", and a", " plus a maximum", " as well as"
_LIST_JOIN = lazy_compile(r"\s*,?\s*(?:and|plus|as\s+well\s+as|along\s+with)\s+(?:(?:an?|the)\s+)?(?:(?:possible|potential|maximum)\s+)?", re.I)


def _second_sum(ctx: _Context, first: Term, m: re.Match[str]) -> Term:
    """The payee-only sum after a money term ("... and $61,300 to the state"): the first one's kind, status and side."""
    amount, unit = _money(m.group("money"))
    start, end = m.span("term")
    return Term(text=ctx.source.text[start:end], kind=first.kind, citations=[ctx.source.cite(start, end)], status=first.status,
                amount=amount, unit=unit, by=first.by, subject=first.subject)


_DAYS_UNITS = {"years", "months", "weeks", "days"}


def _second_request(ctx: _Context, first: Term, m: re.Match[str], s_start: int, s_end: int) -> Term:
    """The bare number another side asks for after a requested duration ("..., and his lawyers asked for 17"): the
    first one's unit and kind, its own side."""
    text = ctx.source.text
    start, end = m.span("term")
    status, by = _status(ctx, text[start:end].lower(), text[s_start:start], text[end:s_end])
    if status not in ("recommended", "sought"):
        status = first.status
    start = m.start("ask")  # cited from the verb: "asked for 17", never a bare "17"
    return Term(text=text[start:end], kind=first.kind, citations=[ctx.source.cite(start, end)], status=status,
                amount=parse_number(m.group("num")), unit=first.unit, by=by)


_FOR_KIN = lazy_compile(r"\s+for\s+(?P<who>(?:his|her|their)\s+(?:[\w-]+\s+)?(?:wife|husband|brother|sister|father|mother|son|daughter|partner"
                      rf"|{CO_DEFENDANT}|nephew|niece|cousin|girlfriend|boyfriend))\b")


def _next_duration(ctx: _Context, first: Term, m: re.Match[str], s_start: int, s_end: int) -> Optional[Term]:
    """A later length in a list of lengths ("12 years for Lee and eight years for Reyes", "up to 20 years, and each tax
    count a maximum of five"): the first one's status and side; its own person when it names one (the words before it,
    or "for NAME" after it), else the first one's."""
    text = ctx.source.text
    term = _term(ctx, "prison" if first.kind in ("prison", "jail") and not m.group("kw") else "prison", m, s_start, s_end, m.end("term"))
    if not m.group("kw"):
        term.kind = first.kind
    # ("up to 15 years on the bribery counts, plus a mandatory two years": the law's fixed addition, exposure too)
    # (but "sentenced him to one to 15 years for kidnapping, and up to five years for assault": an indeterminate term
    # the court gave, in the list the sentencing verb governs)
    capped = re.match(r"(?:up\s+to|as\s+(?:much|many|long)\s+as|(?:a|the)\s+(?:[\w-]+\s+)?maximum)\b", term.text, re.I) \
        and first.status != "imposed" or first.status == "maximum" and re.match(r"mandatory\b", term.text, re.I)
    term.status, term.by = ("maximum", None) if capped else (first.status, first.by)
    if first.status == "maximum" and not capped:
        return None  # "a maximum of 20 years for fraud and 10 years for theft": a bare second length may be a floor or a count's share
    named = [p for p in _people(ctx, m.group("what")) if not _is_defendant(ctx, p)]
    unlisted = re.fullmatch(_NAME, m.group("what").strip())  # "Lee got 10 years, and Tom Reyes five": a name the parties miss
    if not named and unlisted and len(unlisted.group().split()) > 1 and unlisted.group().split()[0] not in _NOT_FIRST_NAMES \
            and not _is_defendant(ctx, unlisted.group()):
        named = [unlisted.group()]
    kin = _FOR_KIN.match(text, m.end("term"), s_end)  # "20 years for Lee and 11 years for his wife"
    subject = named[-1] if named else _for_other(ctx, text[m.end("term"):s_end]) or (kin.group("who") if kin else None)
    own = bool(_people(ctx, m.group("what"))) or bool(ctx.defendant and re.match(rf"\s+for\s+(?:[A-Z][\w'\u2019-]+\s+)?{re.escape(ctx.defendant)}\b",
                                                                                 text[m.end("term"):s_end]))
    if subject is None and not own:
        subject = first.subject  # "eight years for Reyes on the fraud count and two years on the tax count": still his
    term.subject = subject
    if subject and term.status == "imposed":
        term.status = "other"  # "Lee got 10 years and Reyes five years": the second is another person's sentence
    return term


# A sentence that opens by pointing back at the sentence before and tells a part of it: "That includes", "The total
# includes", "Of that, ...", "This figure includes"
_SHARE_OF_SENTENCE = lazy_compile(r"\S+[- ](?:years?|months?)\s+of\s+(?:his|her|their|the)\s+(?:total\s+)?(?:prison\s+)?(?:sentence|term)\s+(?:is|are|was|were|will)\b", re.I)
_AVOIDED = lazy_compile(r"\b(?:spar(?:ed|es|ing)|avoid(?:ed|s|ing)?|escap(?:ed|es|ing)|avert(?:ed|s|ing)?)\s+(?:(?:him|her|them)\s+)?(?:(?:an?|the)\s+)?"
                       r"(?:(?:possible|potential)\s+)?$", re.I)
_DROPPED_ASK = lazy_compile(r"\s+(?:before|until)\s+(?:(?:agreeing|deciding|reaching)\s+(?:to|on)\b|(?:the|a|his|her|their)\s+(?:plea|deal|agreement)\b)"
                           r"|,?\s+but\s+(?:later\s+|then\s+|eventually\s+)?(?:dropped|withdrew|abandoned|gave\s+up)\b", re.I)
_PART_OF_TOLD = lazy_compile(r"\s*(?:(?:That|This|It)|(?:That|This|The|His|Her|Their)\s+(?:total|sentence|term|prison\s+term|figure|time|punishment))"
                           r"\s+(?:also\s+)?includ(?:es|ed)\s+(?:an?\s+|the\s+)?(?:(?:mandatory|consecutive|additional|required)\s+)*$"
                           r"|\s*Of\s+(?:that|those|the\s+(?:total|sentence|term)),\s+$")
_IF_CONVICTED = lazy_compile(r"\b(?:if|unless|should)\s+(?:(?:he|she|they|[A-Z][\w'\u2019-]+)\s+)?(?:(?:is|are|was|were|gets?|be)\s+)?"
                           r"(?:convicted|sentenced|found\s+guilty)\b", re.I)
_SUSPENDED_AFTER = lazy_compile(r"(?:\s+on\s+\w+)?,?\s+(?:(?:and|but)\s+)?(?:then\s+)?(?:(?:he|she|the\s+judge)\s+)?(?:immediately\s+)?suspended\s+"
                              r"(?:(?:that|the|this|his|her|their)\s+(?:entire\s+|whole\s+)?(?:prison\s+|jail\s+)?(?:sentence|term)|(?:all\s+of\s+)?it)\b"
                              # "30 days in jail, all of which was suspended"
                              # ("..., which he suspended in full for three years": the bench's own suspension, with how long)
                              r"|,\s+(?:all\s+of\s+)?which\s+(?:(?:was|were|is|will\s+be)\s+(?:then\s+|also\s+|immediately\s+)?"
                              r"|(?:he|she|they|the\s+(?:judge|court|magistrate|sheriff|recorder))\s+(?:then\s+|also\s+)?)suspended\b"
                              r"(?:\s+(?:in\s+full|entirely|in\s+its\s+entirety))?(?:\s+for\s+(?:a\s+period\s+of\s+)?(?:[\w-]+\s+){0,2}?[\w-]*(?:years?|months?)\b)?"
                              # "a five-year sentence, all suspended,", "12 months in jail (all of it suspended)", "..., fully
                              # suspended", "with the entire term suspended": the whole term told as suspended in an aside
                              r"|,?\s+\(?(?:with\s+)?(?:all(?:\s+of\s+(?:it|that|them|which))?|the\s+(?:entire|whole)\s+(?:sentence|term)"
                              r"|(?:fully|entirely|wholly)|the\s+(?:sentence|term))\s+suspended\b(?!\s+(?:but|except|save)\b)\)?"
                              # ("four months' jail, wholly suspended for two years": how long the suspension holds)
                              r"(?:\s+for\s+(?:[\w-]+\s+){0,2}?[\w-]*(?:years?|months?)\b)?"
                              r"|,\s+suspended(?:\s+in\s+full|\s+entirely)?(?=\s*[,.;)]|\s+(?:and|on\s+condition|provided|if|unless)\b)", re.I)
# A survey of other cases' sentences, told in the plural or as what usually happens: "Sentences in federal fraud cases
# have ranged from ...", "Defendants in similar cases typically receive ..." (up to the clause's last break)
_GENERIC = lazy_compile(r"\b(?:sentences|penalties|punishments|prison\s+terms)\s+(?:in|for)\s+(?:[\w-]+\s+){0,4}?(?:cases|crimes|offen[cs]es|prosecutions)\b"
                      r"(?![^;:\u2014]*(?:\bbut\b|\bwhile\b|\bhowever\b))[^;:\u2014]*$"
                      r"|\b(?:defendants|offenders|people|those)\s+(?:(?:in|convicted\s+(?:of|in))\s+)?(?:[\w-]+\s+){0,4}?"
                      r"(?:typically|usually|generally|often|normally|tend\s+to)\s+(?![^;:\u2014]*(?:\bbut\b|\bwhile\b|\bhowever\b))[^;:\u2014]*$"
                      # "a first-time offender would ordinarily receive a stayed sentence", "someone with no record typically
                      # gets probation": the guidelines' norm for anyone, told of an indefinite offender
                      r"|\b(?:(?:an?|any)\s+(?:[\w-]+\s+){0,3}?(?:offender|defendant|person|driver|adult|juvenile)|someone|anyone)\s+"
                      r"(?:[\w-]+\s+){0,5}?(?:would|will|could|can|may|might)?\s*(?:typically|usually|generally|ordinarily|normally|presumptively"
                      r"|customarily)\s+(?![^;:\u2014]*(?:\bbut\b|\bwhile\b|\bhowever\b))[^;:\u2014]*$"
                      # "The average sentence for such crimes is about four years": a statistic of other cases
                      r"|\b(?:average|typical|median|usual|mean)\s+(?:(?:prison|jail|federal|state|custodial)\s+)?(?:sentences?|terms?|punishments?|penalt(?:y|ies))\b"
                      r"(?![^;:\u2014]*(?:\bbut\b|\bwhile\b|\bhowever\b))[^;:\u2014]*$", re.I)
# Another case told for comparison, its person unnamed: "In a similar case last year, a former treasurer received ..."
_COMPARED_CASE = lazy_compile(r"\bin\s+(?:an?|another|one)\s+(?:(?:recent|earlier|past)\s+)?(?:similar|comparable|analogous|like)\s+(?:[\w-]+\s+)?case\b"
                            r"(?![^;]*\b(?:he|she|him|her|they|them)\b)[^;]*$", re.I)
# Other cases' sentences told as a survey: "judges have handed down sentences of five to 10 years in similar cases",
# "in comparable frauds, defendants have received terms of two to four years" (the plural cases name no one here)
_SURVEY_CASES = (r"\b(?:in|for)\s+(?:[\w-]+\s+){0,2}?(?:recent|similar|other|such|comparable|past|previous|prior|earlier|like)\s+"
                 r"(?:[\w-]+\s+){0,3}?(?:cases|prosecutions|crimes|frauds|schemes|offen[cs]es)\b")
_SURVEY_BEFORE = lazy_compile(_SURVEY_CASES + r"(?=[^;:\u2014]*$)", re.I)
_SURVEY_AFTER = lazy_compile(r"[^;:\u2014.]{0,40}?" + _SURVEY_CASES, re.I)
_PLURAL_TERMS = lazy_compile(r"\b(?:sentences|terms|penalties)\s+(?:of|ranging|between|from)\b|\b(?:judges|courts|defendants|offenders|others)\b", re.I)


def _survey(before: str, phrase: str, after: str) -> bool:
    """Is the term other cases' sentences, told in the plural as a survey? Not where the clause goes on to sentence
    someone after the survey ("noting courts were lenient in similar cases, the judge sentenced him to ...")."""
    if not _PLURAL_TERMS.search(before + phrase):
        return False
    if _SURVEY_AFTER.match(after):
        return True
    m = _SURVEY_BEFORE.search(before)
    return bool(m) and not re.search(r"\b(?:sentenced|ordered|him|her|he|she)\b", before[m.end():], re.I)


# Someone sentenced who is told by an indefinite noun phrase ("sentenced a Westport adviser", "gave a former clerk")
_INDEFINITE_SENTENCED = lazy_compile(r"\b(?:sentenced|gave|handed)\s+an?\s+(?!total\b|term\b|sentence\b)[a-z\w'\u2019-]")
# A sentence from another case cited as a yardstick: "pointing to a restaurant owner who received ...", "citing other cases"
_PRECEDENT = lazy_compile(r"\b(?:point(?:ed|ing|s)?\s+to|cit(?:ed|ing|es)|compar(?:ed|ing)\s+(?:it\s+|that\s+)?(?:to|with))\s+"
                        r"(?:an?|another|other|one|similar|several|two|three)\s+"
                        # "Citing two prior convictions, the judge sentenced him to": the reason for this case's sentence
                        r"(?![^;]*\b(?:sentenced|ordered|imposed|gave|asked|sought|recommended)\b)[^;]*$", re.I)
# The subject of a licence's loss is an agency, not the court: "The state revoked", "the Licensing Program revoked",
# "the Department of Public Safety suspended"
# ("Police cancelled his licence at the roadside": the officers' own suspension, before any court)
# A conviction's outcome on the record (Australia, New Zealand), which only a court decides: "no conviction was
# recorded", "did not record a conviction", "recorded a conviction", "convicted and discharged"
_RECORD_OUTCOMES = {"conviction_recorded", "no_conviction_recorded", "discharged_without_conviction", "convicted_and_discharged",
                   "not_further_punished"}
_RECORD_OUTCOME = lazy_compile(r"(?:no\s+)?convictions?\s+(?:was|were|is|has\s+been|be|will\s+be)\b|(?:did\s+not|didn['\u2019]t|declined\s+to|refused\s+to"
                               r"|chose\s+not\s+to|decided\s+not\s+to)\s+(?:formally\s+)?record\b|recorded\s+(?:a\s+)?convictions?\b|convicted\s+and\b"
                               r"|discharged\s+without\b", re.I)
_ADMINISTRATIVE = lazy_compile(r"\b(?i:state|department|board|agency|program|programme|commission|DMV|bureau|division|licensing|league|police"
                             r"|association|university|college|school|employer|company|hospital|registry)(?:\s+(?:of|(?-i:[A-Z])[\w'\u2019-]*)){0,4}"
                             r"\s+(?:(?i:also|later|then|quickly|has|had|already|promptly)\s+)*$")
_STATE_PAYS = lazy_compile(r"\s+from\s+(?:the\s+)?(?:state|city|county|government|federal\s+government|taxpayers|[\w\s]{0,30}?Claims\s+Board)\b", re.I)
_WRONGFUL = lazy_compile(r"\bwrongful(?:ly)?\b|\bexonerat\w*|\bexonerees?\b", re.I)
# A plural group as the sentence's subject, bound by a rule or a reform: "Leaders at Fort Hale have since been required
# to complete a revised course", "All drivers must now attend a safety class" (nobody's sentence)
_GROUP_BOUND = lazy_compile(r"\s*(?:(?:All|Every|Many|Some|Its|Their)\s+)?(?:(?-i:[A-Z])[\w-]*\s+)?(?:leaders|soldiers|troops|officers|employees|staff"
                          r"|students|workers|drivers|commanders|instructors|guards|teachers|nurses|doctors|units|supervisors|managers|deputies)"
                          r"\b[^,;]{0,60}?\b(?:have|has|are|were|will|must|now)\b[^;]*$", re.I)
_ANYONE = lazy_compile(r"\b(?:an?\s+(?:person|defendant|offender)|anyone|everyone|defendants|offenders)\b(?![^,;]*\b(?:he|she|they)\b)[^;]*$", re.I)
# A rule for a class of people, told to explain the stakes: "Under House rules, a member convicted of a crime punishable
# by two years ...", "Any sentence of more than a year is reviewed ...", "The law says that anyone found guilty ... faces".
# The generic subject opens the sentence (or the clause after an "Under/By/In ..." preface or "that"); after a name
# ("Roe, a nurse convicted of fraud, faces ...") it is an appositive about the defendant.
# A length the law draws a line at: "A sentence of 10 years or less would make him eligible for probation", "once a
# sentence comes in at two years or under, home detention is open" (the threshold, not a term anyone asked for or gave)
# (not "or under state law ...": a preposition opening its own phrase)
_OR_LESS = lazy_compile(r"\s+or\s+(?:less|under|fewer|shorter|below)\b(?!\s+(?:the|a|an|state|federal|his|her|their|its)\b)", re.I)
# ("Under Victoria's single punch laws, introduced in 2014 after a series of deaths, a person convicted of ...": the
# preface may hold an aside of its own)
_CLASS_RULE = lazy_compile(r"(?:^\s*|^\s*(?:Under|By|In|For)\b[^,;]{0,80},(?:\s+[a-z][^,;]{0,80},)?\s+|\bthat\s+)"
                         # (not a past event told of several defendants: "Each defendant was also sentenced to three years
                         # of supervised release" is their sentence; "a person who was convicted of ..." still a class)
                         r"(?i:(?:an?|any|every|each)\s+(?!(?:(?!who\b|that\b)[\w-]+\s+){1,2}(?:was|were|had\s+been|ha(?:s|ve)\s+(?:now\s+)?been)\s)(?:[\w-]+\s+){0,3}?(?:convicted|sentenced|found\s+guilty|charged)\s+(?:of|to|for|in|on|with)|anyone|whoever)\b"
                         r"(?![^;]*\b(?:he|she|him|her|they|was|were|has\s+been)\b)[^;]*$"
                         r"|\b(?i:any|every)\s+$"
                         # "Any sentence that includes a dismissal or more than a year of confinement is reviewed": what
                         # sentences of a class undergo, no term of this case
                         r"|^\s*(?:(?:Any|Every)\s+(?:[\w-]+\s+)?(?:sentence|punishment|penalty)|Sentences)\s+(?:that|which)\s+"
                         r"(?i:includes?|carr(?:y|ies)|exceeds?|involves?|contains?)\b[^;]*$")
# A length the sentence exceeds, told as the threshold that sets off a step: "Because the sentence includes a discharge and
# more than two years of confinement, it goes to the appeals court for automatic review" (the term itself is told
# elsewhere; "more than" marks the bar it clears). Read with the term's own open-ended qualifier.
_THRESHOLD_INCLUDED = lazy_compile(r"\b(?:sentences?|punishments?)\s+(?:that\s+|which\s+)?(?:includes?|exceeds?|involves?|contains?)\b[^;.]*$", re.I)
_OPEN_ENDED = lazy_compile(r"(?:more|longer)\s+than\b|in\s+excess\s+of\b|over\s+(?=\w+\s+(?:years?|months?)\b)", re.I)
_ASKED_WHETHER = lazy_compile(r"\bwhether\b[^.;]*\b(?:could|might|would)\s+(?:[\w-]+\s+){0,4}?$", re.I)
_FIGURATIVE = lazy_compile(r"\b(?:amount(?:s|ed|ing)?\s+to|tantamount\s+to|akin\s+to|equivalent\s+(?:of|to)"
                         r"|(?:is|was|be|being|feels?|felt)\s+(?:effectively|essentially|basically|practically|virtually|in\s+effect|like)"
                         # "a prison term would be a death sentence": what a term would amount to, not a term
                         r"|(?:term|sentence|time|years?|months?)\s+(?:would|will|could)\s+(?:effectively\s+)?(?:be|mean))"
                         r"\s+[\"\u201c]?(?:an?\s+|the\s+)?(?:de\s+facto\s+|virtual\s+)?$", re.I)
# An earlier hearing's sentence told as background: "was originally sentenced to", "At the time, the judge placed her on",
# "In 2019, a county court gave him three days in jail".
_EARLIER = lazy_compile(r"\b(?:originally|initially|previously|first|earlier)\s+(?:been\s+)?(?:sentenced|given|ordered|placed)\b"
                      # "had been serving life until the conviction was vacated": the sentence before the story's turn
                      r"|\bhad\s+been\s+serving\s+$"
                      r"|^\s*At\s+the\s+time\b|\bin\s+(?:an?|that|the)\s+(?:earlier|previous|prior|separate|unrelated|first)\s+case\b"
                      # "The caller in that case was sentenced to 20 years", "a man in a similar case got": a case told for
                      # comparison ("In that case, ..." with its comma is the conditional "if so")
                      r"|\bin\s+(?:that|a\s+similar|a\s+(?:19|20)\d\d)\s+case\b(?!\s*,)"
                      # "Her original sentence, handed down in May, included 90 days in jail": a recap, unless it runs on
                      # to the new one ("cut his original sentence of 20 years to 12")
                      r"|\b(?:original|initial|earlier|previous|prior|first|old|former)\s+sentences?\b(?:,[^,;]{1,60},)?\s+(?:\w+\s+)?"
                      r"(?:included|includes|was|were|consisted\s+of|called\s+for|had\s+been|comprised|of)\b(?:(?!\bto\b)[^;])*$", re.I)
# A sentence told of the defendant's record: "had prior convictions for affray ..., for which he received ..."
_PRIOR_RECORD = lazy_compile(r"\b(?:prior|previous|earlier|past|historic)\s+(?:convictions?|offences|offenses|record)\b", re.I)
_FOR_WHICH_RECEIVED = lazy_compile(r"\bfor\s+which\s+(?:he|she|they)\s+(?:had\s+)?(?:received|got|served|was\s+given|were\s+given)\s+(?:an?\s+|the\s+)?$", re.I)
# An appeal or resentencing story tells the sentence it replaced in the pluperfect ("A jury had sentenced her to life");
# only where the article tells a new sentence, since "had sentenced" alone may be a sentencing day's own narration
_PLUPERFECT_SENTENCE = lazy_compile(r"\bhad\s+(?:\w+\s+)?(?:been\s+)?(?:sentenced|given|ordered|imposed|placed)\b", re.I)
# The story's own sentencing told in the simple past ("was sentenced Tuesday to three years"): against it, a pluperfect
# "had been sentenced in June to six months" is the earlier sentence the defendant was serving
_SIMPLE_SENTENCED = lazy_compile(r"\b(?:was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:re-?)?sentenced\b")
# A probation the story says was broken, and a condition of it told in the past tense: "A condition of his probation
# barred him from contacting her" is the old order he violated, not a term of the new sentence
_VIOLATED_SUPERVISION = lazy_compile(r"\b(?:violat\w*|revok\w*|breach\w*|broke)\b[^.;]{0,60}\b(?:probation|parole|supervised\s+release)\b"
                                   r"|\b(?:probation|parole)\s+(?:violations?|revocation)\b|\bspared\s+(?:prison|jail)\b", re.I)
_OLD_CONDITION = lazy_compile(r"^\s*(?:(?:One|Another)\s+|(?:An?|The)\s+)?(?:conditions?|terms?|rules?)\s+of\s+(?:his|her|their)\s+(?:[\w-]+\s+)?"
                            r"(?:probation|parole|release|supervision)\s+(?:had\s+)?(?:barred|banned|required|prohibited|forbade|included|ordered"
                            r"|called\s+for|were|was)\b[^;]*$", re.I)
_NEW_SENTENCE = lazy_compile(r"\b(?:reassess|resentenc|re-sentenc|reduc|trim|cut|shorten|lower|vacat|commut)\w*\s+(?:[\w'\u2019-]+\s+){0,3}?sentences?\b"
                           r"|\bsentences?\s+(?:was\s+|were\s+|had\s+been\s+)?(?:reduced|cut|trimmed|shortened|lowered|vacated|commuted|reassessed)\b",
                           re.I)
_YEAR = lazy_compile(r"^\s*In\s+(?P<lead>(?:19|20)\d\d)\b|\bin\s+(?P<tail>(?:19|20)\d\d)\b")
# "was sentenced in 2019 to", "had been ordered in March 2021 to": the year the verb gives is the earlier hearing's
# Between a term and the supervision that comes after it: "..., followed by", "... to be followed by"
_FOLLOWED_BY = lazy_compile(r"(?:,\s+[^,.;]{0,40},)?,?\s+(?:(?:to\s+be|and\s+then|then)\s+)?followed\s+by\s+(?:(?:an?|the)\s+)?", re.I)
# "A judge in 2017 sentenced him to", "a Lake County court in March 2015 ordered her to": the year the court is given
_COURT_IN_YEAR = lazy_compile(r"\b(?:judge|court)\s+in\s+(?:[A-Z][a-z]+\s+)?(?P<lead>(?:19|20)\d\d)\s+(?:also\s+)?(?:sentenced|ordered|gave|placed|jailed)\b[^.;]{0,60}$", re.I)
# "When he pleaded guilty in 2021, Lee got ...", "After her 2019 conviction, she received ...": the opening clause dates the term
_WHEN_IN_YEAR = lazy_compile(r"^\s*(?:When|After|Following|Back\s+in|At\s+(?:his|her|their)\s+(?:first\s+)?sentencing\s+in)\b[^,;]{0,60}?"
                           r"\b(?:in\s+)?(?:[A-Z][a-z]+\s+)?(?P<lead>(?:19|20)\d\d)\b[^,;]{0,40},")
# (the verb governs the whole list after it: "was sentenced in May 2023 to three years of probation, including four months
# of home detention, and a $60,000 fine")
_GIVEN_IN_YEAR = lazy_compile(r"\b(?:sentenced|ordered|given|placed|jailed)\s+in\s+(?:[A-Z][a-z]+\s+)?(?P<lead>(?:19|20)\d\d)\s+(?:to|on)\s+[^.;]{0,160}$")


def _old_condition(ctx: _Context, before: str, phrase: str) -> bool:
    """Is the term a condition of the supervision the story says was broken ("A condition of her probation banned her
    from ...", "The terms of his probation required him to ...")?"""
    verb = re.sub(r"^(barred|banned|required|prohibited|forbade|ordered)\b.*", r"\1", phrase)
    return _OLD_CONDITION.search(before + verb) is not None and _VIOLATED_SUPERVISION.search(ctx.source.text) is not None


def _new_person(ctx: _Context, before: str, sentence: str, s_start: int, terms: list[Term]) -> bool:
    """Is the term given to someone a later sentence introduces as new ("a Kettleby woman") and as a yardstick ("in
    a similar case", "two years ago"), once the case's own sentence has been told?"""
    person = _INDEFINITE_PERSON.search(before)
    noun_end = next((person.end(g) for g in ("noun", "noun2", "noun3") if person.group(g)), 0) if person else 0
    if person is None or not _COMPARISON.search(sentence) or re.search(r"\b(?:he|she|him|her)\b", before[:person.start()] + before[noun_end:], re.I):
        return False
    if ctx.defendant and re.search(rf"\b{re.escape(ctx.defendant)}\b", before):
        return False  # "Lee, a Dayton man, was sentenced": the defendant's appositive
    lede = ctx.source.body()[:2]
    past_lede = len(lede) == 2 and s_start >= lede[1].end
    if lede and s_start >= lede[0].end and ctx.defendant and ctx.defendant in ctx.source.text[lede[0].start:lede[0].end]:
        past_lede = True  # the opening paragraph named the defendant: a later indefinite person is someone else
    # (in the opening paragraphs "A Dayton man was sentenced" is the case's own defendant)
    return past_lede or any(t.status == "imposed" and t.subject is None and t.citations and t.citations[0].start < s_start for t in terms)


def _earlier_case(ctx: _Context, before: str, after: str, phrase: str = "") -> bool:
    """Is an imposed term told as the sentence of an earlier case or hearing, not the one the article reports?
    `phrase` is the term's own text, which may end with its year ("barred her from running elections in 2022")."""
    own = _CLAUSE_BREAK.split(before)[-1]  # "had been sentenced to 20 years but was resentenced to 12": the term's own clause
    earlier = _EARLIER.search(own)
    later = own[earlier.end():] if earlier else ""
    # "who was originally sentenced to 20 years, was resentenced to 12", "Originally sentenced to 20 years, she was given
    # 12": the new sentence follows the old one in the same clause
    renewed = re.search(r"\bre-?sentenced\b", later, re.I) or (
        earlier and re.match(r"(?:originally|initially|previously|first|earlier)\b", earlier.group(), re.I)
        and re.search(r",\s+(?:[\w'\u2019-]+\s+){0,3}?(?:was|were|is)\s+(?:then\s+|now\s+)?(?:sentenced|given|ordered)\b", later))
    if earlier and not renewed:
        return True
    if _FOR_WHICH_RECEIVED.search(before) and _PRIOR_RECORD.search(before):
        return True  # "had prior convictions for affray as a teenager, for which he received a community corrections order"
    if _PLUPERFECT_SENTENCE.search(before) and _NEW_SENTENCE.search(ctx.source.text):
        return True  # "cut his sentence to five years ... A judge had sentenced him to six": the sentence replaced
    if _PLUPERFECT_SENTENCE.search(own) and (_SIMPLE_SENTENCED.search(ctx.source.text) or _VIOLATED_SUPERVISION.search(ctx.source.text)):
        return True  # "was sentenced Tuesday to three years ... He had been sentenced in June to six months": the old sentence
    published = ctx.source.published
    if published is None:
        return False
    lead = _YEAR.match(before) or _WHEN_IN_YEAR.match(before) or _GIVEN_IN_YEAR.search(before) or _COURT_IN_YEAR.search(before)
    if re.match(r"[^,.;]{0,20}?\b(?:years?|months?|decades?)\s+(?:ago|earlier|before)\b", after):
        return True  # "was spared prison two years ago": an earlier sentence
    if _OTHER_CASE_AFTER.match(after):
        return True  # "gave him 12 years in prison in a separate case": not the case the article reports
    # ("received four years at Leeds Crown Court in 2015": the court that sat may come between)
    tail = re.match(r"[^,.;]{0,20}?(?:\bat\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+){1,5})?\bin\s+(?P<tail>(?:19|20)\d\d)\b", after) \
        or re.search(r"\bin\s+(?P<tail>(?:19|20)\d\d)$", phrase)
    years = [int(m.group("lead")) for m in [lead] if m] + [int(m.group("tail")) for m in [tail] if m]
    return any(year < published.year for year in years)


_OTHER_CASE_AFTER = lazy_compile(r"[^.;]{0,40}?\bin\s+(?:an?|another|one)\s+(?:(?:separate|unrelated|different|other|earlier|previous|prior)\s+)+"
                               r"(?:[\w-]+\s+)?(?:case|prosecution|trial)\b", re.I)
_NOT_SOUGHT = lazy_compile(r"\b(?:not|n['\u2019]t|never|no\s+longer|declined\s+to|decided\s+against|ruled\s+out)\s+(?:to\s+)?"
                         r"(?:\w+\s+)?(?:seek|seeking|pursue|pursuing|ask|asking)\b[^,;]*$", re.I)
# "had already completed a 60-day treatment program": done before sentencing, not ordered by it
# A sentence named as the one given before: "(serve) part of the suspended sentence she received when she pleaded guilty"
_PART_OF = lazy_compile(r"\b(?:part|rest|remainder|balance|portion|some)\s+of\s+(?:the|his|her|their|that)\s+(?:(?:original|earlier|previous|prior)\s+)?$", re.I)
_RECEIVED_EARLIER = lazy_compile(r"\s+(?:that\s+|which\s+)?(?:he|she|they|(?-i:[A-Z])[\w'\u2019-]+)\s+(?:had\s+)?(?:received|got|was\s+given|were\s+given)\b", re.I)
# An order in force when the crime was done, as the subject of the bar: "while a protective order barred him from ..."
_ORDER_IN_FORCE = lazy_compile(r"\b(?:while|when|though|although|despite|as)\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){0,4}?"
                             r"(?:injunction|order|bond|restraining\s+order)\s+(?:still\s+|already\s+|also\s+)?$", re.I)
# An order named as the one broken: its violation is a charge, the order an earlier court's
_BROKEN_ORDER = lazy_compile(r"\b(?:violat\w*|breach\w*|br(?:e|o)ke|broken|defy\w*|defied|disobey\w*|flout\w*)\s+(?:of\s+)?(?:an?|the|his|her|their|that)\s+"
                           r"(?:(?:existing|standing|previous|prior|earlier|temporary|court|criminal)\s+)?$", re.I)
_ALREADY_DONE = lazy_compile(r"\b(?:completed|finished|graduated\s+from|attended|enrolled\s+in|entered)\s+(?:(?:an?|the|his|her|their)\s+)?$", re.I)
# Kinds with no duration or amount of their own: only the court's order makes them a term.
# ("was given a no-contact order", "granted an order of protection", "is subject to a stay-away order")
# ("Her probation also bars her from ...": the supervision the court set, as the bar's subject)
# A licence and what was done to it, the tense told between them (below: done, or still to come)
_LICENCE_SUBJECT = r"(?:driver['\u2019]?s\s+|driving\s+)?licen[cs]e\s+"
_LICENCE_ENDED = r"\s+(?:also\s+)?(?:permanently\s+)?(?:revoked|suspended|cancell?ed)\b"
_PASSIVE_LICENCE = lazy_compile(_LICENCE_SUBJECT + r"(?:was|has\s+been)" + _LICENCE_ENDED, re.I)
_COURT_ACT = lazy_compile(r"\b(?:(?:re-?)?sentenced|jailed|ordered|imposed|fined|placed\s+on\s+probation|disqualified)\b(?![^.;]*\b(?:in\s+(?:19|20)\d\d|previously|earlier)\b)", re.I)
# A revocation the conviction brings, whoever carries it out: "his driver's license will be revoked by the state Division
# of Motor Vehicles as a result of the convictions", "a conviction for vehicular homicide means an automatic revocation"
_BECAUSE_CONVICTED = lazy_compile(r"[^.;]{0,80}?\b(?:as\s+a\s+(?:result|consequence)\s+of|because\s+of|due\s+to|following)\s+"
                                  r"(?:the|his|her|their|this|these)\s+(?:[\w-]+\s+){0,2}?convictions?\b", re.I)
_CONVICTION_MEANS = lazy_compile(r"\bconvictions?\b[^.;]{0,80}?\b(?:means?|meant|brings?|brought|carries|triggers?|triggered|results?\s+in|resulted\s+in"
                                 r"|leads?\s+to|led\s+to|requires?|required)\s+(?:an?\s+|the\s+)?$", re.I)
# "His licence will be cancelled": the revocation still to come is this case's upshot (a past one may be any year's)
_LICENCE_TO_GO = lazy_compile(_LICENCE_SUBJECT + r"will\s+be" + _LICENCE_ENDED, re.I)
_JOINED_ORDER = lazy_compile(r"[^.;]{0,20}?\band\s+(?:he|she|they)\s+(?:was|were|is|has\s+been)\s+(?:also\s+)?(?:disqualified|banned|sentenced|ordered|jailed|fined)\b", re.I)
# ("She directed that he have no contact with ...": Irish and British judges direct as well as order)
_ORDER_WORDS = lazy_compile(r"\b(?:sentenc\w*|order\w*|direct(?:ed|s)|requir\w*|must|will|shall|impos\w*|issu\w*|judge|court|conditions?|given|grant(?:ed|s)|entered|signed|subject\s+to"
                          r"|(?:his|her|their|the)\s+(?:probation|parole|supervised\s+release|supervision)(?=\s+(?:also\s+)?$))\b", re.I)
# "She is barred from nursing while on probation": the sentence's own condition, though no order word precedes it
# A bar whose text says how long it holds ("... while on probation", "... for the length of her probation")
_HELD_WHILE = lazy_compile(r"\b(?:while|during)\s+(?:(?:she|he|they)\s+(?:is|are)\s+)?(?:on\s+)?(?:(?:his|her|their)\s+)?(?:[\w-]+\s+)?"
                         r"(?:probation|parole|supervised\s+release|supervision)\b"
                         r"|\bfor\s+the\s+(?:rest|duration|length|remainder|term)\s+of\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:probation|parole|supervis)", re.I)
_WHILE_SERVING = lazy_compile(r"\s+(?:while|during)\s+(?:(?:she|he|they)\s+(?:is|are)\s+)?(?:on\s+)?(?:(?:his|her|their)\s+)?"
                            r"(?:probation|parole|supervised\s+release|supervision)\b", re.I)
# "She is barred from ...", "He may have no contact with ...", "Lee may not seek ...": the defendant (or a pronoun
# for them) as the subject of the bar, told as the sentence's condition though no order word precedes it
_OWN_CONDITION = lazy_compile(r"(?:^|[,.;]\s*|\band\s+)(?:(?-i:[A-Z])[\w'\u2019-]+\s+)?(?P<who>(?i:he|she|they)|(?-i:[A-Z])[\w'\u2019-]+)\s+(?:also\s+)?(?:(?:(?:is|was|are|were)(?:\s+to)?|will\s+be|may|must|shall)\s+)?"
                            r"(?:also\s+)?(?:have\s+)?$")


def _judge_acts(ctx: _Context, before: str) -> bool:
    """Whether the clause's subject is the judge named by surname: "Marchbank also banned her from nursing"."""
    surname = ctx.judge.split()[-1] if ctx.judge else None
    if not surname or surname not in before:
        return False
    # "Kessel said Tolliver would be barred from ...": the judge telling the bar the sentence sets is the judge's act
    return re.search(rf"(?:^|[,;]\s*)(?:[A-Z][\w.]*\s+)*{re.escape(surname)}\s+(?:also\s+|further\s+|then\s+)?"
                     rf"(?:(?:said|ruled|added|told\s+(?:him|her|them))\s+(?:that\s+)?(?:he|she|they|(?-i:[A-Z])[\w'\u2019-]+)\s+"
                     rf"(?:would|will)\s+(?:also\s+)?be\s+(?:also\s+)?)?$", before) is not None


_REQUIREMENT_THAT = lazy_compile(r"(?:an?\s+|the\s+)?(?:requirement|condition|stipulation)\s+that\s", re.I)


def _own_condition(ctx: _Context, before: str) -> bool:
    m = _OWN_CONDITION.search(before)
    if m is None and re.search(r"\band\s+(?:is\s+|may\s+|must\s+|shall\s+)?(?:also\s+)?(?:have\s+)?$", before):
        m = re.match(r"\s*(?P<who>(?i:he|she|they)|(?-i:[A-Z])[\w'\u2019-]+)\s", before)  # "He is barred from X and may have no contact"
    return bool(m) and (m.group("who").lower() in ("he", "she", "they") or m.group("who") == ctx.defendant)


_CONDITIONS = {"outreach", "registration", "licence_revocation", "treatment", "disqualification", "costs", "no_contact", "no_alcohol",
               "ignition_interlock"}
# Kinds a split sentence's served part may follow ("12 years, with four to serve")
_SPLITTABLE = {"prison", "gave_count", "bare_request"}
# The court's grant ("was given credit for 342 days already served", "will receive credit for the 63 days she spent in
# jail"); "with credit for time served he could be out by 2030" is only a reckoning
# ("then subtracted 37 months of credit", "granted an additional six months of credit": the court's arithmetic)
_CREDIT_GIVEN = lazy_compile(r"\b(?:(?:was|were|been|will\s+be)\s+(?:also\s+)?(?:given|granted|awarded|allowed)|gave|received|got|granted|awarded|subtracted|deducted"
                           r"|(?:will|['\u2019]ll)\s+(?:also\s+)?(?:receive|get)|receives|gets)\s+"
                           # ("gave each parent credit for", "granted both defendants credit for", "awarded the former
                           # clerk credit for": whoever the credit goes to, named or described, stands between)
                           r"(?:(?:him|her|them|each\s+of\s+them|(?:each|both|all|the|his|her|their)\s+(?:[a-z][\w'\u2019-]*\s+){0,2}?[a-z][\w'\u2019-]*"
                           r"|(?:[A-Z][\w.'\u2019-]*\s+){0,2}[A-Z][\w'\u2019-]+)\s+)?(?:full\s+|(?:an?\s+)?(?:additional|further|extra)\s+)?$"
                           # "eligible for parole after 14 months, minus credit for the 61 days": the court's credit in the reckoning
                           r"|\b(?:minus|less)\s+$", re.I)
# "sentenced to 364 days in jail, with credit for 58 days already served": the credit told with the sentence it counts against
# ("after serving his minimum sentence of four years, with credit for the year he has spent in custody": the sentence
# named with its length, the credit counted against it)
_LEFT_TO_SERVE = lazy_compile(r"\b(?:left|remaining|more)\s+to\s+serve\b|\bto\s+serve\s+(?:a\s+further|another)\b", re.I)
_COUNTED_AFTER = lazy_compile(r",?\s+(?:which|that)\s+(?:will|would|is\s+to|are\s+to)\s+(?:be\s+)?(?:count(?:ed)?|credited|deducted|taken\s+into\s+account)\b", re.I)
# ("gave him a concurrent five-year sentence ..., along with credit for 41 days served": the court's verb of giving)
_CREDIT_WITH_SENTENCE = lazy_compile(r"^(?!.*\b(?:could|would|might|may)\b).*(?:\b(?:(?:re-?)?sentenced|imposed|ordered|jailed|settled\s+on|gave|handed)\b.*"
                                     r"|\b(?:sentence|term)\s+of\s+[^,;]{1,40}?\b(?:years?|months?|days?))"
                                     r",\s+(?:and\s+|along\s+)?with\s+$", re.I)
# "sentenced to 48 months, with credit for time served": the bare formula, granted with the length it counts against
_LENGTH_THEN_WITH = lazy_compile(r"\b(?:years?|months?|weeks?|days?)(?:\s+(?:in|of)\s+(?:federal\s+|state\s+)?(?:prison|jail|custody))?"
                                 r",\s+(?:and\s+)?with\s+$", re.I)
# "has been in federal custody since his arrest in April 2023 and will receive credit for time served" (also "held at the
# county jail since", "jailed since"): the custody the credit counts is told in its own sentence
_CUSTODY_SINCE = lazy_compile(r"\b(?:in\s+(?:\w+\s+)?custody|jailed|behind\s+bars|detained|held\s+(?:in|at|without\s+bail)\b[^,;.]{0,80}?)"
                              r"\s+(?:[^.;]{0,60}?\s)?since\b[^.;]{0,80}?\band\s+(?:\w+\s+){0,3}$", re.I)
# "She received credit for 58 days in custody": the days counted, not a term given
_CREDIT_FOR = lazy_compile(r"\bcredit(?:ed)?\s+(?:for|with)\s+(?:the\s+)?(?:(?:roughly|about|nearly|almost|more\s+than|some)\s+)?$", re.I)
# "credit for the time he has already served", "credit for the time she spent in jail" (never the bare "credit for time
# served", which a story repeats as a formula)
_THE_TIME_SPENT = lazy_compile(r"credit(?:ed)?\s+(?:for|with)\s+(?:the\s+)?time\s+(?:(?:he|she|they)\b|already\b)", re.I)
# (the verb may open the term itself: "a plea offer that would have sent her to prison for three years")
_CREDIT_AHEAD = lazy_compile(r"\b(?:will|['\u2019]ll)\s+(?:also\s+)?(?:be\s+)?\w+\s+$", re.I)
# The judge's own words from the bench give the sentence, quoted or not: "I am sentencing you to 10 years in prison",
# "You will then serve three years of supervised release", "You will also perform 300 hours of community service",
# "You are hereby ordered to pay $5,000 in restitution"
# ("You will register as a sex offender for the rest of your life, and you will have no contact with ...": the judge's
# orders told to the defendant's face, the order's own verb often starting the term)
_FROM_THE_BENCH = lazy_compile(r"(?:\bI\s+(?:am\s+|hereby\s+)?sentenc(?:e|ing)\s+you\s+to|\b[Yy]ou\s+(?:will|shall|must|are\s+to|are\s+(?:hereby\s+)?ordered\s+to)\s+(?:then\s+|also\s+|now\s+)?"
                               r"(?:(?:serve|perform|complete|do|pay|have)\s+)?"
                               # ("And I am ordering a lifetime ban from coaching": the bench's own order, first person)
                               r"|(?<![Ii]f )(?<![Ww]ould )\bI\s+(?:am\s+)?(?:also\s+|hereby\s+)?order(?:ing)?\s+(?:an?|the)\s+)$")
# The judge's sentence from the bench goes on in its list: "I sentence you to 40 months in prison, with credit for the
# time you have served, followed by three years of supervised release" (each term of that sentence is the court's)
# ("I am committing you to the Department of Corrections for eight years to life": a state's wording of the same act)
# ("the sentence of the court is 10 years, ...": the formula a judge pronounces the sentence with)
# The bench summing up the sentence it has just pronounced: "That is a minimum of 32 years to life", "That's a total of 14 years"
_BENCH_TOTAL = lazy_compile(r"\s*[\"\u201c]?\s*That(?:['\u2019]s|\s+is|\s+makes|\s+comes\s+to)\s+(?:an?\s+(?:total|minimum|aggregate)\s+(?:sentence\s+)?of\s+)?$")
_BENCH_OPENER = lazy_compile(r"(?:(?<![Ii]f )(?<![Ww]hen )(?<![Bb]efore )\bI\s+(?:am\s+|hereby\s+)?(?:sentenc(?:e|ing)|commit(?:ting)?)\s+you\s+to\b"
                             r"|\b[Tt]he\s+sentence\s+of\s+(?:the|this)\s+[Cc]ourt\s+(?:is|shall\s+be)\b"
                             # "the court imposes a sentence of 96 months, ... to be followed by three years of supervised
                             # release": the bench pronouncing in the third person
                             r"|(?<![Ii]f )(?<![Ww]hen )(?<![Uu]nless )\b[Tt]he\s+[Cc]ourt\s+(?:hereby\s+|now\s+)?(?:imposes|sentences\s+(?:you|the\s+defendant)\s+to)\b)(?![^.;]*\b(?:if|unless|would|could|might)\b)")
# An official's quoted announcement reports the sentence as done, in the third person: "\"Jon Doe was sentenced today
# to serve 40 months in prison, followed by two years of supervised release,\" the U.S. attorney said". A lawyer's
# opinion ("he should be sentenced to probation", "if she is sentenced to ...") is no report: no hedge may come between.
_REPORTED_IN_QUOTE = lazy_compile(r"(?!.*\b(?:I|you|we|should|would|could|might|may|deserves?|if|unless|ought)\b)"
                                  r".*?\b(?:was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:re-?)?sentenced\s+(?:\w+\s+){0,3}?to\b(?!.*\bin\s+(?:19|20)\d\d\b)", re.I)
# An official's quoted statement after the sentence adds its other terms, in the third person: "\"He will also forfeit
# the $80,000 he took and pay a $20,000 fine,\" the U.S. attorney said" (the "also" ties it to the sentence just told;
# a hope or a promise is no order: "he will also pay if ...", "she will also have to")
# (the order's verb may open the term itself: "He will also forfeit the $80,000 ...")
_ALSO_ORDERED_IN_QUOTE = lazy_compile(r"\s*(?:He|She|They|[A-Z][\w'\u2019-]+)\s+(?:will|must)\s+also\s+(?:(?:forfeit|pay|serve|spend|perform|complete|register)\b"
                                      r"(?!(?:[^.;?!]|\.\d)*\b(?:if|unless|would|could|might|hope|should)\b)(?:[^.;?!]|\.\d)*)?$")  # ("$3.1 million")
# The time left to serve once part of a sentence is suspended restates that sentence: "sentenced to 20 years with
# eight suspended, meaning she will serve 12 years behind bars", "..., which means he will spend 13 years in custody"
_SUSPENSION_UPSHOT = lazy_compile(r"\bsuspended\b[^.;]*,\s+(?:meaning|which\s+means)\s+(?:that\s+)?(?:he|she|they|[A-Z][\w'\u2019-]+)\s+"
                                  # (the verb may open the term: "will serve 13 years")
                                  r"(?:(?:will|would|must|is\s+to)\s+(?:actually\s+|only\s+)?(?:(?:serve|spend)\s+(?:only\s+|about\s+|roughly\s+)?)?)?$")
# A length told as a forecast of what the court will do: "a sentence of 15 years or more is likely", "eight years
# seems probable", "a term of a decade or longer looks all but certain" (never a law's floor or a plea deal's range)
_FORECAST_AFTER = lazy_compile(r"(?:\s+(?:or|and)\s+(?:more|longer|less|shorter|above|higher|lower|so|up))?,?\s+"
                               r"(?:is|was|seems|seemed|appears|appeared|looks|looked|would\s+be|will\s+be|remains)\s+"
                               r"(?:(?:quite|very|more|most|highly|fairly|all\s+but|almost|nearly)\s+)?"
                               r"(?:likely|unlikely|probable|improbable|expected|certain|inevitable|possible|in\s+the\s+cards)\b", re.I)
_DEAL_OR_GUIDE = lazy_compile(r"\b(?:guidelines?|plea\s+(?:deal|agreement|bargain)|mandatory|minimum)\b", re.I)
_NOTIONAL = lazy_compile(r"\b(?:would|could|might)\s+(?:otherwise\s+)?have\s+(?:(?:been|got|gotten|received|imposed|given|faced|meant)\s+"
                       r"(?:(?:him|her|them|an?|the)\s+)?)?$", re.I)
# Money handed over before or since the sentence is not a sum ordered: "has paid about $9,400 in restitution so far",
# "had already repaid $3,000", "after paying back $12,000"
_ALREADY_PAID = lazy_compile(r"\b(?:(?:has|had|have)\s+(?:already\s+|since\s+|so\s+far\s+|now\s+)?(?:paid|repaid|returned|reimbursed)"
                           # "had already paid the full restitution amount": the sum named with its article
                           r"|after\s+(?:paying|repaying|returning))\s+(?:(?:back|off)\s+)?(?:(?:the|all(?:\s+of)?(?:\s+the)?|his|her|their)\s+)?$", re.I)
# What the defendant did to raise the money is no order to pay it: "had sold her boat and a truck to repay $80,000 before
# sentencing", "borrowed against his house to pay back $40,000" (an order would say "was ordered to repay")
# ("ordered to sell the house to repay $50,000": the court's order, which stays)
_RAISED_TO_REPAY = lazy_compile(r"(?<!\bto )(?<!must )(?<!shall )(?<!will )\b(?:sold|sell(?:s|ing)|liquidat(?:ed|ing|es)|borrow(?:ed|ing|s)|mortgag(?:ed|ing|es)|cash(?:ed|ing)\s+(?:in|out)"
                               r"|took\s+out|tak(?:es|ing)\s+out|emptied|emptying|drained|draining|pawn(?:ed|ing|s))\b[^.;:]{0,80}?\bto\s+$",
                               re.I)
# A reduction is told as a length too: "a program that can shorten a sentence by up to a year", "cut his term by 18 months"
# A rough paraphrase of the time to be spent: "most of the next two decades", "the better part of a decade", "roughly a
# decade"; the article gives the real terms elsewhere
_HEDGED = lazy_compile(r"\b(?:most|much|(?:the\s+)?(?:better|best|greater|large|larger|good)\s+part|(?:the\s+)?bulk)\s+of\s+"
                     r"(?:the\s+|his\s+|her\s+|their\s+)?(?:next\s+|coming\s+|following\s+)?$", re.I)
_ROUGH_DECADE = lazy_compile(r"\b(?:roughly|approximately|about|around|nearly|almost|some|close\s+to)\s+(?:an?\s+|two\s+|three\s+)?"
                           r"(?:decades?|quarter[- ]century|half[- ]century)\b", re.I)
_CUT_BY = lazy_compile(r"\b(?:sentences?|terms?|time)\s+(?:(?:was|were|is|are|has\s+been|had\s+been|have\s+been|been|be|will\s+be)\s+)?"
                     r"(?:(?:cut|reduc\w+|trimm\w+|shorten\w+|lower\w+|slash\w+|extend\w+|lengthen\w+|increas\w+)\s+)?by\s+(?:up\s+to\s+|as\s+much\s+as\s+|about\s+|nearly\s+)?$", re.I)
# "so that she can work and pay restitution", "would let him keep his job and make restitution": what a request would allow
_ABLE_TO = lazy_compile(r"\b(?:can|could|able\s+to|so\s+(?:that\s+)?(?:he|she|they|[A-Z][\w'\u2019-]+)\s+(?:will|would)|let(?:s|ting)?\s+\w+"
                      r"|allow(?:s|ed|ing)?\s+\w+\s+to|in\s+order\s+to)\s+(?:[\w'\u2019-]+\s+){0,5}?(?:pay|make|perform|complete|do|serve)\s+$", re.I)
# "asked for 11 months in jail, which would have allowed him to ... be eligible for work release", "so that she could
# qualify for house arrest": what a request or a sentence would make possible is no term of its own
_ENABLED = lazy_compile(r"\b(?:(?:which|that)\s+(?:would|could|will|might)\s+(?:also\s+)?(?:have\s+)?(?:allow|let|permit|enable)\w*"
                      r"|so\s+(?:that\s+)?(?:he|she|they|[A-Z][\w'\u2019-]+)\s+(?:could|can|might))\b"
                      # ("a nurse who swapped the drug so she could use it herself was sentenced to ...": the purpose
                      # clause ends where the sentence's own verb takes the term)
                      r"(?:(?!\b(?:was|were|is|are|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:sentenced|ordered|given|jailed)\b)[^.;:])*$")
# The last verdict or disposal the clause tells: a penalty hung on counts acquitted, dropped or withdrawn is not faced
# (verbs only: "dismissal from the Navy" is itself a punishment)
_DISPOSAL = lazy_compile(r"\b(?:(?:pleaded|pled|pleads)\s+not\s+guilty|acquit\w*|cleared|not\s+guilty|dismiss(?:ed|es|ing)?|dropp(?:ed|ing)|withdr(?:ew|awn|awing|aws?)|convict\w*|guilty|pleaded|pled|admitted)\b", re.I)
_ON_CONDITION = lazy_compile(r"\s*(?:If|Unless|As\s+long\s+as|So\s+long\s+as|Provided)\b[^.;]*,\s")
# A length that measures time gone by: "in more than three years on probation", "released after 12 years in prison"
# ("could result in 10 years in prison", "placed him in ..." put the term on him)
_ELAPSED_IN = lazy_compile(r"\b(?!(?:result\w*|end(?:ed|s|ing)?|placed|put|sentenced|him|her|them|was|were|is|be|been|and|or)\b)[a-z]+\s+"
                         r"(?:in|after|over|during|throughout)\s+$")
_NEVER_SPENT = lazy_compile(r"\b(?:never|not|n['\u2019]t)\s+(?:(?:have|need)\s+to\s+)?(?:spend|serve)\s+$", re.I)
# What a custody term would leave to serve once time already served is counted: "asking for 46 months, which would
# leave him with about two more years to serve", "leaving her with roughly a year behind bars": a reckoning, no term
_LEAVES_TO_SERVE = lazy_compile(r"\b(?:leave|leaves|leaving)\s+(?:(?:him|her|them)\s+)?(?:(?:about|roughly|nearly|just|another)\s+)?$", re.I)
_LEAVES_WITH = lazy_compile(r"\b(?:leave|leaves|leaving|left)\s+(?:him|her|them|(?-i:[A-Z])[\w'\u2019-]+)\s+with\s+"
                            r"(?:(?:about|roughly|around|nearly|almost|just|only|some|another|less\s+than|more\s+than|under|over)\s+)*$", re.I)
_HELD_SO_FAR = lazy_compile(rf"\bhad\s+(?:already\s+)?been\s+(?:jailed|locked\s+(?:up|away)|held|imprisoned|detained)\s+for\s+(?:(?:about|nearly|almost|more\s+than)\s+)?{_NUM}\s+\w+$", re.I)
# A length owned by someone, told bare or with where it was spent: "his client's 27 days in custody" (a term the court
# gives is told "his 27-day sentence" or with its verb)
# ("gave her two years in prison": "her" may be the object, so only "his", "their" and a name's "'s" own a span)
_OWNED_SPAN = lazy_compile(r"(?:\b(?:his|their)|['\u2019]s)\s+$", re.I)
_BARE_SPAN = lazy_compile(r"(?:(?:about|nearly|almost|roughly|some|more\s+than)\s+)?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten"
                          r"|eleven|twelve|\w+teen|twenty|thirty|forty|fifty)(?:[\s-]+\w+){0,2}?\s+(?:years?|months?|weeks?|days?)"
                          r"(?:\s+(?:in|behind)\s+(?:custody|jail|prison|bars|detention))?", re.I)
_ALREADY_SERVED = lazy_compile(r"\b(?:(?:has|had|have)\s+(?:already\s+)?(?:served|spent)|after\s+(?:serving|spending)|(?<!have )spent)\s+$", re.I)


def _dropped_counts(before: str) -> bool:
    last = None
    for last in _DISPOSAL.finditer(before):
        pass
    return last is not None and re.match(r"(?i:acquit|cleared|not|dismiss|dropp|withdr)", last.group()) is not None


def _names_judge(ctx: _Context, at: int) -> bool:
    """Does the paragraph holding offset `at` name the case's judge?"""
    paragraph = next((p for p in ctx.source.body() if p.start <= at < p.end), None)
    surname = ctx.judge.split()[-1] if ctx.judge else None
    words = ctx.source.text[paragraph.start:paragraph.end] if paragraph else ""
    return bool(surname and surname in words and re.search(rf"\b{re.escape(surname)}\b", words))


# "will ask for about four years in his case", "sought five years for her": the term is for the person the pronoun means
_IN_THEIR_CASE = lazy_compile(r"\s+(?:in\s+(?:his|her)\s+case|for\s+(?:him|her))\b"
                            # "for her client", "for his son": a possessive before a noun names someone else
                            r"(?!\s+(?!(?:and|but|or|in|at|on|if|because|after|before|as|when|while|since|to|who|which)\b)[a-z])"
                            # "Reyes was convicted too, and prosecutors want six years when he is sentenced": the pronoun's case
                            r"|\s+(?:when|once|after|before)\s+(?:he|she)\s+(?:is|gets|was|will\s+be)\s+(?:re-?)?sentenced\b")


def _whose_case(ctx: _Context, before: str, previous: Optional[tuple[int, int]]) -> Optional[str]:
    """The person a request "in his case" is for, when that is someone other than the defendant: the last person the
    clause names, else the first person of the sentence before ("Lee is to be sentenced in May. Prosecutors will ask
    for four years in his case")."""
    person = _last_person(ctx, before)
    if person is None and previous:
        people = _people(ctx, ctx.source.text[previous[0]:previous[1]])
        person = people[0] if people else None
    return None if person is None or _is_defendant(ctx, person) else person


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


# A full name as the sentence's subject, before its appositives ("Tom Reyes, 24, of Dunmore, who ..., admitted")
_JUDICIAL_WORD = lazy_compile(r"\b(?:Judge|Justice|Recorder|Magistrate|Sheriff|judge|magistrates?|court)\b")
_FULL_NAME_SUBJECT = lazy_compile(r"\s*(?!(?:The|A|An|His|Her|Their|Police|Judge|Justice|Mr|Mrs|Ms|Dr|Det|Sgt|Insp|On|In|At|After|Before|Last|Earlier"
                                  r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
                                  r"|August|September|October|November|December)\b)"
                                  r"(?P<name>[A-Z][a-z][\w'\u2019-]*(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'\u2019-]+){1,2})"
                                  r"(?:,\s+[^,;.]+){0,3},?\s+(?:(?:also|had|has|then|later)\s+)?$")
_SENTENCED_PRONOUN = lazy_compile(r"\b(?:(?:re-?)?sentenced|ordered|gave|handed)\s+(?:him|her)\b")


# A reporting verb with its "that" (a press release's "announced today that"), or "announced" straight before the
# reported clause's subject ("announced a Tacoma man was sentenced")
# A clause a conjunction opens with its own named subject and passive or receiving verb: "after Tom Lee, 32, from
# Newtownabbey, was given", "when Ann Roe was sentenced" (the name is that clause's subject, not a preposition's object)
_SUBORDINATE_SUBJECT = lazy_compile(r"\b(?:after|before|when|once|until|since|because|while|as)\s+(?=(?:[A-Z][\w'\u2019-]+\s+){0,2}"
                                   r"[A-Z][\w'\u2019-]+(?:,\s+[^,;]{1,60})*,?\s+(?:was|were|had\s+been|has\s+been|is|got|received)\b)")
_PRONOUN_AFTER_CONJUNCTION = lazy_compile(r"\b(?:after|before|when|once|until|since|because|while)\s+(?:he|she)\s+(?:was|had\s+been|has\s+been|is|got|received)\s+$")
_REPORTED_THAT = lazy_compile(r"\b(?:announced|said|says|stated|confirmed|reported)\s+(?:[\w,]+\s+){0,3}?that\s+"
                            r"|\bannounced\s+(?=(?:an?|the)\s)")


def _sentenced_other(ctx: _Context, before: str, previous: Optional[tuple[int, int]], phrase: str = "",
                     verbs: Optional[re.Pattern[str]] = None) -> Optional[str]:
    """The person a term was given to (or, with `verbs`, who faces it), when the clause says it is someone other than
    the defendant. `phrase` is the term's own text, which may hold the verb ("sentenced to six years")."""
    verbs = verbs or _RECEIVES
    breaks = list(re.finditer(r"[;\u2014]|\s--\s", before))
    clause = before[breaks[-1].end():] if breaks else before
    if "severally" in clause:
        # "ordered to pay $2 million, jointly and severally with his partner, Ann Roe, and to forfeit $90,000": the
        # co-debtor the aside names is not the one the next term is for
        clause = _JOINT_LIABILITY.sub("", clause)
    judge_acts = _JUDGE_CLAUSE.search(clause) if ", and " in clause else None
    if judge_acts and (judge_acts.group("who").lower() in ("the judge", "the court")
                       or ctx.judge and judge_acts.group("who").split()[-1] == ctx.judge.split()[-1]):
        # "ordered to pay restitution to the victim, Tom Reyes, and the judge issued a protective order": the judge's own
        # clause starts afresh, and the person the clause before named is not the one the order is for
        clause = clause[judge_acts.start("who"):]
    changed = _CHANGED_TO.search(clause)
    if changed:
        # "Gov. Ann Roe commuted his sentence to 30 years": the term is the sentence's owner's, not the governor's
        owner = re.sub(r"['\u2019]s?$", "", changed.group("own") or changed.group("own2"))
        if owner.lower() in ("his", "her", "their") or _is_defendant(ctx, owner):
            return None
        return _full_name(ctx, owner)
    shared = _SECOND_INFINITIVE.match(clause)
    if shared:
        # "ordered Vance to pay $468,000, jointly and severally with his brother, Carl Vance, and to serve three years": a
        # second infinitive has the first one's object, whoever an aside between them names
        clause = shared.group("head")
    tallied = _TALLY_LEAD.match(clause) or _WHOSE_SENTENCE_LEAD.match(clause)
    if tallied:
        # "Bo Oakes: 12 years, serve 4": the name that opens a tally line is whose term it lists
        name = _full_name(ctx, tallied.group("tallied"))
        return None if _is_defendant(ctx, name) else name
    relative = re.search(r",\s+(?:who|whom)\s+[^,;]*$", clause)
    if relative:
        # "Reyes testified against Lee, who got 25 years": the relative pronoun is the person named just before it
        antecedent = _last_person(ctx, clause[max(0, relative.start() - 60):relative.start()])
        if antecedent:
            return None if _is_defendant(ctx, antecedent) or not verbs.search(clause[relative.start():]) else antecedent
    subordinate = list(_SUBORDINATE_SUBJECT.finditer(clause))
    if subordinate:
        # "Ann Roe spoke to reporters after Tom Lee, 32, was given a probation order": the one given the term is the
        # subject of the clause the conjunction opens, never the main clause's speaker
        clause = clause[subordinate[-1].end():]
    if _PRONOUN_AFTER_CONJUNCTION.search(clause):
        # "His former partner has called for tighter controls, after he was spared jail": the pronoun a conjunction
        # opens its clause with is the story's subject, the one sentenced, not the main clause's subject
        return None
    reported = list(_REPORTED_THAT.finditer(clause))
    if reported:
        # "Attorney General Ann Roe announced that a home care worker was sentenced": the one who announces it is the
        # reporting clause's subject; the one sentenced is the reported clause's
        clause = clause[reported[-1].end():]
    # "Saldana, who testified against Lee, was sentenced": the relative clause's people are not the one sentenced
    clause = re.sub(r",\s+(?:who|whom|whose)\b[^,;]*,", ",", clause)
    # "Ann Lee, the founder of Acme Lending, was sentenced": a name inside the subject's appositive is not the subject
    clause = _APPOSITIVE.sub(r"\g<head>", clause)
    # "restitution to Ann Lee", "president of Beta Chi's chapter", "after Hurricane Ida": a name after a preposition is
    # the object of a description or a payment, never the one sentenced
    clause = _PREPOSITIONAL_NAME.sub(" ", clause)
    # "restitution to the victim, Harold Whitfield, and ...": the name in apposition to a preposition's object is that
    # object too; "ordered to pay Ms Powell £640": the one paid is never the one who pays
    clause = _PAYEE.sub(lambda payee: payee.group("verb") + " ", _PREPOSITION_APPOSED.sub(" ", clause))
    if ctx.roundup and not re.search(rf"\b{CO_DEFENDANT}\b", clause):
        return None  # each story of a round-up has its own defendant
    person = _last_person(ctx, clause)
    # "Ruiz pleaded guilty in July. Roe sentenced him Thursday to ...": the object pronoun in the same paragraph is the
    # one the sentence before told of, as the subject pronoun is
    object_pronoun = previous is not None and _SENTENCED_PRONOUN.search(clause) is not None and (
        "\n" not in ctx.source.text[previous[1]:previous[1] + 3])
    if person is None and (re.match(r"\s*(?:He|She)\b", clause) or object_pronoun) and previous:
        # "His wife, Ann Lee, pleaded guilty to X. She was sentenced to ...": the pronoun is the one who pleaded.
        prev = ctx.source.text[previous[0]:previous[1]]
        # ("The boy's mother, Ann Lee, received 12 years after pleading guilty to neglect. She will serve six": hers)
        # (British and Irish reports tell a plea as "admitted careless driving", "admits theft")
        verb = re.search(r"\b(?:pleaded|pled|convicted|charged|found\s+guilty|sentenced|pleading\s+guilty|admit(?:ted|s)\s+(?!(?:that|to\s+(?:police|officers|the\s+court)|it|the\s+truth|lying|he|she|they)\b))\b", prev)
        if verb is None and re.match(r"\s*(?:He|She)\s+(?:[\w,]+\s+){0,8}?(?:was|has\s+been|had\s+been)\s+(?:also\s+)?(?:sentenced|given|ordered)\b", clause):
            # "His former partner, Ann Ng, testified against him. She pleaded guilty and was sentenced to ...": a
            # cooperating witness's own sentence, the pronoun the witness
            verb = re.search(r"\b(?:testified|cooperated|took\s+the\s+stand|turned\s+(?:state['\u2019]s\s+evidence|government\s+witness))\b", prev)
        # ("Tom Lee, the son of a developer from the Triad, pleaded guilty": a name after a preposition describes him)
        person = _last_person(ctx, _PLACE_NAME.sub(" ", _PREPOSITIONAL_NAME.sub(" ", prev[:verb.start()]))) if verb else None
        if person is None and verb and not verb.group().startswith("sentenced") and not _JUDICIAL_WORD.search(prev[:verb.start()]):
            # "Tom Reyes, of Dunmore, who was driving the other car, admitted careless driving. He was given ...": a full
            # name opening the sentence is the subject of its plea, listed among the parties or not
            opener = _FULL_NAME_SUBJECT.match(prev[:verb.start()])
            if opener and not (ctx.defendant and ctx.defendant in opener.group("name")) \
                    and not _JUDICIAL_TITLE.search(opener.group("name")) and not _is_judge(ctx, opener.group("name")):
                person = opener.group("name")
        if person and ctx.defendant and re.search(rf"\b{re.escape(ctx.defendant)}\b(?!['\u2019])[^.;]*\band\b", prev[:verb.start()]):
            person = None  # "Lee and his wife, Ann Lee, were sentenced. He received ...": of the pair, the case's defendant
        # a pronoun opening a new paragraph goes back to the story's subject, not to a relative the last paragraph
        # ended on ("Ruizabal's mother wept as the verdict was read." / "She must also serve ...": the defendant)
        same_paragraph = "\n" not in ctx.source.text[previous[1]:previous[1] + 3]
        relative = None if person or not same_paragraph else _RELATIVE_SUBJECT.match(prev)
        if relative and (relative.group("kin").lower() in _MALE_KIN) == clause.lstrip().startswith("He"):
            return _full_name(ctx, relative.group("name")) if relative.group("name") else relative.group("who")  # "Lee's son, Tom, was 15 when ... He was sentenced to life": the son's case
    if person is None:
        person = _named_subject(ctx, clause, verbs) or _named_object(ctx, clause)
    if person is None:
        other = _OTHER_SUBJECT.search(clause)
        if other:
            return other.group().strip()  # "His brother was sentenced to life": a relative's sentence told as background
        named = re.search(rf"\b{CO_DEFENDANT},?\s+(?P<name>{_NAME})", clause)
        if named:
            return _full_name(ctx, named.group("name"))
        if re.search(rf"\b(?:{CO_DEFENDANT}|[Oo]thers)\b", clause) and not (
                ctx.defendant and re.search(rf"\b{re.escape(ctx.defendant)}\b(?!['\u2019])", clause)):
            return "a co-defendant"  # "Lee's accomplice was sentenced": the possessor is not the one sentenced
        return None
    if _inside_description(clause, person):
        return None  # "A former aide to Gov. Ann Lee was sentenced": the aide, not the governor
    if ctx.defendant and re.search(rf"\b{re.escape(ctx.defendant)}\b(?!['\u2019])(?:,\s+[^,]+,)?\s+and\s+|\s+and\s+(?:[A-Z][\w.'\u2019-]*\s+)*"
                                   rf"{re.escape(ctx.defendant)}\b(?!['\u2019])", clause):
        return None  # "ordered Lee and Park to pay $1.3 million": a joint order, the defendant's term too
    if not (verbs.search(clause) or verbs.match(phrase)):
        return None  # "Rita Cole argued the guidelines call for 30 years": a person named, none said to be sentenced
    if re.search(rf"\b{re.escape(person.split()[-1])}\b[^;]*\b(?:said|says|told|wrote|argued|noted|added|countered|contended|insisted|maintained|urged)\b", clause):
        return None  # "Lee's lawyer, Ann Roe, said he received ...": the person named speaks; the pronoun is sentenced
    if _pronoun_rules_out(ctx, before, person):
        return None  # "..., the victim, Harold Whitfield, and placed her on probation": "her" cannot be Harold
    return None if _is_defendant(ctx, person) else person


# The pronoun that tells whose term follows, in the last few words before it: "and placed her on", "ordered him to pay",
# "and she was placed on" ("her" only as an object, never a possessive: "her release")
_PRONOUN_BEFORE_TERM = lazy_compile(r"(?:\b(?P<male>him|he|himself)|\b(?P<female>she|herself)|\b(?P<object>her)(?=\s+(?:on|to|under|in|into|an?|the|\d|was|will|must)\b|\s*$))"
                                    r"(?:\s+[\w'\u2019$.,-]+){0,4}\s*$", re.I)
_COURTESY_TITLE = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}


def _gender_of(ctx: _Context, name: str) -> Optional[str]:
    """"m" or "f" where the person's given name, or a courtesy title before the surname anywhere in the story, says it."""
    words = name.split()
    if len(words) > 1 and words[0].lower() in MALE_GIVEN_NAMES:
        return "m"
    if len(words) > 1 and words[0].lower() in FEMALE_GIVEN_NAMES:
        return "f"
    titled = re.search(rf"\b(Mr|Mrs|Ms|Miss)\.?\s+{re.escape(words[-1])}\b", ctx.source.text)
    return _COURTESY_TITLE[titled.group(1).lower()] if titled else None


def _pronoun_rules_out(ctx: _Context, before: str, person: str) -> bool:
    """Whether the pronoun just before the term names someone of the other gender than `person`, named earlier in the
    clause ("ordered Lena Dunmore to pay restitution to Harold Whitfield, and placed her on probation")."""
    pronoun = _PRONOUN_BEFORE_TERM.search(before)
    if pronoun is None or person.split()[-1] not in before[:pronoun.start()]:
        return False
    gender = _gender_of(ctx, person)
    return gender is not None and gender != ("m" if pronoun.group("male") else "f")


def _bound_other(ctx: _Context, m: re.Match[str]) -> Optional[str]:
    """The person an order's own words say it binds ("imposed a restraining order on Tom Reyes for three years"), when it
    is someone other than the defendant."""
    bound = m.groupdict().get("bound")
    if not bound or bound.lower() in ("him", "her", "them") or bound.split()[0] in _NOT_FIRST_NAMES:
        return None
    name = _full_name(ctx, bound)
    if len(name.split()) < 2 and not any(name == p.name for p in ctx.parties if p.kind == "person"):
        return None  # "on Tuesday", "against Medicare": a capitalised word, not a person
    return None if _is_defendant(ctx, name) else name


# A clause joined by "and" whose subject is the judge or court: ", and the judge issued", ", and Judge Ann Roe ordered"
_JUDGE_CLAUSE = lazy_compile(r",\s+and\s+(?:then\s+)?(?P<who>(?i:the\s+(?:judge|court))|(?:Judge\s+)?(?:[A-Z][\w'\u2019-]+\s+){0,2}[A-Z][\w'\u2019-]+)"
                           r"\s+(?:also\s+)?(?:issued|imposed|ordered|entered|granted|sentenced|gave|handed|added|signed|placed)\b(?!.*,\s+and\s)")
# The order's object before a second infinitive: "ordered Lee to pay ..., and to serve ..." (read up to the first "to")
_FIRST_SERVED = lazy_compile(r"\b[Tt]he\s+first\s+$")
_JOINTLY_OWED = lazy_compile(r",?\s+jointly\s+and\s+severally\b(?:\s+liable\b)?", re.I)
_JOINT_LIABILITY = lazy_compile(r",?\s+jointly\s+and\s+severally\s+(?:liable\s+)?with\s+[^;]*?"
                                r"(?:,\s+(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+){0,2})?(?=,)", re.I)
_SECOND_INFINITIVE = lazy_compile(r"(?P<head>.*\b(?:ordered|orders|required|requires|directed|told|sentenced)\s+(?:him|her|them|(?-i:[A-Z])[\w'\u2019-]+"
                                r"(?:\s+(?-i:[A-Z])[\w'\u2019-]+){0,2})\s+to\s+)(?:[^;\u2014]*?),?\s+and\s+(?:also\s+)?to\s+(?:[a-z]+\s+){1,2}$")
# A description set off by commas after a name: "Lee, the founder of Acme Lending," or "Lee, a former aide to Ann Roe,"
# The appositive ends where the subject's own verb starts, any past-tense verb too ("..., pleaded guilty and was sentenced")
_APPOSITIVE = lazy_compile(r"(?P<head>\b[A-Z][\w'\u2019-]+),\s+(?:\d{1,3},\s+)?(?:the|an?|his|her|their|its)\s+[^,;]{1,120}?,(?=\s+(?:(?:later|then|also|previously|earlier|eventually)\s+)?"
                         # "sentenced Lee, the founder of Acme Lending, to 11 years": the object's aside ends at "to"
                         r"(?:was|is|were|had|has|will|got|gets|received|receives|pled|to|[a-z]+ed)\b)")
# The verbs whose subject receives a term, never the one who gives it ("Roe ordered him to pay" is the judge acting)
_GIVEN_TO = lazy_compile(r"\b(?:(?:is|was|were|are|been|be)\s+(?:\w+\s+){0,2}?(?:(?:re-?)?sentenced|ordered|given|placed|jailed|imprisoned|handed|sent|put)"
                       r"|receiv(?:ed|es|ing)|got|gets|getting|serv(?:es|ed|ing)|spen[dt]s?)\b", re.I)
_GAVE_THE_MAXIMUM = lazy_compile(r"(?:gave|handed|imposed)\s+(?:(?:him|her|them|(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+){0,2})\s+)?"
                               r"the\s+(?:(?:statutory|full)\s+)?", re.I)
_FACES = lazy_compile(r"\b(?:fac(?:es|ed|ing)|could\s+(?:get|receive|spend|serve)|risks?)\b", re.I)
# A person the parties do not list, told as the subject of the verb that gives the term: "The getaway driver, Tom Reyes,
# received", "Reyes, the driver, was given" (a surname alone only where the article gives it a first name somewhere)
_SUBJECT_NAME = lazy_compile(rf"(?:^\s*|[.;]\s+|,\s+)(?P<name>{_NAME})(?:,\s+[^,;]{{1,60}},|,)?\s+(?P<verb>(?:[\w'\u2019.-]+\s+){{0,6}})$")


def _named_subject(ctx: _Context, clause: str, verbs: re.Pattern[str]) -> Optional[str]:
    m = _SUBJECT_NAME.search(clause)
    if m is None or m.group("name").split()[0] in TITLES or _JUDICIAL_TITLE.search(clause[:m.start("name")]):
        return None
    if m.group("name").split()[0] in _PRONOUN_WORDS:
        return None  # "She faces up to 15 years": the pronoun is resolved elsewhere, never widened into a name
    if re.search(r"['\u2019]s?$", m.group("name")):
        return None  # "Lee's accomplice was sentenced": the possessor is not the subject
    if not (verbs is _FACES and verbs.search(m.group("verb")) or _GIVEN_TO.search(m.group("verb"))) or re.search(r"[A-Z][\w'\u2019-]+\s+[A-Z]", m.group("verb")):
        return None  # the name must be the subject of the verb that gives the term, no other name between
    name = _full_name(ctx, m.group("name"))
    if len(name.split()) < 2 or not all(w[0].isupper() for w in name.split()) or name.split()[0] in _NOT_FIRST_NAMES:
        return None  # "Prosecutors", "The Justice Department": no person's name
    return name


# The person a sentencing verb gives the term to, named right before it: "gave Tom Reyes 12 years", "sentenced Ann Roe,
# 40, to", "ordered Tom Reyes to pay" (a full name the parties do not list; a listed one is read by _last_person)
_OBJECT_NAME = lazy_compile(r"\b(?:(?:re-?)?sentenced|gave|handed|ordered|jailed|sent)\s+(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'\u2019-]+){1,2})"
                          r"(?:,\s+\d{1,3},)?\s+(?:(?:to|for)\s+)?(?:(?:serve|pay|spend|forfeit)\s+)?$")


def _named_object(ctx: _Context, clause: str) -> Optional[str]:
    m = _OBJECT_NAME.search(clause)
    if m is None or m.group("name").split()[0] in TITLES or m.group("name").split()[0] in _NOT_FIRST_NAMES:
        return None
    # Only beside a defendant the article plainly centres on (a listed person, named more often than this one): where
    # the defendant is unsure, the person sentenced is more likely the defendant than someone else
    if not ctx.defendant or not any(p.name == ctx.defendant_name for p in ctx.parties if p.kind == "person"):
        return None
    name = _full_name(ctx, m.group("name"))
    text = ctx.source.text
    if _is_defendant(ctx, name) or text.count(name.split()[-1]) >= text.count(ctx.defendant):
        return None
    return name


_NOT_FIRST_NAMES = {"The", "A", "An", "In", "On", "At", "But", "And", "After", "Before", "When", "His", "Her", "Their", "Its", "This",
                    "That", "Earlier", "Later", "Last", "Next", "Two", "Three", "U.S.", "Federal", "State", "County", "Prosecutors",
                    # a clause opening on a preposition or conjunction: "Under Ohio law she faces up to 15 years"
                    "Under", "By", "With", "Without", "For", "From", "During", "Since", "As", "If", "Unless", "While",
                    "Despite", "Although", "Because", "Until", "Per"}
# "asked for 10 years for Tom Reyes": the person a request or cap is for, when the clause names them after the term,
# maybe after a role ("eight years for developer Tom Reyes", "for co-defendant Ann Roe", "for his business partner, Ann
# Roe"); a verb there ("for defrauding Ann Roe") makes the name the crime's object instead
_FOR_NAME = lazy_compile(rf"\s+(?:in\s+prison\s+)?for\s+(?:(?:his|her|their|the)\s+)?"
                       r"(?:(?!(?:of|to|from|in|at|with|against|on|by|and|or|the|a|an)\b)(?-i:[a-z])[\w-]*(?<!ing)\s+){0,3}?,?\s*"
                       rf"(?P<name>{_NAME})\b(?!['\u2019])")
# "want Tom Reyes to serve eight years", "asked that Ann Roe be sentenced to": the ask's object is the one it is for
_ASKED_OBJECT = lazy_compile(rf"\b(?:want\w*|ask\w*|urg\w*|request\w*|recommend\w*)\s+(?:that\s+)?(?:co-?defendant\s+)?(?P<name>{_NAME})"
                           r"(?:,\s+[^,;]{1,60},)?\s+(?:to\s+(?:serve|get|receive|spend)|be\s+(?:sentenced|given|ordered|jailed)\s+to)\s+$")


def _for_other(ctx: _Context, after: str, before: str = "") -> Optional[str]:
    after = _REQUESTED_AFTER.sub("", after)  # "... was requested for Tom Reyes"
    m = _FOR_NAME.match(after) or _ASKED_OBJECT.search(before)
    if m is None or m.group("name").split()[0] in _NOT_FIRST_NAMES or m.group("name").split()[0] in TITLES:
        return None
    if m.group("name").endswith(("'s", "\u2019s", "'", "\u2019")):
        return None  # "for Ann Roe's hospital bills": what the term pays for, named by its owner
    name = _full_name(ctx, m.group("name"))
    known = any(name == p.name for p in ctx.parties if p.kind == "person")
    if not known and len(name.split()) < 2:
        return None  # "for Monday", "for Medicare": a capitalised word, not a person
    return None if _is_defendant(ctx, name) else name


# A verb that gives someone a term or has them serve it: the person a clause names is the one sentenced only with one
# ("Ann Roe pleaded guilty and testified. She has completed an 18-month sentence": a term done is a term served)
_RECEIVES = lazy_compile(r"\b(?:(?:re-?)?sentenc\w*|receiv\w*|given|gave|got|gets?|getting|credited|serv\w*|order\w*|jailed|imprisoned|handed"
                       # ("Jailing Tom Reyes for four years, ...": the participle a British report opens with)
                       r"|jailing|imprisoning|handing|giving|placing|sending"
                       r"|placed|put|spared|spen[dt]\w*|locked|sent|impos\w*|complet(?:ed|es|ing)|finish(?:ed|es|ing))\b", re.I)


# "at the 2010 Winter Olympics", "during the 2019 Super Bowl": a year before the name is part of it
# The one paid or wronged, named after the noun a preposition governs: "to the victim, Harold Whitfield," (never "the
# leader of the ring, Carl Ruiz,", who may be the one sentenced)
_PREPOSITION_APPOSED = lazy_compile(r"\b(?:to|for|from)\s+(?:the|his|her|their)\s+(?:[a-z][\w-]*\s+){0,2}?(?:victims?|owners?|famil(?:y|ies)|widow(?:er)?"
                                    r"|employers?|landlords?|neighbou?rs?|estate),\s+"
                                    r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2}(?=,|\s*$)")
# The one paid, told as the paying verb's first object: "pay Ms Powell £640", "repay Ann Roe $9,000"
_PAYEE = lazy_compile(r"\b(?P<verb>pay|pays|paid|paying|repay|repays|repaid|reimburse[sd]?|compensate[sd]?)\s+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?"
                      r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2}(?:['\u2019]s?\s+[a-z]+)?")
# ("a restraining order preventing him from contacting Ms Boyd": the one a bar protects is no one sentenced either)
_PREPOSITIONAL_NAME = lazy_compile(r"\b(?:to|of|from|after|for|at|against|during|contacting|approaching|harassing)\s+(?:the\s+)?(?:\d{4}\s+)?(?:[A-Z][\w.'\u2019-]*\s+)*[A-Z][\w.'\u2019-]*")
# A place named with its article ("developers in the Triad", "a bar on the Strip"): no person, though capitalised
_PLACE_NAME = lazy_compile(r"\b(?:in|on|near|across|around|throughout|outside)\s+the\s+(?:[A-Z][\w.'\u2019-]*\s+)*[A-Z][\w.'\u2019-]*")
# A subject that is someone other than the defendant though unnamed: a relative, another defendant
_OTHER_SUBJECT = lazy_compile(
    r"(?:^\s*|[.;]\s+|,\s+(?:and|but)\s+)(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]+['\u2019]s?)\s+(?:[\w-]+\s+)?(?:brother|sister|father|mother|son"
    r"|daughter|cousin|uncle|aunt|husband|wife|partner|boyfriend|girlfriend|nephew|niece|grandfather|grandson|stepfather"
    r"|stepson|friend|accomplice|co-?defendant|codefendant|associate)\b"
    # only as the clause's subject: "The officer, who beat another man, was sentenced" is the defendant's sentence
    r"|(?:^\s*|[.;]\s+|,\s+(?:and|but)\s+)(?:[Aa]nother|[Aa]\s+(?:second|third|fourth)|[Tt]he\s+other)\s+(?:[\w-]+\s+)?"
    r"(?:defendant|man|woman|suspect|officer|teen|teenager|member)\b"
    # "One of them, a Bristol man, was sentenced", "That man was later sentenced": someone the article turned to
    r"|(?:^\s*|[.;]\s+)(?:One\s+of\s+(?:them|those|the\s+(?:[\w-]+\s+)?[\w-]+)|That\s+(?:man|woman|teen|teenager|person|driver|defendant|boy|girl))\b"
    r"|(?:^\s*|[.;]\s+|,\s+)(?:[Aa]n?|[Tt]he)\s+(?:former\s+)?(?:co-?worker|coworker|colleague|co-?conspirator|co-?defendant)\b"
    # a group of other people as the subject: "Eleven other members pleaded guilty, and most received probation",
    # "Four others took deals; three were sentenced to probation", "The other men were given probation" ("both" and "all"
    # take in the defendant too)
    r"|(?:^\s*|[.;]\s+|,\s+(?:and|but|while)\s+)(?:(?i:most|many|some|several|few|all\s+but\s+one)(?:\s+of\s+(?:them|those|the\s+others?))?"
    r"|(?:[Tt]he\s+)?[Oo]thers|[Tt]he\s+(?:\w+\s+)?others"
    r"|(?:(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|some)|\d+)(?:\s+of\s+(?:them|those(?!\s+(?:[\w-]+\s+)?"
    # "Two of those counts carry a mandatory minimum": the counts, no people
    r"(?:counts|charges|offen[cs]es|crimes|convictions|felonies|misdemeanou?rs|cases|sentences|terms|penalties)\b)|the\s+others?)"
    r"|(?=\s+(?:were|have|had|got|received|later)\b))"
    # ("The defendants were also ordered to pay ..." takes in the case's defendant too)
    r"|(?![Tt]he\s+(?:(?:two|three|four|five|six|\d+)\s+)?defendants\s+(?:were|are|have|had|must|will|also|each|jointly)\b)"
    r"(?:[Tt]he|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|some)|\d+)\s+(?:other\s+)?(?:former\s+)?(?:[\w-]+\s+)?"
    r"(?:co-?workers|coworkers|co-?defendants|defendants|men|women|members|brothers|officers|teens|teenagers|people|employees|guards|students|others))\b"
    r"|(?:^\s*|[.;]\s+)[Tt]he\s+[\w-]+\s+(?:of|in|from)\s+the\s+other\s+(?:car|vehicle|truck|pickup)\b")
# What marks a sentence as told for comparison: "a similar case", "the same judge", "two years ago", "last year"
_COMPARISON = lazy_compile(r"\b(?:similar|comparable|same\s+(?:judge|court|crime|charges?|offen[cs]e)|ago|last\s+(?:year|month|spring|summer|fall|autumn|winter)"
                         r"|earlier\s+this\s+year|in\s+(?:19|20)\d\d|by\s+(?:comparison|contrast)|nearby|neighbou?ring|another\s+(?:[\w-]+\s+)?who"
                         r"|^\s*(?:In|Back\s+in|Last)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))\b", re.I)
# A new person told by an indefinite noun phrase with a place ("a Kettleby woman", "a Riverton nurse"): after the case's
# own sentence has been told, a sentence given to such a person is another case's
_INDEFINITE_PERSON = lazy_compile(r"(?:^|[.;,]\s+|\b(?:sentenced|gave|handed)\s+)(?:[Aa]n?)\s+(?:[A-Z][\w-]+\s+){1,3}(?:[a-z-]+\s+)?"
                                r"(?P<noun>man|woman|teen|teenager|boy|girl|nurse|driver|contractor|worker|officer|mother|father|resident"
                                r"|teacher|aide|coach|owner|employee|caregiver|couple|landlord)\b(?!['\u2019])[^;]*$"
                                # "a pharmacist at a clinic who stole ...", "Another clerk who sold ...", "Two years ago a
                                # nurse in a nearby county who ...": an indefinite subject pinned down by what it did or where
                                r"|(?:^\s*|[.;,]\s+|\b(?:ago|year|month|spring|summer|fall|autumn|winter|comparison|contrast)\s+)"
                                r"(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:(?!(?:he|she|they|was|were|is|who)\b)[\w-]+\s+){0,3}?"
                                r"(?P<noun2>(?!(?:judge|prosecutor)\b)[a-z][\w-]*)\s+(?:(?:at|from|in|of|with)\s+(?:an?|the)\s+[^,;]{0,60}?\s+)?"
                                r"(?:who|convicted|charged|accused|found)\b[^;]*$"
                                # "Last spring I watched a 19-year-old from the east side get 45 days": a person the writer
                                # saw sentenced, told by what the verb of seeing governs
                                r"|\b(?:watched|saw|seen|watching|remember)\s+(?:an?|one)\s+(?P<noun3>[\w-]+)\b[^;]{0,80}?\s"
                                r"(?:get|receive|draw|be\s+sentenced\s+to|be\s+given|go\s+to)\s+$")


# A previous sentence opened by a relative of someone: "Lee's son, Tom, was 15 when ...", "His brother was ..."
_RELATIVE_SUBJECT = lazy_compile(r"\s*(?P<who>(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]+['\u2019]s?)\s+(?:[\w-]+\s+)?(?P<kin>brother|sister|father"
                               r"|mother|son|daughter|husband|wife|nephew|niece|stepson|stepdaughter|grandson|granddaughter)"
                               r"(?:,\s+(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?),)?)")
_MALE_KIN = {"brother", "father", "son", "husband", "nephew", "stepson", "grandson"}


def _inside_description(clause: str, person: str) -> bool:
    """Is the person named only inside a descriptive subject ("A former aide to Gov. Ann Lee", "An activist from
    Duluth")? Such a subject is the defendant described, and the name hangs off a preposition or relative clause."""
    # "A Millbrook man who plotted to abduct ...": a place word may describe the subject too
    if not re.match(r"\s*(?:An?|The)\s+(?:[\w-]+\s+){1,6}?(?:to|of|for|from|in|with|at|on|under|who|whose|that)\b", clause):
        return False
    surname = re.escape(person.split()[-1])
    # "A former Acme Health executive who ...": the name premodifies the subject's common noun
    if re.match(rf"\s*(?:An?|The)\s+(?:(?!(?:sentenced|ordered|gave|sent|told|placed)\b)[a-z][\w-]*\s+){{0,3}}"
                rf"(?:[A-Z][\w.'\u2019&-]*\s+)*{surname}\s+[a-z][\w-]*\s+(?:[a-z][\w-]*\s+)?(?:who|whose|that|from|of|in|at|with)\b", clause):
        return True
    return bool(re.search(rf"\b(?:to|of|for|from|in|with|at|on|under|who|whose|that)\s+(?:[\w.'\u2019-]+\s+){{0,5}}?"
                          rf"(?:[A-Z][\w.'\u2019-]*\s+)*{surname}\b", clause))


# A couple or pair told as the ones sentenced, with the article and modifiers news copy puts before the noun: "an
# Eagle Rock couple was sentenced to federal prison", "a Dayton father-son pair were convicted"
_COUPLE_SENTENCED = lazy_compile(r"\b(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:couple|pair|duo)\s+(?:was|were|has\s+been|have\s+been)\s+"
                                 r"(?:\w+\s+)?(?:sentenced|convicted|found\s+guilty)\b", re.I)


# One sentencing verb giving terms to a defendant and the spouse: "sentenced a Salem man to four years and his wife to
# 20 months", "ordered Ed Cole to serve six years and his wife, Ann Cole, to serve two"
_SPOUSE_SENTENCED_TOO = lazy_compile(r"\b(?:sentenced|ordered)\s+[^.;]{1,80}?\s+to\s+[^.;]{1,80}?\s+and\s+(?:his|her)\s+(?:wife|husband|spouse)"
                                     r"(?:,\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)*,)?\s+to\b")
# The same spouse's term, right after the verb's first object and term: "... and his wife to 20 months"
_AND_SPOUSE_TO = lazy_compile(r"\s+and\s+(?:his|her)\s+(?:wife|husband|spouse)(?:,\s+(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)*),)?"
                              r"\s+to\s+(?:serve\s+|pay\s+|spend\s+)?$")
# A side named by the second defendant's own lawyer: "Ann Cole's attorney, Rita Vance, wants probation"
_SECOND_COUNSEL = lazy_compile(r"(?:^\s*|[.;]\s+)(?P<name>[A-Z][a-z][\w'\u2019-]*\s+(?:[A-Z]\.\s+)?[A-Z][a-z][\w-]*)['\u2019]s?\s+"
                               r"(?:(?:defen[cs]e|own|new)\s+)?(?:attorneys?|lawyers?|counsel|solicitors?|barristers?)\b")


# A headline telling a couple or a family pair sentenced, without the article news copy drops there: "Couple who ran a
# fake charity sentenced", "Salem father, son sentenced for ...", "Husband and wife get prison in ..."
# ("Man who robbed couple sentenced", "Killer of elderly couple jailed": the couple is the victims, not the subject)
_COUPLE_IN_HEADLINE = lazy_compile(r"^(?:(?!(?:who|that|which|whose|of|for|to|by|with|from|in|on|at|after|kills|robs|scams|attacks|hits"
                                   r"|shoots|defrauds|cheats|[\w-]+ed)\b)[\w'\u2019-]+\s+){0,3}?(?:couple|pair|duo|(?:father|mother|husband|wife|brother|sister)"
                                   r"(?:,|\s+and)\s+(?:son|daughter|wife|husband|brother|sister))\b(?:(?!\b(?:to\s+be|faces?|facing)\b)"
                                   r"[^:;])*?\b(?:sentenced|jailed|imprisoned|gets?\s+(?:prison|jail|\d)|heads?\s+to\s+(?:federal\s+)?prison)\b",
                                   re.I)


def _couple_in_headline(title: Optional[str]) -> bool:
    """Does the headline tell two people of one family, or a couple, sentenced together (see _COUPLE_IN_HEADLINE)?"""
    return bool(title) and bool(_COUPLE_IN_HEADLINE.search(title))


def _couple_sentenced(text: str) -> bool:
    """One case told for two people as a couple or pair (see _COUPLE_SENTENCED), or one sentencing verb giving the
    defendant and the spouse each a term (see _SPOUSE_SENTENCED_TOO): each one's term is the case's."""
    return ("couple" in text or "pair" in text or "duo" in text) and bool(_COUPLE_SENTENCED.search(text)) or (
        ("wife" in text or "husband" in text or "spouse" in text) and bool(_SPOUSE_SENTENCED_TOO.search(text)))


def _spouse_given(ctx: _Context, before: str) -> Optional[str]:
    """The spouse a term is given to when the sentencing verb's first object was the defendant ("sentenced a Salem man
    to four years and his wife to 20 months"): the spouse's name when the parties list one sharing the defendant's
    surname, else the words that tell who she or he is. The spouse is a second defendant of the same hearing."""
    if not ctx.defendant or ctx.roundup or not ctx.tried_together or " and " not in before:
        return None
    m = _AND_SPOUSE_TO.search(before)
    if m is None:
        return None
    named = m.group("name")
    if named is None:
        kin = [p.name for p in ctx.parties if p.kind == "person" and " " in p.name and p.name.split()[-1] == ctx.defendant
               and not _is_defendant(ctx, p.name) and not _is_judge(ctx, p.name)]
        named = kin[0] if len(kin) == 1 else None
    name = _full_name(ctx, named) if named else re.sub(r"^\s*and\s+", "", m.group()).split(" to")[0].strip().rstrip(",")
    if _is_defendant(ctx, name):
        return None
    ctx.seconds.add(name)
    return name


def _second_counsel(ctx: _Context, before: str) -> Optional[str]:
    """The second defendant whose own lawyer asks for a term ("Ann Cole's attorney, Rita Vance, wants probation"):
    the ask is for her, and, the case being one for both, it stays the case's."""
    if not ctx.defendant or ctx.roundup or not ctx.tried_together or ctx.defendant not in before:
        return None
    m = _SECOND_COUNSEL.search(before)
    if m is None or m.group("name").split()[-1] != ctx.defendant or _is_defendant(ctx, m.group("name")):
        return None
    name = _full_name(ctx, m.group("name"))
    ctx.seconds.add(name)
    return name


# Counsel named with the client in British and Commonwealth copy: "Rachel Roe, for Pritchard,", "Ann Lee, representing
# Tom Cole,"
_COUNSEL_FOR = lazy_compile(rf"(?:^\s*|[.;]\s+){_NAME},\s+(?:for|representing|defending|acting\s+for|on\s+behalf\s+of)\s+"
                          rf"(?P<client>{_NAME}),")


def _counsels_client(ctx: _Context, before: str) -> Optional[str]:
    """The co-defendant whose counsel asks for a term ("Rachel Roe, for Pritchard, asked for a community order"): the
    ask is for that client, not for the case's defendant."""
    m = _COUNSEL_FOR.search(before)
    client = _full_name(ctx, m.group("client")) if m else None
    return client if client and not _is_defendant(ctx, client) and _listed_person(ctx, client) else None


# Between a second defendant's name and her term: her age, then a few words ("Ann Cole, 55, to", "his wife, Ann Cole, got")
_NAME_TO_TERM = lazy_compile(r"(?:,\s+\d{1,3},?)?\s+(?:[\w'\u2019-]+\s+){0,5}$")


def _second_defendant(ctx: _Context, before: str, subject: Optional[str]) -> Optional[str]:
    """The full name of the second defendant a term belongs to: a relative who shares the defendant's surname, in an
    article that tells one case for both ("tried together", "sentenced the couple"). `subject` is the person the clause
    already names as the term's, if any; without one, the name must stand just before the term."""
    if not ctx.defendant or ctx.roundup or not ctx.tried_together:
        return None
    words = f"{before} {subject}" if subject else before  # "72 months for Ann Cole": the name told after the term
    name = second_defendant(ctx.source.text, words, lambda clause: _about_defendant(ctx, clause))
    if name is None or name.split()[-1] != ctx.defendant or _is_defendant(ctx, name) or (subject and subject != name):
        return None
    if not subject and not _NAME_TO_TERM.fullmatch(before, before.rindex(name) + len(name)):
        return None  # "Ed Cole, whose wife Ann Cole wept, was sentenced to": she is not the one sentenced
    ctx.seconds.add(name)
    return name


# A capitalised word after a lone surname makes it part of a longer name ("Cole Bread Company"); a date does not
_NAME_GOES_ON = lazy_compile(r"\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
                           r"|August|September|October|November|December|Jr|Sr|II|III|I)\b)[A-Z][a-z]")


def _last_person(ctx: _Context, words: str) -> Optional[str]:
    people = _people(ctx, words)
    return people[-1] if people else None


_MIDDLE_INITIAL = lazy_compile(r"\s+[A-Z]\.(?=\s)")


def _is_judge(ctx: _Context, name: str) -> bool:
    """Is `name` the case's judge? The judge's name is kept without a middle initial, the party list's may hold one
    ("U.S. District Judge Ann T. Roe" is the judge "Ann Roe": "Roe ordered five years of supervised release" is her act,
    not a term for her)."""
    return bool(ctx.judge) and (name == ctx.judge or _MIDDLE_INITIAL.sub("", name) == ctx.judge)


# A determiner and at most a describing adjective (a participle, a colour) straight before a capitalised
# name: "his modified Ford Mustang", "her silver Honda Civic", "a stolen Jeep Cherokee". A person is never named so
# ("his brother Tom Lee" has a noun between, "his wife, Ann Lee" a comma).
_A_THING_BEFORE = lazy_compile(r"\b(?:his|her|their|its|an?)\s+(?:(?:[a-z]+(?:ed|en)|black|white|silver|red|blue|gray|grey|green"
                               r"|gold|brown|new|old|used|rented|borrowed)\s+)?(?:[A-Z][\w-]*\s+)?$")


def _people(ctx: _Context, words: str) -> list[str]:
    """The people named in `words`, in order, leaving out the judge and mere possessors ("Lee's co-defendant")."""
    found: list[tuple[int, int, str]] = []
    # "Cole Bread Company", "the Cole Family Foundation": a surname inside an organisation's name names no one
    named_orgs = [m.span() for party in ctx.parties if party.kind != "person" and party.name in words
                  for m in re.finditer(re.escape(party.name), words)]
    for party in ctx.parties:
        if party.kind != "person" or _is_judge(ctx, party.name) or _TITLED_JUDGE.match(party.name):
            continue
        for form in _forms(party):
            if form not in words:
                continue  # most names are absent: skip compiling and running a pattern for each
            for m in re.finditer(rf"\b{re.escape(form)}\b(?!['\u2019](?:s\b|(?<=s['\u2019])\s))", words):  # "Lee's", "Coats' "
                if _JUDICIAL_TITLE.search(words[:m.start()]):  # "Recorder Ann Bell", "Judge Lee": the court, not a person sentenced
                    continue
                if _A_THING_BEFORE.search(words, max(0, m.start() - 40), m.start()):
                    continue  # "slammed his modified Ford Mustang into", "a silver Honda Civic": a make owned, not a person
                if any(o_start <= m.start() and m.end() <= o_end for o_start, o_end in named_orgs) or (
                        " " not in form and _NAME_GOES_ON.match(words, m.end())):
                    continue
                # A surname alone that several people share is the defendant's, the article's main person.
                shared = " " not in form and ctx.defendant and form == ctx.defendant
                found.append((m.start(), m.end(), (ctx.defendant_name or party.name) if shared else party.name))
    # "Diane Lee" also holds the match "Lee": the longer name is the one meant.
    whole = [f for f in found if not any(g[0] <= f[0] and f[1] <= g[1] and g[1] - g[0] > f[1] - f[0] for g in found)]
    return [f[2] for f in sorted(whole)]


# A length to be served told with its modal ("will serve 14 years", "must now serve 30 months")
_MODAL_SERVE = lazy_compile(r"(?:will|must|shall)\s+(?:now\s+)?serve\s+(?:a\s+total\s+of\s+)?", re.I)
# Time after custody: "After prison, ...", "upon his release", "once she gets out"
_AFTER_CUSTODY = lazy_compile(r"\b(?:after|upon|once)\s+(?:(?:his|her|their)\s+)?(?:prison|jail|release[sd]?\b|(?:he|she|they)\s+(?:is|are|gets?)\s+(?:released|out))", re.I)


def _term(ctx: _Context, kind: str, m: re.Match[str], s_start: int, s_end: int, t_end: int, lead_in: str = "") -> Term:
    text = ctx.source.text
    groups = m.groupdict()
    if kind in ("bare_request", "gave_count", "bare_maximum"):
        kind = "prison"  # "asked for 84 months": custody is what a bare duration asks for
    if kind == "bare_kind":
        kind = _BARE_KINDS[groups["what"].split()[-1].lower()]
        lead = text[s_start:m.start()].lower() if kind == "probation" and groups["what"].lower().startswith("community") else ""
        if ("after" in lead or "upon" in lead or "once" in lead) and _AFTER_CUSTODY.search(text, s_start, m.start()):
            # "After prison, he'll be on community supervision" (Arizona): supervision after release, not probation
            kind = "supervised_release"
    if kind == "ordered_bar":
        kind = "no_contact" if re.search(r"\bcontact", m.group("term"), re.I) else "disqualification"
    keyword = (groups.get("kw") or "").lower()
    if kind == "prison" and re.match(r"detention\b", groups.get("named") or "", re.I):
        keyword = "detention"  # "a 12-month detention and training order": a youth's custody
    if kind == "prison" and (keyword in ("jail", "workhouse", "house of correction") or keyword.startswith("lock")):
        kind = "jail"
    elif kind == "prison" and ("detention" in keyword or "juvenile" in keyword or "youth" in keyword or "offender" in keyword or keyword == "reformatory"):
        kind = "detention"  # young offenders are detained, not imprisoned
    if kind == "lifetime":
        kind = _LIFETIME_KINDS[groups["what"].split()[-1].lower()]
    if kind == "order":
        kind = _named_kind(groups["what"])
    amount: Optional[float] = None
    unit: Optional[str] = None
    if groups.get("money"):
        amount, unit = _money(groups["money"])
        if groups.get("months") and amount is not None:
            months = parse_number(groups["months"])
            amount = amount * months if months else amount
    elif groups.get("num"):
        amount = parse_number(re.sub(r"\s*([½¼¾])", lambda f: " " + _FRACTIONS[f.group(1)], groups["num"]).strip())
        unit = groups["unit"].lower().rstrip("s") + "s"
        if unit == "decades" and amount is not None:
            amount, unit = amount * 10, "years"  # "three decades in prison" is counted in years like any other term
        if groups.get("half") and amount is not None:
            amount += 0.5  # "a year and a half"
        extra = parse_number(groups["num2"]) if groups.get("num2") else None
        if amount is not None and extra is not None:
            amount += extra * _DAYS[groups["unit2"].lower().rstrip("s")] / _DAYS[unit[:-1]]
    elif groups.get("decade"):
        amount, unit = 10.0, "years"  # "a decade-long hunting ban"
    elif groups.get("single"):
        amount, unit = 1.0, groups["unit"].lower() + "s"  # "the final year suspended": one year
    elif groups.get("life"):
        unit = "life"
    elif groups.get("count"):
        amount, unit = parse_number(groups["count"]), groups["counted"].lower().rstrip("s") + "s"  # "10 talks", "a 1,000-word essay"
    start, end = (m.start("term") if "term" in m.re.groupindex else m.start()), t_end
    dangling = _DANGLING.search(text, start, end)
    if dangling and dangling.start() > start:
        end = dangling.start()  # "no contact with the family while": a phrase ends before a bare conjunction, never on it
    # ("he will serve 14 years": the modal kept in the term's text governs it as the words before it would)
    modal = _MODAL_SERVE.match(text, start, end) if kind == "prison" and text[start] in "wmsWMS" else None
    status_at = modal.end() if modal else start
    # ("A restraining order was made against Lee for five years": the court's act told inside the term governs it as
    # it would after it, "A restraining order was made")
    # (nor is "will remain in place" a forecast: "A restraining order will remain in place for five years" tells the
    # length of the order made)
    told_end = m.end("what") if groups.get("made") or groups.get("remains") else end
    after = text[told_end:s_end]
    if groups.get("aside") and after.startswith(","):
        after = after[1:]  # "A restraining order, which will last five years, was also made": the aside closed, the clause goes on
    status, by = _status(ctx, text[status_at:told_end].lower(), _after_lead_in(lead_in, text[s_start:status_at]), after)
    return Term(text=text[start:end], kind=kind, citations=[ctx.source.cite(start, end)],
                status=status, amount=amount, unit=unit, by=by)


# The kind an order, ban or supervision named by its noun phrase is listed under, by its head word: the kind its other
# forms give ("house arrest for six months" is the "six months of house arrest", "supervised probation for a period of
# four years" the "four years of supervised probation"); any other order is its own name ("good behaviour bond" ->
# good_behaviour_bond)
_NAMED_HEAD_KINDS = {"probation": "probation", "release": "supervised_release", "arrest": "home_confinement", "detention": "home_confinement",
                     "confinement": "home_confinement", "service": "community_service"}


def _named_kind(what: str) -> str:
    words = re.findall(r"[a-z]+", what.lower())
    if words[-1] in _NAMED_HEAD_KINDS:
        return _NAMED_HEAD_KINDS[words[-1]]
    if words[-1] == "disqualification" or words[-2:] == ["driving", "ban"]:
        # "a licence disqualification" is the driving ban ("disqualified from driving"); a director's is a bar of its own
        return "driving_ban" if words[0] in ("driving", "licence", "license") else "disqualification"
    if words[:3] == ["order", "of", "protection"] or words[-2:] in (["protection", "order"], ["protective", "order"]) \
            or words[-3:] in (["no", "contact", "order"], ["stay", "away", "order"]):
        return "no_contact"  # "a protective order for five years", "a five-year order of protection": the kind their bare form is
    if words[-2:] == ["intervention", "order"]:
        return "intervention_order"  # Victoria's, "final family violence" or "interim", one kind whatever its stage
    if words[-1] in ("avo", "advo", "apvo") or words[-2:] == ["violence", "order"] and "apprehended" in words:
        # "a final apprehended domestic violence order", "an ADVO": New South Wales's protection orders, one kind whatever
        # their stage or the relation they protect
        return "apprehended_violence_order"
    if "adjudication" in words and ("withheld" in words or "withhold" in words):
        return "adjudication_withheld"  # "withheld adjudication of guilt", "adjudication withheld": one disposition
    kind = "_".join(words)
    if kind == "rehabilitation_activity":
        return "rehabilitation_activity_requirement"  # "15 days of rehabilitation activity": the requirement told without its noun
    if kind.endswith("_ban"):
        return kind[:-len("ban")] + "prohibition"  # "a lifetime firearms ban" is the firearms prohibition order
    if "dna" in words and not kind.endswith("_order"):
        return "dna_order"  # "provide a sample of his DNA" is the DNA order told as its deed
    return kind


_BARE_KINDS = {"probation": "probation", "arrest": "home_confinement", "confinement": "home_confinement", "detention": "home_confinement",
               "service": "community_service", "monitoring": "electronic_monitoring", "restitution": "restitution",
               "compensation": "compensation", "supervision": "probation", "control": "probation", "curfew": "curfew"}
_LIFETIME_KINDS = {"probation": "probation", "supervision": "supervision", "parole": "parole", "release": "supervised_release",
                   "ban": "disqualification"}
_FRACTIONS = {"½": "1/2", "¼": "1/4", "¾": "3/4"}
_CURRENCIES = [("usd", r"^(?:US)?\$|dollars"), ("aud", r"^AU?\$"), ("cad", r"^CA?\$"), ("nzd", r"^NZ\$"), ("hkd", r"^HK\$"),
               ("sgd", r"^S\$"), ("gbp", r"^£|pounds"), ("eur", r"^€|euros?"), ("jpy", r"^¥|yen"), ("inr", r"^₹|rupees"),
               ("zar", r"rand"), ("chf", r"francs"), ("sek", r"kronor"), ("nok", r"kroner"), ("mxn", r"pesos"), ("ils", r"shekels")]


def _money(words: str) -> tuple[Optional[float], str]:
    """'£2,000' -> (2000, 'gbp'); '$1.2 billion' -> (1.2e9, 'usd'); '10,000 euros' -> (10000, 'eur')."""
    unit = next((code for code, mark in _CURRENCIES if re.search(mark, words)), "usd")
    number = re.sub(r"^[A-Z]*\$|^[£€¥₹]|\s?(?:euros?|pounds|dollars|rand|rupees|yen|francs|kronor|kroner|pesos|shekels)$", "", words).strip()
    # ("$3.4M", "$1.2BN": a headline's or a wire's capital abbreviation is the same million or billion)
    number = re.sub(r"(?<=\d)\s?(m|bn)$", lambda m: " million" if m.group(1).lower() == "m" else " billion", number, flags=re.I)
    amount = parse_number(number)
    # "$4.1 million" is 4100000, never 4099999.9999999995: a sum is whole cents
    return (round(amount, 2) if amount is not None else None), unit


_DAYS = {"year": 365.25, "month": 365.25 / 12, "week": 7.0, "day": 1.0, "hour": 1 / 24}


# An opening phrase saying whose wish an order met: "At the victim's request,", "at the request of the family,"
_AT_REQUEST = lazy_compile(r"\b[Aa]t\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?request(?:\s+of\s+[^,;]{1,60})?,\s*")


_FINED_THE_MOST = lazy_compile(r"fined\s+[^.;]*?\bthe\s+(?:statutory\s+)?maximum\s+(?:of\s+)?\S*\d")
_MAY_BE = lazy_compile(r"\b(?:can|could|may|might|would|faces?|facing)\b[^.;]*$", re.I)


def _status(ctx: _Context, phrase: str, before: str, after: str) -> tuple[TermStatus, Optional[str]]:
    """The status the governing words give, and who proposed or imposed the term."""
    # ("At the victim's request, the judge also made a protection order": whose wish it met, not who decided)
    before = _AT_REQUEST.sub(lambda m: " " * len(m.group()), before)
    if phrase.startswith(("possible ", "potential ")):
        # "carries a possible fine of up to $250,000": the exposure's word, kept in the term's text, governs it as
        # it would before it ("carries a possible ...")
        word, phrase = phrase.split(" ", 1)
        before = f"{before}{word} "
    if phrase in ("fined", "caned") and re.search(r"\b(?:can|could|may|might)\s+(?:also\s+|still\s+)?be\b", before, re.I):
        return "maximum", None  # "can be jailed for up to two years, fined, or both": the law's punishments, named by their verbs
    # (only a court retains jurisdiction, whoever the clause names: "She then retained jurisdiction")
    if (phrase.startswith("retained jurisdiction") or phrase.startswith("withheld adjudication")
            and re.search(r"\b(?:judge|court|magistrate|justice)\b|(?-i:[A-Z])[\w'\u2019-]+\s+$", before, re.I)) \
            and not re.search(r"\b(?:if|could|would|might|may|asked|asks|seek\w*|sought|urg\w*|want\w*|recommend\w*|request\w*)\b", before, re.I):
        # "Judge Ann Roe withheld adjudication", "She then retained jurisdiction": the court's act told by its own verb
        return "imposed", ctx.judge
    if _FINED_THE_MOST.match(phrase) and not _MAY_BE.search(before):
        return "imposed", ctx.judge  # "Jurors also fined him the maximum $10,000": the cap is what was imposed
    if phrase.startswith("credit ") and re.fullmatch(r"\s*With\s+", before) and _LEFT_TO_SERVE.search(after):
        return "imposed", ctx.judge  # "With credit for 36 months of custody, he has seven years left to serve": the court's count
    if _VACATED_PART.search(before):
        return "other", None  # "the appeals court vacated the rest of his sentence, including a $50,000 fine"
    if _CHANGED_TO.search(before) and not re.search(r"\b(?:could|would|might|may|can|asked|asks|seek\w*|sought|urg\w*|want\w*|if)\b", before, re.I):
        return "imposed", None  # "Gov. Ann Roe commuted his sentence to 30 years": the term now in force, whoever changed it
    after_cue = _AFTER_CUE.match(after)
    if after_cue:
        cue = after_cue.group("cue").lower()
        status: TermStatus = {"recommended": "recommended", "proposed": "recommended", "requested": "recommended",
                              "sought": "sought"}.get(cue, "imposed")  # type: ignore[assignment]
        return status, _actor(ctx, after[after_cue.end():], last=False)
    if _IMPOSED_AFTER.match(after) and not re.search(r"\b(?:if|could|would|might|may)\b", before, re.I):
        return "imposed", ctx.judge
    if _HANDED_TO_AFTER.match(after) and not re.search(r"\b(?:if|could|would|might|may|should)\b", before, re.I):
        return "imposed", ctx.judge  # "The four-year sentence handed to Dawson was criticised": the court's act
    if _PARTICIPIAL_LEAD.match(before) and _LEAD_CLOSES.match(after):
        return "imposed", ctx.judge  # "Jailing Dawson for four years, Judge Roe said ...": the judge's act, told first
    if _STAYS_IN_FORCE.match(after) and not re.search(r"\b(?:if|could|would|might|may|faces?|facing|asked|sought|wants?)\b", before, re.I):
        return "imposed", ctx.judge  # "A restraining order will remain in place for five years": the order made, and its length
    if _RUNS_AFTER.match(after) and not re.search(r"\b(?:if|could|would|might|may|faces?|facing)\b", before, re.I):
        return "imposed", ctx.judge  # "His sentence of 11 months for violating the order will run concurrently"
    asked = _REQUESTED_AFTER.match(after)
    if asked:
        # "An eight-year sentence was requested for Reyes": a request told in the passive, its side unnamed
        return ("sought" if asked.group("cue").lower() == "sought" else "recommended"), None
    enough = _ENOUGH_AFTER.match(after)
    said = _SAYS_BEFORE.search(before) if enough else None
    if said:
        # "his attorneys say two years is enough": the side that says so asks for it
        return "recommended", _actor(ctx, _CLAUSE_BREAK.split(before[:said.start()])[-1], last=True)
    compared = _SIDE_AFTER.match(after) or _LIST_SIDE_AFTER.match(after) or _ASKER_AFTER.match(after)
    if compared and (_THAN.search(before) or _SHORT_OF.search(before) or not _GIVEN.search(before.rsplit(",", 1)[-1])):
        # "two years shorter than the eight years prosecutors had sought": the side named after the term asked for it;
        # "gave him nine years, well above the 30 months his lawyers requested": the verb before the comma gave another term
        cue = compared.group("cue").lower()
        return ("sought" if cue.startswith(("sought", "want", "push")) else "recommended"), _actor(ctx, compared.group("who"), last=True)
    # "ordered her to pay $61,000 in restitution — the cost of the repairs — and a $5,000 fine": an aside between dashes
    # does not end the clause that governs the list
    before = _DASHED_ASIDE.sub(" ", before)
    if "range" in before:
        # "asked for 90 months, the top of a guideline range of 70 to 90 months, along with a $9,000 fine": where the
        # first ask sits in the range is an aside; the list after it is still the side's ask
        before = _RANGE_ASIDE.sub("", before)
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end():] if breaks else before
    while breaks and _INFINITIVE_ONLY.match(clause):
        # "asks the court to apply the enhancement but to impose the 12-year term": the request runs on past "but"
        breaks.pop()
        clause = before[breaks[-1].end():] if breaks else before
    if breaks and (not clause.strip() and breaks[-1].group().strip() in ("\u2014", "\u2013", "--")
                   # "asked the judge to impose the maximum allowed under the deal: 14 years in prison, plus $2.3 million in
                   # restitution": the list after the colon is what was asked
                   or breaks[-1].group() == ":" and re.fullmatch(r"(?:\s*|[^,;]*,?\s+(?:plus|and|along\s+with)\s+)", clause)
                   and re.search(r"\b(?:maximum|minimum)\b", before[:breaks[-1].start()][-80:])):
        # "are asking for probation and counseling—no time behind bars": a term right after the dash restates the clause before it
        clause = before[breaks[-2].end() if len(breaks) > 1 else 0:breaks[-1].start()]
    elif breaks and breaks[-1].group().strip() in ("\u2014", "\u2013", "--") and not any(p.search(clause) for _, p in _CUES) \
            and any(status in ("recommended", "sought") and p.search(lead := before[breaks[-2].end() if len(breaks) > 1 else 0:breaks[-1].start()])
                    for status, p in _CUES):
        # "asked for a total of 15 years \u2014 the 14-year minimum the gun counts require plus one year for the robberies":
        # the breakdown after the dash, with no verb of its own, is the ask's
        clause = lead
    elif breaks and breaks[-1].group() == ":" and not _GIVEN.search(clause) and not _SAID.search(clause):
        # "is asking for something very different: a suspended sentence and probation", "asked for a lighter sentence:
        # probation, with ...": the list after the colon is what the clause before it asks for
        lead = before[breaks[-2].end() if len(breaks) > 1 else 0:breaks[-1].start()]
        if _ASKS_BEFORE_COLON.search(lead):
            clause = lead
        elif _UPHELD_BEFORE_COLON.search(lead):
            return "imposed", ctx.judge  # "kept the rest of his punishment: a dishonorable discharge, ...": the sentence stands
        elif (_FATE_BEFORE_COLON.search(lead) or _IMPOSED_BEFORE_COLON.search(lead)) \
                and not re.search(r"\b(?:could|would|may|might|faces?|facing|if|carr(?:y|ies|ied)|punishable)\b",
                                  # ("learned how long he would be locked up:": the modal is the reported question's)
                                  re.split(r"\b(?:what|how)\b", lead, maxsplit=1)[0] if _LEARNED_WHAT.search(lead) else lead, re.I) \
                and not _EARLIER.search(lead):
            # "learned his fate Tuesday: eight years in prison", "His punishment: 30 days in jail", "attached several
            # conditions: GPS monitoring ..., and no contact ...", "left the rest of the original judgment in place: ..."
            return "imposed", ctx.judge
    if _GAVE_CAP_BEFORE_COLON.search(clause) and not re.search(r"\b(?:if|could|would|might|may|asked|asks|urg\w*|sought|seek\w*|want\w*|recommend\w*)\b", clause, re.I):
        # "The judge handed down the maximum sentence: four years on ...": the court gave the law's cap, so the term
        # told after the colon is imposed, no exposure
        return "imposed", ctx.judge
    if _GUIDELINES_SAY.search(clause) and not _LOW_END.search(before):
        # "state guidelines for the other counts called for anything from probation up to nine months", "the advisory
        # range was 41 to 51 months": what the rules advise is a reference point, not a sentence, a cap or a side's ask
        return "other", None
    turn = list(_TURNS_TO_THE_COURT.finditer(clause))
    if turn and any(p.search(clause, 0, turn[-1].start()) for status, p in _CUES if status in ("recommended", "sought")):
        # "has called for tighter controls on trackers, after he was spared jail": the call governs its own object; the
        # clause the conjunction opens tells what the court did
        clause = clause[turn[-1].start():]
    # "jailed for a maximum of four years, with a non-parole period of ...": the head sentence imposed, not the law's cap
    cues = sorted(((m.start(), m.end(), status) for status, p in _CUES for m in p.finditer(clause)
                   if not (re.match(r"up\s", m.group(), re.I) and clause[m.end():].strip())
                   and not (status == "maximum" and _SENTENCED_TO.search(clause[:m.start()]))), key=lambda c: c[0])
    starting = _STARTING_POINT.search(clause)
    if starting and not (cues and cues[-1][2] in ("recommended", "sought")):
        # "Prosecutor Tom Bell told the court the case had a starting point of seven years' custody": a side's starting
        # point is its submission; the judge's, or the guidelines' told by no side, is where the court's reckoning
        # begins, neither the sentence (even when the clause says "sentencing") nor a cap
        side = _actor(ctx, clause[:starting.start()], last=False) if _A_SIDE.search(clause, 0, starting.start()) else None
        if side and not _is_judge(ctx, side) and "judge" not in side.lower():
            return "recommended", side
        return "other", None
    if _LAW_FIXES.search(clause + phrase) and re.search(r"\b(?:would|could|might)\s+have\b", clause, re.I):
        return "other", None  # "a murder conviction would have carried a mandatory 15 years to life": a road not taken
    if _LAW_FIXES.search(clause + phrase) and not _SENTENCED_TO.search(clause) and not (cues and cues[-1][2] in ("recommended", "sought")) \
            and not re.match(r"(?:up to|a maximum|as (?:much|many|long) as)\b", phrase) and "maximum" not in phrase:
        if re.search(r"\bminimum\b|\bat\s+least\b", phrase, re.I):
            return "other", None  # "carries a mandatory minimum of 10 years": the law's floor, neither a cap nor a request
        # "identity theft requires a mandatory two years": in a charging story the law's fixed penalty is the charge's
        # exposure; once a sentence is told, "murder carries a mandatory sentence of life" only explains the law
        return ("maximum" if ctx.charging else "other"), None
    # (a story that tells no sentence verb still tells the court's floor when parole follows: "She must serve a
    # minimum of two years before parole")
    if (not ctx.charging or "parole" in after and _BEFORE_PAROLE.match(after)) and (re.search(r"\b(?:must|will\s+have\s+to|has\s+to|required\s+to)\s+serve\s+$|\beligib\w*\s+(?:to\s+(?:apply|ask|seek|be\s+considered)\s+)?for\s+(?:parole|release)\b", clause, re.I)
                                                                     or re.match(r"(?:not\s+(?:be\s+)?)?eligib", phrase, re.I)) \
            and not re.search(r"\b(?:if|could|would|might|fac(?:es|ed|ing)|carr(?:y|ies|ied))\b", clause, re.I) and not _BY_LAW.search(before):
        # "must serve a minimum of 15 years before parole": the least time his sentence holds him ("Under Ohio law, she
        # must serve ..." is the law's reckoning, below)
        return "imposed", ctx.judge
    # Ohio's indefinite term "a minimum of six years and a maximum of nine years" is one sentence: its floor and its
    # ceiling say neither the law's floor nor its cap
    floor_and_ceiling = "and a maximum of" in phrase
    if (re.search(r"\bminimum\b", phrase) or re.search(r"\bat\s+least\b", phrase) and _BY_STATUTE.search(clause)) and not _SENTENCED_TO.search(clause) \
            and not floor_and_ceiling \
            and not (cues and cues[-1][2] in ("recommended", "sought")):
        return "other", None  # "faces a mandatory minimum of 10 years": the law's floor, neither a cap nor a request
    suspended_part = _SUSPENDED_PART_OF.search(before[-100:]) if "suspend" in before[-100:] else None
    if suspended_part and not re.search(r"\b(?:if|could|would|might|may|asked|urged|sought)\b", before[-100:][:suspended_part.start()], re.I):
        # "suspended the final two years of the six-year sentence": the whole term the court set, part of it suspended
        # (read on the words before it, not the clause: the "but" of "all but 18 months of" does not end one)
        return "imposed", ctx.judge
    if "life" in phrase and _LIFE_CARRIED.search(clause) and _LIFE_TERM.match(phrase):
        # "The offence carries imprisonment for life", "is punishable by life in prison": nothing lies above life, so
        # the law's life term is the cap ("carries a mandatory life sentence", a fixed penalty, is read above)
        return "maximum", None
    # ("90 days in a maximum-security prison" names the place, not a cap)
    if (re.match(r"(?:up to|a maximum|as (?:much|many|long) as)\b", phrase) or _CAP_INSIDE.match(phrase) or re.search(r"maximum(?![- ]security)", phrase)) \
            and not floor_and_ceiling:
        if _SENTENCED_TO.search(clause):
            return "imposed", ctx.judge
        if _WILL_SPEND.search(clause) and not re.search(r"\bif\b", f"{clause} {after[:80]}", re.I):
            # "Cordova will spend up to a year in a Department of Correction program": the span the sentence allows,
            # told as what will be (the law's exposure says "could")
            return "imposed", ctx.judge
        if not cues or _last_side(clause, cues) not in ("recommended", "sought") or _LAW_CAPS.search(clause[cues[-1][1]:]):
            # "faces up to 20 years"; but "asked for the maximum sentence of 20 years" is a request, unless the law speaks
            # after the ask ("is not bound by that recommendation, and the count carries up to 20 years")
            return "maximum", None
    if (_GUIDELINES.search(clause) or _GUIDELINES.search(before) or _RANGE_BOUND.search(before)
            or _GUIDELINES.search(_LOW_BOUND.sub("", before))) and not (_LOW_END.search(before) and cues):  # "the guidelines call for 135 to 168 months": the upper bound
        return "other", None  # "the guidelines range called for life": what the rules advise, no side's request
    held = _HELD_MODAL.search(clause) if not cues and _HELD_PHRASE.match(phrase) else None
    if held:
        # "will be behind bars for four years": the sentence; "could be locked up for four years": the exposure; "would be
        # behind bars for four years had he gone to trial": a road not taken
        return (_HELD_STATUS.get(held.group("modal").lower(), "imposed"),
                None if held.group("modal").lower() in _HELD_STATUS else ctx.judge)
    if not cues and re.match(r"(?:fined|jailed|imprisoned|sentenced)\b", phrase) \
            and re.search(r"\b(?:could|may|might|can)\s+(?:(?:also|still|potentially)\s+)?be\s+(?:\w+ly\s+)?$", clause, re.I):
        return "maximum", None  # "could be fined up to $250,000": what the law allows
    if not cues and (_PLEA_DEAL.search(clause) or _UNDER_DEAL_AFTER.match(after)) and _DEAL_OBLIGES.search(f"{clause} {phrase}"):
        return "recommended", "plea agreement"  # "Under the deal, she would serve four years": what the deal offers
    if not cues:
        # "was spared prison", "was dishonorably discharged ..., a military judge ruled Friday"
        if _RULED_AFTER.search(after) or re.match(r"(?:will\s+not|won['\u2019]t)\s+(?:have\s+to\s+)?(?:serve|spend|go)\b", phrase) \
                or re.match(r"(?:permanently\s+)?(spared|fined|disqualified|barred|banned|banished|banish|prohibited|forb\w+|bars|bans|prohibits|demoted|reduced|forfeit(?:ed)?|jailed|imprisoned|revoked|cancell?ed|sentenced|condemned|sent|extended|probated|may\s+not|can\s*not|can['\u2019]t|(?:will|would|is|are)\s+not\s+(?:be\s+)?(?:allowed|permitted)|lost|loses|lose)\b", phrase) \
                or re.match(r"(?:(?:wholly|fully|entirely|partly|partially)\s+)?(?:suspended|stayed|waived|remitted)\s+(?!(?:prison\s+|jail\s+)?sentence|all\s+but\b)", phrase) \
                or re.match(r"enter(?:s|ed)?\s+(?:into\s+)?(?:an?|his|her|their)\s+(?:own\s+)?bond\b|keep\s+the\s+peace\s+and\b|(?:classified|designated)\s", phrase) \
                or re.search(r"\b(?:was|were)\s+(?:also\s+)?(?:permanently\s+)?(?:suspended|revoked)(?:\s+(?:permanently|for\s+.*))?$", phrase) \
                or re.match(r"(?:his|her|their)\s+(?:[\w'\u2019]+\s+)?licen[cs]es?\s+(?:permanently\s+)?(?:suspended|revoked)\b", phrase) \
                or (phrase.startswith("no contact") and re.search(r"\b(?:may|must|shall|to)\s+(?:also\s+)?have\s+$", clause)) \
                or re.search(r"\b(was|were|been|be)\s+$", clause) \
                or re.search(r"\b(?:extend(?:ed|s)|enter(?:ed|s)|issu(?:ed|es)|impos(?:ed|es)|sign(?:ed|s))\s+(?:an?|the)\s+(?:(?:[\w-]+\s+)?(?:ban|order|injunction|prohibition)\b|$)", clause) \
                or re.search(r"\b(?:made|makes)\s+(?:an?\s+|the\s+)?$", clause) and re.match(r"(?:restitution|compensation|reparation|forfeiture|confiscation)\s+orders?\b", phrase) \
                or _RECORD_OUTCOME.match(phrase) and not re.search(r"\b(?:if|unless|could|would|might|may|can)\b", clause, re.I):
            # ("made restitution orders totalling $3.4 million": an Australian court makes its orders; "No conviction was
            # recorded", "the magistrate did not record a conviction": only a court records a conviction or declines to)
            return "imposed", ctx.judge
        told = _TOLD_WOULD.search(clause)
        if told and (re.search(r"\bjudge\b", clause[:told.start()], re.I) or ctx.judge and ctx.judge.split()[-1] in clause[:told.start()]):
            return "imposed", ctx.judge  # "the judge told him he would serve six years": the court's decision in reported speech
        if _TOLD_IN_PASSIVE.search(clause) and not _ON_CONDITION_AFTER.match(after):
            return "imposed", ctx.judge  # "Dawson was told he would serve four years": the court's decision, its teller unsaid
        if _HEADLINE_LEAD.match(clause) and _HEADLINE_FOR.match(after):
            return "imposed", ctx.judge  # "Seven years in prison for a former guard who ...": a headline-style lede names the sentence
        if ctx.charging and re.search(r"\bwould\s+face\s+$", clause) and "presumptive" not in phrase:
            # "If convicted of murder, he would face a mandatory sentence of life": a charge's exposure, told in the
            # conditional before any verdict (after one, "would face 14 years if the terms ran concurrently" is a road
            # not taken; "would face a presumptive sentence" is the guidelines' reference point)
            return "maximum", None
        return "other", None
    if cues[-1][2] == "imposed" and re.fullmatch(r"receiv\w*|gets?|got", clause[cues[-1][0]:cues[-1][1]], re.I) \
            and _PREDICTED.search(clause[:cues[-1][0]]) and not (_PLEA_DEAL.search(clause) or _UNDER_DEAL_AFTER.match(after)):
        # "Legal experts said Roe was likely to receive at least 20 years", "is expected to get about 10 years": a guess
        # at the sentence to come, not the court's ("is expected to receive four years under the plea deal" is the deal's)
        return "other", None
    chosen = cues[-1]
    requests = [c for c in cues if c[2] in ("recommended", "sought", "maximum")]
    if requests and chosen[2] == "imposed":
        decided = [c for c in cues if c[0] > requests[-1][0] and _decided(clause, c[0], c[1])]
        chosen = decided[-1] if decided else requests[-1]
    asks = [c for c in cues if c[2] in ("recommended", "sought") and c[0] < chosen[0]]
    if chosen[2] == "maximum" and clause[chosen[0]:chosen[1]].lower() == "maximum" and asks \
            and re.fullmatch(r"\s*(?:for\s+)?(?:the|that|this)\s+|[^,;]{0,60}?\b(?:for|to\s+(?:impose|give|order|hand\s+down|mete\s+out|issue))\s+(?:the|that|this)\s+",
                             clause[asks[-1][1]:chosen[0]]):
        # ("urged the judge to hand down the maximum 20 years"; "asked her to impose that maximum: 30 years", the cap the
        # story told before)
        chosen = asks[-1]  # "asked for the maximum, 33 years to life", "asking a judge to give the maximum sentence": the side's request, which the law caps
    given = [c for c in cues if c[2] == "imposed" and c[0] < chosen[0]]
    if chosen[2] == "maximum" and clause[chosen[0]:chosen[1]].lower() == "maximum" and given \
            and _GAVE_THE_MAXIMUM.fullmatch(clause[given[-1][0]:chosen[0]]):
        chosen = given[-1]  # "the judge gave him the maximum, 20 years in prison": the court's act, at the law's cap
    status = chosen[2]
    cue_word = clause[chosen[0]:chosen[1]].lower()
    if re.search(r"(ation|al|request)s?$", cue_word):
        # A noun ("Thompson's recommendation of ..."): only its possessor proposed it.
        by = _possessor(ctx, clause[:chosen[0]])
    elif cue_word.startswith(("should", "deserv")):
        # "Ortelli said Park should receive ...", "argued Park deserved": the proposer is who said it, not who receives it.
        said = list(re.finditer(r"\b(?:said|says|say|argued|argue|wrote|told)\b", clause[:chosen[0]]))
        by = _actor(ctx, clause[:said[-1].start()], last=True) if said else None
    else:
        by = _actor(ctx, clause[:chosen[0]], last=True)
    if cue_word.startswith("agree") or (cue_word.startswith(("call", "stipulat")) and re.search(r"\b(?:deal|agreement|plea)\b", clause)):
        by = "plea agreement"  # "agreed to forfeit", "a deal that calls for": terms the judge has yet to accept
    if status in ("recommended", "sought") and _JOINT.search(clause[:chosen[0]]):
        by = "prosecutors and defense"  # "prosecutors and the defense agreed to ask for": both sides ask, not the last named
    if status == "recommended" and by is None and cue_word.startswith(("should", "spend")):
        # "should spend 12 years in prison, prosecutors argued": the speaker follows the term
        said = re.match(rf"[^.;]*?,\s+(?P<who>[^,.;]{{1,60}}?)\s+(?:argued|said|say|says|wrote|told)\b", after)
        by = _actor(ctx, said.group("who"), last=True) if said else None
    if status in ("recommended", "sought") and by is None and breaks and re.match(r"\s*(?:it|they)\s+(?:\w+\s+){0,2}$", clause[:chosen[0]], re.I):
        # "The probation office, which advises the judge, has landed in between: it recommends 15 years": the pronoun
        # is the subject the sentence opened with
        by = _actor(ctx, before[:breaks[-1].start()], last=False)
    if status == "recommended" and by and ctx.judge and by == ctx.judge:
        status = "imposed"  # a judge's "recommendation" (courts-martial) is the sentence itself
    if status == "imposed" and by != ctx.judge and not (by and "judge" in by.lower()):
        by = ctx.judge  # the defendant is the subject of "was sentenced to"; the judge imposes
    if status == "imposed" and re.match(r"(?:re-?)?sentenc|jailed|imprisoned", cue_word) \
            and re.search(r"\b(?:can|could|may|might)\s+(?:(?:also|still|potentially)\s+)?be\s+$", clause[:chosen[0]], re.I):
        return "maximum", None  # "could be sentenced to 20 years": the exposure the law allows, as "faces" tells it
    if status == "imposed" and re.search(r"\b(?:can|could|may|might|would)\s+(?:(?:also|still|not|have|only)\s+)*"
                                         # "the judge can find him guilty and sentence him to ...": one modal, two verbs
                                         r"(?:\w+\s+(?:\w+\s+){0,3}?(?:and|or)\s+)?$", clause[:chosen[0]], re.I):
        if re.search(r"\b(?:from|between)\b[^;]*\b(?:to|and)\s+$", clause[chosen[1]:], re.I) or re.match(r"(?:from|between)\s", phrase):
            return "maximum", None  # "can impose anything from probation to four years in prison": the law's range
        return "other", None  # "a judge can also impose probation": what the law allows, not what was done
    if re.search(r"\bwhether\b", clause[:chosen[0]], re.I):
        return "other", None  # "leaves open whether he will receive a discharge": undecided
    if status == "maximum" and cue_word.startswith("fac") and _ONCE_RELEASED.search(clause) and not re.match(r"(?:up to|a maximum|as (?:much|many|long) as)\b", phrase):
        return "imposed", ctx.judge  # "Once released, he faces three years of probation": the rest of the sentence given
    wish = _WISHED.search(clause, 0, chosen[0]) if status == "imposed" and _DECIDED.fullmatch(cue_word) else None
    if wish:
        return "sought", _actor(ctx, clause[:wish.start()], last=True)  # "would like to see him sentenced to 15 years"
    if status == "imposed" and (_PLEA_DEAL.search(clause) or _UNDER_DEAL_AFTER.match(after) and _EXPECTED.search(clause, 0, chosen[0])) \
            and (not _DECIDED.fullmatch(cue_word) or _FUTURE.search(clause, 0, chosen[0])):
        # "the plea agreement requires him to forfeit", "under the deal, she will be sentenced to no more than six years":
        # the judge has yet to accept it
        return "recommended", "plea agreement"
    if status == "imposed" and _BY_LAW.search(clause) and not _DECIDED.fullmatch(cue_word):
        return "other", None  # "Under state law, he must serve at least four years before parole": the law's reckoning
    return status, (None if status == "maximum" else by)  # a maximum is the law's, not a side's


# What a defendant is told he will serve: "told Reysol she would serve six years in prison" (the judge as the teller, see _status)
_TOLD_WOULD = lazy_compile(r"\btold\s+(?:him|her|them|(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)?)\s+(?:that\s+)?(?:he|she|they)\s+would\s+"
                         r"(?:(?:also|now|only|have\s+to)\s+)?(?:serve|spend|pay)\s+(?:(?:the\s+next|at\s+least)\s+)?$", re.I)
# ... and told it in the passive, the teller unsaid: "Dawson was told he would serve four years" (in a report of the
# hearing, the court; "was told by his lawyer he would ..." names another teller and is no match)
_TOLD_IN_PASSIVE = lazy_compile(r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+)?told\s+(?:that\s+)?(?:he|she|they)\s+(?:would|will)\s+"
                              r"(?:(?:also|now|only|have\s+to)\s+)?(?:serve|spend)\s+(?:(?:the\s+next|at\s+least)\s+)?$", re.I)
# A condition the told term hangs on: "was told he would serve four years if he breached the order" (a warning, no sentence)
_ON_CONDITION_AFTER = lazy_compile(r"[^.;]*?\b(?:if|unless|should)\b", re.I)
# British and Australian court reports open with the judge's act as a participle, the judge named after the comma:
# "Jailing Dawson for four years, Judge Ann Roe said ...", "Handing him a suspended sentence, the magistrate said ..."
# (capitalised: the sentence's first word, never "the judge's jailing of ...")
_PARTICIPIAL_LEAD = lazy_compile(r"\s*(?:(?:Jailing|Imprisoning|Sentencing|Handing|Giving|Ordering|Placing|Sending|Locking\s+up)\s+"
                               r"(?P<who>him|her|them|[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})\b|Imposing\b)[^,;:]*$")
# ... whose clause closes with the comma before the judge's own verb, at most a time or place between: "..., Judge Ann Roe
# said" (not "Jailing him for four years would send the wrong message, his barrister said": the participle a subject)
_LEAD_CLOSES = lazy_compile(r"(?:\s+(?:on|at|in|last|this|yesterday|today|earlier|for|after|over)\b[^,;:.]{0,50})?,\s+")
# Custody told as where he will be ("will be behind bars for four years", "could be locked up for six years"): the modal
# before it says whether the court put him there, the law allows it, or it is a road not taken ("would be ... had he ...")
_HELD_PHRASE = lazy_compile(r"(?:behind\s+bars|in\s+(?:prison|jail)|locked\s+(?:up|away))\b", re.I)
_HELD_MODAL = lazy_compile(r"\b(?P<modal>will|['\u2019]ll|must|is\s+to|could|can|may|might|would)\s+(?:(?:now|also|then|still|potentially)\s+)?"
                         r"(?:have\s+to\s+)?(?:be|remain|stay)\s+$", re.I)
_HELD_STATUS: dict[str, TermStatus] = {"could": "maximum", "can": "maximum", "may": "maximum", "might": "maximum", "would": "other"}
# A sentence told as the subject of another verb, its receiver after it: "The four-year sentence handed to Dawson on
# Friday was criticised", "the term imposed on him" (the court's act, whatever is then said of it)
_HANDED_TO_AFTER = lazy_compile(r"\s+(?:(?:handed|meted)\s+(?:down\s+|out\s+)?to|given\s+to|imposed\s+(?:on|upon)|passed\s+(?:on|upon))\s+"
                              r"(?P<who>him|her|them|(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+){0,2})\b", re.I)
# ... or before the length it names: "The sentence passed on Dawson was four years"
_HANDED_TO_BEFORE = lazy_compile(r"\b(?:sentence|term)\s+(?:passed\s+(?:on|upon)|handed\s+(?:down\s+)?to|given\s+to|imposed\s+(?:on|upon))\s+"
                               r"(?P<who>him|her|them|(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+){0,2})\s+(?:on\s+\w+\s+)?(?:was|is)\s+$", re.I)


def _lead_object(ctx: _Context, who: str) -> Optional[str]:
    """The person a participial lead names ("Jailing Tom Reyes for four years, ..."), when that is not the defendant.
    Read from the participle's object itself: a name list may hold the participle as a first name ("Handing Dawson")."""
    if _is_defendant(ctx, who):
        return None
    name = _full_name(ctx, who)
    return None if _is_defendant(ctx, name) else name


def _handed_to_other(ctx: _Context, before: str, after: str) -> Optional[str]:
    """The person a sentence told as handed to someone ("the four-year sentence handed to Tom Reyes") was given to, when
    that is not the defendant."""
    m = _HANDED_TO_AFTER.match(after) or _HANDED_TO_BEFORE.search(before)
    if m is None or m.group("who").lower() in ("him", "her", "them"):
        return None
    words = m.group("who").split()
    if words[0] in _NOT_FIRST_NAMES or words[0] in TITLES or words[0] in MONTHS_AND_DAYS:
        return None
    name = _full_name(ctx, m.group("who"))
    return None if _is_defendant(ctx, name) else name


# A verbless, headline-style sentence that opens with the term and names who gets it: "Seven years in prison for a former
# guard who took bribes", "Life in prison for Dana Pikering.", "Probation, not prison, for the driver who ..."
_HEADLINE_LEAD = lazy_compile(r"\s*(?:(?:an?\s+)?[^.;:,]{0,40}?\b(?:years?|months?|days?|prison|jail|arrest|probation|life|fine)\b[^.;:]{0,20}?"
                            r"(?:,\s*|\s+)(?:and|then|plus)\s+)?(?:an?\s+)?$", re.I)
_HEADLINE_FOR = lazy_compile(r"(?:,\s+not\s+(?:prison|jail)\s*,)?(?:,?\s+(?:and|then|plus|followed\s+by)\s+[^.;:]{1,80}?)?,?\s+for\s+"
                           r"(?:(?-i:[A-Z][\w'\u2019-]+(?:\s+[A-Z]\.)?\s+[A-Z][\w'\u2019-]+)(?:\s*[.,]|\s*$)"
                           r"|(?:an?|the)\s+[^.;:]{1,80}?\s+who\b"
                           r"|(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:man|woman|teen(?:ager)?|boy|girl|driver|officer|guard|mother|father)\s*[.,])", re.I)
# A cap told inside the term's noun phrase: "a prison sentence of up to 10 years", "a term of as many as 12 years"
# The advisory rules as the subject of the clause that names the term, no side or court acting after them
_GUIDELINES_SAY = lazy_compile(r"\b(?:guidelines?|sentencing\s+grid|presumptive\s+(?:range|sentence))(?:\s+(?:range|sentence|calculation|grid))?"
                             # "guidelines that called for five to six years": the rules' own relative clause
                             r"(?:\s+(?:for|on|in)\s+[^,;]{1,40}?)?\s+(?:(?:that|which)\s+)?(?:(?:was|were|is|are|had\s+been|has\s+been)\s+)?"
                             r"(?:call\w*|recommend\w*|suggest\w*|set\w*|put\w*|calculated|range[sd]?|was|were|is|are|of|at|between|from|carr\w*"
                             # "the range under the guidelines falls to 151 to 188 months": a recalculated range moving
                             r"|falls?|fell|drop(?:s|ped)?|rises?|rose|climb(?:s|ed)?)\b"
                             r"(?![^;:]*\b(?:prosecut\w*|defen[cs]e|lawyers?|attorneys?|asked|sought|request\w*|urged|sentenced|imposed|gave|ordered)\b)"
                             r"[^;:]{0,80}$", re.I)
# "recommend a sentence at the low end of the guidelines, 57 to 71 months": the ask is the range's floor
_LOW_END = lazy_compile(r"\b(?:low(?:er)?|bottom)\s+end\b|\bbottom\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:guidelines?|range)\b", re.I)
# The name a range is told under, just before it: "a standard range of", "the presumptive range of"
_RANGE_NAMED = lazy_compile(r"\b(?:a|the)\s+(?:(?:standard|presumptive|guidelines?|sentencing|advisory)\s+){0,2}range\s+of\s+$", re.I)
_RANGE_FLOOR = lazy_compile(r"(?:between\s+|from\s+)?(?P<low>[\w.,]+)(?:\s+(?:years?|months?))?\s+(?:to|and)\s+", re.I)
# The parole a least time served precedes: "... before parole", "before being considered for parole"
_BEFORE_PAROLE = lazy_compile(r"\s+before\s+(?:(?:being|becoming|he|she|they|is|are|can|could|may|will|be)\s+){0,3}(?:eligible\s+for\s+|considered\s+for\s+)?parole\b", re.I)
# The part of a term the court suspended, told before the whole: "suspended the last three years of a nine-year term"
_SUSPENDED_PART_OF = lazy_compile(r"\bsuspended\s+(?:the\s+(?:final|last|first|remaining|other)\s+|all\s+but\s+)?[\w.-]+\s+(?:years?|months?|weeks?|days?)"
                                  r"\s+of\s+(?:(?:the|an?|his|her|their)\s+)?$", re.I)
# The law's life term told right after its verb ("carries life imprisonment", "punishable by a life sentence")
_LIFE_CARRIED = lazy_compile(r"\b(?:carr(?:y|ies|ying)|punishable\s+by)\s+$", re.I)
_LIFE_TERM = lazy_compile(r"(?:an?\s+)?(?:life\b|imprisonment\s+for\s+life\b)", re.I)
_LAW_CAPS = lazy_compile(r"\b(?:carr(?:y|ies|ied|ying)|punishable|(?:could|can|may|might)\s+(?:still\s+)?(?:impose|give|face|get|receive|order))\b", re.I)
_CAP_INSIDE = lazy_compile(r"(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}?(?:sentences?|terms?|penalty|punishment)\s+of\s+(?:up\s+to|as\s+(?:much|many|long)\s+as)\b", re.I)
# See _status: a term's place in the guidelines' range told between commas after it (", the top of a guideline range of
# 70 to 90 months,", ", the low end of the advisory range,")
_RANGE_ASIDE = lazy_compile(r",\s+(?:at\s+)?the\s+(?:very\s+)?(?:top|bottom|high|low|upper|lower|middle)(?:\s+end)?\s+of\s+(?:the|a|an|its|his|her)\s+"
                            r"(?:[\w-]+\s+){0,4}?range(?:\s+of\s+[^,;:]{1,40}?)?(?=,)")
_DASHED_ASIDE = lazy_compile(r"\s*(?:\u2014|\s\u2013\s|\s--\s)[^\u2014\u2013;:]{1,120}?(?:\u2014|\s\u2013\s|\s--\s)\s*(?=\S)")
# A side in a reduced relative clause after the term: "the eight years (that) prosecutors had sought"
_SIDE_AFTER = lazy_compile(r"\s+(?:that\s+|which\s+)?(?P<who>(?:(?:the|his|her|their|[A-Z][\w'\u2019-]*['\u2019]s?|federal|state|county)\s+){0,2}"
                         r"(?:prosecutors|prosecution|government|state|defen[cs]e(?:\s+(?:lawyers?|attorneys?|team))?|lawyers?|attorneys?|counsel))\s+"
                         r"(?:had\s+|have\s+|has\s+)?(?:(?:also|originally|initially)\s+)?"
                         r"(?P<cue>sought|requested|recommended|wanted|asked\s+for|proposed|urged|pushed\s+for)\b")
# Anyone who asked, told in a relative clause that closes on the asking verb: "the three and a half years that Crown
# prosecutor Ann Roe had asked for", "the three years' imprisonment the Crown wanted", "the 10 years he had hoped for"
# (the verb ends the clause: "the four years the Crown sought to prove" asks nothing)
_ASKER_AFTER = lazy_compile(r"\s+(?:that\s+|which\s+)?(?P<who>(?:the\s+)?(?!(?:was|were|is|are|had|has|have|will|would|could|to|in|of|on|for|at|and|or|but|with)\b)"
                            r"(?:[A-Z][\w'\u2019.-]*|Crown|prosecutors?|prosecution|defen[cs]e|lawyers?|attorneys?|counsel|he|she|they|probation|service|officers?|department)"
                            r"(?:\s+(?!(?:was|were|is|are|had|has|have|will|would|could|to|in|of|on|for|at|and|or|but|with)\b)[\w'\u2019.-]+){0,4}?)\s+"
                            r"(?:had\s+|have\s+|has\s+)?(?:(?:also|originally|initially|earlier|previously|first)\s+)?"
                            r"(?P<cue>sought|requested|recommended|wanted|asked\s+for|proposed|urged|pushed\s+for|called\s+for|hoped\s+for|suggested)\b"
                            r"(?=\s*(?:[,.;:)\u2014\u2013]|$)|\s+(?:in|at|during|before|after|on|last|earlier|at)\b)")
# A yardstick the sentence is set against: "falls well short of the", "far less than the", "instead of the", "well
# below the" (what follows is another figure, an ask)
_SHORT_OF = lazy_compile(r"\b(?:short\s+of|less\s+than|more\s+than|fewer\s+than|lower\s+than|higher\s+than|longer\s+than|shorter\s+than"
                         r"|instead\s+of|rather\s+than|in\s+place\s+of|below|above|beyond|under|over|compared\s+(?:with|to))\s+(?:the|a)\s+$", re.I)
# The same side for an earlier item of the list it closes: "the one year of home confinement and 500 hours of community
# service his attorneys had requested" (a relative word or a conjunction of clauses ends the list first)
_LIST_SIDE_AFTER = lazy_compile(r",?\s+(?:and|plus|as\s+well\s+as)\s+(?:(?!(?:that|which|who|whom|than|but|while|because|when|after|before|if|as)\b)"
                              r"[\w$.,'\u2019-]+\s+){1,8}?" + _SIDE_AFTER.pattern[len(r"\s+"):]
                              # the request closes the list ("Prosecutors sought 22 years, and his lawyers asked for 17": a
                              # clause of its own, with its own object)
                              + r"(?=\s*(?:[,.;:)\u2014\u2013]|$)|\s+(?:and|but|or|while|in|at|during|before|after)\b)")
# Both sides as the subject of one request: "Prosecutors and the defense agreed to ask for", "both sides jointly recommended",
# "the defense and the government will recommend"
_SIDE = r"(?:(?:the|federal|state)\s+)?(?:prosecutors|prosecution|government|state|defen[cs]e|(?:[A-Z][\w-]*['\u2019]s?\s+)?(?:lawyers|attorneys))"
_JOINT = lazy_compile(rf"\b(?:both\s+sides|the\s+two\s+sides|the\s+parties|{_SIDE}(?:\s+(?:lawyers|attorneys|team))?\s+and\s+{_SIDE}(?:\s+(?:lawyers|attorneys|team))?)"
                    r"\s+(?:(?:have|had|has|will|would|also|jointly|both|each|agreed|agree|agrees|to|are|were|plan|planned|plans)\s+){0,4}$", re.I)
_ENOUGH_AFTER = lazy_compile(r"\s+(?:was|is|would\s+be|will\s+be)\s+(?:\w+\s+)?(?:enough|sufficient|adequate|appropriate|fair|reasonable|just|proportionate)\b", re.I)
# "told the judge that probation would be a just sentence", "wrote that": a side's view told to the court
_SAYS_BEFORE = lazy_compile(r"\b(?:argu(?:ed|es|e)|says?|said|contend(?:s|ed)?|believe[sd]?|wrote|insist(?:s|ed)|maintain(?:s|ed)|counter(?:s|ed)"
                          r"|told\s+(?:the\s+)?(?:judge|court|jury|panel|[A-Z][\w'\u2019-]+))\s+(?:that\s+)?$", re.I)
_THAN = lazy_compile(r"\bthan\s+(?:the\s+)?$")
_SAID = lazy_compile(r"\b(?:said|says|told|wrote)\b")
_ASKS_BEFORE_COLON = lazy_compile(r"\b(?:ask(?:s|ed|ing)?|s(?:ought|eeks?|eeking)|want(?:s|ed)?|request(?:s|ed|ing)?|recommend(?:s|ed|ing)?"
                                # (an initial's point ends nothing: "asked U.S. District Judge Ann Roe to impose that maximum:")
                                r"|urg(?:e|es|ed|ing)|propos(?:e|es|ed|ing)|push(?:es|ed|ing)\s+for)\b(?:[^.;:]|(?<=\b[A-Z])\.){0,120}$", re.I)
# An appeal that leaves the rest of a sentence standing, then lists it: "kept the rest of his punishment:"
_UPHELD_BEFORE_COLON = lazy_compile(r"\b(?:upheld|upholds|affirmed|affirms|kept|keeps|left|leaves|let|reinstated)\s+(?:the\s+)?(?:rest|remainder"
                                  r"|balance|other\s+parts?)\s+of\s+(?:the|his|her|their)\s+(?:sentence|punishment|penalt(?:y|ies))"
                                  r"(?:\s+(?:intact|in\s+place|standing|stand|untouched))?\s*$", re.I)
# The sentence named as such before a colon that lists it: "learned his fate Tuesday:", "His sentence:"
# The full name alone that opens a tally line ("Ann Roe: 20 years, serve 8 in prison"), no side's or court's title
_TALLY_NAME = (r"^\W{0,2}\s*(?!(?:Prosecutors?|Judge|Justice|Defen[cs]e|State|The|Final|Total|Update|Background|Sentence|Sentencing)\b)"
               r"(?P<tallied>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2})\s*")
_TALLY_LEAD = lazy_compile(_TALLY_NAME + r":\s*$")
# ... or with the sentence as its label: "Oakes' sentence: 12 years, four to serve"
_WHOSE_SENTENCE_LEAD = lazy_compile(r"^\W{0,2}\s*(?P<tallied>(?:[A-Z][\w'\u2019-]+\s+){0,2}[A-Z][\w-]+)['\u2019]s?\s+(?:sentence|punishment)\s*:\s*$")
_FATE_BEFORE_COLON = lazy_compile(r"\b(?:learn(?:ed|s)|heard|hears|received|got|gets)\s+(?:his|her|their)\s+(?:fate|sentence|punishment)\b[^:;]{0,30}$"
                                # "found out what the crash will cost him: ...", "learned how long she will spend behind
                                # bars: ...": the answer after the colon is the sentence (told in the past, once given)
                                r"|\b(?:learned|found\s+out|discovered|heard)\s+(?:\w+\s+)?(?:what|how\s+(?:long|much|many))\b[^:;]{0,60}$"
                                r"|^\s*(?:(?:[A-Z][\w'\u2019-]+['\u2019]s?|His|Her|Their|The)\s+)(?:sentence|punishment|penalty)\s*$"
                                # "hands down Roe's sentence: 20 years" (a live page's present tense)
                                r"|\b(?:hand(?:s|ed)\s+down|announc(?:es|ed)|impos(?:es|ed)|deliver(?:s|ed)|reads|read\s+out)\s+(?:the|his|her|their|[A-Z][\w'\u2019-]+['\u2019]s?)\s+(?:sentence|punishment)\s*$"
                                # a tally line that opens with the name whose terms it lists: "Ann Roe: 20 years, ..."
                                rf"|{_TALLY_NAME}$"
                                # "Among the conditions of her probation: 150 hours of community service": the sentence's conditions
                                # "One condition: no contact with the victims. Another: ...": conditions told one per sentence
                                r"|^\s*(?:One|Another|A\s+(?:further|second|third|final)|The\s+(?:first|second|third|last|final|main))(?:\s+(?:condition|requirement))?\s*$"
                                r"|^\s*Among\s+(?:the|his|her|their)\s+conditions(?:\s+of\s+(?:the|his|her|their)\s+(?:[\w-]+\s+)?(?:probation|release|sentence|supervision|parole))?\s*$")
_LEARNED_WHAT = lazy_compile(r"\b(?:learned|found\s+out|discovered|heard)\s+(?:\w+\s+)?(?:what|how)\b")
# The court setting out what it gave before a colon that lists it: "laid out the sentence:", "attached several
# conditions:", "received the following:", "The rest of the sentence stands:", "left ... the original judgment in place:"
# A regulator that fines an organisation, its subject before the fine: "The state Department of Public Health cited the
# home and fined it $20,000", "the Securities and Exchange Commission fined the firm" (the court fines no one there)
_REGULATOR = lazy_compile(r"\b(?-i:Department|Board|Commission|Agency|Administration|Authority|Bureau|Division|Regulator|Inspectorate|Ombudsman)\b[^.;]{0,120}$")
_ORGANISATION_FINED = lazy_compile(r"(?:fined|penali[sz]ed)\s+(?:it|the\s+(?:[\w-]+\s+){0,2}?(?:facility|company|firm|home|business|operator|hospital|center|centre"
                                   r"|agency|bank|owner|chain|employer|nursing\s+home|school|clinic|restaurant|casino|hotel|store|shop|plant|factory|contractor"
                                   r"|utility|airline|carrier|pharmacy|dealership|corporation|organi[sz]ation|charity|nonprofit|district|landfill|mine|farm|club))\b", re.I)
# What a suspended or deferred term waits on, told as its failure: "which would be imposed if he does not complete the
# program", "unless she fails to finish treatment" (the course is the condition of the term, not one ordered of its own)
_UNLESS_DONE = lazy_compile(r"\b(?:if|unless|should|in\s+case)\s+(?:he|she|they|(?-i:[A-Z])[\w'\u2019-]+)\s+(?:(?:does|do|did)\s*(?:not|n['\u2019]t)|fails?\s+to|(?:is|are)\s+unable\s+to"
                            r"|(?:can|could)\s*(?:not|n['\u2019]t))\s+(?:(?:successfully|fully)\s+)?$", re.I)
# The court's act of giving the cap itself: "handed down the maximum sentence", "gave him the maximum allowed by law"
_GAVE_CAP_BEFORE_COLON = lazy_compile(r"\b(?:handed\s+down|imposed|gave|handed|meted\s+out|issued)\s+(?:(?:him|her|them|(?-i:[A-Z])[\w'\u2019-]+)\s+)?"
                                 r"the\s+(?:(?:statutory|full|legal)\s+)?maximum(?:\s+(?:prison\s+)?(?:sentence|term|penalty|punishment))?"
                                 r"(?:\s+(?:allowed|possible|available|permitted)(?:\s+(?:by|under)\s+(?:the\s+|state\s+|federal\s+)?law)?)?\s*$", re.I)
_IMPOSED_BEFORE_COLON = lazy_compile(
    r"\b(?:laid\s+out|set\s+out|spelled\s+out|attached|imposed|added|handed\s+down|received|got|gave|ordered|breaks?\s+down"
    r"|includ(?:ed|es|ing)|consist(?:ed|s)\s+of)\b[^:;]{0,60}$"
    r"|\b(?:judgment|sentence|punishment|terms?|conditions?|rest|remainder|balance)\b[^:;]{0,50}\b(?:in\s+place|intact|stands?"
    r"|standing|unchanged|untouched|in\s+force|remains?)\s*$", re.I)
# A sentence someone other than the trial judge changed, and what it now is: "commuted his sentence to 30 years", "the
# parole board cut her term to 15 years", "Lee's sentence was reduced to 12 years by an appeals court"
_CHANGED = (rf"(?:\b{_CUT_VERB}\s+(?P<own>his|her|their|(?-i:[A-Z])[\w'\u2019-]+['\u2019]s?)\s+(?:(?:life|death|original|\w+-year)\s+)?{_CUT_NOUN}"
            rf"|\b(?P<own2>his|her|their|(?-i:[A-Z])[\w'\u2019-]+['\u2019]s?)\s+(?:(?:life|death|original|\w+-year)\s+)?{_CUT_NOUN}\s+"
            rf"(?:was|were|has\s+been|had\s+been|is)\s+(?:later\s+|since\s+|then\s+)?{_CUT_VERB})\s+to\s+")
_CHANGED_TO = lazy_compile(_CHANGED + "$", re.I)
# A resentencing that puts a new term in the old one's place: "replaced it with a term of 30 to 60 years"
_REPLACED_WITH = lazy_compile(r"\breplac(?:ed|es)\s+(?:it|that|(?:the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:sentence|term))"
                            r"\s+(?P<verb>with\s+)(?:an?\s+|the\s+)?", re.I)
_CHANGED_ANY = lazy_compile(_CHANGED, re.I)
# What the law demands, not what was given: "the brandishing count alone requires a consecutive sentence of at least seven years"
_BY_STATUTE = lazy_compile(r"\b(?:requir(?:es|ed|ing)|mandat(?:es|ed|ing)|carr(?:y|ies|ied|ying)|calls?\s+for|triggers?)\b", re.I)
# What an appeal struck down, listed: "vacated the rest of his sentence, including a $50,000 fine and ...": no term stands
_VACATED_PART = lazy_compile(r"\b(?:vacat\w+|threw\s+out|throws?\s+out|tossed|overturn\w*|struck\s+down|strikes?\s+down|set\s+aside"
                           r"|revers\w+|invalidat\w+)\s+(?:the\s+)?(?:rest|remainder|balance|parts?|portions?|other\s+parts?)\s+of\s+"
                           r"(?:the|his|her|their)\s+(?:original\s+)?(?:sentence|punishment|judgment|penalt\w+)\b[^.;:]*$", re.I)
_SOME_JUDGE = lazy_compile(r"an?\s+.*\bjudge")  # "a Marlow County judge": a court named, not the judge
# A verb that gives the sentence: a term it governs is the court's even when a side had asked for the same
_GIVEN = lazy_compile(r"\b(?:(?<!be )(?:re-?)?sentenced|ordered|imposed|gave|given|handed)\b", re.I)
# A clause of infinitives only ('"in its discretion" to impose ...') has no subject of its own: it goes on the request before it
_INFINITIVE_ONLY = lazy_compile(r"\s*(?:[\"\u201c][^\"\u201d]*[\"\u201d]\s+|(?:also|instead|then)\s+)?to\s+(?:impose|sentence|give|order)\b", re.I)
# "is expected to receive 10 years under the plea agreement": the deal named after the term governs it too
_UNDER_DEAL_AFTER = lazy_compile(r"[^.;]{0,40}?\b(?:under|as\s+part\s+of|according\s+to)\s+(?:the|a|his|her|their)\s+(?:plea\s+)?(?:deal|agreement|bargain)\b", re.I)
# What a deal binds the defendant to do: "would serve", "will complete", "must also pay", "is to forfeit"
# or a later verb of the same list ("will have no contact with the victims, forfeit $12,000 and pay $4,800 in restitution")
_DEAL_OBLIGES = lazy_compile(r"\b(?:would|will|must|shall|is\s+to|has\s+to)\s+(?:also\s+)?(?:[^.;]{0,120}?(?:,|\band)\s+)?(?:serve|spend|pay|get|receive"
                           r"|forfeit|complete|perform|repay|undergo|do|make)\b", re.I)
# The words that make "receive"/"get" a forecast: "was likely to", "is expected to", "would probably"
_PREDICTED = lazy_compile(r"\b(?:(?:is|was|are|were|be)\s+(?:(?:widely|also|still)\s+)?(?:likely|unlikely|expected|predicted|projected)\s+to"
                          r"|would\s+(?:likely|probably)|predict\w*\s+(?:that\s+)?(?:[\w'\u2019.-]+\s+){1,3}would)\s+$", re.I)
_EXPECTED = lazy_compile(r"\b(?:expected|likely|set|slated|poised)\s+to\b|\bwould\b", re.I)
_PLEA_DEAL = lazy_compile(r"\b(?:plea\s+(?:agreement|deal|bargain)|(?:the|under\s+the|his|her|their)\s+(?:deal|agreement))\b", re.I)


# The time after a prison term, when the supervision the court set begins
_ONCE_RELEASED = lazy_compile(r"\b(?:once|after|upon|when)\s+(?:(?:he|she|they)\s+(?:is|are|gets?)\s+)?(?:(?:his|her|their)\s+)?release[sd]?\b"
                            r"|\bafter\s+(?:(?:he|she|they)\s+(?:serves?|gets?\s+out)|(?:his|her|their)\s+(?:prison\s+)?(?:term|sentence))\b", re.I)
# A sentence still to come: "will be sentenced to", "is expected to be ordered to"
_FUTURE = lazy_compile(r"\b(?:will|would|shall|is\s+to|are\s+to|(?:is|are)\s+expected\s+to|(?:is|are)\s+likely\s+to)\s+(?:\w+\s+)?be\s+$", re.I)
# The law, not the judge, as the source of a requirement: "Under Ohio law, he must serve", "State law requires her to"
_BY_LAW = lazy_compile(r"\b(?:under|by)\s+(?:(?:the|[A-Z][\w.]*|state|federal|military)\s+){0,2}law\b|\b(?:state|federal|[A-Z][a-z]+)\s+law\s+(?:requires|required|mandates|mandated|calls\s+for|sets)\b",
                     re.I)


def _last_side(clause: str, cues: list[tuple[int, int, TermStatus]]) -> TermStatus:
    """The status of the clause's governing cue, where a request governs the infinitive after it ("asked the judge to
    impose the maximum sentence of 20 years" asks; it imposes nothing) unless a decision follows the request."""
    requests = [c for c in cues if c[2] in ("recommended", "sought")]
    last = cues[-1]
    if last[2] != "imposed" or not requests:
        return last[2]
    ask = requests[-1]
    # a verb that asks ("a request to sentence him" names an ask the story may refuse), its infinitive right after it,
    # and nothing after the infinitive that turns to what would follow ("which would have exposed him to ...")
    if re.search(r"(?:ation|al|request)s?$", clause[ask[0]:ask[1]], re.I) \
            or not re.fullmatch(r"[^,;]{0,60}?\bto\s+", clause[ask[1]:last[0]]) \
            or re.search(r"\b(?:which|that|would|could|might)\b", clause[last[1]:], re.I):
        return last[2]
    return ask[2]


def _decided(clause: str, start: int, end: int) -> bool:
    """Is the cue at clause[start:end] a decision, read with the words before it ("be sentenced" is not)?"""
    m = _DECIDED.match(clause, start)
    return bool(m and m.end() == end) and not _WISHED.search(clause, 0, start)


# A participle after a wish and its object asks, it does not decide: "want the couple ordered to pay", "would like to see
# him sentenced to", "hope to have her ordered to"
_WISHED = lazy_compile(r"\b(?:wants?|wanted|wanting|like\s+to\s+see|hop\w*\s+to\s+see|to\s+(?:have|get|see))\s+"
                     r"(?:(?!(?:and|but|then|after|before|when|judge|court)\b)[\w'\u2019.-]+\s+){1,4}$", re.I)


def _actor(ctx: _Context, words: str, last: bool) -> Optional[str]:
    """The party or group named in `words`: the nearest to the cue (last) or the first. The one told or asked ("told the
    judge the state would seek", "asked Judge Lee for") is addressed, never the proposer, and the people of a relative
    clause ("Lee's lawyer, who once worked in the probation office, asked for") describe someone else."""
    words = _RELATIVE_ASIDE.sub(lambda r: " " * len(r.group()), words)  # blanked, so offsets stay those of `words`
    addressed = [(m.start(), m.end()) for m in _ADDRESSED.finditer(words)]
    found: list[tuple[int, str]] = []
    for m in _GROUP.finditer(words):
        if any(a <= m.start() <= b for a, b in addressed):
            continue
        found.append((m.end(), _group_name(ctx, m, words)))
    for party in ctx.parties:
        for form in _forms(party):
            if form not in words:
                continue  # most names are absent: skip compiling and running a pattern for each
            for m in re.finditer(rf"\b{re.escape(form)}\b(?!['\u2019]s\s+(?:(?:public\s+)?defenders?|lawyers?|attorneys?|team))", words):
                if _REPORTED_SUBJECT.search(words, 0, m.start()):
                    continue  # "his lawyer argued that Reyes was in debt, and asked for": the one argued about, not the asker
                if not any(a <= m.start() <= b for a, b in addressed):
                    found.append((m.end(), party.name))
    if not found:
        bare = list(re.finditer(rf"(?:^|[,.]\s+|\b(?:and|then|Instead,?)\s+)(?P<name>{_NAME})\s+(?:(?:is|are|was|were|has|had|have|would|will|also|then|again)\s+)*$", words))
        if bare and bare[-1].group("name").split()[0] not in ("The", "A", "An", "But", "And", "Instead", "They", "He", "She", "It", "We", "I"):
            return _full_name(ctx, bare[-1].group("name"))
        return None
    # A surname the defendant shares with a relative in the story ("Crane would ask ..." where Crane's wife is named too)
    # is the defendant's: of the people named at one place, the case's defendant is the one meant
    at_defendant = {end for end, name in found if name == ctx.defendant_name}
    found = sorted((f for f in found if f[0] not in at_defendant or f[1] == ctx.defendant_name), key=lambda f: f[0])
    return found[-1][1] if last else found[0][1]


# Whom a speaker addresses: "told the judge", "asked Superior Court Judge Ann Lee", "said to the court", "argued before Judge
# Lee" (the span runs to where the addressee's name may start)
_ADDRESSED = lazy_compile(r"\b(?:told|tells|telling|asked|asks|asking|urged|urges|urging|reminded|assured|informed|warned|implored|begged|pressed"
                        # "in a letter to the judge": the one written to
                        r"|(?:letters?|notes?|messages?|emails?|pleas?|appeals?|statements?|remarks?)\s+to"
                        r"|(?:said|says|wrote|writes|speaking|spoke|argued|argues)\s+(?:to|before)|before)\s+"
                        r"(?:the\s+)?(?:(?:U\.S\.|Chief|Senior|Magistrate|District|Circuit|Superior|Supreme|County|State|Federal|Presiding"
                        r"|Common\s+Pleas|Court|Judge|Justice|(?-i:[A-Z])[a-z]+\s+County|military|trial|federal|presiding)\s+)*"
                        r"(?:[A-Z][\w'\u2019-]*(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'\u2019-]+){0,2})?")
# An aside naming someone other than the one who acts: a relative clause, or the client of counsel in British and
# Commonwealth copy ("Rachel Roe, for Pritchard, asked for a community order" is Roe's ask, not Pritchard's)
_RELATIVE_ASIDE = lazy_compile(r",\s+(?:who|whom|which|for|representing|defending|prosecuting|acting\s+for|on\s+behalf\s+of)\b[^,;]*,")
# A name opening a reported clause: "argued that Reyes was ...", "said Lee had ..."
_REPORTED_SUBJECT = lazy_compile(r"\b(?:argu(?:ed|es)|contend(?:ed|s)|wrote|insist(?:ed|s)|maintain(?:ed|s))\s+that\s+$")


def _group_name(ctx: _Context, m: re.Match[str], words: str) -> str:
    group = re.sub(r"\s+", " ", m.group("group"))
    owner = m.group("owner")
    if owner and not m.group("poss") and owner.lower() in ("defense", "defence", "assistant", "deputy", "chief", "senior", "federal", "state"):
        owner = None  # "Defense attorney Lionel Sabo": a title before the name, not an owner
    named = re.match(rf"\s+(?P<name>{_NAME})", words[m.end():])
    if named and not owner and group.split()[-1].lower() in ("attorney", "judge", "da", "lawyer", "prosecutor", "defender"):
        return _full_name(ctx, named.group("name"))  # "DA Ken Thompson", "Judge Chun", "Prosecutor Ida Marsh"
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
    if owner and m.group("poss") and owner[0].isupper() and owner.lower() not in ("the", "a", "an", "but", "and", "federal", "state"):
        return f"{owner}'s {group}"  # "Lee's lawyers"; "Queens prosecutors" names a place's office, kept as the side
    if lowered in ("government", "state", "commonwealth") or lowered.endswith("office") and "attorney" in lowered:
        return "prosecutors"  # "the government's memo asks for": in a criminal case the government is the prosecution
    if group == "Crown":
        return "the Crown"  # Canadian prosecutors
    return group.lower() if group[0].isupper() and group not in ("DA", "District Attorney") else group


def _possessor(ctx: _Context, words: str) -> Optional[str]:
    m = re.search(rf"(?P<name>{_NAME})['\u2019]s\s+(?:[\w-]+\s+){{0,2}}$", words)
    if m:
        return _full_name(ctx, m.group("name"))
    # "the prosecution's request", "the defense's recommendation": a side named by its common noun
    side = re.search(r"\b(?P<side>prosecution|prosecutors|government|defen[cs]e)(?:['\u2019]s|s?['\u2019])\s+(?:[\w-]+\s+){0,2}$", words, re.I)
    if side:
        return "defense" if side.group("side").lower().startswith("defen") else "prosecutors"
    return None


def _district_attorney(ctx: _Context) -> Optional[str]:
    for party in ctx.parties:
        if any(re.search(r"\b(district attorney|DA)\b", role, re.I) for role in party.roles):
            return party.name
    m = re.search(rf"\b(?:District\s+Attorney|DA)\s+(?P<name>{_NAME})", ctx.source.text)
    return _full_name(ctx, m.group("name")) if m else None


def _forms(party: Party) -> list[str]:
    if _PRONOUN_WORDS.intersection(party.name.split()):
        return []  # "Says She" from a title-case headline: no one's name, never a term's owner
    names = {party.name, *party.aliases}
    if party.kind == "person" and " " in party.name:
        names.add(party.name.split()[-1])
    return sorted((n for n in names if n), key=lambda w: (-len(w), w))


# A conjunction that opens a clause, left at a term's end when the clause itself was not read
_DANGLING = lazy_compile(r",?\s+(?:while|during|until|when|whenever|as|after|before|because|since|if|unless|once|and|or|but)\s*$", re.I)
# A person's name never holds a pronoun; a "party" that does is a headline's words taken for a name
_PRONOUN_WORDS = frozenset("He She They It We I You Him Her His Them Their Its Says Said".split())


def _full_name(ctx: _Context, name: str) -> str:
    name = re.sub(r"['\u2019]s$|\s+(?:KC|QC|SC)$", "", name.strip())  # "Ann Bell KC": a silk's letters are no part of the name
    words = name.split()
    while len(words) > 1 and words[0] in TITLES:
        words = words[1:]  # "Attorney Eric Rosen" -> "Eric Rosen"
    name = " ".join(words)
    for party in ctx.parties:
        if name == party.name or name in _forms(party):
            return party.name
    surname = name.split()[-1]
    longest = name
    for m in re.finditer(rf"\b(?:[A-Z][\w'\u2019-]+\s+)(?:[A-Z]\.\s+)?{re.escape(surname)}\b", ctx.source.text):
        candidate = re.sub(r"\s+[A-Z]\.\s+", " ", m.group())
        if len(candidate.split()) > len(longest.split()) and candidate.split()[0] not in TITLES:
            longest = candidate
    return longest




# The count a part of a sentence is for: "on the robbery count", "for second-degree murder"
_PART_FOR_COUNT = lazy_compile(r"\b(?:on\s+(?:the|a|an|one)\s+(?P<on>[\w\s'\u2019-]+?)\s+(?:count|charge|conviction)s?\b"
                               r"|for\s+(?P<for>[a-z][\w\s'\u2019-]+)$)")


def _other_counts(a: str, b: str) -> bool:
    """Whether two parts of one length are given for two different counts."""
    counts = [_PART_FOR_COUNT.search(t) for t in (a, b)]
    if not all(counts):
        return False
    words = [set((m.group("on") or m.group("for")).lower().split()) for m in counts]
    return not (words[0] <= words[1] or words[1] <= words[0])


# A floor named as the order it is: "minimum period of imprisonment", "minimum term", "non-parole period"
_FLOOR_NAMED = lazy_compile(r"\bminimum\s+(?:non-?parole\s+)?(?:period|term)\b|\bnon-?parole\s+period\b", re.I)


def _merge_terms(terms: list[Term], text: str) -> list[Term]:
    """One term per (kind, amount, status): repeats add citations; a bare mention joins a stated one (but a suspension,
    "all but 18 months suspended", stays beside the time to serve it leaves). Of a life term told
    twice, the court's wording is the one shown: a lede's "will spend the rest of his life in prison" gives way to "life
    in prison with the possibility of parole", which says whether he may ever leave. (A stated length keeps its first
    wording: "will spend 11 years in prison" says all that "11 years in the state prison" does.)"""
    merged: list[Term] = []
    terms = _years_told_in_months(terms, text)
    _parts_of_total(terms, text)
    for term in terms:
        if _rounded_restatement(term, terms, text) or _floor_restatement(term, terms):
            continue
        # "because the life term was mandatory": the definite article points back at a life term already told
        if _LIFE_BACK_REFERENCE.match(term.text) and any(t.unit == "life" for t in merged):
            continue
        same = next((t for t in merged if t.kind == term.kind and _same_length(t, term)
                     # without an amount, "probation" and "shock probation" are two things
                     and (t.amount is not None or t.kind not in ("forfeiture", *_CONDITIONS, *_BARE_KINDS.values())
                          or t.text.lower() == term.text.lower())
                     # (a count's part of the whole imposed is no restatement of a side's ask of the same length:
                     # "The defense asked for six years" and "six years on the vehicular homicide charge")
                     and (t.status == term.status or _one_ask_told_twice(t, term)
                          or term.status == "other" and not (t.status in ("recommended", "sought") and _for_a_count(term, text)))
                     # "18 months behind bars" in a lede and "all but 18 months suspended" in the body are two facts
                     # a reader needs: the time to serve and the suspension of the rest
                     and bool(_ALL_BUT.search(t.text)) == bool(_ALL_BUT.search(term.text))
                     # (life without parole and life with it are two terms, each said of its own count)
                     and not (t.unit == "life" and parole_differs(t.text, term.text))
                     # ("life in prison" in a lede, "two concurrent life sentences" in the body: how many life terms
                     # the counts drew is a fact of its own, told beside the one life sentence)
                     and not (t.unit == "life" and _life_count(t.text) != _life_count(term.text))
                     # ("one to three years in prison" for the top count, "one to three years on each of the forgery
                     # counts" for the others: a length given to each of several counts is their term, not the whole's)
                     and bool(_ON_EACH_COUNT.search(t.text)) == bool(_ON_EACH_COUNT.search(term.text))
                     # ("five years on the robbery count and five years on the burglary count": two counts' terms)
                     and not _other_counts(t.text, term.text)
                     # ("an extended custodial sentence" in a lede, "six years in custody" in the body: the sentence the
                     # law names is a fact of its own, beside the lengths that make it up)
                     and bool(LAW_NAMED_SENTENCE.search(t.text)) == bool(LAW_NAMED_SENTENCE.search(term.text))
                     and (term.by is None or t.by is None or t.by == term.by)
                     and not _another_cap(text, t, term)), None)
        if same is None:
            same = next((t for t in merged if _one_lifetime_ban(t, term)), None)
            if same is not None and not _LIFETIME_BAN.match(same.text):
                same.text = term.text  # the court's noun "lifetime ban" over a lede's "barred for life from ..."
                same.citations[:0] = term.citations
                continue
        if same is None:
            same = next((t for t in merged if _life_spent_and_to_life(text, t, term)), None)
        if same is None:
            merged.append(term)
            continue
        if (same.unit == "life" and _told_loosely(text, same) and not _told_loosely(text, term)) or (
                # "will spend a decade in prison" in a lede, "sentenced him to 10 years" later: a court counts in years
                _DECADE.search(same.text) and not _DECADE.search(term.text)) or (
                # "resentenced to 41 months" in a lede, "41 months in prison" later: the wording that names the kind
                # says what the number is on its own
                _bare_length(same) and not _bare_length(term) and _CUSTODY_NAMED.search(term.text)) or (
                # "jailed for six years" in a lede, "sentenced him to six years' imprisonment" later: the court's noun
                # for the custody is the sentence's own wording, the lede's verb a paraphrase of it
                term.status != "other" and _CUSTODY_VERB.match(same.text) and not _CUSTODY_VERB.match(term.text)
                and _CUSTODY_NOUN.search(term.text)) or (
                # "affirmed the life sentence ... as does his sentence of life in prison": the wording that names where
                # the life is spent says more than "life sentence" or a bare "life"
                same.unit == "life" and not _LIFE_PLACE.search(same.text) and not _PAROLE_SAID.search(same.text)
                and _LIFE_PLACE.search(term.text)) or (
                # "sentenced him to life in prison" in a lede, "life in prison without the possibility of parole" later:
                # the wording that says whether he may ever leave
                same.unit == "life" and not _PAROLE_SAID.search(same.text) and _PAROLE_SAID.search(term.text)
                and (_LIFE_PLACE.search(term.text) or not _LIFE_PLACE.search(same.text))) or (
                # "will spend 90 days in jail" in a lede, "90 days in the Pike County jail" in the body: the wording that
                # says all the first one does and names more (where, what kind) is the one shown
                term.status != "other" and _says_more(same.text, term.text)) or (
                # "will spend up to 23 months in jail" in a lede, "sentenced to 11½ to 23 months" in the body: the range
                # the court set says where the "up to" starts
                term.status != "other" and re.match(r"up\s+to\b", same.text, re.I) is not None
                and re.search(r"\bto\s+[\d½¼¾]", term.text) is not None and not re.match(r"up\s+to\b", term.text, re.I)) or (
                # "will spend 10 years in prison" in a lede, "sentenced him to 10 years flat time" later: the state's
                # word for time served day for day ("flat", "active") tells what the lede's "in prison" does not
                term.status != "other" and _SERVED_IN_FULL.search(term.text) and not _SERVED_IN_FULL.search(same.text)) or (
                # "asking for 12 years behind bars" in a lede, "to impose 12 years in prison" in the body: the figure of
                # speech gives way to the custody's own noun
                _BEHIND_BARS.search(same.text) and not _BEHIND_BARS.search(term.text) and _CUSTODY_NOUN.search(term.text)) or (
                # "18 years in prison" in a lede, "18 years in the Arizona Department of Corrections" in the body: the
                # wording that names whose custody the years are served in
                term.status == same.status and same.kind == term.kind and _CUSTODY_AGENCY.search(term.text) is not None
                and _CUSTODY_AGENCY.search(same.text) is None) or (
                # "will spend three years in prison" in a lede, "10 years, suspended to three years served" in the body:
                # the court's wording says the three years are what is left of a longer sentence
                term.status == same.status and _SUSPENDED_DOWN_TO.match(term.text) and not _SUSPENDED_DOWN_TO.match(same.text)) or (
                # "must serve at least 17 years before he can apply for parole" in a lede, "a minimum period of
                # imprisonment of 17 years" in the body: the order's own name over the lede's reckoning
                same.kind == term.kind == "minimum_term" and term.status != "other" and _FLOOR_NAMED.search(term.text) is not None
                and _FLOOR_NAMED.search(same.text) is None):
            if _one_ask_told_twice(same, term):
                same.status = term.status  # the wording shown is the ask's own, and so is its verb
            same.text, same.amount, same.unit = term.text, term.amount, term.unit
            same.citations[:0] = term.citations  # the first citation is the one the text is
        else:
            same.citations.extend(term.citations)
        same.by = same.by or term.by
    return [term for term in merged if not _joins_stated(term, merged)]


# A length's unit named in the term's own words ("five years"), which an elliptic ask ("asked for five") leaves out
_UNIT_SAID = lazy_compile(r"\b(?:years?|months?|weeks?|days?|decades?)\b", re.I)
# Which side a proposer is on, from its name or the article's role for the person: "the defense", "Lee's attorney",
# "her lawyers" ask for the defendant; "prosecutors", "Assistant U.S. Attorney", "the state's attorney" for the state
_DEFENSE_SIDE = lazy_compile(r"\bdefen[cs]e\b|\bpublic\s+defender|['\u2019]s?\s+(?:defen[cs]e\s+)?(?:attorneys?|lawyers?|counsel|solicitors?|barristers?)\b"
                             r"|^(?:his|her|their)\s+(?:attorneys?|lawyers?|counsel)\b", re.I)
_PROSECUTION_SIDE = lazy_compile(r"prosecut|\b(?:government|crown)\b|\b(?:district|state['\u2019]s|county|u\.s\.|commonwealth['\u2019]s)\s+attorney"
                                 r"|\battorney\s+general\b", re.I)


def _proposer_side(ctx: _Context, by: Optional[str]) -> Optional[str]:
    """"defense" or "prosecution" for a term's proposer ("Ann Roe" read through her role "Lee's attorney"), None if unsaid."""
    if not by:
        return None
    words = [by] + [role for party in ctx.parties if party.name == by for role in party.roles]
    if any(_PROSECUTION_SIDE.search(w) for w in words):
        return "prosecution"
    return "defense" if any(_DEFENSE_SIDE.search(w) for w in words) else None


def _asks_told_in_full(ctx: _Context, terms: list[Term]) -> list[Term]:
    """One side's ask told once elliptically and once with its unit ("Her attorney, Ann Roe, asked for five." and later
    "The defense wants five years."): one ask, shown in the words that name the unit; the elliptic one's citation joins
    it. The two namings of the side ("Ann Roe", "the defense") are matched through the person's role."""
    asks = ("recommended", "sought")
    elliptic = [t for t in terms if t.status in asks and t.amount is not None and t.kind in ("prison", "jail")
                and not _UNIT_SAID.search(t.text)]
    if not elliptic:
        return terms
    dropped: set[int] = set()
    for term in elliptic:
        side = _proposer_side(ctx, term.by)
        full = next((t for t in terms if t is not term and id(t) not in dropped and t.status in asks and t.kind == term.kind
                     and t.amount == term.amount and t.unit == term.unit and t.subject == term.subject
                     and _UNIT_SAID.search(t.text)
                     and (_one_side(t.by, term.by) if not side else _proposer_side(ctx, t.by) == side)), None)
        if full is not None:
            full.citations.extend(term.citations)
            dropped.add(id(term))
    return [t for t in terms if id(t) not in dropped]


def _one_ask_told_twice(first: Term, later: Term) -> bool:
    """One side's ask told once as a bare length and once with its kind: "well short of the nine years prosecutors had
    sought" in a lede, "prosecutors had asked for at least nine years in prison" in the body. The verbs differ ("sought",
    "asked for"), the ask is the same."""
    asks = ("recommended", "sought")
    return (first.status in asks and later.status in asks and first.status != later.status
            and first.by is not None and first.by == later.by and _bare_length(first) != _bare_length(later))


def _parts_of_total(terms: list[Term], text: str) -> None:
    """Lengths given count by count that add up to the whole term told beside them ("25 years in prison" and "imposed 15
    years on the arson count and 10 years on the gun count, to be served consecutively") explain the whole term: they
    are told as other terms, not as sentences of their own. Parts that do not add up to it (a concurrent "20 years on the
    fraud count" beside "30 years") stay as they are."""
    imposed = [t for t in terms if t.status == "imposed" and t.kind in ("prison", "jail") and t.amount and t.unit in ("years", "months")]
    if len(imposed) < 3:
        return
    months = {id(t): t.amount * (12 if t.unit == "years" else 1) for t in imposed}
    parts = [t for t in imposed if _for_a_count(t, text)]
    for whole in imposed:
        if whole in parts:
            continue
        own = [t for t in parts if t.subject == whole.subject and t.kind == whole.kind]
        if len(own) >= 2 and abs(sum(months[id(t)] for t in own) - months[id(whole)]) < 0.01:
            for part in own:
                part.status, part.by = "other", None


def _years_told_in_months(terms: list[Term], text: str) -> list[Term]:
    """A number of years in a lede ("eight years", "6½ years": a whole number of months) and the same length in months in
    the body, both naming the custody ("eight years in prison" beside "asked the judge for 96 months in prison"), told by
    one side, are one term: the months are the
    court's or the filing's own figure, so that wording is the one kept (its citation first, the lede's after it). Two
    lengths named for counts ("30 years on the drug count" beside "360 months on the gun count") stay two."""
    asks = ("recommended", "sought")
    dropped: set[int] = set()
    for years in terms:
        if years.kind not in ("prison", "jail") or years.unit != "years" or not years.amount or (years.amount * 12) % 1 \
                or not _CUSTODY_NOUN.search(years.text) or _for_a_count(years, text):
            continue
        months = next((t for t in terms if t.kind == years.kind and t.unit == "months" and t.amount == years.amount * 12
                       and not _for_a_count(t, text)
                       and id(t) not in dropped and t.subject == years.subject
                       and (t.status == years.status or t.status in asks and years.status in asks)
                       and _one_side(t.by, years.by)
                       and _CUSTODY_NOUN.search(t.text)), None)
        if months is None:
            continue
        months.citations.extend(years.citations)
        months.by = months.by or years.by
        dropped.add(id(years))
    return [t for t in terms if id(t) not in dropped]


def _one_side(a: Optional[str], b: Optional[str]) -> bool:
    """The same proposer or court, however named: "prosecutors" and "federal prosecutors", or one left unnamed."""
    if not a or not b:
        return True
    a, b = a.lower(), b.lower()
    return a == b or a.endswith(" " + b) or b.endswith(" " + a)


_COUNT_NAMED = lazy_compile(r"\b(?:counts?|charges?|each|convictions?)\b", re.I)
# ("36 months in prison on the manslaughter count": the words after the term name the count it is for)
_COUNT_AFTER = lazy_compile(r"\s+(?:on|for)\s+(?:the|each|one|a|his|her|their)\s+(?:[\w-]+\s+){0,4}?(?:counts?|charges?|convictions?)\b", re.I)


def _for_a_count(term: Term, text: str) -> bool:
    """A length told as one count's ("seven years on the bribery count", "84 months for each count"), not the whole term."""
    end = term.citations[0].end if term.citations else None
    return bool(_COUNT_NAMED.search(term.text)) or end is not None and _COUNT_AFTER.match(text, end) is not None




_TO_LIFE = lazy_compile(r"\bto\s+life\b", re.I)
# Several life terms told at once: "two concurrent life sentences", "three consecutive life terms", "four life terms"
_LIFE_COUNT = lazy_compile(r"\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}|multiple|several)\s+"
                           r"(?:(?:consecutive|concurrent|separate|mandatory)\s+){0,2}life\s+(?:(?:prison\s+)?(?:sentences|terms)|in\s+prison)\b", re.I)


# A length given to each of several counts: "on each of the forgery counts", "on each count", "two years each"
_ON_EACH_COUNT = lazy_compile(r"\beach\s+(?:of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?)?(?:counts?|charges?|convictions?)\b|\beach\s*$", re.I)
# A life term named only by "the" and its noun, nothing of its own: "the life term", "the life sentences"
_LIFE_BACK_REFERENCE = lazy_compile(r"(?:the|that|this|those|these)\s+(?:mandatory\s+)?life\s+(?:prison\s+)?(?:sentences?|terms?)\s*$", re.I)


def _life_count(text: str) -> Optional[str]:
    """How many life terms a life term's wording tells ("two concurrent life sentences" -> "two"), None for one."""
    m = _LIFE_COUNT.search(text)
    if m is None and _LIFE_PLURAL.search(text):
        return "several"  # "concurrent life terms on the murder counts": the plural alone says more than one
    return m.group(1).lower() if m else None


_LIFE_PLURAL = lazy_compile(r"\b(?:(?:consecutive|concurrent|separate|mandatory)\s+){0,2}life\s+(?:prison\s+)?(?:sentences|terms)\b", re.I)


def _life_spent_and_to_life(text: str, first: Term, later: Term) -> bool:
    """A lede's "will spend the rest of his life behind bars" and the body's "78 years to life in state prison": one
    sentence, the lede telling what an indeterminate term up to life means for him (the court's wording is kept)."""
    if first.kind != later.kind or first.status != later.status or (first.by and later.by and first.by != later.by):
        return False
    loose, to_life = (first, later) if first.unit == "life" else (later, first)
    return (loose.unit == "life" and loose.amount is None and to_life.unit != "life" and bool(_TO_LIFE.search(to_life.text))
            and _told_loosely(text, loose))


def _same_length(first: Term, later: Term) -> bool:
    """Equal amounts in one unit, or one length told in years and months and again in months ("seven years and two
    months in federal prison" in a lede, "the sentence of 86 months" in the body: one term, not two)."""
    if first.amount == later.amount and first.unit == later.unit:
        return True
    if first.amount is None or later.amount is None or {first.unit, later.unit} != {"years", "months"}:
        return False
    years, months = (first, later) if first.unit == "years" else (later, first)
    # (only a length with a months part: "30 years" beside "360 months on the drug count" may be two counts' terms)
    return years.amount % 1 > 0.01 and abs(years.amount * 12 - months.amount) < 0.01


_LIFETIME_BAN = lazy_compile(r"lifetime\s+ban\b", re.I)
# (and "seven years of initial confinement" in a bifurcated sentence: the part behind bars, named by the statute's own noun,
# which tells what the lede's "seven years in prison" does not, that a term of supervision follows)
_SERVED_IN_FULL = lazy_compile(r"\b(?:flat|active|initial\s+confinement)\b", re.I)


def _says_more(first: str, later: str) -> bool:
    """Whether `later` holds every word of `first` and a few more ("90 days in jail" -> "90 days in the Pike County jail")."""
    # ("a year in jail" -> "one year in the Vanderburgh County Jail": "a" and "one" count the same)
    # ("five years on probation" -> "five years of supervised probation": "on" and "of" join a length to its kind alike)
    def words(term: str) -> list[str]:
        return ["one" if w in ("a", "an") else "of" if w == "on" else w for w in re.findall(r"[\w$£€.,]+", term.lower())]
    first_words, later_words = set(words(first)), words(later)
    added = set(later_words) - first_words
    # ("a total of 14 years in prison" only sums what "14 years in prison" already says)
    return (first_words < set(later_words) and len(later_words) <= len(first_words) + 5
            and not added <= {"a", "an", "one", "the", "of", "total", "combined", "overall", "aggregate", "in", "all"})


_ALSO_CAP = lazy_compile(r"\balso\b[^.;:!?]*$", re.I)


def _another_cap(text: str, first: Term, later: Term) -> bool:
    """Two equal maximums where the later is told as another count's ("Fraud is also punishable by up to 10 years in
    prison" after "Conspiracy carries a maximum of 10 years in prison"): two caps, not one told twice."""
    if first.status != "maximum" or later.status != "maximum" or not later.citations:
        return False
    if bool(_MANDATORY_LEAD.match(first.text)) != bool(_MANDATORY_LEAD.match(later.text)):
        return True  # "Murder carries a mandatory life sentence" and "up to life on the robbery count": a fixed term and a cap
    start, end = later.citations[0].start, later.citations[0].end
    if _ALSO_CAP.search(text, max(0, start - 120), start) or _AS_WELL.match(text, end):
        return True  # ("Uttering carries up to 10 years in prison as well")
    # "faces a maximum of five years for conspiracy and a maximum of five years for making false statements": one
    # sentence tells the same cap twice only for two counts
    return any(c.end <= start and not _SENTENCE_END.search(text, c.end, start) for c in first.citations)


_MANDATORY_LEAD = lazy_compile(r"(?:an?\s+|the\s+)?mandatory\b(?!\s+minimum)", re.I)
_AS_WELL = lazy_compile(r"\s+as\s+well\b", re.I)
_SENTENCE_END = lazy_compile(r"[.!?][\"'\u201d\u2019)]*\s")


def _one_lifetime_ban(a: Term, b: Term) -> bool:
    """A lede's "barred for life from running care homes" and the body's "lifetime ban" tell one bar: both imposed
    bars for life, one of them told as the noun (two bars told as verbs, or two nouns, may differ in what they cover)."""
    return (a.kind == b.kind == "disqualification" and a.unit == b.unit == "life" and a.status == b.status == "imposed"
            and bool(_LIFETIME_BAN.match(a.text)) != bool(_LIFETIME_BAN.match(b.text)))


_ALL_BUT = lazy_compile(r"\ball\s+but\b", re.I)
_LIFE_PLACE = lazy_compile(r"\blife\s+(?:plus\s+[\w-]+\s+\w+\s+)?(?:in|behind|at)\s", re.I)
_PAROLE_SAID = lazy_compile(r"\bparole\b|\brelease\b|\bextended\s+supervision\b", re.I)
_DECADE = lazy_compile(r"\bdecades?\b", re.I)
_BARE_AMOUNT = lazy_compile(rf"(?:\b(?:years?|months?|weeks?|days?)|{_NUM})$", re.I)
_CUSTODY_NAMED = lazy_compile(r"\b(?:prison|jail\w*|imprison\w*|bars|custody|incarcerat\w*|detention|locked|sentences?|terms?)\b", re.I)


_CUSTODY_VERB = lazy_compile(r"(?:jailed|imprisoned|locked\s+up|sent\s+down|put\s+away|put\s+behind\s+bars)\b", re.I)
_BEHIND_BARS = lazy_compile(r"\bbehind\s+bars\b", re.I)
# A state's or the federal custody agency, by name: "the Arizona Department of Corrections", "the Bureau of Prisons"
_CUSTODY_AGENCY = lazy_compile(r"\b(?:Department|Division|Bureau)\s+of\s+(?:Corrections?|Prisons|Correctional\s+Services)\b")
# A kind named as a stretch of time of its own: "a period of home confinement", "a term of probation"
_PERIOD_OF = lazy_compile(r"an?\s+(?:period|term)\s+of\b", re.I)
# South Carolina's split sentence told by the part served: "10 years, suspended to three years served"
_SUSPENDED_DOWN_TO = lazy_compile(r"^(?:suspended|stayed)\s+(?:down\s+)?to\b", re.I)
_CUSTODY_NOUN = lazy_compile(r"\b(?:prison|jail|imprisonment|custody|custodial|incarceration)\b", re.I)


def _bare_length(term: Term) -> bool:
    """A custody length told with no word for what it is ("resentenced to 41 months", "asked for two")."""
    return term.kind in ("prison", "jail") and bool(_BARE_AMOUNT.search(term.text)) and not _CUSTODY_NAMED.search(term.text)
# A lede or a reckoning tells the term as time to be spent, not as the sentence given: "will spend most, if not all, of
# the rest of his life in prison", "is set to spend the next eight years behind bars", "could be in prison until 2040"
_SPENT_LOOSELY = lazy_compile(r"\b(?:will|would|could|is\s+(?:going|set|expected)\s+to|must|now|likely)\s+(?:(?:now|likely|probably|also)\s+)?"
                            r"(?:spend|serve\s+out|die)\s+(?:[\w,'\u2019-]+\s+){0,8}?$", re.I)


def _told_loosely(text: str, term: Term) -> bool:
    start = term.citations[0].start if term.citations else 0
    lead = text[max(0, start - 100):start]
    return bool(_SPENT_LOOSELY.search(re.split(r"[.;:!?]\s", lead)[-1]))


def _joins_stated(bare: Term, terms: list[Term]) -> bool:
    """A kind named without its length ("was placed on probation") beside the same kind with one ("three years of
    probation") is one term told twice: its citations join the stated term, which alone is kept."""
    if bare.amount is not None or bare.unit is not None:
        return False
    if not re.fullmatch(BARE_KIND, bare.text, re.I):
        # "was handed a community order" in a lede, "a 12-month community order" later: an order named without its
        # length whose whole name the stated one holds is the same order ("shock probation" is still a kind of its
        # own: "three years of probation" does not hold its name)
        return _order_named_again(bare, terms)
    return _joins_alike(bare, terms)


def _order_named_again(bare: Term, terms: list[Term]) -> bool:
    name = re.sub(r"^(?:an?|the)\s+", "", bare.text.strip(), flags=re.I).lower()
    if not name.endswith("order") or re.search(r"\d", name):
        return False
    named = [t for t in terms if t is not bare and t.kind == bare.kind and t.amount is not None
             and re.search(rf"(?<![\w-]){re.escape(name)}\b", t.text, re.I)]
    return _joins_alike(bare, named)


def _joins_alike(bare: Term, terms: list[Term]) -> bool:
    # (an ask is one ask however it is told: "He asked for home confinement" and "His lawyers want 12 months of home
    # confinement" may read as recommended and as sought)
    asks = ("recommended", "sought")
    alike = [t for t in terms if t.kind == bare.kind and t.amount is not None and t.subject == bare.subject
             and (t.status == bare.status or t.status in asks and bare.status in asks)]
    stated = next((t for t in alike if bare.by is None or t.by is None or t.by == bare.by), None)
    if stated is None and len(alike) == 1 and bare.status in ("recommended", "sought"):
        # "more than the probation his lawyer asked for" beside "Vasko asked for three years of probation": the one
        # ask of that kind, its side named once by role and once by name
        stated = alike[0]
    if stated is None:
        return False
    stated.citations.extend(bare.citations)
    stated.by = stated.by or bare.by
    return True


def _rounded_restatement(term: Term, terms: list[Term], text: str = "") -> bool:
    """Is `term` a whole number of years that rounds a custody term stated in months, given or asked for by the same side
    ("will spend the next eight years in federal prison" beside "sentenced to 97 months"; a lede's "prosecutors want
    more than eight years in prison" beside their "97 months in prison")? A lede rounds; two custody terms would be a
    false conflict. A qualifier says which way it rounds: "more than eight years" is above 96 months, "nearly eight
    years" below."""
    if term.status not in ("imposed", "recommended", "sought") or term.unit != "years" or term.kind not in ("prison", "jail") \
            or term.amount is None:
        return False
    qualifier = _ROUNDING_QUALIFIER.match(term.text)
    way = qualifier.group("way").lower() if qualifier else ""
    if (term.amount < 2 and not way) or re.search(r"\b(?:counts?|charges?)\b", term.text):
        return False  # "one year on the weapons charge" beside "eight months on the theft count": two counts
    # ("will spend nearly a year behind bars" beside "11 months and 29 days in the county jail": "behind bars" is any
    # custody, the jail's as much as a prison's)
    kinds = ("prison", "jail") if _BEHIND_BARS.search(term.text) else (term.kind,)
    # a lede or deck rounds the ask the body gives exactly: "Prosecutors want him to serve 10 years." above a later
    # paragraph's "asked for a sentence of 121 months" (the same side's ask, told first and in a paragraph of its own)
    lede_rounds = bool(text) and term.status in _ASKS and bool(term.citations) and not way
    if term.status != "imposed" and not way and not lede_rounds:
        return False  # "asked for eight years" beside "or 90 months": two asks, told as such
    years = term.amount

    def same_ask(other: Term) -> bool:
        if other.status == term.status and (term.by is None or other.by is None or other.by == term.by):
            return not lede_rounds or _told_after_paragraph(text, term, other)
        return lede_rounds and other.status in _ASKS and _one_side(term.by, other.by) and _told_after_paragraph(text, term, other)

    def rounds(months: float) -> bool:
        if years < 2 and abs(months - years * 12) > 3:
            return False  # "nearly a year" rounds 11 months, never three
        if way.startswith(("more", "over")):
            return years * 12 < months < (years + 1) * 12
        if way in ("nearly", "almost", "just under"):
            return (years - 1) * 12 < months < years * 12
        # (an exact "six years and four months" beside "76 months" is the same length told twice, merged as such)
        return bool(months % 12) and abs(months / 12 - years) < 0.5 and abs(months - years * 12) > 0.01

    return any(other.unit == "months" and other.kind in kinds and other.amount is not None and same_ask(other)
               and rounds(other.amount) for other in terms)


_ASKS = ("recommended", "sought")


def _told_after_paragraph(text: str, first: Term, later: Term) -> bool:
    """Is `later` told in a paragraph after the one that tells `first`?"""
    if not first.citations or not later.citations:
        return False
    start, end = first.citations[0].end, later.citations[0].start
    return start <= end and "\n" in text[start:end]


def _floor_restatement(term: Term, terms: list[Term]) -> bool:
    """Is `term` a lede's "will spend at least four years and three months behind bars", the floor the court set and the
    body names as such ("a non-parole period of four years and three months", "a minimum term of 18 years")? The floor
    is one fact; told as custody too, it would read as a second, shorter prison term."""
    if term.status != "imposed" or term.kind not in ("prison", "jail") or term.amount is None \
            or not re.match(r"(?:(?:jailed|imprisoned|locked\s+up)\s+for\s+)?(?:at\s+least|a\s+minimum\s+of)\s", term.text, re.I):
        # ("has been jailed for at least six years": the headline verb before the floor)
        return False
    return any(other.kind in ("non_parole_period", "minimum_term") and other.status == "imposed" and other.amount == term.amount
               and other.unit == term.unit for other in terms)


_ROUNDING_QUALIFIER = lazy_compile(r"(?P<way>more\s+than|over|nearly|almost|just\s+under|about|roughly|around|approximately)\s", re.I)


# ----------------------------------------------------------------------------- charges

def _about_defendant(ctx: _Context, before: str) -> bool:
    """False when the clause's subject is a named person other than the case's defendant, or people in general."""
    # "Seven of the nine members charged ...", "two other students convicted ...": a count of others, not the defendant
    if re.search(r"\b(?:(?:officers|people|defendants|men|women|cases|suspects|those)|(?i:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven"
                 r"|twelve|dozens?|several|many|most|all|both)\s+(?:(?!(?i:years?|months?|weeks?|days?|hours?|minutes?|decades?)\b)[\w-]+\s+){0,3}?"
                 r"(?!(?:jurors|prosecutors|authorities|officials|police|investigators|agents|detectives|regulators|counts|charges|times)\b)"
                 r"[a-z][\w-]*[^s\W]s)\s+(?:(?:who|that)\s+(?:were|are|have\s+been)\s+)?"
                 r"(?:charged|convicted|found|acquitted|indicted)\b[^,;]{0,40}$", before):
        return False  # "of the 200 officers charged with murder ...": a statistic, not this case's charge
    if _BARE_PLURAL.search(before):
        return False  # "Star athletes charged with assault have tended to ...": people in general, no determiner to pick them out
    if re.search(rf"\b(?:[Oo]thers?(?!\s+(?:[\w-]+\s+)?(?:counts?|charges?))|{CO_DEFENDANT})\b", before) and not (
            ctx.defendant and re.search(rf"\b{re.escape(ctx.defendant)}\b(?!['\u2019]s)", before)):
        return False  # "Others pleaded guilty to ...", "His co-defendant pleaded guilty to ..."
    if not ctx.defendant or not ctx.parties or ctx.roundup:
        return True  # without the article's people, any capitalised word could be anyone
    people = _people(ctx, before)
    if not people:
        owner = _CASE_OWNER.search(before)
        # "Elena Ostrzycki's guilty plea to embezzlement": the plea is hers, whether or not she is named elsewhere
        surname = owner.group("name").split()[-1] if owner else ""  # "After Elena Ostrzycki's": words before a name vary
        return not owner or surname in _NOT_OWNERS or surname in (ctx.judge or "").split()[-1:] or _is_defendant(ctx, surname)
    if _is_defendant(ctx, people[0]):
        return True
    # "Ed Roe, who later testified against Lee, pleaded guilty to": the defendant as an object is not the subject
    last = before.rfind(people[-1].split()[-1])
    return _is_defendant(ctx, people[-1]) and not _OBJECT_OF.search(before, 0, last)


_OBJECT_OF = lazy_compile(r"\b(?:against|with|alongside|for|about|to|from|than|like)\s+(?:[A-Z][\w.'\u2019-]*\s+)?$")


# A named possessor of the plea, conviction or case the clause tells of: "Elena Ostrzycki's guilty plea to", "Webb's
# 2019 conviction for" (a possessor of someone, "Lee's co-defendant", is another matter; "the case against" names the accuser)
_CASE_OWNER = lazy_compile(r"(?<![\w.])(?<!Judge )(?<!Justice )(?P<name>(?:[A-Z][\w'-]*\.?\s+){0,2}[A-Z][\w-]*[a-z])['\u2019]s?\s+"
                         r"(?:[\w-]+\s+){0,3}?(?:pleas?|convictions?|sentences?|sentencing|case|trial|indictment|arrest|admission)\b"
                         r"(?!\s+against\b)[^,;:\u2014]{0,50}$")
# Capitalised possessors that are times or institutions, not people: "Tuesday's guilty plea", "the State's case"
_NOT_OWNERS = frozenset(("Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday January February March April "
                         "May June July August September October November December State Court Government Crown Commonwealth "
                         "People Department Office County City Nation America Britain").split())


# A clause opened by a bare plural and a participle: "Many athletes convicted of", "Doctors charged with"
_BARE_PLURAL = lazy_compile(r"^\s*(?!(?:The|These|Those|Both|All|Two|Three|Four|His|Her|Their|Its|Our)\b)(?:[A-Z][a-z-]+\s+)?"
                          r"(?!(?:his|its|was|has|this|is|as|us|prosecutors|authorities|officials|police|stands|stood|remains)\b)[a-z-]+[^s\W]s\s+"
                          r"(?:(?:who|that)\s+(?:were|are|have\s+been)\s+)?(?:charged|convicted|found|accused|indicted)\b[^,;]{0,40}$")


def _is_defendant(ctx: _Context, name: str) -> bool:
    """Same first and last name as the defendant ("Peter J. Liang" is "Peter Liang"), or one of the defendant's other
    names (a stage name and a legal name are one person)."""
    if not ctx.defendant_name:
        return True
    if any(name.split()[-1] == alias.split()[-1] for alias in ctx.aliases):
        return True
    # "Tom Ray Lee III" is "Tom Lee", and "Ray Lee" where the article's short form keeps a middle name
    mine, theirs = _without_suffix(ctx.defendant_name.split()), _without_suffix(name.split())
    if len(mine) == 1 or len(theirs) == 1:
        return mine[-1] == theirs[-1]
    return mine[-1] == theirs[-1] and (mine[0] == theirs[0] or mine[0] in theirs[1:-1] or theirs[0] in mine[1:-1])


_NAME_SUFFIXES = {"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"}


def _without_suffix(words: list[str]) -> list[str]:
    """A name's words without a generational suffix ("Tom Lee Jr." is "Tom Lee")."""
    words = [w.rstrip(",") for w in words]
    return words[:-1] if len(words) > 1 and words[-1] in _NAME_SUFFIXES else words


_ALIAS_NAME = r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2}"
# A person's other name, told once in an aside: "Rello, whose legal name is Jamal Rell,", "Jamal Rell, who performs as
# Kash Rello,", "Kash Rello (real name Jamal Rell)", "Jamal Rell, better known as Kash Rello"
_ALIAS = lazy_compile(
    rf"(?P<a>{_ALIAS_NAME}),\s+(?:whose\s+(?:legal|real|given|birth|full)\s+name\s+is|born)\s+(?P<b>{_ALIAS_NAME})"
    rf"|(?P<c>{_ALIAS_NAME}),\s+(?:who\s+(?:performs|records|raps|sings|goes|is\s+known)\s+(?:professionally\s+)?(?:as|by|under)"
    rf"|(?:(?:better|also|professionally|publicly)\s+)?known\s+(?:professionally\s+|publicly\s+)?as|a\.k\.a\.?|aka)\s+(?P<d>{_ALIAS_NAME})"
    rf"|(?P<e>{_ALIAS_NAME})\s+\((?:whose\s+)?(?:real|legal|birth)\s+name(?:\s+is)?:?\s+(?P<f>{_ALIAS_NAME})\)")


def _aliases(text: str, defendant_name: Optional[str]) -> tuple[str, ...]:
    """The defendant's other names, where the article tells them as one person's two names."""
    if not defendant_name:
        return ()
    surname = defendant_name.split()[-1]
    found: list[str] = []
    for m in _ALIAS.finditer(text):
        names = [n for n in m.groups() if n]
        if len(names) == 2 and surname in (names[0].split()[-1], names[1].split()[-1]):
            found.extend(n for n in names if n.split()[-1] != surname)
    # "Atlanta rapper Kay Vee was sentenced ... ordered the rapper, whose legal name is Kevin Vance, to": the role noun
    # points back at the stage name told with it earlier, one person's two names
    for m in _ROLE_ALIAS.finditer(text):
        if m.group("legal").split()[-1] != surname:
            continue
        told = re.search(rf"\b(?i:{m.group('role')})\s+(?P<name>{_ALIAS_NAME})", text[:m.start()])
        if told and told.group("name").split()[-1] != surname:
            found.append(told.group("name"))
    return tuple(found)


_ROLE_ALIAS = lazy_compile(rf"\bthe\s+(?P<role>[a-z]+),\s+(?:whose\s+(?:legal|real|given|birth|full)\s+name\s+is|born)\s+(?P<legal>{_ALIAS_NAME})")


# ----------------------------------------------------------------------------- judge, court, date

def _judge(source: Source, sentences: list[tuple[int, int]], parties: list[Party]) -> Optional[Mention]:
    text = source.text
    ctx = _Context(source, parties, None, None)
    for s_start, s_end in sentences:
        for pattern in _JUDGE_PATTERNS:
            m = pattern.search(text, s_start, s_end)
            if m and not _appellate_judge(text, s_start, s_end, m) and not _pretrial_only(text, s_start, s_end):
                return _judge_mention(ctx, m)
    # Scotland's judges sit under a judicial title alone: "Lady Ruthven told him ..." in the High Court, "Sheriff Ann
    # Roe said" in a sheriff court (a peer or a county's sheriff elsewhere, so only where the story is in such a court)
    if _SCOTTISH_COURT.search(text):
        for s_start, s_end in sentences:
            m = _SCOTTISH_JUDGE.search(text, s_start, s_end)
            if m and not _pretrial_only(text, s_start, s_end):
                name = m.group("name") or _full_name(ctx, m.group("sheriff"))
                return Mention(text=m.group(), citations=[source.cite(m.start(), m.end())], name=name)
    # Courts-martial: "A military judge ruled ... Army Colonel Jeffery Nance took ..."
    for i, (s_start, s_end) in enumerate(sentences):
        if re.search(r"\bmilitary judge\b", text[s_start:s_end]):
            for n_start, n_end in sentences[i:i + 2]:
                for m in _RANK_NAME.finditer(text, n_start, n_end):
                    if not _COUNSEL_AFTER.match(text, m.end()):
                        return _judge_mention(ctx, m)
    # "Col. Ann Roe announced the sentence after less than two hours": the officer who gives a court-martial's sentence,
    # named by rank alone, is its military judge
    if re.search(r"\bmilitary\s+judge\b|\bcourt-martial\b", text, re.I):
        for s_start, s_end in sentences:
            for m in _RANK_NAME.finditer(text, s_start, s_end):
                if _RANK_SENTENCES.match(text, m.end(), s_end):
                    return _judge_mention(ctx, m)
    return None


_RANK_SENTENCES = lazy_compile(r"(?:,\s+[^,;]{1,60},)?\s+(?:(?:also|then|later|quickly)\s+)?(?:(?:announced|imposed|handed\s+down|read|pronounced|delivered)"
                               r"\s+(?:the|his|her|a)\s+(?:[\w-]+\s+)?(?:sentence|punishment)|(?:re-?)?sentenced\s+(?:him|her|them|[A-Z]))\b")


# A judge named only for an early step of the case ("was arraigned before Magistrate Judge Ann Roe, who set bail",
# "Magisterial District Judge Ann Roe set bail"): the magistrate who sets bail is not the one who sentences or presides
_PRETRIAL_STEP = lazy_compile(r"\b(?:arraign\w*|bail|bond|held\s+without|detention\s+hearing|preliminary\s+hearing|initial\s+appearance"
                            r"|first\s+(?:court\s+)?appearance|probable\s+cause|Magisterial)\b")
_SENTENCING_JUDGE = lazy_compile(r"\b(?:sentenc\w*|presid\w*|trial\s+judge|assigned\s+to|will\s+hear|jury)\b", re.I)


def _pretrial_only(text: str, s_start: int, s_end: int) -> bool:
    return _PRETRIAL_STEP.search(text, s_start, s_end) is not None and _SENTENCING_JUDGE.search(text, s_start, s_end) is None


# "Major Ann Roe, the defense counsel,", "Capt. Tom Ney, who prosecuted the case,": a ranked officer who argues, not the judge
_COUNSEL_AFTER = lazy_compile(r",\s+(?:[^,;]{0,60}?\b(?:counsel|lawyer|attorney|prosecut\w*|defen[cs]e|represent\w*|advocate|spokes\w*)\b)", re.I)
_SUBORDINATE = lazy_compile(r"\b(?:after|because|when|since|following|once|until|before)\b", re.I)


def _appellate_judge(text: str, s_start: int, s_end: int, m: re.Match[str]) -> bool:
    """Is the judge an appeals court's? Only the judge's own clause tells: "Judge Roe resentenced him after an appeals
    court ruled ..." is the trial judge, the appeal told in a clause of its own."""
    start, end = s_start, s_end
    lead = re.match(r"\s*(?:After|Because|When|Since|Following|Once|Before)\b[^,;]*,", text[s_start:m.start()])
    if lead:
        start = s_start + lead.end()
    tail = _SUBORDINATE.search(text, m.end(), s_end)
    if tail:
        end = tail.start()
    return _APPELLATE.search(text, start, end) is not None


def _judge_mention(ctx: _Context, m: re.Match[str]) -> Mention:
    start = m.start() if m.group().split()[0].lower() not in ("the", "a") else m.start("title") if m.group("title") else m.start("name")
    words = ctx.source.text[start:m.end("name")]
    # "Recorder Ann Bell KC": the silk's letters after the name are no part of it
    name = re.sub(r"\s+[A-Z]\.(?=\s)|\s+(?:KC|QC|SC)$", "", m.group("name"))
    # "told Judge Geraldine Tamblyn Rowley had spent ...": the reporter dropped "that", and the judge's name ran into
    # the defendant's; another mention ("Judge Tamblyn said") shows where her name ends
    surnames = {p.name.split()[-1] for p in ctx.parties if p.kind == "person" and " " in p.name and p.name != name}
    name = judge_name_run_on(ctx.source.text, name, surnames | ({ctx.defendant.split()[-1]} if ctx.defendant else set()))
    return Mention(text=words, citations=[ctx.source.cite(start, m.end("name"))], name=_full_name(ctx, name))


# Capitalised words that open a clause, never a court's name: "If Cobb County Superior Court ...", "When Circuit Court ..."
_CLAUSE_OPENERS = frozenset(("If", "When", "Whether", "After", "Before", "Once", "Although", "Though", "While", "Because", "Since",
                             "Unless", "Until", "But", "And", "So", "Then", "Now", "As", "Where", "Should", "Had", "At", "In", "On"))


def _court(source: Source, sentences: list[tuple[int, int]], judge: Optional[str] = None) -> Optional[Mention]:
    """The court that sentences. A court told with the sentencing (its verb, or the judge who sentences) comes first;
    then the first court named. An appeals court is passed over (in a resentencing or appeal story it is named most,
    yet the district or circuit court imposes the sentence) unless no other is named, and a clerk's office is no court."""
    text = source.text
    surname = judge.split()[-1] if judge else None
    found: list[tuple[Mention, bool]] = []  # each trial court named, and whether its sentence tells the sentencing
    appellate: Optional[Mention] = None
    for s_start, s_end in sentences:
        sentencing = None
        for m in _COURT.finditer(text, s_start, s_end):
            words = m.group().strip().rstrip(".")
            start = m.start() + (len(m.group()) - len(m.group().lstrip()))
            named = _JUDGE_OF.match(words)
            if named and _JUDICIAL_TITLE.search(text, s_start, start):
                # "Judge Ann Roe of Federal District Court in Cleveland": the judge's name is not the court's
                start += named.end()
                words = words[named.end():]
            opener = words.split(None, 1)
            if len(opener) == 2 and opener[0] in _CLAUSE_OPENERS:
                # "If Maricopa County Superior Court Judge ... orders": the sentence's first word is no part of the name
                start += len(words) - len(opener[1])
                words = opener[1]
            lead = re.match(r"(?:of\s+)?[Tt]he\s+(?=[A-Z])", words)
            if lead and (re.search(r"\b(?:of|Judge|Justice)\s+$", text[max(s_start, start - 8):start]) or not words.startswith("of")):
                # "Judge Ruth Allen-Shaw of the Pima County Superior Court", "pleaded guilty in the Hobart Magistrates
                # Court": the court's name after its article
                start += lead.end()
                words = words[lead.end():]
            if not words or words.split()[0] in ("the", "of"):
                continue
            if re.fullmatch(r"(?:the\s+)?court", words, re.I) or words.lower().startswith(("appellate", "a ")) or _CLERK.search(words):
                continue  # "the Cuyahoga County Clerk of Courts' title division": an office, not a court
            if _COURT_AS_MODIFIER.match(text, m.end()):
                continue  # "a Franklin County Municipal Court clerk noticed", "the Supreme Court's decision in Ruan"
            mention = Mention(text=text[start:start + len(words)], citations=[source.cite(start, start + len(words))], name=words)
            if _REVIEWING_COURT.search(words):
                appellate = appellate or mention
                continue
            if sentencing is None:
                sentence = text[s_start:s_end]
                sentencing = bool(_SENTENCED_IN.search(sentence) or (surname and re.search(rf"\b{re.escape(surname)}\b", sentence)
                                                                    and _JUDGE_SENTENCES.search(sentence)))
            found.append((mention, sentencing))
    chosen = next((c for c, sentencing in found if sentencing), found[0][0] if found else None)
    if chosen is None:
        # (a court of appeal a story names only for its rulings, "endorsed by the province's Court of Appeal in 2021",
        # comes after the trial court its copy writes in lower case or names in the judge's title)
        return _local_court(source) or _court_of_judge(source, sentences) or appellate
    # "Twiggs County Superior Court" told elsewhere, "was sentenced in Superior Court" here: the fuller name
    return next((c for c, _ in found if c.name.endswith(" " + chosen.name) and c.name.split()[0] not in ("The", "A", "An")), chosen)


# "said in Dartmouth provincial court", "appeared in Hamilton district court": a trial court the copy writes in lower case
_LOCAL_COURT = lazy_compile(r"\b(?:in|at|before|to)\s+(?P<court>(?:[A-Z][\w'\u2019-]+\s+){1,2}(?:provincial|district|magistrates['\u2019]?"
                            r"|municipal|county|circuit|superior|sheriff|crown|youth|family|justice)\s+court)\b")


def _local_court(source: Source) -> Optional[Mention]:
    m = _LOCAL_COURT.search(source.text)
    if m is None or m.group("court").split()[0] in _CLAUSE_OPENERS:
        return None
    return Mention(text=m.group("court"), citations=[source.cite(m.start("court"), m.end("court"))], name=m.group("court"))


# A court named only as what describes someone or something else: its clerk or staff, its ruling or precedent
_COURT_AS_MODIFIER = lazy_compile(r"(?:\s+|[\u2019']s\s+(?:[\w-]+\s+)?)(?:clerks?|staff|employees?|workers?|officials?|administrators?"
                                  r"|spokes(?:man|woman|person)|decisions?|rulings?|opinions?|precedents?|judgments?)\b")


def _court_of_judge(source: Source, sentences: list[tuple[int, int]]) -> Optional[Mention]:
    """News often names the court only in the judge's title: "Lucas County Common Pleas Judge Ann Roe", "Hennepin
    County District Judge", "U.S. District Judge". The court is the title's words with "Court" for "Judge"; the
    citation holds the words as written."""
    text = source.text
    for s_start, s_end in sentences:
        m = _COURT_IN_TITLE.search(text, s_start, s_end)
        if m:
            words = m.group("court")
            federal = words.startswith("U.S.")
            # "U.S. District Judge Ann Roe of the Middle District of Florida": the district told after the name is the
            # court's own, the words cited
            district = _FEDERAL_DISTRICT_AFTER.match(text, m.end(), s_end) if federal and "District of" in text[m.end():s_end] else None
            if district:
                words = district.group("district")
                return Mention(text=words, citations=[source.cite(district.start("district"), district.end("district"))],
                               name=f"U.S. District Court for the {words}")
            # "U.S. Magistrate Judge Ann Roe": a federal magistrate judge sits in the district court (no "Magistrate Court")
            name = "U.S. District Court" if federal and words.endswith("Magistrate") else f"{words} Court"
            return Mention(text=words, citations=[source.cite(m.start("court"), m.end("court"))], name=name)
    return None


# The federal district named after the judge: "U.S. District Judge Ann Roe of the Southern District of Ohio" (the judge's
# name, then "of"/"for"/"in" the district)
_FEDERAL_DISTRICT_AFTER = lazy_compile(r"\s+(?:[A-Z][\w'\u2019.-]*\s+){1,3}(?:of|for|in)\s+the\s+"
                                       r"(?P<district>(?:(?:Northern|Southern|Eastern|Western|Middle|Central)\s+)?District\s+of\s+"
                                       r"(?:Columbia|[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+))?))\b")


# A county or federal court named with its kind before "Judge": the kind alone ("Circuit Judge") names no court
_COURT_IN_TITLE = lazy_compile(
    r"(?P<court>(?:U\.S\.|(?:[A-Z][\w.'\u2019-]*\s+){1,3}(?:County|Parish|Borough))\s+(?:Criminal\s+)?"
    r"(?:District|Circuit|Superior|Common\s+Pleas|Criminal|Municipal|Chancery|Family|Probate|Juvenile|Magistrate|Bankruptcy))"
    r"\s+Judge\b")


# "Marchetti of Federal District Court", "Justice Ada Merle of the Court of King's Bench": a judge's name told before
# the court
_JUDGE_OF = lazy_compile(r"(?:[A-Z][\w'\u2019.-]*\s+){1,3}of\s+(?:the\s+)?(?=(?:[A-Z][\w.'\u2019]*\s+){0,4}Court\b)")
_CLERK = lazy_compile(r"\bClerk\b|\bClerk['\u2019]s\b", re.I)
# The sentencing told with the court: "was sentenced in Webb County Circuit Court", "A judge in Webb County Criminal
# Court sentenced him", "imposed the sentence"
_SENTENCED_IN = lazy_compile(r"\b(?:re-?)?sentenc(?:ed|es|ing)\b(?!\s+(?:guidelines?|memorand\w*|range)\b)|\bimpos(?:ed|es|ing)\s+the\s+sentence\b"
                           r"|\bhanded\s+down\s+the\s+sentence\b", re.I)
# The judge who sentences, told with their court: "Circuit Court Judge Ann Roe sentenced him", "Roe ... imposed"
_JUDGE_SENTENCES = lazy_compile(r"\b(?:(?:re-?)?sentenced|imposed|handed\s+down|ordered|gave)\b", re.I)


# Courts that review sentences rather than impose them ("U.S. Circuit Court of Appeals", "Court of Criminal Appeals",
# "Court of Appeal", "U.S. Supreme Court", "Supreme Judicial Court"); a New York "State Supreme Court" tries cases, so
# a state supreme court is not taken for a reviewing one
_REVIEWING_COURT = lazy_compile(r"\bAppeals?\b|\bAppellate\b|\bSupreme\s+Judicial\b|\b(?:U\.S\.|United\s+States)\s+Supreme\s+Court\b"
                              r"|^Supreme\s+Court$"  # ("the Supreme Court ruled": a nation's top court, named without a place)
                              r"|\bSupreme\s+Court\s+of\s+(?:the\s+United\s+States|Appeals)\b")


# Words that name the sentencing itself: the verb in any tense ("will be sentenced", "to sentence"), the noun as an
# event ("sentencing is set for", "adjourned sentencing until"), and the ways courts put it off or carry it out
# ("reserved her decision until", "deferred sentence until", "ordered to prison Tuesday").
_SENTENCING_WORDS = lazy_compile(
    r"\b(?:re-?)?sentenc(?:ed|ing)\b(?!\s+(?:memorand\w*|guidelines?|submissions?|documents?|papers?|filings?|reports?"
    r"|range|commission|laws?|reform|options?|judge|courts?|council|scheme|hearings?\s+(?:is|was)\s+(?:held|told))\b)"
    r"|\b(?:to|will|would|shall|can|could)\s+(?:re-?)?sentence\b|\bdeferred\s+sentence\b|\bfate\b|\bjailed\b"
    # "will learn Friday how long she'll spend behind bars", "On Friday, he found out what the crash will cost him"
    r"|\b(?:learn(?:s|ed)?|f(?:ind|inds|ound)\s+out)\b(?=[^.;:]{0,40}?\b(?:how\s+(?:long|much\s+time)|what\b[^.;:]{0,40}?\bcost))"
    # a revocation hearing sentences anew: "A judge on Tuesday revoked the deferred adjudication probation"
    r"|\brevoked\s+(?:the\s+|his\s+|her\s+|their\s+|[A-Z][\w'\u2019-]+['\u2019]s?\s+)?(?:[\w-]+\s+){0,2}?(?:probation|parole|supervised\s+release|community\s+supervision)\b"
    r"|\badjudicated\s+(?:(?:him|her|them|[A-Z][\w'\u2019-]+)\s+)?(?:guilty|delinquent)\b"
    r"|\breserved\s+(?:his|her|its|their|the)\s+(?:decision|judg(?:e)?ment|ruling|sentence)\b"
    # "said he would announce the sentence Oct. 2": the day the judge will give it
    # "imposed the sentence Thursday", "Thursday afternoon as a judge read out a prison sentence of 33 months"
    r"|\b(?:announc(?:e|ed|es)|impos(?:e|ed|es)|hand(?:ed|s)?\s+down|pronounc(?:e|ed|es)|deliver(?:ed|s)?|read\s+out)\s+"
    r"(?:the|his|her|a|its)\s+(?:(?:prison|jail|custodial|[\w-]+-(?:year|month))\s+)?sentence\b"
    # "heard arguments Thursday but would not rule until Feb. 15", "will decide on his sentence March 3": a decision put off
    r"|\bnot\s+(?:rule|decide)\s+until\b|\b(?:rule|decide)\s+on\s+(?:the|his|her|their|a)\s+(?:sentence|punishment)\b"
    # "ordered to report to prison on May 15" is the day custody begins, not the sentencing
    # "A county judge on Wednesday sent Lee, 44, to state prison": the day of the sentence
    r"|\b(?:sent|ordered)\s+(?:(?!(?:report|surrender|return|turn)\b)[\w.,'\u2019]+\s+){0,4}?(?:back\s+)?to\s+(?:(?:state|federal|county)\s+)?(?:prison|jail)\b",
    re.I)
_HEARING = lazy_compile(r"\bhearing\b", re.I)
_TERM_RULED = lazy_compile(r"\b(?:years?|months?|weeks?|days?|prison|jail|bars|probation|life)\b(?:\s+(?:in|of|at)\s+[^.;,]{1,40}?)?,\s+"
                           r"(?:an?|the)\s+(?:[\w.'\u2019-]+\s+){0,4}?(?:judge|court)\s+(?:ruled|decided)\b")
# "a sentencing memorandum filed ahead of a hearing scheduled for Thursday": the memos are written for the sentencing
_SENTENCE_TOPIC = lazy_compile(r"\bhis\s+sentence\b|\bher\s+sentence\b|\btheir\s+sentence\b|\bvictim\s+impact\b"
                             r"|\bsentencing\s+(?:memorand\w*|submissions?|filings?)\b", re.I)
# Another event a date in the same sentence may belong to: "convicted on Feb. 11 and will be sentenced April 14",
# "was sentenced Tuesday for a robbery committed on May 3".
_OTHER_EVENT = lazy_compile(
    r"\b(?:convicted|arrested|charged|indicted|pleaded|pled|found|acquitted|committed|killed|died|murdered|shot|stabbed"
    r"|attacked|crashed|stole|filed|released|freed|hired|fired|born|married|elected|appointed|occurred|happened|began"
    r"|started|ended|closed|opened|arraigned|extradited|reported|announced|after|before|since|following|when)\b", re.I)
# ("scheduled for 9 a.m. Tuesday", "at 1:30 p.m. Thursday": a clock time's period or colon ends no clause)
# ("Lyle D. Prewitt is scheduled to be sentenced": a middle initial's dot ends nothing)
_CLAUSE_END = lazy_compile(r"[;\u2014\u2013()\"\u201c\u201d]|:(?!\d)|\s--\s|(?<!\b[ap]\.m)(?<!\s(?-i:[A-Z]))[.!?]\s", re.I)
# A date governed by a word this far away reads as the clause's own only in short clauses.
_MAX_GAP_WORDS = 12

# "found on Thursday that he breached the order": a judge's finding at the hearing that sentences
_VERDICT = lazy_compile(r"\bfound\s+(?:\w+\s+)?guilty\b|\bconvicted\b|\bfound\s+(?:on\s+\w+\s+)?that\b", re.I)
_WEEKDAY = lazy_compile(r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _sentencing_date(ctx: _Context, sentences: list[tuple[int, int]], terms: list[Term]) -> Optional[DateValue]:
    text = ctx.source.text
    if sum(1 for p in ctx.source.body() if _DATELINE.match(text, p.start, p.end)) >= 2:
        return None  # a wire round-up: each case has its own day and none of them is the article's
    published = ctx.source.published
    governed: list[DateMatch] = []
    decided: list[DateMatch] = []
    imposed_at = {c.start for t in terms if t.status == "imposed" for c in t.citations} | ctx.sentencing_told_at
    imposed_index = [i for i, (s_start, s_end) in enumerate(sentences) if any(s_start <= c < s_end for c in imposed_at)]
    verdict: list[DateMatch] = []
    for index, (s_start, s_end) in enumerate(sentences):
        # "has been jailed for 12 years ... He was found guilty on Thursday": a court-martial (or a judge who sentences
        # at once) decides the verdict and the sentence the same day, so a weekday in a verdict sentence beside it dates it.
        if imposed_index and any(abs(index - i) <= 2 for i in imposed_index[:1]) and _VERDICT.search(text, s_start, s_end):
            verdict.extend(d for d in find_dates(text, s_start, s_end, published)
                           if d.granularity == "day" and _WEEKDAY.match(text, d.start))
        words = list(_SENTENCING_WORDS.finditer(text, s_start, s_end))
        if " ruled" in text[s_start:s_end] or " decided" in text[s_start:s_end]:
            # "will spend 18 months behind bars, a judge ruled Tuesday": the ruling that tells the term is the sentencing
            words += list(_TERM_RULED.finditer(text, s_start, s_end))
        if _SENTENCE_TOPIC.search(text, s_start, s_end):
            # "his sentence, which will be decided at a hearing scheduled for March 8", "victim impact statements at
            # the Nov. 21 hearing": a hearing in a sentence about the sentence is the sentencing
            words += list(_HEARING.finditer(text, s_start, s_end))
        has_imposed = any(s_start <= c < s_end for c in imposed_at)
        if not words and not has_imposed:
            continue  # dating every sentence is the costly part; only these can date the sentencing
        dates = [d for d in find_dates(text, s_start, s_end, published) if d.granularity in ("day", "month")
                 and not _dates_the_deed(text, s_start, d) and not _CUSTODY_STARTS.search(text, max(s_start, d.start - 60), d.start)
                 and not _RELEASE_DATE_BEFORE.search(text, max(s_start, d.start - 50), d.start)]
        previous = sentences[index - 1] if index else None
        governed.extend(d for d in dates if any(_governs(text, s_start, word, d)
                                                and _defendants_sentencing(ctx, s_start, word, previous)
                                                for word in words))
        if has_imposed and (not words or any(_defendants_sentencing(ctx, s_start, word, previous) for word in words)):
            # "Lee, a co-defendant, was sentenced on March 3 to four years": the same term told of another is not the day
            decided.extend(d for d in dates if d.granularity == "day")
    for first in [d for d in governed if _FIRST_SET_FOR.search(text, max(0, d.start - 40), d.start)]:
        # "sentencing, originally set for Oct. 2, was postponed to Nov. 14": the day it was moved to
        s_start, s_end = next(span for span in sentences if span[0] <= first.start < span[1])
        moved = [d for d in find_dates(text, first.end, s_end, published)
                 if d.granularity == "day" and _MOVED_TO.search(text, max(first.end, d.start - 40), d.start)]
        if moved:
            governed = [moved[0] if d is first else d for d in governed]
    ahead = [_ahead(d, text, published) for d in governed]
    if imposed_at:
        ahead = [_come_to_pass(d, text, published) for d in ahead]
    else:
        ahead = [_hearing_to_come(d, text, published) for d in ahead]
    chosen = _latest(ahead) or (decided or verdict or [None])[0]
    if chosen is None:
        chosen = _caption_day(ctx)
    if chosen is None and imposed_index:
        chosen = _courtroom_day(ctx) or _courthouse_caption_day(ctx)
    if chosen is None and imposed_at:
        chosen = _entry_stamp(ctx, min(imposed_at))
    if chosen is None:
        return None
    return DateValue(text=text[chosen.start:chosen.end], citations=[ctx.source.cite(chosen.start, chosen.end)],
                     value=chosen.value, granularity=chosen.granularity)


# A day the sentence sets for release, never the sentencing's: "with a parole release date of January 6 next year", "to
# be released on parole on January 6", "eligible for parole on March 3"
_RELEASE_DATE_BEFORE = lazy_compile(r"\b(?:(?:parole\s+)?(?:release|eligibility)\s+date\s+(?:of|is|was|set\s+(?:for|at))|released\s+on\s+parole\s+on"
                                    r"|eligible\s+for\s+(?:parole|release)\s+(?:on|from))\s+$", re.I)
_MOVED_TO = lazy_compile(r"\b(?:postponed|rescheduled|delayed|moved|pushed\s+back|reset|continued|put\s+off)\s+(?:\w+\s+){0,3}?"
                         r"(?:to|until|till|for)\s+$", re.I)
_FIRST_SET_FOR = lazy_compile(r"\b(?:originally|initially|first|previously|once)\s+(?:been\s+)?(?:set|scheduled|planned|slated|expected)"
                              r"\s+(?:for\s+|on\s+)?$", re.I)


# A live blog's entry stamp, a heading line of its own: "June 13, 2024, 1:18 PM EDT", "14 March 2025 10:02am"
_ENTRY_STAMP = lazy_compile(r"\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}),?\s+(?:at\s+)?"
                          r"\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5})?\s*$")


def _entry_stamp(ctx: _Context, at: int) -> Optional[DateMatch]:
    """The day of the live-blog entry that tells the sentence ("June 13, 2024, 1:18 PM EDT" / "Roe sentenced to 15
    years" / "Roe sentenced Roe to ..."): an entry tells what happened as it was posted, so its stamp dates the
    sentencing where the words give no day."""
    stamp = None
    for paragraph in ctx.source.paragraphs:
        if paragraph.start >= at:
            break
        if paragraph.kind == "heading" and _ENTRY_STAMP.match(ctx.source.text, paragraph.start, paragraph.end):
            stamp = paragraph
    if stamp is None:
        return None
    days = [d for d in find_dates(ctx.source.text, stamp.start, stamp.end, ctx.source.published) if d.granularity == "day"]
    return days[0] if days else None


def _caption_day(ctx: _Context) -> Optional[DateMatch]:
    """A wire photo's caption dates the hearing it shows: "Ann Roe listens during her sentencing hearing in Phoenix,
    Friday, May 17, 2024." Read only when the body gives no day: a caption restates, but its date is the photo's own."""
    text, published = ctx.source.text, ctx.source.published
    for paragraph in ctx.source.paragraphs:
        if paragraph.kind != "caption" or "sentenc" not in text[paragraph.start:paragraph.end]:
            continue
        for s_start, s_end in split_sentences(text, paragraph.start, paragraph.end):
            word = _SENTENCING_WORDS.search(text, s_start, s_end)
            if word is None or not _defendants_sentencing(ctx, s_start, word, None):
                continue  # ("Co-defendant Tom Lee at his sentencing, March 3": another's hearing)
            days = [d for d in find_dates(text, s_start, s_end, published) if d.granularity == "day" and d.value is not None
                    and (published is None or d.value <= published)]
            if days:
                return days[-1]
    return None


def _courthouse_caption_day(ctx: _Context) -> Optional[DateMatch]:
    """A photo of the sentencing day's scene: "Photo: Ann Lee holds her son's picture outside the Dane County Justice
    Center on Friday." In a story that tells an imposed sentence but dates it nowhere, a caption's weekday at the
    courthouse, in the week before publication, is the hearing's day (a caption "at her arraignment in March" is
    another day, and no weekday)."""
    text, published = ctx.source.text, ctx.source.published
    if published is None:
        return None
    for paragraph in ctx.source.paragraphs:
        if paragraph.kind != "caption" or not _COURTHOUSE.search(text, paragraph.start, paragraph.end) \
                or _OTHER_HEARING.search(text, paragraph.start, paragraph.end):
            continue
        for d in find_dates(text, paragraph.start, paragraph.end, published):
            if d.granularity == "day" and d.value is not None and _WEEKDAY.match(text, d.start) \
                    and dt.timedelta(0) <= published - d.value <= dt.timedelta(days=7):
                return d
    return None


# The court's building named in a caption: "outside the Pike County Courthouse", "at the Dane County Justice Center"
_COURTHOUSE = lazy_compile(r"\b(?:courthouse|court\s*house|courtroom|Justice\s+(?:Center|Centre|Complex|Building)|Courts?\s+(?:Building|Complex|Center))\b", re.I)
# A caption of another hearing: "at his arraignment", "during a bond hearing", "after the verdict"
_OTHER_HEARING = lazy_compile(r"\b(?:arraign\w*|bond|bail|verdict|plea|trial|pretrial|pre-trial|preliminary|detention|extradition|initial\s+appearance)\b", re.I)


def _courtroom_day(ctx: _Context) -> Optional[DateMatch]:
    """A feature's lede sets the scene and the sentence comes later, undated: "Ann Lee's daughter walked to the lectern
    in Courtroom 3 Friday ... Minutes later, Ed Roe was sentenced to life". In a story that tells an imposed sentence,
    the courtroom day of its opening paragraphs, in the week before publication, is the sentencing day."""
    text, published = ctx.source.text, ctx.source.published
    if published is None:
        return None
    for paragraph in ctx.source.body()[:_SCENE_PARAGRAPHS]:
        quoted = [(q.start, q.end) for q in quoted_segments(text, [paragraph])]
        for s_start, s_end in split_sentences(text, paragraph.start, paragraph.end):
            if not _COURTROOM.search(text, s_start, s_end):
                continue
            for d in find_dates(text, s_start, s_end, published):
                # "A jury convicted Lee on Friday in a courtroom ...": the day of another event
                if d.granularity == "day" and d.value is not None and _WEEKDAY.match(text, d.start) \
                        and not _OTHER_EVENT.search(_COURTROOM.sub("", text[s_start:d.start])) \
                        and dt.timedelta(0) <= published - d.value <= dt.timedelta(days=7) \
                        and not any(q_start <= d.start < q_end for q_start, q_end in quoted):
                    return d
    return None


_SCENE_PARAGRAPHS = 6
# Words that put a sentence in the courtroom on the hearing's day
_COURTROOM = lazy_compile(r"\b(?:courtroom|courthouse|lectern|bench|stood\s+before\s+(?:a|the)\s+(?:[\w-]+\s+){0,3}?judge)\b", re.I)


# The deed a sentence is for, told in a relative clause of its own: "sentenced ... for his role in a run that left five
# dead near Encinal on Aug. 15, 2023", "jailed over a crash which killed two on May 3"
_DEED_CLAUSE = lazy_compile(r"\b(?:for|over)\s+(?:[^.;:\u2014]{0,80}?\s)?(?:that|which)\s+(?:(?:also|allegedly)\s+)?"
                            r"(?!(?:is|was|are|were|will|would|could|can|has|have|had|sentenced|ordered|imposed)\b)\w+\b(?P<rest>[^.;:\u2014]*)$")


# The day custody begins, told beside the sentence: "imposed a $25,000 fine and allowed him to report to prison on July 15",
# "must surrender by May 1", "will begin serving his term March 3"
# (the verb, not the noun: "after reviewing a presentence report and scheduled sentencing for Aug. 18" is the hearing)
_CUSTODY_STARTS = lazy_compile(r"\b(?:to|must|will|shall|should|would)\s+(?:report|surrender|self-surrender|turn\s+(?:himself|herself|themselves)\s+in"
                               r"|beg(?:in|an)\s+serving|start\s+serving)\b(?:(?!sentenc)[^.;,\u2014]){0,40}?\s*$", re.I)


# A deed's noun after its date: "the Sept. 19 crash", "the Aug. 16 fatal shooting", "the May 3 robbery"
_DEED_NOUN_AFTER_DATE = lazy_compile(r",?\s+(?:[\w-]+\s+){0,2}?(?:crash|collision|wreck|shooting|stabbing|killing|death|deaths|fire|blaze"
                                     r"|robbery|attack|assault|beating|explosion|overdose|carjacking|riot|break-in|burglary|abduction"
                                     r"|kidnapping|murder|murders|slaying|slayings|rampage|hit-and-run)\b")


# The deed a term is for, told as a gerund clause that runs up to the date: "to eight years for leaving his son in a car
# on Aug. 19", "jailed for stabbing a neighbour on 3 March", "for allegedly setting fire to a flat on Sept. 2" (its own
# clause: no clause break, no second verb of the sentencing between; "for sentencing", "for hearing" are the hearing's)
_DEED_GERUND = lazy_compile(r"\bfor\s+(?:[a-z]+ly\s+)?(?!(?:sentencing|hearing|during|anything|something|nothing|everything|morning"
                            r"|evening|spring|bring|being\s+(?:sentenced|heard))\b)[a-z]{2,}ing\b(?P<rest>(?:(?![;:\u2014\u2013]|\s--\s)[^.])*?)"
                            r"(?:\s+(?:on|of)\s+)?$")
# A court or judge named after the deed: "for stealing a car at Leeds Crown Court on Friday" is the hearing's day again
_COURT_IN_TAIL = lazy_compile(r"\b(?:at|in|by|before)\s+(?:the\s+)?(?:[A-Z][\w'\u2019.-]*\s+){0,4}(?:Court|court|Judge|judge|Justice|Magistrates)\b"
                              r"|,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:judge|court)\b|\b(?:said|ruled|decided|announced|was|were|is|are)\b")


def _dates_the_deed(text: str, s_start: int, date: DateMatch) -> bool:
    """The date ends a relative clause on the deed, not the sentencing: "sentenced Ann Lee to life for a robbery that
    left two dead on May 3, 2023" (its own verb, "left", governs it); or it names the deed's day inside the deed's
    noun: "sentenced Reinholt to 11 years for the Sept. 19 crash"."""
    if _DEED_NOUN_AFTER_DATE.match(text, date.end) and re.search(r"\b(?:the|a|an|his|her|their)\s+$", text[max(s_start, date.start - 8):date.start]):
        return True
    lead = text[max(s_start, date.start - 200):date.start]
    tail = _DEED_GERUND.search(lead)
    if tail and not _SENTENCING_WORDS.search(tail.group("rest")) and not _COURT_IN_TAIL.search(tail.group("rest")):
        return True  # "sentenced him to eight years for leaving his son in a car on Aug. 19": the deed's own day
    if "that " not in lead and "which " not in lead:
        return False
    clause = _DEED_CLAUSE.search(lead)
    # ("for a crash that killed two, a judge ruled Friday": the ruling's own day, after the clause)
    return clause is not None and not _SENTENCING_WORDS.search(clause.group("rest")) \
        and not re.search(r"\b(?:ruled|decided|said|says|announced|ordered)\b", clause.group("rest"))


def _governs(text: str, s_start: int, word: re.Match[str], date: DateMatch) -> bool:
    """The sentencing word and the date share a clause and no other event's words stand between them:
    "will be sentenced by Judge Lee on October 24", "On Friday, the court resentenced him". A date before the
    word counts only when nothing earlier in the clause claims it ("convicted on Feb. 11 and will be sentenced")."""
    if date.start >= word.end():
        gap = text[word.end():date.start]
    else:
        if date.end > word.start():
            return False
        gap = text[date.end:word.start()]
        if re.fullmatch(r"\s*(?:[\w-]+['\u2019]s?\s+)?", gap):
            return True  # "his April 14 sentencing", "the Oct. 2 sentencing hearing"
        lead = text[s_start:date.start]
        lead = lead[max((m.end() for m in _CLAUSE_END.finditer(lead)), default=0):]
        if _OTHER_EVENT.search(lead) or re.search(r"\b(?:was|were|is|are|had|has|will|\w+ed)\b", lead):
            return False  # the date already has a verb of its own before it
    if _CLAUSE_END.search(gap) or _OTHER_EVENT.search(gap):
        return False
    return len(re.findall(r"[\w$]+", gap)) <= _MAX_GAP_WORDS


# A network's dateline in title case: "Baton Rouge, Louisiana — A former deputy ...", "Fort Hale, Texas (CNN) — ..."
_PLACE_DATELINE = lazy_compile(r"\s*(?:[A-Z][\w.'\u2019-]*\s+){0,4}[A-Z][\w.'\u2019-]*,\s+(?:[A-Z][\w.'\u2019-]*\s+){0,2}[A-Z][\w.'\u2019-]*"
                               r"\s*(?:\([A-Z][\w ]{0,15}\)\s*)?[\u2014\u2013]\s*")


# A sentence whose subject is a co-defendant: "Lee's co-defendant, Ann Roe, pleaded guilty", "A co-defendant, Tom Fry, ..."
_CO_DEFENDANT_SUBJECT = lazy_compile(rf"\s*(?:(?:[A-Z][\w.'\u2019-]*\s+){{0,2}}?[A-Z][\w.'\u2019-]*['\u2019]s?\s+|(?:His|Her|Their|A|The|One|Another)\s+)?"
                                     rf"(?:(?:former|alleged|onetime|fellow)\s+)?{CO_DEFENDANT}\b")


def _defendants_sentencing(ctx: _Context, s_start: int, word: re.Match[str], previous: Optional[tuple[int, int]]) -> bool:
    """The clause sentences the case's defendant, not a co-defendant named as its subject ("Mr. Crane ... is to be
    sentenced in March"); a clause led by a pronoun speaks of the previous sentence's subject."""
    text = ctx.source.text
    before = text[s_start:word.start()]
    if re.search(rf"\b{CO_DEFENDANT}\b", before):
        return False
    if previous and re.match(r"\s*(?:He|She|They)\b", before) and _first_person(ctx, before) is None:
        before = text[previous[0]:previous[1]]
        subject = _CO_DEFENDANT_SUBJECT.match(before)
        if subject and not subject.group().endswith("s"):  # ("The co-defendants ... They": the defendant among them)
            return False  # "Lee's co-defendant, Ann Roe, pleaded guilty. She is to be sentenced in August": Roe's day
        other = _own_case_subject(ctx, before)
        if other and not _is_defendant(ctx, other):
            return False  # "Lee's partner, Ann Roe, pleaded guilty and testified. She is to be sentenced May 20": Roe's day
    # the sentence may start at the dateline, or at its "(AP) —" when the split took "Calif." for a sentence's end
    dateline = _DATELINE.match(before) or re.match(r"\s*\([A-Z][\w ]{0,15}\)\s*[\u2014\u2013-]", before) \
        or (_PLACE_DATELINE.match(before) if "," in before[:60] else None)
    # The sentence's first person is its subject ("Liang's apology ... when sentenced on April 14" is Liang's); the
    # dateline's place ("Baton Rouge, Louisiana —") names nobody
    first = _first_person(ctx, before[dateline.end():] if dateline else before)
    if first and _inside_description(before[dateline.end():] if dateline else before, first):
        first = None  # "A man who shot Ann Lee was sentenced Tuesday": a name inside the lede's description is not its subject
    return first is None or ctx.roundup or _is_defendant(ctx, first)


def _own_case_subject(ctx: _Context, sentence: str) -> Optional[str]:
    """The person a sentence tells a step of their own case of, as its subject: "Lee's co-founder, Ann Roe, pleaded
    guilty", "That partner, Bo Park, 57, was convicted in May" (a possessor, "Lee's", is not the subject)."""
    for party in ctx.parties:
        if party.kind != "person" or _is_judge(ctx, party.name):
            continue
        for form in _forms(party):
            m = re.search(rf"\b{re.escape(form)}\b(?![\u2019']s)", sentence) if form in sentence else None
            if m and _OWN_CASE_STEP.match(sentence, m.end()) and not re.search(r"[.;:]", sentence[:m.start()]):
                return party.name
    return None


# What follows the subject's name when the sentence tells a step of that person's own case: "Ann Roe, 57, pleaded
# guilty", "Bo Park was convicted", "Roe, who ran the firm, admitted"
_OWN_CASE_STEP = lazy_compile(r"(?:,\s+(?:\d{1,3}|(?:who|a|an|the)\b[^,;.]{0,80}),)?,?\s+(?:also\s+|later\s+|previously\s+|has\s+|had\s+)?"
                              r"(?:pleaded|pled|admitted|was\s+(?:convicted|found\s+guilty|charged|indicted)|testified|cooperated"
                              r"|agreed\s+to\s+plead)\b")


# A name after a judge's title is the court, never the person being sentenced: "Judge Lee", "HHJ Sarah Roe",
# "Recorder Ann Bell", "Lord Brae", "Magistrate Tom Fry".
_JUDGES_TITLES = "(?:" + "|".join(re.escape(t) for t in sorted(JUDICIAL_TITLES, key=lambda w: (-len(w), w))) + ")"
_JUDICIAL_TITLE = lazy_compile(rf"\b{_JUDGES_TITLES}\s+(?:[A-Z][\w.'-]*\s+)*$")
_TITLED_JUDGE = lazy_compile(rf"{_JUDGES_TITLES}\s")  # a party whose name keeps its title: "HHJ Sarah Roe"


def _first_person(ctx: _Context, words: str) -> Optional[str]:
    """The first person other than the judge named in `words`, a possessive included."""
    found: list[tuple[int, str]] = []
    for party in ctx.parties:
        if party.kind != "person" or _is_judge(ctx, party.name) or _TITLED_JUDGE.match(party.name):
            continue
        for form in _forms(party):
            m = re.search(rf"\b{re.escape(form)}\b", words) if form in words else None
            if m and not _JUDICIAL_TITLE.search(words[:m.start()]):
                shared = " " not in form and form == ctx.defendant
                found.append((m.start(), (ctx.defendant_name or party.name) if shared else party.name))
    return min(found)[1] if found else None


# A plan told in the present: "expects to announce the sentence Friday", "intends to rule Monday"
_INTENDS = lazy_compile(r"\b(?:expects?|intends?|plans?|hopes?|aims?)\s+to\s+(?:\w+\s+){1,4}?$")


def _ahead(date: DateMatch, text: str, published: Optional[dt.date]) -> DateMatch:
    """A hearing put off "until March 21" lies ahead of the story even in a past-tense clause ("reserved her decision
    until"), and so does one a defendant "faces" or "awaits"; a date without its own year that resolved behind the
    story moves to the next year."""
    if date.value is None or published is None or date.value >= published or re.search(r"\d{4}", text[date.start:date.end]):
        return date
    lead = text[max(0, date.start - 80):date.start]
    if _WEEKDAY.fullmatch(text, date.start, date.end) and _INTENDS.search(lead.rsplit(". ", 1)[-1]):
        # "She expects to announce the sentence Friday morning" (told on a Thursday): the coming Friday
        return replace(date, value=date.value + dt.timedelta(days=7))
    if not (re.search(r"\b(?:until|till|to)\s+$", lead)
            or re.search(r"\b(?:faces?|facing|awaits?|awaiting)\s+(?:re-?)?sentencing\b[^.;]*$", lead)):
        return date
    return replace(date, value=date.value + relativedelta(years=1))


_MOST_OF_A_WEEK = dt.timedelta(days=4)
# The hearing named as a noun right before its weekday: "at his sentencing on Wednesday", "the hearing Friday"
_HEARING_BEFORE_DAY = lazy_compile(r"\b(?:sentencing|hearing)\s+(?:(?:on|this|next)\s+)?$", re.I)
# ... told as something that already took place: "his sentencing on Monday was postponed", "the hearing Friday ended"
_HEARING_HELD = lazy_compile(r"^[^.;:\u2014]{0,60}?\b(?:was|were|had|has\s+been|ended|began|opened|closed|postponed|delayed|adjourned"
                             r"|held|stalled|collapsed)\b", re.I)


def _hearing_to_come(date: DateMatch, text: str, published: Optional[dt.date]) -> DateMatch:
    """In a story that tells no sentence imposed, the weekday of "his sentencing" or "the hearing" lies ahead, whatever
    the tense of the clause around it: a preview dated Tuesday says "as his lawyers urged a judge to show leniency at his
    sentencing on Wednesday", the next day (not the one six days before). A hearing told as held ("his sentencing on
    Monday was postponed") stays behind the story."""
    if date.value is None or published is None or date.value >= published or published - date.value >= dt.timedelta(days=7) \
            or not _WEEKDAY.fullmatch(text, date.start, date.end) \
            or not _HEARING_BEFORE_DAY.search(text, max(0, date.start - 30), date.start) \
            or _HEARING_HELD.search(text[date.end:date.end + 80]):
        return date
    return replace(date, value=date.value + dt.timedelta(days=7))


def _come_to_pass(date: DateMatch, text: str, published: Optional[dt.date]) -> DateMatch:
    """In a story that tells the sentence imposed, a weekday its sentencing was "scheduled" for is behind the story, not
    ahead: "The Latest" file dated the day after the hearing keeps its first entry ("is scheduled to be sentenced
    Thursday") below the ones that report the sentence. Only a day most of a week ahead: such a file is dated a day or
    two after the hearing, while a preview dated the day before ("is due back in court Wednesday", a resentencing
    whose story also tells the first sentence) has its day just ahead."""
    if date.value is None or published is None or date.value - published < _MOST_OF_A_WEEK \
            or not _WEEKDAY.fullmatch(text, date.start, date.end):
        return date
    return replace(date, value=date.value - dt.timedelta(days=7))


def _latest(dates: list[DateMatch]) -> Optional[DateMatch]:
    """Sentencing closes a case, so of several dates said to be its own, the last is the one that stands ("a sentencing
    hearing on Wednesday ... reserved her decision until March 21"); a stated day beats a vaguer month."""
    if not dates:
        return None
    known = [d for d in dates if d.value is not None]
    if not known:
        return dates[0]
    return max(known, key=lambda d: (d.granularity == "day", d.value))


# ----------------------------------------------------------------------------- fact boxes

# A fact box's labelled line ("Sentence: 7 years in prison", "Fine: $25,000", "Prison: 15 years; fine: $25,000",
# "Maximum penalty: 20 years", "Prosecutors' request: 10 years"): the label says what the value is and in what sense.
_GIVEN_LABELS = {"sentence": "prison", "the sentence": "prison", "prison": "prison", "prison term": "prison", "prison sentence": "prison",
                 "jail": "jail", "jail term": "jail", "jail sentence": "jail", "jail time": "jail", "prison time": "prison",
                 "custody": "prison", "incarceration": "prison", "imprisonment": "prison", "punishment": "prison",
                 "fine": "fine", "fines": "fine", "restitution": "restitution", "forfeiture": "forfeiture", "probation": "probation",
                 "supervised release": "supervised_release", "community service": "community_service",
                 "home confinement": "home_confinement", "house arrest": "home_confinement", "what he got": "prison",
                 "what she got": "prison", "what they got": "prison"}
_MAXIMUM_LABELS = ("maximum penalty", "maximum sentence", "max sentence", "max penalty", "possible sentence", "possible penalty",
                   "potential sentence", "potential penalty", "statutory maximum", "faces", "could face", "what he faces",
                   "what she faces", "maximum", "penalty if convicted")
_REQUEST_LABELS = {"prosecutors' request": "prosecutors", "prosecutors\u2019 request": "prosecutors", "prosecution request": "prosecutors",
                   "prosecution's request": "prosecutors", "prosecution\u2019s request": "prosecutors", "government's request": "prosecutors",
                   "government\u2019s request": "prosecutors", "prosecutors sought": "prosecutors", "prosecutors asked for": "prosecutors",
                   "prosecutors wanted": "prosecutors", "what prosecutors wanted": "prosecutors", "what prosecutors sought": "prosecutors",
                   "state's request": "prosecutors", "state\u2019s request": "prosecutors",
                   "defense request": "defense", "defense's request": "defense", "defense\u2019s request": "defense",
                   "defence request": "defense", "defense sought": "defense", "defense asked for": "defense",
                   "what the defense wanted": "defense", "what the defense sought": "defense"}
_LABELS = sorted([*_GIVEN_LABELS, *_MAXIMUM_LABELS, *_REQUEST_LABELS], key=lambda w: (-len(w), w))
_LABELLED = lazy_compile(r"(?:^|(?<=;))\s*(?:[-\u2022*\u2013\u2014]\s*)?(?P<label>" + "|".join(re.escape(l).replace("\\ ", r"\s+") for l in _LABELS)
                       + r")\s*:\s*(?P<value>[^;]+?)\s*[.;]?\s*$", re.I)
_BARE_VALUE = lazy_compile(rf"(?P<term>{_MONEY_VALUE}|(?:(?:up\s+to|a\s+maximum\s+of|as\s+much\s+as)\s+)?(?P<num>{_NUM})[- ](?P<unit>years?|months?|weeks?|days?|hours?)"
                         r"(?:\s+(?:in\s+(?:federal\s+|state\s+)?(?:prison|jail)|behind\s+bars|of\s+(?:probation|supervised\s+release|community\s+service|home\s+confinement)))?"
                         r"|life(?:\s+(?:in\s+prison|imprisonment))?(?:\s+without\s+(?:the\s+possibility\s+of\s+)?parole)?"
                         r"|(?P<bare>probation|time\s+served|house\s+arrest|home\s+confinement|community\s+service))(?![.,]?\d)"
                         # ("Restitution: $4.1 million to the victims": whom it is paid to follows the sum)
                         r"(?=\s*(?:[,.;(]|$)|\s+(?:to|for)\s)", re.I)
_BARE_VALUE_KINDS = {"probation": "probation", "time served": "time_served", "house arrest": "home_confinement",
                     "home confinement": "home_confinement", "community service": "community_service"}
# The story tells of a sentence given: "was sentenced", "sentenced him", "jailed" (not "will be sentenced").
_SENTENCE_GIVEN = lazy_compile(r"\b(?:(?:was|were|been|is|are)\s+(?:\w+\s+)?(?:re-?)?sentenced(?!\s+to\s+be)|(?:re-?)?sentenced\s+(?:him|her|them|[A-Z][\w'\u2019-]+)\s+(?:on\s+\w+\s+)?to"
                             r"|(?:was|were)\s+jailed)\b")


def _box_sense(label: str) -> tuple[str, Optional[str], Optional[str]]:
    """A label's sense ("given", "maximum", "recommended"), the kind it names, and who asked."""
    key = re.sub(r"\s+", " ", label.lower())
    if key in _REQUEST_LABELS:
        return "recommended", "prison", _REQUEST_LABELS[key]
    if key in _MAXIMUM_LABELS:
        return "maximum", "prison", None
    return "given", _GIVEN_LABELS.get(key, "prison"), None


def _boxed(ctx: _Context, sentences: list[tuple[int, int]], terms: list[Term]) -> list[Term]:
    """Terms in a fact box read with the sense of their label or heading; a labelled bare value ("Fine: $25,000") is a
    term of the label's kind."""
    text = ctx.source.text
    given = any(t.status == "imposed" and t.subject is None for t in terms) \
        or any(_SENTENCE_GIVEN.search(text, s, e) for s, e in sentences)

    def apply(term: Term, sense: str, by: Optional[str]) -> None:
        if term.subject is not None:
            return
        if sense == "maximum":
            term.status, term.by = "maximum", None
        elif sense == "recommended" and term.status in ("other", "imposed"):
            term.status, term.by = "recommended", by
        elif sense == "given" and given and term.status == "other":
            term.status, term.by = "imposed", ctx.judge

    # a box's heading is a heading paragraph, not body; a labelled line the layout left a heading is read as one line
    lines = sorted(sentences + [(p.start, p.end) for p in ctx.source.paragraphs if p.kind == "heading"])
    heading: Optional[tuple[str, Optional[str]]] = None
    found: list[Term] = []
    for start, end in lines:
        sentence = text[start:end]
        box = BOX_HEADING.fullmatch(sentence)
        if box and not box.group("charges") and len(sentence.split()) <= 6:
            sense = "given" if box.group("given") else "maximum" if box.group("maximum") else "recommended"
            heading = (sense, "prosecutors" if sense == "recommended" else None)
            continue
        bullet = BULLET.match(sentence) is not None
        if not bullet:
            heading = None
        offset = start
        for segment in re.split(r"(?<=;)", sentence):
            seg_start, seg_end = offset, offset + len(segment)
            offset = seg_end
            m = _LABELLED.match(segment)
            if m:
                sense, kind, by = _box_sense(m.group("label"))
                v_start, v_end = seg_start + m.start("value"), seg_start + m.end("value")
                inside = [t for t in terms if t.citations and v_start <= t.citations[0].start < v_end]
                if not inside:
                    value = _BARE_VALUE.match(text, v_start, v_end)
                    if value is None:
                        continue
                    money = value.group("money")
                    amount, unit = _money(money) if money else (parse_number(value.group("num")), value.group("unit").lower().rstrip("s") + "s") \
                        if value.group("num") else (None, None if value.group("bare") else "life")
                    if value.group("bare"):
                        kind = _BARE_VALUE_KINDS[re.sub(r"\s+", " ", value.group("bare").lower())]
                    if money and kind not in ("fine", "restitution", "forfeiture"):
                        kind = "fine"  # "Maximum penalty: $250,000": a sum the law sets is a fine
                    if not money and kind in ("fine", "restitution", "forfeiture"):
                        continue
                    # "Fine: $200,000", "Supervised release: 3 years": the label names what the bare value is, so
                    # the term's text starts at it
                    span = (seg_start + m.start("label"), value.end("term"))
                    term = Term(text=text[span[0]:span[1]], kind=kind, citations=[ctx.source.cite(*span)], status="other",
                                amount=amount, unit=unit, by=None)
                    inside = [term]
                    found.append(term)
                for term in inside:
                    apply(term, sense, by)
            elif bullet and heading:
                for term in terms:
                    if term.citations and seg_start <= term.citations[0].start < seg_end:
                        apply(term, *heading)
    return terms + found

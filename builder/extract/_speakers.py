"""Who the words of an attribution mean: the speaker resolver behind attribution.py.

An attribution names its speaker in many ways, and each resolves by a convention of news writing:
- a full name, surname alone or a relative sharing the surname ("Quistorp said" after "her father, Martin Quistorp");
- a group or owned role ("Huffman's lawyers", "her attorney", "the Gurley family"): the party given that role,
  else the phrase as written;
- an institution or document ("the union", "the court", "the statement", "it read"): the body or person the
  article named as its issuer;
- a pronoun: the same sentence's first person of that gender, else the nearest earlier subject or speaker
  (subjects are recorded as the article goes: names opening a sentence, role nouns, groups, unnamed people);
- someone described but never named ("a juror", "the pedestrian, who cannot be named") keeps the description,
  so their words never fall back to a person named elsewhere, least of all the defendant.
Genders come from what the article marks (Mr./Ms., "his wife", "actress", the next "he"/"she"); an unmarked
person's given name, where nobody reads it otherwise ("Dennis", "Janice"), only ever rules a he/she out.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from builder.extract._defendant import find_defendant
from builder.extract._cues import (
    ADVERB, AFFILIATION_NP, ANONYMOUS, ANONYMOUS_NP, ANY_BODY, BARE_GROUP, BODY_SUBJECT, BRANCH, CAP_RUN, DESCRIBES, DOC_NP,
    DOC_WORD, EPITHET, FAMILY_NP, FEMALE, FRONTED_PHRASE, GROUP_NOUNS, GROUP_SUBJECT, GROUP_SUBJECT_ASIDE, INDEFINITE, INSTITUTION, JUDGE_ROLES,
    JUDICIAL_TITLES, LAWYER, MALE, NAMED_COURT, OWNED_RELATIVES_SUBJECT, OWNED_TEAM_SUBJECT, NAMED_GROUP_SUBJECT, NAMED_OFFICE, ORG_SAID, ORG_SPOKES, OWNED_BODY, OWNED_KIN, PARTY_MARK,
    INTERVIEW_INTRO, PLURAL_SUBJECT, POLITICAL, POSSESSIVE_END, QA_ANSWER, QA_QUESTION, POSSESSIVE_ROLE, PRONOUN, PUBLIC_BODIES, ROLE_NP, SPOKES, SPOKES_FOR, TITLED_OFFICE,
    THE_DESCRIBED, UNNAMED_BEFORE, UNNAMED_FEMALE, UNNAMED_MALE, UNNAMED_NP, VERBS, role_words,
)
from builder.extract._lexicon import (
    AFFILIATIONS, FEMALE_GIVEN_NAMES, FUNCTION_WORDS, KIN_NOUNS, MALE_GIVEN_NAMES, MONTHS_AND_DAYS, ORG_WORDS, OUTLET_WORDS, PEOPLE_NOUNS,
    PRONOUN_GENDER, ROLE_NOUNS, SPEECH_NOUNS, SPEECH_VERBS, STOPWORDS, TITLE_WORDS, UNNAMED_PERSON_NOUNS, US_STATES,
)
from builder.extract._marks import Segment
from builder.extract._regex import lazy_compile
from builder.extract.text import split_sentences
from builder.model import Party, Source

# A pronoun's verb that says it told the police ("he told officers", "she later told gardaí", "he told detectives at
# the scene"), and the roles of those it was told to
_TOLD_POLICE = lazy_compile(r"\s+(?:later\s+|then\s+|also\s+|repeatedly\s+)?(?:told|tells|said\s+to)\s+(?:the\s+|arresting\s+|attending\s+)?"
                            r"(?:police|officers?|gard(?:a\u00ed|ai)|garda\u00ed|detectives?|investigators?|constables?|deputies|troopers?|agents)\b")
_POLICE_ROLE = lazy_compile(r"\b(?:[Gg]arda|[Pp]olice|[Oo]fficer|[Dd]etective|[Dd]et\.?|[Cc]onstable|[Ss]ergeant|[Ss]gt\.?|[Ii]nspector"
                            r"|[Tt]rooper|[Dd]eputy|[Ii]nvestigator|[Aa]gent|PC|DC|DS|DI|Gda\.?)(?=\s|$)")


# From a sentence's subject to a his/her that can only be the subject's own: an age or appositive, then a clause with no
# verb of speaking, ruling or asking and no other name, to a preposition the possessive follows ("Jordan Kettle, 29,
# was jailed for two years after his car", "Ann Roe lost control of her")
_OWN_THING_AFTER_SUBJECT = lazy_compile(
    r"(?:,\s+\d{1,3},)?(?:\s+(?!(?:said|says|told|tells|argued|argues|asked|asks|wrote|writes|ordered|orders|ruled|rules"
    r"|urged|urges|testified|claimed|claims|insisted|added|noted|sentenced|sentences|thanked|blamed|accused|described"
    r"|that|who|whom|whose|which)\b)[a-z\d]+){1,8}\s+(?:after|when|while|because|as|in|with|from|of|on|into|behind|at)\s+")
# A person the article describes by a plain noun after "the": "the woman", "the 79-year-old homeowner"
DEFINITE_PERSON = lazy_compile(r"[Tt]he\s+(?P<described>(?:(?:\d+-year-old|young|elderly|older|younger|teenage|other)\s+)?"
                                r"(?:" + "|".join(sorted(UNNAMED_PERSON_NOUNS | {"victim", "complainant", "homeowner", "resident",
                                                                               "neighbour", "neighbor", "widow", "widower"},
                                                                              key=lambda w: (-len(w), w))) + r"))")
# A person described only by sex or age, and the statement that makes them the victim who speaks
_PLAIN_PERSON = lazy_compile(r"(?:[Tt]he|[Aa])\s+(?:woman|man|girl|boy|teenager|teen|person|mother|father)")
_IMPACT_STATEMENT = lazy_compile(r"\bvictim(?:['\u2019]s)?\s+(?:impact\s+|personal\s+)?statement", re.I)
# The verbs whose that-clause tells what someone else must do or is: "ordered that he serve", "ruled that she must",
# "asked that he be remanded", "recommended that she be spared jail"
_ORDERS_THAT = (r"(?:ordered|orders|directed|directs|ruled|rules|decreed|required|requires|demanded|demands|requested|requests"
                r"|asked|urged|recommended|recommends|proposed|suggested|stipulated|instructed|commanded)\s+that\b")


# Where a second clause, with a subject of its own, opens inside a sentence
_CLAUSE_OPENING = lazy_compile(r"(?:,\s+(?:but|and|while|yet|though|although|whereas)|;)\s+(?=[Tt]he\s)")

# Between a body's name and a person: a job and a title ("spokesperson Maj.", "chief executive"), no clause
# ("FBI Newark Special Agent in Charge Ann Roe": a field office's city and a title holding "in Charge")
_TITLES_BETWEEN = lazy_compile(r"\s+(?:(?:in\s+[Cc]harge|(?!(?:of|for|and|or|with|from|at|in|by|to|who|said)\b)[\w.\u2019'-]+)\s+){1,6}")

# What a possessive owns when it is the owner's own words: "Roe's unsworn statement", "Roe's testimony"
_OWNED_WORDS = lazy_compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:" + "|".join(sorted(SPEECH_NOUNS, key=lambda w: (-len(w), w))) + r")\b")

# A sentence fronted by a subordinate clause, then the main clause's pronoun subject: "When Roe asked …, he paused"
_FRONTED_CLAUSE = lazy_compile(r"\s*(?:(?:But|And|Then)\s+)?(?:When|After|As|Before|While|Although|Though|Once|Until|Because|If|Since)\s"
                             r"[^,;:.]{3,160}(?P<end>,)\s+(?:(?:then|finally|slowly|again)\s+)?(?P<main>[Hh]e|[Ss]he)\b")
# A body's short form: a definite noun phrase ending on what kind of body it is ("the patrol", "the Sheriff's Office")
_BODY_SHORT = lazy_compile(r"(?:[Tt]he\s+)?(?P<words>(?:[\w\u2019'-]+\s+){0,2}(?:[Pp]atrol|[Oo]ffice|[Dd]epartment|[Aa]gency|[Bb]ureau"
                         r"|[Cc]ommission|[Dd]ivision|[Aa]dministration|[Tt]ask\s+[Ff]orce|[Ss]trike\s+[Ff]orce"
                         # ("the B.C. Conservation Officer Service said … the conservation officer service said", "the
                         # Elm Valley Water Authority … the authority said": a body by its head, in lower case)
                         r"|[Ss]ervice|[Aa]uthority|[Bb]oard|[Cc]ouncil))")
_CLAUSE_OPENER = lazy_compile(r"\s*(?:(?:But|And|Then)\s+)?(?:When|After|As|Before|While|Although|Though|Once|Until|Because|If|Since)"
                            r"\s+(?:(?:the\s+)?[A-Z][\w.\u2019'-]*\s+){0,3}")
# From a name to the pronoun subject inside its who-clause: ", who told investigators she", ", who said he"
_WHO_CLAUSE_TO = lazy_compile(r",\s+who\s+(?:[a-z]+ly\s+)?(?:told|said|says|tells|testified|wrote|claimed|insisted|admitted)\s+"
                            r"(?:[a-z]+\s+){0,2}?(?:that\s+)?")
_GIVEN_BEFORE = lazy_compile(r"\b([A-Z][a-z]+)\s+$")
# "…," counsel said (Irish and British court reports): the barrister the report introduced by name, as
# "Ann Roe SC, defending," or "prosecuting counsel Ann Roe", and mentioned last before the words
_BARE_COUNSEL = lazy_compile(r"(?:(?:[Dd]efen[cs]e|[Pp]rosecuti(?:on|ng)|[Tt]he\s+(?:defen[cs]e|prosecution))\s+)?[Cc]ounsel")
_COUNSEL_AFTER_NAME = lazy_compile(r"\s*,?\s*(?:SC|BL|KC|QC)\b(?:,\s+(?:defending|prosecuting|mitigating)\b)?"
                                   r"|,\s+(?:defending|prosecuting|mitigating|in\s+mitigation|for\s+the\s+(?:defen[cs]e|prosecution|State|Crown))\b")
_COUNSEL_BEFORE_NAME = lazy_compile(r"\b(?:[Cc]ounsel|[Bb]arrister|[Ss]olicitor)(?:\s+for\s+(?:the\s+)?[\w\u2019'-]+)?,?\s+$")
_HONOUR = lazy_compile(r"(?:[Hh]is|[Hh]er)\s+Honou?r")  # ("…," her Honour said: lower case after the quote)
# A relation owned by the name before it, up to the name it describes, maybe placed in time or family ("wife of 44
# years", "husband of three decades", "aunt on her father's side")
_OWNED_RELATION = lazy_compile(r"\s+(?:[a-z-]+\s+){0,2}[a-z-]+(?:\s+(?:of|on|since|for)\s+[\w\u2019' -]{1,30}?)?,\s*")
# A question's opening right before a pronoun: "asked whether he", "wanted to know if she"
_QUESTION_BEFORE = lazy_compile(r"\b(?:whether|if|why)\s+$")
# "her husband", "his mother": a relative owned by a pronoun
# A sentence opening on a person the article describes and does not name: "The girl, now 16, did not testify",
# "The victim was not in court" (whose relative "her mother" in the next sentence is)
_DESCRIBED_VICTIM_GENDER = {"girl": "f", "boy": "m", "woman": "f", "man": "m"}
_DESCRIBED_VICTIM_OPENING = lazy_compile(r"[\s\u201c\"]*(?P<np>[Tt]he\s+(?:(?:\d{1,2}-year-old|young|teenage|injured|surviving)\s+)?"
                                        r"(?P<noun>girl|boy|woman|man|victim|child|teen|teenager|toddler|infant|baby|student))\b"
                                        r"(?![\u2019']s)")
# A plural team owned by someone, then its members' names in commas: "His lawyers, Ann Roe and Bo Lee,"
_TEAM_THEN_NAMES = lazy_compile(r"[\s,]*(?P<team>(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]*[\u2019']s)\s+(?:[a-z-]+\s+)?"
                                r"(?:lawyers|attorneys|prosecutors|parents|public\s+defenders))"
                                r",\s+(?:[A-Z][\w.\u2019'-]*\s+){1,3}(?:,\s+(?:[A-Z][\w.\u2019'-]*\s+){1,3})*"
                                r",?\s*and\s+(?:[A-Z][\w.\u2019'-]*\s+){0,3}[A-Z][\w\u2019'-]+,?\s*$")
# A relative told by "the" and the kin noun alone: "the mother said", "the victim's widower" is not one
_DEFINITE_KIN = lazy_compile(r"[Tt]he\s+(?P<noun>" + "|".join(sorted(KIN_NOUNS, key=lambda w: (-len(w), w))) + r")")
_PRONOUN_KIN = lazy_compile(r"^(?P<owner>[Hh]is|[Hh]er|[Tt]heir)\s+(?P<noun>husband|wife|partner|mother|father|son|daughter"
                          r"|brother|sister|grandmother|grandfather|aunt|uncle|cousin|niece|nephew|stepfather"
                          r"|stepmother|fianc[eé]e?|girlfriend|boyfriend|parents|sons|daughters|brothers|sisters"
                          r"|children|grandchildren)$")
# A relation owned by a pronoun right before the name it introduces: "Her sister, " (Ann Roe)
_PRONOUN_KIN_BEFORE = lazy_compile(r"\b(?P<owner>[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z-]+\s+)?(?:"
                                 + "|".join(sorted(KIN_NOUNS, key=lambda w: (-len(w), w))) + r"),?\s*$")
# A sentence opened by a relative owned by a pronoun, who then acts: "Her brother spoke next", "Their mother wept"
_PRONOUN_KIN_SUBJECT = lazy_compile(r"\s*(?P<np>(?:His|Her|Their)\s+(?:" + "|".join(sorted(KIN_NOUNS, key=lambda w: (-len(w), w)))
                                  # ("Her mother, speaking after her, said": an aside set off in commas before the verb)
                                  + r"))\b(?=(?:,[^,.;:\u201c\u201d\"]{1,60},)?\s+(?:also\s+|then\s+)?(?:[a-z]+(?:ed|s)|said|told|spoke|wept|read|stood|sat|took"
                                    r"|gave|wrote|made|went|came|held|began|sent)\b)")
# Whose relative a role says: "Lee’s sister"
_ROLE_OWNER = lazy_compile(r"(?P<owner>[A-Z][\w-]+[\u2019']s?)\s+(?:[a-z-]+\s+)?(?:"
                         + "|".join(sorted(KIN_NOUNS, key=lambda w: (-len(w), w))) + r")$")
# A deck's bare noun subject, capitalised as the line's first word: "Widow tells court ...", "Mother says ..."
_HEADLINE_NOUN_SUBJECT = lazy_compile(r"(?P<noun>[A-Z][a-z]+)\s+(?:tells|says|asks|urges|warns|describes|recalls|reveals|admits)\b")
# A place or body name used as a modifier of the noun that speaks: "Payson couple", "FBI's Denver field office"
_HEAD_AFTER_NAME = lazy_compile(r"\s+(?:[a-z-]+\s+)?(?P<head>couple|family|wh[a\u0101]nau|residents|field\s+office|regional\s+office|"
                              r"branch\s+office|office|union|board|council|committee|chapter|association|coalition)\b")
_ACRONYM = lazy_compile(r"\b[A-Z]{2,6}\b")
# An armed service speaks as an institution ("The Navy said in a statement"), though its name is a title word in
# "Army Spc. Ann Roe"; only the whole subject counts, so "the Army's review" or "Army officials" do not.
_SERVICE = lazy_compile(r"(?:[Tt]he\s+)?(?:U\.S\.\s+)?(?P<org>Army|Navy|Air\s+Force|Marine\s+Corps|Coast\s+Guard|Space\s+Force"
                      r"|(?:[A-Z][a-z]+\s+)?National\s+Guard)")
# A person putting a question: "Roe asked whether", "Roe pressed him on"
# Who wrote what another reads aloud: "one written by Roe's daughter, Ann Roe", "on behalf of Ann Roe"
# Court papers one side files, which articles call by each other's names ("a sentencing memorandum … the memo says").
_COURT_PAPERS = r"memo|memorandum|filing|brief|motion|reply|memos|memoranda|filings|briefs|motions|replies"
# The sides of a case that file papers
_SIDE = r"[Gg]overnment|[Pp]rosecution|[Pp]rosecutors|[Dd]efen[cs]e|[Ss]tate"
# The words owning a document, right before its noun: "the government's", "The defense", "Roe's", "their own".
_DOC_OWNER = lazy_compile(rf"(?:\b(?P<side>{_SIDE})(?:[\u2019']s?)?"
                        r"|(?P<owner>\b[A-Z][\w-]+(?=[\u2019']s)|\b[Hh]is|\b[Hh]er|\b[Tt]heir)(?:[\u2019']s)?)\s+(?:own\s+)?"
                        r"(?:(?:\d+-page|sentencing|court|legal|new|latest|initial|written|final)\s+){0,2}$")
_SIDE_PAPER = lazy_compile(rf"\b(?:{_SIDE})(?:[\u2019']s?)?\s+"
                         rf"(?:[a-z-]+\s+){{0,2}}?(?P<noun>{_COURT_PAPERS}|statement|letter|report)\b")
_OTHER_PAPERS = lazy_compile(r"\b(?:letters?|e-?mails?|notes|posts?|text\s+messages?|statements?|essays?)\b")
_THE_LAWYERS = lazy_compile(r"(?:[Tt]he|[Tt]hose|[Tt]hese)\s+(?:defen[cs]e\s+)?(?:lawyers|attorneys)")
_CLIENTS_LAWYER = lazy_compile(r"\b[A-Z][\w-]+(?:[\u2019']s|(?<=s)[\u2019'])\s+(?:defen[cs]e\s+)?(?:lawyer|attorney)\b")
# Who acts for one client only, so that "his lawyer" is that client's lawyer even unnamed
_OWNED_COUNSEL = frozenset({"lawyer", "attorney", "counsel", "barrister", "solicitor"})
# A court above the trial court, unnamed: "the appeals court", "the state Supreme Court", "the appellate panel"
_HIGHER_COURT_NP = lazy_compile(r"[Tt]he\s+(?:(?:state|federal|[A-Z][a-z]+|\d+-\d+|three-judge|divided)\s+)?"
                              r"(?P<kind>appeals|appellate|[Ss]upreme|[Hh]igh)\s+[Cc]ourt(?:\s+panel)?")
# The defence side as a speaker: "the defense said", "The defence team argued", "the defense attorneys"
_THE_DEFENCE = lazy_compile(r"[Tt]he\s+defen[cs]e(?:\s+(?:team|side|camp|lawyers|attorneys))?|[Tt]he\s+(?:lawyers|attorneys)"
                          r"|(?P<owner>[Hh]is|[Hh]er|[Tt]heir)\s+(?P<team>(?:defen[cs]e|legal)\s+team)")
_CLIENTS_LAWYERS = lazy_compile(r"\b[A-Z][\w-]+(?:[\u2019']s|(?<=s)[\u2019'])\s+(?:defen[cs]e\s+)?(?:lawyers|attorneys)\b")
# The same told by a pronoun, "his attorneys said", for a later "the defense wrote" to name as "Roe's attorneys"
_PRONOUN_LAWYERS = lazy_compile(r"\b(?P<owner>[Hh]is|[Hh]er|[Tt]heir)\s+(?:defen[cs]e\s+)?(?P<team>lawyers|attorneys)\b")
# A letter's writer named after it: "a letter from Ann Roe", "including one from his friend, Ann Roe".
# (also set off in commas: "One letter, from former board member Ann Roe, struck a different tone")
# ("60 letters were sent to the judge on Roe's behalf, including from his sister, Ann Roe": the letters' list of writers
# may come after a whole clause)
# (letters "submitted on Mr. Roe's behalf, from …": a title's full stop ends no sentence)
_LETTER_FROM = lazy_compile(r"\b(?:letters?|notes?|emails?|one|another)(?:,?\s+(?:[a-z]+\s+){0,3}?|\b[^.;:!?]{0,120}?,\s+including\s+"
                            r"|\s+(?:were|was)\s+(?:[^.;:!?]|\b(?:Mr|Mrs|Ms|Dr)\.){0,60}?,\s+)"
                            r"from\s+[^.;:!?]{0,100}$")
# A family owned by a role written after it: "the family of the victim", "relatives of the slain deputy"
_FAMILY_OF_ROLE = lazy_compile(r"(?:[Tt]he\s+)?(?:[Ff]amil(?:y|ies)|[Rr]elatives|[Ll]oved\s+ones)\s+of\s+(?:the|a|an)\s+(?:[a-z-]+\s+)?"
                             r"(?P<role>" + "|".join(sorted(KIN_NOUNS | PEOPLE_NOUNS | ROLE_NOUNS | UNNAMED_PERSON_NOUNS,
                                                            key=lambda w: (-len(w), w))) + r")")
# A family owned by a pronoun, which a later bare "the family" goes on to mean: "her family said".
_OWNED_FAMILY = lazy_compile(r"\b(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z-]+\s+)?family\b")
# An official's office or campaign named by a pronoun: "her office", "his campaign".
_OWNED_OFFICE = lazy_compile(r"(?P<owner>[Hh]is|[Hh]er|[Tt]heir)\s+(?P<noun>office|campaign)")
# Bodies no government runs, which an article names by a brand-like name: "the church" may be "Elm Ministries".
# Nouns that name a body without saying what kind it is, so any name the article just gave may be it.
_GENERIC_BODIES = frozenset("group organization organisation coalition nonprofit campaign team club alliance network station page account "
                            "fraternity sorority chapter".split())  # (a Greek-letter name says nothing of its kind)
# A sentence reporting what a body announced, its subject opening it: "The bank said it …", "The Elm Police
# Department said in a statement that …" (a statement quoted right after is that body's)
_ANNOUNCED = lazy_compile(r"(?:^|(?<=[.!?]\s))(?P<np>(?:[Tt]he\s+)?[A-Z]?[^.;:!?,\u201c\u201d\"X]{1,80}?)\s+(?:also\s+)?"
                        r"(?:said|says|announced|stated)\s+(?:it|that|in\s+a\s+(?:written\s+)?statement)\b", re.MULTILINE)
# Member bodies a story names once and then by their kind: "the national fraternity", "the parent organization".
_MEMBER_BODIES = frozenset("fraternity sorority chapter organization organisation".split())
# Words owned by whoever is named before them: "The company's statement", "Dr. Ann Roe's written remarks".
_OWNED_WORDS_NP = lazy_compile(r"(?P<owner>(?:[Tt]he\s+)?(?:[\w.&-]+\s+){0,5}?[\w.&-]+)(?P<poss>[\u2019']s?)\s+(?:[a-z-]+\s+){0,2}?(?:"
                             + "|".join(sorted(SPEECH_NOUNS, key=lambda w: (-len(w), w))) + r")")
# A relative described by whose relative they are: "the victim's mother", "the boy's father".
_DESCRIBED_KIN = lazy_compile(r"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?P<owner>[a-z-]+)[\u2019']s\s+(?P<kin>"
                            + "|".join(sorted(KIN_NOUNS, key=lambda w: (-len(w), w))) + r")")
# The people who speak for a body, owned by it: "the group's administrators", "the company's top officials".
_BODY_VOICE_NOUNS = (r"administrators|admins|organi[sz]ers|leaders|leadership|officials|spokesperson|spokesman|spokeswoman"
                     r"|representatives|founders|board")
_BODY_VOICE_NP = lazy_compile(r"(?P<owner>[Tt]he\s+(?:[a-z-]+\s+)?[a-z]+)[\u2019']s?\s+(?:[a-z-]+\s+)?(?:" + _BODY_VOICE_NOUNS + ")")
_BODY_VOICE_NOUN = lazy_compile(_BODY_VOICE_NOUNS)
# The people who run a body the article never names, owned by a common noun: "the plan's trustees", "the fund's
# managing director" (they speak as written)
_OWNED_MEMBERS_NP = lazy_compile(r"[Tt]he\s+(?:[a-z-]+\s+)?[a-z]+[\u2019']s?\s+(?:[a-z-]+\s+)?(?:trustees|directors?|"
                                 r"administrators?|organi[sz]ers|leaders|officials|executives?|managers?|owners?|"
                                 r"board\s+members|chief\s+executive|chairman|chairwoman|chairperson|president|founder)")
_THE_NOUN = lazy_compile(r"\b[Tt]he\s+(?P<noun>[a-z]{3,})\b")
# A body's people owned by "its": "its elders", "its trustees", "its lawyers" (a later "Its" stands for the body)
_ITS_PEOPLE = lazy_compile(r"[Ii]ts\s+(?:own\s+)?(?P<noun>" + _BODY_VOICE_NOUNS + r"|elders|deacons|trustees|members|directors"
                           r"|lawyers|attorneys|executives|owners|managers|staff|clergy|pastors)")
# A body's generic noun that the institution nouns leave out because a modifier makes it a side's ("defense team").
_GENERIC_NP = lazy_compile(r"[Tt]he\s+(?P<noun>team|club|network|alliance|nonprofit|station)")
# A body named after the word that introduces it, its name keeping lowercase words inside: "a group called Elm
# Backs the Blue", "a page named Friends of the Park", "an account known as Moms for the Truth".
_CALLED_NAME = lazy_compile(r"\b(?:called|named|known\s+as)\s+(?P<name>[A-Z][\w.&\u2019'-]*(?:[ \t]+(?:(?:the|of|for|and|in|on|a)[ \t]+)*"
                          r"[A-Z][\w.&\u2019'-]*)*)")
# Where a noun after a comma is the head of an appositive describing the name before it ("Elm Workers United, the
# union that …", "Brightwater Foods, a company based in Toledo,"), not a modifier ("a union organizer").
_APPOSITIVE_HEAD_END = r"(?![\u2019'-])(?=\s*(?:[,.;:)\u2014]|$)|\s+(?:that|which|who|whose|where|based|representing|for|in|of|with|on|at|from|run|founded)\b)"
# Plural people opening a sentence ("Investigators said"), which are never a body's name.
_PEOPLE_OPENING = frozenset(w.capitalize() for w in PEOPLE_NOUNS | {"investigators", "officials", "authorities", "police",
                                                                    "prosecutors", "witnesses", "neighbors", "neighbours"})
# An office owned by a pronoun or left bare: "Her office", "his office", "the office", "Their office"
_HELD_OFFICE = lazy_compile(r"(?:(?P<owner>[Hh]is|[Hh]er)|[Tt]he)\s+office(?:\s+(?:later|also|then|previously|earlier))?")
# The title of an official who heads an office, right before their name: "U.S. Attorney", "Cook County State's
# Attorney", "District Attorney", "Attorney General", "Sheriff", "Inspector General"
_OFFICE_TITLES = (r"(?:(?:U\.S\.|United\s+States|District|State[\u2019']?s|County|City|Commonwealth[\u2019']?s|Circuit|Prosecuting)"
                  r"\s+Attorney|Attorney\s+General|Sheriff|Inspector\s+General|Public\s+Defender|Solicitor(?:\s+General)?"
                  r"|Prosecutor|Comptroller|Auditor|Coroner|Medical\s+Examiner)")
_HOLDER_TITLE_BEFORE = lazy_compile(r"(?P<title>(?:(?:[A-Z][\w.\u2019'-]*)\s+){0,3}" + _OFFICE_TITLES + r")\s+$")
_HOLDER_TITLE_AFTER = lazy_compile(r",\s+(?:the\s+)?(?P<title>(?:(?:[A-Z][\w.\u2019'-]*|[a-z]+)\s+){0,3}?"
                                   + _OFFICE_TITLES.replace(r"\s+", r"\s+") + r")\b", re.IGNORECASE)
# An officer's rank, then their name, after the force's name: "Elm police Sgt. Ann Roe", "Elm police spokesman Bo Lee"
_RANK_THEN_NAME = lazy_compile(r"\s+(?:Sgt|Lt|Det|Capt|Cpl|Cmdr|Officer|Detective|Sergeant|Lieutenant|Captain|Chief|Commander"
                               r"|spokes(?:man|woman|person))\.?\s+[A-Z]")
_NAME_ABBREVIATIONS = frozenset("Inc Co Corp Ltd Bros Jr Sr St".split())
# A name mid-sentence, after a word that introduces a body ("welcomed by the Ohio NAACP", "members of Parents for
# Safe Streets"), never a sentence's first word (which is capitalised anyway).
_BODY_NAME = lazy_compile(r"(?<=[a-z,][ \t])(?:the[ \t]+)?(?P<name>(?:[A-Z][\w.&\u2019'-]*|[A-Z]{2,6})(?:[ \t]+(?:(?:of|for|and)[ \t]+)?"
                        r"[A-Z][\w.&\u2019'-]*)*)")
# A role held by the state's lawyer, whatever the title ("Deputy District Attorney", "Assistant U.S. Attorney").
_PROSECUTING_ROLE = lazy_compile(r"\bprosecut|\b(?:district|state(?:[\u2019']?s)?|u\.s\.|united\s+states|commonwealth(?:[\u2019']?s)?|county|city"
                               r"|circuit)\s+attorney\b|\battorney\s+general\b|\bcrown\b|\bsolicitor\b|\bDA\b"
                               r"|\bfiscal\b", re.I)  # ("procurator fiscal depute Ann Roe": Scotland's prosecutor)
# A role on the defence's side: "Solicitor Bo Lee, defending," is no prosecutor, whatever "solicitor" means elsewhere
_DEFENDING_ROLE = lazy_compile(r"\bdefen[cs]e\b|\bdefending\b|\bmitigat", re.I)
_PRIVATE_BODIES = frozenset("company firm church hospital system business employer operator charity bank club fund partnership airline carrier"
                            .split())
# A body's noun, and the words of a name that say the body is of that kind: "the airline" is "Elm Airways"
_KIND_IN_NAME = {**dict.fromkeys(("airline", "carrier"), frozenset("airlines airways airline lines".split())),
                 **dict.fromkeys(("railroad", "railway"), frozenset("railroad railway railways rail".split())),
                 # "the Elm Valley Local Schools board … the district said": a school system by any of its names
                 "district": frozenset("schools district isd usd".split()),
                 "diocese": frozenset("diocese archdiocese".split()),
                 "archdiocese": frozenset("diocese archdiocese".split()),
                 "university": frozenset("university".split()),
                 "college": frozenset("college".split())}
# Words of a name that make it another body than the noun's kind: "the Elm County District Attorney's Office"
_OTHER_KIND_IN_NAME = frozenset("attorney attorney's attorney’s court judge police sheriff".split())
# Words before a body's noun that place or describe it without telling which body it is: "the state department",
# "the local union" (unlike "the police department", "the fire department": another body than the Justice Department)
_PLACING_BODY_WORDS = frozenset("state county city town federal local national regional tribal public private parent "
                                "former new same entire whole".split())
# Words that tell a body's kind, in its name or in the noun for it: "the hospital system" is no "Elm Ministries".
_BODY_KINDS = {**dict.fromkeys("church ministries ministry tabernacle chapel fellowship congregation".split(), "church"),
               **dict.fromkeys("hospital health healthcare clinic medical".split(), "health"),
               **dict.fromkeys("bank credit savings".split(), "bank")}
# The nouns by which a story goes on to call an outlet or a chain, and the nouns of an appositive that introduce one
_MEDIA_KINDS = {**dict.fromkeys(("station", "broadcaster"), "station|affiliate|channel|broadcaster"),
                **dict.fromkeys(("newspaper", "paper"), "newspaper|paper|daily|weekly|tabloid|broadsheet"),
                **dict.fromkeys(("outlet", "newsroom", "publication"),
                                "outlet|newsroom|publication|magazine|site|website|newspaper|paper|station|affiliate"),
                **dict.fromkeys(("chain", "retailer"), "chain|retailer|grocer|store")}
# A broadcaster's call letters ("WKTV", "KCRG-TV") and a newspaper's masthead ("The Elm Ledger", "Daily Sentinel")
_CALL_LETTERS = lazy_compile(r"\b[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?\b")
_MASTHEAD = lazy_compile(r"(?:\bThe\s+)?(?:[A-Z][\w.&-]*\s+){1,3}(?:Times|Post|Herald|Tribune|Journal|Gazette|Dispatch|Chronicle|"
                       r"Star|News|Register|Sentinel|Inquirer|Observer|Examiner|Bee|Globe|Record|Courier|Ledger|Enquirer|"
                       r"Telegraph|Guardian|Independent|Mirror|Citizen|Bulletin|Courant|Advocate|Standard|Democrat|"
                       r"Plain\s+Dealer|Free\s+Press|Beacon\s+Journal)\b")
# An adverb opening a sentence before its subject: "Now prosecutors want …", "Still, the jurors …".
# The relative a possessive owner opens a sentence with ("Ann Roe's son", "Lee's 4-year-old daughter"), and the
# relative's own gender
_RELATIVE_AFTER_OWNER = lazy_compile(r"(?:[\u2019']s?)?\s+(?:[\w-]+\s+)?(?P<kin>[a-z]+)\b")
_RELATIVE_GENDER = {**dict.fromkeys("son brother father husband nephew stepson grandson grandfather uncle boyfriend".split(), "m"),
                    **dict.fromkeys("daughter sister mother wife niece stepdaughter granddaughter grandmother aunt girlfriend".split(), "f")}
_OPENING_ADVERB = lazy_compile(r"\s*(?:(?:Now|Then|But|And|So|Still|Instead|Meanwhile)\b,?\s*)?")
# "Lee read her letter aloud", "read out his statement": the reader of a possessed document.
_READ_OUT_BEFORE = lazy_compile(r"\bread\s+(?:(?:aloud|out)\s+)?(?:from\s+)?$")
_AUTHORED = lazy_compile(r"\b(?:written|penned|composed|prepared)\s+by\s+|\b(?:[Oo]n\s+behalf\s+of|[Ss]peaking\s+for)\s+"
                       r"|\b(?:statement|letter|note|message|remarks)s?\s+(?:(?:aloud|out)\s+)?(?:from|by)\s+")
# "Dolan read her victim impact statement aloud": the owner of a document read out wrote it ("his own" is the reader's)
_READ_OWNED = lazy_compile(r"\bread\s+(?:(?:aloud|out)\s+)?(?:from\s+)?(?P<owner>his|her)\s+(?!own\b)(?:[\w-]+\s+){0,3}?"
                         r"(?:statement|letter|note|message|remarks|words)s?\b")
# An unnamed author described right after "on behalf of": "an advocate read a statement on behalf of the third victim,
# now 20" (the whole described phrase speaks, never the reader)
_DESCRIBED_AUTHOR = lazy_compile(r"(?P<np>[Tt]he\s+(?:[\w-]+\s+){0,2}?(?:victim|survivor|accuser|complainant|woman|man|girl|boy"
                                 r"|teen|teenager|mother|father|daughter|son|widow|widower))(?![\w\u2019'-])")
# An author written as a pronoun after "written by" / "a letter from": "a letter from him", "written by her father"
_PRONOUN_AUTHOR = lazy_compile(r"(?P<pronoun>him|her|them)\b(?!\s+(?:[a-z-]+\s+)?(?:" + "|".join(sorted(KIN_NOUNS, key=lambda w: (-len(w), w)))
                             + r")\b)|(?P<owner>his|her|their)\s+(?P<kin>" + "|".join(sorted(KIN_NOUNS, key=lambda w: (-len(w), w)))
                             + r")\b")
# A paper handed in by the one who wrote it, read out by another: "Lee submitted a written statement, which the
# prosecutor read aloud", "Lee sent a letter that his aunt read"
_SUBMITTED_PAPER = lazy_compile(r"\b(?:submitted|sent|wrote|penned|prepared|provided|gave)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
                              r"(?:statement|letter|note|message)\b")
# The relation a reader's role gives them to the one they read for: "Lee's daughter" reads "her father"'s words
_KIN_OF_KIN = {"father": {"son", "daughter", "child"}, "mother": {"son", "daughter", "child"},
               "son": {"father", "mother"}, "daughter": {"father", "mother"}, "husband": {"wife", "widow"},
               "wife": {"husband", "widower"}, "brother": {"brother", "sister"}, "sister": {"brother", "sister"},
               "grandfather": {"grandson", "granddaughter"}, "grandmother": {"grandson", "granddaughter"},
               "uncle": {"nephew", "niece"}, "aunt": {"nephew", "niece"}}
# "read a statement on his behalf" / "on Roe's behalf": the owner of the behalf is the author
_ON_BEHALF = lazy_compile(r"\bon\s+(?P<owner>his|her|their|(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*[\u2019']s)\s+behalf\b")
# A sentence opened (maybe after an opening phrase, never after a name: "I asked Ann Roe, the victim's daughter")
# by an unnamed person's relative: "At the hearing, the victim's mother read"
_UNNAMED_KIN_SUBJECT = lazy_compile(
    r"(?:(?:At|In|On|After|Before|During|Outside|Inside|Later|Earlier|Then|Minutes|Moments|When|As|Following)\b"
    r"[^,;:.\u201c\u201d\"]{0,50},\s+)?[Tt]he\s+(?P<np>(?:"
    + "|".join(sorted(ROLE_NOUNS | {"boy", "girl", "child", "man", "woman"}, key=lambda w: (-len(w), w)))
    + r")[\u2019']s\s+(?:[a-z-]+\s+)?(?:"
    + "|".join(sorted(KIN_NOUNS | {"parents", "family"}, key=lambda w: (-len(w), w))) + r"))\b(?![\u2019'-])")
# A defence lawyer's role: "Assistant Public Defender", "defense attorney", "Roe's lawyer"
# A phrase fronted before its sentence's subject: "In a letter read aloud by the prosecutor, ", "At the hearing, "
_FRONTED_PHRASE = lazy_compile(r"\s*(?:In|At|During|Through)\s+[^,;:.\u201c\u201d\u2014\u2013]{1,100},\s+")
# A relative owned by someone, with their age before the noun: "Roe's 15-year-old daughter", "Roe's 9-year-old son"
_OWNED_KIN_AGED = lazy_compile(r"(?:[\u2019']s|s[\u2019'])\s+\d{1,2}-year-old\s+(?P<noun>" + "|".join(sorted(KIN_NOUNS, key=lambda w: (-len(w), w)))
                               + r")\b")
# The defence as a side, a headline's or deck's subject: "Defense asks for probation", "The defense says"
_BARE_DEFENSE = lazy_compile(r"(?:[Tt]he\s+)?[Dd]efen[cs]e")
_DEFENCE_ROLE = lazy_compile(r"\b[Dd]efender\b|\b[Dd]efen[cs]e\s+(?:attorney|lawyer|counsel)\b"
                           r"|[\u2019']s\s+(?:[a-z-]+\s+)?(?:lawyer|attorney|counsel)$")
# Words someone wrote or gave, before their unnamed author: "a statement from ", "an email written by "
_FROM_UNNAMED = lazy_compile(r"\b(?:statement|letter|note|email|e-mail|message|account|testimony|words|essay|post)s?\s+"
                           r"(?:(?:written|sent|signed|submitted)\s+)?(?:from|by)\s+")
# A place preposition right before a capitalised name: "in Columbus", "at Salem"
_PLACE_BEFORE = lazy_compile(r"\b(?:in|at|near|outside|from)\s+(?:the\s+)?$")
# A body owning the office that spoke: "Delta Pi's national headquarters in Columbus"
_OWNER_OF_OFFICE = lazy_compile(r"(?P<org>[A-Z][\w&.-]*(?:\s+(?:of\s+)?[A-Z][\w&.-]*)*)[\u2019']s\s+(?:[a-z-]+\s+){0,2}"
                              r"(?:headquarters|office|offices|leadership|board|chapter|administration)\s+(?:in|at|near)\s+"
                              r"(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*,?\s*$")
# What a possessive names when it introduces a family: "Roe's parents", "Roe's mother and sister"
_RELATIVES_AFTER = lazy_compile(r"\s*(?:[a-z-]+\s+)?(?:parents|family|relatives|mother|father|widow|widower|wife|husband"
                              r"|sister|brother|son|daughter|siblings|children)\b")
_ASKS = lazy_compile(r"\s+(?:[a-z]+ly\s+)?(?:asked|questioned|pressed)\b")
_ROLE_ASKS = lazy_compile(ROLE_NP.pattern + _ASKS.pattern)
# "asked Ann Roe, the victim's widow, what she wants": a person put a question, who is the next to speak.
_ASKED_BEFORE = lazy_compile(r"\b(?:asked|questioned|pressed|interviewed)\s+$")
_QUESTION_AFTER = lazy_compile(r"(?:,[^,;.]{1,80},)?\s+(?:what|whether|how|if|why|when|where|who|about)\b")
_ADDRESSES_BENCH = lazy_compile(r"\b[Yy]our\s+(?:[Hh]onou?r|[Ll]ordship|[Ll]adyship)\b|(?:^|[,.!?]\s*)Judge(?:\s+[A-Z][\w'-]+)?\s*[,.!?]")
# "Asked by a reporter whether she forgave Roe, Ann Lee paused" / "When pressed on the verdict, Lee …": a sentence
# opening on a question put to someone; whoever the clause after its comma opens on is the one who answers
_ASKED_OPENING = lazy_compile(r"\s*(?:When\s+|After\s+(?:being\s+)?|Once\s+|If\s+)?(?:[Aa]sked|[Qq]uestioned|[Pp]ressed|"
                            r"[Qq]uizzed|[Cc]hallenged)\b")
# A sentence opening on a subordinate clause, before its pronoun: "When she asked …", "Asked by her …".
_SUBORDINATE_OPENER = lazy_compile(r"\s*(?:(?:When|As|After|Before|While|Once|If|Until|Because|Though|Although)\s+|Asked\s+by\s+)")
# A second clause with its own subject opening right before a pronoun: "…, and he said".
_NEXT_CLAUSE = lazy_compile(r"(?:,\s+(?:and|but|then|so)|;)\s+$")
# A scene-setting phrase opening a sentence before its subject: "Speaking outside the Harbor County Courthouse,",
# "At a rally in Dayton,", "Outside City Hall,". A body named in it is where the subject stands, not who speaks.
_SCENE_OPENING = lazy_compile(r"\s*(?:[A-Z][a-z]+ing|At|Outside|Inside|In|On|During|From|Standing|Following)\b[^,;]{0,120},\s+")
# A name inside a subordinate clause of its sentence: "Lee apologized before Judge Roe announced the sentence".
_SUBORDINATE_BEFORE = lazy_compile(r"\b(?:before|after|while|until|as|when|because|since|once|whereas|although"
                                 # ("The judge rejected a defence submission that Vukovic should receive ...": a clause
                                 # that tells what the submission argued)
                                 r"|(?:submission|argument|claim|suggestion|request|assertion|contention|application|bid)\s+that)\s+"
                                 r"(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){0,2}(?:[A-Z][\w.\u2019'-]*\s+)*$")
# Where a described person works or lives, after the role: " at the Elm Street bakery", " of Lee's church"
_PLACE_POSTMODIFIER = lazy_compile(r"\s+(?:at|of|from|in|on)\s+(?:the\s+)?[A-Z][^,;:\u201c\u201d\"]{1,60}?[\s,]*")
# Things written, printed or recorded: a name before one only says whose or what kind ("Marketing materials", "Text
# messages recovered from his phone"), and the thing speaks for nobody the words name
_RECORD_HEADS = frozenset("""material materials message messages text texts email emails e-mail e-mails record records
filing filings document documents post posts note notes letter letters paper papers report reports file files log logs
transcript transcripts ad ads advertisement advertisements brochure brochures flyer flyers leaflet leaflets video videos
recording recordings footage statement statements tweet tweets chat chats screenshot screenshots receipt receipts
invoice invoices""".split())
# Where a phrase's own words give way to a clause or a phrase about it: "Kaylee's name" inside "a friend who helped
# set up a fund in Kaylee's name"; a capitalised word after one of these is something the phrase mentions
# (not the "in" of a title: "Special Agent in Charge Ann Roe")
_CLAUSE_BEFORE_RUN = lazy_compile(r"\b(?:who|whom|whose|which|that|while|when|where|because|and|or|in(?!\s+[Cc]harge\b)|on|into"
                                  r"|about|over|after|before|with|without|to|toward|towards)\s")
# Words after a capitalised run that are no noun it could modify: a verb in the past, an adverb
_NOT_A_NOUN = lazy_compile(r"(?!(?:family|ally|assembly|rally|supply|bully|shed|bed|seed|breed|creed|steed)$)[a-z-]{2,}(?:ed|ly)|nonetheless|nevertheless|also|still|then|later|never|often|once|again|too"
                           r"|ran|told|said|says|wrote|made|took|gave|kept|left|met|saw|sent|went|came|became|began|spoke|got")
# A dateline opening the words: "HAMILTON - ", "PORT ELLEN, Scotland — ", "WASHINGTON (AP) — " (a place, never a speaker)
_DATELINE_OPENING = lazy_compile(r"\s*[A-Z][A-Z.\u2019'-]+(?:[ \t]+[A-Z][A-Z.\u2019'-]+)*(?:,[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?)?"
                                 r"(?:[ \t]*\([^)\n]{1,40}\))?[ \t]*(?:--|[\u2014\u2013]|-(?=\s))[ \t]*")
# Words that never head a noun phrase (what follows a name is then no noun it modifies)
_NOT_HEAD_WORDS = FUNCTION_WORDS | frozenset(w.lower() for w in STOPWORDS)
# A bare judge's title as a headline writes it: "Judge tells roofer …", "judge says …"
_BARE_JUDGE = lazy_compile(r"(?:[Tt]he\s+)?[Jj]udge")
# A minor spoken of by age group alone, and the age a name carries: "the teen", "Ann Roe, now 15,"
_YOUNG_EPITHET = lazy_compile(r"[Tt]he\s+(?P<noun>teen|teenager|boy|girl|youth|youngster)")
_AGE_AFTER = lazy_compile(r",\s+(?:now\s+)?(?P<age>\d{1,2})\b(?!,\d)")
# A sentence opened by a client's lawyer the article does not name there: "Roe's defence lawyer asked for …"
# "her lawyers wrote that Roe had …", "His attorneys argued Roe was …": a possessive pronoun's lawyers whose own
# reported clause names their client at once; the words from the pronoun up to that name (no quote mark, no other
# sentence) end on the reporting verb or its "that"
_LAWYERS_REPORT_ON_CLIENT = lazy_compile(r"\s+(?:(?:defen[cs]e|trial|court-appointed)\s+)?(?:lawyers?|attorneys?|counsel)\b"
                                         r"[^\"\u201c\u201d.;]{0,80}?\b(?:that|said|wrote|argued|told\s+\w+|contended|"
                                         r"insisted|maintained|claimed|stated|noted|acknowledged)\s+$")
# A message as the subject of "read": "one of the messages", "the text", "her email" (its sender is the speaker)
_MESSAGE_NP = lazy_compile(r"(?:(?:one|some|two|three|another|several|many|each)\s+of\s+)?(?:the|his|her|their|a|an|that|this|another)?\s*"
                         r"(?:(?:text|last|first|final|later|earlier|other)\s+)?(?:messages?|texts?|e-?mails?)")
# Where the article says who sent the messages it goes on to quote: "texts in which his wife reminded him", "emails
# from Ann Roe", "messages Ann Roe sent"
_MESSAGES_SENT = lazy_compile(r"\b(?:messages|texts|e-?mails|message|text|e-?mail)\s+(?:(?:in\s+which|where|from|by)\s+"
                            r"(?P<np>[Hh]e|[Ss]he|[Tt]hey|[Hh]im|[Hh]er|[Tt]hem|(?:[Hh]is|[Hh]er|[Tt]heir)\s+[a-z]+"
                            r"|(?:[A-Z][\w.\u2019'-]*\s+){0,3}[A-Z][\w\u2019'-]*(?:(?<=[\u2019']s)\s+[a-z]+)?))"
                            r"(?=\s*[,.;]|\s+[a-z])")
_OWNED_LAWYER_OPENING = lazy_compile(r"\s*(?P<np>[A-Z][\w-]+(?:[\u2019']s|(?<=s)[\u2019'])\s+(?:(?:defen[cs]e|court-appointed|trial)\s+)?"
                                   r"(?:lawyer|attorney|counsel|barrister|solicitor)s?)\b(?!\s*,)")
# A sentence opened by a description the name then gives in commas: "The president of the union, Sgt. Ann Roe,".
# (the name may carry a lowercase title of its own: "Roe's attorney, public defender Lee Park, said")
# A finite verb after a described subject's name and its closing comma: ", is asking", ", filed", ", has argued"
# ("..., of Fishponds, paid him £31,000": a home town told between the name and its verb; an irregular past as well)
_FINITE_AFTER_APPOSITIVE = lazy_compile(r"(?:,\s+(?:of|from)\s+[A-Z][^,;]{0,40})?,\s+(?:[a-z]+ly\s+)?(?:is|was|are|were|has|had|have|will|would|did|does|[a-z]{3,}ed"
                                        r"|paid|told|said|gave|took|lost|sent|made|went|came|saw|spent|sat|stood|wrote|spoke|knew|left)\b")
# A sentence that tells of posting something online: "Roe posted …", "threatened in a post", "wrote on Snapchat"
_POSTING = lazy_compile(r"\b(?:posted|posting|posts|shared|tweeted|uploaded|wrote|threatened|threatening|published|put\s+up)\b")
# ("One of Fenwick's victims, 89-year-old Ann Roe, ...": one of a described group, then her age as a word)
_DESCRIBED_OPENING = lazy_compile(r"\s*(?:The|An?|His|Her|Their|[A-Z][\w-]*[\u2019']s|(?:One|Another)\s+of\s+(?:the|his|her|their|[A-Z][\w-]*[\u2019']s))\s+[a-z][^,;]{0,80},\s*(?:[A-Z][a-z]*\.\s+)?"
                                r"(?:(?!(?:and|or|but|then|who|when|as)\b)[a-z0-9][\w-]*\s+){0,3}")
# A capitalised body opening the sentence that names a document, then its verb: "The Harbor Valley Consulate
# (in Dayton) said in a statement". Two capitalised words at least, so "The Times" or a bare surname never passes.
_UNLISTED_BODY = lazy_compile(r"(?:[Tt]he\s+)?(?P<np>[A-Z][\w.&\u2019'-]*(?:\s+[A-Z][\w.&\u2019'-]*){1,6})"
                            r"(?:\s+(?:in|of|for|at)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})?"
                            r"(?:\s+(?:officials|leaders|administrators|representatives))?\s+(?:said|says|announced|added|wrote|issued|released)\b")
# Lower-case words for a person: a sentence using one may be about someone other than the one it names.
_DESCRIBED_PEOPLE = ROLE_NOUNS | PEOPLE_NOUNS | KIN_NOUNS | frozenset(
    "man woman men women boy girl child someone anyone client customer patient driver passenger".split())
# A writer's verb: "Roe wrote", "he writes".
_WROTE = lazy_compile(r"\b(?:wrote|writes)\b")
# A relative clause still open before a name: "Ann Roe, who put Lee on leave" / "Ann Roe, whose officers arrested Lee".
_DESCRIBED_IN = lazy_compile(r",\s+(?:who|whom|whose|which)\b[^,;]*$")
# Verbs of speech that take what was said as their complement ("said he was glad Roe admitted it"); not those
# whose object is a thing or the person addressed ("read the charges", "called Roe", "asked Roe").
_REPORTING = lazy_compile(r"\b(?:said|says|say|told|tells|tell|wrote|writes|argued|argues|argue|testified|testifies|"
                        r"claimed|claims|insisted|insists|explained|explains|noted|notes|added|adds|recalled|recalls|"
                        r"stated|states|contended|contends|maintained|maintains|believed|believes|thought|thinks|"
                        r"acknowledged|acknowledges|conceded|concedes|alleged|alleges|suggested|suggests|warned|warns)\b")
# Where a clause with a subject of its own follows reported speech: "…, but he wanted more", "; she".
_CLAUSE_BREAK = lazy_compile(r",\s+(?:but|and|while|yet|so|though|although|whereas|then)\b|;|[\u2014\u2013]|\s--\s")

# A speaker the article leaves unnamed: resolution stops here, and the quote keeps no speaker.
UNNAMED = ("", None)
# "The mother of a recruit", "The widow of a deputy": a definite description by relation or role, named later
_DEFINITE_HEAD = lazy_compile(r"[Tt]he\s+(?:[\w\u2019'-]+\s+){0,2}?(?P<noun>[a-z-]+)\s+of\b")
# What a name opening the next paragraph does when it is the lede's speaker: speaks, or stands before the cameras
_OPENER_SPEAKS = lazy_compile(r"(?:,[^,]{1,60},)?\s+(?:[a-z]+ly\s+)?(?:" + VERBS
                            + r"|spoke|speaks|talked|talks|addressed|addresses|appeared|stood"
                            # ("Ann Roe was speaking at Cork Circuit Criminal Court, where …": the progressive, as British
                            # and Irish copy names the one its lede described)
                            r"|(?:was|is|had\s+been|has\s+been)\s+(?:speaking|talking|addressing|testifying|giving\s+evidence))\b"
                            # ("Jordan Lee, 28, pleaded guilty to ...": a plea is no speech)
                            r"(?!\s+(?:not\s+)?guilty\b|\s+no\s+contest\b)")
# The gender a kin noun gives the one it describes: "The mother of a man who was killed ... she wants" is no man named next
_KIN_GENDER = {**_RELATIVE_GENDER, "widow": "f", "stepmother": "f", "widower": "m", "stepfather": "m"}
_WHOSE_KIN = lazy_compile(r",\s+whose\s+(?:[\w-]+\s+){0,2}?(?:" + "|".join(sorted(KIN_NOUNS, key=lambda w: (-len(w), w))) + r")\b")


# A description fronted before a pronoun subject it describes: "A retired teacher, she …", "A mother of three, he …"
# An interview verb whose object is the person interviewed: "spoke with ", "talked to ", "interviewed "
_INTERVIEWED_UNNAMED = lazy_compile(r"\b(?:(?:spoke|talked)\s+(?:with|to)|interviewed)\s+(?=(?:[Aa]n?|[Oo]ne|[Aa]nother|the)\s)")
_FRONTED_APPOSITIVE = lazy_compile(r"[^,;:.\u201c\u201d\"]{0,60},\s+(?:[Hh]e|[Ss]he|[Tt]hey)\s+(?!said|says|told|tells)")


# a delayed-identification lede about the accused: "A former federal correctional officer was sentenced …" (after any
# dateline), the description running up to its verb (never a victim's: "A woman was attacked …")
_LEDE_DESCRIPTION = lazy_compile(r"(?:[^\u2014\u2013\n]{0,60}?(?:[\u2014\u2013]|\s-)\s*)?(?P<np>An?\s+(?:[\w.\u2019'-]+\s+){0,6}?[\w\u2019'-]+)\s+"
                               # ("A former council member who told a developer that "…" was sentenced": the
                               # description's own relative clause before the verb)
                               r"(?:who\s+(?P<clause>[^\n.;]{1,240}?),?\s+)?"
                               r"(?:(?:was|were|is|has\s+been|had\s+been|will\s+be)\s+(?:[a-z]+ly\s+)?(?:sentenced|charged|convicted"
                               r"|indicted|arrested|found|acquitted|jailed|ordered|accused|given|spared|cleared|booked|set|due|expected)"
                               r"|pleaded|pleads|admitted|admits|faces|faced|will\s+(?:spend|serve)|must\s+serve|could\s+face|apologized)\b")
# An epithet whose noun a proper name qualifies: an award, a place, a team ("the 34-year-old Grammy nominee", "the
# Pulitzer Prize winner", "the Ohio native")
_PROPER_MODIFIED_EPITHET = lazy_compile(r"[Tt]he\s+(?:(?:\d{1,3}-year-old|[a-z-]+)\s+){0,2}(?:[A-Z][\w-]*\s+){1,2}(?:[a-z]+-)?"
                                        r"(?P<noun>nominee|winner|laureate|champion|medalist|medallist|native|graduate|alum"
                                        r"|alumnus|alumna)")
# A politician called by party or office instead of by name: "the Delaware County Republican", "the Ohio Democrat",
# "the former congressman", "the two-term state senator", "the GOP lawmaker"
_POLITICAL_EPITHET = lazy_compile(r"[Tt]he\s+(?:(?:former|ex-|longtime|veteran|onetime|retired|embattled|disgraced|\d{1,3}-year-old"
                                  r"|[a-z]+-term|freshman|first-term|state|U\.S\.|GOP|Republican|Democratic|[A-Z][\w.-]*)\s+){0,4}"
                                  r"(?:Republican|Democrat|congressman|congresswoman|lawmaker|legislator|senator|assemblyman"
                                  r"|assemblywoman|representative|councilman|councilwoman|alderman|alderwoman|politician)"
                                  r"|[Tt]he\s+\d{1,3}-year-old")
# A person by a description only, its noun last: "the 47-year-old host", "the television chef"
_DESCRIBED_BY_NOUN = lazy_compile(r"[Tt]he\s+(?:[\w-]+\s+){0,3}?(?P<noun>[a-z]{3,})")
# A court paper, or a side's written argument: "In a sentencing memorandum, the government wrote"
_GOVERNMENT_PAPER = lazy_compile(r"\b(?:memo|memorandum|filing|brief|motion|wrote|writes|argued|argues)\b")
# A full name set off in commas right after a description: "A third survivor, Rafael Ostrand, spoke"
_NAME_IN_COMMAS = lazy_compile(r",\s+(?P<name>(?P<first>[A-Z][a-z]+)(?:\s+[A-Z]\.)?\s+[A-Z][a-z][\w\u2019'-]+),")
# how a story later calls that person: "the former officer", "the ex-deputy", "the 44-year-old", "the Dayton woman"
_DEFINITE_EPITHET = lazy_compile(r"[Tt]he\s+(?P<mods>(?:[\w.\u2019'-]+\s+){0,3}?)(?P<head>[a-z][\w-]*|\d{1,3}-year-old)")
# A role owned by someone named by their lede description: "the former mayor's lawyer", "the 58-year-old's attorney"
_EPITHET_OWNED_ROLE = lazy_compile(r"(?P<owner>[Tt]he\s+(?:[\w.-]+\s+){0,3}?[\w-]+)[\u2019']s\s+(?:[a-z-]+\s+)?[a-z-]+")
_LEDE_SKIP = frozenset({"a", "an", "former", "ex", "retired", "onetime", "longtime", "the", "of", "and"})
_PLACEHOLDER = lazy_compile(r"\s*\[[^\]\n]{1,60}\]\s*")


# The judicial titles that, alone, name a judge ("Lady Roe", "HHJ Roe"); "Sheriff" is also an American police office.
_COURTESY_JUDGE_TITLES = frozenset({"Lord", "Lady", "HHJ", "Recorder"})


# A local government named as a body: "the city of Larkmoor", "the Town of Elm Ridge", "Dunmore County"
_MUNICIPALITY = lazy_compile(r"(?:[Tt]he\s+)?(?P<body>(?:[Cc]ity|[Tt]own|[Vv]illage|[Bb]orough|[Tt]ownship|[Cc]ounty)\s+of"
                           r"(?:\s+[A-Z][\w\u2019'-]*){1,3}|(?:[A-Z][\w\u2019'-]*\s+){1,2}County)")


_FAMILY_ENDS = ("family", "wh\u0101nau", "whanau")


def _family_name(label: str) -> str:
    """ "Darnell Pryor's family" -> "Pryor family": how a family the article named is called when a later "the
    family" or "his family" refers back to it."""
    owner = re.match(r"(?:[Tt]he\s+)?(?P<owner>.+?)[\u2019']s\s+(?P<noun>family|wh[a\u0101]nau)$", label)
    return POSSESSIVE_END.sub("", owner.group("owner").split()[-1]) + " " + owner.group("noun") if owner else label


_ASIDE_GAP = lazy_compile(r",\s+")
# Short forms of a person's role, never a body's: "the DA said" is the district attorney
_ROLE_SHORT_FORMS = frozenset("DA ADA DDA AG AUSA CEO CFO COO CTO MP MEP PI DJ CO XO NCO GP".split())
# The short forms of the titles whose holders head an office: "the DA's office" is the district attorney's
_OFFICE_SHORT_FORMS = {"DA": "district attorney", "AG": "attorney general"}
# A body's short form: "the USDA", "FAA", "the U.S.P.S."
_SHORT_FORM = lazy_compile(r"(?P<the>[Tt]he\s+)?(?P<letters>[A-Z](?:[A-Z&]|\.(?=[A-Z])){1,7}\.?)")
# The subject of a sentence that introduces a statement, up to the verb or the comma before "in a statement"
_DOC_SUBJECT = lazy_compile(rf"(?P<np>[^,;:\u201c\u201d\"]{{2,80}}?)(?:\s*,\s+|\s+(?:{ADVERB}\s+)?(?:{VERBS}|issued|released|put\s+out)\s+)"
                          r"(?:(?:in|through|via|with|on)\s+)?(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}")
# "a statement from the Elm Police Department said": who it is from
_DOC_SOURCE = lazy_compile(r"\s+(?:from|by|issued\s+by|released\s+by|on\s+behalf\s+of)\s+(?P<np>[^,;:.\u201c\u201d\"]{2,60}?)"
                         r"(?=\s+(?:said|says|read|reads|added|stated|called|described|noted|urged)\b|\s*[,;])")
# "from the first trial, who", "in Ohio who said": a place or occasion right after an unnamed person's noun
_DESCRIBED_WHERE = lazy_compile(r"\s+(?:from|in|at|of)\s+(?:the\s+|an?\s+)?(?:[\w\u2019'-]+\s+){0,2}[\w\u2019'-]+(?=,|\s+who\b)"
                                # ("…," wrote a nurse from Ohio.": a named place closing the sentence places them too)
                                r"|\s+(?:from|in)\s+(?:[A-Z][\w'-]*\s+){0,2}[A-Z][\w'-]*(?=[.;](?:\s|$))"
                                # ("one woman from Harlow Creek wrote": the named place before the verb places them too)
                                rf"|\s+(?:from|in)\s+(?:[A-Z][\w'-]*\s+){{0,2}}[A-Z][\w'-]*(?=\s+(?:{ADVERB}\s+)?(?:{VERBS})\b)")
# "One parent, a nurse who wanted to be known only as Mrs Roe, said": the name (or pseudonym) an unnamed person's
# relative clause gives them, right after the description; it is what the article calls them from then on
# ("the woman, identified in court only as Jane Doe 2,": the participle alone names her too, and a pseudonym's
# number is part of the name the article calls her by, telling her from "Jane Doe 1")
_KNOWN_ONLY_AS = lazy_compile(r",\s+(?:(?:[^,;:\u201c\u201d\"]{0,80}?\s)?who\s+(?:[a-z]+\s+){0,3}?)?(?:(?:identified|known|named|called|"
                              r"referred\s+to)(?:\s+(?:in|by)\s+(?:[a-z]+\s+){0,2}?[a-z]+)?\s+(?:only\s+)?"
                              r"(?:as|by\s+(?:his|her|their|the)\s+initials,?)|"
                              r"(?:gave|gives)\s+(?:his|her|their)\s+name\s+(?:only\s+)?as)\s+"
                              r"(?P<name>(?:[A-Z]\.\s?){1,2}[A-Z]\.(?=[\s,;)])|(?:(?:Mrs|Mr|Ms|Miss|Dr)\.?\s+)?[A-Z][\w\u2019'-]+(?:\s+[A-Z][\w\u2019'-]+)?"
                              r"(?:\s+\d{1,2}(?![\d.,]?\d))?)(?=[\s,;.])")
# A business introduced by its kind, then its name: "the rideshare app Zoomly", "the app-based service Parcelo"
_BUSINESS_THEN_NAME = lazy_compile(r"\b[Tt]he\s+(?:[\w-]+\s+){0,2}?(?:app|service|platform|company|firm|startup|chain|retailer|"
                                   r"operator|provider|manufacturer|maker)\s+(?P<name>[A-Z][\w&\u2019'-]*(?:[ \t]+[A-Z][\w&\u2019'-]*){0,2})"
                                   r"(?=[\s,.;:)])")
# A body placed by its city, ending the subject: "the U.S. Attorney's Office in Denver", "the FBI's Field Office in Reno"
_BODY_IN_PLACE = lazy_compile(r"(?P<body>Office|Division|Department|Bureau)\s+in\s+"
                              r"(?P<place>[A-Z][a-z][\w.'-]*(?:\s+[A-Z][a-z][\w.'-]*){0,2})[\s,]*$")
# "One of them, now 19,": one of a group the sentence before names
_ONE_OF_THEM = lazy_compile(r"(?P<one>[Oo]ne|[Aa]nother)\s+of\s+(?:them|those)\b(?!\s+(?:who|whom|that|which)\b)")
# A lower-case plural word (people nouns are looked up among them): "teenagers", "women", "families"
_PLURAL_WORD = lazy_compile(r"\b(?:[a-z][a-z-]+(?:s|men)|children|people)\b")
# A verb of speech right after a noun: "prosecutors said", "officials also told"
_SPEECH_VERB_NEXT = lazy_compile(rf"\s+(?:{ADVERB}\s+|also\s+)?(?:{VERBS})\b")
# "one of his aunts": one of the people a possessive pronoun's owner has
_ONE_OF_PRONOUN = lazy_compile(r"(?P<one>one|another)\s+of\s+(?P<pronoun>his|her|their)\s+(?P<rest>[a-z][\w\s-]*)$")
# The second description "and" joins to the first, up to where the words end: "a neighbor and former coworker"
_AND_DESCRIPTION = lazy_compile(r"\s+and\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?P<noun>[a-z-]+)(?=\s*(?:[,.;]|$))")
# "the woman" / "a man" / "one juror" before the comma of a participle that names them ("…, identified as Jane Doe 2")
_PERSON_BEFORE_KNOWN_AS = lazy_compile(r"\s*(?:(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+|[Oo]ne|[Aa]nother)"
                                      r"(?=,\s+[a-z])")
# "identified only by her initials, R.T.,": a person the article names by initials alone
_INITIALS_ONLY = lazy_compile(r"\binitials,?\s+(?P<initials>(?:[A-Z]\.\s?){1,2}[A-Z]\.)(?=[\s,;)])")
# "…, the family said in a statement": the issuer a trailing attribution names, up to the document's word
_TRAILING_ISSUER = lazy_compile(rf",\s+(?P<np>(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+[^,;:\u201c\u201d\"X]{{1,50}}?)\s+(?:{ADVERB}\s+)?"
                              rf"(?:{VERBS})\s+(?:in|through|via|with|on)\s+(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+){{0,2}}")
# "One, an 80-year-old retired welder from Altoona, Pennsylvania, wrote": one of a group, described
_ONE_DESCRIBED = lazy_compile(r"\s*(?:One|Another),\s+(?P<np>(?:an?|the)\s+[^,;:\u201c\u201d\"X]{3,80}?),\s+")
_IN_PLACE_END = lazy_compile(r"\b(?:from|in|of|near|outside)\s+(?:[A-Z][\w.'-]*\s+){0,2}[A-Z][\w.'-]*$")
_STATE_AFTER = lazy_compile(r",\s+(?P<state>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?=,)")
# "a letter from one of the victims": the unnamed person a letter comes from (matched as the words before, the
# description, and what may follow it: one pattern holding a second copy of UNNAMED_NP cost every cold build 12 ms)
_FROM = lazy_compile(r"\s+from\s+")
_DESCRIPTION_ENDS = lazy_compile(r"\s*[,.;]|\s+(?:who|read|was|is)\b")
_BODY_NOUNS = ("department|office|agency|board|bureau|commission|district|service|administration|company|hospital|"
               "university|school|council|authority|ministry|committee|association|union|foundation|court|corporation|"
               "system|division|unit|center|centre|team|network|church")
# A body's name as written, ending on a word for a body: "county probation department", "Elm Police Department"
_BODY_WORDS = lazy_compile(r"(?:[\w.&\u2019'-]+\s+){0,6}(?:" + _BODY_NOUNS + r")"
                         r"|(?:family|relatives|loved\s+ones)(?:\s+of\s+(?:the|a|an|his|her|their)\s+[a-z-]+(?:\s+[a-z-]+)?)?",
                         re.IGNORECASE)
# Two people named as one subject, sharing the surname at the end: "Ismay and Ben Roe", "Ann and Bo J. Lee"
_NAMED_PAIR = lazy_compile(r"(?:[^,]*,)*?\s*(?P<names>[A-Z][a-z][\w\u2019'-]*\s+(?:and|&)\s+"
                         r"[A-Z][a-z][\w\u2019'-]*(?:\s+[A-Z]\.)?\s+[A-Z][\w\u2019'-]+)[\s,]*")


# An appeal court named without the word "Court" first: "the 9th Circuit", "the Appellate Division, Second
# Department", "the state appeals court" (NAMED_COURT finds the ones with it).
_APPEAL_NAME = lazy_compile(r"\b\d+(?:st|nd|rd|th)\s+(?:U\.S\.\s+)?Circuit\b(?!\s+Court)|\bAppellate\s+Division\b(?:,\s+[A-Z][a-z]+\s+"
                          r"Department\b)?|\b(?:[Tt]he|[Aa]n?)\s+(?:state\s+|federal\s+)?(?:appeals|appellate)\s+court\b")
# A business named by what it did to an employee, or as the place someone worked: "Tandem Freight hired her",
# "Elm Dental Group fired him", "she worked at Holloway Bancorp".
_ORG_RUN = r"(?:[A-Z][\w&.\u2019'-]*[ \t]+(?:(?:&|and|of|for)[ \t]+)?)+[A-Z][\w&\u2019'-]*\.?"
_EMPLOYER = lazy_compile(rf"(?<![\w.])(?P<org>{_ORG_RUN})[ \t]+(?:hired|employed|employs|fired|dismissed|terminated|promoted"
                       r"|suspended|laid[ \t]+off|placed[ \t]+(?:him|her|them)[ \t]+on)\b"
                       rf"|\b(?:worked|working|employed)[ \t]+(?:at|for|by)[ \t]+(?:the[ \t]+)?(?P<at>{_ORG_RUN})")
# Where a sentence's subject may stand: at its start, after an adverb or a scene ("Then", "Outside court,"), and
# after the relation it is named for ("Milo's mother, Ismay Roe", "The victim's widow, Lena Roe").
_OWNER = r"(?:[A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*)*[\u2019']s?|[Hh]is|[Hh]er|[Tt]heir|[Tt]he(?:\s+[a-z]+[\u2019']s)?)"
_SUBJECT_OPENING = lazy_compile(rf"\s*(?:(?:Then|Later|Next|Finally|Also|Afterward|Outside[^,.]{{0,40}},|After[^,.]{{0,60}},)\s+)?"
                              rf"(?:{_OWNER}\s+[a-z][\w\s-]{{0,40}}?,\s*)?")
# "Also testifying was her sister, Ann Roe" / "said Devon Roe": the subject after its verb.
_INVERTED_SUBJECT = lazy_compile(rf"(?:\b(?:was|were)|\b(?:said|says|testified|wrote|added|told))\s+(?:{_OWNER}\s+[a-z][\w\s-]{{0,40}}?,\s*)?$")
# Words that make a sentence about someone speaking (a quote in it is masked as X's).
# (the plain verbs of speech only: "His wife, Ann Roe, wept in the front row" or "who is charged separately" is no
# introduction as a speaker)
_SPEAKING = lazy_compile(r"\b(?:said|says|told|tells|testified|testifies|testifying|added|wrote|spoke|speak|speaks|speaking|addressed"
                       r"|addresses|address|read|reads|stood|described|recalled|asked|begged|urged|pleaded"
                       r"|took\s+the\s+(?:stand|podium|lectern|microphone))\b|X{3}")
# A body of judges or of board members, sitting as one ("a three-judge panel", "a parole board panel").
_PANEL_WORD = lazy_compile(r"\b(?:panel|tribunal)\b")
# An indefinite panel of a named appeal court: "a three-judge panel of the 9th Circuit", "a panel of Elm's Court of Appeal"
_PANEL_OF_COURT = lazy_compile(r"(?:[Aa]n?|[Oo]ne)\s+(?P<np>(?:[\w-]+\s+){0,2}panel\s+of\s+(?:the\s+)?"
                               r"(?:\d+(?:st|nd|rd|th)\s+)?(?:[A-Z][\w.\u2019'-]*\s+)*(?:Court|Circuit|Appeals?|Tribunal)\b[\w\s.\u2019'-]*)")
# What may stand between a relative and the name that says who they are: "Roe's father, Tom Roe," and a phrase
# placing the relation ("Roe's wife of 34 years, Helen Roe,", "his aunt on his father's side, Lo Wrenley,").
_KIN_POSTMODIFIER = lazy_compile(r"(?:\s+(?:of|on|from|in|at|since|for)\s+[^,;:.\u201c\u201d]{1,40})?[\s,]*")
# An appositive after an unnamed person that gives their sex: "One teller, a 31-year-old mother from Wick,".
_GENDERED_APPOSITIVE = lazy_compile(r",\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?P<noun>" + "|".join(sorted(UNNAMED_MALE | UNNAMED_FEMALE,
                                                                                          key=lambda w: (-len(w), w))) + r")\b")
# Between two people named together: "Ann Roe and Lee Park", "Ann Roe and Det. Lee Park".
# The words from "a spokesperson for" up to a body's name, within its noun phrase: "a spokeswoman for the FBI's "
_SPOKES_FOR_BEFORE = lazy_compile(r"\b(?:spokes(?:person|man|woman)|representative)\s+(?:for|of|with)\s+[^,;:.\u201c\u201d\"]{0,80}$")
# An office by its holder's title in lower case, placed by its city: "the U.S. attorney's office in Elmford"
_TITLED_OFFICE_IN_PLACE = lazy_compile(TITLED_OFFICE.pattern + r"\s+in\s+(?P<place>[A-Z][a-z][\w.'-]*(?:\s+[A-Z][a-z][\w.'-]*){0,2})")
# An office by its holder's title in lower case, after its article: "the district attorney's office"
_THE_TITLED_OFFICE = lazy_compile(r"\b[Tt]he\s+(?P<np>(?:(?:[a-z.-]+|U\.S\.)\s+){0,2}[a-z]+[\u2019']s\s+office)\b")
# A sentence opened by an unnamed person and a past-tense or present verb: "the clerk described", "The woman
# then told"
_DESCRIBED_SUBJECT = lazy_compile(r"\s*(?:(?:At|In|On|After|Before|During|Outside|Inside|Later|Earlier|Then|Moments|When|As)\b"
                                # ("The older of the two victims, now 17, addressed the court": one of a pair)
                                r"[^,;:.\u201c\u201d\"]{0,90},\s+)?(?P<np>[Tt]he\s+(?P<of>(?:older|oldest|younger|youngest|elder|eldest|other)\s+of\s+the\s+"
                                r"(?:two|three|four|five|six)\s+)?(?:[\w-]+\s+){0,2}?(?P<noun>"
                                + "|".join(sorted((ROLE_NOUNS | UNNAMED_PERSON_NOUNS) - {"parents", "attorneys", "lawyers",
                                                   "prosecutors", "officers", "activists"}, key=lambda w: (-len(w), w)))
                                # ("The woman, who is 31, did not attend", "The clerk, 52, said": a who-clause or an
                                # age set off in commas before the verb)
                                # ("The youngest woman among the victims, now 21, told Roe": a group she belongs to)
                                + r")(?(of)s)(?:\s+(?:among|of)\s+the\s+[a-z]+s\b)?)(?:,\s+(?:however|though|meanwhile|too|(?:now\s+)?\d{1,3}|for\s+(?:his|her|their)\s+part|"
                                r"who\s+[^,;:.\u201c\u201d\"]{1,60}),)?\s+(?:(?:then|also|later|first)\s+)?"
                                # (an auxiliary too: "The judge, however, did not hold back.")
                                # (or a common irregular past: "The defendant, for his part, kept his eyes down.")
                                r"(?:[a-z]+(?:ed|s)|did|was|had|could|would|kept|stood|sat|took|gave|made|told|wrote|read|"
                                r"spoke|broke|wept|rose|held|began|shook|left)\b")
# The sentence acts on a "him" or "her": "The prosecutor asked her about the gun" (that "her" is the one who answers)
# ("with her mother standing beside her.": a place beside her is nobody acting on her)
_ACTS_ON_PRONOUN = {"m": lazy_compile(r"\b[a-z]+\s+him\b"), "f": lazy_compile(r"\b[a-z]+\s+her\s+(?!own\b)(?:about|to|if|whether|why|what|how|for|again|directly)\b|\b(?!(?:beside|behind|near|with|by|around|toward|towards|for|to)\b)[a-z]+\s+her[.,;]")}
# A subject bidding another do something: " asked him to", " then told her to", " ordered him to"
_BIDS_PRONOUN = lazy_compile(r"\s+(?:(?:then|also|again|[a-z]+ly)\s+)?(?:asked|told|ordered|urged|instructed|invited|allowed|"
                           r"directed|reminded|warned)\s+(?P<p>him|her)\s+to\b")
# A courtesy title right before a surname, and the gender it marks: "Mr Roe", "Mrs. Roe"
# A given name right before a surname the party list holds: "Carl " (Roe)
_OTHER_GIVEN_BEFORE = lazy_compile(r"(?<![\w.\u2019'-])(?P<given>[A-Z][a-z]+)\s+$")
_TITLE_BEFORE = lazy_compile(r"\b(?P<t>Mr|Mrs|Ms|Miss)\.?\s+$")
# Nothing but a title before a name opening its sentence: "", "Judge ", "Det. Sgt. "
_TITLE_ONLY = lazy_compile(r"(?:[A-Z][\w.]*\s+)*")
_TITLE_SPEAKER = lazy_compile(r"(?P<t>Mr|Mrs|Ms|Miss)\s")
_TITLE_GENDER = {"Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f"}


# What a person says, right after its owner's name: "Lee's own account of it", "Lee’s testimony", "his words"
_OWNED_ACCOUNT = lazy_compile(r"(?:[\u2019']s)?\s+(?:own\s+)?(?:[a-z-]+\s+)?(?:account|testimony|words|remarks|apology|allocution)\b")
# A person described by a gendered noun, never a possessive owner: "the 41-year-old woman", "a teenage boy"
_GENDERED_DESCRIPTION = lazy_compile(r"(?<![\w-])(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,2}?(?P<noun>"
                                   + "|".join(sorted(UNNAMED_MALE | UNNAMED_FEMALE, key=lambda w: (-len(w), w)))
                                   + r")(?![\w\u2019'-])")
# A letter's unnamed author: "a letter written by the couple's 9-year-old son"
_WRITTEN_BY_DESCRIBED = lazy_compile(r"\b(?:written|penned|composed)\s+by\s+(?P<np>(?:[Tt]he|[Aa]n?)\s+(?:[\w\u2019'-]+\s+){0,3}?"
                                   r"(?P<noun>[a-z]+))(?![\w\u2019'-])")
_PAIR_JOIN = lazy_compile(r",?\s+(?:and|&)\s+(?:[A-Z][\w.]*\s+){0,2}")
# A verb right after a name, which makes the names before it its subject ("… and Lee Park wrote", "…, argued").
_VERB_AFTER = lazy_compile(r"(?:,[^,;.\u201c\u201d]{1,60},)?,?\s+(?:(?:also|later|then|jointly)\s+)?(?!(?:of|at|in|on|for|with|from|to|and|or|who|were|was)\b)"
                         r"[a-z]+(?:ed|ote|ld|id|ue|ues|ued|ote|oke)\b")
# Nothing but an article or a dateline before a body opening its sentence: "The FBI said …".
_BODY_OPENING = lazy_compile(r"\s*(?:[A-Z][A-Z .,'-]*\s*[\u2014\u2013-]+\s*)?(?:[Tt]he\s+)?")


# After a name and its "'s": the group it owns ("Huffman's lawyers"); before a name: "the family of", "lawyers for".
_GROUP_AFTER = lazy_compile(rf"[\u2019']s\s+(?:{GROUP_NOUNS})\b")
# (one lawyer too: "A lawyer for Roe said" speaks as Roe's lawyer while the article names nobody in that role)
_GROUP_OF_BEFORE = lazy_compile(r"\b(?:[Tt]he\s+|[Aa]n?\s+)?(?P<noun>[Ff]amily|[Rr]elatives|[Ll]awyers?|[Aa]ttorneys?|[Bb]arristers?"
                              r"|[Ss]olicitors?)\s+(?:of|for)\s+"
                              # ("the family of Staff Sgt. Ann Roe", "lawyers for Dr. Roe": a title before the name)
                              r"(?:(?:[A-Z][a-z]{0,11}\.|Senior|Staff|Master|Chief|Airman|Private|Sergeant|Corporal|Officer|"
                              r"Deputy|Detective|Trooper|Lieutenant|Captain|Major|Colonel|General|Specialist|Petty|First|Second|"
                              r"Doctor|Judge|Justice|Rev\.|Father|Sister)\s+){0,3}$")

# The surnames courts give people they keep anonymous, numbered when there are several: "Jane Doe 2", "John Roe 1"
_PSEUDONYM_SURNAMES = frozenset(("Doe", "Roe"))
# A body's unnamed leader as a subject ("The head of the Elm Transit Authority says") and the titles that name one
_HEAD_OF_BODY = lazy_compile(r"(?:[Tt]he\s+)?(?:head|leader|boss)\s+of\s+(?:the\s+)?[A-Z]")
_HEAD_OF_BEFORE = lazy_compile(r"\b(?:head|leader|boss)\s+of\s+(?:the\s+)?$")
# A paper and its author, set off after it: "The court's opinion, written by Judge Ann Roe,", "a ruling authored by"
_AUTHORED_BY_BEFORE = lazy_compile(r"\b(?:opinion|ruling|decision|order|dissent|letter|memo|memorandum|report)s?,?\s+"
                                   r"(?:written|authored|penned|signed)\s+by\s+(?:[A-Z][\w.]*\s+)*$")
_LEADER_ROLE = lazy_compile(r"(?i:\b(?:director|president|chief|chair(?:man|woman|person)?|head|commissioner|superintendent)\b)|\bCEO\b")
# A labour union named as an association of its members, or by a union's own words: "Players Association",
# "Fraternal Order of Police", "Nurses Federation", "Screen Actors Guild", "Brotherhood of Teamsters"
_LABOUR_BODY = lazy_compile(r"\b(?:Players|Workers|Teachers|Officers|Nurses|Firefighters|Fire\s+Fighters|Employees|Deputies|Troopers"
                            r"|Writers|Actors|Pilots|Educators|Police|Correction(?:s|al)\s+Officers)[\u2019']?\s+"
                            r"(?:Association|Federation|Guild|Alliance|Council|Benevolent\s+Association)\b"
                            r"|\bFraternal\s+Order\s+of\s+Police\b|\bBrotherhood\b|\bTeamsters\b|\bAFL-CIO\b|\bAFSCME\b")
# Bodies named by the people they gather: "the firefighters union", "the teachers association"
_MEMBERS_BODIES = frozenset(("union", "association", "guild", "federation"))
# A restrictive clause right after a body's noun: "the union that represents …", "the bank which lent …"
_RELATIVE_AFTER_BODY = lazy_compile(r"\s+(?:that|which)\s+(?:[a-z]+ly\s+)?[a-z]+(?:s|ed)\b")
_PSEUDONYM_NUMBER = lazy_compile(r"[ \t]+(?P<n>\d{1,2})(?![\d\w]|[.,]\d)")


@dataclass(frozen=True)
class Reference:
    """A place the body names a party or points to one with a pronoun."""
    start: int
    end: int
    speaker: str
    kind: str  # person | group | pronoun
    possessive: bool
    party: Party | None = None


def _modifier_before(words: str) -> str:
    """The lower-case word right before a body's noun: "the police " -> "police"; "" after a bare article."""
    last = words.split()[-1] if words.split() else ""
    return last if re.fullmatch(r"[a-z][a-z-]*", last) and last not in ("the", "its", "their", "a", "an") else ""


class Speakers:
    """One article's people and the subjects it has introduced so far, for resolving attribution words.

    `masked` is the text with every quotation replaced by X, so no quoted word is ever read as an attribution.
    """

    def __init__(self, source: Source, segments: list[Segment], parties: list[Party]) -> None:
        self.text = source.text
        self.source = source
        self._accused: list[Party | None] = []  # the article's defendant, found once and only when asked for
        self.segments = segments
        self.parties = parties
        masked = list(self.text)
        for seg in segments:
            for i in range(seg.open_at, min(seg.close_at + 1, len(masked))):
                masked[i] = "X"  # upper case, so a sentence before a quote still ends there
            if self.text[seg.start:seg.end][-1:] in ".!?" and seg.closed:
                masked[seg.close_at] = "."
        self.masked = "".join(masked)
        # (an editor's placeholder left in pasted text, "[Embedded content]", stands between paragraphs of one
        # quotation without interrupting it)
        self.body = [p for p in source.body() if not _PLACEHOLDER.fullmatch(self.text, p.start, p.end)]
        self.sentences = [s for p in self.body for s in split_sentences(self.masked, p.start, p.end)]
        self.mentions = self._find_mentions()
        self._starts = sorted((m.start, i) for i, m in enumerate(self.mentions))  # to find a sentence's mentions fast
        self.given_genders = self._given_name_genders()
        self.genders = self._guess_genders()
        for x in self.mentions:
            if x.party is not None and x.speaker != x.party.name and x.party.name.split()[-1] in _PSEUDONYM_SURNAMES:
                # ("Jane Doe 2" is a woman as "Jane Doe" is: the gender of the pseudonym each numbered one shares)
                gender = self.genders.get(x.party.name) or self.given_genders.get(x.party.name)
                if gender:
                    self.genders.setdefault(x.speaker, gender)
        self.lede_person = self._lede_described()
        self.events: list[tuple[int, str, str | None]] = [
            (m.start, m.speaker, self.role_of(m.party)) for m in self.mentions if self._is_subject(m)]
        self.unnamed: dict[str, str | None] = {}  # description -> gender, for people the article never names
        self.kin_by_pronoun: dict[str, tuple[int, int]] = {}  # "her brother" -> where a sentence opens on him
        self.events.extend(self._role_subjects())
        unnamed = self._unnamed_subjects()
        # ("The mother of one of the girls Roe hurt spoke": a sentence an unnamed person opens is theirs, not the
        # named one inside its description)
        opened = {at for at, _, _ in unnamed}
        self.events = [e for e in self.events if e[0] in opened or (self.sentence_at(e[0]) or (e[0],))[0] not in opened]
        self.events.extend(unnamed)

    def said(self, at: int, speaker: str, role: str | None) -> None:
        """Records an attributed quote: its speaker becomes a subject a later pronoun may mean."""
        if speaker not in self.unnamed and UNNAMED_NP.fullmatch(speaker) \
                and not any(p.name == speaker for p in self.parties):
            # ('"…," one mother said. "…," she said': a described speaker is one person, whose "she" the next
            # quote's is, never a group a "she" skips)
            gender = next(("m" if w in UNNAMED_MALE else "f" for w in re.findall(r"[a-z]+", speaker.lower())
                           if w in UNNAMED_MALE | UNNAMED_FEMALE), None)
            self.unnamed[speaker] = gender
            if gender:
                self.genders.setdefault(speaker, gender)
        self.events.append((at, speaker, role))

    def sentence_at(self, at: int) -> tuple[int, int] | None:
        """The body sentence holding offset `at`."""
        return next(((a, b) for a, b in self.sentences if a <= at < b), None)

    def sentences_in(self, start: int, end: int) -> list[tuple[int, int]]:
        """The body sentences that begin between start and end."""
        return [(a, b) for a, b in self.sentences if start <= a < end]

    def judges(self) -> list[Party]:
        """The people the article gives a judge's role ("Judge", "Justice", "magistrate"); failing those, the ones
        it names by a Scottish or English judge's courtesy title ("Sentencing him, Lady Roe said"), never a sheriff
        (in American stories the county's police chief)."""
        judges = [p for p in self.parties if p.kind == "person" and any(_role_words(r) & JUDGE_ROLES for r in p.roles)]
        # (a judge known by judicial title keeps it in the name: "Lady Ruthven")
        return judges or [p for p in self.parties if p.kind == "person" and (any(r in _COURTESY_JUDGE_TITLES for r in p.roles)
                                                                             or p.name.split()[0] in _COURTESY_JUDGE_TITLES)]

    def interviewee(self, at: int) -> tuple[str, str | None] | None:
        """Who answers in a Q&A (an "A:" paragraph): the person the paragraph introducing the interview names first
        (within the three before the first question), else the first person the article names."""
        para = next((p for p in self.body if p.start <= at < p.end), None)
        if para is None or not QA_ANSWER.match(self.text, para.start, para.end):
            return None
        first = next((i for i, p in enumerate(self.body) if QA_QUESTION.match(self.text, p.start, p.end)), None)
        first_q = self.body[first].start if first is not None else para.start
        people = [m for m in self.mentions if m.start < first_q and m.kind == "person" and not m.possessive]
        # (the last sentence of it that names someone: "Her lawyer, Lee Roe, sat in. Ann Poe answered every question")
        for intro in reversed(self.body[max(0, (first or 0) - 3):first or 0]):
            for a, b in reversed(self.sentences_in(intro.start, intro.end)):
                named = next((m for m in people if a <= m.start < b), None)
                if named and INTERVIEW_INTRO.search(self.masked, a, b):
                    return named.speaker, self.role_of(named.party)
        person = people[0] if people else None
        return (person.speaker, self.role_of(person.party)) if person else None

    def qa_roles(self, at: int) -> tuple[tuple[str, str | None] | None, tuple[str, str | None]] | None:
        """(asker, answerer) of the Q/A run holding offset `at`, from the sentence introducing it in the paragraph
        just before the run: "The Ledger spoke with Ann Roe" / "Lee questioned Ann Roe" / "Roe answered questions".
        The one spoken with or questioned answers; a person questioning them asks (an outlet or reporter is no asker
        we name). None when that paragraph introduces no exchange."""
        index = next((i for i, p in enumerate(self.body) if p.start <= at < p.end), None)
        if index is None:
            return None
        while index > 0 and (QA_QUESTION.match(self.text, self.body[index].start, self.body[index].end)
                             or QA_ANSWER.match(self.text, self.body[index].start, self.body[index].end)):
            index -= 1
        intro = self.body[index]
        if QA_QUESTION.match(self.text, intro.start, intro.end) or QA_ANSWER.match(self.text, intro.start, intro.end):
            return None
        for a, b in reversed(self.sentences_in(intro.start, intro.end)):
            people = [m for m in self.mentions if a <= m.start < b and m.kind == "person" and not m.possessive]
            for cue in _QA_INTRO.finditer(self.masked, a, b):
                verb = (cue.group("verb") or "").lower()
                asked = next((m for m in people if m.start == cue.end()), None)
                if asked:
                    asker = next((m for m in people if m.end <= cue.start() and m.party is not asked.party
                                  and verb in _QUESTIONING), None)
                    # (a questioner the party list missed, named alone before the verb: "Ann Roe questioned …")
                    bare = _NAME_ONLY.fullmatch(self.masked[a:cue.start()].strip()) if verb in _QUESTIONING else None
                    return ((asker.speaker, self.role_of(asker.party)) if asker else (bare.group("name"), None) if bare
                            else None, (asked.speaker, self.role_of(asked.party)))
                subject = [m for m in people if m.end <= cue.start()]
                if subject and verb in _ANSWERING:
                    return None, (subject[-1].speaker, self.role_of(subject[-1].party))
        return None

    def resolve(self, start: int, end: int, anchor: int, allow_possessive: bool = False) -> tuple[str, str | None] | None:
        """The speaker named by the words masked[start:end]."""
        if _BARE_JUDGE.fullmatch(self.masked[start:end].strip(" ,")):
            # "Judge tells roofer …", "judge says …", "the judge said": the one judge the story names; where it names
            # none, or several and the title stands alone, the role as English writes it (never a title word alone)
            judges = self.judges()
            if len(judges) == 1:
                return judges[0].name, self.role_of(judges[0])
            if not judges or not self.masked[start:end].strip(" ,").lower().startswith("the "):
                return "the judge", None
        if _HONOUR.fullmatch(self.masked[start:end].strip(" ,")):
            # "His Honour said" (Australia, Britain, Ireland): how court reports name the judge on the bench
            judges = self.judges()
            if len(judges) == 1:
                return judges[0].name, self.role_of(judges[0])
        owned_office = _HELD_OFFICE.fullmatch(self.masked[start:end].strip(" ,")) if "ffice" in self.masked[start:end] else None
        office = self._office_of_holder(owned_office, start) if owned_office else None
        if office:
            return office, None
        bare_counsel = _BARE_COUNSEL.fullmatch(self.masked[start:end].strip(" ,")) if "ounsel" in self.masked[start:end] else None
        # ("defence counsel said": the one introduced as defending; "prosecuting counsel": as prosecuting)
        side = next((w for w in ("defen", "prosecut") if bare_counsel and w in bare_counsel.group().lower()), "")
        counsel = self._counsel_named_last(start, side) if bare_counsel else None
        if counsel:
            return counsel.speaker, self.role_of(counsel.party)
        higher = _HIGHER_COURT_NP.fullmatch(self.masked[start:end].strip(" ,"))
        if higher:
            return self._higher_court(higher, start), None
        if "mess" in self.masked[start:end] or "text" in self.masked[start:end] or "mail" in self.masked[start:end]:
            sender = self._message_sender(start, end, anchor)
            if sender:
                return sender
        short = _BODY_SHORT.fullmatch(self.masked[start:end].strip(" ,"))
        if short and " " in short.group("words") and short.group("words").islower():
            # ("the wildlife protection service said": a body's own name in lower case, never a person's epithet)
            full = self._body_in_full(self.masked[start:end].strip(" ,"), start)
            if full:
                return full, None
        found = self._resolve_words(start, end, anchor, allow_possessive)
        placed = _BODY_IN_PLACE.search(self.masked, start, end) if found and found[0] and " in " in self.masked[start:end] else None
        if placed and found[0].endswith(placed.group("body")):
            # ("the U.S. Attorney's Office in Denver said": which of the many offices of that name speaks)
            found = f"{found[0]} in {placed.group('place')}", found[1]
        written = re.sub(r"^[Tt]he\s+", "", self.masked[start:end].strip(" ,"))
        if found is None or found[0] is None or found[0].lower().startswith("the ") or found[0] == written:
            # "the Sheriff's Office", "the patrol": the short form of the one body the article named in full
            full = self._body_in_full(self.masked[start:end].strip(" ,"), start)
            if full:
                return full, None
        if found is None or found[0] is None:
            plain = DEFINITE_PERSON.fullmatch(self.masked[start:end].strip(" ,"))
            sentence = self.sentence_at(start) if plain else None
            # (not "The homeowner, who asked to be known only by his first name, Tobias, said": the sentence names him)
            if plain and not any(x.kind == "person" and end <= x.start < (sentence[1] if sentence else end + 200)
                                 for x in self.mentions):
                # ("A senior garda source said ..." then '"…," the source said': the one the paragraph before described)
                since = self._paragraph_start(start, back=1)
                described = [who for at, who, _ in self.events if since <= at < start and UNNAMED_NP.match(who)
                             and not any(p.name == who for p in self.parties)]
                # "In a victim impact statement, the woman said ...", "the homeowner told the court": someone the
                # article never names, spoken of by what they are; that description is all a reader can be told
                return (described[-1] if described else "the " + plain.group("described")), None
        return found

    def _office_of_holder(self, owned: re.Match[str], start: int) -> str | None:
        """ "District Attorney Ann Roe declined to comment. Her office said in a statement": the office of the official
        the pronoun means, named by the title the article gave them ("U.S. Attorney's Office"), as the parties name
        it in full when they do; "the office" the same when the paragraph before names one titled official."""
        wanted = PRONOUN_GENDER.get(owned.group("owner").lower()) if owned.group("owner") else None
        window_start = self._paragraph_start(start, back=1)
        if wanted is None and re.search(r"\b[Oo]ffice\b", self.masked[window_start:start]):
            return None  # "the office" after an office the article named: that one (_office_named_before)
        for x in reversed([x for x in self.mentions if window_start <= x.start < start and x.kind != "pronoun"
                           and x.party is not None and x.party.kind == "person"]):
            if not self.fits(x.speaker, wanted):
                continue
            title = _HOLDER_TITLE_BEFORE.search(self.masked, max(0, x.start - 60), x.start)
            after = _HOLDER_TITLE_AFTER.match(self.masked, x.end)
            if not title and not after:
                if wanted is None:
                    return None  # "the office" after someone without an office's title: not theirs
                continue
            words = re.sub(r"^(?:The|A|An|the|a|an)\s+", "", (title or after).group("title").strip())
            if re.match(r"(?:Assistant|Deputy|Senior|Special|Trial|Chief\s+Deputy)\b", words, re.IGNORECASE):
                return None  # a lawyer of the office, not its head: "Assistant U.S. Attorney Ann Roe"
            words = " ".join(w if w.isupper() or w == "U.S." else w[:1].upper() + w[1:] for w in words.split())
            np = f"{words}’s Office"
            named = self._office(np)
            return named
        return None

    def _counsel_named_last(self, start: int, side: str) -> Reference | None:
        """Of the people the report introduces as counsel ("Ann Roe SC, defending", "prosecuting counsel Tom
        Lee"), on the side the words name ("defence counsel said") if they do, the one mentioned last before `start`:
        whom a bare "counsel said" means."""
        counsel = set()
        for x in self.mentions:
            if x.kind != "person" or x.end > start:
                continue
            after = _COUNSEL_AFTER_NAME.match(self.masked, x.end)
            before = None if after else _COUNSEL_BEFORE_NAME.search(self.masked, max(0, x.start - 40), x.start)
            # (the side, in the marker's words: ", defending", or the word before "counsel": "Prosecuting counsel")
            marker = after.group() if after else self.masked[max(0, before.start() - 16):before.end()] if before else ""
            if marker and (not side or side in marker.lower()):
                counsel.add(x.speaker)
        return next((x for x in reversed(self.mentions) if x.end <= start and x.kind == "person"
                     and x.speaker in counsel), None) if counsel else None

    def _government_as_prosecutors(self, start: int) -> bool:
        """ "the government" speaks for the prosecution: the article calls that side "prosecutors", and the words are
        written or argued in a court paper (not a cabinet's "the government said it would review the law")."""
        if "rosecutors" not in self.masked:
            return False
        window = self.masked[self._paragraph_start(start, back=1):self._paragraph_end(start)]
        return _GOVERNMENT_PAPER.search(window) is not None and re.search(r"\b[Pp]rosecutors\b", self.masked) is not None

    def _body_joined_by_and(self, start: int, end: int) -> str | None:
        """ "The Food and Drug Administration said", "the Director of Criminal and Penal Prosecutions said": a body whose
        name joins two fields with "and" is one speaker, never the words after the "and" alone."""
        words = self.masked[start:end].strip(" ,")
        if not words[:1].isupper():
            return None
        at = start + self.masked[start:end].find(words)
        for p in self.parties:
            if p.kind != "organization" or not p.name.endswith(" " + words) or (" and " not in p.name and " & " not in p.name):
                continue
            head = p.name[:-len(words)]
            if (" and " in head[-5:] or " & " in head[-3:]) and self.text[:at].endswith(head):
                return p.name
        return None

    def _body_in_full(self, words: str, start: int) -> str | None:
        """The organisation party whose full name ends with these words ("the patrol" -> "Ohio State Highway
        Patrol"): the only one, or of several the one named last before them; else None."""
        if re.fullmatch(r"(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]er|[Hh]is)\s+union", words):
            # "The Players Association decertified him. The union said …": a labour body by another of its names
            unions = {p.name for p in self.parties if p.kind == "organization"
                      and (_LABOUR_BODY.search(p.name) or p.name.endswith(" Union"))}
            return unions.pop() if len(unions) == 1 else None
        short = _BODY_SHORT.fullmatch(words)
        if short is None:
            return None
        tail = " " + short.group("words").lower().replace("\u2019", "'")
        named = [p for p in self.parties if p.kind == "organization" and p.name.lower().replace("\u2019", "'").endswith(tail)]
        if len(named) == 1:
            return named[0].name
        if not named and " force" in tail:
            # "brought by the Justice Department's Election Threats Task Force … the task force said": a unit
            # named once in capitals (no party of its own) is what its short form means, the last one before it
            capitals = " ".join(w[:1].upper() + w[1:] for w in short.group("words").split())
            unit = None
            for unit in re.compile(r"(?:[A-Z][\w-]*\s+){1,4}" + re.escape(capitals) + r"\b").finditer(self.masked, 0, start):
                pass
            return unit.group() if unit else None
        last = {p.name: max((c.start for c in p.citations if c.start < start), default=-1) for p in named}
        ranked = sorted(last.items(), key=lambda kv: kv[1], reverse=True)
        return ranked[0][0] if ranked and ranked[0][1] >= 0 and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]) else None

    def _resolve_words(self, start: int, end: int, anchor: int, allow_possessive: bool) -> tuple[str, str | None] | None:
        start = self._unmasked_from(start, end)
        dateline = _DATELINE_OPENING.match(self.masked, start, end)
        if dateline and self.masked[dateline.end():end].strip(" ,"):
            start = dateline.end()  # ("HAMILTON - A man …": the place a story was filed from is no part of the subject)
        whole = self._body_joined_by_and(start, end)
        if whole:
            return whole, None
        if self.masked.startswith((" and ", "and "), start):
            # ("Roe's relatives wept, and one of his aunts whispered "…"": the coordinated clause's own subject)
            start = self.masked.index("and ", start) + 4
        client = _COUNSELS_CLIENT.fullmatch(self.masked[start:end].strip(" ,")) if "client" in self.masked[start:end] else None
        accused = self._the_defendant() if client and _DEFENCE_COUNSEL.search(self.masked, max(0, start - 200), end) else None
        if accused is not None:
            # "Lee SC, defending, said his client had told gardaí: "…"": defence counsel's client is the accused,
            # whoever the sentence names before (a victim's lawyer's client is not)
            return accused.name, self.role_of(accused)
        family_of = _FAMILY_OF_ROLE.fullmatch(self.masked[start:end].strip(" ,"))
        if family_of:
            # "the family of the victim" is "the victim's family", speaking as one: never the victim
            return self._family(FAMILY_NP.search(f"the {family_of.group('role')}'s family"), start, anchor)
        team = _TEAM_THEN_NAMES.match(self.masked, start, end)
        if team:
            # "His lawyers, Ann Roe and Bo Lee, wrote that …": the team speaks as one, as "Lee's lawyers"
            found = self._resolve_words(team.start("team"), team.end("team"), anchor, allow_possessive)
            if found and found[0]:
                return found
        kin_back = _DEFINITE_KIN.fullmatch(self.masked[start:end].strip(" ,"))
        said_before = self._relative_said_before(kin_back.group("noun"), start) if kin_back else None
        if said_before:
            return said_before
        # ("the Linden Falls woman said": the place inside the epithet is no speaker)
        lede_person = self._lede_epithet(self.masked[start:end].strip(" ,"), start)
        if lede_person:
            return lede_person
        owned_by_epithet = self._epithet_owned_role(start, end) if self.lede_person else None
        if owned_by_epithet:
            return owned_by_epithet
        political = _POLITICAL_EPITHET.fullmatch(self.masked[start:end].strip(" ,"))
        subject = self._person_just_named(start) if political else None
        age = re.search(r"(\d{1,3})-year-old$", self.masked[start:end].strip(" ,")) if subject else None
        if age and not any(re.search(rf"{re.escape(subject.party.name.split()[-1])}[\u2019']?s?,\s+(?:now\s+)?{age.group(1)}\b"
                                     rf"|\b{age.group(1)}-year-old\s+(?:[\w.-]+\s+){{0,4}}?{re.escape(subject.party.name.split()[0])}\b",
                                     self.masked[:start]) for _ in (0,)):
            subject = None  # ("the 29-year-old said" where the article never gave that person's age: left unnamed)
        if subject:
            return subject.speaker, self.role_of(subject.party)
        honoured = _PROPER_MODIFIED_EPITHET.fullmatch(self.masked[start:end].strip(" ,"))
        if honoured:
            # "the 34-year-old Grammy nominee said", "the Oscar winner": the award or place names no one; the epithet
            # is a person the article named
            return self._by_epithet(honoured.group("noun"), start)
        words = self.masked[start:end].strip(" ,")
        if (", " in words or self.masked.startswith(", ", end)) and (
                " as " in self.masked[end - 12:end + 60] or " initials" in self.masked[start:end + 60]):
            # ""…," said the woman, identified in court only as Jane Doe 2.": the name the participle gives her
            # ("One, identified in the filing only by the initials K.W., wrote": a subject the article keeps to
            # initials, its participle set off in commas after the subject's own words)
            described = _PERSON_BEFORE_KNOWN_AS.match(self.masked, start, min(len(self.masked), end + 4))
            sentence = self.sentence_at(start) if described else None
            known_as = _KNOWN_ONLY_AS.match(self.masked, described.end(), sentence[1]) if sentence else None
            if known_as:
                return self._known_only_as(known_as.group("name"), described.group()), None
        if _BARE_DEFENSE.fullmatch(words):
            # "Defense asks for probation, saying …" (a headline's or deck's subject): the side is its lawyer, when
            # the article names one lawyer for the defendant
            lawyer = self._one_defence_lawyer()
            if lawyer is not None:
                return lawyer.name, self.role_of(lawyer)
        municipal = _MUNICIPALITY.fullmatch(words) if " of " in words or words.endswith("County") else None
        if municipal:
            # "The city of Larkmoor said in a statement", "Dunmore County said": a local government speaks as a body,
            # as the article names it
            return municipal.group("body"), None
        org_voice = ORG_SPOKES.fullmatch(self.masked, start, end)
        if org_voice:
            return org_voice.group("who"), None  # "a Justice Department spokesperson": the spokesperson, as written
        panel = _PANEL_OF_COURT.fullmatch(words) if "panel" in words else None
        if panel:
            # ("a three-judge panel of the Elm Court of Appeals wrote": an appeal court's panel, named by its court,
            # speaks as written, not the court inside its words; "a panel of experts" stays someone to name later)
            return panel.group("np"), None
        if " that " in words or " which " in words:
            # "The firefighters union that represents Roe's department said": the body before its restrictive
            # clause speaks, never a name inside the clause
            lead = len(self.masked[start:end]) - len(self.masked[start:end].lstrip(" ,"))
            body = BODY_SUBJECT.match(words)
            if body and _RELATIVE_AFTER_BODY.match(words, body.end()):
                found = self._resolve_words(start + lead, start + lead + body.end(), anchor, allow_possessive)
                if found and found[0] == f"the {body.group('noun')}" and len(words.split()) <= 10:
                    # ("The network that aired his show said": a body the article never names is told apart by its clause)
                    return words[0].lower() + words[1:], None
                return found
        if " of " in words and _HEAD_OF_BODY.match(words):
            leader = self._leader_named_after(end)
            if leader:
                return leader
        inside = [m for m in self.mentions if start <= m.start and m.end <= end]
        acronym = _SHORT_FORM.fullmatch(self.masked[start:end].strip(" ,"))
        if acronym and acronym.group("letters").replace(".", "") not in _ROLE_SHORT_FORMS:
            # "The USDA said": the body the article named in full, whose initials the short form is
            letters = re.sub(r"[.&]", "", acronym.group("letters"))
            # (a few drop a word: "BCI" for the Ohio Bureau of Criminal Investigation, "ATF" for the Bureau of
            # Alcohol, Tobacco, Firearms and Explosives)
            body = next((p for p in self.parties if p.kind != "person" and (
                _initials(p.name) == letters or len(letters) >= 3 and letters in _initials(p.name))), None)
            if body is not None:
                return body.name, None
            if acronym.group("the"):
                return acronym.group("letters"), None  # (never named in full: the short form, without its article)
        couple = _NAMED_PAIR.fullmatch(self.masked, start, end)
        if couple and not any(m.party is not None and m.party.kind != "person" and m.start >= couple.start("names")
                              for m in inside):
            # "the boy's parents, Ismay and Ben Roe, said": the two named together speak, not the relation
            # describing them (nor only the one whose full name the pair ends on)
            return couple.group("names"), None
        lower_voice = _LOWER_BODY_SPOKES.fullmatch(self.masked, start, end) if "spokes" in self.masked[start:end] else None
        if lower_voice:
            # "a sheriff's office spokeswoman said", "a fire department spokesman said": the body's voice, as written
            # (never the body named inside the words, nor nobody)
            return lower_voice.group("voice"), None
        named = [m for m in inside if m.kind != "pronoun" and (allow_possessive or not m.possessive)
                 and not self.titled_work(m)]
        voice_named = _SPOKES_THEN_NAME.match(self.masked, start, end)
        if voice_named and named and named[-1].kind == "person" and named[-1].start >= voice_named.end() \
                and not self.masked[named[-1].end:end].strip(" ,"):
            # "a spokeswoman for the U.S. Attorney's Office, Ann Roe, said": the named spokesperson speaks, not the
            # office or the official ("a spokesman for Gov. Lee, Ann Roe") the description mentions
            return self.speaker_of(named[-1], anchor)
        tail = _NAME_ONLY.fullmatch(self.masked[voice_named.end():end].strip(" ,")) if voice_named else None
        if tail:
            return tail.group("name"), None  # (a spokesperson named only there, whom the party list missed)
        voice_of = self.voice_for_person(start, named[-1]) if named and not self.masked[named[-1].end:end].strip(" ,") else None
        if voice_of:
            return voice_of, None
        if named and self._described_by_body(start, end, named):
            # "A former Acme Corp engineer wrote": an unnamed person the body's name only describes, never the body
            unnamed = self._unnamed(start, end)
            if unnamed:
                return unnamed
        if named:
            # "3rd Infantry Division spokesperson Maj. Ann Roe said": a body's name used as a modifier, then the
            # person who speaks for it (never across a comma or a preposition: "Ann Roe of the division")
            person = next((m for m in named[1:] if m.kind == "person" and named[0].kind != "person"
                           and not self.masked[m.end:end].strip(" ,")
                           and _TITLES_BETWEEN.fullmatch(self.masked, named[0].end, m.start)), None)
            return self.speaker_of(person or named[0], anchor)
        words = self.masked[start:end]
        bare = words.strip(" ,")
        # (a side's paper, "the government's filing", is read below as that side's)
        owned_words = _OWNED_WORDS_NP.fullmatch(bare) if not _SIDE_PAPER.search(bare) else None
        if owned_words:
            # "The company's statement read", "Dr. Roe's letter said": the words are their owner's
            at = start + words.find(bare)
            # (a named owner's mention holds its "'s"; a noun phrase is read without it)
            if any(m.possessive and m.kind != "pronoun" for m in inside):
                return self.resolve(at, at + owned_words.end("poss"), anchor, allow_possessive=True)
            return self.resolve(at, at + owned_words.end("owner"), anchor)
        members = _ITS_PEOPLE.fullmatch(bare)
        if members:
            # "its elders said", "Its lawyers wrote": people of the body named last before them, as "Elm Church elders"
            # (a body's voice, "its spokesman", "its board", speaks as the body itself)
            body = self._organisation_before(start)
            if body:
                noun = members.group("noun")
                return (body, None) if _BODY_VOICE_NOUN.fullmatch(noun) else (f"{body} {noun}", None)
        voice = _BODY_VOICE_NP.fullmatch(bare)
        if voice:
            # "the group's administrators wrote", "the company's officials said": people speaking for a body the
            # article named are that body's voice (a person's own "representatives" are left as written)
            at = start + words.find(bare)
            body = self.resolve(at, at + voice.end("owner"), anchor)
            if body and body[0] and not body[0].startswith("the ") \
                    and not any(p.name == body[0] and p.kind == "person" for p in self.parties):
                # ("the church's board said": a board is a body of its own, kept as the article owns it,
                # "Elm Church's board"; officials or a spokesman only speak as the body)
                if bare.endswith("board") and any(p.name == body[0] and p.kind == "organization" for p in self.parties):
                    return f"{body[0]}\u2019s board" if "\u2019" in bare else f"{body[0]}'s board", body[1]
                return body
        owned = [m for m in inside if m.possessive and m.kind != "pronoun"]
        if owned:
            role = POSSESSIVE_ROLE.match(self.masked, owned[0].end - 2, end)  # the role within the words, not the verb after
            if role:
                return self._owned_role(owned[0], role)
        voice = SPOKES_FOR.match(words.strip(" ,"))
        if voice:
            # "a spokesperson for the Chinese embassy in Washington said": the body speaks through them
            body = INSTITUTION.match(voice.group("org"))
            office = TITLED_OFFICE.fullmatch(voice.group("org"))
            found = (self._office(office.group("np")), None) if office else \
                self._institution(body.group("noun"), start) if body else None
            if found and not found[0].startswith("the "):
                return found
            return re.sub(r"^(?:[Tt]he|[Ii]ts|[Tt]heir)\s+", "", voice.group("org")), None
        described = _DESCRIBED_KIN.fullmatch(bare)
        holder = self._kin_named_before(described, start) if described else None
        if holder:
            return holder
        young = self._young_named_before(bare, start) if "the " in bare[:4].lower() else None
        if young:
            return young
        titled = self._by_title_before_name(bare, start) if bare[:4].lower() == "the " else None
        if titled:
            return titled
        unnamed = self._unnamed(start, end)
        one_of = _ONE_OF_PRONOUN.match(unnamed[0]) if unnamed and unnamed[0][:7] in ("one of ", "another") else None
        if one_of:
            # ("one of his aunts whispered "…"": of the relatives of whom "his" means, as "his lawyer" is Roe's lawyer)
            at = start + self.masked[start:end].find(one_of.group("pronoun"))
            wanted = PRONOUN_GENDER.get(one_of.group("pronoun"))
            sentence = self.sentence_at(at)
            # (the person the sentence named before: "Several of Roe's cousins wept, and one of his aunts …")
            # (or whose group it named: "Roe's relatives" is a group mention, whose owner is Roe)
            same = next((x for x in reversed(self.mentions) if sentence and sentence[0] <= x.start < at and (
                x.kind == "person" or x.kind == "group" and x.party is None and re.search(r"[\u2019']s\s", x.speaker))
                and self.fits(re.split(r"[\u2019']s\s", x.speaker)[0], wanted)), None) if wanted else None
            owner = (re.split(r"[\u2019']s\s", same.speaker)[0], None) if same else \
                self.pronoun(Reference(at, at + len(one_of.group("pronoun")), one_of.group("pronoun"), "pronoun", True), anchor)
            if owner and owner[0] and owner[0] not in self.unnamed:
                return f"{one_of.group('one')} of {owner[0].split()[-1]}\u2019s {one_of.group('rest')}", None
        if unnamed:
            return unnamed
        one_of_them = _ONE_OF_THEM.match(bare) if "of th" in bare[:14] else None
        if one_of_them:
            group = self._people_in_sentence_before(start)
            if group:
                # ("Several teenagers never got the jobs. One of them, now 19, wrote …": one of the group the sentence
                # before named, as the article leaves them unnamed)
                return f"{one_of_them.group('one').lower()} of the {group}", None
        if AFFILIATION_NP.match(bare):
            return self._by_affiliation(start)
        branch = BRANCH.match(bare)
        if branch:
            return branch.group("org"), None
        epithet = EPITHET.match(bare)
        if epithet and (len(epithet.group("mods").split()) > 1 or "-" in epithet.group("mods")):
            return self._by_epithet(epithet.group("noun"), start)
        family = FAMILY_NP.search(bare)
        if family:
            return self._family(family, start + words.find(bare) + family.start(), anchor)
        owned_body = OWNED_BODY.match(words)
        if owned_body:
            return self._board_of(owned_body.group("owner"), owned_body.group("np"), start), None
        office = TITLED_OFFICE.fullmatch(bare)
        if office:
            return self._office(office.group("np")), None
        placed = _TITLED_OFFICE_IN_PLACE.fullmatch(bare) if " in " in bare else None
        if placed:
            # ("the district attorney's office in Elmford said": which of the many offices of that title speaks,
            # unless the article gave that office its full name)
            office = self._office(placed.group("np"))
            return (office if office != placed.group("np") else f"{office} in {placed.group('place')}"), None
        office = NAMED_OFFICE.fullmatch(bare)
        if office and office.group("np").split()[0] not in STOPWORDS:
            return self._office(office.group("np")), None
        generic = _GENERIC_NP.fullmatch(bare)
        if generic and generic.group("noun") in _MEDIA_KINDS:
            generic = None  # "the station": an outlet, looked for by its call letters below ("WKTV, the NBC affiliate")
        named_body = self._body_named_before(generic.group("noun"), start) if generic else None
        if named_body:
            return named_body, None  # "the team said" after "played for the Elm City Owls"
        institution = INSTITUTION.match(words)
        if institution and institution.group("owner"):
            return "the " + words.strip().split(None, 1)[1], None  # "the mosque's management committee": as the story names it
        if institution:
            noun = institution.group("noun")
            modifier = _modifier_before(words[:institution.start("noun")])
            found = self._institution(noun, start, modifier)
            kind = institution.group("kind")
            if found and found[0] == f"the {noun}" and kind:
                return f"the {kind} {noun}", found[1]  # "the grand jury" is another body than a trial's jury
            return found
        side_paper = _SIDE_PAPER.search(words)
        if side_paper:
            # "the defense memo says", "the government's filing argues": the paper names the side that filed it
            owner = _DOC_OWNER.search(self.masked, start, start + side_paper.start("noun"))
            found = self._document_owner(owner, anchor) if owner and owner.group("side") else None
            if found:
                return found
        doc = DOC_NP.search(words)
        if doc:
            return self._issuer(doc.group("noun"), start, anchor)
        role = ROLE_NP.search(words)
        if role:
            found = self._by_role(role, start + role.start(), anchor)
            if found:
                return found
        members = _OWNED_MEMBERS_NP.fullmatch(bare) if "s " in bare else None
        if members:
            # ("The plan's trustees said", "the bakery's managing director said": people of a body the article
            # names by a common noun only, never by name, speak as the article describes them)
            return "t" + members.group()[1:], None
        office = _OWNED_OFFICE.fullmatch(bare)
        if office:
            # "In a statement, her office said": the office of the official "her" is, as "Roe's office"
            owner_word = office.group("owner")
            at = start + words.find(bare)
            owner = self.pronoun(Reference(at, at + len(owner_word), owner_word, "pronoun", True), anchor)
            if owner and owner[0] and any(p.name == owner[0] and p.kind == "person" for p in self.parties):
                return f"{owner[0].split()[-1]}\u2019s {office.group('noun')}", None
        kin = _PRONOUN_KIN.match(bare)
        if kin:
            at = start + words.find(bare)
            found = self._relative(kin, at, anchor) if not kin.group("noun").endswith("s") else None
            if found:
                return found
            # "Her sister, Ann Roe, said …. Her mother added": a relative the article never names is the relative of
            # the named person "her" is, as "Lee's mother" (never a bare "mother", which tells nobody who)
            owner_word = kin.group("owner")
            described = self._described_owner(owner_word, at)
            if described:
                # "The girl, now 16, did not testify. Her mother read a statement": the relative of the one the
                # sentence before is about, whom the article describes and never names, as "the girl's mother"
                return f"{described}\u2019s {kin.group('noun')}", None
            owner = self.pronoun(Reference(at, at + len(owner_word), owner_word, "pronoun", True), anchor)
            since = self._paragraph_start(at, back=2)
            # (the person last introduced as another relative by the same pronoun: "Her father, Carl Roe, …")
            named = next((x for x in reversed(self.mentions) if since <= x.start < at and x.kind == "person"
                          and not x.possessive and (sib := _PRONOUN_KIN_BEFORE.search(self.masked, max(0, x.start - 40), x.start))
                          and sib.group("owner").lower() == owner_word.lower()), None)
            if named:
                # ("Her sister, Ann Roe, said …. Her mother added": both "her"s are one person's, whose relatives
                # speak in turn; the mother is not Ann Roe's own relative told apart from the victim's)
                their_owner = _ROLE_OWNER.match(named.party.roles[0] if named.party and named.party.roles else "")
                if their_owner:
                    return f"{their_owner.group('owner')} {kin.group('noun')}", None
                owner = None  # (whose relative the first one was, the article did not say: nor for this one)
            if owner and owner[0] and any(p.name == owner[0] and p.kind == "person" for p in self.parties):
                return f"{self._surname(owner[0])}\u2019s {kin.group('noun')}", None
            if owner and owner[0] in self.unnamed and owner[0] not in self.kin_by_pronoun and "\u2019s " not in owner[0]:
                # ("the referee said …. His mother told the judge": the relative of the one described, as described)
                # ("One of the victims spoke. Her mother said": the victim's mother, not "one of the victims's")
                one_of = re.fullmatch(r"(?:one|another)\s+of\s+the\s+(?P<noun>[a-z]+)s", owner[0])
                whose = f"the {one_of.group('noun')}" if one_of else owner[0]
                return f"{whose}\u2019s {kin.group('noun')}", None
        # "a man who answered the door at her address": a possessive pronoun inside a phrase never speaks
        # (one right before the verb or noun of speech does: "his comments", "her words")
        pronouns = [m for m in inside if m.kind == "pronoun"
                    and (allow_possessive or not m.possessive or not self.masked[m.end:end].strip())]
        if pronouns:
            return self.speaker_of(pronouns[0], anchor)
        if bare.lower() == "it":
            found = self._document_issuer(start)
            spoke = None if found else self._organisation_that_spoke(start)
            return (spoke, None) if spoke else found
        lede = INDEFINITE.match(bare)
        if lede and not lede.group("noun").startswith("spokes") and not re.search(r"[^s]s$", lede.group("noun")):
            return self._named_later(lede.group("noun"), end)
        headline = _HEADLINE_NOUN_SUBJECT.match(bare)
        if headline and headline.group("noun").lower() in KIN_NOUNS | ROLE_NOUNS:
            # a headline's or deck's bare noun subject, capitalised as its first word: "Widow tells court her daughter
            # still asks "…"" is the widow the story names, or the widow as described
            noun = headline.group("noun").lower()
            later = self._named_later(noun, end)
            return later if later[0] else (f"the {noun}", None)
        business_voice = _BUSINESS_SPOKES.fullmatch(bare) if "spokes" in bare else None
        if business_voice:
            # "A company spokesperson said the firm "…"": the voice of the company the article named, written as a
            # named body's spokesperson is ("Elm Foods spokesperson"); unnamed company: as written
            body = self._institution(business_voice.group("noun").lower(), start)[0]
            if not body or body.startswith("the "):
                # (or the body named last in this or the previous paragraph: "Elm Foods paid $9 million. The company
                # …. A company spokesperson said")
                body = next((x.speaker for x in reversed(self.mentions) if x.start < start and x.party
                             and x.party.kind == "organization" and x.start >= self._paragraph_start(start, back=1)), None)
            if body:
                # (the company speaks through its unnamed voice, as a body's "a spokesperson said" does: its name)
                return body, None
        if SPOKES.match(bare):
            # "The charity Shelter First said …. "…," a spokesperson said": the organisation speaks
            orgs = [x for x in self.mentions if x.start < start and x.party and x.party.kind == "organization"
                    and x.start >= self._paragraph_start(start, back=1)]
            # ("A spokesperson for the DEA's Phoenix Division, which worked with the county sheriff, said …. "…," the
            # spokesperson said": the body the spokesperson was introduced for, not one named in its clause)
            introduced = [x for x in orgs if _SPOKES_FOR_BEFORE.search(self.masked, max(0, x.start - 120), x.start)]
            if introduced:
                return introduced[-1].speaker, None
            # ("I asked the district attorney's office why. A spokeswoman sent a statement.": an office named by its
            # holder's title in lower case is a body too, the one the article named in full if it did)
            offices = [(m.start(), self._office(m.group("np")))
                       for m in _THE_TITLED_OFFICE.finditer(self.masked, self._paragraph_start(start, back=1), start)]
            last = max([(x.start, x.speaker) for x in orgs] + offices, default=None)
            if last:
                return last[1], None
            spoke = self._organisation_that_spoke(start)
            if spoke:
                return spoke, None
        if _THE_LAWYERS.fullmatch(bare):
            # "Roe's attorneys asked for probation. … "…," the lawyers wrote": the lawyers the article named, as it
            # named them (the last ones before, within the article's body)
            named = list(_CLIENTS_LAWYERS.finditer(self.masked, self.body[0].start if self.body else 0, start))
            if named:
                return named[-1].group(), None
        defence = _THE_DEFENCE.fullmatch(bare)
        if defence and defence.group("owner"):
            # ""…," his defense team said": whoever "his" is, as "Roe's defense team"; never Roe himself
            at = start + len(words) - len(words.lstrip(" ,"))
            owner = self.pronoun(Reference(at, at + len(defence.group("owner")), defence.group("owner"), "pronoun", True),
                                 anchor)
            if owner and owner[0]:
                return f"{self._owner_name(owner[0])}\u2019s {defence.group('team')}", None
        elif defence:
            # ""…," the defense said" / "The defence team argued": the accused's lawyers as the article named them,
            # else the side as written; never the accused, whose side it is
            named = list(_CLIENTS_LAWYERS.finditer(self.masked, self.body[0].start if self.body else 0, start))
            if named:
                return named[-1].group(), None
            told = list(_PRONOUN_LAWYERS.finditer(self.masked, self.body[0].start if self.body else 0, start))
            owner = self.pronoun(Reference(told[-1].start("owner"), told[-1].end("owner"), told[-1].group("owner"), "pronoun", True),
                                 told[-1].start()) if told else None
            if owner and owner[0]:
                return f"{self._owner_name(owner[0])}\u2019s {told[-1].group('team')}", None
            # (the side as written, "the defense"; a bare "the lawyers" is the group, as any group is named)
            return (bare[0].lower() + bare[1:] if "efen" in bare else re.sub(r"^[Tt]he\s+", "", bare)), None
        the_kin = re.fullmatch(r"[Tt]he\s+(?P<kin>[a-z]+)", bare)
        described = self._kin_described_before(the_kin.group("kin"), start) \
            if the_kin and the_kin.group("kin") in KIN_NOUNS else None
        if described:
            return described, None
        if BARE_GROUP.match(bare):
            words = bare.split()
            while len(words) > 1 and words[0].lower() in FUNCTION_WORDS:
                words.pop(0)  # "the police", "after prosecutors": the group without its article or conjunction
            return " ".join(words), None
        service = _SERVICE.fullmatch(bare)
        if service:
            return service.group("org"), None
        run = CAP_RUN.search(words)
        owner_role = POSSESSIVE_ROLE.match(words, run.end() - 2) if run and POSSESSIVE_END.search(run.group()) else None
        if owner_role and owner_role.group("noun") in ROLE_NOUNS and not words[owner_role.end():].strip(" ,"):
            # "Ohio's senior senator said": a place or body owning a role is no speaker; the role, as written
            return re.sub(r"^(?:[Tt]he)\s+", "", bare), None
        if owner_role and owner_role.group("noun") in ROLE_NOUNS and _PLACE_POSTMODIFIER.fullmatch(words, owner_role.end()):
            # "Roe's manager at the Elm Street bakery said": the person the article describes, placed as it places
            # them (never the owner's name alone, nor the shop)
            return re.sub(r"^(?:[Tt]he)\s+", "", bare), None
        head = _HEAD_AFTER_NAME.match(words, run.end()) if run else None
        if head:
            # "a Payson couple who lost …", "The FBI's Denver field office": the name only modifies the noun that speaks
            return re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", self.text[start + run.start():start + head.end("head")]), None
        # "Maine State Police said": a force named in full speaks, though "Police" alone is only a title word
        force = run is not None and len(run.group().split()) > 1 and run.group().split()[-1] == "Police"
        if run and (run.group().split()[-1] not in STOPWORDS | TITLE_WORDS or force) and len(run.group()) > 1 \
                and run.group().split()[-1] not in MONTHS_AND_DAYS:
            if _CLAUSE_BEFORE_RUN.search(words, 0, run.start()):
                # ("a friend who helped set up a fund in Kaylee's name": a name inside the phrase's clause is only
                # something it mentions, never the one speaking)
                return None
            return self._modified_head(words, run, start) or (self._outlet(run.group(), start), None)
        return None

    def _modified_head(self, words: str, run: re.Match[str], start: int) -> tuple[str, str | None] | None:
        """ "Marketing materials", "Text messages recovered from his phone", "The Tacoma man": a capitalised word
        before a lower-case noun only modifies it; the noun is the phrase's head. A record speaks for no one it
        names (the quote stays unattributed); a person or anything else speaks as the article describes them
        ("the Tacoma man"). None when no lower-case noun follows the capitalised words."""
        head_end = None
        for word in re.finditer(r"[ \t]+(?P<w>[a-z][\w-]*)", words[run.end():]):
            if word.start() != (head_end or 0) or word.group("w") in _NOT_HEAD_WORDS:
                break
            if _NOT_A_NOUN.fullmatch(word.group("w")):
                break  # ("messages recovered from his phone", "Members carried him", "materials nonetheless described":
                # a verb or an adverb opens what is said of the noun, or the capitalised word was the subject itself)
            head_end, head = word.end(), word.group("w")
        if head_end is None:
            return None
        if head in _RECORD_HEADS:
            # ("a U.S. Justice Department report described ...": a body of the story that wrote the record speaks by it)
            author = re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", run.group()).strip()
            named_body = any(p.kind != "person" and p.name == author for p in self.parties) \
                or any(w in ORG_WORDS for w in author.split())
            return (author, None) if named_body else UNNAMED
        if POSSESSIVE_END.search(run.group()) and head not in _DESCRIBED_PEOPLE | UNNAMED_PERSON_NOUNS:
            return UNNAMED  # ("Kaylee's name": a thing of someone's, no one speaking)
        phrase = self.text[start + run.start():start + run.end() + head_end]
        return re.sub(r"^(?:The|A|An)\b", lambda m: m.group().lower(), phrase), None

    def _relative(self, kin: re.Match[str], at: int, anchor: int) -> tuple[str, str | None] | None:
        """ "Her husband said" after "her parents, Mark and Denise Ferris": the one person sharing the pronoun's
        referent's surname whom the article names beside them as a pair, or gives that relation."""
        owner_word = kin.group("owner")
        owner = self.pronoun(Reference(at, at + len(owner_word), owner_word, "pronoun", True), anchor)
        person = next((p for p in self.parties if owner and p.name == owner[0] and p.kind == "person"), None)
        if person is None or " " not in person.name:
            return None
        first, surname = person.name.split()[0], person.name.split()[-1]
        noun = kin.group("noun")
        wanted = "m" if noun in UNNAMED_MALE else "f" if noun in UNNAMED_FEMALE else None
        found = []
        for p in self.parties:
            if p is person or p.kind != "person" or p.name.split()[-1] != surname or len(p.name.split()) < 2:
                continue
            if wanted and not self.fits(p.name, wanted):
                continue
            other = re.escape(p.name.split()[0])
            paired = re.search(rf"\b(?:{other}\s+(?:and|&)\s+{re.escape(first)}|{re.escape(first)}\s+(?:and|&)\s+{other})"
                               rf"\s+{re.escape(surname)}\b", self.text)
            related = any(re.search(rf"\b(?:{re.escape(first)}|{re.escape(surname)})[\u2019']s\s+{noun}\b", r) for r in p.roles)
            if paired or related:
                found.append(p)
        return (found[0].name, self.role_of(found[0])) if len(found) == 1 else None

    def _by_affiliation(self, start: int) -> tuple[str, str | None]:
        """ "the Democrat said": the latest person before it shown as a politician (a party tag, a political
        title, a party word in their sentence); failing that, the latest person named; never a party."""
        people = [m for m in self.mentions if m.kind == "person" and not m.possessive and m.end <= start]
        for m in reversed(people):
            sent = self.sentence_at(m.start) or (m.start, m.end)
            if (PARTY_MARK.match(self.text, m.end) or POLITICAL.search(" ".join(m.party.roles if m.party else []))
                    or POLITICAL.search(self.text[max(sent[0], m.start - 30):m.start])
                    or any(w in AFFILIATIONS for w in re.findall(r"[A-Z]\w+", self.masked[sent[0]:sent[1]]))):
                return m.speaker, self.role_of(m.party)
        return (people[-1].speaker, self.role_of(people[-1].party)) if people else UNNAMED

    def _person_just_named(self, start: int) -> Reference | None:
        """The person the words before are about, for an epithet standing in for their name ("… Ann Roe stood before
        the judge. "…," the Ohio Democrat said"): the latest person named in this paragraph or the one before who is
        neither a judge nor anyone's lawyer (the ones a story names beside its subject)."""
        window_start = self._paragraph_start(start, back=1)
        for x in reversed([x for x in self.mentions if window_start <= x.start < start and x.kind == "person"
                           and x.party is not None and x.party.kind == "person"]):
            roles = " ".join(x.party.roles).lower()
            title = self.masked[max(0, x.start - 30):x.start]
            if re.search(r"\b(?:judge|justice|magistrate|lawyer|attorney|counsel|prosecutor)\b", roles) \
                    or re.search(r"\b(?:Judge|Justice|Magistrate|Attorney|Prosecutor)\s+(?:[A-Z][\w.-]*\s+)?$", title):
                continue
            return x
        return None

    def _by_epithet(self, noun: str, start: int) -> tuple[str, str | None]:
        """ "The 29-year-old actress said": the latest holder of that role, else the article's main person
        (the most often named, when named at least three times); unnamed otherwise."""
        holders = [m for m in self.mentions if m.kind == "person" and m.end <= start and m.party
                   and any(noun in role_words(r) for r in m.party.roles)]
        if holders:
            return holders[-1].speaker, self.role_of(holders[-1].party)
        people = [p for p in self.parties if p.kind == "person"]
        main = max(people, key=lambda p: len(p.citations), default=None)
        if main is not None and len(main.citations) >= 3:
            return main.name, self.role_of(main)
        return UNNAMED

    def holder_of_work(self, title: str, noun: str, start: int) -> tuple[str, str | None]:
        """ "the “Crumb Wars” host said": the person the article names beside that show's (or book's, film's) title
        elsewhere, the nearest before first ("Oduya, who hosted “Crumb Wars”,"); else the epithet's holder."""
        places = [m.start() for m in re.finditer(re.escape(title), self.text) if abs(m.start() - start) > len(title) + 4]
        for at in sorted(places, key=lambda p: (p > start, abs(p - start))):
            sentence = self.sentence_at(at)
            person = next((x for x in self.mentions if sentence and sentence[0] <= x.start < sentence[1]
                           and x.kind == "person" and not x.possessive), None)
            if person:
                return self.speaker_of(person, start) or (person.speaker, self.role_of(person.party))
        return self._by_epithet(noun, start)

    def _family(self, family: re.Match[str], at: int, anchor: int) -> tuple[str, str | None]:
        """ "his family" / "the victim's family" -> "Roe family": the owner's surname where the article says who
        the owner is, else the one family it names as a group; otherwise the family as written. (A family called by
        the Maori "whanau" keeps that word: "the Pomare whanau".)"""
        label, role = self._family_label(family, at, anchor)
        noun = re.search(r"wh[a\u0101]nau\b", family.group(), re.I)
        return (re.sub(r"\bfamily$", noun.group(), label) if noun else label), role

    def _family_label(self, family: re.Match[str], at: int, anchor: int) -> tuple[str, str | None]:
        owner: tuple[str, str | None] | None = None
        if family.group("pronoun"):
            owner = self.pronoun(Reference(at, at + len(family.group("pronoun")), family.group("pronoun"), "pronoun", True),
                                  anchor)
        elif family.group("role"):
            role = ROLE_NP.match(f"the {family.group('role')}")
            owner = self._by_role(role, at, anchor) if role else None
        if owner and owner[0] and owner[0] in {p.name for p in self.parties if p.kind == "person"}:
            return f"{owner[0].split()[-1]} family", None
        named = {_family_name(m.speaker) for m in self.mentions if m.kind == "group" and m.speaker.endswith(_FAMILY_ENDS)}
        named |= {p.name for p in self.parties if p.kind == "group" and p.name.endswith(_FAMILY_ENDS)}
        if len(named) == 1:
            return named.pop(), None
        if not family.group("pronoun") and not family.group("role"):
            # "Roe's parents, Carl and Mina Roe, said …. "…," the family said": the relatives named just before
            relatives = [m for m in self.mentions if self._paragraph_start(at, back=1) <= m.start < at
                         and m.kind == "person" and m.possessive and _RELATIVES_AFTER.match(self.masked, m.end)]
            if relatives:
                return f"{relatives[-1].speaker.split()[-1]} family", None
            # "…, her family said. / "…," the family said": the family the article just gave an owner
            owned = list(_OWNED_FAMILY.finditer(self.masked, self._paragraph_start(at, back=2), at))
            if owned:
                last = owned[-1]
                pronoun = Reference(last.start(), last.start() + len(last.group("pronoun")), last.group("pronoun"),
                                    "pronoun", True)
                found = self.pronoun(pronoun, last.start())
                if found and found[0] and found[0] in {p.name for p in self.parties if p.kind == "person"}:
                    return f"{found[0].split()[-1]} family", None
            shared = self._shared_surname_before(at)
            if shared:
                return f"{shared} family", None
            # "…, the family said in a statement" in a story of one victim and no other family: the victim's family,
            # who speak for the dead or hurt in court stories (the accused's relatives are told as "his family")
            victims = {p.name for p in self.parties if p.kind == "person" and " " in p.name and "victim" in p.roles}
            if len(victims) == 1:
                return f"{victims.pop().split()[-1]} family", None
        return re.sub(r"^[Tt]he\s+", "", family.group()), None

    def _shared_surname_before(self, at: int) -> str | None:
        """ "Vince Corso was killed in 1994. … Paul Corso left without speaking. In a statement, the family said":
        the family is the relatives the article names by one surname, the latest of them named in this or the
        previous paragraph."""
        surnames = [p.name.split()[-1] for p in self.parties if p.kind == "person" and " " in p.name]
        related = [m for m in self.mentions if m.kind == "person" and m.party is not None and " " in m.party.name
                   and surnames.count(m.party.name.split()[-1]) > 1 and self._paragraph_start(at, back=1) <= m.start < at]
        return related[-1].party.name.split()[-1] if related else None

    def _higher_court(self, higher: re.Match[str], start: int) -> str:
        """ "The appeals court, in a 3-0 ruling, wrote": the court above, as the article last named it (of the same
        rank), else as written; never the trial judge whose ruling it reviews."""
        top = bool(re.search(r"[Ss]upreme|[Hh]igh", higher.group("kind")))
        named = self.appeal_court(start)
        if named and bool(re.search(r"Supreme|High", named)) == top:
            return named
        return higher.group()[0].lower() + higher.group()[1:]

    def appeal_court(self, before: int) -> str | None:
        """The appeal court the article named last before `before` ("the 6th U.S. Circuit Court of Appeals", "the
        Appellate Division, Second Department", "the state appeals court"), if any."""
        named = [(m.start(), re.sub(r"^[Tt]he\s+", "", m.group())) for m in NAMED_COURT.finditer(self.masked, 0, before)
                 if len(m.group().split()) > 1 and re.search(r"Appeal|Supreme|Appellate|Circuit", m.group())]
        named += [(m.start(), re.sub(r"^(?:[Tt]he|[Aa])\s+", "", m.group())) for m in _APPEAL_NAME.finditer(self.masked, 0, before)]
        return max(named)[1] if named else None

    def _panel(self, noun: str, start: int) -> str:
        """ "the panel said": the appeal court, when the article introduced the panel as that court's ("a three-judge
        panel of the 2nd Circuit", "the 5th Circuit panel") or never introduced it at all in an appeal story; a panel
        introduced as anything else (a parole board's, a licensing board's) stays "the panel"."""
        mentions = [m for m in _PANEL_WORD.finditer(self.masked, 0, start) if m.group() == noun]
        if not mentions:
            return self.appeal_court(start) or f"the {noun}"
        for intro in reversed(mentions):
            sentence = next(((a, b) for a, b in self.sentences if a <= intro.start() < b), (intro.start(), intro.end()))
            said = self.masked[sentence[0]:sentence[1]]
            # (the court nearest the panel word is the panel's: "A divided 1st Circuit panel ruled that … a theory the
            # Supreme Court has rejected" is the 1st Circuit's, never the Supreme Court it cites)
            at = intro.start() - sentence[0]
            courts = [re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", m.group()) for m in sorted(
                      (*NAMED_COURT.finditer(said), *_APPEAL_NAME.finditer(said)), key=lambda c: min(abs(c.start() - at), abs(c.end() - at)))
                      if len(m.group().split()) > 1 and re.search(r"Appeal|appeal|Supreme|Appellate|appellate|Circuit", m.group())]
            if courts:
                return courts[0]
            # ("A panel of the Appellate Division vacated it. The panel pointed to …. "…," the panel wrote": a
            # "the panel" that only refers back leaves the introducing sentence to say whose panel it is)
            if not re.search(r"\b[Tt]he\s+$", self.masked[max(0, intro.start() - 4):intro.start()]):
                break
        if re.search(rf"\b(?:judge|justice|appeals|appellate)\s+{noun}\b", said):
            return self.appeal_court(start) or f"the {noun}"
        return f"the {noun}"

    def _office_named_before(self, start: int) -> str | None:
        """ "The state fire marshal's office said …. "…," the office said": the office the article last named by its
        holder's title in this paragraph or the one before, unless a capitalised "… Office" was named after it."""
        window_start = self._paragraph_start(start, back=1)
        if "office" not in self.masked[window_start:start]:
            return None
        titled = [m for m in _THE_TITLED_OFFICE.finditer(self.masked, window_start, start) if "XXX" not in m.group()]
        if not titled or re.search(r"\b[A-Z][\w\u2019']*\s+Office\b", self.masked[titled[-1].end():start]):
            return None
        np = titled[-1].group("np")
        named = self._office(np)
        return named if named != np else f"the {np}"

    def _office(self, np: str) -> str:
        """ "the district attorney's office" -> the "Queens District Attorney's Office" the article named; else as written."""
        wanted = np.lower().replace("\u2019", "'")
        short, _, rest = wanted.partition("'s ")
        if rest and short.upper() in _OFFICE_SHORT_FORMS:
            # ("the Carver County District Attorney's Office said …. "…," the DA's office said": the title's short form)
            wanted = f"{_OFFICE_SHORT_FORMS[short.upper()]}'s {rest}"
        named = {p.name for p in self.parties if p.kind == "organization"
                 and p.name.lower().replace("\u2019", "'").endswith(wanted)}
        return named.pop() if len(named) == 1 else np

    def _institution(self, noun: str, start: int, modifier: str = "") -> tuple[str, str | None]:
        """ "the court" -> the judge the article names; "the union" -> the union it named earlier. A `modifier` that
        names the kind of body ("the police department") keeps out a named body without it ("Justice Department")."""
        telling = modifier.lower() if modifier and modifier.lower() not in _PLACING_BODY_WORDS else ""

        def kind_fits(name: str) -> bool:
            return not telling or telling in name.lower().split()
        appeal = self.appeal_court(start) if noun in ("court", "majority", "justices", "judges") else None
        if appeal:
            # "In a four-page decision, the Appellate Division said … "…," the court wrote": the appeal court the
            # article last named, not the trial judge it named before that
            return appeal, None
        if noun in ("majority", "justices", "judges"):
            return f"the {noun}", None
        if noun == "court":
            judges = self.judges()
            if len(judges) == 1:
                return judges[0].name, self.role_of(judges[0])
            return "the court", None
        outlet = self._outlet_named_before(noun, start) if noun in _MEDIA_KINDS else None
        if outlet:
            return outlet, None
        if noun == "government" and not modifier and self._government_as_prosecutors(start):
            # "Prosecutors sought 40 months. In a sentencing memorandum, the government wrote …": the side that
            # filed the paper is the prosecutors, as "the government's memo" is
            return "prosecutors", None
        if noun in ("government", "prosecution"):
            return f"the {noun}", None  # the side of a criminal case, never a body named for something else
        if noun in ("panel", "tribunal"):
            return self._panel(noun, start), None
        kind_words = _KIND_IN_NAME.get(noun)
        if kind_words:
            # "Elm Airways fired him. The FAA revoked his license. "…," the airline said": the body whose own name
            # says it is of that kind, the latest named, over any body that spoke or was named after it
            kind_named = [x for x in self.mentions if x.start < start and x.party and x.party.kind == "organization"
                          and set(x.party.name.lower().split()) & kind_words
                          and not set(x.party.name.lower().split()) & _OTHER_KIND_IN_NAME]
            if kind_named:
                return kind_named[-1].party.name, None
        office = self._office_named_before(start) if noun == "office" else None
        if office:
            return office, None
        appositive = re.compile(rf"\b[Tt]he\s+(?:[a-z-]+\s+){{0,2}}{noun},\s+")
        for m in reversed(list(appositive.finditer(self.masked, 0, start))):
            # "The hospice company, Cedar Hearth Home Health, fired her": the name the article gave that body
            name = CAP_RUN.match(self.masked, m.end())
            if name and name.group().split()[0] not in STOPWORDS and re.match(r"\s*[,(]", self.masked[name.end():]):
                return re.sub(r"^[Tt]he\s+", "", name.group()), None
        described_after = self._named_by_appositive(noun, start)
        if described_after:
            return described_after, None
        # ("Fraternal Order of Police Lodge 41", "Lodge No. 9": a chapter's number is part of its name)
        # ("3rd Infantry Division": a unit's ordinal is part of its name too)
        # ("U.S. Attorney's Office": a dotted abbreviation is a word of the name, never where it starts)
        # ("Department of Children, Youth, and Families": a serial list closed by "and" is one name, never cut at
        # its first comma)
        name_word = r"[A-Z](?:[\w&-]*s[\u2019'](?!\w)|[\w&-]*)"
        named = (rf"(?:\b\d+(?:st|nd|rd|th)\s+)?(?:(?:\b(?:[A-Z]\.){{2,}}|[A-Z][\w&\u2019'-]*)\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?)*{noun.title()}\b(?:\s+(?:No\.\s*)?\d+\b)?"
                 rf"(?:\s+(?:of|for)\s+(?:the\s+)?{name_word}(?:\s+(?:(?:and|&)\s+)?{name_word}"
                 rf"|(?:,\s+{name_word})+,?\s+(?:and|&)\s+{name_word})*){{0,3}}")
        if noun == "company":  # "Redline Pumping Co.", "Acme Corp.": a company named by its legal suffix
            named = rf"(?:(?:[A-Z][\w&\u2019'-]*\s+)+(?:Co|Corp|Inc|LLC|Ltd)\b\.?|{named})"
        if noun == "union":  # unions are named by their local's number: "Ironworkers Local 7"
            named = rf"(?:(?:[A-Z][\w&\u2019'-]*\s+)+Local\s+\d+|{named})"
        runs = (re.sub(r"^(?:The|A|An)\s+", "", m.group().strip()) for m in re.finditer(named, self.masked[:start])
                if "XXX" not in m.group() and "\n" not in m.group().strip())
        earlier = [r for r in runs if len(r.split()) > 1 and r.split()[0] not in STOPWORDS and kind_fits(r)]
        # "Elm Chapel said in a statement …. "…," the church said": the organisation that spoke just before,
        # unless its name says it is another kind of body ("the Police Department" is no church)
        other_kinds = PUBLIC_BODIES - {noun.title()} if noun not in ANY_BODY else set()
        spoke = self._organisation_that_spoke(start)
        fits = spoke is not None and spoke.split()[-1] not in other_kinds and kind_fits(spoke)
        # ("Roe's firm, Roe Books LLC, …. Elm Media, which aired her show, said it … the company said": a private
        # body's noun means the one that just spoke, not the first name with a company suffix)
        # (never a public body that spoke between: "The FBI said …. the company said" is still the company)
        private = fits and not spoke.isupper() and not set(spoke.split()) & PUBLIC_BODIES
        # ("The Elm Police Department said …. The state Department of Children and Families said in a statement …
        # "…," the department said": of several bodies of that kind, the one that just issued a statement)
        latest = next((r for r in earlier if fits and (r == spoke or r.startswith(spoke + " "))), None)
        if latest:
            return latest, None
        if earlier and not (private and noun in _PRIVATE_BODIES | _GENERIC_BODIES and spoke not in earlier):
            return earlier[0], None
        if fits:
            return spoke, None
        # "The NCAA, for its part, …. the association said": a body known by an acronym whose last letter is the
        # noun's initial (National Collegiate Athletic Association), named in this or the previous paragraph
        # ("The FBI …. the bureau said": an organisation's acronym holding the noun's initial past its first
        # letter, Federal Bureau of Investigation, the NYPD's department)
        bodies = {p.name for p in self.parties if p.kind == "organization"}
        acronyms = [m.group() for m in _ACRONYM.finditer(self.masked, self._paragraph_start(start, back=1), start)
                    if (m.group()[-1] == noun[0].upper() or (m.group() in bodies or len(m.group()) >= 3)
                        and noun[0].upper() in m.group()[1:])
                    and set(m.group()) != {"X"} and (not telling or telling[0].upper() in m.group())]
        if acronyms:
            return acronyms[-1], None
        # ("an inspection by the Food and Drug Administration found what the agency called": a word for any public
        # body means the latest body named, whatever its own name ends with)
        named_body = self._body_named_before(noun, start) if noun in _GENERIC_BODIES | ANY_BODY else None
        if named_body:
            return named_body, None
        # ("a group of deputies and jailers": an indefinite group of people is never the body that speaks)
        described = [m for m in re.finditer(rf"(?<!\ba\s)(?<!\bA\s)(?<!\ban\s)\b{noun}\s+of\s+[a-z]+(?:\s+(?!(?:and|or|who|that|which)\b)[a-z]+)?(?=[\s,.;])",
                                            self.masked[:start])]
        if described:  # "The church's board of trustees said …. The board added:"
            # (the verb after it is no part of its name: "the league's board of directors said")
            words = described[-1].group().split()
            name = " ".join(words[:-1] if words[-1] in SPEECH_VERBS or words[-1] in _FINITE_AFTER_BODY else words)
            owner = _THE_OWNER_BEFORE.search(self.masked, max(0, described[-1].start() - 30), described[-1].start())
            return self._board_of(owner.group("noun") if owner else None, name, described[-1].start()), None
        if noun in _PRIVATE_BODIES:
            # "Harvest Lane Ministries runs a radio show. …, the church said": the private body named just before,
            # whatever its name ends with, but never a public one ("the FBI", "the Police Department")
            head = self.masked[start:start + 40].split()[:3]  # "the hospital system": its kind in a modifier too
            kind = next((_BODY_KINDS[w.lower()] for w in head if w.lower() in _BODY_KINDS), "")
            fits = [x for x in self.mentions if x.start < start
                    and x.party is not None and x.party.kind == "organization" and not x.party.name.isupper()
                    and not set(x.party.name.split()) & (PUBLIC_BODIES | OUTLET_WORDS)
                    and all(_BODY_KINDS.get(w.lower(), kind) == kind for w in x.party.name.split())]
            near = [x for x in fits if x.start >= self._paragraph_start(start, back=2)]
            # ("Tandem Freight hired her in 2015. "…," the company said": or the business named by what it did to
            # its employee, if that came later)
            employer = self._employer(noun, start)
            if employer and (not near or near[-1].start < employer[0]):
                return employer[1], None
            if near or len({x.speaker for x in fits}) == 1:  # (or the only such body the article names)
                return (near or fits)[-1].party.name, None
        if noun in _GENERIC_BODIES:
            named_body = self._body_named_before(noun, start)
            if named_body:
                return named_body, None
        business = self._business_introduced(start) if noun in ("company", "firm", "business", "operator") else None
        if business:
            return business, None
        if noun in _MEMBER_BODIES:
            # "…the Eastbrook chapter of Sigma Rho Kappa. …. "…," the national fraternity said": the one private body
            # the article names, however far back (a Greek-letter name never says "fraternity")
            private = {p.name for p in self.parties if p.kind == "organization" and not p.name.isupper()
                       and not set(p.name.split()) & (PUBLIC_BODIES | OUTLET_WORDS)}
            if len(private) == 1:
                return private.pop(), None
        named_with_noun = self._only_body_named_with(noun, start)
        if named_with_noun:
            return named_with_noun, None
        if noun in _MEMBERS_BODIES and modifier.endswith("s") and not modifier.endswith("ss"):
            # "the firefighters union said", "the nurses association": the members it is of tell which body it is
            return f"{modifier} {noun}", None
        return f"the {noun}", None

    def _only_body_named_with(self, noun: str, start: int) -> str | None:
        """ "Roe founded the Elm Ridge Academy network in 2004. … The network said it had "…"": the one name the article
        gave with this very noun as its head, however far back (two such names: none)."""
        body_start = self.body[0].start if self.body else 0
        if f" {noun}" not in self.masked[body_start:start]:
            return None
        people = {w for p in self.parties if p.kind == "person" for w in (p.name, *p.name.split(), *p.aliases)}
        names = set()
        for m in re.finditer(rf"(?<![\w.])(?P<name>(?:[A-Z][\w.&\u2019'-]*[ \t]+(?:(?:of|for|and)[ \t]+)?)+){noun}\b",
                             self.masked[body_start:start]):
            name = re.sub(r"^(?:The|An?)\s+", "", m.group("name").strip())
            if name and name.split()[0] not in STOPWORDS and not set(name.split()) & people:
                names.add(f"{name} {noun}")
        return names.pop() if len(names) == 1 else None

    def _business_introduced(self, start: int) -> str | None:
        """ "He drove for the ride-hailing app Zoomly. … the company said": the last business the article introduced by
        what it is, its name right after ("the delivery service Parcelo"), never a person the article names."""
        people = {p.name for p in self.parties if p.kind == "person" and " " in p.name}
        found = [m.group("name") for m in _BUSINESS_THEN_NAME.finditer(self.masked, 0, start)
                 if m.group("name") not in people and m.group("name").split()[0] not in STOPWORDS]
        return found[-1] if found else None

    def _employer(self, noun: str, start: int) -> tuple[int, str] | None:
        """ "Tandem Freight hired her in 2015. … "…," the company said": the business the story named by what it did
        to its employee (hired, fired, employed, put on leave) or where they "worked at", in this paragraph or the two
        before; never a person ("Officer Roe fired"), a public body, nor a body whose name says it is another kind."""
        people = {w for p in self.parties if p.kind == "person" for w in (p.name, *p.name.split(), *p.aliases)}
        kind = _BODY_KINDS.get(noun, "")
        found = None
        for m in _EMPLOYER.finditer(self.masked, self._paragraph_start(start, back=2), start):
            name = re.sub(r"^(?:The|An?)\s+", "", m.group("org") or m.group("at")).rstrip(".")
            words = name.split()
            if len(words) < 2 or words[0] in STOPWORDS or set(words) & (people | PUBLIC_BODIES | OUTLET_WORDS) \
                    or "XXX" in name or any(_BODY_KINDS.get(w.lower(), kind) != kind for w in words):
                continue
            found = (m.start(), name)
        return found

    def _outlet_named_before(self, noun: str, start: int) -> str | None:
        """ "WKTV, the local NBC affiliate, … the station said" / "The Elm Ledger first reported … the paper said":
        the latest outlet or chain of that kind the body named, by an appositive of a like noun, by its call letters
        or by its masthead."""
        body_start = self.body[0].start if self.body else 0
        window = self.masked[:start]
        kinds = _MEDIA_KINDS[noun]
        found: list[tuple[int, str]] = []
        like = re.compile(rf",\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,4}}?(?:{kinds}){_APPOSITIVE_HEAD_END}")
        for m in like.finditer(window, body_start):
            before = re.search(r"(?:[A-Z][\w.&\u2019'-]*[ \t]+(?:(?:of|for|and|the|&)[ \t]+)*)*[A-Z][\w.&\u2019'-]*$", window[:m.start()])
            if before and before.group().split()[0] not in STOPWORDS and "XXX" not in before.group():
                found.append((m.start(), re.sub(r"^(?:The|An?)\s+", "", before.group())))
        if noun in ("station", "broadcaster", "outlet", "newsroom"):
            found += [(m.start(), m.group()) for m in _CALL_LETTERS.finditer(window, body_start)]
        if noun in ("paper", "newspaper", "outlet", "newsroom", "publication"):
            found += [(m.start(), re.sub(r"^The\s+", "", m.group())) for m in _MASTHEAD.finditer(window, body_start)]
        return max(found)[1] if found else None

    def _named_by_appositive(self, noun: str, start: int) -> str | None:
        """ "Elm Workers United, the union that organizes kitchens, …. the union said": the latest name the article
        described with the noun in an appositive after it (never a day's or a sentence opener's; the appositive
        says it is a body, whatever the party list made of the name)."""
        appositive = re.compile(rf",\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?{noun}{_APPOSITIVE_HEAD_END}")
        window = self.masked[:start]
        for m in reversed(list(appositive.finditer(window))):
            before = re.search(r"(?:[A-Z][\w.&\u2019'-]*[ \t]+(?:(?:of|for|and|the|&)[ \t]+)*)*[A-Z][\w.&\u2019'-]*$", window[:m.start()])
            if not before:
                continue
            name = re.sub(r"^(?:The|An?)\s+", "", before.group())
            words = name.split()
            if words[0] in STOPWORDS or words[-1] in MONTHS_AND_DAYS or "XXX" in name or (len(words) == 1 and name in _PEOPLE_OPENING):
                continue
            return name
        return None

    def _kin_described_before(self, kin: str, start: int) -> str | None:
        """ "The younger girl's mother read a statement. … "…," the mother said": the relative as the article last
        described her, when it never names her (one description only; two relatives of that kind stay "the mother")."""
        since = self._paragraph_start(start, back=2)
        found = {m.group().lower().replace("'", "\u2019") for m in re.finditer(
            rf"\b[Tt]he\s+(?:[a-z\d-]+\s+){{0,2}}[a-z-]+[\u2019']s\s+{kin}\b(?!,?\s+[A-Z])", self.masked[since:start])}
        return found.pop() if len(found) == 1 else None

    def _kin_named_before(self, described: re.Match[str], start: int) -> tuple[str, str | None] | None:
        """ "The victim's mother, Ann Roe, sat in the front row. … The victim's mother said": the one person named
        earlier with that relation (to that same person, when the role says whose)."""
        kin, owner = described.group("kin"), described.group("owner")
        # ("the deputy's widow" = "Ybarra's widow" when Ybarra is the deputy: the surname of whoever holds the role)
        holders = {p.name.split()[-1].lower() for p in self.parties if p.kind == "person" and len(p.name.split()) > 1
                   and any(owner in re.findall(r"[a-z]+", r.lower()) for r in p.roles)}

        def owned_by(r: str, x: Reference) -> bool:
            low = r.lower().replace("\u2019", "'")
            return owner in (low + self.masked[max(0, x.start - 40):x.end + 40].lower()) \
                or any(f"{h}'s {kin}" in low for h in holders)
        # (whose relative: in the role, or in the words around where the article named them)
        fits = {x.party.name: (x.party, r) for x in self.mentions if x.start < start and x.kind == "person" and x.party
                for r in x.party.roles if kin in re.findall(r"[a-z]+", r.lower()) and owned_by(r, x)}
        if not fits:
            # ("…," the victim's mother said. … Ann Roe, the victim's mother, had come to every hearing.": a relative
            # quoted before the article names her is the one person it later names so)
            fits = {x.party.name: (x.party, r) for x in self.mentions if x.start >= start and x.kind == "person" and x.party
                    for r in x.party.roles if kin in re.findall(r"[a-z]+", r.lower()) and owned_by(r, x)}
        if len(fits) != 1:
            # (nobody, or more than one: the relative stays as described, "the victim's mother", never whoever
            # spoke last)
            return re.sub(r"^The\s", "the ", described.group()), None
        party, role = next(iter(fits.values()))
        return party.name, self.role_of(party) or role

    def _body_named_before(self, noun: str, start: int) -> str | None:
        """ "The verdict was welcomed by the Ohio NAACP. …, the group said": a noun that says nothing of the body's
        kind means the latest name in this or the previous paragraph that is no person's, a place's or a date's.
        ("the Roe for Senate campaign" names the body right before the noun, and the reader's words keep both)"""
        window_start = self._paragraph_start(start, back=1)
        window = self.masked[window_start:start]
        called = list(_CALLED_NAME.finditer(window))
        # ("a Facebook group called Justice for Ann and Mia": the name after the noun, not the noun's modifier)
        own_called = [c for c in called if re.search(rf"\b{noun}\s+$", window[max(0, c.start() - 30):c.start()])]
        if own_called and not re.search(rf"\b{noun}\b", window[own_called[-1].end():]):
            return own_called[-1].group("name")
        described_after = self._named_by_appositive(noun, start)
        if described_after and described_after in window:
            return described_after
        before_noun = list(re.finditer(rf"(?<![\w.])(?P<name>(?:[A-Z][\w.&\u2019'-]*[ \t]+(?:(?:of|for|and)[ \t]+)?)+){noun}\b",
                                       window))
        people = {w for p in self.parties if p.kind == "person" for w in (p.name, *p.name.split(), *p.aliases)}
        if before_noun:
            name = re.sub(r"^(?:The|An?)\s+", "", before_noun[-1].group("name").strip())
            if name and name.split()[0] not in STOPWORDS and name not in people:
                return f"{name} {noun}"
        bodies = {p.name for p in self.parties if p.kind == "organization"}
        # ("was represented by a defense team. … the team said": the noun's own earlier mention, unnamed)
        # (an appositive describes the name before it: "Open Door, a nonprofit in Dayton,")
        common = [m.end() for m in re.finditer(rf"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[a-z-]+\s+)?{noun}\b", window)
                  if not re.search(r"[\w.],\s*$", window[:m.start()])]
        for m in reversed(list(_BODY_NAME.finditer(window))):
            inside = next((c for c in called if c.start("name") <= m.start("name") < c.end("name")), None)
            if inside and inside.group("name") not in people:
                return inside.group("name")  # "a group called Elm Backs the Blue": the whole name, lowercase words too
            if common and common[-1] > m.start():
                return None
            # ("condemned by Elm Watch. "…," the group said": the masked quote after the name is no part of it)
            name = re.sub(r"^(?:The|An?)\s+", "", re.sub(r"(?<=\.)[ \t]+X{3,}.*$", "", m.group("name")))
            # ("did not respond Friday. In a statement, the agency said": a name never runs on past a full stop
            # into the next sentence's first words; the words before the stop are the candidate)
            words = name.split()
            stop = next((i for i, w in enumerate(words[:-1]) if w.endswith(".") and w[:-1] not in _NAME_ABBREVIATIONS
                         and not re.fullmatch(r"(?:[A-Z]\.)+|[A-Z][a-z]?\.", w)), None)
            if stop is not None:
                name = " ".join(words[:stop + 1])
            # ("Elm Customs and Border Watch": a name the pattern joined in after its "and" is the whole known name)
            whole = next((b for b in bodies if len(b) > len(name) and b.endswith(" " + name)
                          and window[:m.start("name") + len(name)].endswith(b)), None)
            if whole:
                return whole
            if name.endswith(".") and name.split()[-1][:-1] not in _NAME_ABBREVIATIONS \
                    and not re.search(r"(?:\b[A-Z]\.)+$", name):
                name = name[:-1]  # the sentence's stop, not an abbreviation's ("Acme Inc.", "U.S.")
            words = name.split()
            # ("welcomed by the NAACP": a lone acronym is a body's name too)
            acronym = re.fullmatch(r"[A-Z]{3,6}", words[-1]) is not None
            if name in bodies or (len(words) > 1 or acronym) and not (
                    words[0] in STOPWORDS or (name in people or set(words) & people)
                    or words[-1] in MONTHS_AND_DAYS or "XXX" in name):
                return name
        # ("Elm Customs Service did not respond on Friday. Earlier, the agency said": a body that opens a sentence,
        # which the pattern above never takes, is the latest organisation the parties know in that window)
        opened = [x for x in self.mentions if window_start <= x.start < start and x.party is not None
                  and x.party.kind == "organization" and x.kind != "pronoun"
                  and not (common and common[-1] > x.start - window_start)]
        if opened and not opened[-1].possessive:
            return opened[-1].party.name
        return None

    def _organisation_that_spoke(self, start: int) -> str | None:
        """ "Derwen Care Group said …" / "Ashworth Beale, which …, said in a statement …" in this or the previous
        paragraph: the latest named body (a capitalised name that is no person's) that said something."""
        people = {w for p in self.parties if p.kind == "person" for w in (p.name, p.name.split()[-1], *p.aliases)}
        found = None
        for m in ORG_SAID.finditer(self.masked, self._paragraph_start(start, back=1), start):
            name = re.sub(r"^(?:The|An?)\s+", "", m.group("org"))
            # ("Millbrook Rovers FC said": a name ending in an abbreviation is a body, whatever parties made of it)
            body_suffix = re.fullmatch(r"[A-Z]{2,4}", name.split()[-1]) and not re.fullmatch(r"[IVX]+", name.split()[-1])
            # ("Roe's parents, Carl and Mina Roe, said": a couple named together is no body, nor is "Judge Ann Roe")
            # ("Elm Foods said it would cooperate": only a body is "it", whatever parties made of the name)
            body_suffix = body_suffix or re.match(r"\s+(?:it|its)\b", self.masked[m.end():m.end() + 5])
            if name.split()[0] in STOPWORDS or (name in people and not body_suffix) or name.split()[-1] in MONTHS_AND_DAYS \
                    or name in _PEOPLE_OPENING or (name.split()[-1] in people and not body_suffix) \
                    or (" and " in name and name.split()[-1] in people) \
                    or not any(c.islower() for c in name) and len(name) < 3:
                continue
            if re.search(r"\b(?:to|with|from)\s+$", self.masked[max(0, m.start() - 6):m.start()]):
                continue  # ("In an email to The Post, the club's board said": the one written to is no speaker)
            if _PLACE_BEFORE.search(self.masked, max(0, m.start() - 8), m.start()):
                # "Delta Pi's national headquarters in Columbus said": the place is where the speaker sits; the
                # body owning the office before it speaks
                owner = _OWNER_OF_OFFICE.search(self.masked, self._paragraph_start(m.start()), m.end("org"))
                if owner is None or owner.group("org").split()[0] in STOPWORDS or owner.group("org") in people:
                    continue
                name = owner.group("org")
            found = name
        return found

    def _organisation_before(self, at: int) -> str | None:
        """The organisation last named before `at`, in this paragraph or the one before, by its name or by the one
        word of its name a story calls it ("the church" for Elm Grove Church): the body a later "its" is."""
        since = self._paragraph_start(at, back=1)
        named = [(m.start, m.party.name) for m in self.mentions if since <= m.start and m.end <= at
                 and m.party is not None and m.party.kind == "organization"]
        for m in _THE_NOUN.finditer(self.masked, since, at):
            bodies = [p.name for p in self.parties
                      if p.kind == "organization" and m.group("noun") in p.name.lower().split()[1:]]
            if len(bodies) == 1:
                named.append((m.start(), bodies[0]))
        return max(named)[1] if named else None

    def _leader_named_after(self, at: int) -> tuple[str, str | None] | None:
        """ "The head of the Elm Transit Authority says …. / Executive Director Ann Roe said …": a body's leader,
        unnamed where the words are given, is the first person the article names next (this or the next paragraph)
        if it gives that person a leader's title."""
        later = next((x for x in self._mentions_between(at, self._paragraph_end(at, ahead=1))
                      if x.kind == "person" and x.party is not None), None)
        if later is None or not any(_LEADER_ROLE.search(r) for r in later.party.roles):
            return None
        return later.speaker, self.role_of(later.party)

    def _paragraph_start(self, at: int, back: int = 0) -> int:
        """Where the body paragraph holding `at` (or the one `back` paragraphs before it) starts."""
        index = next((i for i, p in enumerate(self.body) if p.start <= at < p.end), 0)
        return self.body[max(0, index - back)].start

    def _paragraph_end(self, at: int, ahead: int = 0) -> int:
        """Where the body paragraph holding `at` (or the one `ahead` paragraphs after it) ends."""
        index = next((i for i, p in enumerate(self.body) if p.start <= at < p.end), len(self.body) - 1)
        return self.body[min(len(self.body) - 1, index + ahead)].end if self.body else at

    def _unmasked_from(self, start: int, end: int) -> int:
        """Where the words before `end` begin: never inside a masked quote or across a line break."""
        for i in range(end - 1, start - 1, -1):
            if self.masked[i] != self.text[i] or self.text[i] in "\r\n":
                return i + 1
        return start

    def _by_title_before_name(self, bare: str, start: int) -> tuple[str, str | None] | None:
        """ "Television host Ann Roe … the 47-year-old host of “Garden Hour” said": a description whose noun is not
        a role word of its own is the one person the article named with that noun as the title before her name."""
        described = _DESCRIBED_BY_NOUN.fullmatch(bare)
        if described is None:
            return None
        noun = described.group("noun")
        if noun in ROLE_NOUNS or noun in KIN_NOUNS or noun in PEOPLE_NOUNS or noun in UNNAMED_PERSON_NOUNS \
                or noun not in self.masked[:start]:
            return None
        titled = {m.speaker for m in self.mentions if m.kind == "person" and m.end <= start and m.party is not None
                  and re.search(rf"\b[{noun[0]}{noun[0].upper()}]{noun[1:]}\s+$", self.masked[max(0, m.start - len(noun) - 3):m.start])}
        # ("Senior Airman Ty Roe sold pills. That airman, identified only as Airman K.L., …. "…," the airman wrote":
        # one the article described by the noun itself, under no other name, is meant over the one titled with it)
        described_as = [p for p in self.parties if p.kind == "person" and p.name not in titled and p.citations
                        and p.citations[0].start < start and any(r == r.lower() and r.split()[-1:] == [noun] for r in p.roles)]
        if len(described_as) == 1:
            return described_as[0].name, self.role_of(described_as[0])
        if len(titled) != 1:
            return None
        party = next(p for p in self.parties if p.name == next(iter(titled)))
        return party.name, self.role_of(party)

    def titled_work(self, m: Reference) -> bool:
        """A name standing alone in quotation marks is a work's title ("the host of “Garden Hour” said"): a
        show, a book or a film, never who speaks."""
        before = self.text[m.start - 1:m.start]
        after = self.text[m.end:m.end + 2]
        return before in ("\u201c", '"') and bool(after) and (after[0] in "\u201d\"" or after[:2] in (",\u201d", ',"'))

    @staticmethod
    def _lawyer_of_someone_else(lawyer: Party, client: str) -> bool:
        """ "Dale Roe's attorney" is not the lawyer of Ruth Roe: a role naming its client in full, and another."""
        for role in lawyer.roles:
            named = re.match(r"(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)+)[\u2019']s?\s", role)
            if named and named.group("owner") != client and named.group("owner").split()[-1] == client.split()[-1]:
                return True
        return False

    def _surname(self, name: str) -> str:
        """The surname the article calls a person by: the last word, or the last two when it refers back to them by
        both without the given name (a two-word surname unhyphenated: "Kofi Mensah Clarke ... Mensah Clarke said")."""
        words = name.split()
        if len(words) >= 3:
            two = " ".join(words[-2:])
            if re.search(rf"(?<!{re.escape(words[-3])} ){re.escape(two)}\b", self.masked):
                return two
        if len(words) == 2 and any(p.kind == "person" and len(p.name.split()) >= 3 and p.name.endswith(" " + name)
                                   for p in self.parties):
            return name  # ("Osei Barnet" read on its own beside "Jalen Osei Barnet": the surname as the article writes it)
        return words[-1]

    def _owner_name(self, name: str) -> str:
        """How the client is named in "his attorney" -> "Roe's attorney": by surname, unless the article names two
        people of that surname ("Tom Roe and his son, Cody Roe, …. his attorney said" is "Cody Roe's attorney", telling
        co-defendants apart; a relative stays "Roe's mother", as a family shares its name)."""
        surname = self._surname(name)
        if " " not in name:
            return surname
        namesakes = {p.name for p in self.parties if p.kind == "person" and " " in p.name and p.name.endswith(" " + surname)}
        return name if len(namesakes) > 1 and name in namesakes else surname

    def _board_of(self, owner: str | None, board: str, start: int) -> str:
        """ "the club's board of directors": the board under the name the article gave the club ("Elm Aquatics board
        of directors"), else as written."""
        if owner is None or not owner.islower():
            return board
        body = self._institution(owner, start)[0]
        return f"{body} {board}" if body and not body.lower().startswith(("the ", owner)) else board

    def voice_for_person(self, start: int, person: Reference) -> str | None:
        """ "A publicist for Marlowe said": someone speaking for a person is that person's voice ("Marlowe’s
        publicist"), never the person."""
        voice = _VOICE_FOR.fullmatch(self.masked, start, person.start) if person.kind == "person" else None
        return f"{self._surname(person.speaker)}\u2019s {voice.group('noun').lower()}" if voice else None

    def _owned_role(self, owner: Reference, role: re.Match[str]) -> tuple[str, str | None]:
        """ "Liang's lawyer": the party the article gave that role, else the phrase itself."""
        noun = role.group("noun")
        wanted = LAWYER if noun in LAWYER else {noun}
        surname = owner.speaker.split()[-1].lower()
        # (news names a lawyer where it first speaks of them: a party the article names only paragraphs after these
        # words, "Roe's attorney asked for …" then "Her attorney, Ann Lee," about a co-defendant, is someone else's)
        # (a lede keeps names for later: "…, a verdict Roe's lawyer called "…"" with "Roe's lawyer, Ann Lee, said"
        # three paragraphs down is the same lawyer)
        in_lede = bool(self.body) and owner.end < self.body[0].end
        named_by = self._paragraph_end(owner.end, ahead=3 if in_lede else 1)
        for p in self.parties:
            if p.kind == "person" and p.citations and min(c.start for c in p.citations) > named_by:
                continue
            for r in p.roles:
                words = r.lower().replace("\u2019", "'").split()
                if {f"{surname}'s", f"{surname}'"} & set(words) and wanted & set(words) \
                        and not (" " in owner.speaker and self._lawyer_of_someone_else(p, owner.speaker)):
                    return p.name, r
        # ("Harrowby' cousin": the article's own possessive, never "Harrowby's")
        mark = "\u2019" if role.group().startswith("s") else "\u2019s"
        # (the role as the article qualifies it: "Roe's court-appointed attorney", "Roe's former lawyer")
        modifier = re.sub(r"^(?:[\u2019']s|s[\u2019'])\s+", "", role.group()[:-len(noun)]).strip() if role.group().endswith(noun) else ""
        # (an age tells the relative apart but is no part of the role: "Roe's 15-year-old daughter" is Roe's daughter)
        modifier = re.sub(r"^\d{1,2}-year-old\b\s*", "", modifier)
        as_written = f"{modifier} {noun}" if modifier and modifier != "own" else noun
        return self._named_next_as(wanted, owner.end, surname) or self._relative_of_the_surname(owner, noun) \
            or (f"{self._surname(owner.speaker)}{mark} {as_written}", None)

    def _relative_of_the_surname(self, owner: Reference, noun: str) -> tuple[str, str | None] | None:
        """ "Baptiste's mother said" where the article names one other Baptiste of that sex, with no other tie to the
        owner ("Marjorie Baptiste told the judge"): the relative is that person. (Not one the article makes the owner's
        relative of another kind, "Kerrigan's mum" for "Kerrigan's widow"; not when two would fit.)"""
        wanted = "f" if noun in FEMALE else "m" if noun in MALE else None
        if wanted is None or noun not in KIN_NOUNS:
            return None
        surname = _surname(owner.speaker).lower()
        kin = [p for p in self.parties if p.kind == "person" and " " in p.name and _surname(p.name).lower() == surname]
        fits = []
        for p in kin:
            # (the owner as resolved may be the relative herself: "Baptiste's mother" read as the Baptiste last
            # named, Marjorie; the one she is the mother of is the other Baptiste)
            if len(kin) < 2:
                continue
            if (self.genders.get(p.name) or self.given_genders.get(p.name)) != wanted:
                continue
            # ("Kerrigan's mum" is no widow; "Ivy's mother", the owner's child's, may be his wife)
            ties = [m.group("noun") for r in p.roles
                    for m in [re.search(rf"\b{re.escape(surname)}[\u2019']s?\s+(?:[a-z-]+\s+)?(?P<noun>[a-z]+)$", r.lower())] if m]
            # (a relation told without another person's name, "his son", "daughter", is the owner's too)
            other_kin = [w for r in p.roles if not re.search(r"\b[A-Z][\w-]*[\u2019']s?\s", r)
                         for w in re.findall(r"[a-z]+", r.lower()) if w in KIN_NOUNS and w != noun]
            if any(t != noun for t in ties) or other_kin or "defendant" in p.roles or "victim" in p.roles \
                    or p is self._the_defendant():
                continue
            fits.append(p)
        return (fits[0].name, self.role_of(fits[0])) if len(fits) == 1 else None

    def _named_next_as(self, wanted: set[str], at: int, owner: str | None) -> tuple[str, str | None] | None:
        """ "Roe's lawyer says … / Defense attorney Ann Lee told reporters …": a lede may give the role first and
        the name a paragraph later, so the next person named (before the end of the next paragraph) is the speaker
        when the article gives them that role for that person; anyone else named first means the role stays unnamed."""
        end = self._paragraph_end(at, ahead=1)
        nxt = next((x for x in self.mentions if at < x.start < end and x.kind == "person" and not x.possessive
                    and (owner is None or x.speaker.split()[-1].lower() != owner)), None)
        if nxt is None or nxt.party is None:
            return None
        lead = self.masked[max(self._paragraph_start(nxt.start), nxt.start - 40):nxt.start].lower()
        tail = self.masked[nxt.end:nxt.end + 60].lower()
        owned = {f"{owner}'s", f"{owner}\u2019s", "defense", "defence", "his", "her"} if owner else {"defense", "defence"}
        for phrase in [*nxt.party.roles, lead.split(".")[-1]]:
            words = set(re.findall(r"[\w'\u2019]+", phrase.lower()))
            if wanted & words and owned & words:
                return nxt.speaker, self.role_of(nxt.party)
        if wanted & LAWYER and re.match(rf",\s+who\s+(?:represents|represented|is\s+representing|has\s+represented)\s+"
                                        rf"(?:{re.escape(owner) if owner else 'the defendant'}\b|him\b|her\b)", tail):
            return nxt.speaker, self.role_of(nxt.party)
        return None

    def speaker_of(self, m: Reference, anchor: int) -> tuple[str, str | None] | None:
        if m.kind != "pronoun":
            led = self.masked[max(0, m.start - 20):m.start] if m.kind != "person" else ""
            # ("The head of the Elm Transit Authority says": the body's leader speaks, not the body)
            leader = self._leader_named_after(m.end) if " of " in led and _HEAD_OF_BEFORE.search(led) else None
            return leader or (m.speaker, self.role_of(m.party))
        return self.pronoun(m, anchor)

    def pronoun(self, m: Reference, anchor: int) -> tuple[str, str | None] | None:
        found = self._pronoun(m, anchor)
        kin_at = self.kin_by_pronoun.get(found[0]) if found and found[0] and not m.possessive else None
        if kin_at:
            # ("Her brother spoke next. "…," he said": the relative read now, once the article's people are known,
            # as "Roe's brother")
            owned = self.resolve(kin_at[0], kin_at[1], kin_at[0])
            if owned and owned[0] and "\u2019s " in owned[0]:
                return owned[0], found[1]
        return found

    def _pronoun(self, m: Reference, anchor: int) -> tuple[str, str | None] | None:
        sent = self.sentence_at(m.start)
        wanted = PRONOUN_GENDER.get(m.speaker.lower())
        if m.possessive and sent:
            client = self._client_named_in_lawyers_report(m, sent, wanted)
            if client is not None:
                return client
        if sent and not m.possessive and UNNAMED_BEFORE.search(self.masked[sent[0]:anchor]) \
                and 0 < m.start - anchor < 120:
            return UNNAMED  # the quote interrupts a clause about someone the article does not name
        # "When she asked whether he had lied, he answered" / "She asked if he understood, and he said": "he" and
        # "she" as the subjects of two clauses of one sentence are two people, so whoever the other one means is
        # never this one (only there: in "He "…," she told the court" the "he" may mean anyone)
        others = self._addressed_judges(anchor)
        # ("Roe, she told jurors, was …": the name an aside interrupts is whom it is about, never its "she")
        others |= {x.speaker for x in self.mentions if x.kind == "person" and x.end < m.start and not m.possessive
                   and _ASIDE_GAP.fullmatch(self.masked, x.end, m.start)}
        if sent and wanted:
            for y in self.mentions:
                if sent[0] <= y.start < m.start and y.kind == "pronoun" and PRONOUN_GENDER.get(y.speaker.lower(), wanted) != wanted \
                        and (_SUBORDINATE_OPENER.fullmatch(self.masked, sent[0], y.start)
                             or (not self.masked[sent[0]:y.start].strip() and _NEXT_CLAUSE.search(self.masked, y.end, m.start))):
                    judges = self.judges()
                    # ("When he asked whether …" at a hearing: the one putting questions is its judge)
                    found = (judges[0].name, None) if len(judges) == 1 and _ASKS.match(self.masked, y.end) \
                        else self.pronoun(y, anchor)
                    if found and found[0]:
                        others.add(found[0])
        if sent and wanted and not m.possessive:
            # "She looked at Roe, who sat still, and said she …": a second "she" of the sentence whose subject is
            # "she" is that subject again, not the person she acted on
            opener = next((y for y in self.mentions if sent[0] <= y.start < m.start), None)
            if opener is not None and opener.kind == "pronoun" and not opener.possessive \
                    and opener.speaker.lower() == m.speaker.lower() and _OPENING_ADVERB.fullmatch(self.masked, sent[0], opener.start):
                return self.pronoun(opener, anchor)
        if sent:
            # "Asked by the judge whether..., she answered": the agent of a passive is not "she"
            # ("Judge Roe's reading, he wrote, …": the owner of a possessive is not "he" either)
            # ("Asked whether Roe would appeal, he said": whoever the question is about is no answerer)
            asked = re.match(r"\s*Asked\b[^;]*,\s*$", self.masked[sent[0]:m.start])
            # ("When Judge Roe asked whether anyone had promised him anything, he said": the asker is no answerer)
            questioners = {x.speaker for x in self.mentions if sent[0] <= x.start < m.start and x.kind == "person"
                           and _ASKS.match(self.masked, x.end)}
            # ("When the judge asked whether he knew, he paused": a role putting the question is no answerer either)
            for role in _ROLE_ASKS.finditer(self.masked, sent[0], m.start):
                holder = self.resolve(role.start(), role.end("noun"), anchor)
                if holder and holder[0]:
                    questioners.add(holder[0])
            # ("a number they called …": "they" is a group, never the one person named earlier in the sentence)
            # ("Standing a few feet from Roe, Lee read a statement she said …": a name inside a fronted phrase is
            # whom the scene is about; the clause's subject comes after it)
            fronted = FRONTED_PHRASE.match(self.masked, sent[0], m.start)
            scene_end = fronted.end() if fronted else sent[0]
            earlier = [x for x in self.mentions if sent[0] <= x.start < m.start and x.kind == "person" and not asked
                       and not (x.start < scene_end and self.masked[sent[0]:x.start].strip())
                       and m.speaker.lower() not in ("they", "their") and x.speaker not in questioners
                       and self.fits(x.speaker, wanted) and not self.is_agent(sent[0], x)
                       and not (x.possessive and not m.possessive) and x.speaker not in others
                       and not self.reported(sent[0], x.start)]
            if earlier:
                return earlier[0].speaker, self.role_of(earlier[0].party)
            # "… a jail nurse, Ann Roe, who told investigators she warned …": with no subject of the pronoun's
            # gender before it, the person a who-clause describes is the "she" of that clause
            antecedent = next((x for x in reversed(self.mentions) if sent[0] <= x.start < m.start and x.kind == "person"), None)
            if antecedent is not None and not antecedent.possessive and not m.possessive and wanted \
                    and _WHO_CLAUSE_TO.fullmatch(self.masked, antecedent.end, m.start) and self.fits(antecedent.speaker, wanted):
                self.genders.setdefault(antecedent.speaker, wanted)  # (the article has now marked her as a "she")
                return antecedent.speaker, self.role_of(antecedent.party)
            if not m.possessive and not asked and wanted:
                described = self._described_subject_before(sent[0], m.start, wanted, anchor) \
                    or self._owner_of_words_before(sent[0], m.start, wanted)
                if described:
                    return described
        if not m.possessive and re.match(r"\s+wrote\b", self.masked[m.end:m.end + 12]):
            author = self._author_read_aloud(m.start)  # ""…," she wrote." of a statement another read out
            if author and self.fits(author.speaker, wanted):
                return author.speaker, self.role_of(author.party)
            described = self._unnamed_author(m.start, wanted)
            if described:
                return described, None
            # "… 80 letters of support, including one from her friend Ann Roe. / "…," she wrote.": the writer
            writers = [x for x in self.mentions if self._paragraph_start(m.start, back=1) <= x.start < m.start
                       and x.kind == "person" and not x.possessive and self.fits(x.speaker, wanted)
                       and _LETTER_FROM.search(self.masked, max(0, x.start - 220), x.start)]
            if writers:
                return writers[-1].speaker, self.role_of(writers[-1].party)
        plural = m.speaker.lower() in ("they", "their")
        asker = self._asker(anchor) or (min(questioners) if sent and len(questioners) == 1 else None)
        if asker is None and m.speaker in PRONOUN_GENDER:
            # "A: He looked at me and said": in an interview's answer, "he" is someone other than the one answering
            asker = (self.interviewee(m.start) or (None, None))[0]
        if asker and wanted:  # an answer: first whoever the article marks with this pronoun's gender
            for at, speaker, role in sorted(self.events, key=lambda e: e[0], reverse=True):
                if at < m.start and speaker != asker and self.genders.get(speaker) == wanted:
                    return speaker, role
        if plural and sent:
            # ("Roe's lawyers paint a kinder picture in their filing": the client's lawyers opening this very
            # sentence own its "their", whatever group opened the sentence before)
            own_lawyers = next((e for e in self.events if sent[0] <= e[0] < m.start and e[1].endswith("s")
                                and e[1] in self.unnamed and _OWNED_LAWYER_OPENING.fullmatch(e[1])), None)
            if own_lawyers is not None:
                return own_lawyers[1], own_lawyers[2]
            # "Now prosecutors want Roe jailed. In a memo, they called …": the group opening the sentence before
            prev = next(((a, b) for a, b in reversed(self.sentences) if b <= sent[0]), None)
            group = GROUP_SUBJECT.match(self.masked, prev[0] + len(_OPENING_ADVERB.match(self.masked, prev[0]).group())) \
                if prev and prev[0] >= self._paragraph_start(sent[0], back=1) else None
            if group is None and prev and prev[0] >= self._paragraph_start(sent[0], back=1):
                # ("Prosecutors, in a reply filed Monday, said …. "…," they wrote": an aside before the group's verb)
                group = GROUP_SUBJECT_ASIDE.match(self.masked, prev[0] + len(_OPENING_ADVERB.match(self.masked, prev[0]).group()))
            if group:
                return group.group("group").lower(), None
            opening = prev[0] + len(_OPENING_ADVERB.match(self.masked, prev[0]).group()) \
                if prev and prev[0] >= self._paragraph_start(sent[0], back=1) else None
            relatives = OWNED_RELATIVES_SUBJECT.match(self.masked, opening) \
                if opening is not None and "s " in self.masked[opening:opening + 40] else None
            if relatives:
                return relatives.group("group"), None  # ("Roe’s parents wrote to the judge. "…," they wrote")
            team = OWNED_TEAM_SUBJECT.match(self.masked, opening) \
                if opening is not None and "s" in self.masked[opening:opening + 40] else None
            # ("Roe's attorneys are asking for five years. In their filing, they …": the team opening the sentence
            # before, as its subject, with or without its members named after it)
            if team and (self.masked.startswith(",", team.end())
                         or re.match(r"\s+(?:[a-z]+ly\s+)?(?:are|were|have|had|has|is|was|will|would|[a-z]+ed|[a-z]+s)\b",
                                     self.masked[team.end():team.end() + 30])):
                return team.group("group").replace("'", "\u2019"), None  # ("Roe's lawyers, Ann Lee and Bo Park, filed a memo. They said")
        pair = self._coordinated_people(m.start) if plural else None
        if pair is not None:
            return pair.speaker, self.role_of(pair.party)
        if wanted and not m.possessive and sent and not asker and not self.masked[sent[0]:m.start].strip():
            owner = self._owner_of_relative_opening_before(sent[0], wanted)
            if owner is not None:
                return owner.speaker, self.role_of(owner.party)
        acted_on = self._one_acted_on_by_group(sent[0], wanted, others) if wanted and not m.possessive and sent and not asker else None
        if acted_on is not None:
            return acted_on.speaker, self.role_of(acted_on.party)
        passed: set[str] = set()
        # ("Sgt Lee said Roe stayed at the scene. He told officers: "…"": who tells the police is never one of them)
        to_police = not m.possessive and bool(_TOLD_POLICE.match(self.masked, m.end))
        prev = self._sentence_before(sent[0]) if to_police and sent else None
        if prev is not None and prev[0] >= self._paragraph_start(sent[0], back=1):
            # ("Sgt Lee said Roe stopped and rang for help. He told officers: …": the one the officer's evidence is
            # about, named in the sentence before, is who spoke to the police)
            told = next((x for x in self._mentions_between(prev[0], prev[1]) if x.kind == "person" and not x.possessive
                         and x.party is not None and self.fits(x.speaker, wanted) and x.speaker not in others
                         and not _POLICE_ROLE.search(self.role_of(x.party) or "") and not _POLICE_ROLE.search(x.speaker)), None)
            if told is not None:
                return told.speaker, self.role_of(told.party)
        for at, speaker, role in sorted(self.events, key=lambda e: e[0], reverse=True):
            if at >= m.start or not self.fits(speaker, wanted) or speaker == asker or speaker in others | passed:
                continue
            if to_police and (_POLICE_ROLE.search(role or "") or _POLICE_ROLE.search(speaker)):
                passed.add(speaker)
                continue
            if m.possessive and speaker in self.unnamed and _OWNED_LAWYER_OPENING.fullmatch(speaker):
                continue  # ("Roe's attorney said …. His family said": the family is the client's, not the lawyer's)
            bidden = self._bidden(at, speaker, wanted)
            if bidden is not None:
                if bidden is not False:
                    return bidden  # ("Judge Roe asked him to move closer. "…," he said": the one asked speaks)
                passed.add(speaker)
                continue
            if self._acts_on_another(at, wanted):
                passed.add(speaker)
                continue
            if self._subordinate_to_subject(at, speaker, wanted, m.start):
                continue  # "Lee apologized before Judge Roe ruled. "…," he said": the sentence is about Lee
            is_group = speaker not in self.unnamed and not any(p.name == speaker and p.kind == "person" for p in self.parties) \
                and not _numbered_pseudonym(speaker) and not self._given_name_only(speaker) and not _TITLE_SPEAKER.match(speaker) \
                or speaker.endswith("s") and speaker in self.unnamed and bool(_OWNED_LAWYER_OPENING.fullmatch(speaker))
            # ("Roe's lawyers paint a kinder picture. "…," they wrote": the client's lawyers are a "they")
            if plural == is_group or is_group and self._voiced_by_spokesperson(at, wanted):
                return speaker, role
        if wanted:  # no earlier subject fits: the nearest person the article marks with this gender
            for x in reversed(self.mentions):
                if x.start < m.start and x.kind == "person" and self.genders.get(x.speaker) == wanted \
                        and x.speaker != asker and x.speaker not in others:
                    return x.speaker, self.role_of(x.party)
        if wanted and not m.possessive and sent and not asker:
            # ("Roe sat still as Ann Lee stood and described her son's injuries. "…," she told the court."): with no
            # subject of this gender, the one person of the sentence before whom no mark rules out is the "she",
            # even where a subordinate clause named her
            prev = self._sentence_before(sent[0])
            if prev is not None and prev[0] >= self._paragraph_start(sent[0], back=1):
                fitting = {x.speaker: x for x in self._mentions_between(prev[0], prev[1])
                           if x.kind == "person" and not x.possessive and x.party is not None
                           and x.speaker not in others and self.fits(x.speaker, wanted)}
                if len(fitting) == 1:
                    x = next(iter(fitting.values()))
                    return x.speaker, self.role_of(x.party)
        if asker:  # the one who answers a question is the other person of the exchange
            for x in reversed(self.mentions):
                if x.start < m.start and x.kind == "person" and x.speaker != asker \
                        and self.fits(x.speaker, wanted):
                    return x.speaker, self.role_of(x.party)
        if wanted and not m.possessive and sent:
            return self._gendered_description_before(sent[0], wanted)
        return None

    def _one_acted_on_by_group(self, sent_start: int, wanted: str, others: set[str]) -> Reference | None:
        """ "A clerk called 911. Police officers arrested Roe a few blocks away. He told an officer …": the one
        person a group acted on in the sentence just before (same paragraph) is the "he", not an earlier subject."""
        prev = self._sentence_before(sent_start)
        if prev is None or prev[0] < self._paragraph_start(sent_start) or not GROUP_SUBJECT.match(self.masked, prev[0]):
            return None
        fitting = {x.speaker: x for x in self._mentions_between(prev[0], prev[1]) if x.kind == "person" and not x.possessive
                   and x.party is not None and x.speaker not in others and self.fits(x.speaker, wanted)}
        return next(iter(fitting.values())) if len(fitting) == 1 else None

    def _owner_of_relative_opening_before(self, sent_start: int, wanted: str) -> Reference | None:
        """ "Ann Roe's son, Ty, died in 2019. She said …": a sentence that opens with someone's relative is about
        that person's loss, so the next sentence's "she" (of a gender the relative is not) is the owner, whoever
        spoke earlier in the article."""
        prev = self._sentence_before(sent_start)
        if prev is None or prev[0] < self._paragraph_start(sent_start):
            return None
        opening = prev[0] + len(_OPENING_ADVERB.match(self.masked, prev[0]).group())
        owner = next((x for x in self.mentions if opening <= x.start < prev[1]), None)
        if owner is None or owner.start != opening or owner.kind != "person" or not owner.possessive \
                or not self.fits(owner.speaker, wanted):
            return None
        kin = _RELATIVE_AFTER_OWNER.match(self.masked, owner.end)
        if kin is None or _RELATIVE_GENDER.get(kin.group("kin").lower()) in (None, wanted):
            return None  # ("Roe's daughter died …. She said": either of them may be the "she")
        return owner

    def _voiced_by_spokesperson(self, at: int, wanted: str | None) -> bool:
        """ "A spokeswoman for the county council said it welcomed the ruling. "…," she said": the body named
        right after "a spokeswoman for" is whom her "she" speaks for (a spokesman's "he", a spokesperson's either)."""
        spokes = _SPOKES_FOR_BEFORE.search(self.masked, max(0, at - 120), at)
        if spokes is None:
            return False
        word = spokes.group().split()[0].lower()
        return not (word == "spokeswoman" and wanted == "m" or word == "spokesman" and wanted == "f")

    def _unnamed_author(self, at: int, wanted: str | None) -> str | None:
        """ "Lee read a letter written by the couple's 9-year-old son. In it, he wrote …": the unnamed author of
        the letter just read (this or the previous paragraph) is the "he" who wrote, as the article describes him."""
        nouns = UNNAMED_FEMALE if wanted == "f" else UNNAMED_MALE if wanted == "m" else frozenset()
        found = [d for d in _WRITTEN_BY_DESCRIBED.finditer(self.masked, self._paragraph_start(at, back=1), at)
                 if d.group("noun") in nouns]
        if not found:
            return None
        np = found[-1].group("np")
        return np[0].lower() + np[1:]

    def _gendered_description_before(self, sent_start: int, wanted: str) -> tuple[str, str | None] | None:
        """ "Officers found the 41-year-old woman bleeding. She told them …": with no one named who fits, a "she"
        means the woman the sentence before describes (by the article's words), never nobody."""
        prev = next(((a, b) for a, b in reversed(self.sentences) if b <= sent_start), None)
        if prev is None or prev[0] < self._paragraph_start(sent_start):
            return None
        nouns = UNNAMED_FEMALE if wanted == "f" else UNNAMED_MALE
        found = [d for d in _GENDERED_DESCRIPTION.finditer(self.masked, prev[0], prev[1]) if d.group("noun") in nouns]
        if len({d.group().lower() for d in found}) != 1:
            return None  # (none, or two different women: the pronoun stays unresolved)
        description = found[0].group()
        return description[0].lower() + description[1:], None

    def _coordinated_people(self, before: int) -> Reference | None:
        """ "Assistant U.S. Attorneys Ann Roe and Lee Park wrote. … They also called …": two people named together as
        a verb's subject are whom a later "they" means (the first named stands for both), unless a body or group
        opens a sentence after them; a body merely named in passing ("The scheme cost Harbor Bank …") does not."""
        floor = self._paragraph_start(before, back=2)
        people = [x for x in self.mentions if floor <= x.start < before and x.kind == "person" and not x.possessive]
        for first, second in reversed(list(zip(people, people[1:]))):
            if not (_PAIR_JOIN.fullmatch(self.masked, first.end, second.start) and _VERB_AFTER.match(self.masked, second.end)):
                continue
            later = [x for x in self.mentions if second.end <= x.start < before and x.kind != "pronoun" and x.kind != "person"
                     and (sent := self.sentence_at(x.start)) and _BODY_OPENING.fullmatch(self.masked, sent[0], x.start)]
            return None if later else first
        return None

    def _acts_on_another(self, at: int, wanted: str | None) -> bool:
        """Whether the name at `at` opens a fronted clause in which it acts on another he/she, and the main clause's
        subject is that he/she: "When Roe asked whether he caused it, he paused." leaves the main clause's "he" (and
        a next "he said") to someone other than Roe."""
        sent = self.sentence_at(at)
        fronted = _FRONTED_CLAUSE.match(self.masked, sent[0], sent[1]) if sent and wanted else None
        if fronted is None or fronted.start("end") < at or PRONOUN_GENDER.get(fronted.group("main").lower()) != wanted \
                or not _CLAUSE_OPENER.fullmatch(self.masked, sent[0], at):
            return False  # (only the clause's own subject: in "When I asked Roe whether she …" Roe is the one asked)
        return any(at < x.start < fronted.start("end") and x.kind == "pronoun" and PRONOUN_GENDER.get(x.speaker.lower()) == wanted
                   for x in self.mentions)

    def _bidden(self, at: int, speaker: str, wanted: str | None) -> tuple[str, str | None] | bool | None:
        """Whom the subject at `at` bids speak or act, when a he/she of that gender: "When Lee rose to speak, Judge Roe
        asked him to move closer." gives the next "he said" to the one asked, the other person of that gender the
        sentence named before (Lee), never to the judge; False when the sentence names no such other; None when the
        subject bids no one."""
        subject = next((x for x in self._mentions_between(at, at + 1) if x.kind == "person"), None) if wanted else None
        bid = _BIDS_PRONOUN.match(self.masked, subject.end) if subject is not None else None
        if bid is None or PRONOUN_GENDER.get(bid.group("p").lower()) != wanted:
            return None
        sent = self.sentence_at(at) or (at, at)
        other = next((x for x in self._mentions_between(sent[0], at) if x.kind == "person" and not x.possessive
                      and x.speaker != speaker and self.fits(x.speaker, wanted)), None)
        return (other.speaker, self.role_of(other.party)) if other is not None else False

    def _subordinate_to_subject(self, at: int, speaker: str, wanted: str | None, before: int) -> bool:
        """Whether the event at `at` names someone inside a subordinate clause ("before Judge Roe announced the
        sentence") of a sentence whose own earlier subject is another person a later pronoun may equally mean."""
        sent = self.sentence_at(at)
        if sent is None or not _SUBORDINATE_BEFORE.search(self.masked, sent[0], at):
            return False
        # (the article's own he/she evidence outranks the clause: a named "she" is not passed over for an unmarked one)
        sure = self.genders.get(speaker) == wanted
        return any(sent[0] <= a < at and who != speaker and self.genders.get(who, None if sure else wanted) == wanted
                   and (self.sentence_at(a) or (None,))[0] == sent[0] for a, who, _ in self.events if a < before)

    def _addressed_judges(self, anchor: int) -> set[str]:
        """ ""Yes, Your Honor," she said": a quote that addresses the bench is never the judge's own, so "she" is
        the other party to the exchange (the defendant or witness answering)."""
        seg = next((s for s in self.segments if s.open_at == anchor), None)
        if seg is None or not _ADDRESSES_BENCH.search(self.text, seg.start, seg.end):
            return set()
        return {p.name for p in self.judges()}

    def _given_name_only(self, speaker: str) -> bool:
        """ "identified only by his first name, Dan": a speaker the article names by one capitalised word that no
        party calls a body is a person, whom a later "he said" may mean."""
        return re.fullmatch(r"[A-Z][a-z]+", speaker) is not None and speaker not in ORG_WORDS | OUTLET_WORDS | STOPWORDS \
            and not any(speaker in (p.name, *p.aliases) and p.kind != "person" for p in self.parties)

    def _asker(self, anchor: int) -> str | None:
        """ ""Did you see it?" Roe asked. / "Yes," she answered.": who put the question this quote answers."""
        index = next((i for i, s in enumerate(self.segments) if s.open_at == anchor), 0)
        if index == 0:
            return None
        question = self.segments[index - 1]
        if not self.text[question.start:question.end].rstrip().endswith("?"):
            return None
        between = self.masked[question.close_at + 1:anchor]
        if len(between) > 80 or re.search(r"[.!?]\s+[A-Z][a-z]+\s+[a-z]", between) \
                or not re.search(r"\b(?:asked|asks|questioned|pressed|demanded)\b", between):
            return None  # a rhetorical question, or more than its attribution stands before this quote
        return next((who for at, who, _ in self.events if at == question.start), None)

    def _guess_genders(self) -> dict[str, str]:
        """A person's gender where the article marks it (Mr./Ms., "his wife", "actress"); never guessed from names."""
        genders: dict[str, str] = {}
        next_sentence_votes = self._next_sentence_pronouns()
        for p in self.parties:
            if p.kind != "person":
                continue
            votes = {"m": 0, "f": 0}
            for r in p.roles:
                # "Her lawyer", "Cole's wife": a possessive names someone else, whose gender it is
                own = _role_own_words(r)
                for w in re.findall(r"[a-z]+", own):
                    if w in ("his", "her", "hers", "their"):
                        continue
                    if w in MALE:
                        votes["m"] += 1
                    elif w in FEMALE:
                        votes["f"] += 1
            # ("Mr Roe's niece, Ann Roe" then "no contact with Mr Roe": a title at odds with the relation the
            # person's own role gives belongs to the relative who shares the surname, never to her)
            role_gender = _role_gender(p) if _relative_of_own_surname(p) else None
            # ("Ann Roe spoke of her son, Ivo Roe. … Mr. Roe lost an eye": where two people share the surname, a
            # title at odds with her given name is the relative's, never hers; nor one the relative's given name
            # fits as well as hers)
            kin = [o for o in self.parties if o is not p and o.kind == "person" and _surname(o.name) == _surname(p.name)] \
                if role_gender is None else []

            def title_fits(g: str) -> bool:
                own = self.given_genders.get(p.name)
                return own == g or own is None and all(self.given_genders.get(o.name) not in (None, g) for o in kin)
            for c in p.citations:
                lead = self.text[max(0, c.start - 5):c.start]
                if re.search(r"\bMr\.?\s$", lead) and role_gender != "f" and (not kin or title_fits("m")):
                    votes["m"] += 1
                elif re.search(r"\b(?:Mrs|Ms)\.?\s$|\bMiss\s$", lead) and role_gender != "m" and (not kin or title_fits("f")):
                    votes["f"] += 1
            for x in self.mentions:  # "Ivo Petrak testified that he ran": the next pronoun of its sentence
                if x.party is not p or x.possessive:
                    continue
                sent_start, sent_end = self.sentence_at(x.start) or (x.start, x.end)
                if any(sent_start <= y.start < x.start and not y.possessive for y in self.mentions):
                    continue  # "she told Roe that she …": a name after the sentence's subject is its object
                nxt = next((y for y in self.mentions if x.end <= y.start < sent_end), None)
                # ("Ann Roe, the treasurer, filed his memo" is no vote: only a verb straight after an appositive)
                gap = r"(?:\s+|,\s+(?=[a-z]+ed\s))(?:[a-z\d]+\s+){1,3}$" if sent_start < x.start else r"\s+(?:[a-z\d]+\s+){1,3}$"
                # (only "he"/"she": "Roe ordered that his licence stay suspended" is the defendant's licence)
                # ("Roe said after the verdict that she would appeal": a that-clause a few words on is hers too)
                gap = f"(?:{gap}|\\s+(?:[a-z\\d]+\\s+){{1,5}}that\\s+$)" if sent_start == x.start else gap
                # (not "Justice Roe ordered that he serve six years": an order, ruling or request's that-clause is
                # about the one ordered, never the one who orders)
                gap = f"(?!\\s+(?:[a-z\\d]+\\s+){{0,4}}{_ORDERS_THAT}){gap}"
                # ("Roe weighed both sides, and she explained why": a pronoun opening the coordinated clause is the
                # subject's again)
                gap = f"(?:{gap}|\\s+(?:[a-z\\d]+\\s+){{0,3}}[a-z\\d]+,\\s+(?:and|but)\\s+$)" \
                    if _TITLE_ONLY.fullmatch(self.masked, sent_start, x.start) else gap
                # ("His lawyer, Ann Roe, argued that he panicked": a he/she matching the possessive that introduces
                # her is its owner, her client, not her)
                owner_gender = {PRONOUN_GENDER.get(y.speaker.lower()) for y in self.mentions
                                if sent_start <= y.start < x.start and y.kind == "pronoun" and y.possessive}
                # ("When Roe asked whether he caused it": the one a question is put to is someone else)
                if nxt is not None and nxt.kind == "pronoun" and nxt.speaker in PRONOUN_GENDER and not nxt.possessive \
                        and re.match(gap, self.masked[x.end:nxt.start]) and PRONOUN_GENDER[nxt.speaker] not in owner_gender \
                        and not _QUESTION_BEFORE.search(self.masked, x.end, nxt.start):
                    votes[PRONOUN_GENDER[nxt.speaker]] += 1
                elif nxt is not None and nxt.kind == "pronoun" and nxt.possessive and nxt.speaker.lower() in ("his", "her") \
                        and sent_start == x.start and _OWN_THING_AFTER_SUBJECT.fullmatch(self.masked, x.end, nxt.start):
                    # "Jordan Kettle, 29, was jailed after his car struck a girl", "Ann Roe lost control of her car": the
                    # subject's own thing, in a clause of the subject's own doing (no one's words or orders between)
                    votes["m" if nxt.speaker.lower() == "his" else "f"] += 1
                # "Asked whether his client would testify, Roe said": the opening clause's pronoun is the subject's
                # ("In her written reasons, Roe said": an opening phrase owned by a pronoun is the subject's)
                opening = re.match(r"(?:Asked|[A-Z][a-z]+ing|(?:In|Through)\s+(?:his|her)\s)\b[^,;]*,\s*$",
                                   self.masked[sent_start:x.start])
                if opening:
                    owned = [y for y in self.mentions if sent_start <= y.start < x.start]
                    if owned and all(y.kind == "pronoun" and y.speaker in PRONOUN_GENDER for y in owned) \
                            and len({PRONOUN_GENDER[y.speaker] for y in owned}) == 1:
                        votes[PRONOUN_GENDER[owned[0].speaker]] += 1
            for g in next_sentence_votes.get(p.name, []):
                # ("Judge Ann Roe also imposed a curfew. He must pay costs.": the sentence after may be about someone
                # else; a given name that says otherwise outweighs that guess)
                if self.given_genders.get(p.name, g) == g:
                    votes[g] += 1
            if votes["m"] != votes["f"]:
                genders[p.name] = "m" if votes["m"] > votes["f"] else "f"
        for x in self.mentions:  # "Mr Roe", a relative the party list lacks, by the title he goes by
            title = _TITLE_SPEAKER.match(x.speaker) if x.kind == "person" and x.party is None else None
            if title:
                genders[x.speaker] = _TITLE_GENDER[title.group("t")]
        return genders

    def _client_named_in_lawyers_report(self, m: Reference, sent: tuple[int, int],
                                        wanted: str | None) -> tuple[str, str | None] | None:
        """The client a possessive pronoun's lawyers report on in the same breath: "her lawyers wrote that Roe had
        "…"" is Roe's lawyers, whoever the article named last (a prosecutor quoted just before, say)."""
        if not re.match(r"\s+(?:\w+\s+)?(?:lawyer|attorney|counsel)", self.masked[m.end:m.end + 30]):
            return None
        for x in self._mentions_between(m.end, sent[1]):
            if x.kind != "person":
                return None  # the first person named after the lawyers must be the one their clause is about
            if x.possessive or not self.fits(x.speaker, wanted) \
                    or not _LAWYERS_REPORT_ON_CLIENT.fullmatch(self.masked, m.end, x.start):
                return None
            return x.speaker, self.role_of(x.party)
        return None

    def fits(self, speaker: str, wanted: str | None) -> bool:
        """Whether a he/she of gender `wanted` may mean this speaker: what the article marks decides; with no mark, a
        given name nobody reads otherwise ("Dennis Coyle") still keeps a "she" off him. (Only ever to rule a person
        out: a given name never makes someone the likelier one.)"""
        if wanted is None:
            return True
        known = self.genders.get(speaker) or self.given_genders.get(speaker)
        return known is None or known == wanted

    def _given_name_genders(self) -> dict[str, str]:
        """The gender of each person whose every full mention opens on the same given name that is a man's or a
        woman's ("Dennis Coyle"); never where two given names were merged into one party."""
        out: dict[str, str] = {}
        for p in self.parties:
            if p.kind != "person" or " " not in p.name:
                continue
            given = p.name.split()[0].lower()
            spans = [(c.start, c.end) for c in p.citations] + [(x.start, x.end) for x in self.mentions if x.speaker == p.name]
            # (a title opening a mention is no given name: "Judge Strachan" beside "Judge Helena Strachan")
            forms = {self.text[a:b].split()[0].lower() for a, b in spans if " " in self.text[a:b].strip()
                     and self.text[a:b].split()[0] not in TITLE_WORDS}
            # ("Hector Tabarez" read as the surname of "Rosa Tabarez": another given name before a mention)
            forms |= {w.group(1).lower() for a, _ in spans if (w := _GIVEN_BEFORE.search(self.text, max(0, a - 20), a))
                      and w.group(1) not in TITLE_WORDS | STOPWORDS and w.group(1).lower() not in FUNCTION_WORDS}
            if forms - {given}:
                continue
            if given in MALE_GIVEN_NAMES:
                out[p.name] = "m"
            elif given in FEMALE_GIVEN_NAMES:
                out[p.name] = "f"
        return out

    def _next_sentence_pronouns(self) -> dict[str, list[str]]:
        """ "Judge Ann Roe presided. She said …": a sentence that opens on "he"/"she" right after one naming a single
        person and no other he/she marks that person's gender (votes per person name)."""
        votes: dict[str, list[str]] = {}
        previous: tuple[int, int] | None = None
        for sent in self.sentences:
            prev, previous = previous, sent
            if prev is None or not any(p.start <= prev[0] and sent[0] < p.end for p in self.body):
                continue  # only within one paragraph
            lead = _OPENING_ADVERB.match(self.masked, sent[0]).end()
            opener = next((y for y in self.mentions if sent[0] <= y.start < sent[1]), None)
            if opener is None or opener.start != lead or opener.kind != "pronoun" or opener.possessive \
                    or opener.speaker.lower() not in ("he", "she"):
                continue
            inside = [y for y in self.mentions if prev[0] <= y.start < prev[1]]
            if any(y.kind == "pronoun" and y.speaker.lower() in ("he", "she", "him", "his", "her") for y in inside):
                continue
            # ("Judge Ann Roe questioned the witness. He said …": a person the sentence only describes may be "he")
            if set(re.findall(r"\b[a-z]+\b", self.masked[prev[0]:prev[1]])) & _DESCRIBED_PEOPLE:
                continue
            people = {y.speaker for y in inside if y.kind == "person" and not y.possessive}
            if len(people) == 1 and not any(y.kind == "person" and y.possessive for y in inside):
                votes.setdefault(people.pop(), []).append(PRONOUN_GENDER[opener.speaker.lower()])
        return votes

    def _one_defence_lawyer(self) -> Party | None:
        """The one person the article calls a defence lawyer ("defense attorney Ann Roe", "Lee's attorney, Ann Roe"
        with Lee the defendant), if there is exactly one."""
        accused = self._the_defendant()
        surname = accused.name.split()[-1] if accused is not None else None
        found = [p for p in self.parties if p.kind == "person" and any(
            _DEFENCE_ROLE.search(r) and (not re.search(r"[\u2019']s\s", r) or surname and r.startswith(surname)) for r in p.roles)]
        return found[0] if len(found) == 1 else None

    def _the_defendant(self) -> Party | None:
        """The person party the article's charges and sentence belong to, if it names one."""
        if not self._accused:
            name = find_defendant(self.source, self.parties).name
            self._accused.append(next((p for p in self.parties if p.kind == "person" and p.name == name), None))
        return self._accused[0]

    def _by_role(self, role: re.Match[str], at: int, anchor: int) -> tuple[str, str | None] | None:
        noun = role.group("noun")
        words = role.group()
        if noun in ("family", "families"):
            groups = [m for m in self.mentions if m.kind == "group" and "family" in m.speaker and m.start < at]
            if groups:
                return _family_name(groups[-1].speaker), None
            shared = self._shared_surname_before(at)
            return (f"{shared} family", None) if shared else None
        wanted = LAWYER if noun in LAWYER else {noun}
        candidates = [m for m in self.mentions if m.kind == "person" and m.start < max(at, anchor) and m.party
                      and any(w in role_words(r) or noun == "prosecutor"
                              and _PROSECUTING_ROLE.search(r) for r in m.party.roles for w in wanted)]
        if noun in ("prosecutor", "fiscal"):
            # ("Solicitor Bo Lee, defending, said …. "…," the prosecutor said": a lawyer for the defence is never the
            # prosecutor, though "solicitor" names a prosecutor in some places)
            candidates = [m for m in candidates if not any(_DEFENDING_ROLE.search(r) for r in m.party.roles)]
        if noun == "judge":
            # ("Justice Thomas Roe, the trial judge, …. Supreme Court Justice Ann Lee split the difference. "…," the
            # judge said": a judge titled Justice is as much "the judge" as one whose role says judge)
            candidates = [m for m in self.mentions if m.kind == "person" and m.start < max(at, anchor) and m.party
                          and any(_role_words(r) & _SINGLE_JUDGE_WORDS for r in m.party.roles)]
        if noun in LAWYER and words.split()[0].lower() in ("his", "her", "their"):
            # "Assistant State Attorney Ann Roe … "…," his attorney said": whoever "his" is, his attorney is no prosecutor
            candidates = [m for m in candidates if not any(_PROSECUTING_ROLE.search(r) for r in m.party.roles)]
            if candidates and not noun.endswith("s"):
                # ("Dale Roe's attorney, Ann Lee, asked for jail. Ruth Roe's attorney asked for probation. / "…," her
                # attorney wrote": a lawyer whose role names another client of the same surname is not hers)
                owner = self.pronoun(Reference(at, at + 3, words.split()[0], "pronoun", True), anchor)
                lawyers = {m.speaker for m in candidates}
                gender = PRONOUN_GENDER.get(words.split()[0].lower())
                # (a judge has no lawyer in the case: "her" is then the woman named last, "Judge Ann Lee … her attorney")
                judges = {j.name for j in self.judges()}
                judged = bool(owner) and owner[0] in judges
                last_person = next((x.speaker for x in reversed(self.mentions) if x.start < at and x.kind == "person"
                                    and x.speaker not in lawyers | judges and self.fits(x.speaker, gender)), None)
                client = owner[0] if owner and owner[0] and not judged else last_person
                if client and " " in client:
                    candidates = [m for m in candidates if not self._lawyer_of_someone_else(m.party, client)]
        if noun in LAWYER and not noun.endswith("s") and not candidates and words.split()[0].lower() in ("his", "her", "their"):
            # ("Renn's attorney said his client repaid $18,000. / "…," his attorney said": the lawyer the article
            # just named by client, as it named them)
            named = list(_CLIENTS_LAWYER.finditer(self.masked, self._paragraph_start(at, back=1), at))
            if named:
                # ("Ruth Roe's attorney asked for probation": the client's full name, as a namesake may be another)
                given = _OTHER_GIVEN_BEFORE.search(self.masked, max(0, named[-1].start() - 30), named[-1].start())
                surname = re.match(r"[\w-]+", named[-1].group()).group()
                if given and any(p.name == f"{given.group('given')} {surname}" for p in self.parties):
                    return f"{given.group('given')} {named[-1].group()}", None
                return named[-1].group(), None
        if noun.endswith("s") and words.split()[0].lower() in ("his", "her", "their"):
            owner = self.pronoun(Reference(at, at + 3, words.split()[0], "pronoun", True), anchor)
            judges = self.judges()
            if owner and noun in LAWYER and any(j.name == owner[0] for j in judges):
                # "asked Judge Roe to sentence him, while his lawyers asked …": a judge has no lawyers in the case;
                # the pronoun means the person named before her
                gender = PRONOUN_GENDER.get(words.split()[0].lower())
                other = next((x for x in reversed(self.mentions) if x.start < at and x.kind == "person"
                              and x.party not in judges and self.fits(x.speaker, gender)), None)
                owner = (other.speaker, None) if other else None
            if owner and owner[0]:
                return f"{self._owner_name(owner[0])}\u2019s {noun}", None
        # "An attorney representing a nurse said …. "…," the attorney said": the unnamed one just described,
        # not the client's lawyer named earlier
        described = [e for e in self.events if e[1] in self.unnamed and e[1] not in self.kin_by_pronoun and e[0] < max(at, anchor)
                     and set(e[1].lower().split()) & wanted and (not candidates or e[0] > candidates[-1].start)]
        if described:
            return max(described)[1], None
        if not candidates and words.split()[0].lower() == "the" and not noun.endswith("s"):
            # ("…, a task force agent wrote in the complaint. "…," the agent wrote": the unnamed one who reported it
            # in this paragraph or the one before, described as the article wrote them)
            earlier = list(re.finditer(rf"\b[Aa]n?\s+(?:(?!(?:the|of|for|from|after|before|with|to|in|on|at|by|and|or|but|that|who)\b)[\w-]+\s+){{0,3}}?"
                                       rf"{noun}(?=\s+(?:{ADVERB}\s+)?(?:{VERBS})\b)",
                                       self.masked[self._paragraph_start(at, back=1):at]))
            if earlier:
                return self._describe(earlier[-1].group(), at, at), None
        if noun in _OWNED_COUNSEL and candidates and words.split()[0].lower() == "the":
            # ("Assistant U.S. Attorney Ann Roe spoke. … Lee's attorney said in an email that he would appeal. / "…,"
            # the attorney wrote": the client's unnamed lawyer the article spoke of since the named one is meant)
            since = max(self._paragraph_start(at, back=1), candidates[-1].end)
            owned = [m for m in _CLIENTS_LAWYER.finditer(self.masked, since, at)
                     if not re.match(r",\s+[A-Z]", self.masked[m.end():m.end() + 3])]
            if owned:
                return owned[-1].group(), None
        if noun in _OWNED_COUNSEL and not candidates and words.split()[0].lower() == "the":
            # "Roe's court-appointed attorney asked for bail, saying "…". / "…," the attorney said": the client's
            # lawyer who spoke before, unnamed all along
            owned = [e for e in self.events if e[0] < max(at, anchor) and re.search(rf"[\u2019']s?\s+(?:[\w-]+\s+)?{noun}$", e[1])]
            if owned:
                return max(owned)[1], None
            # ("Lee's attorney said his client acted in self-defense. / "…," the attorney said": the client's lawyer
            # the sentences just before spoke of, though only in reported speech)
            owned_text = [m for m in _CLIENTS_LAWYER.finditer(self.masked, self._paragraph_start(at, back=1), at)
                          if m.group().endswith(noun) and not re.match(r",\s+[A-Z]", self.masked[m.end():m.end() + 3])]
            if owned_text:
                return owned_text[-1].group(), None
        if candidates:
            return candidates[-1].speaker, self.role_of(candidates[-1].party)
        if noun == "judge" and words.split()[0].lower() == "the":
            # "The judge went beyond what prosecutors sought, saying …" in a deck, before the story names her: the one
            # judge the article names
            judges = self.judges()
            if len(judges) == 1:
                return judges[0].name, self.role_of(judges[0])
        if noun in ("defendant", "accused") and words.split()[0].lower() == "the":
            # ""…," the defendant said" / "the accused wrote" (British and Irish courts): the one person the article's
            # charges and sentence belong to
            accused = self._the_defendant()
            if accused is not None:
                return accused.name, self.role_of(accused)
        if noun in LAWYER and re.match(r"(?:[Hh]is|[Hh]er|[Tt]heir)\s|\S+\s+defen[cs]e\s", words):
            # "his defense attorney called it "…"" in a lede, before "Public Defender Ann Roe" is named: the one
            # defence lawyer of the story
            defence = [p for p in self.parties if p.kind == "person" and any(_DEFENCE_ROLE.search(r) for r in p.roles)]
            if len(defence) == 1:
                return defence[0].name, self.role_of(defence[0])
        if noun in _OWNED_COUNSEL and words.split()[0].lower() in ("his", "her", "their"):
            # "…," his lawyer said' where the article names no lawyer: the client's lawyer, as the article calls them
            owner = self.pronoun(Reference(at, at + len(words.split()[0]), words.split()[0], "pronoun", True), anchor)
            # (only a person the article names has a lawyer of their own: never "defender's attorney")
            clients = {p.name for p in self.parties if p.kind == "person"} - {j.name for j in self.judges()}
            # ("Assistant U.S. Attorney Ann Roe wrote …. / "…," his attorney wrote": a prosecutor has no lawyer of
            # her own in the case, so "his" is someone else, as of an unnamed lawyer below)
            prosecutor = bool(owner) and any(p.name == owner[0] and any(_PROSECUTING_ROLE.search(r) for r in p.roles)
                                             for p in self.parties)
            if owner and owner[0] in clients and not prosecutor:
                return f"{self._owner_name(owner[0])}\u2019s {noun}", None
            if owner and (owner[0] in self.unnamed or prosecutor):
                # ("A public defender appointed to represent Roe did not speak. In an email, his attorney said": an
                # unnamed lawyer's "his" is no client; the person named last before, who is no prosecutor, is)
                gender = PRONOUN_GENDER.get(words.split()[0].lower())
                client = next((x for x in reversed(self.mentions) if x.start < at and x.kind == "person" and x.party
                               and x.speaker in clients and self.fits(x.speaker, gender)
                               and not any(_PROSECUTING_ROLE.search(r) for r in x.party.roles)), None)
                if client is not None and (prosecutor or set(owner[0].lower().split()) & (LAWYER | {"defender"})):
                    return f"{self._owner_name(client.speaker)}\u2019s {noun}", None
        if noun in JUDGE_ROLES:
            # "Lord Braidwood deferred sentence. The judge told him": a judge known only by a judicial title
            titled = [p for p in self.parties if p.kind == "person" and any(r in JUDICIAL_TITLES for r in p.roles)]
            if len(titled) == 1:
                return titled[0].name, self.role_of(titled[0])
        return None

    def _message_sender(self, start: int, end: int, anchor: int) -> tuple[str, str | None] | None:
        """ ""…," read one of the messages" after "texts in which his wife reminded him": a message quoted speaks for
        whoever the article said sent it, in this paragraph or the one before; the message itself is nobody."""
        if not _MESSAGE_NP.fullmatch(self.masked[start:end].strip(" ,")):
            return None
        since = self._paragraph_start(start, back=1)
        sent = list(_MESSAGES_SENT.finditer(self.masked, since, start))
        if not sent:
            return None
        np = sent[-1]
        word = np.group("np")
        if word.lower() in ("he", "she", "they", "him", "her", "them"):
            return self.pronoun(Reference(np.start("np"), np.end("np"), word, "pronoun", False), anchor)
        found = self.resolve(np.start("np"), np.end("np"), anchor)
        return found if found and found[0] else None

    def _issuer(self, noun: str, start: int, anchor: int) -> tuple[str, str | None] | None:
        """Who issued "the statement": the subject of the latest earlier sentence naming one, else the last speaker."""
        author = self._author_read_aloud(start)
        if author:  # "the statement read" after "the prosecutor read one written by the victim's son, Ann Roe"
            return author.speaker, self.role_of(author.party)
        # ("Roe posted a photo on Facebook. The caption read: "…"": whoever posted it)
        posted = "|posted|shared|tweeted" if noun in ("caption", "post", "tweet") else ""
        kinds = _COURT_PAPERS if noun in ("memo", "filing", "reply", "motion") else noun
        if noun in ("memo", "filing", "reply", "motion", "letter"):
            writer = self._latest_writer(kinds, start, anchor)
            if writer:
                return writer
        for m in reversed(list(re.finditer(rf"\b(?:{kinds}{posted})\b", self.masked[:start]))):
            sent = self.sentence_at(m.start())
            if not sent:
                continue
            owner = _DOC_OWNER.search(self.masked, max(sent[0], m.start() - 60), m.start())
            found = self._document_owner(owner, anchor) if owner else None
            if found:
                return found
            if posted and not owner and not _POSTING.search(self.masked, sent[0], m.end()):
                # ("… a report describing his depression in the months before the post": a sentence that only
                # mentions the post tells nothing of who wrote it; look further back, to where it was posted)
                continue
            if posted and self.lede_person and sent == self.sentences[0]:
                # ("A former student who threatened in an anonymous post to …": the lede's described person posted it)
                return self.lede_person[0].name, self.role_of(self.lede_person[0])
            # ("Prosecutors read a letter from one of the victims, now 16. "…," the letter said": its writer speaks,
            # described as the article describes them, never the ones reading it out)
            writer = _described_after_from(self.masked, m.end(), sent[1])
            if writer and not any(x.kind != "pronoun" and writer.end() <= x.start < sent[1]
                                  and DESCRIBES.fullmatch(self.masked, writer.end(), x.start) for x in self.mentions):
                return self._describe(writer.group(), writer.end(), sent[1]), None
            # ("The shop stays open under their son, Ann Roe, the family said in a statement": the one a trailing
            # attribution names issued it, never someone its reported words name)
            trailing = _TRAILING_ISSUER.search(self.masked, sent[0], m.start())
            if trailing and trailing.end() == m.start():
                found = self.resolve(trailing.start("np"), trailing.end("np"), anchor)
                if found and found[0]:
                    return found
            # ("Sheriff Ann Roe, who put Lee on leave in May, said in a statement": Lee only stands in the clause
            # describing the author)
            subjects = [x for x in self.mentions if sent[0] <= x.start < m.start() and not x.possessive
                        and x.kind != "pronoun" and not _DESCRIBED_IN.search(self.masked, sent[0], x.start)]
            # ("Prosecutors answered in a reply filed Tuesday": the group opening the document's sentence, before
            # any name it mentions: "Prosecutors asked Judge Ann Roe for 10 years in a memo" is their memo)
            group = GROUP_SUBJECT.match(self.masked, sent[0] + len(_OPENING_ADVERB.match(self.masked, sent[0]).group()))
            if group and group.start("group") < m.start() and (not subjects or group.end("group") <= subjects[0].start):
                return group.group("group").lower(), None
            if subjects:
                return subjects[-1].speaker, self.role_of(subjects[-1].party)
            # ("The foundation, in a statement released Friday, said": a body named by its kind opens the sentence)
            body = BODY_SUBJECT.match(self.masked, sent[0] + len(_OPENING_ADVERB.match(self.masked, sent[0]).group()))
            if body and body.end() < m.start() and self.masked[body.end():body.end() + 1] not in "\u2019'":
                found = self._institution(body.group("noun"), start,
                                          "" if body.group("owner") else _modifier_before(self.masked[body.start():body.start("noun")]))
                written = re.sub(r"^\s*[Tt]he\s+", "", body.group())
                if found and found[0] == f"the {body.group('noun')}" and " " in written and not body.group("owner"):
                    return written, None  # "The school district released a statement": the body as the article calls it
                return found
            # ("The Harbor Valley Consulate in Dayton said in a statement": a body the article names only here, as
            # written up to its first lower-case word)
            unlisted = _UNLISTED_BODY.match(self.masked, sent[0] + len(_OPENING_ADVERB.match(self.masked, sent[0]).group()))
            if unlisted and unlisted.end() <= m.start() and _plain_body(unlisted.group("np")):
                return unlisted.group("np"), None
            # ("The Kent family, who asked not to be named, said in a statement": someone described, never named)
            described = [e for e in self.events if sent[0] <= e[0] < m.start() and e[1] in self.unnamed]
            if described:
                return described[-1][1], described[-1][2]
            # ("The county probation department said in a statement", "A statement from the Elm Police Department
            # said", "The victim's family, in a statement read by their lawyer, said": the sentence's own subject or
            # the statement's source, as the article names it; never an earlier statement's author)
            source = _DOC_SOURCE.match(self.masked, m.end(), sent[1])
            subject = _DOC_SUBJECT.fullmatch(self.masked, sent[0] + len(_OPENING_ADVERB.match(self.masked, sent[0]).group()),
                                             m.start())
            for np in ([source] if source else []) + ([subject] if subject else []):
                written = re.sub(r"^[Tt]he\s+", "", np.group("np"))
                if re.match(r"(?:family|relatives|loved\s+ones)\s+of\s+[a-z]", written):
                    return written, None  # "The family of the victim": nobody the article names
                found = self.resolve(np.start("np"), np.end("np"), anchor)
                if found and found[0]:
                    return found
                if _BODY_WORDS.fullmatch(written):
                    return written, None
            # "In a statement, the Harbor County Sheriff's Office said …": the subject after the opening phrase
            # ("In a statement released through their lawyer, the boy's parents, Ann and Bo Roe, said": with its
            # appositive)
            later = re.match(rf"[^,;]{{0,40}},\s+(?P<np>[^,;:]{{1,80}}?(?:,\s+[^,;:]{{1,40}},)?)\s+(?:{ADVERB}\s+)?(?:{VERBS})\b",
                             self.masked[m.end():sent[1]])
            if later and not DOC_NP.search(later.group("np")):
                at = m.end() + later.start("np")
                found = self.resolve(at, at + len(later.group("np")), anchor)
                if found and found[0]:
                    return found
                if THE_DESCRIBED.fullmatch(later.group("np")):
                    # ("In a statement read in court by an advocate, the referee said": the one it describes)
                    return self._describe(later.group("np"), at + len(later.group("np")), sent[1]), None
                unlisted = _UNLISTED_BODY.match(later.group("np") + " said")
                if unlisted and _plain_body(unlisted.group("np")):
                    return unlisted.group("np"), None
        # ("The bank said it had fired her. "…," the statement said.": the body whose announcement the paragraph
        # just reported issued it, not whoever was quoted before)
        announced = list(_ANNOUNCED.finditer(self.masked, self._paragraph_start(start), start))
        if announced:
            m = announced[-1]
            found = self.resolve(m.start("np"), m.end("np"), anchor)
            if found and found[0]:
                return found
        # failing that, whoever spoke last, if in this or the previous paragraph
        # (never someone the document's own sentence goes on to name: "The memo described Roe as "…"" is about Roe)
        about = {x.speaker for x in self.mentions if start <= x.start < anchor and x.kind != "pronoun"}
        quotes = [e for e in self.events if self._paragraph_start(start, back=1) <= e[0] < start and e[1] not in about]
        quotes.sort(key=lambda e: e[0])
        return (quotes[-1][1], quotes[-1][2]) if quotes else None

    def _latest_writer(self, kinds: str, start: int, anchor: int) -> tuple[str, str | None] | None:
        """ "Her lawyer, Ann Roe, asked for 18 months. He wrote that …. / "…," the memo says.": a writer named
        after the article last spoke of a document of that kind wrote the one it now quotes."""
        docs = list(re.compile(rf"\b(?:{kinds})\b").finditer(self.masked, self._paragraph_start(start, back=3), start))
        since = docs[-1].end() if docs else self._paragraph_start(start, back=1)
        # ("120 letters …. One came from his daughter, Ann Roe. "…," she wrote. … The memo notes": a writer after
        # the article spoke of another kind of paper wrote that paper, not the one now quoted)
        other = [m.start() for m in _OTHER_PAPERS.finditer(self.masked, since, start)]
        until = other[0] if other else start
        for verb in reversed(list(_WROTE.finditer(self.masked, since, until))):
            who = next((x for x in self.mentions if since <= x.start and x.end <= verb.start() and not x.possessive
                        and re.fullmatch(rf"\s+(?:{ADVERB}\s+)?", self.masked[x.end:verb.start()])), None)
            found = self.speaker_of(who, anchor) if who else None
            if found and found[0]:
                return found
        return None

    def _document_owner(self, owner: re.Match[str], anchor: int) -> tuple[str, str | None] | None:
        """Whose the document is, by the words owning it: "the government's memo" is the prosecutors', "the
        defense filing" is the defendant's lawyers' (as the article called them), "Roe's letter" is Roe's and
        "their own filing" is whoever "their" means."""
        side = (owner.group("side") or "").lower()
        if side in ("government", "prosecution", "prosecutors", "state"):
            return "prosecutors", None
        if side.startswith("defen"):
            lawyers = [e for e in self.events if e[0] < anchor and re.search(r"(?:[\u2019']s|s[\u2019']) (?:lawyers|attorneys)$", e[1])]
            if lawyers:
                return max(lawyers)[1], None
            # ("Lee's attorneys, led by Ann Roe, argue ... / "…," the defense memo says": as the article called them)
            named = list(_CLIENTS_LAWYERS.finditer(self.masked, self._paragraph_start(anchor, back=3), anchor))
            return (named[-1].group(), None) if named else ("the defense", None)
        at = owner.start("owner")
        named = next((x for x in self.mentions if x.start <= at < x.end and x.kind != "pronoun"), None)
        if named:
            return self.speaker_of(named, anchor)
        if owner.group("owner").lower() in ("his", "her", "their"):
            if _READ_OUT_BEFORE.search(self.masked, max(0, at - 30), at):
                found = self._other_than_reader(at, owner.group("owner").lower())
                if found:
                    return found
            found = self.pronoun(Reference(at, at + len(owner.group("owner")), owner.group("owner"), "pronoun", True), anchor)
            return found if found and found[0] else None
        return None

    def _other_than_reader(self, at: int, pronoun: str) -> tuple[str, str | None] | None:
        """ "Ann Roe did not attend. Lee read her letter aloud.": one who reads "her letter" reads someone else's,
        the person last named before the reading sentence (in this or the previous paragraph)."""
        other = self._last_other(at, pronoun)
        return (other.speaker, self.role_of(other.party)) if other else None

    def _client_of_reader(self, sent_start: int, at: int) -> Reference | None:
        """ "His lawyer, Ann Roe, read a statement on his behalf": a lawyer reads for the client, the one her role
        names ("Lee's attorney"), and the client's last mention before the sentence is the one meant."""
        reader = next((x for x in self.mentions if sent_start <= x.start < at and x.kind == "person" and not x.possessive
                       and x.party is not None), None)
        if reader is None:
            return None
        clients = {m.group("owner").split()[-1] for r in reader.party.roles
                   if (m := re.match(r"(?P<owner>.+?)[\u2019']s\s+(?:[a-z-]+\s+)?(?:attorney|lawyer|counsel)$", r))}
        if len(clients) != 1:
            return None
        client = clients.pop()
        return next((x for x in reversed(self.mentions) if x.start < sent_start and x.kind == "person" and x.party is not None
                     and client in x.party.name.split()), None)

    def named_before_sentence(self, at: int, pronoun: str) -> tuple[str, str | None] | None:
        """The person of the pronoun's gender last named before the sentence holding `at` (this or the previous
        paragraph), none named in it before `at`: "Staff called Roe. One aide said he replied …" is Roe."""
        return self._other_than_reader(at, pronoun)

    def _last_other(self, at: int, pronoun: str) -> Reference | None:
        """The person of the pronoun's gender last named before the sentence holding `at`, who is not named in it
        before `at` (the one reading, or acting for, them)."""
        sent = self.sentence_at(at)
        if sent is None:
            return None
        wanted = PRONOUN_GENDER.get(pronoun)
        earlier = [x for x in self.mentions if self._paragraph_start(at, back=1) <= x.start < sent[0]
                   and x.kind == "person" and not x.possessive and self.fits(x.speaker, wanted)]
        readers = {x.speaker for x in self.mentions if sent[0] <= x.start < at and x.kind == "person"}
        others = [x for x in earlier if x.speaker not in readers]
        return others[-1] if others else None

    def _author_read_aloud(self, start: int) -> Reference | None:
        """ "The prosecutor read out a statement on behalf of the victim's daughter, Ann Roe." (this or the previous
        paragraph): a statement read aloud speaks for its author, named after "written by" / "on behalf of", never
        for the one reading it."""
        found = None
        for m in _AUTHORED.finditer(self.masked, self._paragraph_start(start, back=1), start):
            sent = self.sentence_at(m.start()) or (m.start(), start)
            # ("On behalf of the Roe family, Lee read a statement": the reading may come after the author too)
            if not re.search(r"\bread(?:s|ing)?\b", self.masked[sent[0]:min(sent[1], start)]):
                continue
            # (a family or an organisation writes one as well: "on behalf of the Roe family")
            author = next((x for x in self.mentions if m.end() <= x.start < min(sent[1], start) and x.kind != "pronoun"
                           and not x.possessive), None)
            if author and len(self.masked[m.end():author.start]) <= 40 and not re.search(r"[.;:]", self.masked[m.end():author.start]):
                found = author
            elif (described := _DESCRIBED_AUTHOR.match(self.masked, m.end())) and "behalf" in m.group() \
                    and described.end() <= min(sent[1], start) and (author is None or author.start >= described.end()):
                # ("… read a statement on behalf of the fourth victim": no name, the description is the speaker)
                found = Reference(described.start(), described.end(), described.group("np")[0].lower() + described.group("np")[1:],
                                  "person", False)
            elif self.masked[m.end():m.end() + 1].islower():
                # ("read a letter from him", "a statement written by her father": an author the article has named)
                found = self._pronoun_author(_PRONOUN_AUTHOR.match(self.masked, m.end()), sent[0]) or found
        for m in _SUBMITTED_PAPER.finditer(self.masked, self._paragraph_start(start, back=1), start):
            # ("Lee did not speak but submitted a written statement, which the prosecutor read aloud": its writer,
            # the sentence's subject before the verb, never the one reading it)
            sent = self.sentence_at(m.start()) or (m.start(), start)
            if not re.search(r"\bread(?:s|ing)?\b", self.masked[m.end():min(sent[1], start)]) or (found and found.start > m.start()):
                continue
            found = next((x for x in self.mentions if sent[0] <= x.start < m.start() and x.kind == "person"
                          and not x.possessive and x.party is not None), found)
        for m in _ON_BEHALF.finditer(self.masked, self._paragraph_start(start, back=1), start):
            # "His lawyer, Lee, read a statement on his behalf" / "on Roe's behalf": the one the reader acts for
            sent = self.sentence_at(m.start()) or (m.start(), start)
            if not re.search(r"\bread(?:s|ing)?\b", self.masked[sent[0]:m.start()]) or (found and found.start > m.start()):
                continue
            owner = m.group("owner")
            if owner.lower() in ("his", "her", "their"):
                # ("The woman did not attend, but an advocate read a statement on her behalf": a "her" the sentence
                # itself described is nearer than anyone named before it)
                found = self._client_of_reader(sent[0], m.start()) \
                    or self._described_other(sent[0], m.start(), owner.lower(), same_sentence=True) \
                    or self._last_other(m.start("owner"), owner.lower()) \
                    or self._described_other(sent[0], m.start(), owner.lower()) or found
            else:
                found = next((x for x in self.mentions if x.start <= m.start("owner") < x.end and x.kind == "person"), found)
        # (two paragraphs back: "The statement continued: …" follows the first quoted paragraph of it)
        for m in _READ_OWNED.finditer(self.masked, self._paragraph_start(start, back=2), start):
            if not found or found.start < m.start():
                found = self._last_other(m.start("owner"), m.group("owner")) or found
        return found

    def _described_subject_before(self, sent_start: int, at: int, wanted: str, anchor: int) -> tuple[str, str | None] | None:
        """ "At the hearing, the clerk described the attack. "…," he told the court": with no one named in the
        pronoun's sentence or the one before it (in the same paragraph), "he" is the person that sentence opened
        with, as the article describes them (or names them, for "the judge")."""
        if any(x.kind == "person" for x in self._mentions_between(sent_start, at)):
            return None
        prev = self._sentence_before(sent_start)
        if prev is not None and _NAMING_POLICY.search(self.masked, prev[0], prev[1]):
            # ("The older girl addressed the court. The Associated Press does not generally identify victims of sexual
            # abuse. ¶ "…," she said": the newsroom's rule, set between, is no subject)
            prev = self._sentence_before(prev[0])
        # (across a paragraph break only where the pronoun's sentence opens its paragraph, as short broadcast
        # paragraphs do: "The judge did not hold back. ¶ "…," she said.")
        opens_paragraph = not self.masked[self._paragraph_start(sent_start):sent_start].strip()
        if prev is None or prev[0] < self._paragraph_start(sent_start, back=1 if opens_paragraph else 0):
            return None
        subject = _DESCRIBED_SUBJECT.match(self.masked, prev[0], prev[1])
        # (a person the described one acts on is no rival: "The woman, now 21, told Roe she had waited. "…," she said")
        # (a name inside the phrase set before the subject is only whom the scene mentions: "In a statement read aloud
        # by prosecutor Ann Lee, the woman described …")
        if subject is None or any(x.kind in ("person", "group") for x in self._mentions_between(subject.start("np"), subject.end())) \
                or any(x.kind == "person" or x.kind == "group" and not (wanted and x.party is not None and x.party.kind == "organization")
                       for x in self._mentions_between(subject.end(), prev[1])) \
                and not (subject.group("noun") in UNNAMED_PERSON_NOUNS and subject.group().endswith(" told")):
            # (a body named after the subject, "The clerk had worked for Elm Bank for years", is no "he" or "she")
            return None
        if wanted in _ACTS_ON_PRONOUN and _ACTS_ON_PRONOUN[wanted].search(self.masked, subject.start("noun"), prev[1]):
            return None  # ("The prosecutor asked her about the gun. "…," she said": the one asked answers)
        if subject is None:
            return None
        noun = subject.group("noun")
        if (noun in UNNAMED_MALE and wanted != "m") or (noun in UNNAMED_FEMALE and wanted != "f"):
            return None
        found = self.resolve(subject.start("np"), subject.end("np"), anchor)
        if found and found[0] and any(p.name == found[0] for p in self.parties):
            return found
        return self._describe(subject.group("np"), subject.end("np"), prev[1]), None

    def _owner_of_words_before(self, sent_start: int, at: int, wanted: str) -> tuple[str, str | None] | None:
        """ "Lee's own account of it in court was painful to hear. / "…," he told the judge.": with no one named in
        the pronoun's sentence, the one whose account (testimony, words) the sentence just before spoke of gives it."""
        if any(x.kind == "person" for x in self._mentions_between(sent_start, at)):
            return None
        prev = self._sentence_before(sent_start)
        if prev is None or prev[0] < self._paragraph_start(sent_start, back=1):
            return None
        owners = {x.speaker: x for x in self._mentions_between(prev[0], prev[1]) if x.kind == "person"
                  and x.possessive and _OWNED_ACCOUNT.match(self.masked, x.end)}
        if len(owners) != 1:
            return None
        owner = next(iter(owners.values()))
        if not self.fits(owner.speaker, wanted):
            return None
        return owner.speaker, self.role_of(owner.party)

    def _described_other(self, sent_start: int, at: int, pronoun: str, same_sentence: bool = False) -> Reference | None:
        """ "The woman did not attend, but an advocate read a statement on her behalf": the one person of her gender
        the article describes, in this sentence before it (or, with no one named to be "her", the one before)."""
        nouns = UNNAMED_FEMALE if pronoun == "her" else UNNAMED_MALE if pronoun == "his" else frozenset()
        prev = next(((a, b) for a, b in reversed(self.sentences) if b <= sent_start), None)
        since = prev[0] if prev and prev[0] >= self._paragraph_start(sent_start, back=1) and not same_sentence else sent_start
        found = [d for d in _GENDERED_DESCRIPTION.finditer(self.masked, since, at) if d.group("noun") in nouns]
        if len({d.group().lower() for d in found}) != 1 or not found[0].group().lower().startswith("the "):
            return None
        d = found[-1]
        return Reference(d.start(), d.end(), d.group()[0].lower() + d.group()[1:], "person", False)

    def _pronoun_author(self, author: re.Match[str] | None, sent_start: int) -> Reference | None:
        """ "Ann Roe did not attend. Lee read a letter from him": the person of the pronoun's gender last named
        before the reading sentence; "Lee, Roe's daughter, read a statement written by her father": the one the
        reader's role makes the reader's relative (her father is the Roe whose daughter she is)."""
        if author is None:
            return None
        if author.group("pronoun"):
            pronoun = author.group("pronoun")
            return self._last_other(author.start(), "his" if pronoun == "him" else pronoun)
        kin = author.group("kin")
        inverse = _KIN_OF_KIN.get(kin)
        reader = next((x for x in self.mentions if sent_start <= x.start < author.start() and x.kind == "person"
                       and not x.possessive and x.party is not None), None)
        if reader is None or not inverse:
            return None
        wanted = "m" if kin in UNNAMED_MALE else "f" if kin in UNNAMED_FEMALE else None
        owners = {m.group("owner") for r in reader.party.roles
                  if (m := re.fullmatch(r"(?P<owner>.+?)[\u2019']s\s+(?P<kin>[a-z]+)", r)) and m.group("kin") in inverse}
        named = [x for x in self.mentions if x.start < author.start() and x.kind == "person" and x.party is not None
                 and x.party is not reader.party and self.fits(x.speaker, wanted)
                 and any(o.split()[-1] in x.party.name.split() for o in owners)]
        return named[-1] if named else None

    def _named_later(self, noun: str, at: int, strict: bool = False) -> tuple[str, str | None]:
        """The name a delayed lede gives its "former nurse" later: "The nurse, Ann Roe, 41, …", the one person
        the article gives that role ("a judge" in a story with one judge), or the person who opens the next
        paragraph; unnamed otherwise (a description is no speaker's name)."""
        index = next((i for i, p in enumerate(self.body) if p.start <= at < p.end), len(self.body))
        following = self.body[index + 1:index + 3]
        window_end = following[-1].end if following else at
        for m in re.finditer(rf"\b(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:[a-z-]+\s+)?{re.escape(noun)},\s+", self.masked[:window_end]):
            if m.start() < at:
                continue
            named = next((x for x in self.mentions if x.start == m.end() and x.kind == "person"), None)
            if named:
                return named.speaker, self.role_of(named.party)
        wanted = JUDGE_ROLES if noun in JUDGE_ROLES else {noun}
        # (a body named for justice is no judge: "a deputy assistant attorney general in the Justice Department")
        holders = [p for p in self.parties if p.kind == "person"
                   and any(_role_words(r) & wanted
                           for r in p.roles)]
        # "An attorney representing a witness said" after Roe's lawyer was named: "an" brings in someone new
        if len(holders) == 1 and not any(m.party is holders[0] and m.start < at - len(noun) - 3 for m in self.mentions) \
                and not self._introduced_as_another(holders[0], noun):
            return holders[0].name, self.role_of(holders[0])
        for k, para in enumerate(self.body[index + 1:index + 4]):
            opener = next((x for x in self.mentions if x.start == para.start), None)
            if opener is None or opener.kind != "person" or opener.possessive or " " not in self.text[opener.start:opener.end] \
                    or not self.fits(opener.speaker, _KIN_GENDER.get(noun)):
                continue
            # (strict, for "the mother of …": only a name the next paragraph makes speak, or gives a relative or
            # the same role -- "Dana Roe told reporters", "Dana Roe, whose son …", "Dana Roe, his mother,")
            sentence = self.sentence_at(opener.start)
            rest = self.masked[opener.end:sentence[1] if sentence else para.end]
            same_role = re.search(rf"\b{re.escape(noun)}\b", rest[:80])
            if k == 0 and index <= 1 and (not strict or _OPENER_SPEAKS.match(rest) or same_role or _WHOSE_KIN.match(rest)):
                return opener.speaker, self.role_of(opener.party)
            if strict and (same_role or noun in KIN_NOUNS and _WHOSE_KIN.match(rest)):
                # ("The mother of a woman who died told the judge …" and two paragraphs on "Dana Roe, whose daughter
                # died in 2021, …": the first name the story gives a relative of that kind is hers)
                return opener.speaker, self.role_of(opener.party)
        return UNNAMED

    def _introduced_as_another(self, party: Party, noun: str) -> bool:
        """ "A resident who asked not to be named said ..." and later "Another resident, Dana Roe, said ...": the name
        "another" brings in is a second holder of the role, never the one described before."""
        first = next((m for m in self.mentions if m.party is party), None)
        another = _ANOTHER_OF_A_ROLE.search(self.masked, max(0, first.start - 80), first.start) if first else None
        return another is not None and another.group("noun") == noun

    def _young_named_before(self, bare: str, start: int) -> tuple[str, str | None] | None:
        """ "Ann Roe, 15, sat in the front row. … the teen wrote": a bare "the teen"/"the boy" is the minor the
        article just named with an age under 20 (this or the previous paragraph); anyone else stays described."""
        young = _YOUNG_EPITHET.fullmatch(bare)
        if young is None:
            return None
        wanted = "m" if young.group("noun") == "boy" else "f" if young.group("noun") == "girl" else None
        since = self._paragraph_start(start, back=1)
        minors = [x for x in self._mentions_between(since, start) if x.kind == "person" and not x.possessive
                  and (age := _AGE_AFTER.match(self.masked, x.end)) and int(age.group("age")) < 20
                  and self.fits(x.speaker, wanted)]
        return (minors[-1].speaker, self.role_of(minors[-1].party)) if minors else None

    def _described_by_body(self, start: int, end: int, named: list) -> bool:
        """Whether masked[start:end] is a whole indefinite description ("a former Acme Corp engineer", "one
        longtime Brightway driver") whose only names are bodies standing before its head noun as modifiers."""
        words = self.masked[start:end]
        bare = words.strip(" ,")
        if not bare.lower().startswith(("a ", "an ", "one ", "another ")):
            return False
        at = start + words.find(bare)
        described = UNNAMED_NP.fullmatch(self.masked, at, at + len(bare))
        return bool(described and described.group("det") and described.group("noun")
                    and all(m.kind != "person" and (m.party is None or m.party.kind != "person")
                            and m.end <= described.start("noun") for m in named))

    def _people_in_sentence_before(self, start: int) -> str | None:
        """The first plural noun for people in the sentence before the one at `start` (never one that only sources
        the sentence, "prosecutors said"): the group a following "one of them" picks from."""
        here = self.sentence_at(start)
        earlier = [s for s in self.sentences if here and s[1] <= here[0]]
        if not earlier:
            return None
        for word in _PLURAL_WORD.finditer(self.masked, *earlier[-1]):
            noun = word.group().lower()
            singular = {"men": "man", "women": "woman", "children": "child"}.get(noun) or \
                (noun[:-3] + "y" if noun.endswith("ies") else noun[:-1])
            if (noun in PEOPLE_NOUNS or singular in UNNAMED_PERSON_NOUNS or singular in ROLE_NOUNS or singular in KIN_NOUNS) \
                    and not _SPEECH_VERB_NEXT.match(self.masked, word.end()):
                return noun
        return None

    def _relative_said_before(self, noun: str, start: int) -> tuple[str, str | None] | None:
        """ "Her mother read a statement. "…," she said. … "…," the mother said": "the mother" is the relative
        who spoke shortly before, unnamed and told by whose relative she is ("the girl's mother")."""
        since = self._paragraph_start(start, back=3)
        for at, speaker, role in reversed(self.events):
            if since <= at < start and speaker and re.search(rf"[\u2019']s\s+{re.escape(noun)}$", speaker) \
                    and not any(p.name == speaker for p in self.parties):
                return speaker, role
        # ("The victim did not attend. Her sister spoke instead. "…," the sister said": the relative the story
        # brought in by a pronoun and no quote yet)
        brought = list(re.finditer(rf"\b([Hh]is|[Hh]er)\s+{re.escape(noun)}\b", self.masked[since:start]))
        if brought:
            owner_word = brought[-1].group(1)
            described = self._described_owner(owner_word, since + brought[-1].start())
            if described:
                return f"{described}\u2019s {noun}", None
        return None

    def _described_owner(self, owner_word: str, at: int) -> str | None:
        """ "The boy was not in court. His father spoke": "the boy", when the sentence before (or this one, up to
        the pronoun) opens on a person described by "the" and a noun, with no one named in that sentence, and the
        pronoun's gender fits the noun."""
        sent = self.sentence_at(at)
        if not sent:
            return None
        here = sent if self.masked[sent[0]:at].strip() else next(((a, b) for a, b in reversed(self.sentences) if b <= sent[0]), None)
        if not here or "\n\n" in self.masked[here[1]:at]:
            return None
        m = _DESCRIBED_VICTIM_OPENING.match(self.masked, here[0], here[1])
        if not m or any(x.kind == "person" and here[0] <= x.start < min(here[1], at) for x in self.mentions):
            return None
        noun = m.group("noun").lower()
        gender = {"her": "f", "his": "m"}.get(owner_word.lower())
        if gender is None or noun in _DESCRIBED_VICTIM_GENDER and _DESCRIBED_VICTIM_GENDER[noun] != gender:
            return None
        return m.group("np")[0].lower() + m.group("np")[1:]

    def _unnamed(self, start: int, end: int) -> tuple[str, str | None] | None:
        """ "A man who answered the door", "one juror": a person described, not named. A lone "a judge" may be
        named later (see _named_later); anyone else keeps the article's description as their name."""
        words = self.masked[start:end]
        m = UNNAMED_NP.match(words, len(words) - len(words.lstrip(" ,\u2014\u2013-")))
        if not m:
            return None
        if (m.group("det") or "").lower() in ("a", "an") and m.group("noun") in ROLE_NOUNS:
            later = self._named_later(m.group("noun"), end)
            if later[0]:
                return later
        definite = _DEFINITE_HEAD.match(m.group())
        noun = definite.group("noun") if definite else m.group("noun") if (m.group("det") or "").lower() in ("a", "an") else None
        if noun:
            # "The mother of a recruit who died says …", "A juror who voted to convict told …" in a lede, "Dana Roe
            # spoke to reporters" next: the delayed identification news uses for the person its lede describes
            later = self._named_later(noun, end, strict=True)
            if later[0]:
                return later
        described, described_end = m.group(), start + m.end()
        also = _AND_DESCRIPTION.match(self.masked, described_end, end) if " and " in words[m.end():m.end() + 6] else None
        if also and also.group("noun") in ROLE_NOUNS | KIN_NOUNS | UNNAMED_PERSON_NOUNS:
            # "said a longtime friend and former teammate": one person described twice, "and" joining the two
            described, described_end = self.masked[start + m.start():also.end()], also.end()
        where = _DESCRIBED_WHERE.match(self.masked, described_end)
        if where and not any(x.kind == "person" and where.start() <= x.start < where.end() for x in self.mentions):
            # "One juror from the first trial, who …", "a retired schoolteacher in Ohio who said": the phrase placing
            # the person is part of how the article tells them apart
            described = self.masked[start + m.start():where.end()]
        after = where.end() if where else described_end
        if " as " in self.masked[after:after + 160]:
            sentence = self.sentence_at(after)
            known_as = _KNOWN_ONLY_AS.match(self.masked, after, sentence[1]) if sentence else None
            if known_as:  # ("One parent, a nurse who wanted to be known only as Mrs Roe, said")
                return self._known_only_as(known_as.group("name"), described), None
        return self._victim_by_statement(described[0].lower() + described[1:], start), None

    def _victim_by_statement(self, described: str, at: int) -> str:
        """ "In a victim impact statement read to the court, the woman, who cannot be named, said": a person the story
        describes only by sex or age, in the sentence that tells the victim's statement, is the victim."""
        sentence = self.sentence_at(at) if _PLAIN_PERSON.fullmatch(described) else None
        if sentence and _IMPACT_STATEMENT.search(self.masked, sentence[0], sentence[1]):
            return "the victim"
        return described

    def _unnamed_subjects(self) -> list[tuple[int, str, str | None]]:
        """People the article describes but never names, as subjects a later "he"/"she" may mean, so their words
        never go to a person named before: a sentence opened by "One juror, a retired teacher," or "A man who
        answered the door"; anyone "who asked not to be named"; an unnamed relative opening a sentence
        ("Voss's father attended the hearing")."""
        out = []
        for a, b in self.sentences:
            m = UNNAMED_NP.match(self.masked, a, b)
            scene = _SCENE_OPENING.match(self.masked, a, b) if m is None else None
            if scene:
                # ("At the hearing, the daughter of one of the victims read a statement": after the scene it opens on)
                m = UNNAMED_NP.match(self.masked, scene.end(), b)
                a = scene.end() if m else a
            if not m or any(x.kind != "pronoun" and m.end() <= x.start < b and DESCRIBES.fullmatch(self.masked, m.end(), x.start)
                            for x in self.mentions):
                continue  # "One victim, Ann Roe, …" / "A lawyer for Roe said": the sentence names who it is
            if any(x.kind == "person" and not x.possessive and _DESCRIBED_OPENING.fullmatch(self.masked, a, x.start)
                   for x in self.mentions if m.end() <= x.start < b):
                continue  # "The president of the deputies' association, Lt. Ann Roe, said": named in commas
            if _FRONTED_APPOSITIVE.match(self.masked, m.end(), b):
                continue  # "A retired teacher, she lost her savings": a description of the pronoun's person, not a new one
            appositive = _NAME_IN_COMMAS.match(self.masked, m.end(), b) if self.masked.startswith(",", m.end()) else None
            if appositive and appositive.group("first") not in STOPWORDS:
                # "A third survivor, Rafael Ostrand, spoke next" (a name the party list missed): the sentence names
                # who it is, and a later "he" means him, never the description
                # (a person of no party, so recorded as the described are: with the gender a later "he" gives)
                out.append((a, self._describe(appositive.group("name"), m.end(), b), None))
                continue
            found = self._unnamed(a, m.end())
            if found and found[0]:
                named = any(p.name == found[0] for p in self.parties)
                out.append((a, found[0] if named else self._describe(found[0], m.end(), b), found[1]))
        for a, b in self.sentences:
            marker = ANONYMOUS.search(self.masked, a, b)
            described = list(ANONYMOUS_NP.finditer(self.masked, a, marker.start())) if marker else []
            if described and not any(e[0] == a for e in out):
                np = described[-1]
                # ("the mother of one of the players, who asked …": the whole description, not its last noun)
                whole = next((u for u in UNNAMED_NP.finditer(self.masked, a, np.end())
                              if u.end() == np.end() and u.start() < np.start()), None)
                if whole:
                    np = whole
                out.append((np.start(), self._describe(np.group(), np.end(), b), None))
        for a, b in self.sentences:
            # "A reporter spoke with the sister of one victim outside court." then "…," she said: whom the outlet
            # interviewed, described and never named, is the "she" of the words that follow
            interview = _INTERVIEWED_UNNAMED.search(self.masked, a, b) \
                if any(verb in self.masked[a:b] for verb in ("spoke", "talked", "interviewed")) else None
            if interview and not any(e[0] == a for e in out) and not any(
                    x.kind != "pronoun" and interview.end() <= x.start < b and DESCRIBES.fullmatch(self.masked, interview.end(), x.start)
                    for x in self.mentions):
                np = UNNAMED_NP.match(self.masked, interview.end(), b)
                if np:
                    out.append((a, self._describe(np.group(), np.end(), b), None))
        for a, b in self.sentences:
            # "The memo quotes several victims. One, a retired welder from Altoona, Pennsylvania, wrote …": "one"
            # of a group the article just spoke of, whom the appositive describes (with the state of its town)
            one = _ONE_DESCRIBED.match(self.masked, a, b) if self.masked[a:a + 12].lstrip().startswith(("One,", "Another,")) else None
            if one is None or any(x.kind == "person" and one.start("np") <= x.start < one.end("np") for x in self.mentions):
                continue
            np = one.group("np")
            state = _STATE_AFTER.match(self.masked, one.end("np"), b) if _IN_PLACE_END.search(np) else None
            if state and state.group("state").split()[-1] in US_STATES | {"York", "Jersey", "Mexico", "Hampshire",
                                                                         "Carolina", "Dakota", "Island"}:
                np = self.masked[one.start("np"):state.end("state")]
            out.append((a, self._describe(np, one.end(), b), None))
        for a, b in self.sentences:
            # "One, identified only by her initials, R.T., said she was 19": someone the article keeps to initials
            initials = _INITIALS_ONLY.search(self.masked, a, b) if "initials" in self.masked[a:b] else None
            if initials:
                out.append((a, self._describe(initials.group("initials"), initials.end(), b), None))
        for a, b in self.sentences:
            # "The memo includes a letter from one of the victims, now 21." then "…," she wrote: the unnamed writer
            for doc in _FROM_UNNAMED.finditer(self.masked, a, b):
                m = UNNAMED_NP.match(self.masked, doc.end(), b)
                if m and not any(x.kind != "pronoun" and m.end() <= x.start < b
                                 and DESCRIBES.fullmatch(self.masked, m.end(), x.start) for x in self.mentions):
                    out.append((m.start(), self._describe(m.group(), m.end(), b), None))
        for a, b in self.sentences:
            # (after a fronted phrase too: "In a statement read aloud by the prosecutor, Roe's 12-year-old son wrote")
            fronted = _FRONTED_PHRASE.match(self.masked, a, b) if self.masked[a:a + 9].lstrip().startswith(("In ", "At ", "During ", "Through ")) else None
            subject_at = {a, fronted.end()} if fronted else {a}
            owner = next((x for x in self.mentions if x.start in subject_at and x.possessive and x.kind == "person"), None)
            role = (OWNED_KIN.match(self.masked, owner.end - 2) or _OWNED_KIN_AGED.match(self.masked, owner.end - 2)) if owner else None
            if not role or any(
                    x.start >= role.end() and x.kind == "person" and not x.possessive
                    and _KIN_POSTMODIFIER.fullmatch(self.masked, role.end(), x.start) for x in self.mentions):
                continue  # not a relative, or "Roe's father, Tom Roe," names him
            who = self._owned_role(owner, role)[0]
            out.append((a, who if who in {p.name for p in self.parties} else self._describe(who, role.end(), b), None))
        for a, b in self.sentences:
            # "Her brother spoke next." (a relative the article never names, of the person "her" is): a later "he" is
            # the brother, as "Roe's brother", never the relative named in the paragraph before
            kin = _PRONOUN_KIN_SUBJECT.match(self.masked, a, b) if self.masked[a:a + 5].strip()[:3] in ("His", "Her", "The") else None
            if kin and not any(x.kind == "person" and not x.possessive and kin.end() <= x.start < b
                               and _KIN_POSTMODIFIER.fullmatch(self.masked, kin.end(), x.start) for x in self.mentions):
                # (whose relative, "her" says only once the article's people are all known: see pronoun)
                described = self._describe(self.masked[kin.start("np"):kin.end()], kin.end(), b)
                self.kin_by_pronoun[described] = (kin.start("np"), kin.end())
                out.append((a, described, None))
        for a, b in self.sentences:
            # "At the hearing, the victim's mother read a statement.": a relative of someone the article does not name
            kin = _UNNAMED_KIN_SUBJECT.match(self.masked, a, b)
            if kin and not any(x.kind == "person" and not x.possessive and _KIN_POSTMODIFIER.fullmatch(self.masked, kin.end(), x.start)
                               for x in self.mentions if kin.end() <= x.start < b):
                out.append((kin.start("np"), self._describe(kin.group("np"), kin.end(), b), None))
        return out

    def _known_only_as(self, name: str, description: str) -> str:
        """The name a relative clause gives a described person ("a nurse who wanted to be known only as Mrs Roe"),
        with the gender its title or the description marks."""
        title = name.split()[0].rstrip(".")
        gender = "m" if title == "Mr" else "f" if title in ("Mrs", "Ms", "Miss") else next(
            ("m" if w in UNNAMED_MALE else "f" for w in re.findall(r"[a-z]+", description.lower())
             if w in UNNAMED_MALE | UNNAMED_FEMALE), None)
        if gender:
            self.genders[name] = gender
        return name

    def _describe(self, description: str, after: int, end: int) -> str:
        """Records a described, unnamed person, with the gender its words (or the sentence's next "he"/"she") give."""
        if " as " in self.masked[after:after + 160]:
            known_as = _KNOWN_ONLY_AS.match(self.masked, after, end)
            if known_as:
                return self._known_only_as(known_as.group("name"), description)
        if description.split()[0] in ("The", "A", "An", "One", "Another", "Her", "His", "Their"):
            description = description[0].lower() + description[1:]
        # the head noun comes first: "the mother of one of the boys" is a woman
        gender = next(("m" if w in UNNAMED_MALE else "f" for w in re.findall(r"[a-z]+", description.lower())
                       if w in UNNAMED_MALE | UNNAMED_FEMALE), None)
        appositive = _GENDERED_APPOSITIVE.match(self.masked, after, end) if gender is None else None
        if appositive:  # "One bartender, a father of two, …": the appositive says
            gender = "m" if appositive.group("noun").lower() in UNNAMED_MALE else "f"
        if gender is None:  # "A former officer, who asked not to be named because she …"
            pronoun = next((x for x in self.mentions if after <= x.start < end and x.kind == "pronoun"
                            and x.speaker in ("he", "she")), None)
            gender = PRONOUN_GENDER.get(pronoun.speaker) if pronoun else None
        description = self._victim_by_statement(description, after)
        self.unnamed[description] = gender
        if gender:
            self.genders[description] = gender
        return description

    def _document_issuer(self, start: int) -> tuple[str, str | None] | None:
        """ "Roe issued a statement. "…," it read": "it" is the document its paragraph just named, spoken by
        the subject of that sentence (not "Price" in "Roe, reached through Price, issued a statement")."""
        para_start = self._paragraph_start(start)
        docs = list(DOC_WORD.finditer(self.masked, para_start, start))
        if not docs:
            return None
        at = docs[-1].start()
        sent = self.sentence_at(at) or (para_start, at)
        subjects = [x for x in self.mentions if sent[0] <= x.start < at and not x.possessive and x.kind != "pronoun"
                    and not re.search(r"\b(?:through|by|for|from|to|with)\s+(?:(?:the|a|an|his|her|its|their)\s+)?"
                                      r"(?:[a-z-]+\s+){0,2}(?:[A-Z][\w.]*\s+)*$",
                                      self.masked[sent[0]:x.start])]
        if subjects:
            return subjects[0].speaker, self.role_of(subjects[0].party)
        return self._issuer(docs[-1].group("noun"), start, start)

    def _outlet(self, words: str, start: int) -> str:
        """A publication or organisation named as the source: "the Times" -> "The New York Times" named earlier."""
        bare = re.sub(r"^[Tt]he\s+", "", words).strip()
        if len(bare.split()) == 1:
            body_from = self.body[0].start if self.body else 0  # (never the headline: "12 Years For Omaha Adviser")
            longer = [m.group() for m in re.compile(rf"\b(?:The )?(?:[A-Z][\w.-]* )+{re.escape(bare)}\b").finditer(
                          self.masked, body_from, start)
                      if self.masked[m.start():m.end()] == self.text[m.start():m.end()]]  # never quoted words
            if longer:
                return max(longer, key=len)
        if bare.split()[-1] in ORG_WORDS:
            return bare  # "The Spokane Teachers Guild said": the organisation, without the article
        return words if not words.startswith("the ") else bare

    def _lede_described(self) -> tuple[Party, frozenset[str], str] | None:
        """The person a delayed-identification lede describes ("A former nurse was sentenced Monday …", named only
        later), as the article's main person with the lede's description words; None when the lede names its subject."""
        if not self.sentences or not self.body:
            return None
        a, b = self.sentences[0]
        lede = _LEDE_DESCRIPTION.match(self.masked, a, min(b, a + 200)) or _LEDE_DESCRIPTION.match(self.masked, a, min(b, a + 400))
        # ("A judge sentenced Ann Roe …", "A former nurse, Ann Roe, was …": a lede naming anyone is no delayed one)
        if not lede or any(m.kind == "person" and not m.possessive for m in self.mentions if a <= m.start < b
                           and not (lede.group("clause") and lede.start("clause") <= m.start < lede.end("clause"))):
            return None
        # ("A former nurse at a Milwaukee hospital": the person is the noun before the preposition, never "the hospital")
        core = re.split(r"\s+(?:at|of|for|from|in|with|on|who|whose|accused|charged)\s+", lede.group("np"))[0].split()
        words = frozenset({w.lower().removeprefix("ex-") for w in core} - _LEDE_SKIP)
        if len(core) < 2 or words & (JUDGE_ROLES | {"jury", "court", "panel", "prosecutor", "prosecutors"}):
            return None  # "A federal judge on Monday sentenced …": the lede's subject is not the accused
        # (someone named inside the description's relative clause is whom the described person acted on)
        in_clause = {id(m.party) for m in self.mentions if lede.group("clause") and m.party is not None
                     and lede.start("clause") <= m.start < lede.end("clause")}
        people = [p for p in self.parties if p.kind == "person" and id(p) not in in_clause
                  and not any(set(r.lower().split()) & JUDGE_ROLES for r in p.roles)]
        # the accused the extractor already gave the lede's description to, else the article's main person
        given = [p for p in people if any(r and set(r.lower().split()) <= words | _LEDE_SKIP for r in p.roles)]
        main = given[0] if len(given) == 1 else max(people, key=lambda p: len(p.citations), default=None)
        if main is None or len(main.citations) < 2:
            return None
        return main, words, core[-1].lower().removeprefix("ex-")

    def _epithet_owned_role(self, start: int, end: int) -> tuple[str, str | None] | None:
        """ "A former mayor was convicted …, a verdict the former mayor's lawyer called "…"": the role belongs to the
        person the lede described (in the lede sentence too), then is named as "Roe's lawyer" would be."""
        words = self.masked[start:end]
        bare = words.strip(" ,")
        if "s " not in bare or bare[:4].lower() != "the ":
            return None
        owned = _EPITHET_OWNED_ROLE.fullmatch(bare)
        if not owned:
            return None
        whose = self._lede_epithet(owned.group("owner"), start, in_lede=True)
        if not whose:
            return None
        at = start + words.find(bare)
        role = POSSESSIVE_ROLE.match(self.masked, at + owned.end("owner"), end)
        if not role:
            return None
        main = self.lede_person[0]
        owner = Reference(at, at + owned.end("owner") + 2, main.name, "person", True, main)
        return self._owned_role(owner, role)

    def _lede_epithet(self, bare: str, start: int, in_lede: bool = False) -> tuple[str, str | None] | None:
        """ "the former officer said", "the 44-year-old told the judge": the person the lede described by that role,
        unless someone else named before holds it ("Officer Ann Roe, a colleague, testified")."""
        if self.lede_person is None or not bare[:4].lower() == "the ":
            return None
        epithet = _DEFINITE_EPITHET.fullmatch(bare)
        if not epithet:
            return None
        main, described, lede_head = self.lede_person
        head = epithet.group("head").lower().removeprefix("ex-")
        mods = {w.lower().removeprefix("ex-") for w in epithet.group("mods").split()} - _LEDE_SKIP
        # the description's own head noun ("officer" of "a former federal correctional officer") or its age
        if not (head == lede_head or head in described and head.endswith("-year-old")) or not mods <= described:
            return None
        if start < self.sentences[0][1] and not in_lede:
            return None
        rivals = [m for m in self.mentions if m.kind == "person" and m.party is not None and m.party is not main
                  and m.start < start and any(head in r.lower().replace("\u2019", "'").split() for r in m.party.roles)]
        if rivals:
            return None
        return main.name, self.role_of(main)

    def role_of(self, party: Party | None) -> str | None:
        return party.roles[0] if party and party.roles else None

    def _find_mentions(self) -> list[Reference]:
        forms: dict[str, Party] = {}
        for p in self.parties:
            if p.kind == "person":
                words = p.name.split()
                core = [w for w in words if not re.fullmatch(r"[A-Z]\.|Jr\.?|Sr\.?|II|III", w)]
                for form in [p.name, " ".join(core), core[-1] if core else p.name, *p.aliases]:
                    forms.setdefault(form, p)
                if len(core) == 3 and self.text.count(core[-1]) == self.text.count(p.name) \
                        and self.text.count(core[0]) > self.text.count(f"{core[0]} {core[1]}"):
                    # ("Tan Wei Ming, 41, … Tan told the court": a name written family name first goes by its first
                    # word later, its last never standing alone)
                    forms.setdefault(core[0], p)
                if len(core) >= 3 and re.search(rf"(?<!{re.escape(core[-3])} ){re.escape(' '.join(core[-2:]))}\b", self.text):
                    # ("Kofi Mensah Clarke … Mensah Clarke admitted": an unhyphenated double surname, written back as both words)
                    forms.setdefault(" ".join(core[-2:]), p)
            else:
                forms.setdefault(p.name, p)
        found: list[Reference] = []
        taken: list[tuple[int, int]] = []

        def add(m: Reference) -> None:
            if not any(a < m.end and m.start < b for a, b in taken):
                found.append(m)
                taken.append((m.start, m.end))

        if forms:
            names = "|".join(re.escape(f) for f in sorted(forms, key=lambda w: (-len(w), w)))
            # "Orr's" and, for a name ending in s, "Miles'" are possessives. One pattern of the article's names serves
            # the three readings below: compiling each name list costs about a millisecond an article.
            name_re = re.compile(rf"(?<![\w\u2019'-])(?:the\s+)?({names})(?![\w-])([\u2019']s\b|(?<=s)[\u2019'](?!\w))?")
            named = [list(name_re.finditer(self.masked, para.start, para.end)) for para in self.body]
            for matches in named:
                for m in matches:
                    # "Huffman's lawyers", "Ruth Albrecht's office": a group named by whose it is, as written
                    group = _GROUP_AFTER.match(self.masked, m.end(1)) if m.group(2) in ("\u2019s", "'s") else None
                    if group is None or group.group().endswith(("spokesman", "spokeswoman")):
                        continue
                    # ("Pryor's family said" names the speaker as written; only a later "the family" or "his
                    # family", which the article never spells out, becomes "Pryor family": see _family_name)
                    add(Reference(m.start(1), group.end(), self.masked[m.start(1):group.end()], "group", False))
            # "the family of Kyle Dent" speaks as the Dent family; "lawyers for Ann Roe" as Roe's lawyers
            for para, matches in zip(self.body, named):
                for m in matches:
                    of = _GROUP_OF_BEFORE.search(self.masked, max(para.start, m.start(1) - 40), m.start(1))
                    if of is None:
                        continue
                    surname = forms[m.group(1)].name.split()[-1]
                    noun = of.group("noun").lower()
                    label = f"{surname} family" if noun == "family" else f"{surname}\u2019s {noun}"
                    add(Reference(of.start(), m.end(1), label, "group", False))
            # a surname -> whom it last named, in which paragraph, and whether as one who speaks
            meant: dict[str, tuple[Party, int, bool]] = {}
            for index, matches in enumerate(named):
                for m in matches:
                    party = self._latest_holder(m.group(1), m.start(), forms[m.group(1)], meant, index)
                    if party.kind == "person" and not m.group(2) and (" " in m.group(1) or party is not forms[m.group(1)]):
                        # (a full name introduces; across a paragraph break only one introduced as speaking: neither
                        # "Roe hugged his mother, Ida Roe", nor "His wife, Ida Roe, was not in court"; the relative's
                        # surname speaking again carries them on: ""…," Roe said. / Roe added …")
                        meant[_surname(party.name)] = (party, index, self._introduced_speaking(m.start(), m.end()))
                    kind = "person" if party.kind == "person" else "group"
                    other_given = _OTHER_GIVEN_BEFORE.search(self.masked, max(0, m.start() - 16), m.start()) \
                        if kind == "person" and " " not in m.group(1) else None
                    if other_given and other_given.group("given").lower() in MALE_GIVEN_NAMES | FEMALE_GIVEN_NAMES \
                            and other_given.group("given") not in party.name.split():
                        # ("Nadia Roe was killed …. Prosecutors read a letter from Carl Roe:": another given name
                        # before the surname is her relative, whom the party list may lack; he speaks as named)
                        add(Reference(other_given.start("given"), m.end(), f"{other_given.group('given')} {m.group(1)}",
                                      kind, bool(m.group(2))))
                        continue
                    title = _TITLE_BEFORE.search(self.masked, max(0, m.start() - 6), m.start()) \
                        if kind == "person" and " " not in m.group(1) else None
                    if title and _role_gender(party) != _TITLE_GENDER[title.group("t")]:
                        # ("Ann Roe, the victim's wife, …. Outside court, Mrs Roe said": the courtesy title picks,
                        # of those sharing the surname, the one person whose role marks that gender)
                        party = self._titled_holder(m.group(1), _TITLE_GENDER[title.group("t")]) or party
                    if title and _role_gender(party) not in (None, _TITLE_GENDER[title.group("t")]) \
                            and _relative_of_own_surname(party):
                        # ("Mr Roe's niece, Ann Roe" and "Mr Roe said": the title names her uncle, whom the party
                        # list lacks; he speaks as the article calls him)
                        add(Reference(m.start(), m.end(), f"{title.group('t')} {m.group(1)}", kind, bool(m.group(2))))
                        continue
                    numbered = _PSEUDONYM_NUMBER.match(self.masked, m.end()) \
                        if kind == "person" and not m.group(2) and party.name.split()[-1] in _PSEUDONYM_SURNAMES else None
                    if numbered:
                        # ("Jane Doe 1 told the court …. Jane Doe 2 wrote …": each numbered pseudonym is its own
                        # person, whom the party list may know only as "Jane Doe")
                        add(Reference(m.start(), numbered.end(), f"{party.name} {numbered.group('n')}", kind, False, party))
                        continue
                    if kind == "group" and not m.group(2) and _RANK_THEN_NAME.match(self.masked, m.end()):
                        continue  # ("Elm police Sgt. Ann Roe said": the force only says whose officer speaks)
                    add(Reference(m.start(), m.end(), party.name, kind, bool(m.group(2)), party))
        for para in self.body:
            for m in PRONOUN.finditer(self.masked, para.start, para.end):
                possessive = m.group().lower() in ("his", "her", "their")
                add(Reference(m.start(), m.end(), m.group().lower(), "pronoun", possessive))
        found.sort(key=lambda m: m.start)
        return found

    def _introduced_speaking(self, start: int, end: int) -> bool:
        """ "Milo's mother, Ismay Wickstrom, spoke first." / "Among those who spoke was his sister, Ann Roe." / "said
        Devon Roe, Milo's father": a full name that is the subject of its sentence, in a sentence about speaking."""
        sent = self.sentence_at(start)
        if sent is None:
            return False
        before = re.sub(r"^\s*X{3,}[\s,]*", "", self.masked[sent[0]:start])  # (""…," Roe said": after the quote)
        if not (_SUBJECT_OPENING.fullmatch(before) or _INVERTED_SUBJECT.search(before)):
            return False
        return bool(_SPEAKING.search(self.masked, sent[0], start) or _SPEAKING.search(self.masked, end, sent[1]))

    def _latest_holder(self, form: str, at: int, default: Party, meant: dict[str, tuple[Party, int, bool]],
                       index: int) -> Party:
        """ "Milo Wickstrom died …. Milo's mother, Ismay Wickstrom, spoke first. / "…," Wickstrom told the judge": a
        surname several people share means the one of them the article last named in full in this paragraph, or
        introduced as speaking in the one before; further on, the article's main holder of the name (the defendant whose mother
        was named two paragraphs up is "Tate" again once the story moves on)."""
        if " " in form or default.kind != "person":
            return default
        last = meant.get(form)
        if last is None or last[0] is default or index - last[1] > 1 or (index > last[1] and not last[2]):
            return default
        if sum(1 for p in self.parties if p.kind == "person" and _surname(p.name) == form) < 2:
            return default
        # ("When I ask Roe whether she would do it again": the pronoun about the name says it is not her father)
        sent = self.sentence_at(at)
        pronoun = PRONOUN.search(self.masked, at, sent[1]) if sent else None
        marked = _role_gender(last[0])
        if pronoun and marked and PRONOUN_GENDER.get(pronoun.group().lower()) not in (None, marked):
            return default
        return last[0]

    def _titled_holder(self, surname: str, gender: str) -> Party | None:
        """The one person of this surname whose role marks the gender a courtesy title gives, if exactly one."""
        same = [p for p in self.parties if p.kind == "person" and _surname(p.name) == surname]
        fitting = [p for p in same if _role_gender(p) == gender]
        if not fitting:
            # ("Bruce and Noreen Halloran ... Mrs Halloran said": no role tells them apart, the given names do)
            fitting = [p for p in same if _person_gender(p) == gender]
        return fitting[0] if len(fitting) == 1 else None

    def is_agent(self, sent_start: int, m: Reference) -> bool:
        """ "Asked by Judge Ekberg whether ...": the agent of a passive, never the sentence's subject."""
        return bool(re.search(r"\bby\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[a-z-]+\s+){0,2}(?:[A-Z][\w.]*\s+)*$",
                              self.masked[sent_start:m.start]))

    def _role_subjects(self) -> list[tuple[int, str, str | None]]:
        """ "The judge was unmoved.": a sentence opened by a role noun makes its holder a later "she";
        "Prosecutors sought nine years.": a plural group opening a sentence is a later "they"."""
        out = []
        for a, b in self.sentences:
            # "…, but the judge went further.": a clause after a conjunction has its own subject, later than the first
            clauses = [a] + [c.end() for c in _CLAUSE_OPENING.finditer(self.masked, a, b)]
            # ("Asked whether Roe was armed, the detective shook his head.": the subject after a fronted phrase)
            fronted = FRONTED_PHRASE.match(self.masked, a, b)
            if fronted:
                clauses.insert(1, fronted.end())
            group = GROUP_SUBJECT.match(self.masked, a)
            named_group = None if group else NAMED_GROUP_SUBJECT.match(self.masked, a, b)
            plural = None if group or named_group else PLURAL_SUBJECT.match(self.masked, a, b)
            if group:
                out.append((a, group.group("group").lower(), None))
            elif named_group:  # "Senate leaders from both parties weighed in. "…," they wrote."
                # (recorded at the group's last word, so "City Council" inside "City Council leaders" is no later subject)
                out.append((named_group.end("group") - 1, named_group.group("group"), None))
            elif plural and not any(plural.start("group") <= x.start < plural.end("group") for x in self.mentions):
                out.append((plural.end("group") - 1, plural.group("group"), None))
            for at in clauses[1:] if group or named_group else clauses:
                lawyer = _OWNED_LAWYER_OPENING.match(self.masked, at) if "s " in self.masked[at:at + 40] else None
                if lawyer and not any(lawyer.end() <= x.start < b and x.kind == "person" and not x.possessive
                                      for x in self._mentions_between(lawyer.end(), b)):
                    # "Roe's defence lawyer asked for a fine. "…," he said": the client's lawyer, never named in
                    # the sentence, is its subject and a later "he" (as the article calls them)
                    described = lawyer.group("np").replace("'", "\u2019")  # (as "Roe’s attorney" reads elsewhere)
                    self.unnamed.setdefault(described, None)
                    out.append((lawyer.start("np"), described, None))
                    continue
                role = ROLE_NP.match(self.masked, at)
                if role and role.group().split()[0].lower() == "the":
                    found = self._by_role(role, at, at)
                    if found and not found[0].endswith(role.group("noun")):
                        out.append((at, found[0], found[1]))
        return out

    def _sentence_before(self, sent_start: int) -> tuple[int, int] | None:
        """The sentence ending at or before `sent_start`."""
        at = bisect.bisect_right(self.sentences, (sent_start, sent_start)) - 1
        while at >= 0 and self.sentences[at][1] > sent_start:
            at -= 1
        return self.sentences[at] if at >= 0 else None

    def _mentions_between(self, start: int, end: int) -> list[Reference]:
        """The mentions starting in [start, end), found by bisection rather than a walk over the whole article."""
        first = bisect.bisect_left(self._starts, (start, -1))
        out = []
        for at, i in self._starts[first:]:
            if at >= end:
                break
            out.append(self.mentions[i])
        return out

    def reported(self, sent_start: int, at: int) -> bool:
        """Whether offset `at` stands inside what a person earlier in its sentence is reported to have said: in
        "Hart said he was glad Roe admitted it, but he wanted more", Roe is what Hart said, never the later "he"."""
        head = self.masked[sent_start:at]
        verbs = [v for v in _REPORTING.finditer(head) if not _CLAUSE_BREAK.search(head, v.end())]
        if not verbs:
            return False
        verb_at = sent_start + verbs[0].start()
        first = bisect.bisect_left(self._starts, (sent_start, -1))
        for start, i in self._starts[first:]:
            if start >= verb_at:
                return False
            x = self.mentions[i]
            if not x.possessive and (x.kind == "person" or x.speaker.lower() in ("he", "she")):
                return True
        return False

    def _is_subject(self, m: Reference) -> bool:
        """A mention that starts its sentence or governs a verb of speech: a likely later 'he'/'she'."""
        if m.kind == "pronoun":
            return False
        if m.possessive:
            # "Roe's unsworn statement was the most wrenching moment. He turned to …": whose words a sentence
            # opens on is its topic, and the "he" that follows
            sent = self.sentence_at(m.start)
            return bool(sent and not self.masked[sent[0]:m.start].strip() and m.kind == "person"
                        and _OWNED_WORDS.match(self.masked, m.end))
        sent = self.sentence_at(m.start)
        if sent is None or re.match(r"\s*Asked\s+(?!by\b)[^,;]*$", self.masked[sent[0]:m.start]):
            return False  # "Asked whether Roe would appeal, …": the topic of a question, not who answers it
        if _ASKED_OPENING.match(self.masked, sent[0]):
            opening = self.masked[sent[0]:m.start]
            if "," not in opening:
                return False  # the asker or the topic of the question, not who answers it
            if re.search(r",\s*$", opening) and re.match(r"(?:,[^,;.]{1,60},)?\s+(?:[a-z]+ly\s+)?[a-z]", self.masked[m.end:]):
                return True  # "…, Ann Lee(, her aunt,) paused": the one who answers
        if _ASKED_BEFORE.search(self.masked, sent[0], m.start) and _QUESTION_AFTER.match(self.masked, m.end):
            return True  # "Reporters asked Ann Roe whether she would appeal.": the one asked answers next
        if m.kind == "person" and " by " in self.masked[max(sent[0], m.start - 40):m.start] \
                and _AUTHORED_BY_BEFORE.search(self.masked, max(sent[0], m.start - 80), m.start):
            return True  # "The opinion, written by Judge Ann Roe, said …": the author speaks through her writing
        # ("Speaking outside the Harbor County Courthouse, Ann Roe said": the place in the opening is no subject)
        # ("After Judge Roe announced the sentence, Lee turned to the gallery.": nor is a name in a fronted clause)
        scene = _SCENE_OPENING.match(self.masked, sent[0], sent[1]) or FRONTED_PHRASE.match(self.masked, sent[0], sent[1])
        if scene and any(x.start == sent[0] + len(scene.group()) - len(scene.group().lstrip()) for x in self.mentions):
            scene = None  # ("Sterling Roe, her uncle, said": a name that happens to end in -ing opens the sentence)
        opens = scene.end() if scene and not _ASKED_OPENING.match(self.masked, sent[0]) \
            and any(scene.end() <= x.start < sent[1] and x.kind != "pronoun" for x in self.mentions) else sent[0]
        first = next((x for x in self.mentions if opens <= x.start < sent[1]
                      and not (x.kind == "pronoun" and x.possessive) and not self.is_agent(sent[0], x)), None)
        if first is m:
            return True
        # "The president of the union, Sgt. Ann Roe, said": the name in commas is the described subject
        if m.kind == "person" and _DESCRIBED_OPENING.fullmatch(self.masked, sent[0], m.start) \
                and re.match(rf",\s+(?:{ADVERB}\s+)?(?:{VERBS})\b", self.masked[m.end:m.end + 40]):
            return True
        # ("Roe's lawyer, public defender Ann Lee, is asking for five years. In her filing, she …": the same
        # described subject before any finite verb)
        if m.kind == "person" and _DESCRIBED_OPENING.fullmatch(self.masked, sent[0], m.start) \
                and _FINITE_AFTER_APPOSITIVE.match(self.masked, m.end, m.end + 40):
            return True
        if first is not None and first.kind == "pronoun":
            if re.search(r"^[A-Z][^,;]*,\s*$", self.masked[sent[0]:m.start]) \
                    and re.match(r"(?:,[^,;.]{1,60},)?\s+[a-z]", self.masked[m.end:]):
                # "Asked how she felt, Sandhu(, the victim's aunt,) smiled": the pronoun stands in the opening clause
                return True
            # "She told Orr she forgave him": the pronoun is the subject, the name only its object
            return bool(re.match(rf"\s+(?:{ADVERB}\s+)?(?:{VERBS})\b", self.masked[m.end:m.end + 40])) \
                and not self.reported(sent[0], m.start)
        first = next((x for x in self.mentions if opens <= x.start < sent[1] and x.kind != "pronoun"
                      and not self.is_agent(sent[0], x)), None)
        if first is m:
            return True
        if first is not None and first.possessive and first.end <= m.start \
                and _OWNED_RELATION.fullmatch(self.masked, first.end, m.start):
            # "Cole's mother, Ann Cole, spoke first" / "Cole's wife of 44 years, Ann Cole, spoke": the possessive only
            # describes the subject
            return True
        return bool(re.match(rf"\s+(?:{ADVERB}\s+)?(?:{VERBS})\b", self.masked[m.end:m.end + 40])) \
            and not self.reported(sent[0], m.start)


# The words of one judge's role: "the judge" may be a "Superior Court Judge", a "Supreme Court Justice", a magistrate
_SINGLE_JUDGE_WORDS = {"judge", "justice", "magistrate"}
# A government body named for justice, whose "justice" names no judge: "the Justice Department", "Ministry of Justice"
_JUSTICE_BODY = lazy_compile(r"\bjustice\s+(?:department|ministry)|\b(?:department|ministry)\s+of\s+justice")
# "Justice" as a word inside a body's capitalised name, no judge's: "director of the Elm Valley Justice Coalition"
_JUSTICE_IN_NAME = lazy_compile(r"\bJustice\s+(?=[A-Z])|(?<=\sfor\s)Justice\b")


# "Another Glenmore resident, " before a name: a second person of the role its last word names
_ANOTHER_OF_A_ROLE = lazy_compile(r"\b(?:[Aa]nother|[Aa]\s+second|[Oo]ne\s+other)\s+(?:[\w-]+\s+){0,3}?(?P<noun>[\w-]+),\s*$")


def _role_words(role: str) -> set[str]:
    """A role's lower-case words, less a "justice" that only names a body ("Justice Department", "Center for Justice
    Reform", "Elder Justice Coalition"): what tells a judge's role from another."""
    if "ustice" not in role:
        return set(role.lower().split())
    return set(_JUSTICE_BODY.sub(" ", _JUSTICE_IN_NAME.sub(" ", role).lower()).split())


def _role_gender(party: Party) -> str | None:
    """ "m"/"f" where the party's own role says it ("her father", "the victim's widow"), else None."""
    for role in party.roles:
        own = _role_own_words(role)
        words = set(re.findall(r"[a-z]+", own)) - {"his", "her", "hers", "their"}
        if words & MALE:
            return "m"
        if words & FEMALE:
            return "f"
    return None


def _person_gender(party: Party) -> str | None:
    """ "m"/"f" where the party's role says it, else where the given name does ("Bruce and Noreen Halverson": "Mrs
    Halverson" is Noreen)."""
    given = party.name.split()[0].lower() if len(party.name.split()) > 1 else ""
    return _role_gender(party) or ("m" if given in MALE_GIVEN_NAMES else "f" if given in FEMALE_GIVEN_NAMES else None)


def _role_own_words(role: str) -> str:
    """The words of a role that describe the person herself, lower-cased: what follows the last possessive ("Cole's
    wife", "her lawyer" name someone else's gender), and what comes before an "of" that names whom she is related to
    ("the sister of the boy's father" is a woman; "father" is the other person's relation)."""
    own = role.lower()
    if " of " in own:
        own = own.split(" of ")[0]
    return own.split("\u2019s ")[-1].split("'s ")[-1]


def _relative_of_own_surname(party: Party) -> bool:
    """Whether the person's role makes them a relative of someone of their own surname ("Hegarty's niece" for
    Ann Hegarty), whom a bare "Mr Hegarty" may then mean."""
    surname = _surname(party.name)
    return any(re.match(rf"(?:[A-Z][\w-]*\s+)*{re.escape(surname)}[\u2019']s\s", r) for r in party.roles)


def _numbered_pseudonym(speaker: str) -> bool:
    """ "Jane Doe 2": one person of several the court keeps anonymous (see _PSEUDONYM_NUMBER)."""
    designation, _, number = speaker.rpartition(" ")
    return number.isdigit() and designation.rpartition(" ")[2] in _PSEUDONYM_SURNAMES


def _surname(name: str) -> str:
    """ "Ann B. Roe Jr." -> "Roe": the word a story calls a person by on later mentions."""
    core = [w for w in name.split() if not re.fullmatch(r"[A-Z]\.|Jr\.?|Sr\.?|II|III", w)]
    return core[-1] if core else name


def _initials(name: str) -> str:
    """ "U.S. Department of Agriculture" -> "USDA": the capitals a short form is made of (not "of", "and", "the")."""
    return "".join(w[0] if not re.fullmatch(r"(?:[A-Z]\.)+", w) else w.replace(".", "")
                   for w in re.findall(r"[\w.&'\u2019-]+", name) if w[0].isupper())


def _plain_body(np: str) -> bool:
    """A capitalised run that can be a body's name: not "On Tuesday Lee" nor one ending on a function word."""
    words = np.split()
    return words[0] not in STOPWORDS and words[-1] not in STOPWORDS \
        and not any(w.strip(".,") in MONTHS_AND_DAYS for w in words)


# The sentence that introduces a Q/A transcript: who was spoken with or questioned ("spoke with Ann Roe",
# "questioned Ann Roe", "an interview with Ann Roe") answers; "Roe answered questions" makes the subject answer.
_QUESTIONING = frozenset({"questioned", "cross-examined", "asked", "pressed", "grilled"})
_ANSWERING = frozenset({"answered", "sat down", "spoke", "talked"})
_QA_INTRO = lazy_compile(r"\b(?P<verb>questioned|cross-examined|asked|pressed|grilled|interviewed|answered|sat down"
                       r"|spoke|talked)(?:\s+(?:with|to))?\s+|\b(?P<noun>interview|conversation)\s+with\s+")
# A business's unnamed voice by its generic noun: "a company spokesperson", "the firm's spokesman" is not this.
# An unnamed spokesperson of a body told by its kind in lower case: "a sheriff's office spokeswoman", "A police
# department spokesman" (two words; one, "a city spokeswoman", is read elsewhere)
_LOWER_BODY_SPOKES = lazy_compile(r"[\s,]*(?:[Aa]n?|[Tt]he)\s+(?P<voice>[a-z-]+(?:[\u2019']s)?\s+[a-z-]+\s+spokes(?:person|man|woman))[\s,]*")
_BUSINESS_SPOKES = lazy_compile(r"(?:[Aa]n?|[Tt]he)\s+(?P<noun>[Cc]ompany|[Ff]irm)\s+(?P<voice>spokes(?:person|man|woman))")
# An agency's spokesperson described first and named after a comma: "a spokeswoman for the office, Ann Roe"
_SPOKES_THEN_NAME = lazy_compile(r"\s*(?:[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+)?(?:spokes(?:person|man|woman)|representative"
                               r"|press\s+(?:officer|secretary))\s+(?:for|of|at|with)\s+[^,;]{1,80}?,\s+")
# Someone speaking for a named person: "a publicist for", "a spokeswoman for Gov." (the title is the person's)
_VOICE_FOR = lazy_compile(r"\s*(?:[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+)?(?P<noun>spokes(?:person|man|woman)|publicist|representative"
                         r"|press\s+secretary)\s+for\s+(?:(?:[A-Z][a-z]{1,4}\.|[A-Z][a-z]+)\s+)??")
# A newsroom's rule on naming, told between a described person and her words: "The AP does not generally identify"
_NAMING_POLICY = lazy_compile(r"\b(?:does|do|did)\s+not\s+(?:[a-z]+ly\s+)?(?:identify|name|publish\s+the\s+names?\s+of)\b")
# A client as a clause's subject, maybe reported by counsel: "his client", "Lee SC said that his client"
_COUNSELS_CLIENT = lazy_compile(r"(?:.*\b(?:said|says|told|agreed|argued|added|explained|noted|accepted)\s+)?(?:that\s+)?(?:[Hh]is|[Hh]er|[Tt]heir)\s+client")
_DEFENCE_COUNSEL = lazy_compile(r"\bdefen(?:ding|ce|se)\b|\bpublic\s+defender\b|\bfor\s+the\s+(?:accused|defendant)\b", re.I)
# Whose body it is, told before it: "the club's board of directors"
_THE_OWNER_BEFORE = lazy_compile(r"\b[Tt]he\s+(?P<noun>[a-z]+)[\u2019']s\s+$")
# Verbs a body's described name may run into: "the board of directors voted", "the board of trustees has"
_FINITE_AFTER_BODY = frozenset("has have had is was were voted agreed removed fired hired issued released".split())
_NAME_ONLY = lazy_compile(r"(?:(?:[A-Z][a-z]{1,4}\.)\s+)*(?P<name>[A-Z][a-z][\w'\u2019-]*(?:\s+[A-Z]\.)?\s+[A-Z][\w'\u2019-]+)")


def _described_after_from(text: str, at: int, end: int) -> re.Match[str] | None:
    """The unnamed person that "from" at `at` introduces, if a comma, a stop or their verb follows the description."""
    lead = _FROM.match(text, at, end)
    described = UNNAMED_NP.match(text, lead.end(), end) if lead else None
    return described if described and _DESCRIPTION_ENDS.match(text, described.end(), end) else None

"""Word lists and patterns of English news writing shared by the extractors (and by reconcile's charge merge).

These are general conventions (verbs of speech, titles, role nouns), never
names of a particular case.
"""
from __future__ import annotations

import re

from builder.extract._given_names import MORE_FEMALE_GIVEN_NAMES, MORE_MALE_GIVEN_NAMES
from builder.extract._regex import lazy_compile

# Verbs (and participles) that attribute speech or writing.
SPEECH_VERBS = frozenset("""
said says say saying told tells tell telling added adds adding continued continues wrote writes writing
stated states stating declared declares explained explains noted notes argued argues insisted insists
asked asks replied replies responded responds recalled recalls warned warns bellowed shouted yelled
cried screamed testified testifies admitted admits acknowledged acknowledges conceded concedes
claimed claims contended contends maintained maintains announced announces posted posts tweeted tweets
reported reports reiterated reiterates repeated repeats urged urges pleaded pleads called calls
described describes suggested suggests emphasized emphasised stressed stresses remarked remarks
observed observes commented comments agreed agrees predicted predicts promised promises vowed vows
lamented laments complained complains charged charges alleged alleges quipped joked whispered
read reads sobbed exclaimed announced recounted recounts told answered answers answer replies
write argue contend insist maintain allege acknowledge concede asserted asserts assert
""".split())  # (the plural present of the analysis register: "Prosecutors write that …", "his lawyers argue")

# Nouns for words someone produced: "his comments", "the statement reads".
SPEECH_NOUNS = frozenset("""
statement statements comment comments remark remarks words letter letters tweet tweets post posts
email emails message report reports filing filings papers documents testimony interview speech
response note memo release complaint motion brief
""".split())

# Document nouns that can themselves be the subject of an attribution ("the statement reads").
DOCUMENT_NOUNS = frozenset("statement letter report filing tweet post email release memo note complaint caption reply motion".split())

# Titles and ranks printed abbreviated before a name ("Sen. Ann Park", "said Ald. Ray Otero", "Cmdr. Bo Lee"): one list
# for the name pattern, the sentence ends and the speakers' cues. (There were five lists, and a title one of them lacked
# cut "said Ald. Marcus Reddick" to a speaker "Ald".)
TITLE_ABBREVIATIONS = tuple("Mr Mrs Ms Dr Gov Sen Rep Lt Sgt Gen Col Capt Maj Cpl Spc Pvt Pfc Adm Cmdr Cdr Insp Supt Det Rev "
                            "Prof Msgr Fr Hon Atty Asst Dist Tpr Dep Ofc Pres Ald Const Cst Brig Ens Amb Gda".split())  # ("Det Gda Ann Roe": Irish Garda)
# The other abbreviations inside names: "Martin Luther King Jr.", "St. Louis", "Mt. Vernon", "Ft. Myers"
NAME_ABBREVIATIONS = ("Jr", "Sr", "St", "Mt", "Ft")
# What may follow a surname and is never one: a generation ("Ed Lee Jr.", "Bo Roe III") or a British post-nominal
# ("Ann Roe KC")
NAME_SUFFIXES = frozenset("Jr Sr II III IV KC QC SC MP".split())


def surname_of(full_name: str) -> str:
    """The name a story calls a person by on later mentions: "Lee" of "Ed Lee Jr." and of "Ann Lee KC"."""
    words = full_name.split()
    while len(words) > 1 and words[-1].rstrip(".,") in NAME_SUFFIXES:
        words.pop()
    return words[-1] if words else full_name

# Titles and ranks written before a name ("Justice Danny Chun", "Army Colonel Jeffery Nance").
TITLE_WORDS = frozenset("""
Officer Officers Justice Judge Assemblyman Assemblywoman Assemblymember Councilman Councilwoman Councilmember
Senator Sen. Rep. Representative Congressman Congresswoman Governor Gov. Mayor President Vice Secretary
Attorney General District DA D.A. Prosecutor Detective Det. Sergeant Sgt. Lieutenant Lt. Colonel Col.
Captain Capt. Major Maj. Specialist Spc. Private Pvt. Corporal Cpl. Commander Chief Inspector Insp.
Deputy Assistant Commissioner Chairman Chairwoman Chair Dr. Mr. Mrs. Ms. Miss Rev. Reverend Prof.
Professor Sheriff Trooper Agent Special Superintendent Magistrate Chancellor Speaker Former Retired
Police Army Navy Marine Marines Air Force U.S. US State Federal Supreme Court Admiral Adm. General Gen.
Pastor Bishop Father Sister Rabbi Imam Minister Premier Prime Ambassador Sergeant-at-Arms Counsel
Defense Public Defender Juror First Class Staff Master Petty Circuit Appeals County City Police
Ex-Cop Cop Rookie Patrolman Patrolwoman Lawyer Executive Director
Constable Coroner Solicitor Barrister Councillor Alderman Marshal Warden Lord Lady Sir Dame
Leader Minority Majority Whip
Supervisor Trustee Selectman Selectwoman Treasurer Comptroller Auditor Administrator Clerk Ombudsman
Councilor Councilperson Alderwoman Alderperson Selectperson Freeholder Legislator Assemblyperson
Mr Mrs Ms Dr Det Con DCI PC Supt Insp Gda Garda
Lt Sgt Capt Cpl Col Maj Recorder
Msgr. Msgr Monsignor Fr. Hon. Honorable Atty. Asst. Dist. Tpr. Dep. Ofc. Pres.
""".split()) | {f"{abbreviation}." for abbreviation in TITLE_ABBREVIATIONS}

# Honorifics that make the next capitalised word a person's name even when alone.
HONORIFICS = frozenset("Mr. Mrs. Ms. Miss Dr. Prof. Rev. Msgr. Fr. Hon. Mr Mrs Ms Dr".split())  # British style drops the period

# Lower-case nouns that name a person's role, job or relation ("actress Lori Loughlin",
# "Liang's attorney", "her brother Moore Huffman").
ROLE_NOUNS = frozenset("""
attorney attorneys lawyer lawyers counsel prosecutor prosecutors defender judge justice officer officers
cop detective spokesman spokeswoman spokesperson director president chairman chairwoman founder
organizer organiser activist activists advocate leader member professor teacher student actor actress
star singer designer writer author journalist reporter editor producer director consultant tutor
psychiatrist psychologist doctor nurse expert analyst witness victim defendant suspect plaintiff
husband wife partner girlfriend boyfriend fiance fiancee friend brother sister son daughter mother
father parent parents uncle aunt cousin nephew niece grandmother grandfather widow widower neighbor
neighbour colleague coworker co-worker boss employer employee manager owner resident pastor
minister senator governor mayor official sergeant colonel captain lieutenant specialist soldier
veteran commander general chief sheriff agent investigator guru ringleader influencer
solicitor barrister coroner constable councillor campaigner charity spokesperson representative
bishop priest reverend rabbi imam deacon deaconess preacher
co-defendant codefendant accomplice co-conspirator developer contractor
engineer surgeon physician pilot driver clerk accountant pharmacist dentist therapist counselor trainer
coach banker broker executive administrator technician conductor mechanic paramedic firefighter trooper
bookkeeper treasurer caregiver podcaster blogger streamer comedian musician rapper athlete landlord
bartender waiter waitress receptionist cashier custodian janitor dispatcher
examiner marshal pathologist toxicologist medic deputy warden inspector auditor
garda accused
chair chairperson
""".split())

# Relations after which a lone first name is a person ("her daughter Sophia").
KIN_NOUNS = frozenset("""
husband wife partner girlfriend boyfriend fiance fiancee friend brother sister son daughter mother
father uncle aunt cousin nephew niece grandmother grandfather grandson granddaughter widow stepson
stepdaughter stepfather stepmother child baby
""".split())

# Singular nouns for a person the article describes without naming ("a man who answered the door",
# "one juror", "a bank cashier"); with ROLE_NOUNS and KIN_NOUNS they head an unnamed speaker's description.
UNNAMED_PERSON_NOUNS = frozenset("""
man woman person juror rep cashier clerk worker passenger driver customer patient bystander pedestrian
shopper motorist caller source teenager teen boy girl youth relative acquaintance classmate schoolteacher
employee volunteer parishioner congregant churchgoer tenant landlord guard inmate prisoner survivor
attendant stewardess steward lifeguard usher nanny babysitter housekeeper courier
""".split())

# Nouns that make a phrase a group speaker ("Huffman's lawyers", "the Gurley family").
GROUP_NOUNS = frozenset("""
family families lawyers attorneys prosecutors relatives supporters parents children defense
team office campaign
""".split())

# Capitalised words that begin sentences or headlines but never names.
STOPWORDS = frozenset("""
A An The This That These Those There Their They Them Then Than Thus Though Although But And Or Nor
So Yet For If When While Where Whereas Who Whom Whose What Which Why How After Before Since Until
Unless Because As At By In On Of To From With Without Within Into Onto Over Under About Above Below
Between Among Against During Despite Through Throughout Toward Towards Upon Also Even Still Just
Only Now Here Instead However Meanwhile Moreover Later Earlier Last Next First Second Third Both
Each Every Many Most Some Such No Not Neither Either One Two Three Four Five Six Seven Eight Nine Ten
He She It We You I His Her Its Our Your My Me Him Us Mine Yes Okay OK Today Tomorrow Yesterday Tonight
Asked Said Says According Like Unlike Along Around Near Outside Inside Beyond Via Per Please Is Are
Was Were Be Been Has Have Had Do Does Did Will Would Can Could Should Shall May Might Must Let
Mister Latest Breaking Update Updated Image Photo Video Watch Read Related Advertisement
Tearfully Reportedly Instead Overall Finally Once Whether Otherwise Anyone Someone Everyone Nobody
Several Few Any All Another Other Others Numerous Dozens Hundreds Thousands Various Multiple Certain
""".split())

MONTHS_AND_DAYS = frozenset("""
January February March April May June July August September October November December
Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec.
Monday Tuesday Wednesday Thursday Friday Saturday Sunday Christmas Easter Thanksgiving
""".split())

# Words that open place names ("East New York", "Fort Bragg", "St. Mary's").
PLACE_PREFIXES = frozenset("""
North South East West Northern Southern Eastern Western Upper Lower Downtown Uptown Midtown Central
Fort Ft. Mount Mt. Lake Port San Santa Los Las El Saint St. New Old Great Little Cape Glen Palm Grand Co Co. County
""".split())

# Last words of place, building and institution names.
PLACE_SUFFIXES = frozenset("""
Street St Avenue Ave Road Boulevard Blvd Lane Drive Place Square Park Bridge Houses House Hall
Building Tower Towers Center Centre Plaza Station Airport Prison Jail Courthouse Court Courts Hospital
School College University Academy Church Cathedral Mosque Temple County City Town Village State
States Island Islands Bay River Valley Heights Beach Hills Hill Harbor Harbour Coast Province
Region District Borough Parish Township Amendment Act Law Bill Code Clause Day Week Month Year
Project Projects Program Room Floor Base Camp Office Cup Games Awards Prize One Two
Parkway Highway Freeway Expressway Turnpike Interstate Route Terrace
""".split())

# Words that make a capitalised phrase an organisation.
ORG_WORDS = frozenset("""
Department Authority Association Communities Community Coalition Union Council Committee Foundation
Organization Organisation Agency Bureau Commission Board Institute Alliance League Society Party
Company Corporation Corp. Inc. LLC Ltd. Group Network Fund Trust Services Service Administration
Ministry Federation Caucus Movement Project Center Centre Command Corps
Pharmacy Clinic Bank Store Stores Market Restaurant Bakery Cafe Diner Motors Realty Construction Holdings
Partners Industries Enterprises Logistics Farms Salon Studio Studios Guild Chapter
Capital Ventures Inc FC AFC LLP PLC
Fellowship Ministries Chapel Tabernacle Congregation Synagogue Diocese Archdiocese
Team Unit Squad Taskforce Division Section
Consulate Embassy
Lottery Patrol Railroad Airlines
Institutes Protection Conference
Collective Cooperative Consulting Trading Investigations Mart Storage
Management
Air Airways Aviation
Refuge Shelter
""".split())

# A role two relatives share ("Milo's parents, Ismay and Aldo Cole"): her own role ("Milo's mother") says it better.
SHARED_KIN = lazy_compile(r"\b(?:parents|grandparents|children|siblings|sons|daughters|brothers|sisters)$")

# One-word names of U.S. states: a place, never a person alone ("at Fort Cavazos, Texas, says the sergeant ...")
US_STATES = frozenset("""
Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana
Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska
Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming
""".split())

# Words of news outlets; an outlet is a source, never a party.
OUTLET_WORDS = frozenset("""
News Post Times Press Journal Tribune Herald Gazette Daily Telegraph Guardian Reuters AP AFP CNN NBC
ABC CBS BBC NPR PBS Fox MSNBC Bloomberg Politico Salon Slate Wire Magazine Radio Television TV
Newsday Observer Chronicle Inquirer Examiner Globe Star Sun Mirror Independent Economist Atlantic
Axios Vox Insider HuffPost Yahoo Time Newsweek Associated Twitter Facebook Instagram Investigates I-Team
""".split())

# Closed-class words that never modify a role noun ("with his friend" is not a role).
FUNCTION_WORDS = frozenset("""
a an the and or but nor of to for by with without was is were are be been being as at in on from into
onto over under before after during since until while when where who whom whose which that this these
those than then there here not no also even just only very so such about against among between
through via per like unlike than both either neither each every some any all most many much more
less few other another same its his her their our your my has have had do does did will would can
could should may might must shall including
""".split())

# Plural nouns for people in general that open sentences ("Campaigners say", "Folks called him").
PEOPLE_NOUNS = frozenset("""
folks people residents locals neighbors neighbours villagers critics experts officials witnesses
campaigners protesters activists supporters relatives friends parents victims jurors prosecutors
investigators authorities detectives officers deputies lawmakers legislators members voters
""".split())

# Party affiliations, which describe a person ("the Democrat said") but never are one ("Texas Republican").
AFFILIATIONS = frozenset("Democrat Democrats Republican Republicans Libertarian Libertarians".split())

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
LOCATIVE_PREPOSITIONS = frozenset("in at near from outside across throughout around into inside of to toward towards".split())

# One capitalised token of a name: a word, an initial ("H."), an abbreviation ("Dr.", "U.S.").
NAME_TOKEN = (
    r"(?:(?:" + "|".join(TITLE_ABBREVIATIONS + NAME_ABBREVIATIONS) + r")\."
    r"|(?:[A-Z]\.){2,}|[A-Z]\.(?=\s[A-Z])|(?<=[a-z]\s)[A-Z]\.(?=,|\s[a-z])"  # "Dana K., 30," an anonymised name
    # ("O'Brien", "D'Arcy"; never a contraction, "He'd", "She'll", "Don't", nor a possessive)
    r"|[A-Z][a-zA-Z\u00c0-\u024f]*(?:-[A-Za-z\u00c0-\u024f]+|[\u2019'](?!(?:s|d|ll|re|ve|m|t)\b)[A-Za-z\u00c0-\u024f]+)*"
    r"(?:(?<=s)[\u2019'](?=\s[A-Z]))?"  # "Officers' Association": a plural possessive inside a body's name
    # ("Women's Refuge", "Children's Hospital": an irregular plural's possessive inside a body's name)
    r"(?:(?:(?<=Women)|(?<=Children)|(?<=Men)|(?<=People))[\u2019']s(?=\s[A-Z][a-z]))?)"
)
# A run of capitalised tokens, possibly joined by name particles or "of".
NAME_RUN = lazy_compile(
    rf"(?<![\w\u2019'./-]){NAME_TOKEN}(?:\s(?:(?:de\sla|de\slos|de\slas|van\sder|van\sden|van\sde|von\sder|de|da|del|della|di|dos|das|van|von|der|den|bin|al|la|le|du|of|of\sthe)\s)?(?!No\.\s\d){NAME_TOKEN})*"
    # "Capital City Lodge No. 9", "Police Lodge 41": a numbered lodge or chapter keeps its number
    r"(?:\sNo\.\s\d+\b|(?:(?<=Lodge)|(?<=Council))\s\d+\b(?![.,]\d))?"
)

# Words that make a count of its own of the offence they govern: "conspiracy to commit wire fraud" beside "wire
# fraud", "attempted murder" beside "murder" (where "second-degree murder" only tells "murder" more exactly).
INCHOATE_OFFENCE = lazy_compile(r"\b(?:conspiracy|conspiring|attempt(?:ed|ing)?|solicitation|soliciting|aiding|abetting"
                              r"|accessory)\b", re.I)

# Custodial sentences the law names, a fact of their own beside the lengths that make them up: "extended custodial
# sentence", "extended determinate sentence", "sentence of imprisonment for public protection", "detention and training
# order" (the term patterns that read them are in _term_phrases)
LAW_NAMED_SENTENCE = lazy_compile(r"\b(?:extended|indeterminate|special)\s+(?:custodial|determinate)\s+sentence"
                                  r"|\bimprisonment\s+for\s+(?:the\s+)?public|\bdetention\s+and\s+training\s+order", re.I)

# Given names that US and UK newsrooms' readers take as a man's or a woman's without a second thought (only names
# rarely given to the other sex; "Jordan", "Taylor", "Casey" and the like stay out). A weak mark: an article's own
# he/she, Mr./Ms. or "his wife" outrank it.
MALE_GIVEN_NAMES = frozenset("""
aaron adam alan albert alexander andrew anthony arthur austin barry ben benjamin bernard bill billy bob bobby
brad bradley brandon brent brett brian bruce bryan calvin carl carlos charles chad christopher clarence clifford
cody colin craig curtis dale dan daniel danny darrell darren david dean dennis derek derrick don donald douglas duane
dustin dwayne earl eddie edward eric ernest eugene frank fred frederick gary george gerald glenn gordon greg
gregory harold harry henry howard jack jacob james jason jeff jeffrey jeremy jerry jesse jim jimmy joe joel john
johnny jonathan jose joseph joshua juan justin keith kenneth kevin kurt kyle larry lawrence leon leonard lloyd
louis luis marcus mario mark martin marvin matthew maurice michael mike mitchell nathan neil nicholas norman oscar
patrick paul peter philip phillip ralph randall randy raymond ricardo richard rick ricky robert rodney roger ronald
ross roy russell ryan samuel scott sean shane shawn stanley stephen steve steven stuart ted thomas timothy tim
todd tom tommy tony travis troy tyler vernon victor vincent walter wayne wesley william willie zachary
niall declan conor ciaran eoin liam seamus fergal rory ronan cathal padraig dermot gareth graham nigel ian iain
alastair alasdair angus hamish callum darragh owen rhys gavin hugh kieran malcolm neville trevor gerard
""".split()) | MORE_MALE_GIVEN_NAMES  # (with the names British, Irish and Australian courts' reports bring: "Det Gda Niall Roe")
FEMALE_GIVEN_NAMES = frozenset("""
alice alicia allison amanda amber amy andrea angela anita ann anna anne annie april ashley audrey barbara beatrice
becky beth betty beverly bonnie brenda brittany carla carmen carol caroline carolyn catherine cheryl christina
christine cindy claire claudia colleen connie crystal cynthia danielle darlene dawn debbie deborah debra denise
diana diane donna doris dorothy edith elaine eleanor elizabeth ellen emily emma erica erin esther evelyn florence
gail gina gloria grace heather heidi helen holly irene jacqueline jane janet janice jasmine jeanne
jennifer jessica jill joan joanne josephine joy joyce judith judy julia julie karen katherine kathleen kathryn kathy
katie kimberly kristen laura lauren linda lisa lois lori lorraine louise lucy marcia margaret maria marie
marilyn martha mary megan melanie melissa michelle monica nancy natalie nicole norma olivia pamela patricia
paula peggy phyllis rachel rebecca regina renee rhonda rita roberta rosa rose ruth sally samantha sandra sara sarah
sharon sheila shirley sonia stacy stephanie sue susan suzanne sylvia tamara tammy teresa theresa tiffany tina 
valerie vanessa veronica victoria virginia vivian wanda wendy yolanda yvonne
helena fiona siobhan aoife niamh sinead orla una imelda philippa gemma hannah chloe sophie charlotte harriet eileen
maureen bridget deirdre ciara grainne abigail alexandra hazel joanna kirsty lydia miriam nora penelope rosemary tracey
""".split()) | MORE_FEMALE_GIVEN_NAMES


# Given names and their short forms: "Ronald Vick" and "Ronnie Vick" are one person, in one story or across two.
_HYPOCORISTICS = {
    "Abigail": "Abby Gail", "Albert": "Al Bert Bertie", "Alexander": "Alex Al Sandy Xander", "Alexandra": "Alex Sandra Sandy Lexi",
    "Alfred": "Al Alf Fred Freddie", "Andrew": "Andy Drew", "Anthony": "Tony", "Arthur": "Art Artie", "Barbara": "Barb Barbie",
    "Benjamin": "Ben Benny Benji", "Bradley": "Brad", "Catherine": "Cathy Kate Katie Cat", "Charles": "Charlie Chuck Chas",
    "Christina": "Chris Tina Chrissy", "Christine": "Chris Tina Chrissy", "Christopher": "Chris Topher Kit", "Cynthia": "Cindy",
    "Daniel": "Dan Danny", "David": "Dave Davey", "Deborah": "Deb Debbie Debra", "Donald": "Don Donnie", "Dorothy": "Dot Dottie",
    "Douglas": "Doug", "Edward": "Ed Eddie Ned Ted", "Elizabeth": "Liz Lizzie Beth Betsy Betty Eliza Libby", "Eugene": "Gene",
    "Frances": "Fran Frannie", "Francis": "Frank Fran", "Franklin": "Frank", "Frederick": "Fred Freddie", "Gerald": "Gerry Jerry",
    "Gregory": "Greg", "Harold": "Hal Harry", "Henry": "Hank Harry", "Jacob": "Jake", "James": "Jim Jimmy Jamie",
    "Janet": "Jan", "Jeffrey": "Jeff", "Jennifer": "Jen Jenny Jenn", "Jessica": "Jess Jessie", "John": "Jack Johnny",
    "Jonathan": "Jon Jonny", "Joseph": "Joe Joey", "Joshua": "Josh", "Judith": "Judy", "Katherine": "Kate Katie Kathy Kat Kay",
    "Kathleen": "Kathy Kate Katie", "Kenneth": "Ken Kenny", "Lawrence": "Larry", "Leonard": "Len Lenny Leo", "Margaret": "Maggie Meg Peggy Marge",
    "Matthew": "Matt", "Michael": "Mike Mikey Mick", "Nathaniel": "Nate Nat", "Nicholas": "Nick Nicky", "Patricia": "Pat Patty Trish",
    "Patrick": "Pat Paddy", "Peter": "Pete", "Philip": "Phil", "Phillip": "Phil", "Rebecca": "Becky Becca", "Richard": "Rick Ricky Dick Rich",
    "Robert": "Bob Bobby Rob Robbie Bert", "Ronald": "Ron Ronnie", "Samuel": "Sam Sammy", "Stephen": "Steve Stevie",
    "Steven": "Steve Stevie", "Susan": "Sue Susie", "Theodore": "Ted Teddy Theo", "Thomas": "Tom Tommy", "Timothy": "Tim Timmy",
    "Victoria": "Vicky Tori", "Walter": "Walt Wally", "William": "Bill Billy Will Willie Liam",
}
SHORT_FORMS = {name: frozenset(forms.split()) for name, forms in _HYPOCORISTICS.items()}


def same_given_name(a: str, b: str) -> bool:
    """Whether two given names are one person's: a name and its short form, or two short forms of one name."""
    if a == b:
        return True
    if b in SHORT_FORMS.get(a, ()) or a in SHORT_FORMS.get(b, ()):
        return True
    return any(a in forms and b in forms for forms in SHORT_FORMS.values())


_PAROLE_NAMED = lazy_compile(r"\bparole\b|\brelease\b|\bextended\s+supervision\b", re.I)
_PAROLE_DENIED = lazy_compile(r"\bwithout\b|\bwith\s+no\b|\bno\s+(?:chance|possibility)\b", re.I)


def parole_differs(a: str, b: str) -> bool:
    """Two life terms that say opposite things of release: "life without the possibility of parole" for one degree of
    murder and "life with parole eligibility after 15 years" for another are two terms, not one told twice."""
    return bool(_PAROLE_NAMED.search(a) and _PAROLE_NAMED.search(b)
                and bool(_PAROLE_DENIED.search(a)) != bool(_PAROLE_DENIED.search(b)))


# Someone charged in the same case, in the words of US and of British and Commonwealth reports ("his co-defendant",
# "a co-accused", "an accomplice"); the sentencing, charges and defendant stages all tell them from the defendant.
CO_DEFENDANT = r"(?:co-?(?:defendant|conspirator|offender)s?|co-?accused|accomplices?)"

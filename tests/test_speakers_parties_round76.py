"""Speakers and parties, round 76: a body's name never runs past a full stop, "her office" is the office of the
official just named, a wire dateline closed by a spaced hyphen, "U.S." or a place before "prosecutors", a
politician called by party or age, "their" after a client's lawyers, a body's own name for a practice, a
thousands comma inside an appositive, an unnamed judge opening the sentence, "the deputy's widow", a list of the
dead, and a town's police before an officer's rank. All texts invented."""
from tests.helpers import C, O, party_roles, quotes_of, speaker_in

LEDE = "A former clerk was sentenced on Tuesday after pleading guilty in federal court.\n\n"


def test_a_body_name_never_crosses_a_full_stop():
    text = LEDE + ("Harbor Patrol Service did not respond to a request for comment Monday. In a statement after the "
                   f"arrest, the agency said it {O}expects the highest conduct from every officer.{C}\n")
    assert speaker_in(text, "highest conduct") == "Harbor Patrol Service"
    other = LEDE + ("The Elm Valley Transit Authority declined to comment Thursday. Last year, the agency said it "
                    f"{O}will cooperate fully with investigators.{C}\n")
    assert speaker_in(other, "cooperate fully") == "Elm Valley Transit Authority"


def test_her_office_is_the_office_of_the_titled_official():
    text = LEDE + ("U.S. Attorney Marisol Quent did not attend the hearing. Her office later released a statement.\n\n"
                   f"{O}Public trust is not for sale,{C} the statement said.\n")
    assert "Attorney\u2019s Office" in speaker_in(text, "not for sale")
    other = LEDE + ("District Attorney Bram Tolliver was not in court. His office said in a statement that the "
                    f"sentence was {O}a fair result for the victims.{C}\n")
    assert "District Attorney" in (speaker_in(other, "fair result") or "")
    assert "His office" != speaker_in(other, "fair result")


def test_wire_dateline_and_place_before_prosecutors():
    text = ("BOSTON, May 2 (Reuters) - U.S. prosecutors on Tuesday asked a federal judge to sentence Corwin Lask, "
            f"founder of the failed lender Brightvale, to 30 years in prison, calling his scheme {O}a fraud of "
            f"staggering size.{C}\n\nLask pleaded guilty in June.\n")
    assert speaker_in(text, "staggering size") == "prosecutors"
    other = ("Manhattan federal prosecutors asked a judge to sentence Dov Arkwright to 12 years, calling his "
             f"conduct {O}greed without limit.{C}\n\nArkwright pleaded guilty last year.\n")
    assert speaker_in(other, "greed without limit") == "prosecutors"


def test_a_politician_called_by_party_or_age():
    text = ("A former state senator was sentenced Friday to two years in prison for taking bribes.\n\n"
            "Former state Sen. Harlow Pennick stood before Judge Ines Marchetti and apologized.\n\n"
            f"{O}I failed the people who trusted me,{C} the Kent County Democrat said.\n\n"
            f"Pennick, 58, will report to prison in May. {O}I will carry this forever,{C} the 58-year-old told reporters.\n")
    assert speaker_in(text, "failed the people") == "Harlow Pennick"
    assert speaker_in(text, "carry this forever") == "Harlow Pennick"
    other = ("A former congressman was sentenced Monday for misusing campaign money.\n\n"
             "Ex-Rep. Odell Vantrease told Judge Mira Castellane he had no excuse.\n\n"
             f"{O}I let my family live beyond our means,{C} the former congressman said.\n")
    assert speaker_in(other, "beyond our means") == "Odell Vantrease"


def test_their_after_the_clients_lawyers():
    text = LEDE + (f"{O}He lied for years,{C} prosecutors wrote.\n\n"
                   "Tamsin Orrell\u2019s attorneys are asking for four years. In their filing, they describe a woman "
                   f"who, in their words, {O}panicked and then could not stop.{C}\n")
    assert speaker_in(text, "could not stop").endswith("Orrell\u2019s attorneys")
    other = LEDE + (f"{O}This was theft,{C} prosecutors said.\n\n"
                    "Bennet Cray\u2019s lawyers filed a memo Monday. In their memo, they said he was "
                    f"{O}a good man who made a terrible choice.{C}\n")
    assert speaker_in(other, "terrible choice").endswith("Cray\u2019s lawyers")


def test_a_bodys_own_name_for_a_practice_is_no_quote():
    text = LEDE + ("The recruit died after hours of what the Coast Guard calls \u201cremedial drills\u201d in the sun. "
                   "Prosecutors said the session was illegal.\n")
    assert not any("remedial drills" in q for q, _ in quotes_of(text))
    other = LEDE + ("Inmates were held for days in what the department calls \u201ccourtesy holds\u201d before any "
                    "hearing.\n")
    assert not any("courtesy holds" in q for q, _ in quotes_of(other))


def test_a_thousands_comma_inside_an_appositive():
    text = LEDE + ("Larkmoor College, a private school of about 3,100 students, said in a statement that it had "
                   f"{O}tightened every admissions review{C} since the case.\n")
    assert speaker_in(text, "tightened every") == "Larkmoor College"
    other = LEDE + ("Pinecrest Mutual, an insurer with 12,500 members, said it was "
                    f"{O}relieved the case is over.{C}\n")
    assert speaker_in(other, "relieved the case") == "Pinecrest Mutual"


def test_an_unnamed_judge_opening_the_sentence_is_the_judge():
    text = ("Ada Brill, 38, stole from her employer.\n\n"
            "On Friday, a Lake County Circuit Court judge sentenced Brill to 15 years in prison, calling the case "
            f"{O}a betrayal of trust.{C}\n\nCircuit Judge Nessa Okoro said Brill had shown no remorse.\n")
    assert speaker_in(text, "betrayal of trust") == "Nessa Okoro"
    other = ("Colm Rudd, 51, embezzled from a church.\n\n"
             "A Marsh County Superior Court judge gave Rudd six years, calling the theft "
             f"{O}cold and patient.{C}\n\nSuperior Court Judge Tobias Wren ordered restitution.\n")
    assert speaker_in(other, "cold and patient") == "Tobias Wren"


def test_the_role_holders_relative():
    text = (f"{O}He told me to keep the porch light on,{C} the trooper\u2019s widow told the court.\n\n"
            "Trooper Ansel Pryde was killed in 2023 when a drunk driver hit his cruiser. Judge Hal Merrow imposed "
            "the sentence.\n\nPryde\u2019s widow, Corinne Pryde, said she still waits for him.\n")
    assert speaker_in(text, "porch light") == "Corinne Pryde"
    other = (f"{O}She never missed a game,{C} the officer\u2019s father said.\n\n"
             "Officer Lena Brask died in the crash. Judge Hal Merrow presided.\n\n"
             "Brask\u2019s father, Emil Brask, spoke at the hearing.\n")
    assert speaker_in(other, "never missed") == "Emil Brask"


def test_a_list_of_the_dead():
    roles = party_roles("A gunman who opened fire at a high school was sentenced Monday to life in prison.\n\n"
                        "Killed were Nora Vell, 16; Tobin Ashe, 14; and Lila Quorn, 15. Two others were hurt.\n")
    assert roles.get("Lila Quorn") == ["killed"]
    assert roles.get("Nora Vell") == ["killed"]
    other = party_roles("A driver was sentenced Monday for a crash on the interstate.\n\n"
                        "The dead were identified as Peri Lusk, 44, and Owen Tarrant, 19.\n")
    assert other.get("Owen Tarrant") == ["killed"]


def test_a_towns_police_before_an_officers_rank():
    text = LEDE + f"{O}He chose to run,{C} Tarrow police Sgt. Ines Vauda said at a news conference.\n"
    assert "Tarrow police" in party_roles(text)
    assert speaker_in(text, "chose to run") == "Ines Vauda"
    other = LEDE + ("Corley police Detective Amos Threlkeld said the video settled it. Most cases, he said, "
                    f"{O}come down to a guess.{C}\n")
    assert "Corley police" in party_roles(other)
    assert speaker_in(other, "down to a guess") == "Amos Threlkeld"


def test_a_trailing_attribution_gives_no_role_to_the_noun_before_it():
    roles = party_roles("A former officer was sentenced Monday to five years in prison for beating a driver, Judge "
                        "Petra Lorne ruled.\n\nThe officer, Vance Hollis, apologized.\n")
    assert "a driver" not in roles.get("Petra Lorne", [])
    other = party_roles("A nurse was sentenced to two years for stealing from a patient, Judge Hal Merrow said.\n\n"
                        "The nurse, Ida Fenwick, apologized.\n")
    assert "a patient" not in other.get("Hal Merrow", [])

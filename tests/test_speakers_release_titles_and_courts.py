"""Speakers in press-release-built local coverage and in appeal stories: long release titles before a name, a body
whose relative clause names places or people, "the department said" after several bodies, the person a statement
quotes, an unnamed witness described by their job, a speech verb inside a relative clause, "they" after two named
co-authors, a relation with a phrase after it ("his wife of 30 years, …"), an appeal court's "the court wrote",
and a lede that names a relative two paragraphs on. Each convention has paraphrases and a near miss. Short texts
written for these tests, with invented names."""
from __future__ import annotations

from tests.helpers import quotes_of as _quotes_of, speaker_in

LEDE = "A former loan officer, Tobias Quenneville, was sentenced Tuesday to five years in prison for bank fraud.\n\n"


def quotes_of(body: str) -> list[tuple[str, str | None]]:
    return _quotes_of(LEDE + body, "Loan officer sentenced for fraud")


def speaker_of(body: str, words: str) -> str | None:
    return speaker_in(LEDE + body, words, "Loan officer sentenced for fraud")


def test_a_long_release_title_before_a_name_is_that_person_for_every_quote():
    district = ("\"Greed has a price,\" said Acting United States Attorney for the Western District of Iowa Mirela "
                "Anstey-Cole. \"He will pay it.\"\n")
    assert speaker_of(district, "Greed has a price") == "Mirela Anstey-Cole"
    assert speaker_of(district, "He will pay it") == "Mirela Anstey-Cole"
    field = ("The FBI said in a statement that agents had watched the accounts for a year.\n\n"
             "\"We followed every dollar,\" said FBI Omaha Special Agent in Charge Lucan Ferris.\n")
    assert speaker_of(field, "followed every dollar") == "Lucan Ferris"
    office = ("\"No one is above the law,\" said U.S. Department of Labor Office of Inspector General Special Agent "
              "in Charge Petra Vold.\n")
    assert speaker_of(office, "above the law") == "Petra Vold"
    # near miss: the agency speaking on its own is the agency
    agency = "\"We followed every dollar,\" the FBI said in a statement.\n"
    assert speaker_of(agency, "followed every dollar") == "FBI"


def test_a_body_speaks_past_a_relative_clause_that_names_places_or_people():
    office = ("The FBI's Omaha Field Office, which worked the case with police in Bellmont, Carrow and Wick, said "
              "in a statement that fraudsters \"always leave a trail.\"\n")
    assert speaker_of(office, "always leave a trail") == "FBI's Omaha Field Office"
    bank = ("Harlan Trust Bank, which has branches in Marlo, Pike City and Dunning, said in an email that "
            "\"our customers were made whole.\"\n")
    assert speaker_of(bank, "customers were made whole") == "Harlan Trust Bank"
    sheriff = ("The Teague County Sheriff's Office, which took over the case from Chief Omar Lisk, said "
               "\"the paperwork told the whole story.\"\n")
    assert "Teague County Sheriff" in (speaker_of(sheriff, "paperwork told") or "")
    owned = ("The FBI's Omaha Field Office, which worked with police in Bellmont and Wick, said fraudsters \"rarely "
             "stop at one bank.\"\n")
    assert speaker_of(owned, "rarely stop") == "FBI's Omaha Field Office"
    # near miss: a person described by a relative clause that gives her name is that person
    person = ("The victim's aunt, who asked to be identified only by her first name, Greta, because of threats, "
              "said the sentence was \"far too light.\"\n")
    assert speaker_of(person, "far too light") == "Greta"


def test_the_department_is_the_one_that_just_issued_a_statement():
    latest = ("The Rennick Police Department said in a news release that officers made the arrest.\n\n"
              "The state Department of Financial Institutions said in a statement that it had revoked his license.\n\n"
              "\"Consumers deserve honest lenders,\" the department said.\n")
    assert speaker_of(latest, "honest lenders") == "Department of Financial Institutions"
    club = ("The Teague County Sheriff's Office said in a news release that deputies found the ledger.\n\n"
            "The Wick Harriers, a youth running club, said in a statement that it had cut ties with him.\n\n"
            "\"We are heartbroken,\" the club said.\n")
    assert speaker_of(club, "heartbroken") == "Wick Harriers"
    quoting = ("The U.S. Attorney's Office released a statement after the hearing.\n\n"
               "\"This was theft dressed up as banking,\" the statement said, quoting Special Agent in Charge Ilse "
               "Moravik of HSI.\n")
    assert speaker_of(quoting, "theft dressed up") == "Ilse Moravik"
    # near miss: a statement that quotes nobody stays with its issuer
    plain = ("The Rennick Police Department said in a news release that officers made the arrest.\n\n"
             "\"Officers acted quickly,\" the department said.\n")
    assert speaker_of(plain, "acted quickly") == "Rennick Police Department"


def test_an_unnamed_witness_described_by_a_job_keeps_their_words():
    teller = ("One teller, a 31-year-old mother from Wick, told the court she still cannot walk into a bank. "
              "\"I froze,\" she said.\n")
    assert speaker_of(teller, "I froze") == "one teller"
    waiter = ("A waiter who served him that night, now a college student, testified he saw the envelope. "
              "\"It was thick with cash,\" he said.\n")
    assert "waiter" in (speaker_of(waiter, "thick with cash") or "")
    bartender = ("One bartender, a father of two, told the judge he lost his savings. \"I trusted him,\" he said.\n")
    assert "bartender" in (speaker_of(bartender, "I trusted him") or "")
    # near miss: a "she" after a man described by his job is not him (nor the male defendant)
    other = ("Prosecutor Dana Hale spoke first. One bartender, a father of two, testified briefly.\n\n"
             "\"He stole from everyone,\" she said.\n")
    assert speaker_of(other, "stole from everyone") == "Dana Hale"


def test_a_speech_verb_in_a_relative_clause_belongs_to_the_person_before_it():
    agent = ("The release quoted Special Agent in Charge Noor Pavic of the SBA's Office of Inspector General, who "
             "said the verdict \"protects every honest borrower.\"\n")
    assert speaker_of(agent, "honest borrower") == "Noor Pavic"
    detective = ("The case was investigated by Det. Sgt. Anselm Ryle of the Wick Police Department, who told "
                 "reporters that \"the ledger did the talking.\"\n")
    assert speaker_of(detective, "ledger did the talking") == "Anselm Ryle"
    bishop = ("The hearing also drew Bishop Corin Achtmann of the Wick Diocese, who added that \"forgiveness is not "
              "the same as excuse.\"\n")
    assert speaker_of(bishop, "forgiveness is not") == "Corin Achtmann"
    long_body = ("The statement quoted Inspector in Charge Abel Ruiz of the U.S. Postal Inspection Service's Denver "
                 "Division, who said the sentence \"ends a long con.\"\n")
    assert speaker_of(long_body, "ends a long con") == "Abel Ruiz"
    # near miss: a person whose relative clause merely mentions the defendant is still the speaker
    sergeant = "Sgt. Ola Brun, who interviewed Quenneville twice, said \"he never once looked away.\"\n"
    assert speaker_of(sergeant, "never once looked away") == "Ola Brun"


def test_they_after_two_named_coauthors_is_the_first_named():
    memo = ("\"He lied to the bank for years,\" Assistant U.S. Attorneys Wilma Okonwe and Ross Tennant wrote. The "
            "loans cost Harlan Trust Bank and the Small Business Administration $1.2 million.\n\n"
            "They also called his account \"a story that changed every time.\"\n")
    assert speaker_of(memo, "changed every time") == "Wilma Okonwe"
    defence = ("\"He has repaid what he could,\" defense attorneys Lise Marr and Colm Dwyer argued in a filing.\n\n"
               "They described his remorse as \"real and lasting.\"\n")
    assert speaker_of(defence, "real and lasting") == "Lise Marr"
    jurors = ("\"Five years is enough,\" Prosecutors Ines Vale and Tam Onwuachi told the judge.\n\n"
              "They added that he had shown \"not one ounce of candor.\"\n")
    assert speaker_of(jurors, "ounce of candor") == "Ines Vale"
    memo = ("Assistant U.S. Attorneys Wilma Okonwe and Ross Tennant, in a 30-page memo, wrote that he \"lied to "
            "everyone who asked.\"\n\nThe loans were backed by the Small Business Administration.\n\n"
            "They called his remorse \"a performance.\"\n")
    assert speaker_of(memo, "lied to everyone") == "Wilma Okonwe"
    assert speaker_of(memo, "a performance") == "Wilma Okonwe"
    # near miss: a body opening a later sentence is the one "they" means
    body = ("\"He lied to the bank for years,\" prosecutors Wilma Okonwe and Ross Tennant wrote.\n\n"
            "The Wick Police Department also weighed in. They called the scheme \"brazen and patient.\"\n")
    assert speaker_of(body, "brazen and patient") != "Wilma Okonwe"


def test_a_relation_with_a_phrase_after_it_is_the_name_in_commas():
    wife = ("Quenneville's wife of 30 years, Maren Quenneville, asked for mercy. \"He is a good man who did a bad "
            "thing,\" she said.\n")
    assert speaker_of(wife, "good man who did") == "Maren Quenneville"
    sister = "His sister from Toledo, Ilka Brandt, said \"we will wait for him.\"\n"
    assert speaker_of(sister, "wait for him") == "Ilka Brandt"
    aunt = ("His aunt on his mother's side, Vera Holm, read a statement: \"He raised his brothers when no one else "
            "would.\"\n")
    assert speaker_of(aunt, "raised his brothers") == "Vera Holm"
    # near miss: with no name in commas, the relation speaks
    unnamed = "Quenneville's wife of 30 years read a statement: \"He is a good man who did a bad thing.\"\n"
    assert "wife" in (speaker_of(unnamed, "good man who did") or "")


def test_the_court_after_an_appeal_court_is_that_court_not_the_trial_judge():
    division = ("Quenneville was convicted before Judge Alma Stroud, who called him \"unrepentant.\"\n\n"
                "In a six-page decision, the Appellate Division, Third Department, ordered a new hearing.\n\n"
                "\"The record does not support the enhancement,\" the court wrote.\n")
    assert speaker_of(division, "record does not support") == "Appellate Division, Third Department"
    circuit = ("Judge Alma Stroud imposed the sentence in 2022.\n\n"
               "The 8th U.S. Circuit Court of Appeals upheld it on Friday.\n\n"
               "\"The district court acted within its discretion,\" the court said.\n")
    assert "8th U.S. Circuit" in (speaker_of(circuit, "within its discretion") or "")
    majority = ("Judge Alma Stroud presided at trial.\n\n"
                "The Iowa Supreme Court reversed the conviction in a 4-3 ruling.\n\n"
                "\"The jury was misled,\" the majority concluded.\n")
    assert speaker_of(majority, "jury was misled") == "Iowa Supreme Court"
    # near miss: with no appeal court named, the court is the trial judge
    trial = ("Judge Alma Stroud imposed the sentence.\n\n"
             "\"The loss was staggering,\" the court said.\n")
    assert speaker_of(trial, "loss was staggering") == "Alma Stroud"


def test_a_relative_described_in_a_lede_is_the_one_named_later_with_that_relation():
    mother = ("The mother of a man who lost his farm in the scheme told the judge she would \"never see that land "
              "again.\"\n\nQuenneville, 52, must also repay $1.2 million.\n\n"
              "Hedda Lorne, whose son lost the family farm in 2021, asked for the maximum.\n")
    assert speaker_of(mother, "never see that land") == "Hedda Lorne"
    father = ("The father of a woman who lost her savings told the court he \"stopped trusting banks that day.\"\n\n"
              "Quenneville, 52, must also repay $1.2 million.\n\n"
              "Arvid Tamm, whose daughter Lise was 26, spoke for ten minutes.\n")
    assert speaker_of(father, "stopped trusting banks") == "Arvid Tamm"
    employee = ("A clerk who processed the loans told the court she \"asked questions and was told to stop.\"\n\n"
                "Quenneville, 52, must also repay $1.2 million.\n\n"
                "That clerk, Ruth Abaya, worked at the bank for 22 years.\n")
    assert speaker_of(employee, "asked questions") == "Ruth Abaya"
    # near miss: a worker described in the lede is not a man named later for his own child
    cashier = ("A cashier who saw the deposits told the court she \"knew something was wrong.\"\n\n"
               "Quenneville, 52, must also repay $1.2 million.\n\n"
               "Arvid Tamm, whose daughter Lise was 26, spoke for ten minutes.\n")
    assert speaker_of(cashier, "something was wrong") != "Arvid Tamm"

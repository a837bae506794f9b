"""Who speaks when the speaker comes wrapped in a description: a title and a body before the name ("former Hawks
catcher Dale Ambry, who …") or after it ("Gerald Fenn, treasurer of the fund, which lost …"); a second verb of
the same relative clause; a panel of judges; a transcript a newsroom obtained; a lawyer reading for a client;
a pronoun after a time phrase; a bare quote paragraph after reported speech; a child or sibling given by first
name alone. Short texts written for these tests."""
from __future__ import annotations

from builder.extract.parties import find_parties
from builder.sources import source_from_text
from tests.helpers import quotes_of as _quotes_of


def speakers(text: str) -> list[str | None]:
    return [who for _, who in _quotes_of(text.replace("|", "\n\n"), "Fund manager sentenced in fraud case")]


def party_names(text: str) -> set[str]:
    source = source_from_text("story.txt", "Fund manager sentenced\n\n" + text.replace("|", "\n\n"))
    return {p.name for p in find_parties(source)}


# --- "NAME, title of BODY, which …, said": the body inside the description is no speaker ----------------------

def test_a_body_with_its_own_relative_clause_inside_a_description_does_not_speak():
    assert speakers("Gerald Fenn, chairman of the board of the Tarrow County Retirement System, which lost "
                    "$12 million, said the verdict was \"only the start.\"") == ["Gerald Fenn"]
    assert speakers("Ola Brandt, treasurer of the Kiln Valley Firefighters\u2019 Pension Fund, which lost about "
                    "$38 million, told reporters the sentence was \"a fair outcome\" for members.") == ["Ola Brandt"]
    assert speakers("Ruth Amsel, a trustee of the Lakeshore Teachers Union, which represents 4,000 members, "
                    "called the plea \"a cynical bargain.\"") == ["Ruth Amsel"]
    # the body alone, with its own relative clause, still speaks for itself
    assert speakers("The Tarrow County Retirement System, which lost $12 million, said the verdict was "
                    "\"only the start.\"") == ["Tarrow County Retirement System"]


# --- "X, who VERB1 … "q1" and VERB2 … "q2"": both quotes are X's ----------------------------------------------

def test_the_second_verb_of_a_relative_clause_keeps_its_speaker():
    lede = "Colby Roe, the former Arizona Hawks reliever, pleaded guilty.|"
    assert speakers(lede + "One of those letters came from former Hawks catcher Dale Ambry, who described Roe as "
                    "\u201cthe first guy in the clubhouse to help a rookie, every single time\u201d and wrote that he "
                    "had \u201cnever seen a man carry guilt the way Colby does.\u201d") == ["Dale Ambry", "Dale Ambry"]
    assert speakers(lede + "The court also heard from ex-Arizona Hawks trainer Nell Ostrand, who called Roe \u201ca "
                    "mentor to half the bullpen over the better part of a decade\u201d and then told the judge that "
                    "prison \u201cwould waste him.\u201d") == ["Nell Ostrand", "Nell Ostrand"]
    assert speakers(lede + "Support came from Hawks broadcaster Ivo Tamm, who had praised Roe as \u201cthe most "
                    "generous teammate anyone in that organization ever had, bar none\u201d but conceded that the "
                    "crash was \u201cunforgivable in every sense.\u201d") == ["Ivo Tamm", "Ivo Tamm"]


def test_a_new_subject_after_and_takes_the_second_quote():
    assert speakers("Colby Roe pleaded guilty. His agent, Petra Lind, spoke briefly.|Ivo Tamm, who had praised Roe "
                    "as \u201ca generous teammate,\u201d and Petra Lind said the crash was \u201csimply unforgivable in "
                    "every way.\u201d") == ["Ivo Tamm", "Petra Lind"]


# --- a panel of judges speaks as one, like a court ---------------------------------------------------------------

def test_a_panel_or_tribunal_opening_the_sentence_speaks():
    assert speakers("The panel disagreed, saying the record \"shows no such error.\"") == ["the panel"]
    assert speakers("The appeals panel was unpersuaded and wrote that the law \"is clear on this point.\"") \
        == ["the panel"]
    assert speakers("The three-judge panel rejected the argument, adding that the trial judge \"acted well within "
                    "her discretion.\"") == ["the panel"]
    assert speakers("The tribunal sided with the union, saying the dismissal was \"unfair in every respect.\"") \
        == ["the tribunal"]


def test_someone_speaking_to_a_panel_is_not_the_panel():
    assert speakers("Ann Roe told the panel that the sentence was \"far too long.\"") == ["Ann Roe"]


# --- "according to a transcript reviewed by OUTLET": the outlet read it, the speaker said it ---------------------

def test_an_outlet_that_obtained_a_record_is_not_its_speaker():
    assert speakers("Gerald Fenn pleaded guilty. In court, Fenn answered quietly and admitted that he had \"moved the "
                    "money,\" according to a transcript reviewed by NBC News.") == ["Gerald Fenn"]
    assert speakers("Dana Roe told the officers she \"never meant to hurt anyone,\" according to court records "
                    "obtained by The Daily Ledger.") == ["Dana Roe"]
    assert speakers("Mayor Ivan Pell wrote in March that the deal was \"done and dusted,\" according to emails seen "
                    "by Reuters.") == ["Ivan Pell"]


def test_a_body_that_issued_the_words_still_speaks_through_according_to():
    assert speakers("\"The evidence was overwhelming,\" according to a statement from the Tarrow County Sheriff's "
                    "Office.") == ["Tarrow County Sheriff's Office"]


# --- a lawyer reads for the client ----------------------------------------------------------------------------

def test_a_statement_a_lawyer_reads_on_his_behalf_is_the_clients():
    assert speakers("Marcus Vandt pleaded guilty to fraud before U.S. District Judge Peter Haldane on Monday. Vandt did "
                    "not speak.|Afterward, his lawyer, Irene Coyle, read a short statement on his behalf.|"
                    "\"I let down everyone who trusted me,\" the statement said.") == ["Marcus Vandt"]
    assert speakers("Nadia Okafor was sentenced by Judge Victor Lamb to four years. Lamb called the crime "
                    "\"calculated and cold.\"|Her lawyer, Simone Hart, later read out a written statement on her behalf "
                    "at the courthouse steps.|\"I am sorry for the pain I caused, and I will spend my life making it "
                    "right,\" the statement said.") == ["Victor Lamb", "Nadia Okafor"]
    assert speakers("Trevor Banks was convicted of arson. Prosecutor Glen Ortiz had sought a longer term.|Banks's "
                    "attorney, Leah Moran, read a statement on his behalf after the hearing.|\"I never wanted anyone "
                    "to get hurt,\" the statement said.") == ["Trevor Banks"]


# --- a pronoun after a time phrase is still the sentence's subject ------------------------------------------------

def test_a_participle_after_a_time_phrase_and_a_pronoun_belongs_to_the_pronoun():
    assert speakers("Judge Carla Benning has handed down long terms before. Last year she sentenced a bank manager "
                    "to nine years, telling him that \"greed is not a mitigating factor.\"") == ["Carla Benning"]
    assert speakers("Judge Carla Benning has handed down long terms before. In March she gave a landlord six years, "
                    "warning that \"tenants are people, not revenue.\"") == ["Carla Benning"]
    assert speakers("Prosecutor Dev Anand is known for tough talk. In 2021 he charged a city councilman with bribery, "
                    "saying at the time that \"no office is above the law.\"") == ["Dev Anand"]


# --- reported speech, then the speaker's words as a bare paragraph ----------------------------------------------

def test_a_bare_quote_paragraph_after_reported_speech_continues_that_speaker():
    lede = "Judge Maren Holt heard from both sides on Tuesday. Dale Crail, the defendant, wept.|"
    assert speakers(lede + "The judge said she had considered Crail's age and his record before deciding.|"
                    "\"You have had chances, Mr. Crail. Many of them.|\"This time the court has run out of patience.\"") \
        == ["Maren Holt", "Maren Holt"]
    assert speakers(lede + "Crail's mother, Rita Crail, wrote that her son had changed in jail.|"
                    "\"He reads now. He calls me every Sunday.\"") == ["Rita Crail"]
    assert speakers(lede + "Holt told the courtroom she had read every letter twice.|"
                    "\"Not one of them explains what happened that night.\"") == ["Maren Holt"]


def test_a_bare_quote_paragraph_after_a_sentence_without_speech_stays_unattributed():
    assert speakers("Dale Crail was sentenced on Tuesday.|Crail's lawyers filed a motion Tuesday to delay the hearing.|"
                    "\"This time the court has run out of patience.\"") == [None]


# --- "Her other daughter, Lucia": a first name after a relation takes the family's surname ----------------------

def test_a_child_named_by_first_name_after_a_pronoun_takes_the_family_surname():
    story = ("\"We are grateful to the jury,\" Carmen Ybanez said. The Ybanez family had waited two years.|"
             "Her eldest daughter, Luz, told reporters outside that she felt \"relieved, finally, after all of it.\"")
    assert speakers(story) == ["Carmen Ybanez", "Luz Ybanez"]
    story = ("\"It was the longest year of my life,\" Gail Ferrand said of the trial. Her husband, Rob Ferrand, said "
             "nothing.|Their son Eli said afterward that the verdict \"changes nothing for us.\"")
    assert "Eli Ferrand" in party_names(story)
    story = ("The Truett family sat behind the prosecutors. \"We came for him,\" Dana Truett told reporters.|"
             "His younger brother, Owen, said the family \"never stopped looking.\"")
    assert speakers(story)[-1] == "Owen Truett"


def test_no_surname_is_borrowed_from_someone_outside_a_family():
    story = ("Detective Anya Volk led the case and spoke to reporters.|Her daughter, Bea, wrote a letter calling the "
             "work \"a kind of calling.\"")
    assert "Bea Volk" not in party_names(story)


# --- "she" after a person the article describes but never names is that person, not the last named woman ----------

def test_a_pronoun_after_an_unnamed_person_keeps_to_the_description():
    lede = "Judge Irma Castle presided. Coach Dale Pratt, 52, was convicted of abusing players.|"
    assert speakers(lede + "We spoke with the mother of one of the boys, who asked that we not use her name.|"
                    "\"He was at our house every Sunday,\" she said.") == ["the mother of one of the boys"]
    assert speakers(lede + "The defense filing includes a letter from one of the former students, now 24.|"
                    "\"I trusted him more than my own father,\" she wrote.") == ["one of the former students"]
    assert speakers(lede + "Reporters also reached the father of one of the girls, who asked the Herald not to "
                    "publish his name.|\"I still can't sleep,\" he said.") == ["the father of one of the girls"]


def test_a_writer_the_article_names_is_still_named():
    assert speakers("Judge Irma Castle presided. Coach Dale Pratt, 52, was convicted.|The defense filing includes a "
                    "letter from one of his former students, Ana Ruiz, who is now 24. Ruiz asked the judge for mercy.|"
                    "\"I trusted him more than my own father,\" she wrote.") == ["Ana Ruiz"]


# --- a lede's "his defense attorney called it "…"" is the one defence lawyer named later -----------------------------

def test_a_defence_lawyer_in_the_lede_is_the_one_named_further_down():
    assert speakers("A Dayton woman was sentenced Monday to 20 years, a term the victim's family welcomed and her "
                    "defense lawyer called \"far too harsh for a first offense.\"|Kara Lindgard, 24, was convicted in "
                    "June. Judge Omar Faisal imposed the sentence.|Public Defender Lina Ortez said she would appeal "
                    "the ruling.")[0] == "Lina Ortez"
    assert speakers("A former deputy was convicted Tuesday of assault, a verdict prosecutors hailed and his lawyer "
                    "called \"a grave injustice for a decorated officer.\"|Wade Corrin, 51, faces up to 10 years. "
                    "District Attorney Helen Marrow praised the jury.|Corrin's attorney, Raul Mena, said he would "
                    "appeal.")[0] == "Raul Mena"
    assert speakers("The nurse was sentenced to probation, an outcome the hospital accepted and the defense attorney "
                    "called \"the only humane result.\"|Pia Sorensen, 38, had pleaded guilty in May. Assistant Public "
                    "Defender Hugo Brandt said she was relieved.")[0] == "Hugo Brandt"


def test_a_lede_lawyer_is_never_the_victims_family_and_never_a_guess_between_two():
    story = ("A former deputy was convicted Tuesday of assault, a verdict the victim's family hailed and his lawyer "
             "called \"a grave injustice for a decorated officer.\"|Wade Corrin, 51, faces up to 10 years.|"
             "Defense attorneys Raul Mena and Tia Booker said Corrin would appeal.")
    assert speakers(story)[0] not in ("Raul Mena", "Tia Booker") and "family" not in (speakers(story)[0] or "")

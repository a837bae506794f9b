"""Who speaks when the attribution leans on these news-writing conventions: an armed service speaks as an
institution ("The Navy said"); a victim statement read aloud by someone else is its author's ("read her
statement"); names inside a modifier between the subject and its verb are not the speaker ("Roe, standing with
his wife, Ann, said"); a colon lead-in binds the next paragraphs to whoever issued the statement; a party label
before a name is no part of it ("Republican Ann Roe"); a possessive place owning a role is no speaker; "a judge
ruled Monday, calling it" hangs the participle on the judge; "prosecutors, who called him" is the prosecutors.
Short texts written for these tests."""
from __future__ import annotations

from tests.helpers import quotes_of as _quotes_of


def quotes_of(text: str) -> list[tuple[str, str | None]]:
    return _quotes_of(text.replace("|", "\n\n"), "Officer sentenced after collision")


def speakers(text: str) -> list[str | None]:
    return [who for _, who in quotes_of(text)]


# --- an armed service speaks as an institution ----------------------------------------------------------------

def test_an_armed_service_named_alone_is_the_speaker():
    lede = "Lt. Cole Brandt was sentenced Monday.|"
    assert speakers(lede + "The Army said in a statement that the sentence \"reflects the harm done.\"") == ["Army"]
    assert speakers(lede + "The Navy said in a statement after the verdict that it \"honors the sailors lost.\"") \
        == ["Navy"]
    assert speakers(lede + "In a statement, the Air Force said the verdict \"speaks for itself.\"") == ["Air Force"]
    assert speakers(lede + "The Coast Guard, in a brief statement, called the outcome \"a sobering day.\"") \
        == ["Coast Guard"]


def test_a_service_word_as_a_title_is_still_the_person():
    lede = "Lt. Cole Brandt was sentenced Monday.|"
    assert speakers(lede + "\"We are done here,\" Army Sgt. Lee Marsh said.") == ["Lee Marsh"]


# --- a statement read aloud is its author's -------------------------------------------------------------------

def test_a_statement_read_aloud_belongs_to_the_one_whose_statement_it_is():
    assert speakers("Tara Wynn, 31, did not attend the hearing. Prosecutor Mark Dolan read her victim impact "
                    "statement aloud.|\"I still cannot sleep through the night,\" the statement said.|"
                    "The statement continued: \"He took my sense of safety.\"") == ["Tara Wynn", "Tara Wynn"]
    assert speakers("Tara Wynn, who was hurt, testified last week. On Friday, prosecutor Mark Dolan read her letter "
                    "to the judge.|\"I still cannot sleep through the night,\" the letter said.") == ["Tara Wynn"]
    assert speakers("Tara Wynn said she forgave nobody. Prosecutor Mark Dolan later read a letter from Tara Wynn to "
                    "the court.|\"I still cannot sleep through the night,\" the letter said.") == ["Tara Wynn"]


def test_a_reader_reading_his_own_statement_speaks_for_himself():
    assert speakers("Tara Wynn, a nurse, spoke first.|Later, defense lawyer Mark Dolan read his own statement to the "
                    "court: \"My client is sorry.\"") == ["Mark Dolan"]


# --- names inside a modifier between the subject and its verb -------------------------------------------------

def test_names_inside_a_participle_or_relative_phrase_do_not_speak():
    lede = "Senator Paul Hendley was convicted Monday. Judge Ada Price presided.|"
    assert speakers(lede + "Hendley, standing outside the courthouse with his wife, Marla, and two of his sons, said "
                    "he was \"hurt but not beaten.\"|\"I respect the jury,\" he said.") == ["Paul Hendley", "Paul Hendley"]
    assert speakers(lede + "Hendley, flanked by his lawyer, Ben Ortiz, told reporters the verdict was \"a gift to my "
                    "enemies.\"") == ["Paul Hendley"]
    assert speakers(lede + "Hendley, 61, speaking briefly after the hearing beside his attorney, Ben Ortiz, insisted he "
                    "had \"nothing to hide.\"") == ["Paul Hendley"]
    assert speakers(lede + "Hendley, walking out beside his daughter, Nina, told reporters the case was \"far from "
                    "over.\"|\"I will appeal,\" he said.") == ["Paul Hendley", "Paul Hendley"]


def test_an_appositive_name_after_a_role_still_speaks():
    lede = "Senator Paul Hendley was convicted Monday.|"
    assert speakers(lede + "Hendley's lawyer, Ben Ortiz, said the ruling was \"deeply flawed.\"") == ["Ben Ortiz"]


# --- a colon lead-in: whoever issued the statement ------------------------------------------------------------

def test_a_colon_lead_in_binds_the_paragraphs_to_the_statements_issuer():
    lede = ("Rep. Dale Moss was convicted Tuesday. His aide Irene Vance made false statements about the credit card "
            "statement, the jury found.|")
    assert speakers(lede + "Jenna Ruiz, the Democrat running for Moss\u2019s seat, issued a statement as soon as the "
                    "verdict was read aloud:|\u201cToday a jury of voters said what families have known.|\u201cHe "
                    "should step down now.\u201d") == ["Jenna Ruiz", "Jenna Ruiz"]
    assert speakers(lede + "Hours after the jury was dismissed, the state party chairman, Leo Grant, put out a brief "
                    "statement, which was read on local radio:|\u201cToday a jury of voters said what families have "
                    "known.\u201d") == ["Leo Grant"]
    assert speakers(lede + "The mayor, Leo Grant, posted a message on Facebook that was shared widely:|\u201cToday a "
                    "jury of voters said what families have known.\u201d") == ["Leo Grant"]


# --- a party label and a possessive place before the person ---------------------------------------------------

def test_a_party_label_before_a_name_is_no_part_of_it():
    lede = "Rep. Dale Moss was sentenced Friday.|"
    assert speakers(lede + "Ohio's senior senator, Republican Walt Greer, said in a statement that \"nobody is above "
                    "the law.\"") == ["Walt Greer"]
    assert speakers(lede + "The state's attorney general, Democrat Nia Cole, told reporters the sentence was \"fair "
                    "and firm.\"") == ["Nia Cole"]
    assert speakers(lede + "Texas Republican Walt Greer called the sentence \"far too light.\"") == ["Walt Greer"]


def test_a_possessive_place_owning_a_role_is_never_the_speaker():
    lede = "Clerk Dale Moss was sentenced Friday.|"
    assert speakers(lede + "Ohio's governor said the verdict \"speaks for itself.\"") == ["Ohio's governor"]
    assert speakers(lede + "Michigan\u2019s director of elections, Hannah Osgood, put it more formally in a statement after "
                    "the hearing, calling the case \u201ca reminder that the risk is the people inside.\u201d") == ["Hannah Osgood"]
    assert speakers(lede + "The state's secretary of state, Lena Park, weighed in on Tuesday, describing the sentence "
                    "as \u201ca reminder of the risk.\u201d") == ["Lena Park"]


# --- a participle after a trailing reporting clause; a group a relative clause is about ------------------------

def test_a_participle_after_a_trailing_reporting_clause_is_that_clauses_subject():
    assert speakers("Rapper Lil Vance will spend eight years in prison for shooting a fan, a Cook County judge ruled "
                    "Monday, calling the attack \"a cruel stunt.\"|Circuit Judge Marta Diaz also ordered "
                    "restitution.") == ["Marta Diaz"]
    assert speakers("Ben Kroll must serve five years, a federal judge decided Tuesday, describing his scheme as "
                    "\"greed, plain and simple.\"|U.S. District Judge Omar Hadley rejected the defense request.") \
        == ["Omar Hadley"]
    assert speakers("Ben Kroll should serve life, the prosecutor argued in court, calling him \"a predator.\"|"
                    "Prosecutor Ann Vale said little else.") == ["prosecutor"]


def test_a_participle_of_the_main_clause_stays_with_its_subject():
    assert speakers("Ben Kroll, a former banker, left court on Monday with his lawyer, Ann Vale, calling the "
                    "verdict \"a travesty.\"") == ["Ben Kroll"]


def test_a_group_a_relative_clause_is_about_speaks():
    assert speakers("The judge released Ben Kroll on bail over the objection of prosecutors, who called him \"a "
                    "flight risk with every reason to run.\"") == ["prosecutors"]
    assert speakers("Ben Kroll was freed pending appeal, despite objections from prosecutors, who described him as "
                    "\"a danger to the public.\"") == ["prosecutors"]


# --- the one answering after an "Asked whether …," opening, with an appositive -------------------------------

def test_the_name_after_an_asked_clause_is_the_next_she_even_with_an_appositive():
    lede = ("Mark Sorel was sentenced Friday.|Glen Voigtman, the victim's brother, spoke after the hearing. \"Nine "
            "years is not enough,\" he said.|")
    assert speakers(lede + "Asked whether she had forgiven Sorel, Nora Whitfield, the victim's mother, paused for "
                    "several seconds.|\"Not today,\" she said.") == ["Glen Voigtman", "Nora Whitfield"]
    assert speakers(lede + "Asked whether she could ever forgive Sorel, Nora Whitfield, 58, looked away.|"
                    "\"Not today,\" she said.") == ["Glen Voigtman", "Nora Whitfield"]


# --- a broadcast Q&A: an unquoted question, then the answer of the one the reporter spoke with ---------------

def test_an_answer_after_an_unquoted_question_is_the_interviewees():
    lede = "Rapper Big Tavo was convicted Friday.|"
    assert speakers(lede + "Outside, fans gathered. News 4 spoke with one of them, 31-year-old Marcus Pellam, who said "
                    "he had watched every day of the trial.|Why did you come down here today?|\"Because somebody had "
                    "to stand up for him.\"|Do you think the jury got it wrong?|\"I think they did what they were "
                    "told.\"") == ["Marcus Pellam", "Marcus Pellam"]
    assert speakers(lede + "Our crew caught up with Tavo's cousin, Dana Pruitt, as she left the building.|What was "
                    "going through your mind when the verdict was read?|\"Honestly? Nothing. I was numb.\"") \
        == ["Dana Pruitt"]
    assert speakers(lede + "We talked to longtime neighbor Ray Osei on Tuesday.|Is this the end for Tavo?|\"He will "
                    "be back. He always comes back.\"") == ["Ray Osei"]


def test_a_rhetorical_question_without_an_interview_gives_no_speaker():
    assert speakers("Rapper Big Tavo was convicted Friday. Judge Lara Fincher presided.|The jury deliberated for nine "
                    "hours before reaching a verdict.|What happens now?|\"Sentencing is set for March.\"") == [None]


def test_a_later_question_naming_someone_else_is_still_put_to_the_interviewee():
    assert speakers("Rapper Big Tavo was convicted Friday.|We talked to longtime neighbor Ray Osei on Tuesday.|Is this "
                    "the end for Tavo?|\"He will be back.\"|What would you tell Lena Ruiz, who testified against "
                    "him?|\"I would tell her nothing at all.\"") == ["Ray Osei", "Ray Osei"]


# --- the subject of "what X called" / ", which X called" ------------------------------------------------------

def test_the_subject_of_an_object_relative_speaks():
    lede = "Rep. Dale Moss was convicted Friday.|"
    assert speakers(lede + "He spent donor money on what one prosecutor memorably called \"the priciest happy hour in "
                    "state history.\"") == ["one prosecutor"]
    assert speakers(lede + "He spent the money on trips, which one juror later called \"plainly personal.\"") \
        == ["one juror"]
    assert speakers(lede + "He spent the money on what he called \"donor outreach.\"") == ["Dale Moss"]
    assert speakers(lede + "Ann Lee testified about what Moss called \"donor outreach.\"") == ["Dale Moss"]


def test_a_name_before_what_is_not_the_relative_clauses_subject():
    assert speakers("Rep. Dale Moss was convicted Friday.|Ann Lee said what Moss did was \"plain theft.\"") \
        == ["Ann Lee"]

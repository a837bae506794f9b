"""Who speaks when the attribution leans on news-writing conventions: a name inside reported speech is no later
"he"; "he" and "she" in one sentence are two people; "the statement/memo says" speaks for whoever issued or wrote
it; an office or agency keeps its whole name; "according to police" covers a partial quote; a person asked a
question answers it; a letter "from" someone is theirs; "quoted X as saying" is X; a one-word punchline after
an attributed quote is more of the same speech. Short texts written for these tests."""
from __future__ import annotations

from tests.helpers import quotes_of as _quotes_of


def quotes_of(text: str) -> list[tuple[str, str | None]]:
    return _quotes_of(text.replace("|", "\n\n"), "Contractor sentenced in fraud case")


def speakers(text: str) -> list[str | None]:
    return [who for _, who in quotes_of(text)]


# --- a name inside what someone said is not the next "he" ----------------------------------------------------

def test_a_pronoun_after_reported_speech_goes_to_the_one_who_spoke():
    lede = "Dale Kettle, 44, pleaded guilty Monday.|"
    assert speakers(lede + "Ed Hart said he was glad Kettle admitted what he did, but he wanted more.|"
                    "\"Ten years is fine with me,\" he said.") == ["Ed Hart"]
    assert speakers(lede + "Walt Ebner, the victim's uncle, said that Kettle told the court he was sorry.|"
                    "\"I don't buy it,\" he said.") == ["Walt Ebner"]
    assert speakers(lede + "Neighbor Tom Ridley told reporters that Kettle lied to everyone on the street.|"
                    "\"I trusted him with my keys,\" he said.") == ["Tom Ridley"]


def test_a_second_pronoun_in_the_sentence_is_its_subject_not_the_name_she_talked_about():
    lede = "Mara Cole, 30, was convicted Friday.|"
    assert speakers(lede + "Defense lawyer Greta Lind told jurors that Cole had threatened her client. She said Cole "
                    "had followed her for weeks, and she asked them to consider \"what any of you would have done.\"") \
        == ["Greta Lind"]
    assert speakers(lede + "Defense lawyer Greta Lind argued that Cole had threatened her client, and she urged jurors "
                    "to ask \"what any of you would have done.\"") == ["Greta Lind"]


def test_a_name_with_a_clause_of_its_own_is_the_next_he():
    lede = "Dale Kettle, 44, pleaded guilty Monday.|"
    assert speakers(lede + "Ed Hart spoke first. Then Kettle admitted what he did.|\"I'm sorry,\" he said.") \
        == ["Dale Kettle"]
    assert speakers(lede + "Ed Hart said he was done, and Kettle told the court he was sorry.|"
                    "\"I'm ashamed,\" he said.") == ["Dale Kettle"]


def test_he_and_she_in_one_sentence_are_two_people():
    lede = "Kyle Brant, 41, pleaded guilty.|"
    assert speakers(lede + "Brant stood with his hands folded as U.S. District Judge Sarah Kett read the charges "
                    "aloud. When she asked whether he had lied, he answered, \"Yes, Your Honor. I did.\"") == ["Kyle Brant"]
    assert speakers(lede + "Brant stood silent while Judge Sarah Kett read the plea terms. She asked if he understood "
                    "them, and he said, \"I do.\"") == ["Kyle Brant"]
    assert speakers(lede + "Judge Ellen Ruiz looked up from the file as Brant approached the bench. Asked by her "
                    "whether anyone had pressured him, he replied, \"No one did.\"") == ["Kyle Brant"]


# --- statements, releases, memos and letters speak for their authors -----------------------------------------

def test_the_statement_is_its_issuers_never_a_name_in_the_issuers_description():
    lede = "Kyle Brant, 41, was indicted.|"
    assert speakers(lede + "Tarrow County Sheriff Wendell Ambrose, who put Brant on leave when the questions surfaced, "
                    "said in a statement that the office had reviewed every case.|\"Every affidavit has been pulled,\" "
                    "the statement said.") == ["Wendell Ambrose"]
    assert speakers(lede + "Police Chief Dana Ruiz, whose officers arrested Brant in March, released a statement "
                    "Friday.|\"No one is above the law,\" the statement said.") == ["Dana Ruiz"]
    assert speakers(lede + "Mayor Tom Heald, who appointed Brant in 2019 and praised him often, issued a statement "
                    "saying he was stunned.|\"I feel betrayed,\" the statement said.") == ["Tom Heald"]


def test_an_office_that_issues_a_statement_keeps_its_whole_name():
    lede = "Brady Kettle, 52, lost his appeal Tuesday.|"
    assert speakers(lede + "The Office of Statewide Prosecution said in a statement that it was reviewing the "
                    "decision.|\"The court got it right,\" the statement said. \"We will keep going.\"") \
        == ["Office of Statewide Prosecution"] * 2
    assert speakers(lede + "The Florida Attorney General's Office said in a statement Tuesday that it welcomed the "
                    "ruling.|\"The court got it right,\" the statement said.") == ["Florida Attorney General's Office"]
    assert speakers(lede + "The IRS Criminal Investigation office in Tampa said in a statement that the case took two "
                    "years.|\"Victims trusted him,\" the statement said.") == ["IRS Criminal Investigation"]
    assert speakers(lede + "In a news release, the HHS Inspector General division said the scheme cost millions.|"
                    "\"Every dollar came from patients,\" the release said.") == ["HHS Inspector General"]


def test_the_memo_says_after_a_writer_is_that_writers_memo():
    lede = "Ray Peck, 61, will be sentenced Friday.|"
    assert speakers(lede + "In her memo, prosecutor Ann Roe asked for six years.|Defense lawyer Tom Lake asked for "
                    "two. He wrote that Peck \"lost his way.\"|\"He is not the man in that file,\" the memo says.") \
        == ["Tom Lake", "Tom Lake"]
    assert speakers(lede + "The government's memo asks for eight years.|\"Greed, not need,\" prosecutor Ann Roe wrote.|"
                    "Defense attorney Sam Ng writes that Peck was \"a scared man.\"|\"He deserves mercy,\" the memo "
                    "says.") == ["Ann Roe", "Sam Ng", "Sam Ng"]
    assert speakers(lede + "Prosecutors filed a sentencing memorandum on Monday.|Peck's lawyer, Dina Cole, answered "
                    "two days later. She wrote that he \"has repaid every cent.\"|\"Prison would help no one,\" the "
                    "filing argues.") == ["Dina Cole", "Dina Cole"]
    # a document the article names after the writer is a new one, and its own side's
    assert speakers(lede + "Defense lawyer Tom Lake wrote that Peck \"lost his way.\"|The government's memo, filed "
                    "Friday, disagrees.|\"He chose this path,\" the memo says.") == ["Tom Lake", "prosecutors"]


def test_a_letter_from_someone_is_theirs_whatever_title_comes_before_the_name():
    lede = "Ray Peck, 61, was convicted in May.|The defense filed dozens of letters.|"
    assert speakers(lede + "One, from retired Elm Falls fire chief Dale Vick, describes Peck as \"the first one at "
                    "every fire.\"") == ["Dale Vick"]
    assert speakers(lede + "Another letter, from longtime neighbor Rosa Min, calls him \"the kindest man on Elm "
                    "Street.\"") == ["Rosa Min"]
    assert speakers(lede + "The Arizona Redhawks said in a statement that they were saddened.|One letter came from former "
                    "Redhawks pitcher Lou Banner, who described Peck as \"the first to help a rookie.\"") == ["Lou Banner"]
    assert speakers(lede + "A letter from former deputy mayor Carl Ibsen says Peck \"never once asked for credit.\"") \
        == ["Carl Ibsen"]


def test_whoever_is_quoted_as_saying_speaks_not_whoever_quotes_them():
    lede = "Brady Kettle, 52, was sentenced Tuesday.|"
    assert speakers(lede + "In a news release issued after the hearing, the Florida Attorney General's Office quoted "
                    "Statewide Prosecutor Ann Roe as saying Kettle \"preyed on people who had lost everything.\"") \
        == ["Ann Roe"]
    assert speakers(lede + "The U.S. Attorney's Office release quotes Lt. Mark Dunn, who led the inquiry, as saying the "
                    "case \"took two years of patient work.\"") == ["Mark Dunn"]
    assert speakers(lede + "The company's filing quoted its founder, Lila Park, as writing that Kettle \"never once "
                    "told the truth.\"") == ["Lila Park"]
    # ("quoted from" is no one being quoted)
    assert speakers(lede + "Prosecutor Ann Roe quoted from his texts, saying Kettle \"knew the money was gone.\"") \
        == ["Ann Roe"]


# --- sources of a sentence, people asked -----------------------------------------------------------------------

def test_according_to_a_group_covers_a_partial_quote_in_its_sentence():
    lede = "Dustin Crail, 30, was indicted Thursday.|"
    assert speakers(lede + "According to police, the two drivers had been \"jockeying for position\" for miles.") \
        == ["police"]
    assert speakers(lede + "According to investigators, Crail was \"visibly agitated\" when officers arrived.") \
        == ["investigators"]
    assert speakers(lede + "The two cars, according to state troopers, had been \"trading lanes\" for miles.") \
        == ["state troopers"]
    # a verb of speech inside the sentence still names its own speaker
    assert speakers(lede + "According to court records, Crail told a deputy that he \"just snapped.\"") == ["Dustin Crail"]
    # ... and so does a named subject whose own act of urging or shouting leads to the words
    assert speakers(lede + "According to an affidavit, Crail used a megaphone to urge the crowd to \"take the lot back\" "
                    "before the fight.") == ["Dustin Crail"]
    assert speakers(lede + "According to the complaint, Crail then shouted \"you'll regret this\" at the clerk.") \
        == ["Dustin Crail"]


def test_the_person_asked_a_question_is_the_one_who_answers():
    lede = "Dustin Crail, 30, was sentenced Friday.|"
    assert speakers(lede + "Defense lawyer Nina Barr said after the hearing that she would appeal.|WPSN asked Tanya "
                    "Lee, the victim's widow, what she wants other drivers to learn.|\"Let it go,\" she said. "
                    "\"Get home.\"") == ["Tanya Lee", "Tanya Lee"]
    assert speakers(lede + "Prosecutor Tom Reyes said the sentence was fair.|Reporters asked Ray Oduya whether he "
                    "would forgive Crail.|\"Not today,\" he said.") == ["Ray Oduya"]
    assert speakers(lede + "Prosecutor Tom Reyes spoke briefly.|Outside court, we asked Dev Sharma about the "
                    "sentence.|\"It's fair,\" he said.") == ["Dev Sharma"]
    # asked someone FOR something: the asker goes on speaking
    assert speakers(lede + "Defense lawyer Ana Ruiz asked Judge Paul Wren for leniency.|\"He has suffered enough,\" "
                    "she said.") == ["Ana Ruiz"]


# --- a one-word punchline ----------------------------------------------------------------------------------

def test_a_one_word_sentence_after_an_attributed_quote_is_a_quote():
    lede = "Ray Peck, 61, was sentenced.|"
    assert quotes_of(lede + "\"I want him in a cell as long as my son was,\" Gloria Tate said. \"Longer.\"") \
        == [("I want him in a cell as long as my son was,", "Gloria Tate"), ("Longer.", "Gloria Tate")]
    assert quotes_of(lede + "\"We trusted her with everything,\" said Ann Roe, the victim's sister. \"Everything.\"")[-1] \
        == ("Everything.", "Ann Roe")
    assert quotes_of(lede + "\"He will not hurt anyone again,\" the prosecutor told reporters. \"Ever.\"")[-1][0] == "Ever."
    # a capitalised word in marks inside the writer's own sentence stays a term
    assert quotes_of(lede + "\"It was a long trial,\" Ann Roe said. The word on every lip was \"Justice.\"") \
        == [("It was a long trial,", "Ann Roe")]


def test_a_reply_or_motion_speaks_for_the_side_that_filed_it():
    lede = "Ray Peck, 61, will be sentenced.|"
    assert speakers(lede + "Prosecutors seized on that letter in a reply filed Tuesday, arguing that it showed no "
                    "remorse.|\"This is not acceptance,\" the reply says.") == ["prosecutors"]
    assert speakers(lede + "Federal prosecutors responded in a 12-page reply on Friday.|\"The defense has it "
                    "backwards,\" the reply states.") == ["prosecutors"]
    assert speakers(lede + "In a motion filed Monday, defense attorneys asked the judge to delay the hearing.|"
                    "\"Mr. Peck needs surgery,\" the motion says.") == ["defense attorneys"]
    # the side that has not answered yet is not the motion's author
    assert speakers(lede + "Peck's lawyer, Tom Lake, filed a motion Monday. Prosecutors have not answered it.|"
                    "\"Mr. Peck needs surgery,\" the motion says.") == ["Tom Lake"]


def test_a_business_named_in_an_appositive_after_its_owner_is_an_organisation():
    from builder.extract.parties import find_parties
    from builder.sources import source_from_text

    def parties(text: str) -> dict[str, str]:
        return {p.name: p.kind for p in find_parties(source_from_text("s.txt", "Builder charged\n\n" + text))}

    assert parties("Priya Rao said her company, Copperline Ridge Homes, wanted to build 40 houses.")[
        "Copperline Ridge Homes"] == "organization"
    assert parties("Mayor Dan Petro steered the contract to his firm, Lark Hill Partners, in 2019.")[
        "Lark Hill Partners"] == "organization"
    assert parties("Ann Voss said their business, Blue Tern Outfitters, lost $40,000.")[
        "Blue Tern Outfitters"] == "organization"
    # an employer may be a person
    assert parties("Ann Voss said her employer, Tom Reed, fired her.")["Tom Reed"] == "person"


def test_a_pronoun_of_the_other_gender_outside_a_clause_pair_excludes_no_one():
    # ("He "…," she told the court": the "he" is someone the lawyer talks about, who may not be named at all)
    assert speakers("Greg Tansey, 50, was sentenced.|\"He stole from welders,\" prosecutor Ray Tanner said.|Defense "
                    "attorney Marisa Vandt said her client has a gambling addiction. He \"has not placed a bet in 26 "
                    "months,\" she told the court.") == ["Ray Tanner", "Marisa Vandt"]
    assert speakers("Kevin Ketter, 60, was sentenced.|Defense lawyer Bradley Quist said they would appeal.|Judge Mary "
                    "Oduya went below that range, saying Ketter's health weighed in his favor, but she called the "
                    "corruption \"brazen and sustained.\"") == ["Mary Oduya"]


def test_the_one_a_judge_questions_answers_whatever_the_pronouns():
    assert speakers("Gail Stroh, 58, pleaded guilty before U.S. District Judge Norman Kass.|Standing before Kass, Stroh "
                    "answered the judge's questions quietly. When he asked whether anyone had promised her anything, "
                    "she said, \"No, sir.\"") == ["Gail Stroh"]

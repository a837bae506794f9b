"""Words written by one person and read out by another, and speakers the article describes or gives by relation: a
statement "written by her father", "a letter from him", a statement someone "submitted" that another read aloud, a
statement read "on her behalf" for a woman the article never names, a client's unnamed lawyer spoken of before, the
unnamed person the sentence before opened with, an office named by its title alone, "to which he replied", a
possessive before a word that could be a verb, and "one supporter". All texts are written for these tests."""
from __future__ import annotations

from tests.helpers import facts_of, speaker_of


def _plain(speaker: str | None) -> str | None:
    return speaker.replace("\u2019", "'") if speaker else speaker


# "X is reading a statement written by her father": the father (named by the role the reader holds) wrote it.
def test_a_statement_written_by_the_readers_father_is_the_fathers():
    facts = facts_of("Judge Linnea Farrowby sentenced Osgood Penhallow, 29, to six years in prison on Monday.\n\n"
                     "Outside court, Barnaby Quell's daughter, Marisol Quell-Dunleith, spoke to reporters.\n\n"
                     "\"He is tougher than all of us,\" she said.\n\n"
                     "Earlier, Marisol Quell-Dunleith was reading a statement written by her father, who is 84.\n\n"
                     "\"I built that porch with my own hands,\" the statement said.\n")
    assert speaker_of(facts, "I built that porch") == "Barnaby Quell"


# "read a letter from him": the man named before, not the one reading it.
def test_a_letter_from_him_is_his_not_the_readers():
    facts = facts_of("Thaddeus Brill, 61, was sentenced Tuesday to 12 years in prison for robbing a pawn shop.\n\n"
                     "The clerk, Ambrose Kettleby, did not come to court. The shop's manager, Rosalind Ferrabee, read a "
                     "letter from him to the court.\n\n"
                     "\"I still flinch when the door chimes,\" the letter said.\n")
    assert speaker_of(facts, "I still flinch") == "Ambrose Kettleby"


# "X submitted a written statement, which Y read aloud. "…," he wrote.": the one who submitted it wrote it.
def test_a_statement_one_submitted_and_another_read_is_the_writers():
    facts = facts_of("Corwin Astley, 40, was sentenced Thursday to five years in prison for a crash on Mill Road.\n\n"
                     "Emrys Dunkerley, who was hurt in the crash, did not speak but submitted a written statement, "
                     "which Assistant District Attorney Slocombe Varick read aloud.\n\n"
                     "\"I still cannot drive at night,\" he wrote.\n")
    assert speaker_of(facts, "I still cannot drive") == "Emrys Dunkerley"


# "The woman did not attend, but an advocate read a statement on her behalf": the unnamed woman speaks.
def test_a_statement_read_on_behalf_of_an_unnamed_woman_is_hers():
    facts = facts_of("Lucan Ferraby, 44, was sentenced Friday to probation for choking his girlfriend.\n\n"
                     "The woman did not attend the hearing, but an advocate, Perpetua Hollings, read a statement on "
                     "her behalf.\n\n"
                     "\u201cI hid the bruises for years,\u201d the statement read.\n")
    assert speaker_of(facts, "I hid the bruises") == "the woman"


# "Odumosu's attorney said his client …. "…," the attorney said": the client's unnamed lawyer spoken of before.
def test_the_attorney_is_the_clients_lawyer_spoken_of_in_reported_speech():
    facts = facts_of("Jurors on Friday convicted Desmond Arkwright, 33, of burglary.\n\n"
                     "Arkwright's attorney said his client had gone to the house to collect his tools.\n\n"
                     "\"We will appeal,\" the attorney said.\n")
    assert _plain(speaker_of(facts, "We will appeal")) == "Arkwright's attorney"


# "At the hearing, the clerk described the attack. "…," he told the court.": the clerk, not a man named earlier.
def test_he_after_a_sentence_opened_by_an_unnamed_person_is_that_person():
    facts = facts_of("Ignatz Wilmore, 24, was sentenced to 10 years in prison for robbing three gas stations.\n\n"
                     "\"He planned every one of them,\" said police Detective Oren Castlebury.\n\n"
                     "At the sentencing hearing, the clerk described the night of the robbery. \"I still dream about "
                     "the gun,\" he told the court.\n")
    assert speaker_of(facts, "I still dream") == "the clerk"


# An office named by its holder's title alone keeps its article, as the article writes it.
def test_an_office_named_by_title_alone_keeps_the_article():
    facts = facts_of("Ignatz Wilmore, 24, was sentenced to 10 years in prison.\n\n"
                     "\"Store clerks deserve to feel safe,\" the District Attorney's Office said.\n")
    assert _plain(speaker_of(facts, "Store clerks deserve")) == "the District Attorney's Office"


# "Roe told Lee the numbers were "fiction," to which he replied, "…"": the one told replies.
def test_to_which_he_replied_is_the_one_told():
    facts = facts_of("Prosecutors charged Caspian Holloway, 51, with fraud.\n\n"
                     "His former deputy, Imogen Starke, pleaded guilty in May. Her lawyer declined to comment.\n\n"
                     "According to the indictment, Starke told Holloway in a 2021 email that the profits were "
                     "\"made up,\" to which he replied, \"Made up and paid out.\"\n")
    assert speaker_of(facts, "Made up and paid out") == "Caspian Holloway"


# "X wrote that … and that Lee's comments were "…"": "comments" after its owner is a noun, X still writes.
def test_a_speech_word_after_a_possessive_is_a_noun_of_the_reported_clause():
    facts = facts_of("The court ordered a new sentencing for Mortimer Vance.\n\n"
                     "In a dissent, Justice Horatio Pembleton wrote that the term was lawful and that Quayle's "
                     "comments were \"sharp but not unfair.\"\n")
    assert speaker_of(facts, "sharp but not unfair") == "Horatio Pembleton"


# "Several supporters spoke. One supporter described him as a man who "…"": that unnamed supporter.
def test_one_supporter_is_an_unnamed_speaker():
    facts = facts_of("Former mayor Leopold Grange, 70, was sentenced Monday to two years in prison.\n\n"
                     "Several supporters spoke on his behalf. One supporter described him as a man who \"never once "
                     "locked his door.\"\n")
    assert speaker_of(facts, "never once") == "one supporter"


# "Lee's own account of it in court was painful to hear. / "…," he told the judge.": Lee, not his lawyer named before.
def test_he_after_a_sentence_about_ones_own_account_is_that_person():
    facts = facts_of("Fenmoor Ashdown, 52, a former school treasurer, was sentenced to three years for theft.\n\n"
                     "Ashdown's attorney, Gideon Marchbank, had asked for probation, arguing that his client needed "
                     "treatment.\n\n"
                     "Nobody doubts the addiction. Ashdown's own account of it in court was painful to hear.\n\n"
                     "\u201cI bet on games I did not even understand,\u201d he told the judge.\n")
    assert speaker_of(facts, "I bet on games") == "Fenmoor Ashdown"


# "Mr Roe's niece, Ann Roe" and "no contact with Mr Roe": the "Mr" is her uncle's, so her "she" stays hers.
def test_a_title_at_odds_with_ones_own_relation_is_a_relatives():
    facts = facts_of("Judge Maeve Connolly sentenced Dermot Quill to six years for the burglary of Mr Farrell's "
                     "farmhouse.\n\n"
                     "\u201cI must leave a door open for this man,\u201d the judge said.\n\n"
                     "In a statement read by counsel, Mr Farrell said he no longer felt safe.\n\n"
                     "\u201cI sleep with the light on,\u201d he said.\n\n"
                     "She also directed that he have no contact with Mr Farrell or his family.\n\n"
                     "Speaking after the case, Mr Farrell\u2019s niece, Orlaith Farrell, said the family was "
                     "satisfied.\n\n"
                     "\u201cHe is a proud man,\u201d she said.\n")
    assert speaker_of(facts, "He is a proud man") == "Orlaith Farrell"
    assert speaker_of(facts, "I sleep with the light on") == "Mr Farrell"


# "Sophie Roe, now 15, read a letter. … "…," Sophie said": the given name alone is the person named in full.
def test_a_given_name_alone_is_the_full_name_the_party_list_holds():
    facts = facts_of("Judge Wendell Ostrow sentenced Barrett Clune, 22, to four years for the crash.\n\n"
                     "Maren's best friend, Tillie Vantongeren, now 16, read a short letter to the court.\n\n"
                     "\u201cI still save her a seat,\u201d Tillie said.\n")
    assert speaker_of(facts, "I still save her a seat") == "Tillie Vantongeren"


# "When Lee rose to speak, …, and Judge Roe asked him to move closer. / "…," he said": the one asked speaks.
def test_he_after_the_judge_asked_him_to_do_something_is_the_one_asked():
    facts = facts_of("Judge Wendell Ostrow sentenced Barrett Clune, 22, to four years for the crash.\n\n"
                     "\u201cHe made a choice,\u201d defense attorney Lucius Penrose said. \u201cHe owns it.\u201d\n\n"
                     "When Clune rose to speak, his voice was faint, and Ostrow asked him to step closer.\n\n"
                     "\u201cI am so sorry,\u201d he said.\n")
    assert speaker_of(facts, "I am so sorry") == "Barrett Clune"


# "Lee told jurors that Roe answered the text by writing back, "…"": Roe writes, not Lee who reports it.
def test_a_by_gerund_is_its_own_clauses_subjects():
    facts = facts_of("Landlord Horace Pennyworth, 66, was convicted Friday of manslaughter.\n\n"
                     "One tenant, Jolene Barraclough, told jurors that Pennyworth answered a text about the heater by "
                     "writing back, \"Wear a coat.\"\n")
    assert speaker_of(facts, "Wear a coat") == "Horace Pennyworth"


# "One of the victims' mothers spoke": the mother, not "one of the victims".
def test_one_of_the_victims_mothers_is_a_mother():
    facts = facts_of("Former swim coach Alaric Tundell, 45, was sentenced Monday to 20 years in prison.\n\n"
                     "One of the victims' mothers spoke at the hearing.\n\n"
                     "\"My daughter will not go near a pool,\" she said.\n")
    assert speaker_of(facts, "My daughter will not") == "one of the victims' mothers"


# "In a statement read in court by an advocate, the referee said …. "…," the statement said": the referee's.
def test_a_statement_read_for_an_unnamed_person_is_that_persons():
    facts = facts_of("Parent Osric Delamere, 48, was sentenced Tuesday to 90 days in jail for attacking a referee.\n\n"
                     "\"I lost my temper,\" Delamere told the judge.\n\n"
                     "In a statement read in court by a victim advocate, the referee said he has quit.\n\n"
                     "\"I loved the game,\" the statement said.\n")
    assert speaker_of(facts, "I loved the game") == "the referee"

"""Round 72: quote speakers and parties (invented wordings only)."""
from tests.helpers import quotes_of, speaker_in


# ---------------------------------------------------------------- a paper read out by someone else is its writer's

def test_letter_read_aloud_by_a_prosecutor_belongs_to_its_writer():
    text = ("Tobias Renwick was sentenced Friday to nine years in prison for wire fraud.\n\n"
            "Mirela Dunstan, 71, who lost her savings to the scheme, could not attend. Assistant U.S. Attorney Hollis "
            "Faraday read her letter aloud.\n\n"
            "\u201cI trusted a voice on the phone for two years. I gave him everything I had.\n\n"
            "\u201cI do not sleep anymore, and I do not answer calls from numbers I do not know.\u201d\n\n"
            "Renwick did not speak.")
    assert speaker_in(text, "trusted a voice") == "Mirela Dunstan"
    assert speaker_in(text, "do not sleep") == "Mirela Dunstan"


def test_named_writers_statement_read_to_the_court_with_a_colon():
    text = ("Garrick Osei was sentenced to six years in prison for arson.\n\n"
            "Priya Lannister, whose bakery burned, stayed home. Her lawyer, Bertram Vole, read Lannister's statement "
            "to the court: \"I built that shop with my own hands, and he took it in one night.\"\n\n"
            "Osei apologized.")
    assert speaker_in(text, "built that shop") == "Priya Lannister"


# ---------------------------------------------------------------- a bare plural label then a relative clause is no quote

def test_labelled_recruits_then_who_clause_are_scare_quotes():
    text = ("Dario Menck was sentenced to seven years in prison for money laundering.\n\n"
            "The cash moved through accounts held by \"drop partners,\" who wired it abroad, prosecutors said.\n\n"
            "\"He ran it like a business,\" said Assistant U.S. Attorney Lena Corvo.")
    quotes = [q for q, _ in quotes_of(text)]
    assert "drop partners," not in quotes
    assert any("like a business" in q for q in quotes)


def test_labelled_things_then_some_of_which_are_scare_quotes():
    text = ("Ines Corbell was sentenced to four years in prison.\n\n"
            "Investigators said she rented \"stash apartments,\" some of which sat empty for months.\n\n"
            "\"She knew exactly what she was doing,\" the judge said.")
    quotes = [q for q, _ in quotes_of(text)]
    assert "stash apartments," not in quotes


def test_marketing_label_on_a_product_is_no_quote():
    text = ("Morton Vasquez-Hale was sentenced to eight years in prison for investment fraud.\n\n"
            "Prosecutors say he sold retirees a \"lifetime yield\" bond plan that never existed.\n\n"
            "\"I am ashamed,\" Vasquez-Hale told the judge.")
    quotes = [q for q, _ in quotes_of(text)]
    assert "lifetime yield" not in quotes
    assert any("ashamed" in q for q in quotes)


# ---------------------------------------------------------------- a legal team named with its members speaks as one

def test_lawyers_with_two_named_members_then_they_is_the_team():
    text = ("Corwin Ashdale, the former county treasurer, faces sentencing next month for embezzlement.\n\n"
            "Ashdale's lawyers, Priscilla Moreau and Dmitri Kalnins, asked for probation in their filing. They said he "
            "is \"a grandfather who has already lost everything that mattered to him.\"\n\n"
            "\"He is not the monster the state describes,\" the defense wrote.")
    assert speaker_in(text, "grandfather who").replace("\u2019", "'") == "Ashdale's lawyers"
    assert speaker_in(text, "not the monster").replace("\u2019", "'") == "Ashdale's lawyers"


def test_lawyers_of_a_surname_ending_in_s_are_the_defense():
    text = ("Lucas Andreas was convicted of bribery in March.\n\n"
            "Andreas' attorneys, Mei Tanaka and Rufus Oyelaran, argued in a memo that he was \"a scapegoat for a "
            "broken system.\"\n\n"
            "\"He never took a dime for himself,\" the defense wrote.")
    assert speaker_in(text, "never took a dime").replace("\u2019", "'") == "Andreas' attorneys"


# ---------------------------------------------------------------- a message quoted is its sender's

def test_message_read_goes_to_the_sender_named_before():
    text = ("Nolan Brevik was charged with manslaughter in his daughter's death.\n\n"
            "Prosecutors pointed to texts in which Hedda Brevik, his wife, reminded him to stop at the sitter's.\n\n"
            "\"Sitter first!!\" read one of the messages.")
    assert speaker_in(text, "Sitter first") == "Hedda Brevik"


def test_email_from_a_named_sender_speaks_for_them():
    text = ("Colm Ferriter was sentenced to two years in prison for fraud.\n\n"
            "Jurors saw emails from Anneliese Drummond warning him the books did not add up.\n\n"
            "\"These numbers are fiction,\" read the last email.")
    assert speaker_in(text, "numbers are fiction") == "Anneliese Drummond"


def test_reader_of_his_own_letter_still_speaks_for_himself():
    text = ("Ferris Oduya was sentenced to three years in prison.\n\n"
            "Nadia Pell, a neighbor, spoke first. Later, Ferris Oduya's brother, Emeka Oduya, read his own letter "
            "to the court: \"My brother is not the man they describe.\"")
    assert speaker_in(text, "not the man they describe") == "Emeka Oduya"

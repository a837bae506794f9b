"""Speakers the article describes rather than names, and papers that hold words of their own: a person called by a
given name after being named in full, "one mother" whose "she" follows, "One, a retired welder from Altoona,
Pennsylvania," a victim known by initials, a letter "from one of the victims", the plea agreement and the arrest
warrant, the panel of the court nearest it, a client's unnamed lawyer, a statement's trailing issuer. All texts are
written for these tests."""
from __future__ import annotations

from tests.helpers import facts_of, speaker_of


def _plain(speaker: str | None) -> str | None:
    return speaker.replace("\u2019", "'") if speaker else speaker


# A column names her in full once, then by her given name alone.
def test_a_given_name_alone_is_the_person_named_in_full_before():
    facts = facts_of("Maribeth Quorley is 81 years old, and she has lived on Elm Street since 1960.\n\n"
                     "\u201cHe sounded just like my grandson,\u201d Maribeth told me last week.\n\n"
                     "Dario Pensk, 23, was sentenced Tuesday to five years in prison.\n\n"
                     "\u201cI don\u2019t feel foolish anymore,\u201d Maribeth said.\n")
    assert speaker_of(facts, "He sounded just like") == "Maribeth Quorley"
    assert speaker_of(facts, "I don\u2019t feel foolish") == "Maribeth Quorley"


# "one mother said", then "she said": the same unnamed woman, never the (male) defendant.
def test_she_after_one_mother_is_that_mother():
    facts = facts_of("Oswin Pellard, 38, a former gymnastics coach, was sentenced Friday to 20 years in prison.\n\n"
                     "\"You were the one I trusted,\" one mother said, her voice breaking.\n\n"
                     "\"I keep asking myself what I missed,\" she said.\n")
    assert speaker_of(facts, "I keep asking myself") == "one mother"


# A letter "from one of the victims" read out by prosecutors: the victim wrote the words.
def test_a_letter_from_an_unnamed_victim_is_hers_not_its_readers():
    facts = facts_of("Oswin Pellard, 38, was sentenced Friday to 20 years in prison.\n\n"
                     "Prosecutors read a letter from one of the victims, who is now 15.\n\n"
                     "\"I used to love the gym. Now I can't go near one,\" the letter said.\n")
    assert speaker_of(facts, "I used to love the gym") == "one of the victims"


# "One, a 79-year-old retired welder from Altoona, Pennsylvania, wrote": the description, with its state.
def test_one_of_a_group_described_in_an_appositive_speaks_as_described():
    facts = facts_of("Vela Trissom, 44, was sentenced Monday to eight years in prison for a prize scam.\n\n"
                     "The memo quotes several victims. One, a 79-year-old retired welder from Altoona, Pennsylvania, "
                     "wrote that he sent the company $30,000.\n\n"
                     "\"They told me I would lose my prize,\" he wrote.\n")
    assert speaker_of(facts, "They told me") == "a 79-year-old retired welder from Altoona, Pennsylvania"


# A victim the article keeps to her initials.
def test_a_victim_known_by_initials_speaks_by_them():
    facts = facts_of("Former sheriff Amos Welker, 61, was sentenced Monday to 12 years in prison.\n\n"
                     "Two women spoke in court. One, identified only by her initials, R.T., said she was 20 when "
                     "Welker began calling her.\n\n"
                     "\u201cHe told me he could make my charges go away,\u201d she said.\n")
    assert speaker_of(facts, "He told me he could") == "R.T."


# "In the plea agreement, Roe admitted that he "…"": the agreement's own words.
def test_words_admitted_in_a_plea_agreement_are_the_agreements():
    facts = facts_of("Teodor Valchek, 47, pleaded guilty Monday to tax evasion under a plea agreement.\n\n"
                     "In the agreement, Valchek admitted that he \"knowingly hid the income from his accountant.\"\n")
    assert speaker_of(facts, "knowingly hid") == "the plea agreement"


# "According to an arrest warrant, doctors found … "…"": nobody in the sentence speaks, so the warrant does.
def test_words_nobody_speaks_after_according_to_a_warrant_are_the_warrants():
    facts = facts_of("Darnell Upshire, 29, was charged Monday with child abuse.\n\n"
                     "According to an arrest warrant, doctors found fractures \"in different stages of healing\" on "
                     "the infant's ribs.\n")
    assert speaker_of(facts, "in different stages") == "the arrest warrant"


# "A divided 9th Circuit panel ruled … a theory the Supreme Court has rejected": the panel is the 9th Circuit's.
def test_the_panel_is_the_court_nearest_it():
    facts = facts_of("Rhett Vollmar, 52, a former alderman, was resentenced Tuesday to six years in prison.\n\n"
                     "A divided 9th Circuit panel ruled in May that the instructions let jurors convict on a theory "
                     "the Supreme Court has rejected. The bribery convictions, the panel wrote, were \"well supported "
                     "by the record.\"\n")
    assert speaker_of(facts, "well supported") == "9th Circuit"


# "Roe's attorney said in an email …" then "the attorney wrote": the client's unnamed lawyer, not a named prosecutor.
def test_the_attorney_after_a_clients_unnamed_attorney_is_that_attorney():
    facts = facts_of("Hollis Brenneman, 61, was sentenced Monday to nine years in prison for fraud. Assistant U.S. "
                     "Attorney Ruth Ocampo said the scheme targeted retirees.\n\n"
                     "Brenneman's attorney said in an email that his client would appeal.\n\n"
                     "\"We respectfully disagree with the verdict,\" the attorney wrote.\n")
    assert _plain(speaker_of(facts, "We respectfully disagree")) == "Brenneman's attorney"


# "A public defender appointed to represent Roe …. His attorney said": "his" is the client's, not the defender's.
def test_his_attorney_after_an_unnamed_defender_is_the_clients():
    facts = facts_of("Hollis Brenneman, 61, was charged Monday with fraud. Assistant U.S. Attorney Ruth Ocampo "
                     "asked that he be held.\n\n"
                     "A public defender appointed to represent Brenneman did not speak in court. In an email Friday, "
                     "his attorney said Brenneman \"is presumed innocent.\"\n")
    assert _plain(speaker_of(facts, "is presumed innocent")) == "Brenneman's attorney"


# A lawyer the party list ties to a client, named only paragraphs later, is not the one "Roe's attorney" meant.
def test_a_clients_attorney_is_not_a_lawyer_named_only_much_later():
    facts = facts_of("Lamar Quistorp, 41, was sentenced to 20 years in prison. Co-defendant Ada Penhale got six years.\n\n"
                     "Quistorp's attorney asked for 15 years, telling the judge that his client \"never had a fair "
                     "start.\"\n\n"
                     "The judge declined.\n\n"
                     "Quistorp's sister wept in the gallery.\n\n"
                     "Penhale's sentence came later in the day.\n\n"
                     "Her attorney, Orson Tullbright, said Penhale was in a relationship with Quistorp and \"was "
                     "managed the way everything else in that shop was managed.\"\n")
    assert _plain(speaker_of(facts, "never had a fair")) == "Quistorp's attorney"


# "…, the family said in a statement. / "…," the statement said": the family issued it, not the son it mentions.
def test_a_statements_trailing_issuer_speaks_its_words():
    facts = facts_of("Stavros Kelleni, 66, who owns three diners, was sentenced Thursday to 18 months in prison.\n\n"
                     "The diners will stay open under the management of the couple's daughter, Elena Kelleni, the "
                     "family said in a statement.\n\n"
                     "\"Our doors stay open,\" the statement said.\n")
    assert speaker_of(facts, "Our doors stay open") == "the Kelleni family"


# "At the hearing, the daughter of one of the victims read a statement. "…," she told the court": the daughter.
def test_an_unnamed_subject_after_a_scene_opening_is_the_next_she():
    facts = facts_of("Lorna Pettice, 55, a roofer, was sentenced Monday to four years in prison for defrauding "
                     "elderly homeowners.\n\n"
                     "At the sentencing hearing, the daughter of one of the victims read a statement to the court.\n\n"
                     "\"My mother trusted every word,\" she told the court.\n")
    assert speaker_of(facts, "My mother trusted") == "the daughter of one of the victims"


# "One juror from the first trial, who …": the phrase placing the unnamed person stays in the description.
def test_an_unnamed_speakers_placing_phrase_stays_in_the_description():
    facts = facts_of("Wade Costner, 33, will be tried again in March.\n\n"
                     "One juror from the first trial, who asked not to be named, said the panel was split.\n\n"
                     "\"We just couldn't agree,\" she said.\n")
    assert speaker_of(facts, "We just couldn't agree") == "one juror from the first trial"


# "In a victim impact statement read aloud, his mother, Ann Roe, described …" then a bare quote paragraph: hers.
def test_a_bare_quote_after_a_statement_opening_is_its_subjects():
    facts = facts_of("Dorian Palk, 27, was sentenced Monday to nine years for the death of Kwame Addo-Bright.\n\n"
                     "In a victim impact statement read aloud in court, his mother, Efua Addo-Bright, described a "
                     "family that has not marked a holiday since.\n\n"
                     "\"Kwame was the one who held us together.\"\n")
    assert speaker_of(facts, "Kwame was the one") == "Efua Addo-Bright"


# "In a statement read by a victim advocate, the boy's parents thanked the jury." then their words, unnamed.
def test_a_bare_quote_after_a_statement_by_unnamed_parents_is_theirs():
    facts = facts_of("Dorian Palk, 27, was sentenced Monday to nine years in prison.\n\n"
                     "In a victim impact statement, his aunt, Efua Addo, asked for the maximum.\n\n"
                     "In a statement read outside the courtroom by a victim advocate, the boy's parents thanked the "
                     "jury.\n\n"
                     "\"For three years our son carried something no child should carry.\"\n")
    assert _plain(speaker_of(facts, "For three years")) == "boy's parents"


# "One letter, from former board member Ann Roe, struck a different tone. "…," she wrote": the comma before "from"
# still makes the one named after it the letter's writer.
def test_a_letter_set_off_in_commas_still_names_its_writer():
    from builder.extract._speakers import _LETTER_FROM

    assert _LETTER_FROM.search("One letter, from former Crestmoor board member ")
    assert _LETTER_FROM.search("including one from his friend ")
    facts = facts_of("Doug Marlin, 66, was sentenced Monday to five years in prison for bank fraud.\n\n"
                     "One letter, from former board member Alma Corvo, struck a different tone. \"I trusted what I "
                     "was told,\" she wrote.\n")
    assert speaker_of(facts, "I trusted what I") == "Alma Corvo"

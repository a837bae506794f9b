"""Speakers and parties, round 70: a "she told the court" after a sentence that named her only in a time clause, a
courtesy title that belongs to a relative sharing her surname, a person the article names only by initials, a verb
that labels another's words ("dismissed the claim as "…""), a long title and affiliation between the quote and its
"said", and a participle of speech addressed to the sentence's subject from a time clause's own subject. All texts
invented."""
from tests.helpers import C, O, party_kinds, quotes_of, speaker_in

LEDE = "A former county employee was sentenced on Monday after a trial in Ohio.\n\n"


def test_she_is_the_one_person_of_the_sentence_before_a_clause_named():
    text = LEDE + ("Martin Oakfield kept his eyes on the floor Monday as Greta Linwood stood at the lectern and described the "
            "night her son came home with a broken jaw.\n\n"
            f"{O}He could not eat for a month,{C} she told the court. {O}He still flinches at loud noises.{C}\n\n"
            "A judge sentenced Oakfield to four years in prison for beating Pavel Linwood. Mr. Linwood, who was 30 at "
            "the time, suffered a concussion.\n\n"
            "Outside the courthouse, Greta Linwood held a photo of her son and spoke to reporters.\n")
    assert speaker_in(text, "could not eat") == "Greta Linwood"
    assert speaker_in(text, "flinches") == "Greta Linwood"


def test_she_after_a_while_clause_that_named_her():
    text = LEDE + ("Dorian Petrakis looked straight ahead, his hands folded, while Noemi Castellane read from a page about her daughter.\n\n"
            f"{O}She was the light of our house,{C} she said.\n\n"
            "Mr. Petrakis was sentenced to nine years for the crash that killed Lucia Castellane.\n\n"
            "Noemi Castellane left without speaking to reporters.\n")
    assert speaker_in(text, "light of our house") == "Noemi Castellane"


def test_a_victim_named_only_by_initials_is_a_party_and_speaks():
    text = ("Hollis Marren, 33, was sentenced to five years for stalking a former partner.\n\n"
            "The victim, who is identified in court papers only by her initials, R.T., did not attend. In a "
            "statement read by prosecutors, she said she was relieved.\n\n"
            "R.T. moved twice during the case.\n\n"
            f"{O}I can finally sleep through the night,{C} the statement said.\n")
    assert "R.T." in party_kinds(text)
    assert speaker_in(text, "finally sleep") == "R.T."


def test_a_woman_identified_only_as_initials_is_a_party():
    text = ("Tobin Ashgrove was convicted of assault. The woman, identified in court only as M.V., testified by "
            "video from Ohio.\n")
    assert party_kinds(text).get("M.V.") == "person"


def test_a_verb_that_labels_anothers_claim_as_quoted_words_is_speech():
    text = ("Tobias Renquist, 38, pleaded guilty to manslaughter in May.\n\n"
            "His lawyers argued that he suffered a lapse of memory. Prosecutors, in their response, dismissed that "
            f"argument as {O}an excuse, not a reason{C} and pointed to his phone records.\n")
    assert speaker_in(text, "an excuse, not a reason") == "prosecutors"
    text = ("Ilse Varnholt was convicted of fraud in June.\n\n"
            f"Varnholt's attorney derided the state's theory as {O}a story in search of a crime{C} during closing "
            "arguments.\n")
    assert speaker_in(text, "in search of a crime") == "Varnholt\u2019s attorney"


def test_a_judge_who_dismissed_a_case_says_nothing_by_it():
    text = ("Corla Benedek, 44, was sentenced Friday.\n\nA judge dismissed the remaining counts in March. "
            f"{O}It is over,{C} Benedek said.\n")
    assert speaker_in(text, "It is over") == "Corla Benedek"


def test_a_long_title_and_affiliation_before_said_still_names_the_speaker():
    text = ("Dr. Anselm Vorhees, 61, was sentenced Tuesday to eight years in prison for billing fraud.\n\n"
            f"{O}He stole from the sick,{C} said Petra Lindqvist, a former patient.\n\n"
            f"{O}Public money is meant for care, not yachts,{C} Special Agent in Charge Ottilie Brandauer of the "
            "U.S. Department of Health and Human Services Office of Inspector General said in a statement.\n")
    assert speaker_in(text, "not yachts") == "Ottilie Brandauer"


def test_a_short_quote_before_a_five_word_title_and_name_is_speech():
    text = ("Dr. Anselm Vorhees, 61, was sentenced Tuesday to eight years in prison for billing fraud.\n\n"
            f"{O}Families trusted him,{C} Assistant U.S. Attorney Mirela Hovland said after the hearing, "
            f"{O}and he used their trust like a credit card.{C}\n")
    assert ("Families trusted him,", "Mirela Hovland") in quotes_of(text)
    text = ("Rudd Kessane was convicted of theft.\n\n"
            f"{O}Nobody was spared,{C} Deputy Chief District Attorney Anouk Feldhaus Brandt told reporters.\n")
    assert ("Nobody was spared,", "Anouk Feldhaus Brandt") in quotes_of(text)


def test_a_participle_addressed_to_the_subject_belongs_to_the_time_clause_subject():
    text = ("Lorcan Beaumont, 52, stood with his hands clasped as U.S. District Judge Imelda Sauvage announced the "
            f"sentence at the federal courthouse, telling him that the damage he did {O}cannot be undone by any "
            f"apology.{C}\n\nSauvage also ordered Beaumont to pay restitution.\n")
    assert speaker_in(text, "cannot be undone") == "Imelda Sauvage"
    text = ("Wenna Triskell, 40, wept quietly while Judge Osric Palmqvist read the verdict, warning her that the "
            f"court {O}will not see you again without consequence.{C}\n\nPalmqvist set sentencing for May.\n")
    assert speaker_in(text, "without consequence") == "Osric Palmqvist"


def test_a_term_named_by_the_law_or_by_researchers_is_no_quote():
    text = LEDE + ("Her lawyer argued she honestly, if wrongly, believed she was in danger \u2014 what Nevada law calls "
                   f"{O}unreasonable self-defense.{C}\n\n"
                   "His lawyers said the crash was a lapse of attention, the kind researchers sometimes call "
                   f"{O}inattentional blindness,{C} and filed an expert report.\n\n"
                   f"{O}We will appeal,{C} said Bertil Okonkwo-Haas, her lawyer.\n")
    found = [q for q, _ in quotes_of(text)]
    assert not any("self-defense" in q or "blindness" in q for q in found)
    assert "We will appeal," in found


def test_what_a_side_in_the_case_calls_a_thing_stays_its_words():
    text = LEDE + f"Prosecutors dismissed what the defense calls {O}a tragic accident of memory{C} as a convenient story.\n"
    assert [q for q, _ in quotes_of(text)] == ["a tragic accident of memory"]

"""Sentence terms told in the many wordings news uses for one fact: the governing words, the term's form, who proposed it
and whose it is. Each test states one convention with several paraphrases and a near-miss that must not read the same."""
from __future__ import annotations

from tests.helpers import sentencing_of

_LEDE = "Hollis Brennick, a former county clerk from Marlow, pleaded guilty in May to theft and money laundering."


def _facts(*paragraphs: str, lede: str = _LEDE):
    return sentencing_of(lede, *paragraphs, published="2024-06-14", title="Clerk case")


def _term(sentencing, words: str):
    """The defendant's term whose text holds `words`."""
    found = [t for t in sentencing.terms if words in t.text]
    assert found, f"no term with {words!r} in {[t.text for t in sentencing.terms]}"
    return found[0]


def test_plain_words_for_the_courts_act_impose_the_term():
    for sentence, words in [("Brennick was put on probation for three years.", "probation for three years"),
                            ("She drew 12 years in prison.", "12 years in prison"),
                            ("Brennick was hit with a $5,000 fine.", "$5,000 fine")]:
        term = _term(_facts(sentence), words)
        assert term.status == "imposed", sentence
    near = _facts("If convicted at trial, she could have been hit with a $5,000 fine.")
    assert not [t for t in near.terms if "$5,000" in t.text and t.status == "imposed"]


def test_a_prosecuting_office_is_the_prosecution():
    for sentence in ("The state is seeking six years in prison.", "The U.S. Attorney's Office asked for six years in prison.",
                     "The district attorney's office recommended six years in prison."):
        term = _term(_facts(sentence), "six years in prison")
        # the side, or the office by its own name where the article makes it a party
        assert term.status in ("recommended", "sought") and term.by in ("prosecutors", "U.S. Attorney's Office"), (sentence, term.by)
    # a named prosecutor who says what "the state" will ask for is the one asking
    near = _term(_facts("Assistant Prosecutor Wendell Ames said the state would ask for six years in prison."), "six years")
    assert near.by == "Wendell Ames"


def test_when_and_where_between_a_custody_verb_and_its_length():
    for sentence, words in [("Brennick was jailed on Friday for six years.", "six years"),
                            ("Brennick was jailed at Marlow Crown Court for 12 years.", "12 years"),
                            ("She was locked up last week for life.", "for life"),
                            ("Brennick was jailed on Oct. 3 for 41 months.", "41 months"),
                            ("Judge Ann Pike jailed Brennick for six years at Marlow Crown Court.", "six years")]:
        term = _term(_facts(sentence), words)
        assert term.status == "imposed" and term.kind == "prison", sentence
    assert not _facts("Brennick was jailed on Friday for contempt of court.").terms


def test_a_cap_told_inside_the_noun_phrase_is_a_maximum():
    for sentence, words in [("The most serious charge carries a prison sentence of up to 10 years.", "up to 10 years"),
                            ("Brennick could be sentenced to as many as 12 years in prison.", "12 years in prison"),
                            ("She faces a statutory maximum of 20 years in prison.", "statutory maximum of 20 years"),
                            ("Brennick could be sentenced to 15 years in prison.", "15 years in prison")]:
        assert _term(_facts(sentence), words).status == "maximum", sentence
    # an imposed term that runs "for up to" a length is still the court's
    near = _term(_facts("Brennick was sentenced to nine years in prison and post-release control for up to three years."),
                 "post-release control")
    assert near.status == "imposed"


def test_imprisonment_named_between_term_and_length():
    for sentence in ("Brennick was sentenced to a term of imprisonment of four years.",
                     "The judge imposed a term of imprisonment of four years.",
                     "Prosecutors asked for a term of imprisonment of four years."):
        term = _term(_facts(sentence), "term of imprisonment of four years")
        assert term.amount == 4 and term.kind == "prison", sentence


def test_other_cases_told_as_a_yardstick_are_no_term():
    for sentence in ("In a similar case last year, a former treasurer received eight years in prison.",
                     "The average sentence for such crimes is about eight years in prison.",
                     "In a comparable case, a Dayton bookkeeper was sentenced to eight years in prison."):
        assert not [t for t in _facts(sentence).terms if "eight years" in t.text], sentence
    # the defendant's own term beside such talk stays
    near = _facts("Brennick was sentenced to eight years in prison, more than the average sentence in the state.")
    assert _term(near, "eight years in prison").status == "imposed"


def test_a_named_person_given_a_term_is_not_the_defendant():
    for sentence in ("The same judge last month gave Marcus Tolle 12 years in prison in a separate case.",
                     "The judge sentenced Marcus Tolle, 31, to 12 years in prison.",
                     "The judge also ordered Marcus Tolle to serve 12 years in prison."):
        s = _facts("Brennick was sentenced to four years in prison on Thursday.", sentence)
        assert not [t for t in s.terms if "12 years" in t.text], sentence
        assert any(t.subject == "Marcus Tolle" for t in s.others), sentence
    near = _facts("The judge sentenced Hollis Brennick to 12 years in prison.")
    assert _term(near, "12 years in prison").status == "imposed"


def test_a_term_the_court_is_said_to_impose_after_it_is_named():
    for sentence, words in [("A sentence of 10 years in prison was imposed.", "10 years in prison"),
                            ("Before imposing the sentence of 12 years, the judge called the theft brazen.", "12 years"),
                            ("Three years of probation were also ordered.", "Three years of probation")]:
        assert _term(_facts(sentence), words).status == "imposed", sentence
    near = _facts("If a sentence of 10 years were imposed, Brennick would lose her pension.")
    assert not [t for t in near.terms if "10 years" in t.text and t.status == "imposed"]


def test_a_plea_deal_named_after_an_expected_term_proposes_it():
    for sentence in ("Brennick is expected to receive four years in prison under the plea agreement.",
                     "She is likely to get four years in prison under the deal.",
                     "Brennick would serve four years in prison as part of the plea deal."):
        term = _term(_facts(sentence), "four years in prison")
        assert (term.status, term.by) == ("recommended", "plea agreement"), sentence
    near = _term(_facts("Brennick was sentenced to four years in prison under the plea agreement."), "four years")
    assert near.status == "imposed"


def test_lengths_in_less_common_forms():
    cases = [("Brennick was sentenced to a year and a half in prison.", "a year and a half in prison", 1.5, "years"),
             ("Brennick must spend 30 weekends in jail.", "30 weekends in jail", 30, "weekends"),
             ("Brennick was sentenced to a 20-year-to-life sentence.", "20-year-to-life sentence", 20, "years"),
             ("She got 15-years-to-life.", "15-years-to-life", 15, "years"),
             ("Brennick received 100 community service hours.", "100 community service hours", 100, "hours"),
             ("Brennick was sentenced to a three-year term of probation.", "three-year term of probation", 3, "years"),
             ("She was given a three-year term of supervised release.", "three-year term of supervised release", 3, "years"),
             ("Brennick received a two-year deferred sentence.", "two-year deferred sentence", 2, "years"),
             ("The judge sentenced Brennick to the maximum 20 years.", "the maximum 20 years", 20, "years"),
             ("Brennick was sentenced to 12 years on the theft count and five years on the laundering count.",
              "12 years on the theft count", 12, "years")]
    for sentence, words, amount, unit in cases:
        term = _term(_facts(sentence), words)
        assert (term.amount, term.unit, term.status) == (amount, unit, "imposed"), sentence
    near = _facts("The theft took a year and a half to uncover.")
    assert not near.terms


def test_conditions_told_of_the_defendant_with_also_or_had():
    for sentence, kind in [("Brennick also was barred from working as a county clerk.", "disqualification"),
                           ("Hollis Brennick also was barred from handling public money.", "disqualification"),
                           ("She had her driver's license revoked for five years.", "licence_revocation")]:
        s = _facts("Brennick was sentenced to two years in prison.", sentence)
        assert any(t.kind == kind and t.status == "imposed" for t in s.terms), sentence
    near = _facts("Brennick was sentenced to two years in prison.", "Reporters were barred from the courtroom.")
    assert not [t for t in near.terms if t.kind == "disqualification"]


def test_a_kind_argued_to_be_enough_is_a_request():
    for sentence in ("Her lawyers argued that probation was appropriate.", "Her attorneys say house arrest would be sufficient.",
                     "The defense contends community service is enough."):
        s = _facts(sentence)
        assert any(t.status == "recommended" and t.by for t in s.terms), sentence
    near = _facts("Her lawyers argued that the theft was a mistake.")
    assert not near.terms


def test_no_jail_time_told_as_a_fact_is_the_sentence():
    for sentence in ("Brennick will not serve any jail time.", "She won't serve time behind bars.",
                     "Brennick will not spend a single day in jail."):
        assert _facts(sentence).terms[0].status == "imposed", sentence
    near = _facts("Brennick would not serve any jail time under the proposed deal.")
    assert not [t for t in near.terms if t.status == "imposed"]


def test_a_length_restated_between_the_length_and_its_custody():
    for sentence, words in [("Brennick was sentenced to 87 months \u2014 just over seven years \u2014 in prison.", "87 months"),
                            ("Brennick was sentenced to 121 months, or about 10 years, in federal prison.", "121 months"),
                            ("Prosecutors asked for 151 months (more than 12 years) in prison.", "151 months")]:
        term = _term(_facts(sentence), words)
        assert term.text.endswith("prison") and term.unit == "months", sentence
    near = _term(_facts("Brennick was sentenced to 87 months, or more, for the theft."), "87 months")
    assert "prison" not in near.text


def test_items_listed_after_a_cap_share_it():
    for sentence in ("The charge carries a sentence of up to 10 years in prison and a $250,000 fine.",
                     "Each count carries a maximum sentence of 20 years in prison and a $250,000 fine.",
                     "She faces up to five years in prison, plus a $250,000 fine."):
        s = _facts(sentence)
        assert _term(s, "$250,000 fine").status == "maximum", sentence
    near = _facts("Brennick was sentenced to 10 years in prison and a $250,000 fine.")
    assert _term(near, "$250,000 fine").status == "imposed"


def test_a_modal_before_a_penalty_verb_is_exposure():
    for sentence in ("Brennick could be fined up to $250,000.", "She may be jailed for up to two years.",
                     "Brennick could also be sentenced to 15 years in prison."):
        assert _facts(sentence).terms[0].status == "maximum", sentence
    near = _facts("Brennick was fined $25,000.")
    assert near.terms[0].status == "imposed"


def test_a_term_suspended_in_a_relative_clause_is_suspended():
    for sentence in ("Brennick was sentenced to 30 days in jail, all of which was suspended.",
                     "She received 90 days in jail, which was then suspended.",
                     "Brennick was given six months in jail, which were suspended."):
        assert _facts(sentence).terms[0].kind == "suspended_sentence", sentence
    near = _facts("Brennick was sentenced to 30 days in jail, which she will begin serving Monday.")
    assert near.terms[0].kind == "jail"


def test_a_request_governs_the_infinitive_after_it():
    for sentence in ("The victim's family asked the judge to impose the maximum sentence of 20 years.",
                     "Prosecutors urged the court to impose the maximum of 20 years.",
                     "Prosecutors had asked for the maximum 20 years."):
        assert _term(_facts(sentence), "20 years").status == "recommended", sentence
    # a request the story sets aside, and what it "would have" meant, ask nothing
    near = _facts("The judge refused the state's request to sentence Brennick as a repeat offender, which would have "
                  "exposed her to as much as 20 years.")
    assert not [t for t in near.terms if "20 years" in t.text and t.status == "recommended"]


def test_a_pronoun_after_a_pair_sentenced_together_is_the_defendant():
    for lead in ("Hollis Brennick and her husband, Amos Brennick, were both sentenced Friday.",
                 "Brennick and Tomas Reil were sentenced together on Friday.",
                 "Hollis Brennick and a former deputy, Tomas Reil, were sentenced Friday."):
        s = _facts(lead + " She received 10 years in prison.")
        assert _term(s, "10 years in prison").subject is None, lead
    near = _facts("Brennick's co-defendant, Tomas Reil, and two others were sentenced in May. He received six years in prison.")
    assert not [t for t in near.terms if "six years" in t.text]


def test_a_pronoun_for_the_lawyer_just_named_asks_for_that_side():
    for lead, who in [("Assistant U.S. Attorney Dana Wexcombe called the theft brazen. She", "Dana Wexcombe"),
                      ("Defense attorney Lionel Sabo said his client was remorseful. He", "Lionel Sabo"),
                      ("Prosecutor Ida Marsh told the court the losses were large. She", "Ida Marsh")]:
        s = _facts(lead + " asked for 10 years in prison.")
        assert _term(s, "10 years in prison").by == who, lead
    # a pronoun for someone who speaks for no side asks for nothing the briefing can attribute
    near = _facts("Ruth Vey, who runs the food bank, spoke at the hearing. She asked for restitution.")
    assert not [t for t in near.terms if t.kind == "restitution"]


def test_the_sentence_named_before_a_colon_that_gives_it():
    for sentence in ("Brennick learned her fate Tuesday: eight years in prison.", "Her punishment: eight years in prison.",
                     "Brennick's sentence: eight years in prison."):
        assert _term(_facts(sentence), "eight years in prison").status == "imposed", sentence
    near = _term(_facts("Brennick faces a stiff sentence: up to eight years in prison."), "eight years in prison")
    assert near.status == "maximum"


def test_a_new_sentence_after_the_original_one_is_imposed():
    for sentence in ("Brennick, who was originally sentenced to 20 years in prison, was resentenced Friday to 12 years.",
                     "Brennick had previously been sentenced to 20 years in prison but was resentenced to 12 years on Friday.",
                     "Originally sentenced to 20 years in prison, Brennick was given 12 years on Friday."):
        s = _facts(sentence)
        assert _term(s, "12 years").status == "imposed", sentence
        assert _term(s, "20 years").status == "other", sentence
    near = _facts("Brennick was originally sentenced to 20 years in prison.")
    assert _term(near, "20 years in prison").status == "other"
    recap = _facts("At the time, Brennick was sentenced to five years of probation and ordered to pay $9,000 in restitution.")
    assert _term(recap, "$9,000 in restitution").status == "other"


def test_supervision_for_life_needs_no_number():
    for sentence, words in [("The judge also ordered her to spend the rest of her life on supervised release.", "the rest of her life on supervised release"),
                            ("Brennick will be on supervised release for the rest of her life.", "supervised release for the rest of her life"),
                            ("She was sentenced to 12 years in prison, to be followed by a lifetime term of supervised release.", "lifetime term of supervised release"),
                            ("The judge ordered lifelong supervision once she is released.", "lifelong supervision"),
                            ("Brennick was placed on probation for life.", "probation for life")]:
        term = _term(_facts(sentence), words)
        assert term.text == words and term.unit == "life" and term.status == "imposed", sentence
    # Near miss: a length of life that is no supervision at all
    near = _facts("Brennick was sentenced to 12 years in prison. The victim said she will carry the loss for the rest of her life.")
    assert [t.text for t in near.terms] == ["12 years in prison"]


def test_a_ban_keeps_the_place_or_people_its_acts_are_barred_from():
    for sentence, words in [("She is barred from having contact with anyone under 18 and from coaching or volunteering in any youth program.",
                             "coaching or volunteering in any youth program"),
                            ("The judge barred her from teaching or tutoring at any school.", "teaching or tutoring at any school"),
                            ("Brennick is banned from coaching or mentoring minors.", "coaching or mentoring minors"),
                            ("Brennick was barred from working or consulting for any bank.", "working or consulting for any bank")]:
        term = _term(_facts("Brennick was sentenced on Monday to five years of probation.", sentence), words)
        assert term.text.endswith(words) and term.status == "imposed", sentence
    # Near miss: a bare place name closes the list; it is where the roles are, not what is barred
    near = _facts("Brennick was sentenced on Monday to five years of probation.",
                  "The judge barred her from serving as a guardian, conservator or trustee in Ohio.")
    assert _term(near, "trustee").text.endswith("conservator or trustee")


def test_a_length_told_bare_takes_the_later_wording_that_names_it():
    for lede, later, words in [("Hollis Brennick was resentenced Thursday to 41 months.", "The judge imposed 41 months in prison.", "41 months in prison"),
                               ("Hollis Brennick was sentenced to 12 years on Monday.", "The 12 years in federal prison will be followed by supervision.",
                                "12 years in federal prison"),
                               ("Hollis Brennick drew 15 years on Friday.", "The judge handed down the 15-year prison sentence after hearing from victims.",
                                "15-year prison sentence")]:
        s = _facts(_LEDE, later, lede=lede)
        assert [t.text for t in s.terms if t.kind == "prison"] == [words], lede
    # Near miss: a first wording that already names the custody keeps its place (a lede's "behind bars" is a figure
    # of speech, which the court's noun replaces)
    s = _facts(_LEDE, "The judge imposed 41 months in prison.", lede="Hollis Brennick was sentenced Thursday to 41 months in federal custody.")
    assert [t.text for t in s.terms if t.kind == "prison"] == ["41 months in federal custody"]
    s = _facts(_LEDE, "The judge imposed 41 months in federal prison.", lede="Hollis Brennick was sentenced Thursday to 41 months behind bars.")
    assert [t.text for t in s.terms if t.kind == "prison"] == ["41 months in federal prison"]


def test_the_place_of_custody_stays_in_the_term():
    for sentence, words, kind in [("Brennick was sentenced to six months in parish jail.", "six months in parish jail", "jail"),
                                  ("She was sentenced to 30 days in the county lockup.", "30 days in the county lockup", "jail"),
                                  ("Brennick was sentenced to eight years in a maximum-security prison.",
                                   "eight years in a maximum-security prison", "prison"),
                                  ("She was sentenced to four years in a young offender institution.",
                                   "four years in a young offender institution", "detention"),
                                  ("Brennick was sentenced to two years in the county detention center.",
                                   "two years in the county detention center", "detention")]:
        term = _term(_facts(sentence), words)
        assert term.text.endswith(words.split(" in ", 1)[1]) and term.kind == kind, (sentence, term.text, term.kind)
    # a place that is no custody ends the term at its length
    near = _facts("Brennick was sentenced to six months and will serve them close to her family in Marlow.")
    assert not [t for t in near.terms if "Marlow" in t.text]


def test_a_term_asked_for_someone_else_is_theirs():
    lede = "Hollis Brennick, a former county clerk from Marlow, was convicted of bribery in May."
    for sentence, other in [("Prosecutors are seeking eight years for developer Anton Varga and six years for Lena Moss.", "Anton Varga"),
                            ("The government is seeking eight years for co-defendant Anton Varga.", "Anton Varga"),
                            ("Prosecutors want Anton Varga to serve eight years.", "Anton Varga"),
                            ("Prosecutors are seeking 12 years for Brennick and eight years for Anton Varga.", "Anton Varga")]:
        sentencing = _facts("Investigators said the scheme ran for years.", sentence, lede=lede)
        assert not [t for t in sentencing.terms if "eight years" in t.text], sentence
        assert any("eight years" in t.text and t.subject == other for t in sentencing.others), sentence
    mine = _facts("Prosecutors are seeking 12 years for Brennick and eight years for Anton Varga.", lede=lede)
    assert _term(mine, "12 years").status == "sought"
    # "for" before a crime's victim is no request for that person
    near = _facts("Prosecutors sought 10 years for defrauding Anton Varga.", lede=lede)
    assert _term(near, "10 years").subject is None


def test_a_later_length_in_a_list_keeps_the_first_ones_status():
    for sentence, words, status in [
            ("Judge Ann Pike imposed six years for the theft count and two years for each laundering count, to run concurrently.",
             "two years", "imposed"),
            ("Brennick got 20 years for the robbery, plus 10 years for the gun charge.", "10 years", "imposed"),
            ("Theft carries up to 20 years, and each laundering count a maximum of five years.", "maximum of five years", "maximum"),
            ("Each count of theft is punishable by up to 20 years in prison, and each count of money laundering by up to 10 years.",
             "up to 10 years", "maximum")]:
        term = _term(_facts(sentence), words)
        assert term.status == status, (sentence, term.status)
    # a restatement in other units, a second clause with its own verb, a floor told bare: no second term
    assert not [t for t in _facts("Prosecutors asked for 96 months, or eight years.").terms if t.text == "eight years"]
    assert not [t for t in _facts("Prosecutors sought 10 years, and the judge imposed eight years after a hearing.").terms
                if t.text == "eight years" and t.status == "sought"]
    assert not [t for t in _facts("Theft carries a maximum of 20 years for the theft and 10 years for the laundering.").terms
                if t.text == "10 years"]


def test_a_headline_verb_gives_a_bare_length():
    for lede, words in [("Hollis Brennick gets 30 months for stealing from the county.", "30 months"),
                        ("Hollis Brennick was handed 12 years on Tuesday for stealing from the county.", "12 years"),
                        ("Hollis Brennick will serve 4 years for stealing from the county, a judge ruled.", "4 years"),
                        ("Hollis Brennick was sent down for six years on Tuesday.", "six years")]:
        term = _term(_facts("Brennick, 51, had pleaded guilty to theft.", lede=lede), words)
        assert term.status == "imposed" and term.kind == "prison", lede
    for near in ("Brennick will serve four years on the city council if the verdict is overturned.",
                 "Brennick got two years of college credit while awaiting trial."):
        assert not _facts(near).terms, near


def test_a_cap_told_without_a_number_is_no_term():
    # "decades", "years behind bars": a vague span the reader cannot weigh against anything, not a cap
    for sentence in ("Brennick faces decades in prison.", "She could spend decades behind bars.", "Brennick faces years in prison.",
                     "Brennick spent decades in prison for an earlier robbery."):
        assert not _facts(sentence).terms, sentence
    assert _term(_facts("Brennick faces up to 30 years in prison."), "up to 30 years").status == "maximum"


def test_registration_and_supervision_for_life_as_nouns():
    lede = "Hollis Brennick, a former coach from Marlow, was sentenced Friday to 20 years in prison."
    for sentence, words in [("She was placed on the sex-offender registry for life.", "sex-offender registry for life"),
                            ("The sentence includes lifetime registration as a sex offender.", "lifetime registration"),
                            ("The judge also imposed lifetime post-release supervision.", "lifetime post-release supervision"),
                            ("Brennick will be on parole for life.", "parole for life")]:
        assert _term(_facts(sentence, lede=lede), words).status == "imposed", sentence
    assert not [t for t in _facts("Brennick will be eligible for parole in 2040.", lede=lede).terms if "parole" in t.text]


def test_a_bar_for_life_told_twice_is_one_term():
    lede = "Hollis Brennick, who ran two group homes in Marlow, was barred for life from running care homes."
    sentencing = _facts("Judge Ann Pike also imposed a lifetime ban, citing the residents who died.", lede=lede)
    bars = [t for t in sentencing.terms if t.kind == "disqualification"]
    assert [t.text for t in bars] == ["lifetime ban"] and len(bars[0].citations) == 2
    # two bars told as verbs may cover different things
    two = _facts("She was also barred for life from owning firearms.", lede=lede)
    assert len([t for t in two.terms if t.kind == "disqualification"]) == 2


def test_ranges_and_indeterminate_terms_keep_both_bounds():
    for np_, words in [("eight to 12 years", "eight to 12 years"), ("three to 23 months in jail", "three to 23 months in jail"),
                       ("an 8-to-12-year sentence", "8-to-12-year sentence"), ("15 years to life", "15 years to life"),
                       ("an indefinite term of 8 to 12 years", "indefinite term of 8 to 12 years")]:
        term = _term(_facts(f"Brennick was sentenced Friday to {np_}."), words)
        assert term.text == words and term.status == "imposed", (np_, term.text)


def test_a_request_told_in_the_passive():
    for sentence, status, by in [("A 10-year sentence was sought by prosecutors.", "sought", "prosecutors"),
                                 ("A sentence of 12 years was recommended.", "recommended", None),
                                 ("A 10-year prison term was requested.", "recommended", None)]:
        term = _term(_facts(sentence), "year")
        assert (term.status, term.by) == (status, by), sentence
    other = _facts("An eight-year sentence was requested for Anton Varga, who kept the books.")
    assert not other.terms and other.others[0].subject == "Anton Varga"
    # the court's act told in the passive stays imposed
    assert _term(_facts("A 10-year sentence was imposed by Judge Ann Pike."), "10-year").status == "imposed"


def test_a_life_term_keeps_the_place_of_custody_and_a_life_taken_is_no_term():
    for sentence, words in [("Brennick was sentenced Thursday to life in federal prison.", "life in federal prison"),
                            ("She was sentenced to 25 years to life in a state penitentiary.",
                             "25 years to life in a state penitentiary"),
                            ("The judge gave her life behind bars.", "life behind bars")]:
        assert _term(_facts(sentence), words).status == "imposed", sentence
    near = _facts("Her lawyers said she tried to take her own life in jail last spring.")
    assert not [t for t in near.terms if "life" in t.text]


def test_an_order_of_protection_keeps_what_it_bars_and_a_restitution_plan_its_instalments():
    for sentence, words in [
            ("Judge Ana Ruiz also issued an order of protection barring Brennick from contacting the clerk's office "
             "staff until 2040.", "order of protection barring Brennick from contacting the clerk's office staff"),
            ("The judge issued a protective order barring her from contacting the victims.",
             "protective order barring her from contacting the victims"),
            ("She must make restitution payments of at least $900 a month once she is released.",
             "restitution payments of at least $900 a month")]:
        assert _term(_facts("Judge Ana Ruiz sentenced Brennick to three years in prison.", sentence), words).status == "imposed"
    extended = _facts("Judge Ana Ruiz sentenced Brennick to three years in prison and extended the protective order "
                      "until 2034.")
    assert _term(extended, "extended the protective order until 2034")


def test_a_bar_keeps_a_list_that_closes_its_place():
    s = _facts("Judge Ana Ruiz sentenced Brennick to three years in prison and barred her from serving as treasurer or "
               "signer on the accounts of any church, charity or nonprofit while she is on probation.")
    assert _term(s, "any church, charity or nonprofit").kind == "disqualification"


def test_a_custody_place_goes_with_every_term_form():
    # the place (a state's prison agency, a security level, a jail) stays in the term whatever form the length takes
    for sentence, words in [("Brennick was sentenced to life in the Oklahoma Department of Corrections.",
                             "life in the Oklahoma Department of Corrections"),
                            ("She was ordered to serve a four-year sentence in the county jail.", "four-year sentence in the county jail"),
                            ("The judge gave her a 12-year term in state prison.", "12-year term in state prison"),
                            ("Brennick must serve 90 days in the Texas Department of Criminal Justice.",
                             "90 days in the Texas Department of Criminal Justice"),
                            ("She was sentenced to life plus 15 years in federal prison.", "life plus 15 years in federal prison")]:
        term = _term(_facts(sentence), words)
        assert term.status == "imposed", sentence
    # "maximum-security" names the prison, not the law's cap
    term = _term(_facts("Brennick was handed 90 days in a maximum-security prison."), "90 days in a maximum-security prison")
    assert term.status == "imposed"


def test_a_bare_life_is_the_term_its_verb_governs():
    for sentence, status in [("U.S. District Judge Amy Roe sentenced her on Monday to life.", "imposed"),
                             ("Brennick got life for the killings.", "imposed"),
                             ("Prosecutors had asked for life.", "recommended"),
                             ("The murder count carries a maximum of life.", "maximum"),
                             ("Brennick could face life if convicted.", "maximum")]:
        sentencing = _facts(sentence)
        assert [t for t in sentencing.terms if t.unit == "life" and t.status == status], sentence
    for near in ("Brennick said she wanted to get her life back on track.", "Doctors gave her life-saving care.",
                 "Nurses gave her life, her sister said.", "A cellmate took his own life in jail."):
        assert not [t for t in _facts(near).terms if t.unit == "life"], near


def test_a_courts_order_of_protection_is_imposed_by_any_verb():
    for sentence in ("The judge also issued a protective order.", "Judge Amy Roe granted an order of protection for the victim.",
                     "Brennick was given a no-contact order.", "The judge entered a stay-away order.",
                     "Brennick is also subject to a full order of protection."):
        sentencing = _facts(sentence)
        assert [t for t in sentencing.terms if t.kind == "no_contact" and t.status == "imposed"], sentence
    term = _term(_facts("The judge issued an order of protection barring her from contacting the family until 2051."),
                 "order of protection barring her from contacting the family until 2051")
    assert term.status == "imposed"
    for near in ("Brennick was convicted of violating a protective order.", "She got 12 months on the protective order violation.",
                 "The victim's mother had obtained an order of protection against her in 2019."):
        assert not [t for t in _facts(near).terms if "order" in t.text and t.status == "imposed"], near


def test_a_forfeiture_told_as_a_money_judgment():
    for sentence, words in [("Brennick was ordered to pay a $410,000 forfeiture judgment.", "$410,000 forfeiture judgment"),
                            ("The judge also entered a money judgment of $95,000.", "money judgment of $95,000"),
                            ("Prosecutors sought a $2.3 million forfeiture money judgment.", "$2.3 million forfeiture money judgment")]:
        term = _term(_facts(sentence), words)
        assert term.kind == "forfeiture", sentence
    assert not [t for t in _facts("The county won a $95,000 judgment against the contractor.").terms if "$95,000" in t.text]


def test_a_bar_told_with_its_length_before_its_object():
    for sentence, words in [("The judge barred her for five years from holding public office.", "holding public office"),
                            ("Judge Amy Roe banned Brennick until 2040 from contacting the victim.", "contacting the victim"),
                            ("She was also banned from contacting the victim until 2040.", "contacting the victim until 2040")]:
        term = _term(_facts(sentence), words)
        assert term.status == "imposed", sentence
    assert not _facts("Reporters were barred for an hour from the courtroom.").terms


def test_a_cooperating_witnesss_own_sentence_is_not_the_defendants():
    for pair in ("Her former deputy, Ana Pruitt, testified against Brennick. She was sentenced in March to 18 months of home confinement.",
                 "Ana Pruitt, the office manager, cooperated with prosecutors. She was sentenced last year to two years in prison.",
                 "Brennick's cousin, Tom Pruitt, took the stand against her. He was sentenced to 30 months in prison."):
        sentencing = _facts(pair)
        assert not [t for t in sentencing.terms if t.status == "imposed"], pair
        assert [t for t in sentencing.others if t.subject and "Pruitt" in t.subject], pair
    near = _facts("Brennick testified in her own defense. She was sentenced to two years in prison.")
    assert [t for t in near.terms if t.status == "imposed"]


def test_the_old_sentence_named_as_a_back_reference_is_no_new_term():
    sentencing = _facts("Judge Amy Roe ordered Brennick to serve two years in jail, part of the suspended sentence she received "
                        "when she pleaded guilty in 2022.")
    assert _term(sentencing, "two years in jail").status == "imposed"
    assert not [t for t in sentencing.terms if t.text == "suspended sentence"]
    assert [t for t in _facts("Brennick was given a suspended sentence.").terms if t.kind == "suspended_sentence"]


def test_of_two_life_wordings_the_one_naming_the_place_is_kept():
    sentencing = _facts("An appeals court affirmed Brennick's life sentence.", "Her sentence of life in prison stands.")
    assert [t.text for t in sentencing.terms if t.unit == "life"] == ["life in prison"]


def test_a_revocation_imposes_the_unserved_rest_of_the_earlier_sentence():
    for sentence, words in [("Judge Amy Roe revoked her probation and ordered her to serve the remaining nine months of her jail sentence.",
                             "remaining nine months of her jail sentence"),
                            ("Judge Amy Roe sent Brennick back to prison to serve the remaining two years of her sentence.",
                             "remaining two years of her sentence"),
                            ("Judge Amy Roe ordered Brennick to spend the final 18 months of her prison term behind bars.",
                             "final 18 months of her prison term")]:
        term = _term(_facts(sentence), words)
        assert term.status == "imposed", sentence
    near = _facts("Brennick will spend the final two years of the sentence on probation.")
    assert not [t for t in near.terms if t.kind in ("prison", "jail")]


def test_a_monitoring_order_keeps_how_long_the_device_is_worn():
    for sentence, words in [("Judge Amy Roe ordered her to wear an alcohol-monitoring bracelet for six months after her release.",
                             "bracelet for six months"),
                            ("Brennick must wear a GPS monitor for two years, the judge said.", "GPS monitor for two years"),
                            ("Judge Amy Roe placed her on electronic monitoring for 90 days.", "electronic monitoring for 90 days")]:
        assert _term(_facts(sentence), words).status == "imposed", sentence
    near = _facts("Brennick wore an ankle monitor for six months before trial while free on bond.")
    assert not [t for t in near.terms if t.status == "imposed"]


def test_a_minimum_before_parole_keeps_its_parole_condition():
    for sentence, words in [("Brennick must serve the full five years before she is eligible for parole.", "full five years before she is eligible"),
                            ("She will have to serve 12 years before becoming eligible for parole.", "12 years before becoming eligible"),
                            ("Brennick must serve 10 years before she can be paroled.", "10 years before she can be paroled")]:
        assert _term(_facts(sentence), words).status == "imposed", sentence
    near = _facts("If convicted at trial, she would have had to serve at least 20 years before she is eligible for parole.")
    assert not [t for t in near.terms if "20 years" in t.text and t.status == "imposed"]


def test_forfeited_money_keeps_the_noun_that_says_which_money():
    for sentence, words in [("Judge Amy Roe ordered her to forfeit $2.1 million in profits from the firm.", "forfeit $2.1 million in profits"),
                            ("Brennick must also forfeit $88,000 in ill-gotten gains.", "forfeit $88,000 in ill-gotten gains"),
                            ("She was ordered to forfeit $45,500 in kickbacks.", "forfeit $45,500 in kickbacks")]:
        assert _term(_facts(sentence), words).status == "imposed", sentence
    near = _term(_facts("She was ordered to forfeit $9,000 in a separate civil case."), "forfeit $9,000")
    assert "separate" not in near.text


def test_a_no_contact_order_names_the_whole_group():
    for sentence, words in [("Judge Amy Roe ordered her to have no contact with the surviving members of the Quennell family.",
                             "no contact with the surviving members of the Quennell family"),
                            ("Brennick may have no contact with the grieving parents of the victim.",
                             "no contact with the grieving parents of the victim"),
                            ("She must have no contact with the children of Nola Brandt.", "no contact with the children of Nola Brandt")]:
        assert _term(_facts(sentence), words).status == "imposed", sentence
    near = _term(_facts("Judge Amy Roe ordered her to have no contact with the parents of the victim, who attended the hearing."),
                 "no contact with the parents")
    assert near.text == "no contact with the parents of the victim"



def test_a_term_given_to_him_after_a_co_defendants_plea_is_the_co_defendants():
    s = _facts("Marco Ruiz, a co-defendant, pleaded guilty in July. Judge Ana Ruiz-Tate sentenced him Thursday to four "
               "years in prison.")
    assert [(t.text, t.subject) for t in s.others] == [("four years in prison", "Marco Ruiz")]
    own = _facts("Brennick pleaded guilty in May. Judge Ana Ruiz-Tate sentenced her Thursday to four years in prison.")
    assert _term(own, "four years in prison").status == "imposed"


def test_a_plea_deals_listed_terms_are_imposed_when_the_court_sentenced_on_the_deal():
    for accepted in ("Judge Ada Krol accepted the plea deal and sentenced Brennick on the spot.",
                     "Judge Ada Krol accepted the agreement and imposed the agreed sentence.",
                     "Brennick pleaded guilty and was sentenced the same day."):
        for conditions in (["Under the agreement, she must also:", "- pay $3,900 in restitution", "- serve two years of probation"],
                           ["Under the terms of the deal, Brennick will forfeit $8,000, pay $3,900 in restitution and serve two years of probation."]):
            sentencing = _facts(accepted, *conditions)
            for words in ("$3,900 in restitution", "two years of probation"):
                assert _term(sentencing, words).status == "imposed", (accepted, conditions)
    # near-miss: the deal awaits the judge, so its terms are what it offers
    pending = _facts("Sentencing is set for Sept. 9.", "Under the terms of the deal, Brennick will:", "- pay $3,900 in restitution",
                     "- complete 80 hours of community service", "- forfeit $8,000")
    for words in ("$3,900 in restitution", "80 hours of community service", "forfeit $8,000"):
        term = _term(pending, words)
        assert (term.status, term.by) == ("recommended", "plea agreement"), words


def test_what_a_side_argues_she_deserves_is_its_request():
    for sentence in ("In a sentencing memo, prosecutors argued Brennick deserved nine years in prison.",
                     "Prosecutors said Brennick deserves nine years in prison.",
                     "The state argued that Brennick deserved nine years in prison for the thefts."):
        term = _term(_facts(sentence), "nine years in prison")
        assert term.status == "recommended" and term.by is not None and ("rosecutor" in term.by or "state" in term.by.lower()), (sentence, term)
    near = _facts("Brennick was sentenced to nine years in prison, which her victims said she deserved.")
    assert _term(near, "nine years in prison").status == "imposed"


def test_supervision_she_faces_once_released_is_the_sentence_given():
    lede = "Hollowell Brennick, a former county clerk from Marlby, was sentenced Friday to four years in prison."
    for sentence, words in [("Once released, Brennick faces three years of probation.", "three years of probation"),
                            ("After her release, she faces two years of supervised release, the judge said.", "two years of supervised release"),
                            ("When she is released, the former clerk faces five years of probation.", "five years of probation")]:
        assert _term(_facts(sentence, lede=lede), words).status == "imposed", sentence
    near = _facts("She faces up to three years of probation on the remaining count.", lede=lede)
    assert _term(near, "three years of probation").status == "maximum"


def test_a_charge_carrying_a_possible_term_states_the_maximum():
    for sentence, words in [("The most serious count, first-degree robbery, carries a possible life sentence.", "life sentence"),
                            ("Each count carried a potential 10-year prison term.", "10-year prison term"),
                            ("The theft charge carries a possible sentence of seven years.", "sentence of seven years")]:
        assert _term(_facts(sentence), words).status == "maximum", sentence
    near = _facts("Brennick was given a possible reprieve and a sentence of seven years.")
    assert not [t for t in near.terms if t.status == "maximum"]


def test_a_pronoun_opening_a_paragraph_is_the_defendant_not_the_last_paragraphs_relative():
    lede = "Hollowell Brennick, a former county clerk from Marlby, was sentenced Friday to four years in prison."
    for family, sentence, words in [
            ("Nadia Pellworth, 80, lost her savings. Pellworth's daughter wept in the gallery.", "She must also pay $7,000 in restitution.", "$7,000 in restitution"),
            ("Pellworth's mother, who sat behind the prosecutors, cried as the sentence was read.", "She will be on probation for three years after her release.", "probation for three years"),
            ("Pellworth's son testified about the losses.", "He said nothing. She must also serve two years of supervised release.", "two years of supervised release")]:
        sentencing = _facts(family, sentence, lede=lede)
        assert _term(sentencing, words).subject is None, sentence
    # near-miss: in the same paragraph the relative is who the pronoun means
    near = _facts("Brennick's son, Arlo, was 17 when he joined the scheme. He was sentenced to 18 months in a juvenile facility.", lede=lede)
    assert not [t for t in near.terms if "18 months" in t.text]


def test_a_licence_taken_for_a_length_is_a_term():
    lede = "Hollowell Brennick, a former county clerk from Marlby, was sentenced Friday to four years in prison for vehicular homicide."
    for sentence, words in [("Judge Ada Krol also ordered a 10-year revocation of her driver's license.", "10-year revocation of her driver's license"),
                            ("Brennick lost her driver's license for life.", "lost her driver's license for life"),
                            ("The judge imposed a lifetime suspension of her driving licence.", "lifetime suspension of her driving licence")]:
        assert _term(_facts(sentence, lede=lede), words).status == "imposed", sentence
    near = _facts("Brennick had lost her driver's license in 2016 after a drunken-driving arrest.", lede=lede)
    assert not [t for t in near.terms if "license" in t.text]


def test_a_per_count_cap_that_gives_the_number_alone_is_a_maximum():
    for sentence, words in [("She faced up to 10 years in prison on the theft count and up to five on the laundering count.", "up to five"),
                            ("Brennick faces up to 20 years in prison for laundering and up to five for theft.", "up to five"),
                            ("The theft count carries up to 10 years in prison, and as much as three on the tax count.", "as much as three")]:
        term = _term(_facts(sentence), words)
        assert (term.status, term.unit) == ("maximum", "years"), sentence
    near = _facts("She faced up to 10 years in prison, and up to five people testified.")
    assert not [t for t in near.terms if t.text == "up to five"]


def test_a_term_the_prison_term_is_followed_by_is_imposed():
    lede = "Hollowell Brennick, a former county clerk from Marlby, was sentenced Friday to four years in prison."
    for sentence, words in [("Her prison term will be followed by three years of supervised release.", "three years of supervised release"),
                            ("The sentence is to be followed by two years of probation.", "two years of probation"),
                            ("Brennick's time in prison will be followed by 18 months of home confinement.", "18 months of home confinement")]:
        assert _term(_facts(sentence, lede=lede), words).status == "imposed", sentence
    near = _facts("Prosecutors asked for six years in prison followed by three years of supervised release.")
    assert _term(near, "three years of supervised release").status != "imposed"


def test_a_sentence_a_court_gave_in_an_earlier_year_is_not_this_cases():
    lede = "Hollowell Brennick, a former county clerk from Marlby, was sentenced Friday to four years in prison."
    for sentence, words in [("A judge in 2017 sentenced Brennick to 90 days in jail for shoplifting, records show.", "90 days in jail"),
                            ("A Marlby County court in March 2015 ordered her to pay a $400 fine.", "$400 fine"),
                            ("A judge in 2019 placed Brennick on probation for two years.", "probation for two years")]:
        sentencing = _facts(sentence, lede=lede)
        assert not [t for t in sentencing.terms if words in t.text and t.status == "imposed"], sentence
    near = _facts("A judge on Friday also ordered her to pay a $400 fine.", lede=lede)
    assert _term(near, "$400 fine").status == "imposed"


def test_a_view_told_to_the_judge_that_a_term_is_enough_is_a_request():
    for sentence, words in [("Defense attorney Rhea Vantongeren told the judge that probation would be a just sentence.", "probation"),
                            ("Rhea Vantongeren, her lawyer, told the court that two years of probation was enough.", "two years of probation"),
                            ("Her lawyer wrote that home confinement would be sufficient.", "home confinement")]:
        term = _term(_facts(sentence), words)
        assert term.status == "recommended", (sentence, term)
    near = _facts("The judge told the court that probation would follow her prison term of two years.")
    assert not [t for t in near.terms if t.status == "recommended"]


def test_a_term_that_would_have_been_given_is_not_the_sentence():
    lede = "Hollowell Brennick, a former county clerk from Marlby, was sentenced Friday to nine years in prison."
    for sentence, words in [("Brennick had rejected a plea offer that would have sent her to prison for three years.", "three years"),
                            ("The deal she turned down would have put her on probation for five years.", "probation for five years"),
                            ("A guilty plea could have meant 30 months in prison, her lawyer said.", "30 months in prison")]:
        sentencing = _facts(sentence, lede=lede)
        assert not [t for t in sentencing.terms if words in t.text and t.status == "imposed"], sentence
    near = _facts("The judge sent her to prison for three years on the second count.", lede=lede)
    assert _term(near, "three years").status == "imposed"


def test_a_headline_style_paragraph_without_a_verb_states_the_sentence():
    for opening, words in [("Nine years in prison for a former jail guard who sold phones to inmates.", "Nine years in prison"),
                           ("Life without parole for the man who set fire to a Marlby apartment block.", "Life without parole"),
                           ("Probation, not prison, for a former clerk who skimmed county fees.", "Probation"),
                           ("Eleven years behind bars for Hollowell Brennick, the clerk who emptied the county's accounts.", "Eleven years behind bars")]:
        term = _term(_facts("Brennick was sentenced Tuesday in Marlby County Circuit Court.", lede=opening), words)
        assert term.status == "imposed", opening
    # a rule for anyone is no one's sentence
    near = _facts("Up to 20 years in prison for anyone who smuggles a phone into a jail, under a bill signed Tuesday.",
                  lede="Nine years in prison for a former jail guard who sold phones to inmates.")
    assert not [t for t in near.terms if "20 years" in t.text and t.status == "imposed"]


def test_the_judge_ordering_in_reported_speech_imposes_the_term():
    for sentence, words in [("Judge Ada Quarrie said she was ordering Brennick to pay $18,000 in restitution.", "$18,000 in restitution"),
                            ("Judge Ada Quarrie told Brennick she would serve six years in prison.", "six years in prison"),
                            ("In imposing six years in prison, Judge Ada Quarrie cited the harm to the county.", "six years in prison")]:
        assert _term(_facts(sentence), words).status == "imposed", sentence
    near = _facts("Judge Ada Quarrie said she was considering six years in prison and would rule next month.")
    assert not [t for t in near.terms if "six years" in t.text and t.status == "imposed"]


def test_conditions_told_one_per_sentence_after_a_lead_in_are_imposed():
    sentencing = _facts("Brennick was sentenced to five years of probation. One condition: no alcohol. Another: she must install "
                        "an ignition interlock device on any car she drives.",
                        "Among the conditions of her probation: 150 hours of community service.",
                        "The conditions include a $1,000 fine.")
    for words in ("no alcohol", "install an ignition interlock device", "150 hours of community service", "$1,000 fine"):
        assert _term(sentencing, words).status == "imposed", words
    # the conditions of a release on bond before trial are no sentence
    near = _facts("Brennick was released on bond. One condition: no contact with the clerk's office staff. Another: no alcohol.")
    assert not [t for t in near.terms if t.status == "imposed"]


def test_a_juvenile_commitment_until_an_age_is_a_detention_term():
    lede = "Tarin Okonwe, 15, admitted in juvenile court to shooting a classmate outside a Marlby high school."
    for sentence, words in [("Okonwe was committed to the Department of Juvenile Justice until age 21.", "Department of Juvenile Justice until age 21"),
                            ("The judge ordered Okonwe held in a juvenile detention center until he turns 19.", "juvenile detention center until he turns 19"),
                            ("He will remain in the custody of the Division of Youth Services until age 18.", "Division of Youth Services until age 18")]:
        term = _term(_facts(sentence, lede=lede), words)
        assert (term.kind, term.status) == ("detention", "imposed"), sentence
    near = _facts("Okonwe will stay with his grandmother until he turns 18, his lawyer said.", lede=lede)
    assert not near.terms


def test_a_fact_box_label_gives_its_value_the_labels_sense():
    given = "Brennick was sentenced Tuesday in Marlby County Circuit Court."
    for box, words, kind in [(("Sentence: 6 years in prison",), "6 years in prison", "prison"),
                             (("Fine: $12,000",), "$12,000", "fine"),
                             (("Prison: 4 years; restitution: $80,500",), "$80,500", "restitution"),
                             (("Probation: three years",), "three years", "probation")]:
        term = _term(_facts(given, "Key facts", *box), words)
        assert (term.status, term.kind) == ("imposed", kind), box
    asked = _facts("Brennick will be sentenced in August.", "Prosecutors' request: 9 years in prison", "Defense request: probation",
                   "Maximum penalty: 20 years")
    assert (_term(asked, "9 years").status, _term(asked, "9 years").by) == ("recommended", "prosecutors")
    assert (_term(asked, "probation").status, _term(asked, "probation").by) == ("recommended", "defense")
    assert _term(asked, "20 years").status == "maximum"
    # a box's other figures are no terms
    near = _facts(given, "Key facts", "Loss to the county: $2.3 million", "Bail: $50,000")
    assert not [t for t in near.terms if "$2.3 million" in t.text or "$50,000" in t.text]


def test_bullets_under_a_box_heading_take_the_headings_sense():
    given = "Brennick was sentenced Tuesday in Marlby County Circuit Court."
    for heading in ("THE SENTENCE", "What she got:", "Key facts"):
        sentencing = _facts(given, heading, "- 6 years in prison", "- a $12,000 fine", "- 300 hours of community service")
        for words in ("6 years in prison", "$12,000 fine", "300 hours of community service"):
            assert _term(sentencing, words).status == "imposed", (heading, words)
    # before a sentence is given, the same box says nothing was imposed
    near = _facts("Brennick will be sentenced in August.", "THE SENTENCE", "- 6 years in prison")
    assert not [t for t in near.terms if t.status == "imposed"]


_SENTENCED = "Judge Ottoline Grieve sentenced Brennick on Tuesday to four years of probation."


def test_bare_verb_phrase_conditions_under_a_sentencing_lead_in_are_imposed():
    for paragraphs, words in [
            (("As conditions of her probation, Brennick must:", "- not keep any job that lets her handle public money",
              "- stay away from racetracks and card rooms"), ("handle public money", "racetracks and card rooms")),
            (("Under the sentence, she must never again serve as treasurer of any club, keep off gambling websites "
              "and not open a credit account without her probation officer's approval.",),
             ("treasurer of any club", "gambling websites", "credit account")),
            (("Grieve also ordered her to:", "- avoid the Marlby County courthouse annex", "- never again work for a town or county"),
             ("courthouse annex", "town or county"))]:
        sentencing = _facts(_SENTENCED, *paragraphs)
        for w in words:
            assert _term(sentencing, w).status == "imposed", w
    near = _facts("Brennick was released on bond. As conditions of her release on bond, she must:",
                  "- not keep any job that lets her handle public money", "- stay away from racetracks")
    assert not [t for t in near.terms if "public money" in t.text or "racetracks" in t.text]
    surrender = _facts(_SENTENCED, "Brennick must surrender to the Bureau of Prisons by Oct. 2.")
    assert not [t for t in surrender.terms if "Bureau" in t.text]


def test_orders_told_as_that_clauses_keep_the_whole_list():
    for sentence, words in [
            ("Grieve ordered that Brennick be excluded from Medicare, Medicaid and all other federal health care programs, "
             "and that she forfeit her cabin in Dunstable.", ("all other federal health care programs", "forfeit her cabin")),
            ("The judge ordered that she be barred from banking, insurance and securities work.", ("insurance and securities work",)),
            ("The court ordered that Brennick never again work as a bookkeeper and that she pay $9,000 in restitution.",
             ("work as a bookkeeper", "$9,000 in restitution"))]:
        sentencing = _facts(_SENTENCED, sentence)
        for w in words:
            assert _term(sentencing, w).status == "imposed", (sentence, w)
    near = _facts("Prosecutors asked that Brennick be excluded from Medicare, Medicaid and all other federal programs.")
    assert not [t for t in near.terms if "Medicaid" in t.text and t.status == "imposed"]


def test_an_amount_before_the_forfeiture_noun_and_a_kept_term_are_imposed():
    for sentence, words in [("Brennick must also pay a $72,500 forfeiture.", "$72,500 forfeiture"),
                            ("At the resentencing, Grieve kept in place the $8,000 fine.", "$8,000 fine"),
                            ("Grieve left intact the two years of supervised release.", "two years of supervised release"),
                            ("The judge reimposed the 30-month prison term.", "30-month prison term"),
                            ("The three years of probation were left intact.", "three years of probation")]:
        assert _term(_facts(_SENTENCED, sentence), words).status == "imposed", sentence
    near = _facts(_SENTENCED, "An appeals court threw out the $8,000 fine.")
    assert not [t for t in near.terms if "$8,000" in t.text and t.status == "imposed"]


def test_a_second_infinitive_after_a_long_aside_is_the_defendants_term():
    for aside in ("jointly and severally with her cousin, Doreen Brennick,", "jointly and severally with co-defendant Ansel Marr,",
                  "an amount Grieve called \"a small part of the loss,\""):
        sentencing = _facts(_SENTENCED, f"Judge Grieve ordered Brennick to pay $51,000 in restitution, {aside} and to serve "
                                        "two years of supervised release.")
        assert _term(sentencing, "two years of supervised release").status == "imposed", aside
    near = _facts(_SENTENCED, "Ansel Marr, her co-defendant, was ordered to serve two years of supervised release.")
    assert not [t for t in near.terms if "two years of supervised release" in t.text]


def test_future_tense_decisions_impose_the_term():
    for sentence, words in [("A federal judge decided Tuesday that Brennick will spend five months in a federal prison camp.",
                             "five months in a federal prison camp"),
                            ("She was also reduced to private and will lose all pay and allowances.", "all pay and allowances"),
                            ("Brennick will spend 18 months in a military prison, the panel decided.", "18 months in a military prison")]:
        assert _term(_facts(sentence), words).status == "imposed", sentence
    near = _facts("Prosecutors hope Brennick will spend six years in prison.")
    assert not [t for t in near.terms if t.status == "imposed"]


def test_pretrial_conditions_and_an_advisory_range_are_not_sentence_terms():
    for sentence in ("A magistrate ordered her not to contact any witnesses while the case is pending.",
                     "Until trial, Brennick must wear an ankle monitor.",
                     "As a condition of her release on bond, she must surrender her passport."):
        assert not [t for t in _facts(sentence).terms if t.status == "imposed"], sentence
    for sentence in ("State guidelines called for an active sentence of between 11 months and one year and nine months.",
                     "Under state guidelines, which recommended between one year and two years and three months, the judge had room."):
        terms = _facts(sentence).terms
        assert len(terms) <= 1 and not [t for t in terms if t.status in ("recommended", "sought", "imposed")], sentence


def test_a_request_with_its_no_custody_qualifier_is_one_request():
    for sentence, words in [("Defense lawyer Ida Penhallow asked for probation with no jail time.", "probation with no jail time"),
                            ("Her attorney said he would ask for probation without jail.", "probation without jail"),
                            ("Penhallow requested a county sentence with work release.", "county sentence with work release")]:
        sentencing = _facts(sentence)
        asked = [t for t in sentencing.terms if t.status in ("recommended", "sought")]
        assert len(asked) == 1 and words in asked[0].text, (sentence, [t.text for t in asked])
    near = _facts("Penhallow asked for probation, and the judge imposed no jail time.")
    assert [t.text for t in near.terms if t.status in ("recommended", "sought")] == ["probation"]


def test_a_surname_shared_with_a_spouse_names_the_defendant_as_proposer():
    for sentence in ("Brennick would ask the judge for probation with no jail time, her lawyer said.",
                     "Brennick plans to ask for probation, according to her lawyer.",
                     "At the hearing, Brennick will ask for probation."):
        sentencing = _facts("Brennick's husband, Lyle Brennick, was also charged, but prosecutors dropped his case in March.", sentence,
                            lede="Hollis Brennick, a former county clerk from Marlby, pleaded guilty in May to theft.")
        asked = [t for t in sentencing.terms if "probation" in t.text]
        assert asked and asked[0].by != "Lyle Brennick", sentence


def test_an_age_after_the_name_is_not_part_of_the_term():
    for sentence in ("Grieve sentenced Brennick, 58, a three-year prison sentence on Tuesday.",
                     "Grieve gave Brennick, 58, a three-year prison sentence.",
                     "Grieve handed Brennick, 58, a three-year prison sentence."):
        term = _term(_facts(sentence), "three-year prison sentence")
        assert not term.text.startswith("58"), term.text
    near = _facts("Grieve sentenced Brennick to 1,200 days in jail.")
    assert _term(near, "1,200 days in jail")


_SENTENCED = "Hollis Brennick, a former county clerk from Marlby, was sentenced Tuesday to six years in prison for theft."


def test_a_sentence_someone_else_changed_is_the_defendants_term_in_force():
    for sentence, words in [("Gov. Rhea Talbot commuted her sentence to 20 to 40 years in prison.", "20 to 40 years in prison"),
                            ("The state parole board voted to reduce her sentence to 15 years.", "15 years"),
                            ("In 2019, an appeals court cut her prison term to 12 years.", "12 years"),
                            ("Brennick's sentence was commuted to 30 years by Gov. Rhea Talbot.", "30 years")]:
        sentencing = _facts(sentence, lede="Hollis Brennick was sentenced in 1994 to life in prison for a killing in Marlby.")
        term = _term(sentencing, words)
        assert term.status == "imposed" and term.subject is None, sentence
        assert not [t for t in sentencing.terms if "life" in t.text and t.status == "imposed"], sentence
    near = _facts("Gov. Rhea Talbot commuted the sentence of Dana Rusk, Brennick's co-defendant, to 15 years.",
                  lede="Hollis Brennick was sentenced in 1994 to life in prison for a killing in Marlby.")
    assert not [t for t in near.terms if "15 years" in t.text and t.status == "imposed"]
    # a new, shorter sentence beside an earlier cut stands
    later = _facts("In 2015 an appeals court cut her sentence to 20 years.",
                   lede="Hollis Brennick was resentenced Tuesday to 12 years in prison for a killing in Marlby.")
    assert _term(later, "12 years in prison").status == "imposed"


def test_every_item_of_a_colon_list_the_court_sets_out_is_a_term():
    for sentence, items in [("Judge Ada Grieve attached several conditions: GPS monitoring for the first 90 days, residence at a "
                             "halfway house in Tolland, and no contact with the victims.",
                             ["GPS monitoring for the first 90 days", "residence at a halfway house in Tolland", "no contact with the victims"]),
                            ("Grieve imposed three more conditions: no alcohol, a 10 p.m. curfew and weekly drug testing.",
                             ["no alcohol", "10 p.m. curfew", "weekly drug testing"]),
                            ("The rest of the sentence stands: three years of supervised release and $9,000 in restitution.",
                             ["three years of supervised release", "$9,000 in restitution"])]:
        sentencing = _facts(sentence, lede=_SENTENCED)
        for words in items:
            assert _term(sentencing, words).status == "imposed", (sentence, words)
    near = _facts("Prosecutors laid out what they wanted: eight years in prison, three years of supervised release and a fine.",
                  lede=_SENTENCED)
    assert not [t for t in near.terms if "eight years" in t.text and t.status == "imposed"]


def test_a_ban_worded_as_an_order_clause_is_an_imposed_term():
    for sentence, words in [("Grieve also ordered that Brennick may not hold a notary commission for the length of her probation.",
                             "may not hold a notary commission"),
                            ("Grieve ended by ordering that Brennick not buy, sell or lease any county property.",
                             "not buy, sell or lease any county property"),
                            ("Grieve also entered an order barring Brennick from contacting the town's treasurer.",
                             "barring Brennick from contacting the town's treasurer"),
                            ("Grieve ruled that Brennick can never again handle public money.", "can never again handle public money")]:
        assert _term(_facts(sentence, lede=_SENTENCED), words).status == "imposed", sentence
    near = _facts("Until trial, a magistrate ordered that Brennick not contact the town's treasurer while the case is pending.")
    assert not [t for t in near.terms if "treasurer" in t.text and t.status == "imposed"]


def test_a_part_of_an_order_is_a_term_of_its_own_kind():
    for sentence, words, kind in [("Grieve ordered Brennick to serve the first four months of her probation in home detention.",
                                   "first four months of her probation in home detention", "home_confinement"),
                                  ("Grieve also ordered her to pay $12,000 to the Marlby Library Fund.", "$12,000 to the Marlby Library Fund", "payment"),
                                  ("Brennick must forfeit $31,000 in cash and two snowmobiles.", "forfeit $31,000 in cash and two snowmobiles", "forfeiture")]:
        term = _term(_facts(sentence, lede=_SENTENCED), words)
        assert term.status == "imposed" and term.kind == kind, (sentence, term)
    near = _facts("Brennick agreed to pay $12,000 to her sister.", lede=_SENTENCED)
    assert not [t for t in near.terms if t.kind == "payment"]


def test_a_stacked_count_keeps_what_it_is_for():
    for sentence, words in [("She received 11 years for the theft, plus two years on a firearm specification, to be served consecutively.",
                             "two years on a firearm specification"),
                            ("Grieve also imposed a concurrent 24-month prison term for the weapons count.", "concurrent 24-month prison term"),
                            ("The sentence includes a consecutive three-year term on the gun specification.",
                             "consecutive three-year term on the gun specification")]:
        sentencing = _facts(sentence, lede=_SENTENCED)
        assert _term(sentencing, words).status == "imposed", sentence
        assert not [t for t in sentencing.terms if t.text in ("two years", "three-year term")], sentence
    near = _facts("The gun count alone requires a consecutive sentence of at least five years.")
    assert not [t for t in near.terms if "five years" in t.text and t.status == "imposed"]


def test_requests_keep_their_own_words_and_the_laws_floor_is_no_request():
    for sentence, words in [("Her lawyer asked for nine months in a residential treatment program instead of prison.",
                             "nine months in a residential treatment program"),
                            ("Prosecutor Lena Vaux asked the judge to send Brennick to prison for 11 years.", "prison for 11 years"),
                            ("The defense had pushed for 10 years, citing her remorse.", "10 years")]:
        term = _term(_facts(sentence), words)
        assert term.status in ("recommended", "sought") and "send" not in term.text, sentence
    assert _term(_facts("Her lawyer asked for nine months in a residential treatment program."), "nine months").kind != "prison"
    near = _facts("The theft count carries a mandatory minimum of two years in prison.")
    assert not [t for t in near.terms if "two years" in t.text and t.status in ("imposed", "recommended", "sought")]


def test_an_earlier_sentence_told_as_background_is_history_with_all_its_parts():
    lede = "A judge revoked Hollis Brennick's probation Tuesday and sentenced her to two years in prison."
    for sentence, old in [("Brennick was sentenced in May 2022 to three years of probation, including four months of home "
                           "detention, and a $6,000 fine.", ["three years of probation", "four months of home detention", "$6,000 fine"]),
                          ("When she pleaded guilty in 2021, Brennick got four years of probation and a $2,500 fine.",
                           ["four years of probation", "$2,500 fine"]),
                          ("The appeals court vacated the rest of her sentence, including a $5,000 fine and 10 years of probation.",
                           ["$5,000 fine", "10 years of probation"])]:
        sentencing = _facts(sentence, lede=lede)
        assert _term(sentencing, "two years in prison").status == "imposed"
        for words in old:
            assert not [t for t in sentencing.terms if words in t.text and t.status == "imposed"], (sentence, words)
    near = _facts("Brennick was also ordered to pay a $6,000 fine.", lede=lede)
    assert _term(near, "$6,000 fine").status == "imposed"


def test_the_magistrate_who_set_bail_is_not_the_sentencing_judge():
    for sentence in ("Brennick was arraigned Tuesday before Magistrate Judge Noel Pratt, who set bail at $50,000.",
                     "Magisterial District Judge Noel Pratt set bail at $25,000.",
                     "At her first appearance, District Judge Noel Pratt ordered her held without bail."):
        assert _facts(sentence, lede="Hollis Brennick, a county clerk, was charged Monday with theft.").judge is None, sentence
    near = _facts("Circuit Judge Noel Pratt, who is presiding over the case, set bail at $50,000.",
                  lede="Hollis Brennick, a county clerk, was charged Monday with theft.")
    assert near.judge is not None and near.judge.name.endswith("Pratt")


def test_a_wholly_suspended_term_says_so_in_its_text():
    for sentence, words in [("Judge Ames imposed a four-year sentence, all suspended, to run alongside her state term.", "four-year sentence"),
                            ("She received nine months in jail, all suspended, and a year of probation.", "nine months in jail"),
                            ("Brennick got 60 days in jail (all of it suspended) on the theft count.", "60 days in jail"),
                            ("The judge gave her two years in prison, fully suspended.", "two years in prison")]:
        term = _term(_facts(sentence), words)
        assert "suspended" in term.text and term.kind == "suspended_sentence", sentence
    near = _term(_facts("She got 30 days in jail, and the judge suspended her driver's license for a year."), "30 days in jail")
    assert near.kind == "jail" and "suspended" not in near.text


def test_what_a_resentencing_keeps_listed_after_including_is_imposed():
    lede = "Hollis Brennick, a former county clerk, was resentenced Tuesday to six years in prison after an appeal."
    for sentence, words in [("Judge Ames kept the other terms unchanged, including three years of supervised release.", "three years of supervised release"),
                            ("She left the rest of the sentence intact, including a $15,000 fine.", "$15,000 fine"),
                            ("The remainder of the original sentence stands, including $8,000 in restitution.", "$8,000 in restitution"),
                            ("Ames retained the remaining conditions, such as 150 hours of community service.", "150 hours of community service")]:
        assert _term(_facts(sentence, lede=lede), words).status == "imposed", sentence
    near = _facts("The appeals panel vacated the rest of the sentence, including a $15,000 fine.", lede=lede)
    assert not [t for t in near.terms if "$15,000" in t.text and t.status == "imposed"]


def test_a_part_told_after_the_sentence_shares_its_status():
    lede = "Hollis Brennick, a former county clerk, was sentenced Tuesday to 11 years in prison for armed robbery."
    for sentence, words in [("That includes a mandatory three years on the firearm specification.", "three years on the firearm specification"),
                            ("The total includes two years on the weapons count.", "two years on the weapons count"),
                            ("It includes a consecutive four years on the gun charge.", "four years on the gun charge")]:
        assert _term(_facts(sentence, lede=lede), words).status == "imposed", sentence
    capped = _facts("That sentence includes a mandatory three-year term for the gun.",
                    lede="Hollis Brennick, a former county clerk, faces up to 11 years in prison for armed robbery.")
    assert not [t for t in capped.terms if "three-year" in t.text and t.status == "imposed"]


def test_an_occupational_bar_the_court_sets_is_a_term():
    lede = "Hollis Brennick, a former pharmacy technician, was sentenced Tuesday to three years in prison for theft."
    judge = "Circuit Judge Noel Pratt imposed the sentence."
    for sentence, words in [("As a condition of her release, the judge barred her from any job that gives her access to narcotics.",
                             "any job that gives her access to narcotics"),
                            ("Pratt also forbade her from working as a bookkeeper.", "working as a bookkeeper"),
                            ("Her probation bars her from holding any job that involves handling cash.", "handling cash"),
                            ("Brennick will not be allowed to work in any job with access to patient records.", "patient records"),
                            ("Brennick may not be employed as a tax preparer or in any position handling client money.", "client money")]:
        term = _term(_facts(judge, sentence, lede=lede), words)
        assert term.status == "imposed" and term.kind == "disqualification", sentence
    # a licence given up or a bar set by a board is not the court's; nor is a bar set before any sentence
    for sentence in ("Brennick voluntarily surrendered her pharmacy license last year.",
                     "The state pharmacy board barred her from working in any pharmacy in 2022.",
                     "She spent years behind bars from 2010 to 2015 for an earlier theft."):
        near = _facts(judge, sentence, lede=lede)
        assert [t.text for t in near.terms if t.kind in ("disqualification", "licence_revocation")] == [], sentence
    pending = _facts("As a condition of her release, the judge barred her from any job that gives her access to narcotics.",
                     lede="Hollis Brennick, a former pharmacy technician, pleaded guilty Tuesday to theft; sentencing is set for May.")
    assert not [t for t in pending.terms if "narcotics" in t.text and t.status == "imposed"]


def test_a_list_closed_by_a_side_belongs_to_that_side():
    lede = "Hollis Brennick, a former county clerk, was sentenced Tuesday to 18 months in prison for theft."
    for sentence, first, second in [
            ("The sentence fell between the four years prosecutors sought and the one year of house arrest and 300 hours of "
             "community service her lawyers had requested.", "one year of house arrest", "300 hours of community service"),
            ("It was more than the six months in jail and two years of probation the defense proposed.", "six months in jail", "two years of probation"),
            ("Judge Ames rejected both the five years the state wanted and the probation plus $20,000 in restitution that "
             "her attorneys had asked for.", "$20,000 in restitution", "$20,000 in restitution")]:
        sentencing = _facts(sentence, lede=lede)
        for words in (first, second):
            term = _term(sentencing, words)
            assert term.status in ("recommended", "sought") and "prosecut" not in (term.by or "").lower(), (sentence, words)
    # two clauses, each side with its own request: the first stays the prosecution's
    near = _term(_facts("Prosecutors sought the full four years, and her lawyers asked for probation.", lede=lede), "four years")
    assert near.status == "sought" and "rosecutor" in (near.by or "")

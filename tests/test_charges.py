"""Charges from short articles written for these tests: coordinated lists, dropped counts, grades, co-defendants."""
from __future__ import annotations

from builder.extract.parties import find_parties
from builder.extract.sentencing import find_sentencing
from builder.sources import source_from_text


def _charges(body: str) -> dict[str, str]:
    source = source_from_text("case.txt", "Date: 2023-04-02\n\n" + body)
    sentencing = find_sentencing(source, find_parties(source))
    for charge in sentencing.charges:
        assert source.text[charge.citations[0].start:charge.citations[0].end] == charge.text
    return {c.text: c.status for c in sentencing.charges}


def test_a_repeated_of_opens_the_next_offence_even_a_gerund_naming_an_agency():
    charges = _charges("A jury convicted Nola Pruitt in May of arson of a dwelling and of lying to IRS investigators.")
    assert charges == {"arson of a dwelling": "convicted", "lying to IRS investigators": "convicted"}
    assert "making false statements to the U.S.D.A" in _charges(
        "Jurors acquitted Nola Pruitt of bank fraud and of making false statements to the U.S.D.A. She wept.")


def test_counts_dropped_in_a_plea_deal_are_charges_with_their_status():
    charges = _charges("Bram Otero pleaded guilty to robbery. In return, prosecutors dismissed the two felony "
                       "burglary counts and the separate trespassing charge.")
    assert charges == {"robbery": "pleaded guilty", "burglary": "dismissed", "trespassing": "dismissed"}


def test_an_offence_grade_in_apposition_is_not_an_offence():
    charges = _charges("Bram Otero pleaded guilty to two counts of aggravated robbery, second-degree felonies.")
    assert charges == {"aggravated robbery": "pleaded guilty"}
    assert _charges("Under state law, people convicted of Class A felonies serve most of their term. "
                    "Bram Otero was convicted of kidnapping.") == {"kidnapping": "convicted"}


def test_a_co_defendant_named_after_a_possessive_keeps_her_plea():
    charges = _charges("Bram Otero was convicted of kidnapping. Otero's cousin, Lina Farr, pleaded guilty to a lesser "
                       "false imprisonment charge and testified against him. Otis' sister, Ada Bell, pleaded guilty "
                       "to perjury.")
    assert charges == {"kidnapping": "convicted"}


def test_a_vague_lead_gives_way_to_the_counts_own_wording():
    charges = _charges("A jury convicted Nola Pruitt of a hate crime for burning a mosque. Pruitt was found guilty "
                       "of one count of committing a hate crime involving arson.")
    assert list(charges) == ["committing a hate crime involving arson"]


def test_resentenced_for_and_prosecuted_for_name_the_offence():
    assert _charges("Judge Amy Holt resentenced Bram Otero, 41, to 20 years for aggravated robbery.") == {
        "aggravated robbery": "convicted"}
    assert _charges("Bram Otero could also be prosecuted by the county for felony stalking.") == {
        "felony stalking": "charged"}


def test_an_offence_list_after_an_appositive_with_a_relative_clause_keeps_its_first_items():
    charges = _charges("A jury convicted Dana Rusk, 58, a councilwoman who has served the ward since 2009, of honest "
                       "services mail fraud, Travel Act bribery and two counts of filing false tax returns.")
    assert charges == {"honest services mail fraud": "convicted", "Travel Act bribery": "convicted",
                       "filing false tax returns": "convicted"}


def test_an_offence_named_for_its_statute_continues_a_list():
    charges = _charges("Omar Kell was convicted in March of bank fraud, RICO conspiracy, and witness tampering.")
    assert charges == {"bank fraud": "convicted", "RICO conspiracy": "convicted", "witness tampering": "convicted"}


def test_a_rule_about_anyone_convicted_of_a_felony_names_no_charge():
    charges = _charges("Ada Moss was convicted of perjury. State law bars a teacher convicted of a felony from "
                       "keeping a license, and requires an official convicted of a crime to resign once sentenced.")
    assert charges == {"perjury": "convicted"}


def test_a_deed_told_in_plain_words_is_not_an_offence():
    charges = _charges("Jurors convicted Lyle Grant of extortion but acquitted him of hiding the money.")
    assert charges == {"extortion": "convicted"}


def test_an_offence_named_only_before_charge_counts_when_nothing_else_names_it():
    charges = _charges("Pia Lund's lawyer said the hate crime charge was an overreach and that he would fight it.")
    assert charges == {"hate crime": "charged"}
    # beside the count's own wording it adds nothing, and "if convicted" does not convict
    charges = _charges("Rui Sol is charged with making false statements to investigators. If convicted, he faces up "
                       "to five years on the false statement count.")
    assert charges == {"making false statements to investigators": "charged"}


def test_every_item_of_a_charge_list_is_a_charge_even_a_gerund_or_rare_noun():
    assert _charges("Dana Rusk is charged with attempted murder, carrying a pistol without a permit and criminal "
                    "recklessness in the March 3 shooting.") == {
        "attempted murder": "charged", "carrying a pistol without a permit": "charged", "criminal recklessness": "charged"}
    assert _charges("A jury convicted Dana Rusk in June of violating the state's Street Gang Act and arson.") == {
        "violating the state's Street Gang Act": "convicted", "arson": "convicted"}


def test_a_statute_name_with_and_and_a_means_list_stay_one_offence():
    charges = _charges("The 12-count indictment charges the crew's alleged boss, Dana \"Ice\" Rusk, 51, with violating the "
                       "Racketeer Influenced and Corrupt Organizations Act and obtaining drugs by fraud, forgery, deceit or "
                       "subterfuge.")
    assert charges == {"violating the Racketeer Influenced and Corrupt Organizations Act": "charged",
                       "obtaining drugs by fraud, forgery, deceit or subterfuge": "charged"}


def test_an_enterprise_described_after_accused_of_is_not_a_charge():
    assert _charges("Dana Rusk is accused of running a car-theft ring from a garage.") == {}


def test_named_offences_run_past_at_after_and_under_but_stop_at_dates():
    charges = _charges("Dana Rusk pleaded guilty to failing to stop at the scene of a collision causing injury, failure to stop "
                       "after an accident and sexual assault of a child under 14.")
    assert charges == {"failing to stop at the scene of a collision causing injury": "pleaded guilty",
                       "failure to stop after an accident": "pleaded guilty",
                       "sexual assault of a child under 14": "pleaded guilty"}
    assert _charges("Dana Rusk admitted nine sample counts of theft and one count of money laundering between 2019 and "
                    "2021.") == {"theft": "pleaded guilty", "money laundering": "pleaded guilty"}


def test_the_killing_of_a_named_victim_and_an_arrest_on_a_charge():
    assert _charges("Dana Rusk pleaded guilty to the manslaughter of Alan Cho, 38, who died a day later.") == {
        "manslaughter of Alan Cho": "pleaded guilty"}
    assert _charges("In May, Dana Rusk was arrested in Lake County on a shoplifting charge, which is pending.") == {
        "shoplifting": "charged"}


def test_conduct_told_in_plain_words_is_not_an_offence():
    # an adverb before the deed, two verbs for one deed, a participle after the list, people in general
    assert _charges("A jury convicted Rena Holt of knowingly selling forged permits to contractors. "
                    "She was convicted of wire fraud.") == {"wire fraud": "convicted"}
    assert _charges("Cy Marlow pleaded guilty to shoving and kicking Dora Lune. He pleaded guilty to "
                    "felony assault.") == {"felony assault": "pleaded guilty"}
    assert _charges("Cy Marlow was convicted on two counts of arson, becoming the first landlord in the county "
                    "to face such a verdict.") == {"arson": "convicted"}
    assert _charges("Cy Marlow pleaded guilty to arson. Landlords charged with arson rarely go to trial.") \
        == {"arson": "pleaded guilty"}


def test_a_purpose_clause_after_the_offence_is_not_another_offence():
    charges = _charges("Ines Baro was found guilty Tuesday of defrauding depositors by using their money to prop up her "
                       "fund's token and to fund risky bets. Several Corvane investors watched. A jury convicted Baro, 51, "
                       "on all four counts she faced, including wire fraud and money laundering.\n")
    assert charges == {"wire fraud": "convicted", "money laundering": "convicted"}


def test_a_sentencing_day_story_names_offences_only_after_their_terms():
    charges = _charges("Judge Ada Wren sentenced Cole Barr, the 30-year-old former treasurer of the Elmwood rowing club, "
                       "to four years in prison for aggravated arson in the fire at the boathouse. She also gave him a "
                       "concurrent 1 1/3 to 4 years for criminal mischief and 90 days in jail for hazing, and ran the two "
                       "burglary terms concurrently.")
    assert charges == {"aggravated arson": "convicted", "criminal mischief": "convicted", "hazing": "convicted",
                       "burglary": "convicted"}
    # what a charge risks is the statute's wording, and an earlier case's term is not this case's offence
    assert _charges("Cole Barr is charged with arson of a dwelling, which carries up to 15 years in prison for "
                    "arson of an occupied building. He served two years in jail for burglary in 2009.") == {
        "arson of a dwelling": "charged"}
    # a plea read later says what became of an offence first named after its term, in its full wording
    assert _charges("Judge Ada Wren sentenced Cole Barr to 6 years in prison for manslaughter and 1 1/3 to 4 years for "
                    "leaving the scene. Barr pleaded guilty in May to manslaughter and leaving the scene of a crash "
                    "causing death.") == {"manslaughter": "pleaded guilty",
                                          "leaving the scene of a crash causing death": "pleaded guilty"}


def test_offences_named_only_as_modifiers_of_convictions_and_counts():
    charges = _charges("Judge Ada Wren gave Cole Barr 20 years, one term for each attempted murder conviction. Sentences "
                       "on the three reckless driving counts were stayed. Barr had two prior DUI convictions.")
    assert charges == {"attempted murder": "convicted", "reckless driving": "convicted"}


def test_a_time_phrase_before_the_preposition_keeps_the_whole_list():
    assert _charges("Ona Pratt, who ran a clinic on Elm Street, pleaded guilty in March to conspiracy to commit wire "
                    "fraud and conspiracy to pay and receive kickbacks.") == {
        "conspiracy to commit wire fraud": "pleaded guilty", "conspiracy to pay and receive kickbacks": "pleaded guilty"}
    assert _charges("Ona Pratt was convicted in May of operating while impaired causing the death of a cyclist and "
                    "two counts of reckless driving.") == {
        "operating while impaired causing the death of a cyclist": "convicted", "reckless driving": "convicted"}


def test_dropped_charges_named_in_an_aside_or_after_including():
    assert _charges("Ona Pratt pleaded guilty to forgery. A second charge, obstructing a peace officer, was "
                    "dismissed.") == {"forgery": "pleaded guilty", "obstructing a peace officer": "dismissed"}
    assert _charges("Ona Pratt pleaded guilty to one count of bank fraud. Prosecutors will dismiss the other counts "
                    "of an eight-count indictment, including tax evasion charges.") == {
        "bank fraud": "pleaded guilty", "tax evasion": "dismissed"}
    # an ordinal is no offence; "at large" belongs to its offence
    assert _charges("Ona Pratt pleaded guilty to cruelty to animals. Prosecutors dropped a second count and a "
                    "misdemeanor charge of allowing a horse to roam at large.") == {
        "cruelty to animals": "pleaded guilty", "allowing a horse to roam at large": "dismissed"}


def test_adjudicated_guilty_and_convicting_are_verdicts():
    assert _charges("Judge Ada Wren adjudicated Cole Barr guilty of abuse of official capacity.") == {
        "abuse of official capacity": "convicted"}
    assert _charges("Jurors deliberated two days before convicting Cole Barr of embezzlement.") == {
        "embezzlement": "convicted"}


def test_junk_and_other_peoples_charges_are_not_this_defendants():
    # a next deed told with its sum, a general remark about other cases, a counted group of others, a lede paraphrase
    assert _charges("Cole Barr was arrested on a charge of driving while intoxicated and fell $9,000 behind on his "
                    "payments.") == {"driving while intoxicated": "charged"}
    assert _charges("Cole Barr was convicted of arson. It is one of few cases in which a landlord has faced murder "
                    "charges over a fire.") == {"arson": "convicted"}
    assert _charges("Cole Barr pleaded guilty to hazing. Six of the ten students charged with underage drinking "
                    "paid fines.") == {"hazing": "pleaded guilty"}
    assert _charges("Cole Barr was found guilty of driving drunk. Jurors convicted him of operating while intoxicated "
                    "causing serious injury.") == {"operating while intoxicated causing serious injury": "convicted"}
    assert _charges("Cole Barr pleaded guilty to identity theft, along with access device fraud.") == {
        "identity theft": "pleaded guilty", "access device fraud": "pleaded guilty"}


def test_a_repeated_preposition_after_and_opens_the_next_offence_and_none_ends_in_and():
    assert _charges("An appeals panel upheld Wren Dalby's convictions for conspiracy to commit bank fraud and for "
                    "filing a false tax return.") == {"conspiracy to commit bank fraud": "convicted",
                                                      "filing a false tax return": "convicted"}


def test_a_tax_offence_runs_through_its_preposition():
    assert _charges("Wren Dalby pleaded guilty in March to aiding in the preparation of a false tax return.") == {
        "aiding in the preparation of a false tax return": "pleaded guilty"}


def test_a_plain_english_lede_with_its_own_clause_is_no_charge():
    assert _charges("Wren Dalby pleaded guilty Monday to stealing from a food bank and shelter she ran for years. "
                    "She admitted theft in office and tampering with records.") == {
        "theft in office": "pleaded guilty", "tampering with records": "pleaded guilty"}


def test_a_described_object_with_of_and_counts_told_apart_give_no_fake_charge():
    assert _charges("A jury convicted the owner of a ferry company of killing two riders. Wren Dalby was convicted of "
                    "two counts of involuntary manslaughter and four counts of reckless conduct, one for each rider "
                    "who was hurt.") == {"involuntary manslaughter": "convicted", "reckless conduct": "convicted"}


def test_other_counts_dismissed_including_named_offences_are_charges():
    assert _charges("Wren Dalby pleaded guilty to fraud. In exchange, prosecutors dismissed 9 other counts, including "
                    "illegally conducting an enterprise and forgery.") == {
        "fraud": "pleaded guilty", "illegally conducting an enterprise": "dismissed", "forgery": "dismissed"}


def test_conspiracy_to_commit_one_offence_and_another_with_its_own_object_are_two():
    assert _charges("Wren Dalby was convicted of conspiracy to commit kidnapping and possession of an unregistered "
                    "rifle.") == {"conspiracy to commit kidnapping": "convicted",
                                  "possession of an unregistered rifle": "convicted"}
    # one offence shares the verb: "conspiracy to commit mail and wire fraud"
    assert _charges("Wren Dalby was convicted of conspiracy to commit mail and wire fraud.") == {
        "conspiracy to commit mail and wire fraud": "convicted"}


def test_a_while_qualifier_is_part_of_the_statute_name():
    charges = _charges("Corla Venn, 39, was charged with homicide by vehicle while driving under the influence and "
                       "two counts of aggravated assault by vehicle while DWI.")
    assert charges == {"homicide by vehicle while driving under the influence": "charged",
                       "aggravated assault by vehicle while DWI": "charged"}


def test_a_plea_entered_before_a_judge_names_its_counts_and_a_participle_clause_names_none():
    charges = _charges("A former coach pleaded guilty Friday, sparing three teenagers from having to testify at trial.\n\n"
                       "Ivo Sandell, 52, entered the plea before Marlow County Judge Rena Ost to one count of "
                       "indecent assault and two counts of corruption of minors.")
    assert charges == {"indecent assault": "pleaded guilty", "corruption of minors": "pleaded guilty"}


def test_two_verbs_sharing_one_object_are_one_offence():
    charges = _charges("Tamsin Reyes was indicted on two counts of soliciting and receiving bribes involving a "
                       "county contract. She was also charged with kidnapping and carrying a firearm.")
    assert "soliciting and receiving bribes involving a county contract" in charges
    assert "soliciting" not in charges and "kidnapping" in charges


def test_a_pronoun_after_a_co_defendant_is_introduced_keeps_his_charges_out():
    charges = _charges("Tamsin Reyes was indicted on one count of bribery.\n\n"
                       "Also charged was Olek Brandt, 47, a contractor who is accused of paying her. He faces one count "
                       "of conspiracy and two counts of offering and paying bribes.")
    assert charges == {"bribery": "charged"}


def test_an_offence_in_apposition_to_a_count_is_a_charge_with_what_became_of_it():
    charges = _charges("Ansel Korby was convicted of arson. Jurors could not agree on a second charge, recklessly "
                       "causing a fire that caused great bodily injury, and the judge declared a mistrial.")
    assert charges == {"arson": "convicted", "recklessly causing a fire that caused great bodily injury": "hung"}
    later = _charges("Ansel Korby was convicted of arson. Prosecutors dismissed the count on which the jury had "
                     "deadlocked, unlawfully causing a fire.")
    assert later == {"arson": "convicted", "unlawfully causing a fire": "dismissed"}


def test_counts_named_before_the_noun_in_a_passive_are_dismissed_and_bare_counts_name_nothing():
    charges = _charges("Mira Odell pleaded guilty to theft. Four forgery counts were dismissed. "
                       "The remaining charges were dropped.")
    assert charges == {"theft": "pleaded guilty", "forgery": "dismissed"}


def test_a_graded_lede_paraphrase_gives_way_to_the_counts_wording():
    charges = _charges("A nurse pleaded guilty Tuesday to felony theft.\n\n"
                       "Mira Odell, 44, pleaded guilty to theft by deception of more than $50,000.")
    assert charges == {"theft by deception of more than $50,000": "pleaded guilty"}


def test_federal_charges_followed_by_the_deed_name_no_offence():
    charges = _charges("Mira Odell pleaded guilty Thursday to federal charges after admitting she took $90,000 "
                       "from clients. She pleaded guilty to wire fraud.")
    assert charges == {"wire fraud": "pleaded guilty"}


def test_an_appositive_with_its_own_of_is_not_the_offence():
    charges = _charges("A jury convicted Dorian Feld, 44, the owner of Apex Iron Works in Dayton, of two counts of "
                       "insurance fraud.")
    assert charges == {"insurance fraud": "convicted"}


def test_the_defendants_plea_in_a_relative_clause_counts():
    charges = _charges("A man who beat a guard during a riot at the Marlow County Courthouse was sentenced Monday.\n\n"
                       "Judge Rena Ost ordered Ivo Sandell, 38, to serve three years.\n\n"
                       "Sandell, who pleaded guilty in June to battery on a corrections officer and one count of "
                       "felony rioting, had asked for probation. The Marlow County Courthouse reopened.")
    assert charges == {"battery on a corrections officer": "pleaded guilty", "felony rioting": "pleaded guilty"}


def test_a_body_not_charged_names_no_offence_with_what_it_said():
    charges = _charges("Ray Tull, who ran Harbor Shuttle, was charged with reckless homicide. Harbor Shuttle, which is "
                       "not charged, said it had cut ties with its former manager.\n")
    assert charges == {"reckless homicide": "charged"}


def test_a_plea_to_a_conspiracy_and_to_a_gerund_offence_gives_two_charges_and_the_dropped_counts_a_third():
    charges = _charges("Tobin Vale, of Ridgefield, pleaded guilty in federal court in Toledo to conspiracy to commit "
                       "arson and to making a false statement, court records show. As part of his plea deal, "
                       "prosecutors agreed to drop three additional counts of mailing threats.")
    assert charges == {"conspiracy to commit arson": "pleaded guilty", "making a false statement": "pleaded guilty",
                       "mailing threats": "dismissed"}
    # an infinitive after "and to" is still the conspiracy's own aim
    assert _charges("Tobin Vale pleaded guilty to conspiracy to commit wire fraud and to launder money.") == {
        "conspiracy to commit wire fraud and to launder money": "pleaded guilty"}


def test_an_attribution_closing_the_sentence_ends_the_offence_list():
    charges = _charges("A roofer pleaded guilty Monday to filing a false tax return and structuring cash deposits, "
                       "federal prosecutors said. Gus Lund, 51, admitted the scheme.")
    assert charges == {"filing a false tax return": "pleaded guilty", "structuring cash deposits": "pleaded guilty"}
    assert _charges("Gus Lund was convicted of arson and insurance fraud, the state attorney general's office "
                    "announced.") == {"arson": "convicted", "insurance fraud": "convicted"}


def test_a_list_whose_last_offence_has_its_own_prepositions_keeps_every_item():
    for sentence in (
            "A grand jury indicted Vern Ostby on charges of felony murder, two counts of aggravated assault and "
            "possession of a firearm during the commission of a felony.",
            "Jurors last week convicted Vern Ostby of felony murder, aggravated assault and possession of a firearm "
            "by a convicted felon.",
            "Vern Ostby, 27, was found guilty Tuesday of armed robbery, aggravated battery and possession of a "
            "controlled substance with intent to distribute."):
        charges = _charges(sentence)
        assert len(charges) == 3, charges
        assert not any(" and possession" in text for text in charges)


def test_an_and_inside_a_statute_name_or_after_a_complete_conspiracy():
    assert _charges("Pia Lund was charged with child abuse and neglect.") == {"child abuse and neglect": "charged"}
    assert _charges("Pia Lund was convicted of assault and battery and breaking and entering.") == {
        "assault and battery": "convicted", "breaking and entering": "convicted"}
    assert _charges("A jury convicted Pia Lund in March of conspiracy to defraud the government and aiding and "
                    "assisting in the preparation of false returns.") == {
        "conspiracy to defraud the government": "convicted",
        "aiding and assisting in the preparation of false returns": "convicted"}
    assert _charges("Pia Lund pleaded guilty to conspiracy to defraud the IRS and tax evasion.") == {
        "conspiracy to defraud the IRS": "pleaded guilty", "tax evasion": "pleaded guilty"}
    # near miss: the conspiracy's bare object is shared by both nouns
    assert _charges("Pia Lund pleaded guilty to conspiracy to commit mail and wire fraud.") == {
        "conspiracy to commit mail and wire fraud": "pleaded guilty"}


def test_conduct_told_after_a_plea_or_verdict_is_not_the_offence_name():
    for sentence in (
            "A former pharmacist, Hale Dorn, pleaded guilty Monday to stealing oxycodone from a nursing home.",
            "Hale Dorn, who was convicted of extorting a bar owner and a landlord, asked for mercy.",
            "Hale Dorn was found guilty last week of skimming cash from a school booster club.",
            "Hale Dorn has pleaded no contest to swindling elderly investors out of their savings."):
        assert _charges(sentence) == {}, sentence
    # near miss: beside offences named as such, the gerund is one of the counts as listed
    assert _charges("Hale Dorn pleaded guilty to embezzling pension funds, wire fraud and filing a false tax return.") == {
        "embezzling pension funds": "pleaded guilty", "wire fraud": "pleaded guilty", "filing a false tax return": "pleaded guilty"}


def test_a_lede_label_of_counts_gives_way_to_the_counts_named():
    assert _charges("Rolf Imre was indicted on murder charges Thursday, prosecutors said. The indictment charges "
                    "him with malice murder and felony murder.") == {"malice murder": "charged", "felony murder": "charged"}
    assert _charges("Rolf Imre was convicted Friday of federal fraud charges. Jurors found him guilty of wire fraud "
                    "and bank fraud.") == {"wire fraud": "convicted", "bank fraud": "convicted"}
    # near miss: alone, the label is the only charge the article gives
    assert _charges("Rolf Imre was arraigned Monday on arson charges.") == {"arson": "charged"}


def test_a_verdict_only_supposed_leaves_the_charge_standing():
    for sentence in ("If convicted of arson, Rolf Imre faces 20 years.", "If he is found guilty of arson, Imre could get 20 years.",
                     "Should Imre be convicted of arson, he faces 20 years."):
        assert _charges("Rolf Imre faces charges of arson. " + sentence) == {"arson": "charged"}, sentence


def test_an_earlier_conviction_in_the_defendants_record_is_no_charge_of_this_case():
    # a record told with "has/had a ... conviction", "previously", "prior convictions", "criminal history"
    assert _charges("Ed Vargo has a 2011 conviction for burglary, court records show. He is charged with arson.") == {
        "arson": "charged"}
    assert _charges("Court records show Ed Vargo was previously convicted of burglary. He is charged with arson.") == {
        "arson": "charged"}
    assert _charges("Ed Vargo, 44, whose criminal history includes a 2012 conviction for forgery, was charged "
                    "Monday with fraud.") == {"fraud": "charged"}
    assert _charges("Ed Vargo had a previous conviction for drunken driving, and is now charged with arson.") == {
        "arson": "charged"}
    # near miss: this case's own plea, told as done before the sentencing
    assert _charges("Ed Vargo was convicted of forgery in 2021. He had already pleaded guilty to theft.") == {
        "forgery": "convicted", "theft": "pleaded guilty"}


def test_a_quantity_of_charges_names_no_offence_but_keeps_the_one_it_counts():
    assert _charges("A Macon man is facing dozens of felony charges after the raid.") == {}
    assert _charges("Ada Quillen is charged with more than 40 felony counts.") == {}
    assert _charges("Ada Quillen now faces hundreds of animal cruelty counts.") == {"animal cruelty": "charged"}


def test_an_essays_question_and_a_scheme_sized_in_dollars_name_no_charge():
    assert _charges("Is 42 months for a $90 million fraud enough to deter anyone? Probably not.") == {}
    assert _charges("What happens to Ed Vargo now that he was convicted of fraud? He will be sentenced in June.") == {}
    assert _charges("Ada Quillen was sentenced to 12 years for a $90 million fraud that ruined retirees.") == {}
    # near miss: the same offence told as a statement
    assert _charges("Ada Quillen was sentenced to 12 years for fraud.") == {"fraud": "convicted"}


def test_a_rule_about_whoever_is_convicted_names_no_charge_of_the_defendant():
    assert _charges('Under state law, a public official convicted of an "infamous crime" must give up the office. '
                    "Ada Quillen was convicted of bribery.") == {"bribery": "convicted"}
    assert _charges("Any teacher convicted of child abuse loses the license. Ada Quillen was convicted of bribery.") == {
        "bribery": "convicted"}
    assert _charges("A lawmaker found guilty of bribery must resign, the solicitor said. Ada Quillen was convicted "
                    "of perjury.") == {"perjury": "convicted"}
    # near miss: a lede that introduces the defendant the same way
    assert _charges("A Dayton man convicted of arson was sentenced Tuesday to 9 years.") == {"arson": "convicted"}


def test_a_count_named_by_its_contraband_ends_a_list_with_its_noun():
    assert _charges("Ray Dunmoor was convicted of robbery, burglary and a weapons charge.") == {
        "robbery": "convicted", "burglary": "convicted", "weapons charge": "convicted"}
    assert _charges("Ray Dunmoor pleaded guilty to assault and a drug count.") == {
        "assault": "pleaded guilty", "drug count": "pleaded guilty"}
    assert _charges("Ray Dunmoor was arrested last week on a gun charge.") == {"gun charge": "charged"}
    # near miss: a count told as dropped is no further item of the verdict's list
    assert _charges("Ray Dunmoor was convicted of robbery and a weapons charge was dropped.") == {
        "robbery": "convicted", "weapons charge": "dismissed"}


def test_an_offence_named_only_in_the_description_of_a_sentence_limit():
    assert _charges("Judge Amy Holt sentenced Ray Dunmoor to 12 years, the longest term allowed under state "
                    "guidelines for vehicular homicide.") == {"vehicular homicide": "convicted"}
    assert _charges("Ray Dunmoor received 12 years in prison, the maximum the law permits for vehicular "
                    "homicide.") == {"vehicular homicide": "convicted"}
    assert _charges("Ray Dunmoor got the harshest sentence available under the guidelines for reckless homicide: "
                    "8 years.") == {"reckless homicide": "convicted"}
    assert _charges("Ray Dunmoor faces up to 15 years, the maximum allowed for arson.") == {"arson": "charged"}
    # near miss: a limit told of the sentence itself names no offence
    assert _charges("The maximum allowed for the sentence was 12 years, and Ray Dunmoor was convicted of theft.") == {
        "theft": "convicted"}


def test_a_verdict_whose_object_has_an_appositive_with_its_own_clause():
    assert _charges("A jury deliberated two days before finding Ray Dunmoor, a deputy who has worked at the jail "
                    "since 2009, guilty of bribery, official misconduct and perjury.") == {
        "bribery": "convicted", "official misconduct": "convicted", "perjury": "convicted"}
    assert _charges("Jurors found Ana Voss, 52, who had run the clinic since 2004, guilty on Friday of fraud and "
                    "conspiracy.") == {"fraud": "convicted", "conspiracy": "convicted"}
    assert _charges("The judge found Tom Reyes, the county's longtime treasurer, who managed its accounts since "
                    "1999, guilty of embezzlement and forgery.") == {"embezzlement": "convicted", "forgery": "convicted"}
    assert _charges("Jurors found Tom Reyes, who had run the charity since 2001, not guilty of theft.") == {
        "theft": "acquitted"}
    # near miss: the verdict's object described, then another verb names the offence
    assert _charges("Jurors found Tom Reyes, who testified for two days, credible, and convicted him of theft.") == {
        "theft": "convicted"}


def test_a_team_or_firm_in_the_defendants_epithet_is_nobody_else():
    assert _charges("Dell Tamsin appeared in court. The former Eastvale Hornets linebacker, now 29, pleaded guilty "
                    "on Monday to assault and reckless endangerment.") == {
        "assault": "pleaded guilty", "reckless endangerment": "pleaded guilty"}
    assert _charges("Gil Parrow ran the lending desk. The ex-Norwell Bank executive was convicted of embezzlement "
                    "and forgery.") == {"embezzlement": "convicted", "forgery": "convicted"}
    # near miss: a person's name as the modifier names his aide, someone else
    assert _charges("Ed Vargo was convicted of bribery. The former Vargo aide, Sam Pell, pleaded guilty to "
                    "perjury.") == {"bribery": "convicted"}


def test_a_participle_clause_after_a_counted_plea_is_no_offence():
    assert _charges("A Boise man who shoved a guard down the stairs of the Ada County Courthouse pleaded guilty "
                    "Tuesday to three felonies, avoiding a trial set for June.") == {}
    assert _charges("Ray Dunmoor pleaded guilty to arson, sparing the family a trial.") == {"arson": "pleaded guilty"}


def test_the_main_clause_after_a_who_pleaded_guilty_clause_is_no_offence():
    # "X, who pleaded guilty in MONTH, <finite verb> to <infinitive>": the relative clause closed at its comma
    assert _charges("Cole Mariner, who pleaded guilty in March, stood to address the court.") == {}
    assert _charges("Cole Mariner, who had pleaded guilty last spring, turned to apologize to the widow.") == {}
    assert _charges("The driver, who pleaded guilty in June, rose to read a short statement.") == {}
    assert _charges("Cole Mariner, who pleaded guilty in federal court in May, declined to speak to reporters.") == {}
    # near misses: the plea names its offence after a date, an aside or inside the relative clause
    assert _charges("Cole Mariner pleaded guilty Tuesday, Oct. 3, to arson.") == {"arson": "pleaded guilty"}
    assert _charges("Cole Mariner pleaded guilty, accompanied by his lawyer, to arson.") == {"arson": "pleaded guilty"}
    assert _charges("Cole Mariner, who pleaded guilty in March to arson, stood to address the court.") == {
        "arson": "pleaded guilty"}


def test_a_sentence_for_taking_bribes_tells_the_conduct_not_an_offence():
    assert _charges("Pia Strand was sentenced to six years in federal prison Thursday for taking bribes from a "
                    "developer.") == {}
    assert _charges("Prosecutors want Pia Strand to spend eight years in prison for accepting bribes.") == {}
    assert _charges("A judge gave Pia Strand 30 months in jail on Monday for pocketing bribes from a "
                    "contractor.") == {}
    # near miss: the offence itself, named after the term
    assert _charges("Pia Strand was sentenced to two years in prison for bribery.") == {"bribery": "convicted"}


def test_counts_an_infinitive_dismisses_are_dismissed_wherever_the_list_goes_on():
    assert _charges("Ivo Brandt pleaded guilty to arson. In exchange, prosecutors agreed to dismiss a count that "
                    "alleged he was drunk, as well as the separate count of resisting arrest.") == {
        "arson": "pleaded guilty", "resisting arrest": "dismissed"}
    assert _charges("Ivo Brandt pleaded guilty to arson. Prosecutors will drop a charge that he fled, along with a "
                    "count of criminal mischief.") == {"arson": "pleaded guilty", "criminal mischief": "dismissed"}
    assert _charges("Ivo Brandt pleaded guilty to arson; the state asked the judge to dismiss one count, which "
                    "accused him of lying, and the separate count of criminal mischief.") == {
        "arson": "pleaded guilty", "criminal mischief": "dismissed"}
    # near miss: a plea's counts keep their status
    assert _charges("Ivo Brandt pleaded guilty to two counts of arson.") == {"arson": "pleaded guilty"}


def test_an_offence_named_for_the_harm_it_caused_keeps_its_relative_clause():
    # a statute names some offences by their result: the "that/which caused ..." clause is part of the name
    charges = _charges("Wendell Aske faces one count of recklessly causing a fire that caused great bodily injury "
                       "and one count of recklessly causing a fire of an inhabited structure.")
    assert charges == {"recklessly causing a fire that caused great bodily injury": "charged",
                       "recklessly causing a fire of an inhabited structure": "charged"}
    assert _charges("Prosecutors charged Wendell Aske with assault which resulted in serious bodily injury.") \
        == {"assault which resulted in serious bodily injury": "charged"}
    assert _charges("Wendell Aske pleaded guilty to one count of vehicular assault that inflicted great bodily harm, "
                    "the district attorney said.") == {"vehicular assault that inflicted great bodily harm": "pleaded guilty"}
    # near miss: a relative clause that tells the deed's scale is not the offence's name
    assert _charges("Wendell Aske was charged with arson that destroyed three barns, deputies said.") == {"arson": "charged"}


def test_counts_said_to_be_withdrawn_after_their_list_are_dismissed():
    # the list's fate is told by the verb after it ("..., including X, were withdrawn")
    assert _charges("Pia Lindqvist pleaded guilty to burglary. The remaining charges, including receiving stolen "
                    "property and obstruction, were withdrawn under the plea agreement.") \
        == {"burglary": "pleaded guilty", "receiving stolen property": "dismissed", "obstruction": "dismissed"}
    assert _charges("Pia Lindqvist pleaded guilty to forgery. Under the deal, the rest of the charges, including "
                    "witness tampering, have been dropped, her lawyer said.") \
        == {"forgery": "pleaded guilty", "witness tampering": "dismissed"}
    assert _charges("Pia Lindqvist admitted the theft in court. The remaining counts, including identity theft, "
                    "will be dismissed at sentencing.").get("identity theft") == "dismissed"
    # near miss: a list whose later verb files, not drops, keeps its status
    assert _charges("Pia Lindqvist pleaded guilty to forgery. The original charges, including robbery and assault, "
                    "were filed in March.") == {"forgery": "pleaded guilty", "robbery": "charged", "assault": "charged"}


def test_a_counted_object_of_the_plea_is_what_was_taken_not_an_offence():
    # "pleaded guilty to stealing cash and dozens of guns": the quantity counts loot, not counts
    assert _charges("Ruben Achterberg pleaded guilty Monday to stealing seized cash and dozens of firearms from "
                    "the department's property room.") == {}
    assert _charges("Ruben Achterberg was convicted of burglary and hundreds of stolen catalytic converters were "
                    "recovered.") == {"burglary": "convicted"}
    assert _charges("Ruben Achterberg admitted smuggling cigarettes and thousands of vape cartridges across the "
                    "border.").get("vape cartridges") is None
    # near miss: a quantity of counts still names the offence after them
    assert _charges("Ruben Achterberg pleaded guilty to fraud and several counts of forgery.") \
        == {"fraud": "pleaded guilty", "forgery": "pleaded guilty"}
    assert _charges("Ruben Achterberg pleaded guilty to theft and dozens of counts of forgery.") \
        == {"theft": "pleaded guilty", "forgery": "pleaded guilty"}


def test_a_ruling_that_leaves_a_conviction_intact_adds_no_word_to_the_offence():
    # "left X intact/undisturbed": the adjective is the ruling's, not the offence's
    assert _charges("The appeals court left Ilse Varga's convictions for two counts of arson and one count of insurance "
                    "fraud intact, along with the restitution order.") == {"arson": "convicted", "insurance fraud": "convicted"}
    assert _charges("The ruling leaves Ilse Varga's conviction for second-degree assault undisturbed.") \
        == {"second-degree assault": "convicted"}
    assert _charges("Justices kept Ilse Varga's conviction for bribery intact but ordered a new sentencing.") \
        == {"bribery": "convicted"}


def test_a_conspiracy_whose_infinitive_has_an_object_ends_before_the_next_offence():
    # A statute's long conspiracy name, then a second count led by an adjective or named by its head noun
    assert _charges("Ex-analyst Theo Marsh, 47, was charged in a complaint unsealed Monday with conspiracy to pass "
                    "military secrets to a foreign power and unlawful possession of classified records.") == {
        "conspiracy to pass military secrets to a foreign power": "charged",
        "unlawful possession of classified records": "charged"}
    assert _charges("A grand jury indicted Theo Marsh on Tuesday on charges of conspiracy to smuggle rifles across "
                    "the border and money laundering.") == {
        "conspiracy to smuggle rifles across the border": "charged", "money laundering": "charged"}
    assert _charges("Theo Marsh pleaded guilty to conspiracy to launder drug proceeds and illegal possession of a "
                    "firearm.") == {"conspiracy to launder drug proceeds": "pleaded guilty",
                                    "illegal possession of a firearm": "pleaded guilty"}
    # "to commit" takes offences as its object, and a shared object is one conspiracy
    assert _charges("Theo Marsh was charged with conspiracy to commit mail and wire fraud.") == {
        "conspiracy to commit mail and wire fraud": "charged"}
    assert _charges("Theo Marsh was charged with conspiracy to import cocaine and heroin.") == {
        "conspiracy to import cocaine and heroin": "charged"}


def test_the_appositive_that_ranks_a_charge_is_no_offence():
    assert _charges("A jury acquitted Ida Crane, 39, of first-degree murder, the most serious charge she faced, "
                    "but convicted her of manslaughter.") == {"first-degree murder": "acquitted", "manslaughter": "convicted"}
    assert _charges("Jurors cleared Ida Crane of kidnapping, the top count they had weighed, and convicted her of "
                    "assault.") == {"kidnapping": "acquitted", "assault": "convicted"}
    assert _charges("The jury found Ida Crane not guilty of arson, the lead charge against her, but guilty of "
                    "burglary.") == {"arson": "acquitted", "burglary": "convicted"}
    # near miss: the ranked charge named in apposition is still an offence
    assert _charges("The top charge against Ida Crane, aggravated robbery, carries up to 30 years.") == {
        "aggravated robbery": "charged"}


def test_the_sentence_an_appeal_story_says_is_being_served_names_the_offence():
    assert _charges("Ida Crane, 44, a silver medalist in the luge at the 2014 Winter Olympics, is serving a "
                    "five-year prison sentence for criminally negligent homicide.") == {
        "criminally negligent homicide": "convicted"}
    assert _charges("Crane, who is serving nine years for arson, appealed.") == {"arson": "convicted"}
    assert _charges("Crane, now serving an eight-year term for embezzlement, lost her appeal on Monday.") == {
        "embezzlement": "convicted"}
    # near miss: a term served when the crime happened is an earlier case's
    assert _charges("Crane was serving a 10-year term for burglary when the fire broke out.") == {}


def test_a_count_told_by_its_facts_is_named_by_its_modifier():
    assert _charges("Jurors acquitted Ned Cole of a third theft count involving a church fund.") == {"theft": "acquitted"}
    assert _charges("The jury cleared Ned Cole of another assault count concerning a guard at the jail.") == {
        "assault": "acquitted"}
    assert _charges("Ned Cole was found not guilty of a fifth forgery charge regarding a 2019 deed.") == {
        "forgery": "acquitted"}
    # near miss: a statute's own "involving" is part of the offence's name
    assert _charges("Ned Cole was convicted of sexual conduct involving a minor.") == {
        "sexual conduct involving a minor": "convicted"}


def _subjects(body: str) -> dict[str, object]:
    source = source_from_text("case.txt", "Date: 2023-04-02\n\n" + body)
    return {(c.text, c.subject): c.status for c in find_sentencing(source, find_parties(source)).charges}


def test_a_spouse_or_sibling_convicted_in_the_same_trial_is_a_second_defendant_with_her_own_charges():
    # the same verdict names a relative who shares the surname: her counts are the case's, under her name
    assert _subjects("Rudy Ferro, 61, was found guilty of bank fraud. His wife, Nadia Ferro, 59, who kept the books "
                     "for the family bakery, Crown Street Breads, was convicted of conspiracy and theft of government funds.") == {
        ("bank fraud", None): "convicted", ("conspiracy", "Nadia Ferro"): "convicted",
        ("theft of government funds", "Nadia Ferro"): "convicted"}
    assert _subjects("A jury convicted Rudy Ferro of arson. Nadia Ferro, 59, was found guilty of insurance fraud.") == {
        ("arson", None): "convicted", ("insurance fraud", "Nadia Ferro"): "convicted"}
    assert _subjects("Rudy Ferro and his brother were tried together in May. Jurors convicted Rudy Ferro of arson; his "
                     "brother, Leon Ferro, pleaded guilty to insurance fraud on the second day.") == {
        ("arson", None): "convicted", ("insurance fraud", "Leon Ferro"): "pleaded guilty"}
    # a collective subject keeps the counts as the defendant's
    assert _subjects("Rudy Ferro was found guilty of arson. The couple were also convicted of insurance fraud.") == {
        ("arson", None): "convicted", ("insurance fraud", None): "convicted"}


def test_a_relative_with_a_case_of_his_own_keeps_his_charges_out():
    for other in ("His cousin, Leon Ferro, was convicted of insurance fraud.",
                  "His son, Leon Ferro, pleaded guilty in March to insurance fraud.",
                  "His brother, Leon Ferro, was convicted in 2018 of insurance fraud."):
        assert _subjects("Rudy Ferro, 61, was found guilty of bank fraud. " + other) == {("bank fraud", None): "convicted"}


def test_convicted_in_a_death_names_the_event_not_the_offence():
    assert _charges("A nurse convicted in the overdose death of a patient was sentenced Friday.") == {}
    assert _charges("Omar Reyes, convicted Tuesday in the 2021 shooting of a store clerk, will be sentenced in May.") == {}
    assert _charges("A guard acquitted in connection with the beating of an inmate returned to work.") == {}
    # a court between the verb and its "of" still leads to the offence
    assert _charges("Omar Reyes was convicted in Dane County Court of arson.") == {"arson": "convicted"}


def test_a_verb_with_an_object_pronoun_after_the_offence_opens_a_new_clause():
    assert _charges("The court reviewed Omar Reyes's conviction for forgery, and set it aside.") == {"forgery": "convicted"}
    assert _charges("The board upheld Omar Reyes's conviction for embezzlement, and let it stand.") == {"embezzlement": "convicted"}
    assert _charges("The panel looked at Omar Reyes's conviction for theft and threw it out.") == {"theft": "convicted"}


def test_drunk_driving_statutes_named_by_alcohol_level_or_harm_caused_are_charges():
    assert _charges("Mia Lane, 47, is also charged with driving under the influence causing injury and driving with a "
                    "blood alcohol content of 0.08% or higher causing injury, according to prosecutors.") == {
        "driving under the influence causing injury": "charged",
        "driving with a blood alcohol content of 0.08% or higher causing injury": "charged"}
    assert _charges("Mia Lane was charged with possession of 28 grams or more of cocaine and driving with a "
                    "blood-alcohol level of .08 or more.") == {"possession of 28 grams or more of cocaine": "charged",
                                                               "driving with a blood-alcohol level of .08 or more": "charged"}
    assert _charges("Mia Lane was charged with operating a vehicle with a prohibited alcohol concentration and fleeing "
                    "police causing serious bodily injury.") == {
        "operating a vehicle with a prohibited alcohol concentration": "charged",
        "fleeing police causing serious bodily injury": "charged"}
    # the harm told of one victim is conduct, no statute's name
    assert _charges("Mia Lane was charged with striking a cyclist and causing her death.") == {}


def test_an_offence_with_its_own_complement_after_a_conspiracy_is_the_next_offence():
    assert _charges("Dan Okoro was found guilty of conspiracy to commit wire fraud and theft of government funds.") == {
        "conspiracy to commit wire fraud": "convicted", "theft of government funds": "convicted"}
    assert _charges("Dan Okoro was found guilty of conspiracy to commit fraud and theft.") == {
        "conspiracy to commit fraud and theft": "convicted"}


def test_an_offence_named_by_its_means_does_not_swallow_the_list_after_it():
    assert _charges("Gary Lind, 52, was charged with theft by deception, bribery and tampering with a lottery game.") == {
        "theft by deception": "charged", "bribery": "charged", "tampering with a lottery game": "charged"}
    assert _charges("Ona Reyes was charged with theft by deception, extortion and misuse of public funds.") == {
        "theft by deception": "charged", "extortion": "charged", "misuse of public funds": "charged"}
    assert _charges("Ona Reyes was convicted of obtaining property by misrepresentation, fraud, forgery or subterfuge.") == {
        "obtaining property by misrepresentation, fraud, forgery or subterfuge": "convicted"}


def test_a_participle_after_a_charge_list_tells_the_deed_not_another_offence():
    for body in ("Dale Ruskin was charged Monday with three felonies, accused of selling the town's fuel to a friend.",
                 "Dale Ruskin, 50, was indicted on two counts of embezzlement, suspected of skimming fuel money for years.",
                 "Prosecutors charged Dale Ruskin with theft by deception, alleged in the complaint to have sold town fuel."):
        charges = _charges(body)
        assert not any(text.startswith(("accused", "suspected", "alleged")) for text in charges), body
    assert "embezzlement" in _charges("Dale Ruskin, 50, was indicted on two counts of embezzlement, suspected of "
                                      "skimming fuel money for years.")
    # near miss: a second offence in the list still counts
    assert set(_charges("Dale Ruskin was charged with theft, forgery and official misconduct.")) == {
        "theft", "forgery", "official misconduct"}


def test_a_gerund_whose_object_is_the_noun_a_relative_clause_describes_is_no_charge():
    for body in ("Lina Voss was jailed again after she met the broker she was convicted of helping.",
                 "Lina Voss returned to the bank that she admitted defrauding, a judge heard.",
                 "A judge found Lina Voss had called the clerk whom she was accused of pressuring."):
        assert not any(text.endswith("ing") for text in _charges(body)), body
    # near miss: an offence that is a bare gerund on its own is still a charge
    assert _charges("Lina Voss was convicted of stalking.") == {"stalking": "convicted"}


def test_a_bare_plural_charged_or_convicted_is_anyone_of_that_kind_not_the_defendant():
    for aside in ("Landlords charged with insurance fraud rarely go to trial.",
                  "Doctors who are convicted of insurance fraud often keep working.",
                  "Contractors accused of insurance fraud, a lawyer said, usually settle."):
        assert _charges("Cy Marlow pleaded guilty to arson. " + aside) == {"arson": "pleaded guilty"}, aside
    # near miss: an active verb with its object names the defendant's own charge
    assert _charges("Prosecutors charged Cy Marlow with insurance fraud.") == {"insurance fraud": "charged"}


def test_joint_defendants_named_as_a_group_are_charged():
    # Convention: an indictment charging two people tried together names them as one group.
    for body in ["Reality stars Tessa Vane and Hugo Vane were arrested. The indictment charges the couple with "
                 "conspiracy to commit mail fraud, mail fraud and tax evasion.",
                 "Ivo Marek and Pim Marek ran the firm. A complaint filed Friday charges the two brothers with "
                 "conspiracy to commit mail fraud, mail fraud and tax evasion.",
                 "Tessa Vane and Hugo Vane were indicted. The 12-count indictment, unsealed Monday in Atlanta, charges "
                 "both of them with conspiracy to commit mail fraud, mail fraud and tax evasion."]:
        charges = _charges(body)
        assert {"conspiracy to commit mail fraud", "mail fraud", "tax evasion"} <= set(charges), body
    # near miss: "charges the company with" names a firm, not the defendants
    assert "tax evasion" not in _charges("Tessa Vane was arrested. A separate civil suit charges the lender with tax evasion.")


def test_counts_against_him_of_a_court_martial_list_their_offences():
    # Convention: "guilty of N of the M counts/specifications (against him), including A, B and C".
    for body in ["A panel found Sgt. Ross Deane, 31, guilty of nine of the 11 specifications against him, including "
                 "arson, larceny of military property and failure to obey an order.",
                 "Jurors found Ross Deane guilty of nine of the 11 counts against him, including arson, larceny of "
                 "military property and failure to obey an order.",
                 "A military judge found Ross Deane guilty on Friday of nine specifications, including arson, larceny "
                 "of military property and failure to obey an order."]:
        assert {"arson", "larceny of military property", "failure to obey an order"} <= set(_charges(body)), body
    assert not any("of the" in c for c in _charges("Jurors found Ross Deane guilty of nine of the 11 counts against him."))


def test_the_members_of_a_panel_are_the_court_not_people_charged():
    # Convention: "a panel/jury of <people> convicted him of X and Y", with offences that hold their own "of".
    for body in ["Ross Deane was sentenced. A panel of Navy officers convicted him of dereliction of duty and "
                 "improper hazarding of a vessel.",
                 "Ross Deane was sentenced a day after a jury of eight officers convicted Deane of dereliction of duty "
                 "and improper hazarding of a vessel.",
                 "A board of senior officers on Friday convicted Ross Deane of dereliction of duty and improper "
                 "hazarding of a vessel."]:
        assert _charges(body) == {"dereliction of duty": "convicted", "improper hazarding of a vessel": "convicted"}, body


def test_an_appeal_affirming_the_convictions_of_a_named_defendant_names_the_offences():
    for body in ["Ross Deane lost his appeal. The court affirmed the convictions of Capt. Ross Deane for arson and perjury.",
                 "Ross Deane lost his appeal. Judges upheld the conviction of Ross Deane on arson and perjury.",
                 "Ross Deane lost his appeal. A panel let stand the convictions of Deane for arson and perjury."]:
        assert _charges(body) == {"arson": "convicted", "perjury": "convicted"}, body


def test_an_inchoate_count_beside_its_object_offence_keeps_both():
    for body in ["Ross Deane was convicted of one count of conspiracy to commit wire fraud and three counts of wire fraud.",
                 "Ross Deane was indicted on wire fraud and attempted wire fraud.",
                 "The indictment charges Ross Deane with conspiracy to commit wire fraud, wire fraud and perjury."]:
        charges = _charges(body)
        assert "wire fraud" in charges and any(c != "wire fraud" and c.endswith("wire fraud") for c in charges), body


def test_a_class_of_crimes_or_of_other_cases_is_not_a_charge():
    charges = _charges("Rep. Ross Deane was convicted Friday of bribery. Lawmakers convicted of similar schemes have "
                       "received far less. A member convicted of a crime punishable by two years in prison must resign.")
    assert charges == {"bribery": "convicted"}


# ---------------------------------------------------------------- an appeal that undoes a conviction (round 21)
def _appeal_charges(story: str) -> dict[str, str]:
    source = source_from_text("appeal.txt", "title: Appeal\noutlet: Test\ndate: 2025-03-01\n\nAppeal\n\n" + story + "\n")
    return {c.text: c.status for c in find_sentencing(source, find_parties(source)).charges}


def test_a_conviction_set_aside_on_appeal_is_no_longer_a_conviction():
    # News tells an appeal's undoing with many verbs, before the offence or after it
    for story in ["Former clerk Dana Pruitt was convicted in 2023. An appeals panel set aside Pruitt's conviction for bribery.",
                  "Former clerk Dana Pruitt was convicted in 2023. On Friday the high court vacated her conviction for bribery.",
                  "Former clerk Dana Pruitt was convicted in 2023. Judges threw out the conviction of Dana Pruitt for bribery.",
                  "Former clerk Dana Pruitt was convicted in 2023. Her conviction for bribery was later overturned."]:
        assert _appeal_charges(story).get("bribery") == "dismissed", story


def test_a_conviction_upheld_on_appeal_stays_a_conviction():
    story = ("Former clerk Dana Pruitt was convicted in 2023. An appeals panel reversed Pruitt's conviction for bribery "
             "but upheld her conviction for perjury.")
    assert _appeal_charges(story) == {"bribery": "dismissed", "perjury": "convicted"}


def test_an_offence_named_as_a_subject_ends_at_its_verb():
    for story, offence in [("Dana Pruitt was convicted. Pruitt's conviction for perjury rested on a single email.", "perjury"),
                           ("Dana Pruitt was convicted. Her conviction for tax evasion hinged largely on her own ledgers.", "tax evasion"),
                           ("Dana Pruitt was convicted. Pruitt's convictions for fraud and perjury stemmed from one audit.", "perjury"),
                           ("Dana Pruitt was convicted. Her conviction for bribery depends on a recording.", "bribery")]:
        assert offence in _appeal_charges(story), story
    # a participle that names the offence is no verb of the clause
    assert any(text.startswith("possession of a firearm used") for text in _appeal_charges(
        "Dana Pruitt was convicted. Her conviction for possession of a firearm used in a robbery was upheld."))


def test_a_count_charged_early_takes_the_outcome_the_story_tells_later():
    for outcome in ["On Friday a jury convicted Osmoor of armed robbery.",
                    "Jurors found Osmoor guilty of armed robbery after four hours.",
                    "Osmoor, 29, was sentenced Monday after a jury convicted her of armed robbery."]:
        body = "Wren Osmoor was charged in 2021 with armed robbery.\n\n" + outcome + "\n"
        assert _charges(body) == {"armed robbery": "convicted"}, outcome


def test_a_supposed_or_earlier_conviction_leaves_the_charge_standing():
    for aside in ["Had she been convicted of armed robbery at trial, she would have faced 30 years.",
                  "Court records show Osmoor was convicted of armed robbery in 2016.",
                  "State law bars anyone convicted of armed robbery from owning a gun."]:
        body = "Wren Osmoor was charged Tuesday with armed robbery.\n\n" + aside + "\n"
        assert _charges(body) == {"armed robbery": "charged"}, aside

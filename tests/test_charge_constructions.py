"""Charges across the ways reporters word the same fact: what stands between a verdict and its offences, how lists
go on, the open vocabulary statutes name offences in, and whose charge a clause tells. Each convention has its own
paraphrases and a near-miss that must not be read as the defendant's charge."""
from __future__ import annotations

from builder.extract.parties import find_parties
from builder.extract.sentencing import find_sentencing
from builder.sources import source_from_text


def _charges(body: str) -> dict[str, str]:
    source = source_from_text("case.txt", "Date: 2024-03-09\n\n" + body)
    sentencing = find_sentencing(source, find_parties(source))
    for charge in sentencing.charges:
        assert source.text[charge.citations[0].start:charge.citations[0].end] == charge.text
    return {c.text: c.status for c in sentencing.charges if c.subject is None}


def test_a_court_a_week_or_a_jury_may_stand_between_the_verdict_and_its_offences():
    assert _charges("Tobin Marsh was found guilty in Wexford County Circuit Court of arson.") == {"arson": "convicted"}
    assert _charges("Jurors found Tobin Marsh guilty last week of criminal contempt.") == {"criminal contempt": "convicted"}
    assert _charges("Tobin Marsh was found not guilty at the Old Bailey of affray.") == {"affray": "acquitted"}
    assert _charges("Tobin Marsh entered a guilty plea on May 2, 2023, to money laundering.") == {
        "money laundering": "pleaded guilty"}
    # near-miss: the court's own "of" is no offence
    assert _charges("Tobin Marsh was found guilty in the Court of Appeals of bank fraud.") == {"bank fraud": "convicted"}


def test_as_well_as_along_with_and_plus_carry_a_list_on():
    assert _charges("Ines Carrow was convicted of wire fraud, as well as money laundering.") == {
        "wire fraud": "convicted", "money laundering": "convicted"}
    assert _charges("Ines Carrow pleaded guilty to perjury, along with tampering with evidence.") == {
        "perjury": "pleaded guilty", "tampering with evidence": "pleaded guilty"}
    assert _charges("Ines Carrow was charged with burglary, plus criminal trespass.") == {
        "burglary": "charged", "criminal trespass": "charged"}
    # near-miss: "as well as" before a clause is no offence
    assert _charges("Ines Carrow was convicted of arson, as well as being ordered to pay restitution.") == {
        "arson": "convicted"}


def test_counts_named_after_charges_or_each():
    assert _charges("Ines Carrow was indicted on charges that include witness tampering and bribery.") == {
        "witness tampering": "charged", "bribery": "charged"}
    assert _charges("Ines Carrow faces charges of one count of forgery and two counts of theft.") == {
        "forgery": "charged", "theft": "charged"}
    assert _charges("Ines Carrow was convicted on one count each of perjury and arson.") == {
        "perjury": "convicted", "arson": "convicted"}
    # near-miss: "a single count of X and Y" is still one offence
    assert _charges("Ines Carrow pleaded guilty to a single count of breaking and entering.") == {
        "breaking and entering": "pleaded guilty"}


def test_statutes_name_offences_in_an_open_vocabulary_after_general_triggers():
    assert _charges("An appeals court upheld Lt. Arlo Penn's convictions for dereliction of duty resulting in death and "
                    "improper hazarding of a vessel.") == {
        "dereliction of duty resulting in death": "convicted", "improper hazarding of a vessel": "convicted"}
    assert _charges("Arlo Penn was indicted for misprision of a felony.") == {"misprision of a felony": "charged"}
    assert _charges("Arlo Penn is accused of failure to obey a lawful order.") == {"failure to obey a lawful order": "charged"}
    assert _charges("Arlo Penn was arrested on suspicion of home invasion.") == {"home invasion": "charged"}
    assert _charges("Arlo Penn admitted controlling or coercive behaviour.") == {
        "controlling or coercive behaviour": "pleaded guilty"}
    # near-misses: a deed, a part in one, a general noun after the same triggers
    assert _charges("Arlo Penn was convicted for his role in the scheme.") == {}
    assert _charges("Arlo Penn was convicted of taking part in the scheme.") == {}
    assert _charges("Arlo Penn is accused of misleading investors about the fund.") == {}
    assert _charges("Arlo Penn was sentenced for his involvement in the attack.") == {}
    # near-misses: a statute's adjective before a noun of behaviour names no offence
    assert _charges("Arlo Penn is accused of reckless disregard for the safety of others.") == {}
    assert _charges("Arlo Penn is accused of an improper relationship with a student.") == {}
    assert _charges("Arlo Penn was sentenced by a military judge for wrongful use of cocaine.") == {
        "wrongful use of cocaine": "convicted"}


def test_a_conspiracy_with_its_own_object_ends_before_the_next_offence():
    assert _charges("Arlo Penn was convicted of conspiracy to distribute 500 grams or more of cocaine and witness "
                    "intimidation.") == {"conspiracy to distribute 500 grams or more of cocaine": "convicted",
                                         "witness intimidation": "convicted"}
    assert _charges("Arlo Penn pleaded guilty to conspiracy to commit wire fraud and making false statements to "
                    "federal agents.") == {"conspiracy to commit wire fraud": "pleaded guilty",
                                           "making false statements to federal agents": "pleaded guilty"}
    assert _charges("Arlo Penn was convicted of conspiracy to commit wire fraud and wire fraud.") == {
        "conspiracy to commit wire fraud": "convicted", "wire fraud": "convicted"}
    # near-miss: two kinds of fraud sharing one conspiracy stay one offence
    assert _charges("Arlo Penn was convicted of conspiracy to commit mail and wire fraud.") == {
        "conspiracy to commit mail and wire fraud": "convicted"}


def test_two_named_offences_joined_by_and_are_two():
    assert _charges("Wren Kilby was convicted of animal cruelty and witness intimidation.") == {
        "animal cruelty": "convicted", "witness intimidation": "convicted"}
    assert _charges("Wren Kilby pleaded guilty to cruelty to animals and aggravated battery.") == {
        "cruelty to animals": "pleaded guilty", "aggravated battery": "pleaded guilty"}
    assert _charges("Wren Kilby was charged with computer intrusion and DUI causing great bodily injury.") == {
        "computer intrusion": "charged", "DUI causing great bodily injury": "charged"}
    # near-miss: a statute's pair of bare nouns is one offence
    assert _charges("Wren Kilby pleaded guilty to fraudulent schemes and artifices.") == {
        "fraudulent schemes and artifices": "pleaded guilty"}


def test_a_titled_or_aged_person_as_the_verbs_object():
    assert _charges("A jury cleared Sgt. Wren Kilby of desertion.") == {"desertion": "acquitted"}
    assert _charges("A jury cleared Kilby, 45, of arson.") == {"arson": "acquitted"}
    assert _charges("The indictment charges Rep. Wren Kilby with bribery.") == {"bribery": "charged"}
    assert _charges("An appeals court overturned Sgt. Wren Kilby's conviction for larceny.") == {"larceny": "dismissed"}
    assert _charges("A grand jury indicted Wren Kilby on witness tampering.") == {"witness tampering": "charged"}


def test_the_laws_voices_accuse_and_trials_are_stood_on_charges():
    assert _charges("Federal prosecutors accuse Wren Kilby of honest services fraud.") == {"honest services fraud": "charged"}
    assert _charges("Wren Kilby was ordered to stand trial on vehicular homicide.") == {"vehicular homicide": "charged"}
    assert _charges("Wren Kilby will face trial for perverting the course of justice.") == {
        "perverting the course of justice": "charged"}
    assert _charges("Wren Kilby was charged last month. The charges against her include embezzlement.") == {
        "embezzlement": "charged"}
    # near-misses: critics accuse; "include allegations" names no offence
    assert _charges("Wren Kilby was charged last month. Critics accuse Kilby of corruption.") == {}
    assert _charges("Wren Kilby was charged last month. The charges against her include allegations that she lied.") == {}


def test_booked_on_suspicion_and_stands_accused_name_the_charge():
    assert _charges("Cole Vargo was booked on suspicion of burglary.") == {"burglary": "charged"}
    assert _charges("Cole Vargo stands accused of arson.") == {"arson": "charged"}
    assert _charges("Cole Vargo, 31, stands accused of stalking and harassment.") == {
        "stalking": "charged", "harassment": "charged"}


def test_counts_after_a_term_or_an_admission_take_its_status():
    assert _charges("Cole Vargo was given 12 years in prison for two counts of robbery.") == {"robbery": "convicted"}
    assert _charges("Cole Vargo received a five-year sentence for one count of theft.") == {"theft": "convicted"}
    assert _charges("Cole Vargo was jailed for 30 months after admitting three counts of fraud.") == {
        "fraud": "pleaded guilty"}
    # near-miss: a term the charge risks is no conviction
    assert _charges("Cole Vargo faces up to 20 years in prison for two counts of robbery.") == {"robbery": "charged"}


def test_people_in_general_convicted_of_an_offence_are_not_the_defendant():
    assert _charges("Cole Vargo was charged with arson. People convicted of arson often serve less than half "
                    "their terms.") == {"arson": "charged"}
    assert _charges("Cole Vargo was charged with fraud. Those convicted of fraud rarely go to prison.") == {
        "fraud": "charged"}
    assert _charges("Cole Vargo was charged with theft. Men charged with burglary sometimes plead early.") == {
        "theft": "charged"}
    # near-miss: the defendant named in the same shape is still the defendant
    assert _charges("Cole Vargo was convicted of burglary.") == {"burglary": "convicted"}


def test_a_co_defendant_set_against_the_subject_is_not_the_subjects_name():
    assert _charges("Unlike his co-defendant, Cole Vargo was convicted of identity fraud.") == {"identity fraud": "convicted"}
    assert _charges("Like her co-defendant, Nell Ostrand was convicted of arson.") == {"arson": "convicted"}
    assert _charges("Nell Ostrand was charged in May. Unlike their co-defendant, Ostrand was acquitted of theft.") == {
        "theft": "acquitted"}
    # near-miss: a co-defendant named in apposition is someone else
    assert _charges("Nell Ostrand was convicted of arson. Her co-defendant, Sid Pelt, pleaded guilty to theft.") == {
        "arson": "convicted"}


def test_what_a_statutes_act_is_aimed_at_is_part_of_its_name():
    assert _charges("Nell Ostrand was convicted of cheating at gambling.") == {"cheating at gambling": "convicted"}
    assert _charges("Nell Ostrand pleaded guilty to discharging a firearm at an occupied dwelling.") == {
        "discharging a firearm at an occupied dwelling": "pleaded guilty"}
    assert _charges("Nell Ostrand was charged with shooting at an occupied vehicle.") == {
        "shooting at an occupied vehicle": "charged"}
    # near-miss: where the deed happened is no part of the offence
    assert _charges("Nell Ostrand was convicted of assault at a bar in Dover.") == {"assault": "convicted"}


def test_a_tally_of_counts_gives_way_to_the_offences_it_includes():
    assert _charges("Nell Ostrand was indicted on a total of 12 counts, including forgery and perjury.") == {
        "forgery": "charged", "perjury": "charged"}
    assert _charges("Nell Ostrand was charged with a total of nine counts, including burglary.") == {"burglary": "charged"}
    assert _charges("Nell Ostrand was convicted on all 11 counts, including arson and theft.") == {
        "arson": "convicted", "theft": "convicted"}
    # near-miss: a tally alone names no offence
    assert _charges("Nell Ostrand was indicted on a total of 12 counts.") == {}


def test_a_counted_category_closed_by_a_colon_or_dash_heads_the_offences_listed_after_it():
    assert _charges("Jurors convicted Wendell Okampe of four conspiracy counts: conspiracy to commit bank fraud, "
                    "conspiracy to commit mail fraud and conspiracy to commit money laundering.") == {
        "conspiracy to commit bank fraud": "convicted", "conspiracy to commit mail fraud": "convicted",
        "conspiracy to commit money laundering": "convicted"}
    assert _charges("Wendell Okampe pleaded guilty to the following charges: forgery, perjury and arson.") == {
        "forgery": "pleaded guilty", "perjury": "pleaded guilty", "arson": "pleaded guilty"}
    assert _charges("A jury found Wendell Okampe guilty on three federal counts \u2014 bank fraud, witness tampering "
                    "and tax evasion.") == {"bank fraud": "convicted", "witness tampering": "convicted", "tax evasion": "convicted"}
    assert _charges("Wendell Okampe was convicted of two counts of wire fraud and three tax-related counts: tax "
                    "evasion, filing a false return and obstruction of the IRS.") == {
        "wire fraud": "convicted", "tax evasion": "convicted", "filing a false return": "convicted",
        "obstruction of the IRS": "convicted"}
    # near-miss: a dash after the counts may open an aside, which names no offence
    assert _charges("Wendell Okampe was convicted of three counts \u2014 a rare result in such cases \u2014 "
                    "and was jailed.") == {}


def test_a_ledes_category_gives_way_to_the_counts_it_covers():
    assert _charges("Greta Lindholm pleaded guilty to federal tax crimes on Monday.\n\nShe admitted one count of "
                    "tax evasion.") == {"tax evasion": "pleaded guilty"}
    assert _charges("A jury convicted Greta Lindholm of civil rights violations.\n\nShe was found guilty of "
                    "deprivation of rights under color of law.") == {"deprivation of rights under color of law": "convicted"}
    assert _charges("Greta Lindholm was convicted of federal drug charges.\n\nJurors found her guilty of "
                    "possession with intent to distribute heroin.") == {
        "possession with intent to distribute heroin": "convicted"}
    assert _charges("Greta Lindholm pleaded guilty to corruption charges.\n\nShe admitted bribery.") == {
        "bribery": "pleaded guilty"}
    # near-miss: counts the category does not cover leave it standing; said alone, it is the only wording
    assert _charges("Greta Lindholm was convicted of federal firearms charges.\n\nShe was also found guilty of "
                    "kidnapping.") == {"firearms": "convicted", "kidnapping": "convicted"}
    assert _charges("A jury convicted Greta Lindholm of civil rights violations.") == {"civil rights violations": "convicted"}


def test_a_statutes_name_keeps_its_verbs_particle():
    assert _charges("Arne Vickham pleaded guilty to willful failure to pay over payroll taxes.") == {
        "willful failure to pay over payroll taxes": "pleaded guilty"}
    assert _charges("Arne Vickham was charged with failure to account for and pay over withholding taxes.") == {
        "failure to account for and pay over withholding taxes": "charged"}
    assert _charges("Arne Vickham was convicted of failure to turn over records to a bankruptcy trustee.") == {
        "failure to turn over records to a bankruptcy trustee": "convicted"}
    assert _charges("Arne Vickham pleaded guilty to fleeing and eluding police.") == {"fleeing and eluding police": "pleaded guilty"}
    # near-miss: "over" that tells a time is no particle
    assert _charges("Arne Vickham pleaded guilty to failure to pay over a period of six years.") == {
        "failure to pay": "pleaded guilty"}


def test_contraband_before_count_names_the_count_a_term_was_given_on():
    assert _charges("Mira Solbrand was sentenced to two years in prison on the felony firearm counts.") == {
        "felony firearm": "convicted"}
    assert _charges("Mira Solbrand got 10 years on each of the extortion counts.") == {"extortion": "convicted"}
    assert _charges("Mira Solbrand faces up to 10 years on the extortion charge.") == {"extortion": "charged"}
    # a count named only by its area ("the weapons count", "the gun charge") is named by that whole phrase where no
    # offence read says it better; another's term is not hers
    assert _charges("The judge gave Mira Solbrand five years on the weapons count.") == {"weapons count": "convicted"}
    assert _charges("Mira Solbrand received a consecutive two-year term on the gun charge.") == {"gun charge": "convicted"}
    assert _charges("Mira Solbrand was convicted of possessing a firearm as a felon.\n\nThe judge gave her five years "
                    "on the weapons count.") == {"possessing a firearm as a felon": "convicted"}
    assert _charges("Mira Solbrand was arrested in May.\n\nHer brother, Olaf Berg, got two years on the weapons count.") == {}


def test_a_participle_commenting_on_the_verdict_closes_the_list():
    assert _charges("Jurors convicted Tomas Reyner of arson and burglary, rejecting a defense request for leniency.") == {
        "arson": "convicted", "burglary": "convicted"}
    assert _charges("Tomas Reyner was found guilty of perjury and stalking, handing prosecutors a victory.") == {
        "perjury": "convicted", "stalking": "convicted"}
    assert _charges("Tomas Reyner pleaded guilty to forgery and theft, clearing the way for sentencing in June.") == {
        "forgery": "pleaded guilty", "theft": "pleaded guilty"}
    assert _charges("The judge imposed the sentence on each of the two counts of murder and on one count of arson, "
                    "calling the crimes cruel.") == {"murder": "convicted", "arson": "convicted"}
    # near-miss: an offence that is a gerund after a comma is still the list's next item
    assert _charges("Tomas Reyner was convicted of murder, tampering with evidence and arson.") == {
        "murder": "convicted", "tampering with evidence": "convicted", "arson": "convicted"}


def test_a_weapon_count_beside_a_verdict_is_a_count_of_its_own():
    assert _charges("A jury convicted Lorne Haskard of first-degree murder.\n\nThe judge added two years in prison on "
                    "the felony firearm counts.") == {"first-degree murder": "convicted", "felony firearm": "convicted"}
    assert _charges("A jury convicted Lorne Haskard of arson.\n\nHe got five more years on the gun-possession count.") == {
        "arson": "convicted", "gun-possession": "convicted"}
    # the area alone ("the weapons count") is the only name this count has: the phrase names it
    assert _charges("A jury convicted Lorne Haskard of arson.\n\nHe got five more years on the weapons count.") == {
        "arson": "convicted", "weapons count": "convicted"}
    # near-miss: the verdict already named the weapon, in other words
    assert _charges("A jury convicted Lorne Haskard of murder and possession of a firearm by a felon.\n\nHe got two "
                    "more years on the gun count.") == {"murder": "convicted", "possession of a firearm by a felon": "convicted"}


def test_an_appeal_that_undid_a_count_named_by_its_offence_leaves_it_no_conviction():
    lede = "A jury convicted Odile Brandt of wire fraud and bribery in 2021.\n\n"
    for undone in ("The 4th Circuit vacated the bribery counts last year.",
                   "An appeals court tossed her bribery conviction.",
                   "Her bribery conviction was overturned on appeal.",
                   "The state Supreme Court set aside Brandt's two bribery convictions."):
        assert _charges(lede + undone) == {"wire fraud": "convicted", "bribery": "dismissed"}, undone
    # near-misses: asked for, not done; another's conviction
    assert _charges(lede + "Her lawyers asked the court to vacate the bribery counts.") == {
        "wire fraud": "convicted", "bribery": "convicted"}
    assert _charges(lede + "An appeals court overturned the bribery conviction of her aide, Kurt Mossel.") == {
        "wire fraud": "convicted", "bribery": "convicted"}


def test_a_conviction_sentence_or_plea_named_as_a_noun_names_its_offence():
    assert _charges("Opal Dreyer was sentenced in March. An appeals court upheld the singer's 2021 conviction for "
                    "filing false police reports.") == {"filing false police reports": "convicted"}
    assert _charges("Opal Dreyer was sentenced in March. Her perjury conviction was upheld on appeal.") == {
        "perjury": "convicted"}
    assert _charges("Opal Dreyer was sentenced in March. Judge Ivo Hart imposed the sentence for reckless homicide "
                    "and added 60 days in jail for dereliction of duty.") == {
        "reckless homicide": "convicted", "dereliction of duty": "convicted"}
    assert _charges("Opal Dreyer was sentenced in March. Dreyer's arson conviction carries a mandatory term.") == {
        "arson": "convicted"}
    # near-misses: the usual sentence for an offence is anyone's; "for the death of" names no offence
    assert _charges("Opal Dreyer was charged with theft. The typical sentence for shoplifting is probation.") == {
        "theft": "charged"}
    assert _charges("Opal Dreyer was convicted of theft. Her lawyer called the sentence for the death of Ada Kern "
                    "too light.") == {"theft": "convicted"}


def test_a_plain_words_deed_keeps_its_own_object_list_whole():
    assert _charges("Silas Vane was convicted of taking bribes of cash and jewelry.") == {
        "taking bribes of cash and jewelry": "convicted"}
    # (a long deed, "of cash, jewelry and a sports car", is told rather than named: nothing, never its fragments)
    assert _charges("Silas Vane was convicted of taking bribes of cash, jewelry and a sports car.") == {}
    assert _charges("Silas Vane was convicted of lying about a violent and racist assault.") == {
        "lying about a violent and racist assault": "convicted"}
    assert _charges("Silas Vane was convicted of lying to investigators about a violent and racist assault.") == {}
    assert _charges("Silas Vane pleaded guilty to selling fake watches, handbags and perfume.") == {
        "selling fake watches, handbags and perfume": "pleaded guilty"}
    # near-miss: a named offence or another deed after "and" is the next count
    assert _charges("Silas Vane pleaded guilty to embezzling club funds, wire fraud and filing a false tax return.") == {
        "embezzling club funds": "pleaded guilty", "wire fraud": "pleaded guilty", "filing a false tax return": "pleaded guilty"}
    # near-miss: "and" before a new clause closes the deed
    assert _charges("Silas Vane was convicted of taking bribes of cash and sentenced to two years.") == {
        "taking bribes of cash": "convicted"}


def test_those_counts_were_dismissed_points_back_at_the_counts_just_named():
    assert _charges("Prosecutors had first charged Nell Okafor with forgery and theft as well, but those counts were "
                    "dismissed under the deal.") == {"forgery": "dismissed", "theft": "dismissed"}
    assert _charges("Nell Okafor was initially charged with arson. That charge was dropped in exchange for her plea.") == {
        "arson": "dismissed"}
    assert _charges("Nell Okafor had also been charged with burglary and fraud; those charges were withdrawn.") == {
        "burglary": "dismissed", "fraud": "dismissed"}
    assert _charges("Nell Okafor was charged with theft. Charges of assault and battery were dismissed last year.") == {
        "theft": "charged", "assault and battery": "dismissed"}
    assert _charges("Nell Okafor pleaded guilty to theft. Prosecutors dropped two counts of forgery and a count of perjury "
                    "against the 61-year-old bookkeeper.") == {"theft": "pleaded guilty", "forgery": "dismissed", "perjury": "dismissed"}
    # near-miss: a plea to dismiss them is not a dismissal
    assert _charges("Nell Okafor was charged with forgery. Her lawyer said those counts should have been dismissed.") == {
        "forgery": "charged"}


def test_a_statutory_complement_with_in_stays_with_the_offence():
    assert _charges("Lena Morrow pleaded guilty to conspiracy to make contributions in the name of another and making "
                    "false statements.") == {"conspiracy to make contributions in the name of another": "pleaded guilty",
                                             "making false statements": "pleaded guilty"}
    assert _charges("Lena Morrow pleaded guilty to possession of cocaine in a school zone.") == {
        "possession of cocaine in a school zone": "pleaded guilty"}
    # near-miss: whose name a fraud used is no part of the offence
    assert _charges("Lena Morrow was convicted of fraud in the name of her late mother's company.") == {"fraud": "convicted"}


def test_the_kind_of_place_a_statute_names_stays_with_the_offence():
    assert _charges("Orrin Blaylock was charged with possession of a knife in a public place and theft.") == {
        "possession of a knife in a public place": "charged", "theft": "charged"}
    assert _charges("Orrin Blaylock pleaded guilty to misconduct in a public office.") == {
        "misconduct in a public office": "pleaded guilty"}
    assert _charges("Orrin Blaylock was convicted of trespassing on federal property.") == {
        "trespassing on federal property": "convicted"}
    assert _charges("Orrin Blaylock was charged with carrying a pistol on school grounds.") == {
        "carrying a pistol on school grounds": "charged"}
    # near-miss: an event or a county after "in" is the occasion, not the offence
    assert _charges("Orrin Blaylock was charged with murder in a school shooting that killed one student.") == {
        "murder": "charged"}
    assert _charges("Orrin Blaylock was charged with failure to stop and render aid in Tarrant County.") == {
        "failure to stop and render aid": "charged"}


def test_fixed_pairs_and_shared_verbs_in_an_offence_name_are_not_split():
    assert _charges("Sgt. Wilma Quarles was convicted of dereliction of duty and conduct unbecoming an officer and a "
                    "gentleman.") == {"dereliction of duty": "convicted", "conduct unbecoming an officer and a gentleman": "convicted"}
    assert _charges("Wilma Quarles was acquitted of conduct prejudicial to good order and discipline.") == {
        "conduct prejudicial to good order and discipline": "acquitted"}
    assert _charges("Wilma Quarles pleaded guilty to assaulting, resisting or impeding officers and theft.") == {
        "assaulting, resisting or impeding officers": "pleaded guilty", "theft": "pleaded guilty"}
    assert _charges("Wilma Quarles was charged with entering and remaining in a restricted building.") == {
        "entering and remaining in a restricted building": "charged"}
    # near-miss: two offences of their own still split
    assert _charges("Wilma Quarles was convicted of cyberstalking and wounding with intent.") == {
        "cyberstalking": "convicted", "wounding with intent": "convicted"}


def test_a_conspiracy_ends_where_another_named_offence_begins():
    assert _charges("Basil Drummond was acquitted of conspiracy to defraud and sex trafficking of a minor.") == {
        "conspiracy to defraud": "acquitted", "sex trafficking of a minor": "acquitted"}
    assert _charges("Basil Drummond was convicted of conspiracy to commit wire fraud and involuntary manslaughter.") == {
        "conspiracy to commit wire fraud": "convicted", "involuntary manslaughter": "convicted"}
    assert _charges("Basil Drummond pleaded guilty to conspiracy to commit fraud and money laundering.") == {
        "conspiracy to commit fraud": "pleaded guilty", "money laundering": "pleaded guilty"}
    # near-miss: objects and verbs the conspiracy shares stay one count
    assert _charges("Basil Drummond was convicted of conspiracy to commit wire fraud and bank fraud.") == {
        "conspiracy to commit wire fraud and bank fraud": "convicted"}
    assert _charges("Basil Drummond was charged with conspiracy to pay and receive health care kickbacks.") == {
        "conspiracy to pay and receive health care kickbacks": "charged"}


def test_statute_gerunds_and_nouns_name_an_offence_on_their_own():
    assert _charges("Ilse Haverford admitted uttering a forged instrument.") == {"uttering a forged instrument": "pleaded guilty"}
    assert _charges("Ilse Haverford was sentenced to two years for contributing to the delinquency of a minor.") == {
        "contributing to the delinquency of a minor": "convicted"}
    assert _charges("Ilse Haverford was convicted of endangering the welfare of a child and death by dangerous driving.") == {
        "endangering the welfare of a child": "convicted", "death by dangerous driving": "convicted"}
    assert _charges("Ilse Haverford was charged with giving false information to police and computer fraud.") == {
        "giving false information to police": "charged", "computer fraud": "charged"}
    assert _charges("Ilse Haverford was charged with indecent assault on a person less than 13 years of age.") == {
        "indecent assault on a person less than 13 years of age": "charged"}
    # near-miss: a deed told with a fire is no statute's name
    assert _charges("The woman accused of setting a fire that killed two neighbors, Ilse Haverford, appeared Monday.") == {}


def test_a_convicted_felon_and_a_passive_cleared_of():
    assert _charges("Rufus Tenney was found not guilty of possession of a firearm by a convicted felon and theft of "
                    "government funds.") == {"possession of a firearm by a convicted felon": "acquitted",
                                             "theft of government funds": "acquitted"}
    assert _charges("Rufus Tenney was cleared of burglary but convicted of theft.") == {"burglary": "acquitted", "theft": "convicted"}
    assert _charges("Rufus Tenney was cleared on appeal of perjury.") == {"perjury": "acquitted"}
    # near-miss: cleared of wrongdoing names no offence
    assert _charges("Rufus Tenney was cleared of wrongdoing by an internal review.") == {}


def test_a_cooperating_witness_keeps_her_own_plea():
    assert _charges("Harlan Voss was convicted of securities fraud. The fund's former finance chief, Mina Sorel, testified "
                    "against Voss at trial. She pleaded guilty to conspiracy in 2023.") == {"securities fraud": "convicted"}
    assert _charges("Harlan Voss was convicted of securities fraud. Tad Brill, who testified against Voss, pleaded guilty "
                    "to conspiracy last year.") == {"securities fraud": "convicted"}
    assert _charges("Harlan Voss was convicted of bank fraud. His former partner, Tad Brill, agreed to testify against "
                    "him. He pleaded guilty to perjury.") == {"bank fraud": "convicted"}
    # near-miss: the defendant who testified is still the subject
    assert _charges("Harlan Voss testified against his former partner. He pleaded guilty to perjury in May.") == {
        "perjury": "pleaded guilty"}


def test_a_count_s_short_label_gives_way_to_the_statute_s_wording():
    assert _charges("Della Pruitt faces nine counts of endangering the welfare of children. Each child endangerment count "
                    "carries up to seven years.") == {"endangering the welfare of children": "charged"}

    # a practice described after "convicted of" is no offence's name
    assert _charges("Della Pruitt, a doctor convicted in March of running a clinic that prosecutors call a pill mill, "
                    "will be sentenced Thursday.") == {}
    assert _charges("Della Pruitt was convicted of operating a pharmacy that filled forged prescriptions.") == {}
    # near-miss: an inchoate count keeps the completed offence's own count
    assert _charges("Della Pruitt was convicted of conspiracy to commit wire fraud and of wire fraud. The wire fraud "
                    "counts carry 20 years each.") == {"conspiracy to commit wire fraud": "convicted", "wire fraud": "convicted"}


def test_an_occasion_after_the_offence_is_not_part_of_it():
    assert _charges("Petra Halvard was charged with manslaughter after a 2023 crash that killed a cyclist.") == {
        "manslaughter": "charged"}
    assert _charges("Petra Halvard pleaded guilty to money laundering after a yearlong investigation.") == {
        "money laundering": "pleaded guilty"}
    assert _charges("Petra Halvard was acquitted of animal cruelty after a two-week trial.") == {"animal cruelty": "acquitted"}
    # near-miss: a duty to stop names the accident after it
    assert _charges("Petra Halvard was charged with leaving the scene after an accident.") == {
        "leaving the scene after an accident": "charged"}


def test_a_felony_murder_and_a_noun_after_a_bare_conspiracy_are_counts_of_their_own():
    assert _charges("Petra Halvard faces charges of felony murder and murder in the first degree.") == {
        "felony murder": "charged", "murder in the first degree": "charged"}
    assert _charges("Petra Halvard pleaded guilty to conspiracy to defraud and assault on a peace officer.") == {
        "conspiracy to defraud": "pleaded guilty", "assault on a peace officer": "pleaded guilty"}
    assert _charges("Jurors acquitted Petra Halvard of brandishing a firearm and convicted her of theft.") == {
        "brandishing a firearm": "acquitted", "theft": "convicted"}
    # near-miss: two verbs of one conspiracy share their object
    assert _charges("Petra Halvard pleaded guilty to conspiracy to kidnap and murder a witness.") == {
        "conspiracy to kidnap and murder a witness": "pleaded guilty"}


def test_a_colon_after_the_charge_noun_opens_the_list():
    expected = {"arson": "charged", "burglary": "charged", "criminal mischief": "charged"}
    assert _charges("Odell Brisco, 31, faces the most serious charges: arson, burglary and criminal mischief.") == expected
    assert _charges("Odell Brisco faces the following charges: arson, burglary and criminal mischief.") == expected
    assert _charges("Odell Brisco faces the top charges: arson, burglary and criminal mischief.") == expected
    assert _charges("The complaint lists the charges against Brisco: arson, burglary and criminal mischief.") == expected
    # near-miss: a colon after a sentence that names no charge noun opens no list
    assert _charges("Odell Brisco was charged with arson. His lawyer had one word: nonsense.") == {"arson": "charged"}


def test_a_bare_year_may_date_the_verdict_before_its_offences():
    assert _charges("Odell Brisco lost his appeal. A jury found him guilty in 2023 of arson and burglary.") == {
        "arson": "convicted", "burglary": "convicted"}
    assert _charges("Odell Brisco was found guilty in late 2021 of perjury.") == {"perjury": "convicted"}
    assert _charges("Jurors found Odell Brisco guilty in March 2022 of extortion.") == {"extortion": "convicted"}
    # near-miss: the deed told in plain words after the year is no offence's name
    assert _charges("Odell Brisco was found guilty in 2020 of orchestrating beatings of inmates.") == {}


def test_a_job_title_with_in_charge_names_no_charge():
    assert _charges("Odell Brisco, the pharmacist-in-charge of Brisco Drug Mart, was charged with fraud.") == {"fraud": "charged"}
    assert _charges("Odell Brisco, the agent-in-charge of the Reno office, was charged with theft.") == {"theft": "charged"}
    assert _charges("Odell Brisco, the nurse-in-charge of the ward, pleaded guilty to neglect.") == {"neglect": "pleaded guilty"}
    # near-miss: the offence noun "charges of" still opens a list
    assert _charges("Odell Brisco faces charges of fraud.") == {"fraud": "charged"}


def test_a_charge_the_defendant_arrested_someone_on_is_that_person_s():
    lede = "Odell Brisco, a former deputy, was convicted of assault.\n\n"
    assert _charges(lede + "Prosecutors said Brisco, then on patrol, arrested Nia Farrow during a traffic stop on a charge "
                           "of trespassing.") == {"assault": "convicted"}
    assert _charges(lede + "That night Brisco arrested Jalen Pike, 19, on a charge of loitering.") == {"assault": "convicted"}
    assert _charges(lede + "Brisco arrested Hugo Stamm in 2022 on suspicion of burglary.") == {"assault": "convicted"}
    # near-miss: the defendant as the one arrested keeps the charge
    assert _charges("Deputies arrested Odell Brisco on a charge of assault.") == {"assault": "charged"}


def test_someone_told_by_their_tie_to_the_defendant_has_their_own_case():
    lede = "Odell Brisco, a former contractor, was convicted of fraud.\n\n"
    assert _charges(lede + "Brisco's former office manager, who pleaded guilty to perjury, will be sentenced in June.") == {
        "fraud": "convicted"}
    assert _charges(lede + "Brisco's brother also pleaded guilty to perjury.") == {"fraud": "convicted"}
    assert _charges(lede + "Brisco's girlfriend, 27, was convicted of perjury in a separate trial.") == {"fraud": "convicted"}
    # near-miss: a lawyer reporting the defendant's own plea
    assert _charges("Odell Brisco's lawyer said he pleaded guilty to fraud.") == {"fraud": "pleaded guilty"}


def test_a_statute_may_name_the_prison_it_guards_but_a_scene_in_a_jail_is_no_offence():
    assert _charges("Lena Morrow was convicted of conspiracy to smuggle contraband into a federal prison.") == {
        "conspiracy to smuggle contraband into a federal prison": "convicted"}
    assert _charges("Lena Morrow was convicted of beating a man who was kicked inside a county jail garage.") == {}


def test_a_jury_as_the_verdicts_agent_leaves_the_offence_whole():
    assert _charges("Ottilie Brask was convicted by a jury of rape of a child.") == {"rape of a child": "convicted"}
    assert _charges("Ottilie Brask was convicted by a federal jury of theft of government funds and arson.") == {
        "theft of government funds": "convicted", "arson": "convicted"}
    assert _charges("Ottilie Brask was convicted Friday by a jury of interstate communication of threats.") == {
        "interstate communication of threats": "convicted"}
    # near-miss: a jury "of his peers" is the agent's own "of"
    assert _charges("Ottilie Brask was convicted by a jury of her peers of criminal mischief.") == {
        "criminal mischief": "convicted"}


def test_what_the_accused_faces_may_be_the_offence_itself():
    assert _charges("Among those charged, Bram Ostler faces aggravated robbery and witness tampering.") == {
        "aggravated robbery": "charged", "witness tampering": "charged"}
    assert _charges("Bram Ostler faces first-degree murder, prosecutors said.") == {"first-degree murder": "charged"}
    assert _charges("Among those charged, Bram Ostler, 24, faces attempted murder, tampering with a witness and arson.") == {
        "attempted murder": "charged", "tampering with a witness": "charged", "arson": "charged"}
    # near-miss: a lawsuit, a sentence's limit or criticism is no offence
    assert _charges("Bram Ostler faces a lawsuit from the county. He faces up to five years in prison.") == {}


def test_the_others_charges_named_before_the_noun_are_no_offence_with_a_verb_inside():
    charges = _charges("Vada Kelstrom, 30, was charged with hazing. The remaining defendants face kidnapping charges.")
    assert "hazing" in charges and not any("defendants" in text or "face" in text for text in charges)
    charges = _charges("Vada Kelstrom was charged with arson. Five others face burglary counts.")
    assert not any("others" in text for text in charges)
    charges = _charges("Vada Kelstrom was charged with arson. The men face conspiracy charges as well.")
    assert not any("men face" in text for text in charges)
    # near-miss: an offence named before the noun still is one
    assert _charges("Vada Kelstrom pleaded guilty to the felony theft charge.") == {"theft": "pleaded guilty"}


def test_a_charge_named_by_its_area_alone_is_a_label_not_an_offence():
    # "the drug charge", "the gun count", "the weapons charge": which count, told by its area; no offence's name
    lede = "Noor Callis was convicted of robbery.\n\n"
    assert _charges(lede + "Callis faces up to 20 years on the drug charge.") == {"robbery": "convicted"}
    assert _charges(lede + "The gun count carries a mandatory minimum of five years.") == {"robbery": "convicted"}
    assert _charges(lede + "A conviction on the weapons charge would add five years.") == {"robbery": "convicted"}
    assert _charges(lede + "The judge dismissed the remaining counts and the federal charges.") == {"robbery": "convicted"}
    # near-misses: an area with the offence it names is a charge; Michigan's "felony firearm" is an offence's name
    assert _charges(lede + "Callis also pleaded not guilty to the drug trafficking charge.") == {
        "robbery": "convicted", "drug trafficking": "charged"}
    assert _charges(lede + "Callis also faces a charge of drug possession.") == {
        "robbery": "convicted", "drug possession": "charged"}
    assert _charges(lede + "The judge added two years on the felony firearm count.") == {
        "robbery": "convicted", "felony firearm": "convicted"}


def test_counts_bulleted_under_a_line_that_announces_them_are_charges_with_that_lines_status():
    arrest = "Pia Marlby, 35, of Dover, was arrested Tuesday, police said.\n\n"
    assert _charges(arrest + "She is charged with:\n\n- arson\n- One count of criminal mischief\n- burglary, a felony") == {
        "arson": "charged", "criminal mischief": "charged", "burglary": "charged"}
    assert _charges(arrest + "Charges:\n\n\u2022 theft by deception\n\u2022 forgery (felony)") == {
        "theft by deception": "charged", "forgery": "charged"}
    assert _charges(arrest + "The charges against her include:\n\n* stalking\n* harassment") == {
        "stalking": "charged", "harassment": "charged"}
    assert _charges(arrest + "Marlby was convicted of:\n\n- Two counts of perjury\n- obstruction of justice") == {
        "perjury": "convicted", "obstruction of justice": "convicted"}
    # near-misses: penalties or conditions under a colon, and another person's bulleted charges, are not hers
    assert _charges("Pia Marlby was charged with arson.\n\nIf convicted, Marlby faces:\n\n- up to 10 years in prison\n"
                    "- a $25,000 fine\n- restitution to the owners\n- three years of supervised release") == {"arson": "charged"}
    assert _charges("Pia Marlby was charged with arson.\n\nMarlow faces:\n\n- a maximum fine of $25,000\n"
                    "- lifetime supervised release") == {"arson": "charged"}
    assert _charges("Pia Marlby was charged with arson.\n\nUnder her bond, Marlby must also:\n\n- surrender her passport\n"
                    "- pay restitution") == {"arson": "charged"}
    assert _charges("Pia Marlby was charged with arson.\n\nEli Brandewyn, 30, her neighbor, is charged with:\n\n- theft\n"
                    "- trespassing\n\nBrandt is held at the county jail.") == {"arson": "charged"}


def test_counts_acquitted_or_dismissed_beside_convictions_keep_their_own_status():
    lede = "Lars Quenby, a 40-year-old contractor, was convicted Friday of wire fraud.\n\n"
    assert _charges(lede + "Jurors acquitted Quenby of money laundering.") == {
        "wire fraud": "convicted", "money laundering": "acquitted"}
    assert _charges(lede + "Prosecutors dismissed a charge of bank fraud as part of the deal.") == {
        "wire fraud": "convicted", "bank fraud": "dismissed"}
    assert _charges(lede + "He was found not guilty of tax evasion but guilty of wire fraud.") == {
        "wire fraud": "convicted", "tax evasion": "acquitted"}
    # a judge's words for dismissing: "threw out", "tossed", "quashed"
    assert _charges(lede + "The judge threw out a charge of bank fraud last month.") == {
        "wire fraud": "convicted", "bank fraud": "dismissed"}
    assert _charges(lede + "Prosecutors tossed out a count of tax evasion.") == {
        "wire fraud": "convicted", "tax evasion": "dismissed"}
    # near-misses: a count merely faced stays a charge; charges dropped against someone name no offence
    assert _charges(lede + "He still faces a separate count of bank fraud.") == {
        "wire fraud": "convicted", "bank fraud": "charged"}
    assert _charges(lede + "Prosecutors dropped the charges against his wife.") == {"wire fraud": "convicted"}


def test_the_court_or_county_a_charge_was_brought_in_may_stand_before_its_offences():
    assert _charges("Orla Penhallow now faces new charges in District Court of stalking and arson.") == {
        "stalking": "charged", "arson": "charged"}
    assert _charges("Orla Penhallow, 31, faces charges in three counties of forgery.") == {"forgery": "charged"}
    assert _charges("Orla Penhallow faces additional charges in Bexley Municipal Court of criminal mischief.") == {
        "criminal mischief": "charged"}
    assert _charges("Orla Penhallow was found guilty at trial in March of burglary.") == {"burglary": "convicted"}
    assert _charges("Orla Penhallow was convicted in a bench trial of reckless endangerment.") == {
        "reckless endangerment": "convicted"}
    # near-miss: the event's "of" is no offence, and the place is never part of one
    assert _charges("Orla Penhallow faces charges in the death of a neighbor.") == {}
    assert _charges("Orla Penhallow faces charges in Bexley County of theft in the death of a neighbor.") == {"theft": "charged"}


def test_an_offence_named_with_its_own_preposition_goes_on_past_it():
    assert _charges("Caspar Nyland, 44, was convicted of having weapons while under disability.") == {
        "having weapons while under disability": "convicted"}
    assert _charges("Caspar Nyland was charged with operating a vehicle under suspension and menacing.") == {
        "operating a vehicle under suspension": "charged", "menacing": "charged"}
    assert _charges("Caspar Nyland pleaded guilty to driving after revocation.") == {"driving after revocation": "pleaded guilty"}
    assert _charges("Caspar Nyland was cited for failure to stop for a school bus and charged with failure to stop "
                    "for a school bus.") == {"failure to stop for a school bus": "charged"}
    assert _charges("Caspar Nyland was arrested and charged with theft early Sunday.") == {"theft": "charged"}
    assert _charges("Caspar Nyland was convicted of fleeing from a police officer.") == {
        "fleeing from a police officer": "convicted"}
    assert _charges("Caspar Nyland was convicted of possession of heroin with intent to distribute and criminal "
                    "mischief.") == {"possession of heroin with intent to distribute": "convicted", "criminal mischief": "convicted"}
    # near-miss: a time after "under" or "after" is no part of the offence
    assert _charges("Caspar Nyland was charged with burglary after a two-week investigation.") == {"burglary": "charged"}


def test_the_triggers_preposition_repeated_after_and_opens_the_next_offence():
    assert _charges("Wren Albescu pleaded guilty to conspiracy to distribute fentanyl and to a firearms charge.") == {
        "conspiracy to distribute fentanyl": "pleaded guilty", "firearms charge": "pleaded guilty"}
    assert _charges("Wren Albescu was charged with bank fraud and with a gun charge.") == {
        "bank fraud": "charged", "gun charge": "charged"}
    assert _charges("A jury found Wren Albescu guilty of wire fraud and also of obstruction of justice.") == {
        "wire fraud": "convicted", "obstruction of justice": "convicted"}
    assert _charges("Wren Albescu pleaded guilty to one count of tax evasion and to obstruction of justice.") == {
        "tax evasion": "pleaded guilty", "obstruction of justice": "pleaded guilty"}
    assert _charges("Wren Albescu pleaded guilty to wire fraud and a related charge of dangerous driving.") == {
        "wire fraud": "pleaded guilty", "dangerous driving": "pleaded guilty"}
    # near-miss: "and not guilty of" names an acquittal, not a second conviction
    assert _charges("Wren Albescu was found guilty of wire fraud and not guilty of perjury.") == {
        "wire fraud": "convicted", "perjury": "acquitted"}


def test_a_relative_told_by_his_or_her_is_someone_else():
    lede = "Idris Vantongeren, a 50-year-old landlord, was convicted Friday of wire fraud.\n\n"
    assert _charges(lede + "His brother was charged with tampering with evidence.") == {"wire fraud": "convicted"}
    assert _charges(lede + "His girlfriend was also charged with hindering prosecution.") == {"wire fraud": "convicted"}
    assert _charges(lede + "His mother was arrested and charged with receiving stolen property.") == {"wire fraud": "convicted"}
    assert _charges(lede + "His wife, who was also arrested, faces charges of money laundering.") == {"wire fraud": "convicted"}
    assert _charges(lede + "Gemma Rooke's husband was charged with obstruction.") == {"wire fraud": "convicted"}
    # near-miss: the defendant's own further charge, told with a pronoun, stays his
    assert _charges(lede + "He was also charged with tax evasion.") == {"wire fraud": "convicted", "tax evasion": "charged"}


def test_a_revocation_or_clemency_story_keeps_the_original_conviction():
    assert _charges("Milo Serrat, 38, was on probation for armed robbery when he missed three meetings with his "
                    "probation officer, a judge found Tuesday.") == {"armed robbery": "convicted"}
    assert _charges("Milo Serrat, 38, who served time for burglary, was ordered back to prison for violating the "
                    "conditions of his supervised release.") == {"burglary": "convicted"}
    assert _charges("Milo Serrat, whose 2012 conviction for vehicular homicide was upheld on appeal, is seeking "
                    "clemency.") == {"vehicular homicide": "convicted"}
    # near-miss: in a new crime's story, the probation is the past and the new count is the charge
    assert _charges("Milo Serrat was charged Monday with arson. He was on probation for burglary at the time.") == {
        "arson": "charged"}
    # near-miss: a manhunt story's parole is background, not the case's conviction
    assert _charges("Police said Milo Serrat, who was on parole for burglary, fled on foot and has not been found.") == {}


def test_a_follow_up_storys_new_charges_against_the_defendant_are_his():
    lede = "Anselm Quarry, a 41-year-old painter convicted last year of burglary, was back in court Tuesday.\n\n"
    assert _charges(lede + "Quarry now faces new charges of witness tampering.") == {
        "burglary": "convicted", "witness tampering": "charged"}
    assert _charges(lede + "He also faces a pending charge of stalking.") == {"burglary": "convicted", "stalking": "charged"}
    assert _charges(lede + "New charges filed this week accuse Quarry of criminal contempt.") == {
        "burglary": "convicted", "criminal contempt": "charged"}
    assert _charges(lede + "Police filed new charges against Quarry on Monday, accusing him of arson.") == {
        "burglary": "convicted", "arson": "charged"}
    # near-miss: another man's new charges are not Quarry's
    assert _charges(lede + "New charges filed this week accuse Ezra Pell of criminal contempt.") == {"burglary": "convicted"}


def test_a_participle_of_the_courts_reasoning_after_an_acquittal_is_no_charge():
    for reason in ("finding the government had not proven he lied", "ruling the search unlawful",
                   "holding the evidence too thin", "determining the count was duplicative"):
        source = source_from_text("a.txt", "title: T\n\nA judge found Marcus Tell, 31, guilty of manslaughter. She "
                                  f"acquitted him of obstruction of justice, {reason}.\n")
        texts = {c.text for c in find_sentencing(source, find_parties(source)).charges}
        assert texts == {"manslaughter", "obstruction of justice"}, (reason, texts)


def test_a_counted_noun_heads_offences_set_off_by_dashes_or_a_colon():
    assert _charges("A jury found Orla Penhallow, 41, guilty on all three counts she faced - arson, burglary and "
                    "insurance fraud - after two days of deliberations.") == {
        "arson": "convicted", "burglary": "convicted", "insurance fraud": "convicted"}
    assert _charges("Orla Penhallow was booked on two charges -- stalking and harassment -- police said.") == {
        "stalking": "charged", "harassment": "charged"}
    assert _charges("Orla Penhallow pleaded guilty to three felonies: forgery, theft and identity theft - in a plea "
                    "deal.") == {"forgery": "pleaded guilty", "theft": "pleaded guilty", "identity theft": "pleaded guilty"}
    # near-miss: a dash aside after the count says nothing of the offences
    assert _charges("Orla Penhallow faces two charges - one in each county - after the chase.") == {}


def test_a_purpose_infinitive_or_a_later_clauses_to_is_no_offence():
    assert _charges("Orla Penhallow pleaded guilty to theft to avoid a trial.") == {"theft": "pleaded guilty"}
    assert _charges("Orla Penhallow decided to plead guilty to spare her former pupils a trial.") == {}
    assert _charges("Orla Penhallow pleaded guilty Friday, weeks after her neighbors turned to the internet to ask "
                    "for help.") == {}
    assert _charges("Orla Penhallow was sentenced to nine years for a fraud they say cost investors $8 million.") == {
        "fraud": "convicted"}
    # near-misses: an offence's own infinitive, and a trial (no clause) between the verdict and its "of"
    assert _charges("Orla Penhallow pleaded guilty to conspiracy to obtain property by fraud.") == {
        "conspiracy to obtain property by fraud": "pleaded guilty"}
    assert _charges("Orla Penhallow was convicted Friday after a weeklong trial of first-degree murder.") == {
        "first-degree murder": "convicted"}


def test_entering_a_plea_in_a_named_place_to_counts_is_a_guilty_plea_and_a_not_guilty_one_a_charge():
    assert _charges("Orla Penhallow entered the plea in federal court in Tampa, Fla., to one count of bank "
                    "fraud.") == {"bank fraud": "pleaded guilty"}
    assert _charges("Orla Penhallow entered her guilty plea remotely to wire fraud.") == {"wire fraud": "pleaded guilty"}
    assert _charges("Orla Penhallow entered the plea before Judge Ann Hale in Little Rock, Ark., on Monday to tax "
                    "evasion.") == {"tax evasion": "pleaded guilty"}
    # near-misses: a not-guilty plea leaves the charge standing, never an acquittal; a new clause is no place
    assert _charges("Orla Penhallow entered a plea of not guilty to one count of wire fraud.") == {"wire fraud": "charged"}
    assert _charges("Orla Penhallow entered the plea in court, promising to repay the money.") == {}


def test_a_co_defendants_plea_told_by_a_participle_is_not_the_defendants():
    body = ("Orla Penhallow was convicted Friday of second-degree murder.\n\n"
            "Bram Ostler, the friend who hid the car, served 60 days in jail after pleading guilty to hindering "
            "prosecution.")
    assert _charges(body) == {"second-degree murder": "convicted"}
    assert _charges("Orla Penhallow was arrested in May.\n\nPenhallow was released on probation after pleading guilty "
                    "to hindering prosecution.") == {"hindering prosecution": "pleaded guilty"}


def test_a_plea_told_in_the_pluperfect_or_with_an_adverbial_still_names_its_offence():
    assert _charges("Wren Ashwell was jailed on Monday. Ashwell had pleaded guilty before trial to running an unlicensed "
                    "day care, a misdemeanor.") == {"running an unlicensed day care": "pleaded guilty"}
    assert _charges("Wren Ashwell had pleaded guilty without a plea agreement to home improvement fraud.") == {
        "home improvement fraud": "pleaded guilty"}
    assert _charges("Wren Ashwell pleaded guilty before trial to driving while intoxicated.") == {
        "driving while intoxicated": "pleaded guilty"}
    # near-miss: a later clause's "to" after "after" stays that clause's
    assert _charges("Wren Ashwell pleaded guilty Friday, months after neighbors turned to the council for help.") == {}


def test_a_count_named_by_its_class_or_level_label_and_offence_noun_is_the_charge():
    assert _charges("Judge Ines Rook imposed one-year terms for Cal Demski on each of the three Level 6 neglect "
                    "counts.") == {"Level 6 neglect": "convicted"}
    assert _charges("Cal Demski was sentenced to four years on the Class B burglary count.") == {
        "Class B burglary": "convicted"}
    assert _charges("Cal Demski faces a Level 5 felony charge of battery.") == {"battery": "charged"}
    # near-miss: the grade told after each offence is no charge of its own, and the list goes on past it
    assert _charges("Cal Demski was convicted of burglary, a Class C felony, and theft, a Level 6 felony.") == {
        "burglary": "convicted", "theft": "convicted"}
    assert _charges("Cal Demski was found guilty of dereliction of duty, a misdemeanor, for failing to knock.") == {
        "dereliction of duty": "convicted"}
    assert _charges("Cal Demski was convicted of battery. Jurors acquitted him of a fourth Level 6 count.") == {
        "battery": "convicted"}


def test_a_shooting_statute_keeps_the_place_it_guards_and_a_nominal_conviction_names_it():
    assert _charges("Ty Vargo pleaded not guilty to murder and shooting at an occupied motor vehicle.") == {
        "murder": "charged", "shooting at an occupied motor vehicle": "charged"}
    assert _charges("Ty Vargo was sentenced Monday. The judge imposed seven years on his conviction for shooting into "
                    "an occupied dwelling.") == {"shooting into an occupied dwelling": "convicted"}
    assert _charges("Ty Vargo was sentenced Monday. His convictions on two counts of firing a weapon at an occupied "
                    "building each carry up to 15 years.") == {"firing a weapon at an occupied building": "convicted"}
    # near-miss: a shooting told with its victim is the deed, not the offence's name
    assert _charges("Ty Vargo was convicted of manslaughter for shooting his neighbor.") == {"manslaughter": "convicted"}


def test_an_acquittal_told_as_trying_to_and_a_civil_suit_are_no_charges():
    assert _charges("Ola Brandling was convicted of assault with intent to commit murder. The jury acquitted Brandling of "
                    "trying to kill a second man.") == {"assault with intent to commit murder": "convicted"}
    assert _charges("Ola Brandling was charged with assault. The home faces a civil suit filed by the family alleging "
                    "negligent staffing.") == {"assault": "charged"}
    assert _charges("Ola Brandling was charged with theft. The owners face a wrongful-death lawsuit alleging negligent "
                    "hiring.") == {"theft": "charged"}
    # near-miss: "civil disorder" is a federal offence, not a civil claim
    assert _charges("Ola Brandling was convicted of civil disorder.") == {"civil disorder": "convicted"}


def test_one_count_each_names_every_offence_of_the_list():
    assert _charges("A jury found Rowan Tisbury guilty on one count each of arson and burglary.") == {
        "arson": "convicted", "burglary": "convicted"}
    assert _charges("Rowan Tisbury was convicted on one count each of murder, kidnapping and robbery and two counts of "
                    "child abuse.") == {"murder": "convicted", "kidnapping": "convicted", "robbery": "convicted",
                                        "child abuse": "convicted"}
    assert _charges("Rowan Tisbury was indicted on a single count each of wire fraud and forgery.") == {
        "wire fraud": "charged", "forgery": "charged"}
    # near-miss: "one count of A and B" without "each" still lists two offences, never a bare "each"
    assert "each" not in " ".join(_charges("Rowan Tisbury pleaded guilty to one count each of perjury and theft."))


def test_a_dealing_noun_shares_the_object_of_the_next_one():
    assert _charges("Rowan Tisbury pleaded guilty to possession and distribution of heroin.") == {
        "possession and distribution of heroin": "pleaded guilty"}
    assert _charges("Rowan Tisbury was convicted of coercion and enticement of a minor.") == {
        "coercion and enticement of a minor": "convicted"}
    assert _charges("Rowan Tisbury was charged with importation and distribution of cocaine.") == {
        "importation and distribution of cocaine": "charged"}
    # near-miss: a crime's own name stands alone, two counts
    assert _charges("Rowan Tisbury was charged with burglary and theft of a firearm.") == {
        "burglary": "charged", "theft of a firearm": "charged"}


def test_a_charge_someone_later_dropped_is_no_offence_and_a_pronoun_goes_on_with_the_victim():
    lede = "Nell Barrow, a former deputy, was convicted of aggravated assault in the beating of Oren Pask.\n\n"
    assert _charges(lede + "Pask suffered a broken jaw. He was charged with resisting arrest, a charge prosecutors "
                           "later dropped.\n") == {"aggravated assault": "convicted"}
    assert _charges(lede + "Pask spent a week in the hospital. He was cited for trespassing, a charge a judge later "
                           "threw out.\n") == {"aggravated assault": "convicted"}
    assert _charges(lede + "Pask was jailed overnight. He was charged with obstruction, a charge the county later "
                           "dismissed.\n") == {"aggravated assault": "convicted"}
    # near-miss: the defendant's own sentence before the pronoun keeps the charge hers
    assert _charges("Nell Barrow, a former deputy, was arrested in May.\n\nBarrow resigned. She was charged with "
                    "official misconduct.\n") == {"official misconduct": "charged"}


def test_a_result_enhanced_offence_keeps_its_resulting_in_tail_in_every_frame():
    assert _charges("A federal jury convicted Orla Pennick of tampering with a consumer product resulting in serious "
                    "bodily injury and three counts of obtaining drugs by fraud.") == {
        "tampering with a consumer product resulting in serious bodily injury": "convicted",
        "obtaining drugs by fraud": "convicted"}
    assert _charges("Orla Pennick pleaded guilty to failure to stop at an accident resulting in death.") == {
        "failure to stop at an accident resulting in death": "pleaded guilty"}
    assert _charges("Orla Pennick was found guilty of arson resulting in personal injury.") == {
        "arson resulting in personal injury": "convicted"}
    # near-miss: a result that is no harm to a person ends nothing new; the offence stays as named
    assert _charges("Orla Pennick was charged with failure to stop at the sign.") == {"failure to stop": "charged"}


def test_a_penalty_aside_inside_a_charge_list_does_not_end_the_list():
    assert _charges("Brice Tamm was originally charged with second-degree murder, which carries up to life in prison, "
                    "and armed criminal action.") == {"second-degree murder": "charged", "armed criminal action": "charged"}
    assert _charges("Brice Tamm was indicted on arson, which is punishable by 20 years, and insurance fraud.") == {
        "arson": "charged", "insurance fraud": "charged"}
    assert _charges("Brice Tamm pleaded guilty to burglary, a felony punishable by up to 10 years, and theft.") == {
        "burglary": "pleaded guilty", "theft": "pleaded guilty"}
    # near-miss: what follows the aside is a fine or a second verb, no offence
    assert _charges("Brice Tamm was charged with arson, which carries up to 20 years, and a $10,000 fine.") == {"arson": "charged"}
    assert _charges("Brice Tamm pleaded guilty to fraud, which carries up to 20 years, and agreed to repay the bank.") == {
        "fraud": "pleaded guilty"}


def test_an_appositive_that_describes_a_charge_is_no_charge():
    assert _charges("The jury acquitted Nell Garrow of attempted murder, a charge a grand jury added in November.") == {
        "attempted murder": "acquitted"}
    assert _charges("Nell Garrow was convicted of arson, a count prosecutors added later.") == {"arson": "convicted"}
    assert _charges("Nell Garrow was found not guilty of kidnapping, the charge jurors deliberated longest over.") == {
        "kidnapping": "acquitted"}
    # near-miss: "a charge of" names the offence
    assert _charges("Nell Garrow was convicted of theft and a charge of forgery.") == {"theft": "convicted", "forgery": "convicted"}


def _dated_charges(body: str) -> dict[str, str]:
    source = source_from_text("case.txt", "title: t\noutlet: o\ndate: 2024-06-03\n\n" + body)
    return {c.text: c.status for c in find_sentencing(source, find_parties(source)).charges if c.subject is None}


def test_a_verdict_years_before_the_story_on_another_offence_is_criminal_history():
    lede = "Wade Ostrom, 41, was charged Monday with second-degree murder in the death of a neighbor.\n\n"
    for history in ("Court records show Ostrom was convicted of misdemeanor domestic assault in Kell County in 2019.",
                    "In 2012, Ostrom pleaded guilty to burglary and served two years in prison.",
                    "Ostrom was convicted of felony fleeing in 2008 and released in 2014."):
        assert _dated_charges(lede + history + "\n") == {"second-degree murder": "charged"}, history
    # near-miss: an old verdict on the story's own offence, or one the story's counts only acquitted beside, is the case
    assert _dated_charges("Wade Ostrom, 41, was resentenced Monday for kidnapping.\n\n"
                          "Ostrom was convicted in 2015 of kidnapping and arson.\n") == {
        "kidnapping": "convicted", "arson": "convicted"}
    assert _dated_charges("An appeals court upheld the conviction of Wade Ostrom.\n\n"
                          "Ostrom was convicted in 2019 of manslaughter and acquitted of murder.\n") == {
        "manslaughter": "convicted", "murder": "acquitted"}


def test_an_old_plea_without_a_mark_of_the_past_stays_this_cases_charge():
    """A federal story told years into one case dates its own plea as far back as any criminal record: without a
    mark of the past ("court records show", "previously", "served two years"), the old plea is this case's count."""
    assert _dated_charges("Dara Pellegrin, 52, was charged Tuesday with obstruction of justice.\n\n"
                          "Pellegrin pleaded guilty in 2019 to conspiracy to commit honest services fraud and is "
                          "awaiting sentencing.\n") == {"obstruction of justice": "charged",
                                                        "conspiracy to commit honest services fraud": "pleaded guilty"}
    assert _dated_charges("Dara Pellegrin, 52, was charged Tuesday with obstruction of justice.\n\n"
                          "Pellegrin had previously been convicted of bank fraud in 2015.\n") == {
        "obstruction of justice": "charged"}


def test_a_nickname_quoted_inside_the_victims_name_is_part_of_the_offence():
    assert _charges('Ari Kell was jailed for the manslaughter of Daniel "Danny" Morrow.') == {
        'manslaughter of Daniel "Danny" Morrow': "convicted"}
    assert _charges("Ari Kell pleaded guilty to the assault of Thomas \u201cTommo\u201d Reid.") == {
        "assault of Thomas \u201cTommo\u201d Reid": "pleaded guilty"}


def test_a_number_of_charges_counts_them_as_counts_do():
    # "two charges of X and one of Y": the first item is an offence as much as the last
    assert _charges("Ines Carrow pleaded guilty to two charges of assault and one of burglary.") == {
        "assault": "pleaded guilty", "burglary": "pleaded guilty"}
    assert _charges("Ines Carrow pleaded guilty to one charge each of intimidation and criminal harassment.") == {
        "intimidation": "pleaded guilty", "criminal harassment": "pleaded guilty"}
    assert _charges("Ines Carrow admitted three charges of theft and arson.") == {"theft": "pleaded guilty", "arson": "pleaded guilty"}
    # (the count before the offence is none of its words: a short name keeps its "by" complement)
    assert _charges("Ines Carrow pleaded guilty to four charges of causing harm by posting a digital communication.") == {
        "causing harm by posting a digital communication": "pleaded guilty"}
    # near-miss: a bare "charges of" is the charging itself, its counts told after it
    assert _charges("Ines Carrow faces charges of one count of forgery and two counts of theft.") == {
        "forgery": "charged", "theft": "charged"}


def test_a_term_served_with_the_custody_agency_names_its_offence_after_for():
    assert _charges("Ines Carrow was handed 18 years in the Arizona Department of Corrections for second-degree murder.") == {
        "second-degree murder": "convicted"}
    assert _charges("Ines Carrow got four years in the Missouri Department of Corrections for arson.") == {"arson": "convicted"}


def test_counts_named_in_apposition_to_the_charges_and_an_offence_awaiting_sentence():
    assert _charges("Ines Carrow was jailed on Friday. The charges \u2013 importing a marketable quantity of a border-controlled "
                    "drug, and money laundering \u2013 carry a maximum of 25 years.") == {
        "importing a marketable quantity of a border-controlled drug": "charged", "money laundering": "charged"}
    assert _charges("Ines Carrow appeared in the High Court today for sentencing on the manslaughter of Tom Roe.") == {
        "manslaughter of Tom Roe": "convicted"}
    assert _charges("Ines Carrow is awaiting sentencing for arson.") == {"arson": "convicted"}
    # near-miss: a role awaiting sentence names no offence
    assert _charges("Ines Carrow is awaiting sentencing for her role in the scheme.") == {}

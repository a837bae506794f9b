"""Charges in conventions reporters use for military, statute-led and sentencing-day stories: labelled articles and
sections, offence names holding "and", grades before "counts", counts told as a sentence's subject, and offences
that belong to other people or other cases. Short articles written for these tests, invented names."""
from __future__ import annotations

from builder.extract.parties import find_parties
from builder.extract.sentencing import find_sentencing
from builder.sources import source_from_text


def _charges(body: str) -> dict[str, str]:
    source = source_from_text("case.txt", "Date: 2024-03-02\n\n" + body)
    sentencing = find_sentencing(source, find_parties(source))
    for charge in sentencing.charges:
        assert source.text[charge.citations[0].start:charge.citations[0].end] == charge.text
    return {c.text: c.status for c in sentencing.charges if c.subject is None}


def test_each_offence_labelled_with_its_article_or_section_is_a_charge():
    assert _charges("Sgt. Tove Brannick faces charges under three articles of the military code: Article 128, assault; "
                    "Article 92, failure to obey a lawful order; and Article 107, false official statements.") == {
        "assault": "charged", "failure to obey a lawful order": "charged", "false official statements": "charged"}
    assert _charges("Tove Brannick was convicted under Section 42, arson, and Section 17, insurance fraud.") == {
        "arson": "convicted", "insurance fraud": "convicted"}
    assert _charges("Tove Brannick is charged with violating Article 120 (rape) and Article 128 (aggravated assault).") \
        == {"rape": "charged", "aggravated assault": "charged"}
    # a label whose comma opens a relative clause names no offence
    assert _charges("Tove Brannick was charged with theft. She could face 10 years under Section 9, which covers "
                    "repeat offenders.") == {"theft": "charged"}


def test_an_offence_name_holding_and_stays_whole_when_its_first_noun_needs_the_victim():
    assert _charges("Odile Carrow was convicted of abuse and neglect of an elderly resident.") == {
        "abuse and neglect of an elderly resident": "convicted"}
    assert _charges("Odile Carrow pleaded guilty to cruelty and maltreatment of recruits.") == {
        "cruelty and maltreatment of recruits": "pleaded guilty"}
    assert _charges("Odile Carrow was charged with torture and murder of a foster child.") == {
        "torture and murder of a foster child": "charged"}
    # two offences that each stand alone stay two
    assert _charges("Odile Carrow was charged with sexual abuse and possession of child pornography.") == {
        "sexual abuse": "charged", "possession of child pornography": "charged"}
    assert _charges("Odile Carrow was convicted of burglary and murder of a night watchman.") == {
        "burglary": "convicted", "murder of a night watchman": "convicted"}
    assert _charges("Odile Carrow pleaded guilty to reckless endangerment and neglect of a child.") == {
        "reckless endangerment": "pleaded guilty", "neglect of a child": "pleaded guilty"}


def test_a_grade_between_the_number_and_counts_still_opens_the_next_offence():
    assert _charges("Ivo Stennet pleaded guilty to three felony counts of animal cruelty and nine misdemeanor counts "
                    "of animal neglect.") == {"animal cruelty": "pleaded guilty", "animal neglect": "pleaded guilty"}
    assert _charges("Ivo Stennet pleaded guilty to one misdemeanor count of stalking and two Class A misdemeanor "
                    "counts of harassment.") == {"stalking": "pleaded guilty", "harassment": "pleaded guilty"}
    assert _charges("Ivo Stennet was indicted on five gross misdemeanor counts of trespass and two federal counts of "
                    "theft.") == {"trespass": "charged", "theft": "charged"}
    assert _charges("Ivo Stennet faces two third-degree felony counts of forgery and six criminal counts of fraud.") == {
        "forgery": "charged", "fraud": "charged"}
    # the grade of a co-defendant's counts is not his
    assert _charges("Ivo Stennet was charged with theft. Bea Lomax, his co-defendant, was indicted on two felony "
                    "counts of forgery.") == {"theft": "charged"}


def test_a_count_told_as_a_sentences_subject_ends_at_its_verb():
    for sentence, offence in [("A second count of neglect involves a toddler found alone.", "neglect"),
                              ("One count of forgery stems from a 2020 deed transfer.", "forgery"),
                              ("The third count of perjury relates to testimony before a grand jury.", "perjury"),
                              ("Another count of fraud centers on a forged invoice.", "fraud")]:
        assert _charges("Wes Dunstable was indicted Monday on kidnapping charges. " + sentence) == {
            "kidnapping": "charged", offence: "charged"}, sentence


def test_a_charging_paper_in_the_present_tense_names_the_counts_past_an_age_or_home_town():
    for sentence in ["The indictment charges Ray Quill, 58, with bribery and extortion.",
                     "The criminal complaint charges Ray Quill, 58, of Dayton, with bribery and extortion.",
                     "The information filed Tuesday charges Ray Quill, a 58-year-old builder, with bribery and extortion."]:
        assert _charges(sentence) == {"bribery": "charged", "extortion": "charged"}, sentence
    # another person charged in the same paper is not the defendant's
    assert _charges("Ray Quill was charged with bribery. The complaint charges Lila Fenn, 33, with perjury.") == {
        "bribery": "charged"}


def test_a_grade_word_beside_the_sentence_is_part_of_the_charge_and_a_descriptive_count_is_kept_whole():
    assert _charges("Noor Pettis was sentenced Tuesday. On the felony theft conviction, the judge imposed two years of "
                    "probation.") == {"felony theft": "convicted"}
    assert _charges("Noor Pettis got 60 days in jail on the misdemeanor harassment conviction.") == {
        "misdemeanor harassment": "convicted"}
    assert _charges("Noor Pettis was sentenced Tuesday. The judge gave her a year on the misdemeanor licensing "
                    "charge.") == {"misdemeanor licensing charge": "convicted"}
    # a count only faced is no count sentenced; an earlier case's conviction is not this one
    assert _charges("Noor Pettis faces up to a year on the misdemeanor licensing charge.") == {}
    assert _charges("Noor Pettis was charged with arson. She was on probation at the time for a 2019 misdemeanor "
                    "battery conviction.") == {"arson": "charged"}


def test_regulatory_gerund_offences_keep_their_complement():
    assert _charges("Cal Ormsby pleaded guilty to possessing a firearm as a convicted felon.") == {
        "possessing a firearm as a convicted felon": "pleaded guilty"}
    assert _charges("Cal Ormsby was charged with theft and failing to register as a sex offender.") == {
        "theft": "charged", "failing to register as a sex offender": "charged"}
    assert _charges("Cal Ormsby was convicted of operating an unlicensed money transmitting business.") == {
        "operating an unlicensed money transmitting business": "convicted"}
    # running an enterprise told as conduct is no offence's name
    assert _charges("Cal Ormsby was convicted of running a theft ring that targeted pharmacies.") == {}


def test_a_ledes_plain_deed_gives_way_to_the_formal_counts():
    body = ("A jury convicted Hale Voss, a former county judge, of taking cash and a boat from a developer in exchange "
            "for rulings.\n\nJurors found Voss guilty of bribery and honest services fraud.\n")
    assert _charges(body) == {"bribery": "convicted", "honest services fraud": "convicted"}
    assert _charges("Hale Voss pleaded guilty to pocketing donations meant for a food bank. Voss admitted wire fraud.") \
        == {"wire fraud": "pleaded guilty"}
    # a deed listed beside named offences is one of the counts; a statute's gerund stays
    assert _charges("Hale Voss was convicted of embezzling union funds, wire fraud and filing a false tax return.") == {
        "embezzling union funds": "convicted", "wire fraud": "convicted", "filing a false tax return": "convicted"}
    assert _charges("Hale Voss was acquitted of lying to federal agents. He was convicted of bribery.") == {
        "lying to federal agents": "acquitted", "bribery": "convicted"}


def test_other_peoples_cases_and_the_laws_anyone_are_not_the_defendants_charges():
    for aside in ["Prosecutors charged more than 40 people with health care fraud in the district last year.",
                  "Nationwide, more than 300 people have been convicted of arson at places of worship since 2000.",
                  "State law lets a judge bar anyone convicted of animal cruelty from keeping pets.",
                  "A person convicted of vehicular homicide in the state faces up to 15 years."]:
        assert _charges("Pia Rendell was convicted Friday of burglary.\n\n" + aside + "\n") == {"burglary": "convicted"}, aside

"""Charges from short articles written for these tests: the day's part before a verdict's offences, an agency's name in
an offence, the offence after a sentence's last term, the law's fixed punishment, an incident told with an article, a
court-martial's mixed panel, a blow told in plain words, and co-defendants sentenced together."""
from __future__ import annotations

from tests.test_charges import _charges


def test_a_verdict_told_late_in_the_day_names_its_offences():
    charges = _charges("Corwin Ashby, 41, was found guilty late Tuesday of first-degree arson and insurance fraud. "
                       "Jurors deliberated for six hours.")
    assert charges == {"first-degree arson": "convicted", "insurance fraud": "convicted"}


def test_an_agency_named_with_an_initialism_and_its_own_and_stays_in_the_offence():
    charges = _charges("Delphine Marsh, 52, was convicted in March of wire fraud and making false statements to the U.S. "
                       "Fish and Wildlife Service.")
    assert charges == {"wire fraud": "convicted",
                       "making false statements to the U.S. Fish and Wildlife Service": "convicted"}


def test_an_initialism_ending_the_sentence_ends_the_offence_there():
    charges = _charges("Jurors acquitted Delphine Marsh of bank fraud and of lying to the U.S.D.A. She hugged her son.")
    assert "lying to the U.S.D.A" in charges


def test_the_offence_after_the_last_term_of_a_sentence_set_off_by_a_comma():
    charges = _charges("Judge Omar Feld gave Rufus Garnett the maximum: six years in state prison, followed by three "
                       "years of post-release supervision, for burglary in the second degree.")
    assert charges == {"burglary in the second degree": "convicted"}


def test_the_offence_after_a_term_of_supervision():
    charges = _charges("Rufus Garnett, 33, was sentenced in Ulster County Court to four years in state prison and two "
                       "years of post-release supervision for second-degree robbery.")
    assert charges == {"second-degree robbery": "convicted"}


def test_a_maximum_faced_is_still_no_sentence_for_an_offence():
    charges = _charges("Rufus Garnett pleaded guilty to second-degree robbery. He could have faced the maximum of "
                       "seven years in prison for first-degree robbery.")
    assert charges == {"second-degree robbery": "pleaded guilty"}


def test_the_law_s_mandatory_punishment_names_the_offence_of_the_term_given():
    charges = _charges("Tobias Wren, 26, was sentenced to life in prison without parole \u2014 the mandatory punishment in "
                       "Ohio for aggravated murder. Wren was also convicted of burglary.")
    assert charges == {"aggravated murder": "convicted", "burglary": "convicted"}


def test_an_incident_told_with_an_article_gives_way_to_the_offence_named():
    charges = _charges("A Kingston man who fled before he was to be sentenced for a parking-lot assault will serve "
                       "more time.\n\nLevi Broadhurst, 31, was sentenced Monday to four years in state prison for "
                       "second-degree assault.")
    assert charges == {"second-degree assault": "convicted"}


def test_a_court_martial_panel_of_officers_and_soldiers_is_no_offence():
    charges = _charges("Sgt. Ilse Marrow, 29, was found guilty Friday by a panel of officers and enlisted soldiers of "
                       "negligent homicide and dereliction of duty.")
    assert charges == {"negligent homicide": "convicted", "dereliction of duty": "convicted"}


def test_a_blow_told_in_plain_words_is_no_offence():
    charges = _charges("Quinn Adair was convicted of shoving a security guard.\n\nIn May, a jury found Adair guilty "
                       "of simple assault and trespassing.")
    assert charges == {"simple assault": "convicted", "trespassing": "convicted"}


def test_each_defendant_sentenced_together_has_the_case_s_charges():
    charges = _charges("MACON, Ga. - Three men have been sentenced to federal prison for stealing copper wire.\n\n"
                       "Boris Kettle, 40, of Macon, was sentenced to eight years in prison. Kettle was convicted of "
                       "conspiracy to commit wire fraud.\n\n"
                       "Ivo Strand, 29, of Albany, was sentenced to two years in prison. Strand pleaded guilty to "
                       "interstate transportation of stolen property.")
    assert charges == {"conspiracy to commit wire fraud": "convicted",
                       "interstate transportation of stolen property": "pleaded guilty"}


def test_an_enterprise_named_with_its_trade_is_no_offence():
    charges = _charges("Nell Ostrom was sentenced to five years in prison for a catalytic-converter theft ring. She "
                       "pleaded guilty to conspiracy to transport stolen property.")
    assert charges == {"conspiracy to transport stolen property": "pleaded guilty"}


def test_a_co_defendant_s_own_plea_outside_a_joint_sentencing_stays_theirs():
    from builder.extract.parties import find_parties
    from builder.extract.sentencing import find_sentencing
    from builder.sources import source_from_text

    source = source_from_text("case.txt", "Date: 2023-04-02\n\nBoris Kettle, 40, was sentenced to eight years in "
                              "prison. Kettle was convicted of conspiracy to commit wire fraud.\n\nA co-defendant, Ivo "
                              "Strand, pleaded guilty to interstate transportation of stolen property and was sentenced "
                              "last year.")
    charges = {c.text: (c.status, c.subject) for c in find_sentencing(source, find_parties(source)).charges}
    # (the article calls him a co-defendant, so his plea is the case's, printed under his name, never Kettle's)
    assert charges == {"conspiracy to commit wire fraud": ("convicted", None),
                       "interstate transportation of stolen property": ("pleaded guilty", "Ivo Strand")}

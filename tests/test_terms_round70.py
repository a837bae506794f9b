"""Round 70 sentence-term constructions: the defendant's relative, introduced by kinship ("His son, X, 24, ..."),
sentenced in the same story (a co-defendant, whose terms are the case's); an ask for a non-custodial kind "only"; a
court order to continue treatment already under way; one count's share of a total told with its offence ("a
seven-year term for arson", "15 years to life for murder"); Connecticut's short split sentence ("10 years,
suspended after 30 months") and the ask to "suspend all but 18 months of the prison term". Each test: two invented
wordings and, where one applies, a near-miss."""
from __future__ import annotations

from tests.helpers import all_term_texts, any_term, sentencing_of, shown_terms


def test_relative_introduced_by_kinship_is_a_co_defendant():
    s = sentencing_of("A Dalby man who trapped protected owls and sold their feathers was sentenced Tuesday to two years "
                      "in federal prison.",
                      "Orrin Feldkamp, 52, was sentenced by U.S. District Judge Mabel Strand.",
                      "His son, Tavis Orrin Feldkamp, 23, was sentenced to three years of probation and ordered to "
                      "perform 90 hours of community service.",
                      "Both men pleaded guilty in January to selling protected wildlife.")
    for words in ("three years of probation", "90 hours of community service"):
        term = any_term(s, words)
        assert term in s.terms and term.status == "imposed", shown_terms(s)
    s = sentencing_of("U.S. District Judge Mabel Strand sentenced Greta Ulmenhorst to 30 months in prison for a tax "
                      "refund scheme.",
                      "Her husband, Pell Ulmenhorst, 58, received 18 months of home confinement.",
                      "Pell Ulmenhorst pleaded guilty to filing a false return.")
    term = any_term(s, "18 months of home confinement")
    assert term in s.terms and term.status == "imposed", shown_terms(s)
    # near-miss: the relative's sentence told as history belongs to an earlier case
    s = sentencing_of("U.S. District Judge Mabel Strand sentenced Greta Ulmenhorst to 30 months in prison for a tax "
                      "refund scheme.",
                      "Her husband, Pell Ulmenhorst, 58, was sentenced last year to 18 months of home confinement.")
    assert "18 months of home confinement" not in [t.text for t in s.terms], shown_terms(s)
    # near-miss: nothing puts the relative in the case (no plea of his, no "both men pleaded guilty")
    s = sentencing_of("U.S. District Judge Mabel Strand sentenced Greta Ulmenhorst to 30 months in prison for a tax "
                      "refund scheme.",
                      "Her husband, Pell Ulmenhorst, 58, received 18 months of home confinement.")
    assert "18 months of home confinement" not in [t.text for t in s.terms], shown_terms(s)


def test_ask_for_a_kind_only_keeps_only():
    s = sentencing_of("Judge Ysolde Marr sentenced Caspian Drury to six months in jail.",
                      "His lawyer, Fenna Oakes, had asked for probation only.")
    assert "probation only" in all_term_texts(s), shown_terms(s)
    s = sentencing_of("Judge Ysolde Marr sentenced Caspian Drury to six months in jail.",
                      "The defense sought house arrest alone, citing his health.")
    assert "house arrest alone" in all_term_texts(s), shown_terms(s)


def test_order_to_continue_treatment():
    s = sentencing_of("Judge Ysolde Marr sentenced Caspian Drury to one year of probation and ordered him to continue "
                      "mental health treatment.")
    assert "continue mental health treatment" in all_term_texts(s), shown_terms(s)
    s = sentencing_of("Judge Ysolde Marr sentenced Caspian Drury to 60 days in jail. He must also continue with "
                      "alcohol counseling.")
    assert "continue with alcohol counseling" in all_term_texts(s), shown_terms(s)


def test_count_share_keeps_its_offence():
    s = sentencing_of("Tobiah Renwick, 33, was convicted of second-degree murder and arson.",
                      "Judge Ysolde Marr sentenced Renwick to 22 years to life in state prison, which includes 15 years "
                      "to life for second-degree murder and seven years for arson.",
                      "The judge also imposed and stayed a four-year term for arson.")
    texts = all_term_texts(s)
    assert "15 years to life for second-degree murder" in texts, shown_terms(s)
    assert "stayed a four-year term for arson" in texts, shown_terms(s)
    s = sentencing_of("Lenka Brisbois, 41, was convicted of burglary and grand theft.",
                      "She was sentenced to nine years in prison, including a six-year term for burglary.")
    assert "a six-year term for burglary" in all_term_texts(s), shown_terms(s)


def test_short_split_sentence_suspended_after():
    s = sentencing_of("Judge Ysolde Marr sentenced Harlan Voss to eight years in prison, suspended after 20 months, "
                      "followed by three years of probation.")
    assert "eight years in prison, suspended after 20 months" in all_term_texts(s), shown_terms(s)
    s = sentencing_of("Under a plea agreement, Mirela Stavros faces a sentence of six years in prison, suspended after no "
                      "more than two years.", "Her sentencing is set for June 3.")
    assert any("suspended after no more than two years" in t for t in all_term_texts(s)), shown_terms(s)


def test_ask_to_suspend_all_but_part_of_the_term():
    s = sentencing_of("Harlan Voss pleaded guilty to larceny and faces up to 20 years in prison.",
                      "His lawyer said he will ask the judge to suspend all but 18 months of the prison term.")
    term = any_term(s, "suspend all but 18 months")
    assert term.status == "recommended", shown_terms(s)
    s = sentencing_of("Mirela Stavros pleaded guilty to forgery.",
                      "Her attorney asked Judge Ysolde Marr to suspend all but nine months of the sentence.")
    assert any("suspend all but nine months" in t for t in all_term_texts(s)), shown_terms(s)

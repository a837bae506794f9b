"""Sentencing details from short articles written for these tests."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from builder.extract import extract
from builder.extract.parties import find_parties
from builder.extract.sentencing import find_sentencing
from builder.model import Party, Term
from builder.sources import source_from_text


def _sentencing(body: str, published: str | None = "2021-06-10", parties: list[Party] | None = None):
    header = f"Date: {published}\n\n" if published else ""
    source = source_from_text("case.txt", header + body)
    return source, find_sentencing(source, parties or [])


def _terms(sentencing):
    return {t.kind: t for t in sentencing.terms}


def test_every_term_is_its_cited_words():
    source, s = _sentencing("Mara Vance was sentenced to 8 years in prison and a $5,000 fine on Monday.")
    for item in s.terms + s.charges:
        c = item.citations[0]
        assert source.text[c.start:c.end] == item.text


def test_recommended_terms_with_amounts_and_proposer():
    parties = [Party("Ruth Ortega", roles=["District Attorney"]), Party("Leo Park")]
    _, s = _sentencing(
        "Leo Park, 31, was convicted of reckless endangerment and criminal mischief on May 2.\n\n"
        "District Attorney Ruth Ortega is asking for three years probation, four months of home confinement "
        "with electronic monitoring, and 200 hours of community service. Ortega said Park should receive no jail time.",
        parties=parties)
    terms = _terms(s)
    assert terms["probation"].amount == 3 and terms["probation"].unit == "years"
    assert terms["probation"].text == "three years probation"
    assert terms["home_confinement"].text == "four months of home confinement with electronic monitoring"
    assert terms["community_service"].amount == 200 and terms["community_service"].unit == "hours"
    assert "electronic_monitoring" not in terms and "no_incarceration" in terms
    assert {t.status for t in s.terms} == {"recommended"}
    assert {t.by for t in s.terms} == {"Ruth Ortega"}
    assert [(c.text, c.status) for c in s.charges] == [("reckless endangerment", "convicted"),
                                                        ("criminal mischief", "convicted")]


def test_imposed_terms_by_the_judge():
    _, s = _sentencing(
        "U.S. District Judge Alma Reyes sentenced Tom Hale on Friday to 30 days in jail, a $12,500 fine "
        "and two years of supervised release. He was also ordered to pay $4,000 in restitution.")
    terms = _terms(s)
    assert terms["jail"].text == "30 days in jail" and terms["jail"].amount == 30
    assert terms["fine"].amount == 12500 and terms["fine"].unit == "usd"
    assert terms["supervised_release"].amount == 2
    assert terms["restitution"].amount == 4000
    assert {t.status for t in s.terms} == {"imposed"}
    assert s.judge is not None and s.judge.name == "Alma Reyes"
    assert s.sentencing_date is not None and s.sentencing_date.value == dt.date(2021, 6, 4)


def test_maximum_and_sought_terms_keep_their_qualifier():
    _, s = _sentencing(
        "Dana Frost pleaded guilty to wire fraud and could face up to 20 years in prison. "
        "Prosecutors, who sought a 6-year prison term, declined to comment.")
    by_status = {t.status: t for t in s.terms}
    assert by_status["maximum"].text == "up to 20 years in prison"
    assert by_status["sought"].amount == 6 and by_status["sought"].by == "prosecutors"
    assert [(c.text, c.status) for c in s.charges] == [("wire fraud", "pleaded guilty")]


def test_request_then_decision_in_separate_clauses():
    _, s = _sentencing("Prosecutors are asking for a year in prison, while her lawyers recommend six months of probation.",
                       parties=[Party("Ivy Stone")])
    terms = _terms(s)
    assert terms["prison"].status == "recommended" and terms["prison"].by == "prosecutors"
    assert terms["probation"].status == "recommended" and "lawyers" in (terms["probation"].by or "")


def test_military_punishments():
    _, s = _sentencing(
        "A military judge ruled that the sergeant should be dishonorably discharged, demoted to private and "
        "forfeit $2,000 in pay. He was spared prison. The sergeant, who had pleaded guilty to desertion, "
        "faced a maximum term of life in prison.")
    kinds = {t.kind: t for t in s.terms}
    assert kinds["discharge"].text == "dishonorably discharged"
    assert kinds["demotion"].text == "demoted to private"
    assert kinds["forfeiture"].text == "forfeit $2,000 in pay" and kinds["forfeiture"].amount == 2000
    assert kinds["no_incarceration"].status == "imposed"
    assert any(t.status == "maximum" and t.unit == "life" for t in s.terms)


def test_conduct_and_other_peoples_pleas_are_not_charges():
    parties = [Party("Nora Bell"), Party("Sam Price")]
    _, s = _sentencing(
        "Nora Bell pleaded guilty in May to a single count of conspiracy and fraud. Bell pleaded guilty to paying "
        "a consultant $9,000. Bell said Bell wanted to move on, and Bell thanked the court.\n\n"
        "Sam Price, 60, pleaded guilty in March to money laundering.", parties=parties)
    assert [c.text for c in s.charges] == ["conspiracy and fraud"]


def test_captions_are_not_read_for_terms():
    body = ("Jo Lane will be sentenced on Aug. 3, her lawyer said.\n\n"
            "Image: Jo Lane\n"
            "Jo Lane leaves court after she was sentenced to 5 years in prison in another case. (AP Photo/Ann Roe)\n\n"
            "Lane declined to comment.")
    _, s = _sentencing(body)
    assert s.terms == []
    assert s.sentencing_date is not None and s.sentencing_date.value == dt.date(2021, 8, 3)


@pytest.mark.parametrize("phrase,amount,unit", [
    ("five years probation", 5, "years"), ("a year's probation", 1, "years"), ("47 months in prison", 47, "months"),
    ("a one-year probation term", 1, "years"), ("twenty-five hours of community service", 25, "hours"),
])
def test_number_words_are_normalised(phrase, amount, unit):
    _, s = _sentencing(f"The judge sentenced Kim Ash to {phrase}.")
    assert [(t.amount, t.unit) for t in s.terms] == [(amount, unit)]


def test_seed_articles_meet_the_acceptance():
    from pathlib import Path

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    path = seeds / "000_e4365a94bf8ca061.txt"
    source = source_from_text(path.name, path.read_text(encoding="utf-8"))
    s = find_sentencing(source, [Party("Ken Thompson", roles=["Brooklyn District Attorney"]), Party("Peter Liang")])
    assert [c.text for c in s.charges] == ["second-degree manslaughter", "official misconduct"]
    texts = {t.text for t in s.terms}
    # the monitoring is how the home confinement is kept: one term, never a second one split off
    assert {"five years probation", "six months of home confinement with electronic monitoring",
            "500 hours of community service", "no jail time"} == texts
    assert {(t.status, t.by) for t in s.terms} == {("recommended", "Ken Thompson")}
    assert s.judge is not None and s.judge.text == "Justice Danny Chun"
    assert s.sentencing_date is not None and s.sentencing_date.text == "April 14"


# --- charges as news writes them: lists, "in"/"of" phrases, words between the verb and its preposition

@pytest.mark.parametrize("sentence,charges", [
    ("Omar Quist was convicted of mail fraud, money laundering and tax evasion.",
     ["mail fraud", "money laundering", "tax evasion"]),
    ("Tess Rowe pleaded guilty in June to misconduct in office and engaging in organized criminal activity.",
     ["misconduct in office", "engaging in organized criminal activity"]),
    ("Ivo Lind was convicted of possession of a weapon in the commission of a burglary in the death of a guard.",
     ["possession of a weapon in the commission of a burglary"]),
    ("Ivo Lind pleaded guilty to arson and aggravated battery after a fire at a warehouse.", ["arson", "aggravated battery"]),
    ("Ivo Lind pleaded guilty Jan. 9, 2022, to one count of bank fraud.", ["bank fraud"]),
    ("Ivo Lind pleaded guilty Monday in Polk County District Court to two counts of forgery over $2,500.",
     ["forgery over $2,500"]),
    ("A jury found Ada Wynn, 52, guilty on both counts she faced: perjury and witness tampering.",
     ["perjury", "witness tampering"]),
    ("The jury deliberated before finding Ada Wynn guilty of arson and reckless burning of a dwelling.",
     ["arson", "reckless burning of a dwelling"]),
    ("Ada Wynn pleaded guilty to stealing parish funds and filing false expense reports.",
     ["stealing parish funds", "filing false expense reports"]),
    ("Ada Wynn is charged with trafficking in persons, harboring aliens and lying to investigators, court records show.",
     ["trafficking in persons", "harboring aliens", "lying to investigators"]),
    ("Ada Wynn pleaded guilty to one count of conspiracy to commit bribery and one count of paying unlawful gratuities.",
     ["conspiracy to commit bribery", "paying unlawful gratuities"]),
    ("Ada Wynn was convicted of driving while intoxicated and assault on a peace officer.",
     ["driving while intoxicated", "assault on a peace officer"]),
    ("Ada Wynn was convicted of fraud, prosecutors said, and was sentenced Monday.", ["fraud"]),
    ("Ada Wynn pleaded guilty and agreed to repay the parish.", []),
])
def test_offences_are_whole_and_each_listed(sentence, charges):
    _, s = _sentencing(sentence)
    assert [c.text for c in s.charges] == charges


def test_a_codefendants_plea_is_not_the_defendants_charge():
    parties = [Party("Lucas Brandvold"), Party("Irene Brandvold"), Party("Otto Vance")]
    _, s = _sentencing(
        "Lucas Brandvold pleaded guilty to tax evasion. His sister, Irene Brandvold, pleaded guilty to making a "
        "false statement. Otto Vance, a bookkeeper, pleaded guilty to obstruction.", parties=parties)
    assert [c.text for c in s.charges] == ["tax evasion"]


# --- terms: British wording, suspended and stayed terms, and less common punishments

@pytest.mark.parametrize("sentence,text,kind,amount,unit", [
    ("Pell was jailed for six years at the crown court.", "jailed for six years", "prison", 6, "years"),
    ("Pell was jailed for life on Friday.", "jailed for life", "prison", None, "life"),
    ("Pell was given a 12-month community order.", "a 12-month community order", "community_order", 12, "months"),
    ("Pell was ordered to do 120 hours of unpaid work.", "120 hours of unpaid work", "community_service", 120, "hours"),
    ("The judge gave Logan a three-year suspended sentence.", "a three-year suspended sentence", "suspended_sentence", 3, "years"),
    ("Pell got a nine-month sentence, suspended for 18 months.", "a nine-month sentence, suspended for 18 months",
     "suspended_sentence", 9, "months"),
    ("Pell received a stayed 36-month prison sentence.", "stayed 36-month prison sentence", "suspended_sentence", 36, "months"),
    ("Pell must serve 90 days in the county workhouse.", "90 days in the county workhouse", "jail", 90, "days"),
    ("Pell was sentenced to time served.", "time served", "time_served", None, None),
    ("Pell was sentenced to life in prison without the possibility of parole.",
     "life in prison without the possibility of parole", "prison", None, "life"),
    ("Pell was sentenced to 25 years to life in prison.", "25 years to life in prison", "prison", 25, "years"),
    ("The judge ordered Pell to forfeit the yacht and the ski chalet, which will be sold.",
     "forfeit the yacht and the ski chalet", "forfeiture", None, None),
])
def test_less_common_terms_keep_their_words(sentence, text, kind, amount, unit):
    _, s = _sentencing(sentence)
    assert [(t.text, t.kind, t.amount, t.unit, t.status) for t in s.terms] == [(text, kind, amount, unit, "imposed")]


def test_credit_for_time_served_is_not_a_term_and_ranges_take_the_top():
    _, s = _sentencing("Pell was sentenced to 5 years in prison with credit for time served. "
                       "Under the deal, he faced between four and 9 years in prison.")
    assert [(t.text, t.amount, t.status) for t in s.terms] == [
        ("5 years in prison", 5, "imposed"), ("between four and 9 years in prison", 9, "maximum")]


def test_release_conditions_before_sentencing_are_not_terms():
    _, s = _sentencing("Pell, who has not yet been sentenced, may stay free on bail but was ordered to wear a "
                       "GPS monitor. In May he was sentenced to 4 years in prison, though he remains free on bond.")
    assert [t.text for t in s.terms] == ["4 years in prison"]


def test_a_codefendants_sentence_is_marked_as_theirs():
    parties = [Party("Nadia Quell"), Party("Boris Quell"), Party("Ema Stark")]
    _, s = _sentencing(
        "Nadia Quell was sentenced to 6 years in prison. Her brother, Boris Quell, pleaded guilty to fraud in 2020. "
        "He was sentenced to two years of probation. Ema Stark, a courier, was previously sentenced to 30 months "
        "in federal prison.", parties=parties)
    assert [t.text for t in s.terms] == ["6 years in prison"]  # the others' terms are kept apart
    terms = {t.text: t for t in [*s.terms, *s.others]}
    assert (terms["6 years in prison"].status, terms["6 years in prison"].subject) == ("imposed", None)
    assert (terms["two years of probation"].status, terms["two years of probation"].subject) == ("other", "Boris Quell")
    assert (terms["30 months in federal prison"].status,
            terms["30 months in federal prison"].subject) == ("other", "Ema Stark")


def test_sentencing_date_next_to_sent_to_prison():
    _, s = _sentencing("On Monday, a state judge sent Ray Pike to prison for the thefts. "
                       "Judge Lia Moss sentenced Pike, 44, to 3 years in prison.")
    assert s.sentencing_date is not None and s.sentencing_date.value == dt.date(2021, 6, 7)


def test_fractions_and_compound_durations_keep_every_number():
    _, s = _sentencing("Judge Ada Crane sentenced Rhett Loman to 2 2/3 to 8 years in state prison on Monday.\n\n"
                       "His partner, Noel Vick, was jailed for four years and three months.",
                       parties=[Party("Rhett Loman"), Party("Noel Vick")])
    texts = {t.text: t for t in s.terms + s.others}
    assert "2 2/3 to 8 years in state prison" in texts
    assert "jailed for four years and three months" in texts
    assert texts["jailed for four years and three months"].amount == pytest.approx(4.25)
    assert texts["jailed for four years and three months"].subject == "Noel Vick"  # the partner's term, not Loman's
    _, s = _sentencing("Corin Dale was sentenced to 11 years and eight months' jail.")
    assert [t.text for t in s.terms] == ["11 years and eight months' jail"]


def test_qualifiers_and_term_of_forms_stay_in_the_text():
    _, s = _sentencing(
        "Judge Ada Crane ordered Rhett Loman to serve two consecutive terms of 15 years to life. Crane added a "
        "consecutive term of four years and a 5-year gun enhancement, for an aggregate term of 2 1/3 to 7 years. "
        "He must also forfeit about $2.2 million and pay full restitution of $1.4 million.")
    texts = {t.text for t in s.terms}
    assert {"two consecutive terms of 15 years to life", "consecutive term of four years", "a 5-year gun enhancement",
            "aggregate term of 2 1/3 to 7 years", "forfeit about $2.2 million", "full restitution of $1.4 million"} <= texts
    assert {t.status for t in s.terms} == {"imposed"}


def test_bare_durations_programs_and_bans_after_a_sentencing_verb():
    _, s = _sentencing(
        "Judge Ada Crane sentenced Loman to 22 years for the carjacking. She sentenced him to two years of summary "
        "probation and ordered him to attend a six-month anger management course. Loman was also banned from "
        "keeping dogs for 10 years, with a non-parole period of 9 years.")
    by_text = {t.text: t for t in s.terms}
    assert by_text["22 years"].status == "imposed" and by_text["22 years"].amount == 22
    assert "two years of summary probation" in by_text
    assert by_text["attend a six-month anger management course"].status == "imposed"  # the order's verb kept
    assert "banned from keeping dogs for 10 years" in by_text
    assert "non-parole period of 9 years" in by_text
    _, s = _sentencing("Loman spent 3 years on the run before his arrest.")
    assert s.terms == []


def test_hypothetical_terms_are_not_imposed():
    _, s = _sentencing("Loman was convicted of arson. An arson conviction with injury would have carried a mandatory "
                       "sentence of 20 years to life. A judge can also impose probation with no jail time.")
    assert s.terms and all(t.status != "imposed" for t in s.terms)


def test_charges_after_long_descriptors_no_contest_pleas_and_second_items():
    parties = [Party("Wade Orrin")]
    _, s = _sentencing("A jury on Friday found retired Fairview transit police sergeant Wade Orrin guilty of "
                       "negligent homicide.", parties=parties)
    assert [c.text for c in s.charges] == ["negligent homicide"]
    _, s = _sentencing("Wade Orrin pleaded no contest Tuesday to a misdemeanor charge of reckless driving causing "
                       "injury, ending a case that began last spring.", parties=parties)
    assert [c.text for c in s.charges] == ["reckless driving causing injury"]
    _, s = _sentencing("Wade Orrin pleaded guilty to vehicular assault and leaving the scene of a crash causing "
                       "serious injury.", parties=parties)
    assert [c.text for c in s.charges] == ["vehicular assault", "leaving the scene of a crash causing serious injury"]


def test_generic_mentions_are_not_charges():
    _, s = _sentencing("Orrin was charged with arson. Of the 90 people charged with arson or burglary last year, "
                       "few were convicted of either offense.", parties=[Party("Wade Orrin")])
    assert [c.text for c in s.charges] == ["arson"]


def test_a_lifetime_ban_is_a_term():
    _, s = _sentencing("Judge Ada Crane sentenced Loman to probation, and he was barred for life from running a "
                       "licensed day care center.")
    ban = next(t for t in s.terms if t.kind == "disqualification")
    assert ban.text == "barred for life from running a licensed day care center" and ban.unit == "life"


def _charge_texts(body: str) -> dict[str, str]:
    _, s = _sentencing(body)
    return {c.text: c.status for c in s.charges}


def test_charges_after_an_object_or_adverbials_between_verb_and_preposition():
    assert _charge_texts("The county charged the driver, 41-year-old Nell Pike, with three counts of reckless homicide "
                         "on Friday.") == {"reckless homicide": "charged"}
    assert _charge_texts("Ross Hale was convicted by a jury in March of aggravated burglary.") == {
        "aggravated burglary": "convicted"}
    assert _charge_texts("A jury acquitted contractor Ida Moss last week of felony insurance fraud.") == {
        "felony insurance fraud": "acquitted"}


def test_charge_verbs_keep_while_clauses_and_referred_counts():
    assert _charge_texts("Lou Kent pleaded guilty to manslaughter while under the influence of drugs.") == {
        "manslaughter while under the influence of drugs": "pleaded guilty"}
    assert _charge_texts("Deputies said they referred four counts of burglary and one count of arson to the "
                         "district attorney.") == {"burglary": "charged", "arson": "charged"}


def test_a_gerund_offence_after_a_named_one_is_kept_but_told_conduct_is_not_a_charge():
    assert list(_charge_texts("Pia Lund was convicted in 2001 of first-degree murder and using a deadly weapon in the "
                              "course of a violent felony.")) == [
        "first-degree murder", "using a deadly weapon in the course of a violent felony"]
    assert _charge_texts("Abe Fox is charged with shooting a store clerk during a holdup.") == {}


def test_plea_deal_tails_are_not_part_of_the_offence():
    assert list(_charge_texts("Rita Obi pleaded guilty Monday to one count of mail fraud under an agreement with the "
                              "government.")) == ["mail fraud"]
    assert list(_charge_texts("Rita Obi pleaded guilty to tax evasion in exchange for a lighter sentence.")) == [
        "tax evasion"]


def test_canadian_sentences_and_a_clause_never_joins_two_terms():
    _, s = _sentencing(
        "Judge Lise Roy on Monday imposed a two-year-less-a-day conditional sentence on Tim Hart. Hart will be on "
        "probation for three years. Roy also issued a restitution order for $9,100. The Crown had asked for a term of "
        "four years in a federal penitentiary, saying the scheme lasted two years and targeted a programme for seniors.",
        parties=[Party("Lise Roy", roles=["Judge"]), Party("Tim Hart")])
    got = {t.text: (t.status, t.by) for t in s.terms}
    assert got == {
        "two-year-less-a-day conditional sentence": ("imposed", "Lise Roy"),
        "probation for three years": ("imposed", "Lise Roy"),
        "restitution order for $9,100": ("imposed", "Lise Roy"),
        "term of four years in a federal penitentiary": ("recommended", "the Crown"),
    }


def test_named_prisons_future_sentences_and_whole_life_terms():
    _, s = _sentencing("Jo Park will spend 12 years in the Ohio Reformatory for Women's prison. Earlier, Ben Tate "
                       "was sentenced to life in prison without parole.")
    got = {t.text: t.status for t in s.terms}
    assert got.get("life in prison without parole") == "imposed"
    _, s = _sentencing("A nurse will spend nine years in the state women's prison, with four more suspended.")
    assert [(t.text, t.status) for t in s.terms] == [("nine years in the state women's prison", "imposed")]


def test_time_already_served_is_not_a_term():
    _, s = _sentencing("The court freed Ada Moe, who has spent 11 years in prison, after new evidence emerged.")
    assert s.terms == []


def test_a_roundup_credits_each_term_to_the_judge_of_its_own_story():
    parties = [Party("Ed Wynn", roles=["Judge"]), Party("Kay Luz", roles=["Judge"]), Party("Sid Vale"), Party("Ona Grey")]
    _, s = _sentencing(
        "DAYTON, Ohio (AP) — A clerk was sentenced Monday to 30 months in federal prison. U.S. District Judge Ed Wynn "
        "also ordered Sid Vale to pay $5,000 in restitution.\n\n"
        "TOLEDO, Ohio (AP) — Circuit Judge Kay Luz sentenced Ona Grey to three years of probation, 40 hours of "
        "community service and a $900 fine. Grey pleaded guilty to theft by deception.", parties=parties)
    got = {t.text: (t.status, t.by) for t in s.terms}
    assert got["30 months in federal prison"] == ("imposed", "Ed Wynn")
    assert got["three years of probation"] == ("imposed", "Kay Luz")
    assert got["$900 fine"] == ("imposed", "Kay Luz")
    assert {c.text for c in s.charges} == {"theft by deception"}


def test_an_appeals_judge_writing_for_the_majority_is_not_the_sentencing_judge():
    _, s = _sentencing('Omar Bly was sentenced in 2010 to 40 years in prison. The appeals court threw out the verdict '
                       'on Monday. "The search was unlawful," Judge Tess Marr wrote for the majority. '
                       'Judge Abe Lowe joined Marr\'s opinion.',
                       parties=[Party("Tess Marr", roles=["Judge"]), Party("Omar Bly")])
    assert s.judge is None
    assert [(t.text, t.by) for t in s.terms] == [("40 years in prison", None)]


def test_a_sentence_being_served_is_imposed():
    _, s = _sentencing("The parole board again denied release to Lyle Frey, who is serving 15 years to life for a 1999 "
                       "killing.")
    assert [(t.text, t.status) for t in s.terms] == [("15 years to life", "imposed")]


def test_offences_listed_after_the_counts_a_defendant_faced():
    _, s = _sentencing("A jury convicted Ms. Pell, 52, on all three counts she faced, including mail fraud, "
                       "tax evasion and conspiracy to obstruct a grand jury.")
    assert [c.text for c in s.charges] == ["mail fraud", "tax evasion", "conspiracy to obstruct a grand jury"]


def test_conviction_named_after_a_long_by_phrase_and_an_entered_plea():
    _, s = _sentencing("Owen Tarr, 47, was convicted by a state jury in Toledo in March of extortion and perjury. "
                       "He also entered the plea to one count of conspiracy to alter ledgers.")
    assert [(c.text, c.status) for c in s.charges][:2] == [("extortion", "convicted"), ("perjury", "convicted")]
    assert ("conspiracy to alter ledgers", "pleaded guilty") in [(c.text, c.status) for c in s.charges]


def test_two_bare_nouns_joined_by_and_are_one_offence_but_two_crimes_are_two():
    _, s = _sentencing("A panel convicted Cpl. Dane Roy of negligent homicide, cruelty and maltreatment, "
                       "and dereliction of duty. Earlier he was convicted of burglary and arson.")
    texts = [c.text for c in s.charges]
    assert "cruelty and maltreatment" in texts and "cruelty" not in texts
    assert "burglary" in texts and "arson" in texts


def test_an_event_pleaded_to_is_conduct_not_a_charge():
    _, s = _sentencing("Singer Lu Park was sentenced Monday to 60 days in jail after pleading no contest "
                       "to a hit-and-run collision in Fresno.")
    assert s.charges == []
    assert [t.text for t in s.terms] == ["60 days in jail"]


def test_military_prison_and_forfeiture_of_pay_in_a_court_martial():
    _, s = _sentencing("Sgt. Ivo Dent was sentenced Friday to six years in a military prison. He was also "
                       "ordered to forfeit all pay and allowances and given a bad-conduct discharge by the panel.")
    texts = {t.text: t.status for t in s.terms}
    assert texts.get("six years in a military prison") == "imposed"
    assert texts.get("forfeit all pay and allowances") == "imposed"


def test_a_bare_requested_duration_is_a_recommended_term_of_the_asker():
    _, s = _sentencing("Judge Ada Lusk sentenced Bram Hoyt to 50 months in prison. Prosecutors asked for 70 months, "
                       "and his lawyers sought 30 months. Earlier they had asked the court for 9 years.")
    asked = {t.text: (t.status, t.by) for t in s.terms}
    assert asked["70 months"] == ("recommended", "prosecutors")
    assert asked["30 months"][0] == "sought"
    assert asked["9 years"][0] == "recommended"
    assert asked["50 months in prison"] == ("imposed", "Ada Lusk")


def test_the_justice_department_is_never_the_judge():
    _, s = _sentencing("A former clerk was sentenced Monday to 20 months in prison, the Justice Department said. "
                       "Lia Moss took a deal with the Justice Department in May.")
    assert s.judge is None
    assert all(t.by != "Department" for t in s.terms)


def test_a_guidelines_range_is_no_sides_request():
    parties = [Party("Rita Cole", roles=["Prosecutor"]), Party("Sam Fenn")]
    _, s = _sentencing("Prosecutor Rita Cole asked for 15 years for Sam Fenn, saying the guidelines range for Fenn "
                       "called for 30 years in prison.", parties=parties)
    by_text = {t.text: (t.status, t.by) for t in s.terms}
    assert by_text["30 years in prison"] == ("other", None)


def test_a_person_named_inside_the_subjects_description_is_not_the_one_sentenced():
    parties = [Party("Nora Kade", roles=["Governor"]), Party("Felix Brand")]
    _, s = _sentencing("A former aide to Gov. Nora Kade was sentenced Tuesday to 40 months in federal prison. "
                       "Felix Brand was convicted of bribery in March.", parties=parties)
    term = s.terms[0]
    assert term.text == "40 months in federal prison"
    assert term.status == "imposed" and term.subject is None


def _charges(sentencing):
    return {c.text: c.status for c in sentencing.charges}


@pytest.mark.parametrize("body, expected", [
    ("Nora Quillen was indicted Monday on charges of reckless homicide and official misconduct in the death of a hiker.",
     {"reckless homicide": "charged", "official misconduct": "charged"}),
    ("A jury deliberated for two days before clearing Quillen of conspiracy to commit extortion, three counts of "
     "extortion and mail fraud.", {"conspiracy to commit extortion": "acquitted", "extortion": "acquitted",
                                   "mail fraud": "acquitted"}),
    ("Quillen was acquitted of the more serious charge of vehicular homicide, which carried up to 20 years.",
     {"vehicular homicide": "acquitted"}),
    ("Under the deal, prosecutors dropped a second count of assault causing great bodily harm.",
     {"assault causing great bodily harm": "dismissed"}),
    ("A separate charge of tax evasion was dismissed before trial.", {"tax evasion": "dismissed"}),
    ("Quillen was found guilty on Friday of attempted sabotage and of unlawfully retaining secret documents.",
     {"attempted sabotage": "convicted", "unlawfully retaining secret documents": "convicted"}),
    ("Quillen was convicted Monday by a panel of officers of bribery.", {"bribery": "convicted"}),
    ("Quillen pleaded guilty to wire fraud and to intimidating a witness.",
     {"wire fraud": "pleaded guilty", "intimidating a witness": "pleaded guilty"}),
    ("Quillen pleaded guilty to a burglary charge tied to a break-in at a marina.", {"burglary": "pleaded guilty"}),
])
def test_charges_from_indictments_acquittals_dismissals_and_lists(body, expected):
    _, s = _sentencing(body)
    assert _charges(s) == expected


def test_court_martial_terms_keep_their_military_words():
    _, s = _sentencing(
        "Sgt. Ivo Brant was sentenced Monday to four years in confinement and dismissal from the service. He was also "
        "given a dishonourable discharge and reduced in rank to airman basic.\n\n"
        "The dismissal \u2014 the officer equivalent of a dishonorable discharge \u2014 ends his career.")
    texts = [t.text for t in s.terms]
    assert "four years in confinement" in texts and "dismissal from the service" in texts
    assert "dishonourable discharge" in texts and "reduced in rank to airman basic" in texts
    assert "dishonorable discharge" not in texts  # the explanation of "dismissal" is not a second term


@pytest.mark.parametrize("sentence", ["Pell will not spend a single day behind bars, a judge ruled Monday.",
                                      "Pell won\u2019t serve time behind bars under the ruling."])
def test_no_custody_in_other_words(sentence):
    _, s = _sentencing(sentence)
    assert [t.kind for t in s.terms] == ["no_incarceration"]
    assert s.terms[0].text in sentence


def test_a_cap_argued_for_is_a_recommendation():
    _, s = _sentencing("Prosecutors asked for 10 years; his defense attorneys argued for no more than 18 months.")
    cap = next(t for t in s.terms if "18 months" in t.text)
    assert cap.text == "no more than 18 months" and cap.status == "recommended"


def test_a_set_sentencing_date_is_ahead_even_beside_last_year():
    _, s = _sentencing("Rook was arrested last year. A judge found Rook guilty of arson and set sentencing for Dec. 15.",
                       published="2023-10-06")
    assert s.sentencing_date is not None and s.sentencing_date.value == dt.date(2023, 12, 15)


def test_a_same_day_verdict_dates_the_sentence():
    _, s = _sentencing("A Marine has been jailed for nine years by a military court for selling secrets.\n\n"
                       "Cpl. Dorcas Holbeach, 24, was found guilty on Thursday of espionage.", published="2024-02-10")
    assert s.sentencing_date is not None and s.sentencing_date.value == dt.date(2024, 2, 8)


# ----------------------------------------------------------------------------- verdict mixes, complements, conditions

def _charge_statuses(sentencing) -> dict[str, str]:
    return {c.text: c.status for c in sentencing.charges}


def test_split_verdict_records_acquitted_and_hung_counts():
    _, s = _sentencing(
        "A jury found Ivo Brandt not guilty of first-degree arson but convicted him of insurance fraud. "
        "Jurors deadlocked on three counts of wire fraud connected to the claim. "
        "The panel also acquitted Brandt of the top count of attempted murder.")
    statuses = _charge_statuses(s)
    assert statuses["first-degree arson"] == "acquitted"
    assert statuses["insurance fraud"] == "convicted"
    assert statuses["wire fraud"] == "hung"
    assert statuses["attempted murder"] == "acquitted"


def test_counts_a_sentence_is_for_and_reduced_charges():
    _, s = _sentencing(
        "Judge Lena Ortiz sentenced Wes Farrow, 52, on two counts of child endangerment and one count of unlawful "
        "restraint. A felony charge of aggravated battery was reduced to simple battery under a plea deal.")
    statuses = _charge_statuses(s)
    assert statuses["child endangerment"] == "convicted"
    assert statuses["unlawful restraint"] == "convicted"
    assert statuses["aggravated battery"] == "reduced"
    assert statuses["simple battery"] == "pleaded guilty"


def test_offence_keeps_the_complement_that_continues_it():
    _, s = _sentencing(
        "Dana Quillen pleaded guilty to possession of a knife during a violent crime. A jury had convicted her of "
        "carrying a pistol while committing a felony. She was also convicted of obstruction of justice in a federal investigation. "
        "Prosecutors had charged her with using charity money for personal expenses.")
    texts = {c.text for c in s.charges}
    assert "possession of a knife during a violent crime" in texts
    assert "carrying a pistol while committing a felony" in texts
    assert "obstruction of justice in a federal investigation" in texts
    assert "using charity money for personal expenses" in texts


def test_a_participle_after_a_charge_is_not_another_charge():
    _, s = _sentencing("A charge of burglary, brought after he broke into a shed, was dismissed under the deal.")
    assert [c.text for c in s.charges] == ["burglary"]


def test_terms_without_classic_head_words():
    _, s = _sentencing(
        "Judge Omar Hale sentenced Rita Sloan to three years in prison. She must also pay a $200 special assessment "
        "and will be on post-release control for up to two years. A 90-day jail term was suspended. "
        "Sloan will remain on parole for four years.")
    terms = _terms(s)
    assert terms["assessment"].text == "$200 special assessment" and terms["assessment"].status == "imposed"
    assert terms["supervised_release"].text == "post-release control for up to two years"
    assert terms["suspended_sentence"].text == "90-day jail term was suspended"
    assert terms["suspended_sentence"].amount == 90
    assert terms["suspended_sentence"].status == "imposed"
    assert terms["parole"].amount == 4


def test_a_duration_keeps_the_count_it_is_for():
    _, s = _sentencing(
        "Judge Tia Moss sentenced Carl Dunn to five years on the robbery count and eight months on the theft count. "
        "She also gave Dunn one year on the weapons charge.")
    texts = {t.text for t in s.terms}
    assert "eight months on the theft count" in texts
    assert "one year on the weapons charge" in texts
    assert "eight months" not in texts


def test_a_completed_program_is_not_a_term():
    _, s = _sentencing("Eli Ward was sentenced to probation. His lawyer said he had finished a 90-day detox program.")
    assert not [t for t in s.terms if t.kind == "program"]


def test_all_but_suspended_term_and_court_titled_judge():
    _, s = _sentencing(
        "Lucas County Common Pleas Judge Mira Dahl sentenced Abe Kline to 30 years, with all but eight years "
        "suspended, to be served concurrently. A judge imposed a 30-year term but suspended all but eight years of it.")
    assert s.judge is not None and s.judge.name == "Mira Dahl"
    suspended = [t for t in s.terms if t.kind == "suspended_sentence"]
    assert suspended and suspended[0].text == "30-year term" and suspended[0].by == "Mira Dahl"


def test_court_ordered_conditions_only():
    _, s = _sentencing(
        "Judge Ben Roth sentenced Ray Cole to six years in prison, barred him from contact with the victims, "
        "ordered him to undergo drug counseling and required him to register as a sex offender for life. "
        "Reporters were barred from the hearing.")
    texts = {t.text for t in s.terms}
    assert "undergo drug counseling" in texts
    assert "register as a sex offender for life" in texts
    assert "barred him from contact with the victims" in texts
    assert not any("hearing" in t for t in texts)


def test_corporate_plea_sentenced_at_once():
    _, s = _sentencing(
        "Brightwell Chemical pleaded guilty on Tuesday to dumping waste and agreed to pay $12 million in criminal "
        "fines and to operate under an independent monitor for two years. Judge Ada Finch accepted the plea and "
        "imposed the agreed sentence immediately.")
    terms = _terms(s)
    assert terms["fine"].status == "imposed" and terms["fine"].amount == 12_000_000
    assert terms["monitorship"].text == "independent monitor for two years" and terms["monitorship"].status == "imposed"
    assert s.sentencing_date is not None and s.sentencing_date.text == "Tuesday"


# ----------------------------------------------------------------------------- charges: a grammar, not a phrase list

def _charge_texts(body: str, parties: list[Party] | None = None) -> dict[str, str]:
    _, s = _sentencing(body, parties=parties)
    return {c.text: c.status for c in s.charges}


def test_a_count_or_charge_noun_opens_an_offence_list_wherever_it_stands():
    charges = _charge_texts(
        "Ivo Brandt faces three counts of vehicular homicide. He was later arrested on charges including arson "
        "and insurance fraud, and a jury found him guilty on all counts, including criminal trespass.")
    assert charges["vehicular homicide"] == "charged"
    assert charges["arson"] == "charged" and charges["insurance fraud"] == "charged"
    assert charges["criminal trespass"] == "convicted"


def test_weak_triggers_keep_only_named_offences():
    charges = _charge_texts(
        "Ivo Brandt is accused of embezzlement. He admitted to police that he drove the truck. "
        "In Leeds he admitted causing death by careless driving and was jailed for six years for manslaughter.")
    assert charges == {"embezzlement": "charged", "causing death by careless driving": "pleaded guilty",
                       "manslaughter": "convicted"}


def test_verdicts_pleas_and_dropped_charges_in_other_words():
    charges = _charge_texts(
        "Ivo Brandt was found not guilty of robbery but guilty of receiving stolen property. "
        "He has pleaded not guilty to charges of stalking and harassment. "
        "Prosecutors dropped a witness tampering charge against him.")
    assert charges["robbery"] == "acquitted"
    assert charges["receiving stolen property"] == "convicted"
    assert charges["stalking"] == "charged" and charges["harassment"] == "charged"
    assert charges["witness tampering"] == "dismissed"


def test_statutory_offences_keep_or_and_their_complements():
    charges = _charge_texts(
        "Ivo Brandt pleaded guilty to possession of heroin for sale or supply and to making false entries in the "
        "books of a bank. A further count of handling stolen goods will lie on file.")
    assert "possession of heroin for sale or supply" in charges
    assert "making false entries in the books of a bank" in charges
    assert "handling stolen goods" in charges


def test_a_relative_clause_does_not_end_the_offence_list():
    charges = _charge_texts(
        "Ivo Brandt pleaded guilty to conspiracy to sell cocaine, which carries ten years at least, "
        "and to carrying a pistol during a drug trafficking crime.")
    assert set(charges) == {"conspiracy to sell cocaine", "carrying a pistol during a drug trafficking crime"}


def test_words_that_only_look_like_charges_are_not_charges():
    charges = _charge_texts(
        "Ivo Brandt said the sergeant in charge of him never listened. A grand jury returned charges accusing "
        "him of billing the city for work never done. Ivo Brandt, 40, was sentenced to 9 years on each of two "
        "counts of arson, to run concurrently.")
    assert charges == {"arson": "convicted"}


# ----------------------------------------------------------------------------- terms in the forms writers use

def _term_texts(body: str, parties: list[Party] | None = None) -> dict[str, Term]:
    _, s = _sentencing(body, parties=parties)
    return {t.text: t for t in [*s.terms, *s.others]}  # the phrase's form, whoever's term it is


def test_death_and_life_terms_counted():
    terms = _term_texts("A jury sentenced Ivo Brandt to death. His brother was given three consecutive life sentences.")
    assert terms["sentenced Ivo Brandt to death"].kind == "death"
    assert terms["three consecutive life sentences"].unit == "life"
    assert _term_texts("Prosecutors said they will seek the death penalty.")["death penalty"].status == "sought"
    assert not _term_texts("The state abolished the death penalty in 2007.")


def test_money_in_other_currencies():
    terms = _term_texts("Ivo Brandt was fined £1,250 and ordered to pay €800 in compensation and 4,000 euros in costs.")
    assert (terms["fined £1,250"].amount, terms["fined £1,250"].unit) == (1250, "gbp")
    assert terms["€800 in compensation"].kind == "compensation" and terms["€800 in compensation"].unit == "eur"
    assert terms["4,000 euros in costs"].amount == 4000


def test_custody_words_beyond_prison_and_jail():
    terms = _term_texts("Ivo Brandt, 16, was sentenced to 20 months in custody and 45 days in juvenile detention.")
    assert terms["20 months in custody"].kind == "prison" and terms["20 months in custody"].status == "imposed"
    assert terms["45 days in juvenile detention"].kind == "detention"
    assert not _term_texts("Ivo Brandt spent 45 days in juvenile detention last year.")


def test_commonwealth_orders_bonds_and_requirements():
    terms = _term_texts(
        "Ivo Brandt received an 18-month community corrections order, a two-year good behaviour bond and a "
        "nine-week curfew, with 15 rehabilitation activity requirement days. He must pass an extended retest.")
    assert terms["18-month community corrections order"].kind == "community_corrections_order"
    assert terms["two-year good behaviour bond"].amount == 2
    assert terms["nine-week curfew"].unit == "weeks"
    assert terms["15 rehabilitation activity requirement days"].unit == "days"
    assert "pass an extended retest" in terms


def test_minimum_terms_and_parts_suspended():
    terms = _term_texts(
        "Ivo Brandt was jailed for life and must serve a minimum of 21 years. On a second case he was sentenced "
        "to six years, with the final two years suspended.", parties=[Party("Ivo Brandt")])
    assert terms["a minimum of 21 years"].kind == "minimum_term"
    assert terms["the final two years suspended"].kind == "suspended_sentence"
    served = _term_texts("Judge Ada Finch sentenced Ivo Brandt to 25 years in prison, with all but 11 years suspended.")
    assert served["all but 11 years suspended"].kind == "prison" and served["all but 11 years suspended"].amount == 11


def test_a_bare_duration_at_the_end_of_a_sentencing_clause():
    terms = _term_texts("Judge Ada Finch sentenced Ivo Brandt to 14 years. On the other case she jailed him for four "
                        "years, and gave him 30 months on a third.")
    assert {"14 years", "four years", "30 months"} <= set(terms)
    assert {t.status for t in terms.values()} == {"imposed"}
    per_count = _term_texts("Judge Ada Finch sentenced Ivo Brandt, 40, to 9 years on each of two counts of arson.")
    assert "9 years on each of two counts" in per_count


def test_what_goes_with_a_term_stays_in_its_text():
    terms = _term_texts(
        "Ivo Brandt was sentenced to 10 months of home confinement with an ankle monitor and a consecutive "
        "three-year term on the weapons count. He was ordered to forfeit $52,300 in cash and a 2019 pickup truck "
        "seized at his home, and the judge permanently revoked his driver's license.")
    assert "10 months of home confinement with an ankle monitor" in terms
    assert "consecutive three-year term on the weapons count" in terms
    assert "forfeit $52,300 in cash and a 2019 pickup truck" in terms
    assert terms["permanently revoked his driver's license"].status == "imposed"
    served = _term_texts("Ivo Brandt was sentenced to 20 months' imprisonment to be served by way of an intensive correction order.")
    assert "20 months' imprisonment to be served by way of an intensive correction order" in served


def test_a_charge_against_someone_else_is_not_the_defendants():
    charges = _charge_texts(
        "Ivo Brandt pleaded guilty to extortion. Prosecutors dropped a separate bribery charge against Brandt's "
        "former driver, and a count of theft against him.", parties=[Party("Ivo Brandt")])
    assert charges == {"extortion": "pleaded guilty", "theft": "dismissed"}


def test_more_governing_words_for_charges():
    charges = _charge_texts(
        "A jury returned guilty verdicts on kidnapping and arson against Ivo Brandt. He had been indicted by a "
        "federal grand jury on carjacking. The top charge against him, felony murder, carries life. "
        "He was also convicted on federal firearms charges.")
    assert charges["kidnapping"] == "convicted" and charges["arson"] == "convicted"
    assert charges["carjacking"] == "charged"
    assert "felony murder" in charges
    assert charges["firearms"] == "convicted"


def test_more_forms_of_terms():
    terms = _term_texts(
        "Ivo Brandt could spend the rest of his life in prison. A judge later sent Ivo Brandt to prison for life, "
        "and his brother was sentenced to three to five years. Another man was sentenced to 180 days in jail, "
        "with 170 days suspended, and jailed for a total of two years. Prosecutors want Brandt to serve 15 years.",
        parties=[Party("Ivo Brandt")])
    assert "the rest of his life in prison" in terms
    assert terms["sent Ivo Brandt to prison for life"].unit == "life"
    assert "sentenced to three to five years" in terms
    assert terms["170 days suspended"].kind == "suspended_sentence"
    assert "jailed for a total of two years" in terms
    assert terms["15 years"].status == "sought" or terms["15 years"].status == "recommended"
    money = _term_texts("Ivo Brandt was ordered to pay more than $2 million in restitution and was banned from "
                        "keeping dogs for life. The offence carries a maximum penalty of 10 years in prison.")
    assert "more than $2 million in restitution" in money
    assert "banned from keeping dogs for life" in money
    assert money["maximum penalty of 10 years in prison"].status == "maximum"


def test_durations_joined_to_the_kind_they_measure():
    terms = _term_texts(
        "Ivo Brandt was sentenced to 20-to-40 years in state prison, 5 years' supervised release and 90 days of "
        "electronic monitoring, and placed on lifetime probation. The judge imposed fines totaling $9,000. "
        "On appeal his sentence was reduced to 15 years.")
    assert terms["20-to-40 years in state prison"].amount == 40
    assert terms["5 years' supervised release"].kind == "supervised_release"
    assert terms["90 days of electronic monitoring"].amount == 90
    assert terms["lifetime probation"].kind == "probation" and terms["lifetime probation"].unit == "life"
    assert terms["fines totaling $9,000"].amount == 9000
    assert "15 years" in terms
    assert not any(text.startswith("sentenced to") for text in terms)


def test_british_and_canadian_forms():
    charges = _charge_texts(
        "Ivo Brandt entered guilty pleas to theft and forgery. At a later hearing he admitted two counts of fraud by "
        "false representation, contrary to section 2 of the Fraud Act, and one of money laundering.")
    assert charges["theft"] == "pleaded guilty" and charges["forgery"] == "pleaded guilty"
    assert charges["money laundering"] == "pleaded guilty"
    assert "fraud by false representation" in charges
    terms = _term_texts("Ivo Brandt was given a driving ban of two years and must pay a victim surcharge of £95.")
    assert terms["driving ban of two years"].kind == "driving_ban"
    assert terms["victim surcharge of £95"].unit == "gbp"


def test_a_conviction_only_talked_of_is_not_one():
    charges = _charge_texts(
        "Ivo Brandt was acquitted of the charge of aggravated arson. At his first trial jurors leaned toward "
        "conviction on the arson count.")
    assert charges == {"aggravated arson": "acquitted"}


def test_charges_named_before_the_word_charges():
    assert _charge_texts("Ivo Brandt faces murder and arson charges.") == {"murder": "charged", "arson": "charged"}
    assert _charge_texts("Ivo Brandt now faces new charges after the raid.") == {}


def test_a_request_to_sentence_someone_to_a_bare_duration():
    terms = _term_texts("Prosecutors asked Judge Ada Finch to sentence Ivo Brandt to 25 years.")
    assert terms["25 years"].status == "recommended" and terms["25 years"].by == "prosecutors"


def test_a_death_penalty_not_sought_is_no_term():
    assert not _term_texts("Prosecutors said they will not seek the death penalty against Ivo Brandt.")
    assert not _term_texts("The district attorney declined to pursue the death penalty.")


# ----------------------------------------------------------------------------- round 2 (issue #4)

def _charges(sentencing):
    return {c.text: c.status for c in sentencing.charges}


def test_charge_keeps_whom_the_taking_was_from_and_a_gerund_after_and():
    _, s = _sentencing("Nora Pell pleaded guilty in May to theft from a vulnerable adult and filing a false insurance claim.")
    assert _charges(s) == {"theft from a vulnerable adult": "pleaded guilty", "filing a false insurance claim": "pleaded guilty"}


def test_an_appositive_between_convicted_and_of_is_not_a_charge():
    _, s = _sentencing("A jury convicted Ian Roe, 44, the manager of a roofing firm, of criminally negligent homicide.")
    assert _charges(s) == {"criminally negligent homicide": "convicted"}


def test_an_offence_list_led_by_a_conspiracy_keeps_every_item():
    _, s = _sentencing("Mara Quillen, 50, of Elmwood, owner of a home-care agency, is charged with conspiracy to commit wire fraud, "
                    "six counts of wire fraud and two counts of paying kickbacks. Her bookkeeper, Tom Vale, is also charged "
                    "with making false statements.")
    charges = _charges(s)
    assert {"conspiracy to commit wire fraud", "wire fraud", "paying kickbacks"} <= set(charges)


def test_a_term_inside_a_quoted_letter_is_not_reported():
    _, s = _sentencing('Rob Kane, 30, will be sentenced next month. His victim\'s brother wrote to the judge: '
                    '"Nobody here wants him to spend his life in prison for one terrible night."')
    assert not [t for t in s.terms if t.unit == "life"]


def test_plea_deal_terms_are_the_agreements_not_imposed():
    _, s = _sentencing("Lena Ortiz pleaded guilty to bank fraud under a deal that calls for a sentence of between 24 and 30 "
                    "months in prison. She also agreed to forfeit $120,000. She is due to be sentenced Sept. 9.")
    statuses = {t.text: (t.status, t.by) for t in s.terms}
    assert statuses["forfeit $120,000"] == ("recommended", "plea agreement")
    assert all(status != "imposed" for status, _ in statuses.values())
    assert s.sentencing_date is not None and s.sentencing_date.text == "Sept. 9"


def test_a_request_for_the_maximum_is_a_request_not_the_law():
    _, s = _sentencing("Judge Amy Holt sentenced Carl Dunn to 12 years in prison. Prosecutors had asked for the maximum "
                    "sentence of 20 years.")
    twenty = next(t for t in s.terms if t.amount == 20)
    assert (twenty.status, twenty.by) == ("recommended", "prosecutors")


def test_jailed_for_a_maximum_is_the_sentence_imposed():
    _, s = _sentencing("Judge Kay Moss jailed Dean Pike for a maximum of five years, with a non-parole period of three years.")
    five = next(t for t in s.terms if t.amount == 5)
    assert five.status == "imposed"


def test_a_defence_argument_and_a_trailing_speaker_give_the_proposer():
    _, s = _sentencing("Joe Lark should spend nine years in prison, prosecutors argued. His lawyers argued that 30 months "
                    "was enough.")
    by = {t.text: (t.status, t.by) for t in s.terms}
    assert by["nine years in prison"] == ("recommended", "prosecutors")
    assert by["30 months"][0] == "recommended" and "lawyers" in by["30 months"][1]


def test_a_public_defenders_request_is_not_the_defendants():
    _, s = _sentencing("Ray Toft was sentenced to eight years in prison. Toft's public defender had asked for five years.")
    five = next(t for t in s.terms if t.amount == 5)
    assert five.status == "recommended" and five.by != "Ray Toft" and "defender" in five.by


def test_uk_director_ban_and_rest_of_a_breached_sentence():
    _, ban = _sentencing("Judge Sara Pym also disqualified him from acting as a company director for eight years.")
    assert [(t.kind, t.status, t.amount) for t in ban.terms] == [("disqualification", "imposed", 8.0)]
    _, breach = _sentencing("Justice Eve Lund ordered that Paul Gray serve the remaining seven months of the conditional "
                         "sentence in jail.")
    assert [(t.text, t.status) for t in breach.terms] == [
        ("remaining seven months of the conditional sentence in jail", "imposed")]


def _charges(sentencing) -> dict[str, str]:
    return {c.text: c.status for c in sentencing.charges}


def test_a_long_court_phrase_between_charged_and_with_still_opens_the_list():
    _, s = _sentencing("Ivo Marsh, 52, was detained at an airport in Ohio and charged in a complaint filed in federal court "
                       "in Chicago with bank fraud conspiracy, aggravated identity theft and money laundering.")
    assert _charges(s) == {"bank fraud conspiracy": "charged", "aggravated identity theft": "charged",
                           "money laundering": "charged"}


def test_a_gerund_telling_the_deed_is_not_a_charge():
    _, s = _sentencing("Ivo Marsh was charged on Monday with helping two brokers hide at least $3 million from investors.\n\n"
                       "He faces a single count of securities fraud.")
    assert _charges(s) == {"securities fraud": "charged"}


def test_a_verdict_naming_the_defendant_between_found_and_guilty():
    _, s = _sentencing("A jury on Friday found former pharmacist Ada Renko guilty of second-degree manslaughter in the death "
                       "of her customer Bo Tall, but acquitted her of a charge of theft.\n\nTall's son wept.")
    assert _charges(s) == {"second-degree manslaughter": "convicted", "theft": "acquitted"}


def test_counts_dropped_in_a_deal_written_as_shared_modifiers():
    _, s = _sentencing("Ivo Marsh admitted to one count of tax evasion, and in exchange, prosecutors will drop the "
                       "extortion and perjury counts against him. They also dismissed the remaining counts, including "
                       "three DWI charges.")
    assert _charges(s) == {"tax evasion": "pleaded guilty", "extortion": "dismissed", "perjury": "dismissed",
                           "DWI": "dismissed"}


def test_an_alias_after_a_charge_is_not_another_charge():
    _, s = _sentencing("A grand jury indicted Ivo Marsh on one count of driving while impaired, called DWI in this state.")
    assert _charges(s) == {"driving while impaired": "charged"}


def test_state_supervision_words_licence_suspension_and_extended_probation_are_terms():
    _, s = _sentencing("Judge Ana Ruiz ordered Ivo Marsh to serve two years of initial confinement followed by five years "
                       "of extended supervision and suspended his driving licence for life.\n\n"
                       "After a later violation, Ruiz extended Marsh's probation by six months.")
    found = {t.text: t.status for t in s.terms}
    assert found.get("five years of extended supervision") == "imposed"
    assert found.get("suspended his driving licence for life") == "imposed"
    assert found.get("extended Marsh's probation by six months") == "imposed"


# ----------------------------------------------------------------------------- the sentencing date in its many phrasings

def _date(body: str, published: str = "2021-06-10", parties: list[Party] | None = None):
    _, s = _sentencing(body, published, parties)
    return (s.sentencing_date.text, s.sentencing_date.value, s.sentencing_date.granularity) if s.sentencing_date else None


def test_a_sentencing_put_off_or_reserved_until_a_day_lies_ahead():
    assert _date("Ola Brant admitted the theft. The judge adjourned sentencing until July 2 for reports.")[:2] == (
        "July 2", dt.date(2021, 7, 2))
    # a past-tense verb, yet the day is still to come
    assert _date("Justice Mira Kent heard the submissions and reserved her decision until March 3.")[:2] == (
        "March 3", dt.date(2022, 3, 3))
    assert _date("Sheriff Tom Ayre deferred sentence until next month for background reports.")[1:] == (
        dt.date(2021, 7, 1), "month")


def test_a_judge_named_by_a_british_title_puts_off_the_defendants_sentencing():
    people = [Party("Ola Brant"), Party("Mira Kent")]
    body = "Ola Brant admitted the fraud. HHJ Mira Kent adjourned sentencing until 2 July for a pre-sentence report."
    assert _date(body, parties=people)[:2] == ("2 July", dt.date(2021, 7, 2))
    body = "Ola Brant admitted the fraud. Recorder Mira Kent will sentence him on 14 September 2021."
    assert _date(body, parties=people)[:2] == ("14 September 2021", dt.date(2021, 9, 14))
    titled = [Party("Ola Brant"), Party("HHJ Mira Kent")]  # the title kept in the name
    body = "Ola Brant admitted the fraud. HHJ Mira Kent adjourned sentencing until 2 July for a pre-sentence report."
    assert _date(body, parties=titled)[0] == "2 July"


def test_words_between_the_sentencing_verb_and_its_day():
    assert _date("Ola Brant will be sentenced by Judge Mira Kent at the county courthouse on October 4.")[:2] == (
        "October 4", dt.date(2021, 10, 4))
    assert _date("Ola Brant is due to be sentenced at the same court on Aug. 3.")[0] == "Aug. 3"
    assert _date("Judge Mira Kent is set to sentence Ola Brant on Sept. 30.")[0] == "Sept. 30"


def test_a_month_or_a_bare_weekday_is_a_sentencing_date_too():
    assert _date("Ola Brant's sentencing was scheduled for next month.")[1:] == (dt.date(2021, 7, 1), "month")
    assert _date("Ola Brant, 31, faces sentencing in January.")[1:] == (dt.date(2022, 1, 1), "month")
    assert _date("Ola Brant will be sentenced Tuesday.")[:2] == ("Tuesday", dt.date(2021, 6, 15))
    assert _date("A judge ordered Ola Brant to prison Monday for breaking the terms of his probation.")[:2] == (
        "Monday", dt.date(2021, 6, 7))


def test_another_events_date_in_the_same_sentence_is_not_the_sentencing():
    assert _date("Ola Brant was convicted on Feb. 11 and will be sentenced April 14.")[0] == "April 14"
    assert _date("Ola Brant was arrested in May; sentencing is set for Sept. 8.")[0] == "Sept. 8"
    assert _date("Ola Brant was arrested in May. He has not yet been sentenced.") is None
    assert _date("Ola Brant was sentenced for a burglary committed on March 2.") is None
    assert _date("In a sentencing memorandum filed Monday, prosecutors asked that Ola Brant serve a year.") is None
    assert _date("Ola Brant was ordered to report to prison on July 19.") is None


def test_a_co_defendants_sentencing_date_is_not_the_defendants():
    people = [Party("Ola Brant"), Party("Ned Cole")]
    assert _date("Ola Brant pleaded guilty to fraud and will be sentenced Sept. 8. Ned Cole, who admitted his part last "
                 "year, is to be sentenced in August.", parties=people)[0] == "Sept. 8"
    assert _date("Ola Brant was convicted of fraud last week. Brant's lawyer said Brant would appeal. Ned Cole pleaded "
                 "guilty to helping Brant. He is scheduled to be sentenced Aug. 2.", parties=people) is None


def test_a_round_up_of_cases_has_no_one_sentencing_date():
    assert _date("DENVER (AP) — Ola Brant was sentenced Thursday to two years in prison for theft.\n\n"
                 "BOISE, Idaho (AP) — Ned Cole was sentenced Friday to probation for fraud.") is None


def test_a_resentencing_is_a_sentencing_with_its_count_and_suspended_part():
    _, s = _sentencing("A judge on Monday resentenced Rhea Dunmoor, 27, to 18 years for arson, then suspended all but "
                       "15 years of that term. Dunmoor will spend the final three years of the sentence on probation.")
    terms = {t.text: t for t in s.terms}
    # (a length with no kind word keeps the offence it was given for: "18 years", alone, says nothing)
    assert terms["18 years for arson"].status == "imposed" and terms["18 years for arson"].amount == 18
    assert terms["suspended all but 15 years"].amount == 15
    assert terms["the final three years of the sentence on probation"].kind == "probation"
    assert terms["the final three years of the sentence on probation"].status == "imposed"
    assert [c.text for c in s.charges] == ["arson"]
    later = _term_texts("The appeals court ordered a new hearing, and Judge Ivy Stone cut the term, resentencing him "
                        "to 40 months after the ruling. She also reduced the fine to $9,000 from $25,000.")
    assert later["40 months"].status == "imposed"
    assert later["reduced the fine to $9,000"].amount == 9000


def test_decades_supervised_release_for_and_ranges_with_fractions():
    terms = _term_texts("A judge handed Rhea Dunmoor two decades in state prison. She will be on supervised release "
                        "for four years after that. Her co-worker got 7½ to 14 months in the county correctional facility.")
    assert terms["two decades in state prison"].amount == 20 and terms["two decades in state prison"].unit == "years"
    assert terms["supervised release for four years"].kind == "supervised_release"
    assert "7½ to 14 months in the county correctional facility" in terms


def test_orders_without_an_amount_and_stacked_count_terms():
    terms = _term_texts("Judge Ivy Stone also imposed a lifetime driver's license suspension and ordered Rhea Dunmoor "
                        "to pay full restitution to the school.")
    assert terms["lifetime driver's license suspension"].unit == "life"
    assert terms["pay full restitution"].kind == "restitution" and terms["pay full restitution"].amount is None
    stacked = _term_texts("Judge Ivy Stone sentenced Rhea Dunmoor to 12 years on the robbery and assault counts and "
                          "the mandatory seven years on the gun count, for a total of 19 years.")
    assert {"12 years on the robbery and assault counts", "mandatory seven years on the gun count"} <= set(stacked)


def test_forfeiture_runs_to_the_end_of_its_list_of_property():
    terms = _term_texts("Judge Ivy Stone ordered Rhea Dunmoor to forfeit $90,500 in cash, her bakery building and a "
                        "2019 Ford Ranger. Her partner must hand over his lake cabin and a 2020 ski boat. The court "
                        "also entered a forfeiture money judgment of $2.5 million.")
    assert "forfeit $90,500 in cash, her bakery building and a 2019 Ford Ranger" in terms
    assert "hand over his lake cabin and a 2020 ski boat" in terms
    assert terms["forfeiture money judgment of $2.5 million"].amount == 2_500_000


def _by_text(sentencing):
    return {t.text: (t.status, t.by) for t in sentencing.terms}


def test_time_on_supervised_release_and_an_amount_without_the_sentence_comma():
    parties = [Party("Ines Pratt", roles=["judge"]), Party("Cole Vargo")]
    _, s = _sentencing("Judge Ines Pratt ordered Cole Vargo to forfeit $48,200, pay a $9,000 fine and spend three years "
                       "on supervised release after prison.", parties=parties)
    terms = _by_text(s)
    assert terms["three years on supervised release"] == ("imposed", "Ines Pratt")
    assert "forfeit $48,200" in terms and "forfeit $48,200," not in terms


def test_a_court_order_without_an_amount_keeps_its_whole_role():
    _, s = _sentencing("Judge Ines Pratt sentenced Ona Reyes to two years in prison. The judge also barred Reyes from serving "
                       "as treasurer of any club or charity.", parties=[Party("Ines Pratt", roles=["judge"])])
    assert "barred Reyes from serving as treasurer of any club or charity" in _by_text(s)


def test_an_instalment_is_not_the_sum_to_repay():
    _, s = _sentencing("Judge Ines Pratt ordered Ona Reyes to repay the club at $200 a month.")
    assert not [t for t in s.terms if t.kind == "restitution"]


def test_an_earlier_case_or_the_original_sentence_is_not_this_court_s_sentence():
    _, s = _sentencing("Judge Ines Pratt sentenced Abe Norr to six years in prison on Monday. In 2017, a city court "
                       "gave him 10 days in jail for drunken driving.", parties=[Party("Ines Pratt", roles=["judge"])])
    terms = _by_text(s)
    assert terms["six years in prison"] == ("imposed", "Ines Pratt")
    assert terms["10 days in jail"] == ("other", None)
    _, s = _sentencing("Judge Ines Pratt resentenced Abe Norr to 40 months on Monday. Norr was originally sentenced to "
                       "90 months in prison in 2019. At the time, the judge also placed him on four years of probation.",
                       parties=[Party("Ines Pratt", roles=["judge"]), Party("Abe Norr")])
    terms = _by_text(s)
    assert terms["90 months in prison"][0] == "other" and terms["four years of probation"][0] == "other"


def test_a_plea_deal_s_requirements_and_open_questions_await_the_judge():
    _, s = _sentencing("The plea agreement requires Tam Oyelaran to forfeit $75,000 and requires the judge to sentence "
                       "him to between 12 and 30 months of confinement. It leaves open whether he will receive a "
                       "bad-conduct discharge.")
    terms = _by_text(s)
    assert terms["forfeit $75,000"] == ("recommended", "plea agreement")
    assert terms["between 12 and 30 months of confinement"] == ("recommended", "plea agreement")
    assert terms["bad-conduct discharge"][0] == "other"


def test_a_request_that_he_be_sentenced_is_still_the_request():
    parties = [Party("Gus Hale", roles=["Tam Oyelaran's attorney"]), Party("Tam Oyelaran")]
    _, s = _sentencing("Hale asked that Oyelaran be sentenced to three years of probation.", parties=parties)
    assert _by_text(s)["three years of probation"] == ("recommended", "Gus Hale")


def test_what_a_judge_can_impose_from_one_term_to_another_is_the_maximum():
    _, s = _sentencing("Under state law, the judge can impose anything from probation to six years in prison.")
    assert _by_text(s)["six years in prison"][0] == "maximum"


def test_someone_else_s_sentence_and_figures_of_speech_are_not_the_case_s_terms():
    parties = [Party("Ines Pratt", roles=["judge"]), Party("Luca Brandt"), Party("Vera Oseki", roles=["judge"])]
    _, s = _sentencing("Judge Ines Pratt sentenced Luca Brandt to 12 years in prison. His brother was sentenced to life "
                       "in prison without parole in a separate case. Vera Oseki, who testified against Brandt, was "
                       "sentenced to 18 months in prison. His lawyer said a longer term would amount to a death sentence.",
                       parties=parties)
    imposed = {t.text for t in s.terms if t.status == "imposed"}
    assert imposed == {"12 years in prison"}
    others = {t.text: t.subject for t in s.others}
    assert others["18 months in prison"] == "Vera Oseki"
    assert not [t for t in s.terms if t.kind == "death"]


def test_a_sentence_opened_by_the_judge_and_a_military_rank_names_the_judge():
    _, s = _sentencing("The judge, Lt. Col. Maren Sorvik, sentenced Dale Ruiz to 20 months of confinement.")
    assert s.judge is not None and s.judge.text == "Lt. Col. Maren Sorvik"
    assert _by_text(s)["20 months of confinement"] == ("imposed", "Maren Sorvik")


def test_a_figure_of_speech_is_not_a_term_but_an_equivalent_amount_is():
    _, s = _sentencing("Judge Ines Pratt sentenced Rhea Moll to 90 days in jail and ordered her to pay the equivalent "
                       "of $2,000 in restitution. Her lawyer said a longer term would have been tantamount to a life "
                       "sentence.", parties=[Party("Ines Pratt", roles=["judge"])])
    assert {t.kind for t in s.terms} == {"jail", "restitution"}


def test_another_person_inside_a_relative_clause_leaves_the_sentence_the_defendant_s():
    _, s = _sentencing("The former deputy, who beat another man outside a bar, was sentenced to four years in prison.")
    assert [(t.text, t.status) for t in s.terms] == [("four years in prison", "imposed")]
    _, s = _sentencing("Another defendant in the scheme was sentenced to 30 months in prison.")
    assert s.terms == [] and [(t.status, t.subject) for t in s.others] == [("other", "Another defendant")]


def _term_list(body: str) -> list[tuple[str, str, str]]:
    source, s = _sentencing(body, parties=[Party("Nadia Brisk"), Party("Orrin Vey", roles=["judge"])])
    for term in s.terms:
        assert source.text[term.citations[0].start:term.citations[0].end] == term.text
    return [(t.text, t.kind, t.status) for t in s.terms]


def test_a_split_sentence_keeps_the_part_to_serve_and_the_probation_tail():
    texts = [t[0] for t in _term_list("Judge Orrin Vey sentenced Nadia Brisk to 30 years with 12 to serve in prison and the "
                                      "rest on probation. Brisk wept.")]
    assert texts == ["30 years with 12 to serve in prison and the rest on probation"]
    texts = [t[0] for t in _term_list("Nadia Brisk was sentenced Monday to 18 years, the first six of them in prison, "
                                      "for the robbery.")]
    assert texts == ["18 years, the first six of them in prison"]


def test_a_probated_prison_term_is_not_shown_as_prison():
    terms = _term_list("Nadia Brisk was sentenced to three years in prison, probated for four years, so she goes home.")
    assert ("three years in prison", "suspended_sentence", "imposed") in terms
    assert ("probated for four years", "probation", "imposed") in terms
    assert not any(kind == "prison" for _, kind, _ in terms)


def test_the_suspended_part_of_those_years_is_its_own_term():
    terms = _term_list("Judge Orrin Vey sentenced Nadia Brisk to 16 years, with three of those years suspended to probation.")
    assert ("three of those years suspended to probation", "suspended_sentence", "imposed") in terms
    assert ("16 years", "prison", "imposed") in terms


def test_credit_for_time_served_is_a_term_only_when_granted():
    terms = _term_list("Nadia Brisk was sentenced to nine years in prison. She was given credit for 211 days already served.")
    assert ("credit for 211 days already served", "time_served_credit", "imposed") in terms
    terms = _term_list("Nadia Brisk was sentenced to nine years in prison. With credit for time served, she could be out by 2029.")
    assert not any(kind == "time_served_credit" for _, kind, _ in terms)


def test_conditions_with_a_pronoun_object_or_a_must_clause():
    terms = _term_list("Judge Orrin Vey sentenced Nadia Brisk to two years of probation, fined her $40,000 and barred her from "
                       "speaking to the four jurors who heard the case. She must give up her pharmacy license and complete an "
                       "outpatient alcohol treatment program.")
    texts = {t[0] for t in terms}
    assert {"fined her $40,000", "barred her from speaking to the four jurors", "give up her pharmacy license",
            "complete an outpatient alcohol treatment program"} <= texts


def test_a_long_bar_holds_while_on_probation_but_a_reporter_ban_is_no_term():
    terms = _term_list("Nadia Brisk got three years of probation. She is barred from holding any post that lets her handle cash "
                       "for a public body while on probation. Reporters were barred from the hearing.")
    assert ("barred from holding any post that lets her handle cash for a public body while on probation", "disqualification",
            "imposed") in terms  # how long the bar holds is part of it
    assert not any("Reporters" in text or "hearing" in text for text, _, _ in terms)


def test_a_sentence_of_years_on_probation_is_probation():
    terms = _term_list("Nadia Brisk received a first offender sentence of four years on probation.")
    assert terms == [("four years on probation", "probation", "imposed")]


def test_a_head_sentence_imposed_with_a_non_parole_period_is_not_the_statutory_maximum():
    terms = _term_list("Nadia Brisk was sentenced in the District Court at Parramatta to a maximum of seven years in jail, "
                       "with a non-parole period of four years.")
    assert ("a maximum of seven years in jail", "jail", "imposed") in terms
    assert ("non-parole period of four years", "non_parole_period", "imposed") in terms


def test_a_notional_sentence_and_an_earlier_leniency_are_not_terms():
    terms = _term_list("Judge Orrin Vey jailed Nadia Brisk for five years. He said the sentence would have been seven years "
                       "but for her early plea. Brisk, who was spared jail three years ago for a similar fraud, wept.")
    assert terms == [("five years", "prison", "imposed")]


def test_british_and_irish_orders_are_terms():
    terms = _term_list("Nadia Brisk was jailed for eight years. She was made subject to an indefinite sexual harm prevention "
                       "order and will be on the sex offenders register for life. Judge Orrin Vey also imposed a 12-year "
                       "driving prohibition and made a compensation order for €90,000.")
    texts = {(t[0], t[2]) for t in terms}
    assert {("indefinite sexual harm prevention order", "imposed"), ("on the sex offenders register for life", "imposed"),
            ("12-year driving prohibition", "imposed"), ("compensation order for €90,000", "imposed")} <= texts


def _with_parties(body: str):
    from builder.extract.parties import find_parties
    source = source_from_text("case.txt", "Date: 2021-06-10\n\n" + body)
    return find_sentencing(source, find_parties(source))


def test_a_relatives_sentence_told_with_a_pronoun_is_not_the_case_term():
    s = _with_parties("Ona Brisk was convicted of reckless endangerment. Brisk's son, Dex, was 16 when he set "
                      "the fire. He pleaded guilty to arson and was sentenced last year to 20 years in prison.")
    term = next(t for t in s.others if t.text == "20 years in prison")
    assert (term.status, term.subject) == ("other", "Dex Brisk")


def test_exposure_and_pretrial_conditions_are_not_imposed_terms():
    s = _with_parties("Ivo Penn pleaded guilty to fraud. When Judge Ada Crane asked whether he understood that he "
                      "could spend the rest of his life in prison, Penn said yes. Penn has been free on conditions "
                      "that include electronic monitoring.")
    assert s.terms == []
    s = _with_parties("Ivo Penn had been serving life in prison until a judge vacated his conviction. Exonerated "
                      "people can seek up to $40,000 in compensation from the state.")
    assert [(t.text, t.status) for t in s.terms] == [("life in prison", "other")]


def test_requests_keep_their_side_and_kind_first_wording():
    s = _with_parties("Prosecutors want Kel Ames sent to county jail for two years. His lawyers are asking for "
                      "probation and anger counseling\u2014no time behind bars. Judge Rui Sato weighed the "
                      "prosecution\u2019s request for two years in jail.")
    got = {t.text: (t.status, t.by) for t in s.terms}
    assert got["sent to county jail for two years"][0] in ("sought", "recommended")
    assert got["no time behind bars"][0] == "recommended"
    assert got["two years in jail"] == ("recommended", "prosecutors")


def test_a_program_with_a_possessive_name_is_a_term_but_the_laws_rule_is_not():
    s = _with_parties("Judge Rui Sato ordered Kel Ames to complete a 26-week batterer\u2019s education program.")
    assert [t.text for t in s.terms if t.kind == "program"] == ["complete a 26-week batterer\u2019s education program"]  # its verb kept
    s = _with_parties("Kel Ames pleaded guilty to assault. A person granted probation for assault must usually "
                      "complete a 26-week batterer's education program.")
    assert [t for t in s.terms if t.kind == "program"] == []


def test_a_hearing_about_the_sentence_dates_the_sentencing():
    s = _with_parties("Kel Ames pleaded guilty to assault. His sentence will be decided at a hearing scheduled "
                      "for Aug. 9.")
    assert s.sentencing_date is not None and s.sentencing_date.value == dt.date(2021, 8, 9)


def test_a_lifetime_bar_from_a_list_of_activities_is_one_term():
    _, s = _sentencing("Judge Ana Ruiz sentenced Lena Holt to four years in prison and barred her for life from owning, "
                       "managing or working at any animal shelter in the state.")
    bar = _terms(s)["disqualification"]
    assert bar.text == "barred her for life from owning, managing or working at any animal shelter"
    assert (bar.status, bar.unit) == ("imposed", "life")


# ----------------------------------------------------------------------------- round 8: state-court words, conditions, status


def _terms_by_text(sentencing):
    return {t.text: t for t in sentencing.terms}


def test_indeterminate_range_with_units_on_both_ends_keeps_its_minimum():
    _, s = _sentencing("Judge Ana Reyes sentenced Tom Hale on Monday to 18 months to six years in prison for the crash.")
    term = _terms_by_text(s)["18 months to six years in prison"]
    assert term.status == "imposed" and term.amount == 6 and term.unit == "years"


def test_fractional_concurrent_range_given_by_the_judge_is_one_term():
    _, s = _sentencing("Judge Ana Reyes gave him a concurrent 1 2/3 to 5 years for assault.")
    assert "concurrent 1 2/3 to 5 years for assault" in _terms_by_text(s)


def test_hard_labor_and_adjective_probation_are_sentence_words():
    _, s = _sentencing("Judge Ana Reyes sentenced Tom Hale to eight years at hard labor. "
                       "Hale will then be on four years of active probation.")
    terms = _terms_by_text(s)
    assert terms["eight years at hard labor"].kind == "prison"
    assert terms["four years of active probation"].kind == "probation"


def test_probated_remainder_is_probation_not_prison():
    _, s = _sentencing("Judge Ana Reyes resentenced Tom Hale to two years in prison. "
                       "She then probated the remainder of the sentence for four years.")
    assert not any(t.kind == "prison" and t.amount == 4 for t in s.terms)
    assert _terms_by_text(s)["probated the remainder of the sentence for four years"].kind == "probation"


def test_conditions_written_as_their_own_sentence_with_a_pronoun_subject():
    _, s = _sentencing("Judge Ana Reyes sentenced Tom Hale to two years of probation. "
                       "He is barred from driving a school bus for the rest of his probation and may have no contact with the victim. "
                       "His driver's license was revoked for three years.")
    terms = _terms_by_text(s)
    assert terms["barred from driving a school bus for the rest of his probation"].status == "imposed"
    assert terms["no contact with the victim"].status == "imposed"
    assert terms["driver's license was revoked for three years"].amount == 3


def test_a_ban_on_someone_else_is_no_term():
    _, s = _sentencing("Judge Ana Reyes sentenced Tom Hale to two years of probation. Reporters were barred from the courtroom.")
    assert not any(t.kind == "disqualification" for t in s.terms)


def test_middle_item_of_an_ordered_list_and_a_worn_device():
    _, s = _sentencing("Judge Ana Reyes ordered Tom Hale to wear an alcohol-monitoring bracelet, complete an anger management "
                       "program and undergo drug counseling.")
    texts = set(_terms_by_text(s))
    assert {"wear an alcohol-monitoring bracelet", "complete an anger management program", "undergo drug counseling"} <= texts


def test_costs_and_a_restitution_fine_are_their_own_money_kinds():
    _, s = _sentencing("Judge Ana Reyes ordered Tom Hale to pay $900 in restitution to Mia Cole, plus a $2,000 restitution fine "
                       "and court costs. He must also pay $700 in fines and costs.")
    terms = _terms_by_text(s)
    assert terms["$2,000 restitution fine"].kind == "fine" and terms["$2,000 restitution fine"].subject is None
    assert terms["$900 in restitution"].kind == "restitution"
    assert terms["court costs"].kind == "costs"
    assert terms["$700 in fines and costs"].amount == 700


def test_hypothetical_and_conditional_terms_are_not_imposed():
    _, s = _sentencing("Judge Ana Reyes sentenced Tom Hale to five years in prison, declining an enhancement that could have "
                       "meant life in prison. Under his deferred plea, if he fails, the judge can revoke it and sentence him "
                       "to anywhere from three to 12 years in prison.")
    assert not any(t.unit == "life" for t in s.terms)
    assert all(t.status != "imposed" for t in s.terms if t.amount == 12)


def test_asking_for_the_maximum_is_a_request():
    _, s = _sentencing("Prosecutors asked for the maximum, 25 years to life. Judge Ana Reyes sentenced Tom Hale to 15 years to life.")
    asked = next(t for t in s.terms if t.amount == 25)
    assert asked.status == "recommended" and asked.by == "prosecutors"


def test_request_running_past_but_stays_a_request():
    _, s = _sentencing("The state's filing asks the court to add the enhancement but to impose the nine-year term.")
    assert all(t.status != "imposed" for t in s.terms)


def test_a_rounded_lede_is_not_a_second_custody_term():
    _, s = _sentencing("A Dallas dentist will spend the next six years in federal prison. "
                       "Judge Ana Reyes sentenced Tom Hale to 70 months in prison on Tuesday.")
    custody = [t for t in s.terms if t.kind == "prison" and t.status == "imposed"]
    assert [t.amount for t in custody] == [70]


def test_a_name_after_a_preposition_is_not_the_one_sentenced():
    parties = [Party("Tom Hale"), Party("Storm Ida"), Party("Ana Reyes", roles=["judge"])]
    _, s = _sentencing("A contractor who took deposits after Storm Ida, Tom Hale, was sentenced to four years in prison. "
                       "Hale pleaded guilty in March.", parties=parties)
    term = _terms_by_text(s)["four years in prison"]
    assert term.status == "imposed" and term.subject is None


def test_credit_for_days_spent_in_jail_is_a_term():
    _, s = _sentencing("Judge Ana Reyes sentenced Tom Hale to 30 months in prison on Tuesday. Hale will receive credit for one day "
                       "he spent in jail after his arrest. He also gets credit for the roughly 11 months he has spent in the "
                       "Polk County Jail.")
    credits = [t for t in s.terms if t.kind == "time_served_credit"]
    assert [t.text for t in credits] == ["credit for one day he spent in jail",
                                         "credit for the roughly 11 months he has spent in the Polk County Jail"]
    assert all(t.status == "imposed" for t in credits)


def test_a_hoped_for_credit_is_no_term():
    _, s = _sentencing("Judge Ana Reyes sentenced Tom Hale to 30 months in prison. With credit for time served, he could be "
                       "released by next spring. He will receive credit for time served.")
    assert not any(t.kind == "time_served_credit" for t in s.terms)


def test_forfeited_property_and_bans_keep_their_whole_list():
    _, s = _sentencing("Judge Ana Reyes sentenced Tom Hale to 30 months in prison and ordered him to forfeit the shotgun, "
                       "laptop and night-vision scope found in his garage. Hale is permanently barred from serving as a trustee, "
                       "executor or guardian in Iowa. She also permanently barred him from piloting any aircraft and ordered "
                       "him to pay $7,250 in investigation costs.")
    texts = [t.text for t in s.terms]
    assert "forfeit the shotgun, laptop and night-vision scope" in texts
    assert "permanently barred from serving as a trustee, executor or guardian" in texts
    assert "permanently barred him from piloting any aircraft" in texts
    costs = _terms_by_text(s)["$7,250 in investigation costs"]
    assert costs.kind == "costs" and costs.amount == 7250 and costs.status == "imposed"


def test_a_sentence_suspended_whole_or_in_part_is_not_custody():
    _, s = _sentencing("Judge Ana Reyes sentenced Tom Hale to eight years in prison, then suspended that sentence and placed "
                       "him on community supervision for five years. She sentenced Hale's partner, Gil Roy, to nine years in "
                       "prison but suspended four years of that sentence.")
    whole = _terms_by_text(s)["eight years in prison, then suspended that sentence"]
    assert whole.kind == "suspended_sentence" and whole.amount == 8
    assert _terms_by_text(s)["community supervision for five years"].kind == "probation"
    assert not any(t.kind == "prison" and t.amount == 8 for t in s.terms)
    assert _terms_by_text(s)["suspended four years of that sentence"].kind == "suspended_sentence"


def test_figures_of_speech_and_cited_precedents_are_not_terms():
    _, s = _sentencing("Prosecutors asked for five years in prison. Tom Hale's lawyers argued that any prison term would be "
                       "\u201ca death sentence in slow motion\u201d for a man his age, pointing to a Tulsa pharmacist who "
                       "received 14 months in 2019.")
    assert [t.text for t in s.terms] == ["five years in prison"]


def test_an_agency_taking_a_licence_is_not_the_court():
    _, s = _sentencing("Judge Ana Reyes sentenced Tom Hale to two years in prison. The state revoked his driver's license. "
                       "The county's Contractor Licensing Board revoked Hale's license in 2022.")
    assert not any(t.kind == "licence_revocation" for t in s.terms)


def test_an_upheld_sentence_and_a_described_defendant_are_imposed():
    parties = [Party("Lisa Harte"), Party("Tom Hale")]
    _, s = _sentencing("A Dunmoor man who plotted to rob Gov. Lisa Harte at her lake house was sentenced Thursday to 24 years "
                       "in federal prison.\n\nA state appeals court upheld the seven-year prison sentence of his accomplice.",
                       parties=parties)
    lead = _terms_by_text(s)["24 years in federal prison"]
    assert lead.status == "imposed" and lead.subject is None
    assert _terms_by_text(s)["seven-year prison sentence"].status == "imposed"


def test_a_proposer_is_the_side_not_a_place_or_a_pronoun():
    _, s = _sentencing("Bronx prosecutors sought 70 months in prison for Tom Hale. Prosecutors dismissed his letters of "
                       "support. They asked the judge to impose 60 months of supervised release.")
    assert _terms_by_text(s)["70 months in prison"].by == "prosecutors"
    assert _terms_by_text(s)["60 months of supervised release"].by == "prosecutors"


def test_a_counted_group_of_others_is_not_the_defendant():
    parties = [Party("Tom Hale")]
    _, s = _sentencing("Tom Hale was convicted of theft. Hale is a former treasurer. Three co-workers charged with "
                       "aggravated assault were fired. Two years ago prosecutors charged Hale with forgery.", parties=parties)
    assert [c.text for c in s.charges] == ["theft", "forgery"]


def test_a_request_after_a_colon_and_a_punishable_range():
    _, s = _sentencing("Tom Hale pleaded guilty to theft. Prosecutors asked Judge Ana Reyes to impose the maximum allowed under "
                       "the plea deal: 12 years in prison, plus $1.1 million in restitution. Hale's lawyer asked for the "
                       "minimum, four years, arguing that he had repaid $80,000. Theft is a felony punishable by two to 20 years "
                       "in prison.")
    for text, by in [("12 years in prison", "prosecutors"), ("$1.1 million in restitution", "prosecutors"),
                     ("four years", "Hale's lawyer")]:
        asked = _terms_by_text(s)[text]
        assert (asked.status, asked.by) == ("recommended", by)
    assert _terms_by_text(s)["two to 20 years in prison"].status == "maximum"


def test_a_request_for_the_maximum_per_count_after_a_colon():
    _, s = _sentencing("Tom Hale was convicted of vehicular homicide. Prosecutors asked Judge Ana Reyes for the maximum: "
                       "15 years on each homicide count, to run back to back.")
    asked = _terms_by_text(s)["15 years on each homicide count"]
    assert asked.status == "recommended" and asked.by == "prosecutors"


def test_a_judge_citing_reasons_still_sentences():
    _, s = _sentencing("Citing two prior convictions, Judge Ana Reyes sentenced Tom Hale to 10 years in prison.")
    assert _terms_by_text(s)["10 years in prison"].status == "imposed"


def test_a_subject_described_by_a_company_or_a_whose_clause_is_the_defendant():
    parties = [Party("Kestrel Foods"), Party("Pine Hollow Fire"), Party("Tobin Marsh"), Party("Vera Oseki", roles=["judge"])]
    _, s = _sentencing("A former Kestrel Foods manager who skimmed $900,000 from payroll was sentenced Monday to five years "
                       "in federal prison. Judge Vera Oseki said Tobin Marsh had betrayed his colleagues.", parties=parties)
    assert _terms(s)["prison"].status == "imposed" and _terms(s)["prison"].subject is None
    _, s = _sentencing("The Alder farmer whose brush fire started the 2020 Pine Hollow Fire was sentenced Friday to four years "
                       "in state prison. Judge Vera Oseki said Tobin Marsh had ignored a burn ban.", parties=parties)
    assert _terms(s)["prison"].status == "imposed" and _terms(s)["prison"].subject is None


def test_a_request_in_another_persons_case_carries_that_person():
    parties = [Party("Tobin Marsh"), Party("Ruby Fane"), Party("Vera Oseki", roles=["judge"])]
    _, s = _sentencing("Tobin Marsh was convicted in March of fraud. Prosecutors want Marsh to serve nine years in prison, "
                       "they told Judge Vera Oseki. Marsh denies wrongdoing.\n\nRuby Fane, his business partner, is to be "
                       "sentenced in April. Prosecutors have said "
                       "they will seek about three years in her case.", parties=parties)
    by_text = {t.text: t for t in [*s.terms, *s.others]}
    assert by_text["nine years in prison"].subject is None
    assert by_text["about three years"].subject == "Ruby Fane" and by_text["about three years"] in s.others


def test_parole_minimum_no_contact_order_and_lifelong_registration_are_imposed():
    parties = [Party("Tobin Marsh"), Party("Vera Oseki", roles=["judge"])]
    _, s = _sentencing("Judge Vera Oseki ordered Tobin Marsh, 41, to serve at least four years before he is eligible for "
                       "parole. She also imposed a no-contact order barring him from calling the victims. He will be required "
                       "to register as a sex offender for the rest of his life.", parties=parties)
    terms = _terms(s)
    # the parole condition is the term's own: "at least four years" alone does not say what it is the least of
    assert terms["minimum_term"].text == "at least four years before he is eligible for parole"
    assert terms["minimum_term"].status == "imposed"
    assert terms["no_contact"].text == "no-contact order barring him from calling the victims"
    assert terms["no_contact"].status == "imposed"
    assert terms["registration"].text == "register as a sex offender for the rest of his life"


def test_a_fixed_part_and_a_modal_forfeiture_stay_with_their_terms():
    parties = [Party("Tobin Marsh"), Party("Vera Oseki", roles=["judge"])]
    _, s = _sentencing("County prosecutors want a unified sentence of nine years, with four fixed, for Tobin Marsh.",
                       parties=parties)
    assert _terms(s)["prison"].text == "unified sentence of nine years, with four fixed"
    _, s = _sentencing("Judge Vera Oseki sentenced Tobin Marsh to two years in prison. Marsh must also forfeit a cabin "
                       "near Lake Placid, New York.", parties=parties)
    assert _terms(s)["forfeiture"].text == "forfeit a cabin near Lake Placid, New York"
    assert _terms(s)["forfeiture"].status == "imposed"
    _, s = _sentencing("The indictment also seeks forfeiture of a lakeside cottage, two boats and $90,000 in cash seized "
                       "during the raid.", parties=parties)
    assert _terms(s)["forfeiture"].text == "forfeiture of a lakeside cottage, two boats and $90,000 in cash"


def test_an_earlier_years_bar_is_not_the_sentence():
    parties = [Party("Tobin Marsh")]
    _, s = _sentencing("Tobin Marsh was convicted Monday of fraud. A judge barred him from serving as a trustee in 2018, "
                       "and he lost his license that spring.", published="2024-05-01", parties=parties)
    assert "disqualification" not in _terms(s)


def test_what_a_side_says_should_happen_is_its_request():
    parties = [Party("Tobin Marsh"), Party("Vera Oseki", roles=["judge"])]
    _, s = _sentencing("Tobin Marsh was convicted in March. Marsh's defense team says he should be placed on probation and "
                       "serve no more than six months in county jail.", parties=parties)
    jail = _terms(s)["jail"]
    assert jail.status == "recommended" and jail.by and "defense" in jail.by


def test_asking_for_the_maximum_between_dashes_is_a_request():
    parties = [Party("Tobin Marsh")]
    _, s = _sentencing("Prosecutors are asking a judge to give the maximum sentence \u2013 nine years and four months in "
                       "state prison \u2013 to Tobin Marsh, who was convicted in March.", parties=parties)
    prison = _terms(s)["prison"]
    assert prison.status == "recommended" and prison.by == "prosecutors"


def test_terms_compared_with_the_sentence_are_the_sides_requests():
    parties = [Party("Tobin Marsh"), Party("Vera Oseki", roles=["judge"])]
    _, s = _sentencing("Judge Vera Oseki sentenced Tobin Marsh to five years in prison and ordered him to pay $20,000 in "
                       "restitution \u2014 the cost of the stolen equipment \u2014 and a $3,000 fine. The sentence was two years "
                       "shorter than the seven years in prison prosecutors had sought, but far more than the three years of "
                       "probation his attorneys requested.", parties=parties)
    by_text = {t.text: t for t in s.terms}
    assert by_text["five years in prison"].status == "imposed"
    assert by_text["seven years in prison"].status == "sought" and by_text["seven years in prison"].by == "prosecutors"
    assert by_text["three years of probation"].status == "recommended"
    assert by_text["$3,000 fine"].status == "imposed"


def test_a_list_after_a_colon_is_what_the_side_asks_for():
    parties = [Party("Tobin Marsh"), Party("Vera Oseki", roles=["judge"])]
    _, s = _sentencing("Tobin Marsh pleaded guilty in May. His lawyers are asking Judge Vera Oseki for a much lighter sentence: "
                       "probation, with nine months of home confinement and 500 hours of community service.", parties=parties)
    terms = _terms(s)
    assert terms["home_confinement"].status == "recommended" and terms["community_service"].status == "recommended"
    assert terms["home_confinement"].by == "Marsh's lawyers"


def test_a_guidelines_range_bound_is_no_request_and_sending_to_prison_is_one():
    parties = [Party("Tobin Marsh"), Party("Vera Oseki", roles=["judge"])]
    _, s = _sentencing("Federal sentencing guidelines, which judges must weigh but need not follow, recommend a range of "
                       "41 to 51 months for the fraud count.", parties=parties)
    assert all(t.status not in ("recommended", "sought") for t in s.terms)
    _, s = _sentencing("Prosecutors asked Judge Vera Oseki to send a former town treasurer to prison for six years.",
                       parties=parties)
    prison = _terms(s)["prison"]
    assert prison.text == "prison for six years" and prison.status == "recommended" and prison.by == "prosecutors"


def test_an_unnamed_county_judge_is_the_judge_the_paragraph_names():
    parties = [Party("Tobin Marsh"), Party("Vera Oseki", roles=["judge"])]
    _, s = _sentencing("On Monday, a Dorset County judge sentenced Marsh to three years in prison. Circuit Judge Vera Oseki "
                       "also barred him from handling client funds.", parties=parties)
    assert _terms(s)["prison"].by == "Vera Oseki"


def test_a_mandatory_minimum_is_the_laws_floor_not_a_maximum():
    _, s = _sentencing("Tom Hale faces a mandatory minimum sentence of 10 years in prison when he is sentenced in June. "
                       "Prosecutors asked for the mandatory minimum of 10 years in prison.")
    statuses = sorted(t.status for t in s.terms if t.amount == 10)
    assert "maximum" not in statuses and "recommended" in statuses


def test_a_bar_framed_by_supervision_is_an_imposed_condition():
    _, s = _sentencing(
        "Judge Hal Brandt sentenced Tessa Quillen to 30 months in prison on Monday. While on supervision, she may not "
        "trade stocks or open a bank account without approval from her probation officer.\n\n"
        "Quillen may not return to her old job, her lawyer said.")
    bars = [t for t in s.terms if t.text.startswith("may not")]
    assert [(t.text, t.status) for t in bars] == [("may not trade stocks or open a bank account", "imposed")]


def test_a_second_sum_named_only_by_its_payee_shares_the_first_ones_kind_and_side():
    _, s = _sentencing(
        "Judge Hal Brandt ordered Tessa Quillen to pay $92,400 in restitution to the Elm Street food bank and $7,150 to "
        "the state, and to serve two years of probation.\n\n"
        "Prosecutors had asked for full restitution of $92,400 to the food bank, plus $7,150 to the tax department.")
    found = {(t.text, t.status, t.amount) for t in s.terms if t.kind == "restitution"}
    assert ("$7,150 to the state", "imposed", 7150) in found
    assert ("$7,150 to the tax department", "recommended", 7150) in found


def test_a_survey_of_other_cases_sentences_is_no_term():
    _, s = _sentencing(
        "Tessa Quillen pleaded guilty to arson in March. Prosecutors are asking for six years in prison.\n\n"
        "Sentences in federal arson cases have ranged from probation to more than a decade in prison when someone "
        "died, said Owen Reyes, a former prosecutor. Defendants in such cases typically receive four years in prison.")
    assert [(t.text, t.status) for t in s.terms] == [("six years in prison", "recommended")]


def test_a_conditional_consequence_is_not_a_term_imposed():
    _, s = _sentencing(
        "Tessa Quillen goes on trial in May. If she is convicted, she will have to pay $5,000 in restitution.\n\n"
        "Judge Hal Brandt sentenced Ned Quillen to two years in prison. He will be subject to three years of "
        "post-release control after he leaves prison.", parties=[Party("Ned Quillen"), Party("Hal Brandt")])
    statuses = {t.text: t.status for t in s.terms}
    assert statuses["$5,000 in restitution"] == "other"
    assert statuses["three years of post-release control"] == "imposed"


def test_the_government_and_the_attorney_generals_prosecutors_are_the_prosecution():
    _, s = _sentencing(
        "The government's memo asks for 40 months in prison for Tessa Quillen.\n\n"
        "Prosecutors from the state Attorney General's office had asked for eight years for Ned Quillen's partner.")
    assert {t.text: t.by for t in s.terms} == {"40 months in prison": "prosecutors", "eight years": "prosecutors"}


def test_the_day_a_judge_will_announce_the_sentence_or_hear_the_memos_is_the_sentencing():
    _, s = _sentencing("Judge Hal Brandt heard from both sides Monday and said he would announce the sentence Oct. 7. "
                       "Tessa Quillen faces up to 10 years.", published="2024-09-30")
    assert s.sentencing_date is not None and s.sentencing_date.value == dt.date(2024, 10, 7)
    _, s = _sentencing("Prosecutors want Tessa Quillen to spend six years in prison, according to a sentencing memorandum "
                       "filed ahead of a hearing scheduled for Oct. 9.", published="2024-09-30")
    assert s.sentencing_date is not None and s.sentencing_date.text == "Oct. 9"


def test_a_request_to_send_a_titled_defendant_to_prison_and_the_other_sides_enough():
    parties = [Party("Tessa Quillen"), Party("Ned Park")]
    _, s = _sentencing(
        "Prosecutors are asking a judge to send former county clerk Tessa Quillen to prison for seven years, while her "
        "lawyers say three years is enough.", parties=parties)
    found = {t.text: (t.status, t.amount) for t in s.terms}
    assert found["prison for seven years"] == ("recommended", 7)
    assert found["three years"] == ("recommended", 3)
    assert {t.text: t.by for t in s.terms}["prison for seven years"] == "prosecutors"


def test_ohios_community_control_is_probation():
    parties = [Party("Tessa Quillen"), Party("Ned Park")]
    _, s = _sentencing(
        "Tessa Quillen was convicted in May. Her attorney, Ned Park, asked that she be placed on community control.",
        parties=parties)
    assert [(t.text, t.kind, t.status) for t in s.terms] == [("community control", "probation", "recommended")]


def test_a_kind_named_without_its_length_is_a_term_with_its_status_and_side():
    body = ("Vera Stroud was sentenced Tuesday to 30 months in prison. Prosecutors had asked for four years; "
            "Stroud's lawyers sought probation. Her attorney, Kit Noles, had asked the judge to sentence her to "
            "home confinement. She was on probation at the time, and her probation officer testified.")
    _, s = _sentencing(body, parties=find_parties(source_from_text("case.txt", body)))
    asked = {(t.text, t.kind, t.status, t.by) for t in s.terms if t.status != "imposed"}
    assert ("probation", "probation", "sought", "Stroud's lawyers") in asked
    assert ("home confinement", "home_confinement", "recommended", "Kit Noles") in asked
    assert [t.text for t in s.terms if t.status == "imposed"] == ["30 months in prison"]  # her old probation is no term


def test_a_bare_kind_the_court_orders_joins_the_same_kind_told_with_its_length():
    source, s = _sentencing("A judge ordered Vera Stroud to perform community service and pay restitution. She must pay "
                            "$4,000 in restitution to the city. She was placed on probation. Judge Al Ruiz imposed three years "
                            "of probation.")
    imposed = {t.text: t for t in s.terms if t.status == "imposed"}
    assert set(imposed) == {"community service", "$4,000 in restitution", "three years of probation"}
    cited = {source.text[c.start:c.end] for c in imposed["$4,000 in restitution"].citations}
    assert cited == {"restitution", "$4,000 in restitution"}  # the bare mention is kept as a second citation
    assert len(imposed["three years of probation"].citations) == 2


def test_a_joint_order_is_the_defendants_term_and_another_persons_alone_is_theirs():
    parties = [Party("Rolf Achter"), Party("Dina Pruitt")]
    body = ("Rolf Achter was sentenced to six years in prison for wire fraud. His office manager, Dina Pruitt, was "
            "sentenced to 20 months in prison. The judge ordered Achter and Pruitt to pay $900,000 in restitution.")
    _, s = _sentencing(body, parties=parties)
    assert {t.text for t in s.terms} == {"six years in prison", "$900,000 in restitution"}
    assert [(t.text, t.subject) for t in s.others] == [("20 months in prison", "Dina Pruitt")]


@pytest.mark.parametrize("body, imposed", [
    ("Judge Lise Amand sentenced Corwin Pell to life in prison with the possibility of parole for the murder.",
     "life in prison with the possibility of parole"),
    ("Corwin Pell was given life with parole eligibility after 25 years.", "life with parole eligibility after 25 years"),
    ("A judge on Friday sentenced Corwin Pell to life without the chance of parole.", "life without the chance of parole"),
])
def test_whether_a_life_term_allows_parole_is_part_of_the_term(body, imposed):
    _, s = _sentencing(body)
    life = [t for t in s.terms if t.unit == "life"]
    assert [(t.text, t.status) for t in life] == [(imposed, "imposed")]


def test_a_life_spent_with_family_is_no_term():
    _, s = _sentencing("Corwin Pell said he hoped to spend his life with his family after the hearing.")
    assert s.terms == []


@pytest.mark.parametrize("lede, formal", [
    ("Corwin Pell will spend most, if not all, of the rest of his life in prison.",
     "Judge Lise Amand sentenced Pell to life in prison with the possibility of parole."),
    ("A former nurse is set to spend the rest of her life behind bars.",
     "Judge Lise Amand sentenced Nadia Ferro on Monday to life without the possibility of parole."),
    ("Corwin Pell will now spend the rest of his life in prison, a judge ruled.",
     "Judge Lise Amand gave Pell life in prison without parole."),
])
def test_the_courts_wording_is_shown_for_a_life_term_a_lede_tells_loosely(lede, formal):
    source, s = _sentencing(f"{lede}\n\n{formal}")
    imposed = [t for t in s.terms if t.status == "imposed"]
    assert len(imposed) == 1  # one term told twice
    assert imposed[0].text in formal and len(imposed[0].citations) == 2
    first = imposed[0].citations[0]
    assert source.text[first.start:first.end] == imposed[0].text


@pytest.mark.parametrize("body, bar", [
    ("Judge Lise Amand sentenced Nadia Ferro to 30 months and ordered that she never again prepare tax returns for "
     "anyone other than herself.", "never again prepare tax returns for anyone other than herself"),
    ("Judge Lise Amand sentenced Nadia Ferro to 30 months. She also ordered Ferro not to contact any of the families.",
     "not to contact any of the families"),
    ("Judge Lise Amand sentenced Nadia Ferro to probation and directed that she no longer handle client money, "
     "records show.", "no longer handle client money"),
    ("Judge Lise Amand sentenced Nadia Ferro to 30 months and barred her from any contact with the Okafors' children.",
     "barred her from any contact with the Okafors' children"),
    ("Judge Lise Amand sentenced Nadia Ferro to 30 months and barred her from handling client funds during her probation.",
     "barred her from handling client funds during her probation"),
    ("Nadia Ferro got five years of probation and was prohibited from owning a firearm while on probation.",
     "prohibited from owning a firearm while on probation"),
    ("Judge Lise Amand banned Nadia Ferro from working in child care for the length of her probation.",
     "banned Nadia Ferro from working in child care for the length of her probation"),
])
def test_a_bar_the_court_words_as_an_order_or_with_its_length_is_an_imposed_term(body, bar):
    _, s = _sentencing(body)
    assert (bar, "imposed") in {(t.text, t.status) for t in s.terms}


@pytest.mark.parametrize("body", [
    "Judge Lise Amand sentenced Nadia Ferro to 30 months. She ordered her not to speak during the hearing.",
    "Judge Lise Amand sentenced Nadia Ferro to 30 months. She ordered that Ferro remain in custody.",
])
def test_a_courtroom_instruction_is_no_bar(body):
    _, s = _sentencing(body)
    assert [t.text for t in s.terms] == ["30 months"]


@pytest.mark.parametrize("later", [
    "Ferro has repaid about $12,000 in restitution so far.",
    "She had already paid $4,500 in restitution before the hearing.",
    "A prison drug program can shorten a sentence by up to a year.",
    "Good-conduct credit could cut her term by as much as 12 months.",
])
def test_money_already_paid_and_a_reduction_are_no_terms(later):
    _, s = _sentencing(f"Judge Lise Amand sentenced Nadia Ferro to 30 months in prison. {later}")
    assert [t.text for t in s.terms] == ["30 months in prison"]


@pytest.mark.parametrize("ask", [
    "Her lawyer asked for probation so that Nadia Ferro can keep working and pay restitution.",
    "Her lawyer asked for probation, arguing it would let her return to work and make restitution.",
    "Her lawyer asked for probation, saying it would allow her to keep her job and pay restitution.",
])
def test_what_a_request_would_let_the_defendant_do_is_no_term(ask):
    _, s = _sentencing(ask)
    assert [t.text for t in s.terms] == ["probation"]


def test_an_order_to_pay_restitution_beside_another_duty_is_a_term():
    _, s = _sentencing("The judge ordered Nadia Ferro to keep her job and pay restitution.")
    assert [(t.text, t.status) for t in s.terms] == [("restitution", "imposed")]


_OWN = ("Dana Okafor was sentenced Tuesday to 20 years in prison for robbing an armored truck, Circuit Judge Lise Amand "
        "ruled. Okafor, 34, was convicted in March.\n\n")


@pytest.mark.parametrize("other, subject", [
    ("The getaway driver, Tomas Reyna, received 12 years in prison last year.", "Tomas Reyna"),
    ("Tomas Reyna got 12 years in prison in exchange for testifying against Okafor.", "Tomas Reyna"),
    ("Two other men were convicted. Tomas Reyna received 12 years in prison; Del Fiske got eight years in prison.", "Tomas Reyna"),
    ("Okafor's accomplice was sentenced to 12 years in prison in April.", "Okafor's accomplice"),
    ("Okafor testified against his cousin Del Fiske, who got 12 years in prison.", "Del Fiske"),
])
def test_another_persons_sentence_told_beside_the_defendants_is_theirs(other, subject):
    body = _OWN + other
    _, s = _sentencing(body, parties=find_parties(source_from_text("case.txt", body)))
    assert [t.text for t in s.terms] == ["20 years in prison"]
    assert subject in {t.subject for t in s.others} and all(t.text != "20 years in prison" for t in s.others)


@pytest.mark.parametrize("other, subject, status", [
    ("Tomas Reyna is scheduled to be sentenced in May and faces up to 15 years in prison.", "Tomas Reyna", "maximum"),
    ("Prosecutors are seeking 10 years in prison for Tomas Reyna, who pleaded guilty in April.", "Tomas Reyna", "sought"),
    ("The driver, Tomas Reyna, could get up to 15 years in prison.", "Tomas Reyna", "maximum"),
])
def test_another_persons_request_or_exposure_is_theirs(other, subject, status):
    body = _OWN + other
    _, s = _sentencing(body, parties=find_parties(source_from_text("case.txt", body)))
    assert [t.text for t in s.terms] == ["20 years in prison"]
    assert [(t.subject, t.status) for t in s.others] == [(subject, status)]


@pytest.mark.parametrize("own", [
    "Prosecutor Mary Joss said Okafor received 20 years in prison.",
    "Okafor's lawyer, Mary Joss, said he received 20 years in prison and would appeal.",
    "Joan Hale wept as the judge sentenced Okafor to 20 years in prison.",
    "Tomas Reyna testified against Okafor, who got 20 years in prison.",
    "Defense lawyer Mary Joss asked for 10 years in prison for her client.",
    "Mary Joss said he faces up to 30 years in prison.",
])
def test_the_defendants_own_terms_stay_the_defendants_beside_other_names(own):
    body = "Dana Okafor, 34, was convicted in March of robbing an armored truck. Okafor will appeal.\n\n" + own
    _, s = _sentencing(body, parties=find_parties(source_from_text("case.txt", body)))
    assert s.others == [] and s.terms


def test_a_stated_length_keeps_its_first_wording():
    _, s = _sentencing("Nadia Ferro will spend 11 years in prison.\n\nJudge Lise Amand sentenced Ferro to 11 years in the "
                       "state penitentiary.")
    assert [(t.text, len(t.citations)) for t in s.terms] == [("11 years in prison", 2)]


def test_the_judge_who_orders_a_term_is_not_the_one_who_receives_it():
    body = ("Judge Lise Amand sentenced Dana Okafor to eight years in prison. Amand also ordered him to pay $40,000 in "
            "restitution and barred him from working as a contractor.")
    _, s = _sentencing(body, parties=find_parties(source_from_text("case.txt", body)))
    assert s.others == [] and "$40,000 in restitution" in {t.text for t in s.terms}


_TULLY = "Mark Tully was sentenced to 12 years in prison on Monday by Judge Ann Roe. "


@pytest.mark.parametrize("sentence, phrase", [
    ("Roe also designated Mark Tully, 48, a Tier III sex offender, meaning he must register every 90 days for life.",
     "register every 90 days for life"),
    ("The court classified Tully as a sexual predator, so he will have to register with the county sheriff every three "
     "months for the rest of his life.", "register with the county sheriff every three months for the rest of his life"),
    ("Tully was labeled a Tier II sex offender and must register twice a year for 25 years.", "register twice a year for 25 years"),
])
def test_registration_told_through_a_designation_is_an_imposed_term(sentence, phrase):
    _, s = _sentencing(_TULLY + sentence)
    assert (phrase, "imposed") in {(t.text, t.status) for t in s.terms if t.kind == "registration"}


@pytest.mark.parametrize("sentence", [
    "Roe declined to designate Tully a sexual predator, which would have required him to register for life.",
    "He must register his car every year for five years, a clerk said.",
])
def test_registering_that_nobody_ordered_is_no_term(sentence):
    _, s = _sentencing(_TULLY + sentence)
    assert [t.text for t in s.terms] == ["12 years in prison"]


@pytest.mark.parametrize("sentence, phrase", [
    ("She ordered him to have no contact with either victim or their families, and imposed five years of probation.",
     "no contact with either victim or their families"),
    ("Tully must have no contact with the two boys or their parents while on probation.", "no contact with the two boys or their parents"),
    ("He is to have no contact with any of the three women, the judge ordered.", "no contact with any of the three women"),
    ("Roe ordered Mark Tully to have no contact with Ana Reyes or her children.", "no contact with Ana Reyes or her children"),
])
def test_a_no_contact_order_names_everyone_it_covers(sentence, phrase):
    _, s = _sentencing(_TULLY + sentence)
    assert (phrase, "imposed") in {(t.text, t.status) for t in s.terms if t.kind == "no_contact"}


def test_contact_that_was_not_ordered_is_no_term():
    _, s = _sentencing(_TULLY + "Tully had no contact with the girls after 2019, his lawyer said.")
    assert [t.kind for t in s.terms] == ["prison"]


_DORSEY = "Judge Ann Roe sentenced Lyle Dorsey to 10 years in prison. "


@pytest.mark.parametrize("sentence, phrase, unit", [
    ("The judge also banned Lyle Dorsey from owning, breeding or selling dogs for the rest of his life.",
     "banned Lyle Dorsey from owning, breeding or selling dogs for the rest of his life", "life"),
    ("Dorsey was prohibited from keeping, caring for or working with animals for 15 years.",
     "prohibited from keeping, caring for or working with animals for 15 years", "years"),
    ("Roe barred him from teaching, coaching or volunteering with children for life.",
     "barred him from teaching, coaching or volunteering with children for life", "life"),
])
def test_a_ban_on_a_list_of_acts_runs_to_how_long_it_holds(sentence, phrase, unit):
    _, s = _sentencing(_DORSEY + sentence)
    assert [(t.text, t.status, t.unit) for t in s.terms if t.kind == "disqualification"] == [(phrase, "imposed", unit)]


def test_a_relative_clause_ends_what_a_ban_covers():
    _, s = _sentencing(_DORSEY + "The county banned dogs from the park, which had hosted fights for 10 years.")
    assert [t.text for t in s.terms] == ["10 years in prison"]


_REYES = "Omar Reyes pleaded guilty to fraud in March. "


@pytest.mark.parametrize("sentence, by", [
    ("Assistant District Attorney Nora Pike told the judge the state would seek 12 years in prison.", "Nora Pike"),
    ("Defense lawyer Sam Ruiz told Judge Ellen Marsh he would ask for five years in prison.", "Sam Ruiz"),
    ("Prosecutor Nora Pike, speaking to the judge, said the state will ask for 12 years in prison.", "Nora Pike"),
    ("Before Superior Court Judge Ellen Marsh, prosecutor Nora Pike argued for 12 years in prison.", "Nora Pike"),
])
def test_the_one_told_or_asked_is_not_who_proposes(sentence, by):
    body = _REYES + sentence
    _, s = _sentencing(body, parties=find_parties(source_from_text("case.txt", body)))
    assert [(t.status in ("recommended", "sought"), t.by) for t in s.terms] == [(True, by)]


@pytest.mark.parametrize("sentence, by", [
    ("The probation department recommended five years in prison.", "probation department"),
    ("In its presentence report, the federal probation office proposed 30 months in prison.", "federal probation office"),
    ("The county's probation officers, who interviewed Reyes twice, have settled on a middle ground: they recommend four "
     "years in prison.", "probation officers"),
    ("The court's probation office, which advises the judge, weighed in too: it recommends 15 years.", "probation office"),
])
def test_the_probation_office_proposes_a_term(sentence, by):
    body = _REYES + sentence
    _, s = _sentencing(body, parties=find_parties(source_from_text("case.txt", body)))
    assert [(t.status, t.by) for t in s.terms] == [("recommended", by)]


def test_a_lawyer_who_once_worked_in_the_probation_office_proposes_as_the_lawyer():
    body = _REYES + "Reyes's lawyer, who once worked in the probation office, asked for two years in prison."
    _, s = _sentencing(body, parties=find_parties(source_from_text("case.txt", body)))
    assert [t.by for t in s.terms] == ["Reyes's lawyer"]


@pytest.mark.parametrize("sentence", [
    "The sentencing guidelines, driven by the size of the loss, recommend life in prison.",
    "The advisory guidelines \u2014 based largely on the loss \u2014 call for 20 years in prison.",
])
def test_what_the_guidelines_advise_is_no_sides_request(sentence):
    _, s = _sentencing(_REYES + sentence)
    assert [(t.status, t.by) for t in s.terms] == [("other", None)]


@pytest.mark.parametrize("sentence, expected", [
    ("She said the charity would ask the judge to order Reyes to pay restitution.", []),
    ("Prosecutors also asked the judge to order Reyes to pay restitution to the victims.", [("restitution", "prosecutors")]),
    ("Reyes's lawyers paint a different picture. In their own filing, they ask for a sentence of probation.",
     [("probation", "Reyes's lawyers")]),
])
def test_a_kind_asked_for_without_a_length_needs_a_side_that_asks(sentence, expected):
    body = _REYES + sentence
    _, s = _sentencing(body, parties=find_parties(source_from_text("case.txt", body)))
    assert [(t.text, t.by) for t in s.terms] == expected


# A name inside the defendant's appositive ("X, the founder of Y, was sentenced") is never the one sentenced, even
# when the parties list took a company's name for a person's.
_WEXFORD = [Party("Dana Wexford"), Party("Harbor Point Lending"), Party("Orchard Mutual Trust"), Party("Victor Lamb")]


@pytest.mark.parametrize("sentence", [
    "Dana Wexford, the founder of the collapsed lender Harbor Point Lending, was sentenced Tuesday to 12 years in prison.",
    "Dana Wexford, a former vice president at the investment arm of Orchard Mutual Trust, was given 12 years in prison.",
    "On Friday Dana Wexford, the onetime protege of the developer Victor Lamb, was sentenced in Boston to 12 years in prison.",
])
def test_a_name_inside_the_defendants_appositive_does_not_take_her_term(sentence):
    _, s = _sentencing(sentence, parties=_WEXFORD)
    assert [(t.text, t.status, t.subject) for t in s.terms] == [("12 years in prison", "imposed", None)]
    assert s.others == []


def test_a_described_other_person_keeps_his_own_term():
    body = ("Dana Wexford was sentenced Tuesday to 12 years in prison. Victor Lamb, the developer who recruited "
            "Wexford, was sentenced last year to three years in prison.")
    _, s = _sentencing(body, parties=_WEXFORD)
    assert [t.text for t in s.terms] == ["12 years in prison"]
    assert [(t.text, t.subject) for t in s.others] == [("three years in prison", "Victor Lamb")]


# A lede tells the time to serve; the body gives the sentence with the rest suspended. Both are kept: the time to serve
# in the lede's words and the suspension in the court's, whichever comes first.
@pytest.mark.parametrize("body", [
    "Omar Pratt will serve two years behind bars. Judge Lena Fisk sentenced Pratt to eight years in prison with all "
    "but two years suspended.",
    "A judge sentenced Omar Pratt on Monday to 12 years, all but 30 months of it suspended. Pratt must spend 30 months "
    "in jail, the judge said.",
    "Omar Pratt is going to prison for six months. Circuit Judge Lena Fisk imposed a five-year sentence and then "
    "suspended all but six months.",
])
def test_the_suspension_survives_a_lede_that_gives_only_the_time_to_serve(body):
    _, s = _sentencing(body)
    assert any(re.search(r"all but", t.text) and t.status == "imposed" for t in s.terms)


def test_time_to_serve_alone_is_no_suspension():
    _, s = _sentencing("Omar Pratt will serve two years behind bars, a judge ruled.")
    assert not any("suspend" in t.text or "all but" in t.text for t in s.terms)


# A probation revocation orders part of the suspended sentence served: that part is the new custody term.
@pytest.mark.parametrize("sentence, text", [
    ("Judge Lena Fisk ordered Omar Pratt to serve 90 days of his suspended jail sentence.",
     "90 days of his suspended jail sentence"),
    ("On Monday the judge revoked Omar Pratt's probation and imposed three years of his previously suspended prison term.",
     "three years of his previously suspended prison term"),
    ("Omar Pratt must now serve 18 months of the suspended time, Judge Lena Fisk ruled after a hearing.",
     "18 months of the suspended time"),
])
def test_a_revocation_imposes_part_of_the_suspended_sentence(sentence, text):
    _, s = _sentencing(sentence, published="2024-05-02")
    assert [(t.text, t.kind, t.status) for t in s.terms] == [(text, "prison", "imposed")]


def test_a_revocation_request_is_recommended_and_loose_suspended_time_is_no_term():
    _, s = _sentencing("Prosecutors asked the judge to impose two years of the suspended time. Pratt still has five "
                       "years of suspended time hanging over him.", published="2024-05-02")
    assert [(t.text, t.status, t.by) for t in s.terms] == [("two years of the suspended time", "recommended", "prosecutors")]


# "was sentenced in 2019 to ...": the year the verb gives marks an earlier hearing's sentence, not today's.
@pytest.mark.parametrize("sentence", [
    "Omar Pratt was sentenced in 2019 to eight years in prison.",
    "Omar Pratt had been ordered in March 2020 to pay $4,000 in restitution.",
    "Pratt, 40, was placed in 2021 on three years of probation.",
])
def test_a_sentence_given_in_an_earlier_year_is_not_imposed_today(sentence):
    _, s = _sentencing(sentence, published="2024-05-02")
    assert s.terms and all(t.status != "imposed" for t in s.terms)


def test_a_conviction_year_does_not_date_todays_sentence():
    _, s = _sentencing("Omar Pratt, convicted in 2022 of arson, was sentenced Thursday to eight years in prison.",
                       published="2024-05-02")
    assert [(t.text, t.status) for t in s.terms] == [("eight years in prison", "imposed")]


# "NAME, <a description>, pleaded guilty ... and was sentenced to ...": the appositive ends where the subject's own verb
# starts, whatever that verb is, so a name inside the description never takes the term (nor moves the defendant's away).
_HELPERS = [Party("Dana Wexford"), Party("Oren Vale"), Party("Ines Barlow")]


@pytest.mark.parametrize("sentence, who", [
    ("Oren Vale, a bookkeeper accused of helping Wexford hide the money, admitted to a felony in March and was "
     "sentenced to two years of probation.", "Oren Vale"),
    ("Oren Vale, the driver who took Wexford to the bank, pleaded no contest and received 18 months in jail.", "Oren Vale"),
    ("Ines Barlow, an office clerk charged with shredding files for Wexford, later cooperated with investigators and "
     "got a year of probation.", "Ines Barlow"),
])
def test_an_appositive_naming_the_defendant_leaves_the_term_with_its_subject(sentence, who):
    _, s = _sentencing("Dana Wexford was sentenced Monday to six years in prison. " + sentence, parties=_HELPERS)
    assert [t.text for t in s.terms] == ["six years in prison"]
    assert [t.subject for t in s.others] == [who]


def test_a_name_in_the_defendants_own_appositive_before_any_verb_keeps_her_term():
    _, s = _sentencing("Dana Wexford, a former sergeant who worked with Oren Vale, pleaded guilty and was sentenced "
                       "to a year of probation.", parties=_HELPERS)
    assert [(t.text, t.status, t.subject) for t in s.terms] == [("a year of probation", "imposed", None)]
    assert s.others == []


# A nominal ban names what it covers with "on" or "from"; that is part of the term.
@pytest.mark.parametrize("sentence, text", [
    ("Judge Lena Fisk sentenced Omar Pratt to six years in prison and imposed a lifetime ban from coaching youth sports.",
     "lifetime ban from coaching youth sports"),
    ("Omar Pratt, who was sentenced Monday to six years in prison, also received a lifetime ban on owning horses, the "
     "judge ruled.", "lifetime ban on owning horses"),
    ("Omar Pratt was resentenced Tuesday to six years in prison, and the court kept a lifetime ban on open burning in "
     "place.", "lifetime ban on open burning"),
])
def test_a_lifetime_ban_keeps_what_it_bans(sentence, text):
    _, s = _sentencing(sentence, published="2024-05-02")
    assert text in [t.text for t in s.terms if t.kind == "disqualification"]


# A condition of release told in the passive ("is prohibited from ...") whose object is "any <noun>" with a defining
# clause: the clause says what is barred, however long it runs.
@pytest.mark.parametrize("sentence, text", [
    ("As a condition of that release, Pratt is prohibited from working in any job that gives him access to patient "
     "records.", "prohibited from working in any job that gives him access to patient records"),
    ("Under the terms of his release, he is barred from holding any position that involves handling public money.",
     "barred from holding any position that involves handling public money"),
    ("Once released, Pratt will also be banned from running any business which sells pet supplies, the judge said.",
     "banned from running any business which sells pet supplies"),
])
def test_a_passive_condition_keeps_the_clause_defining_what_is_barred(sentence, text):
    _, s = _sentencing("Judge Lena Fisk sentenced Omar Pratt to six years in prison and three years of supervised "
                       "release. " + sentence, published="2024-05-02")
    assert (text, "imposed") in [(t.text, t.status) for t in s.terms]


def test_a_bar_the_law_sets_for_everyone_is_no_term():
    _, s = _sentencing("Omar Pratt was sentenced to six years in prison. Felons in the state are prohibited from "
                       "working in any job that involves firearms.", published="2024-05-02")
    assert [t.text for t in s.terms] == ["six years in prison"]


# What a request would make possible ("which would allow him to ... be eligible for work release") is no term.
@pytest.mark.parametrize("sentence", [
    "His lawyer had asked for 18 months in the county jail, which would let him serve his time near his family and "
    "qualify for work release.",
    "The defense sought a county jail term, a request that could have allowed him to remain eligible for work release.",
    "Pratt's attorney wanted a local sentence so that he could be eligible for work release.",
])
def test_what_a_request_would_allow_is_not_asked_for(sentence):
    _, s = _sentencing("Omar Pratt was sentenced Friday to three years in prison. " + sentence, published="2024-05-02")
    assert not [t for t in s.terms if t.kind == "work_release"]


def test_work_release_the_judge_grants_is_kept():
    _, s = _sentencing("Judge Lena Fisk sentenced Omar Pratt to two years in jail and made him eligible for work "
                       "release.", published="2024-05-02")
    assert ("eligible for work release", "imposed") in [(t.text, t.status) for t in s.terms]


# A penalty told for counts the defendant was acquitted of, or that were dropped, is not one he faces.
@pytest.mark.parametrize("sentence", [
    "The jury found Omar Pratt not guilty of vehicular homicide, a charge that carried up to 15 years in prison.",
    "Jurors acquitted Omar Pratt on two counts of arson, which each carry a mandatory minimum of 10 years in prison.",
    "Prosecutors dropped the robbery count against Omar Pratt, which carries a maximum of 20 years in prison.",
])
def test_a_penalty_of_counts_acquitted_or_dropped_is_no_term(sentence):
    _, s = _sentencing(sentence, published="2024-05-02")
    assert s.terms == []


def test_a_penalty_of_the_count_convicted_is_kept():
    _, s = _sentencing("Omar Pratt was acquitted of murder but convicted of manslaughter, which carries up to 20 years "
                       "in prison.", published="2024-05-02")
    assert [(t.text, t.status) for t in s.terms] == [("up to 20 years in prison", "maximum")]


# A dismissal from the service is a punishment, not a dismissed count: the penalties told after it stand.
@pytest.mark.parametrize("sentence", [
    "If convicted, Lt. Omar Pratt could face dismissal from the Army, forfeiture of all pay and up to four years of confinement.",
    "Omar Pratt faces dismissal from the Navy and up to four years of confinement if he is convicted of negligent homicide.",
    "A conviction could bring dismissal from the service, forfeiture of all pay and allowances and up to four years of confinement.",
])
def test_a_dismissal_from_the_service_keeps_the_penalties_after_it(sentence):
    _, s = _sentencing("Lt. Omar Pratt was charged with negligent homicide. " + sentence, published="2024-05-02")
    assert ("up to four years of confinement", "maximum") in [(t.text, t.status) for t in s.terms]


# A trial judge who resentences after an appeal is the case's judge; the appeal told in a clause of its own does not
# make her an appeals judge.
@pytest.mark.parametrize("sentence", [
    "Superior Court Judge Rosa Imani reduced Pratt's term after an appeals court ruled that she had relied on facts no "
    "jury found.",
    "Circuit Judge Rosa Imani resentenced Pratt on Monday, months after the Court of Appeals threw out his first sentence.",
    "After the appellate court vacated his first sentence, Judge Rosa Imani sentenced Pratt again.",
])
def test_the_trial_judge_of_a_resentencing_is_the_judge(sentence):
    _, s = _sentencing("Omar Pratt was resentenced to six years in prison. " + sentence, published="2024-05-09")
    assert s.judge is not None and s.judge.name == "Rosa Imani"


def test_a_judge_writing_for_the_appeals_court_is_not_the_sentencing_judge():
    _, s = _sentencing("Judge Rosa Imani, writing for the appeals court, said Omar Pratt's six-year sentence must stand.",
                       published="2024-05-09")
    assert s.judge is None


# "A man who <did something to a named person> was resentenced Tuesday": the name inside the lede's description is not
# the one sentenced, so today's resentencing dates the case, not the original sentencing told later.
_LEE = [Party("Omar Pratt"), Party("Ann Lee")]


@pytest.mark.parametrize("lede, day", [
    ("A man who set the fire that killed Ann Lee was resentenced Tuesday to six years in prison.", dt.date(2024, 5, 7)),
    ("A former aide to Ann Lee was resentenced Monday to six years in prison after an appeal.", dt.date(2024, 5, 6)),
    ("The driver whose crash injured Ann Lee was sentenced again on Friday to six years in prison.", dt.date(2024, 5, 3)),
])
def test_a_name_in_the_ledes_description_does_not_hide_todays_resentencing(lede, day):
    _, s = _sentencing(lede + " Omar Pratt was originally sentenced in August 2022 to nine years.",
                       published="2024-05-09", parties=_LEE)
    assert s.sentencing_date is not None and s.sentencing_date.value == day


def test_a_co_defendants_coming_sentencing_does_not_date_the_case():
    _, s = _sentencing("Omar Pratt was sentenced in March to six years in prison. Ann Lee, who drove Pratt to the bank, "
                       "will be sentenced on Friday. Pratt is appealing.", published="2024-05-09", parties=_LEE)
    assert s.sentencing_date is not None and s.sentencing_date.value == dt.date(2024, 3, 1)


def test_a_dateline_before_the_ledes_description_changes_nothing():
    _, s = _sentencing("MILLBROOK, Ore. (AP) \u2014 A man who set the fire that killed Ann Lee was resentenced Tuesday to "
                       "six years in prison. Omar Pratt was originally sentenced in August 2022 to nine years.",
                       published="2024-05-09", parties=_LEE)
    assert s.sentencing_date is not None and s.sentencing_date.value == dt.date(2024, 5, 7)


def test_a_plea_of_not_guilty_is_no_acquittal():
    _, s = _sentencing("Omar Pratt, who pleaded not guilty, faces up to 20 years in prison on each count.",
                       published="2024-05-02")
    assert [(t.text, t.status) for t in s.terms] == [("up to 20 years in prison", "maximum")]


def _people(*names: str) -> list[Party]:
    return [Party(name=n, kind="person", roles=[], citations=[], aliases=[n.split()[-1]]) for n in names]


@pytest.mark.parametrize("body", [
    "Dana Wexler, 42, a bronze medalist in the luge at the 2014 Pan American Games, is serving a six-year prison sentence.",
    "Whitfield, 38, the former captain of the 2016 Pan American Games squad, was sentenced to five years in prison.",
    "Whitfield, 40, a sprinter who ran at the 2011 Pan American Games, received a four-year sentence on Friday.",
])
def test_a_name_in_the_defendants_own_description_keeps_her_sentence(body):
    # A famous defendant's appositive carries an event's name; even when the party list wrongly takes that name for a
    # person, the sentence is still the defendant's own, not someone else's.
    _, s = _sentencing("Dana Wexler was convicted of manslaughter.\n\n" + body,
                       parties=_people("Dana Wexler", "Pan American Games"))
    assert [t.kind for t in s.terms] == ["prison"] and s.others == []


def test_a_named_co_defendant_with_an_age_still_gets_his_own_term():
    _, s = _sentencing("Dana Wexler was convicted of fraud.\n\n"
                       "Omar Reyes, 31, a former business partner of Whitfield, received three years in prison.",
                       parties=_people("Dana Wexler", "Omar Reyes"))
    assert s.terms == [] and [(t.text, t.subject) for t in s.others] == [("three years in prison", "Omar Reyes")]


@pytest.mark.parametrize("body, text, kind", [
    ("She was also sentenced to three years of mandatory parole.", "three years of mandatory parole", "parole"),
    ("The judge ordered him to serve two years of community custody.", "two years of community custody", "supervised_release"),
    ("He was sentenced to 18 months of mandatory supervision after his release.", "18 months of mandatory supervision",
     "supervised_release"),
    ("After prison she faces three years of post-prison supervision, the judge ordered.", "three years of post-prison supervision",
     "supervised_release"),
    ("He will be on mandatory parole for five years after his release, the judge ruled.", "on mandatory parole for five years", "parole"),
])
def test_supervision_after_prison_under_state_names(body, text, kind):
    # States name the supervision that follows prison differently; the term is that supervision, never a prison term.
    _, s = _sentencing("Ivo Marsh was sentenced on Monday.\n\n" + body)
    assert [(t.text, t.kind) for t in s.terms] == [(text, kind)]


def test_parole_eligibility_is_no_term():
    _, s = _sentencing("Ivo Marsh will be eligible for parole in three years.")
    assert s.terms == []


@pytest.mark.parametrize("body", [
    "Judges in this district have imposed sentences of three to eight years in comparable embezzlement cases.",
    "In similar cases, defendants have received terms of two to five years in prison.",
    "Federal courts have typically handed down prison terms of about four years for similar frauds.",
    "As one trade paper noted, judges in Denver have handed down sentences of five to 10 years in recent payroll-theft cases.",
])
def test_a_survey_of_other_cases_sentences_is_no_term(body):
    _, s = _sentencing("Ivo Marsh was convicted of embezzlement last week.\n\n" + body)
    assert s.terms == [] and s.others == []


@pytest.mark.parametrize("body, text", [
    ("Noting that courts had been lenient in similar cases, the judge sentenced him to six years in prison.", "six years in prison"),
    ("The judge handed down a sentence of eight years, one of the longest in recent fraud cases in the state.", "sentence of eight years"),
])
def test_a_sentence_compared_with_other_cases_is_still_imposed(body, text):
    _, s = _sentencing("Ivo Marsh was convicted of embezzlement.\n\n" + body)
    assert [(t.text, t.status) for t in s.terms] == [(text, "imposed")]


def _asks(s) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.status, t.by) for t in s.terms if t.status in ("recommended", "sought")]


@pytest.mark.parametrize("body, asks", [
    # A request told as a reduced relative after the duration, in a comparison with the sentence given
    ("The term fell between the 12 years prosecutors had requested and the four years sought by the defense.",
     [("12 years", "recommended", "prosecutors"), ("four years", "sought", "defense")]),
    ("The sentence was three years shorter than the nine years that the government wanted.",
     [("nine years", "sought", "prosecutors")]),
    ("It was well above the 30 months Marsh's lawyers had recommended, though below guidelines.",
     [("30 months", "recommended", "Marsh's lawyers")]),
    ("The judge rejected the 20 years requested by prosecutors, calling it excessive.",
     [("20 years", "recommended", "prosecutors")]),
])
def test_a_request_told_in_a_comparison(body, asks):
    _, s = _sentencing("Judge Ada Quillen sentenced Ivo Marsh to seven years in prison on Monday.\n\n" + body)
    assert ("seven years in prison", "imposed", "Ada Quillen") in [(t.text, t.status, t.by) for t in s.terms]
    assert _asks(s) == asks


def test_a_term_given_as_the_side_asked_stays_imposed():
    # Near miss: the judge gives the very duration a side asked for; the verb before it decides
    _, s = _sentencing("Judge Ada Quillen sentenced Ivo Marsh to the 12 years prosecutors had sought.")
    assert [(t.text, t.status) for t in s.terms] == [("12 years", "imposed")]


@pytest.mark.parametrize("body, second", [
    # The second side's ask gives the number alone; its unit is that of the ask before it
    # The cited words run from the asking verb: a lone "9" on the page would say nothing
    ("Prosecutors sought the full 15 years in prison, and Marsh's lawyers asked for 9.", ("asked for 9", 9.0, "years")),
    ("The government asked for 12 years in prison, while the defense recommended eight.", ("recommended eight", 8.0, "years")),
    ("Prosecutors want Marsh to serve 40 months; his attorneys have requested 18.", ("requested 18", 18.0, "months")),
    ("The state recommended 40 months in prison. The defense, citing his age, sought 24.", ("sought 24", 24.0, "months")),
    ("Prosecutors had sought 15 years, while his lawyers asked for two.", ("asked for two", 2.0, "years")),
    ("Prosecutors asked for 10 years; the defense argued for no more than three.", ("argued for no more than three", 3.0, "years")),
])
def test_a_bare_number_asked_for_takes_the_unit_of_the_ask_before(body, second):
    _, s = _sentencing(body)
    first, other = [t for t in s.terms if t.status in ("recommended", "sought")]
    assert first.by == "prosecutors" and other.by not in (None, "prosecutors")
    assert (other.text, other.amount, other.unit, other.kind) == (*second, "prison")


def test_a_number_that_is_not_an_ask_takes_no_unit():
    # Near miss: a number after a request that nobody asks for as a sentence
    _, s = _sentencing("Prosecutors asked for 10 years in prison. Jurors asked for two breaks, and the judge granted 2.")
    assert [t.text for t in s.terms] == ["10 years in prison"]


@pytest.mark.parametrize("body", [
    "Prosecutors and the defense agreed to ask for a sentence of between six and nine years in prison.",
    "Both sides jointly recommended 18 months in prison for Marsh.",
    "Under the deal, the government and Marsh's attorneys will recommend a term of five years in prison.",
])
def test_a_joint_request_is_credited_to_both_sides(body):
    _, s = _sentencing("Ivo Marsh pleaded guilty to fraud.\n\n" + body)
    assert [t.by for t in s.terms if t.kind == "prison"] == ["prosecutors and defense"]


def test_two_sides_asking_apart_keep_their_own_asks():
    # Near miss: both sides named in one sentence, each with a request of its own
    _, s = _sentencing("Prosecutors asked for 10 years in prison, and the defense wanted probation.")
    assert [t.by for t in s.terms] == ["prosecutors", "defense"]


@pytest.mark.parametrize("body, cap", [
    # A law's cap told per count without its kind word, the custody understood
    ("The theft count carries up to 20 years in prison. Each of the other counts carries up to five years.", "up to five years"),
    ("Forgery is punishable by as much as seven years, and theft by up to 20 years in prison.", "as much as seven years"),
    ("Marsh, who remains free on bond, faces a maximum of 12 years.", "a maximum of 12 years"),
    ("Each false-statement count carried up to three years apiece, prosecutors said.", "up to three years"),
])
def test_a_maximum_without_its_kind_word(body, cap):
    _, s = _sentencing("Ivo Marsh was convicted of theft on Friday.\n\n" + body)
    assert (cap, "maximum", "prison") in [(t.text, t.status, t.kind) for t in s.terms]


def test_a_cap_of_another_kind_is_not_read_as_prison():
    # Near miss: the duration names its own kind after it
    _, s = _sentencing("The count carries up to three years of supervised release.")
    assert all(t.kind != "prison" for t in s.terms)


@pytest.mark.parametrize("body, day", [
    # A sentencing put off: the day the judge will decide is the sentencing date
    ("Judge Ada Quillen heard from both sides on Tuesday but said she would not rule until July 9.", "July 9"),
    ("Quillen will decide on his sentence July 12, after hearing from the victims.", "July 12"),
    ("After two days of testimony, the judge said she would not decide until June 30.", "June 30"),
])
def test_a_deferred_sentencing_decision_dates_the_sentencing(body, day):
    _, s = _sentencing("Ivo Marsh was convicted of fraud in May.\n\n" + body)
    assert s.sentencing_date is not None and s.sentencing_date.text == day


def test_a_ruling_on_a_motion_is_no_sentencing_date():
    # Near miss: a judge's ruling on something other than the sentence
    _, s = _sentencing("Ivo Marsh is on trial for fraud. Judge Ada Quillen said she would rule on the defense motion to dismiss on Friday.")
    assert s.sentencing_date is None


# ----------------------------------------------------------------------------- round 17: terms, status, subject

@pytest.mark.parametrize("body, words", [
    ("Col. Ada Penn also ordered Sgt. Tim Vail reduced to the lowest enlisted rank and gave him a bad-conduct discharge.",
     "reduced to the lowest enlisted rank"),
    ("The panel left the rest of his punishment in place: a bad-conduct discharge, reduction to E-1 and a reprimand.",
     "reduction to E-1"),
    ("Airman Lu Pratt was sentenced to 90 days of confinement and reduction in grade to airman basic.",
     "reduction in grade to airman basic"),
    ("A military judge sentenced Cpl. Ned Ruiz to a year of confinement and had him busted down to private.",
     "busted down to private"),
])
def test_a_court_martial_rank_reduction_is_a_term(body, words):
    _, s = _sentencing(body)
    assert [t.text for t in s.terms if t.kind == "demotion"] == [words]


def test_a_cut_sentence_is_no_rank_reduction():
    _, s = _sentencing("An appeals court reduced the sentence of Tim Vail to five years in prison.")
    assert not [t for t in s.terms if t.kind == "demotion"]


def test_a_forfeiture_ends_where_the_judges_next_act_starts():
    _, s = _sentencing("Col. Ada Penn ordered forfeiture of all pay and allowances and gave Sgt. Tim Vail a bad-conduct discharge.")
    assert [t.text for t in s.terms if t.kind == "forfeiture"] == ["forfeiture of all pay and allowances"]


_COUPLE = "Ray Hollis and his wife, Dana Hollis, were tried together on fraud charges in March.\n\n"


@pytest.mark.parametrize("body", [
    "Judge Ann Fry sentenced Ray Hollis, 50, to eight years in prison and Dana Hollis, 48, to 30 months in prison.",
    "Judge Ann Fry sentenced Ray Hollis to eight years in prison. His wife, Dana Hollis, got 30 months in prison.",
    "Ray Hollis received eight years in prison from Judge Ann Fry, and Dana Hollis was sentenced to 30 months in prison.",
])
def test_a_second_defendants_term_stays_the_cases_with_her_name(body):
    s = _with_parties(_COUPLE + body)
    terms = {t.text: t for t in s.terms}
    assert terms["eight years in prison"].subject is None
    assert terms["30 months in prison"].subject == "Dana Hollis"
    assert terms["30 months in prison"].status == "imposed"
    assert not s.others


def test_a_request_for_the_second_defendant_names_her():
    s = _with_parties(_COUPLE + "Prosecutors asked for 40 months in prison for Dana Hollis and 10 years for her husband.")
    assert {t.text: t.subject for t in s.terms}["40 months in prison"] == "Dana Hollis"


@pytest.mark.parametrize("body", [
    # a cousin has a case of his own, even in an article about a couple tried together
    _COUPLE + "Judge Ann Fry sentenced Ray Hollis to eight years in prison. His cousin, Lee Hollis, got 90 days in jail.",
    # a brother's sentence, with no word that he was tried in this case
    "Judge Ann Fry sentenced Ray Hollis to eight years in prison. His brother, Sam Hollis, got 90 days in jail.",
])
def test_a_relative_outside_the_case_keeps_his_term_apart(body):
    s = _with_parties(body)
    assert [t.text for t in s.terms] == ["eight years in prison"]
    assert [t.text for t in s.others] == ["90 days in jail"]


@pytest.mark.parametrize("body, words", [
    ("Prosecutors also want the couple ordered to pay $2 million in restitution.", "$2 million in restitution"),
    ("The state would like to see Kip Odell sentenced to 15 years in prison.", "15 years in prison"),
    ("Prosecutors hope to have Kip Odell ordered to pay $40,000 in restitution.", "$40,000 in restitution"),
])
def test_a_wish_with_a_participle_asks_for_a_term(body, words):
    _, s = _sentencing(body)
    assert {t.text: t.status for t in s.terms}[words] in ("sought", "recommended")


def test_a_sentence_after_a_request_is_still_imposed():
    _, s = _sentencing("Prosecutors wanted 12 years, and Judge Ann Fry sentenced Kip Odell to nine years in prison.")
    assert {t.text: t.status for t in s.terms}["nine years in prison"] == "imposed"


@pytest.mark.parametrize("body, words", [
    ("Under the plea agreement, Ivy Stone will be sentenced to no more than five years in prison.", "no more than five years in prison"),
    ("Under the deal, Ivy Stone is expected to be sentenced to no more than 18 months in jail.", "no more than 18 months in jail"),
    ("Prosecutors dropped two counts under the plea deal, and Stone would be sentenced to no more than three years in prison.",
     "no more than three years in prison"),
])
def test_a_plea_deals_cap_for_a_sentence_to_come_is_not_imposed(body, words):
    _, s = _sentencing(body)
    term = {t.text: t for t in s.terms}[words]
    assert (term.status, term.by) == ("recommended", "plea agreement")


def test_a_plea_deal_the_judge_followed_is_imposed():
    _, s = _sentencing("Under the plea agreement, Judge Ann Fry sentenced Ivy Stone to three years in prison.")
    assert {t.text: t.status for t in s.terms}["three years in prison"] == "imposed"


@pytest.mark.parametrize("body", [
    "Under Ohio law, Ivy Stone must serve at least six years before she is eligible for parole.",
    "By state law, Ivy Stone will have to serve at least six years before she can seek parole.",
    "State law requires Ivy Stone to serve at least six years before she is eligible for parole.",
])
def test_the_laws_parole_reckoning_is_not_the_judges_term(body):
    _, s = _sentencing("Judge Ann Fry sentenced Ivy Stone to 10 years in prison. " + body)
    statuses = {t.text.split(" before ")[0]: t.status for t in s.terms}
    assert statuses["at least six years"] == "other" and statuses["10 years in prison"] == "imposed"


@pytest.mark.parametrize("body", [
    "An appeals court cut Ray Dunlevy's sentence to four years on Tuesday. A trial judge had sentenced Dunlevy to seven years in prison.",
    "The state's high court reduced the sentence of Ray Dunlevy to four years. Judge Ann Fry had originally sentenced him to seven years in prison.",
    "Ray Dunlevy's sentence was commuted to four years on Friday. A jury had sentenced Dunlevy in a one-day trial to seven years in prison.",
])
def test_the_sentence_an_appeal_replaced_is_not_imposed(body):
    _, s = _sentencing(body)
    assert {t.text: t.status for t in s.terms}["seven years in prison"] == "other"


def test_a_pluperfect_sentence_with_no_later_one_stays_imposed():
    _, s = _sentencing("By noon Judge Ann Fry had sentenced Ray Dunlevy to seven years in prison.")
    assert {t.text: t.status for t in s.terms}["seven years in prison"] == "imposed"


@pytest.mark.parametrize("counsel", [
    "Lieutenant Commander Tess Ulm, his appellate defense counsel,",
    "Major Tess Ulm, who represented him at trial,",
    "Capt. Tess Ulm, the lead prosecutor,",
])
def test_a_ranked_lawyer_after_a_military_judge_is_not_the_judge(counsel):
    _, s = _sentencing("The appeals court said the military judge should have allowed the testimony. "
                       f"{counsel} said the ruling was fair.")
    assert s.judge is None


def test_the_ranked_officer_named_as_military_judge_is_the_judge():
    _, s = _sentencing("A military judge heard the case. Colonel Tess Ulm sentenced Sgt. Tim Vail to two years of confinement.")
    assert s.judge is not None and s.judge.name == "Tess Ulm"


@pytest.mark.parametrize("lawyer", [
    "Her lawyer, Gail Moss of Moss & Brandt LLP, countered in a filing that a sentence of 24 months would be sufficient.",
    "Gail Moss, a partner at Moss & Brandt LLP, contended that a sentence of 24 months would be sufficient.",
    "Her attorney, Gail Moss of the Brandt Legal Group, insisted that a sentence of 24 months would be sufficient.",
])
def test_a_surname_inside_a_firms_name_is_not_the_one_sentenced(lawyer):
    s = _with_parties("Pia Lund, 44, pleaded guilty to wire fraud in March. Omar Brandt, a former business partner, testified "
                      "against her.\n\nProsecutors asked for 60 months in prison. " + lawyer)
    assert "sentence of 24 months" in [t.text for t in s.terms]
    assert not s.others


@pytest.mark.parametrize("body, words", [
    ("The advisory sentencing guidelines call for 135 to 168 months for Ada Ruhl, according to the filings.", "168 months"),
    ("Ada Ruhl's sentencing guidelines call for 46 to 57 months for the former nurse.", "57 months"),
    ("Federal sentencing guidelines recommend between 70 and 87 months for Ada Ruhl.", "between 70 and 87 months"),
])
def test_a_guidelines_range_is_no_sides_request(body, words):
    _, s = _sentencing(body)
    assert [t.text for t in s.terms if t.text.endswith(words)] and {t.status for t in s.terms} == {"other"}


def test_a_sides_range_is_still_its_request():
    _, s = _sentencing("Prosecutors asked for 10 to 12 years for Ada Ruhl.")
    assert {t.text: t.status for t in s.terms}["10 to 12 years"] == "recommended"


@pytest.mark.parametrize("body", [
    "The appeals panel cut the confinement to two years and kept the rest of his punishment: a bad-conduct discharge and reduction to E-1.",
    "The court trimmed his prison term to two years. It upheld the remainder of the sentence: a bad-conduct discharge and reduction to E-1.",
    "Ruling for the defense on one count, the justices left the rest of his sentence intact: a bad-conduct discharge and reduction to E-1.",
])
def test_the_rest_of_a_sentence_an_appeal_kept_stands_imposed(body):
    _, s = _sentencing("Sgt. Eli Marsh appealed his court-martial conviction. " + body)
    statuses = {t.kind: t.status for t in s.terms}
    assert statuses["discharge"] == "imposed" and statuses["demotion"] == "imposed"


def test_a_request_to_keep_the_sentence_is_not_the_ruling():
    _, s = _sentencing("Sgt. Eli Marsh appealed. Prosecutors asked the court to keep the punishment: a bad-conduct discharge.")
    assert {t.kind: t.status for t in s.terms}["discharge"] != "imposed"


# Round 19: conditions hung off the supervision term by a relative clause are imposed terms.
@pytest.mark.parametrize("body, bar", [
    ("Judge Ana Ruiz ordered Corin Bale to serve three years of supervised release, during which he may not solicit "
     "money from strangers.", "may not solicit money from strangers"),
    ("Judge Ana Ruiz sentenced Corin Bale to five years of probation, throughout which he must not contact any of the "
     "investors.", "must not contact any of the investors"),
    ("The judge gave Mira Lott two years of probation, as a condition of which she may not work in a pharmacy.",
     "may not work in a pharmacy"),
    ("Judge Ana Ruiz sentenced Corin Bale to four years of probation, during which he cannot own a boat.", "cannot own a boat"),
])
def test_bar_in_relative_clause_of_supervision_is_imposed(body, bar):
    _, s = _sentencing(body)
    assert [t.status for t in s.terms if t.text == bar] == ["imposed"]


def test_bar_in_relative_clause_of_anything_else_is_not_a_term():
    _, s = _sentencing("Mira Lott left the state last year, during which she may not have paid taxes. "
                       "The judge sentenced Lott to two years in prison, during which she may not see her children.")
    assert all("may not" not in t.text for t in s.terms)


# A side's bare-number reply keeps its cap or floor: the qualifier is part of the term's words (cited from its verb).
@pytest.mark.parametrize("body, ask", [
    ("Prosecutors asked for 20 years in prison. The defense asked for no more than five, citing his age.", "asked for no more than five"),
    ("Prosecutors sought 12 years in prison, while his lawyers argued for as little as three.", "argued for as little as three"),
    ("The state wanted 30 months in prison; Hale's attorneys requested at most 18.", "requested at most 18"),
])
def test_bare_number_reply_keeps_its_qualifier(body, ask):
    _, s = _sentencing(body)
    reply = [t for t in s.terms if t.text == ask]
    assert len(reply) == 1 and reply[0].status in ("recommended", "sought") and reply[0].kind == "prison"


# The ask put to the bench as an infinitive: "asked <judge> to impose N months".
@pytest.mark.parametrize("body, ask, by", [
    ("Prosecutors had asked Cole to impose 151 months, the top of the range.", "151 months", "prosecutors"),
    ("Defense lawyers urged the judge to impose 60 months.", "60 months", "lawyers"),
    ("His attorney, Lena Ortiz, asked Judge Ann Cole to give him 40 months.", "40 months", "Lena Ortiz"),
])
def test_ask_to_impose_is_a_recommendation(body, ask, by):
    parties = [Party("Tom Rudd"), Party("Ann Cole", roles=["judge"]), Party("Lena Ortiz", roles=["Rudd's attorney"])]
    _, s = _sentencing("Judge Ann Cole sentenced Tom Rudd to 11 years in prison on Monday. " + body, parties=parties)
    asked = [t for t in s.terms if t.text == ask]
    assert len(asked) == 1 and asked[0].status in ("recommended", "sought") and asked[0].by == by
    assert [t.text for t in s.terms if t.status == "imposed"] == ["11 years in prison"]


def test_ask_to_impose_needs_a_term_after_it():
    _, s = _sentencing("Judge Ann Cole sentenced Tom Rudd to 11 years in prison. "
                       "Rudd asked Cole to impose the sentence quickly after 15 years of delays.")
    assert [t.text for t in s.terms] == ["11 years in prison"]


# A recap of the sentence a new one replaces is not imposed again.
@pytest.mark.parametrize("recap, old", [
    ("Rudd's original sentence, handed down in March, included 90 days in jail and two years of probation.", "90 days in jail"),
    ("Her initial sentence had been 60 days in jail, which she served last spring.", "60 days in jail"),
    ("The earlier sentence was two years of probation.", "two years of probation"),
])
def test_recap_of_original_sentence_is_not_imposed(recap, old):
    _, s = _sentencing("Judge Ann Cole sentenced Tess Rudd to nine months in jail on Thursday for violating probation. " + recap)
    assert [t.status for t in s.terms if t.text == old] == ["other"]
    assert [t.text for t in s.terms if t.status == "imposed"] == ["nine months in jail"]


def test_cutting_the_original_sentence_imposes_the_new_one():
    _, s = _sentencing("Judge Ann Cole cut Tom Rudd's original sentence of 20 years in prison to 12 years in prison on Thursday.")
    assert [t.text for t in s.terms if t.status == "imposed"] == ["12 years in prison"]


# Forfeited property ends where a contact relative clause ("the car she bought ...") begins.
@pytest.mark.parametrize("body, forfeit", [
    ("Judge Ann Cole ordered Tess Rudd to forfeit the Tesla Model X she bought with donated money.", "forfeit the Tesla Model X"),
    ("Judge Ann Cole ordered Tom Rudd to forfeit the lake cabin he built with stolen funds.", "forfeit the lake cabin"),
    ("Judge Ann Cole ordered the Rudds to forfeit the two boats they kept at the marina.", "forfeit the two boats"),
    ("Judge Ann Cole ordered Tom Rudd to forfeit the boat and the cottage.", "forfeit the boat and the cottage"),
])
def test_forfeited_property_stops_before_relative_clause(body, forfeit):
    _, s = _sentencing(body)
    assert [t.text for t in s.terms if t.kind == "forfeiture"] == [forfeit]


# Ages: a full name goes to that person, never to a relative who shares the surname.
@pytest.mark.parametrize("body, ages", [
    ("A former pastor, Dale Marsh, 58, was sentenced Tuesday. His wife, Rita Marsh, 55, who was tried with him, was acquitted.",
     {("Dale Marsh", "58"), ("Rita Marsh", "55")}),
    ("The defendant, Owen Pratt, 19, stood beside his father, Glen Pratt, 47, in court.", {("Owen Pratt", "19"), ("Glen Pratt", "47")}),
    ("Dana Kell, 40, and her sister, Lorna Kell, 38, were charged.", {("Dana Kell", "40"), ("Lorna Kell", "38")}),
])
def test_age_goes_to_the_full_name_not_the_shared_surname(body, ages):
    from builder.extract.values import find_values
    source = source_from_text("case.txt", "Headline\n\n" + body + "\n")
    parties = [p for p in find_parties(source) if p.kind == "person"]
    found = {(v.subject, v.value) for v in find_values(source, parties) if v.kind == "age"}
    assert found == ages
    # A relative the parties list lacks keeps their own full name rather than borrowing the defendant's.
    only_first = [p for p in parties if p.name in {a for a, _ in sorted(ages)[:1]}]
    assert {(v.subject, v.value) for v in find_values(source, only_first) if v.kind == "age"} == ages


# A name inside the defendant's aside ("the protege of Tom Reyes") is not the one sentenced: the aside ends at "to"
@pytest.mark.parametrize("body", [
    "A judge on Friday sentenced Dana Wexler, the former business partner of Tom Reyes, to 11 years in prison.",
    "Judge Ann Roe sentenced Dana Wexler, a onetime protege of the financier Tom Reyes, to 11 years in prison on Friday.",
    "The court has sentenced Dana Wexler, who founded the lender with Tom Reyes in 2015, to 11 years in prison.",
])
def test_aside_after_the_defendant_does_not_take_the_sentence(body):
    parties = [Party("Dana Wexler"), Party("Tom Reyes")]
    _, s = _sentencing("Dana Wexler was convicted of fraud. Whitfield cried.\n\n" + body, parties=parties)
    assert [(t.text, t.status) for t in s.terms] == [("11 years in prison", "imposed")]
    assert not s.others


def test_the_aside_of_someone_elses_sentence_still_names_them():
    parties = [Party("Dana Wexler"), Party("Tom Reyes")]
    _, s = _sentencing("Dana Wexler was convicted of fraud. Whitfield cried.\n\n"
                       "Tom Reyes, the partner of Dana Wexler, was sentenced to four years in prison last year.",
                       parties=parties)
    assert [(t.text, t.subject) for t in s.others] == [("four years in prison", "Tom Reyes")]


# A performer's stage name and legal name are one defendant: "X, whose legal name is Y", "Y, known as X", "X (real name Y)"
@pytest.mark.parametrize("alias_sentence", [
    "The judge sentenced Lil Brisk, whose legal name is Darnell Okoye, to 10 years in prison.",
    "Darnell Okoye, who performs as Lil Brisk, was in court. The judge sentenced Brisk to 10 years in prison.",
    "Darnell Okoye, better known as Lil Brisk, wept. The judge gave Brisk 10 years in prison.",
    "Lil Brisk (real name Darnell Okoye) wept. Brisk was sentenced to 10 years in prison.",
])
def test_a_stage_name_is_the_defendants_own(alias_sentence):
    parties = [Party("Darnell Okoye"), Party("Lil Brisk")]
    _, s = _sentencing("Darnell Okoye was convicted of aggravated assault. Okoye shot a fan. Okoye said nothing.\n\n"
                       + alias_sentence, parties=parties)
    assert [(t.text, t.status) for t in s.terms] == [("10 years in prison", "imposed")]


def test_an_unrelated_name_is_not_an_alias():
    parties = [Party("Darnell Okoye"), Party("Lil Brisk")]
    _, s = _sentencing("Darnell Okoye was convicted of aggravated assault. Okoye shot a fan. Okoye said nothing.\n\n"
                       "His producer, Lil Brisk, was sentenced to 10 years in prison in another case.", parties=parties)
    assert not s.terms and [t.subject for t in s.others] == ["Lil Brisk"]


def test_a_court_counts_in_years_where_the_lede_said_a_decade():
    _, s = _sentencing("Mara Vance will spend a decade in prison, a judge ruled Thursday.\n\n"
                       "Judge Ann Roe sentenced Vance to 10 years in prison.")
    assert [t.text for t in s.terms] == ["10 years in prison"]



def test_the_custodys_own_noun_is_shown_where_the_lede_said_behind_bars():
    _, s = _sentencing("Mara Vance will be sentenced Tuesday, and prosecutors are asking for nine years behind bars.\n\n"
                       "They asked Judge Ann Roe to impose nine years in prison, followed by two years of supervised release.")
    assert [t.text for t in s.terms if t.kind == "prison"] == ["nine years in prison"]
    assert len(next(t for t in s.terms if t.kind == "prison").citations) == 2

# A no-contact order's object runs through a possessive and "members of the ... family"
@pytest.mark.parametrize("body, term", [
    ("She also ordered Vance to have no contact with members of the Harlan family.", "no contact with members of the Harlan family"),
    ("He was also ordered to have no contact with Harlan\u2019s family.", "no contact with Harlan\u2019s family"),
    ("The judge ordered that Vance have no contact with Ana Harlan's relatives or her employer.",
     "no contact with Ana Harlan's relatives or her employer"),
    ("As part of the sentence, Vance must stay at least 500 feet away from Ana Harlan, her home and her school.",
     "stay at least 500 feet away from Ana Harlan"),
    ("The judge ordered him to stay 100 yards away from the victim.", "stay 100 yards away from the victim"),
])
def test_no_contact_order_keeps_whom_it_protects(body, term):
    _, s = _sentencing("Mara Vance was sentenced to 8 years in prison on Monday. " + body)
    assert term in [t.text for t in s.terms if t.kind == "no_contact"]


@pytest.mark.parametrize("body", [
    "Mara Vance had no contact with members of the family for years, her sister testified.",
    "Mara Vance walked away from Harlan's house after the argument.",
])
def test_no_order_no_no_contact_term(body):
    _, s = _sentencing(body)
    assert not [t for t in s.terms if t.kind == "no_contact"]


# A ban that runs many words before its length: "barred him from serving as an officer or director of any ... for N years"
@pytest.mark.parametrize("body, term", [
    ("The judge ordered Vance to forfeit $38.5 million and pay a $750,000 fine, and barred her from serving as an officer "
     "or director of any public company for 10 years.",
     "barred her from serving as an officer or director of any public company for 10 years"),
    ("The judge prohibited Vance from working for any firm that manages money for other people for five years.",
     "prohibited Vance from working for any firm that manages money for other people for five years"),
])
def test_long_ban_with_its_length(body, term):
    _, s = _sentencing("Mara Vance was convicted of securities fraud.\n\n" + body)
    assert term in [t.text for t in s.terms if t.kind == "disqualification"]


# A request "when he is sentenced" after another person is named is that person's, not the defendant's
@pytest.mark.parametrize("body", [
    "Tom Reyes, her former deputy, was convicted in August, and prosecutors have asked for nine years in prison when he "
    "is sentenced in December.",
    "Her deputy, Tom Reyes, also pleaded guilty, and the government is recommending nine years in prison once he is sentenced.",
    "Tom Reyes was found guilty as well; prosecutors requested nine years in prison when he is sentenced next month.",
])
def test_a_request_for_someone_elses_sentencing_is_theirs(body):
    parties = [Party("Dana Wexler"), Party("Tom Reyes")]
    _, s = _sentencing("Dana Wexler was sentenced to 11 years in prison. Whitfield cried.\n\n" + body, parties=parties)
    assert [t.text for t in s.terms] == ["11 years in prison"]
    assert [(t.text, t.subject) for t in s.others] == [("nine years in prison", "Tom Reyes")]


def test_a_request_for_the_defendants_own_sentencing_stays_hers():
    parties = [Party("Dana Wexler"), Party("Tom Reyes")]
    _, s = _sentencing("Dana Wexler was convicted in May. Whitfield cried.\n\n"
                       "Prosecutors have asked for 15 years in prison when she is sentenced in August.", parties=parties)
    assert [(t.text, t.status) for t in s.terms] == [("15 years in prison", "recommended")]


# An advisory range and a statute's requirement are not sentences handed down
@pytest.mark.parametrize("body", [
    "The government calculates the federal sentencing guidelines range at 188 to 235 months.",
    "Ohio law requires a mandatory three-year prison term for the gun charge, and the judge will rule next week.",
    "Nevada law required a five-year prison term for the weapons count, the prosecutor told the court.",
])
def test_a_range_or_a_statute_is_no_imposed_term(body):
    _, s = _sentencing("Mara Vance was convicted in May and will be sentenced in August.\n\n" + body)
    assert s.terms and all(t.status != "imposed" for t in s.terms)


def test_the_judge_imposing_the_statutes_minimum_still_imposes_it():
    _, s = _sentencing("Judge Ann Roe sentenced Mara Vance to five years in prison, the minimum Ohio law requires.")
    assert [(t.text, t.status) for t in s.terms] == [("five years in prison", "imposed")]


# An appeal or resentencing names the sentence it replaced: the old length is no longer the sentence
@pytest.mark.parametrize("body", [
    "A state appeals court on Tuesday reduced Omar Tessler's sentence from 14 years to 10, citing errors at trial.",
    "Omar Tessler's prison term was cut from 14 years to 10 years by a three-judge panel on Tuesday.",
    "On Tuesday the appellate panel, in a 2-1 ruling, trimmed the sentence to 10 years from 14.",
    "The court shortened his punishment to 10 years in prison, down from the original 14 years.",
    "Governor Ruth Hale commuted Tessler's 14-year prison sentence to 10 years on Tuesday.",
])
def test_an_appeal_cut_makes_the_old_length_no_longer_imposed(body):
    _, s = _sentencing(body + "\n\nA judge sentenced Omar Tessler to 14 years in prison after a jury convicted him of arson.",
                       parties=[Party("Omar Tessler")])
    old = [t for t in s.terms if t.amount == 14]
    assert old and all(t.status == "other" for t in old)


def test_a_request_it_fell_short_of_is_no_replaced_sentence():
    _, s = _sentencing("A judge sentenced Omar Tessler to 10 years in prison, down from the 14 prosecutors sought.\n\n"
                       "Tessler had asked for probation. The judge told him the sentence of 10 years in prison was fair.",
                       parties=[Party("Omar Tessler")])
    assert [(t.amount, t.status) for t in s.terms if t.kind == "prison"][0] == (10, "imposed")


# A rule for a class of people explains the stakes; its penalty is no term of this defendant
@pytest.mark.parametrize("body", [
    "Under the union's bylaws, a member convicted of a crime punishable by more than one year in prison must resign.",
    "Any sentence of more than six months will be reviewed by the state's appeals court.",
    "The statute says that anyone found guilty of the offense faces up to five years in prison.",
    "An officer sentenced to at least two years in prison loses the pension under state law.",
])
def test_a_rule_for_a_class_of_people_is_no_term(body):
    _, s = _sentencing("Lena Ortiz was convicted of fraud on Monday and will be sentenced in May.\n\n" + body,
                       parties=[Party("Lena Ortiz")])
    assert s.terms == []


def test_an_appositive_after_the_defendants_name_is_no_class_rule():
    _, s = _sentencing("Lena Ortiz, a former nurse convicted of fraud in May, faces up to 20 years in prison. "
                       "A judge sentenced Ortiz to four years in prison on Friday.", parties=[Party("Lena Ortiz")])
    assert [(t.text, t.status) for t in s.terms] == [("up to 20 years in prison", "maximum"),
                                                    ("four years in prison", "imposed")]


# Days already spent in custody counted against the sentence are a credit, never a prison term handed down
@pytest.mark.parametrize("body", [
    "He will receive credit for the roughly 18 months he has spent in the county jail.",
    "The judge gave him credit for 18 months already served.",
    "Tessler was granted credit for about 18 months he spent in custody awaiting trial.",
])
def test_time_served_credit_is_no_imposed_prison_term(body):
    _, s = _sentencing("A judge sentenced Omar Tessler to 10 years in prison on Friday. " + body, parties=[Party("Omar Tessler")])
    assert [t.text for t in s.terms if t.kind == "prison" and t.status == "imposed"] == ["10 years in prison"]


@pytest.mark.parametrize("sentence", [
    "Ulla Brandt stands accused of arson.",
    "Brandt remains charged with arson.",
    "She remains accused of arson after the hearing.",
    "Brandt, who stood accused of arson, was freed on bond.",
])
def test_a_named_defendant_who_stands_or_remains_accused_keeps_her_charge(sentence):
    # "stands", "remains" end in -s but are verbs, not a bare plural like "Teachers accused of ..."
    text = "title: Fire\noutlet: Test Wire\ndate: 2024-06-14\n\nUlla Brandt, a former teacher from Oakdale, was arrested in May.\n\n" + sentence + "\n"
    assert [c.text for c in extract(source_from_text("case.txt", text)).sentencing.charges] == ["arson"]


def test_people_in_general_accused_of_a_crime_are_no_charge():
    # Near miss: a bare plural subject is a class of people, not this case's defendant
    text = ("title: Fire\noutlet: Test Wire\ndate: 2024-06-14\n\nUlla Brandt, a former teacher from Oakdale, was arrested in May.\n\n"
            "Teachers accused of arson rarely go to trial.\n")
    assert extract(source_from_text("case.txt", text)).sentencing.charges == []


def test_the_time_to_serve_told_in_a_lede_stays_beside_the_suspension():
    _, s = _sentencing("Omar Pratt will serve two years behind bars. Judge Lena Fisk sentenced Pratt to eight years in "
                       "prison with all but two years suspended.")
    texts = {t.text for t in s.terms if t.status == "imposed"}
    assert {"two years behind bars", "eight years in prison with all but two years suspended", "all but two years suspended"} <= texts, \
        texts


def test_two_agencies_names_are_not_one_name_spelled_two_ways():
    from builder.extract.values import find_values

    text = ("title: Drug case\noutlet: Test Wire\ndate: 2024-06-14\n\n"
            "Agents of Coastal Security Investigations and the Marlby Division of Criminal Investigation arrested Tobias Wrenbury.\n\n"
            "Wrenbury was sentenced to 10 years. A court filing spelled his name Wrenbery.\n")
    source = source_from_text("story.txt", text)
    # a party list that took a fragment of an agency's name for a person, as a tagger may
    parties = [Party(name="Criminal Investigation", kind="person"), Party(name="Tobias Wrenbury", kind="person")]
    spellings = {(v.subject, v.value) for v in find_values(source, parties) if v.kind == "name"}
    assert not [s for s in spellings if s[1].startswith("Investigation")]
    # a person's misspelled surname is still a spelling to compare
    assert ("Tobias Wrenbury", "Wrenbery") in spellings



def _extracted(body: str):
    """The sentencing facts of a whole article, read with its people (whose plea a clause tells needs the article's cast)."""
    return extract(source_from_text("case.txt", "title: Case\noutlet: Test Wire\ndate: 2021-06-10\n\n" + body)).sentencing

def test_a_named_persons_plea_is_theirs_not_the_defendants():
    lede = "Corwin Tate, 44, a former school treasurer, was sentenced Monday to five years in prison for wire fraud.\n\n"
    for sentence in ("Ilse Vargasz's guilty plea to embezzlement was entered last year.",
                     "Prosecutors said Ilse Vargasz's plea to embezzlement came with a promise to testify.",
                     "In a separate case, Bram Okonwe's 2019 conviction for embezzlement was overturned."):
        s = _extracted(lede + sentence + "\n")
        assert not [c for c in s.charges if "embezzlement" in c.text and c.subject is None], sentence
    own = _extracted(lede + "Tate's guilty plea to embezzlement was entered in March.\n")
    assert [c for c in own.charges if c.text == "embezzlement" and c.subject is None]


def test_the_court_is_the_sentencing_court_not_the_appeals_court():
    s = _extracted("Corwin Tate, 44, was resentenced Monday to five years in prison for wire fraud.\n\n"
                    "The 7th U.S. Circuit Court of Appeals had thrown out his first sentence in 2022.\n\n"
                    "The new sentence was imposed in U.S. District Court in Peoria.\n")
    assert s.court is not None and s.court.text == "U.S. District Court in Peoria"
    only = _extracted("Corwin Tate, 44, lost his appeal Monday.\n\nThe 7th U.S. Circuit Court of Appeals upheld his five-year sentence.\n")
    assert only.court is not None and "Appeals" in only.court.text
    dated = _extracted("Corwin Tate, 44, was jailed for five years at Leeds Crown Court in June for fraud.\n")
    assert dated.court is not None and dated.court.text == "Leeds Crown Court"


@pytest.mark.parametrize("sentence,court", [
    ("Lucas County Common Pleas Judge Dana Fell sentenced Ray Ott to 12 years in prison.", "Lucas County Common Pleas Court"),
    ("Hennepin County District Judge Dana Fell sentenced Ray Ott to 12 years in prison.", "Hennepin County District Court"),
    ("U.S. District Judge Dana Fell sentenced Ray Ott to 12 years in prison.", "U.S. District Court"),
    ("East Baton Rouge Parish District Judge Dana Fell sentenced Ray Ott to 12 years.", "East Baton Rouge Parish District Court"),
])
def test_a_court_named_only_in_the_judges_title(sentence, court):
    source, s = _sentencing(sentence)
    assert s.court is not None and s.court.name == court
    c = s.court.citations[0]
    assert source.text[c.start:c.end] == s.court.text == court.removesuffix(" Court")


def test_a_judges_title_without_a_place_names_no_court_and_a_named_court_wins():
    _, s = _sentencing("Circuit Judge Dana Fell sentenced Ray Ott to 12 years in prison.")
    assert s.court is None
    _, s = _sentencing("Ray Ott was sentenced in Cuyahoga County Common Pleas Court. Lucas County Common Pleas Judge "
                       "Dana Fell had handled his earlier case.")
    assert s.court is not None and s.court.name == "Cuyahoga County Common Pleas Court"


def test_a_hyphenated_judges_name_before_of_is_no_part_of_the_court():
    for body in ("Prosecutors had asked Judge Lena Okoro-Vance of Marion Superior Court to impose six years.",
                 "Chief Judge Ruth Allen-Shaw of the Pima County Superior Court sentenced Tom Reyes to 12 years in prison."):
        court = _sentencing(body)[1].court
        assert court is not None and court.name.startswith(("Marion", "Pima", "the Pima")), court


def test_a_sentencing_moved_from_its_first_day_is_on_the_day_it_was_moved_to():
    for body in ("Lee's sentencing, originally set for Oct. 2, was postponed to Nov. 14.",
                 "Sentencing, first scheduled for Oct. 2, was moved to Nov. 14 at the request of the defense."):
        date = _sentencing(body, "2021-09-20")[1].sentencing_date
        assert date is not None and (date.text, date.value) == ("Nov. 14", dt.date(2021, 11, 14)), date
    date = _sentencing("Lee is scheduled to be sentenced Oct. 2.", "2021-09-20")[1].sentencing_date
    assert date is not None and date.value == dt.date(2021, 10, 2)


@pytest.mark.parametrize("body", [
    "Minutes later, Judge Cal Roth sentenced Ada Finch, 46, to 11 years in prison for the May 19 crash on Route 9 that "
    "killed a boy.",
    "Judge Cal Roth sentenced Ada Finch to life in prison for the April 2 shooting of a store clerk in Elm Grove.",
])
def test_the_day_of_the_deed_named_in_the_sentence_is_not_the_sentencing_date(body):
    _, s = _sentencing(body)
    assert s.sentencing_date is None or s.sentencing_date.text not in ("May 19", "April 2")


def test_the_day_of_the_sentencing_hearing_is_still_read():
    _, s = _sentencing("Ada Finch will be sentenced at the June 30 hearing for the May 19 crash that killed a boy.")
    assert s.sentencing_date is not None and s.sentencing_date.text == "June 30"

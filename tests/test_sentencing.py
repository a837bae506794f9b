"""Sentencing details from short articles written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from builder.extract.sentencing import find_sentencing
from builder.model import Party
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
    assert terms["home_confinement"].text == "four months of home confinement"
    assert terms["community_service"].amount == 200 and terms["community_service"].unit == "hours"
    assert "electronic_monitoring" in terms and "no_incarceration" in terms
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
    assert {"five years probation", "six months of home confinement", "500 hours of community service",
            "no jail time", "electronic monitoring"} == texts
    assert {(t.status, t.by) for t in s.terms} == {("recommended", "Ken Thompson")}
    assert s.judge is not None and s.judge.text == "Justice Danny Chun"
    assert s.sentencing_date is not None and s.sentencing_date.text == "April 14"

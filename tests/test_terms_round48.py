"""Round 48: a cap's own adjective stays with it ("a theoretical maximum of", "the maximum possible term of"), the count of
stacked terms stays with them ("three consecutive 12-year terms"), a bar the judge is reported to set ("Ostrow said Hale
would be barred from ...") is the court's term, a bare ask joins the same ask told with its length however the verb
reads, and a federal court read from a judge's title names the court. Each test has paraphrases and a near-miss."""
from __future__ import annotations

import pytest

from tests.helpers import sentencing_of



def _sentencing(*paragraphs: str):
    return sentencing_of(*paragraphs, published="2025-03-14", title="Hale case")


def _texts(sentencing, status=None):
    return [t.text for t in sentencing.terms if status is None or t.status == status]


@pytest.mark.parametrize("sentence, term", [
    ("Dirk Hale was convicted of fraud on Monday. He now faces a theoretical maximum of 20 years in prison on each count.",
     "a theoretical maximum of 20 years in prison"),
    ("Dirk Hale was convicted of fraud on Monday. He faces a combined maximum of 45 years in prison.",
     "a combined maximum of 45 years in prison"),
    ("Prosecutors asked the judge to impose the maximum possible term of 30 years in prison on Dirk Hale.",
     "maximum possible term of 30 years in prison"),
])
def test_a_caps_own_adjective_stays_in_its_text(sentence, term):
    assert term in _texts(_sentencing(sentence))


def test_a_plain_maximum_keeps_its_words():  # near miss: no adjective, the text as before
    assert "a maximum of 15 years in prison" in _texts(_sentencing("Dirk Hale was convicted of fraud. He faces a maximum of 15 years in prison."))


@pytest.mark.parametrize("sentence, term", [
    ("Judge Lena Ostrow sentenced Dirk Hale to 30 years in prison \u2014 three consecutive 10-year terms.", "three consecutive 10-year terms"),
    ("Judge Lena Ostrow sentenced Dirk Hale to 20 years in prison, two consecutive 10-year sentences, on Monday.",
     "two consecutive 10-year sentences"),
    ("Dirk Hale was sentenced to 45 years, made up of three consecutive 15-year prison terms.", "three consecutive 15-year prison terms"),
])
def test_the_count_of_stacked_terms_stays_with_them(sentence, term):
    assert term in _texts(_sentencing(sentence))


def test_a_single_consecutive_term_takes_no_number_before_it():  # near miss: "to five" is the first term's, no count
    texts = _texts(_sentencing("Judge Lena Ostrow sentenced Dirk Hale to five years for robbery and a consecutive 2-year term for the gun."))
    assert "a consecutive 2-year term" in texts or "consecutive 2-year term" in texts


@pytest.mark.parametrize("said", [
    "Ostrow said Hale would be barred from owning firearms.",
    "Ostrow told him he would also be barred from owning firearms.",
])
def test_a_bar_the_judge_is_reported_to_set_is_imposed(said):
    s = _sentencing("Judge Lena Ostrow sentenced Dirk Hale to four years in prison on Monday. " + said)
    bar = next(t for t in s.terms if t.text == "barred from owning firearms")
    assert bar.status == "imposed" and bar.by == "Lena Ostrow"


def test_a_bar_another_person_says_may_follow_is_no_term():  # near miss: his lawyer's forecast, not the court's order
    s = _sentencing("Judge Lena Ostrow sentenced Dirk Hale to four years in prison on Monday. "
                    "Hale's lawyer, Mark Upton, said Hale would be barred from practicing medicine.")
    assert not any("medicine" in t for t in _texts(s))


def test_a_bare_ask_joins_the_same_ask_told_with_its_length():
    s = _sentencing("Judge Lena Ostrow will sentence Dirk Hale on Friday. His lawyer asked for home confinement, citing his health.",
                    "Prosecutors are asking for 40 months in prison. Hale's lawyers want 10 months of home confinement.")
    assert "home confinement" not in _texts(s) and "10 months of home confinement" in _texts(s)


def test_a_bare_ask_of_another_kind_stays():  # near miss: probation asked for bare, home confinement with a length
    s = _sentencing("Judge Lena Ostrow will sentence Dirk Hale on Friday. His lawyer asked for probation, citing his health.",
                    "Prosecutors are asking for 40 months in prison. Hale's lawyers want 10 months of home confinement.")
    assert "probation" in _texts(s)


@pytest.mark.parametrize("sentence, text, name", [
    ("U.S. Magistrate Judge Lena Ostrow sentenced Dirk Hale to 90 days in jail.", "U.S. Magistrate", "U.S. District Court"),
    ("U.S. District Judge Lena Ostrow of the Northern District of Ohio sentenced Dirk Hale to five years in prison.",
     "Northern District of Ohio", "U.S. District Court for the Northern District of Ohio"),
    ("Dirk Hale was sentenced by U.S. District Judge Lena Ostrow of the District of Columbia to five years in prison.",
     "District of Columbia", "U.S. District Court for the District of Columbia"),
])
def test_a_federal_court_read_from_a_judges_title_is_named_as_the_court(sentence, text, name):
    court = _sentencing(sentence).court
    assert court is not None and (court.text, court.name) == (text, name)


def test_a_district_judge_with_no_district_told_keeps_the_titles_court():  # near miss: no district after the name
    court = _sentencing("U.S. District Judge Lena Ostrow sentenced Dirk Hale to five years in prison in Toledo.").court
    assert court is not None and court.name == "U.S. District Court"


def _sentencing_day(caption: str):
    return _sentencing("The gallery went quiet as the victim's sister held up a photograph.",
                       "Minutes later, Judge Lena Ostrow sentenced Dirk Hale to 18 years in prison.",
                       "Hale's lawyer said he would not appeal.",
                       caption).sentencing_date


@pytest.mark.parametrize("caption", [
    "Photo: Mara Hale holds her brother's photograph outside the Pike County Justice Center on Thursday.",
    "Photo: Relatives of the victims embrace outside the courthouse on Thursday.",
])
def test_a_caption_at_the_courthouse_dates_an_undated_sentencing(caption):
    day = _sentencing_day(caption)
    assert day is not None and day.text == "Thursday" and str(day.value) == "2025-03-13"


def test_a_caption_of_another_hearing_dates_no_sentencing():  # near miss: the arraignment's photo
    assert _sentencing_day("Photo: Dirk Hale at his arraignment at the Pike County Courthouse on Thursday.") is None

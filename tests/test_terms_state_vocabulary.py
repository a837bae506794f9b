"""Sentence terms in US state courts' own words: Wisconsin's bifurcated sentence told as a concurrent sentence,
Minnesota's "community work service", California's "victim restitution", Texas's "community supervision" named
without a length, West Virginia's "not less than ... nor more than", Colorado's deferred judgment and useful public
service, Alabama's split sentence, and orders covering a business and its staff or a victim and her home. Texts
invented for these tests."""
from __future__ import annotations

from tests.helpers import dated_facts, texts


def _terms(body: str) -> set[str]:
    return texts(dated_facts(body, "2025-03-04").sentencing.terms)


def test_a_concurrent_sentence_keeps_the_initial_confinement_it_names():
    terms = _terms("Judge Ada Welk sentenced Royce Tamblin to six years of initial confinement followed by four years "
                   "of extended supervision on the burglary charge.\n\n"
                   "On the battery charge, Welk imposed a concurrent sentence of two years of initial confinement and "
                   "two years of extended supervision.")
    assert "six years of initial confinement" in terms
    assert "concurrent sentence of two years of initial confinement" in terms


def test_restitution_named_for_whom_and_work_service_named_in_full():
    terms = _terms("A judge sentenced Noel Brandt, 29, to three years in prison on Monday. The court also ordered Brandt "
                   "to pay $2,410 in victim restitution.\n\n"
                   "Judge Ivy Lorne ordered him to perform 80 hours of community work service.")
    assert "$2,410 in victim restitution" in terms
    assert "80 hours of community work service" in terms


def test_no_contact_with_a_business_and_its_staff():
    terms = _terms("Judge Ivy Lorne sentenced Noel Brandt to four years in prison and ordered him to have no contact "
                   "with the pharmacy or its employees.")
    assert "no contact with the pharmacy or its employees" in terms


def test_community_supervision_without_a_length_is_the_probation_that_follows():
    s = dated_facts("Judge Ivy Lorne sentenced Noel Brandt to nine years in prison on Friday.\n\n"
                    "He will be placed on community supervision after his release.", "2025-03-04").sentencing
    placed = [t for t in s.terms if t.text == "community supervision"]
    assert placed and placed[0].kind == "probation" and placed[0].status == "imposed"


def test_west_virginias_not_less_than_nor_more_than_is_one_indeterminate_term():
    assert "not less than one nor more than 15 years in the penitentiary" in _terms(
        "Circuit Judge Pell Ostrow sentenced Ray Tedley to not less than one nor more than 15 years in the penitentiary "
        "for burglary.")


def test_colorados_deferred_judgment_and_useful_public_service():
    terms = _terms("Ellie Marwood, 19, received a two-year deferred judgment and 48 hours of useful public service.")
    assert {"two-year deferred judgment", "48 hours of useful public service"} <= terms


def test_an_alabama_split_sentence_keeps_the_part_served():
    assert "20-year split sentence, with three years to serve in prison and the rest on probation" in _terms(
        "Judge Gil Orlov sentenced Brady Lyle to a 20-year split sentence, with three years to serve in prison and the "
        "rest on probation.")


def test_plural_count_sentences_and_a_stay_away_order_with_two_places():
    terms = _terms("Judge Ivy Trenholm sentenced Nolan Shawcross to two 15-year sentences on Friday. He was also ordered "
                   "to stay away from the victim and her home for 10 years.")
    assert "two 15-year sentences" in terms
    assert "stay away from the victim and her home" in terms

"""Sentences told as a live page's tally lines and Georgia's "N years, M to serve", a guideline's starting point told by
a side or by nobody, a request that does not govern what the court did after it, British counts and endorsements, a
help line under a story, and the accused a pronoun takes up: short texts written for these tests, each with a near-miss."""
from __future__ import annotations

from builder.sources import source_from_text
from tests.helpers import charge_texts, facts_of, sentencing_of, terms_by_text


_terms = terms_by_text


def _others(*paragraphs: str) -> dict[str, str | None]:
    return {t.text: t.subject for t in sentencing_of(*paragraphs).others}


def test_a_georgia_split_sentence_keeps_its_part_to_serve_with_or_without_with():
    terms = _terms("Ann Hale, 61, of Lizella, was sentenced Thursday to 12 years, four to serve in prison and the balance "
                   "on probation.", "Prosecutors had recommended 10 years, three to serve.")
    assert terms.get("12 years, four to serve in prison and the balance on probation") == ("prison", "imposed")
    assert terms.get("10 years, three to serve") == ("prison", "recommended")
    # near-miss: a length and an unrelated number after a comma stay apart
    terms = _terms("Ann Hale, 61, was sentenced Thursday to 12 years, four months after her arrest.")
    assert not [t for t in terms if "to serve" in t]


def test_a_live_pages_tally_line_gives_each_named_person_their_own_terms():
    assert _terms("Ann Hale, 61, of Lizella, was sentenced Thursday.",
                  "Judge Tom Ruiz hands down Hale's sentence: 20 years, eight to serve.").get(
        "20 years, eight to serve") == ("prison", "imposed")
    paragraphs = ["Ann Hale, 61, of Lizella, was sentenced Thursday. Her office manager, Bo Oakes, was sentenced with her.",
                  "Final tally:", "Ann Hale: 20 years, serve 8 in prison, the rest on probation.",
                  "Bo Oakes: 12 years, serve 4 in prison."]
    terms = _terms(*paragraphs)
    assert terms.get("20 years, serve 8 in prison, the rest on probation") == ("prison", "imposed")
    assert _others(*paragraphs).get("12 years, serve 4 in prison") == "Bo Oakes"
    assert "12 years, serve 4 in prison" not in terms  # never the defendant's
    # near-miss: a line headed by a side's word is that side's ask, not a tally of what was given
    terms = _terms("Ann Hale, 61, was sentenced Thursday to probation.", "Prosecutors: 25 years in prison.")
    assert terms.get("25 years in prison", ("", ""))[1] != "imposed"


def test_someones_sentence_as_a_label_is_theirs():
    others = _others("Ann Hale, 61, was sentenced Thursday to 20 years in prison.",
                     "Bo Oakes' sentence: 12 years, four to serve in prison and the balance on probation.")
    assert others.get("12 years, four to serve in prison and the balance on probation") == "Bo Oakes"


def test_a_starting_point_is_the_sides_submission_or_the_courts_reckoning_never_the_sentence():
    lede = "Liam Hale, 32, was given a community order at Newcastle Crown Court."
    terms = _terms(lede, "Tom Bell, prosecuting, told the recorder, Ann Cole, that the offence fell into a category of the "
                         "sentencing guidelines with a starting point of one year's custody.")
    assert terms.get("one year's custody") == ("prison", "recommended")
    assert not _others(lede, "Tom Bell, prosecuting, told the recorder, Ann Cole, that the offence had a starting point "
                             "of one year's custody.")  # the recorder is the judge, never a person sentenced
    terms = _terms(lede, "The judge adopted a starting point of 12 years in custody before a discount for his plea.")
    assert terms.get("12 years in custody") == ("prison", "other")
    # near-miss: the sentence itself, told with "sentencing", is still imposed
    assert _terms("Liam Hale, 32, was jailed for two years at a sentencing hearing.").get(
        "jailed for two years") == ("prison", "imposed")


def test_a_call_for_change_does_not_govern_what_the_court_did_after_it():
    terms = _terms("Liam Hale, 32, pleaded guilty to stalking.",
                   "His former partner has called for tighter controls on trackers, after he was spared jail.",
                   "Campaigners are asking for change since Hale was given 200 hours of unpaid work.")
    assert terms.get("spared jail") == ("no_incarceration", "imposed")
    assert terms.get("200 hours of unpaid work") == ("community_service", "imposed")
    # near-miss: the request's own object is still a request
    assert _terms("Liam Hale, 32, pleaded guilty to stalking.",
                  "Prosecutors asked for 200 hours of unpaid work after he was convicted.").get(
        "200 hours of unpaid work") == ("community_service", "recommended")


def test_british_counts_costs_and_penalty_points():
    assert charge_texts("Tom Hale, 57, was jailed after admitting seven offences of fraud by false representation "
                        "and one of converting criminal property.") == ["fraud by false representation",
                                                                        "converting criminal property"]
    terms = _terms("Tom Hale, 30, of Calne, was given six penalty points and ordered to pay £400 towards the RSPCA's costs.",
                   "His licence was also endorsed with three penalty points for the second offence.")
    assert terms.get("six penalty points") == ("penalty_points", "imposed")
    assert terms.get("three penalty points") == ("penalty_points", "imposed")
    assert terms.get("£400 towards the RSPCA's costs") == ("costs", "imposed")
    # near-miss: what the law allows is a maximum
    assert _terms("Tom Hale, 30, could get up to 11 penalty points.").get("11 penalty points", ("", ""))[1] == "maximum"


def test_a_list_of_offences_goes_on_past_one_named_for_a_programme():
    assert charge_texts("A jury convicted Ann Hale in January of racketeering, Medicaid fraud, exploitation of an elder "
                        "person and theft by taking.") == ["racketeering", "Medicaid fraud", "exploitation of an elder person",
                                                           "theft by taking"]
    # near-miss: a name after the list's comma is no offence
    assert charge_texts("Ann Hale was convicted of fraud, Tom Ruiz said.") == ["fraud"]


def test_a_help_line_under_the_story_is_clutter():
    source = source_from_text("h.txt", "The hearing opened.\nIn the UK, the National Stalking Helpline can be contacted on "
                                       "0808 802 0300.\nSamaritans can be contacted free on 116 123.\n")
    assert [p.kind for p in source.paragraphs] == ["body", "clutter", "clutter"]
    # near-miss: a tip line is the investigating force's appeal, part of the story
    source = source_from_text("t.txt", "The hearing opened.\nAnyone with information should call the Crime Stoppers "
                                       "hotline at 1-800-222-8477.\n")
    assert [p.kind for p in source.paragraphs] == ["body", "body"]


def test_the_accused_a_pronoun_takes_up_outweighs_a_victim_named_more_often():
    story = ("title: Victim calls for action on trackers\noutlet: Test Wire\ndate: 2025-07-12\n\n"
             "A woman whose former partner tracked her car has called for tighter controls on trackers.\n\n"
             "Liam Creel, 32, hid a tracker in the wheel arch of Hannah Dryer's car after she ended their relationship.\n\n"
             "He admitted stalking involving serious alarm or distress and was given a two-year community order.\n\n"
             "Dryer, 28, said she had spent weeks believing she was going mad.\n\n"
             "The court heard that Creel, a scaffolder, waited outside the shop where Dryer worked.\n\n"
             "Creel had no previous convictions, and the judge told Creel he had come close to prison.\n\n"
             "Dryer said she checks under her car every time she drives it.\n\n"
             "A charity which supported Dryer said trackers were now common.\n\n"
             "Dryer, who now lives with her mother, said she still looks for him everywhere.\n")
    assert facts_of(story).defendant == "Liam Creel"


def test_australian_and_new_zealand_orders_keep_their_own_names():
    lede = "Tom Hale, 16, pleaded guilty in the Childrens Court."
    terms = _terms(lede, "He was sentenced to six months' detention with an immediate conditional release order.",
                   "He was also handed 12 months' probation and a restorative justice order.")
    assert terms.get("immediate conditional release order", ("", ""))[1] == "imposed"
    assert terms.get("restorative justice order", ("", ""))[1] == "imposed"
    terms = _terms("Tom Hale, 27, pleaded guilty to unlawfully causing serious harm.",
                   "Justice Ann Ruiz sentenced him to five years' imprisonment, to be suspended after two years.",
                   "She also granted a final family violence intervention order protecting the woman for five years.",
                   "He must submit to judicial monitoring.")
    assert terms.get("five years' imprisonment, to be suspended after two years") == ("prison", "imposed")
    assert terms.get("final family violence intervention order protecting the woman for five years", ("", ""))[1] == "imposed"
    assert terms.get("submit to judicial monitoring", ("", ""))[1] == "imposed"
    # near-miss: an interim order the victim took out before the case is no part of the sentence
    terms = _terms("Tom Hale, 45, breached an interim intervention order 14 times and was given a community corrections order.")
    assert not [t for t in terms if "interim" in t]


def test_new_zealand_drink_driving_and_forfeiture_orders():
    terms = _terms("Fiona Hale, 53, was sentenced on a charge of driving with excess breath alcohol, third or subsequent.",
                   "Judge Ann Ruiz also imposed an alcohol interlock sentence.",
                   "She must hold an interlock licence for 12 months, and will then move to a zero alcohol licence for three years.",
                   "The judge also made forfeiture orders for $186,450 in cash.")
    assert terms.get("alcohol interlock sentence", ("", ""))[1] == "imposed"
    assert terms.get("move to a zero alcohol licence for three years", ("", ""))[1] == "imposed"
    assert terms.get("forfeiture orders for $186,450 in cash") == ("forfeiture", "imposed")
    assert charge_texts("Fiona Hale was sentenced on a charge of driving with excess breath alcohol, third or subsequent.") == [
        "driving with excess breath alcohol, third or subsequent"]


def _story(*paragraphs: str) -> str:
    return "title: Court case\noutlet: Test Wire\ndate: 2025-03-12\n\n" + "\n\n".join(paragraphs) + "\n"


def test_a_child_the_story_never_names_is_the_one_sentenced_not_the_victims_named_most():
    story = _story("A teenage boy has been sentenced to detention over a night of offending in Townsville.",
                   "The boy, who was 15 at the time, was sentenced in the Childrens Court on Wednesday to six months' detention.",
                   "The court heard he took the keys to a car belonging to Bruce and Noreen Halloran.",
                   "Bruce Halloran said the family had not slept since. Halloran said he wanted an apology.",
                   "In a statement read to the court, Mrs Halloran said the break-in had frightened her.",
                   '"I had never once been frightened in my own house," she wrote.')
    facts = facts_of(story)
    assert facts.defendant is None
    # the courtesy title picks, of the two Hallorans, the one whose given name is a woman's
    assert [q.speaker for q in facts.quotes if q.text.startswith("I had never")] == ["Noreen Halloran"]
    # near-miss: a named teenager who was sentenced is the defendant
    assert facts_of(_story("A teenage boy has been sentenced to detention.",
                           "Tom Hale, 17, was sentenced in the Childrens Court to six months' detention.")).defendant == "Tom Hale"


def test_a_name_inside_a_rejected_submission_is_not_the_next_pronouns_speaker():
    facts = facts_of(_story("Tyson Vale, 24, was jailed for eight years by Judge Simon Hadley.",
                            "The judge rejected a defence submission that Vale should receive a 30 per cent reduction.",
                            "He said there was no evidence of an earlier offer to plead guilty.",
                            '"The law is clear that the discount reflects the timing of the plea," he said.'))
    assert [q.speaker for q in facts.quotes if q.text.startswith("The law")] == ["Simon Hadley"]

"""Credit for time served told with the custody it counts ("has been in custody since his arrest and will receive credit
for time served") or granted with a length ("settled on 48 months, with credit for time served"); a list after a
name ("took Coyle, his girlfriend and another couple out") is no role of the name's; a family is "the Roe family", and
a bare "the family" in a story of one victim is the victim's."""
from __future__ import annotations

import pytest

from tests.helpers import case_of, facts_of, one_term_of_kind, party_names, party_roles, sentencing_of, speaker_of, terms_of_kind

_LEAD = "Odell Pryce, 39, was sentenced Tuesday to nine years in federal prison for wire fraud."


@pytest.mark.parametrize("custody", [
    "Pryce has been in federal custody since his arrest in May 2024 and will receive credit for time served.",
    "Pryce has been in custody since his arrest in May 2024, and he will receive credit for time served.",
    "He has been held at the Tarnby County Jail since his conviction and will receive credit for time served.",
    "Pryce has been jailed since March and will get credit for time served.",
])
def test_credit_counted_from_custody_told_in_its_sentence(custody):
    term = one_term_of_kind(sentencing_of(_LEAD, custody), "time_served_credit")
    assert (term.text, term.status, term.subject) == ("credit for time served", "imposed", None)


def test_credit_granted_with_the_length_it_counts_against():
    s = sentencing_of("Odell Pryce was sentenced Tuesday for wire fraud. Prosecutors had asked for 60 months.",
                      "Judge Ann Lowry settled on 48 months, with credit for time served.")
    assert one_term_of_kind(s, "time_served_credit").text == "credit for time served"


@pytest.mark.parametrize("bare", [
    # near misses: the formula alone, or a reckoning of release, is no grant
    "He will receive credit for time served.",
    "With credit for time served and good-conduct time, he could be out in about two years, his lawyer said.",
    # custody told in another sentence is too far to tell what the credit counts
    "Pryce was arrested in May 2024. He will receive credit for time served.",
])
def test_credit_without_its_custody_is_not_printed(bare):
    assert not terms_of_kind(sentencing_of(_LEAD, bare), "time_served_credit")


def test_a_list_after_a_name_gives_it_no_role():
    roles = party_roles("Bradley Hennig, 44, was sentenced Friday for the death of Jared Colby. That night Hennig took "
                        "Colby, his girlfriend and another couple out on his boat to watch fireworks.")
    assert not any("girlfriend" in role for role in roles.get("Jared Colby", []))
    roles = party_roles("Deputy Ray Ibarra was killed in the crash. He is survived by his wife, Marisol, their "
                        "daughter and his parents. Tom Breck was convicted of manslaughter.")
    assert not any("daughter" in role for role in roles.get("Marisol", []) + roles.get("Marisol Ibarra", []))


def test_two_roles_closed_by_a_comma_are_both_the_names():
    roles = party_roles("Marcus Tillo, a warehouse worker and the father of a young daughter, was shot by Officer "
                        "Dale Rourke, who was convicted of manslaughter on Monday.")
    assert any("warehouse worker" in role for role in roles.get("Marcus Tillo", []))


# A family speaks and is listed as "the Roe family"; "the family said" in a story of one victim is the victim's family.

def test_a_family_is_named_with_its_article():
    facts = facts_of("Odell Pryce was sentenced Tuesday to nine years in prison for killing Nadia Varga in a crash.\n\n"
                     "\"We will never stop missing her,\" the Varga family said in a statement.")
    assert speaker_of(facts, "We will never") == "the Varga family"
    assert "the Varga family" in party_names(facts)


def test_the_bare_family_of_a_story_with_one_victim_is_the_victims():
    facts = facts_of("Dana Harlow pleaded guilty to involuntary manslaughter in the death of 22-month-old Elijah "
                     "Brookes, who was left in a hot van for three hours.\n\n"
                     "After the hearing, the family said the sentence \"is not what we hoped for, but it is not nothing.\"")
    assert ("Elijah Brookes", ["victim"]) in [(p.name, p.roles) for p in facts.parties]
    assert speaker_of(facts, "is not what") == "the Brookes family"


def test_a_possessive_family_takes_the_article_only_for_a_surname():
    facts = facts_of("Carl Jessop was sentenced to 12 years in prison for the shooting.\n\n"
                     "\"He is not a monster,\" Jessop's family said. \"We love him,\" Elijah's family added.")
    assert speaker_of(facts, "He is not") == "the Jessop family"
    assert speaker_of(facts, "We love him") != "the Elijah family"


def test_a_photo_credit_naming_a_family_is_no_person():
    facts = facts_of("Darnel Whitby was killed in 2021. PHOTO: Whitby in an undated photo. Whitby Family\n\n"
                     "Travis Dunn was sentenced to 30 years in prison. \"We got part of what we wanted,\" the Whitby "
                     "family said.")
    families = [p for p in facts.parties if p.name.lower() == "the whitby family"]
    assert [p.kind for p in families] == ["group"]


def test_a_family_opens_its_table_row_and_heading_with_a_capital():
    from builder.model import RenderOptions
    from builder.render import render
    from html.parser import HTMLParser

    story = ("title: Driver jailed\noutlet: Test Wire\ndate: 2024-05-02\n\nOdell Pryce was sentenced Tuesday to nine "
             "years in prison for killing Nadia Varga in a crash.\n\n\"We will never stop missing her,\" the Varga "
             "family said in a statement.\n")
    html = render(case_of(("a.txt", story)), RenderOptions(formats=("html",)))["html"].decode("utf-8")

    class Cells(HTMLParser):
        def __init__(self):
            super().__init__()
            self.open, self.texts = None, []

        def handle_starttag(self, tag, attrs):
            if tag in ("th", "h3"):
                self.open = tag
                self.texts.append("")

        def handle_endtag(self, tag):
            self.open = None if tag == self.open else self.open

        def handle_data(self, data):
            if self.open:
                self.texts[-1] += data

    cells = Cells()
    cells.feed(html)
    assert any(t.startswith("The Varga family") for t in cells.texts), cells.texts
    assert not any(t.startswith("the Varga family") for t in cells.texts)


def test_a_public_body_is_named_with_its_article_and_a_company_or_person_is_not():
    facts = facts_of("Odell Pryce was sentenced to nine years in prison for fraud.\n\n\"This was greed,\" the Justice "
                     "Department said in a statement. \"We are proud,\" said Marcus Court, a spokesman for the Bexar "
                     "County Sheriff's Office. Calon Care Ltd said it had fired him.\n")
    assert speaker_of(facts, "This was greed") == "the Justice Department"
    assert speaker_of(facts, "We are proud") == "Marcus Court"
    names = party_names(facts)
    assert "the Bexar County Sheriff's Office" in names and "Marcus Court" in names
    assert not any(name.startswith("the Calon") for name in names)


def test_a_body_the_article_names_without_an_article_keeps_its_name():
    # near miss: British councils and courts go without ("Walsall Council said", "at Wolverhampton Crown Court")
    facts = facts_of("Tyrel Boateng was jailed for 12 years at Wolverhampton Crown Court.\n\n\"Our streets are safer,\" "
                     "Walsall Council said in a statement.\n")
    assert speaker_of(facts, "Our streets") == "Walsall Council"


def test_sources_naming_a_body_with_and_without_its_country_are_one_party():
    stories = [("a.txt", "title: A\noutlet: Wire\ndate: 2024-05-02\n\nOdell Pryce was sentenced to nine years in prison. "
                         "The U.S. Justice Department prosecuted the case.\n"),
               ("b.txt", "title: B\noutlet: Daily\ndate: 2024-05-03\n\nOdell Pryce was sentenced to nine years in prison. "
                         "The case was brought by the Justice Department's fraud section; the Justice Department "
                         "declined to comment.\n")]
    names = [p.name for p in case_of(*stories).parties if "Justice" in p.name]
    assert len(names) == 1, names

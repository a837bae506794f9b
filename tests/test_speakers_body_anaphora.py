"""Four news-writing conventions for which organisation "the group/the union/the company said" means: the body the
article named most recently (a passive agent too), never an earlier "a group of <people>" phrase or a plural like
"Investigators"; the name an appositive describes with that noun ("Elm Workers United, the union that …"); the body
that spoke in the sentence just before, even with a quoted title in its relative clause, over an older company
name; and a name introduced by "called"/"named", lowercase words and all. Short texts written for these tests."""
from __future__ import annotations

from tests.helpers import quotes_of as _quotes_of

LEDE = "A jury on Monday convicted Orrin Vasko, a former jail captain, of beating two inmates.\n\n"
EARLIER_PEOPLE = "Investigators said a group of guards and cooks who called themselves the Cellar Crew had joined in.\n\n"
EARLIER_FIRM = "Vasko's company, Vasko Security LLC, closed last year.\n\n"


def speaker_of(body: str, quote: str) -> str | None:
    found = dict(_quotes_of(LEDE + body, "Captain convicted"))
    return found[quote]


def test_the_group_is_the_body_named_last_not_an_earlier_group_of_people():
    passive = EARLIER_PEOPLE + "The verdict was praised by the Kansas NAACP, which had sought his firing.\n\n" \
                               "\"No badge is a shield,\" the group said in a statement.\n"
    assert speaker_of(passive, "No badge is a shield,") == "Kansas NAACP"
    members = EARLIER_PEOPLE + "Members of the Tarrow Tenants Alliance filled the gallery. " \
                               "\"We were heard,\" the group said.\n"
    assert speaker_of(members, "We were heard,") == "Tarrow Tenants Alliance"
    condemned = EARLIER_PEOPLE + "The ruling was condemned by Fathers Against Long Sentences. " \
                                 "\"This helps nobody,\" the organization said in a statement.\n"
    assert speaker_of(condemned, "This helps nobody,") == "Fathers Against Long Sentences"


def test_an_unnamed_group_of_people_or_a_plural_subject_is_never_made_the_speaker():
    people = "A group of neighbors and friends who knew the inmates gathered outside.\n\n" \
             "\"We miss them,\" the group said.\n"
    assert speaker_of(people, "We miss them,") in (None, "the group")
    plural = "Investigators said the money went to a shell company.\n\n\"We are relieved,\" the group said.\n"
    assert speaker_of(plural, "We are relieved,") in (None, "the group")


def test_an_appositive_naming_the_body_with_the_noun_gives_that_body():
    union = EARLIER_FIRM + "Jail Cooks United, the union that has tried to organize county kitchens, cheered. " \
                           "\"A good day,\" the union said in a statement.\n"
    assert speaker_of(union, "A good day,") == "Jail Cooks United"
    company = EARLIER_FIRM + "Brightmoor Foods, a company based in Salina, supplied the jail. " \
                             "\"We cut ties,\" the company said.\n"
    assert speaker_of(company, "We cut ties,") == "Brightmoor Foods"
    hospital = EARLIER_FIRM + "Lindell Ridge, the hospital where the inmates were treated, kept records. " \
                              "\"We shared everything,\" the hospital said.\n"
    assert speaker_of(hospital, "We shared everything,") == "Lindell Ridge"


def test_a_person_described_with_the_noun_as_a_modifier_is_not_the_body():
    organizer = "Tomas Ferrante, a union organizer, spoke at the rally outside.\n\n" \
                "\"We stand with the guards,\" the union said.\n"
    assert speaker_of(organizer, "We stand with the guards,") != "Tomas Ferrante"
    employee = "Ellis Brandt, the company's former controller, testified for the state.\n\n" \
               "\"We cooperated fully,\" the company said.\n"
    assert speaker_of(employee, "We cooperated fully,") != "Ellis Brandt"


def test_the_company_is_the_body_that_spoke_just_before_not_an_older_company_name():
    title = EARLIER_FIRM + "Prosecutors said he hid the beatings for years.\n\n" \
                           "Hartlow Lane Media, which produces \u201cNight Shift Diaries,\u201d said it had paused " \
                           "the series. \u201cWe are aware of the verdict,\u201d the company said in a statement.\n"
    assert speaker_of(title, "We are aware of the verdict,") == "Hartlow Lane Media"
    would = EARLIER_FIRM + "Prosecutors said he hid the beatings for years.\n\n" \
                           "Brightmoor Foods said it would review its contracts. \"We had no idea,\" the company said.\n"
    assert speaker_of(would, "We had no idea,") == "Brightmoor Foods"
    confirmed = EARLIER_FIRM + "Prosecutors said he hid the beatings for years.\n\n" \
                               "Northgate Systems confirmed it had fired Vasko in March. " \
                               "\"He no longer works here,\" the company said.\n"
    assert speaker_of(confirmed, "He no longer works here,") == "Northgate Systems"


def test_the_only_company_named_still_speaks_when_nobody_else_spoke():
    only = EARLIER_FIRM + "\"We are sorry,\" the company said in a statement.\n"
    assert speaker_of(only, "We are sorry,") == "Vasko Security LLC"


def test_a_body_introduced_by_called_or_named_keeps_its_whole_name():
    blue = EARLIER_PEOPLE + "On Facebook, a group called Salina Backs the Blue, which has 9,000 members, disagreed. " \
                            "\"They came after a good man,\" the group's administrators wrote in a pinned post.\n"
    assert speaker_of(blue, "They came after a good man,") == "Salina Backs the Blue"
    page = EARLIER_PEOPLE + "A page named Friends of the Valley Shelter shared the news. " \
                            "\"Justice at last,\" the page said.\n"
    assert speaker_of(page, "Justice at last,") == "Friends of the Valley Shelter"
    pair = EARLIER_PEOPLE + "A Facebook group called Justice for Ada and Mia has 20,000 members. " \
                            "\"We will keep watching,\" the group said.\n"
    assert speaker_of(pair, "We will keep watching,") == "Justice for Ada and Mia"


def test_a_person_introduced_by_named_is_not_the_group():
    man = "A man named Ellis Brandt testified that he saw the beatings.\n\n" \
          "\"We want answers,\" the group said in a statement.\n"
    assert speaker_of(man, "We want answers,") != "Ellis Brandt"


def test_a_titled_person_or_a_public_agency_speaking_in_between_does_not_become_the_company():
    firm = "Vasko took kickbacks from Callander Catering Company for a decade.\n\n"
    judge = firm + "U.S. District Judge Harlan Vost said the losses were large. \"We are glad it is over,\" the company said.\n"
    assert speaker_of(judge, "We are glad it is over,") == "Callander Catering Company"
    agency = firm + "The FBI said it had closed its inquiry. \"We trusted him,\" the company said.\n"
    assert speaker_of(agency, "We trusted him,") == "Callander Catering Company"

"""Round 67, speakers and parties: a person the paragraph's last sentence opens on before a "she said" quote; a union
local named by its number alone; a body whose restrictive clause names someone else; a union named by its members;
a body's unnamed head, named in the next paragraph; an appeal opinion's author as a later "she wrote"; and "Justice"
inside an advocacy group's name, which makes no one a judge. Short texts written for these tests."""
from __future__ import annotations

from tests.helpers import party_kinds, speaker_in

LEDE = "HARLOW — The owner of a boarding home, Marisa Quell-Oduya, was sentenced Friday to eight years in prison.\n\n" \
       "Quell-Oduya, 59, pleaded guilty in May. She did not speak at the hearing.\n\n"


def test_the_person_a_paragraphs_last_sentence_opens_on_speaks_in_the_next_pronoun_quote():
    photo = LEDE + "Relatives of the three residents spoke. Ottilie Brand-Sorensen held up a photo of her father.\n\n" \
                   "\u201cMy father built boats for fifty years,\u201d she said. \u201cNobody kept him cool.\u201d\n"
    assert speaker_in(photo, "built boats") == "Ottilie Brand-Sorensen"
    assert "Ottilie Brand-Sorensen" in party_kinds(photo)
    wept = LEDE + "The gallery was full on Friday. Several families came from out of state. Marguerite Ellison wept " \
                  "as the sentence was read.\n\n\u201cIt took two years to hear that,\u201d she told reporters.\n"
    assert speaker_in(wept, "two years") == "Marguerite Ellison"


def test_a_union_local_named_by_its_number_alone_is_a_party_and_speaks_by_that_name():
    appositive = LEDE + "The nurses union, Local 4471, which had backed the home's workers, said in a statement that " \
                        "its members \u201cstand with every family\u201d and would say no more.\n"
    assert speaker_in(appositive, "stand with every family") == "Local 4471"
    assert party_kinds(appositive).get("Local 4471") == "organization"
    of_the = LEDE + "Local 38 of the Hotel Workers Guild said the home had \u201cignored every complaint\u201d for years.\n"
    assert party_kinds(of_the).get("Local 38") == "organization"
    counted = LEDE + "Inspectors counted Local 12 complaints in 2023.\n"  # (no union around it: no party)
    assert "Local 12" not in party_kinds(counted)


def test_a_body_before_its_restrictive_clause_speaks_not_the_name_inside_the_clause():
    union = "BANGOR — A former fire captain, Wade Tollivar, was convicted Monday of manslaughter.\n\n" \
            "The nurses union that represents Tollivar's hospital said its \u201cprayers are with the family\u201d.\n"
    assert speaker_in(union, "prayers are with") == "nurses union"
    bank = "BANGOR — A former fire captain, Wade Tollivar, was convicted Monday of manslaughter.\n\n" \
           "The teachers association that endorsed Tollivar in 2019 said it was \u201cdeeply saddened\u201d.\n"
    assert speaker_in(bank, "deeply saddened") == "teachers association"


def test_a_bodys_unnamed_head_is_the_leader_the_article_names_next():
    transit = "WICHITA — A former transit security chief, Bram Elmore, was sentenced Tuesday to three years.\n\n" \
              "The head of the Plainview Transit Authority says the sentence should tell riders that \u201cthe buses " \
              "are safe again.\u201d\n\nExecutive Director Lorna Petrakou said the agency had \u201chelped at every step.\u201d\n"
    assert speaker_in(transit, "buses are safe") == "Lorna Petrakou"
    hospital = "DAYTON — A former billing clerk, Nadia Orlova, was sentenced Monday to 30 months.\n\n" \
               "The leader of Riverside Mercy Hospital told reporters that patients \u201cdeserve honest bills.\u201d\n\n" \
               "Hospital President Gideon Farrowe added that it had \u201cchanged every control.\u201d\n"
    assert speaker_in(hospital, "deserve honest bills") == "Gideon Farrowe"


def test_the_author_of_an_opinion_written_by_a_judge_is_the_later_she_who_wrote():
    circuit = "A federal appeals court on Monday threw out two fraud counts against former coach Dorian Velling.\n\n" \
              "Prosecutors are asking U.S. District Judge Amos Thackeray to order 50 months in prison.\n\n" \
              "The appeals court\u2019s opinion, written by Judge Priya Kallaway, said the statute could not stretch " \
              "that far. The government\u2019s theory, she wrote, would make \u201ca crime of every private favor.\u201d\n"
    assert speaker_in(circuit, "private favor") == "Priya Kallaway"
    state = "Former county clerk Osric Dunmoor won a partial victory on Thursday.\n\n" \
            "Dunmoor will be resentenced by Judge Calvin Brandtner, who first sentenced him to six years.\n\n" \
            "A 5-2 ruling authored by Justice Renata Olafsdottir found the jury was misinstructed. \u201cThe " \
            "instruction invited a verdict on character,\u201d she wrote.\n"
    assert speaker_in(state, "verdict on character") == "Renata Olafsdottir"


def test_justice_in_an_advocacy_groups_name_makes_no_one_a_judge():
    lede = "TUCSON \u2014 The landlord of a burned apartment block was sentenced Friday to nine years in prison, after " \
           "a judge said she had treated her tenants\u2019 safety as \u201ca rounding error.\u201d\n\n" \
           "Pima County Superior Court Judge Desmond Arnell ordered Rhoda Dellacroix, 58, to serve the terms in a row.\n\n"
    coalition = lede + "Tamsin Oyelaran, director of the Sonora Tenant Justice Coalition, said the case was overdue.\n"
    assert speaker_in(coalition, "rounding error") == "Desmond Arnell"
    center = lede + "Paulo Venter, head of the Center for Housing Justice Reform, called it a warning.\n"
    assert speaker_in(center, "rounding error") == "Desmond Arnell"


def test_a_body_the_article_never_names_is_told_apart_by_its_restrictive_clause():
    chef = "Television chef Arlo Benedotti was convicted of tax fraud on Monday.\n\n" \
           "More than 80 people wrote letters for him. The network that aired his show has said it has \u201cno plans\u201d " \
           "to revive it.\n"
    assert speaker_in(chef, "no plans") == "the network that aired his show"
    employer = "Television chef Arlo Benedotti was convicted of tax fraud on Monday.\n\n" \
               "The company that employed Benedotti in 2010 said it was \u201cshocked\u201d by the charges.\n"
    assert speaker_in(employer, "shocked") == "the company that employed Benedotti in 2010"

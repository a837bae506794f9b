"""Round 66, quote speakers and parties: a statement read "on behalf of" an unnamed, described person speaks as that
description; an unnamed person described with the group she belongs to and her age ("The young man among the
tenants, now 30, told Roe …") speaks in her own sentence and in the "she said" after it; a board a body owns keeps its
own noun ("the club's board"); "her attorney" is never the lawyer of a namesake co-defendant; a town named after
"the city of" / "the people of", and a car after "a used", are no person. All texts are invented for these tests."""
from __future__ import annotations

from tests.helpers import facts_of, party_kinds, speaker_in

_KENNEL = ("A husband and wife who ran a kennel face sentencing Monday for neglecting dozens of dogs.\n\n"
           "Dale Fenwick, 50, and his wife, Ruth Fenwick, 48, ran the kennel from a farm until wardens seized 90 dogs. "
           "Circuit Judge Nora Albin will decide the sentences.\n\n"
           "Dale Fenwick\u2019s attorney, Oscar Pruitt, has asked for six months in county jail, arguing that his client "
           "has no record. Ruth Fenwick\u2019s attorney asked for probation.\n\n"
           "\u201cRuth Fenwick never made the decisions here,\u201d her attorney wrote in a court filing. "
           "\u201cShe was isolated and afraid.\u201d\n")


def test_a_statement_read_on_behalf_of_a_described_victim_is_that_victims():
    text = ("A former swim coach was sentenced Tuesday to 12 years in prison for abusing three students.\n\n"
            "Marcus Delorne, 38, stared at the table.\n\n"
            "A victim advocate read a statement on behalf of the second victim, now 19, who lives abroad.\n\n"
            "\u201cI stopped swimming. I stopped trusting anyone,\u201d the statement said.\n")
    assert speaker_in(text, "stopped swimming") == "the second victim"


def test_a_described_person_among_a_group_speaks_in_her_sentence_and_after_it():
    text = ("A former swim coach was sentenced Tuesday to 12 years in prison for abusing three students.\n\n"
            "Marcus Delorne, 38, stared at the table.\n\n"
            "The teenage girl among the swimmers, now 17, told Delorne she had spent a year "
            "\u201choping someone would listen.\u201d\n\n"
            "\u201cI told my mother first,\u201d she said. \u201cShe believed me.\u201d\n")
    assert speaker_in(text, "hoping someone") == "the teenage girl among the swimmers"
    assert speaker_in(text, "told my mother") == "the teenage girl among the swimmers"


def test_a_bodys_board_keeps_its_own_noun():
    text = ("A former swim coach was sentenced Tuesday to 12 years in prison for abusing three students.\n\n"
            "Marcus Delorne, 38, stared at the table.\n\n"
            "The Lakeview Swim Club fired Delorne in 2023.\n\n"
            "In a statement, the club\u2019s board said it was \u201cshocked and saddened\u201d by the verdict.\n")
    assert speaker_in(text, "shocked and saddened") == "Lakeview Swim Club\u2019s board"


def test_her_attorney_is_not_the_lawyer_of_a_namesake_co_defendant():
    assert speaker_in(_KENNEL, "never made the decisions") == "Ruth Fenwick\u2019s attorney"
    assert speaker_in(_KENNEL, "isolated and afraid") == "Ruth Fenwick\u2019s attorney"


def test_a_town_after_the_city_of_and_a_car_after_a_used_are_no_people():
    body = ("Otto Kestlemar, 58, who led the river city of Pell Crossing for a decade, was convicted of taking $40,000 "
            "and a used Ford Ranger from a contractor. He was sentenced Monday to five years in prison.\n\n"
            "Kestlemar wrote that he thought every day about the people of Pell Crossing.\n")
    kinds = party_kinds(body)
    assert "Pell Crossing" not in kinds
    assert "Ford Ranger" not in kinds
    assert kinds.get("Otto Kestlemar") == "person"

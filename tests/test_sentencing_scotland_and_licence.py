"""Scotland's judges named by judicial title alone ("Lady Ruthven", "Sheriff Ann Kerr") in a Scottish court; an order
made "the subject of" by name; the licence half of a split sentence told as its own length. All texts invented."""
from __future__ import annotations

from tests.helpers import wire_sentencing


def test_a_high_court_judge_by_judicial_title():
    facts = wire_sentencing("Connor Mactier, 27, was jailed for four years at the High Court in Glasgow.\n\n"
                            "Lady Rothsay told him the consequences of his act had been catastrophic.")
    assert facts.judge is not None and facts.judge.name == "Lady Rothsay"


def test_a_sheriff_in_a_sheriff_court():
    facts = wire_sentencing("Craig Dunlane, 34, appeared at Hamilton Sheriff Court on Monday.\n\n"
                            "Sheriff Ann Kerrow jailed him for 18 months, saying the attack was cowardly.")
    assert facts.judge is not None and facts.judge.name == "Ann Kerrow"


def test_a_peer_outside_a_scottish_court_is_no_judge():
    facts = wire_sentencing("Craig Dunlane, 34, was jailed for 18 months at Leeds Crown Court.\n\n"
                            "Lord Hallam, a campaigner for victims, said the sentence was too short.")
    assert facts.judge is None


def test_an_order_made_the_subject_of_by_name_is_imposed():
    facts = wire_sentencing("Connor Mactier, 27, was jailed for four years at the High Court in Glasgow.\n\n"
                            "She also made Mactier the subject of a non-harassment order for five years.")
    order = [t for t in facts.terms if t.kind == "non_harassment_order"]
    assert [(t.text, t.status) for t in order] == [("non-harassment order for five years", "imposed")]


def test_the_licence_half_of_a_split_sentence():
    facts = wire_sentencing("Ryan McCaskey, 24, was jailed for three years at Belfast Crown Court.\n\n"
                            "McCaskey will serve 18 months in prison, followed by 18 months on licence in the community.\n\n"
                            "He had been released in 2019 after two years on licence.")
    licence = {t.text: t.status for t in facts.terms if t.kind == "licence"}
    assert licence == {"18 months on licence": "imposed", "two years on licence": "other"}


def test_a_parole_release_date_is_not_the_sentencing_date():
    facts = wire_sentencing("Lachlan Pryde, 27, was sentenced on Friday in Southport District Court to 18 months' jail.\n\n"
                            "Judge Cathy Elphin gave him a parole release date of January 6 next year.")
    assert facts.sentencing_date is not None and facts.sentencing_date.text == "Friday"


def test_a_hand_over_a_face_is_no_forfeiture():
    facts = wire_sentencing("Lachlan Pryde, 27, was jailed for 18 months.\n\n"
                            "Pryde briefly put his hand over his face as the sentence was read.")
    assert [t.kind for t in facts.terms + facts.others if t.kind == "forfeiture"] == []


def test_the_conditions_of_a_suspension_told_as_gerunds_are_imposed():
    facts = wire_sentencing("Aoife Brannock, 22, was jailed for six months.\n\nThe suspended portion is conditional on Ms "
                            "Brannock keeping the peace and being of good behaviour for two years, and on her co-operating "
                            "with the Probation Service for a year after her release.")
    assert {t.text: t.status for t in facts.terms if t.kind in ("good_behaviour", "probation")} == {
        "keeping the peace and being of good behaviour for two years": "imposed",
        "co-operating with the Probation Service for a year": "imposed"}
    # near miss: a plea deal's condition is no sentence
    facts = wire_sentencing("Aoife Brannock, 22, was jailed for six months.\n\nThe plea deal was conditional on her paying "
                            "$5,000 in restitution.")
    assert all(t.status != "imposed" for t in facts.terms if t.kind == "restitution")


def test_a_judge_known_by_judicial_title_is_listed_by_it():
    from tests.helpers import party_roles

    roles = party_roles("Connor Mactier, 27, was jailed for four years at the High Court in Glasgow.\n\n"
                        "Lady Rothsay told him the consequences of his act had been catastrophic.")
    assert "Lady Rothsay" in roles and "Rothsay" not in roles

"""A lede that names its speaker only by relation or role ("The mother of a recruit who died says …", "A juror
who voted to convict told …") and names her in the next paragraph: the quote is hers, but only when that next
paragraph makes the named person speak or gives the same relation or role. Short texts written for these tests."""
from __future__ import annotations

from tests.helpers import quotes_of


def speakers(text: str) -> list[str | None]:
    return [who for _, who in quotes_of(text.replace("|", "\n\n"), "Instructor sentenced")]


def test_a_relative_described_in_the_lede_is_the_person_named_next():
    assert speakers("The widow of a deputy who was shot during a traffic stop said the verdict \"brings some "
                    "peace.\"|Marisol Quint told reporters outside the courthouse that she would attend the "
                    "sentencing.") == ["Marisol Quint"]
    assert speakers("The father of a teenager who drowned at the camp says the fine is \"an insult.\"|"
                    "Rudy Alcorn, whose son Evan was 15, spoke at a news conference on Friday.") == ["Rudy Alcorn"]
    assert speakers("The sister of a nurse who died in the fire said the hospital \"failed everyone.\"|"
                    "Gina Torres, the nurse's sister, has pressed for an inquiry.") == ["Gina Torres"]


def test_a_role_described_in_the_lede_is_the_person_named_next():
    assert speakers("A juror who voted to convict told a local station the evidence was \"simply "
                    "overwhelming.\"|Dale Fenner, who served as foreman, said deliberations lasted two "
                    "days.") == ["Dale Fenner"]


def test_someone_else_named_next_is_not_the_lede_speaker():
    # near misses: the next paragraph names someone who neither speaks nor has that relation
    assert speakers("The mother of a student who was hit by the bus says the driver \"never looked.\"|"
                    "Mayor Alan Pruitt announced a review of the district's safety rules on Monday.") != ["Alan Pruitt"]
    assert speakers("The brother of a man who was killed in the crash said the sentence was \"too light.\"|"
                    "Police arrested Tom Wexley, 31, at his home in March.") != ["Tom Wexley"]
    assert speakers("A neighbor who heard the shots said the street \"went silent.\"|"
                    "Prosecutors charged Tom Wexley, 31, with murder in March.") != ["Tom Wexley"]


def test_the_man_a_lede_describes_is_never_a_later_she():
    # "A Brenton man …" gives the accused his description and, with it, his gender: the victim's words in a police
    # report ("She told officers …") are never his
    from builder.extract import extract
    from builder.sources import source_from_text

    facts = extract(source_from_text("story.txt", "Title: Man pleads guilty\n\nA Brenton man accused of choking his "
                                     "girlfriend pleaded guilty Tuesday.\n\nOrrin Maddox, 34, entered the plea in Common "
                                     "Pleas Court. Asked how he pleaded, Maddox said, \"Guilty.\"\n\nOfficers found the "
                                     "29-year-old woman with bruises on her neck. She told officers Maddox had held her down "
                                     "for \"what felt like hours.\"\n"))
    assert [q.speaker for q in facts.quotes][0] == "Orrin Maddox"
    assert [q.speaker for q in facts.quotes][1] != "Orrin Maddox"

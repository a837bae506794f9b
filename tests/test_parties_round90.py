"""Parties that are no one: where a person is from, told after the article's adjectives ("a young African Nova Scotian
man"), and a bill's number ("Bill C-5"). All texts invented."""
from __future__ import annotations

from tests.helpers import party_kinds

_STORY = ("A judge this week gave a young African Nova Scotian man a conditional sentence for a break-in.\n\n"
          "Dante Lowe, 23, pleaded guilty in March. Defence lawyer Asha Robb asked for a conditional sentence order, "
          "which courts have been able to consider since federal Bill C-5 took effect.\n")


def test_where_a_person_is_from_and_a_bills_number_are_no_parties():
    roles = party_kinds(_STORY)
    assert "Dante Lowe" in roles and "Asha Robb" in roles
    assert not any("Scotian" in name or name.startswith("Bill") for name in roles)


def test_a_name_opening_a_paragraph_after_a_word_like_break_in_is_a_person():
    # the word before the name ends the sentence before ("... for a break-in."): no "in Ian Crowe", no place
    kinds = party_kinds("A judge this week gave a young man a conditional sentence for a break-in.\n\nIan Crowe, 23, "
                        "pleaded guilty in March. Defence lawyer Asha Robb asked for a conditional sentence order.")
    assert kinds.get("Ian Crowe") == "person"


def test_a_pronoun_role_belongs_to_someone_named_before_it_not_to_the_defendant_named_later():
    from tests.helpers import party_roles
    roles = party_roles("Mai Tran was asleep beside her husband when she woke to a torch in her face.\n\n"
                        "Over the next 40 minutes, the 61-year-old, her husband Hung and their adult son Kevin were bound "
                        "with cable ties inside their home.\n\n"
                        "Jayden Kourtis, 23, of Dandenong, has pleaded guilty to aggravated burglary. Kourtis will be "
                        "sentenced next month. Kourtis was arrested a week after the raid.\n\n"
                        "Mai Tran, who runs a bakery in Springvale, said the family had moved out.")
    assert "Tran\u2019s husband" in roles.get("Hung Tran", [])
    assert "Hung Kourtis" not in roles and "Jayden Kourtis" in roles


def test_a_households_car_is_no_party():
    kinds = party_kinds("Over 40 minutes, the 61-year-old and her husband were bound inside their home, before the intruders "
                        "fled in the family\u2019s Toyota Kluger with jewellery and cash.\n\nThe Kluger was found burnt out "
                        "the next afternoon.\n\nJayden Kourtis, 23, pleaded guilty to aggravated burglary. Kourtis will be "
                        "sentenced in May.")
    assert "Jayden Kourtis" in kinds and "Toyota Kluger" not in kinds


def test_a_town_whose_name_opens_with_a_number_is_no_party():
    kinds = party_kinds("A 100 Mile House man and his son have been fined and banned from hunting.\n\nBrent Lapointe, 51, "
                        "and Cody Lapointe, 24, pleaded guilty in provincial court in 100 Mile House on Tuesday. The pair "
                        "were sentenced in 100 Mile House by Judge Ron Stepaniuk.")
    assert "Brent Lapointe" in kinds and not any("Mile House" in name for name in kinds)

"""A practice or thing the writer names in quotation marks as the object of an act ("banned unscheduled "incentive
training"") is no quote; the same words reported as someone's are. Short texts written for these tests."""
from __future__ import annotations

from tests.helpers import quotes_of


def quoted(text: str) -> list[str]:
    return [q for q, _ in quotes_of(text.replace("|", "\n\n"), "Drill instructor charged")]


LEDE = "Sgt. Cole Varner was charged Tuesday in the death of a recruit.|"


def test_a_practice_named_as_the_object_of_an_act_is_no_quote():
    found = quoted(LEDE + "After earlier scandals, the academy added officers to its barracks and banned "
                   "unscheduled \"incentive training\" outside set hours.|"
                   "The base had long tolerated \"blanket parties\" in the barracks, records show.|"
                   "Commanders later outlawed so-called \"smoke sessions\" and restricted \"motivational runs\" "
                   "to cool mornings.")
    for term in ("incentive training", "blanket parties", "smoke sessions", "motivational runs"):
        assert term not in found


def test_the_same_kind_of_words_reported_as_someones_stay_quotes():
    found = quoted(LEDE + "Prosecutors said Varner showed \"no remorse\" and displayed \"callous indifference\" "
                   "toward the recruits.|"
                   "A former recruit said he was treated \"like an animal\" at the depot.|"
                   "The recruit's mother told reporters the Corps had \"failed everyone.\"")
    for words in ("no remorse", "callous indifference", "like an animal", "failed everyone."):
        assert words in found

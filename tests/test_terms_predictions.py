"""A forecast of the sentence to come ("was likely to receive", "is expected to get") is no sentence imposed: before
the hearing it must not show as the court's decision, nor disagree with the term the court later gives."""
import pytest

from builder.extract import extract
from builder.sources import source_from_text

LEDE = "Date: 2024-05-01\n\nNate Orlow, 40, was convicted of wire fraud in March.\n\n"


def _statuses(sentence: str) -> dict[str, str]:
    facts = extract(source_from_text("a.txt", LEDE + sentence + "\n"))
    return {t.text: t.status for t in facts.sentencing.terms}


@pytest.mark.parametrize("sentence, term", [
    ("Legal experts said Orlow was likely to receive a sentence of at least 20 years.", "sentence of at least 20 years"),
    ("Orlow is expected to receive about 10 years in prison, his lawyer said.", "about 10 years in prison"),
    ("Former prosecutors said Orlow would likely get eight years in prison.", "eight years in prison"),
])
def test_a_forecast_of_the_sentence_is_not_imposed(sentence, term):
    assert _statuses(sentence).get(term) == "other"


def test_the_sentence_received_is_still_imposed():
    assert _statuses("On Monday Orlow received 12 years in prison.").get("12 years in prison") == "imposed"

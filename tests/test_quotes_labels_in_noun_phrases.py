"""A quoted phrase that works inside the narrator's own noun phrase (it modifies the noun after it, or it is the
head of "a "…" of") is a label, not anyone's words, even with "according to" or a verb of speech nearby; a quoted
clause of reported speech stays a quote. Short texts written for these tests."""
from __future__ import annotations

from tests.helpers import quotes_of


def texts(body: str) -> list[str]:
    return [q for q, _ in quotes_of("Hollis Grant, 44, was charged Monday with fraud.\n\n" + body + "\n",
                                    "Influencer charged")]


def test_a_quoted_label_modifying_a_plural_noun_is_no_quote():
    assert texts("Grant, who sells \"clean living made easy\" supplements to thousands of followers, denied it.") == []
    assert texts("Grant filmed \"come shopping with me\" reels for her fans in Tulsa.") == []
    assert texts("Grant, who posts \"what I spend weekly\" videos to a million fans, was arrested.") == []


def test_a_quoted_noun_phrase_headed_by_of_is_no_quote():
    assert texts("According to court filings, Grant paid a \"media team\" of three people to film her.") == []
    assert texts("Prosecutors said Grant hired the \"brand squad\" of four assistants.") == []


def test_reported_speech_in_marks_stays_a_quote():
    assert texts("Grant told the judge she was \"sorry for every single thing\" and sat down.") == [
        "sorry for every single thing"]
    assert texts("Prosecutors said Grant \"took the money and ran\" in two weeks.") == ["took the money and ran"]


def test_a_partial_quote_of_reported_speech_before_a_plural_noun_stays_a_quote():
    assert texts("Sheriff Ada Pruitt said deputies are tracing \"at least three more\" accounts in Ohio.") == [
        "at least three more"]

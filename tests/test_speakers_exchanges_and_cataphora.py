"""Who speaks in a courtroom exchange, after a question-clause opener, and when a lede names a lawyer's role a
paragraph before the lawyer: a quote that addresses the bench is never the judge's; "Asked …, NAME paused" makes
NAME a person who answers; "Roe's lawyer says …" is the lawyer the next paragraph names in that role.
Short texts written for these tests."""
from __future__ import annotations

from tests.helpers import quotes_of as _quotes_of

LEDE = "Nora Quillen, 38, pleaded guilty Tuesday to wire fraud.|"


def speakers(text: str) -> list[str | None]:
    return [who for _, who in _quotes_of((LEDE + text).replace("|", "\n\n"), "Fundraiser pleads guilty")]


def test_a_quote_addressing_the_bench_is_not_the_judges():
    assert speakers("U.S. District Judge Ada Brisk asked Quillen several times whether she understood the deal.|"
                    "\"Yes, Your Honor,\" she said quietly.") == ["Nora Quillen"]
    assert speakers("Before accepting the plea, Judge Ada Brisk asked whether anyone had promised her anything.|"
                    "\"No, Your Honor,\" she replied.") == ["Nora Quillen"]
    assert speakers("Circuit Judge Ada Brisk wanted to know if Quillen had read the agreement.|"
                    "\"I read every page, Judge,\" she said.") == ["Nora Quillen"]
    # a quote that does not address the bench stays with the judge
    assert speakers("Judge Ada Brisk then turned to the courtroom.|"
                    "\"This court has heard enough, counsel,\" she said.") == ["Ada Brisk"]


def test_the_one_an_asked_opener_leads_to_answers():
    assert speakers("Asked by a reporter whether she had forgiven Quillen, Ivy Marsh paused for a moment.|"
                    "\"Not today,\" she said.") == ["Ivy Marsh"]
    assert speakers("When asked if she forgave Quillen, Ivy Marsh, the victim's aunt, shook her head.|"
                    "\"Not yet,\" she said.") == ["Ivy Marsh"]
    assert speakers("Questioned outside court about whether Quillen deserved more time, Ivy Marsh slowly nodded.|"
                    "\"She does,\" she said.") == ["Ivy Marsh"]
    # the one asking, or asked about, inside the opener is no answerer
    assert speakers("Asked by Judge Ada Brisk whether she understood, Quillen hesitated.|"
                    "\"I think so,\" she said.") == ["Nora Quillen"]


def test_a_lawyers_role_named_in_the_next_paragraph():
    assert speakers("Quillen's lawyer says the sentence is \"far too harsh\" and that he will appeal.|"
                    "Tom Reyes, who represents Quillen, told reporters the judge ignored her record.")[0] == "Tom Reyes"
    assert speakers("Quillen's attorney said the ruling was \"a mistake we will fix on appeal.\"|"
                    "Defense attorney Tom Reyes said he would file within a week.")[0] == "Tom Reyes"
    assert speakers("Quillen's counsel called the verdict \"a travesty\" on Monday.|"
                    "Her attorney, Tom Reyes, said outside court that Quillen would appeal.")[0] == "Tom Reyes"
    # someone else named next, in another role, is not the lawyer
    assert speakers("Quillen's lawyer called the verdict \"a travesty.\"|"
                    "Prosecutor Tom Reyes said the state was satisfied.")[0] != "Tom Reyes"

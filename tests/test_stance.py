"""A reaction is labelled only where its words make its side plain (SPEC §4 "stance where clear")."""
from __future__ import annotations

import pytest

from builder.extract.stance import stance_of


@pytest.mark.parametrize("text, stance", [
    ("We are relieved the jury saw what we saw.", "supportive"),
    ("This sentence is a disgrace to every family that lost someone.", "critical"),
    ("I am sorry for what I did.", None),  # contrition takes no side on the outcome
])
def test_plain_words_label_a_reaction(text, stance):
    assert stance_of(text) == stance


@pytest.mark.parametrize("text", [
    "I am not glad it happened.",
    "Nobody here is happy, and it was never fair to them.",
    "We are not angry.",
    "No justice was served for Ada Quist.",
])
def test_a_denied_word_labels_nothing(text):
    assert stance_of(text) is None


def test_a_denied_word_does_not_cancel_a_plain_one():
    assert stance_of("We are not angry. We are grateful to the jury.") == "supportive"


def test_a_denied_verb_before_a_plain_word_still_labels_it():
    assert stance_of("The department does not tolerate betrayal of the public it serves.") == "critical"

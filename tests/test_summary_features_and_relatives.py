"""A feature that opens on a person still leads with the sentence a few paragraphs down; a relative's own case is not
the defendant's news; a sentence that leans on the one before ("... as well.") is no summary line; a count's
maximum is the past once a sentence is imposed."""
from __future__ import annotations

from builder.extract import extract
from builder.sources import source_from_text
from tests.helpers import case_of

FEATURE = ("feature.txt", "Date: 2024-03-12\n\n"
           "Ida Wrenfield gave the Morning Star Chapel the $30,000 her late husband's pension paid out in 2020.\n\n"
           "She wrote the check because her pastor said the chapel's new school was $200,000 short.\n\n"
           "The school was never built. The money, prosecutors say, paid for a lake house.\n\n"
           "On Monday, Wrenfield, 74, sat in the second row of a federal courtroom in Fresno as that pastor, Dorian "
           "Quade, was sentenced to 70 months in federal prison for diverting $3.1 million in donations.\n\n"
           "Quade's wife, Lena Quade, pleaded guilty last year to concealing the scheme and was sentenced in October "
           "to two years of probation.\n\n"
           "Quade wrote to the judge as well.\n\n"
           "Each wire fraud count carries up to 20 years in prison.\n")


def _summary(*stories):
    return [s.text for s in case_of(*stories).summary]


def _ranked(story: tuple[str, str]) -> list[str]:
    return [s.text for s in extract(source_from_text(*story)).summary]


def test_a_features_sentence_paragraph_ranks_first():
    assert "was sentenced to 70 months" in _ranked(FEATURE)[0]


def test_a_relatives_own_case_a_leaning_line_and_a_stale_maximum_stay_out():
    ranked = _ranked(FEATURE)
    # below all of the defendant's news; only the opening scene (no case word, before the outcome) ranks lower
    assert ranked[-2].startswith("Quade's wife") and ranked[-1].startswith("Ida Wrenfield gave"), ranked
    assert "Quade wrote to the judge as well." not in ranked
    assert not [s for s in _summary(FEATURE) if "carries up to" in s]


def test_a_scene_that_only_mentions_sentencing_in_general_does_not_take_the_lead():
    story = ("s.txt", "Date: 2024-03-12\n\nThe gym on Alder Street still has his name on the door.\n\n"
                      "Coaches around the state have watched the case closely.\n\n"
                      "The case is one of hundreds in which people sentenced to long terms as teenagers are asking "
                      "for a second look.\n\n"
                      "Judge Wynne Caldor sentenced Bram Tollery, 44, on Monday to six years in prison for fraud.\n")
    assert _ranked(story)[0].startswith("Judge Wynne Caldor sentenced Bram Tollery")

"""Speakers a story never names, a second holder of a role, and a letter's words after the sentence that files it:
short texts written for these tests."""
from __future__ import annotations

from tests.helpers import quotes_of as _quotes_of


def quotes_of(text: str) -> list[tuple[str, str | None]]:
    return _quotes_of(text, "Burglar spared jail after break-in spree")


def test_another_resident_named_later_is_not_the_unnamed_resident_before_her():
    text = ("KELOWNA \u2014 A man who broke into six homes was given a conditional sentence on Monday.\n\n"
            "Defence lawyer Harjit Sandhu called the outcome fair.\n\n"
            "\"I think this young man is going to make it,\" Sandhu said.\n\n"
            "A Lower Mission resident whose garage was broken into twice, and who asked that we not use his name, "
            "said he was frustrated.\n\n"
            "\"We've got a camera on every corner of the house now,\" he said.\n\n"
            "Another Glenmore resident, Dana Whitfield, whose home was entered while her family slept, said she'd "
            "been hoping for some jail time.\n\n"
            "\"I'm not out for blood,\" she said.\n")
    assert quotes_of(text) == [("I think this young man is going to make it,", "Harjit Sandhu"),
                               ("We've got a camera on every corner of the house now,", "a Lower Mission resident"),
                               ("I'm not out for blood,", "Dana Whitfield")]


def test_a_letter_told_after_its_writer_is_hers_even_when_the_paragraph_ends_on_where_it_was_filed():
    for ending in ("Her letter was attached to the defense filing.", "Her letter was read to the court by a victim advocate."):
        text = ("KANSAS CITY \u2014 A man convicted of having a gun as a felon faces 15 years in prison.\n\n"
                "His lawyer, Dana Kaplan, argued that the law should not apply.\n\n"
                f"Lee's mother, Gloria Lee, wrote to the judge asking for mercy. {ending}\n\n"
                "\"Marcus is not the boy he was at 19.\n\n"
                "\"I am not asking you to excuse what he did.\"\n\n"
                "The U.S. attorney's office declined to comment.\n")
        assert quotes_of(text) == [("Marcus is not the boy he was at 19.", "Gloria Lee"),
                                   ("I am not asking you to excuse what he did.", "Gloria Lee")], ending


def test_a_person_told_only_as_the_woman_speaks_under_that_description():
    text = ("WELLINGTON - A man who harassed his former partner online has been sentenced to intensive supervision.\n\n"
            "Judge Ann Lee said the reports pointed to problems better addressed in the community.\n\n"
            "The woman's statement was read to the court by a victim adviser.\n\n"
            "\"For five months, every time my phone buzzed I felt sick.\n\n"
            "\"I have a protection order now.\"\n\n"
            "Detective Constable Aaron Pike said police took such cases seriously.\n\n"
            "The woman said she was relieved he had pleaded guilty, sparing her from giving evidence.\n\n"
            "\"I just want it to stop.\"\n\n"
            "\"It is the only reason I can sleep,\" the homeowner said.\n")
    assert quotes_of(text) == [("For five months, every time my phone buzzed I felt sick.", "the woman"),
                               ("I have a protection order now.", "the woman"),
                               ("I just want it to stop.", "the woman"),
                               ("It is the only reason I can sleep,", "the homeowner")]

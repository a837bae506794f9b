"""Quote speakers and scare quotes: a group subject after an opening phrase ("In a filing, prosecutors asked the judge
…, saying"), people of a body named only by a common noun ("the plan's trustees"), a body set off after a
description with its own relative clause, a headline repeating a body quote with a bare title, a verb that acts on a
thing before a coordinated "and were "…"", and naming or next-sentence cues that make no quote. Short texts written
for these tests, with invented names."""
from __future__ import annotations

from tests.helpers import quotes_of, speaker_in

TITLE = "Former clerk resentenced in county fraud case"


def speaker_of(text: str, words: str, title: str = TITLE) -> str | None:
    return speaker_in(text, words, title)


def test_a_group_after_an_opening_phrase_speaks_through_its_participle_not_the_judge_it_asked():
    text = ("Nadia Pellworth, a former county clerk, was resentenced Friday by U.S. District Judge Osric Hale.\n\n"
            "In a filing last week, prosecutors urged Hale to impose 60 months in prison, saying the new ruling "
            "\u201calters the math but not the harm.\u201d\n")
    assert speaker_of(text, "alters the math") == "prosecutors"


def test_people_of_a_body_named_by_a_common_noun_speak_as_the_article_describes_them():
    text = ("Nadia Pellworth, a former county clerk, was resentenced Friday.\n\n"
            "The pension fund's directors said in a statement that they were \u201cdetermined to protect every "
            "retiree.\u201d\n\n"
            "In a statement read to the court, the bakery's managing director said the shop had been "
            "\u201cweeks from closing\u201d last spring.\n")
    assert speaker_of(text, "determined to protect") == "the pension fund's directors"
    assert speaker_of(text, "weeks from closing") == "the bakery's managing director"


def test_a_body_set_off_after_a_description_with_its_own_relative_clause_speaks_not_the_name_inside():
    text = ("Nadia Pellworth, a former county clerk, was resentenced Friday.\n\n"
            "The trucking firm that hired Nadia Pellworth, Ridgeline Freight, said in a statement that it "
            "\u201csincerely apologizes\u201d for the harm.\n")
    assert speaker_of(text, "sincerely apologizes") == "Ridgeline Freight"


def test_a_headline_repeating_a_body_quote_with_a_bare_title_takes_the_body_quote_speaker():
    text = ("Judge says clerk \u2018betrayed every taxpayer\u2019\n\n"
            "Nadia Pellworth, a former county clerk, was sentenced Friday to four years in prison.\n\n"
            "Circuit Judge Osric Hale told Pellworth that she \u201cbetrayed every taxpayer\u201d in the county.\n")
    found = quotes_of(text, "Clerk sentenced")
    assert found and all(who == "Osric Hale" for quote, who in found if "betrayed every taxpayer" in quote)


def test_a_verb_acting_on_a_thing_before_a_coordinated_linking_verb_is_not_the_speech_verb():
    text = ("Nadia Pellworth, a former county clerk, stole from the Elmfield Retirees Fund with help from Tarn Supply "
            "Company.\n\n"
            "The fund's trustees said in a statement Friday that they had added independent audits and were "
            "\u201ccommitted to every member who paid in.\u201d\n")
    assert speaker_of(text, "committed to every member") == "the fund's trustees"


def test_naming_by_people_in_general_or_an_imperative_call_is_no_quote():
    text = ("Nadia Pellworth, a former county clerk, was resentenced Friday.\n\n"
            "There is a word people keep using for the crash. They call it an \u201caccident.\u201d It was a choice.\n\n"
            "Call the marchers \u201ctroublemakers\u201d or call them idealists; the law is the same.\n")
    assert not any(quote in ("accident.", "troublemakers") for quote, _ in quotes_of(text, TITLE))


def test_a_cue_in_the_next_sentence_or_a_possessive_noun_does_not_make_a_scare_quote_speech():
    text = ("Nadia Pellworth, a former county clerk, was resentenced Friday.\n\n"
            "The heat at the post\u2019s weather station hit 110 that day, a \u201cred zone\u201d level under "
            "which drills are barred. Testimony showed the recruits had no water.\n")
    assert not any(quote == "red zone" for quote, _ in quotes_of(text, TITLE))

"""Attribution to things the article names in passing: a bare "the family" after "her family said" is that
person's family; an organisation speaking under the leading words of its full name ("Little Meadow said in a
statement") issued the statement that follows; an office keeps a dotted abbreviation in its name ("U.S."); and a
name a community has for something ("what locals call "the Pit"") is nobody's quote. Short texts written for
these tests."""
from __future__ import annotations

from tests.helpers import quotes_of as _quotes_of


def quotes_of(text: str) -> list[tuple[str, str | None]]:
    return _quotes_of(text.replace("|", "\n\n"), "Driver charged in fatal crash")


def speakers(text: str) -> list[str | None]:
    return [who for _, who in quotes_of(text)]


LEDE = "Dale Kettle, 44, was charged Monday with vehicular homicide, prosecutors said.|"


# --- "the family" is the family the article just gave an owner -------------------------------------------------

def test_the_family_is_the_family_of_whoever_her_or_his_family_meant():
    assert speakers(LEDE + "Nora Quill, 27, had just finished nursing school, her family said.|"
                    "\"She lit up every room,\" the family said in a statement.") == ["Quill family"]
    assert speakers(LEDE + "The victim, Tobin Marsh, 52, coached youth soccer for a decade, according to his family.|"
                    "\"He never missed a game,\" the family wrote in an obituary.") == ["Marsh family"]
    assert speakers(LEDE + "Wren Ostrow, 19, died at the scene. Her family asked for privacy on Tuesday.|"
                    "\"We are broken,\" the family said.") == ["Ostrow family"]


def test_a_family_no_named_person_owns_stays_as_written():
    assert speakers(LEDE + "A woman who lives on the corner said her family heard the crash.|"
                    "\"It sounded like a bomb,\" the family said.") == ["family"]


# --- an organisation speaking under the first words of its full name ---------------------------------------------

def test_a_short_form_that_opens_like_a_place_still_issues_the_statement():
    lede = "Ann Lobb, 29, was charged Monday with child abuse, police said.|"
    assert speakers(lede + "Lobb worked at Little Meadow Montessori School until March.|"
                    "Little Meadow said in a statement that it fired Lobb after reviewing the video.|"
                    "\"We are heartbroken,\" the statement said.") == ["Little Meadow"]
    assert speakers(lede + "Lobb was a counselor for New Horizons Youth Services for six years.|"
                    "New Horizons, which runs three group homes, said it had suspended Lobb and called police.|"
                    "\"Our children come first,\" the statement said.") == ["New Horizons"]
    assert speakers(lede + "She had been hired by Great Oaks Home Care Services in 2019.|"
                    "Great Oaks said Tuesday that it fired Lobb the day it learned of the arrest.|"
                    "\"We hold our staff to the highest standard,\" the statement said.") == ["Great Oaks"]


def test_a_person_named_only_inside_the_statement_is_not_its_author():
    speaker = speakers("Ann Lobb, 29, was charged Monday with child abuse, police said.|"
                       "Lobb worked at Little Meadow Montessori School until March.|"
                       "Little Meadow said in a statement that it fired Lobb after reviewing the video.|"
                       "\"We are heartbroken,\" the statement said.")
    assert "Ann Lobb" not in speaker


def test_a_place_named_only_as_where_someone_lives_is_no_party():
    from builder.extract.parties import find_parties
    from builder.sources import source_from_text
    text = ("Driver charged\n\nAnn Lobb, 29, who grew up in Little Falls, was charged Monday, police said.\n\n"
            "Lobb worked at Little Falls Dental Group for two years.\n")
    names = [p.name for p in find_parties(source_from_text("a.txt", text))]
    assert "Little Falls" not in names


# --- an office keeps the dotted abbreviation in its name --------------------------------------------------------

def test_the_office_keeps_us_in_its_name():
    assert speakers(LEDE + "A spokesman for the U.S. Attorney's Office in Boston, which brought the case, declined "
                    "to comment further.|The office said it would ask for \"the longest sentence the law allows.\"") \
        == ["U.S. Attorney's Office"]
    assert speakers(LEDE + "The D.C. Attorney General's Office, which sued Kettle's company last year, "
                    "declined to comment.|\"He has a long record,\" the office said.") == ["D.C. Attorney General's Office"]


# --- a name a community uses is no quote -------------------------------------------------------------------------

def test_a_name_people_have_taken_to_using_is_not_a_quote():
    assert quotes_of(LEDE + "The crash happened on a curve residents have taken to calling \"Dead Man's Bend.\"") == []
    assert quotes_of(LEDE + "The corner, which neighbors have come to call \"the gauntlet,\" has seen four crashes.") == []
    assert quotes_of(LEDE + "He fled past what locals now call \"the Pit.\"") == []


def test_a_person_calling_something_a_name_is_still_quoted():
    quoted = quotes_of(LEDE + "Prosecutor Ida Venn called the crash \"a choice, not an accident,\" in court.|"
                       "Venn later described what she called \"a pattern of reckless driving.\"")
    assert [who for _, who in quoted] == ["Ida Venn", "Ida Venn"]

"""Names and roles that press releases, tabloid ledes and introductory phrases set apart, from short texts written
for these tests."""
from __future__ import annotations

from builder.extract._defendant import find_defendant
from builder.extract.parties import find_parties
from builder.sources import source_from_text


def _parties(body: str):
    source = source_from_text("case.txt", "Date: 2024-03-02\n\n" + body)
    parties = find_parties(source)
    return source, parties, {p.name: p for p in parties}


def test_a_press_release_names_its_defendants_in_capitals():
    body = ("WOBURN - District Attorney Ann Whitby announced that a Lowell man has been sentenced.\n\n"
            "TODD R. BRISCOMB, 39, of Lowell, and KYLE O'DARE, 27, of Billerica, were sentenced on January 22 by "
            "Judge Leo Farr.\n\n"
            "Briscomb was convicted of larceny over $1,200. O'Dare pleaded guilty. Briscomb's attorney had asked for "
            "probation.\n")
    source, parties, by_name = _parties(body)
    assert "Todd R. Briscomb" in by_name and "Kyle O'Dare" in by_name
    assert "Briscomb" in by_name["Todd R. Briscomb"].aliases
    # the citation points at the words as printed
    first = by_name["Todd R. Briscomb"].citations[0]
    assert source.text[first.start:first.end] == "TODD R. BRISCOMB"
    assert find_defendant(source, parties).name == "Todd R. Briscomb"


def test_an_agency_acronym_before_a_comma_and_age_is_no_capitals_name():
    _, parties, _ = _parties("The FBI, 12 agents in all, searched the house of Nell Adaire, 44, who was charged. "
                             "FBI agents said in a statement that the search was lawful.\n")
    assert not any(p.kind == "person" and p.name.upper() == "FBI" for p in parties)


def test_a_tabloid_ledes_capitalised_first_word_is_no_part_of_the_name():
    body = ("WHEN Jarlath Voyce walked out of the District Court last year, his supporters cheered.\n\n"
            "Voyce, 36, was resentenced on Friday to six years in jail for supplying methamphetamine.\n")
    _, _, by_name = _parties(body)
    assert "Jarlath Voyce" in by_name


def test_a_two_letter_capital_before_a_title_stays_part_of_it():
    body = ("On Tuesday, US District Judge Rowan Tillman imposed 51 months in prison on Dace Orrin, 41, for fraud.\n")
    _, _, by_name = _parties(body)
    assert "Rowan Tillman" in by_name
    assert any(role.startswith("US District Judge") for role in by_name["Rowan Tillman"].roles)


def test_the_one_a_statement_was_made_to_is_not_the_speakers_role():
    body = ("Cpl. Darnell Ostrey, 24, pleaded guilty to larceny of military property.\n\n"
            "In an unsworn statement to the judge, Ostrey said he had taken the first scope to pay debts.\n")
    source, parties, by_name = _parties(body)
    assert not any("judge" in role for role in by_name["Darnell Ostrey"].roles)
    assert find_defendant(source, parties).name == "Darnell Ostrey"


def test_a_relative_after_a_preposition_is_still_the_named_persons_role():
    # "according to his father, Abe Lune, who ...", "with his older brother, Cy Lune.": the name is that relative
    body = ("Tobin Lune, 29, was sentenced to 10 years in prison for assault.\n\n"
            "The boy is recovering, according to his father, Abe Lune, who has custody.\n\n"
            "Lune attended the hearing with his older brother, Cy Lune. Outside, Cy Lune read a statement.\n")
    _, _, by_name = _parties(body)
    assert any("father" in role for role in by_name["Abe Lune"].roles)
    assert any("brother" in role for role in by_name["Cy Lune"].roles)


def test_a_surname_alone_in_the_body_takes_the_full_name_its_highlights_give():
    text = ("title: Live updates: lender founder sentenced\ndate: 2025-05-02\n\n"
            "What we know\n\n- Founder Corvin Hatterly was sentenced to nine years in prison.\n\n"
            "May 2, 2025, 1:40 PM EDT\n\n"
            "Judge Irma Calloway sentenced Hatterly to nine years in prison.\n\n"
            "Hatterly, 34, did not speak. \u201cI am sorry,\u201d Hatterly said later in a statement.\n")
    source = source_from_text("live.txt", text)
    hatterly = next(p for p in find_parties(source) if p.name.endswith("Hatterly"))
    assert hatterly.name == "Corvin Hatterly" and "Hatterly" in hatterly.aliases
    first = hatterly.citations[0]
    assert source.text[first.start:first.end] == "Corvin Hatterly"
    assert source.paragraph_at(first.start).kind == "heading"

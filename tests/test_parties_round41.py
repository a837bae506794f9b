"""British, Irish and Commonwealth court reports: ranks, offices before a name, counsel named by their side, and the
defendant kept apart from them; short texts written for these tests."""
from __future__ import annotations

from builder.extract._defendant import find_defendant
from builder.extract.parties import find_parties
from builder.sources import source_from_text


def _parties(body: str):
    source = source_from_text("case.txt", "Date: 2024-03-02\nOutlet: Valley Courier\n\n" + body)
    parties = find_parties(source)
    return source, parties, {p.name: p for p in parties}


def test_senior_rank_before_a_name_of_a_force_is_a_person():
    _, _, by_name = _parties("Rory Pell, 23, was sentenced on Monday.\n\n"
                             "Senior Constable Abel Trask of Westvale Police told the court Pell had fled.\n")
    assert by_name["Abel Trask"].roles == ["Senior Constable"]
    assert not any("Senior" in name for name in by_name if name != "Abel Trask")


def test_irish_and_british_ranks_are_titles_not_part_of_the_name():
    _, _, by_name = _parties("Rory Pell, 23, was jailed.\n\n"
                             "Garda Orla Finnane told the court she found the bag.\n\n"
                             "Detective Garda Cathal Brannagh said Pell had been watched.\n\n"
                             "DC Mabel Quint led the inquiry and DPP Lorcan Vesey said he would not appeal.\n\n"
                             "Procurator Fiscal Innes Carrow said Pell had shown contempt.\n")
    assert by_name["Orla Finnane"].roles == ["Garda"]
    assert by_name["Cathal Brannagh"].roles == ["Detective Garda"]
    assert by_name["Mabel Quint"].roles == ["DC"]
    assert by_name["Lorcan Vesey"].roles == ["DPP"]
    assert by_name["Innes Carrow"].roles == ["Procurator Fiscal"]


def test_surname_that_is_also_a_title_word_ends_the_name():
    _, _, by_name = _parties("Rory Pell, 23, was jailed.\n\nPC Nadia Lord said Pell smelled of drink.\n")
    assert by_name["Nadia Lord"].roles == ["PC"]


def test_office_in_capitals_before_a_name_is_the_role_and_no_person():
    source, parties, by_name = _parties(
        "Rory Pell, 23, was jailed for three years.\n\n"
        "The Director of Public Prosecutions, Osric Venn, said he would appeal against the sentence.\n\n"
        "Venn said the term was unduly lenient. Venn added that the victims deserved better.\n\n"
        "The Solicitor General, Tilda Marsh, agreed.\n")
    assert by_name["Osric Venn"].roles == ["Director of Public Prosecutions"]
    assert by_name["Tilda Marsh"].roles == ["Solicitor General"]
    assert "Prosecutions" not in by_name
    assert find_defendant(source, parties).name == "Rory Pell"


def test_counsel_named_by_their_side():
    source, parties, by_name = _parties(
        "Rory Pell, 23, of Elm Road, admitted dangerous driving.\n\n"
        "Prosecuting, Greta Ovens said Pell had reached 95mph.\n\n"
        "Linus Farr KC, defending, said Pell was deeply ashamed.\n\n"
        "Ida Venn, for the Crown, told the court the victim still suffered.\n\n"
        "Bram Ostler SC, for Pell, said his client was sorry.\n")
    assert by_name["Greta Ovens"].roles == ["prosecuting counsel"]
    assert by_name["Linus Farr"].roles == ["defence counsel"]
    assert by_name["Ida Venn"].roles == ["counsel for the Crown"]
    assert by_name["Bram Ostler"].roles == ["counsel for Pell"]
    assert "Crown" not in by_name
    assert find_defendant(source, parties).name == "Rory Pell"


def test_canadian_abbreviated_constable_and_scottish_sheriff_principal():
    _, _, by_name = _parties("Rory Pell, 23, was jailed.\n\n"
                             "Const. Wren Alday of the Marsh Valley Regional Police said Pell fled on foot.\n\n"
                             "Sheriff Principal Isla Brack refused his appeal.\n")
    assert by_name["Wren Alday"].roles == ["Constable"]
    assert by_name["Wren Alday"].kind == "person"
    assert by_name["Isla Brack"].roles == ["Sheriff Principal"]


def test_office_opening_the_sentence_before_a_name():
    _, _, by_name = _parties("Rory Pell, 23, was jailed.\n\n"
                             "Counsel for the Crown, Hester Vane, told the court Pell was dangerous.\n")
    assert by_name["Hester Vane"].roles == ["Counsel for the Crown"]


def test_titled_person_before_a_comma_gives_no_role_to_the_next_name():
    _, _, by_name = _parties("Rory Pell, 23, was jailed.\n\n"
                             "Judge Ada Quill, Tobin Roy said, had been fair to Pell.\n")
    assert by_name["Ada Quill"].roles == ["Judge"]
    assert by_name.get("Tobin Roy") is None or by_name["Tobin Roy"].roles == []

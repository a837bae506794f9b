"""Which person an article is about, from short articles written for these tests."""
from __future__ import annotations

from builder.extract._defendant import find_defendant
from builder.extract.parties import find_parties
from builder.extract.sentencing import find_sentencing
from builder.sources import source_from_text

_ARTICLE = (
    "A former hedge fund manager was convicted on Monday of paying bribes to get his daughter into Eastfield "
    "University, the latest parent found guilty in the scheme.\n\n"
    "A federal jury found Corin Vasquez-Hale, 58, of Rye, New York, guilty of conspiracy to commit wire fraud and "
    "filing a false tax return.\n\n"
    "Prosecutors said Vasquez-Hale paid the money to consultant Abel Marsh. Marsh, who pleaded guilty in 2021 to "
    "racketeering conspiracy, testified for three days, and Vasquez-Hale did not testify.\n\n"
    "Jurors heard calls in which Marsh told Vasquez-Hale that no one would check. Marsh is awaiting sentencing.\n\n"
    "Eastfield said in a statement that it had cooperated. Eastfield has since changed its rules, and Eastfield "
    "said it would review its admissions.\n"
)


def test_the_one_the_jury_found_guilty_is_the_defendant_not_a_witness_or_an_institution():
    source = source_from_text("case.txt", "Date: 2023-04-02\n\n" + _ARTICLE)
    parties = find_parties(source)
    assert find_defendant(source, parties).name == "Corin Vasquez-Hale"
    charges = {c.text for c in find_sentencing(source, parties).charges}
    assert charges == {"conspiracy to commit wire fraud", "filing a false tax return"}


def test_a_place_named_as_a_modifier_is_not_the_defendant():
    body = ("The former van driver who crashed with Larkmoor Heights students aboard pleaded guilty Monday.\n\n"
            "Osric Penhale, 51, entered the plea to one count of homicide by vehicle. Penhale will be sentenced in "
            "May. Penhale had driven for the Larkmoor Heights district for a decade.\n")
    source = source_from_text("case.txt", "Date: 2023-04-02\n\n" + body)
    assert find_defendant(source, find_parties(source)).surname == "Penhale"

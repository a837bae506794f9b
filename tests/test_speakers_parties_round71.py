"""Round 71: quote speakers and parties (invented wordings only)."""
from tests.helpers import party_kinds, speaker_in


# ---------------------------------------------------------------- a unit named with the office or agency owning it

def test_unit_of_an_elected_office_is_named_with_the_office():
    kinds = party_kinds(
        "Ann Wexley was sentenced Monday to five years in prison for wire fraud.\n\n"
        "The Maine Attorney General's Consumer Fraud Department, which polices lenders, said it had barred Wexley.")
    assert "Maine Attorney General's Consumer Fraud Department" in kinds


def test_department_owned_by_an_office_is_named_with_its_owner():
    kinds = party_kinds(
        "Pavel Grusin was sentenced to three years in prison for securities fraud.\n\n"
        "The Vermont Secretary of State's Securities Department said in a statement that it had barred Grusin.")
    assert "Vermont Secretary of State's Securities Department" in kinds
    assert "Securities Department" not in kinds


def test_commission_owned_by_an_agency_keeps_its_owner():
    kinds = party_kinds(
        "Lorna Efe was sentenced to two years in prison for benefits fraud.\n\n"
        "The Treasury Department's Benefit Review Commission referred Efe's case to prosecutors.")
    assert "Treasury Department's Benefit Review Commission" in kinds


# ---------------------------------------------------------------- forces and prosecutors in lower case

def test_state_police_at_work_are_a_party():
    kinds = party_kinds(
        "Mara Quill was sentenced Monday to two years in prison for stealing town fees.\n\n"
        "State police took over the investigation in the spring.")
    assert kinds.get("State police") == "organization"


def test_state_police_in_lower_case_mid_sentence():
    kinds = party_kinds(
        "Dov Arkin was sentenced to four years in prison.\n\n"
        "After the audit, state police arrested Arkin at his home.")
    assert kinds.get("state police") == "organization"


def test_state_police_without_an_act_are_no_party():
    kinds = party_kinds(
        "Dov Arkin was sentenced to four years in prison.\n\n"
        "He once hoped to join the state police as a cadet.")
    assert "state police" not in {k.lower() for k in kinds}


def test_county_prosecutors_are_a_party():
    kinds = party_kinds(
        "Tobin Reyes was sentenced to a year in jail.\n\n"
        "Ellery County prosecutors said they would not appeal.")
    assert kinds.get("Ellery County prosecutors") == "organization"
    kinds = party_kinds(
        "Ines Varga was sentenced to 18 months in prison.\n\n"
        "In a filing, Kittson County prosecutors asked for a longer term.")
    assert kinds.get("Kittson County prosecutors") == "organization"


def test_a_conference_of_towns_is_a_body():
    kinds = party_kinds(
        "Mara Quill was sentenced Monday to two years in prison.\n\n"
        "The Vermont Conference of Towns has pointed to the case in urging towns to tighten controls.")
    assert kinds.get("Vermont Conference of Towns") == "organization"


# ---------------------------------------------------------------- "she" after a sentence that opens with her relative

def test_she_after_her_sons_death_is_the_mother():
    text = ("Prosecutor Lena Dorsey said the pharmacy filled thousands of orders. \"It was a pill mill,\" Dorsey said.\n\n"
            "Marla Quenby's son, Theo, died of an overdose in 2019. She said he had filled prescriptions there "
            "\"more times than I can count.\"")
    assert speaker_in(text, "more times") == "Marla Quenby"


def test_he_after_his_daughters_death_is_the_father():
    text = ("Prosecutor Tom Dorsey said the pharmacy filled thousands of orders. \"It was a pill mill,\" Dorsey said.\n\n"
            "Nils Orban's daughter, Pia, died of an overdose in 2019. He said she had filled prescriptions there "
            "\"too many times.\"")
    assert speaker_in(text, "too many times") == "Nils Orban"


# ---------------------------------------------------------------- words of an apology retold by a lawyer

def test_apology_retold_by_the_lawyer_is_the_defendants():
    text = ("Gordon Pell was sentenced to two years in prison. His attorney, Ray Fenn, said Pell had accepted "
            "responsibility.\n\n"
            "Pell must report to prison in June. In a brief statement to the court, he apologized to "
            "\"the people who love that lake,\" his attorney said.")
    assert speaker_in(text, "love that lake") == "Gordon Pell"


def test_thanks_retold_by_the_lawyer_are_the_defendants():
    text = ("Wanda Krell was sentenced to six years. Her lawyer, Hugh Amory, spoke briefly.\n\n"
            "Krell stood before the judge. She thanked \"everyone who wrote to the court,\" Amory said.")
    assert speaker_in(text, "everyone who wrote") == "Wanda Krell"


# ---------------------------------------------------------------- the defendant, not a relative named first

def _defendant_of(body: str):
    from builder.extract._defendant import find_defendant
    from builder.extract.parties import find_parties
    from builder.sources import source_from_text

    source = source_from_text("case.txt", f"Date: 2025-04-02\n\n{body}")
    return find_defendant(source, find_parties(source))


def test_defendant_is_the_one_sentenced_not_the_child_named_first():
    found = _defendant_of(
        "A courtroom heard about the last day of Rosa Tamberlane's life.\n\n"
        "Then Judge Ann Ostrow sentenced Peter Tamberlane, 41, to six years in prison for leaving his daughter in a car.\n\n"
        "Tamberlane pleaded no contest in March.")
    assert found.name == "Peter Tamberlane"


def test_defendant_is_the_one_convicted_not_the_victim_named_first():
    found = _defendant_of(
        "Mourners remembered Eli Sandoval-Brink at a vigil.\n\n"
        "Eli's uncle, Marta Brink's brother, was not charged. Owen Brink, 52, was convicted of manslaughter on Friday.\n\n"
        "Brink will be sentenced in May.")
    assert found.name == "Owen Brink"

"""Round 73: quoted words that name a thing are no quotes (a code word, a password, a slogan; a writer's label for
a thing coordinated with plain nouns after a preposition), and bodies news introduces by convention are parties (an
establishment in apposition after "his clinic,", a named school said again by its short name, a name with an
appositive saying what kind of place or body it is, a city's force as the agent of the case's work, a force named
before an officer's rank). Short texts written for these tests."""
from __future__ import annotations

from tests.helpers import party_kinds
from tests.helpers import quotes_of as _quotes_of


def quotes_of(text: str) -> list[tuple[str, str | None]]:
    return _quotes_of(text.replace("|", "\n\n"), "Broker sentenced in fraud case")


def texts(text: str) -> list[str]:
    return [q for q, _ in quotes_of(text)]


# --- a name for a word or phrase ----------------------------------------------------------------------------

def test_a_code_word_or_password_in_marks_is_no_quote():
    lede = "Orrin Blackwell, 52, was convicted Tuesday.|"
    assert texts(lede + "His cousin, Teodor Haskell, testified that the two traded tips in calls that used the code "
                 "word \u201cthe harvest.\u201d") == []
    assert texts(lede + "Investigators said the accounts were opened with the password \"blue heron\" and closed "
                 "weeks later.") == []
    assert texts(lede + "The group marched under the slogan \u201cnever again for anyone\u201d before the trial, "
                 "organizers said.") == []


def test_a_statement_after_a_name_noun_is_still_a_quote_when_someone_says_it():
    lede = "Orrin Blackwell, 52, was convicted Tuesday.|"
    # (the noun only names what stands right after it; a whole sentence someone said keeps its speaker)
    assert texts(lede + "\u201cWe never used a code word,\u201d Blackwell said.") == ["We never used a code word,"]


# --- a writer's label coordinated with plain nouns ---------------------------------------------------------------

def test_a_labelled_plural_noun_joined_to_plain_nouns_is_no_quote():
    lede = "Marla Fenwick, 38, a former letter carrier, pleaded guilty Monday.|"
    assert texts(lede + "Inspectors have warned shoppers about \"parcel poachers\" and forged delivery slips, but "
                 "officials say such cases are rare.") == []
    assert texts(lede + "The agency has cautioned landlords against \u201crent skimmers\u201d and fake tenants in "
                 "recent months.") == []


def test_a_quoted_phrase_that_is_said_stays_a_quote():
    lede = "Marla Fenwick, 38, pleaded guilty Monday.|"
    assert texts(lede + "\u201cI let everyone down,\u201d Fenwick said.") == ["I let everyone down,"]


# --- bodies named by convention ---------------------------------------------------------------------------

def test_an_establishment_in_apposition_after_his_clinic_is_a_party():
    kinds = party_kinds("Prosecutors said that from 2019 to 2021 his clinic, Ridgeway Family Medicine, billed insurers "
                        "for tests never done. Dr. Karl Odegaard, 61, was convicted Friday.")
    assert kinds.get("Ridgeway Family Medicine") == "organization"
    kinds = party_kinds("Lena Voskuijlen, 45, was sentenced Monday. Prosecutors said her pharmacy, Bellmont Drug Mart, "
                        "filled forged prescriptions for two years.")
    assert kinds.get("Bellmont Drug Mart") == "organization"


def test_a_name_with_a_kind_of_place_appositive_is_a_body():
    kinds = party_kinds("Joan Fredericks, 88, was found behind Larkspur Lodge on Jan. 3. The owner, Elsa Brandvold, "
                        "was convicted of neglect.\n\nLarkspur Lodge, a six-bed home on a quiet street, had been "
                        "licensed since 2001.")
    assert kinds.get("Larkspur Lodge") == "organization"
    kinds = party_kinds("Tomas Ferrante, 29, was sentenced Friday. He sold drugs for members of the \u201cCedar Row "
                        "Kings,\u201d a gang that police say controls the corner, prosecutors said.")
    assert kinds.get("Cedar Row Kings") == "organization"


def test_a_named_school_said_again_by_its_short_name_is_a_party():
    kinds = party_kinds("Westbrook Middle School was closed the next day after Nils Arvidsen, 17, was charged. "
                        "Several Westbrook students spoke in court. Parents at Westbrook said they were afraid.")
    assert kinds.get("Westbrook Middle School") == "organization"
    # (a school that names an event, or where someone once studied, is no party)
    kinds = party_kinds("Nils Arvidsen, 17, was charged. He had searched for the Cold Spring High School shooting "
                        "before the threat. \"Everyone looked up Cold Spring,\" his lawyer said. Cold Spring was "
                        "mentioned again.")
    assert "Cold Spring High School" not in kinds
    kinds = party_kinds("Nils Arvidsen, 17, a student at Dunmere High School, was charged Monday.")
    assert "Dunmere High School" not in kinds


def test_a_city_force_as_the_agent_of_the_investigation_is_a_party():
    kinds = party_kinds("Joan Fredericks, 31, was convicted of murder. The case was investigated by the FBI and "
                        "Marlow police.")
    assert kinds.get("Marlow police") == "organization"
    kinds = party_kinds("Karl Odegaard, 40, was arrested by Glen Ferry police in May, according to records.")
    assert kinds.get("Glen Ferry police") == "organization"


def test_a_force_named_before_an_officer_rank_is_a_party():
    kinds = party_kinds("Ivo Rasmussen, 33, was convicted of assault. Restitution covers medical costs incurred by "
                        "Harbor Transit Police Sgt. Ann Lowery.")
    assert kinds.get("Harbor Transit Police") == "organization"
    assert kinds.get("Ann Lowery") == "person"
    kinds = party_kinds("Ivo Rasmussen, 33, was convicted. Lakeport Police Detective Bo Lindahl testified, and the "
                        "Lakeport Police Department thanked jurors.")
    assert "Lakeport Police" not in kinds  # the same body as the department named in full


def test_a_person_of_a_group_named_for_its_cause_is_the_person_and_then_the_group():
    # ("Mothers Against Drunk Driving" takes "Against" as a cause group's; the person "of" it is read apart)
    from builder.extract import extract
    from builder.sources import source_from_text

    for group in ("Parents Against Impaired Driving", "Neighbors for Safer Streets"):
        text = (f"Date: 2024-05-02\n\nOrrin Pell was sentenced Tuesday to eight years in prison.\n\n"
                f"\u201cToday the system worked,\u201d said Marta Quell of {group}, who attended the hearing.\n")
        facts = extract(source_from_text("story.txt", text))
        assert [q.speaker for q in facts.quotes] == ["Marta Quell"], group
        assert {p.name for p in facts.parties} >= {"Marta Quell"}

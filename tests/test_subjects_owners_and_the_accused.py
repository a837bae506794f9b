"""Whose a term is when a conjunction opens a clause with its own subject ("Ann Roe spoke to reporters after Tom Lee
was given a probation order"); whose relative a "her daughter" opening a paragraph is ("Mrs Howells died last year." /
"Her daughter, Carol Jenkins, said"); the accused named so in the key parties, whatever else the story calls him; and
"conspiring to X" in one story beside "conspiracy to X" in another, one charge."""
from __future__ import annotations

from tests.helpers import case_of, one_term_of_kind, party_roles, sentencing_of


def test_the_subject_after_a_conjunction_is_the_one_given_the_term():
    s = sentencing_of("Aaron McCall, 32, was convicted of stalking last month.",
                      "Rebekah Gaunt, 28, spoke to reporters after Aaron McCall, 32, from Newtownabbey, County Antrim, "
                      "was given a three-year probation order at Belfast Crown Court on Friday.")
    term = one_term_of_kind(s, "probation")
    assert (term.subject, term.status) == (None, "imposed")


def test_a_co_accused_after_a_conjunction_keeps_his_term():
    # near miss: the clause's subject is someone else, and the term is his
    s = sentencing_of("Aaron McCall, 32, was jailed for three years for stalking.",
                      "His co-accused, Tom Reyes, wept after Reyes was given a two-year probation order.")
    assert one_term_of_kind(s, "probation").subject == "Tom Reyes"


def test_a_relative_opening_a_paragraph_is_the_last_subjects():
    roles = party_roles("Sian Prothero, 45, was given a suspended sentence for neglecting Margaret Howell, 91, at a care "
                        "home. Prothero said she was exhausted. Prothero cried.\n\n"
                        "Mrs Howell died in a hospice last year.\n\n"
                        "Speaking after the hearing, her daughter Carol Jenkins said the family had agonised.")
    assert roles.get("Carol Jenkins") == ["Howell\u2019s daughter"]


def test_an_unsure_gender_is_no_antecedent_across_a_paragraph():
    # near miss: "Corwin" may be anyone's name, so "her sister" stays with the woman the sentence named
    roles = party_roles("Corwin Tallis, 33, was sentenced Friday to 18 years for the stabbing death of Mireille Ostrova."
                        "\n\nHer sister, Priya Lind, said the family would never recover.")
    assert roles.get("Priya Lind") == ["Ostrova\u2019s sister"]


def test_the_accused_is_named_defendant_beside_his_description():
    story = ("title: Fan banned\noutlet: Herald\ndate: 2025-02-20\n\nCraig Lennard, 34, from Airdrie, had admitted "
             "assault to severe injury. Lennard, a self-employed joiner, was banned from attending matches for five "
             "years and ordered to carry out 280 hours of unpaid work.\n")
    first = case_of(("a.txt", story)).parties[0]
    assert first.name == "Craig Lennard" and first.roles[0] == "defendant"
    assert "a self-employed joiner" in first.roles


def _charges_of_two_stories(first: str, second: str) -> list[tuple[str, int]]:
    """Each charge of a case told by a wire story and a daily's a day later, with how many citations it holds."""
    stories = [("a.txt", f"title: A\noutlet: Wire\ndate: 2024-05-02\n\n{first}\n"),
               ("b.txt", f"title: B\noutlet: Daily\ndate: 2024-05-03\n\n{second}\n")]
    return [(c.text, len(c.citations)) for c in case_of(*stories).sentencing.charges]


def test_conspiracy_and_conspiring_to_do_one_thing_are_one_charge():
    first = "Odell Pryce was convicted of conspiracy to distribute fentanyl and was sentenced to nine years in prison."
    second = "Odell Pryce, who was convicted of conspiring to distribute fentanyl, was sentenced to nine years in prison."
    assert _charges_of_two_stories(first, second) == [("conspiracy to distribute fentanyl", 2)]
    # near miss: the plot and the deed are two counts
    assert len(_charges_of_two_stories(first, second.replace("conspiring to distribute", "distributing"))) == 2


def test_a_judges_name_run_into_the_accused_s_is_cut_where_the_story_ends_it():
    story = ("title: Driver jailed\noutlet: Advertiser\ndate: 2025-03-14\n\nKane Rowe, 31, was jailed on Friday for a "
             "hit-run crash that killed Liam Cost.\n\nProsecutor Sarah Petty told Judge Geraldine Tamblin Rowe had been "
             "drinking for hours.\n\nMs Petty urged Judge Tamblin to impose at least eight years.\n\nIn her sentencing "
             "remarks, Judge Tamblin said the crash was avoidable.\n")
    case = case_of(("a.txt", story))
    names = [p.name for p in case.parties]
    assert "Geraldine Tamblin" in names and not any("Tamblin Rowe" in n for n in names), names
    assert case.sentencing.judge.name == "Geraldine Tamblin"


def test_a_trial_court_in_lower_case_comes_before_an_appeal_court_named_for_its_rulings():
    story = ("title: Rifle theft\noutlet: CBC\ndate: 2025-03-14\n\nJudge Marcia Fougere sentenced Dante Hove to a "
             "conditional sentence order of two years less a day.\n\nAssessments of race and culture were endorsed by "
             "the province's Court of Appeal in its 2021 decision.\n\n\"This is a serious offence,\" Fougere said in "
             "Dartmouth provincial court.\n")
    assert case_of(("a.txt", story)).sentencing.court.name == "Dartmouth provincial court"


def _court_of(body: str) -> str | None:
    story = f"title: Court case\noutlet: Wire\ndate: 2025-03-14\n\n{body}\n"
    court = case_of(("a.txt", story)).sentencing.court
    return court.name if court else None


def test_a_court_named_with_its_article_is_the_court():
    assert _court_of("Brodie Latham, 33, pleaded guilty in the Hobart Magistrates Court on Thursday to aggravated "
                     "cruelty and was fined $8,000.") == "Hobart Magistrates Court"
    assert _court_of("Tracey Muir (52) was sentenced in the Dunedin District Court yesterday to 11 months' home "
                     "detention.") == "Dunedin District Court"


def test_a_courthouse_a_clerk_or_a_ruling_names_no_sentencing_court():
    assert _court_of("U.S. District Judge Ann Roe sentenced Tom Reyes to 10 years at the Joseph P. Kinneary U.S. "
                     "Courthouse. A Franklin County Municipal Court clerk first noticed the fraud. The defence cited the "
                     "Supreme Court's decision in Ruan.") == "U.S. District Court"


def test_an_offence_by_its_initials_and_in_words_is_one_charge():
    assert _charges_of_two_stories(
        "Bradley Hennig was convicted of BUI manslaughter and was sentenced to nine years in prison.",
        "Bradley Hennig, who was convicted of boating under the influence manslaughter, was sentenced to nine years in "
        "prison.") == [("boating under the influence manslaughter", 2)]

"""Merging sources, finding where they disagree, and applying the editor's input."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from builder.errors import ContentError
from builder.extract.events import find_events
from builder.extract.sentencing import find_sentencing
from builder.extract.values import find_values
from builder.model import CaseConfig, Party, Pin, Quote, SourceFacts
from builder.reconcile import reconcile
from builder.sources import source_from_text

AS_OF = dt.date(2023, 9, 1)

GAZETTE = """Date: 2023-08-30

District Attorney Lena Marsh is asking for five years probation and 300 hours of community service for
former deputy Carl Duval, who was convicted of assault on Aug. 2.

Duval's lawyer, Frank Okafor, said his client was relieved. Duval cares for his 4-year-old son.

"He knows what he did," Okafor said.
"""

COURIER = """Date: 2023-08-30

Marsh recommended five years of probation for Carl Duval, 44, a former deputy.
Marsh wants 300 hours of community service, said Frank Okafer, who represents Duval.

Image: Carl Duval
Carl Duval and his 5-year-old son outside court. (Photo: Kim Doe)
"""


def _facts(name: str, text: str, parties: list[Party], quotes: list[Quote] | None = None) -> SourceFacts:
    source = source_from_text(name, text)
    return SourceFacts(source=source, parties=parties, quotes=quotes or [],
                       sentencing=find_sentencing(source, parties), events=find_events(source),
                       values=find_values(source, parties))


def _case(**config) -> tuple[list[SourceFacts], CaseConfig]:
    gazette_parties = [Party("Lena Marsh", roles=["District Attorney"]), Party("Carl Duval", roles=["former deputy"]),
                       Party("Frank Okafor", roles=["Duval's lawyer"])]
    courier_parties = [Party("Carl Duval"), Party("Frank Okafer", roles=["Duval's lawyer"]), Party("Marsh")]
    gazette = source_from_text("gazette.txt", GAZETTE)
    start = GAZETTE.index("He knows")
    quote = Quote(text="He knows what he did", citations=[gazette.cite(start, start + 20)], speaker="Okafor")
    facts = [_facts("gazette.txt", GAZETTE, gazette_parties, [quote]), _facts("courier.txt", COURIER, courier_parties)]
    return facts, CaseConfig(case_dir=Path("."), **config)


def test_parties_merge_across_sources_and_spellings():
    facts, config = _case()
    briefing = reconcile(config, facts, AS_OF)
    names = [p.name for p in briefing.parties]
    assert names.count("Carl Duval") == 1 and "Marsh" not in names
    assert len([n for n in names if n.startswith("Frank")]) == 1
    lawyer = next(p for p in briefing.parties if p.name.startswith("Frank"))
    assert {"Frank Okafor", "Frank Okafer"} == {lawyer.name, *lawyer.aliases}


def test_same_term_in_different_words_is_one_term_with_both_citations():
    facts, config = _case()
    briefing = reconcile(config, facts, AS_OF)
    probation = [t for t in briefing.sentencing.terms if t.kind == "probation"]
    assert len(probation) == 1
    assert {c.source for c in probation[0].citations} == {"gazette", "courier"}
    assert not any(c.kind == "term" for c in briefing.conflicts)


def test_conflicts_hold_every_value_with_its_words():
    facts, config = _case()
    briefing = reconcile(config, facts, AS_OF)
    age = next(c for c in briefing.conflicts if c.kind == "age")
    assert age.subject == "Carl Duval's son"
    assert sorted(v.value for v in age.values) == ["4", "5"]
    for v in age.values:
        source = briefing.source(v.citations[0].source)
        assert source.text[v.citations[0].start:v.citations[0].end] == v.text
    name = next(c for c in briefing.conflicts if c.kind == "name")
    assert sorted(v.value for v in name.values) == ["Okafer", "Okafor"]
    assert not name.resolved


def test_a_correction_fixes_names_and_resolves_but_keeps_the_conflict():
    facts, config = _case(corrections={"Okafor": "Frank Okafer"})
    briefing = reconcile(config, facts, AS_OF)
    name = next(c for c in briefing.conflicts if c.kind == "name")
    assert name.resolved and "Frank Okafer" in (name.resolution or "")
    assert briefing.quotes[0].speaker == "Frank Okafer"
    assert "Frank Okafor" not in [p.name for p in briefing.parties]


def test_hide_drops_facts_but_only_resolves_conflicts():
    facts, config = _case(hide=["community service", "5-year-old"])
    briefing = reconcile(config, facts, AS_OF)
    assert not any("community service" in t.text for t in briefing.sentencing.terms)
    age = next(c for c in briefing.conflicts if c.kind == "age")
    assert age.resolved


def test_pins_are_found_verbatim_with_their_citation():
    facts, config = _case(pin=[Pin(text="Duval cares for his 4-year-old son", speaker=None)])
    briefing = reconcile(config, facts, AS_OF)
    pinned = briefing.quotes[0]
    source = briefing.source(pinned.citations[0].source)
    assert source.text[pinned.citations[0].start:pinned.citations[0].end] == pinned.text


def test_a_pin_found_in_no_source_is_a_content_error():
    facts, config = _case(pin=[Pin(text="He never said this")])
    with pytest.raises(ContentError, match="briefing.toml.*He never said this"):
        reconcile(config, facts, AS_OF)


def test_editor_summary_is_sanitised_html():
    facts, config = _case(summary="**Key** point <script>alert(1)</script> ![x](file:///etc/passwd) "
                                  "[ok](https://example.org) [bad](javascript:alert(1))")
    html = reconcile(config, facts, AS_OF).editor_summary_html or ""
    assert "<strong>Key</strong>" in html and 'href="https://example.org"' in html
    assert "script" not in html and "<img" not in html and "javascript" not in html


def test_title_and_timeline():
    facts, config = _case()
    briefing = reconcile(config, facts, AS_OF)
    assert briefing.title == "Carl Duval case" and briefing.as_of == AS_OF
    values = [e.date.value for e in briefing.events]
    assert values == sorted(values) and dt.date(2023, 8, 2) in values
    titled = reconcile(CaseConfig(case_dir=Path("."), title="State v. Duval"), facts, AS_OF)
    assert titled.title == "State v. Duval"


def test_seed_case_shows_both_disagreements():
    from builder.pipeline import load_briefing

    briefing = load_briefing(Path(__file__).resolve().parent.parent / "seeds")
    kinds = {c.kind: c for c in briefing.conflicts}
    assert sorted(v.value for v in kinds["age"].values) == ["2", "3"]
    assert {v.value for v in kinds["name"].values} == {"Shechtman", "Schectman"} and kinds["name"].resolved
    terms = briefing.sentencing.terms
    assert {t.kind for t in terms} >= {"probation", "home_confinement", "community_service", "no_incarceration"}
    assert {t.status for t in terms} == {"recommended"} and {t.by for t in terms} == {"Ken Thompson"}
    assert briefing.sentencing.sentencing_date.value == dt.date(2016, 4, 14)
    assert briefing.sentencing.judge.name == "Danny Chun"


def test_two_different_orders_without_amounts_stay_two_terms():
    from builder.model import Citation, Sentencing, Term
    from builder.reconcile.merge import merge_sentencing

    def term(text, kind):
        return Term(text=text, kind=kind, citations=[Citation("a", 0, len(text))], status="imposed")

    merged = merge_sentencing([Sentencing(terms=[term("undergo anger-management counseling", "treatment"),
                                                 term("complete a high school equivalency course", "treatment"),
                                                 term("no jail time", "no_incarceration")]),
                               Sentencing(terms=[term("no prison time", "no_incarceration")])])
    assert sorted(t.text for t in merged.terms) == [
        "complete a high school equivalency course", "no jail time", "undergo anger-management counseling"]


def test_an_organisation_named_by_its_acronym_in_one_source_and_in_full_in_another_is_one_party():
    facts, config = _case()
    facts[0].parties.append(Party("Federal Bureau of Investigation", kind="organization"))
    facts[1].parties.append(Party("FBI", kind="organization"))
    briefing = reconcile(config, facts, AS_OF)
    fbi = [p for p in briefing.parties if p.kind == "organization"]
    assert [(p.name, p.aliases) for p in fbi] == [("Federal Bureau of Investigation", ["FBI"])]


def test_a_speaker_is_printed_under_the_name_the_merged_parties_use():
    facts, config = _case()
    gazette = facts[0].source
    start = GAZETTE.index("He knows")
    # the courier writes the lawyer "Frank Okafer"; his quote there goes under the one merged name
    facts[0].quotes = [Quote(text="He knows what he did", citations=[gazette.cite(start, start + 20)], speaker="Frank Okafer")]
    briefing = reconcile(config, facts, AS_OF)
    lawyer = next(p for p in briefing.parties if p.name.startswith("Frank"))
    assert [q.speaker for q in briefing.quotes] == [lawyer.name]


def test_one_name_a_source_takes_for_a_person_and_another_for_a_company_is_one_party():
    facts, config = _case()
    facts[0].parties.append(Party("Quill Harbor", kind="organization"))
    facts[1].parties.append(Party("Quill Harbor"))
    briefing = reconcile(config, facts, AS_OF)
    assert [(p.name, p.kind) for p in briefing.parties if p.name == "Quill Harbor"] == [("Quill Harbor", "organization")]


def test_a_second_defendants_sentence_and_charges_stay_their_own():
    """A couple tried together: the wife's eight years neither merges with nor disputes the husband's ten."""
    from builder.model import Charge, Citation, Sentencing, Term
    from builder.reconcile.conflicts import find_conflicts
    from builder.reconcile.merge import merge_sentencing

    def cite(text):
        return [Citation("a", 0, len(text))]

    def prison(text, months, subject=None):
        return Term(text=text, kind="prison", citations=cite(text), status="imposed", amount=months, unit="months",
                    subject=subject)

    his = Sentencing(charges=[Charge("wire fraud", cite("wire fraud"), "convicted")],
                     terms=[prison("10 years in prison", 120)])
    hers = Sentencing(charges=[Charge("wire fraud", cite("wire fraud"), "convicted", subject="Ann Cole")],
                      terms=[prison("eight years in prison", 96, subject="Ann Cole")])
    merged = merge_sentencing([his, hers])
    assert [(t.text, t.subject) for t in merged.terms] == [("10 years in prison", None),
                                                          ("eight years in prison", "Ann Cole")]
    assert [(c.text, c.subject) for c in merged.charges] == [("wire fraud", None), ("wire fraud", "Ann Cole")]
    facts = [SourceFacts(source=source_from_text("a.txt", "A story.\n"), sentencing=s) for s in (his, hers)]
    assert not [c for c in find_conflicts(facts, []) if c.kind == "term"]


def test_a_conspiracy_to_commit_an_offence_is_a_charge_beside_the_offence():
    from builder.model import Charge, Citation, Sentencing
    from builder.reconcile.merge import merge_sentencing

    def charge(text):
        return Charge(text, [Citation("a", 0, len(text))], "convicted")

    merged = merge_sentencing([Sentencing(charges=[charge("conspiracy to commit wire fraud"), charge("wire fraud")]),
                               Sentencing(charges=[charge("manslaughter"), charge("second-degree manslaughter"),
                                                   charge("attempted murder"), charge("murder")])])
    assert sorted(c.text for c in merged.charges) == ["attempted murder", "conspiracy to commit wire fraud", "murder",
                                                      "second-degree manslaughter", "wire fraud"]


def _extracted_case(*stories: tuple[str, str]):
    from builder.extract import extract

    return [extract(source_from_text(name, text)) for name, text in stories]


SENTENCING_DAY = ("ledger.txt", "Date: 2024-09-13\n\nDr. Nora Vell, 58, a surgeon from Brackton, was sentenced Thursday "
                  "to 14 years in federal prison for health care fraud. Prosecutors had asked for 20 years.\n")
AFTER_APPEAL = ("wire.txt", "Date: 2025-11-06\n\nDr. Nora Vell, 59, was resentenced Wednesday to 11 years in prison, "
                "three years less than her original sentence, after an appeals court found the loss miscalculated. "
                "Prosecutors had asked for 151 months at the new hearing.\n")


def test_a_later_sentencing_replaces_the_earlier_one_without_a_disagreement():
    for later in (AFTER_APPEAL,
                  ("post.txt", "Date: 2025-11-06\n\nA judge on Wednesday cut the sentence of Dr. Nora Vell, 59, to 11 "
                               "years in prison after an appeals court ruling.\n")):
        briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(SENTENCING_DAY, later), AS_OF)
        prison = {t.text: t.status for t in briefing.sentencing.terms if t.kind == "prison"}
        assert prison["14 years in federal prison"] == "replaced"
        assert [text for text, status in prison.items() if status == "imposed"][0].startswith("11 years")
        assert not [c for c in briefing.conflicts if c.kind in ("term", "date")], briefing.conflicts
        # the ages 58 and 59 fourteen months apart are one birthday, not a disagreement: listed as settled, and why
        ages = [c for c in briefing.conflicts if c.kind == "age"]
        assert ages and all(c.resolved and "a birthday between them fits both ages" in c.resolution for c in ages)


def test_two_stories_of_one_day_with_different_sentences_still_disagree():
    other = ("post.txt", "Date: 2024-09-13\n\nDr. Nora Vell, 58, was sentenced Thursday to 11 years in prison, "
                         "a term her lawyers had called a new low.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(SENTENCING_DAY, other), AS_OF)
    assert {t.status for t in briefing.sentencing.terms if t.kind == "prison" and t.amount} >= {"imposed"}
    assert "replaced" not in {t.status for t in briefing.sentencing.terms}
    assert [c for c in briefing.conflicts if c.kind == "term"]


def test_ages_that_one_birthday_cannot_fit_still_disagree():
    a = ("a.txt", "Date: 2024-09-13\n\nDr. Nora Vell, 58, was sentenced Thursday to 14 years in prison.\n")
    b = ("b.txt", "Date: 2024-10-01\n\nDr. Nora Vell, 61, reported to prison on Monday.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(a, b), AS_OF)
    assert [sorted(v.value for v in c.values) for c in briefing.conflicts if c.kind == "age"] == [["58", "61"]]


def test_a_role_written_with_and_without_the_dots_of_an_abbreviation_is_one_role():
    facts, config = _case()
    facts[0].parties.append(Party("Hal Whitby", roles=["U.S. District Judge"]))
    facts[1].parties.append(Party("Hal Whitby", roles=["US District Judge", "the judge in the case", "a former prosecutor"]))
    briefing = reconcile(config, facts, AS_OF)
    judge = next(p for p in briefing.parties if p.name == "Hal Whitby")
    # ("the judge in the case" tells nothing "U.S. District Judge" does not: one role per head noun)
    assert judge.roles == ["U.S. District Judge", "a former prosecutor"]


def test_the_summary_opens_on_the_newest_story():
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(AFTER_APPEAL, SENTENCING_DAY), AS_OF)
    assert briefing.summary[0].citations[0].source == "wire"
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(SENTENCING_DAY, AFTER_APPEAL), AS_OF)
    assert briefing.summary[0].citations[0].source == "wire" and "resentenced" in briefing.summary[0].text


def test_one_request_told_as_asked_in_one_story_and_sought_in_another_is_one_term():
    memo = ("memo.txt", "Date: 2025-01-10\n\nFederal prosecutors asked a judge on Thursday to sentence Owen Tarrant, "
                        "a former county treasurer convicted of embezzlement, to nine years in prison. Tarrant's lawyers "
                        "asked for no more than three years in prison.\n")
    hearing = ("hearing.txt", "Date: 2025-01-24\n\nOwen Tarrant was sentenced Friday to six years in prison for "
                              "embezzlement. Prosecutors had sought nine years, while Tarrant's attorneys wanted three "
                              "years in prison.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(memo, hearing), AS_OF)
    requests = [t for t in briefing.sentencing.terms if t.kind == "prison" and t.status in ("recommended", "sought")]
    assert sorted(t.amount for t in requests) == [3, 9], [(t.text, t.status, t.by) for t in requests]
    assert all({c.source for c in t.citations} == {"memo", "hearing"} for t in requests)
    assert not [c for c in briefing.conflicts if c.kind == "term"], briefing.conflicts


def test_requests_by_the_two_sides_stay_apart_and_a_different_amount_still_disagrees():
    memo = ("memo.txt", "Date: 2025-01-10\n\nProsecutors asked for nine years in prison for Owen Tarrant, a former "
                        "county treasurer convicted of embezzlement.\n")
    other = ("post.txt", "Date: 2025-01-11\n\nProsecutors are seeking 12 years in prison for Owen Tarrant, who was "
                         "convicted of embezzlement. His attorneys asked for nine years in prison.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(memo, other), AS_OF)
    requests = {(t.amount, t.by) for t in briefing.sentencing.terms if t.kind == "prison"}
    assert len(requests) == 3, requests
    assert [c for c in briefing.conflicts if c.kind == "term"]


def test_a_body_named_with_its_town_in_one_source_and_without_in_another_is_one_party():
    from builder.reconcile.merge import merge_parties

    merged = merge_parties([Party("Harlow Falls Fraternal Order of Police Lodge 9", kind="organization"),
                            Party("Fraternal Order of Police Lodge 9", kind="organization"),
                            Party("Harlow Falls Police Department", kind="organization"),
                            Party("Police Department", kind="organization")])
    assert len(merged) == 3, [p.name for p in merged]


def test_a_split_sentence_and_a_later_revocation_are_no_disagreement():
    hearing = ("ledger.txt", "Date: 2024-03-08\n\nA former day care worker, Ada Crane, will serve 18 months behind bars, a "
                             "judge ruled Thursday. Circuit Judge Omar Pell sentenced Crane, 24, to 10 years in prison "
                             "with all but 18 months suspended.\n")
    revoked = ("post.txt", "Date: 2025-06-20\n\nAda Crane, who was sentenced to 10 years in prison with all but 18 months "
                           "suspended, was ordered Thursday to serve two years of her previously suspended sentence for "
                           "violating her probation.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(hearing, revoked), AS_OF)
    texts = {t.text for t in briefing.sentencing.terms}
    assert {"18 months behind bars", "all but 18 months suspended", "10 years in prison with all but 18 months suspended"} \
        <= texts, texts
    assert not [c for c in briefing.conflicts if c.kind == "term"], briefing.conflicts


def test_maximums_of_different_counts_are_no_disagreement():
    charged = ("indicted.txt", "Date: 2024-08-20\n\nA former jail officer, Rhys Tandy, 44, was indicted Tuesday on bribery "
                               "and drug charges. If convicted, Tandy faces up to 15 years in prison on each bribery count "
                               "and up to 20 years on the drug charge.\n")
    verdict = ("verdict.txt", "Date: 2024-11-15\n\nA jury on Thursday convicted Rhys Tandy, 44, of bribery. He faces up to "
                              "15 years in prison on each bribery count when he is sentenced in February.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(charged, verdict), AS_OF)
    assert {t.text for t in briefing.sentencing.terms if t.status == "maximum"} >= {"up to 20 years on the drug charge"}
    assert not [c for c in briefing.conflicts if c.kind == "term"], briefing.conflicts


def test_a_sentencing_and_a_later_revocation_hearing_are_two_days_not_a_disagreement():
    sentenced = ("courier.txt", "Date: 2024-05-22\n\nA reptile dealer, Ned Farlow, 52, was sentenced Tuesday to three "
                                "years of probation for smuggling turtles.\n")
    revoked = ("herald.txt", "Date: 2025-04-10\n\nU.S. District Judge Ada Rios revoked the probation of Ned Farlow on "
                             "Wednesday and sentenced him to 10 months in federal prison.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(sentenced, revoked), AS_OF)
    assert not [c for c in briefing.conflicts if c.kind == "date"], briefing.conflicts
    assert briefing.sentencing.sentencing_date.value == dt.date(2025, 4, 9)  # the latest hearing


def test_two_stories_of_one_hearing_on_different_days_still_disagree():
    one = ("a.txt", "Date: 2024-05-22\n\nNed Farlow, 52, was sentenced Tuesday to three years of probation.\n")
    other = ("b.txt", "Date: 2024-05-22\n\nNed Farlow, 52, was sentenced Monday to three years of probation.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(one, other), AS_OF)
    assert [c for c in briefing.conflicts if c.kind == "date"]


def test_one_verdict_told_by_two_stories_is_one_timeline_event_and_another_persons_is_not():
    verdict = ("a.txt", "Date: 2025-03-06\n\nA jury convicted him in 2022 after a two-week trial.\n")
    later = ("b.txt", "Date: 2025-07-18\n\nA jury convicted Tomas Vell in 2022 of health care fraud.\n")
    wife = ("c.txt", "Date: 2025-07-18\n\nHis wife, Rita Vell, was convicted in 2022 of lying to agents.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(verdict, later, wife), AS_OF)
    in_2022 = [e for e in briefing.events if e.date.value == dt.date(2022, 1, 1)]
    assert len(in_2022) == 2, [e.description for e in in_2022]
    assert max(len(e.citations) for e in in_2022) == 2


def test_mandatory_minimums_of_different_counts_are_no_disagreement():
    indicted = ("a.txt", "Date: 2025-01-30\n\nA former coach, Dale Brun, 29, was indicted Wednesday. Each exploitation "
                         "count carries a mandatory minimum of 15 years in prison, and the enticement count carries a "
                         "mandatory minimum of 10 years.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(indicted), AS_OF)
    assert not [c for c in briefing.conflicts if c.kind == "term"], briefing.conflicts


def test_the_parts_of_one_sentence_told_by_one_story_are_no_disagreement():
    story = ("wric.txt", "Date: 2024-06-15\n\nA day care owner will serve three years behind bars. Circuit Judge Omar "
                         "Pell on Friday sentenced Rita Vane, 59, to 10 years in prison with seven years suspended for "
                         "involuntary manslaughter. On the neglect conviction, Pell imposed a five-year sentence, all "
                         "suspended, to run concurrently.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(story), AS_OF)
    assert not [c for c in briefing.conflicts if c.kind == "term"], briefing.conflicts


def test_a_role_two_relatives_share_gives_way_to_one_of_their_own():
    first = ("a.txt", "Date: 2023-08-22\n\nMilo Cole, 2, died in June. Milo's parents, Ismay and Aldo Cole, said "
                      "they grieve. Rita Vane was charged with neglect.\n")
    later = ("b.txt", "Date: 2024-03-08\n\nMilo's mother, Ismay Cole, testified Tuesday that Rita Vane lied.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(first, later), AS_OF)
    assert next(p for p in briefing.parties if p.name == "Ismay Cole").roles == ["Milo's mother"]


def test_one_verdict_told_to_the_month_and_to_the_day_is_one_event_on_the_day():
    month = ("a.txt", "Date: 2024-07-19\n\nA jury convicted Gerald Vane in March of two counts of bribery.\n")
    day = ("b.txt", "Date: 2024-03-15\n\nA federal jury on Thursday convicted Gerald Vane of bribery.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(month, day), AS_OF)
    verdicts = [e for e in briefing.events if "convicted" in e.description]
    assert len(verdicts) == 1 and verdicts[0].date.value == dt.date(2024, 3, 14), [
        (e.date.value, e.description) for e in verdicts]


def test_the_case_is_named_for_the_defendant_not_the_family_named_most():
    story = ("a.txt", "Date: 2025-07-02\n\nStaff Sgt. Marcus Tellor was sentenced Tuesday to 30 months of confinement "
                      "for the drowning of Pvt. Elias Sandor. Sandor's mother, Rosa Sandor, wept. The Sandor family "
                      "said Sandor loved the Army. Rosa Sandor said her son was brave.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(story), AS_OF)
    assert briefing.title == "Marcus Tellor case"


def test_two_parts_of_one_sentence_that_are_as_long_stay_two_terms():
    story = ("a.txt", "Date: 2025-06-20\n\nJudge Ada Rios sentenced Dale Brun, 41, to 18 years to life in prison: 15 "
                      "years to life for murder plus three years on a firearm specification, to be served "
                      "consecutively. Rios also imposed a concurrent 36-month prison term for having weapons while "
                      "under disability.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(story), AS_OF)
    texts = {t.text for t in briefing.sentencing.terms}
    assert any("firearm specification" in t for t in texts) and any("concurrent 36-month" in t for t in texts), texts


def test_the_verb_nearest_the_date_tells_what_happened_then():
    # the second story's sentence also tells of a sentence handed down: the date still dates the death
    first = ("a.txt", "Date: 2025-03-06\n\nIda Lorne held a photograph of her son, Cal, who died of an overdose in "
                      "Pike County in 2022 at age 26.\n")
    second = ("b.txt", "Date: 2025-06-13\n\nIda Lorne, whose son Cal died of an overdose in 2022, addressed the court "
                       "before the sentence was handed down.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(first, second), AS_OF)
    in_2022 = [e for e in briefing.events if e.date.value == dt.date(2022, 1, 1)]
    assert len(in_2022) == 1 and len(in_2022[0].citations) == 2, [e.description for e in in_2022]


def test_one_crash_told_by_two_stories_by_different_details_is_one_event():
    first = ("a.txt", "Date: 2025-01-09\n\nHe is accused in the Oct. 19 crash on Linden Avenue that killed Rosa Quill, "
                      "a nurse walking home from Mercy General Hospital.\n")
    second = ("b.txt", "Date: 2025-07-26\n\nQuill was walking home from Mercy General Hospital when Dale Ottery's truck "
                       "hit her shortly before 2 a.m. on Oct. 19.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(first, second), AS_OF)
    october = [e for e in briefing.events if e.date.value == dt.date(2024, 10, 19)]
    assert len(october) == 1, [e.description for e in october]


def test_one_span_of_years_told_three_ways_is_one_event_but_a_different_span_is_not():
    stories = [("a.txt", "Date: 2025-03-06\n\nProsecutors say Vell took payments from seven families between 2019 and "
                         "2023.\n"),
               ("b.txt", "Date: 2025-08-14\n\nUnder the plea deal, Vell admitted taking $340,000 between 2019 and 2023 "
                         "and agreed to forfeit it.\n"),
               ("c.txt", "Date: 2025-08-14\n\nThe league's own audit covered the seasons between 2019 and 2021.\n")]
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(*stories), AS_OF)
    in_2019 = [e for e in briefing.events if e.date.value == dt.date(2019, 1, 1)]
    assert len(in_2019) == 2, [e.description for e in in_2019]


def test_a_later_change_to_a_term_and_an_instalment_are_no_disagreement_with_the_term():
    sentenced = ("a.txt", "Date: 2025-04-10\n\nCircuit Judge Omar Pellew sentenced Ida Marrable, 63, to five years of supervised "
                          "probation and ordered $486,250 in restitution.\n")
    revoked = ("b.txt", "Date: 2026-09-25\n\nCircuit Judge Omar Pellew extended her probation by two years and ordered "
                        "restitution payments of at least $1,200 a month.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(sentenced, revoked), AS_OF)
    assert not [c for c in briefing.conflicts if c.kind == "term"], briefing.conflicts


def test_two_stories_giving_one_term_different_lengths_still_disagree():
    one = ("a.txt", "Date: 2025-04-10\n\nCircuit Judge Omar Pellew sentenced Ida Marrable, 63, to a year in jail.\n")
    other = ("b.txt", "Date: 2025-04-10\n\nCircuit Judge Omar Pellew sentenced Ida Marrable, 63, to 18 months in jail.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(one, other), AS_OF)
    assert [c for c in briefing.conflicts if c.kind == "term"]


def test_a_familys_plural_name_is_no_second_spelling_but_a_real_misspelling_still_is():
    story = ("b.txt", "title: Driver sentenced\ndate: 2025-04-17\n\nA driver who killed a retired couple, Gerald Huxford "
                      "and Patrice Huxford, was sentenced Thursday to 12 years in prison.\n\nThe Huxfords had been "
                      "married 50 years, their son, Dale Huxford, said. Huxfrod had retired in 2015, he said.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(story), AS_OF)
    names = [c for c in briefing.conflicts if c.kind == "name"]
    assert names and all({v.value for v in c.values} == {"Huxford", "Huxfrod"} for c in names), names


def test_a_resentencing_story_that_dates_only_the_first_hearing_keeps_that_hearings_day():
    later = ("wire.txt", "Date: 2025-11-06\n\nA judge on Wednesday reduced the restitution owed by Dr. Nora Vell. U.S. "
                         "District Judge Ada Rios ordered Vell to pay $1.2 million in restitution, down from the $2 "
                         "million she ordered when she first sentenced her in September 2024.\n")
    first = ("ledger.txt", "Date: 2024-09-13\n\nDr. Nora Vell, 58, a surgeon from Brackton, was sentenced Thursday to 14 "
                           "years in federal prison and ordered to pay $2 million in restitution.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(first, later), AS_OF)
    date = briefing.sentencing.sentencing_date
    assert (date.value, date.granularity) == (dt.date(2024, 9, 12), "day")


def test_any_past_verb_at_the_date_identifies_one_happening_and_the_finer_story_tells_it():
    first = ("a.txt", "Date: 2025-03-06\n\nThe college placed Ottery on leave in October 2023, and the coach resigned "
                      "later.\n")
    second = ("b.txt", "Date: 2025-11-21\n\nPellew State, which placed Ottery on leave in 2023, said it had changed its "
                       "rules.\n")
    other = ("c.txt", "Date: 2025-11-21\n\nThe league fined Pellew State in 2023 for recruiting violations.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(first, second, other), AS_OF)
    in_2023 = [e for e in briefing.events if e.date.value and e.date.value.year == 2023]
    assert len(in_2023) == 2, [e.description for e in in_2023]
    leave = next(e for e in in_2023 if "leave" in e.description)
    assert (leave.date.granularity, len(leave.citations)) == ("month", 2)
    assert "October 2023" in leave.description


def test_terms_a_revocation_hearing_imposed_are_marked_apart_from_the_sentence():
    sentenced = ("a.txt", "Date: 2025-04-09\n\nA church treasurer, Ida Marrable, 63, was sentenced Wednesday to 15 years in "
                          "prison with all but 18 months suspended, and five years of probation.\n")
    revoked = ("b.txt", "Date: 2026-09-24\n\nA judge found Thursday that Ida Marrable violated her probation and ordered her "
                        "to serve three years in jail.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(sentenced, revoked), AS_OF)
    later = {t.text: t.later_hearing for t in briefing.sentencing.terms if t.status == "imposed"}
    assert later["three years in jail"] == dt.date(2026, 9, 24)
    assert later["15 years in prison with all but 18 months suspended"] is None
    from builder.render.html import _term_groups
    labels = [label for label, _ in _term_groups(briefing.sentencing.terms, [])]
    assert labels[:2] == ["Imposed at a later hearing (reported September 24, 2026)", "Imposed at sentencing"]


def test_two_stories_of_one_sentencing_weeks_apart_without_a_revocation_stay_one_group():
    sentenced = ("a.txt", "Date: 2025-04-09\n\nA church treasurer, Ida Marrable, 63, was sentenced Wednesday to 15 years in "
                          "prison.\n")
    feature = ("b.txt", "Date: 2025-06-20\n\nIda Marrable, who was sentenced in April to 15 years in prison, was also "
                        "ordered to pay $48,000 in restitution.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(sentenced, feature), AS_OF)
    assert not any(t.later_hearing for t in briefing.sentencing.terms)


def test_what_was_asked_at_a_revocation_is_no_disagreement_with_the_first_asks_and_an_added_term_replaces_nothing():
    sentenced = ("a.txt", "Date: 2024-03-08\n\nDale Ottery, 34, was sentenced Thursday to 3 1/2 to 7 years in state prison "
                          "for a fatal hit-and-run. Assistant District Attorney Kev Laszlo had asked for 4 to 8 years.\n")
    revoked = ("b.txt", "Date: 2024-08-21\n\nOn Tuesday, Judge Ana Rios revoked the probation Ottery had been serving for "
                        "a 2022 drunken-driving case and resentenced him to 1 to 2 years in state prison, to be served "
                        "after his hit-and-run sentence. Laszlo had asked for 2 1/2 to 5 years.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(sentenced, revoked), AS_OF)
    status = {t.text: t.status for t in briefing.sentencing.terms}
    assert status["3 1/2 to 7 years in state prison"] == "imposed"  # not replaced: the new term is served after it
    assert not [c for c in briefing.conflicts if c.kind == "term"], briefing.conflicts


def test_the_key_parties_open_on_the_defendant():
    story = ("a.txt", "title: Chapter president charged\ndate: 2025-02-20\n\nDistrict Attorney Rena Falk said the chapter "
                      "president, Bran Holbeach, 21, faces the most serious charges.\n\nHolbeach was charged with involuntary "
                      "manslaughter, Falk said.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(story), AS_OF)
    assert [p.name for p in briefing.parties][:2] == ["Bran Holbeach", "Rena Falk"]


def test_a_charge_told_with_its_grade_or_another_joining_word_is_one_charge():
    stories = [("a.txt", "Date: 2024-10-10\n\nDale Cranmore, 63, was charged Wednesday with felony animal abuse.\n"),
               ("b.txt", "Date: 2024-10-17\n\nDale Cranmore pleaded guilty Wednesday to animal abuse and neglect.\n"),
               ("c.txt", "Date: 2024-10-18\n\nDale Cranmore was convicted of animal abuse or neglect.\n")]
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(*stories), AS_OF)
    assert len(briefing.sentencing.charges) == 1, [c.text for c in briefing.sentencing.charges]


def test_one_story_naming_a_graded_count_and_a_wider_one_keeps_both():
    story = ("a.txt", "Date: 2024-10-10\n\nDale Cranmore, 63, was charged Wednesday with felony animal abuse and with "
                      "animal abuse and neglect.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(story), AS_OF)
    assert "felony animal abuse" in {c.text for c in briefing.sentencing.charges}


def test_a_count_convicted_and_a_wider_one_acquitted_are_two_charges():
    story = ("a.txt", "Date: 2025-05-02\n\nA jury on Thursday convicted Bran Kesselring of hazing and acquitted him of "
                      "aggravated hazing.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(story), AS_OF)
    assert {(c.text, c.status) for c in briefing.sentencing.charges} == {("hazing", "convicted"),
                                                                         ("aggravated hazing", "acquitted")}


def test_a_month_is_never_a_misspelling_of_a_surname():
    story = ("a.txt", "title: Officer convicted\ndate: 2025-03-07\n\nAssistant U.S. Attorney Hester Marrable said the officer "
                      "chased the man in March 2023. \u201cHe lied,\u201d Marrable said.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(story), AS_OF)
    assert not [c for c in briefing.conflicts if c.kind == "name"], briefing.conflicts


def test_a_story_about_the_other_defendant_gives_that_persons_charges_and_terms_named():
    plea = ("a.txt", "title: Mother pleads guilty\ndate: 2025-01-10\n\nAshwell Norcross, 28, pleaded guilty Thursday to "
                     "involuntary manslaughter in the death of her son. Prosecutors dismissed a murder charge.\n\n"
                     "Norcross faces up to 11 years in prison, prosecutors said.\n")
    other = ("b.txt", "title: Boyfriend sentenced\ndate: 2025-02-14\n\nA judge on Thursday sentenced Cole Danbury to 23 "
                      "years to life in prison after a jury convicted him of murder.\n")
    another = ("c.txt", "title: Mother sentenced\ndate: 2025-03-14\n\nAshwell Norcross, 28, was sentenced Thursday to 11 "
                        "years in prison for involuntary manslaughter.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(plea, other, another), AS_OF)
    charges = {(c.subject, c.text, c.status) for c in briefing.sentencing.charges}
    assert ("Cole Danbury", "murder", "convicted") in charges and (None, "murder", "dismissed") in charges
    imposed = {(t.subject, t.text) for t in briefing.sentencing.terms if t.status == "imposed"}
    assert ("Cole Danbury", "23 years to life in prison") in imposed and (None, "11 years in prison") in imposed


def test_an_explainer_on_both_defendants_gives_each_paragraph_to_the_one_it_names():
    """A story about the case's other defendant that also retells the case defendant's sentence ("Pemberly ... a judge
    sentenced her to nine years") must not print that sentence under the other defendant's name."""
    from builder.extract import extract

    first = source_from_text("a.txt", "title: Clinic owner gets nine years\ndate: 2025-03-03\n\nA federal judge on Monday "
                                      "sentenced Orla Pemberly, the owner of a Tulsa pain clinic, to nine years in "
                                      "prison for health care fraud.\n")
    explainer = source_from_text(
        "b.txt", "title: Why the clinic's two owners got such different sentences\ndate: 2025-03-14\n\n"
                 "Pemberly, 58, went to trial and lost. A jury convicted her of health care fraud. On March 3, a judge "
                 "sentenced her to nine years in prison and ordered her to pay $4 million in restitution.\n\n"
                 "Ivo Stancliffe, 49, pleaded guilty to conspiracy to commit health care fraud and testified against her. "
                 "On Thursday, the same judge sentenced him to 18 months in prison, followed by two years of supervised "
                 "release.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), [extract(first), extract(explainer)], AS_OF)
    terms = {(t.subject, t.text) for t in briefing.sentencing.terms}
    assert terms == {(None, "nine years in prison"), (None, "$4 million in restitution"),
                     ("Ivo Stancliffe", "18 months in prison"), ("Ivo Stancliffe", "two years of supervised release")}
    charges = {(c.subject, c.text) for c in briefing.sentencing.charges}
    assert charges == {(None, "health care fraud"), ("Ivo Stancliffe", "conspiracy to commit health care fraud")}


def test_one_offence_told_as_a_verb_and_as_a_noun_is_one_charge():
    """"violating an order of protection" (one story) and "violation of an order of protection" (another) are one
    count; a reader must not see it listed twice."""
    stories = [("a.txt", "Date: 2025-02-10\n\nA jury found Travis Odell guilty of aggravated kidnapping and violating an "
                         "order of protection.\n"),
               ("b.txt", "Date: 2025-03-27\n\nTravis Odell, 37, was convicted in February of aggravated kidnapping and "
                         "violation of an order of protection.\n"),
               ("c.txt", "Date: 2025-03-28\n\nOdell was also convicted of possessing a firearm, and prosecutors had "
                         "dropped a count of possession of marijuana.\n")]
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(*stories), AS_OF)
    texts = [c.text for c in briefing.sentencing.charges]
    assert sum("order of protection" in t for t in texts) == 1, texts
    assert sum(t.startswith("possess") for t in texts) == 2, texts  # a firearm and marijuana stay two offences


def test_one_person_under_a_nickname_in_one_story_and_the_full_name_in_another_is_one_party():
    stories = [("a.txt", "Date: 2025-07-05\n\nRonald Quillane, 62, died when a ski boat struck the pontoon he was on, "
                         "police said.\n"),
               ("b.txt", "Date: 2026-03-07\n\nThe crash killed Ronnie Quillane, a retired teacher, his family said.\n"),
               ("c.txt", "Date: 2026-03-08\n\nDonald Quillane, Ronnie's brother, spoke at the hearing.\n")]
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(*stories), AS_OF)
    names = [p.name for p in briefing.parties if p.name.endswith("Quillane")]
    assert sum(n in ("Ronald Quillane", "Ronnie Quillane") for n in names) == 1, names
    assert "Donald Quillane" in names  # a different given name is another person


def test_the_defendant_the_stories_give_no_role_is_shown_as_the_defendant():
    from builder.extract import extract

    source = source_from_text("story.txt", "Title: Sentenced\n\nA Marlow County judge on Friday sentenced Tobiah Renquist "
                                           "to 12 years in prison for setting fire to his neighbor's barn.\n\nRenquist "
                                           "did not speak. Judge Ada Fennimore said the fire could have killed someone.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), [extract(source)], dt.date(2025, 1, 1))
    assert briefing.parties[0].name == "Tobiah Renquist"
    assert briefing.parties[0].roles == ["defendant"]
    # a role the stories give is kept, never replaced
    assert all(p.roles != ["defendant"] for p in briefing.parties[1:])


# --- two stories a day apart: ages, first names and a given name taken for a misspelt surname ---------------------

def _conflicts(*stories: tuple[str, str]) -> dict[str, list[str]]:
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(*stories), AS_OF)
    return {c.subject: sorted(v.value for v in c.values) for c in briefing.conflicts}


def test_ages_one_year_apart_in_stories_a_day_apart_disagree():
    # (a birthday on the one night between the stories is possible, but the reader should see both figures)
    monday = ("ledger.txt", "Date: 2024-03-04\n\nOwen Marrisk, 46, a former deputy, will be sentenced on Tuesday.\n")
    tuesday = ("wire.txt", "Date: 2024-03-05\n\nOwen Marrisk, 47, a former deputy, was sentenced Tuesday to two years in prison.\n")
    assert _conflicts(monday, tuesday).get("Owen Marrisk") == ["46", "47"]


def test_an_age_in_an_appositive_and_in_a_description_names_its_person():
    first = ("ledger.txt", "Date: 2024-03-04\n\nEsme Quarrie, the 44-year-old founder of a lab company, was "
                           "sentenced Tuesday to nine years in prison. Judge Paul Deane said the founder lied.\n")
    second = ("wire.txt", "Date: 2024-03-05\n\nBiotech founder Esme Quarrie was sentenced to nine years in prison. "
                          "Judge Paul Deane told the 45-year-old founder that investors trusted her.\n")
    assert _conflicts(first, second).get("Esme Quarrie") == ["44", "45"]


def test_an_age_of_a_description_two_people_share_names_nobody():
    source = source_from_text("case.txt", "Headline\n\nThe 29-year-old officer, who worked beside Officer Tam Hoy, spoke. "
                                          "Officer Ben Lusford and Officer Tam Hoy testified.\n")
    parties = [Party("Ben Lusford", roles=["Officer"]), Party("Tam Hoy", roles=["Officer"])]
    assert not [v for v in find_values(source, parties) if v.kind == "age"]


def test_a_first_name_spelt_two_ways_disagrees_but_a_short_form_does_not():
    a = ("a.txt", "Date: 2024-03-04\n\nThe crash killed Kaylen Roake, a mechanic. Maj. Lyle Brandley was sentenced Friday to "
                  "two years in prison. Daniel Ostrand, a witness, testified.\n")
    b = ("b.txt", "Date: 2024-03-05\n\nThe crash killed Kaylin Roake, a mechanic. Maj. Lyle Brandley was sentenced Friday to "
                  "two years in prison. Dan Ostrand, a witness, testified.\n")
    found = _conflicts(a, b)
    assert ["Kaylen", "Kaylin"] in found.values()
    assert not [s for s in found if "Ostrand" in s]


def test_another_persons_first_name_is_no_misspelling_of_a_surname():
    source = source_from_text("case.txt", "Headline\n\nProsecutor Marlon Pellingham spoke. Lyse Marlow wrote a letter for Roe.\n")
    parties = [Party("Marlon Pellingham", roles=["Prosecutor"]), Party("Lyse Marlow")]
    assert not [v for v in find_values(source, parties) if v.subject == "Lyse Marlow" and v.value == "Marlon"]


def test_a_request_by_the_defence_lawyer_by_name_and_by_his_lawyers_is_one_request():
    a = ("a.txt", "Date: 2024-05-16\n\nRapper Tobin Varlow, 30, will be sentenced Friday for a shooting. His lawyers "
                  "asked for a year in county jail, and prosecutors want 16 years in state prison.\n")
    b = ("b.txt", "Date: 2024-05-17\n\nTobin Varlow was sentenced Friday to 10 years in state prison. Defense attorney "
                  "Mira Castellane-Holt had asked for a year in county jail.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(a, b), AS_OF)
    asked = [t for t in briefing.sentencing.terms if t.status in ("recommended", "sought") and t.unit == "years"
             and t.amount == 1]
    assert len(asked) == 1 and {c.source for c in asked[0].citations} == {"a", "b"}


def test_a_victims_lawyer_is_no_side_of_the_case():
    from builder.reconcile.merge import sides_of

    parties = [Party("Gil Rasker", roles=["Varlow's attorney"]), Party("Ada Pike", roles=["Deputy District Attorney"]),
               Party("Mira Holt", roles=["Defense attorney"], aliases=["Holt"]), Party("Rhys Dugard", roles=["Kemp's lawyer"])]
    assert sides_of(parties, frozenset({"Kemp"})) == {"Ada Pike": "prosecution", "Mira Holt": "defence", "Holt": "defence",
                                                     "Rhys Dugard": "defence"}


def test_one_defendant_under_a_stage_name_and_a_legal_name_is_one_defendant():
    from builder.model import Citation, Sentencing, Term

    def story(name: str, defendant: str, parties: list[Party]) -> SourceFacts:
        source = source_from_text(f"{name}.txt", "Date: 2024-05-17\n\nSentenced to 10 years in state prison.\n")
        term = Term(text="10 years in state prison", kind="prison", status="imposed", amount=10, unit="years",
                    citations=[Citation(name, 0, 10)])
        return SourceFacts(source=source, parties=parties, quotes=[], sentencing=Sentencing(terms=[term]), events=[],
                           values=[], defendant=defendant)

    facts = [story("a", "Saint Kestrel", [Party("Tobin Varlow", aliases=["Saint Kestrel"])]),
             story("b", "Tobin Varlow", [Party("Tobin Varlow")])]
    briefing = reconcile(CaseConfig(case_dir=Path(".")), facts, AS_OF)
    assert [(t.text, t.subject) for t in briefing.sentencing.terms] == [("10 years in state prison", None)]


def test_the_wording_most_mentions_use_speaks_for_a_merged_term():
    from builder.model import Citation, Sentencing, Term
    from builder.reconcile.merge import merge_sentencing

    once = Term(text="a full month's imprisonment", kind="prison", status="sought", amount=1, unit="months",
                by="Ada Pike", citations=[Citation("c", 0, 27)])
    often = Term(text="a month in prison", kind="prison", status="recommended", amount=1, unit="months",
                 by="prosecutors", citations=[Citation("a", 100, 117), Citation("b", 5, 22)])
    merged = merge_sentencing([Sentencing(terms=[once, often])], {"Ada Pike": "prosecution"})
    assert [(t.text, t.status, t.by) for t in merged.terms] == [("a month in prison", "recommended", "prosecutors")]
    assert merged.terms[0].citations == [Citation("a", 100, 117), Citation("b", 5, 22), Citation("c", 0, 27)]


def test_a_court_named_in_full_by_one_story_and_in_short_by_another_is_shown_in_full():
    from builder.model import Citation, Mention, Sentencing
    from builder.reconcile.merge import merge_sentencing

    short = Mention(text="Superior Court", citations=[Citation("a", 10, 24)])
    full = Mention(text="Maricopa County Superior Court", citations=[Citation("b", 0, 30)])
    for order in ([short, full], [full, short]):
        court = merge_sentencing([Sentencing(court=m) for m in order]).court
        assert court.text == "Maricopa County Superior Court"
        assert court.citations[0] == Citation("b", 0, 30) and len(court.citations) == 2


def test_one_storys_two_wordings_of_one_request_stay_as_the_story_gave_them():
    from builder.model import Citation, Sentencing, Term
    from builder.reconcile.merge import merge_sentencing

    named = Term(text="10 years in prison", kind="prison", status="recommended", amount=10, unit="years", by="Ada Pike",
                 citations=[Citation("a", 0, 18)])
    group = Term(text="a decade behind bars", kind="prison", status="recommended", amount=10, unit="years",
                 by="prosecutors", citations=[Citation("a", 50, 70)])
    merged = merge_sentencing([Sentencing(terms=[named, group])], {"Ada Pike": "prosecution"})
    assert len(merged.terms) == 2



def test_one_half_of_a_double_surname_is_the_same_person_and_the_forms_disagree():
    a = ("a.txt", "Date: 2024-03-04\n\nFormer treasurer Noreen Halloway-Birch, 58, was sentenced Friday to four years in "
                  "prison. Halloway-Birch apologized.\n")
    b = ("b.txt", "Date: 2024-03-05\n\nFormer treasurer Noreen Halloway, 57, was sentenced Friday to four years in "
                  "prison. Halloway apologized.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(a, b), AS_OF)
    treasurers = [p for p in briefing.parties if p.name.startswith("Noreen")]
    assert len(treasurers) == 1
    conflicts = {c.kind: sorted(v.value for v in c.values) for c in briefing.conflicts if c.subject == treasurers[0].name}
    assert conflicts == {"name": ["Halloway", "Halloway-Birch"], "age": ["57", "58"]}
    assert len([t for t in briefing.sentencing.terms if t.status == "imposed"]) == 1


def test_a_double_surname_with_another_first_name_is_someone_else():
    a = ("a.txt", "Date: 2024-03-04\n\nFormer treasurer Noreen Halloway-Birch was sentenced Friday to four years in "
                  "prison. Her husband, Curtis Halloway, testified.\n")
    b = ("b.txt", "Date: 2024-03-05\n\nFormer treasurer Noreen Halloway-Birch was sentenced Friday to four years.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(a, b), AS_OF)
    assert {"Noreen Halloway-Birch", "Curtis Halloway"} <= {p.name for p in briefing.parties}


def test_a_name_with_accents_and_a_spaced_compound_surname_is_the_hyphenated_one():
    from builder.reconcile.merge import merge_parties

    merged = merge_parties([Party("Ximena Berrocalde Ocaña", kind="person", roles=["owner"]),
                            Party("Berrocalde Ocaña", kind="person"),
                            Party("Ximena Berrocalde-Ocana", kind="person", roles=["defendant"]),
                            Party("Ximena Ocampo", kind="person", roles=["witness"])])
    assert sorted(p.name for p in merged) == ["Ximena Berrocalde Ocaña", "Ximena Ocampo"]
    owner = next(p for p in merged if p.name == "Ximena Berrocalde Ocaña")
    assert {"Berrocalde Ocaña", "Ximena Berrocalde-Ocana"} <= set(owner.aliases)


def test_two_surnames_printed_two_ways_disagree_as_the_whole_surname():
    a = ("a.txt", "Date: 2024-06-13\n\nClinic owner Ximena Berrocalde Ocaña, 61, was sentenced Thursday to 10 years in "
                  "prison. Berrocalde Ocaña did not speak.\n")
    b = ("b.txt", "Date: 2024-06-14\n\nClinic owner Ximena Berrocalde-Ocana, 61, was sentenced on Thursday to 10 years "
                  "in prison. Berrocalde-Ocana did not speak.\n")
    found = _conflicts(a, b)
    assert found == {"Ximena Berrocalde Ocaña": ["Berrocalde Ocaña", "Berrocalde-Ocana"]}


def test_a_sum_one_story_rounds_is_the_exact_sum_of_the_other_and_no_disagreement():
    a = ("a.txt", "Date: 2024-03-08\n\nCoach Dell Marwick was sentenced Friday to 30 months in prison and ordered to "
                  "pay $1.2 million in restitution.\n")
    b = ("b.txt", "Date: 2024-03-09\n\nCoach Dell Marwick was sentenced Friday to 30 months in prison and ordered to "
                  "pay $1,214,600 in restitution.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(a, b), AS_OF)
    restitution = [t for t in briefing.sentencing.terms if t.kind == "restitution"]
    assert [t.text for t in restitution] == ["$1,214,600 in restitution"]  # (the exact figure shown)
    assert {c.source for c in restitution[0].citations} == {"a", "b"}
    assert not briefing.conflicts


def test_two_sums_in_millions_that_differ_still_disagree():
    a = ("a.txt", "Date: 2024-03-08\n\nCoach Dell Marwick was sentenced Friday to 30 months in prison and ordered to "
                  "pay $31.4 million in restitution.\n")
    b = ("b.txt", "Date: 2024-03-09\n\nCoach Dell Marwick was sentenced Friday to 30 months in prison and ordered to "
                  "pay $31.6 million in restitution.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(a, b), AS_OF)
    assert [sorted(v.text for v in c.values) for c in briefing.conflicts if c.kind == "term"] == [
        ["$31.4 million in restitution", "$31.6 million in restitution"]]


def test_an_age_told_only_as_the_one_the_court_orders_is_the_defendants():
    a = ("a.txt", "Date: 2024-03-08\n\nCoach Dell Marwick, 54, was sentenced Friday to 30 months in prison.\n")
    b = ("b.txt", "Date: 2024-03-09\n\nCoach Dell Marwick was sentenced Friday to 30 months in prison. The judge also "
                  "ordered the 55-year-old to pay $9,000 in restitution.\n")
    assert _conflicts(a, b) == {"Dell Marwick": ["54", "55"]}
    c = ("c.txt", "Date: 2024-03-09\n\nCoach Dell Marwick was sentenced Friday to 30 months in prison. The judge also "
                  "sentenced the 19-year-old driver to probation.\n")
    assert _conflicts(a, c) == {}


def test_two_offices_alike_but_for_their_jurisdiction_are_two_parties():
    from builder.reconcile.merge import merge_parties

    federal = Party("U.S. Department of Health and Human Services Office of Inspector General", kind="organization")
    state = Party("Ohio Department of Health and Human Services Office of Inspector General", kind="organization")
    misspelt = Party("Ohio Departmant of Health and Human Services Office of Inspector General", kind="organization")
    assert len(merge_parties([federal, state])) == 2
    assert len(merge_parties([state, misspelt])) == 1


def test_one_statement_quoted_whole_in_one_story_and_in_parts_in_another_is_printed_once():
    """One story quotes the judge's two sentences whole; another splits them around "she said" and closes a partial
    quote with a period inside the marks. The reader sees each statement once, and every citation cuts exactly its
    printed words (the build refuses a quote that is not its source's words)."""
    whole = ("a.txt", "title: Clerk sentenced\ndate: 2025-05-02\n\nJudge Ines Morrow sentenced Pell Cordwell to four "
                      "years in prison. \u201cYou stole from the people you served. You did it for years,\u201d Morrow "
                      "said. Prosecutors called the thefts \u201cpatient and deliberate.\u201d\n")
    split = ("b.txt", "title: Former clerk gets four years\ndate: 2025-05-03\n\nPell Cordwell was sentenced to four years "
                      "in prison. \u201cYou stole from the people you served,\u201d Judge Ines Morrow said. \u201cYou did "
                      "it for years.\u201d Prosecutors said the thefts were \u201cpatient and deliberate\u201d.\n")
    cases = _extracted_case(whole, split)
    briefing = reconcile(CaseConfig(case_dir=Path(".")), cases, AS_OF)
    texts = [q.text for q in briefing.quotes]
    assert "You stole from the people you served. You did it for years," in texts
    assert not {"You stole from the people you served,", "You did it for years."} & set(texts), texts
    phrase = [q for q in briefing.quotes if q.text.startswith("patient and deliberate")]
    assert len(phrase) == 1 and phrase[0].text == "patient and deliberate"
    assert {c.source for c in phrase[0].citations} == {"a", "b"}
    sources = {f.source.id: f.source.text for f in cases}
    assert all(sources[c.source][c.start:c.end] == q.text for q in briefing.quotes for c in q.citations)


def test_a_story_that_repeats_its_own_phrase_keeps_both_quotes():
    story = ("a.txt", "title: Clerk sentenced\ndate: 2025-05-02\n\nProsecutors called the thefts \u201cpatient and "
                      "deliberate.\u201d\n\n\u201cThese thefts were patient and deliberate,\u201d prosecutor Avi Strand "
                      "said later.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(story), AS_OF)
    assert len(briefing.quotes) == 2, [q.text for q in briefing.quotes]


_SINGER_BEFORE = ("before.txt", "Date: 2025-05-08\n\nFormer pop singer Marisol Quennell, 46, faces sentencing Thursday for "
                  "hiding a yacht from a bankruptcy court.\n\nHer ex-husband, Tobias Quennell, a former boat dealer, was "
                  "sentenced last year to two years of probation for lying to the court.\n\nProsecutors said Quennell moved "
                  "money through Harbor Lantern Holdings LLC, a company set up in her assistant's name.\n")
_SINGER_AFTER = ("after.txt", "Date: 2025-05-09\n\nFormer pop singer Marisol Quennell was sentenced Thursday to 40 months "
                 "in prison for hiding a yacht from a bankruptcy court.\n\nHer ex-husband Tobias, a former boat dealer, was "
                 "sentenced to two years of probation last year.\n\nThe money went through Harbor Lantern Holdings, a "
                 "company in her assistant's name, prosecutors said.\n")


def _extracted_briefing(*stories: tuple[str, str]):
    from builder.extract import extract

    return reconcile(CaseConfig(case_dir=Path(".")), [extract(source_from_text(n, t)) for n, t in stories], AS_OF)


def test_a_relative_called_by_first_name_in_one_story_is_the_full_name_of_another_and_so_is_his_sentence():
    briefing = _extracted_briefing(_SINGER_BEFORE, _SINGER_AFTER)
    names = [p.name for p in briefing.parties]
    assert "Tobias Quennell" in names and "Tobias" not in names
    assert "Harbor Lantern Holdings LLC" in names and "Harbor Lantern Holdings" not in names  # a legal suffix is no other word
    assert [(t.subject, t.text, len(t.citations)) for t in briefing.sentencing.others] == \
        [("Tobias Quennell", "two years of probation", 2)]


def test_a_first_name_two_people_share_stays_apart():
    second = ("third.txt", "Date: 2025-05-10\n\nThe case's investigator, Tobias Wrenfield, testified at trial.\n")
    briefing = _extracted_briefing(_SINGER_BEFORE, _SINGER_AFTER, second)
    names = [p.name for p in briefing.parties]
    assert "Tobias" in names and "Tobias Quennell" in names and "Tobias Wrenfield" in names


def test_a_public_defender_named_in_one_story_and_by_role_in_another_makes_one_ask():
    before = ("before.txt", "Date: 2025-05-08\n\nA Beaumont man who burned a historic chapel will be sentenced Thursday.\n\n"
              "Prosecutors asked for 30 years in prison. Assistant Federal Public Defender Imelda Sarkovic asked for 12 "
              "years in prison for Dorrance Pellew, 24.\n")
    after = ("after.txt", "Date: 2025-05-10\n\nDorrance Pellew, 24, was sentenced Thursday to 20 years in prison for "
             "burning a historic chapel.\n\nHis public defender had asked for 12 years.\n")
    terms = _extracted_briefing(before, after).sentencing.terms
    asks = [(t.by, t.text, len(t.citations)) for t in terms if t.status == "recommended" and t.amount == 12]
    assert asks == [("Imelda Sarkovic", "12 years in prison", 2)]


def test_a_story_about_the_other_defendant_files_the_case_defendants_sentence_as_hers():
    mother = ("a.txt", "Date: 2025-05-09\n\nPerla Quarmby, 24, the mother of a 2-year-old Tulsa boy, was sentenced Thursday "
              "to 12 years in prison for enabling child abuse.\n\nJudge Owen Madderley said she had ignored the bruises for "
              "weeks.\n")
    boyfriend = ("b.txt", "Date: 2025-05-10\n\nAn Oklahoma man was sentenced Friday to life in prison without parole for the "
                 "beating death of his girlfriend's 2-year-old son.\n\nRyland Ostrow, 27, was sentenced by Judge Owen "
                 "Madderley.\n\nThe boy's mother, Perla Quarmby, received a 12-year sentence on Thursday after pleading guilty "
                 "to enabling child abuse.\n")
    sentencing = _extracted_briefing(mother, boyfriend).sentencing
    assert sentencing.others == []  # never "Other people's sentences: Perla Quarmby: a 12-year sentence"
    assert [(t.subject, t.text, len(t.citations)) for t in sentencing.terms] == \
        [(None, "12 years in prison", 2), ("Ryland Ostrow", "life in prison without parole", 1)]


def test_the_justice_departments_ask_in_one_story_and_prosecutors_ask_in_another_are_one_ask():
    before = ("before.txt", "Date: 2025-05-01\n\nA former park ranger will be sentenced next week for his part in a "
              "riot.\n\nIn a memo, the Justice Department asked Judge Oriel Banks to impose 108 months in prison on "
              "Tobin Rask.\n")
    after = ("after.txt", "Date: 2025-05-09\n\nTobin Rask was sentenced Thursday to six years in prison for his part in "
             "a riot.\n\nProsecutors had sought 108 months in prison.\n")
    asks = [(t.text, len(t.citations)) for t in _extracted_briefing(before, after).sentencing.terms if t.status == "recommended"]
    assert asks == [("108 months in prison", 2)]
    # within one story, two wordings of one ask stay as the story tells them
    one = ("one.txt", "Date: 2025-05-01\n\nProsecutors want Tobin Rask to spend nine years behind bars.\n\nIn a memo, "
           "the Justice Department asked Judge Oriel Banks to impose 108 months in prison.\n")
    texts = [t.text for t in _extracted_briefing(one).sentencing.terms if t.status in ("recommended", "sought")]
    assert "nine years behind bars" in texts and "108 months in prison" in texts


def test_a_story_that_makes_the_case_defendant_its_second_defendant_gives_her_terms_to_the_case():
    from builder.model import Citation, Sentencing, Term
    from builder.reconcile import _each_to_its_defendant

    def facts(name, defendant, terms):
        source = source_from_text(name, "A story.\n")
        return SourceFacts(source=source, defendant=defendant, sentencing=Sentencing(terms=terms))

    def prison(text, subject=None):
        return Term(text=text, kind="prison", citations=[Citation("b", 0, 8)], status="imposed", amount=240,
                    unit="months", subject=subject)

    hers = facts("a.txt", "Perla Quarmby", [prison("20 years in prison")])
    his = facts("b.txt", "Ryland Ostrow", [prison("a 20-year sentence", subject="Perla Quarmby")])
    moved = _each_to_its_defendant([hers, his], [Party("Perla Quarmby"), Party("Ryland Ostrow")])
    assert [(t.text, t.subject) for t in moved[1].sentencing.terms] == [("a 20-year sentence", None)]


def test_ages_told_at_the_time_of_the_crime_are_compared_with_each_other_only():
    # "then 27" and "who was 28 at the time" tell one past moment: no birthday falls between them, months apart or not
    spring = ("ledger.txt", "Date: 2025-03-04\n\nDeputy Ivo Strand was sentenced Tuesday to 40 months in prison for "
                            "beating Tobin Quill, then 27, in a jail cell in 2022.\n")
    autumn = ("wire.txt", "Date: 2025-10-20\n\nFormer deputy Ivo Strand lost his appeal. The man he beat, Tobin Quill, "
                          "who was 28 at the time, still has headaches. Quill, 31, spoke outside court.\n")
    conflicts = _conflicts(spring, autumn)
    assert conflicts.get("Tobin Quill's age at the time") == ["27", "28"]
    # the story's own-day age is not set against either
    assert "Tobin Quill" not in conflicts


def test_ages_at_the_time_that_agree_make_no_conflict():
    first = ("ledger.txt", "Date: 2025-03-04\n\nRena Voss was sentenced for the crash that injured Abel Marr, then 19, "
                           "on a rural road.\n")
    second = ("wire.txt", "Date: 2025-03-05\n\nThe crash left Abel Marr, who was 19 at the time, with a broken leg. "
                          "Rena Voss was sentenced to two years in prison.\n")
    assert not any(subject.startswith("Abel Marr") for subject in _conflicts(first, second))


def test_ages_a_birthday_explains_are_listed_as_settled_after_the_real_disagreements():
    spring = ("ledger.txt", "Date: 2024-03-04\n\nOwen Marrisk, 46, a former deputy, pleaded guilty. His wife, Ada "
                            "Marrisk, 44, spoke in court.\n")
    autumn = ("wire.txt", "Date: 2024-10-21\n\nOwen Marrisk, 47, a former deputy, was sentenced to two years in prison. "
                          "His wife, Ada Marrisk, 49, spoke in court.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(spring, autumn), AS_OF)
    ages = [(c.subject, sorted(v.value for v in c.values), c.resolved) for c in briefing.conflicts if c.kind == "age"]
    assert ages == [("Ada Marrisk", ["44", "49"], False), ("Owen Marrisk", ["46", "47"], True)]
    settled = next(c for c in briefing.conflicts if c.resolved)
    assert settled.resolution == ("The stories are dated March 4, 2024 and October 21, 2024; a birthday between them "
                                  "fits both ages")


def test_a_first_name_spelt_two_ways_beside_a_middle_initial_disagrees():
    first = ("ledger.txt", "Date: 2024-08-22\n\nFormer guard Rene T. Quarles pleaded guilty to bribery on Thursday.\n")
    second = ("wire.txt", "Date: 2024-08-23\n\nFormer guard Ren\u00e9 Quarles pleaded guilty to bribery on Thursday.\n")
    assert _conflicts(first, second).get("Rene T. Quarles's first name") == ["Rene", "Ren\u00e9"]


def test_a_fire_told_by_the_month_in_one_story_and_to_the_day_in_another_is_one_event_told_by_its_own_line():
    month = ("a.txt", "Date: 2024-10-07\n\nProsecutors want the owner of a rooming house where three tenants died in a "
                      "March 2023 fire to spend 20 years in prison, arguing in a filing that he ignored warnings.\n")
    day = ("b.txt", "Date: 2024-10-12\n\nThe fire broke out shortly after 2 a.m. on March 9, 2023, in a back bedroom. "
                    "Judge Mara Lind sentenced Orrin Vasko on Friday to 12 years in prison for the fire.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(month, day), AS_OF)
    fires = [e for e in briefing.events if e.date.value and e.date.value.year == 2023]
    assert len(fires) == 1, [(e.date.value, e.description) for e in fires]
    assert fires[0].date.value == dt.date(2023, 3, 9) and len({c.source for c in fires[0].citations}) == 2
    assert fires[0].description.startswith("The fire broke out")
    # the sentencing day's line tells the sentence, though the fire is named in it
    assert any("12 years" in e.description for e in briefing.events if e.date.value == dt.date(2024, 10, 11))


def test_a_shooting_named_by_its_year_is_the_one_a_later_sentence_dates_to_the_month():
    year = ("a.txt", "Date: 2016-02-12\n\nA jury convicted Dale Ruiz on Thursday in the 2014 fatal shooting of Ed Pratt in "
                     "a stairwell.\n")
    month = ("b.txt", "Date: 2016-03-24\n\nFormer deputy Dale Ruiz apologized Thursday morning to the brother of Ed Pratt, "
                      "whom he shot and killed during a struggle in the stairwell of a parking garage in November 2014.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(year, month), AS_OF)
    shootings = [e for e in briefing.events if e.date.value and e.date.value.year == 2014]
    assert len(shootings) == 1 and shootings[0].date.granularity == "month", [e.description for e in shootings]
    assert shootings[0].description.startswith("Ed Pratt, whom he shot"), shootings[0].description


def test_a_piece_of_a_quote_a_deck_repeats_with_no_speaker_is_the_full_quotes_speakers():
    quoted = ("a.txt", "title: Landlord faces sentencing\ndate: 2025-05-02\n\nDefense asks for mercy, saying Abel Stroud "
                       "\u201cwill carry the weight of this fire all his life\u201d\n\nThe lawyer for Abel Stroud, Nina "
                       "Farrow, asked for probation.\n\n\u201cHe will carry the weight of this fire all his life, whatever "
                       "you decide,\u201d Farrow wrote.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(quoted), AS_OF)
    assert {q.speaker for q in briefing.quotes} == {"Nina Farrow"}, [(q.text, q.speaker) for q in briefing.quotes]
    # three words are no statement of their own ("a lie" stands in many quotes)
    short = ("b.txt", "title: Owner sentenced\ndate: 2025-05-02\n\nNeighbors called the fire \u201ca terrible "
                      "tragedy\u201d in letters to the court.\n\n\u201cThis was a terrible tragedy for all of us,\u201d "
                      "Mayor Ines Carrow said.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(short), AS_OF)
    pieces = [q for q in briefing.quotes if q.text.startswith("a terrible")]
    assert pieces and pieces[0].speaker != "Ines Carrow", [(q.text, q.speaker) for q in briefing.quotes]


def test_a_term_imposed_by_a_judge_one_story_names_and_the_other_does_not_is_listed_once():
    named = ("a.txt", "Date: 2025-02-28\n\nMarion Superior Court Judge Ada Quist sentenced Lev Orban, 22, on Thursday to "
                      "four years in prison for the hazing death of a pledge.\n")
    unnamed = ("b.txt", "Date: 2025-02-28\n\nA Marion County judge sentenced Lev Orban to four years in prison on "
                        "Thursday for his role in the death of a fraternity pledge.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(named, unnamed), AS_OF)
    imposed = [t for t in briefing.sentencing.terms if t.status == "imposed"]
    assert len(imposed) == 1 and len({c.source for c in imposed[0].citations}) == 2, [(t.text, t.by) for t in imposed]
    assert imposed[0].by == "Ada Quist"


def test_one_counts_part_told_by_two_stories_in_their_own_words_is_listed_once():
    first = ("a.txt", "Date: 2025-04-18\n\nJudge Tessa Varn sentenced Cole Brandt to 23 years in prison: 19 years for "
                      "second-degree murder and a consecutive four years for aggravated assault.\n")
    second = ("b.txt", "Date: 2025-04-18\n\nJudge Tessa Varn sentenced Brandt to 19 years in prison on the murder count, "
                       "to be followed by four years on the aggravated assault count, for a total of 23 years.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(first, second), AS_OF)
    nineteen = [t.text for t in briefing.sentencing.terms if t.amount == 19]
    assert len(nineteen) == 1, nineteen
    # within one story, two parts of one length are two counts
    one = ("c.txt", "Date: 2025-04-18\n\nJudge Tessa Varn sentenced Brandt to five years on the robbery count and five "
                    "years on the burglary count, to run consecutively.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(one), AS_OF)
    assert len([t for t in briefing.sentencing.terms if t.amount == 5]) == 2


def test_a_family_name_spelt_two_ways_for_each_member_is_one_disagreement_naming_them_all():
    first = ("a.txt", "Date: 2025-02-27\n\nThe pledge's parents, Dana Vanterpool and Mark Vanterpool, spoke in court. Dana "
                      "Vanterpool said her son loved music. Mark Vanterpool said he forgives no one.\n")
    second = ("b.txt", "Date: 2025-02-28\n\nHis mother, Dana VanTerpool, wept. His father, Mark VanTerpool, asked for the "
                       "maximum. Dana VanTerpool held a photograph.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(first, second), AS_OF)
    names = [c for c in briefing.conflicts if c.kind == "name"]
    assert len(names) == 1, [(c.subject, [v.value for v in c.values]) for c in names]
    assert "Dana" in names[0].subject and "Mark" in names[0].subject
    assert {v.value for v in names[0].values} == {"Vanterpool", "VanTerpool"}
    assert all(len({c.source for c in v.citations}) == 1 and len(v.citations) >= 2 for v in names[0].values)


def test_a_preview_line_of_a_day_another_story_tells_as_past_is_dropped_but_a_day_only_previewed_stays():
    preview = ("a.txt", "Date: 2025-06-12\n\nCal Wren is scheduled to be sentenced Friday in Tampa. The hearing is set to "
                        "begin at 9 a.m. Friday. His trial is set to begin Aug. 4 in a related case.\n")
    day = ("b.txt", "Date: 2025-06-13\n\nJudge Ana Reyes sentenced Cal Wren on Friday to eight years in state prison.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(preview, day), AS_OF)
    friday = [e.description for e in briefing.events if e.date.value == dt.date(2025, 6, 13)]
    assert friday and not [d for d in friday if "scheduled" in d or "set to" in d], friday
    assert any(e.date.value == dt.date(2025, 8, 4) for e in briefing.events)


def test_a_ledes_decades_are_the_exact_years_another_story_gives():
    lede = ("a.txt", "Date: 2025-04-18\n\nCole Brandt will spend the next two decades in prison for killing a deputy "
                     "at a traffic stop, a judge ruled Friday.\n")
    exact = ("b.txt", "Date: 2025-04-18\n\nJudge Tessa Varn sentenced Cole Brandt on Friday to 23 years in prison for "
                      "killing a deputy at a traffic stop.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(lede, exact), AS_OF)
    prison = [t for t in briefing.sentencing.terms if t.kind == "prison" and t.status == "imposed"]
    assert [t.text for t in prison] == ["23 years in prison"] and len({c.source for c in prison[0].citations}) == 2
    assert not [c for c in briefing.conflicts if c.kind == "term"]
    # three decades is not 23 years
    far = ("c.txt", "Date: 2025-04-18\n\nCole Brandt will spend three decades in prison, a judge ruled Friday.\n")
    briefing = reconcile(CaseConfig(case_dir=Path(".")), _extracted_case(far, exact), AS_OF)
    assert len([t for t in briefing.sentencing.terms if t.kind == "prison" and t.status == "imposed"]) == 2

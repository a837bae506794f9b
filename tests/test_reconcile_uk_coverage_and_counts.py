"""Case-level faults first seen in British, Irish and Australian coverage: the case's defendant when one story
names a co-defendant first, a sentence told as a jailing in the summary, a hearing adjourned to a later day on the
timeline, and one count's term set against the whole sentence as a disagreement."""
from __future__ import annotations

import datetime as dt

from builder.extract.summary import rank_sentences
from builder.sources import source_from_text
from tests.helpers import case_of, conflicts_of, dated_facts

RUNNER = ("a.txt", "Date: 2024-10-04\n\nA teenage drug runner who was caught with a knife and 90 wraps of heroin in a "
                   "Telford flat has been locked up.\n\n"
                   "The man who ran the line, Corwin Astley, 31, of Walsall, was jailed for nine years.\n\n"
                   "Jaylen Brooke-Harte, 18, of Dudley, was one of the runners on the line, Stafford Crown Court heard.\n\n"
                   "Brooke-Harte had pleaded guilty to being concerned in the supply of heroin. Astley admitted "
                   "conspiracy to supply class A drugs.\n\n"
                   "Brooke-Harte was found in a bedroom with the drugs. Judge Ann Wells told Brooke-Harte he was not a "
                   "minor player.\n")
FEATURE = ("b.txt", "Date: 2024-10-05\n\nJaylen Brooke Harte was first arrested carrying drugs for a gang when he was 13.\n\n"
                    "On Thursday, aged 18, he was sentenced to three years and four months' detention in a young "
                    "offender institution.\n\n"
                    "Brooke Harte's mother said the gang had groomed him. Brooke Harte said nothing as he was led down.\n")


def test_the_case_is_the_accused_both_stories_follow_not_the_co_defendant_one_names_first():
    briefing = case_of(RUNNER, FEATURE)
    assert briefing.title.startswith("Jaylen Brooke"), briefing.title


def test_a_sentence_told_as_a_jailing_leads_the_summary():
    story = ("a.txt", "Date: 2024-11-15\n\nA driver who was racing a friend when he hit and killed a pensioner on a "
                      "crossing has been jailed.\n\n"
                      "Rory Clegg, 24, of Rotherham, was travelling at 60mph in a 30mph zone when his car hit Edna Pike "
                      "on 2 March.\n\n"
                      "At Leeds Crown Court on Friday, Clegg was jailed for seven years and three months and banned "
                      "from driving for ten years.\n\n"
                      "The maximum sentence for causing death by dangerous driving was raised to life imprisonment in "
                      "2022.\n\n"
                      "Mrs Pike's son said the family had been left with a hole that would never be filled.\n\n"
                      "Clegg's friend, Dean Moss, 23, was given a 12-month community order for careless driving.\n\n"
                      "Police said both cars were seen on a camera 400 yards from the crossing at 8.50pm.\n\n"
                      "Mrs Pike, 78, a retired dinner lady, died in hospital two days later from head injuries.\n\n"
                      "Clegg admitted causing death by dangerous driving at an earlier hearing in August.\n\n"
                      "Prosecutor Hannah Lowe told the court the two men had raced on the same road 14 times that year.\n\n"
                      "Sgt Paul Dunn of South Yorkshire Police said 11 witnesses had come forward after an appeal.\n\n"
                      "Detectives recovered 37 videos from the two men's phones showing speeds of up to 98mph.\n\n"
                      "Clegg was arrested at the scene.\n")
    ranked = [s.text for s in rank_sentences(source_from_text(*story))]
    assert any("jailed for seven years" in text for text in ranked[:2]), ranked[:3]


def test_a_hearing_adjourned_or_a_remand_until_a_day_lies_ahead():
    facts = dated_facts("Rory Clegg pleaded guilty yesterday. Judge Ann Wells adjourned sentencing until November 15 "
                        "so that reports could be prepared.\n\n"
                        "His co-accused was remanded in custody until Monday.\n\n"
                        "A third man was bailed to appear again on June 2.\n", "2024-10-04")
    days = {e.description.split()[0]: e.date.value for e in facts.events}
    assert days["Judge"] == dt.date(2024, 11, 15)
    assert days["His"] == dt.date(2024, 10, 7)
    assert days["A"] == dt.date(2025, 6, 2)
    # (the step already taken stays in the past)
    assert days["Rory"] == dt.date(2024, 10, 3)


def test_one_counts_term_is_no_second_account_of_the_whole_sentence():
    first = ("a.txt", "Date: 2025-02-28\n\nA Sunshine man who imported 90 kilograms of cocaine has been jailed for "
                      "16 years. Judge Mara Kell sentenced Dario Penn, 44, to 14 years' jail on the importation charge "
                      "and 10 years on the possession charge, partly cumulative.\n")
    second = ("b.txt", "Date: 2025-02-28\n\nDario Penn, 44, was sentenced to 16 years' jail on Friday for importing "
                       "90 kilograms of cocaine.\n")
    assert not [s for s in conflicts_of(first, second) if "term" in s or "jail" in s], conflicts_of(first, second)


def test_the_same_count_told_two_ways_is_still_a_disagreement():
    first = ("a.txt", "Date: 2025-02-28\n\nDario Penn, 44, was sentenced Friday to 14 years in prison on the "
                      "importation charge.\n")
    second = ("b.txt", "Date: 2025-02-28\n\nDario Penn, 44, was sentenced Friday to 12 years in prison on the "
                       "importation charge.\n")
    assert any(sorted(values) == ["144 months", "168 months"] for values in conflicts_of(first, second).values()), \
        conflicts_of(first, second)


def test_an_age_between_commas_does_not_cut_a_scheduled_step_off_its_day():
    facts = dated_facts("U.S. District Judge Ann Roe is scheduled to sentence Gregory A. Tolliver, 61, on Thursday in "
                        "Charleston.\n\nTolliver, 61, of Logan, was convicted on Tuesday.\n", "2024-03-10")
    days = {e.description.split()[0]: e.date.value for e in facts.events}
    assert days["U.S."] == dt.date(2024, 3, 14)
    assert days["Tolliver,"] == dt.date(2024, 3, 5)


def test_a_past_step_counted_from_a_hearing_to_come_is_left_undated():
    facts = dated_facts("Roe faces up to 33 years in prison when Judge Ann Lee sentences him Nov. 14.\n\n"
                        "The district placed Roe on leave the day the phone was found, and he resigned two weeks "
                        "later.\n\nHe will be sentenced on Dec. 2 and will report to prison a month later.\n", "2024-10-02")
    dated = {e.description.split()[0]: e.date.value for e in facts.events}
    assert "The" not in dated, dated  # not "November 28", after the story's own day
    assert dt.date(2025, 1, 1) in dated.values() or any(e.date.value == dt.date(2025, 1, 1) for e in facts.events)


def test_two_stories_that_each_give_parts_of_one_sentence_do_not_disagree():
    first = ("a.txt", "Date: 2024-05-03\n\nLena Orrin, 31, was sentenced Friday to 23 years in prison: 19 years for "
                      "second-degree murder and a consecutive four years for aggravated assault.\n")
    second = ("b.txt", "Date: 2024-05-03\n\nLena Orrin, 31, was sentenced Friday to a total of 23 years in prison. "
                       "The judge imposed 19 years in prison on the murder count, four years on the aggravated assault "
                       "count and 2.5 years on each of the DUI counts, to run at the same time.\n")
    assert not [s for s in conflicts_of(first, second) if "prison" in s], conflicts_of(first, second)


def test_an_age_in_brackets_after_the_name_is_compared():
    first = ("a.txt", "Date: 2025-05-09\n\nA Galway man, Declan Moran (45), of Moycullen, was jailed for five years at "
                      "Galway Circuit Criminal Court on Friday for killing a cyclist.\n")
    second = ("b.txt", "Date: 2025-05-09\n\nDeclan Moran, 44, of Moycullen, was sentenced on Friday to five years in "
                       "prison for killing a cyclist while drunk.\n")
    assert conflicts_of(first, second).get("Declan Moran") == ["44", "45"], conflicts_of(first, second)


def test_a_case_adjourned_for_sentencing_on_a_day_month_date_lies_ahead():
    facts = dated_facts("Sykes pleaded guilty to manslaughter on Monday. Judge Ann Kettle remanded him in custody "
                        "and adjourned the case for sentencing on 7 March.\n", "2025-01-20")
    assert dt.date(2025, 3, 7) in {e.date.value for e in facts.events}, [(e.date.value, e.description) for e in facts.events]


def test_a_wire_dateline_with_a_two_word_state_is_not_summarised():
    story = ("a.txt", "Date: 2025-02-11\n\nNEWARK, New Jersey, Feb 11 (Reuters) - A Russian man who attacked U.S. "
                      "hospitals with ransomware was sentenced on Tuesday to 150 months in prison.\n")
    ranked = [s.text for s in rank_sentences(source_from_text(*story))]
    assert ranked[0].startswith("A Russian man"), ranked


def test_a_statutes_year_is_no_date():
    facts = dated_facts("Dornan admitted a charge under section 38 of the Criminal Justice and Licensing (Scotland) Act "
                        "2010.\n\nHe was also charged under the Civil Rights Act of 1968. The law was changed in 2010.\n",
                        "2024-10-30")
    assert [e.description for e in facts.events] == ["The law was changed in 2010."], facts.events


def test_two_acts_on_one_drug_are_two_charges():
    story = ("a.txt", "Date: 2024-09-26\n\nRiki Hale pleaded guilty to supplying methamphetamine, possession of "
                      "methamphetamine for supply and participating in an organised criminal group.\n")
    texts = [c.text for c in case_of(story).sentencing.charges]
    assert {"supplying methamphetamine", "possession of methamphetamine for supply"} <= set(texts), texts


def test_one_act_told_as_a_gerund_and_as_a_noun_is_one_charge():
    first = ("a.txt", "Date: 2024-05-03\n\nAnn Vole, 40, was sentenced Friday to 90 days in jail after pleading guilty "
                      "to violating an order of protection.\n")
    second = ("b.txt", "Date: 2024-05-03\n\nAnn Vole, 40, pleaded guilty to violation of an order of protection and "
                       "was sentenced Friday to 90 days in jail.\n")
    charges = [c.text for c in case_of(first, second).sentencing.charges]
    assert len(charges) == 1, charges


def test_a_british_lede_s_description_is_the_defendant_s_role_without_its_verb():
    story = ("a.txt", "Date: 2024-10-04\n\nA young driver has admitted killing a 72-year-old grandmother who was hit "
                      "by his car as she crossed a busy road in Wombwell.\n\nRory Clegg, 23, of Rotherham, pleaded "
                      "guilty to causing death by dangerous driving when he appeared at Leeds Crown Court yesterday.\n")
    roles = {p.name: p.roles for p in case_of(story).parties}
    assert not any(r.endswith((" has", " have", " had")) for r in roles.get("Rory Clegg", [])), roles


def test_a_day_counted_since_lies_behind_even_in_a_sentence_about_what_will_come():
    facts = dated_facts("He received a concurrent term and will get credit for time served since his conviction in "
                        "November.\n\nHe will report to prison in June.\n", "2025-01-27")
    dated = {e.description.split()[1]: e.date.value for e in facts.events}
    assert dated["received"] == dt.date(2024, 11, 1) and dated["will"] == dt.date(2025, 6, 1), dated


def test_a_surname_three_letters_longer_is_another_person():
    first = ("a.txt", "Date: 2025-03-07\n\nJudge Aldous Penhallow jailed Kyle Dorran for six years at Truro Crown Court "
                      "on Friday for attacking a neighbour.\n")
    second = ("b.txt", "Date: 2025-03-07\n\nKyle Dorran, 30, was jailed for six years on Friday. Mr Pellow, 61, the "
                       "victim, suffered a fractured skull, the court heard.\n")
    parties = {p.name: p.roles for p in case_of(first, second).parties}
    assert "Aldous Penhallow" in parties and any(n.endswith("Pellow") for n in parties), parties


def _credit_stories(loose: str) -> tuple[tuple[str, str], tuple[str, str]]:
    first = ("a.txt", "Date: 2025-08-28\n\nKyle Orlov, 29, was sentenced Thursday to 12 years in prison. He will get credit "
                      "for 312 days already served in the county jail.\n")
    second = ("b.txt", "Date: 2025-08-28\n\nKyle Orlov, 29, was sentenced Thursday to 12 years in prison. He'll get credit "
                       f"for {loose} he's spent in jail since he turned himself in.\n")
    return first, second


def test_a_rounded_length_in_another_unit_is_no_disagreement():
    # "roughly 10 months" is 312 days told loosely
    assert not [s for s in conflicts_of(*_credit_stories("the roughly 10 months")) if "credit" in s]


def test_an_exact_length_in_another_unit_still_disagrees():
    assert [s for s in conflicts_of(*_credit_stories("the 14 months")) if "credit" in s]

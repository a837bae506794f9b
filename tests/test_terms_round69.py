"""Round 69 sentence-term constructions: a couple (or a family pair) told as sentenced in the headline, each one's own
term the case's; a course whose completion frees the offender onto probation (Missouri's "120-day program" with the
court retaining jurisdiction); dispositions that put a conviction or sentence off on probation by name ("suspended
imposition of sentence", "probation before judgment"); a bar's list closed by "any business that ..."; a forfeited
list of property whose items run long; a clause's first word kept out of a court's name. Each test: two invented
wordings and a near-miss."""
from __future__ import annotations

from tests.helpers import all_term_texts, any_term, sentencing_of


def _shown(s):
    return [(t.text, t.status, t.subject) for t in s.terms + s.others]


def test_couple_in_headline_each_ones_own_term_is_the_cases():
    s = sentencing_of("Hollis Brackwater, a Salina man who sold fake vintage guitars with his wife, was sentenced Monday to "
                      "nine years in prison.",
                      "Odile Brackwater, 51, was sentenced to four years in prison, but the judge said she could be "
                      "released early.", "Hollis Brackwater told the court he was sorry.",
                      title="Couple who sold fake vintage guitars sentenced in Kansas")
    term = any_term(s, "four years in prison")
    assert term in s.terms and term.status == "imposed", _shown(s)
    s = sentencing_of("A Tulsa man and his son were sentenced on Friday for running a chop shop.",
                      "Rolan Quist received 12 years in prison.", "Emmet Quist, 24, was sentenced to three years in prison.",
                      title="Tulsa father, son sentenced to prison in chop-shop case")
    term = any_term(s, "three years in prison")
    assert term in s.terms and term.status == "imposed", _shown(s)
    # near-miss: in a headline the couple is the victims: the wife's term is told beside the case, not as its own
    s = sentencing_of("Hollis Brackwater, a Salina man who sold fake vintage guitars with his wife, was sentenced Monday to "
                      "nine years in prison.",
                      "Odile Brackwater, 51, was sentenced to four years in prison, but the judge said she could be "
                      "released early.", "Hollis Brackwater told the court he was sorry.",
                      title="Man who cheated retired couple sentenced in Kansas")
    assert "four years in prison" not in [t.text for t in s.terms], _shown(s)


def test_course_completed_for_release_takes_the_terms_status():
    s = sentencing_of("A Joplin bookkeeper was sentenced Tuesday for stealing from a church.",
                      "Circuit Judge Anselm Roker sentenced Verity Hollins to six years in prison but retained "
                      "jurisdiction, meaning she can be released on four years of probation if she completes a "
                      "120-day program.")
    term = any_term(s, "a 120-day program")
    assert term.status == "imposed", _shown(s)
    s = sentencing_of("A Joplin bookkeeper will be sentenced next month for stealing from a church.",
                      "Under the plea deal, prosecutors recommend that Verity Hollins get five years in prison, with the "
                      "court retaining jurisdiction so that she could be paroled after completing a 90-day treatment "
                      "program.")
    assert "90-day treatment program" in " ".join(all_term_texts(s)), _shown(s)
    # near-miss: a course she finished before is no term
    s = sentencing_of("A Joplin bookkeeper was sentenced Tuesday to six years in prison for stealing from a church.",
                      "Her lawyer said she had already completed a 120-day program.")
    assert not any("120-day" in t.text and t.status == "imposed" for t in s.terms + s.others), _shown(s)


def test_sentence_put_off_on_probation_by_name():
    s = sentencing_of("A former county clerk was sentenced Monday for taking $40,000 from the office.",
                      "Judge Orla Fenn gave Tamsin Quayle a suspended imposition of sentence and three years of probation.")
    term = any_term(s, "suspended imposition of sentence")
    assert term.status == "imposed", _shown(s)
    s = sentencing_of("A Towson coach will be sentenced next week for stealing team funds.",
                      "His lawyer, Dace Mirren, asked for probation before judgment, which would leave him without a "
                      "conviction.")
    term = any_term(s, "probation before judgment")
    assert term.status == "recommended", _shown(s)
    # near-miss: an execution of a search warrant is no disposition
    s = sentencing_of("A Towson coach was sentenced Monday to two years in prison.",
                      "Agents found the ledgers during the execution of a search warrant.")
    assert not any("execution" in t.text for t in s.terms + s.others), _shown(s)


def test_bar_list_closed_by_any_business_clause():
    s = sentencing_of("A nurse was sentenced Monday to four years in prison.",
                      "Judge Corin Aldous also prohibited him from serving as a trustee, guardian or any role involving "
                      "the finances of the elderly.")
    assert "prohibited him from serving as a trustee, guardian or any role involving the finances of the elderly" \
        in all_term_texts(s), _shown(s)
    s = sentencing_of("A couple who ran a sham charity were sentenced Monday.",
                      "Judge Corin Aldous gave Pell Ranleigh four years in prison and barred both from working in "
                      "fundraising, banking or any job that handles donations.")
    assert "barred both from working in fundraising, banking or any job that handles donations" in all_term_texts(s), _shown(s)
    # near-miss: a list with no "any ..." close keeps its own end
    s = sentencing_of("A nurse was sentenced Monday to four years in prison.",
                      "Judge Corin Aldous also barred him from working in hospitals.")
    assert "barred him from working in hospitals" in all_term_texts(s), _shown(s)


def test_forfeited_property_list_with_long_items():
    s = sentencing_of("A concert promoter was sentenced Monday to six years in prison.",
                      "Judge Wren Halloway also ordered Castor Bellweather to forfeit a vintage Ferrari, a beach house on "
                      "the north shore of Lake Tahoe and a collection of rare guitars.")
    assert "forfeit a vintage Ferrari, a beach house on the north shore of Lake Tahoe and a collection of rare guitars" \
        in all_term_texts(s), _shown(s)
    s = sentencing_of("A pastor was sentenced Monday to five years in prison.",
                      "He must forfeit his motorboat, the lakeside cabin his congregation paid for in 2019, and a gold "
                      "watch.")
    assert "forfeit his motorboat, the lakeside cabin his congregation paid for in 2019, and a gold watch" \
        in all_term_texts(s), _shown(s)
    # near-miss: one piece of property stays one
    s = sentencing_of("A pastor was sentenced Monday to five years in prison.", "He must forfeit his motorboat.")
    assert "forfeit his motorboat" in all_term_texts(s), _shown(s)


def _court_of(*paragraphs: str):
    s = sentencing_of(*paragraphs)
    return s.court.text if s.court else None


def test_clause_opener_is_no_part_of_a_courts_name():
    assert _court_of("A driver was sentenced Monday to four years in prison for a crash that killed a cyclist.",
                     "If Harlow County Circuit Court Judge Brisa Tane approves the plan, he could be moved to a work "
                     "camp.") == "Harlow County Circuit Court"
    assert _court_of("When Denby District Court reconvened Monday, a driver was sentenced to four years in prison for a "
                     "crash that killed a cyclist.") == "Denby District Court"
    # near-miss: a court whose name opens with a capitalised word keeps it
    assert _court_of("A driver was sentenced Monday in Denby District Court to four years in prison.") == "Denby District Court"

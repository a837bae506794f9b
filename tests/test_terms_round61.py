"""Round 61 sentence-term constructions: a couple sentenced as one case, what an ask would leave to serve, a lede's
"rest of his life" beside an indeterminate term up to life, what a treatment is for, supervision told as where he will
be after prison, and the law's range a count carries. Each test: paraphrases of invented stories and a near-miss."""
from __future__ import annotations

from tests.helpers import all_term_texts, any_term, sentencing_of


def test_a_couple_sentenced_together_gives_each_spouse_a_term_of_the_case():
    for couple in ("a Millbrook couple was sentenced", "the Harlowe couple were sentenced", "an elderly pair was convicted"):
        s = sentencing_of(f"Residents said Friday they were relieved after {couple} for stealing from a flood relief fund.",
                          "Osric Harlowe was sentenced Thursday to six years in prison. His wife, Delphine Harlowe, was "
                          "sentenced to three and a half years in prison.")
        term = any_term(s, "three and a half years")
        assert term in s.terms and term.status == "imposed", couple
    # near-miss: a relative sentenced in her own case stays beside the story's term
    s = sentencing_of("Osric Harlowe was sentenced Thursday to six years in prison for stealing from a flood relief fund.",
                      "His wife, Delphine Harlowe, was sentenced to three and a half years in prison in 2019 in a separate case.")
    assert any_term(s, "three and a half years") not in s.terms


def test_what_an_ask_would_leave_to_serve_is_noany_term():
    for tail in ("which would leave him with about two more years to serve",
                 "leaving him with roughly 18 months behind bars"):
        s = sentencing_of("Tobin Varga's lawyers are asking for 50 months in prison, " + tail + ". Prosecutors want 90 months "
                          "in prison.")
        assert "50 months in prison" in all_term_texts(s)
        assert len([t for t in s.terms + s.others if t.kind in ("prison", "jail")]) == 2, (tail, all_term_texts(s))
    # near-miss: a split term's served part is still told
    s = sentencing_of("Tobin Varga was sentenced to 10 years, with four years to serve.")
    assert any("four years to serve" in t for t in all_term_texts(s))


def test_a_ledes_rest_of_life_gives_way_to_an_indeterminate_term_up_to_life():
    s = sentencing_of("A delivery driver who attacked three women will spend the rest of his life behind bars, prosecutors said.",
                      "Judge Perpetua Vance sentenced Garrick Onslow, 44, on Monday to 65 years to life in state prison.")
    assert all_term_texts(s) == ["65 years to life in state prison"]
    assert len(s.terms[0].citations) == 2
    # near-miss: a term of years with no life in it is not what the lede restates
    s = sentencing_of("A delivery driver who attacked three women will spend the rest of his life behind bars, prosecutors said.",
                      "Judge Perpetua Vance sentenced Garrick Onslow, 44, on Monday to 70 years in state prison.")
    assert "70 years in state prison" in all_term_texts(s) and len(all_term_texts(s)) == 2


def test_what_a_treatment_is_for_stays_with_it():
    for ordered, condition in (("must attend treatment", "for gambling addiction"),
                               ("must undergo counseling", "for her alcohol abuse"),
                               ("must complete therapy", "for drug use")):
        s = sentencing_of(f"Judge Ivo Marsh sentenced Petra Lindqvard to two years of probation. During probation she {ordered} "
                          f"{condition}, and must stay away from the victims.")
        assert any(t.endswith(f"{ordered.split(' ', 1)[1]} {condition}") for t in all_term_texts(s)), all_term_texts(s)
    # near-miss: what follows "for" that names no condition stays out
    s = sentencing_of("Judge Ivo Marsh sentenced Petra Lindqvard to two years of probation. She must attend counseling for two "
                      "hours a week.")
    assert not any("hours" in t for t in all_term_texts(s) if "counseling" in t)


def test_supervision_told_as_where_he_will_be_after_prison():
    for told in ("After prison, he'll be on community supervision.", "Upon his release, he will then be on community supervision."):
        s = sentencing_of("Judge Ivo Marsh sentenced Caspar Dunleavy to seven years in prison on the manslaughter count.", told,
                          "The judge also placed him on three years of probation for the assault.")
        term = any_term(s, "community supervision")
        assert term.status == "imposed" and term.kind == "supervised_release", told
        assert "three years of probation" in all_term_texts(s)
    # near-miss: Texas's name for probation, with no custody before it, is probation
    s = sentencing_of("Judge Ivo Marsh placed Caspar Dunleavy on community supervision for the theft.")
    assert any_term(s, "community supervision").kind == "probation"


def test_the_range_a_count_carries_is_a_term_of_the_law():
    for count, span in (("Each burglary conviction carries", "two to four years"), ("The two theft counts carry", "one to three years")):
        s = sentencing_of("A jury on Tuesday convicted Caspar Dunleavy of burglary and theft. He will be sentenced in June.",
                          f"{count} {span}, with release eligibility after serving 30%.")
        assert span in all_term_texts(s), (count, all_term_texts(s))
    # near-miss: a single length after "carries" with no qualifier says nothing of its kind
    s = sentencing_of("A jury on Tuesday convicted Caspar Dunleavy of burglary. He will be sentenced in June.",
                      "Each burglary conviction carries two years, with release eligibility after serving 30%.")
    assert not any("two years" in t for t in all_term_texts(s))


def test_the_bench_summing_up_its_sentence_in_a_quote_that_goes_on():
    s = sentencing_of("Judge Ilse Brandt sentenced Corwin Fasse on Friday.",
                      "\u201cMr Fasse, you betrayed them,\u201d Brandt said. \u201cOn each of the three counts, I am committing you "
                      "to the Department of Corrections for six years to life, and those sentences will run consecutively.",
                      "\u201cThat is a minimum of 18 years to life. You will register as a sex offender for the rest of your life.\u201d")
    term = any_term(s, "18 years to life")
    assert term.status == "imposed" and term in s.terms
    # near-miss: a sum in a quote with no sentence from the bench before it is the speaker's own reckoning
    s = sentencing_of("Judge Ilse Brandt will sentence Corwin Fasse on Friday.",
                      "\u201cHe is looking at a long time,\u201d said his lawyer, Rhea Moll. \u201cThe counts could stack up.",
                      "\u201cThat is a minimum of 18 years to life. He knows it.\u201d")
    assert not any("18 years to life" in t.text for t in s.terms if t.status == "imposed")

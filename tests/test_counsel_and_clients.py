"""British and Commonwealth copy names counsel with the client ("Rachel Roe, for Pritchard, asked for a community
order"): the ask is counsel's, and it is for that client, not for whoever the story is mainly about."""
from __future__ import annotations

from tests.helpers import any_term, sentencing_of

_TWO_CARERS = ("Megan Halse, 34, and Dylan Pritchard, 27, both admitted wilful neglect at Cardiff Crown Court. "
               "Halse was jailed for 10 months, suspended for 18 months. Pritchard was given a six-month sentence, "
               "suspended for 12 months.")


def test_counsel_for_a_co_defendant_asks_for_that_client():
    term = any_term(sentencing_of(_TWO_CARERS, "Ann Beddoe, for Pritchard, had asked the judge to impose a community "
                                               "order rather than a custodial sentence."), "community order")
    assert (term.status, term.by, term.subject) == ("recommended", "Ann Beddoe", "Dylan Pritchard")


def test_counsel_representing_the_defendant_asks_for_the_defendant():
    term = any_term(sentencing_of("Megan Halse, 34, admitted wilful neglect at Cardiff Crown Court and will be sentenced "
                                  "next month.", "Ann Beddoe, representing Halse, asked for a community order."),
                    "community order")
    assert (term.status, term.by, term.subject) == ("recommended", "Ann Beddoe", None)


def test_an_aside_that_is_no_client_leaves_the_asker_alone():
    term = any_term(sentencing_of("Megan Halse, 34, admitted wilful neglect at Cardiff Crown Court and will be sentenced "
                                  "next month.", "Prosecutors, for their part, asked for a community order."),
                    "community order")
    assert term.status == "recommended" and term.by == "prosecutors" and term.subject is None

"""Quote boundaries: a capitalised operation or programme name after "dubbed", "described as" or "called" is a
name; a legal term of art followed by the law that defines it is no one's words; a quoted phrase that is one item
of a list of topics is no quote; but one word of judgement after "called the evidence" is the caller's partial
quote. Short texts written for these tests, with invented names."""
from __future__ import annotations

from tests.helpers import quotes_of as _quotes_of, speaker_in

LEDE = "A former financial adviser, Lorne Vasquez-Hill, was sentenced Monday to eight years in prison.\n\n"


def texts(body: str) -> list[str]:
    return [t for t, _ in _quotes_of(LEDE + body, "Adviser sentenced")]


def speaker_of(body: str, words: str) -> str | None:
    return speaker_in(LEDE + body, words, "Adviser sentenced")


def test_a_capitalised_name_after_a_naming_phrase_is_no_quote():
    assert texts("The arrest came out of an investigation dubbed \"Operation Cold Ledger.\"\n") == []
    assert texts("The scheme, described as \"Project Harbor Light\" in court papers, used 30 shell companies.\n") == []
    assert texts("Agents called the sweep \"Operation Quiet Ferry,\" and it ran for two years.\n") == []
    # near miss: a sentence of speech after "said" stays a quote
    assert texts("Agent Mae Orr said \"this was the biggest case we have seen.\"\n") != []


def test_a_term_of_art_followed_by_the_law_that_defines_it_is_no_quote():
    assert texts("The judge ruled that the robbery was not a \"crime of violence\" under the sentencing guidelines.\n") == []
    assert texts("Prosecutors argued that Vasquez-Hill was a \"career offender\" under the guidelines.\n") == []
    assert texts("The panel said the conviction was a \"serious drug felony\" under the statute.\n") == []
    # near miss: the same words with no law after them, as the speaker's own sentence, are a quote
    assert texts("Prosecutor Wen Ilic said the holdup was \"a crime of violence and nothing less.\"\n") != []


def test_a_quoted_item_in_a_list_of_topics_is_no_quote():
    assert texts("He gave a slideshow about \"sequence of returns risk,\" annuities and tax shelters.\n") == []
    assert texts("The seminars touched on \"legacy planning,\" reverse mortgages and bond ladders.\n") == []
    assert texts("Clients heard talks including \"bucket strategies,\" trusts and gold coins.\n") == []
    assert texts("He lectured on \"tax drag,\" the 4% rule and Roth conversions before pitching an annuity.\n") == []
    # near miss: the same kind of phrase handed over by a verb of speech is a quote
    assert texts("He told clients that \"sequence of returns risk\" would wipe them out, prosecutors said.\n") != []


def test_one_word_of_judgement_after_called_is_the_callers_quote():
    assert speaker_of("Judge Mara Ilves called the evidence \"overwhelming.\"\n", "overwhelming") == "Mara Ilves"
    assert speaker_of("Defense attorney Lana Prewitte called the sentence \"excessive\" and said she would appeal.\n",
                      "excessive") == "Lana Prewitte"
    assert speaker_of("The victim's son, Ade Finch, called the plea deal \"insulting.\"\n", "insulting") == "Ade Finch"
    # near miss: a new name for a thing ("liked to call the money "gifts"") is a label, not a judgement
    assert texts("Vasquez-Hill liked to call the fees \"gifts.\"\n") == []

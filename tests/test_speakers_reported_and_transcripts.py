"""Who speaks when a quote is the object of a later verb in a series ("He kicks the door, yells "…" and runs"),
when a witness reports someone else's words ("Lee testified that Roe … told him, "…""), when a story goes on
to call an outlet "the station" or "the paper", in a Q&A transcript, and after a colon that hands over someone's
reply or message ("His reply: "…"").
Short texts written for these tests."""
from __future__ import annotations

from tests.helpers import quotes_of as _quotes_of

LEDE = "Ruth Okonedo, a former clinic manager, was sentenced Friday to four years in prison for billing fraud.|"


def said(text: str) -> dict[str, str | None]:
    return {q.rstrip(".!?,"): who for q, who in _quotes_of((LEDE + text).replace("|", "\n\n"), "Manager sentenced")}


def test_a_verb_in_a_series_shares_the_clauses_subject():
    assert said("Body-camera video shows Officer Lyle Mandeville at the back door.|"
                "He shines a light through the glass, shouts \"Open the door!\" and steps back.") \
        == {"Open the door": "Lyle Mandeville"}
    assert said("Okonedo did not testify at trial.|"
                "At sentencing she stood up, turned to the gallery and said, \"I failed every patient.\"") \
        == {"I failed every patient": "Ruth Okonedo"}
    assert said("Officer Lyle Mandeville reached the porch first.|"
                "He knocks twice, yells \"Police, come outside!\" and waits.") \
        == {"Police, come outside": "Lyle Mandeville"}
    # a new subject inside the series speaks for itself
    assert said("Officer Lyle Mandeville knocked twice.|"
                "He waited, knocked again and a woman inside answered, \"Who is there?\"")["Who is there"] \
        != "Lyle Mandeville"


def test_reported_speech_belongs_to_the_one_it_reports():
    assert said("Billing clerk Tariq Osei testified that Okonedo handed him the codes and told him, "
                "\"Bill them all as emergencies.\"") == {"Bill them all as emergencies": "Ruth Okonedo"}
    assert said("A nurse, Tariq Osei, told jurors that Okonedo took him aside and said, \"Nobody checks these.\"") \
        == {"Nobody checks these": "Ruth Okonedo"}
    assert said("Prosecutors say Okonedo texted a co-worker, \"They will never look.\"") \
        == {"They will never look": "Ruth Okonedo"}
    assert said("A neighbor, Tariq Osei, testified that he heard Okonedo scream, \"Leave me alone!\"") \
        == {"Leave me alone": "Ruth Okonedo"}
    # the witness speaks when the reported clause is his own, or when no verb of speech reports anyone else
    assert said("Tariq Osei testified that he confronted Okonedo and told her, \"I know what you did.\"") \
        == {"I know what you did": "Tariq Osei"}
    assert said("Prosecutor Lena Farrow told jurors that Okonedo had \"betrayed every patient she had.\"") \
        == {"betrayed every patient she had": "Lena Farrow"}


def test_the_station_or_the_paper_is_the_outlet_the_story_named():
    assert said("KBLT, the local ABC affiliate, first reported the audit.|Prosecutors said the fraud ran for years.|"
                "\"We stand by our reporting,\" the station said.") == {"We stand by our reporting": "KBLT"}
    assert said("The Harbor Courier first reported the audit in 2022.|Prosecutors said the fraud ran for years.|"
                "\"The clinic never answered our questions,\" the newspaper reported.") \
        == {"The clinic never answered our questions": "Harbor Courier"}
    assert said("The Valley Ledger, a daily newspaper, obtained the billing records.|"
                "\"The records were provided by a whistleblower,\" the paper said.") \
        == {"The records were provided by a whistleblower": "Valley Ledger"}
    # another body's noun still means that body, not the outlet named before it
    assert said("KBLT first reported the audit.|Westbrook Clinics, her former employer, found the losses.|"
                "\"We trusted her for years,\" the company said.")["We trusted her for years"] != "KBLT"


def test_a_transcripts_answers_are_the_interviewees():
    assert said("Okonedo spoke with the Tribune from prison.|Q: \"Do you regret it?\"|A: \"Every single day.\"") \
        == {"Do you regret it": None, "Every single day": "Ruth Okonedo"}
    assert said("In a jailhouse interview, Okonedo answered questions for the first time.|Q: Why did you do it?|"
                "A: \"I was drowning in debt.\"") == {"I was drowning in debt": "Ruth Okonedo"}
    assert said("Okonedo agreed to answer written questions.|Question: \"What would you tell patients?\"|"
                "Answer: \"That I am sorry.\"")["That I am sorry"] == "Ruth Okonedo"
    # the lawyer sitting in is not the one answering
    assert said("Her lawyer, Tariq Osei, sat in on the interview. Okonedo answered every question.|"
                "Q: \"Were you afraid?\"|A: \"Always.\"")["Always"] == "Ruth Okonedo"


def test_a_colon_after_someones_reply_or_message_hands_over_their_words():
    assert said("Defense attorney Tariq Osei was asked whether his client would appeal.|His reply: \"Absolutely.\"") \
        == {"Absolutely": "Tariq Osei"}
    assert said("Prosecutor Lena Farrow gave the closing argument.|Her message to the jury: \"Follow the money.\"") \
        == {"Follow the money": "Lena Farrow"}
    assert said("Okonedo sent her sister a text the night before her arrest.|"
                "The message read: \"I am so sorry for everything.\"") == {"I am so sorry for everything": "Ruth Okonedo"}
    assert said("Tariq Osei testified about the messages.|Okonedo's last text to him read: \"Delete everything.\"") \
        == {"Delete everything": "Ruth Okonedo"}
    # a sign is nobody's words, and a lawyer's reply is not the client's
    assert "Ruth Okonedo" not in said("Protesters gathered outside.|One sign read: \"Pay it back.\"").values()
    assert said("Okonedo's lawyer, Tariq Osei, spoke for her.|Her lawyer's reply: \"No comment at this time.\"") \
        .get("No comment at this time") != "Ruth Okonedo"


def test_the_lawyers_are_the_ones_the_article_named():
    found = said("Okonedo's attorneys asked Judge Carla Bright for probation.|"
                 "\"She has repaid every cent she could,\" the lawyers wrote.")
    assert found["She has repaid every cent she could"].replace("\u2019", "'") == "Okonedo's attorneys"
    found = said("Okonedo's lawyers filed their memo Monday.|\"She is a mother of three,\" the attorneys wrote.")
    assert found["She is a mother of three"].replace("\u2019", "'") == "Okonedo's lawyers"
    # with no such lawyers named, the group stays as written
    assert said("Prosecutors and defense lawyers argued for an hour.|\"It was a long day,\" the lawyers said.") \
        == {"It was a long day": "lawyers"}


def test_a_papers_words_are_its_authors_not_a_letter_writers_or_the_subject_described():
    text = ("Prosecutors asked Judge Carla Bright for six years in a sentencing memo.|"
            "The defense filed 40 letters. One came from Okonedo's son, Dayo Okonedo.|"
            "\"My mother is not a bad person,\" he wrote.|"
            "The memo notes that Okonedo never testified and has \"not accepted any responsibility.\"")
    assert said(text)["not accepted any responsibility"] == "prosecutors"
    assert said("Prosecutors asked Judge Carla Bright for six years in a memo filed Monday.|"
                "The memo says Okonedo has \"shown no remorse at all.\"")["shown no remorse at all"] == "prosecutors"
    # a verb of speech that governs the quote still gives its own subject
    assert said("Tariq Osei testified and said \"I saw everything.\"") == {"I saw everything": "Tariq Osei"}

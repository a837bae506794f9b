"""Speakers of round 52: "her Honour" after a quote (lower case), the Irish "Det Gda" rank, "the garda" and "the
accused" as epithets, an unnamed person placed by a town before the verb ("one woman from Alderbrook wrote"), what
evidence "showed" a group said, the subject of a reported that-clause whose second verb quotes ("Lee told jurors that
the captain handed him a form and said, "…""), a relative clause's own subject ("a letter in which the accused wrote"),
and a person a paragraph opens on whom the next paragraph quotes with "she said". All texts are written for these tests."""
from __future__ import annotations

from tests.helpers import facts_of, party_names, speaker_of


def test_her_honour_after_the_quote_is_the_judge():
    facts = facts_of("A Penrith man who robbed a pharmacy with a hammer has been jailed for five years.\n\n"
                     "Judge Wilhelmina Staunton SC sentenced Dario Quenby, 24, in the District Court.\n\n"
                     "\"I accept that Mr Quenby was led by others,\" her Honour said. \"But he carried the hammer.\"\n")
    assert speaker_of(facts, "I accept") == "Wilhelmina Staunton"
    assert speaker_of(facts, "But he carried") == "Wilhelmina Staunton"


_GARDA = ("A courier caught with cannabis worth €90,000 has been jailed for three years.\n\n"
          "Fergal Noonan, 38, pleaded guilty at Ballykeel Circuit Criminal Court to possession of cannabis for sale or supply.\n\n"
          "Det Gda Siobhan Markey told the court that gardaí stopped his car in May.\n\n")


def test_det_gda_is_a_rank_not_part_of_the_name():
    facts = facts_of(_GARDA + "Det Gda Markey said Noonan was \"a small cog\".\n")
    assert "Siobhan Markey" in party_names(facts)
    assert speaker_of(facts, "a small cog") == "Siobhan Markey"


def test_the_garda_is_the_detective_garda():
    facts = facts_of(_GARDA + "The garda said Noonan was \"a small cog\".\n")
    assert speaker_of(facts, "a small cog") == "Siobhan Markey"


def test_the_accused_in_a_relative_clause_writes():
    facts = facts_of(_GARDA + "The garda said Noonan was \"a small cog\".\n\n"
                     "Counsel handed in a letter in which the accused wrote that he was \"sorry beyond words\".\n")
    assert speaker_of(facts, "sorry beyond words") == "Fergal Noonan"


def test_a_that_clause_subject_who_told_officers_speaks():
    facts = facts_of(_GARDA + "Det Gda Markey agreed with defence counsel that Noonan had made admissions at the "
                     "scene and had told gardaí: \"I knew it was drugs. I never looked.\"\n")
    assert speaker_of(facts, "I knew it was drugs") == "Fergal Noonan"


def test_the_reported_clauses_subject_said_the_words_not_the_witness():
    facts = facts_of("A former jail captain was sentenced Monday to five years in prison.\n\n"
                     "Ansel Fennimore, 52, was convicted in March of violating an inmate's civil rights.\n\n"
                     "Two former guards, Ellis Varnum and Troy Bettridge, testified against him. Varnum told jurors that "
                     "the captain gave him a blank report and said, \"Write it so he swung first.\"\n")
    assert speaker_of(facts, "Write it so") == "Ansel Fennimore"


def test_a_comma_before_and_goes_back_to_the_main_clause():
    facts = facts_of("Tomas Vell, 52, was sentenced Friday.\n\n"
                     "Prosecutor Ada Kettleby said there was a risk that he would reoffend, and called the plea "
                     "\"a travesty\" that shamed the county.\n")
    assert speaker_of(facts, "a travesty") == "Ada Kettleby"


def test_an_unnamed_person_keeps_the_town_that_places_them():
    facts = facts_of("The former mayor of Pellworth, Garrick Dunmoor, was sentenced on Tuesday to three years.\n\n"
                     "\"When the river flooded, he came with sandbags,\" one woman from Harlow Creek wrote.\n\n"
                     "\"He always answered the phone,\" a man from Dellwood said.\n")
    assert speaker_of(facts, "When the river") == "one woman from Harlow Creek"
    assert speaker_of(facts, "He always answered") == "a man from Dellwood"


def test_what_evidence_showed_a_group_said_is_the_groups():
    facts = facts_of("The former mayor of Pellworth, Garrick Dunmoor, was sentenced on Tuesday to three years.\n\n"
                     "Testimony during the trial showed that two clerks warned Dunmoor by email that the invoices were "
                     "\"plainly padded.\"\n\n"
                     "Records showed that a bookkeeper warned him that one vendor was \"not real.\"\n")
    assert speaker_of(facts, "plainly padded") == "two clerks"
    assert speaker_of(facts, "not real") == "a bookkeeper"


def test_the_person_a_paragraph_opens_on_is_quoted_next():
    facts = facts_of("A Ormsby man was sentenced Friday to six years in prison for a crash that killed Mara Ketterby, 26.\n\n"
                     "Judge Owen Scarrow imposed the sentence on Dunstan Strand, 31.\n\n"
                     "\"Two families lost everything,\" County Attorney Ruth Halvorsen said in a statement.\n\n"
                     "Janine Ketterby held up the veil her daughter had bought for the wedding.\n\n"
                     "\"She never got to wear it,\" she said. \"We buried her in it.\"\n")
    assert "Janine Ketterby" in party_names(facts)
    assert speaker_of(facts, "She never got") == "Janine Ketterby"
    assert speaker_of(facts, "We buried") == "Janine Ketterby"


def test_a_relative_clauses_subject_is_the_speaker_not_the_main_clauses():
    facts = facts_of("Fergal Noonan, 38, pleaded guilty at Ballykeel Circuit Criminal Court to assault.\n\n"
                     "Det Sgt Siobhan Markey handed in a statement in which the victim described feeling "
                     "\"frightened every single day\".\n")
    assert speaker_of(facts, "frightened every") != "Siobhan Markey"


def test_she_after_a_reported_quote_is_still_the_one_reporting_it():
    facts = facts_of("Gavin Rudden, 44, pleaded guilty at Dublin Circuit Criminal Court to possession of cannabis.\n\n"
                     "Detective Sergeant Sinead Pelling told Ciaran Ardsley BL, prosecuting, that gardaí searched the house.\n\n"
                     "Det Sgt Pelling agreed with Diarmuid Fahey SC, defending, that Rudden made full admissions at the "
                     "scene and told gardaí: \"It's all mine, nobody else knows.\"\n\n"
                     "She agreed that he was \"a custodian\" of the drugs.\n")
    assert speaker_of(facts, "It's all mine") == "Gavin Rudden"
    assert speaker_of(facts, "a custodian") == "Sinead Pelling"


def test_a_he_after_the_judges_order_does_not_make_her_a_man():
    facts = facts_of("A former treasurer who stole from a bowls club has been spared jail.\n\n"
                     "Neville Tranby, 61, admitted fraud by abuse of position at Hereford Crown Court.\n\n"
                     "Judge Fiona Ardlow also imposed a curfew. He must also pay costs.\n\n"
                     "Mitigating, Sarah Obwala said her client had lost \"all sense of proportion\" after his wife died.\n\n"
                     "She said he had sold his car to raise the money.\n\n"
                     "Sentencing, Judge Ardlow told Tranby: \"You were trusted completely.\"\n\n"
                     "She said she had stepped back from custody \"by the narrowest of margins\" because of his plea.\n")
    assert speaker_of(facts, "by the narrowest") == "Fiona Ardlow"


def test_counsel_reading_from_a_witness_interview_gives_the_witness_words():
    facts = facts_of("Neville Tranby, 61, admitted fraud at Hereford Crown Court.\n\n"
                     "Prosecuting, Martin Colley told the court Tranby had made 90 transfers.\n\n"
                     "\"He kept saying the bank was slow,\" Mr Colley said, reading from a police interview with club "
                     "secretary Dorothy Pimlott. \"We trusted him.\"\n")
    assert speaker_of(facts, "He kept saying") == "Dorothy Pimlott"
    assert speaker_of(facts, "We trusted him") == "Dorothy Pimlott"

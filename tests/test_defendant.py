"""Which person an article is about, from short articles written for these tests."""
from __future__ import annotations

import pytest

from builder.extract._defendant import find_defendant, sentenced_together
from builder.extract.parties import find_parties
from builder.extract.sentencing import find_sentencing
from builder.sources import source_from_text

_ARTICLE = (
    "A former hedge fund manager was convicted on Monday of paying bribes to get his daughter into Eastfield "
    "University, the latest parent found guilty in the scheme.\n\n"
    "A federal jury found Corin Vasko-Hale, 58, of Rye, New York, guilty of conspiracy to commit wire fraud and "
    "filing a false tax return.\n\n"
    "Prosecutors said Vasko-Hale paid the money to consultant Abel Marsh. Marsh, who pleaded guilty in 2021 to "
    "racketeering conspiracy, testified for three days, and Vasko-Hale did not testify.\n\n"
    "Jurors heard calls in which Marsh told Vasko-Hale that no one would check. Marsh is awaiting sentencing.\n\n"
    "Eastfield said in a statement that it had cooperated. Eastfield has since changed its rules, and Eastfield "
    "said it would review its admissions.\n"
)


def test_the_one_the_jury_found_guilty_is_the_defendant_not_a_witness_or_an_institution():
    source = source_from_text("case.txt", "Date: 2023-04-02\n\n" + _ARTICLE)
    parties = find_parties(source)
    assert find_defendant(source, parties).name == "Corin Vasko-Hale"
    charges = {c.text for c in find_sentencing(source, parties).charges}
    assert charges == {"conspiracy to commit wire fraud", "filing a false tax return"}


def test_a_place_named_as_a_modifier_is_not_the_defendant():
    body = ("The former van driver who crashed with Larkmoor Heights students aboard pleaded guilty Monday.\n\n"
            "Osric Penhale, 51, entered the plea to one count of homicide by vehicle. Penhale will be sentenced in "
            "May. Penhale had driven for the Larkmoor Heights district for a decade.\n")
    source = source_from_text("case.txt", "Date: 2023-04-02\n\n" + body)
    assert find_defendant(source, find_parties(source)).surname == "Penhale"


def _defendant_of(body: str) -> str | None:
    source = source_from_text("case.txt", "Date: 2023-04-02\n\n" + body)
    return find_defendant(source, find_parties(source)).name


def test_a_not_guilty_plea_marks_the_accused_before_a_second_man_charged_later():
    assert _defendant_of(
        "A former fire chief has been charged with stealing equipment from his station, prosecutors said.\n\n"
        "Warren Tolliver, 61, who ran the Elm Bluff station for a decade, was arrested Monday. He is charged with theft "
        "and making false statements.\n\n"
        "Tolliver pleaded not guilty on Tuesday. His lawyer, Nadia Ferro, said he would fight the case.\n\n"
        "A second man, Cole Ambry, 33, is charged with receiving stolen property.") == "Warren Tolliver"


def test_an_organisation_named_with_its_base_is_never_the_defendant():
    assert _defendant_of(
        "The former director of a Vermont animal shelter pleaded guilty to fraud on Monday.\n\n"
        "Ilse Marrow, 52, who ran Burlington-based Paws Haven Vermont for years, pleaded guilty to wire fraud.\n\n"
        "Marrow will be sentenced in June.") == "Ilse Marrow"


def test_of_two_people_charged_together_the_first_named_leads():
    assert _defendant_of(
        "Former guards Rhett Callander, 34, and Dion Shale, 29, are charged with manslaughter in the death of an inmate. "
        "Both have pleaded not guilty.\n\n"
        "Callander's lawyer said the guards followed their training. Shale declined to comment.") == "Rhett Callander"


def test_a_victim_named_inside_the_defendants_relative_clause_is_not_the_one_sentenced():
    # The victim's family share a surname and are named often; the one the judge sentenced is still the defendant.
    body = ("Circuit Judge Mara Quillen sentenced Tobias Renwick, 33, to 25 years in prison for the killing of Owen Fairley.\n\n"
            "Owen Fairley's sister, Greta Fairley, said the family would never heal. Ada Fairley, his mother, wept.\n\n"
            "Renwick, who told detectives that Fairley had swung at him first, apologized before he was sentenced.\n\n"
            "Lena Fairley, his widow, left without speaking. Fairley was 44.\n")
    assert _defendant_of(body) == "Tobias Renwick"
    for lead in ("A judge on Friday sentenced Tobias Renwick to 25 years for killing Owen Fairley.",
                 "Jurors convicted former bouncer Tobias Renwick of murder in the death of Owen Fairley.",
                 "Prosecutors charged Tobias Renwick with murder after Owen Fairley died."):
        assert _defendant_of(lead + "\n\nGreta Fairley and Ada Fairley spoke. Fairley was 44. Renwick, who said "
                             "Fairley had a knife, was sentenced in May.\n") == "Tobias Renwick"


def test_a_name_in_a_relative_clause_does_not_steal_the_verb_but_a_reported_subject_may():
    # near miss: after "said", the name is the subject of the verb in the reported clause
    assert _defendant_of("Ivo Brandt said Tobias Renwick was sentenced to 25 years. Renwick had no record. "
                         "Brandt is a neighbor.\n") == "Tobias Renwick"


def test_a_person_the_article_calls_someone_elses_co_defendant_is_not_its_defendant():
    for aside in ("His co-defendant, developer Rik Okafor, was sentenced last month to 18 months in prison.",
                  "Rik Okafor, his accomplice, was sentenced last month to 18 months in prison.",
                  "An accomplice, Rik Okafor, pleaded guilty and was sentenced to 18 months."):
        body = ("A former state lawmaker was sentenced Tuesday to 30 months in prison for taking bribes.\n\n"
                "Cal Brennick, 62, must also pay a $25,000 fine. Brennick's lawyers sought probation.\n\n" + aside + "\n")
        source = source_from_text("case.txt", "Date: 2023-04-02\n\n" + body)
        assert find_defendant(source, find_parties(source)).name == "Cal Brennick", aside
    # a story about the accomplice himself still has him as its defendant
    body = "Rik Okafor was sentenced Tuesday to 18 months in prison. Okafor pleaded guilty to bribery in May.\n"
    source = source_from_text("case.txt", "Date: 2023-04-02\n\n" + body)
    assert find_defendant(source, find_parties(source)).name == "Rik Okafor"


def test_a_co_defendant_who_shares_the_defendants_surname_leaves_it_the_defendants():
    body = ("Kara Lind was sentenced Tuesday to five years in prison for wire fraud. Lind pleaded guilty in May.\n\n"
            "Her husband and co-defendant, Tor Lind, was sentenced in April to 46 months. Judge Bea Oakes said Lind "
            "had led the scheme.\n\nLind's lawyer, Ed Marr, said she would appeal. Marr said the Linds had repaid "
            "$40,000.\n")
    source = source_from_text("case.txt", "Date: 2023-04-02\n\n" + body)
    assert find_defendant(source, find_parties(source)).surname == "Lind"


def _defendant_of(body: str) -> str | None:
    source = source_from_text("case.txt", "Date: 2023-04-02\n\n" + body + "\n")
    return find_defendant(source, find_parties(source)).name


def test_a_person_inside_the_defendants_descriptive_appositive_is_not_the_defendant():
    # "X, the/an <description> of/to <Title.> Y, was charged": Y only describes X, even past a title's period
    assert _defendant_of("Ted Marsh, the longtime chief of staff to Sen. Gail Benning, was indicted on fraud "
                         "charges. Marsh was convicted of fraud.") == "Ted Marsh"
    assert _defendant_of("Ted Marsh, an adviser to Gov. Gail Benning, was charged with fraud. Benning said she was "
                         "shocked. Benning said she would cooperate.") == "Ted Marsh"
    assert _defendant_of("Lee Tran, the former partner of Dr. Ruth Okafor, pleaded guilty to theft. Okafor said "
                         "she was relieved. Okafor testified.") == "Lee Tran"
    # near miss: a name in apposition to the accused's description is the accused
    assert _defendant_of("Prosecutors charged the contractor, Sam Whitley, with fraud. Whitley was convicted of "
                         "fraud.") == "Sam Whitley"


def test_a_pending_case_told_as_faces_or_stands_accused_names_the_defendant_over_a_co_defendant_charged_later():
    # The co-defendant is "charged" (a past verb) and named more often; the defendant only "faces" or "stands accused".
    tail = ("\n\nHer supplier, Bastian Crowle, 37, was charged with receiving stolen property. Crowle posted bond. "
            "Crowle's lawyer said Crowle knew nothing. Crowle is due back in court in June.\n")
    for lead in ("Marta Quell, 41, of Brackton, faces two counts of theft and one count of forgery, prosecutors said.",
                 "Prosecutors said Marta Quell is now facing felony charges of theft and forgery.",
                 "Marta Quell, a bookkeeper at the parish, stands accused of theft from the parish accounts.",
                 "According to the complaint, Marta Quell is accused of forging checks from the parish account."):
        assert _defendant_of("A parish bookkeeper took money from the collection, police say.\n\n" + lead + tail) \
            == "Marta Quell", lead
    # and the charges listed are hers: the co-defendant's "was charged with" does not displace them
    source = source_from_text("case.txt", "Date: 2023-04-02\n\nMarta Quell, 41, of Brackton, faces two counts of theft "
                              "and one count of forgery, prosecutors said." + tail)
    assert {c.text for c in find_sentencing(source, find_parties(source)).charges} == {"theft", "forgery"}
    # near miss: a person who "faces no charges" is not the accused
    assert _defendant_of("Marta Quell, who faces no charges, found the missing checks.\n\n" + tail.strip() + "\n") \
        == "Bastian Crowle"


def test_a_closing_aside_about_another_accused_never_outweighs_the_story_subject():
    # An appeal or sentencing story may close on someone else's own plea: the story is still about its defendant
    filler = "The ruling drew comment from veterans' groups and families across the region. " * 4
    for aside in ["Chief Petty Officer Lyle Brantley, also on watch that night, pleaded guilty to dereliction of duty and was demoted.",
                  "Separately, the ship's navigator, Lt. Omar Fenn, was convicted of negligence last spring and reprimanded.",
                  "A second officer, Gita Sorel, who pleaded guilty in May, was sentenced to 60 days of restriction."]:
        story = ("An appeals court on Monday cut the sentence of a former Navy captain. The court upheld the conviction "
                 "of Capt. Nora Haskard for negligent hazarding of a vessel. Haskard, 51, is held at a brig in California. "
                 "Haskard's attorney said she was relieved. " + filler + "Families said Haskard had been singled out. " + aside)
        source = source_from_text("appeal.txt", "title: Appeal\noutlet: Test\ndate: 2025-03-01\n\nAppeal\n\n" + story + "\n")
        assert find_defendant(source, find_parties(source)).surname == "Haskard", aside


def test_a_defendant_named_late_still_counts_when_nobody_earlier_is_tied_to_the_case():
    # near miss: a story that opens on a victim's family and names the one charged at its end keeps that person
    filler = "Neighbors gathered outside the house on Elm Street and left flowers by the gate. " * 5
    story = ("Marta Quillen said her son Theo loved the river. Quillen said she still sets his place at dinner. " + filler +
             "Police charged Dario Venn, 24, with manslaughter on Friday.")
    source = source_from_text("story.txt", "title: Loss\noutlet: Test\ndate: 2025-03-01\n\nLoss\n\n" + story + "\n")
    assert find_defendant(source, find_parties(source)).surname == "Venn"


def test_the_victim_named_after_the_charging_verb_is_not_the_defendant():
    # a roundup: the victim is named most, the accused once, in the sentence that charges him
    assert _defendant_of(
        "Nine members of a rowing club were charged Monday in the death of Ivo Brandt, a recruit. Brandt died after a "
        "night of drinking. Brandt's sister said Brandt loved the river.\n\n"
        "The district attorney said the club captain, Soren Pike, 22, faces the most serious charges: manslaughter and "
        "hazing.\n\nBrandt's father said Brandt had been afraid.") == "Soren Pike"
    assert _defendant_of(
        "Four guards were charged Tuesday in the beating of Ivo Brandt. Brandt, 44, suffered a broken jaw. Brandt's lawyer "
        "said Brandt cannot work.\n\nSgt. Soren Pike, 39, the supervisor on duty, was charged with assault.") == "Soren Pike"
    assert _defendant_of(
        "Three people were indicted in the killing of Ivo Brandt. Brandt was 17. Brandt's mother spoke at a vigil.\n\n"
        "Police said the alleged gunman, Soren Pike, 20, is charged with murder.\n\nBrandt's family wants answers.") == "Soren Pike"
    # near-miss: the one charged as the verb's object is still the defendant
    assert _defendant_of("Prosecutors charged Soren Pike with fraud. Pike, 50, ran a charity with Ivo Brandt.") == "Soren Pike"


def test_a_plea_of_no_contest_and_a_verdict_told_as_convicting_name_the_defendant():
    assert _defendant_of("A judge ordered Hilde Marr, 53, to serve 10 days in jail. Marr pleaded no contest in February "
                         "to failure to report child abuse in connection with complaints about Travis Dunn, a teacher. "
                         "Dunn was later convicted of abusing three girls.") == "Hilde Marr"
    assert _defendant_of("Jurors deliberated for five hours before convicting Curt Lanier, 44, of Shady Ridge, of "
                         "bribery. The inmate charged alongside Lanier, Tobias Haskell, pleaded guilty and testified. "
                         "Haskell, who was serving a sentence, was charged in a separate case.") == "Curt Lanier"


# ----------------------------------------------------------------------------- whole-article conventions (round 26)

def test_the_prosecutor_and_the_judge_named_most_are_never_the_defendant():
    body = ("A former county clerk was charged Friday with theft from a public office.\n\n"
            "Wendell Prask, 47, declined to comment.\n\n"
            "\"Public money is not a piggy bank,\" District Attorney Oona Brightwater said. Brightwater said her office "
            "would also review the clerk's bonds. Brightwater has led the office since 2019, and Brightwater thanked "
            "the auditors. Brightwater said more charges were possible.\n\n"
            "Superior Court Judge Lyleston Fennimore set bail at $5,000. Fennimore set a hearing for July.\n")
    assert _defendant_of(body) == "Wendell Prask"
    # near-miss: a former prosecutor on trial is the accused, whatever the title
    assert _defendant_of("Former District Attorney Oona Brightwater was charged Friday with bribery. Brightwater, 58, "
                         "denies it. Brightwater will appear in court in May.\n") == "Oona Brightwater"


def test_a_lede_that_describes_the_accused_names_them_in_the_next_sentence():
    for lede, after in [
        ("A Dunstable school bus driver was charged Tuesday with child endangerment.", "Ferrisby Oakhill, 52, is being held without bail."),
        ("A former Lakeview church treasurer pleaded guilty Monday to theft by deception.", "Ferrisby Oakhill, 61, was released on bond."),
        ("A retired state trooper faces charges of official misconduct.", "Ferrisby Oakhill, 66, appeared in court Thursday."),
    ]:
        body = (f"{lede}\n\n{after}\n\nMarta Quillon, who lives next door, said Quillon had called police twice. "
                "Quillon said Quillon was afraid. Quillon's son agreed.\n")
        assert _defendant_of(body) == "Ferrisby Oakhill", lede
    # near-miss: the person named next was the one hurt, and the accused is named with the verdict after
    body = ("A man has been found guilty of killing a lineman who died when a pole he cut fell.\n\n"
            "Ansel Drury, 38, was repairing the line when it came down.\n\n"
            "Corvenna Hatch, 45, was convicted of manslaughter on Friday. Drury's widow spoke. Drury had two sons, "
            "and Drury coached football.\n")
    assert _defendant_of(body) == "Corvenna Hatch"


def test_a_victim_named_through_the_death_and_the_family_does_not_outweigh_the_accused():
    body = ("Delphine Sorrow, 33, a home health aide, was convicted Friday of neglect of an elder.\n\n"
            "Hubert Ainsley, 88, died in 2023. Ainsley's daughter, Rosa Ainsley, said Ainsley had loved gardening.\n\n"
            "\"He trusted her,\" Ainsley's son said. Ainsley's grandson read a letter. Friends of Ainsley filled the "
            "courtroom, and Ainsley's family thanked prosecutors. Ainsley's brother said Ainsley had served in Korea.\n")
    assert _defendant_of(body) == "Delphine Sorrow"


def test_a_cooperating_witness_with_a_plea_of_their_own_is_not_the_defendant():
    for witness in [
        "Prosecutors relied on testimony from Gale Moberly, who pleaded guilty to wire fraud.",
        "Gale Moberly, 40, pleaded guilty to wire fraud and is cooperating. Moberly testified against Tern.",
        "The key witness, Gale Moberly, pleaded guilty to wire fraud. Moberly testified for the prosecution.",
    ]:
        body = (f"Ricker Tern, a car dealer, was booked into the county jail on charges of bank fraud.\n\n{witness}\n\n"
                "Moberly said Moberly kept the books. Moberly, who faces up to five years in prison, was paid $4,000 "
                "a month.\n")
        assert _defendant_of(body) == "Ricker Tern", witness


def test_another_persons_earlier_case_told_for_comparison_is_not_the_defendant():
    for background in [
        "The case echoes that of Iver Canty, a Reno man who was convicted in 2019 of arson.",
        "In 2021, another clerk, Iver Canty, pleaded guilty to arson in an unrelated case.",
        "It is the second such case this year. Iver Canty was charged in an unrelated case with arson.",
    ]:
        body = (f"Pellworth Witmore, a county clerk, admitted to embezzlement in a plea deal.\n\n{background}\n\n"
                "Canty's case drew wide attention. Canty remains in prison, and Canty has appealed.\n")
        assert _defendant_of(body) == "Pellworth Witmore", background


def test_in_a_roundup_the_one_named_after_among_those_charged_leads():
    body = ("Nine members of a rowing club were charged in connection with the death of Aurel Penn.\n\n"
            "Penn, 19, died in March. Penn's family said Penn had been afraid.\n\n"
            "Among those charged, Silvan Hook, 23, faces involuntary manslaughter and hazing.\n\n"
            "Dario Voll, 21, and Ezra Munt, 20, were each charged with hazing.\n")
    source = source_from_text("case.txt", "Date: 2023-04-02\n\n" + body)
    parties = find_parties(source)
    assert find_defendant(source, parties).name == "Silvan Hook"
    own = {c.text for c in find_sentencing(source, parties).charges if c.subject is None}
    assert {"involuntary manslaughter", "hazing"} <= own
    # "the charges were filed against X, who is charged with": charges brought against someone name the accused
    body = ("Six guards were charged in the death of Aurel Penn.\n\nPenn, 40, died in May. Penn's family sued.\n\n"
            "The most serious charges were filed against Silvan Hook, 44, who is charged with second-degree murder.\n\n"
            "Dario Voll, 31, and Ezra Munt, 29, were each charged with official misconduct.\n")
    assert _defendant_of(body) == "Silvan Hook"


def test_a_person_the_ledes_subject_belongs_to_is_not_the_one_sentenced():
    for owner in ("of pop singer Tara Quill", "to state Sen. Tara Quill", "for retired judge Tara Quill"):
        body = (f"The former business manager {owner} was sentenced Thursday to nine years in prison.\n\n"
                "A judge also ordered Wren Quenneville, 59, to pay restitution to Quill.\n\n"
                "Quill told the court she had trusted him for a decade. Quenneville, who was convicted in "
                "November of wire fraud, did not speak.\n")
        assert _defendant_of(body) == "Wren Quenneville", owner


def test_the_accused_a_lede_described_by_whose_aide_they_were_is_the_next_person_named_in_any_sentence():
    # The lede names only the person the accused worked for or belongs to; the story then names the accused in a
    # sentence about anything, not a custody or court line. The owner is named more often and is never the accused.
    owner_note = ("Pellworth was not accused of wrongdoing. Pellworth's spokesman declined to comment.\n\n{later}\n\n"
                  "Pellworth, who has toured for 20 years, said in a statement that she was shocked. Pellworth has helped investigators.\n")
    for lede, later in [
        ("The longtime bookkeeper for country singer Ivy Pellworth pleaded guilty Monday to wire fraud.",
         "Prosecutors said Corin Dace, 52, moved the money over six years."),
        ("The son of former Mayor Ivy Pellworth was charged Thursday with arson.",
         "According to the complaint, Corin Dace, 24, bought the gasoline a day earlier."),
        ("A former driver for reality TV star Ivy Pellworth was convicted Friday of theft.",
         "A judge also ordered Corin Dace, 59, to pay $40,000 in restitution."),
    ]:
        assert _defendant_of(lede + "\n\n" + owner_note.format(later=later)) == "Corin Dace", lede
    # near-miss: a victim named first is not the one the lede described
    assert _defendant_of("The former manager of pop singer Ivy Pellworth was charged with assault.\n\n"
                         "The victim, Noel Brandewyn, 30, was hospitalized for a week.\n\n"
                         "Investigators said Corin Dace, 41, struck him with a bottle.\n\n" + owner_note.format(later="")) == "Corin Dace"
    # near-miss: a lede that names the accused with a title is about that person
    assert _defendant_of("Former Mayor Ivy Pellworth was charged Thursday with arson.\n\n"
                         "Prosecutors said Corin Dace, 24, saw the fire. Pellworth was released on bond.\n") == "Ivy Pellworth"


def test_one_charged_with_the_accused_who_turned_witness_is_never_the_defendant():
    # named first in the lede, and as often as the accused afterwards
    leads = ["Tobin Larch and Wren Osmoor were charged together in 2021 with armed robbery.",
             "Prosecutors charged Tobin Larch and Wren Osmoor in 2021 with armed robbery.",
             "Tobin Larch, 31, and Wren Osmoor, 29, were indicted together on charges of armed robbery."]
    turns = ["Larch pleaded guilty and testified against Osmoor.",
             "Larch cut a deal, pleaded guilty to theft and testified that Osmoor held the gun.",
             "Larch pleaded guilty and became the government's star witness."]
    for lead, turn in zip(leads, turns):
        body = (f"{lead}\n\n{turn}\n\nOn Friday a jury convicted Osmoor of armed robbery.\n\n"
                "Larch is to be sentenced in June. Larch faces up to 10 years under his plea agreement.\n")
        assert _defendant_of(body) == "Wren Osmoor", lead


def test_the_witness_is_the_defendant_of_a_story_about_their_own_sentence():
    body = ("Tobin Larch, who testified against Wren Osmoor, was sentenced Tuesday to three years in prison for "
            "armed robbery.\n\nOsgood was convicted in March. Larch apologized to the victims.\n")
    assert _defendant_of(body) == "Tobin Larch"


def test_a_client_named_only_beside_the_lawyer_is_the_accused_and_the_lawyer_is_not():
    lede = "A Tampa man was sentenced Tuesday to 10 years in prison after pleading guilty to wire fraud.\n\n"
    for line in ["Corin Dace's attorney, Ruth Alder, said her client would appeal.",
                 "Ruth Alder, who represents Corin Dace, said her client was remorseful.",
                 "Attorney Ruth Alder, representing Corin Dace, told reporters she would appeal.",
                 "Ruth Alder, Corin Dace's public defender, said her client is ill."]:
        body = lede + line + "\n\nAlder argued for probation. Alder said the case had been overcharged.\n"
        assert _defendant_of(body) == "Corin Dace", line


def test_a_lawmaker_who_represents_a_district_can_still_be_the_accused():
    body = ("State Rep. Ilse Vargasz, who represents Ohio's 12th District, was indicted Monday on bribery charges.\n\n"
            "Vargasz denied wrongdoing.\n")
    assert _defendant_of(body) == "Ilse Vargasz"


def test_a_second_defendants_plea_after_a_described_lede_is_background():
    for second in ["A second defendant, Posy Quarrel, pleaded guilty in January to theft.",
                   "Another man, Posy Quarrel, pleaded guilty earlier and was sentenced to 30 months.",
                   "His co-defendant, Posy Quarrel, pleaded guilty to theft last year."]:
        body = ("A former church bookkeeper who admitted to theft was sentenced Tuesday to four years. "
                "Bram Otway, 45, apologized in court.\n\n" + second + "\n\nQuarrel is serving her sentence in "
                "Texas. Quarrel's lawyer did not comment.\n")
        assert _defendant_of(body) == "Bram Otway", second


def test_a_live_blog_that_names_the_defendant_in_full_only_in_its_headline_and_highlights():
    # the body calls him "Hatterly" throughout; only the headline and the bulleted highlights give "Corvin Hatterly",
    # while a cooperating witness is named in full in the body
    text = ("title: Live updates: Fernvale lender founder Corvin Hatterly sentenced to nine years\n"
            "date: 2025-05-02\n\n"
            "What we know\n\n"
            "- Corvin Hatterly was sentenced to nine years in prison.\n"
            "- A jury convicted him of bank fraud.\n\n"
            "May 2, 2025, 2:10 PM EDT\n\n"
            "Hatterly's lawyers say they will appeal\n\n"
            "Hatterly's lawyers said in a statement that they would appeal the verdict.\n\n"
            "May 2, 2025, 1:40 PM EDT\n\n"
            "Judge Irma Calloway sentenced Hatterly to nine years in prison and ordered him to forfeit $4 million.\n\n"
            "May 2, 2025, 1:05 PM EDT\n\n"
            "Hatterly, 34, did not speak. Hatterly's parents sat behind him.\n\n"
            "The lender's former finance chief, Selma Ondrake, pleaded guilty and testified against Hatterly at trial. "
            "Ondrake is scheduled to be sentenced in August. Ondrake told jurors she had moved the money on orders.\n")
    source = source_from_text("live.txt", text)
    defendant = find_defendant(source, find_parties(source))
    assert defendant.name == "Corvin Hatterly"


def test_words_spoken_to_the_defendant_in_a_quote_give_her_no_role():
    # "Mrs. Ondray, the next judge won't ...": a judge addressing her, not an appositive calling her a judge
    body = ("Della Ondray, 61, pleaded guilty to six counts of animal neglect and was sentenced to two years of "
            "probation by Associate Circuit Judge Omar Fenwick.\n\n"
            "Gil Tarrow, director of the county shelter, said the dogs were recovering. Tarrow said the shelter "
            "had taken in 22 animals. Tarrow said the restitution would pay for their care.\n\n"
            "\u201cIf I see you back here, Mrs. Ondray, the next judge won\u2019t be so patient,\u201d Fenwick said.\n")
    source = source_from_text("case.txt", "Date: 2023-04-02\n\n" + body)
    parties = find_parties(source)
    ondray = next(p for p in parties if p.name == "Della Ondray")
    assert not any("judge" in role for role in ondray.roles)
    assert find_defendant(source, parties).name == "Della Ondray"


def test_a_partner_whose_surname_ends_the_defendants_double_surname_is_not_counted_in_her_mentions():
    # "Tasman" inside "Horoi-Tasman" is no mention of her partner Tasman
    body = ("A payroll administrator who stole $210,000 from her employer has been sentenced to home detention.\n\n"
            "Marama Horoi-Tasman, 47, pleaded guilty to theft by a person in a special relationship. Her partner, "
            "Glenn Tasman, 51, pleaded guilty to receiving and was sentenced to 12 months' supervision.\n\n"
            "Horoi-Tasman was sentenced to 10 months' home detention. Horoi-Tasman had paid the money into an account "
            "Tasman controlled. Judge Ana Fale said Horoi-Tasman had abused her employer's trust. Tasman said nothing.\n")
    assert _defendant_of(body) == "Marama Horoi-Tasman"


@pytest.mark.parametrize("title, lede", [
    ("Copper theft ring members sentenced",
     "A federal judge in Denville on Tuesday sentenced three men who stole copper wire from rail yards."),
    ("Denville men sentenced in copper thefts",
     "ORMOND PIKELY, 44, of Denville, and LYLE BRANNICK, 29, of Tanner, were sentenced on Tuesday by Judge Hester "
     "Quayle."),
    ("Two sentenced in copper theft ring", "A Denville man and his nephew learned their punishment on Tuesday."),
])
def test_a_lede_or_headline_that_reports_several_defendants_sentenced_together(title, lede):
    body = (f"{lede}\n\n"
            "Ormond Pikely was sentenced to eight years in prison. Pikely was convicted of conspiracy in June.\n\n"
            "Lyle Brannick was sentenced to 30 months in prison, to be followed by two years of supervised release.\n")
    source = source_from_text("case.txt", f"title: {title}\ndate: 2023-04-02\n\n{body}")
    assert sentenced_together(source)
    texts = {t.text for t in find_sentencing(source, find_parties(source)).terms}
    assert {"eight years in prison", "30 months in prison", "two years of supervised release"} <= texts


def test_one_defendant_sentenced_with_an_accomplice_told_later_is_not_a_joint_sentencing():
    body = ("Ormond Pikely, 44, was sentenced Tuesday to eight years in prison for running the copper theft ring.\n\n"
            "His cousin, Lyle Brannick, was sentenced to four years in prison in a separate hearing last month.\n")
    source = source_from_text("case.txt", "title: Ring leader sentenced to eight years\ndate: 2023-04-02\n\n" + body)
    assert not sentenced_together(source)


def test_a_court_report_abroad_names_the_defendant_by_jailed_and_the_co_accused_as_such():
    # British and Commonwealth reports tell the sentence as "was jailed for" and call the second person "co-accused";
    # the co-accused's own plea in a relative clause must not make them the story's defendant.
    body = ("Auberon Wraxholme, 31, was jailed for three years on Thursday after admitting burglary. Wraxholme broke "
            "into the warehouse in May.\n\n"
            "His co-accused, Mabeline Ostleby, 24, who admitted handling stolen goods, was given a 12-month community "
            "order with 150 hours of unpaid work.\n")
    assert _defendant_of(body) == "Auberon Wraxholme"
    source = source_from_text("case.txt", "Date: 2023-04-02\n\n" + body)
    terms = find_sentencing(source, find_parties(source)).terms
    owners = {t.text: t.subject for t in terms}
    assert owners["jailed for three years"] is None  # the defendant's own
    assert owners["a 12-month community order"] == owners["150 hours of unpaid work"] == "Mabeline Ostleby"


def test_imprisoned_tells_the_accused_too():
    assert _defendant_of("Hallam Brisbury, 40, was imprisoned for 18 months on Friday. Brisbury's accomplice, Ivo Tamsett, "
                         "who pleaded guilty to theft, was spared jail.") == "Hallam Brisbury"


# The victim and his family are named more often than the man who killed him; the lede describes the court, not him
_BOATING = (
    "CLEARWATER - For 17 months, Nora Quill has kept her husband's phone charged. She told a judge on Friday that she "
    "still plays his last voicemail.\n\n"
    "A Pinellas County judge handed down the sentence Friday for Dale Brandt, 38, who was convicted in December of "
    "boating under the influence manslaughter.\n\n"
    "Evan Quill, 35, was thrown from Brandt's boat when it hit a dock. Quill died at the scene. Nora Quill spoke for "
    "15 minutes.\n\n"
    "Brandt will serve nine years in state prison.\n"
)


def test_the_one_a_sentence_is_for_is_the_defendant_not_the_victims_family():
    source = source_from_text("case.txt", "Date: 2025-02-07\n\n" + _BOATING)
    assert find_defendant(source, find_parties(source)).name == "Dale Brandt"

"""Speakers and parties, round 80: a role noun closing an opening phrase ("In a letter to the judge, Lee wrote") is
not the role of the name that opens the main clause; an appositive is closed by a comma or ends the sentence. All
texts invented."""
from tests.helpers import C, O, party_roles, speaker_in

LEDE = "Tobin Marsh, a former warehouse supervisor, was sentenced Friday to three years in prison for assault.\n\n"


def test_a_role_ending_an_opening_phrase_is_not_the_subjects_role():
    roles = party_roles(LEDE + "In a letter to the judge, Marsh described himself as a changed man.\n")
    assert "the judge" not in roles.get("Tobin Marsh", []) and "judge" not in " ".join(roles.get("Tobin Marsh", []))
    roles = party_roles(LEDE + "Speaking to the victim’s mother, Marsh apologized for the beating.\n")
    assert not any("mother" in r for r in roles.get("Tobin Marsh", []))
    roles = party_roles(LEDE + "During a hearing before the judge, Marsh denied ever owning the gun.\n")
    assert not any("judge" in r for r in roles.get("Tobin Marsh", []))
    roles = party_roles(LEDE + "Standing beside his lawyer, Marsh later thanked the jurors.\n")
    assert not any("lawyer" in r for r in roles.get("Tobin Marsh", []))


def test_a_closed_appositive_still_names_the_role():
    roles = party_roles(LEDE + "After the verdict, the prosecutor, Ilse Varga, said the term was fair.\n")
    assert any("prosecutor" in r for r in roles.get("Ilse Varga", []))
    roles = party_roles(LEDE + "Marsh was sentenced by the judge, Corwin Abate.\n")
    assert any("judge" in r for r in roles.get("Corwin Abate", []))
    roles = party_roles(LEDE + "In court, his lawyer, Nadia Perrault, argued for probation.\n")
    assert any("lawyer" in r for r in roles.get("Nadia Perrault", []))


def test_a_school_system_told_back_as_the_district():
    text = LEDE + (f"The beating led the Orrin Creek Unified Schools board to review its hiring. The district said in a "
                   f"statement that it had changed its rules.\n\n{O}We failed those children,{C} the statement said.\n")
    assert speaker_in(text, "We failed those children") == "Orrin Creek Unified Schools"
    text = LEDE + (f"Marsh drove a bus for the Halvard Township School District. {O}Safety comes first,{C} the district "
                   f"said.\n")
    assert speaker_in(text, "Safety comes first") == "Halvard Township School District"
    text = LEDE + (f"Marsh taught at a parish school run by the Diocese of Vellmont. {O}We grieve with the victims,{C} "
                   f"the diocese said.\n")
    assert speaker_in(text, "We grieve with the victims") == "Diocese of Vellmont"
    # (near miss: a district attorney's office is no district)
    text = LEDE + (f"The Corland County District Attorney's Office charged him. {O}Safety comes first,{C} the district "
                   f"said.\n")
    assert speaker_in(text, "Safety comes first") != "Corland County District Attorney's Office"


def _quoted(text):
    from tests.helpers import quotes_of
    return [q for q, _ in quotes_of(LEDE + text)]


def test_a_named_and_described_term_is_no_quote():
    assert not _quoted(f"He hid the cash in what guards called {O}the hole,{C} a windowless cell under the stairs.\n")
    assert not _quoted(f"His lawyer asked jurors to find he acted in {O}blind rage,{C} which would have cut the term.\n")
    assert not _quoted(f"If jurors find he acted under {O}heat of passion arising from provocation,{C} a legal standard "
                       f"in Ohio, the term is shorter.\n")
    assert not _quoted(f"The firm pitched what it called {O}shared equity{C} of vacation condos to retirees.\n")
    # (near misses: a judgement with its article, and words a speaker is said to have said)
    assert _quoted(f"Jurors heard what the judge called {O}a pattern of cruelty{C} of the worst kind.\n")
    assert _quoted(f"Marsh described the scheme as {O}a mistake,{C} a prosecutor said.\n")


def test_a_product_sold_in_marks_is_no_quote_whatever_the_source():
    assert not _quoted(f"From 2019 to 2021, according to court records, Marsh sold retirees {O}guaranteed income{C} in "
                       f"storage units across Ohio.\n")
    assert not _quoted(f"Marsh sent clients {O}priority shares{C} in a fund that did not exist.\n")
    assert _quoted(f"Marsh told clients they would get {O}priority shares{C} in a fund, prosecutors said.\n")


def test_a_letter_introduced_by_its_writer_then_quoted_alone():
    text = LEDE + (f"Among more than 30 letters filed in support of Marsh is one from his sister, Odile Marsh, a retired "
                   f"nurse.\n\n{O}My brother has never hurt anyone on purpose.\n\n{O}He calls our mother every day.{C}\n")
    assert speaker_in(text, "never hurt anyone") == "Odile Marsh"
    assert speaker_in(text, "calls our mother") == "Odile Marsh"
    text = LEDE + (f"One letter came from his former foreman, Bertil Quaid, 71, of Dayton.\n\n{O}He was the first man on the dock every "
                   f"morning.{C}\n")
    assert speaker_in(text, "first man on the dock") == "Bertil Quaid"
    # (near miss: a letter to someone, then a quote nobody is said to have written)
    text = LEDE + (f"Marsh sent a letter to his neighbor, Bertil Quaid, in March.\n\n{O}He was the first man on the "
                   f"dock every morning.{C}\n")
    assert speaker_in(text, "first man on the dock") != "Bertil Quaid"


def test_a_city_force_the_case_was_handed_to_is_a_party():
    from tests.helpers import facts_of, party_names
    names = party_names(facts_of(LEDE + "The club’s board asked Corvale police to investigate in May.\n"))
    assert "Corvale police" in names
    names = party_names(facts_of(LEDE + "After the hearing, the family thanked Brennick police and the prosecutors.\n"))
    assert "Brennick police" in names
    names = party_names(facts_of(LEDE + "A clerk reported the theft to Ostara police that night.\n"))
    assert "Ostara police" in names
    # (near miss: one officer, not the force)
    names = party_names(facts_of(LEDE + "The board thanked Corvale police officer Dana Pike for her work.\n"))
    assert "Corvale police" not in names

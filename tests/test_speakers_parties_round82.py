"""Speakers and parties, round 82: a body named in full once is a party when it speaks ("The Foreign Office said", "A
Tollway Authority spokesperson said"), when prosecutors act for it, or when its legal name marks it a company ("Elm
Care Ltd"); "the X and Y Service" is one name; British counsel "mitigating" is the defence; a body's own name in lower
case ("the wildlife protection service said") is that body speaking. All texts invented."""
from tests.helpers import C, O, facts_of, party_kinds, party_roles, quotes_of

LEDE = "Orla Finnick, 38, was jailed for four years at Carlisle Crown Court on Friday after admitting fraud.\n\n"


def test_a_body_that_speaks_once_is_a_party():
    for line, body in (("The Foreign Office said in a statement that it was aware of the case.", "Foreign Office"),
                       ("The Cabinet Office declined to comment.", None),  # (near miss: no speech, no party claimed)
                       ("An Ostland Border Force spokesperson said officers found the drugs.", "Ostland Border Force"),
                       ("A Tollway Enforcement Agency spokesman said the fines would be collected.", "Tollway Enforcement Agency"),
                       ("The Brackwater Hunters and Anglers Association, which pushed for tougher penalties, said in a "
                        "statement that it welcomed the ban.", "Brackwater Hunters and Anglers Association"),
                       ("The Merrow Tenants and Residents Federation said the sentence was too light.",
                        "Merrow Tenants and Residents Federation")):
        kinds = party_kinds(LEDE + line + "\n")
        if body:
            assert kinds.get(body) == "organization", (line, kinds)
    # (near miss: a person's name before "said" is no body)
    kinds = party_kinds(LEDE + "The Rev. Amos Kettering said he would visit her in prison.\n")
    assert not any(k == "organization" and "Kettering" in n for n, k in kinds.items())


def test_a_company_by_its_legal_name_and_the_office_prosecutors_act_for():
    kinds = party_kinds(LEDE + "She must pay £9,000 to Lindenfold Care Ltd, which owns the home.\n\n"
                        f"Lindenfold Care said: {O}We are sorry for what happened.{C}\n")
    assert kinds.get("Lindenfold Care Ltd") == "organization" and "Lindenfold Care" not in kinds
    kinds = party_kinds(LEDE + "The money was repaid by Harcastle Freight Limited in March.\n")
    assert kinds.get("Harcastle Freight Limited") == "organization"
    kinds = party_kinds(LEDE + "Prosecutors for the Commonwealth Director of Public Prosecutions said the offending was serious.\n")
    assert kinds.get("Commonwealth Director of Public Prosecutions") == "organization"
    kinds = party_kinds(LEDE + "Lawyers from the Crown Prosecution Service asked for a longer term.\n")
    assert kinds.get("Crown Prosecution Service") == "organization"


def test_words_joined_by_and_after_the_open_a_bodys_name():
    kinds = party_kinds(LEDE + "She has been referred to the Vetting and Licensing Service, which means she will be barred.\n")
    assert kinds.get("Vetting and Licensing Service") == "organization"
    kinds = party_kinds(LEDE + "She was reported to the Nursing and Midwifery Council in June.\n")
    assert "Nursing and Midwifery Council" in kinds
    # (near miss: a person and a body joined by "and" stay apart)
    kinds = party_kinds(LEDE + "Her manager, Petra Lusk, and the Dunmore Housing Association were told.\n")
    assert "Petra Lusk" in kinds and not any(n.startswith("Lusk and") for n in kinds)


def test_counsel_mitigating_is_the_defence():
    for line in ("Gareth Pryle, mitigating, said his client was {O}deeply ashamed{C} of what she had done.",
                 "Gareth Pryle, in mitigation, said his client was {O}deeply ashamed{C} of what she had done.",
                 "Mitigating, Gareth Pryle said his client was {O}deeply ashamed{C} of what she had done."):
        text = LEDE + line.format(O=O, C=C) + f"\n\nHe said Finnick had {O}thrown away a good career{C}.\n"
        assert party_roles(text).get("Gareth Pryle") == ["defence counsel"], line
        assert dict(quotes_of(text)).get("thrown away a good career") == "Gareth Pryle", line
    # (near miss: prosecuting counsel keeps her side)
    text = LEDE + "Della Voss, prosecuting, said the losses were large.\n"
    assert party_roles(text).get("Della Voss") == ["prosecuting counsel"]


def test_a_body_named_in_lower_case_speaks_as_itself():
    for body, short in (("Yukon Fisheries Protection Service", "the fisheries protection service"),
                        ("Harlow Valley Water Authority", "the valley water authority"),
                        ("Norland Conservation Officer Service", "the conservation officer service")):
        text = (f"Darrel Quist, 52, was fined $9,000, the {body} said in a news release Tuesday.\n\n"
                f"{O}This is one of the worst cases we have seen,{C} {short} said in its release.\n")
        facts = facts_of(text)
        # (a public body speaks with its article: "the Yukon Fisheries Protection Service")
        assert [q.speaker for q in facts.quotes] == [f"the {body}"], (body, [q.speaker for q in facts.quotes])


def test_a_two_word_surname_written_back_whole_owns_the_relative():
    for lede, back in (("Kwabena Asante Doyle, 19, was sentenced on Thursday.", "Asante Doyle"),
                       ("Ruairi Nic Aodha, 23, was jailed on Monday.", "Nic Aodha")):
        text = (f"{lede}\n\n{back} admitted supplying drugs.\n\n"
                f"{back}\u2019s mother, who asked not to be named, said she had begged for help.\n\n"
                f"{O}They took my son,{C} she said.\n")
        assert dict(quotes_of(text)).get("They took my son,") == f"{back}\u2019s mother", back
    # (near miss: a middle name the article never writes back with the surname stays out)
    text = ("Delia Maren Oakes, 33, was jailed on Monday.\n\nOakes admitted fraud.\n\n"
            f"Oakes\u2019s mother said she was heartbroken.\n\n{O}I failed her,{C} she said.\n")
    assert dict(quotes_of(text)).get("I failed her,") == "Oakes\u2019s mother"


def test_businesses_robbed_are_parties():
    kinds = party_kinds("Dorian Vesk, 41, was sentenced to 20 years on Tuesday.\n\n"
                        "Prosecutors said he robbed a Harbor Trust Bank branch in Elm Falls, a Zephyr branch in Oakdale, "
                        "a Lantern Savings Bank in Ridgeway and a Kessel store in Marbury between May and June.\n\n"
                        "He held up the Quickline Pharmacy on Main Street at gunpoint.\n")
    for body in ("Harbor Trust Bank", "Zephyr", "Lantern Savings Bank", "Kessel", "Quickline Pharmacy"):
        assert kinds.get(body) == "organization", (body, kinds)
    # (near miss: a business named beside no robbery is not made a party by this rule)
    kinds = party_kinds("Dorian Vesk, 41, was sentenced to 20 years on Tuesday.\n\n"
                        "Vesk once worked at a Marrow store in Elm Falls.\n")
    assert "Marrow" not in kinds

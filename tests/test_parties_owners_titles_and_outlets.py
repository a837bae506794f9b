"""Whose relative a "their" makes someone, what a title before a name is, and the story's own station: a "their" goes
back to a plural (a couple, a family), never to one person; a form of address is no role; a job title before a name
is no part of it; the outlet's call letters name no party. Short texts written for these tests."""
from __future__ import annotations

from builder.extract.parties import find_parties
from builder.sources import source_from_text


def parties_of(body: str, outlet: str = "Test News") -> dict[str, list[str]]:
    header = f"title: Murder sentencing\noutlet: {outlet}\ndate: 2025-05-01\n\n"
    return {p.name: p.roles for p in find_parties(source_from_text("a.txt", header + body))}


LEDE = "Dorian Kellow, 44, was sentenced Monday to life in prison for killing a retired couple.\n\n"


def test_their_relative_belongs_to_the_plural_never_to_the_defendant():
    for body in (
        "The Fenwicks had been married 50 years. Their daughter, Ada Moss, spoke at the hearing.\n",
        "The couple had two children. Their son Ivo Moss said Kellow should never be freed.\n",
        "The Fenby family sat behind prosecutors. Their eldest son, Ivo Moss, addressed Kellow.\n",
    ):
        roles = next(r for n, r in parties_of(LEDE + body).items() if n.endswith("Moss"))
        assert roles and not any("Kellow" in r for r in roles), (body, roles)
    # near-miss: a named couple owns the relative
    roles = parties_of("Dorian Kellow killed Ada and Tom Fenby. Their daughter, Rhea Fenby, testified.\n")["Rhea Fenby"]
    assert any("Fenby" in r for r in roles)


def test_a_form_of_address_is_no_role_and_a_job_title_is_no_part_of_the_name():
    parties = parties_of(LEDE + "The Rev. Dr. Amos Pellew, the church's pastor, led a prayer.\n")
    assert parties["Amos Pellew"] == ["the church's pastor"]
    parties = parties_of(LEDE + "Sister Ruth Amblethorpe, who taught at the school, attended the hearing.\n")
    assert not any(r.lower() in ("sister", "reverend") for r in parties["Ruth Amblethorpe"])
    parties = parties_of(LEDE + "Principal Dana Cortell wrote to parents that counselors would be available.\n")
    assert "Dana Cortell" in parties and "Principal Dana Cortell" not in parties
    # near-miss: an office before a name is still a role
    assert parties_of(LEDE + "Superintendent Lia Vargo said the district would review its rules.\n")["Lia Vargo"] == [
        "Superintendent"]


def test_the_stations_call_letters_are_no_party():
    for body in (
        "TOWSON, Md. (WKRB) \u2014 Dorian Kellow was charged with arson, police told WKRB.\n",
        "TOWSON, Md. (WKRB) \u2014 Dorian Kellow was charged with arson. A spokeswoman for WKRB said it stands by the story.\n",
        "TOWSON, Md. (WKRB) \u2014 WKRB 9 obtained documents showing Dorian Kellow was charged with arson.\n",
    ):
        assert not any(n.startswith("WKRB") for n in parties_of(body, "WKRB 9 News")), body
    # near-miss: another station's letters stay a party where it speaks
    assert "KQXT" in parties_of("Dorian Kellow was charged with arson. KQXT said Kellow had called it.\n", "WKRB 9 News")


def test_a_clause_after_the_appositive_is_no_role_and_a_students_year_marks_a_person():
    roles = parties_of("Dorian Kellow was charged.\n\nFor the parents of Mina Ostrander-Lee, a senior at Gale High School, the "
                       "arrest brought little comfort.\n")
    assert not any(r.startswith("the arrest") for rs in roles.values() for r in rs)
    assert "Teo Brandling" in parties_of("Dorian Kellow was charged.\n\nOhio State freshman Teo Brandling died after a party.\n")
    assert "Teo Brandling" in parties_of("Dorian Kellow was charged.\n\nFellow pledge Teo Brandling called 911.\n")
    # near-miss: a given name's family is no family named by the article
    assert "Teo family" not in parties_of("Dorian Kellow was charged in the death of Teo Brandling, 6.\n\nTeo's family said "
                                          "they were heartbroken.\n")


def test_a_town_named_only_after_a_place_preposition_and_a_model_year_product_are_no_people():
    from builder.extract.parties import find_parties
    from builder.sources import source_from_text

    text = ("title: Senator sentenced\ndate: 2025-06-04\n\nFormer state Sen. Everett Quell of Laurel Bend will spend 27 "
            "months in federal prison, a judge ruled.\n\nIda Crumm, a retired nurse from Ashwell Grove who gave to his "
            "campaigns, sat through the hearing. Many donors around Laurel Bend were angry.\n\nHe must forfeit a 2021 Sea "
            "Sprite bought with campaign funds. The jury heard from Ann Lorne, who said she saw the cash.\n")
    names = {p.name for p in find_parties(source_from_text("a.txt", text))}
    assert not names & {"Laurel Bend", "Ashwell Grove", "Sea Sprite"}  # ("Ashwell Grove" was a person before)
    assert {"Everett Quell", "Ida Crumm", "Ann Lorne"} <= names


def test_a_relative_coordinated_with_a_victim_is_that_victims_never_the_defendants():
    lede = "Corwin Blaise, 51, was sentenced Monday to life in prison.\n\n"
    parties = parties_of(lede + "Prosecutors said Blaise killed Hollis Redd and his 9-year-old granddaughter, Junie.\n")
    junie = next(n for n in parties if n.startswith("Junie"))
    assert "Blaise" not in junie and any("Redd" in r for r in parties[junie]), parties
    parties = parties_of(lede + "The judge barred any contact with Redd or his girlfriend, Marisol Tate.\n")
    assert any("Redd" in r for r in parties["Marisol Tate"]) and not any("Blaise" in r for r in parties["Marisol Tate"])
    parties = parties_of(lede + "Blaise shot Nadia Fosse and her husband, Emil Varga, outside their home.\n")
    assert any("Fosse" in r for r in parties["Emil Varga"]), parties
    # near-miss: the defendant coordinated with his own relative keeps her as his
    parties = parties_of(lede + "Blaise and his wife, Petra Lund, were both charged.\n")
    assert any("Blaise" in r for r in parties["Petra Lund"]), parties


def test_a_car_a_lake_and_a_numbered_venue_are_no_people():
    lede = "Corwin Blaise, 51, was charged Monday with leaving the scene of a fatal crash.\n\n"
    for body in ("Blaise drove off in a silver Nissan Altima, police said.\n", "Officers later found his Ford F-150 in a ditch.\n",
                 "The boat overturned on Possum Creek Reservoir after midnight.\n", "Divers searched Lake Tamsett for hours.\n"):
        assert set(parties_of(lede + body)) == {"Corwin Blaise"}, body
    parties = parties_of(lede + "Blaise had been drinking at the Eight Ball Lounge and the Two Sisters Saloon.\n")
    assert {"Eight Ball Lounge", "Two Sisters Saloon"} <= set(parties) and not {"Ball Lounge", "Sisters Saloon"} & set(parties)
    # near-miss: a person after "his" and a noun is still a person
    assert "Lena Ostby" in parties_of(lede + "Blaise drove his friend, Lena Ostby, a nurse, home that night.\n")

"""Round 69, speakers and parties: "the judge" meaning a judge titled Justice; a role opening the sentence whose
appositive name carries a title ("The trial judge, Justice Ann Roe, told him"); a court's holding on someone's
remarks ("ruling that Roe's remarks "…""); "the panel" that refers back to a panel the article introduced as an
appeal court's; a defendant's name never cut out of a double surname; and a cousin or nephew named after the one
sentenced, who is that defendant's relative, never the judge's. Short texts written for these tests."""
from __future__ import annotations

from builder.extract import find_parties
from builder.extract._defendant import find_defendant
from builder.sources import source_from_text
from tests.helpers import party_roles, speaker_in

LEDE = "MARBURY — A landlord whose stairway gave way was resentenced Monday in a tenant's death.\n\n"


def test_the_judge_is_the_judge_named_last_though_titled_justice():
    story = LEDE + "The first trial judge, Judge Perry Lindqvist, had given Corwin Ashby six years.\n\n" \
                   "Supreme Court Justice Odette Fairweather heard both sides. Fairweather cut the term to two years.\n\n" \
                   "\u201cThis term reflects what he did,\u201d the judge said.\n"
    assert speaker_in(story, "reflects what he did") == "Odette Fairweather"
    other = LEDE + "Judge Milo Brandt sentenced Corwin Ashby in 2022. An appeals court sent the case back.\n\n" \
                   "At the new hearing, Justice Helena Strand asked Ashby whether he understood.\n\n" \
                   "\u201cYou will serve every day of it,\u201d the judge told him.\n"
    assert speaker_in(other, "every day of it") == "Helena Strand"


def test_a_role_opening_the_sentence_with_a_titled_appositive_name_speaks():
    story = LEDE + "Superior Court Judge Odette Fairweather resentenced Corwin Ashby to two years.\n\n" \
                   "The original trial judge, Judge Perry Lindqvist, gave Ashby the maximum and told him that he had " \
                   "\u201cgambled with a jury and lost.\u201d\n"
    assert speaker_in(story, "gambled with a jury") == "Perry Lindqvist"
    other = LEDE + "Justice Renata Voigt resentenced Corwin Ashby on Monday.\n\n" \
                   "The first sentencing judge, Justice Amos Kittredge, warned Ashby at the time that he was " \
                   "\u201cout of second chances.\u201d\n"
    assert speaker_in(other, "out of second chances") == "Amos Kittredge"


def test_a_courts_holding_about_someones_remarks_is_the_courts():
    story = LEDE + "Judge Perry Lindqvist first sentenced Corwin Ashby to six years.\n\n" \
                   "In May, the Court of Appeals tossed the sentence, ruling that Lindqvist\u2019s remarks " \
                   "\u201csuggest the defendant was punished for going to trial.\u201d\n"
    assert speaker_in(story, "punished for going to trial") == "Court of Appeals"
    other = LEDE + "Superior Court Judge Odette Fairweather presided over the hearing for Corwin Ashby.\n\n" \
                   "The judge denied the request, finding that Ashby\u2019s letter \u201cshows no real remorse.\u201d\n"
    assert speaker_in(other, "no real remorse") == "Odette Fairweather"


def test_the_panel_referring_back_is_the_appeal_court_that_introduced_it():
    story = LEDE + "Last year, a panel of the state Appellate Division vacated the first sentence of Corwin Ashby.\n\n" \
                   "The panel pointed to remarks by the trial judge, Justice Perry Lindqvist.\n\n" \
                   "\u201cA court may not punish a defendant for going to trial,\u201d the panel wrote.\n"
    assert speaker_in(story, "may not punish") == "Appellate Division"
    other = LEDE + "In March, a three-judge panel of the 4th Circuit threw out the sentence of Corwin Ashby.\n\n" \
                   "The panel said the judge had relied on the wrong guideline. The panel sent the case back.\n\n" \
                   "\u201cThe error was not harmless,\u201d the panel wrote.\n"
    assert speaker_in(other, "not harmless") == "4th Circuit"


def test_a_defendants_name_is_never_the_front_of_a_double_surname():
    for text in ("Judge Ann Pell sentenced Ramiro Varga-Lind, 40, to 10 years and his brother Tadeo Varga, 31, to "
                 "five years. Varga-Lind pleaded guilty in May. Varga pleaded guilty in June. Varga-Lind ran the "
                 "scheme, prosecutors said. Varga drove the trucks.",
                 "A grand jury indicted Celia Montes-Arroyo, 52, and her sister Lidia Montes, 47, on fraud charges. "
                 "Montes-Arroyo pleaded guilty. Montes pleaded guilty too. Montes-Arroyo kept the books."):
        source = source_from_text("story.txt", "CALDER \u2014 " + text + "\n")
        name = find_defendant(source, find_parties(source)).name
        assert name in source.text and f"{name}-" not in source.text, name
        assert name in ("Ramiro Varga-Lind", "Celia Montes-Arroyo")  # (the one sentenced first, named in full)


def test_a_relative_after_the_sentenced_object_is_the_defendants_not_the_judges():
    story = "CALDER \u2014 Judge Ann Pell sentenced Ramiro Varga-Lind, 40, to 10 years in prison and his nephew " \
            "Tadeo Quiroz, 22, to two years. Varga-Lind ran the scheme. Quiroz drove the trucks.\n"
    assert party_roles(story)["Tadeo Quiroz"] == ["Varga-Lind\u2019s nephew"]
    other = "CALDER \u2014 A federal judge, Bo Tenney, ordered Celia Montes-Arroyo to prison for six years and her " \
            "cousin Lidia Ferro to probation. Montes-Arroyo kept the books. Ferro signed the checks.\n"
    assert party_roles(other)["Lidia Ferro"] == ["Montes-Arroyo\u2019s cousin"]


def test_a_role_runs_on_past_an_abbreviated_title_before_a_name():
    aide = "CALDER \u2014 A former campaign aide was sentenced Friday for stealing campaign funds.\n\n" \
           "Nora Bexley, a former spokeswoman for Ohio state Rep. Walt Prine, will serve two years in prison. " \
           "Bexley wept.\n"
    assert "Prine" in party_roles(aide)["Nora Bexley"][0]
    driver = "CALDER \u2014 Ilse Varner, the longtime driver for Gov. Ada Quist, pleaded guilty Monday to fraud.\n"
    assert "Quist" in party_roles(driver)["Ilse Varner"][0]

"""Round 78, terms and charges: a court-martial's counts told as "specifications"; a driving offence whose vehicle takes
two words before "while"; a place between the plea and its "to"; a count told with the statute it breaks, in apposition or
with "in violation of", and the list going on after that apposition; an area's "crimes" named as the count; a lede's
"felony X" restating the graded count; a length "for each of" the deaths; Wisconsin's "initial confinement" over a lede's
"in prison"; Minnesota's stay of imposition; forfeited property with the use it was put to."""
from __future__ import annotations

from tests.helpers import facts_of, sentencing_of


def _terms(*paragraphs: str) -> dict:
    return {t.text: t for t in sentencing_of("Judge Ines Corvo presided over the hearing.", *paragraphs,
                                              published="2025-03-12", title="Arbury case").terms}


def _charges(body: str) -> list[tuple[str, str]]:
    return [(c.text, c.status) for c in facts_of(f"title: Court case\noutlet: Test Wire\ndate: 2025-03-12\n\n{body}\n").sentencing.charges]


def test_counts_told_as_specifications():
    charges = _charges("Pvt. Marco Delane pleaded guilty to two specifications of wrongful distribution of methamphetamine "
                       "and one specification of wrongful use of cocaine.")
    assert ("wrongful distribution of methamphetamine", "pleaded guilty") in charges
    assert ("wrongful use of cocaine", "pleaded guilty") in charges
    charges = _charges("Seaman Lio Brandt pleaded guilty to one specification of larceny.")
    assert ("larceny", "pleaded guilty") in charges


def test_the_list_goes_on_after_the_statute_each_count_breaks():
    charges = _charges("Pvt. Marco Delane pleaded guilty to two specifications of wrongful distribution of methamphetamine, "
                       "all violations of Article 112a of the Uniform Code of Military Justice, as well as one specification "
                       "of desertion under Article 85.")
    assert ("wrongful distribution of methamphetamine", "pleaded guilty") in charges
    assert ("desertion", "pleaded guilty") in charges
    charges = _charges("Nadia Ferro pleaded guilty to bank fraud, a violation of federal law, and to lying to federal "
                       "investigators who interviewed her.")
    assert ("bank fraud", "pleaded guilty") in charges
    assert ("lying to federal investigators", "pleaded guilty") in charges
    assert all(not text.startswith("to ") for text, _ in charges)


def test_a_deed_told_with_the_statute_it_breaks_is_the_count():
    charges = _charges("Nadia Ferro, 41, had pleaded guilty in May to willfully retaining classified documents, a violation "
                       "of the Espionage Act, and to lying to investigators.")
    assert ("willfully retaining classified documents", "pleaded guilty") in charges
    assert ("lying to investigators", "pleaded guilty") in charges
    charges = _charges("Gil Marrow pleaded guilty to conspiring to fix prices in violation of the Sherman Act.")
    assert any(text.startswith("conspiring to fix prices") for text, _ in charges)
    charges = _charges("Ana Pell pleaded guilty to conspiring to rig bids in violation of federal antitrust law.")
    assert any(text.startswith("conspiring to rig bids") for text, _ in charges)


def test_an_areas_crimes_named_as_the_count():
    assert ("computer crimes", "pleaded guilty") in _charges("Dov Hirsch pleaded guilty to two counts of computer crimes.")
    assert ("computer crimes", "convicted") in _charges("A jury convicted Dov Hirsch of computer crimes and forgery.")
    # (which crimes or how many is no offence's name)
    assert not any(text in ("violent crimes", "the crimes") for text, _ in
                   _charges("Dov Hirsch was convicted of violent crimes in 2010 and of the crimes again in 2015."))


def test_a_vehicle_of_two_words_before_while():
    charges = _charges("Harlan Voss pleaded guilty on Monday to operating a common carrier while under the influence of alcohol.")
    assert ("operating a common carrier while under the influence of alcohol", "pleaded guilty") in charges
    charges = _charges("Harlan Voss pleaded guilty to operating a motor vehicle while under the influence of drugs.")
    assert ("operating a motor vehicle while under the influence of drugs", "pleaded guilty") in charges
    charges = _charges("Lena Ostby was convicted of piloting a commercial aircraft while intoxicated.")
    assert ("piloting a commercial aircraft while intoxicated", "convicted") in charges


def test_a_long_place_between_the_plea_and_its_to():
    charges = _charges("Senior Airman Tessa Gorvin, 23, pleaded guilty at a general court-martial at Fort Kellam Air Force "
                       "Base in Dayton to wrongful use of a controlled substance and conspiracy to distribute.")
    assert ("wrongful use of a controlled substance", "pleaded guilty") in charges
    assert ("conspiracy to distribute", "pleaded guilty") in charges
    charges = _charges("Ruben Atwell pleaded guilty in U.S. District Court for the Western District of Lower Pembrook to bank fraud.")
    assert ("bank fraud", "pleaded guilty") in charges


def test_a_ledes_felony_class_gives_way_to_the_graded_count():
    charges = _charges("A hockey coach pleaded guilty Tuesday to felony assault for striking a referee.\n\n"
                       "Nils Oberg, 44, entered the plea to third-degree assault in Ramsey County District Court.")
    assert ("third-degree assault", "pleaded guilty") in charges
    assert ("felony assault", "pleaded guilty") not in charges
    charges = _charges("Mara Quist pleaded guilty to felony theft.")
    assert ("felony theft", "pleaded guilty") in charges  # said alone, it is the only wording


def test_a_length_for_each_of_the_deaths():
    terms = _terms("Corvo ordered Tam Wexley to serve 9 years for each of the three deaths, back to back.")
    assert "9 years for each of the three deaths" in terms and "9 years" not in terms
    terms = _terms("Corvo sentenced Tam Wexley to six years for each of the two victims.")
    assert "six years for each of the two victims" in terms


def test_initial_confinement_over_a_ledes_in_prison():
    terms = _terms("Tam Wexley will spend six years in prison.",
                   "Corvo on Friday sentenced Tam Wexley, 44, of Lodi, to six years of initial confinement followed by four "
                   "years of extended supervision.")
    assert "six years of initial confinement" in terms and terms["six years of initial confinement"].status == "imposed"
    assert "four years of extended supervision" in terms
    terms = _terms("Rob Sayre will serve three years in prison for the thefts.",
                   "Corvo sentenced Sayre to three years of initial confinement and five years of extended supervision.")
    assert "three years of initial confinement" in terms


def test_a_stay_of_imposition_is_a_term():
    terms = _terms("Corvo sentenced Tam Wexley to 30 days in jail. She granted a stay of imposition, meaning the conviction "
                   "will be recorded as a misdemeanor if he completes probation.")
    assert terms["a stay of imposition"].status == "imposed"
    terms = _terms("Corvo granted Tam Wexley a stay of adjudication and placed him on probation for two years.")
    assert terms["a stay of adjudication"].status == "imposed"
    terms = _terms("Corvo gave Tam Wexley a stay of execution of a 36-month prison sentence.")
    assert "a stay of execution of a 36-month prison sentence" in terms
    # (a death warrant's or an appeal's stay is no sentence)
    assert not _terms("The state Supreme Court granted Tam Wexley a stay of execution on Monday.")


def test_forfeited_property_with_the_use_it_was_put_to():
    terms = _terms("Corvo sentenced Tam Wexley to 40 months in prison and ordered him to forfeit the truck and two rifles "
                   "he used in the robbery.")
    assert "forfeit the truck and two rifles he used in the robbery" in terms
    terms = _terms("Corvo sentenced Ivy Lund to a year in prison and ordered her to forfeit a tablet, a camera and the "
                   "drone she used to film the base.")
    assert "forfeit a tablet, a camera and the drone she used to film the base" in terms
    # (how it was bought is its story, not which property)
    terms = _terms("Corvo sentenced Ivy Lund to a year in prison and ordered her to forfeit the boat she bought with the proceeds.")
    assert "forfeit the boat" in terms


def test_the_guidelines_norm_for_an_indefinite_offender_is_no_term():
    terms = _terms("Tam Wexley pleaded guilty to theft. Under state guidelines, a first-time offender would ordinarily "
                   "receive a stayed sentence and probation.")
    assert not any("stayed sentence" in text for text in terms)
    terms = _terms("Tam Wexley pleaded guilty to burglary. Someone with no prior record would typically get 90 days in jail.")
    assert "90 days in jail" not in terms
    # (the defendant's own term stays)
    terms = _terms("Corvo sentenced Tam Wexley to 90 days in jail, though a first-time offender would typically get probation.")
    assert "90 days in jail" in terms


def test_a_count_called_by_its_statute_alone_is_no_offence():
    charges = _charges("Nadia Ferro pleaded guilty to retaining classified documents, a violation of the Espionage Act. "
                       "The judge imposed 40 months on the Espionage Act count.")
    assert not any(text.endswith("Espionage Act") for text, _ in charges)
    charges = _charges("The judge gave Gil Marrow 30 months on the Sherman Act count and 12 months on the perjury count.")
    assert not any(text.endswith("Sherman Act") for text, _ in charges)

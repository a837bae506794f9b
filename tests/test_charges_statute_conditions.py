"""An offence's statutory condition ("while adversely affected by ...", "while on bail", "while carrying a knife")
belongs to its name, and the name's length limit does not count it: Australian driving offences run to 14 words
with it. A "while" that opens a clause about something else still ends the offence. All texts invented."""
from __future__ import annotations

from tests.helpers import wire_charges


def test_a_long_statutory_name_keeps_its_condition():
    assert wire_charges("Tobin Reece, 26, pleaded guilty to dangerous operation of a vehicle causing death while adversely "
                        "affected by an intoxicating substance.") == [
        "dangerous operation of a vehicle causing death while adversely affected by an intoxicating substance"]
    assert wire_charges("Tobin Reece, 26, pleaded guilty to dangerous operation of a vehicle causing death and grievous "
                        "bodily harm while adversely affected by an intoxicating substance.") == [
        "dangerous operation of a vehicle causing death and grievous bodily harm while adversely affected by an "
        "intoxicating substance"]


def test_conditions_of_bail_and_weapons():
    assert wire_charges("Marla Quint, 33, admitted burglary while on bail and robbery while carrying a knife.") == [
        "burglary while on bail", "robbery while carrying a knife"]


def test_a_while_clause_about_something_else_ends_the_offence():
    assert wire_charges("Marla Quint, 33, pleaded guilty to assault while her family watched from the gallery.") == ["assault"]
    assert wire_charges("Marla Quint, 33, pleaded guilty to theft while her lawyer spoke for her.") == ["theft"]

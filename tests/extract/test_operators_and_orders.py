"""Written for these tests (a satellite order): the class a later mention's head noun states beats the model's
guess for the first ("Halcyon Satellites orders ... The satellite operator Halcyon Satellites": a company, not
a place; entities._typed_again), trade words ending a company's name (lexicon COMPANY_NAME_WORDS: "Satellites",
"Capital"), "the investment fund X", and the names set beside a plural class noun ("ordered two satellites,
Halcyon-7 and Halcyon-8, from X": both; Context.refs)."""

from __future__ import annotations

from ..helpers import classes_of, triples

ORDER = ("Halcyon Satellites orders two satellites from Vexel Aerospace\n\n"
         "The satellite operator Halcyon Satellites has ordered two telecommunications satellites, Halcyon-7 and "
         "Halcyon-8, from the manufacturer Vexel Aerospace. The contract was signed by Halcyon's chief executive, "
         "Marta Lindqvist. Halcyon Satellites is owned by the investment fund Nordkap Capital.")


def test_the_operator_is_a_company_throughout(read):
    got = read(ORDER)
    assert classes_of(got, "Halcyon Satellites") == {"Company"}, classes_of(got, "Halcyon Satellites")
    assert ("Marta Lindqvist", "headOf", "Halcyon Satellites") in triples(got), triples(got)


def test_the_investment_fund_is_a_company(read):
    assert classes_of(read(ORDER), "Nordkap Capital") == {"Company"}


def test_both_satellites_set_beside_the_noun_are_ordered_from_the_maker(read):
    found = triples(read(ORDER))
    assert {("Halcyon-7", "providedBy", "Vexel Aerospace"), ("Halcyon-8", "providedBy", "Vexel Aerospace")} <= found


def test_the_two_satellites_are_the_two_named_before(read):
    found = triples(read("Halcyon ordered two satellites, Halcyon-7 and Halcyon-8, from Vexel Aerospace. The two "
                         "satellites will be launched in 2029 on an Ariane 6 rocket."))
    assert {("Halcyon-7", "launchVehicle", "Ariane 6"), ("Halcyon-8", "launchVehicle", "Ariane 6")} <= found, found


def test_two_satellites_with_one_named_before_are_none(read):
    found = triples(read("ESA launched Kestrel-1 in May. The two satellites will be launched in 2029."))
    assert not any(s == "Kestrel-1" and p == "launchVehicle" for s, p, _ in found)
    assert sum(1 for s, p, o in found if p == "participant" and o == "Kestrel-1") == 1, found


def test_an_orbital_position_is_no_place_and_serving_no_event(read):
    got = read("Halcyon-7 will be placed at 13 degrees East and will replace Halcyon-3, which has served customers "
               "in Europe since 2012.")
    assert "East" not in {e.label for e in got.entities.values()}
    assert not any("Event" in e.classes for e in got.entities.values()), [e.label for e in got.entities.values()]

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


def test_companies_set_beside_a_plural_noun_make_no_pair(read):
    found = triples(read("ESA signed contracts with two companies, Orbix and Vexel, on Monday."))
    assert ("Orbix", "partnerOf", "Vexel") not in found and ("Vexel", "partnerOf", "Orbix") not in found, found

"""The other party of "a contract worth €480 million with X" (the parser hangs "with" on "worth") signs it
(rules/gatherings._with_after_amount); a craft's module supplied for the one craft in view is its part ("with
Nordavia supplying the propulsion module": rules/parts_in_view.py, lexicon MODULE_NOUNS). Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import triples

_DAY = dt.date(2026, 3, 14)


def test_the_party_after_worth_signs(read):
    got = triples(read("Nordavia Space has signed a contract worth €80 million with the Orvik Space Agency to build "
                       "the Vela-3 satellite.", date=_DAY))
    deals = {s for s, p, o in got if p == "signatory" and o == "Nordavia Space"}
    assert deals and any((d, "signatory", "Orvik Space Agency") in got for d in deals), got


def test_a_module_supplied_for_the_craft_in_view(read):
    got = triples(read("Nordavia Space will build the Vela-3 satellite. It will be assembled in Bremen, with Kestrel "
                       "Systems supplying the propulsion module.", date=_DAY))
    modules = {s for s, p, o in got if p == "providedBy" and o == "Kestrel Systems"}
    assert modules and any((m, "partOf", "Vela-3") in got for m in modules), got
    assert ("Kestrel Systems", "contributesTo", "Vela-3") in got, got


def test_a_module_with_an_owner_is_left_alone(read):
    got = triples(read("Nordavia Space will build the Vela-3 satellite. Kestrel Systems will supply the propulsion "
                       "module of the Orsa probe.", date=_DAY))
    assert not any(p == "partOf" and o == "Vela-3" for s, p, o in got), got

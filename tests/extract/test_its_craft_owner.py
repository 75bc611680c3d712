""""its" that owns a craft ("its Nordlys-2 satellite", "its probe") stands for a body that runs craft, not for the
town or country a participle set between them ("Polarcom, based in Oslo, placed its Nordlys-2 satellite in safe
mode": Polarcom's) (antecedents: a craft's owner is an organization when one fits). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, owner", [
    ("Polarcom, based in Oslo, placed its Nordlys-2 satellite in safe mode.", "Nordlys-2", "Polarcom"),
    ("The operator Polarcom, based in Tromsø, Norway, placed its Nordlys-2 satellite in safe mode.", "Nordlys-2",
     "Polarcom"),
    ("Polarcom, a company based in Tromsø, Norway, moved its Nordlys-2 satellite to a higher orbit.", "Nordlys-2",
     "Polarcom"),
])
def test_its_craft_is_the_bodys(read, text, craft, owner):
    got = triples(read(text))
    assert (craft, "operatedBy", owner) in got, got


def test_no_body_no_operator(read):
    got = triples(read("Kourou welcomed its first rocket in 1968."))
    assert not any(p == "operatedBy" for _, p, _ in got), got

"""Lists of parts, each with its provider ("a camera from DLR, a spectrometer from CNES and a radar from ASI"):
every item is a part, and each provider is its own item's, on sentences written for them."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _parts(facts, craft):
    return {s for s, p, o in facts if p == "partOf" and o == craft}


def _providers(x) -> dict[str, set[str]]:
    """Each described part's head word (its label's last word before "of") → its providers."""
    ents = x.entities
    out: dict[str, set[str]] = {}
    for r in x.relations:
        if r.predicate == "providedBy":
            head = ents[r.subject].label.split(" of ")[0].split(" [")[0].split()[-1]
            out.setdefault(head, set()).add(ents[r.object].label)
    return out


@pytest.mark.parametrize("text, expected", [
    ("The Kestrel spacecraft carries a camera from DLR, a spectrometer from CNES and a radar from ASI.",
     {"camera": {"DLR"}, "spectrometer": {"CNES"}, "radar": {"ASI"}}),
    ("The Lyra orbiter carries an altimeter built by Thales Alenia Space, a radiometer from the University of "
     "Bern, and a magnetometer provided by Airbus.",
     {"altimeter": {"Thales Alenia Space"}, "radiometer": {"University of Bern"},
      "magnetometer": {"Airbus"}}),
    ("The Vela probe carries a camera from DLR and a spectrometer from CNES.",
     {"camera": {"DLR"}, "spectrometer": {"CNES"}}),
])
def test_rules_each_part_has_its_own_provider(read, text, expected):
    x = read(text)
    assert _providers(x) == expected, triples(x)


@pytest.mark.parametrize("text, craft, n", [
    ("The Kestrel spacecraft carries a camera from DLR, a spectrometer from CNES and a radar from ASI.", "Kestrel", 3),
    ("The Lyra orbiter carries an altimeter built by Thales Alenia Space, a radiometer from the University of "
     "Bern, and a magnetometer provided by Airbus.", "Lyra", 3),
])
def test_rules_every_item_of_the_list_is_a_part(read, text, craft, n):
    facts = triples(read(text))
    assert len(_parts(facts, craft)) == n, facts


def test_rules_a_real_apposition_of_the_provider_stays_one(read):
    """"built by Tessera, a company in Turin," describes the company: two parts, not three."""
    facts = triples(read("The Kestrel spacecraft carries a camera built by Tessera, a company in Turin, and a "
                         "spectrometer from CNES."))
    assert len(_parts(facts, "Kestrel")) <= 2, facts

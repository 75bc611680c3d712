"""Who made a thing, and what is not a part of it:

- a passive without an agent of its own has no giver ("He said the satellite will be handed over to X":
  "he" did not provide the satellite);
- a facility the knowledge base says an organization runs, as the agent of a making verb ("developed by
  the Space Applications Centre"), stands for that organization (a provider is an agent);
- a centre the text names that develops or designs something is a body;
- "a repeat / follow-on / backup satellite of X" is X's kin, not its part."""

import pytest


def _facts(ex):
    label = {k: e.label.split(" [")[0].split(" (")[0] for k, e in ex.entities.items()}
    return {(label[r.subject], r.predicate, label[r.object]) for r in ex.relations}


def test_a_passive_without_its_own_agent_has_no_giver(read):
    facts = _facts(read("Lena Varga is the head of the Korvan Space Agency. She said that the Tessa satellite will be "
                        "handed over to the Orvik Remote Sensing Agency in June."))
    assert ("Tessa", "deliveredTo", "Orvik Remote Sensing Agency") in facts
    assert not any(s == "Tessa" and p == "providedBy" for s, p, _ in facts)


def test_an_active_giver_still_provides(read):
    assert ("Tessa", "providedBy", "OHB") in _facts(read("OHB delivered the Tessa satellite to ESA on 3 May."))


@pytest.mark.parametrize("text, fact", [
    ("The Tessa satellite carries a radar developed by the Space Applications Centre in Ahmedabad. ISRO will "
     "operate it.", ("radar of Tessa", "providedBy", "ISRO")),
    ("The Vireo camera was designed by the Goddard Space Flight Center for NASA.", ("Vireo", "providedBy", "NASA")),
])
def test_a_known_facility_that_makes_stands_for_its_operator(read, text, fact):
    assert fact in _facts(read(text))


@pytest.mark.parametrize("text, centre", [
    ("The Vireo camera was designed by the Orvik Optics Centre.", "Orvik Optics Centre"),
    ("The Tessa radar was developed by the Halden Microwave Centre.", "Halden Microwave Centre"),
])
def test_a_centre_that_designs_or_develops_is_a_body(read, text, centre):
    assert any(p == "providedBy" and o == centre for _, p, o in _facts(read(text)))


@pytest.mark.parametrize("text", [
    "EOS-12 is a repeat satellite of EOS-08.",
    "Tessa-2 is a follow-on satellite of Tessa-1.",
    "Tessa-B is the backup satellite of Tessa-A.",
])
def test_a_craft_of_the_same_kind_is_kin_not_part(read, text):
    assert not any(p == "partOf" for _, p, _ in _facts(read(text)))


def test_a_satellite_of_a_constellation_is_still_its_part(read):
    assert ("Tessa-2", "partOf", "Vireo") in _facts(read("Tessa-2 is the third satellite of the Vireo constellation."))

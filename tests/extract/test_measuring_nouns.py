"""Instruments named by what they measure with: counters, and probes that measure (a plasma or
Langmuir probe, a heat-flow probe) are instruments, while a "probe" alone is still a space probe."""

import pytest


def _facts(ex):
    return {(ex.entities[r.subject].label, r.predicate, ex.entities[r.object].label) for r in ex.relations}


def _classes(ex, word):
    return [e.classes for e in ex.entities.values() if word in e.label]


@pytest.mark.parametrize("text, noun, provider, craft", [
    ("JAXA supplied a dust counter for the Kestrel orbiter.", "dust counter", "JAXA", "Kestrel"),
    ("The Tessa satellite carries a particle counter supplied by CNES.", "particle counter", "CNES", "Tessa"),
    ("CNES provided a plasma probe for the Halvard mission.", "plasma probe", "CNES", "Halvard"),
    ("DLR delivered a temperature probe for the Freya satellite.", "temperature probe", "DLR", "Freya"),
])
def test_a_measuring_device_is_an_instrument_of_the_craft_with_its_provider(read, text, noun, provider, craft):
    ex = read(text)
    assert _classes(ex, noun) == [{"Instrument"}]
    facts = _facts(ex)
    part = next(label for label, p, o in facts if p == "providedBy" and o == provider)
    assert noun in part and (part, "partOf", craft) in facts


def test_a_heat_flow_probe_is_an_instrument(read):
    ex = read("The heat flow probe, built by DLR, will measure the temperature below the surface.")
    assert _classes(ex, "heat flow probe") == [{"Instrument"}]
    assert any(p == "providedBy" and o == "DLR" for _, p, o in _facts(ex))


def test_a_probe_alone_is_still_a_space_probe(read):
    ex = read("The probe Vesper reached Venus on 2 April after a cruise of four years.")
    assert {"Probe"} in _classes(ex, "Vesper")

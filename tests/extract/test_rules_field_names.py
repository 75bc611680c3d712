"""dep:name-across-field and the climb over field words in names.class_noun_above, on sentences written for them."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text", [
    "The Kestrel Earth observation satellite was launched on 3 March.",
    "ESA launched the Kestrel climate monitoring satellite on 3 March.",
    "The Kestrel radar imaging satellite was launched on 3 March.",
    "The Kestrel ocean observation satellite was launched on 3 March.",
])
def test_field_names_keep_the_craft_and_its_launch(read, text):
    result = read(text)
    assert "Satellite" in classes_of(result, "Kestrel"), [e.label for e in result.entities.values()]
    facts = triples(result)
    assert any(p == "participant" and o == "Kestrel" and s.startswith("launch") for s, p, o in facts), facts


@pytest.mark.parametrize("text, craft", [
    ("ESA launched the Sentinel-9C radar satellite on 3 March.", "Sentinel-9C"),
    ("The Sentinel-8D lidar satellite was launched on 3 March.", "Sentinel-8D"),
])
def test_field_names_an_instrument_noun_before_the_craft_noun(read, text, craft):
    """A series whose members are satellites and instruments (the Sentinels) gives a new member no class; the
    instrument's noun before "satellite" ("radar") is what the craft carries, not the name's class noun."""
    result = read(text)
    assert classes_of(result, craft) == {"Satellite"}, [(e.label, e.classes) for e in result.entities.values()]
    assert any(p == "participant" and o == craft for _, p, o in triples(result))


def test_field_names_the_field_is_no_name(read):
    result = read("The Kestrel Earth observation satellite was launched on 3 March.")
    assert not classes_of(result, "Kestrel Earth"), [e.label for e in result.entities.values()]


def test_field_names_a_name_before_a_name_is_no_field(read):
    """"the NASA Kestrel mission": NASA stays an agency, its mission is Kestrel."""
    result = read("The NASA Kestrel mission was launched on 3 March.")
    assert "Mission" not in classes_of(result, "NASA") and "Mission" in classes_of(result, "Kestrel")


@pytest.mark.parametrize("text", [
    "CSA will build the Tarn robotic arm for the Gateway station.",
    "CSA will provide the Tarn robotic arm for the Gateway station.",
])
def test_field_names_a_known_station_keeps_its_class_word(read, text):
    """"the Gateway station": "station" alone would be a facility on the ground; after a space station's
    name it is the station."""
    facts = triples(read(text))
    assert {("Tarn", "partOf", "Lunar Gateway"), ("CSA", "contributesTo", "Lunar Gateway")} <= facts, facts


def test_field_names_a_ground_station_stays_a_facility(read):
    facts = triples(read("CSA will build the Tarn antenna for the Inuvik ground station."))
    assert not any(p == "partOf" for _, p, _ in facts), facts

"""A part that comes from a body (lexicon ORIGIN_VERBS) is provided by it; a part a body supplies for the
craft just told of is that craft's, named or not (rules/origins.py, rules/parts_in_view.py)."""

import pytest


def _facts(ex):
    label = {k: e.label.split(" [")[0] for k, e in ex.entities.items()}
    return {(label[r.subject], r.predicate, label[r.object]) for r in ex.relations}


@pytest.mark.parametrize("text, fact", [
    ("A plasma probe, Skadi, comes from the University of Bergen.", ("Skadi", "providedBy", "University of Bergen")),
    ("The Lumen spectrometer comes from the Institute of Space Research in Berlin.",
     ("Lumen", "providedBy", "Institute of Space Research")),
    ("The Tessa satellite carries a camera and a radar. The radar comes from ASI.",
     ("radar of Tessa", "providedBy", "ASI")),
    ("The star tracker, Orla, comes from Vindel Optics.", ("Orla", "providedBy", "Vindel Optics")),
])
def test_a_part_comes_from_its_provider(read, text, fact):
    assert fact in _facts(read(text))


@pytest.mark.parametrize("text", [
    "The samples come from the Moon.",
    "The rocket came from French Guiana.",
    "Most of the funding comes from ESA.",
])
def test_what_comes_from_a_place_or_is_no_part_has_no_provider(read, text):
    assert not any(p == "providedBy" for _, p, _ in _facts(read(text)))


@pytest.mark.parametrize("text, part, craft, giver", [
    ("The Halvard mission carries four instruments. DLR contributes the Lumen magnetometer.",
     "Lumen", "Halvard", "DLR"),
    ("The Skarv satellite will map sea ice. Canada is contributing the radar antenna.",
     "radar antenna of Skarv", "Skarv", "Canada"),
    ("The Tessa satellite will study the solar wind from 2028. The Polish Space Agency supplies the Orla particle "
     "counter.",
     "Orla", "Tessa", "Polish Space Agency"),
])
def test_a_part_supplied_for_the_craft_in_view_is_its_part(read, text, part, craft, giver):
    facts = _facts(read(text))
    assert (part, "partOf", craft) in facts and (giver, "contributesTo", craft) in facts


@pytest.mark.parametrize("text", [
    # the part was told of before: not new to the text, it may belong to another craft
    "The Skarv satellite will map sea ice. The Lumen magnetometer flew on Tessa in 2019. DLR contributes the "
    "Lumen magnetometer.",
    # an owner's name in the phrase, not the part's
    "The Skarv satellite will map sea ice. ESA provides the ESA camera.",
])
def test_a_part_known_before_or_owned_is_not_taken_for_the_craft_in_view(read, text):
    assert not any(p == "partOf" and o == "Skarv" for _, p, o in _facts(read(text)))


@pytest.mark.parametrize("text, countries", [
    ("The Tessa satellite carries six international payloads from Egypt, Bahrain and Thailand.",
     {"Egypt", "Bahrain", "Thailand"}),
    ("The Tessa satellite carries a camera from Egypt and a radar from Italy.", {"Egypt", "Italy"}),
    ("The Vireo probe will carry instruments from Norway and Chile.", {"Norway", "Chile"}),
])
def test_a_part_from_a_country_is_its_contribution_to_the_craft(read, text, countries):
    facts = _facts(read(text))
    craft = "Tessa" if "Tessa" in text else "Vireo"
    assert {s for s, p, o in facts if p == "contributesTo" and o == craft} == countries
    assert not any(p == "providedBy" and o in countries for _, p, o in facts)


def test_samples_from_a_body_make_no_contribution(read):
    assert not any(p == "contributesTo" for _, p, _ in _facts(read("The Tessa probe carries samples from the Moon.")))

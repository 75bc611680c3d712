"""A built thing "from" an organization is a thing that organization provides, whatever verb holds the noun
("the cargo includes a plant growth experiment from X"); a country, a body of the sky or a thing of no built
class "from" a body says nothing of a provider (rules/provided_from.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, thing, org", [
    ("The cargo includes a plant growth experiment from the University of Leeds.", "plant growth experiment",
     "University of Leeds"),
    ("Among the payloads is a camera from Tamura Optics.", "camera", "Tamura Optics"),
    ("The supplies include a radiation detector from the Kestrel Institute and fresh food.", "radiation detector",
     "Kestrel Institute"),
])
def test_built_thing_from_org_is_provided_by_it(read, text, thing, org):
    found = triples(read(text))
    assert any(s.startswith(thing) and p == "providedBy" and o == org for s, p, o in found), found


@pytest.mark.parametrize("text", [
    "The rover will collect samples from Mars.",
    "The station received a visit from the Kestrel Institute.",
    "The cargo includes a detector from Italy.",
    "The crew read a letter from the Kestrel Institute.",
])
def test_no_provider_from_places_or_things_not_built(read, text):
    found = triples(read(text))
    assert not any(p == "providedBy" for s, p, o in found), found

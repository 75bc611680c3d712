"""A named site on another world stops before "on" its world: "Sorrento Crater on Mars" is the crater and
Mars, not one name the model stretched over both (and so dropped, for the known Mars inside it); a name whose
word before "on" is no place noun ("the Nordvik Commission on Space Research") keeps its "on" (mentions.py). Sentences
written for these tests."""

from __future__ import annotations

import pytest


def _labels(x) -> set[str]:
    return {e.label for e in x.entities.values() if e.named}


@pytest.mark.parametrize("text, site", [
    ("The Talon rover drove into Sorrento Crater on Mars on 9 May.", "Sorrento Crater"),
    ("The Vireo rover crossed Marlo Basin on Mars last year.", "Marlo Basin"),
])
def test_a_site_on_mars_is_named_apart_from_mars(read, text, site):
    assert {site, "Mars"} <= _labels(read(text)), _labels(read(text))


def test_a_commission_on_a_field_keeps_its_on(read):
    x = read("Officials of the Nordvik Commission on Space Research met in Oslo.")
    assert "Nordvik Commission on Space Research" in _labels(x), _labels(x)

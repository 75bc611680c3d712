"""An unknown lone name that conducts, performs, runs or carries out a test or a firing is a body (lexicon
``TRANSITIVE_SUBJECTS``), which takes part in the test; a test site's "test" is no test told of. On sentences
written for this test."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, body", [
    ("Orbix conducted a hot-fire test of its engine on 4 March 2026.", "Orbix"),
    ("Velmar carried out a drop test of the capsule on 4 March 2026.", "Velmar"),
    ("Tarnis performed a vibration test of the satellite on 4 March 2026.", "Tarnis"),
])
def test_who_conducts_a_test_is_a_body_that_takes_part(read, text, body):
    result = read(text)
    assert "Organization" in classes_of(result, body), [(e.label, e.classes) for e in result.entities.values()]
    assert any(p == "participant" and o == body for _, p, o in triples(result))


def test_the_test_is_the_one_told_of_not_the_test_site(read):
    got = triples(read("Orvik Space completed a hot-fire test of its Helix engine at the Halden test site on 4 March "
                       "2026. The test was supported by the Luxembourg Space Agency."))
    tests = {s for s, p, o in got if p == "participant" and o == "Orvik Space"}
    assert any((t, "participant", "Luxembourg Space Agency") in got for t in tests), got

"""A capsule that came back, opened with no one named ("the capsule was opened in a clean room on 15 December"): an
event of its own, as its recovery is (lexicon HANDLE_VERBS). A site opened is not changed by it. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, thing", [
    ("The capsule was opened in a clean room at the Sagamihara Campus on 15 December.", "capsule"),
    ("The return capsule of Tarvos was opened at the curation facility on 20 June.", "return capsule"),
])
def test_an_opened_capsule_is_an_event(read, text, thing):
    found = triples(read(text))
    assert any(s.startswith("open") and p == "participant" and o.startswith(thing) for s, p, o in found), found


def test_an_opened_centre_with_its_opener_is_unchanged(read):
    found = triples(read("ESA opened a new office in Tokyo on 3 May."))
    assert any(s.startswith("open") and p == "participant" and o == "ESA" for s, p, o in found), found

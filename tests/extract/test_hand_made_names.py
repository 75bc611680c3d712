"""A plain word's name that a named maker builds, assembles, constructs, integrates or manufactures (lexicon
``HANDS_ON_MAKING_VERBS``) is a made thing, a craft unless something else types it (doing._hand_made; session 36):
"Argo was built by OHB" (before: untyped, and so left out with its maker). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, thing, maker", [
    ("Argo was built by OHB.", "Argo", "OHB"),
    ("Orbix assembled Argo in Turin.", "Argo", "Orbix"),
    ("Kestrel and Lyra were built by OHB.", "Lyra", "OHB"),
])
def test_a_name_made_by_a_maker_is_a_craft_it_provides(read, text, thing, maker):
    got = read(text)
    assert "Spacecraft" in classes_of(got, thing)
    assert (thing, "providedBy", maker) in triples(got)


@pytest.mark.parametrize("text, name", [
    ("Argo was built in 2019.", "Argo"),  # no maker named: nothing says what was built
    ("Argo was developed by OHB.", "Argo"),  # developed: a mission or a craft, the verb does not say
])
def test_without_a_maker_or_a_making_by_hand_the_name_stays_untyped(read, text, name):
    assert "Spacecraft" not in classes_of(read(text), name)

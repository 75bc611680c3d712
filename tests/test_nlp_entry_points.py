"""The plugins' entry points as ``nlp.load_model`` gives them to spaCy's registries (``catalogue``): indexed by
group, each group's the same entry points in the same order as ``select(group=...)`` finds them (issue 17: the
flat list was scanned some 250 times a load)."""

from __future__ import annotations

import importlib.metadata


def test_every_group_holds_what_select_finds():
    from presskg.nlp import entry_points_by_group

    found = importlib.metadata.entry_points()
    index = entry_points_by_group(found)
    groups = set(found.groups)
    assert set(index) == groups and groups  # an installed spaCy alone declares some
    for group in groups:
        assert list(index[group]) == list(found.select(group=group)), group


def test_a_loaded_model_leaves_catalogue_an_index_that_finds_the_same(nlp):
    import catalogue

    from presskg.nlp import load_model

    assert load_model() is nlp  # loaded once per process: the index is in place
    assert not hasattr(catalogue.AVAILABLE_ENTRY_POINTS, "select")  # catalogue reads it as a dict by group
    plain = importlib.metadata.entry_points()
    for registry in (catalogue.Registry(("spacy", "factories"), entry_points=True),
                     catalogue.Registry(("srsly", "msgpack_decoders"), entry_points=True)):
        want = list(plain.select(group=registry.entry_point_namespace))
        assert list(registry._get_entry_points()) == want

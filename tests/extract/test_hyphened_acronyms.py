"""An acronym of several tokens in brackets defines the name before it ("the Korvan Ocean Sounder-2 (KOS-2)
satellite", acronyms._hyphened), and the model's name that is the first words of a longer run of proper nouns is
a piece of it, no entity of its own (mentions._model_prefix). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import labels, triples

_DAY = dt.date(2026, 3, 14)


def test_hyphened_acronym_is_the_names_alias(read):
    x = read("EUMETSAT has taken over control of the Korvan Ocean Sounder-2 (KOS-2) satellite. KOS-2 was launched "
             "on 1 July 2025 from Kourou.", date=_DAY)
    named = [e for e in x.entities.values() if "KOS-2" in (e.label, *e.aliases) or e.label.startswith("Korvan")]
    assert len(named) == 1, [(e.label, e.aliases) for e in named]
    assert any(p == "participant" and o == named[0].label for s, p, o in triples(x) if s.startswith("launch")), \
        triples(x)


def test_model_prefix_of_a_longer_name_is_no_entity(read):
    got = labels(read("EUMETSAT has taken over control of the Meteosat Third Generation Sounder-1 satellite.",
                      date=_DAY))
    assert "Meteosat Third Generation Sounder-1" in got, got
    assert "Meteosat Third Generation" not in got, got


def test_owners_in_brackets_are_no_alias(read):
    x = read("The Tessaly Orbiter (ESA/JAXA) reached Venus on 3 March.", date=_DAY)
    assert not any("ESA/JAXA" in e.aliases for e in x.entities.values()), [(e.label, e.aliases)
                                                                           for e in x.entities.values()]

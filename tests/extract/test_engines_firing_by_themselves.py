""""The orbiter's engines fired for 27 minutes on 17 February", "the main engine of Veyra fired ...": an engine that
fires by itself (the verb with no object) is fired as one fired by someone is: the dated burn is an event, and the
craft whose engine it is takes part (rules/firings.py frame:firing, _fired_nouns). A person who "fired" is no engine.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _fired(x):
    return [e for e in x.entities.values() if "Event" in e.classes and e.label.startswith("fire")]


@pytest.mark.parametrize("text, craft, date", [
    ("The Tarvos orbiter reached Mars in February 2030. The orbiter's engines fired for 27 minutes on 17 February "
     "2030, slowing the spacecraft.", "Tarvos", "2030-02-17"),
    ("ESA launched the Veyra probe in 2023. The main engine of Veyra fired for 52 minutes on 12 March 2027.", "Veyra",
     "2027-03-12"),
    ("ESA launched the Veyra probe in 2023. Its thrusters fired on 3 January 2027 to refine its approach to Venus.",
     "Veyra", "2027-01-03"),
])
def test_an_engine_firing_by_itself_is_its_crafts_burn(read, text, craft, date):
    x = read(text)
    burns = _fired(x)
    assert burns, [e.label for e in x.entities.values()]
    assert (burns[0].label, "participant", craft) in triples(x), triples(x)
    assert date in {d.value for d in x.dates if d.subject == burns[0].key}


def test_a_person_who_fired_is_no_burn(read):
    assert not _fired(read("The company's chief executive fired on 3 May 2027."))

"""rules/parties.py and the "take part in" frame on sentences written for them: who takes part in a
gathering, from "between" phrases, from a host's verb, and from "took part in"."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _participants(facts):
    return {o for s, p, o in facts if p == "participant"}


@pytest.mark.parametrize("text, sides", [
    ("A meeting between ESA and JAXA took place in Paris on 3 May 2022.", {"ESA", "JAXA"}),
    ("The talks between CNES and ISRO were held in Bengaluru on 3 May 2022.", {"CNES", "ISRO"}),
    ("On 3 May 2022, a bilateral meeting between Anna Vela and Kenji Amano was held in Tokyo.",
     {"Anna Vela", "Kenji Amano"}),
])
def test_rules_parties_event_between(read, text, sides):
    facts = triples(read(text))
    assert sides <= _participants(facts), facts


def test_rules_parties_event_between_not_on_other_nouns(read):
    """"cooperation between A and B" is no gathering: nobody takes part in anything."""
    facts = triples(read("Cooperation between ESA and JAXA has grown since 2003."))
    assert not _participants(facts), facts


@pytest.mark.parametrize("text", [
    "Anna Vela, President of CNES, welcomed Kenji Amano, President of JAXA, to Paris on 3 May 2022.",
    "Kenji Amano, President of JAXA, was received by Anna Vela, President of CNES, in Paris.",
    "Anna Vela, President of CNES, welcomed Kenji Amano, President of JAXA, on 3 May 2022.",
])
def test_rules_parties_welcome(read, text):
    facts = triples(read(text))
    assert {"Anna Vela", "Kenji Amano"} <= _participants(facts), facts


@pytest.mark.parametrize("text", [
    "ESA welcomed Kenji Amano as its new Director of Science.",
    "Anna Vela, President of CNES, welcomed the decision of the council.",
    "The Vela probe received commands from Earth in Paris on 3 May 2022.",
])
def test_rules_parties_welcome_not_a_visit(read, text):
    facts = triples(read(text))
    assert not any(p == "participant" and s.startswith("meeting") for s, p, o in facts), facts


@pytest.mark.parametrize("text, event", [
    ("ESA and JAXA took part in the workshop held in Paris on 3 May 2022.", "workshop"),
    ("CNES took part in the conference in Toulouse on 3 May 2022.", "conference"),
])
def test_rules_parties_took_part_in(read, text, event):
    facts = triples(read(text))
    assert any(p == "participant" and s.startswith(event) for s, p, o in facts), facts


@pytest.mark.parametrize("text", [
    "ESA held a meeting in Paris on 3 May 2022. Those present included Anna Vela and Kenji Amano.",
    "ESA held a meeting in Oslo on 3 May 2022. Those attending included Anna Vela, Director General, as well "
    "as Kenji Amano, Member of the Board.",
])
def test_rules_parties_those_attending(read, text):
    facts = triples(read(text))
    meetings = {s for s, p, o in facts if p == "participant" and o == "Anna Vela"}
    assert meetings and all((m, "participant", "Kenji Amano") in facts for m in meetings), facts


def test_rules_parties_those_attending_not_other_lists(read):
    """"Those instruments include a camera": no one attends anything."""
    facts = triples(read("ESA held a meeting in Paris on 3 May 2022. Those instruments include a camera "
                         "built by Anna Vela."))
    assert not any(p == "participant" and o == "Anna Vela" for s, p, o in facts), facts

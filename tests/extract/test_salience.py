"""extract.salience on sentences written for it: a reference means its clause's subject before a later object."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, other", [
    ("The Zephyr probe had been released from the Vela orbiter on 25 December, and it then cruised for 20 days "
     "before it reached Titan.", "Zephyr", "Vela"),
    ("The Aurora probe separated from the Nova orbiter on Monday. Three weeks later it reached Mars.",
     "Aurora", "Nova"),
])
def test_salience_it_means_the_subject_not_the_later_object(read, text, craft, other):
    facts = triples(read(text))
    reached = {s for s, p, o in facts if p == "target"}
    assert craft in reached and other not in reached, facts


def test_salience_the_probe_means_the_subject_of_the_latest_sentence_with_one(read):
    result = read("The Zephyr probe was released from the Vela probe on 25 December. "
                  "The engineers were pleased. The probe came down safely on Titan.")
    landings = [e for e in result.entities.values() if "Landing" in e.classes]
    who = {result.entities[r.object].label for r in result.relations
           if landings and r.subject == landings[0].key and r.predicate == "participant"}
    assert who == {"Zephyr"}, triples(result)


def test_salience_the_latest_when_no_subject_fits(read):
    """No subject among the candidates: the latest mention is meant, as before."""
    facts = triples(read("Engineers tested the Vela orbiter and then the Zephyr lander. On Monday it landed on Mars."))
    assert ("Zephyr", "landedOn", "Mars") in facts, facts

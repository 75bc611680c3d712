"""A definite event noun takes back the event of the same noun told just before ("a workshop on X ... The two-day
workshop, hosted by Y": one workshop, hosted by Y; coreference.py), unless a word makes it another ("the next
workshop", lexicon OTHER_EVENT_WORDS). Sentences written for these tests."""

from __future__ import annotations


def _events(x, noun: str) -> list[str]:
    return [k for k, e in x.entities.items() if not e.named and noun in e.label and "Event" not in e.label
            and any(c in ("Conference", "Meeting", "Event") for c in e.classes)]


def _parts(x, key: str) -> set[str]:
    return {x.entities[r.object].label for r in x.relations if r.subject == key and r.predicate == "participant"}


def test_the_workshop_told_again_is_one_workshop(read):
    x = read("Scientists from the Korvan Space Agency and the Orla Institute met in Valparaiso on 10 February for a "
             "workshop on lunar resources. The two-day workshop, hosted by the University of Valparaiso, brought "
             "together 80 researchers.")
    keys = _events(x, "workshop")
    assert len(keys) == 1, [e.label for e in x.entities.values()]
    assert {"Orla Institute", "University of Valparaiso"} <= _parts(x, keys[0]), _parts(x, keys[0])


def test_the_next_workshop_is_another(read):
    x = read("The Korvan Space Agency held a workshop on lunar resources in Valparaiso on 10 February. The next "
             "workshop will take place in Lisbon in 2022.")
    assert len(_events(x, "workshop")) == 2, [e.label for e in x.entities.values()]

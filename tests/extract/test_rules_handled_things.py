"""What a handling verb handles: "... came down in the desert, and X recovered it"; transports flown on Earth.

Sentences written for these tests (invented craft, agencies and places).
"""

import datetime as dt

from ..helpers import triples


def _events(x, cls, label=None):
    return [e for e in x.entities.values()
            if cls in e.classes and not e.named and (label is None or e.label.startswith(label))]


def test_rules_handled_it_is_the_craft_that_came_down_not_the_agency(read):
    x = read("The return module of the Pika probe came down on the salt flat, and KARI retrieved it on 2 June.",
             date=dt.date(2024, 6, 5))
    t = triples(x)
    rec = _events(x, "Event", "retrieve")[0]
    assert (rec.label, "participant", "KARI") in t
    module = [e for e in x.entities.values() if e.label.startswith("return module")]
    assert module and (rec.label, "participant", module[0].label) in t


def test_rules_handled_it_in_the_next_sentence_is_the_named_lander(read):
    x = read("The Kestra lander touched down near Woomera on 3 May. Soldiers of the Australian Army recovered it "
             "on 4 May.", date=dt.date(2025, 5, 6))
    rec = _events(x, "Event", "recover")[0]
    assert (rec.label, "participant", "Kestra") in triples(x)


def test_rules_handled_it_is_never_a_person_or_a_place(read):
    x = read("Minister Ana Ruiz toured the Tarrin test range on 3 May, and the crew recovered it on 4 May.",
             date=dt.date(2025, 5, 6))
    t = triples(x)
    assert not any(s.startswith("recover") and p == "participant" for s, p, _ in t)


def test_rules_handled_flown_to_a_town_is_a_transport_not_a_launch(read):
    x = read("A helicopter flew the Tern capsule to Valcora on 9 January.", date=dt.date(2026, 1, 12))
    t = triples(x)
    assert not _events(x, "Launch")
    fly = _events(x, "Event", "fly")[0]
    assert (fly.label, "participant", "Tern") in t and (fly.label, "locatedIn", "Valcora") in t
    assert any(d.subject == fly.key and d.value == "2026-01-09" for d in x.dates)


def test_rules_handled_flown_to_a_planet_is_still_a_launch(read):
    x = read("The Vela probe flew to Mars on 3 March.", date=dt.date(2026, 3, 5))
    launch = _events(x, "Launch")
    assert launch and (launch[0].label, "participant", "Vela") in triples(x)

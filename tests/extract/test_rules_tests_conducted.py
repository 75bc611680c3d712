"""Tests and rehearsals are events: "JAXA conducted the combustion test at the Tanegashima Space Center on
30 June" (who conducts it takes part; the clause's place is its place), "the test was carried out jointly
with X" (X takes part too). A verb "to test" makes none."""


def _facts(ex):
    label = {k: e.label.split(" [")[0].split(" (")[0] for k, e in ex.entities.items()}
    return {(label[r.subject], r.predicate, label[r.object]) for r in ex.relations}


def test_a_test_conducted_is_an_event_with_its_place_and_partners(read):
    ex = read("Orvik Space conducted an engine test at the Halden Test Center on 30 June. The test was carried out "
              "jointly with the Vindel Propulsion Company.")
    events = [e for e in ex.entities.values() if "Event" in e.classes]
    assert len(events) == 1
    ev = events[0].label.split(" (")[0]
    facts = _facts(ex)
    assert {(ev, "participant", "Orvik Space"), (ev, "participant", "Vindel Propulsion Company"),
            (ev, "locatedIn", "Halden Test Center")} <= facts


def test_a_rehearsal_performed_is_an_event(read):
    ex = read("Arianespace performed a countdown rehearsal at the Guiana Space Centre on 4 May.")
    assert any("Event" in e.classes for e in ex.entities.values())


def test_to_test_makes_no_event(read):
    ex = read("Engineers will test the software in 2027.")
    assert not any("Event" in e.classes for e in ex.entities.values())

"""A craft noun ("the spacecraft", "the craft") takes back the craft told of, not the space station it
goes to."""


def _facts(ex):
    label = {k: e.label.split(" [")[0] for k, e in ex.entities.items()}
    return {(label[r.subject], r.predicate, label[r.object]) for r in ex.relations}


def test_the_spacecraft_is_not_the_station(read):
    facts = _facts(read("The Vireo-4 cargo spacecraft lifted off on 3 July. It will dock with the International "
                        "Space Station on 5 July. The spacecraft was built by Orvik Space."))
    assert ("International Space Station", "providedBy", "Orvik Space") not in facts
    assert ("Vireo-4", "providedBy", "Orvik Space") in facts

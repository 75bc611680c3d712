"""Names as agencies write them: a class noun in capitals after a known name ("the H3 Launch Vehicle",
"the Hayabusa2 Spacecraft") is the known name, not a second thing; "No." before a number is one word
("Satellite No. 8", "Flight No. 7"), not a sentence's end; a body of an organization ("the EUMETSAT
Council") is still its own."""

import pytest


def _labels(ex):
    return {e.label for e in ex.entities.values()}


def _facts(ex):
    label = {k: e.label.split(" [")[0].split(" (")[0] for k, e in ex.entities.items()}
    return {(label[r.subject], r.predicate, label[r.object]) for r in ex.relations}


@pytest.mark.parametrize("text, known, written", [
    ("The H3 Launch Vehicle lifted off from the Tanegashima Space Center on 3 May.", "H3", "H3 Launch Vehicle"),
    ("The Hayabusa2 Spacecraft returned its capsule to Earth.", "Hayabusa2", "Hayabusa2 Spacecraft"),
    ("The Ariane 6 Launcher will carry the satellite.", "Ariane 6", "Ariane 6 Launcher"),
])
def test_a_class_noun_in_capitals_after_a_known_name_is_the_known_name(read, text, known, written):
    labels = _labels(read(text))
    assert known in labels and written not in labels


def test_its_facts_go_to_the_known_name(read):
    facts = _facts(read("The H3 Launch Vehicle lifted off from the Tanegashima Space Center on 3 May."))
    assert ("H3", "launchSite", "Tanegashima Space Center") in facts


def test_a_body_of_an_organization_is_its_own(read):
    assert "EUMETSAT Council" in _labels(read("The EUMETSAT Council met in Oslo on 3 May."))


@pytest.mark.parametrize("text, name", [
    ("JAXA will launch the Quasi-Zenith Satellite No. 8 on an H3 rocket in July.", "Quasi-Zenith Satellite No. 8"),
    ("The Vireo Satellite No. 2, which was developed by the Cabinet Office, reached orbit.", "Vireo Satellite No. 2"),
])
def test_no_before_a_number_is_part_of_the_name(read, text, name):
    assert name in _labels(read(text))


def test_what_a_numbered_satellite_undergoes_is_read(read):
    facts = _facts(read("The Vireo Satellite No. 2, which was developed by the Cabinet Office, reached orbit."))
    assert ("Vireo Satellite No. 2", "providedBy", "Cabinet Office") in facts

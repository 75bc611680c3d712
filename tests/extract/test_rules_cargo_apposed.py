"""A description with a name set beside it denotes the named thing: "the primary payload, the Tessa
satellite," is the satellite (a payload may be a whole craft), and a name two compounds before its
class noun ("the Tessa Earth observation satellite") is the phrase's name."""

import pytest


def _facts(ex):
    return {(ex.entities[r.subject].label, r.predicate, ex.entities[r.object].label) for r in ex.relations}


@pytest.mark.parametrize("text, fact", [
    ("The main payload, the Tessa satellite, was built by OHB.", ("Tessa", "providedBy", "OHB")),
    ("The rocket's primary payload, the Vindel weather satellite, was developed by EUMETSAT.",
     ("Vindel", "providedBy", "EUMETSAT")),
    ("The primary payload, the Orla Earth observation satellite, will be operated by CNES.",
     ("Orla", "operatedBy", "CNES")),
    ("The Tessa Earth observation satellite was built by OHB.", ("Tessa", "providedBy", "OHB")),
    ("The Halvard ocean monitoring satellite will be operated by EUMETSAT.", ("Halvard", "operatedBy", "EUMETSAT")),
])
def test_the_named_thing_is_what_the_description_denotes(read, text, fact):
    assert fact in _facts(read(text))


def test_a_payload_of_listed_instruments_stays_the_payload(read):
    """A list set beside the payload names no single thing: the payload is still the one described."""
    facts = _facts(read("The payload, a camera and a spectrometer, was built by OHB."))
    assert {(s.split()[0], p, o) for s, p, o in facts} == {("payload", "providedBy", "OHB")}


def test_an_instrument_set_beside_an_instrument_noun_is_still_named(read):
    facts = _facts(read("A second instrument, the Orla spectrometer, was built by OHB."))
    assert ("Orla", "providedBy", "OHB") in facts

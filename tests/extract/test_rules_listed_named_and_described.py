"""A list after a plural class noun and a colon led by a named item, with described ones after it
(frame:carried), on sentences written for the tests."""

from ..helpers import triples


def _parts(x) -> set[tuple[str, str]]:
    return {(s.split(" of ")[0].split(" [")[0], o) for s, p, o in triples(x) if p == "partOf"}


def test_listed_named_item_then_a_described_one_are_both_parts(read):
    x = read("The Lyra satellite carried two instruments: the Auroral Imaging Spectrometer (AIS), supplied by the "
             "Tarn Institute, and a radar altimeter developed by the Orla Technical University.")
    assert {("Auroral Imaging Spectrometer", "Lyra"), ("radar altimeter", "Lyra")} <= _parts(x)


def test_listed_named_item_then_a_described_one_without_clauses(read):
    x = read("The Corvid probe carries three instruments: the Vela Dust Counter, a magnetometer and a camera.")
    assert {("Vela Dust Counter", "Corvid"), ("magnetometer", "Corvid"), ("camera", "Corvid")} <= _parts(x)


def test_listed_apposition_that_the_count_says_is_no_item(read):
    x = read("The Corvid probe carries two instruments: the Vela Dust Counter, a magnetometer built by Orla Labs, "
             "and a camera.")
    parts = _parts(x)
    assert {("Vela Dust Counter", "Corvid"), ("camera", "Corvid")} <= parts
    assert ("magnetometer", "Corvid") not in parts

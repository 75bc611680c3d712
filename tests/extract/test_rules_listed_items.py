"""Things a plural class noun sets out after a colon are each a part of the carrying craft (rules/payloads.py),
on sentences written for these tests: "the X satellite will carry three instruments: a radar, ..."."""

from ..helpers import triples


def _parts(x, whole):
    return {s for s, p, o in triples(x) if p == "partOf" and o == whole}


def test_rules_listed_items_each_item_is_a_part(read):
    x = read("The Lyra-4 satellite will carry three instruments: a radar, a spectrometer and a star tracker.")
    parts = _parts(x, "Lyra-4")
    assert any(s.startswith("radar") for s in parts) and any(s.startswith("spectrometer") for s in parts)
    assert any(s.startswith("star tracker") for s in parts)
    assert not any(s.startswith("three instruments") for s in parts)


def test_rules_listed_items_a_later_description_finds_its_item(read):
    x = read("The Lyra-4 satellite will carry two instruments: an altimeter and a camera. The camera is a "
             "contribution of the Italian Space Agency.")
    t = triples(x)
    assert any(s.startswith("camera") and p == "providedBy" and o == "ASI" for s, p, o in t)


def test_rules_listed_items_a_plural_without_a_list_stays_one(read):
    x = read("The Lyra-4 satellite will carry three instruments, which were built in Spain.")
    assert any(s.startswith("three instruments") for s in _parts(x, "Lyra-4"))

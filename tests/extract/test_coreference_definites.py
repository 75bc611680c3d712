"""A definite description read before the thing it takes back was made is that thing (extract/coreference.py).
Sentences written for these tests."""

from __future__ import annotations

from ..helpers import triples


def _instruments(result) -> list[str]:
    return sorted(k for k, e in result.entities.items() if "Instrument" in e.classes)


def test_the_listed_part_taken_back(read):
    got = read("The Lyra orbiter's payload comprises a radar sounder, a thermal imager and a magnetometer. The radar "
               "sounder was developed by the company Tessera. The magnetometer, provided by the Austrian Space "
               "Research Institute, will measure the planet's magnetic field.")
    ents = got.entities
    sounder = [k for k in _instruments(got) if ents[k].label.startswith("radar sounder")]
    assert len(sounder) == 1, [ents[k].label for k in _instruments(got)]
    facts = {(r.predicate, ents[r.object].label) for r in got.relations if r.subject == sounder[0]}
    assert {("partOf", "Lyra"), ("providedBy", "Tessera")} <= facts, triples(got)
    magnetometer = [k for k in _instruments(got) if ents[k].label.startswith("magnetometer")]
    assert len(magnetometer) == 1, [ents[k].label for k in _instruments(got)]


def test_a_different_kind_stays_apart(read):
    got = read("The Lyra orbiter carries a radar sounder and a laser altimeter. The laser sounder was developed by "
               "the company Tessera.")
    ents = got.entities
    assert not any(ents[r.subject].label.startswith("radar sounder") and r.predicate == "providedBy"
                   for r in got.relations), triples(got)


def test_a_narrowed_definite_stays_apart(read):
    got = read("The Lyra orbiter carries a camera. The camera of the Vela lander was built by the company Tessera.")
    ents = got.entities
    assert not any(ents[r.subject].label.startswith("camera") and r.predicate == "providedBy"
                   and any(x.predicate == "partOf" and ents[x.object].label == "Lyra" and x.subject == r.subject
                           for x in got.relations) for r in got.relations), triples(got)


def _meetings(result) -> list[str]:
    return [k for k, e in result.entities.items() if "Meeting" in e.classes]


def test_the_ceremony_is_the_signing_told_of(read):
    """coreference._event_anaphors: "the ceremony", "the signing ceremony" after a signing is that signing."""
    for text in ("ESA and JAXA signed an arrangement on 3 May 2024. The ceremony took place at ESTEC in Noordwijk.",
                 "ESA and JAXA signed an arrangement on 3 May 2024. The signing ceremony was held in Paris."):
        got = read(text)
        assert len(_meetings(got)) == 1, triples(got)


def test_the_ceremony_after_a_sentence_on_something_else(read):
    """"The ceremony" two sentences after the event, a sentence on what it opened between, is that event."""
    got = triples(read("CNES and the Kenyan Space Agency opened a new tracking station in Malindi on 2 March 2026. "
                       "The station will follow rockets launched from Kourou. The ceremony was attended by Dr Amara "
                       "Njoroge."))
    events = {s for s, p, o in got if p == "participant"}
    assert len(events) == 1 and any(o == "Amara Njoroge" for s, p, o in got if p == "participant"), got


def test_another_ceremony_is_another_event(read):
    got = read("ESA and JAXA met in Tokyo on 3 May 2024. The award ceremony was held in Kyoto on 4 May 2024.")
    assert len(_meetings(got)) == 2, triples(got)

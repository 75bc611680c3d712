"""References a reader resolves without a name: "the two" after a clause with two things, a pronoun
after a description ("The probe turned back. It ..."), a title that names its organization ("the
Vela Administrator"), and a participle the parser read as a verb ("Under an accord concluded in May
by A and B, ..."). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from ..helpers import triples


def _events(result, cls: str = "Event"):
    return [e for e in result.entities.values() if cls in e.classes]


def _participants(result, ev) -> set[str]:
    ents = result.entities
    return {ents[r.object].label for r in result.relations if r.subject == ev.key and r.predicate == "participant"}


@pytest.mark.parametrize("text", [
    "The Kestrel probe released its landing capsule early, and on 3 June 2015 the two plunged into the atmosphere.",
    "The Kestrel orbiter deployed the Vela lander, and on 3 June 2015 both fell into the atmosphere of Mars.",
])
def test_references_the_two_are_the_clause_before(read, text):
    result = read(text, date=dt.date(2015, 6, 4))
    dated = [e for e in _events(result) if any(d.subject == e.key and d.value == "2015-06-03" for d in result.dates)]
    assert dated, (result.entities, result.dates)
    who = _participants(result, dated[0])
    assert "Kestrel" in who and len(who) == 2, who


def test_references_the_two_not_two_kinds(read):
    """A craft and a place are not "the two" that plunge: no event of two participants."""
    result = read("The Kestrel probe reached Mars, and on 3 June 2015 the two were aligned with Earth.",
                  date=dt.date(2015, 6, 4))
    assert not any(len(_participants(result, e)) == 2 for e in _events(result)), triples(result)


def test_references_pronoun_continues_a_described_subject(read):
    """"the spacecraft headed back towards Mars. It released ...": "It" is the spacecraft, not Mars."""
    result = read("The Kestrel probe reached the asteroid Vela in 2005. Later the spacecraft headed back towards "
                  "Mars. It released its capsule on 3 June 2010.", date=dt.date(2010, 6, 4))
    facts = triples(result)
    assert not any(s.startswith("capsule") and p == "partOf" and o == "Mars" for s, p, o in facts), facts
    assert any(p == "partOf" and o == "Kestrel" for s, p, o in facts), facts


def test_references_pronoun_still_takes_a_named_subject(read):
    """A named subject in the sentence before keeps winning: the rule adds descriptions, it does not rank them first."""
    result = read("The Kestrel probe headed back towards Mars. It released its capsule on 3 June 2010.",
                  date=dt.date(2010, 6, 4))
    assert any(p == "partOf" and o == "Kestrel" for s, p, o in triples(result)), triples(result)


@pytest.mark.parametrize("text, value, parties", [
    ("Under a Memorandum of Understanding concluded in May 2014 by the Governments of Norway and of Chile, "
     "the two agencies were asked to share data.", "2014-05", {"Norway", "Chile"}),
    ("Under an agreement signed on 3 March 2019 by Norway and Chile, the partners will share data.",
     "2019-03-03", {"Norway", "Chile"}),
])
def test_references_participle_read_as_verb(read, text, value, parties):
    result = read(text, date=dt.date(2020, 1, 1))
    deals = _events(result, "Agreement")
    assert deals, result.entities
    assert value in {d.value for d in result.dates if d.subject == deals[0].key}, result.dates
    ents = result.entities
    signed = {ents[r.object].label for r in result.relations
              if r.subject == deals[0].key and r.predicate == "signatory"}
    assert parties <= signed, signed


def test_references_a_verb_with_a_subject_is_no_participle(read):
    """"Under the plan, ESA launched the probe in May 2014 with help from Chile": the verb has its own
    subject, so the noun before it ("plan") is not made what it tells of, and nothing is signed."""
    result = read("Under the Vela plan prepared by Chile, ESA launched the Kestrel probe in May 2014.",
                  date=dt.date(2020, 1, 1))
    assert not _events(result, "Agreement"), result.entities
    assert not any(p == "signatory" for _, p, _ in triples(result)), triples(result)


@pytest.mark.parametrize("title, found", [("the NASA Administrator", True), ("the Administrator", False)])
def test_references_title_naming_its_organization(read, title, found):
    """"the NASA Administrator" stands for whoever the text said heads NASA, however far back
    (a bare title only for the person so titled in the last sentences)."""
    filler = " ".join(f"The Kestrel probe took {n} images of Mars." for n in ("ten", "twenty", "forty"))
    result = read(f"Anna Lind, the Administrator of NASA, met ESA officials on Monday. "
                  f"{filler} On the same day, {title} went to the Zephyr Centre in Oslo.",
                  date=dt.date(2024, 6, 4))
    visits = [e for e in _events(result, "Meeting") if e.label.startswith("visit")]
    assert bool(visits and "Anna Lind" in _participants(result, visits[0])) is found, triples(result)


def test_references_title_of_an_organization_nobody_heads(read):
    """No one is said to head the agency: "the Vela Administrator" stands for no one, and nobody visits."""
    result = read("ESA officials met on Monday. On the same day, the NASA Administrator went to the Zephyr Centre "
                  "in Oslo.", date=dt.date(2024, 6, 4))
    assert not [e for e in _events(result, "Meeting") if e.label.startswith("visit")], triples(result)


def test_references_the_agency_is_a_space_agency_too(read):
    """"the agency" stands for the latest agency, a space agency included, not the government before it."""
    result = read("The Government of Norland has appointed Maria Kovacs as Director General of the Vela Space Agency. "
                  "She succeeds Peter Holm, who has led the agency since 2015.")
    facts = {(s, str(p), o) for s, p, o in triples(result)}
    assert ("Peter Holm", "headOf", "Vela Space Agency") in facts, facts
    assert ("Peter Holm", "headOf", "Government of Norland") not in facts, facts


def test_references_a_described_thing_is_taken_back_by_its_own_noun_only(read):
    """"the camera" is not the radar told of before; "the instrument" (a class noun) may be."""
    result = read("Vela Systems built the radar. Nova Space supplied the camera. Kestrel Aerospace provided "
                  "the antenna.")
    got = {(s, o) for s, p, o in triples(result) if p == "providedBy"}
    assert {s.split(" [")[0] for s, _ in got} == {"radar", "camera", "antenna"}, got
    assert not any(p == "partnerOf" for _, p, _ in triples(result)), triples(result)


def test_references_a_class_noun_takes_back_the_thing_of_its_class(read):
    result = read("Vela Systems built a radar for the Nova satellite. The instrument was delivered to ESA in May.")
    assert any(p == "deliveredTo" and s.startswith("radar") for s, p, _ in triples(result)), triples(result)


def test_references_a_station_does_not_take_back_a_town(read):
    result = read("The company Nordlys Space is based in Tromso. The agreement for the station was signed "
                  "by ESA and the Norwegian Space Agency on 4 May.")
    assert not any(o == "Tromso" for _, p, o in triples(result) if p == "topic"), triples(result)

"""The publisher the header names is an organization where the text writes it word for word, also in lower case
("ispace's RESILIENCE lander": header_names.with_header_names), and followed by a continent or a country it names
the company's arm there ("built by ispace Europe"); a name with a family name's particle may run to five words
("Salem Butti Salem Al Qubaisi, Director General of X": lexicon SURNAME_PARTICLES); the Moon's plains named by a
Latin class word first are places ("touched down in Mare Frigoris": lexicon HEAD_CLASSES). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


def test_a_lower_case_publisher_is_named_in_the_text(read):
    ext = read("ispace's RESILIENCE lunar lander touched down on 6 June 2026. The rover was built by ispace Europe in "
               "Luxembourg.", publisher="ispace")
    got = triples(ext)
    assert ("RESILIENCE", "operatedBy", "ispace") in got, sorted(got)
    assert "Company" in classes_of(ext, "ispace Europe"), sorted(labels(ext))
    assert not any(s == "Europe" for s, _, _ in got), sorted(got)


def test_an_unknown_publisher_is_an_organization_where_the_text_writes_it(read):
    ext = read("orbvia's Kestrel satellite was launched on 3 May 2026.", publisher="orbvia")
    assert ("Kestrel", "operatedBy", "orbvia") in triples(ext), sorted(triples(ext))


def test_the_publisher_written_inside_another_name_is_no_mention(read):
    ext = read("The Orvik Space Systems satellite was launched on 3 May 2026.", publisher="Space Systems")
    assert "Space Systems" not in {e.label for e in ext.entities.values() if e.mentions}


@pytest.mark.parametrize("text, name, body", [
    ("The MoU was signed by Salem Butti Salem Al Qubaisi, Director General of the Korvan Space Agency.",
     "Salem Butti Salem Al Qubaisi", "Korvan Space Agency"),
    ("The deal was signed by Maria Luisa van der Berg, President of the Korvan Space Agency.",
     "Maria Luisa van der Berg", "Korvan Space Agency"),
])
def test_a_name_with_a_particle_runs_to_five_words(read, text, name, body):
    ext = read(text)
    assert "Person" in classes_of(ext, name), sorted(labels(ext))
    assert (name, "headOf", body) in triples(ext), sorted(triples(ext))


@pytest.mark.parametrize("text, place", [
    ("The Vela lander touched down in Mare Frigoris on 6 June 2026.", "Mare Frigoris"),
    ("The Vela rover landed in Lacus Velorum on 6 June 2026.", "Lacus Velorum"),
])
def test_a_lunar_plain_is_a_place(read, text, place):
    ext = read(text)
    assert "Place" in classes_of(ext, place), sorted(labels(ext))
    assert any(p == "locatedIn" and o == place for _, p, o in triples(ext)), sorted(triples(ext))

"""An acronym a release defines names what it defines there, not what the knowledge base knows by the same
letters: "the Korvan Space Agency (KSA)" is no Saudi Arabia, "the Orbis Space Agency (CSA)" no Canadian agency
(acronyms.py, entities.py), and the acronym alone later is the same body, with no country read in it
(rules/relations.py, name:country-in-name). A variant of a known agency's name keeps its acronym's entry.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text, body", [
    ("Marta Velez has stepped down as head of the Korvan Space Agency (KSA). KSA will provide the Zephyr camera.",
     "Korvan Space Agency"),
    ("The Orbis Space Agency (CSA) was founded in 2010. CSA will provide the Zephyr camera.", "Orbis Space Agency"),
])
def test_a_defined_acronym_is_the_releases(read, text, body):
    ext = read(text)
    got = triples(ext)
    assert ("Zephyr", "providedBy", body) in got, sorted(got)
    assert not [x for x in got if x[0] == body and x[1] == "country"], sorted(got)
    assert not {"Saudi Arabia", "CSA"} & labels(ext), sorted(labels(ext))


@pytest.mark.parametrize("text, agency", [
    ("The Japanese Aerospace Exploration Agency (JAXA) will provide the Zephyr camera.", "JAXA"),
    ("The Indian Space Research Organization (ISRO) will provide the Zephyr camera.", "ISRO"),
])
def test_a_known_agencys_variant_name_keeps_its_acronym(read, text, agency):
    got = triples(read(text))
    assert ("Zephyr", "providedBy", agency) in got, sorted(got)


def test_a_known_acronym_defined_for_its_own_body(read):
    got = triples(read("The Kenya Space Agency (KSA) signed an agreement with ASI on 3 May 2025. "
                       "KSA will provide the Zephyr camera."))
    assert ("Zephyr", "providedBy", "Kenya Space Agency") in got, sorted(got)
    assert ("Kenya Space Agency", "country", "Saudi Arabia") not in got, sorted(got)

""""The Kenyan meteorological office", "the Chilean civil protection", "the Norwegian meteorological institute": a
state's service told by a nationality adjective, its field and its noun (lexicon NATIONAL_SERVICE_NOUNS) is one
of the state's bodies, named by the phrase as "the Japanese government" is (body_names.national_bodies), so it
can sign, share and take part. Without a nationality, or with another noun, nothing is named. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, body, country", [
    ("ESA and the Kenyan meteorological office signed an agreement.", "Kenyan meteorological office", "Kenya"),
    ("The activation was requested by the Chilean civil protection on 4 March.", "Chilean civil protection",
     "Chile"),
    ("EUMETSAT will share data with the Norwegian meteorological institute.", "Norwegian meteorological institute",
     "Norway"),
])
def test_a_national_service_is_a_body_of_its_state(read, text, body, country):
    got = read(text)
    assert "GovernmentBody" in classes_of(got, body), sorted(labels(got))
    assert (body, "country", country) in triples(got), sorted(triples(got))


def test_a_national_service_signs(read):
    got = triples(read("The Kenyan meteorological office signed an agreement with ESA on 3 May."))
    assert any(p == "signatory" and o == "Kenyan meteorological office" for s, p, o in got), sorted(got)


@pytest.mark.parametrize("text", [
    "The meteorological office signed an agreement with ESA.",
    "ESA opened a Kenyan sales office in Nairobi.",
])
def test_no_national_service_without_its_words(read, text):
    got = read(text)
    assert not any("office" in e.label for e in got.entities.values()), sorted(labels(got))

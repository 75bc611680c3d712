""""Kestrava signed an agreement with ESA": an unknown name that signs an agreement, a memorandum or an accord, and that
no title, honorific or person told before makes a person, is a body (lexicon roles.toml TRANSITIVE_SUBJECTS), so it
signs and partners; a person's surname told before stays the person. (A lone surname no one told of, "Halvorsen signed
the agreement", is read as a body too: the signer is kept, of the kind that signs most often.) Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, name, other", [
    ("Kestrava signed an agreement with ESA on 3 May.", "Kestrava", "ESA"),
    ("Kestrava signed a memorandum of understanding with JAXA.", "Kestrava", "JAXA"),
    ("Halvorsen signed the agreement with CNES.", "Halvorsen", "CNES"),
])
def test_an_unknown_signer_is_a_body(read, text, name, other):
    got = read(text)
    assert "Organization" in classes_of(got, name)
    assert (name, "partnerOf", other) in triples(got) or (other, "partnerOf", name) in triples(got)


def test_a_surname_told_before_stays_a_person(read):
    got = read("Ingrid Solberg met the minister. Solberg signed an agreement with ESA on 3 May.")
    assert "Organization" not in classes_of(got, "Solberg")

"""Titles of several capitalized words before "of" (extract/titled_people.py ``past_title_of``, ``post_of``) and
coined one-word names after a title (candidates.is_coined; names.py): "Chief Technology Officer of OrbitKeep"
names OrbitKeep, a body, and makes its holder a member; "Chief Operating Officer", "Mission Manager" name
nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, body, prop", [
    ('"It works," said Mireille Kass, Chief Technology Officer of OrbitKeep.', "OrbitKeep", "memberOf"),
    ("Mireille Kass, Chief Executive Officer of OrbitKeep, said the servicer works.", "OrbitKeep", "headOf"),
    ('"It works," said Ivo Brandt, Chief Financial Officer of SpaceNordic.', "SpaceNordic", None),
])
def test_a_coined_name_after_a_title_is_a_body(read, text, body, prop):
    ext = read(text)
    assert "Organization" in classes_of(ext, body) or "Company" in classes_of(ext, body), labels(ext)
    if prop:
        person = "Mireille Kass"
        assert (person, prop, body) in triples(ext), triples(ext)


@pytest.mark.parametrize("text, post", [
    ('"It works," said Mireille Kass, Chief Operating Officer of the Vela Space Agency.', "Operating Officer"),
    ('"It works," said Mireille Kass, Mission Manager of the Vela Space Agency.', "Mission Manager"),
    ("Ivo Brandt, Programme Manager at the Korvan Space Agency, presented the plan.", "Programme Manager"),
])
def test_a_title_of_several_words_names_nothing(read, text, post):
    ext = read(text)
    assert post not in labels(ext), labels(ext)
    assert any(p == "memberOf" for _, p, _ in triples(ext)), triples(ext)


@pytest.mark.parametrize("text, kept, gone", [
    ('"It works," said Mireille Kass, Director of Science.', None, "Science"),
    ("Mireille Kass studied at the University of Tromsø.", "University of Tromsø", None),
])
def test_posts_and_names_with_of_as_before(read, text, kept, gone):
    ext = read(text)
    if kept:
        assert kept in labels(ext), labels(ext)
    if gone:
        assert gone not in labels(ext), labels(ext)

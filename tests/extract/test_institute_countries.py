"""A country written with "in" right after an institute's name is its country (rules/institute_countries.py
pattern:institute-in-country); a country elsewhere in the clause, a city, or a company say nothing. Sentences
written for these tests."""

from __future__ import annotations


def _rels(x) -> set[tuple[str, str, str]]:
    lab = {k: e.label for k, e in x.entities.items()}
    return {(lab[r.subject], r.predicate, lab[r.object]) for r in x.relations}


def test_institutes_followed_by_their_countries(read):
    x = read("Astronomers from the Kestrel Institute for Astrophysics in Chile and the Tamura Observatory "
             "Institute in Japan took part.")
    assert ("Kestrel Institute for Astrophysics", "country", "Chile") in _rels(x), _rels(x)
    assert ("Tamura Observatory Institute", "country", "Japan") in _rels(x), _rels(x)


def test_a_university_in_a_country(read):
    x = read("The University of Tarsk in Poland developed the camera.")
    assert ("University of Tarsk", "country", "Poland") in _rels(x), _rels(x)


def test_a_country_where_an_institute_acts_or_a_company_is_no_nationality(read):
    x = read("The Kestrel Institute signed an agreement in Chile. Solvane Aerospace in France built the probe.")
    assert not any(p == "country" for _, p, _ in _rels(x)), _rels(x)

"""An observatory named with the place it stands in is a facility there as well as an institute
(rules/grounded.py type:placed-observatory, lexicon GROUND_SITE_NOUNS). Sentences written for these tests."""

from __future__ import annotations

from ..helpers import classes_of


def _rels(x) -> set[tuple[str, str, str]]:
    lab = {k: e.label for k, e in x.entities.items()}
    return {(lab[r.subject], r.predicate, lab[r.object]) for r in x.relations}


def test_an_observatory_in_a_country_is_a_facility_located_there(read):
    x = read("Follow-up measurements were made with the Arcadia Spectrograph at the Cerro Lindo Observatory in Chile.")
    assert classes_of(x, "Cerro Lindo Observatory") == {"Facility", "ResearchInstitute"}
    assert ("Cerro Lindo Observatory", "locatedIn", "Chile") in _rels(x), _rels(x)


def test_the_head_of_a_placed_observatory_still_heads_it(read):
    x = read("Dr Lena Ostrova, director of the Harlan Observatory in Chile, said the data were good.")
    assert classes_of(x, "Harlan Observatory") == {"Facility", "ResearchInstitute"}
    assert ("Lena Ostrova", "headOf", "Harlan Observatory") in _rels(x), _rels(x)


def test_an_observatory_without_a_place_or_on_another_world_stays_an_institute(read):
    x = read("The Space Climate Observatory met in Paris. The Pellan Observatory on the Moon will open in 2030.")
    assert classes_of(x, "Space Climate Observatory") == {"ResearchInstitute"}
    assert classes_of(x, "Pellan Observatory") == {"ResearchInstitute"}

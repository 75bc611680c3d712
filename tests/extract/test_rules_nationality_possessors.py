"""A possessor's country stays with its own phrase, on sentences written for these tests:
"Chile's Ministry of Mining and Peru's Ministry of Energy", "France's CNES and NASA"."""

from ..helpers import triples


def test_rules_nationality_possessors_each_ministry_its_own_country(read):
    t = triples(read("The memorandum was signed by Chile's Ministry of Mining and Peru's Ministry of Energy."))
    assert ("Ministry of Mining", "country", "Chile") in t
    assert ("Ministry of Energy", "country", "Chile") not in t


def test_rules_nationality_possessors_a_known_agency_keeps_its_country(read):
    t = triples(read("France's CNES and NASA signed an agreement on 2 May."))
    assert ("CNES", "country", "France") in t
    assert ("NASA", "country", "France") not in t


def test_rules_nationality_possessors_a_single_possessor_still_counts(read):
    t = triples(read("Spain's Ministry of Science signed the agreement with ESA."))
    assert ("Ministry of Science", "country", "Spain") in t

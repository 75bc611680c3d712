""""The Gulf of Mexico", "the Sea of Japan": a sea or a landform named after a country is a place of its own,
not the country (lexicon GEO_FEATURE_NOUNS, body_names.geo_feature, mentions.find_candidates). A body named
after a country ("the Bank of Japan") and a country beside a sea keep the country. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels


@pytest.mark.parametrize("text, sea, country", [
    ("A second campaign is planned in 2027 over the Gulf of Mexico.", "Gulf of Mexico", "Mexico"),
    ("Buoys were deployed in the Sea of Japan by JAXA.", "Sea of Japan", "Japan"),
    ("Oil spills in the Gulf of Finland were mapped by ESA.", "Gulf of Finland", "Finland"),
    ("Hurricane Laura hit the coast of the Gulf of Mexico near Houston.", "Gulf of Mexico", "Mexico"),
])
def test_a_sea_named_after_a_country_is_no_country(read, text, sea, country):
    got = read(text)
    assert "Place" in classes_of(got, sea), sorted(labels(got))
    assert country not in labels(got), sorted(labels(got))


@pytest.mark.parametrize("text, country", [
    ("The Bank of Japan funded the satellite.", "Japan"),
    ("Japan and Korea agreed to monitor the Sea of Japan.", "Japan"),
    ("The floods hit the Gulf coast of Mexico.", "Mexico"),
])
def test_a_country_not_naming_a_sea_stays(read, text, country):
    got = read(text)
    assert "Country" in classes_of(got, country), sorted(labels(got))

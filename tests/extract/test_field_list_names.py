""""the Committee on Science, Space, and Technology", "the Committee on Industry, Research and Energy of the
European Parliament": a body's name that lists fields after "on", "of" or "for" is one name, with a serial comma
too (field_lists.coordinated_tail) and when a body's noun ends it (body_names.coordinated_names does not split at the
list's "and"). Two bodies coordinated stay two. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels


@pytest.mark.parametrize("text, name", [
    ("The Director General testified before the Committee on Science, Space, and Technology of the US House of "
     "Representatives.", "Committee on Science, Space, and Technology"),
    ("The Committee on Industry, Research and Energy of the European Parliament held a hearing on 12 March.",
     "Committee on Industry, Research and Energy of the European Parliament"),
    ("The minister met the Committee on Education, Research, and Innovation in Arden.",
     "Committee on Education, Research, and Innovation"),
    ("The hearing was held by the Committee on Education, Research and Innovation.",
     "Committee on Education, Research and Innovation"),
])
def test_a_name_listing_fields_is_one_name(read, text, name):
    got = read(text)
    assert name in labels(got), labels(got)


@pytest.mark.parametrize("text, names", [
    ("The University of Stuttgart and Airbus Defence and Space signed a contract.",
     {"University of Stuttgart", "Airbus Defence and Space"}),
    ("The Ministry of Science, ESA and JAXA signed the statement.", {"ESA", "JAXA", "Ministry of Science"}),
    ("The Institute of Physics, Kyoto University and Tohoku University signed the letter.",
     {"Institute of Physics", "Kyoto University", "Tohoku University"}),
])
def test_bodies_coordinated_stay_apart(read, text, names):
    got = read(text)
    assert names <= labels(got), labels(got)

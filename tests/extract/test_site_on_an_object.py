"""A launch site the parser hung on the noun of the verb's object or of its "along with" phrase ("launched X along
with 18 satellites from the First Launch Pad"): the launch's site, when it is a spaceport or a pad; a country or a
town hung there is where the craft comes from (rules/actions.py, frame:launched-from). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, site", [
    ("The Varka-2 rocket launched the Orsa-1 satellite along with 12 small satellites from the Second Launch Pad on "
     "3 May.", "Second Launch Pad"),
    ("The Varka-2 rocket launched the Orsa-1 satellite together with two cubesats from the Guiana Space Centre on "
     "3 May.", "Guiana Space Centre"),
])
def test_a_site_hung_on_an_object_is_the_launch_site(read, text, site):
    found = triples(read(text))
    assert any(s.startswith("launch") and p == "launchSite" and o == site for s, p, o in found), found


def test_a_country_hung_on_an_object_is_no_site(read):
    found = triples(read("The Varka-2 rocket launched the Orsa-1 satellite along with 12 small satellites from Germany "
                         "and Spain on 3 May."))
    assert not any(p in ("launchSite", "locatedIn") and o in ("Germany", "Spain") for s, p, o in found), found

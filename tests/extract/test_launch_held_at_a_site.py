"""A launch that takes place at a facility leaves from it: "the fourth launch of the Nuri rocket will take place at
the Naro Space Center" has the centre as its launch site (and is located there, as before); a meeting held at a
centre is only located there. Sentences written for these tests."""

from __future__ import annotations

from ..helpers import triples


def test_a_launch_held_at_a_spaceport(read):
    found = triples(read("The fourth launch of the Nuri rocket will take place at the Naro Space Center in Goheung on "
                         "27 November."))
    assert any(s.startswith("fourth launch") and p == "launchSite" and o == "Naro Space Center"
               for s, p, o in found), sorted(found)


def test_a_meeting_held_at_a_centre_has_no_launch_site(read):
    found = triples(read("The meeting took place at the Kennedy Space Center on 4 May."))
    assert not any(p == "launchSite" for _, p, _ in found), sorted(found)

"""A launch site told by its noun and the spaceport it is of ("lifted off from the first launch pad of the Satish
Dhawan Space Centre, Sriharikota,"): the spaceport is the launch site, whatever town the parser sets beside the pad
(sites.port_of_pad, frame:launched-from). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, site", [
    ("The PSLV-C62 rocket lifted off from the first launch pad of the Satish Dhawan Space Centre, Sriharikota, at "
     "10:17 IST on 12 January 2026, carrying the EOS-N1 satellite.", "Satish Dhawan Space Centre"),
    ("The Kestrel-4 satellite was launched from the second launch pad of the Guiana Space Centre, Kourou, on 3 May "
     "2026.", "Guiana Space Centre"),
])
def test_the_spaceport_of_the_pad_is_the_launch_site(read, text, site):
    got = triples(read(text))
    assert any(p == "launchSite" and o == site and s.startswith("launch") for s, p, o in got), got

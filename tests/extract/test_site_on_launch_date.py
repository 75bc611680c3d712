"""A launch site the parser hangs on the launch date, however deep in the date's phrase ("launched on the night of
4 to 5 May from Kourou", "in the early hours of 4 May from the Guiana Space Centre"), is where the launch left
from (frame:launched-from). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, prop, place", [
    ("The Kestrel satellite was launched on the night of 4 to 5 May from Kourou.", "locatedIn", "Kourou"),
    ("The Kestrel satellite was launched in the early hours of 4 May from the Guiana Space Centre.", "launchSite",
     "Guiana Space Centre"),
])
def test_the_site_hung_on_the_date(read, text, prop, place):
    got = triples(read(text))
    assert any(s.startswith("launch") and p == prop and o == place for s, p, o in got), got

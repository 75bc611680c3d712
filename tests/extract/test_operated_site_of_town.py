"""A relative clause of operating that the parser hangs on the town or region a facility is said to be in tells of
the facility: "from the Guiana Space Centre in Kourou, French Guiana, which is operated by Andvik Space" (rule
frame:operator, actions._site_of_town). A town is never what is operated; a relative on a town with no facility
before it gives nothing. Sentences written for these tests (Andvik Space is invented)."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, site", [
    ("The maiden flight is planned for September 2026 from the Guiana Space Centre in Kourou, French Guiana, which "
     "is operated by Andvik Space.", "Guiana Space Centre"),
    ("The maiden flight is planned for September 2026 from the Brenna Spaceport in Kelvik, which is operated by "
     "Andvik Space.", "Brenna Spaceport"),
])
def test_a_relative_on_the_town_of_a_site_tells_of_the_site(read, text, site):
    got = triples(read(text))
    assert (site, "operatedBy", "Andvik Space") in got, got
    assert not any(p == "operatedBy" and s in ("Kourou", "French Guiana") for s, p, _ in got), got


def test_a_relative_on_a_town_alone_gives_no_operator(read):
    got = triples(read("The delegation visited the town of Kelvik, Nordland, which is run by Andvik Space."))
    assert not any(p == "operatedBy" for _, p, _ in got), got

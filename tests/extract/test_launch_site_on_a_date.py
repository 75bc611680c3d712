"""The site after a launcher whose phrase the parser hangs on the launch's date is the launch's site ("lifted off
at 10:32 CET on 3 May aboard a Vega-C rocket from Europe's Spaceport": frame:launched-from). Written for the
test."""

from __future__ import annotations

from ..helpers import triples


def test_the_site_after_a_launcher_hung_on_the_date(read):
    found = triples(read("The Kestrel satellite lifted off at 10:32 CET on 3 May aboard a Vega-C rocket from "
                         "Europe's Spaceport."))
    assert ("Kestrel", "launchSite", "Guiana Space Centre") in found, found

"""A definite description with a nationality ("the Japanese agency") takes back the entity of its class that
is of that country, read in the release or known to the knowledge base (Context.definite). Sentences written
for these tests."""

from __future__ import annotations

from ..helpers import triples


def test_the_national_agency_is_the_one_of_that_country(read):
    got = triples(read("JAXA and ESA signed an agreement on the Vela mission in Tokyo on 3 May.\n\n"
                       "The Japanese agency will provide the Zephyr camera."))
    assert ("Zephyr", "providedBy", "JAXA") in got, sorted(got)
    assert ("Zephyr", "providedBy", "ESA") not in got, sorted(got)


def test_the_other_country_picks_the_other_agency(read):
    got = triples(read("CNES and DLR signed an agreement on the Vela mission in Paris on 3 May.\n\n"
                       "The German agency will provide the Zephyr camera."))
    assert ("Zephyr", "providedBy", "DLR") in got, sorted(got)


def test_no_agency_of_that_country_takes_back_nothing(read):
    got = triples(read("CNES and DLR signed an agreement on the Vela mission in Paris on 3 May.\n\n"
                       "The Italian agency will provide the Zephyr camera."))
    assert not [x for x in got if x[0] == "Zephyr" and x[1] == "providedBy" and x[2] in ("CNES", "DLR")], sorted(got)

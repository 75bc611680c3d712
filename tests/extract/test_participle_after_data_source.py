""""Data from the rover's Sorin spectrometer, contributed by the Canadian Space Agency, show clay minerals": a
participle set off after a "from" phrase on a noun of what a craft sends down (lexicon SENT_DOWN_NOUNS: data,
measurements, images) is said of the source the phrase names, where the parser hung it on the data
(frames._data_source): the instrument is provided. Data from what is no made thing give nothing. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, part, maker", [
    ("NASA's Kirra rover landed on Mars in 2026. Data from the rover's Sorin spectrometer, contributed by the "
     "Canadian Space Agency (CSA), show clay minerals.", "Sorin", "CSA"),
    ("ESA's Veyra probe reached Venus in 2027. Measurements from the Lisrad spectrometer, provided by the University "
     "of Padova, reveal sulphur.", "Lisrad", "University of Padova"),
    ("NASA's Odessa orbiter reached Mars in 2024. Images from the Orca camera, built by the University of Arizona, "
     "show the landing site.", "Orca", "University of Arizona"),
])
def test_a_participle_after_data_from_an_instrument_is_the_instruments(read, text, part, maker):
    got = triples(read(text))
    assert (part, "providedBy", maker) in got, got


def test_data_from_no_made_thing_give_nothing(read):
    got = triples(read("Data from the archive, provided by ESA, were used."))
    assert not any(p == "providedBy" for _, p, _ in got), got

"""A class noun after an adjective of light the tagger took for a verb heads its phrase ("fly the French IRIS
infrared[VBD] imager[JJ] on the X satellite": the imager is flown, IRIS its name; lexicon SPECTRAL_ADJECTIVES,
adjective_heads), and one the parser made a clause with the name its subject ("carries the Vela infrared imager")
is the verb's object. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, name, whole", [
    ("CNES and ISRO have agreed to fly the French IRIS infrared imager on the Orla satellite.", "IRIS", "Orla"),
    ("The agencies will fly the Korvan ultraviolet spectrometer on the Orla satellite.", "Korvan", "Orla"),
    ("The Orla satellite carries the Vela infrared imager.", "Vela", "Orla"),
])
def test_a_named_instrument_after_a_light_adjective(read, text, name, whole):
    ext = read(text)
    assert "Instrument" in classes_of(ext, name), sorted(triples(ext))
    assert (name, "partOf", whole) in triples(ext), sorted(triples(ext))


def test_the_imager_named_again_is_the_named_one(read):
    ext = read("The agencies will fly the IRIS infrared imager on the Orla satellite. The imager is being developed "
               "by Thales Alenia Space.")
    assert ("IRIS", "providedBy", "Thales Alenia Space") in triples(ext), sorted(triples(ext))


def test_a_light_word_used_as_a_verb_stays_a_verb(read):
    # no class noun after it: the tagger's verb is left alone
    ext = read("The Orla satellite carries the Vela camera, which works in the infrared.")
    assert ("Vela", "partOf", "Orla") in triples(ext), sorted(triples(ext))


def test_a_light_word_taken_for_the_root_makes_no_cycle(read, caplog):
    """"... on the IRIS infrared[VBD, the root] imager in lunar exploration": the phrase becomes the root; the repair
    makes no cycle of heads (which would leave it, and the headline repair with it, out of the release)."""
    with caplog.at_level("WARNING"):
        read("The President of Salem Butti Salem Al Qubaisi, Ana Ruiz, and the President of ESA, Ola Berg, today "
             "signed in Rome a letter of intent on the IRIS infrared imager in lunar exploration, Earth observation "
             "and space science.")
    assert not [r for r in caplog.records if "cycle" in r.getMessage()], caplog.text

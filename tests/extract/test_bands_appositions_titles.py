"""Three classes from a written release of a satellite order (notes w20): radio bands name nothing ("Ka-band
payloads", "the S-band transponder": lexicon ``RADIO_BANDS``, candidates.without_bands); an apposition the parser
hung further back still types the name before it ("backed by Bpifrance, the French export credit agency":
described_names.described_class); a title of two capitalized title words or more between a body's name and a
person's makes the body ("Andarix Chief Executive Officer Selin Aydin": described_names.titled_owner). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, gone", [
    ("The satellites will carry Ka-band payloads built by Orvix in Cannes.", {"Ka-band", "Ka"}),
    ("The X-band antenna and the S-band transponder were supplied by Orvix.", {"X", "S", "X-band", "S-band"}),
])
def test_radio_bands_name_nothing(read, text, gone):
    ext = read(text)
    assert not gone & labels(ext), labels(ext)
    assert "Orvix" in labels(ext), labels(ext)


def test_an_apposition_hung_further_back_types_the_name(read):
    ext = read("The financing is backed by Bpifrance, the French export credit agency.")
    assert classes_of(ext, "Bpifrance") & {"GovernmentBody", "Organization"}, labels(ext)


@pytest.mark.parametrize("text, person, body", [
    ("The contract was signed in Paris by Andarix Chief Executive Officer Selin Aydin and Kessel Aerospace "
     "President Thomas Renard.", "Selin Aydin", "Andarix"),
])
def test_a_body_before_a_title_of_capitalized_words(read, text, person, body):
    assert (person, "headOf", body) in triples(read(text)), triples(read(text))


def test_one_capitalized_word_before_a_name_is_no_body(read):
    ext = read("Scientific Director Ana Ruiz presented the results in Tartu.")
    assert "Scientific" not in labels(ext), labels(ext)


def test_a_capitalized_class_noun_in_apposition_types_the_name(read):
    """"Ventus-1, a three-unit CubeSat": the class noun the tagger takes for a name still types it."""
    ext = read("Ventus-1, a three-unit CubeSat built by students in Tallinn, sent its first signals on 8 April 2026.")
    assert classes_of(ext, "Ventus-1") == {"Satellite"}, labels(ext)

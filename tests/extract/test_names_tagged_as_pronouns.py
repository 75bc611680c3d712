"""A known name with a capital inside is a name whatever the tagger says ("NIRSpec was built ...", tagged a
pronoun after "The NIRSpec instrument ..."); a function word is not ("It", "This"): gazetteer._acceptable.
Sentences written for these tests."""

from __future__ import annotations

from ..helpers import triples


def test_a_known_camel_case_name_tagged_a_pronoun_is_the_name(read):
    got = triples(read("The NIRSpec instrument detected carbon dioxide. NIRSpec was built for ESA by Airbus Defence "
                       "and Space."))
    assert ("NIRSpec", "providedBy", "Airbus Defence and Space") in got, got


def test_a_pronoun_opening_a_sentence_names_nothing(read):
    ext = read("This was built by Airbus Defence and Space. It was launched in 2021.")
    assert not any(e.label in ("This", "It") for e in ext.entities.values()), [e.label for e in ext.entities.values()]

"""A periodic comet's designation is one comet's name ("the main-belt comet 311P/PANSTARRS": designations
.periodic_comets), as is a star's catalogue designation with a planet's letter ("LHS 1140 b", also at a sentence's
end), and a craft that continues or proceeds to a body targets it (lexicon STUDY_VERBS); to continue "to cooperate"
or "to operate" names no body. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, comet", [
    ("The Orla probe will now continue to the main-belt comet 411P/VELMARK.", "411P/VELMARK"),
    ("The Orla probe will proceed to comet 512P/Korvan-Halden in 2031.", "512P/Korvan-Halden"),
])
def test_a_periodic_comet_is_one_name_and_the_target(read, text, comet):
    ext = read(text)
    assert "Comet" in classes_of(ext, comet), sorted(labels(ext))
    assert ("Orla", "target", comet) in triples(ext), sorted(triples(ext))


@pytest.mark.parametrize("text", [
    "The agencies will continue to cooperate on the Orla probe.",
    "The Orla probe will continue to operate until 2030.",
])
def test_continuing_to_do_targets_nothing(read, text):
    assert not any(p == "target" for _, p, _ in triples(read(text)))


@pytest.mark.parametrize("text, planet", [
    ("The planet HD 209458 b orbits its star every 3.5 days.", "HD 209458 b"),
    ("Astronomers using the Orla telescope detected water vapour in the atmosphere of the exoplanet LHS 1140 b.",
     "LHS 1140 b"),
])
def test_a_planets_letter_after_a_catalogue_designation(read, text, planet):
    ext = read(text)
    assert "Planet" in classes_of(ext, planet), sorted(labels(ext))
    assert not any(label in ("HD 209458", "LHS 1140") for label in labels(ext)), sorted(labels(ext))

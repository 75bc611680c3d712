"""A head noun of a craft or a launcher written with a size prefix and a hyphen ("micro-launcher",
"nano-satellite", "mini-launcher") is of the head noun's class, as the one-word "microlauncher" is (lexicon
SIZE_PREFIXES). The tokenizer splits it in three and the parser may make the prefix the head of the name
before it (candidates.noun_class); a described one is labelled whole (Tree.hyphened_end). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, name, cls", [
    ("The Vexa micro-launcher was built by Orbix Dynamics.", "Vexa", "LaunchVehicle"),
    ("The pad will host the Sirocco micro-launcher developed by Kaliba Space.", "Sirocco", "LaunchVehicle"),
    ("Kaliba Space is developing the Sirocco mini-launcher.", "Sirocco", "LaunchVehicle"),
    ("The Brivo-2 nano-satellite was built by Astrelis Systems.", "Brivo-2", "Satellite"),
])
def test_a_name_before_a_hyphened_size_noun_takes_its_class(read, text, name, cls):
    got = read(text)
    assert cls in classes_of(got, name), classes_of(got, name)


@pytest.mark.parametrize("text, name, maker", [
    ("The Vexa micro-launcher was built by Orbix Dynamics.", "Vexa", "Orbix Dynamics"),
    ("Kaliba Space is developing the Sirocco micro-launcher.", "Sirocco", "Kaliba Space"),
])
def test_the_maker_of_a_hyphened_launcher_provides_it(read, text, name, maker):
    assert (name, "providedBy", maker) in triples(read(text))


def test_a_described_hyphened_launcher_is_labelled_whole(read):
    got = read("A micro-launcher from Kaliba Space will fly in 2027.")
    assert "micro" not in labels(got), labels(got)


@pytest.mark.parametrize("text, name", [
    ("The DLR micro-gravity programme started in 2020.", "DLR"),
    ("The Orla mini-series was broadcast by Kelvo Television.", "Orla"),
])
def test_a_hyphened_prefix_before_another_noun_gives_no_craft_class(read, text, name):
    got = read(text)
    assert not classes_of(got, name) & {"LaunchVehicle", "Satellite", "Spacecraft"}, classes_of(got, name)

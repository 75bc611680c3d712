"""A list whose items each carry their own "from" phrase ("satellites from X Laboratories, a technology
demonstrator from Y and two cubesats from Z"): the second item is no apposition saying what X is, and
does not give X its class."""

import pytest


def _classes(ex, label):
    return next(e.classes for e in ex.entities.values() if e.label == label)


@pytest.mark.parametrize("text, name", [
    ("The rocket carried a satellite from Halden Laboratories, a demonstrator from Tessel Space and two "
     "cubesats from Oslo.", "Halden Laboratories"),
    ("Among the passengers were two satellites from the Orvik Research Institute, a technology demonstrator "
     "from CNES and nine cubesats built by students.", "Orvik Research Institute"),
    ("The flight carries an instrument from Vindel Laboratories, a camera from DLR and a radar from ASI.",
     "Vindel Laboratories"),
])
def test_a_list_item_after_a_name_does_not_type_it(read, text, name):
    classes = _classes(read(text), name)
    assert not {"LaunchVehicle", "Instrument", "Spacecraft"} & set(classes), classes


def test_an_apposition_still_types_the_name(read):
    assert "Lander" in _classes(read("Vela, a small lunar lander from Orvik Space, touched down on 3 May."), "Vela")

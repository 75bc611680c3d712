"""Telescopes on the ground are facilities, not satellites (rules/grounded.py), on sentences written for
the tests."""

from ..helpers import classes_of


def test_rules_ground_telescope_in_a_country_is_a_facility_there(read):
    x = read("Astronomers used the Harlan Large Telescope in Chile to image the disc.")
    assert classes_of(x, "Harlan Large Telescope") == {"Facility"}
    assert ("Harlan Large Telescope", "locatedIn", "Chile") in {
        (x.entities[r.subject].label, r.predicate, x.entities[r.object].label) for r in x.relations}


def test_rules_ground_telescope_cued_before_its_name(read):
    x = read("The ground-based Meridian Telescope observed the comet for six nights.")
    assert classes_of(x, "Meridian Telescope") == {"Facility"}


def test_rules_ground_telescope_in_a_region(read):
    x = read("The Sorrel Telescope in Hawaii recorded the flash.")
    assert classes_of(x, "Sorrel Telescope") == {"Facility"}


def test_rules_ground_telescope_in_space_stays_a_satellite(read):
    x = read("The Lyra Telescope will be launched in 2027 on an Ariane 6 rocket. "
             "The Nova Telescope at L2 observed the star. "
             "The Vantor Telescope, in orbit since 2020, observed the comet.")
    for name in ("Lyra Telescope", "Nova Telescope", "Vantor Telescope"):
        assert classes_of(x, name) == {"Satellite"}, name


def test_rules_ground_telescope_named_space_telescope_stays_a_satellite(read):
    x = read("The Orion Space Telescope in Chile's mission plan was moved to 2031.")
    assert classes_of(x, "Orion Space Telescope") == {"Satellite"}


def test_rules_ground_telescope_at_an_observatory(read):
    x = read("Observatories taking part included the Very Large Telescope at ESO's Paranal Observatory. "
             "The Vela Telescope at the Roque de los Muchachos Observatory observed the comet.")
    for name in ("Very Large Telescope", "Vela Telescope"):
        assert classes_of(x, name) == {"Facility"}, name


def test_rules_ground_radar_named_before_its_noun_is_a_facility(read):
    x = read("Tracking data from the Kestrel radar in Cape Verde confirmed the risk. "
             "The Corvo antenna at Santa Maria received the first signal.")
    assert classes_of(x, "Kestrel") == {"Facility"}
    assert classes_of(x, "Corvo") == {"Facility"}


def test_rules_radar_aboard_a_craft_stays_an_instrument(read):
    x = read("The Sentra-2 satellite carries the Kestrel radar, which was switched on in orbit on 3 May 2026.")
    assert classes_of(x, "Kestrel") == {"Instrument"}

"""rules/suppliers.contractors: a contract awarded to a group that a body leads ("to a consortium led by Orvik Space,
with Vexa Aerospace and Tarn Robotics as partners, to build X") is done by its leader as well as by the partners
named beside it. On sentences written for this test."""

from __future__ import annotations

from ..helpers import triples


def test_the_consortiums_leader_builds_with_the_partners(read):
    got = triples(read("ESA awarded a contract to a consortium led by Orvik Space, with Vexa Aerospace and Tarn "
                       "Robotics as partners, to build the Halo satellite."))
    assert {("Halo", "providedBy", x) for x in ("Orvik Space", "Vexa Aerospace", "Tarn Robotics")} <= got, got
    assert ("Halo", "providedBy", "ESA") not in got, got

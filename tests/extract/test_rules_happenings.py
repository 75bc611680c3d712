"""Events on sentences written for them: onlookers, "whose launch", a signing by people, "the meeting" again."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _events(result, cls: str) -> list[str]:
    return [e.key for e in result.entities.values() if cls in e.classes]


def _participants(result, key: str) -> set[str]:
    ents = result.entities
    return {ents[r.object].label for r in result.relations if r.subject == key and r.predicate == "participant"}


@pytest.mark.parametrize("text, onlooker", [
    ("Maria Lopez, Director of the Zephyr Space Agency, and NASA Administrator Paul Smith signed the agreement, "
     "with Ido Kestrel, CEO of Nova, looking on.", "Ido Kestrel"),
    ("Maria Lopez and Paul Smith signed the Vela agreement with Ido Kestrel watching.", "Ido Kestrel"),
    ("Maria Lopez and Paul Smith signed the agreement in the presence of Ido Kestrel.", "Ido Kestrel"),
])
def test_rules_happenings_onlookers_take_part_in_the_signing(read, text, onlooker):
    result = read(text)
    signings = [k for k in _events(result, "Meeting") if _participants(result, k) >= {"Maria Lopez", "Paul Smith"}]
    assert signings and onlooker in _participants(result, signings[0]), triples(result)


@pytest.mark.parametrize("text, onlooker", [
    ("Minister Rosa Vidal signed the declaration at a ceremony in Lima on 3 May 2024, in the presence of NASA "
     "Administrator Paul Smith.", "Paul Smith"),
    ("Paul Smith opened the exhibition during a reception in Rome, in the presence of Minister Rosa Vidal.",
     "Rosa Vidal"),
])
def test_rules_happenings_onlookers_of_the_event_a_clause_is_at(read, text, onlooker):
    """The event the clause happens at ("at a ceremony") has the onlooker the clause names."""
    result = read(text)
    assert any(onlooker in _participants(result, k) for k in _events(result, "Meeting")), triples(result)



def test_rules_happenings_people_signing_make_a_signing_event(read):
    """Two people put their names to an agreement: the signing is an event, the agreement signed at it."""
    facts = triples(read("Maria Lopez and Paul Smith put their signatures to the agreement."))
    assert any(p == "signedAt" for _, p, _ in facts), facts


def test_rules_happenings_signing_during_a_meeting_is_at_that_meeting(read):
    result = read("On 4 March, Maria Lopez, Director of ESA, held a meeting with Paul Smith, President of JAXA. "
                  "They discussed the Zephyr mission. Maria Lopez and Paul Smith signed the Vela agreement.")
    meetings = _events(result, "Meeting")
    assert len(meetings) == 1, triples(result)
    assert any(r.predicate == "signedAt" and r.object == meetings[0] for r in result.relations), triples(result)


def test_rules_happenings_no_signing_event_for_agencies_alone(read):
    """Agencies sign without anyone's hand being named: no signing event is invented."""
    facts = triples(read("ESA and JAXA signed the agreement."))
    assert not any(p == "signedAt" for _, p, _ in facts), facts


def test_rules_happenings_no_onlooker_from_a_plain_with(read):
    """"signed the agreement with X": X is a party, not someone watching."""
    result = read("Maria Lopez and Paul Smith signed the agreement with Ido Kestrel.")
    assert not any("Ido Kestrel" in _participants(result, k) for k in _events(result, "Event")), triples(result)


@pytest.mark.parametrize("text, craft", [
    ("The Zephyr satellite, whose launch is scheduled for 2030, will study dark matter.", "Zephyr"),
    ("The Vela probe, whose landing is planned for May 2031, carries a camera.", "Vela"),
    ("ESA described the Nova telescope, whose launch is slated for 2029.", "Nova"),
])
def test_rules_happenings_whose_event_is_the_antecedents(read, text, craft):
    result = read(text)
    events = _events(result, "Launch") + _events(result, "Landing")
    assert events and craft in _participants(result, events[0]), triples(result)
    assert any(d.subject == events[0] for d in result.dates), result.dates


def test_rules_happenings_whose_is_not_an_event_of_a_thing(read):
    """"whose camera": a camera is no event."""
    result = read("The Zephyr satellite, whose camera was built in Italy, will study dark matter.")
    assert not _events(result, "Event"), triples(result)


@pytest.mark.parametrize("text", [
    "On Thursday, Paul Smith, the Administrator of NASA, held a meeting with Maria Lopez, Chair of ISRO. "
    "Senior officials of ISRO, NASA and CNES took part in the meeting.",
    "Paul Smith and Maria Lopez held a meeting on 3 May 2022. "
    "Officials of CNES attended the meeting.",
])
def test_rules_happenings_the_meeting_is_the_one_held(read, text):
    result = read(text)
    meetings = _events(result, "Meeting")
    assert len(meetings) == 1, triples(result)
    assert {"Paul Smith", "Maria Lopez", "CNES"} <= _participants(result, meetings[0]), triples(result)


def test_rules_happenings_two_meetings_stay_two(read):
    """A second meeting with modifiers of its own is not the first one."""
    result = read("Paul Smith of NASA held a meeting with Maria Lopez of ISRO on 3 May 2022. "
                  "A week later, CNES held a second meeting with ISRO on 10 May 2022.")
    assert len(_events(result, "Meeting")) == 2, triples(result)


@pytest.mark.parametrize("text, actor, cls", [
    ("The Vela probe today made a successful descent through the atmosphere of Titan.", "Vela", "Event"),
    ("The Zephyr spacecraft performed a flyby of Mars on 3 May 2022.", "Zephyr", "Event"),
    ("Maria Lopez, Director of ESA, paid a visit to the Kennedy Space Center on 3 May 2022.", "Maria Lopez",
     "Meeting"),
    ("The Nova spacecraft carried out a docking with the station on 2 June 2023.", "Nova", "Event"),
])
def test_rules_happenings_light_verb_subject_takes_part(read, text, actor, cls):
    result = read(text)
    events = _events(result, cls)
    assert events and actor in _participants(result, events[0]), triples(result)
    assert any(d.subject == events[0] for d in result.dates), result.dates


def test_rules_happenings_light_verb_without_event_noun(read):
    """"made a camera": no event noun, no event."""
    result = read("The Zephyr company made a camera for the Vela probe in 2020.")
    assert not _events(result, "Event"), triples(result)


@pytest.mark.parametrize("text, craft, place", [
    ("The Vela capsule came down safely in the Woomera Prohibited Area on 13 June 2010.", "Vela", "Woomera"),
    ("The Orion capsule splashed down in the Pacific Ocean on 11 December 2022.", "Orion", "Pacific Ocean"),
])
def test_rules_happenings_coming_down_is_a_landing(read, text, craft, place):
    result = read(text)
    landings = _events(result, "Landing")
    assert landings and craft in _participants(result, landings[0]), triples(result)
    assert any(s.startswith("landing") and p == "locatedIn" and o.startswith(place)
               for s, p, o in triples(result)), triples(result)


def test_rules_happenings_released_from_the_carrier(read):
    """"X was released from Y": both craft take part in the release."""
    result = read("The Vela probe had been released from the Zephyr orbiter on 25 December 2004.")
    events = _events(result, "Event")
    assert events and {"Vela", "Zephyr"} <= _participants(result, events[0]), triples(result)


def test_rules_happenings_released_from_a_place_is_no_participant(read):
    """"released from Kourou": a place is where, not who."""
    result = read("The Vela probe was released from Kourou on 25 December 2004.")
    assert not any("Kourou" in _participants(result, k) for k in _events(result, "Event")), triples(result)


@pytest.mark.parametrize("text, who", [
    ("A Cooperation Agreement between ESA and AEM was signed on 14 February 2023. The signing took place on "
     "AEM's premises in Mexico City. Rogelio Jimenez, the Mexican Sub Secretary of Transport, was present at "
     "the ceremony.", "Rogelio Jimenez"),
    ("Paul Smith and Maria Lopez held a meeting on 3 May 2022 in Paris. Officials of CNES attended the event.",
     "CNES"),
])
def test_rules_happenings_the_ceremony_is_the_event_just_told_of(read, text, who):
    result = read(text)
    meetings = _events(result, "Meeting")
    assert len(meetings) == 1 and who in _participants(result, meetings[0]), triples(result)


def test_rules_happenings_took_place_on_premises_in_a_city(read):
    """"The signing took place on X's premises in Mexico City": the city is where (nested locative)."""
    facts = triples(read("A Cooperation Agreement between ESA and AEM was signed last week. "
                         "The signing took place on AEM's premises in Mexico City."))
    assert any(s.startswith("signing") and p == "locatedIn" and o == "Mexico City" for s, p, o in facts), facts


def test_rules_happenings_no_anaphor_without_an_event_before(read):
    """"the event" with no event told of before it refers to nothing."""
    result = read("ESA and JAXA are partners. Officials of CNES attended the event.")
    assert not _events(result, "Event"), triples(result)


def test_rules_happenings_the_launch_then_the_launch_of_x_is_one_launch(read):
    result = read("The launch is now set for 19 October 2018. ESA is responsible for the launch of the Zephyr "
                  "spacecraft.")
    launches = _events(result, "Launch")
    assert len(launches) == 1 and "Zephyr" in _participants(result, launches[0]), triples(result)
    assert any(d.subject == launches[0] and d.value == "2018-10-19" for d in result.dates), result.dates


def test_rules_happenings_two_craft_two_launches(read):
    """A launch that already has its craft is not another craft's launch."""
    result = read("The Vela probe was launched on 3 May 2020. ESA is responsible for the launch of the Zephyr "
                  "spacecraft.")
    assert len(_events(result, "Launch")) == 2, triples(result)


def test_rules_happenings_travelled_to_meet_places_the_meeting(read):
    facts = triples(read("On 6 September, Maria Lopez, President of CNES, travelled to Oslo, Norway, to meet "
                         "Paul Smith, Director General of the Norwegian Space Centre."))
    assert any(s.startswith("meeting") and p == "locatedIn" and o == "Oslo" for s, p, o in facts), facts


@pytest.mark.parametrize("text", [
    "Paul Smith went with Maria Lopez to ISRO's UR Rao Satellite Centre to see the Zephyr satellite.",
    "Paul Smith travelled with Maria Lopez to the Kennedy Space Center in March 2022.",
])
def test_rules_happenings_going_somewhere_is_a_visit(read, text):
    result = read(text)
    visits = _events(result, "Meeting")
    assert visits and {"Paul Smith", "Maria Lopez"} <= _participants(result, visits[0]), triples(result)
    assert any(r.subject == visits[0] and r.predicate == "locatedIn" for r in result.relations), triples(result)


def test_rules_happenings_came_to_where_a_meeting_was_held(read):
    """"came to X, where he held a meeting": no separate visit, the meeting is at X."""
    result = read("On Thursday, Paul Smith came to the Kennedy Space Center in Florida, where he held a meeting "
                  "with Maria Lopez.")
    meetings = _events(result, "Meeting")
    assert len(meetings) == 1, triples(result)
    assert any(r.subject == meetings[0] and r.predicate == "locatedIn" and result.entities[r.object].label
               == "Kennedy Space Center" for r in result.relations), triples(result)


def test_rules_happenings_things_going_somewhere_are_no_visit(read):
    result = read("The first data went to ESOC in Darmstadt on 3 May 2022.")
    assert not _events(result, "Meeting"), triples(result)


def test_rules_happenings_with_x_as_witnesses(read):
    result = read("A Memorandum of Understanding was signed in Beijing by Paul Smith, Chief Executive of the UK "
                  "Space Agency, and by Li Wei, Vice Administrator of CNSA, with Maria Lopez as a witness.")
    facts = triples(result)
    # (the memorandum is the release's own, labelled as a described thing: rules/document_names.py)
    assert {("Memorandum of Understanding [t]", "signatory", "Li Wei"),
            ("Memorandum of Understanding [t]", "signatory", "CNSA")} <= facts, facts
    signings = [k for k in _events(result, "Meeting") if "Paul Smith" in _participants(result, k)]
    assert signings and "Maria Lopez" in _participants(result, signings[0]), facts


@pytest.mark.parametrize("text", [
    "The Zephyr system will rely on the Vela satellite to host a mission for atmospheric sounding.",
    "The telescope and an optical bench on which the Vela instruments are hosted were built by ESA.",
])
def test_rules_happenings_craft_hosting_is_no_meeting(read, text):
    result = read(text)
    assert not _events(result, "Meeting"), triples(result)


def test_rules_happenings_hosting_people_is_a_meeting(read):
    result = read("On 3 May 2022, ESA hosted Maria Lopez, Director of the Zephyr Space Agency, in Paris.")
    meetings = _events(result, "Meeting")
    assert meetings and {"ESA", "Maria Lopez"} <= _participants(result, meetings[0]), triples(result)


def test_rules_happenings_coordinated_elections_are_one_event(read):
    result = read("Paul Smith, Director of the Dutch Institute, was elected Chairman of the Council, and Maria "
                  "Lopez, Director of the Irish Service, was elected its Vice-Chairman.")
    events = [k for k in _events(result, "Event") if _participants(result, k)]
    assert len(events) == 1 and {"Paul Smith", "Maria Lopez"} <= _participants(result, events[0]), triples(result)


def test_rules_happenings_separate_appointments_stay_separate(read):
    result = read("Paul Smith was appointed Director of ESA in 2019. Maria Lopez was appointed President of CNES "
                  "in 2021.")
    events = [k for k in _events(result, "Event") if _participants(result, k)]
    assert len(events) == 2, triples(result)


@pytest.mark.parametrize("text, value", [
    ("PARIS, 5 May 2022 - ESA and JAXA signed an agreement on the Zephyr mission.", "2022-05-05"),
    ("BREMEN, GERMANY, OCT 3 — An agreement on the Vela mission has been signed by ESA and NASA.", "2020-10-03"),
])
def test_rules_happenings_dateline_dates_the_first_report(read, text, value):
    result = read(text)
    deals = _events(result, "Agreement")
    assert deals and any(d.subject == deals[0] and d.value == value for d in result.dates), result.dates


def test_rules_happenings_dateline_does_not_override_the_clause_date(read):
    result = read("PARIS, 5 May 2022 - ESA and JAXA signed an agreement on the Zephyr mission on 2 May 2022.")
    deals = _events(result, "Agreement")
    assert deals and {d.value for d in result.dates if d.subject == deals[0]} == {"2022-05-02"}, result.dates


def test_rules_happenings_no_dateline_without_a_dash(read):
    result = read("In Paris on 5 May 2022 the weather was fine. ESA and JAXA signed an agreement on the Zephyr "
                  "mission.")
    deals = _events(result, "Agreement")
    assert deals and not any(d.subject == deals[0] for d in result.dates), result.dates


def test_rules_happenings_signing_told_twice_is_one_signing(read):
    result = read("PARIS, 5 May 2022 - An agreement on the Vela mission has been signed by ESA and NASA. Maria Lopez, "
                  "Director of ESA, and NASA Administrator Paul Smith put their signatures to the agreement.")
    signings = [k for k in _events(result, "Meeting")]
    assert len(signings) == 1 and {"Maria Lopez", "Paul Smith"} <= _participants(result, signings[0]), \
        triples(result)


@pytest.mark.parametrize("text, chair", [
    ("Meeting today under the chairmanship of Paul Smith, Chairman, MBRSC, the Board of Directors of the Zephyr "
     "Space Centre discussed recent progress.", "Paul Smith"),
    ("The ESA Council met in Paris on 3 May 2022 under the presidency of Maria Lopez.", "Maria Lopez"),
])
def test_rules_happenings_under_the_chairmanship_of(read, text, chair):
    result = read(text)
    meetings = _events(result, "Meeting")
    assert meetings and chair in _participants(result, meetings[0]), triples(result)


@pytest.mark.parametrize("text", [
    "Present at the meeting was Paul Smith, Vice Chairman, and those attending included Maria Lopez, "
    "Director General, as well as Omar Haddad, Member of the Board.",
    "Paul Smith and Ana Ruiz held a meeting in Paris on 3 May 2022. The participants included Maria Lopez and "
    "Omar Haddad.",
])
def test_rules_happenings_those_attending_included(read, text):
    result = read(text)
    meetings = _events(result, "Meeting")
    assert meetings and {"Maria Lopez", "Omar Haddad"} <= _participants(result, meetings[0]), triples(result)


def test_rules_happenings_what_a_mission_includes_is_no_attendance(read):
    result = read("Paul Smith and Ana Ruiz held a meeting in Paris on 3 May 2022. The mission includes CNES and DLR.")
    meetings = _events(result, "Meeting")
    assert meetings and not {"CNES", "DLR"} & _participants(result, meetings[0]), triples(result)


@pytest.mark.parametrize("text, cls, value", [
    ("On 30 July 2022 the Zephyr camera is to be delivered to NASA.", "Event", "2022-07-30"),
    ("The Vela lander is scheduled to land on the Moon on 3 May 2026.", "Landing", "2026-05-03"),
])
def test_rules_happenings_date_of_is_to_and_scheduled_to(read, text, cls, value):
    result = read(text)
    events = _events(result, cls)
    assert events and any(d.subject == events[0] and d.value == value for d in result.dates), result.dates


def test_rules_happenings_apposed_person_takes_part(read):
    result = read("The Zephyr telescope was unveiled today by the Minister of Industry, the Honourable Paul Smith.")
    events = _events(result, "Event")
    assert events and "Paul Smith" in _participants(result, events[0]), triples(result)


def test_rules_happenings_apposed_thing_is_no_participant(read):
    """Only people in apposition join: "ESA, the agency" adds nothing new, a place adds nothing."""
    result = read("The Zephyr centre was opened on 3 May 2022 by ESA, the European agency based in Paris.")
    assert not any("Paris" in _participants(result, k) for k in _events(result, "Event")), triples(result)


def test_rules_happenings_a_berthing_told_twice_is_one(read):
    result = read("On 18 September the Zephyr vehicle was berthed to the International Space Station. Today, at "
                  "10:49, the Zephyr vehicle was berthed to the International Space Station.")
    events = [k for k in _events(result, "Event") if _participants(result, k)]
    assert len(events) == 1, triples(result)
    assert {"Zephyr", "International Space Station"} <= _participants(result, events[0]), triples(result)


def test_rules_happenings_two_releases_of_two_probes_stay_two(read):
    result = read("The Vela probe was released from the Zephyr orbiter on 3 May. The Nova probe was released from "
                  "the Zephyr orbiter on 5 May.")
    assert len([k for k in _events(result, "Event") if _participants(result, k)]) == 2, triples(result)


def test_rules_happenings_docked_and_released_are_two_events(read):
    """The same craft docking, then being released: two events, not one (the verbs differ)."""
    result = read("The Zephyr vehicle was berthed to the International Space Station on 18 September. The Zephyr "
                  "vehicle was released from the International Space Station on 30 October.")
    assert len([k for k in _events(result, "Event") if _participants(result, k)]) == 2, triples(result)


@pytest.mark.parametrize("text, site", [
    ("The launch of the Vela satellite is scheduled for 2026 from the Guiana Space Centre.", "Guiana Space Centre"),
    ("Liftoff of the Zephyr mission is set for April 13 2023, from the European Spaceport in Kourou.",
     "European Spaceport"),
])
def test_rules_happenings_scheduled_launch_from_a_site(read, text, site):
    facts = triples(read(text))
    assert any(p == "launchSite" and o == site for s, p, o in facts if s.lower().startswith(("launch", "liftoff"))), \
        facts


def test_rules_happenings_scheduled_meeting_in_a_city_is_no_launch_site(read):
    facts = triples(read("The meeting of ESA and JAXA is scheduled for 3 May 2026 in Paris."))
    assert not any(p == "launchSite" for _, p, _ in facts), facts


def test_rules_happenings_a_dated_activity_of_a_craft_is_no_event(read):
    result = read("KASA and ESA will cooperate on the Zephyr orbiter, which will study the atmosphere of Venus "
                  "from 2031.")
    assert not [e for e in result.entities.values() if e.label.startswith("study")], triples(result)


def test_rules_happenings_a_dated_deed_of_a_craft_is_still_an_event(read):
    result = read("The Zephyr orbiter was berthed to the ISS on 18 September 2024.")
    assert [e for e in result.entities.values() if "Event" in e.classes], triples(result)

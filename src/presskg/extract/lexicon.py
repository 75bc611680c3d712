"""Words of the space-news domain and what they tell about the things they head.

These are linguistic facts of English in this domain (a "lander" is a Lander,
"President" is a head's title), not facts about any release. Facts about the
world (which agency runs which mission) live in the knowledge base.
"""

from __future__ import annotations

from ..vocab import Class as C

#: Head nouns (lemmas, lower case) that give the class of what they name or
#: describe: "the MASCOT lander", "asteroid Ryugu", "a spectrometer".
HEAD_CLASSES: dict[str, str] = {
    # organizations
    "agency": C.SpaceAgency, "administration": C.GovernmentBody,
    "institute": C.ResearchInstitute, "institution": C.ResearchInstitute,
    "laboratory": C.ResearchInstitute, "lab": C.ResearchInstitute,
    "university": C.ResearchInstitute, "observatory": C.ResearchInstitute,
    "academy": C.ResearchInstitute, "school": C.ResearchInstitute,
    "company": C.Company, "firm": C.Company, "manufacturer": C.Company,
    "corporation": C.Company, "startup": C.Company, "start-up": C.Company,
    "contractor": C.Company, "group": C.Organization,
    "ministry": C.GovernmentBody, "government": C.GovernmentBody,
    "secretariat": C.GovernmentBody, "department": C.GovernmentBody,
    "commission": C.GovernmentBody, "council": C.GovernmentBody,
    "parliament": C.GovernmentBody, "office": C.GovernmentBody,
    "committee": C.Organization, "chamber": C.Organization, "association": C.Organization,
    "federation": C.Organization, "consortium": C.Organization, "team": C.Organization,
    "board": C.Organization, "delegation": C.GovernmentBody, "union": C.Organization,
    # places
    "spaceport": C.Spaceport, "cosmodrome": C.Spaceport, "launch site": C.Spaceport,
    "centre": C.Facility, "center": C.Facility, "headquarters": C.Facility,
    "campus": C.Facility, "base": C.Facility, "facility": C.Facility,
    "embassy": C.Facility, "station": C.Facility, "site": C.Place, "area": C.Place,
    "city": C.City, "town": C.City, "capital": C.City, "country": C.Country,
    "region": C.Place, "prefecture": C.Place, "province": C.Place, "state": C.Place,
    # missions and craft
    "mission": C.Mission, "programme": C.Mission, "program": C.Mission,
    "project": C.Mission, "flight": C.Mission, "expedition": C.Mission,
    "spacecraft": C.Spacecraft, "craft": C.Spacecraft, "vehicle": C.Spacecraft,
    "probe": C.Probe, "orbiter": C.Probe, "explorer": C.Probe, "impactor": C.Probe,
    "satellite": C.Satellite, "microsatellite": C.Satellite, "constellation": C.Satellite,
    "cubesat": C.Satellite, "telescope": C.Satellite, "observatory satellite": C.Satellite,
    "lander": C.Lander, "rover": C.Rover, "capsule": C.Spacecraft, "module": C.Spacecraft,
    "space station": C.SpaceStation, "spaceplane": C.Spacecraft, "helicopter": C.Spacecraft,
    "launcher": C.LaunchVehicle, "rocket": C.LaunchVehicle, "launch vehicle": C.LaunchVehicle,
    "demonstrator": C.LaunchVehicle, "booster": C.LaunchVehicle,
    # instruments
    "instrument": C.Instrument, "spectrometer": C.Instrument, "spectrograph": C.Instrument,
    "camera": C.Instrument, "imager": C.Instrument, "radiometer": C.Instrument,
    "sensor": C.Instrument, "radar": C.Instrument, "altimeter": C.Instrument,
    "magnetometer": C.Instrument, "detector": C.Instrument, "payload": C.Instrument,
    "sounder": C.Instrument, "lidar": C.Instrument, "interferometer": C.Instrument,
    "seismometer": C.Instrument, "antenna": C.Instrument, "component": C.Instrument,
    "arm": C.Instrument, "carrier": C.Spacecraft, "experiment": C.Instrument,
    # bodies
    "asteroid": C.Asteroid, "comet": C.Comet, "moon": C.Moon, "planet": C.Planet,
    "dwarf planet": C.Planet, "star": C.Star, "satellite of": C.Moon,
    # events and documents
    "meeting": C.Meeting, "videoconference": C.Meeting, "teleconference": C.Meeting,
    "talks": C.Meeting, "talk": C.Meeting, "dialogue": C.Meeting, "visit": C.Meeting,
    "session": C.Meeting, "dinner": C.Meeting, "reception": C.Meeting, "ceremony": C.Meeting,
    "summit": C.Conference, "conference": C.Conference, "congress": C.Conference,
    "forum": C.Conference, "symposium": C.Conference, "workshop": C.Conference,
    "fair": C.Conference, "show": C.Conference, "airshow": C.Conference, "expo": C.Conference,
    "campaign": C.Campaign, "season": C.Campaign, "year": C.Campaign,
    "launch": C.Launch, "liftoff": C.Launch, "lift-off": C.Launch,
    "landing": C.Landing, "touchdown": C.Landing,
    "agreement": C.Agreement, "accord": C.Agreement, "treaty": C.Agreement,
    "memorandum": C.Agreement, "mou": C.Agreement, "moc": C.Agreement, "contract": C.Agreement,
    "statement": C.Agreement, "declaration": C.Agreement, "protocol": C.Agreement,
    "convention": C.Agreement, "charter": C.Agreement, "arrangement": C.Agreement,
    "letter of intent": C.Agreement, "partnership": C.Agreement,
    "sample": C.Sample, "samples": C.Sample, "signing": C.Meeting,
    # head words of names in other languages ("Instituto Nacional de Astrofísica")
    "instituto": C.ResearchInstitute, "institut": C.ResearchInstitute, "istituto": C.ResearchInstitute,
    "universidad": C.ResearchInstitute, "université": C.ResearchInstitute, "universität": C.ResearchInstitute,
    "università": C.ResearchInstitute, "laboratoire": C.ResearchInstitute, "centro": C.Facility,
    "agencia": C.SpaceAgency, "agence": C.SpaceAgency, "agenzia": C.SpaceAgency,
    "ministerio": C.GovernmentBody, "ministère": C.GovernmentBody, "ministero": C.GovernmentBody,
    "secretaría": C.GovernmentBody,
}

#: Head nouns that make a *described* (unnamed) thing worth a node of its own
#: when the text gives it a relation: "a spectrometer", "the meeting".
DESCRIBED_THINGS: frozenset[str] = frozenset({
    "spectrometer", "spectrograph", "camera", "imager", "radiometer", "instrument",
    "sensor", "radar", "altimeter", "magnetometer", "detector", "lidar", "seismometer",
    "rover", "lander", "capsule", "probe", "orbiter", "satellite", "spacecraft",
    "component", "payload", "module", "antenna", "carrier",
    "meeting", "videoconference", "teleconference", "talks", "dinner", "visit", "ceremony",
    "agreement", "accord", "memorandum", "mou", "moc", "contract", "statement", "declaration",
    "treaty", "arrangement", "letter of intent", "signing",
    "launch", "liftoff", "landing", "touchdown",
    "sample", "samples",
})

#: Titles that make a person the head of an organization.
HEAD_TITLES: frozenset[str] = frozenset({
    "president", "director general", "director-general", "administrator", "chairman",
    "chairwoman", "chairperson", "chair", "head", "chief", "chief executive",
    "chief executive officer", "ceo", "director general elect", "executive director",
    "secretary general", "secretary-general", "commissioner", "minister", "governor",
    "leader", "boss", "general director", "managing director",
})

#: Other positions: they make a person a member of the organization.
MEMBER_TITLES: frozenset[str] = frozenset({
    "director", "deputy", "vice", "vice-president", "vice president", "manager",
    "scientist", "engineer", "researcher", "professor", "astronaut", "official",
    "representative", "member", "ambassador", "spokesperson", "spokesman",
    "spokeswoman", "officer", "head of", "coordinator", "advisor", "adviser",
    "counsellor", "counselor", "delegate", "executive", "principal investigator",
    "project manager", "programme manager", "associate", "secretary", "staff",
})

#: Honorifics stripped from person names: "Dr Hiroshi Yamakawa".
HONORIFICS: frozenset[str] = frozenset({
    "dr", "dr.", "prof", "prof.", "professor", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
    "sir", "dame", "madam", "gen", "gen.", "general", "col", "col.", "lt", "lt.",
})

# --- verbs, by what they say about their arguments ------------------------------

SUPPLY_VERBS = frozenset({
    "supply", "provide", "build", "develop", "design", "manufacture", "make", "furnish",
    "construct", "produce", "equip", "offer", "lend", "contribute", "fund", "finance",
})
DELIVER_VERBS = frozenset({"deliver", "hand", "ship", "transfer", "send"})
LAUNCH_VERBS = frozenset({"launch", "lift", "blast", "fly", "loft"})
LAND_VERBS = frozenset({"land", "touch", "set", "alight", "settle", "descend"})
RETURN_VERBS = frozenset({"bring", "return", "retrieve", "collect", "gather", "recover", "obtain"})
OPERATE_VERBS = frozenset({"lead", "operate", "run", "manage", "control", "conduct", "pilot"})
HEAD_VERBS = frozenset({"head", "chair", "lead", "direct", "preside", "run"})
MEET_VERBS = frozenset({"hold", "meet", "host", "convene", "organize", "organise", "attend", "join"})
DISCUSS_VERBS = frozenset({
    "discuss", "review", "address", "examine", "consider", "debate", "explore",
    "cover", "concern", "focus", "exchange", "evaluate", "assess", "talk",
})
SIGN_VERBS = frozenset({"sign", "conclude", "ink", "initial", "countersign", "enshrine", "seal"})
COOPERATE_VERBS = frozenset({
    "cooperate", "collaborate", "partner", "team", "work", "join", "ally", "associate",
})
CONTRIBUTE_VERBS = frozenset({"contribute", "participate", "join", "support", "take"})
STUDY_VERBS = frozenset({
    "clarify", "measure", "monitor", "image", "understand", "reveal", "unveil",
    "study", "explore", "visit", "observe", "investigate", "sample", "map", "survey",
    "target", "examine", "reach", "fly", "travel", "head", "approach", "analyse", "analyze",
    "characterize", "characterise", "probe", "impact", "deflect", "rendezvous",
})
ORBIT_VERBS = frozenset({"orbit", "circle", "revolve"})
CONGRATULATE_VERBS = frozenset({"congratulate", "hail", "laud", "praise", "welcome", "salute", "commend"})

#: Nouns naming a group of people or agencies introduced just before:
#: "the two heads of agency", "both agencies", "the partners".
GROUP_NOUNS = frozenset({
    "head", "heads", "leader", "leaders", "agency", "agencies", "partner", "partners",
    "side", "sides", "chief", "chiefs", "president", "presidents", "organization",
    "organisations", "organizations", "country", "countries", "nation", "nations",
})

#: Adjectives that name a celestial body ("the martian moon Phobos").
PLANET_ADJECTIVES: dict[str, str] = {
    "martian": "Mars", "lunar": "Moon", "jovian": "Jupiter", "saturnian": "Saturn",
    "venusian": "Venus", "mercurian": "Mercury", "selenian": "Moon", "cytherean": "Venus",
}

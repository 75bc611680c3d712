"""presskg's vocabulary: ontology terms, namespaces and named-graph IRIs.

Generated from ontology/presskg.ttl by ``presskg vocab`` — do not edit by hand;
edit the ontology and regenerate. ``tests/test_vocab.py`` fails when the two drift.
"""

# ruff: noqa: E501
from __future__ import annotations

import re
from enum import StrEnum
from pathlib import Path

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/presskg/ontology"
PKR = Namespace("https://w3id.org/presskg/resource/")
PKD = Namespace("https://w3id.org/presskg/release/")
PKG = Namespace("https://w3id.org/presskg/graph/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")
SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")

#: Named graph of the bundled background knowledge base.
KB_GRAPH = PKG["kb"]
#: Named graph holding the ontology itself (so queries can use the class tree).
ONTOLOGY_GRAPH = PKG["ontology"]
#: Named graph of triples inferred by reasoning (``presskg build --infer``).
INFERRED_GRAPH = PKG["inferred"]


class PK(DefinedNamespace):
    """Every term of the presskg ontology (closed: unknown names fail)."""

    _NS = Namespace("https://w3id.org/presskg/ontology#")
    _fail = True

    Agent: URIRef
    # A person or an organization that can act: head, join, sign, cooperate, operate or
    # contribute. Use one of its subclasses when known; a country acting as a state may also fill
    # the slots of pk:signatory, pk:partnerOf, pk:participant, pk:contributesTo and pk:memberOf.
    Agreement: URIRef
    # An agreement between agents, such as a memorandum of understanding, an implementing
    # arrangement or a letter of intent. Agreements known only by their document type are unnamed
    # and labelled with a readable description.
    Asteroid: URIRef
    # A minor rocky body of the solar system, such as Ryugu, Didymos or Dimorphos.
    Campaign: URIRef
    # An organized series of activities over a period, such as an observation, measurement or test
    # campaign.
    CelestialBody: URIRef
    # A natural object in space. Use one of its subclasses when known.
    City: URIRef
    # A city or town, such as Toulouse or Tsukuba.
    Comet: URIRef
    # An icy minor body of the solar system, such as 67P/Churyumov-Gerasimenko.
    Company: URIRef
    # A business company, such as a spacecraft manufacturer or a launch service provider.
    Conference: URIRef
    # A conference, congress, symposium or forum, such as the International Astronautical
    # Congress.
    Country: URIRef
    # A sovereign state, such as France or Japan. It is the value of pk:country (nationality) and
    # may act as a state in the Agent slots of pk:signatory, pk:partnerOf, pk:participant,
    # pk:contributesTo and pk:memberOf.
    Event: URIRef
    # Something that happens at a time and place, named or not: a meeting, a signing, a visit, a
    # launch, a landing. Use one of its subclasses when it fits.
    Facility: URIRef
    # A building or site used for space activities, such as a space centre, a ground station, a
    # test site or a laboratory site. Use pk:Spaceport for launch sites.
    GovernmentBody: URIRef
    # A ministry, department, parliament or other governmental body that is not a space agency,
    # such as a ministry of research.
    Instrument: URIRef
    # A scientific instrument or device carried by a spacecraft, such as a camera, spectrometer or
    # radiometer (for example MicrOmega). Use it also for instruments described but not named,
    # such as "a spectrometer".
    Lander: URIRef
    # A spacecraft designed to touch down and stay on the surface of a celestial body, such as
    # MASCOT or Philae.
    Landing: URIRef
    # The touchdown of a spacecraft on a celestial body, or of a capsule back on Earth.
    Launch: URIRef
    # The launch of a spacecraft by a launch vehicle, usually from a spaceport.
    LaunchVehicle: URIRef
    # A rocket that carries spacecraft into space, such as Ariane 6 or H3.
    Meeting: URIRef
    # A meeting, visit, dialogue or workshop between people or organizations, such as a bilateral
    # meeting of agency heads.
    Mission: URIRef
    # A space mission or programme: an organized undertaking with a scientific or operational
    # goal, such as MMX or Hayabusa2. An entity named the same as its spacecraft may be typed both
    # pk:Mission and pk:Spacecraft.
    Moon: URIRef
    # A natural satellite of a planet or other body, such as the Moon, Phobos or Deimos.
    Organization: URIRef
    # An organized body of people with a shared purpose, such as an agency, institute, company or
    # ministry. Use it when none of its subclasses fits.
    Person: URIRef
    # A human being named or described in a release, such as an agency president or a mission
    # scientist.
    Place: URIRef
    # A place on Earth: a country, a city or a facility. Use one of its subclasses when known;
    # celestial bodies are pk:CelestialBody, not places.
    Planet: URIRef
    # A planet or dwarf planet, such as Earth or Mars.
    Probe: URIRef
    # A robotic spacecraft that travels to explore other bodies of the solar system or deep space,
    # such as Hayabusa2.
    Release: URIRef
    # A press release, the document the graph is read from. Its IRI is also the IRI of the named
    # graph holding what was read from it.
    ResearchInstitute: URIRef
    # A university, laboratory or institute whose main activity is research, such as ISAS or the
    # Institut d'Astrophysique Spatiale.
    Rover: URIRef
    # A spacecraft designed to move across the surface of a celestial body, such as the MMX rover
    # or Perseverance.
    Sample: URIRef
    # Material taken from a celestial body for study, such as the Ryugu sample brought back by
    # Hayabusa2.
    SampleReturn: URIRef
    # The return of a sample to Earth, including the recovery of its capsule.
    Satellite: URIRef
    # A spacecraft that orbits the Earth or another body, such as an Earth observation satellite
    # like GOSAT.
    SpaceAgency: URIRef
    # A national or intergovernmental agency responsible for a space programme, such as JAXA,
    # CNES, NASA or ESA.
    SpaceStation: URIRef
    # A crewed spacecraft that stays in orbit for a long time, such as the International Space
    # Station or its modules.
    Spacecraft: URIRef
    # A vehicle built to fly in space. Use one of its subclasses when the text says which kind it
    # is.
    Spaceport: URIRef
    # A facility from which launch vehicles are launched, such as the Guiana Space Centre or the
    # Tanegashima Space Center.
    Star: URIRef
    # A star, such as the Sun.
    Topic: URIRef
    # A subject discussed or covered that is none of the other core classes, such as COVID-19,
    # greenhouse gases or Earth observation.
    confidence: URIRef
    # Confidence, from 0 to 1 inclusive, that the reified statement is right, as an xsd:decimal.
    contributesTo: URIRef
    # The agent (or a country acting as a state) takes part in building or running the mission,
    # spacecraft, launch vehicle or event. It reads as the inverse of schema:contributor.
    country: URIRef
    # The nationality of the agent, facility, mission, spacecraft or event, as in "the French
    # agency" or "the Japanese GOSAT".
    date: URIRef
    # When the event took place or the agreement was signed, as precise as the text allows: an
    # xsd:date, xsd:gYearMonth or xsd:gYear. Relative dates such as "last July" are resolved
    # against the release date.
    deliveredTo: URIRef
    # The instrument, spacecraft or sample is handed over to the agent.
    demonym: URIRef
    # A nationality adjective of the country, such as "French" or "Japanese"; the knowledge base
    # uses it to read nationality adjectives. It is not a name of the country.
    extension: URIRef
    # True for a term that extends the graph contract beyond its core classes and properties: a
    # consumer of the contract need not know it, and evaluation against the contract's gold leaves
    # it out.
    headOf: URIRef
    # The person heads the organization: president, director general, administrator, chairman or
    # head of it. Any other stated position is pk:memberOf.
    landedOn: URIRef
    # The spacecraft touched down on the celestial body.
    launchSite: URIRef
    # The launch vehicle, mission or launch is launched from the facility, usually a spaceport.
    launchVehicle: URIRef
    # The mission, spacecraft or launch is (to be) launched on the launch vehicle: the rocket that
    # carries it to space.
    locatedIn: URIRef
    # The place or event is in, or takes place in, the place: a city in a country, a facility in a
    # city, a meeting in a city.
    memberOf: URIRef
    # The person works for or is part of the organization without being its head; a country acting
    # as a state may be a member of an organization too.
    mentions: URIRef
    # The release mentions this entity. Release metadata: one value per entity read from the
    # release.
    method: URIRef
    # Name of the rule or model that produced the reified statement, such as "dep:apposition-
    # title" or "model:en_core_web_sm".
    operatedBy: URIRef
    # The mission, spacecraft or facility is run by the organization: whose mission, satellite or
    # centre it is.
    orbits: URIRef
    # The celestial body or spacecraft orbits the celestial body; also used for "moon of".
    partOf: URIRef
    # The spacecraft, instrument or mission is a payload or component of the mission or
    # spacecraft, such as an instrument on board a probe or a lander carried by a probe.
    participant: URIRef
    # The agent, country acting as a state, spacecraft or instrument took part in the event (an
    # instrument delivered, unveiled or switched on takes part in its delivery, unveiling or
    # commissioning). Its inverse is pk:participatedIn.
    participatedIn: URIRef
    # The agent, country acting as a state, or spacecraft took part in the event; the inverse of
    # pk:participant. Consumers must not need it: builds state pk:participant.
    partnerOf: URIRef
    # The two agents (or countries acting as states) cooperate with each other. Symmetric: stating
    # it in one direction is enough.
    providedBy: URIRef
    # The spacecraft, instrument or launch vehicle is built, developed or supplied by the agent.
    returned: URIRef
    # The mission or spacecraft brought the sample back to Earth.
    sampleFrom: URIRef
    # The sample was taken from the celestial body.
    signatory: URIRef
    # The agreement is signed by the agent, or by a country acting as a state; each party is one
    # value.
    signedAt: URIRef
    # The agreement was signed during the event, such as a meeting or a conference.
    target: URIRef
    # The mission or spacecraft goes to, studies or samples the celestial body.
    topic: URIRef
    # The event, agreement or release is about, on, concerning or covering the thing: what was
    # discussed, reviewed or agreed on.


class Class(StrEnum):
    """Local names of the ontology's classes, for stages that do not know RDF."""

    Agent = "Agent"
    Agreement = "Agreement"
    Asteroid = "Asteroid"
    Campaign = "Campaign"
    CelestialBody = "CelestialBody"
    City = "City"
    Comet = "Comet"
    Company = "Company"
    Conference = "Conference"
    Country = "Country"
    Event = "Event"
    Facility = "Facility"
    GovernmentBody = "GovernmentBody"
    Instrument = "Instrument"
    Lander = "Lander"
    Landing = "Landing"
    Launch = "Launch"
    LaunchVehicle = "LaunchVehicle"
    Meeting = "Meeting"
    Mission = "Mission"
    Moon = "Moon"
    Organization = "Organization"
    Person = "Person"
    Place = "Place"
    Planet = "Planet"
    Probe = "Probe"
    Release = "Release"
    ResearchInstitute = "ResearchInstitute"
    Rover = "Rover"
    Sample = "Sample"
    SampleReturn = "SampleReturn"
    Satellite = "Satellite"
    SpaceAgency = "SpaceAgency"
    SpaceStation = "SpaceStation"
    Spacecraft = "Spacecraft"
    Spaceport = "Spaceport"
    Star = "Star"
    Topic = "Topic"


class Prop(StrEnum):
    """Local names of the ontology's properties, for stages that do not know RDF."""

    confidence = "confidence"
    contributesTo = "contributesTo"
    country = "country"
    date = "date"
    deliveredTo = "deliveredTo"
    demonym = "demonym"
    extension = "extension"
    headOf = "headOf"
    landedOn = "landedOn"
    launchSite = "launchSite"
    launchVehicle = "launchVehicle"
    locatedIn = "locatedIn"
    memberOf = "memberOf"
    mentions = "mentions"
    method = "method"
    operatedBy = "operatedBy"
    orbits = "orbits"
    partOf = "partOf"
    participant = "participant"
    participatedIn = "participatedIn"
    partnerOf = "partnerOf"
    providedBy = "providedBy"
    returned = "returned"
    sampleFrom = "sampleFrom"
    signatory = "signatory"
    signedAt = "signedAt"
    target = "target"
    topic = "topic"


#: Each class's parent in the ontology's class tree.
PARENT: dict[str, str] = {
    "Asteroid": "CelestialBody",
    "Campaign": "Event",
    "City": "Place",
    "Comet": "CelestialBody",
    "Company": "Organization",
    "Conference": "Event",
    "Country": "Place",
    "Facility": "Place",
    "GovernmentBody": "Organization",
    "Lander": "Spacecraft",
    "Landing": "Event",
    "Launch": "Event",
    "Meeting": "Event",
    "Moon": "CelestialBody",
    "Organization": "Agent",
    "Person": "Agent",
    "Planet": "CelestialBody",
    "Probe": "Spacecraft",
    "ResearchInstitute": "Organization",
    "Rover": "Spacecraft",
    "SampleReturn": "Event",
    "Satellite": "Spacecraft",
    "SpaceAgency": "Organization",
    "SpaceStation": "Spacecraft",
    "Spaceport": "Facility",
    "Star": "CelestialBody",
}


#: Classes the subjects of each object property must have (from the ontology).
DOMAIN: dict[str, tuple[str, ...]] = {
    "contributesTo": ('Agent', 'Country',),
    "country": ('Agent', 'Event', 'Facility', 'Mission', 'Spacecraft',),
    "deliveredTo": ('Instrument', 'Sample', 'Spacecraft',),
    "headOf": ('Person',),
    "landedOn": ('Spacecraft',),
    "launchSite": ('Launch', 'LaunchVehicle', 'Mission',),
    "launchVehicle": ('Launch', 'Mission', 'Spacecraft',),
    "locatedIn": ('Event', 'Place',),
    "memberOf": ('Country', 'Person',),
    "mentions": ('Release',),
    "operatedBy": ('Facility', 'Mission', 'Spacecraft',),
    "orbits": ('CelestialBody', 'Spacecraft',),
    "partOf": ('Instrument', 'Mission', 'Spacecraft',),
    "participant": ('Event',),
    "participatedIn": ('Agent', 'Country', 'Spacecraft',),
    "partnerOf": ('Agent', 'Country',),
    "providedBy": ('Instrument', 'LaunchVehicle', 'Spacecraft',),
    "returned": ('Mission', 'Spacecraft',),
    "sampleFrom": ('Sample',),
    "signatory": ('Agreement',),
    "signedAt": ('Agreement',),
    "target": ('Mission', 'Spacecraft',),
    "topic": ('Agreement', 'Event', 'Release',),
}


#: Classes the objects of each object property must have (from the ontology).
RANGE: dict[str, tuple[str, ...]] = {
    "contributesTo": ('Event', 'LaunchVehicle', 'Mission', 'Spacecraft',),
    "country": ('Country',),
    "deliveredTo": ('Agent',),
    "headOf": ('Organization',),
    "landedOn": ('CelestialBody',),
    "launchSite": ('Facility',),
    "launchVehicle": ('LaunchVehicle',),
    "locatedIn": ('Place',),
    "memberOf": ('Organization',),
    "mentions": ('Agent', 'Agreement', 'CelestialBody', 'Event', 'Instrument', 'LaunchVehicle', 'Mission', 'Place', 'Sample', 'Spacecraft', 'Topic',),
    "operatedBy": ('Organization',),
    "orbits": ('CelestialBody',),
    "partOf": ('Mission', 'Spacecraft',),
    "participant": ('Agent', 'Country', 'Instrument', 'Spacecraft',),
    "participatedIn": ('Event',),
    "partnerOf": ('Agent', 'Country',),
    "providedBy": ('Agent',),
    "returned": ('Sample',),
    "sampleFrom": ('CelestialBody',),
    "signatory": ('Agent', 'Country',),
    "signedAt": ('Event',),
    "target": ('CelestialBody',),
}


#: The relations between entities: object properties not about a release and not an inverse.
RELATIONS: tuple[str, ...] = (
    "contributesTo",
    "country",
    "deliveredTo",
    "headOf",
    "landedOn",
    "launchSite",
    "launchVehicle",
    "locatedIn",
    "memberOf",
    "operatedBy",
    "orbits",
    "partOf",
    "participant",
    "partnerOf",
    "providedBy",
    "returned",
    "sampleFrom",
    "signatory",
    "signedAt",
    "target",
    "topic",
)

#: The graph contract's core relations: RELATIONS but the extensions (pk:extension).
CORE_RELATIONS: tuple[str, ...] = (
    "contributesTo",
    "country",
    "deliveredTo",
    "headOf",
    "landedOn",
    "launchSite",
    "locatedIn",
    "memberOf",
    "operatedBy",
    "orbits",
    "partOf",
    "participant",
    "partnerOf",
    "providedBy",
    "returned",
    "sampleFrom",
    "signatory",
    "signedAt",
    "target",
    "topic",
)

#: Symmetric properties.
SYMMETRIC: frozenset[str] = frozenset(('partnerOf',))

#: Each inverse property and the property it inverts.
INVERSE: dict[str, str] = {"participatedIn": "participant"}


PREFIXES: dict[str, str] = {
    "pk": str(PK._NS),
    "pkr": str(PKR),
    "pkd": str(PKD),
    "pkg": str(PKG),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "prov": str(PROV),
    "nif": str(NIF),
    "itsrdf": str(ITSRDF),
    "schema": str(SCHEMA),
    "wd": str(WD),
}


def curie(iri: str) -> str:
    """``iri`` written with the project's prefixes, for people (tables, page labels); the IRI itself
    where no prefix fits or the rest is not a plain name, so that what is shown always reads back.

    >>> curie("https://w3id.org/presskg/ontology#Mission"), curie("http://example.org/x")
    ('pk:Mission', 'http://example.org/x')
    """
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and _PLAIN.fullmatch(iri, len(ns)):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


_PLAIN = re.compile(r"[\w.-]*")


def bind_prefixes(graph: Graph) -> Graph:
    """Bind the project's prefixes on ``graph`` (returns it, for chaining)."""
    for prefix, iri in PREFIXES.items():
        graph.bind(prefix, iri, override=True, replace=True)
    return graph


def queries_dir(override: str | Path | None = None) -> Path:
    """Folder of the saved SPARQL queries (``queries/``)."""
    return _data_path("queries", override)


def ontology_path(override: str | Path | None = None) -> Path:
    """Path of ``presskg.ttl``: an explicit override, the packaged copy, or the repository's."""
    return _data_path("ontology/presskg.ttl", override)


def shapes_path(override: str | Path | None = None) -> Path:
    """Path of the SHACL shapes, found like :func:`ontology_path`."""
    return _data_path("ontology/shapes.ttl", override)


def kb_dir(override: str | Path | None = None) -> Path:
    """Folder of the bundled knowledge base (``data/kb``)."""
    return _data_path("kb", override, repo_prefix="data")


def _data_path(rel: str, override: str | Path | None, repo_prefix: str = "") -> Path:
    """An override, else the source checkout's copy (editable installs), else the packaged copy."""
    if override is not None:
        return Path(override)
    here = Path(__file__).resolve().parent
    repo = here.parent.parent / repo_prefix / rel if repo_prefix else here.parent.parent / rel
    if (here.parent.parent / "pyproject.toml").is_file() and repo.exists():
        return repo
    return here / "_data" / rel

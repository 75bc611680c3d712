"""Generate the SHACL shapes of the relations' domains and ranges from the ontology (run by ``presskg vocab``).

``ontology/shapes.ttl`` is hand-written but for one block, between the two
marker lines below, which this module writes from ``ontology/presskg.ttl``:
one node shape per object property, checking the classes of its subjects and
values. So a new relation needs no hand-written shape, and the shapes cannot
drift from the ontology (``tests/test_vocab.py`` checks it).
"""

from __future__ import annotations

from pathlib import Path

BEGIN = "# BEGIN relations: generated from ontology/presskg.ttl by `presskg vocab`; do not edit by hand"
END = "# END relations"
_NS = "https://w3id.org/presskg/ontology#"


def _classes(names: tuple[str, ...]) -> str:
    """ "pk:A", "pk:A or pk:B", "pk:A, pk:B or pk:C"."""
    parts = [f"pk:{n}" for n in names]
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} or {parts[-1]}"


def _constraint(names: tuple[str, ...], indent: str) -> str:
    if len(names) == 1:
        return f"{indent}sh:class pk:{names[0]} ;"
    return f"{indent}sh:or ( {' '.join(f'[ sh:class pk:{n} ]' for n in names)} ) ;"


def _shape(prop: str, domain: tuple[str, ...], rng: tuple[str, ...], core: bool) -> str:
    kind = "core property" if core else "extension property"
    if rng:
        value_comment = f"its values are typed {_classes(rng)} (or a subclass)"
        value = (f"{_constraint(rng, '        ')}\n        sh:message \"The value of pk:{prop} must be typed "
                 f"{_classes(rng)} (or a subclass); check the value's rdf:type or the direction of the triple.\"@en")
    else:  # any entity: typed with one of the core classes
        value_comment = "its values are entity IRIs typed with a presskg core class"
        value = (f"        sh:nodeKind sh:IRI ;\n        sh:node pksh:CoreEntity ;\n        sh:message \"The value of "
                 f"pk:{prop} must be an IRI typed with a presskg core class (or a subclass); check the value's "
                 f"rdf:type or the direction of the triple.\"@en")
    return "\n".join([
        f"pksh:{prop}Shape",
        "    a sh:NodeShape ;",
        f'    rdfs:label "pk:{prop} domain and range"@en ;',
        f'    rdfs:comment "Subjects of the {kind} pk:{prop} are typed {_classes(domain)}; {value_comment}."@en ;',
        f"    sh:targetSubjectsOf pk:{prop} ;",
        _constraint(domain, "    "),
        f'    sh:message "The subject of pk:{prop} must be typed {_classes(domain)} (or a subclass); check the '
        f"subject's rdf:type or the direction of the triple.\"@en ;",
        "    sh:property [",
        f"        sh:path pk:{prop} ;",
        value,
        "    ] .",
    ])


def relation_shapes(ontology: Path) -> str:
    """The generated block: a shape per object property whose subjects are entities (not a release)."""
    from rdflib import Graph, URIRef
    from rdflib.namespace import OWL, RDF, RDFS

    from ._vocabgen import class_names

    g = Graph().parse(ontology, format="turtle")
    shapes = []
    props = sorted(str(s)[len(_NS):] for s in set(g.subjects(RDF.type, OWL.ObjectProperty))
                   | set(g.subjects(RDF.type, OWL.SymmetricProperty)) if str(s).startswith(_NS))
    for prop in props:
        node = URIRef(_NS + prop)
        domain = class_names(g, g.value(node, RDFS.domain)) if g.value(node, RDFS.domain) is not None else ()
        if not domain or domain == ("Release",):
            continue
        rng = class_names(g, g.value(node, RDFS.range)) if g.value(node, RDFS.range) is not None else ()
        shapes.append(_shape(prop, domain, rng, core=g.value(node, OWL.inverseOf) is None))
    return "\n\n".join([BEGIN, *shapes, END]) + "\n"


def generated(shapes: Path, ontology: Path) -> str:
    """The text of ``shapes`` with its generated block written anew from ``ontology``."""
    text = shapes.read_text(encoding="utf-8")
    start, end = text.find(BEGIN), text.find(END)
    if start < 0 or end < start:
        from .errors import OntologyError

        raise OntologyError(f"{shapes} has no generated block: put the lines {BEGIN!r} and {END!r} where it goes")
    return text[:start] + relation_shapes(ontology) + text[end + len(END) + 1:]


def write(shapes: Path, ontology: Path) -> bool:
    """Regenerate the block in ``shapes``; True when the file changed."""
    new = generated(shapes, ontology)
    if new != shapes.read_text(encoding="utf-8"):
        shapes.write_text(new, encoding="utf-8")
        return True
    return False

"""Generate ``vocab.py`` from ``ontology/presskg.ttl`` (run by ``presskg vocab``).

The generated module holds a closed :class:`rdflib.namespace.DefinedNamespace`
``PK`` (a misspelt term fails at first use) and two string enums, ``Class`` and
``Prop``, that the stages before ``rdf`` use to name ontology terms without
knowing RDF. The same idea as rdflib's ``defined_namespace_creator``.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

HEADER = '''"""presskg's vocabulary: ontology terms, namespaces and named-graph IRIs.

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

'''

FOOTER = '''

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


_PLAIN = re.compile(r"[\\w.-]*")


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
'''


def generate(ontology: Path) -> str:
    """Source text of ``vocab.py`` for the ontology at ``ontology``."""
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import OWL, RDF, RDFS

    ns = "https://w3id.org/presskg/ontology#"
    g = Graph().parse(ontology, format="turtle")
    terms: dict[str, str] = {}
    classes, props = set(), set()
    for s in set(g.subjects()):
        if isinstance(s, URIRef) and str(s).startswith(ns) and len(str(s)) > len(ns):
            name = str(s)[len(ns):]
            comment = g.value(s, RDFS.comment)
            terms[name] = " ".join(str(comment).split()) if isinstance(comment, Literal) else ""
            kinds = set(g.objects(s, RDF.type))
            if OWL.Class in kinds or RDFS.Class in kinds:
                classes.add(name)
            if kinds & {OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property,
                        OWL.SymmetricProperty, OWL.AnnotationProperty}:
                props.add(name)
    parents = {}
    for name in sorted(classes):
        ups = sorted(str(o)[len(ns):] for o in g.objects(URIRef(ns + name), RDFS.subClassOf)
                     if str(o).startswith(ns))
        if ups:
            parents[name] = ups[0]
    lines = [HEADER, "class PK(DefinedNamespace):",
             '    """Every term of the presskg ontology (closed: unknown names fail)."""', "",
             '    _NS = Namespace("https://w3id.org/presskg/ontology#")', "    _fail = True", ""]
    for name in sorted(terms):
        lines.append(f"    {name}: URIRef")
        if terms[name]:
            lines.extend("    # " + c for c in textwrap.wrap(terms[name], 92))
    lines += ["", "", "class Class(StrEnum):",
              '    """Local names of the ontology\'s classes, for stages that do not know RDF."""', ""]
    lines += [f'    {n} = "{n}"' for n in sorted(classes)]
    lines += ["", "", "class Prop(StrEnum):",
              '    """Local names of the ontology\'s properties, for stages that do not know RDF."""', ""]
    lines += [f'    {n} = "{n}"' for n in sorted(props)]
    lines += ["", "", "#: Each class's parent in the ontology's class tree.",
              "PARENT: dict[str, str] = {"]
    lines += [f'    "{k}": "{v}",' for k, v in sorted(parents.items())]
    lines += ["}"]
    def classes_of(node) -> tuple[str, ...]:
        return class_names(g, node)

    for title, pred, name in (("subjects", RDFS.domain, "DOMAIN"), ("objects", RDFS.range, "RANGE")):
        lines += ["", "", f"#: Classes the {title} of each object property must have (from the ontology).",
                  f"{name}: dict[str, tuple[str, ...]] = {{"]
        for prop in sorted(props):
            value = g.value(URIRef(ns + prop), pred)
            cls = classes_of(value) if value is not None else ()
            if cls and (OWL.ObjectProperty in set(g.objects(URIRef(ns + prop), RDF.type))
                        or OWL.SymmetricProperty in set(g.objects(URIRef(ns + prop), RDF.type))):
                lines.append(f'    "{prop}": ({", ".join(repr(c) for c in cls)},),')
        lines += ["}"]
    relations, core, symmetric, inverse = [], [], [], {}
    for prop in sorted(props):
        node = URIRef(ns + prop)
        kinds = set(g.objects(node, RDF.type))
        domain = g.value(node, RDFS.domain)
        if OWL.SymmetricProperty in kinds:
            symmetric.append(prop)
        if isinstance(g.value(node, OWL.inverseOf), URIRef):
            inverse[prop] = str(g.value(node, OWL.inverseOf))[len(ns):]
        if (kinds & {OWL.ObjectProperty, OWL.SymmetricProperty} and domain is not None
                and classes_of(domain) != ("Release",) and prop not in inverse):
            relations.append(prop)
            if not g.value(node, URIRef(ns + "extension")):
                core.append(prop)
    lines += ["", "", "#: The relations between entities: object properties not about a release and not an inverse.",
              "RELATIONS: tuple[str, ...] = ("]
    lines += [f'    "{p}",' for p in relations]
    lines += [")", "", "#: The graph contract's core relations: RELATIONS but the extensions (pk:extension).",
              "CORE_RELATIONS: tuple[str, ...] = ("]
    lines += [f'    "{p}",' for p in core]
    lines += [")", "", "#: Symmetric properties.", f"SYMMETRIC: frozenset[str] = frozenset({tuple(symmetric)!r})",
              "", "#: Each inverse property and the property it inverts.",
              "INVERSE: dict[str, str] = {" + ", ".join(f'"{k}": "{v}"' for k, v in sorted(inverse.items())) + "}"]
    return "\n".join(lines) + "\n" + FOOTER


def class_names(g, node) -> tuple[str, ...]:
    """Local names of the ontology classes a domain or range node names (a class, or a union of them)."""
    from rdflib import URIRef
    from rdflib.collection import Collection
    from rdflib.namespace import OWL

    ns = "https://w3id.org/presskg/ontology#"
    if isinstance(node, URIRef):
        return (str(node)[len(ns):],) if str(node).startswith(ns) else ()
    union = g.value(node, OWL.unionOf)
    return tuple(sorted(str(c)[len(ns):] for c in Collection(g, union) if str(c).startswith(ns))) if union else ()


def write(ontology: Path, dest: Path) -> bool:
    """Regenerate ``dest``; returns True when its content changed."""
    text = generate(ontology)
    old = dest.read_text(encoding="utf-8") if dest.exists() else None
    if old != text:
        dest.write_text(text, encoding="utf-8")
        return True
    return False

"""A page per class and property of the ontology, at ``ontology/<Term>.html``.

A term's IRI is a hash IRI of the ontology document (``pk:Meeting`` is ``…/ontology#Meeting``):
following it lands on the term's section of ``ontology.html``, which links here. Wherever the
site links a term (an entity's classes, a fact's property), it links the term's own page: its
label and comment, its super- and sub-classes (or -properties), its domain and range, the
properties whose domain or range it is, and what the graph holds of it: for a class every
entity typed with it (linked), for a property the number of facts that use it, the first of
them, and a SPARQL query for all of them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from urllib.parse import quote

import pyoxigraph as ox

from ..vocab import ONTOLOGY_GRAPH, PK, PREFIXES
from .describe import Snapshot
from .paths import href

RDF, RDFS, OWL, SKOS = (PREFIXES[p] for p in ("rdf", "rdfs", "owl", "skos"))
PK_NS = str(PK._NS)
CLASS_TYPES = {OWL + "Class", RDFS + "Class"}
PROPERTY_TYPES = {OWL + "ObjectProperty", OWL + "DatatypeProperty", OWL + "AnnotationProperty",
                  OWL + "SymmetricProperty", RDF + "Property"}
#: Facts of a property listed on its page (the SPARQL query gives all).
FACTS_SHOWN = 100
DIR = "ontology"


def ontology(store: ox.Store) -> list[ox.Triple]:
    """The triples of the ontology's graph in the build's store."""
    return [q.triple for q in store.quads_for_pattern(None, None, None, ox.NamedNode(str(ONTOLOGY_GRAPH)))]


def term_paths(store: ox.Store) -> dict[str, str]:
    """Each class and property of the project's ontology -> the site path of its page."""
    out = {}
    for t in ontology(store):
        iri = t.subject.value
        if (t.predicate.value == RDF + "type" and t.object.value in CLASS_TYPES | PROPERTY_TYPES
                and iri.startswith(PK_NS) and re.fullmatch(r"[\w.-]{1,120}", iri[len(PK_NS):])):
            out[iri] = f"{DIR}/{iri[len(PK_NS):]}"
    return dict(sorted(out.items()))


def term_views(store: ox.Store, snap: Snapshot, paths: dict[str, str], labels: dict[str, str],
               members: dict[str, list[tuple[str, str]]], link, base_url: str) -> list[tuple[str, dict]]:
    """(site path, view for ``term.html``) of every term in ``paths``. ``link(path, iri)`` makes a
    relative link from a page to the page of an IRI, or ``None``."""
    onto: dict[str, dict[str, list[ox.Term]]] = defaultdict(lambda: defaultdict(list))
    inverse: dict[tuple[str, str], list[str]] = defaultdict(list)  # (predicate, object) -> subjects
    for t in ontology(store):
        onto[t.subject.value][t.predicate.value].append(t.object)
        if isinstance(t.object, ox.NamedNode):
            inverse[(t.predicate.value, t.object.value)].append(t.subject.value)
    facts: dict[str, list[ox.Triple]] = defaultdict(list)
    for t in snap.default:
        facts[t.predicate.value].append(t)

    def label(iri: str) -> str:
        return labels.get(iri) or iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]

    out = []
    for iri, path in paths.items():
        def items(iris) -> list[dict]:
            return sorted(({"label": label(i), "href": link(path, i), "iri": i} for i in set(iris)),  # noqa: B023
                          key=lambda x: (x["label"].lower(), x["iri"]))

        props = onto[iri]
        is_class = any(t.value in CLASS_TYPES for t in props.get(RDF + "type", []))
        comments = sorted(v.value for v in props.get(RDFS + "comment", []) + props.get(SKOS + "definition", []))
        up = RDFS + "subClassOf" if is_class else RDFS + "subPropertyOf"
        down = inverse.get((up, iri), [])
        rel = [("super" + ("classes" if is_class else "properties"), items(v.value for v in props.get(up, [])
                                                                             if isinstance(v, ox.NamedNode))),
               ("sub" + ("classes" if is_class else "properties"), items(down))]
        if is_class:
            rel += [("domain of", items(inverse.get((RDFS + "domain", iri), []))),
                    ("range of", items(inverse.get((RDFS + "range", iri), [])))]
            ms = members.get(iri, [])
            view = {"count": len(ms), "count_what": "entities",
                    "members": [{"label": lab, "href": link(path, m)} for lab, m in ms]}
        else:
            rel += [(name, items(v.value for v in props.get(RDFS + name, []) if isinstance(v, ox.NamedNode)))
                    for name in ("domain", "range")]
            used = sorted(facts.get(iri, []), key=str)
            query = f"SELECT ?s ?o WHERE {{ ?s <{iri}> ?o }} ORDER BY ?s ?o"
            view = {"count": len(used), "count_what": "facts",
                    "query": f"{base_url}sparql?query={quote(query, safe='')}",
                    "facts": [{"s": label(t.subject.value), "s_href": link(path, t.subject.value),
                               "o": t.object.value if isinstance(t.object, ox.Literal) else label(t.object.value),
                               "o_href": link(path, t.object.value) if isinstance(t.object, ox.NamedNode) else None}
                              for t in used[:FACTS_SHOWN]]}
        out.append((path, {**view, "name": label(iri), "term_iri": iri, "short": "pk:" + iri[len(PK_NS):],
                           "kind": "class" if is_class else "property", "comment": comments[0] if comments else "",
                           "section": href(path, "ontology", "html", iri[len(PK_NS):]),
                           "relations": [{"name": n, "items_": v} for n, v in rel if v]}))
    return out

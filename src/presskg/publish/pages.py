"""A description as a page: the HTML view of an entity, a release or the ontology, and its Turtle
and JSON-LD.

The HTML is made from the same triples as the RDF files, through jinja2 templates with
autoescape: release text reaches a page only escaped, or as JSON inside a ``<script>`` block with
``<``, ``>`` and ``&`` escaped, shown through ``textContent``. Links between pages are relative,
so the site works from the file system as well as from a server.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from presskg.views.viz import DEFAULT_COLOUR, NODE_STYLES, _safe_json

from ..vocab import NIF, ONTOLOGY_IRI, PK, PREFIXES, WD
from ..vocab import curie as _curie
from .describe import Description
from .paths import document_iri, href, page_path

RDF, RDFS, SKOS, OWL, DCT, PROV = (PREFIXES[p] for p in ("rdf", "rdfs", "skos", "owl", "dcterms", "prov"))
PK_NS = str(PK._NS)
WD_NS = str(WD)
#: NIF terms as plain strings: an rdflib namespace look-up in the loops over every mention of
#: every release cost a tenth of publishing.
(NIF_ANCHOR, NIF_CONTEXT, NIF_IS_STRING, NIF_SENTENCE, NIF_BEGIN, NIF_END) = (str(NIF[n]) for n in (
    "anchorOf", "Context", "isString", "Sentence", "beginIndex", "endIndex"))
#: Properties an entity page shows in its heading rather than among the facts.
HEADING = {RDF + "type", RDFS + "label", SKOS + "altLabel", OWL + "sameAs"}
MAX_NEIGHBOURS = 60
#: Sentences shown for one fact: a fact read from many releases shows these and a count (the
#: Turtle and JSON-LD of the page keep all of them).
EVIDENCE_SHOWN = 3
#: Past this size, a page embeds the JSON-LD of its facts without their provenance (a hub's full
#: description is megabytes; its .jsonld file keeps it whole).
EMBED_MAX = 256 * 1024
#: Links to an entity that are provenance (statements, mentions) or a release's mention list, not facts.
PROVENANCE = {RDF + "subject", RDF + "object", "http://www.w3.org/2005/11/its/rdf#taIdentRef", PK_NS + "mentions"}


#: Every page names the same few dozen properties and classes: each is written once.
curie = lru_cache(maxsize=4096)(_curie)


@dataclass(frozen=True)
class SiteContext:
    """What every page needs besides its own description."""

    published: frozenset[str]  # document IRIs with pages
    term_labels: dict[str, str]  # ontology term IRI -> label
    has_graph: bool
    has_report: bool
    term_pages: dict[str, str] = field(default_factory=dict)  # ontology term IRI -> its page's path


@lru_cache(maxsize=1)
def environment():
    from jinja2 import Environment, FileSystemLoader

    return Environment(loader=FileSystemLoader(str(Path(__file__).with_name("templates"))), autoescape=True,
                       keep_trailing_newline=True)


def link(ctx: SiteContext, path: str, iri: str) -> str | None:
    """A relative link from the page ``path`` to the page of ``iri``, if the site has one (an
    ontology term's own page rather than its section of the ontology's)."""
    term = ctx.term_pages.get(iri)
    if term is not None:
        return href(path, term)
    doc = document_iri(iri)
    if doc not in ctx.published:
        return None
    return href(path, page_path(doc), "html", iri[len(doc) + 1:] if len(iri) > len(doc) else "")


def embedded_jsonld(desc: Description, jsonld: bytes) -> bytes:
    """What the HTML page embeds: its JSON-LD, or for a hub past :data:`EMBED_MAX` the JSON-LD
    of its triples without the provenance statements and mentions (hash IRIs of the releases)."""
    if len(jsonld) <= EMBED_MAX or desc.kind != "entity":
        return jsonld
    return ox.serialize([t for t in desc.triples if "#" not in _key(t.subject)], format=ox.RdfFormat.JSON_LD)


def rdf_files(desc: Description) -> tuple[bytes, bytes]:
    """The description as Turtle (with the project's prefixes) and as JSON-LD."""
    ttl = ox.serialize(desc.triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    return ttl, ox.serialize(desc.triples, format=ox.RdfFormat.JSON_LD)


class _Index:
    """A description's triples by subject and predicate."""

    def __init__(self, triples: tuple[ox.Triple, ...]):
        self.sp: dict[str, dict[str, list[ox.Term]]] = defaultdict(lambda: defaultdict(list))
        last, props = None, None
        for t in triples:  # sorted: a subject's triples come together
            s = t.subject
            if props is None or s != last:
                last, props = s, self.sp[_key(s)]
            props[t.predicate.value].append(t.object)

    def one(self, s: str, p: str) -> ox.Term | None:
        values = self.sp.get(s, {}).get(p)
        if not values:
            return None
        return values[0] if len(values) == 1 else min(values, key=str)

    def all(self, s: str, p: str) -> list[ox.Term]:
        return sorted(self.sp.get(s, {}).get(p, []), key=str)


def _key(term: ox.Term) -> str:
    try:
        return term.value
    except AttributeError:  # a quoted triple
        return str(term)


def _name(idx: _Index, ctx: SiteContext, term: ox.Term) -> str:
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.BlankNode):
        return "(unnamed)"
    label = idx.one(term.value, RDFS + "label") or idx.one(term.value, DCT + "title")
    return label.value if label is not None else ctx.term_labels.get(term.value, curie(term.value))


def _class(idx: _Index, iri: str) -> str:
    names = sorted(t.value[len(PK_NS):] for t in idx.all(iri, RDF + "type") if t.value.startswith(PK_NS))
    specific = [n for n in names if n in NODE_STYLES and n not in ("Organization", "Mission", "Event", "Place")]
    return (specific or names or [""])[0]


def _statements(idx: _Index) -> dict[tuple[str, str, str], list[dict]]:
    """(subject, predicate, object) -> the provenance of each statement of it."""
    out: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for st, props in idx.sp.items():
        if RDF + "subject" not in props:
            continue
        sentence = idx.one(st, PROV + "wasDerivedFrom")
        text = idx.one(sentence.value, NIF_ANCHOR) if sentence is not None else None
        conf = idx.one(st, PK_NS + "confidence")
        obj = props[RDF + "object"][0]
        method = idx.one(st, PK_NS + "method")
        out[(props[RDF + "subject"][0].value, props[RDF + "predicate"][0].value, _key(obj))].append(
            {"object": obj, "sentence": text.value if text is not None else "",
             "target": sentence.value if sentence else st, "release": document_iri(st).rsplit("/", 1)[-1],
             "method": method.value if method is not None else "",
             "confidence": conf.value if conf is not None else ""})
    return out


def entity_view(desc: Description, ctx: SiteContext, path: str) -> dict:
    idx = _Index(desc.triples)
    me = desc.iri
    stmts = _statements(idx)
    view = {"name": _name(idx, ctx, ox.NamedNode(me)),
            "classes": [{"label": ctx.term_labels.get(c.value, curie(c.value)), "href": link(ctx, path, c.value)}
                        for c in idx.all(me, RDF + "type")],
            "aliases": [a.value for a in idx.all(me, SKOS + "altLabel")],
            "wikidata": [{"id": q, "url": "https://www.wikidata.org/wiki/" + q}
                         for q in (w.value[len(WD_NS):] for w in idx.all(me, OWL + "sameAs")
                                   if w.value.startswith(WD_NS))]}

    def fact(s: str, p: str, o: ox.Term, shown: ox.Term) -> dict:
        ev = sorted(stmts.get((s, p, _key(o)), []), key=lambda e: (e["release"], e["target"]))
        for e in ev[:EVIDENCE_SHOWN]:
            e["href"] = link(ctx, path, e["target"])
        return {"value": _name(idx, ctx, shown), "href": link(ctx, path, shown.value)
                if isinstance(shown, ox.NamedNode) else None, "evidence": ev[:EVIDENCE_SHOWN],
                "more_evidence": max(0, len(ev) - EVIDENCE_SHOWN)}

    out_props: dict[str, list] = defaultdict(list)
    in_props: dict[str, list] = defaultdict(list)
    for p, objects in idx.sp.get(me, {}).items():
        for o in sorted(objects, key=str):
            if p not in HEADING or (p == OWL + "sameAs" and not o.value.startswith(WD_NS)):
                out_props[p].append(fact(me, p, o, o))
    edges, neighbours = [], {}
    for s, props in idx.sp.items():
        for p, objects in props.items():
            if s == me or "#" in s or p in PROVENANCE or not any(o.value == me for o in objects):
                continue
            in_props[p].append(fact(s, p, ox.NamedNode(me), ox.NamedNode(s)))
            neighbours.setdefault(s, None)
            edges.append((s, me, p))
    for p, objects in idx.sp.get(me, {}).items():
        if p not in HEADING:
            for o in objects:
                if isinstance(o, ox.NamedNode) and o.value != me and not o.value.startswith(PK_NS):
                    neighbours.setdefault(o.value, None)
                    edges.append((me, o.value, p))

    def groups(props: dict[str, list], title: str) -> dict | None:
        if not props:
            return None
        return {"title": title, "key": "out" if props is out_props else "in", "properties": [
            {"label": ctx.term_labels.get(p, curie(p)), "href": link(ctx, path, p), "facts": props[p], "iri": p}
            for p in sorted(props, key=lambda p: ctx.term_labels.get(p, curie(p)))]}

    view["groups"] = [g for g in (groups(out_props, "What it is and does"),
                                  groups(in_props, "What points to it")) if g]
    view["timeline"] = _timeline(idx, ctx, path, me)
    keep = sorted(neighbours)[:MAX_NEIGHBOURS]
    nodes = [{"id": me, "label": view["name"], "color": NODE_STYLES.get(_class(idx, me), DEFAULT_COLOUR), "size": 18}]
    nodes += [{"id": n, "label": _name(idx, ctx, ox.NamedNode(n)), "href": link(ctx, path, n),
               "color": NODE_STYLES.get(_class(idx, n), DEFAULT_COLOUR)} for n in keep]
    shown = set(keep) | {me}
    view["graph_json"] = _safe_json({"nodes": nodes, "edges": [
        {"from": s, "to": o, "label": ctx.term_labels.get(p, curie(p))}
        for s, o, p in sorted(set(edges)) if s in shown and o in shown]})
    return view


def _timeline(idx: _Index, ctx: SiteContext, path: str, me: str) -> list[dict]:
    """The releases that mention ``me``, in date order, each linked at its first mention."""
    first: dict[str, tuple[int, str]] = {}
    for m, props in idx.sp.items():
        if any(o.value == me for o in props.get("http://www.w3.org/2005/11/its/rdf#taIdentRef", [])):
            hit = re.search(r"#mention=(\d+),", m)
            doc = document_iri(m)
            if hit and (doc not in first or int(hit.group(1)) < first[doc][0]):
                first[doc] = (int(hit.group(1)), m)
    rows = []
    for s, props in idx.sp.items():
        if any(o.value == me for o in props.get(PK_NS + "mentions", [])):
            date = idx.one(s, DCT + "date")
            rows.append({"date": date.value if date is not None else "", "title": _name(idx, ctx, ox.NamedNode(s)),
                         "href": link(ctx, path, first[s][1] if s in first else s), "iri": s})
    return sorted(rows, key=lambda r: (r["date"], r["iri"]))


def release_view(desc: Description, ctx: SiteContext, path: str) -> dict:
    idx = _Index(desc.triples)
    me = desc.iri
    stmts = _statements(idx)
    text, sentences, mentions = "", [], []
    for s, props in idx.sp.items():
        types = {t.value for t in props.get(RDF + "type", [])}
        if NIF_CONTEXT in types and NIF_IS_STRING in props:
            text = props[NIF_IS_STRING][0].value
        if NIF_SENTENCE in types:
            sentences.append((int(props[NIF_BEGIN][0].value), int(props[NIF_END][0].value), s))
        if "http://www.w3.org/2005/11/its/rdf#taIdentRef" in props and NIF_BEGIN in props:
            target = props["http://www.w3.org/2005/11/its/rdf#taIdentRef"][0]
            mentions.append((int(props[NIF_BEGIN][0].value), int(props[NIF_END][0].value),
                             s, target.value))
    mentions.sort()
    by_sentence: dict[str, list[dict]] = defaultdict(list)
    for (s, p, o), evs in stmts.items():
        for e in evs:
            o_term = e["object"]
            by_sentence[e["target"]].append({
                "s": _name(idx, ctx, ox.NamedNode(s)), "s_href": link(ctx, path, s),
                "p": ctx.term_labels.get(p, curie(p)), "o": _name(idx, ctx, o_term),
                "o_href": link(ctx, path, o) if isinstance(o_term, ox.NamedNode) else None,
                "method": e["method"], "confidence": e["confidence"]})
    def piece(begin: int, end: int) -> list[dict]:
        return _segments(text, begin, end, [m for m in mentions if begin <= m[0] < end], idx, ctx, path)

    rows, cursor = [], 0
    for begin, end, s in sorted(sentences):
        if begin < cursor:
            continue
        if text[cursor:begin].strip():
            rows.append({"id": f"char={cursor},{begin}", "segments": piece(cursor, begin), "facts": []})
        rows.append({"id": s.split("#", 1)[1], "segments": piece(begin, end),
                     "facts": sorted(by_sentence.get(s, []), key=lambda f: (f["s"], f["p"], f["o"]))})
        cursor = end
    if text[cursor:].strip():
        rows.append({"id": f"char={cursor},{len(text)}", "segments": piece(cursor, len(text)), "facts": []})
    publisher = idx.one(me, DCT + "publisher")
    source = idx.one(me, DCT + "source")
    entities = sorted({o.value for o in idx.all(me, PK_NS + "mentions")})
    return {"name": _name(idx, ctx, ox.NamedNode(me)), "date": (idx.one(me, DCT + "date") or ox.Literal("")).value,
            "publisher": {"value": _name(idx, ctx, publisher), "href": link(ctx, path, publisher.value)
                          if isinstance(publisher, ox.NamedNode) else None} if publisher is not None else None,
            "source": source.value if isinstance(source, ox.NamedNode)
            and source.value.startswith(("http://", "https://")) else None,  # never a javascript: link
            "identifier": me.rsplit("/", 1)[-1], "sentences": rows,
            "entities": sorted(({"label": _name(idx, ctx, ox.NamedNode(e)), "href": link(ctx, path, e)}
                                for e in entities if link(ctx, path, e)), key=lambda e: e["label"].lower())}


def _segments(text: str, begin: int, end: int, mentions: list[tuple[int, int, str, str]], idx: _Index,
              ctx: SiteContext, path: str) -> list[dict]:
    """``text[begin:end]`` as pieces: plain text, mentions linked to their entity, and mentions
    that hold others (``ASI-JAXA Committee`` around ``ASI``) as a span around them followed by
    their own link. A mention that crosses another keeps an (empty) anchor, so that links to it
    still land in place."""
    out: list[dict] = []
    open_: list[tuple[int, str, str]] = []  # the enclosing mentions: end, target, title
    at = begin
    ordered = sorted(mentions, key=lambda m: (m[0], -m[1], m[2]))

    def close_until(pos: int) -> None:
        nonlocal at
        while open_ and open_[-1][0] <= pos:
            stop, target, title = open_.pop()
            out.append({"text": text[at:stop]})
            out.append({"close": True, "href": link(ctx, path, target), "title": title})
            at = stop

    for i, (mb, mend, m, target) in enumerate(ordered):
        close_until(mb)
        fragment = m.split("#", 1)[1]
        title = _name(idx, ctx, ox.NamedNode(target))
        if mb < at or mend > min([e for e, _, _ in open_] + [end]):  # crosses another mention, or the sentence
            out.append({"anchor": fragment})
            continue
        out.append({"text": text[at:mb]})
        at = mb
        if any(b < mend for b, _, _, _ in ordered[i + 1:]):  # it holds others
            out.append({"open": True, "id": fragment, "title": title})
            open_.append((mend, target, title))
            continue
        out.append({"text": text[mb:mend], "href": link(ctx, path, target), "id": fragment, "title": title})
        at = mend
    close_until(end)
    out.append({"text": text[at:end]})
    return [x for x in out if x.get("text") != ""]


def ontology_view(desc: Description, ctx: SiteContext, path: str, instances: dict[str, list[tuple[str, str]]],
                  uses: dict[str, int], pylode: str | None) -> dict:
    idx = _Index(desc.triples)
    kinds = {"Classes": OWL + "Class", "Object properties": OWL + "ObjectProperty",
             "Data properties": OWL + "DatatypeProperty", "Annotation properties": OWL + "AnnotationProperty"}
    sections = []
    for title, kind in kinds.items():
        terms = []
        for s in sorted(x for x in idx.sp if x.startswith(PK_NS) and any(
                t.value == kind for t in idx.sp[x].get(RDF + "type", []))):
            rels = []
            for name, p in (("subclass of", RDFS + "subClassOf"), ("subproperty of", RDFS + "subPropertyOf"),
                            ("domain", RDFS + "domain"), ("range", RDFS + "range"),
                            ("same as", OWL + "equivalentClass"), ("same as", OWL + "equivalentProperty")):
                values = [{"label": ctx.term_labels.get(v.value, curie(v.value)), "href": link(ctx, path, v.value)}
                          for v in idx.all(s, p) if isinstance(v, ox.NamedNode)]
                if values:
                    rels.append({"name": name, "items_": values})
            comment = idx.one(s, RDFS + "comment") or idx.one(s, SKOS + "definition")
            members = instances.get(s, []) if kind == OWL + "Class" else []
            terms.append({"id": s[len(PK_NS):], "label": _name(idx, ctx, ox.NamedNode(s)),
                          "comment": comment.value if comment is not None else "", "relations": rels,
                          "count": len(members) if kind == OWL + "Class" else uses.get(s, 0),
                          "count_what": "entities" if kind == OWL + "Class" else "facts",
                          "page": link(ctx, path, s)})
        if terms:
            sections.append({"title": title, "terms": terms})
    comment = idx.one(ONTOLOGY_IRI, RDFS + "comment") or idx.one(ONTOLOGY_IRI, DCT + "description")
    return {"name": _name(idx, ctx, ox.NamedNode(ONTOLOGY_IRI)), "sections": sections, "pylode": pylode,
            "comment": comment.value if comment is not None else ""}


def render(template: str, path: str, iri: str | None, view: dict, ctx: SiteContext, jsonld: bytes | None) -> bytes:
    """The HTML page of ``view`` at the site path ``path`` (without extension)."""
    root = href(path, "index", "html")[: -len("index.html")]
    alternates = {"ttl": href(path, path, "ttl"), "jsonld": href(path, path, "jsonld")} if iri else None
    embedded = None
    if jsonld is not None:
        embedded = jsonld.decode().replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    view = {"title": view.get("name") or "presskg", **view}
    page = environment().get_template(template).render(
        root=root, iri=iri, alternates=alternates, jsonld=embedded, has_graph=ctx.has_graph,
        has_report=ctx.has_report, **view)
    return page.encode("utf-8")

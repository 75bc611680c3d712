"""The dataset describes itself: VoID and DCAT (``void.ttl``), the SPARQL 1.1 Service Description
of the endpoint ``presskg serve --site`` runs, a ``sitemap.xml``, and the rules that make the usual
web servers answer an IRI's path with HTML, Turtle or JSON-LD (``.htaccess``, an nginx snippet).
"""

from __future__ import annotations

from collections import Counter
from urllib.parse import quote
from xml.etree import ElementTree as ET

import pyoxigraph as ox

from .. import __version__
from ..vocab import ONTOLOGY_IRI, PREFIXES

VOID = "http://rdfs.org/ns/void#"
DCAT = "http://www.w3.org/ns/dcat#"
SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS = "http://www.w3.org/ns/formats/"
#: The build's exports the site offers for download: file -> (media type, format name).
DUMPS = {"graph.trig": ("application/trig", "TriG"), "graph.nq": ("application/n-quads", "N-Quads"),
         "graph.ttl": ("text/turtle", "Turtle"), "graph.rdf": ("application/rdf+xml", "RDF/XML"),
         "graph.jsonld": ("application/ld+json", "JSON-LD")}
_PREFIXES = {**PREFIXES, "void": VOID, "dcat": DCAT, "sd": SD}


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _lit(value: int | str) -> ox.Literal:
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=_n(PREFIXES["xsd"] + "integer"))
    return ox.Literal(value)


def void_turtle(default: list[ox.Triple], entities: int, base_url: str, dumps: list[str]) -> bytes:
    """VoID (counts, class and property partitions, endpoint, dumps) and a DCAT dataset with one
    distribution per export format, as Turtle."""
    ds = _n(base_url + "void#dataset")
    rdf_type = _n(PREFIXES["rdf"] + "type")
    classes = Counter(t.object.value for t in default if t.predicate == rdf_type and isinstance(t.object, ox.NamedNode))
    props = Counter(t.predicate.value for t in default)
    subjects = {t.subject for t in default}
    dct = PREFIXES["dcterms"]
    out = [ox.Triple(ds, rdf_type, _n(VOID + "Dataset")), ox.Triple(ds, rdf_type, _n(DCAT + "Dataset")),
           ox.Triple(ds, _n(dct + "title"), _lit("presskg knowledge graph of space-agency press releases")),
           ox.Triple(ds, _n(dct + "description"), _lit("Agencies, people, missions, spacecraft, events and agreements "
                                                       "read from press releases, each fact with its sentence.")),
           ox.Triple(ds, _n(VOID + "uriSpace"), _lit(PREFIXES["pkr"])),
           ox.Triple(ds, _n(VOID + "vocabulary"), _n(ONTOLOGY_IRI)),
           ox.Triple(ds, _n(VOID + "triples"), _lit(len(default))),
           ox.Triple(ds, _n(VOID + "entities"), _lit(entities)),
           ox.Triple(ds, _n(VOID + "distinctSubjects"), _lit(len(subjects))),
           ox.Triple(ds, _n(VOID + "classes"), _lit(len(classes))),
           ox.Triple(ds, _n(VOID + "properties"), _lit(len(props))),
           ox.Triple(ds, _n(VOID + "sparqlEndpoint"), _n(base_url + "sparql")),
           ox.Triple(ds, _n(VOID + "rootResource"), _n(base_url + "index.html")),
           ox.Triple(ds, _n(DCAT + "landingPage"), _n(base_url + "index.html")),
           ox.Triple(ds, _n(dct + "creator"), _lit(f"presskg {__version__}"))]
    for i, (c, n) in enumerate(sorted(classes.items())):
        part = _n(f"{base_url}void#class-{i}")
        out += [ox.Triple(ds, _n(VOID + "classPartition"), part), ox.Triple(part, _n(VOID + "class"), _n(c)),
                ox.Triple(part, _n(VOID + "entities"), _lit(n))]
    for i, (p, n) in enumerate(sorted(props.items())):
        part = _n(f"{base_url}void#property-{i}")
        out += [ox.Triple(ds, _n(VOID + "propertyPartition"), part), ox.Triple(part, _n(VOID + "property"), _n(p)),
                ox.Triple(part, _n(VOID + "triples"), _lit(n))]
    for name in dumps:
        url = _n(f"{base_url}dump/{name}")
        dist = _n(f"{base_url}void#dist-{name.rsplit('.', 1)[1]}")
        media, fmt = DUMPS[name]
        out += [ox.Triple(ds, _n(VOID + "dataDump"), url), ox.Triple(ds, _n(DCAT + "distribution"), dist),
                ox.Triple(dist, rdf_type, _n(DCAT + "Distribution")), ox.Triple(dist, _n(DCAT + "downloadURL"), url),
                ox.Triple(dist, _n(DCAT + "mediaType"), _n("https://www.iana.org/assignments/media-types/" + media)),
                ox.Triple(dist, _n(dct + "format"), _lit(fmt))]
    return ox.serialize(sorted(out, key=str), format=ox.RdfFormat.TURTLE, prefixes=_PREFIXES)


def service_description(base_url: str) -> bytes:
    """A SPARQL 1.1 Service Description of the site's endpoint (``GET /sparql`` without a query)."""
    sd = _n(base_url + "sparql")
    node = _n(base_url + "void#service")
    t = _n(PREFIXES["rdf"] + "type")
    out = [ox.Triple(node, t, _n(SD + "Service")), ox.Triple(node, _n(SD + "endpoint"), sd),
           ox.Triple(node, _n(SD + "supportedLanguage"), _n(SD + "SPARQL11Query")),
           ox.Triple(node, _n(SD + "feature"), _n(SD + "UnionDefaultGraph")),
           ox.Triple(node, _n(SD + "defaultDataset"), _n(base_url + "void#dataset"))]
    out += [ox.Triple(node, _n(SD + "resultFormat"), _n(FORMATS + f))
            for f in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                      "Turtle")]
    return ox.serialize(sorted(out, key=str), format=ox.RdfFormat.TURTLE, prefixes=_PREFIXES)


def sitemap(paths: list[str], base_url: str) -> bytes:
    """``sitemap.xml`` of every HTML page (``paths`` without extension)."""
    ns = "http://www.sitemaps.org/schemas/sitemap/0.9"
    root = ET.Element("urlset", xmlns=ns)
    for p in ["index", *paths]:
        ET.SubElement(ET.SubElement(root, "url"), "loc").text = base_url + quote(p, safe="/-._~!$'()*+,;=:@") + ".html"
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


HTACCESS = """# presskg site on Apache (mod_rewrite, mod_mime): an IRI's path answers with the page,
# the Turtle or the JSON-LD by the Accept header; the files are beside each other.
Options -MultiViews
AddType text/turtle .ttl
AddType application/ld+json .jsonld
AddType application/n-quads .nq
AddType application/trig .trig
Header merge Vary Accept
RewriteEngine on
RewriteCond %{HTTP_ACCEPT} text/turtle
RewriteCond %{REQUEST_FILENAME}.ttl -f
RewriteRule ^(.+)$ $1.ttl [L]
RewriteCond %{HTTP_ACCEPT} application/ld\\+json
RewriteCond %{REQUEST_FILENAME}.jsonld -f
RewriteRule ^(.+)$ $1.jsonld [L]
RewriteCond %{REQUEST_FILENAME}.html -f
RewriteRule ^(.+)$ $1.html [L]
"""

W3ID_HTACCESS = """# For the w3id.org/presskg folder (https://github.com/perma-id/w3id.org): every IRI of
# the graph is redirected (303) to its page, its Turtle or its JSON-LD on the site at {base}
Options +FollowSymLinks
RewriteEngine on
RewriteCond %{{HTTP_ACCEPT}} text/turtle
RewriteRule ^(resource|release|kb)/(.+)$ {base}$1/$2.ttl [R=303,L,NE]
RewriteCond %{{HTTP_ACCEPT}} application/ld\\+json
RewriteRule ^(resource|release|kb)/(.+)$ {base}$1/$2.jsonld [R=303,L,NE]
RewriteRule ^(resource|release|kb)/(.+)$ {base}$1/$2.html [R=303,L,NE]
RewriteCond %{{HTTP_ACCEPT}} text/turtle
RewriteRule ^ontology$ {base}ontology.ttl [R=303,L]
RewriteRule ^ontology$ {base}ontology.html [R=303,L]
RewriteRule ^$ {base}index.html [R=303,L]
"""

NGINX = """# presskg site on nginx: an IRI's path answers with the page, the Turtle or the JSON-LD by the
# Accept header. The map goes in the http block, the location in the server of the site (root = this folder).
map $http_accept $presskg_ext {
    default                     .html;
    "~*text/turtle"             .ttl;
    "~*application/ld\\+json"    .jsonld;
}
server {
    # ...
    types { text/html html; text/turtle ttl; application/ld+json jsonld; application/n-quads nq;
            application/trig trig; application/rdf+xml rdf; text/css css; application/javascript js;
            application/xml xml; }
    location / {
        add_header Vary Accept;
        index index.html;
        try_files $uri $uri$presskg_ext $uri.html $uri/index.html =404;
    }
    location /sparql { proxy_pass http://127.0.0.1:7878/query; }  # presskg serve (Oxigraph)
}
"""


def server_rules(base_url: str) -> dict[str, bytes]:
    """The ready-made server rules the site ships, file name -> content."""
    return {".htaccess": HTACCESS.encode(), "w3id.htaccess": W3ID_HTACCESS.format(base=base_url).encode(),
            "nginx-presskg.conf": NGINX.encode()}

"""Where an IRI's pages live in the site, and relative links between them.

The site mirrors the IRIs: ``https://w3id.org/presskg/resource/X`` is ``resource/X.html``
(``.ttl``, ``.jsonld``), a release ``pkd:ID`` is ``release/ID.*``, a knowledge-base source
``…/kb/people`` is ``kb/people.*``, and every term of the ontology (``pk:Meeting``, a hash IRI)
lives in the ontology document ``ontology.*`` at the anchor ``#Meeting``, as HTTP would resolve it.
A path on disk is the IRI's local part percent-decoded (servers decode request paths before they
look for the file); links are percent-encoded again. A local part that cannot be a safe path
(``..``, empty segments, control characters, names too long) is published under a hashed name
instead, so no IRI can write outside the site.
"""

from __future__ import annotations

import hashlib
import posixpath
import re
from functools import lru_cache
from urllib.parse import quote, unquote

from ..vocab import ONTOLOGY_IRI

#: Every IRI the project mints starts with this; the site publishes those.
ROOT = "https://w3id.org/presskg/"
#: Names the site itself uses at its top level: no IRI may be published there.
RESERVED = {"index", "sitemap", "void", "assets", "dump", "graph", "report", "robots", ".htaccess",
            "nginx-presskg", "site-manifest", "more", "ontology"}
EXTENSIONS = ("html", "ttl", "jsonld")
_UNSAFE = re.compile(r"[\x00-\x1f\x7f\\]")
_MAX_SEGMENT = 200  # bytes, below the usual 255 once an extension is added


def document_iri(iri: str) -> str:
    """The IRI of the document describing ``iri``: the IRI without its fragment."""
    return iri.split("#", 1)[0]


def is_published(iri: str) -> bool:
    """Whether the site publishes a page for ``iri`` (an IRI minted under :data:`ROOT`)."""
    return iri.startswith(ROOT) and len(document_iri(iri)) > len(ROOT)


@lru_cache(maxsize=1 << 16)
def page_path(doc_iri: str) -> str:
    """The site path of a document, without extension (``resource/cnes-jaxa-2021-02-25/meeting-1``)."""
    encoded = doc_iri[len(ROOT):]
    local = unquote(encoded)
    segments = local.split("/") if "%2f" not in encoded.lower() else [""]  # 'a%2Fb' is not 'a/b': hashed
    ok = all(s not in ("", ".", "..") and not _UNSAFE.search(s) and len(s.encode()) <= _MAX_SEGMENT
             for s in segments)
    if doc_iri == ONTOLOGY_IRI:
        return "ontology"
    if ok and len(segments) > 1 and segments[0] not in RESERVED:
        return local
    digest = hashlib.sha256(doc_iri.encode()).hexdigest()[:24]
    return f"resource/_/{digest}"


@lru_cache(maxsize=65536)
def href(from_path: str, to_path: str, ext: str = "html", fragment: str = "") -> str:
    """A relative, percent-encoded link from the page ``from_path`` to ``to_path.ext``."""
    rel = _relative(posixpath.dirname(from_path), f"{to_path}.{ext}" if ext else to_path)
    link = quote(rel, safe="/-._~!$'()*+,;=:@")
    return f"{link}#{quote(fragment, safe='=,-._~')}" if fragment else link


def _relative(from_dir: str, to: str) -> str:
    """``posixpath.relpath(to, from_dir)`` for the site's clean relative paths, without its
    calls to the file system (a release page makes hundreds of links)."""
    up = from_dir.split("/") if from_dir else []
    down = to.split("/")
    common = 0
    while common < len(up) and common < len(down) - 1 and up[common] == down[common]:
        common += 1
    return "/".join([".."] * (len(up) - common) + down[common:])

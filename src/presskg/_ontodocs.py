"""The ontology's HTML documentation (``make docs``), by pyLODE, with other vocabularies' terms prefixed.

pyLODE names a term by the title its background copy of a vocabulary gives it, so
``schema:memberOf`` reads "memberOf" beside presskg's own "member of", and
``schema:Organization`` "Organization" beside ``pk:Organization``. Here the terms of
other vocabularies that presskg's ontology uses lose that title before pyLODE
writes the page, so it names them by prefix (``schema:memberOf``), as it already
does for vocabularies it has no copy of (``org:``, ``foaf:``). pyLODE is a ``dev``
dependency, imported here only.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rdflib import URIRef
from rdflib.namespace import DCTERMS

from .vocab import PK, ontology_path


def render(ontology: str | Path, dest: str | Path) -> Path:
    """Write the documentation of ``ontology`` to ``dest``."""
    from pylode import OntPub

    doc = OntPub(ontology=str(ontology))
    ours = str(PK._NS)
    used = {t for triple in doc.ont for t in triple if isinstance(t, URIRef) and not str(t).startswith(ours)}
    for term in used:
        doc.back_onts.remove((term, DCTERMS.title, None))
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    doc.make_html(destination=dest)
    return dest


if __name__ == "__main__":  # python -m presskg._ontodocs docs/ontology/index.html
    ap = argparse.ArgumentParser(prog="python -m presskg._ontodocs", description=__doc__.splitlines()[0])
    ap.add_argument("dest", help="the HTML file to write")
    ap.add_argument("--ontology", default=str(ontology_path()), help="the ontology (default: presskg's)")
    args = ap.parse_args()
    print(f"wrote {render(args.ontology, args.dest)}")

"""Hub pages in pieces: an entity page shows the first facts of each property and the first
releases of its timeline; the rest is on continuation pages under ``more/`` (the entity's own
path below it), a fixed number of items each, linked from the entity page and from each other.

An agency that 1,000 releases mention has thousands of facts: as one page it was megabytes of
HTML that took seconds to write and longer to open. Its ``.ttl`` and ``.jsonld`` stay whole;
only the HTML is cut.

The items of a view are made with links relative to the entity's page; a continuation page sits
deeper, so its template puts ``up`` (the way back to the entity's folder) before each link.
"""

from __future__ import annotations

import hashlib
import posixpath
import re

from .paths import href

#: Facts of one property (one direction) shown on the entity page itself.
FACTS_SHOWN = 20
#: Releases of the timeline shown on the entity page itself.
TIMELINE_SHOWN = 30
#: Items on one continuation page.
PAGE_SIZE = 250
MORE = "more"


def _slug(text: str) -> str:
    return re.sub(r"[^\w.-]+", "_", text)[:80] or "_"


def _up(cont: str, path: str) -> str:
    """The prefix that turns a link relative to ``path``'s folder into one relative to ``cont``'s."""
    folder = posixpath.dirname(path)
    return "../" * cont.count("/") + (folder + "/" if folder else "")


def continuation_paths(path: str, key: str, n_items: int) -> list[str]:
    """The continuation pages of ``n_items`` items of the list ``key`` of the page ``path``."""
    pages = -(-n_items // PAGE_SIZE)
    return [f"{MORE}/{path}/{key}-{k}" for k in range(1, pages + 1)]


def split(view: dict, path: str) -> tuple[dict, list[tuple[str, dict]]]:
    """The entity ``view`` cut to what its page shows, and the continuation pages as
    (site path, view) for the ``more.html`` template."""
    extra: list[tuple[str, dict]] = []
    base = {"entity": view["name"], "up": ""}

    def cut(items: list, shown: int, key: str, what: str, kind: str, about: dict) -> dict | None:
        if len(items) <= shown:
            return None
        paths = continuation_paths(path, key, len(items))
        for k, cont in enumerate(paths):
            extra.append((cont, {
                **base, **about, "kind": kind, "name": f"{view['name']}: {what} ({k + 1}/{len(paths)})",
                "up": _up(cont, path), "entity_href": href(cont, path),
                "items": items[k * PAGE_SIZE:(k + 1) * PAGE_SIZE], "start": k * PAGE_SIZE + 1, "total": len(items),
                "pages": [{"n": i + 1, "href": href(cont, p), "current": i == k} for i, p in enumerate(paths)]}))
        return {"total": len(items), "pages": [{"n": i + 1, "href": href(path, p)} for i, p in enumerate(paths)]}

    used: set[str] = set()
    for group in view["groups"]:
        for prop in group["properties"]:
            what = f"{group['title'].lower()}, {prop['label']}"
            key = f"{group['key']}-{_slug(re.split('[#/]', prop['iri'])[-1])}"
            if key in used:  # two properties of the same local name: tell them apart by their IRI
                key += "-" + hashlib.sha256(prop["iri"].encode()).hexdigest()[:8]
            used.add(key)
            prop["more"] = cut(prop["facts"], FACTS_SHOWN, key, what, "facts",
                               {"group": group["title"], "prop": prop["label"], "prop_href": prop["href"]})
            prop["facts"] = prop["facts"][:FACTS_SHOWN]
    view["timeline_more"] = cut(view["timeline"], TIMELINE_SHOWN, "timeline", "mentioned in", "timeline", {})
    view["timeline"] = view["timeline"][:TIMELINE_SHOWN]
    return view, extra

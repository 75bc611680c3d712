"""``presskg publish``: the static linked-data site of a build.

Reads the build's store once (:mod:`.describe`), then writes for every document IRI its page,
Turtle and JSON-LD (:mod:`.pages`) at the path that mirrors the IRI (:mod:`.paths`), an index
with an offline search over entity names, the dataset's self-description (:mod:`.void`), the
graph page and report of the build, its exports, and server rules.

Incremental: ``site-manifest.json`` keeps the digest of every document's description (and a key
of the templates, prefixes and base URL); a rebuild that changed one release rewrites only the
pages whose description changed, and deletes the pages of IRIs that are gone. Every file is
replaced atomically; files that come out the same are not touched.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections import defaultdict, deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from presskg.views.viz import _safe_json

from .. import __version__, _atomic
from .._lock import is_locked
from ..errors import BuildError, StoreError
from ..store import open_store
from ..vocab import ONTOLOGY_IRI, PK, PREFIXES
from . import forked, pages, paging, terms, void
from .describe import Description, Snapshot, describe, load_graphs, read_snapshot
from .describe import digests as describe_digests
from .paths import EXTENSIONS, ROOT, href, page_path

MANIFEST = "site-manifest.json"
#: Bump when the pages change shape in a way the templates' text does not show.
LAYOUT = "1"
_TEMPLATES = Path(__file__).with_name("templates")
RDF_TYPE = PREFIXES["rdf"] + "type"


@dataclass(frozen=True)
class PublishResult:
    """What a publish did."""

    site: Path
    documents: int
    written: int
    kept: int
    removed: int
    seconds: float

    def summary(self) -> str:
        return (f"published {self.documents} IRIs to {self.site}: {self.written} rewritten, {self.kept} unchanged, "
                f"{self.removed} removed, in {self.seconds:.1f} s")


def publish(build: str | Path = "build", out: str | Path | None = None, *, base_url: str = ROOT,
            jobs: int | None = None) -> PublishResult:
    """Write (or update) the linked-data site of ``build`` in ``out`` (default ``BUILD/site``),
    the pages made by ``jobs`` processes (default: one per core, at most four).

    Raises:
        StoreError: no store in ``build``, or a build is writing it.
        BuildError: ``base_url`` is not an http(s) URL ending in ``/``.
    """
    start = time.perf_counter()
    build = Path(build)
    site = Path(out) if out is not None else build / "site"
    if not base_url.startswith(("http://", "https://")) or not base_url.endswith("/"):
        raise BuildError(f"--base-url must be an http(s) URL ending in '/', not {base_url!r}")
    if is_locked(build):
        raise StoreError(f"{build} is being built right now; publish it when the build has finished")
    store = open_store(build)
    snap = read_snapshot(store, graphs=False)
    docs = snap.documents()
    term_pages = terms.term_paths(store)
    ctx = pages.SiteContext(published=frozenset(docs), term_labels=_term_labels(snap),
                            has_graph=(build / "graph.html").is_file(), has_report=(build / "report.html").is_file(),
                            term_pages=term_pages)
    old = _read_manifest(site)
    key = _layout_key(base_url, ctx)
    known = old.get("pages", {}) if old.get("key") == key else {}
    old_more: dict[str, list[str]] = {d: [p for p in v if isinstance(p, str)] for d, v in (
        old.get("more") if isinstance(old.get("more"), dict) else {}).items() if isinstance(v, list)}
    instances, uses = _class_members(snap), _property_uses(snap)
    digests = describe_digests(store, snap, docs, _graph_hashes(build))
    if ONTOLOGY_IRI in digests:  # the ontology's page also counts the instances of each class
        listed = json.dumps([instances, uses], sort_keys=True)
        digests[ONTOLOGY_IRI] = hashlib.sha256((digests[ONTOLOGY_IRI] + listed).encode()).hexdigest()
    todo = [iri for iri in docs if known.get(iri) != digests[iri]
            or not all((site / f"{page_path(iri)}.{e}").is_file() for e in EXTENSIONS)
            or not all((site / f"{p}.html").is_file() for p in old_more.get(iri, ()))]
    more = {d: old_more[d] for d in docs if d in old_more}
    if todo:  # the named graphs are read only when a page is to be made
        load_graphs(snap, store, _current_nquads(build))
    for name in ("entity.html", "release.html", "ontology.html", "more.html"):  # compiled once, before the fork
        pages.environment().get_template(name)

    def make(chunk: Sequence[str]) -> dict[str, list[str]]:  # in a forked worker, or here
        with _Writer() as put:
            return {iri: _write_document(site, page_path(iri), describe(snap, iri), ctx, instances, uses, put)
                    for iri in chunk}

    for done in forked.map_chunks(make, todo, forked.default_jobs() if jobs is None else jobs):
        for iri, written in done.items():
            _remove_paths(site, set(more.get(iri, ())) - set(written))
            more[iri] = written
    removed = _remove_gone(site, set(old.get("pages", {})) - set(docs))
    _remove_paths(site, {p for d, ps in old_more.items() if d not in more for p in ps})
    _write_site_files(site, build, snap, docs, ctx, base_url)
    _write_terms(site, store, snap, ctx, instances, base_url, old.get("terms", []))
    _atomic.write_text(site / MANIFEST, json.dumps(
        {"key": key, "pages": digests, "more": {d: v for d, v in more.items() if v},
         "terms": sorted(term_pages.values())}, indent=0, sort_keys=True) + "\n")
    return PublishResult(site, len(docs), len(todo), len(docs) - len(todo), removed, time.perf_counter() - start)


def _write_document(site: Path, path: str, desc: Description, ctx: pages.SiteContext,
                    instances: dict, uses: dict, put: Callable[[Path, bytes], None]) -> list[str]:
    """Write the three files of one document, and the continuation pages of a hub's; returns the
    paths of those continuation pages."""
    ttl, jsonld = pages.rdf_files(desc)
    embedded = pages.embedded_jsonld(desc, jsonld)
    extra: list[tuple[str, dict]] = []
    if desc.kind == "ontology":
        pylode = "docs/ontology/index.html" if (site / "docs" / "ontology" / "index.html").is_file() else None
        html = pages.render("ontology.html", path, desc.iri,
                            pages.ontology_view(desc, ctx, path, instances, uses, pylode), ctx, embedded)
    elif desc.kind == "release":
        html = pages.render("release.html", path, desc.iri, pages.release_view(desc, ctx, path), ctx, embedded)
    else:
        view, extra = paging.split(pages.entity_view(desc, ctx, path), path)
        html = pages.render("entity.html", path, desc.iri, view, ctx, embedded)
    for ext, data in (("ttl", ttl), ("jsonld", jsonld), ("html", html)):
        put(site / f"{path}.{ext}", data)
    for cont, view in extra:
        put(site / f"{cont}.html", pages.render("more.html", cont, None, view, ctx, None))
    return [cont for cont, _ in extra]


class _Writer:
    """Writes files in a thread while the next pages are made: creating a file costs the file
    system about as much as rendering a small page, and the thread waits on it with the
    interpreter free. At most :attr:`AHEAD` files wait; an error of a write is raised here."""

    AHEAD = 64

    def __enter__(self) -> Callable[[Path, bytes], None]:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="presskg-publish")
        self._pending: deque[Future] = deque()
        return self.put

    def put(self, dest: Path, data: bytes) -> None:
        while len(self._pending) >= self.AHEAD:
            self._pending.popleft().result()
        self._pending.append(self._pool.submit(_put, dest, data))

    def __exit__(self, *exc) -> None:
        try:
            while self._pending:
                self._pending.popleft().result()
        finally:
            self._pool.shutdown(wait=True, cancel_futures=True)


def _put(dest: Path, data: bytes) -> None:
    """Replace ``dest`` atomically by ``data``, without a flush to disk (the site can be made
    again): ``_atomic.write_bytes`` makes a random temporary name and creates the folder each
    time, which is a third of the cost of writing 17,000 small files; a page's temporary name
    here is fixed per process, and a folder is made only when it is missing."""
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    try:
        try:
            f = open(tmp, "wb")  # noqa: SIM115 (closed below)
        except FileNotFoundError:
            dest.parent.mkdir(parents=True, exist_ok=True)
            f = open(tmp, "wb")  # noqa: SIM115
        with f:
            f.write(data)
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _write_terms(site: Path, store: ox.Store, snap: Snapshot, ctx: pages.SiteContext, instances: dict, base_url: str,
                 old: list[str]) -> None:
    """The page of each class and property (rewritten only where it changed), and none of a term
    that is gone."""
    views = terms.term_views(store, snap, ctx.term_pages, ctx.term_labels, instances,
                             lambda path, iri: pages.link(ctx, path, iri), base_url)
    for path, view in views:
        _write_if_changed(site / f"{path}.html", pages.render("term.html", path, None, view, ctx, None))
    _remove_paths(site, set(old if isinstance(old, list) else []) - set(ctx.term_pages.values()))


def _remove_paths(site: Path, paths: set[str]) -> None:
    for p in paths:
        if isinstance(p, str) and p.startswith((f"{paging.MORE}/", f"{terms.DIR}/")) and ".." not in p.split("/"):
            (site / f"{p}.html").unlink(missing_ok=True)


def _remove_gone(site: Path, gone: set[str]) -> int:
    for iri in gone:
        for ext in EXTENSIONS:
            (site / f"{page_path(iri)}.{ext}").unlink(missing_ok=True)
    return len(gone)


def _write_if_changed(dest: Path, data: bytes) -> None:
    if not dest.is_file() or dest.read_bytes() != data:
        _atomic.write_bytes(dest, data, durable=False)


def _write_site_files(site: Path, build: Path, snap: Snapshot, docs: list[str], ctx: pages.SiteContext,
                      base_url: str) -> None:
    """The index, the assets, the build's pages and exports, VoID, sitemap and server rules."""
    from presskg.views.viz import _template

    lib = _template().environment.loader  # the vis-network build that graph.html inlines
    env = _template().environment
    for name, dest in (("lib/vis-9.1.2/vis-network.min.js", "assets/vis-network.min.js"),):
        _write_if_changed(site / dest, lib.get_source(env, name)[0].encode("utf-8"))
    _write_if_changed(site / "assets/site.css", (_TEMPLATES / "site.css").read_bytes())
    for name in ("graph.html", "report.html"):
        if (build / name).is_file():
            _write_if_changed(site / name, (build / name).read_bytes())
    dumps = [n for n in void.DUMPS if (build / n).is_file()]
    for name in dumps:
        _link_or_copy(build / name, site / "dump" / name)
    entity_docs = [d for d in docs if d != ONTOLOGY_IRI and d not in set(snap.releases)]
    _write_if_changed(site / "index.html", _index(snap, ctx, entity_docs, dumps, base_url))
    _write_if_changed(site / "void.ttl", void.void_turtle(snap.default, len(entity_docs), base_url, dumps))
    _write_if_changed(site / "sparql-description.ttl", void.service_description(base_url))
    _write_if_changed(site / "sitemap.xml", void.sitemap(
        [*(page_path(d) for d in docs), *sorted(ctx.term_pages.values())], base_url))
    for name, data in void.server_rules(base_url).items():
        _write_if_changed(site / name, data)


def _link_or_copy(src: Path, dest: Path) -> None:
    """``dest`` as the same file as ``src``: a hard link where the file system allows (a build
    replaces its exports by new files, so the link keeps this build's content), else a copy."""
    if dest.is_file() and os.path.samefile(src, dest):
        return
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        os.link(src, tmp)
    except OSError:
        tmp.write_bytes(src.read_bytes())
    os.replace(tmp, dest)


def _labels(snap: Snapshot) -> dict[str, str]:
    out: dict[str, str] = {}
    for p in (PREFIXES["dcterms"] + "title", PREFIXES["rdfs"] + "label"):  # a label wins over a title
        for t in sorted((t for t in snap.default if t.predicate.value == p), key=str, reverse=True):
            if isinstance(t.subject, ox.NamedNode):
                out[t.subject.value] = t.object.value
    return out


def _term_labels(snap: Snapshot) -> dict[str, str]:
    ns = str(PK._NS)
    return {k: v for k, v in _labels(snap).items() if k.startswith(ns) or k.startswith(PREFIXES["owl"])}


def _class_members(snap: Snapshot) -> dict[str, list[tuple[str, str]]]:
    """Class IRI -> its instances with a page, as (label, IRI), sorted by label."""
    labels = _labels(snap)
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for t in snap.default:
        if (t.predicate.value == RDF_TYPE and t.object.value.startswith(str(PK._NS))
                and t.subject.value.startswith(ROOT)):
            out[t.object.value].append((labels.get(t.subject.value, t.subject.value), t.subject.value))
    return {c: sorted(v, key=lambda x: (x[0].lower(), x[1])) for c, v in sorted(out.items())}


def _property_uses(snap: Snapshot) -> dict[str, int]:
    out: dict[str, int] = defaultdict(int)
    for t in snap.default:
        out[t.predicate.value] += 1
    return dict(sorted(out.items()))


def _index(snap: Snapshot, ctx: pages.SiteContext, entity_docs: list[str], dumps: list[str], base_url: str) -> bytes:
    labels = _labels(snap)
    alt = PREFIXES["skos"] + "altLabel"
    alts: dict[str, list[str]] = defaultdict(list)
    types: dict[str, list[str]] = defaultdict(list)
    dates: dict[str, str] = {}
    for t in snap.default:
        s = t.subject.value
        if t.predicate.value == alt:
            alts[s].append(t.object.value)
        elif t.predicate.value == RDF_TYPE and t.object.value.startswith(str(PK._NS)):
            types[s].append(ctx.term_labels.get(t.object.value, t.object.value))
        elif t.predicate.value == PREFIXES["dcterms"] + "date" and s in set(snap.releases):
            dates[s] = t.object.value
    names = [[labels.get(d, d.rsplit("/", 1)[-1]), sorted(alts[d]), href("index", page_path(d)),
              ", ".join(sorted(types[d]))] for d in entity_docs]
    names.sort(key=lambda n: (n[0].lower(), n[2]))
    releases = sorted(({"date": dates.get(r, ""), "title": labels.get(r, r.rsplit("/", 1)[-1]),
                        "href": pages.link(ctx, "index", r)} for r in snap.releases),
                      key=lambda r: (r["date"], r["title"]), reverse=True)
    members = _class_members(snap)
    classes = [{"label": ctx.term_labels.get(c, c), "href": pages.link(ctx, "index", c), "count": len(v)}
               for c, v in members.items()]
    classes.sort(key=lambda c: c["label"].lower())
    view = {"title": "presskg knowledge graph", "names_json": _safe_json(names), "releases": releases,
            "classes": classes, "endpoint": base_url + "sparql",
            "dumps": [{"href": f"dump/{n}", "name": n, "format": void.DUMPS[n][1]} for n in dumps],
            "counts": {"releases": len(snap.releases), "entities": len(entity_docs), "triples": len(snap.default)}}
    return pages.render("index.html", "index", None, view, ctx, None)


def _graph_hashes(build: Path) -> dict[str, str]:
    """The hash of each named graph, as the build recorded it (its manifest), or nothing."""
    from .._manifest import MANIFEST as BUILD_MANIFEST
    from .._manifest import MANIFEST_VERSION, read_manifest

    graphs = read_manifest(build / BUILD_MANIFEST, MANIFEST_VERSION).get("graphs", {})
    if not isinstance(graphs, dict):
        return {}
    return {g: h for g, h in graphs.items() if isinstance(g, str) and isinstance(h, str)}


def _current_nquads(build: Path) -> Path | None:
    """``build/graph.nq`` if it is the file the build's manifest records (same size and time),
    so that it holds the store's named graphs; else ``None`` (the store is read instead)."""
    from .._manifest import MANIFEST as BUILD_MANIFEST
    from .._manifest import MANIFEST_VERSION, read_manifest

    path = build / "graph.nq"
    record = read_manifest(build / BUILD_MANIFEST, MANIFEST_VERSION).get("files", {})
    record = record.get("nq") if isinstance(record, dict) else None
    try:
        st = path.stat()
    except OSError:
        return None
    if isinstance(record, dict) and record.get("size") == st.st_size and record.get("mtime_ns") == st.st_mtime_ns:
        return path
    return None


def _read_manifest(site: Path) -> dict:
    try:
        data = json.loads((site / MANIFEST).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _layout_key(base_url: str, ctx: pages.SiteContext) -> str:
    """Changes when anything a page depends on besides its description changes."""
    h = hashlib.sha256(f"{LAYOUT}\n{__version__}\n{base_url}\n{ctx.has_graph}{ctx.has_report}\n".encode())
    for f in sorted([*_TEMPLATES.iterdir(), *Path(__file__).parent.glob("*.py")]):  # templates and their code
        h.update(f.name.encode() + f.read_bytes())
    h.update(json.dumps([ctx.term_labels, ctx.term_pages], sort_keys=True).encode())
    h.update(json.dumps(PREFIXES, sort_keys=True).encode())
    return h.hexdigest()

"""Orchestration of a build: files → release graphs → validated dataset → outputs.

This is the only module (with ``cli``) that calls every stage; each stage
stays ignorant of the others. A release that cannot be read or extracted is
reported and skipped; the rest build. Unchanged releases are not read by the
language model again (``cache``), and the store is updated graph by graph.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph
from rdflib.compare import to_canonical_graph

from . import _atomic
from .cache import BuildLock, ExtractionCache, pipeline_fingerprint
from .errors import BuildError, InputError, ValidationError
from .export import sort_quads, write_all
from .extract import Gazetteer, extract
from .ingest import iter_release_paths, read_release
from .model import Extraction, Release
from .nlp import find_model, load_model, parse
from .rdf.convert import parse_graph
from .rdf.encode import encode
from .rdf.kb import kb_files, load_kb
from .rdf.validate import validate_quads
from .resolve import resolve
from .settings import DEFAULT_SETTINGS, Settings
from .store import STORE_DIR, graph_hashes, update_store
from .vocab import KB_GRAPH, ONTOLOGY_GRAPH, PKD, ontology_path

log = logging.getLogger(__name__)
MANIFEST = "manifest.json"
#: Release graphs validated together (more: faster, but a bigger graph in memory).
VALIDATION_BATCH = 100


@dataclass
class BuildResult:
    """What a build made, what it skipped and why."""

    out: Path
    releases: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    reused: int = 0
    entities: int = 0
    relations: int = 0
    triples: int = 0
    seconds: float = 0.0
    store: dict[str, int] = field(default_factory=dict)
    outputs: dict[str, Path] = field(default_factory=dict)

    @property
    def exit_code(self) -> int:
        """0 all built, 1 some releases failed (the rest built)."""
        return 1 if self.failed else 0

    def summary(self) -> str:
        s = (f"built {len(self.releases)} release(s) ({self.reused} unchanged): {self.entities} entities, "
             f"{self.relations} relations, {self.triples} triples in {self.seconds:.1f} s")
        if self.failed:
            s += f"; {len(self.failed)} failed (see {self.out / 'errors.json'})"
        return s


def read_releases(paths: list[str | Path], settings: Settings) -> tuple[list[Release], list[tuple[str, str]]]:
    """Read every release file; a bad file is reported, not fatal."""
    releases, failed, seen = [], [], {}
    for path in iter_release_paths(paths):
        try:
            rel = read_release(path, settings=settings)
        except InputError as exc:
            failed.append((str(path), str(exc)))
            log.error("%s", exc)
            continue
        if rel.identifier in seen:
            msg = (f"{path}: duplicate release identifier {rel.identifier!r} "
                   f"(already read from {seen[rel.identifier]}); rename one of the files")
            failed.append((str(path), msg))
            log.error("%s", msg)
            continue
        seen[rel.identifier] = path
        releases.append(rel)
    return sorted(releases, key=lambda r: r.identifier), failed


def extract_all(releases: list[Release], gazetteer: Gazetteer, settings: Settings, *, progress: bool = False,
                cache: ExtractionCache | None = None) -> tuple[list[Extraction], list[tuple[str, str]], int]:
    """Parse (in batches) and extract every release not in the cache.

    Returns the extractions (in the order of ``releases``, failed ones left out),
    the failures, and how many came from the cache.
    """
    from tqdm import tqdm

    keys = {r.identifier: cache.key(r.text, r.path) for r in releases} if cache else {}
    done: dict[str, Extraction] = {}
    for r in releases:
        hit = cache.get(r.identifier, keys[r.identifier]) if cache else None
        if hit is not None:
            done[r.identifier] = hit
    todo = [r for r in releases if r.identifier not in done]
    failed: list[tuple[str, str]] = []
    if todo:
        nlp = load_model(settings.model)
        parses = parse((r.text for r in todo), settings=settings, nlp=nlp)
        bar = tqdm(total=len(todo), unit="release", disable=not progress, file=sys.stderr, desc="reading")
        for rel, p in zip(todo, parses, strict=True):
            try:
                x = extract(rel, p, gazetteer, min_confidence=settings.min_confidence)
            except Exception as exc:  # one bad release must not sink the build
                log.exception("extraction failed for %s", rel.identifier)
                failed.append((str(rel.path or rel.identifier), f"extraction failed: {exc!r}"))
            else:
                done[rel.identifier] = x
                if cache:
                    cache.put(rel.identifier, keys[rel.identifier], x)
            bar.update(1)
        bar.close()
    reused = len(releases) - len(todo)
    return [done[r.identifier] for r in releases if r.identifier in done], failed, reused


@lru_cache(maxsize=1)
def background_quads() -> tuple[ox.Quad, ...]:
    """The ontology and knowledge-base graphs (the ontology's blank nodes get stable labels)."""
    onto = to_canonical_graph(Graph().parse(ontology_path(), format="turtle"))
    data = onto.serialize(format="nt", encoding="utf-8")
    name = ox.NamedNode(str(ONTOLOGY_GRAPH))
    quads = [ox.Quad(t.subject, t.predicate, t.object, name) for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)]
    for f in kb_files():
        quads += parse_graph(f, str(KB_GRAPH))
    return tuple(quads)


def build(paths: list[str | Path], *, out: str | Path = "build", settings: Settings = DEFAULT_SETTINGS,
          progress: bool | None = None) -> BuildResult:
    """Build every release under ``paths`` into ``out``.

    Writes ``graph.trig``, ``graph.nq``, ``graph.ttl``, ``graph.jsonld``,
    ``graph.rdf``, the Oxigraph store ``store/``, ``graph.html``,
    ``errors.json`` (what failed and why) and ``manifest.json``.

    Raises:
        BuildError: no release could be built, or another build holds ``out``.
        ValidationError: the graph breaks the SHACL shapes (report in ``validation.txt``).
    """
    out = Path(out)
    with BuildLock(out):
        return _build(list(paths), out, settings, progress)


def _build(paths: list[str | Path], out: Path, settings: Settings, progress: bool | None) -> BuildResult:
    t0 = time.perf_counter()
    releases, failed = read_releases(paths, settings)
    if progress is None:
        progress = len(releases) > 1 and sys.stderr.isatty()
    _, entries = load_kb()
    # what changes an extraction: the model, the confidence threshold, the code and the knowledge base
    cache = ExtractionCache(out, pipeline_fingerprint(find_model(settings), repr(settings.min_confidence), kb_files()))
    extractions, bad, reused = extract_all(releases, Gazetteer(entries), settings, progress=progress, cache=cache)
    failed += bad
    if not extractions:
        reasons = "; ".join(r for _, r in failed) or "no release files found"
        raise BuildError(f"nothing to build: {reasons}")
    cache.prune({x.release.identifier for x in extractions})
    resolutions = resolve(extractions, kb_iris=frozenset(e.iri for e in entries))
    release_quads = [q for res in resolutions for q in encode(res)]
    inferred = []
    if settings.infer:
        from .rdf.infer import infer

        onto = [q for q in background_quads() if q.graph_name.value == str(ONTOLOGY_GRAPH)]
        inferred = infer(release_quads, onto)
    quads = sort_quads([*background_quads(), *release_quads, *inferred])
    manifest = _read_manifest(out)
    hashes = graph_hashes(quads)
    result = BuildResult(out, releases=[r.release.identifier for r in resolutions], failed=failed, reused=reused)
    if settings.validate:
        _validate(out, hashes, manifest, release_quads, jobs=settings.jobs)
    (out / "validation.txt").unlink(missing_ok=True)
    # the store first: files and manifest follow it, so a failure leaves the previous build whole
    old = manifest.get("graphs", {}) if (out / STORE_DIR).is_dir() else {}
    result.store = update_store(quads, out / STORE_DIR, old=old, new=hashes)
    result.outputs = {f.value: p for f, p in write_all(quads, out).items()}
    result.outputs["store"] = out / STORE_DIR
    result.outputs.update(_pages(quads, out, [r.release.identifier for r in resolutions], settings))
    _atomic.write_text(out / "errors.json", json.dumps([{"file": f, "reason": r} for f, r in failed], indent=2) + "\n")
    _atomic.write_text(out / MANIFEST, json.dumps({"graphs": hashes, "releases": result.releases},
                                                  indent=1, sort_keys=True) + "\n")
    result.entities = len({e.iri for r in resolutions for e in r.entities})
    result.relations = sum(len(r.relations) for r in resolutions)
    result.triples = len(quads)
    result.seconds = time.perf_counter() - t0
    return result


def _validate(out: Path, hashes: dict[str, str], manifest: dict, release_quads: list[ox.Quad], *,
              jobs: int = 1) -> None:
    """SHACL over the release graphs that changed, with the ontology (whose class tree the shapes use).

    The knowledge base is validated with them only when it changed: its graph hash is in the manifest.
    With ``jobs`` > 1 the graphs are validated in that many processes.

    Raises:
        ValidationError: with the report written to ``validation.txt``.
    """
    old = manifest.get("graphs", {})
    changed = {g for g, h in hashes.items() if old.get(g) != h}
    onto = [q for q in background_quads() if q.graph_name.value == str(ONTOLOGY_GRAPH)]
    kb = [q for q in background_quads() if q.graph_name.value in changed and q.graph_name.value != str(ONTOLOGY_GRAPH)]
    graphs = sorted(g for g in changed if g.startswith(str(PKD)))
    if not graphs and not kb:
        return
    # batches of at most VALIDATION_BATCH graphs bound the memory; with jobs > 1 they run in parallel
    parts = max(1, min(len(graphs), max(jobs, -(-len(graphs) // VALIDATION_BATCH))))
    chunks = [set(graphs[i::parts]) for i in range(parts)]
    by_graph: dict[str, list[ox.Quad]] = {}
    for q in release_quads:
        by_graph.setdefault(q.graph_name.value, []).append(q)
    batches = [onto + [q for g in sorted(c) for q in by_graph.get(g, [])] for c in chunks]
    batches[0] += kb
    if jobs <= 1 or parts == 1:
        reports = [validate_quads(b) for b in batches]
    else:
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(min(jobs, parts), mp_context=mp.get_context("fork")) as pool:
            reports = list(pool.map(_validate_batch, batches))
    bad = [r for r in reports if not r.conforms]
    if bad:
        _atomic.write_text(out / "validation.txt", "\n".join(r.text for r in bad))
        raise ValidationError(f"the graph breaks {sum(r.violations for r in bad)} SHACL constraint(s); "
                              f"report in {out / 'validation.txt'}")


def _validate_batch(quads: list[ox.Quad]):
    return validate_quads(quads)


def _pages(quads: list[ox.Quad], out: Path, releases: list[str], settings: Settings) -> dict[str, Path]:
    """The graph page, one page per release (for builds of at most ``viz_release_pages`` releases),
    the network report and the GraphML/GEXF exports."""
    from .analytics import to_networkx
    from .report import write_report
    from .viz import render_html

    ds = ox.Store()  # in memory: fast SPARQL for the pages
    ds.bulk_extend(quads)
    G = to_networkx(ds, include_kb=True)
    pages = {"html": render_html(G, out / "graph.html", max_nodes=settings.viz_max_nodes)}
    folder = out / "releases"
    if len(releases) <= settings.viz_release_pages:
        from .analytics import release_view

        for rid in releases:
            render_html(release_view(G, rid), folder / f"{rid}.html", title=rid, max_nodes=settings.viz_max_nodes)
    for old in folder.glob("*.html") if folder.is_dir() else ():
        if old.stem not in releases or len(releases) > settings.viz_release_pages:
            old.unlink()
    from .analytics import text_graph

    pages.update(write_report(text_graph(G), out))
    return pages


def _read_manifest(out: Path) -> dict:
    try:
        return json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}

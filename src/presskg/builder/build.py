"""Orchestration of a build: files → release graphs → validated dataset → outputs.

This is the only module (with ``cli``) that calls every stage; each stage stays ignorant of the others. A
release that cannot be read or extracted is reported and skipped; the rest build.

A build costs what changed. Releases whose bytes did not change are not read by the language model again
(``cache``); a release whose extraction and whose share of cross-release naming
(:func:`~presskg.link.resolve.signature`) did not change keeps its graph, which is then neither encoded,
validated, written to the store nor serialized again: the store is updated graph by graph and the files are
assembled from per-graph fragments (:class:`~presskg.publish.export.DatasetWriter`). What a build knows about
the previous one is in ``manifest.json``.
"""

from __future__ import annotations

import gc
import hashlib
import json
import logging
import shutil
import sys
import time
from contextlib import ExitStack, nullcontext
from dataclasses import dataclass, field, replace
from itertools import chain
from pathlib import Path

import pyoxigraph as ox

from presskg import _atomic
from presskg._beside import Threaded
from presskg._heap import give_back
from presskg._lock import BuildLock
from presskg._manifest import MANIFEST, MANIFEST_VERSION, json_pieces, read_manifest
from presskg.builder.ahead import ReadAhead, get_ready
from presskg.builder.background import background_graphs
from presskg.builder.cache import CACHE_DIR, ExtractionCache, package_fingerprint, pipeline_fingerprint
from presskg.builder.files import SpooledWriter
from presskg.builder.graphs_beside import graphs_beside
from presskg.builder.inputs import Kept, kept, known_release, remembered, whole
from presskg.builder.memory import limit_arenas
from presskg.builder.new_store import EntityCount, replaced_store
from presskg.builder.pages import VIEWS_MEMO, publish_pages, read_network, stage_pages, write_pages
from presskg.builder.reading import read_releases
from presskg.builder.spool import Spool
from presskg.builder.stream import Graph, InvalidReleasesError, compact_summary, make_release_graphs, validate
from presskg.errors import BuildError
from presskg.extract import Gazetteer
from presskg.link.kb import kb_files, load_entries
from presskg.link.resolve import named_groups, signature
from presskg.nlp import find_model
from presskg.publish.export import StagedFiles
from presskg.rdf.encode import release_iri
from presskg.settings import DEFAULT_SETTINGS, Settings
from presskg.store import STORE_DIR, NewStore, replacing, store_opens
from presskg.store.query import mentioned_entities

log = logging.getLogger(__name__)
#: N-Quads up to which a full build's pages read a copy of its named graphs in memory (a few times
#: faster than the store on disk, read once it is written); past it (about 150 releases) they wait
#: for the store, so that memory does not grow with the corpus.
IN_MEMORY_PAGES = 24 << 20
#: Releases from which a full build's pages wait for its store's load to end (its facts, its compaction) before
#: they read the entity graph: beside the compaction, the graph of every entity and its ranking set the peak of
#: 8,000 releases (248 MiB against 231 waiting; 1,000 releases, whose peak is SHACL's, keep the overlap's time).
PAGES_AFTER_STORE_AT = 3000


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


def build(paths: list[str | Path], *, out: str | Path = "build", settings: Settings = DEFAULT_SETTINGS,
          progress: bool | None = None) -> BuildResult:
    """Build every release under ``paths`` into ``out``.

    Writes ``graph.trig``, ``graph.nq``, ``graph.ttl``, ``graph.jsonld``,
    ``graph.rdf``, the Oxigraph store ``store/``, ``graph.html``,
    ``errors.json`` (what failed and why) and ``manifest.json``.

    Raises:
        BuildError: no release could be built, or another build holds ``out``.
        ValidationError: the graph breaks the SHACL shapes (report in ``validation.txt``), in a
            way no single release explains (a release whose graph breaks them alone is reported in
            ``failed`` and left out, its report in ``validation.txt``).
    """
    out = Path(out)
    limit_arenas()  # the peak is the sum of the threads' arenas: fewer, and it stays flat (builder.memory)
    ours = gc.get_freeze_count() == 0  # else another part of the program manages the frozen heap
    with BuildLock(out):
        for sub in (out, out / CACHE_DIR, out / CACHE_DIR / VIEWS_MEMO, out / "releases", out / "report",
                    out / STORE_DIR):
            for p in _atomic.remove_leftovers(sub):  # of a build killed before it could clean up
                log.info("removed %s, left by an interrupted build", p)
        try:
            skip: dict[str, tuple[str, str]] = {}
            while True:
                try:
                    return _build(list(paths), out, settings, progress, freeze=ours, skip=skip)
                except InvalidReleasesError as exc:  # built again without them, once
                    if skip:
                        raise
                    skip.update(exc.bad)
                    for _, reason in exc.bad.values():
                        log.error("%s", reason)
        except BaseException:
            for p in out.glob(".pages.*"):
                shutil.rmtree(p, ignore_errors=True)
            raise
        finally:
            if ours:
                gc.unfreeze()  # what the build froze can be collected again


def _build(paths: list[str | Path], out: Path, settings: Settings, progress: bool | None, *,
           freeze: bool = False, skip: dict[str, tuple[str, str]] | None = None) -> BuildResult:
    t0 = time.perf_counter()
    manifest = read_manifest(out / MANIFEST, MANIFEST_VERSION)
    state: dict[str, dict] = manifest.get("state", {})
    # what changes an extraction: the model, the confidence threshold, the code and the knowledge base
    cache = ExtractionCache(out, pipeline_fingerprint(find_model(settings), repr(settings.min_confidence), kb_files()))
    reading = _digest(repr(replace(settings, jobs=1, dask=None)))  # files the previous build read are not parsed
    known_files = known_release(state, cache, manifest.get("reading") == reading, settings.max_release_bytes)
    releases, failed = read_releases(paths, settings, out=out, known=known_files)
    if skip:  # releases whose graph broke the shapes in the first attempt
        failed += [skip[r.identifier] for r in releases if r.identifier in skip]
        releases = [r for r in releases if r.identifier not in skip]
    if progress is None:
        progress = len(releases) > 1 and sys.stderr.isatty()
    if not releases:
        raise BuildError(f"nothing to build: {'; '.join(r for _, r in failed) or 'no release files found'}")
    keys = {r.identifier: known_files.keys.get(r.path) or cache.key(r.text, r.path) for r in releases}
    del known_files  # a rebuild's key and record of every file it knew, no longer needed (issue 19)
    # 1. the naming summary of new or changed releases (others are known by the manifest's): a rebuild's few read in
    # a child forked once they are known (they change the inputs: no no-op) while this process gets ready (ahead.py)
    known = {r.identifier for r in releases if state.get(r.identifier, {}).get("key") == keys[r.identifier]}
    todo = [r for r in releases if r.identifier not in known]
    if freeze and known and ReadAhead.worth(todo, settings):  # the manifest's objects (a hundred thousand and more)
        gc.freeze()  # walked by no full collection again, here or in the child (a model read here freezes its own)
    ahead = ReadAhead(todo, keys, cache, settings, progress, fork=bool(known))
    with ahead:  # meanwhile, what follows needs whatever the child reads
        entries = load_entries()
        kb_iris = frozenset(e.iri for e in entries)
        files = SpooledWriter(out, index=manifest.get("files"))
        store_dir = out / STORE_DIR
        inputs = _digest(MANIFEST_VERSION, sorted(keys.items()), sorted(failed), package_fingerprint(),
                         repr(replace(settings, jobs=1, dask=None)))
        if manifest.get("inputs") == inputs and _outputs_in_place(out, manifest, files):
            return _as_before(out, manifest, failed, time.perf_counter() - t0)  # nothing changed: nothing to do
        gazetteer = Gazetteer(entries)
        shared: dict[tuple, tuple] = {}  # the summaries' entries, each held once (compact_summary)
        old_summaries = {rid: compact_summary(state[rid]["named"], shared) for rid in sorted(known)}
        if ahead.forked is not None and settings.jobs == 1:  # (with more, the files are made in a forked process)
            ahead.begin_files(files, manifest.get("graphs", {}), releases, known)
        if ahead.forked is not None or ahead.starting:  # the child reads, or the cluster starts
            get_ready()
        fresh, bad = ahead.summaries(gazetteer, shared)
    # the records of the releases read, texts and all (some 2.5 KB a release), no longer held here to the
    # build's end: ``releases`` holds them until their graphs are made, then only what is kept (issue 19)
    del todo
    failed += bad
    releases = [r for r in releases if r.identifier in known or r.identifier in fresh]
    if not releases:
        raise BuildError(f"nothing to build: {'; '.join(r for _, r in failed)}")
    cache.prune({r.identifier for r in releases})
    if freeze:  # the model lives until the end of the build: no full collection walks it again and again
        gc.freeze()

    # 2. names across releases, and which release graphs must be made again
    summaries = {r.identifier: fresh[r.identifier] if r.identifier in fresh else old_summaries[r.identifier]
                 for r in releases}
    del fresh, shared, old_summaries
    named = named_groups(summaries, kb_iris)
    sigs = {rid: _digest(keys[rid], signature(rid, summaries[rid], named)) for rid in summaries}
    graphs: dict[str, Graph] = {}
    old_graphs = manifest.get("graphs", {}) if store_opens(store_dir) else {}
    for r in releases:
        old = state.get(r.identifier, {})
        g = release_iri(r.identifier)
        if old.get("signature") == sigs[r.identifier] and g in old_graphs:
            graphs[g] = Graph(old_graphs[g], manifest["sizes"][g])
    full = settings.infer or not old_graphs or not files.complete(sorted(graphs), set())
    stale = [r for r in releases if full or release_iri(r.identifier) not in graphs]
    readable, bad = whole(stale, settings)  # their text, should their extraction be read again
    failed += bad
    counted = EntityCount()
    # every other batch of release graphs made in a process forked now, before the store's thread starts
    beside = graphs_beside(readable, keys, cache, named, settings)
    with Spool(out) as spool, ExitStack() as early:
        # every graph made again: the new store loads them as they are made (a thread beside this one)
        loading = early.enter_context(replacing(store_dir, counted.after(spool.feed().write))) if full else None
        try:
            made, relations, bad = make_release_graphs(readable, keys, cache, gazetteer, settings, named, spool,
                                                       beside=beside)
            failed += bad
            for r in stale:  # could not be read again: left out of this build
                graphs.pop(release_iri(r.identifier), None)
            graphs.update(made)
            # the texts (some 4 KB a release), the names across releases and a record's title, date, publisher
            # and source (0.4 KB) are no longer needed: what follows reads the spool (inputs.kept; issue 19)
            releases = [kept(r) for r in releases if release_iri(r.identifier) in graphs]
            del stale, readable, named
            for g, (nquads, facts, graph) in background_graphs(spool, sorted(made), settings).items():
                spool.add(g, nquads, facts)
                graphs[g] = graph
            n_made = len(made)
            del made  # a table of every graph made, beside ``graphs``, to the build's end (issue 19)
        finally:
            spool.seal()
            if beside is not None:
                beside.close()
                beside = None  # it holds the names across releases
        # each release's extraction key and naming signature as 64 bytes, not two strings of 64 hex digits in
        # two tables held beside SHACL, the store and the pages to the manifest (some 0.3 KB a release; issue 19)
        digests = {r.identifier: bytes.fromhex(keys[r.identifier] + sigs[r.identifier]) for r in releases}
        del keys, sigs
        result = BuildResult(out, releases=[r.identifier for r in releases], failed=failed,
                             reused=len(releases) - n_made)
        if settings.dask:  # local:N: its cores, free again, make the files and the report (builder.cluster)
            from presskg.builder.cluster import after_reading

            settings = after_reading(settings)
        page_dir, pages = _store_files_pages(out, spool, graphs, old_graphs, result, files, settings,
                                             releases, loading, counted)
    if not skip:  # else it holds the report on the releases left out
        (out / "validation.txt").unlink(missing_ok=True)
    outputs = files.commit()
    # the pages last, once the store and the files they show are in place; then the manifest
    pages = publish_pages(page_dir, out, result.releases, pages)
    result.outputs = {f.value: p for f, p in outputs.items()}
    result.outputs["store"] = store_dir
    result.outputs.update(pages)
    _atomic.set_text(out / "errors.json", json.dumps([{"file": f, "reason": r} for f, r in failed], indent=2) + "\n")
    by_id = {r.identifier: r for r in releases}
    new_state = {rid: {"key": digests[rid][:32].hex(), "signature": digests[rid][32:].hex(), "named": summaries[rid],
                       "relations": relations.get(rid, state.get(rid, {}).get("relations", 0)),
                       "input": remembered(by_id[rid], digests[rid][:32].hex())}
                 for rid in result.releases}
    result.entities = (counted.value if counted.value is not None  # else the store was kept as it was
                       else mentioned_entities(ox.Store.read_only(str(store_dir))))
    result.relations = sum(s["relations"] for s in new_state.values())
    result.triples = sum(x.size for x in graphs.values())
    _write_manifest(out, result.releases, graphs, new_state, files.index, {
        "inputs": inputs, "reading": reading, "counts": [result.entities, result.relations, result.triples],
        "outputs": {k: str(Path(p).relative_to(out)) for k, p in sorted(result.outputs.items())
                    if Path(p).is_relative_to(out)}})
    files.settle()  # the replaced files' blocks freed meanwhile
    result.seconds = time.perf_counter() - t0
    return result


def _store_files_pages(out: Path, spool: Spool, graphs: dict[str, Graph], old_graphs: dict[str, str],
                       result: BuildResult, files: SpooledWriter, settings: Settings,
                       releases: list[Kept], loading: NewStore | None, counted: EntityCount,
                       ) -> tuple[Path, dict[str, Path]]:
    """Validate what changed, then make the store (unless ``loading`` it already), the files and
    the pages (staged; returns the pages' folder and the pages)."""
    changed = {g for g, x in graphs.items() if old_graphs.get(g) != x.hash}
    removed = set(old_graphs) - set(graphs)
    result.store = {"added": len(changed - set(old_graphs)), "replaced": len(changed & set(old_graphs)),
                    "removed": len(removed), "kept": len(set(graphs) - changed)}
    # The files and the store are made beside this thread while it validates and makes the pages.
    # The new files, the new store and the new pages wait beside the old ones until all is made: a
    # failure leaves the previous build whole. Then the store, the files, the pages and last the
    # manifest are put in place, in that order (the pages never show a graph the store lacks).
    names = sorted(graphs)
    hashes = {g: x.hash for g, x in graphs.items()}
    # a graph made again with the same N-Quads (the ontology's and the knowledge base's, made by every
    # build) keeps its parts of the files, as it keeps its place in the store
    staged = StagedFiles(files, names, spool.fragment, changed=changed, jobs=settings.jobs)
    # every graph made again: the store is loaded whole from the spool (``loading`` it since the
    # first graph was made); a small build's pages read a copy of its named graphs in memory
    # meanwhile, a larger one's the store once it is written
    whole = all(x.made for x in graphs.values())
    small = whole and spool.nquads_bytes(names) <= IN_MEMORY_PAGES
    # the chunks' spans of every graph, only if a store is loaded from them here: held beside SHACL and
    # the pages for nothing by a large full build, whose store is loaded from the spool's feed (issue 19)
    texts = spool.store_texts(names) if whole and (loading is None or small) else None
    page_dir = stage_pages(out)
    making = nullcontext(loading) if loading is not None else replaced_store(
        out / STORE_DIR, spool, texts, changed, removed, counted, fresh=not old_graphs)
    with staged, making as new_store:
        in_memory = None
        if small:
            in_memory = Threaded(texts.in_memory, name="presskg-memory")
        # SHACL (rudof leaves the interpreter) beside the pages; its verdict comes before anything is
        # put in place: a graph that breaks the shapes fails the build, and the staged pages go
        checking = (Threaded(lambda: validate(out, spool, changed, releases), name="presskg-shacl")
                    if settings.validate else None)
        per_release = len(result.releases) <= settings.viz_release_pages  # pages per release need edges per release
        ready = None  # what the pages wait for before they open the store on disk, if they must
        try:
            if in_memory is not None:
                source = in_memory.result()
            elif not whole and not per_release:
                # a rebuild of a large build: the pages' rows of the graphs it made come from the spool,
                # the others' from the memo or, should it lack them, from the previous store, where they
                # are as they are in the new one (unchanged): the pages do not wait for the store's update
                source = out / STORE_DIR
            elif not per_release and len(result.releases) < PAGES_AFTER_STORE_AT:
                # a full build past the release pages: the rows of every graph come from the spool (or the
                # memo), so the pages are made while the store's load ends beside them (its facts, its
                # compaction, its entities counted: seconds at 1,000 releases), waited for only should a
                # row have to come from it
                source, ready = new_store.folder, new_store.wait
            else:
                new_store.wait()
                # what the store's load freed in other threads' arenas (and cyclic garbage) goes back to
                # the system before the entity graph is allocated beside it: else the peak is the sum
                gc.collect()
                give_back()
                source = new_store.folder
            G = read_network(source, out, hashes, release_pages=per_release,  # the store closed before it moves
                             max_nodes=settings.viz_max_nodes, fragments=spool, ready=ready)
            del source
            pages = write_pages(G, page_dir, result.releases, settings, memo=out / CACHE_DIR / VIEWS_MEMO)
            # emptied, not left to the collector (its views refer to it), and its pages given back: what
            # follows (SHACL's last batches, the store's compaction, awaited here) no longer adds to it
            G.clear()
            del G
            give_back()
        finally:
            if checking is not None:
                checking.result()  # what SHACL found, raised here (before what the pages raised, if both)
        new_store.wait()
        staged.wait()  # the files made: a failure to write them leaves the previous store too
        # From the store's swap until the new manifest the folder is between two builds: without a
        # manifest, a build that finds it so (this one killed meanwhile) makes everything again.
        (out / MANIFEST).unlink(missing_ok=True)
    return page_dir, pages


def _write_manifest(out: Path, releases: list[str], graphs: dict[str, Graph], state: dict[str, dict],
                    files: dict, done: dict) -> None:
    """What the next build needs to know of this one: per graph its hash and size, per release its
    extraction key, naming signature and summary, where each graph lies in each file, and (``done``)
    the digest of its inputs, its counts and its outputs, which let a rebuild of the same inputs stop
    at once."""
    names = sorted(graphs)
    manifest = {"version": MANIFEST_VERSION, "releases": releases,
                "graphs": {g: graphs[g].hash for g in names}, "sizes": {g: graphs[g].size for g in names},
                "state": state, "files": files, **done}
    # json.dumps's text, a piece at a time (the same bytes): 12 MB at 8,000 releases, held whole with
    # its bytes and the encoder's parts it was some 30 MiB more at the end of the build (issue 19)
    _atomic.write_text_pieces(out / MANIFEST, chain(json_pieces(manifest), ["\n"]))


def _outputs_in_place(out: Path, manifest: dict, files: SpooledWriter) -> bool:
    """Whether everything the previous build wrote is still there as it wrote it."""
    outputs = manifest.get("outputs")
    if not isinstance(outputs, dict) or not all(isinstance(p, str) and (out / p).exists() for p in outputs.values()):
        return False
    graphs = manifest.get("graphs", {})
    return files.complete(sorted(graphs), set()) and store_opens(out / STORE_DIR)


def _as_before(out: Path, manifest: dict, failed: list[tuple[str, str]], seconds: float) -> BuildResult:
    """The result of a build whose inputs, code and settings are those of the previous one."""
    counts = manifest.get("counts") or [0, 0, 0]
    result = BuildResult(out, releases=list(manifest["releases"]), failed=failed, reused=len(manifest["releases"]),
                         entities=counts[0], relations=counts[1], triples=counts[2], seconds=seconds)
    result.outputs = {k: out / p for k, p in manifest["outputs"].items()}
    result.store = {"added": 0, "replaced": 0, "removed": 0, "kept": len(manifest.get("graphs", {}))}
    return result


def _digest(*parts) -> str:
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()

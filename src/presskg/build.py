"""Orchestration of a build: files → release graphs → validated dataset → outputs.

This is the only module (with ``cli``) that calls every stage; each stage
stays ignorant of the others. A release that cannot be read or extracted is
reported and skipped; the rest build.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, Graph
from rdflib.compare import to_canonical_graph

from . import _atomic
from .errors import BuildError, InputError, ValidationError
from .export import sorted_quads, write_all
from .extract import Gazetteer, extract
from .ingest import iter_release_paths, read_release
from .model import Extraction, Release
from .nlp import load_model, parse
from .rdf.encode import encode
from .rdf.kb import load_kb
from .rdf.validate import validate
from .resolve import resolve
from .settings import DEFAULT_SETTINGS, Settings
from .store import STORE_DIR, write_store
from .vocab import KB_GRAPH, ONTOLOGY_GRAPH, bind_prefixes, ontology_path

log = logging.getLogger(__name__)


@dataclass
class BuildResult:
    """What a build made, what it skipped and why."""

    dataset: Dataset
    releases: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    entities: int = 0
    relations: int = 0
    triples: int = 0
    seconds: float = 0.0
    outputs: dict[str, Path] = field(default_factory=dict)

    @property
    def exit_code(self) -> int:
        """0 all built, 1 some releases failed (the rest built)."""
        return 1 if self.failed else 0

    def summary(self) -> str:
        s = (f"built {len(self.releases)} release(s): {self.entities} entities, {self.relations} relations, "
             f"{self.triples} triples in {self.seconds:.1f} s")
        if self.failed:
            s += f"; {len(self.failed)} failed (see errors.json)"
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
    return releases, failed


def extract_all(releases: list[Release], gazetteer: Gazetteer, settings: Settings, *,
                progress: bool = False) -> tuple[list[Extraction], list[tuple[str, str]]]:
    """Parse (in batches) and extract every release; an extraction failure skips that release."""
    from tqdm import tqdm

    nlp = load_model(settings.model)
    out, failed = [], []
    parses = parse((r.text for r in releases), settings=settings, nlp=nlp)
    bar = tqdm(total=len(releases), unit="release", disable=not progress, file=sys.stderr)
    for rel, p in zip(releases, parses, strict=True):
        try:
            out.append(extract(rel, p, gazetteer, min_confidence=settings.min_confidence))
        except Exception as exc:  # one bad release must not sink the build
            log.exception("extraction failed for %s", rel.identifier)
            failed.append((str(rel.path or rel.identifier), f"extraction failed: {exc!r}"))
        bar.update(1)
    bar.close()
    return out, failed


def base_dataset() -> Dataset:
    """A dataset holding the ontology and knowledge-base graphs."""
    ds = bind_prefixes(Dataset())
    onto = ds.graph(ONTOLOGY_GRAPH)
    # the ontology's blank nodes (owl:unionOf lists) get content-derived labels: stable outputs
    for t in to_canonical_graph(Graph().parse(ontology_path(), format="turtle")):
        onto.add(t)
    kb_graph, _ = load_kb()
    kb = ds.graph(KB_GRAPH)
    for t in kb_graph:
        kb.add(t)
    return ds


def build(paths: list[str | Path], *, out: str | Path = "build", settings: Settings = DEFAULT_SETTINGS,
          progress: bool | None = None) -> BuildResult:
    """Build every release under ``paths`` into ``out``.

    Writes ``graph.trig``, ``graph.nq``, ``graph.ttl``, ``graph.jsonld``,
    ``graph.rdf``, the Oxigraph store ``store/``, ``graph.html`` and
    ``errors.json`` (what failed and why).

    Raises:
        BuildError: no release could be built.
        ValidationError: the graph breaks the SHACL shapes (with the report).
    """
    t0 = time.perf_counter()
    out = Path(out)
    releases, failed = read_releases(list(paths), settings)
    if progress is None:
        progress = len(releases) > 1 and sys.stderr.isatty()
    kb_graph, entries = load_kb()
    gazetteer = Gazetteer(entries)
    extractions, bad = extract_all(releases, gazetteer, settings, progress=progress)
    failed += bad
    if not extractions:
        reasons = "; ".join(r for _, r in failed) or "no release files found"
        raise BuildError(f"nothing to build: {reasons}")
    resolutions = resolve(extractions, kb_iris=frozenset(e.iri for e in entries))
    ds = base_dataset()
    for res in resolutions:
        encode(res, ds)
    result = BuildResult(ds, releases=[r.release.identifier for r in resolutions], failed=failed)
    if settings.validate:
        report = validate(ds)
        if not report.conforms:
            _atomic.write_text(out / "validation.txt", report.text)
            raise ValidationError(
                f"the graph breaks {report.violations} SHACL constraint(s); report in {out / 'validation.txt'}"
            )
    (out / "validation.txt").unlink(missing_ok=True)
    quads = sorted_quads(ds)
    result.outputs = {f.value: p for f, p in write_all(quads, out).items()}
    write_store(quads, out / STORE_DIR)
    result.outputs["store"] = out / STORE_DIR
    from .viz import render_html, to_view

    html = out / "graph.html"
    render_html(to_view(ds), html)
    result.outputs["html"] = html
    _atomic.write_text(out / "errors.json", json.dumps(
        [{"file": f, "reason": r} for f, r in failed], indent=2) + "\n")
    result.entities = len({e.iri for r in resolutions for e in r.entities})
    result.relations = sum(len(r.relations) for r in resolutions)
    result.triples = len(quads)
    result.seconds = time.perf_counter() - t0
    return result


def ontology_graph() -> Graph:
    return Graph().parse(ontology_path(), format="turtle")

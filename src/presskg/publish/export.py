"""Serializing a build: TriG, N-Quads, Turtle, JSON-LD and RDF/XML, byte for byte reproducible.

Each file is made of one part per named graph, graphs in name order and each
graph's quads in the encoder's (deterministic) order; blank nodes (only the
ontology's) have content-derived labels, so the same inputs give identical
files. Oxigraph writes every format. JSON-LD is then compacted with the
project's prefixes as ``@context`` (published beside it as ``context.jsonld``): the
file is, graph object by graph object, exactly what a JSON-LD processor's compaction
of Oxigraph's expanded output gives (pyld's; ``tests/test_export.py`` checks it byte
for byte and checks that pyld expands it back to the quads of ``graph.nq``).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from enum import Enum
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from presskg import _atomic
from presskg._beside import Forked, Threaded
from presskg.errors import BuildError
from presskg.vocab import PREFIXES

#: The ``@context`` of ``graph.jsonld``: the project's prefixes, sorted.
CONTEXT: dict[str, str] = dict(sorted(PREFIXES.items()))
#: The file the context is published in, beside ``graph.jsonld``.
CONTEXT_FILE = "context.jsonld"


class Format(Enum):
    """Output formats: value is the file extension."""

    TRIG = "trig"
    NQUADS = "nq"
    TURTLE = "ttl"
    JSONLD = "jsonld"
    RDFXML = "rdf"


def fragment(quads: list[ox.Quad], fmt: Format) -> bytes:
    """One named graph's part of the ``fmt`` file, without the file's header and footer.

    Files are assembled from the fragments of their graphs, so a rebuild that changed one
    graph rewrites one fragment and copies the others. In Turtle and RDF/XML (no graph
    names) a triple stated by several graphs is written in each of their parts: parsers
    merge them into one.
    """
    if fmt is Format.NQUADS:
        return ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    if fmt is Format.JSONLD:
        graphs = json.loads(ox.serialize(quads, format=ox.RdfFormat.JSON_LD))  # expanded: one graph object
        return ",\n".join(json.dumps(_compact_graph(g), ensure_ascii=False, separators=(",", ":"))
                           for g in graphs).encode()
    if fmt is Format.TRIG:
        return _strip_prefixes(ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=PREFIXES))
    triples = [q.triple for q in quads]
    if fmt is Format.TURTLE:
        return _strip_prefixes(ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES))
    xml = ox.serialize(triples, format=ox.RdfFormat.RDF_XML, prefixes=PREFIXES)
    return xml[len(_HEAD[Format.RDFXML]):-len(_FOOT[Format.RDFXML])]


#: The graph name that ends an N-Quads line (graph names are IRIs here): one statement per line,
#: its graph last, so dropping it leaves the N-Triples line of the same triple. An IRI holds no
#: space, quote or angle bracket, so the match never starts inside a literal that holds " <".
_GRAPH_NAME = re.compile(rb" <[^<>\"\s]*> \.\n")


def ntriples(nquads: bytes) -> bytes:
    """The triples of N-Quads text (as Oxigraph writes it, every quad in a named graph), without
    their graph names.

    Cheaper than making a triple object of each quad: the build loads a thousand releases'
    facts into the store's default graph, and hands them to the SHACL engine, this way.
    """
    return _GRAPH_NAME.sub(b" .\n", nquads)


def _strip_prefixes(data: bytes) -> bytes:
    return data[len(_HEAD[Format.TURTLE]):]


def _context() -> bytes:
    """The file's start: its context (one prefix a line), then the graph objects, one a line."""
    return json.dumps({"@context": CONTEXT}, indent=1, ensure_ascii=False)[:-2].encode() + b',\n "@graph": [\n'


def _rdfxml_parts() -> tuple[bytes, bytes]:
    empty = ox.serialize([], format=ox.RdfFormat.RDF_XML, prefixes=PREFIXES)
    one = ox.serialize([ox.Triple(ox.NamedNode("urn:x"), ox.NamedNode("urn:y"), ox.Literal("z"))],
                       format=ox.RdfFormat.RDF_XML, prefixes=PREFIXES)
    head = empty[:empty.index(b">", empty.index(b"<rdf:RDF")) + 1]
    assert one.startswith(head)
    return head, one[one.rindex(b"\n</rdf:RDF>"):]


_RDFXML_HEAD, _RDFXML_FOOT = _rdfxml_parts()
_PREFIX_LINES = ox.serialize([], format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
#: What each file has before and after its graphs' fragments, and between two of them.
_HEAD = {Format.NQUADS: b"", Format.TRIG: _PREFIX_LINES, Format.TURTLE: _PREFIX_LINES,
         Format.JSONLD: _context(), Format.RDFXML: _RDFXML_HEAD}
_FOOT = {Format.NQUADS: b"", Format.TRIG: b"", Format.TURTLE: b"", Format.JSONLD: b"\n ]\n}\n",
         Format.RDFXML: _RDFXML_FOOT}
_SEP = {Format.JSONLD: b",\n"}


def frame(fmt: Format) -> tuple[bytes, bytes, bytes]:
    """What a ``fmt`` file has before its graphs' fragments, between two of them and after them.

    >>> frame(Format.NQUADS)  # N-Quads is only its lines
    (b'', b'', b'')
    >>> frame(Format.JSONLD)[1].strip()
    b','
    """
    return _HEAD[fmt], _SEP.get(fmt, b""), _FOOT[fmt]


def _assemble(fmt: Format, parts: list[_atomic.Piece]) -> tuple[list[_atomic.Piece], list[tuple[int, int]]]:
    """The pieces of a whole file made of ``parts`` (new bytes, or the range of a part in the
    current file), and where each part lies in the new file.

    A separator between two parts copied from the current file is copied with them (it lies
    between them there too), so that a run of unchanged graphs is one range.
    """
    pieces: list[_atomic.Piece] = [_HEAD[fmt]]
    spans, pos = [], len(_HEAD[fmt])
    sep = _SEP.get(fmt, b"")
    for i, part in enumerate(parts):
        size = part[1] - part[0] if isinstance(part, tuple) else len(part)
        if i and sep:
            before = parts[i - 1]
            joined = isinstance(part, tuple) and isinstance(before, tuple) and before[1] + len(sep) == part[0]
            pieces.append((before[1], part[0]) if joined else sep)
            pos += len(sep)
        pieces.append(part)
        spans.append((pos, pos + size))
        pos += size
    pieces.append(_FOOT[fmt])
    return pieces, spans


@lru_cache(maxsize=2**16)  # predicates, classes and entities repeat: compact each IRI once
def _compact_iri(iri: str, vocab: bool) -> str:
    """``iri`` as JSON-LD 1.1's IRI compaction writes it with :data:`CONTEXT`: a property or type
    (``vocab``) equal to a prefix's namespace is the prefix itself; otherwise the shortest compact
    IRI ``prefix:suffix`` with a non-empty suffix (the least of equally short ones); otherwise the IRI."""
    best = None
    for prefix, ns in CONTEXT.items():
        if iri.startswith(ns):
            if iri == ns:
                if vocab:
                    return prefix
                continue
            curie = f"{prefix}:{iri[len(ns):]}"
            if best is None or (len(curie), curie) < (len(best), best):
                best = curie
    return best or iri


def _compact_value(value: dict) -> dict | str:
    """A value of expanded JSON-LD, compacted: a plain string stays a string, a typed or
    language-tagged one keeps its object (keys in order), a node reference gets a compact IRI."""
    if "@id" in value:
        return {"@id": _compact_iri(value["@id"], False)}
    if len(value) == 1:
        return value["@value"]
    return {k: _compact_iri(value[k], True) if k == "@type" else value[k] for k in sorted(value)}


def _compact_graph(graph: dict) -> dict:
    """One graph object of Oxigraph's expanded JSON-LD, compacted with :data:`CONTEXT` as a JSON-LD
    processor compacts it: keys in the order of their expanded IRIs, one-element arrays unwrapped,
    node objects in the order given (Oxigraph does not merge them, nor does compaction)."""
    iri, value = _compact_iri, _compact_value
    nodes = []
    for node in graph["@graph"]:
        out: dict = {}
        for key in sorted(node):
            if key == "@id":
                out[key] = iri(node[key], False)
            else:
                values = node[key]
                out[iri(key, True)] = value(values[0]) if len(values) == 1 else [value(v) for v in values]
        nodes.append(out)
    return {"@graph": nodes, "@id": iri(graph["@id"], False)}


def write_context(out: Path) -> Path:
    """Publish ``graph.jsonld``'s context as ``context.jsonld`` in ``out`` (for other documents to
    use by reference, and for ``pyld.jsonld.compact``)."""
    dest = Path(out) / CONTEXT_FILE
    text = json.dumps({"@context": CONTEXT}, indent=1, ensure_ascii=False) + "\n"
    if not dest.is_file() or dest.read_text(encoding="utf-8") != text:
        _atomic.write_text(dest, text)
    return dest


@lru_cache(maxsize=1)
def writer_version() -> str:
    """The version of what turns a graph's quads into its fragments: this module's code and
    Oxigraph's serializers. A graph whose N-Quads did not change keeps its fragments in every format
    only while it is the same; a file written by another is written again whole.

    >>> len(writer_version())
    16
    """
    import hashlib

    code = Path(__file__).read_bytes()
    return hashlib.sha256(code + ox.__version__.encode()).hexdigest()[:16]


class DatasetWriter:
    """Writes the five files of a build from per-graph fragments, reusing unchanged ones.

    ``index`` (kept in the build's manifest) records, per format, the file's size and
    modification time and where each graph's fragment lies in it. A later build copies the
    fragments of graphs that did not change from the file as it is, provided the file is
    still the one the index describes; otherwise it asks for every fragment again.
    """

    def __init__(self, out: Path, *, stem: str = "graph", index: dict | None = None):
        self.out, self.stem, self.index = Path(out), stem, index or {}
        self._staged: list[tuple[Format, Path, dict]] = []
        self._removing: Threaded | None = None  # see commit

    def path(self, fmt: Format) -> Path:
        return self.out / f"{self.stem}.{fmt.value}"

    def reusable(self, fmt: Format) -> dict[str, tuple[int, int]]:
        """Spans of the current file's fragments, or nothing when the file is not the indexed one,
        or was written by another version of the fragments' code (:func:`writer_version`)."""
        entry = self.index.get(fmt.value)
        try:
            st = self.path(fmt).stat()
        except OSError:
            return {}
        if (not entry or entry.get("size") != st.st_size or entry.get("mtime_ns") != st.st_mtime_ns
                or entry.get("writer") != writer_version()):
            return {}
        return {g: tuple(span) for g, span in entry["spans"].items()}

    def complete(self, graphs: list[str], changed: set[str]) -> bool:
        """True when every unchanged graph can be copied from the current files."""
        need = set(graphs) - changed
        return all(need <= self.reusable(fmt).keys() for fmt in Format)

    def write(self, graphs: list[str], fragment_of, *, changed: set[str]) -> dict[Format, Path]:
        """Write each format: fragments of ``changed`` graphs from ``fragment_of(graph, fmt)``, the
        others copied from the current file. Updates ``self.index``."""
        self.stage(graphs, fragment_of, changed=changed)
        return self.commit()

    def stage(self, graphs: list[str], fragment_of, *, changed: set[str]) -> None:
        """Write the new files under temporary names beside the current ones (see :meth:`write`);
        :meth:`commit` puts them in place, :meth:`discard` forgets them."""
        self.discard()
        for fmt in Format:
            spans = self.reusable(fmt)
            parts = [spans[g] if g not in changed and g in spans else fragment_of(g, fmt) for g in graphs]
            pieces, where = _assemble(fmt, parts)
            tmp = _atomic.write_pieces_beside(self.path(fmt), pieces, self.path(fmt))
            self._staged.append((fmt, tmp, {g: list(w) for g, w in zip(graphs, where, strict=True)}))

    def commit(self) -> dict[Format, Path]:
        """Rename the staged files into place. The files they replace are removed in a thread
        (:meth:`settle` waits for it): freeing a file's blocks is the renaming process's work when its
        last name goes, some 0.15 s for the five files of a 1,000-release build, which a rebuild
        then spent waiting (issue 17). A reader sees the new file at once either way."""
        paths, old = {}, []
        if self._staged:
            write_context(self.out)
        for fmt, tmp, spans in self._staged:
            dest = self.path(fmt)
            old += _atomic.set_aside(dest)
            os.replace(tmp, dest)
            st = dest.stat()
            self.index[fmt.value] = {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "writer": writer_version(),
                                     "spans": spans}
            paths[fmt] = dest
        self._staged = []
        if old:
            self.settle()
            self._removing = Threaded(lambda: [p.unlink(missing_ok=True) for p in old], name="presskg-old-files")
        return paths

    def settle(self) -> None:
        """Wait until the files :meth:`commit` replaced are removed (raises what stopped that)."""
        removing, self._removing = self._removing, None
        if removing is not None:
            removing.result()

    def discard(self) -> None:
        for _, tmp, _ in self._staged:
            tmp.unlink(missing_ok=True)
        self._staged = []


#: From this many graphs to serialize, the files are made in a forked process even with one job:
#: in a thread they took the interpreter from the validation and the pages for as long as they
#: ran (a fifth of a 1,000-release build's CPU); fewer are made in a thread (a fork costs more).
FORK_FILES_AT = 64


class StagedFiles:
    """Stages a build's files (:meth:`DatasetWriter.stage`) while the build does other work.

    ``with staged: <the build's other work>``, then ``staged.wait()`` before committing the
    files; a block that fails discards them. The staging starts with the block: in a forked
    process with ``jobs`` > 1 or at least :data:`FORK_FILES_AT` graphs to serialize, else in a
    thread, which shares the interpreter with what the build does meanwhile but not with the
    store's bulk load (Oxigraph releases it) nor with the kernel copying the parts of unchanged
    graphs from the current files.

    Only the files are made in the fork: Oxigraph's store (RocksDB) and rudof run thread pools
    that a forked process does not have, so they stay in this one.
    """

    def __init__(self, files: DatasetWriter, graphs: list[str], fragment_of: Callable[[str, Format], bytes], *,
                 changed: set[str], jobs: int):
        self.files, self.names, self.fragment_of, self.changed, self.jobs = files, graphs, fragment_of, changed, jobs
        self.running: Forked | Threaded | None = None

    def _stage(self) -> None:
        self.files.stage(self.names, self.fragment_of, changed=self.changed)

    def _staged_in_child(self) -> list:
        try:
            self._stage()
        except BaseException:
            self.files.discard()
            raise
        return self.files._staged

    def __enter__(self) -> StagedFiles:
        if self.jobs > 1 or len(self.changed) >= FORK_FILES_AT:
            self.files.discard()  # files begun ahead in a thread of this process: the child starts again
            self.running = Forked(self._staged_in_child, name="presskg-files")
        else:
            self.running = Threaded(self._stage, name="presskg-files")
        return self

    def __exit__(self, kind, exc, tb) -> None:
        if kind is not None:
            self.wait(discard=True)

    def wait(self, *, discard: bool = False) -> None:
        """Wait for the staged files; raise what stopped them, or (``discard``) forget them because
        the build stops for another reason."""
        if self.running is None:
            return
        ok, value = self.running.wait()
        forked, self.running = isinstance(self.running, Forked), None
        if ok and forked:
            self.files._staged = value
        if discard or not ok:
            self.files.discard()
        if not ok and not discard:
            raise BuildError(f"writing the graph files into {self.files.out} failed: "
                             f"{value if forked else repr(value)}; the files of the previous build are unchanged"
                             ) from (None if forked else value)

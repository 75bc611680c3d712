"""What a build keeps between runs: extractions by content hash, and a lock.

A release whose bytes, and whose pipeline (presskg's extraction code, the
knowledge base, the model, the settings), have not changed is not read by the
language model again: its extraction is taken from ``build/cache``.
"""

from __future__ import annotations

import hashlib
import logging
from functools import lru_cache
from pathlib import Path

from presskg import _atomic, _codec
from presskg.model import Extraction

CACHE_DIR = "cache"
#: An extraction cache entry's file name: the release identifier, then this.
ENTRY_SUFFIX = ".extraction.json"
log = logging.getLogger(__name__)


def fingerprint(*parts: str | bytes, files: list[Path] = ()) -> str:
    """Hash of everything an extraction depends on besides the release itself."""
    h = hashlib.sha256()
    for p in parts:
        h.update(p.encode() if isinstance(p, str) else p)
        h.update(b"\0")
    for f in sorted(files):
        h.update(str(f.name).encode())
        h.update(f.read_bytes())
    return h.hexdigest()


@lru_cache(maxsize=1)
def package_fingerprint() -> str:
    """Hash of presskg's own code, templates, lexicon, ontology and shapes: what a build's output may
    depend on besides its inputs (a rebuild with nothing changed is a no-op only for the same code)."""
    from presskg.vocab import ontology_path, shapes_path

    here = Path(__file__).resolve().parent.parent  # src/presskg: the whole package
    files = [p for p in here.rglob("*") if p.suffix in (".py", ".html", ".toml", ".css") and p.is_file()]
    return fingerprint(files=[*files, ontology_path(), shapes_path()])


def pipeline_fingerprint(model: str, settings_repr: str, kb_files: list[Path]) -> str:
    """The version of everything that changes an extraction: code, lexicon, vocabulary, knowledge base, model, settings.

    The extraction rules' code and word classes (``extract/``, its TOML lexicon
    included), the reading before them (ingest, nlp), the records they fill
    (model), resolution, and the vocabulary whose domains and ranges filter
    what they find (vocab).
    """
    from presskg.extract.lexicon import lexicon_files

    top = Path(__file__).resolve().parent.parent  # src/presskg
    code = sorted({*(top / "extract").rglob("*.py"), *lexicon_files(), *(top / "nlp").rglob("*.py"),
                   *(top / "ingest").rglob("*.py"), *(top / "link").rglob("*.py"), top / "model.py", top / "vocab.py"})
    return fingerprint(model, settings_repr, files=[*code, *kb_files])


class ExtractionCache:
    """Extractions on disk, one file per release, valid for one content hash."""

    def __init__(self, out: Path, pipeline: str):
        self.dir = out / CACHE_DIR
        self.pipeline = pipeline

    def key(self, text: str, path: Path | None) -> str:
        data = path.read_bytes() if path is not None and path.is_file() else text.encode("utf-8")
        return fingerprint(self.pipeline, data)

    def entry(self, identifier: str) -> Path:
        """The entry's file: JSON (:mod:`presskg._codec`), which cannot run code as a pickle could.
        An identifier is a file stem, so it is a valid file name."""
        return self.dir / f"{identifier}{ENTRY_SUFFIX}"

    def get(self, identifier: str, key: str) -> Extraction | None:
        f = self.entry(identifier)
        try:
            data = f.read_bytes()
        except OSError:
            return None
        try:
            stored_key, extraction = _codec.loads(data)
        except ValueError as exc:
            log.warning("%s: damaged cache entry (%s); the release is read again", f, exc)
            return None
        return extraction if stored_key == key and extraction.release.identifier == identifier else None

    def put(self, identifier: str, key: str, extraction: Extraction) -> bytes:
        """Keep ``extraction``; not flushed to disk (a torn entry fails to load and is read again).

        Returns the entry's bytes, which :func:`entry_extraction` reads back: a worker process
        sends them to the build as they are.
        """
        data = _codec.dumps(key, extraction)
        _atomic.write_bytes(self.entry(identifier), data, durable=False)
        return data

    def put_bytes(self, identifier: str, data: bytes) -> None:
        """Keep an entry another process made (a Dask worker): the bytes of :meth:`put`."""
        _atomic.write_bytes(self.entry(identifier), data, durable=False)

    def prune(self, keep: set[str]) -> None:
        """Forget releases that are no longer part of the build, and entries of the older
        pickle layout (never read: a pickle can run code)."""
        for f in self.dir.glob("*.pickle") if self.dir.is_dir() else ():
            f.unlink(missing_ok=True)
        for f in self.dir.glob(f"*{ENTRY_SUFFIX}") if self.dir.is_dir() else ():
            if f.name[:-len(ENTRY_SUFFIX)] not in keep:
                f.unlink(missing_ok=True)


def entry_extraction(data: bytes) -> Extraction:
    """The extraction of a cache entry's bytes (see :meth:`ExtractionCache.put`)."""
    return _codec.loads(data)[1]

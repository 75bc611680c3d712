"""The Oxigraph store of a build (``build/store``), and loading a build back.

The store is written whole into a temporary folder and renamed into place,
so a reader (``presskg serve``) never sees a half-written store.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset

from . import _atomic
from .errors import StoreError
from .vocab import bind_prefixes

STORE_DIR = "store"


def write_store(quads: list[ox.Quad], dest: Path) -> None:
    """Replace the store at ``dest`` with exactly ``quads``."""
    with _atomic.replace_dir(dest) as tmp:
        store = ox.Store(str(tmp))
        store.bulk_extend(quads)
        store.flush()
        store.optimize()
        del store


def open_store(build: str | Path = "build") -> ox.Store:
    """The build's store, read-only.

    Raises:
        StoreError: there is no store (run ``presskg build`` first).
    """
    path = Path(build) / STORE_DIR
    if not path.is_dir():
        raise StoreError(f"no store at {path}: run 'presskg build' (or 'make run') first")
    try:
        return ox.Store.read_only(str(path))
    except OSError as exc:
        raise StoreError(f"cannot open the store at {path}: {exc}") from exc


def open_dataset(build: str | Path = "build") -> Dataset:
    """The build as an rdflib :class:`~rdflib.Dataset` (from ``graph.nq``)."""
    nq = Path(build) / "graph.nq"
    if not nq.is_file():
        raise StoreError(f"no build at {build} (missing {nq}): run 'presskg build' first")
    ds = Dataset()
    ds.parse(nq, format="nquads")
    return bind_prefixes(ds)

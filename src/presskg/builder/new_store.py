"""The store a build makes in line with its graphs, beside its pages: written whole from the spool's texts when
every graph was made again, else a copy of the previous store with only the changed and removed graphs replaced;
its entities counted in the store's own thread (split out of :mod:`presskg.builder.build`).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

import pyoxigraph as ox

from presskg._heap import give_back
from presskg.builder.spool import Spool
from presskg.store import NewStore, StoreTexts, replacing, update_store
from presskg.store.query import mentioned_entities


def replaced_store(dest: Path, spool: Spool, texts: StoreTexts | None, changed: set[str],
               removed: set[str], counted: EntityCount, *, fresh: bool) -> AbstractContextManager[NewStore]:
    """The store in line with the build's graphs, made while the block runs (:func:`~presskg.store.replacing`):
    written whole from ``texts`` when every graph was made again, else a copy with only the changed
    and removed graphs replaced (their quads parsed back from the spool); its entities ``counted``."""
    if not fresh and not changed and not removed:
        return nullcontext(NewStore(dest, lambda: None))
    if texts is not None:
        return replacing(dest, counted.after(texts.write))
    new = {g: (spool.quads(g), spool.fact_quads(g)) for g in changed}
    return replacing(dest, counted.after(lambda folder: update_store(dest, folder, new, removed)))


class EntityCount:
    """The number of entities a new store's graphs mention, counted in the store's own thread once
    it is written, beside the pages (at the end of the build, opening the store again for it took
    about 0.1 s of a rebuild that changed one release of 1,000: issue 17)."""

    def __init__(self):
        self.value: int | None = None

    def after(self, make: Callable[[Path], None]) -> Callable[[Path], None]:
        """``make(folder)``, then the count of what it made."""
        def run(folder: Path) -> None:
            make(folder)
            self.value = mentioned_entities(ox.Store.read_only(str(folder)))
            # the store's blocks the count read, freed as it closed: their pages back before the manifest
            # (some 20 MiB at 8,000 releases, else resident to the build's end: issue 19)
            give_back()
        return run

"""Release files a rebuild need not parse again: those whose bytes the previous build read.

Reading a release file (decoding, cleaning, its header, its date) cost about half a second of
CPU per thousand releases on every build, a rebuild with one release changed included, where it
was a tenth of what the rebuild cost beside the model (issue 17). The bytes of every release are
hashed anyway (:meth:`~presskg.builder.cache.ExtractionCache.key`, a few hundredths of a second
per thousand): a file whose key is the one the previous build recorded for it, read with the same
settings, is the same release. Its record is then made from the manifest (:func:`known_release`)
without its text, which a build needs only to read a release with the language model: such a
release is read whole again first (:func:`whole`).

The key hashes the code that reads a release too (``ingest`` is part of the extraction's
fingerprint), so a change of that code reads every file again. What reading a file logs (a
missing date or publisher, from the manifest; control characters removed, from its text) is
logged again, as reading it would; a file not in plain UTF-8 is read every time.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from pathlib import Path

from presskg.builder.cache import ExtractionCache, fingerprint
from presskg.ingest import read_release
from presskg.ingest.sanitize import warn_controls
from presskg.model import Release
from presskg.settings import Settings

log = logging.getLogger("presskg.ingest")


def remembered(release: Release | Kept, key: str) -> dict:
    """What the manifest keeps of a release read whole, for :func:`known_release` next time; nothing
    for a file that was not plain UTF-8 (its decoding is logged: it is read every time)."""
    if release.path is None or release.encoding != "utf-8":
        return {}
    return {"file": str(release.path), "key": key, "warnings": list(release.warnings)}


def known_release(state: dict[str, dict], cache: ExtractionCache, same_settings: bool,
                  max_bytes: int) -> KnownFiles:
    """A function that gives the record of a release file the previous build read with these
    bytes (``state``: the manifest's per-release entries, each with what :func:`remembered` gave as its ``input``),
    without its text, or ``None`` when the file must be read (``same_settings``: the build's
    settings are those of the previous one; if not, every file is read; a file larger than
    ``max_bytes`` is left to reading, which refuses it without reading it whole)."""
    by_file: dict[str, dict] = {}
    for entry in state.values() if same_settings else ():
        seen = entry.get("input")
        if (isinstance(seen, dict) and isinstance(seen.get("file"), str) and isinstance(seen.get("key"), str)
                and isinstance(seen.get("warnings"), list) and all(isinstance(w, str) for w in seen["warnings"])):
            by_file[seen["file"]] = seen
    return KnownFiles(by_file, cache, max_bytes)


class KnownFiles:
    """:func:`known_release`'s function; :attr:`keys` holds the extraction key of each file it knew (the
    key it checked), which the build need not read and hash again (:meth:`~presskg.builder.cache.ExtractionCache.key`:
    a few hundredths of a second per thousand releases, of every rebuild; issue 17)."""

    def __init__(self, by_file: dict[str, dict], cache: ExtractionCache, max_bytes: int):
        self.by_file, self.cache, self.max_bytes = by_file, cache, max_bytes
        self.keys: dict[Path, str] = {}

    def __call__(self, path: Path) -> Release | None:
        seen = self.by_file.get(str(path))
        if seen is None or path.stat().st_size > self.max_bytes:
            return None
        data = path.read_bytes()
        if fingerprint(self.cache.pipeline, data) != seen["key"]:  # ExtractionCache.key of these bytes
            return None
        try:
            warn_controls(data.decode("utf-8-sig"), path)  # the control characters reading removes, logged as it does
        except UnicodeDecodeError:
            return None
        for warning in seen["warnings"]:
            log.warning("%s: %s", path, warning)
        self.keys[path] = seen["key"]
        return Release(identifier=path.stem, text="", path=path, warnings=tuple(seen["warnings"]))


def whole(releases: list[Release], settings: Settings) -> tuple[list[Release], list[tuple[str, str]]]:
    """``releases`` with every record made by :func:`known_release` read whole from its file (its
    text is needed), and those that cannot be read any more (file, reason)."""
    from presskg.errors import InputError
    from presskg.ingest.sanitize import shown

    out, failed = [], []
    for r in releases:
        if r.text or r.path is None:
            out.append(r)
            continue
        try:
            out.append(read_release(r.path, settings=settings))
        except InputError as exc:
            failed.append((shown(r.path), str(exc)))
            log.error("%s", exc)
        except (Exception, RecursionError) as exc:  # noqa: BLE001 - as read_releases: no file stops the build
            msg = " ".join(f"{shown(r.path)}: cannot read this release ({type(exc).__name__}: {exc})".split())
            failed.append((shown(r.path), msg))
            log.error("%s", msg)
    return out, failed


@dataclass(frozen=True, slots=True)
class Kept:
    """What a build keeps of a release's record once its graph is made, to its end: its identifier, file,
    encoding and warnings (validate's messages, the manifest's note of its input), as a release record
    gives them. Not its text, title, date, publisher and source (some 4.4 KB a release), nor its file as a
    ``Path``: a path object with its parts was some 0.5 KB a release held beside SHACL, the store and the
    pages (issue 19). A release's identifier is its file's stem, so the file is its folder (one string
    shared by the folder's releases) and its suffix (``.txt``, shared), made a ``Path`` again when asked for;
    should the name not start with the identifier, ``folder`` is the whole file and ``suffix`` ``None``."""

    identifier: str
    folder: str | None
    suffix: str | None = None
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = ()

    @property
    def path(self) -> Path | None:
        if self.folder is None:
            return None
        return Path(self.folder) if self.suffix is None else Path(self.folder) / f"{self.identifier}{self.suffix}"


def kept(release: Release) -> Kept:
    """What a build keeps of ``release`` once its graph is made (:class:`Kept`)."""
    p, rid = release.path, release.identifier
    if p is None:
        folder, suffix = None, None
    elif p.name.startswith(rid) and p.name != rid:
        folder, suffix = sys.intern(str(p.parent)), sys.intern(p.name[len(rid):])
    else:
        folder, suffix = str(p), None
    return Kept(rid, folder, suffix, sys.intern(release.encoding), release.warnings)

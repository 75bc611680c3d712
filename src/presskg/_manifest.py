"""Reading a build's ``manifest.json`` back, trusting nothing in it.

The manifest says what the previous build made (graph hashes and sizes, per release its keys and
names, where each graph lies in each file); a build that trusted a damaged one would splice
wrong bytes or fail with a traceback. A manifest of the wrong shape is reported and ignored:
the build then makes everything again.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

log = logging.getLogger("presskg.builder.build")

#: The manifest's file name in a build folder, and the layout version a build writes and reads.
MANIFEST = "manifest.json"
MANIFEST_VERSION = 2


def read_manifest(path: Path, version: int) -> dict:
    """What the previous build made, from its manifest at ``path`` (empty when there is none, when it
    is of another ``version``, or damaged: then with a warning)."""
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        manifest = None
    if isinstance(manifest, dict) and manifest.get("version") != version:
        return {}
    if not manifest_ok(manifest):
        log.warning("%s is damaged (not the manifest presskg writes); everything is built again", path)
        return {}
    return manifest


def manifest_ok(m) -> bool:
    """Whether ``m`` has the manifest's shape, down to the types of the values a build reads."""
    def dict_of(d, ok) -> bool:
        return isinstance(d, dict) and all(isinstance(k, str) and ok(v) for k, v in d.items())

    def span(v) -> bool:
        return isinstance(v, list) and len(v) == 2 and all(type(x) is int for x in v)

    def state(v) -> bool:
        return (isinstance(v, dict) and isinstance(v.get("key"), str) and isinstance(v.get("signature"), str)
                and type(v.get("relations", 0)) is int and isinstance(v.get("named"), list)
                and all(isinstance(n, list) and len(n) == 4 and isinstance(n[0], str) and isinstance(n[1], str)
                        and isinstance(n[2], list) and isinstance(n[3], list) for n in v["named"]))

    def file_entry(v) -> bool:
        return (isinstance(v, dict) and type(v.get("size")) is int and type(v.get("mtime_ns")) is int
                and dict_of(v.get("spans"), span))

    return (isinstance(m, dict) and dict_of(m.get("graphs", {}), lambda v: isinstance(v, str))
            and dict_of(m.get("sizes", {}), lambda v: type(v) is int)
            and set(m.get("sizes", {})) >= set(m.get("graphs", {}))
            and dict_of(m.get("state", {}), state) and dict_of(m.get("files", {}), file_entry)
            and isinstance(m.get("releases", []), list) and all(isinstance(r, str) for r in m.get("releases", []))
            and isinstance(m.get("inputs", ""), str) and dict_of(m.get("outputs", {}), lambda v: isinstance(v, str))
            and isinstance(m.get("counts", []), list) and all(type(c) is int for c in m.get("counts", [])))


def json_pieces(value, depth: int = 2) -> Iterator[str]:
    """The text of ``json.dumps(value, sort_keys=True)``, a piece at a time: the dicts of the first
    ``depth`` levels entry by entry, what lies below each by the C encoder. The manifest of 8,000
    releases is 12 MB, too much to hold as one text beside the build (issue 19), and the pure-Python
    ``JSONEncoder.iterencode`` that streams it took a tenth of a second per thousand releases, a
    twentieth of an incremental rebuild (issue 17).

    >>> doc = {"b": {"y": [1, 2], "x": "é"}, "a": None}
    >>> "".join(json_pieces(doc)) == json.dumps(doc, sort_keys=True)
    True
    """
    if depth > 0 and isinstance(value, dict):
        yield "{"
        for n, key in enumerate(sorted(value)):
            yield (", " if n else "") + json.dumps(key) + ": "
            yield from json_pieces(value[key], depth - 1)
        yield "}"
    else:
        yield json.dumps(value, sort_keys=True)

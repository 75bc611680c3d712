"""presskg: press releases of space agencies → a queryable RDF knowledge graph.

Public API::

    import presskg
    result = presskg.build(["data/releases"], out="build")
    rows = presskg.run_query("leaders", build="build")
    G = presskg.to_networkx(presskg.open_dataset("build"))
"""

from __future__ import annotations

__version__ = "0.1.0"

from .errors import PressKGError, PresskgError  # noqa: E402

__all__ = [
    "PresskgError", "PressKGError", "__version__", "build", "read_release", "open_dataset",
    "run_query", "saved_queries", "to_networkx", "render_html",
]


def __getattr__(name: str):
    """Load the heavy stages lazily, so ``import presskg`` stays cheap."""
    if name == "build":
        from presskg.builder.build import build
        return build
    if name == "read_release":
        from .ingest import read_release
        return read_release
    if name == "open_dataset":
        from .store import open_dataset
        return open_dataset
    if name == "run_query":
        from presskg.store.query import run_query
        return run_query
    if name == "saved_queries":
        from presskg.store.query import saved_queries
        return saved_queries
    if name == "to_networkx":
        from presskg.views.analytics import to_networkx
        return to_networkx
    if name == "render_html":
        from presskg.views.viz import render_html
        return render_html
    raise AttributeError(f"module 'presskg' has no attribute {name!r}")

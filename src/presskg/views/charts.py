"""The report's plot, its timeline, drawn with matplotlib (imported here only) as PNG bytes.

The counts per class and per property are bars in the report's HTML, not plots
(:class:`~presskg.views.report.Bars`): they move with nearly every release, and
matplotlib's import and drawing cost a rebuild of one release about a second.

It is drawn on a bare ``Figure`` with the Agg canvas: pyplot's figure manager is
not needed for a file, and this leaves the caller's matplotlib backend alone. PNGs
are written without the software's name or a date, so the same data give the same bytes.
"""

from __future__ import annotations

import io

from presskg.views.memo import code_digest, is_png, memoized

BAR = "#4e79a7"
SECOND = "#f28e2b"


def _png(fig) -> bytes:
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=90, metadata={"Software": None})
    return buf.getvalue()


def _figure(width: float, height: float):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height))
    FigureCanvasAgg(fig)
    return fig


def _kept(kind: str, draw, *args) -> bytes:
    """``draw(*args)``, or the PNG it drew before from the same data (:mod:`~presskg.views.memo`)."""
    return memoized(kind, repr((code_digest(__file__, libraries=("matplotlib",)), args)), lambda: draw(*args),
                    valid=is_png)


def timeline(months: list[str], releases: list[int], events: list[int], title: str) -> bytes:
    """Releases and events per month, side by side, with a tick on each year (or every few years)."""
    return _kept("timeline", _timeline, list(months), list(releases), list(events), title)


def _timeline(months: list[str], releases: list[int], events: list[int], title: str) -> bytes:
    fig = _figure(9, 3.2)
    ax = fig.subplots()
    # one line collection per series (not a rectangle per month: matplotlib adds those one by one,
    # which took seconds for two decades of months)
    for counts, shift, colour, name in ((releases, -0.2, BAR, "releases"), (events, 0.2, SECOND, "events")):
        x = [i + shift for i, c in enumerate(counts) if c]
        ax.vlines(x, 0, [c for c in counts if c], colors=colour, linewidth=3, label=name)
    ax.set_ylim(0, max([*releases, *events, 1]) * 1.1)
    years = [i for i, m in enumerate(months) if m.endswith("-01")] or [0]
    step = max(1, len(years) // 12)
    ax.set_xticks(years[::step], [months[i][:4] for i in years[::step]])
    ax.set_xlim(-1, len(months))
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.legend(loc="upper left")
    ax.set_title(title)
    return _png(fig)

"""Screenshot of a page in headless Chromium (``make screenshot`` makes the README's pictures: the
graph page, and the whole network report with ``--full-page``).

Needs playwright (the ``dev`` extra) and a Chromium binary; the system's
``/usr/bin/chromium`` is used, since playwright's own browser download is not
available everywhere.
"""

from __future__ import annotations

import argparse
from pathlib import Path

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]


def screenshot(page_path: str | Path, dest: str | Path, *, executable: str = "/usr/bin/chromium",
               width: int = 1400, height: int = 900, settle_ms: int = 2500, full_page: bool = False) -> Path:
    """Open the page, let the layout settle, and save a PNG (of the whole page with ``full_page``)."""
    from playwright.sync_api import sync_playwright

    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": width, "height": height})
        page.goto(Path(page_path).resolve().as_uri())
        page.wait_for_timeout(settle_ms)
        page.screenshot(path=str(dest), full_page=full_page)
        browser.close()
    return dest


if __name__ == "__main__":  # python -m presskg.views.screenshot [--full-page] build/graph.html docs/graph.png
    ap = argparse.ArgumentParser(prog="python -m presskg.views.screenshot", description=__doc__.splitlines()[0])
    ap.add_argument("page", help="the HTML file")
    ap.add_argument("dest", help="the PNG to write")
    ap.add_argument("--full-page", action="store_true", help="the whole page, not only the window")
    ap.add_argument("--width", type=int, default=1400, help="window width in pixels (default 1400)")
    ap.add_argument("--height", type=int, default=900, help="window height in pixels (default 900)")
    args = ap.parse_args()
    print(screenshot(args.page, args.dest, width=args.width, height=args.height, full_page=args.full_page,
                     settle_ms=500 if args.full_page else 2500))

"""Screenshot of a graph page in headless Chromium (``make screenshot`` makes the README's picture).

Needs playwright (the ``dev`` extra) and a Chromium binary; the system's
``/usr/bin/chromium`` is used, since playwright's own browser download is not
available everywhere.
"""

from __future__ import annotations

import sys
from pathlib import Path

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]


def screenshot(page_path: str | Path, dest: str | Path, *, executable: str = "/usr/bin/chromium",
               width: int = 1400, height: int = 900, settle_ms: int = 2500) -> Path:
    """Open the page, let the layout settle, and save a PNG."""
    from playwright.sync_api import sync_playwright

    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": width, "height": height})
        page.goto(Path(page_path).resolve().as_uri())
        page.wait_for_timeout(settle_ms)
        page.screenshot(path=str(dest))
        browser.close()
    return dest


if __name__ == "__main__":  # python -m presskg.screenshot build/graph.html docs/graph.png
    print(screenshot(sys.argv[1], sys.argv[2]))

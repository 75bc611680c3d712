"""Pages of the saved questions that list the whole corpus (issue 17).

A question such as ``fact_evidence`` or ``release_entities`` asked without ``--bind`` lists every
release: tens of thousands of rows on a million quads, seconds even on Oxigraph, most of it
spent making rows nobody reads at once. Such a query limits a sub-select to its first page (the
first releases in the listing's own order) on a line marked ``# presskg:page``; the rows are
then exactly the first rows of the full listing. The page is dropped when the user narrows the
question (``--bind``: a value bound after the page would miss the rows beyond it) or asks for
everything (``presskg query NAME --all``).

A sub-select that only chooses the page, and is not needed for the listing itself, says so on its
first line with ``# presskg:page-only``: it is dropped whole with its page (from that line to the
line of its marked LIMIT). ``releases_mentioning`` picks its page of entity names that way: finding
the first names means joining every mention with its name (about 180 ms on a million quads), which
a bound or whole listing does not need.
"""

from __future__ import annotations

import re

#: The comment that marks the LIMIT of a page, on the same line.
PAGE_MARK = "# presskg:page"

#: The comment that marks the first line of a sub-select that only chooses the page.
PAGE_ONLY_MARK = "# presskg:page-only"

_PAGE_ONLY = re.compile(r"(?m)^[^\n]*" + re.escape(PAGE_ONLY_MARK) + r"[^\n]*\n(?:.*\n)*?[^\n]*"
                        + re.escape(PAGE_MARK) + r"[ \t]*(?:\n|$)")

_PAGE_LIMIT = re.compile(r"(?im)\bLIMIT\s+(\d+)(?=[^\n#]*" + re.escape(PAGE_MARK) + r")")


def page_size(sparql: str) -> int | None:
    """The size of the query's page (its marked LIMIT), or None when it is not paged."""
    m = _PAGE_LIMIT.search(sparql)
    return int(m.group(1)) if m else None


def unpaged(sparql: str) -> str:
    """The query without its page: every sub-select marked page-only removed, then every marked
    LIMIT (the mark, a comment, stays)."""
    return _PAGE_LIMIT.sub("", _PAGE_ONLY.sub("", sparql))

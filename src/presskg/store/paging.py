"""Pages of the saved questions that list the whole corpus (issue 17).

A question such as ``fact_evidence`` or ``release_entities`` asked without ``--bind`` lists every
release: tens of thousands of rows on a million quads, seconds even on Oxigraph, most of it
spent making rows nobody reads at once. Such a query limits a sub-select to its first page (the
first releases in the listing's own order) on a line marked ``# presskg:page``; the rows are
then exactly the first rows of the full listing. The page is dropped when the user narrows the
question (``--bind``: a value bound after the page would miss the rows beyond it) or asks for
everything (``presskg query NAME --all``).
"""

from __future__ import annotations

import re

#: The comment that marks the LIMIT of a page, on the same line.
PAGE_MARK = "# presskg:page"

_PAGE_LIMIT = re.compile(r"(?im)\bLIMIT\s+(\d+)(?=[^\n#]*" + re.escape(PAGE_MARK) + r")")


def page_size(sparql: str) -> int | None:
    """The size of the query's page (its marked LIMIT), or None when it is not paged."""
    m = _PAGE_LIMIT.search(sparql)
    return int(m.group(1)) if m else None


def unpaged(sparql: str) -> str:
    """The query without its page: every marked LIMIT removed (the mark, a comment, stays)."""
    return _PAGE_LIMIT.sub("", sparql)

"""A kind of document written as a name: "signed a Memorandum of Understanding (MoU)", "two Memorandums of
Understanding". The release names its agreement by its kind, and the name finder keeps it as a name, so that
"the MoU" later in the release is the same agreement; but a name makes one IRI for every release, and every
release's memorandum would be one node of the corpus. Once the release is read (before the described things'
labels are made), an agreement all of whose mentions are only a kind of document
(:func:`~presskg.extract.candidates.document_words`) is this release's own described agreement.
"""

from __future__ import annotations

from ...vocab import Class as C
from ..candidates import document_words
from ..context import Context
from ..registry import Stage, rule


@rule("infer:document-names-unnamed", stage=Stage.INFERENCE, produces=(), confidence=0.0)
def document_names(ctx: Context) -> None:
    """"a Memorandum of Understanding (MoU)": this release's memorandum, not every release's."""
    for e in ctx.table.entities.values():
        if e.named and e.kb is None and e.mentions and ctx.table.is_a(e, C.Agreement) and all(
                document_words(ctx.tree, m.start, m.end) for m in e.mentions):
            e.named = False

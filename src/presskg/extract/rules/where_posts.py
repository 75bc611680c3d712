"""A post held at a place of work told by a "where" clause: "Lena Varga joins from the Andes Space Institute,
where she was Director of Engineering", "Tomas Lind comes from Kestrel Dynamics, where he served as chief
engineer", "the Orla Institute, where she is Director General".

The clause's verb is a copula or a verb of serving (lexicon ``SERVE_VERBS``), its title the predicate noun or
an "as" phrase (a head title: ``headOf``; another: ``memberOf``, :func:`~.titles.title_kind`), its subject
one person (a pronoun resolved as any); the organization is the antecedent of "where" (the parser's
``Frame.where``). A title that names its own organization ("where she was Director of the Zephyr Centre")
is left to the title rules.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..lexicon import WORD_CLASSES
from ..referents import isa, things
from ..registry import Stage, rule
from ..title_kinds import title_kind

SERVE_VERBS = WORD_CLASSES["SERVE_VERBS"]


@rule("frame:where-title", scope="verb", stage=Stage.VERBS, triggers=("SERVE_VERBS", "HEAD_TITLES", "MEMBER_TITLES"),
      produces=(P.headOf, P.memberOf), confidence=0.7)
def where_title(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"X, where she was Director of Engineering": she holds the post at X."""
    t = ctx.tree
    if f.where is None or f.lemma not in SERVE_VERBS:
        return
    people = [e for e in subj if C.Person in e.classes]
    orgs = [e for e in things(ctx, f.where, create=False) if isa(ctx, e, C.Organization)]
    if len(people) != 1 or len(orgs) != 1:
        return
    titles = [c.i for c in t.children(f.verb, "attr", "oprd")] + f.prep("as")
    for i in titles:
        kind = title_kind(ctx, i)
        own = [e for p in t.children(i, "prep") if p.text.lower() in ("of", "at")
               for o in t.children(p.i, "pobj") for e in things(ctx, o.i, create=False) if not isa(ctx, e, C.Topic)]
        if kind is not None and not own:
            ctx.add(people[0], kind, orgs[0], i)

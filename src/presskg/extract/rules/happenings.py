"""Who else took part in an event, and which earlier event a definite event noun is.

"A and B signed the agreement, with C looking on" and "the ceremony was held in the
presence of C": the onlooker took part (the words of watching are data:
:data:`~presskg.extract.lexicon.WITNESS_VERBS`, :data:`~presskg.extract.lexicon.WITNESS_NOUNS`).
"X held a meeting with Y. Officials of Z took part in the meeting": the second
"meeting" is the first, although the noun is read (stage EVENT_NOUNS) before the
verb that made the first one (stage VERBS); :func:`earlier_mention` makes the first
one now, so the definite noun finds it.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..bare_references import titled_person
from ..candidates import noun_class
from ..context import Context
from ..datelines import dateline_dash
from ..lexicon import (
    ATTENDEE_NOUNS,
    CHAIR_NOUNS,
    EVENT_ANAPHORS,
    HEAD_CLASSES,
    OCCURRENCE_NOUNS,
    SCHEDULE_VERBS,
    TRAVEL_VERBS,
    WITNESS_NOUNS,
    WITNESS_ROLES,
    WITNESS_VERBS,
)
from ..referents import _clause_tokens, agents, described, isa, places_in, things
from ..registry import Stage, rule
from ..tense import clause_tense
from .events import EVENT_NOUNS


@rule("dep:event-antecedent", stage=Stage.MENTIONS, triggers=("OCCURRENCE_NOUNS",), produces=(C.Event,),
      confidence=0.75)
def event_antecedents(ctx: Context) -> None:
    """"X held a meeting with Y. Z took part in the meeting": the meeting named first is made
    before the rules read "the meeting", so that it is found as the same event."""
    t = ctx.tree
    for tok in t.tokens:
        lemma = t.lemma(tok.i)
        if tok.pos == "NOUN" and (_event_noun(lemma) or lemma in EVENT_ANAPHORS):
            earlier_mention(ctx, tok.i)


def whose(ctx: Context, i: int) -> list[Entity]:
    """The antecedent of "whose" on noun ``i``: "the Zephyr satellite, whose launch is set for
    2030" — the satellite is the launch's."""
    t = ctx.tree
    if not any(c.text.lower() == "whose" for c in t.children(i, "poss")):
        return []
    for a in t.ancestors(i):
        if a.dep == "relcl" and a.head != a.i:
            ent = ctx.ref(a.head)
            return [ent] if ent is not None else []
    return []


def earlier_mention(ctx: Context, i: int) -> None:
    """Make the event an earlier noun of the same lemma describes, for a bare definite event noun
    ("the meeting", "the signing") that refers back to it. Nothing is made for an indefinite noun
    or one with modifiers of its own ("the launch of X" is its own launch)."""
    t = ctx.tree
    tok = t[i]
    kids = t.children(i)
    if tok.tag != "NN" or not any(c.dep == "det" and c.text.lower() in ("the", "this", "that") for c in kids):
        return
    if any(c.dep in ("prep", "acl", "relcl", "compound", "amod", "poss", "nummod") for c in kids):
        return
    lemma = t.lemma(i)
    generic = lemma in EVENT_ANAPHORS  # "the ceremony": whichever event was just told of
    here = t.sentence_index(i)
    for j in range(i - 1, -1, -1):
        if here - t.sentence_index(j) > 3:
            return
        other = t.lemma(j)
        if t[j].pos == "PROPN" and t.lowers[j] == lemma and (named := ctx.table.at(j)) is not None and named.named \
                and isa(ctx, named, C.Event) and any(m.end - 1 == j for m in named.mentions):
            ctx.described.setdefault(i, named.key)  # "the Orbit CubeSat Challenge ... The challenge is ...": its
            return  # name's last word, capitalized
        if t[j].pos != "NOUN" or t[j].tag != "NN" or not (other == lemma or generic and _event_noun(other)):
            continue
        if t[j].dep == "compound" and t[j].head > j and t[t[j].head].pos == "NOUN":
            continue  # "at the DLR test site", "the launch pad": a place, not the test or the launch told of
        if other in EVENT_ANAPHORS and other != lemma:
            continue
        named = ctx.table.at(j)  # "the Space Resources Week conference ... The conference was opened by X"
        if named is not None and named.named and other == lemma and isa(ctx, named, C.Event):
            ctx.described.setdefault(i, named.key)
            return
        ev = described(ctx, j, OCCURRENCE_NOUNS.get(other) or HEAD_CLASSES.get(other)) \
            if named is None else None
        if generic and ev is not None and isa(ctx, ev, C.Event):
            ctx.described.setdefault(i, ev.key)
        return


def _event_noun(lemma: str) -> bool:
    return lemma in OCCURRENCE_NOUNS or lemma in EVENT_NOUNS


@rule("dep:witnesses", stage=Stage.DISCOURSE, triggers=("WITNESS_VERBS", "WITNESS_NOUNS", "CHAIR_NOUNS"),
      produces=(P.participant,), confidence=0.75)
def witnesses(ctx: Context) -> None:
    """"signed ..., with C looking on", "opened in the presence of C": C took part in the event
    the clause tells of (a signing, a meeting, an opening), or the event that is the clause's subject
    ("the ceremony was held in Cannes, in the presence of C"), made here when nothing else made it ("The signing
    ceremony took place in the presence of C")."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.pos != "NOUN" or tok.i in ctx.described or (cls := noun_class(t, tok.i)) is None \
                or not ctx.table.is_a_class(cls, C.Event) or cls in (C.Launch, C.Landing):
            continue  # (a craft's launch or landing is no gathering of people)
        clauses = [tok.head] if tok.dep in ("nsubj", "nsubjpass") and t[tok.head].pos == "VERB" else []
        clauses += [r.i for r in t.children(tok.i, "relcl") if t[r.i].pos == "VERB"]  # ("The signing, which took
        if any(clause_witnesses(ctx, v) for v in clauses):  # place in the presence of C, follows ...")
            described(ctx, tok.i, cls)
    for v, key in list(ctx.described.items()):
        ev = ctx.table.entities[key]
        if not isa(ctx, ev, C.Event):
            continue
        # "(a meeting) under the chairmanship of X": X chaired it, on the noun or on its verb
        who: list[int] = [q.i for p in t.children(v, "prep") if p.text.lower() == "under"
                          for o in t.children(p.i, "pobj") if t.lemma(o.i) in CHAIR_NOUNS
                          for pp in t.children(o.i, "prep") if pp.text.lower() == "of"
                          for q in t.children(pp.i, "pobj")]
        # "The signing, which took place at X in the presence of C, follows ...": the event's relative clause
        who += [i for r in t.children(v, "relcl") if t[r.i].pos == "VERB" for i in clause_witnesses(ctx, r.i)]
        if t[v].pos != "VERB":
            # "the ceremony was held in Cannes, in the presence of C": the verb the event is the subject of
            gov = t[v].head if t[v].dep in ("nsubj", "nsubjpass") and t[t[v].head].pos == "VERB" else None
            # "signed the Accords at a ceremony in Washington, in the presence of C": the clause the event frames
            if gov is None and t[v].dep == "pobj" and t[t[v].head].text.lower() in ("at", "during") \
                    and t[t[t[v].head].head].pos == "VERB":
                gov = t[t[v].head].head
            if gov is None or gov in ctx.described:
                for i in dict.fromkeys(who):
                    for e in agents(things(ctx, i, create=False), ctx):
                        ctx.add(ev, P.participant, e, v)
                continue
            v = gov
        for i in dict.fromkeys(who + clause_witnesses(ctx, v)):
            for e in agents(things(ctx, i, create=False), ctx):
                ctx.add(ev, P.participant, e, v)


def clause_witnesses(ctx: Context, v: int) -> list[int]:
    """The tokens of the people a clause at verb ``v`` says watched what it tells ("signed ... in the
    presence of C", "with C looking on", "attended by C", "with C as witness", "with C in attendance"), whatever
    event the clause's verb made or took back: the signing rules read it too, since an onlooker alone tells that a
    signing took place ("the agreement was signed in the presence of the Minister")."""
    t = ctx.tree
    who: list[int] = []
    preps = list(t.children(v, "prep")) + [p for d in t.children(v, "dobj") for p in t.children(d.i, "prep")]
    for p in preps:
        for o in t.children(p.i, "pobj", "pcomp"):
            if t.lemma(o.i) in WITNESS_NOUNS:  # "in the presence of C"
                who += [q.i for pp in t.children(o.i, "prep") if pp.text.lower() == "of"
                        for q in t.children(pp.i, "pobj")]
                # "in the presence of the Minister for X, A B": the parser hangs the name on the noun
                who += [q.i for q in t.children(o.i, "appos")]
            elif p.text.lower() == "with" and o.tag == "VBG" and _watching(ctx, o.i):
                who += [s.i for s in t.children(o.i, "nsubj")]  # "with C looking on"
                # "with ministers A, B and C looking on": the names set beside the plural noun, all of them
                who += [k for s in t.children(o.i, "nsubj") if s.tag == "NNS" for a in t.children(s.i, "appos")
                        for k in t.conjuncts(a.i)]
            elif p.text.lower() == "with" and any(a.tag == "VBG" and _watching(ctx, a.i)
                                                  for a in t.children(o.i, "acl")):
                who.append(o.i)  # the parser hangs "looking on" on C
            elif p.text.lower() == "with" and (any(
                    a.text.lower() == "as" and any(t.lemma(r.i) in WITNESS_ROLES for r in t.children(a.i, "pobj"))
                    for a in t.children(o.i, "prep")) or attending(ctx, o.i)):
                who.append(o.i)  # "with the Minister as a witness", "with C in attendance", "with C present"
    # "with C, CEO of Z, looking on": the participle hung on the verb, its subject the "with" object
    if any(a.tag == "VBG" and _watching(ctx, a.i) and not t.children(a.i, "nsubj")
           for a in t.children(v, "advcl")):
        who += [o.i for p in t.children(v, "prep") if p.text.lower() == "with" for o in t.children(p.i, "pobj")]
    # "signed at a ceremony in Riga, attended by A and B": a witness's participle in the passive, on the verb
    # or on the last word of one of its phrases ("signed ... on 3 May, witnessed by C": on "May")
    hung = list(t.children(v, "advcl")) + [a for p in preps for o in t.children(p.i, "pobj")
                                            for a in t.children(o.i, "acl")]
    who += [o.i for a in hung if a.tag == "VBN" and _watching(ctx, a.i)
            for ag in t.children(a.i, "agent") for o in t.children(ag.i, "pobj")]
    if any(t[j].dep == "prep" and t[j].text.lower() == "as" and any(
            t.lemma(r.i) in WITNESS_ROLES for r in t.children(j, "pobj")) for j in _clause_tokens(ctx, v)):
        # "signed by A and by B, with C as witnesses" (the parser hangs "as witnesses" on the verb)
        who += [o.i for j in _clause_tokens(ctx, v) if t[j].dep == "prep" and t[j].text.lower() == "with"
                for o in t.children(j, "pobj")]
    return who


def attending(ctx: Context, i: int) -> bool:
    """The person at ``i`` (a "with" object) is said to be there: "with C in attendance", "with C present" (lexicon
    WITNESS_NOUNS); read by the signing rules too (they did not sign)."""
    t = ctx.tree
    return any(t.lowers[p.i] == "in" and any(t.lemma(o.i) in WITNESS_NOUNS for o in t.children(p.i, "pobj"))
               for p in t.children(i, "prep")) or any(t.lowers[c.i] == "present" for c in t.children(i))


def _watching(ctx: Context, v: int) -> bool:
    t = ctx.tree
    lemma = t.lemma(v)
    parts = [c.text.lower() for c in t.children(v) if c.dep in ("prt", "prep", "advmod")]
    return lemma in WITNESS_VERBS or any(f"{lemma} {p}" in WITNESS_VERBS for p in parts)


@rule("frame:travel", stage=Stage.DISCOURSE, triggers=("TRAVEL_VERBS",),
      produces=(P.participant, P.locatedIn, C.Meeting), confidence=0.75)
def travel(ctx: Context) -> None:
    """"X travelled to Oslo to meet Y": the meeting is in Oslo; "X went with Y to the Z Centre": a
    visit of X and Y to the centre. Someone's going somewhere is a visit when nothing else that
    happened there is told of in the sentence (a meeting, a signing)."""
    t = ctx.tree
    for v, f in ctx.frames.items():
        lemma = f"{f.lemma} {f.particle}".strip()
        if f.lemma not in TRAVEL_VERBS and lemma not in TRAVEL_VERBS or t[v].pos != "VERB":
            continue
        who = agents([e for i in f.subj for e in things(ctx, i, create=False)], ctx)
        if not any(isa(ctx, e, C.Person) for e in who):  # "the NASA Administrator went": whoever heads NASA
            who = [p for i in f.subj for p in titled_person(ctx, i)] or who
        if not any(isa(ctx, e, C.Person) for e in who):
            continue  # people travel; "the data went to ESOC" is no visit
        places = [pl for i in f.prep("to") for pl in places_in(ctx, i)]
        if not places:
            continue
        # "to meet Y", "to sign": the purpose's event is where the traveller went
        purposes = [ctx.table.entities[ctx.described[c.i]] for c in t.children(v, "xcomp", "advcl")
                    if c.i in ctx.described]
        purposes = [e for e in purposes if isa(ctx, e, C.Event)]
        if purposes:
            for ev in purposes:
                for pl in places:
                    ctx.add(ev, P.locatedIn, pl, v)
            continue
        sent = t.sentence_index(v)
        there = [ctx.table.entities[k] for i, k in ctx.described.items()
                 if t.sentence_index(i) == sent and isa(ctx, ctx.table.entities[k], C.Meeting)]
        if there:  # "came to X, where he held a meeting": the meeting is what happened there
            inside = {j for i in f.prep("to") for j in t.subtree(i)}
            for ev in [ctx.table.entities[k] for i, k in ctx.described.items() if i in inside]:
                if isa(ctx, ev, C.Meeting):
                    for pl in places:
                        ctx.add(ev, P.locatedIn, pl, v)
            continue
        ev = described(ctx, v, C.Meeting)
        if ev is None:
            continue
        ctx.table.entities[ev.key].label = "visit"
        withs = agents([e for i in f.prep("with") for e in things(ctx, i, create=False)], ctx)
        for e in dict.fromkeys(who + withs):
            ctx.add(ev, P.participant, e, v)
        for pl in places:
            ctx.add(ev, P.locatedIn, pl, v)


@rule("dates:dateline", stage=Stage.MENTIONS, produces=(), confidence=0.75, after=("dates:locate",))
def dateline(ctx: Context) -> None:
    """"BREMEN, GERMANY, OCT 3 — An agreement ... has been signed": the date of a dateline is the
    date of what the sentence it opens reports (its main verb's), as if the sentence said "on Oct 3"."""
    t = ctx.tree
    sentences = t.parse.sentences
    for k, s in enumerate(sentences[:3]):
        dash = dateline_dash(t, s)
        if dash is None:
            continue
        found = [(value, tok) for values in ctx.date_at.values() for value, tok in values if s.start <= tok < dash]
        # the lead goes on after the dash, in this sentence or (a dateline the reading set apart) the next
        end = sentences[k + 1].end if dash == s.end - 1 and k + 1 < len(sentences) else s.end
        # the first main clause after the dash ("has been signed"), not a relative one ("under which ...")
        roots = [i for i in range(dash + 1, end) if t[i].pos == "VERB"
                 and t[i].dep in ("ROOT", "ccomp", "conj", "parataxis")]
        # a lead that tells its own date ("... completed its tests in Lampoldshausen on 18 September", the
        # date hung on a noun by the parser) is not dated by the dateline: that is the day of the report
        # (another day's: "the 2019 mission", "since May", "today" leave the report to the dateline)
        own = any(dash < tok < end and len(value) == 10 and found and value != found[0][0]
                  for values in ctx.date_at.values() for value, tok in values)
        # "PARIS, 14 March 2025 – The Orison lander will be launched on an Ariane 6": what the lead says is to
        # come does not happen on the day it is reported (its date, if any, is its own)
        if found and roots and not own and not ctx.date_at.get(roots[0]) and clause_tense(t, roots[0]) != "future":
            ctx.date_at[roots[0]] = found[:1]
        return


@rule("frame:attendees", stage=Stage.INFERENCE, triggers=("WITNESS_VERBS",), produces=(P.participant,),
      confidence=0.75)
def attendees(ctx: Context) -> None:
    """"those attending included A, B and C", "the attendees included A": they took part in the
    event just told of (within two sentences)."""
    t = ctx.tree
    for v, f in ctx.frames.items():
        if f.lemma not in ("include", "comprise", "be") or not f.obj:
            continue
        if not any(t.lemma(s) in ATTENDEE_NOUNS or any(
                c.tag == "VBG" and (_watching(ctx, c.i) or t.lemma(c.i) in ("participate", "attend"))
                for c in t.children(s, "acl")) for s in f.subj if t[s].pos == "PRON" or not ctx.ref(s)):
            continue
        events = ctx.recent(v, C.Event, sentences=2)
        who = agents([e for i in f.obj for e in things(ctx, i, create=False)], ctx)
        for ev in events[:1]:
            for e in who:
                ctx.add(ev, P.participant, e, v)


@rule("dates:to-infinitive", stage=Stage.MENTIONS, produces=(), confidence=0.75, after=("dates:locate",))
def dated_infinitives(ctx: Context) -> None:
    """"On July 30 the camera is to be delivered to NASA", "X is scheduled to land on 3 May": the date
    the parser hangs on "is" or "scheduled" is the date of the verb that follows (when it has none)."""
    t = ctx.tree
    for at, values in list(ctx.date_at.items()):
        if not (t[at].pos == "AUX" and t.lemma(at) == "be" or t.lemma(at) in SCHEDULE_VERBS):
            continue
        for c in t.children(at, "xcomp"):
            if c.pos == "VERB" and not ctx.date_at.get(c.i):
                ctx.date_at[c.i] = list(values)


def with_appositions(ctx: Context, tokens: list[int]) -> list[Entity]:
    """Entities of ``tokens`` and the people in apposition to them: "by the Minister of Industry, the
    Honourable A. B." is also by A. B."""
    t = ctx.tree
    out = [e for i in tokens for e in things(ctx, i, create=False)]
    out += [e for i in tokens for a in t.children(i, "appos") for e in things(ctx, a.i, create=False)
            if isa(ctx, e, C.Person)]
    return list(dict.fromkeys(out))
